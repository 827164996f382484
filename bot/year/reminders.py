"""Reminders the user controls: the logbook nudge (daily or weekly at a chosen hour), the dialog kinerja reminder
(monthly or every two months) and the end-of-triwulan realisasi prompt; quiet hours, weekends, leave and Indonesian
holidays respected. `due_reminders` says which are due at `now`, each with a stable key: the engine posts it under
that key, so none is sent twice (several replicas included). Defaults: knowledge/pengingat.yaml."""

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from bot import knowledge
from bot.clock import WIB
from bot.lang.dates import short_date
from bot.models import SkpDraft
from bot.skp.readiness import incomplete
from bot.year.capaian import optional_quarter, pending_quarter
from bot.year.models import (
    DialogReminder,
    LogbookNudge,
    Pause,
    QuietHours,
    RealisasiPrompt,
    ReminderSettings,
    YearError,
    YearState,
)
from bot.year.periods import quarter_end, quarter_label
from bot.year.versions import first_quarter
from bot.year.vocabulary import config as logbook_words
from bot.year.workdays import holiday, next_workday

# The reminders' button labels, also read when a user types one instead of tapping (year_pengingat.reminder_label).
CATAT_LABEL = "Catat hari ini"
AGENDA_LABEL = "Lihat agenda dialog"


def realisasi_label(quarter: int) -> str:
    """«Isi realisasi TW I»: the end-of-quarter reminder's button."""
    return f"Isi realisasi {quarter_label(quarter)}"


class ReminderKind(StrEnum):
    catat = "catat"  # the logbook nudge
    dialog = "dialog"
    realisasi = "realisasi"


@dataclass(frozen=True)
class DueReminder:
    kind: ReminderKind
    key: str  # "pengingat:catat:2026-03-12": the outbox sends a key once
    at: datetime  # when it fell due
    action: str  # the button that carries the next useful action
    quarter: int | None = None  # the triwulan a realisasi prompt asks about
    year: int | None = None
    pending: list[int] | None = None  # the IKI (1-based) whose realisasi is missing
    optional: list[int] | None = None  # yearly scores reported in an earlier quarter: listed, not required
    earlier: list[tuple[int, list[int]]] | None = None  # earlier triwulan still without their realisasi, and the IKI


def _settings() -> dict:
    return knowledge.data("pengingat")


# The state of a setting -----------------------------------------------------------------------------------------
def in_quiet_hours(quiet: QuietHours | None, moment: time) -> bool:
    if quiet is None or quiet.start == quiet.end:
        return False
    if quiet.start < quiet.end:
        return quiet.start <= moment < quiet.end
    return moment >= quiet.start or moment < quiet.end


def paused(settings: ReminderSettings, day: date) -> bool:
    return any(p.start <= day <= p.end for p in settings.pauses)


def _off_day(settings: ReminderSettings, day: date) -> bool:
    """No proactive message that day: a holiday, a weekend the user keeps free, or leave."""
    return holiday(day) is not None or (settings.weekends_off and day.weekday() >= 5) or paused(settings, day)


def _since_ok(since: datetime | None, moment: datetime) -> bool:
    return since is None or moment >= since


# What is due ----------------------------------------------------------------------------------------------------
def due_reminders(year: YearState, skp: SkpDraft, now: datetime, logged_today: bool | None = None) -> list[DueReminder]:
    """The reminders due at `now` (WIB) that were not handed out yet (year.sent keeps the last key per kind).
    logged_today: whether the user already logged today (a daily nudge is then not needed); read from the entries
    when not given."""
    now = now.astimezone(WIB)
    settings = year.reminders
    if in_quiet_hours(settings.quiet, now.time()):
        return []
    if logged_today is None:
        logged_today = any(e.created and e.created.astimezone(WIB).date() == now.date() for e in year.entries)
    nudge = settings.logbook if logbook_possible(year, skp) else settings.logbook.model_copy(update={"on": False})
    found = [r for r in (_logbook_due(nudge, settings, now, logged_today),
                         _dialog_due(settings.dialog, settings, now),
                         _realisasi_due(settings.realisasi, settings, year, skp, now)) if r]
    return [r for r in found if year.sent.get(r.kind.value) != r.key]


# When to look again ----------------------------------------------------------------------------------------------
# No moment found this far ahead (a long leave, a prompt with nothing pending): the schedule looks again then.
HORIZON_DAYS = 400


