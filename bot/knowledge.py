"""Ground: every YAML file under knowledge/ read once, checked for the parts the code reads, and cached; the
policy numbers of the guidance (policy.yaml) as typed values. Code never opens a knowledge file itself."""

import re
from collections import OrderedDict
from functools import lru_cache, wraps
from pathlib import Path
from threading import Lock

import yaml
from pydantic import BaseModel, ValidationError

from bot.settings import SettingsError, get_settings

# Each file under IKI_KNOWLEDGE_DIR (without .yaml) and the top-level keys the code reads from it.
FILES: dict[str, tuple[str, ...]] = {
    "rules/rules": ("activity_categories", "iki", "skp", "mpph", "categories"),
    "audit": ("source", "terms"),
    "rules/lexicon": ("measures", "activity_verbs", "process_nouns", "done_phrases", "relative_activity_verbs",
                      "service_heads", "report_nouns", "document_products", "absolute_words", "vague_words",
                      "percent_units", "stopwords", "reading", "measure_kinds", "condition_words", "region_words",
                      "list_joins", "entities", "language", "work_volume", "jenis_words"),
    "rules/policy": ("iki_count", "weights", "mandatory_iki", "renstra"),
    "rewrite/patterns": ("rewrite_when", "skip_before_process", "object_ends_at", "drop_words", "connectors", "families",
                         "helper_verbs", "nominals", "work_words", "object_ends_after_work", "roles", "conditions",
                         "public", "guided", "dangling", "passives", "limit_openers", "stated_result"),
    "rewrite/english": ("openers", "words", "participles", "qualifiers", "within", "units", "prepositions", "connectors",
                        "relative", "dropped", "verb_phrases", "actions", "work_verbs", "work_lead_ins", "pronouns",
                        "work_places", "work_everyone"),
    "rewrite/register": ("casual", "casual_only", "purpose", "purpose_before_verb", "output_verbs", "means", "sequence", "condition",
                         "frequency", "fillers", "companions", "people"),
    "rewrite/work": ("task_breaks", "task_joins", "join_forms", "join_kept_after", "inside_forms", "introductions",
                     "lead_ins", "place_prepositions", "workplaces", "regions", "places_anywhere", "asking", "per_task",
                     "single_task", "most", "max_tasks", "chat_joins", "verbs", "work_bodies", "on_event",
                     "self_introductions"),
    "thesaurus": ("groups",),
    "search": ("stopwords", "indicator_stopwords", "clitics", "synonyms", "fusion", "relevance", "ranking", "broader", "answers"),
    "intent": ("smalltalk", "polite_opening", "filler", "value_questions", "question_words", "asks_about_words", "question_tags", "work_description",
               "bare_commands", "requests", "topic_drop", "search_follow_up", "how_object", "iki_for_work"),
    "columns": ("header_qualifiers", "renstra", "renstra_import", "skp_export", "total_rows", "role_words",
                "middle_heads", "unit_joins"),
    "dialog_pack": ("berakhlak", "dukungan_sumber_daya", "skema_pertanggungjawaban", "konsekuensi", "rencana_aksi",
                    "pertanyaan"),
    "mpph": ("wilayah", "gelar_nama", "sapaan_nama", "nama_lain", "kelompok_lain", "kata_pengisi", "kata_provinsi", "sisa_saya", "sisa_lain", "sisa_tidak_ada",
             "sisa_ada", "kata_pegang", "pemegang_umum", "daftar_nama", "selesai", "kata_cara"),
    "skp_form": ("source", "judul", "periode", "identitas", "tanda_tangan"),
    "rhk_qualifiers": ("leader_heads", "kinds", "score_qualifier", "predicate_qualifier", "present", "member_parts",
                       "time_measures", "lower_qualifier", "nominals", "scopes", "measure_names", "complements",
                       "whole_rhk"),
    "examples/iki_examples": ("good_iki", "rewrites"),
    "glossary": ("terms",),
    "step_help": ("help_words", "which_words", "steps"),
    "conversation": ("taking_back", "wrapped_line_open_ends", "skip_field_beside", "role_said", "middle_said", "count_by_role", "team_told", "cascade_words", "cascade_denials", "list_fixed", "iki_refs", "number_joins", "list_all", "typed_press", "corrections", "refuse_suggestion", "unsure", "take_suggestion", "iki_request", "lead_in", "add_lead", "unsave", "unsave_pointers", "asks_why", "due_words", "making_verbs", "fields", "jenis", "jenis_refused", "jenis_refused_bridges", "activity_joins", "activity_lead", "ordinals", "pick_words", "suggestion_nouns", "selecting", "not_now", "line_names", "line_asks", "table_columns", "row_labels_skipped", "lines_merged",
                     "list_refs", "list_add", "list_passing", "list_good", "list_rest", "list_which", "list_failing_asks",
                     "rhk_whole",
                     "beyond_cues", "list_reasons", "edit_iki", "prima_moves", "count_asks", "shorten", "objection"),
    "numbers": ("words", "teen", "scales", "decimal_words", "percent", "approximate", "not_units", "bounds", "more",
                "quarter_words"),
    # The year after January (bot/year/): rencana aksi, catatan harian, capaian, reminders, perubahan SKP.
    "rencana_aksi": ("patterns", "words", "by_rhk_kind", "counted_kinds", "edit_words", "processes", "result_of",
                     "named_measures", "lower_process", "default_processes", "general_process"),
    "catatan_harian": ("clock_hours", "last_night_words", "paste_heading", "paste_summary_from", "number_words", "participant_nouns", "trainee_groups", "share_base_markers", "training_kinds", "learning_events", "learning_credits", "teaching_words",
                       "audience_markers", "logging_words", "today_words", "yesterday_words", "weekdays", "week_span_before", "past_markers", "last_week", "date_words", "date_range", "months",
                       "month_short", "weekday_names", "done_words", "done_verbs", "ongoing_words", "plan_words",
                       "not_done_words", "progress_words", "reminder_words", "rencana_words",
                       "correction_words", "question_anywhere", "draft_markers", "smalltalk",
                       "smalltalk_filler", "excuse_openers", "absence_words", "absence_filler", "outside_words", "unlink_words", "continuation_words", "outside_activities", "helping_words", "participation_words", "success_words", "commitment_words", "condition_markers",
                       "duration_units", "not_duration_before", "interval_before", "duration_bound_openers", "duration_lead_words", "date_lead_words", "not_count_before", "not_count_units", "skp_actions", "skp_fields", "own_records", "own_records_asks", "own_records_iki", "own_records_lost", "negations",
                       "final_states", "recap_words", "recap_week", "recap_month", "this_week", "this_month", "last_month",
                       "evidence_minutes", "synonyms", "topic_hints", "covers", "weak_words", "place_markers",
                       "location_markers", "partner_markers", "period_markers", "period_deixis", "link",
                       "date_prefixes", "days_back", "duration_phrases", "compound_duration_units",
                       "correction_frame", "brackets"),
    "capaian": ("change_words", "from_logbook", "not_yet", "pending", "yearly_later", "fraction_words", "joiners",
                "since_start", "quarter_only", "split_whole", "behind"),
    "pengingat": ("logbook", "dialog", "realisasi", "holiday_categories", "day_parts", "afternoon_below",
                  "words", "follow_up_words"),
    "team": ("pairing", "feedback", "catatan", "dialog", "digest"),
    "perubahan_skp": ("reasons", "procedure"),
    # The chat's commands in words: /bantuan, the command menu, and questions about the assistant's own features.
    "commands": ("sections", "asked_of_assistant", "commands"),
    # Putting right what one just said: the words every reader of a self-correction takes its lists from.
    "self_correction": ("corrects", "mistake", "mistake_en", "interjections", "apologies", "instead", "meant",
                        "right_one", "wait", "taken_back", "tags", "but"),
}


