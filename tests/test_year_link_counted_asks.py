"""A line whose number counts what its best IKI counts names its work by that count: no question about where it was
done or whom with, only a link (link46)."""

from datetime import date

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.line import line
from bot.year.linking import Decision, link


def _skp(*rows: tuple[str, str, str]) -> SkpDraft:
    return SkpDraft(iki=[IkiDraft(indikator=i, target=t, satuan=s) for i, t, s in rows])


def _link(text: str, skp: SkpDraft):
    ln = line(text)
    return link(ln, read_date(ln, date(2026, 4, 8))[1], skp)


PROMKES = _skp(("Persentase kabupaten/kota dampingan yang memiliki regulasi Germas", "80", "persen"),
               ("Jumlah kader posyandu yang dilatih komunikasi perubahan perilaku", "120", "orang"),
               ("Jumlah media KIE yang diuji coba dan divalidasi kepada sasaran", "6", "media"),
               ("Persentase pondok pesantren dampingan dengan Pos Kesehatan Pesantren aktif", "70", "persen"),
               ("Nilai Indeks Profesionalitas ASN", "80", "nilai"),
               ("Jumlah organisasi keagamaan yang menjadi mitra penyuluhan kesehatan dengan kesepakatan tertulis",
                "4", "mitra"))


def test_a_count_of_the_best_iki_thing_links_a_line_named_by_where_and_for_whom():
    counted = _link("orientasi KAP utk 25 kader di Puskesmas Ampenan", PROMKES)
    assert counted.decision is Decision.link and counted.candidates[0].number == 2
    bare = _link("orientasi KAP utk kader di Puskesmas Ampenan", PROMKES)  # no count: where and for whom only
    assert bare.decision is Decision.ask and bare.why == "kata samping"



GIGI = SkpDraft(iki=[IkiDraft(indikator=i, target=t, satuan=s, rhk=r) for i, t, s, r in (
    ("Jumlah pasien yang mendapat tindakan konservasi gigi sesuai standar", "900", "pasien",
     "Pelayanan kesehatan gigi dan mulut rawat jalan diberikan sesuai standar"),
    ("Persentase rencana perawatan gigi pasien yang diselesaikan tuntas", "75", "persen",
     "Rencana perawatan gigi pasien diselesaikan"),
    ("Persentase kepatuhan kebersihan tangan dan sterilisasi instrumen di poli gigi", "90", "persen",
     "Pencegahan infeksi di poli gigi diterapkan"),
    ("Persentase pasien stabil yang dirujuk balik ke FKTP", "60", "persen", "Rujukan balik kasus gigi ke FKTP berjalan"),
    ("Nilai Indeks Profesionalitas ASN", "80", "nilai", "Kompetensi pegawai meningkat"),
    ("Jumlah konten edukasi kesehatan gigi yang dipublikasikan", "12", "konten",
     "Edukasi kesehatan gigi anak melalui media sosial RS"))])


def test_a_count_of_the_best_iki_thing_links_a_line_named_by_the_unit_it_is_done_in():
    counted = _link("poli sore: 5 px tambal komposit", GIGI)  # asked «hanya tempat IKI» before link46
    assert counted.decision is Decision.link and counted.candidates[0].number == 1
    assert _link("poli sore: px tambal komposit", GIGI).decision is Decision.ask
