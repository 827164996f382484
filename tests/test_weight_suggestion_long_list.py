"""A weight suggested in a long pasted list shares what is left among the IKI being drafted, reserving room for
refused lines only up to the guidance's minimum count (tester56 F20: «Saran: 4,5%» with Core TUSI 40% left and 3 IKI
to go, because every refused line of a 12-line list was counted as an IKI to come)."""

from tests.talk import said

LONG = "\n".join([
    "Persentase balita yang ditimbang di posyandu setiap bulan\t90\t%",
    "Persentase bayi yang mendapat imunisasi dasar lengkap\t95\t%",
    "Persentase ibu hamil yang mendapat tablet tambah darah\t90\t%",
    "Persentase balita gizi kurang yang mendapat PMT\t85\t%",
    "Persentase posyandu aktif di wilayah kerja\t80\t%",
    "Persentase kader posyandu yang tersertifikasi\t70\t%",
    "Mengikuti rapat koordinasi lintas sektor\t12\tkali",
    "Menghadiri pertemuan bulanan dinas\t12\tkali",
    "Melaksanakan kunjungan rumah\t50\tkali",
    "Mengikuti pelatihan\t2\tkali",
    "Membuat laporan bulanan\t12\tlaporan",
    "Melakukan penyuluhan\t24\tkali",
])


def test_refused_lines_beyond_the_minimum_do_not_shrink_the_suggestion(engine):
    engine.handle("u", LONG)
    engine.press("u", "list:save:fixed")  # the 6 lines that pass
    engine.handle("u", "belum ada")
    told = said(engine.handle("u", "tusi"))
    assert "Saran: 15%" in told, told  # Core TUSI 90% over the 6 IKI drafted, not over 12
