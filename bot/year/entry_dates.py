"""The date a logbook line is about: hari ini, kemarin, a weekday ("senin", "jumat lalu", "minggu lalu rabu"),
"tgl 3", "3/12", "18 maret" — read once from the words, then placed relative to the clock's today. Never a future
date; no date word means today."""

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot import knowledge
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.year.line import CLAUSE_MARKS, Line, line
from bot.year.vocabulary import config, vocabulary

# "minggu" is Sunday, except in "minggu lalu / depan / ini …", where it is the week.
_WEEK_AFTER = frozenset({"lalu", "depan", "ini", "kemarin", "kmrn", "yang", "yg", "kemaren", "terakhir", "pertama",
                         "dpn"})


@dataclass(frozen=True)
class When:
    """What the line says about its date, before it is placed on the calendar."""

    kind: str = ""  # "" | today | yesterday | days_back | weekday | day | day_month
    said: str = ""  # the words that said it, for the reply ("kemarin", "tgl 3")
    span: tuple[int, int] = (0, 0)  # their token range
    weekday: int | None = None
    past: bool = False  # "jumat lalu", "rabu kemarin": not today even when today is that day
    last_week: bool = False  # "minggu lalu jumat"
    day: int | None = None
    month: int | None = None
    year: int | None = None
    back: int = 0  # days_back: how many days before today
    mid: bool = False  # a day and month mid-line, after no date word: the work's day only when not ahead of today
    shift: int = 0  # «H-1 rapat tgl 9»: days from the day said to the work's (-1)


def when(ln: Line) -> When:
    """The date expression that comes first in the line ("hari ini upload …, diundangkan senin" is about today); at
    the same place a day and month, then a day of the month, a weekday, kemarin, today."""
    found = [w for w in (_day_month(ln), _day_of_month(ln), _day_called(ln), _days_back(ln), _week_start(ln),
                         _weekday(ln), _relative(ln)) if w] \
        or [w for w in (_last_week(ln),) if w]
    if not found:
        return When()
    first = min(found, key=lambda w: w.span[0])
    dated = next((w for w in found if first.kind == "weekday" and w.kind in ("day_month", "day") and
                  _date_words_between(ln, first.span[1], w.span[0])), None)
    if dated:  # «senin 16/3 posbindu», «rabu tgl 25 maret …»: the date written after the weekday names the day
        first = replace(dated, said=_said(ln, first.span[0], dated.span[1]), span=(first.span[0], dated.span[1]))
    # "kmrn libur, hari ini 52 sampel": an explicit today names the day of the work over a weekday or kemarin.
    today = _today(ln)
    if today and today.said in _not_date()["length"]:  # «jumat … seharian»: how long, no day over the weekday
        today = None
    if today and today.span[1] < len(ln.toks) and ln.toks[today.span[1]] in vocabulary().link["correction"]["marks"]:
        today = None  # «td salah ketik, yg diverif kemarin 28 bukan 38»: when the mistake was typed, not the work
    if today and first.kind in ("yesterday", "days_back", "weekday"):
        return today
    return _event_shift(ln, _stretched(ln, _own_work_day(ln, first) or first))


def _date_words_between(ln: Line, start: int, end: int) -> bool:
    """Nothing but date words («tgl», «tanggal») from start to end («senin tgl 16/3»), or nothing at all."""
    if start == end:
        return True
    phrase = vocabulary().date_words.match_at(ln.toks, start)
    return (phrase is not None and start + len(phrase) == end) or (end == start + 1 and ln.toks[start] in _date_prefixes())


def _week_start(ln: Line) -> When | None:
    """«awal minggu», «awal pekan» (catatan_harian.yaml week_start): this week's Monday."""
    found = ln.find(phrase_set("catatan_harian", "week_start"))
    if not found:
        return None
    return When("weekday", " ".join(found[1]), (found[0], found[0] + len(found[1])), weekday=0)


def _event_shift(ln: Line, w: When) -> When:
    """«H-1 rapat evaluasi tgl 9»: a letter of event_day_letters, a sign and a number before the date, in its clause,
    put the work that many days before (or after) the day said, and are said with it («h-1 tgl 9»)."""
    if not w.kind or w.kind in ("today", "yesterday"):
        return w
    letters = frozenset(config()["event_day_letters"])
    for i in range(w.span[0] - 3, -1, -1):
        if ln.toks[i] in CLAUSE_MARKS and not (i and ln.toks[i - 1] in letters):
            return w  # «H+2»'s sign opens no clause
        if ln.toks[i] in letters and ln.toks[i + 1] in ("-", "+") and ln.kinds[i + 2] == "num" and \
                ln.toks[i + 2].isdigit():
            sign = -1 if ln.toks[i + 1] == "-" else 1
            return replace(w, shift=sign * int(ln.toks[i + 2]), said=f"{_typed(ln, i, i + 3)} {w.said}")
    return w


