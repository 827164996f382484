"""Indicator codes written in free text ("ikk5.1.1", "apa itu IKP 19.1?") and where a code sits in the cascade."""

import re

from bot import knowledge
from bot.knowledge import policy


def levels() -> tuple[str, ...]:
    """The Renstra levels, top-down (knowledge/rules/policy.yaml `renstra`)."""
    return tuple(policy().renstra.levels)


@knowledge.cached
def _code() -> re.Pattern:
    """A whole code as the catalog writes it: the level, one space, as many numbers as that level carries."""
    forms = [rf"{level} \d+" + r"\.\d+" * (depth - 1) for level, depths in policy().renstra.levels.items() for depth in depths]
    return re.compile(rf"^(?:{'|'.join(forms)})$")


@knowledge.cached
def _code_in_text() -> re.Pattern:
    """A level word followed by its number, in any case, with or without the space: "IKK 5.1.1", "ikk5.1.1"."""
    deepest = max(d for depths in policy().renstra.levels.values() for d in depths)
    return re.compile(rf"(?<![A-Za-z])({'|'.join(levels())})\s*[-:]?\s*(\d{{1,3}}(?:\.\d{{1,3}}){{0,{deepest - 1}}})(?![\d])",
                      re.IGNORECASE)


def is_code(code: str) -> bool:
    return bool(_code().match(code))


def codes_in(text: str) -> list[str]:
    """Every indicator code in the text, normalised ("IKK 5.1.1"), in order, without repeats."""
    found: list[str] = []
    for level, number in _code_in_text().findall(text):
        code = f"{level.upper()} {number.rstrip('.')}"
        if code not in found:
            found.append(code)
    return found


def without_codes(text: str) -> str:
    """The text with its codes taken out: what is left may still say what the user looks for."""
    return " ".join(_code_in_text().sub(" ", text).split())


_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{1,3}){1,3})(?![\w,]|\.\d)")


def bare_numbers(text: str) -> list[str]:
    """Dotted numbers written without a level word ("33.3.1"), in order: maybe a code's number."""
    return list(dict.fromkeys(_NUMBER.findall(text)))


def implied_parents(code: str) -> list[str]:
    """Codes above this one by numbering alone, nearest first: IKK 5.1.9 → IKP 5.1, ISS 5.

    The catalog's parent column is the truth when a row exists; this serves codes it does not hold yet.
    """
    parts = code.partition(" ")[2].split(".")
    # The main chain has one depth per level; at a depth two levels share (IT and ISS), the lower one numbers on.
    chain = {depths[0]: level for level, depths in policy().renstra.levels.items() if len(depths) == 1}
    return [f"{chain[depth]} {'.'.join(parts[:depth])}" for depth in range(len(parts) - 1, 0, -1) if depth in chain]


def code_of_depth(number: str, level: str | None = None) -> str | None:
    """«5.2» → «IKP 5.2», «5.2.9» → «IKK 5.2.9»: the code a bare number names, at the level given or else the one
    level of the main chain with that many numbers; None when that makes no code."""
    depth = number.count(".") + 1
    chain = {depths[0]: name for name, depths in policy().renstra.levels.items() if len(depths) == 1}
    code = f"{level or chain.get(depth, '')} {number}"
    return code if is_code(code) else None


def number_prefix(code: str) -> str:
    """"IKK 5.1.9" → "5.1": codes sharing it (and the level) are siblings."""
    number = code.partition(" ")[2]
    return number.rpartition(".")[0]
