"""Reads an IKI draft once into the parts every rule looks at: measure word, measured head, target, unit."""

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.lang.numbers import Target, parse_target
from bot.lang.text import clean, tokens
from bot.models import IkiDraft
from bot.rules.lexicon import Lexicon, lexicon

_ME_VERB = re.compile(r"^me[lrmnwy][a-z]{4,}$")


@dataclass(frozen=True)
class IkiAnalysis:
    draft: IkiDraft
    words: list[str]  # tokens of the indikator
    measure: tuple[str, ...] | None  # the leading measure phrase, e.g. ("persentase",)
    measure_class: str | None  # percent | count | score | other
    body: list[str]  # tokens after the measure phrase (the measured thing and its qualifiers)
    target: Target | None
    satuan: list[str]  # tokens of the satuan, or of the unit written after the target number
    lex: Lexicon

    @property
    def head(self) -> list[str]:
        """The measured thing: what follows the measure word (the whole text when there is none)."""
        return self.body if self.measure else self.words


def analyse(draft: IkiDraft) -> IkiAnalysis:
    lex = lexicon()
    words = tokens(clean(draft.indikator))  # clean() drops list numbering such as "3."
    measure = lex.measures.match_at(words, 0) if words else None
    target = _target(draft.target)
    unit_text = draft.satuan or (target.unit if target else None) or ""
    return IkiAnalysis(
        draft=draft,
        words=words,
        measure=measure,
        measure_class=lex.measure_class.get(measure) if measure else None,
        body=words[len(measure) :] if measure else words,
        target=target,
        satuan=["%"] if unit_text.strip() == "%" else tokens(unit_text),
        lex=lex,
    )


# Targets repeat across an export ("100%", 80, "12 Dokumen"): each read once. Typed, as 1 and True are equal keys.
_target = lru_cache(maxsize=4096, typed=True)(parse_target)


def is_activity_verb(words: list[str], i: int, lex: Lexicon) -> bool:
    """A listed activity verb, or any meN- verb of doing (melaksanakan, menyusun …) at position i."""
    if i >= len(words):
        return False
    word = words[i]
    if lex.activity_verbs.match_at(words, i):
        return True
    return bool(_ME_VERB.match(word)) and not word.endswith("nya") and word not in lex.not_verbs


def leading_activity_verb(a: IkiAnalysis) -> str | None:
    if a.measure or not is_activity_verb(a.words, 0, a.lex):
        return None
    return a.words[0]


def _skip(words: list[str], skip: frozenset[str]) -> int:
    i = 0
    while i < len(words) and words[i] in skip:
        i += 1
    return i


def counted_report(a: IkiAnalysis) -> str | None:
    """The report/document/meeting noun a Jumlah-type IKI counts, if that is what it counts."""
    if a.measure_class != "count":
        return None
    i = _skip(a.body, a.lex.document_skip)
    report = a.lex.report_nouns.match_at(a.body, i)
    product = a.lex.document_products.match_at(a.body, i)
    if report and not (product and len(product) >= len(report)):
        return " ".join(report)
    return None


def counted_unit(a: IkiAnalysis) -> str | None:
    """A satuan that counts activities or documents (kali, kegiatan, laporan …)."""
    unit = a.lex.report_units.match_at(a.satuan, 0) if a.satuan else None
    return " ".join(unit) if unit else None


def counted_product(a: IkiAnalysis) -> str | None:
    if a.measure_class != "count":
        return None
    i = _skip(a.body, a.lex.document_skip)
    product = a.lex.document_products.match_at(a.body, i)
    return " ".join(product) if product else None


def counted_noun(draft: IkiDraft) -> str | None:
    """What a Jumlah IKI counts, offered as its satuan: «Jumlah rekomendasi hasil analisis jabatan …» →
    «Rekomendasi»; None for another measure or a body that does not open with a word."""
    a = analyse(draft)
    if a.measure_class != "count":
        return None
    i = _skip(a.body, a.lex.document_skip)
    return a.body[i].capitalize() if i < len(a.body) and a.body[i].isalpha() and len(a.body[i]) > 2 else None


def implied_satuan(draft: IkiDraft) -> str | None:
    """"Persentase …" is measured in %: nobody needs to be asked for that satuan."""
    return "%" if analyse(draft).measure_class == "percent" else None


def measure_satuan(draft: IkiDraft) -> str | None:
    """The form's Satuan a score's measure word names («Nilai …» → Nilai, «Indeks …» → Indeks: lexicon
    `measures.score_satuan`, brief §5 Q2): nobody is asked for it, and it is no unit to say after the number
    («target 80», never «80 Nilai»: tester48 P1-3)."""
    words = tokens(draft.indikator)
    return words[0].capitalize() if words and words[0] in lexicon().score_satuan else None
