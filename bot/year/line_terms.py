"""A logbook line's terms: its words past its date, durations, places and partners, with a shorthand of the SKP's
own words spelled out."""

from functools import lru_cache

from bot.lang.text import tokens
from bot.lang.words import is_indonesian_word
from bot.models import SkpDraft
from bot.rules.language import english_words
from bot.rules.lexicon import region_words
from bot.year.entry_dates import When
from bot.year.entry_numbers import duration_spans
from bot.year.line import CLAUSE_MARKS, Line
from bot.year.link_words import names_partner
from bot.year.terms import capitals, known_words, terms, text_terms
from bot.year.vocabulary import config, vocabulary


def line_terms(ln: Line, w: When) -> list[str]:
    """The line's terms, without its date, its durations and its numbers."""
    skip = set(range(*w.span))
    for at, _, end, _ in duration_spans(ln):
        # the number and its unit («2 jam»); a time of day ending a range («08.00-10.30 PM»): that number alone
        skip |= {at, at + 1} if ln.kinds[at] == "num" and end > at + 1 else {at}
    markers, regions = vocabulary().place_markers, region_words()
    partners, places = vocabulary().partner_markers, vocabulary().location_markers
    clock = frozenset(config()["clock_words"])
    names = {w.strip(".,;:()").lower() for w in ln.text.split() if w[:1].isupper()}
    for i in range(len(ln.toks) - 1):
        if ln.toks[i] in markers and ln.toks[i + 1] in regions:
            skip |= {i + 1, i + 2}  # "di Kab Bekasi": where, not what
        elif ln.toks[i] in places and ln.kinds[i + 1] == "num" and i + 2 < len(ln.toks) and ln.toks[i + 2] in regions:
            skip |= {i + 1, i + 2}  # "supervisi 4 puskesmas di 2 kabupaten": where, not what
        elif names_partner(ln, i + 1):
            skip.add(i + 1)  # «meeting sm vendor»: with whom, not what; «sm tim SIMRS» keeps the team's work
        elif ln.toks[i] in partners and ln.kinds[i + 1] == "word":
            skip.add(i + 1)  # "koordinasi dgn BKN": who took part, not what
            j = i + 2
            while j < len(ln.toks) and ln.kinds[j] == "word" and ln.toks[j] in names:
                skip.add(j)  # «dgn verifikator BPJS»: the partner's own name too
                j += 1
        elif ln.toks[i] in clock and ln.kinds[i + 1] == "num" and (i == 0 or ln.kinds[i - 1] != "num"):
            skip |= {i, i + 1}  # «antar instrumen cito ke OK jam 2»: when, not the jam an IKI measures in
        elif ln.toks[i] in vocabulary().period_markers and (ln.toks[i + 1] in vocabulary().months or
                                                            ln.toks[i + 1] in config()["period_deixis"]):
            skip |= {i, i + 1}  # "berkas ranap bulan Mei", "skrining PTM bln ini": which period, not what
    for i in range(len(ln.toks) - 1):
        if ln.toks[i] in regions and ln.toks[i + 1] in names and ln.kinds[i + 1] == "word" and \
                (i == 0 or ln.kinds[i - 1] != "num"):
            skip |= {i, i + 1}  # "dinkes kab Bone", "Kota Bogor": a region by its name says where, not what
    skip |= _negated(ln) | _awaited(ln)
    # a phrase never spans what is left out or a mark: «sanitasi 4 kapal, 3 SSCC» is no «sanitasi kapal»
    runs: list[list[str]] = [[]]
    for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)):
        if i not in skip and (k == "word" or (k == "num" and len(t) >= 3)):
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])
    english = bool(english_words(ln.text))  # «reviewed lab results of food samples»: read its words in Indonesian
    names = capitals(ln.text)
    return list(dict.fromkeys(term for run in runs for term in terms(run, english, names)))


def _awaited(ln: Line) -> set[int]:
    """Tokens of a final state right after a word saying it is only planned (catatan_harian.yaml awaited_before:
    «jadwal tayang jumat», «akan terbit»): no result reached, so no IKI's."""
    before, states = frozenset(config()["awaited_before"]), vocabulary().final_states
    out: set[int] = set()
    for i in range(1, len(ln.toks)):
        if ln.toks[i - 1] in before and (state := states.match_at(ln.toks, i)):
            out |= set(range(i, i + len(state)))
    return out


