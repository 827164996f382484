"""A command whose slash was typed wrong («/ skp», «\\cek …», «Cek: …», «／ekspor») is that command, in the chat and
when the logbook routes a line; a command checking an IKI's text before an indicator routes as that draft."""

import pytest

from bot.lang.slash import mended, typed_command
from bot.year.entry_kind import EntryKind, kind_of
from tests.talk import said


@pytest.mark.parametrize("typed, meant", [
    ("/ rhk Jumlah dokumen perencanaan yang disahkan", "/rhk Jumlah dokumen perencanaan yang disahkan"),
    ("\\tanya boleh ga IKI kualitatif", "/tanya boleh ga IKI kualitatif"),
    ("//capaian", "/capaian"),
    ("／skp", "/skp"),
    ("/SKP", "/skp"),
    ("cek:  Persentase balita ditimbang", "/cek Persentase balita ditimbang"),
])
def test_a_mistyped_slash_is_put_right(typed, meant):
    assert mended(typed) == meant


@pytest.mark.parametrize("text", [
    "Catatan: rapat koordinasi diundur besok",  # a note, never /catatan
    "cek 12 berkas usulan KP",  # work told, no slash
    "/ skpnya udh dikirim",  # no command's whole name
    "rapat / cek lapangan",
])
def test_no_command_is_read_where_none_was_typed(text):
    assert typed_command(text) is None and mended(text) == text


@pytest.mark.parametrize("text", [
    "\\rhk Persentase rekomendasi hasil audit yang ditindaklanjuti",
    "/ cek Jumlah desa yang melaksanakan STBM pilar 1",
    "Cek: Persentase ibu hamil yang mendapat TTD 90 tablet",
    "/Cek Jumlah kader terlatih",
])
def test_a_command_checking_an_iki_before_an_indicator_routes_as_a_draft(text):
    assert kind_of(text).kind is EntryKind.draft
    assert kind_of(text, logging=True).kind is EntryKind.draft


def test_a_command_before_ones_own_records_is_asked_to_see_them():
    assert kind_of("\\cek realisasi triwulan saya").kind is EntryKind.records


def test_the_chat_runs_a_command_typed_with_its_slash_wrong(engine):
    for typed in ("/ skp", "\\skp", "//skp"):
        reply = said(engine.handle("u", typed))
        assert "tidak dikenal" not in reply.lower() and reply == said(engine.handle("u", "/skp"))
