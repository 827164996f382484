"""A confirmation read as its subject and the value it gives one slot of it (who holds it, how often, how many, what it
is part of or made of, one name's figure in a list, a part's percentage in the question's case: search.yaml
`answers.yesno.slots`), held against the value a sentence of the answer about the same subject gives that slot: "ya"
when it is the claim's, "tidak" when it is another, "" when no sentence gives that slot of that subject a value."""

import re
from collections.abc import Callable

from bot.lang.numbers import parse_target
from bot.lang.text import passage_cases, passage_sentences, phrase_set, tokens
from bot.lang.values import is_year
from bot.retrieval.answer import MONTH_WORDS
from bot.retrieval.glossary import placed_terms, skipped_words, terms_in
from bot.retrieval.limits import case_clauses, said_of_each, term_values
from bot.retrieval.normalize import search_config
from bot.retrieval.question_parts import CLAUSE_END

Read = Callable[[list[str]], list[str]]
# «Ditjen P2 77, Ditjen Farmalkes 38, …»: a name in Capitalised words (a code such as «P2» among them) and its figure
_PAIR = re.compile(r"((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)\s+(\d+)(?![\d%/]|[.,]\d)")
# «CL 50», «TUSI 40%», «bobot CL buat katim 40 persen»; a figure of a ratio («90/10») names no part by itself
_SHARE = re.compile(r"(?<![\d.,/])(\d+(?:[.,]\d+)?)(?![\d/]|[.,]\d)(\s*(?:%|persen\b))?", re.IGNORECASE)
# «pola 90/10», «50/40/10»: shares written as one ratio, no part named
_RATIO = re.compile(r"(?<![\d.,/])\d+(?:/\d+)+(?![\d/])")


def _config() -> dict:
    return search_config()["answers"]["yesno"]


def _slots() -> dict:
    return _config()["slots"]


def relation_words() -> frozenset[str]:
    """The words naming a slot's relation («bagian dari», «dipegang», «terdiri dari»), not what the claim is about."""
    config = _slots()
    return frozenset(w for key in ("member_of", "consists_of", "holders") for p in config[key] for w in tokens(p))


def slot_lead(asking: str, claim_words: list[str], answer: str, read: Read, told: str = "") -> str:
    """"ya"/"tidak"/"" for the claim (its asking sentence and its words, opener and tags aside) against the answer,
    from the first slot the claim gives a value that a sentence of the answer gives the same subject too; a term put
    in the wrong kind first («beyond udh termasuk di core 100?»: a right value does not make the kind right).
    told: the sentences before the claim telling the asker's case («sy katim tp tim sy ga ada cascade langsung.»),
    read with the claim's own case where a part's figure depends on it."""
    if _kind(asking, claim_words, answer, read) == "tidak":
        return "tidak"
    shares = _shares(asking, claim_words, answer, read, told)
    if shares:
        return shares
    for check in (_paired, _membership, _kind, _holder, _frequency, _count, _definition, _parts):
        found = check(asking, claim_words, answer, read)
        if found:
            return found
    return ""


def _sentences(text: str) -> list[str]:
    """A text's sentences (a full stop inside a number aside), a clause after «;» its own."""
    return passage_sentences(text)


def _own(text: str) -> set[str]:
    return {t.name for t in terms_in(text)} - set(search_config()["answers"]["generic_terms"])


def _neutral() -> set[str]:
    config = _config()
    return skipped_words() | set(config["tags"]) | set(config["only"]["asks"])


def _content(words: list[str], read: Read) -> set[str]:
    """The words that say something, as `read` gives them; a numeral stays («Eselon I» is not «Eselon II»)."""
    neutral = _neutral() - set(_slots()["numerals"])
    return set(read([w for w in words if w not in neutral]))


def _figure(word: str, after: str = "") -> float | None:
    """A count in digits or words («7», «tujuh»); a year is none, nor a day before its month (`after`: «8 Februari»)."""
    if is_year(word) or after in MONTH_WORDS:
        return None
    target = parse_target(word)
    return target.value if target and target.unit is None and target.bound is None else None


