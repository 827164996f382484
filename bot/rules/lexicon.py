"""The word lists the rules read (knowledge/rules/lexicon.yaml), as phrase sets."""

from dataclasses import dataclass

from bot import knowledge
from bot.lang.text import PhraseSet, phrase_set, tokens


@dataclass(frozen=True)
class Lexicon:
    measure_class: dict[tuple[str, ...], str]  # measure phrase → percent | count | score | other
    score_satuan: frozenset[str]  # a score's measure words that name its form Satuan («Nilai», «Indeks»)
    measures: PhraseSet
    activity_verbs: PhraseSet
    not_verbs: frozenset[str]
    process_nouns: PhraseSet
    process_delivered: frozenset[str]  # «yang dilaporkan … tepat waktu»: a process's result delivered to a standard
    process_met: PhraseSet  # «yang memenuhi standar»: a process that meets a standard
    process_assessing: frozenset[str]  # processes whose result is a finding (evaluasi, audit): delivered, an output
    done_phrases: PhraseSet
    relative_activity_verbs: PhraseSet
    relative_skip: frozenset[str]
    participation_nouns: frozenset[str]
    relative_achieved: frozenset[str]  # «… yang dilatih dan lulus …»: what those taking part achieved, the output
    relative_done_to: frozenset[str]  # «yang dilakukan X»: a service X done to the counted thing
    service_recipients: PhraseSet  # things and people cared for that a service is done to (alat, pasien, sampel)
    organisation_acts: frozenset[str]  # «yang melaksanakan …» said of an organisation: it runs the work
    organisations: PhraseSet  # counted units that run work (fasyankes, kab/kota, puskesmas)
    meets_standard: PhraseSet  # «sesuai standar»: the work run to a standard, a unit meeting it
    service_heads: frozenset[str]
    service_conditions: frozenset[str]
    service_served: frozenset[str]
    service_standards: frozenset[str]
    report_nouns: PhraseSet
    handled_objects: frozenset[str]  # report nouns that are the object of the work when a handling verb follows
    report_units: PhraseSet
    occurrence_units: frozenset[str]
    document_products: PhraseSet
    document_skip: frozenset[str]
    absolute_words: PhraseSet
    vague_words: PhraseSet
    fine_before_number: frozenset[str]
    percent_units: frozenset[str]
    text_targets: frozenset[str]  # named grades a target may be («WTP», «Paripurna»)
    stopwords: frozenset[str]
    entities: PhraseSet  # who is counted (kab/kota, puskesmas, pegawai), not what is produced
    volume_items: PhraseSet  # routine work items: counting those handled counts the workload
    volume_work: PhraseSet  # work itself counted («Jumlah tindakan PCI primer»): the workload with no verb
    volume_handled: frozenset[str]
    volume_skip: frozenset[str]
    volume_standards: frozenset[str]
    volume_any_item: frozenset[str]  # handling verbs that make a count of any thing (not who is reached) workload
    volume_served: frozenset[str]  # a service given to a listed item, however it is named: «pasien nifas yang diberikan»
    volume_not_handling: PhraseSet  # «diuji coba»: a handling verb opening another verb, no handling
    volume_item_words: int  # the most words a counted thing holds before its "yang"


