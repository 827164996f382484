"""An IKI written in English put in Indonesian word by word from a small lexicon (knowledge/rewrite/english.yaml):
«Percentage of lab samples processed on time» → «Persentase sampel laboratorium yang diperiksa tepat waktu». A word
the lexicon does not hold is named, never left in English inside the Indonesian text. A question asked in English
has its asking phrases read as the Indonesian question says them (`question_in_indonesian`)."""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot import knowledge
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.lang.words import is_indonesian_word

_WORD = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*")  # as bot.lang.text tokens, «/» kept inside («kabupaten/kota»)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?(?:x\d+)?")  # «within 1x24 hours» too


@dataclass(frozen=True)
class Translation:
    text: str  # the IKI in Indonesian; "" when a word could not be translated
    satuan: str  # the satuan its measure implies ("%", "Hari", the counted noun for Jumlah)
    unknown: tuple[str, ...]  # the words the lexicon does not hold, as written


@dataclass(frozen=True)
class _Lexicon:
    openers: PhraseSet
    opener_of: dict[tuple[str, ...], dict]
    words: PhraseSet
    word_of: dict[tuple[str, ...], str]
    participles: PhraseSet
    participle_of: dict[tuple[str, ...], dict[str, str]]
    qualifiers: PhraseSet
    qualifier_of: dict[tuple[str, ...], str]
    within: str
    units: PhraseSet
    unit_of: dict[tuple[str, ...], str]
    prepositions: dict[str, str]
    connectors: dict[str, str]
    relative: PhraseSet
    dropped: frozenset[str]
    verb_phrases: PhraseSet
    verb_of: dict[tuple[str, ...], str]
    actions: PhraseSet
    action_of: dict[tuple[str, ...], str]
    indonesian: frozenset[str]  # the lexicon's own Indonesian words: a mixed IKI keeps them («Persentase of …»)
    measures: PhraseSet  # the Indonesian measures, opening a mixed IKI
    measure_of: dict[tuple[str, ...], dict]
    measure_nouns: PhraseSet  # «uptime», «success rate»: a measure English writes after what it measures
    measure_noun_of: dict[tuple[str, ...], dict]
    work_verbs: PhraseSet  # «handle», «take care of»: a clause of a work description opens with one
    work_verb_of: dict[tuple[str, ...], str]
    work_lead_ins: PhraseSet
    pronouns: frozenset[str]
    work_places: frozenset[str]  # «at», «in», «on»: where the work is done follows
    work_everyone: frozenset[str]  # «from each team», «for all rooms»: who it is done for, not what
    item_joins: frozenset[str]  # «,», «and», «plus»: between the things a clause's verb is done to


def _table(entries: dict) -> tuple[PhraseSet, dict]:
    return PhraseSet(entries), {tuple(tokens(k)): v for k, v in entries.items()}


@knowledge.cached
def _lexicon() -> _Lexicon:
    data = knowledge.data("rewrite/english")
    participles = {k: v if isinstance(v, dict) else {"default": v} for k, v in data["participles"].items()}
    return _Lexicon(*_table(data["openers"]), *_table(data["words"]), *_table(participles),
                    *_table(data["qualifiers"]), data["within"], *_table(data["units"]), data["prepositions"],
                    data["connectors"], phrase_set("rewrite/english", "relative"), frozenset(data["dropped"]),
                    *_table(data["verb_phrases"]), *_table(data["actions"]), _indonesian(data),
                    *_table({e["measure"]: e for e in data["openers"].values()}), *_table(data["measure_nouns"]),
                    *_table(data["work_verbs"]),
                    phrase_set("rewrite/english", "work_lead_ins"), frozenset(data["pronouns"]),
                    frozenset(data["work_places"]), frozenset(data["work_everyone"]), frozenset(data["item_joins"]))


def english_measure(words: Sequence[str]) -> tuple[int, str] | None:
    """The Indonesian measure an English opener of these lowercase words stands for, with the opener's length
    («number of …» → (2, "Jumlah")); None when they open otherwise. The year reads an English IKI's measure by it."""
    lex = _lexicon()
    opener = lex.openers.match_at(words, 0)
    return (len(opener), lex.opener_of[opener]["measure"]) if opener else None


