"""tester53 P1-13, P1-14, P1-3: the year after a change of SKP (past quarters keep the plan agreed then, an IKI
brought in mid-year has its own stages, every figure with its unit), and an English logbook line (the work's IKI
before the IP ASN, the bilingual note once a day)."""

from datetime import date, datetime, timedelta, timezone
from io import BytesIO

import pytest
from openpyxl import load_workbook

from bot.models import IkiDraft, SkpDraft
from bot.skp.dialog_pack import proposed_steps
from bot.year.capaian import record
from bot.year.left_out import left_out
from bot.year.models import YearState
from bot.year.versions import agree, reasons, record_change
from tests.agreed_year import agreed_over, tap
from tests.talk import said

SKP = """1. Jumlah pasien stroke yang mendapat terapi fisioterapi sesuai standar - 600 pasien
2. Rata-rata waktu tunggu pasien fisioterapi rawat jalan - 30 menit
3. Persentase pasien pasca operasi lutut yang mampu berjalan mandiri - 80%
4. Nilai IP ASN - 80"""
NEW = "Jumlah pasien rawat inap yang mendapat edukasi fisioterapi sebelum pulang - 200 pasien"
ENGLISH = "today I did gait training for 5 stroke patients"


@pytest.fixture
def engine(tmp_path, at):
    yield from agreed_over(tmp_path, at, SKP, "2026-01-12T09:00")


def _mutasi(engine, at) -> None:
    """On 1 July IKI 2's target goes 30 → 25 menit, and on 2 July an IKI comes in, both for a mutasi."""
    at("2026-07-01T10:00")
    tap(engine, "u1", engine.handle("u1", "/ubah 2 target 25 menit"), "mutasi")
    engine.handle("u1", "lewati")
    at("2026-07-02T10:00")
    tap(engine, "u1", engine.handle("u1", NEW), "mutasi")
    engine.handle("u1", "hari ini terapi 6 px stroke di poli rehab")  # a record, so the year's sheets are written


def _sheet(engine, name: str) -> list[tuple]:
    book = load_workbook(BytesIO(next(r.file for r in engine.handle("u1", "/ekspor") if r.file).data), read_only=True)
    return list(book[name].iter_rows(min_row=2, values_only=True))


def test_quarters_that_ended_before_a_change_keep_the_plan_agreed_then(engine, at):
    _mutasi(engine, at)
    shown = said(engine.handle("u1", "/capaian")).split("\n2. ")[1].split("\n3. ")[0]
    assert "TW I: rencana ≤ 30 menit" in shown and "TW II: rencana ≤ 30 menit" in shown
    assert "TW III: rencana ≤ 25 menit" in shown and "SKP versi" not in shown
    tw = [row for row in _sheet(engine, "Realisasi per TW") if row[0].startswith("IKI 2:")]
    assert [row[4] for row in tw] == ["≤ 30 menit", "≤ 30 menit", "≤ 25 menit", "≤ 25 menit"]
    assert [row[2:4] for row in tw] == [(30, "Menit"), (30, "Menit"), (25, "Menit"), (25, "Menit")]
    plan = [row for row in _sheet(engine, "Rencana Aksi") if row[2].startswith("IKI 2:")]
    assert [row[5] for row in plan] == ["≤ 30 menit", "≤ 30 menit", "≤ 25 menit", "≤ 25 menit"]


def test_an_iki_brought_in_mid_year_has_its_own_stages_from_one_in_its_months(engine, at):
    _mutasi(engine, at)
    plan = [row for row in _sheet(engine, "Rencana Aksi") if row[2].startswith("IKI 5:")]
    assert [(row[0], row[4]) for row in plan] == [(1, "Jul–Sep"), (2, "Okt–Des")]
    # its own work in its own months (tester55 F10), never the year's later template stages («Pelaksanaan lanjutan»)
    assert all("edukasi fisioterapi kepada pasien rawat inap" in row[3] and "lanjutan" not in row[3] for row in plan)
    whole = [row for row in _sheet(engine, "Rencana Aksi") if row[2].startswith("IKI 1:")]
    assert [row[4] for row in whole] == ["Jan–Mar", "Apr–Jun", "Jul–Sep", "Okt–Des"]


def test_an_skp_agreed_mid_quarter_starts_its_months_there(tmp_path, at):
    gen = agreed_over(tmp_path, at, SKP, "2026-08-10T09:00")
    engine = next(gen)
    engine.handle("u1", "hari ini terapi 6 px stroke di poli rehab")
    plan = [row for row in _sheet(engine, "Rencana Aksi") if row[2].startswith("IKI 1:")]
    assert [(row[0], row[4]) for row in plan] == [(1, "Agu–Sep"), (2, "Okt–Des")]
    gen.close()


@pytest.mark.parametrize("first, opening", [(1, "Persiapan"), (2, "Persiapan"), (3, "Persiapan"), (4, "Penyelesaian")])
def test_the_proposed_stages_of_a_later_start_run_from_its_own_first_to_completion(first, opening):
    steps = proposed_steps(IkiDraft(indikator="Jumlah pasien rawat inap yang mendapat edukasi", target="200 pasien"),
                           first)
    assert len(steps) == 5 - first and steps[0].action.startswith(opening)
    assert steps[-1].action.startswith("Penyelesaian") and steps[-1].quarter == "TW IV"


def test_the_figures_of_an_iki_left_out_each_carry_their_unit():
    rate = IkiDraft(indikator="Persentase pasien rehab medik yang mencapai target fungsional", target="90%")
    stays = IkiDraft(indikator="Jumlah pasien stroke yang mendapat terapi fisioterapi", target="600 pasien")
    now = datetime(2026, 7, 2, 9, tzinfo=timezone(timedelta(hours=7)))
    year = agree(YearState(), SkpDraft(iki=[rate, stays]), date(2026, 1, 12))
    year = record(record(year, rate, 1, now.date(), now, value=100), rate, 2, now.date(), now, value=100)
    after = SkpDraft(iki=[stays])
    year = record_change(year, after, next(iter(reasons())), now.date())
    assert [item.figures for item in left_out(year, after)] == ["TW I 100%, TW II 100%"]


def test_an_english_work_line_offers_the_work_s_iki_before_the_ip_asn(engine, at):
    at("2026-02-03T15:00")
    text = said(engine.handle("u1", ENGLISH))
    assert text.index("IKI 1: Jumlah pasien stroke") < text.index("IKI 4: Nilai IP ASN")


def test_an_english_logbook_line_is_told_the_assistant_works_in_indonesian_once_a_day(engine, at):
    from bot.conversation.engine import IN_INDONESIAN

    at("2026-02-03T15:00")
    assert said(engine.handle("u1", ENGLISH)).startswith(IN_INDONESIAN)
    assert IN_INDONESIAN not in said(engine.handle("u1", "did exercise therapy for 3 knee surgery patients"))
    assert IN_INDONESIAN not in said(engine.handle("u1", "hari ini terapi 6 px stroke"))  # Indonesian: none
    at("2026-02-04T15:00")
    assert said(engine.handle("u1", ENGLISH)).startswith(IN_INDONESIAN)
    assert len(engine.state("u1").year.entries) == 4 and len(engine.state("u1").english_noted) == 1


def test_an_indonesian_user_s_logbook_gets_no_note(engine, at):
    at("2026-02-03T15:00")
    assert "Bahasa Indonesia" not in said(engine.handle("u1", "hari ini terapi 6 px stroke di poli rehab"))
