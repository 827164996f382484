"""Numbers as people type them in a chat answer: digits (67,5), words («seratus persen», «dua puluh lima»), guesses
(«70an», «mungkin 70», «sekitar 60»), and the words after the number that are its unit («3000 sampel», «12 berita
acara» when the IKI counts «berita acara») or are not («20 aja»). Words: knowledge/numbers.yaml."""

import re
from dataclasses import dataclass, field, replace

from bot import knowledge
from bot.lang.numbers import format_number, parse_number
from bot.lang.text import phrase_set, tokens

# A number with Indonesian separators and an optional "an" guess suffix ("70an", "90-an"); a word, where a trailing
# "2" repeats it ("kira2", "rapat2") rather than counting; a percent or "about" sign.
_TOKEN = re.compile(r"(?P<num>\d+(?:[.,]\d+)*)(?P<an>-?an(?:lah)?(?![^\W\d_]))?"
                    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)(?P<twice>2(?!\d))?|(?P<sym>[%±~≤≥]|[<>]=?)")
# «dua2nya», «tiga2nya» (both, all three): a number word written twice is no number (d19-dev04: IP ASN given target 2)


@dataclass(frozen=True)
class Number:
    value: float
    unit: str | None  # "%" for percent, else the word after the number as typed ("sampel"); None when there is none
    approximate: bool  # "70an", "mungkin 70": a guess the bot confirms before keeping
    start: int  # where it was written (characters), so callers can tell what came before it
    end: int
    # The words typed right after the unit, so the unit can take those that continue the IKI's counted noun phrase
    # once the IKI is known («12 berita acara» for «Jumlah berita acara …»): see widened().
    following: tuple["_Token", ...] = field(default=(), compare=False, repr=False)
    bound: str | None = None  # "≤" or "≥" when written before the number («<5%», «maks 5%», «minimal 80»)
    strict: bool = False  # the bound written «<» or «>»: kept so, never as «≤ 1%» (numbers.Target.strict)
    share_of: str = ""  # a percentage read from a fraction, the fraction as typed («12 dari 15», «setengah»)

    @property
    def text(self) -> str:
        """How a target is kept: "70%", "3000 sampel", "85", "≤ 5%" (a ceiling stays one), "< 1%" as written."""
        sign = ("<" if self.bound == "≤" else ">") if self.bound and self.strict else self.bound
        bound = f"{sign} " if sign else ""
        if self.unit == "%":
            return f"{bound}{format_number(self.value)}%"
        return bound + (f"{format_number(self.value)} {self.unit}" if self.unit else format_number(self.value))


@dataclass(frozen=True)
class _Token:
    kind: str  # num | word | sym
    text: str
    start: int
    end: int
    guess: bool = False  # a number written with the "an" suffix
    typed: str = ""  # a word as written (text is lower case)


@knowledge.cached
def _config() -> dict:
    data = dict(knowledge.data("numbers"))
    data["approximate_set"] = {tuple(p.split()) for p in data["approximate"]}
    data["percent_set"] = set(data["percent"])
    data["not_unit_set"] = set(data["not_units"])
    data["bound_phrases"] = [(tuple(_tokens_text(p)), sign) for sign, phrases in data["bounds"].items()
                             for p in phrases]
    return data


def _tokens_text(phrase: str) -> list[str]:
    return [t.text for t in _tokens(phrase)]


def _bound(before: list[str]) -> str | None:
    """The direction written right before a number: «<», «≤», «maks», «kurang dari» (at most), «>=», «minimal»
    (at least); None when none is."""
    for phrase, sign in _config()["bound_phrases"]:
        if phrase and tuple(before[-len(phrase):]) == phrase:
            return sign
    return None


