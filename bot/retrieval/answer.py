"""A short extractive answer: the sentences of the best passage that share most words with the question."""

import re

from bot.retrieval.normalize import keyword_tokens

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")
NOT_FOUND = "Jawaban tidak ditemukan di pedoman yang saya miliki. Coba tanyakan dengan kata lain, atau tanyakan ke pengelola kinerja di unit Anda."


def extract_answer(question: str, text: str, source: str, max_sentences: int = 2) -> str:
    wanted = set(keyword_tokens(question))
    sentences = [s.strip(" -•*") for s in _SENTENCE_END.split(text) if len(s.strip(" -•*")) > 3]
    if not sentences:
        return NOT_FOUND
    overlap = [len(wanted & set(keyword_tokens(s))) for s in sentences]
    best = sorted(range(len(sentences)), key=lambda i: (-overlap[i], i))[:max_sentences]
    chosen = " ".join(sentences[i] for i in sorted(best))
    return f"{chosen} (Sumber: {source})" if source else chosen