def _claimed_shares(asking: str) -> list[tuple[list[str], float, tuple[int, int]]] | None:
    """Each figure the claim gives a named part («CL 50 TUSI 40», «bobot CL buat katim 40%»): the terms it may
    belong to, nearest first (those standing in a relative clause after «yg» aside: «bobot TUSI buat katim yg punya
    cascading langsung itu 50%» gives TUSI or katim its figure, not cascading langsung), its value and its place; a
    bare number only right after its term. None when a figure is a limit or a range's end («lebih dari 20%»)."""
    config = _config()
    bounds = [" ".join(tokens(p)) for phrases in [*config["limits"].values(), *config["past"].values()]
              for p in phrases] + [" ".join(tokens(p)) for p in config["ranges"]]
    placed = placed_terms(asking)
    found = []
    for figure in _SHARE.finditer(asking):
        if is_year(figure.group(1)):
            continue
        before = " ".join(tokens(asking[:figure.start()]))
        if any(before == b or before.endswith(" " + b) for b in bounds):
            return None
        names, end = [], 0
        for term, (start, stop) in placed:
            if stop > figure.start():
                break
            if CLAUSE_END.search(asking[stop:figure.start()]):
                names, end = [], stop
                continue
            if not set(tokens(asking[end:start])) & set(config["relatives"]):
                names.insert(0, term.name)
            end = stop
        if not figure.group(2):  # «CL 50»: a bare number only right after its term
            names = names[:1] if placed and not tokens(asking[end:figure.start()]) else []
        if names:
            found.append((names, float(figure.group(1).replace(",", ".")), figure.span()))
    return found


def _shares(asking: str, claim_words: list[str], answer: str, read: Read, told: str = "") -> str:
    """«katim yg ga punya cascading langsung tetep pake CL 50 TUSI 40?» against «Ketua tim tanpa IKI cascading
    langsung memakai pola bobot TUSI 90% dan MI 10%, sedangkan anggota yang memegang IKI cascading langsung memakai
    pola CL 50%, …»: each part's figure the claim gives, against the one figure the answer gives that part in the
    clauses of the question's case (`case_clauses`); "tidak" when one is another, "ya" when each is the same."""
    claimed = _claimed_shares(asking)
    if claimed and said_of_each(asking):
        return ""  # «bobot beyond masing-masing 20%?»: the answer's share is the jenis's whole, not each IKI's
    if not claimed:
        return _ratio(asking, answer)
    # the case is read from the claim without the parts it values («… pake CL 50»: CL is what is asked of the case)
    case = asking
    for _, _, (start, end) in sorted(claimed, key=lambda c: -c[2][0]):
        case = case[:start] + " " + case[end:]
    case = f"{told} {case}" if told.strip() else case
    given: dict[str, set[tuple[float, str]]] = {}
    patterns = []
    for clause in case_clauses(case, answer):
        values = term_values(clause)
        for term, value, limit in values:
            given.setdefault(term, set()).add((value, limit))
        patterns.append(sum(_whole([v for _, v, limit in values if limit == "fixed"])) == 100)
    verdicts = []
    for names, value, _ in claimed:
        name = next((n for n in names if n in given), None)
        if name is None:
            # «Katim … ga ada cascading langsung, tetep pake bobot CL 50?» against «Ketua tim tanpa IKI cascading
            # langsung memakai pola bobot TUSI 90% dan MI 10%»: a whole pattern of the case (its shares make 100)
            # with no share for the part claimed one gives it none
            # (a part no clause of the answer counts in a whole pattern, Beyond on top of Core's 100, is no part of it)
            whole = any(n in _pattern_parts(clause) for clause in case_clauses("", answer) for n in names)
            verdicts.append("tidak" if value and whole and patterns and all(patterns) else "")
            continue
        values = given[name]
        if any(limit != "fixed" for _, limit in values):
            return ""
        verdicts.append("ya" if values == {(value, "fixed")} else "tidak" if (value, "fixed") not in values else "")
    return "tidak" if "tidak" in verdicts else "ya" if verdicts and set(verdicts) == {"ya"} else ""


