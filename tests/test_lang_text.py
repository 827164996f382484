"""Text helpers every reader shares (bot/lang/text.py): phrase alternatives for a pattern, a text cut for quoting."""

import re

from bot.lang.text import alternation, short


def test_phrases_are_alternatives_longest_first_with_any_spaces_between_their_words():
    pattern = re.compile(rf"^(?:{alternation(['ganti', 'ganti aja', 'jd'])})$")
    assert pattern.match("ganti   aja") and pattern.match("jd") and not pattern.match("gantiaja")
    assert re.match(alternation(["ganti", "ganti aja"]), "ganti aja")[0] == "ganti aja"


def test_a_text_is_quoted_on_one_line_and_cut_with_an_ellipsis():
    text = "Persentase BMN yang tercatat dalam SIMAK BMN sesuai hasil inventarisasi"
    assert short(text) == text and short(text, 40) == "Persentase BMN yang tercatat dalam SIMA…"
    assert short(text, 40, at_word=True) == "Persentase BMN yang tercatat dalam…"  # a button's label
    assert short("Andi (Jawa, Bali) 40%\nBudi (Papua) 30%", 60) == "Andi (Jawa, Bali) 40% Budi (Papua) 30%"
