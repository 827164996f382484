"""A typed answer to the field the chat asked, read as people write it: the number (digits or words, a guess such as
«70an»), the field a number is named for («target 80, baseline thn lalu 72»), a jenis («TUSI jg»), whether it
corrects the last answer («eh salah, 20 aja») or says the user does not know. Words: knowledge/conversation.yaml."""

import re
from dataclasses import dataclass, field, replace

from bot import knowledge
from bot.knowledge import policy
from bot.lang.text import PhraseSet, alternation, phrase_set, tokens
from bot.lang.thesaurus import thesaurus
from bot.lang.values import Number, is_year, numbers_in, share_in
from bot.models import Aspek, IkiDraft, Jenis
from bot.rules.measures import aspek_of
from bot.rules.skp_rules import is_mandatory


def corrections() -> list[str]:
    """The words of an answer putting right the last one (conversation.yaml corrections, with taking_back
    `not_after_all`: «ga jadi deh 90 aja»)."""
    return knowledge.taking_back("not_after_all") + knowledge.data("conversation")["corrections"]


@knowledge.cached
def _config() -> dict:
    data = knowledge.data("conversation")
    return {
        "corrections": PhraseSet(corrections()),
        "one_of": phrase_set("self_correction", "one_of"),
        "unsure": phrase_set("conversation", "unsure"),
        "suggestion": phrase_set("conversation", "take_suggestion"),
        "rest": phrase_set("conversation", "take_rest"),
        "leave": phrase_set("conversation", "leave_choice"),
        "own": phrase_set("conversation", "own_choice"),
        "request": phrase_set("conversation", "iki_request"),
        "fields": {name: PhraseSet(words) for name, words in data["fields"].items()},
        "jenis": {Jenis(name): PhraseSet(words) for name, words in data["jenis"].items()},
        "jenis_refused": PhraseSet(data["jenis_refused"] + data["not_now"]),
        "jenis_bridges": frozenset(data["jenis_refused_bridges"]),
    }


@dataclass(frozen=True)
class Answer:
    numbers: list[Number]
    named: dict[str, Number] = field(default_factory=dict)  # field → the number written right after its word
    jenis: Jenis | None = None
    correction: bool = False
    unsure: bool = False
    takes_suggestion: bool = False  # "ikut saran aja": what the bot suggested
    takes_rest: bool = False  # "sisanya aja" (a weight): what is left, as suggested

    def value_for(self, name: str) -> Number | None:
        """The number for this field: the one named for it, else the first one named for no field."""
        if name in self.named:
            return self.named[name]
        taken = {id(n) for n in self.named.values()}
        return next((n for n in self.numbers if id(n) not in taken), None)


MAX_SUGGESTIONS = 9  # «usulan 1» … «usulan 9»: a place in a short list of suggestions, not a value


def picks_by_number(text: str) -> bool:
    """«Pakai usulan 1», «usulan 2 aja»: a suggestion picked by its number (typed, or a stale button's label sent as
    text), which is never a target, a data awal or a weight."""
    data = knowledge.data("conversation")
    words = tokens(text)
    digits = [w for w in words if w.isdigit()]
    nouns = set(data["suggestion_nouns"])
    return len(digits) == 1 and 1 <= int(digits[0]) <= MAX_SUGGESTIONS and bool(nouns & set(words)) \
        and set(words) - {digits[0]} <= nouns | set(data["pick_words"])


def suggestion_named(text: str) -> int | None:
    """«usulan 2», «pakai usulan no 2, target 90»: the number right after a suggestion noun (`suggestion_nouns`, pick
    words between them), a place among suggestions, never a target or a weight; None when none is."""
    data = knowledge.data("conversation")
    words, nouns, between = tokens(text), set(data["suggestion_nouns"]), set(data["pick_words"])
    for i, word in enumerate(words):
        if word in nouns:
            rest = words[i + 1:]
            while rest and rest[0] in between and not rest[0].isdigit():
                rest = rest[1:]
            if rest and rest[0].isdigit() and 1 <= int(rest[0]) <= MAX_SUGGESTIONS:
                return int(rest[0])
    return None


def place_named(text: str, count: int) -> int | None:
    """«yg no 2 aja», «no 1», «nomor 2», «usulan 1» under `count` suggestions: the one named by its number (1-based),
    the message holding nothing but that number and words that pick (conversation.yaml `pick_words`, `list_refs`,
    `suggestion_nouns`); None otherwise (tester21b #6: «yg 1» was «Saya perlu kalimat IKI», «usulan 1» an IKI)."""
    data = knowledge.data("conversation")
    words = tokens(text)
    digits = [w for w in words if w.isdigit()]
    if len(digits) != 1 or not 1 <= int(digits[0]) <= count or len(words) < 2:
        return None
    picking = set(data["pick_words"]) | set(data["list_refs"]) | set(data["suggestion_nouns"])
    return int(digits[0]) if set(words) - {digits[0]} <= picking else None


_LIST_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.)]\s+(?=[^\W\d_])")  # «4. Nilai IP ASN 85»: a line's number in a list


MAX_REST_WORDS = 4  # «ya sisanya aja deh»: the rest taken, not a sentence about what is left («kok sisanya 0 …»)


def read_answer(text: str, named: str = "") -> Answer:
    """The numbers typed and the fields they are for; `named` is the IKI asked about, whose counted noun phrase a unit
    may be («12 berita acara»)."""
    config = _config()
    numbers = [] if picks_by_number(text) else numbers_in(text, named)
    listed = _LIST_NUMBER.match(text)
    if listed:  # a list's number is never a field's value
        numbers = [n for n in numbers if n.start >= listed.end()]
    numbers = [n for n in numbers if not _row_number(text, n)]
    numbers = _shares(text, named, numbers, listed.end() if listed else 0)
    words = tokens(text)
    named: dict[str, Number] = {}
    previous_end = 0
    for number in numbers:
        # The words between the previous number and this one: "… baseline thn lalu sekitar 60an" names baseline.
        before = tokens(text[previous_end:number.start])
        previous_end = number.end
        for name, phrases in config["fields"].items():
            if name not in named and phrases.find(before[-4:]):
                named[name] = number
                break
    for name, number in list(named.items()):  # «target 80 eh 90 eh 85 final»: the last value restated is the target
        named[name] = _restated(text, numbers, number, taken=set(named.values()))
    jenis = next((j for j, phrases in config["jenis"].items() if _said_unrefused(phrases, words)), None)
    correction = any(config["corrections"].match_at(words, i) and not config["one_of"].match_at(words, i)
                     for i in range(len(words)))  # «salah satu …» names one of several, never a correction
    return Answer(numbers, named, jenis, correction=correction,
                  unsure=bool(config["unsure"].find(words)) and not numbers,
                  takes_suggestion=bool(config["suggestion"].find(words)) and not numbers,
                  takes_rest=bool(config["rest"].find(words)) and not numbers and len(words) <= MAX_REST_WORDS)