def _ratio(asking: str, answer: str) -> str:
    """«ketua tim yg ga punya cascading langsung, bobotnya ikut pola 90/10 ya?»: the one ratio of shares the claim
    gives (its figures adding up to 100), against the percentages each clause of the question's case gives in turn
    («… memakai pola bobot TUSI 90% dan MI 10%»): "ya" when each clause giving two or more gives just those, "tidak"
    when none does."""
    ratios = [[float(n) for n in r.group().split("/")] for r in _RATIO.finditer(asking)]
    if len(ratios) != 1 or sum(ratios[0]) != 100:
        return ""
    given = [[value for _, value, limit in term_values(clause) if limit == "fixed"]
             for clause in case_clauses(_RATIO.sub(" ", asking), answer)]
    given = [_whole(values) for values in given if len(values) >= 2]
    return "" if not given else "ya" if all(g == ratios[0] for g in given) else "tidak" if ratios[0] not in given else ""


def _pattern_parts(clause: str) -> set[str]:
    """The parts a clause gives shares of in a whole pattern: those up to the first share that makes 100 («CL 50%,
    TUSI 40%, dan MI 10%, ditambah Beyond 20%»: CL, TUSI, MI); none when its shares make no 100."""
    values = [(term, value) for term, value, limit in term_values(clause) if limit == "fixed"]
    whole = _whole([value for _, value in values])
    return {term for term, _ in values[:len(whole)]} if sum(whole) == 100 else set()


def _whole(values: list[float]) -> list[float]:
    """The shares up to the first that makes 100 («CL 50%, TUSI 40%, dan MI 10%, ditambah Beyond 20%, sehingga totalnya
    120%»: Core's pattern, Beyond and the total on top of it are no part of it); all when none does."""
    total = 0.0
    for n, value in enumerate(values, 1):
        total += value
        if total == 100:
            return values[:n]
    return values


def _paired(asking: str, claim_words: list[str], answer: str, read: Read) -> str:
    """«Setjen punya 13 unit eselon II ya?» against «Jumlah unit Eselon II … adalah Ditjen P2 6, …, Setjen 13, …»: a
    name the claim gives its one figure, listed in the answer with a figure (at least `pairs_least` names), the words
    after the claim's figure all in what the list counts (the sentence before it)."""
    numbers = [i for i, w in enumerate(claim_words) if _figure(w, _next(claim_words, i)) is not None]
    if len(numbers) != 1:
        return ""
    at = numbers[0]
    counted = _content(claim_words[at + 1:], read)
    for sentence in _sentences(answer):
        pairs = list(_PAIR.finditer(sentence))
        if len(pairs) < _slots()["pairs_least"] or not counted:
            continue
        head = set(read(tokens(sentence[:pairs[0].start()])))
        if not counted <= head:
            continue
        for pair in pairs:
            name = tokens(pair.group(1))
            if any(claim_words[i:i + len(name)] == name for i in range(at)):
                return "ya" if float(pair.group(2)) == _figure(claim_words[at]) else "tidak"
    return ""


def _members(sentence: str) -> tuple[str, set[str]] | None:
    """(the term whose members a sentence lists, those members) when a term stands just before a `slots.lists`
    opener («IKI Core terbagi tiga, yaitu CL (…), TUSI (…), dan MI (…)»); what brackets gloss is no member."""
    config = _slots()
    plain = re.sub(r"\([^)]*\)", "", sentence)
    pattern = "|".join(rf"\b{re.escape(o)}\b" for o in config["lists"])
    opener = re.search(pattern, plain, re.IGNORECASE)
    if not opener:
        return None
    placed = placed_terms(plain[:opener.start()])
    if not placed or len(tokens(plain[placed[-1][1][1]:opener.start()])) > config["list_within"]:
        return None
    members = {t.name for t in terms_in(plain[opener.end():])}
    return (placed[-1][0].name, members) if len(members) >= 2 else None


