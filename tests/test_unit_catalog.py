"""A unit's own catalog (tester51 P2-8, P2-1): `iki import-renstra` says which catalog it replaced, the cascade is
derived from the codes when the parent column is empty, a part holding the query's words shows with its parent,
an abbreviation the catalog writes out is found, and a leader's catalog request is searched without its asking
words. Real import, real Chroma in the test's data dir, the packaged embedding model."""

import csv
import json

import pytest

from bot.conversation.intent import request_in

pytestmark = pytest.mark.usefixtures("shared_retriever")

HEADER = ["level", "code", "name", "target_2026", "unit", "parent", "pic", "source"]
# A Poltekkes catalog as a Kabag writes it: no parent column filled in.
POLTEKKES = [
    ["ISS", "ISS 6", "Persentase tenaga kesehatan lulusan pendidikan vokasi yang kompeten", "80", "%", "", "Ditjen SDMK", "uji"],
    ["IKP", "IKP 6.1", "Jumlah lulusan Poltekkes Kemenkes yang lulus uji kompetensi", "30000", "orang", "", "Ditjen SDMK", "uji"],
    ["IKK", "IKK 6.1.1", "Persentase mahasiswa Poltekkes Kemenkes yang lulus uji kompetensi nasional pada kesempatan "
     "pertama", "85", "%", "", "Poltekkes", "uji"],
    ["IKK", "IKK 6.1.2", "Persentase program studi Poltekkes Kemenkes yang terakreditasi minimal Baik Sekali", "70", "%",
     "", "Poltekkes", "uji"],
    ["IKK", "IKK 6.1.3", "Jumlah dosen Poltekkes yang mengikuti peningkatan kompetensi", "1.575.000", "orang", "",
     "Poltekkes", "uji"],
    ["IKK", "IKK 6.1.4", "Opini laporan keuangan Poltekkes", "WTP", "", "", "Poltekkes", "uji"],
    ["IKK", "IKK 6.1.5", "", "90", "%", "", "Poltekkes", "uji"],
    ["IKK", "IKK 6.1.6", "Persentase penelitian dosen yang dipublikasikan", "40", "%", "", "Poltekkes", "uji"],
]


@pytest.fixture
def poltekkes(run_iki, tmp_path):
    source = tmp_path / "renstra_sdmk.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(POLTEKKES)
    done = run_iki("import-renstra", str(source))
    assert done.returncode == 0, done.stderr
    return done, source


def found(run_iki, query: str) -> list[dict]:
    done = run_iki("search", "--json", "--k", "3", query)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["results"]


def test_a_unit_catalog_import_says_what_it_replaced_and_its_parts_are_found_with_their_cascade(run_iki, poltekkes):
    done, source = poltekkes
    # the shipped catalog's rows are no longer searched: the report says so, with the count it had
    assert "8 indikator diimpor" in done.stderr
    assert "menggantikan katalog sebelumnya (katalog bawaan, 52 indikator)" in done.stderr
    assert found(run_iki, "skrining bayi baru lahir") == []
    # a second import replaces the first one, and says so
    again = run_iki("import-renstra", str(source))
    assert "menggantikan katalog sebelumnya (hasil impor sebelumnya, 8 indikator)" in again.stderr

    competence = found(run_iki, "uji kompetensi")
    assert [r["code"] for r in competence][:2] == ["IKP 6.1", "IKK 6.1.1"]  # the IKK the unit holds, with its IKP
    assert competence[1]["path"] == ["ISS 6", "IKP 6.1", "IKK 6.1.1"]  # derived from the codes
    assert [r["code"] for r in found(run_iki, "akreditasi prodi poltekkes")][:1] == ["IKK 6.1.2"]  # prodi
    assert [r["code"] for r in found(run_iki, "poltekkes tim akademik dan kemahasiswaan")][:1] == ["IKK 6.1.1"]


def test_a_leaders_catalog_request_is_searched_without_the_asking_words():
    asked = request_in("sy kabag di poltekkes, mau tanya IKK apa yg cocok utk tim akademik dan kemahasiswaan?")
    assert asked is not None and asked.command == "ikk"
    assert asked.text == "poltekkes tim akademik dan kemahasiswaan"
    assert request_in("IKK apa yg cocok utk tim surveilans?").text == "tim surveilans"


def test_the_cascade_follows_the_parent_column_first_then_the_codes():
    from bot.retrieval.catalog import Indicator, IndicatorCatalog

    def row(code: str, parent: str | None = None) -> Indicator:
        return Indicator(level=code.split()[0], code=code, name=code, target_2026=None, unit=None, parent=parent,
                         pic="Poltekkes", source="uji")

    rows = [row("ISS 6"), row("IKP 6.1"), row("IKK 6.1.1"), row("IKK 7.1.1"), row("IKK 6.1.2", parent="ISS 6")]
    catalog = IndicatorCatalog(rows)
    assert catalog.path(rows[2]) == ["ISS 6", "IKP 6.1", "IKK 6.1.1"]
    assert catalog.path(rows[3]) == ["IKK 7.1.1"]  # its parents are not in the catalog: nothing is invented
    assert catalog.path(rows[4]) == ["ISS 6", "IKK 6.1.2"]  # the parent column, where filled in, is the truth
    assert [i.code for i in catalog.children("IKP 6.1")] == ["IKK 6.1.1"]


def test_a_part_shows_with_its_parent_only_when_it_names_the_same_thing():
    from bot.retrieval.retriever import holds_as_phrase

    assert holds_as_phrase("Persentase mahasiswa Poltekkes yang lulus uji kompetensi nasional", ["uji", "kompetensi"])
    assert holds_as_phrase("Persentase kabupaten/kota yang menyelenggarakan Kabupaten/Kota Sehat (KKS)",
                           ["kabupaten", "kota", "sehat"])
    # the same words apart name another thing: the IKP of Germas is no part of «kabupaten kota sehat»
    assert not holds_as_phrase("Persentase kabupaten/kota yang menerapkan kebijakan Gerakan Masyarakat Hidup Sehat",
                               ["kabupaten", "kota", "sehat"])
