"""Answers users read (q45): a two-part message whose best answer is neither part's own (failed before its fix)."""

from evals.question_evals import contains


def test_a_later_part_is_answered_when_the_best_answer_is_neither_parts_own(shared_retriever):
    """The steps of bobot answered the whole and the first part's jenis was added: the total asked after it was lost."""
    answer = shared_retriever.ask("sy bikin iki di RS, trus tiap iki hrs dikasih jenis core/beyond. cara nentuin "
                                  "jenisnya gmn? dan brp total bobot core + beyond?").answer
    assert contains(answer, "120%") and contains(answer, "tandai Core CL")