def _own_work_day(ln: Line, first: When) -> When | None:
    """«banjir bandang tgl 14 di Kab Luwu, laporan masuk sabtu, sy verif sabtu itu jg»: a day of the month told after
    what happened («banjir bandang»), in a clause the user is not the subject of, gives way to a past day in a later clause the user
    opens as its subject (family_told own: «sy», «kami») — the day of the work the line logs. A today word there
    («laporannya baru sy kelarin td») leaves the day told first: the work's own day, finished today."""
    own = set(config()["family_told"]["own"])
    clauses = ln.clauses()
    opened = next(((a, b) for a, b in clauses if a <= first.span[0] < b), None)
    if first.kind not in ("day", "day_month") or opened is None or first.span[0] == opened[0] or \
            ln.toks[opened[0]] in own:
        return None  # «tgl 14 verif laporan, sy input sabtu»: a date opening its clause dates the work after it
    for a, b in clauses:
        if a > first.span[0] and ln.toks[a] in own:
            later = when(Line(" ".join(ln.toks[a:b]), ln.toks[a:b], ln.kinds[a:b]))
            if later.kind in ("weekday", "yesterday", "days_back"):
                return replace(later, span=(later.span[0] + a, later.span[1] + a))
    return None


def month_reported(ln: Line, day: date) -> date | None:
    """The month a reported figure is of, when the line names a month alone, with no day before it, earlier than the
    month it is logged in: «kehadiran elektronik bulan september 97%» typed on 5 October is September's figure, so
    TW III's, never TW IV's. The first of that month (December's in January is last year's); None otherwise: a
    month ahead is a plan, never the figure's period, and «3 september» is the entry's own date, read by `when`."""
    months = vocabulary().months
    for i, tok in enumerate(ln.toks):
        if tok in months and not (i and ln.kinds[i - 1] == "num"):
            named = date(day.year, months[tok], 1)
            if named > day and day.month == 1 and months[tok] == 12:  # «rekap desember 96%» typed in January
                named = date(day.year - 1, 12, 1)
            return named if named < date(day.year, day.month, 1) else None
    return None


def _stretched(ln: Line, w: When) -> When:
    """A stretch of days dated by its first («dr tgl 12 smp 14 pelatihan …», «senin - rabu»,
    catatan_harian.yaml date_range): its opening word and its last day are the date's words too, so no reader takes
    them for work text or a count."""
    if w.kind not in ("day", "day_month", "weekday"):
        return w
    end = _range_end(ln, w)
    if end is None:
        return w
    openers, _ = _range_words()
    start = w.span[0] - 1 if w.span[0] > 0 and ln.toks[w.span[0] - 1] in openers else w.span[0]
    return replace(w, said=_typed(ln, start, end), span=(start, end))


def stretch_days(ln: Line, w: When) -> int:
    """How many days the stretch dating the line spans («senin-rabu»: 3, «tgl 2 sd 6»: 5); 1 for a single day."""
    said = ln.toks[w.span[0]:w.span[1]]
    if w.kind == "weekday":
        days = [_weekdays()[p] for t in said for p in t.split("-") if p in _weekdays()]
        return days[-1] - days[0] + 1 if len(days) > 1 and days[-1] > days[0] else 1
    if w.kind in ("day", "day_month") and w.day:
        last = [int(t) for t, k in zip(said, ln.kinds[w.span[0]:w.span[1]]) if k == "num" and t.isdigit()]
        return last[-1] - w.day + 1 if last and last[-1] > w.day else 1
    return 1


def _range_end(ln: Line, w: When) -> int | None:
    """Where a stretch's last day ends, when a joining word («smp», «s.d.», «-») and a later day follow the date: a
    weekday after a weekday, a day of the month (with its month) after a day."""
    vocab = vocabulary()
    _, joiners = _range_words()
    at = w.span[1]
    joiner = next((j for j in joiners if ln.toks[at:at + len(j)] == j), None)
    if joiner is None:
        return None
    at += len(joiner)
    at += len(vocab.date_words.match_at(ln.toks, at) or ())
    if at >= len(ln.toks):
        return None
    tok, kind = ln.toks[at], ln.kinds[at]
    if w.kind == "weekday":
        return at + 1 if kind == "word" and tok in _weekdays() else None  # «sen - rab» too
    if kind == "slash":
        return at + 1
    if kind != "num" or not tok.isdigit() or not 1 <= int(tok) <= 31:
        return None
    end = at + 1
    if end < len(ln.toks) and ln.toks[end] in vocab.months:  # «tgl 30 jan smp 2 feb»
        end += 1
        return end + (end < len(ln.toks) and ln.toks[end].isdigit() and len(ln.toks[end]) == 4)
    return end if w.day is not None and int(tok) > w.day else None


def resolve(w: When, today: date) -> date:
    """The calendar date, never after today («H-1 rapat tgl 9»: the day before the 9th, which may be tomorrow's)."""
    if w.shift:
        event = _resolved(replace(w, shift=0), today - timedelta(days=w.shift))
        return min(today, event + timedelta(days=w.shift))
    return _resolved(w, today)


def _resolved(w: When, today: date) -> date:
    if w.kind == "yesterday":
        return today - timedelta(days=1)
    if w.kind == "days_back" and w.back:
        return today - timedelta(days=w.back)
    if w.kind == "weekday" and w.weekday is not None:
        if w.day and _latest_day(today, w.day).weekday() == w.weekday:  # «senin 16»: the 16th, a Monday
            return _latest_day(today, w.day)
        if w.last_week:
            return today - timedelta(days=today.weekday() + 7) + timedelta(days=w.weekday)
        back = (today.weekday() - w.weekday) % 7
        return today - timedelta(days=back or (7 if w.past else 0))
    if w.kind == "day" and w.day:
        return _latest_day(today, w.day)
    if w.kind == "day_month" and w.day and w.month and not (w.mid and _ahead(w, today)):
        year = w.year or today.year
        for y in (year, year - 1):
            if w.day <= calendar.monthrange(y, w.month)[1] and (found := date(y, w.month, w.day)) <= today:
                return found
    return today


