"""Staff back in the second half of the year (tester22b): a realisasi question of one triwulan does not hold in the
next, an IKI removed in words after /tetapkan is removed, a catatan named by its date is the one of that date, a
figure in another time unit is converted, a «total» figure is the running total, and old SKP versions can be read."""

import pytest

from tests.agreed_year import SKP, agreed_then, sqlite_engine
from tests.talk import labels, press, said


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


def test_a_realisasi_question_of_tw_ii_does_not_send_octobers_figures_to_tw_ii(engine, at):
    # tester22b #1: «isi realisasi tw 2» typed in July made October's «iki 2 94,5» overwrite TW II's 90%
    agreed_then(engine, at, "2026-07-13T10:00", "isi realisasi tw 2", "IKI 2: 90%", "2026-10-05T09:00")
    told = said(engine.handle("u1", "iki 2 94,5"))
    assert "IKI 2 TW III: 94,5%" in told and "TW II:" not in told
    kept = {(r.quarter, r.value) for r in engine.state("u1").year.realisasi if r.iki.startswith("Persentase")}
    assert kept == {(2, 90.0), (3, 94.5)}


def test_a_realisasi_question_holds_for_an_earlier_quarter_asked_in_this_one(engine, at):
    # a late TW II asked for in October still takes the figures typed under it
    told = said(agreed_then(engine, at, "2026-10-05T09:00", "isi realisasi tw 2", "IKI 2: 90%"))
    assert "IKI 2 TW II: 90%" in told


@pytest.mark.parametrize("typed", ["buang iki 2 sm 3", "hapus IKI 2 dan 3", "buang no 2 sama 3", "delete iki 2 & 3"])
def test_several_iki_removed_in_words_after_tetapkan_are_removed_never_a_realisasi_or_an_entry(engine, at, typed):
    # tester22b #1b: «buang iki 4 sm 5» after /tetapkan kept «IKI 4 TW II: 5» as a realisasi; «buang no 3, 4 sama 5»
    # was kept as a catatan «di luar SKP»
    told = said(agreed_then(engine, at, "2026-09-07T11:00", typed))
    year = engine.state("u1").year
    assert not year.realisasi and not year.entries
    assert "perubahan SKP" in told and "Apa alasannya?" in told
    assert "pengawasan" not in told  # nothing else read
    told = said(engine.handle("u1", "mutasi"))
    assert len(engine.state("u1").skp.iki) == 1 and "versi 2" in told


def _july(engine, at):
    agreed_then(engine, at, "2026-07-13T09:00", "6/7 verif 14 berkas KP", "10/7 terbit 4 SK pensiun BUP",
                "2026-10-05T09:00")
    return {e.day.day: e.id for e in engine.state("u1").year.entries}


def test_a_catatan_deleted_by_its_date_is_that_days_never_the_latest(engine, at):
    # tester22b #2: «yg tgl 6/7 hapus aja dobel» deleted c2 (10/07), the latest entry
    ids = _july(engine, at)
    told = said(engine.handle("u1", "yg tgl 6/7 hapus aja dobel"))
    assert f"Catatan {ids[6]} dihapus" in told
    assert [e.day.day for e in engine.state("u1").year.entries] == [10]


def test_a_catatan_moved_by_its_date_is_that_days(engine, at):
    ids = _july(engine, at)
    told = said(engine.handle("u1", "yg tgl 6/7 salah iki, hrsnya iki 2"))
    assert f"Catatan {ids[6]} (6 Jul) dihubungkan ke IKI 2" in told
    entries = {e.day.day: e for e in engine.state("u1").year.entries}
    assert entries[6].iki.startswith("Persentase") and entries[10].iki.startswith("Jumlah SK")


def test_a_day_with_no_catatan_or_several_changes_nothing_and_says_so(engine, at):
    _july(engine, at)
    assert "Tidak ada catatan tanggal 7 Juli 2026" in said(engine.handle("u1", "hapus catatan tgl 7/7"))
    engine.handle("u1", "10/7 verif 3 berkas KP")
    told = said(engine.handle("u1", "hapus catatan tgl 10/7"))
    assert "Ada 2 catatan tanggal 10 Jul" in told and len(engine.state("u1").year.entries) == 3


