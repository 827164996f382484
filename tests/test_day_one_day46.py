"""Day-one dev11/dev12 once PRIMA's step 4 opens early («skip aja lgsg ke nulis iki bisa?»): an add request naming
the mandatory IKI and another one adds both, «simpan semua» under a pasted list keeps every line there as outside
PRIMA, and «beyond 10 aja» at another IKI's question weighs the one Beyond IKI."""

import pytest

from bot.conversation import Engine
from bot.models import Jenis
from tests.talk import said, typed

LIST = ("1. Jumlah rancangan Permenkes yg disusun — 12 dok\n2. Jumlah telaahan hukum — 40 dok\n"
        "3. Persentase rancangan peraturan yg diharmonisasi tepat waktu — 90%\n4. Jumlah rapat pembahasan RPMK\n"
        "5. Jumlah JDIH yg diunggah — 150 dok")


def at_step_four() -> Engine:
    engine = Engine()
    typed(engine, "u", "/prima", "skip aja lgsg ke nulis iki bisa?")
    assert engine.state("u").prima.step == "M" and engine.state("u").prima.field == "indikator"
    return engine


@pytest.mark.parametrize("message", [
    "tambah IP ASN sm 'Persentase permohonan bantuan hukum yg ditangani sesuai SLA'",
    "tambahin IP ASN sama «Persentase permohonan bantuan hukum yg ditangani sesuai SLA»",
])
def test_an_add_request_naming_the_mandatory_and_another_iki_at_the_iki_question_saves_both(message):
    """d11-hkm08: at step 4's IKI question the whole message was checked as one IKI («tidak diawali kata ukuran»)."""
    engine = at_step_four()
    replies = engine.handle("u", message)
    iki = engine.state("u").skp.iki
    assert [i.indikator for i in iki] == ["Nilai Indeks Profesionalitas ASN",
                                          "Persentase permohonan bantuan hukum yang ditangani sesuai SLA"]
    assert iki[0].jenis is Jenis.core_mi and "kata ukuran" not in said(replies)
    assert engine.state("u").prima.index == 0  # the first one's fields asked now


def test_saving_the_whole_list_at_step_four_keeps_every_line_and_never_names_a_dropped_one():
    """d12-ent06: «Simpan semua» at step 4 saved the first passing line only, the rest waiting (3 IKI in the end)."""
    engine = at_step_four()
    typed(engine, "u", LIST, "no 4 buang aja", "tambah IP ASN sm 'Persentase permohonan bantuan hukum yg ditangani "
                                                "sesuai SLA'")
    replies = engine.handle("u", "Simpan semua")
    iki = [i.indikator for i in engine.state("u").skp.iki]
    assert len(iki) == 6 and "Jumlah JDIH yang diunggah" in iki and "Jumlah rapat pembahasan RPMK" not in iki
    assert "Baris 4" not in said(replies)


def test_saving_the_whole_list_at_step_four_keeps_a_failing_line_too():
    engine = at_step_four()
    typed(engine, "u", "1. Persentase sampel nyamuk yg diidentifikasi spesiesnya\n2. Peta sebaran vektor DBD\n"
                       "3. Persentase lokasi survei vektor yg angka bebas jentiknya dianalisis")
    engine.handle("u", "Simpan semua")
    assert len(engine.state("u").skp.iki) == 3  # none left waiting outside the draft


@pytest.mark.parametrize("message, weighed", [("beyond 10 aja", True), ("beyond 3 puskesmas", False)])
def test_a_jenis_with_a_weight_alone_weighs_the_one_iki_of_that_jenis(message, weighed):
    """d12-ent06: «beyond 10 aja» at another IKI's data awal question tagged that IKI Beyond with weight 10."""
    engine = at_step_four()
    typed(engine, "u", "1. Persentase sampel nyamuk yg diidentifikasi spesiesnya\n"
                       "2. Persentase lokasi survei vektor yg angka bebas jentiknya dianalisis",
          "Simpan semua", "mau tambah beyond: Jumlah puskesmas yang memakai aplikasi input data jentik online, 3",
          "90", "core semua tusi")
    state = engine.state("u")
    beyond = [i for i in state.skp.iki if i.jenis is Jenis.beyond]
    assert len(beyond) == 1 and state.skp.iki[0].jenis is Jenis.core_tusi
    replies = engine.handle("u", message)
    state = engine.state("u")
    assert ("Beyond bobot 10%" in said(replies) and state.skp.iki[beyond_at(state)].bobot == 10) is weighed
    if weighed:  # the asked IKI keeps its jenis, no weight given it
        assert state.skp.iki[0].jenis is Jenis.core_tusi and state.skp.iki[0].bobot is None


def beyond_at(state) -> int:
    return next(n for n, i in enumerate(state.skp.iki) if i.indikator.startswith("Jumlah puskesmas"))


@pytest.mark.parametrize("message, asked", [("bobotnya", True), ("bobotnya brp?", True), ("bobot 20", False)])
def test_the_weight_named_alone_at_the_data_awal_question_asks_the_weight(message, asked):
    """d10-hkm08: «bobotnya» alone at a data awal question was «Data awal harus berupa angka»."""
    engine = Engine()
    typed(engine, "u", "/cek Persentase SPJ yang lengkap dan sah, target 98%")
    assert engine.state("u").fill.field == "baseline"
    replies = engine.handle("u", message)
    assert ("Bobot IKI ini (%)?" in said(replies) and "harus berupa angka" not in said(replies)) is asked


def test_outside_prima_an_add_request_naming_the_mandatory_and_another_iki_saves_both():
    """With no question open it was «belum bisa menyusun usulan IKI»."""
    engine = Engine()
    typed(engine, "u", "/cek Persentase SPJ yang lengkap dan sah, target 98%", "Selesai dulu")
    engine.handle("u", "tambah IP ASN sm 'Persentase permohonan bantuan hukum yg ditangani sesuai SLA'")
    assert [i.indikator for i in engine.state("u").skp.iki][1:] == [
        "Nilai Indeks Profesionalitas ASN", "Persentase permohonan bantuan hukum yang ditangani sesuai SLA"]
