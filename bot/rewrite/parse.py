"""Splits an activity-based draft into the parts a rewrite keeps: process words, object, counted subject."""

import re
from dataclasses import dataclass

from bot import knowledge
from bot.lang.text import PhraseSet, clean, is_acronym, lowered, phrase_set, tokens
from bot.rewrite.patterns import Family, Patterns
from bot.rules.analysis import is_activity_verb
from bot.rules.draft_reading import opening_lowered
from bot.rules.lexicon import Lexicon, condition_words, lexicon

_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True)
class DraftParts:
    family: Family
    process: str  # lower case but its acronyms, as written: "monitoring dan evaluasi", "monev PKS"
    object: str  # as written: "pelaksanaan SBBL di 14 regional"
    subject: str  # as written: "kab/kota" in "Persentase kab/kota yang melaksanakan …"
    predicate: str = ""  # the passive verb after the "yang" that ends the object: "diperiksa" (sampel yang diperiksa)
    destination: str = ""  # where the work goes, as written: "SILK" in "menginput hasil ke SILK"
    partner: str = ""  # who the work is done with, in formal words: "dengan KPKNL" in "rekonsiliasi BMN dgn KPKNL"
    carried_out: bool = False  # the draft says its object is carried out: «Jumlah PKPT yang dilaksanakan»
    # the work's own verbs the parse passed over («menerima» in «menerima sampel», «diterima» in «sampel yang
    # diterima»): they pick a family's template (prefer, for_process) as a process word does (tester48 X-7)
    acts: str = ""


def _key(raw_word: str) -> str:
    return _EDGE_PUNCTUATION.sub("", raw_word.lower())


