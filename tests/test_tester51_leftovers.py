"""tester51's leftovers (a hemodialysis nurse's year, a Poltekkes leader), each replayed through the engine as the
user typed it."""

import pytest

from tests.agreed_year import agreed, agreed_then, sqlite_engine
from tests.talk import prima_at_step_m, said


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


@pytest.mark.parametrize("typed", ["sy cuti tgl 20 sampe 24 april, jgn diingetin ya", "cuti dari tgl 20 ke 24 april",
                                   "sy cuti 20 s.d. tgl 24 april"])
def test_leave_said_with_the_usual_range_words_is_set_never_kept_as_work(engine, at, typed):
    # P1-13: «sy cuti tgl 20 sampe 24 april» got «Pengingat mana yang diatur?» while «sy cuti 20-24 april» worked
    agreed_then(engine, at, "2026-04-06T10:00", "ingetin sy nyatet tiap hari kerja jam 4 sore", "2026-04-06T10:05")
    engine.handle("u1", typed)
    assert not engine.state("u1").year.entries
    assert "Cuti: 20 Apr–24 Apr" in said(engine.handle("u1", "/pengingat"))


NURSE = """1. Persentase pasien HD yang tidak mengalami komplikasi intradialisis - 95%
2. Persentase akses vaskular (AV shunt) pasien HD yang terpantau tanpa infeksi - 98%
3. Jumlah pasien HD yang mendapat edukasi pembatasan cairan - 120 orang"""


def test_a_line_is_filed_under_the_stage_running_in_its_month_over_a_named_one_that_does_not(engine, at):
    # P1-10: «… lapor dokter» on 4 Feb went to «Pelaporan capaian … per triwulan» (Mar, Jun, Sep, Des), whose words
    # it shares, instead of the pelaksanaan stage running in February
    at("2026-01-20T10:00")
    agreed(engine, skp=NURSE)
    engine.handle("u1", "/rencana")
    engine.press("u1", "year:rencana:accept")
    at("2026-02-04T10:00")
    told = said(engine.handle("u1", "pantau av shunt 10 px, 1 ada tanda infeksi lapor dokter"))
    assert "Tahap: Pemantauan akses vaskular (AV shunt) pasien HD TW I" in told, told
    at("2026-03-30T10:00")  # in a month the reporting stage runs, its words still name it
    told = said(engine.handle("u1", "lapor capaian pemantauan av shunt TW I ke kepala ruangan"))
    assert "Tahap: Pelaporan capaian pemantauan akses vaskular" in told, told


def test_a_upt_leader_finding_no_ikk_is_pointed_to_the_guidance_on_a_upt_without_ikk(engine):
    # P2-1: a Poltekkes Kabag got only «Tidak ada indikator Renstra …»; the passage on a UPT without IKK of its own
    # was left under «Bacaan lain» of a later question
    told = said(engine.handle("u1", "sy kabag di poltekkes, mau tanya IKK apa yg cocok utk tim akademik dan "
                                    "kemahasiswaan?"))
    assert "Tidak ada indikator Renstra" in told and "kabag" not in told and "mau tanya" not in told, told
    assert "unit Eselon I wajib menurunkan indikatornya" in told, told
    assert "/tanya Bagaimana kalau UPT saya tidak punya IKK di Renstra?" in told
    told = said(engine.handle("u1", "/ikk pengelolaan kebun kantor"))  # no UPT named: no UPT hint
    assert "Tidak ada indikator Renstra" in told and "UPT" not in told, told


def test_a_nurses_pasted_state_iki_get_plain_rhk_and_a_count_of_passes_is_kuantitas(engine):
    # P1-11: «Pasien HD tidak mengalami komplikasi intradialisis sesuai ketentuan» (a state takes no qualifier), and
    # «Jumlah pasien HD yang lulus evaluasi …» got aspek Kualitas
    replies = engine.handle("u1", "ini SKP saya:\n" + NURSE + "\n4. Jumlah pasien HD yang lulus evaluasi adekuasi "
                                  "dialisis 120 orang")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Simpan 4" in b.label))
    told = said(engine.handle("u1", "/skp"))
    assert "RHK: Pasien HD tidak mengalami komplikasi intradialisis\n" in told, told
    assert "RHK: Akses vaskular (AV shunt) pasien HD terpantau tanpa infeksi\n" in told, told
    assert "Target 120 orang · jenis belum diisi · bobot belum diisi · aspek Kuantitas\n   RHK: Pasien HD lulus" in told
    assert "mendapat edukasi pembatasan cairan sesuai ketentuan" in told  # a service given keeps its qualifier


def test_an_activity_without_a_starting_point_is_not_named_again_once_she_wrote_its_iki(engine):
    # P1-11: «Belum ada titik awal untuk «…»» kept being repeated in step 4 after the user wrote that IKI herself
    from tests.test_fix15a import STRATEGY

    assert "Belum ada titik awal untuk «penyelenggaraan makanan" in said(prima_at_step_m(engine, "u1", STRATEGY))
    engine.handle("u1", "Persentase makanan pasien rawat inap yang disajikan sesuai diet dokter, 95%")
    engine.press("u1", "prima:nobaseline")
    engine.press("u1", "prima:jenis:core_tusi")
    told = said(engine.handle("u1", "40"))
    assert "Tulis IKI ke-2" in told and "Belum ada titik awal" not in told, told
    assert not engine.state("u1").prima.unproposed


def test_proposals_taken_with_their_targets_say_step_4_asks_the_rest_right_below():
    # P1-11: «Bagian lainnya saya tanyakan di langkah 4» said in the reply that opens step 4 itself
    from tests.test_prima_follows_user import at

    engine = at("R")
    engine.handle("u", "verifikasi berkas usulan kenaikan pangkat, monev penyelesaian SK pensiun")
    engine.press("u", "prima:back")
    told = said(engine.handle("u", "pakai usulanmu aja. target 80%, 70%, IP ASN 80"))
    assert "Bagian lainnya saya tanyakan satu per satu di langkah 4 di bawah ini." in told, told
    assert "Langkah 4 dari 5" in told and engine.state("u").prima.step == "M"
