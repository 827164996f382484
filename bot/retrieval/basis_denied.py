"""A thing asked to be done without what the answer says it rests on: «rencana aksi boleh disusun bebas tanpa mengacu
pada RHK?» against «setiap rencana aksi disusun berdasarkan RHK»: «Tidak.» (search.yaml `answers.yesno.basis`)."""

from bot.lang.text import phrase_set, tokens
from bot.lang.words import stem
from bot.retrieval.glossary import skipped_words
from bot.retrieval.normalize import search_config


def basis_lead(question: str, answer: str) -> str:
    """«Tidak.» when the question asks leave to do without something (a `without` phrase, then that thing within
    `within` words) and the answer says the thing is done on it (a `rests_on` word, no negation just before it, then the
    thing within `within` words); "" otherwise, and for a permission the question denies itself («SKP ga bisa diubah
    tanpa dialog kan?» agrees with the rule)."""
    config = search_config()["answers"]["yesno"]
    basis = config["basis"]
    words = tokens(question)
    negations, allowed = set(config["negations"]), set(config["predicates"]["boleh"])
    if any(w in allowed and i and words[i - 1] in negations for i, w in enumerate(words)):
        return ""
    without = phrase_set("search", "answers", "yesno", "basis", "without")
    skipped = skipped_words()
    wanted = set()
    for i in range(len(words)):
        found = without.match_at(words, i)
        if found:
            after = words[i + len(found):i + len(found) + basis["within"]]
            wanted |= {stem(w) for w in after if w not in skipped and len(w) > 2}
    if not wanted:
        return ""
    said = tokens(answer)
    on = phrase_set("search", "answers", "yesno", "basis", "rests_on")
    for i in range(len(said)):
        found = on.match_at(said, i)
        if not found or i and said[i - 1] in negations:
            continue
        rest = said[i + len(found):i + len(found) + basis["within"]]
        if wanted & {stem(w) for w in rest}:
            return config["lead"]["tidak"]
    return ""
