"""A pasted list whose lines all pass, saved whole: the first field question is told the fields of all can be typed
at once, with an example that works as typed; an SKP already agreed may keep the list as written (tester22b #21)."""

from tests.talk import labels, press, said, typed

PASSING = ("Persentase usulan kenaikan pangkat yang diproses dalam 5 hari kerja\n"
           "Jumlah data rekapitulasi kehadiran pegawai yang valid\n"
           "Persentase rekomendasi hasil analisis jabatan yang ditindaklanjuti\n"
           "Nilai Indeks Profesionalitas ASN")


def test_a_whole_list_saved_is_told_its_fields_can_be_typed_at_once_and_the_example_works(engine):
    listed = engine.handle("u", PASSING)
    saved = press(engine, "u", listed, "Simpan 4 IKI lolos")
    text = said(saved)
    assert "sekaligus" in text and "«target 95, 12, 95, 85»" in text and "«tusi semua, bagi rata»" in text, text
    assert "Target satu tahun" in saved[-1].text  # the first field is still asked, right under it
    typed(engine, "u", "target 95, 12, 95, 85", "tusi semua, bagi rata")
    iki = engine.state("u").skp.iki
    assert [str(i.target).split()[0] for i in iki] == ["95%", "12", "95%", "85"]
    assert [i.bobot for i in iki[:3]] == [30, 30, 30] and all(i.jenis for i in iki)


def test_a_save_of_two_or_of_iki_already_complete_says_nothing_of_it(engine):
    listed = engine.handle("u", "Persentase usulan kenaikan pangkat yang diproses dalam 5 hari kerja\n"
                                "Jumlah data rekapitulasi kehadiran pegawai yang valid")
    assert "sekaligus" not in said(press(engine, "u", listed, "Simpan 2 IKI lolos"))
    complete = ("Jumlah data rekapitulasi kehadiran pegawai yang valid, 12 data, TUSI 30\n"
                "Jumlah sertifikat hasil kalibrasi alat kesehatan, 100 sertifikat, TUSI 30\n"
                "Jumlah karya ilmiah yang siap dipublikasikan, 2 karya, TUSI 30")  # counts: no data awal asked
    assert "sekaligus" not in said(press(engine, "v", engine.handle("v", complete), "Simpan 3 IKI lolos"))


def test_a_whole_list_that_passes_may_be_kept_as_written_when_the_skp_is_agreed(engine):
    shown = labels(engine.handle("u", PASSING))
    assert "Simpan semua seperti ditulis" in shown, shown
    two = labels(engine.handle("v", "Persentase usulan kenaikan pangkat yang diproses dalam 5 hari kerja\n"
                                    "Jumlah data rekapitulasi kehadiran pegawai yang valid"))
    assert not any("seperti ditulis" in label for label in two), two


def test_the_example_for_jenis_and_weights_fills_them_all_at_the_jenis_question_too(engine):
    """Counts typed with their targets: no data awal is asked, so the first question is the jenis, where «tusi semua,
    bagi rata» was taken as the first IKI's jenis alone."""
    listed = engine.handle("u", "Jumlah data rekapitulasi kehadiran pegawai yang valid 12 data\n"
                                "Jumlah sertifikat hasil kalibrasi alat kesehatan 100 sertifikat\n"
                                "Jumlah karya ilmiah yang siap dipublikasikan 2 karya")
    saved = press(engine, "u", listed, "Simpan 3 IKI lolos")
    assert "«tusi semua, bagi rata»" in said(saved) and "Jenis IKI ini?" in saved[-1].text
    typed(engine, "u", "tusi semua, bagi rata")
    assert [(i.jenis.value, i.bobot) for i in engine.state("u").skp.iki] == [("core_tusi", 30)] * 3
    assert engine.state("u").fill is None


def test_no_data_awal_for_all_of_them_asks_none_of_them_again(engine):
    """The data awal was asked of each share in turn; «belum ada data awal semua» (the hint's example) leaves all."""
    listed = engine.handle("u", PASSING)
    saved = press(engine, "u", listed, "Simpan 4 IKI lolos")
    assert "«belum ada data awal semua»" in said(saved)
    asked = typed(engine, "u", "target 95, 12, 95, 85", "tusi semua, bagi rata")
    assert "data awal" in asked[-1].text
    replies = engine.handle("u", "belum ada data awal semua")
    rest = [engine.handle("u", answer) for answer in ("Data", "10")]
    shown = said(replies) + said([r for replies in rest for r in replies])
    assert "tidak saya tanyakan" in said(replies) and "Capaian terakhir" not in shown, shown
    state = engine.state("u")
    assert state.fill is None and all(i.bobot for i in state.skp.iki) and not any(i.baseline for i in state.skp.iki)


def test_an_even_split_with_no_mandatory_iki_offers_it_with_the_core_mi_share_left(engine):
    """team31: «tusi semua, bagi rata» on a draft without «Nilai Indeks Profesionalitas ASN» left Core at 90% with a
    bare hint; the share left for it is said and it is offered, and taken («ya tambahin», then its target) with Core
    MI's 10%, so Core is 100% with nothing more to type."""
    listed = engine.handle("u", "Jumlah data rekapitulasi kehadiran pegawai yang valid 12 data\n"
                                "Jumlah sertifikat hasil kalibrasi alat kesehatan 100 sertifikat\n"
                                "Jumlah karya ilmiah yang siap dipublikasikan 2 karya")
    press(engine, "u", listed, "Simpan 3 IKI lolos")
    offered = said(typed(engine, "u", "tusi semua, bagi rata"))
    assert "Core baru 90%: bobot Core MI 10% saya sisakan untuknya. Tambahkan?" in offered, offered
    assert "Berapa targetnya" in said(typed(engine, "u", "ya tambahin"))
    added = said(typed(engine, "u", "85"))
    iki = engine.state("u").skp.iki
    assert "Bobotnya Core MI 10%" in added and [(i.jenis.value, i.bobot) for i in iki] == \
        [("core_tusi", 30)] * 3 + [("core_mi", 10)]
