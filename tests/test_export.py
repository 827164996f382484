"""The SKP workbook a reviewer accepts (issue 16): the employee and period on top, e-Kinerja's fields first with the
target as a number and its unit once, then direction, baseline, quarterly targets, parent code and the leader's
RHK, signatures below; the NIP kept as text. The export runner's figure holds."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from bot.conversation import Engine
from bot.lang.numbers import parse_target
from bot.models import IkiDraft, IkiResult, Jenis, Kind, Pegawai, SkpDraft, SkpResult
from bot.skp.export import COLUMNS, DRAFT_NAME, HEADERS, READY_NAME, file_name, header_row, iki_row, skp_workbook
from bot.skp.readiness import gaps
from evals.export_evals import eval_export
from tests.test_edit_flow import prima_to_m, save_iki

PROFILE = Pegawai(nama="Ratna Dewi Anggraeni", nip="198304112009122002", jabatan="Epidemiolog Kesehatan Ahli Muda",
                  unit="Direktorat Imunisasi", atasan="Direktur Imunisasi")


def sheet_of(skp: SkpDraft):
    return load_workbook(BytesIO(skp_workbook(skp))).worksheets[0]


def row_of(iki: IkiDraft) -> dict:
    return dict(zip(COLUMNS, iki_row(iki)))


@pytest.mark.parametrize("typed, value, unit, bound", [
    ("100 persen", 100, "%", None), ("1 dashboard", 1, "dashboard", None), ("≤5%", 5, "%", "≤"), ("≥ 80", 80, None, "≥"),
    ("82,5", 82.5, None, None), ("1.575.000 orang", 1575000, "orang", None), ("seratus persen", 100, "%", None),
    ("maks 2 hari", 2, "hari", "≤"), ("tujuh puluh lima persen", 75, "%", None), ("80% ke atas", 80, "%", "≥"),
    ("1,5 juta orang", 1500000, "orang", None), ("delapan puluh dua koma lima", 82.5, None, None),
])
def test_targets_are_read_as_typed_with_their_direction(typed, value, unit, bound):
    target = parse_target(typed)
    assert (target.value, target.unit, target.bound) == (value, unit, bound)


def test_unreadable_words_are_not_numbers():
    assert parse_target("tinggi") is None and parse_target("Papua") is None and parse_target("dua tiga") is None


def test_the_form_fields_come_first_and_targets_are_numbers():
    row = row_of(IkiDraft(indikator="Persentase rekomendasi BPK yang belum ditindaklanjuti", target="≤5%", jenis="tusi",
                          bobot=20, baseline="12%"))
    assert COLUMNS[:len(HEADERS)] == HEADERS == ("Aspek", "Rencana Kinerja", "Indikator", "Target", "Satuan", "Jenis IKI", "Bobot")
    assert (row["Target"], row["Satuan"], row["Arah target"], row["Data awal (baseline)"]) == (5, "%", "≤", 12)
    waktu = row_of(IkiDraft(indikator="Rata-rata waktu verifikasi usulan kenaikan pangkat", target="3 hari"))
    assert (waktu["Target"], waktu["Satuan"], waktu["Arah target"], waktu["Target TW I"]) == (3, "Hari", "≤", 3)


def test_quarters_parent_and_leader_rhk_have_their_columns():
    bias = row_of(IkiDraft(indikator="Persentase kab/kota dengan cakupan BIAS campak-rubela minimal 95%", target="80%",
                           target_triwulan=["0", "0", "40%", "80%"], parent="IKK 5.1.1",
                           rhk_atasan="Meningkatnya cakupan imunisasi anak usia sekolah"))
    assert [bias[f"Target TW {q}"] for q in ("I", "II", "III", "IV")] == [0, 0, 40, 80]
    assert bias["Kode indikator induk (IKK/IKP)"] == "IKK 5.1.1"
    assert bias["RHK/indikator atasan yang diintervensi"] == "Meningkatnya cakupan imunisasi anak usia sekolah"
    dashboard = row_of(IkiDraft(indikator="Dashboard cakupan BIAS per kab/kota", target="1 dashboard", triwulan_selesai=3))
    assert [dashboard[f"Target TW {q}"] for q in ("I", "II", "III", "IV")] == ["dalam proses", "dalam proses", 1, 1]
    unread = row_of(IkiDraft(indikator="Nilai SAKIP unit kerja", target="tinggi"))
    assert unread["Target"] == "tinggi" and unread["Arah target"] == ""  # kept as typed; the Temuan sheet says why


def test_identity_on_top_signatures_below_and_the_nip_as_text():
    sheet = sheet_of(SkpDraft(iki=[IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85", satuan="Nilai")],
                              pegawai=PROFILE))
    identity = {sheet.cell(r, 1).value: sheet.cell(r, 3).value for r in range(2, header_row(sheet))}
    assert identity["Periode penilaian"].endswith("2026") and identity["Nama"] == PROFILE.nama
    assert identity["NIP"] == "198304112009122002" and sheet.cell(4, 3).data_type == "s"  # 18 digits, not 1.98e17
    assert identity["Pejabat penilai kinerja (atasan)"] == "Direktur Imunisasi"
    below = [str(c.value) for row in sheet.iter_rows(min_row=header_row(sheet) + 2) for c in row if c.value]
    assert "Pegawai yang dinilai" in below and "Pejabat penilai kinerja" in below
    assert PROFILE.nama in below and "NIP 198304112009122002" in below


def test_chat_export_says_what_the_profile_still_lacks():
    engine = Engine()
    engine.handle("u", "/profil Ratna Dewi Anggraeni")
    engine.press("u", "profil:close")
    state = engine.state("u")
    assert state.skp.pegawai.nama == "Ratna Dewi Anggraeni" and state.profil is None
    prima_to_m(engine)
    save_iki(engine, "Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti", "95%", "core_tusi", "40")
    replies = engine.handle("u", "/ekspor")
    caption = next(r.text for r in replies if r.file)
    assert "Profil belum lengkap (nip, jabatan, unit kerja, atasan, nip atasan kosong di berkas): isi dengan /profil" in caption
    sheet = load_workbook(BytesIO(next(r.file.data for r in replies if r.file))).worksheets[0]
    assert sheet["C3"].value == "Ratna Dewi Anggraeni" and sheet["C4"].value == "…"


def test_the_export_figure_holds(capsys):
    figures = eval_export()
    assert all(value == 1.0 for value in figures.values()), figures
    assert "sebelum" in capsys.readouterr().out


def _clean(skp: SkpDraft) -> SkpResult:
    """The rules' verdict with no finding at all: what is left to mark the export is the form's empty fields."""
    return SkpResult(findings=[], iki=[IkiResult(indikator=iki.indikator, kind=Kind.output, findings=[]) for iki in skp.iki])


def test_an_iki_without_target_or_with_a_zero_weight_marks_the_export_as_a_draft_and_says_what_is_missing():
    """tester10 #4: after «/ubah 10 bobot 0» on an IKI without target the export was «draf-skp.xlsx», titled ready."""
    whole = IkiDraft(indikator="Persentase laporan keuangan yang disusun tepat waktu", target="100%",
                     jenis=Jenis.core_tusi, bobot=100)
    gap = IkiDraft(indikator="Nilai opini BPK atas laporan keuangan satker", jenis=Jenis.core_tusi, bobot=0)
    assert file_name(SkpDraft(iki=[whole]), _clean(SkpDraft(iki=[whole]))) == READY_NAME
    skp = SkpDraft(pegawai=PROFILE, iki=[whole, gap])
    assert file_name(skp, _clean(skp)).endswith(DRAFT_NAME)  # led by the /profil name (tester24 #9)
    book = load_workbook(BytesIO(skp_workbook(skp, _clean(skp))))
    assert "DRAF" in book.worksheets[0].title and "DRAF" in book.worksheets[0]["A1"].value
    temuan = [row for row in book["Temuan"].iter_rows(values_only=True)]
    assert ("2. Nilai opini BPK atas laporan keuangan satker", "Harus diperbaiki", "ISIAN-KOSONG",
            "Belum diisi: target, bobot.", "Lengkapi dengan /ubah 2.") in temuan
    assert gaps(skp) == ["IKI 2 belum punya target, bobot"]


