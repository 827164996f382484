"""Questions about the user's own records: an IKI lacking its realisasi, entries or bukti, how many of a thing the
entries counted, the records of one IKI shown, the logbook not yet filled; the IKI a line names by its number; the
user's own mutasi told."""

import re

from bot import knowledge
from bot.lang.dates import quarter_pattern
from bot.lang.refs import iki_refs
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.year.entry_content import _chat, _covered, content_at
from bot.year.entry_dates import when
from bot.year.line import Line, line
from bot.year.vocabulary import vocabulary

_FIGURE = re.compile(r"\d\s*(?:%|persen\b|percent\b|(?:dari|of|per|/)\s*\d)", re.IGNORECASE)


def iki_number_in(text: str) -> int | None:
    """«… (IKI 2)», «untuk IKI 2 hari ini …», «IKI 3: terbit 4 SK»: the one IKI a line names by its number, else None
    (none, or two)."""
    found = {int(m.group(1)) for m in iki_refs().finditer(text)}
    return found.pop() if len(found) == 1 else None


@knowledge.cached
def _told() -> dict[str, PhraseSet]:
    return {key: PhraseSet(words) for key, words in knowledge.data("perubahan_skp")["told"].items()}


def transfer_told(ln: Line) -> bool:
    """The user's own mutasi or rotasi told («hi, sy kena mutasi per 1 sept ke Biro Hukum», «i got transferred to
    Biro Hukum»), or whether the SKP must change asked («SKP nya hrs diubah ya?»): the perubahan SKP path, never work
    done. «pegawai yg dimutasi ke RS lain» (someone else's, after a relative word) is work. Words: perubahan_skp.yaml
    told."""
    told, words = _told(), tokens(ln.text)
    if told["skp"].find(words) and told["change"].find(words) and told["must"].find(words):
        return True
    found = told["moved"].find(words)
    if found is None or (found[0] and words[found[0] - 1] in told["relative"].starts):
        return False
    return found[0] <= 1 or bool(told["self"].find(words[max(0, found[0] - 2):found[0]]))


KEPT = "kept"  # records_asked: whether the records are lost («realisasi lama sy ilang ga?»)
# records_asked: which IKI lack a realisasi, or logbook entries («IKI mana yang belum ada realisasinya?»)
MISSING_REALISASI, MISSING_CATATAN = "realisasi belum", "catatan belum"


def records_asked(ln: Line) -> str | None:
    """Which of the user's own records a line asks about: "catatan", "rencana" or "capaian" («logbook saya bulan ini
    udah brp entri?», «capaian iki 1 brp»), or KEPT («realisasi lama sy ilang ga?»); None when it asks about none, or
    how a record is made or counted («catatan saya yg di luar SKP dihitung ga?», «gimana cara hitung capaian saya?»
    ask a rule)."""
    vocab = vocabulary()
    if unlogged_told(ln):
        return UNLOGGED
    if ln.has(vocab.own_records_rules) or ln.has(vocab.own_records_past):
        return None
    if all(ln.has(words) for words in vocab.own_records_lost) and not _FIGURE.search(ln.text):
        return KEPT
    missing = _missing_asked(ln)
    if missing:
        return missing
    if _behind_asked(ln):
        return "capaian"
    if _iki_quarter_asked(ln):
        return "capaian"
    if counted_thing(ln):
        return COUNTED
    said = records_said(ln)
    if said:
        return said
    shown_ln, ln = ln, _period_struck(ln)  # «capaian Q1 sy brp?»: the quarter inside the record phrase is no word of it
    words = tokens(ln.text)  # «what's» is one token of the line: its words as phrases are written
    # «capaian ku tw 1?»: a question mark asks too when the line holds no figure it could be reporting
    marked = ln.text.rstrip().endswith("?") and not _FIGURE.search(ln.text) \
        and not ln.has(phrase_set("catatan_harian", "own_records_marked_unless"))
    if not (ln.has(vocab.own_records_asks) or vocab.own_records_asks.find(words) or marked):
        return _records_shown(shown_ln)
    if ln.has(vocab.own_records_iki) and iki_refs().search(ln.text):
        return "capaian"
    return next((name for name, phrases in vocab.own_records.items() if ln.has(phrases)), None) \
        or _records_shown(shown_ln)


