"""How a logbook line's acts bear on its link: a word of handling anything names no work, «sm» may join a second
piece of work, a weekday put right is no new work (link36)."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.entry_numbers import quantity
from bot.year.line import line
from bot.year.linking import Decision, continued, link
from bot.year.models import EntryStatus, LogEntry


def _skp(*rows: tuple[str, str, str]) -> SkpDraft:
    return SkpDraft(iki=[IkiDraft(indikator=i, target=t, satuan=s) for i, t, s in rows])


def _link(text: str, skp: SkpDraft, today: date = date(2026, 8, 27)):
    ln = line(text)
    return link(ln, read_date(ln, today)[1], skp)


REKAM_MEDIS = _skp(("Persentase rekam medis rawat inap lengkap dalam 2x24 jam setelah pulang", "90", "%"),
                   ("Jumlah berkas rekam medis inaktif yang dinilai dan dialihmediakan", "2000", "berkas"),
                   ("Persentase staf instalasi dengan SKP yang disetujui tepat waktu", "100", "%"),
                   ("Nilai IP ASN", "80", "nilai"))


@pytest.mark.parametrize("text", ["ngurusin staf", "beresin berkas", "td ngurus berkas", "kerjain berkas seharian",
                                  "handle staf baru"])
def test_a_word_of_handling_anything_and_one_thing_asks(text):
    # «ngurusin staf»: which things, never which work on them; other work handles them too
    found = _link(text, REKAM_MEDIS)
    assert found.decision is Decision.ask and found.why == "urus saja", found


@pytest.mark.parametrize("text, number", [("alih media 85 berkas inaktif", 2),
                                          ("ngurus alih media 40 berkas inaktif", 2),
                                          ("beresin penilaian berkas inaktif rak D", 2)])
def test_work_named_beside_a_word_of_handling_still_links(text, number):
    # the work named (alih media, penilaian) or the line's number counting the IKI's thing still decides
    found = _link(text, REKAM_MEDIS)
    assert found.decision is Decision.link and found.candidates[0].number == number, found


SATUSEHAT = _skp(("Persentase rekam medis rawat inap lengkap dalam 2x24 jam setelah pulang", "90", "%"),
                 ("Persentase koding INA-CBG tanpa koreksi verifikator", "95", "%"),
                 ("Jumlah berkas rekam medis inaktif yang dinilai dan dialihmediakan", "2000", "berkas"),
                 ("Nilai IP ASN", "80", "nilai"),
                 ("Jumlah poliklinik yang mengirim data RME ke SATUSEHAT", "10", "poliklinik"))


@pytest.mark.parametrize("text", ["verifikasi kelengkapan rekam medis rawat inap sm aktivasi RME poli mata ke SATUSEHAT",
                                  "cek kelengkapan rekam medis ranap sama aktivasi RME poli saraf ke satusehat",
                                  "cek kelengkapan rekam medis rawat inap sm aktivasi RME poli gigi ke SATUSEHAT"])
def test_sm_before_a_second_piece_of_work_joins_it(text):
    # «sm» is «and» when the word after it names no one: two pieces of work, never one link of both; the first one's
    # IKI offered first, or linked when the first piece names its rekam medis alone, the aktivasi kept apart (link50)
    found = _link(text, SATUSEHAT)
    assert [c.number for c in found.candidates][:2] == [1, 5], found
    assert found.decision is Decision.ask or (found.decision is Decision.link and
                                             found.second.lower().startswith("aktivasi rme poli")), found


@pytest.mark.parametrize("text", ["rapat sm tim IT bahas pengiriman data RME poli ke SATUSEHAT",
                                  "zoom sm 3 poliklinik soal kirim data RME ke SATUSEHAT",
                                  "koordinasi sama Pusdatin soal data RME poliklinik ke SATUSEHAT",
                                  "bahas RME poliklinik ke SATUSEHAT sm kepala instalasi rekam medis"])
def test_sm_before_whom_the_work_was_done_with_joins_nothing(text):
    # «sm tim IT», «sm 3 poliklinik», «sama Pusdatin»: with whom, no second piece of work
    assert _link(text, SATUSEHAT).why != "dua pekerjaan"


def test_sama_inside_a_known_phrase_joins_nothing():
    kerja_sama = _skp(("Jumlah perjanjian kerja sama yang ditelaah", "12", "dokumen"),
                      ("Persentase rekomendasi hukum yang diselesaikan tepat waktu", "90", "%"))
    assert _link("telaah 4 perjanjian kerja sama dengan Pemda", kerja_sama).why != "dua pekerjaan"


BMN = _skp(("Persentase BMN yang tercatat dengan kondisi mutakhir di SIMAK-BMN", "95", "%"),
           ("Jumlah rekonsiliasi BMN semesteran dengan KPKNL tanpa selisih", "2", "rekonsiliasi"),
           ("Persentase usulan penghapusan BMN yang mendapat persetujuan", "80", "%"),
           ("Jumlah BMN yang ditetapkan status penggunaannya", "300", "NUP"))


@pytest.mark.parametrize("text", ["rapat penghapusan 60 unit laptop rusak lalu sorenya update kondisi BMN ruang rapat",
                                  "rapat penghapusan 60 unit laptop rusak, sorenya update kondisi BMN ruang rapat"])
def test_two_pieces_of_work_offer_the_first_ones_iki_first(text):
    # a line names its first piece of work first: when that part alone links to another IKI than the whole line's
    # best, that IKI is the first button
    found = _link(text, BMN)
    assert found.decision is Decision.ask and found.why == "dua pekerjaan", found
    assert found.candidates[0].number == 3, found


@pytest.mark.parametrize("text", ["cek kelengkapan rekam medis rawat inap sm aktivasi RME 3 poliklinik ke SATUSEHAT",
                                  "cek kelengkapan rekam medis rawat inap + 3 poliklinik mulai kirim data RME ke SATUSEHAT",
                                  "verifikasi kelengkapan rekam medis rawat inap trus aktivasi RME 2 poliklinik ke SATUSEHAT"])
def test_the_whole_lines_best_stays_first_when_the_number_counts_its_thing(text):
    # «… + 3 poliklinik mulai kirim data RME»: the line's number counts what the whole line's best counts, its own sign
    found = _link(text, SATUSEHAT)
    assert found.decision is Decision.ask and [c.number for c in found.candidates][:2] == [5, 1], found


PENGADUAN = _skp(("Persentase pengaduan yang diteruskan ke unit dalam 1 hari kerja", "95", "%"),
                 ("Persentase uptime aplikasi pengaduan", "99", "%"),
                 ("Jumlah dashboard analisis pengaduan yang dipakai pimpinan", "2", "dashboard"),
                 ("Nilai IP ASN", "80", "nilai"))


def _kept(entry_id: str, day: str, text: str, iki: int | None) -> LogEntry:
    return LogEntry(id=entry_id, day=date.fromisoformat(day), text=text,
                    status=EntryStatus.linked if iki else EntryStatus.outside,
                    iki=PENGADUAN.iki[iki - 1].indikator if iki else None)


@pytest.mark.parametrize("text", ["koreksi, migrasi mulai jumat bukan kamis", "eh salah, mulainya selasa bukan senin",
                                  "migrasi server itu rabu bukan kamis ya", "ralat: jumat bukan kamis"])
def test_a_weekday_put_right_takes_the_iki_of_the_entry_naming_the_old_one(text):
    # no new work: the earlier entry naming the old weekday (else the latest) is put right, its IKI kept
    earlier = [_kept("c1", "2026-03-19", "kamis kemarin sampai selasa migrasi database aduan ke server baru", 2),
               _kept("c2", "2026-03-24", "teruskan 57 aduan ke unit teknis", 1)]
    ln = line(text)
    day, w = read_date(ln, date(2026, 3, 26))
    found = continued(link(ln, w, PENGADUAN), ln, w, day, PENGADUAN, earlier)
    assert (found.decision, found.why) == (Decision.link, "koreksi"), found
    assert found.continues == ("c1" if "kamis" in text else "c2"), found


def test_a_weekday_against_a_number_is_no_weekday_put_right():
    earlier = [_kept("c1", "2026-03-19", "teruskan 57 aduan ke unit teknis", 1)]
    ln = line("dashboard tren aduan, minggu bukan 3 hari")
    day, w = read_date(ln, date(2026, 3, 26))
    assert continued(link(ln, w, PENGADUAN), ln, w, day, PENGADUAN, earlier).why != "koreksi"


@pytest.mark.parametrize("text", ["eh itu kemarin bukan hari ini", "tgl nya salah, itu minggu lalu bukan minggu ini ya",
                                  "ralat, yg tadi senin kemarin bukan hari ini", "sorry salah tanggal, kmrn bukan hari ini"])
def test_a_date_put_right_takes_the_iki_of_the_latest_entry(text):
    # «eh itu kemarin bukan hari ini»: only the date of the latest entry put right, no new work (link42)
    earlier = [_kept("c1", "2026-03-24", "teruskan 57 aduan ke unit teknis", 1),
               _kept("c2", "2026-03-26", "cek uptime aplikasi aduan pagi ini", 2)]
    ln = line(text)
    day, w = read_date(ln, date(2026, 3, 26))
    found = continued(link(ln, w, PENGADUAN), ln, w, day, PENGADUAN, earlier)
    assert (found.decision, found.why, found.continues) == (Decision.link, "koreksi", "c2"), found


@pytest.mark.parametrize("text", ["kemarin bukan aku yg teruskan aduan", "rapat kemarin bukan rapat rutin"])
def test_a_date_beside_bukan_and_no_date_against_it_puts_nothing_right(text):
    earlier = [_kept("c1", "2026-03-24", "teruskan 57 aduan ke unit teknis", 1)]
    ln = line(text)
    day, w = read_date(ln, date(2026, 3, 26))
    assert continued(link(ln, w, PENGADUAN), ln, w, day, PENGADUAN, earlier).why != "koreksi"


@pytest.mark.parametrize("text, entry", [("ralat, aduan ke unit teknis cuma 52, 5 dobel", "c1"),
                                          ("koreksi yg ke unit teknis 52, 5 dobel", "c1"),
                                          ("eh salah, jd total 3 kali down", "c2"),
                                          ("ralat: uptime cuma 97, ada 2 kali down", "c2")])
def test_a_line_opening_with_a_word_of_mistake_and_a_number_puts_a_count_right(text, entry):
    # «ralat, AMB-05 belum dicek, jd total 3»: no new work; the latest entry sharing a word with it, else the latest
    # (link42)
    earlier = [_kept("c1", "2026-03-24", "teruskan 57 aduan ke unit teknis", 1),
               _kept("c2", "2026-03-26", "cek uptime aplikasi pengaduan, 2 kali down", 2)]
    ln = line(text)
    day, w = read_date(ln, date(2026, 3, 26))
    found = continued(link(ln, w, PENGADUAN), ln, w, day, PENGADUAN, earlier)
    assert (found.decision, found.continues) == (Decision.link, entry), found
    assert found.candidates[0].number == int(entry[1]), found


@pytest.mark.parametrize("text", ["koreksi draf SOP aduan 3 bab", "koreksi 30 lembar jawaban"])
def test_a_word_of_mistake_as_the_work_puts_nothing_right(text):
    earlier = [_kept("c1", "2026-03-24", "teruskan 57 aduan ke unit teknis", 1)]
    ln = line(text)
    day, w = read_date(ln, date(2026, 3, 26))
    assert continued(link(ln, w, PENGADUAN), ln, w, day, PENGADUAN, earlier).why != "koreksi"


BANK_DARAH = _skp(("Jumlah kantong darah yang diterima dari donor sukarela", "3000", "kantong"),
                  ("Jumlah pendonor baru yang terdaftar lewat aplikasi donor darah", "150", "orang"),
                  ("Persentase permintaan darah cito yang dipenuhi dalam 1 jam", "90", "%"),
                  ("Nilai IP ASN", "85", "nilai"))


@pytest.mark.parametrize("text", ["mobile unit donor di kantor walikota, dpt 86 kantong. target 3000 setahun, baru 1.140",
                                  "donor di kampus dapat 40 kantong, targetnya 3.000 baru tercapai 1.200",
                                  "donor sukarela pagi ini 35 kantong (target 3000, sdh 1.235)"])
def test_a_target_told_beside_the_count_decides_between_the_iki_asked(text):
    # «target 3000 setahun, baru 1.140»: one offered IKI's own target, no other's: the line is about it (link42)
    found = _link(text, BANK_DARAH)
    assert found.decision is Decision.link and found.candidates[0].number == 1, found


def test_a_target_no_iki_holds_or_several_hold_decides_nothing():
    for text in ["donor di kampus dapat 40 kantong, pendonor baru target 500, baru 120",
                 "donor di kampus dapat 40 kantong, pendonor baru 12 target 90"]:
        found = _link(text, BANK_DARAH)
        assert found.why != "target IKI", found


GIZI = _skp(("Persentase pasien rawat inap berisiko malnutrisi yang mendapat asuhan gizi dalam 24 jam", "90", "%"),
            ("Jumlah pasien pulang yang mendapat konseling gizi", "600", "pasien"),
            ("Persentase sisa makanan pasien di bawah 20%", "80", "%"),
            ("Jumlah pedoman diet yang ditetapkan direktur", "4", "pedoman"),
            ("Nilai IP ASN", "82", "nilai"))


@pytest.mark.parametrize("text, first", [("revisi pedoman diet DM sm konseling 5 pasien pulang", 4),
                                         ("revisi pedoman diet ginjal trus konseling 3 pasien pulang", 4),
                                         ("susun draf pedoman diet DM, sorenya konseling 2 pasien pulang", 4),
                                         ("konseling 5 pasien pulang sm revisi pedoman diet DM", 2)])
def test_a_line_of_two_pieces_of_work_links_the_first_ones_iki(text, first):
    # a logbook line names its first work first: the IKI its first piece links to alone, though the count is the
    # second piece's; the second piece is kept aside to offer as its own entry (link52: these were asked «dua dekat»)
    found = _link(text, GIZI)
    assert found.decision is Decision.link and [c.number for c in found.candidates][:2] == [first, 6 - first], found
    assert found.why == "pekerjaan pertama" and found.second, found


PSC = _skp(("Jumlah orang awam yang dilatih bantuan hidup dasar", "200", "orang"),
           ("Persentase serah terima pasien ambulans ke IGD yang memakai format SBAR", "90", "%"),
           ("Jumlah pemeriksaan kelaikan ambulans yang didokumentasikan", "48", "pemeriksaan"),
           ("Nilai IP ASN", "85", "nilai"))


@pytest.mark.parametrize("text", ["sabtu-minggu pelatihan BHD karang taruna 30 org, senin nya audit SBAR serah terima IGD",
                                  "sabtu latih BHD 25 warga RW 03, senin audit SBAR serah terima pasien IGD",
                                  "selasa-rabu pelatihan BHD guru SD 40 org. kamisnya audit format SBAR serah terima IGD"])
def test_a_weekday_after_a_mark_opens_another_days_work(text):
    # «…, senin nya audit SBAR …»: the weekday opens the next day's piece of work, which one link would file under
    # the other's IKI silently; the first piece's IKI is offered first (link42)
    found = _link(text, PSC, date(2026, 6, 11))
    assert found.decision is Decision.ask and found.why == "dua pekerjaan", found
    assert [c.number for c in found.candidates][:2] == [1, 2], found


@pytest.mark.parametrize("text", ["konseling 5 pasien pulang, senin", "konseling 5 pasien pulang, hari senin"])
def test_a_weekday_that_dates_the_line_opens_no_work(text):
    found = _link(text, GIZI)
    assert found.decision is Decision.link and found.candidates[0].number == 2, found


KRISIS = _skp(("Persentase kejadian krisis kesehatan yang direspon kurang dari 24 jam", "90", "%"),
              ("Jumlah kabupaten/kota yang menyusun rencana kontinjensi bidang kesehatan", "15", "kab/kota"),
              ("Persentase permintaan buffer stock logistik krisis yang terkirim dalam 48 jam", "90", "%"),
              ("Nilai IP ASN", "80", "nilai"))
CSSD = _skp(("Persentase set instrumen steril yang siap sebelum jadwal operasi", "95", "%"),
            ("Persentase siklus sterilisasi dengan indikator biologis negatif", "100", "%"),
            ("Persentase realisasi anggaran instalasi sesuai rencana", "95", "%"),
            ("Jumlah unit yang memakai pelacakan instrumen barcode", "3", "unit"))


@pytest.mark.parametrize("text, skp, number", [
    # WHO's and Permenkes 75/2019's contingency plan is the rencana kontinjensi, in English too
    ("Drafted contingency plan template for Regional 3", KRISIS, 2),
    ("finalised 2 contingency plans with Ende", KRISIS, 2),
    # a system's migration and maintenance are what its uptime is kept through (ITIL availability)
    ("kamis kemarin sampai selasa migrasi database aduan ke server baru", PENGADUAN, 2),
    ("maintenance database aduan semalam", PENGADUAN, 2),
    # the RAB is the rencana anggaran biaya a budget is realised against
    ("revisi RAB msh di bagian keuangan", CSSD, 3),
    ("susun RAB kegiatan TW III", CSSD, 3)])
def test_the_domains_words_name_the_iki_they_belong_to(text, skp, number):
    found = _link(text, skp)
    assert found.decision is not Decision.outside and found.candidates[0].number == number, found


@pytest.mark.parametrize("text", ["kemarin rapat anggaran TW III sm uji coba barcode di IBS",
                                  "rapat evaluasi anggaran sm uji coba barcode di ruang OK",
                                  "bahas pagu anggaran sama pasang barcode di IBS"])
def test_a_first_piece_of_work_before_sm_naming_nothing_of_the_best_asks(text):
    # «rapat anggaran … sm uji coba barcode»: the part before «sm» names a thing the barcode IKI never names, a second
    # piece of work the link would file under it silently
    found = _link(text, CSSD)
    assert found.decision is Decision.ask and found.why == "dua pekerjaan", found


@pytest.mark.parametrize("text", ["rapat sm tim IBS soal uji coba barcode", "uji coba barcode di IBS sm kepala ruangan"])
def test_sm_before_whom_leaves_one_piece_of_work_linked(text):
    found = _link(text, CSSD)
    assert found.decision is Decision.link and found.candidates[0].number == 4, found


SURVEILANS = _skp(("Persentase sinyal SKDR yang diverifikasi dalam 24 jam", "90", "%"),
                  ("Persentase KLB yang dilakukan penyelidikan epidemiologi dalam 24 jam", "100", "%"),
                  ("Jumlah spesimen surveilans campak-rubela yang dikirim ke laboratorium rujukan", "60", "spesimen"),
                  ("Persentase puskesmas yang melaporkan SKDR mingguan tepat waktu", "90", "%"),
                  ("Jumlah dashboard peringatan dini yang dimanfaatkan unit", "2", "dashboard"))


@pytest.mark.parametrize("text", ["verifikasi 7 alert SKDR diare", "cek alert SKDR minggu 12",
                                  "td verif alert diare dr SKDR", "verifikasi alert campak kec cibinong"])
def test_an_skdr_alert_is_its_sinyal(text):
    found = _link(text, SURVEILANS)
    assert found.decision is Decision.link and found.candidates[0].number == 1, found


SURVEILANS = _skp(("Persentase sinyal SKDR yang diverifikasi dalam 24 jam", "90", "%"),
                  ("Persentase KLB yang dilakukan penyelidikan epidemiologi dalam 24 jam", "100", "%"),
                  ("Jumlah spesimen surveilans campak-rubela yang dikirim ke laboratorium rujukan", "300", "spesimen"),
                  ("Nilai IP ASN", "82", "nilai"))


def _surveilans_kept() -> list[LogEntry]:
    return [LogEntry(id=entry_id, day=date.fromisoformat(day), text=text, status=EntryStatus.linked,
                     iki=SURVEILANS.iki[iki - 1].indikator)
            for entry_id, day, text, iki in (("c1", "2026-11-02", "PE suspek difteri di kec cibinong", 2),
                                             ("c2", "2026-11-03", "spesimen campak 9 dikirim ke BBLK", 3))]


@pytest.mark.parametrize("text", ["hasil lab difteri blm keluar", "hasil PCR difteri msh nunggu",
                                  "difteri cibinong belum ada hasilnya", "konfirmasi lab difteri masih menunggu"])
def test_a_line_of_waiting_goes_on_with_the_entry_naming_what_it_waits_on(text):
    # link40: no new work, the state of the PE told before: the case no IKI names («difteri») is that entry's
    earlier = _surveilans_kept()
    ln = line(text)
    day, w = read_date(ln, date(2026, 11, 4))
    found = continued(link(ln, w, SURVEILANS), ln, w, day, SURVEILANS, earlier)
    assert found.decision is Decision.link and found.candidates[0].number == 2 and found.continues == "c1", found


@pytest.mark.parametrize("text", ["hasil lab blm keluar", "spesimen msh nunggu kurir"])
def test_a_line_of_waiting_naming_only_iki_words_is_no_continuation(text):
    # what it waits on names no earlier case apart from the IKI's own words: the entry cannot tell
    earlier = _surveilans_kept()
    ln = line(text)
    day, w = read_date(ln, date(2026, 11, 4))
    assert continued(link(ln, w, SURVEILANS), ln, w, day, SURVEILANS, earlier).why != "lanjutan"


HAJI = _skp(("Persentase jemaah haji yang diperiksa kesehatannya sebelum keberangkatan", "100", "%"),
            ("Jumlah jemaah haji yang divaksinasi meningitis", "5000", "jemaah"),
            ("Jumlah kloter yang mendapat edukasi kesehatan haji", "40", "kloter"),
            ("Nilai IP ASN", "82", "nilai"))


def _haji_kept() -> list[LogEntry]:
    return [LogEntry(id=entry_id, day=date(2026, 5, 20), text=text, status=EntryStatus.linked,
                     iki=HAJI.iki[iki - 1].indikator)
            for entry_id, text, iki in (("c1", "vaksin meningitis 3 jam 120 jemaah", 2),
                                        ("c2", "kloter 12 sama 13 udh dapet penyuluhan heat stroke", 3))]


@pytest.mark.parametrize("text, number", [("eh yg vaksin tadi 112 aja, 8 ditunda krn hamil", 112),
                                          ("eh yang vaksinasi tadi 115 jemaah aja", 115),
                                          ("oh iya yg vaksin meningitis td 110 aja", 110)])
def test_a_number_said_again_for_work_pointed_back_at_puts_that_entry_right(text, number):
    # link40: no word of mistake, but «eh» and the work named back («yg vaksin tadi») with one number: that entry's
    ln = line(text)
    day, w = read_date(ln, date(2026, 5, 20))
    found = continued(link(ln, w, HAJI), ln, w, day, HAJI, _haji_kept())
    assert (found.decision, found.candidates[0].number, found.continues) == (Decision.link, 2, "c1"), found
    assert quantity(ln, w, HAJI.iki[1]) == number


@pytest.mark.parametrize("text", ["eh yg tadi 112 aja", "vaksin meningitis tadi 112 jemaah", "eh yg rapat tadi 3 jam"])
def test_no_restated_number_without_the_work_pointed_back_at(text):
    ln = line(text)
    day, w = read_date(ln, date(2026, 5, 20))
    assert not continued(link(ln, w, HAJI), ln, w, day, HAJI, _haji_kept()).continues