def names_measure_noun(text: str) -> bool:
    """«EQAS score for AST», «Database backup success rate»: an English measure noun written after what it measures
    (only names before it, no function word: «see you at the score board» is none), with no opener; the line is an
    indicator all the same."""
    lex = _lexicon()
    keys = [w.lower() for w in _WORD.findall(text)]
    found = None if lex.openers.match_at(keys, 0) else _measure_noun(keys, lex)
    return found is not None and not function_words().intersection(keys[:found[0]])


def _indonesian(data: dict) -> frozenset[str]:
    said = list(data["words"].values()) + list(data["actions"].values()) + list(data["qualifiers"].values())
    said += list(data["prepositions"].values()) + list(data["connectors"].values()) + ["yang"]
    said += [v for entry in data["participles"].values() for v in (entry.values() if isinstance(entry, dict) else [entry])]
    return frozenset(w for phrase in said for w in tokens(str(phrase)))


@knowledge.remembered  # the language rule asks for each English IKI an audit checks
def translate(text: str) -> Translation:
    """The IKI in Indonesian. English puts modifiers before the noun («lab samples»), Indonesian after («sampel
    laboratorium»): each noun phrase is read, then turned around; a participle after it opens «yang …»."""
    lex = _lexicon()
    raw = _WORD.findall(text)
    keys = [w.lower() for w in raw]
    measure, satuan, i = "", "", 0
    if not (lex.openers.match_at(keys, 0) or lex.measures.match_at(keys, 0)) and (noun := _measure_noun(keys, lex)):
        at, found = noun  # «System uptime SIMRS»: the measure opens, the words around it follow in their order
        entry = lex.measure_noun_of[found]
        measure, satuan = entry["measure"], entry["satuan"]
        raw, keys = raw[:at] + raw[at + len(found):], keys[:at] + keys[at + len(found):]
    singular = [_singular(k, lex) for k in keys]
    opener: tuple[str, ...] | None = None
    if not measure and (opener := lex.openers.match_at(keys, 0)):
        entry = lex.opener_of[opener]
        measure, satuan, i = entry["measure"], entry["satuan"], len(opener)
    elif not measure and (opener := lex.measures.match_at(keys, 0)):  # «Persentase of …»: the measure read already
        entry = lex.measure_of[opener]
        measure, satuan = entry["measure"], entry["satuan"]
        i = len(opener) + (len(keys) > len(opener) and keys[len(opener)] in lex.dropped)
    parts: list[str] = []  # Indonesian, in order: noun phrases, «yang …», phrases after a preposition, qualifiers
    if opener and opener[-1] == "to" and (action := lex.actions.match_at(keys, i)):
        parts.append(lex.action_of[action])  # «Average time to issue permits»: the process timed, then its object
        i += len(action)
    phrase: list[str] = []  # the noun phrase being read, in English order
    unknown: list[str] = []
    head = ""  # the first noun phrase's head, which a participle may depend on («processed» samples are examined)
    verbs = 0  # participles said so far: the first opens «yang»

    native = False  # the phrase opened with a word written in Indonesian: it is in Indonesian order already

    def close() -> None:
        nonlocal head, native
        if phrase:
            said = " ".join(phrase) if native else _turned(phrase, lex)
            native = False
            head = head or said.split(" dan ")[0].split()[0]
            parts.append(said)
            phrase.clear()

    while i < len(keys):
        key = keys[i]
        if found := lex.qualifiers.match_at(keys, i):
            close()
            parts.append(lex.qualifier_of[found])
            i += len(found)
        elif key == "within" and i + 1 < len(keys) and _NUMBER.fullmatch(keys[i + 1]) and (
                unit := lex.units.match_at(keys, i + 2)):
            close()
            parts.append(f"{lex.within} {raw[i + 1]} {lex.unit_of[unit]}")
            i += 2 + len(unit)
        elif (found := lex.participles.match_at(keys, i)) and i > len(opener or ()):
            close()
            choices = lex.participle_of[found]
            parts.append(_relative_lead(parts, verbs) + choices.get(head, choices["default"]))
            verbs += 1
            i += len(found)
        elif found := lex.relative.match_at(keys, i):
            close()
            i += len(found)
            if found := lex.verb_phrases.match_at(keys, i):
                parts.append(_relative_lead(parts, verbs) + lex.verb_of[found])
                verbs += 1
                i += len(found)
        elif key in lex.connectors and verbs and not phrase and lex.participles.match_at(keys, i + 1):
            i += 1  # «reviewed and approved»: the «dan» is said with the second verb
        elif key in lex.prepositions and (phrase or parts) and i + 1 < len(keys):
            close()
            parts.append(lex.prepositions[key])
            i += 1
        elif key in lex.dropped:
            i += 1
        elif key in lex.connectors:
            phrase.append(lex.connectors[key])
            i += 1
        elif (found := lex.words.match_at(singular, i)) and not (
                phrase and lex.word_of[found] == key and is_indonesian_word(key)
                and all(_kept_as_written(w, 1) for w in phrase)):  # «QC internal»: the same word in both languages
            named = len(phrase) - next((n for n, w in enumerate(reversed(phrase)) if not _kept_as_written(w, 1)),
                                       len(phrase))
            if native and named:  # «sesuai Westgard rules»: the name and the English noun after it, turned as one
                modifiers = phrase[-named:]
                del phrase[-named:]
                close()
                phrase.extend(modifiers)
            phrase.append(lex.word_of[found])
            i += len(found)
        elif key in lex.indonesian or is_indonesian_word(key):  # «Persentase sampel lab processed …»: Indonesian already
            # «QC internal»: after an acronym or a name only, an Indonesian word is in Indonesian order too
            native = native or all(_kept_as_written(w, 1) for w in phrase)
            phrase.append(key)
            i += 1
        elif _kept_as_written(raw[i], i):
            phrase.append(raw[i])
            i += 1
        else:
            unknown.append(raw[i])
            i += 1
    close()
    if unknown or not parts:
        return Translation("", satuan, tuple(dict.fromkeys(unknown)))
    said = " ".join(w for w in [measure] + parts if w)
    if measure == "Jumlah" and not satuan:
        satuan = head.capitalize()
    return Translation(said[0].upper() + said[1:], satuan, ())


