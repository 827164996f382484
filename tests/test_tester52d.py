"""tester52's findings on records asked in words, buttons, reminders and the catalog search (fix57d), each replayed
through the engine as the user typed it."""

import pytest

from tests.agreed_year import agreed, sqlite_engine
from tests.talk import said


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


def test_a_reminder_asked_for_every_day_is_set_for_every_day(engine, at):
    # P2-10: «ingatkan catatan tiap hari jam 10 malam» was saved as «setiap hari kerja (Senin–Jumat)»
    agreed(engine)
    at("2026-01-12T10:00")
    text = said(engine.handle("u1", "ingatkan catatan tiap hari jam 8 malam"))
    assert "setiap hari (Senin–Minggu) jam 20:00" in text, text
    assert engine.state("u1").year.reminders.logbook.days == list(range(7))
    text = said(engine.handle("u1", "ingatkan catatan tiap hari kerja jam 4 sore"))
    assert "setiap hari kerja (Senin–Jumat) jam 16:00" in text, text


def test_the_daily_nudge_waits_for_an_skp_agreed_or_complete(engine, at):
    # P2-9: a Ketua Tim got the daily logbook nudge while her SKP was still a 2-IKI draft without weights
    from bot.clock import parse_time

    at("2026-01-14T09:00")
    replies = engine.handle("u1", "ini SKP saya:\n1. Jumlah berkas usulan kenaikan pangkat yang diverifikasi 600 berkas\n"
                                  "2. Persentase usulan kenaikan pangkat yang ditetapkan tepat waktu 95%")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Simpan" in b.label))
    engine.handle("u1", "/batal")
    text = said(engine.handle("u1", "ingatkan catatan tiap hari kerja jam 4 sore"))
    assert "setelah SKP ditetapkan" in text, text
    at("2026-01-14T16:05")
    assert engine.tick(parse_time("2026-01-14T16:05")) == []
    replies = engine.handle("u1", "/tetapkan")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Ya" in b.label))
    at("2026-01-15T16:05")
    due = engine.tick(parse_time("2026-01-15T16:05"))
    assert due and due[0].replies[0].text.startswith("Pengingat catatan harian")


def test_a_button_renumbered_on_reopening_is_pressed_by_the_number_the_user_saw(tmp_path, monkeypatch, at):
    # P1-14: after a restart the open question's buttons [10]–[13] came back as [1]–[4] (asked again with a button
    # more than the screen left showed), and «#12» (the number the user saw) was «Pilihan 12 tidak ada»
    import io

    from bot import chat
    from bot.conversation.replies import Button, Reply

    monkeypatch.setenv("IKI_DATA_DIR", str(tmp_path))
    engine = next(sqlite_engine(tmp_path, at))
    agreed(engine, "terminal")
    at("2026-03-31T10:00")
    engine.handle("terminal", "/mpph Jumlah sertifikat hasil kalibrasi alat kesehatan; 100 Sertifikat")
    other = Reply("Daftar lain", [Button(f"Lain {i}", f"skp:edit:{i}") for i in range(1, 10)])
    asked = engine.pending("terminal")[-1]
    left = Reply(asked.text, asked.buttons[:-1])  # the screen the user left: [#12] is «kuantitatif», no «Batal»
    engine.seen("terminal", [other, left])
    out = io.StringIO()
    chat.run(engine, io.StringIO("#12\n"), out)
    assert "[#12]" not in out.getvalue() and "tidak ada" not in out.getvalue(), out.getvalue()
    assert "Langkah 3 dari 3" in out.getvalue() and "beban kuantitatif" in out.getvalue().split("Langkah 3")[1], \
        out.getvalue()


@pytest.mark.parametrize("text", ["yg mana yg ketinggalan", "mana aja sih yg masih ketinggalan?"])
def test_which_are_behind_asked_without_an_iki_word_shows_the_capaian_with_the_iki_behind(engine, at, text):
    # P1-12: «yg mana yg ketinggalan» got a Sekjen passage on cascading instead of the IKI behind trajectory
    agreed(engine)
    at("2026-04-03T10:00")
    engine.handle("u1", "IKI 1: 100 dari 150")
    reply = said(engine.handle("u1", text))
    assert reply.startswith("Capaian per IKI") and "di bawah trajektori TW I" in reply, reply


def test_a_behind_word_beside_other_words_is_not_taken_for_the_capaian(engine, at):
    agreed(engine)
    at("2026-04-03T10:00")
    assert not said(engine.handle("u1", "yg mana yg ketinggalan kereta tadi pagi")).startswith("Capaian per IKI")


@pytest.mark.parametrize("text", ["morning! kemarin sampe mana ya?", "tadi kita sampai mana?"])
def test_where_was_i_asked_with_a_question_open_asks_that_question_again(text):
    # P3-5: «morning! kemarin sampe mana ya?» the next day was «Pertanyaan itu di luar pedoman …»
    from bot.conversation import Engine

    engine = Engine()
    replies = engine.handle("u1", "ini SKP saya:\n1. Jumlah berkas usulan kenaikan pangkat yang diverifikasi 600 berkas"
                                  "\n2. Persentase usulan kenaikan pangkat yang ditetapkan tepat waktu 95%")
    engine.press("u1", next(b.data for r in replies for b in r.buttons if "Simpan" in b.label))
    replies = engine.handle("u1", text)
    assert said(replies).startswith("Kita berhenti di langkah ini:\nCapaian terakhir (data awal)"), said(replies)
    assert "Belum ada data awal" in [b.label for r in replies for b in r.buttons]
    prima = Engine()
    prima.handle("u1", "/prima")
    text = said(prima.handle("u1", text))
    assert "Langkah 1 dari 5" in text and "pedoman" not in text, text


def test_a_row_holding_only_the_age_group_of_a_search_is_not_shown():
    # P2-1: «/ikk skrining PTM usia 15 tahun ke atas» listed the newborns' free health check row (it shares «usia»)
    from bot.conversation import Engine

    engine = Engine()
    text = said(engine.handle("u1", "/ikk skrining PTM usia 15 tahun ke atas"))
    assert "bayi baru lahir" not in text and text.startswith("Tidak ada indikator Renstra"), text
    text = said(engine.handle("u1", "/ikk cek kesehatan gratis bayi baru lahir"))
    assert "IKK 5.1.1" in text, text  # the row still found by what it is about


def test_the_search_topic_says_a_word_met_twice_once():
    # P2-1: «… buat tim sy? tim hipertensi, direktorat P2PTM» was echoed «tim tim hipertensi direktorat p2ptm»
    from bot.conversation import Engine

    text = said(Engine().handle("u1", "ikk apa aja yg berlaku buat tim sy? tim hipertensi, direktorat P2PTM"))
    assert "«tim hipertensi direktorat p2ptm»" in text, text
