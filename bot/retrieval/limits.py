"""A count, a percentage or an «only» a yes-no question names, held against the limits and values an answer states
(search.yaml `answers.yesno`: `limits`, `past`, `value_within`, `only`): the «Ya.» or «Tidak.» it earns, and a
count asked in words the answers are matched by.
"""

import re

from bot import knowledge
from bot.lang.dates import quarter_pattern
from bot.lang.text import CASE_BREAK, PhraseSet, passage_cases, phrase_set, token_spans, tokens
from bot.lang.words import read_root
from bot.retrieval.glossary import placed_terms, skipped_words, terms_in
from bot.retrieval.normalize import search_config
from bot.retrieval.polarity import polarity_clash
from bot.retrieval.question_parts import CLAUSE_END, asked_parts, wanted_kinds
from bot.retrieval.yes_no import holds_outside, negated_predicate, yes_no_predicate
from bot.sheets.tables import middle_head_phrases

# a full stop after a count ends its clause («IKI sy ada 12. msh aman kan?»); a comma keeps it out (a list goes on),
# unless the asking follows it at once (`_counts`)
_COUNT = re.compile(r"(?<![\d.,/])(?!(?:19|20)\d\d\b)(\d+)(?![\d,/%]|\.\d|\s*(?:%|persen))")
_COMMA_COUNT = re.compile(r"(?<![\d.,/])(?!(?:19|20)\d\d\b)(\d+)(?=,\s*[^\W\d_])")
# «ke siapa2», «apa2», «beda2nya»: a «2» glued to a word written in small letters doubles it (chat's «siapa-siapa»),
# never a count; «TW2», «Q2» are names read as periods
_REDUPLICATED = re.compile(r"[a-z]{3}2(?!\d)")


def _counts(question: str) -> list[re.Match]:
    """The counts a question names (`_COUNT`); one closed by a comma too when the word right after the comma is the
    yes-no predicate and no other figure follows («IKI sy ada 14, gpp kan langsung diinput aja?»): the comma there
    ends the telling and the asking begins. A list going on («IKI sy 8, 3 diantaranya …») or a clause telling more
    before the asking («IKI sy 7, tapi isinya laporan semua, aman kan?», and «…, itu udh boleh kan?»: skipping such
    words led a blind yes-no the wrong way) keeps it out."""
    config = search_config()["answers"]["yesno"]
    predicates = {w for group in config["predicates"].values() for w in group}
    # «IKI sy 14 untuk Q3», «… semester 1 kemarin»: a period's number is its name (numbers.yaml `names_by_number`),
    # never a second count beside the one asked about
    periods = [m.span() for m in quarter_pattern().finditer(question)] + \
        [m.span() for m in re.finditer(r"\bsemester\s*[-.]?\s*\d\b", question, re.IGNORECASE)]
    found = [m for m in _COUNT.finditer(question) if not any(a <= m.start() < b for a, b in periods)
             and not _REDUPLICATED.match(question, max(0, m.start() - 3))]
    for m in _COMMA_COUNT.finditer(question):
        rest = question[m.end() + 1:]
        asked = tokens(rest)
        # «IKI sy 12, memenuhi maksimal?», «IKI anggota sy 8, itu masuk batas maksimal kan?»: a count said to meet a
        # limit is the count asked, past words that say nothing of their own (`count_fillers`: «itu», «masih»)
        said = [w for w in asked if w not in config["count_fillers"]]
        meets = said[:1] and said[0] in config["meets"] and meets_limit(question)
        if asked[:1] and (asked[0] in predicates or meets) and not re.search(r"\d", rest):
            found.append(m)
    return sorted(found, key=lambda m: m.start())


