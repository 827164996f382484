"""«Isi realisasi TW I» asks one IKI at a time (issue 18, tester55 F12): the IKI, its target, what the logbook says,
buttons «Sesuai catatan» / «Lewati» / «Selesai», typed answers, and the quarter's summary at the end; «sesuai
catatan» for a percentage combines every linked entry and asks when one cannot be read (tester55 F11)."""

import pytest

from bot.year.capaian import typed
from tests.agreed_year import agreed_over, steps_taken
from tests.talk import said

SKP = """1. Persentase balita yang ditimbang di posyandu setiap bulan - 85%
2. Jumlah kunjungan rumah ibu hamil risiko tinggi - 120 kunjungan
3. Persentase laporan KIA yang dikirim tepat waktu ke dinas - 100%"""


@pytest.fixture
def engine(tmp_path, at):
    yield from agreed_over(tmp_path, at, skp=SKP, day="2026-01-05T09:00")


def _labels(replies) -> list[str]:
    return [b.label for r in replies for b in r.buttons]


def _figures(engine, quarter: int = 1) -> list[float | None]:
    state = engine.state("u1")
    return [getattr(typed(state.year, iki.indikator, quarter), "value", None) for iki in state.skp.iki]


def test_the_quarters_realisasi_is_asked_iki_by_iki_and_ends_with_the_summary(engine, at):
    steps_taken(engine, at, "2026-02-11T10:00", "hari ini kunjungan rumah 6 ibu hamil risiko tinggi")
    at("2026-04-06T08:30")
    first = engine.handle("u1", "isi realisasi tw 1")
    text = said(first)
    assert "IKI 1" in text and "balita yang ditimbang" in text and "85%" in text and "IKI 2" not in text, text
    assert _labels(first) == ["Lewati", "Selesai"]  # the logbook has no figure for it: nothing to take
    second = engine.handle("u1", "87,5%")  # a bare figure is the asked IKI's
    assert "IKI 1 TW I: 87,5%" in said(second) and "kunjungan rumah" in said(second), said(second)
    assert "Menurut catatan harian: 6 kunjungan" in said(second)
    assert _labels(second) == ["Sesuai catatan", "Lewati", "Selesai"]
    third = engine.handle("u1", "lewati dulu")
    assert "laporan KIA" in said(third) and _figures(engine) == [87.5, None, None]
    # several IKI typed at once still work, the skipped one among them; nothing is left, so the summary closes it
    last = said(engine.handle("u1", "IKI 3: 11 dari 12, IKI 2: 9"))
    assert "Realisasi TW I:" in last and "Semua IKI sudah ada realisasinya" in last, last
    assert _figures(engine) == [87.5, 9, 91.7]
    assert engine.state("u1").year_ask.walk is None


def test_sesuai_catatan_takes_the_logbook_and_selesai_names_what_is_left(engine, at):
    steps_taken(engine, at, "2026-02-11T10:00", "hari ini kunjungan rumah 4 ibu hamil risiko tinggi",
                "2026-03-02T10:00", "kunjungan rumah 5 ibu hamil risti hari ini")
    at("2026-04-06T08:30")
    engine.press("u1", "year:realisasi:1")
    asked = engine.handle("u1", "41 dari 48")
    assert "IKI 1 TW I: 85,4%" in said(asked) and "9 kunjungan" in said(asked), said(asked)
    logbook = next(b.data for r in asked for b in r.buttons if b.label == "Sesuai catatan")
    assert "IKI 2 TW I: 9" in said(engine.press("u1", logbook))
    assert engine.press("u1", logbook)  # a button of a question the walk has left is no figure again
    done = said(engine.press("u1", "year:realisasi:stop"))
    assert "IKI 3: belum diisi" in done and "«IKI 3 TW I: …»" in done, done
    assert _figures(engine) == [85.4, 9, None]


def test_sesuai_catatan_for_a_percentage_asks_about_an_entry_whose_share_is_unread(engine, at):
    """A day of «5 dari 5» then a later entry with numbers but no share read: taking the logbook would keep 100% from
    the one day; the bot names the unread entry, what it could count, and asks for the quarter's figure."""
    steps_taken(engine, at, "2026-02-03T10:00", "hari ini 5 dari 5 laporan KIA dikirim tepat waktu ke dinas",
                "c1 ke IKI 3", "2026-03-04T10:00", "laporan KIA 2 pustu telat dikirim ke dinas")
    state = engine.state("u1")
    entries = [e for e in state.year.entries if e.iki == state.skp.iki[2].indikator]
    assert len(entries) == 2 and entries[1].rate is None, [(e.text, e.rate, e.iki) for e in state.year.entries]
    at("2026-04-06T08:30")
    asked = said(engine.handle("u1", "IKI 3 sesuai catatan"))
    assert "c2" in asked and "5 dari 5" in asked and "Berapa realisasi TW I seluruhnya?" in asked, asked
    assert _figures(engine) == [None, None, None]
    assert "IKI 3 TW I: 71,4%" in said(engine.handle("u1", "5 dari 7"))  # the answer to that question


def _entry_counts(engine) -> list[float | None]:
    return [e.quantity for e in engine.state("u1").year.entries]


