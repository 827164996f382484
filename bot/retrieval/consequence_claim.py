"""A consequence claimed of a case («kalo target ga tercapai bisa kena teguran ya?») held against the case the answer
gives that consequence under («… konsekuensi negatifnya teguran … bila ekspektasi tidak terpenuhi»)."""


from bot.lang.text import passage_sentences, tokens
from bot.lang.words import read_root
from bot.retrieval.glossary import skipped_words
from bot.retrieval.normalize import search_config


def consequence_lead(claim_words: list[str], answer: str) -> str:
    """«Ya.» when every clause of the answer naming what the claim says follows (the words after a
    `claim.consequence_verbs` word: «kena teguran») gives it under a case that fails or holds as the claim's
    condition does (a negation in the condition: «bila tidak tercapai»); «Tidak.» when every one gives it under the
    other case («penghargaan … bila ekspektasi terpenuhi» against «kalo target ga tercapai»); "" otherwise."""
    config = search_config()["answers"]["yesno"]
    conditions = set(config["claim"]["case_openers"])
    negations, verbs = set(config["negations"]), set(config["claim"]["consequence_verbs"])
    at = next((i for i, w in enumerate(claim_words) if w in conditions), None)
    verb = next((i for i, w in enumerate(claim_words) if w in verbs and at is not None and i > at), None)
    if verb is None:
        return ""
    fails = bool(set(claim_words[at:verb]) & negations)
    follows = {read_root(w) for w in claim_words[verb + 1:] if w not in skipped_words()}
    if not follows:
        return ""
    cases = []
    for clause in passage_sentences(answer):
        words = tokens(clause)
        if not follows <= {read_root(w) for w in words}:
            continue
        opens = next((i for i, w in enumerate(words) if w in conditions), None)
        if opens is None:
            return ""  # a consequence given under no case says nothing of this one
        cases.append(bool(set(words[opens:]) & negations))
    if not cases or len(set(cases)) > 1:
        return ""
    return config["lead"]["ya" if cases[0] == fails else "tidak"]
