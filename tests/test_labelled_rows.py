"""Rows copied from e-Kinerja with their field labels (tester57 F1): one IKI per indicator label, its target read,
its RHK kept as the RHK; never the whole paste glued into one IKI or RHK, never a label line checked as an IKI."""

from bot.conversation import labelled_rows
from tests.talk import press, said

ONE_LINE_EACH = (
    "tolong dicek bu, sy salin dr aplikasi\n"
    "RHK: Tersedianya data sasaran gizi balita yang mutakhir / Indikator Kinerja Individu: Persentase balita gizi "
    "kurang yang tercatat di e-PPGBM / Target: 95 / Satuan: %\n"
    "RHK: Terlaksananya pemantauan pertumbuhan balita / Indikator Kinerja Individu: Persentase posyandu yang "
    "melaporkan penimbangan tepat waktu / Target: 90 / Satuan: % / Realisasi: 87\n"
    "RHK: Meningkatnya kompetensi kader / Indikator Kinerja Individu: Jumlah kader yang lulus uji kompetensi / "
    "Target: 30 / Satuan: orang")

FIELD_PER_LINE = (
    "Rencana Hasil Kerja: Terkelolanya arsip dinamis unit\n"
    "IKI: Persentase berkas arsip aktif yang tertata sesuai klasifikasi\n"
    "Target: 100 %\n"
    "IKI: Waktu rata-rata penemuan kembali arsip\n"
    "Target: 10 menit\n"
    "Rencana Hasil Kerja: Tersusunnya laporan kearsipan\n"
    "IKI: Persentase laporan kearsipan yang disampaikan tepat waktu\n"
    "Target: 100 %")


def test_rows_on_one_line_each_become_one_iki_each_with_target_and_rhk(engine):
    replies = engine.handle("a", ONE_LINE_EACH)
    text = said(replies)
    assert "daftar 3 IKI" in text and "Kolom RHK Anda" in text
    listed = engine.state("a").listed
    assert [(item.text, item.target, item.rhk) for item in listed] == [
        ("Persentase balita gizi kurang yang tercatat di e-PPGBM", "95%",
         "Tersedianya data sasaran gizi balita yang mutakhir"),
        ("Persentase posyandu yang melaporkan penimbangan tepat waktu", "90%",
         "Terlaksananya pemantauan pertumbuhan balita"),
        ("Jumlah kader yang lulus uji kompetensi", "30 orang", "Meningkatnya kompetensi kader")]


def test_one_field_per_line_keeps_the_rhk_over_every_indicator_under_it(engine):
    replies = engine.handle("b", FIELD_PER_LINE)
    text = said(replies)
    assert "daftar 3 IKI" in text and "Rencana Hasil Kerja" not in text.split("\n")[1]
    listed = engine.state("b").listed
    assert [(item.text, item.target, item.rhk) for item in listed] == [
        ("Persentase berkas arsip aktif yang tertata sesuai klasifikasi", "100%", "Terkelolanya arsip dinamis unit"),
        ("Waktu rata-rata penemuan kembali arsip", "10 menit", "Terkelolanya arsip dinamis unit"),
        ("Persentase laporan kearsipan yang disampaikan tepat waktu", "100%", "Tersusunnya laporan kearsipan")]
    press(engine, "b", replies, "Simpan")
    assert engine.state("b").skp.iki[0].rhk == "Terkelolanya arsip dinamis unit"


def test_a_realisasi_label_is_read_past_never_taken_as_the_target():
    rows = labelled_rows.rows(ONE_LINE_EACH).splitlines()
    assert rows[0] == "tolong dicek bu, sy salin dr aplikasi:"
    assert rows[2].startswith("Persentase posyandu yang melaporkan penimbangan tepat waktu, 90 % [RHK")
    assert "87" not in rows[2]


def test_one_labelled_indicator_or_a_plain_list_is_left_as_typed():
    assert labelled_rows.rows("RHK: Terkelolanya arsip\nIKI: Persentase arsip tertata\nTarget: 100 %") is None
    assert labelled_rows.rows("Persentase arsip tertata, target: 100%\nJumlah arsip dipindahkan, target: 40") is None


def test_labelled_rows_split_by_bars_are_rows_not_a_header_and_its_row():
    # lead play: two e-Kinerja rows, each «RHK: … | Indikator: … | Target: …» on one line under an intro line, were read
    # as a pipe table whose first row was its header: the first IKI vanished and the second kept its labels
    from bot.conversation import Engine
    from tests.talk import said

    engine = Engine()
    shown = said(engine.handle("u", "ini dr e-Kinerja tahun lalu\n"
                                    "Rencana Hasil Kerja: Rekam medis pasien rawat inap lengkap | Indikator: Persentase "
                                    "rekam medis rawat inap yang lengkap dalam 2x24 jam | Target: 90 %\n"
                                    "Rencana Hasil Kerja: Klaim BPJS tepat waktu | Indikator: Melakukan koding "
                                    "diagnosis pasien | Target: 1200 berkas"))
    assert "Persentase rekam medis rawat inap yang lengkap" in shown
    assert "Indikator:" not in shown and "Rencana Hasil Kerja:" not in shown
