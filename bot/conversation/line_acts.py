"""Lines of the last pasted list acted on by number in one message, the way people type it: «no 2 sama 5 gmn»
(details), «2 pakai usulan 1, 5 pakai usulan 2» (a line's suggestion taken), «no 4 buang aja, no 8 jg» (dropped,
never saved), «no 7 ganti Persentase …», «no 8 jd MI aja: Jumlah JPL …» (new words, with a jenis); «simpan semua pake versi perbaikan» (every line, a failing
one by its suggestion: `_fixed_all`). One act per
clause, read once (`read`), then done line by line in order (`apply`), each line's outcome said. The words are
conversation.yaml `line_acts` with line_names, line_asks, list_add and pick_range."""

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot import knowledge
from bot.conversation import draft_save, iki_list, list_drafts, list_picks, list_summary, list_walk, skp_drop
from bot.conversation.answers import fields_in, jenis_named, typed_target, without_tail
from bot.conversation.replies import Reply
from bot.conversation.state import ListedIki, UserState
from bot.conversation.typed_work import reads_as_iki
from bot.lang.english import indonesian_word, translate
from bot.lang.refs import named_source, numbers_source, range_source
from bot.lang.text import PhraseSet, alternation, phrase_set, sentences, short, tokens
from bot.lang.values import numbers_in
from bot.models import IkiDraft, Jenis, Severity
from bot.rules import check_iki
from bot.rules.language import is_english
from bot.rules.skp_rules import is_mandatory, mandatory_iki

DETAIL, USE, DROP, REPLACE, SAVE, RESTORE = "detail", "use", "drop", "replace", "save", "restore"
KEEP = "keep"  # «keep the other 4» after lines dropped: the rest left as they are, no act of its own
WALK = "walk"  # «satu per satu»: the refused lines gone through one at a time (list_walk), from the first
MANDATORY = "mandatory"  # «…, tambah IP ASN»: the mandatory IKI added beside the list's lines (line 0: no line)
MAX_MANDATORY_WORDS = 5  # «ganti IP ASN aja», «jd nilai IP ASN»: the mandatory IKI named, not a sentence about it
MAX_HEAD_WORDS = 2  # «hapus no 4 sm 9»: a drop word or two before the numbers it drops
MAX_NAMING_WORDS = 4  # «ok. training ganti jadi …»: a line named by a word or two before the replace word
MIN_MEASURED_WORDS = 3  # «pake yg pasien polifarmasi dapet konseling, 90%»: words of work, never a pick alone
MIN_NEW_WORDS = 2  # «no 7 ganti Persentase …»: new words are an IKI of two words at least, never «ganti apa»
# (new words opening with a question word ask: «nomor 1 itu jd apa ya»)


@dataclass(frozen=True)
class Act:
    """What a message does to one line of the last list (1-based): its details, suggestion `pick` taken, dropped,
    its words replaced by `text` (and its `jenis` set), or saved."""

    line: int
    kind: str
    pick: int = 0
    text: str = ""
    jenis: Jenis | None = None
    keep: bool = False  # a USE on a line with no suggestion saves it as typed («simpan semua»: nothing typed is lost)
    rest: bool = False  # one of «sisanya»: a line dropped before stays out, one the rules refuse is left unsaid


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("conversation")
    acts = data["line_acts"]
    number = r"\d{1,2}(?!\s*(?:%|persen))"
    joins = [*acts["joins"], *data["pick_range"]]
    names = {*data["line_names"], *acts["refs"]}
    numbers = numbers_source(joins, number, names)
    refs = alternation(names)
    everything = "|".join(re.escape(w) for w in data["pick_all"])
    replace = "|".join(re.escape(w) for w in sorted(acts["replace"], key=len, reverse=True))
    use = "|".join(re.escape(w) for w in acts["use"])
    return {
        "opening": re.compile(rf"^\s*(?:(?:{refs})\.?\s*)?({numbers})\b", re.IGNORECASE),
        "named": re.compile(named_source(names, joins, number), re.IGNORECASE),
        "all": re.compile(rf"^\s*(?:{everything})\b", re.IGNORECASE),
        "range": re.compile(range_source(data["pick_range"]), re.IGNORECASE),
        "replace": re.compile(rf"(?<!\w)(?:{replace})(?!\w)\s*:?\s*", re.IGNORECASE),
        "use": re.compile(rf"\b(?:{use})\s*(?:no\.?\s*|nomor\s*)?(\d)\b", re.IGNORECASE),
        "drop": phrase_set("conversation", "line_acts", "drop"),
        "use_bare": phrase_set("conversation", "line_acts", "use"),
        "restore": PhraseSet(knowledge.taking_back("put_back") + knowledge.taking_back_whole("drop_undo")),
        "also": phrase_set("conversation", "line_acts", "also"),
        "save": PhraseSet([w for w in data["list_add"] if w not in acts["also"]]),
        "rest": phrase_set("conversation", "list_rest"),
        "keep": phrase_set("conversation", "line_acts", "keep"),
        "add": phrase_set("conversation", "add_lead"),
        "detail": phrase_set("conversation", "line_asks"),
        "more": phrase_set("conversation", "line_acts", "more"),
        # «yg rapat koordinasi, surat tugas sm reviu RKA»: lines named one after another
        "parts": re.compile(rf"\s*(?:,|(?<!\w)(?:{alternation(acts['joins'])})(?!\w))\s*", re.IGNORECASE),
    }


def _numbers(said: str) -> list[int]:
    """«2 sama 5» → [2, 5]; «1-3», «1 sampai 3» → [1, 2, 3]."""
    found: list[int] = []
    spans = []
    for match in _words()["range"].finditer(said):
        first, last = int(match.group(1)), int(match.group(2))
        if first < last:
            found += range(first, last + 1)
            spans.append(match.span())
    rest = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(said))
    found += [int(n) for n in re.findall(r"\d+", rest)]
    return list(dict.fromkeys(found))


