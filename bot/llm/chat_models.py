"""The one place chat models are made: none, any OpenAI-compatible endpoint, or Ollama."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.settings import Settings

if TYPE_CHECKING:  # langchain loads only when a provider is configured
    from langchain_core.language_models import BaseChatModel


class LlmMisconfigured(Exception):
    """str() says in Indonesian which IKI_LLM_* setting to fix."""


def chat_model(settings: Settings) -> BaseChatModel | None:
    provider = settings.llm_provider
    if provider == "none":
        return None
    if not settings.llm_model:
        raise LlmMisconfigured(f"IKI_LLM_MODEL belum diisi untuk IKI_LLM_PROVIDER={provider}.")
    if provider == "openai":
        from langchain_openai import ChatOpenAI

        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "tidak-perlu"  # many local servers ignore it
        return ChatOpenAI(model=settings.llm_model, base_url=settings.llm_base_url or None, api_key=key,
                          timeout=settings.llm_timeout_s, max_retries=0, temperature=0.2)
    from langchain_ollama import ChatOllama

    return ChatOllama(model=settings.llm_model, base_url=settings.llm_base_url or None, temperature=0.2,
                      client_kwargs={"timeout": settings.llm_timeout_s})
