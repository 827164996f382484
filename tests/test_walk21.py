"""walk21: leftovers users met in the tester20 trials (tester20a/b «Left»): each test fails without its fix."""

import pytest

from tests.talk import said

KP_LIST = ("Verifikasi 600 berkas usulan KP\n"
           "Jumlah laporan monev yang disusun\t4\tlaporan\n"
           "Persentase usulan KP yang diproses tepat TMT\t100\t%")


def test_a_count_inside_a_line_saved_as_written_is_its_target_not_its_words(engine):
    """tester20a: «Verifikasi 600 berkas usulan KP» saved as written kept «600 berkas» in its IKI and its target was
    asked anyway."""
    engine.handle("c1", KP_LIST)
    text = said(engine.press("c1", "list:save:all"))
    first = engine.state("c1").skp.iki[0]
    assert (first.indikator, first.target) == ("Verifikasi berkas usulan KP", "600 berkas")
    assert "Target satu tahun untuk «Verifikasi" not in text


def test_a_label_typed_after_a_question_in_between_presses_its_button_still_on_screen(engine):
    """tester20a: the keep-all button's whole label typed after a question (answered with no buttons) was read as a
    question; Telegram still shows that button, so its label typed is its press."""
    engine.handle("b1", KP_LIST)
    engine.handle("b1", "apa bedanya iki dan rhk?")
    text = said(engine.handle("b1", "Simpan semua seperti ditulis"))
    assert "3 IKI tersimpan ke draf" in text and len(engine.state("b1").skp.iki) == 3


def test_a_share_done_by_its_tmt_or_schedule_is_aspek_waktu(engine):
    """tester20a: «Persentase usulan KP yang diproses tepat TMT» was shown «aspek Kuantitas» (timeliness words as
    data: lexicon.yaml measure_kinds.aspek.waktu)."""
    engine.handle("a1", "Persentase usulan KP yang diproses tepat TMT 100%")
    engine.handle("a1", "simpan ke draf")
    engine.handle("a1", "selesai dulu")
    text = said(engine.handle("a1", "/skp"))
    assert "aspek Waktu" in text and "aspek Kuantitas" not in text


@pytest.mark.parametrize("after_save, undo", [([], "wait, kebanyakan. undo"),
                                              (["selesai dulu"], "batalin simpan tadi")])
def test_the_last_save_of_a_list_is_taken_back_and_the_list_offered_again(engine, after_save, undo):
    """tester20a: «wait, kebanyakan. undo» at the target question was refused as a target; «batalin simpan tadi»
    after the save was kept as a catatan harian. The draft comes back as before the save, the list unsaved."""
    engine.handle("u1", KP_LIST)
    engine.press("u1", "list:save:all")
    for message in after_save:
        engine.handle("u1", message)
    replies = engine.handle("u1", undo)
    state = engine.state("u1")
    assert state.skp.iki == [] and state.fill is None and not state.year.entries
    assert "Simpan semua seperti ditulis" in [b.label for r in replies
                                                                                for b in r.buttons]


LAB_LIST = ("Persentase hasil PMI yang memenuhi standar\t100\t%\n"
            "Jumlah sertifikat kalibrasi alat laboratorium yang terbit\t20\tsertifikat\n"
            "Persentase sampel yang diperiksa sesuai TAT\t90\t%\n"
            "Persentase alat laboratorium yang terkalibrasi\t100\t%\n"
            "Melakukan pelatihan\t2\tkali")


def _at_the_first_weight(engine, user):
    engine.handle(user, LAB_LIST)
    engine.press(user, "list:save:fixed")  # the 4 lines that pass; line 5 waits for its rewrite
    engine.handle(user, "belum ada")
    return said(engine.handle(user, "tusi"))


