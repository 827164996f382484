"""Features: the deterministic rules, the source of truth for what a good IKI and SKP are."""

from bot.models import Category, IkiDraft, IkiResult, Kind, Severity, SkpDraft, SkpResult
from bot.rules.analysis import analyse
from bot.rules.draft_reading import Reading, normalise
from bot.rules.registry import rule_catalog


def check_iki(draft: IkiDraft, reading: Reading | None = None) -> IkiResult:
    """Every IKI rule on the draft as read (numbering, labels, shorthand … tidied first, see draft_reading);
    `reading`: the indikator as the caller already read it."""
    rules = rule_catalog()
    written = draft.indikator
    draft, reading = normalise(draft, reading)
    analysis = analyse(draft)
    findings = [f for rule in rules.iki for f in rule.findings(analysis)]
    activity = any(f.category in rules.activity_categories for f in findings)
    return IkiResult(indikator=written, kind=Kind.activity if activity else Kind.output, findings=findings,
                     read_as=draft.indikator if reading.changed else None, reading_notes=reading.notes,
                     target_read=reading.target if reading.target and draft.target == reading.target else None)


def iki_verdict(draft: IkiDraft, reading: Reading | None = None) -> tuple[Kind, list[tuple[Category, Severity]]]:
    """What check_iki finds, as (category, severity) in the same order, and the kind, without the messages and
    the result around them: an audit needs only these, for every distinct IKI of an export."""
    rules = rule_catalog()
    analysis = analyse(normalise(draft, reading)[0])
    fired = [(rule.category, severity) for rule in rules.iki if (words := rule.check(analysis)) is not None
             for severity in rule.severities_of(words)]
    activity = any(category in rules.activity_categories for category, _ in fired)
    return Kind.activity if activity else Kind.output, fired


def check_skp(skp: SkpDraft) -> SkpResult:
    findings = [f for rule in rule_catalog().skp for f in rule.findings(skp)]
    return SkpResult(findings=findings, iki=[check_iki(iki) for iki in skp.iki])


__all__ = ["check_iki", "check_skp", "iki_verdict"]
