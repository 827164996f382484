"""Questions about the last pasted list and the draft's IKI: one line named by its number or its words («no 1 gmn
bagusnya?», «yg backup gmn dong»), the draft's IKI N («IKI yg 2 itu … bagusnya gmn?»), which lines to keep, and the
rest of the list («yg lain2 itu kegiatan semua kan?»), answered with the list's buttons again."""

from bot import knowledge, render
from bot.conversation.answers import measure_class, without_lead_in
from bot.conversation.iki_list import Line, PastedList, lines_checked
from bot.conversation.list_picks import MIN_NAMING_WORDS, _named_by_words, _refs, asks_whether
from bot.conversation.list_summary import _reasons, buttons
from bot.conversation.replies import Reply
from bot.conversation.state import ListedIki
from bot.knowledge import policy
from bot.lang.text import phrase_set, tokens
from bot.models import IkiDraft, Severity
from bot.retrieval.outside_guidance import names_outside_topic
from bot.rules import check_iki
from bot.year.entry_records import records_asked
from bot.year.line import line as read_line


def asks_about_line(text: str, listed: list[ListedIki]) -> int | None:
    """«no 1 gmn bagusnya?», «nomor 3 itu kerjaan sy …, jd apa ya»: the one line of the last list a question is
    about, when it names that line's number and asks; None otherwise (a pick to save is picked's)."""
    data = knowledge.data("conversation")
    words = tokens(text)
    names, pointers = set(data["line_names"]), set(data["line_pointers"])  # «yg 6 knp salah» too, never «IKI yg 2»
    lines = {int(w) for at, (before, w) in enumerate(zip(words, words[1:])) if w.isdigit() and (
        before in names or (before in pointers and (at == 0 or words[at - 1] not in data["draft_iki_names"])))}
    argues = _argues(words)
    asks = _asks(text, words) or argues
    # («sm Beyond: Jumlah publikasi … bersama RS hub …, correct?» writes an IKI out after its lead-in: no line asked by
    # the words it shares with one, d21-dev06)
    if not lines and asks and listed and not measure_class(text) and not measure_class(without_lead_in(text)) \
            and not outside_asked(text, listed):  # «uang lembur rapat koordinasi dihitung ga?»: no line's question
        lines = set(_named_by_words(text, listed, least=MIN_NAMING_WORDS)[0]) or _pointed_at(words, listed)
    if len(lines) != 1 or not asks or (_refs()[1].find(words) and not asks_whether(text) and not argues):
        return None
    line = lines.pop()
    return line if 1 <= line <= len(listed) else None


def outside_asked(text: str, listed: list[ListedIki]) -> bool:
    """«btw tukin verifikator keuangan kelas 8 brp?» under a list holding «… data keuangan …»: a question naming a
    subject the guidance does not cover (pay, leave, rank: search.yaml `answers.outside_topics`) that no line of the
    list names either; the words it shares with a line never make it that line's (tester59 F2: answered with a
    passage about the line, sourced). A line about that subject («Persentase usulan kenaikan pangkat …») keeps it."""
    if not names_outside_topic(text):
        return False
    words, topics = tokens(text), phrase_set("search", "answers", "outside_topics")
    named = {topics.match_at(words, i) for i in range(len(words))} - {None}
    held = [f" {' '.join(tokens(item.text))} " for item in listed]
    return any(not any(f" {' '.join(topic)} " in line for line in held) for topic in named)


def _pointed_at(words: list[str], listed: list[ListedIki]) -> set[int]:
    """«yg backup gmn dong», «the uptime one …»: the one line a word pointed at holds, that word in no other line
    (conversation.yaml line_pointers); a word every line shares, or several lines pointed at, name none."""
    from bot.retrieval.normalize import stopwords

    pointers, common = set(knowledge.data("conversation")["line_pointers"]), set(stopwords())
    words_of = [set(tokens(check_iki(IkiDraft(indikator=item.text)).read_as or item.text)) for item in listed]
    pointed = {w for before, w in zip(words, words[1:]) if before in pointers and len(w) > 3 and w not in common}
    lines = {i + 1 for w in pointed for i, line_words in enumerate(words_of) if w in line_words
             and sum(w in other for other in words_of) == 1}
    return lines if len(lines) == 1 else set()


