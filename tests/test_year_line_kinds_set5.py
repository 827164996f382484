"""What a plain line is during the year (bot.year.entry_kind.kind_of), for the readings route set 5 showed missing:
a command's word typed without its slash, a bare file name, leave and family news, a wait, an IKI to check holding a
plan word, a question about one's own past entries, a meeting about a quarter with a count, an interjection. Through
the Engine where the chat must do what the reading says."""

import pytest

from bot.conversation.intent import request_in
from bot.year.entry_kind import EntryKind, kind_of
from bot.year.entry_records import records_asked
from tests.agreed_year import agreed_engine  # noqa: F401 (the `engine` fixture)
from tests.line_kinds import either_way, read_as
from tests.talk import said

# Lines read as one kind whether or not the user keeps a logbook: (what they are, the kind, the lines).
_READ_EITHER_WAY = [
    ("a command word without its slash asks for that view", EntryKind.question,
     ["skp saya", "ekspor", "ekspor dong", "skp", "export", "capaian", "rencana", "catatan saja", "pengingat", "profil",
      "riwayat ya"]),
    ("a file name alone is unclear, never work or an IKI", EntryKind.unclear,
     ["IMG_20260514_0932.jpg", "foto.jpg, scan.pdf", "Scan_SK_pensiun.PDF 🙏", "DSC_0042.JPG", "rekap_kehadiran.xlsx"]),
    ("leave told with its start is no work", EntryKind.remark,
     ["sy cuti melahirkan mulai 1 Juli", "cuti mulai senin", "saya cuti sejak tgl 3",
      "aku cuti besar selama 2 bulan"]),
    ("family news is no work", EntryKind.remark,
     ["anak sy masuk RS td malam", "istri saya lahiran td pagi", "anakku wisuda hari ini",
      "kemarin bapak sy dirawat di RS", "ortu sy opname, jd izin dulu", "suami saya kecelakaan motor tadi pagi"]),
    ("a wait is nothing done yet", EntryKind.plan,
     ["lg nunggu ttd kabag", "lagi nunggu sampel dateng", "masih menunggu hasil lab",
      "sedang menunggu persetujuan kapus", "nungguin balasan dinkes", "waiting for the director to sign"]),
    ("a plan or stage word inside an IKI leaves it an IKI", EntryKind.draft,
     ["coba cek ini: Jumlah dokumen rencana kebutuhan SDMK yang tersusun tepat waktu",
      "Persentase rencana aksi yg terlaksana tepat waktu", "Persentase tahapan akreditasi yang selesai tepat waktu",
      "tolong rapikan: persentase kegiatan yang dilaksanakan sesuai rencana"]),
    ("the logbook named by its filling is about one's own records", EntryKind.records,
     ["minggu lalu sy blm isi apa2 ya", "kemarin belum input", "sy belum update apa apa minggu ini",
      "minggu lalu sy blm isi apa2 ya?", "hari ini udh isi blm?", "kemarin udh isi blm ya"]),
    ("a sound of thinking with a vague question asks about nothing named", EntryKind.unclear,
     ["hmm gmn ya", "hmmm gimana ya", "emm gmn nih", "ehm terus gmn"]),
    ("a meeting about a quarter with a count is work done", EntryKind.report,
     ["td rapat dgn Ketua Tim bahas capaian TW1, ada 2 IKI yg tertinggal",
      "kemarin dialog kinerja bahas realisasi TW 2, 3 IKI masih di bawah target",
      "tadi rapat tim membahas capaian triwulan 1, 4 IKI sudah on track"]),
    ("a mutasi to come or supposed asked about is a question", EntryKind.question,
     ["sy pindah unit bulan depan trus SKP nya gmn", "kalau pindah tim SKP nya gimana",
      "kalo dipindah ke unit lain SKP gmn"]),
    ("a question word ending the line asks", EntryKind.question,
     ["td sy kirim 5 surat, dicatat ke IKI apa", "catatan hari senin kemarin masuk IKI mana",
      "rapat td itu masuk IKI mana ya"]),
    ("regional thanks, festive wishes and a typo owned are small talk", EntryKind.smalltalk,
     ["met idul fitri min, maaf lahir batin", "hatur nuhun pisan kang", "maaf ya td typo", "pagi bu Rina",
      "selamat malam", "matur nuwun cak"]),
    ("a time of day naming nothing greets no one", EntryKind.unclear,
     ["yg tadi pagi", "yang kemarin sore", "td pagi"]),
    ("an illness named beside leave is no work", EntryKind.remark,
     ["lagi flu, izin 2 hari", "batuk pilek, ga masuk dulu", "kena tipes, izin seminggu"]),
    ("an English yes/no question asks", EntryKind.question,
     ["is it okay to log weekend work", "can i log one meeting under two IKI",
      "should i upload a photo for every entry"]),
    ("a modal opening the line with a tag after it asks", EntryKind.question,
     ["harus upload foto ga buat tiap catatan", "boleh nyatet ga kegiatan hari minggu",
      "perlu lapor gak ke katim kalau izin"]),
    ("a noun of what the rules say opening the line asks", EntryKind.question,
     ["jadwal dialog kinerja", "batas waktu isi realisasi", "syarat bukti dukung",
      "minta contoh catatan harian yang baik", "info deadline realisasi TW3"]),
    ("a day with nothing in it is no work", EntryKind.remark,
     ["hari ini kosong", "ga ngapa2in hari ini", "sepi hari ini"]),
    ("thanks for guidance and wishes are small talk", EntryKind.smalltalk,
     ["siap, terima kasih arahannya bu", "selamat berbuka puasa", "sama2", "makasih udah ngingetin"]),
    ("leave for part of the day is no work", EntryKind.remark,
     ["td izin pulang cepat", "izin telat", "kemarin sakit, ga sempet catat"]),
    ("a tag after a passive verb or a plea for guidance asks", EntryKind.question,
     ["cuti bersama dihitung ga di logbook", "apel pagi dicatat gak sih", "mohon arahannya utk isi capaian TW2"]),
]


