"""tester16b: a member's typed answers — a line named by number, the passing lines, a late correction, an
objection, PRIMA's own questions answered."""

import pytest

from tests.talk import said

PASTE = ("No\tRencana Hasil Kerja\tIndikator Kinerja Individu\tTarget\tSatuan\n"
         "1\tTersusunnya laporan keuangan Setjen\tJumlah laporan keuangan yang disusun\t4\tLaporan\n"
         "2\tTerlaksananya rekonsiliasi\tMelakukan rekonsiliasi data BMN dengan KPKNL\t12\tKali\n"
         "3\tMeningkatnya kualitas pengelolaan anggaran\tNilai IKPA Sekretariat Jenderal\t95\tNilai\n"
         "4\tTerselesaikannya tindak lanjut temuan\tPersentase rekomendasi temuan BPK yang ditindaklanjuti\t100\tPersen\n"
         "5\tTersedianya data realisasi\tRapat monitoring realisasi anggaran bulanan\t12\tKali\n"
         "6\tTertibnya penatausahaan\tPersentase SPM yang diterbitkan tepat waktu\t98\tPersen\n"
         "7\tMeningkatnya kompetensi\tMengikuti pelatihan pengelolaan keuangan negara\t20\tJP")


def _names(engine) -> list[str]:
    return [i.indikator for i in engine.state("u").skp.iki]


def test_a_line_named_by_number_is_kept_as_written_whatever_line_is_on_screen(engine):
    """tester16b #3: «yg no 1 tetep sy pake kayak gitu aja» after «no 5 gmn bagusnya?» saved line 5."""
    engine.handle("u", PASTE)
    engine.handle("u", "no 5 gmn bagusnya?")
    reply = said(engine.handle("u", "yg no 1 tetep sy pake kayak gitu aja"))
    assert _names(engine) == ["Jumlah laporan keuangan yang disusun"]
    assert "Baris 1 saya simpan seperti yang Anda tulis" in reply and "laporan" in reply


def test_kept_as_agreed_is_as_written_with_nothing_on_screen(engine):
    """tester16b #3: «… udah disepakati sm atasan» was refused with «tulis masukin apa adanya»."""
    engine.handle("u", PASTE)
    engine.handle("u", "yg no 1 tetep sy pake kayak gitu aja, udah disepakati sm atasan")
    assert _names(engine) == ["Jumlah laporan keuangan yang disusun"]


BULLETS = ("• Jumlah sampel makanan yg diperiksa\n• Melakukan uji kepekaan antibiotik isolat klinis\n"
           "• Persentase hasil pemeriksaan mikrobiologi yang dilaporkan tepat waktu 95%\n"
           "• Jumlah bimtek lab mikrobiologi kabupaten/kota\n• Persentase media kultur yang lolos uji mutu 100%\n"
           "• Nilai IP ASN 80")


@pytest.mark.parametrize("typed", ["simpan semua yg lolos", "simpan yg lolos", "masukin yang lolos aja"])
def test_the_passing_lines_are_every_passing_line_not_the_one_holding_the_word(engine, typed):
    """tester16b #4: «simpan semua yg lolos» saved only «… media kultur yang lolos uji mutu»; 4 lines passed."""
    engine.handle("u", BULLETS)
    engine.handle("u", typed)
    assert len(_names(engine)) == 4 and "Persentase media kultur yang lolos uji mutu" in _names(engine)


@pytest.mark.parametrize("field, typed, value", [("bobot", "eh bentar, 15 aja", 15), ("target", "eh salah, 8 aja", "8")])
def test_a_correction_right_after_an_ubah_with_its_value_puts_that_field_right(engine, field, typed, value):
    """tester16b #10: «eh bentar, 15 aja» right after «/ubah 2 bobot 10» got «nilai mana yang diganti?»."""
    engine.handle("u", BULLETS)
    engine.handle("u", "simpan semua apa adanya")
    engine.handle("u", f"/ubah 2 {field} 10")
    reply = said(engine.handle("u", typed))
    assert "nilai mana" not in reply
    iki = engine.state("u").skp.iki[1]
    assert (iki.bobot if field == "bobot" else (iki.target or "").split()[0]) == value


@pytest.mark.parametrize("typed", ["ga setuju, rapat itu penting", "lho kok gitu, rapat kan kerjaan sy",
                                   "masa sih, kan rapatnya menghasilkan kesepakatan"])
def test_an_objection_is_answered_with_the_rule_and_its_source_never_drafted_from(engine, typed):
    """tester16b #2: «ga setuju, rapat itu penting» got IKI suggestions for the work «Rapat itu penting»."""
    reply = said(engine.handle("u", typed))
    assert "Sumber:" in reply and "berlaku" in reply
    assert "usulan IKI" not in reply and not engine.state("u").candidates


def test_a_jenis_corrected_after_an_ubah_goes_to_that_iki_never_to_a_suggestion(engine):
    """tester16b #2: «eh salah, CL» after «/ubah 2 jenis TUSI», suggestions on screen with a target noted: usulan 1
    was saved as IKI 6 with jenis CL, and IKI 2 stayed TUSI."""
    engine.handle("u", BULLETS)
    engine.handle("u", "simpan semua apa adanya")
    engine.handle("u", "/cek Jumlah rapat koordinasi lintas sektor")
    engine.handle("u", "40")
    assert engine.state("u").candidate_target
    engine.handle("u", "/ubah 2 jenis TUSI")
    engine.handle("u", "eh salah, CL")
    iki = engine.state("u").skp.iki
    assert len(iki) == 6 and iki[1].jenis.value == "core_cl"


def test_a_jenis_corrected_under_suggestions_with_nothing_edited_takes_no_suggestion(engine):
    engine.handle("u", "/cek Jumlah rapat koordinasi lintas sektor")
    engine.handle("u", "40")
    reply = said(engine.handle("u", "eh salah, CL"))
    assert not engine.state("u").skp.iki and "/ubah 1 jenis Core CL" in reply


def test_the_measure_and_data_source_told_in_step_r_are_no_starting_points_of_their_own(engine):
    """tester16b #12: «percepatan penerbitan SPM, diukur dr SPM tepat waktu, data SAKTI» gave the starting point
    «Persentase data SAKTI …» and named «diukur dr SPM tepat waktu» as work of its own."""
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.handle("u", "- mempercepat penerbitan SPM, diukur dr SPM tepat waktu, data SAKTI\n"
                       "- rekonsiliasi BMN tiap semester, data SIMAK BMN")
    for step in ("prima:role:anggota", "prima:direct:0"):
        engine.press("u", step)
    prima = engine.state("u").prima
    shown = [p.indikator for p in prima.proposals] + prima.unproposed
    assert not any("SAKTI" in s or "SIMAK" in s for s in shown), shown
    assert any("SPM" in p.indikator for p in prima.proposals) and len(prima.proposals) == 2