def _row_number(text: str, number: Number) -> bool:
    """Whether `number` is a line's number, written right after a word naming a row («target no 2: 0,85», «nomor 3
    = 90%»; conversation.yaml list_refs): a place, never a field's value."""
    before = text[:number.start].rstrip().rstrip(".").rstrip()
    words = tokens(before)
    return bool(words) and before[-len(words[-1]):].lower() == words[-1] \
        and words[-1] in knowledge.data("conversation")["list_refs"]


def _shares(text: str, named: str, numbers: list[Number], start: int) -> list[Number]:
    """For a Persentase (`named` its IKI), a part of a whole typed, «12 dari 15 desa», «3/4», «setengah», is one value:
    that percentage, in the place of the numbers it is written with (tester57 F5: «12 dari 15 desa» was 12%). Other
    measures keep the numbers as typed («12 dari 15 desa» for «Jumlah desa …» counts 12)."""
    numbers = [_proportion(text, n) if named and measure_class(named) == "percent" else n for n in numbers]
    share = None if picks_by_number(text) else _share(text, named)
    if share is None or share.start < start:
        return numbers
    kept = [n for n in numbers if n.end <= share.start or n.start >= share.end]
    return sorted(kept + [share], key=lambda n: n.start)


def _proportion(text: str, number: Number) -> Number:
    """The number as typed in `text`, a proportion read as its percentage (as_percentage) when written «0,85»."""
    typed = text[number.start:number.end].strip()
    return as_percentage(number, typed) if typed.startswith(("0,", "0.")) else number


def as_percentage(number: Number, typed: str = "") -> Number:
    """«0,85» with no unit and no bound for a Persentase: a proportion written as a decimal below one, read as that
    percentage (85%); «0,5%» (unit typed), «maks 0,5» (a ceiling) and whole numbers stay as written."""
    if number.unit is not None or number.bound or not 0 < number.value < 1:
        return number
    return replace(number, value=round(number.value * 100, 1), unit="%", share_of=typed or number.text)


def one_share(text: str, named: str) -> bool:
    """Whether every number typed is part of one fraction read as the percentage of the Persentase `named` («3/4»,
    «12 dari 15 desa»): one value for the IKI asked, never values in order for the IKI waiting."""
    share = _share(text, named)
    return share is not None and all(share.start <= n.start < share.end for n in numbers_in(text, named))


def _share(text: str, named: str) -> Number | None:
    """The fraction typed for the Persentase `named` as its percentage (values.share_in); None for another measure,
    and for «90/95», which may be two targets in order: a part joined by «/» is a fraction only when no Persentase
    target is written so low («3/4», «12/15»; conversation.yaml unlikely_values target_below)."""
    share = share_in(text) if named and measure_class(named) == "percent" else None
    if share is None:
        return None
    parts = numbers_in(share.share_of)
    slashed = "/" in share.share_of and len(parts) == 2
    low = knowledge.data("conversation")["unlikely_values"]["target_below"]
    return share if not slashed or parts[0].value < low else None


def leaves_choice(text: str) -> bool:
    """«kamu aja yg tentuin targetnya», «you decide»: the value asked handed to the assistant, no number given; never
    «nanti sy tentukan» (the user decides it)."""
    config = _config()
    words = tokens(text)
    found = config["leave"].find(words)
    if found is None or numbers_in(text):
        return False
    return not any(w in config["own"] for w in words[max(0, found[0] - 2):found[0]])


def _said_unrefused(phrases: PhraseSet, words: list[str]) -> bool:
    """Whether a phrase of `phrases` stands in the words not refused: no refusing word right before it, bridges aside
    («ga usah beyond», «ga usah pake beyond» name no jenis; «ga usah ganti, tusi aja» names TUSI)."""
    refused, bridges = _config()["jenis_refused"], _config()["jenis_bridges"]
    i = 0
    while i < len(words):
        phrase = phrases.match_at(words, i)
        if phrase:
            start = i
            while start > 0 and words[start - 1] in bridges:
                start -= 1
            if not any((refusal := refused.match_at(words, j)) and j + len(refusal) == start for j in range(start)):
                return True
            i += len(phrase) - 1  # «bukan core cl»: its «cl» is the same jenis, refused with it
        i += 1
    return False


def _restated(text: str, numbers: list[Number], number: Number, taken: set[Number]) -> Number:
    """The value that replaces `number` in the same message: each next number joined to it only by restating words,
    one of them a whole restating phrase («80 eh 90 eh 85», «90, salah, 95»; conversation.yaml restates) and named for
    no other field (`taken`); `number` itself when none does."""
    phrases = phrase_set("conversation", "restates")
    words = frozenset(w for phrase in knowledge.data("conversation")["restates"] for w in tokens(phrase))
    bridges = frozenset(knowledge.data("conversation")["restate_bridges"])  # «80 ya kak, eh salah bukan 80 tp 85»
    at, restating = numbers.index(number), False
    for following in numbers[at + 1:]:
        between = tokens(text[number.end:following.start])
        restating = restating or bool(phrases.find(between))  # «bukan 80 tp 85»: the «bukan» before the 80 holds
        if following in taken or not between or not set(between) <= words | bridges or not restating:
            break
        number = following
    return number


def value_range(text: str) -> tuple[Number, Number] | None:
    """«80-90%», «80 sampai 90 persen», «antara 80 dan 90»: two values joined as the ends of a range (conversation.yaml
    pick_range, or «antara … dan …»), the lower first, a unit on one end only or the same on both; None otherwise. A
    field takes one value: the range is asked about, never cut silently to its first end (tester59 F12)."""
    numbers = numbers_in(text)
    if len(numbers) != 2:
        return None
    low, high = numbers
    between = text[low.end:high.start].strip()
    joins = set(knowledge.data("conversation")["pick_range"]) | {"–", "—"}
    before = tokens(text[: low.start])
    joined = between in joins or " ".join(tokens(between)) in joins \
        or (bool(before) and before[-1] == "antara" and tokens(between) == ["dan"])
    units = {low.unit, high.unit} - {None}
    if not joined or len(units) > 1 or not low.value < high.value:
        return None
    return (replace(low, unit=high.unit) if low.unit is None else low), high


