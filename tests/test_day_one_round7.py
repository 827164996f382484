"""Day-one answers outside PRIMA (issue 16, seventh round): a value taken at a field is said back; ..."""

from bot.conversation import Engine
from tests.test_day_one_round6 import at_field, said


def test_a_number_word_taken_at_the_target_question_is_said_back():
    engine, user = Engine(), "u-r7-echo"
    at_field(engine, user, "target")
    replies = engine.handle(user, "seratus persen")
    assert engine.state(user).skp.iki[0].target == "100%"
    assert "Target 100% tercatat" in said(replies)
    replies = engine.handle(user, "72")
    assert "Data awal 72% tercatat" in said(replies)
