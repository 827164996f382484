"""Answers users read (q55): questions about the assistant's own features: whether its reminders run by themselves
(they start off), turning a reminder on when the reminder is named by what it reminds of («pengingat isi logbook»),
and moving an entry the assistant put under the wrong IKI; each failing before its fix."""

from bot.retrieval.claims import spelling_lead
from bot.retrieval.own_commands import asked_command, asked_starts_off
from bot.retrieval.yes_no import yes_no_lead


def test_a_reminder_asked_to_run_by_itself_is_denied_with_its_command():
    """dev33: «pengingat isi logbook dr bot ini otomatis nyala tiap hari ya?» got a passage about the logbook."""
    for asked in ("pengingat dari bot ini nyala sendiri ga?", "notif pengingat di bot ini default nya aktif ya?",
                  "reminder bot ini otomatis jalan tiap sore kah?"):
        said = asked_starts_off(asked)
        assert said.startswith("Tidak.") and "/pengingat" in said, asked
    # the guidance's own automation is not the assistant's, and a thing that starts on is not denied
    assert asked_starts_off("e-Kinerja otomatis menghitung capaian ya?") == ""
    assert asked_starts_off("catatan harian di bot ini otomatis tersimpan ya?") == ""


def test_turning_on_a_reminder_named_by_what_it_reminds_of_is_the_reminder_command():
    """dev33: «gmn caranya nyalain pengingat isi logbook dr bot ini jam 4 sore …» got /catat (a tie, the later won)."""
    for asked in ("cara nyalain pengingat catatan harian di bot ini jam 5 sore",
                  "gmn caranya hidupkan notif pengingat isi logbook di bot ini?",
                  "mau atur pengingat isi kegiatan harian di bot ini tiap jumat"):
        assert "/pengingat" in asked_command(asked), asked
    # filling the logbook itself is still /catat
    assert "/catat " in asked_command("cara isi logbook di bot ini gmn")


def test_an_entry_under_the_wrong_iki_is_moved_from_its_list():
    """dev33: «… sama bot dimasukin ke IKI yg salah. gmn benerinnya» got a passage about SKP isian."""
    for asked in ("catatan sy kemarin masuk ke IKI yg salah di bot, gmn betulinnya?",
                  "bot ini salah masuk catatan sy ke IKI lain, cara pindahin gmn?",
                  "tadi sy catat rapat koordinasi tapi bot naruh di IKI yang salah. gmn benerin?"):
        assert "/catatan," in asked_command(asked), asked
    # changing an IKI's own wording is still /ubah
    assert "/ubah 3" in asked_command("gmn cara ubah iki no 3 di bot ini")


_ABSOLUTE = ("Target absolut hanya boleh dipakai untuk pekerjaan yang bila gagal berakibat hilangnya nyawa, cedera, "
             "terganggunya keamanan nasional, atau kerugian keuangan dalam jumlah besar.")


def test_allowed_only_in_the_case_the_question_gives_as_its_reason_is_confirmed():
    """dev33: «… targetnya 100% alarm direspon. boleh mutlak gitu kan krn nyangkut nyawa pasien?» got no «Ya.»."""
    for asked in ("target sy 100% boleh mutlak kan karena menyangkut nyawa pasien?",
                  "boleh pakai target absolut kan krn ini soal kerugian keuangan negara yg besar?",
                  "IKI sy soal sterilisasi alat, boleh target mutlak ya soalnya kalau gagal pasien bisa cedera?"):
        assert yes_no_lead("boleh", _ABSOLUTE, asked) == "Ya.", asked
    # a reason of another case, or none, is still neither yes nor no
    assert yes_no_lead("boleh", _ABSOLUTE, "target mutlak boleh kan soalnya atasan sy mau begitu?") == ""
    assert yes_no_lead("boleh", _ABSOLUTE, "target mutlak boleh kan?") == ""


_IKM = ("IKM (Indikator Kinerja Mandatory) adalah indikator wajib Program Dukungan Manajemen di Perjanjian Kinerja "
        "unit.")


def test_an_expansion_claimed_after_where_the_abbreviation_is_used_is_held_against_the_answers():
    """dev33: «IKM di perjanjian kinerja itu singkatan Indikator Kinerja Mandiri kan?» got no «Tidak.»."""
    for asked in ("IKM di PK itu singkatan Indikator Kinerja Manajemen kan?",
                  "IKM yg di perjanjian kinerja unit itu kepanjangannya Indikator Kinerja Minimal ya?",
                  "IKM di PK Dirjen itu artinya Indikator Kinerja Mandiri ya?"):
        assert spelling_lead(asked, _IKM) == "Tidak.", asked
    assert spelling_lead("IKM di PK itu singkatan Indikator Kinerja Mandatory kan?", _IKM) == "Ya."
