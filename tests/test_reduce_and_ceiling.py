"""tester18 #6: what the user meant kept in a drafted or typed IKI. A task that reduces something is that thing
measured, lower is better; a ceiling typed at the end of an IKI is its target; a bracketed aside is no IKI text; a
time limit written with «<» is aspek Waktu."""

import pytest

from bot.lang.numbers import parse_target
from bot.models import Aspek, IkiDraft
from bot.rewrite import rewrite
from bot.rewrite.work import suggest
from bot.rules.draft_reading import read
from bot.rules.measures import Trend, aspek_of, trend_of
from tests.talk import said


@pytest.mark.parametrize("work, expected", [
    ("mengurangi pengulangan foto (reject analysis)", "Persentase pengulangan foto"),
    ("menurunkan angka kejadian infeksi luka operasi", "Angka kejadian infeksi luka operasi")])
def test_a_task_that_reduces_something_measures_that_thing(work, expected):
    drafted = [c.indikator for c in rewrite(work).candidates]
    assert drafted[0] == expected and not any("diselesaikan" in d for d in drafted)
    assert [c.indikator for t in suggest(work) for c in t.candidates][0] == expected
    assert trend_of(IkiDraft(indikator=expected, target="5%")) is Trend.lower


def test_a_ceiling_typed_in_the_iki_is_its_target_and_not_its_text(engine):
    replies = engine.handle("r1", "Persentase pengulangan foto rontgen (reject rate) maks 5%")
    iki = engine.state("r1").skp.iki[0]
    assert "maks" not in iki.indikator and "5" not in iki.indikator and trend_of(iki) is Trend.lower
    assert parse_target(iki.target).bound == "≤" and parse_target(iki.target).value == 5
    assert "maks 5%" not in said(replies).split("RHK:")[1].splitlines()[0]


def test_a_time_standard_with_a_sign_stays_in_a_percentage():
    assert read("Persentase hasil ekspertise foto rontgen yang selesai < 3 jam").target is None
    assert read("Persentase waktu tunggu obat jadi ≤ 30 menit").target is None  # a share, though «waktu» opens it
    assert read("Rata-rata waktu tunggu hasil lab maks 3 jam").target == "maks 3 jam"


@pytest.mark.parametrize("iki", ["Persentase hasil ekspertise foto rontgen rawat jalan yg selesai < 3 jam",
                                 "Persentase permintaan foto rontgen IGD yg hasilnya dikirim lewat PACS < 30 menit"])
def test_a_time_limit_written_with_a_sign_is_aspek_waktu(iki):
    assert aspek_of(IkiDraft(indikator=iki)) is Aspek.waktu


@pytest.mark.parametrize("iki, aside", [
    ("Persentase permintaan foto rontgen IGD yg hasilnya dikirim lewat PACS < 30 menit (inovasi sy)", "inovasi"),
    ("Jumlah laporan surveilans (tugas tambahan) yang disusun tepat waktu", "tugas tambahan")])
def test_a_bracketed_aside_is_no_iki_text_and_is_said_back(iki, aside):
    reading = read(iki)
    assert aside not in reading.text and "(" not in reading.text and any(aside in n for n in reading.notes)


def test_a_bracketed_synonym_stays():
    assert "(reject rate)" in read("Persentase pengulangan foto rontgen (reject rate)").text