@pytest.mark.parametrize("text, kind, logging", either_way(_READ_EITHER_WAY))
def test_a_line_is_read_as_its_kind_with_or_without_a_logbook(text, kind, logging):
    read_as(text, kind, logging)


@pytest.mark.parametrize("text", ["ekspor bisa ke excel kah", "rencana aksi saya apa aja", "rapat rencana anggaran",
                                  "besok rencana rapat"])
def test_a_command_word_among_other_words_is_read_as_the_line(text):
    assert kind_of(text, logging=True).why != "perintah tanpa garis miring"


def test_the_command_word_shows_its_view_in_chat(engine):
    assert "SKP Anda (Status SKP: ditetapkan" in said(engine.handle("u1", "skp saya"))
    assert any(r.file for r in engine.handle("u1", "ekspor dong"))
    shown = said(engine.handle("u1", "rencana"))
    assert "rencana aksi" in shown.lower() and "Itu rencana" not in shown
    assert "Pengingat catatan harian" in said(engine.handle("u1", "pengingat"))
    assert not engine.state("u1").year.entries  # none of them kept as work done


@pytest.mark.parametrize("text", ["ekspor ke excel", "unduh laporan capaian", "download skp saya", "tolong ekspor skp sy",
                                  "mau download capaian dlm bentuk excel"])
def test_an_export_said_with_what_it_gives_or_where_asks_for_the_file(text):
    for logging in (False, True):
        assert kind_of(text, logging=logging).why == "perintah tanpa garis miring", kind_of(text, logging=logging)


@pytest.mark.parametrize("text", ["ekspor data 40 sampel ke SILACAK", "export laporan ke pdf", "unduh sertifikat pelatihan",
                                  "download data SITB 12 pasien", "ekspor skp tim"])
def test_an_export_word_beside_other_work_is_read_as_the_line(text):
    assert kind_of(text, logging=True).why != "perintah tanpa garis miring"


def test_an_export_said_with_extra_words_sends_the_file_and_keeps_no_entry(engine):
    for text in ("ekspor ke excel", "unduh laporan capaian"):
        replies = engine.handle("u1", text)
        assert any(r.file for r in replies), said(replies)
    assert not engine.state("u1").year.entries
    assert "Dicatat" in said(engine.handle("u1", "ekspor data 40 sampel ke SILACAK"))


@pytest.mark.parametrize("text", ["skp sy", "lihat skp", "skp sy mana", "rencana aksi", "buka rencana aksi",
                                  "catatan harian", "logbook dong", "tampilkan pengingat"])
def test_a_command_named_in_chat_words_asks_for_that_view(text):
    for logging in (False, True):
        assert kind_of(text, logging=logging).why == "perintah tanpa garis miring", kind_of(text, logging=logging)


@pytest.mark.parametrize("text", ["lihat catatan pegawai", "lihat rapat", "skp pegawai", "rencana aksi bulan depan"])
def test_a_view_word_beside_other_words_is_no_command(text):
    assert kind_of(text, logging=True).why != "perintah tanpa garis miring"


