"""A yes-no question: the predicate it asks about («wajib», «boleh»; search.yaml `answers.yesno`), asked plainly,
by a tag or denied itself, and the «Ya.» or «Tidak.» an answer's clauses earn when they say that predicate of the
question's claim.
"""

import re
import unicodedata

from bot import knowledge
from bot.lang.text import PhraseSet, phrase_set, token_spans, tokens
from bot.lang.words import read_root, stem
from bot.retrieval.glossary import skipped_words, terms_in
from bot.retrieval.normalize import search_config, search_thesaurus
from bot.retrieval.polarity import claim_synonyms
from bot.retrieval.question_parts import CLAUSE_END, wanted_kinds


def yes_no_predicate(question: str) -> str | None:
    """The predicate group a yes-no question asks about ("wajib", "boleh"), or None when the question is not a
    yes-no one, asks another kind of fact too, or is itself negated (search.yaml `answers.yesno`). A sentence that
    holds the predicate and ends in a tag («… boleh lebih dr 20% ga?») asks yes or no even when a cue of another
    kind («bobot») names its subject."""
    return _asked_predicate(question, negated=False)


def tag_closed(question: str) -> str:
    """A tag that closes a claim where it stands («ip asn cuma buat pejabat kan staf biasa ga usah», «beyond bobotnya
    bs sampe 30% kan kalo inisiatifnya gede»: search.yaml `yesno.closing_tags`) ends its sentence as «?» does when a
    predicate stands before it in that sentence, none ends it, and what follows opens a condition or denies
    something of its own (a contrast, a second claim): not the claim. A tag with no predicate before it («evaluasi 2025 kan IKI nya 1 sampe 92») is a
    particle, and one in a sentence ending in «?» («… aja kan kak, dirapel?») is asked there: both kept."""
    config = search_config()["answers"]["yesno"]
    members = {w for group in config["predicates"].values() for w in group}
    closing = "|".join(map(re.escape, config["closing_tags"]))
    last = re.split(r"[.!\n]", question.rstrip(" .!\n"))[-1]
    aside = phrase_set("search", "answers", "yesno", "claim", "aside_clauses")
    comma = last.rfind(",")
    if "?" not in question and comma > 0 and aside.match_at(tokens(last[comma + 1:]), 0) \
            and set(tokens(last[:comma])) & {w for group in config["predicates"].values() for w in group}:
        # «… ga harus nyambung ke RHK, yg penting ada isinya»: the aside after the claim is no part of it
        at = question.rindex(last) + comma
        return f"{question[:at]}?{question[at:]}"
    if "?" not in question and _opener_closes(last):
        # «katanya IKI maksimal 12 ya, bener ga sih»: a confirmation's opener after a comma, tags and chat words only
        # after it, closes the claim before it as «…, bener ga sih?» does
        return question.rstrip(" .!\n") + "?"
    tagged = re.search(rf"(?<![\w-])(?:{closing})[ \t]+[^\W\d_]", last, re.IGNORECASE)
    after = tokens(last[tagged.end() - 1:]) if tagged else []
    if "?" not in question and tagged and set(tokens(last[:tagged.start()])) & (members | set(config["only"]["asks"])) \
            and after[0] not in config["claim"]["conditions"] and not set(after) & set(config["negations"]):
        # «dialog kinerja cukup sekali setahun aja kan pas nyusun SKP januari»: typed (or spoken) with no «?» at all,
        # a last sentence whose tag follows a predicate or an «only», and goes on with the claim rather than a
        # condition or a denial of its own (closed at the tag below), asks to confirm all of it, as if it ended in «?»
        question = question.rstrip(" .!\n") + "?"
    elif "?" not in question:
        # «penilaian kinerja kan terserah … atasan kan, gue mah pasrah aje …»: with no «?» at all, a closing tag right
        # before a comma ends the claim there when what follows asks nothing of its own: an aside
        # (an aside names no guidance term and no figure, and draws no conclusion: «sy katim kan, jadi bobot CL 50»
        # claims what follows the comma; nor is a case told of the asker, «sy kan …», the claim)
        comma = list(re.finditer(rf"(?<![\w-])(?:{closing})(?=[ \t]*,)", last, re.IGNORECASE))
        aside = tokens(last[comma[-1].end():]) if comma else []
        claimed = tokens(last[:comma[-1].start()]) if comma else []
        if comma and aside and claimed and claimed[0] not in _self_words() \
                and aside[0] not in config["claim"]["concludes"] and not terms_in(" ".join(aside)) \
                and not any(any(c.isdigit() for c in w) for w in aside) \
                and not set(aside) & (set(config["other_questions"]) | members):
            at = question.rindex(last) + comma[-1].end()
            return f"{question[:at]}?{question[at:]}"

    def closed(m: re.Match) -> str:
        start = max((e.end() for e in re.finditer(r"[.?!\n]", question[:m.start()])), default=0)
        end = re.compile(r"[.?!\n]").search(question, m.end())
        if end and end.group() == "?":  # «… aja kan kak, dirapel?»: the sentence asks at its own «?»
            return m.group()
        after = tokens(question[m.end():end.start() if end else len(question)])
        # what follows opens a condition («kalo …») or denies something of its own («bukan feeling sy», «staf biasa
        # ga usah»); «logbook wajib diisi kan tiap hari» still claims «tiap hari»
        apart = after[:1] and after[0] in config["claim"]["conditions"] or set(after) & set(config["negations"])
        return f"{m.group()}?" if apart and set(tokens(question[start:m.start()])) & members else m.group()
    return re.sub(rf"(?<![\w-])(?:{closing})(?=[ \t]+[^\W\d_])", closed, question, flags=re.IGNORECASE)


