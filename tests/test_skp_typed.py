"""An SKP change typed in words (bot/conversation/skp_typed.py): the field edits it is read as, once, and the value a
correction typed next puts right."""

import pytest

from bot.conversation import Engine
from bot.conversation.skp_edit import is_typed_edit
from bot.conversation.skp_typed import FieldEdit, field_edits
from bot.models import IkiDraft, SkpDraft
from bot.storage.sqlite import SqliteStore


def test_a_typed_change_is_read_as_typed_field_edits():
    assert field_edits("yg no 1 jenisnya core cl aja, bobotnya 50", 2) == [FieldEdit(1, "jenis", "core_cl"),
                                                                           FieldEdit(1, "bobot", "50")]
    asked = field_edits("maksud sy IKI no 2 targetnya diganti", 2)
    assert asked == [FieldEdit(2, "target")] and asked[0].command == "2 target" and not asked[0].correctable
    assert FieldEdit(1, "target", "3000 sampel").command == "1 target 3000 sampel"
    assert FieldEdit.corrected(FieldEdit(1, "target", "3000 sampel").correctable, "92%") == FieldEdit(1, "target", "92%")
    assert not FieldEdit(1, "satuan", "Dokumen").correctable  # no correction reads a unit


@pytest.fixture
def drafted(shared_retriever):
    store = SqliteStore()
    engine = Engine(store, retriever=lambda: shared_retriever, rate_limit=10**6)
    state = engine.state("u")
    state.skp = SkpDraft(iki=[IkiDraft(indikator="Jumlah sampel makanan yang diperiksa di laboratorium",
                                       target="30 sampel", bobot=50),
                              IkiDraft(indikator="Persentase sampel yang diperiksa tepat waktu", target="90%", bobot=50)])
    store.save("u", state.model_dump_json())
    return engine


def test_a_value_typed_with_its_unit_is_put_right_by_the_correction_typed_next(drafted):
    """«yg no 1 targetnya jadi 35 sampel», then «eh salah, 40 aja»: the value just typed, as after «/ubah 1 target
    35 sampel» (a value of two words left nothing to put right)."""
    drafted.handle("u", "yg no 1 targetnya jadi 35 sampel")
    assert drafted.state("u").skp.iki[0].target == "35 sampel"
    drafted.handle("u", "eh salah, 40 aja")
    assert drafted.state("u").skp.iki[0].target.startswith("40")


@pytest.mark.parametrize("named", ["IKI 2", "iki no. 2", "IKI nomor 2", "IKI ke-2", "IKI-2", "IKI 2nya"])
def test_an_iki_named_by_its_number_is_read_alike_by_an_edit_of_its_text_and_of_a_field(named):
    """One reader of «IKI no N» (skp_typed.numbered): «IKI-2 ganti jadi …» was no edit of IKI 2's text, «IKI 2nya
    targetnya 90%» no edit of its target."""
    assert is_typed_edit(f"{named} ganti jadi Persentase sampel yang diperiksa tepat waktu")
    assert field_edits(f"{named} targetnya 90%", 3) == [FieldEdit(2, "target", "90%")]

