"""Round 15 (tester13): numbers and corrections that landed in the wrong field (each test failed before its fix)."""

from tests.talk import press, prima_at_step_m, said

GIZI = "Persentase pasien rawat inap yang mendapat asuhan gizi sesuai standar"


def test_a_change_of_mind_at_the_data_awal_question_corrects_the_target(engine):
    """tester13 #3: «95%» answered the target, then «eh bentar, 90 aja deh» at the data-awal question was saved as
    the data awal; it puts the target right and asks the data awal again."""
    prima_at_step_m(engine, "u")
    engine.handle("u", GIZI)
    engine.handle("u", "95%")
    replies = engine.handle("u", "eh bentar, 90 aja deh")
    iki = engine.state("u").skp.iki[0]
    assert iki.target == "90%" and iki.baseline is None
    assert "diganti" in said(replies) and "data awal" in said(replies).lower()


PORSI = "Persentase porsi makanan pasien yang disajikan sesuai diet dan tepat waktu"


def _two_saved(engine):
    prima_at_step_m(engine, "u")
    replies = []
    for line in (GIZI, "95%", "#1", "2", "40", PORSI, "95%", "#1", "2"):
        replies = press(engine, "u", replies, "Belum ada data awal") if line == "#1" else engine.handle("u", line)


def test_no_1_names_an_iki_never_a_value(engine):
    """tester13 #1: at IKI 2's weight question «eh yg no 1 targetnya ganti jadi 90% deh» saved bobot 1%; it changes
    IKI 1's target, says so, and the weight question is asked again."""
    _two_saved(engine)
    assert engine.state("u").prima.field == "bobot"
    replies = engine.handle("u", "eh yg no 1 targetnya ganti jadi 90% deh")
    first, second = engine.state("u").skp.iki
    assert first.target == "90%" and second.bobot is None
    assert "Bobot" in said(replies).split("90%")[-1] and engine.state("u").prima.field == "bobot"


def test_iki_no_1_target_changed_asks_its_new_value(engine):
    """tester13 #1: «maksud sy IKI no 1 targetnya diganti» made the target 1%; it asks IKI 1's new target."""
    _two_saved(engine)
    engine.handle("u", "30")
    replies = engine.handle("u", "maksud sy IKI no 1 targetnya diganti")
    assert engine.state("u").skp.iki[0].target == "95%" and engine.state("u").edit is not None
    assert "target" in said(replies).lower()


STRATEGY = ("strateginya asuhan gizi terstandar utk pasien rawat inap, aktivitasnya skrining gizi pasien baru dlm 1x24 "
            "jam, konseling gizi pasien pulang, penyelenggaraan makanan sesuai diet dokter. datanya dr SIMRS sama form "
            "asuhan gizi")


def _step_m_with_proposals(engine):
    replies = prima_at_step_m(engine, "u", STRATEGY)
    assert engine.state("u").prima.proposals
    return replies


def test_a_refused_proposal_is_dropped_and_never_added_by_a_later_edit(engine):
    """tester13 #14 and #2: «yg no 1 kurang pas, sy tulis sendiri aja» was checked as an IKI; later «yg no 1 targetnya
    90% aja deh» added that refused proposal instead of changing IKI 1's target."""
    _step_m_with_proposals(engine)
    refused = engine.state("u").prima.proposals[0].indikator
    replies = engine.handle("u", "yg no 1 kurang pas, sy tulis sendiri aja")
    assert "tulis iki anda sendiri" in said(replies).lower() and "belum bisa disimpan" not in said(replies)
    assert refused not in [p.indikator for p in engine.state("u").prima.proposals]
    engine.handle("u", GIZI)
    replies = engine.handle("u", "95%")
    replies = press(engine, "u", replies, "Belum ada data awal")
    engine.handle("u", "2")
    engine.handle("u", "40")
    engine.handle("u", "yg no 1 targetnya 90% aja deh")
    assert [(i.indikator, i.target) for i in engine.state("u").skp.iki] == [(GIZI, "90%")]
    engine.handle("u", "eh ga jadi, 92% aja")  # the value just typed, put right
    assert [(i.indikator, i.target) for i in engine.state("u").skp.iki] == [(GIZI, "92%")]


