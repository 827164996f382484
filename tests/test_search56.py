"""A planning and budget bureau's work finds the rows that measure it (tester56 F12): the narrower term written as a
run of words («perencanaan anggaran», «perencanaan dan anggaran») reads as the broader one the catalog names
(search.yaml `broader`), as a thesaurus unit («SHK») always did; a query naming none is read as before."""

import pytest

from bot.retrieval.normalize import broader_reading


def test_a_narrower_term_written_as_several_words_reads_as_its_broader_term():
    assert broader_reading("Perencanaan dan Anggaran, masuk IKP apa").endswith("kinerja anggaran")
    assert "perencanaan" not in broader_reading("indikator perencanaan anggaran")
    assert broader_reading("anggaran perencanaan") is None  # the words in another order are another thing
    assert broader_reading("realisasi anggaran") is None
    assert broader_reading("SHK bayi").endswith("skrining bayi baru lahir")  # a thesaurus unit as before


@pytest.mark.parametrize("query, code", [
    ("perencanaan dan anggaran, masuk IKP apa", "IKP 33.2"),
    ("indikator perencanaan anggaran", "IKP 33.2"),
    ("penyusunan dokumen perencanaan kinerja unit", "IKD 33.2.2"),  # SAKIP's first component
])
def test_planning_work_finds_the_budget_and_sakip_rows(shared_retriever, query, code):
    assert code in [hit.code for hit in shared_retriever.search(query)]
