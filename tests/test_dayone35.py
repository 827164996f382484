"""Day one, set 19 (dayone35): a pasted list's keycap-emoji numbers and emoji bullets are marks, never words; a
waiting line of the list named by its words with a target slipped and put right («targetnya 90 eh 92 deh», «80 ya
kak, eh salah bukan 80 tp 85») is saved with the right value, at a field question too; «… jadi targetnya 87,5%» gives
the named line a target, never new words."""

import pytest

from tests.talk import said

_PASTE = ("ini IKI sy thn lalu kak tolong dicek\n• Jumlah resep yg dilayani per hari\n"
          "• Persentase waktu tunggu obat jadi ≤ 30 menit\n1️⃣ Jumlah kegiatan PIO (pelayanan informasi obat)\n"
          "2️⃣ Persentase kepatuhan formularium nasional 80%\n▪️ Laporan bulanan pemakaian obat\n- Nilai IP ASN")


@pytest.mark.parametrize("line, read", [
    ("1️⃣ Jumlah kegiatan PIO", "Jumlah kegiatan PIO"),
    ("🔟 Nilai IP ASN", "Nilai IP ASN"),
    ("▪️ Laporan bulanan pemakaian obat", "Laporan bulanan pemakaian obat"),
    ("1 Jumlah sampel", "1 Jumlah sampel"),  # a bare number in front stays: it may be the value
])
def test_a_keycap_number_or_an_emoji_bullet_is_a_list_mark(line, read):
    from bot.lang.text import clean, list_marked

    assert clean(line) == read
    assert list_marked(line) is (line != read)


def test_a_line_numbered_with_a_keycap_emoji_is_read_without_its_number(engine):
    text = said(engine.handle("u", _PASTE))
    assert "✓ 4. Persentase kepatuhan formularium nasional (target 80%)" in text
    assert "2 Persentase" not in text


@pytest.mark.parametrize("text, target", [
    ("targetnya 80 ya kak, eh salah bukan 80 tp 85", "85"),
    ("yg hoaks targetnya 90 eh 92 deh", "92"),
    ("target 80 ya 85", "80"),  # no restating word: the value named stays
])
def test_a_slip_put_right_with_talk_beside_it_keeps_the_last_value(text, target):
    from bot.conversation.answers import read_answer

    assert read_answer(text).named["target"].text == target


def _targets(engine):
    return {iki.indikator: iki.target for iki in engine.state("u").skp.iki}


def test_a_waiting_line_named_with_a_slip_put_right_is_saved_with_the_right_value(engine):
    engine.handle("u", _PASTE)
    engine.handle("u", "yg kepatuhan fornas itu targetnya 80 ya kak, eh salah bukan 80 tp 85")
    assert _targets(engine) == {"Persentase kepatuhan formularium nasional": "85%"}


def test_a_line_named_then_jadi_targetnya_is_given_a_target_never_new_words(engine):
    engine.handle("u", _PASTE)
    engine.handle("u", "terus yg waktu tunggu obat jadi targetnya 87,5% aja soalnya baseline kita 82")
    assert _targets(engine) == {"Persentase waktu tunggu obat jadi ≤ 30 menit": "87,5%"}
    assert engine.state("u").listed[1].text.endswith("≤ 30 menit")  # the line keeps its words


def test_a_waiting_line_named_at_another_iki_data_awal_is_saved_never_that_data_awal(engine):
    engine.handle("u", "* Persentase hoaks kesehatan yg diklarifikasi ≤ 1x24 jam: 90%\n"
                       "* Jumlah konten infografis 300 konten\n* IP ASN")
    engine.handle("u", "ok. infografis ganti jd persentase konten edukasi yg tayang sesuai jadwal, 95% juga")
    engine.handle("u", "yg hoaks targetnya 90 eh 92 deh")
    iki = {i.indikator: i for i in engine.state("u").skp.iki}
    assert iki["Persentase hoaks kesehatan yang diklarifikasi ≤ 1x24 jam"].target == "92%"
    assert iki["Persentase konten edukasi yang tayang sesuai jadwal"].baseline is None


_TWELVE = ("1. Jumlah jurnal SAKTI yg diinput\n2. Rekonsiliasi UAKPA dg KPPN tiap bulan\n"
           "3. Persentase akurasi laporan keuangan\n4. Menyusun CaLK semester\n"
           "5. Jumlah SPM yang diverifikasi 2.400 SPM\n6. Persentase temuan BPK terkait keuangan yg ditindaklanjuti\n"
           "7. Laporan realisasi anggaran bulanan\n8. Mengikuti rapat koordinasi akuntansi\n"
           "9. Persentase SPM yg diverifikasi ≤ 2 hari kerja\n10. Jumlah JPL 20\n11. IP ASN\n"
           "12. Membantu tugas lain dari pimpinan")


