"""Lines of the last pasted list a message picks to save: by number («yg no 7, 12, 18 sama 25 masukin», «2 sama 4
masukin, 90 dan 95»), by their words, place, letter or measure word, the passing ones («masukin yg lolos aja») or all
(«simpan semua»), with the targets it gives them; never a question about a line, nor an IKI in the user's own words."""

import re
from dataclasses import dataclass, field

from bot import knowledge
from bot.conversation.answers import accepts_wording, fields_in, measure_class, read_answer, without_tail
from bot.conversation.iki_list import distinct, lines_checked
from bot.conversation.line_targets import _targets
from bot.conversation.several_picks import all_as_pick
from bot.conversation.state import ListedIki
from bot.lang.refs import ONE, named_source, numbers_source
from bot.lang.text import PhraseSet, alternation, phrase_set, question_sentences, tokens
from bot.lang.values import Number, numbers_in
from bot.models import IkiDraft, Jenis
from bot.rules import check_iki


@dataclass(frozen=True)
class Picked:
    """Lines of the last list a message names, and the targets it gives them."""

    lines: list[int]  # 1-based
    targets: dict[int, Number] = field(default_factory=dict)
    rewritten: dict[int, str] = field(default_factory=dict)  # «NSPK jg simpan tp ganti jd Persentase …»: its new words
    every: bool = False  # «simpan semua»: the whole list, as the button «Simpan semua N IKI seperti ditulis»
    jenis: dict[int, Jenis] = field(default_factory=dict)  # «simpan yg post test, target 80, tusi 25»: its jenis
    weights: dict[int, Number] = field(default_factory=dict)  # … and the weight after it
    # «MoU: 80%, TUSI, 25. policy brief: 3 dokumen, …»: lines given their fields one sentence each, measured by their
    # target's unit when they lack only the measure word (`list_drafts.measured_by_target`)
    measured: frozenset[int] = frozenset()
    # «95, 90, 90, 100» for a list of four whose line 3 is in the draft already: the values typed for lines not saved
    # now, by their place (a line in the draft takes it as its target, a failing line keeps it for its draft)
    placed: dict[int, Number] = field(default_factory=dict)


@knowledge.cached
def _refs() -> tuple[re.Pattern, PhraseSet]:
    data = knowledge.data("conversation")
    named = named_source(data["list_refs"], [*data["number_joins"], "-"])  # «no 2-4» too
    return re.compile(named, re.IGNORECASE), PhraseSet(data["list_add"])


def names_lines(text: str) -> bool:
    """The message names lines of a list by number after a word for one («no 3», «yg no 2 sama 4»)."""
    return bool(_refs()[0].search(text))


def _refused(words: list[str], add: PhraseSet) -> bool:
    """«no 26 IP ASN ga usah dimasukin»: every word that adds lines is said after a not-now word, so the message
    keeps the lines out (it was read as a pick and line 26 saved)."""
    not_now = phrase_set("conversation", "not_now")
    adds = [i for i in range(len(words)) if add.match_at(words, i)]
    return bool(adds) and all(any(not_now.match_at(words, j) for j in range(max(0, i - 3), i)) for i in adds)


@knowledge.cached
def _leading() -> re.Pattern:
    """Line numbers opening the message right before a word that adds them («2 sama 4 masukin, 90 dan 95»), or
    right after it («simpan 2 dan 5», «oke simpan yg 2 dan 3»: a `pick_leads` word first, a line pointer between;
    not a count of IKI, «simpan 2 IKI yang lolos»)."""
    data = knowledge.data("conversation")
    add = "|".join(re.escape(w) for w in data["list_add"])
    lead = "|".join(re.escape(w) for w in data["pick_leads"])
    pointer = "|".join(re.escape(w) for w in data["line_pointers"])
    numbers = numbers_source(data["number_joins"])
    return re.compile(rf"^\s*(?:(?:{lead})\b[\s,.!]*)?(?:({numbers})\s*,?\s*(?:{add})\b"
                      rf"|(?:{add})\s+(?:(?:{pointer})\s+)?({numbers})\b(?!\s*(?:iki|baris|%)))", re.IGNORECASE)