def _opener_closes(sentence: str) -> bool:
    """Whether a sentence's last clause after a comma is a confirmation's opener (`claim.opens`: «bener ga») with no
    more than tags, pointers («gitu») and chat words («sih») after it, and a clause stands before it to confirm."""
    config = search_config()["answers"]["yesno"]
    told, comma, closing = sentence.rpartition(",")
    words = tokens(closing)
    opener = phrase_set("search", "answers", "yesno", "claim", "opens").match_at(words, 0)
    plain = set(config["tags"]) | set(config["claim"]["pointers"]) | skipped_words()
    return bool(comma and opener and tokens(told)) and all(w in plain for w in words[len(opener):])


def negated_predicate(question: str) -> str | None:
    """The predicate group a yes-no question asks about while denying it itself («iki proses udah ga boleh ya?», «jd
    udah ga bisa diubah sampe desember kan?»): its one predicate word (no «only» of `fallback_predicates`) just after
    a negation that makes no condition («yg ga boleh …»); None otherwise. Its answer is the predicate's lead turned
    (`negated_lead`). A question saying its thing is advised against («udah ga dianjurkan ya, IKI yg isinya proses
    …?»: `advised_against`) and naming no predicate denies that one."""
    config = search_config()["answers"]["yesno"]
    words = tokens(question)
    if any(w in members for members in config["predicates"].values() for w in words):
        return _asked_predicate(question, negated=True)
    confirms = any(w in config["tags"] for w in words[-3:]) or question.rstrip().endswith("?")
    if not confirms or any(w in config["other_questions"] for w in words) or wanted_kinds(question):
        return None
    return next((predicate for predicate in config["advised_against"]
                 if phrase_set("search", "answers", "yesno", "advised_against", predicate).find(words)), None)


def negated_lead(question: str, answer: str) -> str:
    """«Ya.» when the answer denies what a negated question denies («IKI tidak boleh berupa … proses» for «iki proses
    udah ga boleh ya?»), «Tidak.» when it states it («RHK boleh diubah» for «udah ga bisa diubah kan?»), "" when the
    question denies no predicate or the answer does not say."""
    predicate = negated_predicate(question)
    if predicate is None:
        return ""
    lead, stated = search_config()["answers"]["yesno"]["lead"], yes_no_lead(predicate, answer, question)
    return lead["tidak"] if stated == lead["ya"] else lead["ya"] if stated == lead["tidak"] else ""


