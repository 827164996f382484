"""One incoming update, applied at most once and answered in order: the user's lock is held from loading the
state until the turn's replies are delivered, so a second message waits for the first one's answers, even on
another replica. Transport-free: the adapter supplies the turn and how to deliver its replies."""

import logging
import time
from collections.abc import Callable

from bot import metrics
from bot.conversation.engine import COMMANDS, user_tag
from bot.conversation.replies import Reply, replies_from_json
from bot.storage import Store, StoreUnavailable

log = logging.getLogger("asisten_iki.turns")

STORE_DOWN = ("Maaf, penyimpanan draf sedang tidak dapat dihubungi, jadi pesan terakhir Anda belum diproses. "
              "Draf yang sudah tersimpan tetap aman. Coba lagi sebentar lagi dengan mengirim ulang pesan itu.")
_KNOWN = {f"/{name}" for name, _ in COMMANDS} | {"/start", "/help"}

Deliver = Callable[[list[Reply]], None]


def command_label(text: str | None, button: bool = False) -> str:
    """A bounded label for metrics and logs: the command, or what kind of input it was (never the text)."""
    if button:
        return "tombol"
    if text is None:
        return "non-teks"
    word = text.strip().split(maxsplit=1)[0].split("@", 1)[0].lower() if text.strip() else ""
    if word.startswith("/"):
        return word if word in _KNOWN else "/lain"
    return "teks"


class Turns:
    def __init__(self, store: Store):
        self._store = store

    def run(self, user_id: str, update_id: int | None, turn: Callable[[], list[Reply]], deliver: Deliver,
            label: str = "teks") -> str:
        """Apply `turn` (an engine call given this update_id) and deliver its replies while holding the user's lock.

        Returns what happened: "applied", "duplicate" (already applied; undelivered replies sent again) or
        "unavailable" (the store could not be reached; the user is asked to try again, nothing was written).
        """
        started = time.perf_counter()
        try:
            with self._store.user_lock(user_id):
                if update_id is not None:
                    done = self._store.outcome(update_id)
                    if done is not None:
                        metrics.DUPLICATES.inc()
                        if not done.sent:  # applied, but the replica that applied it died before answering
                            deliver(replies_from_json(done.replies))
                            self._sent(update_id)
                        return "duplicate"
                turn_started = time.perf_counter()
                replies = turn()
                turn_s = time.perf_counter() - turn_started
                metrics.TURN_SECONDS.labels(label).observe(turn_s)
                metrics.TURNS.labels(label).inc()
                deliver(replies)
                if update_id is not None:
                    self._sent(update_id)
        except StoreUnavailable as exc:
            metrics.ERRORS.labels("store").inc()
            log.warning("store unavailable", extra={"user": user_tag(user_id), "error": str(exc)})
            deliver([Reply(STORE_DOWN)])
            return "unavailable"
        # ms: the whole update (waiting for the user's lock, the turn, sending); turn_ms: the engine's turn alone.
        log.info("update", extra={"user": user_tag(user_id), "command": label, "turn_ms": round(turn_s * 1000, 1),
                                  "ms": round((time.perf_counter() - started) * 1000, 1)})
        return "applied"

    def _sent(self, update_id: int) -> None:
        """Delivered: forget the stored replies. Failing here is harmless (a redelivery resends them), so no apology."""
        try:
            self._store.mark_sent(update_id)
        except StoreUnavailable:
            log.warning("could not mark update sent", extra={"update_id": update_id})
