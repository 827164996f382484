"""A count IKI's quantity read where link48 found it stated: the right count a correction settles («… ternyata 58»,
«yg bener 61»)."""

from datetime import date

from bot.models import IkiDraft
from bot.year.entry_dates import read_date
from bot.year.entry_numbers import quantity, settled_number
from bot.year.line import line


def _quantity(text: str, iki: IkiDraft) -> float | None:
    ln = line(text)
    return quantity(ln, read_date(ln, date(2026, 5, 13))[1], iki)


BERKAS = IkiDraft(indikator="Jumlah berkas klaim JKN yang diverifikasi", target="3000", satuan="berkas")


def test_a_correction_settles_the_right_count_after_its_settling_word():
    assert _quantity("ralat yg 60 berkas td ternyata 58", BERKAS) == 58
    assert _quantity("eh yg klaim td ternyata 41, 1 dobel", BERKAS) == 41
    assert _quantity("td sy tulis 62 berkas, yg bener 61", BERKAS) == 61
    assert _quantity("ralat, 2 berkas belum diverif, jd total 30", BERKAS) == 30


def test_a_settling_word_outside_a_correction_settles_nothing():
    # «ternyata» in a line of new work tells what was found, not the count put right
    assert settled_number(line("verifikasi 20 berkas klaim, ternyata 3 ga lengkap")) is None
    assert _quantity("verifikasi 20 berkas klaim, ternyata 3 ga lengkap", BERKAS) == 20
