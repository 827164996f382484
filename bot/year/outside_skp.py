"""Office life outside the SKP (olahraga, upacara, one's own SKP in its system) named in a logbook line, unless
an IKI of this SKP names it in its own text."""

from bot import knowledge
from bot.lang.text import PhraseSet
from bot.year.line import Line
from bot.year.terms import text_terms
from bot.year.vocabulary import config, vocabulary


@knowledge.cached
def _office_phrases() -> PhraseSet:
    """Office life (outside_activities) and one's own SKP in its system (link.own_skp_systems)."""
    return PhraseSet(config()["outside_activities"] + vocabulary().link["own_skp_systems"])


def office_life(ln: Line, found_in: list[dict[str, str]], date_span: tuple[int, int] = (0, 0)) -> bool:
    """Whether the line names an activity of office life that rarely belongs to an SKP (outside_activities, one's own
    SKP's system: link.own_skp_systems) that no IKI of this SKP names in its own text: «olahraga» is office sport, but
    the work of one whose IKI is a pedoman kesehatan olahraga, as «donor darah» is the work of a blood bank's IKI of
    donor sukarela. The words that dated the line (`date_span`: «17an kmrn» is the 17th) name no activity."""
    phrases = _office_phrases()
    lent = vocabulary().link["lent_places"]
    own = [{t for t, place in o.items() if place not in lent} for o in found_in]
    for i in range(len(ln.toks)):
        if date_span[0] <= i < date_span[1]:
            continue
        phrase = phrases.match_at(ln.toks, i)
        # «baksos katarak» is one term of the vocabulary (operasi katarak), an IKI's own work, no office bakti sosial
        whole = vocabulary().terms.phrases.match_at(ln.toks, i) if phrase else None
        phrase = whole if whole and len(whole) > len(phrase) else phrase
        said = text_terms(" ".join(phrase)) if phrase else []
        if phrase and not (said and any(all(t in named or any(t in n.split() for n in named if " " in n)
                                            for t in said) for named in own)):
            return True  # «HUT» is no term at all: it stays a cue
    return False

