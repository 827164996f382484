"""The writer introducing themself in a description of their work is no task to draft IKI from (tester56 F17:
«perkenalkan sy Rahmat Hidayat, …» gave «Untuk «Perkenalkan Rahmat Hidayat» belum ada usulan»)."""

import pytest

from bot.rewrite.work import tasks


@pytest.mark.parametrize("said", [
    "selamat siang, perkenalkan sy Dewi Lestari, bidan di puskesmas Cibinong, tugasnya pelayanan ANC ibu hamil dan "
    "imunisasi bayi",
    "kenalin saya Dewi Lestari, bidan puskesmas, tugasnya pelayanan ANC ibu hamil dan imunisasi bayi",
])
def test_an_introduction_is_no_task(said):
    found = tasks(said)
    assert not any("Dewi" in task or "enal" in task.lower() for task in found), found
    assert any("ANC" in task for task in found)


def test_introducing_something_as_work_stays_a_task():
    assert any("aplikasi" in task for task in tasks("memperkenalkan aplikasi e-rekam medis ke puskesmas binaan"))
