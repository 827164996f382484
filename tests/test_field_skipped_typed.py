"""«Lewati» typed at a field question of «Simpan ke draf» where no such button is shown lets that field go, empty,
and moves on (d10-rad01: «Bobot harus angka 0–120» and the same question again)."""

import pytest

from bot.conversation import Engine
from tests.talk import said, typed

LIST = "Persentase pasien dilayani sesuai SPO\nPersentase pengulangan foto radiologi\nNilai Indeks Profesionalitas ASN"


@pytest.mark.parametrize("skip", ["Lewati", "lewati aja", "skip"])
def test_lewati_typed_at_the_weight_question_leaves_it_empty_and_moves_on(skip):
    engine = Engine()
    typed(engine, "u", LIST, "simpan semua", "90, 5, 80", "Belum ada data awal", "tusi")
    assert (engine.state("u").fill.field, engine.state("u").fill.index) == ("bobot", 0)
    reply = said(engine.handle("u", skip))
    state = engine.state("u")
    assert "saya lewati" in reply and "Bobot harus angka" not in reply, reply
    assert state.skp.iki[0].bobot is None and state.fill.index == 1, reply


@pytest.mark.parametrize("fields", [("Lewati", "Lewati"), ("tusi", "Lewati"), ("core tusi", "skip")])
def test_the_last_field_let_go_closes_the_iki_without_it_and_names_what_is_missing(fields):
    """«Lewati» at the jenis and the last question of one IKI: closing it read the empty jenis's label and the chat
    stopped with a traceback (found playing make chat); the IKI is kept and the reply names the fields to fill."""
    engine = Engine()
    typed(engine, "u", "/cek Persentase pasien rawat inap yang mendapat asuhan keperawatan sesuai standar")
    reply = said(typed(engine, "u", "Simpan ke draf", "90", "Belum ada data awal", *fields))
    iki = engine.state("u").skp.iki[0]
    missing = [name for name, value in (("jenis", iki.jenis), ("bobot", iki.bobot)) if value is None]
    assert missing and f"belum diisi: {', '.join(missing)}" in reply and "/ubah 1" in reply, reply
    assert "-%" not in reply and engine.state("u").fill is None, reply


@pytest.mark.parametrize("iki, target, skip", [
    ("Jumlah inovasi layanan kesehatan yang diterapkan di unit kerja", "3", "Lewati"),
    ("Jumlah sertifikat hasil kalibrasi alat kesehatan", "150", "lewati aja"),
    ("Rata-rata waktu tanggap perbaikan alat medis", "2", "skip"),
])
def test_a_satuan_let_go_is_named_missing_never_complete(iki, target, skip):
    """A satuan let go with «Lewati» closed the IKI as «lengkap» with no word of the empty Satuan the form asks: it is
    named missing as the other fields are."""
    engine = Engine()
    typed(engine, "u", f"/cek {iki}")
    typed(engine, "u", "Simpan ke draf", target)
    assert engine.state("u").fill.field == "satuan"
    reply = said(typed(engine, "u", skip, "tusi", "20"))
    assert "lengkap:" not in reply and "belum diisi: satuan (lengkapi dengan /ubah 1)" in reply, reply
