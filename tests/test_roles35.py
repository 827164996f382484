"""Who the user is (roles35): a kepala ruangan, kepala instalasi or kepala seksi leads a team inside a unit, as a Ketua
Tim does, never the unit's head; the jenis question, the count asked and the MPPH's members fit the role told; a
self-introduction right after «halo» is greeted once."""

import pytest

from bot.models import Jenis, Peran
from bot.sheets.tables import role_in
from tests.talk import labels, said, typed


@pytest.mark.parametrize(("jabatan", "role"), [
    ("Kepala Ruangan ICU", Peran.ketua_tim),
    ("Perawat Ahli Muda (Kepala Ruang Rawat Inap Anak)", Peran.ketua_tim),
    ("Kepala Instalasi Farmasi", Peran.ketua_tim),
    ("Kepala Seksi Pelayanan Medik", Peran.ketua_tim),
    ("Kasi Yanmed", Peran.ketua_tim),
    ("Kepala Balai Labkesmas Makassar", Peran.pimpinan_unit),
    ("Kepala Pusat Data dan Teknologi Informasi", Peran.pimpinan_unit),
    ("Direktur Imunisasi", Peran.pimpinan_unit),
    ("Analis SDM Aparatur Ahli Muda", None),
])
def test_a_jabatan_names_the_role_by_the_words_after_kepala(jabatan, role):
    assert role_in(jabatan) is role


@pytest.mark.parametrize("intro", ["sy kepala ruangan ICU", "saya kepala instalasi farmasi RS vertikal",
                                   "sy kepala seksi pelayanan medik"])
def test_a_middle_leader_introduced_is_kept_as_a_ketua_tim(engine, intro):
    replies = engine.handle("r1", intro)
    assert engine.state("r1").skp.peran is Peran.ketua_tim
    assert "Ketua Tim" in said(replies) and "Pimpinan Unit" not in said(replies)
    assert "Perjanjian Kinerja unit" not in said(replies)  # the unit leaders' rules are not theirs


def test_a_unit_head_introduced_is_still_a_pimpinan_unit(engine):
    engine.handle("r2", "sy kepala balai labkesmas")
    assert engine.state("r2").skp.peran is Peran.pimpinan_unit


def test_a_middle_leaders_jabatan_in_the_profile_makes_a_ketua_tim(engine):
    engine.handle("r3", "/profil")
    replies = engine.handle("r3", "Nama Sari NIP 198304112009122002 jabatan Kepala Ruangan ICU atasan Kepala Bidang "
                                  "Keperawatan")
    assert engine.state("r3").skp.peran is Peran.ketua_tim and "Pimpinan Unit" not in said(replies)


def _at_jenis(engine, user: str, intro: str):
    typed(engine, user, intro, "Persentase realisasi anggaran unit kerja")
    engine.press(user, "save")
    return typed(engine, user, "96", "belum ada data awal")


def test_a_unit_leader_is_not_offered_the_members_mandatory_jenis(engine):
    replies = _at_jenis(engine, "r4", "sy kepala balai labkesmas")
    assert "Jenis IKI ini?" in said(replies)
    assert "Core MI" not in labels(replies) and {"Core CL", "Core TUSI", "Beyond"} <= set(labels(replies))
    assert "wajib bagi semua pegawai" not in said(replies) and "90%" not in said(replies)


def test_a_unit_leaders_weight_is_not_suggested_from_the_members_table(engine):
    _at_jenis(engine, "r5", "sy kepala balai labkesmas")
    replies = engine.handle("r5", "3")  # the third button shown: Beyond, never Core MI
    assert engine.state("r5").fill.current.jenis is Jenis.beyond
    assert "Bobot IKI ini" in said(replies) and not any(label.startswith("Pakai saran") for label in labels(replies))


def test_a_ketua_tim_is_offered_every_jenis(engine):
    replies = _at_jenis(engine, "r6", "sy kepala ruangan ICU")
    assert {"Core CL", "Core TUSI", "Core MI", "Beyond"} <= set(labels(replies))


def test_a_direct_cascade_says_tusi_at_its_share(engine):
    typed(engine, "r7", "sy ketua tim, ada cascade langsung", "Persentase realisasi anggaran unit kerja")
    engine.press("r7", "save")
    replies = typed(engine, "r7", "96", "belum ada data awal")
    assert engine.state("r7").skp.cascading_langsung
    assert "40% karena Anda punya cascading langsung" in said(replies) and "atau 90%" not in said(replies)


def test_a_self_introduction_right_after_a_greeting_is_greeted_once(engine):
    assert said(engine.handle("r8", "halo")).startswith("Halo!")
    replies = engine.handle("r8", "sy kepala ruangan ICU")
    assert "Halo" not in said(replies) and "/mpph" in said(replies)


def test_a_self_introduction_later_on_is_greeted(engine):
    typed(engine, "r9", "halo", "apa itu IKI?")
    assert said(engine.handle("r9", "sy arsiparis di biro umum")).startswith("Halo!")


