"""Features: deterministic output-based rewrites of activity-based IKI drafts, written the way the ministry writes
(formal words, built on the draft's work object), each re-checked by the rules."""

import re
from dataclasses import replace
from string import Formatter

from bot import knowledge
from bot.lang.english import Translation, translate
from bot.lang.text import is_acronym, lowered, phrase_set, sentence, tokens
from bot.lang.words import nominal, passive_of, stem
from bot.models import Aspek, Candidate, Category, IkiDraft, IkiResult, RewriteResult, Severity
from bot.rewrite.parse import DraftParts, counted_as_written, done_work, parse_draft
from bot.rewrite.patterns import Family, Patterns, Template, patterns
from bot.rewrite.register import casual_words, formal, purpose_output
from bot.rules import check_iki
from bot.rules.analysis import is_activity_verb
from bot.rules.draft_reading import acronym_forms, opening_lowered, read
from bot.rules.lexicon import lexicon


def needs_rewrite(draft: IkiDraft, checked: IkiResult | None = None) -> bool:
    """checked: the rules' verdict on this draft, when the caller has it already."""
    pat = patterns()
    return any(f.category in pat.rewrite_when for f in (checked or check_iki(draft)).findings)


def rewrite(draft: IkiDraft | str, n: int = 3, checked: IkiResult | None = None) -> RewriteResult:
    """Up to n output-based candidates that keep the draft's object; every one passes every rule. Text that names
    no work ("resep rendang padang") gets none."""
    draft = draft if isinstance(draft, IkiDraft) else IkiDraft(indikator=draft)
    written = draft.indikator
    checked = checked or check_iki(draft)
    if n > 0 and any(f.category is Category.LANGUAGE for f in checked.findings):
        return RewriteResult(input=written, candidates=_in_indonesian(draft, n))
    if n <= 0 or not needs_rewrite(draft, checked):
        return RewriteResult(input=written, candidates=[])
    introduced = _after_lead_in(checked.read_as or draft.indikator, draft)
    if introduced is not None:  # «sy sendiri jg mau IKI: Persentase hasil uji …»: the IKI after the lead-in
        return RewriteResult(input=written, candidates=[introduced] if passes_rules(introduced) else [])
    # Rewrite what the rules read ("Jml rapat …" is "Jumlah rapat …"), in formal words ("bikin" is "membuat").
    text = formal(checked.read_as or draft.indikator)
    pat = patterns()
    reduced = _reduced(draft.indikator, pat)
    if reduced is not None:  # «mengurangi pengulangan foto»: the repeats measured, lower is better
        return RewriteResult(input=written, candidates=[c for c in reduced if passes_rules(c)][:n])
    trained = _trained(text, pat)
    if trained is not None:  # «Jumlah petugas … yang dilatih PANDU PTM»: what the training achieved in them
        return RewriteResult(input=written, candidates=[c for c in trained if passes_rules(c)][:n])
    attended = _attended(draft.indikator, pat)
    if attended is not None:  # «Mengikuti pelatihan / bimtek»: the participant's output, never the organiser's
        return RewriteResult(input=written, candidates=[c for c in attended if passes_rules(c)][:n])
    sped = _sped_up(text, pat)
    if sped is not None:  # «percepatan penerbitan SPM»: the penerbitan, its time measured first
        found = rewrite(IkiDraft(indikator=sped), n).candidates
        return RewriteResult(input=written, candidates=sorted(found, key=lambda c: not _times(c)))
    parts = parse_draft(text, lexicon(), pat)
    if not names_work(text, pat, by_process_noun=False) and (measured := _measured_as_written(text, checked, pat)):
        return RewriteResult(input=written, candidates=measured)  # «pengembalian berkas RM … tepat waktu»: as written
    if not names_work(text, pat) or (pat.role_at(tokens(parts.object), 0) and not parts.process):
        # "ketua tim pengujian" would be what is counted: a person or a role is never what an IKI measures. Work
        # given to people keeps them ("pembinaan petugas", "pemeriksaan kesehatan pegawai").
        return RewriteResult(input=written, candidates=_measured_as_written(text, checked, pat))
    stated = _stated_result(text, pat)
    if stated is not None:  # «hasil positif dilaporkan ke dinkes dalam 1x24 jam»: drafted as it stands, or not at all
        return RewriteResult(input=written, candidates=[stated] if passes_rules(stated) else [])
    # "pemeriksaan sanitasi kapal untuk menerbitkan SSCEC": the certificate is the output, drafted first
    output = purpose_output(checked.read_as or draft.indikator)
    candidates = rewrite(output, n).candidates if output else []
    if len(candidates) >= n:
        return RewriteResult(input=written, candidates=candidates[:n])
    attempts = [parts] if parts.family.name != "umum" else []
    if parts.predicate and any(f.category is Category.WORK_VOLUME for f in checked.findings):
        # "Jumlah sampel yang diperiksa": the same work, measured by its time or quality.
        attempts.append(replace(parts, family=pat.families["volume"]))
    # General patterns fill a gap of more than one; process nouns (not verbs) become part of what the IKI is about.
    process_is_verb = is_activity_verb(tokens(parts.process), 0, lexicon())
    whole = " ".join(p for p in (None if process_is_verb else parts.process, parts.object) if p)
    general = DraftParts(pat.families["umum"], "", whole, parts.subject, carried_out=parts.carried_out) \
        if attempts else parts
    general = _judged_directly(general, pat)
    attempts.append(general if general.predicate else _judged_by_verb(text, general, pat))
    # what the candidates must keep: the object, or with none the process's nouns («menelaah resep», «pengkajian
    # resep»: the resep; the verb or the process noun is said by the pattern)
    keep = _content(parts.object) or {w for w in _content(parts.process)
                                      if not is_activity_verb([w], 0, lexicon()) and not pat.process_word(w)}
    seen = {" ".join(tokens(draft.indikator))} | {" ".join(tokens(c.indikator)) for c in candidates}
    for attempt in attempts:
        enough = n if parts.family.generic else 2  # a generic kind of work («menyusun») is a weak hint: filled up
        if attempt.family.name == "umum" and (len(candidates) >= enough
                                              or (candidates and (parts.family.domain or parts.family.alone))):
            break  # a domain hint said how its work is judged: the general patterns add nothing to it
        process = tokens(attempt.process)
        acted = process + tokens(attempt.acts)  # «menerima sampel»: the verb picks its template as a process word does
        # judged directly («kebutuhan … yang dianalisis»): its process is said by the passive, not kept as a word
        needed = keep - set(process) if attempt.family.name == "umum" and attempt.predicate else keep
        # "penghapusan BMN": the family's template for that process first (a stable sort keeps the rest in order)
        for template in sorted(attempt.family.templates, key=lambda t: not (t.prefer and t.prefer.find(acted))):
            candidate = _render(template, attempt, pat)
            if candidate is None:
                continue
            key = " ".join(tokens(candidate.indikator))
            if key in seen or not needed <= set(tokens(candidate.indikator)) or not passes_rules(candidate):
                continue
            seen.add(key)
            candidates.append(candidate)
            if len(candidates) == n:
                return RewriteResult(input=written, candidates=candidates)
        if attempt is attempts[-1] and not candidates:
            # nothing fit the parts: the thing counted as written («dokumen hasil promosi kesehatan …»), by the
            # general patterns, so a failing count of work always gets a suggestion that keeps its object
            counted = counted_as_written(text, lexicon(), pat)
            if counted and all(counted != a.object for a in attempts):
                attempts.append(DraftParts(pat.families["umum"], "", counted, "", carried_out=parts.carried_out))
    return RewriteResult(input=written, candidates=candidates or _measured_as_written(text, checked, pat))