def test_a_score_has_its_measure_word_as_satuan_and_a_number_without_any_is_a_gap():
    """tester11 #11: «Nilai indeks kepuasan pelanggan laboratorium», target 85, was exported with an empty Satuan (one
    of the form's seven fields) and nothing in Temuan said so."""
    score = IkiDraft(indikator="Nilai indeks kepuasan pelanggan laboratorium", target="85", jenis=Jenis.core_tusi,
                     bobot=40)
    bare = IkiDraft(indikator="Tingkat kepatuhan kebersihan tangan petugas", target="85", jenis=Jenis.core_tusi, bobot=60)
    assert iki_row(score)[HEADERS.index("Satuan")] == "Nilai"
    skp = SkpDraft(pegawai=PROFILE, iki=[score, bare])
    assert gaps(skp) == ["IKI 2 belum punya satuan"]
    assert file_name(skp, _clean(skp)).endswith(DRAFT_NAME)  # led by the /profil name (tester24 #9)


def test_an_agreed_skp_is_named_as_one_with_its_version_whatever_findings_are_left():
    """tester12 #10: after /tetapkan the file was still «draf-skp.xlsx»; tester22b #13: an agreed SKP with findings
    left was «draf-skp-BELUM-SIAP.xlsx» (it was agreed as it is: the findings stay in «Temuan»)."""
    from datetime import date

    from bot.skp.export import Agreement

    whole = IkiDraft(indikator="Persentase laporan keuangan yang disusun tepat waktu", target="100%",
                     jenis=Jenis.core_tusi, bobot=100)
    skp = SkpDraft(iki=[whole])
    agreed = Agreement(2, date(2026, 9, 7), date(2026, 1, 20))
    assert file_name(skp, _clean(skp), agreed) == "skp-ditetapkan-v2.xlsx"
    gap = SkpDraft(iki=[whole, IkiDraft(indikator="Nilai opini BPK atas laporan keuangan satker", bobot=0)])
    assert file_name(gap, _clean(gap)) == DRAFT_NAME
    assert file_name(gap, _clean(gap), agreed) == "skp-ditetapkan-v2.xlsx"


