"""What a plain chat message is: small talk, a question for the guidelines, an IKI draft to check, unclear (the bot
asks), or nothing it can use. Words are data in knowledge/intent.yaml; the IKI signals come from the rule lexicon."""

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from bot import knowledge
from bot.lang.text import PhraseSet, clean, phrase_set, smalltalk_phrases, tokens
from bot.lang.thesaurus import thesaurus
from bot.lang.words import is_indonesian_word, spoken_active, spoken_root
from bot.retrieval.codes import codes_in
from bot.retrieval.question_parts import wanted_kind
from bot.rewrite.work import introduces_work, tasks
from bot.rules.analysis import is_activity_verb
from bot.rules.draft_reading import Reading, iki_labelled, read
from bot.rules.lexicon import lexicon
from bot.year.entry_chat import command_word, feels, offers_choice, told_as_topic
from bot.year.entry_dates import when
from bot.year.entry_drafts import MIN_RHK_WORDS, iki_judged
from bot.year.entry_kind import ASKS_NOTHING, LABELLED_DRAFT, EntryKind, KindReading, kind_of
from bot.year.line import line
from bot.year.vocabulary import vocabulary

# What the year reads itself; a draft, a question and small talk go on to the routes below.
YEAR_KINDS = frozenset({EntryKind.report, EntryKind.progress, EntryKind.reminder, EntryKind.rencana,
                        EntryKind.correction, EntryKind.plan, EntryKind.records, EntryKind.instruction, EntryKind.transfer,
                        EntryKind.remark})
_TARGET = re.compile(r"\d[\d.,]*\s*(?:%|persen\b|[a-z]{3,})", re.IGNORECASE)
_REPEATS = re.compile(r"(\w)\1{2,}")  # "halooo" → "halo", "makasiiih" → "makasih"
_NAMES_TARGET = re.compile(r"\btarget|%|\bpersen\b", re.IGNORECASE)  # «…, target 98%»: IKI with their targets


class Route(StrEnum):
    smalltalk = "smalltalk"
    question = "question"
    iki = "iki"
    indicator = "indicator"  # names a Renstra code ("IKK 5.1.1", "target IKP 5.1 berapa"): look it up
    unclear = "unclear"
    nonsense = "nonsense"
    year = "year"  # about the year's records: done work, a quarter's figure, a reminder, a stage (bot.year.entry_kind)


@dataclass(frozen=True)
class Intent:
    """What a message is, with what was read from it on the way, so nothing downstream reads it again."""

    route: Route
    text: str = ""
    smalltalk: str = ""  # the kind of small talk (greeting, thanks …), for the reply
    reading: Reading | None = None  # the message read as a draft (bot.rules.draft_reading), once it was needed
    entry: KindReading | None = None  # the message read as a logbook line (route year), for a user with an SKP

    @cached_property
    def work_object(self) -> bool:
        """Whether it names some work (see has_work_object)."""
        return has_work_object(self.text, self.reading)


@knowledge.cached
def _config() -> dict:
    data = dict(knowledge.data("intent"))  # the cached file stays as read
    data["kinds"] = {kind: PhraseSet(smalltalk_phrases(kind)) for kind in data["smalltalk"]}
    data["filler_set"] = frozenset(data["filler"])
    data["question_set"] = PhraseSet(data["value_questions"] + data["question_words"])
    data["asking_set"] = PhraseSet(data["topic_asking"])
    data["asks_about_set"] = phrase_set("intent", "asks_about_words")
    data["work_set"] = phrase_set("intent", "work_description")
    data["unsure_set"] = phrase_set("conversation", "unsure")
    data["how_words"] = frozenset(data["how_object"]["words"])
    data["how_after_set"] = phrase_set("intent", "how_object", "after")
    data["iki_about"] = frozenset(data["iki_for_work"]["about"])
    data["iki_words"] = frozenset(data["iki_for_work"]["words"])
    data["request_groups"] = {name: {group: PhraseSet(words) for group, words in request.items()
                                     if group not in _REQUEST_ACTS}
                              for name, request in data["requests"].items()}
    return data


def smalltalk_reply(kind: str) -> str:
    return _config()["smalltalk"][kind]["reply"]


