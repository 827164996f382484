"""Rows copied from e-Kinerja with their field labels («Rencana Hasil Kerja: … / Indikator: … / Target: 90 %», one row
per line or one field per line, under an intro line or not) written as the rows of a pasted table are
(iki_list._table): «indikator, target satuan [RHK: …]», one per line, under a header line. The labels are the SKP
form's column names (knowledge/columns.yaml `skp_export`, plus conversation.yaml `row_labels_skipped`); each
«Indikator» label opens a row, an RHK label is kept for the rows under it until the next (tester57 F1: the rows were
glued into one IKI, or every «Target:» line was checked as an IKI)."""

import re

from bot import knowledge
from bot.lang.text import tokens
from bot.sheets.tables import field_names

MIN_ROWS = 2  # one labelled row is one IKI, read as typed
_FIELDS = ("target", "satuan", "jenis", "bobot")  # read after the IKI, as a table's field cells are
_MAX_LABEL_WORDS = 6  # «RHK Atasan yang Diintervensi»
# a label opens a line (after a list mark) or a field cell: after « / », «|», «;», a tab or a comma
_LABEL = re.compile(r"(?:^|(?<=[/|;\t,]))\s*(?:(?:\d{1,2}[.)]|[-•*])\s+)?([A-Za-z][A-Za-z /()%]{0,60}?)\s*:\s*")


def rows(text: str) -> str | None:
    """The message's labelled rows as table rows under a header line (the intro lines typed above them, else the
    indicator's label), or None when fewer than MIN_ROWS indicators are labelled."""
    intro: list[str] = []
    found: list[dict] = []  # each row: indikator, rhk, fields in the order typed
    row: dict | None = None
    rhk, field, label_seen = None, None, None
    for line in text.splitlines():
        if not line.strip():
            continue
        cut = _cut(line)
        if not cut:  # before any label: an intro; after one, the wrapped rest of the last field's value
            if row is None and rhk is None:
                intro.append(line.strip())
            elif field == "rhk":
                rhk = f"{rhk} {line.strip()}"
            elif field is not None:
                _extend(row, field, line.strip())
            continue
        head, parts = cut
        if head and row is None and rhk is None:
            intro.append(head)
        for name, value, label in parts:
            field = name
            if name == "indikator":
                row = {"indikator": value, "rhk": rhk, "fields": []}
                found.append(row)
                label_seen = label_seen or label
            elif name == "rhk":
                rhk, row = value, None
            elif name in _FIELDS and row is not None:
                row["fields"].append((name, value))
            else:
                field = None  # a label read past (realisasi, aspek): its value is no part of the row
    if len(found) < MIN_ROWS:
        return None
    header = " ".join(intro).rstrip(" :") or label_seen
    return "\n".join([f"{header}:"] + [_written(r) for r in found if r["indikator"]])


def _extend(row: dict | None, field: str, more: str) -> None:
    """A value wrapped onto the next line joins the field it continues."""
    if row is not None and field == "indikator":
        row["indikator"] = f"{row['indikator']} {more}".strip()
    elif row is not None and row["fields"] and row["fields"][-1][0] == field:
        row["fields"][-1] = (field, f"{row['fields'][-1][1]} {more}")


def _cut(line: str) -> tuple[str, list[tuple[str, str, str]]] | None:
    """A line's words before its first label and its (field, value, label) parts; None without a known label."""
    marks = [m for m in _LABEL.finditer(line) if _field(m.group(1)) is not None]
    if not marks:
        return None
    ends = [m.start() for m in marks[1:]] + [len(line)]
    parts = [(_field(m.group(1)), line[m.end():end].strip(" /|;,\t"), m.group(1).strip()) for m, end in zip(marks, ends)]
    return line[: marks[0].start()].strip(" /|;,\t"), parts


def _field(label: str) -> str | None:
    """The SKP field a label names («Rencana Hasil Kerja» → rhk, «IKI» → indikator), «skipped» for a label read past,
    None for words that are no label."""
    words = tokens(label)
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    name = field_names([label], "skp_export")[0]
    if name:
        return name
    return "skipped" if " ".join(words) in knowledge.data("conversation")["row_labels_skipped"] else None


def _written(row: dict) -> str:
    values = []
    for name, value in row["fields"]:
        if value and value not in ("-",) and not (name == "satuan" and values and value in values[-1]):
            values.append(value)
    said = f"{row['indikator']}, {' '.join(values)}" if values else row["indikator"]
    return said + (f" [RHK: {row['rhk']}]" if row["rhk"] else "")
