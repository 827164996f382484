"""A Ketua who holds the leader's RHK whole (/rhk) and shares its indicator with /mpph keeps that RHK on their own IKI
(tester55 F7): the draft and /ekspor carry it as the RHK, as the leader's RHK intervened, and say what the Ketua holds
of the shared indicator, so a Core CL is never flagged as having no parent; /mpph asks the indicator measuring that
RHK rather than the RHK again, and /rhk's buttons step aside (F14)."""

from bot.conversation import Engine
from bot.rules import check_skp
from bot.skp.export import COLUMNS, iki_row
from bot.skp.mpph import LeaderIndicator, Role, own_iki
from tests.talk import press, said, typed

RHK = "Meningkatnya cakupan skrining hipertensi pada penduduk usia produktif"


def _row(iki) -> dict:
    return dict(zip(COLUMNS, iki_row(iki)))


def _parent_flagged(engine, user) -> bool:
    return any(f.rule == "IKI-PARENT" for f in check_skp(engine.state(user).skp).findings)


def test_the_rhk_held_whole_travels_through_the_mpph_into_the_leaders_own_iki_and_the_export():
    engine = Engine()
    typed(engine, "ketua", f"/rhk {RHK}", "sy yg pegang semuanya")
    asked = said(engine.handle("ketua", "/mpph"))
    assert f"RHK Anda (dari /rhk): «{RHK}»" in asked and "indikator (atau RHK)" not in asked
    assert engine.state("ketua").rhk is None  # /rhk's «Simpan usulan» buttons no longer shown beside the MPPH's
    engine.handle("ketua", "Persentase penduduk usia produktif yang diskrining hipertensi; 70%")
    engine.press("ketua", "mpph:method:aspek")
    typed(engine, "ketua", "Sinta; skrining di posbindu; 70%\nYoga; skrining di tempat kerja; 70%", "selesai")
    engine.press("ketua", "mpph:save")
    (iki,) = engine.state("ketua").skp.iki
    row = _row(iki)
    assert row["Rencana Kinerja"] == RHK  # the leader's RHK as written, never redrafted from the indicator
    assert row["RHK/indikator atasan yang diintervensi"] == RHK
    assert "Sinta" in row["Bagian yang dipegang sendiri (MPPH)"] and "Yoga" in row["Bagian yang dipegang sendiri (MPPH)"]
    assert not _parent_flagged(engine, "ketua")


def test_a_proposal_saved_from_rhk_names_the_leaders_rhk_as_its_parent():
    engine = Engine()
    replies = typed(engine, "k2", f"/rhk {RHK}", "saya pegang seluruhnya")
    press(engine, "k2", replies, "Simpan usulan 1")
    (iki,) = engine.state("k2").skp.iki
    assert iki.rhk_atasan == RHK and not _parent_flagged(engine, "k2")


def test_an_mpph_without_rhk_says_who_holds_each_part_and_keeps_the_leaders_own_part_first():
    shared = LeaderIndicator(id="Indikator 1", indikator="Persentase balita yang ditimbang", target="85%",
                             peran=[Role(pegawai="Ani", bagian="Kecamatan Utara"), Role(pegawai="Eko", bagian="Kecamatan Selatan")])
    own = own_iki(shared)
    assert own.bagian == "Penanggung jawab seluruh indikator; dibagi dalam MPPH: Ani (Kecamatan Utara); Eko (Kecamatan Selatan)"
    assert own.rhk_atasan is None  # no RHK known: nothing invented
    kept = shared.model_copy(update={"peran": [*shared.peran, Role(pegawai="Saya", bagian="rekap kabupaten", sendiri=True)]})
    assert own_iki(kept).bagian == "rekap kabupaten"


def test_indicator_lines_pasted_while_a_role_change_waits_are_the_leaders_own_iki_and_the_role_stays():
    engine = Engine()
    typed(engine, "k3", "/mpph Persentase desa yang melaksanakan STBM; 80%")
    engine.press("k3", "mpph:method:wilayah")
    typed(engine, "k3", "Tono; Kecamatan Barat; 80%\nWati; Kecamatan Timur; 80%", "selesai")
    engine.press("k3", "mpph:edit:2")
    replies = engine.handle("k3", "Jumlah kader STBM yang dilatih sesuai kurikulum; 40 kader\n"
                                  "Persentase sarana air minum yang diawasi kualitasnya; 75%")
    assert "belum terbaca" not in said(replies) and "Peran 2 tidak diubah" in said(replies)
    assert "daftar 2 IKI" in said(replies)  # read as the leader's own list, each line checked
    flow = engine.state("k3").mpph or engine.state("k3").mpph_last
    assert flow.editing is None and flow.indicators[0].peran[1].bagian == "Kecamatan Timur"


def test_the_indicator_rhk_proposed_is_offered_to_confirm_at_mpph_never_asked_from_zero():
    engine = Engine()
    typed(engine, "k2", f"/rhk {RHK}", "sy yg pegang semuanya")
    replies = engine.handle("k2", "/mpph")
    assert "Pakai ini?" in said(replies) and "Pakai indikator ini" in [b.label for r in replies for b in r.buttons]
    text = said(engine.handle("k2", "target 75%"))  # its target alone: the indicator /rhk proposed, split next
    flow = engine.state("k2").mpph
    assert flow.current.target == "75%" and f"«{flow.current.indikator}»" in said(replies) and flow.step == "method"
    assert "Bagaimana peran dibagi?" in text
    other = Engine()
    typed(other, "k3", f"/rhk {RHK}", "sy yg pegang semuanya", "/mpph")
    assert "Berapa target" in said(other.press("k3", "mpph:rhkiki"))
    assert other.state("k3").mpph.current.rhk == RHK
