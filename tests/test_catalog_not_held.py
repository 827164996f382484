"""play38 #6: «cakupan imunisasi» found no catalog row, and none is invented: the shipped catalog holds only real rows
with sources, none of them about immunisation. The answer says the catalog may not hold the work yet and offers the
user's own words (issue 16: «Pakai tulisan saya»)."""

import csv

from bot import knowledge
from tests.talk import said, typed


def test_the_shipped_catalog_holds_no_immunisation_row_and_each_row_a_source():
    with open(knowledge.knowledge_dir() / "renstra.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["source"].strip() for r in rows if r["name"].strip())
    assert not any("imunisasi" in r["name"].lower() or "vaksin" == r["name"].lower() for r in rows)


def test_a_work_the_catalog_lacks_is_said_so_with_the_users_own_words_offered(engine):
    replies = typed(engine, "u", "/prima", "capaian imunisasi rutin campak rubela di puskesmas")
    shown = said(replies)
    assert "mungkin belum memuat" in shown
    assert "Pakai tulisan saya" in [b.label for r in replies for b in r.buttons]
