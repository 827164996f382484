"""Step R's strategies cut into the activities they name ("monitoring realisasi tiap bulan sama percepatan revisi
DIPA" → two), so step M can offer each as an output-based starting point. Words: knowledge/conversation.yaml."""

import re

from bot import knowledge
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.models import Candidate, IkiDraft
from bot.rewrite.work import introduces_work, opens_work, verbs_read
from bot.rules import check_iki
from bot.rules.analysis import implied_satuan


@knowledge.cached
def _config() -> tuple[re.Pattern, PhraseSet]:
    data = knowledge.data("conversation")
    joins = "|".join(re.escape(w) for w in data["activity_joins"])
    return re.compile(rf"\s+(?:{joins})\s+", re.IGNORECASE), PhraseSet(data["activity_lead"] + data["activity_joins"])


_BRACKET = re.compile(r"\s*\(([^()]*)\)")


def _without_source_notes(text: str) -> str:
    """«konseling obat pasien pulang (data form konseling)» → «konseling obat pasien pulang»: a bracket that says
    where the data comes from is no part of the work."""
    def keep(match: re.Match) -> str:
        words = tokens(match.group(1))
        noted = words and phrase_set("conversation", "activity_source_notes").match_at(words, 0)
        return "" if noted else match.group(0)

    return _BRACKET.sub(keep, text)


_LISTED_IN_BRACKETS = re.compile(r"\s*\([^()]*,[^()]*\)")
# «1) penyisiran ibu hamil … 2) kelas ibu hamil …» on one line: each number closed by a bracket opens an item of its
# own, as a line would (tester55 F4: the two strategies were read as one)
_ITEM_MARK = re.compile(r"(?:^|(?<=\s))\d{1,2}\)\s+")  # «pengendalian vektor (survei jentik, tikus)»: examples


def _answers(piece: str) -> str:
    """Whether a part of a line after a comma answers step R's own questions about the work before it: "measure"
    («diukur dr SPM tepat waktu»), "source" («data SAKTI»), else ""."""
    words = tokens(piece)
    if words and phrase_set("conversation", "activity_measure_notes").match_at(words, 0):
        return "measure"
    return "source" if words and phrase_set("conversation", "activity_source_notes").match_at(words, 0) else ""


def activities(strategies: str) -> list[str]:
    """The activities a text names, one per piece; a list of examples in brackets stays with its activity. A part
    after a comma naming the measure of the activity before it stays with it («…, diukur dr SPM tepat waktu»); one
    naming its data source is left out («…, data SAKTI»)."""
    joins, lead = _config()
    found = []
    for line in _LISTED_IN_BRACKETS.sub("", _without_source_notes(strategies)).splitlines():
        line = _ITEM_MARK.sub("; ", line).lstrip("; ")
        pieces = re.split(r"[;,.:]+", line)
        said = re.match(r"([^;,.:]+):", line)  # «kerjaan sy: nyusun …»: the words introducing the work, none of it
        if said and len(tokens(said.group(1))) <= MAX_INTRO_WORDS and introduces_work(said.group(1)):
            pieces = pieces[1:]
        elif said and not line[said.end():].strip() and not opens_work(said.group(1)):
            continue  # «ini butir kegiatan sy th lalu:» over the lines it introduces: a header, no activity
        for at, piece in enumerate(pieces):
            note = _answers(piece) if at and found else ""
            piece = _result_of(piece, found[-1]) if at and found and not note else piece
            if note == "measure":
                found[-1] = f"{found[-1]}, {piece.strip()}"
            if not note:
                found += _activities_in(piece, joins, lead, listed=len(pieces) > 1)
    return found


def _result_of(piece: str, before: str) -> str:
    """«laporan hasil ke dokter THT» after «pemeriksaan BERA»: a result named with no object of its own is the result
    of the work before it, which it takes («laporan hasil pemeriksaan BERA ke dokter THT»); any other piece as is."""
    from bot.retrieval.normalize import stopwords

    words = piece.split()
    result_words = knowledge.data("conversation")["activity_result_words"]
    for i, word in enumerate(words):
        if word.lower() in result_words and (i + 1 == len(words) or words[i + 1].lower() in stopwords()):
            return " ".join([*words[:i], "hasil", without_lead(before.lstrip("-•* ")), *words[i + 1:]])
    return piece


MAX_INTRO_WORDS = 3  # «kerjaan sy sehari2:» introduces the work; a longer head before «:» names some of it
MIN_ONE_WORD_CHARS = 6  # «resusitasi», «triase» between commas name work; «dll», «ok», «dsb» never do


