"""The team at a glance for a leader (/tim): per member the SKP's state, what waits for the leader, weights that
do not add up (the SKP weight rules), and the next dialog kinerja; days since the last logbook entry and IKI behind
the quarterly trajectory from the member's year (bot.year), and, for one member, their capaian and last entries."""

from dataclasses import dataclass, field
from datetime import date

from bot.lang.dates import long_date, short_date
from bot.models import Category, SkpDraft
from bot.rules.registry import rule_catalog
from bot.team.dialogs import next_dialog
from bot.team.record import LeaderSettings, MemberRecord, Status
from bot.year.capaian import (
    Capaian,
    behind_said,
    capaian_all,
    capaian_text,
    latest_said,
    unfilled_earlier,
    unfilled_quarter,
)
from bot.year.logbook import entry_text
from bot.year.models import YearState
from bot.year.periods import quarter_label

WAITING = (Status.diajukan, Status.perubahan_diajukan)  # the leader has something to decide
_WEIGHTS = (Category.WEIGHT_TOTAL, Category.WEIGHT_SPLIT)


@dataclass(frozen=True)
class MemberInput:
    """What the engine knows of one paired member."""

    member: str
    name: str  # how the leader knows them (a display name); empty: "Anggota n"
    skp: SkpDraft
    record: MemberRecord
    started: date  # the pairing's first day
    days_since_logbook: int | None = None  # from the logbook, once it exists
    behind: list[int] | None = None  # IKI (0-based) behind the quarterly trajectory, from the capaian
    behind_said: str = ""  # how they are behind, as /capaian says it (bot.year.capaian.behind_said)
    unfilled: tuple[int, list[int]] | None = None  # the last ended quarter and the IKI (0-based) without its figure
    earlier: list[tuple[int, list[int]]] = field(default_factory=list)  # the quarters before it left empty, likewise


@dataclass(frozen=True)
class MemberRow:
    member: str
    name: str
    status: Status
    waiting: bool
    weights: list[str] = field(default_factory=list)
    next_dialog: date | None = None
    dialog_late: bool = False
    days_since_logbook: int | None = None
    behind: list[int] | None = None
    behind_said: str = ""
    unfilled: tuple[int, list[int]] | None = None
    earlier: list[tuple[int, list[int]]] = field(default_factory=list)
    unread: int = 0  # dialog catatan the member has not confirmed
    unanswered: int = 0  # feedback the member has not replied to
    waiting_since: date | None = None  # the day the SKP or perubahan now waiting was submitted


def year_figures(skp: SkpDraft, year: YearState, today: date
                 ) -> tuple[int | None, list[int] | None, str, tuple[int, list[int]] | None]:
    """From the member's year: days since the last logbook entry (None before the first), the IKI (0-based)
    behind the quarterly trajectory (None before the SKP is agreed), how they are behind, as /capaian says it, and the
    last ended quarter with the IKI whose figure for it is not typed (None when none)."""
    days = (today - max(e.day for e in year.entries)).days if year.entries else None
    found = capaian_all(skp, year, today) if year.agreed and skp.iki else None
    behind = [c.number - 1 for c in found if c.behind] if found is not None else None
    left = [c for c in found or [] if unfilled_quarter(c)]
    unfilled = (max(unfilled_quarter(c) for c in left), [c.number - 1 for c in left]) if left else None
    return days, behind, behind_said(found or []), unfilled


def earlier_unfilled(skp: SkpDraft, year: YearState, today: date) -> list[tuple[int, list[int]]]:
    """The ended quarters before the last one still without a realisasi, each with its IKI (0-based), oldest first."""
    found = capaian_all(skp, year, today) if year.agreed and skp.iki else []
    quarters = sorted({q for c in found for q in unfilled_earlier(c)})
    return [(q, [c.number - 1 for c in found if q in unfilled_earlier(c)]) for q in quarters]


def year_text(skp: SkpDraft, year: YearState, today: date, last: int = 3) -> str:
    """The member's capaian and last entries, for the leader's view of one member (read only: the logbook is the
    member's own)."""
    if not year.agreed and not year.entries:
        return "Capaian dan catatan harian: belum ada (dimulai setelah SKP ditetapkan)."
    lines = ["Capaian per IKI:", *(capaian_text(c) for c in capaian_all(skp, year, today))]
    numbers = {iki.indikator: n for n, iki in enumerate(skp.iki, start=1)}
    recent = sorted(year.entries, key=lambda e: (e.day, e.id))[-last:]
    if recent:
        lines.append(f"Catatan harian terakhir ({len(recent)} dari {len(year.entries)}):")
        lines += [f"- {entry_text(e, numbers.get(e.iki or ''))}" for e in reversed(recent)]
    else:
        lines.append("Catatan harian: belum ada.")
    return "\n".join(lines)


