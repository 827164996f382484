"""Structured logs (one JSON object per line) with no message text: employee drafts are personal."""

import hashlib
import json
import logging
import sys

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname,
                 "logger": record.name, "event": record.getMessage()}
        entry.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure(level: str = "INFO") -> None:
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
    """A stable stand-in for a user id in logs: user ids are personal data too."""
    return hashlib.sha256(user_id.encode()).hexdigest()[:10]
