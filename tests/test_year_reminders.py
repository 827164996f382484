"""Reminders: off until turned on, due at the chosen hour on working days only (Indonesian holidays and cuti bersama
from the holidays package, weekends, leave, quiet hours), each with a stable key so it is sent once; the dialog
kinerja cadence; the end-of-triwulan prompt on the first working day after the quarter; SKP versions; the state as
JSON."""

from datetime import date, datetime, time

import pytest

from bot.clock import WIB
from bot.models import IkiDraft, SkpDraft
from bot.year.capaian import record
from bot.year.models import LogbookNudge, YearError, YearState
from bot.year.reminders import (
    ReminderKind,
    conflicts,
    describe,
    dialog_held,
    dialog_on,
    due_reminders,
    logbook_on,
    logbook_weekly,
    mark_sent,
    next_due,
    pause,
    read_clock,
    read_clocks,
    realisasi_date,
    set_quiet_hours,
    set_weekends_off,
    switch_off,
)
from bot.year.versions import agree, read_reason, reasons, record_change, version, versions_text
from bot.year.workdays import first_workday, holiday, is_workday, next_workday

SKP = SkpDraft(iki=[IkiDraft(indikator="Jumlah sertifikat hasil kalibrasi alat kesehatan", target="450",
                             satuan="sertifikat"),
                    IkiDraft(indikator="Nilai IP ASN", target="80")])
SET = datetime(2026, 3, 2, 9, 0, tzinfo=WIB)


def _at(day: str, clock: str = "16:30") -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=WIB)


def _seen(year: YearState, quarter: str = "2026-TW4") -> YearState:
    """Every triwulan prompt up to `quarter` handed out: an unseen one stays due until the next (tester56 F14)."""
    return year.model_copy(update={"sent": {**year.sent, "realisasi": f"pengingat:realisasi:{quarter}"}})


def _year(**changes) -> YearState:
    """The nudge's tests: the triwulan prompts already handed out, so only the nudge is due."""
    year = _seen(agree(YearState(), SKP, date(2026, 1, 5)))
    return year.model_copy(update={"reminders": logbook_on(year.reminders, SET, **changes)})


def _kinds(year: YearState, moment: datetime) -> list[str]:
    return [r.kind.value for r in due_reminders(year, SKP, moment)]


def test_the_nudge_is_off_until_turned_on_and_defaults_to_weekdays_at_16():
    assert YearState().reminders.logbook == LogbookNudge(on=False, days=[0, 1, 2, 3, 4], at=time(16, 0))
    assert _kinds(agree(YearState(), SKP, date(2026, 1, 5)), _at("2026-03-03")) == []
    due = due_reminders(_year(), SKP, _at("2026-03-03"))
    assert [(r.kind, r.key, r.action) for r in due] == [
        (ReminderKind.catat, "pengingat:catat:2026-03-03", "Catat hari ini")]
    assert _kinds(_year(), _at("2026-03-03", "15:59")) == []  # not before its hour


@pytest.mark.parametrize("day", ["2026-03-19", "2026-03-20", "2026-04-03", "2026-05-01", "2026-08-17",
                                 "2026-12-25", "2027-01-01"])
def test_no_nudge_on_holidays(day):
    assert holiday(date.fromisoformat(day))
    assert _kinds(_year(), _at(day)) == []


def test_no_nudge_on_weekends_by_default_or_when_kept_free():
    assert _kinds(_year(), _at("2026-03-07")) == []  # Saturday: not in Monday–Friday
    every_day = _year(days=list(range(7)))
    assert _kinds(every_day, _at("2026-03-07")) == ["catat"]
    weekends_off = every_day.model_copy(update={"reminders": set_weekends_off(every_day.reminders, True)})
    assert _kinds(weekends_off, _at("2026-03-07")) == []


def test_quiet_hours_hold_back_what_falls_inside_them():
    year = _year(at=time(21, 30), days=list(range(7)))
    quiet = year.model_copy(update={"reminders": set_quiet_hours(year.reminders, time(21, 0), time(6, 0))})
    assert _kinds(year, _at("2026-06-03", "21:45")) == ["catat"]
    assert _kinds(quiet, _at("2026-06-03", "21:45")) == []
    assert _kinds(quiet, _at("2026-06-04", "05:30")) == []  # over midnight
    assert any("21:30 jatuh di jam tenang" in note for note in conflicts(quiet.reminders))
    assert _kinds(year.model_copy(update={"reminders": set_quiet_hours(quiet.reminders, None)}),
                  _at("2026-06-03", "21:45")) == ["catat"]