def read_date(ln: Line, today: date) -> tuple[date, When]:
    """The date and what said it; a number after a weekday that the calendar does not confirm as its day of the
    month («selasa 3 pendapat hukum selesai, 1 masih draf» in a month whose 3rd is no Tuesday) is given back to the
    line as a count. A chat message pasted with its stamp («[10.15, 10/3/2026] Kaprodi: …») is of the stamp's day,
    and «kemarin» inside it counts back from that day."""
    stamp = _stamp(ln)
    if stamp is not None:
        header, after = stamp
        below = _own_row(ln, after)
        if below is not None:
            # «[09.10, 19/8] Pak Dedi: tolong cek …⏎udh sy cek kmrn»: a row the user adds below the pasted message is
            # theirs, typed now; the stamp says when it was asked, not when the work was done (linking42)
            rest = Line(ln.text, ln.toks[below:], ln.kinds[below:], ln.spans[below:])
            day, inner = read_date(rest, today)
            if inner.kind:
                return day, replace(inner, span=(inner.span[0] + below, inner.span[1] + below))
            return today, When()
        sent = resolve(header, today)
        rest = Line(ln.text, ln.toks[after:], ln.kinds[after:], ln.spans[after:] if ln.spans else ())
        day, inner = read_date(rest, sent)
        if inner.kind:
            return day, replace(inner, span=(inner.span[0] + after, inner.span[1] + after))
        return sent, header
    w = when(ln)
    night = phrase_set("catatan_harian", "last_night_words").find(list(ln.toks)) if not w.kind else None
    if night:  # «penangkapan nyamuk … semalam dr jam 6 sore sampe 6 pagi»: last night's, the evening's day
        w = When("yesterday", " ".join(night[1]), (night[0], night[0] + len(night[1])))
    if w.mid and w.day and w.month and _ahead(w, today):  # «undangan rapat 20 oktober» on 10 October: a plan's day
        w = When()
    if w.mid and w.kind == "day_month" and "/" in w.said and not _recent(w, today):
        w = When()  # «lansia 12/8,» typed on 19 August: that day; «… 3/4,» of a month long gone is no date
    if w.kind == "weekday" and w.day and _latest_day(today, w.day).weekday() != w.weekday:
        w = replace(w, day=None, span=(w.span[0], w.span[1] - 1), said=_said(ln, w.span[0], w.span[1] - 1))
    return resolve(w, today), w


_STAMP_TOKENS = 8  # how far a pasted message's stamp may reach: «[10.15, 10/3/2026]», «[Grup Tim, 09.15, 3/8/26]»


def _stamp(ln: Line) -> tuple[When, int] | None:
    """«Forwarded\n[10.15, 10/3/2026] Kaprodi: …», «[16.40, 3/8/2026] Bu Tika: …»: a bracket opening the line (past a
    forward label, catatan_harian.yaml forwarded labels) that closes within _STAMP_TOKENS tokens and holds a day and
    month: the message's stamp, as a date, and the token after the bracket; None for any other line."""
    at = 0
    label = phrase_set("catatan_harian", "forwarded", "labels").match_at(list(ln.toks), 0)
    if label:
        at = len(label) + (len(ln.toks) > len(label) and ln.toks[len(label)] == ":")
    if at >= len(ln.toks) or ln.toks[at] != "[" or "]" not in ln.toks[at:at + _STAMP_TOKENS]:
        return None
    close = ln.toks.index("]", at)
    for i in range(at + 1, close):
        parts = ln.toks[i].split("/") if ln.kinds[i] == "slash" else []
        if len(parts) >= 2 and 1 <= int(parts[0]) <= 31 and 1 <= int(parts[1]) <= 12:
            year = int(parts[2]) + (2000 if int(parts[2]) < 100 else 0) if len(parts) > 2 else None
            return When("day_month", ln.toks[i], (0, close + 1), day=int(parts[0]), month=int(parts[1]),
                        year=year), close + 1
    return None


def _own_row(ln: Line, after: int) -> int | None:
    """The first token of a row below a pasted message (its text past the stamp at token `after` up to a line break):
    what the user wrote under it; None when nothing is below or the line keeps no character spans."""
    if not ln.spans or after >= len(ln.toks):
        return None
    cut = ln.text.find("\n", ln.spans[after][0])
    return next((i for i in range(after + 1, len(ln.toks)) if cut >= 0 and ln.spans[i][0] > cut), None)


_RECENT_DAYS = 31  # how far back a bare day/month mid-line reaches as the work's date


def _recent(w: When, today: date) -> bool:
    """The day and month fall within the last _RECENT_DAYS days up to today."""
    placed = resolve(w, today)
    if placed == today:  # resolve gives today for no date at all too
        return (w.day, w.month) == (today.day, today.month)
    return (today - placed).days <= _RECENT_DAYS


def _ahead(w: When, today: date) -> bool:
    """A day and month that falls after today in its year (this year when none is written), or is no date at all."""
    year = w.year or today.year
    return w.day > calendar.monthrange(year, w.month)[1] or date(year, w.month, w.day) > today


def _latest_day(today: date, day: int) -> date:
    """Day N of this month when not after today, else of the latest month that has it."""
    year, month = today.year, today.month
    for _ in range(13):
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) <= today:
            return date(year, month, day)
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return today


