"""Day-one dev17: a leader's list forwarded out of a chat app (each line's «[date time] sender:» stamp no line of the
list), a list's lines given «their suggestion» by words alone («ganti sesuai saran»)."""

from tests.talk import said

FORWARD = ("[03/02/26 08.15] Pak Joko Katim Surveilans: Teman2 ini IKI tim kita, silakan disesuaikan ya\n"
           "[03/02/26 08.15] Pak Joko Katim Surveilans: 1. Persentase sinyal kewaspadaan dini yang direspons "
           "kurang dari 24 jam\n"
           "2. Jumlah rapat koordinasi surveilans\n"
           "3. Persentase laporan mingguan puskesmas yang tepat waktu\n"
           "4. Nilai IP ASN\n")


def test_a_forwarded_list_is_read_without_its_chat_stamps(engine):
    """d17-dev04: the stamp before the first numbered line was read as an IKI «… Katim (target 1)», every line after it
    numbered one off."""
    text = said(engine.handle("u", FORWARD))
    assert "daftar 4 IKI" in text and "08.15" not in text and "Pak Joko" not in text
    assert "2. Jumlah rapat koordinasi surveilans" in text


def test_a_line_given_its_suggestion_by_words_takes_it(engine):
    """«yg 2 ganti sesuai saran»: line 2 takes its first suggestion, never the words «Sesuai saran» as its new text."""
    engine.handle("u", FORWARD)
    text = said(engine.handle("u", "oke yg 2 ganti sesuai saran"))
    assert "«Sesuai saran»" not in text and "memakai usulan 1" in text
    drafted = [iki.indikator for iki in engine.state("u").skp.iki]
    assert len(drafted) == 4 and "Jumlah rapat koordinasi surveilans" not in drafted


def test_chat_stamps_only_come_off_a_stamped_line():
    from bot.lang.text import without_chat_stamps

    assert without_chat_stamps("[7/1/2026, 7:42 PM] Budi: Persentase x\nIKI 1: 90") == "Persentase x\nIKI 1: 90"
    assert without_chat_stamps("12/03/26 rapat: bahas anggaran") == "12/03/26 rapat: bahas anggaran"
    assert without_chat_stamps("IKI 2 [revisi]: target 90") == "IKI 2 [revisi]: target 90"


def test_a_command_followed_by_a_comma_and_a_sentence_is_that_command(engine):
    """d17-dev02: «/ekspor, sekalian MPPH nya bisa ikut ga» was «Perintah /ekspor, belum dikenal»."""
    text = said(engine.handle("u", "/skp, sama temuannya sekalian ya"))
    assert "belum dikenal" not in text and "Draf SKP Anda" in text
    assert "belum dikenal" in said(engine.handle("u", "/zzz, tolong"))


def test_an_indicator_after_a_label_with_its_target_year_is_read_at_mpph(engine):
    """d17-dev02: «Indikator atasan: Persentase …, target 2026 = 85%» at /mpph's first step was kept for later and
    the indicator asked again; the label is none of its name and the year none of its target."""
    engine.handle("u", "/mpph")
    text = said(engine.handle("u", "IKI pimpinan: Persentase puskesmas yang melaksanakan SBBL sesuai standar, "
                                   "target 2026 = 75%"))
    assert "Dicatat sebagai" in text and "«Persentase puskesmas yang melaksanakan SBBL sesuai standar»" in text
    assert "75%" in text and "pimpinan:" not in text


def test_a_label_comes_off_only_before_an_indicator():
    from bot.conversation.mpph_reading import leader_line

    assert leader_line("Indikator atasan saya: Jumlah kab/kota yang bebas rabies; 20")[0].startswith("Jumlah kab")
    assert leader_line("Rizal: Sumatera")[0] == "Rizal: Sumatera"
    long_head = "kata bu retno yang kemarin rapat sama kita: Persentase x yang y; 80%"
    assert leader_line(long_head)[0].startswith("kata bu retno")


