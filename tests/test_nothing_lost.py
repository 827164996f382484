"""Nothing typed is lost, at every open step (issue 16): an IKI line, a numbered list, a correction, a question, the
mandatory IKI with its list number, another step's answer or work with no suggestion, typed while a field of an IKI
or the suggestions wait, each ends where the user can see it (the draft, or the list on screen) and the draft holds
the right number of IKI."""

import pytest

from bot.conversation import Engine
from tests.talk import said

IKI = "Persentase laporan keuangan yang disusun sesuai SAP"


def _fill(engine, user, answers):
    engine.handle(user, f"/cek {IKI}")
    engine.press(user, "fill:save")
    for answer in answers:
        engine.press(user, answer[1:]) if answer.startswith("@") else engine.handle(user, answer)


def _prima(engine, user, answers):
    engine.handle(user, "/prima")
    for data in ("prima:skip", "prima:skip", "prima:role:anggota", "prima:direct:0"):
        engine.press(user, data)
    engine.handle(user, IKI)
    for answer in answers:
        engine.press(user, answer[1:]) if answer.startswith("@") else engine.handle(user, answer)


STEPS = {  # how to get there, and the field then open (None: the suggestions after a /cek)
    "simpan:target": (lambda e, u: _fill(e, u, []), "target"),
    "simpan:baseline": (lambda e, u: _fill(e, u, ["90"]), "baseline"),
    "simpan:jenis": (lambda e, u: _fill(e, u, ["90", "@fill:nobaseline"]), "jenis"),
    "simpan:bobot": (lambda e, u: _fill(e, u, ["90", "@fill:nobaseline", "Core TUSI"]), "bobot"),
    "usulan": (lambda e, u: e.handle(u, "/cek Jumlah laporan monitoring"), None),
    "prima:target": (lambda e, u: _prima(e, u, []), "target"),
    "prima:baseline": (lambda e, u: _prima(e, u, ["90"]), "baseline"),
    "prima:jenis": (lambda e, u: _prima(e, u, ["90", "@prima:nobaseline"]), "jenis"),
    "prima:bobot": (lambda e, u: _prima(e, u, ["90", "@prima:nobaseline", "Core TUSI"]), "bobot"),
}

NEW = "Persentase SPJ yang lengkap dan sah, 80%"
INPUTS = {  # what is typed, and what must be true after: (IKI added to the draft, text that must be in the draft)
    "iki": (NEW, 1, "Persentase SPJ yang lengkap dan sah"),
    "mandatory": ("4. Nilai IP ASN 85", 1, "Nilai Indeks Profesionalitas ASN"),
    # work no suggestion can be formed from (the rewriter drafts «inventaris … pake QR code» since round 4)
    "work": ("satu lagi, sy lg nyusun inventaris digital alat pake QR code", 1, "inventaris digital alat"),
    "correction": ("eh salah, 85 aja", 0, None),
    "question": ("maksudnya gimana kak?", 0, None),
    "other_step": ("Belum ada data awal", 0, None),
}


def _open_field(state):
    holder = state.fill if state.fill is not None else state.prima
    return getattr(holder, "field", None) if holder is not None else None


@pytest.mark.parametrize("kind", INPUTS)
@pytest.mark.parametrize("step", STEPS)
def test_nothing_typed_at_an_open_step_is_lost(step, kind):
    engine, user = Engine(), f"u-{step}-{kind}"
    go, field = STEPS[step]
    go(engine, user)
    state = engine.state(user)
    assert field is None and state.candidates or _open_field(state) == field  # the step is open as meant
    before = [i.indikator for i in state.skp.iki]
    text, added, holds = INPUTS[kind]
    replies = engine.handle(user, text)
    after = [i.indikator for i in engine.state(user).skp.iki]
    if step == "prima:target" and kind in ("iki", "mandatory", "correction"):
        added += kind == "correction" or IKI in after  # a number answers the target: the IKI drafted is saved
    offered = [c.indikator for c in engine.state(user).candidates]
    if kind == "work" and any(holds in c for c in offered):
        added, holds = 0, None  # offered as suggestions to pick, on screen
    assert len(after) == len(before) + added, said(replies)
    if holds:
        assert any(holds in indikator for indikator in after), said(replies)
        target = next(i.target for i in engine.state(user).skp.iki if holds in i.indikator)
        assert kind != "mandatory" or str(target).startswith("85"), target  # the list number is no target
    assert "Coba lagi" not in said(replies) or kind == "correction"  # never a bare refusal


@pytest.mark.parametrize("step", [s for s in STEPS if s != "usulan"])
def test_a_numbered_list_typed_at_an_open_step_is_shown_as_a_list(step):
    engine, user = Engine(), f"u-list-{step}"
    STEPS[step][0](engine, user)
    before = len(engine.state(user).skp.iki)
    replies = engine.handle(user, f"1. {NEW}\n2. Persentase SPM yang diterbitkan tepat waktu, 90%")
    state = engine.state(user)
    assert "daftar 2 IKI" in said(replies)
    assert len(state.listed) == 2 and len(state.skp.iki) in (before, before + 2)  # on screen to save, or saved