def _measured_as_written(text: str, checked: IkiResult, pat: Patterns) -> list[Candidate]:
    """When no pattern fit: «Pengembalian berkas RM rawat inap tepat waktu» → «Persentase pengembalian berkas RM …»,
    a result with its condition lacking only the measure word (the rules' one error) measured as written, if the
    rules pass it; [] unless a process noun opens it and a condition (rhk_qualifiers.yaml `present`) follows, or when the
    rules find anything else."""
    errors = {f.category for f in checked.findings if f.severity is Severity.error}
    keys = tokens(text)
    conditioned = bool(keys) and bool(phrase_set("rhk_qualifiers", "present").find(keys))
    if errors != {Category.NO_MEASURE} or not conditioned or not pat.process_word(keys[0]):
        return []  # a process noun with its condition: never «resep rendang padang», a role, or a bare process
    raw = text.strip()
    thing = opening_lowered(raw)
    said = pat.measured_as_written
    measured = Candidate(indikator=sentence(f"{said['measure']} {thing}"), satuan=said["satuan"],
                         alasan=sentence(said["alasan"]))
    return [measured] if passes_rules(measured) else []


def share_as_written(text: str) -> Candidate | None:
    """An IKI asked for by the name of a share («tambah satu: kepatuhan cuci tangan 5 moment»): measured as written,
    «Persentase kepatuhan …», when the rules pass it (patterns.yaml `shares_as_written`); None otherwise. Only for an
    IKI the user asks for: a share named among the unit's indicators is the unit's, never proposed as one's work."""
    pat, keys = patterns(), tokens(text)
    if len(keys) < 2 or keys[0] not in pat.shares:
        return None
    said = pat.measured_as_written
    measured = Candidate(indikator=sentence(f"{said['measure']} {opening_lowered(text.strip())}"),
                         satuan=said["satuan"], alasan=sentence(said["alasan"]))
    return measured if passes_rules(measured) else None