def count_lead(question: str, answer: str) -> str:
    """«Tidak.» when the one count a yes-no question names lies past a limit the answer states («paling banyak 10»
    for «boleh ga IKI sy 13?»), «Ya.» when it lies within all of them, "" when either names none (search.yaml
    `answers.yesno.limits`). Percentages and years are no counts; a question asking whether something is needed
    («wajib») is not asking whether its count is allowed."""
    config = search_config()["answers"]["yesno"]
    found = _counts(question)
    counts = {m.group(1) for m in found}
    # «IKI sy 11, perlu adjustment ga?» asks whether something is needed past a limit, not whether the count is allowed
    if len(counts) != 1 or not _count_asked_about(question, found[0]) \
            or yes_no_predicate(question) == "wajib":
        return ""
    if said_of_other_side(question, answer):
        return ""  # «kepala balai jg harus minimal 5 IKI?»: the limits of non-leaders' IKI say nothing of a leader's
    # «IKI Beyond sy 1, aman kan?» counts Beyond: a limit the answer states of what it never names is no limit on it
    beside = _count_terms(question, found[0])
    if beside and not {beside[-1]} & {t.name for t in terms_in(answer)}:
        return ""
    count = int(counts.pop())
    asked = " ".join(tokens(question))
    for side, step in (("more", 1), ("less", -1)):  # «lebih dr 10» is 11 or more
        if any(re.search(rf"\b{re.escape(' '.join(tokens(p)))} {count}\b", asked) for p in config["past"][side]):
            count += step
    bounds = limits_stated(answer)
    if not bounds:
        return ""
    # «IKI non pimpinan paling banyak cuma 5 kan?» claims a limit, not a count of one's own: it holds only when the
    # answer states that side's limit at that number (5 is the least of «paling sedikit 5 dan paling banyak 10»)
    claimed = claimed_limit(question)
    if claimed and claimed[0] in {side for side, _ in bounds}:
        return config["lead"]["ya" if claimed in bounds else "tidak"]
    past = any(count > n if side == "most" else count < n for side, n in bounds)
    # «IKI sy 13 …» against «bila kurang dari 5 …» alone: a count past the one side stated is told nothing of the
    # other side, so no «Ya.» («paling banyak 10» is the answer that says)
    if not past and all(count > n if side == "least" else count < n for side, n in bounds) \
            and len({side for side, _ in bounds}) == 1:
        return ""
    return config["lead"]["tidak" if past else "ya"]


@knowledge.cached
def scope_sides() -> tuple[PhraseSet, PhraseSet]:
    """The pimpinan unit kerja and the non pimpinan, as phrases (search.yaml `only.scope.sides`); the posts leading a
    team inside a unit, «kepala seksi», «karu», «katim», are non pimpinan wherever roles are read
    (`middle_head_phrases`), never a second list here."""
    first, second = search_config()["answers"]["yesno"]["only"]["scope"]["sides"]
    return PhraseSet(first), PhraseSet([*second, *middle_head_phrases()])


def said_of_other_side(question: str, answer: str) -> bool:
    """Whether a question names one side of `only.scope.sides` only (a leader: «kepala balai», «pimpinan») and the
    answer states its limits of the other side (the guidance's 5 to 10 IKI are «pegawai non pimpinan»'s)."""
    sides = list(scope_sides())
    # «I'm staff, not a leader», «bukan pimpinan»: a side denied is not the asker's
    negations = set(search_config()["answers"]["yesno"]["negations"]) | {"not"}
    asked = [w for i, w in enumerate(tokens(question)) if not set(tokens(question)[max(i - 2, 0):i]) & negations]
    said = tokens(answer)
    for mine, other in (sides, sides[::-1]):
        if holds_outside(asked, mine, other) and not holds_outside(asked, other, mine) \
                and holds_outside(said, other, mine):
            return True
    return False


