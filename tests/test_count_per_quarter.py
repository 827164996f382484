"""Two or more of a thing made («2 kajian», «3 modul») are a count, never asked one quarter it is due; their counts
per quarter may be told with /ubah N triwulan and are kept cumulative (tester56 F19: «2 kajian» was asked as a one-off
and «satu di TW II satu lg TW IV» not understood)."""

from bot.conversation.quarter_split import split
from bot.models import IkiDraft
from bot.rules.measures import is_one_off
from tests.talk import said


def test_counts_named_per_quarter_add_up_to_cumulative_targets():
    assert split("dua di TW I, satu lg di triwulan 3", 3) == ["2", "2", "3", "3"]
    assert split("TW 2 ada 1, TW 4 ada 2", 3) == ["0", "1", "1", "3"]


def test_counts_that_do_not_add_up_or_one_quarter_alone_are_no_split():
    assert split("satu di TW II, satu di TW IV", 3) is None
    assert split("TW IV aja", 2) is None


def test_several_things_made_are_a_count_and_one_is_a_one_off():
    assert not is_one_off(IkiDraft(indikator="Jumlah kajian kebijakan pembiayaan kesehatan", target="2 kajian"))
    assert not is_one_off(IkiDraft(indikator="Jumlah pedoman teknis yang disusun", target="3", satuan="pedoman"))
    assert is_one_off(IkiDraft(indikator="Jumlah dashboard pemantauan stunting", target="1", satuan="dashboard"))


def test_several_things_made_are_not_asked_a_due_quarter_and_take_counts_per_quarter(engine):
    engine.handle("u", "- Jumlah modul pelatihan kader yang disahkan kepala dinas: 3 modul\n"
                       "- Persentase posyandu aktif: 80%")
    asked = said(engine.press("u", "list:save:fixed"))
    assert "Triwulan berapa selesainya?" not in asked
    told = said(engine.handle("u", "/ubah 1 triwulan satu di TW I dua lagi di TW III"))
    iki = engine.state("u").skp.iki[0]
    assert iki.target_triwulan == ["1", "1", "3", "3"], told