def test_a_key_is_handed_out_once_and_a_daily_nudge_waits_for_no_entry():
    year = _year()
    due = due_reminders(year, SKP, _at("2026-03-03"))
    assert due and due_reminders(mark_sent(year, due[0]), SKP, _at("2026-03-03", "17:00")) == []
    assert due_reminders(year, SKP, _at("2026-03-03", "17:00"))[0].key == due[0].key  # the same key again
    assert due_reminders(year, SKP, _at("2026-03-03"), logged_today=True) == []


def test_switched_on_after_the_hour_the_days_nudge_is_not_sent_late():
    year = agree(YearState(), SKP, date(2026, 1, 5))
    year = year.model_copy(update={"reminders": logbook_on(year.reminders, _at("2026-03-03", "16:30"))})
    assert _kinds(year, _at("2026-03-03", "16:31")) == []
    assert _kinds(year, _at("2026-03-04", "16:01")) == ["catat"]


def test_weekly_nudge_and_leave():
    year = _seen(agree(YearState(), SKP, date(2026, 1, 5)))
    year = year.model_copy(update={"reminders": logbook_weekly(year.reminders, SET, 4, time(14, 0))})
    assert _kinds(year, _at("2026-05-08", "14:05")) == ["catat"] and _kinds(year, _at("2026-05-07", "14:05")) == []
    assert "catat" not in _kinds(year, _at("2026-04-03", "14:05"))  # Jumat Agung
    on_leave = year.model_copy(update={"reminders": pause(year.reminders, date(2026, 5, 18), date(2026, 5, 22))})
    assert _kinds(on_leave, _at("2026-05-22", "14:05")) == [] and _kinds(on_leave, _at("2026-05-29", "14:05")) == ["catat"]
    with pytest.raises(YearError, match="sesudah tanggal mulai"):
        pause(year.reminders, date(2026, 4, 17), date(2026, 4, 13))


def test_the_triwulan_prompt_on_the_first_working_day_after_the_quarter():
    assert realisasi_date(2026, 1) == date(2026, 4, 1)
    assert realisasi_date(2026, 4) == date(2027, 1, 4)  # not on Tahun Baru 1 Jan (a Friday)
    year = agree(YearState(), SKP, date(2026, 1, 5))
    assert _kinds(year, _at("2026-04-01", "07:00")) == []
    due = due_reminders(year, SKP, _at("2026-04-01", "07:30"))
    assert [(r.key, r.quarter, r.pending, r.action) for r in due] == [
        ("pengingat:realisasi:2026-TW1", 1, [1], "Isi realisasi TW I")]
    assert due_reminders(year, SKP, _at("2027-01-01", "09:00")) == []
    assert [r.key for r in due_reminders(year, SKP, _at("2027-01-04", "08:00"))] == ["pengingat:realisasi:2026-TW4"]


def test_a_quarters_prompt_never_handed_out_stays_due_until_the_next_quarters():
    # tester56 F14: the chat opened on 6 May with TW I never filled got no prompt; it came first on 1 July, for TW II
    year = agree(YearState(), SKP, date(2026, 1, 5))
    late = due_reminders(year, SKP, _at("2026-05-19", "10:00"))
    assert [(r.key, r.quarter, r.action) for r in late] == [("pengingat:realisasi:2026-TW1", 1, "Isi realisasi TW I")]
    assert due_reminders(mark_sent(year, late[0]), SKP, _at("2026-06-10", "10:00")) == []  # handed out once
    filled = record(year, SKP.iki[0], 1, date(2026, 5, 2), _at("2026-05-02"), value=98)
    assert _kinds(filled, _at("2026-05-19", "10:00")) == []  # nothing missing: nothing asked
    assert [r.key for r in due_reminders(year, SKP, _at("2026-07-01", "08:00"))] == ["pengingat:realisasi:2026-TW2"]
    assert next_due(year, SKP, _at("2026-05-19", "10:00")) == _at("2026-05-19", "10:00")


def test_the_prompt_stops_once_the_quarter_is_filled_and_when_switched_off():
    year = record(agree(YearState(), SKP, date(2026, 1, 5)), SKP.iki[0], 1, date(2026, 4, 1), _at("2026-04-01"),
                  value=98)
    assert _kinds(year, _at("2026-04-01", "10:00")) == []
    off = agree(YearState(), SKP, date(2026, 1, 5))
    off = off.model_copy(update={"reminders": switch_off(off.reminders)})
    assert _kinds(off, _at("2026-04-01", "10:00")) == [] and "mati" in describe(off.reminders)


def test_monthly_dialog_on_the_first_working_day():
    assert first_workday(2026, 5) == date(2026, 5, 4)  # 1 May is Hari Buruh
    year = agree(YearState(), SKP, date(2026, 1, 5))
    year = year.model_copy(update={"reminders": dialog_on(year.reminders, SET, every_months=1)})
    assert _kinds(year, _at("2026-04-01", "08:30")) == ["dialog", "realisasi"]
    may = due_reminders(_seen(year, "2026-TW1"), SKP, _at("2026-05-04", "08:30"))  # TW I's sent on 1 April
    assert [(r.key, r.action) for r in may] == [("pengingat:dialog:2026-05", "Lihat agenda dialog")]
    assert _kinds(year, _at("2026-05-01", "08:30")) == []


