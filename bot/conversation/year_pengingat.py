"""Reminders in the chat: /pengingat and its settings typed, the reminders' buttons and replies, and the
producer the engine's tick runs."""

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from bot import knowledge
from bot.conversation.iki_fields import short
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.conversation.year_logbook import pick_asked_again, waiting_note, waiting_picks
from bot.conversation.year_realisasi import ask_realisasi
from bot.lang.dates import quarter_number, quarter_pattern, short_date
from bot.lang.text import phrase_set, tokens
from bot.logs import pseudonym
from bot.storage import StoreUnavailable
from bot.year import agenda as agendas
from bot.year import capaian as capaians
from bot.year import reminders
from bot.year.models import ReminderSettings, YearError
from bot.year.periods import quarter_label
from bot.year.reminder_reading import ReminderRequest, apply_request, follow_up, read_request
from bot.year.reminders import DueReminder, ReminderKind, due_reminders

log = logging.getLogger("asisten_iki.reminders")


def pengingat(state: UserState, rest: str, now: datetime, asked: str = "") -> list[Reply]:
    """/pengingat: the settings and their buttons; asked: a question about them («pengingat jam 22 nya gmn? masuk jam
    tenang dong»), answered first by what keeps a reminder from arriving or whether the one asked about is in the
    quiet hours (tester57 F17)."""
    settings, state.reminders_shown = state.year.reminders, True
    if rest.strip():
        return reminder_change(state, rest, now)
    answer = _answer(settings, asked) if asked else ""
    buttons = [Button("Matikan catatan harian", "year:pengingat:catat-off") if settings.logbook.on
               else Button("Nyalakan catatan harian", "year:pengingat:catat-on"),
               Button("Matikan dialog", "year:pengingat:dialog-off") if settings.dialog.on
               else Button("Nyalakan dialog bulanan", "year:pengingat:dialog-on")]
    buttons += [Button("Batalkan cuti", "year:pengingat:cuti-off")] if reminders.leave_ahead(settings, now.date()) \
        else []
    return [Reply(answer + reminders.describe(settings) + "\n\nUbah dengan kalimat biasa, misalnya «ingatkan catatan tiap hari "
                  "kerja jam 4 sore», «matikan pengingat mingguan», «jam tenang jam 9 malam sampai jam 6 pagi».",
                  buttons)]


def _answer(settings: ReminderSettings, asked: str) -> str:
    """The answer to a question about the reminders, before their settings: what keeps one from arriving
    (reminders.conflicts), else, asked about the quiet hours (pengingat.yaml words quiet), whether the daily nudge
    falls in them; "" when the settings alone answer it."""
    notes = reminders.conflicts(settings)
    if notes:
        return " ".join(notes) + "\n\n"
    nudge, quiet = settings.logbook, settings.quiet
    if nudge.on and quiet is not None and phrase_set("pengingat", "words", "quiet").find(tokens(asked)):
        return (f"Tidak: pengingat catatan jam {nudge.at:%H:%M} di luar jam tenang ({quiet.start:%H:%M}–"
                f"{quiet.end:%H:%M}), jadi tetap terkirim.\n\n")
    return ""


def reminder_change(state: UserState, text: str, now: datetime) -> list[Reply]:
    request = read_request(text, now.date())
    zone, ahead = request.zone or ("WIB", 0)
    said = f"Pengingat memakai jam WIB; jam {zone} saya ubah ke WIB ({zone} = WIB + {ahead} jam)." if ahead else ""
    if ahead and request == ReminderRequest(zone=request.zone):  # «sy di Makassar, pake WITA ya»: no setting asked
        return [Reply(f"Pengingat memakai jam WIB. Tulis jamnya dengan {zone}, misalnya «ingatkan catatan tiap hari "
                      f"kerja jam 4 sore {zone}», dan saya ubah ke WIB (jam {16 - ahead}.00 WIB). Pengaturan sekarang:\n"
                      + reminders.describe(state.year.reminders))]
    try:
        settings = apply_request(state.year.reminders, request, now)
    except YearError as refused:
        return [Reply(str(refused))]
    state.year, state.reminders_shown = state.year.model_copy(update={"reminders": settings}), True
    waits = settings.logbook.on and not reminders.logbook_possible(state.year, state.skp)
    notes = reminders.conflicts(settings) + ([said] if said else []) \
        + (["Pengingat catatan mulai dikirim setelah SKP ditetapkan (/tetapkan) atau setiap IKI lengkap target, "
            "jenis, dan bobotnya."] if waits else [])
    return [Reply("Pengingat diatur:\n" + reminders.describe(settings) + ("\n" + "\n".join(notes) if notes else ""))]


