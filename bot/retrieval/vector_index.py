"""The dense index in Chroma: local under IKI_DATA_DIR, or a Chroma server (IKI_CHROMA_URL), rebuilt when its
documents or model change.

Safe across processes and against interruption: one builder at a time holds a lock; a new index is built into
collections of its own beside the live ones and swapped in whole by rewriting a small manifest, so readers see
the old index or the new one, never half of one. An interrupted build resumes where it stopped.
"""

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bot.retrieval import shipped_vectors
from bot.retrieval.build_lock import LocalBuildLock, ServerBuildLock
from bot.retrieval.embeddings import Embedder, RetrievalUnavailable

log = logging.getLogger("asisten_iki.index")

SCHEMA = 2  # bump when what goes into the index changes shape (2: versioned collections behind a manifest)
_BATCH = 64
MANIFEST_COLLECTION = "iki-index-manifest"


@dataclass(frozen=True)
class Doc:
    id: str
    text: str  # what is embedded
    metadata: dict[str, str] = field(default_factory=dict)


def fingerprint(collections: dict[str, list[Doc]], model: str) -> str:
    digest = hashlib.sha256(f"{SCHEMA}|{model}".encode())
    for name in sorted(collections):
        for doc in collections[name]:
            digest.update(json.dumps([name, doc.id, doc.text, doc.metadata], sort_keys=True).encode())
    return digest.hexdigest()


def _settings():
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=True)


@lru_cache(maxsize=4)
def _local_client(path: str):
    import chromadb

    from bot.storage.locks import file_lock

    # One client per path and process: Chroma refuses a second one with other settings. Two processes opening a
    # fresh folder at once would both create Chroma's tables ("table collections already exists"): one at a time.
    with file_lock(Path(path).parent / "open.lock"):
        return chromadb.PersistentClient(path=path, settings=_settings())


@lru_cache(maxsize=4)
def _server_client(url: str):
    import chromadb

    match = re.match(r"^(https?)://([^/:]+)(?::(\d+))?/?$", url)
    scheme, host, port = match.group(1), match.group(2), int(match.group(3) or (443 if url.startswith("https") else 8000))
    try:
        return chromadb.HttpClient(host=host, port=port, ssl=scheme == "https", settings=_settings())
    except Exception as exc:  # the client checks the server at once: refused, timeout, wrong version
        raise RetrievalUnavailable(
            f"Server Chroma {url} tidak dapat dihubungi ({type(exc).__name__}). Periksa IKI_CHROMA_URL dan "
            "apakah server Chroma berjalan (chroma run --path DATA --port 8000).") from exc


class _LocalManifest:
    def __init__(self, path: Path):
        self.path = path

    def read(self) -> dict | None:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def write(self, data: dict) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(self.path)  # atomic: readers see the old manifest or the new one


class _ServerManifest:
    """The manifest as the metadata of one small collection: one update on the server swaps it."""

    def __init__(self, client):
        self.client = client

    def read(self) -> dict | None:
        from chromadb.errors import NotFoundError

        try:
            metadata = self.client.get_collection(MANIFEST_COLLECTION, embedding_function=None).metadata or {}
        except (NotFoundError, ValueError):
            return None
        return json.loads(metadata["manifest"]) if "manifest" in metadata else None

    def write(self, data: dict) -> None:
        collection = self.client.get_or_create_collection(MANIFEST_COLLECTION, embedding_function=None)
        collection.modify(metadata={"manifest": json.dumps(data)})


