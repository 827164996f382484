"""A target and a weight typed together under suggestions not yet picked («target 80, bobot 10») are kept for the
suggestion picked; before, with no logbook, the line was read as an SKP command and answered «Itu perintah untuk SKP
Anda» (d5-keuangan01 after tester55 F3 held a failing Beyond IKI for its rewrites)."""

from bot.conversation import Engine
from bot.conversation.answers import target_and_weight
from bot.models import IkiDraft
from bot.storage.sqlite import SqliteStore
from tests.talk import said


def test_the_target_and_the_weight_are_read_apart():
    target, weight = target_and_weight("targetnya 75, bobotnya 15")
    assert (target.value, weight.value) == (75, 15)
    assert target_and_weight("95%")[1] is None and target_and_weight("95%")[0].value == 95
    assert target_and_weight("IKI 2 target 80, IKI 3 target 90") == (None, None)


def test_both_are_kept_for_the_suggestion_picked(tmp_path):
    engine = Engine(SqliteStore(tmp_path / "state.sqlite3"), rate_limit=10**6)
    state = engine.state("u")
    state.skp.iki = [IkiDraft(indikator=f"Persentase usulan revisi anggaran {what} yang diselesaikan tepat waktu",
                              target="90%") for what in ("satker", "unit vertikal", "kantor pusat")]
    engine._store.save("u", state.model_dump_json())
    told = said(engine.handle("u", "mau nambah beyond: bikin dashboard pemantauan pengadaan barang biar gampang dilacak"))
    assert "Usulan" in told and engine.state("u").candidates
    told = said(engine.handle("u", "targetnya 75, bobotnya 15"))
    assert "75" in told and "bobot 15" in told and "perintah untuk SKP" not in told
    engine.press("u", "use:1")
    iki = engine.state("u").skp.iki[-1]
    assert len(engine.state("u").skp.iki) == 4 and iki.bobot == 15 and "75" in str(iki.target)