def _split_at(text: str, phrases: list[str]) -> tuple[str, str] | None:
    """The text before and after the first of the phrases it holds (as written: terms keep their case), or None."""
    found = re.search("|".join(rf"\b{re.escape(p)}\b" for p in phrases), text, re.IGNORECASE)
    return (text[:found.start()], text[found.end():]) if found else None


def _membership(asking: str, claim_words: list[str], answer: str, read: Read) -> str:
    """«MI itu bagian dari IKI Core kan?» (`member_of`), «Core itu terdiri dari CL, TUSI sama MI?» (`consists_of`)
    against a sentence listing the members of that whole: the member among them, or the very members named; a
    member and the whole claimed both listed as members of another whole are siblings, neither part of the other."""
    config = _slots()
    for kind in ("member_of", "consists_of"):
        split = _split_at(asking, config[kind])
        if not split:
            continue
        before, after = _own(split[0]), [t.name for t in terms_in(split[1])]
        if not before or not after:
            return ""
        whole, parts = (after[0], before) if kind == "member_of" else (sorted(before)[0], set(after))
        if len(before) > 1 and kind == "consists_of" or whole in parts:
            return ""
        for sentence in _sentences(answer):
            listed = _members(sentence)
            if not listed and kind == "member_of" and _placed_in(sentence, parts, whole):
                return "ya"
            if listed and kind == "member_of" and listed[0] != whole and parts | {whole} <= listed[1]:
                return "tidak"  # «Jenis IKI ada empat, yaitu Core CL, …, Core MI, dan Beyond»: siblings, not parts
            if not listed or listed[0] != whole:
                continue
            if not parts <= listed[1]:
                return "tidak"
            return "ya" if kind == "member_of" or parts == listed[1] else ""
    return ""


def _placed_in(sentence: str, parts: set[str], whole: str) -> bool:
    """Whether a sentence names every part and places one of them in the whole: the part, one of `slots.placed_in`,
    then the whole or a term its name opens («Perilaku kerja dalam SKP JPT …»)."""
    placed = sorted(placed_terms(sentence), key=lambda p: p[1][0])
    if not parts <= {term.name for term, _ in placed}:
        return False
    opening = tokens(whole)
    return any(first.name in parts and tokens(sentence[at:start]) in ([w] for w in _slots()["placed_in"])
               and tokens(then.name)[:len(opening)] == opening
               for (first, (_, at)), (then, (start, _)) in zip(placed, placed[1:]))


def _top_kind(name: str) -> str | None:
    """The kind (search.yaml `slots.kinds`) a term is or falls within («Core MI» → «Core»), None when it is no kind."""
    return next((top for top, within in _slots()["kinds"].items() if name == top or name in within), None)


def _kind_verdict(claimed: str, given: str) -> str:
    """"ya" when the kind given is the claimed one or within it, "tidak" when it is another kind (a sibling, or under
    another top kind), "" when it is broader («Core» given, «Core MI» claimed)."""
    if given == claimed or given in _slots()["kinds"].get(claimed, ()):
        return "ya"
    top = _top_kind(claimed)
    return "" if given == top else "tidak"


def _kind(asking: str, claim_words: list[str], answer: str, read: Read) -> str:
    """«Indeks Profesionalitas ASN itu masuknya ke IKI beyond kan?» against «IKI Nilai IP ASN termasuk jenis Core MI»:
    the one kind (`slots.kinds`) the claim puts its terms in (after a `member_of` word), against the first kind a
    sentence of the answer naming those terms gives them after a `member_of` or `named_by` word («… dan ditandai Core
    MI»): "ya" when each is the claim's kind or within it, "tidak" when each is another kind."""
    config = _slots()
    split = _split_at(asking, config["member_of"])
    if not split:
        return ""
    parts = {name for name in _own(split[0]) if _top_kind(name) is None}
    claimed = [t.name for t in terms_in(split[1]) if _top_kind(t.name)]
    if len(claimed) != 1:
        return ""
    kinds_told = {t.name for t in terms_in(split[0]) if _top_kind(t.name)}
    if len(kinds_told) == 1:
        # «bobot beyond udh termasuk di core 100?»: a kind (its weight) put in another kind is held by the kinds' own
        # table, when a sentence of the answer names both
        told = kinds_told.pop()
        named = any({told, claimed[0]} <= {t.name for t in terms_in(s)} for s in _sentences(answer))
        return _kind_verdict(claimed[0], told) if named else ""
    if not parts:
        return ""
    verdicts = set()
    for sentence in _sentences(answer):
        said = _split_at(sentence, config["member_of"] + config["named_by"])
        given = next((t.name for t in terms_in(said[1]) if _top_kind(t.name)), None) if said else None
        # «… tidak termasuk Core TUSI» gives no kind
        denied = said and set(tokens(said[0])[-_config()["value_within"]:]) & set(_config()["negations"])
        if given and parts <= _own(said[0]) and not denied:
            verdicts.add(_kind_verdict(claimed[0], given))
    return verdicts.pop() if len(verdicts) == 1 else ""


