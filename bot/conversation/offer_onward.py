"""«lanjut», «ok lanjut», «nah itu. lanjut» under the IKI PRIMA proposed together: the user goes on from the list as
shown, so it is saved (nothing told is lost) and its fields are asked in turn. Words: conversation.yaml
typed_press.resume_prima.verbs and offer_onward."""

from bot import knowledge
from bot.lang.text import tokens


@knowledge.cached
def _words() -> tuple[frozenset[str], frozenset[str], int]:
    data = knowledge.data("conversation")
    onward = data["offer_onward"]
    return frozenset(data["typed_press"]["resume_prima"]["verbs"]), frozenset(onward["beside"]), onward["max_words"]


def goes_on(text: str) -> bool:
    """A short message of going on: a «lanjut» word and only words said beside it («ok», «nah itu», «aja»)."""
    verbs, beside, most = _words()
    words = tokens(text)
    return 0 < len(words) <= most and bool(verbs & set(words)) and all(w in verbs or w in beside for w in words)
