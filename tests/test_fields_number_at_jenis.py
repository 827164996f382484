"""«delapan puluh lima» typed where the jenis is asked names no jenis: it is the target still waiting, the next IKI's
without one, said back with how to move it (d6-sanitarian01: «Pilih salah satu tombol», the 85 lost)."""

from tests.talk import said, typed

LINES = ("1. Persentase hasil pemeriksaan sanitasi kapal yang memenuhi standar\n"
         "2. Persentase rekomendasi hasil pengawasan TTU di bandara yang ditindaklanjuti")


def test_a_number_in_words_at_the_jenis_question_is_the_next_target(engine):
    typed(engine, "u", LINES, "simpan semua", "90")
    replies = engine.handle("u", "Belum ada data awal")
    if "Jenis IKI ini" not in said(replies):
        replies = typed(engine, "u", "belum ada data awal")
    assert "Jenis IKI ini" in said(replies)
    text = said(engine.handle("u", "delapan puluh lima"))
    skp = engine.state("u").skp
    assert skp.iki[0].target == "90%" and skp.iki[1].target == "85%"
    assert "IKI ke-2" in text and "85%" in text and "Jenis IKI ini" in text
