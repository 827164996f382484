"""Whether an SKP draft can go into e-Kinerja as it is: no finding of the rules that must be fixed, and every IKI
with the fields the form asks (a target, its jenis, a bobot above 0). One that cannot is exported marked DRAF."""

from bot.lang.numbers import parse_target
from bot.models import IkiDraft, SkpDraft, SkpResult
from bot.rules.analysis import measure_satuan
from bot.rules.lexicon import satuan_problem

_PERCENT_WORDS = ("%", "persen", "persentase", "percent")


def satuan_of(iki: IkiDraft) -> str:
    """The form's Satuan: the one set, else the target's unit, else the one a score's measure word names («Nilai …» →
    Nilai, «Indeks …» → Indeks: lexicon `measures.score_satuan`); "" when none is known."""
    target = parse_target(iki.target)
    stored = iki.satuan if iki.satuan and satuan_problem(iki.satuan) is None else None  # «92» kept before: none
    satuan = stored or (target.unit if target else None) or ""
    if not satuan.strip() and target is not None:
        satuan = measure_satuan(iki) or ""
    if satuan.strip().lower() in _PERCENT_WORDS:
        return "%"
    return satuan[:1].upper() + satuan[1:] if satuan.islower() else satuan  # "hari kerja" → "Hari kerja", as e-Kinerja


def missing_fields(iki: IkiDraft) -> list[str]:
    """The form's fields this IKI still lacks, by their names on the form («target», «satuan», «jenis», «bobot»)."""
    missing = []
    if iki.target is None or not str(iki.target).strip():
        missing.append("target")
    elif parse_target(iki.target) is not None and not satuan_of(iki):  # a text target («WTP») names its own
        missing.append("satuan")
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
