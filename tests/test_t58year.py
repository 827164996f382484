"""tester58 (year): a due quarter typed with its ordinal first or in words, a rate told with two counts, an answer
saying the work is unfinished at the realisasi prompt, a routine's interval, a button number after an evidence
path."""

import pytest

from bot.conversation import Engine
from bot.lang.dates import quarter_pattern, read_quarter
from tests.talk import typed

_TWO = "Persentase laporan insiden yang dianalisis tepat waktu\nJumlah panduan triase yang disahkan direktur"


@pytest.mark.parametrize("said, quarter", [("ke-3 triwulan", 3), ("kedua triwulan", 2), ("TW tiga", 3),
                                           ("triwulan ke dua", 2), ("kuartal satu", 1)])
def test_a_quarter_named_by_its_ordinal_first_or_in_words_is_read(said, quarter):
    assert read_quarter(said) == quarter


def test_a_number_word_inside_a_line_is_no_quarter():
    assert read_quarter("tw lima") is None
    assert quarter_pattern().search("rapat per triwulan dua kali") is None


def test_the_due_quarter_typed_with_its_ordinal_first_is_taken_at_the_question():
    engine = Engine()
    typed(engine, "u", _TWO, "simpan semua", "target 90, 1 panduan", "belum ada data awal semua",
          "tusi semua, bagi rata")
    assert engine.state("u").fill.field == "triwulan_selesai"
    engine.handle("u", "ke-3 triwulan")
    assert engine.state("u").skp.iki[1].triwulan_selesai == 3


@pytest.mark.parametrize("said", ["kemarin bimtek perawat soal flushing kateter setiap 6 jam",
                                  "rapat komite PPI, disepakati ganti cairan infus per 24 jam"])
def test_how_often_a_routine_recurs_is_no_length_of_the_work_nor_a_count(said):
    from bot.year.entry_dates import when
    from bot.year.entry_numbers import counts, durations
    from bot.year.line import line

    ln = line(said)
    assert durations(ln) == [] and counts(ln, when(ln)) == []


def test_a_length_still_reads_beside_an_interval():
    from bot.year.entry_numbers import durations
    from bot.year.line import line

    assert [m for _, m in durations(line("td rapat 2 jam bahas jadwal ganti kateter tiap 72 jam"))] == [120]


_SKP = """1. Persentase rekomendasi hasil audit kepatuhan cuci tangan petugas yang ditindaklanjuti - 90%
2. Persentase rekomendasi hasil surveilans HAIs IDO yang ditindaklanjuti - 100%
3. Persentase kepatuhan kebersihan tangan petugas - 85%
4. Angka kejadian phlebitis ≤ 1‰ - 1 permil
5. Persentase petugas yang mendapat pelatihan PPI dasar - 90%
6. Nilai Indeks Profesionalitas ASN - 85
7. Jumlah modul e-learning PPI bagi petugas baru yang dimanfaatkan di RS - 1 modul"""


@pytest.fixture(name="ppi")
def ppi_engine(tmp_path, at):
    from tests.agreed_year import agreed_over

    yield from agreed_over(tmp_path, at, skp=_SKP, day="2026-01-13T09:00", then="2026-07-02T15:30")


def test_a_button_number_after_a_file_attached_answers_the_question_asked_above_it(ppi):
    from bot.conversation.year_evidence import evidence_item

    asked = ppi.handle("u1", "kmrn sosialisasi PPI dasar ke 30 petugas baru, lulus post test 27")
    assert [b.label for r in asked for b in r.buttons][4] == "IKI 5"
    entry = ppi.state("u1").year.entries[-1]
    assert entry.iki is None
    ppi.evidence("u1", evidence_item("path", name="daftar_hadir.pdf", size=10, path="/tmp/daftar_hadir.pdf"))
    ppi.handle("u1", "#5")
    assert ppi.state("u1").year.entries[-1].iki == "Persentase petugas yang mendapat pelatihan PPI dasar"


def test_work_said_unfinished_at_the_realisasi_question_is_no_entry_and_the_next_iki_is_asked(ppi):
    typed(ppi, "u1", "Isi realisasi TW II")
    shown = "\n".join(r.text for r in ppi.handle("u1", "blm ada, tindak lanjutnya msh jalan"))
    assert "IKI 1 belum ada realisasinya" in shown and "Realisasi TW II, IKI 2" in shown
    assert ppi.state("u1").year.entries == []


def test_a_deliverable_said_under_way_keeps_nothing_delivered_and_the_words_as_its_note(ppi):
    typed(ppi, "u1", "Isi realisasi TW II", "Lewati", "Lewati", "Lewati", "Lewati", "Lewati")
    shown = "\n".join(r.text for r in ppi.handle("u1", "blm selesai, isi e-learningnya lagi direview"))
    assert "IKI 7 TW II: 0 modul selesai (dalam proses: «blm selesai, isi e-learningnya lagi direview»)" in shown
    assert ppi.state("u1").year.entries == []


def _skp(*rows):
    from bot.models import IkiDraft, SkpDraft

    return SkpDraft(iki=[IkiDraft(indikator=text, target=target) for text, target in rows])


_AUDIT = _skp(("Persentase rekomendasi hasil audit kepatuhan cuci tangan perawat yang ditindaklanjuti", "90%"),
              ("Persentase kepatuhan kebersihan tangan perawat", "85%"),
              ("Jumlah perawat baru yang mengikuti orientasi PPI", "40 orang"))


@pytest.mark.parametrize("said", ["td spot check cuci tangan bangsal anak, 30 peluang, patuh 27",
                                  "audit kebersihan tangan di OK 27/30 patuh",
                                  "observasi cuci tangan di HCU 27 patuh dr 30"])
def test_a_part_of_a_whole_told_reads_as_the_compliance_figure(said):
    from bot.year.entry_dates import when
    from bot.year.entry_numbers import reported_rate
    from bot.year.line import line

    ln = line(said)
    assert reported_rate(ln, when(ln), _AUDIT.iki[1]) == (27, 30)


@pytest.mark.parametrize("said", ["td spot check cuci tangan bangsal anak, 30 peluang, patuh 27",
                                  "audit kebersihan tangan di OK 27/30 patuh"])
def test_a_compliance_figure_beside_an_iki_of_the_audits_recommendations_is_asked_the_compliance_first(said):
    from bot.year import linking
    from bot.year.entry_dates import when
    from bot.year.line import line

    ln = line(said)
    found = linking.link(ln, when(ln), _AUDIT, [])
    assert found.decision is linking.Decision.ask and [c.number for c in found.candidates][:2] == [2, 1]


def test_the_recommendations_followed_up_still_link_to_their_own_iki():
    from bot.year import linking
    from bot.year.entry_dates import when
    from bot.year.line import line

    ln = line("rapat bahas tindak lanjut rekomendasi audit cuci tangan, 4 dari 5 sdh ditindaklanjuti")
    found = linking.link(ln, when(ln), _AUDIT, [])
    assert found.decision is linking.Decision.link and found.candidates[0].number == 1


def test_unfinished_work_naming_another_waiting_iki_is_that_ones_and_the_iki_asked_is_asked_again(ppi):
    typed(ppi, "u1", "Isi realisasi TW II", "Lewati", "Lewati", "Lewati", "Lewati")
    shown = "\n".join(r.text for r in ppi.handle("u1", "modul e-learningnya belum selesai"))
    assert "IKI 7 TW II: 0 modul selesai" in shown and "Realisasi TW II, IKI 5" in shown
    assert ppi.state("u1").year.entries == []
