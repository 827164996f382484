"""Day-one dev17: a slash said aloud by voice-to-text («garis miring prima») is the command's slash, and a command
ending a message whose lead says something of its own («…, IP ASN target 80. /ekspor») runs after that lead is read."""

import pytest

from tests.talk import said


@pytest.mark.parametrize("text", ["baik saya mulai garis miring prima", "ok slash prima"])
def test_a_slash_said_aloud_before_a_command_starts_it(engine, text):
    engine.handle("u", text)
    assert engine.state("u").prima is not None


def test_a_slash_said_aloud_alone_runs_the_command(engine):
    engine.handle("u", "Persentase alat medis yang dikalibrasi tepat waktu 95%")
    text = said(engine.handle("u", "garis miring skp"))
    assert "Draf SKP Anda" in text and "dikalibrasi" in text


def test_garis_miring_before_a_word_that_is_no_command_stays_words(engine):
    from bot.conversation.engine import _slash_said

    assert _slash_said("ukuran garis miring lantai 5 derajat") == "ukuran garis miring lantai 5 derajat"
    assert _slash_said("sip garis miring ekspor") == "sip /ekspor"


def test_a_command_after_a_long_lead_reads_the_lead_then_runs_the_command(engine):
    engine.handle("u", "Persentase alat medis yang dikalibrasi tepat waktu 95%")
    engine.handle("u", "Selesai dulu")
    replies = engine.handle("u", "hmm udah cukup kayaknya. sip. tambahin nilai IP ASN target 85. /skp")
    text = said(replies)
    assert "Indeks Profesionalitas ASN" in text and "Draf SKP Anda" in text
    assert any("Profesionalitas" in iki.indikator and "85" in str(iki.target) for iki in engine.state("u").skp.iki)


@pytest.mark.parametrize("text, parts", [
    ("hmm 9 ya. fine. IP ASN target 80. /ekspor", ("hmm 9 ya. fine. IP ASN target 80", "/ekspor")),
    ("tolong cek ini ya kak soalnya penting banget. /cek X", None),  # the command has text of its own
    ("Persentase dokumen / bulan", None),  # no such command
    ("lihat di /skp lalu /ekspor", None),  # two commands: left to the other readings
])
def test_a_command_ending_a_message_is_split_from_its_lead(text, parts):
    from bot.conversation.engine import _command_last

    lead, last = _command_last(text)
    assert (None if last is None else (lead, last)) == parts


@pytest.mark.parametrize("text", [
    "sore kak, ini SKP sy 2025 mau dipake lg utk 2026 tp katanya hrs dicek dulu. sy paste ya",
    "pagi bu, iki sy thn 2025 mau sy tempel ya",
])
def test_an_skp_of_a_named_year_announced_before_its_paste_is_asked_for(engine, text):
    text = said(engine.handle("u", text))
    assert "tempel daftar IKI" in text and "Sumber" not in text


def test_a_figure_beside_an_announced_skp_is_still_an_iki_to_read():
    from bot.conversation.intent import announces_paste

    assert not announces_paste("tolong cek iki sy, target 2025 dokumen")
    assert not announces_paste("cek skp sy, 2025 berkas")  # a count, no year
    assert announces_paste("tolong cek skp sy 2026")


def test_an_objection_to_a_line_s_verdict_without_a_question_mark_shows_that_line(engine):
    engine.handle("u", "SKP 2025\n1. Jumlah berkas klaim JKN rawat inap yang dikoding | 18.000 berkas | 30%\n"
                       "2. Persentase klaim pending yang diselesaikan | 85% | 20%\n"
                       "3. Jumlah rapat verifikasi dengan BPJS | 12 kali | 10%")
    text = said(engine.handle("u", "nomor 3 itu kan rutin tiap bulan, kok ga lolos"))
    assert text.startswith("3. «Jumlah rapat verifikasi dengan BPJS»") and "belum bisa menyusun" not in text
    text = said(engine.handle("u", "yg no 1 kan emg kerjaan utama sy kak, masa ga boleh"))
    assert text.startswith("1. «Jumlah berkas klaim") and "belum bisa menyusun" not in text


@pytest.mark.parametrize("iki", ["Persentase berkas klaim yang dikoding paling lama 2x24 jam",
                                 "Persentase data kunjungan yang diinput ke SIMRS tepat waktu",
                                 "Persentase konten edukasi yang diupdate setiap bulan"])
def test_a_loanword_with_a_passive_prefix_is_indonesian(iki):
    from bot.rules.language import english_words

    assert english_words(iki) == []


@pytest.mark.parametrize("iki", ["Persentase berkas yang distributing tepat waktu",
                                 "Percentage of claims coded within 2 days"])
def test_english_stays_english_beside_the_prefix_reading(iki):
    from bot.rules.language import english_words

    assert english_words(iki)


@pytest.mark.parametrize("reworded", ["oke ganti jd persentase berkas klaim yg dikoding max 2x24 jam stlh pasien pulang",
                                      "ok ganti aja jadi persentase berkas klaim yang dikoding paling lama 2x24 jam"])
