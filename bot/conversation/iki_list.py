"""A pasted list of IKI (numbered, bulleted or plain lines; Telegram delivers a paste as one message) read: each line
gets the rules' verdict. A line may carry its target («…: 95%», «… ; 80%», «… target 90%»). A message of several
lines that is not a list of IKI (a question, a header alone) is not one. Shown by list_summary (a one-screen summary
first, with a line's details and suggestions on request: «Rincian N», /cek N), picked from by list_picks, its lines
made drafts by list_drafts."""

import re
from dataclasses import dataclass, field, replace

from bot import knowledge
from bot.conversation.answers import MAX_MANDATORY_WORDS, fields_in, read_answer
from bot.conversation.intent import Route, classify, has_work_object
from bot.conversation.prima_step_m import mandatory_draft
from bot.conversation.state import ListedIki
from bot.knowledge import policy
from bot.lang.text import list_marked, tokens
from bot.lang.values import numbers_in
from bot.models import IkiDraft, IkiResult, Jenis, Severity
from bot.rules import check_iki
from bot.rules.draft_reading import after_label, iki_after_colon, read
from bot.rules.language import measured_in_english, opens_with_english_measure
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
    header: str | None = None  # the first line read as the list's header («IKI saya tahun lalu:»), not checked

    @property
    def passing(self) -> list[int]:
        """0-based places of the lines the rules pass (no error), a repeated line once."""
        first = set(distinct([line.listed for line in self.lines]))
        return [i for i, line in enumerate(self.lines) if not line.verdict.has_error and i + 1 in first]


def may_be_list(message: str) -> bool:
    """Several lines, or one line holding several IKI: worth reading as a list (cheap to ask)."""
    return "\n" in message or len(_several(message)) > 1


def mostly_measured(message: str) -> bool:
    """Two lines or more opening with a measure word («1. Persentase …», «- Jumlah …»), and more than half of the
    lines: IKI written out, never the strategies or activities PRIMA's step 2 asks for (d9-dosen01: taken as step
    2's answer, the list lost). One activity among them («3. bikin laporan bulanan») is a line to flag, not a sign
    the list is strategies (it was joined into one IKI with the others)."""
    lines = [line for line in message.splitlines() if line.strip()]
    measured = sum(_measured(line) for line in lines)
    return measured >= MIN_LINES and 2 * measured > len(lines)


def _adds(head: str) -> bool:
    """A short lead-in asking the IKI after it added («tambah», «tambahin dong»: conversation.yaml `added_lead`)."""
    lead = knowledge.data("conversation")["added_lead"]
    words = tokens(head)
    return bool(words) and len(words) <= lead["most_words"] and bool(set(words) & set(lead["words"]))


def asks_added(message: str) -> bool:
    """«tambah: Persentase …, target 75\nPersentase …»: several lines under a short lead-in before a colon on the first
    line that asks them added (conversation.yaml `added_lead`): the passing lines are to be saved as shown."""
    first, _, rest = message.strip().partition("\n")
    head, colon, _ = first.partition(":")
    return bool(rest.strip() and colon) and _adds(head)


def first_listed(message: str) -> bool:
    """Every line of the message, its first too, opens with a bullet or a number («- …», «• …», «1) …»): the first
    is one of the list like its neighbours, never a header introducing it (read before the marks are cleaned off)."""
    lines = [line for line in message.splitlines() if line.strip()]
    return len(lines) >= MIN_LINES and all(list_marked(line) for line in lines)


_LETTER_MARK = re.compile(r"^\s*\(?[a-zA-Z][.)]\s")  # «a) …», «(b) …», «c. …»


def lettered_lines(message: str) -> bool:
    """Two lines or more, under at most one line introducing them, each marked by a letter («a) …», «b) …»): the
    lines may be named by their letters afterwards (read before the marks are cleaned off)."""
    lines = [line for line in message.splitlines() if line.strip()]
    listed = lines[1:] if lines and not _LETTER_MARK.match(lines[0]) else lines
    return len(listed) >= MIN_LINES and all(_LETTER_MARK.match(line) for line in listed)


_SUB_NUMBER = re.compile(r"^\s*(\d{1,2}\.\d{1,2})\.?\s")  # «1.1 Persentase …», «2.3. Jumlah …»


def sub_marks(message: str) -> list[str]:
    """The lines' own numbers when two lines or more, under at most one line introducing them, are each numbered
    «1.1», «1.2» … (read before the marks are cleaned off); [] otherwise."""
    lines = [line for line in message.splitlines() if line.strip()]
    listed = lines[1:] if lines and not _SUB_NUMBER.match(lines[0]) else lines
    marks = [found[1] for line in listed if (found := _SUB_NUMBER.match(line))]
    return marks if len(marks) >= MIN_LINES and len(marks) == len(listed) else []


