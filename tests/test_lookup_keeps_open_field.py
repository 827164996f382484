"""An open field question («Bobot IKI ini?») survives a look-up beside it (tester55 F13): a button that answers a field
puts the user back at the question as a typed answer does, and /ikk, /cari or /tanya is no move to other work, so the
reply ends with the field and a bare number typed next answers it."""

from tests.talk import press, said

IKI = "Persentase laporan keuangan satker yang disusun tepat waktu, target 95%"


def test_a_button_answer_lets_the_next_field_be_named_again_after_a_command(engine):
    user = "u-button-back"
    engine.handle(user, IKI)
    assert "Masih terbuka" in said(engine.handle(user, "/skp"))  # named once
    replies = engine.handle(user, "/skp")  # and let go at the second command…
    assert engine.state(user).fill is None
    engine.handle(user, IKI.replace("keuangan satker", "BMN satker"))  # …so a second IKI, its data awal asked
    replies = engine.handle(user, "/skp")
    assert "Masih terbuka: data awal" in said(replies)
    press(engine, user, replies, "Belum ada data awal")  # answered by its button: the next field is asked
    assert engine.state(user).fill.field == "jenis"
    assert "Masih terbuka: jenis" in said(engine.handle(user, "/skp"))


def test_look_ups_in_the_weight_step_end_with_it_and_a_number_answers_it(engine):
    user = "u-lookups"
    replies = engine.handle(user, IKI)
    replies = press(engine, user, replies, "Belum ada data awal")
    press(engine, user, replies, "Core TUSI")
    assert engine.state(user).fill.field == "bobot"
    for look_up in ("/cari laporan keuangan", "/tanya bobot core tusi berapa persen", "/ikk penyusunan laporan"):
        assert said(engine.handle(user, look_up)).splitlines()[-1].startswith("(Masih terbuka: bobot")
    engine.handle(user, "30")
    assert engine.state(user).skp.iki[0].bobot == 30
