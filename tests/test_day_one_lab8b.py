"""Day one, UPT lab staff (round 8b): counts of routine work, the good lines picked, a target with its remark (each
test failed before its fix)."""

import pytest

from bot.conversation import Engine
from bot.models import IkiDraft, Severity
from bot.rules import check_iki

_FRONT_OFFICE = ("ini skp taun lalu\n"
                 "a. Persentase sampel yg diregistrasi di hari yg sama dgn penerimaan 95%\n"
                 "b. Jumlah pelanggan dilayani 1500 org\n"
                 "c. Persentase pengaduan pelanggan yg direspon maks 1x24 jam 100%\n"
                 "d. Jumlah email terkirim 3000\n"
                 "e. Jumlah berkas permohonan yg diverifikasi 300 berkas")


@pytest.mark.parametrize("indikator", ["Jumlah pelanggan dilayani", "Jumlah email terkirim",
                                       "Jumlah kuesioner yang disebar", "Jumlah surel yang dibalas"])
def test_a_count_of_routine_work_handled_is_volume_not_a_result(indikator):
    """«Jumlah pelanggan dilayani 1500 org», «Jumlah email terkirim 3000» passed with no note."""
    rules = {f.rule for f in check_iki(IkiDraft(indikator=indikator)).findings}
    assert "IKI-VOLUME" in rules


def test_a_count_of_archives_is_a_count_of_documents():
    verdict = check_iki(IkiDraft(indikator="Jumlah arsip", target="4000 berkas"))
    assert verdict.has_error


def test_the_good_lines_picked_for_the_user_leave_out_those_passed_with_a_note():
    """«pilihin aja yg bagus trs simpan» saved every line without an error, counts of work flagged «!» too."""
    engine = Engine()
    engine.handle("u", _FRONT_OFFICE)
    engine.handle("u", "ribet amat, pilihin aja yg bagus trs simpan")
    saved = [i.indikator.split()[1] for i in engine.state("u").skp.iki]
    assert saved == ["sampel", "pengaduan"]
    for iki in engine.state("u").skp.iki:
        assert not any(f.severity is Severity.warning for f in check_iki(IkiDraft(indikator=iki.indikator)).findings)


def test_the_lines_that_pass_still_take_those_passed_with_a_note():
    engine = Engine()
    engine.handle("u", _FRONT_OFFICE)
    engine.handle("u", "masukin yg lolos aja")
    assert len(engine.state("u").skp.iki) == 4  # a and c, and the volume counts b and d («!»); e counts berkas (✗)


def test_a_target_changed_with_its_reason_keeps_the_number_only():
    """«/ubah yg pengaduan target 95 aja, 100 ketinggian» kept «95 aja» as the target."""
    engine = Engine()
    engine.handle("u", "Persentase pengaduan pelanggan yg direspon maks 1x24 jam, target 100%")
    engine.handle("u", "/ubah 1 target 95 aja, 100 ketinggian")
    assert engine.state("u").skp.iki[0].target in ("95", "95%")


def test_cross_checking_slides_is_judged_by_its_results():
    """«ikut cross check slide malaria ke lab rujukan» had no suggestion: a cross-check is external quality work."""
    from bot.rewrite.work import suggest

    drafted = suggest("sy jg ikut cross check slide malaria ke lab rujukan")
    assert any("cross check slide malaria" in c.indikator for task in drafted for c in task.candidates)


def _asked_for_data_awal() -> Engine:
    engine = Engine()
    replies = engine.handle("u", "Persentase data SILK yang diinput secara lengkap dan tepat waktu, target 90%")
    assert "data awal" in replies[-1].text.lower()  # a field question is open
    return engine


def test_asking_what_else_with_work_while_a_field_is_asked_gets_suggestions_for_that_work():
    """«apa lagi ya kak, sy jg ikut cross check slide malaria …» at the data-awal question got a guideline passage."""
    engine = _asked_for_data_awal()
    replies = engine.handle("u", "apa lagi ya kak, sy jg ikut cross check slide malaria ke lab rujukan")
    assert engine.state("u").candidates, replies[-1].text
    assert "cross check slide malaria" in engine.state("u").candidates[0].indikator


