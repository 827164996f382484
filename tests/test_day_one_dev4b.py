"""Day-one set 4 (dev4): the IKI a user means reach the draft. Step 4's starting points are taken in order when the
user accepts them or types a target instead of an IKI, named by their words with their fields; a Ketua Tim's values
told before step 4 are kept with their jenis and weight; a value confirmed with its reason is no work."""

from tests.talk import press, prima_at_step_m, said

STARTS = ("- pemeriksaan sanitasi kapal yg sandar\n- inspeksi TTU di area pelabuhan\n"
          "- pengawasan vektor (jentik, tikus) di perimeter")


def _at_starting_points(engine):
    replies = prima_at_step_m(engine, "u", STARTS)
    assert "Titik awal dari aktivitas" in said(replies) and len(engine.state("u").prima.proposals) == 3
    return engine.state("u").prima.proposals


def test_ok_under_the_starting_points_takes_the_first(engine):
    """d4-sanitarian01: «ok lanjut» under step 4's starting points starts on the first (it was «Siap.»)."""
    first = _at_starting_points(engine)[0].indikator
    replies = engine.handle("u", "ok lanjut")
    assert f"IKI diterima: «{first}»" in said(replies) and "Target satu tahun" in said(replies)


def test_a_bare_target_under_the_starting_points_is_the_first_ones(engine):
    """d4-sanitarian01: «59» typed instead of an IKI is the first one's target (it was «Saya perlu kalimat IKI»)."""
    first = _at_starting_points(engine)[0].indikator
    engine.handle("u", "59")
    iki = engine.state("u").skp.iki
    assert [i.indikator for i in iki] == [first] and iki[0].target == "59%"


def test_a_target_named_by_a_shortened_word_goes_to_that_starting_point(engine):
    """d4-blu01: «yg rekon 100%» picks the starting point naming «rekonsiliasi», with its target."""
    _blu_at_step_4(engine, "u")
    proposals = engine.state("u").prima.proposals
    named = next(p.indikator for p in proposals if "rekonsiliasi" in p.indikator)
    engine.handle("u", "yg rekon 100%")
    iki = engine.state("u").skp.iki
    assert [i.indikator for i in iki] == [named] and iki[0].target == "100%"


def test_several_starting_points_named_with_their_fields_are_saved_and_the_unnamed_said_back(engine):
    """d4-sanitarian01: «yg TTU 85, TUSI, 25. vektor 90 tusi 25. yg PHBS ABK 80 tusi 20. IP ASN 82 MI 10»: each
    starting point its words name with target, jenis and weight, the mandatory IKI too; the clause naming none is
    said back (it was read as one IKI to check and refused)."""
    proposals = _at_starting_points(engine)
    ttu = next(p.indikator for p in proposals if "TTU" in p.indikator)
    vektor = next(p.indikator for p in proposals if "vektor" in p.indikator)
    replies = engine.handle("u", "yg TTU 85, TUSI, 25. vektor 90 tusi 25. yg PHBS ABK 80 tusi 20. IP ASN 82 MI 10")
    iki = {i.indikator: i for i in engine.state("u").skp.iki}
    assert (iki[ttu].target, iki[ttu].jenis.value, iki[ttu].bobot) == ("85%", "core_tusi", 25)
    assert (iki[vektor].target, iki[vektor].jenis.value, iki[vektor].bobot) == ("90%", "core_tusi", 25)
    assert (iki["Nilai Indeks Profesionalitas ASN"].jenis.value, iki["Nilai Indeks Profesionalitas ASN"].bobot) \
        == ("core_mi", 10)
    assert len(iki) == 3 and "«yg PHBS ABK 80 tusi 20»" in said(replies)