def team_capaian_head(members: list[tuple[str, SkpDraft, YearState]], today: date) -> str:
    """«capaian tim saya berapa?»: the team's answer first, in counts (an average of capaian over different measures
    would be no figure the guidance knows): how many IKI have a realisasi, how many of them are behind and whose,
    how many have none yet; then each member below it."""
    found = [(name, c) for name, skp, year in members if year.agreed for c in capaian_all(skp, year, today)]
    if not found:
        return ""
    measured = [(name, c) for name, c in found if c.capaian is not None]
    behind = [(name, c) for name, c in measured if c.behind]
    # an ended quarter left without its figure: «sesuai target» would rest on an older quarter
    unfilled = [c for name, c in measured if not c.behind and unfilled_quarter(c)]
    on_target = len(measured) - len(behind) - len(unfilled)
    parts = [f"{on_target} sesuai target" if on_target else ""]
    if unfilled:
        last = max(unfilled_quarter(c) for c in unfilled)
        parts.append(f"{len(unfilled)} belum diisi realisasi {quarter_label(last)}")
    if behind:
        shown = ", ".join(f"{name} IKI {c.number}" + _behind_detail(c) for name, c in behind[:5])
        more = f", dan {len(behind) - 5} lainnya" if len(behind) > 5 else ""
        parts.append(f"{len(behind)} {behind_said([c for _, c in behind])}: {shown}{more}")
    if len(found) > len(measured):
        parts.append(f"{len(found) - len(measured)} belum ada realisasi")
    return f"Ringkasan {len(found)} IKI: " + "; ".join(p for p in parts if p) + "."


def _behind_detail(c: Capaian) -> str:
    """How one IKI behind stands: its latest capaian, and the ended quarter still without its figure when it is also
    unfilled («capaian TW I 50%; realisasi TW II belum diisi»): behind on an older quarter, and one to chase."""
    said, quarter = latest_said(c), unfilled_quarter(c)
    parts = [f"capaian {said[0]} {said[1]}" if said else "",
             f"realisasi {quarter_label(quarter)} belum diisi" if quarter else ""]
    shown = "; ".join(p for p in parts if p)
    return f" ({shown})" if shown else ""


def weight_issues(skp: SkpDraft) -> list[str]:
    """The SKP weight rules' findings (Core not 100%, Beyond not 20%, a split off the guidance, weights missing)."""
    return [f.message for rule in rule_catalog().skp if rule.category in _WEIGHTS for f in rule.findings(skp)]


def team_rows(members: list[MemberInput], settings: LeaderSettings, today: date) -> list[MemberRow]:
    """One row per member, in the order given (pairing date: the order of /umpanbalik and /dialog too), so a member
    keeps their number between calls; what waits for the leader is said in the row and the head (tester16b: Rina was
    [2], then [1] once another SKP was set, and a leader typing «2» from memory opened the wrong member)."""
    rows = []
    for n, m in enumerate(members, start=1):
        upcoming = next_dialog(m.record, settings, m.started)
        rows.append(MemberRow(
            member=m.member, name=m.name or f"Anggota {n}", status=m.record.review.status,
            waiting=m.record.review.status in WAITING, weights=weight_issues(m.skp) if m.skp.iki else [],
            next_dialog=upcoming, dialog_late=upcoming < today, days_since_logbook=m.days_since_logbook,
            behind=m.behind, behind_said=m.behind_said or behind_said([]), unfilled=m.unfilled, earlier=m.earlier, unread=sum(1 for d in m.record.dialogs if d.read_at is None),
            unanswered=sum(1 for f in m.record.feedback if not f.reply),
            waiting_since=_submitted_on(m.record)))
    return rows


def _submitted_on(record: MemberRecord) -> date | None:
    """The day the SKP (or its perubahan) now waiting for the leader was submitted: the review's own record of it."""
    review = record.review  # a perubahan sets submitted_at too (bot.team.review._propose_change)
    return review.submitted_at.date() if review.status in WAITING and review.submitted_at else None


def waiting_order(rows: list[MemberRow]) -> list[MemberRow]:
    """The members waiting for the leader's decision, the longest waiting first (rows keep the pairing order, so a
    member keeps their number; this order is said beside it)."""
    return sorted((r for r in rows if r.waiting), key=lambda r: r.waiting_since or date.max)


