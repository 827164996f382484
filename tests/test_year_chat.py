"""The year wired into the chat (issue 18): a real Engine on a temporary SQLite store, the clock set by IKI_NOW.
A plain line of done work is a logbook entry, an unsure one asks with the IKI as buttons, /capaian and the
realisasi answers, /pengingat and the reminders the tick produces (once across two replicas, none on a holiday),
/tetapkan and a perubahan SKP with its reason, bukti dukung, and the year's sheets in /ekspor."""

import re
from datetime import date
from io import BytesIO

import pytest
from openpyxl import load_workbook

from bot.conversation import Engine
from bot.conversation.state import UserState
from bot.conversation.year_evidence import evidence_item
from bot.lang.numbers import format_number
from bot.storage.sqlite import SqliteStore
from bot.year.capaian import capaian_all
from tests.agreed_year import SKP, agreed, agreed_then, sqlite_engine, tap
from tests.talk import prima_at_step_m, said


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


def test_tetapkan_shows_the_skps_findings_before_asking_as_ajukan_does(engine):
    tap(engine, "u1", engine.handle("u1", f"ini SKP saya:\n{SKP}"), "Simpan semua")
    text = said(engine.handle("u1", "/tetapkan"))
    assert "temuan yang sebaiknya diperbaiki" in text and "\n- " in text  # a 3-IKI SKP has errors: listed
    assert text.index("temuan") < text.index("Tetapkan SKP ini (3 IKI)")
    assert not engine.state("u1").year.agreed  # still asked, not agreed


def test_a_plain_line_of_done_work_is_kept_and_linked_with_what_was_read(engine, at):
    replies = agreed_then(engine, at, "2026-01-13T15:00", "kemarin verif 14 berkas KP")
    assert "tanggal 12 Januari (dari «kemarin»)" in said(replies) and "IKI 1" in said(replies)
    entry = engine.state("u1").year.entries[-1]
    assert (entry.day.isoformat(), entry.status.value, entry.quantity) == ("2026-01-12", "linked", 14.0)
    assert engine.handle("u1", "/catat terbit 4 SK pensiun BUP") and engine.state("u1").year.entries[-1].quantity == 4
    assert "Catatan" in said(engine.handle("u1", "/catatan"))
    # an IKI draft is still checked as a draft, not logged
    engine.handle("u1", "Persentase dokumen kepegawaian yang diarsipkan secara digital")
    assert len(engine.state("u1").year.entries) == 2


def test_a_line_dated_minggu_lalu_alone_says_which_day_was_taken(engine, at):
    agreed(engine)
    at("2026-03-10T15:00")
    text = said(engine.handle("u1", "minggu lalu verif 14 berkas KP"))
    assert "tanggal 3 Maret (dari «minggu lalu»)" in text and "Harinya tidak disebut" in text
    assert engine.state("u1").year.entries[-1].day.isoformat() == "2026-03-03"
    text = said(engine.handle("u1", "rabu minggu lalu verif 10 berkas KP"))  # the day is said: nothing to add
    assert "tanggal 4 Maret" in text and "Harinya tidak disebut" not in text


def test_a_stretch_of_days_is_kept_on_its_first_day_and_the_reply_says_the_stretch(engine, at):
    agreed(engine)
    at("2026-02-20T15:00")
    text = said(engine.handle("u1", "dr tgl 12 smp 14 verif 40 berkas KP"))
    assert "tanggal 12 Februari (dari «dr tgl 12 smp 14»)" in text and "IKI 1" in text
    entry = engine.state("u1").year.entries[-1]
    assert (entry.day.isoformat(), entry.quantity) == ("2026-02-12", 40.0)  # the 14 is the stretch's, no count


def test_a_line_is_a_draft_not_an_entry_before_the_skp_is_kept(engine):
    replies = engine.handle("u1", "Melakukan monitoring dan evaluasi pelaksanaan SBBL")
    assert "IKI" in said(replies) and engine.state("u1").year.entries == []


def test_an_unsure_entry_asks_with_the_iki_as_buttons_and_a_tap_links_it(engine, at):
    replies = agreed_then(engine, at, "2026-01-13T15:45", "td rapat koordinasi jadwal usulan KP dgn BKN regional")
    labels = [b.label for r in replies for b in r.buttons]
    assert "di luar SKP" in labels and "IKI 2" in labels
    tap(engine, "u1", replies, "IKI 2")
    entry = engine.state("u1").year.entries[-1]
    assert entry.status.value == "linked" and entry.iki.startswith("Persentase usulan kenaikan pangkat")


def test_the_which_iki_buttons_keep_every_iki_in_its_own_place_whichever_the_match_ranks_first(engine, at):
    replies = agreed_then(engine, at, "2026-01-13T15:45", "ganti toner printer buat cetak SK pensiun")
    state = engine.state("u1")
    entry = state.year.entries[-1]
    assert entry.status.value == "unsure" and entry.candidates[0] != state.skp.iki[0].indikator  # best is no IKI 1
    labels = [b.label for r in replies for b in r.buttons]
    assert labels == [f"IKI {n}" for n in range(1, len(state.skp.iki) + 1)] + ["di luar SKP"]


def test_a_line_going_on_with_earlier_work_takes_that_entrys_iki_and_says_so(engine, at):
    agreed(engine)
    at("2026-01-13T15:45")
    tap(engine, "u1", engine.handle("u1", "td rapat koordinasi jadwal usulan KP dgn BKN regional"), "IKI 2")
    at("2026-01-14T10:00")
    text = said(engine.handle("u1", "lanjutan bahas jadwal usulan KP yg kmrn"))
    assert "IKI 2" in text and "(lanjutan c1)" in text
    entry = engine.state("u1").year.entries[-1]
    assert entry.status.value == "linked" and entry.iki.startswith("Persentase usulan kenaikan pangkat")


def test_a_link_resting_on_a_side_phrase_asks_naming_the_work_no_iki_names(engine, at):
    replies = agreed_then(engine, at, "2026-01-13T15:45", "ganti toner printer buat cetak SK pensiun")
    assert "«ganti toner printer» tidak disebut di IKI 3" in said(replies) and "IKI mana yang dimaksud?" in said(replies)
    assert engine.state("u1").year.entries[-1].status.value == "unsure"


def test_realisasi_answers_after_the_quarter_and_capaian(engine, at):
    replies = agreed_then(engine, at, "2026-02-10T15:00", "verif 20 berkas KP", "2026-04-01T09:30",
                          "IKI 1 sesuai catatan aja")
    assert "IKI 1 TW I: 20 berkas" in said(replies)
    engine.handle("u1", "IKI 2: 120 dari 125 usulan tepat TMT")
    kept = {r.iki[:10]: r.value for r in engine.state("u1").year.realisasi}
    assert kept == {"Jumlah ber": 20.0, "Persentase": 96.0}
    assert "Capaian per IKI" in said(engine.handle("u1", "/capaian"))
    refused = engine.handle("u1", "IKI 2: 130%")
    assert "tidak bisa lebih dari 100%" in said(refused)


def test_capaian_says_how_many_entries_wait_for_their_iki_and_are_not_counted_yet(engine, at):
    agreed_then(engine, at, "2026-01-13T15:45", "ganti toner printer buat cetak SK pensiun")
    engine.handle("u1", "td rapat koordinasi jadwal usulan KP dgn BKN regional")
    waiting = [e.id for e in engine.state("u1").year.entries if e.status.value == "unsure"]
    assert len(waiting) == 2
    replies = engine.handle("u1", "/capaian")
    assert f"2 catatan belum dipilih IKI-nya, jadi belum dihitung di atas ({', '.join(waiting)})" in said(replies)
    labels = [b.label for r in replies for b in r.buttons]
    assert labels[:2] == ["IKI 1", "IKI 2"] and labels[-1] == "di luar SKP"


def test_reminders_go_out_once_across_two_replicas_and_skip_a_holiday(tmp_path, at):
    at("2026-02-13T08:00")
    stores = [SqliteStore(tmp_path / "s.sqlite3"), SqliteStore(tmp_path / "s.sqlite3")]
    engines = [Engine(store) for store in stores]
    agreed(engines[0])
    replies = engines[1].handle("u1", "tolong ingetin saya isi logbook tiap hari kerja jam 4 sore")
    assert "setiap hari kerja (Senin–Jumat) jam 16:00" in said(replies)
    from bot.clock import parse_time

    got = []
    for moment in ("2026-02-13T15:00", "2026-02-13T16:00", "2026-02-13T16:01", "2026-02-17T16:00",
                   "2026-02-18T16:00"):
        at(moment)
        for engine in engines:  # both replicas tick at the same minute
            for due in engine.tick(parse_time(moment)):
                got.append((moment, due.replies[0].text))
                engine.delivered(due)
    # Friday 13 Feb once; Tuesday 17 Feb is Tahun Baru Imlek; Wednesday 18 Feb once
    assert [m for m, _ in got] == ["2026-02-13T16:00", "2026-02-18T16:00"]
    assert got[0][1].startswith("Pengingat catatan harian")
    engines[0].handle("u1", "/pengingat matikan pengingat catatan harian")
    at("2026-02-19T16:00")
    assert engines[1].tick(parse_time("2026-02-19T16:00")) == []
    for store in stores:
        store.close()


def test_a_change_after_tetapkan_asks_its_reason_and_makes_a_version(engine, at):
    replies = agreed_then(engine, at, "2026-01-20T10:00", "verif 14 berkas KP", "/ubah 1 target 500")
    assert "perubahan SKP" in said(replies)
    assert engine.state("u1").skp.iki[0].target.startswith("600")  # nothing changed before the reason
    replies = engine.handle("u1", "biar gampang tercapai aja")
    assert "alasan" in said(replies) and len(engine.state("u1").year.versions) == 1
    replies = tap(engine, "u1", replies, "Direktif")
    state = engine.state("u1")
    assert [v.reason for v in state.year.versions] == ["", "direktif_pimpinan"] or len(state.year.versions) == 2
    assert "versi 2" in said(replies) and "Versi 2" in said(engine.handle("u1", "/skp versi"))
    # a reworded IKI keeps its entries (another day: another perubahan, its own reason)
    at("2026-01-21T10:00")
    replies = engine.handle("u1", "/ubah 1 teks Jumlah berkas usulan kenaikan pangkat yang diusulkan ke BKN")
    tap(engine, "u1", replies, "strategi")
    state = engine.state("u1")
    assert state.year.entries[0].iki == state.skp.iki[0].indikator


def test_a_reason_typed_with_its_explanation_keeps_it_and_does_not_ask_for_it(engine, at):
    # «direktif pimpinan, karo minta dipercepat» at «Apa alasannya?» recorded the version, then asked «Tulis penjelasan
    # singkatnya …» for what the line had said
    replies = agreed_then(engine, at, "2026-04-02T09:00", "/ubah 1 target 500",
                          "direktif pimpinan, karo minta dipercepat")
    assert "versi 2" in said(replies) and "Tulis penjelasan" not in said(replies), said(replies)
    assert engine.state("u1").year.versions[-1].note == "direktif pimpinan, karo minta dipercepat"
    # the reason alone: its explanation is asked (another day: the perubahan of 2 April is closed)
    at("2026-04-03T09:00")
    engine.handle("u1", "/ubah 1 target 450")
    assert "Tulis penjelasan" in said(engine.handle("u1", "direktif pimpinan"))


def test_work_typed_while_a_reason_is_asked_is_kept_and_the_reason_asked_again(engine, at):
    """A line of done work at «Apa alasannya?» is an entry, never the reason (not even with a reason word in it) and
    never dropped; a reason stated with a time word is still the reason."""
    replies = agreed_then(engine, at, "2026-03-10T10:00", "/ubah 1 target 500", "hari ini verif 30 berkas KP, 24 lolos")
    state = engine.state("u1")
    assert [e.text for e in state.year.entries] == ["hari ini verif 30 berkas KP, 24 lolos"]
    assert "Apa alasannya?" in said(replies) and state.year_ask.kind == "alasan"
    assert len(state.year.versions) == 1 and state.skp.iki[0].target.startswith("600")
    replies = engine.handle("u1", "tadi rapat penugasan baru dari karo, 3 berkas KP dibahas")
    state = engine.state("u1")
    assert len(state.year.entries) == 2 and len(state.year.versions) == 1 and "Apa alasannya?" in said(replies)
    replies = engine.handle("u1", "kemarin dimutasi ke tim kepegawaian")
    state = engine.state("u1")
    assert [v.reason for v in state.year.versions] == ["", "struktur"] and len(state.year.entries) == 2
    assert state.skp.iki[0].target.startswith("500")


def test_bukti_dukung_goes_to_the_entry_just_kept(engine, at):
    agreed(engine)
    at("2026-01-15T14:20")
    lonely = engine.evidence("u1", evidence_item("document", name="a.pdf", file_id="f0"))
    assert "Kirim dulu catatannya" in said(lonely)
    engine.handle("u1", "terbit 4 SK pensiun BUP TMT maret")
    replies = engine.evidence("u1", evidence_item("document", name="SK.pdf", file_id="f1", size=10))
    assert "dilampirkan ke catatan c1" in said(replies)
    assert engine.state("u1").year.entries[0].evidence[0].file_id == "f1"


def test_a_file_goes_to_the_latest_message_s_entry_though_earlier_ones_were_kept_the_same_minute(engine, at):
    # tester17b #9: with the clock frozen (IKI_NOW) «bukti: …» after seven entries went to c1, another day's entry
    agreed(engine)
    at("2026-01-15T14:20")
    for line in ("tgl 13 rapat koordinasi KP", "kemarin verif 9 berkas KP", "terbit 4 SK pensiun BUP TMT maret"):
        engine.handle("u1", line)
    replies = engine.evidence("u1", evidence_item("photo", name="SK.jpg", file_id="f1"))
    assert "dilampirkan ke catatan c3" in said(replies)
    assert [[x.file_id for x in e.evidence] for e in engine.state("u1").year.entries] == [[], [], ["f1"]]



def test_a_file_with_no_entry_just_kept_waits_for_its_entry_and_a_wrong_one_is_deleted(engine, at):
    agreed_then(engine, at, "2026-01-15T14:20", "terbit 4 SK pensiun BUP TMT maret", "2026-01-16T08:00")
    replies = engine.evidence("u1", evidence_item("photo", name="IMG_1.jpg", file_id="f2"))
    assert "catatan yang mana" in said(replies)
    replies = tap(engine, "u1", replies, "15 Jan")
    assert "dilampirkan ke catatan c1" in said(replies)
    assert [e.file_id for e in engine.state("u1").year.entries[0].evidence] == ["f2"]
    assert engine.state("u1").year.pending is None
    replies = engine.handle("u1", "eh foto yg barusan salah, hapus ya")
    assert "dihapus dari catatan c1" in said(replies) and engine.state("u1").year.entries[0].evidence == []


def test_a_file_path_in_the_terminal_is_bukti_dukung_of_the_entry_just_kept(engine, at, tmp_path):
    from io import StringIO

    from bot.chat import run

    agreed(engine)
    at("2026-01-12T15:00")
    photo, scan = tmp_path / "foto verif.jpg", tmp_path / "scan.pdf"
    photo.write_bytes(b"jpeg")
    scan.write_bytes(b"pdf")
    script = (f"verif 14 berkas KP\nbukti: {photo}\n{scan}\n/home/tidak/ada/konseling.jpg\n"
              "lampiran ~/tidak-ada-juga.pdf\n")
    out = StringIO()
    run(engine, StringIO(script), out, user="u1")
    shown = out.getvalue()
    entries = engine.state("u1").year.entries
    assert len(entries) == 1 and [e.name for e in entries[0].evidence] == ["foto verif.jpg", "scan.pdf"]
    assert "belum dikenal" not in shown and shown.count("tidak ditemukan di komputer ini") == 2
    files = [r.file for r in engine.handle("u1", "/ekspor") if r.file]
    rows = list(load_workbook(BytesIO(files[0].data), read_only=True)["Catatan Harian"].iter_rows(values_only=True))
    assert rows[1][6] == "foto verif.jpg; scan.pdf"  # the Bukti column


def test_a_file_path_at_the_end_of_a_line_of_work_is_bukti_of_that_line_or_said_missing(engine, at, tmp_path):
    # tester12 #3: «11/2 ANC 12 bumil, bukti: /home/…/anc_1102.jpg» kept the missing path as text with no warning;
    # «kemarin rujuk 1 bumil …, bukti /tmp/…/bukti_anc.xlsx» became two entries, the second a junk «bukti /tmp/…»
    from io import StringIO

    from bot.chat import run

    agreed(engine)
    at("2026-01-12T15:00")
    scan = tmp_path / "sk.xlsx"
    scan.write_bytes(b"xlsx")
    engine.handle("u1", "tgl 9 rapat koordinasi KP")  # kept the same minute: the file is not its bukti
    script = f"kemarin terbit 4 SK pensiun BUP, bukti {scan}\n11/1 verif 14 berkas KP, bukti: /home/tidak/ada.jpg\n"
    out = StringIO()
    run(engine, StringIO(script), out, user="u1")
    shown = out.getvalue()
    entries = engine.state("u1").year.entries
    assert [e.text for e in entries][1:] == ["kemarin terbit 4 SK pensiun BUP", "11/1 verif 14 berkas KP"]
    assert [[x.name for x in e.evidence] for e in entries] == [[], ["sk.xlsx"], []]
    assert "dilampirkan ke catatan c2" in shown
    assert "«/home/tidak/ada.jpg» tidak ditemukan di komputer ini" in shown


