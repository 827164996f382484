"""What a question asks: the kinds of fact it wants (search.yaml `answers.kinds`), the questions one message asks,
the asker's introduction left out, what a how-to or a list question is about, the IKI it quotes, and whether a
passage's list or task is the one asked about.
"""

import re
import unicodedata

from bot import knowledge
from bot.lang.text import PhraseSet, alternation, phrase_set, question_sentences, token_spans, tokens
from bot.lang.words import spoken_active, spoken_bare_nasal, stem
from bot.retrieval.glossary import nya_apart, placed_terms, skipped_words, terms_in
from bot.retrieval.normalize import keyword_words, search_config, weak_words


@knowledge.cached
def _kinds() -> list[tuple[str, PhraseSet]]:
    return [(kind, PhraseSet(phrases)) for kind, phrases in search_config()["answers"]["kinds"].items()]


@knowledge.cached
def _cue_roots() -> frozenset[str]:
    """The one-word cues of every kind and of a comparison ("pengertian", "beda")."""
    config = search_config()["answers"]
    phrases = [p for kind in config["kinds"].values() for p in kind] + config["compare"]
    return frozenset(p for p in phrases if len(tokens(p)) == 1)


def cue_words(question: str) -> list[str]:
    """tokens(question) with a cue's "-nya" form read as the cue ("pengertiannya" = "pengertian"), one per token;
    «maksud sy» blanked (the asker saying what they meant is no cue)."""
    roots = _cue_roots()
    words = [w[:-3] if w.endswith("nya") and w not in roots and w[:-3] in roots else w for w in tokens(question)]
    return _without_meant_mine(words)


