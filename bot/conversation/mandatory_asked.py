"""A question whether any IKI is mandatory («ada yg wajib ga kak?»), naming nothing else: the guidance's answer about
the mandatory IKI, wherever it is typed (`conversation.yaml` `mandatory_asked`)."""

from bot import knowledge
from bot.lang.text import tokens


def asks(text: str) -> bool:
    """«ada yg wajib ga kak?», «iki wajibnya apa aja?»: a mandatory word and nothing but `others` around it."""
    data = knowledge.data("conversation")["mandatory_asked"]
    words = tokens(text)
    return bool(set(words) & set(data["words"])) and set(words) <= set(data["words"]) | set(data["others"])


def query() -> str:
    """The question as the guidance asks it, for /tanya's answer with its source."""
    return knowledge.data("conversation")["mandatory_asked"]["query"]
