"""/rhk on an agreed SKP: the IKI it saves is a perubahan SKP, and the version its offer names is the one recorded,
whichever way the reason is given (rhk51)."""

import pytest

from tests.agreed_year import agreed_then, sqlite_engine
from tests.talk import press, said, typed

RHK = "/rhk Telaahan hukum atas permintaan unit kerja diselesaikan sesuai standar"
IKI = "Jumlah telaahan hukum yang dibuat"


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


def test_an_rhk_saved_the_day_of_a_perubahan_names_no_version_until_its_reason_decides(engine, at):
    # «Simpan ke SKP sebagai perubahan SKP versi 2?», then «Alasan lain» and a reason recorded version 3
    replies = agreed_then(engine, at, "2026-03-12T09:00", "/ubah 3 target 160 SK, direktif pimpinan")
    assert "versi 2" in said(replies)
    replies = typed(engine, "u1", "lewati", RHK, IKI)
    assert "Simpan ke SKP sebagai perubahan SKP? " in said(replies) and "versi 2" not in said(replies)
    replies = press(engine, "u1", replies, "Simpan ke draf")
    assert "Alasan perubahan ini sama" in said(replies)
    replies = press(engine, "u1", press(engine, "u1", replies, "Alasan lain"), "struktur")
    assert "Perubahan SKP dicatat: versi 3" in said(replies)
    assert [v.number for v in engine.state("u1").year.versions] == [1, 2, 3]


def test_an_rhk_offered_on_a_later_day_names_the_next_version_and_records_it(engine, at):
    agreed_then(engine, at, "2026-03-02T09:00", "/ubah 3 target 160 SK, direktif pimpinan", "lewati")
    at("2026-03-12T09:00")
    replies = typed(engine, "u1", RHK, IKI)
    assert "Simpan ke SKP sebagai perubahan SKP versi 3?" in said(replies)
    replies = press(engine, "u1", replies, "Simpan ke draf")
    replies = press(engine, "u1", replies, "strategi")
    assert "Perubahan SKP dicatat: versi 3" in said(replies)


def test_an_rhk_offered_right_after_tetapkan_is_a_perubahan_never_the_draft(engine, at):
    replies = agreed_then(engine, at, "2026-03-12T09:00",
                          "/rhk Persentase pegawai yang menerima SK kenaikan pangkat tepat waktu")
    assert "ke SKP sebagai perubahan SKP versi 2?" in said(replies) and "ke draf SKP" not in said(replies)


def test_a_ketua_s_rhk_iki_saved_with_its_target_typed_beside_the_reason_is_not_asked_it_again(engine, at):
    # played as a Ketua Tim: «ini arahan kapus minggu lalu, targetnya 95%» kept 95% only in the explanation, and the
    # target was asked next
    replies = agreed_then(engine, at, "2026-03-12T09:00",
                          "/rhk Meningkatnya cakupan imunisasi dasar lengkap di kabupaten/kota lokus")
    replies = press(engine, "u1", press(engine, "u1", replies, "Saya pegang semua"), "Simpan usulan 1")
    assert "Apa alasannya?" in said(replies)
    text = said(engine.handle("u1", "ini arahan kapus minggu lalu, targetnya 95%"))
    assert "Perubahan SKP dicatat: versi 2" in text and "Target 95% tercatat" in text
    assert "Target satu tahun" not in text and "data awal" in text
    assert engine.state("u1").skp.iki[3].target == "95%"
    assert engine.state("u1").year.versions[-1].skp.iki[3].target == "95%"
