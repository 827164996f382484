"""SKP-level checks: how many IKI, their weights and tags, the mandatory IKI, duplicates."""

import re

from bot import knowledge
from bot.knowledge import policy
from bot.lang.numbers import format_number
from bot.lang.text import tokens
from bot.lang.thesaurus import thesaurus
from bot.lang.words import stem
from bot.models import IkiDraft, Jenis, SkpDraft
from bot.rules.draft_reading import read
from bot.rules.lexicon import lexicon
from bot.rules.measures import conforms_to_norm
from bot.rules.registry import skp_rule
from bot.rules.weights import WEIGHT_SLACK, caps, cascades_directly, used


def _numbers(positions: list[int]) -> str:
    return ", ".join(str(p + 1) for p in positions)


@skp_rule("SKP-COUNT-MIN")
def too_few_iki(skp: SkpDraft):
    rule = policy().iki_count
    if skp.peran in rule.roles and len(skp.iki) < rule.min:
        return {"count": len(skp.iki), "min": rule.min}
    return None


@skp_rule("SKP-COUNT-MAX")
def too_many_iki(skp: SkpDraft):
    rule = policy().iki_count
    if skp.peran in rule.roles and len(skp.iki) > rule.max:
        return {"count": len(skp.iki), "max": rule.max}
    return None


@skp_rule("SKP-WEIGHT-MISSING")
def weights_missing(skp: SkpDraft):
    missing = [i for i, iki in enumerate(skp.iki) if iki.bobot is None]
    return {"items": _numbers(missing)} if missing else None


def _weighed_by_table(skp: SkpDraft) -> bool:
    """Whether the guidance's weight table (Core 100, its CL/TUSI/MI split, Beyond 20) holds this SKP: the table is the
    Katim's and the Anggota's; a unit leader weighs the Perjanjian Kinerja's indicators (policy.yaml weights.roles)."""
    return skp.peran in policy().weights.roles


@skp_rule("SKP-WEIGHT-CORE")
def core_weights_off(skp: SkpDraft):
    # Missing weights are SKP-WEIGHT-MISSING's to report; a sum short of the total over them would only repeat it.
    # A sum past it already is wrong whatever is still missing (play38: the chat warned «Core 110%» while a weight
    # was still empty, and the export's «Temuan» sheet said nothing of it).
    if not skp.iki or not _weighed_by_table(skp):
        return None
    expected = policy().weights.core_total
    total = sum(v for jenis, v in used(skp).items() if jenis.is_core)
    if any(iki.bobot is None for iki in skp.iki) and total <= expected + WEIGHT_SLACK:
        return None
    return None if abs(total - expected) < WEIGHT_SLACK else {"total": format_number(total), "expected": expected}


@skp_rule("SKP-WEIGHT-BEYOND")
def beyond_weights_off(skp: SkpDraft):
    if not any(iki.jenis is Jenis.beyond for iki in skp.iki) or not _weighed_by_table(skp):
        return None
    expected = policy().weights.beyond_total
    total = used(skp)[Jenis.beyond]
    if any(iki.bobot is None for iki in skp.iki) and total <= expected + WEIGHT_SLACK:
        return None  # short of it while a weight is missing: SKP-WEIGHT-MISSING's; past it already: wrong now
    return None if abs(total - expected) < WEIGHT_SLACK else {"total": format_number(total), "expected": expected}


@skp_rule("SKP-WEIGHT-SPLIT")
def weight_split_differs(skp: SkpDraft):
    if not skp.iki or any(iki.bobot is None or iki.jenis is None for iki in skp.iki) or not _weighed_by_table(skp):
        return None
    sums = used(skp)
    off = [
        f"{jenis.label} {format_number(sums[jenis])}% (panduan {format_number(expected)}%)"
        for jenis, expected in caps(skp).items()
        if jenis.is_core and abs(sums[jenis] - expected) >= WEIGHT_SLACK
    ]
    if not off:
        return None
    label = "dengan cascading langsung" if cascades_directly(skp) else "tanpa cascading langsung"
    return {"mode": label, "detail": "; ".join(off)}


def is_mandatory(iki: IkiDraft) -> bool:
    return _names_mandatory(iki.indikator)


@knowledge.remembered  # asked of every IKI of every SKP an audit checks: once per text
def _names_mandatory(text: str) -> bool:
    joined = " ".join(tokens(text))
    return any(phrase in joined for phrase in _mandatory_phrases())


