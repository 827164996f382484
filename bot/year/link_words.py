"""The word lists a logbook line's link reads beside the SKP's own words (knowledge/catatan_harian.yaml,
rhk_qualifiers.yaml, rencana_aksi.yaml), each read once as terms."""

import re

from bot import knowledge
from bot.lang.text import tokens
from bot.lang.words import stem
from bot.year.line import Line
from bot.year.terms import text_terms
from bot.year.vocabulary import config, learning_events, vocabulary


@knowledge.cached
def step_words() -> frozenset[str]:
    """The words rencana aksi stages are proposed with (knowledge/rencana_aksi.yaml patterns: «Persiapan …: SOP,
    data dasar», «Pelaporan capaian … per triwulan», «Uji coba …»): they say which step of an IKI a line is about,
    not which IKI; a stage's own words (the result it names, what the user typed) stay its IKI's."""
    names = [st["name"] for pattern in knowledge.data("rencana_aksi")["patterns"].values() for st in pattern["stages"]]
    return frozenset(t for name in names for t in text_terms(re.sub(r"\{\w+\}", " ", name)))


@knowledge.cached
def weak_terms() -> frozenset[str]:
    words = list(config()["weak_words"]) + list(knowledge.data("search")["relevance"].get("weak_words", []))
    return frozenset(t for word in words for t in text_terms(word))


@knowledge.cached
def qualities() -> frozenset[str]:
    """Nouns of how well a thing is done (knowledge/rhk_qualifiers.yaml, kind pemenuhan: ketepatan, kelengkapan …)."""
    kinds = knowledge.data("rhk_qualifiers")["kinds"]
    return frozenset(t for k in kinds if k["name"] == "pemenuhan" for w in k["words"] for t in text_terms(w))


@knowledge.cached
def quality_nouns() -> dict[str, tuple[str, ...]]:
    """The nouns of how well a thing is done as written («kepatuhan»), each with its terms (patuh)."""
    kinds = knowledge.data("rhk_qualifiers")["kinds"]
    return {w: tuple(text_terms(w)) for k in kinds if k["name"] == "pemenuhan" for w in k["words"]}


@knowledge.cached
def boilerplate() -> frozenset[str]:
    """Words most RHK qualifiers share ("… sesuai ketentuan dan target waktu yang ditetapkan"), left out of the RHK
    (knowledge/rhk_qualifiers.yaml): a drafted RHK repeats them whatever its result."""
    data = knowledge.data("rhk_qualifiers")
    texts = [k["qualifier"] for k in data["kinds"]] + [data["score_qualifier"], data["predicate_qualifier"]]
    seen: dict[str, int] = {}
    for text in texts:
        for term in set(text_terms(text)):
            seen[term] = seen.get(term, 0) + 1
    return frozenset(t for t, n in seen.items() if n >= 3)


@knowledge.cached
def result_kind_words() -> list[tuple[list[frozenset[str]], frozenset[str]]]:
    """Each kind of result as the acts that make it (each the terms a line names all of: «olah data» is no «data»)
    and the terms of the things it is (link.result_kinds)."""
    return [([frozenset(text_terms(a)) for a in kind["acts"] if text_terms(a)],
             frozenset(t for r in kind["results"] for t in _parts_of(r)))
            for kind in vocabulary().link["result_kinds"]]


def _parts_of(phrase: str) -> set[str]:
    return {p for t in text_terms(phrase) for p in term_parts(t)}


@knowledge.cached
def side_marker_words() -> frozenset[str]:
    return frozenset(vocabulary().link["side_markers"])


@knowledge.cached
def plain_acts() -> frozenset[str]:
    """Words of a line's head that name no thing the work is about: plain acts, people, kinds of learning event."""
    words = vocabulary().link["side_plain_acts"] + vocabulary().link["side_people"] + \
        knowledge.data("rules/lexicon")["reading"]["not_misspelt"] + learning_events()
    return frozenset(t for word in words for t in text_terms(word))


