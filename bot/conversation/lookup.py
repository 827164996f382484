"""Searching for the chat: the Renstra catalog (/ikk) and the guidance's short answer (/tanya), through one
retriever built on first use (it loads a model), never when the chat opens."""

import threading
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from bot import render
from bot.conversation.commands import Turn
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.llm.assistant import NO_AI, Assistant

if TYPE_CHECKING:
    from bot.conversation.team_chat import TeamChat


class Lookup:
    """The retriever, built once and shared by every turn, and the replies made from what it finds."""

    def __init__(self, make_retriever: Callable[[], Any] | None, assistant: Assistant,
                 today: Callable[[], date] | None = None):
        self._make_retriever = make_retriever or _default_retriever
        self.today = today  # the engine's clock: guidance dated after it is not cited as current (source_dates)
        self._retriever: Any = None
        self._retriever_lock = threading.Lock()
        self.assistant = assistant

    def ready(self) -> Any:
        with self._retriever_lock:
            if self._retriever is None:
                self._retriever = self._make_retriever()
            return self._retriever

    def team_search(self, team: "TeamChat", turn: Turn, text: str) -> list[Reply]:
        """«/ikk tim ini» from a leader: the catalog searched with the members' own IKI ([] for any other search)."""
        from bot.retrieval.embeddings import RetrievalUnavailable

        try:
            return team.team_indicators(turn, text, lambda iki: self.ready().find(iki, k=1).results)
        except RetrievalUnavailable as exc:
            return [Reply(f"Pencarian indikator sedang tidak tersedia. {exc}")]

    def search(self, text: str, state: UserState | None = None) -> list[Reply]:
        """The catalog searched for text; with the user's state, a follow-up («kalau utk tim BMN?») may search again."""
        from bot.retrieval.embeddings import RetrievalUnavailable

        try:
            found = self.ready().find(text, k=3)
        except RetrievalUnavailable as exc:
            return [Reply(f"Pencarian indikator sedang tidak tersedia. {exc}")]
        if state is not None:
            state.searched = True
        return [Reply(render.search_result(found))]

    def ask(self, text: str) -> list[Reply]:
        from bot.retrieval.embeddings import RetrievalUnavailable

        try:
            result = self.ready().ask(text, k=3, today=self.today() if self.today else None)
        except RetrievalUnavailable as exc:
            return [Reply(f"Pencarian pedoman sedang tidak tersedia. {exc}")]
        if not getattr(result, "glossary", False):  # a term's meaning is our own line; a model only rephrases passages
            assisted = self.assistant.answer(text, result.passages, result.answer)
            result = result.model_copy(update={"answer": assisted.value + (f"\n{NO_AI}" if assisted.fell_back else "")})
        return [Reply(render.answer(result))]


def _default_retriever() -> Any:
    from bot.retrieval.retriever import Retriever

    return Retriever()