def _measure_noun(keys: list[str], lex: _Lexicon) -> tuple[int, tuple[str, ...]] | None:
    """Where a measure noun stands in an IKI with no opener, and its words («System uptime SIMRS» → (1, uptime))."""
    for at in range(len(keys)):
        if found := lex.measure_nouns.match_at(keys, at):
            return at, found
    return None


def _relative_lead(parts: list[str], verbs: int) -> str:
    """«yang » before the first participle, «dan » before the next; none after a «yang» written in Indonesian
    already («Persentase laporan yang submitted …»)."""
    if verbs:
        return "dan "
    return "" if parts and parts[-1].split()[-1].lower() == "yang" else "yang "


def _turned(phrase: list[str], lex: _Lexicon) -> str:
    """A noun phrase in Indonesian order, each coordinated part on its own: [laboratorium, sampel] is read from
    ["laboratorium", "sampel"] (English «lab samples») as «sampel laboratorium»."""
    names = len(phrase) - next((n for n, w in enumerate(reversed(phrase)) if not _acronym(w)), len(phrase))
    if 0 < names < len(phrase):  # «System SIMRS»: an acronym after its noun names it, «sistem SIMRS»
        return f"{_turned(phrase[:-names], lex)} {' '.join(phrase[-names:])}"
    joins = set(lex.connectors.values())
    pieces: list[list[str]] = [[]]
    for word in phrase:
        if word in joins:
            pieces.append([word])
            pieces.append([])
        else:
            pieces[-1].append(word)
    return " ".join(" ".join(reversed(p)) if p and p[0] not in joins else " ".join(p) for p in pieces if p)


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _singular(key: str, lex: _Lexicon) -> str:
    """«samples» → «sample», «facilities» → «facility», when the lexicon holds the singular (alone, or as the last
    word of a phrase: «press releases» is read as «press release»)."""
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        one = key[: -len(cut)] + add
        if key.endswith(cut) and ((one,) in lex.word_of or one in _phrase_heads()):
            return one
    return key


@knowledge.cached
def _phrase_heads() -> frozenset[str]:
    """The last word of each phrase of several words the lexicon holds («release» of «press release»)."""
    return frozenset(words[-1] for words in _lexicon().word_of if len(words) > 1)


def indonesian_word(word: str) -> str | None:
    """One English word of a question as the lexicon says it in Indonesian («evaluation» → «evaluasi», «meetings» →
    «rapat», «update» → «memutakhirkan»: its nouns, processes and work verbs), or None when the lexicon does not hold
    it: what the guidance would call it."""
    lex = _lexicon()
    key = word.lower()
    for of in (lex.word_of, lex.action_of, lex.work_verb_of):
        for form in dict.fromkeys((key, _singular(key, lex))):
            if (form,) in of:
                return of[(form,)]
    return None  # a participle is left as written: its sense depends on its noun («held» events, «held» posts)