def _sped_up(text: str, pat: Patterns) -> str | None:
    """The work a «percepatan …» / «mempercepat …» speeds up, as written; None when the text opens otherwise or
    nothing follows."""
    words = text.split()
    found = pat.speeds_up.match_at(tokens(text), 0)
    if not found or len(words) != len(tokens(text)) or len(words) <= len(found):
        return None
    return " ".join(words[len(found):])


def _reduced(typed: str, pat: Patterns) -> list[Candidate] | None:
    """«mengurangi pengulangan foto (reject analysis)» → «Persentase pengulangan foto»: what the work reduces,
    measured (lower is better; patterns.yaml `reduces`); None when no reducing word opens the text or nothing follows
    it. A measure already there («menurunkan angka kejadian infeksi») is kept as the only suggestion."""
    plain = " ".join(_IN_BRACKETS.sub(" ", typed).split())
    words, keys = plain.split(), tokens(plain)
    found = pat.reduces.match_at(keys, 0)
    if not found or len(words) != len(keys) or len(words) <= len(found):
        return None
    thing = formal(read(" ".join(words[len(found):])).text)
    inside = opening_lowered(thing)  # «SPM …» keeps its capitals
    why = pat.reduced_why.format(object=inside)
    if lexicon().measures.match_at(tokens(thing), 0):
        return [Candidate(indikator=sentence(thing), satuan="", alasan=why)]
    return [Candidate(indikator=f"{measure} {inside}", satuan=satuan, alasan=why)
            for measure, satuan in pat.reduced_measures]


_IN_BRACKETS = re.compile(r"\([^()]*\)")


def _attended(typed: str, pat: Patterns) -> list[Candidate] | None:
    """«Mengikuti pelatihan manajemen mutu» → what the participant produces (patterns.yaml attended): the training
    named by its first event word, what follows it kept («manajemen mutu»; another event word after a «/» left out);
    None when the text opens with no attending verb right before an event word."""
    # «pelatihan/seminar»: events joined by a slash with no space are two words (tester55 F9: no rewrite at all)
    words = [w for w in _IN_BRACKETS.sub(" ", re.sub(r"(?<=\w)/(?=\w)", " / ", typed)).split() if tokens(w)]
    keys = [" ".join(tokens(w)) for w in words]
    verb = pat.attended.match_at(keys, 0)
    event = pat.attended_events.match_at(keys, len(verb)) if verb else None
    if not event:
        return None
    rest = words[len(verb) + len(event):]
    while rest and (keys[len(keys) - len(rest)] in pat.connectors or pat.attended_events.match_at(
            keys, len(keys) - len(rest))):  # «/ bimtek», «dan workshop»
        rest = rest[len(pat.attended_events.match_at(keys, len(keys) - len(rest)) or [rest[0]]):]
    thing = formal(" ".join(rest)) if rest else ""
    thing = opening_lowered(thing)
    named = " ".join(words[len(verb): len(verb) + len(event)]).lower()
    return [Candidate(indikator=sentence(" ".join(t.indikator.format(event=named, object=thing).split())),
                      satuan=t.satuan, alasan=" ".join(t.alasan.format(event=named).split()))
            for t in pat.attended_templates]


