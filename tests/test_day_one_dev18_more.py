"""Day-one dev18, more: «jenisnya tusi semua» set on a draft with no weight yet spreads the jenis's share as «bagi
rata» does (Core closes at 100%), never a jenis alone; /skp shows whose SKP it is and the atasan from /profil; at
/mpph's roles step, «ok. target: rina 90% …, tono skor 3,5» gives each member named their target, never one role."""

from tests.talk import list_saved, mpph_divided, said

_LINES = ("Persentase sampel air yang diperiksa sesuai standar\nPersentase fasyankes yang dibina tepat waktu\n"
          "Persentase rekomendasi hasil uji yang ditindaklanjuti")


def _weights(engine):
    return [(iki.jenis.label if iki.jenis else None, iki.bobot) for iki in engine.state("u").skp.iki]


def test_all_tusi_on_an_unweighed_draft_spreads_its_share(engine):
    list_saved(engine, "u", _LINES)
    engine.handle("u", "IP ASN 85")
    engine.handle("u", "jenisnya tusi semua, mi yg ip asn")
    weights = _weights(engine)
    assert [w for j, w in weights if j == "Core TUSI"] == [30, 30, 30]
    assert sum(w for _, w in weights) == 100


def test_all_tusi_keeps_weights_already_given(engine):
    list_saved(engine, "u", _LINES)
    engine.handle("u", "tusi 40 30 20")
    engine.handle("u", "tusi semua")
    assert [w for _, w in _weights(engine)] == [40, 30, 20]  # a jenis only, the user's weights kept


def test_skp_shows_the_atasan_from_the_profile(engine):
    list_saved(engine, "u", _LINES)
    engine.handle("u", "/profil")
    engine.handle("u", "Rina Wati, 199001012015032001, Sanitarian Ahli Muda, Seksi Kesehatan Lingkungan, "
                       "atasan Pak Budi Santoso")
    text = said(engine.handle("u", "/skp"))
    assert "Atasan: Pak Budi Santoso" in text and "Sanitarian Ahli Muda" in text


def test_skp_without_a_profile_shows_no_header(engine):
    list_saved(engine, "u", _LINES)
    assert "Atasan:" not in said(engine.handle("u", "/skp"))


def _roles_written(engine):
    engine.handle("u", "/mpph")
    mpph_divided(engine, "u", "Persentase keluhan pasien yang ditangani sesuai standar waktu; 90%", "aspek",
                 "Rina Lestari: aspek pencatatan\nTono Saputra: aspek penanganan\nDedi Kurnia: aspek survei")
    assert len(engine.state("u").mpph.current.peran) == 3


def test_targets_by_member_name_after_a_short_ack_with_their_words(engine):
    _roles_written(engine)
    reply = said(engine.handle("u", "oke lanjut. target: rina 95% keluhan dicatat <1x24 jam, tono 2 kasus besar "
                                    "per bulan, dedi skor kepuasan min 3,5"))
    peran = engine.state("u").mpph.current.peran
    assert len(peran) == 3  # never one more role
    assert [r.target for r in peran] == ["95%", "2 kasus", "3,5"]  # a score stays a score, never 3,5%
    assert "Dedi Kurnia: target 3,5" in reply


def test_a_target_sentence_after_numbers_is_not_read_as_targets_by_name(engine):
    _roles_written(engine)
    engine.handle("u", "tambah 2 orang. target rina 80")
    assert engine.state("u").mpph.current.peran[0].target != "80%"
