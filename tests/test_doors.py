"""What a user meets at the doors when something is odd (tester26): a word that stops a question, a typed value kept
as typed. The real engine with the real SQLite store; no stubs."""

import io
from datetime import datetime

import pytest

from bot import chat
from bot.conversation import Engine
from bot.conversation.state import UserState
from bot.conversation.year_evidence import evidence_item
from bot.storage.sqlite import SqliteStore
from tests.talk import labels, said, typed

SAVED = "Persentase SPM yang diterbitkan tepat waktu: 90%"


@pytest.fixture
def engine(tmp_path):
    return Engine(SqliteStore(tmp_path / "state.sqlite3"), rate_limit=10**6)


@pytest.mark.parametrize("word", ["stop", "keluar", "udahan", "berhenti dulu"])
def test_a_stop_word_closes_the_question_and_is_never_saved_as_its_answer(engine, word):
    # tester26 #2: «stop» at /profil's name question was saved as the name, at /ubah N teks as the IKI's new text
    typed(engine, "u", "/profil", word)
    assert engine.state("u").skp.pegawai.nama == "" and engine.state("u").profil is None
    typed(engine, "u", SAVED, "Selesai dulu", "/ubah 1 teks")
    reply = said(engine.handle("u", word))
    assert engine.state("u").skp.iki[0].indikator == "Persentase SPM yang diterbitkan tepat waktu"
    assert "Tidak ada yang diubah" in reply and engine.state("u").edit is None


def test_a_stop_word_at_a_field_question_lets_it_go(engine):
    replies = typed(engine, "u", "Persentase SPM yang diterbitkan tepat waktu", "Simpan ke draf")
    assert "Target satu tahun" in said(replies)
    reply = said(engine.handle("u", "stop"))
    assert "harus berupa angka" not in reply and "sudah ada di draf" in reply


@pytest.mark.parametrize("asked", ["gimana cara pakainya", "bisa pake bot ini gimana?", "cara pake bot ini", "tutorial",
                                   "petunjuk penggunaan bot ini"])
def test_how_to_use_the_assistant_gets_the_ways_in(engine, asked):
    # tester26 #5: «gimana cara pakainya» got the guidance passage on output antara, «cara pake bot ini» «di luar
    # pedoman»
    reply = said(engine.handle("u", asked))
    assert reply.startswith("Selamat datang di Asisten IKI") and "/prima" in reply and "pedoman yang saya punya" not in reply


def test_how_to_use_another_system_is_still_a_question_for_the_guidance(engine):
    assert "Selamat datang" not in said(engine.handle("u", "cara pakai e-kinerja buat isi rencana aksi gimana"))


def test_a_file_sent_before_any_iki_says_how_to_bring_its_iki_in_and_loses_nothing(engine):
    # tester26 #4: an SKP sent as .xlsx/.pdf got «belum bisa membaca berkas», its caption was dropped, and an open
    # PRIMA step was not named again
    from bot.conversation.year_evidence import evidence_item

    sheet = evidence_item("document", name="skp-2025.xlsx", file_id="f1", size=5000, mime="")
    reply = said(engine.evidence("u", sheet))
    assert "«skp-2025.xlsx»" in reply and "salin" in reply and "tempel" in reply
    pdf = evidence_item("document", name="skp.pdf", file_id="f2", size=5000, mime="application/pdf")
    assert "Salin kalimat-kalimat IKI" in said(engine.evidence("u", pdf))
    reply = said(engine.evidence("u", sheet, "/cek Jumlah rapat koordinasi imunisasi"))
    assert "salin" in reply and "Usulan IKI berbasis output" in reply  # the caption read as its own message
    engine.handle("u", "/prima")
    reply = said(engine.evidence("u", sheet))
    assert "tempel" in reply and "(PRIMA masih terbuka: Langkah 1 dari 5" in reply
    assert "PRIMA masih terbuka" in said(engine.unsupported("u", "stiker"))


