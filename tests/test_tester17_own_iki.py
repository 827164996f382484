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


def test_a_question_about_an_iki_aspek_mid_flow_answers_about_that_iki_and_keeps_the_open_question(engine):
    engine.handle("u", BIDAN)
    asked = said(engine.handle("u", "simpan yang lolos")).splitlines()[-1]  # the data awal of IKI 1 is asked
    text = said(engine.handle("u", "kak yg edukasi ASI itu aspeknya kok kuantitas? harusnya kualitas ga sih"))
    assert "IKI 2 «Jumlah pasien nifas yang diberikan edukasi ASI eksklusif» beraspek Kuantitas" in text
    assert "/ubah 2 aspek kualitas" in text and text.endswith(asked)
    assert "Simpan ke draf" not in text and len(engine.state("u").skp.iki) == 3  # no old list line checked again
    engine.handle("u", "/ubah 2 aspek kualitas")
    assert engine.state("u").skp.iki[1].aspek.value == "kualitas"
    # the aspek the user wishes (named last) is the one it has: said so, no change proposed
    text = said(engine.handle("u", "yg ruptur perineum itu aspeknya kok kuantitas? harusnya kualitas ga sih"))
    assert "IKI 3 «Angka kejadian ruptur perineum derajat 3-4» beraspek Kualitas" in text
    assert "sudah Kualitas" in text and "/ubah 3 aspek" not in text


def test_a_question_about_the_weights_answers_with_the_users_own_skp(engine):
    engine.handle("u", BIDAN)
    engine.handle("u", "simpan semua")
    engine.handle("u", "/batal")
    for n, bobot in ((1, 45), (2, 45)):
        engine.handle("u", f"/ubah {n} jenis tusi")
        engine.handle("u", f"/ubah {n} bobot {bobot}")
    text = said(engine.handle("u", "bobotnya brp ya? td udh 100 semua"))  # no flow open (tester17 s3D3)
    assert "Bobot di SKP Anda sekarang" in text and "Core TUSI · 45%" in text and "bobot belum diisi" in text
    assert "✗ IKI nomor 3 belum diberi bobot" in text and "/ubah NOMOR bobot" in text
    engine.handle("u", "/ubah 3 bobot")  # the weight asked by /ubah: the same answer, then the field again
    text = said(engine.handle("u", "bobotnya brp ya?"))
    assert "Bobot di SKP Anda sekarang" in text and text.rstrip().splitlines()[-1] != "Bobot di SKP Anda sekarang:"


def test_a_weight_question_naming_a_jenis_and_no_one_own_is_answered_by_the_guidance(engine):
    """The twenty-fourth session's make chat: «bukannya bobot MI itu 10?» with a draft open showed the draft's weights
    and never said «Ya.»; a question about the user's own weights still shows them."""
    engine.handle("u", BIDAN)
    engine.handle("u", "simpan semua")
    engine.handle("u", "/batal")
    for question in ("bukannya bobot MI itu 10?", "bobot beyond maksimal 20 kan?"):
        text = said(engine.handle("u", question))
        assert text.startswith("Ya.") and "Bobot di SKP Anda sekarang" not in text, (question, text)
    for question in ("bobot MI sy brp ya?", "bobotnya brp ya?"):
        assert "Bobot di SKP Anda sekarang" in said(engine.handle("u", question)), question