def _count_asked_about(question: str, count: re.Match) -> bool:
    """Whether a yes-no question asks about the count it names: a count closing its clause («IKI sy ada 12. msh aman
    kan?») only when the clause after it holds the yes-no predicate; «IKI sy ada 7, tapi isinya jumlah laporan semua.
    aman kan?» tells the count and asks of something else."""
    closed = re.match(r"\s*(?:[,;:]|\.(?!\d))", question[count.end():])
    after = tokens(CLAUSE_END.split(question[count.end() + closed.end():])[0]) if closed else []
    config = search_config()["answers"]["yesno"]
    return not after or any(w in group for group in config["predicates"].values() for w in after) \
        or bool(set(after) & set(config["meets"]))


def meets_limit(question: str) -> bool:
    """«IKI sy pas 5. itu udh memenuhi minimal kan?»: a count said to meet a limit (a `meets` word, then within
    `meets_within` words a `limits` word with no number after it) asks whether the count is allowed, as «boleh» does."""
    config = search_config()["answers"]["yesno"]
    words = tokens(question)
    limits = phrase_set("search", "answers", "yesno", "limits", "most").find, \
        phrase_set("search", "answers", "yesno", "limits", "least").find
    for i, w in enumerate(words):
        near = words[i + 1:i + 1 + config["meets_within"]]
        if w in config["meets"] and any(find(near) for find in limits) \
                and not any(n.isdigit() for n in words[i + 1:i + 2 + config["meets_within"]]):
            return True
    return False


def past_allowed_lead(question: str, answer: str) -> str:
    """«IKI sy 11. berarti ga boleh sama sekali ya?», «kl IKI sy lebih dr 10 langsung ga boleh sama sekali?»: «Tidak.»
    when a permission denied outright (`yesno.absolute`) is of a count past a limit the answer states and the answer
    says what is done past it («bila lebih dari 10, … disesuaikan …»); "" otherwise."""
    config = search_config()["answers"]["yesno"]
    words = tokens(question)
    if negated_predicate(question) != config["count_allowed"] or not phrase_set(
            "search", "answers", "yesno", "absolute").find(words) or count_lead(question, answer) != config["lead"]["tidak"]:
        return ""
    said = " ".join(tokens(answer))
    conditions = "|".join(re.escape(w) for w in config["claim"]["conditions"])
    past = "|".join(re.escape(" ".join(tokens(p))) for p in config["past"]["more"])
    limits = {str(n) for side, n in limits_stated(answer) if side == "most"}
    ways = {m.group(1) for m in re.finditer(rf"\b(?:{conditions}) (?:{past}) (\d+)\b", said)}
    return config["lead"]["tidak"] if ways & limits else ""


def limits_stated(answer: str) -> list[tuple[str, int]]:
    """The limits on a count an answer states, as (side, number): «paling banyak 10» → ("most", 10) (search.yaml
    `answers.yesno.limits`)."""
    config = search_config()["answers"]["yesno"]
    text = " ".join(tokens(answer))
    return [(side, int(m.group(1))) for side, phrases in config["limits"].items() for phrase in phrases
            for m in re.finditer(rf"\b{re.escape(' '.join(tokens(phrase)))} (\d+)\b(?! ?%)", text)]


def claimed_limit(question: str) -> tuple[str, int] | None:
    """The limit a question claims on a count, as (side, number): «paling banyak cuma 5» → ("most", 5), the
    `count_fillers` («cuma», «aja») allowed between (search.yaml `answers.yesno.limits`). A phrase that is also a
    `past` one («lebih dari 10») asks about a count past a limit, and claims none."""
    config = search_config()["answers"]["yesno"]
    past = {" ".join(tokens(p)) for phrases in config["past"].values() for p in phrases}
    fillers = "|".join(re.escape(w) for w in config["count_fillers"])
    text = " ".join(tokens(question))
    for side, phrases in config["limits"].items():
        for phrase in phrases:
            said = " ".join(tokens(phrase))
            if said in past:
                continue
            found = re.search(rf"(?<!\w){re.escape(said)} (?:(?:{fillers}) )*(\d+)\b(?! ?%)", text)
            if found:
                return side, int(found.group(1))
    return None


