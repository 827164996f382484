"""The eval sets are well-formed, and the figures the issue asks for hold (a regression guard, not a timer)."""

import pytest

from bot.models import Category
from evals.common import load
from evals.rules_evals import eval_rewrite, eval_rules

ACTIVITY_CATEGORIES = {"ACTIVITY", "REPORT_COUNT", "NO_MEASURE"}


@pytest.mark.parametrize("name", ["rules_cases.jsonl", "holdout_cases.jsonl"])
def test_iki_cases_are_well_formed(name):
    cases = load(name)
    assert len({c["id"] for c in cases}) == len(cases)
    for case in cases:
        assert set(case["categories"]) <= {c.value for c in Category}, case["id"]
        assert (case["kind"] == "activity") == bool(set(case["categories"]) & ACTIVITY_CATEGORIES), case["id"]


def test_skp_and_rewrite_cases_are_well_formed():
    for case in load("skp_cases.jsonl"):
        assert set(case["expected"]) <= {c.value for c in Category}, case["id"]
    for case in load("rewrite_cases.jsonl"):
        assert case["keep"] and case["indikator"], case["id"]


@pytest.mark.parametrize("name", ["rules_cases.jsonl", "holdout_cases.jsonl"])
def test_kind_accuracy_meets_the_issue_target(name, capsys):
    assert eval_rules(name)["kind_accuracy"] >= 0.95


def test_every_rewrite_candidate_passes_the_rules(capsys):
    figures = eval_rewrite()
    assert figures["pass_rules"] == 1.0
    assert figures["drafts_with_candidates"] >= 0.9


def test_retrieval_cases_point_at_real_codes_and_passages():
    from bot.retrieval.catalog import load_catalog
    from bot.retrieval.passages import load_passages
    from bot.settings import get_settings

    knowledge = get_settings().knowledge_dir
    known = {i.code for i in load_catalog(knowledge / "renstra.csv").indicators}
    for case in load("search_cases.jsonl") + load("search_holdout.jsonl"):
        assert case["expected"] and set(case["expected"]) <= known, case["id"]
    texts = [f"{p.title}\n{p.text}".lower() for p in load_passages(knowledge / "guidelines")]
    for case in load("ask_cases.jsonl"):
        assert sum(case["must_contain"].lower() in t for t in texts) == 1, case["id"]


def test_issue9_eval_sets_are_well_formed():
    from bot.retrieval.catalog import load_catalog
    from bot.settings import get_settings

    known = {i.code for i in load_catalog(get_settings().knowledge_dir / "renstra.csv").indicators}
    for name in ("search_codes.jsonl", "search_unrelated.jsonl", "search_unrelated_dev.jsonl", "answer_cases.jsonl",
                 "route_cases.jsonl", "rhk_cases.jsonl", "messy_cases.jsonl", "ask_unrelated_dev.jsonl"):
        cases = load(name)
        assert len({c["id"] for c in cases}) == len(cases), name
    for case in load("search_codes.jsonl"):
        assert (case["code"] in known) == (case["kind"] != "absent"), case["id"]
    assert {c["route"] for c in load("route_cases.jsonl")} == {"smalltalk", "question", "iki", "indicator", "unclear", "nonsense"}
    assert len(load("route_cases.jsonl")) >= 80 and len(load("answer_cases.jsonl")) >= 60
    assert len(load("rhk_cases.jsonl")) >= 40 and len(load("search_unrelated.jsonl")) >= 40


def test_issue9_figures_hold(shared_retriever, capsys):
    """A regression guard on the figures issue 9 set (iki eval reads prints them beside the old ones)."""
    from evals.chat_evals import eval_rhk, eval_routes
    from evals.retrieval_evals import eval_answers, eval_codes, eval_unrelated
    from evals.rules_evals import eval_messy

    assert eval_codes(shared_retriever)["code_rank1"] == 1.0
    assert eval_unrelated(shared_retriever)["unrelated_empty"] >= 0.95
    assert eval_answers(shared_retriever)["fact_rate"] >= 0.90
    assert eval_routes()["route_accuracy"] >= 0.95
    assert eval_rhk()["rhk_pass_rate"] >= 0.90
    messy = eval_messy()
    assert messy["messy_false_flags"] <= messy["messy_false_flags_before"]


def test_issue16_question_sets_are_well_formed():
    from evals.question_evals import STEPS

    kinds = {"definition", "compare", "number", "date", "list", "howto", "yesno", "outside"}
    sets = {"common_questions.jsonl": ("dev", "holdout"), "common_questions_4.jsonl": ("dev4", "holdout4")}
    for name, splits in sets.items():
        for case in load(name):
            assert case["q"].strip() and case["kind"] in kinds and case["split"] in splits, case["q"]
            assert (case["kind"] == "outside") == (not case["must"]), case["q"]
    for case in load("in_flow_questions.jsonl"):
        assert case["must"] and case["split"] in ("dev", "holdout"), case["q"]
        assert sum(case["step"].startswith(start) for start in STEPS) == 1, case["step"]


