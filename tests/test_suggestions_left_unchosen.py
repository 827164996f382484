"""A suggestion is saved only when the user picks it, and talk around an IKI never becomes its text (tester19 #5)."""

from tests.talk import said


def test_talk_after_the_suggestions_of_an_iki_typed_with_its_target_leaves_them_unchosen(engine):
    """The target came with the failing IKI, before any suggestion was seen: a next sentence that tells no work of the
    user's own (a leader's second line of feedback) picks none and leaves the draft as it was."""
    assert "Pakai usulan 1" in said(engine.handle("u", "Melaksanakan PME 4 siklus, target 100%")) or \
        engine.state("u").candidates
    replies = said(engine.handle("u", "yg dihitung hrsnya sampel yg hasilnya keluar, bkn pemeriksaan yg dilakukan"))
    assert "belum memilih usulan" not in replies and engine.state("u").skp.iki == []


def test_own_work_told_after_them_still_takes_the_first_with_its_target(engine):
    """The day-one habit stays: a user who goes on to their next task keeps the IKI they typed, as the first
    suggestion with its target."""
    engine.handle("u", "Melaksanakan PME 4 siklus, target 100%")
    engine.handle("u", "sy jg ngurus kalibrasi alat lab, yg terkalibrasi sesuai jadwal")
    assert [iki.target for iki in engine.state("u").skp.iki][:1] == ["100%"]


def test_an_iki_given_as_an_example_inside_talk_is_read_without_the_talk(engine):
    """«PME itu kegiatan. ganti jd hasilnya, mis. <IKI>. target 100%»: the IKI after «mis.» with its target; «itu
    kegiatan», «ganti jd», «mis.» are no part of it."""
    engine.handle("u", "PME itu kegiatan. ganti jd hasilnya, mis. persentase parameter PME yg hasilnya memuaskan. "
                       "target 100%")
    saved = engine.state("u").skp.iki
    assert [(iki.indikator, iki.target) for iki in saved] == [("Persentase parameter PME yang hasilnya memuaskan", "100%")]


def test_other_work_told_without_a_lead_word_still_takes_the_first(engine):
    """«sama yg input SILK, yg datanya lengkap gitu» (day-one lab02): more work, not a remark on the measure."""
    engine.handle("u", "yg hasil TB dilaporkan sesuai TAT, target 85")
    engine.handle("u", "sama yg input SILK, yg datanya lengkap gitu")
    assert [iki.target for iki in engine.state("u").skp.iki][:1] == ["85%"]