def test_an_empty_message_under_an_open_question_asks_it_again(engine):
    # tester26 #21: «Pesan Anda kosong. Kirim kalimat IKI …» under the target question, the question not repeated
    typed(engine, "u", "Persentase SPM yang diterbitkan tepat waktu", "Simpan ke draf")
    reply = said(engine.handle("u", "   "))
    assert reply.startswith("Pesan Anda kosong.") and "Target satu tahun" in reply and "Kirim kalimat IKI" not in reply
    assert "Kirim kalimat IKI" in said(engine.handle("v", "   "))


@pytest.mark.parametrize("salam", ["assalamualaikum", "Assalamu'alaikum pak", "assalamualaikum wr wb"])
def test_a_salam_is_answered_as_it_greets(engine, salam):
    # tester26 #9: «assalamualaikum» got «Halo!»
    assert said(engine.handle("u", salam)).startswith("Wa'alaikumsalam.")


@pytest.mark.parametrize("check", ["test", "tes", "Testing", "tes tes", "ping"])
def test_a_message_checking_the_bot_answers_says_it_is_alive_and_what_to_do_next(engine, check):
    # it got «Halo! Saya Asisten IKI …», a greeting to a message that greets no one
    reply = said(engine.handle("u", check))
    assert reply.startswith("Ya, pesan Anda sampai: Asisten IKI aktif") and "Yang bisa saya bantu:" in reply, reply
    assert said(engine.handle("v", "halo, tes")).startswith("Halo!")  # beside a greeting it is one


def test_asking_to_delete_all_ones_data_asks_to_confirm(engine):
    # tester26 #25: «hapus semua data saya» got «… itu maksudnya apa? [Periksa sebagai IKI] …»
    assert said(engine.handle("u", "hapus semua data saya")).startswith("Hapus semua data Anda")
    assert said(engine.handle("v", "data sy aman ga? bisa dihapus?")).startswith("Draf, catatan harian dan profil")


def test_the_second_half_of_a_long_paste_never_becomes_one_multi_line_iki(engine):
    # tester26 #1: Telegram cuts a paste at 4,096 characters; the second half, «…ten nomor 2 yang …» and more lines,
    # was read as «Baris 2 diganti» with every line after it and saved as one IKI
    line = "Persentase puskesmas di kabupaten nomor {} yang melaporkan cakupan imunisasi dasar lengkap tepat waktu"
    engine.handle("u", "\n".join(f"{n}. {line.format(n)}" for n in (1, 2)) + "\n3. Persentase puskesmas di kabupa")
    rest = "ten nomor 3 yang melaporkan cakupan imunisasi dasar lengkap tepat waktu\n" + \
        "\n".join(f"{n}. {line.format(n)}" for n in (4, 5, 6))
    reply = said(engine.handle("u", rest))
    assert "diganti" not in reply and all("\n" not in iki.indikator for iki in engine.state("u").skp.iki)


LONG_LINE = "{}. Persentase puskesmas di kabupaten nomor {} yang melaporkan cakupan imunisasi dasar lengkap tepat waktu " \
    "setiap bulan"
LONG_LIST = "\n".join(LONG_LINE.format(n, n) for n in range(1, 52))  # 6,101 characters: more than one Telegram message


@pytest.mark.parametrize("cut", [4096, LONG_LIST.rfind("\n", 0, 4096)], ids=["mid-line", "line-end"])
def test_a_list_cut_by_telegram_is_read_whole_from_its_two_parts(engine, cut):
    # tester26 #1: the second part was a list of its own, renumbered from 1 (the cut line lost from both halves)
    first = said(engine.handle("u", LONG_LIST[:cut]))
    assert "kirim sisanya" in first
    reply = said(engine.handle("u", LONG_LIST[cut:].lstrip("\n")))
    listed = engine.state("u").listed
    assert "lanjutan pesan sebelumnya" in reply and "daftar 51 IKI" in reply and len(listed) == 51
    assert listed[34].text == LONG_LINE.format(35, 35)[4:] and listed[50].text == LONG_LINE.format(51, 51)[4:]
    assert "diganti" not in reply and not engine.state("u").skp.iki