def _trained(text: str, pat: Patterns) -> list[Candidate] | None:
    """«Jumlah petugas puskesmas yang dilatih PANDU PTM» → «Persentase petugas puskesmas yang lulus post-test pelatihan
    PANDU PTM» (patterns.yaml trained): who was counted kept, what follows the verb kept; None when no measure word,
    who, «yang» and a trained verb open it."""
    words = text.split()
    keys = [" ".join(tokens(w)) for w in words]
    at = next((i for i, k in enumerate(keys) if k == "yang" and pat.trained.match_at(keys, i + 1)), None)
    measures = knowledge.data("rules/lexicon")["measures"]  # a share or a count opens it (typos of them too)
    if at is None or at < 2 or keys[0] not in measures["percent"] + measures["count"]:
        return None
    verb = pat.trained.match_at(keys, at + 1)
    who, rest = " ".join(words[1:at]), " ".join(words[at + 1 + len(verb):])
    return [Candidate(indikator=sentence(" ".join(t.indikator.format(who=who, object=rest).split())),
                      satuan=t.satuan, alasan=t.alasan) for t in pat.trained_templates]


def _times(candidate: Candidate) -> bool:
    """Whether a suggestion measures time («Rata-rata waktu …», «… sesuai standar waktu layanan»)."""
    from bot.rules.measures import aspek_of

    return aspek_of(IkiDraft(indikator=candidate.indikator, satuan=candidate.satuan)) is Aspek.waktu


def _after_lead_in(text: str, draft: IkiDraft) -> Candidate | None:
    """The IKI written after a lead-in and a colon («Saya juga mau IKI: Persentase hasil uji yang dikirim …»), as
    written; None when nothing after a colon opens with a measure."""
    head, colon, rest = text.partition(":")
    words = tokens(rest)
    if not (colon and head.strip() and words and lexicon().measures.match_at(words, 0)):
        return None
    return Candidate(indikator=sentence(rest.strip()), satuan=draft.satuan or ("%" if words[0] == "persentase" else ""),
                     alasan="IKI yang Anda tulis sesudah pengantarnya, tanpa kata pengantar.")


def _stated_result(text: str, pat: Patterns) -> Candidate | None:
    """«hasil positif dilaporkan ke dinas kesehatan dalam 1x24 jam» → «Persentase hasil positif yang dilaporkan …»:
    text with no measure that names a thing, then its passive verb, then how well, is a result already; None when
    the text is not of that shape (a verb or a measure opens it, or no passive follows the thing). A state the thing
    is in is its predicate as a passive is: «data surveilans tersedia tepat waktu» → «Persentase data surveilans yang
    tersedia tepat waktu», never «… tersedia yang valid …»."""
    from bot.rewrite.parse import case_noun, passive, state

    lex = lexicon()
    raw = text.split()
    keys = tokens(text)
    if len(raw) != len(keys) or lex.measures.match_at(keys, 0) or is_activity_verb(keys, 0, lex):
        return None  # punctuation inside («1x24»: one token either way), a measure or a verb: the usual reading
    at = next((i for i, k in enumerate(keys) if passive(k) or (i and state(k))), None)
    if not at or at > 4 or at + 1 >= len(keys) or any(is_activity_verb(keys, i, lex) for i in range(at)):
        return None
    named = next((i for i in range(at) if pat.conditions.names.match_at(keys, i)), None)
    if named is not None:  # «hasil TB dilaporkan …»: a disease gets the noun that makes it a thing, as parsed
        raw, keys = case_noun(raw, keys, 0, named, pat)
        at = next(i for i, k in enumerate(keys) if passive(k) or (i and state(k)))
    thing = " ".join(raw[:at])
    thing = opening_lowered(thing)  # it opened the sentence; inside the IKI it is an ordinary word, a name aside
    said = pat.stated_result
    return Candidate(indikator=sentence(_once(f"{said['measure']} {thing} yang {' '.join(raw[at:])}")),
                     satuan=said["satuan"], alasan=sentence(said["alasan"].format(object=thing)))