@pytest.mark.parametrize(("messages", "heard"), [
    (["brp iki minimal utk sy sbg ketua tim?"], "Sebagai ketua tim"),
    (["sy kepala balai, apa tetap max 10 iki?"], "Perjanjian Kinerja (PK) unit"),
    (["sy kepala balai labkesmas", "apa tetap max 10 iki?"], "jumlahnya mengikuti PK"),
    (["sy kepala ruangan ICU", "apa tetap max 10 iki?"], "Sebagai ketua tim"),
])
def test_the_count_asked_is_answered_for_the_role_known(engine, messages, heard):
    replies = typed(engine, "c1", *messages)
    assert heard in said(replies)


def test_the_count_asked_with_no_role_known_is_the_guidance_answer(engine):
    replies = engine.handle("c2", "brp iki minimal?")
    assert "Pegawai non pimpinan" in said(replies) and "Sebagai" not in said(replies)


def test_a_weight_asked_with_a_limit_word_is_no_count(engine):
    replies = typed(engine, "c3", "sy kepala balai labkesmas", "berapa bobot max iki beyond?")
    assert "mengikuti PK" not in said(replies)


@pytest.mark.parametrize(("message", "names"), [
    ("anggota sy Rina, Dodi, Sari", ["Rina", "Dodi", "Sari"]),
    ("sy kepala ruangan ICU, anggota sy Rina, Dodi sm Sari", ["Rina", "Dodi", "Sari"]),
    ("sy kepala balai, katim sy ada 2: Rina sm Dodi", ["Rina", "Dodi"]),
    ("anggota tim saya ada 3 orang: Rina, Dodi dan Sari", ["Rina", "Dodi", "Sari"]),
])
def test_the_team_named_is_kept_for_the_mpph(engine, message, names):
    replies = engine.handle("t1", message)
    assert engine.state("t1").team_named == names
    assert "Pakai usulan 1" not in labels(replies) and "siap membantu menyusun SKP Anda" not in said(replies)


@pytest.mark.parametrize("message", ["anggota sy ngurus arsip", "anggota sy siapa aja?", "tim saya 14 apoteker"])
def test_no_team_named_without_names(engine, message):
    engine.handle("t2", message)
    assert engine.state("t2").team_named == []


def test_a_member_naming_a_team_is_kept_as_a_ketua_tim(engine):
    engine.handle("t3", "anggota sy Rina, Dodi, Sari")
    assert engine.state("t3").skp.peran is Peran.ketua_tim


def test_the_mpph_roles_step_names_the_team_told(engine):
    replies = typed(engine, "t4", "sy kepala ruangan ICU, anggota sy Rina, Dodi sm Sari", "/mpph",
                    "Jumlah pasien ICU yang dilayani; 1200 pasien")
    replies = engine.press("t4", "mpph:method:kuantitatif")
    assert "Rina, Dodi dan Sari" in said(replies) and "Ketua Timja" not in said(replies)
    replies = typed(engine, "t4", "bagi rata", "selesai")
    assert [role.pegawai for role in engine.state("t4").mpph.indicators[0].peran] == ["Rina", "Dodi", "Sari"]
    assert "Rina (Anggota)" in said(replies) and "target 400" in said(replies)


def test_an_audited_kepala_ruangan_is_held_to_the_members_count(tmp_path):
    # roles35 #1: the audit read «Kepala Ruangan ICU» from the jabatan as a unit leader, so 3 IKI were never flagged
    from bot.audit.checking import audit
    from bot.audit.sheet_reading import read_export
    from tests.test_audit import GOOD, write_csv

    header = ["NIP", "Nama", "Unit Kerja", "Jabatan", "Indikator Kinerja Individu", "Target", "Jenis IKI", "Bobot"]
    rows = [["1001", "Sari", "RSUP", "Kepala Ruangan ICU", text, "100%", "TUSI", 30] for text in GOOD[1:4]]
    rows += [["1002", "Fitri", "Balai", "Kepala Balai", text, "100%", "TUSI", 30] for text in GOOD[1:4]]
    employees, report = read_export(write_csv(tmp_path / "u.csv", header, rows))
    result = {e.nama: e for e in audit(employees, report).employees}
    assert (result["Sari"].peran, result["Fitri"].peran) == ("ketua_tim", "pimpinan_unit")
    assert result["Sari"].count_flag and not result["Fitri"].count_flag


def test_a_unit_leaders_weights_asked_are_not_measured_against_the_members_table(engine):
    _at_jenis(engine, "w1", "sy kepala balai labkesmas")
    engine.handle("w1", "2")  # Core TUSI
    replies = engine.handle("w1", "sisa bobotnya brp ya? 30 boleh?")
    assert "menurut panduan" not in said(replies) and "mengikuti PK" in said(replies)
