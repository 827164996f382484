"""Every rule in knowledge/rules/rules.yaml fires on its failing example and stays quiet on its passing one."""

import re

import pytest

from bot import knowledge
from bot.models import IkiDraft, SkpDraft
from bot.rules import check_iki, check_skp, registry
from bot.rules.registry import rule_catalog, section
from bot.skp.mpph import MpphDraft, check_mpph

IKI_RULES = rule_catalog().iki
SKP_RULES = rule_catalog().skp
MPPH_RULES = section("mpph")
ALL_RULES = IKI_RULES + SKP_RULES + MPPH_RULES
CASES = [(rule, name) for rule in ALL_RULES for name in rule.cases]


def _findings(rule, example):
    if rule in IKI_RULES:
        return check_iki(IkiDraft.model_validate(example)).findings
    if rule in SKP_RULES:
        return check_skp(SkpDraft.model_validate(example)).findings
    return check_mpph(MpphDraft.model_validate(example)).findings


def _written_from(template: str, message: str) -> bool:
    """The message is the template with its {placeholders} filled."""
    pattern = ".*".join(re.escape(part) for part in re.split(r"\{\w+\}", template))
    return re.fullmatch(pattern, message, re.DOTALL) is not None


@pytest.mark.parametrize(("rule", "case"), CASES, ids=[f"{r.id}:{c}" if c else r.id for r, c in CASES])
def test_rule_fires_on_failing_example(rule, case):
    wanted = rule.cases[case]
    found = [f for f in _findings(rule, wanted.fail) if f.rule == rule.id]
    assert found, f"{rule.id} did not fire"
    # The finding is this case's: its severity, its message (two cases may share a severity or a message).
    assert any(f.severity is wanted.severity and f.category is rule.category and _written_from(wanted.message, f.message)
               for f in found), [(f.severity, f.message) for f in found]


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_quiet_on_passing_example(rule):
    assert rule.id not in {f.rule for f in _findings(rule, rule.passing)}


def test_rules_have_unique_ids_and_sources():
    ids = [r.id for r in ALL_RULES]
    assert len(ids) == len(set(ids))
    assert all(r.source.strip() and all(c.message.strip() for c in r.cases.values()) for r in ALL_RULES)


def test_cases_of_a_rule_read_apart():
    for rule in ALL_RULES:
        messages = [(c.severity, c.message) for c in rule.cases.values()]
        assert len(messages) == len(set(messages)), rule.id


def test_issue_categories_are_all_covered():
    covered = {r.category.value for r in ALL_RULES}
    required = {"ACTIVITY", "REPORT_COUNT", "NO_MEASURE", "ABSOLUTE", "VAGUE", "MISSING_TARGET", "UNIT_MISMATCH",
                "COUNT_RANGE", "WEIGHT_TOTAL", "WEIGHT_SPLIT", "MANDATORY_MISSING", "UNTAGGED", "DUPLICATE",
                "BEYOND_MISSING", "UNINTERVENED", "NO_ROLE", "SPLIT_SUM", "REGION_COVERAGE", "UNKNOWN_MEMBER"}
    assert required <= covered


def test_an_entry_or_a_check_alone_fails_loudly():
    entries = knowledge.data("rules/rules")["mpph"]
    checks = registry._CHECKS["mpph"]
    with pytest.raises(RuntimeError, match="MPPH-NO-ROLE"):
        registry._bind([e for e in entries if e["id"] != "MPPH-NO-ROLE"], checks, "MPPH")
    with pytest.raises(RuntimeError, match="MPPH-NO-ROLE"):
        registry._bind(entries, {k: v for k, v in checks.items() if k != "MPPH-NO-ROLE"}, "MPPH")


def test_a_count_of_spj_is_a_count_of_documents():
    """«jumlah SPJ yg dikumpulkan» passed as an output in a pasted list."""
    from bot.models import IkiDraft
    from bot.rules import check_iki

    assert check_iki(IkiDraft(indikator="Jumlah SPJ yang dikumpulkan")).has_error


def test_when_an_absolute_target_is_allowed_is_written_once_and_quoted_by_the_finding_and_the_glossary():
    """rules.yaml `categories.ABSOLUTE.allowed_for` is the guidance's one sentence: the IKI-ABSOLUTE message and the
    glossary's line quote it ({allowed_for}), so a change to it reaches both."""
    from bot.retrieval.glossary import terms_in

    allowed = knowledge.category_facts("ABSOLUTE")["allowed_for"]
    written = (knowledge.knowledge_dir() / "rules" / "rules.yaml").read_text(encoding="utf-8")
    assert written.count(allowed.split()[-1]) == 1 and "{allowed_for}" in written  # «besar» only where it is defined
    found = check_iki(IkiDraft(indikator="Persentase klaim yang selalu diproses tepat waktu", target="90%")).findings
    assert any(f.category == "ABSOLUTE" and allowed in f.message for f in found)
    assert [allowed in term.says for term in terms_in("ABSOLUTE itu apa?")] == [True]
