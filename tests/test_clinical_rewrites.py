"""Clinical and teaching work gets output rewrites from domain hints kept as data (patterns.yaml `visite`,
`pendidikan_klinik`), as lab and BMN work do (tester52 P1-3: a cardiologist's visite and PPDS teaching got none)."""

from bot.conversation import Engine
from bot.rewrite import rewrite
from tests.talk import said, typed

LIST = """Persentase pasien PJK yang mendapatkan kateterisasi jantung sesuai standar
Melakukan visite pasien rawat inap ICCU setiap hari
Membimbing PPDS jantung"""


def test_a_ward_round_asked_about_gets_its_rewrites():
    text = said(typed(Engine(), "u", LIST, "kenapa no 2 ditolak? visite itu kerjaan utama sy tiap hari"))
    assert "Persentase pasien rawat inap ICCU yang divisite DPJP" in text
    assert "belum bisa menyusun usulan" not in text


def test_teaching_residents_is_judged_by_what_they_reach():
    found = [c.indikator for c in rewrite("Membimbing PPDS jantung").candidates]
    assert found and all("PPDS jantung" in c for c in found)
    assert any("kompetensi" in c for c in found)


def test_lab_work_keeps_its_own_hints():
    found = [c.indikator for c in rewrite("Melakukan pemeriksaan sampel TB").candidates]
    assert any("turn around time" in c for c in found)
