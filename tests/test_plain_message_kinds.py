"""What a plain message is during the year (issue 18, route set 2): small talk the office types (festive wishes, short
greetings, «siap laksanakan», a message sent by mistake), an IKI pasted after a request, a report opening with its
hours, a question about one's own records or one asked without «?». Each reading checked on varied phrasings, and
through the Engine for a few: the chat does what the reading says."""

import pytest

from bot.conversation.intent import Route, classify
from bot.year.entry_kind import EntryKind, kind_of
from bot.year.entry_records import records_asked
from tests.agreed_year import agreed_engine  # noqa: F401 (the `engine` fixture)
from tests.talk import said


@pytest.mark.parametrize("text", [
    "Selamat Hari Raya Idul Fitri, mohon maaf lahir batin", "selamat idul adha ya bapak ibu semua",
    "minal aidin wal faizin, mohon maaf lahir dan batin", "selamat natal dan tahun baru", "met siang min",
    "met pagi semua", "slmt malam kak", "siap laksanakan", "siap, laksanakan pak", "siap dikerjakan",
    "maaf tadi salah kirim", "eh salah grup, maaf", "abaikan pesan tadi ya", "sorry wrong chat"])
def test_greetings_wishes_acks_and_a_message_sent_by_mistake_are_small_talk(text):
    assert kind_of(text).kind is EntryKind.smalltalk
    assert kind_of(text, logging=True).kind is EntryKind.smalltalk
    assert classify(text, logging=True).route is Route.smalltalk


@pytest.mark.parametrize("text", [
    "selamat idul fitri, tadi sdh verif 12 berkas KP", "met pagi, kemarin rapat koordinasi imunisasi dgn dinkes",
    "maaf tadi lupa, kemarin input 40 data sampel"])
def test_a_wish_or_greeting_beside_work_done_is_still_a_report(text):
    assert kind_of(text).kind is EntryKind.report


@pytest.mark.parametrize("text", [
    "IKI saya yg ke-3 udah sesuai trajectory blm", "realisasi TW 1 sdh diisi tdk", "bukti dukung wajib diupload gk"])
def test_a_question_closed_by_a_tag_as_chat_spells_it_asks(text):
    assert kind_of(text).kind is EntryKind.question
    assert classify(text, logging=True).route is Route.question


def test_the_chat_answers_a_wish_and_a_wrong_send_without_logging_them(engine):
    festive = said(engine.handle("u1", "Selamat Hari Raya Idul Fitri, mohon maaf lahir batin"))
    assert "selamat juga" in festive
    wrong = said(engine.handle("u1", "maaf tadi salah kirim"))
    assert "/catatan" in wrong and "Dicatat" not in wrong
    assert said(engine.handle("u1", "siap laksanakan")).startswith("Siap.")
    assert not engine.state("u1").year.entries


@pytest.mark.parametrize("text", [
    "tolong rapikan: jumlah laporan keuangan yg disusun",
    "cek IKI ini dong: Persentase dokumen arsip aktif yg tertata sesuai klasifikasi",
    "tolong dicek ya kak: jml berkas pensiun yg diverifikasi tepat waktu",
    "ini udah bener blm: persentase sampel yang diperiksa sesuai standar"])
def test_an_iki_after_a_request_and_a_colon_is_a_draft_not_an_order_on_the_skp(text):
    assert kind_of(text).kind is EntryKind.draft
    assert kind_of(text, logging=True).kind is EntryKind.draft


@pytest.mark.parametrize("text", [
    "07.30-12.00 periksa 56 sampel TCM di lab", "08.00 - 10.30 rapat koordinasi lintas program",
    "13.00 sampai 15.30 visitasi puskesmas Kalideres"])
def test_a_line_opening_with_the_hours_the_work_took_is_a_report(text):
    assert kind_of(text).kind is EntryKind.report


@pytest.mark.parametrize("text", ["besok 08.00-12.00 rapat evaluasi", "jam tenang 21.00-06.00"])
def test_hours_ahead_or_for_the_bot_are_never_a_report(text):
    assert kind_of(text).kind is not EntryKind.report


def test_the_chat_checks_an_iki_after_a_request_and_logs_a_line_of_hours(engine):
    checked = said(engine.handle("u1", "cek IKI ini dong: Persentase dokumen arsip aktif yg tertata sesuai klasifikasi"))
    assert "berbasis output" in checked and not engine.state("u1").year.entries
    logged = said(engine.handle("u1", "07.30-12.00 periksa 56 sampel TCM di lab"))
    assert "Dicatat" in logged and len(engine.state("u1").year.entries) == 1


@pytest.mark.parametrize("text, records", [
    ("tolong tampilkan catatan minggu lalu", "catatan"), ("liat logbook bulan ini dong", "catatan"),
    ("coba tampilin catatan kemarin", "catatan"), ("buka catatan maret", "catatan"),
    ("mau lihat capaian saya", "capaian"), ("show my log for last week", "catatan")])
def test_asking_to_see_ones_records_with_a_bare_record_word_is_about_ones_own_records(text, records):
    reading = kind_of(text, logging=True)
    assert reading.kind is EntryKind.records and records_asked(reading.line) == records


@pytest.mark.parametrize("text", ["cek logbook pegawai", "lihat catatan rapat kemarin"])
def test_a_record_word_with_someone_or_something_after_it_is_not_a_listing_asked(text):
    assert kind_of(text, logging=True).kind is not EntryKind.records


def test_the_chat_lists_the_records_asked_for_a_period(engine, at):
    engine.handle("u1", "kemarin verif 14 berkas KP")
    at("2026-03-17T10:00")
    listed = said(engine.handle("u1", "tolong tampilkan catatan minggu lalu"))
    assert "verif 14 berkas KP" in listed and len(engine.state("u1").year.entries) == 1


@pytest.mark.parametrize("text", [
    "dialog kinerja harus tiap bulan atau boleh 2 bln sekali", "bukti dukung cukup scan ato hrs asli",
    "mending pake persentase atau jumlah", "IKI harus persentase apa boleh jumlah"])
def test_a_rule_word_with_an_alternative_after_it_asks_which_without_a_question_mark(text):
    assert kind_of(text).kind is EntryKind.question
    assert kind_of(text, logging=True).kind is EntryKind.question
    assert classify(text).route is Route.question and classify(text, logging=True).route is Route.question


@pytest.mark.parametrize("text", [
    "revisi dokumen yg harus dikirim ke biro atau dinkes", "rapat koordinasi imunisasi atau posyandu"])
def test_an_alternative_without_a_rule_word_before_it_asks_nothing(text):
    assert kind_of(text, logging=True).kind is EntryKind.report


def test_the_chat_answers_a_choice_asked_and_logs_nothing(engine):
    said(engine.handle("u1", "dialog kinerja harus tiap bulan atau boleh 2 bln sekali"))
    assert not engine.state("u1").year.entries


@pytest.mark.parametrize("text", [
    "tq", "thank u", "gpp", "oh gitu", "aamiin", "siap bos", "apa kabar", "halo, apa kabar", "selamat bekerja",
    "sehat selalu ya pak", "jumat berkah", "have a nice day"])
def test_thanks_nods_wishes_and_how_are_you_are_small_talk(text):
    assert kind_of(text).kind is EntryKind.smalltalk
    assert classify(text, logging=True).route is Route.smalltalk


@pytest.mark.parametrize("text", ["gimana ya", "apa ya", "gimana min"])
def test_a_question_word_with_only_filler_names_nothing_to_answer(text):
    assert kind_of(text).kind is EntryKind.unclear
