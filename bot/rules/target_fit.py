"""Whether a typed target fits the IKI's measure, and the question asked back when it does not (issues 16, 18).

One rule for every place a target is typed (PRIMA, «Simpan ke draf», /ubah N target, a line with its target): a
Persentase over 100 or with a count unit («160 SK»), or a «%» on a Jumlah, is never stored as typed. The conditions
are the rule catalog's own (IKI-UNIT-PERCENT, IKI-UNIT-COUNT in iki_rules); this module only words the question."""

from bot.lang.numbers import format_number
from bot.models import IkiDraft
from bot.rules.analysis import analyse
from bot.rules.iki_rules import PERCENT_CEILING, count_target_is_percent, percent_target_problem


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
    if percent_target_problem(a):
        measure = _measure_name(a.measure, "Persentase")
        return (f"{measure} tidak bisa {typed}: IKI ini diukur dalam persen (0–{PERCENT_CEILING}). Maksudnya {value}"
                f"{' ' + t.unit if t.unit and not t.is_percent else ''} sebagai Jumlah (ubah kalimatnya menjadi "
                "«Jumlah …»), atau berapa persen? Tulis targetnya dalam persen, misalnya 95%.")
    if count_target_is_percent(a):
        measure = _measure_name(a.measure, "Jumlah")
        return (f"{measure} tidak bisa {typed}: IKI ini menghitung banyaknya, bukan persen. Maksudnya {value} "
                "(banyaknya), atau ukurannya Persentase (ubah kalimatnya menjadi «Persentase …»)? Tulis targetnya "
                "sebagai angka, misalnya 12.")
    return None


def score_read_note(draft: IkiDraft, target: str) -> str:
    """« (… dibaca …)» when a «%» is typed for a Nilai/Indeks IKI: it is kept as the score's number, and said so the
    user can give the scale's own value instead («yg 2 tujuh puluh persen» on an Indeks kepuasan)."""
    a = analyse(draft.model_copy(update={"target": target}))
    if a.measure_class != "score" or a.target is None or not a.target.is_percent:
        return ""
    return (f" («{target.strip()}» saya baca sebagai nilai {format_number(a.target.value)}, sebab IKI ini diukur dengan "
            "nilai/indeks, bukan persen; bila skalanya lain, tulis lagi nilainya)")
