"""Perubahan SKP: once the SKP is agreed (ditetapkan, version 1), a change is kept as a new version with a reason
the guidance allows (knowledge/perubahan_skp.yaml: perubahan strategi, perubahan struktur/mutasi, direktif
pimpinan) and its date. Earlier versions stay readable."""

from datetime import date

from bot import knowledge
from bot.lang.dates import long_date
from bot.lang.numbers import format_number
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.models import IkiDraft, SkpDraft
from bot.render import target_text
from bot.rules.skp_rules import meaning_words
from bot.year.entry_kind import kind_of, opens_with, reports_work
from bot.year.models import SkpVersion, YearError, YearState
from bot.year.periods import quarter_label, quarter_of

NO_NOTE = "tanpa keterangan"  # a perubahan whose explanation was not given: said so, in /skp versi too


def reasons() -> dict[str, str]:
    """Reason key → its label, in the guidance's order."""
    return {key: value["label"] for key, value in knowledge.data("perubahan_skp")["reasons"].items()}


def reason_buttons() -> dict[str, str]:
    """Reason key → its button's label (`button`, short enough for a phone, or the label itself)."""
    reasons = knowledge.data("perubahan_skp")["reasons"]
    return {key: value.get("button", value["label"]) for key, value in reasons.items()}


def _reason_words() -> dict[str, PhraseSet]:
    """Reason key → the phrases that name it, in the guidance's order."""
    return {key: phrase_set("perubahan_skp", "reasons", key, "words") for key in reasons()}


@knowledge.cached
def _reason_openers() -> PhraseSet:
    """The words a line giving a reason is about: the reasons' own and those of an explanation (karena, dibahas)."""
    data = knowledge.data("perubahan_skp")
    return PhraseSet([w for value in data["reasons"].values() for w in value["words"]] + data["explanation_words"])


def reason_answer(text: str) -> str | None:
    """The reason a line typed at «Apa alasannya?» gives, or None. A line that reports done work is an entry, not the
    reason, even with a reason word in it («tadi rapat penugasan baru dari karo, 3 dokumen dibahas»), unless the
    reason is what it opens with («kemarin dimutasi ke tim surveilans», «sudah dibahas, prioritas program berubah»)."""
    reason = read_reason(text)
    if reason is None or not reports_work(text):
        return reason
    leads = frozenset(knowledge.data("perubahan_skp").get("reason_leads", []))
    return reason if opens_with(kind_of(text), _reason_openers(), leads) else None


def explanation(text: str) -> str:
    """The explanation typed along with the reason («direktif pimpinan, karo minta dipercepat», «…, pasien rawat inap
    turun krn renovasi gedung»): the line as typed when it holds enough words (perubahan_skp.yaml
    explanation_min_words) besides the reason's own phrase, else "" («direktif pimpinan»)."""
    words = tokens(text)
    found = [hit for said in _reason_words().values() if (hit := said.find(words))]
    if not found:
        return ""
    at, phrase = min(found)
    rest = [w for i, w in enumerate(words) if not at <= i < at + len(phrase) and any(ch.isalnum() for ch in w)]
    enough = knowledge.data("perubahan_skp")["explanation_min_words"]
    return " ".join(text.split())[:500] if len(rest) >= enough else ""


def agree(year: YearState, skp: SkpDraft, day: date) -> YearState:
    """The SKP ditetapkan: version 1. Agreeing again changes nothing (the change is a perubahan)."""
    if year.versions:
        return year
    first = SkpVersion(number=1, on=day, skp=skp.model_copy(deep=True))
    return year.model_copy(update={"versions": [first], "year": year.year or day.year})


