"""Readings a logbook line's link needs beyond its words' match (link38): a learning event told bare, …"""

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


PROTOKOL = _skp(("Jumlah kegiatan pimpinan yang terlaksana sesuai tata protokol tanpa keluhan", "40", "kegiatan"),
                ("Persentase agenda pimpinan terkonfirmasi H-1", "95", "%"),
                ("Jumlah SOP keprotokolan yang ditetapkan", "2", "SOP"),
                ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))


@pytest.mark.parametrize("text", ["ikut pelatihan public speaking", "ikut webinar manajemen waktu",
                                  "ikut workshop penulisan kreatif", "pelatihan etiket bisnis"])
def test_a_learning_event_told_bare_asks_with_competence_first(text):
    # only the event's kind and its topic: it may be an event noted for the record, not the user's development
    found = _link(text, PROTOKOL)
    assert found.decision is Decision.ask and found.candidates[0].number == 4, found


@pytest.mark.parametrize("text", ["ikut pelatihan public speaking 8 JP", "ikut webinar manajemen waktu hari 2",
                                  "senin-rabu ikut workshop penulisan kreatif", "tgl 3 pelatihan etiket bisnis",
                                  "ikut e-learning etiket bisnis di plataran sehat"])
def test_a_learning_event_told_with_its_day_credit_or_platform_links_to_competence(text):
    found = _link(text, PROTOKOL)
    assert found.decision is Decision.link and found.candidates[0].number == 4, found
