"""Where a meeting was held never decides a logbook line's link: a room or a body named like an IKI (link28)."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.line import line
from bot.year.linking import Decision, link


def _skp(*rows: tuple[str, str, str]) -> SkpDraft:
    return SkpDraft(iki=[IkiDraft(indikator=i, target=t, satuan=s) for i, t, s in rows])


def _link(text: str, skp: SkpDraft, today: date = date(2026, 3, 11)):
    ln = line(text)
    return link(ln, read_date(ln, today)[1], skp)


REKAM_MEDIS = _skp(("Persentase rekam medis rawat inap lengkap dalam 2x24 jam setelah pasien pulang", "90", "%"),
                   ("Persentase koding diagnosis ICD-10 yang akurat berdasarkan audit", "95", "%"),
                   ("Jumlah permintaan resume medis yang diselesaikan", "1200", "permintaan"),
                   ("Jumlah jam pelajaran (JPL) pengembangan kompetensi yang diikuti", "20", "JPL"))

WIDYAISWARA = _skp(("Jumlah JPL mengajar pada pelatihan terakreditasi", "200", "JPL"),
                   ("Persentase peserta pelatihan dengan nilai post-test minimal 80", "85", "%"),
                   ("Jumlah modul pelatihan yang direviu dan disahkan", "4", "modul"),
                   ("Persentase alumni pelatihan yang dievaluasi pasca pelatihan", "70", "%"),
                   ("Nilai Indeks Profesionalitas ASN", "80", "nilai"))


@pytest.mark.parametrize("text, skp", [("kmrn rapat di komite rekam medis", REKAM_MEDIS),
                                       ("td meeting di ruang rekam medis", REKAM_MEDIS),
                                       ("zoom dgn komite rekam medis", REKAM_MEDIS),
                                       ("kmrn rapat di ruang evaluasi bahas jadwal diklat april", WIDYAISWARA),
                                       ("briefing di komite rekam medis", REKAM_MEDIS)])
def test_a_meeting_named_only_by_where_it_was_held_asks(text, skp):
    # the head is a meeting and nothing more; the room or the body met names the IKI, never the work
    found = _link(text, skp)
    assert found.decision is Decision.ask and found.why == "tempat rapat", found


@pytest.mark.parametrize("text, skp, number", [
    ("rapat di ruang komite bahas kelengkapan rekam medis rawat inap", REKAM_MEDIS, 1),
    ("verifikasi kelengkapan rekam medis ranap di ruang filing", REKAM_MEDIS, 1),
    ("rapat di aula bahas evaluasi pasca pelatihan alumni", WIDYAISWARA, 4),
])
def test_a_meeting_whose_work_is_named_beside_the_place_still_links(text, skp, number):
    # the topic after «bahas», or a head naming the work, decides as before
    found = _link(text, skp)
    assert found.decision is Decision.link and found.candidates[0].number == number, found
