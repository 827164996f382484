"""tester58's drafting findings, each phrased unlike the tester's message: an outside answer carrying no «pertanyaan
tentang pedoman» note and naming who keeps the system asked about (F22)."""

import pytest

from tests.talk import said


@pytest.mark.parametrize("message, keeper", [
    pytest.param("akun SAKTI saya terkunci, siapa yang bisa buka?", "admin/operator SAKTI", id="sakti-locked"),
    pytest.param("kata sandi SIMRS sy lupa, gimana ya", "SIMRS atau IT", id="simrs-password"),
])
def test_outside_question_names_the_keeper_of_the_system(engine, message, keeper):
    text = said(engine.handle("o", message))
    assert "di luar pedoman" in text and keeper in text, text
    assert "Saya anggap ini pertanyaan" not in text, text


def test_outside_question_without_a_keeper_keeps_the_general_pointer(engine):
    text = said(engine.handle("o", "tunjangan kinerja bulan ini kapan dibayar?"))
    assert "di luar pedoman" in text and "bagian kepegawaian" in text, text
    assert "Saya anggap ini pertanyaan" not in text and "SAKTI" not in text, text


def test_mistyped_command_offers_a_button_that_runs_it_with_the_text_typed(engine):
    """F24: «/prma» was answered «Ketik: /prima» with nothing to tap; the button runs the command, words kept."""
    replies = engine.handle("c", "/rhkk Layanan arsip dinamis terkelola sesuai ketentuan")
    buttons = [b for r in replies for b in r.buttons]
    assert [b.label for b in buttons] == ["Jalankan /rhk"], said(replies)
    answered = said(engine.press("c", buttons[0].data))
    assert "belum dikenal" not in answered and "arsip" in answered.lower(), answered


def test_mistyped_command_near_two_offers_both(engine):
    replies = engine.handle("c", "/catatn")
    assert [b.label for r in replies for b in r.buttons][:2] == ["Jalankan /catat", "Jalankan /catatan"], said(replies)


def test_rhk_stem_of_an_output_and_its_passive_is_output_based():
    """F9: «Fornas yang ditetapkan» has no activity verb: it is the RHK's own result, never «berbasis kegiatan»."""
    from bot.skp.rhk import plan_rhk

    plan = plan_rhk("Pedoman akreditasi yang disahkan")
    assert plan.verdict is None and plan.drafts and plan.drafts[0].startswith("Pedoman akreditasi disahkan"), plan


@pytest.mark.parametrize("typed, name", [
    pytest.param("Menyusun Riskesdas provinsi", "Riskesdas", id="syllable-name"),
    pytest.param("Menetapkan fornas tahun ini", "Fornas", id="typed-lower"),
])
def test_rewrite_keeps_a_name_opening_the_text_capitalised(typed, name):
    from bot.models import IkiDraft
    from bot.rewrite import rewrite

    candidates = rewrite(IkiDraft(indikator=typed)).candidates
    assert candidates and all(f" {name} " in c.indikator for c in candidates), candidates


def test_rewrite_keeps_a_bracketed_list_whole_and_the_watched_ward():
    """F8: «(IDO, ISK, VAP, phlebitis)» was cut to its first item and «di ruang rawat inap» lost."""
    from bot.models import IkiDraft
    from bot.rewrite import rewrite

    typed = "surveilans infeksi (ISK, VAP, plebitis) di ruang ICU tiap hari"
    candidates = rewrite(IkiDraft(indikator=typed)).candidates
    assert candidates, candidates
    for c in candidates:
        assert "(ISK, VAP, plebitis)" in c.indikator and "di ruang ICU" in c.indikator, c.indikator


OWN_LIST = "\n".join([
    "1. Persentase usulan kenaikan pangkat yang diverifikasi tepat waktu 95%",
    "2. Melakukan rekap absensi pegawai",
    "3. Persentase dokumen SKP pegawai yang divalidasi tepat waktu 100%",
    "4. Persentase usulan cuti pegawai yang diproses paling lambat 3 hari kerja 90%",
    "5. Membuat laporan kepegawaian bulanan",
    "6. Persentase data pegawai di SIASN yang mutakhir 98%",
    "7. Mengikuti rapat koordinasi",
])
STAFF_LIST = "\n".join([
    "ini punya staf saya, tolong dicek juga:",
    "- Persentase surat masuk yang didisposisi paling lambat 1 hari kerja 95%",
    "- Mengagendakan surat keluar",
    "- Persentase arsip aktif yang tertata sesuai klasifikasi arsip 90%",
])


def test_a_list_said_to_be_someone_elses_is_checked_but_never_offered_for_the_draft(engine):
    engine.handle("f", OWN_LIST)
    replies = engine.handle("f", STAFF_LIST)
    text = said(replies)
    assert "milik staf saya" in text and "tidak saya tawarkan" in text, text
    assert not any(b.data.startswith("list:save") for r in replies for b in r.buttons), text
    assert "Daftar Anda sendiri (7 baris)" in text, text


@pytest.mark.parametrize("pick", [
    pytest.param("dari list saya yang 7 baris, no 3 dan 6 simpan", id="named-by-count"),
    pytest.param("no 3 sama 6 masukin", id="bare-pick-under-the-staffs-list"),
])
def test_a_pick_after_anothers_list_takes_the_users_own_lines(engine, pick):
    engine.handle("f", OWN_LIST)
    engine.handle("f", STAFF_LIST)
    text = said(engine.handle("f", pick))
    saved = [i.indikator for i in engine.state("f").skp.iki]
    assert any("SKP pegawai" in s for s in saved) and any("SIASN" in s for s in saved), text
    assert not any("arsip" in s or "surat" in s for s in saved), saved