def count_asked(question: str) -> str:
    """«IKI sy harus berapa sih?» → «jumlah IKI sy harus berapa sih?»: «berapa» a few filler words after a term
    (search.yaml `answers.count_asked`: sy, harus, ada …) asks how many of it, as «jumlah IKI … berapa» says in words,
    and so does «berapa» a few such words or a counter («biji», «buah») before it («harus berapa biji iki nya?»);
    the chat's «sy» for «saya» otherwise sways the ranking to another answer about IKI (tester11 #3, issue 16's own
    example). Unchanged when the question names «jumlah» already or puts a noun between («bobot IKI berapa»); a
    message asking several things is read part by part."""
    config = search_config()["answers"]["count_asked"]
    words, spans = tokens(question), token_spans(question)
    parts = asked_parts(question)
    if parts:  # «wajib berapa iki trus bobotnya gmn?»: each part asks its own; «bobotnya» is the second part's
        first = next((p for p in parts if p in question and count_asked(p) != p), None)
        return question.replace(first, count_asked(first), 1) if first else question
    if len(words) != len(spans) or set(words) & set(config["already"]):
        return question
    for term, (start, end) in placed_terms(question):
        after = [i for i, (a, _) in enumerate(spans) if a >= end]
        asked = next((i for i in after if words[i] in config["asks"]), None)
        if asked is not None and all(words[i] in config["between"] for i in after if i < asked) \
                and len([i for i in after if i < asked]) <= config["within"]:
            return _without_modals(f"{question[:start]}{config['word']} {question[start:]}",
                                   [spans[i] for i in after if i < asked], len(config["word"]) + 1)
        # «harus berapa biji iki nya kak?»: «berapa» first, a counter word or filler between, then the term
        before = [i for i, (_, b) in enumerate(spans) if b <= start]
        asked = next((i for i in reversed(before) if words[i] in config["asks"]), None)
        between = [i for i in before if asked is not None and i > asked]
        if asked is not None and len(between) <= config["within"] \
                and all(words[i] in config["between"] or words[i] in config["counters"] for i in between):
            return _without_modals(f"{question[:start]}{config['word']} {question[start:]}",
                                   [spans[i] for i in before if i > asked or asked - i <= 1], 0)
    return question


def _without_modals(question: str, spans: list[tuple[int, int]], shift: int) -> str:
    """The count asked without the modal words (`count_asked.modals`) at these spans (offsets before the inserted
    word, moved by `shift` when they stand after it): «wajib berapa iki» asks how many IKI, and its «wajib» would draw
    the form's «tujuh isian wajib» instead."""
    modals = set(search_config()["answers"]["count_asked"]["modals"])
    for start, end in sorted(spans, reverse=True):
        if question[start + shift:end + shift].lower() in modals:
            question = question[:start + shift] + question[end + shift:].lstrip(" ")
    return " ".join(question.split(" ")) if question else question


def counted(question: str) -> str:
    """A yes-no question about a count as matched to the answers: its one count beside a term read as words asking
    for a count («IKI 3 aja boleh ga?» → «IKI berapa jumlah aja boleh ga?», search.yaml `answers.yesno.count_word`).
    The number is the value to hold against a limit, not a subject: as a word it matches «IT 3» or «PMK No. 12»."""
    config = search_config()["answers"]["yesno"]
    found = _counts(question)
    # «IKI sy cuma 3 krn …. boleh gak sih cuma 3?»: the same count said again is one count, asked about where it
    # stands beside its term; its repetitions are no subject either
    # «IKI sy 11. berarti ga boleh sama sekali ya?»: a permission denied asks of the count as one asked
    predicate = yes_no_predicate(question) or negated_predicate(question)
    if len({m.group(1) for m in found}) != 1 or predicate is None:
        return question
    at = next((m for m in found if _count_terms(question, m)), found[0])
    near = _count_terms(question, at)
    if not _count_asked_about(question, at) or not near:
        return question
    if predicate != "wajib" and _counts_term_alone(question, at):
        # «kak sy analis lab …, IKI sy cuma 3 krn kerjaan sy … (uji sampel air, …). boleh gak sih?»: whether the count
        # is allowed is asked of the term alone; the work told around it is no subject of the limit
        return f"{' '.join(near)} {config['count_word']} {config['count_allowed']}"
    for m in reversed(found):
        question = f"{question[:m.start()]}{config['count_word'] if m is at else ''}{question[m.end():]}"
    return question


