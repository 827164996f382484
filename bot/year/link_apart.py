"""What sets close IKI apart: the words of each one's own text the others' texts lack, and the kinds of work only
those words cover. Two rows sharing most words («Persentase sampel air …», «Persentase sampel udara …») match a line
alike on the shared ones; the line names its row by the words that differ (catatan_harian.yaml link.apart)."""

from bot import knowledge
from bot.lang.text import PhraseSet, tokens
from bot.models import SkpDraft
from bot.year.link_scores import named_terms
from bot.year.link_words import generic_words, weak_terms
from bot.year.terms import terms
from bot.year.vocabulary import vocabulary


def set_apart(words: list[str], done: list[str], skp: SkpDraft, rows: list[int],
              found_in: list[dict[str, str]]) -> int | None:
    """The one of rows (0-based) whose distinguishing words the terms of what the user did (done: no side phrase,
    linking._done_terms) name as written while the line names no other's; None
    when none or several are met, when the line names none of the terms every row shares, or the rows' texts differ
    in more than a few words (link.apart.most) or share none (then nothing but the whole text tells them apart)."""
    if len(rows) < 2:
        return None
    settings = vocabulary().link["apart"]
    own = {i: _own(i, skp, found_in, settings["fields"]) for i in rows}
    apart = {i: own[i] - set().union(*(own[j] for j in rows if j != i)) for i in rows}
    if any(not apart[i] or len(apart[i]) > settings["most"] or not own[i] - apart[i] for i in rows):
        return None
    for i in rows:
        apart[i] |= _covered_alone(i, skp, rows) - set().union(*(own[j] for j in rows if j != i))
    plain = generic_words() | weak_terms()
    shared = set.intersection(*(own[i] for i in rows)) - plain
    if not named_terms([t for t in words if t not in plain], dict.fromkeys(shared, 1.0)):
        return None  # the line names none of the work the rows share: what it names of one may be by chance
    met = [i for i in rows if apart[i] & set(words) - plain]
    # where, with whom or for what a word stands never decides between close IKI; a typo or a cut word neither
    return met[0] if len(met) == 1 and apart[met[0]] & set(done) - plain else None


def _own(i: int, skp: SkpDraft, found_in: list[dict[str, str]], fields: list[str]) -> set[str]:
    """The row's terms its indikator itself gives (the thing counted, what is done to it, the rest of its text)."""
    return {t for t, field in found_in[i].items() if field in fields}


def _covered_alone(i: int, skp: SkpDraft, rows: list[int]) -> set[str]:
    """What a word of row i's indikator names besides itself (link.apart.covers) when no other row's indikator
    text holds that word: «DBD» names «aedes» for its row only."""
    texts = {j: tokens(skp.iki[j].indikator) for j in rows}
    return {t for triggers, named in _covers() if triggers.find(texts[i]) and
            not any(triggers.find(texts[j]) for j in rows if j != i) for t in named}


@knowledge.cached
def _covers() -> list[tuple[PhraseSet, frozenset[str]]]:
    return [(PhraseSet(g["when"]), frozenset(t for w in g["words"] for t in terms(tokens(w))))
            for g in vocabulary().link["apart"]["covers"]]
