"""Drafts an RHK (hasil + qualifier) the way the seed deck pairs them: from an output IKI (built from the measured
thing's head noun and its kind), from the output an activity serves, or, for a leader's RHK, from the part a member
delivers. Data: knowledge/rhk_qualifiers.yaml; every pattern is checked by evals/rhk_checklist.yaml."""

import re
from dataclasses import dataclass

from bot import knowledge
from bot.lang.text import PhraseSet, clean, is_acronym, phrase_set, sentence, tokens
from bot.models import MAX_TEXT_CHARS, Candidate, Category, IkiDraft, IkiResult, Kind
from bot.rules.draft_reading import read
from bot.rules.lexicon import condition_words, lexicon
from bot.rules.measures import harm_at, limits_time, lower_is_better
from bot.skp.skp_form import opens_with_jabatan

_LEADER_SHAPE = re.compile(r"^(?:me|ter|ber|ke)\w+nya$")
# A prefixed word this long before «-nya» is a derived verb even where the stemmer's dictionary lacks it
# («tertindaklanjuti»); shorter ones must be known words («menurut-nya» is no result).
LONG_DERIVED = 9


@dataclass(frozen=True)
class RhkPlan:
    """What /rhk does with a text: draft from it, draft from its output-based rewrite, or ask the member's part."""

    drafts: list[str]
    verdict: IkiResult | None = None  # the rules' verdict when the text was an activity
    based_on: str = ""  # the output-based IKI the drafts were built from, when it was not the text itself
    leader: bool = False  # a leader's RHK: ask which part the member delivers (drafts is empty)


@knowledge.cached
def _config() -> dict:
    data = dict(knowledge.data("rhk_qualifiers"))  # the cached file stays as read
    data["kind_sets"] = [(PhraseSet(k["words"]), k) for k in data["kinds"]]
    data["present_set"] = phrase_set("rhk_qualifiers", "present")
    data["time_set"] = phrase_set("rhk_qualifiers", "time_measures")
    data["nominal_set"] = phrase_set("rhk_qualifiers", "nominals")
    data["served_set"] = phrase_set("rencana_aksi", "served", "people")
    data["bound_set"] = PhraseSet(knowledge.data("numbers")["bounds"]["≤"])
    data["level_bound_set"] = phrase_set("rhk_qualifiers", "level_bounds")
    return data


def nominal_verbs() -> dict[str, str]:
    """Process noun → the passive verb its object takes («penyelesaian» → «diselesaikan»)."""
    return _config()["nominals"]


def member_parts() -> dict[str, dict]:
    return _config()["member_parts"]


def qualifier_present(text: str) -> bool:
    return bool(_config()["present_set"].find(tokens(text)))


def is_leader_rhk(text: str, listed_only: bool = False) -> bool:
    """"Meningkatnya cakupan …", "Terwujudnya …": an outcome, not an activity ("terlaksananya …"). listed_only: by
    the listed outcome words alone, not any -nya opener («Tersusunnya laporan bulanan» may be an old IKI line)."""
    words = tokens(read(text).text)
    if len(words) < 2 or lexicon().done_phrases.match_at(words, 0):
        return False
    return words[0] in _config()["leader_heads"] or (not listed_only and bool(_LEADER_SHAPE.match(words[0])))


