"""Step 2's activities typed with a bare verb («cegah …»), its command form («terbitkan …») or a ward's round
(«ronde …») each get a starting point at step 4 (d5-perawaticu01, d5-karu01)."""

from bot.rewrite.work import verbs_read
from tests.talk import prima_at_step_m, said


def test_command_form_read_as_the_me_verb():
    """«terbitkan SSCEC» is «menerbitkan SSCEC», as «cegah VAP» is «mencegah VAP»; a root the vocabulary writes with
    no -kan verb stays as typed."""
    assert verbs_read("terbitkan SSCEC") == "menerbitkan SSCEC"
    assert verbs_read("siapkan bahan rapat") == "menyiapkan bahan rapat"
    assert verbs_read("cegah dekubitus dgn reposisi") == "mencegah dekubitus dgn reposisi"


def test_each_activity_gets_a_starting_point(engine):
    """«cegah dekubitus dgn reposisi», «terbitkan SSCEC» and «ronde keselamatan pasien» were «Belum ada titik awal»."""
    reply = said(prima_at_step_m(engine, "u", "cegah dekubitus dgn reposisi, terbitkan SSCEC, ronde keselamatan pasien"))
    proposals = [p.indikator for p in engine.state("u").prima.proposals]
    assert "Belum ada titik awal" not in reply
    assert any("dekubitus" in p for p in proposals) and any("SSCEC" in p for p in proposals)
    assert any("ronde keselamatan" in p for p in proposals)


def test_addition_on_accepting_is_drafted_with_the_list(engine):
    """d5-perawaticu01: «pakai semua, tambah satu: kepatuhan cuci tangan 5 moment» left the addition waiting (no
    measure word) for a turn the user never reached: it is drafted output-based and saved with the list."""
    from tests.talk import typed

    typed(engine, "u", "/prima", "Lewati", "Lewati", "pencegahan VAP pakai bundle, edukasi keluarga pasien")
    assert engine.state("u").prima.together
    reply = said(engine.handle("u", "pakai semua, tambah satu: kepatuhan cuci tangan 5 moment"))
    assert "Persentase kepatuhan cuci tangan 5 moment" in [i.indikator for i in engine.state("u").skp.iki], reply
