"""«maksudnya sy kirim 7 baris kak, kok jadi satu»: the user says lines they pasted were read as one. Told how to send
them so each line is checked (one IKI per line; rows from e-Kinerja with their labels are read too), never answered
from the guidance as a question (tester57 F8: «di luar pedoman»). Words in conversation.yaml `lines_merged`."""

from bot import knowledge
from bot.conversation.replies import Reply
from bot.lang.text import PhraseSet, tokens


def reply(message: str) -> list[Reply] | None:
    """The way to send the lines again, or None when the message says no such thing."""
    data = knowledge.data("conversation")["lines_merged"]
    words = tokens(message)
    if len(words) > data["most_words"] or not set(words) & set(data["nouns"]) \
            or PhraseSet(data["merged"]).find(words) is None:
        return None
    return [Reply(" ".join(data["reply"].split()))]
