"""IKI sharing most words and differing in a few («Persentase sampel air …», «Persentase sampel udara …») match a
line alike on what they share; the line names its IKI by the words that set it apart (link51, link_apart)."""

from datetime import date

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.line import line
from bot.year.linking import Decision, link


def _skp(*rows: tuple[str, str, str]) -> SkpDraft:
    return SkpDraft(iki=[IkiDraft(indikator=i, target=t, satuan=s) for i, t, s in rows])


def _link(text: str, skp: SkpDraft):
    ln = line(text)
    return link(ln, read_date(ln, date(2026, 5, 12))[1], skp)


SAMPEL = _skp(("Persentase sampel air yang diuji sesuai baku mutu", "95", "%"),
              ("Persentase sampel udara yang diuji sesuai baku mutu", "95", "%"),
              ("Jumlah rekomendasi hasil uji yang disampaikan ke dinas kesehatan", "12", "rekomendasi"),
              ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))

VEKTOR = _skp(("Jumlah kabupaten/kota yang disurvei vektor malaria", "6", "kab/kota"),
              ("Jumlah kabupaten/kota yang disurvei vektor DBD", "6", "kab/kota"),
              ("Jumlah jam pelajaran pengembangan kompetensi", "20", "jam"),
              ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))


def test_a_diseases_own_vector_sets_its_survey_apart():
    # «aedes» is a vector of both rows' «vektor»; only DBD's is it its own
    found = _link("selesai survei jentik aedes di kab tapin", VEKTOR)
    assert found.decision is Decision.link and found.candidates[0].number == 2 and found.why == "kata pembeda", found
    found = _link("survei vektor di kab tapin, pasang light trap anopheles", VEKTOR)
    assert found.decision is Decision.link and found.candidates[0].number == 1, found


def test_a_line_naming_both_rows_words_still_asks():
    found = _link("uji sampel air dan udara dari puskesmas", SAMPEL)
    assert found.decision is Decision.ask, found


def test_a_setting_word_only_where_or_for_what_the_work_was_done_still_asks():
    # «aedes» here says what the survey is for, after a side marker: never which survey was done
    found = _link("survei vektor di kab tapin utk pemetaan aedes", VEKTOR)
    assert found.decision is Decision.ask, found


def test_a_line_naming_none_of_the_shared_work_still_asks():
    # no survey, no vector, no kab/kota named: the trap's catch alone may be by chance
    found = _link("pasang light trap anopheles di kebun karet", VEKTOR)
    assert found.decision is Decision.ask, found
