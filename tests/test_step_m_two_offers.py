"""PRIMA step 4 showing both its starting points and the suggestions of an IKI checked before: the buttons are named
apart, and a starting point picked never takes the target typed with that other IKI (tester57 F11)."""

from tests.talk import said


def _at_step_four(engine, user):
    checked = said(engine.handle(user, "Jumlah sosialisasi yang dilaksanakan ke sekolah 30 kali"))
    assert "Usulan IKI" in checked and engine.state(user).candidate_target
    engine.handle(user, "/prima")
    engine.press(user, "prima:skip")
    engine.handle(user, "Strategi 1: pemeriksaan jentik berkala oleh kader di rumah warga\n"
                        "Strategi 2: pelaporan hasil pemeriksaan jentik ke dinkes tiap bulan")
    engine.press(user, "prima:role:anggota")
    return engine.press(user, "prima:direct:0")


def test_the_two_offers_have_no_button_label_twice(engine):
    replies = _at_step_four(engine, "s1")
    labels = [button.label for reply in replies for button in reply.buttons]
    assert "Titik awal" in said(replies) and len(labels) == len(set(labels))


def test_a_starting_point_picked_is_asked_its_own_target(engine):
    _at_step_four(engine, "s2")
    told = said(engine.press("s2", "prima:propose:1"))
    current = engine.state("s2").prima.current
    assert current is not None and current.target is None and "30 kali" not in told and "Target satu tahun" in told
