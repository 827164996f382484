"""Linking set 37's silent wrong links, as classes: a line whose work, named first, matches no IKI shares only one
later word of its field with one («triase IGD mata» beside an eye screening IKI) is asked, never linked; a line
of two pieces of work, the first with a number of its own, joined by «, sama» before a name and its count, is asked
with the first piece's IKI first (or linked there, the second kept apart), never linked by the second's count."""

from bot.models import IkiDraft, SkpDraft
from bot.year.linking import Decision
from tests.linked_lines import read_lines

MATA = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah operasi katarak yang dilakukan", target="400", satuan="operasi"),
    IkiDraft(indikator="Jumlah peserta bakti sosial skrining mata", target="900", satuan="orang"),
    IkiDraft(indikator="Rata-rata waktu tunggu operasi katarak", target="14", satuan="hari"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")])

KIA = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah bayi yang mendapat imunisasi dasar lengkap", target="300", satuan="bayi"),
    IkiDraft(indikator="Persentase ibu nifas yang mendapat kunjungan nifas lengkap", target="90", satuan="persen"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")])


def test_work_named_first_matching_no_iki_is_asked_over_one_shared_word_after_it():
    for text in ("triase IGD mata tadi malam", "visite rawat inap mata pagi"):
        assert read_lines(text, skp=MATA).link.decision is Decision.ask
    # the IKI's own work named still links
    assert read_lines("bakti sosial skrining mata 120 peserta", skp=MATA).link.decision is Decision.link


def test_two_pieces_joined_by_sama_before_a_counted_name_are_asked_first_piece_first():
    reading = read_lines("kunjungan nifas 3 rumah, sama BIAS 14 bayi di SD", skp=KIA)
    assert reading.link.candidates[0].number == 2
    assert reading.link.decision is Decision.ask or reading.link.second == "BIAS 14 bayi di SD"
