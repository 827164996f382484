"""A question asked on thin evidence links after all when the line names the best IKI's result whole (the thing it
counts and what its text says is done to it) and of every other IKI only what the best's words name too (link49,
tester48 P1-6: «periksa 45 sampel PCR TB» asked between the count of samples examined and a share of results sent
on time, every day)."""

from datetime import date

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.iki_profile import own_act, skp_terms
from bot.year.line import line
from bot.year.line_terms import line_terms
from bot.year.link_rivals import names_result, result_alone
from bot.year.linking import Decision, link


def _skp(*rows: tuple[str, str, str]) -> SkpDraft:
    return SkpDraft(iki=[IkiDraft(indikator=i, target=t, satuan=s) for i, t, s in rows])


def _link(text: str, skp: SkpDraft):
    ln = line(text)
    return link(ln, read_date(ln, date(2026, 4, 15))[1], skp)


LAB = _skp(("Jumlah sampel yang diperiksa di laboratorium", "2400", "sampel"),
           ("Persentase hasil pemeriksaan sampel yang dikirim tepat waktu", "95", "%"),
           ("Persentase sampel ditolak", "2", "%"),
           ("Jumlah sertifikat hasil kalibrasi alat laboratorium", "20", "sertifikat"),
           ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))

KRITIS = _skp(("Persentase hasil pemeriksaan laboratorium cito yang dilaporkan dalam waktu kurang dari 1 jam", "90", "%"),
              ("Persentase nilai kritis yang dilaporkan ke ruang rawat dalam waktu kurang dari 30 menit", "95", "%"),
              ("Jumlah ruang rawat yang menerima notifikasi nilai kritis otomatis", "6", "ruang"),
              ("Nilai Indeks Profesionalitas ASN", "82", "nilai"))


def test_an_iki_act_is_the_first_word_of_what_is_done_to_its_thing():
    assert own_act(LAB.iki[0]) == "periksa"
    assert own_act(LAB.iki[1]) == "kirim"  # «hasil pemeriksaan» is the thing the share counts, not its act
    assert own_act(_skp(("Jumlah linen baru yang dijahit dan siap edar", "1", "potong")).iki[0]) == "jahit"
    assert own_act(LAB.iki[3]) is None  # nothing is done to the certificates in its text


def test_a_count_of_the_things_the_iki_examines_links_to_it_not_to_the_share_of_results_sent():
    for text in ("kemarin periksa 80 sampel rujukan dari RS", "senin periksa 60 sampel TCM",
                 "hr ini periksa 45 sampel PCR TB"):
        found = _link(text, LAB)
        assert found.decision is Decision.link and found.candidates[0].number == 1, text
        assert found.why == "hasil disebut"


def test_naming_the_thing_without_the_iki_act_still_asks():
    found = _link("kemarin terima 80 sampel rujukan dari RS", LAB)  # received, not examined: any IKI of samples
    assert found.decision is Decision.ask


def test_a_line_naming_the_result_of_the_close_iki_alone_names_it_alone():
    ln = line("td lapor 2 nilai kritis ke bangsal anak lewat telepon")
    found_in, profiles = skp_terms(KRITIS, None, False)
    words = line_terms(ln, read_date(ln, date(2026, 4, 15))[1])
    assert result_alone(words, profiles, found_in, KRITIS, 1, words)
    assert not result_alone(words, profiles, found_in, KRITIS, 2, words)  # the notifications' thing, not their act


def test_another_iki_named_by_a_term_the_best_lacks_keeps_the_question():
    ln = line("td lapor 2 nilai kritis ke bangsal anak, notifikasi otomatis mati")
    w = read_date(ln, date(2026, 4, 15))[1]
    found_in, profiles = skp_terms(KRITIS, None, False)
    words = line_terms(ln, w)
    assert names_result(words, profiles[1], found_in[1], KRITIS.iki[1])
    assert not result_alone(words, profiles, found_in, KRITIS, 1, words)  # «notifikasi otomatis» is only the third's


def test_two_iki_whose_results_are_both_named_are_no_answer():
    skp = _skp(("Jumlah sertifikat kalibrasi yang diterbitkan", "200", "sertifikat"),
               ("Persentase sertifikat kalibrasi yang terbit paling lambat 10 hari kerja", "90", "%"))
    ln = line("sertifikat yg terbit hari ini 62")
    found_in, profiles = skp_terms(skp, None, False)
    words = line_terms(ln, read_date(ln, date(2026, 4, 15))[1])
    assert all(names_result(words, profiles[i], found_in[i], skp.iki[i]) for i in (0, 1))
    assert not result_alone(words, profiles, found_in, skp, 0, words)
    assert not result_alone(words, profiles, found_in, skp, 1, words)


def test_the_act_named_only_in_a_side_phrase_is_no_result_named():
    found = _link("kemarin 80 sampel rujukan dari RS buat periksa", LAB)  # what they came for, not what was done
    assert found.decision is Decision.ask and found.why != "hasil disebut"


def test_a_close_question_stays_a_question_though_the_best_result_is_named():
    # link49: two IKI close («dua dekat») linked this way raised a holdout's silent wrong links; they still ask
    found = _link("td lapor 2 nilai kritis ke bangsal anak lewat telepon", KRITIS)
    assert found.decision is Decision.ask and found.candidates[0].number == 2


KKP = SkpDraft(iki=[IkiDraft(indikator=i, target=t, satuan=s, rhk=r) for i, t, s, r in (
    ("Persentase kapal kedatangan luar negeri yang diperiksa faktor risiko kesehatannya", "95", "persen",
     "Pengawasan alat angkut dan orang yang datang dari luar negeri di pelabuhan dilaksanakan sesuai standar IHR"),
    ("Jumlah sertifikat sanitasi kapal (SSCEC/SSCC) yang diterbitkan sesuai standar", "240", "sertifikat",
     "Dokumen kesehatan kapal diterbitkan sesuai standar dan tepat waktu"),
    ("Jumlah pelaku perjalanan yang mendapat vaksinasi internasional dan ICV", "1200", "orang",
     "Pelaku perjalanan internasional terlindungi melalui vaksinasi internasional"),
    ("Persentase pengamatan vektor dan binatang pembawa penyakit di perimeter pelabuhan yang dilaksanakan sesuai "
     "jadwal", "100", "persen", "Faktor risiko lingkungan di wilayah perimeter pelabuhan terkendali"),
    ("Nilai Indeks Profesionalitas ASN", "85", "nilai",
     "Indeks Profesionalitas ASN yang optimal dicapai sesuai ketentuan dan target yang ditetapkan"),
    ("Persentase penerbitan PHQC kapal yang diproses melalui aplikasi SINKARKES", "80", "persen",
     "Layanan clearance kesehatan kapal secara elektronik diterapkan untuk mempercepat layanan (Beyond)"))])


def test_a_thin_lead_links_when_the_line_names_the_best_result_whole():
    # «selisih tipis» before: the certificate IKI led the PHQC one only by what its own words name
    found = _link("kmrn terbit SSCEC 3 kapal ikan", KKP)
    assert found.decision is Decision.link and found.candidates[0].number == 2 and found.why == "hasil disebut"
