"""What a plain line is during the year (bot.year.entry_kind.kind_of), for the shapes route set 8 showed missing:
done work told beside a part asking where it goes, a done line seeking a nod with «kan», others' work heard of. The
lines are our own, in the set's shapes; through the Engine where the chat must keep or not keep the entry."""

import pytest

from bot.year.entry_drafts import FIELDS_GIVEN
from bot.year.entry_kind import HEARSAY, PLACEMENT_ASKED, EntryKind, kind_of
from tests.agreed_year import agreed_engine  # noqa: F401 (the `engine` fixture)
from tests.line_kinds import either_way, read_as
from tests.talk import said

# Lines read as one kind whether or not the user keeps a logbook: (what they are, the kind, the lines).
_READ_EITHER_WAY = [
    ("done work told in full beside a part asking where it goes is the entry", EntryKind.report,
     ["td sy udh rekap data kunjungan posbindu 4 desa, itu masuk IKI yg mana ya?",
      "kemarin selesai verifikasi 25 dokumen klaim BPJS rawat inap. ini dicatat dmn?",
      "boleh ga dicatat, td sy bantu tim gizi timbang 40 balita di posyandu?",
      "udah kelar nyusun draf SOP sterilisasi alat CSSD, bisa masuk logbook kan?"]),
    ("work pointed at inside the asking part or named too thinly is a question on the rules", EntryKind.question,
     ["td rapat 2 jam itu masuk IKI mana", "kemarin udh kirim 2 surat, perlu dicatat ga?",
      "td udh submit 3 laporan, perlu dicatat ga?", "rapat td itu masuk IKI mana ya"]),
    ("others' work heard of is none of the user's", EntryKind.unclear,
     ["katanya tim sebelah udh kelar validasi data stunting 30 desa",
      "denger2 pak Joko udh nyelesain audit 12 RS minggu lalu, cepet bgt",
      "si Rina dr tim gizi katanya udh beres input 80 data balita"]),
    ("work done by someone plainly outside the user's team is none of the user's", EntryKind.unclear,
     ["si Andi udh beres rekap 50 berkas, cepet amat", "temen sebelah udh kelar input data stunting",
      "rekan di subbag sebelah sdh selesai verifikasi 100 berkas", "temen seruangan udh selesai vaksin semua"]),
    ("the user's team or work beside another team is the user's", EntryKind.report,
     ["tim sy udh selesai validasi data 12 desa", "staf sy sdh input 80 data balita",
      "td sy bantu temen sebelah input data stunting", "kemarin rapat dgn tim sebelah soal data",
      "bantu tim sebelah, udh selesai input 40 data"]),
    ("work the user told beside news heard is still work", EntryKind.report,
     ["td sy input 40 data SITB, katanya masih kurang 10", "kemarin sy visitasi 2 puskesmas, kabarnya akreditasi diundur",
      "td sy konseling 5 pasien katanya obatnya habis"]),
    ("done work ending in a tag seeking a nod is work told", EntryKind.report,
     ["laporan monev TB triwulan 2 udh sy kirim ke dinkes kemarin kan", "td sy udh ngisi materi pelatihan kader 3 JPL kan",
      "kemarin rapat koordinasi dgn BPJS soal klaim pending nggih"]),
    ("a tag after a record, a plan or the SKP's numbers still asks", EntryKind.question,
     ["laporannya udh dikirim kan?", "rapatnya besok kan", "IKI maksimal 12 kan", "rapat kemarin udh dicatat kan"]),
    ("the draft's jenis, weights or targets given are an answer about the SKP, never work", EntryKind.instruction,
     ["tusi bagi rata 15 15 15 15 15 15, MI 5 5", "CL 50 tusi 40 mi 10", "target 90 95 100 85",
      "core tusi semua 15, beyond 10", "tusi 20 20 15 20 15, ip asn 10", "bobotnya 20 20 15 15 10 aja"]),
    ("a schedule put off or called off is news, never asked", EntryKind.plan,
     ["jadwal pelatihan diundur ke agustus", "jadwal visitasi ditunda", "jadwal rapat koordinasi diundur ke senin",
      "format laporan dibatalkan"]),
    ("a noun of the rules opening the line still asks", EntryKind.question, ["jadwal dialog kinerja"]),
    ("a modal with a tag ending its part asks whatever follows", EntryKind.question,
     ["logbooknya bisa diisi besok ga, hari ini sy full rapat", "IKI nya boleh lebih dari 10 gak kalau sy katim",
      "realisasinya harus diisi tiap bulan ga, kmrn sy isi per triwulan", "SKP bisa direvisi ga kalo sy pindah tim"]),
    ("a modal beside work told is no question", EntryKind.report,
     ["td sy bisa selesaikan 20 berkas, ga sempet rapat"]),
    ("a day blocked by a failure is no work", EntryKind.remark,
     ["listrik mati seharian, ga bisa kerja", "laptop rusak, ga bisa ngapa2in hari ini",
      "internet mati, jd ga sempet nyatet", "ga bisa kerja, laptop rusak"]),
    ("a failure beside work done is work", EntryKind.report,
     ["laptop rusak, td sy perbaiki sendiri", "td genset mati, sy bantu cek"]),
    ("an iki wording after a question mark is the one asked about", EntryKind.draft,
     ["ini bener ga? Persentase pasien TB yang diobati sampai sembuh",
      "cek dong IKI sy, udah oke belum? Jumlah kader posyandu yang dilatih",
      "is this right? Percentage of samples tested within 2 hours"]),
    ("who asks told after a question mark keeps the question", EntryKind.question,
     ["IP ASN dihitung per tahun? sy baru pindah", "laporan TW dikumpul kapan? sy lagi di daerah",
      "boleh 11 IKI? sy katim"]),
    ("work done after a question mark is read with the whole line", EntryKind.report,
     ["rapat? iya td rapat 2 jam sama dinkes"]),
    ("an iki wording with only a request to judge it after it is the iki to check", EntryKind.draft,
     ["Jumlah kader yang dilatih deteksi dini TB, bener ga?", "persentase balita ditimbang tiap bulan, udah oke blm?",
      "Rata-rata waktu tunggu hasil lab kurang dari 2 jam, gmn menurutmu",
      "rata-rata waktu respon aduan maks 2 hari bener gk?", "jumlah kader terlatih udah bener?",
      "Persentase dokumen yang diverifikasi tepat waktu ok ga"]),
    ("a figure of a day or reached asked to be judged is no iki wording", EntryKind.question,
     ["jumlah sampel td 40, bener ga?", "Persentase sampel sesuai TAT bulan ini sudah 92%, bener ga?"]),
    ("a leader's instruction relayed is work still to come", EntryKind.plan,
     ["kabid minta data kunjungan 3 bulan terakhir", "Kata kabid semua laporan hrs masuk sebelum tgl 10",
      "[10:15] Katim: tmn2 jgn lupa isi logbook ya", "pesan dari pak kabag: tolong data SDM dikirim hari ini",
      "arahan kapus td: semua pj program siapkan bahan monev",
      "Instruksi Dirut: seluruh instalasi lapor stok obat tiap jumat"]),
    ("a leader's asking beside work the user told is still work", EntryKind.report,
     ["kabid minta data kunjungan, sdh sy kirim rekapnya td pagi", "td rapat dgn kabid, beliau minta data kunjungan",
      "td sy minta kabid tanda tangan SK tim", "berkas harus lengkap semua, td verif 20 berkas",
      "kemarin kapus minta sy jadi notulen, sdh sy kirim notulennya"]),
    ("a joke to the bot phrased as a question is small talk", EntryKind.smalltalk,
     ["bot kamu udah makan belum 😂", "haha bot bisa nyanyi ga 😂", "km bisa capek ga sih 😆",
      "wkwk bot bisa nyetir ga 🤣"]),
    ("a laugh beside a question about what the bot works with still asks", EntryKind.question,
     ["bot bisa ekspor ga 😂", "bot bisa bantu isi logbook ga 😂", "pagi bot, logbook bisa diisi besok ga 😂",
      "bot tau deadline realisasi TW3 ga 😂"]),
    ("a yes/no tag before an emoji still asks", EntryKind.question,
     ["IKI sy udah bener belum 😅", "laporan TW2 udh masuk blm ya 🙏"]),
    ("being lost or a request to explain after the user, a word of still or a lead-in asks", EntryKind.question,
     ["masih ga paham soal MPPH", "aku msh blm paham cara isi bukti dukung", "coba jelasin bobot beyond",
      "jujur sy ga ngerti soal trajektori"]),
    ("someone's confusion beside work told or a try at work is work", EntryKind.report,
     ["td rapat, masih bingung soal hasilnya", "coba input ulang data 40 pasien"]),
    ("a marked list of work counting what was done is the day's work", EntryKind.report,
     ["1. verifikasi 22 berkas klaim\n2. balas 7 email pemohon\n3. rapat internal tim",
      "• verval 20 data nakes\n• rekap absensi 62 pegawai", "- input 30 data SITB\n- telpon 4 puskesmas\n- rapat tim"]),
    ("a quarter's records asked to be shown are one's own records", EntryKind.records,
     ["tampilkan realisasi TW2 sy", "liat realisasi TW1", "tolong tampilin realisasi TW 3"]),
    ("a quarter's realisasi named alone is that quarter's to fill", EntryKind.progress, ["realisasi TW2", "realisasi TW I"]),
    ("a weight named inside work told is still work", EntryKind.report,
     ["td rapat bahas bobot 20 IKI", "kemarin sosialisasi jenis IKI CL TUSI MI ke 25 pegawai"]),
]


