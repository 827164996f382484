"""The terms of the guidance (knowledge/glossary.yaml): which ones a question names, and the one-line meaning of each.
"apa itu X" is answered with X's line and "beda X dan Y" with both, before any ranking."""

import re
import unicodedata
from dataclasses import dataclass

from bot import knowledge
from bot.retrieval.normalize import search_config, stopwords

# A run of question marks is a word too: the audit's «?» for a lost digit («NIP yg ??? itu gmn»).
_WORD = re.compile(r"[^\W_]+|\?{2,}")
# «NIP apoteker jadi 198209152008011???»: a long number ending in a run of «?» is a NIP as the audit writes it, its
# lost digits marked, read as «NIP ???» (kept as long, so every word keeps its place in the text)
_LOST_DIGITS = re.compile(r"(?<!\d)\d{10,}(?=\?{2,})")
_SHORT = 2  # an alias this short is also an ordinary word or another abbreviation unless written in capitals


@dataclass(frozen=True)
class Term:
    name: str
    says: str
    source: str
    hint: str = ""
    letters: tuple[tuple[str, str], ...] = ()  # an acronym read letter by letter: (letter, the words it stands for)
    finding: bool = False  # a finding category of the rules or a word of the audit's reports, not of the guidance


@dataclass(frozen=True)
class _Alias:
    words: tuple[str, ...]
    capitals: bool  # must be written in capitals ("IT", "MI")
    term: Term
    always: bool = False  # answered whenever named, a definition cue or not (a category's code, an audit word)


def _words(text: str) -> list[tuple[str, str]]:
    """(lower case, as written) for each word, hyphens and slashes split ("SMART-C" → smart, c); function words
    ("yang", "dan", "yg") dropped, so "RHK pimpinan yg diintervensi" meets "RHK pimpinan yang diintervensi"."""
    return [(lower, written) for lower, written, _ in _placed_words(text)]