def plan_rhk(text: str, n: int = 3) -> RhkPlan:
    """The rules run first: an activity or a count of meetings or reports gets its verdict, and the RHK is built
    from the result it serves (the first output-based rewrite)."""
    from bot.rewrite import rewrite
    from bot.rules import check_iki

    if not tokens(text):
        return RhkPlan([])
    if is_leader_rhk(text):
        return RhkPlan([], leader=True)
    verdict = check_iki(IkiDraft(indikator=clean(text)[:MAX_TEXT_CHARS]))
    if verdict.kind is Kind.activity and lexicon().measures.match_at(tokens(read(text).text), 0) is None \
            and qualifier_present(text) and not _starts_with_activity(text):
        return RhkPlan([sentence(read(text).text)])  # already an RHK with a qualifier ("Layanan … sesuai standar")
    if {f.category for f in verdict.findings} == {Category.NO_MEASURE} and not _starts_with_activity(text) \
            and lexicon().measures.find(tokens(read(text).text)) is None \
            and _carries_verb(read(text).text) and (drafts := draft_rhk(text, n)):
        # «Fornas yang ditetapkan»: an output and its passive verb, an RHK stem (tester58 F9); never an indicator
        # behind a label («Indikator pimpinan: Persentase … yang diimplementasikan», d22-dev03)
        return RhkPlan(drafts)
    if verdict.kind is Kind.activity:
        candidates = rewrite(IkiDraft(indikator=text)).candidates
        if candidates:
            based_on = candidates[0].indikator
            return RhkPlan(draft_rhk(based_on, n), verdict=verdict, based_on=based_on)
        if {f.category for f in verdict.findings} == {Category.NO_MEASURE} and not opens_with_jabatan(text) \
                and (drafts := draft_rhk(text, n)):
            return RhkPlan(drafts)  # «Kepadatan vektor … di bawah ambang batas»: a result lacking only its measure
            # (a post typed, «ketua tim», is no result: the RHK question stays open)
        return RhkPlan([], verdict=verdict)
    return RhkPlan(draft_rhk(text, n))


def draft_rhk(text: str, n: int = 3) -> list[str]:
    """RHK wordings for an output IKI (or an RHK that already has its qualifier, returned tidied), built from the
    measured thing's head noun and its kind: a score is achieved, a time measure is met, a rate of what goes wrong is
    held down, who is counted reaches or has its condition, a result keeps its own predicate."""
    reading = read(text)
    words = tokens(reading.text)
    if not words:
        return []
    lex, config = lexicon(), _config()
    measure = lex.measures.match_at(words, 0)
    if opened := result_opener(reading.text) or _acted(reading.text):  # «Tersusunnya laporan …», «Melaksanakan
        return [sentence(_opened_rhk(*opened))]  # monitoring …»: the stem carries the verb already, said once
    if not measure and qualifier_present(reading.text):
        return [sentence(reading.text)]
    named_by_measure = measure and " ".join(measure) in config["measure_names"]
    result = reading.text if named_by_measure else _without_measure(reading.text, measure)
    timed = _timed(reading.text)
    # A score of what should fall ("Indeks House Index jentik …") is held down like a rate: lower first.
    if lower_is_better(tokens(result)) and not timed:  # "kematian ibu", "sampel yang ditolak"
        named = reading.text if measure and measure[0] in config["lower_keeps_measure"] else _as_event(result)
        return [sentence(f"{named} {config['lower_qualifier']}")]
    if measure and lex.measure_class.get(measure) == "score":
        return [sentence(_score_reached(reading.text))]
    if timed:
        return [sentence(timed)]
    available = result != (result := _available_service(result))  # the service up is in its own state, no more of it
    subject, predicate = _split_relative(result)
    if predicate and _level_noun(subject):
        # «ketersediaan dan implementasi kebijakan yang tersusun tepat waktu»: the clause names which things count,
        # the level is what is met (play40 F4: «Ketersediaan … kebijakan tersusun tepat waktu» made the level the
        # thing compiled)
        drafts = [f"{result} {config['level_qualifier']}"]
    elif predicate:
        drafts = [f"{subject} {predicate}" if qualifier_present(predicate) or _states_its_standard(predicate)
                  else f"{subject} {predicate} {config['predicate_qualifier']}"]
    elif bounded := _bounded(result):
        verb = "" if phrase_set("rhk_qualifiers", "verb_bounds").match_at(tokens(bounded[1]), 0) \
            else f" {config['bounded_verb']}"
        drafts = [f"{bounded[0]}{verb} {bounded[1]}"]
    elif (split := _split_condition(result)) and (_is_entity(split[0]) or qualifier_present(split[1])):
        drafts = [_with_condition(*split)]
    elif nominal := _nominal(result):
        drafts = [f"{nominal[0]} {nominal[1]} {config['nominal_qualifier']}"]
    elif not available and (state := _state_split(result)):
        drafts = [f"{state[0]} yang {state[1]} {config['state_qualifier']}"]
    elif available or _carries_verb(result):
        drafts = [f"{result} {config['carried_qualifier']}"]
    else:
        drafts = [f"{result} {_qualifier(result)}"]
    return [sentence(d) for d in drafts][:n]


