"""Binds each rule in knowledge/rules/rules.yaml to the small function that checks it."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot import knowledge
from bot.models import Category, Finding, Severity

# A check returns None when the rule passes, or the words to fill into its message when it fires: one dict, or a
# list of dicts when it fires more than once on one subject. The words name the case of an entry with cases:.
Words = dict[str, object]
Check = Callable[[Any], Words | list[Words] | None]

# Section of rules.yaml (iki, skp, mpph) → rule id → its check, and what one run of it reads where that varies.
_CHECKS: dict[str, dict[str, Check]] = {"iki": {}, "skp": {}, "mpph": {}}
_PER: dict[str, str] = {}


def _register(section: str, rule_id: str) -> Callable[[Check], Check]:
    def register(fn: Check) -> Check:
        _CHECKS[section][rule_id] = fn
        return fn

    return register


def iki_rule(rule_id: str) -> Callable[[Check], Check]:
    return _register("iki", rule_id)


def skp_rule(rule_id: str) -> Callable[[Check], Check]:
    return _register("skp", rule_id)


def mpph_rule(rule_id: str, per: str) -> Callable[[Check], Check]:
    """An MPPH check (they live in bot/skp/, above this layer); per says what one run reads, for the caller."""
    _PER[rule_id] = per
    return _register("mpph", rule_id)


@dataclass(frozen=True)
class Case:
    """How a rule reads when it fires one way: a plain entry has one case, an entry with cases: one per name."""

    severity: Severity
    message: str
    suggestion: str | None
    fail: dict  # an example that fires the rule this way


@dataclass(frozen=True)
class Rule:
    id: str
    category: Category
    source: str
    cases: dict[str | None, Case]  # None: a plain entry's only case
    passing: dict  # an example on which the rule stays quiet
    check: Check
    per: str | None = None

    def findings(self, subject: Any) -> list[Finding]:
        words = self.check(subject)
        if words is None:
            return []
        return [self._finding(dict(w)) for w in (words if isinstance(words, list) else [words])]

    def severities(self, subject: Any) -> list[Severity]:
        """How each of its findings on the subject would weigh, without writing their messages (an audit's
        verdict needs no more)."""
        words = self.check(subject)
        return [] if words is None else self.severities_of(words)

    def severities_of(self, words: Words | list[Words]) -> list[Severity]:
        """The severities of what a run of the check returned (not None: it fired)."""
        if isinstance(words, list):
            return [self.cases[w.get("case")].severity for w in words]
        return [self.cases[words.get("case")].severity]

    def fires(self, subject: Any) -> bool:
        """Whether the rule has a finding on the subject, without writing it."""
        words = self.check(subject)
        return words is not None and (not isinstance(words, list) or bool(words))

    def _finding(self, words: Words) -> Finding:
        case = self.cases[words.pop("case", None)]
        return Finding(
            rule=self.id,
            category=self.category,
            severity=case.severity,
            message=case.message.format(**words),
            suggestion=case.suggestion.format(**words) if case.suggestion else None,
        )


@dataclass(frozen=True)
class RuleCatalog:
    iki: list[Rule]
    skp: list[Rule]
    activity_categories: frozenset[Category]


def _case(entry: dict, category: str) -> Case:
    return Case(Severity(entry["severity"]), _quoting(entry["message"], knowledge.category_facts(category)),
                entry.get("suggestion"), entry["examples"]["fail"])


def _quoting(message: str, facts: dict[str, str]) -> str:
    """The message with its category's sentences put in where it names them («{allowed_for}»,
    `knowledge.category_facts`); the words a check returns are filled in when it fires."""
    for key, fact in facts.items():
        message = message.replace(f"{{{key}}}", fact)
    return message


def _bind(entries: list[dict], checks: dict[str, Check], scope: str) -> list[Rule]:
    missing = {e["id"] for e in entries} ^ set(checks)
    if missing:
        raise RuntimeError(f"{scope} rules without both a catalog entry and a check: {sorted(missing)}")
    return [
        Rule(
            id=e["id"],
            category=Category(e["category"]),
            source=e["source"],
            cases={name: _case(case, e["category"]) for name, case in e["cases"].items()} if "cases" in e
            else {None: _case(e, e["category"])},
            passing=e["examples"]["pass"],
            check=checks[e["id"]],
            per=_PER.get(e["id"]),
        )
        for e in entries
    ]


@knowledge.cached
def section(name: str) -> list[Rule]:
    """The entries of one section of rules.yaml, in the order written, each bound to its check. The module that
    registers the checks is imported first (bot.skp.mpph imports its own: this layer never imports bot.skp)."""
    return _bind(knowledge.data("rules/rules")[name], _CHECKS[name], name.upper())


@knowledge.cached
def rule_catalog() -> RuleCatalog:
    # Importing the modules registers their checks.
    from bot.rules import iki_rules, skp_rules  # noqa: F401

    return RuleCatalog(
        iki=section("iki"),
        skp=section("skp"),
        activity_categories=frozenset(Category(c) for c in knowledge.data("rules/rules")["activity_categories"]),
    )
