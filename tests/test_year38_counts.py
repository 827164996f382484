"""A count IKI of events (year38): a line telling one such event with no number counts one of the target, never
nothing; an event prepared, called off or still to come counts none; a number written still counts as written."""

from datetime import date

import pytest

from bot.models import IkiDraft
from bot.year.entry_dates import read_date
from bot.year.entry_numbers import quantity
from bot.year.line import line

DAY = date(2026, 8, 12)
MEETINGS = IkiDraft(indikator="Jumlah rapat koordinasi lintas sektor penanggulangan stunting", target="12",
                    satuan="kali")
SESSIONS = IkiDraft(indikator="Jumlah sesi konseling menyusui bagi ibu nifas", target="48", satuan="sesi")


def _count(text: str, iki: IkiDraft) -> float | None:
    ln = line(text)
    return quantity(ln, read_date(ln, DAY)[1], iki)


@pytest.mark.parametrize("text, iki", [
    ("rapat koordinasi sama bappeda & dinsos udh kelar", MEETINGS),
    ("kmrn rakor stunting di kantor camat", MEETINGS),
    ("konseling menyusui ibu nifas di bangsal mawar, lancar", SESSIONS),
    ("tadi sesi bareng ibu nifas di ruang laktasi", SESSIONS),
])
def test_one_event_told_without_a_number_counts_one(text, iki):
    assert _count(text, iki) == 1


@pytest.mark.parametrize("text, iki", [
    ("siapkan bahan rapat koordinasi minggu depan", MEETINGS),
    ("rapat koordinasi dgn bappeda batal, diundur", MEETINGS),
    ("rapat koordinasi blm jadi, nunggu pak camat", MEETINGS),
    ("bikin undangan rapat koordinasi", MEETINGS),
    ("penyuluhan konseling menyusui di 3 desa", SESSIONS),  # a number of something else: how many, it says not
])
def test_an_event_not_held_counts_none(text, iki):
    assert _count(text, iki) is None


def test_a_number_written_still_counts_as_written():
    assert _count("minggu ini rapat koordinasi 2 kali, di dinkes & bappeda", MEETINGS) == 2


def test_an_iki_counting_things_made_is_no_event():
    made = IkiDraft(indikator="Jumlah kelas e-learning yang tayang", target="4", satuan="kelas")
    assert _count("setting kelas di LMS, kuis dan forum", made) is None
