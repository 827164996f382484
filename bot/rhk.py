"""Drafts an RHK (hasil + qualifier) from an IKI or from a leader's RHK, the way the seed deck pairs them."""

from functools import lru_cache

import yaml

from bot.rules.analysis import is_activity_verb
from bot.rules.lexicon import lexicon
from bot.settings import get_settings
from bot.text import PhraseSet, clean, sentence, tokens


@lru_cache(maxsize=1)
def _config() -> dict:
    with (get_settings().knowledge_dir / "rhk_qualifiers.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    data["rules"] = [(PhraseSet(r["words"]), r["qualifiers"]) for r in data["rules"]]
    data["present"] = PhraseSet(data["present"])
    return data


def result_phrase(text: str) -> str:
    """The result an IKI or RHK names: count measures, leading verbs and the "yang …" tail taken off.

    A score keeps its measure word, as in the deck: "Nilai penerapan sistem merit aspek … dicapai …".
    """
    words = clean(text).split()
    keys = [w.lower().strip(".,;:") for w in words]
    lex = lexicon()
    measure = lex.measures.match_at(keys, 0)
    i = len(measure) if measure and lex.measure_class[measure] != "score" else 0
    while i < len(keys) and is_activity_verb(keys, i, lex):
        i += 1
    end = keys.index("yang", i) if "yang" in keys[i + 1 :] else len(words)
    return " ".join(words[i:end]).strip(" .,;:")


def qualifier_present(text: str) -> bool:
    return bool(_config()["present"].find(tokens(text)))


def draft_rhk(text: str, n: int = 3) -> list[str]:
    """Up to n RHK wordings; a text that already carries a qualifier comes back first, tidied."""
    config = _config()
    cleaned = clean(text).strip(" .")
    words = tokens(cleaned)
    if not words:
        return []
    if config["present"].find(words):
        return [sentence(cleaned)]
    result = result_phrase(cleaned) or cleaned
    result_words = tokens(result)
    for phrases, qualifiers in config["rules"]:
        if not phrases._by_first or phrases.find(result_words):
            return [sentence(f"{result} {q}") for q in qualifiers][:n]
    return []
