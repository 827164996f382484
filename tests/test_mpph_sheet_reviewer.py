"""What a reviewer reads in the MPPH workbook (tester59 F8): a member's Jabatan is the post the leader told of them
or a placeholder to fill, never a made-up «Anggota Tim»; «Kode indikator induk» names what the member's IKI descend
from (a Renstra code, else the IKI number the leader's own SKP holds, else the matrix's indicator), never «-"; and
a member's IKI measuring two indices at once, or an index counted in things, is named in the matrix's check."""

from io import BytesIO

from openpyxl import load_workbook

from bot.conversation import Engine
from bot.models import IkiDraft
from bot.rules import check_iki
from tests.talk import mpph_divided, said

LEADER = "/mpph Persentase puskesmas yang melaporkan data gizi tepat waktu; 90%"


def _sheet(engine, user):
    workbook = next(r.file for r in engine.press(user, "mpph:done") if r.file)
    return load_workbook(BytesIO(workbook.data))["IKI per pegawai"]


def _rows(sheet):
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]


def test_a_told_post_fills_jabatan_and_an_untold_one_is_left_for_the_reviewer():
    engine = Engine()
    mpph_divided(engine, "j", LEADER, "wilayah",
                 "Rina (Nutrisionis Ahli Muda); Jawa Barat; 90%\nTono; Jawa Tengah; 90%", "selesai")
    engine.press("j", "mpph:rest:tidak_ada")
    rows = {row["Pegawai"]: row for row in _rows(_sheet(engine, "j"))}
    assert rows["Rina (Nutrisionis Ahli Muda)"]["Jabatan"] == "Nutrisionis Ahli Muda"
    assert rows["Tono"]["Jabatan"] == "(jabatan belum diisi)"
    assert all(row["Kode indikator induk"] == "Indikator 1 (matriks MPPH)" for row in rows.values()), rows


def test_the_parent_is_the_leaders_skp_number_once_saved():
    engine = Engine()
    mpph_divided(engine, "p", LEADER, "wilayah", "Rina; Jawa Barat; 90%\nTono; Jawa Tengah; 90%", "selesai")
    engine.press("p", "mpph:rest:tidak_ada")
    engine.press("p", "mpph:save")
    number = len(engine.state("p").skp.iki)
    rows = _rows(_sheet(engine, "p"))
    assert {row["Kode indikator induk"] for row in rows} == {f"IKI {number} SKP atasan"}, rows


def test_a_renstra_code_stays_the_parent():
    engine = Engine()
    mpph_divided(engine, "r", "/mpph IKK 5.1.1 Persentase puskesmas yang melaporkan data gizi tepat waktu; 90%",
                 "wilayah", "Rina; Jawa Barat; 90%", "selesai")
    engine.press("r", "mpph:rest:tidak_ada")
    assert {row["Kode indikator induk"] for row in _rows(_sheet(engine, "r"))} == {"IKK 5.1.1"}


def test_one_iki_measuring_two_things_is_an_error_with_how_to_split_it():
    for indikator in ("Nilai IKM dan IPKP unit layanan", "Persentase sampel yang diuji tepat waktu serta jumlah sampel ditolak"):
        found = [f for f in check_iki(IkiDraft(indikator=indikator, target="3")).findings if f.rule == "IKI-TWO-MEASURES"]
        assert found and "Pecah menjadi dua IKI" in found[0].message, indikator
    for one in ("Indeks Kepuasan Masyarakat (IKM) puskesmas", "Persentase puskesmas dan klinik yang melapor tepat waktu"):
        assert all(f.rule != "IKI-TWO-MEASURES" for f in check_iki(IkiDraft(indikator=one, target="80%")).findings), one


def test_an_index_counted_in_things_is_named_but_a_sum_of_money_is_not():
    bad = check_iki(IkiDraft(indikator="Indeks kepuasan pengguna layanan lab", target="3,4", satuan="orang"))
    assert any(f.rule == "IKI-UNIT-SCORE" and "«orang»" in f.message for f in bad.findings)
    money = check_iki(IkiDraft(indikator="Nilai realisasi PNBP layanan laboratorium", target="2", satuan="miliar rupiah"))
    assert all(f.rule != "IKI-UNIT-SCORE" for f in money.findings)


def test_the_matrix_check_names_a_members_iki_of_two_indices():
    engine = Engine()
    text = said(mpph_divided(engine, "m", "/mpph Jumlah unit kerja yang diusulkan predikat WBK; 3 unit", "milestone",
                             "Sinta; survei persepsi; 3 unit; Nilai IKM dan IPAK hasil survei", "selesai"))
    assert "mengukur dua hal sekaligus" in text and "«unit», benda yang dihitung" in text, text
