"""An IKI's terms by where its text names them (the thing counted, what is done to it, its indikator, satuan, RHK,
rencana aksi stages, what it covers), weighed by that place: the one reading of the SKP a logbook line is held
against."""

from bot import knowledge
from bot.lang.text import phrase_set, tokens
from bot.models import IkiDraft, SkpDraft
from bot.rules.language import english_words
from bot.rules.lexicon import lexicon
from bot.rules.measures import Trend, trend_of
from bot.skp.rhk import result_parts
from bot.year.brackets import brackets
from bot.year.link_words import boilerplate, qualities, step_words
from bot.year.models import RencanaAksi
from bot.year.terms import capitals, terms, text_terms
from bot.year.vocabulary import config, vocabulary


def profile(iki: IkiDraft, rencana: RencanaAksi | None = None, hints: bool = True) -> dict[str, float]:
    """The IKI's terms with the weight of where they come from (knowledge/catatan_harian.yaml link.weights);
    hints: what a competence IKI also covers (a line that takes part in a learning event)."""
    return _weighed(origins(iki, rencana, hints))


def _weighed(found_in: dict[str, str]) -> dict[str, float]:
    """Terms by where they come from, as terms with that place's weight (link.weights)."""
    weights = vocabulary().link["weights"]
    return {term: weights[field] for term, field in found_in.items()}


def skp_terms(skp: SkpDraft, rencana: list[RencanaAksi] | None, learning: bool) -> tuple[list[dict[str, str]],
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
    add(held, "indikator" if held and held[0] in qualities() and is_share(iki) else "syarat")
    if subject and trend_of(iki) in (Trend.cumulative, Trend.rate, Trend.once):
        # the thing counted: "SOP …", "berkas …"; past a quality it is measured by ("ketepatan koding …" counts koding)
        add([t for t in text_terms(subject) if t not in qualities()][:1], "kepala")
    # a named thing that spans the measure word («Nilai Indeks Profesionalitas ASN» is the IP ASN, as a line says)
    add([t for t in text_terms(iki.indikator) if " " in t and t not in found], "indikator")
    # an acronym a phrase of the thesaurus takes in («limbah B3 medis» is one limbah medis) still names the IKI: a line
    # of «TPS B3» names its B3
    add([t for w in _swallowed(iki.indikator) for t in text_terms(w) if t not in found], "indikator")
    # «laporan hasil audit kinerja»: the last word of a joined term reads with the word after it too («audit kinerja»),
    # so a line of «audit kinerja» names the IKI's own words, not one word of its LHA
    add([t for w in _overlapped(subject) for t in text_terms(w) if t not in found], "indikator")
    measures = lexicon().measures
    satuan = [w for w in tokens(iki.satuan or "") if not measures.match_at([w], 0)]
    add(terms(satuan, english), "satuan")
    add(text_terms(" ".join(_bracketed_names(f"{iki.indikator} {iki.rhk or ''}"))), vocabulary().link["name_weight"])
    listed = text_terms(" ".join(_bracketed_lists(iki.indikator)))
    found.update({t: "daftar" for t in listed if found.get(t) == "indikator"})
    add(text_terms(iki.rhk or ""), "rhk", boilerplate())
    steps = step_words()
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


def _overlapped(text: str) -> list[str]:
    """The acts that end a joined term of the text and read with the word after it, which is a term of its own:
    «audit» of «laporan hasil audit kinerja satker» (the LHA, of an audit kinerja). Only an act (a process noun of
    the lexicon) takes the word after it as its kind; «boks arsip inaktif», «naskah dinas masuk» stay whole."""
    words = [w.lower() for w in tokens(text)]
    acts = lexicon().process_nouns
    out = []
    for term in text_terms(text):
        parts = term.split()
        if len(parts) < 2:
            continue
        for k in range(len(parts) - 1, len(words) - 1):
            after = text_terms(words[k + 1])
            if words[k - len(parts) + 1:k + 1] == parts and len(after) == 1 and " " not in after[0] \
                    and len(text_terms(words[k])) == 1 and acts.match_at(words, k) == (words[k],):
                out.append(words[k])
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


def covered_kinds(iki: IkiDraft) -> list[str]:
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
    out, kept = [], frozenset(config()["unstemmed"])
    for i, (prof, iki) in enumerate(zip(profiles, skp.iki)):
        named = set().union(*(p for j, p in enumerate(profiles) if j != i))
        # a discipline kept whole (catatan_harian.yaml unstemmed) the IKI's own text holds inside a joined term
        # («keperawatan» of «asuhan keperawatan») only says of which kind its covered work is («diagnosis
        # keperawatan»): alone it would name any body or course of that discipline («komite keperawatan»)
        within = {w for p in prof if " " in p for w in p.split()} & kept
        out.append([t for t in covered_kinds(iki) if t not in named and t not in prof and t not in within])
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


def own_act(iki: IkiDraft) -> str | None:
    """What the IKI's text says is done to the thing it counts: the term of the first word of its predicate
    («Jumlah sampel yang diperiksa …» → «periksa», «… yang dijahit dan siap edar» → «jahit»); None when that word
    names no act of its own («… yang mendapat konseling», «… yang diselesaikan dalam 1 bulan»:
    link.result_named.light_verbs, or no term at all) or the IKI names no predicate."""
    return _act(iki.indikator, iki.indikator)


@knowledge.keyed(256)
def _act(indikator: str) -> str | None:
    words = tokens(_condition_cut(result_parts(indikator)[1])[0])
    if not words or words[0] in vocabulary().link["result_named"]["light_verbs"]:
        return None
    found = terms(words[:1], bool(english_words(indikator)), capitals(indikator))
    return found[0] if found else None


def is_share(iki: IkiDraft) -> bool:
    """The IKI is measured as a share of things (lexicon measure class percent: persentase, proporsi, cakupan)."""
    words = tokens(iki.indikator)
    measure = lexicon().measures.match_at(words, 0) if words else None
    return bool(measure) and lexicon().measure_class.get(measure) == "percent"


def own_texts(skp: SkpDraft, rencana: list[RencanaAksi] | None) -> tuple[str, ...]:
    return tuple(f"{iki.indikator} {iki.rhk or ''} {iki.satuan or ''}" for iki in skp.iki) + \
        tuple(stage.name for plan in rencana or [] for stage in plan.stages)