def test_a_command_named_in_chat_words_shows_its_view(engine):
    assert "SKP Anda (Status SKP: ditetapkan" in said(engine.handle("u1", "lihat skp"))
    assert "SKP Anda (Status SKP: ditetapkan" in said(engine.handle("u1", "skp sy"))
    shown = said(engine.handle("u1", "rencana aksi"))
    assert "IKI 1 (usulan)" in shown and "IKI 3 (usulan)" in shown and "belum terbaca" not in shown


@pytest.mark.parametrize("text, kind", [("lihat rencana aksi IKI 2", "rencana"), ("tampilkan catatan IKI 3", "catatan"),
                                        ("liat capaian iki 1 dong", "capaian")])
def test_records_shown_for_one_iki_by_its_number(text, kind):
    for logging in (False, True):
        reading = kind_of(text, logging=logging)
        assert reading.kind is EntryKind.records and records_asked(reading.line) == kind, reading


def test_records_shown_for_one_iki_show_that_iki_only(engine):
    shown = said(engine.handle("u1", "lihat rencana aksi IKI 2"))
    assert "IKI 2 (usulan)" in shown and "IKI 1 (usulan)" not in shown and "belum terbaca" not in shown
    engine.handle("u1", "hari ini review 12 berkas usulan kenaikan pangkat")
    shown = said(engine.handle("u1", "tampilkan catatan IKI 2"))
    assert "Catatan IKI 2 (0)" in shown
    assert len(engine.state("u1").year.entries) == 1  # neither request kept as work


def test_a_file_name_beside_work_done_keeps_the_work():
    assert kind_of("laporan_TW2_final.pdf udh sy upload ke e-kinerja, td finalisasi laporan").kind is EntryKind.report
    assert kind_of("td upload notulen_rakor.pdf ke drive tim").kind is EntryKind.report


@pytest.mark.parametrize("text", ["td imunisasi 40 anak di posyandu", "anak sy sakit, td tetap rapat koordinasi 2 jam",
                                  "td visit pasien anak 12 org", "proses usulan cuti 5 pegawai",
                                  "td konseling ibu hamil 6 org"])
def test_work_with_children_leave_or_mothers_is_still_work(text):
    assert kind_of(text, logging=True).kind is EntryKind.report, kind_of(text, logging=True)


def test_leave_and_family_news_are_not_kept_and_leave_ahead_is_shown_how_to_pause_the_reminders(engine):
    replies = engine.handle("u1", "sy cuti melahirkan mulai 1 Juli")
    assert "tidak saya catat" in said(replies) and "tulis tanggalnya" in said(replies)
    replies = engine.handle("u1", "anak sy masuk RS td malam")
    assert "tidak saya catat" in said(replies) and "tulis tanggalnya" not in said(replies)
    assert not engine.state("u1").year.entries


@pytest.mark.parametrize("text", ["berkas klaim msh nunggu ttd", "td nunggu ttd kabag 2 jam, trus kirim 5 berkas ke BKN",
                                  "sdh kirim 12 berkas, tinggal nunggu ttd kabag"])
def test_work_beside_a_wait_or_its_status_stays_a_line_of_work(text):
    assert kind_of(text, logging=True).kind is EntryKind.report, kind_of(text, logging=True)


def test_a_wait_is_said_waiting_and_not_kept(engine):
    replies = engine.handle("u1", "lg nunggu ttd kabag")
    assert "masih menunggu" in said(replies) and "Itu rencana" not in said(replies)
    assert not engine.state("u1").year.entries


@pytest.mark.parametrize("text, kind", [("besok mau cek: Jumlah dokumen", EntryKind.plan),
                                        ("tahap 2 IKI 1 selesai", EntryKind.rencana)])
def test_a_plan_or_stage_outside_an_iki_keeps_its_reading(text, kind):
    assert kind_of(text, logging=True).kind is kind


@pytest.mark.parametrize("text", ["kemarin blm input data pasien", "td blm isi form kepuasan 20 pasien",
                                  "udh input 40 data pasien TB", "sdh update 3 dashboard"])
def test_filling_in_named_work_stays_work(text):
    assert kind_of(text, logging=True).kind is EntryKind.report, kind_of(text, logging=True)


def test_the_logbook_named_by_its_filling_is_answered_from_the_records(engine, at):
    replies = engine.handle("u1", "minggu lalu sy blm isi apa2 ya")
    assert "belum ada catatan 2 Mar–8 Mar" in said(replies)
    engine.handle("u1", "td rapat koordinasi 2 jam")
    assert "Sudah, 1 catatan hari ini" in said(engine.handle("u1", "hari ini udh isi blm?"))
    assert len(engine.state("u1").year.entries) == 1


