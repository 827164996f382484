"""Text helpers every reader shares (bot/lang/text.py): phrase alternatives for a pattern, a text cut for quoting, a
knowledge phrase list as one cached PhraseSet."""

import re

from bot import knowledge
from bot.lang.text import alternation, phrase_set, short
from bot.settings import get_settings


def test_phrases_are_alternatives_longest_first_with_any_spaces_between_their_words():
    pattern = re.compile(rf"^(?:{alternation(['ganti', 'ganti aja', 'jd'])})$")
    assert pattern.match("ganti   aja") and pattern.match("jd") and not pattern.match("gantiaja")
    assert re.match(alternation(["ganti", "ganti aja"]), "ganti aja")[0] == "ganti aja"


def test_a_text_is_quoted_on_one_line_and_cut_with_an_ellipsis():
    text = "Persentase BMN yang tercatat dalam SIMAK BMN sesuai hasil inventarisasi"
    assert short(text) == text and short(text, 40) == "Persentase BMN yang tercatat dalam SIMA…"
    assert short(text, 40, at_word=True) == "Persentase BMN yang tercatat dalam…"  # a button's label
    assert short("Andi (Jawa, Bali) 40%\nBudi (Papua) 30%", 60) == "Andi (Jawa, Bali) 40% Budi (Papua) 30%"


def test_a_knowledge_phrase_list_is_read_once_and_again_after_the_files_are_cleared(tmp_path, monkeypatch):
    """phrase_set: one PhraseSet per list, shared by every reader, until knowledge.clear() (a test's other folder)."""
    keys = ("logbook", "dialog", "realisasi", "holiday_categories", "day_parts", "afternoon_below", "follow_up_words")
    (tmp_path / "pengingat.yaml").write_text("".join(f"{k}: []\n" for k in keys) + "words: {leave: [cuti, 17]}\n")
    monkeypatch.setenv("IKI_KNOWLEDGE_DIR", str(tmp_path))
    get_settings.cache_clear()
    knowledge.clear()
    try:
        leave = phrase_set("pengingat", "words", "leave")
        assert phrase_set("pengingat", "words", "leave") is leave
        assert "cuti" in leave and "17" in leave  # a YAML number is read as the text it was written as
        (tmp_path / "pengingat.yaml").write_text("".join(f"{k}: []\n" for k in keys) + "words: {leave: [izin]}\n")
        assert phrase_set("pengingat", "words", "leave") is leave  # cached with the file
        knowledge.clear()
        again = phrase_set("pengingat", "words", "leave")
        assert "izin" in again and "cuti" not in again
    finally:
        monkeypatch.delenv("IKI_KNOWLEDGE_DIR")
        get_settings.cache_clear()
        knowledge.clear()
