"""How much a logbook line's terms weigh toward each IKI: every term by its best match (as it is, a typo, a cut
word, one word of a joined term), weighted by how few IKI share it."""

import math

from bot import knowledge
from bot.lang.words import edit_distance, is_indonesian_word, stem
from bot.year.link_words import weak_terms
from bot.year.terms import known_words, text_terms
from bot.year.vocabulary import config, vocabulary


def _close(a: str, b: str, fuzzy: int, prefix: int) -> bool:
    """A typo at one edit ("verfikasi") or a cut word ("verif"), for words long enough to tell."""
    if len(a) >= prefix and len(b) >= prefix and (b.startswith(a) or a.startswith(b)):
        # two words of their own, a suffix apart, are no cut word of each other: «monitor» (the device) is no
        # «monitoring», «profesi» no «profesionalitas»; «verif» and «terbitin» are, and so is «rusa» (Sastrawi's
        # stem of «kerusakan») of «rusak»
        short, full = sorted((a, b), key=len)
        return len(full) - len(short) < 3 or not is_indonesian_word(short) or \
            not (is_indonesian_word(full) or full in known_words())
    # two words of the language a letter apart are two words, no typo of each other: «kasus» is no «kamus»
    return min(len(a), len(b)) >= fuzzy and edit_distance(a, b, 1) == 1 and \
        not (is_indonesian_word(a) and is_indonesian_word(b))


def scores(words: list[str], profiles: list[dict[str, float]], lend: bool = True) -> list[float]:
    """Each IKI's score: every term of the line counts once, by its best match, weighted by how few IKI share it;
    lend: a tool's objects count too (catatan_harian.yaml work_objects)."""
    settings = vocabulary().link
    n = len(profiles)
    df: dict[str, int] = {}
    for prof in profiles:
        for term in prof:
            df[term] = df.get(term, 0) + 1
    weak = weak_terms()
    idf = {term: math.log((n + 1) / (count + 0.5)) ** settings["idf_power"] * (settings["weak"] if term in weak else 1)
           for term, count in df.items()}
    # a name or an acronym of the SKP typed as it is («CaLK», «SIAKPEL») weighs as much as the thing an IKI counts,
    # wherever the IKI names it
    top = settings["weights"][settings["name_weight"]]
    lent = _work_objects() if lend else {}
    # what the line names itself, inside a joined term too («… ke SIASN biar IP ASN naik»: no asn to lend)
    said = set(words) | {p for t in words if " " in t for w in t.split() for p in text_terms(w)}
    out, own = [], []
    for prof in profiles:
        total = mine = 0.0
        for word in words:
            got = _matched(word, prof, idf, df, top, weak, settings)
            mine += got
            if not got and word in lent and word not in df:
                # «entri 12 SPM di SAKTI»: a tool or a piece of jargon no IKI of the SKP names (where one does, the
                # SKP says where it belongs) lends its best object's weight, of the objects the line does not name
                # itself («surat keluar ke SRIKANDI» counts its surat once)
                got = settings["lent"] * max((prof[p] * idf[p] * (1.0 if p == o else nearness(o, p, settings))
                                              for o in lent[word] if o not in said for p in prof), default=0.0)
            total += got
        out.append(total)
        own.append(mine)
    # what a tool lends orders an IKI after every IKI the line names itself well («lengkapi riwayat diklat di SIASN buat IP
    # ASN»: SIASN's pegawai never sets an IKI of pegawai above the IP ASN the line names)
    floor = min((m for m in own if m >= settings["link_score"]), default=0.0)  # named well enough to link
    return [min(t, floor * settings["lent_below"]) if not m and floor else t for t, m in zip(out, own)]


def _matched(word: str, prof: dict[str, float], idf: dict[str, float], df: dict[str, int], top: float,
             weak: frozenset[str], settings: dict) -> float:
    """What one term of the line weighs toward one IKI: as it is, as words apart, or by its nearest term."""
    if word in prof:
        listed = prof[word] == settings["weights"]["daftar"]  # a name the IKI lists in brackets: as weighed
        return (max(prof[word], top) if is_name(word) and not listed else prof[word]) * idf[word]
    apart = _apart(word, prof) if word not in df else []
    if apart:
        # a joined term no IKI holds whole, written by one with a word between («lakin»: laporan kinerja, of
        # «laporan capaian kinerja»): each of its words, as if the line had named them one by one
        return sum(prof[p] * idf[p] for p in apart)
    # a weak word inside a joined term ("rapat" of "rapat pimpinan") stays weak
    damp = settings["weak"] if word in weak else 1.0
    return max((prof[p] * idf[p] * nearness(word, p, settings) * (damp if p not in weak else 1.0) for p in prof),
               default=0.0)


@knowledge.cached
def _work_objects() -> dict[str, tuple[str, ...]]:
    """The objects each tool or piece of jargon names (catatan_harian.yaml work_objects), by the tool's one term."""
    out: dict[str, tuple[str, ...]] = {}
    for group in config()["work_objects"]:
        objects = tuple(dict.fromkeys(t for o in group["objects"] for t in text_terms(o)))
        for name in group["names"]:
            found = text_terms(name)
            if len(found) == 1:
                out.setdefault(found[0], tuple(o for o in objects if o != found[0]))
    return out


def _apart(term: str, prof: dict[str, float]) -> list[str]:
    """The terms of each word of a joined term, when the IKI holds every one of them apart (none is the whole)."""
    if " " not in term:
        return []
    parts = [t for word in term.split() for t in text_terms(word)]
    return parts if len(parts) > 1 and all(p in prof for p in parts) else []


def is_name(term: str) -> bool:
    """A name or an acronym: one token that is no word of the language nor of the vocabulary («CaLK», «SIAKPEL»,
    «e-PPGBM», «TCK»): a user who writes it means the one thing it names, more than any plain word does."""
    return " " not in term and len(term) >= 3 and not term.isdigit() and not is_indonesian_word(term) and \
        term not in known_words()


def nearness(word: str, term: str, settings: dict) -> float:
    """How much a term that is not the word still counts: a typo or a cut word, or one word of a joined term."""
    if " " in word or " " in term:
        # one word of a joined term, or the stem of its head («lapor» of «laporan hasil pemeriksaan»)
        return settings["partial"] if word in term.split() or term in word.split() or \
            (" " in term and " " not in word and word == stem(term.split()[0])) else 0.0
    return 0.8 if _close(word, term, settings["fuzzy_min_chars"], settings["prefix_min_chars"]) else 0.0


def named_terms(words: list[str], prof: dict[str, float]) -> set[str]:
    """The IKI's terms the line names, as they are or by a typo or a cut word."""
    settings = vocabulary().link
    return {p for t in words for p in prof if p == t or (t not in prof and nearness(t, p, settings))}
