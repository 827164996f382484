"""Linking round 42 (evals/year_linking42.jsonl dev42): a row the user adds below a pasted chat message is dated by
the user, not by the message's stamp; …"""

from datetime import date

import pytest

from bot.year.entry_dates import read_date
from bot.year.line import line


@pytest.mark.parametrize("text, day", [
    ("[07.30, 2/6/2026] Bu Kasubag: tolong kirim rekap absensi ya\nsdh sy kirim td pagi", date(2026, 6, 4)),
    ("Diteruskan\n[10.05, 1/6/2026] Kabag: mohon dicek draf SK\nkemarin sdh sy cek", date(2026, 6, 3)),
    ("[16.20, 29/5/2026] Pak Anton: bisa bantu rekap SPJ?\n→ beres", date(2026, 6, 4)),
])
def test_a_row_below_a_pasted_message_is_dated_from_today_not_from_the_stamp(text, day):
    assert read_date(line(text), date(2026, 6, 4))[0] == day


def test_a_pasted_message_with_no_row_below_keeps_its_stamps_day():
    assert read_date(line("Fwd:\n[07.30, 2/6/2026] Bu Kasubag: tolong kirim rekap absensi hari ini"),
                     date(2026, 6, 4))[0] == date(2026, 6, 2)
