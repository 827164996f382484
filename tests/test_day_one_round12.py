"""Day-one conversations a user finishes (issue 16, twelfth round): a request for more or fewer suggestions is
understood, never «… itu maksudnya apa?»."""

import pytest

from bot.conversation.count_asked import count_asked
from tests.talk import labels, said


@pytest.mark.parametrize("text, more, wanted", [
    ("kok cuma 3? sy minta 10", True, 10),
    ("usulannya kurang banyak", True, None),
    ("minta usulan lain dong", True, None),
    ("kebanyakan, 3 aja", False, 3),
])
def test_a_request_for_more_or_fewer_suggestions_is_read(text, more, wanted):
    asked = count_asked(text, shown=3)
    assert asked is not None and (asked.more, asked.wanted) == (more, wanted)


@pytest.mark.parametrize("text", ["sy mau 2", "cuma 80%", "cuma 80 aja targetnya", "oke 90", "95 90 85",
                                  "minta IKI buat pengadaan barang", "yaudah yg 3 itu masukin semua",
                                  "kalau cuma 1 IKI gmn?", "gimana kalau IKI nya cuma 3?"])
def test_a_pick_a_value_or_work_is_no_request_for_a_count(text):
    assert count_asked(text, shown=3) is None


def test_more_suggestions_asked_under_the_suggestions_says_how_many_and_how_to_get_more(engine):
    engine.handle("u", "sy ngurus RKA K/L sama revisi anggaran")
    shown = len(engine.state("u").candidates)
    replies = engine.handle("u", "kok cuma 3? sy minta 10")
    text = said(replies)
    assert "maksudnya apa" not in text
    assert f"Usulan di atas ada {shown}" in text and "5–10 IKI" in text and "tugas Anda yang lain" in text
    assert len(engine.state("u").candidates) == shown and "Pakai usulan 1" in labels(replies)  # still to pick
    assert engine.state("u").skp.iki == []


def test_a_case_asked_under_the_suggestions_is_answered_from_the_guidance(engine):
    # tester11 #14: «kalau cuma 1 IKI gmn?» under /cek's suggestions was answered about the asker's own empty draft.
    engine.handle("u", "/cek Persentase kabupaten/kota yang melaksanakan BIAS campak-rubela sesuai jadwal")
    text = said(engine.handle("u", "kalau cuma 1 IKI gmn?"))
    assert "Draf Anda" not in text and "Usulan di atas" not in text and "kurang dari 5" in text


def _one_iki(engine, user: str, text: str) -> None:
    engine.handle(user, f"/cek {text}")
    engine.press(user, "fill:save")
    engine.handle(user, "/batal")
    assert [i.indikator for i in engine.state(user).skp.iki] == [text]


def test_shorten_asked_under_the_edit_menu_proposes_a_shorter_wording_the_rules_pass(engine):
    _one_iki(engine, "s", "Persentase RKA K/L yang dikelola dan memenuhi standar mutu yang ditetapkan")
    engine.handle("s", "/ubah 1")
    proposed = said(engine.handle("s", "kata2nya kepanjangan, singkatin"))
    assert "«Persentase RKA K/L yang memenuhi standar mutu»" in proposed and "pedoman" not in proposed
    engine.handle("s", "sip")
    assert engine.state("s").skp.iki[0].indikator == "Persentase RKA K/L yang memenuhi standar mutu"


def test_shorten_with_nothing_to_drop_names_the_parts_to_keep_and_takes_the_next_wording(engine):
    _one_iki(engine, "t", "Persentase revisi anggaran yang diselesaikan tepat waktu")
    engine.handle("t", "/ubah 1")
    replied = said(engine.handle("t", "bisa dipersingkat?"))
    assert "«revisi anggaran»" in replied and "«diselesaikan tepat waktu»" in replied
    engine.handle("t", "Persentase revisi anggaran tepat waktu")
    assert engine.state("t").skp.iki[0].indikator == "Persentase revisi anggaran tepat waktu"


def test_a_yes_typed_for_the_new_wording_keeps_the_iki_never_becomes_its_text(engine):
    _one_iki(engine, "v", "Persentase revisi anggaran yang diselesaikan tepat waktu")
    engine.handle("v", "/ubah 1")
    engine.handle("v", "bisa dipersingkat?")
    assert "tetap" in said(engine.handle("v", "sip"))
    assert engine.state("v").skp.iki[0].indikator == "Persentase revisi anggaran yang diselesaikan tepat waktu"
    assert engine.state("v").edit is None


@pytest.mark.parametrize("text, work", [("yg input SILK ada ga iki nya", "yg input SILK"),
                                        ("yg verifikasi SPJ ada iki nya ga kak", "yg verifikasi SPJ")])
def test_work_closed_by_a_question_for_its_iki_in_one_clause_is_drafted_from(text, work):
    from bot.conversation.intent import work_asking_iki

    assert work_asking_iki(text) == work


@pytest.mark.parametrize("text", ["skp sy ada berapa iki nya", "kalau IKI beyond ada ga", "ada iki nya ga"])
def test_a_question_of_its_own_is_no_work_asking_for_iki(text):
    from bot.conversation.intent import work_asking_iki

    assert work_asking_iki(text) is None


def test_a_task_passed_over_asked_again_gets_its_suggestions(engine):
    engine.handle("w", "sy analis lab, kerjaan sy periksa sampel TB sama malaria, input hasil ke SILK")
    engine.handle("w", "pakai usulan 1")
    engine.handle("w", "Selesai dulu")
    replies = engine.handle("w", "yg input SILK ada ga iki nya")
    assert "SILK" in said(replies) and "Pakai usulan 1" in labels(replies)


def test_a_guidance_question_in_one_clause_is_no_work_asking_for_iki():
    from bot.conversation.intent import work_asking_iki

    assert work_asking_iki("tugas tambahan dari atasan masuk ke jenis IKI apa?") is None


def test_a_request_for_iki_while_a_field_is_asked_is_answered_then_the_field_asked_again(engine):
    engine.handle("k", "indikator tim sy persentase kab/kota yg melaporkan kasus campak tepat waktu, target 90")
    field = engine.state("k").fill.field
    text = said(engine.handle("k", "bikinin iki buat sy dong"))
    assert "harus berupa angka" not in text and "Ceritakan pekerjaan Anda" in text
    assert engine.state("k").fill.field == field  # the question still open, asked again