def next_due(year: YearState, skp: SkpDraft, now: datetime, posted: frozenset[str] = frozenset()) -> datetime | None:
    """The earliest moment from `now` on at which due_reminders hands out a reminder whose key is not in `posted`
    (the keys just posted): the user's place in the reminders' schedule, so a tick loads only users who may have
    one due. None when no reminder can ever come (none switched on); the horizon's end when none falls due before
    it. Found by asking due_reminders itself at every moment its answer can change (a reminder's hour, midnight,
    the end of quiet hours) on the days a switched-on reminder could fall due, so the two never disagree."""
    now = now.astimezone(WIB)
    settings = year.reminders
    on = [r for r in (settings.logbook, settings.dialog) if r.on and (r is not settings.logbook
                                                                      or logbook_possible(year, skp))]
    if _realisasi_possible(settings.realisasi, year, skp):
        on.append(settings.realisasi)
    if not on:
        return None
    end = now.date() + timedelta(days=HORIZON_DAYS)
    hours = sorted({time(0), *(r.at for r in on), *([settings.quiet.end] if settings.quiet else [])})
    for day in sorted(_days_due(year, now.date(), end)):
        moments = [datetime.combine(day, hour, WIB) for hour in hours]
        for moment in ([now] if day == now.date() else []) + [m for m in moments if m > now]:
            if any(r.key not in posted for r in due_reminders(year, skp, moment)):
                return moment
    return datetime.combine(end, time(0), WIB)


