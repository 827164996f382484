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


def test_a_pasted_week_offers_a_lines_second_work_as_a_single_line_does(engine):
    # link51: a week pasted at once (summary of three lines or more) kept the first piece's link and dropped the
    # «Catat juga» a single line shows, so the second piece of work was never offered
    replies = engine.handle("u1", f"senin {TWO}\nselasa verifikasi 20 berkas usulan KP\nrabu 6 SK pensiun terbit")
    text = said(replies)
    assert "Dicatat 3 catatan" in text
    assert "Juga disebut: «paraf 4 SK pensiun» → IKI 3. Catat juga sebagai catatan sendiri?" in text
    assert "Catat juga → IKI 3" in labels(replies)
    kept = said(tap(engine, "u1", replies, "Catat juga"))
    assert "Dicatat (c4)" in kept and "paraf 4 SK pensiun" in kept


def test_moving_an_entry_linked_to_its_first_work_reads_the_count_of_that_piece_only(engine):
    # link51: «Salah IKI?» moving c1 to IKI 1 read the whole line again and took the second piece's «12 berkas» as
    # c1's count, though that piece is offered as an entry of its own («Catat juga → IKI 1»)
    replies = engine.handle("u1", "terbit 5 SK pensiun BUP trs cek 12 berkas usulan kenaikan pangkat")
    assert "Catat juga → IKI 1" in labels(replies)
    assert [e.quantity for e in engine.state("u1").year.entries] == [5]
    moved = said(engine.handle("u1", "c1 ke IKI 1"))
    assert "IKI 1" in moved
    assert [e.quantity for e in engine.state("u1").year.entries] == [None]


# link52: a question between close IKI («dua dekat») about a line of two pieces of work whose first piece, read alone,
# links to the IKI offered first: the first piece's IKI, the second offered as its own entry (dev32 asked these)
CLOSE = ["cek kelengkapan berkas usulan KP trus sorenya bahas SK pensiun yg telat",
         "verifikasi berkas usulan KP sekalian koordinasi penetapan TMT",
         "kmrn verifikasi berkas usulan kenaikan pangkat trus lanjut cek usulan yg ditetapkan tepat TMT"]


def test_close_iki_asked_about_two_pieces_of_work_link_the_first(engine):
    for k, text in enumerate(CLOSE):
        replies = engine.handle("u1", text)
        said_ = said(replies)
        assert "IKI mana yang dimaksud?" not in said_ and "IKI 1: Jumlah berkas usulan kenaikan pangkat" in said_, said_
        assert [label for label in labels(replies) if label.startswith("Catat juga")], labels(replies)
        assert len(engine.state("u1").year.entries) == k + 1


def test_a_first_piece_naming_the_iki_only_in_a_side_phrase_is_still_asked(engine):
    # «utk berkas usulan KP» says what the checklist is for, never which berkas were worked on
    replies = engine.handle("u1", "bikin template checklist utk berkas usulan KP trus lanjut rapat SK pensiun")
    assert "IKI mana yang dimaksud?" in said(replies)
