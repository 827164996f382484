"""logbook35b (tester54 F7, F8): an auditor's logbook. Work that meets a party only an IKI's work has («dgn auditi»)
or names its findings («temuan») is asked about with those IKI, never filed di luar SKP silently; a line of two
pieces of work, each another IKI's, offers to be kept as two entries."""

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.linking import Decision
from tests.agreed_year import agreed_over, tap
from tests.linked_lines import read_lines
from tests.talk import labels, said

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


@pytest.mark.parametrize("text", ["senam pagi bersama", "rapat dgn vendor katering soal menu", "donor darah di kantor",
                                  "rapat koordinasi dgn kab"])
def test_office_life_and_parties_of_no_iki_stay_outside(text):
    assert read_lines(text, skp=AUDITOR).link.decision is Decision.outside


def test_a_party_named_as_it_is_adds_nothing():
    """Only a party called after the work done to it (auditi: audited) counts; «kepala dinas» met names no IKI."""
    reading = read_lines("pertemuan dgn kepala dinas", skp=AUDITOR)
    assert reading.link.decision is Decision.outside, reading.link


AUDITOR_SKP = "\n".join(f"{n}. {iki.indikator} - {iki.target} {iki.satuan or ''}".rstrip()
                        for n, iki in enumerate(AUDITOR.iki, 1))
TWO = "hari ini selesai reviu LK 3 satker, sama nyusun draft LHA audit kinerja RSUP"


@pytest.fixture(name="audit_engine")
def _audit_engine(tmp_path, at):
    yield from agreed_over(tmp_path, at, skp=AUDITOR_SKP, then="2026-03-12T16:00")


@pytest.mark.parametrize("text, first, second", [
    (TWO, "hari ini selesai reviu LK 3 satker", "nyusun draft LHA audit kinerja RSUP"),
    ("LHA audit kinerja RSUP Sardjito final dan sdh dikirim ke auditi; reviu LK Ditjen P2P jg selesai",
     "LHA audit kinerja RSUP Sardjito final dan sdh dikirim ke auditi", "reviu LK Ditjen P2P jg selesai")])
def test_two_pieces_of_work_of_different_iki_offer_to_split(text, first, second):
    """Each piece read alone offers another IKI first: one pick for the whole line would leave one piece with the
    wrong IKI; the question offers to keep them as two entries («;» cuts before «dan»)."""
    from datetime import date, datetime

    from bot.year.logbook import add_entry, pieces_of, read_entry
    from bot.year.models import YearState

    reading = read_entry(text, date(2026, 1, 14), AUDITOR)
    _, entry = add_entry(YearState(), reading, datetime(2026, 1, 14, 16))
    assert reading.link.decision is Decision.ask
    assert pieces_of(entry, AUDITOR) == (first, second)


@pytest.mark.parametrize("text", ["monitoring dan evaluasi tindak lanjut rekomendasi audit",
                                  "rapat pembahasan temuan dgn auditi RSUD Dr Soetomo"])
def test_one_piece_of_work_offers_no_split(text):
    from datetime import date, datetime

    from bot.year.logbook import add_entry, pieces_of, read_entry
    from bot.year.models import YearState

    _, entry = add_entry(YearState(), read_entry(text, date(2026, 1, 14), AUDITOR), datetime(2026, 1, 14, 16))
    assert pieces_of(entry, AUDITOR) is None


def test_the_split_keeps_each_piece_as_its_own_entry_on_the_same_day(audit_engine):
    replies = audit_engine.handle("u1", "kemarin selesai reviu LK 3 satker, sama nyusun draft LHA audit kinerja RSUP")
    text = said(replies)
    assert "IKI mana yang dimaksud?" in text and "Dua pekerjaan?" in text
    assert labels(replies)[-1] == "Pisah jadi 2 catatan" and labels(replies)[0] == "IKI 1"
    split = said(tap(audit_engine, "u1", replies, "Pisah jadi 2"))
    assert "Catatan c1 dipisah jadi dua catatan (c2 dan c3), tanggal 11 Mar" in split, split
    entries = audit_engine.state("u1").year.entries
    assert [(e.id, e.text, e.day.isoformat()) for e in entries] == [
        ("c2", "kemarin selesai reviu LK 3 satker", "2026-03-11"),
        ("c3", "nyusun draft LHA audit kinerja RSUP", "2026-03-11")]
    assert "Pilihan itu sudah tidak berlaku" in said(tap(audit_engine, "u1", replies, "Pisah jadi 2"))
