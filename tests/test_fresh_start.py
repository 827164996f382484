"""Issue 17, a fresh start as fast as a warm one: the shipped vectors, the light encoder, no langchain without an
LLM, and the audit's caches giving the same verdicts as a check of each IKI on its own."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.retrieval import shipped_vectors
from bot.retrieval.vector_index import Doc, VectorIndex

ROOT = Path(__file__).resolve().parent.parent


def _in_process(code: str, tmp_path: Path) -> str:
    env = {**os.environ, "IKI_DATA_DIR": str(tmp_path / "data"), "IKI_LLM_PROVIDER": "none"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_cli_and_a_chat_turn_without_an_llm_never_load_langchain(tmp_path):
    code = ("import sys\nimport bot.cli\nassert not [m for m in sys.modules if m.startswith('langchain')]\n"
            "from bot.conversation import Engine\nfrom bot.storage.sqlite import SqliteStore\n"
            "engine = Engine(SqliteStore(), rate_limit=10**6)\n"
            "for text in ('/start', '/cek Melaksanakan monitoring SBBL', '/prima', 'Persentase laporan tepat waktu'):\n"
            "    engine.handle('u1', text)\n"
            "print(sorted(m for m in sys.modules if m.startswith('langchain')))")
    assert _in_process(code, tmp_path) == "[]"


def test_a_configured_llm_still_gets_its_langchain_model():
    from langchain_core.language_models import BaseChatModel

    from bot.llm.chat_models import chat_model
    from bot.settings import Settings

    model = chat_model(Settings(llm_provider="ollama", llm_model="qwen2.5:3b"))
    assert isinstance(model, BaseChatModel)


class _Counting:
    """The real embedder, noting which texts it was asked to embed."""

    def __init__(self, model):
        self.model, self.reference, self.asked = model, model.reference, []

    def embed(self, texts):
        self.asked += texts
        return self.model.embed(texts)


def test_a_fresh_index_takes_the_shipped_vectors_and_embeds_only_new_texts(shared_retriever, tmp_path):
    shipped = shipped_vectors.shipped_texts(shared_retriever.settings.knowledge_dir)[:40]
    new = "Persentase teks yang tidak ikut dikirim bersama paket ini"
    docs = {"indicators": [Doc(id=f"d{n}", text=text) for n, text in enumerate(shipped + [new])]}
    model = _Counting(shared_retriever.vectors.embedder)
    index = VectorIndex(tmp_path / "index", model)
    assert index.ensure(docs) is True
    assert model.asked == [new]  # the shipped texts came from the package, not the model
    stored = index._live["indicators"].get(ids=["d0", "d3", "d40"], include=["embeddings"])
    computed = dict(zip(stored["ids"], stored["embeddings"]))
    for doc_id, text in (("d0", shipped[0]), ("d3", shipped[3]), ("d40", new)):
        assert np.allclose(computed[doc_id], model.model.embed([text])[0], atol=1e-5)


def test_shipped_vectors_are_the_packaged_models_own(shared_retriever):
    model = shared_retriever.vectors.embedder
    texts = shipped_vectors.shipped_texts(shared_retriever.settings.knowledge_dir)[::97]
    shipped = shipped_vectors.lookup(texts, model.reference)
    assert all(v is not None for v in shipped)
    assert np.abs(np.array(shipped) - np.array(model.embed(texts))).max() < 1e-4


def test_another_model_gets_no_shipped_vectors(tmp_path):
    assert shipped_vectors.model_identity(str(tmp_path)) is None
    assert shipped_vectors.lookup(["Nilai Indeks Profesionalitas ASN"], str(tmp_path)) == [None]


@pytest.mark.slow
def test_the_light_encoder_gives_the_sentence_transformers_vectors(shared_retriever):
    from bot.retrieval.embeddings import _MeanPooled, _sentence_transformer

    model = shared_retriever.vectors.embedder
    assert isinstance(model._model, _MeanPooled)
    texts = ["Persentase bayi baru lahir yang mendapat skrining", "stunting", "a " * 400, "Rapat koordinasi 4x"]
    light = model._model.encode(texts, batch_size=2, normalize_embeddings=True, show_progress_bar=False)
    full = _sentence_transformer(model.reference).encode(texts, normalize_embeddings=True, show_progress_bar=False)
    assert np.abs(light - full).max() < 1e-5


def test_the_embedding_model_loads_without_sentence_transformers(tmp_path):
    code = ("import sys\nfrom bot.retrieval.embeddings import embedder\nvector = embedder().embed(['stunting'])[0]\n"
            "print(len(vector), 'sentence_transformers' in sys.modules)")
    assert _in_process(code, tmp_path) == "384 False"