def test_a_message_after_a_short_list_is_never_joined_to_it(engine):
    engine.handle("u", "\n".join(LONG_LINE.format(n, n) for n in (1, 2, 3)))
    reply = said(engine.handle("u", "\n".join(LONG_LINE.format(n, n) for n in (7, 8))))
    assert "daftar 2 IKI" in reply and len(engine.state("u").listed) == 2


def test_a_paste_longer_than_a_list_may_be_is_read_to_its_last_whole_line_and_the_rest_asked(engine):
    longest = "\n".join(LONG_LINE.format(n, n) for n in range(1, 151))  # about 18,000 characters
    reply = said(engine.handle("u", longest))
    read = len(engine.state("u").listed)
    assert 90 < read < 150 and f"mulai «{read + 1}. Persentase" in reply
    assert "sebagai daftar tersendiri" in reply  # the rest is a list of its own: never joined past the most
    engine.handle("u", "\n".join(LONG_LINE.format(n, n) for n in range(read + 1, 151)))
    assert len(engine.state("u").listed) == 150 - read


def test_a_long_paste_in_the_terminal_is_read_whole(engine):
    # tester26 #18: 51 lines pasted at once were refused whole («Pesan terlalu panjang (5906 karakter)»)
    reply = said(engine.handle("u", LONG_LIST))
    assert "terlalu panjang" not in reply and len(engine.state("u").listed) == 51


def test_dates_are_written_with_the_month_named(tmp_path):
    # tester26 #7: «SKP ditetapkan (versi 1, 08/02/2026)», «Versi 1 · 08/02/2026», «dilampirkan ke catatan c1 (07/02: …)»
    engine = Engine(SqliteStore(tmp_path / "state.sqlite3"), rate_limit=10**6, clock=lambda: datetime(2026, 2, 8, 9))
    assert "versi 1, 8 Februari 2026" in said(typed(engine, "u", SAVED, "Selesai dulu", "/tetapkan", "1"))
    assert "Versi 1 · 8 Februari 2026 · penetapan" in said(engine.handle("u", "/skp versi"))
    typed(engine, "u", "kemarin rapat koordinasi SPM", "1")
    reply = said(engine.evidence("u", evidence_item("path", name="notulen.pdf", size=10, path="/tmp/notulen.pdf")))
    assert "c1 (7 Feb: kemarin rapat koordinasi SPM)" in reply and "/0" not in reply


@pytest.mark.parametrize("word", ["stop", "keluar", "cancel", "stop aja", "udah ah"])
@pytest.mark.parametrize("steps", [["/prima"], ["/prima", "cek kesehatan gratis bayi baru lahir", "#1"],
                                   ["/prima", "cek kesehatan gratis bayi baru lahir", "#1",
                                    "Advokasi LP/LS dan monev SBBL di 14 regional"]], ids=["step1", "step2", "step3"])
def test_a_stop_word_in_prima_asks_to_stop_it_as_batal_does(engine, word, steps):
    # tester26 #2: «stop» at step 1 was searched as a keyword, at step 2 kept as a strategy, at step 3 «Pilih salah
    # satu tombol»
    typed(engine, "u", *steps)
    replies = engine.handle("u", word)
    assert "Hentikan PRIMA?" in said(replies) and "Simpan dan berhenti" in labels(replies)


@pytest.mark.parametrize("unsure", ["ga tau", "blm tau kak", "saya juga ga tahu"])
def test_not_knowing_the_unit_indicator_gets_help_finding_it(engine, unsure):
    # «ga tau» at PRIMA step 1 was searched in the Renstra («Tidak ada indikator Renstra yang cukup cocok dengan «ga tau»»)
    typed(engine, "u", "/prima")
    reply = said(engine.handle("u", unsure))
    assert "Perjanjian Kinerja" in reply and "cukup cocok" not in reply and engine.state("u").prima.step == "P"


@pytest.mark.parametrize("asks", ["ga tau ikk nya apa, cariin dong", "gatau kodenya, tolong carikan",
                                  "blm tau indikatornya, bantu cari dong"])
