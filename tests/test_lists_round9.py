"""Round 9 (tester8): pasted lists, typed picks and targets (each test failed before its fix)."""

import pytest

from bot.conversation import Engine
from tests.talk import said


@pytest.mark.parametrize("first", ["Melaksanakan inventarisasi BMN di lingkungan Biro Keuangan", "Menyusun laporan"])
def test_a_numbered_list_opening_with_an_activity_keeps_its_first_line(first):
    """«1. Melaksanakan …» above two IKI lines was read as the list's header: dropped, the numbers shifted."""
    engine = Engine()
    replies = engine.handle("u", f"1. {first}\n2. Jumlah laporan BMN semesteran\n3. Persentase BMN yg sudah di label")
    assert "daftar 3 IKI" in said(replies)
    assert [line.text for line in engine.state("u").listed][0] == first


def test_a_header_above_the_list_is_still_no_line_of_it():
    engine = Engine()
    engine.handle("u", "kak ini IKI sy 2025, banyak bgt ya wkwk\nPersentase A yang selesai tepat waktu\n"
                       "Jumlah pasien yang dilayani\nPersentase sampel yang diuji tepat waktu")
    assert len(engine.state("u").listed) == 3
