"""An entry kept, changed: by its id («c3 ke IKI 2», «hapus c1») or in plain words about the last ones
(«bukan 20 tapi 25», «tanggalnya salah, harusnya tgl 6»)."""

import re
from datetime import date, datetime

from bot import knowledge
from bot.conversation.answers import bare_number, value_leads
from bot.conversation.iki_fields import short
from bot.conversation.intent import after_yes
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.conversation.year_logbook import ENTRY_ID, followed, iki_number, link_button, pick_buttons, which_iki
from bot.lang.dates import long_date, short_date
from bot.lang.numbers import format_number, parse_number
from bot.lang.refs import iki_ref_source, iki_refs
from bot.lang.text import phrase_set, tokens
from bot.lang.values import numbers_in
from bot.year import logbook
from bot.year.entry_dates import read_date
from bot.year.entry_numbers import past_pointer, restated_number
from bot.year.line import line
from bot.year.linking import corrected
from bot.year.models import EntryStatus, LogEntry, YearError
from bot.year.periods import month_name, quarter_label, quarter_of
from bot.year.vocabulary import config as vocabulary_config
from bot.year.vocabulary import vocabulary

_TO_IKI = re.compile(rf"\b(?:ke|to)\s+{iki_ref_source()}|\bke\s+(?:di\s*)?luar\s+skp\b", re.IGNORECASE)
ID_FIRST = re.compile(r"^\s*(?:\S+\s+){0,2}?c\d{1,5}\b", re.IGNORECASE)  # «c1 …», «hapus catatan c2», «catatan c1 …»
_DELETE = re.compile(r"\b(?:hapus|buang|delete)\b", re.IGNORECASE)


@knowledge.cached
def _quantity() -> re.Pattern:
    """«jumlahnya jadi 15», «jml: 15»: an entry's count typed as the new one."""
    return re.compile(rf"\b(?:jumlah|jml|qty)(?:nya)?\s*(?:{value_leads()})?\s*(\d[\d.,]*)", re.IGNORECASE)


_COUNT_LEAD = re.compile(r"^\s*(?:jumlah|jml|qty)(?:nya)?\s*[:=]?\s*", re.IGNORECASE)


@knowledge.cached
def _no_words() -> str:
    """The words setting a number against the one it replaces («bukan», «bkn»: self_correction.yaml instead), as a
    regex alternation."""
    return "|".join(map(re.escape, knowledge.data("self_correction")["instead"]))


@knowledge.cached
def _instead() -> re.Pattern:
    """«bukan 35 tapi 53», «bkn 12 tp 15»: the old number, then the new one."""
    but = "|".join(map(re.escape, knowledge.data("self_correction")["but"]))
    return re.compile(rf"\b(?:{_no_words()})\s+(\d[\d.,]*)\s*\w*\s*(?:,\s*)?(?:{but})\s+(\d[\d.,]*)", re.IGNORECASE)


@knowledge.cached
def _was() -> re.Pattern:
    """«… bukan 12», «*15 bkn 12 desa»: the number put right, and the noun after it if any."""
    return re.compile(rf"\b(?:{_no_words()})\s+(\d[\d.,]*)(?:\s+([^\W\d_]+))?", re.IGNORECASE)


_RELINK = re.compile(r"\b(?:harusnya|seharusnya|mestinya|sebenarnya|masuk(?:in|kan)?\s+ke|pindah(?:in|kan)?\s+ke)\s+"
                     rf"(?:ke\s+)?{iki_ref_source()}", re.IGNORECASE)
_REDATE = re.compile(r"\btanggal(?:nya)?\s+salah\b|\b(?:harusnya|seharusnya|mestinya)\s+(?:tgl|tanggal)\b", re.IGNORECASE)
_UNBUKTI = re.compile(r"\b(?:foto|bukti|lampiran|file|berkas)\b.*\b(?:salah|hapus|buang)\b", re.IGNORECASE)
_RECENT = 10  # entries a correction in plain words may be about: the latest ones kept


def _new_figure(rest: str) -> bool:
    """«HI bulan ini 3%, masukin ke iki 4»: beside the words that move an entry, a number of its own — new work or a
    figure for that IKI to keep, not a move of the entry kept last (which would link it and drop the number)."""
    return any(ch.isdigit() for ch in rest)


def meant(entries: list[LogEntry], text: str, quantity: float | None = None) -> LogEntry:
    """The entry a correction in plain words is about: among the latest kept, the one whose words it repeats most
    («catatan rapat SOP tadi …» → the rapat SOP entry, not the label entry kept after it), or whose quantity it names
    («bukan 35 tapi 53»); the last one kept when it names none."""
    recent = sorted(entries, key=lambda e: int(e.id[1:]))[-_RECENT:]
    if quantity is not None:
        same = [e for e in recent if e.quantity == quantity]
        if same:
            return same[-1]
    frame = set(knowledge.data("catatan_harian")["correction_frame"])
    said = {t for t in tokens(text) if t not in frame and t not in _date_words(text) and not t.isdigit() and len(t) > 1}
    best = max(recent, key=lambda e: (len(said & set(tokens(e.text))), int(e.id[1:])))
    return best if said & set(tokens(best.text)) else recent[-1]


