"""Linking round 42 (evals/year_linking42.jsonl dev42): a row the user adds below a pasted chat message is dated by
the user, not by the message's stamp; a question asking a claim confirmed, telling no work, is linked to no IKI."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.line import line
from bot.year.linking import Decision
from bot.year.logbook import entry_link

GIZI = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah balita gizi buruk yang mendapat PMT pemulihan", target="120", satuan="balita", rhk="r"),
    IkiDraft(indikator="Persentase puskesmas yang melapor e-PPGBM tepat waktu", target="90", satuan="persen", rhk="r"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80", satuan="nilai", rhk="r"),
])


def _link(text: str):
    ln = line(text)
    day, w = read_date(ln, date(2026, 6, 4))
    return entry_link(ln, w, day, GIZI, None, [], [])


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


@pytest.mark.parametrize("text", [
    "PMT pemulihan paling lama 90 hari kan?",
    "bukannya laporan e-PPGBM itu wajib dari semua puskesmas?",
    "webinar tanpa sertifikat ga dihitung IP ASN kan ya?",
    "pemantauan balita gizi buruk ini outcome kah?",
])
def test_a_question_asking_a_claim_confirmed_links_to_no_iki(text):
    assert _link(text).decision is Decision.outside


@pytest.mark.parametrize("text, iki", [
    ("td sy bagi PMT pemulihan ke 6 balita gizi buruk, masuk IKI 1 kan?", 1),
    ("sudah cek laporan e-PPGBM puskesmas tepat waktu, itu IKI 2 kan?", 2),
])
def test_work_told_before_a_tag_question_still_links(text, iki):
    found = _link(text)
    assert found.decision is not Decision.outside and found.candidates[0].number == iki


def test_an_asterisk_past_a_count_puts_that_count_right_in_the_line():
    from bot.year.entry_numbers import quantity

    ln = line("kemarin bagi PMT pemulihan 14 balita, *ralat: 16")
    assert quantity(ln, read_date(ln, date(2026, 6, 4))[1], GIZI.iki[0]) == 16


KLAIM = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah berkas klaim yang diverifikasi", target="1.000", satuan="berkas",
             rhk="Klaim diproses sesuai SLA"),
    IkiDraft(indikator="Persentase klaim selesai sesuai SLA", target="95", satuan="persen", rhk="Klaim selesai tepat waktu"),
    IkiDraft(indikator="Rata-rata waktu verifikasi klaim", target="3", satuan="hari", rhk="Waktu layanan singkat"),
    IkiDraft(indikator="Jumlah faskes yang mendapat pendampingan klaim", target="50", satuan="faskes",
             rhk="Faskes paham klaim"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80", satuan="nilai", rhk="Kompetensi ASN meningkat"),
])


@pytest.mark.parametrize("text, first", [("SLA s.d. Mei: 97%", 2), ("SLA 97 persen", 2), ("SLA 30 berkas", 1)])
def test_a_line_of_a_percentage_alone_offers_the_percentage_iki_first_when_the_words_tie(text, first):
    ln = line(text)
    found = entry_link(ln, read_date(ln, date(2026, 6, 4))[1], date(2026, 6, 4), KLAIM, None, [], [])
    assert found.candidates[0].number == first


def test_a_question_about_rows_pasted_together_offers_the_first_rows_iki_first():
    from bot.year.linking import Candidate, Link, by_first_row

    skp = SkpDraft(iki=[
        IkiDraft(indikator="Jumlah pasien yang mendapat pemeriksaan spirometri", target="900", satuan="pasien",
                 rhk="r"),
        IkiDraft(indikator="Jumlah bayi berisiko yang diskrining pulse oximetry", target="60", satuan="bayi", rhk="r"),
        IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80", satuan="nilai", rhk="r"),
    ])
    ln = line("spirometri 15 pasien\npulse oximetry 6 bayi NICU")
    w = read_date(ln, date(2026, 6, 4))[1]
    asked = Link(Decision.ask, [Candidate(skp.iki[1].indikator, 2, 2.0), Candidate(skp.iki[0].indikator, 1, 1.5)],
                 0.5, "hitungan atau nama")
    assert [c.number for c in by_first_row(asked, ln, w, skp).candidates] == [1, 2]
    one_row = line("spirometri 15 pasien, pulse oximetry 6 bayi NICU")
    assert [c.number for c in by_first_row(asked, one_row, w, skp).candidates] == [2, 1]
