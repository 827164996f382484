"""The year's records put right as the user meant (tester53 persona 1): a correction hits the entry just kept, an
older one only when named and never silently once its quarter is reported; a realisasi paste keeps the lines read;
«kenapa IKI 2 merah» answered from the record."""


import pytest

from bot.conversation.year_evidence import evidence_item
from tests.agreed_year import agreed_over, steps_taken
from tests.talk import labels, press, said

FISIO = """1. Jumlah pasien stroke yang mendapat terapi fisioterapi sesuai standar - 300 pasien
2. Persentase pasien rehab medik yang mencapai target fungsional - 80%
3. Jumlah pasien pasca operasi lutut yang mampu berjalan mandiri saat pulang - 40 pasien
4. Persentase pasien anak cerebral palsy yang mencapai target GMFM sesuai rencana terapi - 70%"""


@pytest.fixture(name="engine")
def fisio_engine(tmp_path, at):
    yield from agreed_over(tmp_path, at, skp=FISIO, day="2026-01-20T09:00")


def _entry(engine, entry_id, user="u1"):
    return next(e for e in engine.state(user).year.entries if e.id == entry_id)


def test_a_correction_right_after_an_entry_puts_that_entry_right_not_an_older_one(engine, at):
    steps_taken(engine, at, "2026-05-20T15:00", "hari ini 15 pasien stroke terapi, 3 diantaranya pasien baru",
                "2026-10-07T15:00", "hari ini terapi 6 px stroke di poli rehab")
    replies = engine.handle("u1", "eh salah 8 pasien")
    assert _entry(engine, "c2").quantity == 8, said(replies)
    assert _entry(engine, "c1").quantity == 15
    assert "c2" in said(replies) and len(engine.state("u1").year.entries) == 2


def test_bukan_the_number_just_kept_under_another_noun_puts_it_right(engine, at):
    steps_taken(engine, at, "2026-02-03T15:00", "hari ini terapi 6 px stroke di poli rehab")
    replies = engine.handle("u1", "eh salah, tadi 8 pasien bukan 6")
    assert _entry(engine, "c1").quantity == 8, said(replies)
    assert "8 px" in _entry(engine, "c1").text


def test_two_entries_holding_the_number_the_fresh_one_is_meant(engine, at):
    steps_taken(engine, at, "2026-02-02T15:00", "hari ini terapi 6 px stroke di poli rehab",
                "2026-02-03T15:00", "terapi 6 px stroke pagi ini")
    replies = engine.handle("u1", "eh salah 8 bukan 6")
    assert _entry(engine, "c2").quantity == 8, said(replies)
    assert _entry(engine, "c1").quantity == 6


def test_a_bare_new_number_after_a_correction_word_is_the_last_entrys_count(engine, at):
    steps_taken(engine, at, "2026-02-03T15:00", "hari ini terapi 6 px stroke di poli rehab")
    replies = engine.handle("u1", "eh typo, harusnya 8")
    assert _entry(engine, "c1").quantity == 8, said(replies)


def test_an_older_entry_named_in_a_reported_quarter_is_asked_before_it_changes(engine, at):
    steps_taken(engine, at, "2026-05-20T15:00", "hari ini 15 pasien stroke terapi, 3 diantaranya pasien baru",
                "2026-07-01T09:00", "IKI 1: 160 pasien", "2026-10-07T15:00", "rapat komite medik bahas SPO rehab")
    replies = engine.handle("u1", "eh salah, yg 20 mei itu 16 pasien")
    assert _entry(engine, "c1").quantity == 15, said(replies)
    assert "TW II" in said(replies) and "sudah dilaporkan" in said(replies)
    press(engine, "u1", replies, "Ya, ubah c1")
    assert _entry(engine, "c1").quantity == 16


def test_a_bukti_path_under_which_entry_question_keeps_the_question(engine, at):
    replies = steps_taken(engine, at, "2026-02-02T15:00", "hari ini terapi 6 px stroke di poli rehab",
                          "2026-02-03T15:00", "terapi 6 px stroke pagi ini",
                          "2026-02-04T15:00", "rapat komite medik bahas SPO rehab", "eh salah 8 bukan 6")
    assert "yang mana" in said(replies)
    asked = labels(replies)
    replies = engine.evidence("u1", evidence_item("photo", name="terapi_0203.jpg"))
    assert "dilampirkan ke catatan c3" in said(replies)
    assert "yang mana" in said(replies) and labels(replies) == asked
    press(engine, "u1", replies, "c2")
    assert _entry(engine, "c2").quantity == 8 and _entry(engine, "c1").quantity == 6


def test_a_realisasi_paste_keeps_the_lines_read_and_asks_the_one_not_read(engine, at):
    replies = steps_taken(engine, at, "2026-07-01T09:00",
                          "IKI 1: 160 pasien\nIKI 2 78%\nIKI 3 sesuai target")
    kept = {r.iki: r.value for r in engine.state("u1").year.realisasi if r.quarter == 2}
    skp = engine.state("u1").skp
    assert kept.get(skp.iki[0].indikator) == 160 and kept.get(skp.iki[1].indikator) == 78, said(replies)
    assert "IKI 3: berapa realisasinya" in said(replies)
    assert "/ubah" not in said(replies)


def test_the_figure_typed_after_a_line_not_read_is_that_iki_s(engine, at):
    steps_taken(engine, at, "2026-07-01T09:00", "IKI 1: 160 pasien\nIKI 2 78%\nIKI 3 sesuai target")
    replies = engine.handle("u1", "12")
    kept = {r.iki: r.value for r in engine.state("u1").year.realisasi if r.quarter == 2}
    assert kept.get(engine.state("u1").skp.iki[2].indikator) == 12, said(replies)


