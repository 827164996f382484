"""tester21b's findings (a CPNS on day one, a staff member in July): each replayed through the engine as the user
typed it."""

import pytest

from tests.agreed_year import agreed, sqlite_engine
from tests.talk import press, prima_at_step_m, said, typed


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


# an IKI for a new team that fails the rules: suggestions, with its target noted for them
MUTASI = "Persentase pegawai yang mengikuti pengembangan kompetensi target 80%"


def test_a_reminder_set_under_suggestions_takes_none_of_them(engine, at):
    # «ingetin … jam 4 ya» right after suggestions for a sentence with «target 80%» put «usulan 1» into the agreed SKP
    agreed(engine)
    at("2026-07-09T09:00")
    assert "Pakai usulan 1" in [b.label for r in engine.handle("u1", MUTASI) for b in r.buttons]
    replies = engine.handle("u1", "ingetin sy isi logbook tiap sore jam 4 ya, kecuali jumat")
    assert "belum memilih usulan" not in said(replies) and "Pengingat diatur" in said(replies)
    assert len(engine.state("u1").skp.iki) == 3


def test_suggestions_gone_from_screen_are_never_taken_by_a_later_message(engine, at):
    # days later, after /skp and a reminder, the TW II realisasi paste took «usulan 1» into the agreed SKP
    agreed(engine)
    at("2026-07-09T09:00")
    engine.handle("u1", MUTASI)
    engine.handle("u1", "/skp")
    at("2026-07-10T09:00")
    replies = engine.handle("u1", "realisasi TW II\nIKI 1 sesuai catatan\nIKI 2 93,5%\nIKI 3: 70")
    assert "belum memilih usulan" not in said(replies)
    assert len(engine.state("u1").skp.iki) == 3


def test_an_iki_typed_under_suggestions_with_a_target_noted_is_kept_with_its_number_in_its_text(engine):
    # «Persentase data ePPGBM dari 38 provinsi …» typed after «100%» for the suggestions: usulan 1 was kept (the day-one
    # users' rule) but the typed IKI was lost and «38 provinsi» asked as the data awal of usulan 1
    prima_at_step_m(engine, "u")
    typed(engine, "u", "rekap laporan gizi", "100%")
    own = "Persentase data ePPGBM dari 38 provinsi yang valid dan disampaikan tepat waktu"
    replies = engine.handle("u", own)
    assert "38%" not in said(replies)
    assert own in [iki.indikator for iki in engine.state("u").skp.iki]


@pytest.mark.parametrize("target", ["80%", "80"])
def test_a_new_percentage_target_after_ubah_teks_takes_the_percent_unit(engine, target):
    # «/ubah 1 teks Persentase …» on «Jumlah SK … 150 SK», then «80%» at «Tulis target baru»: saved «80 SK»
    typed(engine, "u", "Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun 150 SK", "tusi", "25")
    replies = engine.handle("u", "/ubah 1 teks Persentase pegawai yang lulus pelatihan kompetensi minimal 20 JP")
    assert "Tulis target baru IKI 1" in said(replies)
    engine.handle("u", target)
    iki = engine.state("u").skp.iki[0]
    assert (iki.target, iki.satuan) == ("80%", "%")


@pytest.mark.parametrize("pick, place", [("yg no 2 aja", 1), ("yg 1", 0), ("no 1", 0), ("usulan 1", 0), ("nomor 2", 1)])
def test_a_suggestion_in_step_m_is_picked_by_its_number_in_words(engine, pick, place):
    # «yg 1», «no 1» were «Saya perlu kalimat IKI …»; «usulan 1» was checked as an IKI and got suggestions of its own
    prima_at_step_m(engine, "u")
    engine.handle("u", "bikin laporan bulanan status gizi")
    wanted = engine.state("u").candidates[place].indikator
    assert f"IKI diterima: «{wanted}»" in said(engine.handle("u", pick))


def test_the_suggestions_stay_on_screen_after_a_question_in_step_m(engine):
    # «bobot tu apa» between: the step came back without «Pakai usulan N», and «pakai usulan 2» was checked as an IKI
    prima_at_step_m(engine, "u")
    engine.handle("u", "bikin laporan bulanan status gizi")
    wanted = engine.state("u").candidates[1].indikator
    assert "Pakai usulan 2" in [b.label for r in engine.handle("u", "bobot tu apa") for b in r.buttons]
    assert f"IKI diterima: «{wanted}»" in said(engine.handle("u", "pakai usulan 2"))


@pytest.mark.parametrize("asked", ["ingetin logbook tiap hari kerja jam 4 sore kecuali jumat",
                                   "pengingat logbook senin sampai kamis jam 16",
                                   "ingatkan catatan senin-kamis jam 4 sore"])
