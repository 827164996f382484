"""Targets typed per quarter in one message: «TW II 60 TW III 100», «kuartal ketiga 40% akhir tahun 70%», «TW 1 nya
40, triwulan 2 60, Q3 75, kuartal keempat 90» (d20-dev06/07/08: read as one target, the first value, or not at all):
each quarter named with the value after it, and the year's own target after a year-end word (numbers.yaml
`quarter_words`, `quarter_ordinals`, `year_end`)."""

import re
from dataclasses import dataclass

from bot import knowledge
from bot.lang.dates import quarter_number, quarter_pattern
from bot.lang.text import alternation
from bot.lang.values import Number, numbers_in


@dataclass(frozen=True)
class QuarterValues:
    by_quarter: dict[int, Number]  # 1–4
    year: Number | None  # «akhir tahun 70%»

    @property
    def target(self) -> Number:
        """The year's target: as typed, else the value of the last quarter named (reached by then)."""
        return self.year or self.by_quarter[max(self.by_quarter)]

    def trajectory(self) -> list[str | None]:
        """TW I–IV as the IKI keeps them (`IkiDraft.target_triwulan`), a quarter not named None, TW IV the year's."""
        values = [self.by_quarter[q].text if q in self.by_quarter else None for q in range(1, 5)]
        if values[3] is None:
            values[3] = self.target.text
        return values


@knowledge.cached
def _year_end() -> re.Pattern:
    """The year's own target named («akhir tahun», numbers.yaml year_end); quarters are read by
    bot.lang.dates.quarter_pattern, the one quarter reader."""
    return re.compile(rf"\b(?:{alternation(knowledge.data('numbers')['year_end'])})\b(?:\s*nya)?", re.IGNORECASE)


def quarter_values(text: str) -> QuarterValues | None:
    """The quarters named in the text, each with the first value after it (before the next quarter or year word), and
    the year's target; None unless two quarters have values, or one has and the year's target is typed too."""
    marks = sorted([(m.start(), m.end(), quarter_number(m.group(1))) for m in quarter_pattern().finditer(text)]
                   + [(m.start(), m.end(), 0) for m in _year_end().finditer(text)])
    by_quarter: dict[int, Number] = {}
    year_value = None
    for i, (_, end, which) in enumerate(marks):
        upto = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        values = numbers_in(text[end:upto])
        if not values or which is None:
            continue
        if which == 0:
            year_value = values[0]
        elif which not in by_quarter:
            by_quarter[which] = values[0]
    if len(by_quarter) >= 2 or (by_quarter and year_value is not None):
        return QuarterValues(by_quarter, year_value)
    return None
