"""tester20b's findings (a perawat's half-year and a team's SKP): words read by the wrong flow, each replayed through
the engine as the user typed them."""

import pytest

from tests.agreed_year import agreed, sqlite_engine
from tests.talk import prima_at_step_m, said, typed
from tests.test_team_chat import LEADER, MEMBER


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


def _pasted_and_agreed(engine, first: str) -> None:
    """A perawat's SKP pasted («first», then the discharge-planning count), saved as the list offers, agreed."""
    replies = engine.handle("u1", f"ini SKP saya:\n{first}\n"
                                  "2. Jumlah pasien pulang yg mendapat edukasi discharge planning 600 orang")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Simpan" in b.label))
    engine.handle("u1", "/batal")  # a field asked after the save waits for nothing here
    replies = engine.handle("u1", "/tetapkan")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Ya" in b.label))

def test_deleting_an_entry_right_after_a_reminder_change_deletes_it_and_keeps_the_reminder(engine, at):
    # «hapus c1» typed after «Pengingat diatur: …» was read as «matikan»: the nudge went off, c1 stayed
    agreed(engine)
    at("2026-01-12T10:00")
    engine.handle("u1", "hari ini verif 14 berkas KP periode april")
    assert "15:00" in said(engine.handle("u1", "ingatkan catatan tiap hari kerja jam 3 sore"))
    assert "c1 dihapus" in said(engine.handle("u1", "hapus c1"))
    state = engine.state("u1")
    assert state.year.reminders.logbook.on and not [e for e in state.year.entries if e.id == "c1"]


@pytest.mark.parametrize("text", ["kemarin lusa verif 6 berkas KP", "kmrn lusa verif 6 berkas KP"])
def test_kemarin_lusa_is_two_days_ago_not_a_plan(engine, at, text):
    # «Itu rencana, jadi belum saya catat …»: the «lusa» of «kemarin lusa» was read as the day after tomorrow
    agreed(engine)
    at("2026-01-14T10:00")
    replies = engine.handle("u1", text)
    assert "Dicatat (c1), tanggal 12 Januari" in said(replies), said(replies)
    assert "Itu rencana" in said(engine.handle("u1", "lusa verif 6 berkas KP"))


def test_a_new_text_ending_in_a_day_of_the_month_keeps_its_day_and_the_target(engine):
    # «/ubah 2 teks … paling lambat tgl 10» became «… paling lambat tanggal» with target 10% (was 95%)
    agreed(engine)
    engine.handle("u1", "/ubah 2 teks Persentase usulan kenaikan pangkat yg dikirim ke BKN paling lambat tgl 10")
    engine.handle("u1", "perubahan strategi")
    iki = engine.state("u1").skp.iki[1]
    assert iki.indikator.endswith("paling lambat tanggal 10") and iki.target == "95%", (iki.indikator, iki.target)


@pytest.mark.parametrize("text, months", [("/rencana 2 tambah sosialisasi ketepatan TMT ke unit kerja feb", "(Feb)"),
                                          ("/rencana 1 tambah audit berkas usulan tgl 10 mei", "(Mei)")])
def test_a_stage_added_with_one_month_is_added_not_a_month_listing(engine, text, months):
    # «/rencana 2 tambah … feb» showed «Tahapan bulan Februari: …» and added nothing
    agreed(engine)
    engine.handle("u1", "/rencana")
    engine.press("u1", "year:rencana:accept")
    replies = engine.handle("u1", text)
    assert "Rencana aksi diubah" in said(replies) and months in said(replies), said(replies)
    assert "Tahapan bulan" in said(engine.handle("u1", "/rencana bulan mei"))