def _clauses(text: str) -> list[str]:
    """The message cut at «,», «;», line ends and sentence ends («no 4 buang. sisanya simpan»; never «no. 4»); a
    clause replacing a line's words («no 7 ganti Persentase …, target 90») runs on to the next line named by its
    number («…, no 4 hapus aja»: d12-epi01 read line 2 as dropped) or the end of the message."""
    words = _words()
    clauses, start, replacing = [], 0, False
    for match in re.finditer(r"[,;\n]|\.\s+(?=[^\W\d_])", text):
        clause = text[start: match.start()]
        if replacing and not words["named"].match(text[match.end():].lstrip()):
            continue  # «no 7 ganti Persentase …, target 90»: the new words run on, up to «, no 4 hapus aja»
        lines, end = _refs(clause)
        # the colon after the line named («no 8 jd MI aja: …»); one before it opens the message, «ok sy keep 7 aja
        # ya: no 2,3 simpan» (tester59 F1: the numbers after «no 2» ran into its new words, lines 3… never read)
        if lines and (words["replace"].search(clause[end:]) or ":" in clause[end:]):
            replacing = True
            if not words["named"].match(text[match.end():].lstrip()):
                continue
        clauses.append(clause)
        start, replacing = match.end(), False
    return clauses + [text[start:]]


def _refs(clause: str, count: int = 99) -> tuple[list[int], int]:
    """The line numbers a clause opens with (or names after line_names), and where they end; «semua» is every line."""
    words = _words()
    everything = words["all"].match(clause)
    if everything and _act_follows(clause[everything.end():]):
        return list(range(1, count + 1)), everything.end()
    found = words["opening"].match(clause)
    if found and words["more"].match_at(tokens(clause[found.end():]), 0):  # «1 lg beyond: …» counts, names none
        found = None
    found = found or words["named"].search(clause)
    return (_numbers(found.group(1)), found.end()) if found else ([], 0)


def numbered_anywhere(text: str, count: int) -> tuple[list[int], tuple[int, int]]:
    """The lines a message names by number after a line word anywhere in it («eh salah, no 3 targetnya 95»), and the
    span of that naming; nothing when it names none or a line the list lacks."""
    found = _words()["named"].search(text)
    lines = _numbers(found.group(1)) if found else []
    return (lines, found.span()) if lines and all(1 <= n <= count for n in lines) else ([], (0, 0))


def draft_place(state: UserState, listed: list[ListedIki], line: int) -> int | None:
    """Where list line `line` stands in the draft (`_draft_place`); None when not saved."""
    return _draft_place(state, listed, line)


def _act_follows(rest: str) -> bool:
    """«semua buang», «semuanya pakai usulan 1»: the word for all opens an act on every line only when an act word
    follows it (pick_all_between words aside); «semua RS pake» is a sentence, «semua» a word of it (tester52 P1-1:
    «no 3 kok salah? …, semua RS pake» saved the list)."""
    data, acts = knowledge.data("conversation"), knowledge.data("conversation")["line_acts"]
    between = set(data["pick_all_between"])
    first = next((w for w in tokens(rest) if w not in between), None)
    leads = {tokens(p)[0] for key in ("use", "drop", "replace", "also", "keep", "use_ordinal_leads")
             for p in acts[key] if tokens(p)} | {tokens(p)[0] for key in ("list_add", "line_asks") for p in data[key]
                                                 if tokens(p)}
    return first is not None and first in leads


def _head_act(clause: str) -> tuple[str, int, str, Jenis | None] | None:
    """«hapus no 4 sm 9», «buang no 2»: a drop word or two before the numbers a clause names, the act of those lines;
    «balikin no 3» a put-back word: those lines are back in the list."""
    found = _words()["named"].search(clause)
    head = clause[: found.start()] if found else ""
    said = tokens(head)
    if not said or len(said) > MAX_HEAD_WORDS:
        return None
    if _words()["restore"].find(said):  # «kembalikan no 2 dan 5», «jangan buang no 3»
        return RESTORE, 0, "", None
    return (DROP, 0, "", None) if _words()["drop"].find(said) else None


def _rest_act(clause: str) -> tuple[str, int, str, Jenis | None] | None:
    """«sisanya simpan», «yg lain buang»: a clause opening with the rest of the list (list_rest), and its act; or the
    act first, «simpan sisanya ke draf» (day-one dev14: only the line dropped before it was acted on); «keep the other
    4», «sisanya biarin»: the rest left as they are (KEEP, no act on them)."""
    said = tokens(clause)
    rest = _words()["rest"].match_at(said, 0)
    around = _after_words(clause, len(rest)) if rest else ""
    if rest is None:
        after = next((at for at in range(1, MAX_HEAD_WORDS + 1) if _words()["rest"].match_at(said, at)), None)
        around = " ".join(said[:after]) if after else ""
    act = _act(around) if around else None
    if act is None and around and _words()["keep"].find(tokens(around)):
        return KEEP, 0, "", None
    return act if act and act[0] in (SAVE, DROP) else None


def _mandatory_added(clause: str) -> bool:
    """«tambah IP ASN», «masukin IP ASN jg»: an add word (add_lead) opening a clause that names the mandatory IKI."""
    said = tokens(clause)
    return bool(_words()["add"].match_at(said, 0)) and is_mandatory(IkiDraft(indikator=clause))


def _act(after: str) -> tuple[str, int, str, Jenis | None] | None:
    """The act a clause says of its lines: (kind, the suggestion picked, the new words, their jenis); «also» for a
    clause that only repeats the one before («no 8 jg»); None when it says none."""
    words = _words()
    said = tokens(after)
    use = words["use"].search(after)
    if use:
        return USE, int(use.group(1)), "", None
    pick = _ordinal_pick(said)
    if pick:
        return USE, pick, "", None
    if words["restore"].find(said):  # «lho kok no 3,6 dibuang?? balikin dong» (tester59 F1: dropped again)
        return RESTORE, 0, "", None
    if words["drop"].find(said):
        return DROP, 0, "", None
    if words["use_bare"].find(said) and not words["replace"].search(after):
        # «no 1 sm 5 pake usulan»: a suggestion with none named (tester59 F1: read as «simpan», refused, unsaid)
        return USE, 0, "", None
    replaced = words["replace"].search(after) or (re.search(r":\s*", after) if ":" in after else None)
    if replaced:
        between, new = after[: replaced.start()], after[replaced.end():].strip()
        if ":" in new and not jenis_named(new.split(":", 1)[1]):  # «jd MI aja: Jumlah JPL …»
            between, new = between + " " + new.split(":", 1)[0], new.split(":", 1)[1].strip()
        jenis = jenis_named(between) or (jenis_named(new) if len(tokens(new)) <= 2 else None)
        asked = tokens(new)[:1] and tokens(new)[0] in knowledge.data("intent")["value_questions"]
        if len([w for w in tokens(new) if w.isalpha()]) >= MIN_NEW_WORDS and "?" not in new and not asked:
            return REPLACE, 0, new, jenis
        if jenis is not None:
            return REPLACE, 0, "", jenis
    if words["save"].find(said):
        return SAVE, 0, "", None
    if words["detail"].find(said) or "?" in after:
        return DETAIL, 0, "", None
    if words["also"].find(said):
        return "also", 0, "", None
    return None


