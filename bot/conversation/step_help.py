"""Help for the question a flow has open: a question typed inside a step ("maksudnya?", "contohnya?", "biasanya
berapa?", "yg mana?") is about that step and gets its help (knowledge/step_help.yaml); one that names a term gets the
term's meaning, one about something else its short answer. The flow then asks its question again."""

import re
from collections.abc import Callable

from bot import knowledge
from bot.conversation.intent import Intent, Route, classify, request_in, says_lost
from bot.conversation.prima_moves import knows_not
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.knowledge import policy
from bot.lang.numbers import format_number
from bot.lang.text import phrase_set, tokens
from bot.lang.values import numbers_in
from bot.lang.words import stem
from bot.models import IkiDraft, Jenis, SkpDraft
from bot.retrieval.answer import NOT_FOUND, fits, from_glossary, with_source
from bot.retrieval.glossary import placed_terms, skipped_words
from bot.retrieval.normalize import keyword_words, search_config
from bot.retrieval.question_parts import wanted_kind
from bot.retrieval.respell import respelled
from bot.rules.language import is_english
from bot.rules.skp_rules import is_mandatory
from bot.rules.weights import cascades_directly, split_text

Ask = Callable[[str, str | None], object]  # (question, topic) → the retriever's Answer


@knowledge.cached
def _help() -> dict:
    data = knowledge.data("step_help")
    # The step's own words as search reads them ("katim" → "ketua tim", "cl" → "cascading langsung").
    own = {key: _stems(" ".join(step["words"]), frozenset()) for key, step in data["steps"].items()}
    return {"steps": data["steps"], "own": own, "help_words": _stems(" ".join(data["help_words"]), frozenset()),
            "which": phrase_set("step_help", "which_words"), "step_named": _step_named(data["step_names"])}


def _step_named(names: list[str]) -> re.Pattern:
    """A name of the open step, with its number if written («langkah 2», «tahap ke-2», «step ini»)."""
    words = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})(?:\s*(?:ke\s*-?\s*)?\d+|\s+(?:ini|itu))?(?![\w-])", re.IGNORECASE)


def _stems(text: str, skip: frozenset[str], spelled_out: bool = True) -> frozenset[str]:
    """Stems of the words as written and, spelled_out, as search reads them ("katim" → "ketua tim", "liatnya" →
    "liat")."""
    written = [w for w in tokens(text) if w not in skip]
    return frozenset(stem(w) for w in written + (keyword_words(text, skip) if spelled_out else []))


def key(state: UserState) -> str | None:
    """Which help the open question has: the /ubah field, the MPPH's indicator or its target, the field «Simpan ke
    draf» asks, else PRIMA's step or field, else the suggestions on screen; None when none (the summary)."""
    if state.edit is not None:
        iki = state.skp.iki[state.edit.index] if state.edit.index < len(state.skp.iki) else None
        return _field_key(state.edit.field, iki)
    if state.mpph is not None and state.mpph.step in ("indicator", "target", "method", "roles"):
        return f"mpph.{state.mpph.step}"
    if state.rhk is not None and not state.rhk.paused and state.mpph is None:  # /rhk: its part, or the IKI
        return "indikator" if state.rhk.part_kind in ("iki", "seluruh") else "rhk"
    fill = state.fill  # «Simpan ke draf» asking a field of an IKI from /cek, /rhk or a list
    if fill is not None and fill.field and fill.current is not None:
        return _field_key(fill.field, fill.current)
    prima = state.prima
    if prima is None or prima.paused:
        if state.candidates:
            return "usulan"
        return "mpph.done" if state.mpph is not None and state.mpph.step == "done" else None  # the matrix on screen
    if prima.step in ("P", "R"):
        return f"prima.{prima.step}"
    if prima.step == "I":
        return "prima.I.direct" if prima.field == "direct" else "prima.I.role"
    if prima.step == "M":
        return _field_key(prima.field, prima.current)
    return None


def _field_key(field: str, iki: IkiDraft | None) -> str | None:
    if field == "target" and iki is not None and is_mandatory(iki):
        return "target_mandatory"
    return field if field in _help()["steps"] else None


# Fields whose answer is free text that may itself end in "?" (a draft IKI, an RHK, strategies, keywords).
# Steps that ask a yes-no question: a bare «ya» or «tidak» answers it.
_YES_NO = ("prima.I.direct",)
_FREE_TEXT = ("prima.P", "prima.R", "indikator", "rhk", "mpph.indicator", "mpph.roles", "mpph.done")