def test_a_described_file_path_is_bukti_of_the_entry_just_kept_never_an_entry_of_its_own(engine, at, tmp_path):
    # a played quarter (instalasi gizi): «foto uji cita rasa /home/…/cita_rasa_jan.jpg» became an entry «di luar SKP»
    # holding the path as text, and no file was attached
    from io import StringIO

    from bot.chat import run

    agreed(engine)
    at("2026-01-12T15:00")
    photo = tmp_path / "cita.jpg"
    photo.write_bytes(b"jpeg")
    script = f"verif 14 berkas KP\nfoto verifikasi berkas tadi {photo}\nfoto yang lain /home/tidak/ada/x.jpg\n"
    out = StringIO()
    run(engine, StringIO(script), out, user="u1")
    entries = engine.state("u1").year.entries
    assert len(entries) == 1 and [e.name for e in entries[0].evidence] == ["cita.jpg"]
    assert "«/home/tidak/ada/x.jpg» tidak ditemukan di komputer ini" in out.getvalue()


def test_ekspor_carries_rencana_catatan_and_realisasi(engine, at):
    agreed(engine)
    assert "Rencana aksi" not in said(engine.handle("u1", "/skp"))
    tap(engine, "u1", engine.handle("u1", "/rencana"), "Terima")
    shown = said(engine.handle("u1", "/skp"))  # /skp shows each IKI's stages once they exist
    assert "Rencana aksi" in shown and "IKI 1: " in shown and "  1. " in shown
    at("2026-01-20T10:00")
    engine.handle("u1", "verif 14 berkas KP")
    files = [r.file for r in engine.handle("u1", "/ekspor") if r.file]
    names = load_workbook(BytesIO(files[0].data), read_only=True).sheetnames
    assert names[1:4] == ["Rencana Aksi", "Catatan Harian", "Realisasi per TW"]
    assert "8. Catatan kinerja periode 1 Januari–20 Januari 2026" in said(engine.handle("u1", "/dialog"))  # the pack sees what happened


def test_the_catatan_harian_sheet_puts_date_and_duration_in_their_columns_not_in_the_uraian(engine, at):
    # tester14 #11: «Uraian» kept «kemarin …», «senin: …», «tgl 3 …» under a fixed date, and «…, kurang dr 2 jam» gave
    # no Durasi
    agreed(engine)
    at("2026-03-11T15:00")
    for text in ("kemarin verif 14 berkas KP, kurang dr 2 jam", "senin: rapat koordinasi KP selama 1,5 jam",
                 "tgl 3 maret verif 5 berkas KP 3 jam", "verif 6 berkas KP, semua selesai kurang dr 2 jam",
                 "rabu lalu rapat internal biro", "tgl 2/3 input data usulan KP"):  # tester17 #8: «lalu …», «tgl …»
        engine.handle("u1", text)
    files = [r.file for r in engine.handle("u1", "/ekspor") if r.file]
    rows = list(load_workbook(BytesIO(files[0].data), read_only=True)["Catatan Harian"].iter_rows(
        min_row=2, values_only=True))
    assert [(r[0], r[1], r[5]) for r in rows] == [
        ("2026-03-02", "input data usulan KP", None),
        ("2026-03-03", "verif 5 berkas KP", 180), ("2026-03-04", "rapat internal biro", None),
        ("2026-03-09", "rapat koordinasi KP", 90), ("2026-03-10", "verif 14 berkas KP", 120),
        ("2026-03-11", "verif 6 berkas KP, semua selesai kurang dr 2 jam", None)]  # a bound of the IKI's time


def test_after_a_mid_year_target_change_the_plan_follows_it_and_ended_quarters_keep_theirs(engine, at):
    agreed(engine)
    tap(engine, "u1", engine.handle("u1", "/rencana"), "Terima")
    at("2026-07-06T10:00")
    replies = engine.handle("u1", "/ubah 1 target 400")
    tap(engine, "u1", replies, "direktif pimpinan")
    assert engine.state("u1").skp.iki[0].target.startswith("400")
    shares = [s.share for s in engine.state("u1").year.rencana[0].stages if s.share is not None]
    assert sum(shares) == 400  # the stored plan follows the change, so /rencana and the sheet say the same
    files = [r.file for r in engine.handle("u1", "/ekspor") if r.file]
    book = load_workbook(BytesIO(files[0].data), read_only=True)
    plan = [row for row in book["Rencana Aksi"].iter_rows(min_row=2, values_only=True) if row[2].startswith("IKI 1:")]
    assert sum(row[5] or 0 for row in plan) == 400
    tw = [row for row in book["Realisasi per TW"].iter_rows(min_row=2, values_only=True) if row[0].startswith("IKI 1:")]
    # TW I–II ended under the agreed 600; the change applies from TW III, the quarter of its date
    assert [row[2] for row in tw] == [150, 300, 300, 400]
    assert [row[8] for row in tw] == ["belum diisi", "belum diisi", "belum berakhir", "belum berakhir"]


def test_the_explanation_typed_with_the_reason_is_kept_and_not_asked_again(engine, at):
    agreed(engine)
    at("2026-07-06T10:00")
    assert "Apa alasannya?" in said(engine.handle("u1", "/ubah 1 target 500"))
    replies = engine.handle("u1", "direktif pimpinan, usulan KP turun krn moratorium kenaikan pangkat")
    assert "versi 2" in said(replies) and "Tulis penjelasan" not in said(replies)
    assert engine.state("u1").year.versions[-1].note.endswith("turun krn moratorium kenaikan pangkat")
    assert engine.state("u1").year_ask is None
    at("2026-07-07T10:00")  # another day: another perubahan
    engine.handle("u1", "/ubah 2 target 90%")
    replies = engine.handle("u1", "direktif pimpinan")  # the reason alone: its explanation is asked
    assert "Tulis penjelasan" in said(replies)


def test_a_state_saved_before_the_year_still_loads():
    old = '{"skp": {"iki": [{"indikator": "Persentase faskes terakreditasi"}]}, "confirm": ""}'
    state = UserState.model_validate_json(old)
    assert state.year.entries == [] and state.year_ask is None and not state.year.reminders.logbook.on


def test_an_iki_added_after_tetapkan_asks_its_reason_and_giving_up_restores_the_skp(engine, at):
    agreed(engine)
    at("2026-09-03T09:00")
    replies = engine.handle("u1", "tambah IKI baru: Persentase usulan pensiun yang diproses tepat waktu, target 90%. "
                                  "ini perintah karo")
    # the reason typed with it («ini perintah karo») is recorded at once, no question beside its fields
    assert len(engine.state("u1").skp.iki) == 4 and "Apa alasannya?" not in said(replies)
    assert "versi 2" in said(replies) and "Alasan lain?" in said(replies)
    replies = tap(engine, "u1", replies, "direktif pimpinan")  # confirmed: kept
    assert "tetap" in said(replies)
    tap(engine, "u1", replies, "Selesai dulu")
    engine.handle("u1", "hari ini rapat koordinasi usulan pensiun dgn BKN")  # work, not the version's explanation
    state = engine.state("u1")
    assert [v.reason for v in state.year.versions] == ["", "direktif"] and len(state.year.entries) == 1
    at("2026-09-04T09:00")  # another day: another perubahan
    replies = engine.handle("u1", "tambah IKI baru: Jumlah SK kenaikan pangkat yang terbit, target 100 SK")
    assert "Apa alasannya?" in said(replies) and len(engine.state("u1").skp.iki) == 5
    assert "kembali" in said(engine.handle("u1", "/batal")) and len(engine.state("u1").skp.iki) == 4


def test_a_percentage_typed_as_a_fraction_is_asked_before_it_is_kept(engine, at):
    replies = agreed_then(engine, at, "2026-07-02T09:00", "IKI 2 = 0,87")
    assert "maksudnya 87%" in said(replies) and engine.state("u1").year.realisasi == []
    engine.handle("u1", "iya 87%")
    assert [(r.quarter, r.value) for r in engine.state("u1").year.realisasi] == [(2, 87.0)]
    assert "tidak bisa negatif" in said(engine.handle("u1", "IKI 1 = -1"))
    # left unanswered, the figure is said not kept, with how to type either reading (it was dropped silently)
    engine.handle("u1", "IKI 2 = 0,5")
    replies = engine.handle("u1", "hari ini verif 12 berkas KP")
    assert "Realisasi IKI 2 TW II belum saya simpan" in said(replies) and "«IKI 2 50%»" in said(replies)
    assert "«IKI 2 0,5%»" in said(replies) and "Dicatat" in said(replies)
    assert [(r.quarter, r.value) for r in engine.state("u1").year.realisasi] == [(2, 87.0)]


def test_an_instruction_about_a_saved_draft_is_not_logged_as_work(engine):
    # a draft but no logbook yet: «IKI 2 biarin, ajukan aja» answers /ajukan's findings, it is no work done
    replies = engine.handle("u1", f"ini SKP saya:\n{SKP}")
    assert "IKI" in said(tap(engine, "u1", tap(engine, "u1", replies, "Simpan semua"), "Selesai dulu"))
    for text in ("IKI 2 biarin, ajukan aja", "lanjut ke IKI 3", "tolong cek lagi IKI 1"):
        replies = engine.handle("u1", text)
        assert "Dicatat" not in said(replies) and "perintah untuk SKP" in said(replies), text
    assert engine.state("u1").year.entries == []


def test_an_skp_pasted_in_english_keeps_every_line_and_counts_the_english_count(engine, at):
    # «Average recovery time …» was dropped as «bukan IKI», so IP ASN became IKI 5 and a whole IKI was lost
    from bot.conversation.iki_list import read_list

    english = """Hi, please save my SKP:
1. Percentage uptime of SIMPEG and e-Kinerja - 99.5%
2. Number of applications migrated to Pusat Data Nasional - 12 apps
3. Average recovery time for head-office network outages - 4 hours
4. Nilai IP ASN - 80"""
    pasted = read_list(english)
    assert [(line.listed.target, line.mark) for line in pasted.lines] == [
        ("99,5%", "✗"), ("12 apps", "✗"), ("4 hours", "✗"), ("80", "✓")] and pasted.skipped == []
    tap(engine, "u1", engine.handle("u1", english), "Simpan semua")
    tap(engine, "u1", engine.handle("u1", "/tetapkan"), "Ya")
    assert [i.indikator[:7] for i in engine.state("u1").skp.iki] == ["Percent", "Number ", "Average", "Nilai I"]
    at("2026-06-03T17:00")
    engine.handle("u1", "today: migrated 2 apps (SIRS & SISDMK) to PDN, no downtime")
    assert engine.state("u1").year.entries[-1].quantity == 2
    at("2026-07-01T09:00")
    assert "IKI 2 TW II: 2" in said(engine.handle("u1", "IKI 2 use my log"))


def test_the_link_buttons_offer_every_iki_in_the_same_places_and_the_one_it_has_changes_nothing(engine, at):
    replies = agreed_then(engine, at, "2026-01-13T15:00", "kemarin verif 14 berkas KP")
    labels = [b.label for r in replies for b in r.buttons]
    assert labels == ["IKI 1", "IKI 2", "IKI 3", "di luar SKP"]  # its own IKI too: positions never shift
    assert "memang sudah di IKI 1" in said(tap(engine, "u1", replies, "IKI 1"))
    entry = engine.state("u1").year.entries[-1]
    assert (entry.status.value, entry.quantity) == ("linked", 14.0)
    # an unsure match asks with its candidates first, then every other IKI: the meant one is always one tap away
    replies = engine.handle("u1", "td rapat koordinasi jadwal usulan KP dgn BKN regional")
    labels = [b.label for r in replies for b in r.buttons]
    assert sorted(labels) == ["IKI 1", "IKI 2", "IKI 3", "di luar SKP"] and labels[-1] == "di luar SKP"


def test_a_line_of_work_typed_while_prima_waits_for_a_button_is_kept(engine, at):
    # PRIMA reopened at «Apa peran Anda?»: «Pilih salah satu tombol» lost the logbook line and the quarter's figure
    agreed(engine)
    replies = tap(engine, "u1", engine.handle("u1", "/prima"), "Lewati")  # step 1 skipped
    replies = tap(engine, "u1", replies, "Lewati")  # step 2 skipped
    assert "peran" in said(replies).lower()
    at("2026-04-01T09:00")
    replies = engine.handle("u1", "hari ini verif 12 berkas KP")
    assert "Dicatat" in said(replies) and "PRIMA masih terbuka" in said(replies)
    assert engine.state("u1").year.entries[-1].quantity == 12
    assert "IKI 2 TW I: 96%" in said(engine.handle("u1", "IKI 2: 120 dari 125 usulan tepat TMT"))
    assert engine.state("u1").prima.step == "I"


def test_a_question_about_the_users_own_records_is_answered_from_them(engine, at):
    # «logbook saya bulan ini udah brp entri?» went to the guidelines, which said it was outside them
    agreed_then(engine, at, "2026-06-02T15:00", "hari ini verif 12 berkas KP")
    assert "Catatan 1 Jun–2 Jun (1)" in said(engine.handle("u1", "logbook saya bulan ini udah brp entri?"))
    assert "Catatan 1 Jun–2 Jun (1)" in said(engine.handle("u1", "how many entries did I log in June?"))
    assert "Capaian per IKI" in said(engine.handle("u1", "capaian saya sudah berapa?"))
    # how the records stand («gimana», «sejauh mana») was sent to the guidelines, which said it was outside them
    assert "Capaian per IKI" in said(engine.handle("u1", "capaian saya gimana?"))
    assert "Capaian per IKI" in said(engine.handle("u1", "progres saya sejauh mana ya"))
    assert "rencana aksi" in said(engine.handle("u1", "bulan ini saya harus ngapain aja?")).lower()
    # a question about the rules that mentions the records stays a question
    from bot.year.entry_kind import EntryKind, kind_of
    assert kind_of("catatan saya yg di luar SKP itu dihitung ga?", logging=True).kind is EntryKind.question
    assert kind_of("gimana cara hitung capaian saya?", logging=True).kind is not EntryKind.records
    assert kind_of("catatan saya yg di luar SKP dihitung gimana?", logging=True).kind is not EntryKind.records


def test_work_labelled_with_its_iki_is_an_entry_of_that_iki(engine, at):
    # «hari ini cek 12 berkas IKI 1» was read as a quarter's figure and refused; «(IKI 2)» filed as di luar SKP
    agreed(engine)
    at("2026-02-10T15:00")
    assert "Jumlah: 12" in said(engine.handle("u1", "hari ini cek 12 berkas IKI 1"))
    assert "Jumlah: 4" in said(engine.handle("u1", "IKI 3: kemarin terbit 4 SK pensiun"))
    engine.handle("u1", "rapat koordinasi jadwal usulan (IKI 2)")
    kept = [(e.iki[:10], e.quantity, e.day.day) for e in engine.state("u1").year.entries]
    assert kept == [("Jumlah ber", 12.0, 10), ("Jumlah SK ", 4.0, 9), ("Persentase", None, 10)]
    # a quarter's figure is still a realisasi
    at("2026-04-01T09:00")
    assert "IKI 2 TW I: 96%" in said(engine.handle("u1", "IKI 2: 120 dari 125 usulan tepat TMT"))


def test_a_quarters_figure_before_any_iki_is_saved_says_so_instead_of_checking_it_as_an_iki(engine):
    # «IKI 1: 612 dari 680 sampel» was checked as a draft («tidak diawali kata ukuran») with «Persentase IKI 1 …» offered
    replies = engine.handle("u1", "IKI 1: 612 dari 680 sampel sesuai TAT")
    assert "realisasi IKI 1" in said(replies) and "belum berisi IKI" in said(replies)
    assert not engine.state("u1").candidates and not engine.state("u1").skp.iki
    replies = engine.handle("u1", "IKI 1: Persentase faskes terakreditasi 90%")  # a draft labelled with its number
    assert engine.state("u1").skp.iki[0].indikator == "Persentase faskes terakreditasi"


def test_stages_typed_while_a_saved_iki_waits_for_a_field_change_the_rencana(engine):
    # «IKI 2 tahapnya pakai punya saya: 1) …» after /rencana, while «Simpan semua» still asked IKI 1's data awal, was
    # taken as that answer: the user's stages were lost and the jenis asked next
    replies = engine.handle("u1", f"ini SKP saya:\n{SKP}")
    tap(engine, "u1", replies, "Simpan semua")
    assert engine.state("u1").fill is not None  # a field of IKI 1 is asked
    engine.handle("u1", "/rencana")
    replies = engine.handle("u1", "IKI 3 tahapnya pakai punya saya: 1) pendataan pegawai BUP jan-feb 2) verifikasi "
                                  "berkas mar-sep 3) penerbitan SK okt-des")
    assert "Rencana aksi diubah" in said(replies)
    plan = next(r for r in engine.state("u1").year.rencana if r.iki == engine.state("u1").skp.iki[2].indikator)
    assert [s.months for s in plan.stages] == [[1, 2], [3, 4, 5, 6, 7, 8, 9], [10, 11, 12]]