def _yours(clause: str) -> bool:
    """«yg kamu tulis», «versimu»: the wording the assistant wrote of the line (line_acts `use_yours`)."""
    return bool(phrase_set("conversation", "line_acts", "use_yours").find(tokens(clause)))


def _ordinal_pick(said: list[str]) -> int:
    """«yg pertama», «yg ketiga aja» after a line's number: that suggestion of the line (1-based); «yg kamu tulis»:
    the assistant's wording, its first; 0 when the clause names none (line_acts `use_ordinal_leads`, `use_yours`)."""
    data = knowledge.data("conversation")
    if phrase_set("conversation", "line_acts", "use_yours").find(said):
        return 1
    leads = set(data["line_acts"]["use_ordinal_leads"])
    for i, word in enumerate(said[:-1]):
        place = data["ordinals"].get(said[i + 1])
        if word in leads and isinstance(place, int) and place > 0 and not said[i + 1].isdigit():
            return place
    return 0


MAX_LEAD_WORDS = 8  # «ok sy keep 7 aja ya: no 2,3 …»: talk before the colon, never a sentence of work


def _lead_in(text: str) -> tuple[str, str]:
    """«ok sy keep 7 aja ya: no 2,3,6,8,9 simpan, …» (tester59 F1): a few words of talk ending in a colon before the
    lines named by number are no line of their own (the «7» is how many to keep) and say no new words; their act
    («simpan», «keep», «buang») is that of the lines named after them that say none. ("", text) when the text opens
    with no such talk, or the words before the colon name a line («no 8 jd MI aja: Jumlah JPL …»)."""
    head, colon, after = text.partition(":")
    words = _words()
    if not colon or not tokens(head) or len(tokens(head)) > MAX_LEAD_WORDS or words["named"].search(head) \
            or not words["opening"].match(after):
        return "", text
    said = tokens(head)
    act = DROP if words["drop"].find(said) else SAVE if words["save"].find(said) else ""
    return act, after


def read(text: str, count: int) -> list[Act] | None:
    """The acts a message says of the lines of a list of `count` lines, in order; None when it names no line by
    number with an act, names a line the list lacks, only saves lines (list_picks.picked reads those, with their
    targets) or only asks about one line (line_questions.asks_about_line)."""
    acts: list[Act] = []
    waiting: list[int] = []  # numbers with no act yet: «1, 2 sama 3 buang»
    last: tuple[str, int, str, Jenis | None] | None = None
    last_lines: set[int] = set()  # the lines of the last act
    lead, text = _lead_in(text)
    for clause in _clauses(text):
        lines, end = _refs(clause, count)
        if any(not 1 <= n <= count for n in lines):
            return None
        act = (_act(clause[end:]) or _head_act(clause)) if lines else None
        if act and act[0] == "also":
            act = last if last and last[0] in (DROP, SAVE, DETAIL) else None
        if lines and act is None:
            waiting += lines
            continue
        if not lines and acts and _mandatory_added(clause):  # «no 4 buang, tambah IP ASN»
            acts.append(Act(0, MANDATORY))
            continue
        if not lines and (acts or waiting) and (rest := _rest_act(clause)):  # «no 4 buang. sisanya simpan»
            if waiting and (lead or rest[0] == DROP):  # «nomor 2, 3 dan 9, yang lain hapus»: those named are kept
                acts += [Act(n, lead or SAVE) for n in waiting]
                waiting = []
            named = {a.line for a in acts} | set(waiting)  # the lines not named take the act of the rest
            acts += [Act(n, rest[0], rest=True) for n in range(1, count + 1) if n not in named and rest[0] != KEEP]
            continue
        if not lines and last and last[0] == DROP and (_act(clause) or ("",))[0] == RESTORE:
            # «lho kok no 5 dibuang, balikin dong»: the lines named as dropped are put back, never dropped again
            acts = [replace(a, kind=RESTORE) if a.kind == DROP and a.line in last_lines else a for a in acts]
            last = (RESTORE, 0, "", None)
            continue
        if not lines and waiting:  # «no 12 itu bukan kerjaan sy. ganti IP ASN aja»: the lines named before
            act = _act(clause)
            act = act if act and act[0] in (DROP, REPLACE) else None
        if act is None:
            continue
        kind, pick, new, jenis = act
        if kind == REPLACE and not new and len(lines) == count > 1:  # «semua jd TUSI»: the draft's jenis, not the list's
            return None
        if kind == REPLACE and "\n" in new.strip():  # a line's new words are one line: several are a list pasted
            return None  # (tester26 #1: a paste's second half, «…ten nomor 35 yang …» + 16 lines, was line 35's text)
        keep = kind == USE and _yours(clause)  # «no3 ok yg kamu tulis»: the line as read when it has no suggestion
        acts += [Act(n, kind, pick, new, jenis, keep=keep) for n in [*waiting, *lines]]
        waiting, last, last_lines = [], act, {*waiting, *lines}
    if waiting and lead:  # «sy mau simpan 4 aja: no 2, 3 sm 6»: the lead-in's act
        acts += [Act(n, lead) for n in waiting]
    kinds = {a.kind for a in acts}
    if not acts or kinds == {SAVE} or (kinds == {DETAIL} and len(acts) == 1):
        return None
    return acts


def acts_on_list(state: UserState, message: str) -> list[Act] | None:
    """The acts a message says of the last list's lines (`read`); None without a list, or for a logbook keeper (their
    lines are the year's)."""
    from bot.conversation import year_chat

    if not state.listed or year_chat.logging(state):
        return None
    if list_walk.asks_walk(message) and list_walk.waiting(state):
        return [Act(list_walk.waiting(state)[0], WALK)]
    if state.listed_lettered:  # «yg b ganti …», «a sm c hapus»: a list marked by letters named by them
        message = by_letter(message, len(state.listed))
    message = by_ordinal(message, len(state.listed))
    whole = _acts_whole(state, message)
    parts = sentences(message) if "\n" not in message.strip() else []
    if len(parts) < 2:
        return whole
    # «pake yg pasien polifarmasi dapet konseling, target 90%. yg resep jd …» (d19-dev01: only the second sentence
    # was read, the first lost unsaid): sentences each acting on a line of their own, all of them read
    each = [_acts_whole(state, part) for part in parts]
    lines = [{act.line for act in acts} for acts in each if acts]
    if len(lines) < len(parts) or len(set().union(*lines)) < sum(map(len, lines)):
        return whole
    return [act for acts in each for act in acts] \
        if whole is None or len(set().union(*lines)) > len({act.line for act in whole}) else whole


