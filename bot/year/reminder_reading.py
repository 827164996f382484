"""Reminder settings asked for in plain words — "ingatkan logbook tiap hari kerja jam 4 sore", "matikan pengingat
mingguan, yg triwulan biarin nyala", "jam tenang jam 9 malam sampai jam 6 pagi", "saya cuti 11-15 mei" — read once
into a ReminderRequest, and applied to the settings. Words: knowledge/pengingat.yaml."""

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from bot import knowledge
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.year.leave_reading import leave_days
from bot.year.models import ReminderSettings, YearError
from bot.year.reminders import (
    ReminderKind,
    dialog_on,
    end_leave,
    logbook_on,
    pause,
    read_clocks,
    realisasi_on,
    set_quiet_hours,
    set_weekends_off,
    switch_off,
)
from bot.year.vocabulary import time_zone, vocabulary

# A full stop ends a clause, except between the digits of a clock time («21.00»).
_CLAUSES = re.compile(r"[;!?\n]+|(?<!\d)\.+|\.+(?!\d)|,\s*|\s+(?:dan|sama|terus|lalu|and)\s+(?=\w)", re.IGNORECASE)


@dataclass
class ReminderRequest:
    """What the user asked; None means "not said" (the setting stays as it is)."""

    on: set[ReminderKind] = field(default_factory=set)
    off: set[ReminderKind] = field(default_factory=set)
    days: list[int] | None = None  # the logbook nudge's weekdays
    at: time | None = None  # the logbook nudge's hour
    dialog_every: int | None = None
    dialog_last: date | None = None
    dialog_at: time | None = None
    dialog_day: int | None = None  # «tiap bulan tgl 5»
    logbook_day: int | None = None  # a day of the month asked of the logbook nudge, which has none: said so
    quiet: tuple[time, time] | None = None
    quiet_off: bool = False
    weekends_off: bool | None = None
    leave: tuple[date, date] | None = None
    leave_off: bool = False  # the leave taken back (the one `leave` names, else every leave not over yet)
    zone: tuple[str, int] | None = None  # a time zone the text names («WITA», 1 hour ahead): its times are turned to WIB

    @property
    def empty(self) -> bool:
        return self == ReminderRequest()


@knowledge.cached
def _words() -> dict[str, PhraseSet]:
    return {key: phrase_set("pengingat", "words", key) for key in knowledge.data("pengingat")["words"]}


def _subject(words: list[str]) -> str | None:
    said = _words()
    for subject in ("quiet", "leave", "weekend", "dialog", "realisasi", "all", "catat"):
        if said[subject].find(words):
            return subject
    return None


def read_request(text: str, today: date) -> ReminderRequest:
    """Each clause is about the thing it names, or the one named before it; an off word beats an on word."""
    request, said, subject = ReminderRequest(), _words(), None
    request.zone = time_zone(tokens(text))
    ahead = request.zone[1] if request.zone else 0
    leave = leave_days(text, today)
    if leave:
        request.leave = leave
    for clause in (c for c in _CLAUSES.split(text) if c and c.strip()):
        words = tokens(clause)
        subject = _subject(words) or subject or ("weekday" if _weekday(words) is not None else None)
        if subject == "weekday":
            subject = "catat"
        off, on = bool(said["off"].find(words)), bool(said["on"].find(words))
        times = [_in_wib(t, ahead) for t in read_clocks(clause)]
        if subject == "leave" or (subject is None and leave):
            # taken back only by a word of its own clause («hapus cuti»; not «cuti 11-15 mei, jgn kirim pengingat»)
            request.leave_off = request.leave_off or bool(said["leave"].find(words) and said["cancel"].find(words))
            continue
        if subject == "quiet":
            times = times if len(times) >= 2 else _hour_range(clause) or times
            if len(times) >= 2:
                request.quiet = (times[0], times[1])
            elif times:
                request.quiet = _quiet_around(clause, times[0])
            elif off:
                request.quiet_off = True
            continue
        if off and len(times) == 1 and _side_of_hour(clause):  # «jgn kirim pengingat stlh jam 9 malam»
            request.quiet = _quiet_around(clause, times[0])
            continue
        if off and len(times) >= 2 and _subject(words) is None:
            # «jangan kirim apa2 di atas jam 8 malam sampai jam 7 pagi»: nothing from one hour to the other, naming
            # no reminder, is quiet hours, never the logbook nudge switched off (tester53 P2-6)
            request.quiet = (times[0], times[1])
            continue
        if subject == "weekend":
            request.weekends_off = off
            continue
        kinds = list(ReminderKind) if subject == "all" else [ReminderKind(subject or "catat")]
        for kind in kinds:
            if off:
                request.off.add(kind)
                request.on.discard(kind)
            elif on or kind is ReminderKind.catat and (times or _frequency(words) or _weekday(words) is not None):
                request.on.add(kind)
        kind = kinds[0]
        if kind is ReminderKind.catat and not off:
            _nudge(request, words, times)
        elif kind is ReminderKind.dialog and not off:
            _dialog(request, clause, words, times, today)
    return request


