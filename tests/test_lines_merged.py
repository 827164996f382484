"""A user saying the lines they pasted were read as one is told how to send them so each is checked, never answered
as a question outside the guidance (tester57 F8)."""

from tests.talk import said


def test_lines_said_to_be_merged_get_the_way_to_send_them_again(engine):
    engine.handle("m1", "Persentase arsip inaktif yang dipindahkan sesuai JRA 100%")
    text = said(engine.handle("m1", "lho td sy kirim 4 iki bu, kenapa kegabung semua"))
    assert "satu IKI per baris" in text and "di luar pedoman" not in text


def test_a_question_naming_lines_without_merging_is_not_taken():
    from bot.conversation import lines_merged

    assert lines_merged.reply("berapa baris iki yang ideal dalam satu SKP?") is None