def test_leave_quiet_hours_and_weekends_said_in_plain_words_set_the_reminders_never_a_logbook_entry(engine, at):
    # each of these was «Dicatat (c1) … Di luar SKP», and «jgn kirim pengingat stlh jam 9 malam» switched the nudge off
    agreed(engine)
    at("2026-03-02T10:00")
    engine.handle("u1", "ingatkan catatan tiap hari kerja jam 3 sore")
    assert "Cuti: 16 Mar–27 Mar" in said(engine.handle("u1", "sy cuti lebaran 16 - 27 maret"))
    engine.handle("u1", "/pengingat")
    assert "Cuti: 11 Mei–15 Mei" in said(engine.handle("u1", "saya cuti 11-15 mei"))
    assert "Jam tenang: 21:00–06:00" in said(engine.handle("u1", "jgn kirim pengingat stlh jam 9 malam"))
    assert "Jam tenang: 22:00–05:00" in said(engine.handle("u1", "jgn ganggu jam 22-05"))
    assert "Akhir pekan: tidak" in said(engine.handle("u1", "sabtu minggu jgn diingetin"))
    state = engine.state("u1")
    assert state.year.entries == [] and state.year.reminders.logbook.on


@pytest.mark.parametrize("typed", ["IKI 1: nihil", "IKI 1 tidak ada kejadian"])
def test_nihil_is_a_realisasi_of_zero_for_a_lower_is_better_rate(engine, at, typed):
    # «IKI 1: nihil» was «IKI 1 belum ada realisasinya»; «IKI 1 tidak ada kejadian» was logged as a catatan
    replies = engine.handle("u1", "ini SKP saya:\n1. Angka kejadian pasien jatuh di ruang rawat inap maks 1%\n"
                                  "2. Jumlah pasien pulang yg mendapat edukasi discharge planning 600 orang")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Simpan" in b.label))
    engine.handle("u1", "/batal")
    replies = engine.handle("u1", "/tetapkan")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Ya" in b.label))
    at("2026-04-02T09:00")
    assert "Disimpan: IKI 1 TW I: 0%" in said(engine.handle("u1", typed))
    assert engine.state("u1").year.entries == []


def test_a_leave_can_be_taken_back_in_words_or_with_the_menus_button(engine, at):
    # «/pengingat batalkan cuti», «gak jadi cuti», «hapus cuti» were «Pengingat mana yang diatur?», with no button
    agreed(engine)
    at("2026-03-02T10:00")
    for cancel in ("/pengingat batalkan cuti", "/pengingat gak jadi cuti", "/pengingat hapus cuti 16-27 maret"):
        assert "Cuti: 16 Mar–27 Mar" in said(engine.handle("u1", "/pengingat cuti 16-27 maret"))
        replies = engine.handle("u1", cancel)
        assert "Pengingat diatur" in said(replies) and "Cuti:" not in said(replies), (cancel, said(replies))
        assert engine.state("u1").year.reminders.pauses == []
    engine.handle("u1", "/pengingat cuti 16-27 maret")
    replies = engine.handle("u1", "/pengingat")
    assert "Cuti:" not in said(engine.press("u1", next(b.data for r in replies for b in r.buttons
                                                       if b.label == "Batalkan cuti")))
    assert "Tidak ada cuti" in said(engine.handle("u1", "/pengingat batalkan cuti"))


def test_prima_left_open_is_set_aside_once_the_leader_agrees_the_skp(pair):
    # months after the leader's penetapan every reply still ended «(PRIMA masih terbuka: …)» and each chat opened with
    # «Anda sedang menyusun SKP dengan PRIMA; ini pertanyaan terakhir: …»
    pair.pair_up()
    pair.say(MEMBER, "/prima")
    assert pair.state(MEMBER).prima and not pair.state(MEMBER).prima.paused
    pair.submit()
    pair.press(LEADER, pair.leader_buttons()["Setujui semua"][0], replica=1)
    state = pair.state(MEMBER)
    assert state.team.review.status.value == "ditetapkan" and state.prima.paused
    assert "PRIMA masih terbuka" not in said(pair.say(MEMBER, "/skp"))