_RANGE = re.compile(r"(?<![\d.:])(\d{1,2})(?:[.:](\d{2}))?\s*(?:-|–|s\.?d\.?|sampai|sampe|hingga)\s*"
                    r"(\d{1,2})(?:[.:](\d{2}))?(?![\d.:])", re.IGNORECASE)


def _hour_range(clause: str) -> list[time]:
    """«jam tenang 21-06»: two hours of the day as written on a 24-hour clock (no «jam» before the first)."""
    found = _RANGE.search(clause)
    if not found or int(found.group(1)) > 23 or int(found.group(3)) > 23:
        return []
    return [time(int(found.group(1)), int(found.group(2) or 0)), time(int(found.group(3)), int(found.group(4) or 0))]


def _side_of_hour(clause: str) -> str | None:
    """"after" or "before" when the clause says a time is a boundary («stlh jam 9 malam», «sebelum jam 6 pagi»)."""
    words = tokens(clause)
    for side in ("after", "before"):
        if phrase_set("pengingat", f"quiet_{side}").find(words):
            return side
    return None


def _quiet_around(clause: str, at: time) -> tuple[time, time]:
    """Quiet hours with one end said: from it to the default morning, or from the default night up to it."""
    default = {k: time.fromisoformat(str(v)) for k, v in knowledge.data("pengingat")["quiet_default"].items()}
    return (default["start"], at) if _side_of_hour(clause) == "before" else (at, default["end"])


def _in_wib(at: time, ahead: int) -> time:
    """A clock time said in a zone `ahead` hours of WIB, as WIB."""
    return time((at.hour - ahead) % 24, at.minute)


# «16», «21.00», «21-06», «4pm»: a time or a day; «c7», «IKI2» (letters before the digits) name a record instead
_CLOCK_PART = re.compile(r"[\d.:\-–]+([a-z]*)")


@knowledge.cached
def _follow_up_words() -> frozenset[str]:
    data = knowledge.data("pengingat")
    said = {t for phrases in data["words"].values() for phrase in phrases for t in tokens(str(phrase))}
    parts = {t for part in data["day_parts"] for t in tokens(str(part))}
    return frozenset(said | parts | set(vocabulary().weekdays) | {str(w) for w in data["follow_up_words"]})


def follow_up(text: str, today: date) -> bool:
    """Whether a line typed right after the reminder settings were shown changes them: it asks for something
    («jam setengah 4 sore», «tiap jumat aja», «matikan») and holds no word but reminder words, weekdays and clock
    times, so no line of work («jumat rapat koordinasi») is taken for one."""
    words = [w for w in tokens(text) if not ((m := _CLOCK_PART.fullmatch(w)) and (not m.group(1)
                                                                               or m.group(1) in _follow_up_words()))]
    if any(w not in _follow_up_words() for w in words):
        return False
    request = read_request(text, today)
    return request.at is not None or request.days is not None or bool(request.off) or request.quiet is not None \
        or request.quiet_off or request.weekends_off is not None or request.dialog_every is not None \
        or request.dialog_at is not None or request.leave is not None or request.leave_off


def _frequency(words: list[str]) -> str | None:
    said = _words()
    for name in ("weekdays_only", "weekly", "bimonthly", "monthly", "every_day"):
        if said[name].find(words):
            return name
    return None


def _weekday(words: list[str]) -> int | None:
    return next((vocabulary().weekdays[word] for i, word in enumerate(words) if _is_day(words, i)), None)


def _is_day(words: list[str], i: int) -> bool:
    """words[i] names a weekday («minggu» not the week of «seminggu», «sabtu minggu», «minggu pertama/ini»)."""
    word = words[i]
    return word in vocabulary().weekdays and not (word == "minggu" and (
        i > 0 and words[i - 1] in ("seminggu", "sabtu") or i + 1 < len(words) and words[i + 1] in ("pertama", "ini")))


