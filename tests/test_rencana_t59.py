"""/rencana's stages (tester59 F23): a passive loanword verb is named by the loanword, never a peN- form no one writes
(«Penyskriningan»), and «tahap 2 sm 3 IKI 1 udh selesai» marks every stage named, not the first alone."""

import pytest

from bot.models import IkiDraft
from bot.year.rencana import derived_process, propose
from tests.agreed_year import agreed_over, steps_taken
from tests.talk import said

SKP = """1. Persentase ibu hamil yang diskrining HIV sesuai standar - 95%
2. Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun - 150 SK
3. Persentase usulan kenaikan pangkat yang ditetapkan tepat pada periode TMT - 95%"""


@pytest.mark.parametrize("verb,noun", [("diskrining", "Skrining"), ("ditransfer", "Transfer"),
                                       ("diproteksi", "Proteksi"), ("dicegah", "Pencegahan"),
                                       ("ditangani", "Penanganan")])
def test_a_passive_verb_is_named_by_its_noun(verb, noun):
    assert derived_process(verb) == noun


def test_no_stage_is_written_with_an_impossible_noun():
    plan = propose(IkiDraft(indikator="Persentase ibu hamil yang diskrining HIV sesuai standar", target="95%"), 1)
    names = [s.name for s in plan.stages]
    assert not any("Peny" in n for n in names) and any(n.startswith("Skrining") for n in names), names


@pytest.fixture
def engine(tmp_path, at):
    yield from agreed_over(tmp_path, at, skp=SKP, day="2026-01-05T09:00", then="2026-04-08T09:00")


def test_every_stage_named_is_marked_done(engine, at):
    engine.handle("u1", "/rencana")
    text = said(steps_taken(engine, at, "tahap 2 sm 3 IKI 1 udh selesai"))
    plan = next(p for p in engine.state("u1").year.rencana if p.iki.startswith("Persentase ibu hamil"))
    assert [s.done is not None for s in plan.stages[:4]] == [False, True, True, False], text
