"""Warm start and iki doctor: everything is loaded and checked before the first update, timed per part."""

import hashlib
import json
import os
import subprocess
import sys

import pytest

from evals import hardening_evals as hardening
from evals.fake_telegram import TOKEN, FakeTelegram
from evals.servers import free_port
from tests.conftest import ROOT

PARTS = ["pengaturan", "folder data", "katalog Renstra", "pedoman", "model embedding", "indeks", "penyimpanan", "LLM",
         "pemanasan"]


def test_doctor_passes_and_names_every_part(run_iki, data_dir_with_index):
    done = run_iki("doctor", env={"IKI_TELEGRAM_TOKEN": TOKEN})
    assert done.returncode == 0, done.stdout + done.stderr
    for part in PARTS:
        assert f"✓ {part}:" in done.stdout, done.stdout
    assert "cocok dengan dokumen dan model" in done.stdout and "semua orang boleh memakai bot" in done.stdout


def test_doctor_fails_with_hints_and_warns_on_an_unreachable_model(run_iki, data_dir_with_index):
    env = {"IKI_TELEGRAM_TOKEN": "",
           "IKI_DATABASE_URL": f"postgresql://iki@127.0.0.1:{free_port()}/iki",
           "IKI_LLM_PROVIDER": "openai", "IKI_LLM_MODEL": "qwen", "IKI_LLM_BASE_URL": f"http://127.0.0.1:{free_port()}/v1"}
    done = run_iki("doctor", env=env)
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    assert "✗ pengaturan: IKI_TELEGRAM_TOKEN belum diisi" in done.stdout
    assert "✗ penyimpanan:" in done.stdout and "→ Periksa IKI_DATABASE_URL" in done.stdout
    assert "✗ LLM terjangkau:" in done.stdout and "peringatan, bot tetap bisa jalan" in done.stdout
    assert "✓ indeks:" in done.stdout  # the other parts are still checked


@pytest.mark.slow
def test_telegram_is_ready_before_the_first_update_and_answers_it(data_dir_with_index, tmp_path):
    """Polling mode: one "ready" log line with seconds per part, the empty allow-list warned about, then /ikk."""
    # A subprocess: the warm start is what a fresh process does before its first update; it ends on SIGTERM.
    with FakeTelegram() as fake:
        env = {**os.environ, "IKI_DATA_DIR": str(data_dir_with_index), "IKI_TELEGRAM_TOKEN": TOKEN,
               "IKI_TELEGRAM_BASE_URL": fake.base_url, "IKI_ALLOWED_USERS": "",
               "IKI_DATABASE_URL": "", "IKI_CHROMA_URL": ""}
        log = tmp_path / "bot.log"
        with log.open("w") as handle:
            process = subprocess.Popen([sys.executable, "-m", "bot.cli", "telegram"], cwd=ROOT, env=env,
                                       stdout=handle, stderr=subprocess.STDOUT)
        try:
            fake.wait_for(lambda _: '"event": "ready"' in log.read_text(), timeout=240)
            fake.send_text(4242, "/ikk skrining bayi baru lahir")
            fake.wait_for(lambda _: any("IKK 5.1.1" in t for t in fake.received(4242)), timeout=60)
        finally:
            process.terminate()
            process.wait(30)
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    warning = next(i for i, line in enumerate(lines) if "semua orang boleh memakai bot" in line["event"])
    ready = next(i for i, line in enumerate(lines) if line["event"] == "ready")
    assert warning < ready and lines[warning]["level"] == "WARNING"
    assert set(PARTS) <= set(lines[ready]["seconds"]) and lines[ready]["total_s"] > 0


def test_doctor_says_a_damaged_sqlite_file_is_damaged_and_keeps_it(run_iki, data_dir_with_index):
    state = data_dir_with_index / "state.sqlite3"
    hardening.fill_store(state)
    hardening.truncated(state)
    before = state.read_bytes()
    done = run_iki("doctor", env={"IKI_TELEGRAM_TOKEN": TOKEN})
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    assert f"✗ penyimpanan: Berkas penyimpanan {state} rusak (isinya rusak)" in done.stdout, done.stdout
    assert "iki doctor --move-aside" in done.stdout and "PostgreSQL" not in done.stdout
    assert "malformed" not in done.stdout and state.read_bytes() == before
    assert "✓ indeks:" in done.stdout  # the other parts are still checked


def test_doctor_prints_no_secret(run_iki, data_dir_with_index):
    """Every value doctor may print (a check's detail, an error's text, a hint) goes out with the secrets masked."""
    env = {"IKI_TELEGRAM_TOKEN": "5550001111:AAH-doctor-token-0123456789abcdefgh",
           "IKI_TELEGRAM_WEBHOOK_SECRET": "webhook-Secret-42", "IKI_LOG_SALT": "salt-Value-0123456789",
           "IKI_DATABASE_URL": f"postgresql://iki:Db-Pass-42@127.0.0.1:{free_port()}/iki",
           "IKI_LLM_PROVIDER": "openai", "IKI_LLM_MODEL": "qwen", "IKI_LLM_API_KEY": "sk-Key-42",
           "IKI_LLM_BASE_URL": f"http://iki:Llm-Pass-42@127.0.0.1:{free_port()}/v1"}
    done = run_iki("doctor", env=env)
    printed = done.stdout + done.stderr
    assert "✗ penyimpanan:" in printed and "✗ LLM terjangkau: http://iki:***@127.0.0.1" in printed, printed
    for secret in ("AAH-doctor-token", "webhook-Secret-42", "salt-Value", "Db-Pass-42", "sk-Key-42", "Llm-Pass-42"):
        assert secret not in printed


def test_the_service_refuses_a_damaged_store_before_loading_anything_else(run_iki, tmp_path):
    state = tmp_path / "data" / "state.sqlite3"
    hardening.fill_store(state)
    hardening.garbage(state)
    done = run_iki("telegram", env={"IKI_TELEGRAM_TOKEN": TOKEN})
    assert done.returncode == 2 and "✗ penyimpanan: Berkas penyimpanan" in done.stderr, done.stderr
    assert "iki doctor --restore-backup" in done.stderr and "PostgreSQL" not in done.stderr
    assert "model embedding" not in done.stderr  # stopped at the first failure, in well under a second


def test_log_pseudonyms_are_salted_and_kept_across_restarts(tmp_path, monkeypatch):
    import logging

    from bot import logs
    from bot.settings import Settings, log_salt

    for name in ("_salt", "_secrets"):
        monkeypatch.setattr(logs, name, getattr(logs, name))
    monkeypatch.setattr(logging.root, "handlers", logging.root.handlers[:])  # configure() replaces them in place
    salt = log_salt(Settings(data_dir=tmp_path))
    assert log_salt(Settings(data_dir=tmp_path)) == salt and len(salt) >= 32  # generated once, then kept
    assert log_salt(Settings(data_dir=tmp_path, log_salt="a-shared-salt-for-replicas")) == b"a-shared-salt-for-replicas"
    logs.configure("INFO", salt=salt)
    kept = logs.pseudonym("4242")
    assert kept != hashlib.sha256(b"4242").hexdigest()[:10] and len(kept) == 10
    logs.configure("INFO", salt=log_salt(Settings(data_dir=tmp_path / "other")))
    assert logs.pseudonym("4242") != kept
