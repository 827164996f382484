"""What a plain line is during the year (bot.year.entry_kind.kind_of), for the shapes route set 9 showed missing:
leave told until a day in colloquial words, a file's name or a link with a word or two, a bare complaint about the
bot, an IKI's figure in English words (tester52 P1-9), «kok» insisting after a done word, a tag before «sih»
mid-line, every record asked to be shown, a change asked to a record named by its day, a day with no
work told after a question, a story of the day with a plan at its end, work told after asking whether it is
logged. The lines are our own, in the set's shapes; through the Engine where the chat must keep or not keep the entry."""

import pytest

from bot.year.entry_kind import COMPLAINT, EntryKind, kind_of
from tests.agreed_year import agreed_engine  # noqa: F401 (the `engine` fixture)
from tests.line_kinds import either_way, read_as
from tests.talk import said

# Lines read as one kind whether or not the user keeps a logbook: (what they are, the kind, the lines).
_READ_EITHER_WAY = [
    ("leave or sickness until a day, in colloquial words, is no work", EntryKind.remark,
     ["sy sakit sampe tgl 9", "aku cuti ampe tgl 20", "cuti sampe tanggal 4"]),
    ("a file's name or a link with a word or two beside it tells no work", EntryKind.unclear,
     ["notulen_rapat_final.docx buat yg kmrn", "materi_sosialisasi_v2.pptx utk besok",
      "https://drive.google.com/drive/folders/abc123 yg td", "bit.ly/form-absensi-ok td"]),
    ("a file named beside work done is work", EntryKind.report,
     ["laporan_TW3.pdf udh sy kirim ke kabid", "materi_sosialisasi.pptx sdh dipresentasikan td pagi"]),
    ("a bare complaint about the bot asks nothing", EntryKind.unclear,
     ["kok error terus sih", "kok lemot bgt", "aneh deh salah lagi"]),
    ("a complaint asking why or how is a question", EntryKind.question,
     ["kenapa salah terus sih", "kok error terus, gimana caranya biar bener?"]),
    ("an IKI's figure in other words than Indonesian numbers is its figure, never work", EntryKind.progress,
     ["IKI 3: seventy five percent", "IKI 1 eighty %", "iki 4 sixty pct"]),
    ("a percent word beside Indonesian words after an IKI is no figure", EntryKind.report,
     ["td rapat IKI 3 bahas persen capaian", "kemarin hitung ulang persen IKI 2"]),
    ("a plan in done words insisted with «kok» is still a plan", EntryKind.plan,
     ["lusa udh kelar kok rekap data posbindu nya", "minggu depan sdh beres kok SK timnya"]),
    ("done work insisted with «kok» is work told", EntryKind.report,
     ["notulennya udh sy kirim kok ke kabid", "td sdh diupload kok 12 bukti dukungnya"]),
    ("«kok» after a connective still asks", EntryKind.question,
     ["udh sy input tapi kok ga muncul di IKI 2"]),
    ("a tag before «sih» asks mid-line", EntryKind.question,
     ["laporan TW itu wajib ga sih buat JF", "bukti dukung boleh foto gak sih atau harus pdf"]),
    ("a change asked to a record named by its day is about an entry kept", EntryKind.correction,
     ["edit catatan kamis, harusnya 3 jam", "tolong ganti catatan tgl 5 jadi 8 berkas", "catatan rabu dihapus aja"]),
    ("a record word inside work told is work", EntryKind.report,
     ["td ubah catatan SOP jadi versi 2", "catatan rapat td sdh sy kirim ke kabid"]),
    ("a day with no work told after a question mark only says why it is asked", EntryKind.question,
     ["logbook bisa diisi belakangan ga? minggu lalu sy sakit", "bisa ngisi catatan mundur teu? kamari poho"]),
    ("a story of the day told with the user as doer past filler, a plan only at its end, is work", EntryKind.report,
     ["jadi gini tadi tuh sy ke puskesmas ketemu kapus terus kita bahas stok vaksin nanti sore mau rekap",
      "oke tadi tuh aku ikut rapat di dinkes trus presentasi data stunting nanti laporannya diketik"]),
    ("work told after asking whether it is logged is the entry", EntryKind.report,
     ["udh dicatat belum td sy rapat 2 jam sama dinkes soal klaim",
      "sdh masuk logbook blm ya kemarin sy verifikasi 15 berkas cuti pegawai? kalo blm catat ya"]),
    ("asking whether it is logged with too little after it asks the records", EntryKind.records,
     ["sdh dicatat blm ya", "udh dicatat blm td"]),
    ("every record asked to be shown is one's own records", EntryKind.records,
     ["sy mau liat semua catatan sy minggu lalu", "tolong tampilkan seluruh logbook bulan oktober"]),
]


@pytest.mark.parametrize("text, kind, logging", either_way(_READ_EITHER_WAY))
def test_a_line_is_read_as_its_kind_with_or_without_a_logbook(text, kind, logging):
    read_as(text, kind, logging)


def test_the_readings_say_why():
    assert kind_of("kok error terus sih").why == COMPLAINT


def test_leave_until_a_day_a_file_named_and_a_figure_in_words_are_never_kept(engine):
    for text in ("sy sakit sampe tgl 9", "notulen_rapat_final.docx buat yg kmrn", "IKI 1: seventy percent"):
        reply = said(engine.handle("u1", text))
        assert not engine.state("u1").year.entries and "Dicatat" not in reply, reply


def test_a_change_asked_to_a_named_record_changes_it_and_keeps_no_new_entry(engine):
    said(engine.handle("u1", "kemarin periksa 12 sampel TCM"))
    kept = len(engine.state("u1").year.entries)
    for text, done in (("ubah catatan kemarin jadi 20 sampel ya bukan 12", "periksa 20 sampel"),
                       ("catatan kemarin tolong dipindah ke IKI 2", "dihubungkan ke IKI 2")):
        reply = said(engine.handle("u1", text))
        assert len(engine.state("u1").year.entries) == kept and done in reply and "Dicatat" not in reply, reply


def test_a_leader_asking_to_pass_direction_to_a_member_is_pointed_at_umpanbalik(pair):
    # tester52 P2-4: «tolong kasih arahan ke andi: …» typed by a leader was answered as the leader's own plan
    from bot.conversation.team_chat import FEEDBACK_ASKED
    from tests.test_team_chat import LEADER, STRANGER

    pair.submitted()
    asked = pair.say(LEADER, "tolong kasih masukan buat budi: laporan TW II dikejar ya, koordinasi dgn dinkes", replica=1)
    assert [r.text for r in asked] == [FEEDBACK_ASKED]
    told = pair.say(LEADER, "td sy kasih arahan ke budi soal laporan TW II", replica=1)
    assert FEEDBACK_ASKED not in [r.text for r in told]
    assert FEEDBACK_ASKED not in [r.text for r in pair.say(STRANGER, "tolong kasih masukan buat budi: laporan TW II")]