def test_not_knowing_the_unit_indicator_and_asking_to_search_is_never_kept_as_it(engine, asks):
    # d10-apk02: «ga tau ikk nya apa, cariin dong» after a search that found nothing was kept as the unit's
    # indicator «ga tau»
    typed(engine, "u", "/prima", "sy apoteker klinis di instalasi farmasi, atasan sy ka instalasi farmasi")
    reply = said(engine.handle("u", asks))
    prima = engine.state("u").prima
    assert "«ga tau»" not in reply and "Perjanjian Kinerja" in reply and prima.step == "P" and prima.indicator is None


@pytest.mark.parametrize("link", ["https://e-kinerja.bkn.go.id/skp/123", "www.kemkes.go.id", "<https://bit.ly/x>"])
def test_a_message_that_is_only_a_link_asks_for_the_text(engine, link):
    # tester26 #8: «… itu maksudnya apa? [Periksa sebagai IKI] [Tanya pedoman] [Cari indikator Renstra]»
    replies = engine.handle("u", link)
    assert "tidak membuka tautan" in said(replies) and not labels(replies)
    typed(engine, "u", "Persentase SPM yang diterbitkan tepat waktu", "Simpan ke draf")
    replies = engine.handle("u", link)  # the open question asked again, nothing saved from the link
    assert "tidak membuka tautan" in said(replies) and "Target satu tahun" in said(replies)


def test_a_terminal_user_named_in_another_case_is_the_same_user(engine):
    # tester26 #11: `--user Ani` and `--user ani` were two users; ani's draft looked lost («Draf SKP Anda masih kosong»)
    chat.run(engine, io.StringIO(SAVED + "\nSelesai dulu\n"), io.StringIO(), user="Ani")
    out = io.StringIO()
    chat.run(engine, io.StringIO("/skp\n"), out, user="ani")
    assert "masih kosong" not in out.getvalue() and "Persentase SPM yang diterbitkan tepat waktu" in out.getvalue()


def test_a_chat_kept_under_a_capitalised_name_is_still_found(engine):
    typed(engine, "Ani", SAVED, "Selesai dulu")  # kept before names were folded
    out = io.StringIO()
    chat.run(engine, io.StringIO("/skp\n"), out, user="Ani")
    assert "Persentase SPM yang diterbitkan tepat waktu" in out.getvalue()


def test_an_empty_draft_says_where_it_goes_on_from(engine):
    # tester26 #12: «Draf SKP Anda masih kosong. Mulai dengan /prima.» while PRIMA was open, and right under an IKI that
    # passed with its «Simpan ke draf»
    reply = said(typed(engine, "u", "Persentase SPM yang diterbitkan tepat waktu", "/skp"))
    assert "Mulai dengan /prima" not in reply and "belum disimpan" in reply
    assert "Tersimpan ke draf" in said(engine.handle("u", "simpan"))
    reply = said(typed(engine, "v", "/prima", "/skp"))
    assert "Mulai dengan /prima" not in reply and "PRIMA sedang berjalan" in reply
    assert "Mulai dengan /prima" in said(engine.handle("w", "/skp"))


def test_an_unknown_start_code_from_someone_new_still_welcomes_them(engine):
    # tester26 #13: «/start abc» from a new user got only «Kode tidak dikenali …», no way in
    reply = said(engine.handle("u", "/start abc"))
    assert "Kode tidak dikenali" in reply and "Selamat datang" in reply
    typed(engine, "v", SAVED, "Selesai dulu")  # someone already using the assistant: the refusal alone
    reply = said(engine.handle("v", "/start abc"))
    assert "Kode tidak dikenali" in reply and "Selamat datang" not in reply


def test_a_folder_given_as_bukti_is_said_to_be_a_folder(engine, tmp_path):
    # tester26 #17: «bukti: /some/folder» was «tidak ditemukan di komputer ini» though the folder exists
    out = io.StringIO()
    chat.run(engine, io.StringIO(f"bukti: {tmp_path}\n"), out, user="u")
    assert "adalah folder, bukan berkas" in out.getvalue() and "tidak ditemukan" not in out.getvalue()