def _said(ln: Line, start: int, end: int) -> str:
    return " ".join(ln.toks[start:end])


def _typed(ln: Line, start: int, end: int) -> str:
    """Tokens start..end as typed («tgl 2 s.d. 4», not «tgl 2 s . d . 4»), in lower case."""
    return ln.text[ln.spans[start][0]:ln.spans[end - 1][1]].lower() if ln.spans else _said(ln, start, end)


def _opens_or_after_date_word(ln: Line, i: int) -> bool:
    """A bare "3/12" or "18 maret" is a date at the start of the line (or after a weekday), or after "tgl" or
    "pada"."""
    vocab = vocabulary()
    j = i
    while j > 0 and ln.kinds[j - 1] == "mark":
        j -= 1
    if j == _tags_end(ln) or ln.toks[j - 1] in _weekdays() or ln.toks[j - 1] in _date_prefixes():
        return True
    if _range_end_opens(ln, i):  # «s.d. 31/3 skrining 41 dari 45 bayi»: the stretch's last day, its first untold
        return True
    for start in range(max(0, i - 3), i):
        phrase = vocab.date_words.match_at(ln.toks, start)
        if phrase and start + len(phrase) == i:
            return True
    return False


def _range_end_opens(ln: Line, i: int) -> bool:
    """Only a word joining a stretch's ends (date_range joiners: «s.d.», «s/d», «sampai») stands before the date at i
    at the line's start: the work done up to that day, dated by it as no first day is told (tester59 F6)."""
    return any(tuple(ln.toks[_tags_end(ln):i]) == j for j in range_end_words())


def slash_dated(ln: Line, i: int) -> bool:
    """The «d/m» at i is a day of some stretch or period, whether or not it dates the work: an end of a stretch
    («s.d. 31/3», «1/3 s.d. 31/3») or after a word naming a date («periode 1/3», «tgl 1/4»). Never a part of a whole
    («41 dari 45 … s.d. 31/3» holds one rate: tester59 F6)."""
    parts = ln.toks[i].split("/") if ln.kinds[i] == "slash" else []
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or not (1 <= int(parts[0]) <= 31
                                                                        and 1 <= int(parts[1]) <= 12):
        return False
    joiners = _range_words()[1]
    before = [j for j in joiners if i >= len(j) and tuple(ln.toks[i - len(j):i]) == j]
    after = [j for j in joiners if tuple(ln.toks[i + 1:i + 1 + len(j)]) == j]
    said = i > 0 and ln.toks[i - 1] in _not_date()["other_dates"] | _date_prefixes()
    return bool(before or after or said) or _opens_or_after_date_word(ln, i)


def range_end_words() -> tuple[tuple[str, ...], ...]:
    """The words joining a stretch's ends that are words, as tokens («s.d.», «sampai»; never «-», a list's bullet)."""
    return tuple(j for j in _range_words()[1] if any(t.isalpha() for t in j))


def _tags_end(ln: Line) -> int:
    """Where the hashtags opening the line end («#logbook #posbindu 17/3 …»: a label, no words of the work)."""
    at = 0
    while at + 1 < len(ln.toks) and ln.toks[at] == "#" and ln.kinds[at + 1] == "word":
        at += 2
    return at


def _closes_clause_after_words(ln: Line, i: int) -> bool:
    """«rapat pembahasan bab 3 juknis lansia 12/8, tinggal bab 4»: a bare day/month after the work's words, closing
    its clause (a comma, a stop or the line's end after it), with no word of another thing's date before it, dates
    the work (read_date keeps it only when it is a recent day: _recent) — when its first number is above its second,
    so no part of a whole: «perawat patuh 3/5,» is a rate."""
    closes = i + 1 == len(ln.toks) or ln.toks[i + 1] in CLAUSE_MARKS
    parts = ln.toks[i].split("/")
    return closes and i > 0 and ln.kinds[i - 1] == "word" and len(parts) == 2 and all(p.isdigit() for p in parts) \
        and int(parts[0]) > int(parts[1]) and \
        ln.toks[i - 1] not in _not_date()["other_dates"] | _not_date()["purpose"] | _not_date()["relative"]


def _whole_slashed(ln: Line, i: int) -> bool:
    """«rapat … 05/06/26 dgn dinkes», «supervisi 5-6-2026 …»: a day, month and year written with slashes or dashes is a
    date wherever it stands (no rate or ratio has three parts), unless a word naming another thing's date comes right
    before it («deadline 20/6/2026»)."""
    parts = ln.toks[i].split("/")
    return len(parts) == 3 and len(parts[2]) in (2, 4) and i > 0 and \
        ln.toks[i - 1] not in _not_date()["other_dates"] | _not_date()["purpose"]