def _counts_term_alone(question: str, at: re.Match) -> bool:
    """Whether the count stands right after its term, only `count_fillers` between («IKI sy tahun ini cuma 3»), and
    closes what it says: its clause ends there or goes on with a word of `count_closers` («… cuma 3 krn …», «3 biji»),
    not with a thing of its own («2 tingkat», «12 laporan»)."""
    config = search_config()["answers"]["yesno"]
    before = [term for term, span in placed_terms(question) if 0 <= at.start() - span[1]
              and all(w in config["count_fillers"] for w in tokens(question[span[1]:at.start()]))
              and not CLAUSE_END.search(question[span[1]:at.start()])]
    after = tokens(CLAUSE_END.split(question[at.end():])[0])
    if before:
        return not after or after[0] in config["count_closers"]
    # «mau masukin 14 IKI biar lengkap semua kerjaan. gpp kan …?»: a count right before its term, the term followed
    # by the purpose of so many (`count_purposes`), is that term's count asked against its limits alone
    ahead = [span for _, span in placed_terms(question) if 0 <= span[0] - at.end() <= 1]
    rest = tokens(CLAUSE_END.split(question[ahead[0][1]:])[0]) if ahead else []
    return bool(rest) and rest[0] in config["count_purposes"]


def _count_terms(question: str, at: re.Match) -> list[str]:
    """The terms a count stands beside: «IKI 4», «IKI sy ada 11», «4 IKI» (at most `count_within` words between, in
    one clause, the `count_fillers` of «IKI sy tahun ini cuma 3» aside)."""
    config = search_config()["answers"]["yesno"]
    within, filler = config["count_within"], set(config["count_fillers"])
    return [term.name for term, span in placed_terms(question)
            if 0 <= at.start() - span[1]
            and len([w for w in tokens(question[span[1]:at.start()]) if w not in filler]) <= within
            and not CLAUSE_END.search(question[span[1]:at.start()]) or 0 <= span[0] - at.end() <= 1]


_PERCENT = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:%|persen\b)", re.IGNORECASE)


def value_lead(question: str, answer: str) -> str:
    """«Tidak.» when the one percentage a yes-no question names lies past the value the answer gives the same
    subject: «bobot beyond boleh lebih dr 20% ga?» against «bobot Beyond 20%» (a fixed value) or «Beyond paling
    banyak 20%» (a limit); «Ya.» when it is the fixed value or within the limit; "" when the answer gives that
    subject no value or more than one (search.yaml `answers.yesno`: `past`, `limits`, `value_within`)."""
    config = search_config()["answers"]["yesno"]
    question = _as_percent(question, config)
    asked = list(_PERCENT.finditer(question))
    subject = _valued(question, asked[0].start(), config) if len(asked) == 1 else None
    if said_of_each(question):
        return _total_lead(question, answer, config)
    if subject is None or _in_relative(question, asked[0].start(), config):
        return ""
    before = " ".join(tokens(question[:asked[0].start()]))
    side = next((s for s, phrases in config["past"].items()
                 if any(before.endswith(" ".join(tokens(p))) for p in phrases)), None)
    # a value given under a condition the question denies or says otherwise («sedangkan anggota yang memegang IKI
    # cascading langsung memakai pola CL 50%» for «katim tanpa cascading langsung pake CL 50%?») is not its value
    given = {(_number(m.group(1)), _limit(answer[:m.start()], config))
             for m in _PERCENT.finditer(answer) if _valued(answer, m.start(), config) == subject
             and not polarity_clash(_untagged(question), _case_at(answer, m.start()))
             and not _denied_value(answer, m.start(), config)}
    if len(given) != 1:
        return ""
    (value, limit), number = given.pop(), _number(asked[0].group(1))
    over = number >= value if side == "more" else number > value if side is None else None
    under = number <= value if side == "less" else number < value if side is None else None
    past = {"fixed": over or under, "most": over, "least": under}[limit]
    if past is None:
        return ""
    return config["lead"]["tidak" if past else "ya"] if past or side is None else ""


