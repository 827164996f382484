"""A pasted list of IKI (numbered, bulleted or plain lines; Telegram delivers a paste as one message): each line gets
the rules' verdict and a one-screen summary comes first (✓/!/✗ per line, the count against the guidance), with a
line's details and suggestions on request («Rincian N», /cek N). A line may carry its target («…: 95%», «… ; 80%»,
«… target 90%»). A message of several lines that is not a list of IKI (a question, a header alone) is not one."""

import re
from dataclasses import dataclass, field, replace

from bot import knowledge
from bot.conversation.answers import (
    MAX_MANDATORY_WORDS,
    accepts_wording,
    fields_in,
    measure_class,
    read_answer,
    without_tail,
)
from bot.conversation.intent import Route, classify, has_work_object
from bot.conversation.line_targets import _targets
from bot.conversation.prima_step_m import mandatory_draft
from bot.conversation.state import ListedIki
from bot.knowledge import policy
from bot.lang.refs import named_source, numbers_source
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.lang.values import Number, numbers_in
from bot.models import IkiDraft, IkiResult, Jenis, Severity
from bot.rules import check_iki
from bot.rules.draft_reading import after_label
from bot.rules.language import opens_with_english_measure
from bot.rules.skp_rules import is_mandatory
from bot.skp.rhk import is_leader_rhk

MIN_LINES = 2  # two IKI lines make a list; one is an IKI with a header


@dataclass(frozen=True)
class Line:
    listed: ListedIki
    verdict: IkiResult

    @property
    def mark(self) -> str:
        if self.verdict.has_error:
            return "✗"
        return "!" if any(f.severity is Severity.warning for f in self.verdict.findings) else "✓"


@dataclass(frozen=True)
class PastedList:
    lines: list[Line]
    skipped: list[str]  # lines that are not IKI (a header, a note, a question), not checked
    headings: list[str] = field(default_factory=list)  # RHK lines («Meningkatnya cakupan …»): the RHK of those under

    @property
    def passing(self) -> list[int]:
        """0-based places of the lines the rules pass (no error), a repeated line once."""
        first = set(distinct([line.listed for line in self.lines]))
        return [i for i, line in enumerate(self.lines) if not line.verdict.has_error and i + 1 in first]


def may_be_list(message: str) -> bool:
    """Several lines, or one line holding several IKI: worth reading as a list (cheap to ask)."""
    return "\n" in message or len(_several(message)) > 1


def all_measured(message: str) -> bool:
    """Two lines or more, each opening with a measure word («1. Persentase …», «- Jumlah …»): IKI written out, never
    the strategies or activities PRIMA's step 2 asks for (d9-dosen01: taken as step 2's answer, the list lost)."""
    lines = [line for line in message.splitlines() if line.strip()]
    return len(lines) >= MIN_LINES and all(_measured(line) for line in lines)


