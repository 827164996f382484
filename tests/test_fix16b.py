"""tester16: values a first-day user types — a data awal in another unit or past the target is asked back."""

import pytest

from tests.talk import prima_at_step_m, said

REPAIR = "Persentase permintaan perbaikan alat yang diselesaikan sesuai standar waktu"


def _at_baseline(engine, indikator: str, target: str) -> None:
    prima_at_step_m(engine, "u")
    engine.handle("u", indikator)
    engine.handle("u", target)
    assert engine.state("u").prima.field == "baseline"


@pytest.mark.parametrize("typed, why, kept", [("24 sertifikat", "bukan persen", "24%"),
                                              ("95", "melampaui target", "95%")])
def test_a_data_awal_in_another_unit_or_past_a_rising_target_is_asked_back(engine, typed, why, kept):
    """tester16 #3: «24 sertifikat» for a Persentase and 95 for target 80 were stored silently and drove the path."""
    _at_baseline(engine, REPAIR, "80")
    reply = said(engine.handle("u", typed))
    assert why in reply and "Betul" in reply
    assert engine.state("u").skp.iki[0].baseline is None
    engine.handle("u", "ya")  # confirmed, it stands as a percentage
    assert engine.state("u").skp.iki[0].baseline == kept


def test_a_likely_data_awal_is_taken_at_once(engine):
    _at_baseline(engine, REPAIR, "80")
    reply = said(engine.handle("u", "70"))
    assert "Data awal 70% tercatat" in reply and "Betul" not in reply


HD = "Persentase pasien HD yang mendapat edukasi cairan dan diet"


def _at_weight(engine) -> None:
    prima_at_step_m(engine, "u")
    for line in (HD, "80", "70", "Core TUSI"):
        engine.handle("u", line)
    assert engine.state("u").prima.field == "bobot"


def test_a_jenis_put_right_at_the_weight_question_changes_it_and_asks_the_weight_again(engine):
    """tester16 #5: «eh salah jenisnya beyond» at the weight question got «Bobot harus angka»; the jenis stayed."""
    _at_weight(engine)
    reply = said(engine.handle("u", "eh salah jenisnya beyond"))
    assert "Core TUSI → Beyond" in reply and "Bobot harus" not in reply
    prima = engine.state("u").prima
    assert prima.current.jenis.value == "beyond" and prima.field == "bobot"
    engine.handle("u", "20")
    assert [(i.jenis.value, i.bobot) for i in engine.state("u").skp.iki] == [("beyond", 20)]


def test_a_jenis_and_weight_typed_together_at_the_weight_question_take_both(engine):
    _at_weight(engine)
    engine.handle("u", "beyond aja, 15")
    assert [(i.jenis.value, i.bobot) for i in engine.state("u").skp.iki] == [("beyond", 15)]


def test_a_correction_typed_at_the_ubah_target_question_is_its_value(engine):
    """tester16 #5: «eh salah, 90» after «/ubah 1 target» got «Target harus berupa angka»."""
    _at_weight(engine)
    engine.handle("u", "30")
    engine.handle("u", "/ubah 1 target")
    reply = said(engine.handle("u", "eh salah, 90"))
    assert "harus berupa angka" not in reply
    assert engine.state("u").skp.iki[0].target == "90%"


def test_a_jenis_typed_while_an_iki_is_kept_as_being_drafted_goes_to_it(engine):
    """tester16 #5 (p1e line 5): with «IKI yang sedang disusun: …» on screen, «eh salah, jenisnya beyond deh» got
    «Belum ada IKI yang sedang disusun»."""
    prima_at_step_m(engine, "u")
    engine.handle("u", HD)
    engine.press("u", "prima:back")
    assert engine.state("u").prima.field == "indikator" and engine.state("u").prima.current is not None
    reply = said(engine.handle("u", "eh salah, jenisnya beyond deh"))
    assert "Belum ada IKI" not in reply and "Target satu tahun" in reply
    prima = engine.state("u").prima
    assert prima.current.jenis.value == "beyond" and prima.field == "target"


def _saved_one(engine) -> None:
    _at_weight(engine)
    engine.handle("u", "30")
    assert engine.state("u").prima.field == "indikator" and len(engine.state("u").skp.iki) == 1


def test_a_correction_right_after_the_save_still_puts_the_last_answer_right(engine):
    """«eh bentar, 25 aja» reads as «X, target 25»; it was checked as the IKI «eh bentar» in step M."""
    _saved_one(engine)
    reply = said(engine.handle("u", "eh bentar, 25 aja"))
    assert "Bobot" in reply and engine.state("u").skp.iki[0].bobot == 25


@pytest.mark.parametrize("typed, says", [("eh bentar, 90 aja", "belum saya pasang"),
                                         ("tetap simpan", "tidak ada yang perlu «tetap simpan»")])
def test_a_control_phrase_with_nothing_open_is_never_checked_as_an_iki(engine, typed, says):
    """tester16 #12: «eh bentar, 90 aja» after a refused IKI and «tetap simpan» with no weight refused were checked as
    IKI drafts («IKI tidak diawali kata ukuran»)."""
    _saved_one(engine)
    if typed != "tetap simpan":
        engine.handle("u", "Jumlah pasien baru HD yg dilakukan pengkajian awal keperawatan dlm 24 jam")  # refused
    reply = said(engine.handle("u", typed))
    assert says in reply and "kata ukuran" not in reply
    assert ("Pilih usulan" if typed != "tetap simpan" else "Langkah 4") in reply  # the usulan refused still offered
    assert [(i.target, i.bobot) for i in engine.state("u").skp.iki] == [("80%", 30)]
