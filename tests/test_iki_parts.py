"""Several IKI answered in one message (bot/conversation/iki_parts.py, day-one sets 14 and 15): parts naming their
IKI by number, by words of its text, as the mandatory IKI, as the rest or as all named before, each filling that
IKI's target, jenis and weight wherever a field is asked or with no flow open."""

from tests.talk import said, typed, typed_ahead_in_prima

PROCUREMENT = ("1. Persentase paket pengadaan yang kontraknya ditandatangani sesuai jadwal\n"
               "2. Persentase paket melalui e-katalog\n"
               "3. Persentase paket pengadaan langsung yang selesai sesuai SLA\n"
               "4. Rata-rata waktu proses pengadaan langsung\n"
               "5. Persentase sanggahan yang terjawab sesuai ketentuan\n"
               "6. Persentase HPS yang diselesaikan sesuai standar dan tepat waktu")


def _saved(engine):
    """The six procurement IKI saved from a pasted list; the first one's target asked."""
    reply = said(typed(engine, "u", PROCUREMENT, "simpan semua"))
    assert len(engine.state("u").skp.iki) == 6 and "Target satu tahun" in reply


def _fields(engine, place):
    iki = engine.state("u").skp.iki[place - 1]
    return iki.target, iki.jenis.label if iki.jenis else None, iki.bobot


def test_numbered_parts_at_the_target_question_fill_each_named_iki(engine):
    """d15-xxx08: «NO 1 TARGET 90 PERSEN, CORE TUSI, BOBOT 20. NO 2 85 PERSEN TUSI 15. NO 4 MAKS 10 HARI KERJA TUSI
    15» at IKI 1's target question took IKI 1's 90% only («Dicatat: IKI ke-1 (baris 1): target 90%»), the rest lost.
    Each IKI named gets its target (a time's ceiling kept as ≤ with its two-word unit), jenis and weight, said in one
    list with what is still empty."""
    _saved(engine)
    reply = said(engine.handle("u", "NO 1 TARGET 90 PERSEN, CORE TUSI, BOBOT 20. NO 2 85 PERSEN TUSI 15. "
                                    "NO 4 MAKS 10 HARI KERJA TUSI 15"))
    assert _fields(engine, 1) == ("90%", "Core TUSI", 20)
    assert _fields(engine, 2) == ("85%", "Core TUSI", 15)
    assert _fields(engine, 4) == ("≤ 10 hari kerja", "Core TUSI", 15)
    assert _fields(engine, 3) == (None, None, None)
    assert "IKI 4" in reply and "Masih kosong: IKI 3 (target, jenis, bobot)" in reply


def test_the_rest_with_their_count_and_a_value_put_right_inside_a_part(engine):
    """d15-xxx08: «NO 5 100% TUSI 10 SISANYA 2 ITU 80% TUSI 15 DAN 15» gives IKI 5 its fields and the two IKI still
    without a target 80% and a weight each; «EH SALAH NO 2 BUKAN 85 TP 75, DATA TAUN LALU CM 68» keeps the later
    value, 75, and the data awal typed after it goes to the same IKI."""
    _saved(engine)
    engine.handle("u", "NO 1 TARGET 90 PERSEN, CORE TUSI, BOBOT 20. NO 2 85 PERSEN TUSI 15. NO 4 MAKS 10 HARI KERJA "
                       "TUSI 15")
    reply = said(engine.handle("u", "NO 5 100% TUSI 10 SISANYA 2 ITU 80% TUSI 15 DAN 15"))
    assert _fields(engine, 5) == ("100%", "Core TUSI", 10)
    assert _fields(engine, 3) == ("80%", "Core TUSI", 15) and _fields(engine, 6) == ("80%", "Core TUSI", 15)
    assert "mutlak" in reply  # a Persentase's 100% is said to be absolute
    said_back = said(engine.handle("u", "EH SALAH NO 2 BUKAN 85 TP 75, DATA TAUN LALU CM 68"))
    assert _fields(engine, 2) == ("75%", "Core TUSI", 15)
    assert engine.state("u").skp.iki[1].baseline == "68%" and "75%" in said_back