def _negated(ln: Line) -> set[int]:
    """Tokens a negation covers: the word after it («sertifikat blm terbit»: the act, while «15 pejabat blm isi harta
    kekayaan» still names what is awaited), or, when that word denies something happened or exists
    (catatan_harian.yaml negated_existence: «ga ada yg drop tensi» is no «drop tensi»), the rest of its clause up to a
    clause mark, a word joining a second piece of work, a side phrase or a connective (negation_ends): what did not
    happen counts toward no IKI."""
    vocab, link = vocabulary(), vocabulary().link
    stops = set(link["work_joiners"]) | set(link["then_joiners"]) | set(link["side_markers"]) | \
        set(config()["connectives"]) | set(config()["negation_ends"])
    existence = set(config()["negated_existence"])
    out: set[int] = set()
    for i, t in enumerate(ln.toks):
        if t not in vocab.negations or i in out or i + 1 == len(ln.toks):
            continue
        if ln.toks[i + 1] not in existence:
            out.add(i + 1)  # «pejabat blm isi harta kekayaan»: the words name what is awaited, only the act is negated
            continue
        j = i + 1
        while j < len(ln.toks) and not (ln.kinds[j] == "mark" and ln.toks[j] in CLAUSE_MARKS) and ln.toks[j] not in stops:
            out.add(j)
            j += 1
    return out


def spelled_out(words: list[str], skp: SkpDraft, profiles: list[dict[str, float]],
                capitalised: frozenset[str] = frozenset()) -> list[str]:
    """The line's terms with a joined shorthand of two of the SKP's own adjacent words spelled out ("alkes" → alat
    kesehatan, "satudata" → satu data), and hyphen-joined names apart, when no IKI has the term as it is: the
    user's own SKP says what a shorthand stands for, so no list has to know every unit's shorthand."""
    texts = tuple(f"{iki.indikator} {iki.rhk or ''}" for iki in skp.iki)
    pairs = _adjacent(texts)
    out = []
    for word in words:
        if any(word in prof for prof in profiles):
            out.append(word)
        elif "-" in word:  # "Kemenkes-JICA", "SIMPEG-SIASN": two names joined, each its own term
            out.extend(text_terms(word.replace("-", " ")))
        else:
            found = _joined(word, pairs) or (_initials(word, texts) if word in capitalised else None)
            out.extend(text_terms(" ".join(found)) if found else [word])
    return list(dict.fromkeys(out))


def _initials(word: str, texts: tuple[str, ...]) -> tuple[str, ...] | None:
    """The one run of the SKP's own adjacent words whose first letters the line's acronym (written in capitals:
    spelled_out) spells («BBO»: bahan baku obat), when it is no word of the vocabulary: written in capitals in a line
    that is not, it is an acronym even when spelt like a word of the language («RAD»: rencana aksi daerah, no «rad»);
    two letters spell too many runs («DL» is dinas luar, no «daftar lokasi» of the SKP)."""
    if len(word) < 3 or not word.isalpha() or word in known_words():
        return None
    found = {run for run in _runs(texts, len(word)) if "".join(w[0] for w in run) == word}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=256)
def _runs(texts: tuple[str, ...], n: int) -> frozenset[tuple[str, ...]]:
    """Runs of n written words of the texts an acronym may spell: one known phrase of n words, or n words that
    each stand alone (never a word inside a phrase: «KMB» is no «kepada masyarakat berdampak» of «pengabdian kepada
    masyarakat berdampak»); a word matching leaves out for standing in every IKI that still gives an acronym its
    letter (link.acronym_letters: «LHU» is laporan hasil uji) stands too."""
    runs = set()
    letters = frozenset(vocabulary().link["acronym_letters"])
    for text in texts:
        units = vocabulary().terms.written_units(tokens(text))
        runs |= {u for u in units if len(u) == n}
        runs |= {tuple(w for u in units[i:i + n] for w in u) for i in range(len(units) - n + 1)
                 if all(len(u) == 1 and u[0].isalpha() and len(u[0]) > 2 and (terms(u) or u[0] in letters)
                        for u in units[i:i + n])}
    return frozenset(runs)


@lru_cache(maxsize=256)
def _adjacent(texts: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    pairs = set()
    for text in texts:
        words = tokens(text)
        pairs |= {(a, b) for a, b in zip(words, words[1:]) if a.isalpha() and b.isalpha()}
    return frozenset(pairs)


def _joined(word: str, pairs: frozenset[tuple[str, str]]) -> tuple[str, str] | None:
    """The one pair of words the shorthand joins: the start (or, from three letters, a syllable) of the first and
    the start of the second ("al|kes", "yan|kes" of pelayanan kesehatan), or, both pieces of three letters or more,
    a syllable of the first and the end of the second ("juk|nis" of petunjuk teknis). Dictionary words are not
    shorthand."""
    if len(word) < vocabulary().link["joined_min_chars"] or not word.isalpha() or is_indonesian_word(word):
        return None
    found = {(a, b) for a, b in pairs for i in range(2, len(word) - 1)
             if (b.startswith(word[i:]) or (i >= 3 and len(word) - i >= 3 and b.endswith(word[i:])
                                            and len(b) > len(word) - i))
             and (a.startswith(word[:i]) or (i >= 3 and word[:i] in a))
             and not a.startswith(word) and not b.startswith(word)}
    return found.pop() if len(found) == 1 else None