def record_change(year: YearState, skp: SkpDraft, reason: str, day: date, note: str = "") -> YearState:
    """A new version of the SKP with its reason; YearError when the SKP is not agreed yet or the reason is not one
    the guidance names."""
    if not year.versions:
        raise YearError("SKP belum ditetapkan, jadi perubahan cukup disimpan sebagai draf. Ketik /tetapkan setelah "
                        "disepakati dengan pimpinan.")
    if reason not in reasons():
        labels = "; ".join(reasons().values())
        raise YearError(f"Perubahan SKP setelah ditetapkan hanya untuk alasan yang diatur: {labels}. "
                        f"{knowledge.data('perubahan_skp')['procedure']}")
    version = SkpVersion(number=year.versions[-1].number + 1, on=day, skp=skp.model_copy(deep=True),
                         reason=reason, note=note.strip())
    return year.model_copy(update={"versions": year.versions + [version]})


def open_change(year: YearState, day: date) -> SkpVersion | None:
    """The perubahan recorded today, still open: one perubahan is one reason for a session of edits (a mutasi adds
    an IKI, then its target, jenis and bobot), so a later change the same day joins it instead of asking the reason
    again and writing a version per field (tester17 #2). None before any perubahan, or on another day."""
    last = year.versions[-1] if year.versions else None
    return last if last is not None and last.reason and last.on == day else None


def within_change(year: YearState, skp: SkpDraft, day: date) -> bool:
    """Whether `skp` differs from today's open perubahan (open_change) only in IKI that perubahan itself added (or
    reworded), in their places: their fields asked one by one after its reason was given (tester17 #2), part of it.
    An IKI saved or pasted, or another IKI changed, is a change of its own, whose reason is asked (tester48 P2-2)."""
    current = open_change(year, day)
    if current is None or len(year.versions) < 2 or len(current.skp.iki) != len(skp.iki):
        return False
    before = {iki.indikator for iki in year.versions[-2].skp.iki}
    return all(was == iki or (was.indikator not in before and iki.indikator not in before)
               for was, iki in zip(current.skp.iki, skp.iki))


def amend_change(year: YearState, skp: SkpDraft) -> YearState:
    """The open perubahan (open_change) holds the SKP as it is now: same number, reason, date and note."""
    last = year.versions[-1].model_copy(update={"skp": skp.model_copy(deep=True)})
    return year.model_copy(update={"versions": year.versions[:-1] + [last]})


def taken_back(year: YearState, skp: SkpDraft, day: date) -> bool:
    """Whether `skp` is again as it was before today's open perubahan (open_change): that change was undone whole
    («Urungkan» after /buang, «undo» after /ubah, the IKI put back by hand), so no perubahan is left to record."""
    current = open_change(year, day)
    return current is not None and len(year.versions) >= 2 and skp.iki == year.versions[-2].skp.iki


def drop_last(year: YearState) -> YearState:
    """The last version gone (a perubahan taken back whole, taken_back): the one before it is the SKP agreed."""
    return year.model_copy(update={"versions": year.versions[:-1]})


def completing() -> dict:
    """perubahan_skp.yaml `completing`: the fields an agreed SKP may have filled in with no perubahan, its words."""
    return knowledge.data("perubahan_skp")["completing"]


def completes(agreed: SkpDraft, now: SkpDraft) -> list[str]:
    """The fields (perubahan_skp.yaml completing) `now` fills in where the agreed SKP left them empty, when that is
    all that changed (the same IKI in the same order, every other field of theirs as agreed); [] otherwise."""
    if len(agreed.iki) != len(now.iki):
        return []
    allowed, filled = completing()["fields"], []
    for was, iki in zip(agreed.iki, now.iki):
        changed = [name for name in type(iki).model_fields if getattr(was, name) != getattr(iki, name)]
        if any(name not in allowed or getattr(was, name) is not None for name in changed):
            return []
        filled += [name for name in changed if name not in filled]
    return [name for name in allowed if name in filled]


def complete(year: YearState, skp: SkpDraft, day: date) -> YearState:
    """The last version holds the SKP completed (completes): same number, reason and note, completed on `day`."""
    last = year.versions[-1].model_copy(update={"skp": skp.model_copy(deep=True), "completed_on": day})
    return year.model_copy(update={"versions": year.versions[:-1] + [last]})


