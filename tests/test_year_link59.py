"""Linking set 31's shapes (link59), read as the chat reads a line (bot.year.logbook, each earlier line kept as the
chat keeps it): a line going on with earlier work whose only other word is one of handling anything («lanjut
kerjain yg kemarin») names no work of its own and asks, that work's IKI first."""

from datetime import date, datetime, timedelta

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.linking import Decision
from bot.year.logbook import add_entry, read_entry
from bot.year.models import YearState

SURVEI = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah rapat koordinasi lintas program yang difasilitasi", target="12", satuan="rapat"),
    IkiDraft(indikator="Jumlah laporan evaluasi imunisasi kejar yang disusun", target="4", satuan="laporan"),
    IkiDraft(indikator="Jumlah puskesmas yang disupervisi pencatatan imunisasi", target="30", satuan="puskesmas"),
    IkiDraft(indikator="Persentase desa UCI", target="90%"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")])
TODAY = date(2026, 3, 18)  # a Wednesday


def _read(*lines: str, skp: SkpDraft = SURVEI):
    """Each line read on TODAY and kept as the chat keeps it (a question answered with its first offer); the
    reading of the last."""
    year, reading = YearState(), None
    for k, text in enumerate(lines):
        reading = read_entry(text, TODAY, skp, earlier=year.entries)
        year, _ = add_entry(year, reading, datetime(2026, 3, 18, 9, 0) + timedelta(minutes=k))
    return reading


@pytest.mark.parametrize("text", ["lanjut kerjain yg kemarin", "lanjut ngerjain yg kmrn", "lanjutin beresin yg kemaren"])
def test_going_on_with_only_a_word_of_handling_asks_with_that_works_iki_first(text):
    reading = _read("kemarin supervisi pencatatan imunisasi di 3 puskesmas Bogor", text)
    assert reading.link.decision is Decision.ask and reading.link.candidates[0].number == 3, reading.link