def waiting_text(row: MemberRow) -> str:
    """«Budi (perubahan, sejak 3 Feb)»: who waits, for what when it is a perubahan, and since when."""
    said = ["perubahan"] if row.status is Status.perubahan_diajukan else []
    said += [f"sejak {short_date(row.waiting_since)}"] if row.waiting_since else []
    return row.name + (f" ({', '.join(said)})" if said else "")


def unsubmitted_text(members: list[MemberInput], rows: list[MemberRow]) -> str:
    """«siapa yang belum ngajuin?»: each member whose SKP is not with the leader (a draft never submitted, or returned
    and not sent again), then who has submitted, the longest waiting first, and who is set."""
    left = [(m, r) for m, r in zip(members, rows) if r.status in (Status.draf, Status.dikembalikan)]
    if not left:
        lines = [f"Semua {len(rows)} anggota sudah mengajukan SKP-nya."]
    else:
        lines = [f"Belum mengajukan SKP ({len(left)} dari {len(rows)} anggota):"]
        for m, r in left:
            held = f"{len(m.skp.iki)} IKI di draf" if m.skp.iki else "draf masih kosong"
            said = "dikembalikan, belum diajukan ulang" if r.status is Status.dikembalikan else "belum pernah diajukan"
            lines.append(f"- {r.name}: {said} ({held})")
    waiting = waiting_order(rows)
    if waiting:
        lines.append("Menunggu keputusan Anda: " + ", ".join(map(waiting_text, waiting)) + ".")
    done = [r.name for r in rows if r.status is Status.ditetapkan]
    if done:
        lines.append("Sudah ditetapkan: " + ", ".join(done) + ".")
    named = next((m.name for m, _ in left if m.name), "")  # a note opening with a /profil name reaches that member
    if left:
        lines.append("Ingatkan lewat /umpanbalik (pilih anggotanya)" + (
            f", atau tulis langsung, misalnya «{_first_name(named)}, tolong ajukan SKP-nya minggu ini ya»." if named
            else "."))
    return "\n".join(lines)


def _first_name(name: str) -> str:
    """A member's first name as a note to them opens with it («Budi, …»): team.yaml named_note reads it back."""
    return name.split()[0] if name.split() else name


def row_text(row: MemberRow) -> str:
    since = f" sejak {short_date(row.waiting_since)}" if row.waiting_since else ""
    parts = [row.status.label + (f", menunggu keputusan Anda{since}" if row.waiting else "")]
    if row.weights:
        parts.append("bobot belum sesuai")
    if row.next_dialog:
        parts.append(("dialog kinerja terlambat, jadwalnya " if row.dialog_late else "dialog kinerja berikutnya ")
                     + long_date(row.next_dialog))
    if row.days_since_logbook is not None:
        parts.append(f"catatan harian terakhir {row.days_since_logbook} hari lalu" if row.days_since_logbook
                     else "catatan harian hari ini")
    if row.behind:
        parts.append(f"IKI {row.behind_said}: " + ", ".join(str(i + 1) for i in row.behind))
    for quarter, numbers in row.earlier if row.unfilled else []:  # TW I left empty too, when TW II is chased
        parts.append(f"realisasi {quarter_label(quarter)} belum diisi: IKI " + ", ".join(str(i + 1) for i in numbers))
    if row.unfilled:
        quarter, numbers = row.unfilled
        parts.append(f"realisasi {quarter_label(quarter)} belum diisi: IKI " + ", ".join(str(i + 1) for i in numbers))
    if row.unread:
        parts.append(f"{row.unread} catatan dialog belum dibaca")
    if row.unanswered:
        parts.append(f"{row.unanswered} umpan balik belum dibalas")
    return f"{row.name}: " + "; ".join(parts) + "."


def team_text(rows: list[MemberRow]) -> str:
    """/tim: the team in a few lines; the engine adds a button per member for their SKP, capaian and entries."""
    if not rows:
        return ("Belum ada anggota tim yang terhubung dengan Anda. Minta anggota mengirim /atasan dan meneruskan "
                "kodenya, atau undang anggota dari /mpph.")
    waiting = waiting_order(rows)
    head = f"Tim Anda: {len(rows)} anggota" + (f", {len(waiting)} menunggu keputusan Anda." if waiting else ".")
    if len(waiting) > 1:
        head += " Yang terlama menunggu lebih dulu: " + ", ".join(waiting_text(r) for r in waiting) + "."
    return "\n".join([head, *(f"{n}. {row_text(r)}" for n, r in enumerate(rows, start=1))])
