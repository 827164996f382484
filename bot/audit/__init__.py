"""Features: the whole-unit SKP audit for the HR bureau: every employee's IKI checked, with unit figures and a report.
`run_audit` does it end to end; importing the package loads nothing heavy."""

from bot.audit.run import REPORT_FILES, AuditResult, Meter, Progress, run_audit

__all__ = ["REPORT_FILES", "AuditResult", "Meter", "Progress", "run_audit"]
