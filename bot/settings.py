"""Configuration from IKI_* environment variables (or a .env file); later features add their settings here."""

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

_REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="IKI_", env_file=".env", extra="ignore")

    data_dir: Path = Path("./data")
    # Where the rule lexicon, policy and rewrite patterns live (data, not code).
    knowledge_dir: Path = _REPO_ROOT / "knowledge"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
