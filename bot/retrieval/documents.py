"""What the index holds: the four collections (indicators, guideline passages, their short answers and the
questions those answer), the documents of each, and the ways a collection is ranked."""

from typing import Literal

from bot.retrieval.catalog import IndicatorCatalog
from bot.retrieval.passages import Passage
from bot.retrieval.vector_index import Doc

Mode = Literal["hybrid", "dense", "bm25"]
INDICATORS, PASSAGES, ANSWERS, QUESTIONS = "indicators", "passages", "answers", "questions"


def _indicator_docs(catalog: IndicatorCatalog) -> list[Doc]:
    return [
        Doc(id=i.key, text=f"{i.code} {i.name}".strip(), metadata={"level": i.level, "code": i.code})
        for i in catalog.indicators
    ]


def _passage_docs(passages: list[Passage]) -> list[Doc]:
    return [Doc(id=p.id, text=f"{p.title}\n{p.text}") for p in passages]


def _question_docs(passages: list[Passage]) -> list[Doc]:
    """Every way of asking listed for a short answer, id "answer id#k": a question matches a question best."""
    return [Doc(id=f"{p.id}@{n}#{k}", text=question)
            for p in passages for n, answer in enumerate(p.answers, start=1)
            for k, question in enumerate(answer.questions, start=1)]


def _answer_docs(passages: list[Passage]) -> list[Doc]:
    """Each passage's short answers, id "passage id@n", so an answer leads back to its passage and source."""
    return [Doc(id=f"{p.id}@{n}", text="\n".join(answer.questions + [answer.text]))
            for p in passages for n, answer in enumerate(p.answers, start=1)]


def documents(catalog: IndicatorCatalog, passages: list[Passage]) -> dict[str, list[Doc]]:
    """What the vector index holds: one collection for indicators, one for guideline passages, one for the short
    answers and one for the questions they answer."""
    return {INDICATORS: _indicator_docs(catalog), PASSAGES: _passage_docs(passages),
            ANSWERS: _answer_docs(passages), QUESTIONS: _question_docs(passages)}