def _number_only_corrected(text: str, now: datetime) -> bool:
    """«eh salah 8 pasien», «typo, 12 berkas»: a correction's opener and a word of a mistake, one count and its noun
    and nothing but a correction's frame: a number put right, never new work, even when no entry just kept counts
    that noun."""
    undated = _undated(text, now)
    counted = _COUNTED.findall(undated)
    said_wrong = phrase_set("catatan_harian", "correction_said").find(tokens(undated))  # «koreksi 12 berkas» is work
    if not _opened(tokens(undated)) or not said_wrong or len(counted) != 1:
        return False
    number, noun = counted[0]
    lead = {t for p in knowledge.data("catatan_harian")["link"]["correction"]["restate"]["openers"] for t in tokens(p)}
    rest = [t for t in tokens(undated.replace(number, " ", 1)) if t != noun.lower() and t not in lead]
    return _only_correction(" ".join(rest))


def _only_correction(rest: str) -> bool:
    """The words beside a «bukan X tapi Y» are only a correction's («eh salah, …»): no work of its own to keep."""
    words = set(knowledge.data("catatan_harian")["correction_frame"])
    words |= {t for phrase in knowledge.data("catatan_harian")["correction_openers"] for t in tokens(phrase)}
    return all(t in words for t in tokens(rest))


def _held(entries: list[LogEntry], old: str) -> LogEntry | None:
    """The latest recent entry whose text holds the number «old» that a «bukan X tapi Y» corrects, when no recent entry
    counted it as its quantity (that one is put right by meant()); None when none holds it."""
    recent = sorted(entries, key=lambda e: int(e.id[1:]))[-_RECENT:]
    if any(e.quantity == parse_number(old) for e in recent):
        return None
    return next((e for e in reversed(recent) if _NUMBER_AT(old).search(e.text)), None)


_COUNTED = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s+([^\W\d_]+)")
_BARE_NUMBER = re.compile(r"(?<![\d.,\w])(\d[\d.,]*)(?![\d.,\w])")


def _same_noun(a: str, b: str) -> bool:
    """Two words for one counted thing: «pasien» and «px» (the thesaurus's groups), or the word itself."""
    if a.lower() == b.lower():
        return True
    terms = vocabulary().terms
    return terms.canonical_units([a.lower()]) == terms.canonical_units([b.lower()])


def fresh(entries: list[LogEntry], now: datetime) -> list[LogEntry]:
    """The entries just kept, latest first: the last one and any other written today. A correction in plain words is
    about these unless its words name an older one (tester53 P1-16: «eh salah 8 pasien» rewrote a May entry)."""
    ordered = sorted(entries, key=lambda e: int(e.id[1:]), reverse=True)
    return ordered[:1] + [e for e in ordered[1:] if e.created is not None and e.created.date() == now.date()]


def fresh_holds(entries: list[LogEntry], old: str, now: datetime) -> bool:
    """An entry kept today holds the number «old» a «bukan X tapi Y» puts right, as its count or in its words:
    the correction is that entry's when no realisasi holds it (play41: «bukan 5 tapi 3» after «… kasih 5 rekomendasi»)."""
    value = parse_number(old)
    today = [e for e in fresh(entries, now) if e.created is not None and e.created.date() == now.date()]
    return any((value is not None and e.quantity == value) or _NUMBER_AT(old).search(e.text) for e in today)


def _names(entry: LogEntry, text: str, noun: str, now: datetime) -> bool:
    """The correction's own words name this entry: its day («yg 20 mei», «kemarin») or a word of its text beyond the
    correction's frame and the counted noun."""
    day, when = read_date(line(text), now.date())
    if when.kind and day == entry.day:
        return True
    frame = set(knowledge.data("catatan_harian")["correction_frame"]) | {noun.lower()}
    frame |= {t for phrase in knowledge.data("catatan_harian")["correction_openers"] for t in tokens(phrase)}
    words = {t for t in tokens(text) if t not in frame and t not in _date_words(text) and not t.isdigit() and len(t) > 1}
    return bool(words & set(tokens(entry.text)))


