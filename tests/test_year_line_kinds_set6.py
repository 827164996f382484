"""What a plain line is during the year (bot.year.entry_kind.kind_of), for the readings route set 6 showed missing:
a joke or a cheer holding work words, the hour work was done beside a quarter, «dmn» asking where. Through the Engine
where the chat must do what the reading says."""

import pytest

from bot.conversation.intent import Route, classify
from bot.year.entry_kind import EntryKind, kind_of
from tests.agreed_year import agreed_engine  # noqa: F401 (the `engine` fixture)
from tests.line_kinds import as_given, either_way, read_as
from tests.talk import said

# Lines read as one kind whether or not the user keeps a logbook: (what they are, the kind, the lines).
_READ_EITHER_WAY = [
    ("a joke about the work with a laugh emoji is small talk", EntryKind.smalltalk,
     ["kalender sy penuh rapat 🤣", "hidup sy isinya SPJ doang 🤣", "pagi semua! semangat yg lagi audit 😆",
      "bot nya lebih teliti dr auditor 😅"]),
    ("the hour work was done beside a quarter is no figure of it", EntryKind.report,
     ["udh kirim rekap realisasi TW 3 ke kabag jam 9 tadi", "td serahkan laporan TW I ke katim pukul 14"]),
    ("a count of work with a chat verb is work done", EntryKind.report,
     ["ngoreksi 30 lembar tugas mahasiswa", "nulis 2 artikel promkes buat web", "ngajar 2 kelas praktikum"]),
    ("where the day is worked, told alone, is no work", EntryKind.remark,
     ["WFH hari ini", "wfa dulu ya hari ini", "hari ini wfo"]),
    ("something starting on a weekday ahead is a plan", EntryKind.plan,
     ["dinas luar ke Sorong 2 hari mulai rabu", "supervisi ke 3 puskesmas mulai kamis"]),
    ("which IKI trail their target, or every IKI's progress, asks for one's own records", EntryKind.records,
     ["iki apa yg capaiannya paling rendah?", "IKI mana aja yg masih di bawah target", "mau liat capaian semua iki sy",
      "tolong tampilkan progres seluruh IKI"]),
    ("an activity sentence of taking part, teaching or the user as the doer is work done", EntryKind.report,
     ["Menghadiri rapat evaluasi SPM bersama Dinas Kesehatan", "mengajar mata kuliah gizi klinik kelas B",
      "rapat persiapan akreditasi dgn tim mutu, sy moderator", "visitasi lapangan ke 3 puskesmas, saya ketua tim"]),
    ("work said done in Minang is a report", EntryKind.report,
     ["alah ambo kirim laporan bulanan ka dinkes", "ambo alah salasai input data imunisasi"]),
    ("a quarter named as what the work was for is no figure of it", EntryKind.report,
     ["hari ini sy verifikasi 20 SPJ utk laporan keuangan TW 2", "td cek 35 berkas usulan untuk pencairan triwulan 3"]),
    ("an IKI quoted at the end of a question is the IKI to check", EntryKind.draft,
     ["udah pas blm ya IKI sy \"Persentase SPJ yang diverifikasi tepat waktu\"",
      "gmn kalo IKI nya «Jumlah kader yang dilatih deteksi dini TB»?"]),
    ("a half sentence told with a time names nothing", EntryKind.unclear,
     ["jadi kemarin tuh pas", "jd tadi pagi tuh ketika"]),
    ("praise of the bot and wishes for the weekend or the day are small talk", EntryKind.smalltalk,
     ["botnya jago jg ya", "asistennya cerdas", "have a good weekend min", "semoga lancar jaya semua"]),
    ("«dmn» asks where", EntryKind.question,
     ["form bukti dukung itu diupload dmn", "rekap capaian TW 2 diliat dmn"]),
]


@pytest.mark.parametrize("text, kind, logging", either_way(_READ_EITHER_WAY))
def test_a_line_is_read_as_its_kind_with_or_without_a_logbook(text, kind, logging):
    read_as(text, kind, logging)