def result_opener(text: str) -> tuple[str, str] | None:
    """«Tersusunnya laporan evaluasi …» → («tersusun», «laporan evaluasi …»): a result written the old way, its verb
    made a noun by «-nya» (catatan_harian.yaml result_noun_prefixes: ter-, me-, ber-, di-), and what it is said of.
    None when the text opens otherwise, or the word before «-nya» is no Indonesian verb («selanjutnya»)."""
    from bot.lang.words import is_indonesian_word

    words = text.split()
    head = (tokens(words[0]) or [""])[0] if words else ""
    base = head.removesuffix("nya")
    if len(words) < 2 or base == head or not base.startswith(tuple(knowledge.data("catatan_harian")[
            "result_noun_prefixes"])) or not (is_indonesian_word(base) or len(base) >= LONG_DERIVED):
        return None
    return base, " ".join(words[1:])


def _acted(text: str) -> tuple[str, str] | None:
    """«Melaksanakan monitoring ke daerah» → («dilaksanakan», «monitoring ke daerah»): an activity saved as typed
    (its findings kept) opens with a meN- work verb; its RHK names the thing done with the verb's di- passive, never
    «Melaksanakan … diselesaikan …» (play40 F4: two verbs). None for any other opening."""
    from bot.lang.words import passive_of

    words = text.split()
    if len(words) < 2 or not _starts_with_activity(text):
        return None
    done = passive_of((tokens(words[0]) or [""])[0])
    return (done, " ".join(words[1:])) if done else None


def _opened_rhk(verb: str, thing: str) -> str:
    """«tersusun», «laporan evaluasi program imunisasi» → «Laporan evaluasi program imunisasi tersusun sesuai ketentuan
    dan siap direviu»: the thing, the stem's own verb once, then the kind's qualifier without its verb (play40 F4: «…
    tersusun sesuai ketentuan» after «Tersusunnya» said the verb twice); a condition already written after the thing
    («… tepat waktu», «… sesuai SOP») follows the verb and is its qualifier; a «yang» clause stays with the thing."""
    words = thing.split()
    keys = [(tokens(w) or [""])[0] for w in words]
    standards = condition_words() - set(_config()["complements"]) - {"yang"}
    at = next((i for i in range(1, len(words)) if keys[i] in standards
               or _config()["present_set"].match_at(keys, i)), None)
    if at is not None and "yang" not in keys[1:at]:
        return f"{' '.join(words[:at])} {verb} {' '.join(words[at:])}"
    if qualifier_present(thing):  # «data yang valid dan tepat waktu»: its own standard already
        return f"{thing} {verb}"
    qualifier = _qualifier(thing).split()
    if qualifier and re.fullmatch(r"(?:ter|di|ber)\w+", qualifier[0]):  # the kind's own verb: the stem's is said
        qualifier = qualifier[1:]
    return " ".join([thing, verb, *qualifier])


def _level_noun(subject: str) -> bool:
    """The subject opens with a noun naming a level of things (rhk_qualifiers.yaml level_nouns: «ketersediaan»,
    «kepatuhan», «cakupan»), whose «yang» clause is said of those things, never of the level."""
    return bool(phrase_set("rhk_qualifiers", "level_nouns").match_at(tokens(subject), 0))


