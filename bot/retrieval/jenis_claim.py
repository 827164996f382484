"""A jenis claimed of a piece of work («pelatihan 20 JPL sy itu masuk IKI core ya?») held against the jenis the
answer puts that work under («… seperti IP ASN atau JPL, tandai Core MI»): the jenis rule decides the lead."""


from bot.lang.text import passage_sentences, phrase_set, tokens
from bot.retrieval.glossary import Term, narrower, placed_terms, terms_in
from bot.retrieval.normalize import search_config


def jenis_lead(question: str, claim_words: list[str], answer: str) -> str:
    """«Ya.» when the one clause of the answer naming the claim's work names one jenis, the claimed one or a kind
    of it (Core MI is Core); «Tidak.» when that jenis is another one, neither holding the other (Core MI against
    Beyond); "" when the claim names no work and one jenis, or the answer puts the work under no single jenis."""
    config = search_config()["answers"]
    jenis, generic = set(config["jenis_terms"]), set(config["generic_terms"])
    held = set(claim_words)
    # the question's terms as typed («MI» is a name only in capitals), those of the claim: «bukan beyond» set aside
    placed = [(term, tokens(question[start:end])) for term, (start, end) in placed_terms(question)]
    named = [term for term, words in placed if set(words) <= held]
    claimed = {t for t, words in placed if set(words) <= held and _by_name(t, words, jenis)}
    work = {t for t in named if t.name not in jenis | generic}
    # the jenis is what the claim ends saying of the work («JPL itu MI»); «bobot MI itu 20%» claims a figure of it
    last = [words for t, words in placed if t in claimed and claim_words and claim_words[-1] in words]
    if len(claimed) != 1 or not work or not last:
        return ""
    said = _jenis_of(work, answer, jenis)
    if said is None:
        return ""
    (asked,) = claimed
    lead = config["yesno"]["lead"]
    if said == asked or narrower(said, asked):
        return lead["ya"]
    return "" if narrower(asked, said) else lead["tidak"]


def _jenis_of(work: set[Term], answer: str, jenis: set[str]) -> Term | None:
    """The one jenis named in the answer's clauses naming the work (a list «Contoh Mandatory IKI …, antara lain
    … JPL» or a rule «bila … seperti IP ASN atau JPL, tandai Core MI»); None when none or several are."""
    found, examples = set(), phrase_set("search", "answers", "jenis_examples")
    for clause in passage_sentences(answer):
        placed = [(term, tokens(clause[start:end])) for term, (start, end) in placed_terms(clause)]
        # the work given as an example of the jenis, after the words giving it («seperti IP ASN atau JPL», «antara
        # lain …»), not a clause naming it beside a jenis («… memakai bobot MI 10%» says nothing of what bobot is)
        cue = examples.find(tokens(clause))
        given = tokens(clause)[cue[0] + len(cue[1]):] if cue else []
        if any(t in work for t in terms_in(" ".join(given))):
            found |= {term for term, words in placed if _by_name(term, words, jenis)}
    return next(iter(found)) if len(found) == 1 else None


def _by_name(term: Term, words: list[str], jenis: set[str]) -> bool:
    """Whether a jenis is named by its own name («Core MI», «MI», «Beyond»), not by a description that says how an
    IKI came about («cascading tidak langsung», «tugas dan fungsi»: a way of cascading, read apart from the jenis)."""
    return term.name in jenis and bool(set(words) & set(tokens(term.name)))