def _day_month(ln: Line) -> When | None:
    months = vocabulary().months
    for i, (tok, kind) in enumerate(zip(ln.toks, ln.kinds)):
        if kind == "slash" and (_opens_or_after_date_word(ln, i) or _closes_clause_after_words(ln, i)
                                or _whole_slashed(ln, i)):
            parts = [int(p) for p in tok.split("/")]
            day, month = parts[0], parts[1]
            year = parts[2] if len(parts) > 2 else None
            if year is not None and year < 100:
                year += 2000
            if 1 <= day <= 31 and 1 <= month <= 12:
                return When("day_month", tok, (i, i + 1), day=day, month=month, year=year,
                            mid=not _opens_or_after_date_word(ln, i))
        if kind != "num" or not tok.isdigit() or not 1 <= int(tok) <= 31:
            continue
        # «18 maret» opening the line or after a date word; mid-line («rapat 3 oktober bahas …») the work's date
        # too, unless after a word naming another thing's date (read_date drops one ahead of today)
        mid = not _opens_or_after_date_word(ln, i)
        if mid and (i == 0 or ln.toks[i - 1] in _not_date()["other_dates"] | _not_date()["purpose"]):
            continue
        if i + 1 < len(ln.toks) and ln.toks[i + 1] in months:
            end = i + 2
            year = int(ln.toks[end]) if end < len(ln.toks) and ln.toks[end].isdigit() and len(ln.toks[end]) == 4 else None
            return When("day_month", _said(ln, i, end), (i, end + (year is not None)), day=int(tok),
                        month=months[ln.toks[i + 1]], year=year, mid=mid)
        joiner = next((j for j in _range_words()[1] if ln.toks[i + 1:i + 1 + len(j)] == j), ())
        at = i + 1 + len(joiner)  # «12-14 maret»: the month written after the stretch's last day is its first's
        if joiner and at + 1 < len(ln.toks) and ln.kinds[at] == "num" and ln.toks[at + 1] in months:
            return When("day_month", _typed(ln, i, at + 2), (i, at + 2), day=int(tok), month=months[ln.toks[at + 1]],
                        mid=mid)
    return None


def _day_of_month(ln: Line) -> When | None:
    vocab = vocabulary()
    for i in range(len(ln.toks)):
        phrase = vocab.date_words.match_at(ln.toks, i)
        if not phrase:
            continue
        at = i + len(phrase)
        if _of_earlier_work(ln, i) and not _restates_earlier(ln, i):
            continue  # «revisi LPJ yg tgl 10»: the day of the work revised («ralat yg tgl 1 …»: the entry's)
        if _bounded(ln, i):
            continue  # «… disampaikan paling lambat tanggal 10»: a deadline, no day the work was done
        if at < len(ln.toks) and ln.kinds[at] == "num" and ln.toks[at].isdigit() and 1 <= int(ln.toks[at]) <= 31:
            month = _day_month(ln)  # «tgl 3 maret»: the month written after the day is the date's
            if month and month.span[0] == at:
                return replace(month, said=_said(ln, i, month.span[1]), span=(i, month.span[1]))
            return When("day", _said(ln, i, at + 1), (i, at + 1), day=int(ln.toks[at]))
    return None


def _day_called(ln: Line) -> When | None:
    """«17an kmrn tetep standby di poskokes», «17-an kemarin»: a day of the month called by its number with «-an» (as
    the 17 August holiday is), with a past marker right after, is that day; «lomba 17an» alone is the event."""
    vocab = vocabulary()
    for i, tok in enumerate(ln.toks):
        called = re.fullmatch(r"(\d{1,2})an", tok) if ln.kinds[i] == "alnum" else None
        end = i + 1
        if called is None and ln.kinds[i] == "num" and tuple(ln.toks[i + 1:i + 3]) == ("-", "an"):
            called, end = re.fullmatch(r"(\d{1,2})", tok), i + 3
        marker = vocab.past_markers.match_at(ln.toks, end) if called else None
        if called and marker and 1 <= int(called.group(1)) <= 31:
            return When("day", _typed(ln, i, end + len(marker)), (i, end + len(marker)), day=int(called.group(1)))
    return None


def _bounded(ln: Line, i: int) -> bool:
    """A date word at i right after a bound of time (catatan_harian.yaml time_bounds: «paling lambat», «maksimal») or a
    word of a deadline (day_not_date due: «deadline», «sebelum»): the date a thing is due by («mulai tgl 6» dates
    the work)."""
    bounds = [tuple(tokens(b)) or (b,) for b in config()["time_bounds"]]
    return i > 0 and (ln.toks[i - 1] in _not_date()["due"] or ln.phrase_start_before(i, bounds) is not None)


def _weekday(ln: Line) -> When | None:
    vocab = vocabulary()
    last_week = ln.find(vocab.last_week)
    for i, tok in enumerate(ln.toks):
        tok = tok.split("-")[0]  # "senin-rabu": a stretch of days is dated by its first
        if ln.kinds[i] != "word" or not (tok in vocab.weekdays or _short_day_listed(ln, i)):
            continue
        named_day = _named_day(ln, i)  # «hari minggu kmrn»: Sunday, never the week
        if tok == "minggu" and not named_day and ((i + 1 < len(ln.toks) and ln.toks[i + 1] in _WEEK_AFTER)
                                                  or _week_span(ln, i) or _week_numbered(ln, i)):
            continue
        own = last_week is not None and last_week[0] == i and named_day  # «hari minggu kmrn»: no week's phrase
        if last_week and last_week[0] <= i < last_week[0] + len(last_week[1]) and not own:
            continue  # the "minggu" of "minggu lalu"
        past = any(vocab.past_markers.match_at(ln.toks, j) for j in range(i + 1, min(i + 4, len(ln.toks)))) \
            or (i > 0 and vocab.past_markers.match_at(ln.toks, i - 1) == ("last",))
        # «yg anev kemaren senin»: a yesterday word right before the weekday says it is past, as after it
        yesterday_before = i > 0 and vocab.yesterday.match_at(ln.toks, i - 1) == (ln.toks[i - 1],)
        past = past or yesterday_before
        if (_for_purpose(ln, i) or _for_purpose(ln, i, "scheduled")) and not past:
            continue  # "utk dibahas jumat", «jadwal tayang jumat»: when it will happen («persiapan … senin kmrn»: it was)
        if _of_earlier_work(ln, i) and not _restates_earlier(ln, i):
            continue  # «revisi VeR yg senin»: when the work revised was done, not this entry
        near = last_week is not None and not own and (abs(last_week[0] - i) <= 3)
        start = min(i, last_week[0]) if near else i
        end = max(i + 1, last_week[0] + len(last_week[1])) if near else i + 1
        day = _day_after_weekday(ln, i + 1)
        if day is not None and end == i + 1:
            end = i + 2
        start = i - 1 if (named_day or yesterday_before) and start == i else start
        return When("weekday", _said(ln, start, end), (start, end), weekday=_weekdays()[tok], past=past,
                    last_week=near, day=day)
    return None


