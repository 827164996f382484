"""Catatan harian: whether a line reports done work, its date relative to the clock (never in the future), its
quantity and duration, the IKI it is linked to (asking when unsure, never linking silently to a wrong one), and the
entry's life: pick, re-link, edit, delete, bukti dukung, recaps, weeks without entries."""

from datetime import date, datetime

import pytest

from bot.clock import WIB
from bot.lang.words import edit_distance
from bot.models import IkiDraft, SkpDraft
from bot.year.brackets import brackets
from bot.year.entry_dates import read_date
from bot.year.entry_kind import EntryKind, kind_of
from bot.year.entry_numbers import counted, duration_minutes, quantity
from bot.year.entry_records import iki_number_in
from bot.year.line import line
from bot.year.linking import (
    Candidate,
    Decision,
    Link,
    by_head,
    continued,
    line_terms,
    link,
    origins,
    profile,
    with_covers,
)
from bot.year.logbook import (
    add_entry,
    attach,
    choose,
    delete,
    edit,
    entries_between,
    entries_of,
    entry_text,
    evidence_target,
    quiet_weeks,
    read_entry,
    read_results,
    recap_check,
)
from bot.year.models import EntryStatus, Evidence, EvidenceKind, LogEntry, YearError, YearState
from bot.year.respell import respelled
from bot.year.terms import text_terms
from tests.entry_quantity import quantity_reader

SKP = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah berkas usulan kenaikan pangkat yang diverifikasi lengkap dan diusulkan ke BKN",
             target="600", satuan="berkas"),
    IkiDraft(indikator="Persentase usulan kenaikan pangkat yang ditetapkan tepat pada periode TMT", target="95%"),
    IkiDraft(indikator="Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun", target="150", satuan="SK"),
    IkiDraft(indikator="Rata-rata waktu verifikasi berkas usulan kenaikan pangkat", target="5", satuan="hari kerja"),
    IkiDraft(indikator="Nilai IP ASN", target="80", satuan="nilai"),
])


def _date(text: str, today: str) -> str:
    return read_date(line(text), date.fromisoformat(today))[0].isoformat()


@pytest.mark.parametrize("text, today, want", [
    ("hari ini review 12 berkas", "2026-03-12", "2026-03-12"),
    ("verif 13 berkas KP", "2026-03-12", "2026-03-12"),  # no date word: today
    ("kemarin rapat koordinasi", "2026-03-01", "2026-02-28"),  # across the month end
    ("kmrn rapat", "2026-01-01", "2025-12-31"),  # across the year end
    ("senin: entri 22 berkas", "2026-01-19", "2026-01-19"),  # today is Monday
    ("jumat kemarin lupa catat", "2026-01-26", "2026-01-23"),
    ("jumat lalu telaah draf", "2026-01-23", "2026-01-16"),  # today is Friday: the one before
    ("minggu lalu jumat piket", "2026-03-12", "2026-03-06"),
    ("rabu minggu lalu rapat", "2026-03-12", "2026-03-04"),
    # «minggu lalu» with no day: the same weekday a week back, as «senin» is the latest Monday
    ("minggu lalu ngerjain 5 permintaan perbaikan", "2026-03-10", "2026-03-03"),
    ("2 minggu lalu rapat", "2026-03-10", "2026-03-10"),  # a length of time, not last week (yet no date)
    ("rekap data kunjungan minggu lalu", "2026-03-10", "2026-03-10"),  # the period of the data, recapped today
    ("Senin-Rabu kemarin dinas ke Kupang", "2026-11-06", "2026-11-02"),  # a stretch is dated by its first day
    ("sabtu kmrn rapat evaluasi", "2026-11-09", "2026-11-07"),
    ("tgl 3 ikut zoom", "2026-03-12", "2026-03-03"),
    ("tgl 3 maret rapat evaluasi", "2026-04-10", "2026-03-03"),  # the month written after the day is the date's
    ("tgl 30 kirim infografis", "2026-05-06", "2026-04-30"),  # after today this month: last month
    ("tgl 31 rekap", "2026-04-16", "2026-03-31"),  # April has no 31st
    ("tgl 30 rekap", "2026-03-05", "2026-01-30"),  # nor February a 30th
    ("3/12 rapat koordinasi", "2026-12-15", "2026-12-03"),
    ("3/12 rapat koordinasi", "2026-01-10", "2025-12-03"),  # never a future date
    ("15/4 FGD juknis", "2026-04-20", "2026-04-15"),
    ("kmrn libur, hari ini 52 sampel TCM", "2026-05-28", "2026-05-28"),
    ("hari ini upload 4 PMK, diundangkan senin", "2026-03-26", "2026-03-26"),
    ("yesterday I reviewed 3 MoUs", "2026-03-12", "2026-03-11"),
    # a day after «yang» names when the work gone back to was done: this entry is today's
    ("revisi terjemahan MoU yg senin, istilah diganti", "2026-12-10", "2026-12-10"),
    ("koreksi nilai barang yg dilapor jumat", "2026-10-21", "2026-10-21"),
    ("revisi data psn yg ketuker kmrn", "2026-04-23", "2026-04-23"),
    ("revisi LPJ yg tgl 10, saldo salah input", "2026-07-15", "2026-07-15"),
    ("jumat di ruang sensori seharian", "2026-01-21", "2026-01-16"),  # «seharian» is how long, no «hari ini»
    # a week named by its number (tester22a #7): never Sunday; «minggu» alone before other work words still is
    ("kirim laporan SKDR minggu ke-27 ke katim", "2026-07-09", "2026-07-09"),
    ("rekap laporan mingguan SKDR minggu ke 3 bulan juli, lengkap 9 dr 10 prov", "2026-07-09", "2026-07-09"),
    ("laporan minggu kedua sdh dikirim", "2026-07-09", "2026-07-09"),
    ("minggu ke kantor lembur verif 3 berkas", "2026-07-09", "2026-07-05"),
    # a day and month mid-line dates the work; one ahead of today is a plan's day, one after a TMT or period word
    # another thing's date: today
    ("rapat 3 oktober bahas usulan KP", "2026-10-10", "2026-10-03"),
    ("verif 12 berkas KP 5 oktober", "2026-10-10", "2026-10-05"),
    ("ikut FGD juknis di Bogor 28 sept 2026", "2026-10-02", "2026-09-28"),
    ("pelatihan fungsional 30 JP 6-8 juli", "2026-07-16", "2026-07-06"),  # a stretch mid-line: its first day
    ("undangan rapat 20 oktober sdh disebar", "2026-10-10", "2026-10-10"),
    ("verif 12 berkas KP TMT 1 oktober", "2026-10-10", "2026-10-10"),
    ("usulan pensiun periode 1 juli sdh dikirim", "2026-10-10", "2026-10-10"),
])
def test_the_date_of_a_line(text, today, want):
    assert _date(text, today) == want


@pytest.mark.parametrize("text, kind", [
    ("hari ini review 12 berkas usulan kenaikan pangkat", EntryKind.report),
    ("sdh kirim laporan TW 1 ke biro", EntryKind.report),
    ("Melaksanakan verifikasi 25 dokumen tagihan", EntryKind.report),
    ("makasih ya, tadi udah kirim 3 surat balasan ke dinkes", EntryKind.report),
    ("finished the BMN reconciliation today", EntryKind.report),
    ("Rapat persiapan HUT RI ke-81 di biro umum (bukan tugas SKP sih)", EntryKind.report),
    ("Menyusun draf SOP pengelolaan BMN", EntryKind.draft),
    ("Persentase sampel yang diperiksa sesuai TAT", EntryKind.draft),
    ("Persentase kab/kota dengan cakupan imunisasi dasar lengkap minimal 95%", EntryKind.draft),
    ("Rekonsiliasi BMN 12 satker", EntryKind.draft),
    ("mau tambah IKI: Jumlah dokumen kajian kebijakan", EntryKind.draft),
    ("besok mau rapat", EntryKind.plan),
    ("tadi ga jadi rapat, diundur minggu depan", EntryKind.plan),
    ("capaian TW1 saya 85%", EntryKind.progress),
    ("Persentase sampel sesuai TAT bulan ini sudah 92%", EntryKind.progress),
    ("apakah rapat kemarin bisa masuk logbook?", EntryKind.question),
    ("trajectory TW3 saya on track ga", EntryKind.question),
    ("makasih", EntryKind.smalltalk),
    ("maaf baru balas, td rapat terus", EntryKind.smalltalk),
    ("lagi capek bgt hari ini", EntryKind.smalltalk),
    ("yg kemarin", EntryKind.unclear),
    ("gimana ya", EntryKind.unclear),
    ("SOP BMN", EntryKind.unclear),
])
def test_done_work_is_told_from_drafts_plans_questions_and_small_talk(text, kind):
    assert kind_of(text).kind is kind


@pytest.mark.parametrize("text", ["IKI 2: 120/125", "tw1 iki 2: 118/125", "IKI 2 TW1 120/125"])
def test_a_figure_written_as_a_fraction_is_the_iki_realisasi(text):
    # «IKI 2: 120/125» was «itu maksudnya apa?» while «IKI 2: 120 dari 125» was read; no day/month is 120/125
    assert kind_of(text, logging=True).kind is EntryKind.progress


def test_a_day_and_month_with_an_iki_is_no_fraction():
    assert kind_of("IKI 2 rapat 3/12", logging=True).kind is not EntryKind.progress


def test_a_plan_is_never_logged_as_done():
    for text in ("besok mau rapat", "nanti sore mau ke biro keuangan antar SPJ", "minggu depan visitasi ke 3 puskesmas"):
        assert kind_of(text).kind is not EntryKind.report


@pytest.mark.parametrize("text, minutes", [
    ("tgl 3 ikut zoom sosialisasi e-kinerja 2 jam", 120), ("td 1,5 jam rapat zoom", 90), ("30 menit telpon", 30),
    ("did 3 hours of data cleaning", 180), ("senin input hasil 80 sampel ke SITB, rata2 < 12 jam", None),
    ("revisi POK kelar dlm 2 hari", None),
    # a bound opening its own clause is how long the work took; after other words it measures the IKI's time
    ("bimtek pengelolaan obat utk 25 petugas, kurang dr 2 jam", 120),
    ("3 permintaan cito, semua selesai kurang dr 2 jam", None),
])
def test_how_long_the_work_took(text, minutes):
    assert duration_minutes(line(text)) == minutes


_quantity = quantity_reader(date(2026, 3, 12))


def test_a_quantity_counts_only_the_thing_the_iki_counts():
    berkas, persen, sk = SKP.iki[0], SKP.iki[1], SKP.iki[2]
    assert _quantity("hari ini review 12 berkas usulan kenaikan pangkat", berkas) == 12
    assert _quantity("10/2 verifikasi berkas KP 15 org", berkas) == 15  # the number after its thing
    assert _quantity("tgl 3 rapat 4 jam bahas 2 berkas", berkas) == 2  # not the date nor the duration
    assert _quantity("hari ini review 12 berkas", persen) is None  # a percentage adds nothing up
    assert _quantity("jumat kemarin terbit 9 SK pensiun BUP", sk) == 9
    assert _quantity("senin sore cek kelengkapan 5 berkas usulan pensiun", sk) is None  # not an SK yet
    assert _quantity("rabu: 7 SK pensiun blm terbit", sk) is None  # the final state is negated
    assert _quantity("rapat dgn BKN, 7 SK pensiun sepakat diterbitkan minggu depan", sk) is None  # a promise


def test_a_count_of_what_the_work_is_done_to_is_no_count_of_its_result():
    # «kalibrasi 8 alat» counted 8 toward «Jumlah sertifikat hasil kalibrasi …» (tester16 #10): alat, no sertifikat
    sertifikat = IkiDraft(indikator="Jumlah sertifikat hasil kalibrasi alat kesehatan", target="40",
                          satuan="sertifikat")
    assert _quantity("tgl 3 kalibrasi 8 alat bareng BPFK (tensimeter 4, timbangan bayi 2, suction 2)", sertifikat) \
        is None
    assert _quantity("kalibrasi 6 mikropipet", sertifikat) is None  # a kind of alat
    assert _quantity("kalibrasi 12 alat, terbit 10 sertifikat", sertifikat) == 10
    assert _quantity("terbit 5 sertifikat kalibrasi", sertifikat) == 5


def test_a_final_state_said_with_the_spoken_in_suffix_counts():
    # «lembur terbitin 3 SK pensiun» was kept with no quantity: «terbitin» was no final state, so the TW I prompt
    # summed the SK without it
    sk = IkiDraft(indikator="Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun", target="150", satuan="SK")
    assert _quantity("tgl 1 (minggu) lembur terbitin 3 SK pensiun", sk) == 3
    assert _quantity("3 SK pensiun BUP udah diterbitin", sk) == 3
    assert _quantity("verifikasi 3 SK pensiun", sk) is None  # not yet issued


def test_a_verb_said_with_the_spoken_in_suffix_matches_as_its_written_form():
    # «dikeluhin», «diinputin», «dicekin» were terms of their own, matching no IKI's «keluhan», «diinput», «dicek»
    for spoken, written in (("dikeluhin", "dikeluhkan"), ("diinputin", "diinput"), ("dicekin", "dicek"),
                            ("nyiapin", "menyiapkan"), ("diuploadin", "diupload")):
        assert text_terms(f"data yang {spoken} warga") == text_terms(f"data yang {written} warga"), spoken
    assert text_terms("kemarin beli vaksin") == ["beli", "vaksin"]  # words of their own ending in -in stay


def test_numbers_of_something_else_are_not_counted():
    kampanye = IkiDraft(indikator="Jumlah kampanye kolaborasi dengan kreator konten yang tayang", target="4",
                        satuan="kampanye")
    assert _quantity("hari ini kampanye kolab #CekKesehatanGratis tayang bareng 2 kreator", kampanye) is None
    fasyankes = IkiDraft(indikator="Jumlah fasyankes yang berhasil terintegrasi ke SATUSEHAT", target="300",
                         satuan="fasyankes")
    assert _quantity("kmrn pendampingan integrasi 8 klinik pratama di Bekasi, 6 sukses kirim data", fasyankes) == 6
    # the part that reached the result also when the IKI names its state with a ter- word, not a final-state word
    terintegrasi = IkiDraft(indikator="Jumlah fasyankes yang terintegrasi ke SATUSEHAT hasil pendampingan",
                            target="300", satuan="fasyankes")
    assert _quantity("kmrn pendampingan integrasi 8 klinik pratama di Bekasi, 6 sukses kirim data", terintegrasi) == 6
    didampingi = IkiDraft(indikator="Jumlah fasyankes yang didampingi", target="300", satuan="fasyankes")
    assert _quantity("kmrn pendampingan 8 klinik, 6 sukses kirim data", didampingi) == 8  # all 8 were accompanied
    pnbp = IkiDraft(indikator="Jumlah PNBP layanan pengujian yang diterima", target="1200", satuan="juta rupiah")
    assert _quantity("tgl 1 setor PNBP Rp 18,5 jt ke kas negara", pnbp) == 18.5
    assert _quantity("kmrn sore tagih 3 invoice pelanggan swasta yg blm bayar, total 7 jt", pnbp) is None


def _link(text: str, skp: SkpDraft = SKP, today: date = date(2026, 1, 26), plans: list | None = None):
    """The line linked as on `today` (its words dated from it), beside the rencana aksi `plans`."""
    ln = line(text)
    return link(ln, read_date(ln, today)[1], skp, plans)


def _skp(*rows: str | tuple[str, ...]) -> SkpDraft:
    """An SKP of (indikator, target[, satuan[, rhk]]) rows; an indikator alone has target 1."""
    rows = [(r, "1") if isinstance(r, str) else r for r in rows]
    return SkpDraft(iki=[IkiDraft(indikator=r[0], target=r[1], satuan=r[2] if len(r) > 2 else None,
                                  rhk=r[3] if len(r) > 3 else None) for r in rows])


def _linked(text: str, skp: SkpDraft, number: int):
    """The line links to IKI `number` without asking."""
    found = _link(text, skp)
    assert found.decision is Decision.link and found.candidates[0].number == number, (text, found)
    return found


def _offered_first(text: str, skp: SkpDraft, number: int):
    """IKI `number` comes first, linked or asked: never di luar SKP."""
    found = _link(text, skp)
    assert found.decision is not Decision.outside and found.candidates[0].number == number, (text, found)
    return found


def test_a_clear_entry_links_to_its_iki():
    found = _link("verfikasi 18 berkas KP, semua lengkap & sdh diusulkan")  # with the typo
    assert found.decision is Decision.link and found.candidates[0].number == 1
    assert _link("jumat kemarin lupa catat: terbit 6 SK pensiun BUP").candidates[0].number == 3


def test_two_close_iki_make_it_ask_with_both_as_candidates():
    skp = SkpDraft(iki=[
        IkiDraft(indikator="Persentase satker yang hasil rekonsiliasi BMN-nya tanpa selisih", target="95%"),
        IkiDraft(indikator="Jumlah usulan penetapan status penggunaan (PSP) BMN yang diselesaikan", target="120",
                 satuan="usulan"),
        IkiDraft(indikator="Jumlah unit BMN rusak berat yang selesai dihapuskan", target="400", satuan="unit"),
        IkiDraft(indikator="Jumlah SOP pengelolaan BMN yang ditetapkan", target="3", satuan="SOP"),
        IkiDraft(indikator="Nilai IP ASN", target="80", satuan="nilai"),
        IkiDraft(indikator="Persentase BMN ruangan Setjen yang berlabel QR code", target="60%"),
    ])
    found = _link("cek fisik barang di gudang B1, sekalian tempel label QR dan tandai yg rusak berat", skp)
    assert found.decision is Decision.ask
    assert {c.number for c in found.candidates} >= {3, 6}


def test_a_count_of_what_the_iki_counts_done_as_its_text_says_links_beside_a_time_iki():
    # «diverifikasi» is what IKI 1's own text does to its berkas, not the thing IKI 4 («waktu verifikasi …») measures
    found = _link("15 berkas KP diverifikasi & diusulkan")
    assert found.decision is Decision.link and found.candidates[0].number == 1
    assert _quantity("15 berkas KP diverifikasi & diusulkan", SKP.iki[0]) == 15


def test_a_count_with_partners_another_iki_names_otherwise_asks_between_the_iki_of_that_thing():
    skp = SkpDraft(iki=[
        IkiDraft(indikator="Persentase naskah PKS yang ditelaah paling lama 7 hari kerja", target="90%"),
        IkiDraft(indikator="Jumlah naskah kerja sama luar negeri yang ditandatangani", target="6", satuan="naskah"),
        IkiDraft(indikator="Jumlah PKS dengan pemda atau BUMN yang ditandatangani", target="20", satuan="PKS"),
        IkiDraft(indikator="Nilai IP ASN", target="80", satuan="nilai"),
    ])
    found = _link("ttd 2 PKS dgn RS swasta", skp)  # no count of IKI 3's partners, nor said to be luar negeri
    assert found.decision is Decision.ask and {c.number for c in found.candidates} >= {2, 3}
    _linked("ttd 3 PKS dgn Pemprov NTB dan Pemkab Lombok Barat", skp, 3)


def test_what_matches_no_iki_or_is_said_to_be_outside_is_di_luar_skp():
    assert _link("rabu bantu panitia buka puasa bersama biro").decision is Decision.outside
    assert _link("kmrn sore bantu panitia pelantikan pejabat, ini di luar SKP").decision is Decision.outside
    assert _link("pagi ini donor darah di aula, acara korpri").decision is Decision.outside


def test_an_outside_activity_that_also_matches_an_iki_asks_instead_of_linking():
    found = _link("17/8 liputan upacara HUT RI, verif 3 berkas KP sambil jaga")
    assert found.decision is not Decision.link


POLTEKKES = SkpDraft(iki=[
    IkiDraft(indikator="Persentase pertemuan perkuliahan yang terlaksana sesuai RPS", target="95", satuan="persen",
             rhk="Pembelajaran mata kuliah terlaksana sesuai RPS"),
    IkiDraft(indikator="Jumlah mahasiswa bimbingan KTI yang lulus ujian tepat waktu", target="8", satuan="mahasiswa",
             rhk="Mahasiswa bimbingan menyelesaikan tugas akhir tepat waktu"),
    IkiDraft(indikator="Jumlah artikel ilmiah terbit di jurnal terakreditasi SINTA", target="2", satuan="artikel",
             rhk="Hasil penelitian terpublikasi di jurnal terakreditasi"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="82", satuan="nilai",
             rhk="Kompetensi pegawai meningkat melalui pengembangan kompetensi"),
])


def test_a_weak_best_with_a_thin_lead_asks_instead_of_linking():
    # «akreditasi» of a prodi is no «jurnal terakreditasi»: one plain word, a weak score, a lead under thin_lead
    found = _link("senin rapat prodi persiapan akreditasi LAM-PTKes", POLTEKKES)
    assert found.decision is Decision.ask and found.why == "selisih tipis"
    assert found.candidates[0].number == 3  # the best is still offered first
    _linked("artikel ke-2 terbit di jurnal SINTA 3", POLTEKKES, 3)  # a strong, far lead still links


PTM = _skp(
    "Persentase kab/kota dengan minimal 70% penderita hipertensi mendapat pelayanan sesuai standar",
    "Jumlah Posyandu ILP yang melaksanakan skrining PTM usia produktif",
    "Jumlah laporan analisis situasi PTM yang disusun",
    "Jumlah kader posyandu yang lulus pelatihan deteksi dini PTM",
    "Nilai Indeks Profesionalitas ASN")


def test_two_words_of_the_language_a_letter_apart_are_no_typo_of_each_other():
    # «rapat» is no «dapat» of IKI 1: nothing of the SKP is named
    assert _link("rapat lintas sektor sm Kementan", PTM).decision is Decision.outside
    # a typo that is no word still reads as the word it is one letter off
    _linked("penyusnan laporan analisis situasi PTM triwulan 1", PTM, 3)


def test_a_known_programme_package_lends_its_objects_to_the_iki_that_names_one():
    found = _link("meeting with WHO on the HEARTS technical package", PTM)  # WHO HEARTS: hypertension care
    assert found.decision is Decision.ask and found.candidates[0].number == 1


def test_the_kind_of_result_the_act_makes_orders_the_question_toward_the_iki_counting_it():
    skp = _skp(
        "Persentase pengaduan yang ditindaklanjuti paling lama 5 hari kerja",
        "Jumlah pengaduan yang selesai ditangani",
        "Jumlah laporan analisis tren pengaduan yang disampaikan ke pimpinan",
        "Nilai Indeks Profesionalitas ASN")
    # «olah data» makes a dokumen: the laporan IKI goes first, though the line names none of its words but «aduan»
    found = _link("kmrn olah data aduan juni, top 5 kategori", skp)
    assert found.decision is Decision.ask and [c.number for c in found.candidates][:2] == [3, 1]
    # «data» alone is no act of making a dokumen, and the kind never decides a link
    assert _link("cek data aduan juni", skp).candidates[0].number != 3


def test_of_two_close_iki_the_one_the_line_names_first_is_offered_first():
    skp = _skp(
        "Persentase kepatuhan petugas melakukan kebersihan tangan di ruang rawat inap",
        "Persentase rekam medis rawat inap yang terisi lengkap dalam 1x24 jam",
        "Jumlah laporan evaluasi mutu unit yang disampaikan ke komite mutu",
        "Nilai Indeks Profesionalitas ASN")
    # the work comes first, what was talked about after: the rekam medis IKI is the first button, though the
    # kebersihan tangan IKI's words weigh more
    found = _link("cek kelengkapan rekam medis ranap, bahas kepatuhan cuci tangan", skp)
    assert found.decision is Decision.ask and [c.number for c in found.candidates] == [2, 1]
    found = _link("cek kepatuhan cuci tangan petugas ranap, bahas kelengkapan rekam medis", skp)
    assert found.decision is Decision.ask and [c.number for c in found.candidates] == [1, 2]


def test_a_line_taking_part_in_a_learning_event_keeps_its_close_question_in_order():
    skp = _skp(
        "Jumlah konten edukasi kesehatan yang dipublikasikan di media sosial",
        "Jumlah kelas daring yang diselenggarakan bagi kader",
        "Nilai Indeks Profesionalitas ASN")
    ln = line("rabu ikut kelas menulis di BPSDM 4 jp")
    close = Link(Decision.ask, [Candidate(skp.iki[2].indikator, 3, 1.3), Candidate(skp.iki[1].indikator, 2, 1.2)],
                 0.1, "dua dekat")
    # its first words name the event the user sat in («kelas»), not work of the kelas daring IKI
    found = by_head(close, ln, read_date(ln, date(2026, 1, 26))[1], skp)
    assert [c.number for c in found.candidates] == [3, 2]