def asks_for_help(intent: Intent, state: UserState) -> bool:
    """A question, or "bingung", "ga ngerti": the user asks rather than answers. At a field that takes a value
    ("persen atau dokumen?" at the satuan) anything ending in "?" asks; where the answer is free text, only what
    asks without its "?" or holds a help word ("skrining bayi?" at the indicator step is keywords, "maksudnya?" and
    "ga tau kodenya, liat dmn?" are questions)."""
    step_key = key(state)
    if step_key is None or intent.smalltalk == "confused":
        return step_key is not None
    if answers_yes_no(intent, state):  # «tidak» at «berkontribusi langsung?»: the answer
        return False
    if step_key not in _FREE_TEXT:
        # «ketua tim = team lead? I'm just a member»: a question mark mid-message asks too, unless a value follows
        # it («berapa ya? 80 aja» answers).
        return intent.route is Route.question or intent.text.rstrip().endswith("?") \
            or ("?" in intent.text and not numbers_in(intent.text.rpartition("?")[2]))
    if term_only(intent.text):  # «IKK?», «beyond??»: the term's meaning asked, never keywords nor a jenis chosen
        return True
    before, mark, after = intent.text.partition("?")
    if mark and after.strip() and classify(after).route is Route.question:
        return True  # «Nilai IP ASN wajib? buktinya mana»: a question, then another one; never keywords
    bare = intent.text.rstrip().rstrip("?")
    return intent.route is Route.question and (classify(bare).route is Route.question
                                               or bool(_stems(bare, frozenset()) & _help()["help_words"]))


def term_only(message: str) -> bool:
    """A term of the guidance alone with a question mark, as a terse chat asks what it means («IKK?», «beyond??»,
    «data awal?»; d24-dev05: «beyond??» made the IKI typed ahead a Beyond one, «IKK?» searched the catalog), or with
    words that ask beside it («bobot please dong»: step_help.yaml `term_asked`)."""
    text = message.strip()
    bare = text.rstrip("?!. ")
    placed = placed_terms(bare) if bare and "\n" not in bare else []
    if not placed:
        return False
    rest = list(bare)
    for _, (start, end) in placed:
        rest[start:end] = " " * (end - start)
    words = tokens("".join(rest))
    asking = phrase_set("step_help", "term_asked", "asking")
    beside = set(knowledge.data("step_help")["term_asked"]["beside"])
    asks = text.endswith("?") or any(asking.match_at(words, i) for i in range(len(words)))
    return asks and all(asking.match_at(words, i) or word in beside for i, word in enumerate(words))


def catalog_asked(message: str) -> str | None:
    """What a catalog search request typed inside a step looks up («IKK apa yg cocok utk tim kualitas air minum?» →
    «tim kualitas air minum», read as outside any step: intent.request_in's lookup); None for anything else, a request
    naming nothing to look up («IKK apa yg cocok?») or only that the user does not know («ga tau ikk nya»)."""
    request = request_in(message) if "\n" not in message.strip() else None
    if request is None or request.command != "ikk" or not request.text or knows_not(request.text):
        return None
    return request.text


def answers_yes_no(intent: Intent, state: UserState) -> bool:
    """Whether the message is a bare yes or no («tidak», «ga», «iya») where the open step asks a yes-no question."""
    if key(state) not in _YES_NO:
        return False
    from bot.conversation.offered import yes_or_no  # (offered reads answers through iki_fields, which asks here)

    return yes_or_no(intent.text)