TAT_SKP = """1. Jumlah sampel pemeriksaan laboratorium yang diperiksa - 12000 sampel
2. Rata-rata waktu tunggu hasil pemeriksaan laboratorium - 3 jam
3. Rata-rata waktu penyelesaian rujukan spesimen - 2 hari"""


def _tat_agreed(engine, at):
    at("2026-01-14T10:00")
    replies = engine.handle("u1", f"ini SKP saya:\n{TAT_SKP}")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Simpan" in b.label))
    engine.handle("u1", "selesai dulu")
    engine.press("u1", next(b.data for r in engine.handle("u1", "/tetapkan") for b in r.buttons if "Ya" in b.label))
    assert engine.state("u1").year.agreed
    at("2026-07-13T10:00")


def test_a_time_in_minutes_for_an_iki_in_hours_is_converted_and_said(engine, at):
    # tester22b #3: «iki 3 TAT rata2 165 menit» for an IKI in jam was kept as «165 jam»
    _tat_agreed(engine, at)
    told = said(engine.handle("u1", "iki 2 TAT rata2 165 menit"))
    assert "IKI 2 TW II: 2,75 jam (dari 165 menit)" in told
    assert [r.value for r in engine.state("u1").year.realisasi] == [2.75]


def test_a_time_in_hours_for_an_iki_in_days_is_refused_with_what_to_type(engine, at):
    _tat_agreed(engine, at)
    told = said(engine.handle("u1", "iki 3 rata2 30 jam"))
    assert "IKI 3 diukur dalam hari, bukan jam; tidak saya simpan" in told
    assert not engine.state("u1").year.realisasi


@pytest.mark.parametrize("typed", ["iki 1 total sd sept 30 berkas", "IKI 1 total smp september 30 berkas"])
def test_a_total_up_to_a_month_is_the_running_total_never_asked(engine, at, typed):
    # tester22b #4: «iki 2 total sd sept 800 berkas» was kept as TW III's own figure and asked
    agreed_then(engine, at, "2026-07-02T10:00", "IKI 1: 10 berkas", "2026-10-02T09:00")
    told = said(engine.handle("u1", typed))
    assert "IKI 1 TW III: 20 berkas" in told and "total sejak Januari?" not in told


def test_an_old_version_can_be_read_with_what_left_and_its_realisasi_kept(engine, at):
    # tester22b #5/#6: «/skp versi 1» only listed the versions; an IKI removed by a mutasi kept its realisasi unseen
    agreed_then(engine, at, "2026-07-02T10:00", "IKI 3: 40 SK", "2026-09-07T09:00", "/buang 3", "mutasi")
    assert "Isi satu versi: /skp versi 1" in said(engine.handle("u1", "/skp versi"))
    told = said(engine.handle("u1", "/skp versi 1"))
    assert "SKP versi 1 · " in told and "3. Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun" in told
    assert "150 SK" in told
    assert "tidak ada lagi sejak versi 2; realisasinya tetap tersimpan (TW II 40) dan ikut /ekspor" in told
    assert "/skp versi 2" in told
    assert "Versi 5 tidak ada" in said(engine.handle("u1", "/skp versi 5"))


@pytest.mark.parametrize("typed", ["lihat skp versi 1", "show me the old version"])
def test_a_version_asked_in_words_is_shown_never_kept_as_work(engine, at, typed):
    # tester22b #5: «lihat skp versi 1», «show me the old version» were kept as catatan «di luar SKP»
    agreed_then(engine, at, "2026-09-07T09:00", "/buang 3", "mutasi", "lewati")
    told = said(engine.handle("u1", typed))
    assert not engine.state("u1").year.entries
    assert "SKP versi 1 · " in told if "1" in typed else "Versi 2 · " in told


def test_a_reason_said_in_english_is_the_reason_never_a_catatan(engine, at):
    # tester22b #24: «because i got transferred» at the reason question was kept as a catatan
    told = said(agreed_then(engine, at, "2026-09-07T09:00", "/ubah 2 target 90%", "because i got transferred"))
    assert "Perubahan struktur organisasi atau mutasi jabatan" in told and not engine.state("u1").year.entries


@pytest.mark.parametrize("typed", ["tetapin aja skp nya, udh di acc kabag", "tetapkan skp", "pls finalize my skp",
                                   # tester56 F10: approval told, then the settle word alone with filler after it
                                   "kabag sdh oke td pagi, tetapin aja ya", "sudah di acc atasan, finalkan dong"])
