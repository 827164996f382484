"""How the year's arithmetic reads an IKI's measure. One written in English («Number of applications migrated …»)
is read through the Indonesian measure word its opener stands for (the English lexicon's openers,
knowledge/rewrite/english.yaml), so its logbook quantities still sum toward it; the rules flag the language itself."""

import re

from bot.lang.english import english_measure
from bot.lang.words import is_indonesian_word
from bot.models import IkiDraft
from bot.rules.measures import Trend, trend_of

_PARTICIPLE = re.compile(r"[a-z]{3,}ed")  # «migrated», «closed»


def as_indonesian(iki: IkiDraft) -> IkiDraft:
    """The IKI with an English measure opener put in Indonesian («Number of applications …» → «Jumlah
    applications yang migrated …»); any other IKI as it is."""
    words = iki.indikator.split()
    found = english_measure([w.lower() for w in words])
    if not found:
        return iki
    length, measure = found
    rest = words[length:]
    # «applications migrated to …»: the English participle starts the condition, as «yang» does in Indonesian
    cut = next((i for i, w in enumerate(rest) if i and _PARTICIPLE.fullmatch(w.lower()) and not is_indonesian_word(w.lower())),
               None)
    if cut is not None:
        rest = rest[:cut] + ["yang"] + rest[cut:]
    return iki.model_copy(update={"indikator": " ".join([measure] + rest)})


def measure_trend(iki: IkiDraft) -> Trend:
    """trend_of, reading an English measure opener as its Indonesian word."""
    return trend_of(as_indonesian(iki))
