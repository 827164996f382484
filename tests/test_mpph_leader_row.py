"""The Ketua's own row among the MPPH roles, written in their own name (mpph38 #1): their part, never a member's."""

from io import BytesIO

from openpyxl import load_workbook

from bot.conversation import Engine
from tests.talk import mpph_divided, said


def test_a_row_in_the_leaders_bracketed_name_is_their_own_scoped_part_in_their_draft_and_the_sheet():
    """No /profil name: «Rina (katim); Jawa; 95%» is the Ketua's own part: shown as theirs, no member «Rina (katim)»,
    their draft gets the Jawa part (not the national indicator), and the workbook's head row names «Rina»."""
    engine = Engine()
    matrix = said(mpph_divided(engine, "k", "/mpph Persentase puskesmas yang melapor tepat waktu; 95%", "wilayah",
                               "Rina (katim); Jawa; 95%\nTono; Sumatera; 95%\nUli; Kalimantan, Sulawesi; 95%",
                               "selesai", "cakupannya hanya ini"))
    assert "Rina — Anda sendiri (Ketua Tim): Jawa" in matrix and "(Anggota): Persentase puskesmas di Jawa" not in matrix
    flow = engine.state("k").mpph
    assert [p.nama for p in flow.team] == ["Tono", "Uli"]
    saved = said(engine.press("k", "mpph:save"))
    own = engine.state("k").skp.iki
    assert [i.indikator for i in own] == ["Persentase puskesmas di Jawa yang melapor tepat waktu"], saved
    assert own[0].target == "95%" and own[0].rhk_atasan == "Persentase puskesmas yang melapor tepat waktu"
    done = engine.press("k", "mpph:done")
    book = load_workbook(BytesIO(next(r.file for r in done if r.file).data))
    rows = list(book["MPPH 1 Tingkat"].iter_rows(min_row=2, values_only=True))
    assert rows[0][0] == "Rina" and "Dipegang langsung: Jawa" in rows[0][2]
    assert [r[0] for r in rows[1:]] == ["Tono", "Uli"]
    assert "nama" not in said(done).split("Profil belum lengkap")[-1].split(":")[0]


def test_the_profile_name_marks_the_leaders_share_of_a_quantity_without_a_bracket():
    """/profil «Ns. Dewi Lestari»; «Dewi Lestari; 300» in a beban kuantitatif split of 1000 is her share: her draft
    IKI is her 300, not the 1000; «Budi (ketua)», not her name, stays a member (a Ketua of another team)."""
    engine = Engine()
    engine.handle("k", "/profil Ns. Dewi Lestari, 198507222010012005, Ketua Tim Kerja Laboratorium, Direktorat "
                       "Surveilans, Pak Hadi")
    mpph_divided(engine, "k", "/mpph Jumlah sampel yang diperiksa sesuai standar; 1000 sampel", "kuantitatif",
                 "Dewi Lestari; 300\nAgus; 400\nBudi (ketua); 300", "selesai")
    flow = engine.state("k").mpph
    assert [r.sendiri for r in flow.indicators[0].peran] == [True, False, False]
    engine.press("k", "mpph:save")
    own = engine.state("k").skp.iki
    assert len(own) == 1 and str(own[0].target).startswith("300"), [(i.indikator, i.target) for i in own]


def test_a_member_sharing_only_the_leaders_first_name_stays_a_member():
    engine = Engine()
    engine.handle("k", "/profil Ns. Dewi Lestari, 198507222010012005, Ketua Tim Kerja Laboratorium, Direktorat "
                       "Surveilans, Pak Hadi")
    mpph_divided(engine, "k", "/mpph Jumlah sampel yang diperiksa sesuai standar; 1000 sampel", "kuantitatif",
                 "Dewi; 500\nAgus; 300\nDewi (PFM Ahli Pertama); 200", "selesai")
    assert not any(r.sendiri for r in engine.state("k").mpph.indicators[0].peran)


def test_the_leaders_own_iki_is_their_labelled_region_but_the_whole_indicator_for_work_over_all_of_it():
    from bot.skp.mpph import LeaderIndicator, Role, own_iki

    def leader(own_part: str) -> LeaderIndicator:
        return LeaderIndicator(id="Indikator 1", indikator="Persentase desa yang melaksanakan STBM", target="80%",
                               metode="wilayah", peran=[Role(pegawai="Andi", bagian="Regional 1", target="80%"),
                                                        Role(pegawai="saya", bagian=own_part, target="80%", sendiri=True)])

    assert own_iki(leader("regional 2 dan 3")).indikator == "Persentase desa di regional 2 dan 3 yang melaksanakan STBM"
    assert own_iki(leader("tim pendamping teknis")).indikator == "Persentase desa yang melaksanakan STBM"
