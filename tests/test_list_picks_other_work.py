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


def test_a_question_about_the_list_before_a_line_asked_for_its_suggestions_still_names_the_line():
    """d2-kt04 after tester55 F2: «ok. sisanya kegiatan semua kan? kasih usulan buat yg menyusun laporan keuangan
    semesteran» was read as other work (own words counted over the whole message) and answered as a question."""
    from bot.conversation.list_picks import _other_work

    line = {"menyusun", "laporan", "keuangan", "semesteran"}
    known = line | {"persentase", "realisasi", "anggaran"}
    asked = "oke. sisanya itu kegiatan rutin harian semua kan? tolong kasih saran utk yg menyusun laporan keuangan semesteran"
    assert not _other_work(asked, line & set(asked.split()), known)
    new_idea = "sy mau tambah inovasi bikin aplikasi pelaporan keuangan digital biar atasan gampang memantau"
    assert _other_work(new_idea, {"laporan", "keuangan"} & set(new_idea.split()), known)


def test_an_objection_asked_about_a_line_names_that_line():
    """d16-xxx07 after tester55 F2: «lho policy brief itu justru produk akhir pusat kami, masa dianggap aktivitas?»
    was read as other work and answered with a general passage instead of the line's check."""
    from bot.conversation.list_picks import lines_named

    listed = [ListedIki(text="Jumlah kajian kebijakan yang disusun"), ListedIki(text="Nilai IP ASN")]
    objection = "loh kajian kebijakan itu kan memang hasil akhir direktorat kami, kok disebut kegiatan sih?"
    assert lines_named(objection, listed) == [1]