def _asked_predicate(question: str, negated: bool) -> str | None:
    config = search_config()["answers"]["yesno"]
    words = tokens(question)
    # «darimana», «kata siapa», «dasar hukumnya»: asks where a rule comes from (search.yaml `yesno.source_asks`)
    if not words or phrase_set("search", "answers", "yesno", "source_asks").find(words):
        return None
    found = [(i, group) for i, w in enumerate(words) for group, members in config["predicates"].items()
             if w in members]
    # «cuma … kan?» asks whether only that holds, unless a modal says what is asked («IKI cuma 3 boleh?»)
    at = next((f for f in found if f[1] not in config["fallback_predicates"]), found[0] if found else None)
    if at is None:
        return None
    # «dialog sm anggota blm sempet. Boleh gak …?»: a negation ending the sentence before denies nothing asked here
    denying = [k for k in range(max(at[0] - 2, 0), at[0]) if words[k] in config["negations"]
               and not _sentence_ends_between(question, k, at[0])]
    if bool(denying) != negated:
        return None
    # «target IKI ga perlu 100% semua kan? kerjaan sy cuma surat menyurat»: a predicate word of another sentence is
    # the case told, not a second predicate denied
    own = [f for f in found if f[0] == at[0] or not _sentence_ends_between(question, *sorted((f[0], at[0])))]
    if negated and (at[1] in config["fallback_predicates"] or len(own) != 1
                    or words[denying[0] - 1:denying[0]] and words[denying[0] - 1] in config["claim"]["conditions"]):
        return None  # «kalo ga bisa diubah, boleh ditambah ga?», «IKI yg ga boleh …»: no one predicate denied
    if negated:  # asked by its sentence's tag, never by the negation itself («… ga boleh»)
        closed = words[-1] in config["tags"] and len(words) - 1 not in denying \
            and not any(w in config["other_questions"] for w in words)
        return at[1] if closed or _asked_in_its_sentence(question, words[at[0]], config) \
            or _denial_asked_plainly(question, words[at[0]], config) else None
    if _asked_in_its_sentence(question, words[at[0]], config) or _framed(words, config):
        return at[1]
    if wanted_kinds(question) or any(w in config["other_questions"] for w in words[at[0] + 1:at[0] + 3]):
        return None  # «katim hrs gmn biar ga dobel?» asks how, not whether
    # «apa yang harus dicek …?» asks which, as «apakah yang wajib …?» does (`opens_undone`), not whether
    opened = words[0] in config["opens"] and words[1:2] != [] and words[1] not in config["opens_undone"]
    asks = (opened or any(w in config["tags"] for w in words[-4:] + words[at[0] + 1:at[0] + 3])
            or _asks_plainly(question, words, config))
    return at[1] if asks else None


def _sentence_ends_between(question: str, first: int, last: int) -> bool:
    """Whether a sentence ends between the question's `first` and `last` words (their token indexes)."""
    text = question if question.isascii() else unicodedata.normalize("NFKC", question)
    spans = token_spans(question)
    if len(spans) != len(tokens(question)):  # lowercasing moved a boundary: read as one sentence, as before
        return False
    return bool(re.search(r"[.?!\n]", text[spans[first][1]:spans[last][0]]))


def _asked_in_its_sentence(question: str, predicate: str, config: dict) -> bool:
    """«bobot beyond boleh lebih dr 20% ga? IKI inovasi sy gede bgt soalnya», «boleh ga bobot core lebih dari 100%?»:
    the sentence holding the predicate asks yes or no (its last words, or the word right after the predicate, a tag
    such as «ga», or the word right before it a yes-no opener, «apakah boleh …?»), whatever context follows it."""
    for sentence in re.findall(r"[^?]*\?", question):
        words = tokens(sentence)
        if predicate in words:
            at = words.index(predicate)
            # «…, apakah boleh sy tetapkan … dulu?»: a yes-no opener right before it asks, wherever its clause starts
            opened = at > 0 and words[at - 1] in config["opens"]
            return (opened or any(w in config["tags"] for w in words[-3:] + words[at + 1:at + 2])) and not any(
                w in config["other_questions"] for k, w in enumerate(words) if not (opened and k == at - 1)) \
                or _opened_sentence(sentence, predicate, config)
    return False


def _denial_asked_plainly(question: str, predicate: str, config: dict) -> bool:
    """«kl IKI sy lebih dr 10 langsung ga boleh sama sekali?», «logbook berarti ga wajib diisi tiap hari?»: the
    sentence holding the denied predicate ends in «?» and no word of it asks what, how or when: it asks whether the
    denial holds, as a statement with a question mark asks whether it holds (`_asks_plainly`), whatever words follow
    the predicate (a tag need not close it)."""
    for sentence in re.findall(r"[^?]*\?", question):
        words = tokens(re.split(r"(?<=[.!\n])\s+", sentence.strip())[-1])
        if predicate in words:
            return not any(w in config["other_questions"] for w in words)
    return False


