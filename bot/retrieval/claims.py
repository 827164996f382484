"""A yes-no question confirming a claim with no «boleh»/«wajib» («bobot CL 50% ya?», «bener ga …», «cuma 5 doang?»)
held against the chosen answer: «Tidak.» when the answer contradicts it, «Ya.» when it states it, "" when it is not
clear (search.yaml `answers.yesno.claim`). A wrong lead misleads more than none, so each check leads only on clear
evidence."""

import itertools
import re

from bot import knowledge
from bot.lang.numbers import parse_target
from bot.lang.text import PhraseSet, passage_cases, phrase_set, said_once, token_spans, tokens
from bot.lang.values import is_year
from bot.lang.words import read_root, stem
from bot.models import IkiDraft, Kind
from bot.retrieval.answer import MONTH_WORDS
from bot.retrieval.claim_slots import relation_words, slot_lead
from bot.retrieval.consequence_claim import consequence_lead
from bot.retrieval.glossary import genus_named, letter_words, placed_terms, skipped_words, terms_in
from bot.retrieval.jenis_claim import jenis_lead
from bot.retrieval.limits import case_clauses, limits_stated, said_of_each, said_of_other_side, scope_sides, value_lead
from bot.retrieval.normalize import search_config
from bot.retrieval.polarity import case_clash, claim_synonyms, polarity_clash
from bot.retrieval.question_parts import CLAUSE_END, asking_sentence, quoted, without_introduction
from bot.retrieval.yes_no import holds_outside, yes_no_lead
from bot.rules import check_iki


def _config() -> dict:
    return search_config()["answers"]["yesno"]


@knowledge.cached
def _self_words() -> frozenset[str]:
    """«sy», «saya», «gw» …: the words a self-introduction opens with (intent.yaml, read by the chat the same way)."""
    return frozenset(knowledge.data("intent")["requests"]["introduce_leader"]["self"])


@knowledge.cached
def _only_words() -> frozenset[str]:
    """«cuma», «doang», «aja» …: a claim that something is only so (search.yaml `yesno.only.asks`)."""
    return frozenset(_config()["only"]["asks"])


@knowledge.cached
def _denied() -> frozenset[str]:
    """The words after a negation that deny a need, a presence or a possibility (search.yaml `yesno.claim.denied` and
    the `wajib` predicate group)."""
    return frozenset(_config()["claim"]["denied"]) | frozenset(_config()["predicates"]["wajib"])


def _read(words: list[str]) -> list[str]:
    """Words as a claim and an answer are held against each other: stems, a reduplication as its word, each synonym
    as its group's first (search.yaml `claim.synonyms`), a verb said with chat's -in as its written form
    («nyepakatin» as «menyepakati»), so the same check holds both ways."""
    return claim_synonyms().canonical_tokens([read_root(said_once(w)) for w in words])


def _conditional(words: list[str], at: int) -> bool:
    """Whether the negation at `at` makes a condition or a relative clause («tim yg ga ada di DIPA», «bila tidak
    tercapai»: search.yaml `claim.conditions`) rather than denying what is said."""
    return at > 0 and words[at - 1] in _config()["claim"]["conditions"]


def _asking(question: str) -> str:
    """The last sentence of a message that asks (ends in «?»), "" when none does: what comes before tells the
    asker's case («sy anggota timker, ga ada CL. bobot TUSI sy 90% kan?»)."""
    asking = re.findall(r"[^.?!]*\?", question)
    config = _config()
    if not asking:
        # «sy arsiparis … tp ga ada yg nyambung langsung ke renstra jadi bobot tusi nya 90 ya»: with no «?», a claim
        # drawn from a case told before it opens with a conclusion word (`claim.concludes`)
        words = tokens(question)
        drawn = [i for i, w in enumerate(words) if w in config["claim"]["concludes"] and i > 0]
        spans = token_spans(question)
        return question[spans[drawn[-1]][0]:] if drawn and len(spans) == len(words) else ""
    # «bener ga gitu?»: a word pointing back at the claim says no more than a tag
    words = [w for w in tokens(asking[-1]) if w not in config["claim"]["pointers"]]
    opener = phrase_set("search", "answers", "yesno", "claim", "opens").match_at(words, 0) or ()
    before = re.findall(r"[^.?!]+", question[:question.rindex(asking[-1])])
    if words and all(w in config["tags"] for w in words[len(opener):]) and before and before[-1].strip():
        # «katanya aspek indikator itu kuantitas, …, sama biaya. bener ga?»: the sentence before states the claim,
        # asked as «bener ga …?» asks it
        bare, said = asking[-1].strip().rstrip("?"), before[-1].strip()
        return f"{bare} {said}?" if opener else f"{said} {bare}?"
    if words and words[0] in config["claim"]["bare_asks"] and all(w in config["tags"] for w in words[1:]) \
            and before and before[-1].strip():
        return f"{before[-1].strip()}?"  # «… ga bisa diubah smp des. bener?»: the sentence before is the claim
    if len(asking) > 1 and words and words[0] in config["claim"]["contrast"] and tokens(asking[-2]):
        # «beyond bisa berupa tugas dr pimpinan? bukan cuma inisiatif sendiri?»: a contrast asked on its own sets
        # aside an alternative to the claim asked just before it; both are one confirmation
        return f"{asking[-2].strip().rstrip('?')}, {asking[-1].strip()}"
    guessed = _guessed_choice(asking)
    if guessed:
        return guessed
    after = question[question.rindex(asking[-1]) + len(asking[-1]):]
    if tokens(after) and all(_figure(w) is not None or w in config["claim"]["figure_signs"] for w in tokens(after)):
        # «… bobotnya ikut pola katim ya? 50/40/10»: figures said after the question are the claim's own values
        head = asking[-1].strip().rstrip("?").split()
        tags = []
        while head and tokens(head[-1]) and all(w in config["tags"] for w in tokens(head[-1])):
            tags.insert(0, head.pop())
        return " ".join([*head, after.strip(" .!"), *tags]) + "?"
    # «Katim tp timnya ga ada cascading langsung …, tetep pake bobot CL 50 gitu ya?»: a clause after a comma opening
    # with a conclusion word is the claim; the clauses before it tell the asker's case, as sentences before it do
    drawn = [m.end() for m in re.finditer(r",\s*", asking[-1])
             if tokens(asking[-1][m.end():])[:1] and tokens(asking[-1][m.end():])[0] in config["claim"]["concludes"]]
    return asking[-1][drawn[-1]:] if drawn and tokens(asking[-1][:drawn[-1]]) else asking[-1]


def without_restating(question: str) -> str:
    """The question without a last question restating the one before it (`_worry_after`): «dialog … sebulan sekali
    itu boleh kan? ga kebanyakan?» asks, and is searched, as «dialog … sebulan sekali itu boleh kan?»."""
    asking = re.findall(r"[^.?!]*\?", question)
    if not _worry_after(asking):
        return question
    end = question.rindex(asking[-1]) + len(asking[-1])
    # who asks, in brackets after it («… aturannya? (JF Perencana)»), stays
    if question[end:].strip() and not re.fullmatch(r"\s*\([^()]*\)\s*", question[end:]):
        return question
    return question[:question.rindex(asking[-1].strip())].rstrip() + question[end:].rstrip()


def _worry_after(asking: list[str]) -> bool:
    """Whether the last of several questions restates the one before it: a worry, a negation and at most
    `claim.worry_words` more words («ga kebanyakan?», «ga kelamaan kak?»; tags aside), or a pointer asking whether
    it is the rule («emg gitu ya aturannya?», `claim.rule_asks`), naming no term and no predicate, after a question
    asking with a predicate (search.yaml `answers.yesno`)."""
    config = _config()
    if len(asking) < 2:
        return False
    words = tokens(asking[-1])
    rest = [w for w in words[1:] if w not in config["tags"] and w not in skipped_words()]
    members = {w for group in config["predicates"].values() for w in group}
    worry = bool(words) and words[0] in config["negations"] and 0 < len(rest) <= config["claim"]["worry_words"]
    # «… emg gitu ya aturannya?»: a pointer asking whether what was just asked is the rule
    plain = set(config["tags"]) | skipped_words() | set(config["claim"]["rule_asks"]) | set(config["claim"]["pointers"])
    rule = bool(set(words) & set(config["claim"]["pointers"])) and not set(words) - plain
    return (worry or rule) and not terms_in(asking[-1]) and not set(words) & members \
        and bool(set(tokens(asking[-2])) & members)


def _guessed_choice(asking: list[str]) -> str:
    """«IP ASN masuk core atau beyond? MI kan?»: a short guess tagged right after a question offering a choice
    (`answers.alternatives`) claims the choice's sentence with the guess in the alternatives' place («IP ASN masuk
    MI kan?»), the first alternative taken as long as the last; "" otherwise."""
    if len(asking) < 2:
        return ""
    words = tokens(asking[-1])
    guess = [w for w in words if w not in _config()["tags"]]
    if not guess or len(guess) == len(words) or len(guess) > _config()["claim"]["guess_words"]:
        return ""
    alternatives = "|".join(re.escape(w) for w in search_config()["answers"]["alternatives"])
    choice = re.search(rf"\b(?:{alternatives})\b(?P<last>[^?]*)\?\s*$", asking[-2], re.IGNORECASE)
    if choice is None or not tokens(choice.group("last")):
        return ""
    before = asking[-2][:choice.start()].split()
    kept = before[:max(len(before) - len(tokens(choice.group("last"))), 0)]
    return " ".join([*kept, asking[-1].strip()]) if kept else ""