def _judged_directly(parts: DraftParts, pat: Patterns) -> DraftParts:
    """General parts whose work opens with a process noun the patterns can say as a passive: the object is judged
    with it («analisis kebutuhan …» → «kebutuhan … yang dianalisis …»), never the user's process words copied."""
    words = f"{parts.process} {parts.object}".split()
    keys = tokens(" ".join(words[:1]))
    said = pat.passives.get(keys[0], "") if keys else ""
    if not said or len(words) < 2:
        return parts
    process, at = [lowered(words[0])], 1
    while at + 2 < len(words) and tokens(words[at]) == ["dan"] and pat.passives.get(_key(words[at + 1]), ""):
        # «analisis dan evaluasi peraturan»: both process words are the work, «peraturan» what it is done to
        process.append(lowered(words[at + 1]))
        said += f" dan {pat.passives[_key(words[at + 1])]}"
        at += 2
    return DraftParts(parts.family, " dan ".join(process), " ".join(words[at:]), parts.subject, predicate=said)


def _key(word: str) -> str:
    keys = tokens(word)
    return keys[0] if keys else ""


def _judged_by_verb(text: str, parts: DraftParts, pat: Patterns) -> DraftParts:
    """General parts of a draft that opens with a work verb right before its object: the object judged with that
    verb's passive («menghitung kebutuhan pegawai» → «kebutuhan pegawai yang dihitung …», «membayar honor» → «honor
    … yang dibayar …»), not «… yang diselesaikan» whatever the object is. A verb whose object is not what it handles
    («mencegah VAP», «menjaga VK», «mengikuti senam») keeps the parts as they are."""
    words = tokens(text)
    if not (words and parts.object and not parts.process and is_activity_verb(words, 0, lexicon())
            and words[1:len(tokens(parts.object)) + 1] == tokens(parts.object)
            and words[0] not in pat.not_judged_verbs) \
            or (_counts_people(tokens(parts.object), pat) and words[0] not in pat.people_verbs):
        return parts  # «mengelola pasien post op»: people are never «… yang dikelola tepat waktu»
    people = _counts_people(tokens(parts.object), pat)  # «mahasiswa yang diajar», «mata kuliah yang diajarkan»
    said = (people and passive_of(words[0])) or pat.passives.get(nominal(words[0]) or "", "") \
        or passive_of(words[0]) or ""
    return replace(parts, process=words[0], predicate=said) if said else parts


_TRAILING_TARGET = re.compile(r"[\s,;:-]+\d+(?:[.,]\d+)?\s*%?\s*$")  # «… recorded correctly 90%»: its target


def indonesian_wording(text: str) -> Candidate | None:
    """An English IKI put in Indonesian from the lexicon, without the target typed with it, when the translation
    passes every rule; else None."""
    return _wording(_translated(text))


def _translated(text: str) -> Translation:
    """The English IKI in Indonesian from the lexicon, without the target typed with it."""
    reading = read(text)  # «Percentage of invoices paid on time, target 95%»: the IKI without its target
    return translate(reading.text if reading.target is not None else _TRAILING_TARGET.sub("", text))


def in_indonesian(text: str) -> bool:
    """Whether the lexicon puts this English IKI (its typed target aside) in Indonesian, every word of it."""
    return bool(_translated(text).text)


def _wording(translated: Translation) -> Candidate | None:
    """The translation as a candidate when there is one and it passes every rule."""
    if not translated.text:
        return None
    proposal = Candidate(indikator=translated.text, satuan=translated.satuan or "%",
                         alasan="IKI Anda dalam Bahasa Indonesia, dengan isi yang sama.")
    return proposal if passes_rules(proposal) else None


def _in_indonesian(draft: IkiDraft, n: int) -> list[Candidate]:
    """An English IKI put in Indonesian from the lexicon, when every word is in it (the language rule names those
    that are not): the translation itself when it passes the rules, then output-based rewrites of it."""
    translated = _translated(draft.indikator)  # translated once: the proposal and the rewrites start from it
    if not translated.text:
        return []
    proposal = _wording(translated)
    candidates = [proposal] if proposal else []
    more = rewrite(IkiDraft(indikator=translated.text, target=draft.target), n - len(candidates)).candidates
    return candidates + [c for c in more if c.indikator != translated.text]


def passes_rules(candidate: Candidate) -> bool:
    """A candidate reaches the user only with no finding at all, not even a warning, and in formal words."""
    result = check_iki(IkiDraft(indikator=candidate.indikator, satuan=candidate.satuan))
    return not [f for f in result.findings if f.severity != "info"] and not casual_words(candidate.indikator)