@knowledge.cached
def _only() -> re.Pattern:
    """Several line numbers after a line pointer, then a word keeping only them («ok yg 1, 2, 5, 6 aja. sisanya tugas
    rutin»: conversation.yaml pick_only), the numbers its group: a pick with no word that adds; one number is a value
    («90 aja»)."""
    data = knowledge.data("conversation")
    lead = alternation(data["pick_leads"])
    pointer = alternation([*data["line_pointers"], *data["list_refs"]])
    several = rf"{ONE}(?:\s*(?:{alternation(data['number_joins'])})\s*{ONE})+"
    only = alternation(data["pick_only"])
    return re.compile(rf"^\s*(?:(?:{lead})\b[\s,.!]*)?(?:{pointer})\s*\.?\s*({several})\s*(?:{only})\b", re.IGNORECASE)


def asks_whether(text: str) -> bool:
    """«emang ga boleh pake jumlah laporan ya?»: a question opening with a yes-no word (search.yaml answers.yesno
    opens), or ending in a clause asking leave («yg realisasi anggaran itu IKI pimpinan, saya boleh pake?»,
    conversation.yaml list_permission_asks), asks about a line; it never picks one to save though it holds a word
    that adds («pake»)."""
    from bot.retrieval.normalize import search_config

    words = tokens(text)
    last = tokens(re.split(r"[,;.]", text.rstrip(" ?.!"))[-1])  # «…, saya boleh pake?»: the clause that asks
    asking = set(knowledge.data("conversation")["list_permission_asks"])
    return "?" in text and bool(words) and (words[0] in search_config()["answers"]["yesno"]["opens"]
                                            or bool(asking & set(last)))


def written_out(text: str, listed: list[ListedIki]) -> str | None:
    """«yg persentase hasil foto thorax selesai < 3 jam itu aja, simpan»: an IKI of the user's own words, a number
    inside it (not its target) that no line of the list holds, so it names no line whose words it shares: that IKI,
    the talk around it off (d6-radiografer01: line 1 was picked for «foto thorax», «3 jam» lost); else None."""
    from bot.conversation.typed_work import new_iki_in

    iki = new_iki_in(without_tail(text)[0])
    if not iki or not measure_class(iki):  # «no 18 simpan jg, target 2» names line 18, no IKI of her own
        return None
    inside = numbers_in(fields_in(iki).indikator)
    held = {n.value for item in listed for n in numbers_in(item.text)}
    return iki if inside and any(n.value not in held for n in inside) else None


