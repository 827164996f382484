"""Words of an English line read as the linker reads them (link57): a word ending in «-ss» is no plural, so «heat
stress» names no «str» (surat tanda registrasi) and «access» no «acc»."""

import pytest

from bot.year.terms import terms


@pytest.mark.parametrize("english, kept", [("stress", "stress"), ("access", "access")])
def test_a_word_ending_in_ss_is_no_plural(english, kept):
    assert terms([english], english=True) == [kept]


def test_a_plural_still_reads_as_its_base():
    assert terms(["releases"], english=True) == ["release"]
