"""What a plain line is during the year (bot.year.entry_kind.kind_of), for shapes route set 14 showed missing. The
lines are our own."""

import pytest

from bot.year.entry_kind import EntryKind, kind_of


@pytest.mark.parametrize("text, kind", [
    ("#catatan", EntryKind.unclear),  # a tag alone says nothing yet
    ("#laporanharian", EntryKind.unclear),
    ("#cekiki Jumlah puskesmas yang menerapkan rekam medis elektronik", EntryKind.draft),
    ("#CEK Persentase tenaga kesehatan yang mengikuti pelatihan teknis", EntryKind.draft),
    ("#kegiatan td siang visitasi 3 puskesmas binaan", EntryKind.report),
])
def test_a_hashtag_labels_what_follows_it(text, kind):
    assert kind_of(text).kind is kind, kind_of(text)


@pytest.mark.parametrize("text", ["bukan, bukan", "yah bukan", "bukan ya"])
def test_a_bare_no_takes_something_back_and_names_nothing(text):
    assert kind_of(text).kind is EntryKind.correction, kind_of(text)


@pytest.mark.parametrize("text", ["lelah banget dinas dobel hari ini", "duh capek, jaga double 😮‍💨"])
def test_tiredness_after_a_double_shift_is_small_talk_not_a_doubled_entry(text):
    assert kind_of(text).kind is EntryKind.smalltalk, kind_of(text)


@pytest.mark.parametrize("text, kind", [
    ("Sekian, atas kerja samanya saya ucapkan terima kasih", EntryKind.smalltalk),
    ("atas bimbingan Ibu selama ini kami ucapkan terima kasih 🙏", EntryKind.smalltalk),
    ("atas bantuannya terima kasih. td pagi verifikasi 12 berkas", EntryKind.report),
])
def test_a_letter_closing_thanks_after_saying_what_for(text, kind):
    assert kind_of(text).kind is kind, kind_of(text)


@pytest.mark.parametrize("text", ["tadi imunisasi 30 bayi di posyandu, sisa 8 bayi besok"])
def test_done_work_with_its_counted_rest_put_off_is_a_report(text):
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


def test_the_rest_put_off_alone_is_still_a_plan():
    assert kind_of("sisa 8 bayi besok").kind is EntryKind.plan


@pytest.mark.parametrize("text, kind", [
    ("rekap data imunisasi TW 2 udah 80 % rampung", EntryKind.report),  # how far the work got
    ("Mohon izin melapor, penyusunan dokumen evaluasi triwulan III sudah selesai 100%", EntryKind.report),
    ("capaian TW 3 sdh 85%", EntryKind.progress),  # the quarter's figure
    ("TW 2 selesai 100%", EntryKind.progress),  # no work named
])
def test_a_percent_of_completion_beside_a_quarter_tells_work_done(text, kind):
    assert kind_of(text).kind is kind, kind_of(text)


@pytest.mark.parametrize("text, kind", [
    ("td pagi evaluasi 7 rencana keperawatan pasien post op", EntryKind.report),  # a care plan: a document
    ("besok susun rencana askep pasien baru", EntryKind.plan),
])
def test_a_nursing_care_plan_is_a_document_not_a_plan(text, kind):
    assert kind_of(text).kind is kind, kind_of(text)


@pytest.mark.parametrize("text, kind", [
    ("RHK: Layanan arsip dinamis terkelola sesuai ketentuan\nUraian Kegiatan: pemilahan arsip inaktif subbag umum\n"
     "Realisasi: 120\nSatuan: berkas", EntryKind.report),  # the form's logbook row: work done under the RHK
    ("RHK: Layanan arsip dinamis terkelola sesuai ketentuan", EntryKind.draft),
])
def test_an_rhk_pasted_with_the_activity_labelled_is_a_logbook_row(text, kind):
    assert kind_of(text).kind is kind, kind_of(text)