def _score_reached(text: str) -> str:
    """«Nilai Indeks Profesionalitas ASN» → «Indeks Profesionalitas ASN dicapai secara optimal …» (the deck's own RHK
    names the thing measured and the level it reaches, without the measure word «Nilai»); a score
    whose name already holds its «yang» or a bound is reached as written: «Nilai SAKIP minimal BB tercapai»."""
    config = _config()
    keys = tokens(text)
    if qualifier_present(text) or "yang" in keys[1:] or config["bound_set"].find(keys):
        reached = keys[-1:] and keys[-1] in config["score_reached_words"]  # «… minimal BB tercapai»: said once
        return text if reached else f"{text} {config['score_met']}"
    words = text.split()
    if keys[0] in config["score_dropped"] and len(words) > 1:  # the thing measured is what reaches a level, never
        text = " ".join(words[1:])  # «Nilai» itself (tester55 F10: «Nilai Indeks … ASN yang optimal dicapai»)
    return f"{text} {config['score_reached']}"  # one sentence, its predicate said (tester59 F8)


def _available_service(result: str) -> str:
    """«waktu layanan jaringan LAN dapat diakses (uptime)» → «layanan jaringan LAN dapat diakses (uptime)»: the share
    of time a service is up names the service that is up, never «Waktu … diselesaikan» (lexicon time_available)."""
    from bot.rules.measures import time_available

    keys = tokens(result)
    if keys[:1] == ["waktu"] and len(keys) > 2 and time_available(keys):
        return " ".join(result.split()[1:])
    return result


def _bounded(result: str) -> tuple[str, str] | None:
    """«kepadatan vektor di pelabuhan di bawah ambang batas» → («kepadatan vektor di pelabuhan», «di bawah ambang
    batas»): a level held inside a bound (rhk_qualifiers level_bounds) said right after the thing, before any
    condition word and with no verb of its own («berkas diproses maksimal 3 hari» is work done in time)."""
    words = result.split()
    standards = condition_words() - set(_config()["complements"])
    for i in range(1, len(words)):
        rest = tokens(" ".join(words[i:]))
        bound = _config()["level_bound_set"].match_at(rest, 0)
        if bound and len(rest) > len(bound) and not limits_time(rest):
            thing = " ".join(words[:i])
            return None if _carries_verb(thing) or _state_split(thing) else (thing, " ".join(words[i:]))
        if rest[:1] and rest[0] in standards:
            return None
    return None


def _carries_verb(result: str) -> bool:
    """«layanan jaringan LAN balai dapat diakses», «berkas selesai …»: a di- passive or a verb of its own
    (rhk_qualifiers own_verbs) after the thing is the result's verb, and no second one is added."""
    from bot.rewrite.parse import passive

    return any(passive(k) or k in _config()["own_verbs"] for k in tokens(result)[1:])


def _as_event(result: str) -> str:
    """What went wrong, named as the event a lower-is-better rate counts: «sampel (yang) ditolak laboratorium» →
    «penolakan sampel laboratorium» (tester48 P1-4: it is the rejecting that is held down, never the samples); a harm
    state with no process, «pasien TB yang putus berobat», as that state (rhk_qualifiers.yaml lower_state); the result
    as written when no di- passive follows its thing or the passive has no process noun."""
    from bot.lang.words import active_of, nominal
    from bot.rewrite.parse import passive

    words = result.split()
    keys = [(tokens(w) or [""])[0] for w in words]
    at = next((i for i in range(1, len(keys)) if passive(keys[i])), None)
    if at is None and (harm := harm_at(keys)):  # «kantong darah kedaluwarsa»: a state, no process to name
        thing = words[:harm - 1] if keys[harm - 1] == "yang" else words[:harm]
        return _config()["lower_state"].format(thing=" ".join(thing), state=" ".join(words[harm:])) if thing else result
    if at is None or "yang" in keys[:at - 1]:  # «… yang belum ditindaklanjuti»: the passive is not what went wrong
        return result
    event = nominal(active_of(keys[at]) or "")
    thing = words[:at - 1] if keys[at - 1] == "yang" else words[:at]
    return " ".join([event, *thing, *words[at + 1:]]) if event and thing else result


