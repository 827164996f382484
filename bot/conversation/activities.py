"""Step R's strategies cut into the activities they name ("monitoring realisasi tiap bulan sama percepatan revisi
DIPA" → two), so step M can offer each as an output-based starting point. Words: knowledge/conversation.yaml."""

import re

from bot import knowledge
from bot.lang.text import PhraseSet, tokens


@knowledge.cached
def _config() -> tuple[re.Pattern, PhraseSet]:
    data = knowledge.data("conversation")
    joins = "|".join(re.escape(w) for w in data["activity_joins"])
    return re.compile(rf"\s+(?:{joins})\s+", re.IGNORECASE), PhraseSet(data["activity_lead"] + data["activity_joins"])


def activities(strategies: str) -> list[str]:
    joins, lead = _config()
    found = []
    for piece in re.split(r"[\n;,.:]+", strategies):
        for part in _split_all(piece, joins):
            words = part.split()
            while words and lead.match_at(tokens(words[0]), 0):
                words = words[1:]
            while words and lead.match_at(tokens(words[-1]), 0):
                words = words[:-1]
            if len(words) >= 2:
                found.append(" ".join(words))
    return found


def _split_all(piece: str, joins: re.Pattern) -> list[str]:
    """Cut at every join word with at least two words on each side."""
    parts, start = [], 0
    for match in joins.finditer(piece):
        left, right = piece[start: match.start()], piece[match.end():]
        if len(tokens(left)) >= 2 and len(tokens(right)) >= 2:
            parts.append(left)
            start = match.end()
    return parts + [piece[start:]]


def without_lead(text: str) -> str:
    """«sama keluhan pelanggan lab, yg ditindaklanjuti» → «keluhan pelanggan lab, yg ditindaklanjuti»: the words that
    introduce or join a piece of work taken off its front."""
    words = text.split()
    lead = _config()[1]
    while words and lead.match_at(tokens(words[0]), 0):
        words = words[1:]
    return " ".join(words)