def test_the_skp_read_once_for_its_lines_follows_an_edit_of_an_iki():
    skp = SkpDraft(iki=[IkiDraft(indikator="Jumlah SOP pelayanan yang ditetapkan", target="5", satuan="SOP"),
                        IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")])
    assert _link("finalisasi 2 SOP pelayanan", skp).candidates[0].number == 1
    edited = skp.model_copy(update={"iki": [IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80"),
                                            skp.iki[0]]})
    assert _link("finalisasi 2 SOP pelayanan", edited).candidates[0].number == 2


def test_an_exam_of_competence_is_learning_toward_the_ip_asn_over_a_word_of_the_work():
    skp = _skp(
        "Persentase permintaan penerjemahan dokumen yang diselesaikan sesuai tenggat",
        "Nilai Indeks Profesionalitas ASN")
    found = _link("senin-selasa ujian kompetensi JF penerjemah", skp)  # «penerjemah» is the job, not the work
    assert found.candidates[0].number == 2 and found.decision is Decision.link


PHARMACY = _skp(
    "Persentase pasien baru rawat inap yang direkonsiliasi obatnya dalam 1x24 jam",
    "Persentase rekomendasi apoteker atas masalah terkait obat yang diterima DPJP",
    "Persentase peresepan antibiotik yang sesuai Panduan Penggunaan Antibiotik (PPAB)",
    "Jumlah pasien yang mendapat konseling obat",
    "Jumlah laporan MESO yang terkirim ke e-MESO",
    "Nilai Indeks Profesionalitas ASN")


def test_a_second_piece_of_work_after_a_plus_the_best_iki_never_names_asks():
    # «PIO» (pelayanan informasi obat) is work no antibiotic-prescribing IKI names: one link would file it there
    found = _link("telaah resep + PIO", PHARMACY)
    assert found.decision is Decision.ask and found.why == "dua pekerjaan"
    assert found.candidates[0].number == 3
    # «&» lists things of one piece of work; a part the best names («+ lapor e-MESO») is no second piece of work
    assert _link("telaah resep antibiotik & PPAB", PHARMACY).decision is Decision.link
    assert _link("input 3 laporan MESO + kirim ke e-MESO", PHARMACY).decision is Decision.link


def test_a_place_after_the_counted_things_is_no_other_thing_they_are():
    skp = _skp(
        ("Persentase puskesmas binaan yang menerapkan ILP sesuai juknis", "40", "%"),
        ("Jumlah puskesmas yang disupervisi dengan instrumen terstandar", "40", "puskesmas"),
        ("Persentase rekomendasi hasil supervisi yang ditindaklanjuti", "40", "%"),
        ("Jumlah kab/kota binaan yang data pemantauan ILP di ASIK lengkap", "40", "kab/kota"))
    # «di Kab Kupang» says where the 3 puskesmas are: no kab/kota of IKI 4, so the count is IKI 2's
    _linked("supervisi 3 puskesmas di Kab Kupang", skp, 2)


def test_without_an_skp_every_entry_is_outside():
    assert _link("verif 13 berkas KP", SkpDraft()).decision is Decision.outside


NOW = datetime(2026, 3, 13, 16, 30, tzinfo=WIB)


def _add(year: YearState, text: str, today: date, at: datetime | None = None):
    return add_entry(year, read_entry(text, today, SKP), at or datetime.combine(today, datetime.min.time(), WIB))


def test_an_entry_is_kept_as_read():
    year, entry = _add(YearState(), "kmrn verif 14 berkas KP periode april, 2 jam", date(2026, 1, 13))
    assert (entry.id, entry.day, entry.status, entry.iki, entry.quantity, entry.minutes) == \
        ("c1", date(2026, 1, 12), EntryStatus.linked, SKP.iki[0].indikator, 14, 120)
    assert year.year == 2026 and year.next_entry == 2
    assert "IKI 1" in entry_text(entry, 1) and "jumlah 14" in entry_text(entry, 1)


def test_an_unsure_entry_waits_for_the_pick_then_counts_toward_it():
    skp = SkpDraft(iki=[
        IkiDraft(indikator="Jumlah naskah kerja sama luar negeri yang ditandatangani", target="6", satuan="naskah"),
        IkiDraft(indikator="Jumlah naskah kerja sama dalam negeri yang ditandatangani", target="20", satuan="naskah"),
    ])
    reading = read_entry("hari ini ttd 2 naskah kerja sama", date(2026, 10, 14), skp)
    assert reading.link.decision is Decision.ask
    year, entry = add_entry(YearState(), reading, NOW)
    assert entry.status is EntryStatus.unsure and set(entry.candidates) == {i.indikator for i in skp.iki}
    year = choose(year, entry.id, skp, skp.iki[0].indikator)
    chosen = year.entries[0]
    assert chosen.status is EntryStatus.linked and chosen.quantity == 2 and chosen.candidates == []
    year = choose(year, entry.id, skp, None)  # re-linked: di luar SKP
    assert year.entries[0].status is EntryStatus.outside and year.entries[0].quantity is None
    with pytest.raises(YearError, match="tidak ada di SKP"):
        choose(year, entry.id, skp, "IKI yang sudah dibuang")


def test_edit_delete_and_a_future_date_refused():
    year, entry = _add(YearState(), "verif 13 berkas KP", date(2026, 1, 21))
    year = edit(year, entry.id, day=date(2026, 1, 20), quantity_value=12, today=date(2026, 1, 21))
    assert (year.entries[0].day, year.entries[0].quantity) == (date(2026, 1, 20), 12)
    with pytest.raises(YearError, match="tidak boleh sesudah hari ini"):
        edit(year, entry.id, day=date(2026, 1, 22), today=date(2026, 1, 21))
    assert delete(year, entry.id).entries == []
    with pytest.raises(YearError, match="Catatan c9 tidak ada"):
        delete(year, "c9")


def test_bukti_dukung_goes_to_the_entry_just_made_once():
    year, entry = _add(YearState(), "terbit 4 SK pensiun BUP TMT maret", date(2026, 1, 15),
                       datetime(2026, 1, 15, 14, 20, tzinfo=WIB))
    assert evidence_target(year, datetime(2026, 1, 15, 14, 25, tzinfo=WIB)).id == entry.id
    assert evidence_target(year, datetime(2026, 1, 15, 16, 0, tzinfo=WIB)) is None  # too late: not this entry
    proof = Evidence(kind=EvidenceKind.document, file_id="BQAD123", name="SK_pensiun.pdf", size=81234,
                     mime="application/pdf")
    year = attach(attach(year, entry.id, proof), entry.id, proof)
    assert [e.name for e in year.entries[0].evidence] == ["SK_pensiun.pdf"]


def test_a_weekly_recap_is_told_from_new_work():
    year = YearState()
    for day, text in ((date(2026, 3, 10), "verif 23 berkas KP"), (date(2026, 3, 12), "verif 14 berkas KP")):
        year, _ = _add(year, text, day)
    reading = read_entry("rekap minggu ini: 37 berkas", date(2026, 3, 13), SKP)
    recap = recap_check(year, reading, SKP.iki[0].indikator)
    assert recap.repeats and recap.logged == 37 and recap.start == date(2026, 3, 9)
    assert recap_check(year, read_entry("verif 5 berkas KP", date(2026, 3, 13), SKP), SKP.iki[0].indikator) is None


def test_lists_per_day_per_iki_and_a_week_with_no_entries():
    year = YearState()
    for day, text in ((date(2026, 2, 9), "verif 15 berkas KP"), (date(2026, 2, 10), "bantu panitia pelantikan"),
                      (date(2026, 2, 23), "terbit 3 SK pensiun BUP")):
        year, _ = _add(year, text, day)
    assert [e.day.day for e in entries_between(year, date(2026, 2, 9), date(2026, 2, 15))] == [9, 10]
    assert [e.text for e in entries_of(year, None)] == ["bantu panitia pelantikan"]
    assert [e.day.day for e in entries_of(year, SKP.iki[2].indikator)] == [23]
    assert quiet_weeks(year, date(2026, 2, 9), date(2026, 3, 2)) == [date(2026, 2, 16)]


def test_a_week_of_holidays_only_is_no_missed_week():
    # 2026-03-16 … 22: workdays 16–18 exist, so that week is missed; a week with no workday is not
    assert quiet_weeks(YearState(), date(2026, 3, 16), date(2026, 3, 23)) == [date(2026, 3, 16)]
    assert all(d.weekday() == 0 for d in quiet_weeks(YearState(), date(2026, 1, 1), date(2026, 2, 1)))


def test_dates_are_never_in_the_future_whatever_the_words():
    today = date(2026, 6, 10)
    for text in ("tgl 25 rapat", "25/6 rapat", "rabu rapat", "minggu lalu minggu rapat", "20 juni rapat"):
        assert read_date(line(text), today)[0] <= today
    assert read_date(line("tgl 25 rapat"), today)[0] == date(2026, 5, 25)


@pytest.mark.parametrize("text, want", [
    ("minggu lalu", ("2026-11-16", "2026-11-22")), ("minggu ini", ("2026-11-23", "2026-11-25")),
    ("bulan ini", ("2026-11-01", "2026-11-25")), ("bulan lalu", ("2026-10-01", "2026-10-31")),
    ("maret", ("2026-03-01", "2026-03-31")), ("desember", ("2025-12-01", "2025-12-31")), ("IKI 2", None),
])
def test_the_period_a_listing_asks_for(text, want):
    from bot.year.logbook import read_period

    got = read_period(text, date(2026, 11, 25))
    assert (tuple(d.isoformat() for d in got) if got else None) == want


def test_a_week_reported_at_once_split_per_day():
    from bot.year.logbook import per_day

    text = "minggu ini di Flores: supervisi 6 puskesmas (senin 2, selasa 2, kamis 2). catat per hari ya"
    assert per_day(text, date(2026, 11, 20)) == [(date(2026, 11, 16), 2), (date(2026, 11, 17), 2),
                                                 (date(2026, 11, 19), 2)]
    assert per_day("senin 2 berkas", date(2026, 11, 20)) == []  # one day is no split


@pytest.mark.parametrize("text, kind", [
    ("verif 13 berkas KP", EntryKind.report),
    ("rapat evaluasi ketepatan TMT periode april dgn katim", EntryKind.report),
    ("exit meeting audit kinerja RSUP Sardjito", EntryKind.report),
    ("rata2 waktu verif januari 4,2 hari, laporan ke katim", EntryKind.report),
    ("nilai SAKIP Ditjen P2 2026 keluar: 81,4", EntryKind.progress),
    ("IKI 1: 612 dari 680 sampel sesuai TAT", EntryKind.progress),
    ("IKI 2 sesuai catatan", EntryKind.progress),
    ("TW1: IKI 1 96%, IKI 2 210 SPM", EntryKind.progress),
    ("sdh kirim laporan TW 1 ke biro", EntryKind.report),  # the TW is no figure
    ("ingatkan logbook tiap hari kerja jam 4 sore", EntryKind.reminder),
    ("jam setengah 4 sore", EntryKind.reminder),
    ("saya cuti 11-15 mei ya, jgn kirim pengingat", EntryKind.reminder),
    ("iya tahap 2 IKI 2 selesai", EntryKind.rencana),
    ("hapus catatan yang terakhir", EntryKind.correction),
    ("yang tadi harusnya IKI 2 deh, MoU luar negeri semua", EntryKind.correction),
    ("export please", EntryKind.question),  # a command word alone asks for its view (route set 5), never work
    ("Persentase sampel yang diperiksa sesuai TAT", EntryKind.draft),  # a measure opens it: still a new IKI
])
def test_a_user_who_keeps_a_logbook_logs_plain_work_lines(text, kind):
    assert kind_of(text, logging=True).kind is kind


def test_without_an_skp_a_plain_activity_line_is_not_logged():
    assert kind_of("Menyusun draf SOP pengelolaan BMN").kind is EntryKind.draft
    assert kind_of("Menyusun draf SOP pengelolaan BMN", logging=True).kind is EntryKind.report


def test_numbers_written_as_words_and_numbers_that_count_no_result():
    sk = IkiDraft(indikator="Jumlah usulan penetapan status penggunaan (PSP) BMN yang diselesaikan", target="120",
                  satuan="usulan")
    assert _quantity("selesai dua puluh usulan PSP dari Ditjen Farmalkes", sk) == 20
    assert line("dua ratus lima puluh tiga item").toks == ("253", "item")
    assert line("portal satu data").toks == ("portal", "satu", "data")  # "satu" alone is a word
    kab = IkiDraft(indikator="Jumlah kab/kota yang petugas surveilansnya dilatih SKDR", target="25",
                   satuan="kab/kota")
    assert _quantity("hari ini rapat koordinasi ORI dgn dinkes jatim & 5 kab terdampak", kab) is None  # partners
    puskesmas = IkiDraft(indikator="Jumlah puskesmas yang disupervisi dengan instrumen terstandar", target="40",
                         satuan="puskesmas")
    assert _quantity("Senin-Rabu kemarin dinas ke Kupang, supervisi 4 puskesmas di 2 kabupaten", puskesmas) == 4
    assert duration_minutes(line("yesterday 4h fixing the wifi on floor 3")) == 240


def test_an_entry_finds_its_stage_by_name_or_by_month():
    from bot.year.rencana import propose

    sop = IkiDraft(indikator="Jumlah SOP pengelolaan BMN yang ditetapkan", target="3", satuan="SOP")
    skp = SkpDraft(iki=[sop, IkiDraft(indikator="Nilai IP ASN", target="80")])
    year = YearState(rencana=[propose(sop)])
    year, named = add_entry(year, read_entry("tgl 3 rapat pembahasan draf SOP BMN dgn biro hukum", date(2026, 3, 12),
                                             skp, year.rencana), NOW)
    year, by_month = add_entry(year, read_entry("SOP BMN dikirim ke biro hukum", date(2026, 8, 10), skp,
                                                year.rencana), NOW)
    assert named.stage == 1 and by_month.stage == 2  # Pembahasan (named); Finalisasi runs in August


def test_a_line_reporting_two_results_is_one_entry_per_iki():
    today = date(2026, 3, 12)
    parts = read_results("kmrn verif 14 berkas KP + terbit 4 SK pensiun BUP", today, SKP)
    assert [(r.iki, r.quantity, r.day.isoformat(), r.said_date) for r in parts] == [
        (SKP.iki[0].indikator, 14, "2026-03-11", "kmrn"), (SKP.iki[2].indikator, 4, "2026-03-11", "kmrn")]
    assert read_results("kmrn verif 14 berkas KP, rata2 3 hari", today, SKP) == []  # one result, said twice
    assert read_results("kmrn rapat dgn BKN, bahas TMT", today, SKP) == []


def test_who_took_part_is_not_what_the_work_was_about():
    """"koordinasi dgn BKN": BKN is who took part, so an IKI that merely names BKN as where its result goes is no
    clear match (it asks instead of linking silently)."""
    found = _link("tgl 5 koordinasi dgn BKN soal 4 usulan yg BTS", today=date(2026, 3, 12))
    assert found.decision is not Decision.link


def test_where_the_work_happened_is_not_what_it_was_about():
    skp = SkpDraft(iki=[
        IkiDraft(indikator="Jumlah puskesmas yang disupervisi dengan instrumen terstandar", target="40",
                 satuan="puskesmas"),
        IkiDraft(indikator="Jumlah kab/kota binaan yang data pemantauan ILP di ASIK lengkap", target="10",
                 satuan="kab/kota"),
    ])
    found = _link("supervisi 4 puskesmas di 2 kabupaten", skp, date(2026, 3, 12))
    assert (found.decision, found.candidates[0].number) == (Decision.link, 1)


def test_a_misspelt_word_is_read_as_the_word_of_the_skp_it_is_one_letter_off():
    skp = SkpDraft(iki=[
        IkiDraft(indikator="Persentase permohonan informasi publik yang dijawab paling lama 10 hari kerja",
                 target="95%"),
        IkiDraft(indikator="Jumlah keberatan informasi publik yang diselesaikan di tingkat PPID", target="20",
                 satuan="keberatan"),
    ])
    found = _link("kmrn selesaikan 2 keberatn informasi publik", skp)
    assert (found.decision, found.candidates[0].number) == (Decision.link, 2)
    ln = line("senin rapat di Itjen, telpon kapus soal keberatn")
    fixed = respelled(ln, ("Jumlah keberatan yang diselesaikan Ditjen", "hapus"))
    # a name as written and a short word stay; only the misspelt word is put right, token for token
    assert fixed.toks == ln.toks[:-1] + ("keberatan",) and fixed.kinds == ln.kinds


def test_a_shorthand_of_two_skp_words_is_spelled_out_from_the_skp():
    skp = SkpDraft(iki=[
        IkiDraft(indikator="Persentase puskesmas binaan dengan alat laboratorium sesuai standar", target="80%"),
        IkiDraft(indikator="Persentase puskesmas binaan dengan sarana prasarana sesuai standar", target="80%"),
    ])
    found = _link("hari ini cek sarpras 3 puskesmas binaan", skp)  # sar(ana) pras(arana), no list says so
    assert (found.decision, found.candidates[0].number) == (Decision.link, 2)


def test_what_an_iki_covers_counts_unless_a_sibling_iki_names_it():
    skp = SkpDraft(iki=[
        IkiDraft(indikator="Persentase unit kerja yang melaksanakan dialog kinerja setiap triwulan", target="90%"),
        IkiDraft(indikator="Jumlah materi advokasi pengelolaan kinerja yang diterbitkan", target="12",
                 satuan="materi"),
    ])
    assert _link("kirim infografis cara menyusun SKP ke grup admin", skp).candidates[0].number == 2
    ikpa = IkiDraft(indikator="Nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA) Ditjen P2", target="95",
                    satuan="nilai")
    spending = IkiDraft(indikator="Persentase realisasi anggaran Ditjen P2", target="96%")
    alone = with_covers([profile(ikpa)], SkpDraft(iki=[ikpa]))[0]
    beside = with_covers([profile(ikpa), profile(spending)], SkpDraft(iki=[ikpa, spending]))[0]
    assert "realisasi anggaran" in alone and "realisasi anggaran" not in beside and "tagih" in beside


@pytest.mark.parametrize("a, b, most, want", [
    ("verfikasi", "verifikasi", 1, 1),  # a letter dropped
    ("verfiikasi", "verifikasi", 1, 1),  # two neighbours swapped
    ("keberatn", "keberatan", 2, 1),
    ("penandatngnan", "penandatanganan", 2, 2),
    ("kapus", "hapus", 1, 1),
    ("rekon", "rekonsiliasi", 2, 3),  # past most: told as most + 1
    ("sampel", "sampel", 1, 0),
])
def test_how_many_letters_two_words_are_apart(a, b, most, want):
    assert edit_distance(a, b, most) == want


@pytest.mark.parametrize("text", ["IKI 2 biarin, ajukan aja", "IKI 3 targetnya 50 aja", "lanjut ke IKI 3",
                                  "revisi IKI 2, tambahin kata tepat waktu", "tolong bikinin 3 IKI buat saya",
                                  "IKI 2 udah bener"])
def test_a_line_that_acts_on_the_skp_is_no_entry_even_for_a_logbook_keeper(text):
    # a logbook entry reports done work; «IKI 2» is a label of the SKP, never a count of work
    for logging in (False, True):
        assert kind_of(text, logging=logging).kind is EntryKind.instruction, (text, logging)
    assert kind_of("IKI 1 sesuai catatan aja", logging=True).kind is EntryKind.progress
    assert kind_of("hari ini cek SKP 30 pegawai, 24 lolos", logging=True).kind is EntryKind.report
    assert kind_of("cek 12 berkas utk IKI 1", logging=True).kind is not EntryKind.instruction  # counted work


def test_a_weekday_with_its_day_of_the_month_is_a_date_not_a_count():
    # «senin 16 verif 12 berkas»: the 16th (a Monday), twelve files; the 16 neither counts nor sways the link
    today = date(2026, 2, 23)
    assert read_date(line("senin 16 verif 12 berkas"), today)[0] == date(2026, 2, 16)
    assert read_date(line("senin 3 berkas"), today)[0] == date(2026, 2, 23)  # three files, on Monday
    skp = SkpDraft(iki=[IkiDraft(indikator="Jumlah berkas usulan kenaikan pangkat yang diverifikasi", target="600 berkas"),
                        IkiDraft(indikator="Rata-rata waktu verifikasi berkas usulan kenaikan pangkat",
                                 target="5 hari kerja")])
    ln = line("senin 16 verif 12 berkas")
    _, w = read_date(ln, today)
    assert link(ln, w, skp).decision is Decision.link and quantity(ln, w, skp.iki[0]) == 12


@pytest.mark.parametrize("text, day, said, rest", [
    ("dr tgl 12 smp 14 pelatihan bobath anak", date(2026, 2, 12), "dr tgl 12 smp 14", ["latih", "bobath", "anak"]),
    ("tgl 2 s.d. 4 rekap 30 berkas", date(2026, 2, 2), "tgl 2 s.d. 4", ["rekap", "berkas"]),
    ("tgl 3-5 rekap 30 berkas", date(2026, 2, 3), "tgl 3-5", ["rekap", "berkas"]),
    ("dari senin sampai rabu verif 12 berkas", date(2026, 2, 23), "dari senin sampai rabu", ["verifikasi", "berkas"]),
    ("senin - rabu verif 12 berkas", date(2026, 2, 23), "senin - rabu", ["verifikasi", "berkas"]),
    ("12-14 februari verif 12 berkas", date(2026, 2, 12), "12-14 februari", ["verifikasi", "berkas"]),
])
def test_a_stretch_of_days_is_dated_by_its_first_and_its_words_are_the_dates(text, day, said, rest):
    # «dr tgl 12 smp 14 …»: the 12th; «dr», «smp» and «14» are no work words (smp is no school) and no count
    ln = line(text)
    got, w = read_date(ln, date(2026, 2, 26))  # a Thursday
    assert (got, w.said) == (day, said)
    assert line_terms(ln, w) == rest
    berkas = IkiDraft(indikator="Jumlah berkas usulan kenaikan pangkat yang diverifikasi", target="600 berkas")
    assert quantity(ln, w, berkas) in (None, 12, 30)


def test_a_stretch_of_days_before_the_ward_shorthand_links_the_work_it_dates():
    skp = _skp(
        ("Persentase persalinan normal yang ditolong sesuai standar APN", "90%"),
        ("Persentase partograf terisi lengkap dan tepat", "90%"),
        ("Persentase bayi baru lahir yang mendapat IMD minimal 1 jam", "90%"))
    # «partus» is persalinan (the ward's word), and «smp 4» neither a school nor a count
    found = _link("tgl 2 smp 4 dinas pagi VK, tolong 4 partus spontan", skp, date(2026, 2, 12))
    assert found.decision is not Decision.outside and found.candidates[0].number == 1


def test_a_stretch_needs_a_later_day_after_its_joining_word():
    ln = line("tgl 5 - 3 berkas diverifikasi")  # «3» is before the 5th: three files, not the stretch's end
    _, w = read_date(ln, date(2026, 2, 23))
    assert w.said == "tgl 5"
    assert quantity(ln, w, IkiDraft(indikator="Jumlah berkas yang diverifikasi", target="600 berkas")) == 3


def test_a_count_of_the_iki_thing_in_chat_shorthand_is_its_quantity():
    # the IKI's own words say what a shorthand stands for: a cut word, its consonants, the first letters of a run
    keluarga = IkiDraft(indikator="Jumlah keluarga jenazah yang dilayani melalui layanan satu pintu", target="300 keluarga",
                        satuan="keluarga")
    visum = IkiDraft(indikator="Jumlah visum et repertum jenazah yang diselesaikan tepat waktu", target="100 dokumen",
                     satuan="dokumen")
    sertifikat = IkiDraft(indikator="Jumlah sertifikat kalibrasi yang diterbitkan", target="400 sertifikat",
                          satuan="sertifikat")
    assert _quantity("layani 5 kel almarhum di loket satu pintu", keluarga) == 5
    assert _quantity("4 VeR", visum) == 4
    assert _quantity("kmrn terbitkan 45 serti", sertifikat) == 45
    # a shorthand two of the IKI's words could stand for is none of them; a word of the language is no shorthand
    both = IkiDraft(indikator="Jumlah kelas keluarga yang terlaksana", target="20 kelas", satuan="kelas")
    assert _quantity("5 kel", both) is None
    assert _quantity("layani 5 kasus", keluarga) is None


def test_a_count_of_the_thing_the_iki_result_names_is_its_quantity():
    # «12 lansia» of «pasien lansia …»: the count names the IKI's counted people by their kind
    iki = IkiDraft(indikator="Jumlah pasien lansia dan disabilitas yang dibantu pendaftaran mandiri melalui APM",
                   target="500 orang", satuan="orang")
    assert _quantity("dampingi 12 lansia di APM", iki) == 12
    assert _quantity("dampingi 12 mahasiswa magang", iki) is None
    # only people are counted by their kind: «12 indikator» counts no «dashboard indikator Renstra»
    dashboard = IkiDraft(indikator="Jumlah dashboard indikator Renstra yang ditayangkan dalam rapat pimpinan",
                         target="4 dashboard", satuan="dashboard")
    assert _quantity("rapat definisi operasional 12 indikator renstra", dashboard) is None


def test_a_line_of_only_a_count_and_its_thing_is_about_the_iki_that_counts_it():
    # «3 permohonan», «40 SEP»: no other word, yet one IKI counts (or takes a share of) the thing: never di luar SKP
    skp = SkpDraft(iki=[
        IkiDraft(indikator="Persentase permohonan informasi publik yang dijawab dalam 10 hari kerja", target="100%"),
        IkiDraft(indikator="Persentase SEP pasien JKN yang terbit tanpa koreksi", target="98%"),
        IkiDraft(indikator="Persentase pasien anak rawat inap yang mendapat asuhan keperawatan sesuai SAK",
                 target="95%"),
        IkiDraft(indikator="Persentase pasien anak berisiko jatuh yang terpasang penanda", target="100%"),
        IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80 nilai"),
    ])

    def found(text):
        got = _link(text, skp, date(2026, 3, 12))
        return got.decision, [c.number for c in got.candidates]

    assert found("3 permohonan") == (Decision.link, [1])
    assert found("kmrn 40 SEP") == (Decision.link, [2])
    assert found("8 psn") == (Decision.ask, [3, 4])  # two IKI take a share of pasien: the user says which
    assert found("12 tiket")[0] is Decision.outside  # no IKI counts tiket
    linen = SkpDraft(iki=[IkiDraft(indikator="Jumlah linen baru yang dijahit dan siap edar", target="900 potong",
                                   satuan="potong"),
                          IkiDraft(indikator="Persentase ruang perawatan yang memakai pelacakan barcode", target="80%")])
    assert _link("25 steklaken", linen, date(2026, 3, 12)).decision is Decision.link  # a kind of linen (counting kinds)
    assert _quantity("jahit 40 sarung bantal", linen.iki[0]) == 40


def test_a_count_of_the_same_thing_with_other_partners_than_the_iki_names_is_no_quantity():
    iki = IkiDraft(indikator="Jumlah PKS dengan pemda atau BUMN yang ditandatangani", target="20 PKS")

    def qty(text):
        ln = line(text)
        return quantity(ln, read_date(ln, date(2026, 10, 16))[1], iki)

    assert qty("ttd 2 PKS dgn RS swasta") is None  # private hospitals are neither pemda nor BUMN
    assert qty("senin ttd 3 PKS dgn Pemprov NTB, Pemkab Lombok Barat, Bank BSI") == 3  # a pemprov is a pemda
    assert qty("ttd 4 PKS") == 4  # no partner said: counted


# Units the first sets did not cover write their own shorthand: the logbook's vocabulary
# (knowledge/catatan_harian.yaml synonyms) reads it as the words their IKI spell out.
HOSPITAL_AND_PROCUREMENT = SkpDraft(iki=[
    IkiDraft(indikator="Persentase dokumen asuhan keperawatan pasien rawat inap yang lengkap", target="95", satuan="%"),
    IkiDraft(indikator="Persentase resume medis pasien pulang yang lengkap dalam 1x24 jam", target="90", satuan="%"),
    IkiDraft(indikator="Jumlah paket tender yang selesai sampai penetapan pemenang", target="12", satuan="paket"),
    IkiDraft(indikator="Jumlah harga perkiraan sendiri yang direviu", target="40", satuan="dokumen"),
    IkiDraft(indikator="Jumlah naskah dinas yang tercatat di tata naskah dinas elektronik", target="900", satuan="naskah"),
    IkiDraft(indikator="Nilai IP ASN", target="80", satuan="nilai"),
])


@pytest.mark.parametrize("text, want", [
    ("td dinas pagi lengkapi askep 8 pasien", 1),
    ("kmrn isi resume medik 5 pasien plg", 2),
    ("aanwijzing lelang gedung lab di SPSE", 3),
    ("reviu HPS pengadaan alkes dari PPK", 4),
    ("registrasi 40 nadin masuk di TNDE", 5),
])
def test_a_units_own_shorthand_links_to_the_iki_that_spells_it_out(text, want):
    found = _link(text, HOSPITAL_AND_PROCUREMENT)
    assert found.candidates and found.candidates[0].number == want, found


LECTURER = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah SKS mata kuliah yang diampu sesuai RPS", target="12", satuan="SKS"),
    IkiDraft(indikator="Jumlah artikel penelitian yang terbit di jurnal nasional terakreditasi SINTA", target="1",
             satuan="artikel"),
    IkiDraft(indikator="Jumlah kegiatan pengabdian kepada masyarakat yang dilaksanakan", target="2", satuan="kegiatan"),
    IkiDraft(indikator="Persentase mahasiswa bimbingan KTI yang lulus ujian tepat waktu", target="90", satuan="%"),
])


def test_a_clear_winner_that_shares_no_term_of_its_own_asks_offering_it_first():
    # "UTS" is only a kind of work the courses cover (catatan_harian.yaml covers): the best guess, not a silent link
    found = _link("kemarin koreksi UTS KMB 60 lembar", LECTURER)
    assert found.decision is Decision.ask and found.candidates[0].number == 1
    assert _link("td pagi ngajar KMB 2 SKS kelas 2A", LECTURER).decision is Decision.link  # SKS: its own term
    # penyuluhan is pengabdian masyarakat's usual form
    assert _link("penyuluhan cuci tangan di desa binaan bersama 10 mhs", LECTURER).candidates[0].number == 3


def test_what_is_done_to_an_iki_object_alone_asks_and_with_the_object_links():
    # «ujian» is only what the KTI students must pass (IKI 4's predicate): an exam of another kind is no sign of it
    found = _link("hari ini ikut ujian dinas tingkat I", LECTURER)
    assert found.decision is Decision.ask and found.candidates[0].number == 4
    assert _link("kmrn bimbingan KTI 4 mahasiswa, 2 siap ujian", LECTURER).decision is Decision.link
    # a thing of several words in the predicate is named, not done: «… yang didampingi probity audit»
    auditor = SkpDraft(iki=[
        IkiDraft(indikator="Jumlah laporan hasil audit kinerja satker yang diterbitkan", target="10", satuan="LHA"),
        IkiDraft(indikator="Jumlah satker yang laporan keuangannya direviu", target="15", satuan="satker"),
        IkiDraft(indikator="Persentase paket pengadaan strategis yang didampingi probity audit", target="90%"),
        IkiDraft(indikator="Rata-rata waktu penerbitan LHA sejak berakhirnya audit lapangan", target="20",
                 satuan="hari kerja"),
        IkiDraft(indikator="Nilai IP ASN", target="80", satuan="nilai"),
    ])
    assert _link("tgl 11 probity audit lelang alkes RSUP", auditor).decision is Decision.link


CASEMIX = SkpDraft(iki=[
    IkiDraft(indikator="Persentase berkas klaim rawat inap yang diajukan ke BPJS sebelum tanggal 10 bulan berikutnya",
             target="95", satuan="%"),
    IkiDraft(indikator="Persentase ketepatan koding diagnosis pada berkas klaim", target="90", satuan="%"),
    IkiDraft(indikator="Jumlah klaim pending yang diselesaikan", target="100", satuan="klaim"),
])


def test_the_thing_an_iki_counts_is_past_the_quality_it_is_measured_by_and_a_month_is_no_work():
    # «ketepatan koding»: the IKI counts koding; «bulan Juni» says which period, not what was done
    found = _link("koding 30 berkas rawat inap bulan Juni", CASEMIX)
    assert found.candidates[0].number == 2, found


def test_office_life_of_any_unit_is_di_luar_skp():
    # each names a word of IKI 3 (pensiun), which linked them before
    assert _link("sore ini futsal lawan tim pensiun").decision is Decision.outside
    assert _link("kmrn takziah ke rumah duka pensiunan kabag").decision is Decision.outside


