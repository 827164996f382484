"""Day-one dev18: an English indicator naming its measure after what it measures («EQAS score for AST») is a line
of a pasted list, never a note left out of it; at a PRIMA field question, a waiting line of the pasted list named by
its words with a target is saved with it, never the asked IKI's value."""

import pytest

from tests.talk import prima_at_step_m, said


def test_an_english_score_line_is_a_line_of_the_list(engine):
    text = said(engine.handle("u", "1. Percentage of samples tested within 3 days\n2. PME score for TCM\n"
                                   "3. Percentage of reports validated"))
    assert "daftar 3 IKI" in text and "bukan IKI" not in text


@pytest.mark.parametrize("text, english", [
    ("PME score for TCM", True),
    ("Database backup success rate", True),
    ("Nilai PME TCM", False),  # Indonesian: read by its own measure word
    ("see you at the score board", False),  # no indicator line
])
def test_an_english_measure_noun_marks_an_indicator(text, english):
    from bot.rules.language import measured_in_english

    assert measured_in_english(text) is english


_LIST = ("Persentase pasien TB yang diobati sampai sembuh\nPersentase kontak serumah yang diskrining TB\n"
         "Jumlah laporan kunjungan rumah")


def _own_iki_asked(engine):
    prima_at_step_m(engine, "u")
    engine.handle("u", _LIST)
    engine.handle("u", "Persentase pasien TB mangkir yang dilacak kembali")  # its target asked now


def _target(engine, word):
    return next(iki.target for iki in engine.state("u").skp.iki if word in iki.indikator)


def test_a_waiting_line_named_with_its_target_at_a_field_question_is_saved_with_it(engine):
    _own_iki_asked(engine)
    engine.handle("u", "target kontak serumah delapan puluh persen")
    assert _target(engine, "kontak serumah") == "80%"
    assert engine.state("u").prima.field == "target"  # the asked IKI's target still asked, never 80


def test_waiting_lines_and_the_asked_iki_named_in_one_message_each_take_theirs(engine):
    _own_iki_asked(engine)
    engine.handle("u", "diobati sampai sembuh 90%, dilacak kembali tujuh puluh lima")
    assert _target(engine, "sembuh") == "90%"
    assert _target(engine, "dilacak") == "75%"


def test_a_line_asked_how_to_replace_is_a_question_about_it():
    from bot.conversation.line_questions import asks_about_line
    from bot.conversation.state import ListedIki

    listed = [ListedIki(text=t) for t in _LIST.splitlines()]
    assert asks_about_line("laporan kunjungan gantinya apa", listed) == 3


@pytest.mark.parametrize("text, field, value", [
    ("Rina Marlina, 199105122016032004, Epidemiolog Ahli Pertama, Seksi Surveilans Dinkes Kota Bogor.. eh salah "
     "Dinkes Kab. Bogor, atasan dr. Hadi", "unit", "Seksi Surveilans Dinkes Kab. Bogor"),
    ("Rina Marlna eh salah Rina Marlina, 199105122016032004, Epidemiolog Ahli Pertama, Dinkes Kota Bogor, atasan "
     "dr. Hadi", "nama", "Rina Marlina"),
])
def test_a_slip_put_right_inside_a_profile_value_keeps_the_right_words_only(engine, text, field, value):
    engine.handle("u", "/profil")
    reply = said(engine.handle("u", text))
    assert getattr(engine.state("u").skp.pegawai, field) == value
    assert "eh salah" not in reply


def test_a_value_with_no_slip_marker_stays_as_typed():
    from bot.conversation.profil_flow import read_profile

    assert read_profile("Subbag Ralat dan Verifikasi Data", "unit") == {"unit": "Subbag Ralat dan Verifikasi Data"}


_WAITING = ("1. Persentase balita gizi buruk yang mendapat PMT sesuai standar\n2. Jumlah rapat lintas program gizi\n"
            "3. Persentase posyandu yang melapor data timbang tepat waktu")


