"""Loads the rewrite families from knowledge/rewrite/patterns.yaml."""

from dataclasses import dataclass

from bot import knowledge
from bot.lang.text import PhraseSet
from bot.models import Category


@dataclass(frozen=True)
class Template:
    indikator: str
    satuan: str
    alasan: str


@dataclass(frozen=True)
class Family:
    name: str
    triggers: PhraseSet  # process words, consumed into {process}
    object_heads: PhraseSet  # words that open the object and choose this family (data, karya ilmiah)
    generic: bool  # a kind of work so general that the object's kind decides (menyusun, mengirim)
    templates: list[Template]


@dataclass(frozen=True)
class Patterns:
    rewrite_when: frozenset[Category]
    skip_before_process: frozenset[str]
    object_ends_at: PhraseSet
    drop_words: frozenset[str]
    connectors: frozenset[str]
    families: dict[str, Family]

    def family_of(self, words: list[str], i: int) -> tuple[Family, tuple[str, ...]] | None:
        """The family whose trigger starts at position i (longest trigger wins)."""
        best = None
        for family in self.families.values():
            trigger = family.triggers.match_at(words, i)
            if trigger and (best is None or len(trigger) > len(best[1])):
                best = (family, trigger)
        return best

    def object_family(self, words: list[str], i: int) -> Family | None:
        return next((f for f in self.families.values() if f.object_heads.match_at(words, i)), None)

    def names_work(self, words: list[str], i: int) -> bool:
        return bool(self.family_of(words, i) or self.object_family(words, i))


@knowledge.cached
def patterns() -> Patterns:
    data = knowledge.data("rewrite/patterns")
    return Patterns(
        rewrite_when=frozenset(Category(c) for c in data["rewrite_when"]),
        skip_before_process=frozenset(data["skip_before_process"]),
        object_ends_at=PhraseSet(data["object_ends_at"]),
        drop_words=frozenset(data["drop_words"]),
        connectors=frozenset(data["connectors"]),
        families={
            f["name"]: Family(
                name=f["name"],
                triggers=PhraseSet(f["triggers"]),
                object_heads=PhraseSet(f.get("object_heads", [])),
                generic=f.get("generic", False),
                templates=[Template(**t) for t in f["templates"]],
            )
            for f in data["families"]
        },
    )
