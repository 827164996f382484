"""What a user types under an open question of «Simpan ke draf»: a whole button label is that button (the terminal
and a Telegram user who types), and a line of done work or a progress question is the year's, never the number the
field asks («hari ini review 12 berkas» at «Capaian terakhir (data awal)?» was stored as a baseline of 12)."""

import pytest

from bot.conversation.offered import exact_press
from tests.talk import typed


def at_baseline(engine, user: str) -> None:
    engine.handle(user, "/cek Persentase usulan kenaikan pangkat yang diproses tepat waktu")
    engine.press(user, "fill:save")
    engine.handle(user, "100")
    assert engine.state(user).fill.field == "baseline"


def test_a_whole_label_presses_its_button_and_nothing_less_does():
    buttons = [("Belum ada data awal", "fill:none"), ("« Kembali", "fill:back"), ("Selesai dulu", "fill:cancel")]
    assert exact_press(buttons, "selesai dulu") == "fill:cancel"
    assert exact_press(buttons, "Belum ada data awal.") == "fill:none"
    assert exact_press(buttons, "kembali") == "fill:back"
    assert exact_press(buttons, "belum ada data awal tahun lalu 80") is None
    assert exact_press(buttons, "selesai besok") is None
    assert exact_press([("Terima", "year:rencana:accept")], "terima semua") == "year:rencana:accept"
    assert exact_press([("Terima", "x")], "terima 2") is None
    step_m = [("Selesai, lanjut ke dialog", "prima:done"), ("Pakai usulan 1", "prima:use:1"), ("« Kembali", "b")]
    assert exact_press(step_m, "udah") == "prima:done" and exact_press(step_m, "cukup itu aja") == "prima:done"
    assert exact_press(step_m, "udah 5 IKI") is None and exact_press([("Ya", "y")], "sudah") is None
    assert exact_press([], "selesai dulu") is None


@pytest.mark.parametrize("typed, field_after", [("Selesai dulu", None), ("belum ada data awal", "jenis")])
def test_a_label_typed_under_the_baseline_question_is_that_button(engine, typed, field_after):
    at_baseline(engine, "u1")
    said = "\n".join(r.text for r in engine.handle("u1", typed))
    assert "harus berupa angka" not in said
    fill = engine.state("u1").fill
    assert (fill.field if fill else None) == field_after
    assert engine.state("u1").skp.iki[0].baseline is None


def test_done_work_at_the_baseline_question_is_a_logbook_entry_not_the_baseline(engine):
    at_baseline(engine, "u2")
    said = "\n".join(r.text for r in engine.handle("u2", "hari ini review 12 berkas usulan KP"))
    state = engine.state("u2")
    assert state.skp.iki[0].baseline is None
    assert [e.text for e in state.year.entries] == ["hari ini review 12 berkas usulan KP"], said
    assert len(state.skp.iki) == 1  # the IKI stays saved; /ubah 1 completes it


def test_progress_asked_at_the_jenis_question_shows_progress(engine):
    at_baseline(engine, "u3")
    engine.handle("u3", "Belum ada data awal")
    assert engine.state("u3").fill.field == "jenis"
    said = "\n".join(r.text for r in engine.handle("u3", "capaian saya sudah berapa?"))
    assert "Capaian per IKI" in said
    assert "di luar pedoman" not in said


def test_a_deadline_date_at_the_target_question_is_the_target_not_a_logbook_entry(engine):
    engine.handle("u4", "/cek Persentase laporan realisasi anggaran yang disampaikan tepat waktu")
    engine.press("u4", "fill:save")
    engine.handle("u4", "12 laporan setahun, tiap bulan paling lambat tgl 5")
    assert not engine.state("u4").year.entries


@pytest.mark.parametrize("typed", ["no baseline", "don't know"])
def test_an_english_no_value_at_the_baseline_question_is_no_baseline(engine, typed):
    at_baseline(engine, "u5")
    said = "\n".join(r.text for r in engine.handle("u5", typed))
    assert "harus berupa angka" not in said
    assert engine.state("u5").fill.field == "jenis"