def classify(message: str, logging: bool | None = None) -> Intent:
    """logging: None for a user without an SKP; else whether they keep a logbook (an agreed SKP or entries), so
    a line of done work, a quarter's figure, a reminder or a stage is the year's (Route.year) before anything else."""
    text = unicodedata.normalize("NFKC", message).strip()
    if logging is not None and text:
        entry = kind_of(text, logging=logging)
        if entry.kind in YEAR_KINDS:
            return Intent(Route.year, text, entry=entry)
        if entry.kind is EntryKind.smalltalk and feels(entry.line):  # «hari ini capek bgt pasien penuh»: no work
            return Intent(Route.smalltalk, text, "feeling", entry=entry)
    words = tokens(_REPEATS.sub(r"\1", text.lower()))
    if logging is not None and text and entry.kind is EntryKind.smalltalk:
        # «maaf tadi salah kirim»: small talk beside a time word; answered as the kind it names
        # «target tahun ini cuma satu: waras sampe desember 🤣»: a joke named by its emoji alone
        kind = _smalltalk_kind(words) or _smalltalk_named(words) or ("emoji" if _has_emoji(text) else "")
        if kind:
            return Intent(Route.smalltalk, text, kind, entry=entry)
    if not words:
        # Only symbols, emoji or nothing: an emoji is a friendly nod, "#2" or "!!!" says nothing.
        return Intent(Route.smalltalk, text, "emoji") if _has_emoji(text) else Intent(Route.nonsense, text)
    kind = _smalltalk_kind(words)
    if kind:
        return Intent(Route.smalltalk, text, kind)
    if logging is not None and entry.why == ASKS_NOTHING:  # «ok tapi yg tadi gmn»: the bot asks what is meant
        return Intent(Route.unclear, text, entry=entry)
    if all(w.isdigit() for w in words):
        return Intent(Route.nonsense, text)
    config = _config()
    # "… bisa diubah gak": a yes/no question ends in a tag word.
    # «… bisa dicatat tidak ya», «sy mau tanya kalau …»: the logbook's reading found a question (bot.year.entry_kind)
    asks = text.rstrip().endswith("?") or _has_question_word(words) or words[-1] in config["question_tags"] \
        or _asks_then_adds(text) or offers_choice(words) \
        or (logging is not None and entry.kind is EntryKind.question)
    asks = asks and not _unsure_guess(words)
    reading = read(text)
    read_words = tokens(reading.text)
    measure = lexicon().measures.match_at(read_words, add_lead_length(read_words)) if read_words else None
    # "Persentase itu apa?" asks about the word; "Persentase faskes terakreditasi?" is a draft ending in "?"; «mau bikin
    # IKI 'Persentase …' gmn menurutmu» asks to judge the IKI quoted (checked without its lead-in: answers.without_lead_in)
    # «iki beyond sy: Inovasi dashboard …»: named the user's IKI and typed after the label, whatever its first word
    labelled = iki_labelled(text) is not None and kind_of(text).why == LABELLED_DRAFT
    if measure and not (asks and config["asks_about_set"].find(words)) or iki_judged(text) or labelled:
        route = Route.iki
    elif codes_in(text):
        route = Route.indicator
    elif asks:
        route = Route.question
    elif _reads_like_iki(read_words, reading) or config["work_set"].find(words):  # "sy ngurus …": their work
        route = Route.iki
    else:
        route = Route.unclear if _any_known_word(words) else Route.nonsense
    return Intent(route, text, reading=reading)


def add_lead_length(words: list[str]) -> int:
    """«tambah persentase …», «tambahin lagi Jumlah …»: how many words ask to add the IKI after them (an add_lead
    phrase of conversation.yaml, then lead_in words such as «lagi», «iki»), when a measure word follows; else 0."""
    lead = phrase_set("conversation", "add_lead").match_at(words, 0)
    if not lead:
        return 0
    end = len(lead)
    extra = phrase_set("conversation", "lead_in")
    while end < len(words) and not lexicon().measures.match_at(words, end) and (more := extra.match_at(words, end)):
        end += len(more)
    return end if lexicon().measures.match_at(words, end) else 0


def small_talk(text: str) -> bool:
    """«thank you», «halo min»: a message made only of small talk and filler (intent.yaml `smalltalk`)."""
    words = tokens(_REPEATS.sub(r"\1", unicodedata.normalize("NFKC", text).lower()))
    return bool(words) and bool(_smalltalk_kind(words))


