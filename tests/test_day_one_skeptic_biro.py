"""Day one, the skeptic and the Biro staff: a suggestion picked with its target in one message, work described in
English, suggestions asked for a line of a pasted list named by its words (each test failed before its fix)."""

from bot.conversation import Engine
from tests.talk import said, typed_ahead_in_prima

_WORK = "sy ngurus penyimpanan vaksin di gudang"


def _shown(engine: Engine) -> list[str]:
    return [c.indikator for c in engine.state("u").candidates]


def test_a_suggestion_picked_by_its_place_with_a_target_is_saved_with_that_target():
    """«yg pertama, 95» noted the target and asked again which suggestion was meant."""
    for pick, place in (("yg pertama, 95", 0), ("first one, 95", 0), ("yg kedua targetnya 95%", 1)):
        engine = Engine()
        engine.handle("u", _WORK)
        shown = _shown(engine)
        engine.handle("u", pick)
        assert [(i.indikator, i.target) for i in engine.state("u").skp.iki] == [(shown[place], "95%")], pick


def test_a_suggestion_picked_by_its_number_with_a_target_is_never_checked_as_an_iki():
    """«usulan 2, target 90%» was checked as the IKI «Usulan 2» and drafted «Persentase usulan 1 yang …»."""
    engine = Engine()
    engine.handle("u", _WORK)
    shown = _shown(engine)
    replies = engine.handle("u", "usulan 2, target 90%")
    assert [(i.indikator, i.target) for i in engine.state("u").skp.iki] == [(shown[1], "90%")]
    assert "Persentase usulan" not in said(replies)


def test_an_english_place_alone_picks_a_suggestion():
    engine = Engine()
    engine.handle("u", _WORK)
    shown = _shown(engine)
    engine.handle("u", "the second one")
    assert [i.indikator for i in engine.state("u").skp.iki] == [shown[1]]


def test_a_suggestion_picked_with_its_target_in_prima_step_m_is_saved_with_it():
    engine = Engine()
    for message in ("/prima", "Lewati", "Lewati", "Anggota tim", "Tidak langsung", "Jumlah laporan monev yg disusun"):
        engine.handle("u", message)
    shown = _shown(engine)
    assert len(shown) >= 2
    engine.handle("u", "yg kedua, 90")
    assert [(i.indikator, i.target) for i in engine.state("u").skp.iki] == [(shown[1], "90%")]


def test_work_described_in_english_with_a_storage_warehouse_gets_suggestions():
    """«I manage vaccine storage at the national warehouse» got «belum terbaca hasil kerja»."""
    engine = Engine()
    engine.handle("u", "I manage vaccine storage at the national warehouse. give me something")
    assert _shown(engine) and all("vaksin" in c for c in _shown(engine))


_PASTE = ("SKP 2025\n- Persentase SPM yg diverifikasi tepat waktu 95%\n- Melakukan rekonsiliasi dgn KPPN tiap bulan\n"
          "- Menginput data di SAKTI\n- Melayani konsultasi satker\n- Jumlah satker yg dilayani 20 satker\n"
          "- Menyusun notula rapat")


def test_suggestions_asked_for_a_list_line_named_by_its_words_show_that_lines_suggestions():
    """«langsung aja kasih usulan buat yg konsultasi satker» under a pasted list got «belum terbaca hasil kerja»."""
    engine = Engine()
    engine.handle("u", _PASTE)
    replies = engine.handle("u", "ribet amat, langsung aja kasih usulan buat yg konsultasi satker")
    assert "Melayani konsultasi satker" in said(replies)
    assert _shown(engine) and all("konsultasi satker" in c for c in _shown(engine))