def _total_lead(question: str, answer: str, config: dict) -> str:
    """«Tidak.» when a question giving a value of each one («masing2 20») gives the group a total too («total 40»,
    `total_words`) that is not the one fixed percentage the answer gives the only term the question names («Beyond
    20%»); "" otherwise (a total equal to it, no total, or no one value)."""
    said = " ".join(tokens(question))
    totals = {int(m.group(1)) for phrase in config["total_words"]
              for m in re.finditer(rf"\b{re.escape(' '.join(tokens(phrase)))} (?:[^\W\d]+ )?(\d{{1,3}})\b", said)} | {
        int(m.group(1)) for phrase in config["total_after"]
        for m in re.finditer(rf"\b(\d{{1,3}}) {re.escape(' '.join(tokens(phrase)))}\b", said)}
    generic = set(search_config()["answers"]["generic_terms"])
    named = {t.name for t in terms_in(question)} - generic
    if len(totals) != 1 or len(named) != 1:
        return ""
    subject = named.pop()
    given = {(_number(m.group(1)), _limit(answer[:m.start()], config))
             for m in _PERCENT.finditer(answer) if _valued(answer, m.start(), config) == subject}
    if len(given) != 1:
        return ""
    (value, limit), total = given.pop(), totals.pop()
    return config["lead"]["tidak"] if limit == "fixed" and total != value else ""


def said_of_each(question: str) -> bool:
    """Whether the question says its percentage of each one of several («masing-masing 20%»), not of the group
    (search.yaml `answers.yesno.each_words`)."""
    said = " " + " ".join(tokens(question)) + " "
    return any(f" {' '.join(tokens(w))} " in said for w in search_config()["answers"]["yesno"]["each_words"])


def _as_percent(question: str, config: dict) -> str:
    """«bobot tusi nya 90 ya»: a bare number at most `value_within` words after a word whose value is always a
    percentage (`percent_words`) and a term after that word («TUSI») written as the percentage it is («90%»); «bobot
    hrs pas 100» names no term the number is the weight of."""
    words = set(config["percent_words"])

    generic = set(search_config()["answers"]["generic_terms"])

    def written(m: re.Match) -> str:
        said = tokens(question[:m.start()])
        before = said[-config["value_within"] - 1:]
        at = max((i for i, w in enumerate(before) if w in words), default=None)
        # the term may stand right before the word too: «beyond bobotnya bisa sampai 30», «Beyond weight … 30»
        k = len(said) - len(before) + at if at is not None else 0  # where the word stands in all words said
        weighed = said[k - 1:k] if k else []
        named = at is not None and (terms_in(" ".join(before[at + 1:]))
                                    or {t.name for t in terms_in(" ".join(weighed))} - generic)
        return f"{m.group(1)}%" if named else m.group()
    return _BARE.sub(written, question)


_BARE = re.compile(r"(?<![\d.,/])(\d{1,3})(?![\d.,/%]|\s*(?:%|persen\b))")


def case_clauses(question: str, answer: str) -> list[str]:
    """The clauses of an answer («…; …», «… sedangkan …», its sentences) that speak of the question's case: none
    of them only denies what the question says or only says what it denies («Ketua tim tanpa IKI cascading langsung
    …» for «katim yg ga punya cascading langsung …»)."""
    asked = _untagged(question)
    return [c for c in passage_cases(answer) if not polarity_clash(asked, c)]


