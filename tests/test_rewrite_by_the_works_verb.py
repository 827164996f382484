"""A rewrite follows the work's own verb on its object (tester48 X-7: «terima sampel» got the examining pair, TAT
and PME/EQAS): receiving samples is judged at reception, examining them by results on time; the lab's stages are
patterns.yaml data."""

from tests.talk import said

STORY = ("sy pranata lab di balai labkesmas, kerjaan sy terima sampel, periksa sampel PCR sm TCM, input hasil ke "
         "SILACAK, sama ngurus limbah B3 lab")


def _block(text: str, task: str) -> str:
    return text.split(f"Untuk «{task}»:")[1].split("Untuk «")[0]


def test_receiving_and_examining_samples_get_suggestions_of_their_own_stage(engine):
    text = said(engine.handle("x7", STORY))
    receiving, examining = _block(text, "menerima sampel"), _block(text, "memeriksa sampel PCR dan TCM")
    assert "Persentase sampel yang diterima sesuai kriteria penerimaan" in receiving
    assert "turn around time" not in receiving and "PME/EQAS" not in receiving
    assert "yang dilaporkan sesuai standar turn around time (TAT)" in examining


def test_a_count_of_samples_received_is_rewritten_at_reception(engine):
    text = said(engine.handle("x7b", "/cek Jumlah sampel yang diterima"))
    assert "1. Persentase sampel yang diterima sesuai kriteria penerimaan" in text
