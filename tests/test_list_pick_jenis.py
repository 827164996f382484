"""A line of a pasted list picked by its words with its target, jenis and weight in one message: all three kept and
said (d15-xxx05: «tusi 25» was lost, or the message, with no word that adds, read as work to draft)."""

from bot.conversation import Engine
from bot.models import Jenis
from tests.talk import said

LIST = ("1. Persentase sampel air minum yang diperiksa sesuai standar\n"
        "2. Jumlah rekomendasi hasil inspeksi kesehatan lingkungan yang ditindaklanjuti\n"
        "3. Persentase laporan kualitas udara yang dikirim tepat waktu")


def _saved(message: str):
    engine = Engine()
    engine.handle("u", LIST)
    replies = engine.handle("u", message)
    return engine.state("u").skp.iki, said(replies)


def test_a_line_saved_by_its_words_keeps_the_jenis_and_weight_after_its_target():
    iki, text = _saved("simpan yg sampel air, target 90, tusi 30")
    assert [(i.indikator.startswith("Persentase sampel air"), i.target, i.jenis, i.bobot) for i in iki] \
        == [(True, "90%", Jenis.core_tusi, 30)]
    assert "Core TUSI" in text and "bobot 30%" in text


def test_a_line_named_by_its_words_with_a_value_and_a_jenis_is_saved_without_a_word_that_adds():
    iki, text = _saved("kualitas udara biasanya sih 85an, tusi 20")
    assert [(i.indikator.startswith("Persentase laporan kualitas udara"), i.target, i.jenis, i.bobot) for i in iki] \
        == [(True, "85%", Jenis.core_tusi, 20)]
    assert "target 85%" in text


def test_a_jenis_without_a_weight_is_kept_and_the_target_stays_the_value():
    iki, _ = _saved("masukin yg kualitas udara 95, core tusi")
    assert [(i.target, i.jenis, i.bobot) for i in iki] == [("95%", Jenis.core_tusi, None)]


def test_a_value_and_a_jenis_naming_no_line_save_no_line():
    """Words no line holds alone («rapat koordinasi») with a value and a jenis: no line of the list is picked."""
    iki, _ = _saved("rapat koordinasi lintas sektor 85, tusi 20")
    assert not any(i.indikator.startswith(("Persentase sampel", "Jumlah rekomendasi", "Persentase laporan"))
                   for i in iki)


MEASURELESS = ("1. Persentase laporan kualitas udara yang dikirim tepat waktu\n"
               "2. Rekomendasi kajian vektor yang ditindaklanjuti dinas\n"
               "3. Jumlah rapat koordinasi\n"
               "4. Modul pelatihan kader jumantik yang tersusun\n"
               "5. Persentase sampel air minum yang diperiksa sesuai standar")


def test_lines_lacking_a_measure_word_named_one_per_sentence_take_the_measure_their_target_says():
    """d15-xxx03: «<line>: 80%, TUSI, 25. <line>: 3 dokumen, TUSI, 25» under lines with no measure word got «belum
    lolos aturan», nothing saved; a «%» target measures a share, one with a unit word a count."""
    engine = Engine()
    engine.handle("u", MEASURELESS)
    text = said(engine.handle("u", "rekomendasi kajian: 70%, TUSI, 30. modul: 2 modul, TUSI, 20"))
    assert [(i.indikator, i.target, i.jenis, i.bobot) for i in engine.state("u").skp.iki] == [
        ("Persentase rekomendasi kajian vektor yang ditindaklanjuti dinas", "70%", Jenis.core_tusi, 30),
        ("Jumlah modul pelatihan kader jumantik yang tersusun", "2 modul", Jenis.core_tusi, 20)], text


def test_a_weight_after_the_jenis_is_no_target_when_a_value_came_before_it():
    """«…: 95% tiap bulan, TUSI, 20»: 95 the target, 20 the weight (20 was read as the target)."""
    engine = Engine()
    engine.handle("u", LIST)
    engine.handle("u", "sampel air: 95% tiap bulan, TUSI, 20. kualitas udara: 90%, TUSI, 25")
    assert [(i.target, i.bobot) for i in engine.state("u").skp.iki] == [("95%", 20), ("90%", 25)]


def test_a_bare_number_for_a_line_lacking_a_measure_word_saves_nothing():
    """A bare «70» says neither a share nor a count: the line stays refused, never measured by a guess."""
    engine = Engine()
    engine.handle("u", MEASURELESS)
    engine.handle("u", "rekomendasi kajian: 70, TUSI, 30. modul: 2, TUSI, 20")
    assert not any(i.indikator.startswith(("Persentase rekomendasi", "Jumlah modul")) for i in engine.state("u").skp.iki)


def test_one_line_lacking_a_measure_word_picked_with_a_target_is_still_refused():
    """«simpan no 2, 70%» alone is no sentence per line: the line's findings are said, it is not measured for it."""
    engine = Engine()
    engine.handle("u", MEASURELESS)
    engine.handle("u", "simpan no 2, 70%")
    assert not any(i.indikator.startswith("Persentase rekomendasi") for i in engine.state("u").skp.iki)
