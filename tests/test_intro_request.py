"""A request to draft IKI beside a self-introduction and a remark, with no task of work read (tester59 F16): the ways
in (describe the work, paste a list, /prima), never «belum terbaca hasil kerja»."""

from tests.talk import said


def test_a_request_beside_an_introduction_naming_no_work_points_to_the_ways_in(engine):
    text = said(engine.handle("u", "tolong ya kak, tadi itu chat dr kepala ruangan. sy fisioterapis di RSUP, mau "
                                   "nyusun IKI thn ini"))
    assert "belum terbaca hasil kerja" not in text and "/prima" in text and "Tempel" in text


def test_a_request_beside_work_is_still_drafted_from_it(engine):
    text = said(engine.handle("u", "sy staf di biro umum, ngurus pengadaan barang. bisa bantu bikin iki?"))
    assert "Saya susun usulan IKI" in text and "pengadaan barang" in text
