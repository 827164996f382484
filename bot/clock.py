"""Ground: the engine's clock. Every date the engine reads or writes comes from here; IKI_NOW (ISO 8601, WIB when
it has no offset) fixes it for demos and tests, and an Engine may be given its own clock."""

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from bot.settings import get_settings

# Western Indonesian Time has no daylight saving: a fixed offset needs no time-zone database on the server.
WIB = timezone(timedelta(hours=7), "WIB")

Clock = Callable[[], datetime]


def parse_time(text: str) -> datetime:
    """"2026-03-12T16:00" (WIB) or with its offset; ValueError when it is not ISO 8601."""
    moment = datetime.fromisoformat(text.strip())
    return moment.replace(tzinfo=WIB) if moment.tzinfo is None else moment.astimezone(WIB)


def now() -> datetime:
    """IKI_NOW when set, else the real time, in WIB."""
    fixed = get_settings().now.strip()
    return parse_time(fixed) if fixed else datetime.now(WIB)
