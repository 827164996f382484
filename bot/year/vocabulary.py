"""The logbook's words (knowledge/catatan_harian.yaml) as phrase sets, read once; its shorthand joined to the domain
thesaurus so "kp", "verif" and "kenaikan pangkat" match as one thing."""

from dataclasses import dataclass
from functools import partial

from bot import knowledge
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.lang.thesaurus import Thesaurus, thesaurus
from bot.lang.words import is_indonesian_word


@dataclass(frozen=True)
class Vocabulary:
    today: PhraseSet
    yesterday: PhraseSet
    weekdays: dict[str, int]
    week_span_before: PhraseSet
    past_markers: PhraseSet
    last_week: PhraseSet
    date_words: PhraseSet
    months: dict[str, int]
    done: PhraseSet
    ongoing: PhraseSet
    plan: PhraseSet
    not_done: PhraseSet
    progress: PhraseSet
    reminder: PhraseSet
    rencana: PhraseSet
    correction: PhraseSet
    question_anywhere: PhraseSet
    draft_markers: PhraseSet
    smalltalk: PhraseSet
    smalltalk_filler: frozenset[str]
    excuse_openers: PhraseSet
    absence: PhraseSet
    absence_filler: frozenset[str]
    busy: PhraseSet  # how busy the day was («pasien penuh»), said with a feeling: no work done
    outside: PhraseSet
    unlink: PhraseSet
    outside_activities: PhraseSet
    helping: frozenset[str]
    participation: PhraseSet
    learning_events: PhraseSet  # «diklat», «e-learning», «ujikom»: the kinds of learning event
    learning_credits: PhraseSet  # «JPL», «SKP kemkes»: what a learning event earns, after a number
    teaching: PhraseSet  # «narasumber», «ngajar»: the user gives the event
    audience: frozenset[str]  # «utk 18 petugas»: the event is given to others
    place_markers: frozenset[str]
    location_markers: frozenset[str]
    partner_markers: frozenset[str]
    period_markers: frozenset[str]
    duration_units: dict[str, int]
    not_duration_before: frozenset[str]
    not_duration_after: frozenset[str]
    not_count_before: frozenset[str]
    not_count_units: frozenset[str]
    skp_actions: frozenset[str]
    skp_fields: frozenset[str]
    own_records: dict[str, PhraseSet]  # «catatan saya», «capaian saya»: which of the user's records a question is about
    own_records_asks: PhraseSet
    own_records_iki: PhraseSet  # «capaian iki 1 brp»: a record word beside an IKI named by its number
    own_records_lost: tuple[PhraseSet, PhraseSet, PhraseSet]  # «realisasi lama sy ilang ga?»: record, loss, own words
    own_records_rules: PhraseSet  # «cara», «dihitung»: how a record is made or counted is a rule asked
    own_records_past: PhraseSet  # «tahun lalu» (search.yaml answers.scope.last_year): a data awal, not this year's records
    negations: frozenset[str]
    final_states: PhraseSet
    recap: PhraseSet
    success: frozenset[str]
    commitment: frozenset[str]
    condition_markers: PhraseSet
    terms: Thesaurus  # the domain thesaurus with the logbook's shorthand
    hints: list[tuple[PhraseSet, list[str]]]
    covers: list[tuple[PhraseSet, list[str]]]
    link: dict


def config() -> dict:
    return knowledge.data("catatan_harian")


def time_zone(words: list[str]) -> tuple[str, int] | None:
    """The time zone the words name («WITA») with its hours ahead of WIB (knowledge/pengingat.yaml time_zones)."""
    zones = knowledge.data("pengingat")["time_zones"]
    return next(((w.upper(), int(zones[w])) for w in words if w in zones), None)


def learning_events() -> list[str]:
    """Every kind of learning event: the kinds of training (a synonym group of the logbook too) and the others."""
    return config()["training_kinds"] + config()["learning_events"]


