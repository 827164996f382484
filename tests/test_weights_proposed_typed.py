"""«Pakai usulan bobot» typed (a button the user expects, or the words of one) asks for the weights the bot proposes,
the guidance's pattern spread per jenis, wherever the draft is being completed (d11-kkp05: checked as an IKI;
d10-rad01: «Bobot harus angka 0–120» at the weight question)."""

import pytest

from bot.conversation import Engine
from bot.conversation.draft_weights import asks_evenly
from bot.models import Jenis
from tests.talk import said, typed

LIST = "Persentase pasien dilayani sesuai SPO\nPersentase pengulangan foto radiologi\nNilai Indeks Profesionalitas ASN"
TYPED = ["Pakai usulan bobot", "pake usulan bobotnya aja", "bobot yg diusulkan aja", "ok bobotnya sesuai usulan",
         "use the proposed weights"]


@pytest.mark.parametrize("text", TYPED)
def test_the_proposed_weights_asked_in_words_are_the_guidance_pattern(text):
    assert asks_evenly(text)


@pytest.mark.parametrize("text", ["Pakai saran 10%", "bobot usulan 3 brp?", "pakai usulan 1",
                                  "Persentase usulan kenaikan pangkat yang diproses tepat waktu"])
def test_one_suggestion_a_number_or_an_iki_naming_usulan_is_no_such_request(text):
    assert not asks_evenly(text)


@pytest.mark.parametrize("text", TYPED[:3])
def test_typed_at_a_field_question_of_a_saved_list_spreads_each_jenis(text):
    engine = Engine()
    typed(engine, "u", LIST, "simpan semua", "90, 5, 80")
    reply = said(engine.handle("u", text))
    iki = engine.state("u").skp.iki
    assert [(i.jenis, i.bobot) for i in iki] == [(Jenis.core_tusi, 45), (Jenis.core_tusi, 45), (Jenis.core_mi, 10)]
    assert "Bobot dibagi rata per jenis" in reply and "Sifat:" not in reply, reply


@pytest.mark.parametrize("text", TYPED[:2])
def test_typed_under_the_iki_prima_proposed_together_saves_them_with_the_weights(text):
    engine = Engine()
    typed(engine, "u", "/prima", "Lewati", "Lewati",
          "inspeksi sanitasi TPM bandara, pengawasan vektor, pengawasan kualitas air bersih pesawat")
    reply = said(engine.handle("u", text))
    iki = engine.state("u").skp.iki
    assert len(iki) == 4 and sum(i.bobot for i in iki) == 100 and "Sifat:" not in reply, reply


@pytest.mark.parametrize("text", ["Pakai usulan bobot", "bobot yg diusulkan aja", "bagi rata aja",
                                  "bobotnya sesuai panduan aja"])
def test_typed_with_no_question_open_spreads_each_jenis_and_drafts_no_iki(text):
    # d10-hum07: with no field asked, «Pakai usulan bobot» drafted IKI «Persentase usulan bobot yang digunakan …»
    engine = Engine()
    typed(engine, "u", LIST, "simpan semua", "Selesai dulu")
    assert engine.state("u").fill is None
    reply = said(engine.handle("u", text))
    iki = engine.state("u").skp.iki
    assert [(i.jenis, i.bobot) for i in iki] == [(Jenis.core_tusi, 45), (Jenis.core_tusi, 45), (Jenis.core_mi, 10)]
    assert "usulan bobot yang" not in reply, reply


@pytest.mark.parametrize("text", ["Pakai usulan bobot", "bagi rata aja"])
def test_typed_at_prima_step_1_is_no_keyword(text):
    # d10-ktm06: «Pakai usulan bobot» at step 1 was searched in the catalog («Tidak ada indikator Renstra …»)
    engine = Engine()
    typed(engine, "u", "/prima")
    reply = said(engine.handle("u", text))
    assert "Tidak ada indikator Renstra" not in reply and "langkah 4" in reply, reply
    assert engine.state("u").prima.step == "P" and not engine.state("u").prima.typed


def test_typed_at_prima_step_1_with_a_draft_spreads_its_weights():
    engine = Engine()
    typed(engine, "u", LIST, "simpan semua", "Selesai dulu", "/prima")
    reply = said(engine.handle("u", "Pakai usulan bobot"))
    iki = engine.state("u").skp.iki
    assert [(i.jenis, i.bobot) for i in iki] == [(Jenis.core_tusi, 45), (Jenis.core_tusi, 45), (Jenis.core_mi, 10)]
    assert "Langkah 1 dari 5" in reply, reply
