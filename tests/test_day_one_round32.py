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


@pytest.mark.parametrize("typed, declines", [
    ("ip asn jgn lupa, 82", False), ("IP ASN jangan sampai lupa ya, target 80", False),
    ("don't forget IP ASN 85", False), ("IP ASN jangan dulu", True), ("IP ASN ga usah dulu deh", True),
])
def test_a_reminder_not_to_forget_the_mandatory_iki_never_puts_it_off(typed, declines):
    """d3-perencana01: «ip asn jgn lupa, 82» was read as putting IP ASN off («jgn» is a not_now word) and not added.
    «jangan lupa» asks to keep it in (conversation.yaml not_now_reminds)."""
    from bot.conversation.mandatory_typed import declines_mandatory

    assert declines_mandatory(typed) is declines


def test_ip_asn_jgn_lupa_with_a_target_adds_it(engine):
    from tests.talk import list_saved

    list_saved(engine, "u", "Persentase revisi anggaran yang disetujui tepat waktu\n"
                            "Persentase capaian RO yang dilaporkan tepat waktu di e-monev")
    reply = said(engine.handle("u", "ip asn jgn lupa, 82"))
    assert "82" in reply
    assert any(iki.indikator == "Nilai Indeks Profesionalitas ASN" and iki.target.startswith("82")
               for iki in engine.state("u").skp.iki)


_PASTED = ("ini iki sy tahun lalu, tolong dicek\n1. Penyusunan DIPA\n2. Persentase revisi anggaran yg disetujui tepat "
           "waktu\n3. Reviu RKA oleh APIP\n4. Nilai IKPA direktorat\n5. Persentase capaian RO yg dilaporkan tepat "
           "waktu di e-monev")


def test_an_activity_line_whose_object_is_unknown_keeps_its_place_in_a_numbered_list(engine):
    """d3-perencana01: «14. Reviu RKA oleh APIP» was skipped as no IKI (the lexicon knows no «RKA» as work), so every
    line after it was one number off the user's own. An activity written as an IKI is a line of the list."""
    from bot.conversation.iki_list import read_list

    pasted = read_list(_PASTED)
    assert [line.listed.text for line in pasted.lines][2] == "3. Reviu RKA oleh APIP" and not pasted.skipped


@pytest.mark.parametrize("typed", ["detail 4", "detil 4", "rincian 4"])
def test_the_details_word_and_a_number_ask_about_that_line(engine, typed):
    """d3-perencana01: «detail 12» under the list got «itu maksudnya apa?»; the «Rincian N» button's word typed with
    any line's number, one that passes too, shows that line."""
    engine.handle("u", _PASTED)
    reply = said(engine.handle("u", typed))
    assert "Nilai IKPA direktorat" in reply and "maksudnya apa" not in reply


_WARD = ("Persentase pasien rawat inap yang mendapat asuhan keperawatan sesuai standar\nPersentase kepuasan pasien "
         "rawat inap\nPersentase perawat ruangan yang mencapai kompetensi PK sesuai jenjang\nPersentase pasien rawat "
         "inap dengan risiko jatuh yang terpasang penanda\nNilai IP ASN 82")


@pytest.mark.parametrize("typed", ["ok CL 50, tusi 15 15 10, mi 10", "CL 50; TUSI 15 15 10; MI 10",
                                   "bobot cl 50, core tusi 15 15 10, mi 10 aja"])
def test_weights_typed_jenis_by_jenis_go_to_the_draft_in_order(engine, typed):
    """d7-kepala-ruangan01: «ok CL 50, tusi 15 15 10, mi 10» at a data awal question was kept as a data awal of 50%.
    Clauses each a jenis and its weights give them to the IKI still without a jenis in the draft's order (Core MI to
    the mandatory IKI), said back."""
    from tests.talk import list_saved

    list_saved(engine, "u", _WARD)
    reply = said(engine.handle("u", typed))
    assert [(iki.jenis.value, iki.bobot) for iki in engine.state("u").skp.iki] == [
        ("core_cl", 50), ("core_tusi", 15), ("core_tusi", 15), ("core_tusi", 10), ("core_mi", 10)]
    assert "Data awal" not in reply


def test_weights_jenis_by_jenis_that_do_not_fit_the_draft_change_nothing_and_are_said(engine):
    """d3-perencana01: «cl 50, tusi: 10 5 5 10 5 5» with four IKI left for TUSI: nothing set, the mismatch said."""
    from tests.talk import list_saved

    list_saved(engine, "u", _WARD)
    reply = said(engine.handle("u", "cl 50, tusi: 10 5 5 10 5 5"))
    assert "belum saya pasang" in reply
    assert all(iki.bobot is None for iki in engine.state("u").skp.iki)


def test_several_numbers_at_the_weight_question_never_change_the_asked_iki_s_jenis(engine):
    """d3-perencana01: «target tusi: 100, 90, 90, 95, 95, maks 5» at a Core CL IKI's weight question asked which
    number was meant, and made the IKI Core TUSI on the way. Several numbers are asked about before any jenis they
    name is taken."""
    engine.handle("u", "/cek Persentase realisasi anggaran direktorat")
    engine.handle("u", "simpan")
    engine.handle("u", "96")
    engine.handle("u", "belum ada data awal")
    reply = said(engine.handle("u", "Core CL"))
    assert "Bobot IKI ini" in reply
    reply = said(engine.handle("u", "target tusi: 100, 90, 90, 95, 95, maks 5"))
    assert "beberapa angka" in reply
    assert engine.state("u").skp.iki[0].jenis.value == "core_cl"


def test_bobot_sama_rata_tusinya_spreads_the_tusi_share_and_the_named_weight_goes_to_ip_asn(engine):
    """d7-pengelola-bmn01: «bobot sama rata tusinya, ip asn 10» set IP ASN's target to 10: «tusinya» was no jenis
    word. It names Core TUSI; the TUSI share is spread and 10 is IP ASN's weight."""
    from tests.talk import list_saved

    list_saved(engine, "u", "Persentase laporan BMN yang valid dan disampaikan tepat waktu\nPersentase BMN yang "
                            "tercatat sesuai hasil inventarisasi\nPersentase usulan penghapusan BMN yang diproses\n"
                            "Nilai IP ASN 85")
    engine.handle("u", "bobot sama rata tusinya, ip asn 10")
    iki = engine.state("u").skp.iki
    assert [(i.jenis.value, i.bobot) for i in iki] == [("core_tusi", 30)] * 3 + [("core_mi", 10)]
    assert iki[3].target.startswith("85")
