"""Day-one set 6 (a radiografer, a policy analyst): a question whether any IKI is mandatory, asked at a field question
or with nothing open."""

from tests.talk import said


def test_any_mandatory_asked_at_a_field_question(engine):
    """d6-radiografer01: «ada yg wajib ga kak?» at the data-awal question got the data-awal help, and «iya tambahin»
    next was a data awal that is no number: the mandatory IKI is told with its source and offered, taken next."""
    engine.handle("u", "/cek Persentase pasien yang menerima dosis radiasi sesuai standar proteksi radiasi")
    engine.handle("u", "simpan target 95")
    reply = said(engine.handle("u", "ada yg wajib ga kak?"))
    assert "Indeks Profesionalitas ASN" in reply and "Core MI" in reply and "Bantuan untuk langkah" not in reply
    said(engine.handle("u", "iya tambahin"))
    said(engine.handle("u", "85"))
    iki = engine.state("u").skp.iki
    assert [i.indikator for i in iki][-1] == "Nilai Indeks Profesionalitas ASN" and iki[-1].target == "85"


def test_any_mandatory_asked_with_nothing_open(engine):
    """With no question open it was «Tidak.» about Beyond; a question naming another thing keeps its own answer."""
    reply = said(engine.handle("u", "ada yg wajib ga kak?"))
    assert "Indeks Profesionalitas ASN" in reply and not reply.split("\n")[1].startswith("Tidak.")
    assert "Beyond" in said(engine.handle("v", "beyond wajib ga?"))


def test_mandatory_taken_then_another_iki_keeps_it(engine):
    """d6-radiografer01: «iya tambahin» asked the mandatory IKI's target alone; another IKI typed next dropped it (the
    draft stayed at 4 IKI): it is kept without a target, said so, and the new IKI saved as well."""
    engine.handle("u", "/cek Persentase pasien yang menerima dosis radiasi sesuai standar proteksi radiasi")
    engine.handle("u", "simpan target 95")
    engine.handle("u", "ada yg wajib ga kak?")
    engine.handle("u", "iya tambahin")
    reply = said(engine.handle("u", "Persentase permintaan pemeriksaan CT scan cito yang hasilnya selesai kurang dari "
                                    "1 jam, target 85"))
    iki = engine.state("u").skp.iki
    assert [i.indikator for i in iki][1:] == [
        "Nilai Indeks Profesionalitas ASN",
        "Persentase permintaan pemeriksaan CT scan cito yang hasilnya selesai kurang dari 1 jam"]
    assert iki[1].target is None and "/ubah 2 target" in reply


def test_lines_picked_by_number_after_a_lead_and_a_pointer(engine):
    """d6-analis01: «oke simpan yg 2 dan 3» under a pasted list was checked as an IKI: lines 2 and 3 are saved; «simpan
    2 IKI yang lolos» still counts IKI."""
    engine.handle("u", "* menghadiri rapat harmonisasi di kemenkumham\n* Persentase masukan kebijakan yang "
                       "ditindaklanjuti unit teknis\n* jumlah kajian kebijakan")
    engine.handle("u", "oke simpan yg 2 dan 3")
    assert [i.indikator for i in engine.state("u").skp.iki] == [
        "Persentase masukan kebijakan yang ditindaklanjuti unit teknis", "jumlah kajian kebijakan"]


def test_own_direct_cascade_told_at_a_field_question(engine):
    """d6-analis01: «saya ada cascade langsung …, jadi CL dong?» at the data-awal question got a passage without the
    weights: it is answered as with no question open (Core CL, CL 50 / TUSI 40 / MI 10), the field asked again."""
    engine.handle("u", "/cek Persentase policy brief yang digunakan sebagai bahan pengambilan kebijakan pimpinan")
    engine.handle("u", "simpan, 70%")
    reply = said(engine.handle("u", "saya ada cascade langsung ke IKK direktorat soal regulasi, jadi CL dong?"))
    assert "Core CL" in reply and "CL 50%, TUSI 40%, MI 10%" in reply and "data awal" in reply


def test_jenis_by_number_and_the_rest(engine):
    """d6-katim01: «no 1 CL, sisanya tusi» at the data-awal question was a data awal of 1%: IKI 1 is Core CL, the
    others without a jenis Core TUSI."""
    engine.handle("u", "Jumlah rancangan peraturan menteri kesehatan yang disusun\nPersentase policy brief yang "
                       "digunakan sebagai bahan pengambilan kebijakan pimpinan\nPersentase masukan kebijakan yang "
                       "ditindaklanjuti unit teknis")
    engine.handle("u", "simpan semua")
    engine.handle("u", "target 3, 70, 60")
    engine.handle("u", "no 1 CL, sisanya tusi")
    iki = engine.state("u").skp.iki
    assert [i.jenis.value if i.jenis else None for i in iki] == ["core_cl", "core_tusi", "core_tusi"]
    assert all(i.baseline is None for i in iki)


def test_weights_of_a_jenis_after_the_first_clause(engine):
    """d6-katim01: «bobot CL 25 25, tusi 15 15 10, mi 10» set the CL and MI weights and dropped the TUSI ones unsaid:
    each TUSI IKI takes its weight in the draft's order."""
    engine.handle("u", "Jumlah rancangan peraturan menteri kesehatan yang disusun\nPersentase policy brief yang "
                       "digunakan sebagai bahan pengambilan kebijakan pimpinan\nPersentase masukan kebijakan yang "
                       "ditindaklanjuti unit teknis\nPersentase kajian kebijakan yang ditindaklanjuti pimpinan")
    engine.handle("u", "simpan semua")
    engine.handle("u", "target 3, 70, 60, 50")
    engine.handle("u", "no 1 CL, no 2 CL, sisanya tusi")
    reply = said(engine.handle("u", "bobot CL 25 25, tusi 15 25"))
    assert [i.bobot for i in engine.state("u").skp.iki] == [25, 25, 15, 25]
    assert "IKI 3: Core TUSI bobot 15%" in reply and "IKI 4: Core TUSI bobot 25%" in reply


def test_a_yes_with_the_target_after_its_target_was_asked_sets_it_once(engine):
    """The mandatory IKI's target asked alone, then «iya tambah, target 85»: saved once with 85, never first said to be
    kept without a target (the keep-untargeted reading is for another message typed instead)."""
    engine.handle("u", "/cek Persentase laporan keuangan yang disusun sesuai SAP")
    engine.press("u", "fill:save")
    engine.handle("u", "ada yg wajib ga kak?")
    engine.handle("u", "iya tambahin")
    reply = said(engine.handle("u", "iya tambah, target 85"))
    iki = engine.state("u").skp.iki
    assert [(i.indikator, str(i.target)) for i in iki][1:] == [("Nilai Indeks Profesionalitas ASN", "85")]
    assert "targetnya belum ada" not in reply