def restated_value(text: str) -> bool:
    """«eh maksudnya 85%», «bukan, 85 persen mksdnya»: one value and around it only words putting the last one right
    (one of them a whole restating phrase, conversation.yaml restates) and talk to the listener (restate_bridges): the
    answer to a value asked back («0,85%?»), never a question nor a line of work (tester59 F3). No question mark."""
    numbers = numbers_in(text)
    if len(numbers) != 1 or "?" in text:
        return False
    around = tokens(text[: numbers[0].start] + " " + text[numbers[0].end:])
    words = frozenset(w for phrase in knowledge.data("conversation")["restates"] for w in tokens(phrase))
    bridges = frozenset(knowledge.data("conversation")["restate_bridges"])
    percent = frozenset(w for word in knowledge.data("numbers")["percent"] for w in tokens(word))  # «85 persen ya»
    return bool(phrase_set("conversation", "restates").find(around)) and set(around) <= words | bridges | percent


MAX_ACCEPT_WORDS = 6  # «ok your wording», «pake yg kakak aja»: a short yes to what the bot wrote


def accepts_wording(text: str) -> bool:
    """«ok your wording», «pake yg kakak aja»: a short message taking what the bot wrote or offered (a target named
    with it, «…, target 98», does not make it long)."""
    named = {w for phrase in knowledge.data("conversation")["fields"]["target"] for w in tokens(phrase)}  # «…, target 98»
    words = [w for w in tokens(text) if not w.isdigit() and w not in named]
    return len(words) <= MAX_ACCEPT_WORDS \
        and phrase_set("conversation", "typed_press", "accepts").find(words) is not None


def skips_field(text: str) -> bool:
    """Whether the whole message passes over the field asked («ugh whatever, skip aja bagian ini», «lewat aja», «nanti
    aja», «gatau»): a skip word and, beside it, only words pointing at the question, a mood or filler; no number, no
    question (conversation.yaml skip_field_beside)."""
    words = tokens(text)
    if not words or "?" in text or numbers_in(text):
        return False
    skips, beside = _skipping()
    at, found = 0, False
    while at < len(words):
        phrase = skips.match_at(words, at)
        if phrase:
            at, found = at + len(phrase), True
        elif words[at] in beside:
            at += 1
        else:
            return False
    return found


@knowledge.cached
def _skipping() -> tuple[PhraseSet, frozenset[str]]:
    data = knowledge.data("conversation")
    refusing = set(knowledge.taking_back("refusing"))  # «jangan» alone is a no, never a skip
    skips = [w for w in ["lewati", *data["label_words"]["lewati"], *data["not_now"], *data["unsure"]] if w not in refusing]
    beside = data["skip_field_beside"] + data["typed_press"]["label_filler"] + knowledge.data("intent")["filler"]
    return PhraseSet(skips), frozenset(w for phrase in beside for w in tokens(phrase))


def says_no_baseline(text: str) -> bool:
    """«Belum ada data awal», «baseline gatau»: the data awal not known (the data awal question's button label, typed
    at another question), with no number."""
    answer = read_answer(text)
    return answer.unsure and bool(_config()["fields"]["baseline"].find(tokens(text)))


def jenis_named(text: str) -> Jenis | None:
    """A jenis typed as a word ("tusi", "core mi", "beyond"), or None."""
    return read_answer(text).jenis


@dataclass(frozen=True)
class Typed:
    """An IKI typed with its fields in one message («…, target 90%, TUSI, bobot 50»; «1) … ; 80%»)."""

    indikator: str
    target: Number | None = None
    baseline: Number | None = None
    jenis: Jenis | None = None
    bobot: Number | None = None

    @property
    def has_fields(self) -> bool:
        return any(v is not None for v in (self.target, self.baseline, self.jenis, self.bobot))


_SEPARATOR = re.compile(r"\s*(?:[;|]|,(?!\d)|(?<!\d),)\s*|\s+[:–—-]\s+|\s*:\s+(?=[\d±~])")  # «3,5» is one number


@knowledge.cached
def _field_word() -> re.Pattern:
    """Where a field written after the IKI starts: «target», «bobot», «baseline» before its number, in digits or in
    words («… memuaskan target seratus persen», «… LHU target tujuh hari kerja»: the words were kept in the IKI
    and its RHK, the target left empty), maybe after a bound («target kurang dari lima persen»)."""
    words = "|".join(re.escape(w) for w in sorted(knowledge.data("numbers")["words"], key=len, reverse=True))
    bound = "|".join(r"\s+".join(map(re.escape, b.split())) for b in _bound_words() if b[:1].isalpha())
    bound = rf"(?:{bound})\s+"
    return re.compile(rf"\s+(?=(?:target|targetnya|bobot|bobotnya|baseline)\b\s*:?\s*(?:{bound})?"
                      rf"(?:[\d±~<>≤≥]|(?:{words})\b))", re.IGNORECASE)


_BARE_PERCENT = re.compile(r"\s+(\d[\d.,]*\s*%)\s*$")
_BARE_NUMBER = re.compile(r"\s+(\d[\d.,]*)\s*$")
_SIGNED = re.compile(r"\s*(?:<=|>=|[<>≤≥])\s*(\d[\d.,]*\s*%?)\s*$")  # a final number with its sign before it


def _is_percentage(text: str) -> bool:
    """A Persentase IKI, whose bare last number (0–100) can only be its target."""
    return measure_class(text) == "percent"


def measure_class(text: str) -> str | None:
    """percent | count | score | other for the measure the IKI opens with; None without one."""
    from bot.rules.draft_reading import read
    from bot.rules.lexicon import lexicon

    words = tokens(read(text).text)
    measure = lexicon().measures.match_at(words, 0) if words else None
    return lexicon().measure_class.get(tuple(measure)) if measure else None


