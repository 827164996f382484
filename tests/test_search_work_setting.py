"""A search row sharing only where the work is done or whom it serves (search.yaml `work_settings`), or nothing of the
query at all, is no match for work the catalog lacks (tester55 F5): «nothing fits» and «Pakai tulisan saya», never
another unit's rows of the same setting. Work the catalog holds in that setting is still found."""

import pytest


@pytest.mark.parametrize("query", [
    "Persentase fasyankes yang lulus audit keamanan siber",  # only «fasilitas pelayanan kesehatan» held
    "cakupan vaksinasi campak pada anak balita",  # only «balita» held (Angka Kematian Balita)
])
def test_a_row_holding_only_the_setting_of_other_work_is_not_shown(shared_retriever, query):
    assert shared_retriever.search(query) == []


def test_an_iki_shaped_query_sharing_no_word_is_not_shown_for_its_template(shared_retriever):
    # «Persentase … yang …» reads close to every «Persentase …» row in the embedding: no word shared, no match
    assert shared_retriever.search("Persentase klinik yang terintegrasi dengan aplikasi pencatatan") == []


@pytest.mark.parametrize("query, code", [
    ("fasilitas pelayanan kesehatan dengan obat sesuai standar", "IKP 15.1"),
    ("pemeriksaan kesehatan gratis bayi", "IKK 5.1.1"),
    ("SHK bayi umur 2-3 hari", "IKK 5.1.1"),  # the work held through its broader term, not the setting
])
def test_work_the_catalog_holds_in_that_setting_is_still_found(shared_retriever, query, code):
    assert code in [hit.code for hit in shared_retriever.search(query)]


def test_own_iki_matching_no_row_is_told_the_catalog_may_lack_it_and_the_tusi_way(engine):
    user = "u-own-none"
    engine.handle(user, "Persentase puskesmas yang lulus audit keamanan siber tepat waktu, target 80%")
    text = engine.handle(user, "indikator renstra mana yg cocok buat tim saya")[0].text
    assert "belum memuat" in text and "Pakai tulisan saya" in text and "Core TUSI" in text
