"""What a plain line is during the year (bot.year.entry_kind.kind_of), for shapes route set 13 showed missing: a reply
that quotes a line first («> …») is read by what follows the quote, and a retraction of the entry just kept with
nothing named («yg ini bukan», «yg td hapus aja») puts an entry right, no work. The lines are our own."""

import pytest

from bot.year.entry_kind import EntryKind, after_quote, kind_of


@pytest.mark.parametrize("text, kind", [
    ("> Catatan tersimpan untuk hari ini.\nmakasih kak 🙏", EntryKind.smalltalk),
    ("> Ada kegiatan lain hari ini?\ntd siang visitasi 3 puskesmas binaan", EntryKind.report),
    ("> Capaian IKI 1: 40%.\nkok baru 40 ya, kan udh 3 bulan?", EntryKind.question),
])
def test_a_quoted_line_is_context_the_reply_is_read(text, kind):
    assert kind_of(text).kind is kind, kind_of(text)


def test_only_quoted_lines_are_kept_as_they_are():
    assert after_quote("> Catatan tersimpan.") == "> Catatan tersimpan."
    assert after_quote("rapat > 2 jam") == "rapat > 2 jam"


@pytest.mark.parametrize("text", ["yg barusan bukan ini", "yg td apus aja", "itu bukan yg ini"])
def test_the_entry_just_kept_taken_back_with_nothing_named_is_a_correction(text):
    assert kind_of(text).kind is EntryKind.correction, kind_of(text)


@pytest.mark.parametrize("text, kind", [
    ("td pagi kalibrasi 3 tensimeter di poli, aman kok", EntryKind.report),
    ("kemarin sosialisasi ILP di 2 posyandu, rame kok 😄", EntryKind.report),
    ("kemarin input 30 data, kok blm muncul", EntryKind.question),
    ("td udh kirim laporan, kenapa blm masuk kok?", EntryKind.question),
])
def test_kok_closing_the_line_insists_and_asks_nothing(text, kind):
    assert kind_of(text).kind is kind, kind_of(text)
