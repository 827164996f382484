import pytest
from pydantic import ValidationError

from bot.models import IkiDraft, Jenis, SkpDraft


@pytest.mark.parametrize(
    "written, jenis",
    [("CL", Jenis.core_cl), ("Core TUSI", Jenis.core_tusi), ("core_mi", Jenis.core_mi), ("BYD", Jenis.beyond),
     ("Beyond", Jenis.beyond), ("", None)],
)
def test_jenis_as_users_write_it(written, jenis):
    assert IkiDraft(indikator="Nilai IP ASN", jenis=written).jenis is jenis


def test_bobot_accepts_percent_and_indonesian_decimals():
    assert IkiDraft(indikator="x", bobot="20%").bobot == 20
    assert IkiDraft(indikator="x", bobot="12,5").bobot == 12.5


@pytest.mark.parametrize("bad", [{"indikator": ""}, {"indikator": "   "}, {"indikator": "x", "target": True},
                                 {"indikator": "x", "bobot": "dua puluh"}, {"indikator": "x", "jenis": "inti"}, {}])
def test_invalid_drafts_are_refused(bad):
    with pytest.raises(ValidationError):
        IkiDraft.model_validate(bad)


def test_target_is_kept_as_written():
    assert IkiDraft(indikator="x", target="1.575.000").target == "1.575.000"
    assert IkiDraft(indikator="x", target=82.23).target == 82.23


def test_skp_defaults():
    skp = SkpDraft()
    assert skp.peran == "anggota" and skp.cascading_langsung is False and skp.iki == []