@knowledge.cached
def lexicon() -> Lexicon:
    data = knowledge.data("rules/lexicon")
    measures = data["measures"]
    measure_class = {
        tuple(tokens(word)): cls for cls in ("percent", "count", "score", "other") for word in measures[cls]
    }
    return Lexicon(
        measure_class=measure_class,
        score_satuan=frozenset(measures["score_satuan"]),
        measures=PhraseSet(" ".join(words) for words in measure_class),
        activity_verbs=phrase_set("rules/lexicon", "activity_verbs", "words"),
        not_verbs=frozenset(data["activity_verbs"]["not_verbs"]),
        process_nouns=phrase_set("rules/lexicon", "process_nouns", "words"),
        process_delivered=frozenset(data["process_nouns"]["delivered"]),
        process_met=phrase_set("rules/lexicon", "process_nouns", "met"),
        process_assessing=frozenset(data["process_nouns"]["assessing"]),
        done_phrases=phrase_set("rules/lexicon", "done_phrases", "words"),
        relative_activity_verbs=phrase_set("rules/lexicon", "relative_activity_verbs", "words"),
        relative_skip=frozenset(data["relative_activity_verbs"]["skip"]),
        participation_nouns=frozenset(data["relative_activity_verbs"]["participation_nouns"]),
        relative_achieved=frozenset(data["relative_activity_verbs"]["achieved"]),
        relative_done_to=frozenset(data["relative_activity_verbs"]["done_to"]),
        service_recipients=phrase_set("rules/lexicon", "relative_activity_verbs", "recipients"),
        organisation_acts=frozenset(data["relative_activity_verbs"]["organisation_acts"]),
        organisations=phrase_set("rules/lexicon", "relative_activity_verbs", "organisations"),
        meets_standard=phrase_set("rules/lexicon", "relative_activity_verbs", "meets_standard"),
        service_heads=frozenset(data["service_heads"]["words"]),
        service_conditions=frozenset(data["service_heads"]["conditions"]),
        service_served=frozenset(data["service_heads"]["served"]),
        service_standards=frozenset(data["service_heads"]["standards"]),
        report_nouns=phrase_set("rules/lexicon", "report_nouns", "words"),
        handled_objects=frozenset(data["report_nouns"]["handled_objects"]),
        report_units=phrase_set("rules/lexicon", "report_nouns", "units"),
        occurrence_units=frozenset(data["report_nouns"]["occurrence_units"]),
        document_products=phrase_set("rules/lexicon", "document_products", "words"),
        document_skip=frozenset(data["document_products"]["skip"]),
        absolute_words=phrase_set("rules/lexicon", "absolute_words", "words"),
        vague_words=phrase_set("rules/lexicon", "vague_words", "words"),
        fine_before_number=frozenset(data["vague_words"]["fine_before_number"]),
        percent_units=frozenset(data["percent_units"]),
        text_targets=frozenset(data["text_targets"]),
        stopwords=frozenset(data["stopwords"]),
        entities=phrase_set("rules/lexicon", "entities"),
        volume_items=phrase_set("rules/lexicon", "work_volume", "items"),
        volume_work=phrase_set("rules/lexicon", "work_volume", "work"),
        volume_handled=frozenset(data["work_volume"]["handled"] + data["work_volume"]["any_item"]),
        volume_skip=frozenset(data["work_volume"]["skip"]),
        volume_standards=frozenset(data["work_volume"]["standards"]),
        volume_any_item=frozenset(data["work_volume"]["any_item"]),
        volume_served=frozenset(data["work_volume"]["served"]),
        volume_not_handling=phrase_set("rules/lexicon", "work_volume", "not_handling"),
        volume_item_words=int(data["work_volume"]["item_words"]),
    )


@knowledge.cached
def condition_words() -> frozenset[str]:
    """Words that open the condition after the measured thing ("yang", "sesuai", "dalam" …)."""
    return frozenset(knowledge.data("rules/lexicon")["condition_words"])


@knowledge.cached
def region_words() -> frozenset[str]:
    return frozenset(knowledge.data("rules/lexicon")["region_words"])


@knowledge.cached
def list_joins() -> frozenset[str]:
    """«dan», «serta», «atau»: the words that join a list's last item."""
    return frozenset(knowledge.data("rules/lexicon")["list_joins"])


@knowledge.cached
def first_words() -> dict[str, frozenset[str]]:
    """The words the phrases of a list start with, for the lists a rule walks word by word: a word that starts
    none is passed over without a lookup (an audit walks every word of every distinct IKI)."""
    data = knowledge.data("rules/lexicon")
    return {name: frozenset(words[0] for words in map(tokens, data[name]["words"]) if words)
            for name in ("absolute_words", "vague_words")}


def is_text_target(text: str) -> bool:
    """«WTP», «opini WTP», «Paripurna»: a target stated as a named grade (lexicon text_targets), whole."""
    return " ".join(tokens(text)) in lexicon().text_targets


def satuan_problem(text: str) -> str | None:
    """Why this text cannot be an IKI's satuan (a number alone, «92»; nothing written), said in Indonesian with
    examples of what a satuan is (lexicon satuan_examples); None when it can. The one check every place that stores a
    satuan asks (tester17 #9)."""
    written = " ".join(text.split())
    if written == "%" or any(ch.isalpha() for ch in written):
        return None
    examples = ", ".join(knowledge.data("rules/lexicon")["satuan_examples"])
    said = f"«{written}» hanya angka, bukan satuan" if written else "Satuannya belum ditulis"
    return f"{said}. Satuan adalah apa yang dihitung targetnya, misalnya {examples}."
