"""A field label opening what /rhk is given («Indikator pimpinan: …», «IKU atasan = …», «Rencana hasil kerja - …») is
never part of the RHK built from it, whichever field it names and whichever branch builds the RHK (play41: the
qualifier branch kept «Indikator pimpinan:» inside the RHK)."""

import pytest

from bot.conversation import Engine
from bot.conversation.rhk_flow import without_field_label
from tests.talk import said, typed


def _drafted(text: str) -> str:
    """The first RHK proposed in the reply."""
    return text.split("Usulan RHK (hasil + qualifier):\n1. ", 1)[1].splitlines()[0]


@pytest.mark.parametrize("labelled", [
    "IKU atasan: Persentase temuan audit internal yang ditindaklanjuti",
    "indikator kinerja = Persentase temuan audit internal yang ditindaklanjuti",
    "IKI pimpinan sy - Persentase temuan audit internal yang ditindaklanjuti",
])
def test_the_label_is_dropped_and_the_rhk_is_the_one_the_bare_indicator_gets(labelled):
    engine = Engine()
    bare = _drafted(said(engine.handle("b", "/rhk Persentase temuan audit internal yang ditindaklanjuti")))
    rhk = _drafted(said(typed(Engine(), "l", "/rhk", labelled)))
    assert rhk == bare, rhk
    assert not {"iku", "indikator", "iki", "atasan", "pimpinan"} & set(rhk.lower().split()), rhk


def test_a_leader_rhk_behind_a_label_is_still_read_as_the_leaders():
    text = said(Engine().handle("r", "/rhk Rencana hasil kerja pimpinan: Meningkatnya mutu layanan laboratorium"))
    assert "«Meningkatnya mutu layanan laboratorium» adalah RHK pimpinan" in text, text


@pytest.mark.parametrize("text", ["Meningkatnya cakupan: imunisasi", "Persentase dokumen: anggaran",
                                  "indikator-indikator mutu", "IKI:"])
def test_text_opening_with_no_label_or_with_nothing_after_it_is_kept(text):
    assert without_field_label(text) == text
