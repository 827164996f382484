"""Tester57's logbook and year findings, phrased apart from the transcripts: an explicit date after a weekday or a
hashtag dates the line."""

from datetime import date

import pytest

from bot.year.entry_dates import read_date
from bot.year.line import line

THU = date(2026, 5, 14)  # a Thursday


def _day(text: str, today: date = THU) -> date:
    return read_date(line(text), today)[0]


@pytest.mark.parametrize("text, want", [
    ("selasa 28/4 kunjungan rumah lansia 6 orang", date(2026, 4, 28)),
    ("jumat 8 mei rapat lintas sektor stunting", date(2026, 5, 8)),
    ("#catatan kamis 30/4 entri data ibu hamil 14 orang", date(2026, 4, 30)),
    ("sen 4/5 supervisi 2 pustu", date(2026, 5, 4)),
    ("rabu tgl 29/4 rapat evaluasi posyandu", date(2026, 4, 29)),
    ("senin rapat 11/5", date(2026, 5, 11)),  # the weekday alone dates it: the 11th is that Monday
])
def test_a_date_written_right_after_a_weekday_names_the_day(text, want):
    assert _day(text) == want


@pytest.mark.parametrize("text, want", [
    ("#logbook 29/4 validasi data kohort balita", date(2026, 4, 29)),
    ("#harian #posyandu 6/5 penimbangan 40 balita", date(2026, 5, 6)),
])
def test_a_date_after_the_hashtags_opening_a_line_dates_it(text, want):
    assert _day(text) == want


def test_a_weekday_alone_still_names_its_latest_day():
    assert _day("selasa kunjungan rumah 6 lansia") == date(2026, 5, 12)


RATE_IKI = "Persentase kader posyandu yang dilatih sesuai standar"


@pytest.mark.parametrize("text, want", [
    ("pelatihan kader di balai desa 18 kader dari 20 udah lulus", (18.0, 20.0)),
    ("#logbook 11/5 latih kader 9 kader dari 12", (9.0, 12.0)),  # a date before: no fraction of its own
    ("latih 9 kader dari 12 kader", (9.0, 12.0)),
])
def test_a_part_naming_its_thing_before_a_bare_whole_is_a_rate(text, want):
    from bot.models import IkiDraft
    from bot.year.entry_dates import when
    from bot.year.entry_numbers import reported_rate

    ln = line(text)
    assert reported_rate(ln, when(ln), IkiDraft(indikator=RATE_IKI, target="90%")) == want


def test_a_whole_naming_another_thing_is_no_rate():
    from bot.models import IkiDraft
    from bot.year.entry_dates import when
    from bot.year.entry_numbers import reported_rate

    ln = line("latih 9 kader dari 3 puskesmas")
    assert reported_rate(ln, when(ln), IkiDraft(indikator=RATE_IKI, target="90%")) is None


LEAFLET = "Jumlah leaflet gizi seimbang yang didistribusikan ke posyandu"


@pytest.mark.parametrize("text, want", [
    ("cetak leaflet gizi seimbang, bagi ke posyandu mawar 2/5", 2),
    ("distribusi leaflet gizi ke posyandu melati 1/5, lancar", 1),
    ("antar leaflet gizi 2/5 bareng kader", None),  # mid-clause: as likely a date, no part read
    ("#catatan 12/5 distribusi leaflet gizi ke posyandu", None),  # the date only: no count read
    ("rapat posyandu 1/5 desa", None),  # no leaflet named before it
    ("bagi leaflet gizi sesuai PMK 2/2024 ke posyandu", None),  # a regulation's number and year
])
def test_a_bare_part_of_a_total_after_the_counted_thing_counts_its_part(text, want):
    from bot.models import IkiDraft
    from tests.entry_quantity import quantity_on

    assert quantity_on(text, IkiDraft(indikator=LEAFLET, target="5 leaflet"), THU) == want


def test_the_reply_says_a_part_of_a_total_was_read(tmp_path, at):
    from tests.agreed_year import agreed_over
    from tests.talk import said

    engine = next(agreed_over(tmp_path, at, skp=f"1. {LEAFLET} - 5 leaflet\n2. Jumlah rapat koordinasi lintas "
                                              f"sektor gizi - 4 rapat", then="2026-05-14T10:00"))
    text = said(engine.handle("u1", "antar leaflet gizi seimbang ke posyandu kenanga 3/5"))
    assert "Jumlah: 3 (dibaca dari «3/5»: 3 dari 5)" in text


@pytest.fixture(name="kp")
def kp_engine(tmp_path, at):
    """The shared agreed SKP (berkas KP, persen TMT, SK pensiun), on 1 April 2026."""
    from tests.agreed_year import agreed_over

    yield from agreed_over(tmp_path, at, then="2026-04-01T10:00")


def _quantities(engine) -> dict[str, float | None]:
    return {e.id: e.quantity for e in engine.state("u1").year.entries}