def test_the_logbook_nudge_takes_a_range_of_days_and_days_left_out(engine, at, asked):
    # «kecuali jumat» set Friday only; «senin sampai kamis» Monday only
    agreed(engine)
    at("2026-07-09T10:00")
    engine.handle("u1", asked)
    nudge = engine.state("u1").year.reminders.logbook
    assert (nudge.days, nudge.at.hour) == ([0, 1, 2, 3], 16)


def test_a_realisasi_corrected_with_bukan_keeps_the_new_figure_and_says_the_old(engine, at):
    # «harusnya 140 bukan 120» stored 120 again, «Disimpan: IKI 1 TW I: 120 berkas»
    agreed(engine)
    at("2026-07-08T15:46")
    engine.handle("u1", "IKI 1 TW I 120 berkas")
    replies = engine.handle("u1", "eh koreksi, tw 1 iki 1 harusnya 140 bukan 120")
    assert "IKI 1 TW I: 140 berkas (sebelumnya 120 berkas)" in said(replies)
    kept = [r for r in engine.state("u1").year.realisasi if r.quarter == 1]
    assert [r.value for r in kept] == [140]


def test_a_week_pasted_on_a_monday_is_last_week_from_monday_to_friday(engine, at):
    # «senin …» was today (6 July), «selasa … jumat» last week: Monday's berkas counted in TW III
    agreed(engine)
    at("2026-07-06T16:00")
    engine.handle("u1", "senin verif 20 berkas KP periode oktober\nselasa verif 15 berkas KP\n"
                        "kamis terbit 6 SK pensiun BUP\njumat verif 9 berkas KP")
    days = [e.day.isoformat() for e in engine.state("u1").year.entries]
    assert days == ["2026-06-29", "2026-06-30", "2026-07-02", "2026-07-03"]


@pytest.mark.parametrize("answer", ["ga langsung", "ga langsung kyknya", "tdk langsung", "gak langsung sih"])
def test_a_negated_option_typed_in_chat_words_picks_tidak_langsung(engine, answer):
    # «ga langsung» was «Pilih salah satu tombol …», and typed again it paused PRIMA («… itu maksudnya apa?»)
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.press("u", "prima:skip")
    engine.press("u", "prima:role:anggota")
    engine.handle("u", answer)
    state = engine.state("u")
    assert (state.prima.step, state.skp.cascading_langsung) == ("M", False)


@pytest.mark.parametrize("resume", ["lanjut", "lanjutin yg kemarin aja"])
def test_lanjut_resumes_a_paused_prima_at_its_step(engine, resume):
    # PRIMA paused; «lanjut» the next day was «Siap.» and the menu, also under «Lanjutkan | Mulai dari awal»
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.press("u", "prima:skip")
    engine.press("u", "prima:role:anggota")
    for opened in (False, True):
        press(engine, "u", engine.handle("u", "/batal"), "Simpan dan berhenti")
        assert engine.state("u").prima.paused
        if opened:
            assert "Lanjutkan" in [b.label for r in engine.handle("u", "/prima") for b in r.buttons]
        replies = engine.handle("u", resume)
        assert not engine.state("u").prima.paused and "Tidak langsung" in [b.label for r in replies for b in r.buttons]


@pytest.mark.parametrize("caption, entry", [("ini bukti yg SK pensiun kmrn kamis", "c1"), ("bukti c2", "c2")])
def test_a_file_with_a_caption_naming_its_entry_is_that_entry_s_bukti_never_a_new_entry(engine, at, caption, entry):
    # «ini bukti yg SK pensiun kmrn kamis /…/sk.pdf» was kept as a new entry c3 asking «Jumlahnya berapa?»; «bukti c2:
    # /…» asked which entry
    from bot.year.models import Evidence, EvidenceKind

    agreed(engine)
    at("2026-07-02T15:00")
    engine.handle("u1", "hari ini terbit 6 SK pensiun BUP")
    at("2026-07-03T15:00")
    engine.handle("u1", "hari ini verif 12 berkas KP")
    at("2026-07-08T15:30")
    proof = Evidence(kind=EvidenceKind.document, file_id="f1", name="sk.pdf", size=10, mime="application/pdf")
    replies = engine.evidence("u1", proof, caption=caption)
    assert f"dilampirkan ke catatan {entry}" in said(replies)
    assert [e.id for e in engine.state("u1").year.entries] == ["c1", "c2"]