_DERIVED: list = []  # caches of what code builds from knowledge files (phrase sets, patterns): cleared with them


def cached(fn):
    """Cache something built from knowledge files; `clear()` forgets it together with the files."""
    wrapped = lru_cache(maxsize=None)(fn)
    _DERIVED.append(wrapped)
    return wrapped


def keyed(size: int):
    """Cache a function of things that are no dict key themselves (an SKP) under a key the caller passes first (the
    things as text), the `size` latest kept: a user's SKP stays while their lines come in one by one; `clear()`
    forgets them together with the files."""
    def wrap(fn):
        kept: OrderedDict = OrderedDict()
        lock = Lock()

        @wraps(fn)
        def call(key, *args):
            with lock:
                if key in kept:
                    kept.move_to_end(key)
                    return kept[key]
            value = fn(*args)
            with lock:
                kept[key] = value
                if len(kept) > size:
                    kept.popitem(last=False)
            return value

        def cache_clear() -> None:
            with lock:
                kept.clear()

        call.cache_clear = cache_clear
        _DERIVED.append(call)
        return call

    return wrap


def remembered(fn):
    """Cache a function of one word or text that reads knowledge files (is it foreign, its correction), called again
    and again by an audit: at most 100,000 answers for texts up to 300 characters (an IKI's length; a long chat
    message is not kept), forgotten with the files by `clear()`."""
    cached_fn = lru_cache(maxsize=100_000)(fn)
    _DERIVED.append(cached_fn)

    @wraps(fn)
    def call(text: str):
        return cached_fn(text) if len(text) <= 300 else fn(text)

    return call