def parse_draft(text: str, lex: Lexicon, pat: Patterns) -> DraftParts:
    raw = [w for w in clean(text).split() if _key(w) not in pat.drop_words]
    keys = [_key(w) for w in raw]
    measure = lex.measures.match_at(keys, 0)
    i = len(measure) if measure else 0
    acts: list[str] = []
    # Leading activity verbs or "terlaksananya": the rewrite says what they produced instead. A verb that
    # names the kind of work (menyusun, merekap …) is kept to choose the family.
    while i < len(keys) and (
        lex.done_phrases.match_at(keys, i) or (is_activity_verb(keys, i, lex) and not pat.family_of(keys, i))
        or (i and keys[i] in pat.connectors and is_activity_verb(keys, i + 1, lex))  # "mengembangkan dan memelihara"
        or _before_domain_work(keys, i, lex, pat)
    ):
        # "membantu ketua tim merekap data …": the work is the one helped with.
        helped = _helped_work(keys, i, lex) if keys[i] in pat.helper_verbs else None
        if helped is None and is_activity_verb(keys, i, lex):
            acts.append(keys[i])
        i = helped if helped is not None else i + 1

    i += pat.in_charge_at(keys, i)  # "PIC akreditasi ISO 17025": the accreditation is the work
    subject, carried_out = "", False
    relative = _relative_activity(keys, i, lex)
    if relative:
        yang, after = relative
        found = pat.family_of(keys, i)
        carried_out = done_work(keys, lex) == yang
        if (found and i + len(found[1]) == yang) or carried_out:
            # "rapat koordinasi yang difasilitasi", "kegiatan yang dilaksanakan": the work itself is counted, not
            # who did it; its result is drafted as for "rapat koordinasi".
            raw, keys = raw[:yang] + raw[after:], keys[:yang] + keys[after:]
        else:
            subject = " ".join(raw[i:yang])
            i = after

    # "Jumlah pelaksanaan advokasi", "Jumlah laporan hasil monev": skip what stands before the work itself.
    while i < len(keys) and keys[i] in pat.skip_before_process and not pat.names_work(keys, i):
        i += 1
    # ... unless the words name a thing of their own: «mengirim hasil pemeriksaan ke faskes» sends the results (a
    # lab object head), it does not examine the faskes.
    while i + 1 < len(keys) and keys[i] in pat.skip_before_process and pat.family_of(keys, i + 1) \
            and not pat.object_family(keys, i):
        i += 1

    family, process_end = _process(raw, keys, i, lex, pat)
    if family is not None and (opened := _domain_opening(keys, i, process_end, pat)):
        family, process_end = opened, i  # «uji profisiensi/PME …»: not «uji» (a test service) of «profisiensi»
    raw, keys = case_noun(raw, keys, i, process_end, pat)
    if family is None:
        if subject:
            family = pat.families["adopsi"]
        elif object_family := pat.object_family(keys, i):
            family = object_family
        elif measure and lex.document_products.match_at(keys, i):
            family = pat.families["penyusunan"]
        else:
            family = pat.families["umum"]
            process_word = lex.process_nouns.match_at(keys, i)
            if not process_word and keys[i:i + 1] and keys[i] in pat.passives and pat.object_family(keys, i + 1):
                process_word = (keys[i],)  # «pengukuran kualitas udara», «pengambilan sampel»: the object's kind
            process_end = i + len(process_word) if process_word else i
    # A generic kind of work on a specific kind of object: "Menyusun laporan …" is about the report; a domain's
    # object decides over any process ("memeriksa sampel" is lab work) but one that names its work whatever follows
    # («input hasil lab ke LIMS» is data entry).
    if (object_family := pat.object_family(keys, process_end)) and (
            family.generic or (object_family.domain and not family.names_work)
            or family.name in object_family.takes_over):
        family = object_family

    if process_end > i and (care := pat.care_for(family, keys[process_end:])):
        family = care  # "perawatan luka pasien diabetes": care given to patients (not "Jumlah pasien yang dilayani")
    if subject and _key(subject) == "peserta" and family.name != "pelatihan":
        subject = ""  # attendance drafts: the training family already names the participants
    object_start, predicate = process_end, _predicate(raw, keys, process_end, pat)
    if guided := pat.guided_work(keys[i:process_end], keys[process_end:]):
        # "pembinaan pengelolaan limbah medis": the guided work is judged, done to standard ("… yang dikelola")
        family, object_start, predicate = pat.families[pat.guided.family], process_end + len(guided[0]), guided[1]
    obj = _object(raw[object_start:], keys[object_start:], pat, family.recipients, family.scoped_by_place)
    if family.recipients and obj:
        obj = _during_procedure(obj, raw, keys, object_start, pat)
    if not family.at_place and _opens_at_place(keys[object_start:]):
        obj = ""  # «ANC di poli KIA»: where the care is given is no part of what it yields
    elif family.recipients and len(obj.split()) > 1 and _key(obj.split()[0]) in family.places_of \
            and family.recipients.match_at([_key(w) for w in obj.split()], 1):
        obj = obj.split(maxsplit=1)[1]  # «kunjungan nifas ke rumah pasien»: care given to the patient, at home
    elif obj and object_start < len(keys) and keys[object_start] in family.links_kept:
        obj = f"{raw[object_start]} {obj}"  # «transfer pasien ke ICU»: where the patient goes says which transfer
    if object_start == 0 and obj[:1].isupper():
        obj = opening_lowered(obj)  # it opened the sentence; inside a candidate it is an ordinary word, a name aside
    destination = _destination(raw, keys, process_end, pat, family)
    if destination and any("destination" in (t.indikator + t.unless) for t in family.templates):
        # «nilai ke SIAKAD», «data imunisasi di ASIK» where the family says where the work goes: the object is the
        # nilai, the data
        words = obj.split()
        at = next((j for j in range(1, len(words)) if _key(words[j]) in pat.object_ends_after_work | family.system_at
                   and " ".join(words[j + 1:]).startswith(destination)), None)
        obj = " ".join(words[:at]) if at is not None else obj
    obj, partner = _partner(obj, keys[:object_start], pat)
    return DraftParts(family, lowered(" ".join(raw[i:process_end])), obj, subject, predicate, destination, partner,
                      carried_out, " ".join([*acts, *predicate.lower().split()[:1]]))


def _during_procedure(obj: str, raw: list[str], keys: list[str], start: int, pat: Patterns) -> str:
    """People cared for during a procedure are its patients: «pasien» in «pantau pasien selama HD» is «pasien HD»
    (patterns.yaml during_procedure); obj as it was otherwise."""
    at = start + len(obj.split())
    if at > len(keys) or [_key(w) for w in obj.split()] != keys[start:at] or not (during := pat.during.match_at(keys, at)):
        return obj
    begin = at + len(during)
    procedure = pat.families[pat.during_family].object_heads.match_at(keys, begin)
    return f"{obj} {' '.join(raw[begin:begin + len(procedure)])}" if procedure else obj


def _partner(obj: str, before: list[str], pat: Patterns) -> tuple[str, str]:
    """The object without who the work is done with, and that partner in formal words: ("BMN", "dengan KPKNL") for
    «rekonsiliasi BMN dgn KPKNL»; a link is a partner's when the work is done with someone by its nature or an
    agency follows it («pasien dengan hipertensi» keeps its object)."""
    words = obj.split()
    keys = [_key(w) for w in words]
    partners = pat.partners
    joint = any(partners.work.match_at(before + keys, j) for j in range(len(before) + len(keys)))
    for at in range(1, len(keys) - 1):
        if any((work := partners.work.match_at(keys, j)) and j + len(work) > at for j in range(at)):
            continue  # the «sama» of «kerja sama» is the work's word, never a link (tester57 F9: «kerja dengan …»)
        if keys[at] in partners.links and (joint or partners.counterparts.match_at(keys, at + 1)):
            link = partners.as_written.get(keys[at], keys[at])
            return " ".join(words[:at]), " ".join([link, *words[at + 1:]])
    return obj, ""


