"""A question about one's own progress naming a period («capaian triwulan 2 aku berapa», «progres saya sampai
Agustus?») opens /capaian for that quarter, never the guidance's capaian formula (tester59 F4)."""

import pytest

from bot.conversation.year_realisasi import period_quarter
from bot.year.entry_records import records_asked
from bot.year.line import line
from tests.agreed_year import agreed_then, sqlite_engine
from tests.talk import said


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


@pytest.mark.parametrize("asked", ["capaian triwulan 2 aku berapa", "capaian TW III sy gimana?",
                                   "progres Q2 saya brp ya", "realisasi trw 2 sy brp?"])
def test_a_quarter_inside_the_own_records_phrase_still_asks_them(asked):
    assert records_asked(line(asked)) == "capaian"


@pytest.mark.parametrize("text,quarter", [("capaian triwulan 2 aku berapa", 2), ("progres saya sampai Agustus?", 3),
                                          ("capaian sy", None), ("/capaian Q4", 4)])
def test_the_period_named_is_read_as_its_quarter(text, quarter):
    assert period_quarter(text) == quarter


@pytest.mark.parametrize("asked", ["capaian Q2 aku brp?", "progres sy sampai Mei berapa", "capaian triwulan 2 saya"])
def test_the_capaian_of_the_quarter_named_is_shown(engine, at, asked):
    text = said(agreed_then(engine, at, "2026-05-12T09:00", "hari ini verifikasi 30 berkas usulan kenaikan pangkat",
                            asked))
    assert text.startswith("Capaian per IKI, TW II:"), text
    assert "TW II: rencana" in text and "TW I:" not in text and "TW III:" not in text
    assert "PermenPANRB" not in text and "Sumber" not in text


@pytest.mark.parametrize("told", ["capaian triwulan 3 aku 92%", "realisasi Q2 sy 40 dari 44"])
def test_a_quarters_figure_told_is_no_question_about_the_records(told):
    assert records_asked(line(told)) is None


def test_a_month_beside_the_records_asked_still_reads_as_their_period():
    assert records_asked(line("liat logbook sy bulan Agustus")) == "catatan"
