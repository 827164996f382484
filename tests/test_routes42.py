"""What a plain line is during the year (bot.year.entry_kind.kind_of), for shapes route set 16 showed missing. The
lines are our own."""

import pytest

from bot.year.entry_kind import EntryKind, kind_of
from bot.year.line import line


@pytest.mark.parametrize("text", [
    "iki core sy: Inovasi aplikasi antrean daring poli gigi, 1 aplikasi",
    "IKI saya: Pengembangan dasbor mutu laboratorium, 3 dasbor",
])
def test_a_count_after_a_label_naming_the_users_iki_is_its_target(text):
    assert kind_of(text).kind is EntryKind.draft, kind_of(text)


def test_a_count_without_such_a_label_is_still_work():
    assert kind_of("bikin dasbor mutu laboratorium, 3 dasbor").kind is EntryKind.report


def test_rows_between_bars_are_read_row_by_row_as_a_pasted_spreadsheet_is():
    iki = "| No | Indikator | Target |\n|----|-----------|--------|\n| 1 | Jumlah desa yang menerapkan STBM | 12 |\n" \
          "| 2 | Persentase sekolah yang memiliki UKS aktif | 75% |"
    work = "| hari | uraian | volume |\n| 3/2 | konseling gizi | 6 ibu hamil |\n| 4/2 | penimbangan balita | 40 balita |"
    assert kind_of(iki).kind is EntryKind.draft, kind_of(iki)
    assert kind_of(work).kind is EntryKind.report, kind_of(work)


def test_one_spreadsheet_row_naming_an_iki_and_its_target_is_a_draft():
    row = "Indikator UKS\tPersentase sekolah dengan UKS yang terbina\t70%"
    assert kind_of(row).kind is EntryKind.draft, kind_of(row)


def test_a_done_verb_inside_the_measured_clause_is_what_is_counted_not_a_figure_reached():
    assert kind_of("Persentase surat rekomendasi terkirim sesuai SLA, 90%").kind is EntryKind.draft
    assert kind_of("Persentase imunisasi dasar bulan ini sudah 91%").kind is EntryKind.progress


@pytest.mark.parametrize("typed", ["baru 60pct", "baru 60 prsn", "baru 60 percent"])
def test_a_percent_word_after_a_number_is_a_percent_sign(typed):
    assert line(typed).toks == ("baru", "60", "%")


def test_pct_with_no_number_before_it_stays_a_word():
    assert line("pct nya brp").toks[0] == "pct"


def test_a_figure_reached_written_with_pct_is_that_figure():
    assert kind_of("Persentase imunisasi dasar bulan ini sudah 91pct").kind is EntryKind.progress


@pytest.mark.parametrize("text", ["nomor 4 yg kemarin", "yang butir 2 tadi", "IKI 5 td pagi"])
def test_a_numbered_line_or_iki_only_pointed_at_is_unclear(text):
    assert kind_of(text).kind is EntryKind.unclear, kind_of(text)


@pytest.mark.parametrize("text, kind", [
    ("no 2 td udh beres", EntryKind.report),  # said done
    ("IKI 2 td 14 berkas", EntryKind.report),  # counted
    ("yg no 3 td gmn?", EntryKind.question),
])
def test_a_line_pointed_at_with_something_said_of_it_is_read_as_before(text, kind):
    assert kind_of(text).kind is kind, kind_of(text)


@pytest.mark.parametrize("text", ["SPJ 🤔", "SIMRS 🧐", "TW 3 ❓"])
def test_a_wondering_emoji_beside_a_bare_term_asks_nothing_named(text):
    assert kind_of(text).kind is EntryKind.unclear, kind_of(text)


def test_a_wondering_emoji_after_work_told_leaves_the_work():
    assert kind_of("td supervisi 3 posyandu 🤔").kind is EntryKind.report


@pytest.mark.parametrize("text", ["👉 72,5", "⬆️ 14"])
def test_a_bare_number_beside_an_emoji_is_unclear(text):
    assert kind_of(text).kind is EntryKind.unclear, kind_of(text)


