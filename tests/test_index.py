"""The vector index across processes, interruptions and a Chroma server: one builder at a time, a new index
swapped in whole, an interrupted build resumed, the same fingerprint check against a server."""

import os
import subprocess
import sys
import threading
import time

import pytest

from bot.retrieval.build_lock import LOCK_COLLECTION, WAITING, ServerBuildLock
from bot.retrieval.embeddings import embedder
from bot.retrieval.retriever import Retriever
from bot.retrieval.vector_index import Doc, VectorIndex
from bot.settings import Settings
from tests.conftest import ROOT

QUERIES = ["skrining bayi baru lahir", "angka kematian ibu", "serapan anggaran", "stunting balita"]


class Counting:
    """The real embedder, counting the texts it embeds."""

    def __init__(self):
        self.model, self.texts = embedder(), 0
        self.reference = self.model.reference

    def embed(self, texts):
        self.texts += len(texts)
        return self.model.embed(texts)


def docs(n: int, word: str = "indikator") -> dict[str, list[Doc]]:
    return {"indicators": [Doc(f"d{i}", f"{word} pelayanan kesehatan nomor {i}", {"level": "IKK"}) for i in range(n)]}


class Interrupted(Exception):
    pass


def stop_after(batches: int):
    def progress(items, desc):
        for number, item in enumerate(items):
            if number == batches:
                raise Interrupted
            yield item
    return progress


def test_an_interrupted_build_leaves_the_live_index_and_resumes(tmp_path):
    model = Counting()
    index = VectorIndex(tmp_path, model)
    assert index.ensure(docs(20, "lama")) is True
    live = index.built_fingerprint()
    with pytest.raises(Interrupted):
        VectorIndex(tmp_path, model).ensure(docs(150, "baru"), progress=stop_after(2))  # killed after 2×64 docs
    reader = VectorIndex(tmp_path, model)
    assert reader.built_fingerprint() == live and reader.ensure(docs(20, "lama")) is False  # old index intact
    assert reader.query("indicators", "lama pelayanan", 3)
    model.texts = 0
    resumed = VectorIndex(tmp_path, model)
    assert resumed.ensure(docs(150, "baru")) is True
    assert model.texts == 150 - 128  # resumed: the documents already embedded were not embedded again
    assert resumed.query("indicators", "baru pelayanan kesehatan nomor 7", 1)[0][0] == "d7"


@pytest.mark.slow
def test_two_processes_on_a_fresh_data_dir_both_answer(tmp_path):
    # Subprocesses: two processes meet at one fresh index (a file lock, the full real build). The test holds the build
    # lock until both wait on it, so they meet whatever the machine's load (a loaded CI runner let the first finish
    # before the second started, and nothing waited); then one builds and the other uses what it built.
    from bot.storage.locks import file_lock

    data = tmp_path / "data"
    env = {**os.environ, "IKI_DATA_DIR": str(data)}
    index_dir = Settings(data_dir=data).index_dir
    index_dir.mkdir(parents=True)
    errs = [tmp_path / f"err{n}" for n in range(2)]
    sinks = [err.open("w") for err in errs]
    with file_lock(index_dir / "build.lock"):
        runs = [subprocess.Popen([sys.executable, "-m", "bot.cli", "search", "--json", query], cwd=ROOT, env=env,
                                 stdout=subprocess.PIPE, stderr=sink, text=True)
                for query, sink in zip(QUERIES[:2], sinks)]
        deadline = time.monotonic() + 300
        while not all(WAITING in err.read_text(encoding="utf-8") for err in errs):
            assert time.monotonic() < deadline and all(run.poll() is None for run in runs), \
                [err.read_text(encoding="utf-8")[-2000:] for err in errs]
            time.sleep(0.2)
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    for sink in sinks:
        sink.close()
    assert [run.returncode for run in runs] == [0, 0], [err.read_text(encoding="utf-8")[-2000:] for err in errs]
    assert all('"results": [{' in out for out in outputs)


@pytest.mark.slow
def test_a_chroma_server_index_gives_the_same_answers(chroma_server, shared_retriever, tmp_path):
    served = Retriever(Settings(data_dir=tmp_path, chroma_url=chroma_server.url), model=shared_retriever.vectors.embedder)
    assert served.vectors.where == f"server Chroma {chroma_server.url}"
    for query in QUERIES:
        assert [h.code for h in served.search(query, k=3)] == [h.code for h in shared_retriever.search(query, k=3)]
    again = Retriever(Settings(data_dir=tmp_path / "other", chroma_url=chroma_server.url), model=served.vectors.embedder)
    assert again.rebuilt is False  # the fingerprint check works against the server: nothing rebuilt


@pytest.mark.slow
def test_a_new_catalog_is_swapped_in_whole_on_the_server(chroma_server, tmp_path):
    import chromadb

    client = chromadb.HttpClient(host="127.0.0.1", port=chroma_server.port)
    old = VectorIndex(tmp_path, embedder(), chroma_server.url)
    old.ensure(docs(50, "versi-satu"))
    new = VectorIndex(tmp_path, embedder(), chroma_server.url)
    assert new.ensure(docs(60, "versi-dua")) is True
    assert old.query("indicators", "versi-satu", 1)  # a process that has not restarted keeps its index
    assert new._counts["indicators"] == 60
    names = {c.name for c in client.list_collections()}
    assert LOCK_COLLECTION not in names  # the builder's lock is released


@pytest.mark.slow
def test_one_builder_at_a_time_on_the_server_and_a_dead_builder_is_taken_over(chroma_server):
    import chromadb

    client = chromadb.HttpClient(host="127.0.0.1", port=chroma_server.port)
    lock, order = ServerBuildLock(client), []

    def second_builder():
        with lock.hold():
            order.append("second")

    with lock.hold():
        waiter = threading.Thread(target=second_builder)
        waiter.start()
        time.sleep(1.5)
        order.append("first")
    waiter.join(30)
    assert order == ["first", "second"]
    # A builder that died holding the lock: its heartbeat is old, so the next one takes over.
    client.create_collection(LOCK_COLLECTION, metadata={"holder": "dead", "beat": time.time() - 3600},
                             embedding_function=None)
    started = time.monotonic()
    with lock.hold():
        assert time.monotonic() - started < 10