def _tokens(text: str) -> list[_Token]:
    found = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup if match.lastgroup != "an" else "num"
        if match["num"] is not None:
            found.append(_Token("num", match["num"], match.start(), match.end(), bool(match["an"])))
        elif match["word"] is not None and match["twice"] and _is_number_word(match["word"].lower()):
            found.append(_Token("word", match.group(0).lower(), match.start(), match.end(), typed=match.group(0)))
        elif match["word"] is not None:
            found.append(_Token("word", match["word"].lower(), match.start(), match.end(), typed=match["word"]))
        else:
            found.append(_Token(kind, match["sym"], match.start(), match.end()))
    return found


def _is_number_word(word: str) -> bool:
    config = _config()
    return word in config["words"] or word in config["scales"] or word == config["teen"]


def _words_value(words: list[str], config: dict | None = None) -> float:
    """"dua ribu lima ratus" → 2500, "tiga belas" → 13, "seratus dua puluh" → 120."""
    config = config or _config()
    total = group = small = 0
    for word in words:
        if word == config["teen"]:
            small += 10
        elif word in config["scales"]:
            scale = config["scales"][word]
            if scale >= 1000:
                total += (group + small or 1) * scale
                group = small = 0
            else:
                group += (small or 1) * scale
                small = 0
        else:
            value = config["words"][word]
            if value >= 1000:
                total += value
            elif value >= 100:
                group += value
            else:
                small += value
    return float(total + group + small)


@knowledge.cached
def _spelled_config() -> dict:
    """The number words with English ones added (numbers.yaml english_words, english_scales): for spelled_out only."""
    config = _config()
    return {**config, "words": {**config["words"], **config["english_words"]},
            "scales": {**config["scales"], **config["english_scales"]}}


def spelled_out(text: str) -> str:
    """The text with each run of number words, Indonesian or English, written in digits: «delapan puluh tujuh persen»
    → «87 persen», «ninety percent» → «90 percent». A run worth nothing («kosong», «nol») is left as written: it is a
    word of its own there («IKI 2 kosong» is none yet)."""
    config = _spelled_config()
    number_word = set(config["words"]) | set(config["scales"]) | {config["teen"]}
    text = re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", lambda m: " " if _joins_numbers(text, m.start()) else "-", text)
    out, last, run = [], 0, []
    for token in _tokens(text) + [_Token("end", "", len(text), len(text))]:
        if token.kind == "word" and token.text in number_word and (run or token.text in config["words"]):
            run.append(token)
            continue
        if run:
            value = _words_value([t.text for t in run], config)
            if value:
                out.append(text[last:run[0].start] + format_number(value))
                last = run[-1].end
            run = []
        if token.kind == "word" and token.text in config["words"]:
            run.append(token)
    out.append(text[last:])
    return "".join(out)


def _joins_numbers(text: str, at: int) -> bool:
    """Whether the hyphen at `at` joins two number words («ninety-two»): read as two words, as «ninety two» is."""
    words = _spelled_config()["words"]
    before = re.search(r"[^\W\d_]+$", text[:at])
    after = re.match(r"[^\W\d_]+", text[at + 1:])
    return bool(before and after) and before.group(0).lower() in words and after.group(0).lower() in words


# A calendar year written as a number («target 2026 …», «Maret 2026»): a date, never a count or a target.
YEAR = re.compile(r"(?:19|20)\d\d")


def is_year(number: str | float) -> bool:
    """«2026» (or 2026.0 as read): a year, by the one pattern every reader uses."""
    text = number if isinstance(number, str) else (f"{number:g}" if float(number).is_integer() else "")
    return bool(YEAR.fullmatch(text))