def unlikely_value(current: IkiDraft, field: str, number: Number) -> str | None:
    """Why a number the measure would hardly take is asked back before it is stored (never refused): «low» — a bare
    «12» as the target of a Persentase that should rise, «2» as the data awal of a 92% target; «unit» — a data awal
    in another unit («24 sertifikat» for a Persentase); «above» — a data awal past the target of a measure that
    should rise (95 for target 80). Limits: knowledge/conversation.yaml unlikely_values. None when it is likely."""
    from bot.lang.numbers import parse_target
    from bot.rules.analysis import implied_satuan
    from bot.rules.measures import direction, needs_baseline

    if field not in ("target", "baseline"):
        return None
    percent = (current.satuan or implied_satuan(current)) == "%"
    if number.unit not in (None, "%"):
        return "unit" if field == "baseline" and percent else None
    if direction(current) != "≥":
        return None
    target = parse_target(current.target) if field == "baseline" and current.target else None
    if target is not None and needs_baseline(current) and number.value > target.value:
        return "above"
    if number.unit is not None or not percent:
        return None
    limits = knowledge.data("conversation")["unlikely_values"]
    if field == "target":
        return "low" if number.value < limits["target_below"] else None
    return "low" if target is not None and number.value < target.value * limits["baseline_share"] else None


_TARGET_WORD = re.compile(r"\btarget(?:nya)?\b\s*:?\s*", re.IGNORECASE)


def measured_target(text: str) -> tuple[str, Number] | None:
    """«…, targetnya indeks 3,5», «target nilai 80»: the measure word the user names with the target (its phrase as
    the lexicon writes it) and the number; None when the target has no measure word before it."""
    from bot.rules.lexicon import lexicon

    number = read_answer(text).named.get("target")
    found = _TARGET_WORD.search(text)
    if number is None or found is None or number.start < found.end():
        return None
    words = tokens(text[found.end():number.start])
    measure = lexicon().measures.match_at(words, 0) if words else None
    if measure is None or len(words) != len(measure):
        return None
    return " ".join(measure), number


@knowledge.cached
def _field_noise() -> frozenset[str]:
    """Words a segment of fields may hold besides its numbers: the field and jenis words, and chat filler."""
    data = knowledge.data("conversation")
    words = {w for group in (*data["fields"].values(), *data["jenis"].values()) for p in group for w in tokens(p)}
    numbers = knowledge.data("numbers")
    return frozenset(words | set(numbers["not_units"]) | set(numbers["percent"]) | set(numbers["words"])
                     | set(numbers["scales"]) | {numbers["teen"]} | {"core", "jenis", "persen", "ipasn"})


_DASHED_TARGET = re.compile(r"^\s*\d[\d.,]*\s*[^\W\d_]+(?:[\s/][^\W\d_]+)?\s*$")


@knowledge.cached
def _one_word_fields() -> frozenset[str]:
    return frozenset(p for group in knowledge.data("conversation")["fields"].values() for p in group if " " not in p)


def _field_words_retyped(text: str) -> str:
    """«…, targeet 1 dashboard», «bobott 20»: a field word typed with a letter doubled is that word, so its segment is
    read as the field, never kept in the IKI (d21-dev01 saved «…, targeet» and asked which spelling)."""
    def retyped(match: re.Match) -> str:
        word = match.group(0)
        once = re.sub(r"(.)\1+", r"\1", word.lower())
        return once if word.lower() not in _one_word_fields() and once in _one_word_fields() else word

    return re.sub(r"[^\W\d_]+", retyped, text)


def _field_segment(segment: str, dashed: bool = False, named: str = "") -> Answer | None:
    """The segment read as fields when it holds nothing else (a number, a field word, a jenis), else None.
    dashed: it follows « - » at the end of a listed IKI, where a number and its unit of one or two words is the
    target ("… - 5 hari kerja", "… - 12 apps"). named: the IKI before it, whose counted noun phrase a unit may be."""
    answer = read_answer(segment, named)
    if not answer.numbers and answer.jenis is None:
        return None
    if dashed and len(answer.numbers) == 1 and _DASHED_TARGET.match(segment) and not answer.named:
        unit = re.sub(r"^\s*\d[\d.,]*\s*", "", segment).strip()
        return replace(answer, numbers=[replace(answer.numbers[0], unit=unit)])
    named_target = _named_target(segment, answer)
    if named_target is not None:  # «target kurang dari lima persen», «target 7 hari kerja»
        return named_target
    units = {w for n in answer.numbers if n.unit and n.unit != "%" for w in tokens(n.unit)}
    # "10 kab/kota": the unit read is "kab"; the word it is slashed to belongs to it
    units |= {w for pair in re.findall(r"(\w+)\s*/\s*(\w+)", segment) if set(pair) & units for w in pair}
    rest = [w for w in tokens(segment) if w not in _field_noise() and not w.isdigit() and w not in units
            and not w.rstrip("an").isdigit()]
    return answer if not rest else None


def fields_only(segment: str) -> bool:
    """«TUSI», «25», «bobot 10»: the segment holds fields and nothing else (no words of an IKI or of work)."""
    return _field_segment(segment) is not None


def clause_fields(clause: str) -> Typed | None:
    """«yg TTU 85 TUSI 25», «yg rekon 100%»: the words naming an IKI and the fields typed after them (a bare number
    last is its target); None when no field is typed."""
    typed = fields_in(clause)
    split = value_at_end(typed.indikator) if typed.target is None else None
    if typed.has_fields:  # «lapkeu 1 laporan tusi 20»: the count before the jenis is the target
        return replace(typed, indikator=split[0], target=typed_target(split[1])) if split and tokens(split[0]) \
            else typed
    split = value_at_end(clause)
    return Typed(indikator=split[0], target=typed_target(split[1])) if split and tokens(split[0]) else None


def _named_target(segment: str, answer: Answer) -> Answer | None:
    """«target kurang dari lima persen», «target 7 hari kerja»: one number after the word «target» and its bound
    (numbers.yaml bounds, kept on the number), with one more word closing its unit («hari kerja»); None otherwise
    (the segment is read word by word, as before: a bound or a unit's second word refused it whole)."""
    target = answer.named.get("target")
    if target is None or len(answer.numbers) != 1 or answer.jenis is not None:
        return None
    bounds = {w for phrase in _bound_words() for w in tokens(phrase)}
    before = [w for w in tokens(segment[: target.start]) if w not in _field_noise() and w not in bounds]
    tail = tokens(segment[target.end:])
    if before or len(tail) > 1 or any(ch.isdigit() for w in tail for ch in w) or (tail and not target.unit):
        return None
    unit = f"{target.unit} {tail[0]}" if tail else target.unit
    number = replace(target, unit=unit)
    return replace(answer, numbers=[number], named={**answer.named, "target": number})