def _timed(text: str) -> str | None:
    """"Rata-rata waktu penyampaian umpan balik …" → "Umpan balik … disampaikan sesuai standar waktu …"."""
    config = _config()
    words = text.split()
    phrase = config["time_set"].match_at(tokens(text), 0)
    if not phrase:
        return None
    rest = " ".join(words[len(phrase):])
    verb = config["time_measures"][" ".join(phrase)]
    if nominal := _nominal(rest):  # the process noun names the act waited on: «… penyajian makanan» → «disajikan»
        rest, verb = nominal
    if not tokens(rest):
        return None
    if not verb and _serves_people(rest):
        verb = config["served_verb"]  # «Rata-rata waktu tunggu pasien …»: patients are served, never completed
    if not verb:
        kind = _qualifier(rest)  # a service keeps its own time standard ("… sesuai standar waktu layanan")
        verb_and_qualifier = kind if "waktu" in tokens(kind) else f"{config['time_verb']} {config['time_qualifier']}"
        return f"{rest} {verb_and_qualifier}"
    return f"{rest} {verb} {config['time_qualifier']}"


def _is_entity(subject: str) -> bool:
    return bool(lexicon().entities.match_at(tokens(subject), 0))


def _with_condition(subject: str, condition: str) -> str:
    """"Kabupaten/kota … dengan cakupan …" → "… mencapai cakupan …"; "Layanan lab dengan waktu tunggu …" → "…
    diselesaikan dengan waktu tunggu …" (the verb of the result's kind)."""
    config = _config()
    words = condition.split()
    if _is_entity(subject) and words[0].lower() == "dengan" and len(words) > 1:
        reaching = tokens(words[1])[:1] and tokens(words[1])[0] in config["entity_reaching"]
        verb = config["entity_reaching_verb"] if reaching else config["entity_verb"]
        rest = " ".join(words[1:])
        return f"{subject} {verb} {rest}" + ("" if qualifier_present(rest) else f" {config['entity_qualifier']}")
    if _carries_verb(subject):  # «layanan … dapat diakses sesuai standar»: its own verb, no second one
        return f"{subject} {condition}"
    return f"{subject} {_qualifier(subject).split()[0]} {condition}"


def _nominal(result: str) -> tuple[str, str] | None:
    """A process noun opening the result, as its object and passive verb: "penyampaian umpan balik …" →
    ("umpan balik …", "disampaikan")."""
    words = result.split()
    found = _config()["nominal_set"].match_at(tokens(result), 0)
    if not found or len(words) <= len(found):
        return None
    return " ".join(words[len(found):]), _config()["nominals"][" ".join(found)]


def _state_split(result: str) -> tuple[str, str] | None:
    """"aset tanah bersertifikat" → ("aset tanah", "bersertifikat"): the result ends in its state."""
    from bot.lang.words import is_indonesian_word

    words = result.split()
    keys = [w.lower() for w in words]
    for i in range(1, len(words)):
        if (re.fullmatch(r"(?:ter|ber)[a-z]{4,}", keys[i]) and keys[i] not in _config()["not_states"]
                and is_indonesian_word(keys[i])):
            return " ".join(words[:i]), " ".join(words[i:])
    return None


def member_rhk(leader: str, part_kind: str, part: str) -> str:
    """A member's RHK for their part of a leader's RHK (aspect, region, output antara or service)."""
    words = read(leader).text.split()
    head, rest = words[0], " ".join(words[1:])
    verb = head.lower()[: -len("nya")] if head.lower().endswith("nya") else "tercapai"
    part = clean(part).strip(" .")
    values = {"object": rest[:1].upper() + rest[1:], "verb": verb, "part": part, "where": _where(part),
              "leader": leader[:1].lower() + leader[1:], "part_result": _part_result(part)}
    return sentence(member_parts()[part_kind]["template"].format(**values))


