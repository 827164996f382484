"""What a plain line is during the year (bot.year.entry_kind.kind_of), for the readings route set 3 showed missing:
greetings and thanks in regional words, personal reasons for a day off, questions without «?», a partly done plan, a
rencana aksi as a meeting's topic, a pasted RHK, a vague question about something earlier."""

import pytest

from bot.year.entry_kind import EntryKind, kind_of


@pytest.mark.parametrize("text", ["matur nuwun sanget mas", "maturnuwun nggih", "hatur nuhun pisan", "suksma bu",
                                  "sugeng enjing", "makasih asisten", "halo asisten", "selamat pagi, semangat bekerja",
                                  "semangat kerja semua", "tetap semangat ya rekan"])
def test_regional_thanks_greetings_and_cheers_are_small_talk(text):
    assert kind_of(text).kind is EntryKind.smalltalk, kind_of(text)
    assert kind_of(text, logging=True).kind is EntryKind.smalltalk


@pytest.mark.parametrize("text", ["istri sakit jd izin dulu", "ortu opname, sy izin hari ini",
                                  "izin hari ini, anak demam", "kemarin cuti, istri melahirkan"])
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
                                  "besok mau visitasi, yg kemarin udah beres", "td mau zoom tp link error jd ga ikut"])
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