@knowledge.cached
def _jenis_tail() -> re.Pattern:
    """Where fields typed without separators start at the end of an IKI: «… kontrak 80 TUSI 20», «… 100% CL 15»:
    before the jenis (with the weight after it), and before a number right in front of that jenis (the target)."""
    names = sorted({p for group in knowledge.data("conversation")["jenis"].values() for p in group}, key=len,
                   reverse=True)
    jenis = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    number = r"\d[\d.,]*\s*%?"
    # A number on either side, so a word such as «mi» closing an IKI («… olahan mi») is no jenis.
    # A name of two words («Core TUSI») is no word of an IKI: it ends one after any word («… 20 orang core tusi»).
    spelled = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names if len(name.split()) > 1)
    return re.compile(rf"\s+(?={number}\s+(?:{jenis})(?:\s+{number})?\s*$)"
                      rf"|(?<=[\d%])\s+(?=(?:{jenis})(?:\s+{number})?\s*$)"
                      rf"|(?<!core)\s+(?=(?:{jenis})\s+{number}\s*$)"  # not inside «Core TUSI 30»
                      rf"|\s+(?=(?:{spelled})(?:\s+{number})?\s*$)", re.IGNORECASE)


def fields_in(text: str) -> Typed:
    """The IKI text with the fields written after it taken off: segments at the end (after «,», «;», « : ») that hold
    only a target, a jenis, a weight or a data awal; a jenis followed by a number gives the weight («TUSI 25»), and a
    number right before it the target («… kontrak 80 TUSI 20»)."""
    text = _field_words_retyped(text)
    parts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(text)]
    parts += [(m.start(), m.end()) for m in _field_word().finditer(text)]
    parts += [(m.start(), m.end()) for m in _jenis_tail().finditer(text)]
    cuts = sorted(set(parts))
    found: dict[str, object] = {}
    end = len(text)
    segments = []  # the field segments, last first
    dashes: list[bool] = []  # … and whether a dash cut each off
    for start, stop in reversed(cuts):
        if stop > end:  # a cut inside one already taken (", " and the space before "target")
            continue
        segment = text[stop:end]
        answer = _field_segment(segment, dashed=end == len(text) and text[start:stop].strip() in "-–—",
                                named=text[:start])
        if answer is None or start == 0:
            break
        segments.append(answer)
        dashes.append(bool(text[start:stop].strip()) and text[start:stop].strip() in "-–—")
        for name in ("target", "baseline", "bobot"):
            if name in answer.named:
                found.setdefault(name, answer.named[name])
        end = start
    # A bare number is the target unless one came before it, then the weight, as typed: «…, target 60%, tusi, 30»
    # and «…, 80, tusi, 30» are target, jenis, weight (d8-psikolog01: read from the end, 30 became the target)
    # A bare number dashed off right after a jenis alone is its weight, as «TUSI 30» is: «… - TUSI - 30», «… 20 jam -
    # MI - 5» (d19-dev04: 30 and 5 became the targets); «…, TUSI, 90» keeps its target
    after_jenis = False
    for answer, dash in zip(reversed(segments), reversed(dashes)):
        unnamed = [n for n in answer.numbers if all(n is not v for v in answer.named.values())]
        if "target" in found or answer.jenis is not None:  # a weight past the ceiling is none: «target 60% dr 3.500»
            unnamed = [n for n in unnamed if n.value <= policy().weights.ceiling]  # (d23-dev04: 3500 as bobot)
        if answer.jenis is not None:
            found.setdefault("jenis", answer.jenis)
            if unnamed:
                found.setdefault("bobot", unnamed[0])
        elif unnamed and after_jenis and dash and "bobot" not in found:
            found["bobot"] = unnamed[0]
        elif unnamed:
            found.setdefault("target", unnamed[0]) if "target" not in found else found.setdefault("bobot", unnamed[0])
        after_jenis = answer.jenis is not None and not unnamed
    if end < len(text):
        # Fields cut off the end bring others to the new end: «… 95% core tusi bobot 40» once «bobot 40» is off ends
        # in «95% core tusi», read as the end of a line is (tester21a #2: it stayed in the IKI)
        inner = fields_in(text[:end])
        for name in ("target", "baseline", "jenis", "bobot"):
            if getattr(inner, name) is not None:
                found.setdefault(name, getattr(inner, name))
        end = len(inner.indikator)
        text = inner.indikator
    indikator = text[:end].strip(" ,;:|-–—")
    signed = _SIGNED.search(indikator) if "target" not in found else None
    if signed and (signed.group(1).endswith("%") or _is_percentage(indikator)):
        # «Persentase sampel ditolak < 2%»: the sign goes with its target («≤ 2%»), never left in the IKI
        found["target"] = replace(numbers_in(signed.group(0))[0], unit="%")
        indikator = indikator[: signed.start()].rstrip(" ,;:")
    bare = _BARE_PERCENT.search(indikator) or (_BARE_NUMBER.search(indikator) if _is_percentage(indikator) else None)
    if "target" not in found and bare and not _COMPARATOR.search(indikator[: bare.start()]) \
            and (bare.group(1).strip().endswith("%") or numbers_in(bare.group(1))[0].value <= 100
                 and not _names_day(indikator[: bare.start()])):
        number = numbers_in(bare.group(1))[0]  # "… saat diterima 90%", "Persentase … sesuai jadwal 95" (a percent)
        found["target"] = replace(number, unit="%")
        indikator = indikator[: bare.start()].rstrip(" ,;:")
    scored = _BARE_NUMBER.search(indikator) if "target" not in found and measure_class(indikator) is not None \
        and not _short_mandatory(indikator) else None  # «IP ASN 85» is read as the mandatory IKI
    if scored and len(indikator[: scored.start()].split()) >= 2 and not _COMPARATOR.search(indikator[: scored.start()]) \
            and not is_year(scored.group(1)) and not _names_by_number(indikator[: scored.start()]):
        # «Nilai SAKIP 2025» names a year; «Angka kejadian pasien jatuh … rawat inap 0»: the target, as «target 0» is
        found["target"] = numbers_in(scored.group(1))[0]  # «Nilai IKPA satker 95»: a score's last bare number
        indikator = indikator[: scored.start()].rstrip(" ,;:")
    counted = _COUNTED.search(indikator) if "target" not in found and measure_class(indikator) == "count" else None
    if counted and _counts_unit(counted.group(2), indikator[: counted.start()]) \
            and not _COMPARATOR.search(indikator[: counted.start()]):
        # «Jumlah sertifikat … terbit 120 sertifikat», «… 150 orang», «Jumlah berita acara … 12 berita acara»
        # the unit as typed, whole: it was just read as the counted thing («12 kab/kota», not «12 kab»); a unit
        # shortened as chat does spelled out («200 org» is 200 orang: tester54 F13)
        unit = _unit_spelled(counted.group(2))
        found["target"] = replace(numbers_in(counted.group(0), indikator[: counted.start()])[0], unit=unit)
        indikator = indikator[: counted.start()].rstrip(" ,;:")
    rated = _SCORED.search(indikator) if "target" not in found and measure_class(indikator) == "score" else None
    if rated and rated.group(2).lower() in _score_satuan() and not is_year(rated.group(1)) \
            and len(indikator[: rated.start()].split()) >= 2 and not _COMPARATOR.search(indikator[: rated.start()]):
        # «Nilai IKPA biro keuangan 95 nilai»: a score's target with its own satuan after it, read as «… 95» is
        # (its satuan is the measure's: analysis.implied_satuan), never left in the IKI (tester54 F19)
        found["target"] = numbers_in(rated.group(1))[0]
        indikator = indikator[: rated.start()].rstrip(" ,;:")
    worded = _worded_target(indikator) if "target" not in found else None
    if worded:  # «… terkalibrasi 100 persen», «Rata-rata waktu … ≤ 2 hari», «Persentase … ditolak maks 5 persen»
        indikator, found["target"] = worded
    return Typed(indikator, found.get("target"), found.get("baseline"), found.get("jenis"), found.get("bobot"))


