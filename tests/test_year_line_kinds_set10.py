"""What a plain line is during the year (bot.year.entry_kind.kind_of), for the shapes route set 10 showed missing:
someone else's report pasted from another chat with its sender's name, questions without «?» (a plea to be told
how, not understanding, a condition then an alternative, a choice ending the line), a trip or a failure told with
its days and what it kept from being done, an order-shaped verb telling work done with a count, things not come in
yet and still chased (route set 6); and a change asked to a named record counted a question by the route eval. The
lines are our own, in the set's shapes; through the Engine where the chat must keep or not keep the entry."""

import pytest

from bot.year.entry_kind import FORWARDED, RECORD_CHANGE, EntryKind, kind_of
from tests.agreed_year import agreed_engine  # noqa: F401 (the `engine` fixture)
from tests.line_kinds import either_way, read_as
from tests.talk import said

_FORWARDED = ["[03/12 10:22] Pak Anton Gizi: td sy sudah input 25 data balita gizi buruk ke EPPGBM",
              "[Forwarded] Bu Wulan: Laporan kunjungan rumah sdh dikirim ke dinkes ya tmn2",
              "Fwd: Mbak Sinta Farmasi: sy sudah selesai stock opname 40 item obat"]

# Lines read as one kind whether or not the user keeps a logbook: (what they are, the kind, the lines).
_READ_EITHER_WAY = [
    ("someone else's report pasted with its sender's name is no work of the user's", EntryKind.remark, _FORWARDED),
    ("a pasted report of the team, to the user as leader, or under a bare name or none is work", EntryKind.report,
     ["[03/12 10:22] Bu Rina Katim: td tim sdh selesai validasi 30 data",
      "[05/12 14:10] Agus Lab Kimia: Lapor bu, 20 sampel air sdh diperiksa",
      "[07.45] cek kelengkapan laporan: 12 dari 15 puskesmas sdh kirim",
      "[Grup Tim SDMK, 08.10] Rudi: td sy sdh upload 12 SK"]),
    ("a plea to be told or shown how asks", EntryKind.question,
     ["tolong kasih tau cara hapus bukti dukung yg salah upload", "ajarin cara ganti IKI di catatan"]),
    ("saying one does not understand what follows asks", EntryKind.question,
     ["aku blm ngerti cara isi realisasi triwulan", "sy blm mengerti soal trajektori capaian",
      "aku belum ngerti maksud bobot beyond"]),
    ("a condition then an alternative asks", EntryKind.question,
     ["kalo rapatnya online, tetap dicatat atau ga usah",
      "trus kalau kegiatannya 2 hari, dicatat sekali atau dua kali"]),
    ("an alternative before the line's last word asks which", EntryKind.question,
     ["target 100 persen itu kebesaran apa wajar", "bukti dukungnya foto atau scan"]),
    ("a hedge «kalo ga salah» supposes no case: the work told with two figures is work", EntryKind.report,
     ["kalo ga salah td verif 20 atau 21 berkas", "kalau tidak salah kemarin rapat 2 atau 3 jam"]),
    ("a condition with a plan and its alternative is a plan", EntryKind.plan,
     ["kalau sempat sore ini rekap atau besok pagi"]),
    ("a trip with its days and a logbook not kept is no work", EntryKind.remark,
     ["perjadin ke makassar 4 hari, ga bisa isi logbook"]),
    ("a thing of the user's lost or broken, and what it left missing, is no work", EntryKind.unclear,
     ["laptop sy rusak kemarin jd file laporan ga ada", "printer ruangan mati td pagi makanya ga bisa cetak"]),
    ("a failure then work the user did is work", EntryKind.report,
     ["hp sy rusak jd sy pinjam laptop kantor, input 30 data"]),
    ("things not come in yet, then still chased, is nothing done (route set 6)", EntryKind.plan,
     ["berkas 5 pegawai blm lengkap, lagi dikejar", "rekap dari 6 kabupaten blm masuk, masih ditagih ke dinkes"]),
    ("a negation describing the things worked on is work", EntryKind.report,
     ["td hubungi 5 puskesmas yg blm kirim data"]),
    ("an order-shaped verb with a count tells work done", EntryKind.report,
     ["lengkapi 14 berkas usulan pensiun yg kurang", "rapikan 30 arsip kepegawaian di lemari",
      "perbaiki 7 dokumen kontrak yg kurang paraf"]),
]


@pytest.mark.parametrize("text, kind, logging", either_way(_READ_EITHER_WAY))
def test_a_line_is_read_as_its_kind_with_or_without_a_logbook(text, kind, logging):
    read_as(text, kind, logging)


def test_the_readings_say_why():
    assert all(kind_of(text).why == FORWARDED for text in _FORWARDED)


def test_work_told_with_two_people_at_its_end_asks_nothing():
    assert kind_of("rapat koordinasi dgn kabid atau kasubbag", logging=True).kind is EntryKind.report


def test_an_order_asked_of_someone_with_a_count_is_no_work_told():
    assert kind_of("tolong siapkan 5 berkas utk rapat").kind is not EntryKind.report


def test_the_route_eval_counts_a_change_asked_to_a_named_record_a_question():
    from evals.year_evals import route_of

    asked = kind_of("hapus catatan rabu yg soal rapat anggaran, dobel")
    assert asked.why == RECORD_CHANGE and route_of(asked) == "question"
    assert route_of(kind_of("yg barusan itu salah")) == "unclear"


def test_a_forwarded_report_a_question_without_a_mark_and_a_blocked_trip_are_never_kept(engine):
    for text in (_FORWARDED[0], "tolong kasih tau cara hapus bukti dukung yg salah upload",
                 "kalau kegiatan hari sabtu tetap dicatat atau jangan", "perjadin ke makassar 4 hari, ga bisa isi logbook",
                 "laptop sy rusak kemarin jd file laporan ga ada"):
        reply = said(engine.handle("u1", text))
        assert not engine.state("u1").year.entries and "Dicatat" not in reply, (text, reply)


def test_things_not_in_yet_are_said_to_wait_and_never_kept(engine):
    reply = said(engine.handle("u1", "berkas 5 pegawai blm lengkap, lagi dikejar"))
    assert not engine.state("u1").year.entries and "menunggu" in reply, reply


def test_someone_elses_report_pasted_is_said_to_be_theirs_never_checked_as_an_iki(engine):
    reply = said(engine.handle("u1", _FORWARDED[0]))
    assert not engine.state("u1").year.entries and "pesan orang lain" in reply and "IKI" not in reply, reply


def test_a_member_reporting_to_the_leader_pasted_is_kept(engine):
    reply = said(engine.handle("u1", "[05/03 14:10] Agus Kepegawaian: Lapor bu, 20 berkas usulan KP sdh diverifikasi"))
    assert len(engine.state("u1").year.entries) == 1 and "Dicatat" in reply, reply