def test_ip_asn_added_after_the_iki_being_drafted_was_dropped_asks_its_target_first(engine):
    """tester13 #4: the IKI PRIMA was completing was dropped with /buang, then «tambahin IP ASN» took its place and
    its questions: the data awal was asked first (the «80» meant as target stored as data awal) and it was saved
    with no target."""
    prima_at_step_m(engine, "u")
    engine.handle("u", GIZI)
    engine.handle("u", "95%")
    engine.handle("u", "/buang 1")
    engine.handle("u", "ya")
    replies = engine.handle("u", "tambahin IP ASN")
    assert "Target satu tahun" in said(replies) and "data awal" not in said(replies).split("Target satu tahun")[-1]
    engine.handle("u", "80")
    assert [(i.target, i.baseline) for i in engine.state("u").skp.iki] == [("80", None)]


def test_a_buttons_verb_typed_with_its_count_presses_it(engine):
    """tester13 #14: «susun yg 4 tadi dong» under «Susun 4 IKI yang lolos» was checked as an IKI («diawali kata kerja
    kegiatan «susun»»)."""
    from tests.talk import labels
    from tests.test_round13 import LIST

    prima_at_step_m(engine, "u")
    assert "Susun 3 IKI yang lolos" in labels(engine.handle("u", LIST))
    replies = engine.handle("u", "susun yg 3 tadi dong")
    assert "kata kerja" not in said(replies) and "Target satu tahun" in said(replies)


def test_ip_asn_asked_for_at_step_5_is_drafted_with_its_target(engine):
    """tester13 #4: «tambahin IP ASN» at step 5 got «Pilih salah satu tombol», then «85» «Pilihan 85 tidak ada»."""
    _two_saved(engine)
    engine.handle("u", "40")
    engine.press("u", "prima:done")
    assert engine.state("u").prima.step == "A"
    replies = engine.handle("u", "tambahin IP ASN")
    assert "Target satu tahun" in said(replies) and "Pilih salah satu tombol" not in said(replies)
    engine.handle("u", "85")
    assert engine.state("u").skp.iki[-1].target == "85"


def test_a_bare_number_under_tetapkan_asked_mid_prima_presses_its_button(engine):
    """tester13 #11: «1» under «[#1] Ya, tetapkan» (PRIMA open at step 4) opened «Rincian 1» of a list pasted before,
    and the SKP was not agreed."""
    from tests.test_round13 import LIST

    prima_at_step_m(engine, "u")
    engine.handle("u", LIST)
    engine.handle("u", "Persentase resep rawat jalan yang dilayani dalam waktu 30 menit, target 90%, TUSI, bobot 90")
    engine.handle("u", "/tetapkan")
    replies = engine.handle("u", "1")
    assert "SKP ditetapkan" in said(replies) and "Rincian" not in said(replies)


def test_an_example_asked_for_an_activity_with_no_starting_iki_gets_the_steps_help(engine):
    """tester13 #12: «contohnya gmn yg penyelenggaraan makanan?» after «Belum ada titik awal untuk «penyelenggaraan
    makanan …»» got «di luar pedoman»."""
    _step_m_with_proposals(engine)
    assert any("penyelenggaraan makanan" in a for a in engine.state("u").prima.unproposed)
    replies = engine.handle("u", "contohnya gmn yg penyelenggaraan makanan?")
    assert "di luar pedoman" not in said(replies) and "penyelenggaraan makanan" in said(replies)
    assert engine.state("u").prima.step == "M"


def test_a_proposal_refused_at_a_field_question_is_dropped_never_drafted_as_work(engine):
    """«yg no 1 kurang pas, sy tulis sendiri aja» at the jenis question was drafted as the work «no 1 kurang pas …»."""
    _step_m_with_proposals(engine)
    refused = engine.state("u").prima.proposals[0].indikator
    engine.handle("u", GIZI)
    engine.handle("u", "95%")
    replies = engine.handle("u", "yg no 1 kurang pas, sy tulis sendiri aja")
    assert "tidak saya pakai" in said(replies) and "belum bisa disimpan" not in said(replies)
    assert refused not in [p.indikator for p in engine.state("u").prima.proposals]
    assert engine.state("u").prima.field == "baseline"