def _short_mandatory(indikator: str) -> bool:
    """«IP ASN 85», «Nilai IP ASN 85»: the mandatory IKI named short, read whole by its own reader; its full name
    («Nilai Indeks Profesionalitas ASN 80», tester11 #2) ends in its target like any score."""
    return is_mandatory(IkiDraft(indikator=indikator)) and len(indikator.split()) <= MAX_MANDATORY_WORDS


def _worded_target(indikator: str) -> tuple[str, Number] | None:
    """A target written with its unit in words at the end of the IKI, its bound before it, when the unit is the one
    the IKI measures in: «persen» for a Persentase, a time unit for an IKI of time; the IKI without it and the
    target, else None (tester11 #2: «… 100 persen» stayed in the IKI and the target was empty)."""
    found = numbers_in(indikator)
    last = found[-1] if found else None
    if last is None or indikator[last.end:].strip() or len(indikator[: last.start].split()) < 2:
        return None
    before = indikator[: last.start].rstrip()
    # a time is the target of an IKI that measures time («Rata-rata waktu …»), never of a Persentase whose condition
    # it is («… yang dilayani dalam waktu 30 menit»)
    in_time = last.unit is not None and phrase_set("capaian", "time_units").match_at(tokens(last.unit), 0) is not None \
        and measure_class(indikator) == "other" and aspek_of(IkiDraft(indikator=before)) is Aspek.waktu
    bound = next((b for b in _bound_words() if before.lower().endswith(b) and
                  (len(before) == len(b) or not before[-len(b) - 1].isalnum())), "")
    # in a Persentase a bound in words says which units are counted («kab/kota yang mencapai IDL minimal 90%»)
    if not (last.unit == "%" and _is_percentage(indikator) and not any(c.isalpha() for c in bound) or in_time):
        return None
    return before[: len(before) - len(bound)].rstrip(" ,;:"), last


@knowledge.cached
def _bound_words() -> list[str]:
    """The words that bound a target (numbers.yaml `bounds`, «kurang dari», «maks», «≤» …), longest first: read by
    the field cut, a named target and a worded one alike."""
    return sorted((w.lower() for words in knowledge.data("numbers")["bounds"].values() for w in words), key=len,
                  reverse=True)


def _names_by_number(before: str) -> bool:
    """«… lantai», «… Permenkes nomor», «… COVID»: the word before a trailing number makes it part of a name."""
    words = tokens(before)
    return bool(words) and words[-1] in knowledge.data("numbers")["names_by_number"]


def _names_day(before: str) -> bool:
    """«… paling lambat tgl», «… pukul»: the word before a trailing number makes it a day or an hour."""
    words = tokens(before)
    return bool(words) and words[-1] in knowledge.data("numbers")["days_by_number"]


# «IP ASN», «Nilai IP ASN 85»: the mandatory IKI named short (a line naming it, not a sentence about it);
# «Nilai Indeks Profesionalitas ASN 80» is its full name
MAX_MANDATORY_WORDS = 4
_COUNTED = re.compile(r"\s+(\d[\d.,]*)\s+((?:[^\W\d_]+(?:/[^\W\d_]+)?\s+){0,5}[^\W\d_]+(?:/[^\W\d_]+)?)\s*$")


_SCORED = re.compile(r"\s+(\d[\d.,]*)\s+([^\W\d_]+)\s*$")  # «… 95 nilai»: a number and one word, ending the IKI


def _score_satuan() -> frozenset[str]:
    from bot.rules.lexicon import lexicon

    return lexicon().score_satuan


def _unit_spelled(unit: str) -> str:
    """A unit shortened as chat does, spelled out (numbers.yaml `unit_shorthand`: «org» → «orang»); else as typed."""
    return knowledge.data("numbers")["unit_shorthand"].get(unit.lower(), unit)


def _counts_unit(unit: str, before: str) -> bool:
    """Whether a count IKI's trailing «<number> <words>» is its target: the thing it counts, said again («Jumlah
    sertifikat … 120 sertifikat», «Jumlah berita acara … 12 berita acara»), or a satuan of people, things or times
    («150 orang», «12 kali», «200 org»), never a duration."""
    # said again in its own spelling or another of the thesaurus («… kabupaten/kota … 12 kab/kota»)
    words, said = thesaurus().canonical_tokens(tokens(_unit_spelled(unit))), thesaurus().canonical_tokens(tokens(before))
    if len(words) == 1 and words[0] in knowledge.data("numbers")["count_units"]:
        return True
    return any(said[k:k + len(words)] == words for k in range(len(said)))


