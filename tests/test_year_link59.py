"""Linking set 31's shapes (link59), read as the chat reads a line (bot.year.logbook, each earlier line kept as the
chat keeps it): a line going on with earlier work whose only other word is one of handling anything («lanjut
kerjain yg kemarin») names no work of its own and asks, that work's IKI first; a weak word that is the thing an IKI
counts («laporan») names that IKI when another would outweigh it; «IC» is the informed consent an IKI audits."""


import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.linking import Decision
from tests.linked_lines import read_lines


@pytest.mark.parametrize("text", ["lanjut kerjain yg kemarin", "lanjut ngerjain yg kmrn", "lanjutin beresin yg kemaren"])
def test_going_on_with_only_a_word_of_handling_asks_with_that_works_iki_first(text):
    reading = read_lines("kemarin supervisi pencatatan imunisasi di 3 puskesmas Bogor", text)
    assert reading.link.decision is Decision.ask and reading.link.candidates[0].number == 3, reading.link


PSIKOLOGI = SkpDraft(iki=[
    IkiDraft(indikator="Persentase pasien baru jiwa anak yang mendapat asesmen psikologis dalam 7 hari", target="90",
             satuan="%"),
    IkiDraft(indikator="Jumlah sesi psikoterapi kelompok yang dilaksanakan", target="24", satuan="sesi"),
    IkiDraft(indikator="Persentase laporan pemeriksaan psikologis yang selesai dalam 14 hari", target="90",
             satuan="%"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")])


@pytest.mark.parametrize("text", ["nulis laporan psikologis utk 2 anak", "kemarin ngetik laporan psikologis 4 anak",
                                  "selesai susun laporan psikologis anak 7 th"])
def test_a_weak_word_another_iki_counts_is_no_lesser_claim(text):
    """«laporan» is a weak word, but the thing the third IKI counts: the first IKI (anak, psikologis) does not
    outweigh it silently."""
    reading = read_lines(text, skp=PSIKOLOGI)
    assert reading.link.decision is not Decision.link or reading.link.candidates[0].number == 3, reading.link
    assert 3 in {c.number for c in reading.link.candidates}, reading.link


MEDIKOLEGAL = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah unit yang diaudit kelengkapan informed consent", target="12", satuan="unit"),
    IkiDraft(indikator="Persentase permintaan informasi medis pihak ketiga yang diverifikasi legalitasnya",
             target="95", satuan="%"),
    IkiDraft(indikator="Jumlah kasus sengketa medik yang difasilitasi mediasi", target="6", satuan="kasus"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")])


@pytest.mark.parametrize("text", ["audit IC di 2 unit: bedah sm anak", "audit form IC bangsal mawar, 4 blm lengkap",
                                  "td audit IC poli mata"])
def test_ic_is_the_informed_consent_the_iki_audits(text):
    reading = read_lines(text, skp=MEDIKOLEGAL)
    assert reading.link.decision is Decision.link and reading.link.candidates[0].number == 1, reading.link
