"""What a plain line is during the year (bot.year.entry_kind.kind_of), for the readings route set 3 showed missing:
greetings and thanks in regional words, personal reasons for a day off, questions without «?», a partly done plan, a
rencana aksi as a meeting's topic, a pasted RHK, a vague question about something earlier. Through the Engine for a
few: the chat does what the reading says."""

from datetime import date

import pytest

from bot.conversation.intent import Route, classify
from bot.year.entry_dates import read_date
from bot.year.entry_kind import QUESTION_ANNOUNCED, EntryKind, kind_of
from bot.year.line import line
from tests.agreed_year import agreed_engine  # noqa: F401 (the `engine` fixture)
from tests.talk import said


@pytest.mark.parametrize("text", ["matur nuwun sanget mas", "maturnuwun nggih", "hatur nuhun pisan", "suksma bu",
                                  "sugeng enjing", "makasih asisten", "halo asisten", "selamat pagi, semangat bekerja",
                                  "semangat kerja semua", "tetap semangat ya rekan", "nuwun mas",
                                  "wilujeng enjing sadayana", "selamat siang rekan2 semua", "met malem min"])
def test_regional_thanks_greetings_and_cheers_are_small_talk(text):
    assert kind_of(text).kind is EntryKind.smalltalk, kind_of(text)
    assert kind_of(text, logging=True).kind is EntryKind.smalltalk


@pytest.mark.parametrize("text", ["makasih pak Budi", "selamat pagi bu Rina Wati", "halo pak Andi, apa kabar?",
                                  "matur nuwun mas Joko"])
def test_a_greeting_or_thanks_with_a_name_is_small_talk(text):
    assert kind_of(text, logging=True).kind is EntryKind.smalltalk, kind_of(text, logging=True)
    assert classify(text, logging=True).route is Route.smalltalk


def test_a_name_beside_work_keeps_the_work():
    assert kind_of("makasih bu, td rapat dgn pak kadis").kind is EntryKind.report


@pytest.mark.parametrize("text", ["istri sakit jd izin dulu", "ortu opname, sy izin hari ini",
                                  "izin hari ini, anak demam", "kemarin cuti, istri melahirkan",
                                  "kemaren aku ra mlebu, loro"])
def test_a_day_off_for_the_family_is_no_work(text):
    assert kind_of(text, logging=True).kind is EntryKind.remark, kind_of(text, logging=True)


def test_work_on_permits_or_with_children_is_still_work():
    assert kind_of("td verifikasi 20 berkas izin praktik bidan").kind is EntryKind.report
    assert kind_of("td imunisasi 40 anak di posyandu").kind is EntryKind.report


@pytest.mark.parametrize("text", [
    "sy mau tanya, tugas tambahan dari kepala balai itu masuk logbook juga kah",
    "izin bertanya pak kegiatan lembur sabtu dihitung sebagai catatan",
    "tolong jelaskan bedanya RHK sama IKI",
    "tolong jelasin cara isi realisasi triwulan",
    "catatan yg kemarin bisa dihapus tidak ya",
    "logbook boleh diisi mundur ga soalnya minggu lalu lupa",
    "realisasi IKI 2 perlu bukti dukung ga karena datanya dari aplikasi",
    "aku wingi wes nyatet durung yo",
    "pengingate iso dipateni ora",
])
def test_a_question_without_a_question_mark_is_a_question(text):
    assert kind_of(text).kind in (EntryKind.question, EntryKind.records), kind_of(text)
    assert kind_of(text, logging=True).kind in (EntryKind.question, EntryKind.records)


@pytest.mark.parametrize("text", ["mohon info cara unggah bukti dukung", "minta tolong dijelaskan soal bobot IKI",
                                  "info dong batas waktu realisasi TW 2", "mohon petunjuk pengisian logbook",
                                  "sy bingung isi realisasi IKI 3"])
def test_a_request_for_information_or_help_is_a_question_never_work_done(text):
    assert kind_of(text, logging=True).kind is EntryKind.question, kind_of(text, logging=True)


