"""A Ketua holding a leader's RHK whole in /rhk is proposed IKI built from it (tester48 P2-4: a blank template was all
they got): the RHK's -nya opener read as the clause it names, never «Persentase meningkatnya …», each proposal passing
the rules and saved with the RHK and Core CL by «Simpan usulan N ke draf» or typed; one's own IKI may still be typed."""

from bot.models import IkiDraft, Jenis
from bot.rules import check_iki
from bot.skp.rhk import iki_for_whole
from tests.talk import labels, press, said, typed

RHK = "Meningkatnya akses masyarakat terhadap air minum aman"


def test_a_leaders_rhk_is_measured_by_what_its_opener_names_never_by_the_opener():
    assert [c.indikator for c in iki_for_whole(RHK)] == [
        "Persentase masyarakat yang memiliki akses terhadap air minum aman"]
    stated = [c.indikator for c in iki_for_whole("Tersedianya data kualitas air minum yang valid")]
    assert stated == ["Persentase data kualitas air minum yang tersedia dan valid",
                      "Jumlah data kualitas air minum yang tersedia dan valid"]
    assert [c.indikator for c in iki_for_whole("Terkelolanya arsip dinamis sesuai ketentuan")] == [
        "Persentase arsip dinamis yang terkelola sesuai ketentuan"]  # a thing one keeps is no count
    assert [c.indikator for c in iki_for_whole("Meningkatnya cakupan imunisasi dasar lengkap")] == [
        "Cakupan imunisasi dasar lengkap"]  # a level named by its measure is the IKI itself
    for rhk in (RHK, "Tersedianya data kualitas air minum yang valid", "Meningkatnya kab/kota yang menyelenggarakan STBM"):
        for candidate in iki_for_whole(rhk):
            first = candidate.indikator.split()[1].lower()
            assert not first.endswith("nya") and not check_iki(IkiDraft(indikator=candidate.indikator)).has_error


def test_a_change_naming_nothing_measurable_gets_no_garbled_proposal():
    assert iki_for_whole("Meningkatnya kualitas layanan laboratorium") == []
    assert iki_for_whole("Persentase sampel yang diperiksa tepat waktu") == []  # no leader's RHK


def test_holding_the_whole_rhk_proposes_iki_and_a_button_saves_one_with_the_rhk_as_core_cl(engine):
    replies = typed(engine, "h1", "/rhk", RHK, "saya pegang seluruhnya")
    text = said(replies)
    assert "1. Persentase masyarakat yang memiliki akses terhadap air minum aman" in text
    assert "Simpan usulan 1 ke draf" in labels(replies)
    text = said(press(engine, "h1", replies, "Simpan usulan 1 ke draf"))
    assert "Tersimpan ke draf sebagai IKI ke-1" in text
    (iki,) = engine.state("h1").skp.iki
    assert iki.indikator == "Persentase masyarakat yang memiliki akses terhadap air minum aman"
    assert iki.rhk == RHK and iki.jenis is Jenis.core_cl


def test_a_proposal_picked_by_typing_is_saved_and_an_iki_of_ones_own_is_still_taken(engine):
    typed(engine, "h2", "/rhk", "Tersedianya data kualitas air minum yang valid", "saya pegang seluruhnya")
    assert "Tersimpan ke draf" in said(engine.handle("h2", "simpan yg 2"))
    assert [iki.indikator for iki in engine.state("h2").skp.iki] == [
        "Jumlah data kualitas air minum yang tersedia dan valid"]
    replies = typed(engine, "h3", "/rhk", RHK, "saya pegang seluruhnya",
                    "Persentase kab/kota yang menyelenggarakan STBM pilar air minum")
    assert "Simpan ke draf SKP?" in said(replies)
