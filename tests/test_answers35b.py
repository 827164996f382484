"""Leaders' questions answered with the right fact (answers35b, issue 16, tester54 F15): the weights of a Katim
holding a direct cascade are the table's main column, not only its footnote exceptions; failing before its fix (the
guidance had no answer for that case, so the footnotes' answer, naming «ketua tim», won)."""
# The Jawaban for a Katim holding a direct cascade (07-jenis-bobot-iki.md) has one «Tanya:» question only: each new
# question enters the 100 nearest questions of unrelated messages and pushes one out (search.yaml `questions_depth`),
# which moved dev10, dev24 and tests/test_answers_q29.py when it had three (answers36).


def test_a_katim_asking_the_cl_weight_gets_the_main_column(shared_retriever):
    """F15: «bobot CL utk katim brp?» got only the footnotes (katim without a cascade: TUSI 90/MI 10)."""
    said = shared_retriever.ask("bobot CL utk katim brp?").answer
    assert said.startswith("Ketua tim yang memegang IKI cascading langsung") and "CL 50%" in said, said
    assert "TUSI 90%" not in said, said
    said = shared_retriever.ask("sy katim, bobot CL 50% ya?").answer
    assert said.startswith("Ya.") and "CL 50%" in said, said


def test_a_katim_without_a_cascade_still_gets_the_footnote(shared_retriever):
    """The main column's answer must not take the exception's questions."""
    said = shared_retriever.ask("bobot katim yg ga punya cascading langsung brp?").answer
    assert said.startswith("Ketua tim tanpa IKI cascading langsung") and "TUSI 90%" in said, said
    said = shared_retriever.ask("katim yg ga punya cascading langsung pake CL 50 TUSI 40?").answer
    assert said.startswith("Tidak.") and "TUSI 90%" in said, said
    # a Katim telling the case without a cascade is not given the main column
    said = shared_retriever.ask("td katanya katim itu 50 40 10. tp sy katim yg ga ada cascading langsung ke renstra "
                                "sama sekali, bobotnya tetep sama?").answer
    assert "TUSI 90%" in said and not said.startswith("Ketua tim yang memegang"), said
