"""How a logbook line's acts bear on its link: a word of handling anything names no work (link36)."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.line import line
from bot.year.linking import Decision, link


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
