"""The domain thesaurus (knowledge/thesaurus.yaml): abbreviations and synonyms mapped to one canonical form."""

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import yaml

from bot.settings import get_settings
from bot.text import PhraseSet, tokens


@dataclass(frozen=True)
class Thesaurus:
    phrases: PhraseSet  # every phrase of every group
    canonical: dict[tuple[str, ...], tuple[str, ...]]  # phrase → the group's first phrase

    def canonical_tokens(self, words: Sequence[str]) -> list[str]:
        """Words with every known phrase replaced by its canonical form (longest match first)."""
        out: list[str] = []
        i = 0
        while i < len(words):
            phrase = self.phrases.match_at(words, i)
            if phrase:
                out.extend(self.canonical[phrase])
                i += len(phrase)
            else:
                out.append(words[i])
                i += 1
        return out

    def expansions(self, words: Sequence[str]) -> list[str]:
        """Canonical forms of the phrases found in the words, for those not already written out."""
        found: list[str] = []
        i = 0
        while i < len(words):
            phrase = self.phrases.match_at(words, i)
            if phrase:
                canonical = self.canonical[phrase]
                if canonical != phrase and " ".join(canonical) not in found:
                    found.append(" ".join(canonical))
                i += len(phrase)
            else:
                i += 1
        return found


@lru_cache(maxsize=1)
def thesaurus() -> Thesaurus:
    with (get_settings().knowledge_dir / "thesaurus.yaml").open(encoding="utf-8") as handle:
        groups = yaml.safe_load(handle)["groups"]
    canonical: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group in groups:
        head = tuple(tokens(group[0]))
        for phrase in group:
            canonical.setdefault(tuple(tokens(phrase)), head)
    return Thesaurus(PhraseSet(" ".join(p) for p in canonical), canonical)
