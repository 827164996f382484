"""What a plain line is during the year (bot.year.entry_kind.kind_of), for shapes route set 15 showed missing. The
lines are our own."""

import pytest

from bot.conversation.commands import meant as chat_meant
from bot.lang.slash import meant, typo_mended
from bot.year.entry_kind import EntryKind, kind_of


@pytest.mark.parametrize("typed, command", [
    ("/skpp", "/skp"),
    ("/ rencna", "/rencana"),
    ("\\bantuuan", "/bantuan"),
    ("/eksporr ke excel", "/ekspor ke excel"),
])
def test_a_mistyped_command_near_one_command_is_read_as_it(typed, command):
    assert typo_mended(typed) == command


@pytest.mark.parametrize("typed", ["/catatn", "/ek", "/revisian", "/skp", "/ cek Persentase"])
def test_no_command_is_guessed_when_none_or_two_are_near_or_one_was_typed(typed):
    assert typo_mended(typed) is None


def test_the_chat_and_the_logbook_read_typos_alike():
    assert chat_meant("/capain") == meant("/capain") == ["/capaian"]


@pytest.mark.parametrize("text", ["/skpp", "/ bantuann", "/rencna", "\\pengigat"])
def test_a_mistyped_view_command_asks_for_that_view(text):
    assert kind_of(text).kind is EntryKind.question, kind_of(text)


def test_a_mistyped_check_before_an_indicator_is_that_draft():
    assert kind_of("/cke Persentase desa yang melaksanakan STBM").kind is EntryKind.draft


@pytest.mark.parametrize("text", ["capaian triwulan 1", "/capaian TW IV", "liat capaian q2 dong"])
def test_the_figures_of_a_quarter_asked_by_the_command_word_are_that_command(text):
    assert kind_of(text).kind is EntryKind.question, kind_of(text)


def test_a_quarter_beside_another_command_word_is_no_command():
    assert kind_of("skp tw2").kind is not EntryKind.question


@pytest.mark.parametrize("text", [
    "duh lelah bgt hari ini, pasien IGD ga abis2",  # a reduplication typed with «2» says how busy
    "capek, seharian nunggu tamu dr dinas ga muncul2",  # a day spent waiting, nothing done
    "sebel deh, SIMRS error terus dr td",  # annoyed at a system, nothing asked
    "asisten nya lambat bgt sih siang ini",  # a remark on the assistant itself (route sets 12, 14, 15)
    "hmm repot jg ya tiap hari isi catatan",
])
def test_a_complaint_or_a_feeling_asking_nothing_is_small_talk(text):
    assert kind_of(text).kind is EntryKind.smalltalk, kind_of(text)


@pytest.mark.parametrize("text", [
    "capek, td 4 operasi berturut2 udh sy catat semua",  # the work told beside the feeling
    "capek, dr pagi nunggu tamu dr dinas, td sdh rapat 2 jam",
])
def test_a_feeling_beside_work_told_stays_a_report(text):
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


@pytest.mark.parametrize("text", [
    "katim nyuruh sy periksa IKI anak buahnya: Persentase surat masuk yang didisposisi dalam 1 hari",
    "sebel, IKI sy dibalikin lagi sama atasan, yg ini: Jumlah dokumen SOP yang ditetapkan",
])
def test_an_iki_after_talk_naming_it_and_a_colon_is_that_draft(text):
    assert kind_of(text).kind is EntryKind.draft, kind_of(text)


def test_work_told_before_a_colon_stays_work_whatever_follows():
    assert kind_of("td rapat bahas IKI tim: jumlah peserta 40 org").kind is EntryKind.report


@pytest.mark.parametrize("text", [
    "Jumlah desa ODF yang diverifikasi, udah pas blm kalimatnya",  # its wording named as what is judged
    "Rata-rata waktu tunggu resep racikan – redaksinya ok ga?",
])
def test_an_iki_then_its_wording_judged_is_that_draft(text):
    assert kind_of(text).kind is EntryKind.draft, kind_of(text)


@pytest.mark.parametrize("text", [
    "gmn kalo IKI sy 'Seluruh balita gizi buruk ditangani sesuai tata laksana'?",
    "misal ikinya “Tidak ada keterlambatan laporan keuangan bulanan” boleh ga",
])
def test_a_quote_named_an_iki_is_that_draft_whatever_its_first_word(text):
    assert kind_of(text).kind is EntryKind.draft, kind_of(text)


def test_a_quote_named_nothing_is_no_draft():
    assert kind_of("td rapat, katanya 'semua harus lapor hari ini' gmn?").kind is not EntryKind.draft


@pytest.mark.parametrize("text", ["Rp2,5 jt", "Rp 350.000", "IDR1.200.000", "750 rb", "Rp4,1 M"])
def test_an_amount_of_money_alone_is_unclear_as_a_bare_number(text):
    assert kind_of(text).kind is EntryKind.unclear, kind_of(text)


def test_a_currency_typed_against_its_amount_is_a_word_apart():
    from bot.year.line import line

    assert line("Rp2,5 jt").toks == ("rp", "2,5", "jt")


def test_money_in_a_line_of_work_keeps_it_work():
    assert kind_of("td sy setor PNBP Rp3,2 jt ke kas negara, NTPN udh terbit").kind is EntryKind.report


@pytest.mark.parametrize("text", ["ralat kemarin, 8 bukan 80", "koreksi: 30 harusnya 3 ya", "typo 15 bkn 51", "eh salah, 40 bkn 14"])
def test_bare_figures_put_right_name_no_entry_of_their_own(text):
    assert kind_of(text).kind is EntryKind.correction, kind_of(text)


def test_a_figure_put_right_with_its_thing_is_read_as_before():
    assert kind_of("eh salah, tadi bukan 20 sampel tp 22").kind is EntryKind.report


@pytest.mark.parametrize("text", ["kyk td aja", "idem kemarin ya", "sama persis kayak senin"])
def test_a_line_only_likening_to_another_day_names_no_work(text):
    assert kind_of(text).kind is EntryKind.unclear, kind_of(text)
    assert kind_of(text, logging=True).kind is EntryKind.unclear


def test_likening_beside_work_named_is_still_work():
    assert kind_of("kyk kemarin, visitasi 2 puskesmas").kind is EntryKind.report


@pytest.mark.parametrize("text", ["lg bikin materi sosialisasi KTR buat sekolah, baru 30% sih",
                                  "sedang menyusun telaah staf soal AMR, kira2 udh 50 persen"])
def test_ongoing_work_with_how_far_it_got_is_work(text):
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


def test_ongoing_work_without_how_far_it_got_stays_unclear():
    assert kind_of("lg bikin materi sosialisasi KTR buat sekolah").kind is EntryKind.unclear


@pytest.mark.parametrize("text", ["males bgt ngisi catatan harian tiap sore", "hmm repot jg ya isi logbook tiap hari"])
def test_a_feeling_about_keeping_the_logbook_is_no_entry_for_a_keeper(text):
    assert kind_of(text, logging=True).kind is EntryKind.smalltalk, kind_of(text, logging=True)


def test_talk_naming_one_of_the_skps_iki_by_its_number_before_a_colon_is_no_new_draft():
    assert kind_of("geser tahap utk IKI 3: sosialisasi KTR di bulan juni").kind is not EntryKind.draft
