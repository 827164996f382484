"""What an IKI's brackets say, read once for linking and counting: a list of the kinds its word covers («ruang
kritis (IGD, ICU, OK)»), and in each item the names of one thing set side by side («(AV shunt/CDL)», «(SPO atau
IK)»); a bracket of one word and no mark is a name alone («(PM)»). Marks and words in catatan_harian.yaml brackets."""

import re
from dataclasses import dataclass

from bot import knowledge
from bot.year.vocabulary import config


@dataclass(frozen=True)
class Bracket:
    text: str  # what the brackets hold, as written
    items: tuple[str, ...]  # a list's items; one item when it is no list
    names: tuple[str, ...]  # the names of each item, in order: a slash or «atau» sets names of one thing side by side

    @property
    def listed(self) -> bool:
        return len(self.items) > 1

    @property
    def alone(self) -> bool:
        """One word and no list nor alternative: a name the IKI gives alone («(PM)», «(SKILAS)»)."""
        return len(self.names) == 1 and not re.search(r"\s", self.text)


def brackets(text: str) -> list[Bracket]:
    """The brackets of the text, in order (no nesting: «(…(…)…)» reads its inner one)."""
    lists, alternatives = _splitters()
    out = []
    for inside in re.findall(r"\(([^()]*)\)", text):
        items = tuple(i.strip() for i in lists.split(inside) if i.strip())
        names = tuple(n.strip() for item in items for n in alternatives.split(item) if n.strip())
        out.append(Bracket(inside.strip(), items, names))
    return out


@knowledge.cached
def _splitters() -> tuple[re.Pattern, re.Pattern]:
    data = config()["brackets"]
    lists = "|".join(re.escape(m) for m in data["list_marks"])
    alternatives = "|".join(re.escape(m) if not m.isalpha() else rf"\s+{re.escape(m)}\s+"
                            for m in data["alternatives"])
    return re.compile(lists), re.compile(alternatives, re.IGNORECASE)
