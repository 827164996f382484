"""Answers users read (q33): a confirmation closing with a contrast («…, bukan Y?») (each test failed before its fix)."""

import pytest

from bot.retrieval.claims import claim, contrasted_aside, restated

RENCANA_AKSI = ("Rencana aksi adalah penjabaran RHK yang sudah disetujui pimpinan dan tercantum di SKP menjadi "
                "tahapan-tahapan pelaksanaan, sehingga setiap rencana aksi disusun berdasarkan RHK.")
BEYOND = ("IKI Beyond adalah sasaran kinerja yang memberi nilai tambah di atas IKI Core, berupa inisiatif pegawai "
          "sendiri atau penugasan menantang (challenging assignment) dari pimpinan.")


@pytest.mark.parametrize("question", [
    "rencana aksi itu diturunin dr RHK ya, bukan dr tupoksi umum?",
    "rencana aksi disusun berdasarkan RHK kan, bukan tupoksi?",
    "rencana aksi itu penjabaran RHK ya bukan dari tupoksi?",
])
def test_a_contrast_closing_a_claim_is_no_part_of_it(question):
    """The alternative the asker sets aside is not claimed: the claim before it is restated by the answer."""
    assert "tupoksi" not in claim(question)
    assert restated(question, RENCANA_AKSI) == "Ya."


@pytest.mark.parametrize("question", [
    "beyond bisa berupa tugas menantang dr pimpinan? bukan cuma inisiatif sendiri?",
    "beyond boleh berupa penugasan dari pimpinan, bukan hanya inisiatif sendiri?",
])
def test_not_only_sets_nothing_aside(question):
    """«bukan cuma Y»: both hold, so an answer naming Y too still restates the claim, asked in one sentence or two."""
    assert contrasted_aside(question) == []
    assert restated(question, BEYOND) == "Ya."


@pytest.mark.parametrize("question", [
    "IKI beyond itu inisiatif pegawai sendiri ya, bukan penugasan dari pimpinan?",
    "rencana aksi itu penjabaran SKP ya, bukan RHK?",
])
def test_an_answer_naming_the_alternative_set_aside_restates_nothing(question):
    """The answer says the alternative holds too (or instead): no «Ya.» on the words before the contrast alone."""
    assert restated(question, BEYOND if "beyond" in question else RENCANA_AKSI) == ""


@pytest.mark.parametrize(("question", "lead"), [
    ("beyond bisa berupa tugas menantang dr pimpinan? bukan cuma inisiatif sendiri?", "Ya."),
    ("rencana aksi itu diturunin dr RHK ya, bukan dr tupoksi umum?", "Ya."),
])
def test_the_lead_a_user_reads(shared_retriever, question, lead):
    assert shared_retriever.ask(question).answer.startswith(lead)