def _days_due(year: YearState, start: date, end: date) -> set[date]:
    """The days from start to end on which a switched-on reminder could fall due (more is harmless, fewer is not)."""
    settings, days = year.reminders, set()
    span = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    if settings.logbook.on:
        days |= {d for d in span if d.weekday() in settings.logbook.days}
    if settings.dialog.on:
        catch_up = _settings()["dialog"]["catch_up_days"]
        # dialog_dates' days, and more: the first working day of every month, and every month after the last dialog
        months = (end.year - start.year) * 12 + end.month - start.month + 2
        first = start.replace(day=1)
        bases = [_add_months(first, k) for k in range(-1, months)]
        if settings.dialog.last:
            bases += [_add_months(settings.dialog.last, k) for k in range(1, (end - settings.dialog.last).days // 28 + 2)]
        for day in {next_workday(d) for d in bases}:
            days |= {day + timedelta(days=n) for n in range(catch_up + 1)}
    if settings.realisasi.on:
        years = {year.year} if year.year else set(range(start.year - 1, end.year + 1))
        for y, q in ((y, q) for y in years for q in (1, 2, 3, 4)):
            if not _handed_out(year, y, q):  # due until the next quarter's prompt (_realisasi_window)
                first, last = (m.date() for m in _realisasi_window(y, q, settings.realisasi.at))
                days |= {first + timedelta(days=n) for n in range((last - first).days + 1)}
    return {d for d in days if start <= d <= end}


def logbook_possible(year: YearState, skp: SkpDraft) -> bool:
    """Whether the daily logbook nudge can come: the SKP is agreed, or each IKI holds the form's fields. A draft still
    being weighed has no IKI to log work against yet (tester52 P2-9: a Ketua Tim nudged over a 2-IKI draft)."""
    return year.agreed or bool(skp.iki) and not incomplete(skp)


def mark_sent(year: YearState, reminder: DueReminder) -> YearState:
    return year.model_copy(update={"sent": {**year.sent, reminder.kind.value: reminder.key}})


def _logbook_due(nudge: LogbookNudge, settings: ReminderSettings, now: datetime, logged_today: bool) -> DueReminder | None:
    today = now.date()
    moment = datetime.combine(today, nudge.at, WIB)
    if not nudge.on or today.weekday() not in nudge.days or _off_day(settings, today):
        return None
    if now < moment or not _since_ok(nudge.since, moment) or in_quiet_hours(settings.quiet, nudge.at):
        return None
    if logged_today and len(nudge.days) > 1:
        return None  # a daily nudge after the day's entry would only nag
    return DueReminder(ReminderKind.catat, f"pengingat:catat:{today.isoformat()}", moment, CATAT_LABEL)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def dialog_dates(dialog: DialogReminder, around: date) -> list[date]:
    """The dialog reminder's working days from two cadences before `around` to one after: counted from the last
    dialog kinerja when known (moved to the next working day), else the first working day of the month."""
    every = max(1, dialog.every_months)
    if dialog.last:
        days = [_add_months(dialog.last, every * k) for k in range(1, 24)]
    else:
        start = (dialog.since.astimezone(WIB).date() if dialog.since else around).replace(day=1)
        days = [_add_months(start, every * k) for k in range(24)]
    if dialog.day:  # «tiap bulan tgl 5»: that day of each month (its last day in a shorter month)
        days = [d.replace(day=min(dialog.day, calendar.monthrange(d.year, d.month)[1])) for d in days]
    low, high = _add_months(around, -2 * every), _add_months(around, every)
    return [next_workday(d) for d in days if low <= d <= high]


def _dialog_due(dialog: DialogReminder, settings: ReminderSettings, now: datetime) -> DueReminder | None:
    if not dialog.on:
        return None
    catch_up = timedelta(days=_settings()["dialog"]["catch_up_days"])
    for day in sorted(dialog_dates(dialog, now.date()), reverse=True):
        moment = datetime.combine(day, dialog.at, WIB)
        if moment <= now <= moment + catch_up and _since_ok(dialog.since, moment) and \
                not _off_day(settings, now.date()):
            return DueReminder(ReminderKind.dialog, f"pengingat:dialog:{day:%Y-%m}", moment, AGENDA_LABEL)
    return None


def realisasi_date(year: int, quarter: int) -> date:
    """The first working day after the triwulan ends."""
    return next_workday(quarter_end(year, quarter) + timedelta(days=1))


def _realisasi_window(year: int, quarter: int, at: time) -> tuple[datetime, datetime]:
    """When a quarter's prompt is due: from its first working day until the next quarter's prompt (tester56 F14)."""
    following = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return (datetime.combine(realisasi_date(year, quarter), at, WIB),
            datetime.combine(realisasi_date(*following), at, WIB))


_SENT_KEY = re.compile(r"pengingat:realisasi:(\d{4})-TW([1-4])$")


def _handed_out(year: YearState, performance: int, quarter: int) -> bool:
    """The quarter's prompt, or a later quarter's, was handed out (year.sent keeps the last key per kind)."""
    sent = _SENT_KEY.match(year.sent.get(ReminderKind.realisasi.value, ""))
    return sent is not None and (int(sent.group(1)), int(sent.group(2))) >= (performance, quarter)


def _realisasi_possible(prompt: RealisasiPrompt, year: YearState, skp: SkpDraft) -> bool:
    """The prompt is on (it is by default) and there is a kept SKP to ask about."""
    return prompt.on and bool(skp.iki) and bool(year.agreed or year.entries)


def _realisasi_due(prompt: RealisasiPrompt, settings: ReminderSettings, year: YearState, skp: SkpDraft,
                   now: datetime) -> DueReminder | None:
    if not _realisasi_possible(prompt, year, skp):
        return None
    performance = year.performance_year(now.date())
    for quarter in (4, 3, 2, 1):
        moment, until = _realisasi_window(performance, quarter, prompt.at)
        if not moment <= now < until:
            continue
        if _handed_out(year, performance, quarter):
            return None
        if not _since_ok(prompt.since, moment) or _off_day(settings, now.date()):
            return None
        pending = pending_quarter(skp, year, quarter, now.date())
        # a quarter whose prompt passed unseen (the chat not opened in April) is asked with this one (tester51 P2-7)
        earlier = [(q, missing) for q in range(first_quarter(year), quarter)
                   if (missing := pending_quarter(skp, year, q, now.date()))]
        if not pending and not earlier:
            return None
        return DueReminder(ReminderKind.realisasi, f"pengingat:realisasi:{performance}-TW{quarter}", moment,
                           realisasi_label(quarter), quarter, performance, pending,
                           optional_quarter(skp, year, quarter), earlier)
    return None


# Changing the settings (each returns new settings) --------------------------------------------------------------
def logbook_on(settings: ReminderSettings, now: datetime, at: time | None = None,
               days: list[int] | None = None) -> ReminderSettings:
    """The nudge on: every working day (default) or the days given, at `at` (default 16:00 WIB)."""
    nudge = settings.logbook.model_copy(update={"on": True, "since": now})
    if at is not None:
        nudge = nudge.model_copy(update={"at": at})
    if days is not None:
        if not days or any(not 0 <= d <= 6 for d in days):
            raise YearError("Pilih hari pengingat antara Senin dan Minggu.")
        nudge = nudge.model_copy(update={"days": sorted(set(days))})
    return settings.model_copy(update={"logbook": nudge})


def logbook_weekly(settings: ReminderSettings, now: datetime, weekday: int | None = None,
                   at: time | None = None) -> ReminderSettings:
    return logbook_on(settings, now, at, [_settings()["logbook"]["weekly_day"] if weekday is None else weekday])


def dialog_on(settings: ReminderSettings, now: datetime, every_months: int = 1, last: date | None = None,
              at: time | None = None, day: int | None = None) -> ReminderSettings:
    if every_months not in _settings()["dialog"]["every_months"]:
        raise YearError("Dialog kinerja diingatkan sebulan sekali atau dua bulan sekali.")
    if day is not None and not 1 <= day <= 31:
        raise YearError(f"Tanggal {day} tidak ada di kalender; tulis tanggal 1–31, misalnya «tiap bulan tgl 5».")
    update = {"on": True, "every_months": every_months, "since": now, "last": last or settings.dialog.last}
    if at is not None:
        update["at"] = at
    if day is not None:
        update["day"] = day
    return settings.model_copy(update={"dialog": settings.dialog.model_copy(update=update)})


def dialog_held(settings: ReminderSettings, day: date) -> ReminderSettings:
    """A dialog kinerja took place: the next reminder is counted from it."""
    return settings.model_copy(update={"dialog": settings.dialog.model_copy(update={"last": day})})


def realisasi_on(settings: ReminderSettings, now: datetime) -> ReminderSettings:
    return settings.model_copy(update={"realisasi": settings.realisasi.model_copy(update={"on": True, "since": now})})


def switch_off(settings: ReminderSettings, *kinds: ReminderKind) -> ReminderSettings:
    """The named reminders off (all three when none is named); the rest of their settings is kept."""
    kinds = kinds or tuple(ReminderKind)
    update = {}
    for kind, field in ((ReminderKind.catat, "logbook"), (ReminderKind.dialog, "dialog"),
                        (ReminderKind.realisasi, "realisasi")):
        if kind in kinds:
            update[field] = getattr(settings, field).model_copy(update={"on": False})
    return settings.model_copy(update=update)


def set_quiet_hours(settings: ReminderSettings, start: time | None, end: time | None = None) -> ReminderSettings:
    """Quiet hours from start to end (over midnight when end is earlier); None removes them."""
    if start is None:
        return settings.model_copy(update={"quiet": None})
    if end is None or start == end:
        raise YearError("Tulis jam mulai dan jam selesai, misalnya «jam 9 malam sampai jam 6 pagi».")
    return settings.model_copy(update={"quiet": QuietHours(start=start, end=end)})


def set_weekends_off(settings: ReminderSettings, off: bool) -> ReminderSettings:
    return settings.model_copy(update={"weekends_off": off})


def pause(settings: ReminderSettings, start: date, end: date) -> ReminderSettings:
    """No reminder from start to end (leave); the reminders come back by themselves after it."""
    if end < start:
        raise YearError("Tanggal selesai cuti harus sesudah tanggal mulai.")
    return settings.model_copy(update={"pauses": settings.pauses + [Pause(start=start, end=end)]})


def end_leave(settings: ReminderSettings, today: date, named: tuple[date, date] | None = None) -> ReminderSettings:
    """The leave not over yet taken back (only the one overlapping `named` when a range is said); YearError when there
    is none."""
    def cancelled(p: Pause) -> bool:
        return p.end >= today and (named is None or p.start <= named[1] and named[0] <= p.end)

    if not any(cancelled(p) for p in settings.pauses):
        raise YearError("Tidak ada cuti yang tercatat untuk dibatalkan. Lihat pengaturannya dengan /pengingat.")
    return settings.model_copy(update={"pauses": [p for p in settings.pauses if not cancelled(p)]})


def leave_ahead(settings: ReminderSettings, today: date) -> bool:
    """Whether a leave not over yet is set (the /pengingat menu offers to take it back)."""
    return any(p.end >= today for p in settings.pauses)


def conflicts(settings: ReminderSettings) -> list[str]:
    """What in the settings keeps a reminder from ever arriving, in Indonesian."""
    notes = []
    nudge = settings.logbook
    if nudge.on and in_quiet_hours(settings.quiet, nudge.at):
        quiet = settings.quiet
        notes.append(f"Pengingat catatan jam {nudge.at:%H:%M} jatuh di jam tenang ({quiet.start:%H:%M}–"
                     f"{quiet.end:%H:%M}), jadi tidak akan terkirim. Pilih jam lain, misalnya "
                     f"{_outside_quiet(quiet):%H:%M}.")
    if nudge.on and settings.weekends_off and all(d >= 5 for d in nudge.days):
        notes.append("Pengingat catatan hanya di akhir pekan, padahal akhir pekan tidak dikirimi pesan. "
                     "Pilih hari kerja.")
    return notes


def _outside_quiet(quiet: QuietHours) -> time:
    """An hour before quiet hours begin."""
    start = datetime.combine(date(2000, 1, 2), quiet.start) - timedelta(hours=1)
    return start.time()


def day_name(day: date) -> str:
    """«Senin»: the weekday's name as the reminders write it."""
    return logbook_words()["weekday_names"][day.weekday()]


def describe(settings: ReminderSettings) -> str:
    """The settings for /pengingat, in Indonesian."""
    names = logbook_words()["weekday_names"]
    nudge, dialog = settings.logbook, settings.dialog
    if not nudge.on:
        logbook = "mati"
    elif nudge.days == [0, 1, 2, 3, 4]:
        logbook = f"setiap hari kerja (Senin–Jumat) jam {nudge.at:%H:%M} WIB"
    elif nudge.days == list(range(7)):
        logbook = f"setiap hari (Senin–Minggu) jam {nudge.at:%H:%M} WIB"
    elif len(nudge.days) == 1:
        logbook = f"setiap {names[nudge.days[0]]} jam {nudge.at:%H:%M} WIB"
    else:
        logbook = f"{', '.join(names[d] for d in nudge.days)} jam {nudge.at:%H:%M} WIB"
    cadence = ("sebulan sekali" if dialog.every_months == 1 else "dua bulan sekali") \
        + (f" tanggal {dialog.day}" if dialog.day else "")
    lines = [f"Pengingat catatan harian: {logbook}",
             f"Pengingat dialog kinerja: {cadence + f' jam {dialog.at:%H:%M}' if dialog.on else 'mati'}",
             f"Pengingat realisasi akhir triwulan: {'nyala' if settings.realisasi.on else 'mati'}",
             "Jam tenang: " + (f"{settings.quiet.start:%H:%M}–{settings.quiet.end:%H:%M}" if settings.quiet else "tidak ada"),
             f"Akhir pekan: {'tidak dikirimi pesan' if settings.weekends_off else 'boleh'}",
             "Hari libur nasional dan cuti bersama: tidak dikirimi pengingat"]
    lines += [f"Cuti: {short_date(p.start)}–{short_date(p.end)}" for p in settings.pauses]
    return "\n".join(lines)


# Times as typed ---------------------------------------------------------------------------------------------------
@knowledge.cached
def _clock() -> re.Pattern:
    """A clock time: «jam 4 sore», «setengah 10 malam», «16.30», «4 pm»; its day parts from knowledge/pengingat.yaml."""
    parts = "|".join(sorted(map(re.escape, _settings()["day_parts"]), key=len, reverse=True))
    return re.compile(r"(?:jam|pukul|pkl|at)?\s*(setengah\s+)?(\d{1,2})(?:[.:](\d{2}))?\s*"
                      rf"(?:({parts})\b)?", re.IGNORECASE)


def read_clock(text: str) -> time | None:
    """"jam 4 sore" → 16:00, "setengah 10 malam" → 21:30, "16.30" → 16:30, "jam 8 pagi" → 08:00."""
    found = read_clocks(text)
    return found[0] if found else None


def read_clocks(text: str) -> list[time]:
    """Every time in the text, in order ("jam 9 malam sampai jam 6 pagi" → 21:00, 06:00)."""
    parts, below = _settings()["day_parts"], _settings()["afternoon_below"]
    out = []
    for m in _clock().finditer(text):
        half, hour, minute, part = m.group(1), int(m.group(2)), int(m.group(3) or 0), (m.group(4) or "").lower()
        if not (m.group(0).strip().lower().startswith(("jam", "pukul", "pkl", "at", "setengah")) or part or m.group(3)):
            continue  # a bare number is no time
        if half:
            hour, minute = hour - 1, 30
        if part:
            if parts[part] and hour < 12 and not (part == "siang" and hour >= 11):
                hour += parts[part]
            elif part in _settings()["midnight_parts"] and hour == 12:
                hour = 0
        elif 1 <= hour < below and not m.group(3):
            hour += 12  # "jam 4": office hours, the afternoon
        if 0 <= hour <= 23 and 0 <= minute <= 59:
            out.append(time(hour, minute))
    return out