def test_settling_the_skp_in_words_asks_to_tetapkan_never_kept_as_work(engine, at, typed):
    # tester22b #10: «tetapin aja skp nya, udh di acc kabag» was kept as a catatan; «tetapkan skp» only named /tetapkan
    at("2026-01-20T09:00")
    replies = engine.handle("u1", "ini SKP saya:\n" + SKP)
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Simpan semua" in b.label))
    engine.handle("u1", "selesai dulu")
    told = said(engine.handle("u1", typed))
    assert "Tetapkan SKP ini (3 IKI)" in told and not engine.state("u1").year.entries


def test_a_settle_word_naming_what_is_set_is_still_work(engine, at):
    # «tetapkan» with its object after it is a piece of work, never /tetapkan
    agreed_then(engine, at, "2026-02-10T15:00", "rapat tim tetapkan jadwal piket bulan maret")
    assert len(engine.state("u1").year.entries) == 1


@pytest.mark.parametrize("typed, last", [("sy cuti 2 minggu mulai 10 agustus", "23 Agu"),
                                         ("cuti tahunan 10-21/8", "21 Agu")])
def test_leave_said_with_a_length_or_numeric_dates_is_set_never_kept_as_work(engine, at, typed, last):
    # tester22b #9: both were kept as catatan «di luar SKP» and the reminders went on
    agreed_then(engine, at, "2026-08-06T10:00", "ingetin sy nyatet tiap senin rabu jumat jam 3 sore",
                "2026-08-07T10:00")
    engine.handle("u1", typed)
    assert not engine.state("u1").year.entries
    assert f"Cuti: 10 Agu–{last}" in said(engine.handle("u1", "/pengingat"))


@pytest.mark.parametrize("typed", ["how do i export for e-kinerja?", "cara ekspor skp ke e-kinerja gmn"])
def test_how_to_export_is_answered_with_ekspor_never_the_guidance(engine, at, typed):
    # tester22b #8: «how do i export for e-kinerja?» got «di luar pedoman», «cara ekspor …» the rencana aksi steps
    told = said(agreed_then(engine, at, "2026-12-20T10:00", typed))
    assert "Ketik /ekspor" in told and "di luar pedoman" not in told and "Rencana aksi diisi" not in told
    assert not engine.state("u1").year.entries


def test_a_jenis_typed_at_the_satuan_question_is_never_the_unit(engine):
    # tester22b #14: «tusi» typed at «Satuan targetnya?» was stored: «target 90 tusi» (a Nilai is asked no satuan)
    replies = engine.handle("u1", "1. Tingkat kepatuhan PME kimia klinik : 90\n2. Nilai IP ASN 80")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Simpan" in b.label))
    told = said(engine.handle("u1", "tusi"))
    assert "itu jenis IKI, bukan satuan" in told and "Satuan targetnya?" in told
    assert engine.state("u1").skp.iki[0].satuan is None


def _workbook(replies):
    from io import BytesIO

    from openpyxl import load_workbook

    sent = next(r.file for r in replies if r.file)
    return sent.name, load_workbook(BytesIO(sent.data))


def test_an_agreed_skp_is_exported_as_agreed_with_its_version_and_day_and_findings_in_their_sheet(engine, at):
    # tester22b #13: a ditetapkan SKP (versi 2) exported at year end was «draf-skp-BELUM-SIAP.xlsx», titled «DRAF,
    # masih ada temuan», signed «Disepakati, tanggal ______»
    replies = agreed_then(engine, at, "2026-09-07T09:00", "/buang 3", "mutasi", "lewati", "2027-01-04T09:15", "/ekspor")
    name, book = _workbook(replies)
    assert name.startswith("tanpa-nama-") and name.endswith("-skp-ditetapkan-v2.xlsx")
    sheet = book.worksheets[0]
    assert sheet.title == "SKP" and "DRAF" not in sheet["A1"].value
    assert "versi 2: perubahan SKP 7 September 2026 (versi 1 ditetapkan 5 Januari 2026)" in sheet["A1"].value
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any(c.startswith("Disepakati, tanggal 7 September 2026") for c in cells)
    assert any(row[1] == "Harus diperbaiki" for row in book["Temuan"].iter_rows(values_only=True))
    told = said(replies)
    assert "DRAF" not in told and "masih ada" in told and "lembar «Temuan»" in told