def test_a_count_target_of_a_pasted_line_is_not_put_on_a_percentage_suggestion(engine):
    """«Jumlah dokumen perencanaan yang disusun - 4 dokumen», its suggestion «Persentase …» picked: «Target 4%»."""
    typed(engine, "u6",
          "1. Jumlah dokumen perencanaan yang disusun - 4 dokumen\n2. Persentase data SIASN yang valid - 98%",
          "Rincian 1")
    picked = "\n".join(r.text for r in engine.press("u6", "use:1"))
    assert "tidak saya pasang" in picked
    assert engine.state("u6").skp.iki[0].target in (None, "")


def test_udah_at_prima_step_m_with_iki_saved_goes_to_the_dialog_step(engine):
    """«udah» under «Selesai, lanjut ke dialog» got «Saya perlu kalimat IKI …»."""
    engine.handle("u7", "/prima")
    for step in ("prima:skip", "prima:skip", "prima:role:anggota", "prima:direct:0"):
        engine.press("u7", step)
    engine.handle("u7", "Persentase alat lab yang dikalibrasi sesuai jadwal, 95%")
    for answer in ("Belum ada data awal", "TUSI", "30"):
        engine.handle("u7", answer)
    said = "\n".join(r.text for r in engine.handle("u7", "udah"))
    assert "Saya perlu kalimat IKI" not in said and engine.state("u7").prima.step == "A", said


def test_a_one_off_target_under_suggestions_is_for_the_pick_not_a_quarter_figure(engine):
    """«TW II kelar, 1 sistem» with suggestions on screen got «Itu angka capaian …» on day one."""
    engine.handle("u8", "/cek Persentase alat lab yang dikalibrasi sesuai jadwal")
    engine.press("u8", "fill:save")
    typed(engine, "u8", "95", "satu lagi, sy lg nyusun inventaris digital alat pake QR code")
    assert engine.state("u8").candidates
    said = "\n".join(r.text for r in engine.handle("u8", "TW II kelar, 1 sistem"))
    # a count under suggestions that all measure a share: the work counted is saved (round 7), never lost
    assert "Itu angka capaian" not in said and engine.state("u8").skp.iki[-1].target == "1 sistem"


def test_pakai_usulan_with_none_shown_is_not_the_strategy_at_prima_step_r(engine):
    """«Pakai usulan 2» typed at step 2 (no suggestion shown) was taken as the unit's strategy and PRIMA moved on."""
    engine.handle("u9", "/prima")
    engine.press("u9", "prima:skip")
    assert engine.state("u9").prima.step == "R"
    said = "\n".join(r.text for r in engine.handle("u9", "Pakai usulan 2"))
    assert engine.state("u9").prima.step == "R" and "Belum ada usulan IKI" in said


@pytest.mark.parametrize("question", ["no 1 gmn bagusnya?", "nomor 1 itu jd apa ya"])
def test_a_question_about_a_pasted_line_shows_that_lines_details(engine, question):
    """«no 1 gmn bagusnya?» after a pasted list (a field of a saved line asked) got «di luar pedoman»."""
    typed(engine, "u10",
          "1. Jumlah laporan inventarisasi BMN 12 laporan\n2. Persentase keluhan sarpras yg "
          "ditindaklanjuti maks 1x24 jam 95%\n3. Nilai IP ASN 82",
          "yg no 2 sm 3 simpan aja")
    said = "\n".join(r.text for r in engine.handle("u10", question))
    assert "di luar pedoman" not in said and "Usulan IKI berbasis output" in said, said


@pytest.mark.parametrize("put_off", ["IP ASN ga usah dulu deh", "skip IP ASN"])
def test_the_mandatory_iki_put_off_is_not_added(engine, put_off):
    """«IP ASN ga usah dulu deh» at a field question saved the IP ASN IKI."""
    at_baseline(engine, "u11")
    said = "\n".join(r.text for r in engine.handle("u11", put_off))
    assert len(engine.state("u11").skp.iki) == 1 and "wajib" in said, said


