"""A reply that quotes what it answers («> Simpan 4 IKI ini ke draf?» over «👍», as a desktop chat or e-mail habit
writes it): the quoted lines are the question, never the user's words, so only the answer under them is read; a yes
sent as an emoji alone («👍») is read as «ok» (conversation.yaml `quoted`; d21-dev05: the quote was checked as an IKI)."""

from bot import knowledge

MAX_ANSWER_WORDS = 6  # «👍», «iya simpan aja»: an answer under the quote; more is a message of its own


def answer_only(message: str) -> str:
    """The message without its quoted lines (each opening with «>»), when something else is left; a lone yes emoji
    as «ok»; the message itself otherwise."""
    lines = [line for line in message.splitlines() if line.strip()]
    quote = next((i for i, line in enumerate(lines) if not line.lstrip().startswith(">")), len(lines))
    answer = "\n".join(lines[quote:]).strip()
    # the quote leads and a short answer follows («👍», «iya simpan»); «> Persentase …» lines under a header are a list
    if quote and answer and len(answer.split()) <= MAX_ANSWER_WORDS:
        message = answer
    yes = knowledge.data("conversation")["quoted"]["yes_emoji"]
    if message.strip() and all(ch in yes or ch.isspace() or ch in "\ufe0f\u200d" or 0x1F3FB <= ord(ch) <= 0x1F3FF
                               for ch in message.strip()):
        return "ok"
    return message