def draft_iki_asked(text: str, drafted: list[IkiDraft]) -> int | None:
    """«IKI yg 2 itu jumlah sampel kan cuma volume, bagusnya gmn?»: the number of the draft's IKI a question names
    (it was answered with an unrelated passage of the guidance); None when it names none or several, or the message
    picks list lines to save."""
    words = tokens(text)
    if not drafted or not _asks(text, words) or _refs()[1].find(words):
        return None
    if records_asked(read_line(text)):  # «IKI 3 berapa sih capaiannya sekarang?»: its progress, from the records
        return None
    data = knowledge.data("conversation")
    names, filler = set(data["draft_iki_names"]), set(data["pick_words"])
    named = set()
    for i, word in enumerate(words):
        if word in names:
            j = next((k for k in range(i + 1, len(words)) if words[k] not in filler), len(words))
            if j < len(words) and words[j].isdigit():
                named.add(int(words[j]))
    if named:
        return named.pop() if len(named) == 1 and 1 <= min(named) <= len(drafted) else None
    return _draft_named(words, drafted)


MIN_DRAFT_WORDS = 2  # «jumlah pasien asuhan gizi itu ok ga sih?»: an IKI named by two of its own words at least
MAX_OTHER_WORDS = 1  # besides the chat words, one word no IKI holds («ok»)


def _draft_named(words: list[str], drafted: list[IkiDraft]) -> int | None:
    """«jumlah pasien asuhan gizi itu ok ga sih?» (d13-gzi02: checked as a new IKI, «no findings»): the one IKI of
    the draft holding every content word the question says but one, two at least."""
    from bot.retrieval.normalize import stopwords

    chat = set(stopwords()) | set(knowledge.data("intent")["filler"]) \
        | {w for phrase in knowledge.data("conversation")["line_asks"] for w in tokens(phrase)}
    said = {w for w in words if w not in chat and len(w) > 2 and w.isalpha()}
    held = [said & set(tokens(iki.indikator)) for iki in drafted]
    best = max((len(h) for h in held), default=0)
    hits = [n for n, h in enumerate(held, 1) if len(h) == best]
    if best < MIN_DRAFT_WORDS or len(hits) != 1 or len(said) - best > MAX_OTHER_WORDS:
        return None
    return hits[0]


def draft_iki_detail(drafted: list[IkiDraft], number: int) -> Reply:
    """The draft's IKI N checked again, its findings with their suggestions, and how to change its wording."""
    iki = drafted[number - 1]
    verdict = check_iki(IkiDraft(indikator=iki.indikator, target=iki.target, satuan=iki.satuan))
    advised = ", atau dengan salah satu saran di atas" if any(f.suggestion for f in verdict.findings) else ""
    return Reply(f"IKI {number} di draf Anda:\n{render.iki_result(verdict)}\nGanti kalimatnya dengan /ubah {number} teks "
                 f"…{advised}.")


def _argues(words: list[str]) -> bool:
    """«no 4 kan output, … masa gak boleh», «no 3 kok salah?»: the verdict on a line argued (line_argues), a question
    about it as much as «kenapa», never a pick to save nor a target (tester52 P1-1)."""
    return bool(phrase_set("conversation", "line_argues").find(words))


def _asks(text: str, words: list[str]) -> bool:
    """A question about lines of the list: a «?» or a line_asks word («gmn», «kenapa»)."""
    return "?" in text or bool(phrase_set("conversation", "line_asks").find(words))


MAX_REST_WORDS = 10  # «yg lain2 itu kegiatan semua kan?»: a short question, not a sentence about other work


def which_to_keep(text: str, listed: list[ListedIki]) -> Reply | None:
    """«trs yg mana yg sy pertahanin kak?» under the last list: the lines the rules pass are the ones to keep, what the
    others are and where they go; «yg mana aja sih yg masih kegiatan?»: the lines that fail, by number and by why
    (tester16 #8: it got a guidance passage). Either with the list's buttons again; None when the message is no such
    question (it was answered with the greeting, as if nothing had been pasted)."""
    words = tokens(text)
    if not listed or not _asks(text, words) or any(w.isdigit() for w in words):
        return None
    failing_asked = bool(phrase_set("conversation", "list_which").find(words)
                         and phrase_set("conversation", "list_failing_asks").find(words))
    if not failing_asked and ("mana" not in words or not phrase_set("conversation", "keep_asks").find(words)):
        return None
    pasted = PastedList(lines_checked(listed), [])
    if failing_asked:
        return Reply(_failing_said(pasted), buttons(pasted))
    passing = [str(i + 1) for i in pasted.passing]
    noted = [n for n in passing if any(f.severity is Severity.warning for f in pasted.lines[int(n) - 1].verdict.findings)]
    clean_ones = [n for n in passing if n not in noted]
    said = [f"Pertahankan yang lolos aturan (berbasis hasil): nomor {', '.join(clean_ones)}." if clean_ones else
            "Belum ada baris yang lolos tanpa catatan: buka «Rincian N» untuk usulan IKI hasil dari tiap baris."]
    if noted:
        said.append(f"Nomor {', '.join(noted)} lolos dengan catatan (!): pertahankan bila perlu, lebih baik diubah ke "
                    "ukuran mutu atau ketepatan waktu (lihat «Rincian N»).")
    if len(passing) < len(pasted.lines):
        said.append("Yang bertanda ✗ mengukur kegiatan atau banyaknya laporan/rapat: catat sebagai tahapan rencana aksi "
                    "atau catatan harian, atau ubah jadi IKI hasil lewat «Rincian N».")
    if len(passing) > policy().iki_count.max:
        said.append(f"SKP memuat {policy().iki_count.range_text} IKI: dari yang lolos, pilih yang paling mendukung "
                    "indikator tim Anda dan gabungkan yang mirip.")
    return Reply(" ".join(said), buttons(pasted))


