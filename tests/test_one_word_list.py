"""Word lists read once: where two readers share a list, a word added to it reaches both."""

from bot import knowledge
from bot.retrieval.claims import claim


def test_a_claim_drops_the_asker_told_in_any_word_a_self_introduction_opens_with():
    """«sya katim, …»: claims read intent.yaml's self-introduction words, the ones the chat greets by."""
    selves = knowledge.data("intent")["requests"]["introduce_leader"]["self"]
    assert {"sya", "gua", "kami"} <= set(selves)
    for self_word in selves:
        assert claim(f"{self_word} katim, bobot CL 50% ya?") == ["bobot", "cl", "50"]
