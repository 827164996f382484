"""What a plain line is during the year (bot.year.entry_kind.kind_of), for the readings route set 7 showed missing:
work told without a verb, questions in regional words or as a request to show, done work asking where it goes,
complaints and corrections beside a time word, a trip told alone. Through the Engine where the chat must do what the
reading says."""

import pytest

from bot.year.entry_kind import EntryKind, kind_of
from tests.agreed_year import agreed_engine  # noqa: F401 (the `engine` fixture)
from tests.line_kinds import as_given, either_way, read_as
from tests.talk import said

# Lines read as one kind whether or not the user keeps a logbook: (what they are, the kind, the lines).
_READ_EITHER_WAY = [
    ("how asked in regional words is a question", EntryKind.question,
     ["piye carane ndelok progres IKI ku", "kumaha carana ngisi realisasi triwulan", "pripun carane ngisi logbook"]),
    ("one's own records shown for a month named with its period word are asked", EntryKind.records,
     ["tampilkan catatan sy bulan Maret", "liat capaian bln juni dong", "tolong tampilkan logbook bulan april"]),
    ("work with how long it took as its own clause is work done", EntryKind.report,
     ["Sesi coaching dgn 3 CPNS baru soal penyusunan SKP, 2 jam", "pendampingan akreditasi puskesmas, sekitar 3 jam",
      "konseling gizi ibu hamil di poli KIA, 45 menit"]),
    ("an entry pointed at and said wrong is a correction", EntryKind.correction,
     ["yg td itu salah", "catatan tadi keliru", "yang barusan itu salah"]),
    # small talk since route sets 12, 14 and 15 (a complaint asking nothing); set 7 had said unclear
    ("a line about the bot itself tells no work whatever day it names", EntryKind.smalltalk,
     ["bot nya lemot bgt hari ini", "botnya error terus dr tadi", "asistennya lambat bgt kemarin"]),
    ("the bot called before work told is still work", EntryKind.report,
     ["Bot, td rapat koordinasi imunisasi", "bot td sy rapat evaluasi 2 jam", "bot kemarin verif 20 berkas KP"]),
    ("a trip told with only its place and days is no work", EntryKind.remark,
     ["DL ke Jayapura sampe Kamis", "perjadin ke Kupang 3 hari", "dinas luar ke Kab. Sumba Barat sampai jumat",
      "dl ke jayapura sampe kamis"]),
    ("a trip told with the work done on it is work", EntryKind.report,
     ["kemarin DL ke Jayapura monev TB 3 puskesmas", "td perjadin ke Kupang, rapat evaluasi dgn Dinkes"]),
    ("a quality an indicator measures opening the line is an iki wording", EntryKind.draft,
     ["ketepatan waktu penyampaian buletin surveilans mingguan", "kelengkapan berkas klaim rawat inap",
      "kecepatan respon tim TRC maks 30 menit", "kepuasan peserta pelatihan jarak jauh Bapelkes"]),
    ("a quality named beside work done or a day is work", EntryKind.report,
     ["kelengkapan berkas usulan KP sudah dicek", "td cek kelengkapan berkas klaim 40 pasien"]),
    ("a plan word describing a thing after yang beside work done is no plan", EntryKind.report,
     ["tadi cek obat di gudang, ada 17 item yang ED bulan depan jadi sudah dibuatkan berita acara",
      "udah kirim undangan utk rapat yg akan diadakan minggu depan",
      "kemarin sdh rekap 12 alat yang kalibrasinya jatuh tempo bulan depan"]),
    ("a plan word after yang with no work said done outside it still plans", EntryKind.plan,
     ["laporan yang akan dikirim besok", "yg mau sy kerjain besok rapat"]),
    ("a measure after a done label with a count or done word of its own is work done", EntryKind.report,
     ["👍 beres semua: nilai ukom 62 mahasiswa D3 Keperawatan periode April udah diupload",
      "done: jumlah sampel diperiksa 45", "selesai ✅: rekap nilai praktikum 3 kelas sudah dikirim ke prodi"]),
    ("an iki quoted last with only a request for an opinion after it is the iki to check", EntryKind.draft,
     ["mau bikin IKI 'persentase hoaks kesehatan yg diklarifikasi dlm 1x24 jam' gmn menurutmu",
      "IKI sy \"Jumlah dokumen kajian kebijakan yang dimanfaatkan\" udah bener blm?",
      "kalau 'Persentase sampel yang diperiksa sesuai TAT' bagus ga"]),
    ("an iki quoted with a why or a what asked after it is a question", EntryKind.question,
     ["IKI 'persentase kepuasan pasien rawat jalan' itu maksudnya apa",
      "kenapa 'Jumlah rapat koordinasi lintas sektor' gak boleh jadi IKI"]),
    ("an entry named and whether it can be changed asked at the end is a question", EntryKind.question,
     ["kemarin sy catat rapat sm dinkes tapi tanggalnya kebaca hari ini, itu bisa diubah",
      "catatan yg kemarin bisa dihapus", "td sy salah nyatet jumlahnya, bisa diedit"]),
    ("what became possible after work told is no question", EntryKind.report,
     ["td sy catat notulen rapat, udah bisa diakses", "kemarin perbaiki jaringan SIMRS, sdh bisa dipakai"]),
    ("work with a check mark beside it is done", EntryKind.report,
     ["SPJ perjadin Kupang ✅", "laporan TW2 ☑️", "rekap absensi apel ✅"]),
    ("a weekday said as the next one is a plan", EntryKind.plan,
     ["Senin depan monev ke 3 kab", "jumat dpn rapat evaluasi SPM", "rabu depan visitasi RS Undata"]),
    ("one's own records asked to be shown with kasih liat are asked", EntryKind.records,
     ["kasih liat rencana aksi sy dong", "kasih lihat catatan minggu lalu"]),
    ("where the user is until a day is no work", EntryKind.remark,
     ["sy lagi di Makassar sampai Jumat", "masih di Jayapura sampe Kamis"]),
    ("work told on a day before a story joiner is done whatever is planned after it", EntryKind.report,
     ["oke jadi pagi ini saya rapat sama tim PPI bahas hasil audit kepatuhan cuci tangan terus nanti siang mau lanjut "
      "visitasi ruangan",
      "tadi sore saya sama teman teman tim mutu ngumpulin data indikator mutu dari 12 unit terus besok mau dianalisis",
      "jadi tadi itu saya ke puskesmas buat supervisi program TB trus ngecek register TB 03 ternyata ada 5 pasien "
      "belum dilaporkan jadi nanti saya minta petugasnya input"]),
    ("a plan told on a day with nothing done before it stays a plan", EntryKind.plan,
     ["tadi rencananya visitasi tp batal", "kemarin saya ga jadi rapat, terus besok mau visitasi",
      "td sy mau rapat tp ga jadi"]),
    ("work after how long it took opening the line is work done", EntryKind.report,
     ["2 jam zoom dgn WHO soal surveilans AMR", "3 jam rapat koordinasi lintas sektor di Bappeda"]),
    ("a time from now is a plan", EntryKind.plan,
     ["2 hari lagi visitasi", "seminggu lagi akreditasi", "2 jam lagi rapat dgn dinkes"]),
    ("an instruction received for others or relayed is work still to come", EntryKind.plan,
     ["Pak Dirut minta semua katim siapkan bahan paparan",
      "dari grup: mohon segera kirim data vaksinasi ke dinkes sebelum jam 12",
      "mohon bapak ibu mengirimkan laporan capaian paling lambat tgl 5",
      "Diinformasikan kepada seluruh pegawai bahwa apel pagi ditiadakan"]),
    ("a result with its qualifier after yang is an iki wording", EntryKind.draft,
     ["SOP pelayanan farmasi yang ditetapkan", "laporan kinerja triwulan yang disampaikan tepat waktu",
      "rekomendasi hasil audit yang ditindaklanjuti",
      "dokumen rencana kebutuhan SDMK tahun 2027 yang tersusun tepat waktu"]),
    ("a label of work to do opening the line is a plan", EntryKind.plan,
     ["agenda hari ini: rapat koordinasi jam 10, visitasi jam 2", "to do hari ini: rekap data, kirim laporan",
      "PR hari ini input 50 data", "todo: kirim SPJ ke keuangan"]),
    ("how many where when what asked in regional words is a question", EntryKind.question,
     ["endi catatanku wingi", "naon bedana RHK jeung IKI", "iraha deadline realisasi TW2", "baa caro mangisi logbook"]),
    ("an entry pointed at and said not that or to go is a correction", EntryKind.correction,
     ["eh yg barusan bukan itu", "td salah pencet", "yg barusan itu keliru"]),
    ("a tool the network or the power failing tells no work whatever day it names", EntryKind.unclear,
     ["sistemnya down lagi hari ini", "e-kinerja ga bisa dibuka hari ini", "hari ini mati lampu seharian",
      "internet kantor mati td", "aplikasinya error terus dari tadi pagi"]),
    ("work beside a failure is still work", EntryKind.report,
     ["cek genset yg mati td", "kemarin genset rusak, sy lapor ke IPSRS", "hari ini SIMRS down, input manual 40 pasien",
      "td ganti 3 lampu yg mati di ruang rawat"]),
    ("work with a status after a colon or an arrow or its result told is done", EntryKind.report,
     ["rekap absensi: ok", "stok opname gudang farmasi: clear", "laporan TW2 -> masuk", "Verval data 30 nakes ✅",
      "Uji fungsi ventilator ICU, hasil baik"]),
]


