"""Per-IKI checks. Each function reads an IkiAnalysis and returns the words for its message, or None."""

from bot import knowledge
from bot.lang.english import translate
from bot.lang.text import phrase_set, possessed, tokens
from bot.models import Jenis
from bot.rules.analysis import (
    IkiAnalysis,
    counted_product,
    counted_report,
    counted_unit,
    is_activity_verb,
    leading_activity_verb,
)
from bot.rules.draft_reading import acronym_forms
from bot.rules.language import english_words
from bot.rules.lexicon import first_words, is_text_target, list_joins
from bot.rules.measures import looser_than_baseline, periods
from bot.rules.registry import iki_rule


def _fired(word: str | tuple[str, ...]) -> dict[str, object]:
    return {"word": word if isinstance(word, str) else " ".join(word)}


@iki_rule("IKI-LANGUAGE")
def not_in_indonesian(a: IkiAnalysis):
    found = list(dict.fromkeys(english_words(a.draft.indikator)))
    if not found:
        return None
    # the words the rewriter's lexicon cannot put in Indonesian are named: its proposal would mix languages
    unknown = translate(a.draft.indikator).unknown
    words = {"word": " … ".join(found[:3]), "case": "untranslated" if unknown else "english"}
    return words | ({"unknown": ", ".join(f"«{w}»" for w in unknown[:5])} if unknown else {})


@iki_rule("IKI-ACT-VERB")
def starts_with_activity_verb(a: IkiAnalysis):
    verb = leading_activity_verb(a)
    return _fired(verb) if verb else None


@iki_rule("IKI-ACT-PROCESS")
def measures_a_process(a: IkiAnalysis):
    # A score (Nilai/Indeks) of a process rates its quality, which is a result.
    if a.measure_class == "score" or leading_activity_verb(a):
        return None
    process = a.lex.process_nouns.match_at(a.head, 0)
    if process and not _served_to_standard(a) and not (process[0] in a.lex.process_assessing
                                                        and _delivered_to_standard(a)):
        return _fired(process)
    # "Persentase melaksanakan …", "Jumlah menyusun …": a verb of doing is counted.
    if a.measure_class in ("percent", "count") and is_activity_verb(a.head, 0, a.lex):
        return _fired(a.head[0])
    return None


def _served_to_standard(a: IkiAnalysis) -> bool:
    """«Persentase kegiatan … yang terlayani … sesuai SOP»: the share of events a service served to its standard,
    the service's output (the events are what it serves, not what it measures)."""
    if a.measure_class != "percent":
        return False
    served = next((i for i, w in enumerate(a.body) if w in a.lex.service_served), None)
    return served is not None and any(w in a.lex.service_standards for w in a.body[served + 1:])


def _delivered_to_standard(a: IkiAnalysis) -> bool:
    """«Persentase evaluasi … yang dilaporkan ke DPJP tepat waktu», «Persentase audit … yang memenuhi standar»: the
    share of assessments whose result is delivered to a standard, or that meet one, is the assessment's output."""
    if a.measure_class != "percent":
        return False
    for i, word in enumerate(a.body):
        if word != "yang":
            continue
        j = i + 1
        while j < len(a.body) and a.body[j] in a.lex.relative_skip:
            j += 1
        if a.lex.process_met.match_at(a.body, j):
            return True
        if j < len(a.body) and a.body[j] in a.lex.process_delivered and any(
                w in a.lex.service_standards for w in a.body[j + 1:]):
            return True
    return False


@iki_rule("IKI-ACT-DONE")
def states_activity_done(a: IkiAnalysis):
    done = a.lex.done_phrases.match_at(a.words, 0)
    return _fired(done) if done else None


