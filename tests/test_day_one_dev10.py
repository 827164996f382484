"""Day-one conversations of dev10 (issue 16): the readings they showed failing, each on varied phrasings."""

import pytest

from bot.conversation import Engine
from bot.conversation.iki_list import read_list
from tests.talk import said


@pytest.mark.parametrize("message, first, second", [
    ("sy perawat IGD RSUP kariadi. iki sy persentase pasien triase < 5 menit dan persentase pasien IGD yang dipindah "
     "ke ruangan < 6 jam", "persentase pasien triase < 5 menit", "persentase pasien IGD yang dipindah ke ruangan < 6 jam"),
    ("IKI saya Persentase sampel yang diuji sesuai SOP sama Jumlah laporan hasil uji yang terbit tepat waktu",
     "Persentase sampel yang diuji sesuai SOP", "Jumlah laporan hasil uji yang terbit tepat waktu"),
    ("Persentase resep yang dikaji sebelum diserahkan & rata-rata waktu tunggu obat racikan di apotek",
     "Persentase resep yang dikaji sebelum diserahkan", "rata-rata waktu tunggu obat racikan di apotek"),
])
def test_two_iki_joined_by_a_word_are_two_lines(message, first, second):
    """d10-igd03: two IKI joined by «dan» with no mark between (after «iki sy», no colon) were checked as one IKI
    without a measure word; they are a list of two, the words up to the label its header."""
    pasted = read_list(message)
    assert pasted is not None and [line.listed.text for line in pasted.lines] == [first, second]


def test_a_condition_joined_by_dan_stays_in_its_iki():
    """A measure word after «dan» opening only a short condition is part of the IKI, never a second one."""
    assert read_list("Persentase kasus yang ditangani sesuai standar dan waktu yang ditetapkan") is None


@pytest.mark.parametrize("message", [
    "sy perawat IGD RSUP kariadi. iki sy persentase pasien triase < 5 menit",
    "iki saya persentase pasien triase < 5 menit",
    "halo kak, ini IKI aku Persentase pasien triase < 5 menit",
])
def test_an_iki_after_its_label_without_a_colon_is_checked_alone(message):
    """«iki sy persentase …» was checked whole («IKI tidak diawali kata ukuran»): the IKI after the label is."""
    reply = said(Engine().handle("u", message))
    assert "tidak diawali kata ukuran" not in reply and "«persentase pasien triase < 5 menit»" in reply.lower(), reply


@pytest.mark.parametrize("save", ["Simpan keduanya", "masukin dua-duanya", "save both"])
def test_both_lines_saved_by_a_word_for_both(save):
    """«Simpan keduanya» under a list of two was asked what it meant: it saves both."""
    engine = Engine()
    engine.handle("u", "Persentase pasien triase < 5 menit dan persentase pasien IGD yang dipindah ke ruangan < 6 jam")
    reply = said(engine.handle("u", save))
    assert len(engine.state("u").skp.iki) == 2, reply


THREE = ("Persentase ibu hamil mendapat ANC 6x\nPersentase persalinan ditolong nakes di faskes\n"
         "Persentase bayi baru lahir mendapat KN lengkap")


@pytest.mark.parametrize("message", ["yg persalinan itu mending dihapus aja deh", "persalinan hapus aja ya",
                                     "yang nakes faskes dibuang aja"])
def test_an_iki_named_by_its_words_dropped_with_nothing_instead(message):
    """d10-bdn04: «yg penyuluhan itu mending dihapus aja deh» at a data awal question was «Data awal harus berupa
    angka»: the IKI its words name is dropped (it can be put back), and the question asked goes on."""
    engine = Engine()
    engine.handle("u", THREE)
    engine.handle("u", "simpan semua")
    engine.handle("u", "90")
    reply = said(engine.handle("u", message))
    assert [i.indikator for i in engine.state("u").skp.iki] == [
        "Persentase ibu hamil mendapat ANC 6x", "Persentase bayi baru lahir mendapat KN lengkap"], reply
    assert "Urungkan" in reply and "data awal" in reply.lower(), reply


def test_a_drop_followed_by_talk_is_not_read_as_a_drop():
    """«yg persalinan hapus aja, udh ada di IKI atasan» says why too: left to the other readings (d2-kt02)."""
    engine = Engine()
    engine.handle("u", THREE)
    engine.handle("u", "simpan semua")
    engine.handle("u", "90")
    engine.handle("u", "yg persalinan hapus aja, udh ada di IKI atasan")
    assert len(engine.state("u").skp.iki) == 3


FOUR = ("Persentase ibu hamil mendapat ANC 6x\nPersentase persalinan ditolong nakes di faskes\n"
        "Persentase bayi baru lahir mendapat KN lengkap\nPersentase ibu nifas mendapat KF lengkap")


@pytest.mark.parametrize("values", ["85, 80, 75 urut ya", "85, 80, 75 berurutan ya", "85 80 75 sesuai urutan aja"])
def test_targets_in_order_with_a_closing_word_at_a_data_awal_question(values):
    """d10-hkm08: «85, 80, 75 urut ya» at a data awal question was one data awal (or, in PRIMA, the step's help for its
    «ya»): the values are the targets of the IKI waiting after the one asked, in order."""
    engine = Engine()
    engine.handle("u", FOUR)
    engine.handle("u", "simpan semua")
    engine.handle("u", "90")
    reply = said(engine.handle("u", values))
    assert [i.target for i in engine.state("u").skp.iki] == ["90%", "85%", "80%", "75%"], reply
    assert engine.state("u").skp.iki[0].baseline in (None, ""), reply


def test_targets_in_order_in_prima_are_no_question():
    """In PRIMA's step 4 the closing «ya» made «85, 80, 75 urut ya» a question answered with the step's help."""
    from bot.conversation.targets_ahead import values_in_order

    assert values_in_order("85, 80, 75 urut ya") and values_in_order("90 85 berurutan ya")
    assert not values_in_order("85, 80, 75 urut ya?") and not values_in_order("85 ya")


@pytest.mark.parametrize("english, indonesian", [
    ("Number of press releases published", "Jumlah siaran pers yang dipublikasikan"),
    ("Percentage of negative issues answered within 1x24 hours", "Persentase isu negatif yang dijawab dalam 1x24 jam"),
    ("Number of policy briefs published", "Jumlah ringkasan kebijakan yang dipublikasikan"),
])
def test_english_plural_phrases_and_times_are_translated(english, indonesian):
    """d10-hum07: «press releases» (the plural of a phrase the lexicon holds) and «within 1x24 hours» were unknown
    words, so no Indonesian wording was offered."""
    from bot.lang.english import translate

    assert translate(english).text == indonesian


@pytest.mark.parametrize("iki", ["Number of press releases published", "Number of events documented"])
def test_an_english_count_the_rules_refuse_in_indonesian_gets_output_rewrites(iki):
    """/cek of an English IKI whose Indonesian wording is a count the rules refuse said only «write it in Indonesian»:
    output-based rewrites of that wording are offered, and one is saved by its button."""
    engine = Engine()
    reply = said(engine.handle("u", f"/cek {iki}"))
    assert "Usulan IKI berbasis output" in reply and "Persentase" in reply, reply
    engine.handle("u", "Pakai usulan 1")
    assert [i.indikator for i in engine.state("u").skp.iki][0].startswith("Persentase")