class KnowledgeError(SettingsError):
    """A knowledge file is missing or malformed: the operator points IKI_KNOWLEDGE_DIR at a complete folder."""


def knowledge_dir() -> Path:
    return get_settings().knowledge_dir


@lru_cache(maxsize=None)
def data(name: str) -> dict:
    """knowledge/<name>.yaml as a dict, with every key FILES lists for it (KnowledgeError says what is wrong)."""
    path = knowledge_dir() / f"{name}.yaml"
    try:
        with path.open(encoding="utf-8") as handle:
            loaded = yaml.safe_load(handle)
    except OSError:
        raise KnowledgeError(f"berkas pengetahuan {path} tidak ada atau tidak terbaca; arahkan IKI_KNOWLEDGE_DIR ke "
                             "folder knowledge/ yang lengkap, atau kosongkan untuk folder bawaan") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" baris {mark.line + 1}" if mark else ""
        raise KnowledgeError(f"berkas pengetahuan {path}{where} bukan YAML yang valid; perbaiki lalu ulangi") from None
    missing = [key for key in FILES.get(name, ()) if not isinstance(loaded, dict) or key not in loaded]
    if missing:
        raise KnowledgeError(f"berkas pengetahuan {path} tidak memuat {', '.join(missing)}; pakai versi dari repositori")
    return _with_shared(loaded, name, loaded)


_SHARED = re.compile(r"\$([a-z_]+(?:/[a-z_]+)*)\.([a-z_]+(?:\.[a-z_]+)*)$")  # «$self_correction.mistake»
_SHARED_WORD = re.compile(r"(?:^|\s)\$[a-z_]")


def _with_shared(value, name: str, root: dict):
    """Lists naming a shared vocabulary in place of copying it: an item whose words include `$<file>.<key>` (a list of
    knowledge/<file>.yaml, this file's own too) stands for each phrase made with every word of that list there
    («$self_correction.mistake» for salah, ralat, …; «$self_correction.interjections $self_correction.mistake» for
    «eh salah», «ehh ralat», …; «$self_correction.apologies salah» for «maaf salah», …). One vocabulary, each list
    saying what it takes of it."""
    if isinstance(value, dict):
        return {key: _with_shared(item, name, root) for key, item in value.items()}
    if not isinstance(value, list):
        return value
    if not any(isinstance(item, str) and _SHARED_WORD.search(item) for item in value):
        return [_with_shared(item, name, root) for item in value]
    out: list = []
    for item in value:  # a phrase both written and made from the shared list is kept once
        shared = isinstance(item, str) and _SHARED_WORD.search(item)
        for phrase in _shared_phrases(item, name, root) if shared else [_with_shared(item, name, root)]:
            if phrase not in out:
                out.append(phrase)
    return out