def says_lost(text: str) -> bool:
    """«ga tau iki sy apa, bingung», «aku newbie, mulai dari mana?»: the user says they are lost (a `confused` phrase of
    intent.yaml anywhere in the message), whatever else it asks."""
    words = tokens(_REPEATS.sub(r"\1", unicodedata.normalize("NFKC", text).lower()))
    return _config()["kinds"]["confused"].find(words) is not None


def after_yes(text: str) -> str | None:
    """«iya 31 oktober, sabtu itu lembur» → «31 oktober, sabtu itu lembur»: the rest of a message that opens with a
    yes (the small-talk `ack` phrases of intent.yaml); None when it does not open with one."""
    first, _, rest = text.strip().partition(" ")
    words = tokens(first)
    return rest if len(words) == 1 and _config()["kinds"]["ack"].match_at(words, 0) else None


def bare_command(text: str) -> str | None:
    """"prima", "mulai aja", "ekspor dong": the command whose word the whole message is, typed without its slash
    (intent.yaml `bare_commands`); None otherwise."""
    return command_word(text)


# What a request in intent.yaml does, beside its words.
_REQUEST_ACTS = ("command", "topic", "reply", "with_llm", "not_work", "not_iki", "in_flow", "before_logbook",
                 "iki_led_words", "whole", "not_a_topic", "opening")


@dataclass(frozen=True)
class Request:
    """What the user asks the assistant to do: `name` (intent.yaml `requests`), and either the command that does it
    with the text to give it, or the reply."""

    name: str
    command: str = ""
    text: str = ""
    reply: str = ""
    with_llm: str = ""  # said after the reply when a language model is configured
    opening: str = ""  # the reply's greeting, left out when the user was greeted the turn before


def request_in(text: str) -> Request | None:
    """"bisa bantu bikin iki?" → draft; "mau bagi iki ke 4 anggota tim" → /mpph; "IKK apa yg cocok utk tim
    surveilans?" → /ikk tim surveilans: what the user asks the assistant to do, rather than asking the guidance how;
    None otherwise (and for an IKI: «Jumlah SOP yang disusun bersama staf»). A search asked after a remark («ga
    cocok itu mah farmalkes. kkp ada ga ikk nya? kekarantinaan kesehatan») is read from its asking sentence on."""
    found = _request_in(text)
    asked = _from_asking_sentence(text)
    if found is None and asked != text:
        found = _request_in(asked)
        found = found if found is not None and found.command and _searches(found) else None
    if found is not None and _searches(found) and wanted_kind(asked) == "definition":
        return None  # «ikk tuh apa sih» asks what IKK means: a question for the guidance, not a search for «tuh»
    return found


def introduction_in_flow(text: str) -> str | None:
    """«sy pranata komputer di rsup» typed while a step is open: what is said before the step is asked again (the
    request's `in_flow`); None for anything else."""
    found = request_in(text)
    return _config()["requests"][found.name].get("in_flow") if found is not None else None


def before_logbook(request: Request) -> bool:
    """A request read before a logbook keeper's line would keep it as work done (intent.yaml `before_logbook`)."""
    return bool(_config()["requests"][request.name].get("before_logbook"))


def _searches(request: Request) -> bool:
    """A request whose other words are what to look up (the catalog lookup)."""
    return bool(_config()["requests"][request.name].get("topic"))


def _from_asking_sentence(text: str) -> str:
    """The text from the start of the sentence ending in its first «?» («… farmalkes. kkp ada ga ikk nya? …» →
    «kkp ada ga ikk nya? …»); the text itself when it asks in its first sentence or not at all."""
    mark = text.find("?")
    if mark < 0:
        return text
    start = max(text.rfind(end, 0, mark) for end in ".!\n")
    return text[start + 1:].strip() if start >= 0 else text


def _holds_any(phrases: PhraseSet, words: list[str]) -> bool:
    """Whether a phrase stands in the words, or in them with chat's verbs said back as their roots («unit gw
    ngurusin harmonisasi …» holds «urus»: an introduction carrying work, tester53 P3-1)."""
    return bool(phrases.find(words) or phrases.find([spoken_root(w) or spoken_active(w) or w for w in words]))