def _opened(toks: list[str]) -> bool:
    """The line opens a correction (catatan_harian.yaml correction_openers), after an interjection of putting right
    too («eh typo, …»: link.correction.restate.openers)."""
    openers = phrase_set("catatan_harian", "correction_openers")
    if not toks:
        return False
    lead = phrase_set("catatan_harian", "link", "correction", "restate", "openers").match_at(toks, 0)
    # «yg tadi senin itu ralat, 12 berkas»: a pointer back at the entry, then the word of mistake
    pointed = past_pointer(toks, 0)
    return openers.match_at(toks, 0) is not None or (lead is not None and len(lead) < len(toks)
                                                      and openers.match_at(toks, len(lead)) is not None) or \
        (0 < pointed < len(toks) and openers.match_at(toks, pointed) is not None)


def _undated(text: str, now: datetime) -> str:
    """The text without the date it names («yg 20 mei itu 16 pasien» → «yg  itu 16 pasien»)."""
    ln = line(text)
    _, when = read_date(ln, now.date())
    if not when.kind or not ln.spans:
        return text
    start, end = ln.spans[when.span[0]][0], ln.spans[when.span[1] - 1][1]
    return text[:start] + " " + text[end:]


def _renumbered(entries: list[LogEntry], text: str, now: datetime) -> tuple[list[LogEntry], str, str] | None:
    """«eh salah, yg tadi 50 rumah»: ([the entry that counted «rumah»], its old number, the new one) when the text
    opens a correction (catatan_harian.yaml correction_openers) and names one number with its noun (or another word
    for it: «8 pasien» of «6 px»); None else. The entry is one just kept (fresh()); an older one only when the words
    name it. «… harusnya 10 bumil bukan 9» names the old number too: then the recent entries that counted 9 bumil —
    the one whose words the correction repeats («yg ANC»), else the one just kept — and none when no entry holds it:
    never the latest one that counted «bumil» with another number. «eh yg konseling kemarin itu 6 pasien bukan 5»
    needs no opener: the new number set against the old one an entry holds is the correction (none holding it: None,
    a line of work)."""
    typed, text = text, _undated(text, now)  # «yg 20 mei itu 16 pasien»: 20 names the day, not a count
    toks = tokens(text)
    was = _was().search(text)
    counted = _COUNTED.findall(text[:was.start()] + text[was.end():] if was else text)
    if was and not counted and not was.group(2):  # «yg kemarin itu 8 bukan 6»: the number alone, any noun it counted
        bare = _BARE_NUMBER.findall(text[:was.start()] + text[was.end():])
        counted = [(bare[0], "")] if len(bare) == 1 else []
    opened = _opened(toks)
    if not toks or not (opened or was) or len(counted) != 1:
        return None
    new, noun = counted[0]
    recent = sorted(entries, key=lambda e: int(e.id[1:]))[::-1][:_RECENT]
    just_kept = fresh(entries, now)
    if was is None:
        for entry in just_kept + [e for e in recent if e not in just_kept and _names(e, typed, noun, now)]:
            said = [n for n, word in _COUNTED.findall(entry.text) if _same_noun(word, noun)]
            if len(said) == 1 and said[0] != new:
                return [entry], said[0], new
        return None
    old = was.group(1)
    holding = [e for e in recent if any(parse_number(n) == parse_number(old) and (not noun or _same_noun(word, noun))
                                        for n, word in _COUNTED.findall(e.text))]
    named = [e for e in holding if _names(e, typed, noun, now)]
    if not opened and not holding:
        return None
    kept_now = [e for e in holding if e in just_kept]
    if len(named) != 1 and len(kept_now) == 1:  # two hold 6, one of them just kept: that one is meant
        named = kept_now
    return (named if len(named) == 1 else holding), old, new


def _restated(entries: list[LogEntry], text: str) -> tuple[LogEntry, str, str] | None:
    """«eh yg vaksin tadi 112 aja» after «vaksin meningitis 3 jam 120 jemaah»: (that entry, its count as written, the
    number said again) when the line says a number again for work it points back at (entry_numbers.restated_number)
    and the entry it names (linking.corrected) counted one written in its text; None else."""
    ln = line(text)
    said = restated_number(ln)
    entry = corrected(ln, sorted(entries, key=lambda e: int(e.id[1:]))) if said else None
    if entry is None or entry.quantity is None or entry.quantity == said[0]:
        return None
    old = format_number(entry.quantity)
    return (entry, old, format_number(said[0])) if _NUMBER_AT(old).search(entry.text) else None


def _bare_renumbered(entries: list[LogEntry], text: str) -> tuple[LogEntry, str, str] | None:
    """«eh typo, harusnya 8»: a correction word and one number with no noun, no IKI and no date: (the entry kept last,
    its count as written, the new number) when that entry counted a number written once in its text; None else."""
    bare = [m for m in _BARE_NUMBER.finditer(text) if not text[m.end():].lstrip().startswith("%")]
    if not _opened(tokens(text)) or len(bare) != 1 or _COUNTED.search(text) or iki_refs().search(text) or _date_words(text):
        return None
    last = max(entries, key=lambda e: int(e.id[1:]))
    if last.status is not EntryStatus.linked or last.quantity is None:
        return None
    old = format_number(last.quantity)
    if old == bare[0].group(1) or len(_NUMBER_AT(old).findall(last.text)) != 1:
        return None
    return last, old, bare[0].group(1)