def test_a_draft_is_still_exported_marked_as_one(engine):
    # the other side of #13: before /tetapkan, findings mark the file
    replies = engine.handle("u1", f"ini SKP saya:\n{SKP}")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Simpan semua" in b.label))
    name, book = _workbook(engine.handle("u1", "/ekspor"))
    assert name.endswith("-draf-skp-BELUM-SIAP.xlsx") and book.worksheets[0].title.startswith("SKP (DRAF")


def test_an_iki_brought_in_mid_year_spreads_its_target_over_the_quarters_it_is_in(engine, at):
    # tester22b #12: an IKI added on 7 September got «TW III: rencana 225 dokumen (kumulatif)» of 300, 3/4 of the
    # year's count due three weeks after it came in; /ekspor called its TW III «di bawah trajektori»
    new = "Jumlah SK kenaikan jabatan fungsional yang terbit sebelum TMT"
    agreed_then(engine, at, "2026-07-02T10:00", "IKI 1: 200 berkas", "2026-09-07T09:00", f"/ubah 3 teks {new}", "mutasi",
                "lewati")
    assert engine.state("u1").skp.iki[2].indikator == new
    shown = said(engine.handle("u1", "/capaian")).split("\n3. ")[1]
    assert "TW III: rencana 75 SK (kumulatif)" in shown and "TW IV: rencana 150 SK (kumulatif)" in shown
    first = said(engine.handle("u1", "/capaian")).split("\n1. ")[1].split("\n2. ")[0]
    assert "TW III: rencana 450 berkas (kumulatif)" in first  # an IKI agreed in January keeps the year's
    _, book = _workbook(engine.handle("u1", "/ekspor"))
    row = next(r for r in book.worksheets[0].iter_rows(values_only=True) if r[0] == 3)
    assert list(row[10:14]) == ["-", "-", 75, 150]
    planned = {r[1]: r[4] for r in book["Realisasi per TW"].iter_rows(values_only=True) if str(r[0]).startswith("IKI 3")}
    assert planned["TW III"] == "75 SK (kumulatif)"


def test_old_realisasi_asked_after_a_mutasi_is_told_kept_from_the_records_and_capaian_ends_with_it(engine, at):
    # tester22b #6: «realisasi lama sy ilang ga?» got a guideline passage; /capaian never named the removed IKI's
    # realisasi (kept, as the export shows)
    agreed_then(engine, at, "2026-07-02T10:00", "IKI 3: 40 SK", "2026-09-07T09:00", "/buang 3", "mutasi", "lewati")
    told = said(engine.handle("u1", "realisasi lama sy ilang ga?"))
    assert told.startswith("Tidak hilang") and "«Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun»" in told
    assert "keluar pada versi 2, 7 September 2026): TW II 40 SK" in told and "pedoman" not in told
    shown = said(engine.handle("u1", "/capaian"))
    assert shown.endswith("• Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun (keluar pada versi 2, 7 September 2026): "
                          "TW II 40 SK")
    assert not engine.state("u1").year.entries


@pytest.mark.parametrize("typed, only", [("capaian iki 1 brp", True), ("realisasi IKI 1 berapa ya", True),
                                         ("what's my progress so far?", False), ("how is my progress", False)])
def test_ones_own_capaian_asked_is_answered_from_the_records_never_the_guidance(engine, at, typed, only):
    # tester22b #6: «capaian iki 1 brp» got the capaian formula (PermenPANRB 8/2021), «what's my progress so far?»
    # the definition of IKI
    told = said(agreed_then(engine, at, "2026-07-02T11:00", "IKI 1: 200 berkas", typed))
    assert ("Capaian:\n1. Jumlah berkas usulan" if only else "Capaian per IKI:") in told
    assert "PermenPANRB" not in told and len(engine.state("u1").year.entries) == 0


@pytest.mark.parametrize("typed", ["gimana cara hitung capaian iki 1?", "cari data rekam medis pasien yg hilang"])
def test_how_capaian_is_counted_or_lost_work_data_are_no_question_about_ones_records(typed):
    from bot.year.entry_records import records_asked
    from bot.year.line import line

    assert records_asked(line(typed)) is None