def test_an_iki_with_a_lead_in_and_typos_on_a_draft_skp_is_an_iki_not_a_figure(engine):
    """«tmbh iki bru: presentase hsil uji … 100%» got «Itu angka capaian» on day one."""
    at_baseline(engine, "u12")
    engine.handle("u12", "Selesai dulu")
    said = "\n".join(r.text for r in engine.handle(
        "u12", "tmbh iki bru: presentase hsil uji yg di verivikasi supervisor sblm dikirim 100%"))
    assert "Itu angka capaian" not in said and "IKI yang ingin diperiksa" in said


def test_a_percent_target_over_100_is_refused_and_the_wording_taken_with_its_new_target(engine):
    """«target 150%» under suggestions was noted; «ya udh pake kalimat usulanmu, target 98» then saved 150% and
    checked the sentence as an IKI."""
    engine.handle("u13", "Persentase semua surat masuk selalu didisposisi tepat waktu 100%")
    assert engine.state("u13").candidates
    said = "\n".join(r.text for r in engine.handle("u13", "target 150%"))
    assert "melebihi 100" in said  # the rules' own verdict on the unit
    said = "\n".join(r.text for r in engine.handle("u13", "ya udh pake kalimat usulanmu, target 98"))
    iki = engine.state("u13").skp.iki
    assert "150" not in said and len(iki) == 1 and iki[0].target == "98%", said


LIST = ("1. Jumlah laporan BMN semesteran\n2. Persentase BMN yg sudah di label\n"
        "3. Persentase laporan keuangan yang tepat waktu")


def test_a_list_lines_label_typed_while_another_question_is_open_shows_that_line(engine):
    user = "u-rincian-typed"
    typed(engine, user, LIST, "yg no 2 gmn bagusnya?")  # «Simpan ke draf» now offered for line 2
    text = "\n".join(r.text for r in engine.handle(user, "Rincian 1"))
    assert "Jumlah laporan BMN semesteran" in text and "Usulan IKI" in text
    assert not engine.state(user).skp.iki  # never «1» taken as a target and saved


def test_a_button_number_with_no_such_button_says_what_is_open_and_what_to_type(engine):
    user = "u-old-number"
    typed(engine, user, LIST, "/tanya apa itu RHK")
    text = "\n".join(r.text for r in engine.handle(user, "#1"))
    assert "tidak punya tombol nomor 1" in text and "Rincian N" in text and "ketik /bantuan" not in text
    assert not engine.state(user).skp.iki


def test_the_verb_of_the_one_button_it_opens_typed_alone_presses_it():
    # «Simpan» typed under «Simpan 3 IKI lolos ke draf | Rincian 1 …» was asked ««Simpan» itu maksudnya apa?»
    from bot.conversation import Engine
    from bot.conversation.offered import verb_press

    engine, user = Engine(), "u-verb-press"
    replies = typed(engine, user,
                    "SKP 2026 saya:\n1. Persentase hasil pemeriksaan TB TCM yang dilaporkan ke SITB maksimal 1x24 jam"
                    " - 90%\n2. Jumlah sampel TCM yang diperiksa sesuai standar - 2400 sampel\n3. Nilai IP ASN - 80",
                    "Simpan")
    assert len(engine.state(user).skp.iki) == 3 and "maksudnya apa" not in " ".join(r.text for r in replies)
    shown = [("Rincian 1", "a"), ("Rincian 2", "b"), ("Ya, buang IKI 2", "c"), ("Simpan ke draf", "d")]
    assert verb_press(shown, "rincian") is None and verb_press(shown, "ya") is None  # several, or a yes
    assert verb_press(shown, "simpan") == "d" and verb_press(shown, "simpan 2") is None