def _failing(lines: list[Line]) -> dict[str, list[str]]:
    """The numbers of the lines the rules refuse, grouped by the short reason of each one's first error."""
    failing: dict[str, list[str]] = {}
    for number, line in enumerate(lines, 1):
        error = next((f for f in line.verdict.findings if f.severity is Severity.error), None)
        if error is not None:
            failing.setdefault(_reasons().get(error.category.value, "perlu diubah"), []).append(str(number))
    return failing


def _groups(failing: dict[str, list[str]]) -> str:
    return "; ".join(f"{reason}: nomor {', '.join(numbers)}" for reason, numbers in failing.items())


FAILING_GO = ("Kegiatan, rapat, laporan dan dokumen dicatat di rencana aksi atau logbook, bukan sebagai IKI; yang "
              "dijadikan IKI adalah hasilnya.")


def _failing_said(pasted: PastedList) -> str:
    """The lines of the list still activities (or failing for another reason), by number and by why; then those that
    pass."""
    failing = _failing(pasted.lines)
    passing = ", ".join(str(i + 1) for i in pasted.passing)
    if not failing:
        return "Semua baris daftar tadi lolos aturan (berbasis hasil); tidak ada yang masih berupa kegiatan."
    said = [f"Yang belum lolos aturan (✗) — {_groups(failing)}.", FAILING_GO,
            "Usulan IKI hasil untuk satu baris: «Rincian N» atau /cek N."]
    return " ".join(said + ([f"Yang lolos: nomor {passing}."] if passing else []))


def about_the_rest(text: str, listed: list[ListedIki], saved: set[str]) -> str | None:
    """«yg lain2 itu kegiatan semua kan?», «sisanya gimana?»: a question about the lines of the last list: those that
    fail grouped by why, and where such work goes, then those that pass and are not in the draft (`saved`: the
    draft's IKI); None when the message is no such question."""
    words = tokens(text)
    unnumbered = [w for w in words if not w.isdigit()]  # «yg 4 lainnya td mana? sy kan paste 5»: how many, aside
    if not listed or not _asks(text, words) or len(words) > MAX_REST_WORDS \
            or not phrase_set("conversation", "list_rest").find(unnumbered):
        return None
    lines = lines_checked(listed)
    failing = _failing(lines)
    left = [str(number) for number, line in enumerate(lines, 1)  # passing, not in the draft
            if not line.verdict.has_error and (line.verdict.read_as or line.listed.text) not in saved
            and line.listed.text not in saved]
    said = []
    if failing:
        said.append(f"Baris daftar tadi yang belum lolos aturan — {_groups(failing)}. {FAILING_GO} Usulan "
                    "IKI hasil untuk satu baris: «Rincian N» atau /cek N.")
    if left:
        said.append(f"Lolos aturan tapi belum di draf: nomor {', '.join(left)}; simpan dengan «no N masukin».")
    return " ".join(said) or "Semua baris daftar tadi yang lolos aturan sudah ada di draf."


def rest_reply(text: str, listed: list[ListedIki], saved: set[str], in_prima: bool = False) -> Reply | None:
    """about_the_rest's answer with the list's buttons again, so «#1» still presses «Simpan N IKI yang lolos» after
    «yg lain2 itu kegiatan semua kan?» (tester16 #8: an answer without buttons lost them); None when no such question."""
    said = about_the_rest(text, listed, saved)
    drafted = {text.lower() for text in saved}
    return Reply(said, buttons(PastedList(lines_checked(listed), []), in_prima=in_prima, drafted=drafted)) \
        if said else None
