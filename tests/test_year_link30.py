"""Links the thirtieth blind set's lines need (yr47): a second piece of work joined by chat's «trs», a learning event
taken to others («bimtek … ke labkesda»), the user's people counted as those taking part («2 kru kita ikut …»)."""

from datetime import date

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.line import line
from bot.year.linking import Decision, link
from bot.year.taking_part import takes_part


def _skp(*rows: tuple[str, str, str]) -> SkpDraft:
    return SkpDraft(iki=[IkiDraft(indikator=i, target=t, satuan=s) for i, t, s in rows])


def _link(text: str, skp: SkpDraft, today: date = date(2026, 10, 7)):
    ln = line(text)
    return link(ln, read_date(ln, today)[1], skp)


def _takes_part(text: str) -> bool:
    ln = line(text)
    return takes_part(ln, read_date(ln, date(2026, 10, 7))[1])


EVAKUASI = _skp(("Persentase misi evakuasi medik udara yang diberangkatkan ≤ 6 jam sejak aktivasi", "90", "%"),
                ("Jumlah pasien yang dievakuasi via udara dalam kondisi stabil saat serah terima", "40", "pasien"),
                ("Jumlah kru yang lulus pelatihan flight nurse/kesehatan penerbangan", "10", "orang"),
                ("Persentase kelengkapan checklist alat dan obat kit udara sebelum terbang", "100", "%"),
                ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))


def test_a_second_work_joined_by_trs_asks_with_the_first_works_iki_first():
    # «trs» is chat's «terus»: the kit check is the line's first work, the teaching of the crew its second
    found = _link("pagi cek kit udara pesawat trs ngajarin simulasi CPR in-flight ke kru baru", EVAKUASI)
    assert found.decision is Decision.ask and [c.number for c in found.candidates[:2]] == [4, 3], found


def test_the_users_people_counted_taking_part_are_others_not_the_user():
    assert not _takes_part("2 kru kita ikut ujian kesehatan penerbangan di Lakespra jumat lalu, yg lulus 1")
    assert _takes_part("ikut ujian kesehatan penerbangan di Lakespra jumat lalu")
    assert _takes_part("tadi ikut e-learning analisis kebijakan dr bkpk 2 jam buat jp")  # how long, no one else
    found = _link("2 kru kita ikut ujian kesehatan penerbangan di Lakespra jumat lalu, yg lulus 1", EVAKUASI)
    assert found.decision is Decision.link and found.candidates[0].number == 3, found


def test_a_learning_event_taken_to_others_is_the_users_work():
    assert not _takes_part("bimtek PMI ke labkesda kab jember 28-29 okt")
    assert not _takes_part("sosialisasi RME ke perawat bangsal Mawar")
    assert _takes_part("bimtek PMI di Bapelkes Surabaya")  # where it was held says not who gave it
    assert _takes_part("ikut bimtek PMI ke Jakarta")  # taking part, said
    assert _takes_part("diklat penjenjangan JFA ahli madya hr ke-2")  # an ordinal, no whither
    lab = _skp(("Persentase parameter uji yang lulus uji profisiensi/PME", "90", "%"),
               ("Jumlah metode uji yang diverifikasi atau divalidasi", "6", "metode"),
               ("Jumlah laboratorium kabupaten/kota yang dibina pemantapan mutu internal (PMI)", "8", "laboratorium"),
               ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))
    found = _link("bimtek PMI ke labkesda kab jember 28-29 okt, laporannya baru sy kelarin td", lab, date(2026, 11, 4))
    assert found.decision is Decision.link and found.candidates[0].number == 3, found


HUKUM = _skp(("Jumlah rancangan Permenkes yang selesai diharmonisasi di Kementerian Hukum", "6", "rancangan"),
             ("Persentase permohonan pertimbangan hukum yang dijawab ≤ 10 hari kerja", "90", "%"),
             ("Jumlah produk hukum yang diunggah ke JDIH Kemenkes", "120", "produk hukum"),
             ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))


def test_an_acronym_of_the_skp_typed_with_two_letters_swapped_is_that_acronym():
    found = _link("upload 15 kepmenkes ke JIDH kemkes td", HUKUM, date(2026, 4, 8))
    assert found.decision is not Decision.outside and found.candidates[0].number == 3, found
    # a letter changed names another system as often: no respelling
    assert _link("upload 15 kepmenkes ke JDIK kemkes td", HUKUM, date(2026, 4, 8)).decision is Decision.outside



def test_examining_someone_elses_exam_is_outside_unless_an_iki_names_the_exam():
    forensik = _skp(("Persentase visum et repertum (VeR) yang diterbitkan ≤ 14 hari kerja", "90", "%"),
                    ("Jumlah keterangan ahli forensik yang diberikan di persidangan", "12", "keterangan"),
                    ("Persentase sampel toksikologi forensik yang dikirim dengan rantai kustodi lengkap", "95", "%"),
                    ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))
    found = _link("jd penguji OSCE koas forensik FKUI", forensik, date(2026, 3, 11))
    assert found.decision is Decision.outside, found
    ukom = _skp(("Jumlah peserta uji kompetensi kenaikan jenjang JF yang difasilitasi", "300", "orang"),
                ("Jumlah petunjuk teknis JF kesehatan yang ditetapkan", "2", "juknis"),
                ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))
    found = _link("jadi penguji uji kompetensi JF sanitarian, 40 peserta", ukom, date(2026, 3, 11))
    assert found.decision is not Decision.outside and found.candidates[0].number == 1, found
    # a team of examiners beside the user's own work is no role the user took
    xray = _skp(("Persentase foto ulang (reject rate) radiografi", "5", "%"),
                ("Jumlah pesawat sinar-X yang lulus uji kesesuaian", "6", "unit"),
                ("Nilai IP ASN", "80", "nilai"))
    found = _link("senin-rabu dampingi uji kesesuaian 2 pesawat xray sm tim penguji", xray, date(2026, 3, 12))
    assert found.decision is Decision.link and found.candidates[0].number == 2, found