def _named_days(words: list[str]) -> tuple[list[int], set[int]]:
    """The weekdays a request names, a range between two of them read whole («senin sampai kamis», «senin-kamis»),
    and those it excepts («kecuali jumat»); words in pengingat.yaml `day_words` (tester21b #3: «kecuali jumat» set
    Friday only, «senin sampai kamis» Monday only)."""
    data = knowledge.data("pengingat")["day_words"]
    split = [part for word in words for part in (word.replace("-", " - ").split() if "-" in word else [word])]
    days, excepted, excepting = [], set(), False
    for i, word in enumerate(split):
        if word in data["except"]:
            excepting = True
        elif _is_day(split, i):
            day = vocabulary().weekdays[word]
            if excepting:
                excepted.add(day)
            elif days and i >= 2 and split[i - 1] in data["range"] and _is_day(split, i - 2):
                days += list(range(days[-1] + 1, day + 1))
            else:
                days.append(day)
    return days, excepted


def _nudge(request: ReminderRequest, words: list[str], times: list[time]) -> None:
    frequency = _frequency(words)
    request.logbook_day = _month_day(words) or request.logbook_day
    named, excepted = _named_days(words)
    if named or excepted:  # "tiap jumat", "senin sampai kamis", "tiap hari kerja kecuali jumat"
        base = named or [0, 1, 2, 3, 4]
        request.days = [day for day in dict.fromkeys(base) if day not in excepted] or None
    elif frequency == "weekly":
        request.days = [knowledge.data("pengingat")["logbook"]["weekly_day"]]
    elif frequency == "weekdays_only":
        request.days = [0, 1, 2, 3, 4]
    elif frequency == "every_day":
        request.days = list(range(7))  # "tiap hari" is every day, as said (tester52 P2-10); "hari kerja" is Mon–Fri
    if times:
        request.at = times[0]


def _dialog(request: ReminderRequest, clause: str, words: list[str], times: list[time], today: date) -> None:
    frequency = _frequency(words)
    if frequency == "bimonthly":
        request.dialog_every = 2
    elif frequency == "monthly":
        request.dialog_every = 1
    if times:
        request.dialog_at = times[0]
    request.dialog_day = _month_day(words) or request.dialog_day
    if _words()["last"].find(words):
        request.dialog_last = _day_month(clause, today, past=True)


def _month_day(words: list[str]) -> int | None:
    """«tiap bulan tgl 5»: the number after a day-of-month word (pengingat.yaml `month_day`); None when none."""
    marks = set(knowledge.data("pengingat")["month_day"])
    return next((int(after) for word, after in zip(words, words[1:]) if word in marks and after.isdigit()), None)


def _day_month(text: str, today: date, past: bool) -> date | None:
    months = vocabulary().months
    for match in re.finditer(r"(\d{1,2})\s+([a-z]+)", text.lower()):
        month = months.get(match.group(2))
        if month:
            try:
                found = date(today.year, month, int(match.group(1)))
            except ValueError:
                return None
            if past and found > today:
                found = found.replace(year=today.year - 1)
            return found
    return None


def apply_request(settings: ReminderSettings, request: ReminderRequest, now: datetime) -> ReminderSettings:
    """The settings after the request; YearError (Indonesian) when it asks for something that cannot be."""
    if request.empty:
        raise YearError("Pengingat mana yang diatur? Contoh: «ingatkan catatan tiap hari kerja jam 4 sore», «matikan "
                        "pengingat dialog», «jam tenang jam 9 malam sampai jam 6 pagi», «saya cuti 11-15 mei».")
    if request.logbook_day:  # never dropped silently (tester53 P2-6)
        raise YearError(f"Pengingat catatan harian datang per hari, bukan per tanggal, jadi «tanggal "
                        f"{request.logbook_day}» belum bisa saya atur untuknya. Pilih harinya, misalnya «tiap Jumat jam "
                        f"3 sore»; tanggal tiap bulan bisa untuk pengingat dialog kinerja («dialog tiap bulan tgl "
                        f"{request.logbook_day}»).")
    if request.off:
        settings = switch_off(settings, *request.off)
    if ReminderKind.catat in request.on or ((request.at or request.days) and ReminderKind.catat not in request.off):
        settings = logbook_on(settings, now, request.at, request.days)
    if ReminderKind.dialog in request.on or request.dialog_every:
        settings = dialog_on(settings, now, request.dialog_every or settings.dialog.every_months,
                             request.dialog_last, request.dialog_at, request.dialog_day)
    if ReminderKind.realisasi in request.on:
        settings = realisasi_on(settings, now)
    if request.quiet:
        settings = set_quiet_hours(settings, *request.quiet)
    elif request.quiet_off:
        settings = set_quiet_hours(settings, None)
    if request.weekends_off is not None:
        settings = set_weekends_off(settings, request.weekends_off)
    if request.leave_off:
        settings = end_leave(settings, now.date(), request.leave)
    elif request.leave:
        settings = pause(settings, *request.leave)
    return settings


def resumes(leave: tuple[date, date]) -> date:
    """The day reminders come back after a leave."""
    return leave[1] + timedelta(days=1)
