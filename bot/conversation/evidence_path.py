"""A terminal message that names a file as bukti dukung (the whole one-line message is a path, bare or after a lead
word from knowledge/catatan_harian.yaml `evidence_leads`): the door attaches that file, or says it is not there."""

import re
from pathlib import Path

from bot import knowledge

_PATH_START = re.compile(r"^(?:~|\.{1,2})?/[^\s/]+/|^(?:~|\.{1,2})/|^[A-Za-z]:[\\/]")


def evidence_path(text: str) -> Path | None:
    """The file a terminal message names as bukti dukung: the whole one-line message is a path, bare or after a lead
    word («bukti: /home/apt/foto/konseling.jpg», knowledge/catatan_harian.yaml evidence_leads). A path is an existing
    file, or text shaped like one («/home/…/x.jpg», «~/x.jpg», «./x.pdf», «C:\\x.jpg»), never a command («/catat …»)."""
    if "\n" in text:
        return None
    rest = text.strip().strip("«»\"'")
    lower = rest.lower()
    for lead in sorted(knowledge.data("catatan_harian")["evidence_leads"], key=len, reverse=True):
        if lower.startswith(lead) and lower[len(lead):len(lead) + 1] in (":", " ", "="):
            rest = rest[len(lead):].lstrip(" :=").strip().strip("«»\"'")
            break
    if not rest:
        return None
    path = Path(rest).expanduser()
    if _PATH_START.match(rest) or (rest.startswith(("/", "~", ".")) and path.is_file()):
        return path
    return None


def evidence_in_line(text: str) -> tuple[str, Path] | None:
    """A line of work that names its bukti dukung at its end, after a lead word («11/2 ANC 12 bumil, bukti:
    /home/bidan/foto/anc.jpg»): (the work, the path shaped as evidence_path reads one); None when the message names no
    file after its work, or is all path."""
    if "\n" in text:
        return None
    for lead in sorted(knowledge.data("catatan_harian")["evidence_leads"], key=len, reverse=True):
        found = re.search(rf"(?:^|[\s,;(])({re.escape(lead)})\s*[:=]?\s*(\S+)\s*\)?$", text, re.IGNORECASE)
        if not found:
            continue
        work = text[:found.start(1)].rstrip(" ,;:(-")
        path = evidence_path(found.group(2))
        if work and path is not None:
            return work, path
    return None


def evidence_after_lead(text: str) -> Path | None:
    """«foto uji cita rasa /home/ahli/bukti/cita_rasa.jpg»: a one-line message that opens with an evidence lead word
    (catatan_harian.yaml evidence_leads) and ends in a path: the file, the words between only describing it (a
    caption, as a Telegram photo has); None otherwise (a line of work naming its file is evidence_in_line's)."""
    if "\n" in text:
        return None
    words = text.strip().split()
    if len(words) < 3:
        return None
    lead = words[0].lower().rstrip(":")
    if lead not in knowledge.data("catatan_harian")["evidence_leads"]:
        return None
    return evidence_path(words[-1])
