"""Settings are checked before any command runs: every wrong IKI_ value is named in Indonesian, exit code 2,
never a traceback and never pydantic's English."""

import pytest

COMMANDS = [("check", "-"), ("search", "stunting"), ("chat",), ("telegram",), ("doctor",)]


def assert_explained(done, *words):
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "Input should" not in done.stderr and "validation error" not in done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_data_dir_that_cannot_be_created_is_named(run_iki, tmp_path, command):
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("ini berkas")
    done = run_iki(*command, env={"IKI_DATA_DIR": str(blocker / "data")})
    assert_explained(done, "IKI_DATA_DIR", "tidak bisa dibuat atau ditulisi")


@pytest.mark.parametrize("name,value,words", [
    ("IKI_LOG_LEVEL", "CEREWET", ["IKI_LOG_LEVEL", "«CEREWET»", "DEBUG, INFO"]),
    ("IKI_RATE_LIMIT_PER_MINUTE", "0", ["IKI_RATE_LIMIT_PER_MINUTE", "lebih dari 0"]),
    ("IKI_RATE_LIMIT_PER_MINUTE", "dua puluh", ["IKI_RATE_LIMIT_PER_MINUTE", "bilangan bulat positif"]),
    ("IKI_ALLOWED_USERS", "123456, @budi", ["IKI_ALLOWED_USERS", "«@budi» bukan ID pengguna Telegram"]),
    ("IKI_LLM_TIMEOUT_S", "lama", ["IKI_LLM_TIMEOUT_S", "harus angka"]),
    ("IKI_LLM_PROVIDER", "gpt", ["IKI_LLM_PROVIDER", "harus salah satu dari"]),
    ("IKI_DATABASE_URL", "mysql://db/iki", ["IKI_DATABASE_URL", "URL PostgreSQL"]),
    ("IKI_CHROMA_URL", "chroma:8000", ["IKI_CHROMA_URL", "http://chroma:8000"]),
    ("IKI_TELEGRAM_WEBHOOK_SECRET", "ada spasi!", ["IKI_TELEGRAM_WEBHOOK_SECRET", "huruf, angka"]),
])
def test_an_invalid_setting_is_named_with_what_it_expects(run_iki, name, value, words):
    assert_explained(run_iki("check", "-", env={name: value}), *words)


@pytest.mark.parametrize("command", COMMANDS[1:], ids=lambda c: c[0])
def test_every_command_checks_the_settings_first(run_iki, command):
    assert_explained(run_iki(*command, env={"IKI_ALLOWED_USERS": "@budi"}), "IKI_ALLOWED_USERS", "«@budi»")


def test_webhook_mode_requires_the_secret(run_iki):
    done = run_iki("telegram", "--webhook", "https://iki.example.go.id/telegram",
                   env={"IKI_TELEGRAM_TOKEN": "123:abc", "IKI_TELEGRAM_WEBHOOK_SECRET": ""})
    assert_explained(done, "IKI_TELEGRAM_WEBHOOK_SECRET wajib")