def _placed_words(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """_words with where each word stands in the NFKC text."""
    skip = skipped_words()
    text = _LOST_DIGITS.sub(lambda m: "NIP".ljust(len(m.group())), unicodedata.normalize("NFKC", text))
    found = _WORD.finditer(text)
    # An abbreviation in capitals ("IT", "MI") is never a chat word, whatever it spells in lower case ("it").
    return [(_lower(m.group()), m.group(), m.span()) for m in found
            if m.group().lower() not in skip or (m.group().isupper() and len(m.group()) > 1)]


def _lower(word: str) -> str:
    return "??" if word.startswith("??") else word.lower()


def nya_apart(text: str) -> str:
    """«TUSInya maksudnya apa», «IKI yg jenisnya TUSI»: a word of a term with "-nya" attached written apart from it
    («TUSI nya»), so the term is found; other words stay as written («kerjaannya»)."""
    return _WORD.sub(lambda m: term_apart(m.group()), unicodedata.normalize("NFKC", text))


def term_apart(word: str, known: frozenset[str] | None = None) -> str:
    """One word as nya_apart writes it: «ISSnya» → «ISS nya», any other word as written. known: the words a term
    may be written with (every alias word by default)."""
    known, lower = known if known is not None else _alias_words(), word.lower()
    return f"{word[:-3]} {word[-3:]}" if lower.endswith("nya") and lower not in known and lower[:-3] in known \
        else word


@knowledge.cached
def acronyms() -> frozenset[str]:
    """The glossary's one-word aliases written in capitals («ISS», «IKK», «MPPH»), lower case: names no word of the
    language spells, so «ISSnya» is the term (a word such as «kinerjanya» stays as written)."""
    return frozenset(alias.lower() for entry in _entries() for alias in [entry["term"], *entry["aliases"]]
                     if alias.isalpha() and alias.isupper() and len(alias) > 1)


@knowledge.cached
def _alias_words() -> frozenset[str]:
    """Every word of every alias, as _words reads it (lower case, hyphens split, an abbreviation in capitals kept)."""
    return frozenset(lower for entry in _entries()
                     for alias in [entry["term"], *entry["aliases"]] for lower, _ in _words(alias))


@knowledge.cached
def skipped_words() -> frozenset[str]:
    """Words that never say what a question is about: the search stopwords and search.yaml `answers.chat_words` and
    `slang`."""
    answers = search_config()["answers"]
    return stopwords() | frozenset(answers["chat_words"]) | frozenset(answers["slang"])


@knowledge.cached
def _entries() -> list[dict]:
    """The glossary's terms, then the finding categories of the rules catalog (rules.yaml `categories`: the code as
    written in capitals, «REPORT_COUNT», is answered whenever named; its label and aliases with a cue) and the
    audit's own words (audit.yaml, answered whenever named); policy numbers filled in."""
    count, weights = knowledge.policy().iki_count, knowledge.policy().weights
    numbers = {"min": count.min, "max": count.max, "core": weights.core_total, "beyond": weights.beyond_total,
               **{k.removeprefix("core_"): f"{v:g}" for k, v in weights.split["direct"].items()},
               "tusi_only": f"{weights.split['indirect']['core_tusi']:g}"}
    entries = list(knowledge.data("glossary")["terms"])
    for code, entry in knowledge.data("rules/rules")["categories"].items():
        entries.append({"term": code, "aliases": [entry["label"], *entry["aliases"]], "always": [code],
                        "says": entry["says"].format(**numbers, **knowledge.category_facts(code)),
                        "source": entry["source"], "finding": True})
    audit = knowledge.data("audit")
    for entry in audit["terms"]:
        entries.append({**entry, "says": entry["says"].format(**numbers), "source": audit["source"], "finding": True,
                        "always": [entry["term"], *entry["aliases"]]})
    return entries


@knowledge.cached
def _aliases() -> dict[str, list[_Alias]]:
    """Aliases by first word, longest first; every multi-word alias also written as one word ("IPASN", "ekinerja")."""
    by_first: dict[str, list[_Alias]] = {}
    for entry in _entries():
        term = Term(entry["term"], " ".join(entry["says"].split()), entry["source"], entry.get("hint", ""),
                    tuple((str(letter).lower(), words) for letter, words in entry.get("letters", {}).items()),
                    entry.get("finding", False))
        always = set(entry.get("always", ()))
        for alias in dict.fromkeys([entry["term"], *entry["aliases"]]):
            words = _words(alias)
            if not words:
                continue
            # As written, and joined into one word: a list, so equally long aliases keep the glossary's order.
            forms = [tuple(w for w, _ in words)] + ([("".join(w for w, _ in words),)] if len(words) > 1 else [])
            # A category's code is a name only in capitals («ABSOLUTE», «NO_MEASURE»), like a short alias.
            capitals = len(alias.replace(" ", "")) <= _SHORT or (entry.get("finding", False) and alias == entry["term"]
                                                                 and alias.isupper())
            for form in forms:
                by_first.setdefault(form[0], []).append(_Alias(form, capitals, term, alias in always))
    for options in by_first.values():
        options.sort(key=lambda a: len(a.words), reverse=True)
    return by_first


def named_always(text: str) -> list[Term]:
    """The finding terms a text names by a name answered whenever named («REPORT_COUNT», «IKI ganda» is not)."""
    return list(dict.fromkeys(alias.term for alias, _ in _matches(text) if alias.always))


def named_always_spans(text: str) -> list[tuple[int, int]]:
    """Where a text names a finding term by a name answered whenever named («REPORT_COUNT»), as (start, end) in the
    NFKC text: a name, kept as written, never a word to respell («REPORT» is not «melaporkan»)."""
    return [span for alias, span in _matches(text) if alias.always]


def terms_in(text: str) -> list[Term]:
    """The terms a text names, in the order written, each once; the longest alias wins at each place."""
    return list(dict.fromkeys(term for term, _ in placed_terms(text)))


def placed_terms(text: str) -> list[tuple[Term, tuple[int, int]]]:
    """Every place a text names a term, with its (start, end) in the NFKC text; the longest alias wins at each
    place."""
    return [(alias.term, span) for alias, span in _matches(text)]


def _matches(text: str) -> list[tuple[_Alias, tuple[int, int]]]:
    words = _placed_words(text)
    found: list[tuple[_Alias, tuple[int, int]]] = []
    i = 0
    while i < len(words):
        match = next((a for a in _aliases().get(words[i][0], ())
                      if tuple(w for w, _, _ in words[i:i + len(a.words)]) == a.words
                      and (not a.capitals or all(o.isupper() for _, o, _ in words[i:i + len(a.words)]))), None)
        if match is None:
            i += 1
            continue
        found.append((match, (words[i][2][0], words[i + len(match.words) - 1][2][1])))
        i += len(match.words)
    return found


@knowledge.cached
def _alias_forms() -> dict[str, list[tuple[str, ...]]]:
    """Each term's aliases as words, by term name."""
    forms: dict[str, list[tuple[str, ...]]] = {}
    for options in _aliases().values():
        for alias in options:
            forms.setdefault(alias.term.name, []).append(alias.words)
    return forms


def letter_words(term: Term, letter: str) -> str:
    """The words a letter of an acronym stands for («A» of PRIMA: «Ajak dialog kinerja»), "" when it is none of its
    letters."""
    return dict(term.letters).get(letter.lower(), "")


def narrower(term: Term, than: Term) -> bool:
    """Whether one of a term's aliases holds one of another term's, word for word, among more words: «non direct
    cascading» is a kind of cascading, «Core CL» of Core, «IKI TUSI» of IKI."""
    def holds(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
        return len(long) > len(short) and any(long[i:i + len(short)] == short for i in range(len(long)))
    return term != than and any(holds(long, short) for long in _alias_forms().get(term.name, ())
                                for short in _alias_forms().get(than.name, ()))


@knowledge.cached
def named_by() -> dict[str, int]:
    """How many other terms' lines name each term: a frame many lines are written in («MPPH», «SKP») against a
    narrow notion few name («output antara»)."""
    counts: dict[str, int] = {}
    for entry in _entries():
        for term in terms_in(entry["says"]):
            if term.name != entry["term"]:
                counts[term.name] = counts.get(term.name, 0) + 1
    return counts


def term_named(name: str) -> Term | None:
    """A term by its name or an alias ("IKI", "Core TUSI")."""
    found = terms_in(name)
    return found[0] if found else None


def meaning(terms: list[Term]) -> tuple[str, str]:
    """(text, sources) of one term's line, or of several lines one after another (a comparison)."""
    text = " ".join(t.says for t in terms)
    sources = "; ".join(dict.fromkeys(t.source for t in terms))
    return text, sources


def glossary_text() -> str:
    """Every word of the glossary, as one text (what the guidance talks about)."""
    return " ".join(f"{e['term']} {' '.join(e['aliases'])} {e['says']}" for e in knowledge.data("glossary")["terms"])


@knowledge.cached
def _genera() -> dict[str, tuple[str, ...]]:
    """Each acronym's genus: its spelled-out alias without the last word, whose initials the acronym is
    («IKI»: «Indikator Kinerja Individu» → indikator kinerja), by the acronym in lower case; only words that several
    acronyms share so are a genus («Sasaran Kinerja Pegawai» alone makes none of «sasaran kinerja»)."""
    genera: dict[str, tuple[str, ...]] = {}
    for entry in knowledge.data("glossary")["terms"]:
        for acronym in [entry["term"], *entry["aliases"]]:
            if not (acronym.isalpha() and acronym.isupper() and len(acronym) > 2):
                continue
            for alias in entry["aliases"]:
                words = tuple(w for w, _ in _words(alias))
                if len(words) == len(acronym) and "".join(w[0] for w in words) == acronym.lower():
                    genera.setdefault(acronym.lower(), words[:-1])
    shared = list(genera.values())
    return {acronym: genus for acronym, genus in genera.items() if shared.count(genus) > 1}


def genus_named(acronym: str, text: str) -> bool:
    """Whether a text names an acronym's genus with no kind of it («Cascading indikator kinerja Kemenkes» for
    «IKI»): what it says of every indicator it says of that one. «Indikator Kinerja Kegiatan (IKK)» names a kind,
    another one, and says nothing of IKI."""
    genus = _genera().get(acronym.lower())
    if not genus:
        return False
    words = [w for w, _ in _words(text)]
    n = len(genus)
    return any(tuple(words[i:i + n]) == genus and not terms_in(" ".join(words[i:i + n + 1]))
               for i in range(len(words) - n + 1))