def _domain_opening(keys: list[str], i: int, process_end: int, pat: Patterns) -> Family | None:
    """The domain whose object head opens at i and runs past the process words: «uji profisiensi», «uji banding»
    are things of their own (judged by their results), not the process «uji» done to «profisiensi». A word joined
    by a slash («profisiensi/PME») is read by its first part; None when no such head opens there."""
    firsts = [k.split("/")[0] for k in keys]
    for family in pat.families.values():
        head = family.domain and family.object_heads.match_at(firsts, i)
        if head and i + len(head) > process_end:
            return family
    return None


def _before_domain_work(keys: list[str], i: int, lex: Lexicon, pat: Patterns) -> bool:
    """A general work verb right before a domain's own process («menangani pengkajian resep»: the review is the
    work, not a service of handling it); a verb whose process names its work whatever follows stays."""
    after = pat.family_of(keys, i + 1) if i + 1 < len(keys) else None
    own = pat.family_of(keys, i)  # «menolong persalinan»: the verb opens the domain's own process, and stays
    if own and own[0].names_work:
        return False  # «menginput asuhan keperawatan»: input names its own work; the care is what is input
    return bool(after and after[0].domain and is_activity_verb(keys, i, lex) and (own is None or own[0] is not after[0]))


def case_noun(raw: list[str], keys: list[str], i: int, at: int, pat: Patterns) -> tuple[list[str], list[str]]:
    """A disease named where the object starts gets the noun that makes it one: «memeriksa TB» → «memeriksa sampel
    TB», «hasil TB» → «hasil pemeriksaan TB», «Persentase TB» → «Persentase kasus TB»."""
    cond = pat.conditions
    if not cond.names.match_at(keys, at):
        return raw, keys
    if any(cond.examinations.match_at(keys, j) for j in range(i, at)):
        noun = cond.examined
    elif at and keys[at - 1] == "hasil":
        noun = cond.result  # «hasil» was skipped as a word before the work
    else:
        noun = cond.otherwise
    added = noun.split()
    return raw[:at] + added + raw[at:], keys[:at] + added + keys[at:]


def _helped_work(keys: list[str], i: int, lex: Lexicon) -> int | None:
    """Where the helped work starts after a helper verb at i: the next work verb within a few words."""
    for j in range(i + 1, min(len(keys), i + 6)):
        if keys[j] == "yang":
            return None  # "membantu puskesmas yang mau akreditasi": the puskesmas is what the work is about
        if is_activity_verb(keys, j, lex):
            return j
    return None


_NASAL = {"t": "men", "p": "mem", "k": "meng", "s": "meny"}  # tindak → menindak: the active form drops the letter


def passive(word: str) -> bool:
    """A passive verb ("dikirim", "diperiksa"), not a word that merely starts with "di" ("dinas", "digital"):
    Sastrawi finds a root under the prefix, or its active form is a process verb of the rewriter ("ditindaklanjuti":
    menindaklanjuti, which Sastrawi does not stem)."""
    from bot.lang.words import stem
    from bot.rewrite.patterns import patterns

    if not (word.startswith("di") and word.isalpha() and len(word) > 4):
        return False
    if stem(word) != word:
        return True
    rest = word[2:]
    actives = [prefix + rest for prefix in ("me", "mem", "men", "meng")]
    actives += [_NASAL[rest[0]] + rest[1:]] if rest[0] in _NASAL else []
    return any(active in patterns().nominals for active in actives)


def state(word: str) -> bool:
    """A ter- state the thing is in («tersedia», «terkirim», «tercapai»): not a word that merely opens so («terminal»,
    «terbitkan»), a ter- word that is no state of it (rhk_qualifiers.yaml not_states: «terkait», «terpadu») nor the
    work done (lexicon done_phrases: «terlaksana»)."""
    from bot.lang.words import is_indonesian_word, stem

    root = stem(word)  # «terbitkan», «terapkan»: the root itself opens with ter-, no ter- state is made of it
    return (word.startswith("ter") and word.isalpha() and root != word and not root.startswith("ter")
            and is_indonesian_word(word)
            and word not in knowledge.data("rhk_qualifiers")["not_states"]
            and not lexicon().done_phrases.match_at([word], 0))