def _iki_quarter_asked(ln: Line) -> bool:
    """«IKI 1 TW III berapa?», «target IKI 2 tw 3 brp?»: one IKI and a quarter asked with a count word, nothing else
    named (catatan_harian.yaml own_records_iki_quarter)."""
    if iki_number_in(ln.text) is None or not quarter_pattern().search(ln.text) or not ln.has(_said_words()["how_many"]):
        return False
    rest = line(quarter_pattern().sub(" ", iki_refs().sub(" ", ln.text)))
    allowed = set(knowledge.data("catatan_harian")["own_records_iki_quarter"])
    return not any(k == "num" for k in rest.kinds) and \
        set(rest.words) <= allowed | set(knowledge.data("catatan_harian")["own_records_said"]["how_many"])


COUNTED = "jumlah"  # counted_thing: how many of a thing the user's entries of a period counted («minggu ini udah brp
# berkas?»)
_THING_MOST = 2  # words of the thing asked about («SK pensiun»)


def counted_thing(ln: Line) -> list[str]:
    """«minggu ini udah brp berkas?», «bulan ini sdh berapa SK pensiun sy»: a count word and a period (own_records_said
    `how_many`, `periods`, or today or yesterday) with nothing else named but the user, done words, filler and the thing counted: that thing's
    words; [] for any other line (a figure, a rule asked, a record word: records_said reads those)."""
    said = _said_words()
    period = any(ln.has(p) for p in said["periods"]) or when(ln).kind in ("today", "yesterday")
    records = [*said["records"].values(), *vocabulary().own_records.values(), *_shown_words()["records"].values()]
    if not ln.has(said["how_many"]) or not period or _FIGURE.search(ln.text) \
            or ln.has(said["unless"]) or ln.has(phrase_set("catatan_harian", "own_records_marked_unless")) \
            or any(ln.has(phrases) for phrases in records) or iki_refs().search(ln.text):
        return []
    rest = _uncovered(ln, [said["done"], said["count"], phrase_set("intent", "filler")])
    return [ln.toks[i] for i in rest] if 0 < len(rest) <= _THING_MOST else []


BUKTI = "bukti"  # records_said: whether an entry or an IKI has its bukti dukung («IKI 3 udh ada buktinya blm»)


@knowledge.cached
def _said_words() -> dict:
    data = knowledge.data("catatan_harian")["own_records_said"]
    groups = {name: PhraseSet(data[name]) for name in ("done", "not_yet", "count", "own", "pointer", "other",
                                                        "unless", "forgot", "fill", "how_many")}
    return {**groups, "records": {name: PhraseSet(words) for name, words in data["records"].items()},
            "periods": [phrase_set("catatan_harian", name) for name in ("this_week", "this_month", "last_month")]}


def records_said(ln: Line) -> str | None:
    """«udh nyatet blm hari ini?», «brp catatan sy bulan ini», «td sy udh catat yg rapat blm ya», «IKI yg ketiga udh
    ada buktinya blm»: a record word asked about with nothing else named but the user, a time, filler and the entry
    meant after «yg»: "catatan", "capaian" or BUKTI (catatan_harian.yaml own_records_said); None for work told («td
    nyatet notulen rapat») or a rule asked («catatan harian wajib ga?»)."""
    said = _said_words()
    kind = next((name for name, phrases in said["records"].items() if ln.has(phrases)), None)
    filled = kind is None and _fill_denied(ln)  # «minggu lalu sy blm isi apa2 ya?»: the logbook, by its filling
    kind = "catatan" if filled else kind
    if kind is None or _FIGURE.search(ln.text) or ln.has(said["unless"]) \
            or ln.has(phrase_set("catatan_harian", "own_records_marked_unless")):
        return None
    asked = ln.has(said["done"]) and ln.has(said["not_yet"]) or ln.has(said["count"]) or "?" in ln.text
    if not asked:
        return None
    pointer = _pointer(ln, kind)
    rest = [i for i in _uncovered(ln, [said["done"], said["count"], *([said["fill"]] if filled else [])])
            if pointer is None or i < pointer]
    return None if rest else kind