def read_list(message: str) -> PastedList | None:
    """The message as a list of IKI, or None when it is not one (fewer than two lines read as IKI)."""
    lines = [line for line in message.splitlines() if line.strip()]
    table = _table(lines)  # rows copied from a spreadsheet or e-Kinerja: «RHK | Indikator | Target»
    raw = table if table is not None else [part for line in lines for part in _several(line.strip())]
    if len(raw) < MIN_LINES:
        return None
    kept, skipped, headings, drafts, measured = [], [], [], 0, 0
    headed = _header(raw)
    if headed:  # "ini IKI sy tahun lalu:", "kak ini IKI sy 2025, banyak bgt ya wkwk"
        raw = raw[1:]
    for n, line in enumerate(raw):
        rhk = _RHK_CELL.search(line)
        line = line[:rhk.start()] if rhk else line
        typed = fields_in(line)
        text = typed.indikator or line
        graded = _graded(line) if typed.target is None else None
        grade = None
        if graded:  # «Opini BPK …, WTP Opini»: a table's Target cell holding a named grade
            text, grade = graded
        spelled = read_answer(text).numbers  # «Nilai IP ASN delapan puluh»: its target in words is no name word
        named = text[: spelled[0].start] + text[spelled[0].end:] if spelled else text
        if is_mandatory(IkiDraft(indikator=text)) and len(named.split()) <= MAX_MANDATORY_WORDS:
            mandatory, weight = mandatory_draft(line)  # «IP ASN 85», «IP ASN 85 MI 10»
            # «Nilai IP ASN» stays as the user wrote it; «IP ASN», «Nilai IP ASN 85» (its target still in it) do not
            text = text if _measured(text) and not spelled else mandatory.indikator
            typed = replace(typed, target=typed.target or (numbers_in(mandatory.target)[0] if mandatory.target else None),
                            jenis=Jenis.core_mi, bobot=weight or typed.bobot)
        if not rhk and n + 1 < len(raw) and is_leader_rhk(text, listed_only=True) and not _measured(text):
            headings.append(text)  # «• Meningkatnya cakupan …» over its IKI: their RHK, no IKI without a measure word
            continue
        intent = classify(text)
        # a measure word, a work verb with its object, or a target; an IKI in English too (the rules flag it)
        is_iki = intent.route is Route.iki or opens_with_english_measure(text)
        # A first line that is no IKI is a header too (one header: after it, a line of the list keeps its place, so
        # the user's own numbers name it); a question or small talk is a note.
        # «Menyusun laporan» is a line to check, not a header; so is a first line naming work in no words of an intro
        # («- kelengkapan pengisian resume medis pasien pulang» above «- pengembalian berkas RM …»)
        first = n == 0 and not headed and not _activity(text) and not _work_line(text, raw)
        # «14. Reviu RKA oleh APIP»: an activity whose object the lexicon does not know is still a line of the list
        # (d3-perencana01: skipped, every line after it named by the user's number was one off)
        if not is_iki and (first or intent.route in (Route.question, Route.smalltalk)
                           or not (has_work_object(text) or _activity(text))):
            if n:
                skipped.append(line)
            continue
        # «2. Reviu laporan keuangan» under «1. Melaksanakan audit kinerja satker»: an activity written as an IKI is a
        # line of the list to check, as the line above it is (d9-auditor01: the four lines read as one IKI)
        drafts += is_iki or _activity(text)
        measured += is_iki and not is_mandatory(IkiDraft(indikator=text)) and _measured(text)
        kept.append((ListedIki(text=text, target=typed.target.text if typed.target else grade,
                               jenis=typed.jenis,
                               bobot=typed.bobot.value if typed.bobot else None,
                               rhk=rhk.group(1).strip() if rhk else _under(headings, text)), intent))
    # The mandatory IKI makes a list only beside an IKI sentence («Persentase … 100% TUSI 40, IP ASN 85 MI 10»), not
    # beside targets for the last list («7 itu 95%, 12 itu 80%, IP ASN 85»).
    if drafts < MIN_LINES or (any(is_mandatory(IkiDraft(indikator=item.text)) for item, _ in kept) and not measured):
        return None
    lines = [Line(listed, check_iki(IkiDraft(indikator=listed.text, target=listed.target), intent.reading))
             for listed, intent in kept]
    return PastedList(lines, skipped, headings)


def _under(headings: list[str], text: str) -> str | None:
    """The RHK heading a pasted line stands under, if any; a mandatory IKI (IP ASN) has its own RHK, never the one
    over the list."""
    return headings[-1] if headings and not is_mandatory(IkiDraft(indikator=text)) else None


def _graded(line: str) -> tuple[str, str] | None:
    """«Opini BPK atas laporan keuangan, WTP Opini» (a row whose Target cell is a named grade, its Satuan after it):
    the IKI and the grade as its target; None when the last part after a comma is no grade."""
    from bot.rules.lexicon import is_text_target

    head, comma, tail = line.rpartition(",")
    words = tail.split()
    if not comma or not head.strip():
        return None
    # the grade, then at most one word of satuan («WTP Opini»)
    found = next((k for k in range(len(words), max(0, len(words) - 2), -1) if is_text_target(" ".join(words[:k]))), None)
    return (head.strip(), " ".join(words[:found])) if found else None


