"""day42 (day-one set 24): chat shapes read as a chat writes them — English filler in an Indonesian message is no
English; WhatsApp stamps with the time first; list marks written as Roman numerals or arrows."""

from bot.rules.language import mostly_english
from tests.talk import said


def test_english_filler_in_an_indonesian_message_is_no_english():
    for text in ("tolong cek yg no 2 sama 5 ya, please", "please bobot IP ASN brp ya",
                 "fyi atasan sy minta IKI nya dikumpul asap, please"):
        assert not mostly_english(text), text
    # a message in English is still English, filler or not
    assert mostly_english("please tell me what the weights should be")
    assert mostly_english("btw which one is the mandatory one?")


def test_a_request_ending_in_please_gets_no_english_note(engine):
    engine.handle("u", "Persentase dokumen kontrak yang direviu tepat waktu\nJumlah rapat koordinasi\n"
                       "Laporan bulanan pengadaan")
    assert "works in Indonesian" not in said(engine.handle("u", "yg 2 sama 3 gmn gantinya, please"))