@iki_rule("IKI-ACT-PARTICIPATION")
def counts_participation(a: IkiAnalysis):
    words = a.words
    head = a.head[:1]
    if head and head[0] in a.lex.participation_nouns and (
        a.lex.process_nouns.find(a.head[1:]) or a.lex.report_nouns.find(a.head[1:])
    ):
        return {**_fired(head[0]), "case": "participation"}
    if "yang" not in words:
        return None
    for i, word in enumerate(words):
        if word != "yang":
            continue
        j = i + 1
        while j < len(words) and words[j] in a.lex.relative_skip:
            j += 1
        verb = a.lex.relative_activity_verbs.match_at(words, j)
        if not verb or _service_done_to(a, words, j) or a.lex.relative_achieved.intersection(words[j + len(verb):]):
            continue
        to_standard = _run_by_organisation(a, words, j)
        if to_standard is None:
            # «Jumlah tindakan HD yang dilakukan»: the work itself said to be done, with nothing after it
            # «Jumlah pasien PJK yang dilakukan kateterisasi»: a procedure done to the patients counted, work done
            # too, never participation's advice (peserta, post-test; tester52 P2-8)
            done = words[j] in a.lex.relative_done_to and (j + len(verb) == len(words)
                                                           or bool(a.lex.service_recipients.match_at(a.head, 0)))
            return {**_fired(verb), "case": "work_done" if done else "participation"}
        if not to_standard:
            return {**_fired(verb), "case": "organisation"}
    return None


def _run_by_organisation(a: IkiAnalysis, words: list[str], at: int) -> bool | None:
    """«Persentase fasyankes yang melakukan pengelolaan limbah medis sesuai standar»: a share of organisations that
    run the work to a standard counts units meeting it, an output (True); without the standard it counts units that
    run the work (False); None when the counted thing is no organisation."""
    if a.measure_class != "percent" or words[at] not in a.lex.organisation_acts:
        return None
    if not a.lex.organisations.match_at(a.head, 0):
        return None
    return a.lex.meets_standard.find(words[at + 1:]) is not None


def _service_done_to(a: IkiAnalysis, words: list[str], at: int) -> bool:
    """«Persentase alat medis yang dilakukan PM sesuai jadwal»: a named service done to a thing or a person cared for
    (the counted thing) is that service's coverage, not who took part. Only as a share: «Jumlah pasien yang dilakukan
    pengkajian» counts the work done, not a result."""
    if a.measure_class != "percent" or words[at] not in a.lex.relative_done_to or at + 1 >= len(words):
        return False
    service = words[at + 1]
    return (bool(a.lex.service_recipients.match_at(a.head, 0)) and service not in a.lex.stopwords
            and service not in a.lex.service_conditions)


@iki_rule("IKI-ACT-SERVICE")
def service_without_standard(a: IkiAnalysis):
    if a.measure_class != "percent" or not a.body or a.body[0] not in a.lex.service_heads:
        return None
    if any(word in a.lex.service_conditions for word in a.body[1:]):
        return None
    return _fired(" ".join(a.body[:3]))


@iki_rule("IKI-REPORT-HEAD")
def counts_reports(a: IkiAnalysis):
    report = counted_report(a)
    if report in a.lex.handled_objects and any(w in a.lex.volume_handled for w in a.body):
        return None  # «Jumlah arsip yang dialihmediakan»: the work's object, handled (IKI-VOLUME weighs the count)
    return _fired(report) if report else None


@iki_rule("IKI-REPORT-UNIT")
def unit_counts_activities(a: IkiAnalysis):
    unit = counted_unit(a)
    # When the wording already counts reports, IKI-REPORT-HEAD has said it; when an activity verb opens the IKI
    # («Melakukan monitoring …», 12 kali), an occurrence unit (lexicon report_nouns.occurrence_units) counts how
    # often that activity is done, which IKI-ACT-VERB has said: it counts no reports (tester11 #14).
    if not unit or counted_report(a) or (unit in a.lex.occurrence_units and leading_activity_verb(a)):
        return None
    return _fired(unit)


@iki_rule("IKI-DOC-PRODUCT")
def counts_document_products(a: IkiAnalysis):
    product = counted_product(a)
    if not product or counted_report(a) or counted_unit(a):
        return None
    return _fired(product.upper() if product in ("nspk", "sop") else product)