NURSE = SkpDraft(iki=[
    IkiDraft(indikator="Persentase pasien rawat inap kelolaan yang mendapat asuhan keperawatan sesuai SAK",
             target="95%"),
    IkiDraft(indikator="Persentase kelengkapan dokumentasi asuhan keperawatan di RME dalam 1x24 jam", target="90%"),
    IkiDraft(indikator="Jumlah inovasi pencegahan dekubitus yang diterapkan di ruang rawat", target="1",
             satuan="inovasi"),
    IkiDraft(indikator="Jumlah STR perawat yang diperpanjang melalui SATUSEHAT SDMK", target="20", satuan="STR"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80", satuan="nilai"),
])


def test_a_time_limit_in_an_iki_is_its_condition_not_its_work():
    assert origins(NURSE.iki[1])["jam"] == "syarat" and origins(NURSE.iki[1])["1x24"] == "syarat"
    assert _link("rapat bahas jadwal jaga pakai jam dinding baru", NURSE).decision is not Decision.link


def test_words_a_vocabulary_group_lends_an_iki_make_it_ask_offering_that_iki():
    found = _link("td alih baring pasien bed 3 dan 4 tiap 2 jam", NURSE)  # pressure-injury prevention (covers)
    assert found.decision is Decision.ask and found.candidates[0].number == 3


def test_learning_about_another_iki_work_asks_between_that_work_and_competence():
    found = _link("ikut pelatihan admin SATUSEHAT SDMK 2 hari", NURSE)  # took part: competence offered first
    assert found.decision is Decision.ask and [c.number for c in found.candidates][:2] == [5, 4]


def test_the_thing_every_iki_counts_named_alone_asks_instead_of_di_luar_skp():
    trainer = SkpDraft(iki=[
        IkiDraft(indikator="Jumlah pelatihan terakreditasi yang diselenggarakan", target="12", satuan="pelatihan"),
        IkiDraft(indikator="Jumlah peserta pelatihan yang lulus dan bersertifikat", target="300", satuan="orang"),
        IkiDraft(indikator="Jumlah kurikulum pelatihan yang diajukan akreditasi", target="4", satuan="kurikulum"),
        IkiDraft(indikator="Jumlah laporan evaluasi pascapelatihan", target="6", satuan="laporan"),
    ])
    found = _link("hari ini pembukaan pelatihan kader posyandu angkatan 2", trainer)
    assert found.decision is Decision.ask and found.candidates[0].number == 1


def test_a_phrase_of_a_line_never_spans_a_number_or_a_comma():
    ln = line("pemeriksaan sanitasi 4 kapal, 3 SSCEC")
    found = line_terms(ln, read_date(ln, date(2026, 1, 26))[1])
    assert "kapal" in found and found.count("sertifikat sanitasi kapal") == 1  # only SSCEC is the certificate
    ln = line("pemeriksaan sanitasi kapal")
    assert line_terms(ln, read_date(ln, date(2026, 1, 26))[1]) == ["periksa", "sertifikat sanitasi kapal"]



SECRETARY = _skp(
    ("Persentase surat masuk untuk pimpinan yang didisposisikan paling lambat 1 hari kerja", "95%"),
    ("Persentase agenda kegiatan pimpinan yang terkonfirmasi paling lambat H-1", "90%"),
    ("Jumlah kegiatan pimpinan yang difasilitasi keprotokolannya sesuai SOP", "60", "kegiatan"),
    ("Jumlah berkas arsip aktif persuratan pimpinan yang ditata sesuai klasifikasi arsip", "24", "berkas"),
    ("Nilai Indeks Profesionalitas ASN", "78", "nilai"),
)

ELDERLY = _skp(
    ("Persentase puskesmas di provinsi binaan yang menyelenggarakan pelayanan santun lansia sesuai standar", "70%"),
    ("Persentase lansia di kab/kota binaan yang mendapat skrining kesehatan (SKILAS)", "75%"),
    ("Jumlah NSPK perawatan jangka panjang (PJP) lansia yang disusun", "1", "NSPK"),
    ("Jumlah provinsi yang melaksanakan orientasi caregiver PJP lansia", "6", "provinsi"),
    ("Jumlah laporan hasil monev program kesehatan lansia di provinsi binaan yang disusun", "4", "laporan"),
)


def test_one_word_of_one_iki_beside_the_thing_another_counts_asks():
    # «agenda» is IKI 2's, «surat» is what IKI 1 counts: one word is no answer between two things
    found = _link("catat nomor agenda surat keluar di buku ekspedisi", SECRETARY)
    assert found.decision is Decision.ask and {1, 2} <= {c.number for c in found.candidates}
    assert _link("konfirmasi agenda pimpinan utk rapat besok pagi", SECRETARY).decision is Decision.link
    abroad = _skp(
        ("Jumlah kertas posisi delegasi RI pada sidang multilateral kesehatan", "6", "dokumen"),
        ("Persentase komitmen kerja sama luar negeri yang dipantau tindak lanjutnya", "80%"),
        ("Nilai IP ASN", "80", "nilai"),
    )
    # «delegasi», a plain word, is IKI 1's; UNICEF is a partner IKI 2 covers: ask between them
    found = _link("dampingi delegasi UNICEF kunjungan lapangan ke NTT", abroad)
    assert found.decision is Decision.ask and {1, 2} <= {c.number for c in found.candidates}


def test_a_name_names_its_iki_alone_and_a_kind_of_nspk_points_to_the_nspk_iki():
    # SKILAS stands in what is done to IKI 2's lansia; a name is specific wherever it stands
    _linked("rekap SKILAS triwulan 2", ELDERLY, 2)
    # a juknis is one of the NSPK IKI 3 counts (covers): not a silent link to the caregiver orientation of IKI 4;
    # «(PJP)» is IKI 3's own name, so IKI 3 comes first, linked or asked
    found = _link("rapat bahas draf juknis PJP bab caregiver", ELDERLY)
    assert found.candidates[0].number == 3


def test_words_a_group_lends_one_iki_link_when_no_other_iki_matches_the_line():
    kie = _skp(
        ("Jumlah materi KIE gizi seimbang yang dipublikasikan", "24", "materi"),
        ("Persentase kab/kota yang melaporkan data status gizi tepat waktu", "90%"),
        ("Nilai IP ASN", "80", "nilai"),
    )
    _linked("desain leaflet & poster isi piringku", kie, 1)
    # beside a word another IKI matches, lent words alone still ask: «alih baring pasien» (NURSE, above)


def test_the_best_iki_that_names_more_than_the_close_others_links():
    bmn = _skp(
        ("Jumlah unit BMN rusak berat yang selesai dihapuskan", "400", "unit"),
        ("Jumlah SOP pengelolaan BMN yang ditetapkan", "3", "SOP"),
        ("Nilai IP ASN", "80", "nilai"),
    )
    # the SOP is the thing IKI 2 counts; «penghapusan» only what IKI 1 does to its BMN
    _linked("rapat SOP penghapusan dgn biro hukum", bmn, 2)
    archive = _skp(
        ("Jumlah berkas arsip yang dimusnahkan sesuai JRA", "200", "berkas"),
        ("Jumlah berkas arsip vital yang dialihmediakan", "500", "berkas"),
        ("Nilai survei kepuasan layanan kearsipan", "3,5", "nilai"),
    )
    _linked("olah hasil survei kepuasan layanan arsip dari 15 unit", archive, 3)


def test_people_counted_at_an_event_mean_the_user_ran_it():
    trainer = _skp(
        ("Jumlah peserta Nusantara Sehat yang mengikuti pembekalan", "400", "orang"),
        ("Persentase formasi Nusantara Sehat yang terisi peserta lulus seleksi", "90%"),
        ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
    )
    found = _link("pembekalan angkatan 2 di Bapelkes, 95 peserta hadir", trainer)
    assert found.why != "belajar atau kerja" and found.candidates[0].number == 1
    assert _link("ikut pembekalan pelatih 8 JP", trainer).decision is Decision.ask


def test_the_kind_of_learning_event_decides_toward_the_competence_iki_over_a_shared_topic_word():
    analyst = _skp(
        ("Jumlah rekomendasi kebijakan ketahanan farmasi yang ditindaklanjuti pimpinan", "4", "rekomendasi"),
        ("Persentase apotek yang melaporkan stok obat melalui aplikasi tepat waktu", "90%"),
        ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
    )
    # the line opens with the event's kind, or counts the credit it earns: the user's own learning, whatever topic
    # word it shares with the user's work («kebijakan», «obat»)
    for text in ("diklat analis kebijakan hari 2", "seminar kebijakan farmasi 3 JPL", "lokakarya stok obat hari pertama",
                 "tgl 3 ujikom JF analis kebijakan", "kebijakan farmasi global, dpt 2 SKP kemkes"):
        _offered_first(text, analyst, 3)
    # the event's kind alone, and no other IKI named: linked, not asked
    assert _link("pelatihan biosafety online hari 2", analyst).decision is Decision.link
    # the user teaches or runs it, or gives it to others: work
    for text in ("narasumber workshop kebijakan farmasi", "webinar stok obat utk 40 apoteker",
                 "pelatihan aplikasi stok obat di Kab Bogor, 25 apotek hadir"):
        found = _link(text, analyst)
        assert not found.candidates or found.candidates[0].number != 3, text


def test_a_certification_exam_the_user_took_is_the_competence_iki():
    # «and Friday I did day 2 of the CCNA exam» was filed di luar SKP: an exam one sits (PermenPANRB 38/2018's
    # kompetensi) is a learning event, said in English as «I did / took / sat … exam»
    it = _skp(
        ("Percentage uptime of SIMPEG and e-Kinerja", "99.5%"),
        ("Number of applications migrated to Pusat Data Nasional", "12", "apps"),
        ("Average recovery time for head-office network outages", "4", "hours"),
        ("Nilai IP ASN", "80", "nilai"),
    )
    for text in ("and Friday I did day 2 of the CCNA exam", "took the AWS certification exam today"):
        _offered_first(text, it, 4)
    # an exam the user runs for others is work, not learning
    found = _link("proctored the CCNA exam for 12 staff", it)
    assert not found.candidates or found.candidates[0].number != 4


def test_a_number_of_what_one_iki_counts_beside_a_name_only_another_holds_asks():
    tb = _skp(
        ("Jumlah petugas puskesmas yang dilatih tata laksana HIV", "60", "orang"),
        ("Persentase ODHIV di SIHA dengan data pengobatan lengkap", "90%"),
        ("Nilai IP ASN", "80", "nilai"),
    )
    found = _link("sosialisasi SIHA utk 25 petugas puskesmas", tb)
    assert found.decision is Decision.ask and {c.number for c in found.candidates} >= {1, 2}


def test_an_acronym_written_in_capitals_is_kept_though_it_is_spelt_like_a_function_word():
    ln = line("inspeksi 3 PAK di Depok")
    assert "pak" in line_terms(ln, read_date(ln, date(2026, 3, 12))[1])
    ln = line("lapor ke pak kabag soal inspeksi")
    assert "pak" not in line_terms(ln, read_date(ln, date(2026, 3, 12))[1])
    iki = IkiDraft(indikator="Jumlah sarana penyalur alat kesehatan (PAK) yang diinspeksi", target="40", satuan="sarana")
    assert "pak" in origins(iki)


def test_an_acronym_of_the_skps_own_adjacent_words_is_spelled_out_but_never_across_a_known_phrase():
    pharmacy = _skp(
        ("Jumlah dokumen rencana kebutuhan obat provinsi yang disusun", "34", "dokumen"),
        ("Persentase puskesmas yang melaporkan stok obat tepat waktu", "90%"),
        ("Jumlah laporan pengabdian kepada masyarakat berdampak yang disahkan", "2", "laporan"),
    )
    found = _link("finalisasi RKO Maluku Utara", pharmacy)
    assert _link("finalisasi rko Maluku Utara", pharmacy).decision is Decision.outside  # an acronym is written so
    assert found.decision is not Decision.outside and found.candidates[0].number == 1
    # «kepada» sits inside «pengabdian kepada masyarakat»: KMB spells no run of this SKP
    assert all(c.number != 3 for c in _link("ngajar KMB kelas 2A", pharmacy).candidates)


def test_an_acronym_in_capitals_spelt_like_a_word_of_the_language_is_spelled_out_from_the_skp():
    elderly = _skp(
        ("Persentase puskesmas dampingan yang melaksanakan skrining kesehatan lanjut usia sesuai standar", "80%"),
        ("Jumlah pendamping lanjut usia yang dilatih perawatan jangka panjang", "200", "orang"),
        ("Jumlah kabupaten/kota yang menetapkan rencana aksi daerah kelanjutusiaan", "10", "kab/kota"),
    )
    # «rad» is a word of the language (a wheel); written in capitals in a lowercase line it is an acronym
    found = _link("fasilitasi penyusunan RAD Kab Sleman", elderly)
    assert (found.decision, found.candidates[0].number) == (Decision.link, 3)
    assert _link("fasilitasi penyusunan rad Kab Sleman", elderly).decision is Decision.outside


def test_an_acronym_spells_a_noun_matching_leaves_out_as_in_every_iki():
    water = _skp(
        ("Jumlah sampel air minum yang diuji sesuai standar", "1200", "sampel"),
        ("Persentase laporan hasil uji kualitas air minum terbit ≤ 7 hari kerja", "90%"),
        ("Jumlah kab/kota yang menindaklanjuti rekomendasi pengawasan kualitas air minum", "10", "kab/kota"),
    )
    # «hasil» names nothing of its own in a line, yet «LHU» is laporan hasil uji: the report IKI is read too, so the
    # count of sampel alone no longer links the line silently to the sampel IKI
    found = _link("terbit LHU 30 sampel, rata2 5 hari", water)
    assert found.decision is Decision.ask and {1, 2} <= {c.number for c in found.candidates}


def test_a_shorthand_of_syllables_ending_two_skp_words_is_spelled_out_from_the_skp():
    teen = _skp(
        ("Persentase puskesmas dampingan yang menyelenggarakan PKPR sesuai standar", "80%"),
        ("Jumlah konselor sebaya yang dilatih di sekolah dan komunitas", "120", "orang"),
        ("Persentase petunjuk teknis integrasi pelayanan remaja yang ditetapkan tepat waktu", "100%"),
    )
    # «juk|nis»: a syllable of «petunjuk» and the end of «teknis», as the ministry shortens it
    found = _link("revisi juknis sesuai catatan rapat yg selasa", teen)
    assert (found.decision, found.candidates[0].number) == (Decision.link, 3)


def test_a_second_piece_of_work_after_a_joining_word_the_best_iki_never_names_asks():
    rehab = _skp(
        ("Persentase klien wajib lapor yang menyelesaikan program rehabilitasi rawat jalan", "80%"),
        ("Jumlah klien baru yang diasesmen menggunakan instrumen Addiction Severity Index", "150", "klien"),
        ("Jumlah keluarga klien yang mengikuti konseling keluarga", "60", "keluarga"),
    )
    # «grup TC pagi» is work the family-counselling IKI never names: «trus» adds a second piece of work
    found = _link("grup TC pagi trus konseling ortu klien", rehab)
    assert found.decision is Decision.ask and found.why == "dua pekerjaan" and found.candidates[0].number == 3
    assert _link("konseling ortu klien", rehab).decision is Decision.link


def test_the_work_of_building_software_is_the_work_of_the_iki_that_develops_features():
    programmer = _skp(
        ("Persentase permintaan fitur aplikasi rekam medis yang selesai sesuai SLA", "90%"),
        ("Persentase uptime server aplikasi rekam medis", "99%"),
        ("Nilai IP ASN", "80", "nilai"),
    )
    for text in ("hotfix bug login, deploy ke staging", "kamis sprint planning tim", "code review merge request"):
        _offered_first(text, programmer, 1)


def test_pt_in_a_laboratory_is_proficiency_testing():
    lab = _skp(
        ("Persentase parameter uji profisiensi dengan hasil memuaskan", "90%"),
        ("Jumlah sampel air minum yang diperiksa", "500", "sampel"),
        ("Nilai IP ASN", "80", "nilai"),
    )
    _offered_first("input hasil PT hematologi ke portal", lab, 1)


def test_servicing_a_vehicle_is_the_work_of_the_iki_that_keeps_vehicles_ready():
    driver = _skp(
        ("Persentase permintaan antar jemput pejabat yang dilayani tepat waktu", "95%"),
        ("Persentase kendaraan dinas yang siap pakai setiap hari", "100%"),
        ("Jumlah surat masuk yang diagendakan", "1000", "surat"),
    )
    for text in ("ganti oli + cek aki", "kmrn cuci mobil"):
        _offered_first(text, driver, 2)


def test_a_place_name_and_english_function_words_are_read_whole_or_not_at_all():
    assert "maluku" in text_terms("5 kab di Maluku") and "malu" not in text_terms("5 kab di Maluku")
    assert text_terms("Percentage uptime of SIMPEG and e-Kinerja") == ["percentage", "uptime", "simpeg", "e-kinerja"]


def test_a_monitor_is_a_device_and_a_word_of_its_own_is_no_cut_word():
    skp = _skp(
        ("Persentase PKS aktif yang dimonitor pelaksanaannya", "80%"),
        ("Persentase laporan kerusakan alat kesehatan yang direspon paling lama 1x24 jam", "90%"),
        ("Nilai IP ASN", "80", "nilai"),
    )
    assert _link("ganti kabel monitor yg error di ruang isolasi", skp).decision is Decision.outside
    assert _link("monitoring pelaksanaan 5 PKS aktif", skp).candidates[0].number == 1
    assert _link("verif laporan kerusakan alat dari IGD", skp).candidates[0].number == 2  # «verif», «kerusakan»


def test_the_head_of_a_joined_term_is_named_by_its_stem():
    skp = _skp(
        ("Jumlah pasien rawat jalan yang mendapat asesmen psikologis lengkap", "300", "pasien"),
        ("Persentase laporan hasil pemeriksaan psikologis yang selesai dalam 7 hari kerja", "90%"),
        ("Nilai IP ASN", "80", "nilai"),
    )
    # «laporan hasil pemeriksaan» is one term (LHP); the line's «laporan» is its head
    assert _link("ketik laporan psikologis 3 klien rujukan", skp).candidates[0].number == 2


@pytest.mark.parametrize("text, minutes", [
    ("1 jam 30 menit rapat SOP dgn biro hukum", 90), ("2h30m restoring the e-kinerja backup", 150),
    ("td 1j30m zoom", 90), ("setengah jam telpon dinkes", 30), ("sejam rapat katim", 60),
    ("half an hour call with BSSN", 30), ("an hour with the vendor", 60), ("dalam setengah jam beres", None),
])
def test_a_duration_in_two_parts_or_in_words_is_read_whole(text, minutes):
    assert duration_minutes(line(text)) == minutes


def test_the_minutes_of_a_two_part_duration_are_no_count():
    # «1 jam 30 menit»: the 30 is minutes of the duration, never 30 berkas toward a count IKI
    assert _quantity("1 jam 30 menit verif berkas KP", SKP.iki[0]) is None


@pytest.mark.parametrize("text, day", [
    ("kemarin lusa rapat koordinasi", date(2026, 6, 8)), ("the day before yesterday patched SIMPEG", date(2026, 6, 8)),
    ("3 hari yg lalu verif 12 berkas", date(2026, 6, 7)), ("dua hari yang lalu rapat", date(2026, 6, 8)),
    ("2 days ago migrated 1 app", date(2026, 6, 8)), ("rapat evaluasi pada 5/6", date(2026, 6, 5)),
    ("restore test on 4/6: OK", date(2026, 6, 4)), ("2 hari lalu sakit, hari ini verif 10 berkas", date(2026, 6, 10)),
])
def test_days_back_and_a_date_after_pada_or_on(text, day):
    assert read_date(line(text), date(2026, 6, 10))[0] == day  # a Wednesday


def test_days_back_is_done_work_and_its_number_is_no_count():
    assert kind_of("3 hari yg lalu verif 12 berkas").kind is EntryKind.report
    assert _quantity("3 hari yg lalu verif 12 berkas KP", SKP.iki[0]) == 12


def test_the_word_lists_hold_words_only():
    # YAML reads a bare no/off/on/yes as a boolean: «no», «off» and «on» were silently missing from the year's lists,
    # and «on», «no» from the answers' chat words (a flag's value, «delivers: true», is meant)
    from bot import knowledge

    def words(node):
        if isinstance(node, dict):
            for key, value in node.items():
                yield key
                yield from words(value)
        elif isinstance(node, list):
            for item in node:
                yield from words(item) if isinstance(item, (dict, list)) else [item]

    for name in knowledge.FILES:
        assert not [w for w in words(knowledge.data(name)) if isinstance(w, bool)], name


@pytest.mark.parametrize("text, day", [
    ("tue: closed 2 critical vulns", date(2026, 6, 9)), ("fri restore test OK", date(2026, 6, 5)),
    ("last night patched SIMPEG, 20 min downtime", date(2026, 6, 9)), ("monev 3 puskesmas", date(2026, 6, 10)),
])
def test_english_short_weekdays_and_last_night(text, day):
    assert read_date(line(text), date(2026, 6, 10))[0] == day  # a Wednesday


ACCOUNTS = _skp(
    ("Persentase satker yang menyampaikan laporan keuangan semester tepat waktu", "100%"),
    ("Jumlah satker eselon I yang rekonsiliasi SAIBA-nya tuntas tanpa selisih", "11", "satker"),
    ("Rata-rata jumlah hari penyusunan CaLK konsolidasi setelah batas penyampaian satker", "10", "hari"),
    ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
)


def test_a_name_typed_weighs_as_the_thing_counted_and_the_ip_asn_is_named_past_its_measure_word():
    # «CaLK» is IKI 3's name; «semester» only a plain word of IKI 1: the name goes first
    found = _link("kemarin finalisasi CaLK semester I bab kebijakan akuntansi", ACCOUNTS)
    assert found.candidates[0].number == 3
    # «Nilai Indeks Profesionalitas ASN»: the measure word «Nilai Indeks» does not hide the IP ASN a line names
    _offered_first("upload ijazah ke SIASN biar nilai IPASN naik", ACCOUNTS, 4)


def test_an_english_line_names_the_terms_of_an_indonesian_iki_and_an_indonesian_line_keeps_its_loanwords():
    food = _skp(
        ("Persentase KLB keracunan pangan yang ditanggulangi kurang dari 24 jam", "90%"),
        ("Jumlah laporan hasil investigasi KLB keracunan pangan yang disusun", "6", "laporan"),
        ("Jumlah penjamah pangan yang lulus pelatihan keamanan pangan", "300", "orang"),
    )
    # «outbreak» is a KLB, «food» pangan (knowledge/rewrite/english.yaml): the line is about the KLB IKI
    found = _link("reviewed lab results of food samples from the school outbreak", food)
    assert found.decision is not Decision.outside and {1, 2} & {c.number for c in found.candidates}
    # in an Indonesian line «paper» stays a loanword: it is no «karya ilmiah» of a manuscript IKI
    ln = line("journal club lab, presentasi paper GWAS")
    assert "karya ilmiah" not in line_terms(ln, read_date(ln, date(2026, 1, 26))[1])


def test_a_name_with_a_digit_inside_is_one_word_as_the_skp_writes_it():
    assert line("SP2HL hibah").words == ["sp2hl", "hibah"]
    grants = _skp(
        ("Persentase hibah langsung yang memperoleh nomor register paling lambat 30 hari", "90%"),
        ("Jumlah dokumen pengesahan hibah langsung (SP2HL) yang diterbitkan tepat waktu", "40", "dokumen"),
    )
    assert _link("SP2HL", grants).candidates[0].number == 2


def test_an_english_iki_is_read_as_an_english_line_is():
    ops = _skp(
        ("Percentage uptime of SIMPEG and e-Kinerja", "99.5%"),
        ("Percentage of daily backups successfully restore-tested", "95%"),
        ("Average recovery time for head-office network outages", "4", "hours"),
        ("Nilai IP ASN", "80", "nilai"),
    )
    # «restore-tested» is words of the language, read as the line's «restore test»; «e-Kinerja» stays a name
    assert _link("restore test of the e-kinerja backup on staging: OK", ops).candidates[0].number == 2
    # a wifi is part of a network (catatan_harian.yaml covers)
    assert _link("yesterday 4h fixing the wifi on floor 3", ops).candidates[0].number == 3


def test_the_words_a_proposed_stage_is_written_with_name_a_step_not_an_iki():
    from bot.year.rencana import propose

    unit = _skp(
        ("Jumlah SOP pelayanan laboratorium yang ditetapkan", "4", "SOP"),
        ("Persentase sampel yang diperiksa sesuai TAT", "90%"),
        ("Persentase pelanggan yang puas terhadap layanan pengujian", "85%"),
    )
    plans = [propose(iki) for iki in unit.iki]
    # «Persiapan …: SOP, data dasar, pembagian tugas» is how every service IKI's first stage is proposed: «SOP» there
    # says which step, and a line about an SOP stays the SOP IKI's
    found = _link("susun SOP baru", unit, plans=plans)
    assert found.decision is Decision.link and found.candidates[0].number == 1


def test_a_line_that_names_of_the_best_only_what_another_names_too_asks():
    screening = SkpDraft(iki=[
        IkiDraft(indikator="Jumlah kab/kota lokus yang menerima reagen PCR", target="20", satuan="kab/kota"),
        IkiDraft(indikator="Persentase perempuan usia 30-69 tahun yang dideteksi dini kanker leher rahim", target="70%",
                 rhk="Skrining kanker leher rahim di kab/kota lokus meningkat"),
        IkiDraft(indikator="Jumlah laporan capaian skrining kanker yang disusun", target="4", satuan="laporan"),
        IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80", satuan="nilai"),
    ])
    # «20 kab lokus» counts what IKI 1 counts, but IKI 2 names the kab/kota lokus too, and the skrining besides: the
    # number and where the words sit in each IKI are no answer, so the bot asks with both
    found = _link("evaluasi skrining 20 kab lokus", screening)
    assert found.decision is Decision.ask and [c.number for c in found.candidates[:2]] == [1, 2]


def test_a_section_of_a_clinical_laboratory_is_no_clinic():
    lab = _skp(
        ("Persentase parameter PME dengan hasil memuaskan", "90%"),
        ("Jumlah laporan indikator mutu yang dilaporkan ke Komite Mutu RS", "12", "laporan"),
        ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
    )
    assert "fasyankes" not in text_terms("QC kimia klinik pagi")
    assert _link("cek QC kimia klinik pagi, 1 run out", lab).decision is not Decision.link


def test_the_cppt_is_where_care_is_written_so_the_documentation_iki_s():
    ward = SkpDraft(iki=[
        IkiDraft(indikator="Persentase pasien rawat inap yang mendapat asuhan keperawatan sesuai standar", target="90%",
                 rhk="Asuhan keperawatan pasien rawat inap diberikan sesuai standar"),
        IkiDraft(indikator="Persentase rekam asuhan keperawatan yang terisi lengkap dalam 1x24 jam", target="95%",
                 rhk="Dokumentasi asuhan keperawatan lengkap dan tepat waktu"),
        IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80", satuan="nilai"),
    ])
    # written care is the documentation IKI's, not the care IKI's as much
    found = _link("CPPT bed 4-6 shift pagi", ward)
    assert [c.number for c in found.candidates] == [2]


def test_a_shorthand_of_a_term_the_iki_writes_with_a_word_between_names_it():
    team = _skp(
        ("Jumlah laporan capaian kinerja triwulanan tim yang disusun tepat waktu", "4", "laporan"),
        ("Jumlah pos UKK aktif di kab/kota lokus", "20", "pos"),
        ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
    )
    # «lakin» is laporan kinerja; the IKI writes «laporan capaian kinerja»
    assert _link("lakin tw2", team).candidates[0].number == 1
    assert "kesehatan kerja" in text_terms("juknis kesja")


def test_a_fasyankes_is_one_term_however_it_is_written():
    # the SKP writes it in full, the logbook line as «faskes» or the kind of place
    assert text_terms("persalinan di fasilitas pelayanan kesehatan") == text_terms("persalinan di faskes") == \
        text_terms("persalinan di puskesmas")
    logistics = _skp(
        ("Persentase permintaan logistik kesehatan daerah terdampak yang dikirim dalam 3 hari", "90%"),
        ("Jumlah laporan keuangan yang disusun tepat waktu", "4", "laporan"),
        ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
    )
    # what a crisis store holds and sends (Permenkes 75/2019) is the logistics IKI's
    assert _link("packing APD dan masker utk NTT", logistics).candidates[0].number == 1


def test_a_plain_word_one_iki_names_and_another_covers_reads_both_ways():
    lecturer = _skp(
        ("Persentase pertemuan perkuliahan yang terlaksana sesuai RPS", "95%"),
        ("Jumlah artikel ilmiah yang terbit di jurnal terakreditasi", "2", "artikel"),
        ("Jumlah modul praktikum berbasis video yang digunakan di laboratorium", "3", "modul"),
        ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
    )
    # «praktikum» is a word of IKI 3's modul, and a kind of teaching IKI 1's perkuliahan covers: the bot asks
    found = _link("koreksi laporan praktikum mhs semester 3", lecturer)
    assert found.decision is Decision.ask and [c.number for c in found.candidates[:2]] == [3, 1]
    # the modul IKI 3 counts, named, is no such word
    assert _link("rekam video modul praktikum ke-2", lecturer).decision is Decision.link


def test_a_legalised_ijazah_is_a_service_of_academic_administration_too():
    campus = SkpDraft(iki=[
        IkiDraft(indikator="Persentase permohonan surat keterangan akademik yang selesai paling lama 2 hari kerja",
                 target="95%", rhk="Layanan administrasi akademik mahasiswa sesuai standar waktu"),
        IkiDraft(indikator="Jumlah ijazah lulusan yang diterbitkan paling lambat 30 hari setelah yudisium",
                 target="300", satuan="ijazah"),
        IkiDraft(indikator="Persentase kuota mahasiswa baru yang terisi", target="90%"),
        IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80", satuan="nilai"),
    ])
    found = _link("legalisir ijazah alumni 10 lembar", campus)
    assert found.decision is Decision.ask and {1, 2} <= {c.number for c in found.candidates}


def test_a_word_every_iki_holds_is_no_word_of_the_best():
    bapelkes = SkpDraft(iki=[
        IkiDraft(indikator="Jumlah pelatihan terakreditasi yang diselenggarakan", target="12", satuan="pelatihan",
                 rhk="Pelatihan teknis kesehatan diselenggarakan sesuai standar"),
        IkiDraft(indikator="Jumlah peserta pelatihan yang lulus dan bersertifikat", target="600", satuan="orang",
                 rhk="Peserta pelatihan mendapat JPL sesuai kurikulum"),
        IkiDraft(indikator="Jumlah kurikulum pelatihan yang diajukan akreditasi", target="6", satuan="kurikulum"),
        IkiDraft(indikator="Jumlah kelas e-learning yang tayang di LMS", target="10", satuan="kelas",
                 rhk="Pelatihan daring tersedia di LMS"),
        IkiDraft(indikator="Jumlah laporan evaluasi pascapelatihan", target="4", satuan="laporan",
                 rhk="Dampak pelatihan dievaluasi"),
    ])
    # «pelatihan» names all five; «kelas» one, «konsumsi» the one that holds the event (PMK 49/2023 SBM): one word
    # each is no answer, so the bot asks
    found = _link("siapkan kelas dan konsumsi pelatihan", bapelkes)
    assert found.decision is Decision.ask and {1, 4} <= {c.number for c in found.candidates}


def test_a_region_named_after_its_kind_says_where_not_what():
    ln = line("kmrn dampingi dinkes kab Bone, 15 posyandu sdh skrining")
    assert "bone" not in line_terms(ln, read_date(ln, date(2026, 1, 26))[1])
    # a count of regions is what some IKI count («20 kab lokus»): kept
    ln = line("rapat 20 kab lokus")
    assert "kabupaten kota" in line_terms(ln, read_date(ln, date(2026, 1, 26))[1])
    assert text_terms("kohort HT") == ["kohort", "hipertensi"]


def test_the_systems_that_feed_surveillance_are_the_surveillance_iki_s():
    haji = _skp(
        ("Persentase laporan surveilans harian kesehatan haji yang lengkap dan tepat waktu", "95%"),
        ("Jumlah petugas kesehatan haji yang dilatih", "300", "orang"),
        ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
    )
    assert _link("rekap data Siskohatkes kasus pneumonia jemaah", haji).candidates[0].number == 1
    assert _link("cek sinyal SKDR minggu ini", haji).candidates[0].number == 1


def test_a_training_s_pre_and_post_test_is_who_passes_it():
    assert text_terms("olah data pre post test") == text_terms("olah data post-test")
    assert "pre" not in text_terms("drafted 3 press releases today")  # «press» is no «pre» of «pre test»
    training = _skp(
        ("Jumlah pelatihan terakreditasi yang diselenggarakan", "12", "pelatihan"),
        ("Jumlah peserta pelatihan yang lulus dan bersertifikat", "600", "orang"),
        ("Jumlah kurikulum pelatihan yang diajukan akreditasi", "6", "kurikulum"),
    )
    assert _link("koreksi pretest angkatan 3", training).candidates[0].number == 2


def test_two_pieces_of_work_joined_that_name_two_iki_link_the_first_and_keep_the_second_apart():
    # each part of «… + …» read alone names its own IKI: the first, naming its IKI's berkas, is the link, the second
    # kept apart for the reply to offer as its own entry (link50), never filed under the first's IKI
    three = SkpDraft(iki=SKP.iki[:3])
    found = _link("verif 12 berkas KP + rapat pensiun", three)
    assert (found.decision, found.why, found.second) == (Decision.link, "pekerjaan pertama", "rapat pensiun")
    assert [c.number for c in found.candidates[:2]] == [1, 3]
    # a first piece naming no IKI's thing alone is asked as before, and one whose lead is thin (the SKP's «Rata-rata
    # waktu verifikasi berkas …» shares its words: link.first_work lead)
    assert _link("rapat pensiun + verif 12 berkas KP", three).decision is Decision.ask
    found = _link("verif 12 berkas KP + rapat pensiun")
    assert found.decision is Decision.ask and [c.number for c in found.candidates[:2]] == [1, 3]
    assert _link("verif 12 berkas KP").decision is Decision.link
    # both parts about the same IKI: still one link
    assert _link("verif 12 berkas KP + scan 12 berkas KP").decision is Decision.link


def test_spoken_forms_of_taking_someone_and_a_kind_of_dispensing_error_name_their_iki():
    # «ngantar», «jemput» are antar-jemput as chat says it; a wrong label handed over is a dispensing error
    driver = SkpDraft(iki=[
        IkiDraft(indikator="Persentase permintaan antar-jemput tamu kantor yang dilayani tepat waktu", target="95%"),
        IkiDraft(indikator="Persentase kendaraan dinas yang dirawat sesuai jadwal servis", target="100%"),
        IkiDraft(indikator="Nilai IP ASN", target="80", satuan="nilai"),
    ])
    assert _link("pagi ngantar konsultan ke stasiun", driver).candidates[0].number == 1
    pharmacist = SkpDraft(iki=[
        IkiDraft(indikator="Angka kejadian dispensing error per 1.000 resep", target="0", satuan="per 1.000 resep"),
        IkiDraft(indikator="Jumlah pasien rawat inap yang mendapat konseling obat", target="300", satuan="pasien"),
        IkiDraft(indikator="Nilai IP ASN", target="80", satuan="nilai"),
    ])
    _offered_first("catat kejadian salah dosis puyer anak", pharmacist, 1)


def test_this_or_last_period_says_when_not_which_iki():
    # «bulan ini» is when the work was done, no sign of an IKI whose data are validated «setiap bulan»
    skp = SkpDraft(iki=[
        IkiDraft(indikator="Persentase kab/kota dengan data imunisasi lengkap dan tervalidasi setiap bulan",
                 target="90%"),
        IkiDraft(indikator="Jumlah puskesmas yang melaksanakan imunisasi kejar", target="40", satuan="puskesmas"),
        IkiDraft(indikator="Nilai IP ASN", target="80", satuan="nilai"),
    ])
    _linked("imunisasi kejar bulan ini", skp, 2)


def test_what_the_brackets_after_the_counted_thing_name_is_counted_too():
    ec = IkiDraft(indikator="Jumlah surat keterangan layak etik (ethical clearance) yang diterbitkan", target="100",
                  satuan="dokumen")
    assert _quantity("hari ini 5 ethical clearance terbit", ec) == 5
    assert _quantity("hari ini 5 protokol masuk", ec) is None


def test_a_result_issued_said_in_the_active_form_reaches_its_final_state():
    # «terbitkan 4 SK» (issued, as chat says it) is the SK in their final state, as «4 SK terbit» is
    sk = SKP.iki[2]  # Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun
    assert _quantity("hari ini terbitkan 4 SK pensiun BUP", sk) == 4
    assert _quantity("hari ini cek 4 SK pensiun BUP", sk) is None


@pytest.mark.parametrize("text, today, want", [
    ("lanjut input hasil yg kemarin", "2026-05-13", "2026-05-13"),  # «yg kemarin»: the work begun then
    ("lanjutin susun draf juknis kmrn", "2026-05-13", "2026-05-13"),  # carrying on yesterday's work, today
    ("kmrn lanjut susun draf juknis", "2026-05-13", "2026-05-12"),  # kemarin first: the day of the work
    ("rekap capaian, dikirim ke katim utk dibahas kamis", "2026-05-13", "2026-05-13"),  # a weekday to come
    ("kamis rekap capaian", "2026-05-13", "2026-05-07"),
])
def test_a_day_word_naming_other_work_or_a_time_to_come_is_not_the_entry_date(text, today, want):
    assert _date(text, today) == want


def test_a_count_named_by_the_satuan_as_written_or_by_its_kind_but_not_what_is_left():
    izin = IkiDraft(indikator="Jumlah permohonan sertifikat produksi yang dievaluasi", target="200",
                    satuan="permohonan")
    assert _quantity("tgl 2 telaah 5 permohonan perpanjangan", izin) == 5  # the satuan as written
    assert _quantity("evaluasi 9 dossier sertifikat produksi", izin) == 9  # a dossier is the permohonan filed
    assert _quantity("lanjut evaluasi, tinggal 7 permohonan", izin) is None  # what is left, not done
    alat = IkiDraft(indikator="Jumlah alat laboratorium yang terkalibrasi internal", target="40", satuan="alat")
    assert _quantity("kalibrasi internal 4 autoklaf", alat) == 4  # a kind of alat laboratorium
    assert _quantity("kalibrasi internal ruang 4", alat) is None


def test_a_count_of_what_a_container_word_holds():
    sampel = IkiDraft(indikator="Jumlah spesimen tikus yang diperiksa", target="500", satuan="spesimen")
    assert _quantity("periksa 30 tikus hasil trapping", sampel) == 30  # «spesimen tikus»: the tikus are counted
    assert _quantity("periksa 30 tikus hasil trapping", SKP.iki[0]) is None


def test_a_count_after_an_amount_word_reaching_the_final_state_by_its_act():
    sertifikat = IkiDraft(indikator="Jumlah sertifikat kompetensi yang terbit", target="300", satuan="sertifikat")
    assert _quantity("cetak sertifikat kompetensi gelombang 2 sebanyak 45", sertifikat) == 45
    assert _quantity("susun sertifikat kompetensi gelombang 2 sebanyak 45", sertifikat) is None  # not issued


def test_the_participants_of_a_training_count_toward_the_people_trained_only():
    terlatih = IkiDraft(indikator="Jumlah kader posyandu terlatih", target="300", satuan="orang")
    assert _quantity("buka pelatihan kader posyandu angkatan 2, 25 peserta", terlatih) == 25  # its participants
    acara = IkiDraft(indikator="Jumlah pelatihan terakreditasi yang diselenggarakan", target="6", satuan="pelatihan")
    assert _quantity("buka pelatihan kader posyandu angkatan 2, 25 peserta", acara) is None  # one event, not 25


def test_a_learning_event_lasting_days_or_named_as_a_life_support_course_is_the_users_own_learning():
    nurse = _skp(
        ("Persentase pasien rawat inap dengan asesmen risiko jatuh lengkap", "95%"),
        ("Jumlah perawat baru yang lulus kredensial", "12", "orang"),
        ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
    )
    # «3 hari» is how long the event lasts, not a number of something else the user handled
    for text in ("tgl 5 workshop manajemen risiko 3 hari", "ACLS hari ke-2", "tgl 9 BCLS"):
        _offered_first(text, nurse, 3)
    # a number of something else still makes it work
    assert _link("workshop manajemen risiko utk 3 perawat", nurse).candidates[0].number != 3


def test_work_named_by_its_step_or_its_system_links_to_the_iki_it_serves():
    alkes = _skp(
        ("Persentase laporan kejadian tidak diinginkan alkes yang ditindaklanjuti", "90%"),
        ("Jumlah permohonan izin edar alkes yang dievaluasi", "800", "permohonan"),
        ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
    )
    assert [c.number for c in _link("tgl 4 pantau FSCA ventilator impor", alkes).candidates][:1] == [1]  # vigilance
    _offered_first("tgl 4 cek 6 permohonan PKRT", alkes, 2)  # an izin edar by its number's kind
    it = _skp(
        ("Persentase uptime aplikasi e-Kinerja", "99%"),
        ("Persentase kerentanan kritis hasil pemindaian yang ditutup", "95%"),
        ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
    )
    assert [c.number for c in _link("hardening server nginx temuan pemindaian", it).candidates][:1] == [2]


def test_work_named_by_its_standard_its_plant_or_its_cargo_links_to_the_iki_it_serves():
    skp = _skp(
        ("Persentase fasyankes yang mengirim data rekam medis ke SATUSEHAT", "80%"),
        ("Jumlah industri alat kesehatan yang didampingi", "10", "industri"),
        ("Persentase permintaan logistik krisis yang terpenuhi", "90%"),
        ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
    )
    for text, want in (("tgl 3 validasi resource FHIR Encounter", 1), ("audit CPAKB pabrik kateter", 2),
                       ("kmrn 300 family kit & tenda tiba di posko", 3)):
        assert [c.number for c in _link(text, skp).candidates][:1] == [want], text


def test_a_helpdesk_ticket_is_a_complaint_but_a_desk_evaluation_is_not():
    skp = _skp(
        ("Persentase permohonan SIP yang diverifikasi dalam 3 hari kerja", "90%"),
        ("Rata-rata waktu penyelesaian pengaduan layanan SIP", "3", "hari"),
        ("Jumlah satker yang didampingi menyusun LKE ZI", "6", "satker"),
    )
    assert [c.number for c in _link("balas 14 tiket helpdesk SIP", skp).candidates][:1] == [2]
    assert [c.number for c in _link("desk evaluasi LKE ZI 2 satker", skp).candidates][:1] == [3]


def test_a_count_named_by_the_other_name_the_iki_gives_its_thing_in_brackets():
    mutu = IkiDraft(indikator="Jumlah dokumen mutu (SOP, formulir) laboratorium yang direviu", target="30",
                    satuan="dokumen")
    assert _quantity("reviu 5 SOP sampling", mutu) == 5
    assert _quantity("reviu 5 sampel", mutu) is None
    sitrep = IkiDraft(indikator="Jumlah laporan situasi (sitrep) krisis kesehatan yang disampaikan", target="50",
                      satuan="laporan")
    assert _quantity("kirim 2 sitrep gempa", sitrep) == 2


def test_trained_health_workers_named_by_their_profession_at_a_training_of_trainers():
    nakes = IkiDraft(indikator="Jumlah nakes puskesmas yang dilatih konseling menyusui", target="120", satuan="orang")
    assert _quantity("kmrn pelatihan konseling menyusui utk 15 bidan", nakes) == 15  # a bidan is a nakes
    assert _quantity("TOT konseling menyusui angkatan 1, 28 peserta", nakes) == 28  # a TOT is a training
    assert _quantity("rapat konseling menyusui, 28 peserta", nakes) is None  # a meeting trains no one


def test_a_final_state_said_in_another_form_or_by_the_signature_that_sets_it():
    sk = SKP.iki[2]  # «Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun»
    assert _quantity("proses SK pensiun BUP, 4 SK sdh ttd", sk) == 4  # signed: issued
    assert _quantity("terbitkan 5 SK pensiun BUP", sk) == 5  # the state's word in another form
    assert _quantity("terbitin 5 SK pensiun BUP", sk) == 5
    assert _quantity("proses SK pensiun BUP, 4 SK blm ttd", sk) is None  # negated
    pak = IkiDraft(indikator="Jumlah sarana penyalur alat kesehatan (PAK) yang diinspeksi", target="20", satuan="sarana")
    assert _quantity("inspeksi 3 PAK di Depok", pak) == 3  # the bracketed acronym, though spelt like «Pak»


CRISIS = _skp(
    ("Persentase permintaan buffer stock logistik krisis kesehatan yang terpenuhi", "90%"),
    ("Jumlah rekomendasi kebijakan yang disampaikan ke pimpinan", "4", "rekomendasi"),
    ("Nilai IP ASN", "80", "nilai"),
    ("Persentase produk hukum yang diunggah ke JDIH paling lama 3 hari kerja", "90%"),
)


def test_a_link_resting_only_on_a_side_phrase_asks_and_names_what_was_done():
    # «buat bahan rekomendasi kebijakan» says what the work was for; the work, «rekap data kunjungan», no IKI names
    found = _link("rekap data kunjungan buat bahan rekomendasi kebijakan", CRISIS)
    assert found.decision is Decision.ask and found.candidates[0].number == 2
    assert found.unnamed == "rekap data kunjungan"
    # a plain act before the side phrase names nothing of its own: the side phrase is what the line is about
    _linked("koordinasi dgn BNPB soal logistik krisis", CRISIS, 1)
    # so does a head of people addressed, a name in title case or a kind of learning event: whom, where, how
    for text in ("telpon kapus Bojongsari soal logistik krisis", "webinar utk dinkes soal logistik krisis"):
        _linked(text, CRISIS, 1)
    # the line names the IKI before its side phrase: linked
    _linked("kirim 20 paket buffer stock ke posko krisis", CRISIS, 1)
    # the IKI's own text names the same side phrase («diunggah ke JDIH»): the line names its way of working
    found = _link("upload 4 PMK baru ke JDIH", CRISIS)
    assert found.decision is Decision.link and found.candidates[0].number == 4 and not found.unnamed


FITNESS = _skp(
    ("Jumlah Posbindu PTM aktif yang dibina", "30", "pos"),
    ("Persentase puskesmas yang melaksanakan skrining kesehatan jiwa", "60", "persen"),
    ("Jumlah ASN Kemenkes yang diukur tingkat kebugaran jasmaninya", "500", "orang"),
    ("Persentase rekomendasi advokasi kesehatan olahraga yang ditindaklanjuti", "70", "persen"),
    ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
)


def test_a_side_phrase_naming_all_a_score_iki_scores_links_to_it():
    # «biar IP ASN naik»: the work was done for the level the IKI scores, whatever the head names (it asked, kata
    # samping: «upload ijazah S2» no IKI names)
    for text in ("unggah ijazah S2 ke SIASN biar IP ASN naik", "scan ijazah S3 ke SIASN, buat IP ASN"):
        _linked(text, FITNESS, 5)
    # without it the line still asks
    assert _link("unggah ijazah S2 ke SIASN", FITNESS).decision is Decision.ask


@pytest.mark.parametrize("text", ["cek 12 berkas IKI 2", "cek 12 berkas IKI ke-2", "cek 12 berkas IKI no. 2",
                                  "IKI nomor 2: cek 12 berkas", "cek 12 berkas IKI #2", "cek 12 berkas IKI-2"])
def test_an_iki_named_by_its_number_is_read_alike_in_every_spelling(text):
    # one pattern for «IKI N» (bot.lang.refs.iki_refs), read by the logbook, the year's chat and the leader's side
    assert iki_number_in(text) == 2


ICU = _skp(
    ("Persentase pasien ICU dengan dokumentasi asuhan keperawatan lengkap", "95%"),
    ("Angka kejadian ventilator associated pneumonia (VAP)", "5", "per 1000 hari ventilator"),
    ("Persentase pasien transfer keluar ICU tanpa insiden", "100%"),
    ("Nilai IP ASN", "80", "nilai"),
)
MEDIA = _skp(
    ("Persentase isu hoaks kesehatan yang diklarifikasi dalam 1x24 jam", "90%"),
    ("Jumlah konten video edukasi kesehatan yang tayang", "48", "konten"),
    ("Jumlah kreator konten yang berkolaborasi dalam kampanye kesehatan", "20", "kreator"),
)


def test_a_units_jargon_for_the_work_names_the_iki_it_serves():
    # the VAP bundle's care and a transfer's SBAR handover name no word of their IKI (catatan_harian.yaml covers)
    assert _link("oral hygiene chlorhexidine + elevasi kepala pasien terpasang ETT", ICU).candidates[0].number == 2
    assert _link("antar pasien ke HCU, serah terima SBAR", ICU).candidates[0].number == 3
    # «hoax» is the English spelling of hoaks; «cekfakta» where a hoaks is countered
    assert _link("counter hoax soal vaksin, bikin infografis + kirim ke cekfakta", MEDIA).candidates[0].number == 1


def test_the_care_of_an_hd_complication_and_a_methadone_dose_name_the_iki_they_serve():
    # intradialytic hypotension handled (Trendelenburg) is a komplikasi intradialitik, not the session's akses
    # vaskular; a methadone dose is the PTRM therapy, not the family counselling beside it (catatan_harian covers)
    hd = _skp(("Persentase tindakan hemodialisis tanpa komplikasi intradialitik berat", "95%"),
              ("Persentase pasien hemodialisis dengan akses vaskular (AV shunt/CDL) terpantau setiap sesi tanpa infeksi",
               "90%"),
              ("Jumlah pasien hemodialisis yang mendapat edukasi pembatasan cairan dan diet", "300", "pasien"),
              ("Nilai IP ASN", "80", "nilai"))
    found = _link("sesi pagi bu S tensi drop di jam ke-2, UF stop, posisi trendelenburg", hd)
    assert found.candidates[0].number == 1  # beside the session's other IKI it may ask, IKI 1 first
    napza = _skp(("Persentase klien PTRM dengan retensi terapi minimal 6 bulan", "80%"),
                 ("Jumlah keluarga klien yang mengikuti konseling keluarga", "60", "keluarga"),
                 ("Nilai IP ASN", "80", "nilai"))
    _linked("dispensing & konseling klien metadon, 2 mangkir dosis", napza, 1)


def test_an_exam_invigilation_is_no_silent_link_to_an_iki_of_courses():
    skp = _skp(("Persentase kelas dengan jadwal perkuliahan tanpa bentrok ruang dan dosen", "95%"),
               ("Jumlah ijazah lulusan yang terbit melalui SIVIL", "300", "ijazah"))
    assert _link("jaga ujian UTS ruang 3", skp).decision is not Decision.link


TB = _skp(
    ("Persentase kasus tuberkulosis yang diobati sampai sembuh", "90%"),
    ("Jumlah balita yang ditimbang di posyandu", "500", "balita"),
    ("Nilai IP ASN", "80", "nilai"),
)


def test_a_tool_no_iki_names_offers_the_iki_of_its_work_first_and_never_links_alone():
    # SITB is the TB information system (catatan_harian.yaml work_objects): its work is TB cases, which IKI 1 names
    found = _link("td update SITB", TB)
    assert found.decision is Decision.ask and found.candidates[0].number == 1


def test_a_tool_the_skp_names_itself_lends_nothing_to_other_iki():
    skp = _skp(("Jumlah kabupaten/kota dengan PSC 119 yang terintegrasi", "20", "kab/kota"),
               ("Persentase kasus gawat darurat yang direspons dalam 30 menit", "90%"))
    found = _link("rakor dgn dinkes soal PSC", skp)
    assert [c.number for c in found.candidates] == [1]


def test_what_a_tool_lends_never_decides_a_link_however_much_it_weighs(monkeypatch):
    from bot.year.vocabulary import vocabulary

    monkeypatch.setitem(vocabulary().link, "lent", 3.0)  # SIAKAD (marks, courses) lending as much as a named term
    skp = _skp(("Persentase pertemuan perkuliahan yang terlaksana sesuai RPS", "95%"),
               ("Jumlah mahasiswa bimbingan KTI yang lulus ujian tepat waktu", "8", "orang"))
    found = _link("td input siakad", skp)
    assert found.decision is Decision.ask and found.candidates[0].number == 1


def test_a_people_word_alone_setting_the_best_apart_asks():
    # «px» (pasien) is all that sets IKI 2 apart from IKI 1, which the line names by MRI too: a number of patients
    # may count examinations as well as patients booked online (catatan_harian.yaml link.generic)
    skp = _skp(("Jumlah pemeriksaan MRI yang dilaksanakan", "3000", "pemeriksaan"),
               ("Persentase pasien MRI rawat jalan yang terjadwal melalui booking online", "70%"),
               ("Nilai IP ASN", "80", "nilai"))
    found = _link("MRI 9 px shift malam", skp)
    assert found.decision is Decision.ask and {c.number for c in found.candidates} >= {1, 2}


def test_a_programmes_jargon_names_its_iki():
    malaria = _skp(("Persentase kasus positif malaria yang diobati dengan ACT sesuai standar", "95%"),
                   ("Persentase suspek malaria yang dikonfirmasi dengan mikroskop atau RDT", "95%"),
                   ("Nilai IP ASN", "80", "nilai"))
    assert _link("cek stok DHP & primakuin di gudang", malaria).candidates[0].number == 1  # the ACT given
    assert _link("uji silang 40 slide dari labkesda", malaria).candidates[0].number == 2  # microscopy checked
    physio = _skp(("Jumlah video home exercise program yang diterbitkan", "12", "video"),
                  ("Jumlah sesi fisioterapi rawat jalan yang dilaksanakan", "1000", "sesi"))
    # a home visit is a kunjungan rumah, no «home» of the video programme
    assert _link("home visit px stroke, ajarin keluarga", physio).decision is not Decision.link


def test_an_outside_activity_stays_outside_whatever_a_tool_lends(monkeypatch):
    from bot.year.vocabulary import vocabulary

    monkeypatch.setitem(vocabulary().link, "lent", 10.0)  # «liputan» lending news work more than any named term
    skp = _skp(("Persentase pemberitaan media daring bernada positif", "80%"), ("Nilai IP ASN", "80", "nilai"))
    assert _link("liputan upacara HUT RI di halaman kantor", skp).decision is Decision.outside


PORT_SKP = SkpDraft(iki=[
    IkiDraft(indikator="Persentase kapal yang diperiksa sanitasinya dan diterbitkan sertifikat sanitasi tepat waktu",
             target="100%"),
    IkiDraft(indikator="Jumlah sertifikat sanitasi kapal (SSCEC/SSCC) yang diterbitkan", target="600",
             satuan="sertifikat"),
    IkiDraft(indikator="Persentase tempat-tempat umum di wilayah pelabuhan yang memenuhi syarat kesehatan "
                       "lingkungan", target="90%"),
    IkiDraft(indikator="Angka House Index jentik di wilayah perimeter pelabuhan", target="≤ 1%"),
    IkiDraft(indikator="Jumlah sampel air bersih kapal yang diperiksa laboratorium", target="240", satuan="sampel"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")])


def test_a_number_counting_a_count_ikis_other_name_puts_that_iki_first_beside_ships_counted_for_another():
    # «5 kapal» names what the percentage IKI measures, «5 sertifikat SSCEC» what the count IKI counts (its unit and
    # the name in its brackets): the count IKI is not put aside for the other number's words
    reading = read_entry("senin periksa sanitasi 5 kapal asing, terbit 5 sertifikat SSCEC", date(2026, 3, 9), PORT_SKP)
    assert reading.link.candidates[0].number == 2 and reading.quantity == 5


def test_a_question_the_user_answered_before_for_the_same_kind_of_work_takes_that_answer():
    # Y01: «td rapat koordinasi jadwal usulan KP dgn BKN regional» picked IKI 2 among 1, 2 and 4; a later meeting about
    # the same usulan KP, asked between IKI 1 and 2, is that question again
    now = datetime(2026, 1, 13, 15, 45, tzinfo=WIB)
    year, entry = add_entry(YearState(), read_entry("td rapat koordinasi jadwal usulan KP dgn BKN regional",
                                                    now.date(), SKP), now)
    assert entry.status is EntryStatus.unsure
    year = choose(year, entry.id, SKP, SKP.iki[1].indikator)
    text = "rapat tim soal 2 usulan KP yg ditolak BKN krn TMT lewat"
    assert read_entry(text, date(2026, 2, 24), SKP).link.decision is Decision.ask  # unanswered before: asked
    later = read_entry(text, date(2026, 2, 24), SKP, choices=year.choices)
    assert later.link.decision is Decision.link and later.iki == SKP.iki[1].indikator and later.link.taught == entry.id
    # other work about the same things (no meeting) is not that question: asked as before
    other = read_entry("verif 3 berkas usulan KP yg ditolak BKN", date(2026, 2, 24), SKP, choices=year.choices)
    assert other.link.taught == ""


def test_the_users_pick_teaches_their_next_lines_holding_the_same_terms_and_says_so():
    now = datetime(2026, 3, 3, 9, 0, tzinfo=WIB)
    year, entry = add_entry(YearState(), read_entry("kmrn periksa 3 kapal, terbit 3 SSCEC", now.date(), PORT_SKP), now)
    assert entry.status is EntryStatus.unsure  # asked: the user's pick is what teaches
    key = PORT_SKP.iki[1].indikator
    year = choose(year, entry.id, PORT_SKP, key)
    text = "senin periksa sanitasi 5 kapal asing, terbit 5 sertifikat SSCEC"
    assert read_entry(text, date(2026, 3, 9), PORT_SKP).link.decision is Decision.ask  # untaught: two near IKI
    later = read_entry(text, date(2026, 3, 9), PORT_SKP, choices=year.choices)
    assert later.link.decision is Decision.link and later.iki == key and later.link.taught == entry.id
    assert later.quantity == 5
    # a line without the taught terms is read as before; another user (no choices) is not taught
    other = read_entry("td pagi periksa 2 kapal, sertifikat blm terbit", date(2026, 3, 20), PORT_SKP,
                       choices=year.choices)
    assert other.link.taught == "" and other.iki == PORT_SKP.iki[0].indikator


def test_a_count_is_no_answer_between_an_iki_counting_a_thing_and_one_measuring_its_share():
    # «35 set» counts what IKI 1 counts, and IKI 2's share counts the same sets one by one: only the number set
    # IKI 1 apart, so the bot asks between them
    skp = _skp(("Jumlah set instrumen yang diinventarisasi ulang dan dilengkapi", "400", "set"),
               ("Persentase set instrumen yang diberi label barcode", "80%"),
               ("Nilai IP ASN", "80", "nilai"))
    found = _link("packing 35 set bedah umum", skp)
    assert found.decision is Decision.ask and [c.number for c in found.candidates][:2] == [1, 2]
    # a share of another thing leaves the count to the IKI that counts it
    skp = _skp(("Jumlah set instrumen yang diinventarisasi ulang dan dilengkapi", "400", "set"),
               ("Persentase siklus sterilisasi dengan indikator biologi lolos", "98%"),
               ("Nilai IP ASN", "80", "nilai"))
    _linked("packing 35 set bedah umum", skp, 1)


def test_a_borrowed_word_with_a_passive_prefix_is_the_word_itself():
    # Sastrawi knows no «triase» to take «di-» off: the IKI's «ditriase» and the line's «triase» are one term
    # (catatan_harian.yaml passive_prefixes); a word of the language that opens so stays whole
    assert text_terms("pasien IGD yang ditriase") == text_terms("pasien IGD triase")
    assert text_terms("berkas dikoding")[-1] == text_terms("koding")[0]
    assert text_terms("diare digital") == ["diare", "digital"]


def test_a_line_saying_only_where_and_with_whom_asks():
    # «ke bangsal … sama DPJP» names no work: the ward is where any IKI's work may be done
    skp = _skp(("Persentase pasien baru rawat inap yang diskrining gizi dalam 1x24 jam", "95%"),
               ("Persentase pasien berisiko malnutrisi yang mendapat asuhan gizi terstandar", "90%"),
               ("Persentase ketepatan diet dan waktu penyajian makanan pasien", "95%"),
               ("Nilai IP ASN", "80", "nilai"))
    assert _link("ke bangsal anak & NICU sama DPJP", skp).decision is Decision.ask
    # a weekday said with its past marker is all date: «jumat kemarin ke …» opens past it with the place
    assert _link("jumat kemarin ke RS Persahabatan bahas asuhan gizi", skp).decision is Decision.ask
    # the work named after a comma is what the line is about
    _linked("ke bangsal anak, skrining gizi 12 pasien baru rawat inap", skp, 1)


def test_a_partner_named_by_its_role_and_its_body_is_who_took_part_not_what():
    # «dgn verifikator BPJS»: the BPJS is whom the meeting was with, no sign of the IKI of klaim diajukan ke BPJS
    skp = _skp(("Persentase berkas klaim INA-CBG rawat inap yang diajukan ke BPJS Kesehatan sebelum tanggal 10", "95%"),
               ("Persentase klaim dispute atau pending akibat kesalahan koding", "5%"),
               ("Jumlah berkas klaim pending yang diselesaikan dan diajukan ulang", "300", "berkas"),
               ("Nilai IP ASN", "80", "nilai"))
    assert _link("rapat dgn verifikator BPJS di kantor cabang", skp).decision is not Decision.link
    # the BPJS named as where the work went still names the IKI
    _linked("ajukan 40 berkas klaim rawat inap ke BPJS", skp, 1)


CSSD = SkpDraft(iki=[
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80", satuan="Nilai"),
    IkiDraft(indikator="Persentase set instrumen steril yang didistribusikan tepat waktu ke unit pengguna", target="98%"),
    IkiDraft(indikator="Persentase siklus autoklaf dengan hasil indikator biologi negatif", target="100%", satuan="%"),
    IkiDraft(indikator="Jumlah set bedah yang disterilkan sesuai standar", target="3.000 set", satuan="set"),
    IkiDraft(indikator="Persentase permintaan sterilisasi cito yang selesai dalam 2 jam", target="95%", satuan="%"),
])


@pytest.mark.parametrize("text", ["hari ini 60 set bedah disterilkan, 2 diantaranya cito",
                                  "hari ini 60 set bedah disterilkan, 2 di antaranya cito",
                                  "hari ini 60 set bedah disterilkan, termasuk 2 cito"])
def test_a_clause_about_part_of_what_the_line_counted_continues_it(text):
    # tester13 #5: «…, 2 diantaranya cito» was kept as a second entry «2 diantaranya cito», a separate day's work
    assert read_results(text, date(2026, 2, 20), CSSD) == []


def test_a_unit_practice_word_is_read_as_the_thing_its_iki_names():
    # the logbook's synonyms (catatan_harian.yaml synonyms): «crossmatch» is the uji silang serasi an IKI counts,
    # «ADIME» the steps of the proses asuhan gizi terstandar
    assert text_terms("crossmatch") == text_terms("uji silang serasi")
    assert text_terms("ADIME") == text_terms("PAGT")
    skp = _skp(("Persentase permintaan darah cito yang terpenuhi dalam waktu kurang dari 1 jam", "90%"),
               ("Persentase kantong darah yang diberikan setelah uji silang serasi sesuai prosedur", "100%"),
               ("Persentase kantong darah kedaluwarsa terhadap total stok", "2%"),
               ("Nilai IP ASN", "80", "nilai"))
    assert _link("crossmatch 8 kantong utk pasien ICU", skp).candidates[0].number == 2


def test_a_unit_practice_word_points_to_the_iki_whose_work_it_measures():
    # covers: the Comstock method estimates plate waste, FIFO keeps stock from expiring, DDD measures antibiotic use
    skp = _skp(("Persentase pasien baru rawat inap yang diskrining gizi dalam 1x24 jam", "95%"),
               ("Persentase pasien dengan sisa makanan kurang dari 20 persen", "80%"),
               ("Jumlah pasien yang mendapat konseling gizi sebelum pulang", "300", "pasien"),
               ("Nilai IP ASN", "80", "nilai"))
    assert _link("form comstock bangsal bedah", skp).candidates[0].number == 2
    blood = _skp(("Persentase kantong darah yang diberikan setelah uji silang serasi sesuai prosedur", "100%"),
                 ("Persentase kantong darah kedaluwarsa terhadap total stok", "2%"),
                 ("Nilai IP ASN", "80", "nilai"))
    assert _link("atur FIFO lemari darah", blood).candidates[0].number == 2
    # the Bowie-Dick test is a chemical indicator of a sterilising cycle, not the machine's uptime
    cssd = _skp(("Rata-rata waktu henti mesin autoklaf per bulan", "2", "jam"),
                ("Persentase siklus sterilisasi dengan hasil indikator kimia dan biologi lolos", "100%"),
                ("Nilai IP ASN", "80", "nilai"))
    cssd.iki[0].rhk = "Mesin sterilisasi berfungsi optimal"  # its RHK names sterilisasi too
    assert _link("BD test pagi", cssd).candidates[0].number == 2


def test_office_life_the_skp_names_itself_is_the_users_work():
    # «olahraga» is office sport (outside_activities), but the work of one whose IKI is a pedoman of it
    skp = _skp(("Jumlah Pos UKK aktif yang melapor", "40", "pos"),
               ("Persentase tahapan penyusunan pedoman kesehatan olahraga kelompok khusus yang selesai", "100%"),
               ("Nilai IP ASN", "80", "nilai"))
    _offered_first("finalisasi draf pedoman olahraga utk disabilitas", skp, 2)
    # where no IKI names it, it stays office life, and a word that is no term at all («HUT») stays a cue
    assert _link("olahraga bersama pegawai jumat pagi", SECRETARY).decision is Decision.outside
    assert _link("latihan paduan suara utk HUT kantor", skp).decision is Decision.outside


def test_skp_counted_after_a_learning_event_is_its_credit():
    # «3 SKP» after a webinar is the satuan kredit profesi it earned (learning_credit_acronyms), so the line takes
    # part in a learning event; elsewhere «SKP» stays the Sasaran Kinerja Pegawai an HR officer counts
    skp = _skp(("Persentase pasien baru rawat inap yang diskrining gizi dalam 1x24 jam", "95%"),
               ("Jumlah pasien yang mendapat konseling gizi sebelum pulang", "300", "pasien"),
               ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))
    assert _link("seminar daring tatalaksana gizi buruk dapat 2 SKP", skp).candidates[0].number == 3
    hr = _skp(("Jumlah dokumen SKP pegawai yang diverifikasi", "200", "dokumen"),
              ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))
    assert _link("verifikasi 12 SKP pegawai", hr).candidates[0].number == 1


def test_the_hour_of_the_day_is_when_not_the_jam_an_iki_measures():
    # «jam 2» is when (clock_words before a number), not the satuan of an IKI measured in jam
    skp = _skp(("Persentase permintaan set instrumen steril yang terpenuhi sesuai jadwal operasi", "95%"),
               ("Rata-rata waktu henti mesin autoklaf per bulan", "2", "jam"),
               ("Jumlah set instrumen yang diinventarisasi ulang dan dilengkapi", "300", "set"),
               ("Nilai IP ASN", "80", "nilai"))
    assert _link("kirim instrumen cito ke OK jam 2", skp).candidates[0].number == 1
    ln = line("kirim instrumen ke OK jam 10")
    assert "jam" not in line_terms(ln, read_date(ln, date(2026, 1, 26))[1])
    # the jam a line names as a thing stays a term
    ln = line("catat jam datang pasien")
    assert "jam" in line_terms(ln, read_date(ln, date(2026, 1, 26))[1])


IPSRS = _skp(
    ("Persentase permintaan perbaikan alat yang diselesaikan sesuai standar waktu", "100%"),
    ("Persentase alat medis yang dipelihara preventif (PM) sesuai jadwal", "95%"),
    ("Jumlah sertifikat hasil kalibrasi alat kesehatan", "40", "sertifikat"),
    ("Persentase alat medis di ruang kritis (IGD, ICU, OK) yang siap pakai", "100%"),
)


def test_an_acronym_the_iki_gives_in_brackets_is_its_name_and_a_list_there_no_name():
    # «(PM)» alone in brackets names IKI 2 as its head does, though two letters are too few to tell a name in a
    # line; «(IGD, ICU, OK)» lists what «ruang kritis» covers and weighs as a listed word, no name: «PM … ICU» was
    # linked silently to the ruang-kritis IKI (tester16 #10)
    assert [c.number for c in _link("PM ventilator ICU", IPSRS).candidates[:1]] == [2]
    assert _link("PM ventilator ICU", IPSRS).decision is Decision.link
    found = _link("hr ini PM 6 unit syringe pump ruang ICU", IPSRS)
    assert found.decision is Decision.ask and {c.number for c in found.candidates[:2]} == {2, 4}
    _linked("PM AC central gedung rawat inap lt 2", IPSRS, 2)


def test_an_ikis_brackets_are_read_once_a_list_by_its_commas_and_names_of_one_thing_by_a_slash_or_atau():
    listed, named, alone = brackets("alat ruang kritis (IGD, ICU; OK) dan akses (AV shunt/CDL atau AVF) (PM)")
    assert listed.listed and listed.items == ("IGD", "ICU", "OK") and not listed.alone
    assert not named.listed and named.names == ("AV shunt", "CDL", "AVF") and not named.alone
    assert alone.alone and alone.names == ("PM",)
    # counting reads each name of the bracket after the counted thing as that thing («12 IK» counts dokumen mutu)
    iki = IkiDraft(indikator="Jumlah dokumen mutu (SPO atau IK) yang disahkan", target="20", satuan="dokumen")
    assert {"spo", "ik"} <= counted(iki).written


AUDIT = _skp(("Persentase penugasan audit PKPT yang selesai tepat waktu", "90%"),
             ("Persentase rekomendasi hasil audit internal yang telah ditindaklanjuti", "80%"),
             ("Jumlah reviu laporan keuangan yang diselesaikan dengan catatan reviu", "4", "reviu"),
             ("Jumlah unit kerja yang memantau tindak lanjut audit melalui dasbor daring", "10", "unit kerja"))


def _kept(entry_id: str, day: str, text: str, iki: int | None) -> LogEntry:
    return LogEntry(id=entry_id, day=date.fromisoformat(day), text=text,
                    status=EntryStatus.linked if iki else EntryStatus.outside,
                    iki=AUDIT.iki[iki - 1].indikator if iki else None)


def _continued(text: str, earlier: list[LogEntry], today: str = "2026-04-08"):
    ln = line(text)
    day, w = read_date(ln, date.fromisoformat(today))
    return continued(link(ln, w, AUDIT), ln, w, day, AUDIT, earlier)


def test_a_line_going_on_with_earlier_work_takes_the_iki_of_the_entry_sharing_its_terms():
    text = "lanjutan uji petik resep yg kmrn, klarifikasi ke kepala farmasi"
    earlier = [_kept("c1", "2026-04-06", "entry meeting audit instalasi farmasi", 1),
               _kept("c2", "2026-04-07", "kmrn uji petik 25 resep BPJS vs SIMRS, 3 selisih", 1),
               _kept("c3", "2026-04-07", "monitoring TL temuan di instalasi gizi", 2)]
    assert _continued(text, []).decision is not Decision.link  # alone, the line names no IKI's work
    found = _continued(text, earlier)
    assert (found.decision, found.candidates[0].number, found.why, found.continues) == \
        (Decision.link, 1, "lanjutan", "c2")
    # an entry of weeks ago, or one that shares a single word, is not what «yg kmrn» goes on with
    assert _continued(text, earlier, today="2026-04-30").why != "lanjutan"
    assert _continued("lanjut uji ulang yg kmrn", earlier).why != "lanjutan"
    # no word of going on: the line is read by itself
    assert _continued("uji petik resep, klarifikasi ke kepala farmasi", earlier).why != "lanjutan"


def test_the_tools_and_papers_of_a_measure_name_the_iki_they_serve():
    # a fly grill measures the flies an IKI of kepadatan lalat counts; BOD/COD/TSS are an effluent's parameters; an
    # SPP LS is a bill's payment request (catatan_harian.yaml covers): no word of either IKI is in these lines
    sanitation = _skp(("Persentase hasil uji efluen IPAL yang memenuhi baku mutu", "100%"),
                      ("Persentase ruang rawat dengan hasil uji kualitas udara memenuhi syarat", "90%"),
                      ("Persentase titik pemantauan dengan kepadatan lalat dan kecoa di bawah nilai ambang", "90%"))
    assert _link("pasang fly grill dapur & kantin, itung hinggapan", sanitation).candidates[0].number == 3
    assert _link("kmrn sampling outlet, botol BOD COD TSS dibawa ke Labkesmas", sanitation).candidates[0].number == 1
    treasurer = _skp(("Rata-rata waktu penyelesaian pembayaran tagihan sejak dokumen dinyatakan lengkap", "5",
                      "hari kerja"),
                     ("Persentase LPJ Bendahara yang disampaikan ke KPPN tepat waktu", "100%"))
    _offered_first("uji 14 SPP LS honor dosen tamu, 2 dibalikin kurang ttd", treasurer, 1)


def test_a_penyelidikan_epidemiologi_is_the_work_of_the_iki_of_klb_signals():
    zoonosis = _skp(("Persentase kasus GHPR yang mendapat VAR sesuai indikasi", "90%"),
                    ("Jumlah rabies center yang terbentuk dan melapor", "20", "rabies center"),
                    ("Persentase sinyal KLB zoonosis yang diverifikasi dalam 24 jam", "90%"))
    _offered_first("jumat kemarin PE di Sikka, 2 korban meninggal", zoonosis, 3)


def test_two_pieces_of_work_joined_by_a_word_each_naming_its_own_iki_ask_between_them():
    # «sekalian» adds a second piece of work, as «+» does: read alone, the monev of a TL is another IKI's work than
    # the dasbor's; one link would file one of them under the wrong IKI silently
    found = _link("jumat kemarin monev TL di IGD sekalian input ke dasbor", AUDIT)
    assert found.decision is Decision.ask and found.why == "dua pekerjaan"
    # both parts the same IKI's work: one link
    assert _link("input dasbor TL audit unit kerja sekalian cek 3 unit kerja baru", AUDIT).decision is Decision.link


def test_a_line_saying_only_where_the_user_was_asks_and_is_never_filed_outside_the_skp():
    elderly = _skp(
        ("Persentase puskesmas dampingan yang melaksanakan skrining kesehatan lanjut usia sesuai standar", "80%"),
        ("Jumlah pendamping lanjut usia yang dilatih perawatan jangka panjang", "200", "orang"),
        ("Jumlah kabupaten/kota yang menetapkan rencana aksi daerah kelanjutusiaan", "10", "kab/kota"),
    )
    # the work done at the Dinkes may be any IKI's: no sign of work outside the SKP
    found = _link("senin di Dinkes Prov NTB", elderly)
    assert (found.decision, found.why) == (Decision.ask, "hanya tempat")
    # a line naming what was done there is read by its work; a line naming office life stays di luar SKP
    assert _link("senin di Dinkes Prov NTB ikut senam", elderly).decision is Decision.outside


SURVEILANS = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah kajian epidemiologi penyakit menular yang dimanfaatkan pimpinan", target="4 kajian"),
    IkiDraft(indikator="Persentase KLB di wilayah layanan yang direspon kurang dari 24 jam", target="95%")])