@pytest.mark.parametrize("text, kind, logging", either_way(_READ_EITHER_WAY))
def test_a_line_is_read_as_its_kind_with_or_without_a_logbook(text, kind, logging):
    read_as(text, kind, logging)


# Lines read as one kind with the logbook as given (False: none kept, True: one kept).
_READ_AS = [
    ("records of something else named before the month stay unasked", EntryKind.unclear, False,
     ["tampilkan catatan rapat bulan Maret"]),
    ("the user asking others or work for all of them is no instruction received", EntryKind.report, True,
     ["sosialisasi ke seluruh kader posyandu, minta data balita", "sy minta semua kader kirim data balita",
      "td diminta jadi narasumber webinar"]),
    ("a scope counted after the object or a bound opening the line stays a draft", EntryKind.draft, False,
     ["Rekonsiliasi BMN 12 satker", "Pelaksanaan monev program imunisasi di 10 kab/kota"]),
    ("what became of things done by the user or on a day is work", EntryKind.report, False,
     ["td kirim berkas yang ditandatangani kabag", "sy rekap 12 laporan yang masuk dari puskesmas",
      "udah upload 6 berita hoaks yg diklarifikasi di medsos"]),
    ("a label word inside work told is no plan", EntryKind.report, False,
     ["td rapat bahas agenda hari ini dgn katim", "kemarin sy susun jadwal jaga 20 perawat"]),
    ("a status or a result word with nothing before it tells no work", EntryKind.smalltalk, False, ["ok", "oke sip"]),
    ("more of a count done is no time from now", EntryKind.report, False, ["td input 20 data lagi"]),
    ("a check mark alone or after a nod is small talk", EntryKind.smalltalk, False, ["✅", "ok ✅"]),
    ("a number put right is no correction of an entry", EntryKind.report, True, ["eh salah, 90 aja"]),
    ("an act on the draft with a result word is no iki wording", EntryKind.unclear, False,
     ["simpan semua yang diusulkan", "kepatuhan visite kalimatnya betulin ya jd persentase"]),
    ("an act named beside a failure is work", EntryKind.report, True, ["perbaikan alat rusak"]),
    ("a weekday gone with work told is still work", EntryKind.report, False,
     ["Senin kemarin monev ke 3 kab", "td di RS sampai sore, visitasi 2 ruangan"]),
    ("a measure after a done label counting nothing stays a draft", EntryKind.draft, False,
     ["selesai: Persentase dokumen yang diverifikasi"]),
    ("a bound of time in its own clause is the iki's never how long work took", EntryKind.draft, False,
     ["waktu penyelesaian reviu LKj, maks 10 hari kerja"]),
]


