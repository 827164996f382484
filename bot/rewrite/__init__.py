"""Features: deterministic output-based rewrites of activity-based IKI drafts, each re-checked by the rules."""

from string import Formatter

from bot.lang.text import sentence, tokens
from bot.models import Candidate, IkiDraft, IkiResult, RewriteResult
from bot.rewrite.parse import DraftParts, parse_draft
from bot.rewrite.patterns import Template, patterns
from bot.rules import check_iki
from bot.rules.analysis import is_activity_verb
from bot.rules.lexicon import lexicon


def needs_rewrite(draft: IkiDraft, checked: IkiResult | None = None) -> bool:
    """checked: the rules' verdict on this draft, when the caller has it already."""
    pat = patterns()
    return any(f.category in pat.rewrite_when for f in (checked or check_iki(draft)).findings)


def rewrite(draft: IkiDraft | str, n: int = 3, checked: IkiResult | None = None) -> RewriteResult:
    """Up to n output-based candidates that keep the draft's object; every one passes every rule."""
    draft = draft if isinstance(draft, IkiDraft) else IkiDraft(indikator=draft)
    written = draft.indikator
    checked = checked or check_iki(draft)
    if n <= 0 or not needs_rewrite(draft, checked):
        return RewriteResult(input=written, candidates=[])
    # Rewrite what the rules read: "Jml rapat …" is "Jumlah rapat …".
    draft = draft.model_copy(update={"indikator": checked.read_as}) if checked.read_as else draft
    pat = patterns()
    parts = parse_draft(draft.indikator, lexicon(), pat)
    attempts = [parts]
    if parts.family.name != "umum":
        # General patterns fill the gap; process nouns (not verbs) become part of what the IKI is about.
        process_is_verb = is_activity_verb(tokens(parts.process), 0, lexicon())
        whole = " ".join(p for p in (None if process_is_verb else parts.process, parts.object) if p)
        attempts.append(DraftParts(pat.families["umum"], "", whole, parts.subject))
    seen = {" ".join(tokens(draft.indikator))}
    candidates: list[Candidate] = []
    for attempt in attempts:
        for template in attempt.family.templates:
            candidate = _render(template, attempt)
            if candidate is None:
                continue
            key = " ".join(tokens(candidate.indikator))
            if key in seen or not passes_rules(candidate):
                continue
            seen.add(key)
            candidates.append(candidate)
            if len(candidates) == n:
                return RewriteResult(input=written, candidates=candidates)
    return RewriteResult(input=written, candidates=candidates)


def passes_rules(candidate: Candidate) -> bool:
    """A candidate reaches the user only with no finding at all, not even a warning."""
    result = check_iki(IkiDraft(indikator=candidate.indikator, satuan=candidate.satuan))
    return not [f for f in result.findings if f.severity != "info"]


def _render(template: Template, parts: DraftParts) -> Candidate | None:
    values = {"process": parts.process, "object": parts.object, "subject": parts.subject}
    used = {name for _, name, _, _ in Formatter().parse(template.indikator) if name}
    empty = {name for name in used if not values[name]}
    # An empty object is fine only when the process words still say what the work is about.
    if empty - {"object"} or ("object" in empty and not parts.process):
        return None
    return Candidate(
        indikator=sentence(template.indikator.format(**values)),
        satuan=template.satuan,
        alasan=sentence(template.alasan.format(**values)),
    )


__all__ = ["needs_rewrite", "passes_rules", "rewrite"]
