"""A pasted line never vanishes (paste37): a first line carrying a bullet or a number as its neighbours do is one of
the list, never its header; a first line still read as a header is said under the list, unless it opens as an intro."""

import pytest

from bot.conversation import Engine
from tests.talk import said

KP = "pengembalian berkas usulan KP ke unit pengusul"
REST = ["Persentase usulan KP yang diproses tepat waktu", "Jumlah laporan kepegawaian yang disusun"]


def _pasted(text: str) -> tuple[Engine, str]:
    engine = Engine()
    return engine, said(engine.handle("u", text))


@pytest.mark.parametrize("marks", [("- ", "- ", "- "), ("• ", "• ", "• "), ("* ", "* ", "* "),
                                   ("1) ", "2) ", "3) "), ("1. ", "2. ", "3. ")])
def test_a_lowercase_activity_first_line_marked_as_its_neighbours_is_a_line_of_the_list(marks):
    """«- pengembalian berkas usulan KP …» above two bulleted IKI was the list's header, dropped silently."""
    engine, reply = _pasted("\n".join(m + line for m, line in zip(marks, [KP, *REST])))
    assert "daftar 3 IKI" in reply, reply
    assert [item.text for item in engine.state("u").listed] == [KP, *REST]
    assert "anggap judul" not in reply


@pytest.mark.parametrize("first", ["verification of leave requests", "rekap absensi bulanan pegawai"])
def test_a_first_line_left_out_of_the_list_is_said(first):
    """A first line read as no IKI (English without a measure word, or unmarked above bare IKI) is said under the
    list, never dropped unseen."""
    for text in (f"* {first}\n* {REST[0]}\n* {REST[1]}", "\n".join([first, *REST])):
        _, reply = _pasted(text)
        listed_first = "daftar 3 IKI" in reply
        assert listed_first or f"Baris “{first}” saya anggap judul; bila itu IKI, kirim ulang" in reply, reply


@pytest.mark.parametrize("header", ["IKI saya tahun lalu:", "IKI saya tahun lalu", "Berikut draf IKI:",
                                    "SKP 2025 Lilis, Pranata Lab Kesehatan"])
@pytest.mark.parametrize("mark", ["- ", "• ", ""])
def test_a_real_header_stays_a_header_and_unsaid(header, mark):
    """A header without a bullet, with or without its colon, introduces the list: not a line of it, not said."""
    engine, reply = _pasted("\n".join([header] + [mark + line for line in REST]))
    assert "daftar 2 IKI" in reply, reply
    assert [item.text for item in engine.state("u").listed] == REST
    assert "anggap judul" not in reply


def test_an_unmarked_activity_above_bulleted_lines_is_said_as_the_header():
    """No bullet on the first line while the others carry one: read as the header, and said so."""
    _, reply = _pasted("\n".join([KP] + ["- " + line for line in REST]))
    assert "daftar 2 IKI" in reply
    assert f"Baris “{KP}” saya anggap judul" in reply
