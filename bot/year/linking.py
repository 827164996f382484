"""Which of the user's own IKI a logbook line is about: a match of its terms over each IKI's indikator, satuan, RHK
and rencana aksi stages, weighted by how distinctive each term is within this SKP. The decision favours precision:
link only a clear winner, ask when two are close or the match is weak, and file as di luar SKP what matches none
or is said to be outside."""

import math
import re
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache

from bot import knowledge
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.lang.words import edit_distance, is_indonesian_word, stem
from bot.models import IkiDraft, SkpDraft
from bot.rules.language import english_words
from bot.rules.lexicon import lexicon, region_words
from bot.rules.measures import Trend, trend_of
from bot.skp.rhk import result_parts
from bot.year.brackets import brackets
from bot.year.entry_dates import When, earlier_work_day, read_date
from bot.year.entry_numbers import count_and_thing, counts, durations, names_thing, other_partners, quantity
from bot.year.entry_numbers import counted as counted_things
from bot.year.line import Line, line
from bot.year.models import EntryStatus, LinkChoice, LogEntry, RencanaAksi
from bot.year.respell import respelled
from bot.year.terms import capitals, known_words, terms, text_terms
from bot.year.vocabulary import config, learning_events, vocabulary


class Decision(StrEnum):
    link = "link"
    ask = "ask"  # offer the candidates as buttons, with «di luar SKP»
    outside = "outside"  # di luar SKP (the reply offers to link it)


@dataclass(frozen=True)
class Candidate:
    iki: str  # the IKI's key (its indikator text)
    number: int  # 1-based, as /skp numbers it
    score: float
    stage: int | None = None  # 0-based stage of its rencana aksi the line is about, if one stands out


@dataclass(frozen=True)
class Link:
    decision: Decision
    candidates: list[Candidate]  # best first: the one to link, or those to offer
    confidence: float  # 0–1: how clearly the best IKI leads
    why: str  # what decided, for the eval's misses and tests
    unnamed: str = ""  # what the user did, as written, when no offered IKI names it (the question says so)
    taught: str = ""  # the entry whose re-link by the user decided this link («pilihan Anda»), said in the reply
    continues: str = ""  # the earlier entry the line says it goes on with («lanjutan … yg kmrn»), said in the reply


def profile(iki: IkiDraft, rencana: RencanaAksi | None = None, hints: bool = True) -> dict[str, float]:
    """The IKI's terms with the weight of where they come from (knowledge/catatan_harian.yaml link.weights);
    hints: what a competence IKI also covers (a line that takes part in a learning event)."""
    return _weighed(origins(iki, rencana, hints))


def _weighed(found_in: dict[str, str]) -> dict[str, float]:
    """Terms by where they come from, as terms with that place's weight (link.weights)."""
    weights = vocabulary().link["weights"]
    return {term: weights[field] for term, field in found_in.items()}


def _read_skp(skp: SkpDraft, rencana: list[RencanaAksi] | None, learning: bool) -> tuple[list[dict[str, str]],
                                                                                         list[dict[str, float]]]:
    """Each IKI's terms by where they come from (with what it covers) and the same terms weighed: the one reading
    of the SKP every check of a line's link holds the line against, read once per SKP (its lines come one by one;
    the callers only read it)."""
    key = (tuple(iki.model_dump_json() for iki in skp.iki), tuple(r.model_dump_json() for r in rencana or []),
           learning)
    return _skp_reading(key, skp, rencana, learning)


@knowledge.keyed(64)
def _skp_reading(skp: SkpDraft, rencana: list[RencanaAksi] | None, learning: bool) -> tuple[list[dict[str, str]],
                                                                                            list[dict[str, float]]]:
    plans = {r.iki: r for r in rencana or []}
    found_in = _sourced([origins(iki, plans.get(iki.indikator), learning) for iki in skp.iki], skp)
    return found_in, [_weighed(o) for o in found_in]


def origins(iki: IkiDraft, rencana: RencanaAksi | None = None, hints: bool = True) -> dict[str, str]:
    """Where each of the IKI's terms comes from (a key of link.weights), the weightiest place when several name it:
    the thing counted (kepala), what is done to it (predikat), its indikator, satuan, RHK, stages, hints."""
    weights = vocabulary().link["weights"]
    found: dict[str, str] = {}
    timed = _timed(iki.indikator)
    english = bool(english_words(iki.indikator))  # an IKI written in English is read as a line in English is
    # an acronym the IKI writes in capitals is one wherever a piece of its text is read: «PAK» alone as the subject
    # of «Persentase PAK yang terunggah …» has no lowercase word beside it to tell it from «Pak»
    names = capitals(f"{iki.indikator} {iki.rhk or ''}")

    def text_terms(text: str) -> list[str]:
        return terms(tokens(text), english, capitals(text) | names)

    def add(words: list[str], field: str, drop: frozenset[str] = frozenset()) -> None:
        for term in words:
            place = "syarat" if term in timed else field  # "… di RME dalam 1x24 jam": when, without a condition word
            if term not in drop and (term not in found or weights[found[term]] < weights[place]):
                found[term] = place

    subject, predicate = result_parts(iki.indikator)
    words = tokens(iki.indikator)
    measure = lexicon().measures.match_at(words, 0) if words else None
    if measure and lexicon().measure_class.get(measure) == "other":
        lead = words[:words.index(tokens(subject)[0])] if tokens(subject) and tokens(subject)[0] in words else words
        add(terms(lead, english), "indikator")  # "rata-rata waktu …" named in a line points here
    subject, base = _base_cut(subject)
    add(text_terms(subject), "indikator")
    add(text_terms(base), "dasar")  # «… dari total stok»: what the share is taken of, not what it counts
    done, condition = _condition_cut(predicate)
    add(text_terms(done), "predikat")  # what is done to it: "… yang ditelaah", "… yang diinspeksi"
    # "… paling lama 7 hari kerja": when, not what; but the quality a share counts («Persentase usulan … ditetapkan
    # tepat pada periode TMT») is what it measures: a line of «ketepatan TMT» names it
    held = text_terms(condition)
    add(held, "indikator" if held and held[0] in _qualities() and _share(iki) else "syarat")
    if subject and trend_of(iki) in (Trend.cumulative, Trend.rate, Trend.once):
        # the thing counted: "SOP …", "berkas …"; past a quality it is measured by ("ketepatan koding …" counts koding)
        add([t for t in text_terms(subject) if t not in _qualities()][:1], "kepala")
    # a named thing that spans the measure word («Nilai Indeks Profesionalitas ASN» is the IP ASN, as a line says)
    add([t for t in text_terms(iki.indikator) if " " in t and t not in found], "indikator")
    # an acronym a phrase of the thesaurus takes in («limbah B3 medis» is one limbah medis) still names the IKI: a line
    # of «TPS B3» names its B3
    add([t for w in _swallowed(iki.indikator) for t in text_terms(w) if t not in found], "indikator")
    measures = lexicon().measures
    satuan = [w for w in tokens(iki.satuan or "") if not measures.match_at([w], 0)]
    add(terms(satuan, english), "satuan")
    add(text_terms(" ".join(_bracketed_names(f"{iki.indikator} {iki.rhk or ''}"))), vocabulary().link["name_weight"])
    listed = text_terms(" ".join(_bracketed_lists(iki.indikator)))
    found.update({t: "daftar" for t in listed if found.get(t) == "indikator"})
    add(text_terms(iki.rhk or ""), "rhk", _boilerplate())
    steps = _step_words()
    for stage in rencana.stages if rencana else []:
        add([t for t in text_terms(stage.name) if t not in steps], "tahapan")
    words = tokens(f"{iki.indikator} {iki.rhk or ''}")
    for triggers, hinted in vocabulary().hints if hints else ():
        if triggers.find(words):
            add(terms(hinted), "petunjuk")
    return found


def _swallowed(text: str) -> list[str]:
    """The acronyms written in the text whose expansion the text's terms lost («B3» of «limbah B3 medis», read as
    one limbah medis): a phrase of the thesaurus took them in and kept neither the acronym nor a word of what it
    stands for («ASN» of «ip asn», «TBC» of «tuberkulosis resistan obat» stay in theirs)."""
    found = text_terms(text)
    kept = {w for t in found for w in t.split()}
    out = []
    for w in text.split():
        expanded = text_terms(w) if w.isalnum() and w.isupper() and len(w) >= 2 else []
        if len(expanded) == 1 and expanded[0] != w.lower() and expanded[0] not in found and \
                w.lower() not in kept and not set(expanded[0].split()) & kept:
            out.append(w)
    return out


def _bracketed_names(text: str) -> list[str]:
    """The acronyms the IKI gives alone in brackets («… dipelihara preventif (PM) …»): a name of what it counts, as
    much as its head is, even at two letters (too few to tell a name in a line by itself)."""
    return [b.text for b in brackets(text) if b.alone and sum(c.isupper() for c in b.text) >= 2 and
            b.text.replace("-", "").isalnum() and not b.text.isdigit()]


def _bracketed_lists(text: str) -> list[str]:
    """The items of a list the IKI gives in brackets («ruang kritis (IGD, ICU, OK)»): the places or kinds its word
    before them covers, no name of what it counts; a slash joins names of one thing («(AV shunt/CDL)»), no list."""
    return [item for b in brackets(text) if b.listed for item in b.items]


