"""A perubahan SKP undone whole the day it was recorded («Urungkan» after /buang, «undo» after /ubah): its version
goes and the SKP is the one agreed before it, never a new perubahan asking the reason of the undo (rhk51)."""

import pytest

from tests.agreed_year import agreed_then, sqlite_engine
from tests.talk import press, said, typed


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


def test_urungkan_after_a_buang_recorded_takes_its_version_back(engine, at):
    replies = agreed_then(engine, at, "2026-03-12T09:00", "/buang 2",
                          "sy dipindah ke tim kepegawaian lain, IKI ini udah ga dikerjain")
    assert "Perubahan SKP dicatat: versi 2" in said(replies) and "SKP sekarang:" in said(replies)
    replies = press(engine, "u1", replies, "Urungkan")
    text = said(replies)
    assert "Perubahan SKP versi 2 dibatalkan: SKP kembali seperti versi 1." in text
    assert "Alasan" not in text and "SKP kembali berisi 3 IKI" in text and "Draf" not in text
    state = engine.state("u1")
    assert [v.number for v in state.year.versions] == [1] and len(state.skp.iki) == 3 and state.year_ask is None


def test_undo_after_an_ubah_recorded_takes_its_version_and_its_explanation_question_back(engine, at):
    replies = agreed_then(engine, at, "2026-03-12T09:00", "/ubah 3 target 160 SK, direktif pimpinan")
    assert "Tulis penjelasan singkatnya" in said(replies)
    text = said(engine.handle("u1", "undo"))
    assert "IKI 3 kembali seperti sebelumnya" in text and "versi 2 dibatalkan" in text
    state = engine.state("u1")
    assert [v.number for v in state.year.versions] == [1] and state.year_ask is None
    assert state.skp.iki[2].target == "150 SK"


def test_a_change_undone_on_a_later_day_is_a_perubahan_of_its_own(engine, at):
    agreed_then(engine, at, "2026-03-02T09:00", "/ubah 3 target 160 SK, direktif pimpinan", "lewati")
    at("2026-03-12T09:00")
    replies = typed(engine, "u1", "/ubah 3 target 150 SK")
    assert "Apa alasannya?" in said(replies)
    assert [v.number for v in engine.state("u1").year.versions] == [1, 2]


@pytest.mark.parametrize("how", ["button", "/batal"])
def test_batal_under_the_target_asked_after_a_new_text_keeps_that_text_and_says_so(engine, at, how):
    # played as a staff member: «/ubah 1 jadi: Persentase …» (a count made a rate) asked a new target; «Batal» said
    # «Tidak ada yang diubah.», though the text had changed and became version 2
    replies = agreed_then(engine, at, "2026-03-12T09:00", "/ubah 1 jadi: Persentase berkas usulan kenaikan pangkat "
                          "yang lengkap dan diusulkan ke BKN tepat waktu")
    replies = press(engine, "u1", replies, "strategi")
    assert "Targetnya belum cocok dengan ukuran yang baru" in said(replies)
    if how == "button":  # (the question shows its button once an answer is refused)
        replies = press(engine, "u1", engine.handle("u1", "lewati"), "Batal")
    else:
        replies = engine.handle("u1", "/batal")
    text = said(replies)
    assert "Target IKI 1 tetap 600 berkas; perubahan sebelumnya tetap tersimpan." in text
    assert "Tidak ada yang diubah" not in text and "draf tidak diubah" not in text
    assert "Perubahan SKP dicatat: versi 2 (Perubahan strategi organisasi" in text
    state = engine.state("u1")
    assert state.skp.iki[0].indikator.startswith("Persentase berkas") and state.year.versions[-1].number == 2
