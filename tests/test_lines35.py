"""tester54: pasted lines read right. A count or score with its unit ending a line is its target (F13, F19); a list
line's «Rincian» in PRIMA shows why it fails, never takes it (F2); one verdict for a line whatever path it takes
(F3)."""

import pytest

from bot.conversation.answers import fields_in
from bot.conversation.iki_list import read_list
from bot.conversation.skp_changes import changes, finding_texts
from bot.models import IkiDraft, SkpDraft
from tests.talk import labels, press, prima_at_step_m, said


# F13/F19: «200 org», «95 nilai» at the end of a line are the target, never words of the IKI
@pytest.mark.parametrize("line, indikator, target, unit", [
    ("Jumlah tenaga puskesmas yg dilatih deteksi dini depresi 200 org",
     "Jumlah tenaga puskesmas yg dilatih deteksi dini depresi", 200, "orang"),
    ("Nilai IKPA biro keuangan 95 nilai", "Nilai IKPA biro keuangan", 95, None),
    ("Indeks kepuasan layanan 3,5 indeks", "Indeks kepuasan layanan", 3.5, None),
    ("Jumlah kalibrasi alat 12 x", "Jumlah kalibrasi alat", 12, "kali"),
])
def test_a_count_or_score_with_its_unit_ending_the_line_is_its_target(line, indikator, target, unit):
    typed = fields_in(line)
    assert typed.indikator == indikator
    assert typed.target is not None and typed.target.value == target and typed.target.unit == unit


@pytest.mark.parametrize("line", [
    "Persentase kab/kota dengan cakupan IDL minimal 95%",  # the bound belongs to the indicator
    "Jumlah pasien dilayani dalam 48 jam",  # a condition in time
    "Persentase kepatuhan 5 moment cuci tangan",  # a number inside the line
    "Nilai SAKIP 2025 nilai",  # a year
])
def test_numbers_belonging_to_the_indicator_stay(line):
    typed = fields_in(line)
    assert typed.target is None and typed.indikator == line


def test_a_pasted_list_reads_the_targets_out_of_the_lines():
    pasted = read_list("1. Persentase SPM yg diterbitkan tepat waktu 95%\n"
                       "2. Nilai IKPA biro keuangan 95 nilai\n"
                       "3. Jumlah tenaga puskesmas yg dilatih deteksi dini depresi 200 org")
    texts = [line.listed.text for line in pasted.lines]
    assert not any("95 nilai" in t or "200 org" in t for t in texts), texts
    assert [line.listed.target for line in pasted.lines][1:] == ["95", "200 orang"]


def test_the_rewrites_of_a_line_never_hold_its_target(engine):
    replies = engine.handle("f13", "/cek Jumlah tenaga puskesmas yg dilatih deteksi dini depresi 200 org")
    assert "200 org" not in said(replies) and "Usulan IKI" in said(replies), said(replies)
    replies = press(engine, "f13", replies, "Pakai usulan 1")
    saved = engine.state("f13").skp.iki
    assert saved and "200" not in saved[0].indikator and "200" not in (saved[0].rhk or ""), said(replies)


def test_a_score_line_saved_from_a_list_has_its_target_apart(engine):
    engine.handle("f19", "1. Persentase SPM yg diterbitkan tepat waktu 95%\n2. Nilai IKPA biro keuangan 95 nilai")
    engine.handle("f19", "simpan semua")
    iki = engine.state("f19").skp.iki
    assert iki[1].indikator == "Nilai IKPA biro keuangan" and str(iki[1].target) == "95"
    assert "95" not in (iki[1].rhk or "")


# F2: «Rincian N» in PRIMA on a failing line shows why and its rewrites, with the line's target
PASTE = ("Persentase satker yg menyampaikan LK tepat waktu 95%\n"
         "Jumlah pedoman reviu LK yg disusun 1 dokumen")


def test_rincian_in_prima_never_accepts_a_failing_line(engine):
    prima_at_step_m(engine, "f2")
    replies = engine.handle("f2", PASTE)
    assert "Rincian 2" in labels(replies), said(replies)
    replies = press(engine, "f2", replies, "Rincian 2")
    assert "IKI diterima" not in said(replies) and "Satuan «dokumen»" in said(replies), said(replies)
    assert "Pakai usulan 1" in labels(replies)
    assert engine.state("f2").skp.iki == [] and engine.state("f2").prima.current is None


def test_rincian_typed_in_prima_too(engine):
    prima_at_step_m(engine, "f2t")
    engine.handle("f2t", PASTE)
    replies = engine.handle("f2t", "Rincian 2")
    assert "IKI diterima" not in said(replies) and "Satuan «dokumen»" in said(replies), said(replies)


