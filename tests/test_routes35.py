"""What a plain line is during the year (bot.year.entry_kind.kind_of), for the shapes route set 11 showed missing: a
hedge «kayaknya» opening a plan (never «banyaknya» misspelt), «bakal» as will, done work told beside asking whether
it got logged («udh kecatat blm?») or, after an aside, where it goes («btw ini nanti masuk IKI mana»). The lines are
our own, in the set's shapes."""

import pytest

from bot.year.entry_kind import EntryKind
from tests.line_kinds import either_way, read_as

# Lines read as one kind whether or not the user keeps a logbook: (what they are, the kind, the lines).
_READ_EITHER_WAY = [
    ("a hedge opening a plan is no measure misspelt, and «bakal» is will", EntryKind.plan,
     ["kayaknya besok monev ke puskesmas", "kayaknya minggu depan rapat di dinkes", "bakal ada supervisi ke RS jumat"]),
    ("done work, then asking whether it got logged, is the entry", EntryKind.report,
     ["kemarin sy udh input 35 data kunjungan nifas, udh kecatat blm ya?",
      "td pagi verifikasi 18 berkas usulan jabfung, udh tercatat kan?"]),
    ("done work, then an aside asking which IKI it will go to, is the entry", EntryKind.report,
     ["hari ini rekap 40 laporan KLB. btw nanti masuk ke IKI yg mana ya?"]),
]


@pytest.mark.parametrize("text, kind, logging", either_way(_READ_EITHER_WAY))
def test_a_line_is_read_as_its_kind_with_or_without_a_logbook(text, kind, logging):
    read_as(text, kind, logging)
