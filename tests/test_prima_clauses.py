"""Several clauses typed at PRIMA step 4, each an IKI under the name of its work, read one by one (d4-spesialis01)."""

from tests.talk import prima_at_step_m, said


def test_clauses_named_by_their_work_each_saved(engine):
    """«penelitian: 1 karya ilmiah siap publikasi. PPDS ga usah. visite: persentase … 90» under step 4's starting
    points was checked as one IKI and lost: each clause's IKI is saved with its target, the refusal said back."""
    prima_at_step_m(engine, "u", "pelayanan rawat jalan, NICU, visite rawat inap, ngajar PPDS, penelitian")
    reply = said(engine.handle("u", "penelitian: 1 karya ilmiah siap publikasi. PPDS ga usah. visite: persentase "
                                    "pasien rawat inap yg dilayani sesuai clinical pathway 90"))
    iki = engine.state("u").skp.iki
    assert [i.indikator for i in iki] == ["Jumlah karya ilmiah siap publikasi",
                                          "Persentase pasien rawat inap yang dilayani sesuai clinical pathway"]
    assert iki[1].target == "90%" and iki[0].target.startswith("1")
    assert "PPDS ga usah" in reply


def test_one_clause_partly_read_left_to_other_readings(engine):
    """A message with a clause that gives no IKI is not read clause by clause (nothing typed is dropped)."""
    from bot.conversation.prima_clauses import read_clauses

    assert read_clauses("penelitian: 1 karya ilmiah. lalu saya juga sering rapat koordinasi") is None
    assert read_clauses("visite: Persentase pasien rawat inap yang dilayani sesuai clinical pathway 90") is None


def test_even_weights_before_the_proposals_are_saved(engine):
    """«bobot sama rata aja» under the IKI proposed together, before saving, was checked as an IKI: the list is saved
    and each jenis's share spread over its IKI, the first IKI's questions follow."""
    from tests.talk import typed

    typed(engine, "u", "/prima", "Lewati", "Lewati", "pencegahan VAP pakai bundle, edukasi keluarga pasien")
    assert engine.state("u").prima.together
    reply = said(engine.handle("u", "bobot sama rata aja"))
    iki = engine.state("u").skp.iki
    assert len(iki) == 3 and all(i.bobot is not None for i in iki), reply
    assert "Sifat:" not in reply and "Target satu tahun" in reply