def test_a_lost_user_alone_is_answered_as_lost_not_asked_what_they_mean():
    assert kind_of("masih bingung").kind is EntryKind.unclear
    assert classify("masih bingung", logging=True).smalltalk == "confused"


@pytest.mark.parametrize("text", ["lagi ga enak badan", "hari ini kurang fit, izin dulu", "meriang, sy ga masuk"])
def test_being_unwell_is_no_work(text):
    assert kind_of(text, logging=True).kind is EntryKind.remark, kind_of(text, logging=True)


@pytest.mark.parametrize("text", ["ok tapi yg tadi gmn", "oke, terus yg kemarin gimana", "siap, tp yg itu gmn",
                                  "makasih, gimana ya"])
def test_a_question_about_nothing_named_is_unclear_even_beside_a_nod(text):
    assert kind_of(text).kind is EntryKind.unclear, kind_of(text)


def test_a_greeting_that_asks_stays_small_talk():
    assert kind_of("halo, apa kabar?").kind is EntryKind.smalltalk


@pytest.mark.parametrize("text", [
    "kemarin rencananya monev 3 puskesmas tp cuma sempat 2, yg Puskesmas Kassi udh selesai",
    "td rencana input 50 data, baru selesai 30",
    "hari ini target visitasi 4 RS, rencananya semua tp cuma 3 yg sudah",
])
def test_a_plan_partly_done_is_a_report(text):
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


@pytest.mark.parametrize("text", ["td rencana rapat tp batal", "hari ini mau rapat tp udh dibatalin",
                                  "besok mau visitasi, yg kemarin udah beres", "td mau zoom tp link error jd ga ikut",
                                  "sesuk arep monev puskesmas", "kemarin rapat ora sido"])
def test_a_plan_not_done_or_still_ahead_stays_a_plan(text):
    assert kind_of(text).kind is EntryKind.plan, kind_of(text)


@pytest.mark.parametrize("text", ["kemarin zoom dgn katim membahas tahapan IKI 2",
                                  "td finalisasi rencana aksi unit, kirim ke katim",
                                  "rapat pagi ini dgn tim bahas rencana aksi triwulan 3, sy notulen"])
def test_a_rencana_aksi_as_the_topic_of_work_is_a_report(text):
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


@pytest.mark.parametrize("text", ["tahap 2 IKI 1 selesai", "tahap 3 IKI 2 geser ke mei"])
def test_a_change_to_the_stages_is_still_one(text):
    assert kind_of(text).kind is EntryKind.rencana


@pytest.mark.parametrize("text", ["RHK: Layanan kepegawaian terselenggara tepat waktu",
                                  "Rencana Hasil Kerja: Terkelolanya arsip inaktif sesuai ketentuan",
                                  "rhk : Laporan keuangan satker tersusun tepat waktu"])
def test_a_pasted_rhk_is_a_draft(text):
    assert kind_of(text).kind is EntryKind.draft and kind_of(text, logging=True).kind is EntryKind.draft


def test_the_chat_greets_thanks_and_keeps_no_family_day_off(engine):
    assert said(engine.handle("u1", "halo asisten")).startswith("Halo!")
    engine.handle("u1", "mohon info cara unggah bukti dukung")
    assert said(engine.handle("u1", "matur nuwun sanget nggih")).startswith("Sama-sama")
    assert "tidak saya catat" in said(engine.handle("u1", "anak lg demam jd sy izin hari ini"))
    assert not engine.state("u1").year.entries


def test_the_chat_logs_the_part_of_a_plan_done_and_a_meeting_on_the_rencana_aksi(engine):
    engine.handle("u1", "td rencananya verifikasi 2 unit tp cuma jadi 1, yg unit Biro Umum udh beres")
    engine.handle("u1", "rapat dgn katim siang ini bahas rencana aksi TW II, sy notulen")
    assert len(engine.state("u1").year.entries) == 2


def test_the_chat_asks_what_a_question_about_nothing_named_means(engine):
    assert classify("oke, terus yg kemarin gimana", logging=True).route is Route.unclear
    assert "maksudnya apa?" in said(engine.handle("u1", "siap, tp yg itu gmn"))