@knowledge.cached
def handling_acts() -> frozenset[str]:
    """Words of handling anything as written («ngurus», «beresin», «handle»: link.handling_acts), read off the
    line's tokens: their stems are words of other work («tangan» of «menangani», «kerja» of «ngerjain»)."""
    return frozenset(vocabulary().link["handling_acts"])


@knowledge.cached
def partner_words() -> frozenset[str]:
    """Words naming whom a line's work was done with, as written (link.partner_people, side_people and their
    titles, trainee_groups, participant_nouns, link.generic, lexicon organisations and entities): after «sm» they
    say «with», never a second piece of work."""
    link, lexicon = vocabulary().link, knowledge.data("rules/lexicon")
    words = link["partner_people"] + link["side_people"] + lexicon["reading"]["not_misspelt"] + \
        config()["trainee_groups"] + config()["participant_nouns"] + link["generic"] + \
        lexicon["relative_activity_verbs"]["organisations"] + lexicon["entities"]
    return frozenset(t for word in words for t in tokens(word)[:1])


def joins_work(ln: Line, at: int) -> bool:
    """«sm konseling 5 pasien»: the word after «sm» (link.partner_or_joiner) opens a second piece of work, as it names
    no one: no number («sm 5 dinkes»), no name written with a capital («sm KSOP»), no person or body («sm tim
    humas», «sm dinkes prov»), no side marker («sama dengan»), and «sm» stands outside a known phrase («kerja sama»).
    A name after «, sm» with a count right after it is work («…, sama ANC 2 bumil», dev37)."""
    if at >= len(ln.toks) or ln.kinds[at] != "word" or ln.toks[at] in partner_words() or \
            ln.toks[at] in side_marker_words():
        return False
    names = {w.strip(".,;:()").lower() for w in ln.text.split() if w[:1].isupper()}
    # «…, sama ANC 2 bumil»: after a mark, a name with a count after it is work done so many times, not whom with
    counted = at >= 2 and ln.kinds[at - 2] == "mark" and at + 1 < len(ln.toks) and ln.kinds[at + 1] == "num"
    if ln.toks[at] in names and not counted:
        return False
    return _stands_alone(ln, at - 1)


def names_partner(ln: Line, at: int) -> bool:
    """«meeting sm vendor», «sy sm pak Hendra»: after «sm» (link.partner_or_joiner, outside a known phrase) the word
    at names a person (link.partner_people, side_people): with whom, as after «dgn», never what was done; a body
    («sm dinkes») may be where the work went, and stays."""
    people = vocabulary().link["partner_people"] + vocabulary().link["side_people"]
    return 0 < at < len(ln.toks) and ln.toks[at - 1] in vocabulary().link["partner_or_joiner"] and \
        ln.kinds[at] == "word" and ln.toks[at] in people and _stands_alone(ln, at - 1)


def _stands_alone(ln: Line, at: int) -> bool:
    """The token at stands outside a known phrase of several words («kerja sama»)."""
    start = 0
    for unit in vocabulary().terms.written_units(ln.toks):
        if start <= at < start + len(unit):
            return len(unit) == 1
        start += len(unit)
    return True


@knowledge.cached
def day_part_words() -> frozenset[str]:
    """The parts of the day as people write them (knowledge/pengingat.yaml day_parts: «pagi», «siang», «sore»)."""
    return frozenset(t for part in knowledge.data("pengingat")["day_parts"] for t in tokens(str(part)))


@knowledge.cached
def event_terms() -> frozenset[str]:
    words = learning_events() + config()["participation_words"] + config()["learning_credits"]
    return frozenset(p for word in words for t in text_terms(word) for p in term_parts(t))


@knowledge.cached
def generic_words() -> frozenset[str]:
    return frozenset(t for word in vocabulary().link["generic"] for t in text_terms(word))


def term_parts(term: str) -> set[str]:
    """A term and, for one of several words, the stem of each («pelatihan pelatih» is a pelatihan too)."""
    return {term} | ({stem(w) for w in term.split()} if " " in term else set())


@knowledge.cached
def credit_terms() -> frozenset[str]:
    return frozenset(t for phrase in config()["learning_credits"] for t in text_terms(phrase))