def reported_claim(question: str) -> str:
    """«kepala instalasi balikin SKP sy krn katanya IKI '…' itu aktivitas. bener ga sih dia?»: the claim a message
    reports (after the last `claim.reported` word of the sentence before its last) asked as «…, bener ga?»,
    when that last sentence asks only whether someone is right (`claim.speakers`) or is a bare «bener?»; ""
    otherwise."""
    config = _config()["claim"]
    # a mark ends a sentence with no space after it too («… itu aktivitas.bener ga sih?»), unlike question_sentences
    sentences = [s for s in re.split(r"(?<=[.?!\n])\s*", question.strip()) if tokens(s)]
    if len(sentences) < 2:
        return ""
    words = tokens(sentences[-1])
    opener = phrase_set("search", "answers", "yesno", "claim", "opens").match_at(words, 0) or ()
    asks = opener or set(words) & (set(config["bare_asks"]) | set(config["pointers"]))
    rest = set(words[len(opener):]) - set(config["pointers"]) - set(_config()["tags"]) - skipped_words()
    # «… bener ga sih dia?» names who is asked about; a bare «bener?» after a sentence reporting what was said
    # («katim sy bilang bobot Beyond bisa sampai 30. bener?») asks the report as surely
    # «… Apakah benar demikian?»: an opener with a bare ask and a pointer only asks as the bare «bener?» does
    bare = (words[:1] and words[0] in config["bare_asks"] or bool(opener)) and not rest - set(config["bare_asks"])
    if not asks or not (set(words) & set(config["speakers"]) or bare) \
            or rest - set(config["speakers"]) - set(config["bare_asks"]):
        return ""
    told = sentences[-2]
    spans = token_spans(told)
    said = tokens(told)
    reported = phrase_set("search", "answers", "yesno", "claim", "reported")
    found = [(i, i + len(m)) for i in range(len(said)) if (m := reported.match_at(said, i))]
    ends = [end for _, end in found]
    if not ends or len(spans) != len(said) or len(said) - ends[-1] < 2:
        return ""
    # a bare «bener?» asks the report only when what stands before its word names no more than who said it, one of
    # the asker's own people («katim sy bilang …», «Kepala Labkesmas kami bilang …»); «katim sy bagi target 60 …,
    # katanya masing2 30. bener ga?» tells the case the claim is of
    speaker = set(said[:found[-1][0]])
    if bare and not set(words) & set(config["speakers"]) and (
            found[-1][0] > config["speaker_words"] or not speaker & (set(config["speakers"]) | _self_words())):
        return ""
    start = spans[ends[-1]][0]
    start -= start > 0 and told[start - 1] in "'\"‘“«"  # a quote opening the claim is the claim's
    # asked as a tag asks it («…, bener ga?»): a claim denying something of its own is confirmed or denied as said
    return told[start:].strip().rstrip(".!?,") + ", bener ga?"


def _contrast_tail(words: list[str]) -> int | None:
    """Where a contrast closing a claim starts («rencana aksi diturunin dr RHK ya, bukan dr tupoksi umum?»: `contrast`
    after a tag, or opening the claim's last clause), when it is the claim's one negation and a claim stands before
    it; None otherwise. What follows it is the alternative the asker sets aside, not what is claimed."""
    config = _config()
    marks = [i for i, w in enumerate(words) if w in config["negations"]]
    if len(marks) != 1 or words[marks[0]] not in config["claim"]["contrast"]:
        return None
    before = [w for w in words[:marks[0]] if w not in config["tags"]]
    return marks[0] if len(before) >= config["claim"]["restate_words"] else None


def contrasted_aside(question: str) -> list[str]:
    """The words of the alternative a claim sets aside with a closing contrast («…, bukan dr tupoksi umum?» →
    dr, tupoksi, umum), [] when it sets none aside or sets it aside as not the only one («bukan cuma inisiatif
    sendiri»: both hold)."""
    asking = _asking(question) or question
    clause = re.split(r"[,;]", asking)[-1]
    words = tokens(asking)
    at = _contrast_tail(words)
    if at is None or not (words[at - 1] in _config()["tags"] or tokens(clause)[:1] == [words[at]]):
        return []
    aside = words[at + 1:]
    return [] if aside[:1] and aside[0] in _only_words() else _without_closing(aside)


def claim(question: str) -> list[str] | None:
    """The words of the claim a question asks to confirm, its opener («bener ga», «apa iya») and closing tag
    («kan», «ya») left out, of its last sentence asking (what comes before tells the asker's case); None when it is no confirmation: it asks what, how or when, or it denies something
    itself («ga perlu nyambung ke RHK»), which no check here reads safely."""
    config = _config()
    question = _asking(question) or question
    told, comma, rest = question.partition(",")
    if comma and rest.strip(" ?") and tokens(told)[:1] and tokens(told)[0] in _self_words():
        question = rest  # «sy kepala balai di UPT, SKP sy … ya?»: who asks is told, not claimed
    question = _after_report(_without_holding_clause(_from_opener(question)))
    words = tokens(question)
    opener = phrase_set("search", "answers", "yesno", "claim", "opens").match_at(words, 0)
    tagged = bool(words) and (words[-1] in config["tags"] or question.rstrip().endswith("?"))
    words = words[len(opener):] if opener else words
    words = _without_closing(words)
    if not words or not (opener or tagged):
        return None
    # «Target '…' oke ga buat IKI?», «IKI beyond boleh gak isinya …?»: a negation right after an approving word or
    # a predicate's (`yesno.predicates`) asks, as a tag does; it denies nothing
    asks = set(config["claim"]["approves"]) | set(config["predicates"]["boleh"]) | set(config["predicates"]["wajib"])
    words = [w for i, w in enumerate(words) if not (w in config["negations"] and i > 0 and words[i - 1] in asks
                                                    and not (words[i + 1:i + 2] and words[i + 1] in asks))]
    named = _in_terms(words) | _in_conditions(question, len(opener or ()))
    tail = _contrast_tail(words)
    if tail is not None and (words[tail - 1] in config["tags"]
                             or tokens(re.split(r"[,;]", question)[-1])[:1] == [words[tail]]):
        # «…, bukan dr tupoksi umum?»: the alternative set aside is no part of the claim (`contrasted_aside`)
        words = _without_closing(words[:tail])
    if any(w in config["other_questions"] for w in words) or any(
            w in config["negations"] and not _conditional(words, i) and i not in named for i, w in enumerate(words)):
        return None  # a negation in a condition («tim yg ga ada di DIPA») or a term's name denies nothing of the claim
    return words


def _without_holding_clause(question: str) -> str:
    """«katanya katim … ikut kolom anggota, masih berlaku?»: a last clause after a comma asking only whether the claim
    before it still holds (`claim.still_holds`, `in_force`, `bare_asks`, tags, pointers, chat words) is no part of the
    claim; the claim is asked as if it ended there with «?»."""
    told, comma, last = question.rpartition(",")
    config = _config()["claim"]
    still, in_force, bare = set(config["still_holds"]), set(config["in_force"]), set(config["bare_asks"])
    plain = still | in_force | bare | set(config["pointers"]) | set(_config()["tags"])
    words = set(tokens(last))
    if not comma or not tokens(told) or not words or words - plain - skipped_words() \
            or not words & (in_force | bare) or not words & (still | in_force | bare):
        return question
    return told.rstrip() + "?"


def _after_report(question: str) -> str:
    """«td di workshop katanya cascading dimulai dr eselon II, bener gitu?»: what follows the last word reporting a
    claim (`claim.reported`) is the claim; where and from whom it was heard, before that word, claims nothing. Kept
    whole when too few words follow it to restate anything (`restate_words`)."""
    words, spans = tokens(question), token_spans(question)
    if len(words) != len(spans):
        return question
    config = _config()
    reported = phrase_set("search", "answers", "yesno", "claim", "reported")
    ends = [i + len(m) for i in range(1, len(words)) if (m := reported.match_at(words, i))]
    plain = set(config["tags"]) | set(config["claim"]["pointers"]) | set(config["claim"]["bare_asks"]) | skipped_words()
    if not ends or ends[-1] >= len(words) \
            or len([w for w in words[ends[-1]:] if w not in plain]) < config["claim"]["restate_words"]:
        return question
    return question[spans[ends[-1]][0]:]


def _from_opener(question: str) -> str:
    """«waktunya mepet bgt nih, apakah boleh sy tetapkan … tanpa dialog kinerja dulu?»: a clause opening with a
    confirmation's opener (`claim.opens`) after a comma starts the claim; the clauses before it tell the asker's case.
    Kept whole when the opener's clause claims nothing of its own («IKI wajib 5, bener ga?»: tags only)."""
    spans = [m.end() for m in re.finditer(",", question)]
    config, opens = _config(), phrase_set("search", "answers", "yesno", "claim", "opens")
    for start in spans:
        words = tokens(question[start:])
        opener = opens.match_at(words, 0)
        content = [w for w in words[len(opener or ()):] if w not in config["tags"] and w not in config["claim"]["pointers"]]
        if opener and len(content) >= config["claim"]["restate_words"]:
            return question[start:]
    return question


def _in_conditions(question: str, skip: int) -> set[int]:
    """Where the words of a condition stand (counted after the first `skip` words): a clause opening with a word of
    `claim.conditions` and closed by a comma before the claim goes on («kalo tim sy … ga ada di DIPA, itu masuknya …»),
    and the few words of a relative clause up to its negation («tim yg kinerjanya ga ada di DIPA»: `relatives`, at
    most `claim.relative_within` words before the negation). A negation there sets the case; it denies nothing."""
    config = _config()
    found, at = set(), 0
    # «kalo target ga tercapai bisa kena teguran?»: a condition word just before a negation opens its clause, as a
    # relative does, with no comma closing it
    opening = set(config["relatives"]) | set(config["claim"]["conditions"]) - {"tanpa"}
    clauses = [tokens(part) for part in re.split(r"[,;:]", question)]
    for n, part in enumerate(clauses):
        if part and part[0] in config["claim"]["conditions"] and any(w for later in clauses[n + 1:] for w in later):
            found.update(range(at, at + len(part)))
        for i, w in enumerate(part):
            if w in config["negations"] and any(
                    before in opening for before in part[max(i - config["claim"]["relative_within"], 0):i]):
                found.add(at + i)
        at += len(part)
    return {i - skip for i in found if i >= skip}