def by_letter(message: str, count: int) -> str:
    """«b) ganti jd …», «yg b ganti …», «a sm c hapus» under a list marked «a)», «b)» … → «no 2 ganti jd …», «yg no 2
    ganti …», «no 1 sm 3 hapus»: a lone letter is the line it marks only after a ref word, before «)» or joined to
    another such letter (d19-dev04: read as an IKI to check); a letter past the list's lines is none."""
    one = f"[a-{chr(ord('a') + min(count, 26) - 1)}]"
    number = lambda letter: str(ord(letter.lower()) - ord("a") + 1)  # noqa: E731
    message = re.sub(rf"(?<![\w(])\(?({one})\)", lambda m: f"no {number(m[1])}", message, flags=re.IGNORECASE)
    # «c diganti Persentase …» (a letter opening the message, then a replace word), «target d 150, b 90%», «ok c 95»
    # (a letter right before a number): the line it marks (d22-dev07: checked as an IKI «c diganti …»)
    replace = _words()["replace"].pattern
    message = re.sub(rf"^(\s*)({one})\s+(?={replace})", lambda m: f"{m[1]}no {number(m[2])} ", message,
                     flags=re.IGNORECASE)
    # (lower case only: «vitamin A 90%» names no line)
    message = re.sub(rf"(?<![\w.,])({one})\s+(?=\d)", lambda m: f"no {number(m[1])} ", message)
    refs = alternation(knowledge.data("conversation")["line_acts"]["refs"])
    joins = alternation([*knowledge.data("conversation")["line_acts"]["joins"], ","])
    named = re.compile(rf"(?<!\w)(?:(?P<ref>{refs})\s+)?(?P<letters>{one}(?:\s*(?:{joins})\s*{one})*)(?!\w)")

    def numbered(found: re.Match) -> str:
        letters = re.findall(rf"(?<!\w){one}(?!\w)", found["letters"])
        if not found["ref"] and len(letters) < 2:
            return found[0]
        return (f"{found['ref']} " if found["ref"] else "") + "no " + " sm ".join(map(number, letters))

    return named.sub(numbered, message)


def by_mark(message: str, marks: list[str]) -> str:
    """«1.3 jd Persentase …», «target 1.1 itu 12 dr 15» under a list numbered «1.1», «1.2» … → «no 3 jd …», «target
    no 1 itu …»: a line named by its own number (d22-dev04: «1.3» read as line 1, its words replaced); a value
    («1.5 %», «1,3») is none."""
    places = {mark: n for n, mark in enumerate(marks, start=1)}
    named = re.compile(r"(?<![\d.,])(\d{1,2}\.\d{1,2})(?![\d,]|\.\d|\s*(?:%|persen))")
    return named.sub(lambda m: f"no {places[m[1]]}" if m[1] in places else m[0], message)


def by_ordinal(message: str, count: int) -> str:
    """«yg ketiga ganti jd Persentase …», «yang terakhir diganti: …» → «no 3 ganti jd …»: a line named by its place
    right before a replace word is that line (d20-dev07: the new words were saved as one more IKI and line 3 stayed
    refused); an ordinal after a line's number picks a suggestion instead (`_ordinal_pick`), left as it is."""
    replaced = _words()["replace"].search(message)
    head = message[: replaced.start()] if replaced else ""
    if not head.strip() or len(tokens(head)) > 3:
        return message
    lines = list_picks.named_by_ordinal(head, count)
    return f"no {lines[0]} {message[replaced.start():].lstrip()}" if lines else message


def sentences_left(state: UserState, message: str) -> list[str]:
    """The sentences after the first that act on no line of the list (to be read otherwise once the acts are done)."""
    parts = sentences(message) if "\n" not in message.strip() else []
    return [part for part in parts[1:] if _acts_whole(state, part) is None]


def _acts_whole(state: UserState, message: str) -> list[Act] | None:
    """The acts of the message read whole (`acts_on_list`)."""
    acts = _fixed_all(message, state.listed) or read(message, len(state.listed))  # («yg sudah dibenerin» no detail)
    if acts is None and 0 < state.detail_line <= len(state.listed):
        # «ganti aja jd Angka kejadian …» right under «no 5 knp ga boleh?»: the line just looked at, in new words;
        # «yaudah persentase pasien … yg dpt konseling» too (d6-apoteker01: a lead word, then an IKI)
        leads = phrase_set("conversation", "line_rewording_leads")
        lead = leads.match_at(tokens(message), 0)
        rest = _after_words(message, len(lead)) if lead else ""
        while rest and leads.match_at(tokens(rest), 0):  # «ok pake yg …»: one lead after another
            rest = _after_words(rest, len(leads.match_at(tokens(rest), 0)))
        start = rest or message
        pick = phrase_set("conversation", "line_rewording_picks").match_at(tokens(start), 0)
        if pick:  # «pake yg pasien polifarmasi dapet konseling, target 90%»: its measure told by the target, unless
            from bot.conversation.plain import rewords_suggestion  # (plain reads this module)

            measured = None if rewords_suggestion(state, start) else _measured(_after_words(start, len(pick)))
            message = f"ganti jadi {measured}" if measured else message  # it says a suggestion on screen
        elif rest and reads_as_iki(rest):
            message = f"ganti jadi {rest}"
        elif rest and _words()["replace"].match(rest.strip()):  # «oke ganti jd persentase …» (d17-dev05)
            message = rest
        if _words()["replace"].match(message.strip()):
            named = read(f"no {state.detail_line} {message.strip()}", len(state.listed))
            acts = named if named and all(act.kind == REPLACE and act.text for act in named) else None
    # each clause's line first: the whole message read as one line's act would leave the other clauses unread
    return acts or _taken_back(state.listed, message) or _named_each(state.listed, state.skp.iki, message) \
        or _named_replaced(state.listed, state.skp.iki, message)


