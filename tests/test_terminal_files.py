"""play38: the terminal's exports were «tanpa-nama-3fa2c1-draf-skp…» without a /profil name, a hash tag that says
nothing in one's own folder: there the user id is the person's chosen name, so it and the day name the file; a
/profil name still leads it, and the path is said."""

import io
import re
from pathlib import Path

from bot import chat
from bot.skp.export import file_owner, retagged

_IKI = "Persentase keluhan pasien yang ditindaklanjuti target 90%\nSimpan ke draf\nSelesai dulu\n"


def _saved(out: str) -> Path:
    return Path(re.search(r"Berkas tersimpan: (\S+\.xlsx)", out).group(1))


def test_without_a_profile_name_the_terminal_file_is_named_by_its_user_and_day(engine):
    out = io.StringIO()
    chat.run(engine, io.StringIO(_IKI + "/ekspor\n"), out, user="Pak Budi")
    path = _saved(out.getvalue())
    day = engine.clock().date().isoformat()
    assert path.name == f"pak-budi-{day}-draf-skp-BELUM-SIAP.xlsx" and path.exists()


def test_a_profile_name_leads_the_terminal_file(engine):
    out = io.StringIO()
    chat.run(engine, io.StringIO(_IKI + "/profil nama Dewi Lestari, S.KM\n/ekspor\n"), out, user="dewi")
    assert _saved(out.getvalue()).name == "dewi-lestari-s-km-draf-skp-BELUM-SIAP.xlsx"


def test_only_the_hash_tag_of_that_user_is_retagged():
    tagged = f"tanpa-nama-{file_owner('ani')}-mpph.xlsx"
    assert retagged(tagged, "ani", "ani-2026-01-12") == "ani-2026-01-12-mpph.xlsx"
    assert retagged(tagged, "budi", "budi-2026-01-12") == tagged  # another user's tag is not theirs
    assert retagged("siti-draf-skp.xlsx", "ani", "ani-2026-01-12") == "siti-draf-skp.xlsx"