def test_a_stage_change_that_names_no_iki_is_kept_until_its_iki_is_picked(engine, at):
    # «tahap 1 juga sudah selesai dari februari» was answered «Rencana aksi IKI nomor berapa?», the line dropped
    agreed(engine)
    tap(engine, "u1", engine.handle("u1", "/rencana"), "Terima")
    at("2026-05-04T09:00")
    replies = engine.handle("u1", "tahap 1 juga sudah selesai dari februari")
    assert [b.label for r in replies for b in r.buttons] == ["IKI 1", "IKI 2", "IKI 3"]
    replies = engine.handle("u1", "IKI 2")  # typed instead of tapped
    assert "Rencana aksi diubah" in said(replies)
    state = engine.state("u1")
    plan = next(r for r in state.year.rencana if r.iki == state.skp.iki[1].indikator)
    assert plan.stages[0].done is not None and state.year_ask is None
    assert "sudah tidak berlaku" in said(engine.press("u1", "year:tahap:1"))  # an old button changes nothing


@pytest.mark.parametrize("text, reason", [
    ("kemarin dimutasi ke tim surveilans", "struktur"),
    ("kemarin ada arahan pimpinan utk fokus CKG", "direktif"),  # «ada» only says the reason came
    ("krn refocusing anggaran", "strategi"),
    ("ada arahan dari kabiro krn target SIASN nasional turun", "direktif"),  # «arahan» from a leader's title
    ("hari ini rapat dgn kabiro bahas SIASN", None),
    ("tadi rapat penugasan baru dari karo, 3 dokumen dibahas", None),  # work with a reason word inside
    ("hari ini rapat dengan tim baru bahas SOP", None),
    ("hari ini verif 30 berkas KP, 24 lolos", None),
])
def test_a_reason_is_what_the_line_is_about(text, reason):
    from bot.year.versions import reason_answer

    assert reason_answer(text) == reason


def test_a_recap_typed_while_a_reason_is_asked_says_the_change_waits(engine, at):
    replies = agreed_then(engine, at, "2026-03-10T10:00", "verif 14 berkas KP", "/ubah 1 target 500",
                          "rekap minggu ini: verif 14 berkas KP")
    state = engine.state("u1")
    assert "hanya rekap" in said(replies) and state.year_ask.kind == "recap"
    assert "«/ubah 1 target 500» belum dijalankan" in said(replies) and state.skp.iki[0].target.startswith("600")


def _kept_state() -> UserState:
    """Three IKI agreed on 5 Jan; c1 and c2 linked to IKI 1 in TW I (20 and 15 berkas), c3 waiting between IKI 1 and
    IKI 2 (the user never answered «IKI mana?»)."""
    from datetime import date

    from bot.models import IkiDraft, SkpDraft
    from bot.year.models import EntryStatus, LogEntry, YearState
    from bot.year.versions import agree

    skp = SkpDraft(iki=[IkiDraft(indikator="Jumlah berkas usulan kenaikan pangkat yang diverifikasi", target="600",
                                 satuan="berkas"),
                        IkiDraft(indikator="Persentase usulan kenaikan pangkat yang ditetapkan tepat TMT", target="95%"),
                        IkiDraft(indikator="Jumlah SK pensiun BUP yang terbit", target="150", satuan="SK")])
    one, two = skp.iki[0].indikator, skp.iki[1].indikator
    year = agree(YearState(), skp, date(2026, 1, 5)).model_copy(update={"next_entry": 4, "year": 2026, "entries": [
        LogEntry(id="c1", day=date(2026, 2, 2), text="verif 20 berkas KP", status=EntryStatus.linked, iki=one,
                 quantity=20),
        LogEntry(id="c2", day=date(2026, 2, 9), text="rapat SOP verifikasi dgn biro hukum", status=EntryStatus.linked,
                 iki=one, quantity=15),
        LogEntry(id="c3", day=date(2026, 2, 10), text="15 berkas KP diverifikasi & diusulkan",
                 status=EntryStatus.unsure, candidates=[one, two])]})
    return UserState(skp=skp, year=year)


def test_a_logbook_sum_names_the_entries_still_waiting_for_their_iki_and_follows_the_pick():
    # «IKI 1 sesuai catatan» kept 339 where the logbook held 354: an entry left unanswered was silently not counted
    from datetime import datetime

    from bot.clock import WIB
    from bot.conversation import year_logbook_fix, year_realisasi

    state, now = _kept_state(), datetime(2026, 4, 1, 9, 30, tzinfo=WIB)
    replies = year_realisasi.realisasi(state, "IKI 1 sesuai catatan aja", now)
    assert "IKI 1 TW I: 35 berkas" in said(replies) and "c3 (10 Feb" in said(replies)
    labels = [b.label for r in replies for b in r.buttons]
    assert "c3: IKI 1" in labels and "c3: di luar SKP" in labels
    picked = engine_press(state, replies, "c3: IKI 1")
    assert "kini 50 berkas" in said(picked)  # the realisasi taken «sesuai catatan» follows the logbook
    assert [r.value for r in state.year.realisasi] == [50.0]
    # a quarter's figure the user typed stays as typed
    year_realisasi.realisasi(state, "IKI 1: 60 berkas", now)
    year_logbook_fix.entry_change(state, "hapus c1", now)
    assert [r.value for r in state.year.realisasi] == [60.0]


def engine_press(state: UserState, replies, label: str):
    from bot.conversation import year_logbook

    data = next(b.data for r in replies for b in r.buttons if b.label == label)
    return year_logbook.link_button(state, data.removeprefix("year:link:"))


def test_the_quarter_prompt_says_which_entries_its_sums_leave_out():
    from datetime import datetime

    from bot.clock import WIB
    from bot.conversation import year_pengingat
    from bot.year.reminders import due_reminders

    state, now = _kept_state(), datetime(2026, 4, 1, 9, 30, tzinfo=WIB)
    due = next(d for d in due_reminders(state.year, state.skp, now) if d.quarter == 1)
    text = said(year_pengingat.reminder_replies(state, due, now))
    assert "menurut catatan: 35 berkas" in text and "Belum dihitung untuk IKI 1: c3" in text


def test_a_date_correction_keeps_the_entry_it_names_linked_and_counted():
    from datetime import datetime

    from bot.clock import WIB
    from bot.conversation import year_logbook_fix

    state, now = _kept_state(), datetime(2026, 2, 11, 10, 0, tzinfo=WIB)
    # «rapat SOP» names c2, not c3 kept after it
    replies = year_logbook_fix.fix_last(state, "catatan rapat SOP tadi tanggalnya salah, harusnya tgl 6", now)
    entries = {e.id: e for e in state.year.entries}
    assert entries["c2"].day.isoformat() == "2026-02-06" and entries["c3"].day.isoformat() == "2026-02-10"
    assert (entries["c2"].status.value, entries["c2"].quantity) == ("linked", 15.0)
    assert "Tetap IKI 1, jumlah 15" in said(replies)
    # an entry still waiting for its IKI is asked again after its date is fixed
    replies = year_logbook_fix.entry_change(state, "c3 tanggal 9/2", now)
    assert "IKI mana" in said(replies) and [b.label for b in replies[0].buttons][:2] == ["IKI 1", "IKI 2"]
    # «bukan 20 tapi 25»: the entry that holds 20, though another was kept after it
    year_logbook_fix.fix_last(state, "yg verif itu bukan 20 tapi 25", now)
    assert {e.id: e.quantity for e in state.year.entries}["c1"] == 25.0


def test_a_time_typed_right_after_the_reminder_settings_changes_them_whatever_is_open(engine, at):
    # «jam setengah 4 sore» after switching the nudge on was «Pilih salah satu tombol» from PRIMA, and «tiap jumat
    # aja» was logged as work done on Friday
    agreed(engine)
    replies = tap(engine, "u1", engine.handle("u1", "/prima"), "Lewati")
    assert "peran" in said(tap(engine, "u1", replies, "Lewati")).lower()
    replies = tap(engine, "u1", engine.handle("u1", "/pengingat"), "Nyalakan catatan")
    assert "jam setengah 4 sore" in said(replies)  # the reply names how to change the hour
    replies = engine.handle("u1", "jam setengah 4 sore")
    assert "jam 15:30" in said(replies) and "PRIMA masih terbuka" in said(replies)
    assert "setiap Jumat jam 15:30" in said(engine.handle("u1", "tiap jumat aja"))
    state = engine.state("u1")
    assert state.year.entries == [] and state.prima.step == "I"
    # a line with other words right after the settings is what it is
    engine.handle("u1", "/pengingat")
    assert "Dicatat" in said(engine.handle("u1", "jumat rapat koordinasi jadwal usulan KP"))
    assert engine.state("u1").year.reminders.logbook.days == [4]


def test_a_reminder_follow_up_is_only_reminder_words_and_times():
    from datetime import date

    from bot.year.reminder_reading import follow_up

    today = date(2026, 1, 26)
    for text in ("jam setengah 4 sore", "tiap jumat aja", "ok jam 15:30 ya", "ganti jadi jam 5 sore", "matikan",
                 "off", "make it 4 pm"):
        assert follow_up(text, today), text
    for text in ("jumat rapat koordinasi dgn dinkes", "hari ini verif 12 berkas", "ok", "makasih ya"):
        assert not follow_up(text, today), text


def test_a_rencana_change_typed_in_prima_before_any_iki_is_saved_says_what_is_missing(engine):
    # «tahap 2 IKI 1 geser ke april-mei ya» at PRIMA's role question got a passage about IT per Eselon I, and «tambah
    # tahap …» got «Pilih salah satu tombol»
    replies = tap(engine, "u1", engine.handle("u1", "/prima"), "Lewati")
    assert "peran" in said(tap(engine, "u1", replies, "Lewati")).lower()
    for text in ("tahap 2 IKI 1 geser ke april-mei ya", "tambah tahap utk IKI 2: evaluasi BIAS di bulan desember"):
        replies = engine.handle("u1", text)
        assert "belum ada IKI di SKP Anda" in said(replies) and "Selesaikan dulu PRIMA" in said(replies), text
        assert "Pilih salah satu tombol" not in said(replies)
    assert engine.state("u1").prima.step == "I" and engine.state("u1").year.rencana == []
    # a quarter's figure there is kept for when the SKP has its IKI, never taken as a wrong button
    for text in ("IKI 1: 612 dari 680 sampel sesuai TAT", "IKI 4: 1 dari 1 PT memuaskan. IKI 5 belum ada"):
        replies = engine.handle("u1", text)
        assert "Tulisan Anda saya simpan" in said(replies) and "Pilih salah satu tombol" not in said(replies), text
    state = engine.state("u1")
    assert len(state.year.unplaced) == 2 and state.prima.step == "I"


@pytest.mark.parametrize("text", ["export please", "tolong ekspor", "pls export"])
def test_a_command_word_with_please_runs_the_command(engine, text):
    # Y20's «export please» got «Saya belum bisa membaca pesan itu sebagai IKI»
    assert "Belum ada IKI" in said(engine.handle("u1", text))


def test_a_figure_typed_again_under_the_question_about_it_replaces_it(engine, at):
    # Y02: «maksudnya 2 dari 2» under «IKI 4: 3 itu angka TW II saja, atau total sejak Januari?» kept the 3 and was
    # answered as a question outside the guidance; under «maksudnya 87%?» «maksudnya 38 dari 40» was kept as 38%
    replies = agreed_then(engine, at, "2026-04-01T09:00", "IKI 3: 40 SK", "2026-07-01T09:00", "IKI 3 = 50")
    assert "atau total sejak Januari?" in said(replies)
    replies = engine.handle("u1", "eh salah, 45")
    assert "IKI 3 TW II: 45 SK" in said(replies) and "pedoman" not in said(replies)
    values = {r.quarter: r.value for r in engine.state("u1").year.realisasi if r.iki.startswith("Jumlah SK")}
    assert values == {1: 40.0, 2: 45.0}
    assert "maksudnya 87%" in said(engine.handle("u1", "IKI 2 = 0,87"))
    assert "IKI 2 TW II: 95%" in said(engine.handle("u1", "maksudnya 38 dari 40"))
    assert engine.state("u1").year_ask is None
    # a restating word before another IKI's figure or a line of work is no figure of the one asked about
    engine.handle("u1", "IKI 3 = 60")
    assert "IKI 2 TW II: 96%" in said(engine.handle("u1", "eh IKI 2: 120 dari 125"))


@pytest.mark.parametrize("again", ["maksudnya 2 dari 2", "2 dari 2", "eh salah, 2 dari 2", "2/2"])
def test_a_figure_typed_again_right_after_it_was_refused_is_that_ikis(engine, at, again):
    # Y02: «IKI 4: 3 dari 2 PT memuaskan» was refused (3 > 2), and «maksudnya 2 dari 2» next got «Pertanyaan itu di
    # luar pedoman»: the figure typed again right after the refusal puts it right, for the IKI and quarter refused
    replies = agreed_then(engine, at, "2026-07-01T09:00", "IKI 2: 3 dari 2")
    assert "tidak bisa lebih besar" in said(replies)
    replies = engine.handle("u1", again)
    assert "IKI 2 TW II: 100%" in said(replies) and "pedoman" not in said(replies)
    assert engine.state("u1").year_ask is None or engine.state("u1").year_ask.kind != "refused"


def test_after_a_refused_figure_other_work_or_another_ikis_figure_is_read_as_itself(engine, at):
    agreed_then(engine, at, "2026-07-01T09:00", "IKI 2: 3 dari 2")
    assert "IKI 3 TW II: 50 SK" in said(engine.handle("u1", "IKI 3 = 50"))
    engine.handle("u1", "IKI 2: 3 dari 2")
    logged = said(engine.handle("u1", "verifikasi 12 berkas SK pensiun"))
    assert "Dicatat" in logged and not [r for r in engine.state("u1").year.realisasi if r.iki.startswith("Persentase")]


def test_a_counts_quarter_figure_after_an_earlier_quarter_says_whether_it_is_the_quarters_alone(engine, at):
    # «IKI 2 = 230» after TW I's 210 was kept silently, and «itu TW 2 aja» got «Saya belum bisa membaca pesan itu»
    replies = agreed_then(engine, at, "2026-04-01T09:00", "IKI 3: 40 SK", "2026-07-01T09:00", "IKI 3 = 50")
    assert "Belum pasti: IKI 3 TW II: 50 SK (TW II saja; kumulatif sejak Januari 90 SK)" in said(replies)
    assert [b.label for r in replies for b in r.buttons] == ["TW II saja", "Total sejak Januari"]
    assert "untuk TW II saja; kumulatif sejak Januari 90 SK" in said(engine.handle("u1", "itu TW 2 aja"))
    # said as a running total, the quarter keeps what is new since TW I
    engine.handle("u1", "IKI 3 = 65")
    replies = engine.handle("u1", "itu kumulatif")
    assert "IKI 3 TW II: 25 SK" in said(replies)
    assert "lebih kecil" in said(engine.handle("u1", "IKI 3 total sejak januari 30"))
    # the question never swallows the next realisasi or a line of work
    engine.handle("u1", "IKI 3 = 50")
    assert "IKI 2 TW II: 96%" in said(engine.handle("u1", "IKI 2: 120 dari 125 aja"))
    values = {r.quarter: r.value for r in engine.state("u1").year.realisasi if r.iki.startswith("Jumlah SK")}
    assert values == {1: 40.0, 2: 50.0}


@pytest.mark.parametrize("answer, quarter_value", [("yg 50 itu total dr januari", 10.0), ("total", 10.0),
                                                   ("TW II aja", 50.0)])
def test_a_figure_asked_about_is_kept_only_the_way_the_typed_answer_says(engine, at, answer, quarter_value):
    # tester17b #1: the typed answer «yg 160 itu total dr januari» to «TW II saja atau total?» became a logbook
    # entry, and the guess (TW II alone) stayed in /capaian, the dialog pack and the XLSX
    agreed_then(engine, at, "2026-04-01T09:00", "IKI 3: 40 SK", "2026-07-01T09:00",
                "tw2 IKI 2: 120 dari 125, IKI 3 50 SK")
    counts = lambda: {r.quarter: r.value for r in engine.state("u1").year.realisasi if r.iki.startswith("Jumlah SK")}  # noqa: E731
    entries = len(engine.state("u1").year.entries)
    replies = engine.handle("u1", answer)
    assert "IKI 3: 50 SK untuk TW II saja" in said(replies) if quarter_value == 50 \
        else f"IKI 3 TW II: {format_number(quarter_value)} SK" in said(replies)
    assert counts() == {1: 40.0, 2: quarter_value} and len(engine.state("u1").year.entries) == entries
    assert engine.state("u1").year_ask is None