@knowledge.cached
def _mandatory_phrases() -> tuple[str, ...]:
    """The mandatory IKI's phrases as tokens joined by spaces, as is_mandatory compares them (an audit asks for
    each IKI of every employee)."""
    return tuple(" ".join(tokens(p)) for p in policy().mandatory_iki.phrases)


def mandatory_iki(target: str | None = None) -> IkiDraft:
    """The mandatory IKI as the guidance writes it (its name, satuan and jenis in policy.yaml), with its target."""
    known = policy().mandatory_iki
    return IkiDraft(indikator=known.name, satuan=known.satuan, jenis=Jenis(known.jenis), target=target)


@skp_rule("SKP-MANDATORY")
def mandatory_missing(skp: SkpDraft):
    if skp.peran not in policy().mandatory_iki.roles:
        return None
    return None if any(is_mandatory(iki) for iki in skp.iki) else {}


@skp_rule("SKP-UNTAGGED")
def untagged(skp: SkpDraft):
    missing = [i for i, iki in enumerate(skp.iki) if iki.jenis is None]
    return {"items": _numbers(missing)} if missing else None


@knowledge.remembered  # colleagues share IKI: an audit asks for the same text again and again
def meaning_words(text: str) -> frozenset[str]:
    """The words that carry an IKI's meaning: abbreviations spelled out; stopwords, numbers, measures dropped."""
    return frozenset(_meaning_in_order(text))


@knowledge.remembered
def _meaning_in_order(text: str) -> tuple[str, ...]:
    """meaning_words in the order written."""
    dropped = _not_meaning()
    spelled = thesaurus().canonical_tokens(tokens(text))
    return tuple([w for w in spelled if w not in dropped and not w.isdigit()])


@knowledge.cached
def _not_meaning() -> frozenset[str]:
    """Stopwords and the words of measure phrases."""
    lex = lexicon()
    return lex.stopwords | {w for phrase in lex.measure_class for w in phrase}


_DEFINED = re.compile(r"((?:[^\W\d_]+[\s/-]+){1,8})\(\s*([A-Z][A-Za-z]{1,7})\s*\)")
# _DEFINED's end, found by one search, not tried from every word of the text
_BRACKETED_ACRONYM = re.compile(r"\(\s*[A-Z][A-Za-z]{1,7}\s*\)")


def _defined_acronyms(skp: SkpDraft) -> dict[str, frozenset[str]]:
    """Acronyms an IKI of this SKP defines by writing its words and then the acronym in brackets («imunisasi dasar
    lengkap (IDL)»: the initials of the words before it), as the acronym's meaning words: another IKI writing the
    acronym alone means the same (tester20b #14). Known acronyms are spelled out by the thesaurus already."""
    return {acronym: words for iki in skp.iki for acronym, words in _acronyms_defined_in(iki.indikator)}


