"""One quarter reader (year38): every period reader names a quarter as targets typed per quarter do, with its
ordinal («kuartal kedua», «triwulan ke-3») too."""

from bot.lang.dates import quarter_pattern, read_quarter
from bot.lang.quarter_values import quarter_values


def test_a_quarter_named_by_its_ordinal_is_read_by_every_period_reader():
    assert read_quarter("kuartal kedua") == 2 and read_quarter("triwulan ke-3") == 3 and read_quarter("TW IV") == 4
    assert quarter_pattern().search("realisasi triwulan keempat nya 90%") is not None


def test_targets_per_quarter_read_through_the_same_reader():
    told = quarter_values("TW I 20, triwulan ke-2 45, kuartal ketiga 70, akhir tahun 95")
    assert told is not None and told.trajectory() == ["20", "45", "70", "95"]
