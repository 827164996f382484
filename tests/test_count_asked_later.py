"""«Jumlahnya berapa? … balas angkanya saja» left unanswered: a number alone typed first on a later day (the next
session) is still its answer while that entry is the logbook's last one and its count unread (tester52 P1-6: «Angka 4
saja belum jelas untuk apa»); a later turn of the same day is no count of it (test_year_chat)."""

import pytest

from bot.conversation import Engine
from bot.storage.sqlite import SqliteStore
from tests.agreed_year import agreed
from tests.talk import said

SKP = """1. Persentase pasien STEMI yang mendapat PCI primer dengan waktu door-to-balloon ≤ 90 menit - 85%
2. Jumlah tindakan PCI primer - 120 tindakan
3. Persentase hasil ekokardiografi yang selesai dibaca dalam 24 jam - 90%"""


@pytest.fixture
def store(tmp_path, at):
    at("2026-01-05T09:00")
    store = SqliteStore(tmp_path / "s.sqlite3")
    agreed(Engine(store), skp=SKP)
    at("2026-04-22T09:00")
    yield store
    store.close()


def asked(engine: Engine) -> None:
    engine.handle("u1", "senin kemarin did 4 primary PCI")
    assert "Jumlahnya berapa?" in said(engine.handle("u1", "c1 ke IKI 2"))


def test_a_number_alone_in_the_next_session_answers_the_count_left_open(store, at):
    asked(Engine(store))
    said(Engine(store).handle("u1", "/capaian"))
    at("2026-04-23T08:00")
    text = said(Engine(store).handle("u1", "4"))  # a new session, the next morning
    assert "Jumlah catatan c1 (20 Apr): 4, dihitung untuk IKI 2." in text and "belum jelas" not in text, text


def test_a_later_entry_leaves_the_number_alone_unread(store, at):
    engine = Engine(store)
    asked(engine)
    engine.handle("u1", "hari ini baca ekokardiografi 20 pasien semua selesai dalam 24 jam")
    at("2026-04-23T08:00")
    text = said(Engine(store).handle("u1", "4"))
    assert "Jumlah catatan c1" not in text and "belum jelas" in text, text
