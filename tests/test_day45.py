"""Day-one sets 4 and 5 (day45): a number after the mandatory IKI's offer while a quarter is asked, a value naming two
IKI alike."""

from tests.talk import said, typed


def test_a_number_after_the_mandatory_offer_while_a_quarter_is_asked_is_its_target(engine):
    """d4-spesialis01: «IP ASN wajib ga?» while «Triwulan berapa selesainya?» was open, then «85»: the 85 was read as
    no quarter and lost («Tulis triwulannya»)."""
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.press("u", "prima:skip")
    engine.press("u", "prima:role:anggota")
    engine.press("u", "prima:direct:0")
    typed(engine, "u", "Jumlah karya ilmiah yang siap dipublikasikan, 1", "Karya ilmiah")
    assert engine.state("u").prima.field == "triwulan_selesai"
    engine.handle("u", "IP ASN wajib ga?")
    reply = said(engine.handle("u", "85"))
    mandatory = [i for i in engine.state("u").skp.iki if "Profesionalitas" in i.indikator]
    assert mandatory and "85" in str(mandatory[0].target), reply


def test_a_value_naming_two_iki_alike_goes_to_the_one_still_without_a_target(engine):
    """d5-karu01: «edukasi ortu 90» named both the falls IKI (target 95, «orang tuanya diedukasi») and the parent
    education IKI, and was said to name none."""
    typed(engine, "u", "Persentase pasien risiko jatuh yang dipasang penanda dan orang tuanya diedukasi\n"
          "Persentase peserta edukasi orang tua pasien yang mencapai nilai post-test minimal 80\n"
          "Persentase pasien yang mendapat ronde keselamatan sesuai standar", "simpan semua", "/ubah 1 target 95")
    reply = said(engine.handle("u", "ronde 80, edukasi ortu 90"))
    assert [i.target for i in engine.state("u").skp.iki] == ["95%", "90%", "80%"], reply


def test_a_count_clause_keeps_its_condition_out_of_the_satuan(engine):
    """d4-spesialis01: «penelitian: 1 karya ilmiah siap publikasi» at step 4 drafted «Jumlah karya ilmiah siap
    publikasi» with the satuan «karya ilmiah siap publikasi»: the unit ran over the condition."""
    from bot.lang.values import numbers_in, widened

    number = widened(numbers_in("1 karya ilmiah siap publikasi")[0], "Jumlah karya ilmiah siap publikasi")
    assert number.unit == "karya ilmiah"
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.handle("u", "pelayanan rawat jalan, visite rawat inap, penelitian")
    engine.press("u", "prima:role:anggota")
    engine.press("u", "prima:direct:0")
    engine.handle("u", "penelitian: 1 karya ilmiah siap publikasi. visite: persentase pasien rawat inap yg dilayani "
                       "sesuai clinical pathway 90")
    counted = next(i for i in engine.state("u").skp.iki if i.indikator.startswith("Jumlah"))
    assert counted.satuan == "karya ilmiah" and counted.target == "1 karya ilmiah"


def test_one_process_over_two_objects_joined_by_dan_is_one_activity():
    """«inspeksi TTU dan TPM di area pelabuhan» at step 2 gave two starting points, the second «TPM di area
    pelabuhan» naming no work; two pieces of work joined by «dan» are still two."""
    from bot.conversation.activities import activities

    assert activities("inspeksi TTU dan TPM di area pelabuhan, input RBA ke aplikasi") \
        == ["inspeksi TTU dan TPM di area pelabuhan", "input RBA ke aplikasi"]
    assert activities("pemeriksaan TB dan rekap data SITB") == ["pemeriksaan TB", "rekap data SITB"]
    assert activities("pelayanan rawat jalan dan visite rawat inap") == ["pelayanan rawat jalan", "visite rawat inap"]


def test_a_process_word_made_a_command_with_kan_is_read_as_that_work(engine):
    """«inputkan RBA ke aplikasi», «verifikasikan SPJ» at step 2 got no starting point («Belum ada titik awal»),
    while «input RBA ke aplikasi» got one: the «-kan» of a borrowed process word makes it a command, nothing more."""
    from bot.rewrite.work import verbs_read

    assert verbs_read("inputkan RBA ke aplikasi") == "input RBA ke aplikasi"
    assert verbs_read("terbitkan SSCEC") == "menerbitkan SSCEC"  # a meN-…-kan verb keeps its formal form
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.handle("u", "inputkan RBA ke aplikasi, verifikasikan SPJ")
    engine.press("u", "prima:role:anggota")
    reply = said(engine.press("u", "prima:direct:0"))
    assert len(engine.state("u").prima.proposals) == 2 and "Belum ada titik awal" not in reply, reply


def test_work_told_with_how_often_it_is_done_gives_starting_points_without_a_dangling_word(engine):
    """«kalibrasi alat tiap 6 bulan, supervisi puskesmas tiap 3 bulan» at step 2 was held as targets («Target yang
    Anda tulis … saya simpan») and gave no starting point; drafted, it ended in a dangling «tiap» («Jumlah sertifikat
    hasil kalibrasi alat tiap»): a number after «tiap» says how often, and goes with its «tiap»."""
    from bot.models import IkiDraft
    from bot.rewrite import rewrite

    drafted = [c.indikator for c in rewrite(IkiDraft(indikator="kalibrasi alat tiap 6 bulan")).candidates]
    assert drafted and not any(d.split()[-1] == "tiap" or " tiap " in d for d in drafted), drafted
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    reply = said(engine.handle("u", "kalibrasi alat tiap 6 bulan, supervisi puskesmas tiap 3 bulan"))
    assert "Target yang Anda tulis" not in reply and engine.state("u").prima.step == "I", reply
    engine.press("u", "prima:role:anggota")
    engine.press("u", "prima:direct:0")
    proposals = [p.indikator for p in engine.state("u").prima.proposals]
    assert len(proposals) == 2 and not any("tiap" in p for p in proposals), proposals