def _named_day(ln: Line, i: int) -> bool:
    """The weekday at i follows a word naming it a day («hari minggu», «hr senin»: catatan_harian.yaml weekday_day)."""
    return i > 0 and ln.toks[i - 1] in config()["weekday_day"]


@knowledge.cached
def _weekdays() -> dict[str, int]:
    """Every weekday's name, its short forms (catatan_harian.yaml weekday_short) too: read as days only where
    _short_day_listed says so."""
    return {**{k.lower(): v for k, v in config()["weekday_short"].items()}, **vocabulary().weekdays}


def _names_day(tok: str) -> bool:
    """A token that may name a day: a weekday, a short form, or two days joined by a dash («rab-jum»; «sel-sel» is
    the plural of a word)."""
    parts = [part for part in tok.split("-") if part]
    return bool(parts) and all(part in _weekdays() for part in parts) and len(set(parts)) == len(parts)


def _short_day_listed(ln: Line, i: int) -> bool:
    """«minggu ini: sen input data, sel rapat, rab-jum pelatihan»: the short form at i («sen», «rab») is a day where
    the line lists days: it opens a clause and another day opens one too, or it is joined by a dash to another day
    («rab-jum»); «sel», «RAB» and «min» elsewhere are words of their own."""
    tok, short = ln.toks[i], config()["weekday_short"]
    if tok.split("-")[0] not in short:
        return False
    if "-" in tok and len([p for p in tok.split("-") if p]) > 1 and _names_day(tok):
        return True
    _, joiners = _range_words()  # «sen - rab», «sen s.d. rab»
    joined = next((j for j in joiners if ln.toks[i + 1:i + 1 + len(j)] == j), None)
    end = i + 1 + len(joined or ())
    if joined and end < len(ln.toks) and _names_day(ln.toks[end]) and ln.toks[end] != tok:
        return True

    def opens(j: int) -> bool:  # «minggu» of «minggu ini: …» is the week, no day listed
        return ln.kinds[j] == "word" and (j == 0 or ln.toks[j - 1] in CLAUSE_MARKS) and _names_day(ln.toks[j]) \
            and ln.toks[j] != "minggu"

    return opens(i) and any(opens(j) for j in range(len(ln.toks)) if j != i)


def _day_after_weekday(ln: Line, at: int) -> int | None:
    """«senin 16 verif 12 berkas»: a day of the month right after the weekday, when a count follows later in the
    line (so «senin 3 berkas» stays three files); the calendar confirms it when the date is placed."""
    if at >= len(ln.toks) or ln.kinds[at] != "num" or not ln.toks[at].isdigit() or not 1 <= int(ln.toks[at]) <= 31:
        return None
    return int(ln.toks[at]) if any(k == "num" for k in ln.kinds[at + 1:]) else None


def _week_span(ln: Line, i: int) -> bool:
    """"2 minggu", "tiap minggu", "maks dua minggu": the "minggu" at i is a length of time or a frequency, not Sunday."""
    if i > 0 and ln.kinds[i - 1] == "num":
        return True
    spans = vocabulary().week_span_before
    return any(phrase and start + len(phrase) == i
               for start in range(max(0, i - 3), i) for phrase in [spans.match_at(ln.toks, start)])


def _week_numbered(ln: Line, i: int) -> bool:
    """«minggu ke-27», «minggu ke 3», «minggu kedua»: the «minggu» at i is a week named by its number, not Sunday."""
    after = ln.toks[i + 1:i + 4]
    if after and (after[0] in config()["week_ordinals"] or re.fullmatch(r"ke\d+", after[0])):
        return True
    rest = [t for t in after[1:] if t != "-"]
    return bool(after) and after[0] == "ke" and bool(rest) and rest[0].isdigit()