@iki_rule("IKI-VOLUME")
def counts_work_handled(a: IkiAnalysis):
    """"Jumlah sampel yang diperiksa", "Jumlah pasien rawat jalan yang dilayani", "Jumlah kapal yang diperiksa
    sanitasinya": how many items were handled, with no standard attached. A routine work item (lexicon work_volume
    items) right before any handling verb; any other thing counted, or an item named further («sampel serotipe
    dengue yang …»), only with a verb that handles what arrives (work_volume any_item), never who is reached
    (lexicon entities): a count of what a person produces or sends on stays an output."""
    if a.measure_class != "count":
        return None
    body, lex = a.body, a.lex
    work = lex.volume_work.match_at(body, 0)
    if work and "yang" not in body and not any(w in lex.volume_standards for w in body):
        typed = {w.lower(): w for w in a.draft.indikator.split()}  # «Jumlah tindakan PCI primer»: the work counted
        return {"item": " ".join(typed.get(w, w) for w in body), "verb": "dilakukan"}
    listed = lex.volume_items.match_at(body, 0)
    at = body.index("yang") if "yang" in body[1:lex.volume_item_words + 1] else None
    if at is None and not listed:
        return None
    item = body[:at] if at is not None else list(listed)
    if not listed and (lex.entities.match_at(body, 0) or lex.document_products.match_at(body, 0)):
        return None  # who is reached, or a document a person makes (IKI-DOC-PRODUCT speaks of it)
    j = len(item) + (at is not None)
    while j < len(body) and body[j] in lex.volume_skip:
        j += 1
    verb = body[j] if j < len(body) else ""
    # "yang diperiksa", "yang sy periksa" and "terkirim" (a done state: "email terkirim") all name the handling
    served = bool(listed) and verb in lex.volume_served  # «pasien nifas yang diberikan edukasi …»
    passive = verb if verb in lex.volume_handled or served else f"di{verb.removeprefix('ter')}"
    named_more = not listed or len(item) > len(listed)  # «sampel serotipe dengue yang dikirim»: more than the item
    if not served and (passive not in lex.volume_handled or (named_more and passive not in lex.volume_any_item)
                       or lex.volume_not_handling.match_at(body, j)):
        return None
    if any(w in lex.volume_standards for w in body[j + 1:]):
        return None
    if served:  # what is given names the service, as typed: «diberikan edukasi ASI eksklusif»
        typed = {w.lower(): w for w in a.draft.indikator.split()}
        return {"item": " ".join(typed.get(w, w) for w in item),
                "verb": " ".join([passive] + [typed.get(w, w) for w in body[j + 1:]])}
    owned = body[j + 1] if j + 1 < len(body) and possessed(body[j + 1]) else ""
    forms = acronym_forms()  # "spm" → "SPM" in the message and its example
    return {"item": " ".join(forms.get(w, w) for w in item), "verb": f"{passive} {owned}".strip()}


@iki_rule("IKI-MEASURE")
def has_no_measure_word(a: IkiAnalysis):
    return None if a.measure else {}


@iki_rule("IKI-TWO-MEASURES")
def measures_two_things(a: IkiAnalysis):
    data = knowledge.data("rules/lexicon")["two_measures"]
    joins, words = list_joins(), a.words
    for i in range(1, len(words) - 1):  # «… dan jumlah …»: a second measure word after a join
        second = a.lex.measures.match_at(words, i + 1) if words[i] in joins else None
        if second and a.lex.measure_class.get(second) in data["second_classes"]:
            return _fired((words[i - 1], words[i], *second))
    indices, found, i = phrase_set("rules/lexicon", "two_measures", "indices"), [], 0
    while i < len(words):
        match = indices.match_at(words, i)
        if match:
            found.append((i, match))
            i += len(match)
        else:
            i += 1
    for (at, first), (nxt, second) in zip(found, found[1:]):
        between = words[at + len(first):nxt]
        if first != second and len(between) == 1 and between[0] in joins:  # (never «IKM» glossing its long name)
            return _fired((*first, *between, *second))  # «IPAK dan IPKP»: two indices, each on its own scale
    return None


@iki_rule("IKI-ABSOLUTE")
def uses_absolute_words(a: IkiAnalysis):
    starts = first_words()["absolute_words"]
    for words in (a.words, tokens(str(a.draft.target or ""))):
        if starts.isdisjoint(words):  # most IKI: no word starts one, no need to walk them
            continue
        for i in range(len(words)):
            if words[i] not in starts:
                continue
            found = a.lex.absolute_words.match_at(words, i)
            # "setiap triwulan" is how often, not how absolute.
            if found and not (found == ("setiap",) and i + 1 < len(words) and words[i + 1] in periods()):
                return _fired(found)
    return None


