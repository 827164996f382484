"""A standard's number inside an IKI is its name, never its target (tester24 #9b): «ISO 15189» was read as the target
15.189 and cut from the text, «ISO 17025; 90%» kept «ISO» only."""

import pytest

from bot.conversation.answers import fields_in
from tests.talk import said


@pytest.mark.parametrize("typed, indikator, target", [
    ("Persentase laboratorium yang menerapkan ISO 15189", "Persentase laboratorium yang menerapkan ISO 15189", None),
    ("Persentase hasil uji laboratorium yang terakreditasi ISO 17025 target 90%",
     "Persentase hasil uji laboratorium yang terakreditasi ISO 17025", 90),
    ("Persentase sampel air yang diuji sesuai SNI 6989 95%", "Persentase sampel air yang diuji sesuai SNI 6989", 95),
    ("Persentase hasil uji yang memenuhi ISO/IEC 17025", "Persentase hasil uji yang memenuhi ISO/IEC 17025", None),
    ("Nilai IKPA satker 95", "Nilai IKPA satker", 95),  # a score's last bare number is still its target
])
def test_a_standards_number_stays_in_the_iki(typed, indikator, target):
    found = fields_in(typed)
    assert (found.indikator, found.target.value if found.target else None) == (indikator, target)


def test_cek_and_a_pasted_list_keep_the_standard(engine):
    checked = said(engine.handle("u", "/cek Persentase laboratorium yang menerapkan ISO 15189"))
    assert "ISO 15189" in checked and "15.189" not in checked
    listed = said(engine.handle("v", "Nilai kinerja organisasi Balai Labkesmas; 85\n"
                                     "Persentase hasil uji laboratorium yang terakreditasi ISO 17025; 90%\nNilai IKPA satker; 95"))
    assert "terakreditasi ISO 17025 (target 90%)" in listed, listed