def _uncovered(ln: Line, more: list[PhraseSet]) -> list[int]:
    """The content words of the line besides record, own, time and `other` words (own_records_said) and `more`."""
    said = _said_words()
    covered = _covered(ln, [*said["records"].values(), said["not_yet"], said["own"], said["other"], *said["periods"],
                            *more])
    return [i for i in content_at(ln, when(ln)) if i not in covered and ln.toks[i] not in vocabulary().months
            and ln.toks[i] not in _ORDINALS() and not _ENTRY_ID.fullmatch(ln.toks[i])]


_ENTRY_ID = re.compile(r"c\d{1,5}")  # «c11 udah ada buktinya blm?»: an entry named by its id names the entry meant


def _pointer(ln: Line, kind: str | None) -> int | None:
    """Where the words naming the entry meant begin: after «yg», or after «bukti» («bukti rapat td udah sy kirim
    blm ya»)."""
    said = _said_words()
    at = [i for i in range(len(ln.toks)) if said["pointer"].match_at(ln.toks, i)]
    if kind == BUKTI:
        at += [i for i in range(len(ln.toks)) if ln.toks[i].startswith("bukti")]
    return min(at, default=None)


def pointed_words(ln: Line) -> list[str]:
    """«td sy udh catat yg rapat blm ya», «bukti rapat td udah sy kirim blm ya»: the words naming the entry meant, after
    the pointer, without time, asking and record words."""
    said = _said_words()
    kind = next((name for name, phrases in said["records"].items() if ln.has(phrases)), None)
    pointer = _pointer(ln, kind)
    if pointer is None:
        return []
    return [ln.toks[i] for i in _uncovered(ln, [said["done"], said["count"], said["pointer"]]) if i > pointer
            and ln.toks[i].isalpha() and len(ln.toks[i]) > 2]


UNLOGGED = "unlogged"  # unlogged_told: the logbook not yet filled («blm nyatet hari ini», «lupa nyatet kemarin»)


def unlogged_told(ln: Line) -> bool:
    """«blm nyatet hari ini», «aku belum isi logbook minggu ini», «lupa nyatet kemarin»: told that the logbook is not
    yet filled, no work named and nothing asked (own_records_said `not_yet`, `forgot`, `fill`); «blm nyatet notulen
    rapat» and «td nyatet notulen rapat» name work."""
    said = _said_words()
    if not (ln.has(said["records"]["catatan"]) or _fill_denied(ln)) or not (ln.has(said["not_yet"])
                                                                            or ln.has(said["forgot"])):
        return False
    if ln.has(said["done"]) or ln.has(said["count"]) or "?" in ln.text or ln.has(said["unless"]) \
            or _FIGURE.search(ln.text):
        return False
    return not _uncovered(ln, [said["forgot"], said["fill"]])


def _fill_denied(ln: Line) -> bool:
    """«minggu lalu sy blm isi apa2 ya», «kemarin belum input», «hari ini udh isi blm?»: a `not_yet` or `done` word
    right before a `fill` word stands for the logbook (not) filled, with no record word (own_records_said)."""
    said = _said_words()
    return any((found := said["not_yet"].match_at(ln.toks, i) or said["done"].match_at(ln.toks, i))
               and said["fill"].match_at(ln.toks, i + len(found)) for i in range(len(ln.toks)))


@knowledge.cached
def _ORDINALS() -> frozenset[str]:  # «IKI yg ketiga»: the IKI named by its ordinal
    return frozenset(knowledge.data("conversation")["ordinals"])


@knowledge.cached
def _shown_words() -> dict:
    data = knowledge.data("catatan_harian")["own_records_shown"]
    periods = [phrase_set("catatan_harian", name)
               for name in ("this_week", "last_week", "this_month", "last_month", "this_quarter")]
    return {"lead": frozenset(data["lead"]), "show": PhraseSet(data["show"]), "periods": periods,
            "records": {name: PhraseSet(words) for name, words in data["records"].items()},
            "whole": PhraseSet(data["whole"]), "all": frozenset(data["all"])}