def _NUMBER_AT(number: str) -> re.Pattern:
    """The number standing alone in an entry's text («14» in «15 rm, lengkap 14», not in «140» or «1,14»)."""
    return re.compile(rf"(?<![\d.,]){re.escape(number)}(?![.,]?\d)")


def _renumber(state: UserState, entry: LogEntry, old: str, new: str) -> list[Reply]:
    """Puts the number «old» of one entry right as «new», in its text and, when it counted it, its quantity."""
    before = state.year.realisasi
    fixed_text = _NUMBER_AT(old).sub(new, entry.text, count=1)
    counted = entry.status is EntryStatus.linked and entry.quantity == parse_number(old)
    state.year = logbook.edit(state.year, entry.id, text=fixed_text,
                              quantity_value=parse_number(new) if counted else None)
    if entry.status is EntryStatus.linked and (entry.figure is not None or entry.rate is not None
                                               or entry.quantity is None):  # «15 rm, lengkap 14», no count: read again
        state.year = logbook.choose(state.year, entry.id, state.skp, entry.iki)
    return [Reply("\n".join([f"Catatan {entry.id} ({short_date(entry.day)}) dibetulkan: {fixed_text}"]
                             + followed(state, before)))]


def _reported(state: UserState, entry: LogEntry) -> int | None:
    """The quarter of an entry when its IKI's realisasi of that quarter is already kept (reported): a count the user
    has sent on, never changed in passing; None else."""
    quarter = quarter_of(entry.day)
    if entry.status is EntryStatus.linked and any(r.iki == entry.iki and r.quarter == quarter
                                                  for r in state.year.realisasi):
        return quarter
    return None


def _renumber_meant(state: UserState, entry: LogEntry, old: str, new: str, now: datetime,
                    text: str) -> list[Reply]:
    """A number put right from plain words: at once for an entry just kept (fresh()); an older one only when the words
    name it (its day or its words), and asked first when its quarter is reported (tester53 P1-16: a May entry was
    changed silently after TW II was reported)."""
    if entry in fresh(state.year.entries, now):
        return _renumber(state, entry, old, new)
    quarter = _reported(state, entry)
    if quarter is None and _names(entry, text, "", now):
        return _renumber(state, entry, old, new)
    why = f"termasuk {quarter_label(quarter)} yang realisasinya sudah dilaporkan" if quarter else \
        "bukan catatan yang baru saja dikirim"
    return [Reply(f"Catatan {entry.id} ({short_date(entry.day)}: {short(entry.text, 60)}) {why}. Ubah {old} menjadi "
                  f"{new}?", [Button(f"Ya, ubah {entry.id}", f"year:renum:{entry.id}:{old}:{new}"),
                              Button("Jangan diubah", "year:renum:keep")])]


def renumber_button(state: UserState, rest: str) -> list[Reply]:
    """«c1:9:10» under «Catatan mana yang dimaksud?»: that entry's 9 put right as 10."""
    state.renumber_asked = ""
    if rest == "keep":
        return [Reply("Baik, catatan itu tidak saya ubah.")]
    entry_id, old, new = (rest.split(":") + ["", "", ""])[:3]
    entry = next((e for e in state.year.entries if e.id == entry_id), None)
    if entry is None or not _NUMBER_AT(old).search(entry.text):
        return [Reply("Catatan itu sudah berubah atau dihapus. Lihat /catatan, lalu ubah misalnya «c3 jumlah 15».")]
    return _renumber(state, entry, old, new)


def _which_renumbered(state: UserState, entries: list[LogEntry], old: str, new: str) -> list[Reply]:
    """A correction naming an old number that no one recent entry holds: which entry is meant, asked — never one
    changed silently; the question kept open for a file sent next (still_asked)."""
    if entries:
        state.renumber_asked = f"{old}:{new}:{','.join(e.id for e in entries)}"
    if not entries:
        return [Reply(f"Tidak ada catatan terbaru yang mencatat angka {old}, jadi belum ada yang saya ubah. Lihat "
                      f"/catatan, lalu ubah misalnya «c3 jumlah {new}».")]
    lines = [f"Ada {len(entries)} catatan yang mencatat {old}; yang mana yang harusnya {new}?"]
    lines += [f"• {e.id} · {short_date(e.day)} {short(e.text, 60)}" for e in entries]
    return [Reply("\n".join(lines), [Button(f"{e.id}: {short(e.text, 28)}", f"year:renum:{e.id}:{old}:{new}")
                                     for e in entries])]