def _opened_sentence(sentence: str, predicate: str, config: dict) -> bool:
    """«blm ngerti apa2. apakah sy jg wajib punya iki IP ASN?»: the last sentence before «?» holds the predicate and
    opens with a yes-no opener (`sentence_opens`, not followed by `opens_undone`: «apakah yang wajib …?» asks which),
    and no other word of it asks what, how or when: it asks yes or no whatever the sentences before it hold; «apa» opens
    it only before the asker's own word (`opens_before_self`: «apa sy jg hrs …?»)."""
    words = tokens(re.split(r"(?<=[.!\n])\s+", sentence.strip())[-1])
    opens = words[:1] and (words[0] in config["sentence_opens"] or words[0] in config["opens_before_self"]
                           and words[1:2] and words[1] in _self_words())
    return (predicate in words and len(words) > 1 and opens
            and words[1] not in config["opens_undone"]
            and not any(w in config["other_questions"] for w in words[1:]))


@knowledge.cached
def _self_words() -> frozenset[str]:
    """«sy», «saya», «aku» …: the words a self-introduction opens with (intent.yaml, read by the chat the same way)."""
    return frozenset(knowledge.data("intent")["requests"]["introduce_leader"]["self"])


def _framed(words: list[str], config: dict) -> bool:
    """A yes-no frame no kind cue undoes: a predicate a tag follows («boleh ga sy pake bobot CL?»), with no other
    word asking what, how much or when: «bobot» names the subject, it asks no figure."""
    if any(w in config["other_questions"] for w in words):
        return False
    members = {w for group, ws in config["predicates"].items() if group not in config["fallback_predicates"]
               for w in ws}
    return any(w in members and words[i + 1:i + 2] and words[i + 1] in config["tags"] for i, w in enumerate(words))


def _asks_plainly(question: str, words: list[str], config: dict) -> bool:
    """A statement with a question mark asks yes or no («rencana aksi wajib diisi semua ASN?»), unless another
    question word asks what, why or how («yang wajib diisi apa?»). An afterthought after the «?» of the sentence
    holding the predicate («ada iki wajib buat pimpinan unit kayak realisasi anggaran? sy kepala balai») tells who
    asks: that sentence asks plainly when no word of it asks what, why or how."""
    if question.rstrip().endswith("?") and not any(w in config["other_questions"] for w in words):
        return True
    members = {w for group, ws in config["predicates"].items() if group not in config["fallback_predicates"]
               for w in ws}
    held = next((tokens(s) for s in re.findall(r"[^?]*\?", question) if set(tokens(s)) & members), [])
    return bool(held) and not any(w in config["other_questions"] for w in held)


def only_predicate(question: str, predicate: str) -> bool:
    """Whether the question says its predicate holds only so («IP ASN cuma wajib buat pimpinan?»: a word of
    `only.asks` next to the predicate's word): an answer stating the predicate confirms nothing of the «only»."""
    config = search_config()["answers"]["yesno"]
    words, members = tokens(question), set(config["predicates"][predicate])
    return any(w in members and set(words[max(i - 1, 0):i + 2]) & set(config["only"]["asks"])
               for i, w in enumerate(words))


def _clauses_said(answer: str) -> list[tuple[str, str, str]]:
    """Each clause of an answer (`CLAUSE_END`) with what its sentence says before and after it («Logbook, seperti
    rencana aksi, …, wajib diisi …»: the subject stands clauses before the predicate, what it is said of may follow
    it); a sentence ends at «.», «;», «:», «?», «!»."""
    sentences = [(m.start(), m.end()) for m in re.finditer(r"(?:[^.;:?!]|\.(?=\d))+", answer)]
    found, start = [], 0
    for m in list(CLAUSE_END.finditer(answer)) + [None]:
        end = m.start() if m else len(answer)
        first, last = next(((a, b) for a, b in sentences if a <= start < b), (start, end))
        found.append((answer[start:end], answer[first:start], answer[end:max(last, end)]))
        start = m.end() if m else end
    return found


