"""Aspek of IKI written across units, labelled from the deck's definitions (Materi Seri 1 Biro OSDM, slide «Hasil
Kerja pada SKP JA dan JF»; knowledge/guidelines/10-target-iki.md): kuantitas = how many results; kualitas = the
quality of the results (conformance to a standard, a share meeting a criterion, harm avoided or counted, a score);
waktu = timeliness or speed; biaya = efficient use of the budget (the budget is what is measured, not the topic)."""

import pytest

from bot.models import Aspek, IkiDraft
from bot.rules.measures import aspek_of

K, Q, W, B = Aspek.kuantitas, Aspek.kualitas, Aspek.waktu, Aspek.biaya

TABLE = [
    # kuantitas: the number of results, or the reach of a service
    ("Jumlah sertifikat hasil kalibrasi alat kesehatan yang terbit", K),
    ("Jumlah pasien nifas yang diberikan edukasi ASI eksklusif", K),
    ("Jumlah dokumen rencana kebutuhan pegawai yang disusun", K),
    ("Persentase balita yang mendapat imunisasi dasar lengkap", K),
    ("Jumlah kader posyandu yang dilatih", K),
    ("Jumlah pasien HD yang lulus evaluasi adekuasi dialisis", K),  # a count of those passing (tester51 P1-11)
    # kualitas: conformance to a standard, a share that meets a criterion, harm counted or avoided, a score
    ("Persentase persalinan normal yang ditangani sesuai SOP APN", Q),
    ("Persentase pemeriksaan laboratorium yang dilakukan sesuai pedoman", Q),
    ("Persentase pasien rawat inap yang dilayani sesuai clinical pathway", Q),
    ("Persentase pemberian obat yang sesuai prosedur", Q),
    ("Angka kejadian ruptur perineum derajat 3-4", Q),
    ("Angka kejadian infeksi daerah operasi", Q),
    ("Persentase kejadian pasien jatuh di ruang rawat inap", Q),
    ("Persentase rekomendasi hasil monev realisasi anggaran yang ditindaklanjuti", Q),
    ("Persentase temuan audit internal yang ditindaklanjuti", Q),
    ("Indeks kepuasan masyarakat terhadap layanan rumah sakit", Q),
    ("Persentase partograf yang diisi lengkap dan benar", Q),
    ("Persentase hasil QC internal yang memenuhi aturan Westgard", Q),  # tester24 #16: a rule set is a norm
    ("Persentase hasil QC internal yang lolos sesuai Westgard", Q),
    # waktu: timeliness or speed
    ("Persentase laporan keuangan yang disampaikan tepat waktu", W),
    ("Rata-rata waktu tunggu pelayanan rawat jalan", W),
    ("Jumlah sampel air minum yang diperiksa tepat waktu", W),
    ("Persentase surat masuk yang didisposisikan paling lama 1 hari kerja", W),
    # biaya: the budget (its realisation, absorption, saving) is what is measured
    ("Persentase realisasi anggaran satuan kerja", B),
    ("Persentase penyerapan anggaran kegiatan dekonsentrasi", B),
    ("Persentase efisiensi anggaran perjalanan dinas", B),
    ("Jumlah PNBP yang diterima dari layanan laboratorium", B),
    # the budget as the topic of another measure
    ("Jumlah dokumen usulan revisi anggaran yang disusun", K),
    ("Persentase laporan realisasi anggaran yang disusun sesuai ketentuan", Q),
]


@pytest.mark.parametrize("text, aspek", TABLE)
def test_aspek_as_the_guidance_defines_it(text, aspek):
    assert aspek_of(IkiDraft(indikator=text)) is aspek
