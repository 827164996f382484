"""What a plain line is during the year (bot.year.entry_kind.kind_of), for the shapes route set 12 showed missing: work
told with only its rest put off («…, baru slsai 18 unit sisanya bsk»), «mau lapor» then a day gone, a stage named after
its activity, a thanks for what the bot did and a greeting with how long since the user came by, a call with nothing
said («min»), a whole year's quarters beside an IKI's figure, the user's IKI spoken then judged, a bare term with «?»,
a value changed with nothing named, a fault sighed over after «aduh», rows pasted from a spreadsheet. The lines are our
own, in the set's shapes, never the set's."""

import pytest

from bot.year.entry_kind import EntryKind
from tests.agreed_year import agreed_engine  # noqa: F401 (the `engine` fixture)
from tests.line_kinds import as_given, either_way, read_as
from tests.talk import said

# Lines read as one kind whether or not the user keeps a logbook: (what they are, the kind, the lines).
_READ_EITHER_WAY = [
    ("work told with a count, only its rest put off to another day, was done", EntryKind.report,
     ["tadi pasang printer di 12 ruangan, baru slsai 8 sisanya besok",
      "kemarin entri 60 data ANC baru 45 sisanya lusa", "hari ini scan arsip 200 lembar, baru 120 sisanya besok"]),
    ("the rest put off with nothing told done before it stays a plan", EntryKind.plan,
     ["sisanya besok aja", "besok lanjut, sisanya lusa"]),
    ("«mau lapor» then a day gone or today announces the telling; the work after it was done", EntryKind.report,
     ["pak sy mau lapor nih kemarin kita penyuluhan PHBS di SD 3 yang ikut empat puluh anak",
      "mau info aja td pagi kami fogging 2 RW", "bu mau laporan ya, kemarin kami rapat evaluasi 2 jam",
      "mau lapor kak: tadi pagi periksa 20 pasien"]),
    ("«mau lapor» with no day gone after it is still to come", EntryKind.plan,
     ["besok mau lapor hasil supervisi ke kabid", "mau lapor capaian ke katim minggu depan"]),
    ("a stage named right after the activity it is a stage of is the work's own, never a change to the rencana aksi",
     EntryKind.report, ["tadi vaksinasi campak tahap 3 di SD Inpres 4, 60 anak",
                        "kemarin verifikasi berkas tahapan kedua seleksi PPPK 35 berkas"]),
    ("a stage opening the line, or beside an IKI named, stays a change to the rencana aksi", EntryKind.rencana,
     ["tahap 3 IKI 2 mundur ke juni", "tahap 1 IKI 4 selesai"]),
    ("a thanks for what the one thanked did, past a done word, is small talk", EntryKind.smalltalk,
     ["Selamat pagi bu. Makasih ya udah bantuin sy nyusun SKP kemarin 🙏", "terima kasih sudah dibimbing selama ini kak",
      "makasih byk udh diingetin"]),
    ("a thanks then the user's own work done still tells it", EntryKind.report,
     ["makasih, td udh sy kirim 12 berkas", "terima kasih, sdh sy input data 30 pasien"]),
    ("a greeting then how long since the user came by tells no work", EntryKind.smalltalk,
     ["halo kak, sdh lama nggak nyapa nih", "selamat sore min, udah lama ga buka bot ini wkwk"]),
    ("a word of address alone, or beside the bot named, is a call with nothing said yet", EntryKind.unclear,
     ["kak", "pak bot", "mimin"]),
    ("a word of address beside a greeting or an emoji greets", EntryKind.smalltalk, ["pagi kak", "bu 🙏"]),
    ("an IKI with a figure for one quarter, or part of the year, stays that quarter's figure", EntryKind.progress,
     ["Persentase puskesmas yang lapor tepat waktu TW II 90%", "Persentase alat terkalibrasi triwulan 1-2 85%"]),
    ("the user's IKI spoken after a label and the user, then asked to be judged, is a draft", EntryKind.draft,
     ["jadi iki yang saya buat tuh persentase ibu hamil KEK yang dapat PMT terus satu lagi jumlah kelas ibu hamil "
      "menurut kakak bener ga",
      "indikator yg aku usulin ya persentase desa yang melaksanakan STBM gimana ok gak",
      "IKI aku ada tiga, satu persentase bumil anemia yang dapat TTD, dua jumlah kelas bumil, tiga jumlah kader, ok?"]),
    ("an IKI named with no wording of one, or a wording with no judging asked, stays a question", EntryKind.question,
     ["iki yg sy ajuin kemarin gimana nasibnya", "iki saya persentase balita ditimbang itu dihitung dari mana?"]),
    ("one bare term, or a pointer with its number, with a «?» says nothing of what is asked about it",
     EntryKind.unclear, ["e-Kinerja?", "PMT??", "triwulan 3?", "IKI 2 ?"]),
    ("a term with a question word or a word of what is asked is a question", EntryKind.question,
     ["apa itu PMT?", "e-Kinerja wajib?"]),
    ("a value changed with nothing named it is for is unclear", EntryKind.unclear,
     ["ubah jadi 40 dong", "diganti jd 7"]),
    ("a value changed for an IKI named acts on the SKP", EntryKind.instruction, ["IKI 2 targetnya ubah jadi 40"]),
    ("a fault sighed over after an exclamation is small talk", EntryKind.smalltalk,
     ["waduh wifi kantor mati lagi", "duh aplikasinya lemot bgt dr pagi"]),
    ("a bare fault with no exclamation stays unclear (route sets 5 and 7)", EntryKind.unclear,
     ["wifi kantor mati lagi", "aplikasinya lemot bgt dr pagi"]),
    ("rows copied from a spreadsheet, each an IKI, header or not, are drafts", EntryKind.draft,
     ["Indikator\tTarget\tSatuan\nPersentase puskesmas yang melaksanakan tahap 1 akreditasi\t80\t%\n"
      "Jumlah kader terlatih\t150\torang",
      "Persentase balita ditimbang\t85\t%\nPersentase ibu hamil dengan 6 kali ANC\t90\t%"]),
    ("rows copied from a spreadsheet, each dated work, header or not, are done work", EntryKind.report,
     ["Tanggal\tKegiatan\tJumlah\n7/4/2026\tPengambilan sampel air minum\t12 titik\n8/4/2026\tPemeriksaan jentik\t40 rumah",
      "Tgl\tUraian\tHasil\n12/5/2026\tSupervisi gudang farmasi\t1 laporan\n13/5/2026\tInput stok obat\t240 item"]),
]