@pytest.mark.parametrize("text, minutes", [
    ("tgl 3 respon KLB keracunan pangan di kab. X, tim turun 18 jam stlh laporan", None),  # a response time
    ("respon KLB diare, tim tiba 6 jam setelah laporan masuk", None),
    ("respon KLB diare selama 6 jam", 360)])  # how long the work took
def test_a_time_after_an_event_is_when_it_happened_not_how_long_the_work_took(text, minutes):
    """tester18 #9: «18 jam stlh laporan» (the evidence of an IKI «< 24 jam») was cut out of the Uraian and kept as
    18 hours of work."""
    from bot.year.logbook import described
    from bot.year.models import LogEntry

    reading = read_entry(text, date(2026, 3, 6), SURVEILANS)
    assert reading.minutes == minutes
    entry = LogEntry(id="c1", day=date(2026, 3, 3), text=text, created=datetime(2026, 3, 6, 9, tzinfo=WIB))
    assert ("jam" in described(entry)) is (minutes is None)  # the user's words stay unless a Durasi took them


@pytest.mark.parametrize("text, count", [
    ("blm ada yg final, masih draf 1 kajian", None), ("rencana 2 kajian lagi bulan depan", None),
    ("konsep 1 kajian udah dikirim ke pimpinan", None), ("1 kajian selesai dan dipakai pimpinan", 1)])