def _holder(asking: str, claim_words: list[str], answer: str, read: Read) -> str:
    """«ISS itu dipegangnya eselon II ya?» against «IT dan ISS dipegang Menteri bersama Eselon I, …»: the holder the
    answer names for the claim's term (the terms before a `holders` word of its clause), the claim's or another."""
    holders = _slots()["holders"]
    split = _split_at(asking, holders)
    if not split:
        return ""
    subjects, claimed = _own(split[0]), _content(tokens(split[1]), read)
    if not subjects or not claimed:
        return ""
    given = []
    for clause in re.split(r"[,;:]|\.(?!\d)", answer):
        held = _split_at(clause, holders)
        if held and subjects & _own(held[0]):
            given.append(_content(tokens(held[1]), read))
    given = [g for g in given if g]
    if not given:
        return ""
    return "ya" if any(claimed <= g or g <= claimed for g in given) else "tidak"


def _frequencies(text: str) -> set[str]:
    """The `frequencies` a text names, the words of a term's own name aside («catatan harian» says no «harian»)."""
    for _, (start, end) in reversed(placed_terms(text)):
        text = text[:start] + " , " + text[end:]
    words = tokens(text)
    return {name for name in _slots()["frequencies"]
            if phrase_set("search", "answers", "yesno", "slots", "frequencies", name).find(words)}


def _done_before_frequency(asking: str, read: Read) -> set[str]:
    """The word a claim's frequency says how often of: the first word before it that is no neutral or predicate word
    («nyala» in «… otomatis nyala tiap hari?», «diisi» in «cukup diisi akhir tahun»); none when a term stands there
    («logbook tiap hari kan?»: the term's own doing)."""
    slot = "termslot"
    for _, (start, end) in reversed(placed_terms(asking)):
        asking = f"{asking[:start]} {slot} {asking[end:]}"
    words = tokens(asking)
    found = next((f for name in _slots()["frequencies"]
                  if (f := phrase_set("search", "answers", "yesno", "slots", "frequencies", name).find(words))), None)
    if found is None:
        return set()
    predicates = {w for group in _config()["predicates"].values() for w in group}
    skip = _neutral() | predicates | set(_slots()["frequency_fillers"])
    for word in reversed(words[:found[0]]):
        if word == slot:
            return set()
        if word not in skip:
            return set(read([word]))
    return set()


def _frequency(asking: str, claim_words: list[str], answer: str, read: Read) -> str:
    """«catatan harian itu cukup diisi akhir tahun ya?» against «… dikerjakan pegawai setiap hari»: how often a
    sentence naming the claim's terms says it happens, only the claim's or not it at all."""
    subjects = _own(asking)
    claimed = _frequencies(asking)
    if len(claimed) != 1 or not subjects:
        return ""
    given, choice = set(), False
    for sentence in _sentences(answer):
        if subjects <= _own(sentence):
            named = _frequencies(sentence)
            given |= named
            choice |= len(named) > 1 and bool(set(tokens(sentence)) & set(_slots()["alternatives"]))
    if not given or given == claimed:
        # «pengingat isi logbook … nyala tiap hari?» claims how often a reminder goes on, not how often the logbook
        # is filled: the claim's own doing before its frequency must be one the answer says
        done = _done_before_frequency(asking, read)
        return "ya" if given and (not done or done & set(read(tokens(answer)))) else ""
    if not claimed & given:
        return "tidak"
    # «emang wajib tiap bulan?» against «sebulan atau dua bulan sekali sesuai kebutuhan»: one of a choice, no duty
    required = phrase_set("search", "answers", "yesno", "predicates", "wajib").find(tokens(asking))
    return ("tidak" if required else "ya") if choice else ""


