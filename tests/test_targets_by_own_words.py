"""«target no 1 90%, no 3 yang aplikasi itu 95%» while a saved list's IKI are asked their fields: a number and its
target with that line's own words between is a target by number, never an IKI to check (d7-prakom-pusdatin01)."""

from tests.talk import said

LIST = ("Persentase berkas pengaduan yang ditindaklanjuti tepat waktu\n"
        "Persentase ketersediaan layanan server yang sesuai standar\n"
        "Persentase aplikasi yang dipelihara sesuai standar keamanan")


def test_a_pair_with_the_lines_own_words_between_is_a_target_by_number(engine):
    engine.handle("u", LIST)
    replies = engine.handle("u", "Simpan semua")
    if "Target satu tahun" not in said(replies):
        replies = engine.handle("u", "Simpan 3 IKI lolos ke draf")
    engine.handle("u", "90")  # the first IKI's target, then its data awal asked
    text = said(engine.handle("u", "target no 2 85%, no 3 yang aplikasi itu 95%"))
    iki = engine.state("u").skp.iki
    assert [i.target for i in iki[:3]] == ["90%", "85%", "95%"], text
    assert "IKI yang ingin diperiksa" not in text


def test_a_number_asked_about_at_the_data_awal_question_is_no_data_awal(engine):
    """«uptime 99.9 itu absolut ga?» while the data awal is asked: a question about the number, never stored."""
    engine.handle("u", LIST)
    replies = engine.handle("u", "Simpan semua")
    if "Target satu tahun" not in said(replies):
        engine.handle("u", "Simpan 3 IKI lolos ke draf")
    engine.handle("u", "99.9")
    engine.handle("u", "server 99.9 itu absolut ga?")
    fill = engine.state("u").fill
    first = engine.state("u").skp.iki[0]
    assert first.target == "99,9%" or first.target == "99.9%"
    assert first.baseline is None and (fill is None or fill.current is None or fill.current.baseline is None)