def test_a_count_under_a_not_done_word_is_no_result(text, count):
    """tester18 #9: «masih draf 1 kajian» counted 1 kajian done (capaian 25%)."""
    assert read_entry(text, date(2026, 4, 6), SURVEILANS).quantity == count
def test_a_launching_said_in_chat_is_the_launch_an_iki_counts():
    # «launching» is the chat's word for «diluncurkan»: without it the line rests on «balai», where it happened
    skp = _skp(
        "Jumlah inovasi pelayanan yang diluncurkan dan diterapkan",
        "Indeks Persepsi Kualitas Pelayanan (IPKP) Balai",
        "Nilai Indeks Profesionalitas ASN")
    found = _link("soft launching aplikasi pendaftaran mandiri, sambutan kepala balai", skp)
    assert found.candidates[0].number == 1
    assert _link("launching layanan antar obat", skp).candidates[0].number == 1


def test_a_unit_of_the_office_names_who_did_the_work_not_which_iki():
    # «unit» of «disposisi ke unit kerja» is the organisation word any IKI may name: alone it links nothing silently
    skp = _skp(
        "Persentase pengaduan yang didisposisikan ke unit kerja dalam 1x24 jam",
        "Persentase pengaduan yang berstatus selesai pada akhir triwulan",
        "Nilai Indeks Profesionalitas ASN")
    assert _link("close 4 tiket yg sudah dibalas unit", skp).decision is Decision.ask
    _linked("disposisi 6 aduan baru ke unit kerja", skp, 1)  # the IKI's own work named still links


def test_a_part_naming_only_what_other_iki_name_as_much_is_a_second_piece_of_work():
    skp = _skp(
        "Persentase pasien anak yang menyelesaikan program terapi wicara sesuai rencana",
        "Jumlah orang tua pasien yang menerima edukasi home program terapi",
        "Persentase kelengkapan dokumentasi terapi pada RME",
        "Nilai Indeks Profesionalitas ASN")
    # «terapi» is every IKI's word but the edukasi IKI's thing: only «ortu» set it apart, so the terapi may be IKI 1's
    found = _link("terapi seharian + ajarin ortu latihan di rmh", skp)
    assert found.decision is Decision.ask and found.why == "dua pekerjaan"
    assert [c.number for c in found.candidates][:2] == [2, 1]
    _linked("edukasi 3 ortu + bagi leaflet home program", skp, 2)  # each part names the edukasi IKI's own work


def test_a_plus_before_a_number_joins_no_second_piece_of_work():
    skp = _skp(
        "Persentase pasien pasca operasi ortopedi yang dimobilisasi dini",
        "Jumlah pasien yang mendapat edukasi pencegahan jatuh",
        "Nilai Indeks Profesionalitas ASN")
    _linked("mobilisasi dini 3 px H+1 post op di bangsal", skp, 1)  # «H+1»: the day after, no second work


def test_soap_notes_are_the_documentation_a_documentation_iki_covers():
    skp = _skp(
        "Jumlah pasien stroke yang mendapat fisioterapi sesuai program",
        "Persentase kelengkapan dokumentasi fisioterapi pada rekam medis elektronik",
        "Nilai Indeks Profesionalitas ASN")
    _offered_first("lengkapi SOAP 9 px yg kosong", skp, 2)  # the CPPT is written as SOAP
    _linked("12 SOAP", skp, 2)


def test_filling_in_an_e_learning_is_taking_part_in_it():
    skp = SkpDraft(iki=[IkiDraft(indikator=text, target="1", rhk=rhk) for text, rhk in (
        ("Persentase laporan gratifikasi yang ditindaklanjuti", "Pengendalian gratifikasi terlaksana"),
        ("Nilai Indeks Profesionalitas ASN", "Kompetensi pegawai meningkat sesuai ketentuan"))])
    _linked("isi e-learning antikorupsi di LMS", skp, 2)


def test_a_survey_is_how_a_perception_or_satisfaction_index_is_read():
    skp = _skp(
        "Jumlah inovasi pelayanan yang diterapkan",
        "Nilai Indeks Kepuasan Masyarakat (IKM) layanan laboratorium",
        "Nilai Indeks Profesionalitas ASN")
    _offered_first("rekap 40 kuesioner dari responden minggu ini", skp, 2)


def test_a_web_said_in_chat_is_the_laman_an_iki_names():
    skp = _skp(
        "Persentase permohonan informasi publik yang dijawab tepat waktu",
        "Persentase informasi berkala yang dimutakhirkan di laman PPID",
        "Nilai Indeks Profesionalitas ASN")
    _offered_first("upload dokumen anggaran ke website", skp, 2)


def test_an_acronym_of_a_report_said_in_chat_names_the_report_the_iki_spells_out():
    skp = _skp(
        "Jumlah visum et repertum yang diselesaikan tepat waktu",
        "Persentase wajib lapor yang menyampaikan laporan harta kekayaan penyelenggara negara tepat waktu",
        "Persentase jenazah yang diserahkan kurang dari 2 jam",
        "Nilai Indeks Profesionalitas ASN")
    _linked("ketik VeR 3 kasus utk polsek", skp, 1)  # VeR: visum et repertum
    _linked("ingatkan 12 pejabat yg blm isi LHKPN", skp, 2)  # LHKPN: the report the IKI writes out


def test_a_bed_and_a_fridge_said_in_chat_are_the_tempat_tidur_and_lemari_pendingin_of_the_iki():
    skp = _skp(
        "Persentase permintaan rawat inap yang mendapat tempat tidur kurang dari 3 jam",
        "Persentase hari dengan suhu lemari pendingin jenazah dalam rentang standar",
        "Jumlah keluarga pasien yang dilayani di loket informasi",
        "Nilai Indeks Profesionalitas ASN")
    _offered_first("cariin bed buat 3 psn dari IGD", skp, 1)
    _linked("catat suhu kulkas mayat pagi sore", skp, 2)


def test_a_permohonan_stays_a_term_though_its_stem_is_a_function_word():
    assert text_terms("permohonan informasi publik")[:1] == text_terms("5 permohonan")
    assert text_terms("mohon bantuan") == []  # «mohon» alone is still a function word
    assert text_terms("pengadaan") and text_terms("kejadian") and not text_terms("ada yg jadi")
    skp = _skp(
        "Persentase permohonan informasi publik yang dijawab dalam 10 hari kerja",
        "Persentase informasi berkala yang dimutakhirkan di laman PPID",
        "Nilai Indeks Profesionalitas ASN")
    _linked("balas 4 permohonan lewat e-PPID", skp, 1)
    skp = _skp(
        "Jumlah paket pengadaan alat laboratorium yang selesai tepat waktu",
        "Jumlah SOP pelayanan laboratorium yang ditetapkan",
        "Nilai Indeks Profesionalitas ASN")
    _offered_first("rapat persiapan pengadaan reagen", skp, 1)


def test_the_apd_worn_is_the_standard_precautions_an_iki_keeps():
    skp = _skp(
        "Persentase jenazah yang diserahkan kepada keluarga kurang dari 2 jam",
        "Persentase jenazah infeksius yang ditangani sesuai protokol kewaspadaan standar",
        "Nilai Indeks Profesionalitas ASN")
    _linked("jnz covid, pakai APD lengkap + kantong jenazah dobel", skp, 2)


def test_mitigasi_is_a_word_of_its_own_never_respelt_litigasi():
    assert respelled(line("kejar bukti tindak lanjut mitigasi TW3"), ()).toks[-2] == "mitigasi"


def test_a_chat_form_of_a_word_is_never_respelt_another_word():
    # «ngejar» is kejar said in chat, never «ngajar» (teaching); «pindahin» is pindah, never «pindahan»
    assert respelled(line("ngejar setoran laporan puskesmas"), ()).toks[0] == "ngejar"
    assert respelled(line("pindahin berkas ke gudang"), ()).toks[0] == "pindahin"
    assert respelled(line("monev ke kalbar"), ()).toks[-1] == "kalbar"  # a region's short form, no «kabar»
    assert respelled(line("keberatn pemohon"), ("Persentase keberatan yang diselesaikan",)).toks[0] == "keberatan"


def test_a_chat_or_call_is_how_a_telepharmacy_iki_reaches_its_patient():
    skp = _skp(
        ("Jumlah pasien rawat inap yang mendapat pemantauan terapi obat", "1", "pasien"),
        ("Jumlah pasien yang mendapat konseling obat melalui telefarmasi", "1", "pasien"),
        ("Nilai Indeks Profesionalitas ASN", "1", "pasien"))
    found = _link("PIO via whatsapp ke 3 px pulang ranap", skp)  # at a distance: the telefarmasi IKI's way of working
    assert not (found.decision is Decision.link and found.candidates[0].number == 1)
    assert 2 in [c.number for c in found.candidates]
    _offered_first("video call 4 px yg sdh pulang, tanya minum obat", skp, 2)


def test_an_acronym_the_iki_writes_alone_as_its_subject_is_still_read_as_one():
    # «PAK» is the whole subject of «Persentase PAK yang terunggah …»: no «Pak» (Mr.) though nothing beside it is lowercase
    skp = _skp(
        "Jumlah PAK konversi yang ditetapkan",
        "Persentase PAK yang terunggah ke SIASN BKN",
        "Nilai Indeks Profesionalitas ASN")
    assert "pak" in origins(skp.iki[1])
    found = _link("perbaiki 12 PAK yg ditolak sistem", skp)
    assert found.decision is Decision.ask and {1, 2} <= {c.number for c in found.candidates}


def test_a_place_the_iki_names_in_a_side_phrase_is_no_way_of_working_of_its_own():
    skp = SkpDraft(iki=[IkiDraft(indikator=text, target="1", rhk=rhk) for text, rhk in (
        ("Persentase kasus TB yang diobati", "Kasus TB diobati"),
        ("Persentase provinsi tanpa kekosongan OAT", "Obat TB tersedia di provinsi"),
        ("Nilai Indeks Profesionalitas ASN", ""))])
    found = _link("rekap kohort dr 6 provinsi, byk default", skp)  # where it came from; «kohort» named by no IKI
    assert found.decision is Decision.ask


def test_a_learning_event_for_others_that_counts_a_participants_credit_is_learning_too():
    skp = _skp(
        "Persentase pasien yang mendapat asuhan keperawatan sesuai standar",
        "Jumlah sesi edukasi keluarga pasien",
        "Nilai Indeks Profesionalitas ASN")
    _offered_first("pelatihan manajemen nyeri utk perawat 16 JPL", skp, 3)
    found = _link("pelatihan manajemen nyeri utk 20 perawat", skp)  # given to others: no competence of the user's
    assert found.candidates[:1] != [] and found.candidates[0].number != 3 or found.decision is Decision.outside


def test_sertipikat_is_the_land_title_spelling_of_sertifikat():
    skp = _skp(
        ("Jumlah bidang tanah yang terbit sertipikatnya", "1", "bidang"),
        ("Jumlah bidang tanah yang terpetakan dalam peta digital", "1", "bidang"),
        ("Nilai Indeks Profesionalitas ASN", "1", "bidang"))
    _linked("ambil sertifikat tanah puskesmas di kantah, 3 bidang", skp, 1)


def test_a_cohort_register_is_where_an_iki_of_cases_finishing_treatment_is_read():
    skp = _skp(
        "Persentase kasus kusta baru yang menyelesaikan pengobatan tepat waktu (RFT rate)",
        "Jumlah kab/kota yang melaporkan survei serologi frambusia",
        "Nilai Indeks Profesionalitas ASN")
    _offered_first("update register kohort, 4 mangkir", skp, 1)


def test_a_units_term_of_art_names_the_iki_whose_work_it_is():
    skp = _skp(
        "Persentase tindakan restrain yang didokumentasikan sesuai SOP",
        "Persentase tahapan penyusunan pedoman deteksi dini gangguan pendengaran yang diselesaikan",
        "Persentase kab/kota dengan Angka Bebas Jentik (ABJ) minimal 95%",
        "Persentase pembayaran biaya hidup peserta yang ditransfer tepat waktu",
        "Nilai Indeks Profesionalitas ASN")
    for text, want in (("pasang fiksasi mekanik px gaduh gelisah", 1), ("telaah bab skrining OAE bayi baru lahir", 2),
                       ("kompilasi PJB triwulan", 3), ("proses living cost peserta bulan mei", 4)):
        found = _link(text, skp)
        assert found.decision is not Decision.outside and found.candidates[0].number == want, text


def test_an_office_life_word_inside_a_term_an_iki_names_is_that_iki_s_work():
    skp = _skp(
        "Jumlah kab/kota lokus yang melaksanakan operasi katarak terfasilitasi",
        "Persentase butir soal bank soal yang lolos telaah",
        "Nilai Indeks Profesionalitas ASN")
    _offered_first("zoom dgn dinkes bahas logistik baksos katarak", skp, 1)  # no office bakti sosial
    _linked("85 soal", skp, 2)  # «butir» is a classifier: the soal are what the IKI takes a share of


def test_a_line_going_back_to_a_named_day_takes_the_iki_of_that_days_work():
    # 2026-04-08 is a Wednesday: «yg senin» is the 6th; the line's words name no IKI of their own
    monday = [_kept("c1", "2026-04-06", "entry meeting audit instalasi farmasi", 1),
              _kept("c2", "2026-04-07", "monitoring TL temuan di instalasi gizi", 2)]
    found = _continued("lanjutan yg senin, bab 2 beres", monday)
    assert (found.decision, found.candidates[0].number, found.why, found.continues) == \
        (Decision.link, 1, "lanjutan", "c1")
    # Monday's work was two IKI's: the day alone says not which
    both = monday + [_kept("c3", "2026-04-06", "reviu LK semester", 3)]
    assert _continued("lanjutan yg senin, bab 2 beres", both).why != "lanjutan"
    assert _continued("bab 2 beres", monday).why != "lanjutan"  # no day gone back to