@pytest.mark.parametrize("text, kind, logging", either_way(_READ_EITHER_WAY))
def test_a_line_is_read_as_its_kind_with_or_without_a_logbook(text, kind, logging):
    read_as(text, kind, logging)


def test_a_list_of_duties_with_their_period_or_of_measures_is_no_day_of_work():
    assert kind_of("1. verifikasi berkas KP 200 berkas per tahun\n2. rekap absensi tiap bulan").kind is EntryKind.draft
    assert kind_of("1. Persentase sampel diperiksa sesuai TAT\n2. Jumlah kader terlatih").kind is EntryKind.draft


def test_the_readings_say_why():
    assert kind_of("tadi selesai skrining 55 lansia CKG di posyandu melati. ini masuk IKI yg mana ya?").why \
        == PLACEMENT_ASKED
    assert kind_of("si Bambang di subbag sebelah katanya udh beresin 200 berkas mutasi seminggu, gila sih").why \
        == HEARSAY


def test_weights_given_say_why_and_are_never_kept(engine):
    assert kind_of("tusi bagi rata 15 15 15 15 15 15, MI 5 5", logging=True).why == FIELDS_GIVEN
    reply = said(engine.handle("u1", "CL 50 tusi 40 mi 10"))
    assert not engine.state("u1").year.entries and "Dicatat" not in reply, reply


