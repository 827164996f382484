"""A message naming a line of the last list by its words holds few words of its own: one telling other work that
shares the list's domain words is no pick of that line (tester55 F2: a new video idea about stroke patients was read
as the saved «… pasien stroke …» line and «Sudah ada di draf» said, nothing saved)."""

import pytest

from bot.conversation.list_picks import picked
from bot.conversation.state import ListedIki

LISTED = [ListedIki(text=text) for text in (
    "Persentase balita gizi buruk yang mendapat perawatan",
    "Jumlah laporan surveilans gizi bulanan",
    "Persentase ibu hamil KEK yang mendapat PMT",
)]


@pytest.mark.parametrize("typed", [
    "sy juga mau tambahin ide baru: bikin kelas masak MP-ASI bareng kader utk keluarga balita gizi buruk",
    "masukin jg program pendampingan kunjungan rumah oleh kader posyandu ke ibu hamil KEK tiap minggu",
])
def test_other_work_sharing_the_lists_words_is_no_pick(typed):
    assert picked(typed, LISTED) is None


@pytest.mark.parametrize("typed, line", [
    ("tolong masukin yang balita gizi buruk ke draf ya", 1),
    ("yg laporan surveilans juga simpan dong", 2),
])
def test_a_line_named_by_its_own_words_is_still_picked(typed, line):
    assert picked(typed, LISTED).lines == [line]