@pytest.mark.parametrize("typed", ["undo", "balikin yg tadi"])
def test_undo_right_after_a_realisasi_puts_the_earlier_figure_back(engine, at, typed):
    # tester22b #23: «undo» after «iki 2: 85%» showed the last catatan, «balikin yg tadi» was kept as a catatan
    agreed_then(engine, at, "2026-07-02T10:00", "IKI 2: 90%", "IKI 2: 85%")
    told = said(engine.handle("u1", typed))
    assert "realisasi IKI 2 TW II kembali 90% (85% tidak dipakai)" in told
    year = engine.state("u1").year
    assert [(r.quarter, r.value) for r in year.realisasi] == [(2, 90.0)] and not year.entries
    again = said(engine.handle("u1", "balikin yg tadi"))  # the undo is not undone, nor kept as a catatan
    assert again.startswith("Tidak ada yang dibatalkan") and not engine.state("u1").year.entries
    assert [r.value for r in engine.state("u1").year.realisasi] == [90.0]


def test_undo_right_after_a_catatan_deleted_or_relinked_puts_it_back(engine, at):
    agreed_then(engine, at, "2026-07-13T09:00", "6/7 verif 14 berkas KP", "10/7 terbit 4 SK pensiun BUP")
    kept = engine.state("u1").year.entries
    assert "dihapus" in said(engine.handle("u1", f"hapus {kept[0].id}"))
    told = said(engine.handle("u1", "balikin catatan yg dihapus"))
    assert f"catatan {kept[0].id} (6 Jul: 6/7 verif 14 berkas KP) kembali" in told
    assert engine.state("u1").year.entries == kept
    engine.handle("u1", f"{kept[1].id} ke IKI 1")
    assert engine.state("u1").year.entries[1].iki != kept[1].iki
    assert "kembali ke IKI 3" in said(engine.handle("u1", "undo"))
    assert engine.state("u1").year.entries == kept


def test_undo_after_another_change_since_takes_nothing_back(engine, at):
    # an undo holds only while the records are as the change left it: a catatan kept since lets it go
    agreed_then(engine, at, "2026-07-02T10:00", "IKI 2: 90%", "IKI 2: 85%", "hari ini verif 9 berkas KP")
    assert said(engine.handle("u1", "undo")).startswith("Tidak ada yang dibatalkan")
    assert [r.value for r in engine.state("u1").year.realisasi] == [85.0]


@pytest.mark.parametrize("typed", ["hi, sy kena mutasi per 1 sept ke Biro Hukum.", "SKP nya hrs diubah ya? what should i do",
                                   "hi, sy kena mutasi per 1 sept ke Biro Hukum. SKP nya hrs diubah ya? what should i do",
                                   "i got transferred to Biro Hukum on 1 sept"])
def test_a_mutasi_told_in_words_gets_the_perubahan_path_never_a_catatan_or_rencana(engine, at, typed):
    # tester22b #7: the first was kept as a catatan (and asked «IKI mana?»), the second got a /rencana proposal
    told = said(agreed_then(engine, at, "2026-09-07T09:00", typed))
    assert "alasan perubahan SKP: «Perubahan struktur organisasi atau mutasi jabatan»" in told
    assert "/buang NOMOR" in told and "tetap tersimpan" in told and "3. Jumlah SK pensiun BUP" in told
    year = engine.state("u1").year
    assert not year.entries and not year.rencana and "Usulan rencana aksi" not in told


@pytest.mark.parametrize("typed", ["input 12 data pegawai yg dimutasi ke RS lain", "verif 12 berkas usulan mutasi ke BKN",
                                   "sy proses usulan pindah tugas 5 pegawai"])
def test_someone_elses_mutasi_handled_is_still_work(engine, at, typed):
    agreed_then(engine, at, "2026-09-07T09:00", typed)
    assert len(engine.state("u1").year.entries) == 1


def test_checking_others_skp_that_must_change_is_work_not_ones_own_mutasi():
    from bot.year.entry_records import transfer_told
    from bot.year.line import line

    assert not transfer_told(line("cek skp 30 pegawai yg harus diubah"))
    assert transfer_told(line("my skp should be changed?"))


def test_ubah_shows_the_quarter_targets_of_an_iki_brought_in_mid_year_from_its_own_quarter(engine, at):
    # /ubah N target_triwulan showed the whole year's trajectory for an IKI added in September, as /capaian did before
    new = "Jumlah SK kenaikan jabatan fungsional yang terbit sebelum TMT"
    agreed_then(engine, at, "2026-07-02T10:00", "IKI 1: 200 berkas", "2026-09-07T09:00", f"/ubah 3 teks {new}", "mutasi",
                "lewati")
    engine.handle("u1", "/ubah 3")
    asked = said(engine.press("u1", "skp:field:3:target_triwulan"))
    assert "TW I -" in asked and "TW III 75" in asked


