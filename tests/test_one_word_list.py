"""Word lists read once: where two readers share a list, a word added to it reaches both."""

from bot import knowledge
from bot.retrieval.claims import claim


def test_a_claim_drops_the_asker_told_in_any_word_a_self_introduction_opens_with():
    """«sya katim, …»: claims read intent.yaml's self-introduction words, the ones the chat greets by."""
    selves = knowledge.data("intent")["requests"]["introduce_leader"]["self"]
    assert {"sya", "gua", "kami"} <= set(selves)
    for self_word in selves:
        assert claim(f"{self_word} katim, bobot CL 50% ya?") == ["bobot", "cl", "50"]


def test_every_ceiling_the_numbers_read_opens_a_time_limit_too():
    """numbers.yaml bounds «≤» (the ceiling an export writes as Arah target) bound the time work takes, as
    lexicon time_limit's own openers do: «di bawah 3 hari kerja» is aspek Waktu like «maks 3 hari kerja»."""
    from bot.lang.text import tokens
    from bot.rules.measures import limits_time

    ceilings = [b for b in knowledge.data("numbers")["bounds"]["≤"] if tokens(b)]
    assert "di bawah" in ceilings
    for opener in ceilings + knowledge.data("rules/lexicon")["measure_kinds"]["time_limit"]["openers"]:
        assert limits_time(tokens(f"laporan selesai {opener} 3 hari kerja")), opener
    assert not limits_time(tokens("laporan selesai 3 hari kerja"))


def test_text_opening_with_any_bound_or_time_limit_names_no_work():
    """«di bawah 3 hari», «paling sedikit 2 kali»: a bound of numbers.yaml opens a limit for the rewriter as it does
    for a target's direction; «maks 7 hari kerja» named no work before, its siblings name none either."""
    from bot.lang.text import tokens
    from bot.rewrite import names_work

    bounds = [b for words in knowledge.data("numbers")["bounds"].values() for b in words if tokens(b)]
    for opener in bounds + knowledge.data("rules/lexicon")["measure_kinds"]["time_limit"]["openers"]:
        assert not names_work(f"{opener} 7 hari kerja"), opener


def test_every_quarter_word_names_a_quarter_wherever_one_is_read():
    """numbers.yaml quarter_words: the dialog pack's «selesai TW …» answer, a realisasi's quarter and the rewriter's
    named period all read the same words and the same Roman numerals."""
    from bot.lang.dates import quarter_mark, quarter_pattern, read_quarter
    from bot.rewrite.register import formal

    for word in knowledge.data("numbers")["quarter_words"]:
        assert read_quarter(f"{word} III") == 3 and read_quarter(f"{word}2") == 2, word
        assert quarter_pattern().search(f"capaian {word} IV 85%").group(1).lower() == "iv", word
        assert formal(f"inventarisasi BMN {word} III") == "inventarisasi BMN", word
    assert [quarter_mark(q) for q in (1, 4)] == ["TW I", "TW IV"]
    assert "trw" in knowledge.data("numbers")["quarter_words"]


def test_a_list_line_saved_with_its_typed_spelling_is_in_the_draft_for_the_list_and_for_ajukan():
    """«… yg diverfikasi …» saved keeping the typed spelling («yang diverfikasi»): the list no longer offers it as
    waiting, and /ajukan's whole list finds it in the draft (one reading of a line's forms,
    list_summary.draft_forms)."""
    from bot.conversation.list_summary import left_out
    from bot.conversation.pasted_skp import left_out as left_out_of_skp
    from bot.conversation.state import ListedIki, UserState
    from bot.models import IkiDraft

    listed = [ListedIki(text="Persentase dokumen yg diverfikasi tepat waktu", target="90%")]
    saved = "Persentase dokumen yang diverfikasi tepat waktu"
    assert left_out(listed, {saved.lower()}) is None
    assert left_out(listed, {"persentase lain"}) is not None
    state = UserState()
    state.listed = listed
    state.skp.iki.append(IkiDraft(indikator=saved, target="90%"))
    assert left_out_of_skp(state) == []


def test_the_words_leading_to_a_date_or_a_duration_are_found_backwards_longest_first():
    """One backward reading (Line.phrase_start_before) serves the Uraian's cut («rapat pada hari senin») and a
    duration's own bound («, kurang dr 2 jam»)."""
    from bot.year.line import line

    ln = line("rapat koordinasi di hari senin")
    assert ln.phrase_start_before(4, [("hari",), ("di", "hari")]) == 2
    assert ln.phrase_start_before(4, [("pada",)]) is None
    assert ln.phrase_start_before(0, [("rapat",)]) is None


def test_a_superscript_after_a_period_word_is_no_period_number():
    """«Q:²» (found by test_rewriter's property test): «²» is a digit to str.isdigit but no number int() reads."""
    from bot.rewrite.register import formal

    assert "²" in formal("Q:²")  # kept as written; it raised ValueError
