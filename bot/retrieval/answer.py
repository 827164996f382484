"""The one short answer: among the short answers the best passages carry, the one that answers the question asked.

A question that asks for a number, a date or a list prefers an answer that holds one; the kinds and their words are
in knowledge/search.yaml (`answers`).
"""

import re

from bot import knowledge
from bot.lang.text import PhraseSet, tokens
from bot.retrieval.normalize import search_config

NOT_FOUND = ("Jawaban tidak ditemukan di pedoman yang saya miliki. Coba tanyakan dengan kata lain, atau tanyakan ke "
             "pengelola kinerja di unit Anda.")

_MONTHS = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
           "november", "desember")
_SHOWS = {
    "number": lambda text: bool(re.search(r"\d", text)),
    "date": lambda text: any(m in text.lower() for m in _MONTHS) or bool(re.search(r"\b20\d\d\b", text)),
    "list": lambda text: text.count(",") >= 2 or ("," in text and " dan " in text),
    # "X adalah …", "… berarti …", or a term spelled out beside its abbreviation: "Indikator Tujuan (IT)".
    "definition": lambda text: bool(re.search(r"\b(adalah|berarti|merupakan|yaitu|singkatan)\b|\w+ \w+ \([A-Z][A-Za-z-]{1,8}\)", text)),
}


@knowledge.cached
def _kinds() -> list[tuple[str, PhraseSet]]:
    return [(kind, PhraseSet(phrases)) for kind, phrases in search_config()["answers"]["kinds"].items()]


def wanted_kind(question: str) -> str | None:
    """"berapa …" wants a number, "kapan …" a date, "apa saja …" a list; None when the question does not say."""
    words = tokens(question)
    return next((kind for kind, phrases in _kinds() if phrases.find(words)), None)


def fits(answer: str, kind: str | None) -> bool:
    return kind is not None and _SHOWS[kind](answer)


def with_source(answer: str, source: str) -> str:
    return f"{answer} (Sumber: {source})" if source else answer