def read_reason(text: str) -> str | None:
    """The reason a user gives ("dipindah ke tim lain", "arahan pimpinan"), or None when it names none; one named
    after a cause word («dibahas dgn Kabag …, krn sy pindah unit») is the reason, before a person named earlier."""
    words = tokens(text)
    found = sorted((hit[0], key) for key, said in _reason_words().items() if (hit := said.find(words)))
    if not found:
        return None
    causes = _cause_words()
    cause = next((i for i, w in enumerate(words) if w in causes), None)
    after = [key for at, key in found if cause is not None and at > cause]
    return after[0] if after else found[0][1]


@knowledge.cached
def _cause_words() -> frozenset[str]:
    return frozenset(knowledge.data("perubahan_skp")["cause_words"])


def replaces(old: str, new: str) -> bool:
    """An IKI's text changed on an agreed SKP into another IKI (a mutasi's new work: «Persentase usulan revisi
    anggaran …» → «Persentase naskah perjanjian kerja sama luar negeri …»), not reworded: at most
    conversation.yaml `new_iki_shared` of the new text's meaning words are the old one's. Its records are the old
    IKI's history, never the new one's (tester17 #4)."""
    words = meaning_words(new)
    return bool(words) and len(words & meaning_words(old)) <= knowledge.data("conversation")["new_iki_shared"] * len(words)


def began(year: YearState, key: str) -> date | None:
    """The day an IKI came into the SKP by a perubahan (the first version holding it, after version 1); None when it
    was there when the SKP was agreed, or is in no version."""
    first = next((v for v in year.versions if any(i.indikator == key for i in v.skp.iki)), None)
    return first.on if first is not None and first.number > 1 else None


def in_force(year: YearState, key: str, day: date) -> IkiDraft | None:
    """The IKI as the SKP version in force on that day had it: the plan a quarter ending that day was agreed under
    (None: no version yet, or the IKI was not in it)."""
    kept = [v for v in year.versions if v.on <= day]
    then = max(kept, key=lambda v: v.number) if kept else None
    return next((i for i in then.skp.iki if i.indikator == key), None) if then is not None else None


def agreed_on(year: YearState) -> date | None:
    """The day the SKP was agreed (version 1), when that was after the performance year began: the quarters that
    ended before it were never under this SKP (tester19 #1: agreed on 1 July, TW II was not asked for)."""
    first = next((v for v in year.versions if v.number == 1), None)
    if first is None or year.year is None or first.on.year != year.year:
        return None
    return first.on


def first_quarter(year: YearState) -> int:
    """The first triwulan the agreed SKP covers: TW III for one agreed in July, else TW I."""
    on = agreed_on(year)
    return quarter_of(on) if on is not None else 1


def iki_first_quarter(year: YearState, key: str) -> int:
    """The first triwulan an IKI is under the SKP: the SKP's (first_quarter), or the one a perubahan brought it in
    (began): an IKI added in September has its target spread over TW III–IV, never the whole year's trajectory with
    3/4 of it due three weeks later (tester22b #12)."""
    start = began(year, key)
    return max(first_quarter(year), quarter_of(start) if start is not None else 1)


def first_quarters(year: YearState) -> dict[str, int]:
    """iki_first_quarter of every IKI a perubahan brought in after the SKP's first triwulan, by its text: what the
    sheets and the dialog pack spread each such IKI's target over (the others over first_quarter's)."""
    keys = {i.indikator for v in year.versions for i in v.skp.iki}
    return {key: q for key in sorted(keys) if (q := iki_first_quarter(year, key)) != first_quarter(year)}


