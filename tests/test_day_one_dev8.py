"""Day-one set 8 (a Ketua Tim imunisasi, a widyaiswara, a psikolog, a sanitarian, …): what the first days of dev8
lost."""

from tests.talk import list_saved, said


def test_a_question_naming_only_a_kind_of_fact_mid_step_gets_the_guidance_answer(engine):
    """d8-sanitarian01: «deadline nya kapan sih?» at the IP ASN target question got the step's help: «deadline» asks
    a date and is the question's only subject, and the guidance's answer («paling lambat 8 Februari 2026») shares no
    word with it. An answer giving the kind asked for answers it; the target is asked again after it."""
    list_saved(engine, "u", "Persentase kapal yang diperiksa sanitasinya dan mendapat SSCEC/SSCC tepat waktu\n"
                            "Nilai Indeks Profesionalitas ASN")
    engine.handle("u", "/ubah 2 target")
    reply = said(engine.handle("u", "deadline nya kapan sih?"))
    assert "8 Februari" in reply and "Bantuan untuk langkah ini" not in reply
    assert "Target" in reply or "target" in reply