@knowledge.cached
def vocabulary() -> Vocabulary:
    data = config()
    phrases = partial(phrase_set, "catatan_harian")  # one list of catatan_harian.yaml

    return Vocabulary(
        today=phrases("today_words"), yesterday=phrases("yesterday_words"),
        weekdays={k.lower(): v for k, v in data["weekdays"].items()}, week_span_before=phrases("week_span_before"),
        past_markers=phrases("past_markers"), last_week=phrases("last_week"), date_words=phrases("date_words"),
        months={k.lower(): v for k, v in data["months"].items()},
        done=PhraseSet(data["done_words"] + data["done_verbs"]), ongoing=phrases("ongoing_words"), plan=phrases("plan_words"),
        not_done=phrases("not_done_words"), progress=phrases("progress_words"),
        reminder=phrases("reminder_words"), rencana=phrases("rencana_words"),
        correction=phrases("correction_words"),
        question_anywhere=phrases("question_anywhere"), draft_markers=phrases("draft_markers"),
        smalltalk=phrases("smalltalk"),
        smalltalk_filler=frozenset(data["smalltalk_filler"]), excuse_openers=phrases("excuse_openers"),
        absence=phrases("absence_words"), absence_filler=frozenset(data["absence_filler"] + data["family_told"]["family"]),
        busy=phrases("busy_states"),
        outside=phrases("outside_words"), unlink=phrases("unlink_words"), outside_activities=phrases("outside_activities"),
        helping=frozenset(data["helping_words"]), participation=phrases("participation_words"),
        learning_events=PhraseSet(learning_events()), learning_credits=phrases("learning_credits"),
        teaching=phrases("teaching_words"), audience=frozenset(data["audience_markers"]),
        place_markers=frozenset(data["place_markers"]), location_markers=frozenset(data["location_markers"]),
        partner_markers=frozenset(data["partner_markers"]), period_markers=frozenset(data["period_markers"]),
        duration_units={k.lower(): v for k, v in data["duration_units"].items()},
        not_duration_before=frozenset(data["not_duration_before"]),
        not_duration_after=frozenset(data["not_duration_after"]),
        not_count_before=frozenset(data["not_count_before"]), not_count_units=frozenset(data["not_count_units"]),
        skp_actions=frozenset(data["skp_actions"]), skp_fields=frozenset(data["skp_fields"]),
        own_records={k: PhraseSet(v) for k, v in data["own_records"].items()},
        own_records_asks=phrases("own_records_asks"), own_records_rules=phrases("own_records_rules"),
        own_records_iki=phrases("own_records_iki"),
        own_records_lost=tuple(PhraseSet(data["own_records_lost"][k]) for k in ("records", "lost", "own")),
        own_records_past=phrase_set("search", "answers", "scope", "last_year"),
        negations=frozenset(data["negations"]), final_states=phrases("final_states"), recap=phrases("recap_words"),
        success=frozenset(data["success_words"]), commitment=frozenset(data["commitment_words"]), condition_markers=phrases("condition_markers"), terms=_terms(data["synonyms"]),
        hints=_when_words([g | {"words": g["words"] + (learning_events() + data["learning_credits"]
                                                       if g.get("learning") else [])} for g in data["topic_hints"]]),
        covers=_when_words(data["covers"]),
        link=data["link"],
    )


def _when_words(groups: list[dict]) -> list[tuple[PhraseSet, list[str]]]:
    return [(PhraseSet(g["when"]), [t for w in g["words"] for t in tokens(w)]) for g in groups]


def _terms(synonyms: list[list[str]]) -> Thesaurus:
    """The logbook's shorthand first (it knows "kp" is kenaikan pangkat in a logbook line), then the thesaurus."""
    canonical: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group in synonyms:
        head = tuple(tokens(group[0]))
        for phrase in group:
            canonical.setdefault(tuple(tokens(phrase)), head)
    for phrase, head in thesaurus().canonical.items():
        canonical.setdefault(phrase, head)
    return Thesaurus(PhraseSet(" ".join(p) for p in canonical), canonical)


@knowledge.cached
def english_terms() -> Thesaurus:
    """The logbook's thesaurus read for an English line: English nouns and work verbs as the Indonesian words they
    stand for too («outbreak» is a KLB, «follow up» a tindak lanjut)."""
    own = vocabulary().terms.canonical
    canonical = dict(own)
    for phrase, meaning in english_phrases().items():
        canonical.setdefault(phrase, own.get(meaning, meaning))
    return Thesaurus(PhraseSet(" ".join(p) for p in canonical), canonical)


@knowledge.cached
def english_phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """English nouns and work verbs (knowledge/rewrite/english.yaml, the rewriter's lexicon) as the Indonesian words
    they stand for, so an English line («reviewed lab results from the school outbreak») names the terms an
    Indonesian IKI has; a word Indonesian also has («data», «target», «unit») stays as it is."""
    data = knowledge.data("rewrite/english")
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for table in ("words", "actions", "work_verbs", "qualifiers"):  # «all on time today»: tepat waktu
        for english, indonesian in data[table].items():
            phrase, meaning = tuple(tokens(english)), tuple(tokens(str(indonesian)))
            if meaning and phrase != meaning and not (len(phrase) == 1 and is_indonesian_word(phrase[0])):
                out.setdefault(phrase, meaning)
    return out
