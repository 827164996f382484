"""Edits typed on a first day (list24): targets set by the IKI's number in English, «set 1 to 95», as «1 jadi 95» is."""

from bot.conversation import Engine
from tests.talk import list_saved, said, typed

FIVE = ("Persentase laporan keuangan yang disampaikan tepat waktu\nPersentase tiket gangguan SIMRS yang selesai 1x24 jam\n"
        "Persentase user baru yang lulus uji kompetensi SIMRS\nPersentase modul pelayanan yang terkirim ke SATUSEHAT\n"
        "Persentase backup database yang berhasil dipulihkan")


def test_targets_set_by_number_in_english():
    """«set 1 to 95» was answered with the «works in Indonesian» note and nothing kept: each IKI named by its number
    takes its target, «change IKI 2 target to 90%» too; «remove IKI 4 and 5» still removes both."""
    engine = Engine()
    list_saved(engine, "u", FIVE)
    reply = said(engine.handle("u", "set 1 to 95"))
    assert engine.state("u").skp.iki[0].target == "95%", reply
    engine.handle("u", "set targets 3 to 80, 4 to 85")
    assert [i.target for i in engine.state("u").skp.iki][2:4] == ["80%", "85%"]
    engine.handle("u", "remove IKI 4 and 5")
    assert len(engine.state("u").skp.iki) == 3


SIMRS = ("No\tIKI\tTarget\n1\tSystem uptime SIMRS\t99%\n"
         "2\tPersentase tiket gangguan SIMRS yang diselesaikan ≤ 1x24 jam\t90%\n3\tJumlah pelatihan user SIMRS\t4 kali")


def test_an_english_line_with_its_measure_last_gets_its_indonesian_wording():
    """d5-simrs01: «System uptime SIMRS» in a pasted list read as Indonesian with no measure word and «belum ada
    usulan»: it is English (nothing Indonesian in it), its detail offers its Indonesian wording with the measure
    first, and taking it by the line's number keeps the line's 99%."""
    engine = Engine()
    engine.handle("u", SIMRS)
    detail = said(engine.handle("u", "/cek 1"))
    assert "bahasa Inggris" in detail and "Persentase ketersediaan (uptime) sistem SIMRS" in detail, detail
    reply = said(engine.handle("u", "no 1 pakai usulan 1"))
    iki = engine.state("u").skp.iki
    assert [(i.indikator, i.target) for i in iki] == [("Persentase ketersediaan (uptime) sistem SIMRS", "99%")], reply


def test_a_line_target_that_fits_no_suggestion_is_left_for_its_question():
    """«Jumlah pelatihan user SIMRS 4 kali» taken by its suggestion: «4 kali» is no target of a Persentase, so the
    suggestion is saved without it (its target asked)."""
    engine = Engine()
    engine.handle("u", SIMRS)
    engine.handle("u", "no 3 pakai usulan 1")
    iki = engine.state("u").skp.iki
    assert len(iki) == 1 and iki[0].target is None and iki[0].indikator.startswith("Persentase")


def test_a_line_pointed_at_by_one_word_is_asked_about_and_its_one_suggestion_taken():
    """d5-simrs01: «the uptime one is standard IT KPI lho, harus bahasa indonesia ya?» was answered from the guidance,
    and «oke pake itu» under the line's one suggestion asked «Simpan yang mana?»: the word pointed at names line 1
    (no other line holds it), its Indonesian wording is offered, and «oke pake itu» takes it with the line's 99%."""
    engine = Engine()
    engine.handle("u", SIMRS)
    asked = said(engine.handle("u", "the uptime one is standard IT KPI lho, harus bahasa indonesia ya?"))
    assert "Persentase ketersediaan (uptime) sistem SIMRS" in asked, asked
    engine.handle("u", "oke pake itu")
    iki = engine.state("u").skp.iki
    assert [(i.indikator, i.target) for i in iki] == [("Persentase ketersediaan (uptime) sistem SIMRS", "99%")]
    assert "Jumlah pelatihan user SIMRS" in said(engine.handle("u", "yg pelatihan gmn dong"))


ACTIVITIES = ("Mengagendakan surat masuk dan keluar\nRekap absensi pegawai tiap bulan\nMenyiapkan ruang rapat pimpinan\n"
              "Mengarsipkan dokumen persuratan\nInput disposisi di aplikasi persuratan")


def test_save_all_under_a_list_no_line_of_which_passes_saves_every_line_as_typed():
    """d4-pppk01: «Simpan semua» under five activity lines saved nothing («0 dari 5 baris»). play40 F2: each line is
    saved as typed (never by a suggestion the user did not pick), then each asked in turn (draft42: its suggestion, as
    written, or skip); the save can be taken back whole."""
    engine = Engine()
    engine.handle("u", ACTIVITIES)
    engine.handle("u", "yg rapat itu maksudnya gmn dijadiin output?")
    reply = said(engine.handle("u", "Simpan semua"))
    iki = engine.state("u").skp.iki
    assert len(iki) == 5 and not any(i.indikator.startswith("Persentase") for i in iki), reply
    assert "satu per satu" in reply and "Pakai usulan ini, tetap seperti ditulis" in reply
    engine.handle("u", "batalin simpan tadi")
    assert engine.state("u").skp.iki == []