def _request_in(text: str) -> Request | None:
    config = _config()
    words = tokens(text.lower())
    if not words:
        return None
    # «Jumlah SOP yang disusun bersama staf» is an IKI, no request; a short question opening with «capaian» may be one
    iki_led = bool(lexicon().measures.match_at(words, 0) and has_work_object(text))
    for name, groups in config["request_groups"].items():
        if iki_led and len(words) > config["requests"][name].get("iki_led_words", 0):
            continue
        has = {group: bool(phrases.find(words)) for group, phrases in groups.items() if group not in ("both", "unless")}
        if "both" in groups and groups["both"].find(words):
            has["asking"] = has["doing"] = True
        if all(has.values()) and not ("unless" in groups and _holds_any(groups["unless"], words)):
            request = config["requests"][name]
            if request.get("not_a_topic") and told_as_topic(text, groups["about"]):
                continue  # «rapat tim bahas capaian TW3»: what a meeting told was about, work done
            if request.get("not_iki") and _holds_iki(words, text):
                continue  # «tambah 1 lg: Persentase …»: the IKI itself, checked
            if request.get("not_work") and (is_work_description(text) or any(
                    not groups["role"].find(tokens(task)) for task in tasks(text))):
                continue  # «sy radiografer, ngerjain foto rontgen …»: a task besides the role is drafted, not greeted
            given = _topic(words, groups) if request.get("topic") else text if request.get("whole") else ""
            return Request(name, request.get("command", ""), given,
                           request.get("reply", ""), request.get("with_llm", ""), request.get("opening", ""))
    return None


def _holds_iki(words: list[str], text: str) -> bool:
    """A measure word anywhere and some known work: the message holds an IKI sentence."""
    measures = lexicon().measures
    return has_work_object(text) and any(measures.match_at(words, i) for i in range(len(words)))


def _topic(words: list[str], groups: dict[str, PhraseSet]) -> str:
    """The words left when a request's own words, question words and filler are taken out ("tim surveilans")."""
    config = _config()
    drop = set()
    for phrases in (*groups.values(), config["question_set"], config["asking_set"]):
        i = 0
        while i < len(words):
            found = phrases.match_at(words, i)
            drop.update(range(i, i + len(found))) if found else None
            i += len(found) if found else 1
    kept = [w for i, w in enumerate(words) if i not in drop and w not in config["filler_set"]
            and w not in config["topic_drop"]]
    while kept and kept[-1] in config["question_tags"]:  # «… utk KKP ga?»: the closing «ga» asks, it is no topic
        kept.pop()
    # «buat tim sy? tim hipertensi»: a word met again once the filler between is out is said once (tester52 P2-1)
    return " ".join(w for i, w in enumerate(kept) if i == 0 or w != kept[i - 1])


def search_follow_up(text: str) -> str | None:
    """«kalau utk tim pengelola BMN?» right after a catalog search: the topic to search next («tim pengelola BMN»);
    None when the message is no such follow-up (intent.yaml `search_follow_up`)."""
    config = _config()
    follow = config["search_follow_up"]
    words = tokens(text.lower())
    if not words or len(words) > follow["most_words"] \
            or not phrase_set("intent", "search_follow_up", "openers").match_at(words, 0):
        return None
    drop = set(follow["drop"]) | config["filler_set"] | set(config["topic_drop"])
    topic = [w for w in words if w not in drop and not config["question_set"].match_at([w], 0)]
    return " ".join(topic) or None


def work_beside_request(text: str) -> str | None:
    """The work named in the clauses beside a request: "saya staf di biro umum, ngurus pengadaan barang. bisa bantu
    bikin iki?" → "pengadaan barang", to draft from; None when they name none."""
    clauses = [part.strip() for part in re.split(r"[.,;?!\n]", text)]
    rest = ", ".join(part for part in clauses if part and request_in(part) is None)
    return rest if rest and is_work_description(rest) else None


def reports_done_work(text: str) -> bool:
    """«hari ini review 12 berkas …», «kemarin rapat koordinasi …»: a line of work done (a day named, done said),
    read as a logbook line would be by someone without an SKP yet."""
    reading = kind_of(text)
    # a day named or «sudah»: a count alone («2 Jumlah pegawai … 50 orang», a pasted row) is no sign of work done
    return reading.kind is EntryKind.report and bool(reading.when.kind or reading.line.has(vocabulary().done))