def test_a_label_typed_presses_a_button_shown_above_the_open_questions_reminder():
    # /rencana's «Terima» came above «(Masih terbuka: data awal …)» and its buttons: «Terima» typed was refused as
    # a data awal («harus berupa angka») and the rencana never kept
    from bot.conversation import Engine

    engine, user = Engine(), "u-press-above-reminder"
    at_baseline(engine, user)
    replies = typed(engine, user, "/rencana", "Terima")
    assert engine.state(user).year.rencana and "harus berupa angka" not in " ".join(r.text for r in replies)


@pytest.mark.parametrize("typed, kept", [
    ("tambah persentase pemeliharaan preventif alat sesuai jadwal", "pemeliharaan preventif alat sesuai jadwal"),
    ("tambahin lagi Persentase alat ICU yang dikalibrasi tepat waktu", "alat ICU yang dikalibrasi tepat waktu"),
    ("tmbh jumlah sertifikat hasil kalibrasi alat, target 150", "sertifikat hasil kalibrasi alat"),
])
def test_an_add_word_before_an_iki_with_no_colon_adds_it(engine, typed, kept):
    """d12-tem04: «tambah persentase pemeliharaan preventif sesuai jadwal» got «itu maksudnya apa?»."""
    engine.handle("u14", "/cek Persentase usulan kenaikan pangkat yang diproses tepat waktu")
    engine.press("u14", "fill:save")
    engine.handle("u14", "Selesai dulu")
    engine.handle("u14", typed)
    iki = engine.state("u14").skp.iki
    assert len(iki) == 2 and kept in iki[1].indikator and not iki[1].indikator.lower().startswith("tam"), iki


def test_an_add_word_alone_or_before_a_field_is_no_iki():
    from bot.conversation.intent import Route, add_lead_length, classify

    assert add_lead_length(["tambah", "bobot", "iki", "3"]) == 0
    assert add_lead_length(["tambah", "lagi", "dong"]) == 0
    assert classify("tambah persentase pemeliharaan preventif sesuai jadwal").route is Route.iki


@pytest.mark.parametrize("typed", ["target no1 90, no2 95, no3 70", "no 1 90, no 2 95, no 3 70", "1 = 90, 2 = 95, 3 = 70"])
def test_several_targets_by_number_at_one_ikis_target_question_go_to_their_iki(engine, typed):
    """d12-epi01: «target no1 90, no2 95, …» at the target question of IKI 1 was read as its target, 1%."""
    engine.handle("u15", "1. Persentase sinyal KLB yg diverifikasi < 24 jam\n2. Persentase laporan SKDR yg masuk "
                         "tepat waktu\n3. Persentase rekomendasi kajian epidemiologi yg ditindaklanjuti dinkes")
    engine.handle("u15", "Simpan semua seperti ditulis")
    assert engine.state("u15").fill.field == "target"
    reply = "\n".join(r.text for r in engine.handle("u15", typed))
    assert [i.target for i in engine.state("u15").skp.iki] == ["90%", "95%", "70%"]
    assert "Target satu tahun" not in reply  # the target asked was among them: on to the next field


@pytest.mark.parametrize("typed, targets", [
    ("no1 90%, no2 12 dokumen, sisanya 95", ["90%", "12 dokumen", "95%"]),  # d12-ent06: the asked IKI's 1%
    ("no 1 80, no 2 10 dokumen, yg lain 90", ["80%", "10 dokumen", "90%"]),
])
def test_targets_by_number_keep_their_unit_and_the_rest_takes_one_value(engine, typed, targets):
    engine.handle("u16", "1. Persentase sinyal KLB yg diverifikasi < 24 jam\n2. Jumlah kajian epidemiologi yg "
                         "ditindaklanjuti dinkes\n3. Persentase rekomendasi kajian yg ditindaklanjuti dinkes")
    engine.handle("u16", "Simpan semua seperti ditulis")
    assert engine.state("u16").fill.field == "target"
    engine.handle("u16", typed)
    assert [i.target for i in engine.state("u16").skp.iki] == targets
