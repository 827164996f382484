"""tester17 #12: a pasted list shows a warning as a note beside a line that passes, and questions about the user's
own IKI asked in the middle of a flow are answered about that IKI."""

from tests.talk import said

BIDAN = ("Persentase persalinan normal yg ditangani sesuai SOP APN 100%\n"
         "Jumlah pasien nifas yg diberikan edukasi ASI eksklusif 300 orang\n"
         "Angka kejadian ruptur perineum derajat 3-4 ≤2%")


def test_a_count_of_patients_served_passes_a_pasted_list_with_the_work_volume_note(engine):
    text = said(engine.handle("u", BIDAN))
    line = next(x for x in text.splitlines() if "pasien nifas" in x)
    assert line.startswith("!") and "IKI menghitung banyaknya pasien nifas" in line
    assert "Lolos: 3 dari 3" in text  # a warning is a note, never a refusal