def still_asked(state: UserState) -> list[Reply]:
    """«yang mana yang harusnya 8?» left open when a file came next: asked again with its buttons, the entries that
    still hold the number only."""
    old, new, ids = (state.renumber_asked.split(":") + ["", "", ""])[:3]
    by_id = {e.id: e for e in state.year.entries}
    entries = [by_id[i] for i in ids.split(",") if i in by_id and _NUMBER_AT(old).search(by_id[i].text)]
    return _which_renumbered(state, entries, old, new) if len(entries) > 1 else []


def _date_words(text: str) -> set[str]:
    """The words of a text that say a date («harusnya kemarin», «tgl 2», «senin»): the new date, naming no entry."""
    ln, vocab = line(text), vocabulary()
    found = {t for t in ln.toks if t in vocab.weekdays or t in vocab.months}
    for phrases in (vocab.today, vocab.yesterday, vocab.date_words):
        for i in range(len(ln.toks)):
            found.update(phrases.match_at(ln.toks, i) or ())
    return found


def fix_last(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """A correction of a recent entry (the last kept unless the words name another), said in plain words: «bukan 35
    tapi 53», «yang tadi harusnya IKI 2», «catatan rapat SOP tadi tanggalnya salah, harusnya tgl 2», «foto yg barusan
    salah, hapus»; None when the text is none of these."""
    last = max(state.year.entries, key=lambda e: int(e.id[1:]))
    confirmed = after_yes(text)
    if confirmed is not None:  # «iya 31 oktober, sabtu itu lembur»: the date of the entry just kept, confirmed
        for part in re.split(r"[,;]", confirmed):
            ln = line(part)
            day, when = read_date(ln, now.date())
            counts = [j for j, kind in enumerate(ln.kinds) if kind == "num" and not when.span[0] <= j < when.span[1]]
            if when.kind and day == last.day and not counts:  # «oh iya yg verif kmrn 16 berkas»: a count said again
                return [Reply(f"Baik, catatan {last.id} tetap tanggal {day.day} {month_name(day.month)} {day.year}.")]
    try:
        instead = _instead().search(text)
        if instead and parse_number(instead.group(2)) is not None:
            held = _held(state.year.entries, instead.group(1))
            if held is not None:  # «bukan 14 tapi 13» after «15 rm, lengkap 14»: that entry's 14, never a new entry
                return _renumber_meant(state, held, instead.group(1), instead.group(2), now, text)
            fixed = meant(state.year.entries, text, parse_number(instead.group(1)))
            if fixed.status is EntryStatus.linked and fixed.quantity == parse_number(instead.group(1)) \
                    and _NUMBER_AT(instead.group(1)).search(fixed.text):  # its count as written: text and count both
                return _renumber_meant(state, fixed, instead.group(1), instead.group(2), now, text)
            reported = _reported(state, fixed)
            if fixed.status is EntryStatus.linked and fixed not in fresh(state.year.entries, now) \
                    and (reported or not _names(fixed, text, "", now)):  # an older entry: changed only by its id
                why = f"termasuk {quarter_label(reported)} yang realisasinya sudah dilaporkan" if reported else \
                    "bukan catatan yang baru saja dikirim"
                return [Reply(f"Catatan {fixed.id} ({short_date(fixed.day)}: {short(fixed.text, 60)}) {why}, jadi "
                              f"tidak saya ubah begitu saja. Bila memang catatan itu, ketik «{fixed.id} jumlah "
                              f"{instead.group(2)}».")]
            if fixed.status is EntryStatus.linked and fixed.quantity != parse_number(instead.group(1)):
                # its count is not the old number: which entry is meant is not said, so none is changed (tester56 F1)
                return _which_renumbered(state, [], instead.group(1), instead.group(2))
            if fixed.status is EntryStatus.linked:
                before = state.year.realisasi
                state.year = logbook.edit(state.year, fixed.id, quantity_value=parse_number(instead.group(2)))
                return [Reply("\n".join([f"Jumlah catatan {fixed.id} ({short_date(fixed.day)}) dibetulkan menjadi "
                                         f"{instead.group(2)}."] + followed(state, before)))]
            if _only_correction(text[:instead.start()] + " " + text[instead.end():]):  # no entry holds it
                return _which_renumbered(state, [], instead.group(1), instead.group(2))
        restated = _restated(state.year.entries, text)
        if restated:  # «eh yg vaksin tadi 112 aja»: the number of the entry whose work it names, said again
            return _renumber_meant(state, *restated, now, text)
        renumbered = _renumbered(state.year.entries, text, now)
        if renumbered:  # «eh salah, yg tadi 50 rumah»: the number of the entry that counted «40 rumah»
            meant_ones, old, new = renumbered
            if len(meant_ones) != 1:
                return _which_renumbered(state, meant_ones, old, new)
            return _renumber_meant(state, meant_ones[0], old, new, now, text)
        if _number_only_corrected(text, now):  # «eh salah 8 pasien» with no entry to hold it: asked, never kept
            return correction(state, text, now)
        relink = _RELINK.search(text)
        if relink and not _new_figure(text[:relink.start()] + " " + text[relink.end():]):
            return link_button(state, f"{last.id}:{relink.group(1)}")
        if _REDATE.search(text):
            at = _REDATE.search(text).end()
            day, when = read_date(line(text[at - 8:] if at >= 8 else text), now.date())
            if when.kind:
                before, fixed = state.year.realisasi, meant(state.year.entries, text)
                state.year = logbook.edit(state.year, fixed.id, day=day, today=now.date())
                return [_redated(state, fixed.id, "dibetulkan", before)]
        bare = _bare_renumbered(state.year.entries, text)
        if bare:  # «eh typo, harusnya 8»: the count of the entry kept last
            return _renumber(state, *bare)
        if _UNBUKTI.search(text):
            held = [e for e in state.year.entries if e.evidence]
            if held:
                entry = max(held, key=lambda e: max(x.added or e.created or now for x in e.evidence))
                dropped = entry.evidence[-1]
                kept = entry.model_copy(update={"evidence": entry.evidence[:-1]})
                state.year = state.year.model_copy(update={"entries": [kept if e.id == entry.id else e
                                                                       for e in state.year.entries]})
                left = len(kept.evidence)
                return [Reply(f"Bukti «{dropped.name or dropped.kind.value}» dihapus dari catatan {entry.id} "
                              f"({short_date(entry.day)}); {f'tinggal {left} bukti' if left else 'kini tanpa bukti'}. "
                              "Kirim berkas yang benar bila ada.")]
    except YearError as refused:
        return [Reply(str(refused))]
    return None


def _redated(state: UserState, entry_id: str, verb: str, before: list) -> Reply:
    """The entry's new date, what it keeps (its IKI, or the question still open) and any realisasi «sesuai catatan»
    the move changed."""
    entry = next(e for e in state.year.entries if e.id == entry_id)
    said = f"Tanggal catatan {entry_id} {verb} menjadi {long_date(entry.day)}."
    if entry.status is EntryStatus.unsure:  # still unpicked: the question comes back with its buttons
        return Reply(f"{said}\nCatatan ini belum punya IKI. {which_iki(state.skp, entry)}",
                     pick_buttons(state.skp, entry),
                     choice_only=True)
    kept = f"IKI {iki_number(state.skp, entry.iki)}" if entry.status is EntryStatus.linked else "di luar SKP"
    if entry.quantity is not None:
        kept += f", jumlah {format_number(entry.quantity)}"
    return Reply("\n".join([f"{said} Tetap {kept}."] + followed(state, before)))


def correction(state: UserState, text: str, now: datetime) -> list[Reply]:
    """"hapus catatan yang terakhir", "itu dobel": about the entry kept last; «yg tgl 6/7 hapus aja» about the entry
    of the day it names."""
    if not state.year.entries:
        return [Reply("Belum ada catatan harian untuk diubah.")]
    dated = _day_named_change(state, text, now)
    if dated is not None:
        return dated
    last = max(state.year.entries, key=lambda e: int(e.id[1:]))
    if _deletes(text):
        state.year = logbook.delete(state.year, last.id)
        return [Reply(f"Catatan {last.id} ({short_date(last.day)}: {short(last.text, 60)}) dihapus.")]
    return [Reply(f"Catatan terakhir: {last.id} · {logbook.entry_text(last, iki_number(state.skp, last.iki))}\n"
                  f"Ubah dengan «{last.id} jumlah 15», «{last.id} tanggal 12/3», «{last.id} ke IKI 2» atau "
                  f"«hapus {last.id}».")]


def _deletes(text: str) -> bool:
    return bool(_DELETE.search(text)) or any(w in text.lower() for w in ("dobel", "double", "kepencet", "rekap"))


def _day_named_change(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """«yg tgl 6/7 hapus aja dobel», «yg tgl 6/7 salah iki, hrsnya iki 2»: the change made to the one entry of the day
    named, or that day's entries listed to pick by their id (tester22b #2: the latest entry was deleted instead); None
    when the text names no day."""
    ln = line(text)
    day, said = read_date(ln, now.date())
    if not said.kind or not ln.spans:
        return None
    on_day = sorted((e for e in state.year.entries if e.day == day), key=lambda e: int(e.id[1:]))
    if not on_day:
        return [Reply(f"Tidak ada catatan tanggal {long_date(day)}, jadi belum ada yang saya ubah. Lihat tanggal dan "
                      "nomor catatan Anda dengan /catatan.")]
    if len(on_day) > 1:
        return [Reply(f"Ada {len(on_day)} catatan tanggal {short_date(day)}:\n"
                      + "\n".join(f"{e.id} · {logbook.entry_text(e, iki_number(state.skp, e.iki))}" for e in on_day)
                      + f"\nYang mana? Tulis nomornya, misalnya «hapus {on_day[0].id}» atau «{on_day[0].id} ke IKI 2».")]
    entry = on_day[0]
    start, end = ln.spans[said.span[0]][0], ln.spans[said.span[1] - 1][1]
    rest = f"{entry.id} {text[:start]} {text[end:]}"
    changed = _changed(state, entry.id, rest, now)
    if changed is None and _deletes(text):  # «yg tgl 6/7 dobel»
        changed = _changed(state, entry.id, f"hapus {entry.id}", now)
    return changed or [Reply(f"Catatan tanggal {short_date(day)}: {entry.id} · "
                             f"{logbook.entry_text(entry, iki_number(state.skp, entry.iki))}\n"
                             f"Ubah dengan «{entry.id} jumlah 15», «{entry.id} ke IKI 2» atau «hapus {entry.id}».")]


def entry_change(state: UserState, text: str, now: datetime, hint: bool = True) -> list[Reply] | None:
    """«hapus c3», «c3 ke IKI 2», «c3 jumlah 15», «c3 tanggal 12/3»: a change to a kept entry; None when the text
    names no entry of this user (or, without hint, names one but no change this reads)."""
    found = ENTRY_ID.search(text)
    if found and not any(e.id == found.group(1).lower() for e in state.year.entries) and ID_FIRST.match(text) \
            and (_unlinks(text) or _DELETE.search(text) or _TO_IKI.search(text)):
        ids = sorted((e.id for e in state.year.entries), key=lambda i: int(i[1:]))
        kept = f"catatan Anda {ids[0]}–{ids[-1]}" if ids else "belum ada catatan"
        return [Reply(f"Catatan {found.group(1).lower()} tidak ada ({kept}), jadi belum ada yang saya ubah. Lihat "
                      "nomornya dengan /catatan.")]  # «c15 di luar SKP» was kept as a new entry «c15 di luar SKP»
    if not found or not any(e.id == found.group(1).lower() for e in state.year.entries):
        return None
    entry_id = found.group(1).lower()
    changed = _changed(state, entry_id, text, now)
    if changed is not None:
        if any(e.id == entry_id for e in state.year.entries):  # a file sent next is this entry's bukti dukung
            state.year = logbook.touch(state.year, entry_id, now)
        return changed
    if not hint:
        return None
    return [Reply(f"Ubah {entry_id} dengan «{entry_id} jumlah 15», «{entry_id} tanggal 12/3», «{entry_id} ke IKI 2» "
                  f"atau «hapus {entry_id}».")]


def _unlinks(text: str) -> bool:
    """«c7 di luar SKP», «c7 bukan SKP», «c7 lepasin»: the entry named is taken off its IKI."""
    words = line(ENTRY_ID.sub(" ", text))
    return words.has(vocabulary().outside) or words.has(vocabulary().unlink)


def _changed(state: UserState, entry_id: str, text: str, now: datetime) -> list[Reply] | None:
    """The change typed for the entry named by its id, made; None when the text reads as no change."""
    try:
        if _DELETE.search(text):
            state.year = logbook.delete(state.year, entry_id)
            return [Reply(f"Catatan {entry_id} dihapus.")]
        target = _TO_IKI.search(text) or _iki_meant(text)
        if target or _unlinks(text):  # «c1 ke IKI 5», «c1 itu buat iki 5 ya, 6 kapal», «c1 di luar SKP»
            moved = link_button(state, f"{entry_id}:{(target and target.group(1)) or 0}")
            rest = iki_refs().sub(" ", _TO_IKI.sub(" ", ENTRY_ID.sub(" ", text)))
            day, when = read_date(line(rest), now.date())
            if when.kind:  # «c2 ke IKI 5 tgl 12/1»: the date typed with the move, never dropped
                before = state.year.realisasi
                state.year = logbook.edit(state.year, entry_id, day=day, today=now.date())
                return moved + [_redated(state, entry_id, "diubah", before)]
            typed = _quantity_beside(rest)
            entry = next(e for e in state.year.entries if e.id == entry_id)
            if typed is None or entry.status is not EntryStatus.linked or entry.quantity == typed:
                return moved
            before = state.year.realisasi
            state.year = logbook.edit(state.year, entry_id, quantity_value=typed)
            return moved + [Reply("\n".join([f"Jumlah catatan {entry_id} menjadi {format_number(typed)}."]
                                            + followed(state, before)))]
        instead = _instead().search(text)
        amount = _quantity().search(text)
        entry = next(e for e in state.year.entries if e.id == entry_id)
        if (instead or amount) and entry.status is EntryStatus.unsure:  # «c10 jumlahnya 25» before its IKI is picked
            typed = (instead and instead.group(2)) or amount.group(1)
            return [Reply(f"Catatan {entry_id} belum dipilih IKI-nya, jadi jumlahnya belum dihitung. Pilih IKI-nya di "
                          f"bawah, lalu kirim lagi «{entry_id} jumlahnya {typed}» bila jumlah yang terbaca belum "
                          "sesuai.", pick_buttons(state.skp, entry))]
        if instead and not amount:  # «c1 bukan 14 tapi 15»
            state.year = logbook.edit(state.year, entry_id, quantity_value=parse_number(instead.group(2)))
            return [Reply(f"Jumlah catatan {entry_id} diubah menjadi {instead.group(2)}.")]
        if amount and parse_number(amount.group(1)) is not None:
            state.year = logbook.edit(state.year, entry_id, quantity_value=parse_number(amount.group(1)))
            return [Reply(f"Jumlah catatan {entry_id} diubah menjadi {amount.group(1)}.")]
        rest = ENTRY_ID.sub(" ", text)
        day, when = read_date(line(rest), now.date())
        if when.kind:
            before = state.year.realisasi
            state.year = logbook.edit(state.year, entry_id, day=day, today=now.date())
            return [_redated(state, entry_id, "diubah", before)]
    except YearError as refused:
        return [Reply(str(refused))]
    return None


def _iki_meant(text: str) -> re.Match | None:
    """In a change to an entry named by its id, the IKI it names and does not deny («c1 itu buat iki 5 ya», «c1 masuk
    IKI 5», not «c1 bukan IKI 5»): the last one, as in «c1 bukan iki 4 tapi iki 5»."""
    denied = set(vocabulary_config()["negations"])
    named = [m for m in iki_refs().finditer(text) if not (set(tokens(text[:m.start()])[-2:]) & denied)]
    return named[-1] if named else None


def _quantity_beside(rest: str) -> float | None:
    """The quantity typed beside a move («…, 6 kapal», «… jumlah 6»): its one number; None otherwise."""
    amount = _quantity().search(rest)
    if amount:
        return parse_number(amount.group(1))
    found = [n for n in numbers_in(rest) if n.unit != "%"]
    return found[0].value if len(found) == 1 else None


def late_count(state: UserState, text: str, today: date) -> list[Reply] | None:
    """«4» typed first on a later day, read as nothing else, after «Jumlahnya berapa?» went unanswered (tester52 P1-6:
    «Angka 4 saja belum jelas untuk apa» in the next session): the count of the entry asked, when it is still the
    logbook's last entry written or changed and its count is still unread; None otherwise (a later turn of the same
    day answers what was said since, as year_logbook.late_pick does)."""
    dated = [(e.touched or e.created, k, e) for k, e in enumerate(state.year.entries) if (e.touched or e.created)]
    if not dated or not state.skp.iki or state.last_turn == today:
        return None
    latest = max(dated, key=lambda d: d[:2])[2]  # (at one moment, the one written after)
    counted = count_answer(state, latest.id, text) if logbook.count_unread(latest, state.skp) else None
    if not counted:
        return None
    return [Reply(f"Untuk catatan {latest.id} ({short_date(latest.day)}: {short(latest.text, 60)}) yang ditanyakan "
                  f"jumlahnya:\n{counted[0].text}")] + counted[1:]


def count_answer(state: UserState, entry_id: str, text: str) -> list[Reply] | None:
    """«12», «12 berkas», «jumlahnya 12» right after «Jumlahnya berapa?» was asked of entry `entry_id`: its count,
    kept and said; None for anything else (read then as what it is) or once the entry has a count or another link."""
    entry = next((e for e in state.year.entries if e.id == entry_id), None)
    if entry is None or not logbook.count_unread(entry, state.skp):
        return None
    number = bare_number(_COUNT_LEAD.sub("", text))  # «jumlahnya 7 berkas» is «7 berkas»
    if number is None or number.unit == "%":
        return None
    value = number.value
    before = state.year.realisasi
    try:
        state.year = logbook.edit(state.year, entry_id, quantity_value=value)
    except YearError as refused:
        return [Reply(str(refused))]
    return [Reply("\n".join([f"Jumlah catatan {entry_id} ({short_date(entry.day)}): {format_number(value)}, dihitung "
                             f"untuk IKI {iki_number(state.skp, entry.iki)}."] + followed(state, before)))]