def _without_closing(words: list[str]) -> list[str]:
    """The words without the tags closing them («kan», «ya») nor an opener said last («…, bener ga?» asks as
    «bener ga …?» does, and its «bener» claims nothing)."""
    config = _config()
    openers = [tuple(tokens(p)) for p in config["claim"]["opens"]]
    while words:
        closing = max((o for o in openers if len(o) < len(words) and tuple(words[-len(o):]) == o), key=len, default=())
        if not closing and words[-1] not in config["tags"]:
            break
        words = words[:-(len(closing) or 1)]
    return words


def _in_terms(words: list[str]) -> set[int]:
    """Where the words stand inside a glossary term's name («cascading tidak langsung» names Core TUSI)."""
    text, starts, at = " ".join(words), [], 0
    for w in words:
        starts.append(at)
        at += len(w) + 1
    return {i for _, (start, end) in placed_terms(text) for i, s in enumerate(starts) if start <= s < end}


def denial(question: str) -> list[str]:
    """The words a confirmation says are not needed, not there or not possible («SKP cuma isi hasil kerja doang, ga ada
    perilaku kerja?» → perilaku, kerja): what follows its one negation and a word of search.yaml `claim.denied`, to
    the end of that clause, function words left out; [] when it denies nothing so, denies twice, or asks something
    else."""
    config = _config()
    asking = _asking(question)
    if not asking:
        return []
    clauses = [tokens(part) for part in re.split(r"[,;:]", asking)]
    # «bener ga SKP … ga bisa diubah?»: the opener's «ga» asks, it denies nothing
    opener = phrase_set("search", "answers", "yesno", "claim", "opens").match_at(clauses[0], 0) if clauses else None
    clauses[0] = clauses[0][len(opener or ()):]
    # «…, ga perlu di aplikasi, bener ga?»: an opener said last asks as one said first does, its «ga» denies nothing
    clauses[-1] = _without_closing(clauses[-1]) if len(clauses) > 1 else clauses[-1]
    words = [w for part in clauses for w in part]
    # «IKI TUSI yg cascading tidak langsung itu ga ikut dihitung?»: a negation inside a term's name denies nothing
    named = _in_terms(words)
    negations = [i for i, w in enumerate(words) if w in config["negations"] and i not in named]
    if len(negations) != 1 or any(w in config["other_questions"] for w in words):
        return []
    at = negations[0]
    if at + 1 >= len(words) or words[at + 1] not in _denied() or _conditional(words, at):
        return []
    end = 0
    for part in clauses:  # the clause holding the negation ends the words denied
        end += len(part)
        if end > at:
            break
    neutral = skipped_words() | set(config["tags"]) | _only_words()
    # «ga bisa diubah lg sampe akhir tahun»: what is denied ends where the time it holds to begins (`ranges`)
    end = next((i for i in range(at + 2, end) if words[i] in config["ranges"]), end)
    denied = [w for w in words[at + 2:end] if w not in neutral]
    if denied and len(denied) < config["claim"]["denied_words"]:
        # «SKP itu kaku ya, … ga bisa diubah2?»: the terms named before the negation say what is denied of what
        named = [w for term in terms_in(" ".join(words[:at])) for w in tokens(term.name)]
        denied = [*named, *denied] if named else denied
    return denied


@knowledge.cached
def _sides(contrasted: bool = False) -> list[tuple[list[str], PhraseSet, list[str], PhraseSet]]:
    """Each pair of `opposites` both ways round: (one side's phrases, their set, the other side's, theirs); with
    contrasted, the pairs only a contrast sets apart (`contrasted`, `measured`) after them."""
    keys = ("opposites", "contrasted", "measured") if contrasted else ("opposites",)
    pairs = [[(side, phrase_set("search", "answers", "yesno", "claim", key, i, j)) for j, side in enumerate(pair)]
             for key in keys for i, pair in enumerate(_config()["claim"][key])]
    return [(*mine, *other) for first, second in pairs for mine, other in ((first, second), (second, first))]


