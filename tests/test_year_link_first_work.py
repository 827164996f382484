"""A line naming two pieces of work whose first links clearly on its own is that IKI's, with only the first piece's
count, and the second is offered in one line with one button to keep it as an entry of its own (link50: «isi bbm +
cek tekanan ban» asked «IKI mana?» every day); a first piece not clear alone is still asked."""

from tests.agreed_year import agreed_engine, tap  # noqa: F401 (the `engine` fixture)
from tests.talk import labels, said

TWO = "verif 12 berkas usulan kenaikan pangkat trs paraf 4 SK pensiun"


def test_the_first_piece_of_work_links_with_its_own_count_and_the_second_is_offered(engine):
    replies = engine.handle("u1", TWO)
    text = said(replies)
    assert "IKI 1: Jumlah berkas usulan kenaikan pangkat" in text and "Jumlah: 12" in text
    assert "IKI mana yang dimaksud?" not in text
    assert "Juga disebut: «paraf 4 SK pensiun» → IKI 3. Catat juga sebagai catatan sendiri?" in text
    assert labels(replies)[0] == "Catat juga → IKI 3"
    entries = engine.state("u1").year.entries
    assert [(e.status.value, e.quantity) for e in entries] == [("linked", 12)]


def test_the_second_piece_tapped_is_its_own_entry_with_its_own_count_once(engine):
    replies = engine.handle("u1", TWO)
    kept = said(tap(engine, "u1", replies, "Catat juga"))
    # «paraf» is no SK issued: its own reading counts nothing and asks, never the first piece's 12
    assert "Dicatat (c2)" in kept and "paraf 4 SK pensiun" in kept and "Jumlahnya berapa?" in kept
    again = said(tap(engine, "u1", replies, "Catat juga"))
    assert "sudah dicatat (c2" in again
    year = engine.state("u1").year
    iki = [i.indikator for i in engine.state("u1").skp.iki]
    # nothing counted twice: the first entry keeps its 12 berkas, the second none of them
    assert [(e.id, iki.index(e.iki) + 1, e.quantity) for e in year.entries] == [("c1", 1, 12), ("c2", 3, None)]


def test_a_second_piece_read_to_no_clear_iki_is_asked_when_tapped(engine):
    replies = engine.handle("u1", "verifikasi 12 berkas KP trs rapat pensiun")
    assert "Juga disebut: «rapat pensiun»." in said(replies) and "Catat juga yang kedua" in labels(replies)
    assert "IKI mana yang dimaksud?" in said(tap(engine, "u1", replies, "Catat juga"))


def test_a_line_whose_first_piece_is_not_clear_alone_is_still_asked(engine):
    replies = engine.handle("u1", "rapat pensiun trs verifikasi 12 berkas KP")
    assert "IKI mana yang dimaksud?" in said(replies)
    assert not [label for label in labels(replies) if label.startswith("Catat juga")]