def _measured(words: str) -> str | None:
    """«pasien polifarmasi dapet konseling, target 90%» → «Persentase pasien polifarmasi dapet konseling, target
    90%»: words lacking only the measure word, opened with the one their target's unit tells (list_drafts); None
    otherwise."""
    typed = fields_in(words)
    data = knowledge.data("conversation")
    picking = {*data["pick_words"], *data["ordinals"], *data["suggestion_nouns"]}
    if len([w for w in tokens(typed.indikator) if w not in picking and not w.isdigit()]) < MIN_MEASURED_WORDS:
        return None  # «pake yg kedua aja, 80%»: a suggestion picked, never new words
    measured = list_drafts.measured_by_target(typed.indikator, typed.target)
    return f"{measured}, target {typed.target.text}" if measured else None


def _named_each(listed: list[ListedIki], drafts: list[IkiDraft], message: str) -> list[Act] | None:
    """«rapat verifikasi hapus aja, laporan bulanan ganti yg disaranin td» (d17-dev05: logged as work): clauses each
    naming one line by its words with an act of its own (`_named_replaced`), all read together; None unless every
    clause is one such act."""
    # cut at every mark (`_clauses` runs new words on to the next line named by number: here none is)
    clauses = [clause for clause in re.split(r"[,;\n]|\.\s+(?=[^\W\d_])", message) if tokens(clause)]
    if len(clauses) < 2:
        return None
    acts: list[Act] = []
    for clause in clauses:
        named = _named_replaced(listed, drafts, clause)
        if not named or any(act.line in {a.line for a in acts} for act in named):
            return None
        acts += named
    return acts


def names_mandatory(acts: list[Act]) -> bool:
    """Whether the acts add the mandatory IKI or put it in a line's place («no 12 ganti IP ASN aja»): read as the
    list's, never split off as the mandatory IKI typed after an IKI sentence."""
    return any(a.kind == MANDATORY or a.kind == REPLACE and _mandatory_words(a.text) for a in acts)


def _mandatory_words(text: str) -> bool:
    """«ip asn», «IP ASN aja», «nilai IP ASN 80»: new words that name the mandatory IKI and little else."""
    return bool(text) and is_mandatory(IkiDraft(indikator=text)) \
        and len(tokens(without_tail(fields_in(text).indikator)[0])) <= MAX_MANDATORY_WORDS


def _taken_back(listed: list[ListedIki], message: str) -> list[Act] | None:
    """«ehh jangan dihapus, ganti aja pake usulannya» right after «no 4 hapus aja» (d11-bdn04: no act was read, and
    the line stayed out of the draft): the one line dropped from the list is back in it, by its first suggestion
    when the message asks for it. Words in conversation.yaml taking_back (`put_back`, and drop_undo's whole
    messages) and line_acts `use`."""
    dropped = [n for n, item in enumerate(listed, 1) if item.dropped]
    said = tokens(message)
    undo = knowledge.taking_back_whole("drop_undo") + knowledge.taking_back("put_back")
    if len(dropped) != 1 or numbers_in(message) or not PhraseSet(undo).find(said):
        return None
    use = phrase_set("conversation", "line_acts", "use").find(said)
    return [Act(dropped[0], RESTORE)] + ([Act(dropped[0], USE, 1)] if use else [])


def _after_words(text: str, count: int) -> str:
    """The text after its first `count` words, as typed."""
    for _ in range(count):
        text = re.sub(r"^\W*[^\W_]+", "", text, count=1)
    return text.lstrip(" ,.:;!-")


def _field_after(words: str) -> bool:
    """«… obat jadi targetnya 87,5% aja»: the words after a replace word open with a field's name
    (conversation.yaml `fields`), so they give the line a value, never new words (d19-dev01: the line reworded
    «Targetnya 87,5% aja …»)."""
    return any(phrase_set("conversation", "fields", name).match_at(tokens(words), 0) is not None
               for name in ("target", "baseline", "bobot"))


def _named_replaced(listed: list[ListedIki], drafts: list[IkiDraft], message: str) -> list[Act] | None:
    """«ok. training ganti jadi persentase user baru yang lulus …» (d5-simrs01: «maksudnya apa?»): the one line the
    words before the replace word name (by its own words, or an English word through its Indonesian one: «training»
    names «Jumlah pelatihan …») in the new words after it; «yg menata arsip inaktif buang aja» (d6-arsiparis01)
    drops the line named so. None when they name no line or several."""
    if "\n" in message.strip():
        return None
    replaced = _words()["replace"].search(message)
    dropped = _words()["drop"].find(tokens(message)) if not replaced else None
    if dropped:  # the words before the drop word, as typed
        found = re.search(r"(?<!\w)" + r"\W+".join(map(re.escape, dropped[1])) + r"(?!\w)", message, re.IGNORECASE)
        replaced = found
    if not replaced or not dropped and _field_after(message[replaced.end():]):
        return None
    head = message[: replaced.start()]
    remark = re.split(r"[.!?]\s+(?=[^\W\d_])", head)
    if len(remark) > 1 and len(tokens(head)) > MAX_NAMING_WORDS:  # «oh harus bhs indo ya. ok yg press release jd
        head = remark[-1]  # …»: a remark before the sentence naming the line is none of its name (d19-dev06)
    first = bool(dropped) and not tokens(head)  # «buang yg telaah resep, stok opname sama …»: the names after it
    head, tail = _first_sentence(message[replaced.end():]) if first else (head, "")
    parts = [part for part in _words()["parts"].split(head) if tokens(part)] if dropped else [head]
    if not parts or any(len(tokens(part)) > MAX_NAMING_WORDS for part in parts) or _words()["save"].find(tokens(head)):
        return None  # «yg terakhir simpan. NSPK jg simpan tp ganti jd …»: several instructions, read by number
    said = ", ".join(" ".join(indonesian_word(w) or w for w in re.findall(r"[^\W_]+", part)) for part in parts)
    lines = list_picks.lines_named(said, listed)
    if len(parts) > 1:  # «yg rapat koordinasi, surat tugas sm reviu RKA buang aja» (d15-xxx06): each part names one
        if len(lines) != len(parts):  # line, every one of them dropped (a line saved before leaves the draft too)
            return None
        named = _dropped_then(lines, message[replaced.start():replaced.end()], tail, len(listed)) if first \
            else read(f"no {' sm '.join(map(str, lines))} {message[replaced.start():].strip()}", len(listed))
        return named if named and all(act.kind == DROP or act.rest for act in named) else None
    drafted = {iki.indikator.lower() for iki in drafts}
    if len(lines) != 1 or listed[lines[0] - 1].text.lower() in drafted:  # a saved one: named_rewording's
        return None
    named = _dropped_then(lines, message[replaced.start():replaced.end()], tail, len(listed)) if first \
        else read(f"no {lines[0]} {message[replaced.start():].strip()}", len(listed))
    # (the rest of the list acted on after it: «kertas kerja buang. simpan sisanya ke draf»)
    # «laporan bulanan ganti yg disaranin»: a replace word then the line's suggestion, that suggestion taken
    wanted = (lambda act: act.kind == DROP or act.rest) if dropped else \
        (lambda act: act.kind == REPLACE and act.text or act.kind == USE)
    if not named or not all(map(wanted, named)):
        return None
    return named if dropped else [_object_kept(act, head) if act.kind == REPLACE else act for act in named]


