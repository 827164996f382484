"""An optional field's question answered with a word that empties it (conversation.yaml field_asked.clear)."""

import pytest

from bot.conversation.field_value import parse
from bot.models import IkiDraft, SkpDraft

SKP = SkpDraft(iki=[IkiDraft(indikator="Persentase laporan keuangan satker yang direviu tepat waktu", target="90%",
                             satuan="%", baseline="80%", parent="IKK 5.1.1")])


@pytest.mark.parametrize("field", ["baseline", "parent"])
@pytest.mark.parametrize("typed", ["kosongkan", "Tidak ada", "-"])
def test_a_clear_word_empties_an_optional_field(field, typed):
    assert parse(SKP, 0, field, typed) == (None, {field: None})


def test_a_required_field_is_never_emptied_by_a_clear_word():
    problem, update = parse(SKP, 0, "target", "kosongkan")
    assert problem and not update
