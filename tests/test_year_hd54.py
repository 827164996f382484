"""tester51 P1-6 and P1-15 (a hemodialysis nurse's daily lines): a line giving the total and its exceptions is read
as the rest of the total toward a rate IKI, turned when the exception is the complement of what the IKI measures;
two counts of unrelated things are no rate; a count asked stays asked after a photo."""

import pytest

from bot.conversation import Engine
from bot.conversation.year_evidence import evidence_item
from tests.agreed_year import agreed_over, tap
from tests.talk import said

HD_SKP = """1. Persentase tindakan HD yang dilaksanakan sesuai jadwal - 95%
2. Persentase pasien HD yang tidak mengalami komplikasi intradialisis - 98%
3. Persentase AV shunt pasien HD tanpa infeksi - 95%
4. Jumlah pasien HD yang lulus evaluasi edukasi pembatasan cairan - 120 orang"""


@pytest.fixture(name="engine")
def hd_engine(tmp_path, at):
    """An engine holding the nurse's agreed SKP, agreed on 12 January 2026, the clock on 17 April."""
    yield from agreed_over(tmp_path, at, HD_SKP, "2026-01-12T10:00", then="2026-04-17T14:00")


def _kept(engine: Engine, text: str, number: int | None = None):
    """The line kept; when its IKI is asked (which IKI is linking's), IKI `number` picked."""
    replies = engine.handle("u1", text)
    if number is not None and "IKI mana" in said(replies):
        replies = tap(engine, "u1", replies, f"IKI {number}")
    return said(replies), engine.state("u1").year.entries[-1]


@pytest.mark.parametrize("text, number, rate", [
    ("minggu ini HD 58 tindakan, 2 ditunda krn px demam", 1, (56, 58)),  # not done: not as scheduled
    ("jadwal HD 40 tindakan hari ini, 3 batal krn akses bermasalah", 1, (37, 40)),
    # tester56 F15: work done late is not done as scheduled («5 sertifikat, 1 telat» was «Nilai belum terbaca»)
    ("HD 30 tindakan hari ini, 4 terlambat mulai krn mesin error", 1, (26, 30)),
    ("pantau av shunt 10 px, 1 ada tanda infeksi", 3, (9, 10)),  # the event a «tanpa» IKI counts the absence of
    ("tgl 6 ada 2 px hipotensi intradialisis dari 15 px HD", 2, (13, 15)),
    ("HD shift pagi 12 px, 1 komplikasi intradialisis", 2, (11, 12)),
    ("HD shift pagi 12 px, 11 tanpa komplikasi", 2, (11, 12)),  # the IKI's own count: kept as it is
])
def test_a_total_and_its_exceptions_read_as_the_rest_of_the_total(engine, text, number, rate):
    reply, entry = _kept(engine, text, number)
    assert entry.iki == engine.state("u1").skp.iki[number - 1].indikator, reply
    assert entry.rate == rate, (entry.rate, reply)
    assert f"{rate[0]} dari {rate[1]}" in reply, reply


@pytest.mark.parametrize("text", [
    "hr ini 2 px baru mulai HD rutin, 1 px kram otot",
    "HD pagi 14 px, 1 px pulang atas permintaan sendiri",
])
def test_two_counts_of_unrelated_things_are_no_rate_and_the_reply_says_so(engine, text):
    reply, entry = _kept(engine, text, 2)
    assert entry.rate is None and entry.figure is None, (entry.rate, reply)
    assert "Nilai belum terbaca" in reply, reply


def test_those_who_did_not_pass_are_taken_from_the_count(engine):
    reply, entry = _kept(engine, "hari ini edukasi 6 px, 1 blm lulus ulang minggu depan")
    assert entry.quantity == 5, reply
    reply, entry = _kept(engine, "evaluasi edukasi cairan 8 px, 2 belum lulus")
    assert entry.quantity == 6, reply


def test_a_count_asked_is_asked_again_after_the_photo_and_answered_by_a_number(engine, tmp_path):
    reply, entry = _kept(engine, "hari ini evaluasi edukasi pembatasan cairan px HD shift pagi")
    assert "Jumlahnya berapa?" in reply, reply
    photo = tmp_path / "edukasi.jpg"
    photo.write_bytes(b"jpg")
    reply = said(engine.evidence("u1", evidence_item("photo", name="edukasi.jpg", path=str(photo))))
    assert f"dilampirkan ke catatan {entry.id}" in reply and "Jumlahnya berapa?" in reply, reply
    engine.handle("u1", "4")
    assert next(e for e in engine.state("u1").year.entries if e.id == entry.id).quantity == 4
