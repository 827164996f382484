"""The date note on guideline answers (tester56 F26): this year's guidance published later in the year is the
guidance of the SKP being drafted, never «not yet in force»; next year's says so once, however many sources cite it."""

from datetime import date

from bot.retrieval.source_dates import dated_answer, later_than

ANSWER = ("Bobot Core 100%. (Sumber: Panduan SKP (15 Mar 2031), slide 4)\n\nTarget ditetapkan bersama. "
          "(Sumber: Panduan SKP (15 Mar 2031), slide 9)")


def test_guidance_of_this_year_is_never_said_to_be_not_yet_in_force():
    assert later_than("Panduan SKP (15 Mar 2031)", date(2031, 1, 20)) is None
    shown = dated_answer(ANSWER, date(2031, 1, 20))
    assert "sesudah hari ini" not in shown and "(Sumber: Panduan SKP, 2031, slide 4)" in shown  # its day still to come


def test_next_years_guidance_is_said_once():
    shown = dated_answer(ANSWER, date(2030, 11, 2))
    assert shown.count("sesudah hari ini (2 November 2030)") == 1 and "pedoman untuk tahun 2031" in shown
    assert shown.index("sesudah hari ini") < shown.index("slide 9)")  # with the first source cited
