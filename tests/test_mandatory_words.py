"""One bound for a message or clause naming the mandatory IKI: the chat's reading of a typed IP ASN and the weights
reader's clauses share mandatory_typed.MANDATORY_WORDS."""

from bot.conversation import draft_weights, mandatory_typed
from bot.conversation.mandatory_typed import MANDATORY_WORDS, names_mandatory


def _said(words: int) -> str:
    text = ["masukin", "IP", "ASN", "MI", "5"] + ["ya", "kak", "dong", "plis", "deh", "sekalian"]
    return " ".join(text[:words])


def test_a_message_up_to_the_bound_names_the_mandatory_iki_and_one_past_it_does_not():
    assert names_mandatory(_said(MANDATORY_WORDS))
    assert not names_mandatory(_said(MANDATORY_WORDS + 1))


def test_the_weights_reader_reads_its_clauses_by_the_same_bound():
    assert draft_weights.MANDATORY_WORDS is mandatory_typed.MANDATORY_WORDS
