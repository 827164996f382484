"""The SKP document's frame, shared by the XLSX export and the dialog pack: title, period, the employee's identity
and the signature block (words and order in knowledge/skp_form.yaml)."""

import re

from bot import knowledge
from bot.models import Pegawai

MISSING = "…"  # a field /profil has not filled: a blank to write in, never a guess


@knowledge.cached
def _form() -> dict:
    return knowledge.data("skp_form")


def title() -> str:
    return _form()["judul"]


def period() -> str:
    return _form()["periode"]


def identity(pegawai: Pegawai) -> list[tuple[str, str]]:
    """(label, value) top to bottom, the period first; a field not filled shows as a blank."""
    rows = [("Periode penilaian", period())]
    return rows + [(pegawai.nip_label if field == "nip" else label, getattr(pegawai, field) or MISSING)
                   for label, field in _form()["identitas"]]


def signatures(pegawai: Pegawai) -> list[tuple[str, str, str, str]]:
    """(who signs, jabatan, name, NIP line) for the employee and the leader who rates them: the atasan as /profil
    keeps it («kepala ruangan, Ns. Sari») read into its jabatan and its name (atasan_parts), a part not known left
    blank to write in (the jabatan line empty)."""
    words = _form()["tanda_tangan"]
    jabatan, name = atasan_parts(pegawai.atasan)
    return [(words["pegawai"], pegawai.jabatan, pegawai.nama or MISSING,
             f"{pegawai.nip_label} {pegawai.nip or MISSING}"),
            (words["atasan"], jabatan, name or MISSING, "NIP " + (pegawai.nip_atasan or MISSING))]


def opens_with_jabatan(text: str) -> bool:
    """The text opens with a word of skp_form.yaml jabatan_words («ketua tim», «kepala balai»): a person's post."""
    words = text.split()
    return bool(words) and words[0].lower().rstrip(".") in set(_form()["jabatan_words"])


def atasan_parts(text: str) -> tuple[str, str]:
    """(jabatan, name) of the atasan as typed: «Kepala Instalasi Lab Kesmas, dr. Andi Syamsul», «Ns. Sari (kepala
    ruangan)», «Direktur Imunisasi» (a jabatan only), «Ns. Sari» (a name only). A part is the jabatan when it opens
    with a word of skp_form.yaml jabatan_words; a jabatan typed in lower case is written with capitals."""
    parts = [p.strip(" ,;-–—") for p in re.split(r"[,;()]|\s[-–—]\s", text) if p.strip(" ,;-–—")]
    jabatan = [p for p in parts if opens_with_jabatan(p)]
    names = [p for p in parts if p not in jabatan]
    if len(jabatan) > 1 or len(names) > 1:  # not read with confidence: as typed, on the name line
        return "", text.strip()
    title = jabatan[0] if jabatan else ""
    return (title.title() if title.islower() else title[:1].upper() + title[1:]), (names[0] if names else "")
