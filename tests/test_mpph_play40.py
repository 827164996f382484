"""play40 and mpph39 leftovers in /mpph: an indicator named inside step 1's message without its target (F5)."""

from bot.conversation import Engine
from tests.talk import said


def test_an_indicator_named_inside_a_longer_first_message_is_echoed_and_only_its_target_asked():
    engine = Engine()
    engine.handle("f5", "/mpph")
    reply = said(engine.handle("f5", "mau dibagi: Persentase bayi yang mendapat imunisasi dasar lengkap, per provinsi "
                                     "ke tim"))
    flow = engine.state("f5").mpph
    assert flow.step == "target" and flow.current.indikator == "Persentase bayi yang mendapat imunisasi dasar lengkap"
    assert "«Persentase bayi yang mendapat imunisasi dasar lengkap»" in reply and "belum terbaca" not in reply
    # member lines before the target: kept, and the target asked, never step 1's refusal again
    reply = said(engine.handle("f5", "Rina; Jawa Barat\nDoni; Banten"))
    assert "belum terbaca sebagai indikator" not in reply and "target" in reply
    reply = said(engine.handle("f5", "95"))
    flow = engine.state("f5").mpph
    assert flow.current.target == "95%" and flow.current.metode == "wilayah" and len(flow.current.peran) == 2
