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
