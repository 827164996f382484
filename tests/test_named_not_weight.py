"""«baseline thn lalu 82» is Indonesian, and at the weight question a number named as something else is no weight
(tester9 #12)."""

import pytest

from bot.rules.language import is_english
from tests.talk import press, said


@pytest.mark.parametrize("text", ["baseline thn lalu 82", "target thn ini 90 krn renovasi", "deadline tgl 5"])
def test_domain_loanwords_and_shorthand_are_not_english(text):
    assert not is_english(text)


def test_english_is_still_english():
    assert is_english("Employee engagement score")
    assert is_english("the baseline was 82")


def test_a_baseline_at_the_weight_question_is_kept_as_the_baseline(engine):
    replies = engine.handle("w1", "1. Persentase arsip inaktif yang tertata sesuai standar: 90%\n2. Nilai IP ASN: 85")
    replies = press(engine, "w1", replies, "Simpan 2")
    replies = press(engine, "w1", replies, "Belum ada data awal")
    press(engine, "w1", replies, "Core TUSI")
    text = said(engine.handle("w1", "baseline thn lalu 82"))
    iki = engine.state("w1").skp.iki[0]
    assert iki.bobot is None and iki.baseline == "82%"
    assert "bukan bobot" in text and "This assistant works in Indonesian" not in text