def _timed(text: str) -> frozenset[str]:
    """The time units a number gives in the IKI's text ("1x24 jam", "30 menit"): its time limit, not its work."""
    words, units = tokens(text), vocabulary().duration_units
    return frozenset(t for i in range(1, len(words)) if words[i] in units and any(c.isdigit() for c in words[i - 1])
                     for t in terms(words[i - 1:i + 1]))


def _covered(iki: IkiDraft) -> list[str]:
    """The kinds of work the things the IKI names cover (catatan_harian.yaml covers): "materi" an infografis,
    "IKPA" a tagihan's timeliness."""
    words = tokens(f"{iki.indikator} {iki.rhk or ''}")
    return [t for triggers, kinds in vocabulary().covers if triggers.find(words) for t in terms(kinds)]


def with_covers(profiles: list[dict[str, float]], skp: SkpDraft) -> list[dict[str, float]]:
    """Each profile with the kinds of work its IKI covers, except those another IKI of the SKP names itself: an
    IKPA IKI covers penyerapan only when no IKI of realisasi anggaran sits beside it."""
    weight = vocabulary().link["weights"]["cakupan"]
    return [prof | {t: weight for t in extra} for prof, extra in zip(profiles, _cover_terms(profiles, skp))]


def _sourced(found_in: list[dict[str, str]], skp: SkpDraft) -> list[dict[str, str]]:
    """Each IKI's terms by where they come from, with the kinds of work it covers (cakupan), as with_covers."""
    covered = _cover_terms([_weighed(o) for o in found_in], skp)
    return [o | {t: "cakupan" for t in extra} for o, extra in zip(found_in, covered)]


def _cover_terms(profiles: list[dict], skp: SkpDraft) -> list[list[str]]:
    out = []
    for i, (prof, iki) in enumerate(zip(profiles, skp.iki)):
        named = set().union(*(p for j, p in enumerate(profiles) if j != i))
        out.append([t for t in _covered(iki) if t not in named and t not in prof])
    return out


def _base_cut(subject: str) -> tuple[str, str]:
    """The thing a share counts and the base it is taken of («kantong darah kedaluwarsa | dari total stok»):
    catatan_harian.yaml share_base_markers."""
    words = subject.split()
    lowered = [w.lower() for w in words]
    for i in range(1, len(words)):
        if phrase_set("catatan_harian", "share_base_markers").match_at(lowered, i):
            return " ".join(words[:i]), " ".join(words[i:])
    return subject, ""


def _condition_cut(predicate: str) -> tuple[str, str]:
    """The predicate and the condition it is held to ("diverifikasi | paling lama 2 hari kerja sejak diterima")."""
    words = predicate.split()
    lowered = [w.lower() for w in words]
    markers = vocabulary().condition_markers
    for i in range(1, len(words)):
        if markers.match_at(lowered, i):
            return " ".join(words[:i]), " ".join(words[i:])
    return predicate, ""


@knowledge.cached
def _step_words() -> frozenset[str]:
    """The words rencana aksi stages are proposed with (knowledge/rencana_aksi.yaml patterns: «Persiapan …: SOP,
    data dasar», «Pelaporan capaian … per triwulan», «Uji coba …»): they say which step of an IKI a line is about,
    not which IKI; a stage's own words (the result it names, what the user typed) stay its IKI's."""
    names = [st["name"] for pattern in knowledge.data("rencana_aksi")["patterns"].values() for st in pattern["stages"]]
    return frozenset(t for name in names for t in text_terms(re.sub(r"\{\w+\}", " ", name)))


@knowledge.cached
def _weak() -> frozenset[str]:
    words = list(config()["weak_words"]) + list(knowledge.data("search")["relevance"].get("weak_words", []))
    return frozenset(t for word in words for t in text_terms(word))


@knowledge.cached
def _qualities() -> frozenset[str]:
    """Nouns of how well a thing is done (knowledge/rhk_qualifiers.yaml, kind pemenuhan: ketepatan, kelengkapan …)."""
    kinds = knowledge.data("rhk_qualifiers")["kinds"]
    return frozenset(t for k in kinds if k["name"] == "pemenuhan" for w in k["words"] for t in text_terms(w))


@knowledge.cached
def _quality_nouns() -> dict[str, tuple[str, ...]]:
    """The nouns of how well a thing is done as written («kepatuhan»), each with its terms (patuh)."""
    kinds = knowledge.data("rhk_qualifiers")["kinds"]
    return {w: tuple(text_terms(w)) for k in kinds if k["name"] == "pemenuhan" for w in k["words"]}


@knowledge.cached
def _boilerplate() -> frozenset[str]:
    """Words most RHK qualifiers share ("… sesuai ketentuan dan target waktu yang ditetapkan"), left out of the RHK
    (knowledge/rhk_qualifiers.yaml): a drafted RHK repeats them whatever its result."""
    data = knowledge.data("rhk_qualifiers")
    texts = [k["qualifier"] for k in data["kinds"]] + [data["score_qualifier"], data["predicate_qualifier"]]
    seen: dict[str, int] = {}
    for text in texts:
        for term in set(text_terms(text)):
            seen[term] = seen.get(term, 0) + 1
    return frozenset(t for t, n in seen.items() if n >= 3)