def test_the_file_name_says_whose_it_is_when_the_profile_names_them():
    """tester24 #9: every member's /ekspor was «skp-ditetapkan.xlsx» or «draf-skp-BELUM-SIAP.xlsx»."""
    from bot.models import Pegawai
    from bot.rules import check_skp
    from bot.skp.export import file_name

    skp = SkpDraft(iki=[IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85")])
    assert file_name(skp, check_skp(skp)) == "draf-skp-BELUM-SIAP.xlsx"
    skp.pegawai = Pegawai(nama="Rahmat Hidayat, S.KM")
    assert file_name(skp, check_skp(skp)) == "rahmat-hidayat-s-km-draf-skp-BELUM-SIAP.xlsx"


def test_two_users_without_a_profile_name_get_export_names_of_their_own():
    """tester51 P3-2: two colleagues' «skp-ditetapkan-v1.xlsx» overwrote each other in one folder."""
    from bot.rules import check_skp
    from bot.skp.export import file_owner

    skp = SkpDraft(iki=[IkiDraft(indikator="Persentase dokumen yang ditindaklanjuti", target="80%")])
    ani, budi = (file_name(skp, check_skp(skp), owner=file_owner(user)) for user in ("111", "222"))
    assert ani != budi and ani.startswith("tanpa-nama-") and ani.endswith("-draf-skp-BELUM-SIAP.xlsx")
    assert ani == file_name(skp, check_skp(skp), owner=file_owner("111"))  # the same user's name again
    named = skp.model_copy(update={"pegawai": Pegawai(nama="Rahmat Hidayat")})
    assert file_name(named, check_skp(named), owner=file_owner("111")) == "rahmat-hidayat-draf-skp-BELUM-SIAP.xlsx"


def test_the_findings_sheet_names_each_iki_by_its_words_and_proposes_the_rewrite_the_chat_offers():
    """play41 #7: «Saran» was empty for IKI whose «Rincian N» offered rule-passing rewrites, and the IKI column held
    only the number. The suggestion comes from the chat's one source (bot.rewrite); a passing IKI proposes none."""
    from bot.rewrite import rewrite
    from bot.rules import check_iki, check_skp

    activity = IkiDraft(indikator="Melaksanakan sosialisasi gizi seimbang di sekolah", target="6", satuan="kali",
                        jenis=Jenis.core_tusi, bobot=50)
    fine = IkiDraft(indikator="Persentase sekolah yang menerapkan kantin sehat", target="80%", satuan="%",
                    jenis=Jenis.core_tusi, bobot=50)
    skp = SkpDraft(pegawai=PROFILE, iki=[fine, activity])
    offered = rewrite(activity, checked=check_iki(activity)).candidates
    assert offered and not check_iki(IkiDraft(indikator=offered[0].indikator)).has_error
    sheet = load_workbook(BytesIO(skp_workbook(skp, check_skp(skp))))["Temuan"]
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.column_dimensions["A"].width >= 40  # the IKI's words are readable, not cut at a number's width
    mine = [row for row in rows if str(row[0]).startswith("2.")]
    assert mine and all(row[0] == f"2. {activity.indikator}" for row in mine)
    assert all(f"«{offered[0].indikator}»" in row[4] for row in mine)
    assert not any(str(row[0]).startswith("1.") and "Usulan IKI" in (row[4] or "") for row in rows)