def test_a_quarter_shown_gives_the_capaian_with_its_quarters(engine):
    reply = said(engine.handle("u1", "tampilkan realisasi TW2 sy"))
    assert "Capaian per IKI" in reply and "TW II" in reply and not engine.state("u1").year.entries, reply


def test_work_asked_where_it_goes_is_kept_and_work_heard_of_is_not(engine):
    said(engine.handle("u1", "kemarin selesai verifikasi 25 dokumen klaim BPJS rawat inap. ini dicatat dmn?"))
    assert len(engine.state("u1").year.entries) == 1
    reply = said(engine.handle("u2", "katanya tim sebelah udh kelar validasi data stunting 30 desa"))
    assert not engine.state("u2").year.entries, reply


@pytest.mark.parametrize("text, kind", [
    ("ini udh bener? yg kemarin salah ketik, harusnya 15", EntryKind.correction),
    ("udah masuk blm? besok pagi sy kirim ulang laporannya", EntryKind.plan),
    ("IP ASN itu wajib semua pegawai? sy fungsional", EntryKind.question),
])
def test_what_follows_a_question_mark_keeps_its_own_reading_unless_it_only_says_who_asks(text, kind):
    # a correction or a plan after «?» was read as a question with a remark (a year conversation lost its entries)
    assert kind_of(text).kind is kind