def _destination(raw: list[str], keys: list[str], start: int, pat: Patterns, family: Family) -> str:
    """The words after the "ke" that ends the object ("hasil ke SILK" → "SILK"), up to a qualifier; for a family
    whose work goes into a system, after «di» too when a system follows («data imunisasi di ASIK» → "ASIK")."""
    at = next((j for j in range(start + 1, len(keys)) if keys[j] in pat.object_ends_after_work
               or (keys[j] in family.system_at and pat.systems.at(keys, raw, j + 1))), None)
    if at is None:
        return ""
    end = next((j for j in range(at + 1, len(keys)) if pat.object_ends_at.match_at(keys, j)), len(keys))
    return " ".join(raw[at + 1:end]).strip(" ,;:-")


def _predicate(raw: list[str], keys: list[str], start: int, pat: Patterns) -> str:
    """The passive verb after the "yang" that ends the object ("sampel yang diperiksa" → "diperiksa"); a service
    given keeps what is given, as typed ("pasien nifas yang diberikan edukasi ASI eksklusif")."""
    end = next((j for j in range(start + 1, len(keys)) if pat.object_ends_at.match_at(keys, j)), len(keys))
    after = keys[end + 1] if end + 1 < len(keys) and keys[end] == "yang" else ""
    if after in lexicon().volume_served:
        stop = next((j for j in range(end + 2, len(keys)) if keys[j] in condition_words()), len(keys))
        return " ".join([after, *raw[end + 2:stop]])
    return after if passive(after) else ""


def _process(raw: list[str], keys: list[str], i: int, lex: Lexicon, pat: Patterns) -> tuple[Family | None, int]:
    """The family of the process words at i, and where those words end."""
    found = pat.family_of(keys, i)
    if not found:
        return None, i
    family, trigger = found
    end = i + len(trigger)
    # Absorb "dan evaluasi", "/koordinasi", "(Webinar)": more process words joined by a connector or in
    # brackets. "monitoring pelaksanaan SBBL" keeps "pelaksanaan SBBL" as the object.
    while end < len(keys):
        j = end
        while j < len(keys) and (keys[j] in pat.connectors or keys[j] == ""):
            j += 1
        joined = j > end or (j < len(raw) and raw[j].startswith("("))
        more = pat.family_of(keys, j) if j < len(keys) else None
        process_word = more[1] if more else (lex.process_nouns.match_at(keys, j) if j < len(keys) else None)
        if joined and not process_word and j > end and is_activity_verb(keys, j, lex):
            process_word = (keys[j],)  # "menyusun dan mengirim laporan": both verbs are the work on the laporan
        if not joined and more and more[0] is family and (is_acronym(raw[end - 1]) or end - i > 1):
            # «MoU kerja sama …», «nota kesepahaman kerja sama …»: a document named by its acronym or its own words,
            # then its work, is one process (tester57 F9: «kerja sama» was cut into «kerja» and a partner «sama …»)
            joined = True
        if not joined or not process_word:
            break
        end = j + len(process_word)
    return family, end


def counted_as_written(text: str, lex: Lexicon, pat: Patterns) -> str:
    """The thing a measure counts, as written with the words before its work («dokumen hasil promosi kesehatan …» in
    «Jumlah dokumen hasil promosi kesehatan …»), cut where the object ends; "" when no measure opens the text."""
    raw = [w for w in clean(text).split() if _key(w) not in pat.drop_words]
    keys = [_key(w) for w in raw]
    measure = lex.measures.match_at(keys, 0)
    return _object(raw[len(measure):], keys[len(measure):], pat) if measure else ""


def done_work(keys: list[str], lex: Lexicon) -> int | None:
    """Where the «yang» of a closing «yang dilaksanakan» / «yang dilakukan» stands: what is said to be carried out
    is work, the thing before it («Jumlah PKPT yang dilaksanakan», «Jumlah kegiatan audit yang dilakukan»), not who
    carried it out; None when the text does not end so."""
    for yang in range(1, len(keys) - 1):
        if keys[yang] != "yang":
            continue
        j = yang + 1
        while j < len(keys) and keys[j] in lex.relative_skip:
            j += 1
        return yang if j == len(keys) - 1 and keys[j] in lex.relative_done_to else None
    return None


