"""ux26 #5 (tester24 #21): a PPPK member can say so at /profil; the number is kept as the NI PPPK, the guidance's
word said (the SKP is the same as a PNS's), and the files label it so."""

from bot.models import Pegawai
from bot.skp.skp_form import identity, signatures
from tests.talk import said, typed

NUMBER = "199001012025212001"


def test_a_member_says_pppk_at_the_nip_question_and_is_asked_the_ni_pppk(engine):
    reply = said(typed(engine, "u", "/profil", "Rina Wulandari, S.Si", "sy PPPK"))
    assert "NI PPPK" in reply and "sama seperti SKP PNS" in reply and "PermenPANRB 6/2022" in reply
    assert reply.rstrip().endswith("NI PPPK Anda (18 angka, spasi boleh)?")
    reply = said(engine.handle("u", NUMBER))
    pegawai = engine.state("u").skp.pegawai
    assert pegawai.pppk and pegawai.nip == NUMBER and f"NI PPPK {NUMBER}" in reply


def test_a_number_labelled_ni_pppk_is_the_nip_of_a_pppk_member(engine):
    typed(engine, "u", "/profil", "Rina", "NI PPPK 1990 0101 2025 2120 01")
    pegawai = engine.state("u").skp.pegawai
    assert pegawai.pppk and pegawai.nip == NUMBER


def test_the_nip_question_says_how_a_pppk_member_answers(engine):
    assert "PPPK" in said(typed(engine, "u", "/profil", "Rina Wulandari"))


def test_the_files_label_the_number_ni_pppk():
    pegawai = Pegawai(nama="Rina", nip=NUMBER, pppk=True)
    assert ("NI PPPK", NUMBER) in identity(pegawai)
    assert signatures(pegawai)[0][3] == f"NI PPPK {NUMBER}"
    assert ("NIP", NUMBER) in identity(Pegawai(nama="Rina", nip=NUMBER))
