"""MPPH: the deck's Biro OSDM and SBBL examples rebuild cleanly; each check fires on its failing case."""

from io import BytesIO

import yaml
from openpyxl import load_workbook

from bot.conversation import Engine
from bot.skp.mpph import MpphDraft, check_mpph, mpph_workbook
from tests.conftest import ROOT


def example(name: str) -> MpphDraft:
    return MpphDraft.model_validate(yaml.safe_load((ROOT / "knowledge" / "examples" / f"{name}.yaml").read_text(encoding="utf-8")))


def rules(result) -> list[str]:
    return [f.rule for f in result.findings]


def test_biro_osdm_example_passes_with_the_overlap_noted():
    draft = example("mpph_biro_osdm")
    result = check_mpph(draft)
    assert not result.has_error and rules(result) == ["MPPH-SPLIT-SUM"]
    assert "388,5 dari 380" in result.findings[0].message and result.findings[0].severity == "info"
    assert result.member_iki["Ketua Timja Penataan ASN"][1].indikator == "Nilai penerapan sistem merit Kemenkes aspek pengadaan"
    assert result.member_iki["Ketua Timja Penataan ASN"][1].jenis == "core_cl"
    assert result.member_iki["Anggota Timja Penilaian Kinerja ASN"][0].jenis == "core_tusi"


def test_sbbl_example_passes():
    result = check_mpph(example("mpph_sbbl"))
    assert result.findings == [] and set(result.member_iki) == {
        "Ketua Tim Kerja SBBL", "Anggota Tim Kerja SBBL", "Ketua Tim Kerja Surveilans Kesehatan Keluarga"}


def test_each_check_fires():
    draft = example("mpph_sbbl").model_copy(deep=True)
    draft.indikator[0].peran[0].iki = "Melakukan penyusunan NSPK SBBL"  # member IKI must pass the rules
    draft.indikator[0].peran[1].pegawai = "Orang Lain"  # not in the team
    draft.indikator.append(draft.indikator[0].model_copy(update={"id": "K2", "peran": []}))  # nobody intervenes
    draft.tim.append(draft.tim[0].model_copy(update={"nama": "Pegawai Baru"}))  # nobody gives them a role
    found = rules(check_mpph(draft))
    for rule in ("IKI-ACT-VERB", "MPPH-UNKNOWN-MEMBER", "MPPH-UNINTERVENED", "MPPH-NO-ROLE"):
        assert rule in found


def test_quantitative_and_regional_splits():
    base = {"pimpinan": {"nama": "Ketua"}, "tim": [{"nama": "A"}, {"nama": "B"}]}
    quant = {"id": "K1", "indikator": "Jumlah sertifikat hasil kalibrasi alat kesehatan", "target": 100, "metode": "kuantitatif",
             "peran": [{"pegawai": "A", "bagian": "separuh", "target": 50}, {"pegawai": "B", "bagian": "separuh", "target": 40}]}
    result = check_mpph(MpphDraft.model_validate({**base, "indikator": [quant]}))
    assert result.has_error and "berjumlah 90" in result.findings[0].message
    quant["peran"][1]["target"] = 50
    assert not check_mpph(MpphDraft.model_validate({**base, "indikator": [quant]})).has_error
    region = {"id": "K1", "indikator": "Persentase puskesmas yang melaporkan data SBBL lengkap", "target": "90%", "metode": "wilayah",
              "wilayah": ["Jawa", "Sumatera", "Bali"],
              "peran": [{"pegawai": "A", "bagian": "Jawa", "target": "90%"}, {"pegawai": "B", "bagian": "Jawa", "target": "90%"}]}
    message = check_mpph(MpphDraft.model_validate({**base, "indikator": [region]})).findings[0].message
    assert "belum ada: sumatera, bali" in message and "lebih dari sekali: jawa" in message



def test_splits_that_do_not_add_up_only_warn_unless_quantitative():
    base = {"pimpinan": {"nama": "Ketua"}, "tim": [{"nama": "A"}, {"nama": "B"}]}
    count = {"id": "K1", "indikator": "Jumlah sertifikat hasil kalibrasi alat kesehatan", "target": 100, "metode": "wilayah",
             "wilayah": ["Jawa", "Bali"], "peran": [{"pegawai": "A", "bagian": "Jawa", "target": 50}, {"pegawai": "B", "bagian": "Bali", "target": 40}]}
    share = {"id": "K2", "indikator": "Persentase puskesmas yang melaporkan data SBBL lengkap", "target": "90%", "metode": "aspek",
             "peran": [{"pegawai": "A", "bagian": "SDM", "target": "90%"}, {"pegawai": "B", "bagian": "sarana", "target": "80%"}]}
    result = check_mpph(MpphDraft.model_validate({**base, "indikator": [count, share]}))
    assert [(f.rule, f.severity) for f in result.findings] == [("MPPH-SPLIT-SUM", "warning")] * 2 and not result.has_error
    assert "berjumlah 90, sedangkan target pimpinan 100" in result.findings[0].message
    assert "paling sedikit 90%" in result.findings[1].message and "B (80%)" in result.findings[1].message

def test_workbook_has_one_and_two_level_sheets():
    draft = example("mpph_biro_osdm")
    book = load_workbook(BytesIO(mpph_workbook(draft, check_mpph(draft))))
    assert book.sheetnames == ["MPPH 1 Tingkat", "MPPH 2 Tingkat - Ketua Timja Pe", "IKI per pegawai"]  # 31-char limit
    first = book["MPPH 1 Tingkat"]
    assert first["A2"].value == "Kepala Biro OSDM" and first.max_row == 8  # header, leader, six ketua


def test_cli_and_chat(run_iki, tmp_path):
    done = run_iki("mpph", str(ROOT / "knowledge" / "examples" / "mpph_sbbl.yaml"), "--out", str(tmp_path / "m.xlsx"))
    assert done.returncode == 0 and "Pemeriksaan: semua indikator sudah diintervensi" in done.stdout
    assert (tmp_path / "m.xlsx").exists()
    assert run_iki("mpph", "-", stdin="pimpinan: [").returncode == 2
    engine = Engine()
    engine.handle("u", "/mpph")
    engine.handle("u", "Jumlah sertifikat hasil kalibrasi alat kesehatan; 100 Sertifikat")
    engine.press("u", "mpph:method:kuantitatif")
    engine.handle("u", "Ani; wilayah barat; 60\nBudi; wilayah timur; 40")
    matrix = "\n".join(r.text for r in engine.press("u", "mpph:roles"))
    assert "Ani (Anggota):" in matrix and "Pemeriksaan: semua indikator" in matrix
    assert [r.file.name for r in engine.press("u", "mpph:done") if r.file] == ["mpph.xlsx"]