def done_work_topic(text: str) -> str:
    """«hari ini review 12 berkas usulan kenaikan pangkat» → «review berkas usulan kenaikan pangkat»: the work in a
    logbook line without its day and its count, to draft IKI from."""
    ln = line(text)
    start, end = when(ln).span
    kept = [tok for i, (tok, kind) in enumerate(zip(ln.toks, ln.kinds))
            if not start <= i < end and kind in ("word", "alnum", "slash")]
    return " ".join(kept) or text


def work_introduced(text: str) -> str | None:
    """The work after the words that introduce it (intent.yaml `work_description`), as typed: "ribet amat. sy ngurus
    RKA K/L sama revisi anggaran" → "RKA K/L sama revisi anggaran"; None when no such words."""
    words = text.split()
    low = [w.lower().strip(".,;:!?") for w in words]
    phrases = _config()["work_set"]
    for i in range(len(low)):
        found = phrases.match_at(low, i)
        if found and len(words) - i - len(found) >= 2:
            return " ".join(words[i + len(found):]).strip(" ,.;:")
    return None


MIN_WORK_CLAUSES = 2  # «terima sampel dr puskesmas, periksa TB sama malaria»: tasks listed one after another


def says_own_work(text: str) -> bool:
    """Whether the message says in words that it is about the user's own work («tugas saya: …», «kerjaan sy …», «sy
    ngurus …»), whatever follows."""
    return introduces_work(text) or _config()["work_set"].find(tokens(text)) is not None


def is_work_description(text: str) -> bool:
    """Whether the whole message describes the user's work, to draft IKI from: it says so (says_own_work), or lists
    tasks with a word of the domain or work of their own («tiap hari terima sampel dr puskesmas, periksa TB sama
    malaria, input hasil ke SILK»). Not «oh yaudah ga usah», not a question, not IKI written out (a line opening
    with a measure word is checked as an IKI)."""
    if "?" in text or _NAMES_TARGET.search(text):
        return False
    lex = lexicon()
    if any(lex.measures.match_at(tokens(read(line).text), 0) for line in text.splitlines() if tokens(line)):
        return False
    words = tokens(text)
    if says_own_work(text):
        return True
    clauses = [part for part in re.split(r"[,;]", text) if len(tokens(part)) >= 2]
    return len(clauses) >= MIN_WORK_CLAUSES and (any(w in thesaurus().phrases for w in words)
                                                 or len(tasks(text)) >= MIN_WORK_CLAUSES)


def _smalltalk_kind(words: list[str]) -> str:
    """The kind of small talk when every word is small talk or filler ("halo bot", "ok siap", "makasih ya")."""
    config = _config()
    found, i = "", 0
    while i < len(words):
        for kind, phrases in config["kinds"].items():
            phrase = phrases.match_at(words, i)
            if phrase:
                found = found or kind
                i += len(phrase)
                break
        else:
            if words[i] not in config["filler_set"]:
                return ""
            i += 1
    return found


def _smalltalk_named(words: list[str]) -> str:
    """The kind of the first small-talk phrase anywhere in the words (`confused` aside: a plea is no small talk), one
    that is more than a filler word first: «maaf ya td typo» owns a typo, its «ya» nods to nothing."""
    kinds = [(kind, phrases) for kind, phrases in _config()["kinds"].items() if kind != "confused"]
    filler = _config()["filler_set"]
    found = [(kind, phrase) for i in range(len(words)) for kind, phrases in kinds
             for phrase in [phrases.match_at(words, i)] if phrase]
    return next((kind for kind, phrase in found if not (len(phrase) == 1 and phrase[0] in filler)),
                found[0][0] if found else "")


MAX_AFTER_QUESTION_WORDS = 4  # «kok no 3 dibilang aktivitas? kan ada persentasenya»