def _activities_in(piece: str, joins: re.Pattern, lead: PhraseSet, listed: bool = False) -> list[str]:
    """The activities one piece of a line names, cut at join words, lead words off either end; one word alone
    only as an item of a `listed` line («triase pasien, resusitasi, observasi pasien»: d11-igd03 lost it)."""
    from bot.retrieval.normalize import stopwords

    found = []
    for part in _split_all(piece, joins):
        words = part.split()
        labelled = False
        while words and lead.match_at(tokens(words[0]), 0):
            labelled = labelled or words[0].lower() in _labels()
            words = words[1:]
        if labelled and words and words[0].lower() in knowledge.data("conversation")["ordinals"]:
            words = words[1:]  # «strategi kedua validasi data …»: the strategy's number, no part of it
        while words and lead.match_at(tokens(words[-1]), 0):
            words = words[:-1]
        alone = listed and len(words) == 1 and words[0].isalpha() and len(words[0]) >= MIN_ONE_WORD_CHARS \
            and words[0].lower() not in stopwords()
        if len(words) >= 2 or alone:
            found.append(" ".join(words))
    return found


def _labels() -> frozenset[str]:
    """conversation.yaml `activity_labels`: the lead words naming a strategy, after which an ordinal numbers it."""
    return frozenset(knowledge.data("conversation")["activity_labels"])


def _split_all(piece: str, joins: re.Pattern) -> list[str]:
    """Cut at every join word with at least two words on each side, but for one pairing two objects of one process
    («inspeksi TTU dan TPM di area pelabuhan»: activity_object_joins)."""
    pairing = frozenset(knowledge.data("conversation")["activity_object_joins"])
    parts, start = [], 0
    for match in joins.finditer(piece):
        left, right = piece[start: match.start()], piece[match.end():]
        paired = match.group(0).strip().lower() in pairing and len(tokens(left)) == 2 and opens_work(left) \
            and not opens_work(right)
        if len(tokens(left)) >= 2 and len(tokens(right)) >= 2 and not paired:
            parts.append(left)
            start = match.end()
    return parts + [piece[start:]]


def without_lead(text: str) -> str:
    """«sama keluhan pelanggan lab, yg ditindaklanjuti» → «keluhan pelanggan lab, yg ditindaklanjuti»: the words that
    introduce or join a piece of work taken off its front."""
    words = text.split()
    lead = _config()[1]
    while words and lead.match_at(tokens(words[0]), 0):
        words = words[1:]
    return " ".join(words)


def drafted_from(text: str, assistant, limit: int, kept: str = "ditulis di langkah 2") -> list[Candidate]:
    """IKI drafted from the activities a text names (step R's strategies, a description of one's work): each
    rewritten output-based (or kept, when it passes as written), at most `limit`, none twice, each passing the
    rules. assistant: bot.llm.assistant.Assistant; kept: the reason shown for an activity kept as written."""
    return drafted_each(text, assistant, limit, kept)[0]


def _drafted(activity: str, assistant, kept: str) -> list[Candidate]:
    """One activity's starting point: kept as written when the rules pass it, else rewritten output-based."""
    draft = IkiDraft(indikator=activity)
    verdict = check_iki(draft)
    if not verdict.has_error and verdict.read_as is None and activity[:1].isupper():
        return [Candidate(indikator=activity, satuan=implied_satuan(draft) or "", alasan=kept)]  # «Persentase …»: %
    drafted = assistant.rewrite(draft, checked=verdict).value.candidates[:1]
    formal = verbs_read(activity)  # «cegah dekubitus dgn reposisi», «terbitkan SSCEC»: its verb as the rewriter knows it
    return drafted or (_drafted(formal, assistant, kept) if formal != activity else []) \
        or _inner_work(activity, assistant, kept)


def _inner_work(activity: str, assistant, kept: str) -> list[Candidate]:
    """«analisis evaluasi peraturan yg lama»: work named by a noun whose object is work again, none drafted from the
    whole; the inner work («evaluasi peraturan yg lama») is what has a result to measure."""
    head, _, rest = activity.partition(" ")
    return _drafted(rest, assistant, kept) if opens_work(head) and len(rest.split()) > 1 and opens_work(rest) else []


def drafted_each(text: str, assistant, limit: int, kept: str = "ditulis di langkah 2") -> tuple[list[Candidate],
                                                                                               list[str]]:
    """drafted_from's proposals, and the activities named with none (none could be formed, or past `limit`), so
    the reply can name them: no activity typed is dropped without a word."""
    from bot.conversation.intent import classify, introduction_in_flow

    proposals: list[Candidate] = []
    missed: list[str] = []
    seen: set[str] = set()
    for activity in activities(text):
        intent = classify(activity)
        if intent.route in ("question", "smalltalk") or introduction_in_flow(activity):
            continue  # "contohnya strategi itu kayak apa?", «gw analis kebijakan biro hukum» name no activity
        if not intent.work_object and len(activity.split()) > 1:
            continue
        if len(proposals) >= limit:
            missed.append(activity)
            continue
        work, _, measure = activity.partition(", ")  # «percepatan penerbitan SPM, diukur dr SPM tepat waktu»
        mine = _drafted(activity, assistant, kept) or (_drafted(work, assistant, kept) if measure else [])
        shown = [p for p in mine if p.indikator in seen]  # the same start as an earlier activity: shown there
        fresh = [p for p in mine if p.indikator not in seen and not check_iki(IkiDraft(indikator=p.indikator)).has_error]
        seen.update(p.indikator for p in fresh)
        proposals += fresh
        if not fresh and not shown:
            missed.append(activity)
    return proposals, missed