def test_prima_lets_go_of_a_saved_iki_field_question(engine):
    """d4-spesialis01: /prima while «Simpan ke draf» still asks a saved IKI's data awal: PRIMA's step 1 takes the next
    message (it was «Data awal harus berupa angka» for the unit's indicator), the IKI kept and where to complete it
    said."""
    engine.handle("u", "/cek Angka kematian neonatus di NICU")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "0")
    replies = engine.handle("u", "/prima")
    assert "tetap di draf" in said(replies) and "/ubah 1" in said(replies) and "Langkah 1 dari 5" in said(replies)
    replies = engine.handle("u", "pengelolaan arsip")
    assert "Data awal" not in said(replies) and len(engine.state("u").skp.iki) == 1


def _leader_at_the_cascade_question(engine):
    """d4-katimkesga01's start: IKK 5.1.1 picked, three activities, Ketua Tim: step 3 asks the cascade."""
    engine.handle("k", "/prima")
    replies = engine.handle("k", "pemeriksaan kesehatan gratis bayi baru lahir")
    press(engine, "k", replies, "IKK 5.1.1")
    engine.handle("k", "- percepatan cakupan PKG BBL di 38 provinsi\n- penyusunan juknis PKG BBL revisi\n"
                       "- monev capaian per regional, umpan balik ke dinkes")
    engine.press("k", "prima:role:ketua_tim")
    assert engine.state("k").prima.field == "direct"


def test_a_core_cl_told_at_the_cascade_question_answers_it_and_the_values_are_kept(engine):
    """«cakupan 70, CL bobot 30» at «cascading langsung?»: held and said back (the 70 was not), and CL answers the
    question: direct, step 4 opens."""
    _leader_at_the_cascade_question(engine)
    replies = engine.handle("k", "cakupan 70, CL bobot 30")
    state = engine.state("k")
    assert "«cakupan 70, CL bobot 30»" in said(replies) and "Ya, langsung" in said(replies)
    assert state.skp.cascading_langsung is True and state.prima.step == "M"


def test_a_core_cl_naming_no_starting_point_is_the_unit_indicator_picked(engine):
    """d4-katimkesga01: «cakupan 70, CL bobot 30» names none of the starting points (juknis, monev): the Ketua Tim's
    CL IKI is IKK 5.1.1 itself, with 70%, weight 30 and its code as parent (it became «Jumlah cakupan», unsaved)."""
    _leader_at_the_cascade_question(engine)
    engine.handle("k", "cakupan 70, CL bobot 30")
    iki = engine.state("k").skp.iki
    assert len(iki) == 1 and iki[0].indikator.startswith("Persentase penduduk penerima pemeriksaan kesehatan gratis")
    assert (iki[0].target, iki[0].jenis.value, iki[0].bobot, iki[0].parent) == ("70%", "core_cl", 30, "IKK 5.1.1")
    replies = engine.handle("k", "beyond: 1 inovasi dashboard capaian PKG BBL per kab/kota yg dipakai dinkes, bobot 10")
    assert "Beyond, bobot 10%" in said(replies) and engine.state("k").skp.iki[1].jenis.value == "beyond"


def test_an_iki_typed_ahead_keeps_its_jenis_and_weight(engine):
    """«tambah satu CL: Persentase …, target 60, bobot 20» before step 4: saved with Core CL and 20 (they were lost)."""
    _leader_at_the_cascade_question(engine)
    engine.handle("k", "tambah satu CL: persentase kab/kota dgn cakupan PKG BBL minimal 80%, target 60, bobot 20")
    iki = engine.state("k").skp.iki[0]
    assert (iki.target, iki.jenis.value, iki.bobot) == ("60%", "core_cl", 20)


