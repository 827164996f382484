"""Leaders' questions answered with the right fact (answers35b, issue 16, tester54 F15): the weights of a Katim
holding a direct cascade (the table's main column, not only its footnote exceptions), whether members' IKI must
differ from the Katim's, and how to choose between splitting by wilayah and by beban kuantitatif; each failing
before its fix (the guidance lacked the answer, so a nearer-worded one won)."""


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


def test_whether_members_iki_must_differ_is_answered_yes_or_no(shared_retriever):
    """F15: «iki anggota hrs beda sm iki sy ga sih?» got MPPH and IKI defined (or dialog kinerja led «Ya.»)."""
    said = shared_retriever.ask("iki anggota hrs beda sm iki sy ga sih?").answer
    assert said.startswith("Tidak.") and "tidak harus berbeda" in said, said
    said = shared_retriever.ask("IKI anggota boleh sama semua?").answer
    assert said.startswith("Ya.") and "wilayah" in said, said


def test_choosing_between_wilayah_and_beban_gets_both_conditions(shared_retriever):
    """dev34: «… bagi perannya gmn biar ga dobel? mending per wilayah atau per beban» got the 2025 IKI-count
    finding."""
    said = shared_retriever.ask("tim kami pengendalian kusta 4 orang, IKK nya nasional 38 provinsi. bagi perannya "
                                "gmn biar ga dobel? mending per wilayah atau per beban").answer
    assert "pembagian wilayah" in said and "beban kuantitatif" in said and "MPPH" in said, said