def test_one_figure_beside_a_line_not_read_is_kept_and_the_other_asked(engine, at):
    replies = steps_taken(engine, at, "2026-07-01T09:00", "IKI 3 sesuai target\nIKI 4 19%")
    kept = {r.iki: r.value for r in engine.state("u1").year.realisasi if r.quarter == 2}
    assert kept.get(engine.state("u1").skp.iki[3].indikator) == 19, said(replies)
    assert "IKI 3: berapa realisasinya" in said(replies)


def test_a_field_given_per_iki_is_no_realisasi_paste(engine, at):
    replies = steps_taken(engine, at, "2026-07-01T09:00", "IKI 1 target 320 pasien\nIKI 3 target 45 pasien")
    assert not engine.state("u1").year.realisasi, said(replies)
    replies = steps_taken(engine, at, "IKI 1 biarin, ajukan aja\nIKI 2 90%")
    assert not engine.state("u1").year.realisasi, said(replies)


def test_why_an_iki_is_flagged_is_answered_from_its_quarter_plan_and_realisasi(engine, at):
    steps_taken(engine, at, "2026-10-01T09:00", "IKI 2 70%", "/capaian")
    replies = engine.handle("u1", "kenapa iki 2 merah")
    assert "Tidak ada temuan" not in said(replies)
    assert "TW III" in said(replies) and "70%" in said(replies) and "rencana" in said(replies)


def test_why_an_iki_on_track_is_flagged_says_it_is_not(engine, at):
    steps_taken(engine, at, "2026-10-01T09:00", "IKI 2 85%")
    replies = engine.handle("u1", "knp IKI 2 di bawah trajektori?")
    assert "tidak tertinggal" in said(replies) and "85%" in said(replies)


def test_two_counts_the_second_improved_are_a_rate_toward_an_iki_of_reaching_a_target(engine, at):
    replies = steps_taken(engine, at, "2026-08-18T16:00", "tadi sore evaluasi GMFM 4 anak CP, 3 naik skornya")
    entry = _entry(engine, "c1")
    assert entry.rate == (3, 4), said(replies)
    assert "Nilai belum terbaca" not in said(replies)


def test_two_counts_the_second_no_improvement_still_ask(engine, at):
    replies = steps_taken(engine, at, "2026-08-18T16:00", "tadi sore evaluasi GMFM 4 anak CP, 1 pindah RS")
    assert _entry(engine, "c1").rate is None, said(replies)


def test_a_count_told_with_a_time_word_under_an_agreed_skp_is_kept_as_work(engine, at):
    replies = steps_taken(engine, at, "2026-05-20T15:00", "Jumlah pasien TKR jalan mandiri minggu ini: tujuh")
    assert "Simpan ke" not in said(replies) and "perubahan" not in said(replies), said(replies)
    assert engine.state("u1").year.entries and len(engine.state("u1").skp.iki) == 4


def test_a_stale_button_number_under_an_agreed_skp_offers_no_january_list(engine, at):
    replies = steps_taken(engine, at, "2026-02-04T15:00", "hari ini terapi 6 px stroke di poli rehab", "/catatan", "#9")
    assert "Daftar IKI terakhir" not in said(replies) and "simpan yang lolos" not in said(replies), said(replies)
    assert "/catatan" in said(replies)


def test_an_older_count_in_words_in_a_reported_quarter_is_not_changed_in_passing(engine, at):
    steps_taken(engine, at, "2026-05-18T15:00", "hari ini terapi dua belas pasien stroke",
                "2026-07-01T09:00", "IKI 1: 160 pasien", "2026-10-07T15:00", "rapat komite medik bahas SPO rehab")
    replies = engine.handle("u1", "bukan 12 tapi 13")
    assert _entry(engine, "c1").quantity == 12, said(replies)
    assert "sudah dilaporkan" in said(replies) and "c1 jumlah 13" in said(replies)


def test_why_red_on_a_draft_never_agreed_is_that_iki_checked():
    from bot.conversation import Engine

    engine = Engine()
    replies = engine.handle("u", f"ini SKP saya:\n{FISIO}")
    press(engine, "u", replies, "Simpan semua")
    replies = engine.handle("u", "kenapa iki 2 merah")
    assert "IKI 2 di draf Anda" in said(replies) and "trajektori" not in said(replies)


def test_an_older_entry_unnamed_is_asked_before_its_number_changes(engine, at):
    steps_taken(engine, at, "2026-02-02T15:00", "hari ini terapi 6 px stroke di poli rehab",
                "2026-02-05T15:00", "rapat komite medik bahas SPO rehab")
    replies = engine.handle("u1", "eh salah 8 bukan 6")
    assert _entry(engine, "c1").quantity == 6, said(replies)
    press(engine, "u1", replies, "Ya, ubah c1")
    assert _entry(engine, "c1").quantity == 8


def test_a_realisasi_said_as_planned_in_words_asks_its_figure(engine, at):
    replies = steps_taken(engine, at, "2026-07-01T09:00", "IKI 3 sesuai target")
    assert "IKI 3: berapa realisasinya" in said(replies) and "/ubah" not in said(replies), said(replies)
    engine.handle("u1", "38 pasien")
    kept = {r.iki: r.value for r in engine.state("u1").year.realisasi if r.quarter == 2}
    assert kept.get(engine.state("u1").skp.iki[2].indikator) == 38


def test_a_correction_no_entry_counts_is_never_kept_as_work(engine, at):
    replies = steps_taken(engine, at, "2026-02-05T15:00", "rapat komite medik bahas SPO rehab", "eh salah 8 pasien")
    assert len(engine.state("u1").year.entries) == 1, said(replies)
    assert "c1" in said(replies)
    replies = engine.handle("u1", "koreksi 12 berkas")
    assert len(engine.state("u1").year.entries) == 2, said(replies)