def test_a_system_named_as_what_is_done_is_not_outweighed_by_the_thing_another_iki_counts():
    skp = _skp(
        "Persentase alumni yang menjalani pengabdian di daerah penempatan",
        "Persentase data peserta yang tersinkron dengan SISDMK",
        "Nilai Indeks Profesionalitas ASN")
    found = _link("cocokkan alumni vs SISDMK, 12 beda", skp)  # the alumni one IKI's, the system the other's
    assert found.decision is not Decision.link


@pytest.mark.parametrize("text, iki, other", [
    ("6 klinik", "Persentase sarana kesehatan pemeriksa calon PMI yang terverifikasi", "Jumlah korban yang dirujuk"),
    ("cek stok rifampisin & dapson di gudang", "Persentase provinsi tanpa kekosongan blister MDT",
     "Jumlah kasus baru yang ditemukan"),
    ("rekon mutasi VA harian", "Persentase transaksi kasir yang dibayar nontunai", "Jumlah tagihan yang terkirim"),
    ("rapat pleno penetapan kelulusan", "Rata-rata waktu pengumuman hasil uji kompetensi", "Jumlah TUK terverifikasi"),
    ("item analysis for batch 2", "Persentase butir soal bank soal yang lolos telaah", "Jumlah peserta yang diuji"),
    ("survei lahan kosong di Bekasi", "Persentase aset idle yang ditindaklanjuti", "Jumlah SK yang terbit"),
    ("isi kuesioner SAQ tahun ini", "Nilai monev keterbukaan informasi publik dari Komisi Informasi Pusat",
     "Jumlah dokumen uji konsekuensi yang ditetapkan"),
    ("atur VIP room & mobil pengawal utk tamu", "Persentase kunjungan delegasi asing yang difasilitasi sesuai tata protokol",
     "Jumlah istilah glosarium yang tervalidasi"),
    ("exit meeting di instalasi gizi", "Persentase penugasan audit PKPT yang selesai tepat waktu",
     "Persentase laporan gratifikasi yang diverifikasi"),
    ("cari 15 artikel di PubMed & Garuda utk dosen", "Persentase permintaan penelusuran literatur yang dipenuhi",
     "Jumlah mahasiswa yang mengikuti pelatihan literasi informasi"),
    ("input titik koordinat ke QGIS", "Jumlah bidang tanah yang terpetakan dalam peta digital",
     "Jumlah SK yang terbit")])
def test_a_units_tool_or_stage_of_work_names_the_iki_it_serves(text, iki, other):
    skp = _skp(other, iki, ("Nilai Indeks Profesionalitas ASN", "80"))
    _offered_first(text, skp, 2)


def test_a_fund_that_pays_scholarships_turns_di_luar_skp_into_a_question_on_its_iki():
    skp = _skp(
        "Jumlah penerima beasiswa dokter spesialis yang ditetapkan",
        "Rata-rata waktu penerbitan SK tugas belajar",
        "Nilai Indeks Profesionalitas ASN")
    found = _link("rapat LPDP soal kuota", skp)
    assert found.decision is Decision.ask and found.candidates[0].number == 1


def test_a_count_of_whom_the_work_is_for_does_not_outweigh_a_system_another_iki_names():
    skp = _skp(
        "Persentase sarana kesehatan pemeriksa calon PMI yang terverifikasi sesuai standar",
        "Persentase hasil pemeriksaan calon PMI yang terinput di SISKOP2MI",
        "Nilai Indeks Profesionalitas ASN")
    found = _link("buatkan akun SISKOP2MI utk 3 klinik baru", skp)  # the klinik: whom it is for
    assert found.decision is not Decision.link


def test_a_line_all_going_on_with_one_word_no_iki_names_takes_the_entry_that_has_it():
    skp = _skp(
        "Persentase kematian akibat DBD (Case Fatality Rate)",
        "Jumlah kab/kota yang melepas nyamuk ber-Wolbachia",
        "Nilai Indeks Profesionalitas ASN")
    earlier = [LogEntry(id="c1", day=date(2026, 5, 21), text="kmrn telaah rekam medis kasus DSS meninggal di RSUD",
                        status=EntryStatus.linked, iki=skp.iki[0].indikator)]
    ln = line("lanjut telaah")
    day, w = read_date(ln, date(2026, 5, 22))
    found = continued(link(ln, w, skp), ln, w, day, skp, earlier)
    assert (found.decision, found.candidates[0].number, found.continues) == (Decision.link, 1, "c1")


def test_a_count_and_its_thing_alone_reports_results_in_the_iki_s_own_state():
    pak = IkiDraft(indikator="Jumlah PAK konversi yang ditetapkan", target="1500", satuan="PAK")
    assert _quantity("40 PAK", pak) == 40
    assert _quantity("kmrn 12 PAK", pak) == 12
    assert _quantity("verifikasi 40 PAK", pak) is None  # an earlier step: not yet ditetapkan
SSCEC = IkiDraft(indikator="Jumlah kapal yang diperiksa sanitasinya dan diterbitkan SSCEC", target="240 kapal")


@pytest.mark.parametrize("text, expected", [
    # tester19 #2: the IKI's own work before its final state («diperiksa … dan diterbitkan») counts toward it
    ("periksa sanitasi 35 kapal", 35),
    ("td periksa 5 kpl, sscec 5", 5),
    # counts joined by «+», one of them with a bare counter word («bh»), are one count
    ("priksa sanitsi kpl 2 bh + 1 kapal tongkang, sscec terbit smua", 3),
    ("periksa sanitasi 6 kapal, SSCEC terbit 6", 6),
    ("rapat 3 kapal", None),  # no work of the IKI, no final state: no count
])
def test_a_count_iki_naming_its_work_before_its_final_state_counts_that_work(text, expected):
    assert _quantity(text, SSCEC) == expected


@pytest.mark.parametrize("text, kind", [
    # tester19 #3: a not-done word about one counted part of finished work does not make the whole line a plan
    ("pemeriksaan sanitasi kapal 4 unit, 1 kapal ga lolos (ada tanda tikus), SSCEC 3 terbit, 1 SSCEC-nya ditunda",
     EntryKind.report),
    ("periksa 5 kapal, 2 kapal lagi besok", EntryKind.report),
    ("rapat koordinasi, ditunda minggu depan", EntryKind.plan),  # the work itself held over
    ("besok periksa 4 kapal", EntryKind.plan),
])
def test_a_part_held_over_in_a_report_of_done_work_is_no_plan(text, kind):
    assert kind_of(text, logging=True).kind is kind


def test_a_fasyankes_alone_setting_the_best_apart_asks():
    calibration = _skp(
        ("Jumlah sertifikat hasil kalibrasi alat kesehatan", "900", "sertifikat"),
        ("Persentase sertifikat kalibrasi yang terbit ≤14 hari kerja sejak pengujian", "90%"),
        ("Jumlah fasyankes daerah terpencil yang dilayani kalibrasi keliling", "12", "fasyankes"),
    )
    # a RSUD is where any kalibrasi is done: the fasyankes IKI is one reading, never a silent link
    for text in ("kalibrasi 20 alat di RSUD Cibinong", "kmrn telp RSUD Cibinong atur jadwal kalibrasi"):
        found = _link(text, calibration)
        assert found.decision is Decision.ask and {1, 3} <= {c.number for c in found.candidates}, (text, found)
    # what only the fasyankes IKI names («keliling») still links
    _linked("kalibrasi keliling ke 2 puskesmas di Nduga", calibration, 3)


def test_sitting_in_a_learning_event_about_an_iki_s_thing_asks_when_no_iki_is_about_learning():
    publicity = _skp(
        ("Persentase pemberitaan negatif tentang RS yang ditanggapi dengan klarifikasi/hak jawab ≤2 hari", "90%"),
        ("Jumlah konten edukasi kesehatan yang terbit di kanal resmi RS", "120", "konten"),
        ("Persentase keluhan pasien di kanal resmi yang dijawab ≤1x24 jam", "90%"),
    )
    # the event's topic (berita) is the first IKI's thing, but sitting in a workshop is none of its work
    found = _link("tgl 3-4 ikut bimtek penulisan berita", publicity)
    assert found.decision is Decision.ask and found.candidates[0].number == 1, found
    # handling the news itself still links
    _linked("klarifikasi berita negatif ttg antrean IGD", publicity, 1)
    trainers = _skp(
        ("Jumlah petugas PSC 119 yang dilatih bantuan hidup dasar", "200", "orang"),
        ("Persentase panggilan PSC 119 yang direspons ≤10 menit", "90%"),
    )
    # an IKI counting who was trained is about the event: a line of it links
    _linked("pelatihan bantuan hidup dasar petugas PSC hari 1, 40 org", trainers, 1)


def test_the_quality_a_share_is_held_to_names_its_iki():
    promotion = _skp(
        ("Jumlah berkas usulan kenaikan pangkat yang diverifikasi lengkap dan diusulkan ke BKN", "600", "berkas"),
        ("Persentase usulan kenaikan pangkat yang ditetapkan tepat pada periode TMT", "95%"),
        ("Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun", "150", "SK"),
    )
    # «tepat pada periode TMT» is when for a count, but what a Persentase of it measures: «ketepatan TMT» names it
    _linked("kmrn bahas ketepatan TMT periode oktober sm katim", promotion, 2)


def test_a_count_of_where_the_work_went_is_no_count_of_a_result():
    tb = _skp(
        ("Persentase kontak serumah kasus TB yang mendapat TPT", "60%"),
        ("Jumlah provinsi yang menerapkan dashboard TPT terintegrasi SITB", "10", "provinsi"),
        ("Persentase kasus TB RO yang memulai pengobatan ≤7 hari sejak terdiagnosis", "85%"),
        ("Persentase kab/kota dengan angka keberhasilan pengobatan TB ≥90%", "80%"),
        ("Persentase rekomendasi supervisi program TB ke provinsi yang ditindaklanjuti", "80%"),
    )
    # «ke 10 prov» says where the TPT went, no province that put the dashboard to use: the count decides nothing
    found = _link("kirim surat alokasi logistik TPT ke 10 prov", tb)
    assert found.decision is Decision.ask and {1, 2} <= {c.number for c in found.candidates}, found
    # a count of the thing itself still does
    _linked("dashboard TPT live di 3 provinsi", tb, 2)


def test_a_step_of_the_nutrition_care_process_names_the_asuhan_gizi_iki():
    nutrition = _skp(
        ("Persentase pasien rawat inap berisiko malnutrisi yang mendapat asuhan gizi terstandar dalam 48 jam", "90%"),
        ("Persentase sisa makanan pasien rawat inap", "20%"),
        ("Jumlah pasien diabetes rawat jalan yang mendapat konseling gizi dan kontrol ulang", "300", "orang"),
    )
    # the need for energy and the enteral route are steps of the asuhan gizi (PAGT); «ulang» of a count done again
    # is no «kontrol ulang» of the diabetes IKI
    _linked("cek ulang kebutuhan energi 2 pasien stroke, naikkan enteral", nutrition, 1)
    _linked("kmrn kontrol ulang 6 pasien DM di poli gizi", nutrition, 3)


def test_a_berkas_inaktif_is_an_arsip_no_berkas_of_other_work():
    records = _skp(
        ("Persentase berkas rekam medis rawat inap lengkap dalam 2x24 jam setelah pasien pulang", "90%"),
        ("Persentase diagnosis rawat inap dengan kode ICD-10 akurat hasil audit koding", "90%"),
        ("Rata-rata waktu penyediaan resume medis untuk permintaan pihak ketiga", "3", "hari kerja"),
    )
    # archiving inactive files is no completing of a rekam medis berkas
    found = _link("sortir berkas inaktif 2016, 150 map masuk boks", records)
    assert found.decision is not Decision.link, found


def test_bahan_makanan_is_no_makanan_a_patient_leaves():
    kitchen = _skp(
        ("Persentase pasien rawat inap berisiko malnutrisi yang mendapat asuhan gizi terstandar dalam 48 jam", "90%"),
        ("Persentase sisa makanan pasien rawat inap", "20%"),
        ("Jumlah pasien diabetes rawat jalan yang mendapat konseling gizi dan kontrol ulang", "300", "orang"),
        ("Persentase menu diet khusus yang sesuai standar resep", "90%"),
        ("Nilai Indeks Profesionalitas ASN", "80"),
    )
    # buying food for the kitchen is no plate waste: di luar SKP, no silent link to the sisa makanan IKI
    assert _link("cek penerimaan bahan makanan dari rekanan, telur kurang 5 kg", kitchen).decision is Decision.outside
    _linked("hitung sisa makanan pasien bangsal bedah", kitchen, 2)


def test_filling_in_one_s_own_skp_in_e_kinerja_is_di_luar_skp():
    lab = _skp(
        ("Jumlah sampel air minum yang diuji sesuai standar", "1200", "sampel"),
        ("Persentase laporan hasil uji kualitas air minum terbit ≤ 7 hari kerja", "90%"),
        ("Nilai Indeks Profesionalitas ASN", "80"),
    )
    assert _link("isi realisasi SKP TW II di e-kinerja", lab).decision is Decision.outside
    # an IKI whose own text names e-Kinerja keeps it as its work
    hr = _skp(
        ("Persentase pegawai yang mengisi realisasi SKP di e-kinerja tepat waktu", "95%"),
        ("Jumlah SK kenaikan pangkat yang terbit", "100", "SK"),
    )
    assert _link("cek pegawai yg blm isi realisasi di e-kinerja", hr).decision is not Decision.outside


def test_hd_is_hemodialisis():
    dialysis = _skp(
        ("Persentase tindakan hemodialisis dengan adekuasi Kt/V minimal 1,2", "90%"),
        ("Angka infeksi kateter double lumen per 1.000 hari kateter", "1"),
        ("Persentase pasien HD rutin dengan kenaikan berat badan interdialitik kurang dari 5%", "80%"),
        ("Jumlah materi knowledge sharing yang disampaikan di instalasi", "6", "materi"),
    )
    # «HD» is how the unit says hemodialisis: the IKI writing «HD» owns it no more than the one writing hemodialisis
    found = _link("jaga HD cito di ICU 2x", dialysis)
    assert found.decision is not Decision.link and {1, 3} <= {c.number for c in found.candidates}, found


def test_the_tools_of_a_susceptibility_test_point_to_the_iki_that_tests_susceptibility():
    micro = _skp(
        ("Jumlah isolat bakteri surveilans AMR yang teridentifikasi dan diuji kepekaan", "300", "isolat"),
        ("Persentase parameter PME mikrobiologi dengan hasil memuaskan", "90%"),
        ("Persentase spesimen yang ditolak karena tidak memenuhi syarat", "5%"),
    )
    # Mueller-Hinton agar and ATCC strains are how kepekaan is tested: no silent link to the PME IKI by «QC» alone
    _offered_first("tuang media MH agar, QC pakai ATCC 25922", micro, 1)


HAJI = _skp(
    ("Persentase kab/kota yang menyelesaikan pemeriksaan kesehatan tahap kedua jemaah haji tepat waktu", "90", "%",
     "Pemeriksaan kesehatan tahap kedua jemaah haji di kab/kota dipantau sesuai standar dan tepat waktu"),
    ("Persentase data istithaah kesehatan jemaah haji di Siskohatkes yang tervalidasi", "95", "%",
     "Data istithaah kesehatan jemaah haji di Siskohatkes tervalidasi dan siap menjadi dasar pelunasan"),
    ("Jumlah rekomendasi hasil surveilans kesehatan jemaah di embarkasi yang ditindaklanjuti", "12", "rekomendasi",
     "Rekomendasi hasil surveilans kesehatan jemaah haji di embarkasi disusun dan ditindaklanjuti"),
    ("Persentase petugas kesehatan haji yang lulus pelatihan terintegrasi", "90", "%",
     "Petugas kesehatan haji terlatih sesuai standar kompetensi"))


def test_two_parts_of_the_day_each_naming_its_own_iki_ask_between_them():
    # «pagi …, siang …»: two time slots of one day are two pieces of work; the morning's is the istithaah data's
    found = _link("pagi cek validasi istithaah kab bekasi, siang zoom monev pemeriksaan tahap 2 sm 5 dinkes", HAJI)
    assert found.decision is Decision.ask and found.why == "dua pekerjaan"
    assert {c.number for c in found.candidates} >= {1, 2}
    # one slot of the day's work, the same IKI's: one link
    _linked("siang zoom monev pemeriksaan kesehatan tahap 2 jemaah haji sm 5 dinkes", HAJI, 1)


def test_a_word_another_iki_holds_inside_its_joined_term_names_neither_alone():
    # «kapal» is the thing IKI 1 counts and a word of IKI 2's «sanitasi kapal»: the sampling of clean water on board
    # may be either's, never a silent link to the first
    port = _skp(("Persentase kapal dari luar negeri yang diberikan free pratique sesuai standar", "90%"),
                ("Jumlah sertifikat sanitasi kapal (SSCEC/SSCC) yang diterbitkan tepat waktu", "400", "sertifikat"),
                ("Jumlah International Certificate of Vaccination (ICV) yang diterbitkan", "900", "sertifikat"))
    found = _link("ambil 3 sampel air bersih kapal KM Tidar kirim ke lab", port)
    assert found.decision is Decision.ask and {c.number for c in found.candidates} >= {1, 2}


def test_the_base_a_share_is_taken_of_is_no_sign_of_its_iki_alone():
    # «… dari total stok»: IKI 3 counts expired blood bags; a line about stock running out names only its base
    blood = _skp(("Persentase permintaan darah cito yang dipenuhi dalam 1 jam", "95%"),
                 ("Persentase uji silang serasi (crossmatch) terverifikasi tanpa kesalahan identifikasi", "100%"),
                 ("Persentase kantong darah kedaluwarsa dari total stok", "2%"),
                 ("Persentase reaksi transfusi yang diinvestigasi dalam 24 jam", "100%"))
    assert _link("koordinasi dgn UTD soal stok gol O kosong", blood).decision is not Decision.link
    # the thing it counts, named, still links
    _linked("pemusnahan 4 kantong darah kedaluwarsa", blood, 3)


def test_an_iki_close_only_by_what_a_tool_lends_it_is_never_outweighed():
    # «swab» lends its sampel to IKI 3 (work_objects): close to IKI 2's «checks» (its «hasil uji»), and naming
    # nothing IKI 2 could outweigh: ask between them
    sanitation = _skp(*((i, "90", "%", r) for i, r in (
        ("Persentase limbah B3 medis yang diserahkan ke pihak ketiga berizin paling lama 2 hari sejak dihasilkan",
         "Limbah B3 medis dikelola sesuai ketentuan"),
        ("Persentase hasil uji effluent IPAL yang memenuhi baku mutu", "Air limbah rumah sakit memenuhi baku mutu"),
        ("Persentase sampel air bersih dan air minum yang memenuhi syarat",
         "Kualitas air bersih dan air minum rumah sakit terjamin"),
        ("Persentase ruangan dengan indeks kepadatan lalat dan kecoa di bawah ambang batas",
         "Vektor dan binatang pembawa penyakit di rumah sakit terkendali"))))
    found = _link("Did residual chlorine checks at 12 taps, 2 below 0.2 ppm, plus the monthly kitchen swab",
                  sanitation)
    assert found.decision is Decision.ask and {c.number for c in found.candidates} >= {2, 3}


def test_a_quality_said_of_a_thing_the_iki_never_names_asks():
    ppi = _skp(*((i, "90", "%", r) for i, r in (
        ("Persentase kepatuhan kebersihan tangan petugas ruang rawat inap hasil audit",
         "Kepatuhan kebersihan tangan petugas di ruang rawat inap ditingkatkan sesuai standar PPI"),
        ("Persentase kasus infeksi daerah operasi pada operasi bersih",
         "Kejadian infeksi daerah operasi pada operasi bersih dikendalikan"),
        ("Persentase rekomendasi ICRA renovasi/konstruksi yang ditindaklanjuti",
         "Rekomendasi ICRA pada renovasi/konstruksi ditindaklanjuti unit terkait"))))
    # the compliance audited is of APD, not of hand hygiene
    assert _link("tgl 10-14 agustus audit kepatuhan APD di IGD", ppi).decision is Decision.ask
    # the IKI's own thing after its quality links
    _linked("audit kepatuhan cuci tangan perawat bangsal", ppi, 1)


def test_submitting_claims_keeps_its_act_beside_the_claims():
    # «pengajuan klaim» is the «diajukan» of IKI 1 as much as the klaim every IKI names: the part before «+» is
    # IKI 1's work, the part after IKI 2's
    casemix = _skp(*((i, "90", "%", r) for i, r in (
        ("Persentase berkas klaim INA-CBG rawat inap yang diajukan ke BPJS Kesehatan sebelum tanggal 10 bulan "
         "berikutnya", "Klaim pelayanan JKN rawat inap diajukan tepat waktu"),
        ("Persentase klaim dispute atau pending akibat kesalahan koding", "Koding diagnosis dan tindakan akurat"),
        ("Jumlah berkas klaim pending yang diselesaikan dan diajukan ulang", "Klaim tertunda diselesaikan"))))
    found = _link("tgl 30 kejar deadline pengajuan klaim + jawab 5 dispute", casemix)
    assert found.decision is Decision.ask and {c.number for c in found.candidates} >= {1, 2}


def test_a_learning_credit_earned_links_to_the_iki_it_counts_toward_whatever_the_topic():
    waste = _skp(*((i, "90", u, r) for i, u, r in (
        ("Persentase limbah B3 medis yang diserahkan ke pihak ketiga berizin paling lama 2 hari sejak dihasilkan",
         "%", "Limbah B3 medis dikelola sesuai ketentuan"),
        ("Persentase hasil uji effluent IPAL yang memenuhi baku mutu", "%", "Air limbah memenuhi baku mutu"),
        ("Nilai Indeks Profesionalitas ASN", "nilai", "Kompetensi pegawai meningkat"))))
    # the 8 JPL say the user sat in it for their own competence: the IP ASN, though its topic is IKI 1's work
    found = _linked("pelatihan daring pengelolaan limbah B3 KLHK 8 JPL", waste, 3)
    assert found.why == "belajar"
    # with no credit earned, the topic may be the work: asked as before
    assert _link("pelatihan daring pengelolaan limbah B3 KLHK", waste).decision is Decision.ask
    # an IKI counting the JPL taken part in takes the credit before the IP ASN; one of JPL taught never does
    nurses = _skp(*((i, "20", u) for i, u in (
        ("Persentase pasien berisiko jatuh yang dilakukan asesmen ulang", "%"),
        ("Jumlah JPL pembelajaran yang diampu pada pelatihan terakreditasi", "JPL"),
        ("Jumlah jam pelatihan (JPL) yang diikuti", "JPL"),
        ("Nilai Indeks Profesionalitas ASN", "nilai"))))
    _linked("pelatihan daring asesmen ulang pasien jatuh 8 JPL", nurses, 3)


def test_a_count_of_where_the_work_went_is_no_count_of_what_the_iki_counts():
    samples = IkiDraft(indikator="Jumlah sampel HPV DNA yang terperiksa di laboratorium rujukan", target="5000",
                       satuan="sampel")
    # «ke 6 lab»: the places the kits went, though the IKI names its laboratorium; the sampel counted stay
    assert _quantity("cek logistik kit HPV DNA ke 6 lab", samples) is None
    assert _quantity("kirim 120 sampel HPV DNA ke lab rujukan", samples) == 120
    assert _quantity("periksa HPV DNA 40 sampel dari 3 puskesmas", samples) == 40


def test_a_registration_dossier_is_the_permohonan_it_is_filed_with():
    regalkes = _skp(*((i, "90", "%", r) for i, r in (
        ("Persentase permohonan izin edar alkes kelas C yang diselesaikan ≤30 hari kerja",
         "Permohonan izin edar alkes kelas C diselesaikan sesuai SLA"),
        ("Persentase permohonan izin edar yang selesai dengan paling banyak 1 kali tambahan data",
         "Evaluasi izin edar efisien tanpa perbaikan berulang"),
        ("Rata-rata waktu respon tiket helpdesk Regalkes", "Pertanyaan pemohon di helpdesk Regalkes dijawab cepat"))))
    # the dossier of kelas C are IKI 1's permohonan as much as the tambahan data are IKI 2's: ask
    found = _link("evaluasi 11 dossier kelas C (ventilator, pompa infus), 4 approve, 7 tambahan data", regalkes)
    assert found.decision is Decision.ask and {c.number for c in found.candidates} >= {1, 2}


def test_an_event_earning_its_credit_is_taken_part_in_whatever_number_names_its_topic():
    promkes = _skp(*((i, "20", u, r) for i, u, r in (
        ("Jumlah kader posyandu yang dilatih komunikasi perubahan perilaku", "orang",
         "Kader kesehatan mampu melakukan komunikasi perubahan perilaku"),
        ("Persentase pondok pesantren dampingan dengan Pos Kesehatan Pesantren aktif", "persen",
         "Pondok pesantren dampingan menjalankan upaya kesehatan berbasis masyarakat"),
        ("Nilai Indeks Profesionalitas ASN", "nilai", "Kompetensi penyuluh kesehatan meningkat"))))
    # «1000 HPK» is the webinar's topic, no count of others taking part: the 2 JPL are the user's
    _linked("webinar BKKBN 1000 HPK 2 jpl", promkes, 3)


def test_an_event_given_to_trainees_named_after_it_is_no_learning_of_the_user():
    k3 = _skp(("Jumlah Pos UKK aktif yang dibina di kabupaten/kota lokus", "20", "pos",
               "Pos Upaya Kesehatan Kerja terbentuk dan aktif di sentra industri kecil"),
              ("Jumlah ASN Kemenkes yang diukur tingkat kebugaran jasmaninya", "500", "orang",
               "Kebugaran jasmani ASN terukur"),
              ("Nilai Indeks Profesionalitas ASN", "80", "nilai", "Indeks Profesionalitas ASN yang optimal dicapai"))
    # the kader sat in the bimtek the user gave: never a silent link to the IP ASN
    found = _link("bimtek kader pengrajin batik Pekalongan soal P3K & ergonomi - senin", k3)
    assert not (found.decision is Decision.link and found.candidates[0].number == 3)
    # the user's own bimtek still counts toward it
    _linked("ikut bimtek ergonomi kerja 8 JPL", k3, 3)


def test_a_hospital_committee_is_a_body_of_its_own_no_word_of_an_iki():
    rehab = _skp(("Persentase pasien rawat jalan rehabilitasi medik yang dilayani fisioterapi dengan waktu tunggu ≤30 "
                  "menit", "90", "persen", "Layanan fisioterapi pasien rawat jalan diberikan sesuai standar waktu tunggu"),
                 ("Persentase pasien pasca artroplasti yang mencapai target fungsi jalan mandiri saat pulang", "80",
                  "persen", "Program latihan pasien pasca operasi lutut dan panggul dituntaskan sesuai protokol"),
                 ("Jumlah pasien yang menerima edukasi home program terdokumentasi", "300", "pasien",
                  "Edukasi home program diberikan kepada pasien dan keluarga sesuai ketentuan"),
                 ("Jumlah pasien yang terlayani tele-rehabilitasi", "100", "pasien",
                  "Layanan tele-rehabilitasi dikembangkan sebagai inovasi pelayanan (Beyond)"),
                 ("Nilai Indeks Profesionalitas ASN", "80", "nilai", "Indeks Profesionalitas ASN yang optimal dicapai"))
    # «komite medik» is no «medik» of rehabilitasi medik: never a silent link to IKI 1
    found = _link("rapat komite medik bahas jadwal jaga residen, diminta ngisi absensi, selasa", rehab)
    assert found.decision is not Decision.link


def test_the_employees_cooperative_is_office_life():
    pkrs = _skp(("Persentase pasien rawat inap dengan edukasi terintegrasi terdokumentasi", "90", "persen",
                 "Edukasi pasien dan keluarga di ruang rawat inap terlaksana terintegrasi"),
                ("Jumlah media KIE PKRS yang diterbitkan setelah uji coba", "12", "media",
                 "Media KIE PKRS tersedia setelah uji coba"),
                ("Jumlah tayangan konten edukasi kesehatan di kanal media sosial RS", "50000", "tayangan",
                 "Konten edukasi digital menjangkau masyarakat"),
                ("Nilai penilaian mandiri PKRS", "80", "nilai", "Mutu PKRS meningkat sesuai standar"))
    assert _link("rapat koperasi pegawai RS, sy bendahara (kmrn)", pkrs).decision is Decision.outside


def test_a_link_resting_only_on_whom_the_iki_sends_its_work_to_asks():
    # «rapat sm verifikator BPJS bahas kasus sectio» linked silently to «… klaim … diajukan ke BPJS Kesehatan …»:
    # BPJS is where that IKI's claims go, and other claim work meets BPJS too (link24)
    casemix = _skp(("Persentase berkas klaim rawat inap yang diajukan ke BPJS Kesehatan paling lama 10 hari setelah "
                    "bulan pelayanan", "90", "%", "Berkas klaim JKN rawat inap diajukan tepat waktu"),
                   ("Persentase klaim pending/dispute yang diselesaikan dalam 1 bulan", "85", "%",
                    "Klaim pending dan dispute diselesaikan"),
                   ("Persentase berkas hasil audit koding yang sesuai ICD-10/ICD-9-CM", "90", "%",
                    "Koding diagnosis dan tindakan akurat sesuai ICD"),
                   ("Persentase nilai klaim tidak layak bayar terhadap total klaim", "2", "%",
                    "Nilai klaim tidak layak bayar diminimalkan"),
                   ("Jumlah jam pelajaran pengembangan kompetensi", "20", "JPL", "Kompetensi koder dikembangkan (MI)"))
    assert _link("rapat sm verifikator BPJS bahas kasus sectio", casemix).decision is Decision.ask
    # the IKI's own work named with it still links
    _linked("ajukan 120 berkas klaim ranap ke BPJS", casemix, 1)


