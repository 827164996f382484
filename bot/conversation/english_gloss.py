"""One English line under the verdict on an IKI written in English (play40 F10): its short lead and the next step,
Indonesian staying the product's language. Words: knowledge/conversation.yaml `english_gloss`."""

from bot import knowledge
from bot.models import IkiResult, Severity

MAX_LEADS = 2  # the first errors glossed; the Indonesian reply above says them all


def lead(verdict: IkiResult) -> str:
    """«In English: it names an activity, not the result it achieves.»: the verdict's first errors, or that it passes."""
    words = knowledge.data("conversation")["english_gloss"]
    errors = list(dict.fromkeys(f.category.value for f in verdict.findings if f.severity is Severity.error))
    if not errors:
        return f"{words['lead']} {words['passes']}"
    said = "; ".join(dict.fromkeys(words["fails"].get(category, words["other"]) for category in errors[:MAX_LEADS]))
    return f"{words['lead']} {said}."


def gloss(verdict: IkiResult) -> str:
    """The lead and the next step when no suggestion is shown under it: a failing IKI rewritten, a passing one
    saved."""
    words = knowledge.data("conversation")["english_gloss"]
    return f"{lead(verdict)} {words['next_rewrite'] if verdict.has_error else words['next_save']}"


def next_pick() -> str:
    """Above Indonesian suggestions for an English IKI whose language is not what fails: pick one, in English too."""
    return knowledge.data("conversation")["english_gloss"]["next_pick"]
