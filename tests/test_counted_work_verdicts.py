"""Counts of work done judged alike (tester52 P1-4, P2-8; rules.md: an IKI is no count of activities): people trained
count participation as people taking part do, patients a procedure was done to count the work done, and a bare count
of procedures gets the work-volume nudge «Jumlah sampel yang diperiksa» gets."""

from bot.conversation import Engine
from bot.models import Category, IkiDraft, Severity
from bot.rules import check_iki
from tests.talk import said, typed


def verdict(text: str) -> set[tuple[Severity, Category]]:
    return {(f.severity, f.category) for f in check_iki(IkiDraft(indikator=text)).findings}


def test_people_trained_and_patients_treated_are_both_refused_as_activity():
    assert verdict("Jumlah petugas puskesmas yang dilatih PANDU PTM") == {(Severity.error, Category.ACTIVITY)}
    assert verdict("Jumlah pasien PJK yg dilakukan kateterisasi") == {(Severity.error, Category.ACTIVITY)}
    assert verdict("Persentase peserta pelatihan PANDU PTM yang lulus post-test") == set()


def test_patients_treated_get_the_work_done_advice_not_post_tests():
    message = check_iki(IkiDraft(indikator="Jumlah pasien PJK yg dilakukan kateterisasi")).findings[0].message
    assert "sudah dikerjakan" in message and "post-test" not in message


def test_a_bare_count_of_procedures_gets_the_volume_nudge_unless_a_standard_follows():
    assert verdict("Jumlah tindakan PCI primer") == {(Severity.warning, Category.WORK_VOLUME)}
    assert verdict("Jumlah tindakan PCI primer sesuai SPO") == set()
    assert verdict("Jumlah sampel yang diperiksa") == {(Severity.warning, Category.WORK_VOLUME)}


def test_the_pasted_list_shows_both_counts_alike():
    text = said(typed(Engine(), "u", "Jumlah petugas puskesmas yang dilatih PANDU PTM\nJumlah pasien PJK yg dilakukan "
                      "kateterisasi\nJumlah tindakan PCI primer"))
    assert "✗ 1." in text and "✗ 2." in text and "! 3." in text


def test_people_trained_get_what_the_training_achieved_as_rewrites():
    from bot.rewrite import rewrite

    found = [c.indikator for c in rewrite("Jumlah petugas puskesmas yang dilatih PANDU PTM").candidates]
    assert found[0] == "Persentase petugas puskesmas yang lulus post-test pelatihan PANDU PTM"
    assert all(not check_iki(IkiDraft(indikator=c)).findings for c in found)
    assert rewrite("Persentase user SIMRS yang dilatih").candidates