@iki_rule("IKI-VAGUE")
def uses_vague_words(a: IkiAnalysis):
    words, starts = a.words, first_words()["vague_words"]
    if starts.isdisjoint(words):
        return None
    for i in range(len(words)):
        if words[i] not in starts:
            continue
        phrase = a.lex.vague_words.match_at(words, i)
        if not phrase:
            continue
        threshold = len(phrase) == 1 and phrase[0] in a.lex.fine_before_number
        if threshold and i + 1 < len(words) and words[i + 1][:1].isdigit():
            continue
        return _fired(phrase)
    return None


@iki_rule("IKI-TARGET")
def target_is_not_a_number(a: IkiAnalysis):
    raw = a.draft.target
    if raw is None or a.target is not None:
        return None
    # «WTP»: a named grade is a target as a Renstra states it, noted rather than refused
    return {"target": str(raw).strip() or "(kosong)", "case": "named_grade" if is_text_target(str(raw)) else "not_a_number"}


PERCENT_CEILING = 100  # a share of a whole: the most a Persentase target can be


def percent_target_problem(a: IkiAnalysis) -> str:
    """What is wrong with a Persentase IKI's target: «unit» (a count unit, «160 SK»), «over» (above 100), or ""
    (fits, or the IKI is no Persentase). IKI-UNIT-PERCENT reports it; bot.rules.target_fit asks it back."""
    if a.measure_class != "percent" or not a.target:
        return ""
    if a.target.unit and not a.target.is_percent:
        return "unit"
    return "over" if a.target.value > PERCENT_CEILING else ""


def count_target_is_percent(a: IkiAnalysis) -> bool:
    """A Jumlah IKI given a «%» target (IKI-UNIT-COUNT reports it; bot.rules.target_fit asks it back)."""
    return a.measure_class == "count" and bool(a.target and a.target.is_percent)


@iki_rule("IKI-UNIT-PERCENT")
def percent_with_other_unit(a: IkiAnalysis):
    if a.measure_class != "percent":
        return None
    satuan = a.draft.satuan
    if satuan and " ".join(tokens(satuan)) not in a.lex.percent_units and satuan.strip() != "%":
        return {"problem": f"satuannya «{satuan}»"}
    problem = percent_target_problem(a)
    if problem == "unit":
        return {"problem": f"targetnya «{a.draft.target}» bukan persen"}
    if problem == "over":
        return {"problem": f"targetnya {a.draft.target} melebihi {PERCENT_CEILING}"}
    return None


@iki_rule("IKI-UNIT-COUNT")
def count_with_percent(a: IkiAnalysis):
    if a.measure_class != "count":
        return None
    satuan_is_percent = a.draft.satuan and (
        a.draft.satuan.strip() == "%" or " ".join(tokens(a.draft.satuan)) in a.lex.percent_units
    )
    return {} if satuan_is_percent or count_target_is_percent(a) else None


@iki_rule("IKI-UNIT-SCORE")
def index_counted_in_things(a: IkiAnalysis):
    data = knowledge.data("rules/lexicon")
    if a.measure_class != "score" or not a.draft.satuan or not a.satuan:
        return None
    names_index = (a.measure[0] in data["score_index_words"]
                   or phrase_set("rules/lexicon", "two_measures", "indices").find(a.body) is not None)
    if not names_index or set(a.satuan) & set(data["score_units"]) or a.draft.satuan.strip() == "%":
        return None
    if a.lex.report_units.find(a.satuan):  # «laporan», «kali»: IKI-REPORT-UNIT says so already
        return None
    return {"satuan": a.draft.satuan.strip()}


@iki_rule("IKI-BASELINE")
def target_looser_than_baseline(a: IkiAnalysis):
    if not looser_than_baseline(a.draft):
        return None
    return {"target": str(a.draft.target).strip(), "baseline": str(a.draft.baseline).strip()}


@iki_rule("IKI-PARENT")
def direct_cascade_without_parent(a: IkiAnalysis):
    # The leader's indicator it is cascaded from (rhk_atasan, as an MPPH split records it) is its parent too.
    return {} if a.draft.jenis is Jenis.core_cl and not (a.draft.parent or a.draft.rhk_atasan) else None