def test_a_nod_then_new_words_under_a_line_s_details_rewords_that_line_only(engine, reworded):
    engine.handle("u", "SKP 2025\n1. Jumlah berkas klaim JKN rawat inap yang dikoding | 18.000 berkas | 30%\n"
                       "2. Persentase klaim pending yang diselesaikan | 85% | 20%\n"
                       "3. Jumlah rapat verifikasi dengan BPJS | 12 kali | 10%")
    engine.handle("u", "yg no 1 kan emg kerjaan utama sy kak, masa ga boleh")
    text = said(engine.handle("u", reworded))
    assert "Baris 1 diganti" in text and "saya pakai usulan 1" not in text
    drafted = [iki.indikator for iki in engine.state("u").skp.iki]
    assert drafted == [drafted[0]] and drafted[0].startswith("Persentase berkas klaim yang dikoding")


def test_a_line_replaced_by_english_words_is_said_back_as_typed_never_half_translated(engine):
    engine.handle("u", "1. input data mahasiswa ke PDDikti\n2. urus beasiswa KIP kuliah\n3. verifikasi berkas wisuda\n"
                       "4. bikin SK kelulusan\n5. layanan surat aktif kuliah\n6. tracer study alumni")
    text = said(engine.handle("u", "for no 5 I wrote: Percentage of student letters issued within 1 working day"))
    assert "Baris 5 diganti: «Percentage of student letters" in text and "persentase of" not in text.lower()


_FAILING = ("1. urus pengadaan obat puskesmas\n2. rapat koordinasi lintas sektor\n3. bikin laporan stok gudang\n"
            "4. pendampingan kader posyandu\n5. monitoring distribusi vaksin")


@pytest.mark.parametrize("text", ["ok yg 1, 3 dan 5 aja, lainnya kerjaan harian", "yang 2 sama 4 saja"])
def test_several_lines_kept_only_by_number_are_a_pick_whose_failing_lines_are_offered_their_rewrite(engine, text):
    from tests.talk import labels

    engine.handle("u", _FAILING)
    replies = engine.handle("u", text)
    wanted = [int(n) for n in text.replace(",", " ").split() if n.isdigit()]
    assert "belum lolos aturan" in said(replies) and labels(replies) == [f"Rincian {n}" for n in wanted]
    assert not engine.state("u").skp.iki  # never saved silently as failing


def test_one_number_kept_only_is_no_pick_of_lines():
    from bot.conversation.list_picks import _only

    assert _only().search("yg 2 aja") is None and _only().search("90, 85 aja") is None
    assert _only().search("ok no 2, 4 doang").group(1) == "2, 4"


@pytest.mark.parametrize("typed, read_as", [
    ("Waktu tanggap keluhan pasien paling lama lima belas menit", "Waktu tanggap keluhan pasien paling lama 15 menit"),
    ("Persentase berkas klaim diverifikasi dalam tiga hari kerja", "Persentase berkas klaim diverifikasi dalam 3 hari kerja"),
    ("Persentase desa dengan Satu Data Kesehatan terisi", None),  # a number word that is a name, no quantity
])
def test_number_words_before_a_unit_of_the_clock_are_read_in_digits(typed, read_as):
    from bot.models import IkiDraft
    from bot.rules import check_iki

    assert check_iki(IkiDraft(indikator=typed)).read_as == read_as


def test_a_time_limit_said_in_words_is_kept_in_digits_when_the_iki_is_saved(engine):
    engine.handle("u", "Persentase alat medis yang diperbaiki maksimal dua puluh empat jam, target 90%")
    assert any("24 jam" in iki.indikator for iki in engine.state("u").skp.iki)


_MIXED = ("1. Persentase sampel air minum yang diperiksa sesuai standar\n2. Jumlah rapat koordinasi lintas program\n"
          "3. Persentase TTU yang memenuhi syarat kesehatan\n4. Jumlah laporan triwulan kesling")


@pytest.mark.parametrize("text", [
    "rapat koordinasi buang aja, laporan triwulan ganti yg disarankan tadi",
    "laporan triwulan ganti usulan tadi; rapat koordinasi ga usah",
])
def test_lines_named_by_their_words_each_with_its_own_act_are_dropped_and_replaced(engine, text):
    engine.handle("u", _MIXED)
    text = said(engine.handle("u", text))
    assert "Baris 2" in text and "dibuang" in text and "Baris 4 memakai usulan 1" in text
    saved = [iki.indikator for iki in engine.state("u").skp.iki]
    assert not any("rapat" in s.lower() for s in saved) and any("laporan triwulan" in s.lower() for s in saved)
    assert "Jumlah laporan triwulan kesling" not in saved and not engine.state("u").year.entries


def test_two_clauses_naming_one_line_twice_are_no_acts(engine):
    from bot.conversation.line_acts import acts_on_list

    engine.handle("u", _MIXED)
    assert acts_on_list(engine.state("u"), "rapat koordinasi buang aja, rapat koordinasi ganti yg disarankan") is None


def test_an_announced_skp_signed_with_name_and_nip_asks_for_the_rows(engine):
    # d21-dev07: a sign-off, name and NIP under «ini SKP sy thn lalu, tlg dicek» made suggestions for «SKP tahun» and
    # for the NIP line
    reply = said(engine.handle("u-signed", "selamat pagi kak, sy sanitarian. mohon diperiksa skp saya\n\nHormat saya,\n"
                                           "Budi Santoso, A.Md.Kes\nNIP 198705142010011003"))
    assert "Silakan tempel daftar IKI" in reply and "usulan" not in reply
