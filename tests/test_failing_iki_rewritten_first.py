"""An IKI the rules refuse is never kept as written unasked, and a suggestion picked for a saved IKI takes its place
(tester55 F3: «ini IKI baru beyond: …» saved failing «seperti yang Anda minta»; «/cek 6» read an old list's numbers;
«Pakai usulan 1» added IKI 7 beside the bad IKI 6)."""

import pytest

from bot.conversation import Engine
from bot.conversation.state import ListedIki
from bot.models import IkiDraft, Jenis
from bot.storage.sqlite import SqliteStore
from tests.talk import said

KEPT = ("Persentase balita gizi buruk yang mendapat perawatan sesuai standar",
        "Persentase ibu hamil KEK yang mendapat makanan tambahan sesuai standar",
        "Persentase laporan gizi bulanan puskesmas yang lengkap dan tepat waktu")


@pytest.fixture
def engine(tmp_path):
    engine = Engine(SqliteStore(tmp_path / "s.sqlite3"), rate_limit=10**6)
    state = engine.state("u")
    state.listed = [ListedIki(text=text) for text in KEPT]
    state.skp.iki = [IkiDraft(indikator=text, target="85%", jenis=Jenis.core_tusi, bobot=25) for text in KEPT]
    engine._store.save("u", state.model_dump_json())
    return engine


def test_a_measured_iki_named_by_its_jenis_that_the_rules_refuse_comes_with_rewrites_that_replace_it(engine):
    told = said(engine.handle("u", "tambah satu lg ya, CL: Jumlah sosialisasi gizi seimbang di posyandu 6 kali"))
    assert "Usulan IKI berbasis output" in told and "menggantikan IKI ke-4" in told
    engine.press("u", "use:1")
    iki = engine.state("u").skp.iki
    assert len(iki) == 4 and iki[3].jenis is Jenis.core_cl and not iki[3].indikator.startswith("Jumlah sosialisasi")


def test_cek_a_number_reads_the_draft_once_the_list_is_all_in_it_and_says_so(engine):
    state = engine.state("u")
    state.skp.iki.insert(1, IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80"))
    engine._store.save("u", state.model_dump_json())
    told = said(engine.handle("u", "/cek 2"))
    assert "IKI 2 di draf Anda" in told and "Profesionalitas" in told and "ibu hamil KEK" not in told


def test_cek_a_number_reads_a_list_with_lines_still_waiting_and_names_the_draft_iki_it_did_not_read(engine):
    state = engine.state("u")
    state.listed[1] = ListedIki(text="Melaksanakan pemberian makanan tambahan ibu hamil KEK")
    state.skp.iki[1] = IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")
    engine._store.save("u", state.model_dump_json())
    told = said(engine.handle("u", "/cek 2"))
    assert "baris 2 daftar yang Anda tempel" in told and "Profesionalitas" in told and "/ubah 2" in told
    assert "Usulan IKI berbasis output" in told


def test_a_suggestion_for_a_list_line_kept_as_written_with_its_count_replaces_the_saved_iki(engine):
    state = engine.state("u")
    state.listed[2] = ListedIki(text="Melaksanakan penyuluhan gizi ke kader posyandu 12 kali")
    state.skp.iki[2] = IkiDraft(indikator="Melaksanakan penyuluhan gizi ke kader posyandu", target="12 kali")
    engine._store.save("u", state.model_dump_json())
    told = said(engine.press("u", "list:detail:3"))
    assert "menggantikan IKI ke-3" in told
    told = said(engine.press("u", "use:1"))
    iki = engine.state("u").skp.iki
    assert len(iki) == 3 and not iki[2].indikator.startswith("Melaksanakan") and "IKI 3 diganti" in told
    assert engine.state("u").listed[2].text == iki[2].indikator  # the list line reads as the IKI it became


def test_work_called_a_new_iki_before_a_colon_gets_its_rewrites_at_once(engine):
    told = said(engine.handle("u", "ini iki tambahan ya: pembuatan poster gizi seimbang buat kantin sekolah"))
    assert "maksudnya apa" not in told and "Usulan IKI berbasis output" in told and "poster" in told
    assert len(engine.state("u").skp.iki) == 3
