"""The dense index: a Chroma PersistentClient under IKI_DATA_DIR, rebuilt when its documents or model change."""

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bot.retrieval.embeddings import Embedder

SCHEMA = 1  # bump when what goes into the index changes shape
_BATCH = 64


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


@lru_cache(maxsize=4)
def _client(path: str):
    import chromadb
    from chromadb.config import Settings

    # One client per path and process: Chroma refuses a second one with other settings.
    return chromadb.PersistentClient(path=path, settings=Settings(anonymized_telemetry=False, allow_reset=True))


class VectorIndex:
    def __init__(self, directory: Path, embedder: Embedder):
        directory.mkdir(parents=True, exist_ok=True)
        self._manifest = directory / "manifest.json"
        self._client = _client(str((directory / "chroma").resolve()))
        self.embedder = embedder

    def built_fingerprint(self) -> str | None:
        try:
            return json.loads(self._manifest.read_text(encoding="utf-8")).get("fingerprint")
        except (OSError, ValueError):
            return None

    def ensure(self, collections: dict[str, list[Doc]], progress: Callable | None = None) -> bool:
        """Build when the documents or the model differ from what built the index; True when it rebuilt."""
        wanted = fingerprint(collections, self.embedder.reference)
        if self.built_fingerprint() == wanted:
            return False
        self.rebuild(collections, progress)
        return True

    def rebuild(self, collections: dict[str, list[Doc]], progress: Callable | None = None) -> None:
        self._manifest.unlink(missing_ok=True)  # an interrupted build is rebuilt next time
        for name, docs in collections.items():
            if name in [c.name for c in self._client.list_collections()]:
                self._client.delete_collection(name)
            # embedding_function=None: Chroma must never fall back to its default (it downloads a model).
            collection = self._client.create_collection(
                name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
            )
            batches = range(0, len(docs), _BATCH)
            for start in progress(batches, desc=name) if progress else batches:
                batch = docs[start : start + _BATCH]
                collection.add(
                    ids=[d.id for d in batch],
                    embeddings=self.embedder.embed([d.text for d in batch]),
                    metadatas=[d.metadata or None for d in batch],
                    documents=[d.text for d in batch],
                )
        data = {"fingerprint": fingerprint(collections, self.embedder.reference), "model": self.embedder.reference}
        tmp = self._manifest.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, self._manifest)

    def query(self, name: str, text: str, k: int, where: dict | None = None) -> list[tuple[str, float]]:
        """(doc id, cosine similarity), best first."""
        collection = self._client.get_collection(name, embedding_function=None)
        k = min(k, collection.count())
        if k <= 0:
            return []
        result = collection.query(
            query_embeddings=self.embedder.embed([text]), n_results=k, where=where, include=["distances"]
        )
        return [(doc_id, 1.0 - distance) for doc_id, distance in zip(result["ids"][0], result["distances"][0])]