def names_work(text: str, pat: Patterns | None = None, by_process_noun: bool = True) -> bool:
    """Whether formal text names some work: it opens with a process or a work word, or with a measure or a work
    verb followed by one. "Resep rendang padang", "main futsal" and "mengikuti senam pagi" do not. by_process_noun:
    whether a process noun said as a passive (patterns.yaml `passives`) before a work word names it too («penataan
    arsip inaktif»)."""
    pat = pat or patterns()
    lex = lexicon()
    words = tokens(text)
    if not words:
        return False
    def work_at(i: int) -> bool:
        # a domain acronym of the lexicon ("EQAS", "RKA") names a programme, a system or a document of the work
        return bool(pat.work_words.match_at(words, i) or pat.family_of(words, i) or lex.process_nouns.match_at(words, i)
                    or lex.document_products.match_at(words, i) or lex.report_nouns.match_at(words, i)
                    or words[i] in acronym_forms())

    words = words[pat.in_charge_at(words, 0):] or words  # "PIC akreditasi …": the work after who is in charge
    if (limit := pat.limits.match_at(words, 0)) and any(w[:1].isdigit() for w in words[len(limit):len(limit) + 2]):
        return False  # «maksimal 7 hari kerja», «target 80»: how well, not what
    opener = lex.measures.match_at(words, 0) or lex.done_phrases.match_at(words, 0)
    verb = is_activity_verb(words, 0, lex)
    if (found := pat.family_of(words, len(opener or ()))) and found[0].names_work:
        return True  # "menginput SILK": input names its work whatever the system is called
    if (done := done_work(words, lex)) is not None and done > len(opener or ()):
        return True  # «Jumlah PKPT yang dilaksanakan»: what is said to be carried out is work, known or not
    if not opener and not verb:
        # a process or a work noun heads the phrase ("sharing ilmu", "rapat lintas program"), or a process noun the
        # patterns say as a passive does before a work word («penataan arsip inaktif» → «arsip … yang ditata»)
        return work_at(0) or (by_process_noun and words[0] in pat.passives
                              and any(work_at(i) for i in range(1, len(words))))
    if verb and found and not found[0].generic and len(words) > len(found[1]) \
            and words[len(found[1])] not in pat.not_objects:
        return True  # "memeriksa kapal": a verb of a kind of work (not "membuat") names it, whatever its object
    return any(work_at(i) for i in range(len(opener or ()) or 1, len(words)))



def _content(text: str) -> set[str]:
    """The words of the object a candidate must keep (not connectors, numbers or stopwords)."""
    lex = lexicon()
    return {w for w in tokens(text) if w.isalpha() and w not in lex.stopwords and w not in patterns().connectors}


def _render(template: Template, parts: DraftParts, pat: Patterns) -> Candidate | None:
    if template.heads is not None and not template.heads.match_at(tokens(parts.object), 0):
        return None
    if template.not_for_entities and _counts_people(tokens(parts.object), pat):
        return None  # «Persentase mahasiswa yang diselesaikan …»: people are never finished like a piece of work
    if template.not_heads is not None and template.not_heads.match_at(tokens(parts.object), 0):
        return None
    if template.items_only and not (pat.work_item(tokens(parts.object))
                                    or (parts.carried_out and _an_acronym(parts.object))):
        return None  # «Persentase stok obat yang diselesaikan …»: only a work item is finished like one
    if template.subject and parts.subject and pat.subject_kind(parts.subject) != template.subject:
        return None  # «Persentase alat medis yang menerapkan PM»: equipment applies nothing, it is maintained
    acted = tokens(parts.process) + tokens(parts.acts)
    if template.for_process is not None and not template.for_process.find(acted):
        return None
    if template.not_for_process is not None and template.not_for_process.find(acted):
        return None
    given_to = f"{parts.object} kepada {parts.destination}" if parts.destination else parts.object
    if not pat.fits(template, given_to, parts.process):
        return None  # "… menerapkan materi di tempat kerja" is not for patients, named in the object or after it
    process = pat.process_noun(parts.process)
    values = {"process": process, "object": parts.object, "subject": parts.subject, "predicate": parts.predicate,
              "recipient": "", "respondent": "", "destination": parts.destination, "partner": parts.partner,
              "goal": pat.goal(parts.family, tokens(f"{parts.process} {parts.object}"))}
    used = {name for _, name, _, _ in Formatter().parse(template.indikator) if name}
    if used & {"recipient", "respondent"}:  # "keperawatan pasien rawat inap": the service, then who receives it
        values["object"], values["recipient"] = _recipient(parts.object, parts.family)
        if not values["recipient"]:  # «ANC di poli KIA»: care named alone is for its usual recipients (SPM)
            values["recipient"] = pat.usual_recipient(parts.family, tokens(f"{parts.process} {parts.object}"))
        values["respondent"] = pat.respondent(parts.family, values["recipient"])
        if values["recipient"] and not process:  # «melayani pasien»: the people are served, so the care is the verb's
            process = values["process"] = nominal(parts.process.split()[0]) if parts.process else ""
        if not (process or values["object"]):
            return None
    elif parts.family.recipients and not process and _recipient(parts.object, parts.family)[1] == parts.object:
        return None  # «Persentase pasien yang diberikan …»: people are never what is given
    if template.unless and values[template.unless]:
        return None  # "… yang diinput secara lengkap" where the draft names the system it goes to
    empty = {name for name in used if not values[name]} - {"partner"}  # said where the work has one, else nothing
    # The object may be empty when the process words still say what the work is about, and the process when the
    # object does ("melayani permohonan informasi" is about the permohonan).
    if empty - {"object", "process"} or ("object" in empty and not process) or {"object", "process"} <= empty:
        return None
    if "object" in empty and "process" not in used:
        return None  # «Persentase ketersediaan sesuai kebutuhan»: the process the draft names is not said, nothing is
    told = dict(values, process=process or "pekerjaan ini")
    return Candidate(
        indikator=sentence(_once(template.indikator.format(**values))),
        satuan=template.satuan,
        alasan=sentence(template.alasan.format(**told)),
        guessed=template.guessed,
    )