def _case_at(text: str, at: int) -> str:
    """The part of a text holding the offset `at` that states one case, up to it: its sentence, or the side of a «;»
    or a «sedangkan» («Bobot IKI bagi pegawai yang punya cascading langsung …, Core TUSI 40%»: the condition the
    value is given under stands clauses before it)."""
    start = max((m.end() for m in CASE_BREAK.finditer(text, 0, at)), default=0)
    return text[start:at]



def term_values(text: str) -> list[tuple[str, float, str]]:
    """(term, percentage, «fixed»/«most»/«least») for each percentage a text gives a term («Core CL 50%», «Beyond
    paling banyak 20%»: search.yaml `answers.yesno.value_within`, `limits`)."""
    config = search_config()["answers"]["yesno"]
    return [(term, _number(m.group(1)), _limit(text[:m.start()], config)) for m in _PERCENT.finditer(text)
            if (term := _valued(text, m.start(), config)) is not None and not _denied_value(text, m.start(), config)]


def _denied_value(text: str, at: int, config: dict) -> bool:
    """Whether a negation stands in the few words before the value at `at` («Target IKI tidak harus 100%»,
    `yesno.denied_value_within`): a value denied is no value given."""
    return bool(set(tokens(text[:at])[-config["denied_value_within"]:]) & set(config["negations"]))


def _in_relative(question: str, at: int, config: dict) -> bool:
    """Whether the term just before a value at `at` stands in a relative clause the phrase closes («bobot TUSI buat
    katim yg punya cascading langsung itu 50%»: `relatives`, `closers`): the value is the noun's before it."""
    words = tokens(question[:at])
    placed = placed_terms(question[:at])
    if not words or words[-1] not in config["closers"] or len(placed) < 2:
        return False
    return any(w in config["relatives"] for w in tokens(question[placed[-2][1][1]:placed[-1][1][0]]))


def _untagged(question: str) -> str:
    """The question's words without the tags that only ask («bener ga …», «boleh ga …», «… kan?»: a tag right after
    an opener or a predicate, or at the end), so a «ga» that asks is not read as denying the word after it."""
    config = search_config()["answers"]["yesno"]
    asking = set(config["opens"]) | {w for p in config["claim"]["opens"] for w in tokens(p)} \
        | {w for group in config["predicates"].values() for w in group}
    words = tokens(question)
    kept = [w for i, w in enumerate(words) if not (w in config["tags"] and (i == 0 or words[i - 1] in asking))]
    while kept and kept[-1] in config["tags"]:
        kept.pop()
    return " ".join(kept)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _valued(text: str, at: int, config: dict) -> str | None:
    """The term a value at `at` belongs to: the last one named before it in its clause, at most `value_within` words
    before («bobot Beyond 20%», «Beyond paling banyak 20%»)."""
    before = [(term, span) for term, span in placed_terms(text[:at])
              if not CLAUSE_END.search(text[span[1]:at]) and len(tokens(text[span[1]:at])) <= config["value_within"]]
    # «Beyond bobot …», «Beyond weight can go up to 30»: a word whose value is always a percentage (`percent_words`)
    # right after a term is that term's weight, as «bobot Beyond» is
    if len(before) > 1 and set(tokens(text[before[-1][1][0]:before[-1][1][1]])) & set(config["percent_words"]) \
            and not tokens(text[before[-2][1][1]:before[-1][1][0]]):
        return before[-2][0].name
    return before[-1][0].name if before else None


def _limit(before: str, config: dict) -> str:
    """«most» or «least» when a limit phrase stands just before a value («paling banyak 20%»), else «fixed»."""
    said = " ".join(tokens(before))
    return next((side for side, phrases in config["limits"].items()
                 if any(said.endswith(" ".join(tokens(p))) for p in phrases)), "fixed")