def test_a_starred_number_set_against_the_old_one_puts_the_entry_just_kept_right(kp):
    from tests.talk import said

    kp.handle("u1", "verifikasi 20 berkas usulan KP")
    told = said(kp.handle("u1", "*22 bkn 20"))
    assert "dibetulkan" in told and "Dicatat" not in told
    assert _quantities(kp) == {"c1": 22}


def test_a_short_correction_after_an_entry_is_of_the_one_entry_holding_the_old_number(kp):
    from tests.talk import said

    kp.handle("u1", "verifikasi 20 berkas usulan KP gol III")
    kp.handle("u1", "rapat koordinasi jadwal usulan KP periode april")
    told = said(kp.handle("u1", "*18 bkn 20"))
    assert "Catatan c1" in told and "Dicatat" not in told
    assert _quantities(kp)["c1"] == 18
    kp.handle("u1", "verifikasi 30 berkas usulan KP gol IV")
    kp.handle("u1", "verifikasi 30 berkas usulan KP gol II")  # two hold 30: asked, never changed silently
    assert "yang mana" in said(kp.handle("u1", "31 bkn 30"))


def test_a_correction_after_a_catatan_kept_since_a_realisasi_is_of_the_catatan(kp, at):
    from tests.talk import said

    kp.handle("u1", "Isi realisasi TW I")
    assert "Disimpan: IKI 1 TW I" in said(kp.handle("u1", "140"))
    at("2026-04-01T11:00")
    kp.handle("u1", "tgl 30/3 verifikasi 25 berkas usulan KP")
    told = said(kp.handle("u1", "bukan 25 tapi 27"))
    assert "Realisasi" not in told and "dibetulkan" in told
    assert _quantities(kp) == {"c1": 27}


def test_a_large_count_of_deliverables_is_never_asked_the_quarter_it_is_due(engine):
    from tests.talk import said

    engine.handle("u", "- Jumlah poster edukasi gizi yang dipasang di posyandu: 8 modul\n"
                       "- Jumlah video penyuluhan TB yang diunggah ke kanal puskesmas: 10 video\n"
                       "- Persentase posyandu aktif: 80%")
    asked = said(engine.press("u", "list:save:fixed"))
    assert "Triwulan berapa selesainya?" not in asked


def test_a_jenis_typed_at_the_due_question_is_the_jenis(engine):
    from tests.talk import said

    engine.handle("u", "- Jumlah modul pelatihan kader yang disahkan kepala dinas: 1 modul\n"
                       "- Persentase posyandu aktif: 80%")
    assert "Triwulan berapa selesainya?" in said(engine.press("u", "list:save:fixed"))
    told = said(engine.handle("u", "beyond"))
    assert "Tulis triwulannya" not in told and "masih kosong" in told
    assert "(Beyond)" in told and "Bobot IKI ini" in told


def test_a_plan_made_months_after_the_skp_was_agreed_starts_where_it_was_agreed(tmp_path, at):
    from tests.agreed_year import agreed_over
    from tests.talk import said

    engine = next(agreed_over(tmp_path, at, day="2026-01-20T09:00", then="2026-05-04T09:00"))
    told = said(engine.handle("u1", "/rencana"))
    assert "(Jan" in told and "sudah lewat" in told


def test_a_plan_of_an_skp_agreed_mid_year_starts_that_month(tmp_path, at):
    from tests.agreed_year import agreed_over
    from tests.talk import said

    engine = next(agreed_over(tmp_path, at, day="2026-07-06T09:00", then="2026-08-03T09:00"))
    told = said(engine.handle("u1", "/rencana"))
    assert "(Jan" not in told and "Jul" in told


@pytest.mark.parametrize("typed, name, months", [
    ("3 ubah 2 rapat persiapan dengan BKN (Feb-Mar)", "Rapat persiapan dengan BKN", [2, 3]),
    ("1 tambah monev usulan (november)", "Monev usulan", [11]),
    ("1 tambah rapat (tim mutu) juni", "Rapat (tim mutu)", [6]),  # a bracket of other words stays in the name
])
def test_months_typed_in_brackets_after_a_stage_are_its_months(typed, name, months):
    from bot.year.rencana_reading import read_edit

    edit = read_edit(typed)
    assert (edit.name, edit.months) == (name, months)


def test_a_question_about_a_reminder_in_quiet_hours_is_answered_before_the_settings(kp):
    from tests.talk import said

    kp.handle("u1", "/pengingat ingatkan catatan tiap hari jam 23:00")
    kp.handle("u1", "jam tenang jam 10 malam sampai jam 5 pagi")
    told = said(kp.handle("u1", "trus yg jam 11 malem itu gmn, kan udh jam tenang?"))
    assert told.startswith("Pengingat catatan jam 23:00 jatuh di jam tenang"), told
    kp.handle("u1", "ingatkan catatan tiap hari jam 3 sore")
    told = said(kp.handle("u1", "yg jam 3 itu kena jam tenang gak?"))
    assert told.startswith("Tidak: pengingat catatan jam 15:00 di luar jam tenang"), told
