"""Whether an SKP draft can go into e-Kinerja as it is: no finding of the rules that must be fixed, and every IKI
with the fields the form asks (a target, its jenis, a bobot above 0). One that cannot is exported marked DRAF."""

from bot.models import IkiDraft, SkpDraft, SkpResult


def missing_fields(iki: IkiDraft) -> list[str]:
    """The form's fields this IKI still lacks, by their names on the form («target», «jenis», «bobot»)."""
    missing = []
    if iki.target is None or not str(iki.target).strip():
        missing.append("target")
    if iki.jenis is None:
        missing.append("jenis")
    if not iki.bobot:  # none, or 0%: the IKI would not count in the SKP
        missing.append("bobot")
    return missing


def incomplete(skp: SkpDraft) -> list[tuple[int, list[str]]]:
    """(IKI number, its missing fields) for each IKI lacking a field of the form."""
    return [(number, missing) for number, iki in enumerate(skp.iki, start=1) if (missing := missing_fields(iki))]


def gaps(skp: SkpDraft) -> list[str]:
    """«IKI 10 belum punya target, bobot» for each IKI lacking a field of the form."""
    return [f"IKI {number} belum punya {', '.join(missing)}" for number, missing in incomplete(skp)]


def ready(skp: SkpDraft, result: SkpResult) -> bool:
    """No finding that must be fixed and no field of the form left empty."""
    return not result.has_error and not incomplete(skp)
