"""What the model may propose, and the deterministic gate every proposal passes before a user sees it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from bot import knowledge
from bot.lang.text import tokens
from bot.llm.client import ask_json
from bot.llm.prompts import data_block
from bot.models import Candidate, IkiDraft, IkiResult, RewriteResult, SkpDraft
from bot.retrieval.normalize import keyword_tokens
from bot.rewrite import needs_rewrite, passes_rules, rewrite
from bot.rules import check_iki
from bot.rules.analysis import is_activity_verb
from bot.rules.lexicon import lexicon
from bot.settings import Settings, get_settings
from bot.skp.rhk import draft_rhk, is_leader_rhk, qualifier_present

if TYPE_CHECKING:  # langchain loads only when a model is configured (0.8 s of `iki` start otherwise)
    from langchain_core.language_models import BaseChatModel

NO_AI = "(usulan tanpa AI)"
MAX_CANDIDATE_CHARS = 300
MAX_ANSWER_CHARS = 900
# Share of an answer's words that must occur in the passages it cites: the model may rephrase, not invent.
MIN_GROUNDING = 0.6


class _Candidates(BaseModel):
    candidates: list[Candidate] = Field(default_factory=list)


class _Rhk(BaseModel):
    rhk: list[str] = Field(default_factory=list)


class _Answer(BaseModel):
    answer: str
    sources: list[int] = Field(default_factory=list)


class _Questions(BaseModel):
    questions: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class Assisted:
    """A result plus whether the model was asked and failed (then the user sees NO_AI)."""

    value: object
    fell_back: bool = False
    proposed: int = 0  # what the model offered
    accepted: int = 0  # what passed the gate


@knowledge.cached
def _examples() -> dict:
    return knowledge.data("examples/iki_examples")


class Assistant:
    """The deterministic path with optional model help; model=None is the deterministic product."""

    def __init__(self, model: BaseChatModel | None = None, timeout_s: float = 20.0):
        self.model = model
        self.timeout_s = timeout_s

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> "Assistant":
        from bot.llm.chat_models import chat_model

        settings = settings or get_settings()
        return cls(chat_model(settings), settings.llm_timeout_s)

    # Rewrites ---------------------------------------------------------------------------------------------
    def rewrite(self, draft: IkiDraft, n: int = 3, checked: IkiResult | None = None) -> Assisted:
        """checked: the rules' verdict on the draft, when the caller has it (it is not worked out twice)."""
        checked = checked or check_iki(draft)
        deterministic = rewrite(draft, n=n, checked=checked)
        if self.model is None or not needs_rewrite(draft, checked):
            return Assisted(deterministic)
        findings = "\n".join(f"- {f.category.value}: {f.message}" for f in checked.findings) or "- (tidak ada)"
        examples = "\n".join(f"- {e['before']} → {e['after']}" for e in _examples()["rewrites"][:8])
        answer = ask_json(self.model, "rewrite_iki", _Candidates, self.timeout_s, examples=examples,
                          findings=findings, draft=data_block("draf", draft.indikator), n=str(n))
        if answer is None:
            return Assisted(deterministic, fell_back=True)
        kept = gate_candidates(answer.candidates, draft)
        # Deterministic candidates fill the gap, so the user always gets up to n.
        seen = {c.indikator.lower() for c in kept}
        accepted = len(kept)
        kept += [c for c in deterministic.candidates if c.indikator.lower() not in seen]
        return Assisted(RewriteResult(input=draft.indikator, candidates=kept[:n]),
                        proposed=len(answer.candidates), accepted=accepted)

    # RHK --------------------------------------------------------------------------------------------------
    def rhk(self, text: str, n: int = 3, deterministic: list[str] | None = None) -> Assisted:
        """RHK wordings for an output-based text (bot.skp.rhk.plan_rhk decides what text that is)."""
        deterministic = draft_rhk(text, n=n) if deterministic is None else deterministic
        if self.model is None or not deterministic:
            return Assisted(deterministic)
        examples = "\n".join(f"- {e['rhk']}" for e in _examples()["good_iki"][:6] if e.get("rhk"))
        answer = ask_json(self.model, "draft_rhk", _Rhk, self.timeout_s, examples=examples,
                          text=data_block("teks", text), n=str(n))
        if answer is None:
            return Assisted(deterministic, fell_back=True)
        kept = [r.strip() for r in answer.rhk if rhk_passes(r)]
        kept += [d for d in deterministic if d not in kept]
        return Assisted(kept[:n])

    # Guideline answers ------------------------------------------------------------------------------------
    def answer(self, question: str, passages: list, fallback: str) -> Assisted:
        if self.model is None or not passages:
            return Assisted(fallback)
        listed = "\n\n".join(f"[{i}] {p.title}\n{p.text}" for i, p in enumerate(passages, start=1))
        answer = ask_json(self.model, "answer_question", _Answer, self.timeout_s, passages=listed,
                          question=data_block("pertanyaan", question))
        if answer is None:
            return Assisted(fallback, fell_back=True)
        if answer.answer.strip().lower().startswith("tidak ditemukan"):
            return Assisted(fallback)
        cited = [passages[i - 1] for i in answer.sources if 1 <= i <= len(passages)]
        if not grounded(answer.answer, cited):
            return Assisted(fallback, fell_back=True)
        sources = "; ".join(dict.fromkeys(p.source for p in cited if p.source))
        return Assisted(f"{answer.answer.strip()} (Sumber: {sources})" if sources else answer.answer.strip())

    # Dialog kinerja ---------------------------------------------------------------------------------------
    def dialog_questions(self, skp: SkpDraft, fallback: tuple[str, ...], n: int = 7) -> Assisted:
        if self.model is None or not skp.iki:
            return Assisted(list(fallback))
        listed = "\n".join(f"- {i.indikator} (target {i.target or '-'} {i.satuan or ''})" for i in skp.iki)
        answer = ask_json(self.model, "dialog_prep", _Questions, self.timeout_s, skp=data_block("skp", listed), n=str(n))
        if answer is None:
            return Assisted(list(fallback), fell_back=True)
        kept = [q.strip() for q in answer.questions if q.strip().endswith("?") and len(q) <= 250]
        return Assisted((kept or list(fallback))[:n], fell_back=not kept)