def asks_whatever_it_requests(text: str) -> bool:
    """A question word or a yes-no tag that only asks («kalau IKI cuma 4 boleh ga?», «… wajib kan»): the message asks
    even when it holds a request word; a tag that is also a filler («tambahin 85 ya») or a bare «?» does not decide."""
    words = tokens(_REPEATS.sub(r"\1", unicodedata.normalize("NFKC", text).lower()))
    config = _config()
    return bool(words) and (_has_question_word(words) or _asks_then_adds(text)
                            or (words[-1] in config["question_tags"] and words[-1] not in config["filler_set"]))


def _asks_then_adds(text: str) -> bool:
    """A question mark mid-message followed by a remark with no number: the message asks (a value after the «?»
    answers instead: «berapa ya? 80 aja»). The remark is short, or of any length after a tag question («tim saya
    langsung ke IKK itjen ga sih? kita kan audit kinerja satker»: the «ga sih?» asks whatever the reason after it)."""
    head, mark, tail = text.rpartition("?")
    if not (mark and head.strip()) or not tokens(tail) or any(ch.isdigit() for ch in tail):
        return False
    return len(tokens(tail)) <= MAX_AFTER_QUESTION_WORDS or _ends_in_tag(tokens(head.lower()))


def _ends_in_tag(words: list[str]) -> bool:
    """«… ga sih», «… kan ya»: the words end in a question tag, filler words after it."""
    config = _config()
    while words and words[-1] in config["filler_set"] and words[-1] not in config["question_tags"]:
        words = words[:-1]
    return len(words) > 1 and words[-1] in config["question_tags"]


def asks_by_word(text: str) -> bool:
    """A question word in the message (intent.yaml `value_questions`, `question_words`): «usulan 1 itu maksudnya
    apa?», «yg mana yg paling bagus?» ask something; a «?» or a tag alone («pake usulan 1 ya?») does not."""
    return _has_question_word(tokens(text))


def _has_question_word(words: list[str]) -> bool:
    """A question word in the message, «cara» after a verb of teaching or informing not counted: «ngajarin kader cara
    ukur lingkar lengan» names the work taught (intent.yaml `how_object`)."""
    config = _config()
    phrases, how = config["question_set"], config["how_object"]
    i = 0
    while i < len(words):
        found = phrases.match_at(words, i)
        if found and not (found[0] in config["how_words"]
                          and config["how_after_set"].find(words[max(0, i - how["within"]):i])):
            return True
        i += len(found) if found else 1
    return False


def work_asking_iki(text: str) -> str | None:
    """«sy ngurus arsip surat masuk, iki nya apa ya yg cocok?» → «sy ngurus arsip surat masuk»: the work before a last
    clause that only asks which IKI fits it (intent.yaml `iki_for_work`), to draft from; None otherwise («kalau kerjaan
    sy administrasi, boleh ga iki nya pakai persentase?» asks about the guidance)."""
    config = _config()
    clauses = [part.strip() for part in re.split(r"[.,;?!\n]", text) if tokens(part)]
    if len(clauses) == 1:  # «yg input SILK ada ga iki nya»: the asking words at the end of the one clause
        clauses = _asking_tail(clauses[0], config)
    if len(clauses) < 2:
        return None
    if wanted_kind(clauses[-1]) == "definition":
        return None  # «…disuruh bikin IKI. IKI itu apa ya kak?» asks what IKI is: a question (work_before_meaning)
    last = tokens(clauses[-1].lower())
    allowed = config["iki_about"] | config["iki_words"] | config["filler_set"] | set(config["question_tags"])
    if _asks_what_else(tokens(clauses[0].lower()), allowed):  # «apa lagi ya kak, sy jg ikut cross check …»
        work = ", ".join(clauses[1:])
        return work if is_work_description(work) or tasks(work) else None
    if not config["iki_about"] & set(last):
        return None
    if any(w not in allowed and not config["question_set"].match_at([w], 0) for w in last) \
            and not _asks_which_iki(last):
        return None
    work = ", ".join(clauses[:-1])
    return work if is_work_description(work) or tasks(work) else None


_RHK_QUOTED = re.compile(r"[«\"“](?P<rhk>[^»\"”]+)[»\"”]")