def test_the_chat_answers_a_question_without_a_question_mark_as_a_question(engine):
    assert classify("catatan yg salah tgl bisa dihapus tidak ya", logging=True).route is Route.question
    replies = engine.handle("u1", "sy mau tanya kalau tugas dari kepala balai di luar SKP itu bisa dicatat tidak ya")
    assert not engine.state("u1").year.entries and "rencana" not in said(replies).split(".")[0].lower()


@pytest.mark.parametrize("text", ["pengingat bisa dimatiin ga soalnya ganggu", "pengingatnya bisa dimatikan?",
                                  "kalau cuti bersama pengingat tetap dikirim?"])
def test_a_question_about_the_reminders_shows_their_settings_and_changes_nothing(engine, text):
    before = engine.state("u1").year.reminders
    replies = engine.handle("u1", text)
    assert "Pengingat catatan harian:" in said(replies) and not said(replies).startswith("Pengingat diatur")
    assert any("catatan harian" in b.label for r in replies for b in r.buttons)
    assert engine.state("u1").year.reminders == before


def test_a_pasted_rhk_is_taken_as_rhk_asks_for_its_iki_and_is_never_logged(engine):
    replies = engine.handle("u1", "RHK: Layanan kepegawaian terselenggara tepat waktu")
    assert "tulis IKI yang mengukur RHK ini" in said(replies) and not engine.state("u1").year.entries


def test_someone_elses_question_told_in_a_report_is_no_question():
    # «mau tanya» asks only where the line opens (after its filler and small talk)
    assert kind_of("td pasien mau tanya soal obat, sy jelaskan").kind is not EntryKind.question
    assert kind_of("maaf, mau tanya lagi soal dialog kinerja").kind is EntryKind.question


# route set 4: how far a thing has got, a case supposed, an IKI typed under a question, a plan after work done, a
# day without work

@pytest.mark.parametrize("text", ["sdh sampai mana rencana aksi IKI 1 saya", "sejauh mana progres rencana aksi sy",
                                  "gmna crnya lht progrs tim sya", "kalo realisasi TW2 telat diisi apa kena sanksi",
                                  "jika atasan blm setuju, apakah SKP tetap berlaku",
                                  "klo cuti melahirkan gimana logbooknya"])
def test_how_far_and_a_case_supposed_are_questions(text):
    assert kind_of(text).kind in (EntryKind.question, EntryKind.records), kind_of(text)


def test_a_condition_told_beside_work_is_no_question():
    assert kind_of("kalau sudah selesai rapat, kirim notulen").kind is not EntryKind.question


@pytest.mark.parametrize("text", ["gmn kalau IKI nya: Persentase rekomendasi monev yang ditindaklanjuti puskesmas",
                                  "bagus ga IKI ini: Jumlah laporan surveilans yang dikirim tepat waktu"])
def test_an_iki_typed_after_a_question_and_a_colon_is_a_draft(text):
    assert kind_of(text).kind is EntryKind.draft, kind_of(text)


@pytest.mark.parametrize("text", [
    "Hari ini rekonsiliasi data BMN dengan KPKNL, selesai jam 3 sore, ada selisih 2 aset yang harus ditelusuri lagi "
    "minggu depan",
    "kemarin verifikasi 20 berkas beres; sisanya dilanjut senin depan",
    "td rapat evaluasi sdh selesai, besok lanjut susun laporan"])
def test_work_done_before_the_plan_that_follows_it_is_a_report(text):
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


@pytest.mark.parametrize("text", ["hari ini blm selesai, besok lanjut", "besok mau rapat"])
def test_nothing_done_before_the_plan_stays_a_plan(text):
    assert kind_of(text).kind is EntryKind.plan, kind_of(text)


@pytest.mark.parametrize("text", ["blm ada kerjaan hari ini", "ga ada kegiatan hari ini", "hari ini belum ada kerjaan"])
def test_no_work_there_is_no_work(text):
    assert kind_of(text, logging=True).kind is EntryKind.remark, kind_of(text, logging=True)


@pytest.mark.parametrize("text", ["kemarin tidak ada temuan audit", "td cek 12 berkas ga ada yg salah"])
def test_nothing_found_in_work_done_is_still_work(text):
    assert kind_of(text, logging=True).kind is EntryKind.report, kind_of(text, logging=True)


