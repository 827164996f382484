"""A polite first message (greeting, self-introduction, a request for help or leave to ask, thanks) is greeted back
with the ways in, never drafted from as work nor refused as outside the guidance (tester57 F10)."""

from tests.talk import said


def test_a_long_courteous_request_is_greeted_with_the_ways_in(engine):
    text = said(engine.handle("p1", "Selamat siang bu, mohon maaf mengganggu. Perkenalkan saya Dewi, bidan PNS di "
                                    "puskesmas Cibeber. Saya ingin minta tolong dibantu menyusun SKP tahun ini. "
                                    "Makasih sebelumnya bu 🙏"))
    assert "Salam kenal" in text and "/prima" in text and "/tanya" in text and "tempel daftar IKI" in text
    assert "belum terbaca hasil kerja" not in text and not engine.state("p1").skp.iki


def test_leave_to_ask_about_the_iki_is_an_invitation_to_ask(engine):
    text = said(engine.handle("p2", "sore pak, sy sanitarian di dinkes, boleh tanya soal IKI sebentar?"))
    assert "Silakan bertanya" in text and "di luar pedoman" not in text


def test_a_request_beside_the_work_it_names_is_still_drafted_from(engine):
    text = said(engine.handle("p3", "halo kak, sy ngurus pengadaan barang dan jasa di biro umum, bisa bantu bikin IKI?"))
    assert "Salam kenal" not in text and "Mulai dari salah satu" not in text
