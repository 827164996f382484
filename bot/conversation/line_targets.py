"""A target per line of the last list a message gives: «7 itu 95%, 12 itu 80%» pairs, else the values in order, one
per line; «no 3 yang aplikasi itu 95%», a line's number with its own words before the target."""

import re

from bot import knowledge
from bot.lang.text import tokens
from bot.lang.values import Number, numbers_in

_PAIR = re.compile(r"\b(\d{1,2})\s*(?:itu|=|:|→|->|targetnya|target)\s*(?:target(?:nya)?\s*)?(?=[\d±~])", re.IGNORECASE)


def targets_named(text: str, lines: list[int], texts: dict[int, str] | None = None) -> dict[int, Number]:
    """«7 itu 95%, 12 itu 80%, 18 targetnya 67,5 nilai»: a target per list line, for lines already saved. With the
    list's lines (`texts`, by number), a pair naming its line with that line's own words («no 3 yang aplikasi itu
    95%») is one too, and so then is each «no 1 90%» of the same message, saved or not (the caller says which)."""
    if set(tokens(text)) & set(knowledge.data("conversation")["named_targets"]["weight"]):
        return {}  # «bobot 1=15, 2=15» gives weights, never the lines' targets (tester54 #18)
    found = _targets(text, lines, numbers_in(text), pairs_only=True)
    return (_own_word_pairs(text, texts) | found) if texts else found


_OWN_PAIR = re.compile(r"\b(?:no\.?|nomor|nomer|iki|baris)\s*(\d{1,2})(?![\d.,])((?:\s+[^\W\d]+){0,8}?)\s*(?=\d)",
                       re.IGNORECASE)


def _own_word_pairs(text: str, texts: dict[int, str]) -> dict[int, Number]:
    """«target no 1 90%, no 3 yang aplikasi itu 95%»: {} unless a pair has words of the line it names between the
    number and the target; then every «no N» followed by its words (or none) and a target."""
    joins = set(knowledge.data("conversation")["draft_targets"]["own_joins"])
    values = numbers_in(text)
    pairs, own = {}, False
    for match in _OWN_PAIR.finditer(text):
        line, between = int(match.group(1)), tokens(match.group(2))
        value = next((n for n in values if n.start >= match.end()), None)
        if line not in texts or value is None:
            continue
        named = {w.lower() for w in tokens(texts[line])}
        if any(w not in joins and w not in named for w in between):
            return {}  # «no 3 sama 5 masukin»: words that are not that line's, no pair
        own = own or any(w not in joins for w in between)
        pairs[line] = value
    return pairs if own else {}


def _targets(text: str, lines: list[int], values: list[Number], pairs_only: bool = False) -> dict[int, Number]:
    targets: dict[int, Number] = {}
    for match in _PAIR.finditer(text):
        line = int(match.group(1))
        value = next((n for n in values if n.start >= match.end()), None)
        if line in lines and value is not None:
            targets[line] = value
    if targets or pairs_only:
        return targets
    return dict(zip(lines, values)) if len(values) >= len(lines) else {}  # "no 3 sama 5 masukin, 98% sama 95"