@pytest.mark.parametrize("text", ["kerjain dashboard capaian imunisasi di Looker, udh 70%",
                                  "menyusun laporan capaian, sdh 60%",
                                  "ngerjain dashboard realisasi anggaran, udah 50%"])
def test_a_percentage_after_an_act_of_work_is_how_far_the_work_got(text):
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


@pytest.mark.parametrize("text", ["capaian TW1 saya 85%", "realisasi IKI 2 udah 90%"])
def test_a_figure_of_a_period_stays_progress(text):
    assert kind_of(text).kind is EntryKind.progress, kind_of(text)


@pytest.mark.parametrize("text", ["minggu ini: sen input data, sel rapat, rab-jum pelatihan e-learning",
                                  "sen: verif 12 berkas, sel: rapat evaluasi", "rab-jum pelatihan e-learning",
                                  "sen - rab pelatihan PPI di Bapelkes", "kam s.d. jum visitasi RS"])
def test_weekdays_shortened_in_a_list_of_days_date_a_report(text):
    reading = kind_of(text)
    assert reading.kind is EntryKind.report and reading.when.kind == "weekday", reading


@pytest.mark.parametrize("text, want", [
    ("minggu ini: sen input data, sel rapat, rab-jum pelatihan e-learning", "2026-03-09"),  # today is a Thursday
    ("sen - rab pelatihan PPI di Bapelkes", "2026-03-09"),
    ("rab: rapat evaluasi, kam: input data", "2026-03-11"),
    # words of their own where no days are listed: a cell, a budget, the admin, a plural
    ("sel darah merah diperiksa 20 sampel", "2026-03-12"),
    ("review RAB 4 satker, sel punca dibahas", "2026-03-12"),
    ("min, verif 13 berkas KP", "2026-03-12"),
    ("sel-sel kanker diperiksa 20 sampel", "2026-03-12"),
])
def test_a_shortened_weekday_is_a_day_only_where_the_line_lists_days(text, want):
    assert read_date(line(text), date(2026, 3, 12))[0].isoformat() == want


@pytest.mark.parametrize("text", ["mau nanya", "izin bertanya pak", "min, boleh nanya?", "halo, mau tanya dong",
                                  "makasih, mau nanya", "permisi bu, numpang tanya"])
def test_a_question_announced_and_not_yet_asked_is_unclear_and_the_chat_invites_it(text):
    for logging in (False, True):
        reading = kind_of(text, logging=logging)
        assert (reading.kind, reading.why) == (EntryKind.unclear, QUESTION_ANNOUNCED), reading
    # answered as the call it is (or the greeting or thanks beside it), never «maksudnya apa?» nor a day off
    assert classify(text, logging=True).route is Route.smalltalk
    assert classify("izin bertanya pak", logging=True).smalltalk == "call"


@pytest.mark.parametrize("text", ["mau nanya soal bobot IKI", "izin bertanya, realisasi TW 2 kapan diisi"])
def test_a_question_announced_with_what_it_asks_is_a_question(text):
    assert kind_of(text).kind is EntryKind.question, kind_of(text)


@pytest.mark.parametrize("text", ["terima kasih atas bantuannya selama ini", "terima kasih atas bimbingannya selama ini bu",
                                  "makasih banyak ya untuk arahan dan masukannya", "thank you for your support this year",
                                  "matur nuwun atas bantuannya mas", "makasih buat semuanya"])
def test_thanks_for_what_was_given_is_small_talk(text):
    for logging in (False, True):
        assert kind_of(text, logging=logging).kind is EntryKind.smalltalk, kind_of(text, logging=logging)
    assert classify(text, logging=True).route is Route.smalltalk


@pytest.mark.parametrize("text", ["makasih atas infonya, td rapat evaluasi", "makasih atas infonya, kemarin verif 12 berkas"])
def test_work_told_after_thanks_for_something_is_a_report(text):
    assert kind_of(text, logging=True).kind is EntryKind.report, kind_of(text, logging=True)