def picked(text: str, listed: list[ListedIki], bare: bool = False) -> Picked | None:
    """«yg no 7, 12, 18 sama 25 dr list tadi masukin», «yg SPM tepat waktu sama IKPA masukin, target 98% sama 95»:
    the lines named, by number or by their words (with a word that asks to add them), and their targets: «7 itu 95%»
    pairs, else the other numbers in order, one per line. bare: a line named by its words with a value and a jenis
    needs no word that adds (`_named_with_jenis`; only where no other reading of the message came first)."""
    pattern, add = _refs()
    replaced = _REPLACED.search(text)
    if replaced and measure_class(replaced.group(1)) and listed:  # «NSPK jg simpan tp ganti jd Persentase … 100%»
        found = picked(text[: replaced.start()], listed)
        if found is None or len(found.lines) != 1:
            return None
        return Picked(found.lines, {}, {found.lines[0]: replaced.group(1).strip()})
    _, colon, after = text.partition(":")
    if colon and measure_class(after):  # «tambah 1 lg: Persentase …, 85»: one more IKI, not line 1
        return None
    if measure_class(text) and not pattern.search(text):  # an IKI written out («… laik pakai …»), no line named
        return None
    if written_out(text, listed):  # «yg persentase hasil foto thorax selesai < 3 jam itu aja, simpan»: her own
        return None
    accepted = accepts_wording(text)  # «ok your wording» under the list: the lines as the bot wrote them
    only = _only().search(text)
    if only and listed:  # «ok yg 1, 2, 5 aja»: those lines, no word that adds needed
        lines = [int(n) for n in re.findall(r"\d+", only.group(1)) if 1 <= int(n) <= len(listed)]
        return Picked(list(dict.fromkeys(lines))) if lines else None
    if not listed or not (add.find(tokens(text)) or accepted or bare and _named_with_jenis(text, listed)) \
            or _refused(tokens(text), add) or asks_whether(text):
        return None
    if takes_every(text):  # «simpan semua»: every line (never line 20 for holding the word «semua»)
        return Picked(list(range(1, len(listed) + 1)), every=True)
    found = list(pattern.finditer(text)) or list(_leading().finditer(text))
    # the numbers' group: the only one of `pattern`, the one that matched of `_leading` (before or after the word)
    lines = [int(n) for m in found for n in re.findall(r"\d+", m.group(m.lastindex)) if 1 <= int(n) <= len(listed)]
    taken = [(m.start(m.lastindex), m.end(m.lastindex)) for m in found]
    if not lines:  # «simpan semua yg lolos»: never the line holding the word «lolos» (tester16b #4)
        lines, taken = _named_by_words(_without_passing_words(text), listed)
    if len(lines) < 2 and numbers_in(text):  # «yg realisasi anggaran 96% sm yg rekomendasi BPK 95% simpan»
        each, _ = _named_by_words(text, listed, whole=True)
        if len(each) >= 2 and len(each) > len(lines):  # several names, each with its own target
            lines, taken = each, []
    if not lines:
        lines = named_by_ordinal(text, len(listed))  # «yg terakhir simpan»
    if not lines:
        lines = _named_by_letters(text, len(listed))  # "b sama e masukin": a lettered list
    if not lines:
        lines = _named_by_measure(text, listed)  # «ambil yg persentase aja»: the lines measured so
    marked = any(mark in text for mark in knowledge.data("conversation")["list_good_marks"])
    passing = phrase_set("conversation", "list_passing").find(tokens(text))
    good = (phrase_set("conversation", "list_good").find(tokens(text)) or marked) and not passing and not accepted
    if not lines and (good or passing or accepted):  # "masukin yg lolos aja"
        # «pilihin yg bagus»: only the lines passed with nothing to say (✓), not those passed with a note (!)
        lines = [i + 1 for i, line in enumerate(lines_checked(listed)) if line.mark == "✓" or (line.mark == "!" and not good)]
    if not lines and takes_all(text):  # «simpan semua», «masukin semuanya»: each line once, none thrown out
        lines = distinct(listed)  # (d6-arsiparis01: a line removed by /buang was saved again)
    if not lines:
        return None
    values = [n for n in numbers_in(text) if not any(a <= n.start < b for a, b in taken)]
    lines = list(dict.fromkeys(lines))
    each = _clauses(text, listed)
    if len(each) >= 2 and set(each) >= set(lines):  # «policy brief: 3 dokumen, TUSI, 25. MoU: 80%, TUSI, 25»
        return Picked(list(each), {n: t for n, (t, _, _) in each.items() if t is not None},
                      jenis={n: j for n, (_, j, _) in each.items() if j is not None},
                      weights={n: w for n, (_, _, w) in each.items() if w is not None}, measured=frozenset(each))
    jenis, weight = _jenis_beside(text, values) if len(lines) == 1 else (None, None)
    if weight is not None:  # the weight is no target: the last value typed, right after the jenis
        values = values[:-1]
    return Picked(lines, _targets(text, lines, values), jenis={lines[0]: jenis} if jenis else {},
                  weights={lines[0]: weight} if weight is not None else {})