def test_work_whose_object_holds_a_measure_word_typed_while_a_field_is_asked_is_work():
    """«sy jg ngurus data capaian kinerja buat LAKIP» at the data-awal question was checked as the IKI «Capaian
    kinerja buat LAKIP» (the measure word inside the object read as the start of an IKI) and passed."""
    engine = Engine()
    engine.handle("u", "Persentase SPM yg diverifikasi tepat waktu, 95")
    replies = engine.handle("u", "sy jg ngurus data capaian kinerja buat LAKIP")
    assert "«Capaian kinerja buat LAKIP»" not in said(replies)
    assert _shown(engine) and all("data capaian kinerja" in c for c in _shown(engine))


def test_an_iki_typed_after_a_few_words_of_talk_while_a_field_is_asked_is_still_an_iki():
    engine = Engine()
    engine.handle("u", "Persentase SPM yg diverifikasi tepat waktu, 95")
    engine.handle("u", "oh gitu, pake yg persentase rekomendasi monev diselesaikan, 80%")
    assert [i.indikator.split()[:2] for i in engine.state("u").skp.iki][-1] == ["Persentase", "rekomendasi"]


def test_a_jenis_typed_right_after_an_iki_added_ahead_is_that_ikis_when_the_current_one_has_its_own():
    """«make it beyond» after «ok also add: Persentase …, 50» passed over the data awal asked of the IKI being
    completed (which had its jenis already) and lost the Beyond."""
    for said_jenis in ("make it beyond", "yg itu jadiin beyond aja"):
        engine = Engine()
        typed_ahead_in_prima(engine)
        state = engine.state("u")
        assert state.prima.field == "baseline" and len(state.skp.iki) == 3 and state.prima.current.jenis is not None
        engine.handle("u", said_jenis)
        state = engine.state("u")
        assert [i.jenis.value if i.jenis else None for i in state.skp.iki] == ["core_tusi"] * 2 + ["beyond"], said_jenis
        assert state.prima.field == "baseline" and state.skp.iki[0].baseline is None


def test_a_question_asked_in_english_is_answered_from_the_guidance(shared_retriever):
    """«why top down now? we always did bottom up» got «Describe your work or paste your IKI in Indonesian»."""
    replies = Engine(retriever=lambda: shared_retriever).handle("u", "why top down now? we always did bottom up")
    assert "top-down" in said(replies) and "Describe your work" not in said(replies)


def test_a_jenis_typed_with_the_target_of_a_checked_iki_is_kept():
    """«ok tusi. target 90» under «Simpan ke draf» saved the IKI with its target and dropped the TUSI."""
    engine = Engine()
    engine.handle("u", "Persentase usulan revisi DIPA yg diverifikasi lengkap dlm 5 hari kerja")
    engine.handle("u", "ok tusi. target 90")
    assert [(i.target, i.jenis.value if i.jenis else None) for i in engine.state("u").skp.iki] == [("90%", "core_tusi")]


def test_a_question_about_the_rest_of_a_pasted_list_names_its_lines_by_why():
    """«yg lain2 itu kegiatan semua kan?» after saving the passing lines got a guideline passage about UPT."""
    engine = Engine()
    engine.handle("u", _PASTE)
    engine.handle("u", "yg SPM diverifikasi tepat waktu simpan")
    replies = engine.handle("u", "yg lain2 itu kegiatan semua kan?")
    text = said(replies)
    assert "kegiatan/proses, bukan hasil: nomor 2, 3, 4, 6" in text and "rencana aksi atau logbook" in text
    assert "belum di draf: nomor 5" in text and engine.state("u").fill.field == "baseline"


def test_a_question_hidden_among_other_words_is_answered_by_its_asking_clause(shared_retriever):
    """«nah kan jadi 5. bobot gmn, ribet lagi?» was declined as outside the guidance; «bobot gmn?» alone is answered."""
    engine = Engine(retriever=lambda: shared_retriever)
    assert "Bobot IKI" in said(engine.handle("u", "/tanya nah kan jadi 5. bobot gmn, ribet lagi?"))
    assert "di luar pedoman" in said(engine.handle("u", "/tanya gaji sy berapa, naik ga?"))
