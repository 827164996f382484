"""New work told on a draft SKP (tester55 F2, F3, F17): an idea that shares the list's domain words is drafted as new
work, never «Sudah ada di draf»; an IKI typed with its jenis that the rules refuse gets its rewrites, never saved as
typed unasked; /cek N reaches the draft's IKI N when the last list has no line N, and a suggestion picked for a saved
IKI replaces it; innovation or Beyond said makes the jenis suggestion Beyond."""

import pytest

from bot.conversation import Engine
from bot.conversation.state import ListedIki
from bot.models import IkiDraft, Jenis
from bot.storage.sqlite import SqliteStore
from tests.talk import said

SAVED = ("Persentase pasien rawat inap yang mendapat asuhan gizi sesuai standar",
         "Persentase laporan bulanan instalasi gizi yang valid dan disampaikan tepat waktu",
         "Persentase pasien diabetes yang mendapat konseling gizi dalam 24 jam")


@pytest.fixture
def engine(tmp_path):
    engine = Engine(SqliteStore(tmp_path / "state.sqlite3"), rate_limit=10**6)
    state = engine.state("u")
    state.listed = [ListedIki(text=text) for text in SAVED]
    state.skp.iki = [IkiDraft(indikator=text, target="90%", jenis=Jenis.core_tusi, bobot=30) for text in SAVED]
    engine._store.save("u", state.model_dump_json())
    return engine


def test_an_idea_sharing_domain_words_is_new_work_with_rewrites_and_beyond_suggested(engine):
    told = said(engine.handle("u", "sy juga mau tambahin inovasi bikin buku saku menu diet buat pasien diabetes "
                                   "rawat jalan biar bs atur makan sendiri"))
    assert "Sudah ada di draf" not in told and "Usulan" in told
    state = engine.state("u")
    assert state.candidates and len(state.skp.iki) == 3
    told = said(engine.press("u", "use:1"))
    assert len(engine.state("u").skp.iki) == 4
    for answer in ("100%",):
        told = said(engine.handle("u", answer))
    told = said(engine.press("u", "fill:nobaseline"))
    assert "Saran: Beyond" in told


def test_a_failing_iki_named_beyond_gets_rewrites_and_the_one_picked_keeps_beyond(engine):
    told = said(engine.handle("u", "yg ini IKI baru ya, beyond: leaflet edukasi diet pasien diabetes rawat jalan"))
    assert "Usulan" in told and "seperti yang Anda minta" not in told
    assert len(engine.state("u").skp.iki) == 3  # nothing saved before a rewrite is picked
    engine.press("u", "use:1")
    iki = engine.state("u").skp.iki[3]
    assert iki.jenis is Jenis.beyond and iki.indikator.lower().startswith(("persentase", "jumlah"))


def test_cek_a_number_past_the_list_reaches_the_draft_and_its_pick_replaces_it(engine):
    state = engine.state("u")
    state.skp.iki.append(IkiDraft(indikator="leaflet edukasi diet pasien diabetes rawat jalan", jenis=Jenis.beyond))
    engine._store.save("u", state.model_dump_json())
    told = said(engine.handle("u", "/cek 4"))
    assert "Tidak ada baris" not in told and "menggantikan IKI ke-4" in told
    engine.press("u", "use:1")
    skp = engine.state("u").skp
    assert len(skp.iki) == 4 and skp.iki[3].indikator != "leaflet edukasi diet pasien diabetes rawat jalan"
    assert skp.iki[3].jenis is Jenis.beyond