def test_mpph_regions_typed_in_lower_case_or_joined_by_sm_are_written_as_the_province_list_spells_them(engine):
    # «Persentase kab/kota di sumatera …», «… di jawa, bali, dan nusa tenggara …»; «kalimantan sm papua» was «not
    # a region of Indonesia»
    text = said(typed(engine, "u1", "/mpph",
                      "Persentase kab/kota yg mencapai IDL min 90%; 80%",
                      "2",
                      "andi; sumatera; 80%\ncitra : jawa, bali, nusa tenggara 85%\nrudi pegang kalimantan sm papua",
                      "selesai"))
    assert "kab/kota di Sumatera yang" in text and "di Jawa, Bali, dan Nusa Tenggara yang" in text, text
    assert "di Kalimantan dan Papua yang" in text and "tidak bisa saya cocokkan" not in text, text


def test_a_count_glued_to_its_unit_is_counted(engine, at):
    # «td pagi edukasi 5org pasien pulang» was kept with no «Jumlah»
    agreed(engine)
    at("2026-01-14T10:00")
    assert "Jumlah: 14" in said(engine.handle("u1", "td pagi verif 14berkas KP periode april"))


def test_a_stage_renamed_after_judulnya_jd_keeps_only_its_new_name(engine):
    # «/rencana 1 ubah 2 judulnya jd …» named the stage «Judulnya jd …»
    agreed(engine)
    engine.handle("u1", "/rencana")
    engine.press("u1", "year:rencana:accept")
    text = said(engine.handle("u1", "/rencana 1 ubah 2 judulnya jd Verifikasi berkas KP sesuai SOP"))
    assert "2. Verifikasi berkas KP sesuai SOP" in text and "Judulnya" not in text, text


def test_a_choice_asked_again_keeps_its_buttons_and_a_bare_number_picks_one(pair):
    # «Kirim kepada anggota …? [1] Kirim [2] Batal», asked again after another message as «[#1] Kirim»: «1» was refused
    pair.pair_up()
    pair.say(LEADER, "/dialog")
    preview = pair.say(LEADER, "capaian awal oke; diklat: pelatihan analisis data")
    assert [b.label for b in preview[0].buttons] == ["Kirim", "Batal"]
    again = pair.say(LEADER, "hmm bentar")
    assert [b.label for b in again[-1].buttons] == ["Kirim", "Batal"] and again[-1].choice_only
    assert "terkirim" in said(pair.say(LEADER, "1"))


def test_hapus_names_the_years_records_it_deletes(engine, at):
    # «Hapus semua data Anda (draf SKP dan langkah PRIMA)?» for a user with an agreed SKP, catatan and realisasi
    agreed(engine)
    at("2026-01-12T15:00")
    engine.handle("u1", "hari ini verif 14 berkas KP periode april")
    text = said(engine.handle("u1", "/hapus"))
    assert "SKP yang ditetapkan (1 versi)" in text and "1 catatan harian" in text and "/ekspor" in text, text
    assert "draf SKP dan langkah PRIMA" in said(engine.handle("u2", "/hapus"))


def test_a_plain_answer_to_the_leaders_feedback_is_sent_as_the_reply(pair):
    # «siap bu» got small talk and «baik bu, sdh sy isi» was kept as a catatan «di luar SKP»: the leader never got it
    pair.pair_up()
    pair.say(LEADER, "/umpanbalik")
    pair.press(LEADER, next(b.data for b in pair.say(LEADER, "/umpanbalik")[-1].buttons if b.label == "Arahan"))
    pair.say(LEADER, "tlg logbook diisi tiap hari ya")
    assert "terkirim" in said(pair.say(MEMBER, "baik bu, sdh sy isi"))
    state = pair.state(MEMBER)
    assert state.team.feedback[-1].reply == "baik bu, sdh sy isi" and state.year.entries == []
    assert any("baik bu, sdh sy isi" in r.text for d in pair.inbox[LEADER] for r in d.replies)