def marked_lines(message: str) -> bool:
    """Two lines or more opening with a bullet or a number, under at most one line introducing them («here's my
    list:»): lines pasted as a list, whatever their words (read before the marks are cleaned off)."""
    lines = [line for line in message.splitlines() if line.strip()]
    listed = lines[1:] if lines and not list_marked(lines[0]) else lines
    return len(listed) >= MIN_LINES and all(list_marked(line) for line in listed)


def read_list(message: str, listed_first: bool = False, announced: bool = False) -> PastedList | None:
    """The message as a list of IKI, or None when it is not one (fewer than two lines read as IKI). `listed_first`:
    the first line carried a bullet or a number as the lines after it did (first_listed): a line of the list, never
    its header, whatever its words; a first line still read as a header is kept in `header`, said under the list.
    `announced`: the request before the lines called them IKI («skip to M pls. here's my list:»), so every line
    naming work is one to check, with no measure word nor work verb («- database mitra kerja sama terupdate»)."""
    lines = [line for line in message.splitlines() if line.strip()]
    table = _table(lines)  # rows copied from a spreadsheet or e-Kinerja: «RHK | Indikator | Target» (rows under field
    # labels, «Indikator: …», are written as such rows before: labelled_rows.py)
    raw = table if table is not None else [part for line in lines for part in _several(line.strip())]
    if len(raw) < MIN_LINES:
        return None
    kept, skipped, headings, drafts, measured = [], [], [], 0, 0
    # (lines typed so, the first one whole: «indikator kepala balai: persentase …, sm jumlah …» on one line is
    # PRIMA's unit indicator told, never a list; «IKI 1: …» is a label)
    # («tambah: Persentase … 95 %; Jumlah …; …» on one line asks them added: its first IKI is the list's too,
    # d22-dev06: read as the header and lost)
    one_added = len(lines) == 1 and len(raw) > 1 and _adds(raw[0].partition(":")[0])
    led = iki_after_colon(raw[0]) if (len(lines) > 1 and raw[0] == lines[0].strip() or one_added) \
        and not numbers_in(raw[0].partition(":")[0]) else None
    if led:  # «tambah: Persentase …, target 75» over more IKI: the lead-in introduces them, its IKI is the list's
        raw = [led] + raw[1:]  # first line (d18-dev06: the whole line read as the header, that IKI lost)
    marked = sum(list_marked(line) for line in raw)
    headed = _header(raw, listed_first)
    header = raw[0] if headed else None
    if headed:  # "ini IKI sy tahun lalu:", "kak ini IKI sy 2025, banyak bgt ya wkwk"
        raw = raw[1:]
    for n, line in enumerate(raw):
        rhk = _RHK_CELL.search(line)
        line = line[:rhk.start()] if rhk else line
        line = _JENIS_BRACKET.sub(r", \1", line)  # «… 95% (TUSI)»: its jenis, as «…, TUSI» is read
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
        is_iki = intent.route is Route.iki or measured_in_english(text)
        # A first line that is no IKI is a header too (one header: after it, a line of the list keeps its place, so
        # the user's own numbers name it); a question or small talk is a note.
        # «Menyusun laporan» is a line to check, not a header; so is a first line naming work in no words of an intro
        # («- kelengkapan pengisian resume medis pasien pulang» above «- pengembalian berkas RM …»)
        first = (n == 0 and not headed and not listed_first and not _activity(text) and not _old_result(text)
                 and not _work_line(text, raw))
        # «14. Reviu RKA oleh APIP»: an activity whose object the lexicon does not know is still a line of the list
        # (d3-perencana01: skipped, every line after it named by the user's number was one off)
        # «c. Maintenance server» between «b. Persentase …» and «d. Jumlah …»: marked as its neighbours are (the marks
        # are gone once the message is cleaned: listed_first says the first line carried one), a line of the list to flag, never a note left out (d22-dev07: skipped, «c diganti …» then named no line)
        in_sequence = n > 0 and (listed_first or marked > MIN_LINES) and len(raw) > MIN_LINES and bool(tokens(text))
        if not is_iki and (first or intent.route in (Route.question, Route.smalltalk)
                           or not (has_work_object(text) or _activity(text) or in_sequence)):
            if n:
                skipped.append(line)
            else:  # the first line, left out of the list: said under it (list_summary.header_note)
                header = line
            continue
        # «2. Reviu laporan keuangan» under «1. Melaksanakan audit kinerja satker»: an activity written as an IKI is a
        # line of the list to check, as the line above it is (d9-auditor01: the four lines read as one IKI)
        # «1. penataan arsip inaktif …», «2. layanan peminjaman arsip …»: work with its object, marked as every line
        # is, is a line of the list too (d16-xxx04: three such lines read as one IKI, or as a logbook entry); so is
        # every line under a request that called them IKI (announced)
        drafts += is_iki or _activity(text) or announced or (listed_first and has_work_object(text))
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
    return PastedList(lines, skipped, headings, header)


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
# «|---|:---:|», «+----+----+»: a table's rule under its header (markdown, ASCII art), cells of dashes only
_RULE_ROW = re.compile(r"\s*[|+]?(?:\s*:?-{2,}:?\s*[|+])*\s*:?-{2,}:?\s*[|+]?\s*")