def test_an_english_line_names_and_counts_a_borrowed_word_in_the_plural():
    # «processed 60 instrument sets from the ward» linked silently to the IKI of sets coming back from the wards:
    # «sets» was no «set» and «processed» no «diproses», so only «ward» (ruangan) matched (link24)
    cssd = _skp(("Persentase set instrumen steril yang diterima kamar operasi tepat waktu", "95", "persen",
                 "Instrumen steril didistribusikan tepat waktu ke kamar operasi"),
                ("Jumlah set instrumen yang diproses dekontaminasi hingga steril", "6000", "set",
                 "Set instrumen diproses sesuai standar dekontaminasi dan sterilisasi"),
                ("Persentase set instrumen tidak lengkap saat kembali dari ruangan", "2", "persen",
                 "Kehilangan dan kerusakan instrumen terkendali"))
    text = "selasa processed 60 instrument sets from the ward, washer disinfector cycle 3x"
    found = _offered_first(text, cssd, 2)
    assert not (found.decision is Decision.link and found.candidates[0].number != 2)
    assert _quantity(text, cssd.iki[1]) == 60


def test_a_final_state_the_work_is_for_is_not_reached():
    # «Drafted 3 recommendations …, sent to KKP for follow up» counted 3 rekomendasi «yang ditindaklanjuti» once the
    # English words were read: the follow-up is what they were sent for, not done (link24)
    rekomendasi = IkiDraft(indikator="Jumlah rekomendasi hasil surveilans kesehatan jemaah di embarkasi yang "
                                     "ditindaklanjuti", target="12", satuan="rekomendasi")
    assert _quantity("Drafted 3 recommendations from the embarkation surveillance recap, sent to KKP for follow up",
                     rekomendasi) is None
    assert _quantity("kirim 3 rekomendasi ke KKP utk ditindaklanjuti", rekomendasi) is None
    assert _quantity("3 rekomendasi sudah ditindaklanjuti KKP", rekomendasi) == 3


def test_a_tool_never_sets_an_iki_it_lends_to_above_the_one_the_line_names():
    # «lengkapi riwayat diklat di SIASN buat IP ASN» offered the IKI of pegawai first (SIASN lends «pegawai»), and
    # «upload ijazah S2 ke SIASN biar IP ASN naik» the IKI of ASN (lent from inside the «IP ASN» it names) (link24)
    k3 = _skp(("Persentase kecelakaan kerja yang diinvestigasi dalam 3x24 jam", "100", "persen",
               "Kecelakaan kerja di rumah sakit diinvestigasi dan ditindaklanjuti"),
              ("Persentase pegawai berisiko tinggi yang menjalani pemeriksaan kesehatan berkala", "90", "persen",
               "Pegawai berisiko tinggi mendapat pemeriksaan kesehatan berkala"),
              ("Persentase APAR yang laik fungsi", "100", "persen", "Sarana proteksi kebakaran siap pakai"),
              ("Jumlah unit kerja dengan HIRADC yang diperbarui", "20", "unit",
               "Bahaya di unit kerja teridentifikasi dan dikendalikan"),
              ("Nilai Indeks Profesionalitas ASN", "80", "nilai",
               "Indeks Profesionalitas ASN yang optimal dicapai sesuai ketentuan"))
    _offered_first("lengkapi riwayat diklat di SIASN buat IP ASN", k3, 5)
    kebugaran = _skp(("Jumlah Pos UKK aktif yang dibina di kabupaten/kota lokus", "30", "pos",
                      "Pos Upaya Kesehatan Kerja terbentuk dan aktif di sentra industri kecil"),
                     ("Jumlah ASN Kemenkes yang diukur tingkat kebugaran jasmaninya", "2000", "orang",
                      "Kebugaran jasmani ASN terukur"),
                     ("Nilai Indeks Profesionalitas ASN", "80", "nilai",
                      "Indeks Profesionalitas ASN yang optimal dicapai sesuai ketentuan"))
    _offered_first("tgl 3 upload ijazah S2 ke SIASN biar IP ASN naik", kebugaran, 3)


def test_a_number_naming_a_bed_a_round_a_semester_or_a_report_form_is_no_count():
    # «px bed 12» counted 12 leaflets, «RL 3.2» 3.2 reports, «siklus 10 hari» 10 menus, «smt 1» 1 laporan (link24)
    leaflet = IkiDraft(indikator="Jumlah pasien yang mendapat edukasi gizi saat pulang", target="300", satuan="pasien")
    assert _quantity("tgl 9 edukasi discharge px bed 12", leaflet) is None
    laporan = IkiDraft(indikator="Jumlah laporan RL yang dikirim ke SIRS tepat waktu", target="12", satuan="laporan")
    assert _quantity("input RL 3.2 di SIRS online", laporan) is None
    menu = IkiDraft(indikator="Jumlah menu diet yang lulus uji cita rasa", target="20", satuan="menu")
    assert _quantity("senin uji cita rasa menu pilihan siklus 10 hari sm koki", menu) is None
    lapsit = IkiDraft(indikator="Jumlah laporan analisis situasi PTM yang disusun", target="4", satuan="laporan")
    assert _quantity("pembahasan draf lapsit PTM smt 1", lapsit) is None
    assert _quantity("kirim 2 laporan situasi PTM", lapsit) == 2


def test_a_situation_report_is_named_by_its_shorthand():
    # «pembahasan draf lapsit PTM» was offered the IKI of posyandu first: «lapsit» is laporan situasi (link24)
    ptm = _skp(("Persentase kab/kota dengan minimal 70% penderita hipertensi mendapat pelayanan sesuai standar", "80",
                "persen", "Penderita hipertensi mendapat pelayanan sesuai standar"),
               ("Jumlah Posyandu ILP yang melaksanakan skrining PTM usia produktif", "200", "posyandu",
                "Skrining PTM usia produktif di posyandu terlaksana"),
               ("Persentase kab/kota dengan data skrining PTM lengkap dan tervalidasi setiap bulan", "80", "persen",
                "Data skrining faktor risiko PTM tersedia dan valid"),
               ("Jumlah laporan analisis situasi PTM yang disusun", "4", "laporan",
                "Laporan analisis situasi PTM disusun"),
               ("Jumlah kader posyandu yang lulus pelatihan deteksi dini PTM", "500", "orang",
                "Kader posyandu terampil deteksi dini PTM"),
               ("Nilai Indeks Profesionalitas ASN", "80", "nilai",
                "Meningkatnya profesionalitas ASN melalui pengembangan kompetensi"),
               ("Jumlah dashboard kohort hipertensi yang diluncurkan", "1", "dashboard",
                "Pemantauan kohort hipertensi berbasis digital (Beyond)"))
    _offered_first("pembahasan draf lapsit PTM", ptm, 4)


def test_a_units_own_words_for_its_work_reach_the_iki_that_names_the_work():
    # each linked silently to another IKI by one shared word (link24, dev22): the unit's words for the work are covers
    utd = _skp(("Persentase permintaan darah yang terpenuhi kurang dari 1 jam", "90", "persen",
                "Kebutuhan darah pasien terpenuhi tepat waktu"),
               ("Persentase kantong darah yang diuji saring IMLTD sebelum didistribusikan", "100", "persen",
                "Darah yang didistribusikan aman"),
               ("Jumlah kantong darah dari donor sukarela yang diterima", "5000", "kantong",
                "Ketersediaan stok darah terjaga"))
    _offered_first("periksa HIV, HBsAg, HCV, sifilis (ChLIA) 64 sampel donor", utd, 2)
    farmasi = _skp(("Persentase puskesmas binaan yang melaksanakan pelayanan kefarmasian sesuai standar", "80",
                    "persen", "Pelayanan kefarmasian di puskesmas sesuai standar"),
                   ("Persentase puskesmas binaan dengan ketersediaan obat dan vaksin esensial minimal 90%", "90",
                    "persen", "Ketersediaan obat esensial di puskesmas terjaga"),
                   ("Persentase penggunaan antibiotik pada ISPA non-pneumonia di puskesmas binaan", "20", "persen",
                    "Penggunaan obat rasional di puskesmas meningkat"),
                   ("Jumlah apoteker puskesmas yang mengikuti bimbingan teknis pelayanan kefarmasian", "60", "orang",
                    "Apoteker puskesmas mendapat pembinaan"),
                   ("Jumlah puskesmas binaan yang melapor melalui aplikasi logistik obat secara rutin", "40",
                    "puskesmas", "Aplikasi pelaporan logistik obat diterapkan"))
    _offered_first("cek stok 40 item obat indikator di 12 PKM, 2 PKM kosong amoksisilin", farmasi, 2)
    tender = _skp(("Persentase paket tender yang berkontrak sesuai jadwal RUP", "90", "persen",
                   "Pengadaan barang/jasa selesai tepat waktu sesuai rencana"),
                  ("Rata-rata waktu proses tender sejak dokumen persiapan diterima lengkap", "30", "hari kalender",
                   "Proses pemilihan penyedia efisien"),
                  ("Persentase paket tender tanpa sanggah banding", "95", "persen",
                   "Sanggah dan pengaduan pengadaan terkendali"))
    assert _link("reviu KAK, HPS, rancangan kontrak paket alkes RSUD Papua", tender).decision is not Decision.link
    ambulans = _skp(("Rata-rata waktu tanggap ambulans sejak panggilan diterima", "15", "menit",
                     "Permintaan ambulans gawat darurat terlayani cepat"),
                    ("Persentase ambulans dalam kondisi laik jalan setiap hari", "95", "persen",
                     "Armada ambulans siap operasi"),
                    ("Jumlah pasien gawat darurat yang dirujuk dengan ambulans tanpa kejadian tidak diharapkan",
                     "600", "pasien", "Rujukan pasien gawat darurat terlaksana aman"))
    _offered_first("kmrn 4x jemput px KLL, response time 9,12,14,11 mnt", ambulans, 1)


def test_a_units_chat_names_for_its_work_are_its_iki_s_words():
    # «panel EQAS … siklus 1» is the PME, «pindah tugas» a mutasi: both were filed di luar SKP (link24, dev22)
    lab = _skp(("Persentase alat laboratorium yang terkalibrasi", "100", "persen", "Alat laboratorium laik pakai"),
               ("Persentase parameter PME dengan hasil baik", "90", "persen", "Mutu hasil uji laboratorium terjamin"))
    _offered_first("packing & kirim panel EQAS kimia klinik siklus 1 ke BBLK", lab, 2)
    kepegawaian = _skp(("Persentase usulan kenaikan pangkat periode April yang ditetapkan tepat waktu", "95", "persen",
                        "Kenaikan pangkat pegawai tepat waktu"),
                       ("Rata-rata waktu penerbitan SK mutasi sejak usulan lengkap", "10", "hari",
                        "Mutasi pegawai diproses cepat"))
    _offered_first("paraf konsep keputusan pindah tugas 12 pegawai ke RSUP Makassar", kepegawaian, 2)


def test_a_gis_tool_and_the_programmes_own_shorthand_reach_their_iki():
    # «overlay titik sampling di QGIS» and «rekap hattra» were filed di luar SKP (link24, dev22)
    air = _skp(("Persentase sampel air minum yang diperiksa dengan hasil keluar paling lama 7 hari kerja", "90",
                "persen", "Pengawasan kualitas air minum di wilayah layanan terlaksana sesuai standar"),
               ("Jumlah kabupaten/kota yang memiliki peta risiko kualitas air minum", "10", "kab/kota",
                "Kabupaten/kota binaan memiliki data kualitas air minum"))
    _offered_first("overlay titik sampling di QGIS utk kab Pangkep", air, 2)
    kestrad = _skp(("Persentase provinsi yang menerapkan pedoman pelayanan kesehatan tradisional komplementer", "60",
                    "persen", "Kebijakan pelayanan kesehatan tradisional tersedia dan diterapkan"),
                   ("Persentase penyehat tradisional yang terdaftar (STPT) di kab/kota binaan", "70", "persen",
                    "Tenaga kesehatan tradisional terdata"))
    _offered_first("surati 10 dinkes minta rekap hattra yg udh punya izin", kestrad, 2)


def test_the_parts_of_a_thing_the_iki_counts_are_its_work_whatever_the_place_after_them():
    # «sign in, time out, sign out di OK» (the surgical safety checklist's three phases) and «sinkronisasi riwayat
    # jabatan di SIASN» (a record of data pegawai) asked as if only the place matched (link26, dev22): the unit's
    # words for the parts of what its IKI counts are covers
    ok = _skp(("Persentase operasi elektif yang dimulai tepat waktu sesuai jadwal", "90", "persen",
               "Operasi elektif terlaksana tepat waktu sesuai jadwal"),
              ("Persentase kelengkapan pengisian surgical safety checklist pada pasien operasi", "100", "persen",
               "Keselamatan pasien bedah terjamin sesuai standar"),
              ("Jumlah perawat kamar bedah yang lulus uji kompetensi scrub nurse", "12", "orang",
               "Perawat kamar bedah kompeten sesuai standar"))
    _linked("td time out & sign out di kamar operasi 2, 5 px", ok, 2)
    pegawai = _skp(("Rata-rata waktu penerbitan SK mutasi sejak usulan lengkap", "10", "hari kerja",
                    "Mutasi pegawai diproses sesuai ketentuan"),
                   ("Persentase data pegawai SIASN yang valid setelah pemutakhiran", "95", "persen",
                    "Data kepegawaian mutakhir"),
                   ("Nilai Indeks Profesionalitas ASN", "85", "nilai",
                    "Kompetensi pegawai meningkat sesuai standar kompetensi jabatan"))
    _linked("sinkron riwayat diklat di SIASN 60 NIP", pegawai, 2)


def test_an_acronym_a_phrase_of_the_iki_took_in_still_names_it():
    # «limbah B3 medis» is read as one limbah medis, which lost its B3: «Checked TPS B3 …» (read in English, its
    # «checked» an uji of the IPAL IKI) asked with the IPAL IKI first (link27, dev18's lost rank-1)
    limbah = _skp(("Persentase limbah B3 medis yang diserahkan ke transporter berizin dalam ≤2 hari sejak dihasilkan",
                   "100", "persen", "Limbah B3 medis dikelola dan diserahkan ke pihak berizin sesuai ketentuan"),
                  ("Persentase parameter hasil uji IPAL yang memenuhi baku mutu", "100", "persen",
                   "Air limbah RS diolah memenuhi baku mutu"),
                  ("Persentase ruangan yang lulus inspeksi pemilahan sampah sesuai warna kantong", "90", "persen",
                   "Sampah di ruangan dipilah sesuai jenis di sumbernya"),
                  ("Jumlah petugas cleaning service yang lulus uji kompetensi pemilahan limbah", "40", "orang",
                   "Petugas kebersihan kompeten memilah limbah sesuai standar"))
    _linked("Checked TPS B3 cold storage temp, 2 days' waste pending pickup, called transporter", limbah, 1)


def test_a_units_own_words_for_its_work_offer_the_iki_of_that_work_first():
    # a psychiatric ward's «restrain», «sweeping», a hospital's «code orange», a ventilator's «weaning»: a human of the
    # unit ties them to the IKI of that work though they share no word with it (catatan_harian.yaml work_objects,
    # synonyms; link28, dev23's lines filed as di luar SKP or asked with another IKI first); they order a question,
    # never link
    jiwa = _skp(("Persentase pasien gaduh gelisah yang tenang dalam 24 jam", "80", "persen"),
                ("Jumlah kejadian pasien lari atau cedera di ruangan", "2", "kejadian"),
                ("Persentase keluarga pasien yang mendapat edukasi sebelum pulang", "90", "persen"))
    for text, number in (("fiksasi 2 px malam td", 1), ("sweeping kamar pasien, gunting sama silet diamankan", 2)):
        found = _link(text, jiwa)
        assert found.decision is Decision.ask and found.candidates[0].number == number, (text, found)
    igd = _skp(("Persentase pasien IGD yang ditangani dalam 10 menit", "90", "persen"),
               ("Jumlah simulasi bencana rumah sakit yang dilaksanakan", "2", "simulasi"))
    assert _link("tabletop exercise kode oranye sama satpam", igd).candidates[0].number == 2
    icu = _skp(("Persentase kepatuhan bundle VAP", "95", "persen"),
               ("Jumlah perawat yang lulus pelatihan BTCLS", "10", "orang"))
    assert _link("weaning pasien bed 4, sore extubasi", icu).candidates[0].number == 1


def test_a_verifiers_confirmation_is_pending_claim_work_and_plg_is_pulang():
    # «konfirmasi verifikator» is what keeps a claim pending (catatan_harian.yaml covers), and «plg» is chat's
    # pulang: each a second IKI the line names, so neither line links silently to the IKI of its one plain word
    # (link28, dev23's silent wrong links)
    klaim = _skp(("Persentase berkas klaim rawat inap yang lolos verifikasi BPJS", "95", "persen"),
                 ("Rata-rata waktu penyelesaian klaim pending", "5", "hari kerja"))
    found = _link("jawab 8 konfirmasi verifikator BPJS di eclaim", klaim)
    assert found.decision is Decision.ask and found.candidates[0].number == 2, found
    jiwa = _skp(("Jumlah keluarga pasien yang mengikuti psikoedukasi keluarga sampai selesai", "48", "keluarga"),
                ("Persentase pasien pulang yang kontrol ulang ke poli dalam 14 hari", "70", "persen"),
                ("Jumlah insiden pasien lari di bangsal", "2", "kejadian"))
    found = _link("telpon keluarga 4 px yg udh plg, ingetin jadwal poli", jiwa)
    assert found.decision is Decision.ask and 2 in [c.number for c in found.candidates], found


def test_a_line_naming_only_the_ward_an_iki_works_in_asks():
    # «bangsal» is where the insiden IKI's work is done («… di bangsal»), and «px» whom any work serves: a group
    # therapy held in the ward is not an insiden (link28, dev23's silent wrong link «TAK sosialisasi 9 px bangsal …»)
    jiwa = _skp(("Persentase pasien akut yang tenang dalam 72 jam", "80", "persen"),
                ("Jumlah insiden pasien lari atau cedera di bangsal", "2", "kejadian"),
                ("Jumlah keluarga pasien yang mengikuti psikoedukasi", "48", "keluarga"),
                ("Persentase pasien pulang yang kontrol ulang ke poli", "70", "persen"))
    found = _link("terapi kelompok 7 px bangsal Srikandi", jiwa)
    assert found.decision is Decision.ask, found
    _linked("2 px cedera di bangsal, lapor", jiwa, 2)


def test_a_units_shorthand_and_english_words_reach_the_iki_of_their_work():
    # «cito» is a request served first, a freeze tag the cold chain's thermometer, ORIF an operation and sitting up
    # and walking the steps of mobilisasi, «bodies» jenazah (catatan_harian.yaml work_objects, covers, synonyms;
    # link28, dev23's lines asked with another IKI first or filed di luar SKP)
    cssd = _skp(("Persentase permintaan set steril yang terpenuhi kurang dari 2 jam", "90", "persen"),
                ("Persentase siklus sterilisasi dengan indikator biologis negatif", "100", "persen"),
                ("Jumlah ruangan yang mendapat pendampingan pre-cleaning", "12", "ruangan"))
    assert _link("udah yg sterilisasi cito utk OK td", cssd).candidates[0].number == 1
    vaksin = _skp(("Persentase provinsi yang menerima vaksin sesuai jadwal", "95", "persen"),
                  ("Persentase kabupaten dengan suhu penyimpanan vaksin terpantau", "85", "persen"),
                  ("Persentase vaksin terbuang akibat kerusakan", "1", "persen"))
    found = _link("td cek fridge-tag semua lemari es", vaksin)
    assert found.decision is not Decision.outside and found.candidates[0].number == 2, found
    rehab = _skp(("Persentase pasien pasca operasi lutut yang mencapai target ROM", "75", "persen"),
                 ("Rata-rata waktu mulai mobilisasi pasien pasca operasi", "24", "jam"),
                 ("Persentase pasien amputasi yang mendapat resep alat bantu jalan", "90", "persen"))
    assert _link("latih duduk & latih jalan px H+1 ORIF", rehab).candidates[0].number == 2
    forensik = _skp(("Rata-rata waktu penyerahan jenazah kepada keluarga", "3", "jam"),
                    ("Jumlah visum et repertum yang diserahkan kepada penyidik", "60", "dokumen"),
                    ("Persentase jenazah infeksius yang ditangani sesuai protokol", "100", "persen"))
    found = _link("released 3 bodies to their families", forensik)
    assert found.decision is not Decision.outside and found.candidates[0].number == 1, found


def test_a_spore_test_is_the_biological_indicator_of_a_cycle():
    # CSSD chat says «spore test» for the biological indicator (catatan_harian.yaml synonyms; link28, dev21)
    cssd = _skp(("Persentase siklus sterilisasi dengan indikator biologis negatif", "100", "persen"),
                ("Jumlah set instrumen yang didistribusikan ke kamar operasi", "1200", "set"),
                ("Jumlah ruangan yang mendapat pendampingan pre-cleaning", "12", "ruangan"))
    found = _link("baca spore test mesin 3, aman", cssd)
    assert found.decision is not Decision.outside and found.candidates[0].number == 1, found


def test_a_needle_stick_a_feeding_tube_and_views_name_the_work_they_are_part_of():
    # a needle-stick injury is a kecelakaan kerja, an NGT feeding part of asuhan gizi, «views» a post's tayangan
    # (catatan_harian.yaml covers, synonyms; link28, dev21's lines filed di luar SKP)
    k3 = _skp(("Persentase kecelakaan kerja yang diinvestigasi dalam 3x24 jam", "100", "persen"),
              ("Persentase APAR yang laik fungsi", "100", "persen"),
              ("Jumlah unit kerja dengan HIRADC yang diperbarui", "20", "unit"))
    gizi = _skp(("Persentase pasien berisiko malnutrisi yang mendapat asuhan gizi dalam 48 jam", "90", "persen"),
                ("Persentase sisa makanan pasien rawat inap", "20", "persen"),
                ("Jumlah pasien pulang yang mendapat konseling gizi", "300", "pasien"))
    pkrs = _skp(("Jumlah media KIE yang diterbitkan", "12", "media"),
                ("Jumlah tayangan konten edukasi di media sosial RS", "100000", "tayangan"),
                ("Nilai penilaian mandiri PKRS", "80", "nilai"))
    for text, skp in (("foto lokasi perawat tertusuk jarum di IGD", k3), ("cek NGT feeding bed 7 sm DPJP", gizi),
                      ("rekap views bulan mei 12.000", pkrs)):
        found = _link(text, skp)
        assert found.decision is not Decision.outside and found.candidates[0].number == 1 + (skp is pkrs), found


def test_a_water_meter_lends_the_water_testing_it_does():
    # a pH meter or a turbidimeter measures a water sample (catatan_harian.yaml work_objects; link28, dev19, dev20,
    # dev22's lines filed di luar SKP), in an English line too; it orders a question, never links
    air = _skp(("Jumlah sampel air minum yang diuji sesuai standar", "400", "sampel"),
               ("Jumlah kab/kota yang menindaklanjuti rekomendasi pengawasan", "10", "kab/kota"),
               ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))
    for text in ("kalibrasi pH meter & turbidimeter", "Calibrated the pH-meter before the field trip"):
        found = _link(text, air)
        assert found.decision is Decision.ask and found.candidates[0].number == 1, (text, found)


def test_a_work_order_is_counted_by_its_shorthand():
    # IPSRS staff write a repair request as «WO» (catatan_harian.yaml synonyms): seven closed WO count toward the
    # work-order IKI, never silently toward the preventive one whose covered words name the repaired things (link29,
    # dev24's silent wrong links)
    ipsrs = _skp(("Persentase pemeliharaan preventif sarana non-medis yang terlaksana sesuai jadwal", "95", "persen",
                  "Sarana dan prasarana RS terpelihara dan siap pakai"),
                 ("Rata-rata waktu respon penanganan laporan kerusakan sarana", "30", "menit"),
                 ("Jumlah work order perbaikan yang diselesaikan", "600", "work order"))
    for text, count in (("tutup 7 WO: kran bocor, lampu, pintu kamar 204 dll", 7),
                        ("WO lima buah selesai, plafon bocor ruang rapat dsb", 5)):
        found = _link(text, ipsrs)
        assert found.candidates[0].number == 3, (text, found)
        assert quantity(line(text), read_date(line(text), date(2026, 5, 20))[1], ipsrs.iki[2]) == count


def test_a_connective_is_no_term_a_continuation_shares():
    # «krn» (karena) joins a reason to the work (catatan_harian.yaml connectives): a line going on with earlier work
    # shares no term with an entry by it, so «akun» alone takes no IKI (link29, dev24's silent wrong link)
    finance = _skp(("Persentase SPM yang ditolak KPPN", "2", "persen"),
                   ("Persentase realisasi anggaran satker", "95", "persen"))
    earlier = [LogEntry(id="c1", day=date(2026, 9, 21), text="iki 1: SPM retur dr KPPN krn salah kode akun, perbaiki",
                        status=EntryStatus.linked, iki=finance.iki[0].indikator)]
    ln = line("lanjut revisi POK krn pergeseran akun")
    day, w = read_date(ln, date(2026, 9, 21))
    assert "karena" not in line_terms(ln, w)
    assert continued(link(ln, w, finance), ln, w, day, finance, earlier).why != "lanjutan"


def test_the_words_of_new_units_reach_the_iki_of_their_work():
    # a central line is a CVC, a direct procurement «PL», CR a device a compliance test covers, TDM the monitoring of
    # a drug's therapy, a kantin a TPP, HLC a bionomics collection, a bioassay a susceptibility test and WHONET where
    # an antibiogram's isolates go (catatan_harian.yaml synonyms, covers; link29, dev24's lines filed di luar SKP or
    # asked with another IKI first)
    cases = [
        (_skp(("Angka infeksi aliran darah terkait kateter sentral (CLABSI) per 1000 hari pemasangan", "2", "per mil"),
              ("Persentase kepatuhan kebersihan tangan petugas", "85", "persen")),
         "surveilans harian CVC ruang ICU, 1 kasus suspek", 1),
        (_skp(("Persentase paket pengadaan yang terkontrak sesuai rencana umum pengadaan", "90", "persen"),
              ("Jumlah paket pengadaan langsung yang selesai kontrak", "80", "paket")),
         "kontrak PL: ATK, cetak formulir, servis mobil ambulans", 2),
        (_skp(("Persentase foto ulang (reject) pemeriksaan radiografi konvensional", "2", "persen"),
              ("Jumlah alat radiologi yang lulus uji kesesuaian", "5", "alat")),
         "hasil uji CR ruang 2 blm keluar", 2),
        (_skp(("Jumlah rekomendasi intervensi terapi obat yang diterima DPJP", "120", "rekomendasi"),
              ("Jumlah inovasi digital pemantauan terapi obat yang diterapkan", "1", "inovasi")),
         "form TDM udh dipake 2 ruangan", 2),
        (_skp(("Persentase kapal yang diperiksa sanitasinya dan diterbitkan sertifikat SSCEC/SSCC", "95", "persen"),
              ("Jumlah TPP di wilayah pelabuhan yang diinspeksi dan memenuhi syarat", "40", "TPP"),
              ("Persentase rekomendasi hasil inspeksi sanitasi yang ditindaklanjuti pengelola pelabuhan", "80",
               "persen")),
         "empat kantin pelabuhan lulus IKL", 2),
        (_skp(("Jumlah kabupaten dengan data bionomik vektor malaria yang dilaporkan", "6", "kabupaten"),
              ("Jumlah uji kerentanan nyamuk Anopheles yang diselesaikan", "12", "uji"),
              ("Persentase spesimen nyamuk yang diidentifikasi dalam 14 hari", "90", "persen")),
         "18.00-06.00 HLC di Kampung Yoboi, 212 nyamuk tertangkap", 1),
        (_skp(("Jumlah kabupaten dengan data bionomik vektor malaria yang dilaporkan", "6", "kabupaten"),
              ("Jumlah uji kerentanan nyamuk Anopheles yang diselesaikan", "12", "uji"),
              ("Persentase rekomendasi pengendalian vektor yang ditindaklanjuti dinas kesehatan", "80", "persen")),
         "lanjut pemeliharaan koloni larva utk bioassay", 2),
        (_skp(("Persentase hasil kultur darah yang dilaporkan dalam waktu kurang dari 72 jam", "85", "persen"),
              ("Jumlah siklus PME/EQAS mikrobiologi dengan hasil memuaskan", "4", "siklus"),
              ("Jumlah antibiogram rumah sakit yang diterbitkan", "2", "antibiogram")),
         "rekap isolat jan-feb ke WHONET, tiga ratus dua belas isolat", 3),
    ]
    for skp, text, number in cases:
        found = _link(text, skp)
        assert found.decision is not Decision.outside and found.candidates[0].number == number, (text, found)


def test_a_later_count_followed_by_its_verb_counts_the_thing_counted_before():
    # «4 udh dijawab» are four of the six aduan, answered: no four jawaban of an IKI of informasi publik, so the line
    # never links to it silently by that count (link29, dev24's silent wrong link); a count of the IKI's own
    # permohonan, answered, still counts toward it
    humas = _skp(("Persentase pengaduan yang diselesaikan dalam 5 hari kerja", "90", "persen"),
                 ("Jumlah jawaban permohonan informasi publik (PPID) yang diberikan tepat waktu", "100", "jawaban"))
    text = "08.00-12.00 terima 6 aduan lewat WA & SP4N-LAPOR, 4 udh dijawab"
    ln = line(text)
    w = read_date(ln, date(2026, 7, 15))[1]
    assert quantity(ln, w, humas.iki[1]) is None
    assert not (_link(text, humas).decision is Decision.link and _link(text, humas).candidates[0].number == 2)
    ln = line("terima 5 permohonan info, 3 udh dijawab")
    assert quantity(ln, read_date(ln, date(2026, 7, 15))[1], humas.iki[1]) == 3