def rhk_asking_iki(text: str) -> str | None:
    """«ini rhk dr katim sy: «Masyarakat … sesuai standar» — iki sy apa aja ya?» → the RHK pasted (quoted, or the
    clause after a colon, after an RHK word: intent.yaml `rhk_for_iki`) when what follows it asks for its IKI (an IKI
    word and a question word); None otherwise («rhk itu apa», «bedanya rhk sm iki apa sih» paste no RHK)."""
    config = _config()
    words = tokens(text.lower())
    label = phrase_set("intent", "rhk_for_iki", "label")
    found = label.find(words)
    if found is None:
        return None
    quoted = _RHK_QUOTED.search(text)
    if quoted:
        rhk, after = quoted["rhk"], text[quoted.end():]
    elif ":" in text:
        clauses = re.split(r"[.;?!\n—]|\s-\s", text.split(":", 1)[1], maxsplit=1)
        rhk, after = clauses[0], clauses[1] if len(clauses) > 1 else ""
    else:
        return None
    before = tokens(text[: quoted.start() if quoted else text.index(":")].lower())
    if label.find(before) is None or len(tokens(rhk)) < MIN_RHK_WORDS:
        return None  # the RHK word must introduce the text pasted
    tail = tokens(after.lower())
    asks = any(config["question_set"].match_at(tail, i) for i in range(len(tail))) \
        or set(config["iki_for_work"]["which"]) & set(tail)
    return clean(rhk) if config["iki_about"] & set(tail) and asks else None


def work_before_meaning(text: str) -> str | None:
    """«sy perawat, tugas sy merawat pasien rawat inap dan ikut tim PPI. IKI itu apa ya kak?» → the work before a
    last clause asking what a term means: the question is answered, then the work is drafted from; None otherwise."""
    clauses = [part.strip() for part in re.split(r"[.,;?!\n]", text) if tokens(part)]
    if len(clauses) < 2 or wanted_kind(clauses[-1]) != "definition":
        return None
    work = ", ".join(clauses[:-1])
    return work if is_work_description(work) or tasks(work) else None


def _asks_what_else(words: list[str], allowed: set[str]) -> bool:
    """«apa lagi ya kak»: a question word and a word of more (intent.yaml `iki_for_work.more`), nothing else but the
    words a clause asking for IKI may hold."""
    config = _config()
    more = set(config["iki_for_work"]["more"])
    asking = [w for w in words if config["question_set"].match_at([w], 0)]
    return bool(asking and more & set(words)) and all(w in allowed or w in more or w in asking for w in words)


def _asking_tail(clause: str, config: dict) -> list[str]:
    """«yg input SILK ada ga iki nya» → [«yg input SILK», «ada ga iki nya»]: the longest run of words at the end
    made only of asking words (`iki_for_work.words`, filler, question tags), when it holds an IKI word and asks
    whether there is one (`exists`); [clause] when there is none."""
    words = clause.split()
    allowed = config["iki_about"] | config["iki_words"] | config["filler_set"] | set(config["question_tags"])
    start = len(words)
    while start > 1 and set(tokens(words[start - 1].lower())) <= allowed | set(config["iki_for_work"]["which"]):
        start -= 1
    head = tokens(" ".join(words[:start]).lower())
    tail = set(tokens(" ".join(words[start:]).lower()))
    if start == len(words) or not config["iki_about"] & tail or not set(config["iki_for_work"]["exists"]) & tail \
            or any(config["question_set"].match_at(head, i) for i in range(len(head))):
        return [clause]  # («skp sy ada berapa iki nya» asks a question of its own)
    return [" ".join(words[:start]), " ".join(words[start:])]


def _asks_which_iki(words: list[str]) -> bool:
    """«iki nya apa ya selain …»: an IKI word right before «apa» (its «nya» apart) asks which IKI, whatever follows
    but another question word («bedanya iki apa sama RHK?» asks about the guidance)."""
    config = _config()
    which = config["iki_for_work"]["which"]
    if any(config["question_set"].match_at([w], 0) for w in words if w not in which):
        return False
    kept = [w for w in words if w != "nya"]
    return any(w in config["iki_about"] and nxt in which for w, nxt in zip(kept, kept[1:]))


def _unsure_guess(words: list[str]) -> bool:
    """"…, gatau berapa, mungkin 70an": not knowing, then a figure anyway, answers rather than asks."""
    found = _config()["unsure_set"].find(words)
    return found is not None and any(any(ch.isdigit() for ch in w) for w in words[found[0] + len(found[1]):])


