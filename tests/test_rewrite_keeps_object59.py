"""A rewrite keeps the work's object (tester59 F18): a result reported after a comma with no object of its own is the
result of the work before it; fitting an assistive device to a patient is a service with usulan; a device's
«alat bantu» is never read as the verb «membantu»."""

from bot.conversation import Engine
from bot.conversation.activities import activities
from bot.rewrite import rewrite
from tests.talk import prima_at_step_m, said


def test_a_result_with_no_object_takes_the_work_before_it():
    found = activities("skrining pendengaran bayi, kirim hasilnya untuk dokter anak")
    assert found == ["skrining pendengaran bayi", "kirim hasil skrining pendengaran bayi untuk dokter anak"]
    assert activities("rekap data kunjungan, hasil rapat dilaporkan") == ["rekap data kunjungan",
                                                                          "hasil rapat dilaporkan"]


def test_fitting_an_assistive_device_gets_usulan_naming_the_device():
    for typed in ("Melakukan fitting alat bantu jalan pasien stroke", "pemasangan ortosis pasien anak"):
        texts = [c.indikator for c in rewrite(typed).candidates]
        assert texts, typed
        device = "alat bantu jalan" if "alat bantu" in typed else "ortosis"
        assert all(device in t and "membantu" not in t for t in texts), texts


def test_prima_starting_points_keep_the_examination_a_report_follows():
    engine = Engine()
    text = said(prima_at_step_m(engine, "a", "timpanometri pasien anak, laporan hasil ke dokter spesialis maks 2 hari"))
    assert "laporan hasil timpanometri" in text and "laporan hasil yang" not in text, text
