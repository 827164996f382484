"""tester51 persona 1 (a hemodialysis nurse through the year): the rencana aksi's stages name the work, a realisasi
typed as the count of what the IKI counts the absence of is turned around and said so, and a reminder's buttons
work when typed after the chat is reopened."""

import pytest

from bot.conversation import Engine
from tests.agreed_year import agreed_over
from tests.talk import said

HD_SKP = """1. Persentase tindakan HD yang dilaksanakan sesuai jadwal - 95%
2. Persentase pasien HD yang tidak mengalami komplikasi intradialisis - 98%
3. Jumlah pasien HD yang lulus evaluasi edukasi pembatasan cairan - 120 orang"""


@pytest.fixture(name="engine")
def hd_engine(tmp_path, at):
    """An engine holding the nurse's agreed SKP, agreed on 12 January 2026."""
    yield from agreed_over(tmp_path, at, HD_SKP, "2026-01-12T10:00")


def test_rencana_stages_name_the_work_never_the_patients(engine):
    """P1-5: /rencana proposed «Pelaksanaan pasien HD TW I», «Penyelesaian pasien HD TW I · 30 orang», «Persiapan
    pelaksanaan pasien HD: SOP …»: people are not carried out; the stage names the work done for them."""
    shown = said(engine.handle("u1", "/rencana"))
    for wrong in ("Pelaksanaan pasien", "Penyelesaian pasien", "pelaksanaan pasien", "penyelesaian pasien"):
        assert wrong not in shown, shown
    assert "Pencegahan komplikasi intradialisis pada pasien HD TW I" in shown, shown
    assert "Evaluasi edukasi pembatasan cairan pada pasien HD TW I" in shown, shown
    assert "Pelaksanaan tindakan HD TW I" in shown  # an act is carried out: kept


def test_a_count_of_complications_for_an_iki_of_those_without_is_kept_as_its_complement(engine, at):
    """P1-7: «iki 4 komplikasi 9 dari 180 tindakan» for «… yang tidak mengalami komplikasi» was kept as 5% (capaian
    5,3%): the figure counts the complement, so 171 dari 180 (95%) is kept, and the reply says how it was read."""
    at("2026-04-02T09:00")
    reply = said(engine.handle("u1", "iki 2 komplikasi 9 dari 180 tindakan"))
    assert "IKI 2 TW I: 95%" in reply and "171 dari 180 tanpa komplikasi" in reply, reply
    kept = [r for r in engine.state("u1").year.realisasi if r.quarter == 1]
    assert [(r.numerator, r.denominator) for r in kept] == [(171, 180)]
    # typed as the IKI counts it, the figure is kept as it is
    reply = said(engine.handle("u1", "iki 2 tw1 tanpa komplikasi 170 dari 180"))
    assert "IKI 2 TW I: 94,4%" in reply and "mengalami" not in reply, reply


def test_a_bare_count_of_complications_is_never_kept_as_the_rate(engine, at):
    at("2026-04-02T09:00")
    reply = said(engine.handle("u1", "iki 2 komplikasi 9"))
    assert "berapa dari berapa" in reply, reply
    assert not engine.state("u1").year.realisasi



def test_a_reminders_button_typed_as_its_number_presses_it_after_the_chat_reopens(engine, at):
    """P1-8: the end-of-TW I reminder, sent by the job (not in a turn) with [#1] «Isi realisasi TW I», then «#1»
    typed in the next session: «pesan terakhir saya tidak punya tombol nomor 1» and a January list. A message sent
    after a reply with no buttons is the last one the user saw: its buttons answer «#N»."""
    at("2026-04-01T09:00")
    sent = [due for due in Engine(engine._store).tick() if due.user_id == "u1"]
    assert any("Isi realisasi TW I" in b.label for due in sent for r in due.replies for b in r.buttons), sent
    for due in sent:
        engine.delivered(due)
    at("2026-04-02T08:00")
    reply = said(Engine(engine._store).handle("u1", "#1"))
    assert "tidak punya tombol" not in reply and "Tulis realisasi TW I per IKI" in reply, reply
    # a turn after it whose reply has buttons of its own: «#N» is that reply's again
    assert "Terima" in [b.label for r in engine.handle("u1", "/rencana") for b in r.buttons]
    assert "Isi realisasi" not in said(engine.handle("u1", "#9"))