def test_a_correction_during_the_walk_puts_right_the_realisasi_it_names_never_a_logbook_count(engine, at):
    """tester56 F1: «eh maaf bukan 98 tp 96,5%» typed once the walk had moved to the next IKI rewrote the count of the
    logbook entry kept last (20 kapal → 96,5) and left the realisasi at 98%."""
    steps_taken(engine, at, "2026-04-02T10:00", "hari ini kunjungan rumah 7 ibu hamil risiko tinggi")
    at("2026-04-06T08:30")
    engine.handle("u1", "isi realisasi tw 1")
    engine.handle("u1", "88%")
    asked = said(engine.handle("u1", "21 kunjungan"))
    assert "laporan KIA" in asked and _figures(engine) == [88, 21, None], asked
    told = said(engine.handle("u1", "ralat ya, bukan 21 tapi 24"))
    assert "IKI 2 TW I: 24" in told and "laporan KIA" in told, told  # the walk goes on at the IKI still asked
    assert _figures(engine) == [88, 24, None] and _entry_counts(engine) == [7]


def test_a_bare_correction_during_the_walk_puts_right_the_realisasi_typed_last(engine, at):
    steps_taken(engine, at, "2026-04-02T10:00", "hari ini kunjungan rumah 7 ibu hamil risiko tinggi")
    at("2026-04-06T08:30")
    engine.handle("u1", "isi realisasi tw 1")
    engine.handle("u1", "88%")
    told = said(engine.handle("u1", "eh salah, 86,5%"))
    assert "IKI 1 TW I: 86,5%" in told and "kunjungan rumah" in told, told
    assert _figures(engine) == [86.5, None, None] and _entry_counts(engine) == [7]


def test_a_correction_whose_old_value_no_realisasi_holds_is_asked_and_changes_nothing(engine, at):
    steps_taken(engine, at, "2026-04-02T10:00", "hari ini kunjungan rumah 7 ibu hamil risiko tinggi")
    at("2026-04-06T08:30")
    engine.handle("u1", "isi realisasi tw 1")
    engine.handle("u1", "88%")
    told = said(engine.handle("u1", "eh bukan 80 tp 85"))
    assert "belum ada yang saya ubah" in told and "IKI 1: 88" in told, told
    assert _figures(engine) == [88, None, None] and _entry_counts(engine) == [7]


def test_a_correction_of_a_number_only_the_entry_kept_today_holds_puts_that_entry_right(engine, at):
    """play41: «bukan 5 tapi 3» after «… kasih 5 rekomendasi», the quarter's realisasi still recent, was answered «tidak
    ada yang bernilai 5 … belum ada yang saya ubah» and the entry kept its wrong count."""
    steps_taken(engine, at, "2026-04-06T08:00", "hari ini kunjungan rumah 7 ibu hamil risiko tinggi")
    at("2026-04-06T08:30")
    engine.handle("u1", "isi realisasi tw 1")
    engine.handle("u1", "88%")
    told = said(engine.handle("u1", "eh salah ketik, bkn 7 tp 9"))
    assert "belum ada yang saya ubah" not in told and "dibetulkan" in told, told
    assert _figures(engine) == [88, None, None] and _entry_counts(engine) == [9]


def test_a_figure_put_right_at_the_percent_doubt_lets_the_walk_go_on(engine, at):
    """tester59 F5: «0,9» asked as 90%, then «eh salah, 88%» saved it and the walk stopped; «trs?» got a passage."""
    at("2026-04-06T08:30")
    engine.handle("u1", "isi realisasi tw 1")
    doubt = said(engine.handle("u1", "0,86"))
    assert "maksudnya 86%" in doubt, doubt
    fixed = said(engine.handle("u1", "ralat, 84 persen"))
    assert "IKI 1 TW I: 84%" in fixed and "kunjungan rumah" in fixed, fixed  # IKI 2 asked next
    assert engine.state("u1").year_ask.walk == 2
    again = said(engine.handle("u1", "terus gmn dong?"))
    assert "kunjungan rumah" in again and "Sumber" not in again and "e-Kinerja" not in again, again
    assert _figures(engine) == [84, None, None]


def test_the_percent_doubt_answered_by_its_button_lets_the_walk_go_on(engine, at):
    at("2026-04-06T08:30")
    engine.handle("u1", "isi realisasi tw 1")
    engine.handle("u1", "0,9")
    yes = said(engine.press("u1", "year:percent:yes"))
    assert "IKI 1 TW I: 90%" in yes and "kunjungan rumah" in yes, yes
    assert "laporan KIA" in said(engine.handle("u1", "lewati")) and _figures(engine) == [90, None, None]


@pytest.mark.parametrize("text", ["lanjut?", "next", "trs yg berikutnya?"])
def test_asking_what_comes_next_under_the_walk_asks_the_waiting_iki_again(engine, at, text):
    at("2026-04-06T08:30")
    engine.handle("u1", "isi realisasi tw 1")
    engine.handle("u1", "80%")
    again = said(engine.handle("u1", text))
    assert again.startswith("Realisasi TW I, IKI 2") and "Sumber" not in again, again
