"""«ok pake saran pertama, trs simpen yg 1 sm 3 jg» under a list line's suggestions: a pick of a suggestion, then
lines of the list to save, in one message (d22-dev02: «1 sm» was read as the suggestion's target, lines 1 and 3 lost)."""

import re
from dataclasses import replace

from bot import knowledge
from bot.conversation import list_picks
from bot.conversation.plain import typed_suggestion
from bot.conversation.state import UserState
from bot.lang.text import alternation, tokens


@knowledge.cached
def _joins() -> re.Pattern:
    """A comma or a word joining the pick to what follows it (conversation.yaml `pick_then_joins`)."""
    return re.compile(rf",|\b(?:{alternation(knowledge.data('conversation')['pick_then_joins'])})\b", re.IGNORECASE)


def read(state: UserState, message: str) -> tuple[int, list_picks.Picked] | None:
    """The suggestion picked (0-based) by the message's first part and the lines its rest names to save (the pick's
    own line left out: the suggestion takes it); None unless both are said."""
    if not state.candidates or not state.listed:
        return None
    for join in _joins().finditer(message):
        head, tail = message[:join.start()], message[join.end():]
        if not tokens(head) or not tokens(tail):
            continue
        picked = typed_suggestion(state, _without_lead(head))
        lines = list_picks.picked(tail, state.listed) if picked is not None else None
        if lines and not lines.every:
            rest = [n for n in lines.lines if n != state.candidates_line]
            return (picked, replace(lines, lines=rest)) if rest else None
    return None


def _without_lead(head: str) -> str:
    """«ok pake saran pertama» → «pake saran pertama»: an opening nod (conversation.yaml `pick_leads`) dropped, so the
    pick is read as its words say."""
    leads = alternation(knowledge.data("conversation")["pick_leads"])
    return re.sub(rf"^\s*(?:{leads})\b[\s,.!]*", "", head, flags=re.IGNORECASE) or head