def participles_in(words: Sequence[str]) -> list[str]:
    """The English participles of the lexicon among these lowercase words («QC internal passed sesuai …»,
    «sampel processed»): an English predicate wherever it stands in an IKI."""
    participles = _lexicon().participles
    return [" ".join(found) for i in range(len(words)) if (found := participles.match_at(words, i))]


@knowledge.cached
def function_words() -> frozenset[str]:
    """English words that carry no subject (articles, pronouns, prepositions, joins, lead-ins: english.yaml
    `dropped`, `pronouns`, `prepositions`, `connectors`, `relative`, `work_lead_ins`)."""
    data = knowledge.data("rewrite/english")
    phrases = [*data["dropped"], *data["pronouns"], *data["prepositions"], *data["connectors"], *data["relative"],
               *data["work_lead_ins"]]
    return frozenset(w for phrase in phrases for w in tokens(str(phrase)))


def _kept_as_written(word: str, at: int) -> bool:
    """An acronym, a code, a number or a name stays as written (SKDR, e-Kinerja, ISO 17025, Jakarta)."""
    return (any(ch.isdigit() for ch in word) or (len(word) > 1 and word.isupper())
            or any(ch.isupper() for ch in word[1:]) or (at > 0 and word[:1].isupper()))


_CLAUSE_WORD = re.compile(r"[^\W_]+(?:['’\-/][^\W_]+)*|,")  # «I'm» one word, «,» kept: a clause may start there
_EXPLAINED = re.compile(r"\([^()]*\)")  # «the SPJ (expense receipts)»: what a word means, said again
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n")


def work_tasks(text: str) -> list[str]:
    """The tasks a description of one's work written in English names, each in Indonesian as a task is typed: «I
    handle outbreak investigations and the weekly SKDR completeness reports» → ["menangani penyelidikan
    epidemiologi dan laporan kelengkapan SKDR mingguan"]. A clause whose verb is not in the lexicon, or whose object
    cannot be translated whole, gives no task (never a mix of languages)."""
    found: list[str] = []
    for sentence in _SENTENCE.split(_EXPLAINED.sub(" ", text)):
        raw = _CLAUSE_WORD.findall(sentence.replace("’", "'"))
        keys = [w.lower() for w in raw]
        starts = _clause_starts(keys)
        for n, (at, verb) in enumerate(starts):
            end = starts[n + 1][0] if n + 1 < len(starts) else len(keys)
            words = raw[at + len(verb):end]
            while words and words[-1].lower() in _lexicon().item_joins:
                words = words[:-1]
            said = _objects(words)
            verb_said = _lexicon().work_verb_of[verb]
            # «outbreak investigations and the weekly SKDR completeness reports»: two works, each a task; «the
            # generator, AC and water pumps» is one task on several things
            apart = not verb_said or all(len(item.split()) > 1 for item in said)
            for item in said if apart else ([_listed(said)] if said else []):
                found.append(" ".join(w for w in (verb_said, item) if w))
    return found


def tells_own_work(text: str) -> bool:
    """«I prepare monthly stock reports …», «we handle outbreak investigations»: the writer says what work they do."""
    lex = _lexicon()
    keys = [w.lower() for w in _CLAUSE_WORD.findall(text.replace("’", "'"))]
    for i, key in enumerate(keys[:-1]):
        if key in ("i", "we"):
            j = i + 1
            while j < len(keys) and keys[j] not in ("i", "we") and lex.work_lead_ins.match_at(keys, j):
                j += 1  # «I mostly handle …»
            if j < len(keys) and _verb_at(keys, j):
                return True
    return False


def _clause_starts(keys: list[str]) -> list[tuple[int, tuple[str, ...]]]:
    """Where each clause's work verb stands, and the verb: a verb counts at the start, or after a subject, an adverb,
    «and» or a comma («I teach, supervise students …, and write papers»), not inside an object («repair tickets»)."""
    lex = _lexicon()
    starts: list[tuple[int, tuple[str, ...]]] = []
    i, opening = 0, True
    while i < len(keys):
        verb = _verb_at(keys, i) if opening else None
        if verb:
            starts.append((i, verb))
            i, opening = i + len(verb), False
            continue
        lead = lex.work_lead_ins.match_at(keys, i)
        opening = bool(lead) or keys[i] == ","
        i += len(lead) if lead else 1
    return starts