def yes_no_lead(predicate: str, answer: str, question: str = "") -> str:
    """«Ya.» when the answer states the predicate plainly, «Tidak.» when it negates it ("tidak wajib", "dilarang"),
    "" when it does not use it or says it in a way not read safely (a negation further back in the clause: «tidak
    menyebut IKI Beyond wajib»; only in some cases: «hanya boleh dipakai untuk …»). Given the question, a clause
    saying the predicate of something else («Atasan tidak boleh menilai …» for «SKP harus disetujui atasan?»,
    «isian wajibnya» for «IKI wajib berupa proses?») is passed over (`said_of_claim`)."""
    config = search_config()["answers"]["yesno"]
    members, contrary = config["predicates"][predicate], config["contrary"].get(predicate, [])
    advised = PhraseSet(config["advised_against"].get(predicate, []))
    describing = config["describing"].get(predicate, [])
    sides = claim_sides(question, predicate) if question else None
    objects = _claimed_object(question, predicate) if question else []
    pointed = pointed_claim(question, predicate) if question else set()
    for clause, before, after in _clauses_said(answer):
        words = tokens(clause)
        # «hasil yang dapat diukur»: the word after a relative one tells what a thing is like, not what is allowed
        at = next((i for i, w in enumerate(words) if (w in members or w in contrary)
                   and not (words[i - 1:i] and words[i - 1] in describing)), None)
        against = advised.find(words)
        if against and (at is None or against[0] < at):
            return config["lead"]["tidak"]  # «target sebaiknya tidak dirumuskan secara mutlak» for «boleh ga …?»
        if at is None or sides and not said_of_claim(sides, (tokens(before), words, tokens(after)), at):
            continue
        if pointed and not pointed & {stem(w) for w in words[at + 1:] + tokens(after)}:
            continue  # «… nilai pake feeling aja. emang boleh gitu??»: «dapat mengembalikannya» is not what «gitu» points at
        if objects and _neither_side(objects[:config["said_of"]["side_within"]], words[at + 1:] + tokens(after)):
            continue  # «Aspek wajib dipilih …» says nothing of «wajib mengukur aktivitas?»: neither output nor process
        negated = words[at] in contrary or any(w in config["negations"] for w in words[max(at - 2, 0):at])
        if objects and _other_side(objects, words[at + 1:]):
            # «IKI harus mengukur output» for «IKI harus mengukur proses ya?»: the predicate is said of the other side
            # of a pair of `claim.opposites`: stated, it denies the claim; denied, it says nothing of it
            if negated:
                continue
            return config["lead"]["tidak"]
        if negated:
            return config["lead"]["tidak"]
        if words[at - 1:at] and words[at - 1] in config["only"]["asks"]:
            # «hanya boleh dipakai untuk … nyawa» for «boleh mutlak kan krn nyangkut nyawa pasien?»: the case the
            # question gives as its reason is the one allowed; any other case is neither yes nor no
            given = _reason_given(question)
            return config["lead"]["ya"] if given and given & {stem(w) for w in words[at + 1:] + tokens(after)} else ""
        return "" if any(w in config["negations"] for w in words[:at]) else config["lead"]["ya"]
    return ""


def _reason_given(question: str) -> set[str]:
    """The content words' stems of the reason a question gives («… kan krn nyangkut nyawa pasien?»: after a `reason`
    word, up to the sentence's end), none when it gives none."""
    words = tokens(question)
    reasons = set(search_config()["answers"]["yesno"]["only"]["reasons"])
    at = next((i for i, w in enumerate(words) if w in reasons), None)
    if at is None:
        return set()
    plain = skipped_words() | set(search_config()["answers"]["yesno"]["tags"])
    return {stem(w) for w in words[at + 1:] if w not in plain and not w.isdigit()}


def pointed_claim(question: str, predicate: str) -> set[str]:
    """«atasan awak ini nilai kinerja pake feeling aja … emang boleh gitu??»: a predicate said of a pointer alone
    («gitu», `claim.pointers`; tags and chat words aside) is said of what the sentences before it tell; their content
    words' stems, or none when the predicate has a claim of its own."""
    config = search_config()["answers"]["yesno"]
    plain = set(config["tags"]) | set(config["claim"]["pointers"]) | skipped_words()
    members = set(config["predicates"][predicate])
    words = tokens(question)
    # the predicate asked is the last one («yg dekat dapat bagus … emang boleh gitu??»: «dapat» there is «get»)
    at = max((i for i, w in enumerate(words) if w in members), default=None)
    if at is None or not set(words[at + 1:]) & set(config["claim"]["pointers"]) or set(words[at + 1:]) - plain:
        return set()
    told = [w for w in words[:at] if w not in plain and w not in set(config["claim"]["opens"])]
    return {stem(w) for w in told}