def _shared_phrases(item: str, name: str, root: dict) -> list[str]:
    phrases = [""]
    for word in item.split():
        found = _SHARED.match(word)
        if found is None:
            options = [word]
        else:
            options = root if found.group(1) == name else data(found.group(1))
            for key in found.group(2).split("."):
                options = options.get(key) if isinstance(options, dict) else None
            if not isinstance(options, list):
                raise KnowledgeError(f"berkas pengetahuan {name}.yaml menyebut {word}, yang bukan daftar; pakai versi "
                                     "dari repositori")
            options = _with_shared(options, name, root) if found.group(1) == name else options
        phrases = [f"{head} {option}".strip() for head in phrases for option in options]
    return phrases


def taking_back(*roles: str) -> list[str]:
    """The words of these roles of conversation.yaml taking_back (the one table of words that take something back:
    put_back, calling_off, not_after_all, refusing, going_back, regret), in order; a reader adds its own scope words."""
    table = data("conversation")["taking_back"]
    return [word for role in roles for word in table[role]]


def taking_back_whole(kind: str) -> list[str]:
    """Whole messages taking back what conversation.yaml `kind` (drop_undo, edit_undo) did: a taking-back word
    (put_back, calling_off, not_after_all, refusing) before one of its `taken` words («ga jadi dibuang»)."""
    taken = data("conversation")[kind]["taken"]
    return [f"{word} {thing}" for word in taking_back("put_back", "calling_off", "not_after_all", "refusing")
            for thing in taken]


# The guidance's numbers, typed: one home for each (knowledge/rules/policy.yaml) ---------------------------------
class IkiCount(BaseModel):
    source: str
    min: int
    max: int
    roles: list[str]  # the range applies to these roles; leaders' IKI come from their Perjanjian Kinerja

    @property
    def range_text(self) -> str:
        """"5–10", as every report writes the range."""
        return f"{self.min}–{self.max}"


class Weights(BaseModel):
    source: str
    core_total: int
    beyond_total: int
    roles: list[str]  # the totals, the split and Beyond apply to these roles; leaders' come from their PK
    split: dict[str, dict[str, float]]  # direct | indirect cascading → jenis → weight

    @property
    def ceiling(self) -> int:
        """The most weight an SKP carries (Core + Beyond): no single weight can be more."""
        return self.core_total + self.beyond_total


class MandatoryIki(BaseModel):
    source: str
    roles: list[str]
    phrases: list[str]
    name: str
    satuan: str
    jenis: str


class Renstra(BaseModel):
    source: str
    levels: dict[str, list[int]]  # level, top-down → how many numbers its codes carry (IKK 5.1.1: 3)


class Duplicates(BaseModel):
    source: str
    near_extra_words: int  # a near twin adds at most this many meaning words to the other IKI
    min_shared: int  # … and holds at least this many of its words
    min_object_roots: int  # two IKI served to a norm counting the same thing: at least this many roots of it


class Policy(BaseModel):
    iki_count: IkiCount
    weights: Weights
    mandatory_iki: MandatoryIki
    renstra: Renstra
    duplicates: Duplicates


def category_label(category: str) -> str:
    """A finding category's name in the audit's reports (rules.yaml `categories`: «IKI ganda» for DUPLICATE)."""
    return data("rules/rules")["categories"][category]["label"]


def category_facts(category: str) -> dict[str, str]:
    """A finding category's sentences in rules.yaml `categories` (its label, `allowed_for` …): a rule's message and
    the glossary quote them by name («{allowed_for}»), so each is written once."""
    entry = data("rules/rules")["categories"].get(category, {})
    return {key: value for key, value in entry.items() if isinstance(value, str)}


@lru_cache(maxsize=1)
def policy() -> Policy:
    try:
        return Policy.model_validate(data("rules/policy"))
    except ValidationError as exc:
        where = ", ".join(".".join(str(p) for p in e["loc"]) for e in exc.errors())
        raise KnowledgeError(f"knowledge/rules/policy.yaml tidak lengkap atau salah bentuk ({where})") from None


def clear() -> None:
    """Forget what was read (a test that points IKI_KNOWLEDGE_DIR elsewhere)."""
    data.cache_clear()
    policy.cache_clear()
    for derived in _DERIVED:
        derived.cache_clear()