@knowledge.cached
def _range_words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The words opening a stretch of days, and those joining its ends as tokens, the longest first."""
    words = config()["date_range"]
    joiners = sorted({line(j).toks for j in words["joiners"]}, key=len, reverse=True)
    return frozenset(words["openers"]), tuple(joiners)


@knowledge.cached
def _date_prefixes() -> frozenset[str]:
    return frozenset(config()["date_prefixes"])


@knowledge.cached
def _back_words() -> tuple[PhraseSet, frozenset[str], PhraseSet]:
    words = config()["days_back"]
    return PhraseSet(words["two"]), frozenset(words["units"]), PhraseSet(words["after"])


def _days_back(ln: Line) -> When | None:
    """«kemarin lusa», «the day before yesterday»: two days back; «3 hari yang lalu», «2 days ago»: N days back."""
    two, units, after = _back_words()
    found = ln.find(two)
    if found:
        return When("days_back", " ".join(found[1]), (found[0], found[0] + len(found[1])), back=2)
    for i in range(len(ln.toks) - 2):
        if ln.kinds[i] != "num" or not ln.toks[i].isdigit() or ln.toks[i + 1] not in units:
            continue
        tail = after.match_at(ln.toks, i + 2)
        if tail and 1 <= int(ln.toks[i]) <= 31:
            end = i + 2 + len(tail)
            return When("days_back", _said(ln, i, end), (i, end), back=int(ln.toks[i]))
    return None


def week_only(said: str) -> bool:
    """The words that dated a line are «minggu lalu» alone: the same weekday a week back (_last_week), a day the
    user did not say."""
    words = said.split()
    found = vocabulary().last_week.match_at(words, 0)
    return bool(found) and len(found) == len(words)


def _last_week(ln: Line) -> When | None:
    """«minggu lalu ngerjain 5 permintaan perbaikan»: a week back from today, the same weekday (as «senin» is the
    latest Monday), when no other word gives the day; the reply says the day was not said (week_only)."""
    found = ln.find(vocabulary().last_week)
    if not found or any(k != "mark" for k in ln.kinds[:found[0]]):
        # only opening the line: after other words it is the period of what the work is about («rekap data minggu
        # lalu», «lanjut verif yg minggu lalu»), and «2 minggu lalu» is no week back alone
        return None
    return When("days_back", " ".join(found[1]), (found[0], found[0] + len(found[1])), back=7)


def _relative(ln: Line) -> When | None:
    yesterday = vocabulary().yesterday
    for i in range(len(ln.toks)):
        found = yesterday.match_at(ln.toks, i)
        if found and (not _of_the_work(ln, i) or _restates_earlier(ln, i)):
            return When("yesterday", " ".join(found), (i, i + len(found)))
    return _today(ln)


@knowledge.cached
def _not_date() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in config()["day_not_date"].items()}


def _of_the_work(ln: Line, i: int) -> bool:
    """«verif yg kemarin», «revisi data yg ketuker kmrn», «lanjut telaahan revisi POK kmrn»: the «kemarin» at i names
    the work begun then (up to three words after «yang», or after a word of carrying on earlier in its clause), not
    the day of this entry."""
    return _of_earlier_work(ln, i) or any(tok in _not_date()["carrying_on"] for tok in ln.toks[_clause_start(ln, i):i])


def _restates_earlier(ln: Line, i: int) -> bool:
    """«ralat, yg ikut IHT kmrn 11 org», «koreksi yg kemarin, … 5 bukan 4», «yg kmrn 2 paket aja»: a line that opens,
    past only words of mistake or putting right (link.correction marks, restate openers), with «yang» pointing back at
    the work of the day at i and saying its number again says that work again, no new work: its day is that work's,
    as the entry it puts right.
    «revisi VeR yg senin», «lanjutan yg kmrn» open with work of this day."""
    pointer = next((j for j in range(i - 1, max(_clause_start(ln, i), i - 4) - 1, -1)
                    if ln.toks[j] in _not_date()["relative"]), None)
    if pointer is None or "num" not in ln.kinds[i + 1:]:  # «yg kemarin itu loh»: nothing said again
        return False
    settings = vocabulary().link["correction"]
    opener_words = {w for phrase in settings["restate"]["openers"] for w in phrase.split()}
    return all(k == "mark" or t in opener_words or t in settings["marks"]
               for t, k in zip(ln.toks[:pointer], ln.kinds[:pointer])) or _puts_count_right(ln) or \
        _done_then(ln, pointer, i)


def _done_then(ln: Line, pointer: int, i: int) -> bool:
    """«…, jd yg selesai kemarin baru 1 kab»: a clause opening with «yang» and a word of done right before the day
    («yg beres senin 4 berkas») counts the work finished that day, no work of this day on it («revisi data yg selesai
    kemarin»: the work revised)."""
    start = _clause_start(ln, i)
    return pointer - start <= 1 and i == pointer + 2 and vocabulary().done.match_at(ln.toks, pointer + 1) is not None


def _puts_count_right(ln: Line) -> bool:
    """«koreksi: rekomendasi yg udh TL kemarin bukan 2 tapi 3», «td salah ketik, yg diverif kemarin 28 bukan 38»: a
    line saying a mistake (link.correction marks) and setting a number against another by a word of instead
    («bukan 2») puts an earlier entry's count right, whatever words name that work first."""
    settings = vocabulary().link["correction"]
    instead = set(settings["instead"])
    settled = phrase_set("catatan_harian", "link", "correction", "settled_alone")
    # «spesimen yg kmrn salah hitung, bener nya dua puluh»: a word of the right one before the number sets it too
    # («koreksi nilai … yg dilapor jumat, ternyata 1,2 jt»: «ternyata» alone tells the value, today's work)
    return bool(set(ln.toks) & set(settings["marks"])) and \
        any((t in instead and ln.kinds[j + 1] == "num") or
            ((said := settled.match_at(ln.toks, j)) and j + len(said) < len(ln.toks) and
             ln.kinds[j + len(said)] == "num") for j, t in enumerate(ln.toks[:-1]))