@knowledge.cached
def _next_iki() -> re.Pattern:
    """Where one line holds a second IKI: «, Persentase …», «; Jumlah …», «, trus IP ASN 85», «. IP ASN 85»."""
    from bot.rules.lexicon import lexicon

    heads = sorted({" ".join(p) for p in lexicon().measure_class} | set(policy().mandatory_iki.phrases), key=len,
                   reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, h.split())) for h in heads)
    joined = knowledge.data("conversation")["iki_joined"]
    after_mark = "|".join(map(re.escape, joined["after_mark"]))
    joiners = "|".join(map(re.escape, joined["joiners"]))
    return re.compile(rf"\s*[,;.]\s+(?:(?:{after_mark})\s+)?(?=(?:{words})\b)|\s+(?:{joiners})\s+(?=(?:{words})\b)",
                      re.IGNORECASE)


_CELLS = re.compile(r"[|\t]")
_RHK_CELL = re.compile(r"\s*\[RHK: ([^\]]+)\]\s*$")  # a table row's RHK cell, carried at the end of its line
MAX_FIELD_CELL_WORDS = 3  # «150 kegiatan», «Core TUSI», «20%»: a field's cell; a longer one is an RHK or a note


def _table(lines: list[str]) -> list[str] | None:
    """Rows of a table pasted from a spreadsheet or e-Kinerja (cells split by «|» or tabs), each as «indikator,
    target, jenis, bobot»: the indicator column named by the header (Indikator/IKI), else the cell that opens with a
    measure word; the columns named Target, Jenis, Bobot, else the row's short cells. None when not such a table.
    Lines above the table's first row with no cell of their own («ini skp sy thn lalu, tolong dicek») introduce it:
    they come back first, as one line ending with «:», which the list reads as its header."""
    intro, lines = _intro(lines)
    rows = [[cell.strip() for cell in _CELLS.split(line)] for line in lines]
    if sum(len(row) > 1 for row in rows) < max(MIN_LINES, len(rows) // 2 + 1):
        return None
    for edge in (0, -1):  # «| a | b |»: the empty cells outside the first and last bar
        if all(len(row) > 1 and not row[edge] for row in rows if len(row) > 1):
            rows = [row[1:] if edge == 0 else row[:-1] for row in rows]
    from bot.rules.lexicon import lexicon

    columns = knowledge.data("conversation")["table_columns"]
    heads = [(tokens(cell) or [""])[0] for cell in rows[0]]
    indicator = next((i for i, head in enumerate(heads) if head in columns["indikator"]), None)
    fields = [i for i, head in enumerate(heads) if head in columns["fields"]]
    rhk = next((i for i, head in enumerate(heads) if head in columns["rhk"]), None)
    out = []
    for row in rows[1:] if indicator is not None or fields else rows:
        cells = [c for c in row if c not in ("", "-")]
        if indicator is not None and indicator < len(row):
            text = row[indicator]
        else:  # no header: the cell that opens with a measure word, else the widest
            text = next((c for c in cells if lexicon().measures.match_at(tokens(c), 0)), max(cells, key=len, default=""))
        if text in ("", "-"):
            continue
        if fields:  # the Target, Jenis and Bobot columns, read after the IKI as if typed after it
            values = [row[i] for i in fields if i < len(row) and row[i] not in ("", "-")]
        else:  # no header: the other short cells («| 90%», «| 150 kegiatan», «| Core TUSI»), never the RHK
            values = [c for c in cells if c != text and len(c.split()) <= MAX_FIELD_CELL_WORDS]
        said = f"{text}, {' '.join(values)}" if values else text  # «…, 100% Core TUSI 40»: as typed
        if rhk is not None and rhk < len(row) and row[rhk] not in ("", "-") and rhk != indicator:
            said += f" [RHK: {row[rhk]}]"  # the user's RHK, kept for the IKI's draft (read back by read_list)
        out.append(said)
    if not intro and out and (indicator is not None or fields):  # the header row: no line of the list (a first row
        intro = [" ".join(c for c in rows[0] if c)]  # in English, «System uptime SIMRS», is one, never an intro)
    return ([" ".join(intro).rstrip(":") + ":"] if intro and out else []) + out


def _intro(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines before a pasted table's first row of cells, and the rest; none when no row of cells follows."""
    first = next((n for n, line in enumerate(lines) if _CELLS.search(line)), 0)
    return lines[:first], lines[first:]


def headed_table(text: str) -> str | None:
    """A table pasted with its header row (cells split by tabs or «|», a column named Indikator or IKI) as its rows
    «indikator, target satuan …», one per line; None for anything else. Read before the chat's cleaning, which writes
    each tab row as typed, every cell kept: «RHK, Jumlah …, 4 Laporan» would be two IKI."""
    lines = [line for line in text.splitlines() if line.strip()]
    table = _intro(lines)[1]  # a sentence typed above the paste is no header row
    heads = [(tokens(cell) or [""])[0] for cell in _CELLS.split(table[0])] if table else []
    if not set(heads) & set(knowledge.data("conversation")["table_columns"]["indikator"]):
        return None
    rows = _table(lines)
    return "\n".join(rows) if rows else None


def _several(line: str) -> list[str]:
    """One line holding several IKI («Persentase A 95, Persentase B 100», «… < 5 menit dan persentase …»), cut into
    one IKI each; the words up to a label before the first («sy perawat IGD. iki sy persentase …») are its header."""
    parts, start = [], 0
    for match in _next_iki().finditer(line):
        part = line[start:match.start()].strip()
        marked = any(mark in match.group() for mark in ",;.")
        if not marked and len(tokens(line[match.end():])) <= _joined_min_words():
            continue  # «… sesuai standar dan waktu yang ditetapkan»: the condition of one IKI
        if part:
            parts.append(part)
        start = match.end()
    parts.append(line[start:].strip())
    parts = [part for part in parts if part]
    if len(parts) > 1 and parts[0].isdigit():  # «6. Nilai IP ASN - 80»: the list's own number, no IKI before it
        parts = [f"{parts[0]}. {parts[1]}"] + parts[2:]
    if len(parts) > 1 and not _measured(parts[0]) and (labelled := after_label(parts[0])):
        parts = [labelled[0].rstrip(" :") + ":", labelled[1]] + parts[1:]
    return parts if len(parts) > 1 else [line]


@knowledge.cached
def _joined_min_words() -> int:
    """Words an IKI after an unmarked joiner holds past its measure word, at least («dan waktu yang ditetapkan»: 2)."""
    return knowledge.data("conversation")["iki_joined"]["min_words"]


_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[a-zA-Z])\s*[.)]\s+\S")  # «4. Persentase …», «b) Jumlah …»