def test_an_emoji_alone_still_answers_in_kind():
    assert kind_of("🙏🙏").kind is EntryKind.smalltalk


@pytest.mark.parametrize("text", ["kak.", "pak,", "mas bot!"])
def test_a_call_closed_by_a_stop_is_a_call(text):
    assert kind_of(text).kind is EntryKind.unclear, kind_of(text)


@pytest.mark.parametrize("text", [
    "a. cek 14 sertifikat halal\nb. rapat tim kecil",  # a short topic row beside a counted one
    "1) rekap data kunjungan TW III\n2) telpon 3 puskesmas\n3) kirim hasil ke katim",  # a quarter in a work row
    "i) balas 7 surel pemohon\nii) kirim laporan ke subbag",
])
def test_rows_of_work_with_one_counted_are_the_days_work(text):
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


@pytest.mark.parametrize("text", [
    "a. Jumlah sertifikat halal yang diterbitkan\nb. Persentase pemohon yang puas",
    "- rapat koordinasi lintas program\n- monitoring evaluasi",  # nothing counted: activities, maybe a draft
])
def test_rows_of_measures_or_with_nothing_counted_are_no_days_work(text):
    assert kind_of(text).kind is not EntryKind.report, kind_of(text)


@pytest.mark.parametrize("text", [
    "tolong dicek: Terselenggaranya pelatihan kader posyandu di 6 kecamatan",
    "pls cek dong: Tersusunnya SOP rujukan balik",
])
def test_a_short_plea_to_check_before_a_colon_checks_the_iki_after_it(text):
    assert kind_of(text).kind is EntryKind.draft, kind_of(text)


def test_a_plea_to_check_before_work_told_leaves_the_work():
    assert kind_of("tolong cek: td sy input 20 berkas").kind is EntryKind.report


def test_a_count_not_yet_done_ending_the_line_is_a_statement_not_a_tag():
    text = "td monev 4 apotek, hasilnya 3 sesuai, 1 blm"
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


def test_a_tag_after_a_number_still_asks():
    assert kind_of("bobot beyond boleh lebih dari 20 ga").kind is EntryKind.question


@pytest.mark.parametrize("text", [
    "kemarin supervisi 2 RS ttg PONEK, lanjut besok",
    "td telaah 5 proposal hibah, lanjutin minggu depan",
])
def test_work_of_a_day_told_that_carries_on_later_is_work_done(text):
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


@pytest.mark.parametrize("text", ["lanjut besok ya", "besok lanjut entri data PIS-PK"])
def test_carrying_on_with_no_work_told_before_it_is_still_a_plan(text):
    assert kind_of(text).kind is not EntryKind.report, kind_of(text)


def test_the_users_own_work_told_under_a_forwarded_message_is_work_done():
    text = "Fwd: undangan sosialisasi e-Kinerja\nsy sdh ikut td pagi, mohon dicatat ya"
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


def test_a_forwarded_request_alone_is_still_work_to_come():
    assert kind_of("Fwd: undangan sosialisasi e-Kinerja\nmohon hadir tepat waktu").kind is not EntryKind.report


def test_a_quarter_labelling_the_users_own_work_done_is_the_period_not_a_figure():
    text = "TW III pekan 2: aku sdh konseling 30 ibu hamil, hari ini 6"
    assert kind_of(text).kind is EntryKind.report, kind_of(text)


@pytest.mark.parametrize("text", ["TW III: capaian sy 78%", "Q2: 45 dari 50 berkas"])
def test_a_quarter_labelling_a_figure_is_still_the_figure(text):
    assert kind_of(text).kind is EntryKind.progress, kind_of(text)


@pytest.mark.parametrize("text", ["lanjut ke IKI 4", "IKI 3: 45/50"])
def test_a_numbered_iki_with_an_act_or_a_figure_is_no_bare_pointer(text):
    assert kind_of(text).why != "merujuk tanpa isi", kind_of(text)