@pytest.mark.parametrize("text, wanted, found", [
    ("Target 2026 sebesar 63,5", "63", True), ("SKP 2025", "5", False), ("bobot 0,5", "5", False),
    ("tujuh core value", "7", True), ("ASN Non-Pimpinan", "non pimpinan", True), ("bobot 120%", "20", False),
    ("Bobot 20 persen", "20%", True), ("Berorientasi Pelayanan", "berorientasi pelayanan", True),
    ("bersama unit Eselon I terkait", "eselon 1", True), ("pimpinan Eselon II", "eselon 1", False),
])
def test_the_issue16_matcher_is_tolerant_of_spelling_not_of_other_numbers(text, wanted, found):
    from evals.question_evals import contains

    assert contains(text, wanted) is found


@pytest.mark.parametrize("answer, must, right", [
    ("Ya. Rencana aksi diisi tiap bulan.", ["ya", "rencana aksi"], True),
    ("Rencana aksi, yaitu langkah bulanan, diisi pegawai.", ["ya", "rencana aksi"], False),  # «ya» in «yaitu»
    ("Tidak. Cukup satu dokumen; laporan tidak wajib.", ["tidak", "laporan"], True),
    ("Ya. Laporan tidak perlu dilampirkan.", ["tidak", "laporan"], False),  # «tidak» in an aside, wrong lead
    ("Tidak. Tidak semua pegawai mengisinya.", ["tidak semua"], True),
    ("Tidak. Hanya sebagian pegawai.", ["tidak semua"], False),  # the words after the lead are still looked for
])
def test_a_yes_no_case_wants_the_lead_not_the_word_anywhere(answer, must, right):
    from types import SimpleNamespace

    from evals.question_evals import common_case_ok

    assert common_case_ok({"kind": "yesno", "must": must}, SimpleNamespace(answer=answer, passages=[])) is right
    assert common_case_ok({"kind": "fact", "must": ["ya"]}, SimpleNamespace(answer="yaitu", passages=[]))  # other kinds


@pytest.mark.slow
def test_issue16_figures_hold(shared_retriever, capsys):
    """A regression guard on the dev parts (iki eval questions prints dev and holdout beside main before issue 16)."""
    from evals.question_evals import eval_common, eval_in_flow

    common = eval_common(shared_retriever)
    assert common["questions_dev"] >= 0.95 and common["questions_dev3"] >= 0.95 and common["questions_dev4"] >= 0.95
    assert eval_in_flow(shared_retriever)["in_flow_dev"] >= 0.95


@pytest.mark.parametrize("suggestion, nonsense", [
    ("Persentase stok obat yang diselesaikan sesuai standar dan tepat waktu", True),
    ("Persentase infeksi VAP yang memenuhi standar mutu yang ditetapkan", True),
    ("Persentase kebersihan gedung yang diselesaikan sesuai standar dan tepat waktu", True),
    ("Persentase keluhan AC mati yang diselesaikan sesuai standar dan tepat waktu", False),
    ("Persentase dokumen kontrak yang diselesaikan sesuai standar dan tepat waktu", False),
    ("Persentase pasien berisiko yang tidak mengalami VAP", False),
])
def test_the_work_guard_counts_a_finished_non_item(suggestion, nonsense):
    from evals.work_evals import _guard, finishes_a_non_item

    assert finishes_a_non_item(suggestion, _guard()) is nonsense


@pytest.mark.parametrize(("runner", "found"), [("day_one", True), ("conversations", False)])
def test_a_day_one_snippet_matches_whatever_its_case_our_own_sets_as_written(runner, found, shared_retriever, tmp_path):
    # the day-one writers were promised case-insensitive snippets («rina» for «Tercatat: Nama Rina …»)
    from evals.conversation_evals import _Run
    from evals.day_one_evals import _GuessedLabels

    run = (_GuessedLabels if runner == "day_one" else _Run)(tmp_path, shared_retriever)
    run.step(1, {"say": "/profil", "expect": ["nama LENGKAP"]})
    run.store.close()
    assert (run.problems == []) is found


def test_day_one_holdouts_opened_for_tuning_show_their_failures_and_the_later_ones_stay_blind():
    from evals.day_one_evals import blind

    assert not blind("holdout3") and not blind("holdout4") and not blind("dev9")
    assert blind("holdout") and blind("holdout5") and blind("holdout9") and blind("holdout10")


def test_every_kind_a_message_is_read_as_has_a_route_in_the_route_eval():
    from bot.year.entry_kind import EntryKind
    from evals.year_evals import AS_ROUTE, ROUTES

    assert {kind.value for kind in EntryKind} <= set(AS_ROUTE)
    assert set(AS_ROUTE.values()) <= set(ROUTES)