def header_marked(text: str) -> str:
    """«SKP 2025 Lilis, Pranata Lab …» above «1. …», «2. …»: a first line without the numbering every line after it
    has introduces the list; it gets the «:» a header ends with, before the numbers are taken off, so the lines keep
    the user's own numbers («simpan no 4, 7, 12» names the lines they numbered)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < MIN_LINES + 1 or _NUMBERED.match(lines[0]) or not all(_NUMBERED.match(line) for line in lines[1:]):
        return text
    first = text.index(lines[0]) + len(lines[0].rstrip())
    return text if lines[0].rstrip().endswith(":") else text[:first] + ":" + text[first:]


def _header(raw: list[str]) -> bool:
    """The first line introduces the list: it ends with «:», or it has no measure word in front while most of the
    lines after it do."""
    if len(raw) < 3:
        return raw[0].rstrip().endswith(":")
    starts = [_measured(line) for line in raw]
    return raw[0].rstrip().endswith(":") or (not starts[0] and not _activity(raw[0])
                                             and sum(starts[1:]) * 2 >= len(raw) - 1)


def _work_line(text: str, raw: list[str]) -> bool:
    """A first line that names work with its object, in none of the words an intro is said with (conversation.yaml
    `list_intro_words`), above lines where another names work with no measure word either: a line of the list."""
    if set(tokens(text)) & set(knowledge.data("conversation")["list_intro_words"]) or not has_work_object(text):
        return False
    return any(not _measured(line) and has_work_object(line) and classify(line).route is not Route.iki
               for line in raw[1:])


def _measured(line: str) -> bool:
    from bot.rules.draft_reading import read
    from bot.rules.lexicon import lexicon

    words = tokens(read(line).text)  # «Number of policy briefs published» is measured too: an English IKI, no header
    return bool(words) and (lexicon().measures.match_at(words, 0) is not None or opens_with_english_measure(line))


def _activity(line: str) -> bool:
    """The line opens with a work verb («Melaksanakan rapat koordinasi», «Menyusun laporan»), a word saying it was held
    («Terlaksananya rapat …») or a process noun («Pelaksanaan bimtek …»): an activity written as an IKI, which the list
    checks (and the rules flag), never a header introducing the list. A chat verb counts as its formal verb
    (rewrite/register.yaml casual: «• bikin laporan BMN semesteran» is «membuat laporan …», a line of the list,
    d7-pengelola-bmn01)."""
    from bot.rewrite.register import formal
    from bot.rules.draft_reading import read
    from bot.rules.lexicon import lexicon

    found = lexicon()
    return any(words and any(phrases.match_at(words, 0) is not None
                             for phrases in (found.activity_verbs, found.done_phrases, found.process_nouns))
               for words in (tokens(read(line).text), tokens(formal(line))))


def lines_checked(listed: list[ListedIki]) -> list[Line]:
    """Each line of the last list with the rules' verdict on it as typed (its target with it)."""
    return [Line(item, check_iki(IkiDraft(indikator=item.text, target=item.target))) for item in listed]


