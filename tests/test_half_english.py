"""ux26 #3 (tester24 #19): one reading of half-English IKI lines — an English participle anywhere is English, as
«on time» is, and the Indonesian suggestion keeps the words already written in Indonesian order; a short English
answer takes the suggestion under «Pakai saran N%»."""

from bot.lang.english import translate
from bot.rules.language import is_english
from tests.talk import said, typed

HALF = "Persentase QC internal passed sesuai Westgard rules"


def test_an_english_participle_anywhere_makes_the_iki_english_as_on_time_does():
    assert is_english(HALF) and is_english("Persentase sampel yang diperiksa on time")
    assert not is_english("Persentase hasil QC internal yang lolos sesuai aturan Westgard")


def test_the_indonesian_wording_keeps_indonesian_order_and_turns_the_english_noun_phrase():
    assert translate(HALF).text == "Persentase QC internal yang lolos sesuai aturan Westgard"


def test_the_half_english_iki_is_refused_with_its_indonesian_wording(engine):
    reply = said(engine.handle("u", HALF))
    assert "«passed» adalah bahasa Inggris" in reply
    assert "Persentase QC internal yang lolos sesuai aturan Westgard" in reply


def test_use_the_suggestion_under_the_weight_suggestion_takes_it(engine):
    replies = typed(engine, "u", "Persentase sampel air minum yang diperiksa sesuai standar, 90", "simpan",
                    "Belum ada data awal", "Core TUSI")
    assert any(b.label.startswith("Pakai saran") for r in replies for b in r.buttons)
    typed(engine, "u", "use the suggestion")
    assert engine.state("u").skp.iki[0].bobot == 22.5
