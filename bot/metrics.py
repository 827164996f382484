"""Prometheus metrics for the service (GET /metrics): turns by command, turn latency, errors, LLM fallbacks.

Counters live in this process; each replica is scraped on its own. Labels are bounded (command names, error
kinds), never user ids or text.
"""

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest

TURNS = Counter("iki_turns_total", "Turns applied, by command (tombol = a button, teks = a plain message)", ["command"])
TURN_SECONDS = Histogram(
    "iki_turn_seconds", "Engine turn latency (load state, answer, commit), by command", ["command"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
ERRORS = Counter("iki_errors_total", "Updates that failed: store (database unreachable), send (Bot API), bug", ["kind"])
DUPLICATES = Counter("iki_duplicate_updates_total", "Redelivered updates recognised by update_id and not applied again")
LLM_FALLBACKS = Counter("iki_llm_fallbacks_total", "Model answers replaced by the deterministic path", ["reason"])


def exposition() -> tuple[bytes, str]:
    """The body and content type for GET /metrics."""
    return generate_latest(), CONTENT_TYPE_LATEST