def test_an_average_time_in_a_logbook_line_is_the_quarters_value_for_an_average_time_iki(engine, at):
    # «jumat kmrn respon time rata2 5,5 menit» linked to «Rata-rata waktu tanggap …» read no value, so «IKI 1 sesuai
    # catatan» found «Belum ada catatan dengan jumlah untuk IKI ini»
    _pasted_and_agreed(engine, "1. Rata-rata waktu tanggap perawat terhadap panggilan pasien maks 5 menit")
    at("2026-02-09T15:00")
    replies = engine.handle("u1", "jumat kmrn respon time panggilan pasien rata2 5,5 mnt")
    if "IKI mana" in said(replies):  # the link is asked: the figure is read toward the IKI picked
        engine.press("u1", next(b.data for r in replies for b in r.buttons if b.label == "IKI 1"))
    assert "nilai 5,5 menit" in said(engine.handle("u1", "/catatan")), said(engine.handle("u1", "/catatan"))
    at("2026-04-02T09:00")
    assert "Disimpan: IKI 1 TW I: 5,5 menit" in said(engine.handle("u1", "IKI 1 sesuai catatan"))


def test_a_member_iki_typed_in_an_mpph_role_line_is_tidied_as_any_iki(engine):
    # «Jumlah uji publik draf NSPK imunisasi kejar yg terlaksana» stayed with «yg» in the matrix and mpph.xlsx
    text = said(typed(engine, "u1", "/mpph",
                      "Jumlah NSPK imunisasi kejar yg ditetapkan; 1 NSPK",
                      "5",
                      "andi; kajian & draft awal; 1 draf; Jumlah draf NSPK imunisasi kejar yg selesai dikaji",
                      "selesai"))
    assert "Jumlah draf NSPK imunisasi kejar yang selesai dikaji" in text and " yg " not in text, text


def test_a_list_lines_target_read_in_the_sentence_is_shown_in_the_summary(engine):
    # «2. Angka kejadian pasien jatuh … maks 1%» showed no target in the summary (line 5's «maks 5 menit» did)
    text = said(engine.handle("u1", "IKI sy thn ini:\n1. Persentase pasien rawat inap yg mendapat asuhan keperawatan "
                                    "sesuai SAK 95%\n2. Angka kejadian pasien jatuh di ruang rawat inap maks 1%"))
    assert "2. Angka kejadian pasien jatuh di ruang rawat inap (target ≤ 1%)" in text, text


def test_a_bare_number_is_no_part_of_a_role(engine):
    # «ubah 1» then «5» made «Persentase kab/kota di 5 yang mencapai IDL …»
    engine.handle("u1", "/mpph")
    engine.handle("u1", "Persentase kab/kota yg mencapai IDL min 90%; 80%")
    engine.handle("u1", "2")
    engine.handle("u1", "andi; sumatera; 80%\ncitra; jawa; 85%")
    engine.handle("u1", "selesai")
    engine.handle("u1", "Cakupannya hanya ini")
    assert "Ubah bagian" in said(engine.handle("u1", "ubah 1")) or engine.state("u1").mpph.editing == 1
    text = said(engine.handle("u1", "5"))
    assert "belum terbaca sebagai bagian" in text and "di 5 yang" not in text, text
    assert "di Kalimantan yang" in said(engine.handle("u1", "kalimantan"))  # the part, asked again, is taken


def test_the_quarter_prompt_writes_a_logged_percentage_as_a_percentage(engine, at):
    # «IKI 4: … — menurut catatan: 87 %» (a space before the sign, as no other figure is written); «perawat» written
    # out: a vowel-less «prwt» is asked since linking36, never linked silently (tests/test_linking36.py)
    from datetime import datetime

    from bot.clock import WIB
    from bot.conversation import year_pengingat
    from bot.year.reminders import due_reminders

    _pasted_and_agreed(engine, "1. Persentase kepatuhan kebersihan tangan perawat di ruangan 90%")
    at("2026-03-12T15:10")
    engine.handle("u1", "monitoring kepatuhan cuci tangan 15 perawat, 13 patuh (87%)")
    state, now = engine.state("u1"), datetime(2026, 4, 1, 9, 30, tzinfo=WIB)
    due = next(d for d in due_reminders(state.year, state.skp, now) if d.quarter == 1)
    text = said(year_pengingat.reminder_replies(state, due, now))
    assert "menurut catatan: 86,7%" in text or "menurut catatan: 87%" in text, text