def test_the_new_date_of_a_correction_names_no_entry():
    from datetime import date

    from bot.conversation.year_logbook_fix import meant
    from bot.year.models import LogEntry

    entries = [LogEntry(id="c1", day=date(2026, 2, 2), text="kemarin rapat koordinasi"),
               LogEntry(id="c2", day=date(2026, 2, 3), text="verif 12 berkas")]
    assert meant(entries, "yang tadi tanggalnya salah, harusnya kemarin").id == "c2"
    assert meant(entries, "rapat koordinasi tadi tanggalnya salah, harusnya kemarin").id == "c1"


def test_a_quarters_figure_typed_before_any_iki_is_kept_and_offered_once_the_skp_has_them(engine, at):
    # Y02: four realisasi lines typed while PRIMA was still open were refused and lost; they are kept and offered
    at("2026-04-01T09:00")
    replies = engine.handle("u1", "IKI 1: 612 dari 680 sampel sesuai TAT")
    assert "Tulisan Anda saya simpan" in said(replies)
    assert [u.quarter for u in engine.state("u1").year.unplaced] == [1]
    replies = engine.handle("u1", "ini SKP saya:\n1. Persentase sampel yang diperiksa sesuai TAT - 90%\n"
                                  "2. Jumlah sampel TCM yang dilaporkan - 3000 sampel")
    replies = tap(engine, "u1", replies, "Simpan")
    assert "«IKI 1: 612 dari 680 sampel sesuai TAT»" in said(replies) and "TW I" in said(replies)
    assert "Sebelum SKP Anda berisi IKI" not in said(engine.handle("u1", "/skp"))  # offered once
    assert "IKI 1 TW I: 90%" in said(tap(engine, "u1", replies, "Simpan realisasinya"))
    state = engine.state("u1")
    assert [(r.quarter, r.value) for r in state.year.realisasi] == [(1, 90.0)] and state.year.unplaced == []


@pytest.mark.parametrize("typed", ["Catat hari ini", "/catat hari ini"])
def test_a_line_that_only_asks_to_log_asks_what_was_done(typed):
    """«Catat hari ini» (a reminder's button label typed) was kept as an entry «Catat hari ini», di luar SKP."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "Persentase alat lab yang dikalibrasi sesuai jadwal, 95%")
    engine.handle("u", "Selesai dulu")
    engine.handle("u", "hari ini kalibrasi 3 alat")  # one entry kept: the user keeps a logbook
    said = "\n".join(r.text for r in engine.handle("u", typed))
    assert len(engine.state("u").year.entries) == 1 and "Apa yang sudah Anda kerjakan" in said, said


def test_a_rencana_change_typed_while_prima_asks_for_the_next_iki_changes_the_rencana(engine):
    # «tahap 2 IKI 1 geser ke april-mei ya» at PRIMA's step 4, with IKI saved, was answered with a Renstra passage
    # and «tambah tahap utk IKI 2: …» was checked as an IKI sentence
    prima_at_step_m(engine, "u1")
    for line in SKP.splitlines()[:2]:
        engine.handle("u1", line.split(". ", 1)[1].replace(" - ", ", "))
    state = engine.state("u1")
    assert state.prima.step == "M" and len(state.skp.iki) >= 1
    engine.handle("u1", "/rencana")
    replies = engine.handle("u1", "tahap 2 IKI 1 geser ke april-mei ya")
    assert "Rencana aksi diubah" in said(replies) and "(Apr–Mei)" in said(replies), said(replies)
    assert "PRIMA masih terbuka" in said(replies) and engine.state("u1").prima.step == "M"
    assert len(engine.state("u1").skp.iki) == len(state.skp.iki)  # never checked or saved as an IKI
    # an IKI sentence that names stages is the next IKI, never a rencana change
    replies = engine.handle("u1", "Persentase tahapan akreditasi laboratorium yang selesai tepat waktu")
    assert "Rencana aksi" not in said(replies) and "Perubahan rencana aksi" not in said(replies), said(replies)
    assert "tahapan akreditasi" in said(replies)


def test_a_reminder_asked_for_while_prima_asks_a_field_sets_the_reminder(engine):
    # «ingetin isi logbook tiap hari kerja jam 4 sore» while PRIMA asked the jenis of an IKI was answered «Pilih salah
    # satu tombol …, atau tulis CL, TUSI, MI, atau Beyond», and no reminder was set
    prima_at_step_m(engine, "u1")
    engine.handle("u1", "Persentase usulan kenaikan pangkat yang ditetapkan tepat pada periode TMT")
    engine.handle("u1", "95%")
    engine.handle("u1", "80%")
    state = engine.state("u1")
    assert state.prima.step == "M" and state.skp.iki and not state.year.reminders.logbook.on, state.prima.field
    replies = engine.handle("u1", "ingetin isi logbook tiap hari kerja jam 4 sore")
    assert "jam 16:00" in said(replies) and "Pilih salah satu tombol" not in said(replies), said(replies)
    assert engine.state("u1").year.reminders.logbook.on and engine.state("u1").prima.step == "M"
    assert "PRIMA masih terbuka" in said(replies)


def test_prima_left_open_at_tetapkan_steps_aside_so_the_year_lines_are_read(engine, at):
    # /tetapkan while PRIMA asked the bobot of an IKI: every logbook line for three months was answered «Bobot harus
    # angka 0–120 …» and lost
    prima_at_step_m(engine, "u1")
    engine.handle("u1", "Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun")
    engine.handle("u1", "150 SK")
    engine.handle("u1", "TUSI")
    assert engine.state("u1").prima.step == "M" and engine.state("u1").prima.field == "bobot"
    replies = tap(engine, "u1", engine.handle("u1", "/tetapkan"), "Ya")
    assert "SKP ditetapkan" in said(replies) and "PRIMA saya jeda" in said(replies), said(replies)
    at("2026-01-12T16:10")
    replies = engine.handle("u1", "kemarin lupa: terbit 5 SK pensiun BUP")
    assert "Dicatat" in said(replies) and "Bobot" not in said(replies), said(replies)
    assert engine.state("u1").year.entries[-1].quantity == 5


def test_a_stage_removed_by_its_name_is_removed_and_a_name_no_stage_has_removes_nothing(engine):
    agreed(engine)
    engine.handle("u1", "/rencana")
    plan = next(r for r in engine.state("u1").year.rencana if r.iki == engine.state("u1").skp.iki[0].indikator)
    replies = engine.handle("u1", "hapus tahap rapat persiapan di IKI 1")
    assert "Tahap «Rapat persiapan» tidak ada di rencana aksi IKI 1" in said(replies), said(replies)
    assert "tidak ada yang saya ubah" in said(replies) and "Tahap 0" not in said(replies)
    after = next(r for r in engine.state("u1").year.rencana if r.iki == engine.state("u1").skp.iki[0].indikator)
    assert len(after.stages) == len(plan.stages)
    last = after.stages[-1].name
    replies = engine.handle("u1", f"hapus tahap {last.lower()} di IKI 1")
    kept = next(r for r in engine.state("u1").year.rencana if r.iki == engine.state("u1").skp.iki[0].indikator)
    assert "Rencana aksi diubah" in said(replies) and last not in [s.name for s in kept.stages]


def test_a_stage_change_that_names_no_stage_asks_which_with_the_stages(engine):
    agreed(engine)
    engine.handle("u1", "/rencana")
    replies = engine.handle("u1", "IKI 1 tahapnya udah selesai")
    assert "Tahap mana dari rencana aksi IKI 1?" in said(replies) and "Tahap 0" not in said(replies), said(replies)
    assert "  1. " in said(replies)
    plan = next(r for r in engine.state("u1").year.rencana if r.iki == engine.state("u1").skp.iki[0].indikator)
    assert all(stage.done is None for stage in plan.stages)


def test_a_stage_marked_done_by_its_name(engine, at):
    agreed(engine)
    engine.handle("u1", "/rencana")
    iki = engine.state("u1").skp.iki[0].indikator
    plan = next(r for r in engine.state("u1").year.rencana if r.iki == iki)
    last = plan.stages[-1].name
    at("2026-03-02T10:00")
    replies = engine.handle("u1", f"tahap {last.lower()} IKI 1 sudah selesai")
    done = next(r for r in engine.state("u1").year.rencana if r.iki == iki)
    assert [s.done is not None for s in done.stages] == [False] * (len(done.stages) - 1) + [True], said(replies)


def test_this_months_stages_are_what_the_user_asks_for_and_what_rencana_shows_under_the_year(engine, at):
    # «bulan ini saya harus ngapain aja?» got the whole year's rencana aksi; /rencana did not say what falls now
    agreed(engine)
    tap(engine, "u1", engine.handle("u1", "/rencana"), "Terima")
    at("2026-05-04T09:00")
    replies = engine.handle("u1", "bulan ini saya harus ngapain aja?")
    text = said(replies)
    assert text.startswith("Tahapan bulan Mei:") and "(Jan–Des)" in text, text
    plans = engine.state("u1").year.rencana
    wanted = sum(1 for r in plans for s in r.stages if 5 in s.months)
    month, _, late = text.partition("Terlambat:")
    assert month.count(" tahap ") == wanted and "Rencana aksi (tahapan" not in text
    assert "Jan–Mar" not in month and "TW I" in late and "TW II" not in late  # the first quarter's stages are late
    numbers = [int(m) for m in re.findall(r"IKI (\d+) tahap", month)]
    assert numbers == sorted(numbers)
    shown = said(engine.handle("u1", "/rencana"))
    assert "Rencana aksi (tahapan" in shown and "Tahapan bulan Mei:" in shown
    december = said(engine.handle("u1", "/rencana desember"))  # the month named, not the current one
    assert december.startswith("Tahapan bulan Desember:") and "Terlambat" not in december, december


def test_a_quarters_figure_typed_as_a_fraction_is_stored(engine, at):
    agreed(engine)
    at("2026-04-01T09:00")
    assert "IKI 2 TW I: 96%" in said(engine.handle("u1", "IKI 2: 120/125"))


@pytest.mark.parametrize("text, command", [
    ("hapus IKI 4 aja", "/buang 4"), ("IKI 4 dibuang ya", "/buang 4"), ("tolong hapus IKI 2", "/buang 2"),
    ("IKI 3 targetnya naikin jadi 160 SK ya, ada mutasi pegawai", "/ubah 3 target 160 SK"),
    ("bobot IKI 1 30", "/ubah 1 bobot 30"), ("IKI 3 targetnya 50 aja", "/ubah 3 target 50"),
    ("IKI 2 biarin, ajukan aja", None), ("hapus IKI 4 dan IKI 5", "/buang 4 5"), ("IKI 9 hapus", None),
    ("hapus IKI 2 krn sudah tidak relevan lagi dengan tugas", None),
])
def test_an_skp_change_in_plain_words_as_its_command(text, command):
    from bot.conversation.skp_typed import as_command

    assert as_command(text, 5) == command


def test_an_skp_change_in_plain_words_is_made_with_the_reason_it_gives(engine, at):
    # «IKI 3 targetnya naikin jadi 160 SK ya, ada mutasi pegawai» and «hapus IKI 4 aja» after /tetapkan were refused
    # («Itu perintah untuk SKP Anda … Ubah IKI dengan /ubah N»)
    replies = agreed_then(engine, at, "2026-05-04T09:00", "IKI 3 targetnya naikin jadi 160 SK ya, ada mutasi pegawai")
    state = engine.state("u1")
    assert state.skp.iki[2].target == "160 SK" and "Perubahan SKP dicatat: versi 2" in said(replies), said(replies)
    assert "mutasi" in said(replies).lower() and "Apa alasannya?" not in said(replies)
    at("2026-05-05T09:00")  # another day: another perubahan
    replies = engine.handle("u1", "hapus IKI 1 aja")
    assert "Apa alasannya?" in said(replies)  # no reason given: asked, as after /buang
    assert len(engine.state("u1").skp.iki) == 3


def test_a_target_changed_with_its_reason_after_it_keeps_the_value_only(engine, at):
    # «/ubah 3 target 160 SK, ada mutasi pegawai» stored the target «160 SK, ada mutasi pegawai»
    replies = agreed_then(engine, at, "2026-05-04T09:00", "/ubah 3 target 160 SK, ada mutasi pegawai")
    assert engine.state("u1").skp.iki[2].target == "160 SK" and "versi 2" in said(replies), said(replies)
    engine.handle("u1", "/ubah 2 target 90 krn direktif pimpinan")
    assert engine.state("u1").skp.iki[1].target == "90%"  # a Persentase IKI: the bare 90 is a percentage


def test_an_entry_named_by_its_id_is_the_one_changed(engine, at):
    # «hapus catatan c2» deleted the last entry kept, «catatan c1 pindahin ke IKI 3» relinked c2, and «c1 jumlahnya 15
    # bukan 14» was kept as a new entry
    replies = agreed_then(engine, at, "2026-02-02T15:00", "hari ini verif 14 berkas KP",
                          "kemarin terbit 3 SK pensiun BUP", "hari ini rapat koordinasi jadwal usulan KP",
                          "c1 jumlahnya 15 bukan 14")
    entries = {e.id: e for e in engine.state("u1").year.entries}
    assert "diubah menjadi 15" in said(replies) and len(entries) == 3 and entries["c1"].quantity == 15
    engine.handle("u1", "hapus catatan c2")
    assert sorted(e.id for e in engine.state("u1").year.entries) == ["c1", "c3"]
    engine.handle("u1", "catatan c1 pindahin ke IKI 3")
    entries = {e.id: e for e in engine.state("u1").year.entries}
    numbers = {iki.indikator: i for i, iki in enumerate(engine.state("u1").skp.iki, 1)}
    assert numbers.get(entries["c1"].iki) == 3 and numbers.get(entries["c3"].iki) != 3
    # an entry id deeper in a line of work is no change to that entry
    replies = engine.handle("u1", "hari ini rapat di ruang rapat gedung c3 soal KP")
    assert "Dicatat (c4)" in said(replies), said(replies)


def test_a_ceiling_target_keeps_its_direction_from_the_paste_to_the_export_and_the_quarter_prompt(engine, at):
    replies = engine.handle("u1", "ini SKP saya:\n1. Indeks House Index (HI) jentik di buffer area pelabuhan - <5%\n"
                                  "2. Jumlah kapal yang diperiksa sanitasinya - 1200 kapal")
    tap(engine, "u1", replies, "Simpan")
    assert engine.state("u1").skp.iki[0].target == "< 5%"  # as typed (d11-kkp05), a ceiling all the same
    files = [r.file for r in engine.handle("u1", "/ekspor") if r.file]
    sheet = load_workbook(BytesIO(files[0].data), read_only=True).worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = next(r for r in rows if "Arah target" in r)
    row = next(r for r in rows if "House Index" in str(r[header.index("Indikator")]))
    assert (row[header.index("Target")], row[header.index("Arah target")]) == (5, "≤")
    shown = said(engine.handle("u1", "/capaian"))
    assert "\n   Target ≤ 5%" in shown and "dipantau (nilai tahunan" not in shown  # (/capaian: the ceiling it scores)


def test_an_entry_moved_in_words_takes_the_iki_named_and_the_quantity_typed_beside_it(engine, at):
    # «c1 itu buat iki 1 ya, 6 berkas» was read as a realisasi («TW IV belum berakhir …»), and «…, masukin ke iki 2»
    # beside a figure of its own moved the entry kept last and dropped the figure
    agreed(engine)
    at("2026-02-02T15:00")
    engine.handle("u1", "td rapat koordinasi jadwal usulan KP dgn BKN regional")  # c1
    engine.handle("u1", "kemarin rapat persiapan")  # c2
    replies = engine.handle("u1", "c1 itu buat iki 1 ya, 6 berkas")
    entries = {e.id: e for e in engine.state("u1").year.entries}
    numbers = {iki.indikator: i for i, iki in enumerate(engine.state("u1").skp.iki, 1)}
    assert "dihubungkan ke IKI 1" in said(replies) and "belum berakhir" not in said(replies)
    assert (numbers[entries["c1"].iki], entries["c1"].quantity) == (1, 6)
    engine.handle("u1", "c1 bukan iki 1 tapi iki 3")  # the IKI denied is not the one meant
    assert numbers[{e.id: e for e in engine.state("u1").year.entries}["c1"].iki] == 3
    last = {e.id: e for e in engine.state("u1").year.entries}["c2"]
    replies = engine.handle("u1", "usulan tepat TMT bulan ini 96%, masukin ke iki 2")
    entries = {e.id: e for e in engine.state("u1").year.entries}
    assert entries["c2"] == last  # not moved: the line says more
    # kept as an entry of IKI 2 with its figure, not refused as a realisasi of a quarter not ended
    assert "Nilai: 96%" in said(replies) and (numbers[entries["c3"].iki], entries["c3"].figure) == (2, 96)


def test_an_entry_moved_to_an_iki_named_with_nomor_takes_that_iki(engine, at):
    # «IKI no. 3» names IKI 3 in a move as it does in a logbook line (one pattern for «IKI N»)
    agreed(engine)
    at("2026-02-02T15:00")
    engine.handle("u1", "td rapat koordinasi jadwal usulan KP dgn BKN regional")  # c1
    replies = engine.handle("u1", "c1 masuk IKI no. 3")
    numbers = {iki.indikator: i for i, iki in enumerate(engine.state("u1").skp.iki, 1)}
    assert "dihubungkan ke IKI 3" in said(replies), said(replies)
    assert numbers[{e.id: e for e in engine.state("u1").year.entries}["c1"].iki] == 3


def test_an_unanswered_iki_question_is_asked_again_the_next_day_and_in_the_nudge(engine, at):
    # c1's «IKI mana yang dimaksud?» scrolled away overnight: «1» the next day answered «belum bisa membaca»
    from bot.clock import parse_time

    asked = agreed_then(engine, at, "2026-02-02T15:45", "td rapat koordinasi jadwal usulan KP dgn BKN regional")
    assert "IKI mana yang dimaksud?" in said(asked)
    assert "belum dipilih IKI-nya" not in said(engine.handle("u1", "halo"))  # not again the same day
    engine.handle("u1", "tolong ingetin saya isi logbook tiap hari kerja jam 4 sore")
    at("2026-02-03T16:00")
    nudge = [r for due in engine.tick(parse_time("2026-02-03T16:00")) for r in due.replies]
    assert "c1 (2 Feb" in said(nudge) and any(b.data == "year:link:c1:2" for r in nudge for b in r.buttons)
    at("2026-02-04T08:30")
    again = engine.handle("u1", "halo")
    assert "Catatan c1 (2 Feb: td rapat koordinasi" in said(again) and "IKI mana yang dimaksud?" in said(again)
    assert "IKI 1" in [b.label for b in again[-1].buttons]
    picked = engine.handle("u1", "1")  # typed: the IKI it names (tester14 #9), whatever place its button has
    assert "dihubungkan ke IKI 1" in said(picked)
    assert engine.state("u1").year.entries[0].status.value == "linked"
    assert "belum dipilih" not in said(engine.handle("u1", "halo"))


def test_an_unsure_entry_is_asked_again_a_bounded_number_of_times_then_waits_in_catatan(engine, at):
    from bot import knowledge

    agreed(engine)
    at("2026-02-02T15:45")
    assert "IKI mana yang dimaksud?" in said(engine.handle("u1", "td rapat koordinasi jadwal usulan KP dgn BKN regional"))
    times = knowledge.data("catatan_harian")["pick_again_times"]
    asked = []
    for day in range(3, 3 + times + 2):
        at(f"2026-02-{day:02d}T08:30")
        asked.append("belum dipilih IKI-nya" in said(engine.handle("u1", "halo")))
    assert asked == [True] * times + [False, False]
    assert engine.state("u1").year.entries[0].status.value == "unsure"  # still waiting, in /catatan
    assert "c1" in said(engine.handle("u1", "/catatan"))


@pytest.mark.parametrize("command", ["/ubah", "/bantuan"])
def test_a_commands_reply_stands_alone_and_the_waiting_iki_question_comes_after_it(engine, at, command):
    """year39 #2: c1's «IKI mana?» from yesterday came with /ubah's «Tulis nomor IKI-nya, misalnya /ubah 2», and the
    «3» meant for /ubah picked IKI 3 for c1: a command's reply stands alone, a later turn answers what was said since,
    and the question comes back after it, once."""
    asked = agreed_then(engine, at, "2026-02-02T15:45", "td rapat koordinasi jadwal usulan KP dgn BKN regional")
    assert "IKI mana yang dimaksud?" in said(asked)
    at("2026-02-03T08:30")
    replies = engine.handle("u1", command)
    if command == "/ubah":  # the reason first, then the command's own reply
        replies = tap(engine, "u1", replies, "strategi")
        assert "Tulis nomor IKI-nya" in said(replies)
    assert "belum dipilih IKI-nya" not in said(replies)
    after = engine.handle("u1", "3")
    assert "dihubungkan" not in said(after) and engine.state("u1").year.entries[0].status.value == "unsure"
    assert "belum dipilih IKI-nya" in said(after) and said(after).index("belum dipilih") > 0
    assert "belum dipilih IKI-nya" not in said(engine.handle("u1", "halo"))  # once


def test_a_remark_about_not_logging_is_no_entry_and_a_repeat_is_flagged(engine, at):
    agreed(engine)
    at("2026-02-09T16:05")
    for remark in ("kemaren ga sempet catat, minggu lalu cuti", "kemarin sakit, izin ga masuk",
                   "minggu lalu gak sempet nyatet, banyak lembur"):  # tester17b #9: a reason given is no work either
        replies = engine.handle("u1", remark)
        assert "Dicatat" not in said(replies) and "tidak saya catat sebagai pekerjaan" in said(replies)
    assert engine.state("u1").year.entries == []
    engine.handle("u1", "proses usulan cuti 5 pegawai")  # work about leave is work
    engine.handle("u1", "lembur verif 9 berkas KP")  # and work done overtime
    assert len(engine.state("u1").year.entries) == 2
    first = said(engine.handle("u1", "rapat koordinasi jadwal usulan KP dgn BKN"))
    again = said(engine.handle("u1", "rapat koordinasi jadwal usulan KP dgn BKN"))
    assert "sama dengan" not in first and "sama dengan c3 pada tanggal yang sama" in again and "hapus c4" in again


def test_the_dialog_docx_is_built_from_the_record_of_the_period(engine, at):
    # the DOCX had none of the entries, no realisasi, nothing outside the SKP, and generic «Persiapan: rencana kerja,
    # data dasar …» stages instead of those accepted in /rencana
    from docx import Document

    agreed(engine)
    tap(engine, "u1", engine.handle("u1", "/rencana"), "Terima")
    stage = engine.state("u1").year.rencana[0].stages[0].name
    at("2026-02-10T15:00")
    engine.handle("u1", "hari ini verif 14 berkas KP")
    engine.handle("u1", "kemarin ikut panitia upacara HUT kantor")
    engine.handle("u1", "td rapat koordinasi jadwal usulan KP dgn BKN regional")  # left unpicked
    replies = engine.handle("u1", "/dialog")
    docx = next(r.file for r in replies if r.file)
    document = Document(BytesIO(docx.data))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for row in t.rows for c in row.cells])
    assert "Catatan kinerja periode 1 Januari–10 Februari 2026" in text
    assert "hari ini verif 14 berkas KP" in text and "14 berkas" in text  # done, and the realisasi so far
    assert "kemarin ikut panitia upacara HUT kantor" in text and "Pekerjaan di luar SKP" in text
    assert "td rapat koordinasi jadwal usulan KP dgn BKN regional" in text  # still waiting for its IKI
    assert "Pertanyaan untuk pimpinan" in text and "perlu masuk SKP" in text
    assert stage in text and "Tahapan yang disepakati di /rencana" in text
    assert "Persiapan: rencana kerja, data dasar" not in text


def test_a_bare_choice_typed_first_the_next_day_answers_the_iki_question_left_open(engine, at):
    # tester8: c1 asked «IKI mana?», more work was logged after it; «1» the next day got «belum bisa membaca»
    asked = agreed_then(engine, at, "2026-02-02T15:45", "td rapat koordinasi jadwal usulan KP dgn BKN regional")
    assert "IKI 1" in [b.label for r in asked for b in r.buttons]
    engine.handle("u1", "hari ini verif 14 berkas KP")  # the question scrolls away
    at("2026-02-03T08:30")
    replies = engine.handle("u1", "1")  # the IKI it names (tester14 #9), whatever place its button has
    assert "Untuk catatan c1 (2 Feb" in said(replies) and "dihubungkan ke IKI 1" in said(replies)
    assert "belum bisa membaca" not in said(replies)
    assert engine.state("u1").year.entries[0].status.value == "linked"


def test_a_realisasi_before_any_quarter_ended_or_a_percentage_for_a_count_says_what_is_wrong_and_what_to_type(
        engine, at):
    """Issue 16 (tester): in January «IKI 4: 3%» for a count IKI answered «TW IV belum berakhir (berakhir 31
    Desember)», a quarter the user never named, and a % for a count was kept as «3 berkas» in April."""
    agreed(engine)
    at("2026-01-27T10:00")
    early = said(engine.handle("u1", "IKI 3: 12"))
    assert "TW IV" not in early and "belum ada triwulan 2026 yang berakhir" in early
    assert "TW I diisi setelah 31 Maret 2026" in early and "«/catat selesai 12 SK»" in early
    both = said(engine.handle("u1", "IKI 1: 3%"))
    assert "belum ada triwulan 2026 yang berakhir" in both and "diukur dalam berkas, bukan persen" in both
    at("2026-04-02T10:00")
    counted = said(engine.handle("u1", "IKI 1: 3%"))
    assert "diukur dalam berkas, bukan persen" in counted and "«IKI 1: 3 berkas»" in counted
    assert engine.state("u1").year.realisasi == []
    assert "Disimpan: IKI 1 TW I: 40 berkas" in said(engine.handle("u1", "IKI 1: 40"))
    assert "Disimpan: IKI 2 TW I: 96%" in said(engine.handle("u1", "IKI 2: 96%"))  # a percentage IKI takes its %


def test_an_unclear_line_in_a_logbook_year_offers_to_record_it(engine, at):
    """tester10 #17: «jaga malam» with the SKP set got «itu maksudnya apa? [Periksa sebagai IKI] [Tanya pedoman] [Cari
    indikator Renstra]», with no way to record it."""
    replies = agreed_then(engine, at, "2026-02-10T15:00", "jaga malam")
    assert [b.label for r in replies for b in r.buttons][0] == "Catat sebagai catatan harian"
    tap(engine, "u1", replies, "Catat sebagai")
    assert [e.text for e in engine.state("u1").year.entries] == ["jaga malam"]


def test_eh_salah_with_a_number_puts_right_the_entry_that_counted_it_never_a_new_entry(engine, at):
    # tester11 #6: «eh salah, yg tadi 50 rumah» was kept as a new entry «di luar SKP», the 40 left as it was
    agreed_then(engine, at, "2026-01-13T15:00", "kemarin verif 14 berkas KP")
    told = said(engine.handle("u1", "eh salah, yg tadi 16 berkas"))
    entries = engine.state("u1").year.entries
    assert len(entries) == 1 and entries[0].quantity == 16.0 and "16 berkas" in entries[0].text
    assert "dibetulkan" in told
    # a line of work with «salah» in it is no correction
    engine.handle("u1", "salah 1 berkas KP ditolak BKN")
    entries = engine.state("u1").year.entries
    assert len(entries) == 2 and entries[0].quantity == 16.0 and entries[1].quantity == 1.0


@pytest.mark.parametrize("text", ["eh yg verif kmrn 16 berkas aja", "eh yang verif kemarin 16 aja",
                                  "oh iya yg verif kmrn 16 berkas"])
def test_a_number_said_again_for_work_pointed_back_at_puts_that_entry_right(engine, at, text):
    # link40: «eh yg vaksin tadi 112 aja» names no mistake, but says the count of the work pointed back at again: that
    # entry's count, never a second entry counted beside it
    agreed_then(engine, at, "2026-01-13T15:00", "kemarin verif 14 berkas KP")
    told = said(engine.handle("u1", text))
    entries = engine.state("u1").year.entries
    assert len(entries) == 1 and entries[0].quantity == 16.0 and "16 berkas" in entries[0].text, told
    assert "dibetulkan" in told


def test_an_unsure_entry_names_its_candidate_iki_beside_the_bare_numbered_buttons(engine, at):
    # the buttons read only «IKI 2», «IKI 1», …: without the names a user had to open /skp to answer
    asked = agreed_then(engine, at, "2026-02-02T15:45", "td rapat koordinasi jadwal usulan KP dgn BKN regional")
    skp = engine.state("u1").skp
    entry = engine.state("u1").year.entries[0]
    assert entry.status.value == "unsure" and entry.candidates
    for key in entry.candidates:
        number = next(i + 1 for i, iki in enumerate(skp.iki) if iki.indikator == key)
        assert f"• IKI {number}: {key[:40]}" in said(asked)
    at("2026-02-03T08:30")
    again = said(engine.handle("u1", "halo"))  # asked again the next day: named again
    assert "belum dipilih IKI-nya" in again and f"• IKI {number}: " in again


def test_a_value_not_known_yet_is_answered_and_neither_logged_nor_kept(engine, at):
    # tester11 #16: «IKI 6 blm keluar nilainya» became logbook entry c11; a count's «nyusul» is no zero either
    agreed(engine)
    at("2026-04-01T09:30")
    for text in ("IKI 2 blm keluar nilainya", "IKI 1 nilainya nyusul"):
        told = said(engine.handle("u1", text))
        assert "belum keluar" in told and "Dicatat" not in told, text
    year = engine.state("u1").year
    assert year.entries == [] and year.realisasi == []
    assert "IKI 1 TW I: 0" in said(engine.handle("u1", "IKI 1 belum ada"))  # nothing done yet: zero, as before


def test_an_agreed_skp_is_exported_as_one_not_as_a_draft(engine, at):
    """tester12 #10: after /tetapkan the reply with the file still said «Draf SKP» (the name: tests/test_export.py)."""
    replies = engine.handle("u1", f"ini SKP saya:\n{SKP}")
    tap(engine, "u1", replies, "Simpan semua")
    assert "Draf SKP:" in said(engine.handle("u1", "/ekspor"))
    replies = engine.handle("u1", "/tetapkan")
    tap(engine, "u1", replies, "Ya")
    after = said(engine.handle("u1", "/ekspor"))
    assert "SKP Anda (Status SKP: ditetapkan, versi 1, 5 Januari 2026): 3 IKI" in after and "Draf SKP" not in after
    shown = said(engine.handle("u1", "/skp"))  # /skp names it alike
    assert "SKP Anda (Status SKP: ditetapkan, versi 1, 5 Januari 2026):" in shown and "Draf SKP Anda" not in shown


