"""The deterministic rule engine: the source of truth for what a good IKI and SKP are."""

from bot.models import IkiDraft, IkiResult, Kind, SkpDraft, SkpResult
from bot.rules.analysis import analyse
from bot.rules.registry import catalog


def check_iki(draft: IkiDraft) -> IkiResult:
    rules = catalog()
    analysis = analyse(draft)
    findings = [f for rule in rules.iki if (f := rule.run(analysis))]
    activity = any(f.category in rules.activity_categories for f in findings)
    return IkiResult(indikator=draft.indikator, kind=Kind.activity if activity else Kind.output, findings=findings)


def check_skp(skp: SkpDraft) -> SkpResult:
    findings = [f for rule in catalog().skp if (f := rule.run(skp))]
    return SkpResult(findings=findings, iki=[check_iki(iki) for iki in skp.iki])


__all__ = ["check_iki", "check_skp"]