def test_anothers_list_alone_is_not_saved(engine):
    engine.handle("f", STAFF_LIST)
    text = said(engine.handle("f", "no 1 simpan"))
    assert "tidak saya simpan ke draf Anda" in text and not engine.state("f").skp.iki, text


def test_a_complaint_naming_the_boss_is_no_owner():
    from bot.conversation.list_owner import owner_named

    assert owner_named("capek bgt ditolak atasan mulu, ini Iki sy") == ""
    assert owner_named("temen sy PPPK jg minta dicek") == "temen sy"
    assert owner_named("tolong cek punya atasan") == "punya atasan"


MIXED = "\n".join([
    "1. Persentase usulan kenaikan pangkat yang diverifikasi tepat waktu 95%",
    "2. Melakukan rekap absensi pegawai",
    "3. Persentase dokumen SKP pegawai yang divalidasi tepat waktu 100%",
    "4. Mengikuti rapat koordinasi kepegawaian",
])


@pytest.mark.parametrize("asked", [
    pytest.param("yg mana aja yg masih kegiatan? tolong gantiin", id="indonesian"),
    pytest.param("which ones are activity based?", id="english"),
    pytest.param("sing endi sing gagal nggih?", id="javanese"),
])
def test_which_lines_fail_is_answered_with_their_numbers_and_rewrites(engine, asked):
    engine.handle("w", MIXED)
    replies = engine.handle("w", asked)
    text = said(replies)
    assert "nomor 2, 4" in text and "→ " in text and "Bacaan lain" not in text, text
    assert [b.label for r in replies for b in r.buttons][:2] == ["Rincian 2", "Rincian 4"], text


@pytest.mark.parametrize("asked", [
    pytest.param("punten, kumaha carana nyieun IKI nu alus atuh?", id="sundanese"),
    pytest.param("pagi kak, gmn cara bikin IKI yg bener?", id="indonesian"),
])
def test_how_to_draft_ones_iki_offers_prima_one_tap_away(engine, asked):
    replies = engine.handle("h", asked)
    text = said(replies)
    assert "kata ukur + hasil + syarat" in text and "maksudnya apa" not in text, text
    start = [b for r in replies for b in r.buttons if b.label == "Mulai PRIMA"]
    assert start and "Langkah 1 dari 5" in said(engine.press("h", start[0].data))
    assert engine.state("h").prima is not None


def test_how_to_of_one_part_is_left_to_the_guidance(engine):
    engine.handle("h", "gimana cara bikin IKI beyond?")
    assert engine.state("h").prima is None


@pytest.mark.parametrize("typed, index", [
    pytest.param("ketua tim mawon", 1, id="javanese-mawon"),
    pytest.param("nu pimpinan unit atuh", 2, id="sundanese-atuh"),
])
def test_regional_particles_do_not_break_a_typed_choice(typed, index):
    from bot.conversation.choices import typed_choice

    assert typed_choice(typed, ["Anggota tim", "Ketua tim", "Pimpinan unit", "« Kembali", "Batal"]) == index


def test_a_command_closing_a_complaint_runs_never_a_value(engine):
    """F10: «…, itu punya temen sy. /buang 1» at the data awal question was read as data awal 1%."""
    replies = engine.handle("b", "\n".join(MIXED.splitlines()[i] for i in (0, 2)))
    save = next(b for r in replies for b in r.buttons if b.data.startswith("list:save"))
    engine.press("b", save.data)
    assert len(engine.state("b").skp.iki) == 2
    text = said(engine.handle("b", "lho salah masuk, itu bukan kerjaan saya sama sekali! /buang 1"))
    left = engine.state("b").skp.iki
    assert len(left) == 1 and "SKP pegawai" in left[0].indikator, text
    assert left[0].baseline is None, text


@pytest.mark.parametrize("typed, target", [
    pytest.param("Angka kejadian infeksi daerah operasi ≤ 2‰", "≤ 2‰", id="sign"),
    pytest.param("Angka kejadian dekubitus maks 1,5 permil", "maks 1,5 permil", id="word"),
])
def test_a_per_mille_ceiling_inside_a_rate_is_its_target(typed, target):
    """F12: «Angka kejadian phlebitis ≤ 1‰» kept its target in the IKI (and the RHK) and asked it again."""
    from bot.rules.draft_reading import read

    reading = read(typed)
    assert reading.target == target and "‰" not in reading.text and "permil" not in reading.text, reading


def test_jenis_asked_of_the_iki_whose_field_is_asked_is_answered_for_it(engine):
    """F19: «yg ini CL atau TUSI sih?» at a field question got the definition of CL, TUSI and MI only."""
    engine.handle("j", "Persentase telaah usulan obat yang selesai tepat waktu 90%")  # saved, its data awal asked
    assert engine.state("j").fill is not None and engine.state("j").fill.index == 0
    text = said(engine.handle("j", "nah yang ini masuk TUSI apa CL ya?"))
    assert "«Persentase telaah usulan obat" in text and "Core TUSI" in text and "/ubah 1 jenis CL" in text, text


def test_an_indicator_behind_a_label_given_to_rhk_is_an_indicator_not_an_rhk_stem():
    # d22-dev03: «Indikator pimpinan: Persentase … yang diimplementasikan» became the RHK «Indikator pimpinan:
    # Persentase … diimplementasikan sesuai ketentuan» once an output and its passive counted as an RHK stem
    from bot.skp.rhk import plan_rhk

    plan = plan_rhk("Indikator pimpinan: Persentase dokumen kerja sama yang diimplementasikan")
    assert plan.based_on.startswith("Persentase dokumen kerja sama")
    assert all(not d.lower().startswith(("indikator", "persentase")) for d in plan.drafts), plan.drafts