def _counted(words: list[str], at: int, read: Read) -> set[str]:
    """What the figure at `at` counts: the word after it and the terms within `value_within` words after it
    («7 nilai BerAKHLAK», «tujuh core value ASN BerAKHLAK»); after a `counts` word («perspektif … ada 3») the words
    and terms before it too."""
    within = _config()["value_within"]
    after = words[at + 1:at + 1 + within]
    things = set(read(after[:1])) - set(read(list(_neutral())))
    things |= {f"term:{t.name}" for t in terms_in(" ".join(after))}
    if _totals(words, at):  # «nilai BerAKHLAK … ada 5: …» counts what stands before
        before = words[:at - 1]
        things |= _content(before, read) | {f"term:{t.name}" for t in terms_in(" ".join(before))}
    return things


def _totals(words: list[str], at: int) -> bool:
    """Whether the figure at `at` follows a `counts` word («ada 3», «punya 6 IT»): a total, not one picked («sesuai
    1 tema»)."""
    return at > 0 and words[at - 1] in _slots()["counts"]


def _bounded(words: list[str], at: int) -> bool:
    """A figure after a limit or a range word («paling banyak 10», «5 sampai 10») counts nothing by itself, nor one
    that picks one of several («salah satu», «one of»: `uncounted`)."""
    config, uncounted = _config(), _slots()["uncounted"]
    bounds = [p for phrases in [*config["limits"].values(), *config["past"].values()] for p in phrases]
    before = " ".join(words[max(at - 3, 0):at])
    return any(before == b or before.endswith(" " + b) for b in bounds + config["ranges"]) \
        or at > 0 and words[at - 1] in uncounted["before"] or _next(words, at) in uncounted["after"]


def _counts(sentence: str, read: Read) -> list[tuple[float, set[str]]]:
    words = tokens(sentence)
    return [(value, _counted(words, i, read)) for i, w in enumerate(words)
            if (value := _figure(w, _next(words, i))) is not None and not _bounded(words, i)]


def _next(words: list[str], at: int) -> str:
    return words[at + 1] if at + 1 < len(words) else ""


def _count(asking: str, claim_words: list[str], answer: str, read: Read) -> str:
    """«perspektif SKP pimpinan itu ada 3 ya?» against «SKP pimpinan memakai empat perspektif»: the one figure the
    claim gives a thing, against the figures a sentence naming every term of the claim gives that thing."""
    subjects = _own(asking)
    claimed = [(i, w) for i, w in enumerate(claim_words) if _figure(w, _next(claim_words, i)) is not None]
    if not subjects or len(claimed) != 1 or _bounded(claim_words, claimed[0][0]) \
            or set(claim_words) & set(_config()["only"]["asks"]):
        return ""
    at, word = claimed[0]
    things, value = _counted(claim_words, at, read), _figure(word)
    if not things:
        return ""
    given = {n for sentence in _sentences(answer) if subjects <= _own(sentence)
             for n, counted in _counts(sentence, read) if counted & things}
    if not given:
        return ""
    # another count denies only a total («perspektif … ada 3»), not a number picked («cukup sesuai 1 tema»)
    return "ya" if given == {value} else "tidak" if value not in given and _totals(claim_words, at) else ""


def _described(words: list[str], read: Read) -> set[str]:
    """The words of a description, as `read` gives them; a negation stays («cascading tidak langsung»)."""
    config = _config()
    kept = set(config["negations"]) | set(_slots()["numerals"])
    return set(read([w for w in words if w not in _neutral() - kept]))