def distinct(listed: list[ListedIki]) -> list[int]:
    """The 1-based numbers of the lines that are not a repeat of an earlier line (the same words, case and spacing
    aside) nor dropped («no 4 buang aja»): a list pasted twice over holds each IKI once."""
    seen: set[tuple[str, ...]] = set()
    numbers = []
    for number, item in enumerate(listed, 1):
        words = tuple(tokens(item.text.lower()))
        if words not in seen and not item.dropped:
            seen.add(words)
            numbers.append(number)
    return numbers


@dataclass(frozen=True)
class Picked:
    """Lines of the last list a message names, and the targets it gives them."""

    lines: list[int]  # 1-based
    targets: dict[int, Number] = field(default_factory=dict)
    rewritten: dict[int, str] = field(default_factory=dict)  # «NSPK jg simpan tp ganti jd Persentase …»: its new words
    every: bool = False  # «simpan semua»: the whole list, as the button «Simpan semua N IKI seperti ditulis»


@knowledge.cached
def _refs() -> tuple[re.Pattern, PhraseSet]:
    data = knowledge.data("conversation")
    named = named_source(data["list_refs"], [*data["number_joins"], "-"])  # «no 2-4» too
    return re.compile(named, re.IGNORECASE), PhraseSet(data["list_add"])


def names_lines(text: str) -> bool:
    """The message names lines of a list by number after a word for one («no 3», «yg no 2 sama 4»)."""
    return bool(_refs()[0].search(text))


def _refused(words: list[str], add: PhraseSet) -> bool:
    """«no 26 IP ASN ga usah dimasukin»: every word that adds lines is said after a not-now word, so the message
    keeps the lines out (it was read as a pick and line 26 saved)."""
    not_now = phrase_set("conversation", "not_now")
    adds = [i for i in range(len(words)) if add.match_at(words, i)]
    return bool(adds) and all(any(not_now.match_at(words, j) for j in range(max(0, i - 3), i)) for i in adds)


@knowledge.cached
def _leading() -> re.Pattern:
    """Line numbers opening the message right before a word that adds them («2 sama 4 masukin, 90 dan 95»), or
    right after it («simpan 2 dan 5», «oke simpan yg 2 dan 3»: a `pick_leads` word first, a line pointer between;
    not a count of IKI, «simpan 2 IKI yang lolos»)."""
    data = knowledge.data("conversation")
    add = "|".join(re.escape(w) for w in data["list_add"])
    lead = "|".join(re.escape(w) for w in data["pick_leads"])
    pointer = "|".join(re.escape(w) for w in data["line_pointers"])
    numbers = numbers_source(data["number_joins"])
    return re.compile(rf"^\s*(?:(?:{lead})\b[\s,.!]*)?(?:({numbers})\s*,?\s*(?:{add})\b"
                      rf"|(?:{add})\s+(?:(?:{pointer})\s+)?({numbers})\b(?!\s*(?:iki|baris|%)))", re.IGNORECASE)


def asks_whether(text: str) -> bool:
    """«emang ga boleh pake jumlah laporan ya?»: a question opening with a yes-no word (search.yaml answers.yesno
    opens), or ending in a clause asking leave («yg realisasi anggaran itu IKI pimpinan, saya boleh pake?»,
    conversation.yaml list_permission_asks), asks about a line; it never picks one to save though it holds a word
    that adds («pake»)."""
    from bot.retrieval.normalize import search_config

    words = tokens(text)
    last = tokens(re.split(r"[,;.]", text.rstrip(" ?.!"))[-1])  # «…, saya boleh pake?»: the clause that asks
    asking = set(knowledge.data("conversation")["list_permission_asks"])
    return "?" in text and bool(words) and (words[0] in search_config()["answers"]["yesno"]["opens"]
                                            or bool(asking & set(last)))


