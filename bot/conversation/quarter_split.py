"""A count delivered over the year told per quarter («/ubah 2 triwulan satu di TW II satu lg TW IV» for «2 kajian»):
TW II 1 and TW IV 1, kept as the cumulative targets per quarter (0 · 1 · 1 · 2) (tester56 F19)."""

import re

from bot import knowledge
from bot.lang.dates import quarter_number, quarter_pattern
from bot.lang.numbers import format_number
from bot.lang.values import numbers_in


def _counted(part: str):
    """The numbers of one quarter's words, its «lagi», «juga» left out (conversation.yaml quarter_count_filler)."""
    filler = knowledge.data("conversation")["quarter_count_filler"]
    return numbers_in(re.sub(rf"\b(?:{'|'.join(map(re.escape, filler))})\b", " ", part, flags=re.IGNORECASE))


def split(text: str, total: float) -> list[str] | None:
    """The four cumulative targets (TW I–IV) of a count `total` told as «N di TW x, M di TW y» (or «TW x N, TW y
    M»); None unless two quarters at least are named, each with one number, adding up to `total`."""
    marks = list(quarter_pattern().finditer(text))
    if len(marks) < 2:
        return None
    before = [text[(marks[i - 1].end() if i else 0):mark.start()] for i, mark in enumerate(marks)]
    after = [text[mark.end():(marks[i + 1].start() if i + 1 < len(marks) else len(text))] for i, mark in enumerate(marks)]
    for parts in (before, after):
        counts = [_counted(part) for part in parts]
        if all(len(found) == 1 for found in counts) and abs(sum(f[0].value for f in counts) - total) < 1e-9:
            each = [0.0] * 4
            for mark, found in zip(marks, counts):
                quarter = quarter_number(mark.group(1))
                if quarter is None:
                    return None
                each[quarter - 1] += found[0].value
            running, kept = 0.0, []
            for value in each:
                running += value
                kept.append(format_number(running))
            return kept
    return None