def test_a_correction_naming_the_old_number_puts_right_the_entry_that_held_it_or_asks(engine, at):
    # tester12 #2: «eh salah, yg ANC tadi harusnya 10 bumil bukan 9» rewrote the later entry that said 12 bumil and
    # left the one that said 9
    agreed_then(engine, at, "2026-02-20T15:00", "hari ini verif 9 berkas KP", "11/2 verif 12 berkas pensiun")
    told = said(engine.handle("u1", "eh salah, yg KP tadi harusnya 10 berkas bukan 9"))
    texts = {e.id: e.text for e in engine.state("u1").year.entries}
    assert texts == {"c1": "hari ini verif 10 berkas KP", "c2": "11/2 verif 12 berkas pensiun"}
    assert "c1" in told and "dibetulkan" in told
    # two entries hold the old number and the words name neither: asked, none changed until one is picked
    engine.handle("u1", "tgl 5 verif 7 berkas KP")
    engine.handle("u1", "tgl 6 verif 7 berkas pensiun")
    asked = engine.handle("u1", "eh salah harusnya 8 berkas bukan 7")
    assert "yang mana" in said(asked)
    assert [e.text for e in engine.state("u1").year.entries][2:] == ["tgl 5 verif 7 berkas KP",
                                                                     "tgl 6 verif 7 berkas pensiun"]
    assert "dibetulkan" in said(tap(engine, "u1", asked, "c4"))
    assert [e.text for e in engine.state("u1").year.entries][2:] == ["tgl 5 verif 7 berkas KP",
                                                                     "tgl 6 verif 8 berkas pensiun"]
    # an old number no recent entry holds: nothing changed, and the user is told how to fix one by its number
    nothing = said(engine.handle("u1", "eh salah harusnya 30 berkas bukan 40"))
    assert "belum ada yang saya ubah" in nothing and len(engine.state("u1").year.entries) == 4


def test_a_new_number_set_against_the_old_one_an_entry_holds_corrects_it_without_an_opener(engine, at):
    # a played quarter (instalasi gizi): «eh yg konseling kemarin itu 6 pasien bukan 5» was kept as a new entry
    agreed_then(engine, at, "2026-02-20T15:00", "hari ini verif 9 berkas KP", "rapat koordinasi kenaikan pangkat")
    told = said(engine.handle("u1", "eh yg verif tadi itu 10 berkas bukan 9"))
    assert "dibetulkan" in told and "Dicatat" not in told
    assert [e.text for e in engine.state("u1").year.entries] == ["hari ini verif 10 berkas KP",
                                                                 "rapat koordinasi kenaikan pangkat"]
    # no entry holds the old number: a line of work as any other
    assert "Dicatat" in said(engine.handle("u1", "verif 4 berkas bukan 3 berkas pensiun"))