def _first_sentence(text: str) -> tuple[str, str]:
    """The text up to its first sentence end and what follows it («the travel report one and the coordination one.
    keep the other 4»); the whole text and "" when it is one sentence (never «no. 4»)."""
    end = re.search(r"\.\s+(?=[^\W\d_])", text)
    return (text[: end.start()], text[end.end():]) if end else (text, "")


def _dropped_then(lines: list[int], drop: str, tail: str, count: int) -> list[Act] | None:
    """The lines named after a drop word dropped, and the sentences after them read as acts on the list with those
    lines named by number («… keep the other 4», «… sisanya simpan»); None when those say what no act reads."""
    if not tail.strip():
        return [Act(n, DROP) for n in lines]
    return read(f"no {' sm '.join(map(str, lines))} {drop.strip()}. {tail.strip()}", count)


MAX_BARE_WORDS = 3  # «waktu tunggu hasil»: new words this short, naming none of the words that named the line


def _object_kept(act: Act, head: str) -> Act:
    """«yg rontgen ganti jd waktu tunggu hasil aja, ≤ 3 jam» (d11-rad01 saved «Waktu tunggu hasil»), «konten medsos
    mau jd engagement rate aja» (d11-hms07): a measure too short to name its object takes the words that named the
    line («Waktu tunggu hasil rontgen»)."""
    from bot.retrieval.normalize import stopwords

    naming = [w for w in re.findall(r"[^\W_]+", head) if w.lower() not in stopwords() and not w.isdigit()]
    bare = without_tail(fields_in(act.text).indikator)[0]
    words = tokens(bare)
    if not naming or not words or len(words) > MAX_BARE_WORDS or {w.lower() for w in naming} & set(words) \
            or bare not in act.text:
        return act
    return replace(act, text=act.text.replace(bare, f"{bare} {' '.join(naming)}", 1))


MAX_FIXED_ALL_WORDS = 12  # «ok, simpan semua pake versi perbaikan»: a short request, not a sentence about the list


@knowledge.cached
def _fixed_words() -> tuple[PhraseSet, ...]:
    """A save word, an «all» word and a fix word: each must stand in «simpan semua pake versi perbaikan»."""
    data = knowledge.data("conversation")
    return tuple(PhraseSet(data[key]) for key in ("list_add", "list_all", "list_fixed"))


def _fixed_all(text: str, listed: list[ListedIki]) -> list[Act] | None:
    """«simpan semua pake versi perbaikan», «masukin semua, yg salah pake usulan 2», «simpan no 1-4 aja (yg sudah
    dibenerin)»: every distinct line (or the lines named by number) saved, a line the rules fail by its suggestion (the
    first, or the one number named after a suggestion word); None for any other message or when no line fails (a
    plain «simpan semua»)."""
    save, every, fixed = _fixed_words()
    numbered, text = _dropped_by_number(text, len(listed))  # «no 4 buang aja, sisanya pake usulan» (d15-xxx01)
    words = tokens(text)
    if len(words) > MAX_FIXED_ALL_WORDS or not (save.find(words) and fixed.find(words)):
        return None
    rest = bool(numbered) and _words()["rest"].find(words) is not None  # «sisanya»: every line not dropped
    named = None if every.find(words) or rest else _words()["named"].search(text)
    if named is None and not (every.find(words) or rest):
        return None
    use = _words()["use"].search(text)
    rest = text[: named.start()] + text[named.end():] if named else text
    if len(numbers_in(rest)) > (1 if use else 0):
        return None
    pick = int(use.group(1)) if use else 1
    checked = iki_list.lines_checked(listed)
    lines = iki_list.distinct(listed)
    if named:
        wanted = _numbers(named.group(1))
        if any(not 1 <= n <= len(listed) for n in wanted):
            return None
        lines = [n for n in lines if n in wanted]
    if not any(checked[n - 1].verdict.has_error for n in lines):
        return None
    dropped = _dropped_beside(text, listed, lines)  # «…, retensi ga usah» (d5-rekammedis01: saved by a later
    dropped += [n for n in numbered if n not in dropped]  # «simpan semua»)
    lines = [n for n in lines if n not in dropped]
    if not lines:
        return None
    return [Act(n, USE, pick) if checked[n - 1].verdict.has_error else Act(n, SAVE) for n in lines] \
        + [Act(n, DROP) for n in dropped]


def _dropped_by_number(text: str, count: int) -> tuple[list[int], str]:
    """«yg nomor 4 buang aja, gk penting. sisanya ok pake versi usulan»: the lines a clause drops by their number, and
    the message without those clauses (the rest of it may save every other line: line 4 was read as the one saved by
    its suggestion, and the five others were lost)."""
    dropped, left = [], []
    for clause in _clauses(text):
        lines, end = _refs(clause, count)
        act = (_act(clause[end:]) or _head_act(clause)) if lines and all(1 <= n <= count for n in lines) else None
        if act and act[0] == DROP:
            dropped += [n for n in lines if n not in dropped]
        else:
            left.append(clause)
    return dropped, ", ".join(c.strip() for c in left)


def _dropped_beside(text: str, listed: list[ListedIki], saved: list[int]) -> list[int]:
    """«simpan no 1-4 aja, retensi ga usah»: the lines a clause beside the save names by their words with a drop word,
    thrown out so no later «simpan semua» saves them."""
    dropped = []
    for clause in re.split(r"[,;]|\.\s", text)[1:]:
        acts = _named_replaced(listed, [], clause.strip()) if _words()["drop"].find(tokens(clause)) else None
        dropped += [act.line for act in acts or [] if act.kind == DROP and act.line not in dropped]
    return dropped


