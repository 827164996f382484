"""A part of a whole told toward the percentage IKI whose measure it names, when the line's words lean to another
IKI that only mentions that measure in passing."""

from bot.models import SkpDraft
from bot.skp.rhk import result_parts
from bot.year.entry_dates import When
from bot.year.entry_numbers import reported_rate
from bot.year.line import Line
from bot.year.terms import text_terms


def measured_elsewhere(ln: Line, w: When, skp: SkpDraft, words: list[str], found: list[float], top: int) -> int | None:
    """«audit kebersihan tangan …, 46 observasi, patuh 41» beside «Persentase rekomendasi hasil audit kepatuhan cuci
    tangan petugas yang ditindaklanjuti» and «Persentase kepatuhan kebersihan tangan petugas»: the line names nothing
    the best IKI measures (the head of its result, rekomendasi, nor what becomes of it, ditindaklanjuti), while its
    part of a whole reads as the figure of another IKI it matches, whose head it names (kepatuhan): the words are
    both IKI's, the figure the other's, so the question offers that one first (tester58 F5). None otherwise."""
    named = set(words)

    def measure(index: int) -> tuple[list[str], list[str]]:
        subject, predicate = result_parts(skp.iki[index].indikator)
        return text_terms(subject)[:1], text_terms(predicate)

    head, become = measure(top)
    if not head or head[0] in named or set(become) & named:
        return None
    rivals = [j for j, score in enumerate(found) if j != top and score > 0 and measure(j)[0] and
              measure(j)[0][0] in named and reported_rate(ln, w, skp.iki[j]) is not None]
    return max(rivals, key=lambda j: found[j]) if rivals else None