def _kept(engine):
    return {(r.quarter, r.value, r.asked) for r in engine.state("u1").year.realisasi if r.iki.startswith("Jumlah berkas")}


def test_a_total_through_june_with_tw_i_empty_asks_once_how_much_was_tw_is(engine, at):
    # tester22b #20: «iki 1 total smp juni 5.850» with TW I empty was kept whole as TW II's, TW I «-», never asked
    replies = agreed_then(engine, at, "2026-07-13T10:00", "iki 1 total smp juni 300 berkas")
    told = said(replies)
    assert "Belum pasti: IKI 1 TW II: 300 berkas" in told and "Berapa yang dikerjakan di TW I?" in told
    assert "Semua di TW II" in labels(replies)
    told = said(engine.handle("u1", "TW I 120"))
    assert "IKI 1 TW I: 120 berkas" in told and "IKI 1 TW II: 180 berkas" in told
    assert _kept(engine) == {(1, 120.0, False), (2, 180.0, False)}
    assert engine.state("u1").year_ask is None


def test_a_total_kept_whole_when_asked(engine, at):
    replies = agreed_then(engine, at, "2026-07-13T10:00", "iki 1 total smp juni 300 berkas")
    told = said(press(engine, "u1", replies, "Semua di TW II"))
    assert "semuanya untuk TW II" in told and _kept(engine) == {(2, 300.0, False)}


def test_a_total_kept_whole_when_the_question_is_left_for_work(engine, at):
    agreed_then(engine, at, "2026-07-13T10:00", "iki 1 total smp juni 300 berkas")
    told = said(engine.handle("u1", "hari ini verif 12 berkas usulan KP"))
    assert "tetap tercatat semuanya di TW II" in told and "Dicatat (c1)" in told
    assert _kept(engine) == {(2, 300.0, False)}


def test_a_total_with_tw_i_filled_is_never_asked_to_split(engine, at):
    told = said(agreed_then(engine, at, "2026-04-02T10:00", "IKI 1: 100 berkas", "2026-07-13T10:00",
                            "iki 1 total smp juni 300 berkas"))
    assert "IKI 1 TW II: 200 berkas" in told and "Berapa yang dikerjakan" not in told


TWO_WEEKS = """catatan 2 mgg kmrn
29/6 verif 14 berkas KP
30/6 verif 12 berkas KP
1/7 terbit 4 SK pensiun BUP
2/7 rapat koordinasi
3/7 verif 10 berkas KP"""


def test_a_two_week_paste_is_one_summary_with_buttons_only_for_the_entries_to_choose(engine, at):
    # tester22b #16: a 10-line paste gave one block per line and 8 buttons each
    replies = agreed_then(engine, at, "2026-07-13T08:35", TWO_WEEKS)
    told = said(replies)
    entries = engine.state("u1").year.entries
    assert len(entries) == 5 and "Dicatat 5 catatan (29 Jun–3 Jul):" in told
    assert "IKI 1: 3 catatan, jumlah 36 berkas" in told and "IKI 3: 1 catatan, jumlah 4 SK" in told
    waiting = [e for e in entries if e.status.value == "unsure"]
    assert len([r for r in replies if r.buttons]) == len(waiting)
    assert all(b.data.split(":")[2] in {e.id for e in waiting} for r in replies for b in r.buttons)


@pytest.mark.parametrize("title", ["catatan 2 mgg kmrn", "notes minggu ini", "update kerjaan seminggu ini"])
def test_a_title_line_over_pasted_work_is_no_entry(engine, at, title):
    # tester22b #15: «catatan 2 mgg kmrn» over a paste was kept as «Dicatat (c3) … Di luar SKP»
    agreed_then(engine, at, "2026-07-13T08:35", f"{title}\n29/6 verif 14 berkas KP\n30/6 verif 12 berkas KP")
    assert [e.text for e in engine.state("u1").year.entries] == ["29/6 verif 14 berkas KP", "30/6 verif 12 berkas KP"]