def _jenis_beside(text: str, values: list[Number]) -> tuple[Jenis | None, Number | None]:
    """The jenis and the weight typed at the end of a message picking one line («…, target 80, tusi 25»), read as
    the fields after an IKI are (`fields_in`); the weight only when it is the last value typed and a share (d15-xxx05:
    «tusi 25» was lost, the line saved with its target alone); «…: 100% tiap triwulan, TUSI, 20», a value before the
    jenis and one after it: the one after is the weight."""
    typed = fields_in(text)
    weight = typed.bobot if typed.jenis is not None and typed.bobot is not None else \
        typed.target if typed.jenis is not None and typed.target is not None and len(values) >= 2 else None
    if weight is None or not values or values[-1].value != weight.value or not 0 < weight.value <= 100:
        return typed.jenis, None
    return typed.jenis, weight


_CLAUSE_END = re.compile(r"(?<=[.;])\s+|\n")


def _clauses(text: str, listed: list[ListedIki]) -> dict[int, tuple[Number | None, Jenis | None, Number | None]]:
    """«policy brief: 3 dokumen, TUSI, 25. MoU: 80%, TUSI, 25»: sentences each naming one line by its words before
    its values, with its target, jenis and weight: {line: (target, jenis, weight)}; a sentence naming no line left
    out, {} when one names several or one named before (d15-xxx03: every value went to the lines in order)."""
    found: dict[int, tuple[Number | None, Jenis | None, Number | None]] = {}
    for clause in filter(None, (part.strip() for part in _CLAUSE_END.split(text))):
        values = numbers_in(clause)
        if not values:
            continue
        named, _ = _named_by_words(clause.partition(":")[0] if ":" in clause else clause, listed)
        if not named:  # a line the list never read («translating documents», not checked): no line's values
            continue
        if len(named) != 1 or named[0] in found:
            return {}
        jenis, weight = _jenis_beside(clause, values)
        targets = values[:-1] if weight is not None else values
        found[named[0]] = (targets[0] if targets else None, jenis, weight)
    return found


def _named_with_jenis(text: str, listed: list[ListedIki]) -> bool:
    """«post test gatau sih biasanya 80an lah, tusi 25»: no word that adds, yet one line named by two of its words at
    least, given a value and a jenis: its fields, so the line is saved with them (d15-xxx05: read as work to draft)."""
    if fields_in(text).jenis is None or len(numbers_in(text)) < 1:
        return False
    each = _clauses(text, listed)
    if len(each) >= 2 and all(jenis is not None for _, jenis, _ in each.values()):  # one sentence per line
        return True
    return len(_named_by_words(text, listed, least=MIN_NAMING_WORDS)[0]) == 1


def waiting_targets(text: str, listed: list[ListedIki], drafted: set[str]) -> Picked | None:
    """«95, 80, 85» under a pasted list whose passing lines are not in the draft yet, one value for each: those lines,
    with those targets in order (d10-ktm06: «Saya belum bisa membaca pesan itu», or held for PRIMA's step 4). None
    when the values are not all the message says, or their count is not the count of those lines. drafted: the
    draft's IKI, lower-cased."""
    found = _values_for_waiting(text, listed, drafted)
    if found is None:
        return None
    bare, waiting, numbers = found[2], found[0], found[1]
    if len(numbers) == len(waiting):
        return Picked(waiting, _targets(bare, waiting, numbers))
    return _by_place(listed, waiting, numbers)


def _by_place(listed: list[ListedIki], waiting: list[int], numbers: list[Number]) -> Picked | None:
    """«95, 90, 90, 100» under a list of four lines, one of them in the draft already or failing: one value for each
    line of the list, in its order, so each value is the target of the line at its place (d20-dev07: «Nilai yang Anda
    tulis ada 4 … belum ada yang saya simpan» after line 3 was saved in new words); None for another count."""
    if len(numbers) != len(listed) or any(item.dropped for item in listed) or len(distinct(listed)) != len(listed):
        return None
    return Picked(waiting, {n: numbers[n - 1] for n in waiting},
                  placed={n: numbers[n - 1] for n in range(1, len(listed) + 1) if n not in waiting})