# Lines read as one kind without a logbook (with one, a plain line may be an entry).
_READ_WITHOUT_LOGBOOK = [
    ("how long since something was last done tells no work done", EntryKind.unclear,
     ["sdh lama tidak ke posyandu itu", "udah lama ga buka aplikasi e-Kinerja"]),
    ("an IKI with a figure for the whole year's quarters names no quarter: the figure is its target", EntryKind.draft,
     ["Persentase puskesmas yang lapor tepat waktu TW I s.d. TW IV 90%", "Persentase alat terkalibrasi triwulan 1-4 85%"]),
]


@pytest.mark.parametrize("text, kind, logging", either_way(_READ_EITHER_WAY))
def test_a_line_is_read_as_its_kind_with_or_without_a_logbook(text, kind, logging):
    read_as(text, kind, logging)


@pytest.mark.parametrize("text, kind, logging", as_given([(what, kind, False, texts)
                                                          for what, kind, texts in _READ_WITHOUT_LOGBOOK]))
def test_a_line_is_read_as_its_kind_without_a_logbook(text, kind, logging):
    read_as(text, kind, logging)


def test_a_call_during_the_year_is_still_invited_to_ask(engine):
    """The year reads «kak» as nothing said yet, never an entry; the chat still invites the question (tester26 #9)."""
    reply = said(engine.handle("u1", "kak"))
    assert "Silakan" in reply and not engine.state("u1").year.entries, reply


def test_a_spreadsheet_of_dated_work_keeps_its_rows_never_its_column_names(engine):
    text = "No\tTanggal\tUraian\tVolume\n1\t2/3/2026\tPengambilan sampel air minum\t12 titik\n" \
           "2\t3/3/2026\tPemeriksaan jentik\t40 rumah"
    reply = said(engine.handle("u1", text))
    kept = [e.text for e in engine.state("u1").year.entries]
    assert len(kept) == 2 and not any("Uraian" in t for t in kept), (kept, reply)