def test_a_rest_count_that_differs_is_said_back_never_guessed(engine):
    """«sisanya 3 itu 80% tusi 15» when two IKI lack a target: the part is named with why, nothing set by it."""
    _saved(engine)
    engine.handle("u", "no 1 90 tusi 20, no 2 85 tusi 15, no 4 70 tusi 15, no 5 95 tusi 10")
    reply = said(engine.handle("u", "no 3 80 tusi 15. sisanya 3 itu 80% tusi 15"))
    assert "bukan 3" in reply and _fields(engine, 6) == (None, None, None)
    assert _fields(engine, 3) == ("80%", "Core TUSI", 15)


def test_parts_named_by_words_with_no_flow_open_and_a_part_for_both(engine):
    """d15-xxx06/d15-xxx02: after /skp, «home program 70 persen, kepuasan pasien 85 persen. dua2nya tusi 15» was
    checked as one IKI sentence. Each IKI named by its words gets its target, and «dua2nya tusi 15» gives both the
    jenis and weight."""
    typed(engine, "u", "1. Persentase pasien pasca operasi lutut yang mulai latihan jalan hari ke-2\n"
                       "2. Persentase home program yang dijalankan pasien\n"
                       "3. Persentase kepuasan pasien rehab medik\n"
                       "4. Persentase waktu tunggu terapi rawat jalan kurang dari 30 menit", "simpan semua",
          "Selesai dulu", "/skp")
    reply = said(engine.handle("u", "home program 70 persen, kepuasan pasien 85 persen. dua2nya tusi 15"))
    assert _fields(engine, 2) == ("70%", "Core TUSI", 15) and _fields(engine, 3) == ("85%", "Core TUSI", 15)
    assert _fields(engine, 1) == (None, None, None) and "Dicatat" in reply


def test_a_part_naming_no_iki_of_the_draft_is_said_back(engine):
    """«no 1 90 tusi 20, no 9 80 tusi 10» with six IKI: IKI 1 filled, the part for IKI 9 said back with why."""
    _saved(engine)
    reply = said(engine.handle("u", "no 1 90 tusi 20, no 9 80 tusi 10"))
    assert _fields(engine, 1) == ("90%", "Core TUSI", 20)
    assert "draf belum punya IKI 9" in reply


def test_numbered_parts_beside_the_mandatory_iki_in_prima_step_m(engine):
    """In PRIMA's step 4, at a field question, «no 2 85 tusi 30. no 3 55 beyond 10, ip asn 82» fills IKI 2 and 3 and
    adds the mandatory IKI with its target, never the asked field's «2%»."""
    typed_ahead_in_prima(engine)
    assert len(engine.state("u").skp.iki) == 3
    said(engine.handle("u", "no 2 85 tusi 30. no 3 55 beyond 10, ip asn 82"))
    skp = engine.state("u").skp
    assert _fields(engine, 2) == ("85%", "Core TUSI", 30) and _fields(engine, 3) == ("55%", "Beyond", 10)
    assert skp.iki[-1].indikator == "Nilai Indeks Profesionalitas ASN" and skp.iki[-1].target.startswith("82")
    assert skp.iki[0].baseline is None


def test_the_mandatory_iki_then_the_drafts_weights_in_one_message_in_prima_step_m(engine):
    """d14-xxx06: «IP ASN 80 trus bobot tusi 30 25 20 15» at a data awal question in PRIMA was «Data awal 80%» for the
    asked IKI and the weights lost. The mandatory IKI is added with its target, and the weights after it go to the
    draft's TUSI IKI in order, as draft_weights reads them."""
    typed_ahead_in_prima(engine)
    reply = said(engine.handle("u", "IP ASN 80 trus bobot tusi 30 35 25"))
    skp = engine.state("u").skp
    assert [iki.bobot for iki in skp.iki[:3]] == [30, 35, 25] and skp.iki[0].baseline is None
    assert skp.iki[-1].indikator == "Nilai Indeks Profesionalitas ASN" and skp.iki[-1].target.startswith("80")
    assert "Nilai Indeks Profesionalitas ASN" in reply