def only_lead(question: str, answer: str) -> str:
    """«Tidak.» for a question asking to confirm that something is only so («dialog kinerja cuma pas nyusun SKP aja
    kan?») when the answer says it is not only so («tidak hanya saat menyusun SKP»); «Ya.» for one confirming that it
    is not only so («… ga cuma pas nyusun SKP?») when the answer says that of the same thing; "" otherwise, «Ya» for
    the «only» being never safe to read (search.yaml `answers.yesno.only`). A question with a predicate or asking a kind of fact is
    not one."""
    config = search_config()["answers"]["yesno"]
    guesses = [part for part in re.split(r"(?<=\?)\s+", question.strip()) if part.strip()]
    if len(guesses) > 1 and set(tokens(guesses[-1])) & set(config["only"]["asks"]):
        # «dialog kinerja tuh harus tiap brp lama sih? setahun sekali doang kan?»: the asker's own guess, asked last
        return only_lead(guesses[-1], answer)
    words = tokens(question)
    confirms = words and (any(w in config["tags"] for w in words[-3:]) or question.rstrip().endswith("?"))
    predicate = yes_no_predicate(question)  # «cuma» read as a predicate of its own is this very question
    if not confirms or predicate and predicate not in config["fallback_predicates"] or wanted_kinds(question) \
            or any(w in config["other_questions"] for w in words) or not set(words) & set(config["only"]["asks"]):
        return ""
    not_only = phrase_set("search", "answers", "yesno", "only", "denied")
    if not_only.find(words):  # «bukannya dialog kinerja ga cuma pas nyusun SKP?» claims it is not only so
        alike = _not_only_alike(words, tokens(answer), not_only, config) or _named_beside(question, answer, not_only,
                                                                                         config)
        return config["lead"]["ya"] if alike else ""
    return config["lead"]["tidak"] if not_only.find(tokens(answer)) else ""


def _named_beside(question: str, answer: str, not_only: PhraseSet, config: dict) -> bool:
    """«IKI dipake buat evaluasi triwulan jg kan, ga cuma akhir tahun?»: what the clause before the «tidak cuma»
    claims (its last `only.alike_words` content words) and what follows it are both named in one sentence of the
    answer that denies nothing («… evaluasi triwulanan dan evaluasi tahunan di akhir tahun»): it is not only so."""
    clauses = [tokens(c) for c in re.split(r"[,;]", question) if tokens(c)]
    at = next((i for i, c in enumerate(clauses) if not_only.match_at(c, 0)), None)
    if not at:
        return False
    plain = skipped_words() | set(config["tags"]) | set(config["negations"])
    found = not_only.match_at(clauses[at], 0)
    aside = {read_root(w) for w in clauses[at][len(found):len(found) + config["value_within"]] if w not in plain}
    claimed = [read_root(w) for w in clauses[at - 1] if w not in plain][-config["only"]["alike_words"]:]
    if not aside or len(claimed) < config["only"]["alike_words"]:
        return False
    negations = set(config["negations"])
    for sentence in re.split(r"(?<=[.!?;])\s+", answer):
        said = tokens(sentence)
        if not set(said) & negations and aside | set(claimed) <= {read_root(w) for w in said}:
            return True
    return False


def _not_only_alike(asked: list[str], said: list[str], not_only: PhraseSet, config: dict) -> bool:
    """Whether the answer says «not only» of what the question says it of: `only.alike_words` words (as their stems,
    a chat verb as its written form) within `value_within` words after the question's «tidak cuma» follow the
    answer's «tidak hanya» too («… pas nyusun SKP» and «… saat menyusun SKP»)."""
    def after(words: list[str]) -> set[str]:
        found = not_only.find(words)
        if found is None:
            return set()
        start = found[0] + len(found[1])
        return {read_root(w) for w in words[start:start + config["value_within"]]
                if w not in skipped_words()}
    return len(after(asked) & after(said)) >= config["only"]["alike_words"]