def test_a_sound_of_thinking_beside_a_question_or_work_keeps_them():
    assert kind_of("hmm td rapat koordinasi", logging=True).kind is EntryKind.report
    assert kind_of("ehm mau tanya bobot MI brp persen", logging=True).kind is EntryKind.question


@pytest.mark.parametrize("text", ["bahas capaian TW1: 85%", "IKI 1: 612 dari 680", "capaian TW1 saya 85%",
                                  "evaluasi TW 1 IKI 2 realisasi 80%"])
def test_a_quarters_figure_not_named_as_a_topic_stays_the_realisasi(text):
    assert kind_of(text, logging=True).kind is EntryKind.progress, kind_of(text, logging=True)


@pytest.mark.parametrize("text", ["sy kena mutasi per 1 sept ke Biro Hukum", "sy dirotasi ke tim lain, SKP nya gmn?",
                                  "bulan depan sy pindah tugas ke RSUD"])
def test_a_mutasi_told_stays_the_perubahan_path(text):
    assert kind_of(text, logging=True).kind is EntryKind.transfer, kind_of(text, logging=True)


@pytest.mark.parametrize("text", ["td rapat bahas apa yg perlu disiapkan utk akreditasi, 2 jam",
                                  "td diskusi sm katim soal apa yg jadi prioritas TW2"])
def test_a_question_word_inside_a_report_names_its_topic(text):
    assert kind_of(text, logging=True).kind is EntryKind.report, kind_of(text, logging=True)


def test_a_typo_owned_is_answered_as_a_wrong_send_never_kept(engine):
    engine.handle("u1", "hari ini review 12 berkas usulan kenaikan pangkat")
    assert "hapus lewat /catatan" in said(engine.handle("u1", "maaf ya td typo"))
    assert len(engine.state("u1").year.entries) == 1


@pytest.mark.parametrize("text", ["atos rengse ngadamel laporan bulanan posyandu", "nembe mari nulis laporan kunjungan",
                                  "parantos ngiring rapat di dinkes kab", "geus nyieun laporan bulanan",
                                  "mpun dikirim laporanipun dateng dinkes"])
def test_work_said_done_in_regional_words_is_a_report(text):
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


@pytest.mark.parametrize("text", ["Tersusunnya laporan kinerja tahunan", "Meningkatnya cakupan ASI eksklusif",
                                  "Tersedianya obat esensial di puskesmas"])
def test_an_old_style_indicator_opening_with_a_result_noun_is_a_draft(text):
    assert kind_of(text).kind is EntryKind.draft, kind_of(text)


@pytest.mark.parametrize("text", ["Selanjutnya td rapat evaluasi", "Adanya kendala jaringan, td input 20 data"])
def test_a_word_ending_in_nya_that_is_no_result_keeps_the_line_work(text):
    assert kind_of(text, logging=True).kind is EntryKind.report, kind_of(text, logging=True)


@pytest.mark.parametrize("text, kind", [("Penyusunan rencana kebutuhan obat tahunan", EntryKind.draft),
                                        ("td nyusun rencana kebutuhan obat 2027", EntryKind.report),
                                        ("kemarin rapat rencana kerja tim 2 jam", EntryKind.report),
                                        ("besok nyusun rencana kerja", EntryKind.plan),
                                        ("td rencananya visitasi tp batal", EntryKind.plan)])
def test_a_document_named_by_a_plan_word_is_no_plan(text, kind):
    assert kind_of(text).kind is kind, kind_of(text)


@pytest.mark.parametrize("text", ["spent the morning reviewing 9 grant proposals", "wrote the TOR for the TB workshop",
                                  "met the district team about stunting data"])
def test_an_english_past_without_ed_is_a_report(text):
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


@pytest.mark.parametrize("text", ["bisa selesai 20 berkas, ga ada kendala", "harus revisi 3 kali, tapi udah beres"])
def test_a_modal_opening_a_report_with_a_tag_in_another_clause_is_work(text):
    assert kind_of(text, logging=True).kind is EntryKind.report, kind_of(text, logging=True)


def test_a_summary_of_ones_records_asked_shows_them():
    assert records_asked(kind_of("rekap catatan bulan lalu dong").line) == "catatan"
    assert kind_of("td rekap catatan kehadiran pegawai", logging=True).kind is EntryKind.report


@pytest.mark.parametrize("text", ["jadwal piket IGD udah disusun", "td bikin format bukti dukung",
                                  "format laporan bulanan direvisi 3 kali"])
