"""Structured logs (one JSON object per line) with no message text, user ids as salted pseudonyms and every secret
masked: employee drafts and ids are personal data, tokens and passwords are keys."""

import hashlib
import hmac
import json
import logging
import re
import secrets as random
import sys
from collections.abc import Iterable

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}
MASK = "***"
# Shorter values are not masked: replacing every "ab" in a log line would garble it and hide nothing useful.
MIN_SECRET_CHARS = 4
# A password in any URL (postgresql://iki:PASSWORD@db/iki) and anything shaped like a Bot API token, even when the
# value is not one of ours (a token typed into the wrong variable).
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^\s:/?#@]*):[^\s@/]*@")
_BOT_TOKEN = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{30,}")

# The pseudonym key until configure() gives the service its kept salt: random per process, so a pseudonym is never
# an unsalted hash that anyone can recompute from the small space of Telegram ids.
_salt: bytes = random.token_bytes(32)
_secrets: tuple[str, ...] = ()


def mask(text: str, secrets: Iterable[str] = ()) -> str:
    """text with each known secret, any URL password and any bot-token-shaped string replaced by ***."""
    for secret in sorted({s for s in secrets if len(s) >= MIN_SECRET_CHARS}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}:{MASK}@", text)
    return _BOT_TOKEN.sub(MASK, text)


def _spellings(secrets: Iterable[str]) -> tuple[str, ...]:
    """Each secret as given and as it reads inside a JSON string (a password with " or \\ in it is escaped there)."""
    return tuple({form for s in secrets for form in (s, json.dumps(s, ensure_ascii=False)[1:-1])})


class JsonFormatter(logging.Formatter):
    def __init__(self, secrets: Iterable[str] | None = None) -> None:
        """secrets: what this formatter masks; None: the ones configure() was given."""
        super().__init__()
        self.secrets = None if secrets is None else _spellings(secrets)

    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname,
                 "logger": record.name, "event": record.getMessage()}
        entry.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        # Masked as a whole line: a secret may hide in any field, an exception's text or a library's message.
        return mask(json.dumps(entry, ensure_ascii=False, default=str), _secrets if self.secrets is None else self.secrets)


def configure(level: str = "INFO", secrets: Iterable[str] = (), salt: bytes | None = None) -> None:
    """secrets: values no log line may show (the settings' secrets()); salt: the pseudonym key kept across
    restarts (settings.log_salt)."""
    global _salt, _secrets
    _secrets = _spellings(secrets)
    if salt:
        _salt = salt
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Library chatter (every HTTP request) is noise at INFO and may carry message text.
    for noisy in ("httpx", "httpcore", "telegram", "chromadb", "sentence_transformers", "bm25s", "tornado"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # One line per HTTP request (503 from /healthz while warming up reads as an error); we log what matters.
    logging.getLogger("tornado.access").setLevel(logging.CRITICAL)


def pseudonym(user_id: str) -> str:
    """A stable stand-in for a user id in logs (user ids are personal data too): HMAC-SHA256 under the salt, so it
    cannot be reversed by hashing every possible id."""
    return hmac.new(_salt, user_id.encode(), hashlib.sha256).hexdigest()[:10]