def contrast(question: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(the side affirmed, the side contrasted) when the confirmation sets one side of a pair of `opposites` against
    the other with a `contrast` word («top down, bukan bottom up lg?»), and denies nothing else; else None."""
    config = _config()
    words = tokens(_asking(question))
    marks = [i for i, w in enumerate(words) if w in config["negations"]]
    if len(marks) != 1 or words[marks[0]] not in config["claim"]["contrast"]:
        return None
    at = marks[0]
    for mine, mine_set, _, other_set in _sides(contrasted=True):
        contrasted = other_set.match_at(words, at + 1)
        if contrasted and holds_outside(words[:at], mine_set, other_set) \
                and not holds_outside(words[:at], other_set, mine_set):
            return next(tuple(tokens(p)) for p in mine), contrasted
    return None


def shift_lead(question: str, answer: str) -> str:
    """«Ya.» when the answer tells of a change (`shifts`) from the side the claim contrasts to the side it affirms
    («beralih dari pola bottom-up … ke top-down»), «Tidak.» when of the opposite change; with no change told, «Ya.»
    when the answer states only the side affirmed («standar minimal, bukan maksimal?» against «standar minimal
    capaian»), «Tidak.» when only the side contrasted; "" otherwise. A claim naming one side only («cascading skrg top
    down ya?») sets it against the other side of its pair, but only a change told answers it: stating one side
    («IKI Beyond tidak diwajibkan …, berbeda dari IKI Core yang wajib») is no evidence for a claim that never said
    «bukan»."""
    contrasted = contrast(question)
    sides = contrasted or _one_side(question)
    if sides is None:
        return ""
    config = _config()
    said, within = tokens(answer), config["value_within"] + config["claim"]["shift_gloss"]
    held = {" ".join(s) for s in sides}
    # the first pair holding both, the side named first the claim's
    for mine, mine_set, other, other_set in _sides(contrasted=contrasted is not None):
        if {" ".join(tokens(p)) for p in mine + other} >= held \
                and " ".join(sides[0]) in {" ".join(tokens(p)) for p in mine}:
            break
    else:
        return ""
    changed = False
    for opener, arrivals in config["claim"]["shifts"]:
        found = PhraseSet([opener]).find(said)
        if not found:
            continue
        start = found[0] + len(found[1])
        window = said[start:start + within]
        arrival = PhraseSet(arrivals).find(window)
        if not arrival:
            continue
        before, after = window[:arrival[0]], said[start + arrival[0] + len(arrival[1]):][:3]
        for old, new, lead in ((other_set, mine_set, "ya"), (mine_set, other_set, "tidak")):
            if old.find(before) and new.match_at(after, 0):
                return config["lead"][lead]
        changed = True
    if changed or contrasted is None:
        return ""  # a change told, neither way between the sides, or a claim contrasting nothing: sides say nothing
    states_mine = holds_outside(said, mine_set, other_set)
    states_other = holds_outside(said, other_set, mine_set)
    if states_mine and states_other:
        # «IKI harus mengukur output, bukan kegiatan» sets the sides against each other as «IKI itu output, bukan
        # aktivitas kan?» does, or the other way round
        aside_other, aside_mine = _set_aside(said, other_set), _set_aside(said, mine_set)
        return "" if aside_other == aside_mine else config["lead"]["ya" if aside_other else "tidak"]
    return config["lead"]["ya"] if states_mine and not states_other else \
        config["lead"]["tidak"] if states_other and not states_mine else ""


def _set_aside(words: list[str], side: PhraseSet) -> bool:
    """Whether the words set a side aside with a contrast word just before it («…, bukan kegiatan»: `claim.contrast`)."""
    contrasts = set(_config()["claim"]["contrast"])
    return any(w in contrasts and side.match_at(words, i + 1) for i, w in enumerate(words))


def _one_side(question: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(the side named, the other side) when a claim names one side of a pair of `opposites` and never the other."""
    words = claim(question)
    if not words:
        return None
    for mine, mine_set, other, other_set in _sides():
        if holds_outside(words, mine_set, other_set) and not holds_outside(words, other_set, mine_set):
            return tuple(tokens(mine[0])), tuple(tokens(other[0]))
    return None


def _states(denied_words: list[str], said: list[str]) -> bool:
    """Whether the answer states at least `denied_words` of the words denied, all of them (or their synonyms, in any
    order) within a few words of the first, with no negation just before or between them («trajectory bulanan atau
    triwulanan» states «trajectory bulanan/triwulan»; «tanpa trajectory», «SKP tidak boleh diubah» do not)."""
    config = _config()
    if len(denied_words) < config["claim"]["denied_words"]:
        return False
    negations = set(_read(list(set(config["negations"]) | set(search_config()["answers"]["polarity"]["negations"]))))
    wanted, read = set(_read(denied_words)), _read(said)
    span, before = len(wanted) + config["value_within"], config["value_within"]
    for i in range(len(read)):
        window = read[i:i + span]
        if read[i] in wanted and wanted <= set(window):
            last = max(k for k, w in enumerate(window) if w in wanted)  # «SKP tidak boleh diubah» states no «diubah»
            if not set(read[max(i - before, 0):i + last]) & negations:
                return True
    return False


def _slot_claim(question: str) -> str:
    """The claim a slot is read from: its asking sentence, or, when that names no term of its own («tdi blg dialog
    kinerja idealnya sebulan sekali. emang wajib tiap bulan?»), the clause before it naming one with it
    (question_parts.asking_sentence), so the slot has a subject."""
    asking = _asking(question) or question
    context = asking_sentence(question)
    return asking if terms_in(asking) or not terms_in(context) else context


def _told_before(question: str) -> str:
    """The sentences before the one asking, where a message tells its case first («sy katim … tp tim sy ga ada
    cascade langsung ke renstra. bobot sy ttp CL 50 TUSI 40 MI 10 kan?»); "" when it asks in its first sentence."""
    asking = _asking(question)
    at = question.rfind(asking) if asking else -1
    return question[:at] if at > 0 else ""


def claim_lead(question: str, answer: str) -> str:
    """«Tidak.» when the answer contradicts the question's claim, else «Ya.» when it restates it, else ""."""
    return contradicted(question, answer) or restated(question, answer)


def contradicted(question: str, answer: str) -> str:
    """«Tidak.» when the answer says the opposite of a word of the claim and never that word («standar maksimal»
    against «standar minimal»), names only another month for it («akhir maret» against «8 Februari»), gives more
    than the claim says is all («cuma 5 doang?» against «tujuh core value»), another limit on the side the claim
    names («maks 12» against «paling banyak 10»), another spelling-out of an abbreviation, or the claim's percentage otherwise (`value_lead`); «Ya.» when it
    states the claim's limits, that very percentage or date; "" otherwise."""
    if _scope_denied(question, answer):
        return _config()["lead"]["tidak"]
    words = claim(question)
    if words is None:
        return _denial_lead(question, answer) or shift_lead(question, answer)
    lead = _config()["lead"]
    said = tokens(answer)
    spelled = letter_lead(question) or spelling_lead(question, answer)
    if spelled:
        return spelled
    named = _named_count_lead(question, answer, words) or _total_lead(question, answer, words)
    if named:  # «IKK Itjen ada 12 kan?», «totalnya 120 kan?»: the answer's own figure for it says
        return named
    jenis = jenis_lead(question, words, answer) or consequence_lead(words, answer)
    if jenis:  # «JPL masuk core ya?» against «… tandai Core MI»; «kalo target ga tercapai kena teguran?»
        return jenis
    if _this_years_deadline(words, answer):
        return lead["ya"]
    if _approves_activity(question, words) or _other_items(question, answer) or _opposed(words, said) or _other_month(words, _year_clauses(words, answer) or said) \
            or _other_day(words, _year_clauses(words, answer) or said) or _more_than_only_of(words, answer) or _forbidden(words, answer) \
            or _negated(words, answer) or _opposed_of(words, said) or _only_one_side(words, said, tokens(question)):
        return lead["tidak"]
    slotted = slot_lead(_slot_claim(question), words, answer, _read, _told_before(question))
    if slotted:  # the value the answer gives the same slot of the same subject
        return lead[slotted]
    claimed, stated = set(limits_stated(" ".join(words))), set(limits_stated(answer))
    if claimed and stated and not said_of_other_side(question, answer):
        # «minimal 5 maks 10 kan?» against «paling sedikit 5 dan paling banyak 10»; a leader's count is no
        # non-leader's («kepala balai jg harus minimal 5 IKI?»)
        sides = {side for side, _ in stated}
        if claimed <= stated:
            return lead["ya"]
        if any(side in sides and (side, n) not in stated for side, n in claimed):
            return lead["tidak"]
    counted = _count_lead(question, answer)
    if counted:
        return counted
    return lead["ya"] if _same_date(words, said) else value_lead(question, answer) or shift_lead(question, answer)


def _denial_lead(question: str, answer: str) -> str:
    """«ga ada perilaku kerja?»: «Tidak.» when the answer states the words the claim says are not needed, there or
    possible; «Ya.» when it states them only in clauses of the other case than the one the question tells («IKI ga
    harus dari renstra kan? sy staf, ga ada cascading langsung» against «IKI hasil cascading langsung dari Renstra …,
    sedangkan IKI hasil cascading tidak langsung dari tugas dan fungsi …»: `polarity.case_clash`); "" otherwise."""
    denied, lead = denial(question), _config()["lead"]
    if not _states(denied, tokens(answer)):
        return ""
    # the case is what the message tells besides the sentence asking («… kan? sy staf biasa, ga ada cascading langsung»)
    asking = _asking(question)
    told = question.replace(asking, " ") if asking else ""
    clauses = case_clauses("", answer)
    cases = [c for c in clauses if not case_clash(told, c)]
    if not cases or len(cases) == len(clauses) or any(_states(denied, tokens(c)) for c in cases):
        return lead["tidak"]
    return lead["ya"]


def _scope_denied(question: str, answer: str) -> bool:
    """Whether the claim says something is only for one side of `only.scope.sides` («IP ASN tuh cuma buat pejabat
    struktural aja kan, staf ga usah?»), or required of it («IP ASN wajib ga buat kepala balai?»), and a sentence of
    the answer naming the same terms says it is for all of the other side («… wajib menjadi IKI bagi seluruh ASN non
    pimpinan»), never for all of the claim's side."""
    config = _config()
    scope, within = config["only"]["scope"], config["value_within"]
    first, second = scope_sides()
    asks = _only_words() | frozenset(config["predicates"]["wajib"])
    claimed, only_part = None, False
    wholes = {tuple(tokens(p)) for p in scope["wholes"]}
    for clause in re.split(r"[,;]", _asking(question) or question):
        words = tokens(clause)
        for i, w in enumerate(words):
            if w not in asks:
                continue
            at = next((j for j in range(i + 1, min(i + 1 + within, len(words))) if words[j] in scope["fors"]), None)
            side = _side(words[at + 1:], first, second) if at is not None else None
            if side is not None and own_terms(clause):
                claimed = (own_terms(clause), side)
                # «cuma wajib buat JF ahli»: only for a part of a side, which an answer for all of that side denies too
                named = next(((first, second)[side].match_at(words, j) for j in range(at + 1, len(words))
                              if (first, second)[side].match_at(words, j)), None)
                only_part = only_part or bool(set(words[:at]) & _only_words()) and tuple(named or ()) not in wholes
    if claimed is None:
        claimed = _self_side(question, asks, first, second)
    if claimed is None:
        return False
    terms, side = claimed
    given = set()
    clauses = [tokens(clause) for sentence in _sentences(answer) if terms <= own_terms(sentence)
               for clause in re.split(r"[,:]", sentence)]
    for words in clauses:
        for k, w in enumerate(words[:-1]):
            negated = set(words[max(k - within, 0):k]) & set(config["negations"])
            if w in scope["fors"] and words[k + 1] in scope["alls"] and not negated:
                found = _side(words[k + 2:], first, second)
                if found is not None:
                    given.add(found)
    return bool(given) and (side not in given or only_part)


def _self_side(question: str, asks: frozenset[str], first: PhraseSet, second: PhraseSet) -> tuple[set, int] | None:
    """«sy direktur, IP ASN wajib masuk IKI sy?»: a first clause telling who asks (opening with a self word) names
    one side, and the asking clause requires its terms of the asker: the claim is for that side."""
    clauses = [c for c in re.split(r"[,.;]", question) if c.strip()]
    asking = " ".join(clauses[1:])
    likened = set(_config()["only"]["scope"]["likened"])
    # «… kayak staf?»: whom the asker likens themselves to is no side the duty is asked of
    unlike = list(itertools.takewhile(lambda w: w not in likened, tokens(asking)))
    said, fors = tokens(asking), set(_config()["only"]["scope"]["fors"])
    # «… buat anggota?» asks it of others; «… wajib ga buat sy?» of the asker told first
    for_others = any(w in fors and not (said[i + 1:i + 2] and said[i + 1] in _self_words()) for i, w in enumerate(said))
    if len(clauses) < 2 or not tokens(clauses[0]) or tokens(clauses[0])[0] not in _self_words() \
            or not set(said) & asks or not first_term(asking) \
            or _side(unlike, first, second) is not None or for_others:  # «IKI staf sy wajib …?», «… buat anggota?»
        return None
    side = _side(tokens(clauses[0])[1:], first, second)
    return None if side is None else ({first_term(asking)}, side)


def _side(words: list[str], first: PhraseSet, second: PhraseSet) -> int | None:
    """0 or 1: the one side of a pair the words name (a side inside the other's longer phrase, «pimpinan» in «non
    pimpinan», is not named); None when they name neither or both."""
    named = [holds_outside(words, first, second), holds_outside(words, second, first)]
    return named.index(True) if named.count(True) == 1 else None


def _counts_of(text: str) -> dict[str, set[int]]:
    """The counts a text writes just before a term's name or spelling-out («315 IKK», «6 Indikator Tujuan (IT)»), by
    term; a count after a limit («paling banyak 10 IKI», «lebih dari 10 IKI») or ending a range («5 sampai 10 IKI»,
    «5-10 IKI»: search.yaml `ranges`) is no count of the term by itself, and a year is none."""
    config = search_config()["answers"]["yesno"]
    bounds = [p for phrases in [*config["limits"].values(), *config["past"].values()] for p in phrases]
    bounds = [" ".join(tokens(p)) for p in bounds + config["ranges"]]
    counts: dict[str, set[int]] = {}
    for term, (start, _) in placed_terms(text):
        found = re.search(r"(?<![\d.,/\-–])(\d+)\s*$", text[:start])
        if not found or is_year(found.group(1)):
            continue
        before = " ".join(tokens(text[:found.start()]))
        if not any(before == bound or before.endswith(" " + bound) for bound in bounds):
            counts.setdefault(term.name, set()).add(int(found.group(1)))
    return counts


def _count_lead(question: str, answer: str) -> str:
    """«Ya.» when the claim's one count of a term («renstra … isinya 315 IKK ya?») is the count the answer writes
    before that term, «Tidak.» when the answer writes it another count only («10 IT» against «6 Indikator Tujuan
    (IT)»); "" when the claim counts more than one thing or the answer gives that term no count."""
    claimed = _counts_of(_asking(question) or question)
    if len(claimed) != 1 or len(next(iter(claimed.values()))) != 1:
        return ""
    (term, (count,)), = claimed.items()
    given = _counts_of(answer).get(term)
    if not given:
        return ""
    lead = _config()["lead"]
    return lead["ya"] if given == {count} else lead["tidak"] if count not in given else ""


# «… Setjen 38, Ditjen Keslan 36, … dan Itjen 10»: a name written capitalised with the count after it (no «%»)
_NAMED_COUNT = re.compile(r"\b([A-Z][\w]*)\s+(\d+)\b(?![.,]?\d|\s*%)")


def _named_count_lead(question: str, answer: str, claim_words: list[str]) -> str:
    """«IKK Itjen di renstra ada 12 kan?» against «… BKPK 21, dan Itjen 10»: the claim's one count held against the
    count the answer writes after a name the claim holds (a unit's own name, capitalised), «Tidak.» when another,
    «Ya.» when the same; "" when the claim counts more than one thing or the answer names none of its names so."""
    counts = [w for w in claim_words if w.isdigit() and not is_year(w)]
    if len(counts) != 1:
        return ""
    # «Setjen pegang 13 IKK?» against a list of Eselon II units: the count's own clause names a term of the answer's,
    # or none («td liat tabel renstra, Setjen eselon II nya 13 ya?»: where the asker read it is no term counted)
    clause = next((c for c in re.split(r"[,;]", _asking(question) or question) if counts[0] in tokens(c)), question)
    if own_terms(clause) and not own_terms(clause) & own_terms(answer):
        return ""
    at = claim_words.index(counts[0])
    # the name stands before the count, within `value_within` words («Itjen di renstra ada 12»; never «7 members
    # … MPPH» against «MPPH 2 tingkat»)
    near = set(claim_words[max(at - _config()["value_within"], 0):at])
    given = {int(m.group(2)) for m in _NAMED_COUNT.finditer(answer)
             if m.group(1).lower() in near and not is_year(m.group(2))}  # «Maret 2026» is a date
    if not given:
        return ""
    lead = _config()["lead"]
    return lead["ya"] if given == {int(counts[0])} else lead["tidak"] if int(counts[0]) not in given else ""


def _total_lead(question: str, answer: str, claim_words: list[str]) -> str:
    """«bobot sy CL 50, TUSI 40, MI 10, beyond 20. totalnya 120 kan?» against «…, sehingga totalnya 120%»: a number
    right after a word of `yesno.total_words` in the claim held against the one number right after one in the answer
    («Ya.» the same, «Tidak.» another); "" when either names none or the answer several, or the total is of each
    one's value («tiap IKI beyond 10, … total 20»: the jenis's, `limits.said_of_each`)."""
    if said_of_each(question):
        return ""
    totals = set(_config()["total_words"])

    def after(words: list[str]) -> set[int]:
        return {int(words[i + 1]) for i, w in enumerate(words[:-1]) if w in totals and words[i + 1].isdigit()}
    claimed, given = after(claim_words), after(tokens(answer))
    if len(claimed) != 1 or len(given) != 1:
        return ""
    lead = _config()["lead"]
    return lead["ya"] if claimed == given else lead["tidak"]


def restated(question: str, answer: str, share: str = "restate_share") -> str:
    """«Ya.» when the answer holds nearly every word of the claim (`restate_share`, or the `share` named, at least
    `restate_words` of them), each of its numbers and months too, with none of them denied or opposed there; ""
    otherwise, and for a claim that something is only so."""
    words = claim(question)
    config = _config()["claim"]
    if words is None or set(words) & _only_words():
        return ""  # «MPPH cuma 1 tingkat doang?»: an answer about 1 tingkat says nothing of the others
    said = tokens(answer)
    # the claim's own words clash or not; a case told before the sentence asking («unit sy UPT dan ga punya IKK.
    # jadi …?») is held by the answer's own condition, not restated
    if _opposed(words, said, strict=False) or polarity_clash(" ".join(words), answer):
        return ""
    if share == "restate_share" and _other_kind(words, said):
        return ""  # a permission read from how a thing is done may well turn one kind into the other
    # «berarti iki anggota sy turunan dr iki sy ya?»: the word drawing the conclusion is no part of what is claimed
    neutral = skipped_words() | set(_config()["tags"]) | _only_words() | set(config["concludes"])
    # a permission read from how a thing is done: the answer telling it holds no «boleh» of its own
    asked = set(_config()["predicates"]["boleh"]) if share == "permitted_share" else set()
    content = set(_read([w for w in words if w not in neutral and w not in asked]))
    if len(content) < config["restate_words"]:
        return ""
    # «…, bukan dr tupoksi umum?»: an answer naming the alternative set aside, not denied, may say it holds instead
    # A word both sides name is their shared subject («target» in «standar minimal, bukan target maksimal»), no part
    # of the alternative; a word the answer denies («tidak lagi diisi sendiri»: `_denied_at`) is set aside there too
    aside = set(_read([w for w in contrasted_aside(question) if w not in neutral])) - content
    negations = set(_config()["negations"])
    denied = {k for i, w in enumerate(said) if w in negations and not _conditional(said, i)
              for k in [i + 1, *_denied_at(said, i, neutral)]}
    if aside & set(_read([w for i, w in enumerate(said) if i not in denied])):
        return ""
    figures = {w for w in words if _figure(w) is not None or w in MONTH_WORDS}
    # a figure claimed for a case told before it («iki sy ga nyambung langsung ke renstra. jadi bobot tusi nya 40
    # ya?») that the answer says otherwise («… yang punya cascading langsung …»): it is another case's figure
    asking = _asking(question)
    if figures and asking and polarity_clash(question[:question.rfind(asking)], answer):
        return ""
    if not figures <= set(said) | {str(_figure(w)) for w in said if _figure(w) is not None}:
        return ""
    # one sentence says it all: words scattered over the answer («IKI Core … Beyond 20%. … dibagi …») restate no
    # «Beyond bagian dari Core»; «bagi» (for) restates no «bagian» (part)
    # «Cascading indikator kinerja …» holds «IKI»: said of every indicator, it is said of that kind (`genus_named`)
    held = max(((len(content & (set(_read([w for w in tokens(sentence) if w not in neutral]))
                                | {w for w in content if genus_named(w, sentence)})), sentence)
                for sentence in _sentences(answer)), default=(0, ""))
    if share == "permitted_share" and _denies_something(held[1]):
        return ""  # «butir kegiatan … tidak disalin begitu saja menjadi IKI»: told as not done, it permits nothing
    claimed = [group for group, members in _config()["predicates"].items() if set(words) & set(members)]
    if any(yes_no_lead(group, held[1]) == _config()["lead"]["tidak"] for group in claimed):
        return ""  # «boleh sy tentuin IKI anggota tanpa dialog?» against «… tidak boleh ditetapkan … tanpa dialog»
    return _config()["lead"]["ya"] if held[0] >= config[share] * len(content) else ""


def _other_kind(claim_words: list[str], said: list[str]) -> bool:
    """Whether the claim names one kind of thing an IKI measures (`claim.verdict_kinds`: «IKI itu ngukur kegiatan
    kan?») and the answer names the other («… IKI di SKP tetap mengukur hasil»): its words restate no such claim."""
    config = _config()["claim"]
    # the claim's kind by the words a pair of `opposites` or `measured` sets apart («hasil evaluasi» is no kind)
    paired = {p for key in ("opposites", "measured") for pair in config[key] for side in pair for p in side}
    kinds = [(PhraseSet([p for p in config["verdict_kinds"][kind] if p in paired]),
              phrase_set("search", "answers", "yesno", "claim", "verdict_kinds", kind)) for kind in ("output", "activity")]
    return any(bool(mine[0].find(claim_words)) and not other[1].find(claim_words) and bool(other[1].find(said))
               for mine, other in (kinds, kinds[::-1]))


def _denies_something(sentence: str) -> bool:
    """Whether a sentence holds a negation that denies what follows it, not one making a condition («bila tidak
    tercapai», «yang tidak …»)."""
    words, need = tokens(sentence), set(_config()["predicates"]["wajib"])
    purposes = set(_config()["claim"]["purposes"])
    # «dialog dilakukan tidak hanya saat menyusun SKP, tetapi rutin»: «not only» adds, it denies nothing
    only = _only_words()
    # «IKI anggota tidak harus berbeda» denies a need, «agar tidak tumpang tindih» tells a purpose: neither what is told
    return any(w in _config()["negations"] and not _conditional(words, i)
               and not (words[i + 1:i + 2] and (words[i + 1] in need or words[i + 1] in only))
               and not (i > 0 and words[i - 1] in purposes) for i, w in enumerate(words))


def _sentences(text: str) -> list[str]:
    """A text's sentences, a clause after «;» its own (a full stop inside a number or an abbreviation aside)."""
    # unlike passage_sentences, a capital (or an opening mark) must follow: «dll. dan …» goes on
    return re.split(r"(?<=[.!?])\s+(?=[A-Z(«\"])|;", text)


def _negated(claim_words: list[str], answer: str) -> bool:
    """Whether the answer only denies a word the claim says («cukup sy ubah sendiri …?» against «Perubahan SKP tidak
    dilakukan sepihak»): the word or its synonym is what a negation denies (`_denied_at`), one making no condition
    («yang tidak …»), and the answer says it nowhere else; the claim's own conditions and function words aside. The
    answer must name every term the claim names (`generic_terms` aside): a word denied of another subject says
    nothing of this one."""
    config = _config()
    if not _terms_of(claim_words) <= {t.name for t in terms_in(answer)}:
        return False  # «logbook diisi sendiri?» against «SKP tidak lagi diisi sendiri»: said of something else
    within = config["value_within"]
    predicates = {w for group in config["predicates"].values() for w in group}
    neutral = skipped_words() | set(config["tags"]) | _only_words() | predicates
    negations = set(config["negations"]) | set(search_config()["answers"]["polarity"]["negations"])
    claimed = set()
    for i, w in enumerate(claim_words):  # «tanpa ngobrol sama atasan» says no «ngobrol»
        if w not in neutral and not set(claim_words[max(i - within, 0):i]) & negations:
            claimed.update(_read([w]))
    said, denied = set(), set()
    for clause in re.split(r"[,;:?!]|\.(?!\d)", answer):
        words = tokens(clause)
        # «IKI anggota tidak harus berbeda»: a negation before a word of need denies the need, not what follows
        need = set(config["predicates"]["wajib"])
        scope = {at for i, w in enumerate(words) if w in config["negations"] and not _conditional(words, i)
                 and not (words[i + 1:i + 2] and words[i + 1] in need)
                 for at in _denied_at(words, i, neutral)}
        for i, w in enumerate(words):
            if w not in neutral:
                (denied if i in scope else said).update(_read([w]))
    return bool(claimed & (denied - said))


def _terms_of(claim_words: list[str]) -> set[str]:
    """The claim's own terms (`own_terms`) but one named right after a place word (search.yaml `how.places`): «edit
    sendiri di e-kinerja» tells where the thing is done, not what it is of."""
    text = " ".join(claim_words)
    places = set(search_config()["answers"]["how"]["places"])
    where = {term.name for term, (start, _) in placed_terms(text) if set(tokens(text[:start])[-1:]) & places}
    return own_terms(text) - where


def _denied_at(words: list[str], at: int, neutral: frozenset[str] | set[str]) -> list[int]:
    """Where the words a negation at `at` denies stand: its first word other than a bridge (search.yaml
    `polarity.bridges`: «tidak lagi …») or a function word, and after a verb the word that says how («tidak dilakukan
    sepihak», «tidak lagi diisi sendiri»); «tidak langsung bagi tim kerja» denies «langsung» only."""
    bridges = set(search_config()["answers"]["polarity"]["bridges"]) | neutral
    found = [i for i in range(at + 1, min(at + 1 + _config()["value_within"], len(words))) if words[i] not in bridges]
    return found[:2] if found and _verb(words[found[0]]) else found[:1]


def _verb(word: str) -> bool:
    """A verb with its prefix («dilakukan», «menyusun»), which Sastrawi strips."""
    return len(word) > 4 and word[:2] in ("di", "me") and len(stem(word)) < len(word) - 1


def own_terms(text: str) -> set[str]:
    """The glossary terms a text names, the generic ones (search.yaml `answers.generic_terms`: IKI, SKP) aside."""
    return {t.name for t in terms_in(text)} - set(search_config()["answers"]["generic_terms"])


def first_term(text: str) -> str | None:
    """The first glossary term a text names (`generic_terms` aside: IKI, SKP): what it is about."""
    generic = set(search_config()["answers"]["generic_terms"])
    return next((t.name for t in terms_in(text) if t.name not in generic), None)


def claim_subject(question: str) -> str | None:
    """The first term the claim names (who asks and the opener left out): what it is about («sy sanitarian …, catatan
    harian cukup diisi … kan?» → logbook); None when it names none."""
    words = claim(question)
    return first_term(" ".join(words)) if words else None


def words_held(question: str, answer: str) -> int:
    """How many of the words of the sentence asking (function words and the words naming a slot's relation aside:
    «bagian dari», «dipegang»; synonyms as one) the answer holds."""
    neutral = skipped_words() | set(_config()["tags"]) | relation_words()
    asked = set(_read([w for w in tokens(_asking(question) or question) if w not in neutral]))
    return len(asked & set(_read(tokens(answer))))


def _opposed(claim_words: list[str], said: list[str], strict: bool = True) -> bool:
    """Whether the claim holds one side of a pair of opposites (search.yaml `claim.opposites`) and the answer the
    other; strict: and never the claim's side too (an answer holding both — «indikator sama, wilayah berbeda» —
    contradicts nothing clearly)."""
    for _, mine_set, _, other_set in _sides():
        if not holds_outside(claim_words, mine_set, other_set) or holds_outside(claim_words, other_set, mine_set):
            continue
        if holds_outside(said, other_set, mine_set) and not (strict and holds_outside(said, mine_set, other_set)):
            return True
    return False


def _only_one_side(claim_words: list[str], said: list[str], asked: list[str]) -> bool:
    """«evaluasi kinerja cuma akhir tahun doang kan?» against «evaluasi triwulanan dan evaluasi tahunan di akhir
    tahun»: a claim that only one side of `claim.opposites` holds, the answer giving the other side too. A question
    naming both sides («… tiap triwulan ya? atau cuma tahunan?») offers a choice: no «only» claimed."""
    return bool(set(claim_words) & _only_words()) and any(
        holds_outside(claim_words, mine, other) and not holds_outside(asked, other, mine) and holds_outside(said, other, mine)
        for _, mine, _, other in _sides())


def _opposed_of(claim_words: list[str], said: list[str]) -> bool:
    """Whether the claim says one side of a pair of `bound_opposites` of something («indikator kinerjanya beda2 tiap
    wilayah») and the answer the other side of that same thing («indikator yang sama»), never the claim's side of it
    («… tetapi wilayah pelaksanaan tugasnya berbeda» says it of the regions)."""
    config = _config()
    within, neutral = config["value_within"], skipped_words() | set(config["tags"])

    nouns = set(config["claim"]["bound_nouns"])
    idioms = {tuple(tokens(p)) for p in config["claim"]["bound_idioms"]}

    def of(words: list[str], side: set[str]) -> set[str]:
        """What the words say a side of: the words standing within `value_within` before each of its words, after it
        for a noun naming the side («ketimpangan jumlah IKI per pegawai»); none inside an idiom («antara lain»)."""
        return {r for i, w in enumerate(words) if said_once(w) in side
                and not any(tuple(words[max(i - len(p) + 1, 0):i + 1]) == p for p in idioms)
                for near in (words[i + 1:i + 1 + within] if said_once(w) in nouns else words[max(i - within, 0):i])
                if near not in neutral for r in _read([near])}

    for first, second in config["claim"]["bound_opposites"]:
        for mine, other in ((set(first), set(second)), (set(second), set(first))):
            things = of(claim_words, mine)
            if things and not of(claim_words, other) and things & of(said, other) and not things & of(said, mine):
                return True
    return False


def _approves_activity(question: str, claim_words: list[str]) -> bool:
    """Whether the claim approves («udah bagus ya?», `approves`) an IKI it quotes that the rules read as counting an
    activity, not measuring an output («'jumlah rapat koordinasi yg dilaksanakan'»): the guidance says an IKI
    measures output, so «Tidak.». An IKI the rules pass is not thereby good: no «Ya.» from here."""
    iki = quoted(question)
    if not iki or not set(claim_words) & set(_config()["claim"]["approves"]):
        return False
    return check_iki(IkiDraft(indikator=iki)).kind == Kind.activity


def _forbidden(claim_words: list[str], answer: str) -> bool:
    """Whether the claim approves something («jumlah laporan / jumlah dokumen itu udah sesuai arahan?») that a
    sentence of the answer forbids or advises against («IKI tidak boleh berupa jumlah laporan, jumlah dokumen …»):
    `forbidden_words` of the claim's words, other than the sentence's subject, after the forbidding words."""
    config = _config()
    if not set(claim_words) & set(config["claim"]["approves"]):
        return False
    forbids = PhraseSet(config["claim"]["forbids"] + config["advised_against"]["boleh"] + config["contrary"]["boleh"])
    neutral = skipped_words() | set(config["tags"]) | set(config["claim"]["approves"])
    claimed = {stem(w) for w in claim_words if w not in neutral}
    for sentence in re.split(r"(?<=[.!?])\s+", answer):  # whole sentences, a «;» kept inside (not passage_sentences)
        said = tokens(sentence)
        found = forbids.find(said)
        if not found:
            continue
        subject = {stem(w) for w in said[:found[0]]}
        after = {stem(w) for w in said[found[0] + len(found[1]):]}
        if len((claimed - subject) & after) >= config["claim"]["forbidden_words"]:
            return True
    return False


def _other_month(claim_words: list[str], said: list[str]) -> bool:
    """The claim names one month and the answer names months, none of them that one."""
    asked, given = {w for w in claim_words if w in MONTH_WORDS}, {w for w in said if w in MONTH_WORDS}
    return len(asked) == 1 and bool(given) and not asked & given


def _other_day(claim_words: list[str], said: list[str]) -> bool:
    """The claim names a day of one month («batas SKP 2026 tgl 28 Februari», or a part of it: «akhir Februari») and the
    answer names that month only, with days none of which is that one («paling lambat 8 Februari 2026»): a deadline claimed past the deadline the
    answer gives (`claim.deadline_words` on both sides)."""
    months = [i for i, w in enumerate(claim_words) if w in MONTH_WORDS]
    # «deadline SKP akhir Februari kan?»: a part of the month is its first day (`claim.month_parts`)
    parts = _config()["claim"]["month_parts"]
    before = claim_words[months[0] - 1] if len(months) == 1 and months[0] else ""
    if not before.isdigit() and before not in parts:
        return False
    month, day = claim_words[months[0]], str(parts.get(before, before))
    days = {said[i - 1] for i, w in enumerate(said) if w == month and i and said[i - 1].isdigit()}
    if not days or day in days or {w for w in said if w in MONTH_WORDS} != {month}:
        return False
    # deadlines only, both sides («batas … tgl 28 Februari» against «paling lambat 8 Februari»), and only a later
    # day: «bisa sampe 5 maret?» is within it, and another thing's date in the same month says nothing
    deadlines = phrase_set("search", "answers", "yesno", "claim", "deadline_words")
    return bool(deadlines.find(claim_words) and deadlines.find(said)) and all(int(day) > int(d) for d in days)


def _year_clauses(claim_words: list[str], answer: str) -> list[str]:
    """The words of the answer's clauses («…; …», «… sedangkan …», its sentences) naming the one year the claim names
    and a month («… akhir Januari tahun berjalan, sedangkan untuk 2026 … sampai 8 Februari 2026» for «deadline SKP
    2026 itu akhir januari?»): the year's own date; [] when none does. A claim naming a month and no year («SKP
    pimpinan unit ditetapkan paling lambat 8 februari kan?») is answered by the clauses naming a month that hold
    most of its other words («… ditetapkan pimpinan paling lambat akhir Januari …»), not by another one's date
    («… batas penyusunan SKP sampai 8 Februari 2026»)."""
    years = {w for w in claim_words if is_year(w)}
    if len(years) > 1 or not years and not set(claim_words) & MONTH_WORDS:
        return []
    neutral = skipped_words() | set(_config()["tags"]) | MONTH_WORDS | years
    content = set(_read([w for w in claim_words if w not in neutral]))
    clauses = [tokens(c) for c in passage_cases(answer)]
    # a clause about the claim's subject: at least `year_share` of its other words («periode SKP 2026 …» is not
    # answered by the clause of the deadline)
    dated = [(len(content & set(_read(words))), words) for words in clauses
             if (not years or years & set(words)) and set(words) & MONTH_WORDS]
    least = _config()["claim"]["year_share"] * len(content)
    most = max((held for held, _ in dated), default=0)
    return [w for held, words in dated if held >= least and (years or held == most) for w in words]


def _this_years_deadline(claim_words: list[str], answer: str) -> bool:
    """«SKP sy ditetapkan atasan paling lambat 8 februari ya?»: a deadline claimed of no year and of no leader's SKP
    that is the very date the one clause of the guidance year gives («… untuk 2026 … batas penyusunan SKP sampai 8
    Februari 2026»): it holds this year, whatever the rule's own date (leaders keep the end of January: Materi Seri 1
    Biro OSDM, PermenPANRB 6/2022). The rule's date claimed is no «Tidak.»: both dates stand."""
    deadlines = phrase_set("search", "answers", "yesno", "claim", "deadline_words")
    if any(is_year(w) for w in claim_words) or not deadlines.find(claim_words) or _of_leader(claim_words):
        return False
    year = str(search_config()["answers"]["scope"]["guidance_year"])
    clauses = [tokens(c) for c in passage_cases(answer)]
    own = [words for words in clauses if year in words and set(words) & MONTH_WORDS and deadlines.find(words)]
    return len(own) == 1 and _same_date(claim_words, own[0])


def _of_leader(claim_words: list[str]) -> bool:
    """Whether a claim names a leader (`only.scope.sides`' first side: «SKP pimpinan unit …», «… oleh pimpinan»)."""
    first, second = scope_sides()
    return holds_outside(claim_words, first, second)


def _same_date(claim_words: list[str], said: list[str]) -> bool:
    """The claim names one month and a day before it («8 Februari»), and the answer names that month only, after
    that very day."""
    months = [i for i, w in enumerate(claim_words) if w in MONTH_WORDS]
    given = [i for i, w in enumerate(said) if w in MONTH_WORDS]
    if len(months) != 1 or not given or {said[i] for i in given} != {claim_words[months[0]]} or months[0] == 0:
        return False
    day = claim_words[months[0] - 1]
    return day.isdigit() and all(i and said[i - 1] == day for i in given)


def _capitalised() -> str:
    """A pattern for Capitalised Words spelling an abbreviation out, a joining word (`spelled_joins`: «dan») allowed
    between two of them."""
    joins = "|".join(re.escape(join) for join in _config()["claim"]["spelled_joins"])
    return rf"[A-Z][a-z]+(?:\s+(?:{joins})?\s*[A-Z][a-z]+)+"


def spelling_lead(question: str, answer: str) -> str:
    """«Ya.» or «Tidak.» when the claim spells an abbreviation out in Capitalised Words after a link word («MPPH itu
    singkatan Matriks Penilaian Prestasi Harian»; «IKI Indeks Profesionalitas ASN» names an IKI) and the answer spells the same one out beside it, in brackets («MPPH (Matriks
    Pembagian Peran dan Hasil)» or the other way round): the same words or others; "" otherwise."""
    links = "|".join(re.escape(link) for link in _config()["claim"]["spelled_links"])
    capitalised = _capitalised()
    # a few plain words may tell where the abbreviation is used first («IKM di perjanjian kinerja itu singkatan …»)
    between = _config()["claim"]["spelled_between"]
    said = re.search(rf"\b([A-Z][A-Z-]{{1,9}})\b(?:\s+[A-Za-z]+){{0,{between}}}?(?:\s+(?:{links}))+\s+({capitalised})",
                     question)
    if not said:
        return ""
    short = re.escape(said.group(1))
    given = re.search(rf"\b{short}\s*\(({capitalised})\)|({capitalised})\s*\({short}\)", answer)
    if not given:
        return ""
    claimed, stated = tokens(said.group(2)), tokens(given.group(1) or given.group(2))
    return _config()["lead"]["ya" if claimed == stated else "tidak"]


def letter_lead(question: str) -> str:
    """«Ya.» or «Tidak.» when the claim says what one letter of an acronym stands for («SMART-C, huruf C nya itu
    Collaborative ya?», «di PRIMA huruf A itu Ajak dialog kinerja ya?», «SMART-C, A nya itu agreeable kan?»), held against the glossary's words for that
    letter (glossary.yaml `letters`): every word of the claim among them, or none; "" when some are, when no one term
    named has that letter, or when the claim gives no word for it."""
    words = claim(question) or []
    config = _config()["claim"]
    # the letter after a letter word («huruf C»), or one letter said with its «-nya» apart («A nya itu …»)
    at = next((i for i, w in enumerate(words[:-1]) if w in config["letter_words"] and len(words[i + 1]) == 1
               or len(words[i + 1]) == 1 and words[i + 2:i + 3] == ["nya"]), None)
    if at is None:
        return ""
    letter = words[at + 1]
    spelt = [(term, letter_words(term, letter)) for term in terms_in(question) if letter_words(term, letter)]
    if len(spelt) != 1:
        return ""
    term, meaning = spelt[0]
    links = {w for link in config["spelled_links"] for w in tokens(link)}
    neutral = skipped_words() | set(_config()["tags"]) | links | set(config["letter_words"]) | set(tokens(term.name))
    claimed = {stem(w) for w in words[at + 2:] if w not in neutral}
    stands = {stem(w) for w in tokens(meaning)}
    if not claimed:
        return ""
    lead = _config()["lead"]
    return lead["ya"] if claimed <= stands else lead["tidak"] if not claimed & stands else ""


def exceeds_only(question: str, answer: str) -> bool:
    """Whether the answer gives more than the claim says is all («MPPH cuma 1 tingkat doang?» against «MPPH 2
    tingkat»): of near answers, the one that answers it; a count it names, not things it lists, picks the answer."""
    words = claim(question)
    return words is not None and _more_than_only(words, tokens(answer), listing=False)


def _other_items(question: str, answer: str) -> bool:
    """«smart-c itu specific, measurable, achievable, realistic, time bound ya?» against «… terdiri atas Specific,
    Measurable, Agreeable, Realistic, Time bounded, …»: a claim listing `claim.items_least` things or more, all but one
    of them items of the answer's list (an item is met by its first word, as written or one opening the other:
    «bound», «bounded») and that one named nowhere in the answer, while the list is as long: it names another item."""
    config = _config()["claim"]
    asking = _asking(question) or question
    link = max((m.end() for m in re.finditer(r"\b(?:itu|tuh|adalah|yaitu|yakni|ialah)\b", asking)), default=0)
    joins = "|".join(re.escape(j) for j in config["list_joins"])
    claimed = [tokens(item) for item in re.split(rf",|\b(?:{joins})\b", asking[link:])]
    claimed = [_without_closing(words) for words in claimed if words]
    claimed = [words for words in claimed if words]
    if len(claimed) < config["items_least"]:
        return False
    opens = [m.end() for m in _list_opener().finditer(answer)]
    if not opens:
        return False
    listed = re.split(r"[;.](?:\s|$)", answer[opens[0]:])[0]
    items = [tokens(item) for item in re.split(rf",|\b(?:{joins})\b", listed)]
    firsts = [stem(words[0]) for words in items if words]

    def met(words: list[str]) -> bool:
        first = stem(words[0])
        return any(first == f or len(min(first, f, key=len)) >= 4 and (first.startswith(f) or f.startswith(first))
                   for f in firsts)
    missing = [words for words in claimed if not met(words)]
    said = {stem(w) for w in tokens(answer)}
    return (len(missing) == 1 and len(firsts) >= len(claimed)
            and not any(stem(w) in said for w in missing[0] if w not in skipped_words()))


@knowledge.cached
def _list_opener() -> re.Pattern:
    """Where an answer's list opens (search.yaml `answers.listed_by.openers`)."""
    openers = search_config()["answers"]["listed_by"]["openers"]
    return re.compile("|".join(rf"\b{re.escape(o)}\b" if o[0].isalnum() else re.escape(o) for o in openers),
                      re.IGNORECASE)


def unit_lead(question: str) -> str:
    """«iki sy «Persentase arsip …» satuannya % kan», «IKI sy 'Persentase BMN …' tp satuannya sy isi 'dokumen'. gpp
    kan?»: a question quoting its IKI and naming the satuan it gives it asks whether that satuan fits, which the rules
    say: «Tidak.» for a unit the measure word does not take (UNIT_MISMATCH), «Ya.» when the IKI with it passes every
    rule, "" otherwise or when no satuan is named (`claim.unit_words`, the words that may stand before it)."""
    config = _config()["claim"]["unit_words"]
    iki = quoted(question)
    if not iki:
        return ""
    rest = question.replace(iki, " ")
    names = "|".join(re.escape(w) for w in config["names"])
    between = "|".join(re.escape(w) for w in config["between"])
    found = re.search(rf"\b(?:{names})\b(?:\s+(?:{between})\b)*\s*[=:]?\s*['\"«“]?(%|[a-z]+)", rest, re.IGNORECASE)
    if not found:
        return ""
    verdict = check_iki(IkiDraft(indikator=iki, satuan=found.group(1)))
    lead = _config()["lead"]
    if any(f.category.value == "UNIT_MISMATCH" for f in verdict.findings):
        return lead["tidak"]
    return lead["ya"] if not verdict.findings else ""


def verdict_lead(question: str) -> str:
    """«iki sy "Terlaksananya rapat koordinasi lintas program" udh bener blm?»: a short question quoting its own IKI
    and asking whether it is right, or whether it is output («… itu output bukan ya?»), is answered by the rules:
    «Tidak.» for an IKI counting an activity, «Ya.» for one passing every rule, "" otherwise; asked whether it is a
    process, the other way round (`claim.verdict_words`, `approves`, `verdict_kinds`). A longer message is read so
    from the sentence holding the quote on, who asks aside, when it names few words of its own there and asks
    nothing else (`verdict_content_words`): «analis lab nih. '…' itu memang contoh IKI yg bener di materi ya?»; a
    fault denied approves («kata katim ga masalah. beneran ga masalah?») and so does a permission asked last («… jadi
    boleh ya?»)."""
    config = _config()
    verdict = config["claim"]
    iki = quoted(question)
    if not iki:
        return ""
    whole = tokens(question.replace(iki, " "))
    opening = tokens(question[:question.find(iki)])
    kinds = verdict["verdict_kinds"]
    asks = "?" in question or set(whole) & (set(config["tags"]) | {"kah", "apakah"} | set(config["negations"]))
    pointed = _kind_pointed(whole) if asks else None  # «ini hasil: '…'» shows one, asking nothing
    named = set(whole) & set(verdict["verdict_names"]) or opening[:1] and opening[0] in verdict["verdict_autocorrected"] \
        and set(opening[1:]) <= _self_words() or pointed
    if not named or set(whole) & set(verdict["verdict_fields"]):
        return ""
    at = question.find(iki)
    # a kind named before the quote describes it («IKI proses kyk '…' masih dipake kan?»): it is asked only after it
    rest, after = whole, tokens(question[at + len(iki):])
    if len(whole) > verdict["verdict_words"]:
        # the clauses before the one holding the quote tell who asks («sy dr tim OSDM lg ngecek SKP seunit, ada IKI …»)
        opens = [m.end() for m in CLAUSE_END.finditer(question, 0, max(at - 1, 0))]
        opening = max([question.rfind(mark, 0, at) + 1 for mark in "\n"] + opens)
        rest = tokens(without_introduction(question[opening:]).replace(iki, " "))
        aside = skipped_words() | set(config["tags"]) | set(verdict["approves"]) | set(verdict["verdict_uses"]) \
            | set(verdict["faults"]) \
            | set(verdict["verdict_names"]) | {w for opener in verdict["opens"] for w in tokens(opener)} \
            | {w for kind in verdict["verdict_kinds"].values() for w in kind}  # the kind asked is the verdict's own word
        if len({w for w in rest if w not in aside}) > verdict["verdict_content_words"] \
                or set(rest) & set(config["other_questions"]):
            return ""

    def said(words: list[str], within: list[str]) -> bool:  # a word of these, no negation just before it
        return any(w in words and not set(within[max(i - 2, 0):i]) & set(config["negations"])
                   for i, w in enumerate(within))
    # «IKI '…' itu output bukan ya?» asks its kind: output as approval asks, an activity («… itu proses ya?») turned
    asked = "output" if said(kinds["output"], after) else "activity" if said(kinds["activity"], after) else pointed
    # «ga masalah», «ga salah»: a fault denied approves
    approved = said(verdict["approves"] + verdict["verdict_uses"], rest) or _permits_last(question, iki) or any(
        w in verdict["faults"] and i and rest[i - 1] in config["negations"] for i, w in enumerate(rest))
    # «IKI sy bkn jumlah laporan kan, jd ga boleh pake '…' ya?»: a permission denied of the quote claims it is wrong
    refused = not approved and any(w in config["predicates"]["boleh"] and i and rest[i - 1] in config["negations"]
                                   for i, w in enumerate(rest))
    if not (approved or asked or refused):
        return ""
    found = check_iki(IkiDraft(indikator=iki))
    activity, passing = found.kind == Kind.activity, not found.findings
    if refused and not asked:
        return config["lead"]["ya"] if activity else config["lead"]["tidak"] if passing else ""
    if asked and not approved:  # only its kind is asked («sounds output to me»): the kind answers, other findings aside
        return config["lead"]["ya" if activity == (asked == "activity") else "tidak"]
    if asked == "activity":
        return config["lead"]["ya"] if activity else config["lead"]["tidak"] if passing else ""
    if activity:
        return config["lead"]["tidak"]
    return config["lead"]["ya"] if passing else ""


def _kind_pointed(outside: list[str]) -> str | None:
    """«ini output kah: «…»», «'…' ini proses bukan?»: a kind asked of the quote, the words outside it nothing but
    that kind, pointers, tags and chat words (`claim.verdict_pointers`): the kind asked ("output"/"activity")."""
    config = _config()
    kinds = config["claim"]["verdict_kinds"]
    idle = set(config["claim"]["verdict_pointers"]) | set(config["tags"]) | skipped_words() | set(config["negations"])
    named = [kind for kind, words in kinds.items() if set(outside) & set(words)]
    if len(named) != 1 or set(outside) - idle - set(kinds[named[0]]):
        return None
    return named[0]


def _permits_last(question: str, iki: str) -> bool:
    """«IKI sy '…'. jadi boleh ya?»: the sentence asking, after the quote, is a permission word (`predicates.boleh`)
    and tags alone; «boleh diubah tengah tahun?» asks a permission of something else."""
    asking = _asking(question)
    if not asking or question.rfind(asking) < question.find(iki) + len(iki):
        return False
    words = [w for w in tokens(asking) if w not in _config()["tags"] and w not in _config()["claim"]["concludes"]]
    return len(words) == 1 and words[0] in _config()["predicates"]["boleh"]


def _figure(word: str) -> float | None:
    """A count written in digits or words («7», «tujuh»); a year is none."""
    if is_year(word):
        return None
    target = parse_target(word)
    return target.value if target and target.unit is None and target.bound is None else None


def _listed(claim_words: list[str]) -> list[tuple[int, float]]:
    """(where, how many) of the things a claim with no number says are all there is («cuma pengguna layanan sama
    anggaran aja» → 2), joined by `list_joins`: the words after its first «only» word; [] when none follow it."""
    config = _config()
    only = _only_words()
    at = next((i for i, w in enumerate(claim_words) if w in only), None)
    after = [w for w in claim_words[at + 1:] if w not in only] if at is not None else []
    if not after:
        return []
    return [(at, 1 + sum(w in config["claim"]["list_joins"] for w in after))]


def _more_than_only_of(claim_words: list[str], answer: str) -> bool:
    """`_more_than_only` said of the claim's own terms: «logbook cukup diisi akhir bulan aja toh?» is not denied by
    «Dialog kinerja … tidak hanya sekali …, sebulan atau dua bulan sekali», said of another subject."""
    return own_terms(" ".join(claim_words)) <= {t.name for t in terms_in(answer)} \
        and _more_than_only(claim_words, tokens(answer))


def _more_than_only(claim_words: list[str], said: list[str], listing: bool = True) -> bool:
    """«nilai BerAKHLAK cuma 5 doang?» against «tujuh core value»: a claim saying only its one number, the answer
    giving a larger one beside a word of the claim (within `value_within` words of it)."""
    config = _config()
    if not set(claim_words) & _only_words():
        return False
    numbers = [(i, _figure(w)) for i, w in enumerate(claim_words) if _figure(w) is not None]
    # things listed are held only against a count spelled out («empat perspektif»), never a figure («MI 10%»)
    listed, numbers = not numbers, numbers or (_listed(claim_words) if listing else [])
    if len(numbers) != 1:
        return False
    at, number = numbers[0]
    within, neutral = config["value_within"], skipped_words() | _only_words()
    # «IKI sy ada 14, gpp kan langsung diinput aja?»: an «aja» far from the figure says «just do it», not «only 14»
    if not listed and not _only_words() & set(claim_words[max(at - within, 0):at + within + 1]):
        return False
    near = {stem(w) for w in claim_words if w not in neutral} - {claim_words[at]}
    return any(value is not None and value > number and near & {stem(w) for w in said[max(i - within, 0):i + within + 1]}
               for i, value in ((i, _figure(w)) for i, w in enumerate(said) if not listed or w.isalpha()))