@pytest.mark.parametrize("text, own", [
    ("jd skrg brp IKI sy?", True),
    ("IKI saya udah ada berapa?", True),
    ("IKI sy maksimal brp?", False),  # the guidance's bound
    ("harus brp IKI sy?", False),
    ("iki sy baru 3, minimal brp lagi", False),  # a count told: the guidance's reckoning
    ("brp bobot IKI sy?", False),
])
def test_the_own_count_asked_is_told_apart_from_the_guidance_asked(text, own):
    from bot.conversation.own_count import asked

    assert asked(text) is own


def test_the_own_count_is_answered_from_the_draft_and_the_list_beside_it(engine):
    engine.handle("u", _TWELVE)
    engine.handle("u", "1, 5, 8, 12 buang. no 5 kan udh ada no 9")
    text = said(engine.handle("u", "jd skrg brp IKI sy?"))
    assert "Draf Anda kini 0 IKI" in text
    assert "5 lolos aturan (nomor 3, 6, 9, 10, 11) dan 3 belum lolos (nomor 2, 4, 7)" in text
    assert "Surat Sekjen" not in text  # never the guidance's passage instead


def test_waiting_lines_labelled_by_one_word_each_take_their_targets(engine):
    engine.handle("u", _TWELVE)
    engine.handle("u", "1, 5, 8, 12 buang. no 5 kan udh ada no 9")
    text = said(engine.handle("u", "targetnya: akurasi 95, lapkeu tepat waktu 100, temuan BPK 87,5, SPM 90. JPL 20 jam."
                                   " IP ASN 80"))
    assert _targets(engine) == {"Persentase akurasi laporan keuangan": "95%",
                                "Persentase temuan BPK terkait keuangan yang ditindaklanjuti": "87,5%",
                                "Persentase SPM yang diverifikasi ≤ 2 hari kerja": "90%",  # line 5, dropped, never
                                "Jumlah JPL": "20 jam", "Nilai Indeks Profesionalitas ASN": "80"}
    assert "«lapkeu tepat waktu 100» belum saya pasangkan" in text  # no line of it: said back


@pytest.mark.parametrize("line, target, jenis, weight", [
    ("Persentase rekomendasi hasil audit yg ditindaklanjuti auditi - TUSI - 30", None, "core_tusi", "30"),
    ("Jumlah jam pelatihan (JPL) 20 jam - MI - 5", "20 jam", "core_mi", "5"),
    ("Jumlah inovasi aplikasi e-audit – Beyond – 20", None, "beyond", "20"),
    ("Persentase X - 90 - TUSI - 25", "90", "core_tusi", "25"),
    ("Persentase X, TUSI, 90", "90", "core_tusi", None),  # no dash: the value stays the target
])
def test_a_number_dashed_off_after_a_jenis_is_its_weight(line, target, jenis, weight):
    from bot.conversation.answers import fields_in

    typed = fields_in(line)
    assert (typed.target and typed.target.text, typed.jenis.value, typed.bobot and typed.bobot.text) \
        == (target, jenis, weight)


@pytest.mark.parametrize("text, values", [
    ("JPL sm IP ASN dua2nya kan wajib", []),  # both, never 2
    ("tiga2nya udah", []),
    ("target lima puluh", ["50"]),
    ("kegiatan2 20", ["20"]),
])
def test_a_number_word_written_twice_is_no_number(text, values):
    from bot.lang.values import numbers_in

    assert [n.text for n in numbers_in(text)] == values


def test_a_lead_in_before_the_first_iki_of_a_paste_introduces_the_list_never_takes_that_iki():
    from bot.conversation.iki_list import read_list

    pasted = read_list("tambah: Persentase kabupaten/kota lokus yg memiliki rekomendasi ADKL, target 75\n"
                       "Persentase rekomendasi ADKL yg ditindaklanjuti pemda, target 50\n"
                       "Jumlah kajian ADKL yg terbit di jurnal, 1 artikel")
    assert [(line.listed.text, line.listed.target) for line in pasted.lines][0] \
        == ("Persentase kabupaten/kota lokus yg memiliki rekomendasi ADKL", "75")
    assert len(pasted.lines) == 3 and pasted.header is None


def test_a_remark_before_the_sentence_naming_a_line_is_none_of_its_name(engine):
    engine.handle("u", "* Number of press releases published: 120\n"
                       "* Persentase hoaks kesehatan yg diklarifikasi ≤ 1x24 jam: 90%\n* IP ASN")
    text = said(engine.handle("u", "oh harus bhs indo ya. ok yg press release jd persentase siaran pers yg terbit "
                                   "≤ 2 jam stlh arahan pimpinan, 95%"))
    assert "Baris 1 diganti" in text and "catatan harian" not in text
    assert engine.state("u").listed[0].text.startswith("Persentase siaran pers")


