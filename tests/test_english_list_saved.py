"""«Simpan semua» under a pasted list with English lines: a line the lexicon can put in Indonesian is offered in
Indonesian (IT words: integration, the ministry's applications as apps) and saved so once the user takes it, never
unasked (draft42); one it cannot is never left out silently: the untranslated words are named (d7-prakom-pusdatin01)."""

from tests.talk import press, said, typed

LIST = ("- Percentage of SATUSEHAT integration tickets resolved within SLA\n"
        "- Server uptime for Kemenkes applications 99.9%\n"
        "- Jumlah aplikasi yang dimaintain")


def test_english_lines_are_saved_in_indonesian(engine):
    replies = typed(engine, "u", LIST, "simpan semua")
    assert "Percentage of SATUSEHAT" in engine.state("u").skp.iki[0].indikator  # as typed until the user picks
    replies = press(engine, "u", replies, "Pakai terjemahan")
    press(engine, "u", replies, "Pakai terjemahan")
    texts = [iki.indikator for iki in engine.state("u").skp.iki]
    assert "Persentase tiket integrasi SATUSEHAT yang diselesaikan sesuai SLA" in texts
    assert any("aplikasi Kemenkes" in t for t in texts) and not any("permohonan" in t for t in texts)


def test_an_english_line_that_cannot_be_translated_names_the_words(engine):
    replies = typed(engine, "u", "- Percentage of SATUSEHAT frobnication tickets resolved within SLA\n"
                    "- Jumlah aplikasi yang dimaintain", "simpan semua")
    assert "«frobnication»" in said(replies)
