"""Linking (year38, dev38's misses as classes): a word cut short in chat is the SKP's word it opens; a count of the
people an IKI counts, with nothing of its work, asks; a share of cases told toward an average time asks."""

from datetime import date

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.line import line
from bot.year.linking import Decision, link
from bot.year.respell import respelled

DAY = date(2026, 9, 16)


def _link(text: str, skp: SkpDraft):
    ln = line(text)
    return link(ln, read_date(ln, DAY)[1], skp)


def _skp(*rows: str) -> SkpDraft:
    return SkpDraft(iki=[IkiDraft(indikator=r) for r in rows])


def test_a_word_cut_short_is_the_one_skp_word_it_opens():
    texts = ("Jumlah pemeriksaan elektrokardiografi pasien rawat jalan",)
    assert respelled(line("hari ini elektrokardio 7 pasien"), texts).toks[2] == "elektrokardiografi"
    # too short a cut, or one opening two words, stays as typed
    assert respelled(line("elektro 7 pasien"), texts).toks[0] == "elektro"
    two = texts + ("Jumlah alat elektrokardiograf yang dikalibrasi",)
    assert respelled(line("elektrokardio 7 pasien"), two).toks[0] == "elektrokardio"


def test_a_count_of_people_alone_asks_instead_of_linking():
    skp = _skp("Jumlah ibu hamil yang mendapat pendampingan gizi oleh kader",
               "Persentase balita gizi buruk yang dirujuk tepat waktu",
               "Jumlah keluarga yang mendapat kunjungan rumah pemantauan tumbuh kembang")
    found = _link("whatsapp 5 keluarga yg anaknya ga dateng posyandu", skp)
    assert found.decision is Decision.ask
    # the IKI's own work named with the count links as before
    assert _link("kunjungan rumah 5 keluarga pantau tumbuh kembang", skp).decision is Decision.link


def test_a_share_of_cases_toward_an_average_time_asks():
    skp = SkpDraft(iki=[IkiDraft(indikator="Jumlah konsultasi gizi daring yang dilayani", target="400",
                                 satuan="konsultasi"),
                        IkiDraft(indikator="Rata-rata waktu balas konsultasi gizi daring", target="30", satuan="menit"),
                        IkiDraft(indikator="Indeks kepuasan pengguna layanan gizi daring", target="4", satuan="indeks")])
    found = _link("konsultasi gizi daring 5/6 pertanyaan udh dibalas", skp)
    assert found.decision is Decision.ask and {c.number for c in found.candidates} >= {1, 2}
    # the time told links as before
    assert _link("balas konsultasi gizi daring rata2 25 menit", skp).decision is Decision.link


def test_words_of_a_reason_never_make_one_iki_cover_the_others():
    skp = SkpDraft(iki=[IkiDraft(indikator="Rata-rata waktu respons rujukan masuk di SISRUTE", target="15",
                                 satuan="menit"),
                        IkiDraft(indikator="Persentase rujukan masuk yang diterima sesuai kompetensi", target="85",
                                 satuan="persen"),
                        IkiDraft(indikator="Jumlah faskes perujuk yang dibina penggunaan SISRUTE", target="20",
                                 satuan="faskes"),
                        IkiDraft(indikator="Jumlah rujuk balik yang dikirim ke faskes perujuk", target="600",
                                 satuan="rujukan")])
    found = _link("hubungi puskesmas perujuk karena pasien datang tanpa surat rujukan", skp)
    assert found.decision is Decision.ask and {c.number for c in found.candidates} >= {3, 4}
