"""A question typed under a pasted line's «Pakai usulan» suggestions (doors34): answered or routed, never a pick."""

import pytest

from bot import knowledge
from bot.conversation import Engine
from tests.talk import labels, press, said, typed

SIMRS = ("No\tIKI\tTarget\n1\tSystem uptime SIMRS\t99%\n"
         "2\tPersentase tiket gangguan SIMRS yang diselesaikan ≤ 1x24 jam\t90%\n3\tJumlah pelatihan user SIMRS\t4 kali")


def _line_suggested() -> Engine:
    engine = Engine()
    engine.handle("u", SIMRS)
    engine.handle("u", "/cek 1")
    assert engine.state("u").candidates and engine.state("u").candidates_line == 1
    return engine


@pytest.mark.parametrize("question", ["IKI mana yang belum ada realisasinya?", "usulan 1 itu maksudnya apa?",
                                      "yg mana yg paling bagus?", "usulan 1 bedanya apa sama baris saya?",
                                      "kenapa usulan 1 lebih baik?"])
def test_a_question_under_a_lines_suggestions_saves_nothing(question):
    """«IKI mana yang belum ada realisasinya?» was «Anda belum memilih usulan, jadi saya pakai usulan 1», «usulan 1 itu
    maksudnya apa?» saved usulan 1 with a target of 1%: a message with a question word never picks, and the
    suggestions stay on screen."""
    engine = _line_suggested()
    reply = said(engine.handle("u", question))
    assert engine.state("u").skp.iki == [], reply
    assert engine.state("u").candidates, reply


@pytest.mark.parametrize("pick", ["oke pake itu", "yg pertama", "pakai usulan 1", "usulan 1", "pake usulan 1 ya?"])
def test_a_pick_under_a_lines_suggestions_still_picks(pick):
    engine = _line_suggested()
    reply = said(engine.handle("u", pick))
    assert [i.indikator for i in engine.state("u").skp.iki] == ["Persentase ketersediaan (uptime) sistem SIMRS"], reply


def _at_beyond_weight(engine: Engine) -> None:
    """Three Beyond IKI pasted, the second without its target; the first one's weight asked."""
    works = ["berkas usulan kenaikan pangkat", "laporan keuangan satker", "dokumen pengadaan barang"]
    pasted = "\n".join(f"{n}. Persentase {w} yang diselesaikan tepat waktu{'' if n == 2 else ', target 90%'}, Beyond"
                       for n, w in enumerate(works, start=1))
    typed(engine, "u", pasted, "simpan semua", "Belum ada data awal")
    assert engine.state("u").fill.field == "bobot"


@pytest.mark.parametrize("weight", ["delapan puluh lima", "85", "30%"])
def test_a_weight_past_its_jenis_whole_share_is_refused_and_offered_as_the_waiting_target(weight):
    """«delapan puluh lima» at a weight question: past the jenis's whole share under the guidance (Beyond 20%,
    policy.yaml) it is not kept as typed; the IKI still waiting for its target is offered the number."""
    engine = Engine()
    _at_beyond_weight(engine)
    share = knowledge.policy().weights.beyond_total
    replies = engine.handle("u", weight)
    text, buttons = said(replies), labels(replies)
    assert engine.state("u").skp.iki[0].bobot is None, text
    assert f"panduannya {share}%" in text and "Persentase laporan keuangan satker" in text, text
    assert any(b.startswith("Jadikan target") for b in buttons), buttons


def test_a_weight_past_the_share_is_offered_as_the_target_still_waiting():
    engine = Engine()
    _at_beyond_weight(engine)
    replies = engine.handle("u", "delapan puluh lima")
    offer = next(b for b in labels(replies) if b.startswith("Jadikan target"))
    reply = said(press(engine, "u", replies, offer))
    iki = engine.state("u").skp.iki
    assert iki[1].target == "85%" and iki[0].bobot is None and engine.state("u").fill.field == "bobot", reply


@pytest.mark.parametrize("weight", ["15", "20"])
def test_a_weight_within_the_share_is_kept(weight):
    engine = Engine()
    _at_beyond_weight(engine)
    engine.handle("u", weight)
    assert engine.state("u").skp.iki[0].bobot == float(weight)