@knowledge.cached
def _asking_words() -> re.Pattern:
    phrases = sorted(search_config()["answers"]["asking_words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)


@knowledge.cached
def _introductions() -> tuple[frozenset[str], PhraseSet, PhraseSet]:
    """The words a self-introduction opens with, the roles it names, and the words that make it tell of one's work
    too («yg ngurus …», «pegang …»: intent.yaml `requests`' introductions and their `unless`)."""
    requests = knowledge.data("intent")["requests"]
    kinds = [requests[name] for name in ("introduce_leader", "introduce_member")]
    return (frozenset(w for kind in kinds for w in kind["self"]), PhraseSet(r for kind in kinds for r in kind["role"]),
            PhraseSet(w for kind in kinds for w in kind["unless"]))


# A clause: up to , ; : ? ! or a full stop, not the dot of a short abbreviation («dit. gizi») or inside a code.
_CLAUSE = re.compile(r"[^,;:?!.]+(?:(?:\.(?=\S)|(?:(?<=\b[^\W\d_]{2})|(?<=\b[^\W\d_]{3}))\.\s+(?=\w))[^,;:?!.]*)*")


# a line of a chat pasted as exported («[09.14, 3/2/2026] Bu Rina Katim: …», «[3/2/26 09.14.22] Sy: …», or its time
# alone: «[09.12] Bu Rina: …»): its stamp (time and date, either first), who said it, and what they said
_PASTED_LINE = re.compile(r"^\s*\[(?:\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:,?\s*\d{1,2}/\d{1,2}/\d{2,4})?"
                          r"|\d{1,2}/\d{1,2}/\d{2,4},?\s*\d{1,2}[.:]\d{2}(?:[.:]\d{2})?)\][^:\n]{1,60}:(.*)$", re.MULTILINE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def without_pasted_chat(question: str) -> str:
    """«[09.14, 3/2/2026] Bu Rina Katim: Tolong IKI … [09.15, 3/2/2026] Sy: siap bu\n\nbot, cara pembagian peran …»:
    the lines of a chat pasted before the message's own words show where it came from; what is asked is what the
    asker writes after them. Unchanged when nothing of its own follows the last pasted line. «Forwarded\n[09.12,
    3/2/2026] Bu Sari: perubahan SKP bisa … ya\n\nbener gt kak bot?»: own words that only ask whether it is right
    (`pasted_claim_asked`) ask the last pasted message itself, read as a claim to confirm («…, bener ga?»)."""
    lines = list(_PASTED_LINE.finditer(question))
    if not lines:
        return question
    # the last message runs on its following lines up to a blank line; the asker's own words come after it
    blank = _BLANK_LINE.search(question, lines[-1].end())
    after = question[blank.end():] if blank else question[lines[-1].end():]
    if not tokens(after):
        return question
    speaker = question[lines[-1].start():lines[-1].start(1)].rpartition("]")[2]
    if blank and pasted_claim_asked(after, speaker):
        said = " ".join(question[lines[-1].start(1):blank.start()].split()).rstrip(" .!?,")
        if tokens(said):
            return f"{said}, bener ga?"
    return after.strip()


def pasted_claim_asked(own: str, speaker: str = "") -> bool:
    """Whether the asker's own words under a pasted message only ask whether it is right: the first sentence holding
    a confirming word (search.yaml `answers.yesno.claim` `opens`, `bare_asks`, `pointers`) holds nothing else but
    tags, chat words, pointers, `speakers` and words calling the bot (intent.yaml `filler`); what follows it tells the
    asker's case («itu bener ga kak? kami biasa rekap di excel»). «… yg dibilang bu rina ini?» points at the pasted
    message by its speaker's name (`speaker`, as its header writes it) and a word of saying (`claim.pasted_said`)."""
    config = search_config()["answers"]["yesno"]
    claim = config["claim"]
    opens = phrase_set("search", "answers", "yesno", "claim", "opens")
    confirming = set(claim["bare_asks"]) | set(claim["pointers"])
    idle = (confirming | set(config["tags"]) | set(claim["speakers"]) | skipped_words()
            | set(knowledge.data("intent")["filler"]) | set(tokens(speaker)) | set(claim["pasted_said"]))
    for sentence in question_sentences(own):
        words = tokens(sentence)
        found = next(((i, m) for i in range(len(words)) if (m := opens.match_at(words, i))), None)
        if found is None and not set(words) & confirming:
            continue
        rest = words[:found[0]] + words[found[0] + len(found[1]):] if found else words
        return not set(rest) - idle
    return False


# an emoji (or a run of them, skin tones and joiners too) standing between two words, no mark of its own beside it
_EMOJI_BETWEEN = re.compile(r"(?<=\w)\s*((?:[^\w\s.,;:?!]|\u200d|\ufe0f)+)\s*(?=[^\W\d_])")


def emoji_closed(question: str) -> str:
    """«auditor inspektorat nih 🙋 jd total bobot bisa sampe 120% ya?»: in chat an emoji between two words closes
    the sentence before it, as a full stop does; what follows is a sentence of its own (the case told before it is
    no part of the claim asked after it); one opening a line is left out."""
    def closed(m: re.Match) -> str:
        marks = m.group(1)
        return ". " if any(unicodedata.category(ch) == "So" for ch in marks) else m.group(0)
    # one opening the message or a line («🔥 bikinin …») closes nothing: left out
    between = _EMOJI_BETWEEN.sub(closed, question)
    return re.sub(r"(?m)^[^\S\n]*(?:[^\w\s.,;:?!]|\u200d|\ufe0f)+[^\S\n]*",
                  lambda m: "" if any(unicodedata.category(ch) == "So" for ch in m.group()) else m.group(), between)


@knowledge.cached
def _correction() -> tuple[re.Pattern, re.Pattern]:
    """A self-correction's marker with the «maksudnya» after it, and the closers at the correction's end (search.yaml
    `answers.self_correction`)."""
    config = search_config()["answers"]["self_correction"]

    def either(phrases: list[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    marker = re.compile(rf"[\s.,;:!…-]*\b(?:{either(config['markers'])})\b[\s.,;:!…-]*"
                        rf"(?:\b(?:{either(config['meant'])})\b[\s,:]*)?", re.IGNORECASE)
    closers = re.compile(rf"(?:[\s,]*\b(?:{either(config['closers'])})\b)+[\s,]*$", re.IGNORECASE)
    return marker, closers


_FIGURE_TYPED = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?:\s*%)?(?![\w.,]*\d)")
# a sentence's or a clause's end, not the point or comma inside a figure («1.250», «87,5%»)
_SENTENCE_END = re.compile(r"[.?!\n](?!\d)")
_CLAUSE_MARK = re.compile(r"[,.;?!\n](?!\d)")


def self_corrected(question: str) -> str:
    """«bobot beyond itu 25% ya.. eh salah, maksudnya 20%, bener kan …?» → «bobot beyond itu 20% ya, bener kan …?»:
    what a message says after correcting itself (`self_correction.markers`) up to its clause's end replaces, in the
    sentence before the marker, its one figure when the correction is a figure, the words from the one the
    correction opens with («sy bidan puskesmas.. eh bukan, bidan di UPT vertikal» → «sy bidan di UPT vertikal»), or
    else that whole sentence. Unchanged when no marker stands between words."""
    marker, closers = _correction()
    found = marker.search(question)
    if found is None:
        return question
    head = question[:found.start()]
    start = max((m.end() for m in _SENTENCE_END.finditer(head)), default=0)
    wrong, tail = head[start:], question[found.end():]
    end = _CLAUSE_MARK.search(tail)
    cut = end.start() if end else len(tail)
    right = closers.sub("", tail[:cut]).strip()
    if not tokens(wrong) or not tokens(right):
        return question
    figures = list(_FIGURE_TYPED.finditer(wrong))
    if _FIGURE_TYPED.fullmatch(right) and len(figures) == 1:
        fixed = wrong[:figures[0].start()] + right + wrong[figures[0].end():]
    else:
        words, spans = tokens(wrong), token_spans(wrong)
        at = next((i for i in reversed(range(len(words))) if words[i] == tokens(right)[0]), None)
        fixed = wrong[:spans[at][0]] + right if at is not None and len(words) == len(spans) else right
    return self_corrected(question[:start] + fixed + tail[cut:])


def without_spelled_letters(question: str) -> str:
    """«PRIMA itu:\n• P\n• R\n• I\n• M\n• A\nisinya apa aja tiap huruf?»: one-letter words in a row, bullets or
    marks between them, that spell a word the message names are that word spelled out, not words of their own («A»,
    «R» would match SMART-C's Agreeable, Realistic); they are left out."""
    words, spans = tokens(question), token_spans(question)
    if len(words) != len(spans):
        return question
    named = {part for w in words for part in (w, w.replace("-", ""), *w.split("-")) if len(part) > 1}
    runs, run = [], []
    for i, w in enumerate(words):
        joined = run and not re.search(r"\w", question[spans[run[-1]][1]:spans[i][0]])
        if len(w) == 1 and w.isalpha() and (not run or joined):
            run.append(i)
            continue
        runs.append(run)
        run = [i] if len(w) == 1 and w.isalpha() else []
    runs.append(run)
    for run in reversed([r for r in runs if len(r) > 1 and "".join(words[i] for i in r) in named]):
        question = question[:spans[run[0]][0]] + question[spans[run[-1]][1]:]
    return question


def without_persona(question: str) -> str:
    """«sy bidan di RS daerah, cara nyusun rencana aksi gmn?»: a clause introducing the asker (a self word, then a
    role of intent.yaml's introductions) says who asks; the words after the role (a unit, a field, a place) are not
    what is asked, yet they match answers that happen to name them (a hospital example). They are left out; the role
    stays («sy katim, …» asks as a leader)."""
    return _cut(question, [(role_end, end) for _, role_end, end in _introductions_in(question)])


def without_introduction(question: str) -> str:
    """The question without its self-introductions, role and all: «sy ketua tim, beda core sama beyond apa?» asks
    the difference of two terms, not what a ketua tim is."""
    left = _cut(question, [(start, end) for start, _, end in _introductions_in(question)])
    return left if tokens(left) else question


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return text


def _introductions_in(question: str) -> list[tuple[int, int, int]]:
    """(start, end of the role, end) of each clause introducing the asker that asks nothing itself. A clause whose
    words after the role name a guidance term, a number, a negation, a question of its own («sy anggota tim tp IKI
    sy nyambung langsung ke IKK …»), another role («staf biasa bukan pimpinan»), one's work («yg ngurus logbook
    tim») or what the guidance answers apart (`answers.persona_keeps`: «sy staf di UPT») is part of the question."""
    selves, roles, telling = _introductions()
    config = search_config()["answers"]
    opening = set(config["yesno"]["claim"]["case_openers"])
    found = []
    for clause in _CLAUSE.finditer(question):
        spans = token_spans(clause.group())
        words = tokens(clause.group())
        # «cara isi bobot kalau sy anggota tim … di RS vertikal»: an introduction as the condition a question is asked
        # under opens at its condition word (`claim.case_openers`)
        at = 0 if words[:1] and words[0] in selves else next(
            (i for i in range(1, len(words) - 1) if words[i] in selves and words[i - 1] in opening), None)
        if at is None or len(words) - at < 2:
            continue
        role = roles.match_at(words, at + 1)
        if role is None:
            continue
        # «sy JF pranata lab kes»: roles one after another name one role (a kind and its name), not a second one
        while (more := roles.match_at(words, at + 1 + len(role))) is not None:
            role = (*role, *more)
        end = spans[at + len(role)][1]
        rest = clause.group()[end:]
        rest_words = tokens(rest)
        # a term the role begins («pimpinan unit kerja») or one after it names what is asked
        if (len(rest_words) > config["persona_words"] or any(e > end for _, (_, e) in placed_terms(clause.group()))
                or wanted_kinds(rest) or re.search(r"(?<![^\W\d_])\d", rest)
                or set(rest_words) & set(config["no_words"]) or set(rest_words) & set(config["persona_keeps"])
                or roles.find(rest_words) or telling.find(rest_words)):
            continue
        found.append((clause.start() + spans[max(at - 1, 0)][0], clause.start() + end, clause.end()))
    # «anggota tim sy (sy katim) mutasi …»: a bracketed introduction, a self word and a role only, is an aside on
    # who asks inside a sentence about someone else; its role is no subject of the question, so it goes whole
    for aside in re.finditer(r"\(([^()]*)\)", question):
        words = tokens(aside.group(1))
        role = roles.match_at(words, 1) if len(words) >= 2 and words[0] in selves else None
        if role is not None and len(role) == len(words) - 1 \
                and not any(s <= aside.start() < e for s, _, e in found):
            found.append((aside.start(), aside.start(), aside.end()))
    return sorted(found)


def without_asking(question: str) -> str:
    """The question without the words that only ask for a date ("bulan apa", "tahun berapa") or for steps
    ("langkahnya"): "bulan" is no subject, yet it matches every answer about monthly work, as "langkah" matches
    every answer given as steps (search.yaml `answers.asking_words`)."""
    return " ".join(_asking_words().sub(" ", question).split()) or question


def asks_why(question: str) -> bool:
    """«kenapa IKI harus output?», «apa alasannya jumlah IKI dibatasi»: the question asks for the reason of a rule
    (search.yaml `answers.why.asks`), which the guidance gives as "Alasan:" lines."""
    return bool(phrase_set("search", "answers", "why", "asks").find(cue_words(asking_sentence(question))))


def wanted_kind(question: str) -> str | None:
    """"berapa …" wants a number, "kapan …" a date, "apa saja …" a list; None when the question does not say."""
    return next(iter(wanted_kinds(question)), None)


def wanted_kinds(question: str) -> list[str]:
    """Every kind of fact a question asks for, in search.yaml's order ("kapan SKP boleh diubah? syaratnya apa aja"
    asks for a date and a list)."""
    words = cue_words(question)
    found = {kind: phrases.find(words) for kind, phrases in _kinds()}
    kinds = [kind for kind, cue in found.items() if cue  # «itu apa aja», «siapa aja» ask for a list
             and not (kind in ("definition", "who") and _overlaps(cue, dict(_kinds())["list"], words))]
    return kinds if "howto" in kinds or not _asks_how(words) else [*kinds, "howto"]


def _without_meant_mine(words: list[str]) -> list[str]:
    """The words with «maksud sy» (search.yaml `answers.meant_mine`: what the asker meant) blanked, so its «maksud»
    asks no meaning."""
    meant = phrase_set("search", "answers", "meant_mine")
    words = list(words)
    for i in range(len(words)):
        found = meant.match_at(words, i)
        if found:
            words[i:i + len(found)] = [""] * len(found)
    return words


def _asks_how(words: list[str]) -> bool:
    """«bagaimana menulis RHK», «how do I write …»: "how" with a verb after it asks for the way of doing it, the
    task the verb names (search.yaml `answers.how`), as does a verb just before it («logbook diisi gmn?», «ngisinya
    gmn») or an active one a few words before it («nulis IKI nya gmn?»);
    «IKI CL nya gmn?» names no task. Asking someone to do it («gmn sy minta dia revisi», `how.orders`) is a task.
    """
    how = search_config()["answers"]["how"]
    orders = set(how["orders"])  # «gmn sy minta dia revisi»: how to ask someone to do a task is a how-to too
    return any(w in how["asks"] and (any(_acts(v) or v in orders for v in words[i + 1:i + 1 + how["within"]])
                                     or i > 0 and (_done(words[i - 1]) or _acts(words[i - 1]))
                                     or any(_acts(v) for v in words[max(i - how["within"], 0):i]))
               for i, w in enumerate(words))


def asked_parts(question: str) -> list[str]:
    """The questions one message asks, in order, when it asks two or more («IKK ditjen kita ada brp ya? eselon 2 nya
    brp», «aspek pilihannya apa aja? trs field wajib lainnya apa»): pieces split at a question mark or a word that
    leads to the next question (search.yaml `answers.next_question`), each asking (a kind of fact wanted, a question
    mark, or a question word at its end); [] for one question."""
    config = search_config()["answers"]
    leads = "|".join(re.escape(w) for w in sorted(config["next_question"], key=len, reverse=True))
    # «(?<!\w)…(?!\w)», not «\b»: a lead may be a sign («… brp kali setahun & isinya apa?»)
    pieces = [re.sub(rf"^(?:{leads})(?!\w)\s*", "", p.strip(" ,."), flags=re.IGNORECASE)
              for p in re.split(rf"(?<=\?)\s+|[,.]?\s+(?<!\w)(?:{leads})(?!\w)\s+", question) if p and p.strip(" ,.")]
    pieces = [p for p in pieces if p]
    asks = set(config["yesno"]["other_questions"])
    # a question word among the last three («… jenis IKI apa ya») asks too
    asking = [p for p in pieces if wanted_kinds(p) or p.endswith("?") or set(tokens(p)[-3:]) & asks]
    return asking if len(asking) >= 2 else []


_TAGGED = re.compile(r"(?<![\w@#])[@#][^\W\d_][\w.]*")


def without_tags(question: str) -> str:
    """«@asisteniki_bot gmn nyiapin dialog kinerja …? #dialogkinerja»: a mention calls the bot and a hashtag files the
    message; neither is asked about (the bot's name read as words asked how to use the bot). Left out."""
    return re.sub(r"[^\S\n]{2,}", " ", _TAGGED.sub(" ", question)).strip() if _TAGGED.search(question) else question


def announced_parts(question: str) -> list[str]:
    """The questions a message numbers («1) … 2) …», the numbers in order from 1) or announces («… pertanyaan kedua:
    Beyond sy bisa apa», search.yaml `answers.announced`), in order; [] for a message that does neither. Words before
    a numbered first question asking nothing («kak …, mau tanya dua:») are left out."""
    numbered = list(re.finditer(r"(?:^|(?<=\s))\(?([1-9])\)\s*", question))
    if len(numbered) >= 2 and [int(m.group(1)) for m in numbered] == list(range(1, len(numbered) + 1)):
        ends = [m.start() for m in numbered[1:]] + [len(question)]
        return [question[m.end():end].strip() for m, end in zip(numbered, ends)]
    markers = alternation(search_config()["answers"]["announced"]["markers"])
    pieces = [p.strip(" ,.;") for p in re.split(rf"(?:^|(?<=[\s?.,;]))(?:{markers})\s*:\s*", question,
                                                 flags=re.IGNORECASE)]
    return pieces if len(pieces) >= 2 and all(pieces) else []


def announced_question(question: str) -> str:
    """«Selamat pagi kak, mohon maaf mengganggu. Sy analis …. Pertanyaan sy: apakah IKI sy cukup tiga saja?»: the words
    after the last marker announcing one question and its colon (search.yaml `answers.announced.one`) are what is
    asked; the greeting, introduction and context before it are not. Unchanged when no such marker has words after
    it."""
    markers = alternation(search_config()["answers"]["announced"]["one"])
    found = list(re.finditer(rf"(?:^|(?<=[\s.,;!?]))(?:{markers})\s*:\s*", question, flags=re.IGNORECASE))
    after = question[found[-1].end():].strip() if found else ""
    return after if tokens(after) else question


def without_recalled(question: str) -> str:
    """«td katanya IT nya ada 6. kalo ISS nya brp?»: a sentence recalling an earlier answer (a `claim.reported` word
    among its first `claim.speaker_words` + 1 words) before a last sentence asking a figure of a term of its own is
    context; the last sentence is what is asked. Unchanged otherwise (a yes-no asked of what was recalled, «… bobotnya
    tetep sama?», needs it)."""
    config = search_config()["answers"]
    sentences = question_sentences(question)
    if len(sentences) < 2:
        return question
    recalled, last = " ".join(sentences[:-1]), sentences[-1]
    reported = phrase_set("search", "answers", "yesno", "claim", "reported")
    opening = tokens(sentences[0])[:config["yesno"]["claim"]["speaker_words"] + 1]
    generic = set(config["generic_terms"])
    own = {t.name for t in terms_in(last)} - {t.name for t in terms_in(recalled)} - generic
    if reported.find(opening) and own and phrase_set("search", "answers", "figure_words").find(tokens(last)):
        return last
    return question


def asking_clauses(question: str) -> list[str]:
    """The clauses of a message that ask, each on its own («nah kan jadi 5. bobot gmn, ribet lagi?» → «bobot gmn»):
    split at «,», «.», «;» and question marks; a clause of two words or more with a kind of fact wanted or a question
    word. What a whole question that finds nothing is asked again by."""
    asks = set(search_config()["answers"]["yesno"]["other_questions"])
    clauses = [c.strip() for c in re.split(r"[,.;?!]+", question) if len(tokens(c)) >= 2]
    return [c for c in clauses if c != question.strip(" ?") and (wanted_kinds(c) or set(tokens(c)) & asks)]


def how_objects(question: str) -> list[str]:
    """What a how-to asks to do something to: the guidance terms of the last sentence holding a how cue («RHK sy udh
    disetujui. trs abis itu ngapain? logbook diisi gmn?» → logbook), else of the whole question («… IKI beyond …
    trs nyusunnya gmn?»)."""
    sentences = question_sentences(question)
    asking = [s for s in sentences if "howto" in wanted_kinds(s)]
    named = _objects_in(asking[-1]) if asking else []
    # «sy ketua tim surveilans, gmn caranya mimpin dialog kinerja …?»: who asks is no object of a task of its own
    # naming; «sy katim, gmn caranya bagi IKI tim ke anggota?» names none but IKI, the katim's own task
    own = _objects_in(without_introduction(asking[-1])) if asking else []
    if set(own) - set(search_config()["answers"]["generic_terms"]):
        named = own
    if asking and not named:  # «cara nyusun rencana aksinya»: a term of several words, -nya on its last
        named = [n for n in _objects_in(nya_apart(asking[-1])) if len(n.split()) > 1]
    return named or _objects_in(question)


def _objects_in(text: str) -> list[str]:
    """The terms a text names, but not two offered as a choice («tag core atau beyond» asks about the choice, not
    about either; search.yaml `answers.alternatives`), nor one who asks for the task («katim sy nyuruh sy bikin draft
    MPPH»), unless it is all the text names; nor one named as where the task is done («cara bagi perannya di MPPH»,
    search.yaml `answers.how.places`)."""
    placed = placed_terms(text)
    alternatives = set(search_config()["answers"]["alternatives"])
    text = unicodedata.normalize("NFKC", text)
    chosen = {i for i, ((_, (_, end)), (_, (start, _))) in enumerate(zip(placed, placed[1:]))
              if tokens(text[end:start]) and set(tokens(text[end:start])) <= alternatives}
    dropped = chosen | {i + 1 for i in chosen}
    named = [term.name for i, (term, _) in enumerate(placed) if i not in dropped]
    askers = {term.name for term, (_, end) in placed if _orders(text[end:])}
    places = set(search_config()["answers"]["how"]["places"])
    where = {term.name for term, (start, _) in placed if set(tokens(text[:start])[-1:]) & places}
    return [n for n in dict.fromkeys([n for n in named if n not in askers] or named) if n not in where]


def _orders(after: str) -> bool:
    """Whether an ordering word («nyuruh», «diminta») follows within `how.orders_within` words, in the same clause:
    the term before it asks for the task (search.yaml `answers.how.orders`)."""
    how = search_config()["answers"]["how"]
    clause = CLAUSE_END.split(after, 1)[0]
    return bool(set(tokens(clause)[:how["orders_within"] + 1]) & set(how["orders"]))


def task_match(steps: str, objects: list[str]) -> tuple[bool, int]:
    """How well the task a "Langkah:" answer opens with («Menulis RHK dilakukan …:») is the one asked about: whether
    its first term is one of the objects, then how many of them its opening names."""
    opening = steps.partition(":")[0] if ":" in steps[:160] else " ".join(steps.split()[:12])
    named = [t.name for t in terms_in(opening)]
    return (bool(named) and named[0] in objects, len(set(named) & set(objects)))


def example_terms(question: str) -> list[str]:
    """The terms a list question gives as items it already knows: those in the sentence that asks what else
    («pembagian aspek, trs apa lg?», «selain IP ASN ada lg ga»; search.yaml `answers.also`)."""
    also = phrase_set("search", "answers", "also")
    sentences = question_sentences(question)
    return [t.name for s in sentences if also.find(tokens(s)) for t in terms_in(s)]


def compares(question: str) -> bool:
    """Whether a question asks for a difference («beda X dan Y apa aja»; search.yaml `answers.compare`)."""
    return bool(phrase_set("search", "answers", "compare").find(cue_words(question)))


def lists_of(text: str, terms: set[str]) -> bool:
    """Whether a text's list is of one of the terms: the term stands just before a list opener («… BerAKHLAK, yaitu
    Berorientasi Pelayanan, …»; at most `within` words between; search.yaml `answers.listed_by`), not among the
    items."""
    config = search_config()["answers"]["listed_by"]
    pattern = "|".join(rf"\b{re.escape(o)}\b" if o[0].isalnum() else re.escape(o) for o in config["openers"])
    text = unicodedata.normalize("NFKC", text)
    for opener in re.finditer(pattern, text, re.IGNORECASE):
        head = text[:opener.start()].rstrip(" ,")
        placed = placed_terms(head)
        if placed and placed[-1][0].name in terms and len(tokens(head[placed[-1][1][1]:])) <= config["within"] \
                and not CLAUSE_END.search(head[placed[-1][1][1]:]):
            return True
    return False


@knowledge.cached
def _kinds_listing() -> tuple[frozenset[str], frozenset[str], re.Pattern, re.Pattern]:
    """What kinds_listed reads, built once: the kind words, the links after them, where a list opens
    (`listed_by.openers`) and what parts its items (a comma or a `listed_by.joiners` word)."""
    config = search_config()["answers"]
    listed = config["listed_by"]
    opener = "|".join(rf"\b{re.escape(o)}\b" if o[0].isalnum() else re.escape(o) for o in listed["openers"])
    joiners = "|".join(re.escape(j) for j in listed["joiners"])
    return (frozenset(config["qualifier"]["kind_words"]), frozenset(config["qualifier"]["links"]),
            re.compile(opener, re.IGNORECASE), re.compile(rf",|\b(?:{joiners})\b"))


def kinds_listed(question: str, text: str) -> bool:
    """«sebutin jenis2 pembagian peran di MPPH»: a question asking for the kinds of a thing (a `qualifier.kind_words`
    word before it) wants the list whose items are each that thing («…, yaitu pembagian aspek, pembagian wilayah, dan
    pembagian beban kuantitatif»), not a list of something else the same term has («Tujuan MPPH ada empat, yaitu
    …»): at least two items of the answer's list open with the word the question names after the kind word."""
    words, (kinds, links, opener, item_end) = tokens(question), _kinds_listing()
    named = {next((w for w in words[i + 1:] if w not in links and w not in kinds), "")
             for i, w in enumerate(words) if w in kinds} - {""}
    text = unicodedata.normalize("NFKC", text)
    for found in opener.finditer(text) if named else ():
        # a list runs to the end of its sentence or to a semicolon («…; non-direct cascading memakai …»)
        items = item_end.split(re.split(r";|[.?!](?!\d)", text[found.end():])[0])
        openers = [next(iter(tokens(item)), "") for item in items]
        if any(sum(o == word for o in openers) >= 2 for word in named):
            return True
    return False


def opening_terms(text: str) -> set[str]:
    """The terms a text names in its first clause: what it is about, not the items it goes on to list."""
    return {t.name for t in terms_in(CLAUSE_END.split(text)[0])}


def names_all(text: str, terms: list[str]) -> bool:
    """Whether a text names every one of the terms."""
    return set(terms) <= {t.name for t in terms_in(text)}


def _done(word: str) -> bool:
    """A passive verb: di- before a stem («diisi», «ditulis»). Just before "how" it asks how the task is done
    («logbook diisi gmn?»)."""
    return len(word) > 3 and word.startswith("di") and len(stem(word)) < len(word) - 1


def _acts(word: str) -> bool:
    """An active verb: me- before a stem Sastrawi strips («menulis», «mengisi»; not «mereka»), or chat's bare nasal
    prefix («ngebahasnya», «milihnya»). A passive one after "how" asks what to do about a state more often than how to do a task
    («harus gmn, dihapus aja?»)."""
    return (len(word) > 4 and word.startswith("me") and len(stem(word)) < len(word) - 1
            or spoken_active(word) is not None or spoken_bare_nasal(word) is not None)


def asking_sentence(question: str) -> str:
    """The sentence that asks, when the ones before it tell the context and it names a guidance term itself: «kerjaan
    sy ngolah data absen buat dasar bayar remun. RHK udh ada, IKI nya apa?» asks for an IKI, not about attendance;
    «… muncul 'internal server error'. gmn benerinnya?» still asks about the error."""
    sentences = question_sentences(question)
    asking = [s for s in sentences if s.rstrip().endswith("?")] or sentences[-1:]
    if len(sentences) < 2:
        return question
    if terms_in(asking[-1]):
        return asking[-1]
    # «… tp telat masuk, cuma denger IKI disusun pake kerangka PRIMA. urutan langkahnya gimana?»: a question naming
    # no term asks about the last clause before it that names one
    before = sentences[:sentences.index(asking[-1])]
    # «… gak bisa login …. padahal mau input SKP. gmn ya?»: a clause opening with a word of `answers.aside_openers`
    # says what the asker meant to do meanwhile, not what the question is about
    aside = set(search_config()["answers"]["aside_openers"])
    named = [c for s in before for c in re.split(r"[,;]\s*", s) if terms_in(c) and not set(tokens(c)[:1]) & aside]
    return f"{named[-1]} {asking[-1]}" if named else question


def story_question(question: str) -> str | None:
    """«sy udh 3 thn di lab …, kerjaan sy tiap hari periksa sampel air …. trs IKI sy harus gmn?»: a how-to asked in the
    last sentence, naming a guidance term, after sentences that only tell one's work (`answers.example.story_words`
    search words or more, none asking, nothing quoted, no guidance term: «ada penugasan baru … di SKP sy. trs sy hrs
    ngapain?» tells the subject itself) asks what that sentence asks, the steps of a task; the story says which
    example fits. None otherwise."""
    config = search_config()["answers"]["example"]
    sentences = question_sentences(question)
    if len(sentences) < 2 or quoted(question):
        return None
    last, before = sentences[-1], " ".join(sentences[:-1])
    how = "howto" in wanted_kinds(last) or phrase_set("search", "answers", "example", "story_asks").find(tokens(last))
    if not how or not terms_in(last) or terms_in(before):
        return None
    if any(wanted_kinds(s) or s.rstrip().endswith("?") for s in sentences[:-1]):
        return None
    return last if len(keyword_words(before, skipped_words())) >= config["story_words"] else None


_QUOTED = re.compile(r"[\"'«“‘]([^\"'«»“”‘’]{4,120})[\"'»”’]")


def rewrite_asked(question: str) -> str | None:
    """The IKI a question quotes and asks to change ("IKI sy 'jumlah rapat' dibilang aktivitas, harus diganti gmn"):
    a rewrite request, not a question for the guidance. The words are in search.yaml `answers.rewrite_request`."""
    found = _QUOTED.search(question)
    if found is None:
        return None
    rest = question[: found.start()] + " " + question[found.end():]
    # «gmn benerinnya?»: a request word with «-nya» on it asks as the word does
    words = [w[:-3] if w.endswith("nya") and len(w) > 6 else w for w in tokens(rest)]
    requests = phrase_set("search", "answers", "rewrite_request")
    return found.group(1).strip() if requests.find(tokens(rest)) or requests.find(words) else None


def choice_words(question: str) -> set[str]:
    """The stems of the alternatives a question offers to choose from after a choosing word («mending per wilayah
    atau per beban» → {wilayah, beban}; search.yaml `answers.choice`): each side of an `alternatives` word in the
    clause after the choosing word, weak and skipped words aside; none when no such choice is offered."""
    leads = phrase_set("search", "answers", "choice", "leads")
    alternatives = set(search_config()["answers"]["alternatives"])
    for clause in CLAUSE_END.split(question):
        words = tokens(clause)
        at = next(((i, m) for i in range(len(words)) if (m := leads.match_at(words, i))), None)
        if at is None:
            continue
        offered = words[at[0] + len(at[1]):]
        cut = [i for i, w in enumerate(offered) if w in alternatives]
        if len(cut) != 1 or not offered[:cut[0]] or not offered[cut[0] + 1:]:
            continue
        return {stem(w) for w in offered if w not in alternatives and w not in skipped_words() and len(w) > 2} \
            - weak_words()
    return set()


def rhk_quoted_for_iki(question: str) -> str | None:
    """The RHK a question quotes to ask its IKI («rhk sy 'layanan fisioterapi … sesuai standar', IKI nya gmn
    nulisnya?», «IKI dari RHK '…' gmn?»): an RHK word right before the quote (search.yaml `answers.rhk_iki`) and an IKI
    word elsewhere outside it, in a question asking how or what; None otherwise (an IKI quoted, or an RHK quoted to be judged)."""
    config = search_config()["answers"]["rhk_iki"]
    found = _QUOTED.search(question)
    if found is None or len(_QUOTED.findall(question)) != 1:
        return None
    before = tokens(question[:found.start()])
    labels = phrase_set("search", "answers", "rhk_iki", "labels")
    # the label's last word at most `within` words before the quote («Rencana hasil kerja saya '…'»)
    labelled = any((p := labels.match_at(before, i)) and len(before) - i - len(p) < config["within"]
                   for i in range(len(before)))
    rest = before + tokens(question[found.end():])
    if not labelled \
            or not phrase_set("search", "answers", "rhk_iki", "asks").find(rest) \
            or wanted_kind(question) not in ("howto", "definition", "list", None):
        return None
    return found.group(1).strip()


def quoted(question: str) -> str | None:
    """The IKI a question quotes («IKI 'jumlah rapat koordinasi' udah bagus?»), None when it quotes none."""
    found = _QUOTED.search(question)
    return found.group(1).strip() if found else None


def _overlaps(cue: tuple[int, tuple[str, ...]] | None, other: PhraseSet, words: list[str]) -> bool:
    """Whether a cue found shares a word with one of the other cues: «itu apa aja» asks for a list, not what «itu
    apa» would ask."""
    if cue is None:
        return False
    spans = [(i, len(p)) for i in range(len(words)) if (p := other.match_at(words, i))]
    return any(cue[0] < i + n and i < cue[0] + len(cue[1]) for i, n in spans)


CLAUSE_END = re.compile(r"[,;:?!]|\.(?!\d)")  # a decimal point ("IKM 33.4") ends nothing