@knowledge.remembered  # the pattern tries up to 8 words at every position of the text: once per text of an audit
def _acronyms_defined_in(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The acronyms one IKI defines (_defined_acronyms), in the order written, each with its meaning words."""
    if "(" not in text or not _BRACKETED_ACRONYM.search(text):
        return ()  # most IKI: no acronym in brackets, no definition (the pattern cannot match without one)
    found = []
    for match in _DEFINED.finditer(text):
        acronym, before = match.group(2).lower(), re.split(r"[\s/-]+", match.group(1).strip())
        expansion = before[-len(acronym):] if len(before) >= len(acronym) else []
        if expansion and "".join(w[0].lower() for w in expansion) == acronym:
            found.append((acronym, meaning_words(" ".join(expansion))))
    return tuple(found)


def _spelled_out(words: frozenset[str], defined: dict[str, frozenset[str]]) -> frozenset[str]:
    """Meaning words with each acronym the SKP defines (_defined_acronyms) read as its words."""
    for acronym in words & defined.keys():
        words = (words - {acronym}) | defined[acronym]
    return words


@skp_rule("SKP-DUPLICATE")
def duplicates(skp: SkpDraft):
    """The first pair measuring the same thing: equal meaning words, else a near twin (one holds all the other's words
    and at most policy duplicates.near_extra_words more: a condition added, «… sesuai jadwal»)."""
    rule = policy().duplicates
    defined = _defined_acronyms(skp)
    words = [_spelled_out(meaning_words(iki.indikator), defined) for iki in skp.iki]
    near = None
    for b, later in enumerate(words):
        for a, earlier in enumerate(words[:b]):
            if later == earlier:
                return {"case": "same", "a": a + 1, "b": b + 1}
            short, long = (a, b) if earlier < later else (b, a) if later < earlier else (None, None)
            if near is None and short is not None and len(words[short]) >= rule.min_shared:
                extra = _added_tail(skp.iki[long].indikator, words[short])
                if extra and len(extra) <= rule.near_extra_words:
                    near = {"case": "near", "a": a + 1, "b": b + 1, "short": short + 1, "long": long + 1,
                            "extra": " ".join(extra)}
    if near is None:
        near = _served_alike(skp)
    return near


def same_meaning(skp: SkpDraft) -> list[list[int]]:
    """Every group of two or more IKI (numbers from 1) with equal meaning words, as SKP-DUPLICATE's «same» case reads
    them: «… wilayah 1 …» to «… wilayah 14 …» are one group, where the rule names its first pair only (tester56 F24)."""
    defined = _defined_acronyms(skp)
    groups: dict[frozenset[str], list[int]] = {}
    for number, iki in enumerate(skp.iki, 1):
        groups.setdefault(_spelled_out(meaning_words(iki.indikator), defined), []).append(number)
    return [group for group in groups.values() if len(group) > 1]


def _served_alike(skp: SkpDraft) -> dict | None:
    """Two IKI with the same measure counting the same thing (the roots of one's object all in the other's, at least
    policy duplicates.min_object_roots of them) served to a norm («Persentase ibu bersalin normal yang mendapat asuhan
    kebidanan sesuai standar», «Persentase persalinan normal yang ditangani sesuai SOP APN»: tester17 #12)."""
    rule = policy().duplicates
    read = [_norm_read(iki.indikator) for iki in skp.iki]
    # The object's roots (a whole reading of the text) only for IKI a pair is made of: most SKP have none.
    roots = {}
    for b, (measure_b, norm_b) in enumerate(read):
        for a, (measure_a, norm_a) in enumerate(read[:b]):
            if not (norm_a and norm_b and measure_a == measure_b):
                continue
            for i in (a, b):
                if i not in roots:
                    roots[i] = _object_roots(skp.iki[i].indikator)
            object_a, object_b = roots[a], roots[b]
            shorter = min(object_a, object_b, key=len)
            if len(shorter) >= rule.min_object_roots and (object_a <= object_b or object_b <= object_a):
                named = skp.iki[a if shorter is object_a else b].indikator
                return {"case": "served", "a": a + 1, "b": b + 1, "object": _object_text(named)}
    return None


@knowledge.remembered  # read for every IKI of every SKP: once per text of an audit
def _norm_read(text: str) -> tuple[tuple[str, ...], bool]:
    """An IKI's first word (its measure, as _served_alike compares them) and whether it says it follows a norm."""
    words = tokens(text)
    return tuple(words[:1]), conforms_to_norm(words)


@knowledge.remembered  # a reading of the whole text per IKI of every SKP the rule looks at: once per text of an audit
def _object_text(text: str) -> str:
    """«persalinan normal» of «Persentase persalinan normal yang …»: what is counted, as the rules read it (up to the
    first word that attaches a condition: lexicon service_heads.conditions)."""
    words = tokens(read(text).text)
    measure = lexicon().measures.match_at(words, 0)
    after = words[len(measure) if measure else 0:]
    ends = lexicon().service_conditions
    return " ".join(after[:next((i for i, w in enumerate(after) if w in ends), len(after))])


@knowledge.remembered
def _object_roots(text: str) -> frozenset[str]:
    """The roots of the meaning words naming what an IKI counts: those before its first relative word."""
    dropped = _not_meaning()
    return frozenset(stem(w) for w in tokens(_object_text(text)) if w not in dropped and not w.isdigit())


def _added_tail(long: str, shorter: frozenset[str]) -> tuple[str, ...]:
    """The meaning words a longer IKI adds after every word it shares with a shorter one («… ditetapkan» + «pimpinan
    sesuai jadwal»): a condition added to the same result. Words added before or among the shared ones change what
    is counted («Jumlah monev SBBL» vs «Persentase penyelesaian rekomendasi monev SBBL»): empty then."""
    ordered = _meaning_in_order(long)
    last = max(i for i, w in enumerate(ordered) if w in shorter)
    added = [w for w in ordered if w not in shorter]
    tail = ordered[last + 1:]
    return tuple(dict.fromkeys(tail)) if added and all(w in tail for w in added) else ()


@skp_rule("SKP-BEYOND")
def no_beyond(skp: SkpDraft):
    if not _weighed_by_table(skp):
        return None
    return None if any(iki.jenis is Jenis.beyond for iki in skp.iki) else {}