def _relative_activity(keys: list[str], start: int, lex: Lexicon) -> tuple[int, int] | None:
    """Position of "yang" and of the word after its activity verb(s), as in "kab/kota yang melaksanakan …"."""
    for yang in range(start + 1, min(len(keys), start + 6)):
        if keys[yang] != "yang":
            continue
        j = yang + 1
        while j < len(keys) and keys[j] in lex.relative_skip:
            j += 1
        verb = lex.relative_activity_verbs.match_at(keys, j)
        if not verb:
            return None
        j += len(verb)
        # "yang diawasi dan diperiksa …": drop the chained verbs too.
        while j + 1 < len(keys) and keys[j] == "dan" and keys[j + 1].startswith(("di", "me")):
            j += 2
        return yang, j
    return None


@dataclass(frozen=True)
class _Places:
    prepositions: PhraseSet
    workplaces: PhraseSet
    regions: frozenset[str]  # «Kec. Ciracas», «Kota Medan»: a place when a name follows
    anywhere: PhraseSet  # «wilayah kerja puskesmas»: a place wherever it stands


@knowledge.cached
def _places() -> _Places:
    data = knowledge.data("rewrite/work")
    return _Places(phrase_set("rewrite/work", "place_prepositions"), phrase_set("rewrite/work", "workplaces"),
                   frozenset(data["regions"]), phrase_set("rewrite/work", "places_anywhere"))


def place_at(keys: list[str], raw: list[str] | None = None) -> int | None:
    """Where a workplace is named after the first word («… di biro umum», «… pada Subbag TU», «… wilayah kerja
    puskesmas»), or, given the words as written, a region by its name («puskesmas Kec. Ciracas»): where the user
    works says nothing of the result. «di 14 regional» (where the work reaches) is no workplace."""
    places = _places()
    for i in range(1, len(keys)):
        preposition = places.prepositions.match_at(keys, i)
        if preposition and places.workplaces.match_at(keys, i + len(preposition)):
            return i
        if places.anywhere.match_at(keys, i):
            return i - 1 if i > 1 and places.prepositions.match_at(keys, i - 1) else i
        if raw and keys[i] in places.regions and i + 1 < len(raw) and _named(raw[i + 1]):
            return i - 1 if i > 1 and places.prepositions.match_at(keys, i - 1) else i
    return None


def _opens_at_place(keys: list[str]) -> bool:
    """Whether the words open with a workplace after its preposition («di poli KIA», «pada puskesmas»)."""
    places = _places()
    preposition = places.prepositions.match_at(keys, 0)
    return bool(preposition and places.workplaces.match_at(keys, len(preposition)))


def _named(word: str) -> bool:
    """A proper name («Ciracas», «Medan»), not an acronym («desa STBM») nor a common word."""
    return word[:1].isupper() and word.isalpha() and not word.isupper()


def _ends_work_phrase(kept: list[str], pat: Patterns) -> bool:
    """Whether the last word closes a work phrase («perjanjian kerja sama»): not a word left hanging."""
    tail = [_key(w) for w in kept[-2:]]
    return len(tail) == 2 and pat.work_words.match_at(tail, 0) == tuple(tail)


def _object(raw: list[str], keys: list[str], pat: Patterns, recipients: PhraseSet | None = None,
            scoped_by_place: bool = False) -> str:
    """The object as written, cut where a qualifier, a place or where the work goes opens; care's recipients after
    «ke» («konseling gizi ke pasien DM») are who it is given to, kept for the templates to say. scoped_by_place: the
    place bounds what is watched («surveilans HAIs di ruang rawat inap», tester58 F8), kept."""
    kept: list[str] = []
    place = None if scoped_by_place else place_at(keys, raw)
    for i, key in enumerate(keys):
        if kept and (pat.object_ends_at.match_at(keys, i) or i == place):
            break
        if kept and key in pat.for_whom and pat.role_at(keys, i + 1):
            break  # «kajian kebijakan utk pimpinan»: who it is for
        if kept and pat.systems.named_at(keys, i):
            break  # «renja di KRISNA»: the system the work is done in
        if key in pat.object_ends_after_work and any(pat.work_words.match_at(keys, j) for j in range(i)) \
                and not (recipients and recipients.match_at(keys, i + 1)):
            break
        if (passive(key) and (kept or (i and keys[i - 1] == "yang"))) or (kept and state(key)):
            break  # «memastikan laporan dikirim …», «data … tersedia …»: the object's own predicate or state ends it
        if not kept and (key in pat.connectors or key in pat.dangling):
            continue  # «PIO ke pasien pulang», «mencatat di buku KIA»: an object never opens with «ke», «di»
        kept.append(raw[i])
    while kept and _key(kept[-1]) in pat.dangling and not _ends_work_phrase(kept, pat):
        kept.pop()  # «data pegawai dan», «sampel dari»: a word left hanging where the object was cut
    text = " ".join(kept).strip(" ,;:-")
    return text if tokens(text) else ""