def test_catatan_counts_every_week_without_entries_and_a_month_names_its_own(engine, at):
    # a played quarter (instalasi gizi): six quiet weeks were shown as the last four, the first two hidden
    agreed(engine)
    for day in ("2026-01-05", "2026-01-19", "2026-02-02", "2026-02-16", "2026-03-02", "2026-03-16", "2026-03-30"):
        at(f"{day}T15:00")
        engine.handle("u1", "hari ini verif 9 berkas KP")
    at("2026-04-20T10:00")
    shown = said(engine.handle("u1", "/catatan"))
    # quiet: 12/01, 26/01, 09/02, 23/02, 09/03, 23/03, 06/04, 13/04 (eight weeks)
    assert "8 minggu" in shown and "12 Jan" not in shown and "13 Apr" in shown
    february = said(engine.handle("u1", "/catatan februari"))
    assert "Minggu tanpa catatan: 9 Feb, 23 Feb" in february


def test_a_question_about_one_iki_s_progress_shows_its_capaian_not_its_rule_check(engine, at):
    # a played quarter (instalasi gizi): «IKI 3 berapa sih capaiannya sekarang?» showed the rule check of IKI 3
    agreed_then(engine, at, "2026-02-20T15:00", "hari ini verif 9 berkas KP")
    shown = said(engine.handle("u1", "IKI 1 berapa sih capaiannya sekarang?"))
    assert shown.startswith("Capaian:") and "realisasi 9" in shown
    assert "di draf Anda" not in shown and "\n2. " not in shown  # that IKI only


def test_a_realisasi_put_right_in_words_is_kept_as_the_realisasi(engine, at):
    # tester12 #5: «realisasi TW I IKI 4 harusnya 80 persen» was read as a correction of the last logbook entry, which
    # was shown back («Catatan terakhir: c14 …») and nothing changed
    agreed_then(engine, at, "2026-03-10T10:00", "hari ini verif 9 berkas KP", "2026-04-08T10:00")
    assert "IKI 2 TW I: 80%" in said(engine.handle("u1", "realisasi TW I IKI 2 harusnya 80 persen"))
    assert "IKI 2 TW I: 85%" in said(engine.handle("u1", "IKI 2 TW I harusnya 85%"))
    assert [(r.quarter, r.value) for r in engine.state("u1").year.realisasi] == [(1, 85.0)]
    # a correction that moves an entry to an IKI is still one
    assert "dihubungkan ke IKI 3" in said(engine.handle("u1", "yg tadi harusnya IKI 3"))


def test_weights_put_right_by_words_of_each_iki_are_weight_edits(engine):
    # tester12 #9: «kak salah, yg SPM itu harusnya 40 aja, yg BMN 50» went to the logbook: «Belum ada catatan harian
    # untuk diubah»
    tap(engine, "u1", engine.handle("u1", f"ini SKP saya:\n{SKP}"), "Simpan semua")
    for command in ("/ubah 1 bobot 40", "/ubah 2 bobot 30", "/ubah 3 bobot 30"):
        engine.handle("u1", command)
    reply = said(engine.handle("u1", "kak salah, yg TMT periode itu harusnya 40 aja, yg berkas KP 30"))
    assert "catatan harian" not in reply
    assert [i.bobot for i in engine.state("u1").skp.iki] == [30.0, 40.0, 30.0]
    # a word in two IKI: asked which, nothing changed
    asked = said(engine.handle("u1", "eh salah, yg TMT harusnya 20"))
    assert "beberapa IKI" in asked and [i.bobot for i in engine.state("u1").skp.iki] == [30.0, 40.0, 30.0]


def test_a_typed_ya_under_tetapkan_sets_the_skp_while_prima_is_open_beneath(engine):
    """tester12 #1: «/tetapkan» then «ya» mid-PRIMA got «Siap.» and the SKP stayed a draft: the question on screen
    (its latest buttons) owns a yes/no, whatever flow waits beneath it; PRIMA's own question stays open."""
    replies = engine.handle("u1", f"ini SKP saya:\n{SKP}")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Simpan semua" in b.label))
    engine.press("u1", "fill:cancel")  # the fields asked after saving: later
    prima_at_step_m(engine, "u1")
    assert "Tetapkan SKP ini (3 IKI)" in said(engine.handle("u1", "/tetapkan"))
    assert "SKP ditetapkan (versi 1, " in said(engine.handle("u1", "ya"))
    assert engine.state("u1").prima.step == "M"
    engine.handle("u1", "/tetapkan")
    assert "SKP ditetapkan" not in said(engine.handle("u1", "gak"))


def test_a_typed_ya_under_tetapkan_is_not_taken_by_the_open_fields_reminder_below_it(engine):
    """The field «Simpan ke draf» asks (jenis, its buttons choice-only) is named again under «Tetapkan SKP ini?
    [Ya, tetapkan | Batal]»: «ya» took the jenis suggestion and the SKP stayed a draft. The reminder below never takes
    the yes from the question above it."""
    replies = engine.handle("u1", f"ini SKP saya:\n{SKP}")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Simpan semua" in b.label))
    assert engine.state("u1").fill.field == "jenis"
    assert "Tetapkan SKP ini (3 IKI)" in said(engine.handle("u1", "/tetapkan"))
    assert "SKP ditetapkan (versi 1, " in said(engine.handle("u1", "ya"))
    assert engine.state("u1").skp.iki[0].jenis is None


def test_how_the_day_felt_is_no_logbook_entry_but_can_be_kept_on_request(engine):
    agreed(engine)
    replies = engine.handle("u1", "hari ini capek bgt pasien penuh")
    assert not engine.state("u1").year.entries and "tidak saya catat" in said(replies)
    assert tap(engine, "u1", replies, "Catat sebagai catatan harian") and engine.state("u1").year.entries
    engine.handle("u1", "capek bgt, hari ini verifikasi 12 berkas KP")  # work done beside the feeling: an entry
    assert len(engine.state("u1").year.entries) == 2


@pytest.mark.parametrize("typed", ["c1 di luar SKP", "c1 bukan SKP", "c1 lepasin", "c1 lepas dari IKI ya"])
def test_an_entry_said_outside_the_skp_is_unlinked_and_the_next_file_goes_to_it(engine, at, typed):
    # tester13 #6: «c7 di luar SKP» was kept as a new entry c10 «c7 di luar SKP», and the file sent next went to it
    agreed_then(engine, at, "2026-01-13T09:00", "verif 14 berkas KP", "2026-01-13T15:00",
                "terbit 4 SK pensiun BUP TMT maret")
    replies = engine.handle("u1", typed)
    entries = engine.state("u1").year.entries
    assert len(entries) == 2 and "dicatat di luar SKP" in said(replies)
    assert (entries[0].status.value, entries[0].quantity) == ("outside", None)
    replies = engine.evidence("u1", evidence_item("document", name="daftar.pdf", file_id="f1"))
    assert "dilampirkan ke catatan c1" in said(replies)


def test_the_buttons_of_the_last_message_still_work_by_number_when_the_chat_reopens(engine, at, tmp_path):
    # tester13 #13: «#1» typed right after reopening the terminal got «pesan terakhir saya tidak punya tombol nomor 1»
    # although the last message shown had [#1] Terima; the rencana aksi stayed «(usulan)» for weeks
    from io import StringIO

    from bot.chat import run

    agreed(engine)
    assert "Terima" in [b.label for r in engine.handle("u1", "/rencana") for b in r.buttons]
    reopened = Engine(engine._store)
    out = StringIO()
    run(reopened, StringIO("#1\n"), out, user="u1")
    assert "[#1] Terima" in out.getvalue() and "tidak punya tombol" not in out.getvalue()
    assert all(r.accepted for r in reopened.state("u1").year.rencana)
    # typed to the engine itself (no terminal in between), «#1» presses the last message's first button too
    engine.handle("u1", "kemarin verif 14 berkas KP")
    assert "dihubungkan ke IKI 2" in said(engine.handle("u1", "#2"))


def test_a_bare_number_set_against_the_old_one_corrects_the_entry_that_held_it(engine, at):
    # tester14 #1: «yg kemarin itu 8 bukan 6» (no noun) was kept as a new entry «di luar SKP»
    agreed_then(engine, at, "2026-02-20T15:00", "kemarin verif 6 berkas KP")
    told = said(engine.handle("u1", "yg kemarin itu 8 bukan 6"))
    assert "dibetulkan" in told and "Dicatat" not in told
    assert [e.text for e in engine.state("u1").year.entries] == ["kemarin verif 8 berkas KP"]


def test_bukan_x_tapi_y_corrects_the_latest_entry_holding_x_never_keeps_a_new_one(engine, at):
    # tester17b #9: «bukan 14 tapi 13» after «… 15 rm, lengkap 14» and «ikut apel pagi» was kept as c14 «di luar SKP»
    agreed_then(engine, at, "2026-02-20T15:00", "cek 15 usulan KP, ditetapkan tepat TMT 14", "ikut apel pagi")
    told = said(engine.handle("u1", "bukan 14 tapi 13"))
    assert "Catatan c1 (20 Feb) dibetulkan" in told and "Dicatat" not in told
    told = said(engine.handle("u1", "eh salah, bukan 99 tapi 98"))
    assert "Tidak ada catatan terbaru yang mencatat angka 99" in told and "Dicatat" not in told
    assert [e.text for e in engine.state("u1").year.entries] == ["cek 15 usulan KP, ditetapkan tepat TMT 13",
                                                                 "ikut apel pagi"]


def test_an_entry_id_that_does_not_exist_is_said_never_kept_as_an_entry(engine, at):
    # tester14 #1: «c15 di luar SKP» with no c15 was kept as a new entry «c15 di luar SKP · Di luar SKP.»
    agreed_then(engine, at, "2026-02-20T15:00", "hari ini verif 9 berkas KP")
    told = said(engine.handle("u1", "c15 di luar SKP"))
    assert "Catatan c15 tidak ada" in told and len(engine.state("u1").year.entries) == 1


def test_a_reminder_label_typed_presses_it_never_kept_as_an_entry(engine, at):
    # tester14 #1: «isi realisasi TW I» (the TW I reminder's button label) typed was kept as an entry «di luar SKP»
    agreed(engine)
    at("2026-04-02T09:00")
    told = said(engine.handle("u1", "isi realisasi TW I"))
    assert "Tulis realisasi TW I per IKI" in told and not engine.state("u1").year.entries
    assert engine.state("u1").year_ask.kind == "realisasi"
    assert "Agenda dialog kinerja" in said(engine.handle("u1", "lihat agenda dialog"))
    assert not engine.state("u1").year.entries


def test_done_work_repeating_a_pasted_lines_words_is_logged_not_shown_as_that_line(engine, at):
    # tester14 #5: «td tindak lanjut …: 3 kab/kota sdh perbaiki …» showed line 3 of January's paste («Simpan ke draf
    # SKP?») and the work was not logged
    agreed(engine)
    at("2026-02-20T15:00")
    told = said(engine.handle("u1", "td cek usulan kenaikan pangkat periode TMT: 3 berkas sdh perbaiki"))
    assert "Dicatat" in told and "Simpan ke draf" not in told


def test_a_fall_against_a_zero_incident_target_is_behind_in_capaian(engine, at):
    # tester17b #3: one fall against «0 kejadian» read as over-achievement (capaian 155,6%, nothing behind)
    replies = engine.handle("u1", f"ini SKP saya:\n{SKP}\n4. Jumlah kejadian pasien jatuh di ruang rawat inap - 0 kejadian")
    tap(engine, "u1", replies, "Simpan semua")
    tap(engine, "u1", engine.handle("u1", "/tetapkan"), "Ya")
    at("2026-04-02T09:00")
    engine.handle("u1", "IKI 4: 1 kejadian")
    shown = said(engine.handle("u1", "/capaian"))
    assert "rencana 0 kejadian · realisasi 1 kejadian · capaian 0%" in shown and "IKI 4" in shown.split("Capaian")[-1]


@pytest.mark.parametrize("answer", ["ok", "lanjut", "/capaian"])
def test_a_perubahan_answered_with_no_explanation_is_recorded_tanpa_keterangan_never_with_the_command(engine, at,
                                                                                                      answer):
    # year18 #5: «/ubah 3 target 160» then the reason's button kept «/ubah 3 target 160» as the version's explanation,
    # and «ok» under «Tulis penjelasan singkatnya» left nothing said
    replies = agreed_then(engine, at, "2026-03-02T09:00", "/ubah 3 target 160")
    assert "Tulis penjelasan singkatnya" in said(tap(engine, "u1", replies, "strategi"))
    replies = engine.handle("u1", answer)
    if not answer.startswith("/"):
        assert said(replies) == "Baik, versi 2 dicatat tanpa keterangan."
    versions = engine.state("u1").year.versions
    assert [(v.number, v.reason, v.note) for v in versions][1:] == [(2, "strategi", "")]
    assert "Versi 2 · 2 Maret 2026 · Perubahan strategi organisasi — tanpa keterangan · 3 IKI" \
        in said(engine.handle("u1", "/skp versi"))


def test_an_iki_saved_after_tetapkan_is_said_to_be_in_a_perubahan_with_its_version_never_in_the_draft(engine, at):
    # year18 #4: after /tetapkan «Tersimpan ke draf sebagai IKI ke-4 … Draf Anda kini 4 IKI» hid the perubahan SKP
    replies = agreed_then(engine, at, "2026-03-02T09:00", "Persentase SK pensiun yang diserahkan tepat waktu - 90%")
    assert "Masuk perubahan SKP versi 2 sebagai IKI ke-4" in said(replies) and "SKP Anda kini 4 IKI" in said(replies)
    assert "draf" not in said(replies).lower()
    assert "versi 2" in said(tap(engine, "u1", replies, "strategi"))
    # the same day's next IKI, saved with the button after /cek, joins that version once its reason is confirmed
    # (tester48 P2-2); its offer names no version, since «Alasan lain» would start the next (rhk51)
    replies = engine.handle("u1", "/cek Persentase usulan pensiun yang diverifikasi tepat waktu")
    assert "Simpan ke SKP sebagai perubahan SKP?" in said(replies)
    replies = tap(engine, "u1", replies, "Simpan")
    assert "Masuk perubahan SKP sebagai IKI ke-5" in said(replies) and "draf" not in said(replies).lower()
    assert "sama (Perubahan strategi organisasi)?" in said(replies)
    assert "perubahan SKP yang sama: versi 2" in said(tap(engine, "u1", replies, "Sama"))
    assert [len(v.skp.iki) for v in engine.state("u1").year.versions] == [3, 5]


def test_a_figure_asked_about_is_belum_pasti_until_answered_and_said_kept_when_left_unanswered(engine, at):
    # year18 #1 (tester17b #1): the guess (TW II alone) was saved as settled before the answer, shown in /capaian as
    # any other figure, and when the question was left unanswered nothing said what had been kept
    replies = agreed_then(engine, at, "2026-04-01T09:00", "IKI 3: 40 SK", "2026-07-01T09:00", "IKI 3 = 50")
    assert "Disimpan: IKI 3" not in said(replies) and "belum pasti" in said(replies)
    figure = lambda: next(r for r in engine.state("u1").year.realisasi if r.quarter == 2)  # noqa: E731
    assert figure().asked and figure().value == 50
    assert "realisasi 50 SK (kumulatif 90) (belum pasti: TW II saja, atau total sejak Januari?)" \
        in said(engine.handle("u1", "/capaian"))
    # left unanswered: nothing typed is lost, and the reply says what was kept and how to say it was a total
    replies = engine.handle("u1", "hari ini verif 12 berkas KP")
    assert "IKI 3: 50 SK tetap tersimpan sebagai angka TW II saja" in said(replies)
    assert "«IKI 3 total sejak januari 50»" in said(replies) and "Dicatat" in said(replies)
    assert (figure().value, figure().asked) == (50.0, False) and engine.state("u1").year_ask is None
    assert "belum pasti" not in said(engine.handle("u1", "/capaian"))
    # answered, the answer decides: the quarter's alone is settled, a total keeps what is new since TW I
    engine.handle("u1", "IKI 3 = 50")
    engine.handle("u1", "itu TW 2 aja")
    assert (figure().value, figure().asked) == (50.0, False)
    engine.handle("u1", "IKI 3 = 65")
    engine.handle("u1", "itu kumulatif")
    assert (figure().value, figure().asked) == (25.0, False)


@pytest.mark.parametrize("again, kept, told", [
    ("IKI 3 TW II: 45", 45.0, "Baik, IKI 3: 45 SK untuk TW II saja; kumulatif sejak Januari 85 SK"),
    ("iki 3 tw 2 = 45", 45.0, "Baik, IKI 3: 45 SK untuk TW II saja"),
    ("IKI 3 TW II: 60", 60.0, "IKI 3 TW II: 60 SK"),
    ("IKI 3: 55 SK", 55.0, "IKI 3 TW II: 55 SK"),
    ("IKI 3 kumulatif 90", 50.0, "Disimpan: IKI 3 TW II: 50 SK"),
])
def test_the_asked_ikis_figure_typed_again_is_said_alone(engine, at, again, kept, told):
    # year40 #3: «IKI 3 TW II: 45» under «IKI 3: 45 itu angka TW II saja, atau total …?» was answered with «IKI 3: 45
    # SK tetap tersimpan sebagai angka TW II saja …» first, a leftover of the question this message settles or replaces
    agreed_then(engine, at, "2026-04-01T09:00", "IKI 3: 40 SK", "2026-07-01T09:00", "IKI 3: 45")
    text = said(engine.handle("u1", again))
    assert "tetap tersimpan" not in text and told in text, text
    assert next(r.value for r in engine.state("u1").year.realisasi if r.quarter == 2) == kept