@pytest.mark.parametrize("text, kind, logging", as_given(_READ_AS))
def test_a_line_is_read_as_its_kind_with_the_logbook_as_given(text, kind, logging):
    read_as(text, kind, logging)


def test_a_complaint_about_the_bot_and_a_wrong_pointed_at_keep_no_entry(engine):
    for text in ("bot nya lemot bgt hari ini", "yg td itu salah"):
        reply = said(engine.handle("u1", text))
        assert not engine.state("u1").year.entries, (text, reply)


def test_a_trip_told_alone_is_answered_as_no_work_and_asks_for_the_work_done_there(engine):
    reply = said(engine.handle("u1", "DL ke Jayapura sampe Kamis"))
    assert not engine.state("u1").year.entries and "dinas luar" in reply, reply


def test_an_iki_quoted_for_an_opinion_is_checked_and_one_asked_leave_for_is_answered(engine):
    checked = said(engine.handle("u1", "mau bikin IKI 'persentase hoaks kesehatan yg diklarifikasi dlm 1x24 jam' gmn "
                                       "menurutmu"))
    assert checked.startswith("«persentase hoaks kesehatan") and "Sifat:" in checked, checked
    asked = said(engine.handle("u2", "boleh ga kalau IKI nya 'Jumlah rapat koordinasi lintas sektor kesiapsiagaan "
                                     "krisis'?"))
    assert asked.startswith("Tidak."), asked


def test_targets_typed_after_a_label_are_no_plan():
    assert kind_of("target: no1 95%, 2 90%, 3 95%, 4 100%, 6 85%, ip asn 82").kind is not EntryKind.plan


@pytest.mark.parametrize("text", ["yaudah simpan yg ✓ aja dulu", "hapus yg pedoman"])
def test_a_mark_of_the_suggestion_lists_or_a_removing_word_is_no_entry_done_or_put_right(text):
    for logging in (False, True):
        assert kind_of(text, logging=logging).kind not in (EntryKind.report, EntryKind.correction), text