def waiting_count_off(text: str, listed: list[ListedIki], drafted: set[str]) -> str:
    """«95, 80» (or «95, 80, 85, 90») for three passing lines not in the draft: which value is whose cannot be told,
    so none is saved and that is said, with the lines waiting; "" when the message is no such values."""
    found = _values_for_waiting(text, listed, drafted)
    if found is None or len(found[1]) == len(found[0]) or _by_place(listed, found[0], found[1]):
        return ""
    waiting, numbers = found[0], found[1]
    lines = ", ".join(str(n) for n in waiting[:-1]) + f" dan {waiting[-1]}"
    example = ", ".join(str(95 - 5 * n) for n in range(len(waiting)))
    return (f"Nilai yang Anda tulis ada {len(numbers)}, sedangkan baris yang lolos dan belum masuk draf ada "
            f"{len(waiting)} (nomor {lines}), jadi belum ada yang saya simpan: saya tidak bisa memastikan nilai mana "
            f"untuk baris mana. Tulis satu target untuk setiap baris itu, berurutan, misalnya «{example}».")


def _values_for_waiting(text: str, listed: list[ListedIki], drafted: set[str]) -> tuple[list[int], list[Number],
                                                                                         str] | None:
    """The passing lines of the list not in the draft (two or more) and the values the message holds, nothing else
    but words of values in order («target 95, 80, 85 urut ya»), with the text of the values; None otherwise."""
    from bot.conversation.list_summary import waiting_lines
    from bot.conversation.targets_ahead import values_in_order, without_closing_words

    leads = knowledge.data("conversation")["draft_targets"]["leads"]  # «target 95, 80, 85»: the word read past
    bare = re.sub(rf"^\s*(?:{'|'.join(map(re.escape, leads))})\b\s*:?", "", without_closing_words(text),
                  flags=re.IGNORECASE)
    if not listed or not values_in_order(bare):
        return None
    waiting = waiting_lines(listed, drafted)
    return (waiting, numbers_in(bare), bare) if len(waiting) >= 2 else None


_REPLACED = re.compile(r"\b(?:ganti|diganti|ubah|diubah|ganti(?:nya)?)\s+(?:jd|jadi|menjadi|dgn|dengan)\s+(.+)$",
                       re.IGNORECASE)


def named_by_ordinal(text: str, count: int) -> list[int]:
    """«yg terakhir», «yang kedua»: an ordinal word (not a number word: «yg dua» may be two of them) right after
    a word pointing at an option (conversation.yaml selecting: «yg», «ambil»), naming a line by its place (-1 the
    last)."""
    data = knowledge.data("conversation")
    words = tokens(text)
    for i, word in enumerate(words[:-1]):
        if word not in data["selecting"]:
            continue
        for phrase, place in data["ordinals"].items():
            said = tokens(phrase)
            if words[i + 1: i + 1 + len(said)] == said and not numbers_in(phrase):
                line = count if place == -1 else place
                return [line] if 1 <= line <= count else []
    return []


def instructions(text: str, listed: list[ListedIki]) -> Picked | None:
    """Several sentences, each naming lines of the last list to save («yg terakhir simpan. NSPK jg simpan tp ganti
    jd Persentase … 100%»): one pick of them all; None unless every sentence is one."""
    parts = [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part]
    if len(parts) < 2:
        return None
    picks = [picked(part, listed) for part in parts]
    if not all(picks):
        return None
    lines = list(dict.fromkeys(n for pick in picks for n in pick.lines))
    return Picked(lines, {k: v for pick in picks for k, v in pick.targets.items()},
                  {k: v for pick in picks for k, v in pick.rewritten.items()},
                  jenis={k: v for pick in picks for k, v in pick.jenis.items()},
                  weights={k: v for pick in picks for k, v in pick.weights.items()})