def test_a_target_under_one_suggestion_saves_it():
    """«mantap, target 95» under a single suggestion asked «Usulan mana yang dipakai?»: there is no other one."""
    engine = _asked_for_data_awal()
    engine.handle("u", "apa lagi ya kak, sy jg ikut cross check slide malaria ke lab rujukan")
    assert len(engine.state("u").candidates) == 1
    engine.handle("u", "mantap, target 95")
    last = engine.state("u").skp.iki[-1]
    assert "cross check" in last.indikator and last.target == "95%"


def test_a_thing_being_made_with_its_due_quarter_is_a_one_off_iki():
    """«terus sy lg bikin dashboard TAT, jadinya TW III» got three percentages of a dashboard's quality, and the quarter
    was lost: one dashboard, due in TW III, is the deliverable."""
    engine = Engine()
    engine.handle("u", "/cek Persentase sampel DBD yg diperiksa sesuai TAT")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "oke. terus sy lg bikin dashboard TAT, jadinya TW III")
    made = engine.state("u").skp.iki[-1]
    assert (made.indikator, made.target, made.triwulan_selesai) == ("Jumlah dashboard TAT", "1 dashboard", 3)


@pytest.mark.parametrize("message", ["sy lg nyusun laporan bulanan, selesai TW II",  # a count of reports: no IKI
                                     "sy lg bikin dashboard TAT"])  # no quarter: work to draft suggestions from
def test_making_without_a_due_quarter_or_of_reports_is_no_one_off(message):
    from bot.conversation.one_off import named_iki

    assert named_iki(message) is None


@pytest.mark.parametrize("work, task", [("kalo alat rusak sy yg panggil teknisi", "alat rusak"),
                                        ("kalau ada pengaduan saya yg bales", "pengaduan")])
def test_work_done_when_something_happens_handles_that_event(work, task):
    """«kalo alat rusak sy yg panggil teknisi, itu bisa jd IKI?» had no task read from it (a guideline passage)."""
    from bot.rewrite.work import tasks

    assert [t.lower() for t in tasks(work)] == [f"menangani {task}"]


def test_a_condition_naming_no_event_is_no_task():
    from bot.rewrite.work import tasks

    assert tasks("kalo sempat sy bantu") == []


def test_a_limit_beside_a_target_under_the_suggestions_is_the_target_for_the_pick():
    """«maks 7 hari kerja, target 80» under three suggestions was checked as the IKI «Maks 7 hari kerja»."""
    engine = Engine()
    engine.handle("u", "kalo alat rusak sy yg panggil teknisi, itu bisa jd IKI?")
    assert len(engine.state("u").candidates) > 1
    replies = engine.handle("u", "maks 7 hari kerja, target 80")
    assert "maks 7 hari kerja" in replies[0].text and engine.state("u").candidate_target == "80"
    engine.handle("u", "Pakai usulan 1")
    assert engine.state("u").skp.iki[-1].target == "80%"


def test_a_target_typed_with_an_iki_waiting_for_its_spelling_is_said_with_the_offer():
    """«… sblm dikirim 100%» with a misspelling: the offer to save asked nothing of the 100% and never showed it."""
    engine = Engine()
    replies = engine.handle("u", "/cek presentase hsil uji yg di verivikasi supervisor sblm dikirim 100%")
    offer = next(r for r in replies if "Simpan ke draf SKP?" in r.text)
    assert "Targetnya 100%" in offer.text and {b.label for b in offer.buttons} == {
        "Simpan ke draf (ejaan baku)", "Simpan seperti ditulis"}  # the spelling still the user's to choose
    assert engine.state("u").fill.current.target == "100%"


def test_a_target_then_a_remark_with_a_multiple_keeps_the_target():
    """«85. tp jan-mar sama nov-des sampel bisa 3x lipat, targetnya gmn» at the target question was refused: «3x»
    read as the target's unit."""
    engine = Engine()
    engine.handle("u", "/cek Persentase sampel DBD yg diperiksa sesuai TAT")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "85. tp jan-mar sama nov-des sampel bisa 3x lipat, targetnya gmn")
    assert engine.state("u").skp.iki[0].target == "85%"


def test_a_target_then_its_baseline_named_keeps_both():
    engine = Engine()
    engine.handle("u", "/cek Persentase sampel DBD yg diperiksa sesuai TAT")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "80, baseline thn lalu 72")
    iki = engine.state("u").skp.iki[0]
    assert (iki.target, iki.baseline) == ("80%", "72%")
