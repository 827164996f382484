"""The domain thesaurus (knowledge/thesaurus.yaml): abbreviations and synonyms mapped to one canonical form."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bot import knowledge
from bot.lang.text import PhraseSet, tokens


@dataclass(frozen=True)
class Thesaurus:
    phrases: PhraseSet  # every phrase of every group
    canonical: dict[tuple[str, ...], tuple[str, ...]]  # phrase → the group's first phrase

    def _scan(self, words: Sequence[str]) -> Iterator[tuple[tuple[str, ...] | None, str]]:
        """Walk the words: (known phrase, "") where a phrase starts (longest match), else (None, word)."""
        i, starts, match_at = 0, self.phrases.starts, self.phrases.match_at
        while i < len(words):
            phrase = match_at(words, i) if words[i] in starts else None  # most words start no phrase
            yield (phrase, "") if phrase else (None, words[i])
            i += len(phrase) if phrase else 1

    def written_units(self, words: Sequence[str]) -> list[tuple[str, ...]]:
        """The words as written, each known phrase one unit («pengabdian kepada masyarakat»), each other word alone."""
        return [phrase or (word,) for phrase, word in self._scan(words)]

    def canonical_tokens(self, words: Sequence[str]) -> list[str]:
        """Words with every known phrase replaced by its canonical form."""
        starts = self.phrases.starts
        if starts.isdisjoint(words):
            return list(words)  # no known phrase: the words as they are
        # _scan's walk inlined: an audit spells out every distinct IKI text of an export this way.
        out: list[str] = []
        i, count, match_at, canonical = 0, len(words), self.phrases.match_at, self.canonical
        while i < count:
            word = words[i]
            phrase = match_at(words, i) if word in starts else None
            if phrase:
                out.extend(canonical[phrase])
                i += len(phrase)
            else:
                out.append(word)
                i += 1
        return out

    def canonical_units(self, words: Sequence[str]) -> list[tuple[str, ...]]:
        """The words as read: each known phrase as its group's canonical form, each other word alone."""
        return [self.canonical[phrase] if phrase else (word,) for phrase, word in self._scan(words)]

    def weighted_canonical_tokens(self, words: Sequence[str]) -> list[tuple[str, float]]:
        """Canonical words, each with how many written words it counts as when weighing evidence. A known domain
        term counts as its longer spelling: "balita kerdil" → stunting (2), "jee" → joint, external, evaluation
        (1 each). Terms written in one or two letters ("rb", "pk") count as one word: in chat they are as likely
        to mean something else ("50 rb" is fifty thousand)."""
        out: list[tuple[str, float]] = []
        for phrase, word in self._scan(words):
            if not phrase:
                out.append((word, 1.0))
                continue
            head = self.canonical[phrase]
            written = len(" ".join(phrase))
            share = max(len(phrase), len(head)) / len(head) if written > 2 else len(phrase) / len(head)
            out.extend((w, share) for w in head)
        return out

    def expansions(self, words: Sequence[str]) -> list[str]:
        """Canonical forms of the phrases found in the words, for those not already written out."""
        found: list[str] = []
        for phrase, _ in self._scan(words):
            if phrase and self.canonical[phrase] != phrase and " ".join(self.canonical[phrase]) not in found:
                found.append(" ".join(self.canonical[phrase]))
        return found


@knowledge.cached
def thesaurus() -> Thesaurus:
    return build(knowledge.data("thesaurus")["groups"])


def build(groups: list[list[str]]) -> Thesaurus:
    """A thesaurus of these groups, the first phrase of each its canonical form (an earlier group wins a phrase)."""
    canonical: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group in groups:
        head = tuple(tokens(group[0]))
        for phrase in group:
            canonical.setdefault(tuple(tokens(phrase)), head)
    return Thesaurus(PhraseSet(" ".join(p) for p in canonical), canonical)