def _claimed_object(question: str, predicate: str) -> list[str]:
    """The words a yes-no question says its predicate of, after the predicate in the sentence holding it («mengukur
    proses» in «IKI harus mengukur proses ya?»)."""
    members = set(search_config()["answers"]["yesno"]["predicates"][predicate])
    for sentence in re.split(r"(?<=[.?!\n])", question):  # each keeps its mark (not question_sentences)
        words = tokens(sentence)
        at = next((i for i, w in enumerate(words) if w in members), None)
        if at is not None:
            return words[at + 1:]
    return []


def claims_a_side(question: str, predicate: str) -> bool:
    """Whether the question says its predicate of one side of a pair of `claim.opposites` or `claim.measured` within
    `said_of.side_within` words after it («IKI wajib ngukur proses kan?»): the claim turns on that side."""
    claimed = _claimed_object(question, predicate)[:search_config()["answers"]["yesno"]["said_of"]["side_within"]]
    return any(holds_outside(claimed, first, second) != holds_outside(claimed, second, first)
               for first, second in _pairs())


def _other_side(claimed: list[str], said: list[str]) -> bool:
    """Whether what a claim says its predicate of holds one side of a pair of `claim.opposites` and never the other,
    and what an answer's clause says it of the other side and never the claim's («output» against «proses»; a side
    inside a longer one of the other, «langsung» in «tidak langsung», is none)."""
    for first, second in _pairs():
        for mine, other in ((first, second), (second, first)):
            if holds_outside(claimed, mine, other) and not holds_outside(claimed, other, mine) \
                    and holds_outside(said, other, mine) and not holds_outside(said, mine, other):
                return True
    return False


def _neither_side(claimed: list[str], said: list[str]) -> bool:
    """Whether what a claim says its predicate of holds one side of a pair of `claim.opposites` («mengukur proses»)
    and what an answer's clause says it of holds neither side of that pair: the clause speaks of something else."""
    return any(holds_outside(claimed, first, second) != holds_outside(claimed, second, first)
               and not first.find(said) and not second.find(said) for first, second in _pairs())


def _pairs() -> list[tuple[PhraseSet, PhraseSet]]:
    """The pairs of `claim.opposites` and `claim.measured` as phrase sets: a predicate said right after one side sets
    it against the other, as a contrast does («IKI harus mengukur output» for «… wajib ngukur aktivitas?»)."""
    config = search_config()["answers"]["yesno"]["claim"]
    return [tuple(phrase_set("search", "answers", "yesno", "claim", key, i, j) for j in (0, 1))
            for key in ("opposites", "measured") for i in range(len(config[key]))]


def holds_outside(words: list[str], phrases: PhraseSet, longer: PhraseSet) -> bool:
    """Whether a phrase of the set is in the words other than inside a longer phrase of the other side («langsung»
    in «tidak langsung» is not held)."""
    covered = set()
    for i in range(len(words)):
        match = longer.match_at(words, i)
        if match:
            covered.update(range(i, i + len(match)))
    return any(i not in covered and phrases.match_at(words, i) for i in range(len(words)))


def _lead_words(words: list[str]) -> list[str]:
    """Content words read as claims and answers are held against each other (stems, synonyms as one): function
    words, chat words, tags, negations and predicate words aside."""
    config = search_config()["answers"]["yesno"]
    neutral = (skipped_words() | set(config["tags"]) | set(config["negations"]) | set(config["only"]["asks"])
               | {w for group in config["predicates"].values() for w in group}
               | {w for group in config["contrary"].values() for w in group})
    # abbreviations spelled out as search reads them («IP ASN»: indeks profesionalitas asn), a hyphen's parts apart
    # («non-pimpinan»)
    spelled = [part for w in search_thesaurus().canonical_tokens([w for w in words if w not in neutral])
               for part in w.split("-")]
    kept = [w for w in spelled if w not in neutral and not w.isdigit()]
    # «dijadikan», «menjadi», «dijadiin»: a verb whose root is a function word («jadi») says no more than that word;
    # a noun on one («atasan», root «atas») keeps its own sense, and so does a root `claim.synonyms` reads («disertai»)
    synonyms = claim_synonyms()
    read = [(w, read_root(w)) for w in kept]
    return synonyms.canonical_tokens([
        root for w, root in read
        if not (root in neutral and (root != stem(w) or w.startswith(("di", "me", "ber", "ter")))
                and synonyms.canonical_tokens([root]) == [root])])