def test_an_iki_named_by_its_number_is_the_link_of_linking_itself():
    # «iki 2: …» is the user's own answer: linking gives it (as the chat and the eval both read it), and neither an
    # earlier entry it goes on with nor a re-link taught before takes it elsewhere (link29, dev24's asked lines)
    ipsrs = _skp(("Persentase pemeliharaan preventif sarana non-medis yang terlaksana sesuai jadwal", "95", "persen"),
                 ("Rata-rata waktu respon penanganan laporan kerusakan sarana", "30", "menit"),
                 ("Jumlah work order perbaikan yang diselesaikan", "600", "work order"))
    found = _link("iki 2: lapor pintu IGD macet masuk jam 13.05, tim dtg 13.20", ipsrs)
    assert (found.decision, found.candidates[0].number) == (Decision.link, 2), found
    text = "lanjut iki 3: ganti pintu IGD macet, sisa engsel"
    earlier = [LogEntry(id="c1", day=date(2026, 1, 25), text="ganti engsel pintu IGD", status=EntryStatus.linked,
                        iki=ipsrs.iki[0].indikator)]
    ln = line(text)
    day, w = read_date(ln, date(2026, 1, 26))
    found = continued(link(ln, w, ipsrs), ln, w, day, ipsrs, earlier)
    assert (found.decision, found.candidates[0].number) == (Decision.link, 3), found


def test_a_ward_device_counted_is_an_alat():
    # infusion and syringe pumps and patient monitors are alat medis (catatan_harian.yaml counting kinds), a kind's
    # name of three words too: each line counts toward the preventive-maintenance IKI of alat (link29, dev24's
    # lines asked as weak matches)
    elektromedis = _skp(("Persentase alat kesehatan yang terkalibrasi dan masih berlaku sertifikatnya", "90", "persen"),
                        ("Rata-rata waktu perbaikan alat medis kategori kritis", "2", "hari"),
                        ("Jumlah alat medis yang mendapat pemeliharaan preventif sesuai jadwal", "400", "alat"))
    for text, count in (("08.00-10.30 PM 6 infus pump + 2 syringe pump di ICU", 8), ("PM tiga bed side monitor HCU", 3)):
        _linked(text, elektromedis, 3)
        ln = line(text)
        assert quantity(ln, read_date(ln, date(2026, 10, 29))[1], elektromedis.iki[2]) == count, text


@pytest.mark.parametrize(("text", "minutes", "counted_values"), [
    ("08.00-10.30 PM 6 infus pump + 2 syringe pump di ICU", 150, [6.0, 2.0]),
    ("18.00-06.00 HLC di Kampung Yoboi, 212 nyamuk tertangkap", 720, [212.0]),  # through midnight
    ("jam 8.00 sampai 10.30 rapat persiapan akreditasi", 150, []),
    ("13:00-15:30 visite 12 px", 150, [12.0]),  # a colon between hours and minutes too (link31)
    ("jam 13:00 sampai 15:30 rapat persiapan akreditasi", 150, []),
])
def test_a_range_of_times_of_day_is_how_long_the_work_took(text, minutes, counted_values):
    # «08.00-10.30 …» opens many a line (link29, dev24): the hours are its duration, never counts of work
    from bot.year.entry_numbers import counts

    ln = line(text)
    w = read_date(ln, date(2026, 10, 29))[1]
    assert duration_minutes(ln) == minutes
    assert [n.value for n in counts(ln, w)] == counted_values


def test_a_generators_load_test_is_the_standby_power_iki():
    # «uji beban» is one thing, the generator's load test (catatan_harian.yaml synonyms, covers): no «uji» of the
    # preventive-maintenance IKI's checks sets the two IKI close (link29, dev24's asked line)
    ipsrs = _skp(("Persentase pemeliharaan preventif sarana non-medis yang terlaksana sesuai jadwal", "95", "persen",
                  "Sarana dan prasarana RS terpelihara dan siap pakai"),
                 ("Persentase ketersediaan listrik cadangan (genset) saat pemadaman", "100", "persen"),
                 ("Jumlah work order perbaikan yang diselesaikan", "600", "work order"))
    _linked("uji beban genset 500 kVA 30 menit, aman", ipsrs, 2)


def test_doctors_in_training_are_the_petugas_an_orientation_counts():
    # «dua belas dokter residen» are twelve petugas of a PPI orientation (catatan_harian.yaml counting kinds; link29,
    # dev24's count in words left unread)
    iki = IkiDraft(indikator="Jumlah petugas baru yang lulus orientasi PPI", target="150", satuan="orang")
    ln = line("orientasi PPI dua belas dokter residen, lulus semua")
    assert quantity(ln, read_date(ln, date(2026, 6, 2))[1], iki) == 12


def test_a_correction_of_a_number_takes_the_iki_of_the_entry_holding_the_old_number():
    # «eh td salah bukan 12 tp 14 unit» puts an earlier entry's number right, no new work: its words («unit») never
    # send it to another IKI (link31: dev25's corrections linked elsewhere or filed di luar SKP)
    earlier = [_kept("c1", "2026-04-06", "reviu 3 laporan keuangan satker", 3),
               _kept("c2", "2026-04-07", "kmrn monitoring TL temuan, 12 rekomendasi dibahas", 2),
               _kept("c3", "2026-04-08", "bantu panitia halal bihalal", None)]
    found = _continued("eh td salah bukan 12 tp 14 unit", earlier)
    assert (found.decision, found.candidates[0].number, found.why, found.continues) == \
        (Decision.link, 2, "koreksi", "c2")
    found = _continued("td sy tulis 3, eh salah, laporannya 4 bukan 3", earlier)
    assert (found.decision, found.candidates[0].number, found.continues) == (Decision.link, 3, "c1")
    # no entry holds the old number: the latest one is meant, here one kept di luar SKP
    assert (_continued("eh td salah, bukan 5 tp 6", earlier).decision, _continued("eh td salah, bukan 5 tp 6",
                                                                                  earlier).continues) == \
        (Decision.outside, "c3")
    # «salah» without a number set against another is a line of its own
    assert _continued("audit 20 sampel, 2 salah kode; reviu laporan keuangan", earlier).why != "koreksi"


BMN = _skp(("Persentase BMN yang tercatat dengan kondisi mutakhir di SIMAK-BMN", "95%"),
           ("Jumlah rekonsiliasi BMN semesteran dengan KPKNL tanpa selisih", "2", "rekonsiliasi"),
           ("Persentase usulan penghapusan BMN yang mendapat persetujuan", "80%"),
           ("Jumlah BMN yang ditetapkan status penggunaannya", "300", "NUP"))


def test_a_word_of_what_came_next_joins_a_second_piece_of_work():
    # «… lalu sorenya update kondisi BMN»: the penghapusan before «lalu» is another IKI's work, never filed under the
    # kondisi IKI silently (link31: dev25); «tahun lalu» says how long ago and joins nothing
    found = _link("rapat penghapusan 60 unit laptop rusak lalu sorenya update kondisi BMN ruang rapat", BMN)
    assert (found.decision, found.why) == (Decision.ask, "dua pekerjaan")
    assert {c.number for c in found.candidates} >= {1, 3}
    found = _link("rapat penghapusan 60 unit laptop rusak, sorenya update kondisi BMN ruang rapat", BMN)
    assert (found.decision, found.why) == (Decision.ask, "dua pekerjaan")  # «sorenya» after a mark opens it too
    assert _link("update kondisi BMN ruang rapat sesuai inventarisasi tahun lalu", BMN).why != "dua pekerjaan"


PROTOKOL = _skp(("Jumlah kegiatan pimpinan yang terlaksana sesuai tata protokol tanpa keluhan", "120", "kegiatan"),
                ("Persentase agenda pimpinan terkonfirmasi H-1", "95%"),
                ("Jumlah SOP keprotokolan yang ditetapkan", "3", "SOP"),
                "Nilai Indeks Profesionalitas ASN")


def test_the_seating_and_the_rundown_of_a_leaders_event_are_protocol_work():
    # tata tempat and tata upacara are protocol (UU 9/2010 Keprotokolan): never di luar SKP (link31: dev25)
    _offered_first("Prepared seating plan and flags for the bilateral meeting with WHO", PROTOKOL, 1)
    _offered_first("gladi bersih pelantikan eselon II di aula", PROTOKOL, 1)


def test_a_count_of_the_thing_the_best_counts_is_no_share_of_what_another_iki_measures():
    # «12 tindakan HD» counts tindakan: the share IKI of pasien HD never names them, so the count is an answer
    # between them (link31: dev25 asked); «packing 35 set» beside a share of set still asks (hanya hitungan)
    skp = _skp(("Jumlah tindakan hemodialisis sesuai SPO", "2400", "tindakan"),
               ("Persentase pasien HD tanpa komplikasi intradialisis", "95%"),
               ("Persentase pasien HD yang hadir sesuai jadwal", "95%"))
    _linked("senin-rabu shift pagi pegang 4 mesin total 12 tindakan HD", skp, 1)


def test_a_ratio_with_a_colon_is_no_time_of_day():
    # «1:10» alone, after no «jam»: a ratio's two numbers, never read as «1.10» (link31: only a range of times or
    # one after «jam» is a time of day)
    assert line("pengenceran 1:10 sampel").toks == ("pengenceran", "1", ":", "10", "sampel")
    assert line("jam 9:30 rapat").toks == ("jam", "9.30", "rapat")


@pytest.mark.parametrize(("text", "value"), [
    ("eh td salah bukan 7 tp 9 perawat", 9),
    ("eh td salah, acaranya 6 bukan 5", 6),
    ("eh td salah, PSP nya 27 NUP bukan 24", 27),  # a unit word between the right number and «bukan»
    ("td sy tulis 112, eh td salah bukan 112 tp 121", 121),
])
def test_a_corrections_quantity_is_the_right_number_it_sets(text, value):
    # the number after «bukan» is the one written wrong before, never the line's quantity (link31: dev25 read the
    # old one or none)
    iki = IkiDraft(indikator="Jumlah kegiatan yang dilaksanakan", target="100", satuan="kegiatan")
    ln = line(text)
    assert quantity(ln, read_date(ln, date(2026, 4, 22))[1], iki) == value


def test_a_negation_of_what_happened_covers_its_clause_and_a_plain_one_only_the_next_word():
    def found(text: str) -> list[str]:
        ln = line(text)
        return line_terms(ln, read_date(ln, date(2026, 1, 26))[1])
    # «ga ada yg drop tensi»: no drop tensi happened, so neither word counts toward an IKI (link32, dev25)
    assert found("hari ini hd delapan pasien ga ada yg drop tensi") == ["hemodialisis", "pasien"]
    # the negated clause ends at its comma: what follows is work again
    assert found("hd 8 pasien, tidak ada yg drop tensi, lanjut edukasi cairan")[-2:] == ["edukasi", "cair"]
    # a plain negation still covers only the act: «harta kekayaan» names what the reminder is about
    assert "lhkpn" in found("reminder 15 pejabat blm isi harta kekayaan")


HEMODIALYSIS = _skp(
    ("Jumlah tindakan hemodialisis sesuai SPO", "1400", "tindakan", "Layanan hemodialisis diberikan sesuai standar"),
    ("Persentase pasien HD tanpa komplikasi intradialisis", "90", "%", "Keselamatan pasien hemodialisis terjaga"),
    ("Persentase pasien HD yang hadir sesuai jadwal", "95", "%", "Kepatuhan pasien HD meningkat"),
    ("Jumlah pasien HD dengan pemantauan akses vaskular terdokumentasi", "60", "pasien",
     "Akses vaskular pasien terpantau"),
)


def test_an_english_lines_clinical_words_are_read_as_the_iki_names_them():
    # «intradialytic hypotension» is a komplikasi intradialisis: never a silent link on «monitoring» alone (link32)
    found = _link("Monitoring intradialytic hypotension, 2 cases handled, no transfer", HEMODIALYSIS)
    assert 2 in [c.number for c in found.candidates[:2]] and found.decision is not Decision.link


def test_an_english_lines_unit_of_time_is_no_term_and_never_a_sastrawi_stem():
    ln = line("Served 6 archive loan requests, avg 20 minutes")
    found = line_terms(ln, read_date(ln, date(2026, 10, 14))[1])
    assert "mute" not in found and "pinjam" in found  # «minutes» names no work, and no «mute» (link32)
    archives = _skp(("Jumlah boks arsip inaktif yang ditata dan dideskripsi", "400", "boks"),
                    ("Rata-rata waktu layanan peminjaman arsip", "30", "menit"),
                    ("Jumlah berkas arsip usul musnah yang mendapat persetujuan ANRI", "2000", "berkas"))
    _linked("Served 6 archive loan requests, avg 20 minutes", archives, 2)


def test_a_care_unit_beside_a_thing_the_iki_never_names_asks():
    simrs = _skp(("Persentase ketersediaan (uptime) server SIMRS", "99", "%", "Layanan SIMRS tersedia andal"),
                 ("Rata-rata waktu penyelesaian tiket gangguan SIMRS", "4", "jam",
                  "Permintaan dukungan TI ditangani cepat"),
                 ("Jumlah modul SIMRS baru yang digunakan unit", "4", "modul", "Modul SIMRS baru digunakan unit layanan"),
                 ("Persentase kunjungan rawat jalan terkirim ke SATUSEHAT", "95", "%", "Data SIMRS terintegrasi SATUSEHAT"),
                 ("Nilai Indeks Profesionalitas ASN", "80", "nilai", "Indeks Profesionalitas ASN yang optimal dicapai"))
    # «PC poli»: the poli's computers; «poli» (rawat jalan) alone is no sign of the IKI's kunjungan (link32, dev25)
    found = _link("install ulang 25 PC poli", simrs)
    assert found.decision is Decision.ask and found.why == "hanya tempat IKI"
    _linked("kirim 120 kunjungan poli ke SATUSEHAT", simrs, 4)


KEPEGAWAIAN = _skp(
    ("Jumlah berkas usulan kenaikan pangkat yang diverifikasi lengkap", "400", "berkas",
     "Usulan kenaikan pangkat diproses tepat waktu"),
    ("Persentase data pegawai di SIMKA yang mutakhir", "95", "%", "Data kepegawaian mutakhir"),
    ("Persentase SK pensiun yang terbit sebelum TMT", "100", "%", "Layanan pensiun diselesaikan tepat waktu"),
    ("Persentase pegawai unit yang SKP-nya ditetapkan tepat waktu", "95", "%",
     "Penilaian kinerja pegawai terlaksana tepat waktu"),
    ("Nilai IP ASN", "85", "nilai"),
    ("Jumlah dashboard layanan kepegawaian yang digunakan pimpinan", "1", "dashboard",
     "Dashboard layanan kepegawaian dimanfaatkan pimpinan"),
)


@pytest.mark.parametrize("text", ["built a pivot table for the 2027 retirement forecast",
                                  "made a pension projection spreadsheet for 2027",
                                  "prepared the retirement forecast for next year"])
def test_an_english_lines_kepegawaian_words_are_read_as_the_iki_names_them(text):
    # «retirement» is pensiun, «table» a tabel: never a cut word of «Tableau» lent to a dashboard IKI (link33)
    _offered_first(text, KEPEGAWAIAN, 3)


def test_an_english_lines_peer_support_group_is_the_kelompok_dukungan_sebaya():
    jiwa = _skp(("Jumlah laporan asesmen psikologi yang selesai dalam 7 hari kerja", "200", "laporan"),
                ("Jumlah pasien yang menuntaskan paket psikoterapi", "40", "pasien"),
                ("Jumlah kelompok dukungan sebaya yang terbentuk", "2", "kelompok",
                 "Kelompok dukungan sebaya bagi keluarga ODGJ terbentuk"))
    for text in ("co-facilitated peer support group meeting, 7 members attended",
                 "met the family support group, 9 members came"):
        _offered_first(text, jiwa, 3)


@pytest.mark.parametrize("text", ["nemenin tamu studi banding dr RS lain keliling bangsal",
                                  "terima tamu kunjungan studi banding dari RSUD",
                                  "dampingi tamu dr dinkes keliling puskesmas mitra"])
def test_accompanying_the_offices_guests_is_outside_the_skp(text):
    jiwa = _skp(("Jumlah laporan asesmen psikologi yang selesai dalam 7 hari kerja", "200", "laporan"),
                ("Jumlah orang yang diskrining kesehatan jiwa di puskesmas mitra", "500", "orang"))
    # where the guests come from or go (a RS, a puskesmas) is no work of the IKI's (link33, dev26)
    assert _link(text, jiwa).decision is Decision.outside


def test_a_comparative_visit_is_no_courts_appeal():
    assert text_terms("studi banding") == text_terms("kunjungan studi banding") != text_terms("banding")


@pytest.mark.parametrize("text", ["pasien stroke td latihan jalan 40 meter", "latihan jalan 2 kg beban, 15 menit",
                                  "pelatihan berjalan 100 m pakai walker"])
def test_a_length_or_a_mass_is_no_count_of_training_hours(text):
    jpl = IkiDraft(indikator="Jumlah jam pelatihan (JPL) yang diikuti", target="20", satuan="JPL")
    assert _quantity(text, jpl) is None
    assert _quantity("ikut pelatihan manajemen nyeri 8 JPL", jpl) == 8


def test_a_count_in_the_iki_own_unit_of_length_still_counts():
    pipes = IkiDraft(indikator="Jumlah meter pipa air bersih yang terpasang", target="500", satuan="meter")
    assert _quantity("pasang pipa air bersih 40 meter", pipes) == 40


@pytest.mark.parametrize("text", ["rapat komite keperawatan", "rapat komkep bahas kredensial"])
def test_the_nursing_committee_names_no_nurse_an_iki_counts(text):
    icu = _skp(("Persentase kepatuhan pelaksanaan bundle VAP", "90", "%",
                "Asuhan keperawatan pasien ventilator sesuai bundle pencegahan VAP"),
               ("Angka kejadian CLABSI per 1000 hari kateter", "2", "per 1000"),
               ("Persentase transfer pasien keluar ICU dengan serah terima SBAR lengkap", "95", "%"),
               ("Jumlah perawat baru yang lulus uji kompetensi ventilator setelah preceptorship", "6", "orang",
                "Perawat baru di ICU kompeten menangani ventilator"),
               ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))
    # Sastrawi stems «keperawatan» and «perawat» alike; the komite is a body of its own (link33, dev23)
    found = _link(text, icu)
    assert not (found.decision is Decision.link and found.candidates[0].number == 4), found


@pytest.mark.parametrize("text", ["monitoring TL itu mulai tgl 6 bukan 5", "yg monitoring TL tgl 7 bukan 5 ya",
                                  "rekomendasinya 14 bukan 12"])
def test_a_number_set_against_another_puts_an_earlier_entry_right_without_a_word_of_mistake(text):
    # «N bukan M» says by itself that M, written before, was wrong (link33, dev26 «supervisi NTT itu mulai tgl 6
    # bukan 5»): the entry holding M keeps its IKI, whatever the line's other words match
    earlier = [_kept("c1", "2026-04-05", "5-7 apr monitoring TL temuan di 3 satker", 2),
               _kept("c2", "2026-04-06", "reviu 12 laporan keuangan satker", 3)]
    found = _continued(text, earlier)
    assert (found.decision, found.why) == (Decision.link, "koreksi"), found
    assert found.candidates[0].number == (3 if "rekomendasi" in text else 2)


@pytest.mark.parametrize("text", ["supervisi itu mulai tgl 6 bukan 5", "rapatnya tanggal 12 bukan 11"])
def test_a_day_put_right_is_no_quantity(text):
    iki = IkiDraft(indikator="Jumlah kegiatan supervisi yang dilaksanakan", target="12", satuan="kegiatan")
    assert _quantity(text, iki) is None
    assert _quantity("eh salah, supervisinya 6 bukan 5", iki) == 6


def test_bukan_before_a_number_alone_is_no_correction():
    # a number after «bukan» with none set against it is what the work was not: no earlier entry put right
    earlier = [_kept("c1", "2026-04-06", "reviu 5 laporan keuangan satker", 3)]
    assert _continued("monitoring TL temuan, bukan 5 satker tp unit kerja", earlier).why != "koreksi"


FISIOTERAPI = _skp(
    ("Persentase pasien fisioterapi rawat jalan yang mencapai target fungsional", "80", "%",
     "Layanan fisioterapi rawat jalan dilakukan sesuai standar"),
    ("Jumlah pasien pasca stroke yang mendapat program latihan di rumah", "60", "pasien",
     "Program latihan di rumah bagi pasien pasca stroke tersusun"),
    ("Indeks kepuasan pasien rehabilitasi medik", "85", "indeks"),
    ("Jumlah jam pelatihan (JPL) yang diikuti", "20", "JPL"),
)


@pytest.mark.parametrize("text", ["evaluasi ROM lutut 4 pasien", "ukur keseimbangan & kekuatan otot pasien pasca op",
                                  "tes 6MWT 2 pasien PPOK, jarak tempuh naik", "hitung indeks barthel pasien baru"])
def test_a_functional_measure_names_the_iki_of_functional_targets(text):
    # what a physiotherapy patient can do (walking, balance, ROM, Barthel) is how its functional goal is measured
    # (link33, dev26)
    _offered_first(text, FISIOTERAPI, 1)


def test_walking_training_of_a_stroke_patient_is_never_the_home_program_silently():
    # «latihan jalan 40 meter»: a functional measure as much as a stroke patient's exercise; the home program is
    # not named, so the user says which
    found = _link("pasien stroke td latihan jalan 40 meter", FISIOTERAPI)
    assert found.decision is Decision.ask and {1, 2} <= {c.number for c in found.candidates}, found


@pytest.mark.parametrize("text", ["zoom koordinasi dinkes prov", "telpon dinas kesehatan kab soal jadwal",
                                  "audiensi ke dinkes kota"])
def test_the_party_acting_on_an_iki_result_is_no_sign_of_its_work(text):
    # «… yang ditindaklanjuti dinkes»: dinkes acts on the IKI's result; a line naming only dinkes met the same body
    # for any work, so it asks (hanya mitra IKI) rather than link silently
    skp = _skp(("Persentase sampel dahak rujukan diperiksa TCM dalam 2 hari", "90%"),
               ("Jumlah kasus indeks TB dengan investigasi kontak tuntas", "40", "kasus indeks"),
               ("Persentase rekomendasi kajian TB yang ditindaklanjuti dinkes", "80%"),
               ("Jumlah kajian epidemiologi TB yang siap dipublikasikan", "2", "kajian"))
    assert _link(text, skp).decision is not Decision.link


def test_a_line_naming_the_iki_result_beside_the_party_still_links():
    skp = _skp(("Persentase rekomendasi kajian TB yang ditindaklanjuti dinkes", "80%"),
               ("Jumlah kasus indeks TB dengan investigasi kontak tuntas", "40", "kasus indeks"),
               ("Jumlah dashboard pemantauan kasus yang digunakan pimpinan", "2", "dashboard"))
    _linked("kirim 3 rekomendasi kajian ke dinkes", skp, 1)
    assert _link("rapat sama pimpinan", skp).decision is not Decision.link


FACILITIES = _skp(("Persentase pemeliharaan preventif sarana non-medis yang terlaksana sesuai jadwal", "95%", "persen",
              "Sarana dan prasarana RS terpelihara dan siap pakai"),
             ("Rata-rata waktu respon penanganan laporan kerusakan sarana", "30", "menit",
              "Gangguan sarana ditangani tepat waktu"),
             ("Jumlah work order perbaikan yang diselesaikan", "600", "work order", "Kebutuhan perbaikan terdata"))


@pytest.mark.parametrize("text", ["ganti pipa air di dapur", "benerin pipa bocor toilet lt 2",
                                  "lanjut ganti kran air wastafel poli"])
def test_a_broken_facility_is_the_damage_iki_s_as_much_as_the_preventive_one_s(text):
    # «pipa», «kran», «toilet» are what a report of kerusakan sarana is about as much as what preventive maintenance
    # of sarana dan prasarana keeps: the preventive IKI is no silent answer
    assert _link(text, FACILITIES).decision is not Decision.link


def test_the_unit_any_count_of_a_thing_is_written_in_sets_no_iki_apart():
    # «812 NUP dicek»: NUP is the unit every count of BMN is written in, not work of the IKI whose satuan it is
    bmn = _skp(("Persentase BMN yang tercatat dengan kondisi mutakhir di SIMAK-BMN", "95%"),
               ("Jumlah rekonsiliasi BMN semesteran dengan KPKNL tanpa selisih", "2", "rekonsiliasi"),
               ("Jumlah BMN yang ditetapkan status penggunaannya", "500", "NUP"))
    for text in ("inventarisasi BMN gedung B, 812 NUP dicek", "labeling BMN ruang rapat, 40 NUP",
                 "cek fisik BMN lt 3, 120 NUP"):
        found = _link(text, bmn)
        assert found.decision is not Decision.link and {c.number for c in found.candidates} >= {1, 3}, (text, found)
    # the IKI's own work named still links
    _linked("penetapan status penggunaan 40 NUP BMN", bmn, 3)


def test_a_part_won_only_just_while_another_iki_names_its_own_thing_is_no_silent_link():
    # «rekap istitaah … jemaah»: istitaah is IKI 1's alone, and jemaah weighs more toward IKI 2 only because IKI 1
    # names «jemaah haji»; with the other part plainly IKI 2's, one link would file IKI 1's work under IKI 2
    haji = _skp(("Persentase jemaah haji dengan pemeriksaan istitaah kesehatan tuntas sebelum pelunasan", "90%"),
                ("Persentase kabupaten/kota yang menginput data pemeriksaan jemaah ke Siskohatkes tepat waktu",
                 "90%"),
                ("Jumlah petugas kesehatan haji yang lulus pelatihan terpadu", "300", "orang"),
                ("Persentase rekomendasi evaluasi kesehatan haji yang ditindaklanjuti", "80%"))
    for text in ("rekap istitaah prov jateng 1.800 jemaah + follow up kab yg blm input siskohatkes",
                 "cek istitaah 200 jemaah, trus follow up kab yg telat input siskohatkes",
                 "skrining istitaah 150 jemaah + kejar kab yg blm entri siskohatkes"):
        found = _link(text, haji)
        assert found.decision is Decision.ask and {c.number for c in found.candidates} >= {1, 2}, (text, found)


@pytest.mark.parametrize("text", ["rekap LOS pasien IGD bulan april", "hitung LOS IGD minggu ini",
                                  "analisis length of stay IGD maret"])
def test_length_of_stay_said_in_english_is_the_lama_tinggal_iki(text):
    igd = _skp(("Persentase pasien IGD dengan waktu tanggap 5 menit atau kurang", "90%"),
               ("Persentase pasien IGD dengan lama tinggal kurang dari 6 jam", "80%"),
               ("Persentase perawat IGD dengan sertifikat BTCLS aktif", "100%"),
               ("Jumlah dialog kinerja dengan perawat pelaksana yang terdokumentasi", "12", "dialog"))
    _linked(text, igd, 2)


@pytest.mark.parametrize("text", ["MoU komitmen dg 3 agen pelayaran + inspeksi P3K kapal tongkang",
                                  "ttd komitmen sm 2 agen kapal + cek P3K kapal ikan"])
def test_of_two_pieces_of_work_the_first_named_is_offered_first(text):
    # a line names its main work first: asked between the komitmen IKI and the P3K one, the komitmen comes first
    port = _skp(("Persentase kapal datang dengan obat dan alkes P3K yang diperiksa sesuai standar", "95%", "persen",
                 "Obat dan alkes yang masuk melalui pelabuhan diawasi sesuai ketentuan"),
                ("Persentase temuan obat ilegal/kedaluwarsa di kapal yang ditindaklanjuti dalam 3 hari", "90%",
                 "persen", "Pelanggaran ditindaklanjuti"),
                ("Rata-rata waktu penerbitan Ship Sanitation Certificate", "2", "jam",
                 "Sertifikat kesehatan kapal diterbitkan tepat waktu"),
                ("Jumlah pelaku usaha pelabuhan yang menandatangani komitmen pengawasan obat", "20", "pelaku usaha",
                 "Jejaring pengawasan pelabuhan berjalan"))
    found = _link(text, port)
    assert found.decision is Decision.ask and [c.number for c in found.candidates[:2]] == [4, 1], (text, found)


def test_answering_the_offices_survey_of_its_employees_is_office_life():
    # link49, dev31: «ngisi kuesioner survei budaya kerja dr biro OSDM» asked between two kesehatan kerja IKI
    kesja = _skp(("Jumlah kabupaten/kota yang didampingi pembentukan Pos Upaya Kesehatan Kerja (Pos UKK)", "6",
                  "kab/kota"),
                 ("Jumlah kabupaten/kota yang didampingi penerapan Gerakan Pekerja Perempuan Sehat Produktif (GP2SP)",
                  "6", "kab/kota"),
                 ("Persentase puskesmas yang melaporkan kasus penyakit akibat kerja", "80", "%"),
                 ("Jumlah NSPK kesehatan kerja yang ditetapkan", "2", "NSPK"))
    assert _link("ngisi kuesioner survei budaya kerja dr biro OSDM", kesja).decision is Decision.outside
    # an IKI naming the survey keeps it its work
    osdm = _skp(("Indeks budaya kerja pegawai dari survei budaya kerja", "80", "indeks"),
                ("Jumlah agen perubahan yang dilatih", "30", "orang"))
    assert _link("olah hasil survei budaya kerja 2026 per unit", osdm).decision is not Decision.outside