class VectorIndex:
    def __init__(self, directory: Path, embedder: Embedder, server_url: str = ""):
        self.embedder = embedder
        self.server_url = server_url
        if server_url:
            self._client = _server_client(server_url)
            self._manifest = _ServerManifest(self._client)
            self._build_lock = ServerBuildLock(self._client)
            self.where = f"server Chroma {server_url}"
        else:
            directory.mkdir(parents=True, exist_ok=True)
            self._client = _local_client(str((directory / "chroma").resolve()))
            self._manifest = _LocalManifest(directory / "manifest.json")
            self._build_lock = LocalBuildLock(directory / "build.lock")
            self.where = f"Chroma lokal {directory}"
        self._live: dict = {}
        self._counts: dict[str, int] = {}
        self._matrices: dict[str, tuple[list[str], object, list[dict | None]]] = {}

    def built_fingerprint(self) -> str | None:
        return (self._manifest.read() or {}).get("fingerprint")

    def ensure(self, collections: dict[str, list[Doc]], progress: Callable | None = None) -> bool:
        """Use the index built for these documents and this model, building it first when there is none; True
        when this call built it. Waits while another process builds."""
        wanted = fingerprint(collections, self.embedder.reference)
        if self._use(wanted):
            return False
        with self._build_lock.hold() as beat:
            if self._use(wanted):  # another process built it while we waited for the lock
                return False
            self._build(wanted, collections, progress, beat, fresh=False)
        return True

    def rebuild(self, collections: dict[str, list[Doc]], progress: Callable | None = None) -> None:
        """Build anew even when the live index matches (`iki index`); readers keep the old one until the swap."""
        wanted = fingerprint(collections, self.embedder.reference)
        with self._build_lock.hold() as beat:
            self._build(wanted, collections, progress, beat, fresh=True)

    def _use(self, wanted: str) -> bool:
        from chromadb.errors import NotFoundError

        manifest = self._manifest.read()
        if not manifest or manifest.get("fingerprint") != wanted or "collections" not in manifest:
            return False
        try:
            live = {name: self._client.get_collection(actual, embedding_function=None)
                    for name, actual in manifest["collections"].items()}
        except (NotFoundError, ValueError):
            return False
        self._live, self._counts = live, {name: c.count() for name, c in live.items()}
        self._matrices = {}
        return True

    def _build(self, wanted: str, collections: dict[str, list[Doc]], progress: Callable | None, beat: Callable,
               fresh: bool) -> None:
        # Deterministic names let an interrupted build resume; a forced rebuild gets names of its own.
        suffix = f"{wanted[:16]}" + (f"-{int(time.time())}" if fresh else "")
        names = {name: f"{name}-{suffix}" for name in collections}
        previous = (self._manifest.read() or {}).get("collections", {})
        self._collect_garbage(set(collections), keep=set(names.values()) | set(previous.values()))
        built = {}
        for name, docs in collections.items():
            # embedding_function=None: Chroma must never fall back to its default (it downloads a model).
            collection = self._client.get_or_create_collection(
                names[name], embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
            present = set(collection.get(include=[])["ids"]) if collection.count() else set()
            todo = [d for d in docs if d.id not in present]
            if present:
                log.warning(f"melanjutkan pembangunan indeks {name}: {len(present)} dari {len(docs)} dokumen sudah ada")
            batches = [todo[start : start + _BATCH] for start in range(0, len(todo), _BATCH)]
            for batch in progress(batches, desc=name) if progress else batches:
                collection.upsert(
                    ids=[d.id for d in batch],
                    embeddings=self._vectors([d.text for d in batch]),
                    metadatas=[d.metadata or None for d in batch],
                    documents=[d.text for d in batch],
                )
                beat()
            built[name] = collection
        self._manifest.write({"fingerprint": wanted, "model": self.embedder.reference, "collections": names,
                              "built_at": time.time()})
        self._live, self._counts = built, {name: c.count() for name, c in built.items()}
        self._matrices = {}

    def _vectors(self, texts: list[str]) -> list[list[float]]:
        """The shipped vector of each text where there is one (the knowledge this package ships), the model's for
        the rest (an imported catalog, edited knowledge)."""
        vectors = shipped_vectors.lookup(texts, getattr(self.embedder, "reference", ""))
        missing = [i for i, vector in enumerate(vectors) if vector is None]
        if missing:
            for i, vector in zip(missing, self.embedder.embed([texts[i] for i in missing])):
                vectors[i] = vector
        return vectors

    def _collect_garbage(self, logical: set[str], keep: set[str]) -> None:
        """Remove our collections that are neither being built nor live nor the previous live one (a process
        that has not restarted yet may still read it). Called with the build lock held."""
        pattern = re.compile(rf"^({'|'.join(map(re.escape, logical))})(-[0-9a-f]{{16}}(-\d+)?)?$")
        for collection in self._client.list_collections():
            name = getattr(collection, "name", collection)
            if pattern.match(name) and name not in keep:
                self._client.delete_collection(name)

    def _query_vector(self, text: str) -> list[float]:
        """The model's cached single-query vector when it has one (a test double may only embed)."""
        embed_query = getattr(self.embedder, "embed_query", None)
        return embed_query(text) if embed_query else self.embedder.embed([text])[0]

    def similarities(self, name: str, text: str) -> dict[str, float]:
        """The cosine similarity of the text with every document of a collection. The vectors are read once and
        held in memory (600 catalog rows are under 1 MB): every row gets its real similarity, not only the nearest
        few an approximate search returns, and one query costs a matrix product."""
        import numpy as np

        ids, matrix, _ = self._matrix(name)
        if not ids:
            return {}
        scores = matrix @ np.asarray(self._query_vector(text), dtype=np.float32)
        return dict(zip(ids, scores.tolist()))

    def query(self, name: str, text: str, k: int, where: dict | None = None) -> list[tuple[str, float]]:
        """(doc id, cosine similarity), best first; `where` keeps the documents whose metadata has those values.
        Exact, not Chroma's approximate (HNSW) search: that returned another nearest 100 from one process to the
        next, even with the same hash seed, so the same question could get another answer after a restart. Equal
        similarities keep the documents' order in the index."""
        import numpy as np

        if self._counts.get(name, 0) <= 0 or k <= 0:
            return []
        ids, matrix, metadatas = self._matrix(name)
        scores = matrix @ np.asarray(self._query_vector(text), dtype=np.float32)
        order = np.argsort(-scores, kind="stable")
        if where:
            order = [i for i in order if all((metadatas[i] or {}).get(key) == value for key, value in where.items())]
        return [(ids[i], float(scores[i])) for i in order[:k]]

    def _matrix(self, name: str) -> tuple[list[str], object, list[dict | None]]:
        """A collection's ids, vectors (read once and held in memory: a few thousand rows are a few MB) and
        metadata, in the index's order."""
        import numpy as np

        if name not in self._matrices:
            found = self._live[name].get(include=["embeddings", "metadatas"])
            self._matrices[name] = (list(found["ids"]), np.asarray(found["embeddings"], dtype=np.float32),
                                    list(found["metadatas"] or [None] * len(found["ids"])))
        return self._matrices[name]
