"""Day-one set 19 (an apoteker at a vertical hospital, a Ketua Tim with /mpph, …): what the first days of dev19
lost."""

from tests.talk import list_saved, said


def test_weights_listed_before_the_mandatory_iki_named_apart_go_to_the_other_iki_in_order():
    """d19-dev01: «bobotnya 25, 25, 20, 20 sm IP ASN 10» was read as nothing (with no question open) or as the IP ASN
    target 25 (at its target question): the last clause, «20 sm IP ASN 10», was taken whole as the mandatory IKI's and
    the list lost its last weight. The numbers before the mandatory IKI's name end the list; the list goes to the
    other IKI in the draft's order, the named one takes its own weight, and no target is set."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "Persentase sampel air yang diperiksa sesuai standar 90%\n"
                       "Persentase hasil uji yang dilaporkan tepat waktu 95%\n"
                       "Persentase alat laboratorium yang terkalibrasi 100%\n"
                       "Nilai Indeks Profesionalitas ASN")
    engine.handle("u", "simpan semua")
    engine.handle("u", "belum ada data awal semua")
    assert engine.state("u").fill.field == "jenis"
    reply = said(engine.handle("u", "bobot 40; 30; 20 dan ip asn 10"))
    skp = engine.state("u").skp
    assert [iki.bobot for iki in skp.iki] == [40, 30, 20, 10]
    assert skp.iki[3].jenis.value == "core_mi" and skp.iki[3].target is None
    assert "Core MI bobot 10%" in reply


def test_a_list_of_weights_one_short_of_the_other_iki_is_said_never_set():
    """The count that does not match the IKI besides the mandatory one is said, nothing set."""
    from bot.conversation import Engine

    engine = Engine()
    list_saved(engine, "u", "Persentase sampel air yang diperiksa sesuai standar\n"
                            "Persentase hasil uji yang dilaporkan tepat waktu\n"
                            "Persentase alat laboratorium yang terkalibrasi\n"
                            "Nilai Indeks Profesionalitas ASN")
    reply = said(engine.handle("u", "bobotnya 50, 40 sama IP ASN 10"))
    assert [iki.bobot for iki in engine.state("u").skp.iki] == [None] * 4
    assert "2 bobot untuk 3 IKI" in reply


def test_words_picked_under_a_line_looked_at_take_its_place_measured_by_their_target():
    """d19-dev01: «pake yg pasien polifarmasi dapet konseling, target 90%» right under the details of a refused line
    was checked as an IKI «Pake yang pasien …». Under the line just looked at, words lacking only the measure word
    with a percentage target are that line in new words, opened with «Persentase», saved with their target."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "Persentase pasien gizi buruk yang ditangani sesuai standar\nJumlah kegiatan penyuluhan gizi")
    engine.handle("u", "/cek 2")
    reply = said(engine.handle("u", "pakai yang ibu hamil dapat konseling gizi, target 80%"))
    texts = {iki.indikator: iki.target for iki in engine.state("u").skp.iki}
    assert texts.get("Persentase ibu hamil dapat konseling gizi") == "80%", texts
    assert "Baris 2 diganti" in reply


def test_two_sentences_each_acting_on_a_line_of_the_list_are_both_done():
    """d19-dev01: two changes in one message, the first sentence ending in a target («…, target 90%. yg resep jd …»):
    only the second was read and the first lost unsaid. A sentence ends after «%» too, and sentences each acting on a
    line of their own are all done."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "Jumlah kegiatan posyandu balita\nJumlah laporan imunisasi bulanan\n"
                       "Persentase bayi yang mendapat imunisasi dasar lengkap")
    engine.handle("u", "no 1 knp ga lolos?")
    reply = said(engine.handle("u", "ok pake yg balita ditimbang tiap bulan 85%. yg laporan imunisasi ganti jd "
                                    "persentase laporan imunisasi yang dikirim tepat waktu 90%"))
    texts = {iki.indikator: iki.target for iki in engine.state("u").skp.iki}
    assert texts.get("Persentase balita ditimbang tiap bulan") == "85%", texts
    assert texts.get("Persentase laporan imunisasi yang dikirim tepat waktu") == "90%", texts
    assert "Baris 1 diganti" in reply and "Baris 2 diganti" in reply


def test_a_question_then_an_iki_asked_to_be_added_answers_it_and_adds_the_iki():
    """d19-dev05: «harus 5 ya? yaudah tambah satu: persentase alumni … 70%, TUSI» was answered as a question and the
    IKI was lost. The question is answered, then the IKI after it added with its target and jenis."""
    from bot.conversation import Engine

    engine = Engine()
    list_saved(engine, "u", "Persentase balita yang ditimbang setiap bulan\nNilai Indeks Profesionalitas ASN")
    reply = said(engine.handle("u", "minimal berapa sih? ok deh tambahin: persentase kader posyandu yg terlatih "
                                    "85%, tusi"))
    added = engine.state("u").skp.iki[-1]
    assert "kader posyandu" in added.indikator and added.target == "85%"
    assert "paling sedikit" in reply or "minimal" in reply.lower()


def test_weights_by_short_names_a_word_in_two_iki_names_the_one_no_other_clause_names():
    """d19-dev05: «bobotnya peserta 30, post test 20, …» said «bobotnya peserta 30» named no IKI: «peserta» is in two
    IKI, one of them named by «post test»; and «IP ASN 10. IP ASN target 80» lost the target. A word in two IKI names
    the one no other clause names, and a clause giving the named IKI's target sets it."""
    from bot.conversation import Engine

    engine = Engine()
    list_saved(engine, "u", "Jumlah sampel air yang diperiksa\nPersentase sampel air yang memenuhi syarat\n"
                            "Persentase rekomendasi yang ditindaklanjuti\nNilai Indeks Profesionalitas ASN")
    reply = said(engine.handle("u", "bobotnya sampel 40, memenuhi syarat 30, rekomendasi 20, ip asn 10. ip asn "
                                    "target 82"))
    skp = engine.state("u").skp
    assert [iki.bobot for iki in skp.iki] == [40, 30, 20, 10]
    assert skp.iki[3].target == "82"
    assert "tidak cocok" not in reply


