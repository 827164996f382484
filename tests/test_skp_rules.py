"""SKP-level rules on the deck's SBBL ketua tim example and its variations."""

import pytest

from bot.models import Jenis, SkpDraft
from bot.rules import check_skp
from bot.rules.skp_rules import meaning_words
from bot.rules.weights import overshoot, remaining_text

# The deck's "Ajak dialog kinerja (4/4)" table: eight Core IKI and one Beyond, ketua tim with direct cascading.
SBBL_KATIM = {
    "peran": "ketua_tim",
    "cascading_langsung": True,
    "iki": [
        {"indikator": "Persentase NSPK Skrining Bayi Baru Lahir tahun 2026 tersusun tepat waktu", "target": "100%", "jenis": "core_cl", "bobot": 20, "parent": "IKK 5.1.1"},
        {"indikator": "Jumlah usulan penyediaan BMHP untuk mendukung pelaksanaan SBBL tahun 2026", "target": "2 rumusan", "jenis": "core_tusi", "bobot": 5},
        {"indikator": "Jumlah Pelaksanaan Advokasi dan Koordinasi LP/LS Skrining Bayi Baru Lahir tahun 2026", "target": "4 kali", "jenis": "core_tusi", "bobot": 5},
        {"indikator": "Persentase rekomendasi hasil advokasi skrining bayi baru lahir yang ditindaklanjuti", "target": "100%", "jenis": "core_cl", "bobot": 20, "parent": "IKK 5.1.1"},
        {"indikator": "Persentase peserta yang mengikuti peningkatan kapasitas (Webinar) SBBL tahun 2026", "target": "100%", "jenis": "core_tusi", "bobot": 10},
        {"indikator": "Jumlah Monitoring dan Evaluasi Pelaksanaan SBBL di 14 regional tahun 2026", "target": "4 kali", "jenis": "core_tusi", "bobot": 10},
        {"indikator": "Persentase Penyelesaian Rekomendasi Monitoring dan Evaluasi Pelaksanaan SBBL di 14 regional tahun 2026", "target": "80%", "jenis": "core_cl", "bobot": 20, "parent": "IKK 5.1.1"},
        {"indikator": "Nilai Indeks Profesionalitas ASN (IPASN)", "target": "82 Nilai", "jenis": "core_mi", "bobot": 10},
        {"indikator": "Jumlah Inisiatif Program Reward & Sharing Session dari Success Story Labkesda dengan pencapaian terbaik skrining bayi baru lahir", "target": "1 Program", "jenis": "beyond", "bobot": 20},
    ],
}


def skp_categories(data: dict) -> set[str]:
    return {f.category.value for f in check_skp(SkpDraft.model_validate(data)).findings}


def test_sbbl_katim_totals_are_right_but_the_split_differs_from_guidance():
    # Core 100 + Beyond 20 as the deck says; CL 60 / TUSI 30 / MI 10 differs from the 50/40/10 guidance.
    assert skp_categories(SBBL_KATIM) == {"WEIGHT_SPLIT"}


def test_sbbl_katim_activity_iki_are_found():
    result = check_skp(SkpDraft.model_validate(SBBL_KATIM))
    assert [r.kind.value for r in result.iki].count("activity") == 3


def test_count_range_applies_to_staff_not_leaders():
    few = {**SBBL_KATIM, "iki": SBBL_KATIM["iki"][:4]}
    assert "COUNT_RANGE" in skp_categories(few)
    assert "COUNT_RANGE" not in skp_categories({**few, "peran": "pimpinan_unit"})


def test_weight_split_depends_on_direct_cascading_not_role():
    # The same weights, CL turned into TUSI, without a direct cascade: 90/10 is the indirect guidance.
    as_tusi = [{**i, "jenis": "core_tusi"} if i["jenis"] == "core_cl" else i for i in SBBL_KATIM["iki"]]
    assert "WEIGHT_SPLIT" not in skp_categories({**SBBL_KATIM, "cascading_langsung": False, "iki": as_tusi})
    assert "WEIGHT_SPLIT" in skp_categories({**SBBL_KATIM, "cascading_langsung": True, "iki": as_tusi})


def test_a_core_cl_iki_is_weighed_against_the_direct_split():
    """A Ketua Tim's own indicator saved from /mpph is Core CL: «total Core CL 50%, padahal panduannya 0%» told them
    to turn it into TUSI (tester8 #4). Holding a Core CL is a direct cascade, as the audit reads an export."""
    unsaid = {**SBBL_KATIM, "cascading_langsung": False}
    finding = next(f for f in check_skp(SkpDraft.model_validate(unsaid)).findings if f.category == "WEIGHT_SPLIT")
    assert "dengan cascading langsung" in finding.message and "Core CL 60% (panduan 50%)" in finding.message
    skp = SkpDraft.model_validate({"peran": "ketua_tim", "iki": [{"indikator": "Persentase kab/kota dengan kinerja "
                                                                  "surveilans PD3I sesuai standar", "jenis": "core_cl"}]})
    assert overshoot(skp, Jenis.core_cl, 50, skip=0) is None and "Core CL 50%" in remaining_text(skp, skip=0)