def _capitalised(text: str) -> str:
    """«persentase user baru …» typed in a chat as the IKI's new words opens with a capital, as an IKI is written."""
    return text[:1].upper() + text[1:]


def _kept_target(item: ListedIki, text: str, satuan: str | None = None) -> str | None:
    """The line's own target for its new words when it fits their measure; «4 kali» of «Jumlah pelatihan …» is no
    target of «Persentase user … lulus», and is asked again."""
    number = typed_target(item.target) if item.target else None
    fits = number is not None and draft_save.unit_finding(number, text, satuan) is None
    return item.target if fits else None


def _untranslated(text: str) -> str:
    """«: kata «integration» belum bisa saya terjemahkan» for an English line the lexicon cannot put in Indonesian,
    so a line left out of a save says why (d7-prakom-pusdatin01); "" otherwise."""
    unknown = translate(text).unknown if is_english(text) else ()
    return f" (kata {', '.join(f'«{w}»' for w in unknown)} belum bisa saya terjemahkan)" if unknown else ""


FIXING = frozenset({USE, REPLACE, DROP})  # what settles a line the rules refused


def _completed(state: UserState, acts: list[Act], saved: dict[int, IkiDraft]) -> dict[int, IkiDraft]:
    """The list's passing lines not in the draft, as drafts by line, once this message settled the last line the
    rules refused (taken a suggestion, new words, dropped): the user worked the list through line by line, so the
    list is their SKP and its passing lines go to the draft with the fixed ones (d13-epi01: «no 2 jadi …», «no 4
    buang aja» left lines 1, 3 and 5 out of the draft). Empty while a refused line is left, or nothing was fixed."""
    if not any(a.kind in FIXING for a in acts):
        return {}
    if state.prima and not state.prima.paused and state.prima.step == "M":  # PRIMA's step 4 drafts the list's lines
        return {}  # one after another as the user saves them, its own questions asked for each (d12-keu08)
    pasted = iki_list.PastedList(iki_list.lines_checked(state.listed), [])
    if any(line.mark == "✗" and not line.listed.dropped for line in pasted.lines):
        return {}
    drafted = {iki.indikator.lower() for iki in state.skp.iki} | {d.indikator.lower() for d in saved.values()}
    waiting = [n for n in list_summary.waiting_lines(state.listed, drafted) if n not in saved]
    if not waiting:
        return {}
    chosen, _ = list_drafts.picked_drafts(state.listed, list_picks.Picked(waiting))
    return dict(chosen)


def _joined(numbers: list[int]) -> str:
    """[1, 3, 5] → «nomor 1, 3 dan 5»."""
    words = [str(n) for n in numbers]
    return "nomor " + (", ".join(words[:-1]) + " dan " + words[-1] if len(words) > 1 else words[0])