def numbers_in(text: str, named: str = "") -> list[Number]:
    """Every number written in the text, in order, with its unit and whether it is a guess. A unit runs over the
    words after it that follow it in the IKI (`named`, else the text before the number): «12 berita acara»."""
    config = _config()
    tokens = _tokens(text)
    found: list[Number] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        start_index = i
        if token.kind == "num":
            value = parse_number(token.text)
            guess = token.guess
            i += 1
            if value is None:
                continue
        elif token.kind == "word" and _is_number_word(token.text) and token.text != config["teen"] \
                and token.text not in config["scales"]:
            words = []
            while i < len(tokens) and tokens[i].kind == "word" and _is_number_word(tokens[i].text):
                words.append(tokens[i].text)
                i += 1
            value, guess = _words_value(words), False
        elif english := _english_percent(tokens, i):  # «seventy five percent» (d20-dev05): a figure as it stands
            words = [part for t in tokens[i:i + english] for part in t.text.split("-")]
            value, guess, i = _words_value(words, _spelled_config()), False, i + english
        else:
            i += 1
            continue
        # "koma lima" / "koma 5" after the number: its decimals.
        if i + 1 < len(tokens) and tokens[i].text in config["decimal_words"]:
            following = tokens[i + 1]
            digits = following.text if following.kind == "num" and following.text.isdigit() else \
                str(int(config["words"][following.text])) if following.text in config["words"] and \
                config["words"][following.text] < 10 else ""
            if digits:
                value = float(f"{int(value)}.{digits}")
                i += 2
        if i < len(tokens) and tokens[i].kind == "word" and tokens[i].text in ("an", "anlah"):
            guess = True  # "70 an"
            i += 1
        unit = None
        if i < len(tokens) and tokens[i].text in config["more"]:
            i += 1
            continue  # "satu lagi": one more, not a value
        if i < len(tokens):
            after = tokens[i]
            if after.text in config["percent_set"]:
                unit, i = "%", i + 1
            elif after.kind == "word" and after.text not in config["not_unit_set"] and not _is_number_word(after.text) \
                    and (after.text,) not in config["approximate_set"] \
                    and not _CLAUSE_BREAK.search(text[tokens[i - 1].end:after.start]):  # «target 70, jenisnya CL»
                unit = text[after.start:after.end]
                i += 1
        following = []
        while unit and unit != "%" and len(following) < _MAX_FOLLOWING and i + len(following) < len(tokens) \
                and tokens[i + len(following)].kind == "word" and not _is_number_word(tokens[i + len(following)].text):
            following.append(tokens[i + len(following)])
        before = [t.text for t in tokens[max(start_index - 2, 0):start_index]]
        guess = guess or any(tuple(before[k:]) in config["approximate_set"] for k in range(len(before)))
        bound = _bound([t.text for t in tokens[max(start_index - 3, 0):start_index]])
        strict = bool(bound) and start_index > 0 and tokens[start_index - 1].text in ("<", ">")
        number = Number(value, unit, guess, tokens[start_index].start, tokens[i - 1].end, tuple(following), bound,
                        strict)
        found.append(widened(number, f"{named} {text[:number.start]}"))
    return found


def _english_percent(tokens: list, at: int) -> int:
    """The length of a run of English number words at `at` right before a percent word («seventy five percent»,
    «ninety %»): a figure even where English number words are no number (their «one», «two» are words of English IKI
    text, numbers.yaml english_words); 0 for anything else."""
    config = _spelled_config()
    english = set(config["english_words"]) | set(config["english_scales"])
    end = at  # «ninety-two» is one token: its parts each a number word
    while end < len(tokens) and tokens[end].kind == "word" and set(tokens[end].text.split("-")) <= english:
        end += 1
    return end - at if end > at and tokens[at].text.split("-")[0] in config["english_words"] and end < len(tokens) \
        and tokens[end].text in _config()["percent_set"] else 0


_CLAUSE_BREAK = re.compile(r"[,;:]")  # a unit never runs past the clause its number ends (tester21b: «70 jenisnya»)
_MAX_FOLLOWING = 6  # words after a unit that may still belong to it: «laporan hasil uji laboratorium lingkungan»