def test_the_verdict_comes_first_and_how_the_message_was_read_after_it(engine):
    # tester26 #10, #25: «Saya anggap pesan ini sebagai IKI yang ingin diperiksa.» led the reply, in Telegram a first
    # message of its own saying nothing
    replies = engine.handle("u", "Persentase SPM yang diterbitkan tepat waktu")
    assert replies[0].text.startswith("«Persentase SPM yang diterbitkan tepat waktu»")
    assert "Saya anggap pesan ini sebagai IKI" in replies[0].text


def test_a_short_list_says_nothing_of_message_limits(engine):
    reply = said(engine.handle("u", "\n".join(LONG_LINE.format(n, n) for n in (1, 2, 3))))
    assert "batas" not in reply and "lanjutan" not in reply and "karakter" not in reply


def test_a_bare_number_after_another_reply_presses_no_earlier_suggestion(engine):
    # tester26 #20: «2» after a /tanya answered saved «Pakai usulan 2» of the /cek before it
    typed(engine, "u", "/cek Jumlah rapat koordinasi imunisasi", "/tanya berapa jumlah IKI maksimal?")
    reply = said(engine.handle("u", "2"))
    assert not engine.state("u").skp.iki and "«Pakai usulan 2»" in reply
    typed(engine, "u", "Pakai usulan 2")  # said in words, it still picks the suggestion
    assert engine.state("u").skp.iki[0].indikator.startswith("Persentase rekomendasi")


def test_a_bare_number_right_under_the_suggestions_picks_one(engine):
    typed(engine, "u", "/cek Jumlah rapat koordinasi imunisasi", "2")
    assert engine.state("u").skp.iki[0].indikator.startswith("Persentase rekomendasi")


@pytest.mark.parametrize("message", ["min", "min mau tanya", "kak, boleh nanya?"])
def test_a_user_calling_the_bot_is_invited_to_ask(engine, message):
    # tester26 #9: «min mau tanya» got «… itu maksudnya apa? [Periksa sebagai IKI]»
    replies = engine.handle("u", message)
    assert "Silakan" in said(replies) and "maksudnya apa" not in said(replies) and not labels(replies)


def test_thank_you_in_english_is_answered_without_the_language_note(engine):
    reply = said(engine.handle("u", "thank you"))
    assert reply.startswith("Sama-sama") and "Bahasa Indonesia" not in reply


def test_a_chat_opened_weeks_later_says_when_the_draft_was_left(tmp_path):
    # tester26 #14: a draft left on 12 January was re-asked on 2 March with nothing saying where it stood or since when
    now = [datetime(2026, 1, 12, 9)]
    engine = Engine(SqliteStore(tmp_path / "state.sqlite3"), rate_limit=10**6, clock=lambda: now[0])
    typed(engine, "u", SAVED, "Simpan ke draf")
    now[0] = datetime(2026, 1, 13, 9)  # the next day: asked again as it was
    assert "Selamat datang kembali" not in said(engine.pending("u"))
    now[0] = datetime(2026, 3, 2, 9)
    opened = engine.pending("u")
    assert opened[0].text.startswith("Selamat datang kembali. Draf Anda dari 12 Januari 2026 masih tersimpan (1 IKI)")
    assert len(opened) > 1  # the question still follows
    engine.handle("v", "/start")  # a user with nothing kept stays empty: the day alone is nothing to come back to
    assert engine.state("v") == UserState()


@pytest.mark.parametrize("yes", ["Ya, hapus", "iya buang aja", "ya dihapus deh", "ok hapus"])
def test_a_yes_with_its_own_remove_word_answers_the_pending_removal(engine, yes):
    # «Ya, hapus» right after «Buang IKI 2?» (the data-awal question still open) got «Data awal harus berupa angka»
    typed(engine, "u", "Persentase SPM yang diterbitkan tepat waktu", "Simpan ke draf", "95",
          "Persentase laporan keuangan yang disusun tepat waktu", "Simpan ke draf", "90", "/buang dua")
    reply = said(engine.handle("u", yes))
    assert "IKI 2 dibuang" in reply and "harus berupa angka" not in reply and len(engine.state("u").skp.iki) == 1