def test_parts_after_the_answer_to_a_step_before_step_m(engine):
    """d12-epi01: at PRIMA's role question, «ga langsung kayaknya, jd tusi semua kecuali ip asn. target no1 90, no2 95,
    no3 70, no4 85, ip asn 80» was taken as work to draft from and every value lost. The draft's IKI get the jenis
    and targets told, the mandatory IKI its own; the step still waits for its answer."""
    typed(engine, "u", "1. Persentase sinyal KLB yang diverifikasi < 24 jam\n"
                       "2. Persentase laporan SKDR yang masuk tepat waktu dengan analisis\n"
                       "3. Persentase rekomendasi kajian epidemiologi yang ditindaklanjuti dinkes\n"
                       "4. Persentase penyelidikan epidemiologi KLB yang selesai dalam 7 hari", "simpan semua",
          "Selesai dulu", "/prima", "Lewati", "Lewati", "tambah IP ASN")
    reply = said(engine.handle("u", "ga langsung kayaknya, jd tusi semua kecuali ip asn. target no1 90, no2 95, "
                                    "no3 70, no4 85, ip asn 80"))
    skp = engine.state("u").skp
    assert [iki.target for iki in skp.iki[:4]] == ["90%", "95%", "70%", "85%"]
    assert {iki.jenis.label for iki in skp.iki[:4]} == {"Core TUSI"} and skp.iki[4].jenis.label == "Core MI"
    assert skp.iki[4].target.startswith("80") and "Core TUSI 90%" in reply


AUDIT = ("1. Persentase laporan hasil audit LHA yang valid dan disampaikan tepat waktu\n"
         "2. Persentase rekomendasi hasil audit yang ditindaklanjuti auditi\n"
         "3. Persentase LHA yang diselesaikan sesuai PKPT tepat waktu\n"
         "4. Persentase probity audit PBJ yang selesai sesuai standar\n"
         "5. Persentase temuan berulang pada satker yang diaudit\n"
         "6. Nilai hasil telaah sejawat (peer review) atas kertas kerja audit")


def test_parts_by_words_then_the_rest_and_a_refused_value_with_no_flow_open(engine):
    """d15-xxx06 after /skp: «rekomendasi ditindaklanjuti 75%, …, temuan berulang maks 10%, peer review nilai 80.
    semuanya tusi 15» was checked as one IKI sentence; «sisanya yg 2 hasil rewrite td, target 90 persen dua2nya tusi
    15» was read as line 2; «eh temuan berulang jangan 10, 5 persen aja» checked as an IKI. Each fills the IKI it
    names: the ceiling kept as ≤, the two without a target given 90% and TUSI 15, the refused 10 replaced by 5 with
    its bound kept."""
    typed(engine, "u", AUDIT, "simpan semua", "Selesai dulu", "/skp")
    engine.handle("u", "rekomendasi ditindaklanjuti 75%, LHA sesuai PKPT 90%, temuan berulang maks 10%, peer review "
                       "nilai 80. semuanya tusi 15")
    assert _fields(engine, 5) == ("≤ 10%", "Core TUSI", 15) and _fields(engine, 6) == ("80", "Core TUSI", 15)
    reply = said(engine.handle("u", "sisanya yg 2 hasil rewrite td, target 90 persen dua2nya tusi 15"))
    assert _fields(engine, 1) == ("90%", "Core TUSI", 15) and _fields(engine, 4) == ("90%", "Core TUSI", 15)
    assert "Core TUSI 90%" in reply
    engine.handle("u", "eh temuan berulang jangan 10, 5 persen aja")
    assert _fields(engine, 5) == ("≤ 5%", "Core TUSI", 15)