_COMPARATOR = re.compile(r"\b(?:minimal|min|maksimal|maks|max|dibawah|di bawah|diatas|di atas|kurang dari|lebih dari|"
                         r"paling|sampai|hingga|sd|s\.d\.?|≥|≤|<|>)\s*$", re.IGNORECASE)


@knowledge.cached
def _tail() -> tuple[re.Pattern, re.Pattern]:
    data = knowledge.data("conversation")["iki_tail"]

    def at_end(words: list[str]) -> re.Pattern:
        return re.compile(r"(?:^|[\s,.;:!-]+)(?:" + alternation(words) + r")[\s,.;:!]*$", re.IGNORECASE)

    return at_end(data["save"]), at_end(data["filler"])


def without_tail(text: str) -> tuple[str, bool]:
    """«Persentase … < 3 jam itu aja, simpan»: the IKI without the talk after it (conversation.yaml `iki_tail`), and
    whether that talk asked to save it."""
    save, filler = _tail()
    rest, saving = text.strip(), False
    while True:
        match = save.search(rest) or filler.search(rest)
        if not match or not rest[: match.start()].strip():
            return rest, saving
        saving = saving or match.re is save
        rest = rest[: match.start()].rstrip(" ,.;:-")


def without_lead_in(text: str) -> str:
    """«yg kedua: Persentase …», «satu lagi: Jumlah …»: the IKI after a lead-in that ends in a colon (the words before
    it name no measure, the words after it start with one); «bikin IKI soal X»: X."""
    from bot.conversation.intent import add_lead_length
    from bot.rules.draft_reading import MAX_COLON_LEAD_WORDS, after_label, iki_after_colon, opens_with_measure
    from bot.year.entry_drafts import iki_judged

    judged = iki_judged(text)  # «mau bikin IKI '…' gmn menurutmu»: the IKI quoted
    if judged:
        return judged
    words = text.split()
    added = add_lead_length(tokens(text))
    if added and len(words) > added and len(tokens(" ".join(words[:added]))) == added:
        return " ".join(words[added:])  # «tambah persentase pemeliharaan preventif sesuai jadwal»: the IKI after it
    request = _config()["request"].match_at(tokens(text), 0)
    if request and len(words) >= len(request) + 2:  # "bikin IKI soal sampel yg keluar tepat waktu": the work after it
        return " ".join(words[len(request):])
    labelled = after_label(text)  # «sy perawat IGD. iki sy persentase …»: no colon after the label
    if labelled and len(labelled[0].split()) <= MAX_COLON_LEAD_WORDS and not opens_with_measure(labelled[0]):
        return labelled[1]
    head, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(head.split()) > MAX_COLON_LEAD_WORDS:
        return text
    if len(head.split()) <= 4 and set(tokens(head)) <= _lead_words() and len(tokens(rest)) >= 2:
        return rest.strip()  # «yg kedua: sampel yg diterima sesuai syarat»: the work after an ordinal
    return iki_after_colon(text) or text


@knowledge.cached
def _lead_words() -> frozenset[str]:
    data = knowledge.data("conversation")
    return frozenset(w for group in (data["ordinals"], data["pick_words"], data["lead_in"]) for p in group
                     for w in tokens(p))


def value_sentence(text: str) -> str:
    """The first sentence when only it holds a number: «eh salah, 90 aja. kadang reagen telat» answers with its
    first sentence, the rest is the reason. An IKI after it, in English too («4. Percentage of documents verified
    on time»), makes the number its list number: the whole text is returned, no value."""
    from bot.rules.language import opens_with_english_measure
    from bot.rules.lexicon import lexicon

    first, *rest = re.split(r"(?<=[.!?])\s+", text.strip())
    if not rest or any(numbers_in(part) or lexicon().measures.match_at(tokens(part), 0)
                       or opens_with_english_measure(part) for part in rest):
        return text  # several numbers, or an IKI after it: not one value
    return first


MAX_VALUE_WORDS = 4  # «target seratus persen», «ga jadi deh 90 aja»: a value with a few words around it
# «4. Dokumen yang diverifikasi …», «2) Number of …»: a list's number before a line's words, as a pasted line opens
# (its first word capitalised); «90. soalnya reagen telat» answers with a value and its reason
_LIST_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s+[A-Z]")


def target_and_weight(text: str) -> tuple[Number | None, Number | None]:
    """A target typed under suggestions, with the weight named beside it when there is one («target 80, bobot 10»:
    both for the suggestion picked; «98%» the target alone)."""
    number = typed_target(text)
    if number is not None or _LIST_NUMBER.match(text):
        return number, None
    answer = read_answer(value_sentence(text))
    if len(answer.numbers) != 2 or set(answer.named) != {"target", "bobot"}:
        return None, None
    return answer.named["target"], answer.named["bobot"]


def typed_target(text: str) -> Number | None:
    """The target in a message that is only a value with a few words around it («98%», «target seratus persen»,
    «gatau, mungkin 70an» as 70), None for anything else (a sentence, an IKI with its target, a list's number before
    a line)."""
    from bot.rules.lexicon import lexicon

    if _LIST_NUMBER.match(text):
        return None
    text = value_sentence(text)
    answer = read_answer(text)
    number = answer.value_for("target")
    if len(answer.numbers) != 1 or number is None:
        return None
    words = tokens(text[:number.start] + " " + text[number.end:])
    if len(words) > MAX_VALUE_WORDS or lexicon().measures.match_at(words, 0) or _asks_other(text, words):
        return None
    if tokens(number.unit or "") and set(tokens(number.unit)) <= _value_asks():  # «target 90 boleh?»: «boleh» is no unit
        return replace(number, unit=None)
    return number


@knowledge.cached
def value_leads() -> str:
    """«jadi», «menjadi», «dgn», «harusnya» …, or «:»: what may stand before a value typed as the new one
    (conversation.yaml edit_iki.to), as a regular expression's alternatives."""
    return alternation(knowledge.data("conversation")["edit_iki"]["to"]) + "|:"


@knowledge.cached
def _value_asks() -> frozenset[str]:
    asks = knowledge.data("conversation")["value_asks"] + knowledge.data("intent")["value_questions"]
    return frozenset(w for p in asks for w in tokens(p))


