"""An RHK drafted from an IKI reads as one sentence with one verb (play40 F4): a result written the old way, its
verb made a noun by «-nya», gives that verb once after the thing; a level noun's «yang» clause stays with its things."""

import pytest

from bot.lang.text import tokens
from bot.skp.rhk import draft_rhk
from evals.drafting_evals import rhk_problems
from tests.test_drafting import _checklist


@pytest.mark.parametrize("iki, verb, thing", [
    ("Tersedianya data surveilans malaria", "tersedia", "data surveilans malaria"),
    ("Terlaksananya supervisi fasilitatif ke puskesmas", "terlaksana", "supervisi fasilitatif ke puskesmas"),
    ("Terbitnya surat izin praktik tenaga kesehatan", "terbit", "surat izin praktik tenaga kesehatan"),
    ("Diterbitkannya sertifikat kalibrasi alat", "diterbitkan", "sertifikat kalibrasi alat"),
    ("Tersusunnya rencana kebutuhan obat", "tersusun", "rencana kebutuhan obat"),
    ("Tersusunnya profil kesehatan provinsi tepat waktu", "tersusun", "profil kesehatan provinsi"),
])
def test_a_nya_opener_gives_its_verb_once_after_the_thing(iki, verb, thing):
    rhk = draft_rhk(iki)[0]
    words = tokens(rhk)
    assert rhk.lower().startswith(thing)
    assert words.count(verb) == 1 and not any(w.endswith("nya") for w in words)
    # no second verb of the kind's qualifier («… tersusun … tersusun»)
    assert sum(w in {"tersusun", "disusun", "tersedia", "diterbitkan", "terbit", "diselesaikan", "terlaksana"}
               for w in words) == 1
    assert rhk_problems(rhk, iki, _checklist()) == []


def test_a_condition_typed_after_the_thing_follows_the_verb():
    assert draft_rhk("Tersusunnya laporan keuangan sesuai SAP") == ["Laporan keuangan tersusun sesuai SAP"]


@pytest.mark.parametrize("iki", [
    "Persentase kelengkapan berkas usulan yang diverifikasi tepat waktu",
    "Persentase kepatuhan petugas yang dipantau terhadap SOP hand hygiene",
])
def test_a_level_nouns_clause_stays_with_its_things(iki):
    rhk = draft_rhk(iki)[0]
    words = tokens(rhk)
    assert "yang" in words and words.index("yang") < words.index("terpenuhi")
    assert rhk_problems(rhk, iki, _checklist()) == []


@pytest.mark.parametrize("iki, verb, thing", [
    ("Melaksanakan supervisi ke puskesmas binaan", "dilaksanakan", "supervisi ke puskesmas binaan"),
    ("Menyusun rencana kebutuhan obat tahunan", "disusun", "rencana kebutuhan obat tahunan"),
])
def test_an_activity_saved_as_typed_gets_its_verbs_passive_once(iki, verb, thing):
    """An activity line kept as typed («simpan semua») is drafted into the export's RHK too: «Melaksanakan …
    diselesaikan …» said two verbs."""
    rhk = draft_rhk(iki)[0]
    words = tokens(rhk)
    assert rhk.lower().startswith(thing) and words.count(verb) == 1
    assert not any(w.startswith("me") and w == tokens(iki)[0] for w in words)
    assert "diselesaikan" not in words and "tersusun" not in words
