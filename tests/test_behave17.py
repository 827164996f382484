"""behave17: what a first-day user still tripped on — a correction, the terminal's buttons, a bare number, PRIMA, MPPH."""

from tests.talk import prima_at_step_m, said

PASTE = ("• Melakukan uji kepekaan antibiotik isolat klinis\n"
         "• Persentase hasil pemeriksaan mikrobiologi yang dilaporkan tepat waktu 95%\n"
         "• Persentase media kultur yang lolos uji mutu 100%\n• Nilai IP ASN 80")


def test_a_correction_at_the_data_awal_of_a_pasted_line_answers_that_question_not_the_pasted_target(engine):
    """«eh salah, 20 aja» right after «simpan yg lolos» changed the pasted target 95% → 20% without asking."""
    engine.handle("u", PASTE)
    engine.handle("u", "simpan yg lolos")
    assert engine.state("u").fill.field == "baseline"
    reply = said(engine.handle("u", "eh salah, 20 aja"))
    iki = engine.state("u").skp.iki[0]
    assert iki.target == "95%" and "diganti" not in reply and "data awal" in reply
    engine.handle("u", "ya")
    assert engine.state("u").skp.iki[0].baseline == "20%" and engine.state("u").skp.iki[0].target == "95%"


def test_a_reopened_chat_shows_the_last_buttons_under_the_words_they_answer(engine):
    """Reopening the terminal showed «Tombol pesan terakhir … [#1] Terima» without the message they belong to."""
    shown = engine.handle("u", PASTE)
    asked = next(r for r in shown if r.buttons)
    again = engine.on_screen("u")
    assert again and asked.text.splitlines()[0] in again[0].text
    assert [b.label for r in again for b in r.buttons] == [b.label for r in shown for b in r.buttons]
    assert all(r.text.strip() for r in again)


def test_buttons_kept_without_their_words_are_never_shown_alone():
    from bot.conversation.offered import on_screen

    assert on_screen([("Terima", "year:rencana:accept")], []) == []
    again = on_screen([("Terima", "year:rencana:accept")], [("Rencana aksi (tahapan dan bulannya):", 1)])
    assert again[0].text.startswith("Rencana aksi") and again[0].buttons[0].label == "Terima"


SKP = ("ini SKP saya:\n1. Jumlah berkas usulan kenaikan pangkat yang diverifikasi dan diusulkan ke BKN - 600 berkas\n"
       "2. Persentase usulan kenaikan pangkat yang ditetapkan tepat pada periode TMT - 95%")


def _press(engine, replies, label: str):
    return engine.press("u", next(b.data for r in replies for b in r.buttons if label.lower() in b.label.lower()))


def test_a_number_alone_with_nothing_open_says_what_it_could_be_here(engine):
    """«20» with nothing open got «belum bisa membaca»: one line saying what a number alone could mean and what to
    type, which depends on what the user has (no IKI, a draft, an agreed SKP)."""
    first = said(engine.handle("u", "20"))
    assert "belum bisa membaca" not in first and "20%" in first and "/prima" in first
    _press(engine, engine.handle("u", SKP), "Simpan semua")
    engine.handle("u", "/batal")
    drafted = said(engine.handle("u", "20"))
    assert "/ubah N target 20" in drafted and "/ubah N bobot 20" in drafted
    _press(engine, engine.handle("u", "/tetapkan"), "Ya")
    kept = said(engine.handle("u", "20"))
    assert "/catat" in kept and "IKI 1: 20" in kept and not engine.state("u").year.entries


def test_own_words_kept_as_the_unit_indicator_leave_out_who_the_user_is(engine):
    """«Pakai tulisan saya» in step 1 stored «sy staf biro keuangan, ngurus SPM dan rekonsiliasi BMN» whole as the
    unit's indicator, and step 2 repeated it; the work it names is kept, written out."""
    engine.handle("u", "/prima")
    engine.handle("u", "sy staf biro keuangan, ngurus SPM dan rekonsiliasi BMN")
    reply = said(engine.handle("u", "Pakai tulisan saya"))
    name = engine.state("u").prima.indicator.name
    assert "SPM dan rekonsiliasi BMN" in name and "staf" not in name and "ngurus" not in name
    assert f"«{name}»" in reply


def test_a_time_clause_is_no_part_of_the_object_a_starting_point_counts(engine):
    """«pantau pasien selama HD» gave «Persentase pasien selama HD yang mendapat pemantauan …»: the phrase cut
    mid-sentence; «selama», «saat» say when the work is done, not what it is done to."""
    text = said(engine.handle("u", "kerjaan sy tiap hari pasang akses vaskular, pantau pasien selama HD, "
                                   "edukasi pasien soal cairan & diet"))
    # the procedure stays with the patients it is done to («pasien HD»: rewrite patterns during_procedure)
    assert "Persentase pasien HD yang mendapat pemantauan" in text and "pasien selama HD yang" not in text


def test_work_that_speeds_other_work_up_is_that_work_measured_by_its_time(engine):
    """Step 2's «percepatan penerbitan SPM, diukur dr SPM tepat waktu, data SAKTI» gave no starting point for the SPM:
    «percepatan X» is X, its time measured first."""
    text = said(prima_at_step_m(engine, "u", "- percepatan penerbitan SPM, diukur dr SPM tepat waktu, data SAKTI\n"
                                             "- rekonsiliasi BMN tiap semester, data SIMAK BMN"))
    assert "1. Persentase SPM yang diterbitkan sesuai standar waktu layanan" in text
    assert "Belum ada titik awal untuk «percepatan penerbitan SPM" not in text


def test_a_member_taking_the_rest_with_a_number_holds_that_number(engine):
    """«Dedi pegang sisanya 50» was kept as the part «sisanya 50» with no target (the rest then «dibagi rata»)."""
    engine.handle("u", "/mpph Jumlah kab/kota yang menerapkan kawasan tanpa rokok; 300 kab/kota")
    engine.press("u", "mpph:method:kuantitatif")
    engine.handle("u", "Rina; Sumatera; 80")
    reply = said(engine.handle("u", "Dedi pegang sisanya 60"))
    roles = engine.state("u").mpph.current.peran
    assert [(r.pegawai, r.bagian, r.target) for r in roles][-1] == ("Dedi", "sisanya", "60")
    assert "sisanya 60" not in reply


def test_an_acronym_in_capitals_is_read_whole_never_as_a_shorter_one_with_an_ending():
    """«KPRS» (keselamatan pasien RS) was read as «KP» + «-rs», and KP is kenaikan pangkat in the logbook's words; an
    English ending is still taken off a word not written in capitals («MoUs»)."""
    from bot.year.terms import capitals, terms

    text = "lapor insiden pasien jatuh ke tim KPRS"
    read = terms(text.lower().split(), names=capitals(text))
    assert "kprs" in read and "kenaikan pangkat" not in read
    assert terms(["mous"], english=True) == terms(["mou"], english=True)
