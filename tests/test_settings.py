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
    # Set, but holding no id: fail closed instead of letting everyone in.
    ("IKI_ALLOWED_USERS", " , ", ["IKI_ALLOWED_USERS", "tidak berisi satu pun ID"]),
    ("IKI_ALLOWED_USERS", "   ", ["IKI_ALLOWED_USERS", "tidak berisi satu pun ID"]),
    ("IKI_ALLOWED_USERS", "４２４２", ["IKI_ALLOWED_USERS", "«４２４２» bukan ID pengguna Telegram"]),
    ("IKI_ALLOWED_USERS", "123, ²", ["IKI_ALLOWED_USERS", "«²» bukan ID"]),
    ("IKI_LOG_SALT", "pendek", ["IKI_LOG_SALT", "paling sedikit 16"]),
])
def test_an_invalid_setting_is_named_with_what_it_expects(run_iki, name, value, words):
    assert_explained(run_iki("check", "-", env={name: value}), *words)


@pytest.mark.parametrize("name,value,secret", [
    ("IKI_TELEGRAM_WEBHOOK_SECRET", "has space!+=/K9", "has space!+=/K9"),
    ("IKI_TELEGRAM_WEBHOOK_SECRET", "x" * 300, "x" * 300),
    ("IKI_DATABASE_URL", "mysql://iki:Sup3r-Secret@db/iki", "Sup3r-Secret"),
    ("IKI_DATABASE_URL", "mysql://iki:p%40ss-W0rd@db/iki", "p%40ss-W0rd"),
    ("IKI_CHROMA_URL", "http://iki:Chr0ma-Pw@chroma:8000/x", "Chr0ma-Pw"),
    ("IKI_LOG_SALT", "kurang-panjang", "kurang-panjang"),
])
def test_an_invalid_secret_is_named_but_never_shown(run_iki, name, value, secret):
    done = run_iki("check", "-", env={name: value})
    assert_explained(done, name)
    assert secret not in done.stderr and secret[:6] not in done.stderr


def test_only_ascii_ids_are_allowed_and_written_as_telegram_writes_them():
    from bot.settings import Settings

    assert Settings(allowed_users="0042, 7,").allowed_user_ids == {"42", "7"}
    assert Settings(allowed_users="").allowed_user_ids == set()  # unset: everyone, as before (warned at start)


@pytest.mark.parametrize("command", COMMANDS[1:], ids=lambda c: c[0])
def test_every_command_checks_the_settings_first(run_iki, command):
    assert_explained(run_iki(*command, env={"IKI_ALLOWED_USERS": "@budi"}), "IKI_ALLOWED_USERS", "«@budi»")


def test_webhook_mode_requires_the_secret(run_iki):
    done = run_iki("telegram", "--webhook", "https://iki.example.go.id/telegram",
                   env={"IKI_TELEGRAM_TOKEN": "123:abc", "IKI_TELEGRAM_WEBHOOK_SECRET": ""})
    assert_explained(done, "IKI_TELEGRAM_WEBHOOK_SECRET wajib")
