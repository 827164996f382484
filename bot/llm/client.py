"""Ask a chat model for plain JSON and read it with pydantic; anything late, broken or unparseable is no answer."""

from __future__ import annotations

import json
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel, ValidationError

from bot import metrics
from bot.llm.prompts import load_prompt

if TYPE_CHECKING:  # langchain loads with the first call to a model, never on the deterministic path
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger("asisten_iki.llm")
T = TypeVar("T", bound=BaseModel)
_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)
# Calls run here so a hanging server cannot hold the user's turn past the timeout.
_POOL = ThreadPoolExecutor(max_workers=8, thread_name_prefix="llm")


def parse_json(content: str, schema: type[T]) -> T | None:
    """The first JSON object in the content (fenced or bare), validated; None when there is none."""
    fenced = _FENCE.search(content)
    text = fenced.group(1) if fenced else content
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return None
    try:
        return schema.model_validate(json.loads(text[start : end + 1]))
    except (ValueError, ValidationError):
        return None


def ask_json(model: BaseChatModel, prompt: str, schema: type[T], timeout_s: float, **variables: str) -> T | None:
    from langchain_core.messages import HumanMessage, SystemMessage

    template = load_prompt(prompt)
    system, user = template.render(**variables)
    future = _POOL.submit(model.invoke, [SystemMessage(system), HumanMessage(user)])
    try:
        message = future.result(timeout=timeout_s)
    except FutureTimeout:
        future.cancel()
        log.warning("llm fallback", extra={"prompt": prompt, "reason": "timeout", "timeout_s": timeout_s})
        metrics.LLM_FALLBACKS.labels("timeout").inc()
        return None
    except Exception as exc:  # connection refused, rate limit, server error: all mean "no answer"
        log.warning("llm fallback", extra={"prompt": prompt, "reason": type(exc).__name__})
        metrics.LLM_FALLBACKS.labels("error").inc()
        return None
    content = message.content if isinstance(message.content, str) else json.dumps(message.content)
    parsed = parse_json(content, schema)
    if parsed is None:
        log.warning("llm fallback", extra={"prompt": prompt, "reason": "unparseable"})
        metrics.LLM_FALLBACKS.labels("unparseable").inc()
    return parsed