def without_rules(text: str) -> str:
    """A pasted table without the rule rows under its header: they hold no IKI nor any header word, and were read as
    the list's header («Baris “---, ---” saya anggap judul», tester59 F17)."""
    lines = text.split("\n")
    kept = [line for line in lines if not _RULE_ROW.fullmatch(line)]  # (a «---» alone is a rule too)
    return "\n".join(kept) if len(kept) < len(lines) and any(line.strip() for line in kept) else text
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


_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})\)\s+")
_JENIS_BRACKET = re.compile(r"\s*\(((?:core\s+)?(?:cl|tusi|mi|beyond))\)\s*$", re.IGNORECASE)
_JENIS_CLOSED = re.compile(r"\((?:core\s+)?(?:cl|tusi|mi|beyond)\)\s*[,;]\s+", re.IGNORECASE)


def _marked_inline(line: str) -> list[str] | None:
    """One line holding items marked as a list is: «IKI sy: 1) Jumlah … (CL) 2) Persentase … 95% 3) IP ASN», numbered
    1, 2, 3 … in order, or «integrasi (CL), persentase tiket … (TUSI), …, IP ASN», each item closed by its jenis in
    brackets before a comma: one item each, the words before the first a header (d21-dev06, d20-dev06: read as one
    IKI, or cut at measure words only, two items joined); None when the line is marked neither way."""
    marks, expected = [], 1
    for found in _INLINE_NUMBER.finditer(line):
        if int(found.group(1)) == expected:
            marks.append(found)
            expected += 1
    if len(marks) >= MIN_LINES:
        head = line[: marks[0].start()].strip()
        ends = [m.start() for m in marks[1:]] + [len(line)]
        parts = [line[m.end(): end].strip() for m, end in zip(marks, ends)]
        return ([head.rstrip(" :") + ":"] if head else []) + [p for p in parts if p]
    closed = list(_JENIS_CLOSED.finditer(line))
    if not closed:
        return None
    starts = [0] + [m.end() for m in closed]
    ends = [m.end() - len(m.group()) + m.group().index(")") + 1 for m in closed] + [len(line)]
    parts = [line[a:b].strip() for a, b in zip(starts, ends)]
    return parts if len(parts) >= MIN_LINES else None


_LIST_MARK = re.compile(r"\d{1,2}(?:\.\d{1,2})*|[A-Za-z]|[IVXivx]{2,4}")  # «6», «1.2», «b», «IV» cut off a line


def _several(line: str) -> list[str]:
    """One line holding several IKI («Persentase A 95, Persentase B 100», «… < 5 menit dan persentase …»), cut into
    one IKI each; the words up to a label before the first («sy perawat IGD. iki sy persentase …») are its header."""
    marked = _marked_inline(line)
    if marked:
        head, _, first = marked[0].partition(":") if ":" in marked[0] and not marked[0].endswith(":") else ("", "", "")
        if first.strip() and not _measured(head):  # «IKI sy sendiri: integrasi (CL)»: the label, then the first item
            marked = [head.strip() + ":", first.strip()] + marked[1:]
        return marked
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
    if len(parts) > 1 and _LIST_MARK.fullmatch(parts[0]):  # «6. Nilai IP ASN - 80», «b. Persentase …»: the
        # list's own number or letter, no IKI before it (d22-dev07: «b», «d» read as notes, their lines shifted)
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


def _header(raw: list[str], listed_first: bool = False) -> bool:
    """The first line introduces the list: it ends with «:», or it has no measure word in front while most of the
    lines after it do; never when it carried a bullet or a number as they did (`listed_first`)."""
    if listed_first and not raw[0].rstrip().endswith(":"):
        return False
    if len(raw) < 3:
        return raw[0].rstrip().endswith(":")
    starts = [_measured(line) for line in raw]
    return raw[0].rstrip().endswith(":") or (not starts[0] and not _activity(raw[0]) and not _old_result(raw[0])
                                             and sum(starts[1:]) * 2 >= len(raw) - 1)


def _old_result(line: str) -> bool:
    """«Tersusunnya laporan evaluasi program imunisasi»: a result written the old way («-nya» on its verb), an IKI
    line the rules check, never a header introducing the list (play40 F2: the first line left out of «simpan
    semua»); a leader's outcome word («Meningkatnya …») may still head the IKI under it."""
    from bot.skp.rhk import is_leader_rhk, result_opener

    text = read(line).text
    return result_opener(text) is not None and not is_leader_rhk(text, listed_only=True)


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


