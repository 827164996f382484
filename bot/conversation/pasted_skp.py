"""The member's last pasted list against the draft: the lines «Simpan N IKI yang lolos» left out because they still
need changing, so /ajukan can send the SKP as the member pasted it (in its order, the findings shown to the leader)
rather than only the part that passed; and a question about the lines left out as activities."""

from bot import knowledge
from bot.conversation.iki_fields import short
from bot.conversation.iki_list import lines_checked
from bot.conversation.intent import Route, classify
from bot.conversation.line_questions import outside_asked
from bot.conversation.list_picks import lines_named
from bot.conversation.list_summary import draft_forms
from bot.conversation.state import ListedIki, UserState
from bot.models import Category, IkiDraft, Severity
from bot.rules import check_iki
from bot.skp.readiness import missing_fields
from bot.skp.rhk import draft_rhk


def left_out(state: UserState) -> list[int]:
    """0-based lines of the last pasted list that are not in the draft, when every IKI of the draft came from that
    list ([] when the draft holds anything else: the member built their SKP another way since)."""
    places = _places(state)
    if places is None:
        return []
    return [i for i in range(len(state.listed)) if i not in places.values()]


def whole(state: UserState) -> list[IkiDraft]:
    """The pasted list in its order: the draft's IKI where one was saved from a line (with what was completed since),
    the other lines as typed, with a drafted RHK."""
    places = _places(state) or {}
    by_line = {line: state.skp.iki[index] for index, line in places.items()}
    return [by_line.get(i) or IkiDraft(indikator=item.text, target=item.target, jenis=item.jenis, bobot=item.bobot,
                                       rhk=item.rhk or next(iter(draft_rhk(item.text)), None))
            for i, item in enumerate(state.listed)]


def lacks(iki: IkiDraft) -> str:
    """What a line of the list lacks to go into e-Kinerja as an IKI: «masih kegiatan, bukan hasil; belum ada target,
    jenis, bobot»; "" when nothing."""
    parts = ["masih kegiatan, bukan hasil"] if reads_as_activity(iki.indikator) else []
    missing = missing_fields(iki)
    if missing:
        parts.append(f"belum ada {', '.join(missing)}")
    return "; ".join(parts)


def activities_asked(state: UserState, text: str, line: int | None = None) -> tuple[str, str] | None:
    """«yg sterilisasi, media, piket dll gmn? ga masuk?»: a question naming lines of the last pasted list that the
    draft left out and the rules read as activities, not results. Returns what to say of them and the guidance's
    question that answers where such work goes (knowledge/conversation.yaml), or None. line: the one line the question
    is read as about (line_questions.asks_about_line), whose details answer it unless it names other activities too."""
    if not state.listed or not ("?" in text or classify(text).route is Route.question):
        return None
    if outside_asked(text, state.listed):  # «btw tukin verifikator keuangan kelas 8 brp?»: a word of a line is no
        return None  # question about it (tester59 F2: answered as «… KPPN adalah kegiatan», with a source)
    drafted = {iki.indikator.lower() for iki in state.skp.iki}
    # («media» names both «Menyiapkan media dan reagen» and «Jumlah media yang dibuat»: the activity left out is meant)
    left = frozenset(i for i, line in enumerate(lines_checked(state.listed))
                     if not draft_forms(line) & drafted and _is_activity(line.listed))
    activities = [state.listed[n - 1].text for n in lines_named(text, state.listed, among=left)]
    if not activities or (line is not None and len(activities) < 2):
        return None
    data = knowledge.data("conversation")["left_out_activities"]
    named = ", ".join(f"«{short(text, 50)}»" for text in activities)
    return data["said"].format(lines=named), data["question"]


def _is_activity(item: ListedIki) -> bool:
    return reads_as_activity(item.text)


def reads_as_activity(text: str) -> bool:
    """The rules' first error on this IKI text says it is an activity, not a result («Membalas email …»)."""
    errors = [f for f in check_iki(IkiDraft(indikator=text)).findings if f.severity is Severity.error]
    return bool(errors) and errors[0].category is Category.ACTIVITY


def _places(state: UserState) -> dict[int, int] | None:
    """Draft IKI index → the list line it was saved from; None when some IKI of the draft is from elsewhere."""
    if not state.listed or not state.skp.iki:
        return None
    names = [draft_forms(line) for line in lines_checked(state.listed)]
    places: dict[int, int] = {}
    for index, iki in enumerate(state.skp.iki):
        line = next((i for i, found in enumerate(names) if iki.indikator.lower() in found and i not in places.values()),
                    None)
        if line is None:
            return None
        places[index] = line
    return places