def reply(state: UserState, message: str, ask: Ask | None) -> list[Reply]:
    """The answer to a question typed inside the open step (the caller asks the open question again after it):
    a term's meaning or a difference (the step's own term the other side), the step's help for a question about
    the step itself or one that asks which option fits, else the short answer from the guidance, or the step's help
    when the guidance has none. ask: the retriever's ask, None when search is unavailable."""
    step_key = key(state)
    step = _help()["steps"][step_key]
    if "text_leader" in step and for_leader(state.skp):  # the guidance's passages speak to members: the leader's own
        return [Reply(help_text(step_key, skp=state.skp))]
    own = _own_split(state, message)
    if own:  # «bobot?» once PRIMA's cascade question is answered: the split that answer gives, not both
        return [Reply(own)]
    read = _options_spelled(respelled(message), step.get("option_terms", {}))
    told = from_glossary(read, step["topic"])
    if told is not None:
        return [Reply(with_source(told.text, told.source))]
    if says_lost(message):  # «ga tau iki sy apa, bingung»: what this step asks, not a passage about IKI (tester11 #4)
        return [Reply(help_text(step_key, skp=state.skp))]
    if ask is not None and not is_english(message):
        # (an English question is matched to passages by its few Indonesian words: the step's help says more)
        subject = _subject_asked(read, step_key)
        if subject:
            answer = ask(message, step["topic"])
            # Only an answer about what was asked: one that shares none of the question's subject words answers
            # something else, and the step's help says more.
            if answer.answer != NOT_FOUND and (subject & _stems(answer.answer, frozenset(), spelled_out=False)
                                               or _answers_kind_only(read, subject, answer.answer)):
                return [Reply(answer.answer)]
            other = _named_step(subject, step_key)
            if other:  # «boleh ga baseline dikosongin?» at the cascading question: the help on the data awal
                return [Reply(help_text(other, named=True, skp=state.skp))]
            if answer.answer == NOT_FOUND and not subject & _step_words(step_key):
                # «ngomong2 gaji pppk naik ga?» at the role question: outside the guidance, said so; the step's help
                # would answer another topic
                return [Reply(NOT_FOUND)]
    return [Reply(help_text(step_key, skp=state.skp))]


def _own_split(state: UserState, message: str) -> str:
    """The Core split the user's own cascade answer gives (PRIMA step 3, «Tidak langsung» → TUSI 90% / MI 10%) for a
    question naming weights (step_help.yaml bobot `topic`) once that answer is given; "" otherwise, or when it asks
    which option fits (the step's help compares them)."""
    prima = state.prima
    if prima is None or prima.paused or prima.step not in ("M", "A") or _help()["which"].find(tokens(message)):
        return ""
    topic = _stems(_help()["steps"]["bobot"]["topic"], skipped_words()) - _general_topic()
    if not topic or not topic <= _stems(message, skipped_words()):
        return ""
    direct = state.skp.cascading_langsung
    said = "hasil kerja Anda langsung ber-cascading dari indikator unit" if direct \
        else "hasil kerja Anda tidak langsung ber-cascading dari Renstra"
    return (f"Di langkah 3 Anda menjawab {said}, jadi bobot Core Anda {split_text('direct' if direct else 'indirect')}"
            f" (Core {format_number(policy().weights.core_total)}%); Beyond di luarnya, paling banyak "
            f"{format_number(policy().weights.beyond_total)}%. Bila "
            f"jawaban itu berbeda, kembali ke langkah 3 dengan «Kembali». (Sumber: {_help()['steps']['bobot']['source']})")


def _answers_kind_only(question: str, subject: frozenset[str], answer: str) -> bool:
    """A question whose only subject is the kind of fact it asks («deadline nya kapan sih?»: «deadline» asks a date,
    search.yaml `answers.kinds`) is answered by a guidance answer giving that kind, whatever its words («paling
    lambat 8 Februari»)."""
    kind = wanted_kind(question)
    cues = search_config()["answers"]["kinds"].get(kind or "", [])
    return bool(subject) and subject <= _stems(" ".join(cues), frozenset(), spelled_out=False) and fits(answer, kind)


def _named_step(subject: frozenset[str], step_key: str) -> str | None:
    """Another step or field whose topic the question names in full («baseline», «bobot», «ketua tim»): its help
    answers the question better than the open step's; a topic of the IKI as a whole names none."""
    general = _general_topic()
    topics = {key: _stems(step["topic"], skipped_words()) - general for key, step in _help()["steps"].items()
              if key != step_key}
    named = [(len(words), key) for key, words in topics.items() if words and words <= subject]
    return max(named)[1] if named else None


@knowledge.cached
def _general_topic() -> frozenset[str]:
    """Every step is about an IKI: the word names none of them, nor do the words search spells it out in
    («indikator kinerja individu»; tester57 F8: «jenis IKI» then named the jenis step for no question, and «biasanya
    jenisnya apa kak?» at the data awal question was said outside the guidance)."""
    return _stems("IKI", skipped_words())


def _step_words(step_key: str) -> frozenset[str]:
    """Every word the step's help and its own word list use: a question naming one of them is about the step."""
    step = _help()["steps"][step_key]
    return _help()["own"][step_key] | _stems(step["text"], skipped_words(), spelled_out=False)


_FACTS = ("number", "date", "list")  # kinds of fact a step's help may lack («gmn nulisnya» is the step's own how-to)