def test_fields_for_several_starting_points_at_a_field_question_are_saved_with_them(engine):
    """«juknis 100 tusi 20, monev 80 tusi 20, ip asn 85» while step 4 asks a data awal: each starting point named
    saved with its target, jenis and weight (it was read as the data awal «100%»), the question asked again."""
    _leader_at_the_cascade_question(engine)
    engine.press("k", "prima:direct:1")
    engine.handle("k", "Persentase kab/kota dengan cakupan PKG BBL minimal 80%, target 60")
    assert engine.state("k").prima.field != "indikator"
    replies = engine.handle("k", "juknis 100 tusi 20, monev 80 tusi 20, ip asn 85")
    juknis = next(i for i in engine.state("k").skp.iki if "juknis" in i.indikator)
    monev = next(i for i in engine.state("k").skp.iki if "monev" in i.indikator)
    assert (juknis.target, juknis.jenis.value, juknis.bobot) == ("100%", "core_tusi", 20)
    assert (monev.target, monev.bobot) == ("80%", 20) and len(engine.state("k").skp.iki) == 4
    assert engine.state("k").skp.iki[0].baseline is None and "Capaian terakhir" in said(replies)


def _blu_at_step_4(engine, user="b"):
    """PRIMA to step 4 as d4-blu01 went: no unit indicator, three pieces of work, an anggota without a direct cascade."""
    engine.handle(user, "/prima")
    engine.press(user, "prima:skip")
    engine.handle(user, "1. rekonsiliasi pendapatan BLU tiap bulan dgn KPPN\n2. nyusun laporan keuangan BLU semesteran\n"
                        "3. verifikasi SPJ dari jurusan")
    engine.press(user, "prima:role:anggota")
    engine.press(user, "prima:direct:0")


def test_a_value_kept_with_its_reason_is_no_work_and_a_jenis_with_its_weight_takes_both(engine):
    """d4-blu01: «iya tetap, kalau ga rekon bisa jadi temuan BPK» after «yg rekon 100%» keeps the 100% and says the
    reason back (it was drafted as work, the IKI set aside); «tusi 20» then gives the jenis and the weight 20."""
    _blu_at_step_4(engine)
    engine.handle("b", "yg rekon 100%")
    replies = engine.handle("b", "iya tetap, kalau ga rekon bisa jadi temuan BPK")
    assert "target 100% tetap" in said(replies) and "temuan BPK" in said(replies)
    assert "Saya susun usulan" not in said(replies) and engine.state("b").prima.current is not None
    engine.handle("b", "tusi 20")
    iki = engine.state("b").skp.iki[0]
    assert (iki.target, iki.jenis.value, iki.bobot) == ("100%", "core_tusi", 20)


def test_a_starting_point_named_with_its_jenis_and_weight_is_saved_with_them(engine):
    """«lapkeu 1 laporan, tusi 20»: the starting point naming «laporan» saved with TUSI 20, the count said not to fit
    a Persentase (it was read as the jenis and a weight of 1% for the IKI before)."""
    _blu_at_step_4(engine)
    replies = engine.handle("b", "lapkeu 1 laporan, tusi 20")
    iki = engine.state("b").skp.iki
    assert len(iki) == 1 and "laporan keuangan" in iki[0].indikator and iki[0].bobot == 20
    assert "Persentase tidak bisa 1 laporan" in said(replies)


def test_a_bare_number_after_the_mandatory_iki_was_offered_is_its_target_while_no_number_is_asked(engine):
    """d4-spesialis01: «IP ASN wajib ga?» under step 4's starting points offers it; «85» next adds it with 85 (it went
    to a suggestion as its target)."""
    _at_starting_points(engine)
    engine.handle("u", "IP ASN wajib ga?")
    replies = engine.handle("u", "85")
    iki = engine.state("u").skp.iki
    assert [i.indikator for i in iki] == ["Nilai Indeks Profesionalitas ASN"] and "85" in str(iki[0].target)
    assert "Tersimpan ke draf" in said(replies)


def test_every_activity_told_at_step_r_gets_its_starting_point_not_only_the_first_three(engine):
    """d4-sanitarian01: a fourth and fifth activity got «Belum ada titik awal» though each can be drafted."""
    prima_at_step_m(engine, "u", STARTS + "\n- penerbitan sertifikat sanitasi kapal\n- pemeriksaan air bersih di pelabuhan")
    assert len(engine.state("u").prima.proposals) == 5
