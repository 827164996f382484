"""A date written with dashes reads day first, as one with slashes does: «05-06-2026» in full anywhere, «3-6» opening
the line or after «tgl» (when it does not climb, «tgl 8-10» is days 8 to 10, or its month has a zero); a range of days before a month («10-12 juni») or an amount («2-3 hari», «1-2 kali») stays
what it is, and its numbers are never a count of the work."""

from datetime import date

import pytest

from bot.models import IkiDraft
from bot.year.entry_dates import read_date
from bot.year.line import line
from tests.entry_quantity import quantity_reader

TODAY = date(2026, 6, 18)  # a Thursday
_quantity = quantity_reader(TODAY)
IMUNISASI = IkiDraft(indikator="Jumlah bayi yang mendapat imunisasi dasar lengkap", target="400", satuan="bayi")


@pytest.mark.parametrize("text, day", [
    ("05-06-2026 imunisasi 14 bayi di posyandu melati", date(2026, 6, 5)),
    ("sweeping imunisasi tgl 05-06-26, 9 bayi", date(2026, 6, 5)),
    ("3-06 imunisasi 11 bayi", date(2026, 6, 3)),
    ("16-6 imunisasi 11 bayi", date(2026, 6, 16)),
    ("tgl 12-6 imunisasi 8 bayi", date(2026, 6, 12)),
    ("10-12 juni bimtek imunisasi", date(2026, 6, 10)),
])
def test_a_dashed_date_is_day_then_month(text, day):
    assert read_date(line(text), TODAY)[0] == day


@pytest.mark.parametrize("text, count", [
    ("05-06-2026 imunisasi 14 bayi di posyandu melati", 14),
    ("16-6 imunisasi 11 bayi", 11),
])
def test_the_dashed_dates_numbers_are_never_the_count(text, count):
    assert _quantity(text, IMUNISASI) == count


@pytest.mark.parametrize("text", ["2-3 hari sweeping imunisasi", "1-2 kali seminggu ke posyandu", "tgl 8-10 BIAS",
                                  "imunisasi 5-10 bayi per posyandu"])
def test_a_range_of_an_amount_is_no_date(text):
    assert "slash" not in line(text).kinds
