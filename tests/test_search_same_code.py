"""/cari listing one code twice (tester59 F24: IKM 33.4 in the Setjen and the Farmalkes PK): the second row says
why, naming both units, and the rows keep their numbers (PRIMA picks by them); rows of different codes say nothing."""

from bot import render
from bot.retrieval.retriever import IndicatorHit, SearchResult


def _hit(code, name, pic):
    return IndicatorHit(code=code, level=code.split()[0], name=name, target_2026=None, unit=None, path=[code],
                        pic=pic, score=1.0)


def test_a_code_listed_twice_is_explained_under_the_second_row():
    text = render.search_result(SearchResult(query="opini laporan keuangan", results=[
        _hit("IKK 7.2", "Opini BPK atas laporan keuangan Ditjen P2P", "Ditjen P2P"),
        _hit("IKK 8.1", "Nilai SAKIP unit", "Setditjen"),
        _hit("IKK 7.2", "Opini BPK atas laporan keuangan Ditjen Kesmas", "Ditjen Kesmas")]))
    assert "3. IKK 7.2" in text and "Kode sama dengan nomor 1" in text, text
    assert "(Ditjen P2P dan Ditjen Kesmas)" in text
    assert text.count("Kode sama dengan") == 1


def test_distinct_codes_get_no_note():
    text = render.search_result(SearchResult(query="sakip", results=[
        _hit("IKK 8.1", "Nilai SAKIP unit", "Setditjen"), _hit("IKK 8.2", "Nilai SAKIP satker", "Setditjen")]))
    assert "Kode sama" not in text
