"""A polite opening message («Assalamualaikum, selamat pagi kak. Perkenalkan sy Nurul, perawat PPPK di puskesmas …
mau minta tolong dibantu susun IKI … terima kasih sebelumnya 🙏», «halo kak, sy perawat, mau tanya2 soal IKI boleh?»):
every clause a greeting, thanks, an apology, a self-introduction, a request for help with the IKI naming no work, or
leave asked to ask. Greeted back with the ways in (paste / tell your work / /prima / /tanya), never drafted from as
work nor sent to the guidance as a question (tester57 F10). Words in intent.yaml `polite_opening`."""

import re

from bot.conversation.commands import WAYS_IN
from bot.conversation.intent import _config, request_in, small_talk
from bot.conversation.replies import Reply
from bot.lang.text import said_once, tokens

_CLAUSES = re.compile(r"[.,;!?\n]+")


def reply(message: str, new: bool) -> list[Reply] | None:
    """The greeting back and what to do next, or None when a clause of the message says anything else (work, an IKI,
    a question of its own). `new`: the user has no draft yet, so the ways in are named."""
    kinds = [_kind(clause) for clause in _CLAUSES.split(message) if tokens(clause)]
    if not kinds or None in kinds or not {"request", "ask"} & set(kinds):
        return None
    if len(kinds) == 1 and kinds == ["request"]:
        return None  # «mau minta tolong dibantu susun IKI» alone: the draft request's own reply
    words = _words()
    hello = words["salam_back"] if "salam" in kinds else words["hello"]
    hello += words["introduced"] if "intro" in kinds else ""
    asked = words["ask"] if "ask" in kinds and "request" not in kinds else ""
    ways = WAYS_IN if new or "request" in kinds else ""
    return [Reply("\n\n".join(part.strip() for part in (f"{hello} {asked}", ways) if part.strip()))]


def _kind(clause: str) -> str | None:
    """What one clause does: salam, greeting, intro, request, ask; None when it says something else."""
    words = [said_once(word) for word in tokens(clause)]  # «tanya2»
    data, said = _words(), " ".join(words)
    if small_talk(clause):
        return "salam" if _config()["kinds"]["salam"].match_at(words, 0) else "greeting"
    if any(said == phrase or said.startswith(phrase + " ") for phrase in data["courtesy"]):
        return "greeting"  # «mohon maaf mengganggu», «terima kasih sebelumnya»
    if words[0] in data["introducing"]:
        return "intro"  # «perkenalkan sy Nurul»: the name after it is no work
    request = request_in(clause) or request_in(f"{data['self']} {clause}")  # «…, perawat PPPK di puskesmas»
    if request is not None and request.name.startswith("introduce_"):
        return "intro"
    if request is not None and request.name == "draft" and not set(words) & set(data["not_courtesy"]):
        return "request"
    config = _config()
    asking = [phrase.split() for phrase in [*config["topic_asking"], *config["smalltalk"]["call"]["phrases"]]
              if len(phrase.split()) > 1]  # «mau tanya», «mau konsultasi»; «kak» alone calls no one to ask
    at = next((len(p) for p in asking for i in range(len(words)) if words[i:i + len(p)] == p), 0)
    if at and all(word in data["about"] or word in _config()["filler_set"] for word in words
                  if word not in {w for p in asking for w in p}):
        return "ask"
    return None


def _words() -> dict:
    return _config()["polite_opening"]
