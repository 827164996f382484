"""What a plain line is during the year (bot.year.entry_kind.kind_of), for shapes route set 16 showed missing. The
lines are our own."""

import pytest

from bot.year.entry_kind import EntryKind, kind_of


@pytest.mark.parametrize("text", [
    "iki core sy: Inovasi aplikasi antrean daring poli gigi, 1 aplikasi",
    "IKI saya: Pengembangan dasbor mutu laboratorium, 3 dasbor",
])
def test_a_count_after_a_label_naming_the_users_iki_is_its_target(text):
    assert kind_of(text).kind is EntryKind.draft, kind_of(text)


def test_a_count_without_such_a_label_is_still_work():
    assert kind_of("bikin dasbor mutu laboratorium, 3 dasbor").kind is EntryKind.report