def reminder_follow_up(state: UserState, text: str, now: datetime, shown: bool) -> list[Reply]:
    """A line right after the reminder settings were shown that changes them («jam setengah 4 sore», «tiap jumat
    aja»), whatever question is open; [] for any other line."""
    return reminder_change(state, text, now) if shown and follow_up(text, now.date()) else []


def reminder_label(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """A reminder's button label typed instead of tapped («isi realisasi TW I», «lihat agenda dialog»), pressed: never
    a logbook line; None for any other text. The labels are reminders'; a quarter may be typed «TW 1» or «TW I»."""
    if tokens(text) == tokens(reminders.AGENDA_LABEL):
        return agenda(state, now)
    named = quarter_pattern()
    mark = named.search(text)
    quarter = quarter_number(mark.group(1)) if mark else None
    if quarter is not None and tokens(named.sub(" ", text)) == tokens(named.sub(" ", reminders.realisasi_label(quarter))):
        return ask_realisasi(state, quarter, now.date())
    if quarter is not None and _asks_realisasi(named.sub(" ", text)):
        return ask_realisasi(state, quarter, now.date())
    return None


def _asks_realisasi(rest: str) -> bool:
    """«mau lapor realisasi», «isi realisasi dong», «realisasi» alone (the quarter taken out): asking to report a
    quarter's realisasi, with no figure of its own (pengingat.yaml realisasi `asked`, `alone`)."""
    words, data = tokens(rest), knowledge.data("pengingat")["realisasi"]
    asked = bool(set(words) & set(data["asked"])) or set(words) <= set(data["alone"])
    return bool(set(data["words"]) & set(words)) and asked and len(words) <= data["asked_words"] \
        and not any(ch.isdigit() for ch in rest)


def reminder_button(state: UserState, rest: str, now: datetime) -> list[Reply]:
    settings = state.year.reminders
    if rest == "catat-on":
        settings = reminders.logbook_on(settings, now)
    elif rest == "catat-off":
        settings = reminders.switch_off(settings, ReminderKind.catat)
    elif rest == "dialog-on":
        settings = reminders.dialog_on(settings, now)
    elif rest == "dialog-off":
        settings = reminders.switch_off(settings, ReminderKind.dialog)
    elif rest == "cuti-off" and reminders.leave_ahead(settings, now.date()):
        settings = reminders.end_leave(settings, now.date())
    else:
        return [Reply("Pilihan itu sudah tidak berlaku. Ketik /pengingat.")]
    state.year, state.reminders_shown = state.year.model_copy(update={"reminders": settings}), True
    hint = "\nJam atau harinya bisa diubah: tulis misalnya «jam setengah 4 sore» atau «tiap Jumat jam 3»." \
        if rest.endswith("-on") else ""
    return [Reply("Pengingat diatur:\n" + reminders.describe(settings) + hint)]


def reminder_replies(state: UserState, due: DueReminder, now: datetime) -> list[Reply]:
    """What a due reminder says, with the next useful action as a button."""
    if due.kind is ReminderKind.catat:
        # its day said: nudges left unanswered pile up in the chat, each from another day (tester53 P2-7)
        day = due.at.astimezone(reminders.WIB).date()
        nudge = [Reply(f"Pengingat catatan harian, {reminders.day_name(day)} {short_date(day)}: apa yang Anda kerjakan "
                       "hari ini? Kirim satu baris, misalnya «hari ini review 12 berkas». Matikan dengan /pengingat.",
                       [Button(due.action, "year:catat")])]
        waiting = waiting_picks(state, now.date() + timedelta(days=1))  # today's too: the day is over
        return nudge + ([pick_asked_again(state, waiting)] if waiting else [])
    if due.kind is ReminderKind.dialog:
        return [Reply("Pengingat dialog kinerja dengan pimpinan: bawa agenda dari catatan Anda.",
                      [Button(reminders.AGENDA_LABEL, "year:agenda")])]
    quarter = due.quarter or 1
    lines = [f"{quarter_label(quarter)} sudah berakhir. Isi realisasi per IKI, misalnya «IKI 1: 612 dari 680» "
             "atau «IKI 1 sesuai catatan»" + (":" if due.pending else ".")]
    notes, picks = [], []
    for n in due.pending or []:
        iki = state.skp.iki[n - 1]
        logged = capaians.logbook_value(state.year, iki, quarter, due.year or now.year)
        hint = f" — menurut catatan: {capaians.value_text(logged, capaians.unit_of(iki))}" if logged else ""
        lines.append(f"  IKI {n}: {short(iki.indikator, 60)}{hint}")
        if logged and not picks:
            notes, picks = waiting_note(state, n, quarter, due.year or now.year)
    if due.optional:  # a PME scored per cycle: its new score may be filled now, never required before TW IV
        lines.append("Opsional (nilai tahunan, wajib di TW IV; isi bila ada nilai baru triwulan ini):")
        for n in due.optional:
            iki = state.skp.iki[n - 1]
            last = capaians.latest_typed(state.year, iki.indikator, quarter)
            hint = f" — terakhir: {capaians.value_text(last.value, capaians.unit_of(iki))} " \
                   f"({quarter_label(last.quarter)})" if last is not None and last.value is not None else ""
            lines.append(f"  IKI {n}: {short(iki.indikator, 60)}{hint}")
    earlier = [Button(reminders.realisasi_label(q), f"year:realisasi:{q}") for q, _ in due.earlier or []]
    for q, numbers in due.earlier or []:  # a triwulan whose own prompt passed unseen: asked too, its own button
        lines.append(f"{quarter_label(q)} juga belum diisi untuk IKI " + ", ".join(str(n) for n in numbers)
                     + f"; isi dengan «{reminders.realisasi_label(q)}».")
    now_asked = [Button(due.action, f"year:realisasi:{quarter}")] if due.pending else []
    return [Reply("\n".join(lines + notes), earlier + now_asked + picks)]


# A tick claims scheduled users this many at a time, and starts no new batch after TICK_BUDGET_S: a backlog (16:00,
# when many nudges fall due; the first tick after an upgrade) is worked off over the next ticks, each within its
# minute, instead of one tick running for minutes.
BATCH, TICK_BUDGET_S = 200, 20.0
LEASE_S = 600  # a user claimed by a replica that died (or failed on that user) is due again after this long


def next_at(state: UserState, now: datetime, posted: frozenset[str] = frozenset()) -> float | None:
    """When the schedule should look at this user again (epoch seconds): the earliest moment a reminder not in
    `posted` could fall due, or None when none can (no SKP, or every reminder switched off)."""
    if not state.skp.iki:
        return None
    moment = reminders.next_due(state.year, state.skp, now, posted)
    return None if moment is None else moment.timestamp()


class Reminders:
    """Engine.tick's producer of the year's reminders. Only users the store's schedule says may have one due are
    loaded; each due reminder is posted under a key that is the user's and the reminder's, so replicas ticking at
    once post it once (the store keeps the first), and the user's next moment is written back."""

    def __init__(self, store, load: Callable[[str], UserState], post: Callable[..., bool]):
        self._store, self._load, self._post = store, load, post

    def __call__(self, now: datetime) -> None:
        stamp, began = now.timestamp(), time.monotonic()
        while time.monotonic() - began < TICK_BUDGET_S:
            claimed = self._store.claim_scheduled(stamp, stamp + LEASE_S, BATCH)
            moments = []
            for user_id, version in claimed:
                try:
                    state = self._load(user_id)
                    moments.append((user_id, version, next_at(state, now, self._produce(user_id, state, now))))
                except StoreUnavailable:
                    raise  # the whole tick fails; the next one tries again
                except Exception:  # one user's broken state must not stop everyone's reminders (stays claimed)
                    log.exception("reminders failed for a user", extra={"user": pseudonym(user_id)})
            self._store.reschedule(moments)
            if len(claimed) < BATCH:
                return

    def for_user(self, user_id: str, now: datetime) -> None:
        """One user's reminders (the terminal, after each turn); the schedule is left to the tick."""
        self._produce(user_id, self._load(user_id), now)

    def _produce(self, user_id: str, state: UserState, now: datetime) -> frozenset[str]:
        """Post what is due for the user now; the keys posted (or found posted before)."""
        if not state.skp.iki:
            return frozenset()
        due = due_reminders(state.year, state.skp, now)
        for reminder in due:
            self._post(user_id, f"{user_id}:{reminder.key}", reminder_replies(state, reminder, now), reminder.at)
        return frozenset(r.key for r in due)


def agenda(state: UserState, now: datetime) -> list[Reply]:
    return [Reply(agendas.agenda_text(agendas.agenda(state.skp, state.year, now.date())))]