def _of_earlier_work(ln: Line, i: int) -> bool:
    """«revisi terjemahan MoU yg senin», «koreksi nilai barang yg dilapor jumat», «lanjutan yg selasa: …»: a weekday
    up to three words after «yang» in its clause names the day of the work this one goes back to (day_not_date
    relative), not the day of this entry."""
    return any(tok in _not_date()["relative"] for tok in ln.toks[max(_clause_start(ln, i), i - 3):i])


def earlier_work_day(ln: Line, today: date) -> date | None:
    """The day of the earlier work the line goes back to, named after «yang» («revisi BA nego yg senin», «lanjutan yg
    kmrn»; day_not_date relative): the latest such weekday before today, or yesterday; None when it names none."""
    vocab = vocabulary()
    for i, tok in enumerate(ln.toks):
        if ln.kinds[i] != "word" or not _of_earlier_work(ln, i):
            continue
        if vocab.yesterday.match_at(ln.toks, i):
            return today - timedelta(days=1)
        if tok in vocab.weekdays and not (tok == "minggu" and (_week_span(ln, i) or _week_numbered(ln, i))):
            return today - timedelta(days=(today.weekday() - vocab.weekdays[tok]) % 7 or 7)
    return None


def corrected_weekday(ln: Line) -> int | None:
    """«audit autoklaf itu mulai selasa bukan senin», «migrasi mulai jumat bukan kamis»: a weekday set against
    another by a word of instead (link.correction.instead) puts the day of earlier work right, no new work: the old
    weekday (the one after «bukan»), 0 for Monday; None for any other line."""
    days, instead = vocabulary().weekdays, set(vocabulary().link["correction"]["instead"])
    for i in range(1, len(ln.toks) - 1):
        if ln.toks[i] in instead and ln.toks[i - 1] in days and ln.toks[i + 1] in days and \
                ln.kinds[i - 1] == ln.kinds[i + 1] == "word":
            return days[ln.toks[i + 1]]
    return None


def corrected_day(ln: Line) -> bool:
    """«eh itu kemarin bukan hari ini», «tgl nya salah, itu minggu lalu bukan minggu ini»: a date set against another by
    a word of instead (link.correction.instead) puts the date of earlier work right, no new work (its old date, or a
    week of it: catatan_harian.yaml this_week, right after the word)."""
    instead = set(vocabulary().link["correction"]["instead"])
    this_week = phrase_set("catatan_harian", "this_week")
    for i in range(1, len(ln.toks) - 1):
        if ln.toks[i] not in instead:
            continue
        rest = Line(" ".join(ln.toks[i + 1:]), ln.toks[i + 1:], ln.kinds[i + 1:])
        after = when(rest)
        if not ((after.kind and after.span[0] == 0) or this_week.match_at(rest.toks, 0) is not None):
            continue
        # the date right before the word, as a whole («minggu lalu», «senin kemarin», «tgl 5»)
        if any(_whole_date(Line(" ".join(ln.toks[j:i]), ln.toks[j:i], ln.kinds[j:i])) for j in range(max(0, i - 3), i)):
            return True
    return False


def _whole_date(ln: Line) -> bool:
    """The words are one date expression and nothing more."""
    w = when(ln)
    return bool(w.kind) and w.span == (0, len(ln.toks))


def _for_purpose(ln: Line, i: int, words: str = "purpose") -> bool:
    """«hasil dishare ke katim utk dibahas jumat»: a weekday up to three words after a word of purpose (or, words
    "scheduled", of a schedule: «jadwal tayang jumat»), in its clause, is when something will happen."""
    purpose = _not_date()[words]
    return any(tok in purpose for tok in ln.toks[max(_clause_start(ln, i), i - 3):i])


def _clause_start(ln: Line, i: int) -> int:
    """Where the clause holding token i begins (0 when no clause holds it)."""
    return next((a for a, b in ln.clauses() if a <= i < b), 0)


def _today(ln: Line) -> When | None:
    today = vocabulary().today
    for i in range(len(ln.toks)):
        found = today.match_at(ln.toks, i)
        if found and not _capitals(ln, i, len(found)) and not _correction_pointer(ln, i):
            return When("today", " ".join(found), (i, i + len(found)))
    return None


def _correction_pointer(ln: Line, i: int) -> bool:
    """«yg tadi senin itu ralat, 8 pasien», «ralat yg td 12»: «tadi» within two words after a pointer back
    (link.correction.restate pointer, back) in a line saying a mistake (link.correction marks) names the entry put
    right, no day: the correction keeps that entry's date (logbook.corrected_day)."""
    restate = vocabulary().link["correction"]["restate"]
    return ln.toks[i] in restate["back"] and bool(set(ln.toks[max(0, i - 2):i]) & set(restate["pointer"])) and \
        ln.has(phrase_set("catatan_harian", "link", "correction", "marks"))


def _capitals(ln: Line, i: int, n: int) -> bool:
    """The words at i typed in capitals in a line with lower-case letters: an acronym spelt like a today word
    («re-check TD sm GDS»: tekanan darah, no «tadi»)."""
    if not ln.spans:
        return False
    typed = ln.text[ln.spans[i][0]:ln.spans[i + n - 1][1]]
    return typed.isupper() and any(c.islower() for c in ln.text)
