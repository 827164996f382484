"""«*…» right after an answer puts that answer right (tester57 F12): the asterisk and fillers read past, a list
answer added to with «sama/juga/tambah», replaced otherwise, and the text never lost."""

from bot.conversation.starred import read_starred
from tests.talk import press, said


def test_reads_past_the_asterisk_and_its_fillers():
    starred = read_starred("*ehh plus pemantauan minum obat juga ya mbak")
    assert starred.body == "pemantauan minum obat" and starred.adds
    fixed = read_starred("*maksud saya rapat koordinasi lintas sektor deh")
    assert fixed.body == "rapat koordinasi lintas sektor" and not fixed.adds
    assert read_starred("*penting*") is None and read_starred("*eh kak") is None
    assert read_starred("pelacakan kontak") is None


def _at_role_question(engine, user):
    engine.handle(user, "/prima")
    replies = engine.handle(user, "pelayanan gizi balita")
    press(engine, user, replies, "Pakai tulisan saya")
    said(engine.handle(user, "penimbangan balita di posyandu tiap bulan"))
    assert engine.state(user).prima.step == "I"


def test_an_addition_to_the_activities_at_the_role_question(engine):
    _at_role_question(engine, "s1")
    text = said(engine.handle("s1", "*tambahin pemberian PMT untuk balita gizi kurang juga kak"))
    prima = engine.state("s1").prima
    assert "penimbangan balita" in prima.strategies and "pemberian PMT untuk balita gizi kurang" in prima.strategies
    assert "Pilih salah satu tombol" not in text and "«pemberian PMT untuk balita gizi kurang»" in text
    assert prima.step == "I" and not prima.paused


def test_a_replacement_of_the_activities_even_when_it_reads_as_a_question(engine):
    _at_role_question(engine, "s2")
    text = said(engine.handle("s2", "*eh maksudnya konseling menyusui di puskesmas"))
    prima = engine.state("s2").prima
    assert prima.strategies == "konseling menyusui di puskesmas"
    assert "ganti" in text and "di luar pedoman" not in text


def test_nothing_to_put_right_says_what_it_read(engine):
    engine.handle("s3", "/prima")
    replies = engine.handle("s3", "pelayanan gizi balita")
    press(engine, "s3", replies, "Pakai tulisan saya")
    engine.handle("s3", "Lewati")
    text = said(engine.handle("s3", "*sama posyandu remaja"))
    assert "«*sama posyandu remaja»" in text and engine.state("s3").prima.step == "I"


def test_a_starred_value_puts_the_field_just_answered_right(engine):
    replies = engine.handle("s4", "Persentase ibu hamil yang mendapat tablet tambah darah")
    press(engine, "s4", replies, "Simpan ke draf")
    engine.handle("s4", "75")
    text = said(engine.handle("s4", "*ehh 88 deng"))
    iki = engine.state("s4").skp.iki[0]
    assert iki.target.startswith("88") and not iki.baseline
    assert "deng" not in text.split("diganti")[-1][:40]


def test_a_starred_value_at_a_prima_field_question(engine):
    _at_role_question(engine, "s5")
    replies = press(engine, "s5", engine.handle("s5", "Anggota tim"), "Tidak langsung")
    engine.handle("s5", "Persentase balita gizi kurang yang mendapat PMT")
    engine.handle("s5", "70")
    text = said(engine.handle("s5", "*eh salah 95 dink"))
    iki = next(i for i in engine.state("s5").skp.iki if "PMT" in i.indikator)
    assert iki.target.startswith("95") and not iki.baseline and "dink" not in text
    assert replies


def test_a_starred_addition_under_a_list_adds_a_line(engine):
    engine.handle("s6", "Persentase sasaran lansia yang diskrining\nJumlah posbindu yang aktif\n"
                        "Persentase kader yang dilatih")
    text = said(engine.handle("s6", "*plus Persentase penderita hipertensi yang terkontrol juga ya"))
    listed = [item.text for item in engine.state("s6").listed]
    assert len(listed) == 4 and listed[-1] == "Persentase penderita hipertensi yang terkontrol"
    assert not engine.state("s6").skp.iki and "tersimpan" not in text


def test_a_starred_search_at_step_one_searches_again(engine):
    engine.handle("s7", "/prima")
    engine.handle("s7", "pengelolaan arsip dinamis")
    text = said(engine.handle("s7", "*eh maksudnya pengelolaan gizi balita"))
    prima = engine.state("s7").prima
    assert prima.step == "P" and prima.typed == "pengelolaan gizi balita" and "di luar pedoman" not in text


def test_a_starred_fix_of_the_work_carried_from_step_one_replaces_it(engine):
    engine.handle("s8", "/prima")
    replies = engine.handle("s8", "pelayanan gizi balita")
    press(engine, "s8", replies, "Pakai tulisan saya")
    engine.state("s8").prima.field, engine.state("s8").prima.strategies = "carried", "timbang balita"
    engine.handle("s8", "*ralat, penimbangan bayi di posyandu")
    assert engine.state("s8").prima.strategies == "penimbangan bayi di posyandu"
