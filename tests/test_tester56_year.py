"""tester56 (the year): a logbook line naming its own part of a whole toward a rate IKI (F15)."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.logbook import read_entry

SKP = SkpDraft(iki=[
    IkiDraft(indikator="Persentase surat izin praktik apoteker (SIPA) yang diterbitkan tepat waktu", target="100%"),
    IkiDraft(indikator="Jumlah apotek yang dibina", target="40 apotek")])


@pytest.mark.parametrize("text, rate", [
    ("kemarin terbit 6 surat SIPA, 2 telat krn berkas kurang", (4, 6)),  # the thing named by its head word; late
    ("terbit 3 surat izin hari ini, semua tepat waktu", (3, 3)),
])
def test_a_line_naming_its_own_late_part_is_read_as_a_rate(text, rate):
    entry = read_entry(text, date(2026, 5, 6), SKP)
    assert entry.iki == SKP.iki[0].indikator and entry.rate == rate, (entry.iki, entry.rate)