def test_a_sentence_giving_jenis_after_lines_acted_on_is_read_once_they_are_saved():
    """d19-dev01: «laporan bulanan buang aja, sisanya simpan. jenisnya TUSI semua kecuali IP ASN itu MI»: the line was
    dropped and the rest saved, but the jenis sentence was lost unsaid. A sentence no act reads, giving jenis or
    weights, is read on the draft the acts left."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "Persentase sampel air yang diperiksa sesuai standar\nRapat koordinasi bulanan\n"
                       "Persentase hasil uji yang dilaporkan tepat waktu\nNilai Indeks Profesionalitas ASN")
    reply = said(engine.handle("u", "rapat koordinasi hapus, lainnya simpan. semua tusi kecuali ip asn"))
    skp = engine.state("u").skp
    assert [iki.jenis.value if iki.jenis else None for iki in skp.iki] == ["core_tusi", "core_tusi", "core_mi"]
    assert "Core TUSI" in reply


LETTERED = ("a. Persentase sampel air yang diperiksa sesuai standar\n"
            "b. Jumlah rapat koordinasi laboratorium\n"
            "c. Jumlah kegiatan sosialisasi mutu\n"
            "d. Persentase hasil uji yang dilaporkan tepat waktu\n"
            "e. Nilai Indeks Profesionalitas ASN")


def test_lines_of_a_list_marked_by_letters_are_named_by_their_letters():
    """d19-dev04: under a list pasted «a) …», «b) …», «yg b ganti …» was taken as done work and «a sm c hapus» as
    nothing understood. A lone letter after a ref word, or joined to another letter, names the line it marked."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", LETTERED)
    reply = said(engine.handle("u", "b dan c buang aja"))
    assert "Baris 2" in reply and "Baris 3" in reply
    assert [item.dropped for item in engine.state("u").listed] == [False, True, True, False, False]


def test_a_line_marked_by_a_letter_takes_new_words_named_by_it():
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", LETTERED)
    reply = said(engine.handle("u", "yang c ganti jadi persentase unit yang lulus audit mutu internal"))
    assert "Baris 3 diganti" in reply
    assert engine.state("u").listed[2].text.lower().startswith("persentase unit yang lulus audit mutu")


def test_letters_name_no_line_of_a_list_marked_by_numbers():
    """A list numbered «1.», «2.»: a letter in a later message is never read as one of its lines."""
    from bot.conversation import Engine
    from bot.conversation.line_acts import by_letter

    engine = Engine()
    engine.handle("u", LETTERED.replace("a.", "1.").replace("b.", "2.").replace("c.", "3.").replace("d.", "4.")
                  .replace("e.", "5."))
    assert not engine.state("u").listed_lettered
    assert by_letter("ini a bit weird", 5) == "ini a bit weird"


def test_a_weight_said_roughly_beside_a_range_and_its_jenis_is_that_weight():
    """d18-dev08: «1-4 tusi 20an, sisanya mi» was read as a target of 1%: «20an» was no weight. A weight said roughly
    («30an») beside IKI numbers and their jenis is that weight, set on each."""
    from bot.conversation import Engine

    engine = Engine()
    list_saved(engine, "u", "Persentase sampel air yang diperiksa sesuai standar\n"
                            "Persentase hasil uji yang dilaporkan tepat waktu\n"
                            "Persentase alat laboratorium yang terkalibrasi\n"
                            "Nilai Indeks Profesionalitas ASN")
    said(engine.handle("u", "no 1 sampe 3 tusi 30an"))
    skp = engine.state("u").skp
    assert [(iki.jenis.value if iki.jenis else None, iki.bobot) for iki in skp.iki[:3]] == [("core_tusi", 30)] * 3


def test_a_suggestion_picked_by_its_place_under_a_line_looked_at_is_never_new_words():
    """«pakai yang kedua, target 80%» under a line's details picks a suggestion: never the line reworded
    «Persentase kedua»."""
    from bot.conversation.line_acts import _measured

    assert _measured("kedua aja, target 80%") is None and _measured("usulan 2 ya, 80%") is None
    assert _measured("ibu hamil dapat konseling gizi, 80%").startswith("Persentase ibu hamil")
