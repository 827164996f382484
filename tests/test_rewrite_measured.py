"""A result with its condition lacking only the measure word, which no rewrite pattern fits, is measured as written
(d5-rekammedis01: «Pengembalian berkas RM rawat inap tepat waktu» got no suggestion)."""

import pytest

from bot.rewrite import rewrite


def test_a_result_with_its_condition_is_measured_as_written():
    found = rewrite("pengembalian berkas RM rawat inap tepat wkatu").candidates
    assert [c.indikator for c in found] == ["Persentase pengembalian berkas RM rawat inap tepat waktu"]
    assert found[0].satuan == "%"


@pytest.mark.parametrize("text", ["resep rendang padang", "ketua tim pengujian", "pengembalian berkas",
                                  "Melakukan retensi berkas rekam medis inaktif"])
def test_no_measure_is_put_before_what_is_no_result_with_a_condition(text):
    assert all(not c.indikator.startswith(f"Persentase {text[:1].lower()}{text[1:]}") for c in rewrite(text).candidates)
