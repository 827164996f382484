"""Warm start and `iki doctor`: load and check every part the bot needs before it takes an update, timing each.

`iki telegram` runs these and logs one "ready" line; `iki doctor` runs the same and prints ✓/✗ with a hint.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.logs import mask
from bot.settings import LOG_SALT_FILE, Settings, SettingsError, ensure_data_dir, log_salt
from bot.storage import what_to_check

log = logging.getLogger("asisten_iki.ready")

# What the warm-up asks through a throwaway engine, so the first real user pays no first-call costs.
WARM_UP = ("/ikk skrining bayi baru lahir", "/tanya berapa jumlah IKI yang boleh dimiliki?",
           "/cek Melakukan monitoring dan evaluasi pelaksanaan SBBL", "/rhk Persentase rekomendasi yang ditindaklanjuti",
           "/prima", "IKK 5.1.1")


@dataclass
class Check:
    name: str
    ok: bool
    seconds: float
    detail: str
    hint: str = ""
    warning: bool = False  # a failed warning is reported, but does not stop the start


@dataclass
class Ready:
    checks: list[Check] = field(default_factory=list)
    retriever: Any = None
    store: Any = None
    assistant: Any = None

    @property
    def ok(self) -> bool:
        return all(c.ok or c.warning for c in self.checks)

    def seconds(self) -> dict[str, float]:
        return {c.name: round(c.seconds, 2) for c in self.checks}


class _Stop(Exception):
    """A check failed and the caller asked to stop at the first failure (a service that cannot start)."""


def _runner(ready: Ready, settings: Settings, stop_at_failure: bool):
    secrets = settings.secrets()

    def run(name: str, step: Callable[[], tuple[str, Any]], hint: str = "", warning: bool = False) -> Any:
        started = time.perf_counter()
        try:
            detail, value = step()
            ready.checks.append(Check(name, True, time.perf_counter() - started, mask(detail, secrets)))
            return value
        except Exception as exc:  # every failure becomes a line with a hint, never a traceback (nor a secret)
            advice = getattr(exc, "advice", "") or hint  # a damaged store says itself what to do
            ready.checks.append(Check(name, False, time.perf_counter() - started, mask(_reason(exc), secrets),
                                      mask(advice, secrets), warning))
            if stop_at_failure and not warning:
                raise _Stop from None
            return None

    return run


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text or type(exc).__name__


def warm_start(settings: Settings, telegram: bool = True, webhook: bool = False, stop_at_failure: bool = False) -> Ready:
    """Every check in order; later parts are skipped (and reported) when what they need failed. stop_at_failure: end
    at the first failed check (the service refuses to start at once, instead of loading the model first)."""
    ready = Ready()
    try:
        _checks(ready, settings, telegram, webhook, _runner(ready, settings, stop_at_failure))
    except _Stop:
        pass
    return ready


def _checks(ready: Ready, settings: Settings, telegram: bool, webhook: bool, run: Callable) -> None:
    run("pengaturan", lambda: _settings(settings, telegram, webhook),
        "Perbaiki variabel IKI_ yang disebut, lalu jalankan iki doctor lagi.")
    run("folder data", lambda: _data_dir(settings), "Arahkan IKI_DATA_DIR ke folder yang boleh ditulisi.")
    # The store before the slow parts: a damaged or unreachable one stops the service within a second.
    ready.store = run("penyimpanan", lambda: _store(settings), what_to_check(settings))
    catalog = run("katalog Renstra", lambda: _catalog(settings),
                  "Periksa berkas katalog; impor ulang dengan iki import-renstra FILE.xlsx.")
    run("pedoman", lambda: _passages(settings), "Periksa IKI_KNOWLEDGE_DIR (folder knowledge/guidelines).")
    model = run("model embedding", _model,
                "Kosongkan IKI_EMBEDDING_MODEL untuk model bawaan, atau isi dengan folder model lokal.")
    if catalog is not None and model is not None:
        ready.retriever = run("indeks", lambda: _index(settings, model),
                              "Periksa IKI_CHROMA_URL (server Chroma berjalan?) atau hapus IKI_DATA_DIR/index lalu iki index.")
    ready.assistant = run("LLM", lambda: _llm(settings), "Lengkapi IKI_LLM_MODEL, atau IKI_LLM_PROVIDER=none.")
    if ready.assistant is not None and settings.llm_provider != "none":
        run("LLM terjangkau", lambda: _llm_reachable(settings),
            "Bot tetap jalan tanpa AI. Periksa IKI_LLM_BASE_URL dan apakah server model berjalan.", warning=True)
    if ready.retriever is not None:
        run("pemanasan", lambda: _warm_up(ready.retriever),
            "Pencarian gagal saat uji coba; jalankan iki search \"stunting\" untuk melihat pesannya.")


def _settings(settings: Settings, telegram: bool, webhook: bool) -> tuple[str, None]:
    problems = []
    if telegram and not (settings.telegram_token and settings.telegram_token.get_secret_value().strip()):
        problems.append("IKI_TELEGRAM_TOKEN belum diisi (buat bot lewat @BotFather)")
    if webhook and not (settings.telegram_webhook_secret and settings.telegram_webhook_secret.get_secret_value()):
        problems.append("IKI_TELEGRAM_WEBHOOK_SECRET wajib untuk --webhook (huruf, angka, _ atau -, sampai 256 karakter)")
    if problems:
        raise SettingsError("; ".join(problems))
    who = f"{len(settings.allowed_user_ids)} pengguna terdaftar" if settings.allowed_user_ids else \
        "IKI_ALLOWED_USERS kosong: semua orang boleh memakai bot"
    shared = ""
    if settings.database_url and not (settings.log_salt and settings.log_salt.get_secret_value()):
        shared = "; IKI_LOG_SALT kosong: tiap replika dengan folder data sendiri menulis pseudonim lain di log"
    return f"{who}; log {settings.log_level}{shared}", None


def _data_dir(settings: Settings) -> tuple[str, None]:
    directory = ensure_data_dir(settings)
    log_salt(settings)  # created here once, so every later start logs the same pseudonyms
    salt = "IKI_LOG_SALT" if settings.log_salt and settings.log_salt.get_secret_value() else str(directory / LOG_SALT_FILE)
    return f"{directory}; garam pseudonim log: {salt}", None


def _catalog(settings: Settings) -> tuple[str, Any]:
    from bot.retrieval.catalog import load_catalog

    path = settings.catalog_file
    catalog = load_catalog(path)
    return f"{len(catalog.indicators)} indikator ({path})", catalog


def _passages(settings: Settings) -> tuple[str, Any]:
    from bot.retrieval.passages import load_passages

    passages = load_passages(settings.knowledge_dir / "guidelines")
    if not passages:
        raise ValueError(f"tidak ada bagian pedoman di {settings.knowledge_dir / 'guidelines'}")
    return f"{len(passages)} bagian pedoman", passages


def _model() -> tuple[str, Any]:
    from bot.retrieval.embeddings import embedder

    model = embedder()
    return model.reference, model


def _index(settings: Settings, model: Any) -> tuple[str, Any]:
    from bot.retrieval.retriever import Retriever

    retriever = Retriever(settings, model=model)
    state = "dibangun sekarang" if retriever.rebuilt else "cocok dengan dokumen dan model"
    return f"{retriever.vectors.where}: {state}", retriever


def _store(settings: Settings) -> tuple[str, Any]:
    from bot.storage import open_store

    store = open_store(settings)
    return f"{store.describe()}, skema versi {store.schema_version()}", store


def _llm(settings: Settings) -> tuple[str, Any]:
    from bot.llm.assistant import Assistant

    assistant = Assistant.from_settings(settings)
    if settings.llm_provider == "none":
        return "tidak dipakai (IKI_LLM_PROVIDER=none): usulan deterministik", assistant
    return f"{settings.llm_provider} {settings.llm_model}", assistant


def _llm_reachable(settings: Settings) -> tuple[str, None]:
    import httpx

    base = settings.llm_base_url or ("http://localhost:11434" if settings.llm_provider == "ollama" else "https://api.openai.com/v1")
    probe = f"{base.rstrip('/')}/api/tags" if settings.llm_provider == "ollama" else f"{base.rstrip('/')}/models"
    try:
        httpx.get(probe, timeout=3.0)
    except httpx.HTTPError as exc:
        raise ConnectionError(f"{base} tidak terjangkau ({type(exc).__name__})") from None
    return base, None


def _warm_up(retriever: Any) -> tuple[str, None]:
    """Run the commands users start with through a throwaway in-memory engine: first-call costs (model kernels,
    lexicons, typo tables) are paid here, not by the first user."""
    from bot.conversation import Engine
    from bot.storage.sqlite import SqliteStore

    engine = Engine(SqliteStore(), retriever=lambda: retriever, rate_limit=10**6)
    started = time.perf_counter()
    for text in WARM_UP:
        engine.handle("pemanasan", text)
    return f"{len(WARM_UP)} giliran contoh ({(time.perf_counter() - started) * 1000:.0f} ms)", None


def log_ready(ready: Ready, started: float) -> None:
    log.info("ready", extra={"seconds": ready.seconds(), "total_s": round(time.perf_counter() - started, 2)})


def print_report(ready: Ready, out) -> None:
    for check in ready.checks:
        note = " — peringatan, bot tetap bisa jalan" if check.warning and not check.ok else ""
        print(f"{'✓' if check.ok else '✗'} {check.name}: {check.detail} ({check.seconds:.1f} s){note}", file=out)
        if not check.ok and check.hint:
            print(f"  → {check.hint}", file=out)


def set_damaged_store_aside(settings: Settings, restore: bool) -> tuple[bool, str]:
    """`iki doctor --move-aside` / `--restore-backup`: only for a SQLite file the store finds damaged (a healthy one
    is never replaced by an older copy). (done, what to tell the operator)."""
    from bot.storage import StoreDamaged, StoreUnavailable
    from bot.storage.sqlite import SqliteStore, move_aside, restore_backup

    path = settings.state_db
    if settings.database_url:
        return False, "IKI_DATABASE_URL dipakai (PostgreSQL): pulihkan dari cadangan PostgreSQL Anda; tidak ada yang diubah."
    if not path.exists():
        return False, f"belum ada berkas penyimpanan {path}; tidak ada yang diubah."
    try:
        SqliteStore(path).close()
    except StoreDamaged:
        pass
    except StoreUnavailable as exc:
        return False, f"{exc}; berkas itu tidak rusak, jadi tidak diubah. {what_to_check(settings)}"
    else:
        return False, f"berkas penyimpanan {path} tidak rusak; tidak ada yang diubah."
    if not restore:
        aside = move_aside(path)
        return True, f"berkas rusak dipindah ke {aside}; penyimpanan baru dibuat saat bot berjalan lagi."
    try:
        aside, backup = restore_backup(path)
    except FileNotFoundError as exc:
        return False, f"{exc}; tidak ada yang diubah. Pakai iki doctor --move-aside untuk mulai baru."
    return True, f"berkas rusak dipindah ke {aside}; salinan harian {backup} dipulihkan ke {path}."