def test_a_long_sentence_with_values_is_no_part_naming_an_iki(engine):
    """bir01: «yg SPM tepat waktu sama IKPA langsung masukin aja kak, target 98% sama 95 nilai» names lines of a list,
    not the draft's «… tepat waktu» IKI by a few of its words: it never gets 98% and a 95% weight."""
    typed(engine, "u", "1. Persentase laporan realisasi anggaran bulanan yang diterima pimpinan tepat waktu\n"
                       "2. Persentase sasaran rapat rekonsiliasi dengan KPPN yang menindaklanjuti rekomendasi",
          "simpan semua", "Selesai dulu", "/skp")
    engine.handle("u", "yg SPM tepat waktu sama IKPA langsung masukin aja kak, target 98% sama 95 nilai")
    assert _fields(engine, 1)[2] is None and _fields(engine, 2)[2] is None


def test_an_iki_written_out_after_its_number_is_no_part(engine):
    """«IKI 1: Persentase …, 90, TUSI 20. IKI 2: Persentase …, 85, TUSI 30» writes IKI out: never read as the draft's
    IKI 1 and 2 given those fields."""
    typed(engine, "u", "1. Persentase sasaran rapat rekonsiliasi dengan KPPN yang menindaklanjuti rekomendasi\n"
                       "2. Persentase laporan realisasi anggaran bulanan yang diterima pimpinan tepat waktu",
          "simpan semua", "Selesai dulu", "/skp")
    engine.handle("u", "IKI 1: Persentase sampel TB yang diperiksa tepat waktu, 90, TUSI 20. IKI 2: Persentase "
                       "dokumen HPS yang valid, 85, TUSI 30")
    assert _fields(engine, 1)[1:] != ("Core TUSI", 20) and _fields(engine, 2)[1:] != ("Core TUSI", 30)


KNEE = ("1. Persentase pasien pasca operasi lutut yang mulai latihan jalan hari ke-2\n"
        "2. Persentase waktu tunggu terapi rawat jalan kurang dari 30 menit\n"
        "3. Persentase home program yang dijalankan pasien")


def test_weights_put_right_by_name_the_field_carried_to_the_next_part(engine):
    """d15-xxx02: «eh yg lutut tadi bobotnya 20 aja deh, waktu tunggu jadi 25» changes the knee IKI's weight to 20
    and the waiting-time IKI's to 25 («jadi 25» is a weight after «bobotnya 20»), their targets untouched."""
    typed(engine, "u", KNEE, "simpan semua", "Selesai dulu", "lutut: 85 persen, tusi, bobot 25. tunggu terapi: 80%, "
                                                           "tusi, bobot 20")
    assert _fields(engine, 1) == ("85%", "Core TUSI", 25) and _fields(engine, 2) == ("80%", "Core TUSI", 20)
    engine.handle("u", "eh yg lutut tadi bobotnya 20 aja deh, waktu tunggu jadi 25")
    assert _fields(engine, 1) == ("85%", "Core TUSI", 20) and _fields(engine, 2) == ("80%", "Core TUSI", 25)


def test_a_value_put_right_with_no_value_before_it_is_asked_never_guessed(engine):
    """«no1 95, no2 eh salah, 20 aja»: 20 for IKI 2, or in place of IKI 1's 95? IKI 1 gets 95, and the part after it
    is said back with the question (it was IKI 1's «1%»)."""
    typed(engine, "u", KNEE, "simpan semua")
    reply = said(engine.handle("u", "no1 95, no2 eh salah, 20 aja"))
    assert _fields(engine, 1)[0] == "95%" and _fields(engine, 2)[0] is None
    assert "tidak jelas" in reply and "no2 eh salah" in reply