def apply(state: UserState, acts: list[Act], detail: Callable[[UserState, str], list[Reply]]) -> list[Reply]:
    """Each act done on its line in order, and what was done said per line; the lines that became IKI (a suggestion
    taken, new words that pass, a line saved) go to the draft together at the end. detail: a line's details with its
    suggestions, as «Rincian N» shows them (state.candidates become that line's)."""
    state.detail_line = 0  # (a line's detail asked among the acts sets it again)
    listed = state.listed
    said: list[str] = []
    shown: list[Reply] = []
    details: list[tuple[int, list[Reply], list]] = []  # each line's details shown, with its suggestions
    saved: dict[int, IkiDraft] = {}
    as_typed: set[int] = set()  # lines saved as typed for want of a suggestion
    added: list[IkiDraft] = []  # the mandatory IKI asked for beside the lines
    dropped_saved: list[int] = []  # the draft's places of lines dropped after they were saved
    replaced_saved = {a.line: at for a in acts if a.kind == REPLACE and a.line
                      and (at := _draft_place(state, listed, a.line)) is not None}
    for act in acts:
        if act.kind == MANDATORY:
            if not any(is_mandatory(iki) for iki in state.skp.iki):
                added.append(mandatory_iki())
            continue
        item = listed[act.line - 1]
        if act.kind == WALK:
            shown += list_walk.start(state, detail) or []
        elif act.kind == DETAIL:
            part = detail(state, str(act.line))
            details.append((act.line, part, list(state.candidates)))
            shown += part
        elif act.kind == RESTORE:
            listed[act.line - 1] = item.model_copy(update={"dropped": False})
            said.append(f"Baris {act.line} «{short(item.text)}» tidak jadi dibuang." if item.dropped else
                        f"Baris {act.line} «{short(item.text)}» tidak sedang dibuang.")
        elif act.kind == DROP:
            listed[act.line - 1] = item.model_copy(update={"dropped": True})
            saved.pop(act.line, None)
            at = _draft_place(state, listed, act.line)
            if at is not None and at not in replaced_saved.values():  # saved before: out of the draft too (d12-epi01)
                dropped_saved.append(at)
                said.append(f"Baris {act.line} «{short(item.text)}» dibuang dari daftar dan dari draf.")
            else:
                said.append(f"Baris {act.line} «{short(item.text)}» dibuang: tidak masuk draf.")
        elif act.kind == USE:
            state.candidates = []  # a line with nothing to offer leaves another line's suggestions on screen
            detail(state, str(act.line))
            candidates, state.candidates = state.candidates, []
            if not candidates and act.keep:  # «simpan semua» (d7-dosen-poltekkes01: the line was dropped, and «/ubah
                saved[act.line] = list_drafts.written(listed, [act.line])[0]  # 1» then changed another IKI)
                as_typed.add(act.line)
                said.append(f"Baris {act.line}: belum ada usulan IKI hasil untuk baris ini{_untranslated(item.text)}, "
                            "jadi saya simpan seperti ditulis agar tidak hilang; IKI itu belum lolos aturan (lihat "
                            "/skp). Ganti kalimatnya dengan «/ubah NOMOR teks …» (nomornya di /skp), misalnya dengan "
                            "kata ukuran dan hasil kerjanya: «Persentase …».")
                continue
            # «no 1 pake usulan» with none named takes the first, the best ranked (showing them all for a pick cost
            # blind day-one users IKI that never reached the draft), the others still a «Rincian» away
            act = replace(act, pick=act.pick or 1)
            if not 1 <= act.pick <= len(candidates):
                said.append(f"Baris {act.line}: " + (f"usulannya hanya {len(candidates)}; pilih nomor 1–{len(candidates)}."
                            if candidates else f"belum ada usulan IKI hasil untuk baris ini{_untranslated(item.text)}; "
                            f"tulis rumusan Anda, misalnya «no {act.line} ganti Persentase …»."))
                continue
            chosen = candidates[act.pick - 1]
            # the line's own target goes along when it fits the suggestion's measure («System uptime SIMRS 99%» in
            # Indonesian keeps its 99%)
            kept = _kept_target(item, chosen.indikator, chosen.satuan)
            listed[act.line - 1] = ListedIki(text=chosen.indikator, target=kept, jenis=item.jenis, rhk=item.rhk)
            saved[act.line] = IkiDraft(indikator=chosen.indikator, satuan=chosen.satuan or None, jenis=item.jenis,
                                       rhk=item.rhk)
            if kept:
                draft_save.set_target(saved[act.line], typed_target(kept))
            said.append(f"Baris {act.line} memakai usulan {act.pick}: «{chosen.indikator}»"
                        + (f", target {kept}." if kept else "."))
        elif act.kind == REPLACE and _mandatory_words(act.text):
            # «no 5 ganti ip asn»: the mandatory IKI as the guidance writes it, Core MI, never «Ip ASN»
            typed = fields_in(act.text)
            saved[act.line] = mandatory_iki(typed.target.text if typed.target else None)
            listed[act.line - 1] = ListedIki(text=saved[act.line].indikator, target=saved[act.line].target,
                                             jenis=saved[act.line].jenis, rhk=item.rhk)
            said.append(f"Baris {act.line} diganti: «{saved[act.line].indikator}», jenis "
                        f"{saved[act.line].jenis.label}; lolos aturan.")
        elif act.kind == REPLACE:
            typed = fields_in(act.text) if act.text else None
            # «ganti jd waktu tunggu hasil aja, ≤ 3 jam»: the talk closing the new words is no part of the IKI
            text = _capitalised(without_tail(typed.indikator)[0]) if typed else item.text
            target = typed.target.text if typed and typed.target else _kept_target(item, text)
            jenis = act.jenis or (typed.jenis if typed else None) or item.jenis
            listed[act.line - 1] = ListedIki(text=text, target=target, jenis=jenis, rhk=item.rhk)
            verdict = check_iki(IkiDraft(indikator=text, target=target))
            error = next((f for f in verdict.findings if f.severity is Severity.error), None)
            # a line that fails is said back as typed: its reading may be half translated («Persentase of …», issue 16)
            what = f"diganti: «{text if error else verdict.read_as or text}»" if typed else f"tetap «{short(text)}»"
            kind = f", jenis {jenis.label}" if jenis else ""
            if error:
                said.append(f"Baris {act.line} {what}{kind}; belum lolos aturan, jadi belum saya simpan: "
                            f"{error.message}")
                continue
            saved[act.line] = IkiDraft(indikator=verdict.read_as or text, target=target or verdict.target_read,
                                       jenis=jenis, rhk=item.rhk)
            said.append(f"Baris {act.line} {what}{kind}; lolos aturan.")
        elif act.kind == SAVE:
            if act.rest and item.dropped:
                continue
            chosen, failing = list_drafts.picked_drafts(listed, list_picks.Picked([act.line]))
            if failing and not act.rest:
                said.append(f"Baris {act.line} belum lolos aturan, jadi tidak saya simpan (lihat «Rincian {act.line}»).")
            saved.update(dict(chosen))
    for line in [n for n in saved if n in replaced_saved]:  # a line saved before: its IKI in the draft takes the new
        state.skp.iki[replaced_saved[line]] = saved.pop(line)  # words in its place, no second IKI
    if added:
        said.append(f"IKI wajib «{added[0].indikator}» ditambahkan, jenis {added[0].jenis.label}.")
    # a line whose suggestions are shown for a pick waits for it, never saved as typed beside the others
    completed = {n: d for n, d in _completed(state, acts, saved).items() if n not in {n for n, _, _ in details}}
    if completed:
        saved.update(completed)
        said.append(f"Tidak ada lagi baris yang perlu diubah, jadi baris yang lolos ({_joined(sorted(completed))}) "
                    "ikut saya simpan ke draf.")
    # what is left of the list: the lines that pass not in the draft, those still refused (unless details are shown)
    if said and not shown and not details:
        drafted = {iki.indikator.lower() for iki in state.skp.iki} | {d.indikator.lower() for d in saved.values()}
        rest = list_summary.left_out(listed, drafted, kept_said=False)
        said += [rest.text] if rest else []
        buttons = rest.buttons if rest else []
    else:
        buttons = []
    onward, offer = list_walk.onward(state, detail) if state.walk and any(a.kind in FIXING for a in acts) \
        and not details else ([], {})
    if details:  # several lines looked at together: the first one's picks on screen, the others waiting
        shown = list_walk.first_of(state, details, detail)
        offer = {name: getattr(state, name) for name in list_walk.OFFER}  # (kept across the save below)
    replies = ([Reply("\n".join(said), buttons)] if said else []) + shown + onward
    if dropped_saved:
        replies += skp_drop.drop_many(state, dropped_saved)
    if not saved and not added:
        return replies
    lines = sorted(saved)
    replies += draft_save.save_many(state, [saved[n] for n in lines] + added, lines, last=frozenset(as_typed))
    if state.last_save is not None and state.last_save.texts == [iki.indikator for iki in state.skp.iki]:
        # «urungkan» next takes back the whole message: the lines it threw out too (tester59 F25)
        state.last_save.dropped = [a.line for a in acts if a.kind == DROP and listed[a.line - 1].dropped]
    list_walk.restore(state, offer)  # (the save cleared the next line's suggestions)
    return replies


def _draft_place(state: UserState, listed: list[ListedIki], line: int) -> int | None:
    """Where list line `line` stands in the draft, as typed or in the form it was saved in («… alat yg terbit» saved
    «… alat yang terbit»: «no 3 apus aja» said it was dropped while it stayed in the draft); None when not saved."""
    item = listed[line - 1]
    forms = {item.text.lower(), list_drafts.written(listed, [line])[0].indikator.lower(),
             *(d.indikator.lower() for d in list_drafts.passing_drafts([item]))}
    return next((n for n, iki in enumerate(state.skp.iki) if iki.indikator.lower() in forms), None)