def version(year: YearState, number: int) -> SkpVersion:
    found = next((v for v in year.versions if v.number == number), None)
    if found is None:
        raise YearError(f"Versi {number} tidak ada; SKP Anda punya {len(year.versions)} versi." if year.versions
                        else "SKP belum ditetapkan, jadi belum ada versi.")
    return found


def versions_text(year: YearState) -> str:
    """/skp versi: every version with its date, reason and how many IKI."""
    if not year.versions:
        return "SKP belum ditetapkan, jadi belum ada versi. Ketik /tetapkan setelah disepakati dengan pimpinan."
    labels = reasons()
    lines = []
    for v in year.versions:
        why = "penetapan" if not v.reason else labels.get(v.reason, v.reason)
        note = f" — {v.note}" if v.note else f" — {NO_NOTE}" if v.reason else ""
        done = f" · {completing()['label']} {long_date(v.completed_on)}" if v.completed_on else ""
        lines.append(f"Versi {v.number} · {long_date(v.on)} · {why}{note}{done} · {len(v.skp.iki)} IKI")
    return "\n".join(lines + [f"Isi satu versi: /skp versi {year.versions[0].number}."])


def view_asked(text: str) -> bool:
    """«lihat skp versi 1», «show me the old version»: a version of the agreed SKP asked to be shown
    (perubahan_skp.yaml view)."""
    words = tokens(text)
    return bool(phrase_set("perubahan_skp", "view", "versions").find(words)) \
        and bool(phrase_set("perubahan_skp", "view", "asking").find(words))


def version_text(year: YearState, number: int) -> str:
    """/skp versi N: the IKI of version N as agreed, each with its target, jenis and bobot, what the next version
    left out, and the realisasi such an IKI keeps (tester22b #5: old versions were only listed, never shown)."""
    v = version(year, number)
    why = "penetapan" if not v.reason else reasons().get(v.reason, v.reason)
    later = next((w for w in year.versions if w.number == number + 1), None)
    kept = {i.indikator for i in later.skp.iki} if later else None
    lines = [f"SKP versi {v.number} · {long_date(v.on)} · {why}" + (f" — {v.note}" if v.note else "") + ":"]
    for n, iki in enumerate(v.skp.iki, start=1):
        parts = [target_text(iki) if iki.target is not None else "target -", iki.jenis.label if iki.jenis else "jenis -",
                 f"{format_number(iki.bobot)}%" if iki.bobot is not None else "bobot -"]
        lines.append(f"{n}. {iki.indikator}\n   " + " · ".join(parts))
        if kept is not None and iki.indikator not in kept:
            found = sorted((r for r in year.realisasi if r.iki == iki.indikator and r.value is not None),
                           key=lambda r: r.quarter)
            held = ", ".join(f"{quarter_label(r.quarter)} {format_number(r.value)}" for r in found)
            lines.append(f"   tidak ada lagi sejak versi {later.number}"
                         + (f"; realisasinya tetap tersimpan ({held}) dan ikut /ekspor" if held else ""))
    others = [str(w.number) for w in year.versions if w.number != number]
    if others:
        lines.append("Versi lain: " + ", ".join(f"/skp versi {o}" for o in others) + "; semua versi: /skp versi.")
    return "\n".join(lines)


def follow_rename(year: YearState, old: str, new: str) -> YearState:
    """An IKI's text changed (/ubah): its rencana aksi, entries and realisasi follow it (records are keyed by the
    indikator text). A removed IKI keeps its records under the old text: they stay readable as history."""
    if old == new:
        return year
    def rename(key: str) -> str:
        return new if key == old else key

    return year.model_copy(update={
        "rencana": [r.model_copy(update={"iki": rename(r.iki)}) for r in year.rencana],
        "entries": [e.model_copy(update={"iki": rename(e.iki) if e.iki else None,
                                         "candidates": [rename(c) for c in e.candidates]}) for e in year.entries],
        "realisasi": [r.model_copy(update={"iki": rename(r.iki)}) for r in year.realisasi],
    })