def test_quarterly_targets_agreed_for_a_zero_target_give_way_when_the_target_changes(engine, at):
    # year18 #2: «0 kejadian» with quarterly targets «0 0 0 0», then target 2 kejadian: /capaian still planned 0
    replies = engine.handle("u1", f"ini SKP saya:\n{SKP}\n4. Jumlah kejadian pasien jatuh di ruang rawat inap - 0 kejadian")
    tap(engine, "u1", replies, "Simpan semua")
    engine.handle("u1", "/ubah 4 triwulan 0 0 0 0")
    tap(engine, "u1", engine.handle("u1", "/tetapkan"), "Ya")
    at("2026-02-02T09:00")
    replies = tap(engine, "u1", engine.handle("u1", "/ubah 4 target 2 kejadian"), "strategi")
    assert "IKI 4: target per triwulan 0 · 0 · 0 · 0 disepakati untuk target 0 kejadian" in said(replies)
    assert engine.state("u1").skp.iki[3].target_triwulan is None
    assert "TW I: rencana ≤ 2 kejadian" in said(engine.handle("u1", "/capaian"))
    # quarterly targets changed with the target stay as typed
    tap(engine, "u1", engine.handle("u1", "/ubah 4 triwulan 2 2 1 1"), "Sama")  # the same day: joins that perubahan
    assert engine.state("u1").skp.iki[3].target_triwulan == ["2", "2", "1", "1"]
def test_a_figure_typed_under_the_quarters_prompt_is_that_quarters_realisasi_of_the_iki_it_names(engine, at):
    """tester18 #3: «87 dr 92 sinyal» under «Tulis realisasi TW I per IKI» (pressed on 1 April) was a logbook entry
    of 1 April counted into TW II, and TW I stayed empty."""
    from bot.year.capaian import typed

    agreed(engine)
    at("2026-04-01T09:00")
    assert "Tulis realisasi TW I" in said(engine.press("u1", "year:realisasi:1"))
    assert "IKI 1 TW I: 140" in said(engine.handle("u1", "140 berkas"))  # the IKI its words name
    assert "Realisasi TW I:" in said(engine.press("u1", "year:realisasi:stop"))  # the one-at-a-time walk closed
    asked = engine.handle("u1", "38 dr 40")  # names no IKI, two still wait: asked, the figure kept for the tap
    assert "realisasi TW I untuk IKI mana?" in said(asked) and [b.label for r in asked for b in r.buttons] == [
        "IKI 2", "IKI 3"]
    assert "IKI 2 TW I: 95%" in said(tap(engine, "u1", asked, "IKI 2"))
    assert "IKI 3 TW I: 12" in said(engine.handle("u1", "12"))  # the one IKI still waiting
    year, skp = engine.state("u1").year, engine.state("u1").skp
    assert not year.entries and [typed(year, iki.indikator, 1).value for iki in skp.iki] == [140, 95, 12]
    assert [typed(year, iki.indikator, 2) for iki in skp.iki] == [None] * 3
    assert "Dicatat (c1)" in said(engine.handle("u1", "verifikasi 20 berkas KP"))  # work is still work


def test_a_percent_under_which_iki_is_a_figure_never_a_button_place(engine, at):
    # «92%» right after «realisasi TW I untuk IKI mana? [IKI 1|IKI 2|IKI 3]» was told «nomor 92 tidak ada»: a
    # percent is never a place number, so it is the quarter's figure of the one IKI it can be
    from bot.conversation.choices import place_named, typed_choice

    agreed(engine)
    at("2026-04-01T09:00")
    engine.press("u1", "year:realisasi:1")
    engine.press("u1", "year:realisasi:stop")  # no IKI asked any more: a bare figure's IKI is asked
    assert "untuk IKI mana?" in said(engine.handle("u1", "38 dr 40"))
    assert "IKI 2 TW I: 92%" in said(engine.handle("u1", "92%"))
    assert [r.value for r in engine.state("u1").year.realisasi] == [92]
    labels = ["IKI 1", "IKI 2", "IKI 3"]
    assert [typed_choice(t, labels) for t in ("2%", "3 persen", "2", "no 3")] == [None, None, 1, 2]
    assert [place_named(t) for t in ("92%", "2 persen", "2")] == [None, None, 2]


def test_weeks_after_the_prompt_a_bare_count_is_the_days_work_again(engine, at):
    agreed(engine)
    at("2026-04-01T09:00")
    engine.press("u1", "year:realisasi:1")
    at("2026-05-12T10:00")
    assert "Dicatat (c1)" in said(engine.handle("u1", "25 berkas"))
    assert engine.state("u1").year.entries[0].day.isoformat() == "2026-05-12"


