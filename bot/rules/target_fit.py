"""Whether a typed target fits the IKI's measure, and the question asked back when it does not (issues 16, 18).

One rule for every place a target is typed (PRIMA, «Simpan ke draf», /ubah N target, a line with its target): a
Persentase over 100 or with a count unit («160 SK»), or a «%» on a Jumlah, is never stored as typed."""

from bot.lang.numbers import format_number
from bot.models import IkiDraft
from bot.rules.analysis import analyse


def _measure_name(measure: tuple[str, ...] | None, fallback: str) -> str:
    return " ".join(measure).capitalize() if measure else fallback


def target_misfit(draft: IkiDraft, target: str) -> str | None:
    """The question asked back when `target` cannot be the target of `draft`'s measure; None when it fits (or is
    no number: IKI-TARGET speaks of that)."""
    a = analyse(draft.model_copy(update={"target": target}))
    t = a.target
    if t is None:
        return None
    value = f"{t.bound or ''}{format_number(t.value)}"
    typed = target.strip()
    if a.measure_class == "percent" and (t.value > 100 or (t.unit and not t.is_percent)):
        measure = _measure_name(a.measure, "Persentase")
        return (f"{measure} tidak bisa {typed}: IKI ini diukur dalam persen (0–100). Maksudnya {value}"
                f"{' ' + t.unit if t.unit and not t.is_percent else ''} sebagai Jumlah (ubah kalimatnya menjadi "
                "«Jumlah …»), atau berapa persen? Tulis targetnya dalam persen, misalnya 95%.")
    if a.measure_class == "count" and t.is_percent:
        measure = _measure_name(a.measure, "Jumlah")
        return (f"{measure} tidak bisa {typed}: IKI ini menghitung banyaknya, bukan persen. Maksudnya {value} "
                "(banyaknya), atau ukurannya Persentase (ubah kalimatnya menjadi «Persentase …»)? Tulis targetnya "
                "sebagai angka, misalnya 12.")
    return None
