"""The ground's sentence splitters (bot.lang.text): a question's sentences, a guidance passage's sentences and cases;
search reads each through them, never a copy of its pattern."""

import re
from pathlib import Path

SEARCH = Path(__file__).resolve().parents[1] / "bot" / "retrieval"

from bot.lang.text import CASE_BREAK, passage_cases, passage_sentences, question_sentences, sentences


def test_a_question_breaks_at_its_question_mark_and_at_a_line_break():
    asked = "  sy katim gizi? IKI-nya\nberapa ya.   bobotnya gmn  "
    assert question_sentences(asked) == ["sy katim gizi?", "IKI-nya", "berapa ya.", "bobotnya gmn"]
    # a drafting message keeps «?» and a line break inside its sentence
    assert sentences(asked) == ["sy katim gizi? IKI-nya\nberapa ya", "bobotnya gmn"]


def test_a_figure_with_a_point_ends_no_sentence_of_a_question():
    assert question_sentences("target 87.5 persen? ok") == ["target 87.5 persen?", "ok"]


def test_a_passage_breaks_at_a_semicolon_and_keeps_its_parts_as_written():
    passage = "Core TUSI 40% ; MI 10%. Beyond  sisanya."
    assert passage_sentences(passage) == ["Core TUSI 40% ", " MI 10%.", "Beyond  sisanya."]


def test_a_passage_case_ends_at_sedangkan_too_but_not_inside_a_word():
    passage = "Anggota memakai TUSI 90% sedangkan ketua tim memakai CL; sisanya dikedepankan."
    assert [c.strip() for c in passage_cases(passage)] == ["Anggota memakai TUSI 90%", "ketua tim memakai CL",
                                                           "sisanya dikedepankan."]
    assert [m.end() for m in CASE_BREAK.finditer("a; b sedangkan c")] == [2, 14]


def test_search_holds_no_copy_of_the_question_or_passage_splitters():
    copies = [r're.split(r"(?<=[.?!])\s+|\n+"', r're.split(r"(?<=[.!?])\s+|;"', r'\bsedangkan\b|(?<=[.!?])']
    found = [(path.name, c) for path in SEARCH.glob("*.py") for c in copies
             if c in path.read_text(encoding="utf-8")]
    assert not found, found
    assert not re.search(r"_CASE_END\s*=", (SEARCH / "limits.py").read_text(encoding="utf-8"))