def takes_all(text: str) -> bool:
    """«yaudah yg 3 itu masukin semua», «simpan semua»: a short message adding every suggestion or line just shown,
    «semua» said as a pick (several_picks.all_as_pick), never in a question or an IKI."""
    words = tokens(text)
    found = phrase_set("conversation", "list_all").find(words)
    return len(words) <= 8 and bool(_refs()[1].find(words)) and bool(found) and not _all_of_jenis(words, *found) \
        and all_as_pick(text)


def _all_of_jenis(words: list[str], start: int, phrase: tuple[str, ...]) -> bool:
    """«tambah ip asn juga, semua tusi kecuali itu»: the «all» word beside a jenis word (draft_weights jenis_words)
    speaks of the draft's jenis, never of every line of the list (d6-arsiparis01: the list saved again)."""
    jenis = {w for p in knowledge.data("conversation")["draft_weights"]["jenis_words"] for w in tokens(p)}
    return any(0 <= i < len(words) and words[i] in jenis for i in (start - 1, start + len(phrase)))


def takes_every(text: str) -> bool:
    """«simpan semua», «masukin semuanya ke draf aja»: a message that takes all and names nothing else (no number, no
    words of a line: «simpan semua yg persentase» names some)."""
    if not takes_all(text) or numbers_in(text):
        return False
    data = knowledge.data("conversation")
    allowed = {w for key in ("list_add", "list_all", "list_all_only", "pick_words") for p in data[key] for w in tokens(p)}
    return all(w in allowed for w in tokens(text))


def count_said(text: str) -> int | None:
    """«yaudah yg 3 itu masukin semua»: how many the user believes are on screen (one bare whole number), or None."""
    bare = [n for n in numbers_in(text) if n.unit is None and float(n.value).is_integer()]
    return int(bare[0].value) if len(bare) == 1 and len(numbers_in(text)) == 1 else None


def _without_passing_words(text: str) -> str:
    """The text with the words of list_passing («lolos») blanked, its length kept: they ask for the passing lines,
    and never name a line by its words."""
    words = {w for phrase in knowledge.data("conversation")["list_passing"] for w in tokens(phrase)}
    return re.sub(r"\w+", lambda m: " " * len(m.group()) if m.group().lower() in words else m.group(), text)


def _named_by_letters(text: str, count: int) -> list[int]:
    """Single letters joined by «sama», «dan», «,» («b sama e»): the places of a lettered list."""
    head = text[: numbers_in(text)[0].start] if numbers_in(text) else text
    letters = [w for w in tokens(head) if len(w) == 1 and w.isalpha()]
    lines = [ord(w) - ord("a") + 1 for w in letters]
    return lines if len(letters) >= 1 and all(1 <= n <= count for n in lines) and len(set(letters)) == len(letters) \
        and re.search(r"\b[a-j]\b\s*(?:,|sama|sm|dan|&|\+)\s*\b[a-j]\b", head, re.IGNORECASE) else []


def _named_by_measure(text: str, listed: list[ListedIki]) -> list[int]:
    """«ambil yg persentase aja», «yang jumlah jangan»: a message naming one measure word and no other list words
    picks the lines that open with it."""
    from bot.rules.lexicon import lexicon

    words = tokens(text)
    measures = lexicon().measures
    named = {tuple(found) for i in range(len(words)) if (found := measures.match_at(words, i))}
    if len(named) != 1:
        return []
    measure = list(named.pop())
    opening = [tokens(_LIST_NUMBER_AT.sub("", item.text))[: len(measure)] for item in listed]
    lines = [i + 1 for i, head in enumerate(opening) if head == measure]
    # «yg persentase kendaraan dinas siap pakai aja»: words of other lines («kendaraan dinas» of line 3) name an IKI
    # of their own, written out, not the lines that open with «persentase»
    vocabulary = {w for item in listed for w in tokens(item.text)} - set(measure)
    theirs = {w for n in lines for w in tokens(listed[n - 1].text)}
    return lines if {w for w in words if w in vocabulary and len(w) > 2} <= theirs else []


