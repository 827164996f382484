"""Every rule in knowledge/rules/rules.yaml fires on its failing example and stays quiet on its passing one."""

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.rules import check_iki, check_skp
from bot.rules.registry import rule_catalog

IKI_RULES = rule_catalog().iki
SKP_RULES = rule_catalog().skp


def _fired(rule, example) -> set[str]:
    if rule in IKI_RULES:
        return {f.rule for f in check_iki(IkiDraft.model_validate(example)).findings}
    return {f.rule for f in check_skp(SkpDraft.model_validate(example)).findings}


@pytest.mark.parametrize("rule", IKI_RULES + SKP_RULES, ids=lambda r: r.id)
def test_rule_fires_on_failing_example(rule):
    assert rule.id in _fired(rule, rule.examples["fail"])


@pytest.mark.parametrize("rule", IKI_RULES + SKP_RULES, ids=lambda r: r.id)
def test_rule_quiet_on_passing_example(rule):
    assert rule.id not in _fired(rule, rule.examples["pass"])


def test_rules_have_unique_ids_and_sources():
    ids = [r.id for r in IKI_RULES + SKP_RULES]
    assert len(ids) == len(set(ids))
    assert all(r.source.strip() and r.message.strip() for r in IKI_RULES + SKP_RULES)


def test_issue_categories_are_all_covered():
    covered = {r.category.value for r in IKI_RULES + SKP_RULES}
    required = {"ACTIVITY", "REPORT_COUNT", "NO_MEASURE", "ABSOLUTE", "VAGUE", "MISSING_TARGET", "UNIT_MISMATCH",
                "COUNT_RANGE", "WEIGHT_TOTAL", "WEIGHT_SPLIT", "MANDATORY_MISSING", "UNTAGGED", "DUPLICATE",
                "BEYOND_MISSING"}
    assert required <= covered