def _where(part: str) -> str:
    """"Provinsi Jawa Barat" → "di Provinsi Jawa Barat"; a scope reads as one: "nasional, 38 provinsi" → "secara
    nasional di 38 provinsi"."""
    words = part.split()
    scope = _config()["scopes"].get(words[0].strip(",;").lower()) if words else None
    if not scope:
        return f"di {part}"
    rest = " ".join(words[1:]).strip(" ,;")
    return f"{scope} di {rest}" if rest else scope


def _part_result(part: str) -> str:
    """An output antara as a result with its qualifier; one that already states its state gets "yang" before it
    ("data sasaran tervalidasi" → "data sasaran yang tervalidasi tersedia …")."""
    if qualifier_present(part):
        return part
    words = part.split()
    if len(words) > 1 and re.fullmatch(r"(?:ter|di)[a-z]{4,}", words[-1].lower()):
        part = " ".join(words[:-1] + ["yang", words[-1]])
    return f"{part} {_qualifier(part)}"


def _without_measure(text: str, measure: tuple[str, ...] | None) -> str:
    """The text after its leading measure phrase: "Rata-rata waktu verifikasi klaim" → "verifikasi klaim", "Rata-rata
    waktu tunggu penyajian makanan" → "penyajian makanan" (a time measure's own words, when longer, go too). A measure
    word after it names the measured thing: "Persentase nilai kritis …" keeps "nilai kritis …"."""
    timed = _config()["time_set"].match_at(tokens(text), 0)
    if timed and len(timed) > len(measure or ()):
        measure = timed
    return " ".join(text.split()[len(measure or ()):])


def _split_relative(result: str) -> tuple[str, str]:
    """"Rekomendasi hasil monev yang ditindaklanjuti" → ("Rekomendasi hasil monev", "ditindaklanjuti")."""
    words = result.split()
    lowered = [w.lower() for w in words]
    if "yang" in lowered[1:]:
        at = lowered.index("yang", 1)
        if at + 1 < len(words):
            return " ".join(words[:at]), " ".join(words[at + 1 :])
    return result, ""


def _states_its_standard(predicate: str) -> bool:
    """A predicate that is a state with its own standard takes no «sesuai ketentuan»: a state spared or negated
    («tidak mengalami komplikasi intradialisis», «bebas jentik»: rhk_qualifiers.yaml state_openers) or one holding a
    condition past its verb («terpantau tanpa infeksi»: lexicon condition_words, complements aside). tester51 P1-11."""
    words = predicate.lower().split()
    if not words:
        return False
    if words[0] in _config()["state_openers"]:
        return True
    return any(w in condition_words() - set(_config()["complements"]) for w in words[1:])


def _split_condition(result: str) -> tuple[str, str] | None:
    """"Layanan lab dengan waktu tunggu < 2 jam" → ("Layanan lab", "dengan waktu tunggu < 2 jam")."""
    words = result.split()
    standards = condition_words() - set(_config()["complements"])
    at = next((i for i, w in enumerate(words[1:], start=1) if w.lower() in standards), None)
    return (" ".join(words[:at]), " ".join(words[at:])) if at else None


def _qualifier(result: str) -> str:
    """The kind's qualifier; people counted or waited on are served («Pasien stroke dilayani sesuai standar …»)
    unless a kind's word opens the result."""
    words = tokens(result)
    if _serves_people(result) and not any(phrases.match_at(words, 0) for phrases, _ in _config()["kind_sets"]):
        return _config()["served_qualifier"]
    return _kind(result)["qualifier"]


def _serves_people(result: str) -> bool:
    return bool(_config()["served_set"].match_at(tokens(result), 0))


