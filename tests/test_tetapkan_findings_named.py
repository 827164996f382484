"""/tetapkan on an SKP the rules still find errors in (tester59 F21): the question names them and its button says
the SKP is agreed with them; once agreed, the reply names what is still open, never a clean «SKP ditetapkan» alone."""

from bot.conversation import Engine
from bot.storage.sqlite import SqliteStore
from tests.agreed_year import SKP, tap
from tests.talk import said


def test_an_skp_agreed_with_errors_says_which_stay_open(tmp_path, at):
    at("2026-01-12T09:00")
    store = SqliteStore(tmp_path / "s.sqlite3")
    engine = Engine(store)
    tap(engine, "u1", engine.handle("u1", f"ini SKP saya:\n{SKP}"), "Simpan semua")
    asked = engine.handle("u1", "/tetapkan")
    labels = [b.label for r in asked for b in r.buttons]
    assert "temuan yang sebaiknya diperbaiki" in said(asked) and "Profesionalitas ASN" in said(asked)
    assert any(label.startswith("Ya, tetapkan dgn") and "temuan" in label for label in labels), labels
    assert all(len(label) <= 30 for label in labels)
    done = said(engine.handle("u1", "ya"))
    assert "SKP ditetapkan (versi 1" in done and "temuan yang masih terbuka" in done, done
    assert "Indeks Profesionalitas ASN" in done and "/ubah NOMOR" in done
    store.close()
