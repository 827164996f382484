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


def evidence_described(text: str) -> tuple[str, Path] | None:
    """«ini bukti yg SK pensiun kmrn kamis /home/…/sk.pdf», «bukti c4: /home/…/sk.pdf»: a one-line message ending in a
    path, with an evidence lead word (catatan_harian.yaml evidence_leads) among the words before it: (those words, a
    caption naming or describing the entry the file is for, the path); None otherwise (tester21b #10: it was kept as a
    new entry, and «c4» was not read)."""
    if "\n" in text:
        return None
    words = text.strip().split()
    if len(words) < 2:
        return None
    path = evidence_path(words[-1])
    caption = " ".join(words[:-1])
    return (caption, path) if path is not None and describes_evidence(caption) else None


def describes_evidence(caption: str) -> bool:
    """Words that describe a file as bukti rather than tell work: an evidence lead first («foto uji cita rasa»), or a
    word calling it bukti anywhere («ini bukti yg SK …», «bukti c4»; catatan_harian.yaml evidence_named)."""
    data = knowledge.data("catatan_harian")
    words = [w.lower().strip(":=,") for w in caption.split()]
    return bool(words) and (words[0] in data["evidence_leads"] or bool(set(words) & set(data["evidence_named"])))