def _subject_asked(question: str, step_key: str) -> frozenset[str]:
    """The words of what a question asks the guidance about, empty when it asks about the step itself: its own words
    beyond the step's («boleh pakai persentase ga?»); or, when it names its subject with the step's words and asks a
    kind of fact (a number, a date, a list) the step's help does not give, those («IKI saya harus berapa sih?» under
    the suggestions asks how many IKI one holds; «biasanya berapa?» names nothing, «targetnya berapa?» at the target
    step is told by its help)."""
    if _help()["which"].find(tokens(question)):
        return frozenset()
    own = _own_words(question, step_key)
    if own:
        return own
    kind = wanted_kind(question)
    told = re.sub(r"«[^»]*»", "", _help()["steps"][step_key]["text"])  # (what to type, quoted, tells no fact)
    if kind not in _FACTS or fits(told, kind):
        return frozenset()
    return _stems(question, skipped_words()) - _help()["help_words"]


def _options_spelled(question: str, option_terms: dict[str, str]) -> str:
    """The options on screen named by their word as the terms they stand for («bedanya wilayah sama beban
    kuantitatif» at the MPPH's method step → «… pembagian wilayah sama pembagian beban kuantitatif»); a term already
    written out is left as it is."""
    if not option_terms:
        return question
    words = sorted(option_terms, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)

    def spelled(match: re.Match) -> str:
        term = option_terms[match.group(1).lower()]
        written = question[max(0, match.end() - len(term)):match.end()].lower() == term \
            or question[match.start():match.start() + len(term)].lower() == term
        return match.group(1) if written else term
    return pattern.sub(spelled, question)


def help_text(step_key: str, named: bool = False, skp: SkpDraft | None = None) -> str:
    """The step's help; named: the help of another step the question named, headed by its topic. skp: a unit
    leader's gets the step's `text_leader` where it has one (the members' weight table and «tanya ke ketua tim» are
    not theirs)."""
    step = _help()["steps"][step_key]
    head = f"Tentang {step['topic']}" if named else "Bantuan untuk langkah ini"
    text = step["text_leader"] if "text_leader" in step and for_leader(skp) else step["text"]
    return f"{head}: {' '.join(text.split())} (Sumber: {step['source']})"


def leader_note() -> str:
    """Why the members' weights and Mandatory IKI are not a unit leader's (step_help.yaml jenis `leader_note`)."""
    return " ".join(_help()["steps"]["jenis"]["leader_note"].split())


def for_leader(skp: SkpDraft | None) -> bool:
    """Whether this SKP's role is one the members' weight table and Mandatory IKI do not hold (a unit leader)."""
    return skp is not None and not _held_to_table(skp)


def _own_words(question: str, step_key: str) -> frozenset[str]:
    """The question's words beyond help words and the step's own words: what else it is about."""
    config = _help()
    question = config["step_named"].sub(" ", question)  # «langkah 2», «step ini»: the open step itself
    return _stems(question, skipped_words()) - config["help_words"] - config["own"][step_key]


def _held_to_table(skp: SkpDraft) -> bool:
    """Whether the members' weight table and Mandatory IKI hold this SKP's role (policy.yaml roles)."""
    policy = knowledge.policy()
    return skp.peran in policy.weights.roles or skp.peran in policy.mandatory_iki.roles


def jenis_offered(skp: SkpDraft | None = None) -> list[Jenis]:
    """The jenis the guidance leaves this SKP's role: every one, but no Core MI for a unit leader (step_help.yaml
    `options_leader`)."""
    if skp is None or _held_to_table(skp):
        return list(Jenis)
    leader = _help()["steps"]["jenis"]["options_leader"]
    return [j for j in Jenis if j.value in leader]


def jenis_lines(skp: SkpDraft | None = None) -> str:
    """One line per jenis offered, shown with the question that asks it: a unit leader's without the members'
    shares, with why; a direct cascade's TUSI at its 40%."""
    step = _help()["steps"]["jenis"]
    options = dict(step["options"])
    if skp is not None and not _held_to_table(skp):
        options |= step["options_leader"]
    elif skp is not None and cascades_directly(skp):
        options |= step["options_direct"]
    lines = [f"• {' '.join(options[j.value].split())}" for j in jenis_offered(skp)]
    if skp is not None and not _held_to_table(skp):
        lines.append(leader_note())
    return "\n".join(lines)


def target_hint(iki: IkiDraft) -> str:
    """A hint shown with the target question of the mandatory IKI (IP ASN): the materi's example targets."""
    return _help()["steps"]["target_mandatory"]["hint"] if is_mandatory(iki) else ""