def test_a_weight_suggested_leaves_room_for_the_list_lines_still_waiting(engine):
    """tester20a #15: the suggestion spread Core TUSI's 90% over the draft only (22,5% over 4), leaving nothing for
    the pasted line still to come: 90% over the 5 lines is 18%."""
    assert "Saran: 18%" in _at_the_first_weight(engine, "w1")


def test_bagi_rata_with_no_jenis_named_spreads_each_jenis_over_its_iki(engine):
    """tester20a #15: «bagi rata aja» at the weight question was refused as not a number."""
    _at_the_first_weight(engine, "w2")
    text = said(engine.handle("w2", "bagi rata aja"))
    assert "Bobot harus angka" not in text
    assert [iki.bobot for iki in engine.state("w2").skp.iki] == [22.5] * 4


def _skp_sheet(atasan: str):
    from io import BytesIO

    from openpyxl import load_workbook

    from bot.models import IkiDraft, Pegawai, SkpDraft
    from bot.skp.export import skp_workbook
    skp = SkpDraft(iki=[IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85", satuan="Nilai"),
                        IkiDraft(indikator="Persentase hasil PMI yang memenuhi standar", target="100%")],
                   pegawai=Pegawai(nama="Ratna", jabatan="Pranata Laboratorium Kesehatan", atasan=atasan))
    return load_workbook(BytesIO(skp_workbook(skp))).worksheets[0]


def test_the_skp_sheet_numbers_its_iki_as_the_findings_name_them():
    """tester20a #20: the «Temuan» sheet says «IKI 2» but the SKP sheet had no «No» column."""
    from bot.skp.export import header_row
    sheet = _skp_sheet("Ns. Sari")
    top = header_row(sheet)
    assert [sheet.cell(top + n, 1).value for n in range(3)] == ["No", 1, 2]
    assert sheet.cell(top + 2, 4).value == "Persentase hasil PMI yang memenuhi standar"


@pytest.mark.parametrize("atasan, jabatan, name", [("kepala ruangan, Ns. Sari", "Kepala Ruangan", "Ns. Sari"),
                                                   ("Ns. Sari", None, "Ns. Sari"),
                                                   ("Direktur Imunisasi", "Direktur Imunisasi", "…")])
def test_the_signature_prints_the_atasan_s_name_and_jabatan_apart(atasan, jabatan, name):
    """tester20a #20: the atasan as typed in /profil («kepala ruangan, Ns. Sari») was printed on the name line."""
    sheet = _skp_sheet(atasan)
    top = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 4).value == "Pejabat penilai kinerja")
    assert (sheet.cell(top + 1, 4).value, sheet.cell(top + 4, 4).value) == (jabatan, name)


def test_a_participant_s_training_line_is_rewritten_as_the_participant_s_output():
    """tester20a #21: «Mengikuti pelatihan / bimtek» (the user attends) got «Persentase peserta pelatihan bimtek yang
    mencapai nilai post-test …», the organiser's measure."""
    from bot.rewrite import rewrite
    found = rewrite("Mengikuti pelatihan / bimtek").candidates
    assert found and not any("peserta" in c.indikator.lower() or "sasaran" in c.indikator.lower() for c in found)
    assert found[0].indikator == "Nilai hasil belajar pelatihan" and "bukan IKI tersendiri" in found[0].alasan


@pytest.mark.parametrize("short, full", [
    ("Persentase kab/kota yang mencapai IDL", "Persentase kabupaten/kota yang mencapai imunisasi dasar lengkap"),
    ("Persentase puskesmas yang mencapai UCI", "Persentase puskesmas yang mencapai universal child immunization (UCI)")])
def test_an_iki_written_with_an_acronym_and_in_full_is_a_duplicate(short, full):
    """tester20b #14: the leader's «… IDL» IKI and the MPPH's «… imunisasi dasar lengkap» both stood in the draft with
    no DUPLICATE finding. An acronym is spelled out from the thesaurus, or from the SKP's own «words (ACR)»."""
    from bot.models import IkiDraft, SkpDraft
    from bot.rules import check_skp
    result = check_skp(SkpDraft(iki=[IkiDraft(indikator=short, target="90%"), IkiDraft(indikator=full, target="95%")]))
    assert any(f.category.value == "DUPLICATE" for f in result.findings)


