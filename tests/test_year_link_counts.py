"""A logbook line's number toward a count IKI beside a share of the same things (ylink37): the count IKI sums the
logbook's counts, the share's realisasi is the quarter's ratio."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.entry_numbers import quantity
from bot.year.line import line
from bot.year.linking import Decision, link


def _skp(*rows: tuple[str, str, str]) -> SkpDraft:
    return SkpDraft(iki=[IkiDraft(indikator=i, target=t, satuan=s) for i, t, s in rows])


def _link(text: str, skp: SkpDraft, today: date = date(2026, 4, 8)):
    ln = line(text)
    return link(ln, read_date(ln, today)[1], skp)


LAB = _skp(("Persentase hasil pemeriksaan sampel TB TCM yang dilaporkan sesuai standar turn around time (TAT)", "90",
            "%"),
           ("Jumlah sampel TCM", "3000", "sampel"),
           ("Rata-rata waktu input SITB", "24", "jam"),
           ("Persentase parameter uji profisiensi dengan hasil memuaskan", "90", "%"),
           ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))

GIZI = _skp(("Persentase formulir skrining gizi pasien rawat inap yang diverifikasi dalam 1x24 jam", "90", "%"),
            ("Jumlah formulir skrining gizi", "1200", "formulir"),
            ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))


@pytest.mark.parametrize("text", ["periksa 42 sampel TCM hr ini", "38 sampel TCM selesai & terlapor",
                                  "hari ini periksa 50 sampel TCM", "31 sampel TCM sdh dilaporkan semua",
                                  "28 sampel TCM, reagen menipis"])
def test_a_count_of_what_a_count_iki_counts_links_to_it(text):
    found = _link(text, LAB)
    assert found.decision is Decision.link and found.candidates[0].number == 2, found


@pytest.mark.parametrize("text", ["isi 30 formulir skrining gizi hari ini", "15 formulir skrining gizi diverifikasi",
                                  "30 formulir skrining gizi selesai diisi"])
def test_the_same_reading_in_another_skp(text):
    found = _link(text, GIZI)
    assert found.decision is Decision.link and found.candidates[0].number == 2, found


@pytest.mark.parametrize("text", ["rekap TAT minggu lalu: 3 sampel lewat TAT krn listrik padam",
                                  "7 sampel TCM telat TAT krn alat error"])
def test_a_count_naming_the_shares_condition_stays_the_shares(text):
    # the condition the share measures («lewat TAT») is its work, not the count's
    found = _link(text, LAB)
    assert found.candidates[0].number == 1, found


def test_a_count_iki_whose_thing_is_only_partly_named_takes_no_number():
    # «42 px» is no count of «pasien terskrining qSOFA»: the triage share keeps it
    igd = _skp(("Persentase pasien IGD yang ditriase dalam waktu kurang dari 5 menit sejak kedatangan", "90", "%"),
               ("Jumlah pasien terskrining qSOFA di triase", "500", "pasien"))
    found = _link("triase ATS shift pagi 42 px", igd)
    assert not (found.decision is Decision.link and found.candidates[0].number == 2), found


def test_a_count_iki_with_a_predicate_takes_no_share_of_a_bare_count():
    # «Jumlah set … yang diinventarisasi ulang»: packing sets is not that count's work
    cssd = _skp(("Persentase permintaan set instrumen steril yang terpenuhi sesuai jadwal operasi", "95", "%"),
                ("Jumlah set instrumen yang diinventarisasi ulang dan dilengkapi", "300", "set"))
    found = _link("packing 35 set instrumen utk OK besok", cssd)
    assert found.why != "hitungan IKI jumlah", found


@pytest.mark.parametrize("text", ["ikut PT (uji profisiensi) TCM dari BBLK, sampel PT sdh dikerjakan",
                                  "ikut uji profisiensi TCM dari BBLK", "ikut uji profisiensi putaran 2"])
def test_taking_part_in_work_another_iki_names_whole_is_no_learning_event(text):
    # «uji profisiensi» is the proficiency IKI's own term: its «uji» is not the «uji kompetensi» of IP ASN
    found = _link(text, LAB)
    assert found.why not in ("belajar", "belajar atau kerja") and found.candidates[0].number != 5, found
    assert 4 in [c.number for c in found.candidates], found


def test_a_competence_test_taken_part_in_is_still_learning():
    found = _link("ikut uji kompetensi analis", LAB)
    assert found.decision is Decision.link and found.candidates[0].number == 5, found


HD = _skp(("Jumlah tindakan hemodialisis sesuai SPO", "1400", "tindakan"),
          ("Persentase pasien HD tanpa komplikasi intradialisis", "90", "%"),
          ("Persentase pasien HD yang hadir sesuai jadwal", "95", "%"),
          ("Jumlah pasien HD dengan pemantauan akses vaskular terdokumentasi", "60", "pasien"),
          ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))

FISIO = _skp(("Jumlah tindakan fisioterapi", "2000", "tindakan"),
             ("Jumlah pasien stroke yang mendapat fisioterapi dalam 48 jam", "150", "pasien"),
             ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))


@pytest.mark.parametrize("text", ["hari ini hd delapan pasien shift dua lancar", "HD 6 pasien", "hemodialisis 4 pasien",
                                  "cuci darah 7 pasien shift pagi"])
def test_a_procedure_given_to_patients_counts_the_procedures(text):
    # link40: «HD 8 pasien» is 8 tindakan HD, no patients of the IKI whose patients have their access monitored
    found = _link(text, HD)
    assert found.decision is Decision.link and found.candidates[0].number == 1, found


@pytest.mark.parametrize("text", ["pantau akses vaskular 4 pasien HD", "edukasi 5 pasien HD"])
def test_patients_of_other_work_stay_off_the_procedure_count(text):
    assert _link(text, HD).candidates[0].number != 1


def test_patients_named_as_another_iki_counts_them_are_no_procedure_count():
    # every word of the patients' IKI named: the number cannot tell the procedures from those patients
    assert _link("fisioterapi 5 pasien stroke", FISIO).decision is not Decision.link or \
        _link("fisioterapi 5 pasien stroke", FISIO).candidates[0].number == 2


@pytest.mark.parametrize("text, want", [
    ("balik kerja. 50 sampel numpuk, selesai 46 hari ini", 46),
    ("50 sampel TCM numpuk, 46 udh beres", 46),
    ("30 sampel TCM antri, dikerjakan 25 sampel TCM", 25),
    ("hari ini 60 sampel TCM menumpuk krn alat error, yg selesai 40", 40),
])
def test_a_count_of_work_waiting_is_no_work_done_and_the_part_done_is_counted(text, want):
    # Y02: «50 sampel numpuk» is a backlog; the bare count after it is the part of it done
    ln = line(text)
    found = link(ln, read_date(ln, date(2026, 5, 18))[1], LAB)
    assert found.decision is Decision.link and found.candidates[0].number == 2, found
    assert quantity(ln, read_date(ln, date(2026, 5, 18))[1], LAB.iki[1]) == want


def test_a_bare_count_after_a_backlog_naming_others_is_not_the_part_done():
    ln = line("50 sampel TCM numpuk, 3 analis sakit")
    assert quantity(ln, read_date(ln, date(2026, 5, 18))[1], LAB.iki[1]) is None


@pytest.mark.parametrize("text", ["selesai 46 sampel hari ini", "hari ini 39 sampel, lancar"])
def test_a_count_of_the_things_both_a_count_and_its_share_measure_is_the_counts(text):
    # «sampel» alone: the share measures the same TCM samples, and a share never takes a day's count
    found = _link(text, LAB)
    assert found.decision is Decision.link and found.candidates[0].number == 2, found


@pytest.mark.parametrize("text", ["kmrn perbaiki 18 klaim pending hasil umpan balik BPJS",
                                  "hari ini kerjakan 18 klaim yg numpuk"])
def test_a_count_the_work_was_done_on_stays_the_count_beside_a_word_of_waiting(text):
    klaim = IkiDraft(indikator="Jumlah klaim BPJS yang diperbaiki sesuai umpan balik", target="400", satuan="klaim")
    ln = line(text)
    assert quantity(ln, read_date(ln, date(2026, 5, 18))[1], klaim) == 18


KALIBRASI = _skp(("Jumlah sertifikat hasil kalibrasi alat kesehatan yang diterbitkan", "800", "sertifikat"),
                 ("Persentase sertifikat kalibrasi yang terbit paling lambat 10 hari kerja", "90", "%"),
                 ("Jumlah alat ukur standar yang dikalibrasi ulang ke lab acuan", "6", "alat"),
                 ("Nilai Indeks Profesionalitas ASN", "85", "nilai"))


def test_a_number_closing_its_clause_counts_the_thing_named_before_it_beside_another_iki_s_thing():
    # link43: «…, 40 alat, sertifikat terbit 38»: the 38 are certificates, the count IKI's own thing, though «40 alat»
    # names what another IKI counts
    found = _link("kalibrasi di RS Panti Rapih 2 hari, 40 alat, sertifikat terbit 38", KALIBRASI)
    assert found.candidates[0].number == 1, found
