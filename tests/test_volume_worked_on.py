"""The «volume of work is not a result» nudge reads the shape Jumlah + thing + «yang di-<verb of work done on it>»
(tester48 X-3: «Jumlah alat laboratorium yang dikalibrasi» passed while «Jumlah sampel yang diperiksa» was volume);
counts of finished outputs stay passing."""

from tests.talk import said

NUDGE = "volume pekerjaan, bukan hasilnya"


def test_a_count_of_things_calibrated_or_repaired_is_work_volume(engine):
    for iki in ("Jumlah alat laboratorium yang dikalibrasi", "Jumlah alat lab yg terkalibrasi",
                "Jumlah alat kesehatan yang diperbaiki"):
        assert NUDGE in said(engine.handle("v1", f"/cek {iki}")), iki


def test_counts_of_finished_outputs_and_a_count_with_its_standard_are_not(engine):
    for iki in ("Jumlah sertifikat hasil kalibrasi alat laboratorium yang terbit", "Jumlah regulasi yang ditetapkan",
                "Jumlah alat laboratorium yang dikalibrasi sesuai jadwal"):
        assert NUDGE not in said(engine.handle("v2", f"/cek {iki}")), iki