def test_a_terminal_line_ending_in_a_path_with_a_bukti_word_before_it_is_a_described_file():
    from pathlib import Path

    from bot.conversation.evidence_path import evidence_described

    assert evidence_described("ini bukti yg SK pensiun kmrn kamis /home/budi/sk.pdf") == (
        "ini bukti yg SK pensiun kmrn kamis", Path("/home/budi/sk.pdf"))
    assert evidence_described("bukti c4: /home/budi/sk.pdf") == ("bukti c4:", Path("/home/budi/sk.pdf"))
    assert evidence_described("verif 12 berkas KP /home/budi/x.pdf") is None  # no bukti word: not described


def test_an_iki_replaced_in_words_after_a_sentence_of_why_is_an_edit_of_that_iki(engine, at):
    # «sy mutasi …, jadi IKI 3 soal SK pensiun diganti "…" target 80%» was checked as an IKI draft and its suggestions
    # («Persentase mutasi yang diselesaikan …») later went into the SKP
    agreed(engine)
    at("2026-07-09T09:00")
    replies = engine.handle("u1", 'sy mutasi ke tim pengembangan SDM mulai juli, jadi IKI 3 soal SK pensiun diganti '
                                  '"Persentase pegawai yang lulus pelatihan minimal 20 JP" target 80%')
    assert "IKI 3 diubah" in said(replies) and "Apa alasannya?" in said(replies)
    iki = engine.state("u1").skp.iki[2]
    assert (iki.indikator, iki.target) == ("Persentase pegawai yang lulus pelatihan minimal 20 JP", "80%")


def test_the_data_awal_left_empty_names_the_iki_s_own_number(engine):
    # «Data awal saya kosongkan … isi dengan /ubah NOMOR baseline» for an IKI saved as IKI 1 already
    prima_at_step_m(engine, "u")
    replies = typed(engine, "u", "Persentase data status gizi balita yang valid", "95", "blm ada")
    assert "/ubah 1 baseline" in said(replies)


def test_kpn_asks_when(engine):
    # «kpn deadline skp» was «… itu maksudnya apa? [Periksa sebagai IKI] …»; «kapan deadline skp» was answered
    from bot.conversation.intent import Route, classify

    assert classify("kpn deadline skp").route is Route.question


def test_the_dialog_pack_names_a_replaced_iki_s_entries_by_the_old_iki(engine, at):
    # after «/ubah 3 teks …» (mutasi), c1 for the old IKI 3 was «IKI ?» in /dialog's record and bukti
    agreed(engine)
    at("2026-07-02T15:00")
    engine.handle("u1", "hari ini terbit 6 SK pensiun BUP")
    at("2026-07-09T09:00")
    typed(engine, "u1", "/ubah 3 teks Persentase pegawai yang lulus pelatihan minimal 20 JP", "mutasi", "80%")
    text = said(engine.handle("u1", "/dialog"))
    assert "IKI ?" not in text and "IKI lama «Jumlah SK pensiun BUP" in text


def test_the_dialog_pack_plans_an_iki_brought_in_july_from_tw_iii(engine, at):
    # «Pegawai lulus pelatihan … TW I: Persiapan … TW II: …» for an IKI that came in with a perubahan in July
    agreed(engine)
    at("2026-07-09T09:00")
    typed(engine, "u1", "/ubah 3 teks Persentase pegawai yang lulus pelatihan minimal 20 JP", "mutasi", "80%")
    text = said(engine.handle("u1", "/dialog"))
    plan = text[text.index("• Pegawai lulus pelatihan"):].split("•")[1]
    assert "TW I:" not in plan and "TW II:" not in plan and "TW III:" in plan


def test_asking_whether_one_s_own_skp_is_right_shows_it_with_its_findings(engine):
    # «udh bener blm ya skp sy?» got an unrelated guideline passage («Pimpinan dilarang menilai …»)
    typed(engine, "u", "Persentase data status gizi balita yang valid 95%", "/batal")
    text = said(engine.handle("u", "udh bener blm ya skp sy?"))
    assert "Draf SKP Anda:" in text and "Temuan:" in text


def test_the_limit_of_one_s_iki_asked_after_an_ok_is_the_guidance_not_the_draft(engine):
    # «hmm ok. IKI saya maksimal berapa sih» (day-one dev14) showed «Draf SKP Anda masih kosong»
    text = said(engine.handle("u", "hmm ok. IKI saya maksimal berapa sih"))
    assert "10" in text and "masih kosong" not in text


def test_a_finding_that_stays_after_ubah_teks_is_neither_new_nor_cleared(engine):
    # «✗ Temuan baru: … belum menyebut indikator induknya» and «✓ Beres (temuan lama …): … belum menyebut …» at once
    typed(engine, "u", "Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun 150 SK", "cl", "25")
    text = said(engine.handle("u", "/ubah 1 teks Jumlah SK pensiun BUP yang terbit tepat sebelum TMT pensiun"))
    assert "IKI 1 diubah" in text and "indikator induknya" not in text and "Temuan tidak berubah" in text
