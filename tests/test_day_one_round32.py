"""Day-one session 32 (dev4–dev9 and holdout3 leftovers): what a first day still lost."""

import pytest

from tests.talk import said


@pytest.mark.parametrize("typed, target, weight", [
    ("tambah beyond: Jumlah inovasi handover pasien berbasis digital yang diterapkan di ruangan target 1 bobot 20",
     "1", 20),
    ("beyond: Jumlah aplikasi pelacakan sampel yang digunakan pengirim target 1 aplikasi bobot 10", "1 aplikasi", 10),
    ("satu lagi beyond: Jumlah inovasi layanan sanitasi kapal yang diterapkan, target 2", "2", None),
])
def test_a_weight_typed_after_a_one_off_iki_s_target_is_its_weight_never_its_unit(typed, target, weight):
    """d7-kepala-ruangan01: «tambah beyond: Jumlah inovasi … target 1 bobot 20» was saved with target «1 bobot 20»
    and satuan «bobot 20»: the target ran to the next comma. The fields after the target are read as a line's are."""
    from bot.conversation.one_off import named_iki

    _, draft = named_iki(typed)
    assert (draft.target, draft.bobot) == (target, weight)
    assert draft.jenis.value == "beyond"


def test_a_list_pasted_while_the_mpph_asks_the_split_is_the_leader_s_own_list(engine):
    """d7-kepala-ruangan01: at «Bagaimana peran dibagi?» the Kepala Ruangan pasted «punya saya:» and five IKI; the
    method was asked again and the list lost. A list of IKI at the method (or target) question is read as pasted,
    the indicator waiting at its step for /mpph."""
    engine.handle("u", "/mpph")
    engine.handle("u", "Persentase pasien rawat inap yang mendapat asuhan keperawatan sesuai standar, target 90%")
    assert engine.state("u").mpph.step == "method"
    reply = said(engine.handle("u", "punya saya:\n1. Persentase kepuasan pasien rawat inap 85%\n"
                                    "2. Angka kejadian pasien jatuh 0\n3. Nilai IP ASN 82"))
    assert "daftar 3 IKI" in reply and "/mpph" in reply
    state = engine.state("u")
    assert state.mpph is None and state.mpph_last.step == "method"
    reply = said(engine.handle("u", "/mpph"))
    assert "Bagaimana peran dibagi" in reply


def test_role_lines_typed_at_the_method_question_are_never_read_as_a_list(engine):
    """The other side: member lines with «;» at the method question stay the MPPH's (kept for the roles step)."""
    engine.handle("u", "/mpph")
    engine.handle("u", "Persentase pasien rawat inap yang mendapat asuhan keperawatan sesuai standar, target 90%")
    engine.handle("u", "Rina; pasien tim A; 90\nDewi; pasien tim B; 90")
    assert engine.state("u").mpph is not None


@pytest.mark.parametrize("typed", ["nip nya yg di SK CPNS kan? 200001152025041001",
                                   "ini nip sy 2000 0115 202504 1 001 ya kak",
                                   "200001152025041001 itu yg dari SK kan?"])
def test_a_nip_typed_inside_a_remark_at_the_nip_question_is_taken(typed):
    """d3-cpns01: «nip nya yg di SK CPNS kan? 2000…» at the NIP question was refused («NIP hanya berisi angka»), and
    every answer after it went one field off. The one NIP of 18 digits a sentence holds answers the question."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "/profil")
    engine.handle("u", "Aldi Ramadhan")
    reply = said(engine.handle("u", typed))
    assert engine.state("u").skp.pegawai.nip == "200001152025041001"
    assert "Jabatan Anda" in reply


def test_a_sentence_with_a_short_number_at_the_nip_question_is_still_refused():
    """The other side: a number too short for a NIP in a remark is no NIP."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "/profil")
    engine.handle("u", "Aldi Ramadhan")
    reply = said(engine.handle("u", "nip sy 1983041220 ya"))
    assert engine.state("u").skp.pegawai.nip is None or not engine.state("u").skp.pegawai.nip
    assert "18 angka" in reply