def test_such_a_noun_in_work_told_keeps_the_work(text):
    assert kind_of(text, logging=True).kind is EntryKind.report, kind_of(text, logging=True)


@pytest.mark.parametrize("text", ["capaian IKI 3", "realisasi iki 2", "progres saya"])
def test_a_record_word_with_an_iki_and_no_figure_asks_for_the_records(text):
    for logging in (False, True):
        assert kind_of(text, logging=logging).kind in (EntryKind.records, EntryKind.question), kind_of(text, logging)
    assert kind_of("capaian IKI 3 85%").kind is EntryKind.progress


def test_a_record_word_with_an_iki_shows_that_iki_capaian(engine):
    shown = said(engine.handle("u1", "capaian IKI 3"))
    assert "3. Jumlah SK pensiun BUP" in shown and "1. Jumlah berkas" not in shown


@pytest.mark.parametrize("text", ["kok catatan kemarin ga ada", "kemarin cuti, catatannya gimana?",
                                  "catatan sy yg tgl 3 kemana ya"])
def test_an_absence_or_a_lost_entry_asked_about_is_a_question(text):
    for logging in (False, True):
        assert kind_of(text, logging=logging).kind in (EntryKind.question, EntryKind.records), \
            kind_of(text, logging=logging)


def test_the_bot_called_by_name_before_asking_for_the_records():
    assert records_asked(kind_of("@asisten tolong cek catatan saya minggu ini").line) == "catatan"


def test_javanese_this_morning_dates_the_work_never_a_plan():
    assert kind_of("mau isuk wis ngirim laporan").kind is EntryKind.report


@pytest.mark.parametrize("text", ["td berkas dikirim ga lengkap, sy kembalikan 3", "kemarin sampel diperiksa ga sesuai SOP, diulang 5"])
def test_a_negation_after_a_passive_verb_in_work_told_is_work(text):
    assert kind_of(text, logging=True).kind is EntryKind.report, kind_of(text, logging=True)


_DONE_LIST = "1. Verifikasi SPJ 14 berkas\n2. Rapat koordinasi tim keuangan\n3. Penyusunan laporan realisasi anggaran"
_IKI_LIST = "1. Persentase SPJ yang diverifikasi tepat waktu\n2. Jumlah laporan keuangan yang disusun"


def test_an_undated_list_of_done_work_reads_as_logbook_lines_and_a_list_of_measures_does_not():
    assert kind_of(_DONE_LIST, logging=True).kind is EntryKind.report
    assert kind_of(_IKI_LIST, logging=True).kind is not EntryKind.report


def test_an_undated_list_of_done_work_naming_a_team_is_kept_never_a_team_request(engine):
    shown = said(engine.handle("u1", _DONE_LIST))
    assert "Dicatat 3 catatan" in shown and "anggota tim" not in shown
    assert "anggota tim" not in said(engine.handle("u1", "rapat tim keuangan bahas realisasi anggaran"))
    assert len(engine.state("u1").year.entries) == 4
    assert "anggota tim" in said(engine.handle("u1", "capaian tim sy gmn?"))  # the leader's request still


@pytest.mark.parametrize("text, request_name", [("rapat tim bahas capaian TW3", None),
                                                ("td diskusi dgn anggota tim soal capaian TW2", None),
                                                ("kemarin rapat evaluasi capaian tim", None),
                                                ("capaian tim TW3 brp?", "team_capaian"),
                                                ("tolong bahas capaian tim", "team_capaian"),
                                                ("evaluasi capaian tim TW3", "team_capaian")])
def test_the_teams_capaian_as_what_a_meeting_told_was_about_is_no_request(text, request_name):
    request = request_in(text)
    assert (request.name if request else None) == request_name, request


def test_a_meeting_about_the_teams_capaian_is_kept_and_the_teams_capaian_asked_is_the_request(engine):
    assert "Dicatat" in said(engine.handle("u1", "rapat tim bahas capaian TW3"))
    assert len(engine.state("u1").year.entries) == 1
    assert "anggota tim" in said(engine.handle("u1", "capaian tim TW3 brp?"))  # the leader's request still
    assert len(engine.state("u1").year.entries) == 1


def test_a_message_checking_the_bot_answers_gives_a_logbook_keeper_the_years_next_steps(engine):
    reply = said(engine.handle("u1", "tes"))
    assert reply.startswith("Ya, pesan Anda sampai") and "sepanjang tahun" in reply, reply
    assert not engine.state("u1").year.entries


def test_a_list_of_measures_pasted_by_a_logbook_keeper_keeps_no_entry(engine):
    engine.handle("u1", _IKI_LIST)
    assert not engine.state("u1").year.entries