# Lines read as one kind with the logbook as given (False: none kept, True: one kept).
_READ_AS = [
    ("topic words with no small talk stay unclear without a logbook", EntryKind.unclear, False,
     ["target sy cuma satu: pulang tepat waktu", "laporan mulu", "jaga malam", "lembur siang"]),
    ("work told beside a laugh is still kept by a logbook keeper", EntryKind.report, True,
     ["rekap data stunting 12 puskesmas 😂", "nyusun telaahan staf lagi 😅", "Menyusun draf SOP pengelolaan arsip 😁"]),
    ("work beside where the day was worked or a start gone is still work", EntryKind.report, True,
     ["WFH hari ini, nyusun laporan 12 SPJ", "mulai senin kemarin sy visitasi 3 puskesmas",
      "tgl 5 kmrn ikut workshop instrumen uji kompetensi"]),
    ("an activity sentence naming no doer stays a draft without a logbook", EntryKind.draft, False,
     ["Menyusun laporan kinerja unit saya", "Melaksanakan verifikasi usulan kenaikan pangkat",
      "Penyusunan rencana kebutuhan obat tahunan"]),
    ("a kind of iki quoted or a quote before the question stays a question", EntryKind.question, False,
     ["IKI yg 'jumlah laporan' knp gak boleh", "apa bedanya 'jumlah' dan 'persentase'",
      "IKI 'persentase kepuasan' itu maksudnya apa"]),
    ("a quarters figure for an iki stays the realisasi", EntryKind.progress, True,
     ["capaian TW 2 untuk IKI 1: 85%", "realisasi TW3 utk IKI 2 120"]),
    ("work beside a storys so or when is still work", EntryKind.report, False,
     ["kemarin jadi narasumber webinar K3", "td pas rapat sy presentasi hasil survei"]),
    ("an iki with a bound or due date typed by a logbook keeper is a draft never a figure", EntryKind.draft, True,
     ["Persentase dokumen pengadaan yang diselesaikan paling lambat 14 hari kerja",
      "Persentase SPJ yang diverifikasi maksimal 3 hari setelah diterima",
      "Persentase laporan yang dikirim sebelum tanggal 5 bulan berikutnya"]),
    ("a measure with a figure reached typed by a logbook keeper stays the figure", EntryKind.progress, True,
     ["Persentase kepatuhan cuci tangan bulan ini 87%", "nilai SAKIP 2026 keluar: 81,4"]),
]


@pytest.mark.parametrize("text, kind, logging", as_given(_READ_AS))
def test_a_line_is_read_as_its_kind_with_the_logbook_as_given(text, kind, logging):
    read_as(text, kind, logging)


def test_a_quarters_figure_beside_a_clock_time_stays_the_realisasi():
    assert kind_of("capaian TW 2 IKI 1 85% jam 10 tadi udh sy isi").kind is not EntryKind.report


def test_a_joke_named_by_its_emoji_alone_is_answered_as_small_talk():
    intent = classify("target tahun ini cuma satu: pulang tepat waktu 🤣", logging=True)
    assert intent.route is Route.smalltalk and intent.smalltalk == "emoji", intent


def test_a_joke_is_answered_and_never_kept(engine):
    reply = said(engine.handle("u1", "kalender sy penuh rapat 🤣"))
    assert not engine.state("u1").year.entries, reply
    assert "Dicatat" not in reply


def test_a_deadline_in_a_logbook_line_is_not_its_day():
    assert kind_of("kirim laporan TW ke biro sebelum tgl 5").when.kind == ""


@pytest.mark.parametrize("text", ["Persentase usulan yang diverifikasi paling lambat tanggal 15",
                                  "Jumlah SPJ yang dikirim maksimal tgl 5"])
def test_an_iki_bounding_its_time_by_a_date_is_a_draft_never_work_of_that_day(text):
    assert kind_of(text).kind is EntryKind.draft, kind_of(text)
    assert kind_of(text, logging=True).kind is not EntryKind.report, kind_of(text, logging=True)


@pytest.mark.parametrize("text", ["liat progres semua iki pegawai", "rapat bahas IKI yg ketinggalan dr target"])
def test_others_records_or_a_meeting_about_iki_behind_are_not_ones_own_records_asked(text):
    assert kind_of(text, logging=True).kind is not EntryKind.records, kind_of(text, logging=True)


def test_which_iki_trail_their_target_is_answered_from_the_capaian(engine):
    reply = said(engine.handle("u1", "IKI mana aja yg masih di bawah target"))
    assert reply.startswith("Capaian per IKI:") and not engine.state("u1").year.entries, reply


@pytest.mark.parametrize("text", ["sy capaian bulan ini 92%", "capaian bulan ini saya 92%"])
def test_the_users_own_figure_is_no_work_found(text):
    assert kind_of(text, logging=True).kind is not EntryKind.report, kind_of(text, logging=True)


@pytest.mark.parametrize("text", ["pembangunan gedung lab: sy pantau progres kontraktor, 45%",
                                  "gudang farmasi: saya opname stok, akurasi 97%"])
def test_a_percentage_after_the_user_tells_what_they_did_is_what_that_work_found(text):
    assert kind_of(text).kind is not EntryKind.progress, kind_of(text)
    assert kind_of(text, logging=True).kind is EntryKind.report, kind_of(text, logging=True)


def test_praise_of_the_bot_is_answered_as_a_nod():
    assert classify("botnya keren bgt sih").smalltalk == "ack"


def test_a_start_day_set_right_still_dates_the_work():
    assert kind_of("supervisi Sumba itu mulai tgl 8 bukan 7").when.day == 8