def written_out(text: str, listed: list[ListedIki]) -> str | None:
    """«yg persentase hasil foto thorax selesai < 3 jam itu aja, simpan»: an IKI of the user's own words, a number
    inside it (not its target) that no line of the list holds, so it names no line whose words it shares: that IKI,
    the talk around it off (d6-radiografer01: line 1 was picked for «foto thorax», «3 jam» lost); else None."""
    from bot.conversation.iki_fields import new_iki_in

    iki = new_iki_in(without_tail(text)[0])
    if not iki or not measure_class(iki):  # «no 18 simpan jg, target 2» names line 18, no IKI of her own
        return None
    inside = numbers_in(fields_in(iki).indikator)
    held = {n.value for item in listed for n in numbers_in(item.text)}
    return iki if inside and any(n.value not in held for n in inside) else None


def picked(text: str, listed: list[ListedIki]) -> Picked | None:
    """«yg no 7, 12, 18 sama 25 dr list tadi masukin», «yg SPM tepat waktu sama IKPA masukin, target 98% sama 95»:
    the lines named, by number or by their words (with a word that asks to add them), and their targets: «7 itu 95%»
    pairs, else the other numbers in order, one per line."""
    pattern, add = _refs()
    replaced = _REPLACED.search(text)
    if replaced and measure_class(replaced.group(1)) and listed:  # «NSPK jg simpan tp ganti jd Persentase … 100%»
        found = picked(text[: replaced.start()], listed)
        if found is None or len(found.lines) != 1:
            return None
        return Picked(found.lines, {}, {found.lines[0]: replaced.group(1).strip()})
    _, colon, after = text.partition(":")
    if colon and measure_class(after):  # «tambah 1 lg: Persentase …, 85»: one more IKI, not line 1
        return None
    if measure_class(text) and not pattern.search(text):  # an IKI written out («… laik pakai …»), no line named
        return None
    if written_out(text, listed):  # «yg persentase hasil foto thorax selesai < 3 jam itu aja, simpan»: her own
        return None
    accepted = accepts_wording(text)  # «ok your wording» under the list: the lines as the bot wrote them
    if not listed or not (add.find(tokens(text)) or accepted) or _refused(tokens(text), add) or asks_whether(text):
        return None
    if takes_every(text):  # «simpan semua»: every line (never line 20 for holding the word «semua»)
        return Picked(list(range(1, len(listed) + 1)), every=True)
    found = list(pattern.finditer(text)) or list(_leading().finditer(text))
    # the numbers' group: the only one of `pattern`, the one that matched of `_leading` (before or after the word)
    lines = [int(n) for m in found for n in re.findall(r"\d+", m.group(m.lastindex)) if 1 <= int(n) <= len(listed)]
    taken = [(m.start(m.lastindex), m.end(m.lastindex)) for m in found]
    if not lines:  # «simpan semua yg lolos»: never the line holding the word «lolos» (tester16b #4)
        lines, taken = _named_by_words(_without_passing_words(text), listed)
    if len(lines) < 2 and numbers_in(text):  # «yg realisasi anggaran 96% sm yg rekomendasi BPK 95% simpan»
        each, _ = _named_by_words(text, listed, whole=True)
        if len(each) >= 2 and len(each) > len(lines):  # several names, each with its own target
            lines, taken = each, []
    if not lines:
        lines = _named_by_ordinal(text, len(listed))  # «yg terakhir simpan»
    if not lines:
        lines = _named_by_letters(text, len(listed))  # "b sama e masukin": a lettered list
    if not lines:
        lines = _named_by_measure(text, listed)  # «ambil yg persentase aja»: the lines measured so
    marked = any(mark in text for mark in knowledge.data("conversation")["list_good_marks"])
    passing = phrase_set("conversation", "list_passing").find(tokens(text))
    good = (phrase_set("conversation", "list_good").find(tokens(text)) or marked) and not passing and not accepted
    if not lines and (good or passing or accepted):  # "masukin yg lolos aja"
        # «pilihin yg bagus»: only the lines passed with nothing to say (✓), not those passed with a note (!)
        lines = [i + 1 for i, line in enumerate(lines_checked(listed)) if line.mark == "✓" or (line.mark == "!" and not good)]
    if not lines and takes_all(text):  # «simpan semua», «masukin semuanya»: each line once, none thrown out
        lines = distinct(listed)  # (d6-arsiparis01: a line removed by /buang was saved again)
    if not lines:
        return None
    values = [n for n in numbers_in(text) if not any(a <= n.start < b for a, b in taken)]
    return Picked(list(dict.fromkeys(lines)), _targets(text, lines, values))


