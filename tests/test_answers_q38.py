"""Answers users read (qfix38): a deadline claimed as a part of a month, a count said to meet a limit, fields pasted
from the e-Kinerja form; each failing before its fix."""

from bot.retrieval.claims import contradicted


def test_a_part_of_a_month_claimed_past_the_deadline_is_denied():
    """dev38: «deadline penyusunan SKP 2026 tuh akhir Februari kan?» was led «Ya.» (the month alone matched)."""
    answer = "Surat Sekjen Kemenkes menetapkan penyusunan SKP tahun 2026 paling lambat 8 Februari 2026."
    assert contradicted("batas akhir SKP 2026 itu pertengahan februari ya?", answer) == "Tidak."
    # a part of the month that may lie before the deadline claims nothing past it
    assert contradicted("batas akhir SKP 2026 itu awal februari ya?", answer) == ""


def test_a_deadline_claimed_at_a_months_end_gets_no_yes(shared_retriever):
    answer = shared_retriever.ask("SKP taun 2026 tenggatnya akhir februari kan kak?", k=3).answer
    assert not answer.startswith("Ya."), answer
