"""Retrieval with the real packaged model and a real Chroma index in a temporary folder."""

import os
import shutil
import subprocess
import sys

import pytest

from bot import render
from bot.retrieval.answer import NOT_FOUND
from bot.retrieval.retriever import Retriever
from bot.retrieval.vector_index import Doc, VectorIndex, fingerprint
from bot.settings import Settings
from tests.conftest import ROOT


@pytest.fixture
def retriever(shared_retriever):
    return shared_retriever


def codes(hits) -> list[str]:
    return [h.code for h in hits]


def test_seed_indicators_come_with_their_cascade_path(retriever):
    hit = retriever.search("cek kesehatan gratis bayi baru lahir", k=3, level="IKK")[0]
    assert hit.code == "IKK 5.1.1" and hit.target_2026 == 70 and hit.unit == "%"
    assert hit.path == ["IT 1", "ISS 5", "IKP 5.1", "IKK 5.1.1"]
    assert "Pelayanan Kesehatan Keluarga" in hit.pic


@pytest.mark.parametrize(
    "query, expected",
    [
        ("serapan anggaran unit kerja", "IKD 33.2.1"),
        ("balita pendek", "ISS 3"),
        ("biaya kesehatan dari kantong sendiri", "ISS 18"),
        ("obat buatan dalam negeri", "ISS 21"),
        ("nilai sakip", "IKD 33.2.2"),
    ],
)
def test_indonesian_paraphrases_find_the_indicator(retriever, query, expected):
    assert expected in codes(retriever.search(query, k=3))


def test_the_same_code_for_two_units_is_kept_apart(retriever):
    hits = [h for h in retriever.search("rekomendasi BPK yang ditindaklanjuti", k=5) if h.code == "IKM 33.4"]
    assert {h.pic for h in hits} == {"Ditjen Farmalkes", "Sekretariat Jenderal"}


def test_level_filter_and_modes(retriever):
    assert {h.level for h in retriever.search("anggaran", k=5, level="IKD")} == {"IKD"}
    for mode in ("dense", "bm25", "hybrid"):
        assert retriever.search("prevalensi stunting", k=3, mode=mode)


def test_ask_answers_from_a_passage_with_its_source(retriever):
    result = retriever.ask("kapan batas akhir penyusunan SKP 2026?", k=3)
    assert "8 Februari 2026" in result.answer and "(Sumber:" in result.answer
    assert all(p.source for p in result.passages)


def test_ask_says_not_found_when_nothing_matches(retriever):
    assert retriever.ask("qwzx plorf", k=3).answer == NOT_FOUND


class _HashEmbedder:
    """A second model for the index, entering through the same seam as the real one."""

    def __init__(self, reference: str):
        self.reference = reference
        self.calls = 0

    def embed(self, texts):
        self.calls += 1
        return [[float((hash(t) >> s) & 7) + 1.0 for s in range(8)] for t in texts]


def test_index_rebuilds_only_when_documents_or_model_change(tmp_path):
    docs = {"passages": [Doc("a#1", "satu"), Doc("a#2", "dua")]}
    model = _HashEmbedder("model-a")
    index = VectorIndex(tmp_path, model)
    assert index.ensure(docs) is True
    assert VectorIndex(tmp_path, model).ensure(docs) is False
    changed = {"passages": [Doc("a#1", "satu diubah"), Doc("a#2", "dua")]}
    assert VectorIndex(tmp_path, model).ensure(changed) is True
    assert VectorIndex(tmp_path, _HashEmbedder("model-b")).ensure(changed) is True
    assert fingerprint(changed, "model-a") != fingerprint(changed, "model-b")


@pytest.mark.usefixtures("shared_retriever")  # its vectors are remembered: the builds here embed only new texts
def test_editing_knowledge_rebuilds_the_real_index(tmp_path):
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    settings = Settings(data_dir=tmp_path / "data", knowledge_dir=knowledge)
    assert Retriever(settings).rebuilt is True
    assert Retriever(settings).rebuilt is False
    guide = sorted((knowledge / "guidelines").glob("*.md"))[0]
    guide.write_text(guide.read_text(encoding="utf-8") + "\n## Pasal uji\n\nTeks baru tentang zebra.\n\n"
                     "Tanya: apa itu zebra | zebra itu apa\nJawaban: Zebra adalah hewan uji.\nSumber: uji\n", encoding="utf-8")
    rebuilt = Retriever(settings)
    assert rebuilt.rebuilt is True
    answer = rebuilt.ask("apa itu zebra", k=1)
    # The passage the short answer came from is its source, not further reading.
    assert answer.answer == "Zebra adalah hewan uji. (Sumber: uji)" and "Pasal uji" not in [p.title for p in answer.passages]


def test_chroma_never_gets_a_default_embedding_function(retriever):
    client = retriever.vectors._client  # the retriever's own Chroma client (local here)
    for collection in client.list_collections():
        assert client.get_collection(collection.name, embedding_function=None).configuration["embedding_function"] is None