def _records_shown(ln: Line) -> str | None:
    """«tolong tampilkan catatan minggu lalu», «liat logbook bulan ini dong», «catatan minggu lalu dong», «lihat
    rencana aksi IKI 2», «tampilkan realisasi TW2 sy»: a show word opening the line (or a time named), a bare record
    word right after it and nothing after that but time, own and filler words and one of the user's IKI by its number
    or a quarter: which records
    (catatan_harian.yaml own_records_shown); «cek logbook pegawai» names someone else's."""
    if _FIGURE.search(ln.text):  # «capaian triwulan 3 aku 92%»: a figure reported, never records asked to be shown
        return None
    shown, toks, w = _shown_words(), ln.toks, when(ln)
    lead = shown["lead"] | _chat()["filler"]  # «@asisten tolong cek catatan saya»: the bot called first
    at = next((i for i, (t, k) in enumerate(zip(toks, ln.kinds)) if t not in lead and k == "word"), len(toks))
    show = shown["show"].match_at(toks, at)
    said = _covered(ln, shown["periods"])  # «bulan ini», «minggu ini»: the period a listing reads
    named = _iki_named_at(ln)  # «IKI 2»: the one IKI a listing reads
    # «capaian TW 2 saya»: a quarter of one's own records needs no show word
    # («realisasi TW I»: the quarter's «I» is no English «I» of one's own)
    quarter = _quarter_named_at(ln)
    own = any(t in _said_words()["own"] for i, t in enumerate(ln.toks) if i not in quarter)
    quarter = quarter if show or own else set()
    # «catatan minggu lalu dong», «capaian IKI 3»: a record word and its days, or its IKI with no figure beside
    if not show and not said and not w.kind and not quarter and not (named and all(i in named for i, k in enumerate(ln.kinds)
                                                                   if k == "num")):
        return None
    # «… progres semua IKI sy»: every IKI's; «tampilkan realisasi TW2 sy»: a quarter's, when a show word asks it
    said |= named | _covered(ln, [shown["whole"]]) | quarter
    at += len(show or ())
    while show and at < len(toks) and toks[at] in shown["all"]:  # «liat semua logbook sy»: every one of them
        at += 1
    for name, phrases in shown["records"].items():
        record = phrases.match_at(toks, at)
        if record:
            end = at + len(record)
            rest = [i for i in content_at(ln, when(ln)) if i >= end and i not in said and toks[i] not in shown["lead"]
                    and toks[i] not in vocabulary().months and not _month_named_after(ln, i)]
            return None if rest else name
    return None


def _month_named_after(ln: Line, i: int) -> bool:
    """«… bulan Maret»: a period word (catatan_harian.yaml period_markers) right before a month's name is part of
    naming that month."""
    vocab = vocabulary()
    return ln.toks[i] in vocab.period_markers and i + 1 < len(ln.toks) and ln.toks[i + 1] in vocab.months


def _iki_named_at(ln: Line) -> set[int]:
    """The token positions of the IKI a line names by number («IKI 2», «iki 3»)."""
    spans = [m.span() for m in iki_refs().finditer(ln.text)]
    return {i for i, (a, b) in enumerate(ln.spans) if any(start <= a and b <= end for start, end in spans)}


def _period_struck(ln: Line) -> Line:
    """The line without the quarters it names («capaian Q1 sy brp?» → «capaian sy brp?»): a quarter asked about sits
    anywhere in the question, even inside the phrase naming whose records («capaian TW 2 saya»)."""
    quarter = _quarter_named_at(ln)
    keep = [ln.text[a:b] for i, (a, b) in enumerate(ln.spans) if i not in quarter]
    return line(" ".join(keep)) if len(keep) < len(ln.toks) else ln


def _quarter_named_at(ln: Line) -> set[int]:
    """The token positions of a quarter the line names («TW2», «triwulan 3», «Q1»)."""
    spans = [m.span() for m in quarter_pattern().finditer(ln.text)]
    return {i for i, (a, b) in enumerate(ln.spans) if any(start <= a and b <= end for start, end in spans)}