def _reads_like_iki(words: list[str], reading) -> bool:
    """A work verb with an object ("Melaksanakan monev SBBL"), a "terlaksananya …" result, or a target in it."""
    lex = lexicon()
    if len(words) >= 3 and (is_activity_verb(words, 0, lex) or lex.done_phrases.match_at(words, 0)):
        return True
    return bool(reading.target) or (len(words) >= 3 and bool(_TARGET.search(reading.text)))


def _known(word: str) -> bool:
    """A word of the language or of the domain (an abbreviation of the thesaurus such as "sbbl")."""
    return is_indonesian_word(word) or word in thesaurus().phrases


def _any_known_word(words: list[str]) -> bool:
    lex = lexicon()
    return any(_known(w) or (w,) in lex.measure_class or w in _config()["question_set"] for w in words if w.isalpha())


def _has_emoji(text: str) -> bool:
    return any(unicodedata.category(ch) == "So" for ch in text)


def has_work_object(text: str, reading: Reading | None = None) -> bool:
    """Whether a draft names some work: a known word besides measure words ("Persentase asdkjh" does not,
    nor "#2" or "123"). Such text is never turned into an IKI or a suggestion. `reading`: the text already read."""
    from bot.retrieval.normalize import stopwords

    lex = lexicon()
    words = [w for w in tokens((reading or read(text)).text) if w.isalpha()]
    measure = lex.measures.match_at(words, 0) if words else None
    rest = [w for w in (words[len(measure):] if measure else words) if w not in stopwords() and w not in lex.stopwords]
    return any(_known(w) for w in rest if len(w) > 1)


@knowledge.cached
def _paste_words() -> tuple[PhraseSet, PhraseSet, re.Pattern, frozenset[str]]:
    data = knowledge.data("intent")["paste_announced"]
    files = re.compile(rf"(\S+\.(?:{'|'.join(map(re.escape, data['files']))}))(?=$|[\s)»\"',.;])", re.IGNORECASE)
    return PhraseSet(data["nouns"]), PhraseSet(data["verbs"]), files, frozenset(data["told"])


def announced_file(text: str) -> str:
    """The file name a message gives its SKP by («…\\SKP 2026 final (2).xlsx» → «SKP 2026 final (2).xlsx»), "" when
    it names none (intent.yaml paste_announced files)."""
    found = _paste_words()[2].search(text)
    if not found:
        return ""
    return re.split(r"[\\/]", text[:found.end()])[-1].strip() if re.search(r"[\\/]", text[:found.end()]) \
        else found.group(1)


@knowledge.cached
def _years() -> re.Pattern:
    """«skp sy 2025», «utk 2026»: a year right after a word of intent.yaml paste_announced `year_after`."""
    after = "|".join(map(re.escape, knowledge.data("intent")["paste_announced"]["year_after"]))
    return re.compile(rf"(?i)(?<!\S)((?:{after})\s+)(?:19|20)\d\d(?![\d.,%/]|\s*(?:\w*\s*)?%)")


def without_signature(text: str) -> str:
    """The message before a sign-off line («Salam,», «Hormat saya») and the name and NIP under it: a signature,
    no rows (intent.yaml paste_announced sign_offs); the text as typed when it has none."""
    offs = {tuple(tokens(p)) for p in knowledge.data("intent")["paste_announced"]["sign_offs"]}
    lines = text.split("\n")
    for at, row in enumerate(lines[1:], start=1):
        if tuple(tokens(row)) in offs:
            return "\n".join(lines[:at]).strip()
    return text


def announces_paste(text: str) -> bool:
    """«ini skp sy thn lalu, tolong dicek», «tolong cek iki sy ya»: an SKP to be checked announced, with no IKI in the
    message (no measure word, no number)."""
    nouns, verbs, _, told = _paste_words()
    words = tokens(text)
    figures = _years().sub(r"\1", text)  # «ini SKP sy 2025 mau dipake utk 2026»: a year names the SKP, no IKI's figure
    return bool(nouns.find(words)) and bool(verbs.find(words)) and not any(ch.isdigit() for ch in figures) \
        and not told & set(words) and "?" not in text and not _has_question_word(words) \
        and not lexicon().measures.find(words)
