"""Binds each rule in knowledge/rules/rules.yaml to the small function that checks it."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot import knowledge
from bot.models import Category, Finding, Severity

# A check returns None when the rule passes, or the words to fill into its message when it fires.
Check = Callable[[Any], dict[str, object] | None]

_IKI_CHECKS: dict[str, Check] = {}
_SKP_CHECKS: dict[str, Check] = {}


def iki_rule(rule_id: str) -> Callable[[Check], Check]:
    def register(fn: Check) -> Check:
        _IKI_CHECKS[rule_id] = fn
        return fn

    return register


def skp_rule(rule_id: str) -> Callable[[Check], Check]:
    def register(fn: Check) -> Check:
        _SKP_CHECKS[rule_id] = fn
        return fn

    return register


@dataclass(frozen=True)
class Rule:
    id: str
    category: Category
    severity: Severity
    source: str
    message: str
    suggestion: str | None
    examples: dict[str, dict]
    check: Check

    def run(self, subject: Any) -> Finding | None:
        words = self.check(subject)
        if words is None:
            return None
        return Finding(
            rule=self.id,
            category=self.category,
            severity=self.severity,
            message=self.message.format(**words),
            suggestion=self.suggestion.format(**words) if self.suggestion else None,
        )


@dataclass(frozen=True)
class RuleCatalog:
    iki: list[Rule]
    skp: list[Rule]
    activity_categories: frozenset[Category]


def _bind(entries: list[dict], checks: dict[str, Check], scope: str) -> list[Rule]:
    missing = {e["id"] for e in entries} ^ set(checks)
    if missing:
        raise RuntimeError(f"{scope} rules without both a catalog entry and a check: {sorted(missing)}")
    return [
        Rule(
            id=e["id"],
            category=Category(e["category"]),
            severity=Severity(e["severity"]),
            source=e["source"],
            message=e["message"],
            suggestion=e.get("suggestion"),
            examples=e["examples"],
            check=checks[e["id"]],
        )
        for e in entries
    ]


@lru_cache(maxsize=1)
def rule_catalog() -> RuleCatalog:
    # Importing the modules registers their checks.
    from bot.rules import iki_rules, skp_rules  # noqa: F401

    data = knowledge.data("rules/rules")
    return RuleCatalog(
        iki=_bind(data["iki"], _IKI_CHECKS, "IKI"),
        skp=_bind(data["skp"], _SKP_CHECKS, "SKP"),
        activity_categories=frozenset(Category(c) for c in data["activity_categories"]),
    )