def test_a_method_sentence_then_named_roles_at_mpph_are_both_read(engine):
    """d17-dev02: «dibagi per wilayah aja. Rizal: Sumatera, Maya: …» named the method in its first sentence and the
    roles after it; the method went unread and the roles became «(Sumatera, Maya)»."""
    engine.handle("u", "/mpph")
    engine.handle("u", "Persentase puskesmas yang melaksanakan SBBL sesuai standar; 80%")
    text = said(engine.handle("u", "bagi per wilayah ya. Andi: Sumatera, Budi: Jawa-Bali, Citra: Kalimantan & Papua"))
    assert "Tercatat 3 peran" in text and "Andi; Sumatera" in text and "Citra; Kalimantan & Papua" in text


def test_a_method_named_in_a_first_sentence_only():
    from bot.conversation.mpph_reading import method_in

    assert method_in("dibagi per wilayah aja. Rizal: Sumatera, Maya: Jawa") == "wilayah"
    assert method_in("Rizal pegang Sumatera. Maya pegang Jawa") is None


def test_a_matrix_drafted_is_a_work_item_with_suggestions():
    """d17-dev01: «bikin matriks DIM» among a newcomer's tasks got no suggestion; a matrix drafted (a DIM, a risk
    register) is produced and judged as a document is."""
    from bot.rewrite.work import suggest

    for task, noun in (("bikin matriks DIM", "matriks DIM"), ("menyusun matriks risiko unit", "matriks risiko")):
        found = [c.indikator for t in suggest(task) for c in t.candidates]
        assert found and all(noun in text and not text.startswith("Jumlah") for text in found)


def test_words_introducing_the_work_before_a_colon_are_no_activity():
    """d17-dev01: «kerjaan sy: nyusun draf …, bikin matriks DIM, …» at PRIMA gave «Belum ada usulan untuk «kerjaan»»."""
    from bot.conversation.activities import activities

    found = activities("tugas sy: nyusun laporan bulanan, memeriksa sampel TB")
    assert found == ["nyusun laporan bulanan", "memeriksa sampel TB"]
    assert activities("menyusun laporan bulanan: tiap tanggal 5")[0] == "menyusun laporan bulanan"


def test_a_newcomers_work_at_prima_is_drafted_task_by_task(engine):
    from tests.talk import typed

    text = said(typed(engine, "u", "/prima", "Lewati",
                      "kerjaan sy: nyusun draf SK, bikin matriks risiko, jawab surat konsultasi dr unit",
                      "Anggota tim", "Tidak langsung"))
    assert "«kerjaan»" not in text and "matriks risiko" in text


def test_a_jenis_for_all_under_the_proposals_saves_them_with_it(engine):
    """d17-dev03: «jenise kabeh TUSI wae, kecuali SPO itu beyond» under PRIMA's proposals, not yet saved, was «adalah
    jenis IKI. Belum ada IKI yang sedang disusun»; the list is saved and each given its jenis, the one named apart."""
    from tests.talk import typed

    typed(engine, "u", "/prima", "Lewati", "menyusun SPO pelayanan gizi, memeriksa sampel makanan pasien",
          "targetnya 90%, 95%", "Anggota tim", "Tidak langsung")
    assert engine.state("u").prima.together
    assert engine.state("u").prima.proposals and not engine.state("u").skp.iki
    text = said(engine.handle("u", "jenisnya semua TUSI aja, kecuali SPO itu beyond"))
    drafted = engine.state("u").skp.iki
    assert "Tersimpan ke draf" in text and len(drafted) >= 2
    assert {i.jenis.value for i in drafted if "SPO" in i.indikator} == {"beyond"}
    assert {i.jenis.value for i in drafted if "SPO" not in i.indikator and "Profesionalitas" not in i.indikator} \
        == {"core_tusi"}
