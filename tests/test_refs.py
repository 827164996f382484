"""One reader of an IKI named by its number (bot.lang.refs), for the chat and the year alike."""

import pytest

from bot.lang.refs import iki_numbers
from bot.models import IkiDraft, SkpDraft
from bot.year.realisasi_reading import read_realisasi
from bot.year.rencana_reading import read_edit


@pytest.mark.parametrize("text", ["IKI 2", "IKI no. 2", "iki nomor 2", "IKI ke-2", "IKI ke 2", "IKI #2", "IKI-2", "iki2"])
def test_every_spelling_of_an_iki_by_number_is_read(text):
    assert iki_numbers(f"cek {text} dulu") == [2]


def test_numbers_are_read_in_order_each_once_and_nothing_else_is_one():
    assert iki_numbers("IKI 3 sama IKI ke-1, lalu IKI 3 lagi") == [3, 1]
    assert iki_numbers("nomor 2, baris 3, iki 123, mikiki 2") == []


def test_the_years_readers_know_every_spelling_the_logbook_knows():
    # rencana read only «IKI 2» and «IKI ke-2», realisasi only «IKI 2» and «IKI #2»: now every reader reads all
    skp = SkpDraft(iki=[IkiDraft(indikator="Persentase berkas usulan yang diverifikasi", target="90%")] * 3)
    assert [a.number for a in read_realisasi("IKI nomor 2: 85%", skp)] == [2]
    edit = read_edit("IKI no. 3 tahap ke-1 geser ke april")
    assert edit.iki == 3 and edit.stage == 1