def _kind(result: str) -> dict:
    """The result's kind: its head noun decides first ("Verifikasi usulan …" is a service, not a document), then
    any kind word in it; the last kind (no words) takes the rest."""
    words = tokens(result)
    kinds = [(phrases, kind) for phrases, kind in _config()["kind_sets"] if phrases]
    for phrases, kind in kinds:
        if phrases.match_at(words, 0):
            return kind
    for phrases, kind in kinds:
        if phrases.find(words):
            return kind
    return _config()["kinds"][-1]


def _starts_with_activity(text: str) -> bool:
    from bot.rules.analysis import is_activity_verb

    words = tokens(read(text).text)
    return bool(words) and (is_activity_verb(words, 0, lexicon()) or bool(lexicon().done_phrases.match_at(words, 0)))


def result_phrase(text: str) -> str:
    """The result an IKI names, without its measure word, for the rencana aksi ("Menyusun {hasil}")."""
    return result_parts(text)[0]


def result_parts(text: str) -> tuple[str, str]:
    """What an IKI measures and what must happen to it: "Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun" →
    ("SK pensiun BUP", "terbit sebelum TMT pensiun"); the second is empty when the IKI names no predicate."""
    reading = read(text)
    words = tokens(reading.text)
    measure = lexicon().measures.match_at(words, 0) if words else None
    subject, predicate = _split_relative(_without_measure(reading.text, measure))
    return subject.strip(" .,;:"), predicate.strip(" .,;:")


def result_kind(text: str) -> str:
    """The kind of result an IKI names (knowledge/rhk_qualifiers.yaml: publikasi, dokumen, layanan …)."""
    return _kind(result_phrase(text) or text)["name"]


def iki_for_rhk(rhk: str) -> list[Candidate]:
    """IKI proposed under an RHK (hasil + qualifier), one per aspect (knowledge/rhk_qualifiers.yaml `rhk_iki`):
    «Masyarakat di lokus prioritas mendapatkan informasi promosi kesehatan sesuai standar» → «Persentase masyarakat di
    lokus prioritas yang mendapatkan informasi …», «Indeks kepuasan masyarakat … terhadap informasi promosi
    kesehatan», …; only those the rules pass. None when the RHK has no verb after its subject to split at."""
    from bot.rules import check_iki
    from bot.rules.measures import aspek_of

    text = read(rhk).text
    parts = _rhk_parts(text)
    if parts is None:
        return []
    proposed = []
    for entry in _config()["rhk_iki"]:
        if "{object}" in entry["shape"] and not parts["object"]:
            continue
        draft = IkiDraft(indikator=sentence(entry["shape"].format(**parts)), satuan=entry["satuan"])
        if not check_iki(draft).has_error:  # the aspek named is the one the IKI is saved with
            proposed.append(Candidate(indikator=draft.indikator, satuan=entry["satuan"],
                                      alasan=f"aspek {aspek_of(draft).value} — {entry['alasan']}"))
    return proposed


def _rhk_parts(text: str) -> dict[str, str] | None:
    """Subject, predicate and object of an RHK: split at «yang» or at the first verb after the subject (a meN- verb,
    a di- passive, a ter-/ber- state); the object is the predicate after its verb, its qualifier off."""
    from bot.lang.words import is_indonesian_word, stem
    from bot.rules.analysis import is_activity_verb

    words = text.split()
    keys = tokens(text)
    if len(words) != len(keys):  # punctuation inside: the word positions would not line up
        keys = [(tokens(w) or [""])[0] for w in words]
    at = next((i for i in range(1, len(keys)) if keys[i] == "yang"
               or is_activity_verb(keys, i, lexicon())
               or (re.fullmatch(r"(?:di|ter|ber)[a-z]{4,}", keys[i]) and is_indonesian_word(keys[i])
                   and stem(keys[i]) != keys[i])), None)  # «dinamis» is no di- verb: its stem is itself
    if at is None or at + 1 >= len(words):
        return None
    subject = " ".join(words[:at])
    subject = subject[:1].lower() + subject[1:] if not words[0].isupper() else subject
    predicate = " ".join(words[at + (keys[at] == "yang"):])
    rest = words[at + 1 + (keys[at] == "yang"):]
    found = _config()["present_set"].find([(tokens(w) or [""])[0] for w in rest])
    obj = " ".join(rest[: found[0]] if found else rest)
    return {"subject": subject, "predicate": predicate, "object": obj if len(tokens(obj)) >= 2 else ""}