def test_a_percentages_last_number_after_a_period_word_is_still_its_target(engine):
    # the day words of «… paling lambat tgl 10» name a day; «… tiap triwulan 85» still ends in its target
    text = said(engine.handle("u1", "Persentase tagihan yg dibayar maks 5 hari kerja sejak lengkap 90, Persentase SPJ "
                                    "lengkap 95, Persentase realisasi anggaran sesuai RPD tiap triwulan 85"))
    assert "Persentase realisasi anggaran sesuai RPD tiap triwulan (target 85%)" in text, text


def test_the_mandatory_iki_in_a_list_gets_its_satuan_and_no_satuan_question(engine):
    # «Nilai IP ASN 80» in a pasted list asked «Satuan targetnya?»; typed alone it was saved «80 Nilai»
    prima_at_step_m(engine, "u1")
    replies = engine.handle("u1", "Persentase laporan KIPI yg diinvestigasi <7 hari; 90%\n"
                                  "Persentase kab/kota yg input data ASIK tepat waktu 85%\nNilai IP ASN 80")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if b.label.startswith("Susun")))
    ip = next(i for i in engine.state("u1").skp.iki if "Profesionalitas" in i.indikator)
    assert ip.satuan == "Nilai", ip


def test_an_entry_of_an_iki_no_longer_in_the_skp_names_it_by_its_old_words():
    # /catatan and the leader's /dialog showed «c1 · 06/02 rekap input ASIK … — IKI, nilai 77,9%» once the member's
    # IKI 4 was rewritten into another IKI (a perubahan still to be submitted): the entry's IKI has no number now
    from datetime import date

    from bot.year.logbook import entry_text
    from bot.year.models import EntryStatus, LogEntry

    entry = LogEntry(id="c1", day=date(2026, 2, 6), text="rekap input ASIK sumatera", status=EntryStatus.linked,
                     iki="Persentase kab/kota di sumatera yang input data ASIK tepat waktu")
    text = entry_text(entry, None)
    assert "— IKI lama «Persentase kab/kota di sumatera" in text and "— IKI," not in text, text
    assert "— IKI 4" in entry_text(entry, 4)


def test_the_dialog_pack_carries_no_chat_command(engine, at):
    # the DOCX's rencana aksi table read «terlaksana (ada catatan atau realisasi); tandai selesai: «tahap 1 IKI 1 selesai»»
    from io import BytesIO

    import docx

    agreed(engine)
    engine.handle("u1", "/rencana")
    engine.press("u1", "year:rencana:accept")
    at("2026-01-12T15:00")
    engine.handle("u1", "hari ini verif 14 berkas KP periode april")
    at("2026-04-06T09:00")
    file = next(r.file for r in engine.handle("u1", "/dialog") if r.file)
    cells = [c.text for t in docx.Document(BytesIO(file.data)).tables for row in t.rows for c in row.cells]
    assert any("terlaksana (ada catatan atau realisasi)" in c for c in cells) and not any("«tahap" in c for c in cells)


def test_a_mistyped_command_names_the_one_meant_and_keeps_what_was_typed(engine):
    # «/capain» got «Perintah /capain belum dikenal» only, and «/catatn hari ini …» lost the entry's text
    assert "Maksud Anda /capaian? Ketik: /capaian" in said(engine.handle("u1", "/capain"))
    text = said(engine.handle("u1", "/catatn hari ini review 12 berkas"))
    assert "/catat atau /catatan" in text and "«hari ini review 12 berkas»" in text, text
    assert "Ketik: /rencana 2 tambah sosialisasi" in said(engine.handle("u1", "/rencan 2 tambah sosialisasi"))
    assert "Ketik /bantuan" in said(engine.handle("u1", "/xyz"))