def test_batal_at_a_paired_members_perubahan_reason_leaves_the_draft_as_the_leader_set_it(pair):
    """tester20b #24: /batal at the perubahan's reason kept the change in the draft («Ada perubahan yang belum
    diajukan»)."""
    from tests.test_team_chat import LEADER, MEMBER

    pair.pair_up()
    pair.submit()
    pair.press(LEADER, pair.leader_buttons()["Setujui semua"][0], replica=1)
    before = pair.state(MEMBER).skp.model_copy(deep=True)
    assert "Apa alasannya" in said(pair.say(MEMBER, "/ubah 1 target 97%"))
    reply = said(pair.say(MEMBER, "/batal"))
    state = pair.state(MEMBER)
    assert state.skp == before == state.team.review.in_force.skp and "kembali" in reply and state.tim is None


def test_the_logbook_reads_a_leave_from_below_not_through_the_reminders():
    """entry_kind imported reminder_reading inside _decide (a cycle: the reminders read entries). The leave reading
    both need lives below them, in leave_reading."""
    from pathlib import Path

    from tests.test_layers import BOT, imported
    assert "bot.year.reminder_reading" not in imported(BOT / "year" / "entry_kind.py")
    assert "bot.year.leave_reading" in imported(BOT / "year" / "reminder_reading.py")
    assert Path(BOT / "year" / "leave_reading.py").exists()


def test_a_mistyped_commands_limits_are_data(monkeypatch):
    """commands.meant's distance limits were numbers in code; they are conversation.yaml command_typos."""
    from bot import knowledge
    from bot.conversation.commands import meant
    assert meant("/capain") == ["/capaian"]
    monkeypatch.setitem(knowledge.data("conversation")["command_typos"], "shortest", 8)
    assert meant("/capain") == []


def test_the_words_pointing_at_numbers_to_remove_are_data():
    """skp_typed kept («yg», «yang») as a tuple in code; they are catatan_harian.yaml skp_remove_pointing."""
    from bot import knowledge
    from bot.conversation.skp_typed import as_command
    assert {"yg", "yang"} <= set(knowledge.data("catatan_harian")["skp_remove_pointing"])
    assert as_command("yg no 1 sama 2 buang aja", 3) == "/buang 1 2"


def test_a_line_saved_as_written_with_its_count_taken_out_is_no_line_still_waiting(engine):
    """The weight suggestion counts the list's lines not in the draft: «Verifikasi 600 berkas usulan KP», saved as
    «Verifikasi berkas usulan KP», is in it (Core TUSI's 90% over the 5 lines, not 6)."""
    engine.handle("p1", KP_LIST + "\nPersentase SK pensiun yang terbit tepat waktu\t100\t%"
                  "\nPersentase data kepegawaian yang valid\t95\t%")
    engine.press("p1", "list:save:all")
    for answer in ("belum ada", "tusi"):
        text = said(engine.handle("p1", answer))
    assert "Bobot IKI ini" in text and "Saran: 18%" in text


def test_ortu_is_read_as_orang_tua():
    """«ortu» is how staff type «orang tua» (knowledge/thesaurus.yaml): an IKI written either way is the same IKI."""
    from bot.models import IkiDraft, SkpDraft
    from bot.rules import check_skp
    result = check_skp(SkpDraft(iki=[
        IkiDraft(indikator="Persentase ortu pasien anak yang mendapat edukasi perawatan di rumah", target="90%"),
        IkiDraft(indikator="Persentase orang tua pasien anak yang mendapat edukasi perawatan di rumah", target="95%")]))
    assert any(f.category.value == "DUPLICATE" for f in result.findings)
