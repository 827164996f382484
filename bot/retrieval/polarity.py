"""What a text says and what it denies: the words a negation denies (search.yaml `answers.polarity`), read with
`claim.synonyms` as one, and whether a question and an answer say the same case or opposite ones; whether a text
denies or states a yes-no predicate.
"""

from bot import knowledge
from bot.lang.text import PhraseSet, tokens
from bot.lang.thesaurus import Thesaurus, build
from bot.lang.words import stem
from bot.retrieval.glossary import skipped_words
from bot.retrieval.normalize import search_config


@knowledge.cached
def claim_synonyms() -> Thesaurus:
    """search.yaml `claim.synonyms` as stems, the first of each group standing for the rest."""
    groups = search_config()["answers"]["yesno"]["claim"]["synonyms"]
    return build([[" ".join(stem(w) for w in tokens(p)) for p in group] for group in groups])


def _units(words: list[str]) -> list[list[tuple[str, str]]]:
    """(word as typed, stem as read) for each word, a phrase of `claim.synonyms` read as its group's first words
    («ga nyambung langsung» as «tidak cascading langsung»), so a case is told the same whichever words say it; grouped
    by the phrase each belongs to."""
    synonyms, stems, read, at = claim_synonyms(), [stem(w) for w in words], [], 0
    for unit in synonyms.written_units(stems):
        head = synonyms.canonical.get(unit)
        read.append([(w, w) for w in head] if head else [(words[at], stems[at])])
        at += len(unit)
    return read


def _said_and_denied(text: str, phrases: bool = False) -> tuple[frozenset[str], frozenset[str]]:
    """(stems a text says, stems it denies): a word just after a negation, bridges skipped, is denied
    (search.yaml `answers.polarity`); function words and the yes-no predicates are neither; synonyms as one. With
    phrases, a phrase of `claim.synonyms` denied is denied in its last word (see `case_clash`)."""
    config = search_config()["answers"]["polarity"]
    yesno = search_config()["answers"]["yesno"]
    neutral = skipped_words() | {w for group in yesno["predicates"].values() for w in group}
    said, denied, pending = set(), set(), False
    for unit in _units(tokens(text)):
        if phrases and pending and len(unit) > 1:
            # «ga ada cascading langsung»: a phrase denied is denied in its last word, what sets it apart from its
            # head («cascading tidak langsung» tells the same case)
            said.update(read for w, read in unit[:-1] if w not in neutral)
            denied.update(read for w, read in unit[-1:] if w not in neutral)
            pending = False
            continue
        for word, read in unit:
            if word in config["negations"]:
                pending = True
            elif pending and word in config["partial"]:
                pending = False  # «tidak semua UPT memiliki IKK»: some UPT do, some do not; neither is denied
            elif pending and word in config["bridges"]:
                continue
            else:
                if word not in neutral:
                    (denied if pending else said).add(read)
                pending = False
    return frozenset(said), frozenset(denied)


def case_clash(question: str, text: str) -> int:
    """`polarity_clash` with a phrase denied read as denied in its last word, what sets it apart from its head: «ga
    ada cascading langsung» tells the case of «cascading tidak langsung», not of «punya cascading langsung»."""
    q_said, q_denied = _said_and_denied(question, phrases=True)
    a_said, a_denied = _said_and_denied(text, phrases=True)
    return (len((q_said - q_denied) & (a_denied - a_said)) + len((q_denied - q_said) & (a_said - a_denied)))


def polarity_clash(question: str, answer: str) -> int:
    """How many of the question's words the answer only denies when the question says them, or only says when the
    question denies them («ga ada cascading langsung» against «punya cascading langsung»)."""
    q_said, q_denied = _said_and_denied(question)
    a_said, a_denied = _said_and_denied(answer)
    return (len((q_said - q_denied) & (a_denied - a_said)) + len((q_denied - q_said) & (a_said - a_denied)))


def both_ways(question: str, answer: str) -> int:
    """How many words the question only denies the answer both denies and says («ga punya cascading langsung»
    against «tanpa cascading langsung …, sedangkan … memegang cascading langsung»): it answers the other case too."""
    q_said, q_denied = _said_and_denied(question)
    a_said, a_denied = _said_and_denied(answer)
    return len((q_denied - q_said) & a_said & a_denied)


def denied_alike(question: str, answer: str) -> bool:
    """Whether the answer only denies a word the question only denies («tanpa cascading langsung» for «ga punya
    cascading langsung»)."""
    q_said, q_denied = _said_and_denied(question)
    a_said, a_denied = _said_and_denied(answer)
    return bool((q_denied - q_said) & (a_denied - a_said))


def denies(text: str) -> bool:
    """Whether a text says something is not allowed or not required («ga boleh dijadiin IKI», «tidak wajib»,
    «dilarang»): a yes-no predicate just after a negation, or its contrary (search.yaml `answers.yesno`). A
    question asking what is not allowed wants the answer that says what is not allowed."""
    config = search_config()["answers"]["yesno"]
    predicates = {w for members in config["predicates"].values() for w in members}
    contrary = {w for words in config["contrary"].values() for w in words} - predicates  # «boleh» denies no «wajib»
    words = tokens(text)
    return any(w in contrary or w in predicates
               and any(n in config["negations"] for n in words[max(i - 2, 0):i]) for i, w in enumerate(words))


def states(answer: str, predicate: str) -> bool:
    """Whether an answer uses a word of the predicate's group (or its contrary, or advises against it)."""
    config = search_config()["answers"]["yesno"]
    group = set(config["predicates"][predicate]) | set(config["contrary"].get(predicate, []))
    advised = PhraseSet(config["advised_against"].get(predicate, []))
    return any(w in group for w in tokens(answer)) or bool(advised.find(tokens(answer)))