def test_waiting_lines_named_by_words_with_targets_are_saved_with_them(engine):
    engine.handle("u", _WAITING)
    text = said(engine.handle("u", "yg gizi buruk 90%. yg posyandu 80. yg rapat 12"))
    targets = {iki.indikator: iki.target for iki in engine.state("u").skp.iki}
    assert targets == {"Persentase balita gizi buruk yang mendapat PMT sesuai standar": "90%",
                       "Persentase posyandu yang melapor data timbang tepat waktu": "80%"}
    assert "yg rapat 12» belum saya pasangkan" in text  # a failing line named: said back, never saved


def test_a_transfer_told_in_passing_updates_the_profile_and_says_so(engine):
    engine.handle("u", "/profil")
    engine.handle("u", "Tono Wibowo\n198702142010011003\nEntomolog Kesehatan Ahli Pertama\nSeksi P2P\nBu Dina")
    engine.handle("u", "Selesai")
    text = said(engine.handle("u", "kak sy baru dimutasi ke Seksi Surveilans, jabatan skrg Epidemiolog Kesehatan "
                                   "Ahli Muda, atasan baru sy Pak Bonar"))
    pegawai = engine.state("u").skp.pegawai
    assert (pegawai.unit, pegawai.jabatan, pegawai.atasan) == ("Seksi Surveilans", "Epidemiolog Kesehatan Ahli Muda",
                                                               "Pak Bonar")
    assert "Profil saya perbarui" in text and "Kode untuk atasan" not in text


@pytest.mark.parametrize("text", ["IKI 3 pindah ke TW II aja", "jabatan jd apa ya kalau pindah ke seksi lain?"])
def test_one_field_or_talk_is_no_profile_change(text):
    from bot.conversation.profil_change import changed_fields

    assert changed_fields(text) == {}


def test_a_transfer_told_at_a_field_question_asks_that_question_again(engine):
    engine.handle("u", "Persentase sampel air minum yang diperiksa sesuai standar")
    engine.handle("u", "Simpan ke draf")
    text = said(engine.handle("u", "unit sy skrg Seksi Kesling, atasan baru Bu Wati"))
    assert engine.state("u").skp.pegawai.atasan == "Bu Wati"
    assert text.rstrip().endswith(said(engine.pending_question(engine.state("u"))).rstrip())


def test_an_mpph_indicator_with_its_target_and_a_remark_after_it_is_step_one_answered(engine):
    engine.handle("u", "/mpph")
    text = said(engine.handle("u", "IKI sy: Persentase hasil uji kalibrasi alat yang terbit tepat waktu, target 85%. "
                                   "itu turunan IKK kok"))
    flow = engine.state("u").mpph
    assert flow.step == "method" and flow.current.target == "85%" and "Indikator Renstra untuk" not in text


@pytest.mark.parametrize("text, target", [
    ("Persentase sampel yang diperiksa tepat waktu, target 90%. ini dr renstra", "90%"),
    ("Nilai survei budaya keselamatan, target 3.5", "3.5"),
])
def test_the_leader_target_ends_at_its_sentence(text, target):
    from bot.conversation.mpph_reading import leader_line

    assert leader_line(text)[1] == target


@pytest.mark.parametrize("line, rows", [
    ("Ns. Wulan triase, dr Bima audit klinis, apt. Sinta rekonsiliasi obat",
     [("Ns. Wulan", "triase"), ("dr Bima", "audit klinis"), ("apt. Sinta", "rekonsiliasi obat")]),
    ("Ners Dewi HAIs, drg Tomi PPI gigi", [("Ners Dewi", "HAIs"), ("drg Tomi", "PPI gigi")]),
])
def test_member_rows_led_by_a_title_part_name_from_part(line, rows):
    from bot.team.member_rows import read_rows

    assert [(row.name, row.part) for row in read_rows(line)] == rows
