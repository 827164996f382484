"""logbook35b (tester54 F7, F8): an auditor's logbook. Work that meets a party only an IKI's work has («dgn auditi»)
or names its findings («temuan») is asked about with those IKI, never filed di luar SKP silently; a line of two
pieces of work, each another IKI's, offers to be kept as two entries."""

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.linking import Decision
from tests.linked_lines import read_lines

AUDITOR = SkpDraft(iki=[
    IkiDraft(indikator="Persentase rekomendasi hasil audit kinerja satker yang ditindaklanjuti", target="90", satuan="%"),
    IkiDraft(indikator="Persentase rekomendasi hasil reviu LK semesteran dan tahunan yang ditindaklanjuti",
             target="100", satuan="%"),
    IkiDraft(indikator="Jumlah LHA audit kinerja yang selesai tepat waktu", target="12", satuan="LHA"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85"),
    IkiDraft(indikator="Jumlah pedoman reviu LK yang disusun", target="1", satuan="pedoman"),
    IkiDraft(indikator="Persentase satker yang menyampaikan LK tepat waktu", target="95", satuan="%")])


@pytest.mark.parametrize("text", ["rapat pembahasan temuan dgn auditi RSUD Dr Soetomo",
                                  "rapat pembahasan temuan dgn auditi RSUP Sardjito",
                                  "rapat dgn auditi RSUD Dr Soetomo"])
def test_work_met_with_the_auditi_asks_with_the_audit_iki(text):
    """«auditi» is whom the meeting was with (side_people, left out of the line's own terms) and «temuan» stems onto
    no IKI's word: the line matched nothing and was filed di luar SKP. The party met is an audit's own: ask."""
    reading = read_lines(text, skp=AUDITOR)
    assert reading.link.decision is Decision.ask, reading.link
    assert {c.number for c in reading.link.candidates[:2]} == {1, 3}, reading.link


@pytest.mark.parametrize("text", ["senam pagi bersama", "rapat dgn vendor katering soal menu", "donor darah di kantor"])
def test_office_life_and_parties_of_no_iki_stay_outside(text):
    assert read_lines(text, skp=AUDITOR).link.decision is Decision.outside


def test_a_meeting_is_no_finding():
    """«pertemuan» (a meeting) is kept whole: never the «temu» of an audit's findings the audit IKI cover."""
    reading = read_lines("pertemuan dgn kepala dinas", skp=AUDITOR)
    assert reading.link.decision is Decision.outside, reading.link
