"""Asks on clear lines of linking set 33's shapes (link57), read as the chat reads a line (bot.year.logbook): a loan
verb for the IKI's own verb («upload» for «diunggah») names the IKI's work as the Indonesian verb does."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.logbook import read_entry

LAW = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah peraturan menteri yang dianalisis dan dievaluasi", target="6", satuan="peraturan"),
    IkiDraft(indikator="Persentase produk hukum yang diunggah ke JDIH paling lama 3 hari setelah diundangkan",
             target="100%"),
    IkiDraft(indikator="Jumlah keputusan menteri yang ditelaah", target="20", satuan="keputusan"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")])
TODAY = date(2026, 3, 18)


def _reading(text: str):
    found = read_entry(text, TODAY, LAW).link
    return found.decision, [(c.number, c.score) for c in found.candidates]  # «upload» weighs as «unggah»


@pytest.mark.parametrize("loan, own", [("td upload permenkes 3/2026 ke JDIH", "td unggah permenkes 3/2026 ke JDIH"),
                                       ("diupload ke JDIH: permenkes 5/2026", "diunggah ke JDIH: permenkes 5/2026"),
                                       ("ngupload produk hukum ke JDIH pagi ini",
                                        "mengunggah produk hukum ke JDIH pagi ini")])
def test_upload_reads_as_the_iki_own_unggah(loan, own):
    assert _reading(loan) == _reading(own)
    assert _reading(loan)[1][0][0] == 2
