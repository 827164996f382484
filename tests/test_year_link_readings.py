"""Readings a logbook line's link needs beyond its words' match (link38): a learning event told bare, a discipline
kept whole, the IKI's bound of time echoed."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.entry_numbers import quantity
from bot.year.line import line
from bot.year.line_terms import line_terms
from bot.year.link_threshold import bounds_echoed
from bot.year.linking import Decision, link
from bot.year.terms import text_terms


def _skp(*rows: tuple[str, str, str]) -> SkpDraft:
    return SkpDraft(iki=[IkiDraft(indikator=i, target=t, satuan=s) for i, t, s in rows])


def _link(text: str, skp: SkpDraft, today: date = date(2026, 8, 27)):
    ln = line(text)
    return link(ln, read_date(ln, today)[1], skp)


PROTOKOL = _skp(("Jumlah kegiatan pimpinan yang terlaksana sesuai tata protokol tanpa keluhan", "40", "kegiatan"),
                ("Persentase agenda pimpinan terkonfirmasi H-1", "95", "%"),
                ("Jumlah SOP keprotokolan yang ditetapkan", "2", "SOP"),
                ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))


@pytest.mark.parametrize("text", ["ikut pelatihan public speaking", "ikut webinar manajemen waktu",
                                  "ikut workshop penulisan kreatif", "pelatihan etiket bisnis"])
def test_a_learning_event_told_bare_asks_with_competence_first(text):
    # only the event's kind and its topic: it may be an event noted for the record, not the user's development
    found = _link(text, PROTOKOL)
    assert found.decision is Decision.ask and found.candidates[0].number == 4, found


@pytest.mark.parametrize("text", ["ikut pelatihan public speaking 8 JP", "ikut webinar manajemen waktu hari 2",
                                  "senin-rabu ikut workshop penulisan kreatif", "tgl 3 pelatihan etiket bisnis",
                                  "ikut e-learning etiket bisnis di plataran sehat"])
def test_a_learning_event_told_with_its_day_credit_or_platform_links_to_competence(text):
    found = _link(text, PROTOKOL)
    assert found.decision is Decision.link and found.candidates[0].number == 4, found


ICU = SkpDraft(iki=[
    IkiDraft(indikator="Persentase pasien ICU tanpa dekubitus baru", target="95", satuan="%",
             rhk="Mutu asuhan keperawatan ICU terjaga"),
    IkiDraft(indikator="Angka VAP per 1000 hari pemakaian ventilator", target="5", satuan="per 1000 hari",
             rhk="Pengendalian infeksi di ICU"),
    IkiDraft(indikator="Jumlah perawat ICU yang lulus kredensial kompetensi", target="10", satuan="orang",
             rhk="Kompetensi perawat ICU meningkat"),
    IkiDraft(indikator="Persentase realisasi anggaran ruangan sesuai RKA", target="95", satuan="%",
             rhk="Realisasi anggaran unit")])
BIDAN = SkpDraft(iki=[
    IkiDraft(indikator="Persentase ibu bersalin yang mendapat asuhan kebidanan sesuai standar", target="95",
             satuan="%", rhk="Asuhan kebidanan persalinan sesuai standar"),
    IkiDraft(indikator="Jumlah bidan desa yang dibina", target="20", satuan="orang", rhk="Bidan desa terbina")])


@pytest.mark.parametrize("text, skp, counted", [
    ("ronde keperawatan cek kulit pasien", ICU, 3), ("ronde keperawatan + cek kulit pasien", ICU, 3),
    ("supervisi keperawatan shift pagi, cek reposisi pasien", ICU, 3), ("ronde keperawatan bed 1-6", ICU, 3),
    ("keperawatannya dicek ulang sm karu", ICU, 3), ("ronde kebidanan", BIDAN, 2),
    ("supervisi asuhan kebidanan di VK", BIDAN, 2)])
def test_a_discipline_is_no_count_of_its_practitioners(text, skp, counted):
    # «keperawatan» (nursing, its care) is Sastrawi's «awat» as «perawat» is, «kebidanan» its «bidan»: kept whole,
    # never the nurses or midwives an IKI counts
    found = _link(text, skp)
    assert found.candidates[:1] != [] and found.candidates[0].number != counted, found
    assert not (found.decision is Decision.link and found.candidates[0].number == counted), found


@pytest.mark.parametrize("text, skp, number", [("ronde keperawatan cek kulit pasien", ICU, 1),
                                               ("supervisi asuhan kebidanan di VK", BIDAN, 1),
                                               ("kredensial 3 perawat ICU", ICU, 3),
                                               ("bina 3 bidan desa", BIDAN, 2)])
def test_the_care_and_the_practitioners_each_link_to_their_own(text, skp, number):
    found = _link(text, skp)
    assert found.decision is Decision.link and found.candidates[0].number == number, found


def test_a_body_named_by_its_discipline_names_no_care():
    # the komite keperawatan is a body of its own: its name borrows no «keperawatan» the care IKI covers
    assert _link("rapat komite keperawatan", ICU).decision is Decision.outside


def _rows(*rows: tuple[str, str, str]) -> SkpDraft:
    return SkpDraft(iki=[IkiDraft(indikator=i, target="90", satuan=s, rhk=r) for i, s, r in rows])


DARAH = _rows(("Persentase permintaan darah yang terpenuhi kurang dari 1 jam", "persen",
               "Kebutuhan darah pasien terpenuhi tepat waktu"),
              ("Persentase kantong darah yang diuji saring IMLTD sebelum didistribusikan", "persen",
               "Darah yang didistribusikan aman"),
              ("Persentase kantong darah kedaluwarsa yang dimusnahkan", "persen", "Pemborosan darah terkendali"),
              ("Jumlah kantong darah dari donor sukarela yang diterima", "kantong", "Ketersediaan stok darah terjaga"),
              ("Nilai Indeks Profesionalitas ASN", "nilai", "Kompetensi pegawai meningkat"))
ADUAN = _rows(("Persentase pengaduan yang diselesaikan paling lama 5 hari kerja", "persen",
               "Pengaduan masyarakat diselesaikan tepat waktu"),
              ("Indeks kepuasan pelapor terhadap penanganan pengaduan", "indeks", "Kepuasan pelapor meningkat"),
              ("Persentase rekomendasi perbaikan layanan dari analisis pengaduan yang ditindaklanjuti unit", "persen",
               "Pengaduan berulang menurun"),
              ("Jumlah kanal pengaduan yang terintegrasi dengan SP4N-LAPOR", "kanal", "Kanal pengaduan mudah diakses"))


@pytest.mark.parametrize("text, skp, number", [
    ("crossmatch 18 kolf PRC utk px thalasemia, semua keluar <1 jam", DARAH, 1),
    ("disposisi 14 aduan LAPOR ke unit terkait, 11 selesai <5 hr", ADUAN, 1),
    ("tutup 9 tiket aduan ke unit, semua beres maks 5 hari", ADUAN, 1)])
def test_a_line_reporting_against_the_iki_bound_of_time_names_that_iki_first(text, skp, number):
    # «semua keluar <1 jam» is the «kurang dari 1 jam» the IKI measures: its sign, as a count of its thing is
    assert _link(text, skp).candidates[0].number == number


@pytest.mark.parametrize("text, echoed", [("semua keluar <1 jam", True), ("keluar ≤ 60 menit", True),
                                          ("keluar kurang dari 1 jam", True), ("keluar <2 jam", False),
                                          ("crossmatch 1 jam", False), ("tgl 1 kelar", False)])
def test_a_bound_of_time_is_echoed_in_the_same_time_after_a_bound(text, echoed):
    iki = DARAH.iki[0]
    ln = line(text)
    assert bounds_echoed(ln, read_date(ln, date(2026, 8, 27))[1], iki) is echoed


PELAPOR = _rows(("Persentase pengaduan yang diselesaikan paling lama 5 hari kerja", "persen",
                 "Pengaduan masyarakat diselesaikan tepat waktu"),
                ("Indeks kepuasan pelapor terhadap penanganan pengaduan", "indeks", "Kepuasan pelapor meningkat"),
                ("Jumlah kanal pengaduan yang terintegrasi dengan SP4N-LAPOR", "kanal", "Kanal pengaduan mudah diakses"))
HD = _rows(("Jumlah tindakan hemodialisis sesuai SPO", "tindakan", "Layanan hemodialisis diberikan sesuai standar"),
           ("Persentase pasien HD tanpa komplikasi intradialisis", "%", "Keselamatan pasien hemodialisis terjaga"),
           ("Persentase pasien HD yang hadir sesuai jadwal", "%", "Kepatuhan pasien HD meningkat"),
           ("Jumlah pasien HD dengan pemantauan akses vaskular terdokumentasi", "pasien", "Akses vaskular terpantau"))


@pytest.mark.parametrize("text, skp, number", [
    ("telpon balik warga yg ngadu, minta rating bintang 1-5", PELAPOR, 2),
    ("sebar survei ke pelapor yg aduannya udh selesai", PELAPOR, 2),
    ("kirim kuesioner ke 15 pelapor bulan ini", PELAPOR, 2),
    ("Monitoring intradialytic hypotension, 2 cases handled, no transfer", HD, 2),
    ("hipotensi intradialitik 2 kasus, aman semua", HD, 2),
    ("rekap kejadian intradialitik minggu ini", HD, 2)])
def test_the_domain_words_of_a_measure_name_its_iki(text, skp, number):
    # a satisfaction index is read from a survey, a questionnaire, a rating; intradialitik, intradialytic are the
    # intradialisis of a dialysis session
    assert _link(text, skp).candidates[0].number == number


@pytest.mark.parametrize("text, count", [("senin-rabu dampingi menkes kunker ke NTT, 5 acara", 5),
                                         ("kawal 3 acara wamenkes hari ini", 3),
                                         ("dampingi sekjen 4 acara di Surabaya", 4),
                                         ("pegang 2 event pimpinan minggu ini, lancar", 2)])
def test_an_event_counted_is_a_kegiatan_of_the_iki_counting_them(text, count):
    # «5 acara» are the kegiatan pimpinan the IKI counts (counting.kinds): offered first, and counted toward it
    found = _link(text, PROTOKOL)
    assert found.candidates[0].number == 1, found
    ln = line(text)
    assert quantity(ln, read_date(ln, date(2026, 8, 27))[1], PROTOKOL.iki[0]) == count


IBS = _rows(("Persentase operasi elektif yang dimulai tepat waktu sesuai jadwal", "persen",
             "Operasi elektif terlaksana tepat waktu sesuai jadwal"),
            ("Persentase kelengkapan pengisian surgical safety checklist pada pasien operasi", "persen",
             "Keselamatan pasien bedah terjamin sesuai standar"),
            ("Persentase pembatalan operasi elektif pada hari pelaksanaan", "persen",
             "Pembatalan operasi elektif terkendali"),
            ("Jumlah perawat kamar bedah yang lulus uji kompetensi scrub nurse", "orang",
             "Perawat kamar bedah kompeten sesuai standar"),
            ("Nilai Indeks Profesionalitas ASN", "nilai", "Kompetensi pegawai meningkat"))


@pytest.mark.parametrize("text", ["Coordinated with anesthesia team so first case starts 07.30 sharp, OK 1-4 all on "
                                  "time today", "All elective cases in OK 2 started on time",
                                  "first cases of the morning went in on time, no delay",
                                  "kept the morning list on schedule with the anesthesia team"])
def test_an_english_line_names_the_iki_qualifier_in_english(text):
    # «on time», «on schedule» are the IKI's «tepat waktu», «sesuai jadwal» (rewrite/english.yaml qualifiers)
    found = _link(text, IBS)
    assert found.candidates[0].number == 1, found


LAB = _rows(("Persentase hasil pemeriksaan darah rutin pasien IGD dengan waktu tunggu kurang dari 1 jam", "persen",
             "Hasil pemeriksaan laboratorium tersedia tepat waktu"),
            ("Persentase parameter pemeriksaan dengan hasil PME memuaskan", "persen",
             "Mutu hasil pemeriksaan terjamin melalui pemantapan mutu"),
            ("Persentase spesimen yang ditolak karena tidak memenuhi syarat", "persen",
             "Spesimen diterima sesuai standar pra-analitik"),
            ("Jumlah alat laboratorium yang dikalibrasi tepat waktu", "alat", "Alat laboratorium terpelihara"))
AMBULANS = _rows(("Rata-rata waktu tanggap ambulans sejak panggilan diterima", "menit",
                  "Permintaan ambulans gawat darurat terlayani cepat"),
                 ("Persentase panggilan 119 yang diteruskan ke faskes tujuan kurang dari 5 menit", "persen",
                  "Panggilan darurat tertangani sesuai prosedur"),
                 ("Persentase ambulans dalam kondisi laik jalan setiap hari", "persen", "Armada ambulans siap operasi"),
                 ("Jumlah pasien gawat darurat yang dirujuk dengan ambulans tanpa kejadian tidak diharapkan", "pasien",
                  "Rujukan pasien gawat darurat terlaksana aman"))


@pytest.mark.parametrize("text, skp, number", [
    ("edukasi perawat ruangan cara sampling yg bener (flebotomi) + cek tat IGD", LAB, 3),
    ("tolak 5 tabung EDTA lisis + hemolisis dr bangsal", LAB, 3),
    ("refreshing teknik flebotomi utk perawat bangsal anak", LAB, 3),
    ("ambulans 2 masuk bengkel + jemput px sesak di perumahan, waktu tanggap 13 mnt", AMBULANS, 3),
    ("cek oli, ban, tabung O2 armada 1-3", AMBULANS, 3),
    ("ambulans 3 mogok pagi ini, dibawa ke bengkel", AMBULANS, 3)])
def test_the_work_an_iki_condition_covers_names_it(text, skp, number):
    # how a specimen is taken decides whether it is rejected (pra-analitik); a vehicle in the workshop is no laik jalan
    assert _link(text, skp).candidates[0].number == number


@pytest.mark.parametrize("chat, written", [
    ("beresin berkas klaim", "bereskan berkas klaim"),  # no «resin» (ber- + resin)
    ("kurangin stok buffer", "kurangi stok buffer"),
    ("sediain APD di ruang isolasi", "sediakan APD di ruang isolasi"),
    ("respon aduan warga", "respons aduan warga"),  # KBBI's spelling, the one an IKI writes
    ("merespon 4 aduan", "merespons 4 aduan"),
    ("aduan sdh direspon", "aduan sdh direspons")])
def test_a_chat_verb_sastrawi_misreads_is_read_as_its_written_form(chat, written):
    assert text_terms(chat) == text_terms(written)


HUMAS = _rows(("Rata-rata waktu respons pengaduan layanan", "menit", "Pengaduan layanan tertangani cepat"),
              ("Jumlah konten edukasi kesehatan yang dipublikasikan di media sosial", "konten",
               "Edukasi kesehatan tersebar luas"),
              ("Persentase dokumen kepegawaian pegawai yang lengkap", "persen", "Administrasi kepegawaian tertib"))


@pytest.mark.parametrize("text", ["merespon chat warga soal jadwal vaksin", "merespon telpon warga ttg antrean",
                                  "semua chat warga sdh direspon"])
def test_a_response_written_the_chat_way_names_the_iki_timing_responses(text):
    # «merespon» was no word Sastrawi knew, so nothing of the line met the IKI's «respons»: di luar SKP
    found = _link(text, HUMAS)
    assert found.decision is not Decision.outside and found.candidates[0].number == 1, found


# as a pasted list saves it (Y16): the unit in the target, a satuan only where the IKI's words give one
AUDITOR = _skp(("Jumlah laporan hasil audit kinerja satker yang diterbitkan", "10 LHA", "LHA"),
               ("Persentase rekomendasi hasil audit yang ditindaklanjuti auditi", "80%", None),
               ("Jumlah satker yang laporan keuangannya direviu", "15 satker", None),
               ("Persentase paket pengadaan strategis yang didampingi probity audit", "90%", None),
               ("Rata-rata waktu penerbitan LHA sejak berakhirnya audit lapangan", "20 hari kerja", None),
               ("Jumlah JP pengembangan profesi berkelanjutan auditor", "120 JP", None))


@pytest.mark.parametrize("text", ["exit meeting audit kinerja RSUP Sardjito", "entry meeting audit kinerja RS Kariadi"])
def test_the_words_a_joined_term_shares_with_the_next_are_the_iki_s_own(text):
    # Y16: «laporan hasil audit kinerja» is the LHA of an audit kinerja; «audit» read only as half of the LHA left the
    # meeting of an audit kinerja asked about, or linked to the LHA time
    from bot.year.rencana import propose

    ln = line(text)
    found = link(ln, read_date(ln, date(2026, 5, 29))[1], AUDITOR, [propose(iki) for iki in AUDITOR.iki])
    assert found.decision is Decision.link and found.candidates[0].number == 1, found


def test_a_joined_term_s_last_word_reads_with_the_next_one():
    from bot.year.iki_profile import origins

    assert origins(AUDITOR.iki[0]).get("audit") == "indikator"
    assert "audit" not in origins(IkiDraft(indikator="Jumlah laporan hasil audit", target="4", satuan="LHA"))


BENDAHARA = _skp(("Persentase bukti potong pajak yang dilaporkan tepat waktu", "100", "%"),
                 ("Jumlah rekonsiliasi kas BLU dengan rekening koran tanpa selisih", "12", "rekonsiliasi"),
                 ("Nilai Indeks Profesionalitas ASN", "85", "nilai"))
TB = _skp(("Persentase kab/kota dengan pelaporan kasus TBC lengkap dan tepat waktu di SITB", "90", "%"),
          ("Persentase rekomendasi hasil monev TBC yang ditindaklanjuti provinsi", "80", "%"),
          ("Jumlah paket bahan advokasi TBC yang difinalisasi", "4", "paket"),
          ("Jumlah inovasi konsultasi TBC berbasis digital yang diterapkan", "1", "inovasi"))


@pytest.mark.parametrize("text, skp, want", [
    ("Reconciled the cash account with the bank statement, no difference", BENDAHARA, 2),
    ("Finished the TB advocacy material, sent for review", TB, 3),
    ("Tested the TB consultation chatbot with 5 patients", TB, 4),
])
def test_an_english_lines_treasury_advocacy_and_consultation_words_are_the_ikis_own(text, skp, want):
    # link43: reconcile, bank statement, difference, advocacy and consultation read as the Indonesian an IKI writes
    found = _link(text, skp)
    assert found.candidates[0].number == want and found.decision is not Decision.outside, found


VEKTOR = _skp(("Jumlah survei jentik di wilayah perimeter pelabuhan", "24", "survei"),
              ("Jumlah buletin epidemiologi pelabuhan yang diterbitkan", "4", "buletin"),
              ("Nilai Indeks Profesionalitas ASN", "85", "nilai"))


@pytest.mark.parametrize("text", ["survei jentik perimeter diundur, hujan deras", "kmrn survei jentik batal"])
def test_work_said_not_to_have_happened_is_never_linked_silently(text):
    # link43: «… ditunda», «… batal» in the line's first clause: nothing was done to count toward the IKI
    found = _link(text, VEKTOR)
    assert found.decision is Decision.ask and found.why == "tidak jadi" and found.candidates[0].number == 1, found


def test_work_done_with_a_part_held_over_still_links():
    found = _link("survei jentik 3 lokasi perimeter, 1 lokasi ditunda", VEKTOR)
    assert found.decision is Decision.link and found.candidates[0].number == 1, found



def test_pph_is_the_pajak_penghasilan_an_iki_of_tax_names():
    # link43: «PPh 21» is pajak penghasilan (UU PPh): a line naming it names the tax IKI's pajak, no other IKI's
    ln = line("setor PPh 21 & PPh 23 bulan ini")
    assert "pajak penghasilan" in line_terms(ln, read_date(ln, date(2026, 8, 27))[1])
    found = _link("setor PPh 21 & PPh 23 bulan ini", BENDAHARA)
    assert found.candidates and found.candidates[0].number == 1, found