def line_terms(ln: Line, w: When) -> list[str]:
    """The line's terms, without its date, its durations and its numbers."""
    skip = set(range(*w.span))
    for at, _ in durations(ln):
        skip |= {at, at + 1} if ln.kinds[at] == "num" else {at}
    markers, regions = vocabulary().place_markers, region_words()
    partners, places = vocabulary().partner_markers, vocabulary().location_markers
    clock = frozenset(config()["clock_words"])
    names = {w.strip(".,;:()").lower() for w in ln.text.split() if w[:1].isupper()}
    for i in range(len(ln.toks) - 1):
        if ln.toks[i] in markers and ln.toks[i + 1] in regions:
            skip |= {i + 1, i + 2}  # "di Kab Bekasi": where, not what
        elif ln.toks[i] in places and ln.kinds[i + 1] == "num" and i + 2 < len(ln.toks) and ln.toks[i + 2] in regions:
            skip |= {i + 1, i + 2}  # "supervisi 4 puskesmas di 2 kabupaten": where, not what
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
    negations = vocabulary().negations
    for i in range(1, len(ln.toks)):
        if ln.toks[i - 1] in negations:
            skip.add(i)  # "sertifikat blm terbit": not what happened
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
    weak = _weak()
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
                got = settings["lent"] * max((prof[p] * idf[p] * (1.0 if p == o else _nearness(o, p, settings))
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
        return (max(prof[word], top) if _is_name(word) and not listed else prof[word]) * idf[word]
    apart = _apart(word, prof) if word not in df else []
    if apart:
        # a joined term no IKI holds whole, written by one with a word between («lakin»: laporan kinerja, of
        # «laporan capaian kinerja»): each of its words, as if the line had named them one by one
        return sum(prof[p] * idf[p] for p in apart)
    # a weak word inside a joined term ("rapat" of "rapat pimpinan") stays weak
    damp = settings["weak"] if word in weak else 1.0
    return max((prof[p] * idf[p] * _nearness(word, p, settings) * (damp if p not in weak else 1.0) for p in prof),
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


def _is_name(term: str) -> bool:
    """A name or an acronym: one token that is no word of the language nor of the vocabulary («CaLK», «SIAKPEL»,
    «e-PPGBM», «TCK»): a user who writes it means the one thing it names, more than any plain word does."""
    return " " not in term and len(term) >= 3 and not term.isdigit() and not is_indonesian_word(term) and \
        term not in known_words()


def _nearness(word: str, term: str, settings: dict) -> float:
    """How much a term that is not the word still counts: a typo or a cut word, or one word of a joined term."""
    if " " in word or " " in term:
        # one word of a joined term, or the stem of its head («lapor» of «laporan hasil pemeriksaan»)
        return settings["partial"] if word in term.split() or term in word.split() or \
            (" " in term and " " not in word and word == stem(term.split()[0])) else 0.0
    return 0.8 if _close(word, term, settings["fuzzy_min_chars"], settings["prefix_min_chars"]) else 0.0


def link(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None = None) -> Link:
    """The IKI the line is about, or the ones to ask between (ordered with the kind of result its act makes), or di
    luar SKP."""
    found = by_head(by_kind(_decided(ln, w, skp, rencana), ln, w, skp), ln, w, skp, rencana)
    return _count_only(ln, w, skp, found) or found


def _count_only(ln: Line, w: When, skp: SkpDraft, found: Link) -> Link | None:
    """«3 permohonan», «40 SEP», «8 psn»: a line that is, past its date, only a count and the thing counted is about
    the IKI that counts that thing or takes a share of it (entry_numbers.names_thing): linked when one does, asked
    between them (in the order the words ranked them) when several do and the words link none of them; never di
    luar SKP while one does. None for any other line."""
    if not count_and_thing(ln, w):
        return None
    rest = [i for i in range(len(ln.toks)) if not w.span[0] <= i < w.span[1]]
    named = [i for i, iki in enumerate(skp.iki) if names_thing([ln.toks[i] for i in rest[1:]], iki)]
    ranked = [c.number - 1 for c in found.candidates]
    if not named or (len(named) > 1 and found.decision is Decision.link and ranked[0] in named):
        return None
    named.sort(key=lambda i: ranked.index(i) if i in ranked else len(ranked) + i)
    offered = [Candidate(skp.iki[i].indikator, i + 1, 1.0) for i in named]
    return Link(Decision.link, offered, 1.0, "hitungan saja") if len(offered) == 1 else \
        Link(Decision.ask, offered[:3], 0.5, "hitungan beberapa IKI")


def _decided(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None = None) -> Link:
    found = _link(ln, w, skp, rencana)
    if found.decision is not Decision.link:
        return found
    best = found.candidates[0].number
    plain = _link(ln, w, skp, rencana, lend=False)
    if plain.decision is not Decision.link or plain.candidates[0].number != best:
        # «input nilai praktikum ke siakad»: what a tool lends (work_objects) orders the buttons, never decides a link
        others = [c for c in plain.candidates if c.number != best][:2]
        return Link(Decision.ask, found.candidates[:1] + others, found.confidence, "alat kerja")
    if _sat_in(ln, w, skp, rencana, best - 1):
        # «ikut bimtek penulisan berita»: the user sat in a learning event, and the best IKI neither is one of
        # competence nor runs such events or counts their hours: the event's topic names its thing, never its work
        return Link(Decision.ask, found.candidates[:1] + [c for c in plain.candidates if c.number != best][:2],
                    found.confidence, "belajar saja")
    others = _works_apart(ln, w, skp, rencana, found.candidates[0].number)
    if others:
        # «isi bbm + cek tekanan ban»: two pieces of work joined, each read alone names another IKI; one link would
        # leave one of them with the wrong IKI silently
        return Link(Decision.ask, found.candidates[:1] + others[:2], found.confidence, "dua pekerjaan")
    apart = _part_unnamed(ln, w, skp, rencana, best - 1)
    if apart is not None:
        # «telaah resep + PIO»: the part after «+» names work the best IKI never names, or only what other IKI name as
        # much («terapi + ajarin ortu»): a second piece of work the link would file under the first one's IKI silently
        return Link(Decision.ask, found.candidates[:1] + [Candidate(skp.iki[j].indikator, j + 1, 0.0)
                                                          for j in apart[:2]], found.confidence, "dua pekerjaan")
    if found.why == "belajar":
        return found  # «nonton kelas copywriting di LMS 4 JPL»: the event's topic and place never name competence
    if _all_aside(ln, w):
        # «ke bangsal anak & NICU sama DPJP»: where and with whom, and no work named: any IKI's work may be done there
        return Link(Decision.ask, found.candidates[:1] + [c for c in plain.candidates if c.number != best][:2],
                    found.confidence, "kata samping")
    unnamed = _side_only(ln, w, skp, rencana, found.candidates[0].number - 1)
    if unnamed:
        # «update sitrep harian di grup WA krisis»: the IKI matched only where or with whom the work was done, never
        # the work: linking it would file sitrep work under krisis silently
        return Link(Decision.ask, found.candidates[:3], found.confidence, "kata samping", unnamed)
    return found


def by_kind(found: Link, ln: Line, w: When, skp: SkpDraft) -> Link:
    """A question's buttons ordered with the kind of result the line's act makes (catatan_harian.yaml
    link.result_kinds: «susun», «revisi naskah» make a dokumen) toward the IKI whose counted thing is of that kind
    (laporan, naskah, artikel …), at link.kind_weight beside each IKI's score; an IKI of that kind the line shares
    no word with is offered too. Weak evidence: it orders a question, never decides a link."""
    if found.decision is not Decision.ask or found.why == "belajar atau kerja":
        return found  # competence first is the question's own order
    words = set(line_terms(ln, w))
    kinds = [results for acts, results in _result_kinds() if any(act <= words for act in acts)]
    made = {i for i, iki in enumerate(skp.iki) for head in text_terms(result_parts(iki.indikator)[0])[:1]
            if any(_parts(head) & results for results in kinds)}
    if not made:
        return found
    offered = {c.number: c for c in found.candidates}
    for i in made:
        offered.setdefault(i + 1, Candidate(skp.iki[i].indikator, i + 1, 0.0))
    bonus = vocabulary().link["kind_weight"]
    ordered = sorted(offered.values(), key=lambda c: -(c.score + (bonus if c.number - 1 in made else 0.0)))
    return replace(found, candidates=ordered[:max(3, len(found.candidates))])


def by_head(found: Link, ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None = None) -> Link:
    """Of the IKI a line matches close («dua dekat»), the one its first words name offered first: a logbook line names
    its work first and what it was about, with whom or for what after («cek kelengkapan rekam medis ranap, bahas
    kepatuhan cuci tangan»: the rekam medis, though the words of cuci tangan weigh more). Each term's match toward an IKI counts less for each term before
    it (catatan_harian.yaml link.head.decay); another offered IKI scoring near the first (head.score_share) goes
    first when its head match leads the first's by head.margin. It orders a question, never decides a link."""
    if found.decision is not Decision.ask or found.why != "dua dekat" or len(found.candidates) < 2:
        return found
    settings = vocabulary().link["head"]
    ln = respelled(ln, _own_texts(skp, rencana))
    if _takes_part(ln, w):
        return found  # «ikut kelas copywriting … 4 jp»: its first words name the event taken part in, not the work
    head = _head_match(ln, w, skp, rencana)
    first = found.candidates[0]
    # the line's number counting what the first counts is a sign of its own («terbit 14 sertifikat kalibrasi …»)
    kept = quantity(ln, w, skp.iki[first.number - 1]) is not None
    ahead = [c for c in found.candidates[1:] if c.score >= settings["score_share"] * first.score and
             head[c.number - 1] - head[first.number - 1] > settings["margin"] * head[first.number - 1] and
             (not kept or quantity(ln, w, skp.iki[c.number - 1]) is not None)]
    if not ahead:
        return found
    lead = max(ahead, key=lambda c: head[c.number - 1])
    return replace(found, candidates=[lead] + [c for c in found.candidates if c is not lead])


def _head_match(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None) -> list[float]:
    """Each IKI's match of the (respelled) line's terms, each term weighed less the later it comes (link.head.decay)."""
    decay = vocabulary().link["head"]["decay"]
    _, profiles = _read_skp(skp, rencana, _takes_part(ln, w))
    words = spelled_out(line_terms(ln, w), skp, profiles, capitals(ln.text))
    out = [0.0] * len(profiles)
    for k, word in enumerate(words):
        for i, s in enumerate(scores([word], profiles)):
            out[i] += s * decay ** k
    return out


@knowledge.cached
def _result_kinds() -> list[tuple[list[frozenset[str]], frozenset[str]]]:
    """Each kind of result as the acts that make it (each the terms a line names all of: «olah data» is no «data»)
    and the terms of the things it is (link.result_kinds)."""
    return [([frozenset(text_terms(a)) for a in kind["acts"] if text_terms(a)],
             frozenset(t for r in kind["results"] for t in _parts_of(r)))
            for kind in vocabulary().link["result_kinds"]]


def _parts_of(phrase: str) -> set[str]:
    return {p for t in text_terms(phrase) for p in _parts(t)}


def _side_only(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None, best: int) -> str:
    """What the user did, as written before the line's first side phrase (catatan_harian.yaml link.side_markers:
    «di», «ke», «dgn», «via», «utk», «soal» …), when it names a thing (no weak word nor plain act) and the IKI
    matched names none of it: then the match rests on where, with whom, by what means or for what the work was
    done. Empty when the line has no side phrase, its head names no thing of its own or the IKI names some of it."""
    settings = vocabulary().link
    ln = respelled(ln, _own_texts(skp, rencana))
    cut = next((i for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if i and k == "word" and t in _side_markers()),
               None)
    if cut is None:
        return ""
    head = Line(" ".join(ln.toks[:cut]), ln.toks[:cut], ln.kinds[:cut])
    said = (w.span[0], min(w.span[1], cut)) if w.span[0] < cut else (0, 0)
    _, profiles = _read_skp(skp, rencana, _takes_part(ln, w))
    if (_named(spelled_out(line_terms(ln, w), skp, profiles, capitals(ln.text)), profiles[best]) &
            _side_terms(skp.iki[best])) - region_words():
        # «input 40 sampel ke SILACAK» beside «… yang terinput di SILACAK»: the IKI's own side phrase; never a place
        # («rekap kohort dr 5 prov» beside «Obat kusta tersedia di provinsi»: where, not its way of working)
        return ""
    words = spelled_out(line_terms(head, replace(w, span=said)), skp, profiles, capitals(head.text))
    plain = _weak() | _plain_acts()
    # «koord», «telp»: a cut plain act is one too; a head of plain acts and people says the side phrase is the work
    things = [t for t in words if not any(t == p or _nearness(t, p, settings) for p in plain)]
    # a name in title case past the first word («telp kapus Bojongsari»): who or where, not what
    titled = {w.strip(".,;:()").lower() for w in ln.text.split()[1:] if w[:1].isupper() and w[1:2].islower()}
    things = [t for t in things if t not in titled]
    shown = [t for i, t in enumerate(ln.toks[:cut]) if not said[0] <= i < said[1] and ln.kinds[i] == "word"]
    if not things or _named(words, profiles[best]) or _shares_stem(shown, skp.iki[best]) or \
            _names_whole_subject(line_terms(ln, w), skp.iki[best]):
        return ""
    return " ".join(shown)


def _names_whole_subject(words: list[str], iki: IkiDraft) -> bool:
    """The IKI scores a level (lexicon measure class score: nilai, indeks, skor) and the line names all of what it
    scores, no single plain word: «upload ijazah S2 ke SIASN biar IP ASN naik» is done for «Nilai Indeks
    Profesionalitas ASN», whatever its head names. A thing made («buat bahan rekomendasi kebijakan») is no level:
    other work feeds it."""
    measure = lexicon().measures.match_at(tokens(iki.indikator), 0)
    if not measure or lexicon().measure_class.get(measure) != "score":
        return False
    subject = [t for t in text_terms(result_parts(iki.indikator)[0]) if t not in _weak() | _generic()]
    return bool(subject) and (len(subject) > 1 or " " in subject[0]) and set(subject) <= set(words)


def _part_unnamed(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None,
                  best: int) -> list[int] | None:
    """A part of the line between the marks or words that join a second piece of work (catatan_harian.yaml
    link.second_work_joiners: «+», «sekalian», «trus»; no «+» before a number: «H+1») names a thing (no weak word nor
    plain act) and nothing the best IKI names, or nothing another IKI does not name as much: the other IKI the part
    points to (0-based, best first; [] when it names none), None when every part names the best's own work."""
    ln = respelled(ln, _own_texts(skp, rencana))
    joiners = vocabulary().link["second_work_joiners"]
    cuts = [i for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if k in ("mark", "word") and t in joiners and
            not (k == "mark" and i + 1 < len(ln.toks) and ln.kinds[i + 1] == "num")]
    if not cuts:
        return None
    _, profiles = _read_skp(skp, rencana, _takes_part(ln, w))
    plain, names = _weak() | _plain_acts(), capitals(ln.text)
    for start, end in zip([0] + [c + 1 for c in cuts], cuts + [len(ln.toks)]):
        part = Line(" ".join(ln.toks[start:end]), ln.toks[start:end], ln.kinds[start:end])
        said = (max(w.span[0], start) - start, max(min(w.span[1], end) - start, 0)) if w.span[1] > start else (0, 0)
        words = spelled_out(line_terms(part, replace(w, span=said if said[0] < said[1] else (0, 0))), skp, profiles,
                            names)
        things = [t for t in words if t not in plain]
        if not things:
            continue
        alone = scores(things, profiles, lend=False)
        others = sorted((j for j, s in enumerate(alone) if j != best and s > 0 and s >= alone[best]),
                        key=lambda j: -alone[j])
        if not _named(words, profiles[best]) or others:
            # «terapi + ajarin ortu latihan di rmh»: a part naming only what other IKI name as much (terapi) may be
            # their work; only the other part set the best apart
            return others
    return None


def _all_aside(ln: Line, w: When) -> bool:
    """The line, past its date, opens with a place marker (catatan_harian.yaml place_markers: «ke», «di», «dgn») and
    no mark opens a part after it: it says only where or with whom, never what was done there («ke bangsal anak &
    NICU sama DPJP»; not «ke PKM Grogol, latih kader», nor «buat 9 surat aktif kuliah»)."""
    date_end = w.span[1]
    while date_end > w.span[0] and date_end < len(ln.toks) and vocabulary().past_markers.match_at(ln.toks, date_end):
        date_end += len(vocabulary().past_markers.match_at(ln.toks, date_end))  # «jumat kemarin»: its date too
    first = next((i for i, k in enumerate(ln.kinds) if not w.span[0] <= i < date_end and k == "word"), None)
    return first is not None and ln.toks[first] in vocabulary().place_markers and \
        not any(k == "mark" and t not in vocabulary().link["work_joiners"] for t, k in zip(ln.toks[first:],
                                                                                         ln.kinds[first:]))


def _shares_stem(words: list[str], iki: IkiDraft) -> bool:
    """A word of the line with the stem of a word of the IKI's text, though no term holds it («pemberkasan arsip
    keuangan» beside «boks arsip inaktif»: the terms read «arsip keuangan» otherwise)."""
    own = {stem(t) for t in tokens(f"{iki.indikator} {iki.rhk or ''}") if len(t) > 3} - {""}
    return any(len(t) > 3 and t not in _side_markers() and stem(t) in own for t in words)


def _side_terms(iki: IkiDraft) -> set[str]:
    """The terms the IKI's own text names in a side phrase («… diunggah ke JDIH», «… melalui katalog elektronik»):
    a line naming them there names the IKI's own way of working."""
    out: set[str] = set()
    for text in (iki.indikator, iki.rhk or ""):
        words = tokens(text)
        cut = next((i for i, t in enumerate(words) if i and t in _side_markers()), None)
        if cut is not None:
            out |= set(text_terms(" ".join(words[cut + 1:])))
    return out


@knowledge.cached
def _side_markers() -> frozenset[str]:
    return frozenset(vocabulary().link["side_markers"])


@knowledge.cached
def _plain_acts() -> frozenset[str]:
    """Words of a line's head that name no thing the work is about: plain acts, people, kinds of learning event."""
    words = vocabulary().link["side_plain_acts"] + vocabulary().link["side_people"] + \
        knowledge.data("rules/lexicon")["reading"]["not_misspelt"] + learning_events()
    return frozenset(t for word in words for t in text_terms(word))


def _works_apart(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None, best: int) -> list[Candidate]:
    """The best IKI of each part of the line between the marks or words that join two pieces of work
    (catatan_harian.yaml link.work_joiners: «&», «+», «sekalian»), where one is not the whole line's best and the part matches it as well as a line
    that may link (link_score): «semua lengkap & sdh diusulkan» is a word of how it went, no second piece of work."""
    settings = vocabulary().link
    joiners, day_parts = settings["work_joiners"], _day_parts()
    # «pagi cek validasi istithaah …, siang zoom monev pemeriksaan …»: a part of the day after a mark opens the day's
    # next piece of work
    cuts = [i for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if (k in ("mark", "word") and t in joiners) or
            (k == "word" and t in day_parts and i and ln.kinds[i - 1] == "mark")]
    out: list[Candidate] = []
    for start, end in zip([0] + [c + 1 for c in cuts], cuts + [len(ln.toks)]) if cuts else ():
        part = Line(" ".join(ln.toks[start:end]), ln.toks[start:end], ln.kinds[start:end])
        said = (max(w.span[0], start) - start, max(min(w.span[1], end) - start, 0)) if w.span[1] > start else (0, 0)
        found = _link(part, replace(w, span=said if said[0] < said[1] else (0, 0)), skp, rencana)
        top = found.candidates[0] if found.candidates and found.decision is not Decision.outside else None
        if top and top.number != best and top.score >= settings["link_score"] and \
                top.number not in {c.number for c in out}:
            out.append(top)
    return out


@knowledge.cached
def _day_parts() -> frozenset[str]:
    """The parts of the day as people write them (knowledge/pengingat.yaml day_parts: «pagi», «siang», «sore»)."""
    return frozenset(t for part in knowledge.data("pengingat")["day_parts"] for t in tokens(str(part)))


def _link(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None = None, lend: bool = True) -> Link:
    vocab = vocabulary()
    settings = vocab.link
    if not skp.iki:
        return Link(Decision.outside, [], 1.0, "belum ada SKP")
    ln = respelled(ln, _own_texts(skp, rencana))
    if ln.has(vocab.outside):
        return Link(Decision.outside, [], 1.0, "kata pengguna")
    plans, learning = {r.iki: r for r in rencana or []}, _takes_part(ln, w)
    found_in, profiles = _read_skp(skp, rencana, learning)
    words = spelled_out(line_terms(ln, w), skp, profiles, capitals(ln.text))
    found = scores(words, profiles, lend)
    # "31 berkas" toward the IKI that counts berkas: counting the same thing is a strong sign, unless the counted
    # things are named as another IKI's ("5 berkas usulan pensiun" is not the KP berkas of another IKI)
    counted = [bool(s) and quantity(ln, w, iki) is not None and not _named_as_other(ln, w, i, skp)
               for i, (s, iki) in enumerate(zip(found, skp.iki))]
    counted = _unless_other_partners(ln, w, skp, found, counted)
    if _counts_only_where(ln, w):
        counted = [False] * len(counted)
    found = [s + settings["count_bonus"] if c else s for s, c in zip(found, counted)]
    # on a tie, the IKI whose counted thing the line names goes first («backup server SIMPEG»: the backup IKI)
    heads = [any(o.get(t) == "kepala" for t in words) for o in found_in]
    ranked = sorted(((s, i) for i, s in enumerate(found)), key=lambda p: (-round(p[0], 6), not heads[p[1]], p[1]))
    candidates = [Candidate(skp.iki[i].indikator, i + 1, round(s, 3), _stage(words, plans.get(skp.iki[i].indikator)))
                  for s, i in ranked if s > 0]
    best = ranked[0][0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    lead = (best - second) / best if best else 0.0
    confidence = round(min(1.0, best / settings["link_score"]) * lead, 3)
    outside_cue = _office_life(ln, found_in) or (set(ln.words) & vocab.helping)
    counts_named = [c for c in candidates if any(found_in[c.number - 1].get(t) == "kepala" for t in words)]
    if best < settings["ask_score"] and counts_named and not outside_cue:
        # the thing an IKI counts, named, though every IKI names it («pelatihan» in a Bapelkes SKP): ask
        return Link(Decision.ask, counts_named[:3], confidence, "yang dihitung")
    # an outside activity («liputan upacara HUT RI») needs the line's own words to reach an IKI, not a tool's lending
    cued = max(scores(words, profiles, False)) if outside_cue and lend else best
    if best < settings["ask_score"] and not outside_cue and _all_aside(ln, w):
        # «senin di Dinkes Prov NTB», «tgl 2 ke Lapas Salemba»: where the user was, never what was done there; the
        # work may be any IKI's, so it is no sign of work outside the SKP: ask, with what matched at all first
        return Link(Decision.ask, candidates[:3], confidence, "hanya tempat")
    if best < settings["ask_score"] or (outside_cue and cued < settings["outside_cue_score"]):
        return Link(Decision.outside, candidates[:2], confidence, "tidak cocok" if not outside_cue else "kegiatan umum")
    # taking part in a learning event about another IKI's work («ikut training admin SATUSEHAT»): competence (first:
    # the user took part) or that work, the user says which; unless the event is the best IKI's work («pelatihan»
    # it organises)
    events = {p for t in words for p in _parts(t) for o in found_in if o.get(p) == "petunjuk"} \
        if learning and candidates else set()
    learnt = [Candidate(skp.iki[i].indikator, i + 1, round(found[i], 3)) for i in range(len(skp.iki))
              if any(found_in[i].get(t) == "petunjuk" for t in events)]
    top = candidates[0] if candidates else None
    earner = _credit_earner(ln, w, skp, found_in, words) if learning and not outside_cue else None
    if earner is not None:
        # «pelatihan daring pengelolaan limbah B3 KLHK 8 JPL»: the credit earned says the user sat in it for their
        # own competence, whatever its topic: the one IKI that counts such credit, or the one it counts toward
        chosen = next((c for c in candidates if c.number == earner + 1),
                      Candidate(skp.iki[earner].indikator, earner + 1, round(found[earner], 3)))
        return Link(Decision.link, [chosen], confidence, "belajar")
    if learnt and top and top.number not in {c.number for c in learnt} and \
            not events & profiles[top.number - 1].keys():
        return Link(Decision.ask, learnt[:2] + [top], confidence, "belajar atau kerja")
    if learnt and len(candidates) == 1 and top.number == learnt[0].number and not outside_cue:
        # the event's kind alone, and no other IKI the line names: the kind of activity decides («pelatihan
        # biosafety BSL-2 hari 2», «workshop legal drafting hari pertama»)
        return Link(Decision.link, candidates[:1], confidence, "belajar")
    if best >= settings["link_score"] and lead >= settings["link_lead"] and not outside_cue:
        top = ranked[0][1]
        if _outnamed(words, profiles, top):
            # «pembahasan capaian skrining 20 kab lokus»: what the line names of the best, another IKI names too, and
            # more; only where the words sit in each (or the number) set the best first
            return Link(Decision.ask, candidates[:3], confidence, "yang lain lebih lengkap")
        if not counted[top] and _other_thing_named(words, profiles, found_in, top):
            return Link(Decision.ask, candidates[:3], confidence, "dua yang dihitung")
        named_apart = _names_of_others(words, profiles, top)
        if counted[top] and named_apart:
            # «orientasi SITB utk 18 petugas puskesmas»: the number counts what the best counts (petugas), the
            # line names what only another IKI names (SITB): one number is no answer between the two
            return Link(Decision.ask, candidates[:1] + [Candidate(skp.iki[j].indikator, j + 1, round(found[j], 3))
                                                        for j in named_apart[:2]], confidence, "hitungan atau nama")
        claimants = _claimants(words, profiles[top], found_in[top], skp, top)
        if claimants:
            # «nilai praktikum» beside an IKI of «modul praktikum» and one of perkuliahan, which covers praktikum
            return Link(Decision.ask, candidates[:1] + [Candidate(skp.iki[j].indikator, j + 1, round(found[j], 3))
                                                        for j in claimants[:2]], confidence, "dua bacaan")
        counted_only = _counted_only(words, profiles, found_in, counted, found, skp, top)
        if counted_only:
            # «packing 35 set bedah umum»: «set» is what one IKI counts and another measures as a share; only the
            # count sets the first apart, and a share counts the same things one by one
            return Link(Decision.ask, candidates[:1] + [Candidate(skp.iki[j].indikator, j + 1, round(found[j], 3))
                                                        for j in counted_only[:2]], confidence, "hanya hitungan")
        if _generic_apart(words, profiles, ranked):
            # «MRI 11 px shift pagi»: what sets the best apart from the next is only a thing any work counts (px)
            return Link(Decision.ask, candidates[:3], confidence, "kata umum")
        if not counted[top] and lead < settings["thin_lead"] and best < settings["thin_score"]:
            # a best IKI that neither scores high, nor leads far, nor counts the line's number («rapat prodi persiapan
            # akreditasi LAM-PTKes» toward an IKI of artikel in jurnal terakreditasi): too thin a margin to stake a
            # silent link on; ask, the best first
            return Link(Decision.ask, candidates[:3], confidence, "selisih tipis")
        if not counted[top] and _quality_of_other(ln, words, profiles[top], found_in[top]):
            # «audit kepatuhan APD di IGD» beside «Persentase kepatuhan kebersihan tangan … hasil audit»: the
            # compliance of another thing than the one the IKI measures
            return Link(Decision.ask, candidates[:3], confidence, "mutu hal lain")
        if not counted[top] and _only_its_side(words, profiles[top], skp.iki[top]):
            # «rapat sm verifikator BPJS bahas kasus sectio» beside «… klaim … yang diajukan ke BPJS Kesehatan …»: the
            # line names only whom or where the IKI's work goes to, none of the work
            return Link(Decision.ask, candidates[:3], confidence, "hanya mitra IKI")
        if _only_where_done(words, profiles[top], skp.iki[top]):
            # «TAK sosialisasi 9 px bangsal Arimbi» beside «Jumlah insiden pasien lari … di bangsal»: the line names
            # only the ward the IKI's work is done in and whom any work serves: other work is done there too
            return Link(Decision.ask, candidates[:3], confidence, "hanya tempat IKI")
        if counted[top] or _specific(words, profiles, found_in, top, len(candidates) > 1):
            return Link(Decision.link, candidates[:1], confidence, "jelas")
        return Link(Decision.ask, candidates[:3], confidence, "tanpa istilah khas")
    offered = [c for c in candidates if c.score >= best * (1 - settings["link_lead"]) or c is candidates[0]]
    if best >= settings["link_score"] and not outside_cue and len(offered) > 1 and \
            _outweighs(words, profiles, found_in, [c.number - 1 for c in offered], _counted_heads(ln, w)) and \
            _specific(words, profiles, found_in, ranked[0][1]) and not _generic_apart(words, profiles, ranked):
        return Link(Decision.link, candidates[:1], confidence, "mencakup yang lain")
    if len(offered) > 1:
        return Link(Decision.ask, offered[:3], confidence, "dua dekat")
    # a weak match alone is no answer to offer alone: the next IKI that match at all are buttons too
    return Link(Decision.ask, candidates[:3], confidence, "lemah")


def _only_its_side(words: list[str], prof: dict[str, float], iki: IkiDraft) -> bool:
    """Every term of the IKI the line names (no weak word) stands only where the IKI says whom its work goes to
    («… diajukan ke BPJS Kesehatan»), none is a name: other work meets the same body."""
    named = _named(words, prof) - _weak()
    # a name there («… terunggah ke SIASN», «… di JDIH») is the IKI's own way of working: a line naming it names it
    return bool(named) and named <= _sent_to(iki) and not any(map(_is_name, named))


def _only_where_done(words: list[str], prof: dict[str, float], iki: IkiDraft) -> bool:
    """Every term of the IKI the line names, past the people any work serves (link.generic) and weak words, stands
    only where the IKI says where its work is done (location_markers: «… cedera di bangsal»), and none is a name."""
    named = _named(words, prof) - _weak() - _generic()
    return bool(named) and named <= _done_at(iki) and not any(map(_is_name, named))


def _done_at(iki: IkiDraft) -> set[str]:
    """The terms the IKI's own text names only after a word saying where its work is done (location_markers: «di»),
    none of its indikator's or RHK's before it."""
    markers = vocabulary().location_markers
    after: set[str] = set()
    before: set[str] = set()
    for text in (iki.indikator, iki.rhk or ""):
        words = tokens(text)
        cut = next((i for i, t in enumerate(words) if i and t in markers), len(words))
        before |= set(text_terms(" ".join(words[:cut])))
        after |= set(text_terms(" ".join(words[cut + 1:])))
    return after - before


def _sent_to(iki: IkiDraft) -> set[str]:
    """The terms the IKI's own text names only after a word saying whom its work goes to (link.destination_markers:
    «… diajukan ke BPJS Kesehatan»), none of its indikator's or RHK's before it."""
    markers = frozenset(vocabulary().link["destination_markers"])
    after: set[str] = set()
    before: set[str] = set()
    for text in (iki.indikator, iki.rhk or ""):
        words = tokens(text)
        cut = next((i for i, t in enumerate(words) if i and t in markers), len(words))
        before |= set(text_terms(" ".join(words[:cut])))
        after |= set(text_terms(" ".join(words[cut + 1:])))
    return after - before


def _quality_of_other(ln: Line, words: list[str], prof: dict[str, float], origin: dict[str, str]) -> bool:
    """The line names, as its noun, a quality the IKI measures (rhk_qualifiers pemenuhan: kepatuhan, kelengkapan,
    ketepatan; no «sesuai komentar») of a thing right after it the IKI never names, and besides that quality at most
    one other word of the IKI, none the thing it counts: «audit kepatuhan APD» is no «kepatuhan kebersihan tangan …
    hasil audit»."""
    plain = _weak() | _plain_acts() | _generic() | _qualities()
    written = {t for tok in ln.toks for t in _quality_nouns().get(tok, ())}
    for at, term in enumerate(words[:-1]):
        following = words[at + 1]
        if term in written and term in prof and following not in plain and not _named([following], prof):
            rest = _named(words, prof) - {term} - _weak()
            return len(rest) <= 1 and not any(origin.get(t) == "kepala" for t in rest)
    return False


def _sat_in(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None, best: int) -> bool:
    """The user takes part in a learning event and the best IKI is not about learning events: no competence IKI
    (hinted, link.weights petunjuk) and no term of it names an event, taking part or its credit (learning_events,
    participation_words, learning_credits: «petugas … yang dilatih», «peserta pelatihan», «JPL yang diikuti»)."""
    ln = respelled(ln, _own_texts(skp, rencana))
    if not _takes_part(ln, w):
        return False
    found_in, profiles = _read_skp(skp, rencana, True)
    return not any(place == "petunjuk" for place in found_in[best].values()) and \
        not _event_terms() & profiles[best].keys()


@knowledge.cached
def _event_terms() -> frozenset[str]:
    words = learning_events() + config()["participation_words"] + config()["learning_credits"]
    return frozenset(p for word in words for t in text_terms(word) for p in _parts(t))


@knowledge.cached
def _office_phrases() -> PhraseSet:
    """Office life (outside_activities) and one's own SKP in its system (link.own_skp_systems)."""
    return PhraseSet(config()["outside_activities"] + vocabulary().link["own_skp_systems"])


def _office_life(ln: Line, found_in: list[dict[str, str]]) -> bool:
    """Whether the line names an activity of office life that rarely belongs to an SKP (outside_activities, one's own
    SKP's system: link.own_skp_systems) that no IKI of this SKP names in its own text: «olahraga» is office sport, but
    the work of one whose IKI is a pedoman kesehatan olahraga, as «donor darah» is the work of a blood bank's IKI of
    donor sukarela."""
    phrases = _office_phrases()
    lent = vocabulary().link["lent_places"]
    own = [{t for t, place in o.items() if place not in lent} for o in found_in]
    for i in range(len(ln.toks)):
        phrase = phrases.match_at(ln.toks, i)
        # «baksos katarak» is one term of the vocabulary (operasi katarak), an IKI's own work, no office bakti sosial
        whole = vocabulary().terms.phrases.match_at(ln.toks, i) if phrase else None
        phrase = whole if whole and len(whole) > len(phrase) else phrase
        said = text_terms(" ".join(phrase)) if phrase else []
        if phrase and not (said and any(all(t in named or any(t in n.split() for n in named if " " in n)
                                            for t in said) for named in own)):
            return True  # «HUT» is no term at all: it stays a cue
    return False


def _counted_only(words: list[str], profiles: list[dict[str, float]], found_in: list[dict[str, str]],
                  counted: list[bool], found: list[float], skp: SkpDraft, index: int) -> list[int]:
    """The other IKI measuring as a share (persentase, proporsi, cakupan) what the best one counts, whose own text
    names every term of the line the best one names (no weak word), when the line's count is what sets the best
    apart: «packing 35 set bedah umum» beside «Jumlah set instrumen …» and «Persentase set instrumen yang diberi
    label barcode»; a share's numerator counts the same things one by one, so the number is no answer between them.
    Best first."""
    if not counted[index]:
        return []
    weak = _weak()
    mine, own_text = _named(words, profiles[index]) - weak, vocabulary().link["own_text_places"]
    return sorted((j for j in range(len(profiles)) if j != index and not counted[j] and mine and
                   _share(skp.iki[j]) and all(found_in[j].get(t) in own_text for t in mine)), key=lambda j: -found[j])


def _share(iki: IkiDraft) -> bool:
    """The IKI is measured as a share of things (lexicon measure class percent: persentase, proporsi, cakupan)."""
    words = tokens(iki.indikator)
    measure = lexicon().measures.match_at(words, 0) if words else None
    return bool(measure) and lexicon().measure_class.get(measure) == "percent"


def _generic_apart(words: list[str], profiles: list[dict[str, float]], ranked: list[tuple[float, int]]) -> bool:
    """Another IKI matches the line too, and the terms of the line only the best names are all things any work of
    the ministry counts or serves (catatan_harian.yaml link.generic: pasien, kasus, peserta …): they cannot tell the
    two apart («cek ulang kode … kasus pneumonia» beside an IKI of koding and one of kasus rawat inap)."""
    if len(ranked) < 2 or ranked[1][0] <= 0:
        return False
    weak = _weak()
    apart = (_named(words, profiles[ranked[0][1]]) - weak) - _named(words, profiles[ranked[1][1]])
    return bool(apart) and apart <= _generic()


@knowledge.cached
def _generic() -> frozenset[str]:
    return frozenset(t for word in vocabulary().link["generic"] for t in text_terms(word))


def _counts_only_where(ln: Line, w: When) -> bool:
    """Every count of the line stands right after a place marker (place_markers: «ke 12 prov», «di 3 RS»): it
    counts where the work went or was done, no result of it; a count is no sign of the IKI counting those places."""
    found = counts(ln, w)
    return bool(found) and all(n.at and ln.toks[n.at - 1] in vocabulary().place_markers for n in found)


def _unless_other_partners(ln: Line, w: When, skp: SkpDraft, found: list[float], counted: list[bool]) -> list[bool]:
    """No IKI takes the count as a sign when the line counts a thing another matching IKI counts too, with partners
    that IKI names otherwise: «ttd 2 PKS dgn RS swasta» beside an IKI of naskah kerja sama luar negeri and one of PKS
    dengan pemda atau BUMN is no count of either's, only of their kind of thing: which one, the number cannot say."""
    refused = [counted_things(iki).things for s, iki in zip(found, skp.iki) if s and other_partners(ln, w, iki)]
    if not refused:
        return counted
    return [c and not any(counted_things(iki).things & things for things in refused)
            for c, iki in zip(counted, skp.iki)]


def _specific(words: list[str], profiles: list[dict[str, float]], found_in: list[dict[str, str]],
              index: int, contested: bool = True) -> bool:
    """Whether the line names something only this IKI of the SKP names, not a word of any work: a term of the IKI's
    own text (link.specific_weight: the thing it counts, its indikator, satuan), a term of its RHK, stages or
    covered kinds beside another term it shares, two terms only it has, or two terms of its own text no other IKI
    has together; never words a vocabulary group lends it alone (link.groups). A single word of what is done to
    the thing (its predicate) or a competence hint (link.needs_company) names the IKI only beside another word of
    the line it shares: «pengawas ujian CPNS» is no «lulus ujian» of bimbingan KTI, but «probity audit» is named.
    A score alone may come from words many results share ("ujian", "kelas"); without such a term the bot asks,
    offering the best IKI first. A typo or a cut word names the term it is near."""
    settings = vocabulary().link
    prof, origin = profiles[index], found_in[index]
    named = _named(words, prof)
    others = set().union(*(p for j, p in enumerate(profiles) if j != index))
    # a word another IKI holds inside a joined term is named there too: «kapal» of «Persentase kapal …» beside
    # «sertifikat sanitasi kapal» tells neither apart
    others |= {w for t in others if " " in t for w in t.split()}
    weak = _weak()
    unique = {t for t in named if t not in others}
    own = {t for t in unique if t not in weak}
    if all(origin[t] in settings["groups"] for t in named):
        # only words a vocabulary group lends the IKI («reposisi» to a dekubitus one): ask when another IKI
        # matches the line too («px» of an askep IKI); alone, the group is the only reading there is
        return not contested
    company = len(named - weak) >= 2
    # a name (no word of the language: «SKILAS», «tele-USG», «post-test») is specific wherever the IKI has it
    alone = {t for t in own if " " in t or origin[t] not in settings["needs_company"] or not is_indonesian_word(t)}
    if any(prof[t] >= settings["specific_weight"] and (company or t in alone) for t in own) or \
            (own and len(named) >= 2) or len(unique) >= 2:
        return True  # "rata-rata" + "waktu": words of any work, but only this IKI's measure has them both
    # "supervisi" + "puskesmas" of "Jumlah puskesmas yang disupervisi", beside "rekomendasi hasil supervisi" and
    # "puskesmas binaan"
    strong = {t for t in named if t not in weak and prof[t] >= settings["specific_weight"]}
    return len(strong) >= 2 and not any(strong <= p.keys() for j, p in enumerate(profiles) if j != index)


def _claimants(words: list[str], prof: dict[str, float], origin: dict[str, str], skp: SkpDraft,
               index: int) -> list[int]:
    """The other IKI that cover every term of the line naming this IKI (no weak word), when each such term is a plain
    word of the language in this IKI's text and not the thing it counts (catatan_harian.yaml covers: a kind of work
    the other IKI's result takes, left to this one because this one names it): «nilai praktikum» beside an IKI of
    «modul praktikum» and one of perkuliahan, which covers praktikum, reads both ways. A name, a joined term or the
    counted thing names its IKI as written («buffer stock», «PME»)."""
    named = _named(words, prof) - _weak()
    if not named or any(" " in t or _is_name(t) or origin[t] == "kepala" for t in named):
        return []
    covering = [j for j, iki in enumerate(skp.iki) if j != index and named & set(_covered(iki))]
    covered = set().union(*(set(_covered(skp.iki[j])) for j in covering))
    return covering if named <= covered else []


def _outnamed(words: list[str], profiles: list[dict[str, float]], index: int) -> bool:
    """Another IKI names every term of the line this one names, and more: then nothing the line says sets this one
    apart, only where the words sit in each IKI or the number it counts (a kab/kota, a dokumen any IKI may count)."""
    weak = _weak()
    mine = _named(words, profiles[index]) - weak
    return bool(mine) and any(mine < _named(words, p) - weak for j, p in enumerate(profiles) if j != index)


def _counted_heads(ln: Line, w: When) -> set[str]:
    """The terms of the words the line's numbers count before its first side phrase («balas 4 permohonan»:
    permohonan; not «minta akun SISKOP2MI utk 3 klinik», whose klinik are whom the work is for)."""
    cut = next((i for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if i and k == "word" and t in _side_markers()),
               len(ln.toks))
    return {t for n in counts(ln, w) if n.at + 1 < cut for t in terms(ln.toks[n.at + 1:n.at + 2])}


def _outweighs(words: list[str], profiles: list[dict[str, float]], found_in: list[dict[str, str]],
              close: list[int], counted: set[str] = frozenset()) -> bool:
    """Whether the first of IKI that score close is still what the line is about: it names the thing the first
    counts (its kepala) and of each other only what is done (its predicate) — «rapat SOP penghapusan» is about
    the SOP IKI, not the one of BMN dihapuskan — or each other's named terms are some of the first's, which names
    more: «rapat evaluasi ketepatan laporan ASIK» beside an IKI of «laporan … ASIK»."""
    # a weak word, or one word of a joined term («rapat» of «rapat pimpinan»), names nothing here
    settings, weak = vocabulary().link, _weak()
    if not all(_named(words, profiles[j]) for j in close[1:]):
        # one close only by what a tool lends it («… plus the monthly kitchen swab»: a swab's sampel) names nothing
        # the first could outweigh: the tool points there as much
        return False
    named = [{p for p in _named(words, profiles[j]) - weak
              if p in words or (" " not in p and any(_nearness(t, p, settings) for t in words))} for j in close]
    # a name («SISDMK») the other names as what is done names it as much, unless the line counts the first's thing
    # («balas 4 permohonan lewat e-PPID»: the permohonan are the work, the system only its way)
    heads = {t for t in named[0] if found_in[close[0]][t] == "kepala"}
    if heads and all({found_in[j][t] for t in terms_} <= {"predikat"} and
                     (heads & counted or not any(_is_name(t) for t in terms_))
                     for j, terms_ in zip(close[1:], named[1:])):
        return True
    return all(terms_ < named[0] for terms_ in named[1:])


def _other_thing_named(words: list[str], profiles: list[dict[str, float]], found_in: list[dict[str, str]],
                       index: int) -> bool:
    """The best IKI is named by one word only, and the line also names the thing another IKI counts (its kepala),
    or, when that one word is a plain word of the language and the only one, weak words too, any term of another
    IKI the best does not have: «input nomor agenda surat keluar» names «agenda» of an IKI of agenda pimpinan and
    «surat» of one of surat masuk, «dampingi delegasi JICA» names «delegasi» of one IKI and JICA of others; one
    word is no answer between two readings. A name («SKILAS») is answer enough. A term every IKI of the SKP holds
    («pelatihan» in a Bapelkes SKP) is no word of the best's: it names them all."""
    named = {t for t in _named(words, profiles[index]) if not all(t in p for p in profiles)}
    if len(named - _weak()) != 1:
        return False
    plain = len(named) == 1 and all(is_indonesian_word(t) and " " not in t for t in named)
    return any(t in o and (o[t] == "kepala" or (plain and t not in _weak())) and t not in found_in[index]
               for j, o in enumerate(found_in) if j != index for t in words)


def _names_of_others(words: list[str], profiles: list[dict[str, float]], index: int) -> list[int]:
    """The other IKI each named by a name of the line (no word of the language: «SITB», «SIAKPEL») that only it
    of the SKP holds, and this one does not."""
    out = []
    for t in words:
        holders = [j for j, p in enumerate(profiles) if t in p]
        if _is_name(t) and len(holders) == 1 and holders[0] != index and holders[0] not in out:
            out.append(holders[0])
    return out


def _named(words: list[str], prof: dict[str, float]) -> set[str]:
    """The IKI's terms the line names, as they are or by a typo or a cut word."""
    settings = vocabulary().link
    return {p for t in words for p in prof if p == t or (t not in prof and _nearness(t, p, settings))}


def _parts(term: str) -> set[str]:
    """A term and, for one of several words, the stem of each («pelatihan pelatih» is a pelatihan too)."""
    return {term} | ({stem(w) for w in term.split()} if " " in term else set())


def _takes_part(ln: Line, w: When) -> bool:
    """The user takes part in a learning event: says so («ikut webinar»), opens the line with the event's kind
    («diklat analis kebijakan hari 3», «e-learning IHR di plataran sehat») or counts the credit it earns («8 JPL»,
    «3 SKP kemkes»); not when the user teaches or runs it («narasumber», «ngajar», «pembukaan pelatihan»), gives it to
    others («utk 18 petugas») or a number counts who or what else took part («120 peserta hadir», «2 RS hadir»)
    (catatan_harian.yaml learning_events, learning_credits and their acronyms, teaching_words, audience_markers)."""
    vocab = vocabulary()
    if ln.has(vocab.teaching):
        return False
    if set(ln.toks) & vocab.audience:
        # «pelatihan CBT dasar utk perawat 30 JPL»: opened with the event and counting the credit a participant earns,
        # the user may as well have sat in it; «utk 18 petugas» with no credit gives it to others
        return _opens_with_event(ln, w) and any(_credit_at(ln, n.at + 1) for n in counts(ln, w))
    if ln.has(vocab.participation):
        # «120 peserta», «25 apotek hadir»: others took part
        people, date = frozenset(config()["participant_nouns"]), range(*w.span)
        return not any(k == "num" and i not in date and i + 1 < len(ln.toks) and
                       (ln.toks[i + 1] in people or vocab.participation.match_at(ln.toks, i + 2))
                       for i, k in enumerate(ln.kinds))
    if _given_to_trainees(ln, w):
        return False  # «bimtek kader pengrajin batik soal P3K»: the kader sat in it; the user gave it
    numbers = [n.at for n in counts(ln, w)]
    opens = _opens_with_event(ln, w)
    acronyms = frozenset(config()["learning_credit_acronyms"]) if opens else frozenset()
    credited = [at for at in numbers if _credit_at(ln, at + 1) or
                (at + 1 < len(ln.toks) and ln.toks[at + 1] in acronyms)]  # «webinar … dpt 3 SKP»
    # a number of something else, not a name's («BSL-2», «ICD-11») nor a time («2 jam», «diklat … 3 hari»)
    times = vocab.duration_units.keys() | set(config()["days_back"]["units"])  # «2 jam», «3 hari»: how long
    others = [at for at in numbers if at not in credited and not (at and ln.kinds[at - 1] == "mark")
              and at + 1 < len(ln.toks) and ln.kinds[at + 1] == "word" and ln.toks[at + 1] not in times]
    # opened with the event and earning its credit, another number names part of its topic («webinar BKKBN 1000 HPK
    # 2 jpl»): the user sat in it all the same
    return (opens and bool(credited)) or (not others and (bool(credited) or opens))


def _credit_earner(ln: Line, w: When, skp: SkpDraft, found_in: list[dict[str, str]], words: list[str]) -> int | None:
    """The one IKI (0-based) a learning event's credit the line earns («8 JPL», «dpt 3 SKP» after an event) goes to:
    the one whose own text counts such credit taken part in («Jumlah jam pelatihan (JPL) yang diikuti»), or else the
    one competence hints point it to (the IP ASN, topic_hints); None when the line earns none, several IKI claim it,
    or another IKI counts those taking part in its kind of event («ikut pembekalan pelatih 8 JP» beside «peserta …
    yang mengikuti pembekalan»: the user may sit in the events that IKI runs). An IKI whose text says its credit is taught («JPL …
    yang diampu») counts no credit earned."""
    opens = _opens_with_event(ln, w)
    acronyms = frozenset(config()["learning_credit_acronyms"]) if opens else frozenset()
    if not any(_credit_at(ln, n.at + 1) or (n.at + 1 < len(ln.toks) and ln.toks[n.at + 1] in acronyms)
               for n in counts(ln, w)):
        return None
    own = vocabulary().link["own_text_places"]
    teaching = vocabulary().teaching
    owners = [i for i, o in enumerate(found_in) if any(o.get(t) in own for t in _credit_terms()) and
              not line(f"{skp.iki[i].indikator} {skp.iki[i].rhk or ''}").has(teaching)]
    hinted = [i for i, o in enumerate(found_in) if any(o.get(t) == "petunjuk" for t in _credit_terms())]
    chosen = owners or hinted
    if len(chosen) != 1:
        return None
    events = {p for t in words for p in _parts(t)} & _event_terms() - _credit_terms()
    # an IKI counting those who take part in such events («Jumlah peserta … yang mengikuti pembekalan»): the credit
    # may be of an event it runs
    runs = [j for j, o in enumerate(found_in) if j != chosen[0] and any(o.get(p) in own for p in events) and
            line(skp.iki[j].indikator).has(vocabulary().participation)]
    return None if runs else chosen[0]


def _credit_at(ln: Line, at: int) -> bool:
    """The line's first term from `at` is a learning event's credit («8 JPL»)."""
    found = terms(ln.toks[at:at + 3])
    return bool(found) and found[0] in _credit_terms()


@knowledge.cached
def _credit_terms() -> frozenset[str]:
    return frozenset(t for phrase in config()["learning_credits"] for t in text_terms(phrase))


def _given_to_trainees(ln: Line, w: When) -> bool:
    """The line opens with a learning event named with whom it is given to right after it (catatan_harian.yaml
    trainee_groups: «bimtek kader», «orientasi petugas puskesmas»)."""
    for i in range(w.span[1] if w.span[0] == 0 else 0, len(ln.toks)):
        if ln.kinds[i] == "word" and terms(ln.toks[i:i + 1]):
            event = vocabulary().learning_events.match_at(ln.toks, i)
            return bool(event) and phrase_set("catatan_harian", "trainee_groups").match_at(ln.toks, i + len(event)) \
                is not None
    return False


def _opens_with_event(ln: Line, w: When) -> bool:
    """The line's first word that names anything (past its date, «sore», «td») is a learning event's kind."""
    for i in range(w.span[1] if w.span[0] == 0 else 0, len(ln.toks)):
        if ln.kinds[i] == "word" and terms(ln.toks[i:i + 1]):
            return vocabulary().learning_events.match_at(ln.toks, i) is not None
    return False


def _own_texts(skp: SkpDraft, rencana: list[RencanaAksi] | None) -> tuple[str, ...]:
    return tuple(f"{iki.indikator} {iki.rhk or ''} {iki.satuan or ''}" for iki in skp.iki) + \
        tuple(stage.name for plan in rencana or [] for stage in plan.stages)


def _named_as_other(ln: Line, w: When, index: int, skp: SkpDraft) -> bool:
    """The words after the counted number name what another IKI measures and this one does not ("5 berkas usulan
    pensiun" next to an IKI of SK pensiun); never what this IKI's own text says is done to its thing («15 berkas KP
    diverifikasi» toward «Jumlah berkas … yang diverifikasi», beside «Rata-rata waktu verifikasi berkas …»), nor when
    another number of the line counts this IKI's thing alone («periksa 3 kapal, terbit 3 SSCEC» toward «Jumlah
    sertifikat sanitasi kapal (SSCEC/SSCC) …»: the kapal are another IKI's, the SSCEC this one's)."""
    subjects = [set(text_terms(result_parts(iki.indikator)[0])) for iki in skp.iki]
    others = set().union(*(s for i, s in enumerate(subjects) if i != index)) - \
        set(text_terms(skp.iki[index].indikator))
    target = counted_things(skp.iki[index])
    own = (target.things | target.written) if target else frozenset()
    named_other = counts_own = False
    places = vocabulary().place_markers
    for n in counts(ln, w):
        after = [t for t, k in zip(ln.toks[n.at + 1:n.clause[1]], ln.kinds[n.at + 1:n.clause[1]]) if k == "word"]
        # «3 puskesmas di Kab Kupang»: what follows a place marker says where the things are, not what they are
        after = after[:next((i for i, t in enumerate(after) if t in places), len(after))]
        said = set(terms(after[:4]))
        if said & others:
            named_other = True
        elif (said | {t.lower() for t in after[:4]}) & own:
            counts_own = True
    return named_other and not counts_own


def _stage(words: list[str], rencana: RencanaAksi | None) -> int | None:
    """The stage whose own words the line names most ("pembahasan draf" → the Pembahasan stage), if one does."""
    if not rencana or not rencana.stages:
        return None
    named = [set(text_terms(s.name)) for s in rencana.stages]
    shared = set.intersection(*named) if len(named) > 1 else set()  # the result's own words name every stage
    profiles = [{t: 1.0 for t in terms_ - shared} for terms_ in named]
    found = scores(words, profiles)
    best = max(found)
    if best <= 0 or found.count(best) > 1:
        return None
    return found.index(best)


def taught(found: Link, ln: Line, w: When, skp: SkpDraft, choices: list[LinkChoice]) -> Link:
    """The user's own re-link before decides a line holding every term of the re-linked one («c1 ke IKI 2», then
    «terbit 5 sertifikat SSCEC» goes to IKI 2 as well), latest first; the link says which entry taught it."""
    words = set(line_terms(ln, w))
    least = vocabulary().link["taught_min_terms"]
    keys = [iki.indikator for iki in skp.iki]
    for choice in reversed(choices):
        if choice.iki not in keys or len(set(choice.terms)) < least or not set(choice.terms) <= words:
            continue
        if found.decision is Decision.link and found.candidates[0].iki == choice.iki:
            return found
        number = keys.index(choice.iki) + 1
        chosen = next((c for c in found.candidates if c.iki == choice.iki), Candidate(choice.iki, number, 0.0))
        others = [c for c in found.candidates if c.iki != choice.iki]
        return Link(Decision.link, [chosen] + others[:2], found.confidence, "pilihan Anda", taught=choice.entry)
    return found


def continued(found: Link, ln: Line, w: When, day: date, skp: SkpDraft, earlier: list[LogEntry]) -> Link:
    """A line that says it goes on with earlier work — opening with «lanjut», «lanjutan» past its date, or pointing
    back at it («uji petik resep yg kmrn»; catatan_harian.yaml link.continuation) — goes to the IKI of the linked
    entry of the days before (continuation.days) that shares most of its terms, at least continuation.min_terms (no
    weak word, no people any work serves: link.generic), the latest of equals of one IKI: that entry's IKI was read or chosen then, and the words the
    line leaves out («lanjutan WO suction») are that entry's. The link says which entry it continues."""
    back_day = earlier_work_day(ln, day)
    if not _continues(ln, w) and back_day is None:
        return found
    settings = vocabulary().link["continuation"]
    cue = {t for phrase in settings["openers"] + settings["back"] for t in text_terms(phrase)}
    words = set(line_terms(ln, w)) - _weak() - _generic() - cue
    keys = [iki.indikator for iki in skp.iki]
    best, shared, tied = None, 0, set()
    for entry in earlier:
        if entry.status is not EntryStatus.linked or entry.iki not in keys or \
                not 0 <= (day - entry.day).days <= settings["days"]:
            continue
        before = line(entry.text)
        common = len(words & set(line_terms(before, read_date(before, entry.day)[1])))
        if common and common > shared:
            best, shared, tied = entry, common, {entry.iki}
        elif common and common == shared:
            best, tied = entry, tied | {entry.iki}
    # «lanjut audit»: a line that is all going on, its one term the entry's and no IKI's own (so the IKI's words cannot
    # tell, and the entry can), names that entry by the one word it has; «lanjut update data» names any IKI's data
    named_by_iki = set().union(*_read_skp(skp, None, False)[0])
    alone = len(words) == 1 and not words & named_by_iki
    if best is None or len(tied) > 1 or shared < (1 if alone else settings["min_terms"]):
        # «lanjut update data» after a data entry of one IKI and an update of another: which, it says not; but «revisi
        # BA nego yg senin» names the day: the work of that day, when it was one IKI's and the line's words match no
        # IKI, match one only weakly, or offer that day's IKI among the close ones (never against words pointing
        # elsewhere: an ask between other IKI stays one)
        best = _of_the_day(back_day, words, earlier, keys, found.decision is Decision.outside) \
            if back_day and found.decision is not Decision.link else None
        if best is None or not (found.decision is Decision.outside or found.why == "lemah" or
                                best.iki in {c.iki for c in found.candidates}):
            return found
    if found.decision is Decision.link and found.candidates[0].iki == best.iki:
        return replace(found, continues=best.id)
    number = keys.index(best.iki) + 1
    chosen = next((c for c in found.candidates if c.iki == best.iki), Candidate(best.iki, number, 0.0))
    others = [c for c in found.candidates if c.iki != best.iki]
    return Link(Decision.link, [chosen] + others[:2], found.confidence, "lanjutan", continues=best.id)


def _of_the_day(day: date, words: set[str], earlier: list[LogEntry], keys: list[str],
                unmatched: bool) -> LogEntry | None:
    """The latest linked entry of the day a line goes back to («… yg senin») sharing a term with the line, or any of
    that day's when the line's words match no IKI at all («lanjutan yg senin, bab 3 kelar»), when they are all one
    IKI's; None when that day's work was several IKI's or none, or the line's words point elsewhere and share none."""
    entries = [e for e in earlier if e.status is EntryStatus.linked and e.iki in keys and e.day == day]
    sharing = [e for e in entries if words & set(line_terms(line(e.text), read_date(line(e.text), e.day)[1]))]
    entries = sharing or (entries if unmatched else [])
    return entries[-1] if entries and len({e.iki for e in entries}) == 1 else None


def _continues(ln: Line, w: When) -> bool:
    """The line opens with a word of going on (past its date) or points back at earlier work («… yg kmrn»)."""
    openers, back = (phrase_set("catatan_harian", "link", "continuation", side) for side in ("openers", "back"))
    first = next((i for i, k in enumerate(ln.kinds) if not w.span[0] <= i < w.span[1] and k == "word"), None)
    return (first is not None and openers.match_at(ln.toks, first) is not None) or ln.has(back)
