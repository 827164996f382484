"""A wilayah part named by the team's label and a direction, glossed with the regions it holds (mpph38 #2)."""

from bot.skp.regions import coverage, numbering_spelled, provinces_in


def test_a_direction_label_glossing_its_regions_is_read_as_those_regions():
    parts = ["Zona Utara (Kalimantan, Sulawesi)", "Reg. Selatan – Jawa, Bali", "Klaster Timur: Maluku dan Papua",
             "Sumatera", "Nusa Tenggara"]
    found = coverage(parts)
    assert not found.unread and not found.missing
    assert provinces_in("Kawasan Barat Daya (Aceh)")[1]


def test_a_direction_label_alone_names_no_region_and_is_still_asked():
    """«Regional Tengah» alone glosses nothing: the scope question must still ask who holds what."""
    assert coverage(["Regional Tengah", "Jawa"]).unread == ["Regional Tengah"]
    assert provinces_in("Jawa Barat")[0] == frozenset({"Jawa Barat"})  # a province's own direction stays its name


def test_a_short_label_before_a_direction_is_written_in_full():
    assert numbering_spelled("wil. Selatan (Papua)") == "wilayah Selatan (Papua)"