def gate_candidates(candidates: list[Candidate], draft: IkiDraft) -> list[Candidate]:
    """Only candidates that pass every rule, look like an indicator and keep the draft's object survive."""
    object_words = _object_words(draft.indikator)
    kept, seen = [], set()
    for candidate in candidates:
        text = " ".join(candidate.indikator.split())
        if not text or len(text) > MAX_CANDIDATE_CHARS or text.lower() in seen:
            continue
        candidate = Candidate(indikator=text, satuan=candidate.satuan.strip()[:40] or "%",
                              alasan=" ".join(candidate.alasan.split())[:300])
        if not passes_rules(candidate) or (object_words and not object_words & set(keyword_tokens(text))):
            continue
        seen.add(text.lower())
        kept.append(candidate)
    return kept


def _object_words(text: str) -> set[str]:
    """Meaningful words of the draft (not measures, verbs or process words) that a rewrite should keep."""
    lex = lexicon()
    measure_words = {w for phrase in lex.measure_class for w in phrase}
    words = [w for w in tokens(text) if w not in measure_words and not is_activity_verb([w], 0, lex)
             and w not in lex.process_nouns and w not in lex.report_nouns]
    return set(keyword_tokens(" ".join(words)))


def rhk_passes(text: str) -> bool:
    """A model's RHK: a result with a qualifier, not an activity, not a leader's outcome phrased as the member's."""
    words = tokens(text)
    return (bool(words) and len(text) <= MAX_CANDIDATE_CHARS and qualifier_present(text)
            and not is_activity_verb(words, 0, lexicon()) and not is_leader_rhk(text))


def grounded(answer: str, cited: list) -> bool:
    if not cited:
        return False
    words = set(keyword_tokens(answer))
    source_words = set(keyword_tokens(" ".join(f"{p.title} {p.text}" for p in cited)))
    return bool(words) and len(answer) <= MAX_ANSWER_CHARS and len(words & source_words) / len(words) >= MIN_GROUNDING