def _asks_other(text: str, words: list[str]) -> bool:
    """A question about something else than the value it holds («berapa gaji PNS golongan 3a?»): words beyond the
    field's and a proposal's («target 90 boleh?»). A question is never taken as an answer."""
    data = knowledge.data("intent")
    asking = "?" in text or (words and words[0] in data["value_questions"] + data["question_words"])
    allowed = _field_noise() | _value_asks()
    return bool(asking) and any(w not in allowed and not w.isdigit() for w in words)


def leading_value(text: str) -> Number | None:
    """«95 aja, 100 ketinggian» → 95: the one number of a first clause that answers (leads_with_value), the reason after
    it left out; None when the message does not lead with a value."""
    return typed_target(leading_clause(text)) if leads_with_value(text) else None


def leading_clause(text: str) -> str:
    """«85. tp jan-mar sampel bisa 3x lipat, targetnya gmn» → «85»: the first clause, up to a mark that ends it."""
    return re.split(r"[,.;:!?](?!\d)", text.strip(), maxsplit=1)[0]


def value_at_end(text: str) -> tuple[str, str] | None:
    """«yg pertama, 95», «usulan 2 target 90%», «first one, 95»: the words before a target typed last, and the target
    with the word naming it («target 90%»); None when the text does not end in a target."""
    found = numbers_in(text)
    if not found:
        return None
    head = text[:found[-1].start]
    words = tokens(head)
    named = _config()["fields"]["target"]
    for size in (2, 1):  # «… target 90%», «… tahun ini 90»: the naming words go with the value
        if len(words) >= size and named.match_at(words, len(words) - size) == tuple(words[-size:]):
            head = head[:re.search(r"(?:\S+\s*){%d}$" % size, head.rstrip()).start()]
            break
    value = text[len(head):]
    if typed_target(value) is None:
        return None
    return head.rstrip(" ,;:.-"), value.strip()


def leads_with_value(text: str) -> bool:
    """«iya 100, ini duit negara», «100, kita selalu lulus»: the first clause is one number with a few words around it
    (the rest is the reason), so the message answers the number the chat asked."""
    first = leading_clause(text)
    number = typed_target(first)
    if number is not None and text.strip().endswith("?") and len(tokens(first[:number.start])) > 1:
        return False  # «sy masih kurang 1 ga?» asks; «90 aja ya?», «iya 100?» still answer
    after = tokens(first[number.end:]) if number is not None else []
    if text.strip().endswith("?") and len(after) >= 2 \
            and after[0] in knowledge.data("conversation")["value_asked_about"]:
        return False  # «uptime 99.9 itu absolut ga?»: the number is asked about
    return number is not None and number.unit in (None, "%")  # «rapat 3 jam, …» is a line of work


def is_correction(text: str) -> bool:
    """«eh salah, 90% maksudnya», «ga jadi deh 90 aja»: a short message replacing the last answer with a number."""
    text = value_sentence(text)
    answer = read_answer(text)
    return answer.correction and len(answer.numbers) == 1 and len(tokens(text)) <= MAX_VALUE_WORDS + 2


def nothing_open(text: str) -> str | None:
    """What to say to a control phrase when nothing it acts on is open: «eh bentar, 90 aja» with no answer just given,
    «tetap simpan» with no weight refused. Never an IKI to check; None for anything else."""
    from bot.rules.weights import wants_to_keep

    numbers = read_answer(value_sentence(text)).numbers if is_correction(text) else []
    if numbers and measure_class(text) is None:
        value = numbers[0].text
        return (f"Belum ada isian yang baru Anda jawab, jadi {value} belum saya pasang ke mana pun. Untuk mengubah IKI "
                f"di draf, tulis misalnya /ubah 1 target {value} (nomornya ada di /skp).")
    answer = read_answer(text)
    if answer.correction and answer.jenis is not None and not answer.numbers and len(tokens(text)) <= MAX_VALUE_WORDS:
        label = answer.jenis.label  # «eh salah, CL» with no jenis just given: which IKI, never a suggestion taken
        return (f"Belum ada jenis yang baru Anda jawab, jadi {label} belum saya pasang ke mana pun. Untuk mengubah "
                f"jenis IKI di draf, tulis misalnya /ubah 1 jenis {label} (nomornya ada di /skp); untuk usulan di "
                "layar, pilih dulu usulannya.")
    if wants_to_keep(text) and not numbers_in(text) and len(tokens(text)) <= MAX_VALUE_WORDS:
        return ("Tidak ada bobot yang sedang saya tolak, jadi tidak ada yang perlu «tetap simpan». IKI yang sudah "
                "tersimpan ada di /skp; bobotnya diubah dengan /ubah NOMOR bobot ANGKA.")
    return None


MAX_FIELD_WORDS = 8  # «TUSI jg, bobot 45», «baseline? ga tau jg kak, blm pernah diitung»: an answer, not a sentence


def answers_a_field(text: str) -> bool:
    """«eh salah, 90 aja», «Core TUSI», «bobot 45», «baseline? ga tau»: a short message that answers one of an IKI's
    fields (a correction, a jenis, a named data awal or weight, not knowing), as if an IKI were being completed."""
    words = tokens(text)
    if is_correction(text):
        return True
    if len(words) > MAX_FIELD_WORDS:
        return False
    answer = read_answer(text)
    fields = _config()["fields"]
    # a field named with no value for it («bobotnya kebanyakan, bagi rata aja semua») answers nothing (tester20a #4)
    valued = bool(answer.numbers) or answer.takes_suggestion or answer.takes_rest
    return answer.jenis is not None or answer.unsure \
        or (valued and any(fields[name].find(words) for name in ("baseline", "bobot")))


def names_weight(text: str) -> bool:
    """«bobotnya kebanyakan, bagi rata aja»: the message talks about weights (conversation.yaml fields.bobot), which no
    description of work does."""
    return bool(_config()["fields"]["bobot"].find(tokens(text)))


def bare_number(text: str) -> Number | None:
    """«20», «20%», «dua puluh aja»: one number and nothing else (only the words a value is said with: «aja», «ya»,
    «boleh»); None for anything more (a pick «no 2», a field «bobot 20», a line of work «20 berkas diverifikasi»)."""
    answer = read_answer(text)
    if len(answer.numbers) != 1 or answer.named or answer.jenis is not None or answer.correction:
        return None
    number = answer.numbers[0]
    rest = tokens(text[:number.start] + " " + text[number.end:])
    return number if all(word in _value_asks() for word in rest) else None
