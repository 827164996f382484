"""PRIMA step 4 drafting a pasted list one IKI at a time: the targets of all of them typed at the first target
question, comma-separated, are each kept for their IKI in order, never only the first (tester56 F9)."""

from tests.talk import said

LIST = "\n".join(["1. Persentase kasus DBD yang dilakukan penyelidikan epidemiologi dalam 24 jam",
                  "2. Persentase laporan PE DBD yang disampaikan ke dinas tepat waktu",
                  "3. Jumlah kelurahan dengan angka bebas jentik minimal 95 persen",
                  "4. Nilai IP ASN"])


def _at_first_target(engine):
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.handle("u", "penyelidikan epidemiologi kasus DBD di kelurahan\nfogging fokus sesuai hasil PE")
    engine.press("u", "prima:role:anggota")
    engine.press("u", "prima:direct:0")
    engine.handle("u", LIST)
    engine.press("u", "list:save:fixed")
    assert engine.state("u").prima.field == "target"


def test_targets_for_the_waiting_iki_are_kept_in_order(engine):
    _at_first_target(engine)
    told = said(engine.handle("u", "targetnya 92%, 80 persen, dua belas kelurahan, 85"))
    state = engine.state("u")
    assert state.skp.iki[0].target == "92%", told
    assert [d.target for d in state.prima.queue] == ["80%", "12 kelurahan", "85"], told
    assert "12 kelurahan" in told


def test_a_count_of_values_that_fits_no_order_is_left_to_the_question(engine):
    _at_first_target(engine)
    engine.handle("u", "90%, 80%")
    assert all(d.target in (None, "") for d in engine.state("u").prima.queue)
