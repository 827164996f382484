"""A leader with many members gets one short weekly digest instead of a message per event: what waits for them,
what happened on the team's records that week, weights off, dialogs due or late."""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.lang.dates import long_date
from bot.storage.team import AuditRecord
from bot.team.guidance import guidance
from bot.team.record import LeaderSettings
from bot.team.view import MemberRow, waiting_order, waiting_text
from bot.year.periods import quarter_label

# What the week's entries are counted as, in the order the digest names them.
_COUNTED = {"ajukan": "SKP diajukan", "ajukan_perubahan": "perubahan diajukan", "setujui": "IKI disetujui",
            "ubah_target": "target diubah", "kembalikan": "IKI dikembalikan", "ditetapkan": "SKP ditetapkan",
            "balas_umpan_balik": "balasan umpan balik", "catatan_dibaca": "catatan dialog dibaca",
            "pasangan_mulai": "anggota baru"}


@dataclass(frozen=True)
class Digest:
    key: str  # once per leader per ISO week
    due: datetime
    text: str


def wants_digest(settings: LeaderSettings, members: int) -> bool:
    """Whether this leader gets the weekly digest (and no message per member event)."""
    if settings.digest == "otomatis":
        return members >= guidance().digest.members_from
    return settings.digest == "ya"


def digest_time(now: datetime) -> datetime:
    """This week's digest time (the configured weekday and hour, in the clock's zone)."""
    rule = guidance().digest
    monday = (now - timedelta(days=now.weekday())).date()
    day = monday + timedelta(days=rule.weekday)
    return datetime(day.year, day.month, day.day, rule.hour, tzinfo=now.tzinfo)


def weekly_digest(leader: str, rows: list[MemberRow], events: dict[str, list[AuditRecord]], now: datetime) -> Digest:
    """The digest for the week before this week's digest time. `events`: each member's audit entries since then."""
    due = digest_time(now)
    year, week, _ = due.isocalendar()
    start = (due - timedelta(days=7)).date()
    lines = [f"Ringkasan mingguan tim ({long_date(start)} – {long_date(due.date() - timedelta(days=1))}): "
             f"{len(rows)} anggota."]
    waiting = waiting_order(rows)
    if waiting:
        lines.append("Menunggu keputusan Anda, yang terlama lebih dulu: " + ", ".join(map(waiting_text, waiting)) + ".")
    counts = Counter(e.action for member in events.values() for e in member)
    happened = [f"{counts[a]} {label}" for a, label in _COUNTED.items() if counts[a]]
    lines.append("Pekan ini: " + (", ".join(happened) if happened else "tidak ada kegiatan baru") + ".")
    off = [r.name for r in rows if r.weights]
    if off:
        lines.append("Bobot belum sesuai: " + ", ".join(off) + ".")
    soon = due.date() + timedelta(days=7)
    late = [r.name for r in rows if r.dialog_late]
    coming = [f"{r.name} ({long_date(r.next_dialog)})" for r in rows
              if r.next_dialog and not r.dialog_late and r.next_dialog <= soon]
    if late:
        lines.append("Dialog kinerja terlambat: " + ", ".join(late) + ".")
    if coming:
        lines.append("Dialog kinerja pekan depan: " + ", ".join(coming) + ".")
    quiet = [r.name for r in rows if r.days_since_logbook is not None and r.days_since_logbook >= 7]
    if quiet:
        lines.append("Tanpa catatan harian sepekan atau lebih: " + ", ".join(quiet) + ".")
    lines += unreported_lines(rows)
    said: dict[str, list[str]] = {}  # one line per wording, as /capaian says it
    for r in rows:
        if r.behind:
            said.setdefault(r.behind_said, []).append(r.name)
    lines += [f"Ada IKI {words}: " + ", ".join(names) + "." for words, names in said.items()]
    lines.append("Buka /tim untuk rinciannya.")
    return Digest(f"ringkasan:{leader}:{year}-W{week:02d}", due, "\n".join(lines))


def week_start(now: datetime) -> date:
    """The first day the digest due at this week's time covers."""
    return (digest_time(now) - timedelta(days=7)).date()


def unreported_lines(rows: list[MemberRow]) -> list[str]:
    """A finished triwulan's realisasi not reported: one line per quarter naming each member and how many IKI lack
    it (`MemberRow.unfilled`), what the leader chases after a quarter ends (team31); [] when none."""
    by_quarter: dict[int, list[str]] = {}
    for r in rows:
        if r.unfilled:
            quarter, numbers = r.unfilled
            by_quarter.setdefault(quarter, []).append(f"{r.name} ({len(numbers)} IKI)")
    return [f"Belum melaporkan realisasi {quarter_label(q)} (triwulannya sudah berakhir): " + ", ".join(names) + "."
            for q, names in sorted(by_quarter.items())]
