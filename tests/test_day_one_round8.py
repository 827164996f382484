"""Day one, round 8: lists, picks and drafts (each test failed before its fix)."""

from bot.conversation import Engine
from tests.talk import typed

_FINANCE = ("* Persentase realisasi anggaran Biro Keuangan 96%\n"
            "* Persentase rekomendasi hasil pemeriksaan BPK yg tuntas ditindaklanjuti 95%\n"
            "* Menyusun laporan keuangan semesteran 2 laporan\n"
            "* Jumlah satker yg direkonsiliasi 40 satker\n"
            "* Jumlah rapat 10 kali\n"
            "* Persentase satker binaan yg menyampaikan laporan keuangan tepat waktu 85%")


def test_two_lines_named_by_their_words_each_with_its_target_are_both_saved():
    """«yg realisasi anggaran 96% sm yg rekomendasi BPK tuntas 95% simpan» saved only the first line."""
    engine = Engine()
    typed(engine, "u", _FINANCE, "yg realisasi anggaran 96% sm yg rekomendasi BPK tuntas 95% simpan, itu dr PK karo")
    saved = [(i.indikator.split()[1], i.target) for i in engine.state("u").skp.iki]
    assert saved == [("realisasi", "96%"), ("rekomendasi", "95%")]


def test_one_line_named_by_its_words_before_its_target_is_still_one():
    engine = Engine()
    typed(engine, "u", _FINANCE, "yg realisasi anggaran simpan, target 97%")
    assert [(i.indikator.split()[1], i.target) for i in engine.state("u").skp.iki] == [("realisasi", "97%")]


def test_a_guessed_pick_after_another_iki_was_saved_does_not_take_an_old_offer():
    """«Pakai usulan 1» with no suggestion on screen saved a /cek offer made before another IKI was saved."""
    engine = Engine()
    typed(engine, "u", "/prima",  # PRIMA open: the IKI typed next is saved by it, the /cek offer left waiting
          "/cek Jumlah policy brief yg disusun 4 dokumen",
          "Persentase rekomendasi kebijakan SDMK yg ditindaklanjuti pimpinan, 60%")
    before = [i.indikator for i in engine.state("u").skp.iki]
    replies = engine.handle("u", "Pakai usulan 1")
    assert [i.indikator for i in engine.state("u").skp.iki] == before, replies


def test_an_iki_after_its_jenis_typed_while_rhk_waits_is_saved_with_its_target():
    """«Beyond: Jumlah inovasi … 1 inovasi» at /rhk's «tulis IKI yang mengukur RHK ini» was checked as the IKI
    «Beyond: …» (no measure word) and never saved."""
    engine = Engine()
    typed(engine, "u", "/rhk", "RHK: Tagihan satker diproses sesuai ketentuan dan tepat waktu",
          "Beyond: Jumlah inovasi checklist digital verifikasi tagihan 1 inovasi")
    iki = engine.state("u").skp.iki
    assert [(i.indikator.split()[:2], i.jenis.value, i.target) for i in iki] == [(["Jumlah", "inovasi"], "beyond", "1 inovasi")]
    assert not iki[0].rhk.lower().startswith("rhk") and not iki[0].indikator.endswith("1 inovasi")


def test_putting_off_ip_asn_while_a_field_is_asked_never_adds_it():
    """«IP ASN? ga usah. sy ga percaya IP ASN ngaruh» said it was put off, then saved it from the last sentence."""
    engine = Engine()
    typed(engine, "u", "Jumlah inovasi checklist digital verifikasi tagihan, target 1 inovasi",
          "IP ASN? ga usah. sy ga percaya IP ASN ngaruh")
    assert len(engine.state("u").skp.iki) == 1


def test_taking_all_suggestions_by_a_count_that_is_not_theirs_saves_all_and_says_so():
    """«yaudah yg 3 itu masukin semua» under 4 suggestions saved all 4 without a word on the 3."""
    engine = Engine()
    engine.handle("u", "sy ngurus RKA K/L sama revisi anggaran")
    assert len(engine.state("u").candidates) == 4
    replies = engine.handle("u", "yaudah yg 3 itu masukin semua")
    assert len(engine.state("u").skp.iki) == 4 and "ada 4, bukan 3" in replies[0].text


def test_fewer_targets_in_order_than_iki_saved_are_all_kept():
    """«95 90 85» for 4 suggestions saved together recorded 95 and lost 90 and 85."""
    engine = Engine()
    typed(engine, "u", "sy ngurus RKA K/L sama revisi anggaran", "masukin semua", "95 90 85")
    assert [i.target for i in engine.state("u").skp.iki] == ["95%", "90%", "85%", None]


def test_stages_typed_for_one_iki_are_no_pick_of_list_lines():
    """Names before several numbers pick lines only when they name two lines or more: «IKI 2 tahapnya pakai punya
    saya: 1) analisis kebutuhan pelatihan …» is a plan for IKI 2, not a save of line 2."""
    from bot.conversation.iki_list import read_list
    from bot.conversation.list_picks import picked

    listed = [line.listed for line in read_list(
        "1. Persentase pegawai yang memenuhi pengembangan kompetensi minimal 20 JP - 80%\n"
        "2. Jumlah pelatihan teknis terakreditasi yang diselenggarakan - 8 pelatihan\n"
        "3. Jumlah usulan tugas belajar yang diproses sampai terbit SK - 40 usulan").lines]
    assert picked("IKI 2 tahapnya pakai punya saya: 1) analisis kebutuhan pelatihan jan-feb 2) akreditasi "
                  "pelatihan mar-apr 3) penyelenggaraan mei-okt", listed) is None
