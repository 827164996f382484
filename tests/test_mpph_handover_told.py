"""A Ketua with an agreed SKP telling in one free sentence that a member left and who takes the part over (tester58
F6): the part moves to that member, the matrix is kept as a new version with the mutasi reason and the day told, and
nothing is kept as a day's work. Titles before the names («apt.», «Ns.») never hide who is meant."""

from bot.conversation import Engine
from tests.talk import said, typed


def _agreed(at, user: str) -> Engine:
    at("2026-01-14T09:00")
    engine = Engine()
    typed(engine, user, "/mpph Jumlah sampel air minum yang diperiksa; 900 sampel")
    engine.press(user, "mpph:method:kuantitatif")
    typed(engine, user, "Ns. Galih Saputra; wilayah utara; 300\nNs. Intan Permata; wilayah selatan; 300\n"
                        "Ns. Joko Susilo; wilayah tengah; 300", "selesai")
    engine.press(user, "mpph:save")
    replies = engine.handle(user, "/tetapkan")
    engine.press(user, next(b.data for r in replies for b in r.buttons if b.label.startswith("Ya")))
    at("2026-09-02T10:00")
    return engine


def test_a_mutasi_with_its_successor_told_moves_the_part_and_versions_the_matrix(at):
    engine = _agreed(at, "g")
    text = said(engine.handle("g", "joko kena mutasi ke dinkes provinsi per 1 september, wilayahnya diambil alih intan"))
    state = engine.state("g")
    flow = state.mpph or state.mpph_last
    assert not state.year.entries, text
    assert [(r.pegawai, r.target) for r in flow.indicators[0].peran] == [
        ("Ns. Galih Saputra", "300"), ("Ns. Intan Permata", "600")], text
    assert [v.number for v in flow.versions] == [1, 2] and flow.versions[-1].reason == "struktur"
    assert str(flow.versions[-1].since) == "2026-09-01"
    assert "Apa alasannya?" not in text


def test_a_part_said_to_go_to_two_members_is_offered_never_guessed(at):
    engine = _agreed(at, "h")
    replies = engine.handle("h", "joko mutasi per 1 september, wilayahnya dibagi, dipegang intan dan galih")
    flow = engine.state("h").mpph or engine.state("h").mpph_last
    assert [r.pegawai for r in flow.indicators[0].peran][-1] == "Ns. Joko Susilo"
    assert "mpph:edit:3" in [b.data for r in replies for b in r.buttons]