def test_a_dialog_every_two_months_counted_from_the_last_one_moves_off_a_sunday():
    year = _seen(agree(YearState(), SKP, date(2026, 1, 5)))
    reminders = dialog_on(year.reminders, _at("2026-11-02", "09:00"), every_months=2, last=date(2026, 10, 20))
    year = year.model_copy(update={"reminders": reminders})
    assert next_workday(date(2026, 12, 20)) == date(2026, 12, 21)
    assert _kinds(year, _at("2026-12-20", "09:00")) == []
    assert [r.key for r in due_reminders(year, SKP, _at("2026-12-21", "09:00"))] == ["pengingat:dialog:2026-12"]
    held = year.model_copy(update={"reminders": dialog_held(year.reminders, date(2026, 12, 22))})
    assert _kinds(held, _at("2027-02-22", "09:00")) == ["dialog"]
    with pytest.raises(YearError, match="sebulan sekali atau dua bulan sekali"):
        dialog_on(year.reminders, SET, every_months=3)


@pytest.mark.parametrize("text, want", [
    ("jam 4 sore", time(16, 0)), ("jam setengah 10 malam", time(21, 30)), ("jam 8 malam", time(20, 0)),
    ("jam 2 siang", time(14, 0)), ("jam 11 siang", time(11, 0)), ("jam 8 pagi", time(8, 0)), ("15.30", time(15, 30)),
    ("jam 4", time(16, 0)), ("tiap hari kerja", None),
])
def test_times_as_typed(text, want):
    assert read_clock(text) == want


def test_quiet_hours_as_typed():
    assert read_clocks("jam tenang saya jam 9 malam sampai jam 6 pagi") == [time(21, 0), time(6, 0)]


def test_working_days():
    assert not is_workday(date(2026, 3, 21)) and is_workday(date(2026, 3, 25))
    assert holiday(date(2026, 3, 19)) == "Hari Suci Nyepi"


def test_versions_after_the_skp_is_agreed():
    year = agree(YearState(), SKP, date(2026, 1, 5))
    assert year.agreed and year.year == 2026 and agree(year, SkpDraft(), date(2026, 2, 1)) == year
    changed = SkpDraft(iki=SKP.iki[:1] + [IkiDraft(indikator="Jumlah parameter kalibrasi baru yang terakreditasi")])
    year = record_change(year, changed, read_reason("saya dimutasi ke tim lain"), date(2026, 6, 1), "pindah tim")
    assert [v.number for v in year.versions] == [1, 2] and year.versions[1].reason == "struktur"
    assert version(year, 1).skp.iki[1].indikator == "Nilai IP ASN"  # the earlier version stays readable
    assert "Versi 2 · 1 Juni 2026 · Perubahan struktur organisasi atau mutasi jabatan — pindah tim" in versions_text(year)
    with pytest.raises(YearError, match="hanya untuk alasan yang diatur"):
        record_change(year, changed, "bosan", date(2026, 6, 2))
    with pytest.raises(YearError, match="belum ditetapkan"):
        record_change(YearState(), changed, "strategi", date(2026, 6, 2))
    with pytest.raises(YearError, match="Versi 5 tidak ada"):
        version(year, 5)
    assert set(reasons()) == {"strategi", "struktur", "direktif"}
    assert read_reason("pimpinan minta tambah IKI") == "direktif" and read_reason("karena capek") is None


def test_the_state_round_trips_as_json_and_old_states_load():
    year = _year()
    assert YearState.model_validate_json(year.model_dump_json()) == year
    old = YearState.model_validate({"entries": [{"id": "c1", "day": "2026-03-02", "text": "rapat", "future": 1}]})
    assert old.entries[0].status.value == "unsure" and old.reminders.logbook.on is False