def test_search_runs_offline_without_a_hub(data_dir_with_index, tmp_path):
    # A subprocess: the hub settings (HF_*) are read when a fresh process first loads the model.
    # No HF_HUB_OFFLINE from us, and any hub call would hit a closed port: the packaged model loads by path.
    env = {k: v for k, v in os.environ.items() if not k.startswith("HF_")}
    env.update(HF_ENDPOINT="http://127.0.0.1:9", IKI_DATA_DIR=str(data_dir_with_index), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "bot.cli", "search", "--json", "--k", "1", "stunting"],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert '"code": "ISS 3"' in done.stdout


def test_a_missing_model_is_a_clear_error(run_iki_process, tmp_path):
    # A subprocess: a process loads its embedding model once (cached), so another IKI_EMBEDDING_MODEL needs a new one.
    done = run_iki_process("search", "stunting", env={"IKI_EMBEDDING_MODEL": str(tmp_path / "tidak-ada")})
    assert done.returncode == 2 and "IKI_EMBEDDING_MODEL" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("name", ["search_cases.jsonl", "search_holdout.jsonl"])
def test_hybrid_search_beats_both_baselines(retriever, name, capsys):
    from evals.retrieval_evals import eval_search

    figures = eval_search(retriever, name)
    assert figures["hybrid"]["mrr"] >= max(figures["bm25"]["mrr"], figures["dense"]["mrr"])
    assert figures["hybrid"]["hit@1"] >= max(figures["bm25"]["hit@1"], figures["dense"]["hit@1"])
    if "holdout" in name:  # a held-out query is never printed, so nobody tunes on it
        from evals.common import load

        out = capsys.readouterr().out
        assert not any(case["query"] in out for case in load(name))


def test_hybrid_ask_beats_both_baselines(retriever, capsys):
    from evals.retrieval_evals import eval_ask

    figures = eval_ask(retriever)
    assert figures["hybrid"]["mrr"] >= max(figures["bm25"]["mrr"], figures["dense"]["mrr"])


def test_chat_ikk_and_tanya_use_the_same_retriever(retriever):
    from bot.conversation import Engine

    engine = Engine(retriever=lambda: retriever)
    ikk = "\n".join(r.text for r in engine.handle("u1", "/ikk balita pendek"))
    assert "ISS 3 Prevalensi Stunting" in ikk and "Jalur: IT 1 › ISS 3" in ikk
    tanya = "\n".join(r.text for r in engine.handle("u1", "/tanya kapan batas akhir penyusunan SKP 2026?"))
    assert "8 Februari 2026" in tanya and "Sumber" in tanya


def test_a_level_word_in_the_query_filters_instead_of_matching_every_row(retriever):
    from bot.retrieval.retriever import level_named_in

    assert level_named_in("tim saya ngurus stunting, masuk ISS apa?") == ("tim saya ngurus stunting, masuk apa?", "ISS")
    assert level_named_in("IKK 5.1.1") == ("IKK 5.1.1", None)  # a code, not a level
    assert level_named_in("tim IT rumah sakit") == ("tim IT rumah sakit", None)
    assert {h.level for h in retriever.search("masuk IKK apa untuk cek kesehatan gratis bayi", k=3)} == {"IKK"}


def test_an_answer_from_a_passage_with_a_di_sini_line_says_the_command_that_does_its_task_here():
    from bot.retrieval.passages import parse_passages

    parsed = parse_passages("## Judul\nIsi.\nJawaban: Satu.\nDi sini: Di Asisten IKI: ketik /rencana.\nSumber: x\n", "t")
    assert parsed[0].here == "Di Asisten IKI: ketik /rencana." and "Di sini" not in parsed[0].text
    asked = Retriever().ask("SKP sy yg udh ditetapkan harus diubah gmn ya?", k=3)
    assert "/ubah" in asked.hint and "/ubah" in render.answer(asked)


@pytest.mark.parametrize("query", ["surat menyurat ke kab/kota", "rekap absensi pegawai kab/kota",
                                   "pengiriman undangan rapat ke dinkes kab/kota"])
def test_a_row_matched_only_on_kab_kota_never_leads(retriever, query):
    """The lead's trial: a Renstra row holding only «Kab/Kota» of an unrelated query (every regional indicator
    counts in kab/kota) came first."""
    assert retriever.find(query).results == []


def test_kab_kota_beside_the_topic_still_picks_the_row_that_counts_it(retriever):
    assert retriever.find("persentase kab/kota dengan cakupan cek kesehatan gratis").results[0].code == "IKP 5.1"


def test_a_clitic_after_a_hyphen_leaves_the_abbreviation_readable(retriever):
    """«CKG-nya», «BPJS-nya»: the abbreviation was one unknown word, so the row was found only on kab/kota."""
    from bot.retrieval.normalize import without_clitics

    assert without_clitics("capaian CKG-nya, SKP-ku") == "capaian CKG, SKP"
    found = retriever.find("persentase kabupaten/kota yang capaian CKG-nya di atas 80 persen").results
    assert found[0].code == "IKP 5.1"