_LIST_NUMBER_AT = re.compile(r"^\s*(?:\d{1,2}|[a-zA-Z])\s*[.)]\s+")


MIN_NAMING_WORDS = 2  # «pemeliharaan alat»: a question names a line by two of its words at least, not by «alat»


def _named_by_words(text: str, listed: list[ListedIki], least: int = 1, whole: bool = False,
                    among: frozenset[int] | None = None) -> tuple[list[int], list[tuple[int, int]]]:
    """Lines named by their words: each part of the text before its numbers (cut at «sama», «dan», «,») whose words
    found in the list (at least `least` of them) are all in one line, and in one line only. `whole`: the parts of
    the whole text, each name followed by its own target («yg realisasi anggaran 96% sm yg rekomendasi BPK 95%»).
    among: the only lines (0-based) that may be meant, when the question is about some kind of line."""
    from bot.retrieval.normalize import stopwords

    words_of = [set(tokens(check_iki(IkiDraft(indikator=item.text)).read_as or item.text)) for item in listed]
    known = set().union(*words_of) - set(stopwords())
    head = text[: numbers_in(text)[0].start] if numbers_in(text) and not whole else text
    lines = []
    # other work is told as an addition («mau tambahin …», «masukin jg program …»); a question or a defence naming a
    # line is about it («policy brief itu … masa dianggap aktivitas?», «door to balloon itu istilah baku …»)
    conversation = knowledge.data("conversation")
    adding = not text.rstrip().endswith("?") \
        and bool(set(tokens(text)) & (set(conversation["list_add"]) | set(conversation["added_lead"]["words"])))
    for part in re.split(r"\s*(?:,|\bsama\b|\bsm\b|\bdan\b|&|\+)\s*", head):
        words = {w for w in tokens(part) if w in known and len(w) > 2 and not w.isdigit()}
        if adding and _other_work(part, words, known):
            continue
        matches = [i for i, line_words in enumerate(words_of) if len(words) >= least and words <= line_words
                   and (among is None or i in among)]
        if len(matches) == 1 and matches[0] + 1 not in lines:
            lines.append(matches[0] + 1)
    return lines, [(0, len(head))]


def _other_work(part: str, words: set[str], known: set[str]) -> bool:
    """«sy jg mau tambah inovasi bikin video edukasi … pasien pasca stroke»: a part holding more words of its own
    than of the list names other work that shares the list's domain words (pasien, stroke), never a line of it
    (tester55 F2: read as line 5 and said «Sudah ada di draf»). Words that add or point at lines and stopwords aside
    (conversation.yaml `list_add`, `list_own_words_most`)."""
    from bot.retrieval.normalize import stopwords

    # only the sentence naming the line: «ok. sisanya kegiatan semua kan? kasih usulan buat yg menyusun laporan …»
    # asks about the list first, then points at its line (d2-kt04)
    part = max(question_sentences(part), key=lambda said: len(words & set(tokens(said))), default=part)
    add = set(knowledge.data("conversation")["list_add"]) | set(knowledge.data("conversation")["list_pointer_words"])
    own = {w for w in tokens(part) if w not in known and len(w) > 3 and not w.isdigit()} - set(stopwords()) - add
    return len(own) > max(len(words), knowledge.data("conversation")["list_own_words_most"])


def own_iki(text: str, listed: list[ListedIki]) -> bool:
    """«Persentase pasien dg PONV yg ditangani sesuai protokol, 90%» under a list holding «Persentase pasien pre-op
    …»: an IKI written out from its measure word with more words of its own than of the list's (`_other_work`) is an
    IKI of its own, never a line whose few words it shares (d23-dev08: line 1 took its 90%, the IKI lost)."""
    from bot.conversation.typed_work import new_iki_in
    from bot.retrieval.normalize import stopwords

    # «waktu tunggu maksudnya paling lama 30 menit» opens with a measure word and puts a line right: no IKI of its own
    if not measure_class(text) or not new_iki_in(text):
        return False
    known = set().union(*(tokens(check_iki(IkiDraft(indikator=item.text)).read_as or item.text)
                          for item in listed)) - set(stopwords())
    words = {w for w in tokens(text) if w in known and len(w) > 2 and not w.isdigit()}
    return _other_work(text, words, known)