def test_an_skp_agreed_in_july_keeps_calendar_quarters_and_asks_nothing_of_the_ones_before_it(engine, at):
    # tester19 #1: agreed on 1 July, the bot asked for «TW II» at once, /rencana called Jul–Agu «TW I», and /capaian,
    # the SKP sheet and the Rencana Aksi sheet each told another trajectory
    at("2026-07-01T09:00")
    replies = engine.handle("u1", f"ini SKP saya:\n{SKP}")
    tap(engine, "u1", replies, "Simpan semua")
    shown = said(tap(engine, "u1", engine.handle("u1", "/tetapkan"), "Ya"))
    assert "SKP ditetapkan" in shown and "sudah berakhir" not in shown
    replies = engine.handle("u1", "/rencana")
    plan = said(replies)
    assert "TW III (Jul–Sep) · 300 berkas" in plan and "TW IV (Okt–Des) · 300 berkas" in plan
    assert "TW I " not in plan and "TW II " not in plan
    tap(engine, "u1", replies, "Terima")
    at("2026-10-01T09:00")
    capaian = said(engine.handle("u1", "/capaian"))
    assert "TW III: rencana 300 berkas" in capaian and "TW IV: rencana 600 berkas" in capaian
    assert "TW II: sebelum SKP ditetapkan (1 Juli 2026)" in capaian and "TW II belum diisi" not in capaian
    files = [r.file for r in engine.handle("u1", "/ekspor") if r.file]
    book = load_workbook(BytesIO(files[0].data), read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    head = next(i for i, row in enumerate(rows) if row and "Target TW I" in row)
    columns = [rows[head].index(f"Target TW {q}") for q in ("I", "II", "III", "IV")]
    assert [rows[head + 1][c] for c in columns] == ["-", "-", 300, 600]
    tw = [row for row in book["Realisasi per TW"].iter_rows(min_row=2, values_only=True) if row[0].startswith("IKI 1:")]
    assert [row[4] for row in tw][2:] == ["300 berkas (kumulatif)", "600 berkas (selesai)"]


KAPAL = "Jumlah kapal yang diperiksa sanitasinya dan diterbitkan SSCEC - 240 kapal"


def _kapal_skp(engine, at) -> None:
    at("2026-07-01T09:00")
    tap(engine, "u1", engine.handle("u1", f"ini SKP saya:\n1. {KAPAL}\n2. Jumlah sampel air bersih kapal yang diperiksa lab - 120 sampel"), "Simpan")
    tap(engine, "u1", engine.handle("u1", "/tetapkan"), "Ya")


def test_a_corrected_count_corrects_the_entry_text_and_its_quantity(engine, at):
    # tester19 #2: «bukan 35 tapi 53» changed the text only, and «35 kapal» had not been counted at all
    _kapal_skp(engine, at)
    at("2026-07-20T16:00")
    assert "Jumlah: 35" in said(engine.handle("u1", "periksa sanitasi 35 kapal"))
    assert "dibetulkan: periksa sanitasi 53 kapal" in said(engine.handle("u1", "bukan 35 tapi 53"))
    assert [e.quantity for e in engine.state("u1").year.entries] == [53]


def test_an_entry_of_a_count_iki_with_no_readable_count_asks_for_it(engine, at):
    # tester19 #2: an entry linked to «Jumlah kapal …» with no count read was counted as nothing, silently
    _kapal_skp(engine, at)
    at("2026-07-20T16:00")
    shown = said(engine.handle("u1", "periksa sanitasi kapal MV Sinar Jaya, SSCEC terbit"))
    assert "IKI 1" in shown and "Jumlahnya berapa?" in shown and "balas angkanya saja" in shown


def test_a_count_asked_of_an_entry_is_answered_by_a_number_alone(engine, at):
    # «verifikasi berkas usulan KP» toward «Jumlah berkas …» counted nothing: the count is asked in one short question,
    # the entry kept, and «12» next is its count (it was «Angka 12 saja belum jelas untuk apa»)
    agreed_then(engine, at, "2026-04-01T09:00")
    shown = said(engine.handle("u1", "verifikasi berkas usulan KP"))
    assert "Dicatat (c1)" in shown and "Jumlahnya berapa?" in shown
    assert "Jumlah catatan c1 (1 Apr): 12, dihitung untuk IKI 1." in said(engine.handle("u1", "12"))
    engine.handle("u1", "cek berkas usulan KP dari biro")
    assert "c2 (1 Apr): 7" in said(engine.handle("u1", "jumlahnya 7 berkas"))
    assert [e.quantity for e in engine.state("u1").year.entries] == [12, 7]
    # asked once: a number a turn later is no count of it (a look-up such as /capaian keeps it: tester54 F10)
    engine.handle("u1", "periksa berkas usulan KP")
    engine.handle("u1", "makasih ya")
    assert "belum jelas" in said(engine.handle("u1", "9"))
    assert engine.state("u1").year.entries[-1].quantity is None


def test_an_entry_picked_for_a_count_iki_with_no_count_read_asks_for_it(engine, at):
    # an unsure entry picked by its button toward a count IKI was linked with nothing counted, silently
    replies = agreed_then(engine, at, "2026-04-01T09:00", "cek ulang berkas KP yg tepat TMT")
    assert "IKI mana yang dimaksud?" in said(replies)
    shown = said(tap(engine, "u1", replies, "IKI 1"))
    assert "dihubungkan ke IKI 1" in shown and "Jumlahnya berapa?" in shown
    assert "dihitung untuk IKI 1" in said(engine.handle("u1", "4"))
    assert engine.state("u1").year.entries[0].quantity == 4


def test_a_reminder_time_said_in_wita_is_set_in_wib_and_the_zone_alone_is_no_entry(engine, at):
    # tester19 #12: «pake WITA ya» was logged as done work and «jam 4 sore WITA» kept as 16:00 WIB, an hour late
    agreed(engine)
    at("2026-07-21T09:40")
    shown = said(engine.handle("u1", "sy di KKP Makassar, pake WITA ya"))
    assert "Dicatat" not in shown and "Pengingat memakai jam WIB" in shown
    assert engine.state("u1").year.entries == []
    shown = said(engine.handle("u1", "ingetin catatan tiap hr kerja jam 4 sore WITA"))
    assert "jam 15:00 WIB" in shown and "WITA = WIB + 1 jam" in shown
    assert "Dicatat" in said(engine.handle("u1", "rapat koordinasi KP jam 10 WITA dgn BKN"))  # work at a time stays work


def test_the_versi_skp_sheet_writes_every_version_s_target_with_its_unit(engine, at):
    # tester19 #20: version 1 said «600 berkas», version 2 (after «/ubah 1 target 400») a bare «400»
    agreed(engine)
    tap(engine, "u1", engine.handle("u1", "/rencana"), "Terima")  # the year's sheets come with the year's records
    at("2026-07-06T10:00")
    tap(engine, "u1", engine.handle("u1", "/ubah 1 target 400"), "direktif pimpinan")
    files = [r.file for r in engine.handle("u1", "/ekspor") if r.file]
    rows = list(load_workbook(BytesIO(files[0].data), read_only=True)["Versi SKP"].iter_rows(min_row=2, values_only=True))
    assert [row[6] for row in rows if row[4] == 1] == ["600 berkas", "400 berkas"]


@pytest.mark.parametrize("asked", ["mau lapor realisasi TW 1", "isi realisasi tw I dong", "realisasi TW I",
                                   "realisasinya tw 1 dong"])
def test_asking_in_words_to_report_a_quarters_realisasi_opens_it_never_a_logbook_plan(engine, at, asked):
    """tester22a #14: «mau lapor realisasi TW 1» got «Itu rencana, jadi belum saya catat …»; «realisasi TW I» alone got
    «itu maksudnya apa?» (year38, found playing)."""
    replies = agreed_then(engine, at, "2026-04-02T09:00", asked)
    text = said(replies)
    assert "Tulis realisasi TW I per IKI" in text and "rencana" not in text.lower()
    assert not engine.state("u1").year.entries


@pytest.mark.parametrize("command", ["/tetapkan", "/capaian", "/rencana"])
def test_a_year_command_right_after_a_paste_offers_the_pasted_list_to_save_first(engine, command):
    engine.handle("u1", f"ini SKP saya:\n{SKP}")  # pasted, not saved yet
    replies = engine.handle("u1", command)
    text = said(replies)
    assert "tempel daftar IKI Anda" not in text  # never asked to paste the list just pasted
    assert "Daftar 3 IKI yang Anda tempel masih tersimpan" in text and f"ketik {command} lagi" in text
    tap(engine, "u1", replies, "Simpan")  # the list's own button saves it from there
    assert len(engine.state("u1").skp.iki) >= 1


def test_a_figure_naming_an_earlier_month_counts_for_that_months_quarter(engine, at):
    # «… bulan september 96%» typed on 5 October is September's figure: TW III's realisasi, never TW IV's (which left
    # TW III «belum diisi» and judged the IKI on TW I's older figure)
    replies = agreed_then(engine, at, "2026-10-05T09:00", "usulan KP tepat TMT bulan september 96%")
    assert "Nilai: 96%" in said(replies) and "realisasi TW III, bulan September," in said(replies)
    found = capaian_all(engine.state("u1").skp, engine.state("u1").year, date(2026, 10, 5))[1]
    assert [f.value for f in found.quarters] == [None, None, 96, None]
    # a figure of its own month, or a day and month written together, stays the quarter of its day
    replies = engine.handle("u1", "usulan KP tepat TMT bulan oktober 97%")
    assert "realisasi triwulan ini" in said(replies)
    found = capaian_all(engine.state("u1").skp, engine.state("u1").year, date(2026, 10, 5))[1]
    assert [f.value for f in found.quarters] == [None, None, 96, 97]


def test_a_bare_quarter_figure_goes_to_the_one_waiting_iki_it_can_be(engine, at):
    # «88» under «Isi realisasi TW I» with a 90% IKI and a 12-dokumen IKI waiting was asked «untuk IKI mana?»: a
    # percentage is only a percentage IKI's, a number above a count's whole-year target never its quarter's
    agreed_then(engine, at, "2026-04-01T08:00", "isi realisasi tw 1")
    assert "IKI 2 TW I: 92%" in said(engine.handle("u1", "92%"))
    assert "IKI 1 TW I: 250" in said(engine.handle("u1", "250"))  # above IKI 3's 150 SK


@pytest.mark.parametrize("question", ["udh nyatet blm hari ini?", "mas, aku wes nyatet durung yo dino iki",
                                      "hari ini saya sudah nyatat belum ya", "logbook sy hari ini udh ada?"])
def test_did_i_log_today_in_chat_words_is_answered_from_the_records(engine, at, question):
    # «udh nyatet blm hari ini?» was answered «di luar pedoman» by the guidance retriever
    agreed(engine)
    at("2026-06-02T15:00")
    kept = len(engine.state("u1").year.entries)
    assert said(engine.handle("u1", question)).startswith("Belum ada catatan hari ini")
    engine.handle("u1", "hari ini verif 12 berkas KP")
    engine.handle("u1", "td rapat koordinasi jadwal usulan KP dgn BKN regional")
    text = said(engine.handle("u1", question))
    assert text.startswith("Sudah, 2 catatan hari ini:") and "verif 12 berkas KP" in text
    assert len(engine.state("u1").year.entries) == kept + 2  # the questions were never kept as entries


def test_questions_about_ones_catatan_and_bukti_name_a_period_an_entry_or_an_iki(engine, at):
    agreed(engine)
    at("2026-06-02T15:00")
    engine.handle("u1", "hari ini verif 12 berkas KP")
    assert said(engine.handle("u1", "td sy udh catat yg rapat blm ya")).startswith("Belum ada catatan «rapat» hari ini")
    assert said(engine.handle("u1", "sy udah catat yg verif td blm?")).startswith("Sudah, 1 catatan «verif» hari ini")
    assert said(engine.handle("u1", "catatan sy minggu ini apa aja")).startswith("1 catatan 1 Jun–2 Jun.\nCatatan")
    assert said(engine.handle("u1", "brp catatan sy bulan ini")).startswith("1 catatan 1 Jun–2 Jun.\nCatatan 1 Jun")
    assert "Capaian per IKI" in said(engine.handle("u1", "capaian sy TW 2 udh brp?"))
    text = said(engine.handle("u1", "IKI yg pertama udh ada buktinya blm"))
    assert text.startswith("Belum, 1 catatan IKI 1 belum ada bukti dukungnya") and "«bukti c" in text
    assert said(engine.handle("u1", "udah upload bukti blm ya sy")).startswith("Belum, 1 catatan hari ini")
    engine.evidence("u1", evidence_item("photo", name="verif.jpg", file_id="f1"))  # attached to the entry just kept
    text = said(engine.handle("u1", "IKI yg pertama udh ada buktinya blm"))
    assert text.startswith("Sudah, semua 1 catatan IKI 1 ada bukti dukungnya")
    assert len(engine.state("u1").year.entries) == 1


@pytest.mark.parametrize("text, kind", [
    ("td nyatet notulen rapat", "report"), ("td sy catat notulen rapat", "report"),
    ("hari ini nyatat notulen rapat koordinasi", "report"), ("catatan harian wajib ga?", "question"),
    ("catatan harian boleh diisi mingguan?", "question"), ("budi udah nyatet blm hari ini?", "question"),
    ("udh nyatet blm hari ini?", "records"), ("sy udh ada catatan minggu ini?", "records"),
    ("IKI yg ketiga udh ada buktinya blm", "records"), ("udah brp catatan sy", "records"),
    ("catatan kemarin udah masuk blm?", "records"), ("kemarin sy udh nyatet blm sih", "records"),
    ("apa itu logbook?", "question"), ("logbook itu apa?", "question"), ("kenapa catatan sy blm masuk?", "question"),
    ("bukti dukung itu contohnya apa?", "question"), ("capaian imunisasi bulan ini brp?", "question"),
    ("udah kirim notulen blm?", "question"),
    ("sudah upload laporan ke SIPD", "report")])
def test_own_records_asked_in_chat_words_against_work_and_rules(text, kind):
    from bot.year.entry_kind import kind_of
    assert kind_of(text, logging=True).kind.value == kind
    assert kind_of("capaian saya 85%?", logging=True).kind.value != "records"  # a figure reported, not asked


@pytest.mark.parametrize("statement, answer", [
    ("blm nyatet hari ini", "Kirim saja pekerjaannya"), ("aku belum isi logbook minggu ini", "/catat "),
    ("lupa nyatet kemarin", "«kemarin rapat koordinasi …»"), ("sy kelupaan ngisi catatan harian kemaren", "/catat 1/6"),
    ("belum sempet nyatet hari ini", "Kirim saja pekerjaannya"), ("blm catat apa2 hari ini", "Kirim saja pekerjaannya"),
    ("gw lupa nyatet senin", "tanggal 1 Jun"), ("gw lupa nyatet senin", "«senin rapat koordinasi …»"),
    ("belum nyatet minggu lalu", "belum ada catatan 25 Mei–31 Mei")])
def test_a_statement_that_the_logbook_is_not_filled_is_answered_with_what_to_do_never_kept(engine, at, statement,
                                                                                           answer):
    # «blm nyatet hari ini», «aku belum isi logbook minggu ini» were kept as entries waiting for their IKI
    agreed(engine)
    at("2026-06-02T15:00")
    engine.handle("u1", "hari ini verif 12 berkas KP")
    kept = len(engine.state("u1").year.entries)
    assert answer in said(engine.handle("u1", statement))
    assert len(engine.state("u1").year.entries) == kept


@pytest.mark.parametrize("text", ["td nyatet notulen rapat", "hari ini nyatat notulen rapat koordinasi",
                                  "kemarin lupa bawa berkas, verif 3 berkas KP"])
def test_lines_of_work_beside_logging_words_stay_entries(engine, at, text):
    agreed(engine)
    at("2026-06-02T15:00")
    kept = len(engine.state("u1").year.entries)
    engine.handle("u1", text)
    assert len(engine.state("u1").year.entries) == kept + 1


@pytest.mark.parametrize("question, named", [("bukti rapat td udah sy kirim blm ya", "«rapat»"),
                                             ("bukti verif udh sy upload blm", "«verif»"),
                                             ("buktinya rapat kemarin udah masuk blm?", "«rapat»")])
def test_words_after_bukti_name_the_entry_whose_bukti_is_asked(engine, at, question, named):
    # «bukti rapat td udah sy kirim blm ya» went to the guidelines
    agreed(engine)
    at("2026-06-01T15:00")
    engine.handle("u1", "rapat koordinasi jadwal usulan KP dgn BKN")
    at("2026-06-02T15:00")
    engine.handle("u1", "hari ini verif 12 berkas KP")
    text = said(engine.handle("u1", question))
    assert text.startswith(f"Belum, 1 catatan {named}")
    assert ("c1 · 1 Jun rapat" in text) == (named == "«rapat»") and ("c2 · 2 Jun hari ini verif" in text) == (
        named == "«verif»")
    assert len(engine.state("u1").year.entries) == 2


@pytest.mark.parametrize("request_, shown", [("catatan minggu lalu dong", "Catatan 25 Mei–31 Mei (1)"),
                                             ("liat catatan sy kemarin", "Catatan 1 Jun–1 Jun (1)"),
                                             ("catatan kemarin dong", "Catatan 1 Jun–1 Jun (1)"),
                                             ("logbook sy minggu kemarin", "Catatan 25 Mei–31 Mei (1)")])
def test_a_record_word_with_its_days_shows_those_records(engine, at, request_, shown):
    agreed(engine)
    at("2026-05-27T15:00")
    engine.handle("u1", "verif 5 berkas KP")
    at("2026-06-01T15:00")
    engine.handle("u1", "rapat koordinasi jadwal usulan KP dgn BKN")
    at("2026-06-02T15:00")
    assert said(engine.handle("u1", request_)).startswith(shown)
    assert len(engine.state("u1").year.entries) == 2
    assert "kerjakan" in said(engine.handle("u1", "Catat hari ini"))  # asks to keep a line: asked what was done


def test_how_many_of_a_thing_a_period_counted_is_answered_from_the_entries_never_the_guidelines(engine, at):
    # year38, found playing: «minggu ini udah brp berkas?» got a guideline passage on perilaku kerja
    agreed_then(engine, at, "2026-07-06T15:00", "verif 22 berkas KP", "terbit 5 SK pensiun BUP",
                "2026-07-07T15:00", "verif 18 berkas usulan KP", "finished verifying 15 KP files today")
    assert engine.state("u1").year.entries[-1].quantity == 15
    text = said(engine.handle("u1", "minggu ini udah brp berkas?"))  # the IKI counting berkas: its English line too
    assert "Menurut catatan Anda: 55 berkas untuk IKI 1 (3 catatan, 6 Jul–7 Jul)." in text, text
    text = said(engine.handle("u1", "bulan ini sdh berapa SK pensiun sy"))
    assert "5 SK pensiun untuk IKI 3 (1 catatan, 1 Jul–7 Jul)" in text, text
    assert len(engine.state("u1").year.entries) == 4  # no question kept as work


def test_a_thing_counted_by_an_entry_still_waiting_for_its_iki_is_said_not_counted_with_its_buttons(engine, at):
    # two pieces of work, the first («rapat persiapan …») clear alone for no IKI: asked (link50 links the first when
    # it is clear, «verif 22 berkas KP sm rapat …»)
    agreed_then(engine, at, "2026-07-07T15:00", "rapat persiapan usulan periode oktober sm verif 22 berkas KP")
    assert engine.state("u1").year.entries[0].status.value == "unsure"
    replies = engine.handle("u1", "hari ini udah brp berkas ya")
    assert "Belum ada «berkas» yang terhitung hari ini." in said(replies)
    assert "belum dipilih IKI-nya: c1" in said(replies) and "c1: IKI 1" in [b.label for r in replies for b in r.buttons]


def test_thanks_from_a_logbook_keeper_point_to_the_years_steps_never_to_pasting_iki_again(engine, at):
    # year38, found playing: «ok makasih» after a day's entry got «tempel daftar IKI Anda … ketik /prima»
    text = said(agreed_then(engine, at, "2026-07-06T15:00", "verif 22 berkas KP", "ok makasih"))
    assert "/capaian" in text and "tempel daftar IKI" not in text and "/prima" not in text, text


def test_a_count_asked_before_any_logbook_shows_the_catatan(engine):
    # no SKP agreed nor entry: the question is still the records', shown by /catatan (never a command «/jumlah»)
    text = said(engine.handle("u1", "minggu ini udah brp berkas?"))
    assert "Belum ada catatan harian" in text and "/jumlah" not in text, text


@pytest.mark.parametrize("asked", ["tahapan bulan ini apa aja?", "tahapan bulan ini berapa?"])
def test_a_plan_asked_with_a_period_is_the_rencanas_never_a_count_of_a_thing(engine, at, asked):
    text = said(agreed_then(engine, at, "2026-07-08T10:00", asked))
    assert "yang terhitung" not in text and "Menurut catatan Anda" not in text, text


@pytest.mark.parametrize("typed", ["c1 jumlahnya 25", "c1 bukan 22 tapi 25"])
def test_a_count_given_to_an_entry_still_waiting_for_its_iki_says_how_with_its_iki_buttons(engine, at, typed):
    # year38, found playing: «Hubungkan catatan ini ke salah satu IKI dulu …» with no button nor way said
    agreed_then(engine, at, "2026-07-07T15:00", "rapat persiapan usulan periode oktober sm verif 22 berkas KP")
    replies = engine.handle("u1", typed)
    assert "Catatan c1 belum dipilih IKI-nya" in said(replies) and "«c1 jumlahnya 25»" in said(replies)
    data = [b.data for r in replies for b in r.buttons]
    assert "year:link:c1:1" in data and "year:link:c1:0" in data


@pytest.mark.parametrize("answer", ["ada tambahan formasi dari biro", "pimpinan minta targetnya naik"])
def test_a_why_told_in_plain_words_under_the_explanation_question_is_the_versions_note_never_a_catatan(engine, at,
                                                                                                       answer):
    # year38, found playing: «ada tambahan formasi dari biro» was kept as a catatan di luar SKP and the version
    # «tanpa keterangan»
    replies = agreed_then(engine, at, "2026-03-02T09:00", "/ubah 1 target 650")
    assert "Tulis penjelasan singkatnya" in said(tap(engine, "u1", replies, "direktif"))
    assert said(engine.handle("u1", answer)) == "Penjelasan disimpan pada versi 2."
    assert engine.state("u1").year.versions[-1].note == answer and not engine.state("u1").year.entries


def test_work_typed_under_the_explanation_question_is_still_kept_as_work(engine, at):
    replies = agreed_then(engine, at, "2026-03-02T09:00", "/ubah 1 target 650")
    tap(engine, "u1", replies, "direktif")
    text = said(engine.handle("u1", "rapat koordinasi dgn biro soal formasi"))
    assert "tanpa keterangan" in text and "Dicatat (c1)" in text, text


@pytest.mark.parametrize("asked", ["IKI 1 TW III berapa?", "target IKI 1 tw 3 brp?"])
def test_an_iki_and_a_quarter_asked_with_a_count_word_show_that_ikis_capaian_never_its_check(engine, at, asked):
    # year38, found playing: «IKI 1 TW III berapa?» got the IKI's rule findings again
    text = said(agreed_then(engine, at, "2026-07-09T15:00", "verif 22 berkas KP", asked))
    assert "TW III: rencana 450 berkas (kumulatif)" in text and "Sifat:" not in text, text
    assert "2. Persentase" not in text  # that IKI only


def test_an_entry_named_by_its_id_asked_about_its_bukti_is_answered_for_that_entry(engine, at, tmp_path):
    # year38, found playing: «c11 udah ada buktinya blm?» got «Ubah c11 dengan «c11 jumlah 15» …»
    agreed_then(engine, at, "2026-07-10T15:00", "terbit 25 SK pensiun BUP", "verif 30 berkas KP")
    text = said(engine.handle("u1", "c2 udah ada buktinya blm?"))
    assert text.startswith("Belum, 1 catatan c2 belum ada bukti dukungnya.") and "«bukti c2»" in text, text
    assert "Ubah c2 dengan" not in text and len(engine.state("u1").year.entries) == 2


def test_bukan_x_tapi_y_never_rewrites_a_linked_entry_whose_count_is_not_x(engine, at):
    # tester56 F1: «eh maaf bukan 98 tp 96,5%» set the count of the entry kept last («HQC dua puluh kapal», 20) to 96,5
    agreed_then(engine, at, "2026-02-20T15:00", "kemarin verif dua belas berkas KP")
    assert [e.quantity for e in engine.state("u1").year.entries] == [12]
    told = said(engine.handle("u1", "eh maaf bukan 30 tp 31"))
    assert "belum ada yang saya ubah" in told and "dibetulkan" not in told, told
    assert [e.quantity for e in engine.state("u1").year.entries] == [12]


def test_after_the_walk_a_lone_figure_is_asked_about_never_kept_for_the_one_iki_left(engine, at):
    # play41: «Lewati» on one IKI, the walk's summary shown; next day «12» with nothing asked became «IKI 4 TW I: 12%»
    agreed(engine)
    at("2026-04-01T09:00")
    engine.press("u1", "year:realisasi:1")
    engine.handle("u1", "IKI 1: 140, IKI 3: 30")
    engine.press("u1", "year:realisasi:stop")
    at("2026-04-02T10:00")
    asked = engine.handle("u1", "88")
    assert "untuk IKI mana?" in said(asked) and [b.label for r in asked for b in r.buttons] == ["IKI 2"]
    assert all(r.value != 88 for r in engine.state("u1").year.realisasi)
    assert "IKI 2 TW I: 88%" in said(tap(engine, "u1", asked, "IKI 2"))  # the tap keeps it


def test_a_starred_count_right_after_an_entry_puts_that_entry_right(engine, at):
    # play41: «*3 berkas» after «… verifikasi 5 berkas» was kept as a new entry «*3 berkas»; «*7» became a realisasi
    agreed(engine)
    at("2026-04-02T10:00")
    engine.press("u1", "year:realisasi:1")
    engine.press("u1", "year:realisasi:stop")
    assert "Dicatat (c1)" in said(engine.handle("u1", "td siang verifikasi 5 berkas usulan KP"))
    assert "dibetulkan" in said(engine.handle("u1", "*3 berkas ya"))
    entries = engine.state("u1").year.entries
    assert len(entries) == 1 and entries[0].quantity == 3
    assert "dibetulkan" in said(engine.handle("u1", "*4"))
    assert engine.state("u1").year.entries[0].quantity == 4 and not engine.state("u1").year.realisasi


def _realisasi_values(engine) -> list[tuple[int, float]]:
    return [(r.quarter, r.value) for r in engine.state("u1").year.realisasi]


def test_a_quarters_figure_in_one_ikis_words_is_offered_as_its_realisasi_never_dropped(engine, at):
    # play41 #3: «rekomendasi supervisi TW1 yg udh ditindaklanjuti 41 dari 46» got «tulis IKI-nya» and was lost
    agreed(engine)
    at("2026-04-02T10:00")
    typed = "usulan KP yg ditetapkan tepat TMT triwulan 1 udh 57 dari 60"
    offered = engine.handle("u1", typed)
    text = said(offered)
    assert "realisasi TW I IKI 2 (57 dari 60 = 95%)?" in text and "tulis IKI-nya" not in text, text
    assert [b.label for r in offered for b in r.buttons] == ["Ya, IKI 2", "IKI lain", "Bukan realisasi"]
    assert not engine.state("u1").year.realisasi  # nothing kept until answered
    assert "IKI 2 TW I: 95%" in said(tap(engine, "u1", offered, "Ya, IKI 2"))
    assert _realisasi_values(engine) == [(1, 95)]


def test_a_figure_offered_as_realisasi_can_go_to_another_iki_or_stay_a_logbook_entry(engine, at):
    agreed(engine)
    at("2026-04-02T10:00")
    typed = "usulan KP yg ditetapkan tepat TMT TW 1: 57 dari 60"
    others = tap(engine, "u1", engine.handle("u1", typed), "IKI lain")
    assert [b.label for r in others for b in r.buttons] == ["IKI 1", "IKI 2", "IKI 3"], said(others)
    assert "IKI 2 TW I: 95%" in said(tap(engine, "u1", others, "IKI 2"))
    kept = tap(engine, "u1", engine.handle("u1", "usulan KP tepat TMT tw1 56 dari 60"), "Bukan realisasi")
    assert "Dicatat (c1)" in said(kept) and _realisasi_values(engine) == [(1, 95)], said(kept)
    assert engine.state("u1").year.entries[0].text == "usulan KP tepat TMT tw1 56 dari 60"


def test_a_figure_in_an_ikis_words_before_its_quarter_ended_is_not_offered_as_realisasi(engine, at):
    agreed(engine)
    at("2026-02-16T10:00")
    text = said(engine.handle("u1", "usulan KP yg ditetapkan tepat TMT TW1 20 dari 25"))
    assert "simpan sebagai realisasi" not in text and not engine.state("u1").year.realisasi, text
