"""Day-one answers (issue 16, fourteenth round): an IKI the user asks to add is saved as read; a count named as the
target of a percentage switches the measure, as the target's help advised."""
from bot.conversation import Engine
from tests.talk import said
from tests.test_day_one_round6 import at_field


def test_an_iki_the_user_asks_to_add_is_saved_as_read_with_its_spelling_fixed():
    engine, user = Engine(), "u-r14-add"
    at_field(engine, user, "target")
    replies = engine.handle(user, "tambahin iki baru: presentase hsil pemeriksaan yg di verivikasi sblm dikirim 95%")
    iki = engine.state(user).skp.iki
    assert [(i.indikator, i.target) for i in iki[1:]] == [
        ("Persentase hasil pemeriksaan yang diverifikasi sebelum dikirim", "95%")]
    assert "hsil pemeriksaan" not in said(replies).split("Catatan pembacaan")[0]


def test_an_iki_typed_with_typos_and_no_word_asking_to_add_still_offers_both_spellings():
    engine, user = Engine(), "u-r14-offer"
    at_field(engine, user, "target")
    replies = engine.handle(user, "presentase hsil pemeriksaan yg di verivikasi sblm dikirim 95%")
    assert len(engine.state(user).skp.iki) == 1
    assert "Simpan seperti ditulis" in [b.label for r in replies for b in r.buttons]