def test_mandatory_iki_recognised_in_its_short_forms():
    for name in ("Nilai IP ASN", "Indeks Profesionalitas ASN", "Nilai IPASN pegawai"):
        iki = [i for i in SBBL_KATIM["iki"] if "IPASN" not in i["indikator"]] + [{"indikator": name, "jenis": "core_mi", "bobot": 10}]
        assert "MANDATORY_MISSING" not in skp_categories({**SBBL_KATIM, "iki": iki})
    without = [i for i in SBBL_KATIM["iki"] if "IPASN" not in i["indikator"]]
    assert "MANDATORY_MISSING" in skp_categories({**SBBL_KATIM, "iki": without})


def test_duplicates_in_other_words():
    assert meaning_words("Nilai IP ASN tahun 2026") == meaning_words("Nilai Indeks Profesionalitas ASN")
    assert meaning_words("Persentase hasil monev SBBL yang ditindaklanjuti") == meaning_words(
        "Persentase hasil monitoring dan evaluasi skrining bayi baru lahir yang ditindak lanjuti")


def test_a_near_twin_adding_only_a_condition_is_named_and_a_different_result_is_not():
    # tester16 #9: IKI 7 and 8, «… yang ditetapkan» and «… yang ditetapkan pimpinan sesuai jadwal», were not flagged
    twins = [{"indikator": "Persentase pedoman tatalaksana hipertensi di FKTP yang ditetapkan pimpinan sesuai jadwal"},
             {"indikator": "Jumlah kab/kota yang menerapkan kawasan tanpa rokok"},
             {"indikator": "Persentase pedoman tatalaksana hipertensi di FKTP yang ditetapkan", "target": "100%"}]
    found = [f for f in check_skp(SkpDraft.model_validate({"peran": "ketua_tim", "iki": twins})).findings
             if f.rule == "SKP-DUPLICATE"]
    assert [f.message.split(":")[0] for f in found] == ["IKI nomor 1 dan 3 hampir sama"]
    assert "IKI 1 hanya menambah «pimpinan sesuai jadwal» pada IKI 3" in found[0].message
    other = [{"indikator": "Jumlah monitoring dan evaluasi pelaksanaan SBBL di 14 regional"},  # what is counted differs
             {"indikator": "Persentase penyelesaian rekomendasi monitoring dan evaluasi pelaksanaan SBBL di 14 regional"}]
    assert "DUPLICATE" not in skp_categories({"peran": "ketua_tim", "iki": other})


def test_aspect_splits_of_one_indicator_are_not_duplicates():
    iki = [{"indikator": f"Nilai penerapan sistem merit aspek {a}", "jenis": "core_cl", "bobot": 20, "parent": "IKP 33.3"}
           for a in ("pengadaan", "promosi dan mutasi", "pengembangan karier", "manajemen kinerja", "sistem informasi")]
    assert "DUPLICATE" not in skp_categories({"peran": "ketua_tim", "cascading_langsung": True, "iki": iki})


def test_untagged_and_missing_weights_name_the_items():
    iki = [dict(i) for i in SBBL_KATIM["iki"]]
    iki[2].pop("jenis")
    iki[4].pop("bobot")
    findings = check_skp(SkpDraft.model_validate({**SBBL_KATIM, "iki": iki})).findings
    messages = {f.rule: f.message for f in findings}
    assert "nomor 3" in messages["SKP-UNTAGGED"] and "nomor 5" in messages["SKP-WEIGHT-MISSING"]


@pytest.mark.parametrize("beyond_weight, fires", [(20, False), (10, True), (30, True)])
def test_beyond_totals_twenty(beyond_weight, fires):
    iki = [dict(i) for i in SBBL_KATIM["iki"]]
    iki[-1]["bobot"] = beyond_weight
    assert ("WEIGHT_TOTAL" in skp_categories({**SBBL_KATIM, "iki": iki})) is fires


def test_no_beyond_is_only_advice():
    iki = SBBL_KATIM["iki"][:-1]
    findings = check_skp(SkpDraft.model_validate({**SBBL_KATIM, "iki": iki})).findings
    assert [f.severity.value for f in findings if f.category == "BEYOND_MISSING"] == ["info"]