def test_a_line_named_by_its_words_in_english_takes_new_words_without_its_unfit_target():
    """d5-simrs01: «ok. training ganti jadi persentase user baru …» was «maksudnya apa?»: «training» names line 3
    («Jumlah pelatihan user SIMRS») through its Indonesian word; its new words (capitalised) replace it and are
    saved, and its «4 kali» is no target of a Persentase, so the target is asked."""
    engine = Engine()
    engine.handle("u", SIMRS)
    reply = said(engine.handle("u", "ok. training ganti jadi persentase user baru yang lulus uji kompetensi SIMRS"))
    iki = engine.state("u").skp.iki
    assert [(i.indikator, i.target) for i in iki] == [("Persentase user baru yang lulus uji kompetensi SIMRS", None)]
    assert "Target satu tahun" in reply


PHARMACY = ("1. Persentase resep yang dilayani sesuai standar pelayanan kefarmasian\n2. jumlah laporan LPLPO yg dikirim\n"
            "3. Persentase obat kadaluarsa di gudang farmasi puskesmas\n4. melakukan PIO ke pasien\n"
            "5. Persentase ketersediaan obat esensial di puskesmas\n6. semua pasien mendapat konseling obat")


def test_lines_fixed_in_chat_words_then_every_target_in_one_message():
    """d6-apoteker01: «ok pake itu» under line 2's three suggestions asked «Simpan yang mana?», «yg 6 knp salah» was
    answered from the guidance and «yaudah persentase pasien …» under it was «belum bisa menyusun»; the five
    targets typed at once then took only the first. Now the first suggestion is taken (said so), line 6 is
    shown and given the new words, and «100, 95, 2, 90, 80» sets each IKI's target in order, the 100% said to be
    absolute."""
    engine = Engine()
    engine.handle("u", PHARMACY)
    engine.handle("u", "nomor 2 diganti apa?")
    assert "saya pakai usulan 1" in said(engine.handle("u", "ok pake itu"))
    assert "semua pasien mendapat konseling obat" in said(engine.handle("u", "yg 6 knp salah, kan emang harus semua"))
    engine.handle("u", "yaudah persentase pasien dgn obat khusus yg dpt konseling")
    engine.handle("u", "nomor 4 buang")
    engine.handle("u", "simpan semua")
    reply = said(engine.handle("u", "100, 95, 2, 90, 80"))
    assert [i.target for i in engine.state("u").skp.iki] == ["100%", "95%", "2%", "90%", "80%"], reply
    assert "target mutlak" in reply


def test_targets_in_order_with_their_units_never_go_to_an_iki_they_do_not_fit():
    """«targetnya 100, 90, 12 dokumen, 4 laporan» put «4 laporan» on «Persentase laporan keuangan …» (its unit names
    a word of it): each number fits its IKI in order, so the order holds."""
    engine = Engine()
    list_saved(engine, "u", "Persentase laporan keuangan yang disampaikan tepat waktu\n"
                            "Persentase SPJ yang diverifikasi sesuai standar waktu layanan\n"
                            "Jumlah satker yang menerima pendampingan penyusunan RBA\n"
                            "Jumlah rekomendasi hasil reviu yang ditindaklanjuti pimpinan")
    reply = said(engine.handle("u", "targetnya 100, 90, 12 dokumen, 4 laporan"))
    assert [i.target for i in engine.state("u").skp.iki] == ["100%", "90%", "12 dokumen", "4 laporan"], reply
    assert "target mutlak" in reply


ARCHIVES = ("Menata arsip inaktif di record center\nJumlah arsip yang dialihmediakan\n"
            "Persentase arsip vital yang terlindungi sesuai ketentuan\nMelakukan penyusutan arsip\n"
            "Jumlah daftar arsip aktif yang tersusun")


def test_a_line_dropped_by_its_words_and_two_targets_at_the_jenis_question():
    """d6-arsiparis01: «yg menata arsip inaktif buang aja» at the target question was «Target harus berupa angka», and
    «80 persen sama 12 daftar» at the jenis question was asked the jenis again: the line named is dropped (never
    called a repeat after), and the two targets go in order to the IKI still without one. (Since save27 «Jumlah arsip
    yang dialihmediakan» is a work volume, «!», so it is saved with the others and takes its target first.)"""
    engine = Engine()
    engine.handle("u", ARCHIVES)
    engine.handle("u", "penyusutan arsip dibikin output gmn?")
    engine.handle("u", "pake yg itu")
    reply = said(engine.handle("u", "yg menata arsip inaktif buang aja"))
    assert "Baris 1 «Menata arsip inaktif di record center» dibuang" in reply, reply
    assert "mengulang" not in said(engine.handle("u", "simpan semua"))
    typed(engine, "u", "3000 lembar", "100")
    reply = said(engine.handle("u", "80 persen sama 12 daftar"))
    assert [i.target for i in engine.state("u").skp.iki] == ["3.000 lembar", "100%", "80%", "12 daftar"], reply
