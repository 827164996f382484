"""An RHK or IKI drafted from a document named by its acronym or its own words (MoU, PKS, nota kesepahaman) keeps it
and its work whole, and «saya pegang semua» under the IKI /rhk offers is the whole RHK held (tester57 F9: «MoU kerja
sama kesehatan yang ditandatangani» became «naskah kerja sama kerja dengan kesehatan»: the MoU renamed, and «sama»
read as a partner's link; «saya pegang seluruhnya» was then read as work, «mengelola seluruhnya»)."""

import pytest

from bot.rewrite import rewrite
from tests.talk import said


@pytest.mark.parametrize("typed, kept", [
    ("PKS kerja sama penelitian yang ditandatangani", "PKS kerja sama penelitian"),
    ("nota kesepahaman kerjasama pelayanan rujukan", "nota kesepahaman kerjasama pelayanan rujukan"),
    ("MoU dengan WHO", "MoU"),
])
def test_a_named_document_keeps_its_name_in_the_first_suggestion(typed, kept):
    first = rewrite(typed).candidates[0].indikator
    assert kept in first and "naskah" not in first


@pytest.mark.parametrize("typed", ["koordinasi kerja sama dengan dinkes", "PKS kerja sama dengan universitas"])
def test_the_sama_of_kerja_sama_is_never_read_as_a_link(typed):
    for candidate in rewrite(typed).candidates:
        assert "kerja dengan" not in candidate.indikator and "dengan dengan" not in candidate.indikator


def test_holding_the_whole_rhk_under_its_offer_is_said_never_read_as_work(engine):
    replies = engine.handle("u", "/rhk PKS kerja sama pendidikan dengan universitas yang ditandatangani")
    text = said(replies)
    assert "PKS kerja sama pendidikan" in text and "kerja dengan" not in text
    replies = engine.handle("u", "sy yg pegang semuanya kak")
    text = said(replies)
    assert "memegang seluruh RHK" in text and "belum bisa menyusun" not in text
    assert any(b.data == "fill:save" for r in replies for b in r.buttons)
    assert not engine.state("u").skp.iki  # nothing saved before «Simpan ke draf»