REQUESTS = [
    ("tolong ingetin saya isi logbook tiap hari kerja jam 4 sore", {"on": {"catat"}, "days": [0, 1, 2, 3, 4],
                                                                    "at": time(16, 0)}),
    ("ingatkan logbook tiap hari jam setengah 10 malam", {"on": {"catat"}, "days": list(range(7)), "at": time(21, 30)}),
    ("pengingat logbook seminggu sekali senin pagi jam 8", {"on": {"catat"}, "days": [0], "at": time(8, 0)}),
    ("ingetin isi logbook seminggu sekali aja, senin jam 9 pagi", {"on": {"catat"}, "days": [0], "at": time(9, 0)}),
    ("matikan semua pengingat dulu ya, lagi banyak rapat", {"off": {"catat", "dialog", "realisasi"}}),
    ("matikan pengingat mingguan, yg triwulan biarin nyala", {"off": {"catat"}, "on": {"realisasi"}}),
    ("jangan ingetin saya lagi ya, berisik", {"off": {"catat"}}),
    ("nyalakan lagi tapi seminggu sekali aja tiap jumat jam 2 siang. pengingat akhir triwulan juga nyalakan",
     {"on": {"catat", "realisasi"}, "days": [4], "at": time(14, 0)}),
    ("ingatkan logbook tiap hari kerja jam 4 sore, dan ingatkan dialog kinerja sama katim tiap awal bulan",
     {"on": {"catat", "dialog"}, "days": [0, 1, 2, 3, 4], "at": time(16, 0), "dialog_every": 1}),
    ("pengingat logbook tiap jumat jam 3 sore. dialog kinerja saya sama katim tiap 2 bulan, terakhir 20 oktober",
     {"on": {"catat"}, "days": [4], "at": time(15, 0), "dialog_every": 2, "dialog_last": date(2026, 10, 20)}),
    ("oh iya, set jam tenang ya: jangan kirim apa2 jam 9 malam sampai jam 6 pagi", {"quiet": (time(21), time(6))}),
    ("jam tenang jam 9 malem - 6 pagi", {"quiet": (time(21), time(6))}),
    ("jam tenang jam 21.00 sampai 06.00", {"quiet": (time(21), time(6))}),
    ("jam tenang 22.30-05.30 ya. ingetin catatan jam 16.30", {"quiet": (time(22, 30), time(5, 30)), "on": {"catat"},
                                                              "at": time(16, 30)}),
    ("jam tenang dari jam 12 mlm sampai 5 pagi", {"quiet": (time(0), time(5))}),
    ("hapus jam tenang, sama weekend boleh kirim lagi", {"quiet_off": True, "weekends_off": False}),
    ("sabtu minggu jangan kirim apa2", {"weekends_off": True}),
    ("saya cuti 11-15 mei ya, jgn kirim pengingat", {"leave": (date(2026, 5, 11), date(2026, 5, 15))}),
]


@pytest.mark.parametrize("text, want", REQUESTS, ids=[t for t, _ in REQUESTS])
def test_reminders_asked_for_in_plain_words(text, want):
    from bot.year.reminder_reading import read_request

    request = read_request(text, date(2026, 11, 2) if "oktober" in text else date(2026, 5, 6))
    got = {key: value for key, value in vars(request).items() if value not in (None, set(), False)
           or key in want}
    got = {k: ({kind.value for kind in v} if k in ("on", "off") else v) for k, v in got.items()}
    assert got == want


def test_a_request_applied_to_the_settings():
    from bot.year.reminder_reading import apply_request, read_request

    settings = YearState().reminders
    settings = apply_request(settings, read_request("ingatkan logbook tiap hari jam setengah 10 malam", date(2026, 6, 2)),
                             _at("2026-06-02", "19:00"))
    settings = apply_request(settings, read_request("jam tenang saya jam 9 malam sampai jam 6 pagi", date(2026, 6, 2)),
                             _at("2026-06-02", "19:01"))
    assert conflicts(settings)  # the 21:30 nudge falls inside them: said, not silently dropped
    settings = apply_request(settings, read_request("jam 8 malam aja", date(2026, 6, 2)), _at("2026-06-02", "19:02"))
    assert settings.logbook.on and settings.logbook.at == time(20, 0) and not conflicts(settings)
    settings = apply_request(settings, read_request("matikan semua pengingat", date(2026, 6, 2)), _at("2026-06-02"))
    assert not (settings.logbook.on or settings.dialog.on or settings.realisasi.on)
    assert settings.logbook.at == time(20, 0)  # switched off, not forgotten
    with pytest.raises(YearError, match="Pengingat mana yang diatur"):
        apply_request(settings, read_request("halo", date(2026, 6, 2)), _at("2026-06-02"))


def test_records_follow_an_iki_whose_text_changed():
    from bot.year.logbook import add_entry, read_entry
    from bot.year.rencana import propose
    from bot.year.versions import follow_rename

    old = SKP.iki[0]
    year = record(YearState(rencana=[propose(old)]), old, 1, date(2026, 4, 1), _at("2026-04-01"), value=98)
    year, _ = add_entry(year, read_entry("kmrn terbit 14 sertifikat kalibrasi", date(2026, 4, 2), SKP),
                        _at("2026-04-02"))
    new = "Jumlah sertifikat kalibrasi alat kesehatan yang terbit tepat waktu"
    moved = follow_rename(year, old.indikator, new)
    assert moved.rencana[0].iki == moved.entries[0].iki == moved.realisasi[0].iki == new
    assert year.entries[0].iki == old.indikator  # the old state is left as it was
