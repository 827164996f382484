"""Clinical work (procedures, care during them) is rewritten from its own object (tester51 P1-4, P1-14)."""

import pytest

from bot.models import IkiDraft
from bot.rewrite import passes_rules, rewrite
from bot.rewrite.work import suggest
from bot.rules import check_iki


@pytest.mark.parametrize("draft, kept", [
    ("Jumlah pemasangan kateter yang dilakukan", "pemasangan kateter"),
    ("Melakukan tindakan hemodialisis", "tindakan hemodialisis"),
    ("Jumlah transfusi darah yang dilaksanakan", "transfusi darah"),
])
def test_a_failing_count_of_procedures_is_offered_rewrites_from_the_procedure(draft, kept):
    assert check_iki(IkiDraft(indikator=draft)).kind.value == "activity"
    found = rewrite(draft).candidates
    assert found and all(kept in c.indikator and passes_rules(c) for c in found)
    assert not any("peserta" in c.indikator or "post-test" in c.indikator for c in found)


def test_a_corrective_action_is_no_clinical_procedure():
    """Only procedures named as clinical are judged by complications: «tindakan korektif» is not one."""
    assert not any("komplikasi" in c.indikator for c in rewrite("Jumlah tindakan korektif yang dilakukan").candidates)


@pytest.mark.parametrize("draft, kept", [
    ("memantau pasien saat kemoterapi", "pasien kemoterapi"),
    ("observasi ketat pasien selama transfusi darah", "pasien transfusi darah"),
])
def test_people_cared_for_during_a_procedure_are_its_patients(draft, kept):
    found = rewrite(draft).candidates
    assert found and all(kept in c.indikator for c in found)


def test_a_time_clause_naming_no_procedure_is_still_left_out():
    found = rewrite("memantau pasien selama jam besuk").candidates
    assert found and not any("besuk" in c.indikator for c in found)


def test_a_dialysis_nurse_gets_suggestions_for_every_task_keeping_the_procedure():
    tasks = suggest("sy perawat cuci darah, kerjaan sy tindakan hemodialisis dan pantau pasien selama cuci darah")
    assert len(tasks) == 2 and all(t.candidates for t in tasks)
    assert all("hemodialisis" in c.indikator for c in tasks[0].candidates)
    assert all("pasien cuci darah" in c.indikator for c in tasks[1].candidates)
