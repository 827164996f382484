"""One vocabulary of self-correction (knowledge/self_correction.yaml), read by the chat's answers, the logbook and
search through `$self_correction.<key>` items that bot.knowledge expands; every reader knows every word of it."""

import pytest

from bot import knowledge
from bot.models import IkiDraft, SkpDraft
from bot.settings import get_settings
from tests.linked_lines import read_lines


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("IKI_KNOWLEDGE_DIR", str(tmp_path))
    get_settings.cache_clear()
    knowledge.clear()
    yield tmp_path
    monkeypatch.delenv("IKI_KNOWLEDGE_DIR")
    get_settings.cache_clear()
    knowledge.clear()


def test_a_shared_list_is_expanded_alone_after_words_and_before_another(folder):
    (folder / "shared.yaml").write_text("oops: [salah, ralat]\nhey: [eh, ehh]\n", encoding="utf-8")
    (folder / "reader.yaml").write_text(
        "own: [ga jadi]\n"
        "words: [$shared.oops, maaf $shared.oops, $shared.hey $shared.oops, salah, $reader.own]\n"
        "weights: [15, 15, 20]\n"
        "patterns: [\"ity$\", \"ly$\"]\n", encoding="utf-8")
    read = knowledge.data("reader")
    assert read["words"] == ["salah", "ralat", "maaf salah", "maaf ralat", "eh salah", "eh ralat", "ehh salah",
                             "ehh ralat", "ga jadi"]  # «salah» written again is kept once
    assert read["weights"] == [15, 15, 20] and read["patterns"] == ["ity$", "ly$"]  # lists naming none: as written


def test_a_shared_name_that_is_no_list_says_which_file_to_put_back(folder):
    (folder / "reader.yaml").write_text("words: [$reader.nothing]\n", encoding="utf-8")
    with pytest.raises(knowledge.KnowledgeError, match="reader.yaml"):
        knowledge.data("reader")


def test_every_reader_takes_the_common_words():
    shared = knowledge.data("self_correction")
    said, logbook, search = (knowledge.data(n) for n in ("conversation", "catatan_harian", "search"))
    assert set(shared["mistake"]) <= set(said["corrections"]) & set(said["restates"])
    assert set(shared["corrects"]) <= set(logbook["correction_openers"])
    assert "salah" not in logbook["correction_openers"]  # «salah satu …» opens work
    assert set(shared["mistake"] + shared["mistake_en"]) == set(logbook["link"]["correction"]["marks"])
    assert set(shared["right_one"]) <= set(search["answers"]["self_correction"]["meant"])
    assert set(shared["interjections"]) == set(logbook["counting"]["self_correction"]["interjections"])
    # correction_said takes «salah» and the mistake words telling no work (never «koreksi 12 berkas», «ralat 3 dokumen»)
    assert {"salah", "keliru", "typo"} <= set(logbook["correction_said"])
    assert {f"eh {w}" for w in shared["mistake"] + shared["meant"]} <= set(said["profil_correction"]["slip"])
    assert set(shared["right_one"]) <= set(said["profil_correction"]["right_value"])


def test_a_question_corrected_by_any_word_of_mistake_is_read_as_corrected():
    from bot.retrieval.question_parts import self_corrected

    # «keliru» after «ehh», «sori salah»: words the chat and the logbook knew, search did not
    assert self_corrected("tim sy ada 6 org, ehh keliru, 7. bagi IKI nya gmn?") == "tim sy ada 7 org. bagi IKI nya gmn?"
    assert self_corrected("bobot MI 15% ya, sori salah, 10% kak") == "bobot MI 10% ya"


def test_an_answer_restated_after_an_english_free_word_of_mistake_takes_the_last_value():
    from bot.conversation.answers import read_answer

    assert read_answer("target 75 ehh typo 57").named["target"].value == 57
    assert read_answer("70, keliru, 80 ya kak").numbers[-1].value == 80


KESLING = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah sarana air minum yang diinspeksi kesehatan lingkungan", target="200", satuan="sarana"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85")])


def test_a_logbook_count_put_right_by_ralat_counts_the_right_number():
    reading = read_lines("inspeksi kesling sarana air minum 14 sarana eh ralat 41", skp=KESLING)
    assert reading.quantity == 41, reading