def widened(number: Number, named: str) -> Number:
    """The number with its unit run over the typed words after it that follow it in the IKI `named` (the counted noun
    phrase: its head and the words after the head there), never over chat words (not_units) nor into its condition
    (unit_ends): «12 berita» + «acara» for «Jumlah berita acara verifikasi» is «12 berita acara»."""
    if not number.unit or number.unit == "%" or not number.following:
        return number
    head = [t.text for t in _tokens(number.unit)]
    said = [t.text for t in _tokens(named) if t.kind == "word"]
    chat = _config()["not_unit_set"] | set(_config()["unit_ends"])  # («… siap publikasi»: the condition, no unit)
    best = 0
    for k in range(len(said) - len(head) + 1):
        if said[k:k + len(head)] != head:
            continue
        n, at = 0, k + len(head)
        while n < len(number.following) and at + n < len(said) and said[at + n] == number.following[n].text \
                and said[at + n] not in chat:
            n += 1
        best = max(best, n)
    if not best:
        return number
    taken = number.following[:best]
    return replace(number, unit=" ".join([number.unit, *(t.typed for t in taken)]), end=taken[-1].end,
                   following=number.following[best:])


_NUMBER = r"\d+(?:[.,]\d+)*"  # "2,22", "1.745", "99.7"


@knowledge.cached
def fraction_pattern() -> re.Pattern:
    """"612 dari 680", "87 dr 92", "57/60", «3 meninggal dari 41»: a numerator and its denominator
    (knowledge/capaian.yaml fraction_words, fraction_counted); the one pattern a realisasi and a typed target read."""
    data = knowledge.data("capaian")
    words = "|".join(re.escape(w) + (r"\b" if w[-1].isalnum() else "") for w in data["fraction_words"])
    counted = data["fraction_counted"]
    worded = "|".join(re.escape(w) for w in counted["words"])
    between = rf"(?:\s+[^\W\d_]+){{1,{counted['most_between']}}}\s+(?:{worded})\b"  # «3 meninggal dari 41»
    return re.compile(rf"({_NUMBER})(?:\s*(?:{words})|{between})\s*({_NUMBER})", re.IGNORECASE)


def fractions_in(text: str):
    """Each N of M in the text; words between them that are a unit of time («rata2 4 jam dari 120 sampel») make it
    an average's figure, no fraction (capaian.yaml time_units)."""
    for found in fraction_pattern().finditer(text):
        if not phrase_set("capaian", "time_units").find(tokens(text[found.end(1):found.start(2)])):
            yield found


def share_in(text: str) -> Number | None:
    """A part of a whole typed where a percentage is asked, as that percentage: «12 dari 15 desa» → 80%, «3/4» →
    75%, «setengah» → 50% (numbers.yaml fractions; a worded one only with no number typed, and never before a unit
    of time: «setengah tahun»). None when the text holds none, or the part is past its whole (tester57 F5: «12 dari
    15 desa» for a Persentase target was read as 12%)."""
    found = next(fractions_in(text), None)
    if found is not None:
        part, whole = parse_number(found.group(1)), parse_number(found.group(2))
        at, end, said = found.start(), found.end(), found.group(0)
    elif not any(t.kind == "num" for t in _tokens(text)):  # («kira2» is a word)
        words = [t for t in _tokens(text) if t.kind == "word"]
        named = _config()["fractions"]
        for i, word in enumerate(words):
            pair = " ".join(t.text for t in words[i:i + 2])
            name = pair if pair in named else word.text if word.text in named else None
            if name is None:
                continue
            last = words[i + len(name.split()) - 1]
            after = text[last.end:]
            if tokens(after)[:1] and (phrase_set("capaian", "time_units").find(tokens(after)[:1])
                                      or tokens(after)[0] in _config()["fractions_not_before"]):
                return None
            (part, whole), at, end, said = named[name], word.start, last.end, text[word.start:last.end]
            break
        else:
            return None
    else:
        return None
    if part is None or not whole or part > whole:
        return None
    return Number(round(part / whole * 100, 1), "%", False, at, end, share_of=said)
