"""A count of deliverables told per quarter at the question of when it is due sets the targets per quarter
(tester56 F19: «satu di TW II satu lg TW IV» for «2 kajian» was asked again, and the answers after it swallowed)."""

from bot.conversation.quarter_split import last_quarter, split
from tests.talk import said


def test_counts_named_per_quarter_add_up_to_cumulative_targets():
    assert split("dua di TW I, satu lg di triwulan 3", 3) == ["2", "2", "3", "3"]
    assert split("TW 2 ada 1, TW 4 ada 2", 3) == ["0", "1", "1", "3"]
    assert last_quarter(["2", "2", "3", "3"]) == 3


def test_counts_that_do_not_add_up_or_one_quarter_alone_are_no_split():
    assert split("satu di TW II, satu di TW IV", 3) is None
    assert split("TW IV aja", 2) is None


def test_the_due_question_takes_the_counts_per_quarter(engine):
    engine.handle("u", "- Jumlah modul pelatihan kader yang disahkan kepala dinas: 3 modul\n"
                       "- Persentase posyandu aktif: 80%")
    asked = said(engine.press("u", "list:save:fixed"))
    assert "Triwulan berapa selesainya?" in asked and "per triwulan" in asked
    told = said(engine.handle("u", "satu di TW I dua lagi di TW III"))
    iki = engine.state("u").skp.iki[0]
    assert iki.target_triwulan == ["1", "1", "3", "3"] and iki.triwulan_selesai == 3, told