# F3: the same line, the same verdict in the list, in PRIMA and at its target question
def test_a_line_typed_in_prima_with_a_refused_unit_gets_the_lists_verdict(engine):
    prima_at_step_m(engine, "f3")
    replies = engine.handle("f3", "Jumlah pedoman reviu LK yg disusun 1 dokumen")
    listed = read_list(PASTE).lines[1]
    assert listed.verdict.has_error
    assert "IKI diterima" not in said(replies) and "Satuan «dokumen»" in said(replies), said(replies)


def test_a_target_typed_in_a_refused_unit_takes_what_the_iki_counts(engine):
    prima_at_step_m(engine, "f3b")
    engine.handle("f3b", "Jumlah pedoman reviu LK yang disusun")
    replies = engine.handle("f3b", "1 dokumen")
    assert "Satuan «dokumen»" in said(replies) and "satuan «Pedoman»" in said(replies), said(replies)
    iki = engine.state("f3b").skp.iki[0]
    assert (iki.satuan or "").lower() == "pedoman" and str(iki.target) == "1"
    from bot.rules import check_iki
    assert not check_iki(iki).has_error  # the export's verdict is the chat's


def test_a_new_warning_is_said_with_a_warnings_mark():
    before = finding_texts(SkpDraft(iki=[IkiDraft(indikator="Jumlah pedoman reviu LK yang disusun", target="1",
                                                  satuan="Dokumen")]))
    after = finding_texts(SkpDraft(iki=[IkiDraft(indikator="Jumlah pedoman reviu LK yang disusun", target="1",
                                                 satuan="Pedoman")]))
    lines = changes(before, after)
    new = [line for line in lines if "Temuan baru" in line and "pedoman" in line.lower()]
    assert new and all(line.startswith("! Temuan baru") for line in new), lines
    assert not any(line.count("✗") + line.count("!") > 1 for line in lines), lines


# F1: at PRIMA's summary a typed request runs its command; «sudah tidak berlaku» only for a real stale press
def _at_summary(engine, user):
    prima_at_step_m(engine, user)
    engine.handle(user, "Persentase SPM yang diterbitkan tepat waktu 95%")
    replies = engine.press(user, "prima:done")
    assert engine.state(user).prima.step == "A", said(replies)
    return replies


@pytest.mark.parametrize("typed", ["ekspor dong", "Ekspor XLSX", "tolong ekspor ya"])
def test_a_typed_request_at_the_summary_runs_the_command(engine, typed):
    _at_summary(engine, "f1")
    replies = engine.handle("f1", typed)
    assert "tidak berlaku" not in said(replies), said(replies)
    assert any(r.file is not None for r in replies), said(replies)


def test_a_real_stale_press_is_still_said_stale(engine):
    _at_summary(engine, "f1s")
    replies = engine.press("f1s", "prima:pick:7")
    assert "tidak berlaku" in said(replies)


# F4: a second search that finds nothing is never taken as the unit's indicator unasked
AUDIT_WORK = "tugas sy audit kinerja & reviu laporan keuangan"


def _nothing_found(engine, user: str) -> None:
    """PRIMA step 1 after a search that found no Renstra indicator (skipped once the catalog holds the work)."""
    engine.handle(user, "/prima")
    if "Tidak ada indikator Renstra" not in said(engine.handle(user, AUDIT_WORK)):
        pytest.skip("the catalog now holds this work")


def test_a_second_search_finding_nothing_asks_the_choice(engine):
    _nothing_found(engine, "f4")
    replies = engine.handle("f4", "pengawasan inspektorat jenderal")
    assert engine.state("f4").prima.step == "P" and engine.state("f4").prima.indicator is None, said(replies)
    assert "juga belum menemukan" in said(replies) and "Pakai tulisan saya" in labels(replies)
    replies = press(engine, "f4", replies, "Pakai tulisan saya")
    assert engine.state("f4").prima.indicator.name == "pengawasan inspektorat jenderal", said(replies)


def test_the_same_words_searched_again_are_taken_as_the_units(engine):
    _nothing_found(engine, "f4b")
    replies = engine.handle("f4b", AUDIT_WORK)
    assert engine.state("f4b").prima.step == "R", said(replies)


def test_going_on_with_tusi_after_nothing_found_takes_the_words_searched(engine):
    _nothing_found(engine, "f4c")
    replies = engine.handle("f4c", "ok lanjut aja pake tusi")
    prima = engine.state("f4c").prima
    assert prima.step == "R" and "tusi" not in prima.indicator.name.lower(), said(replies)


def test_the_own_words_button_said_in_words_after_a_search_takes_the_words_searched():
    """d4-elektromedis01: «tulisan sendiri aja» after nothing found was searched as new keywords (then the activities
    pasted next were checked as a list of IKI); it is «Pakai tulisan saya»."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "/prima")
    engine.handle("u", "elektromedis di IPSRS RS Ortopedi Prof Soeharso solo, kerjaan kalibrasi sama maintenance alkes")
    engine.handle("u", "tulisan sendiri aja")
    prima = engine.state("u").prima
    assert prima.step == "R" and "kalibrasi" in prima.indicator.name