def _verb_at(keys: list[str], i: int) -> tuple[str, ...] | None:
    """The work verb at i, also when inflected («preparing», «watching for», «handles»): the verb as the lexicon
    holds it; its length in the text is the same (the inflected word stands for the verb's first word)."""
    lex = _lexicon()
    word = keys[i]
    for base in (word, word[:-3], word[:-3] + "e", word[:-4] if word[-4:-3] == word[-5:-4] else "", word[:-1],
                 word[:-2]):
        if base and (verb := lex.work_verbs.match_at([base] + keys[i + 1:], 0)):
            return verb
    return None


def _objects(words: list[str]) -> list[str]:
    """The things a clause's verb is done to, in Indonesian: each listed item («the generator, AC and water pumps»)
    translated on its own; where the work is done («at hospitals», «on the website») and who it comes from («from
    each team») left out; none when an item cannot be translated."""
    lex = _lexicon()
    keys = [w.lower() for w in words]
    cut = next((j for j, k in enumerate(keys) if j and (k in lex.work_places or (
        k in lex.prepositions and j + 1 < len(keys) and keys[j + 1] in lex.work_everyone))), len(keys))
    words, keys = words[:cut], keys[:cut]
    if not words or keys[0] in lex.pronouns:
        return []
    items, current = [], []
    for word, key in zip(words, keys, strict=True):
        if key in lex.item_joins:
            items.append(current)
            current = []
        else:
            current.append(word)
    items = [item for item in items + [current] if item]
    said = []
    for item in items:
        # «monitoring of the directorates»: each side of «of» is its own noun phrase, in Indonesian order already
        halves = " ".join(item).split(" of ")
        parts = [translate(half).text for half in halves]
        if not all(parts):  # «monthly stock reports for the pharmacy warehouse»: the thing before what it is for
            head = next((j for j, w in enumerate(item) if j and w.lower() in lex.prepositions), None)
            parts = [translate(" ".join(item[:head])).text] if head else []
        if not all(parts) or not parts:
            return []
        said.append(" ".join(_lowered(p) for p in parts))
    return said


def _listed(items: list[str]) -> str:
    """«generator, AC dan pompa air»."""
    return ", ".join(items[:-1]) + (" dan " if len(items) > 1 else "") + items[-1]


def _lowered(text: str) -> str:
    """A translated phrase inside a task: «Pasien kemoterapi» → «pasien kemoterapi»; «LAKIP» stays."""
    first = text.split()[0]
    return text if first.isupper() or any(ch.isupper() for ch in first[1:]) else text[:1].lower() + text[1:]


__all__ = ["Translation", "question_in_indonesian", "tells_own_work", "translate", "work_tasks"]


@dataclass(frozen=True)
class _Questions:
    phrases: re.Pattern
    phrase_of: dict[str, str]
    openers: re.Pattern
    opener_of: dict[str, dict[str, str]]


@knowledge.cached
def _questions() -> _Questions:
    data = knowledge.data("rewrite/english")["questions"]
    phrases = {" ".join(k.lower().split()): v for k, v in data["phrases"].items()}
    words = sorted(phrases, key=len, reverse=True)
    # «a team leader's IKI»: a phrase's possessive «'s» is read with it
    pattern = r"(?<![\w'’-])(" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in words) + r")(?:['’]s)?(?![\w'’-])"
    openers = {k.lower(): v for k, v in data["sentence_openers"].items()}
    return _Questions(re.compile(pattern, re.IGNORECASE), phrases,
                      re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, openers)) + r")(?![\w-])", re.IGNORECASE),
                      openers)


def question_in_indonesian(text: str) -> str:
    """An English question's asking phrases as the Indonesian question says them (english.yaml `questions`): «do I
    have to …» → «do I harus …», «what's the difference between» → «apa beda»; a question word that asks only
    at a sentence's start («when», «where») joins a clause anywhere else («…, when we draft» → «…, saat we draft»).
    Other words are left to the caller's word-by-word reading."""
    lex = _questions()
    text = lex.phrases.sub(lambda m: lex.phrase_of[" ".join(m.group(1).lower().split())], text)

    def opener(m: re.Match) -> str:
        before = text[:m.start()].rstrip()
        return lex.opener_of[m.group().lower()]["asks" if not before or before[-1] in ".?!\n" else "joins"]
    return lex.openers.sub(opener, text)