def test_a_value_after_the_mandatory_iki_target_asked_is_its_target_never_the_asked_data_awal(engine):
    engine.handle("u", "* Persentase hoaks kesehatan yg diklarifikasi ≤ 1x24 jam: 90%\n* Jumlah konten infografis 300 konten")
    engine.handle("u", "ok. infografis ganti jd persentase konten edukasi yg tayang sesuai jadwal, 95% juga")
    text = said(engine.handle("u", "IP ASN target brp? kemarin sy 78"))
    assert "Berapa targetnya" in text
    engine.handle("u", "80")
    iki = engine.state("u").skp.iki
    assert [i.target for i in iki if "Profesionalitas" in i.indikator] == ["80"]
    assert all(i.baseline is None for i in iki)


def test_a_value_after_the_held_mandatory_iki_target_asked_is_its_target_never_the_asked_unit(engine):
    engine.handle("u", "Jumlah resep yang dilayani per hari\nPersentase waktu tunggu obat jadi ≤ 30 menit\nNilai IP ASN")
    engine.handle("u", "simpan semua")
    engine.handle("u", "25")  # the first IKI's target; its satuan asked now
    engine.handle("u", "target IP ASN biasanya brp kak?")
    text = said(engine.handle("u", "yaudah 82"))
    iki = engine.state("u").skp.iki
    assert (iki[2].indikator, iki[2].target, iki[0].satuan) == ("Nilai IP ASN", "82", None)
    assert "targetnya kini 82" in text


def test_a_decimal_comma_in_the_mpph_indicator_target_is_its_decimal_never_a_method(engine):
    engine.handle("u", "/mpph")
    text = said(engine.handle("u", "Persentase produk PKRT beredar yg memenuhi syarat; 92,5%"))
    assert "target 92,5%" in text and "output antara" not in text


def test_several_mpph_indicators_with_their_targets_under_a_lead_in_are_split_in_turn(engine):
    engine.handle("u", "/mpph")
    text = said(engine.handle("u", "IKI sy:\n1) Persentase produk PKRT beredar yg memenuhi syarat 92,5%\n"
                                   "2) Jumlah sampel PKRT yg diuji di lab 1.200 sampel\n"
                                   "3) Persentase sarana produksi PKRT yg ditindaklanjuti hasil inspeksinya 80%"))
    assert "memuat 3 indikator" in text
    assert "«Persentase produk PKRT beredar yang memenuhi syarat», target 92,5%" in text
    assert len(engine.state("u").mpph.queued) == 2


def test_a_failing_line_named_with_a_target_keeps_it_for_its_suggestion(engine):
    engine.handle("u", "1. Jumlah dinkes prov yg didampingi layanan catin\n"
                       "2. Persentase puskesmas regional 4 dan 5 yg melaksanakan skrining catin\n"
                       "3. Persentase data layanan catin regional 4-5 yg lengkap di aplikasi")
    text = said(engine.handle("u", "target yg puskesmas skrining gatau 80an lah"))
    assert "Target 80 saya catat untuk baris 2" in text and "Pakai usulan" not in text  # its details follow
    assert engine.state("u").listed[1].target == "80"
    engine.press("u", "use:1")
    assert [i.target for i in engine.state("u").skp.iki] == ["80%"]


@pytest.mark.parametrize("text", ["yg kedua tusi 40", "IKI ke-2 tusi 40"])
def test_an_iki_named_by_its_place_with_a_jenis_and_weight_at_another_iki_field_takes_them(engine, text):
    engine.handle("u", "Persentase insiden keselamatan pasien yang ditindaklanjuti\n"
                       "Persentase unit yang menerapkan sasaran keselamatan pasien\nNilai IP ASN")
    engine.handle("u", "simpan semua")  # the first IKI's target asked
    engine.handle("u", text)
    first, second = engine.state("u").skp.iki[:2]
    assert (second.jenis.value, second.bobot) == ("core_tusi", 40)
    assert (first.target, first.jenis) == (None, None)


def test_a_paste_under_tambah_saves_its_passing_lines_and_a_one_line_unit_indicator_is_no_list(engine):
    from bot.conversation.iki_list import read_list

    engine.handle("u", "Persentase rancangan standar yang disepakati dalam forum konsensus")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "tambah: Persentase usulan revisi standar dari fasyankes yang ditindaklanjuti, 80%, TUSI\n"
                       "IP ASN 80 MI")
    assert [(i.target, i.jenis.value) for i in engine.state("u").skp.iki[1:]] == [("80%", "core_tusi"),
                                                                                   ("80", "core_mi")]
    # (on one line, «indikator kepala balai: persentase …, sm jumlah …» is PRIMA's unit indicator told, no list)
    assert read_list("indikator kepala balai: persentase pelatihan terakreditasi yg diselenggarakan sesuai standar, "
                     "sm jumlah SDMK yg dilatih") is None


def test_pake_dua2nya_takes_the_suggestions_shown_never_a_target_of_2(engine):
    engine.handle("u", "kata bu Lestari sy bantu pendampingan fasyankes PAK di 5 provinsi sm bikin materi KIE")
    engine.handle("u", "pake dua2nya")
    assert [i.target for i in engine.state("u").skp.iki] == [None]