def _an_acronym(obj: str) -> bool:
    """Whether the object is one acronym as written («PKPT», «PKS»): said to be carried out, it is a programme or a
    document of the work, kept and finished like a work item (people, «ASN», «RS», are never finished)."""
    words = obj.split()
    return len(words) == 1 and is_acronym(words[0]) and words[0].replace("-", "").replace("/", "").isalnum()


def _counts_people(words: list[str], pat: Patterns) -> bool:
    """Whether the object opens with who is counted: a unit (puskesmas, kab/kota), the public or patients, a role."""
    return bool(lexicon().entities.match_at(words, 0) or pat.public.match_at(words, 0) or pat.role_at(words, 0))


def _recipient(obj: str, family: Family) -> tuple[str, str]:
    """The object cut where the people it is given to are named: ("keperawatan", "pasien rawat inap")."""
    words = obj.split()
    keys = [w.lower().strip(",.;:()") for w in words]
    at = next((j for j in range(len(keys)) if family.recipients and family.recipients.match_at(keys, j)), None)
    if at is None:
        return obj, ""
    service = words[:at]
    while service and service[-1].lower() in family.before_recipients:
        service = service[:-1]
    return " ".join(service), " ".join(words[at:])


def _one_root(word: str, after: str) -> bool:
    """Whether two nouns written apart are forms of one root («layanan pelayanan»), not an acronym nor a short word."""
    a, b = word.lower(), after.lower()
    if not (a.isalpha() and b.isalpha() and min(len(a), len(b)) >= 5) or is_acronym(word) or is_acronym(after):
        return False
    return stem(a) == stem(b)


def _once(text: str) -> str:
    """No word twice in a row ("layanan layanan administrasi" when the template and the draft both say it), and a
    qualifier the template adds said once: the draft's own copy goes («Persentase persalinan sesuai standar yang
    diberikan sesuai standar pelayanan», tester12 #14; register.yaml `qualifiers_once`). Two forms of one root in a
    row are one word said twice too: «penerima layanan pelayanan KB» keeps the draft's «pelayanan»."""
    words = text.split()
    words = [w for i, w in enumerate(words) if i == 0 or w.lower() != words[i - 1].lower()]
    words = [w for i, w in enumerate(words) if i + 1 == len(words) or not _one_root(w, words[i + 1])]
    lower = [w.lower() for w in words]
    for phrase in knowledge.data("rewrite/register")["qualifiers_once"]:
        said = phrase.split()
        at = [i for i in range(len(lower) - len(said) + 1) if lower[i:i + len(said)] == said]
        if len(at) > 1:
            del words[at[0]:at[0] + len(said)]
            lower = [w.lower() for w in words]
    return " ".join(words)


__all__ = ["names_work", "needs_rewrite", "passes_rules", "rewrite"]
