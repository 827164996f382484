"""The SKP document's frame, shared by the XLSX export and the dialog pack: title, period, the employee's identity
and the signature block (words and order in knowledge/skp_form.yaml)."""

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
    return rows + [(label, getattr(pegawai, field) or MISSING) for label, field in _form()["identitas"]]


def signatures(pegawai: Pegawai) -> list[tuple[str, str, str]]:
    """(who signs, name, NIP line) for the employee and the leader who rates them."""
    words = _form()["tanda_tangan"]
    return [(words["pegawai"], pegawai.nama or MISSING, f"NIP {pegawai.nip}" if pegawai.nip else "NIP " + MISSING),
            (words["atasan"], pegawai.atasan or MISSING, "NIP " + (pegawai.nip_atasan or MISSING))]