_REPLACED = re.compile(r"\b(?:ganti|diganti|ubah|diubah|ganti(?:nya)?)\s+(?:jd|jadi|menjadi|dgn|dengan)\s+(.+)$",
                       re.IGNORECASE)


def _named_by_ordinal(text: str, count: int) -> list[int]:
    """«yg terakhir», «yang kedua»: an ordinal word (not a number word: «yg dua» may be two of them) right after
    a word pointing at an option (conversation.yaml selecting: «yg», «ambil»), naming a line by its place (-1 the
    last)."""
    data = knowledge.data("conversation")
    words = tokens(text)
    for i, word in enumerate(words[:-1]):
        if word not in data["selecting"]:
            continue
        for phrase, place in data["ordinals"].items():
            said = tokens(phrase)
            if words[i + 1: i + 1 + len(said)] == said and not numbers_in(phrase):
                line = count if place == -1 else place
                return [line] if 1 <= line <= count else []
    return []


def instructions(text: str, listed: list[ListedIki]) -> Picked | None:
    """Several sentences, each naming lines of the last list to save («yg terakhir simpan. NSPK jg simpan tp ganti
    jd Persentase … 100%»): one pick of them all; None unless every sentence is one."""
    parts = [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part]
    if len(parts) < 2:
        return None
    picks = [picked(part, listed) for part in parts]
    if not all(picks):
        return None
    lines = list(dict.fromkeys(n for pick in picks for n in pick.lines))
    return Picked(lines, {k: v for pick in picks for k, v in pick.targets.items()},
                  {k: v for pick in picks for k, v in pick.rewritten.items()})


def takes_all(text: str) -> bool:
    """«yaudah yg 3 itu masukin semua», «simpan semua»: a short message adding every suggestion or line just shown."""
    words = tokens(text)
    found = phrase_set("conversation", "list_all").find(words)
    return len(words) <= 8 and bool(_refs()[1].find(words)) and bool(found) and not _all_of_jenis(words, *found)


def _all_of_jenis(words: list[str], start: int, phrase: tuple[str, ...]) -> bool:
    """«tambah ip asn juga, semua tusi kecuali itu»: the «all» word beside a jenis word (draft_weights jenis_words)
    speaks of the draft's jenis, never of every line of the list (d6-arsiparis01: the list saved again)."""
    jenis = {w for p in knowledge.data("conversation")["draft_weights"]["jenis_words"] for w in tokens(p)}
    return any(0 <= i < len(words) and words[i] in jenis for i in (start - 1, start + len(phrase)))


def takes_every(text: str) -> bool:
    """«simpan semua», «masukin semuanya ke draf aja»: a message that takes all and names nothing else (no number, no
    words of a line: «simpan semua yg persentase» names some)."""
    if not takes_all(text) or numbers_in(text):
        return False
    data = knowledge.data("conversation")
    allowed = {w for key in ("list_add", "list_all", "list_all_only", "pick_words") for p in data[key] for w in tokens(p)}
    return all(w in allowed for w in tokens(text))


def count_said(text: str) -> int | None:
    """«yaudah yg 3 itu masukin semua»: how many the user believes are on screen (one bare whole number), or None."""
    bare = [n for n in numbers_in(text) if n.unit is None and float(n.value).is_integer()]
    return int(bare[0].value) if len(bare) == 1 and len(numbers_in(text)) == 1 else None