def _defined(answer: str, read: Read) -> list[tuple[set[str], set[str]]]:
    """(the terms, the words describing them) of each clause of the answer saying what something is: the terms before
    a `defined_by` word (generic ones aside: «Target IKI dalam SKP adalah …» is about the target) and what follows,
    or the first term after a `named_by` word and what precedes it («IKI hasil cascading tidak langsung … ditandai
    Core TUSI»)."""
    config = _slots()
    found = []
    for clause in passage_cases(answer):
        named = _split_at(clause, config["named_by"])
        if named and terms_in(named[1]):
            found.append(({terms_in(named[1])[0].name}, _described(tokens(named[0]), read)))
            continue
        defined = _split_at(clause, search_config()["answers"]["defined_by"])
        if defined and _own(defined[0]):
            found.append((_own(defined[0]), _described(tokens(defined[1]), read)))
    return found


def _definition(asking: str, claim_words: list[str], answer: str, read: Read) -> str:
    """«IKD itu indikator wajib program dukungan manajemen kan?» against «IKM adalah … indikator wajib dari Program
    Dukungan Manajemen»: the term a clause of the answer gives the claim's description (nearly all its words,
    `claim.restate_share`, at least `claim.restate_words`): the claim's term, or only another one."""
    split = _split_at(asking, _slots()["links"])
    if not split:
        return ""
    subjects, described = _own(split[0]), _described(tokens(split[1]), read)
    config = _config()["claim"]
    if not subjects or len(described) < config["restate_words"]:
        return ""
    holders = {term for terms, words in _defined(answer, read)
               if len(described & words) >= config["restate_share"] * len(described) for term in terms}
    return "" if not holders else "ya" if holders & subjects else "tidak"


def _family_members(words: list[str]) -> tuple[dict[str, set[str]], set[int]]:
    """The members of each of `slots.families` the words name (a longer phrase first: «pendekatan output antara»
    before «output»), by family, and where their words stand."""
    named: dict[str, set[str]] = {}
    covered: set[int] = set()
    phrases = sorted(((family, member, tuple(tokens(p))) for family, members in _slots()["families"].items()
                      for member, said in members.items() for p in said), key=lambda f: -len(f[2]))
    for family, member, phrase in phrases:
        for i in range(len(words) - len(phrase) + 1):
            span = set(range(i, i + len(phrase)))
            if tuple(words[i:i + len(phrase)]) == phrase and not span & covered:
                named.setdefault(family, set()).add(member)
                covered |= span
    return named, covered


def _parts(asking: str, claim_words: list[str], answer: str, read: Read) -> str:
    """«pendekatan output antara itu dipake buat tim supporting yg kinerjanya ga ada di DIPA kan?» against «Pendekatan
    layanan adalah cara … bagi tim … (supporting) atau yang kinerjanya tidak tercantum di DIPA»: the claim's checkable
    parts (the members of `slots.families` it names) against those of a sentence of the answer holding the rest of
    the claim (at least `families_held` of its other words): "tidak" when that sentence names only other members of
    a family the claim names, or more of them than a claim saying «only» («aspek … kuantitas sama kualitas doang?»
    against «… kuantitas, kualitas, waktu, dan biaya»), when no such sentence names them all; "" otherwise. Never
    "ya": the same part in a sentence sharing the rest may still deny it («kinerjanya tidak tercantum di DIPA»), which
    a restatement's own checks read."""
    claimed, covered = _family_members(claim_words)
    rest = _content([w for i, w in enumerate(claim_words) if i not in covered], read)
    if not claimed or len(rest) < _slots()["families_least"]:
        return ""
    only = bool(set(claim_words) & set(_config()["only"]["asks"]))
    verdicts = set()
    for sentence in _sentences(answer):
        words = tokens(sentence)
        given = _family_members(words)[0]
        shared = [family for family in claimed if family in given]
        if not shared or len(rest & _content(words, read)) < _slots()["families_held"] * len(rest):
            continue
        for family in shared:
            mine, theirs = claimed[family], given[family]
            verdicts.add("tidak" if not mine & theirs or only and mine < theirs else "")
    return "tidak" if verdicts == {"tidak"} else ""
