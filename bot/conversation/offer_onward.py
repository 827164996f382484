"""«ok lanjut», «nah itu. lanjut» under the IKI PRIMA proposed together, or a bare «lanjut» once targets were told for
them: the user goes on from the list as shown, so it is saved (nothing told is lost) and its fields are asked in turn.
A bare «lanjut» before anything was told for the list moves on without it (d3-bendahara01 pasted their own next).
Words: conversation.yaml typed_press.resume_prima.verbs and offer_onward."""

from bot import knowledge
from bot.lang.text import tokens


@knowledge.cached
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    data = knowledge.data("conversation")
    onward = data["offer_onward"]
    return (frozenset(data["typed_press"]["resume_prima"]["verbs"]), frozenset(onward["affirm"]),
            frozenset(onward["beside"]), onward["max_words"])


def goes_on(text: str, told: bool) -> bool:
    """A short message of going on: a «lanjut» word and only words said beside it, with a word taking the list
    («ok», «nah itu») or after targets were told for it (`told`)."""
    verbs, affirm, beside, most = _words()
    words = tokens(text)
    if not 0 < len(words) <= most or not verbs & set(words) or any(w not in verbs | affirm | beside for w in words):
        return False
    return told or bool(affirm & set(words))