def _without_passing_words(text: str) -> str:
    """The text with the words of list_passing («lolos») blanked, its length kept: they ask for the passing lines,
    and never name a line by its words."""
    words = {w for phrase in knowledge.data("conversation")["list_passing"] for w in tokens(phrase)}
    return re.sub(r"\w+", lambda m: " " * len(m.group()) if m.group().lower() in words else m.group(), text)


def _named_by_letters(text: str, count: int) -> list[int]:
    """Single letters joined by «sama», «dan», «,» («b sama e»): the places of a lettered list."""
    head = text[: numbers_in(text)[0].start] if numbers_in(text) else text
    letters = [w for w in tokens(head) if len(w) == 1 and w.isalpha()]
    lines = [ord(w) - ord("a") + 1 for w in letters]
    return lines if len(letters) >= 1 and all(1 <= n <= count for n in lines) and len(set(letters)) == len(letters) \
        and re.search(r"\b[a-j]\b\s*(?:,|sama|sm|dan|&|\+)\s*\b[a-j]\b", head, re.IGNORECASE) else []


def _named_by_measure(text: str, listed: list[ListedIki]) -> list[int]:
    """«ambil yg persentase aja», «yang jumlah jangan»: a message naming one measure word and no other list words
    picks the lines that open with it."""
    from bot.rules.lexicon import lexicon

    words = tokens(text)
    measures = lexicon().measures
    named = {tuple(found) for i in range(len(words)) if (found := measures.match_at(words, i))}
    if len(named) != 1:
        return []
    measure = list(named.pop())
    opening = [tokens(_LIST_NUMBER_AT.sub("", item.text))[: len(measure)] for item in listed]
    lines = [i + 1 for i, head in enumerate(opening) if head == measure]
    # «yg persentase kendaraan dinas siap pakai aja»: words of other lines («kendaraan dinas» of line 3) name an IKI
    # of their own, written out, not the lines that open with «persentase»
    vocabulary = {w for item in listed for w in tokens(item.text)} - set(measure)
    theirs = {w for n in lines for w in tokens(listed[n - 1].text)}
    return lines if {w for w in words if w in vocabulary and len(w) > 2} <= theirs else []


_LIST_NUMBER_AT = re.compile(r"^\s*(?:\d{1,2}|[a-zA-Z])\s*[.)]\s+")


MIN_NAMING_WORDS = 2  # «pemeliharaan alat»: a question names a line by two of its words at least, not by «alat»


def _named_by_words(text: str, listed: list[ListedIki], least: int = 1, whole: bool = False,
                    among: frozenset[int] | None = None) -> tuple[list[int], list[tuple[int, int]]]:
    """Lines named by their words: each part of the text before its numbers (cut at «sama», «dan», «,») whose words
    found in the list (at least `least` of them) are all in one line, and in one line only. `whole`: the parts of
    the whole text, each name followed by its own target («yg realisasi anggaran 96% sm yg rekomendasi BPK 95%»).
    among: the only lines (0-based) that may be meant, when the question is about some kind of line."""
    from bot.retrieval.normalize import stopwords

    words_of = [set(tokens(check_iki(IkiDraft(indikator=item.text)).read_as or item.text)) for item in listed]
    known = set().union(*words_of) - set(stopwords())
    head = text[: numbers_in(text)[0].start] if numbers_in(text) and not whole else text
    lines = []
    for part in re.split(r"\s*(?:,|\bsama\b|\bsm\b|\bdan\b|&|\+)\s*", head):
        words = {w for w in tokens(part) if w in known and len(w) > 2 and not w.isdigit()}
        matches = [i for i, line_words in enumerate(words_of) if len(words) >= least and words <= line_words
                   and (among is None or i in among)]
        if len(matches) == 1 and matches[0] + 1 not in lines:
            lines.append(matches[0] + 1)
    return lines, [(0, len(head))]


def lines_named(text: str, listed: list[ListedIki], among: frozenset[int] | None = None) -> list[int]:
    """Lines of the last list a message names by their words, each part («yg sterilisasi, media, piket dll») naming
    one line only, of `among` (0-based) when given (1-based)."""
    return _named_by_words(text, listed, whole=True, among=among)[0] if listed else []


def bare_line(text: str) -> int | None:
    """«3», «#3»: a line of the last list named by its number alone; None otherwise."""
    digits = text.strip().lstrip("#")
    return int(digits) if digits.isdigit() else None
