"""Day-one dev16: a command typed alone on its first line with its text pasted under it («/cek» then a numbered list,
as Telegram users paste) is that command with that text, never an unknown «/cek:»."""

from tests.talk import labels, said

LIST = ("/cek\n1) Persentase rekomendasi kebijakan yang dimanfaatkan unit teknis 60%\n"
        "2) Jumlah FGD dengan pemangku kepentingan 8 kali\n3) Melaksanakan review literatur sistematis")


def test_cek_then_a_list_on_the_next_lines_checks_the_list(engine):
    replies = engine.handle("u", LIST)
    text = said(replies)
    assert "belum dikenal" not in text and "saya baca sebagai /cek" not in text
    assert "daftar 3 IKI" in text and "Rincian 3" in " ".join(b.label for r in replies for b in r.buttons)


def test_cek_then_one_iki_on_the_next_line_checks_it(engine):
    text = said(engine.handle("u", "/cek\nPersentase rekomendasi kebijakan yang dimanfaatkan unit teknis 60%"))
    assert "belum dikenal" not in text and "60%" in text


def test_tanya_then_its_question_on_the_next_line_is_asked(engine):
    text = said(engine.handle("u", "/tanya\napa itu IKI beyond?"))
    assert "belum dikenal" not in text and "Beyond" in text


WORK = "ya pokoknya ngajar pelatihan2 gitu, bikin modul, kadang jd fasilitator, evaluasi pasca pelatihan jg"


def test_a_nod_with_all_under_several_tasks_suggestions_saves_them_as_masukin_semua_does(engine):
    """d16-xxx03: «yaudah semua» under the suggestions for a described work was «maksudnya apa?» and nothing saved;
    it saves them as «yaudah masukin semua» does (tests/test_day_one.py: every suggestion of several tasks)."""
    engine.handle("u", WORK)
    shown = [c.indikator for c in engine.state("u").candidates]
    assert len({engine.state("u").task_of[c] for c in shown}) >= 3
    engine.handle("u", "yaudah semua")
    assert [i.indikator for i in engine.state("u").skp.iki] == shown


def test_a_nod_with_all_is_a_pick_only_when_nothing_else_is_said():
    from bot.conversation.several_picks import approves_all

    assert approves_all("yaudah semua") and approves_all("ok semuanya deh") and approves_all("iya semua aja")
    assert not approves_all("semua") and not approves_all("yaudah semua bobotnya 10")
    assert not approves_all("ok semua wajib ga?") and not approves_all("Persentase semua temuan")


ARCHIVE = ("/cek\n1. penataan arsip inaktif di record center\n2. layanan peminjaman arsip buat jurusan\n"
           "3. usul musnah arsip yg udh habis retensi")


def test_numbered_lines_of_work_are_a_list_never_one_iki(engine):
    """d16-xxx04: three numbered lines naming work with its object, none with a measure word, were read as one IKI
    under /cek (and as one logbook line when pasted alone); each is a line of the list."""
    for message in (ARCHIVE, ARCHIVE.removeprefix("/cek\n")):
        replies = engine.handle("u", message)
        assert "daftar 3 IKI" in said(replies) and "Rincian 3" in labels(replies)


def test_a_line_named_with_an_ordinal_takes_that_suggestion(engine):
    """d16-xxx04: «no1 yg pertama, no2 yg ketiga aja» under the list takes line 1's first suggestion and line 2's
    third; with IP ASN offered just before, «no1 …» is no target of it."""
    engine.handle("u", ARCHIVE)
    engine.handle("u", "ip asn itu apa")
    engine.handle("u", "no1 yg pertama, no2 yg ketiga aja")
    iki = engine.state("u").skp.iki
    assert len(iki) == 2 and not any("Profesionalitas" in i.indikator for i in iki)
    assert "arsip inaktif" in iki[0].indikator and "peminjaman arsip" in iki[1].indikator


def test_the_assistants_wording_taken_for_a_line_with_no_suggestion_keeps_the_line(engine):
    """d16-xxx04: «no3 ok yg kamu tulis» for a line with no output suggestion saves it as read, said so (nothing typed
    is lost), beside the lines whose suggestions were picked."""
    engine.handle("u", ARCHIVE)
    replies = engine.handle("u", "no1 yg pertama, no2 yg ketiga aja, no3 ok yg kamu tulis")
    iki = engine.state("u").skp.iki
    assert len(iki) == 3 and "musnah arsip" in iki[2].indikator.lower() and "seperti ditulis" in said(replies)


def test_an_english_line_opened_by_completeness_is_a_line_of_the_list(engine):
    """d16-xxx05: «Completeness of weekly SKDR reports from provinces» was skipped as no IKI (the line lost); it is an
    English IKI line, its Indonesian wording «Persentase kelengkapan …» offered."""
    replies = engine.handle("u", "Here are the rest:\n- Number of situation reports produced weekly\n"
                                 "- Completeness of weekly SKDR reports from provinces")
    assert "daftar 2 IKI" in said(replies) and "bukan IKI" not in said(replies)
    assert "Persentase kelengkapan laporan SKDR" in said(engine.handle("u", "Rincian 2"))

