"""What a plain line is during the year (bot.year.entry_kind.kind_of), for the shapes route set 11 showed missing: a
hedge «kayaknya» opening a plan (never «banyaknya» misspelt), «bakal» as will, done work told beside asking whether
it got logged («udh kecatat blm?») or, after an aside, where it goes («btw ini nanti masuk IKI mana»), IKI listed
with keycap numbers («1️⃣ …»), an IKI typed after «IKI beyond sy:» whatever its first word, a bare measure word, a
colleague's report relayed («dari bu X: …», «Fwd: Laporan harian Sdr. X - …»), hours ending the line («… 2,5 jam»),
work on a quarter's documents said done with a count, a span of the day («dr pagi sampe sore …»), work going on since
earlier today («dr tadi rapat mulu»), relief after the work («…, alhamdulillah keluarga kooperatif»). The lines are our
own, in the set's shapes."""

import pytest

from bot.year.entry_kind import EntryKind, kind_of
from tests.agreed_year import agreed_engine  # noqa: F401 (the `engine` fixture)
from tests.line_kinds import as_given, either_way, read_as
from tests.talk import said

# Lines read as one kind whether or not the user keeps a logbook: (what they are, the kind, the lines).
_READ_EITHER_WAY = [
    ("a hedge opening a plan is no measure misspelt, and «bakal» is will", EntryKind.plan,
     ["kayaknya besok monev ke puskesmas", "kayaknya minggu depan rapat di dinkes", "bakal ada supervisi ke RS jumat"]),
    ("done work, then asking whether it got logged, is the entry", EntryKind.report,
     ["kemarin sy udh input 35 data kunjungan nifas, udh kecatat blm ya?",
      "td pagi verifikasi 18 berkas usulan jabfung, udh tercatat kan?"]),
    ("done work, then an aside asking which IKI it will go to, is the entry", EntryKind.report,
     ["hari ini rekap 40 laporan KLB. btw nanti masuk ke IKI yg mana ya?"]),
    ("IKI listed with keycap numbers are drafts, as «1.» lists are", EntryKind.draft,
     ["1️⃣ Persentase balita yang ditimbang\n2️⃣ Persentase ibu hamil yang mendapat TTD\n3️⃣ Jumlah posyandu aktif"]),
    ("an IKI typed after a label naming it the user's, with its jenis or not, is a draft", EntryKind.draft,
     ["IKI beyond sy: Inovasi aplikasi antrian resep online", "iki sy: Dashboard pemantauan tindak lanjut aduan",
      "IKI tambahan: Sistem pengingat jadwal kalibrasi alat"]),
    ("a measure word with nothing it measures is a fragment", EntryKind.unclear, ["Jumlah", "rata-rata aja"]),
    ("a colleague's report relayed under «dari» and their title, or forwarded under a subject naming them, is theirs",
     EntryKind.remark, ["dari pak Yudi: td sudah input 45 data kunjungan", "dr mbak Sari: kemarin rekap 12 SPJ beres",
                        "Fwd: Laporan harian Sdri. Wati - verifikasi 30 klaim, 2 pending"]),
    ("a forwarded subject naming the user or the team, or a bare «dari Name:», may be the user's own", EntryKind.report,
     ["Fwd: laporan harian sy - verifikasi 30 klaim", "Fwd: laporan tim kami - verifikasi 30 klaim",
      "dari Andi: td input 30 data"]),
    ("work whose hours end the line, decimal comma or not, is work done", EntryKind.report,
     ["rapat pembahasan revisi DIPA dgn Biro Perencanaan 1,5 jam", "bimtek aplikasi SIMRS 3 jam",
      "zoom dgn WHO 45 menit"]),
    ("work on a quarter's documents, said done with a count of things, is work, no figure of the quarter",
     EntryKind.report, ["reviu RKA satker TW II, 9 satker beres", "rekap laporan triwulan 3 sdh 20 puskesmas"]),
    ("a quarter with a realisasi word or a rate stays its figure", EntryKind.progress,
     ["capaian TW 2 sdh 14 satker", "laporan TW 3 sdh 85%"]),
    ("work from one part of the day to another took those hours", EntryKind.report,
     ["dr pagi sampe siang nyusun telaahan staf, akhirnya kelar juga", "dari siang sampai sore visitasi puskesmas"]),
    ("work going on since earlier today, nothing said done, is still under way", EntryKind.unclear,
     ["dr tadi zoom mulu", "sejak td pagi antri di loket BKD terus"]),
    ("since earlier today with a count or a done word is work done", EntryKind.report,
     ["dr tadi udh input 40 data", "dari tadi pagi rapat, baru selesai"]),
    ("work, then relief and what came of it, was done", EntryKind.report,
     ["kunjungan rumah ibu nifas di kel. Sukajadi, alhamdulillah bayinya sehat",
      "sidak ke gudang obat RSUD, untungnya stok aman"]),
]

# Lines read as one kind without a logbook (with one, a plain line may be an entry).
_READ_WITHOUT_LOGBOOK = [
    ("relief after words telling no work is no work", EntryKind.unclear,
     ["anak demam, alhamdulillah skrg mendingan", "macet parah, untung ga telat"]),
]



@pytest.mark.parametrize("text, kind, logging", either_way(_READ_EITHER_WAY))
def test_a_line_is_read_as_its_kind_with_or_without_a_logbook(text, kind, logging):
    read_as(text, kind, logging)


@pytest.mark.parametrize("text, kind, logging", as_given([(what, kind, False, texts)
                                                          for what, kind, texts in _READ_WITHOUT_LOGBOOK]))
def test_a_line_is_read_as_its_kind_without_a_logbook(text, kind, logging):
    read_as(text, kind, logging)


@pytest.mark.parametrize("text", ["Pelayanan resep racikan dengan waktu tunggu 60 menit",
                                  "Penyelesaian pengaduan masyarakat 14 hari kerja"])
def test_a_wait_or_days_ending_an_undated_line_is_no_time_the_work_took(text):
    """Without a logbook a bound of the IKI («waktu tunggu 60 menit», «… 14 hari kerja») is never work done."""
    assert kind_of(text).kind is not EntryKind.report


def test_an_iki_typed_after_its_label_is_checked_as_an_iki():
    """The intent reader sends it to the IKI check, logbook or not; the check reads it without its label."""
    from bot.conversation.intent import Route, classify
    from bot.rules.draft_reading import read

    text = "IKI beyond sy: Inovasi aplikasi antrian resep online"
    assert {classify(text, logging).route for logging in (None, False, True)} == {Route.iki}
    assert read(text).text == "Inovasi aplikasi antrian resep online"


def test_relayed_reports_and_work_still_going_are_never_kept(engine):
    for text in ("dari pak Yudi: td sudah input 45 data kunjungan", "Fwd: Laporan harian Sdri. Wati - verifikasi 30 klaim",
                 "dr tadi zoom mulu", "kayaknya besok monev ke puskesmas"):
        reply = said(engine.handle("u1", text))
        assert not engine.state("u1").year.entries and "Dicatat" not in reply, (text, reply)


def test_work_told_in_the_new_shapes_is_kept(engine):
    for count, text in enumerate(("rapat pembahasan revisi DIPA dgn Biro Perencanaan 1,5 jam",
                                  "kemarin sy udh input 35 data kunjungan nifas, udh kecatat blm ya?",
                                  "sidak ke gudang obat RSUD, untungnya stok aman"), start=1):
        reply = said(engine.handle("u1", text))
        assert len(engine.state("u1").year.entries) == count, (text, reply)
