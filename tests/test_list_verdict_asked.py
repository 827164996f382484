"""A short question about the list just pasted gets that list's verdict or count, never a general definition nor the
help of a step left open earlier (tester56 F16)."""

from tests.talk import said

LIST = "\n".join(["1. Melaksanakan penyuluhan gizi di posyandu",
                  "2. Menghadiri rapat koordinasi lintas sektor",
                  "3. Persentase balita gizi kurang yang mendapat PMT sesuai standar",
                  "4. Membuat laporan bulanan gizi",
                  "5. Mengikuti pelatihan konseling menyusui",
                  "6. Melakukan pemantauan pertumbuhan balita",
                  "7. Melaksanakan kunjungan rumah balita gizi buruk",
                  "8. Menyusun rencana kerja tahunan",
                  "9. Melakukan validasi data e-PPGBM",
                  "10. Mengikuti lokakarya mini puskesmas",
                  "11. Melaksanakan kelas ibu balita"])


def test_whether_the_list_is_output_based_is_answered_from_its_lines(engine):
    engine.handle("u", LIST)
    told = said(engine.handle("u", "daftar itu sdh berbasis output kah?"))
    assert told.startswith("Belum: 10 dari 11 baris"), told


def test_whether_the_list_is_too_long_is_answered_with_its_count(engine):
    engine.handle("u", LIST)
    told = said(engine.handle("u", "terlalu banyak ya?"))
    assert told.startswith("Ya: 11 baris"), told


def test_a_question_about_what_output_means_is_no_question_about_the_list(engine):
    engine.handle("u", LIST)
    told = said(engine.handle("u", "output itu apa sih?"))
    assert not told.startswith("Belum:")