def lines_named(text: str, listed: list[ListedIki], among: frozenset[int] | None = None) -> list[int]:
    """Lines of the last list a message names by their words, each part («yg sterilisasi, media, piket dll») naming
    one line only, of `among` (0-based) when given (1-based)."""
    return _named_by_words(text, listed, whole=True, among=among)[0] if listed else []


def bare_line(text: str) -> int | None:
    """«3», «#3»: a line of the last list named by its number alone; None otherwise."""
    digits = text.strip().lstrip("#")
    return int(digits) if digits.isdigit() else None


MAX_LABEL_WORDS = 1  # «akurasi 95», «targetnya: SPM 90»: one word before the value labels it, as a list of pairs does


def _labelled(clause: str) -> bool:
    """«akurasi 95», «targetnya: JPL 20 jam»: a clause that is a label and its value, the label one word once a
    field's name is set aside (conversation.yaml `fields` `target`); a line holding that word alone is named by it
    (d19-dev08: «akurasi 95, …, SPM 90» named no line, two words were asked)."""
    values = numbers_in(clause)
    words = tokens(clause[: values[0].start]) if values else []
    field = phrase_set("conversation", "fields", "target")
    while words and field.match_at(words, 0):
        words = words[len(field.match_at(words, 0)):]
    return 0 < len(words) <= MAX_LABEL_WORDS


def _clause_target(clause: str) -> Number | None:
    """The one target a clause gives: its one value, or among several the one a target word names, a slip put right
    after it taking its place («targetnya 90 eh 92», «… 80 ya kak, eh salah bukan 80 tp 85»: `answers.read_answer`)
    and a data awal named beside it left out («targetnya 87,5% aja soalnya baseline kita 82»); None otherwise."""
    values = numbers_in(clause)
    if len(values) == 1:
        return values[0]
    return read_answer(clause).named.get("target") if values else None


def waiting_named_targets(text: str, listed: list[ListedIki], waiting: set[int]) -> tuple[Picked, str] | None:
    """«target stok aman sembilan puluh persen», «suhu cold chain 85%, distribusi tepat waktu 95», «yg data lengkap
    85%. yg rekomendasi 70»: the clauses naming one waiting line each (1-based, passing and not in the draft) by two of
    its words at least, or by one after a line pointer («yg rekomendasi»), each with one value: those lines with
    those targets; the other clauses given back to be read as before (d18-dev04: the value went to the asked IKI's
    data awal, the named line never drafted). None when no clause names such a line."""
    from bot.conversation.several_picks import named_clauses

    lines: list[int] = []
    targets: dict[int, Number] = {}
    rest: list[str] = []
    pointers = set(knowledge.data("conversation")["line_pointers"])
    live = frozenset(i for i, item in enumerate(listed) if not item.dropped)  # «1, 5 buang»: named by none
    for clause in named_clauses(text):
        value = _clause_target(clause)
        if value and own_iki(clause, listed):
            rest.append(clause)
            continue
        named = _named_by_words(clause, listed, least=MIN_NAMING_WORDS, among=live)[0] if value else []
        if not named and value and (tokens(clause)[:1] and tokens(clause)[0] in pointers or _labelled(clause)):
            named = _named_by_words(clause, listed, among=live)[0]
        if len(named) == 1 and named[0] in waiting and named[0] not in targets:
            lines.append(named[0])
            targets[named[0]] = value
        else:
            rest.append(clause)
    return (Picked(lines, targets), ", ".join(rest)) if lines else None