def _missing_asked(ln: Line) -> str | None:
    """«IKI mana yang belum ada realisasinya?», «iki apa aja yg blm ada catatan bulan ini?»: which IKI lack a record
    (MISSING_REALISASI or MISSING_CATATAN), asked with a which word or «?» (catatan_harian.yaml own_records_missing);
    None otherwise («IKI 2 belum ada realisasi krn datanya telat» tells, it does not ask)."""
    def words(group: str) -> PhraseSet:
        return phrase_set("catatan_harian", "own_records_missing", group)

    if _quarter_filled_asked(ln):
        return MISSING_REALISASI
    if not (ln.has(words("about")) and ln.has(words("missing"))) or not (ln.has(words("which")) or "?" in ln.text):
        return None
    if ln.has(words("catatan")):  # «blm ada catatan»: the logbook, even beside «capaian»
        return MISSING_CATATAN
    return MISSING_REALISASI if ln.has(words("realisasi")) else None


def _quarter_filled_asked(ln: Line) -> bool:
    """«TW 1 kmrn udh masuk blm?»: a quarter named, a word of its figures being in, asked («?» or a closing «blm»),
    nothing else said (own_records_missing `quarter_filled`, `quarter_beside`): whether the quarter's realisasi is
    in (tester56 F7: it got the Renstra indicators per tujuan)."""
    def words(group: str) -> PhraseSet:
        return phrase_set("catatan_harian", "own_records_missing", group)

    found = quarter_pattern().search(ln.text)
    if found is None or iki_refs().search(ln.text) or not ln.has(words("quarter_filled")):
        return False
    rest = line(ln.text[:found.start()] + " " + ln.text[found.end():])
    toks = [t for t, k in zip(rest.toks, rest.kinds) if k != "mark"]
    while toks and words("quarter_beside").match_at(toks, len(toks) - 1) and not words("missing").match_at(
            toks, len(toks) - 1):  # «… belum ya»: a tag after the closing «belum»
        toks = toks[:-1]
    asked = ln.text.rstrip().endswith("?") or bool(toks) and words("missing").match_at(toks, len(toks) - 1) is not None
    if not asked or any(k == "num" for k in rest.kinds):
        return False
    covered = _covered(rest, [words("quarter_filled"), words("quarter_beside"), words("missing")])
    return all(i in covered for i, k in enumerate(rest.kinds) if k != "mark")


def _behind_asked(ln: Line) -> bool:
    """«IKI mana yg paling ketinggalan dr target»: which IKI trail their target, asked with a which word or «?»
    (catatan_harian.yaml own_records_behind, own_records_missing `about`, `which`)."""
    def words(group: str) -> PhraseSet:
        return phrase_set("catatan_harian", "own_records_missing", group)

    behind = phrase_set("catatan_harian", "own_records_behind")
    if not (ln.has(behind) and (ln.has(words("which")) or "?" in ln.text)):
        return False
    if ln.has(words("about")):
        return True
    # «yg mana yg ketinggalan»: no IKI word, but nothing else said that the which and behind words could be about
    return ln.has(words("which")) and not _uncovered(ln, [words("which"), behind,
                                                          phrase_set("catatan_harian", "own_records_behind_beside")])


def record_change_asked(ln: Line) -> bool:
    """«ubah catatan senin jadi 20 sampel ya bukan 12», «catatan tgl 3 tolong dipindah ke IKI yg revisi anggaran»,
    «edit catatan kamis»: a record word (catatan_harian.yaml record_change `records`) opening the line after its lead
    words, or right after a change verb opening it (`verbs`), and a change verb in the line, no done word: a change to
    an entry kept asked, never work of the day it names. «td ubah catatan SOP jadi versi 2» opens with its day: work."""
    data, toks = knowledge.data("catatan_harian")["record_change"], ln.toks
    lead, records, verbs = set(data["lead"]), set(data["records"]), set(data["verbs"])
    at = next((i for i, (t, k) in enumerate(zip(toks, ln.kinds)) if k == "word" and t not in lead), None)
    if at is None or ln.has(vocabulary().done):
        return False
    opens = toks[at] in records or toks[at] in verbs and at + 1 < len(toks) and toks[at + 1] in records
    return opens and bool(set(toks) & verbs)