def iki_for_whole(rhk: str) -> list[Candidate]:
    """IKI proposed when a Ketua holds a leader's RHK whole (rhk_qualifiers.yaml `whole_rhk`), its -nya opener read as
    the clause it names: «Tersedianya data … yang valid» → «Persentase data … yang tersedia dan valid»; «Meningkatnya
    akses masyarakat terhadap air minum aman» → «Persentase masyarakat yang memiliki akses terhadap air minum aman»;
    «Meningkatnya cakupan imunisasi …» → the level itself. Only those the rules pass; [] for any other text."""
    from bot.rules import check_iki
    from bot.rules.measures import aspek_of

    config = _config()["whole_rhk"]
    text = read(rhk).text
    words = text.split()
    keys = [(tokens(w) or [""])[0] for w in words]
    if len(words) < 2 or not is_leader_rhk(text):
        return []
    rest, rest_keys = words[1:], keys[1:]
    if lexicon().measures.match_at(rest_keys, 0):  # «Meningkatnya cakupan imunisasi …»: the level, measured as named
        proposed = [(IkiDraft(indikator=sentence(" ".join(rest))), config["level_alasan"])]
    else:
        parts = _whole_parts(keys[0], rest, rest_keys, config)
        proposed = [] if parts is None else [
            (IkiDraft(indikator=sentence(entry["shape"].format(**parts)), satuan=entry["satuan"]), entry["alasan"])
            for entry in config["shapes"] if not entry.get("kinds") or _kind(parts["subject"])["name"] in entry["kinds"]]
    return [Candidate(indikator=draft.indikator, satuan=draft.satuan or "",
                      alasan=f"aspek {aspek_of(draft).value} — {alasan}")
            for draft, alasan in proposed if not check_iki(draft).has_error]


def _whole_parts(head: str, rest: list[str], keys: list[str], config: dict) -> dict[str, str] | None:
    """Who or what a leader's RHK is about and what it has: a state's thing in that state («data … | tersedia dan
    valid»), a change's holders with what they hold («masyarakat | memiliki akses terhadap …», «kab/kota | yang
    menyelenggarakan …»); None when a change names neither."""
    found = _config()["present_set"].find(keys)
    qualifier = " ".join(rest[found[0]:]) if found else ""  # «… sesuai ketentuan»: said after the predicate
    thing, thing_keys = (rest[:found[0]], keys[:found[0]]) if found else (rest, keys)
    while thing_keys and thing_keys[-1] in config["dangling"]:
        thing, thing_keys = thing[:-1], thing_keys[:-1]
    at = thing_keys.index("yang", 1) if "yang" in thing_keys[1:] else None
    subject, own = (thing[:at], " ".join(thing[at + 1:])) if at else (thing, "")
    if head in config["changes"]:  # a level that moves: those who have it, never «… yang meningkat»
        if own:
            predicate = own
        elif keys[0] in config["held"] and (to := next((i for i, k in enumerate(thing_keys[2:], 2)
                                                         if k in config["toward"]), None)):
            subject, predicate = thing[1:to], f"{config['held'][keys[0]]} {' '.join(thing[to:])}"
        else:
            return None
    else:  # a state: the thing in it, its own words after it
        state = head.removesuffix("nya")
        predicate = f"{state} {'dan' if own and 'dan' not in own.split() else ','} {own}".replace(" ,", ",") \
            if own else state
    if not subject:
        return None
    said = " ".join(subject)
    said = said if is_acronym(said.split()[0]) else said[:1].lower() + said[1:]
    return {"subject": said, "predicate": f"{predicate} {qualifier}".strip()}
