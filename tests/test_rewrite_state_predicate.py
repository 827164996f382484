"""A state the thing is already in («tersedia», «terkirim», «tercapai») is the IKI's «yang …» clause: /cek «Data
surveilans tersedia tepat waktu» proposes «Persentase data surveilans yang tersedia tepat waktu», never the garbled
«Persentase data surveilans tersedia yang valid …» (fix50b's leftover)."""

from bot.rewrite import rewrite
from bot.rewrite.parse import state
from tests.talk import said


def test_cek_of_a_thing_in_its_state_proposes_the_state_as_its_clause(engine):
    text = said(engine.handle("st1", "/cek Data surveilans tersedia tepat waktu"))
    assert "Persentase data surveilans yang tersedia tepat waktu" in text
    assert "tersedia yang" not in text


def test_a_ter_state_after_the_thing_is_never_left_before_a_templates_clause():
    found = [c.indikator for c in rewrite("Laporan bulanan program gizi terkirim tepat waktu").candidates]
    assert found == ["Persentase laporan bulanan program gizi yang terkirim tepat waktu"]
    found = [c.indikator for c in rewrite("Menyediakan data surveilans tersedia tepat waktu").candidates]
    assert found and not any("tersedia yang" in c for c in found)


def test_only_a_ter_state_of_the_thing_is_read_so():
    assert state("tersedia") and state("tercapai") and state("terkirim")
    # a word that only opens with «ter», a ter- word naming no state of the thing, the work done
    assert not state("terminal") and not state("terpadu") and not state("terkait") and not state("terlaksana")


def test_a_verb_whose_root_opens_with_ter_is_no_state():
    # «utk terbitkan SSCEC»: «terbit» is the root, not ter- + «bit»; read as a state, the work's own suggestions (the
    # SSCEC issued) were lost at PRIMA step 4 (tests/test_prima_follows_user.py's back-under-a-refused-IKI case)
    assert not state("terbitkan") and not state("terapkan") and state("terselesaikan")
