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


def test_roman_numerals_and_arrows_mark_list_lines():
    from bot.lang.text import clean, list_marked

    for line, bare in (("ii) Persentase resep yang dilayani tepat waktu", "Persentase resep yang dilayani tepat waktu"),
                       ("iv. Nilai IP ASN", "Nilai IP ASN"), ("➡️ Jumlah pegawai terlatih", "Jumlah pegawai terlatih"),
                       ("→ Persentase aduan selesai", "Persentase aduan selesai")):
        assert list_marked(line) and clean(line) == bare, line
    assert not list_marked("2.5 jam per pasien") and not list_marked("iv hapus aja")
    assert not list_marked("II. Core TUSI")  # an outline's section heading


def test_a_list_numbered_in_roman_numerals_is_read_line_by_line(engine):
    reply = said(engine.handle("u", "iii) Persentase berkas mutasi yang diverifikasi maks 3 hari kerja\n"
                                    "iv) Persentase usulan pensiun yang diproses tepat waktu\n"
                                    "v) Jumlah surat keputusan yang dicetak"))
    assert "daftar 3 IKI" in reply


def test_a_whatsapp_stamp_written_time_first_is_no_part_of_the_message():
    from bot.lang.text import without_chat_stamps

    assert without_chat_stamps("[14.02, 20/1/2026] Pak Kabag: tolong IKI dikumpulkan Jumat") == \
        "tolong IKI dikumpulkan Jumat"
    assert without_chat_stamps("[9:05 PM, 12/1/26] Dewi: ok siap") == "ok siap"
    assert without_chat_stamps("[14.02] cek laporan: 3 dari 5") == "[14.02] cek laporan: 3 dari 5"


def test_a_term_alone_with_a_question_mark_asks_its_meaning_at_prima_step_one(engine):
    from bot.conversation.step_help import term_only

    assert term_only("RHK?") and term_only("cascading langsung??") and not term_only("skrining balita?")
    assert not term_only("Beyond") and not term_only("trs?")
    assert term_only("target pls kak") and term_only("IP ASN gimana")  # asked in words, without «?»
    assert not term_only("TUSI dong") and not term_only("Core MI aja")  # a jenis told, never asked
    engine.handle("u", "/prima")
    engine.handle("u", "Persentase aduan layanan yang ditindaklanjuti maks 3 hari")
    reply = said(engine.handle("u", "Beyond??"))
    assert "20" in reply  # Beyond's meaning, with its weight
    assert not any(i.jenis for i in engine.state("u").skp.iki)  # no jenis chosen by the question
    assert "Tidak ada indikator Renstra" not in said(engine.handle("u", "IKP?"))


def test_a_question_about_ip_asn_is_answered_naming_it_as_asked(shared_retriever):
    """d24: «IP ASN wajib kan? gak boleh gak ada kan?» was answered with «Indeks Profesionalitas ASN» only: the user's
    name for it said beside its long form."""
    answer = shared_retriever.ask("buat PPPK IP ASN itu wajib juga ga?").answer
    assert "IP ASN" in answer and "wajib" in answer
