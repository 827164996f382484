"""Work asked about as Beyond («saya ada ide dashboard early warning otomatis dari data SKDR, bisa masuk beyond?»):
answered with what a Beyond IKI is and how to write it, the idea kept for the next message, whose count of the idea's
thing («boleh, target 1 dashboard dipakai dinkes se-jatim, bobot 20») is then that Beyond IKI. Words:
knowledge/conversation.yaml beyond_idea."""

import re

from bot import knowledge
from bot.conversation.typed_work import reads_as_iki
from bot.lang.text import PhraseSet, tokens


def _words() -> dict:
    return knowledge.data("conversation")["beyond_idea"]


def asked(text: str) -> str:
    """The idea a short question asks about as Beyond, without its lead-in and the asking clause; "" otherwise."""
    data, words = _words(), tokens(text)
    if not _asks(text, words, data) or "\n" in text or data["jenis_word"] not in words \
            or len(words) > data["most_words"] or not set(data["asks"]) & set(words) or reads_as_iki(text):
        return ""
    clauses = [c.strip() for c in re.split(r"[,;]", text.replace("?", "")) if c.strip()]
    idea = " ".join(c for c in clauses if data["jenis_word"] not in tokens(c))
    lead = PhraseSet(data["lead_ins"]).match_at(tokens(idea), 0)
    if lead:  # the lead-in's words dropped from the front, the idea's own spelling kept
        idea = re.sub(r"^\W*" + r"\W+".join(map(re.escape, lead)) + r"\b\W*", "", idea, flags=re.IGNORECASE)
    openers = set(data["openers"])
    while tokens(idea)[:1] and tokens(idea)[0] in openers:  # «saya mau bikin …»: the thing made, not the making
        idea = re.sub(r"^\W*\w+\W*", "", idea)
    return idea.strip() if len(tokens(idea)) >= 2 else ""


def _asks(text: str, words: list[str], data: dict) -> bool:
    """A «?», or an asking word with a tag that is no filler opening the message («boleh ga sy bikin 1 beyond, …»):
    typed without the «?», the tag asks all the same."""
    intent = knowledge.data("intent")
    return "?" in text or (len(words) > 1 and words[0] in data["asks"] and words[1] in intent["question_tags"]
                           and words[1] not in intent["filler"])


def answer(idea: str) -> str:
    return " ".join(_words()["answer"].split()).format(idea=idea, head=tokens(idea)[0])


def named(idea: str, text: str) -> str:
    """«boleh, target 1 dashboard dipakai dinkes se-jatim, bobot 20» after the idea was answered: the message as a
    Beyond IKI is typed («beyond: 1 <idea> yang dipakai dinkes se-jatim, bobot 20%»), read by one_off.named_iki
    wherever the message goes; "" when it counts nothing the idea names first."""
    head = tokens(idea)[0] if idea else ""
    found = re.search(r"(\d+(?:[.,]\d+)?)\s+" + re.escape(head) + r"\b([^,;]*)", text, re.IGNORECASE) if head else None
    if not found:
        return ""
    condition = found.group(2).strip()
    condition = f" {condition}" if tokens(condition)[:1] == ["yang"] else f" yang {condition}" if condition else ""
    weight = re.search(r"\bbobot(?:nya)?\s+(\d+(?:[.,]\d+)?)\s*%?", text, re.IGNORECASE)
    return f"beyond: {found.group(1)} {idea}{condition}" + (f", bobot {weight.group(1)}%" if weight else "")
