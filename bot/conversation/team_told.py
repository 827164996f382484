"""«anggota sy Rina, Dodi, Sari»: the user's own team named in a message, kept and used where the MPPH's roles are
decided (its roles step lists them, an example by their names, and «bagi rata» in a load split spreads the target over
them), never a member's self-introduction nor work to draft (roles35 #4). Words in conversation.yaml `team_told`."""

import re

from bot import knowledge
from bot.conversation.state import UserState
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.team.member_rows import looks_like_name

_CLAUSE = re.compile(r"(?:^|[,.;]\s*)")  # a head opens the message or a clause after a comma or a full stop


@knowledge.cached
def _words() -> tuple[PhraseSet, frozenset[str], re.Pattern]:
    told = knowledge.data("conversation")["team_told"]
    joins = "|".join(re.escape(j) for j in sorted(told["joins"], key=len, reverse=True))
    return PhraseSet(told["heads"]), frozenset(told["before_names"]), \
        re.compile(rf"\s*(?:,|;|\s(?:{joins})\s)\s*", re.IGNORECASE)


def names_told(message: str) -> list[str]:
    """The names listed after a head naming the user's team, running to the end of the message: «sy kepala ruangan ICU,
    anggota sy Rina, Dodi, Sari» → [Rina, Dodi, Sari]; [] when no such list closes the message (a question, work, a
    name that reads as no name)."""
    if "?" in message or "\n" in message.strip():
        return []
    heads, before, joins = _words()
    for start in (m.end() for m in _CLAUSE.finditer(message)):
        clause = message[start:]
        words = tokens(clause)
        head = heads.match_at(words, 0)
        if not head:
            continue
        rest = _after_words(clause, len(head))
        rest = re.sub(r"^\s*\d+\s*(?:orang|org)?\s*", "", rest.lstrip(":- ")).lstrip(":- ")
        while (first := rest.split(None, 1)) and first[0].lower().strip(":") in before:
            rest = (first[1] if len(first) > 1 else "").lstrip(":- ")
            rest = re.sub(r"^\d+\s*(?:orang|org)?\s*", "", rest).lstrip(":- ")
        names = [n.strip(" .!") for n in joins.split(" " + rest.strip().rstrip(".!")) if n.strip(" .!")]
        if names and all(looks_like_name(n) for n in names):
            return names
    return []


def _after_words(text: str, count: int) -> str:
    """The text after its first `count` words."""
    for _ in range(count):
        text = re.sub(r"^\W*\w+", "", text, count=1)
    return text


def keep(state: UserState, names: list[str]) -> str:
    """The names kept with those told before (each once), and the sentence that says so."""
    state.team_named = list(dict.fromkeys([*state.team_named, *names]))
    return _said("kept", names)


def _said(key: str, names: list[str]) -> str:
    shown = ", ".join(names[:-1]) + f" dan {names[-1]}" if len(names) > 1 else names[0]
    return " ".join(knowledge.data("conversation")["team_told"][key].split()).format(names=shown)


def at_roles(state: UserState, load: bool) -> str:
    """The line under /mpph's roles question naming the team told (how to spread a load split over it); "" with
    none told."""
    if not state.team_named:
        return ""
    return _said("at_roles", state.team_named) + (f" {_said('at_roles_load', state.team_named)}" if load else "")


def spread_evenly(state: UserState, text: str) -> str | None:
    """«bagi rata» at a load split's roles step with a team told: the names, as the line that shares the target
    equally among them («Rina, Dodi, Sari»); None else."""
    if not state.team_named or not phrase_set("conversation", "team_told", "evenly").match_at(tokens(text), 0) \
            or len(tokens(text)) > 4:
        return None
    return ", ".join(state.team_named)