def test_leave_weeks_are_never_weeks_without_catatan(engine, at):
    # tester22b #17: «Minggu tanpa catatan» listed 10/08 and 17/08, the weeks of cuti set with «cuti tgl 10-21 agustus»
    agreed_then(engine, at, "2026-08-03T10:00", "hari ini verif 14 berkas KP", "2026-08-07T10:00",
                "sy cuti tgl 10 - 21 agustus ya, jgn diingetin dulu", "2026-09-07T10:00")
    told = said(engine.handle("u1", "/catatan"))
    assert "Minggu tanpa catatan" in told and "24 Agu" in told and "31 Agu" in told
    assert "10 Agu" not in told and "17 Agu" not in told


def test_a_yearly_score_reported_earlier_is_listed_optional_in_the_next_quarters_prompt():
    # tester22b #25: the TW III prompt left out «Nilai PME kimia klinik» though «iki 4 nilai pme siklus 1 88,5» was kept
    # for TW II
    from datetime import date, datetime

    from bot.clock import WIB
    from bot.conversation import year_pengingat
    from bot.conversation.state import UserState
    from bot.models import IkiDraft, SkpDraft
    from bot.year.capaian import record
    from bot.year.models import YearState
    from bot.year.reminders import due_reminders
    from bot.year.versions import agree

    pme = IkiDraft(indikator="Nilai PME kimia klinik", target="90", satuan="nilai")
    skp = SkpDraft(iki=[IkiDraft(indikator="Jumlah sampel pemeriksaan laboratorium yang diperiksa", target="12000",
                                 satuan="sampel"), pme])
    year = agree(YearState(), skp, date(2026, 1, 14))
    state = UserState(skp=skp, year=year)
    now = datetime(2026, 7, 1, 9, 30, tzinfo=WIB)
    due = next(d for d in due_reminders(state.year, skp, now) if d.quarter == 2)
    assert "Opsional" not in said(year_pengingat.reminder_replies(state, due, now))  # nothing reported yet
    state.year = record(year, pme, 2, date(2026, 7, 13), now, value=88.5)
    now = datetime(2026, 10, 1, 9, 30, tzinfo=WIB)
    due = next(d for d in due_reminders(state.year, skp, now) if d.quarter == 3)
    text = said(year_pengingat.reminder_replies(state, due, now))
    assert "IKI 1: Jumlah sampel" in text
    assert "Opsional" in text and "IKI 2: Nilai PME kimia klinik — terakhir: 88,5 (TW II)" in text  # no «88,5 nilai»: P1-3


def test_filling_new_iki_after_a_perubahan_says_the_version_completed_once(engine, at):
    # tester22b #19: each jenis and bobot answer said «SKP versi 2 dilengkapi (…)» again
    agreed_then(engine, at, "2026-09-07T09:05", "/buang 3", "mutasi", "lewati")
    replies = engine.handle("u1", "Persentase produk hukum yang diunggah ke JDIH paling lambat 3 hari setelah "
                                  "ditetapkan 90%\nJumlah dokumen hukum yg dialihmediakan ke arsip digital 300 dokumen")
    replies = press(engine, "u1", replies, "Simpan semua seperti ditulis")
    assert "sama (Perubahan struktur/mutasi)?" in said(replies)  # the day's reason confirmed (tester48 P2-2)
    told = [said(replies), said(press(engine, "u1", replies, "Sama"))]
    for answer in ("blm ada", "tusi", "15", "tusi", "10"):
        told.append(said(engine.handle("u1", answer)))
    assert sum(t.count("dilengkapi") for t in told) == 1
    assert "dilengkapi" in told[-1]


@pytest.mark.parametrize("typed", ["pengingatnya dimatiin aja ya, bikin pusing", "udah ah matikan remindernya"])
def test_a_reminder_named_with_nya_is_switched_off_never_asked_what_it_means(engine, at, typed):
    # tester56 F21: «eh matiin aja deh pengingatnya, ribet» got «itu maksudnya apa?» with «Catat sebagai catatan harian»
    agreed_then(engine, at, "2026-05-04T09:00", "ingetin isi catatan tiap hari kerja jam 4 sore ya")
    assert engine.state("u1").year.reminders.logbook.on
    told = said(engine.handle("u1", typed))
    assert not engine.state("u1").year.reminders.logbook.on, told
    assert not engine.state("u1").year.entries and "maksudnya apa" not in told