def claim_sides(question: str, predicate: str) -> tuple[set[str], set[str], set[str], int, bool] | None:
    """What a yes-no question says its predicate of, in the sentence holding it: the words before it (the subject,
    «SKP» in «SKP harus disetujui atasan?»; a generic term such as «IKI» only when nothing qualifies it), after it
    (what is required or allowed: «disetujui atasan»), all the claim's words (the whole question's too when that
    sentence names fewer than `yesno.said_of.shared`: «… for every catatan harian entry? harus semua ya») and how
    many of them an answer's sentence must hold (`yesno.said_of.shared`, or as many as that sentence names), read as
    `_lead_words`, and whether its subject names more than a generic term; None when it names none."""
    config = search_config()["answers"]["yesno"]
    members = set(config["predicates"][predicate])
    for sentence in re.split(r"(?<=[.?!\n])", question):  # each keeps its mark (not question_sentences)
        told, comma, rest = sentence.partition(",")
        if comma and tokens(told)[:1] and tokens(told)[0] in _self_words() and not set(tokens(told)) & members:
            sentence = rest  # «sy pelaksana, wajib punya IKI beyond ga?»: who asks is told, not what is claimed
        words = tokens(sentence)
        # «masa sih laporan bisa jadi IKI?»: the words opening a confirmation ask; they name no subject
        words = words[len(phrase_set("search", "answers", "yesno", "claim", "opens").match_at(words, 0) or ()):]
        at = next((i for i, w in enumerate(words) if w in members), None)
        if at is not None:
            # «wajib punya IKI beyond»: what is had is what the duty is of
            have = 1 if words[at + 1:at + 2] and words[at + 1] in config["said_of"]["have"] else 0
            before, after = set(_lead_words(words[:at])), set(_lead_words(words[at + 1 + have:]))
            # «IKI dgn satuan rata-rata waktu boleh ga?» is said of the kind of IKI, not of every IKI
            generic = set(_lead_words([w.lower() for w in search_config()["answers"]["generic_terms"]]))
            claimed = (before | after) - generic or before | after
            specific = bool(before - generic)
            # «IKI mesti ngukur proses kerja kan?»: «kerja» (of «indikator kinerja individu») says nothing of which
            # thing is required; a clause naming IKI after its «Mandatory» is not said of «proses kerja»
            before, after = before - generic or before, after - generic or after
            least = min(config["said_of"]["shared"], len(claimed))
            if len(claimed) < config["said_of"]["shared"]:
                claimed |= set(_lead_words(tokens(question))) - generic
            return (before, after, claimed, least, specific) if claimed else None
    return None


def said_of_claim(sides: tuple[set[str], set[str], set[str], int, bool], clause: tuple[list[str], list[str], list[str]],
                  at: int) -> bool:
    """Whether an answer's clause (its sentence's words before it, its words with the predicate at `at`, the
    sentence's words after it) says its predicate of the question's claim: what follows it shares a word with what
    the question says is required or allowed, the nearest words before it name the question's subject when the
    question says nothing after its predicate (`yesno.said_of.subject_within`), or its sentence up to
    `yesno.said_of.after_within` words past the predicate holds `yesno.said_of.shared` of the claim's words, sides
    swapped as a passive swaps them («jumlah laporan boleh dijadiin IKI?»: «IKI tidak boleh berupa jumlah laporan»).
    «Atasan tidak boleh menilai …» says nothing of «SKP harus disetujui atasan?»."""
    before, after, claimed, least, specific = sides
    config = search_config()["answers"]["yesno"]["said_of"]
    earlier, words, later = clause
    if after & set(_lead_words(words[at + 1:])):
        return True
    # a generic subject alone says it only of a question naming nothing after its predicate («IKI wajib ga?»):
    # «SKP boleh diubah …» says nothing of «SKP hrs disetujui pimpinan?»; «Indeks Profesionalitas ASN wajib …»
    # says it of «is IP ASN mandatory for all staff?»
    # the nearest words counted as typed too: «Target IKI tidak harus …» names «target» though «IKI» is read as the
    # four words of its spelling-out
    typed = [w for w in words[:at] if _lead_words([w])][-config["subject_within"]:]
    if (not after or specific) and before & (set(_lead_words(words[:at])[-config["subject_within"]:])
                                             | set(_lead_words(typed))):
        return True
    near = earlier + words[:at + 1] + (words[at + 1:] + later)[:config["after_within"]]
    return len(claimed & set(_lead_words(near))) >= least
