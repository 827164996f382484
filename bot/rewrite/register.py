"""Puts a casual draft in the ministry's register before it is read for its object: casual words in their formal
form, and what is not the work itself (why, what next, how often, fillers) left out.
Words: knowledge/rewrite/register.yaml."""

import re
from dataclasses import dataclass

from bot import knowledge
from bot.lang.dates import ROMAN
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.rules.language import casual_root

_REDUPLICATED = re.compile(r"\b([^\W\d_]{3,})2\b")  # "surat2" → "surat", "UPT2" → "UPT"; not "P2"
_NUMBER = re.compile(r"\d[\d.,]*")
# a bracketed list («HAIs (IDO, ISK, VAP)») is one word: its commas end nothing, its items are never cut (tester58 F8)
_WORD = re.compile(r"\([^()]*,[^()]*\)|[^\W_]+(?:[-/.][^\W_]+)*|[,;]")


@dataclass(frozen=True)
class _Register:
    casual: dict[tuple[str, ...], str]
    casual_set: PhraseSet
    casual_only: frozenset[str]
    cut: PhraseSet  # purpose, sequence, condition and means openers: the clause goes, to the next comma or the end
    before_verb: frozenset[str]  # purpose openers only when a verb follows («untuk menerbitkan …»)
    output_verbs: frozenset[str]  # a purpose opening with one of these names the work's output
    openers: frozenset[str]
    periods: PhraseSet
    once: frozenset[str]
    se_periods: frozenset[str]
    after_event: frozenset[str]
    times: frozenset[str]  # «2 kali»: a count of times
    named: PhraseSet  # «semester», «TW», «tahun»: a period named by the number after it
    ordinal_words: frozenset[str]  # «pertama», «ganjil», «ini»: a number said in words
    ordinal_max: int
    period_links: frozenset[str]  # «dan», «s.d.», «sampai dengan»: between a period's numbers
    period_before: frozenset[str]  # «pada» in «pada semester I»: goes with the period
    target_markers: tuple[tuple[str, ...], ...]  # longest first: «sebanyak» before a target at the end
    target_units: frozenset[str]  # «persen», «hari kerja»: what a target at the end is counted in
    fillers: PhraseSet
    symbols: dict[str, str]  # «&»: «dan», between two words
    topic: dict[str, str]  # «soal»: «tentang», after a person or a place the work reaches
    topic_after: frozenset[tuple[str, ...]]
    titles: frozenset[str]  # «pak», «bu»: a person follows
    titles_before_name: frozenset[str]  # «ibu», «dr»: a person follows when a capitalised name does
    person_links: frozenset[str]  # «buat bu Rina»: the word linking the work to the person goes with them


@knowledge.cached
def _register() -> _Register:
    data = knowledge.data("rewrite/register")
    casual = {tuple(tokens(k)): v for k, v in data["casual"].items()}
    frequency = data["frequency"]
    return _Register(
        casual=casual,
        casual_set=PhraseSet(" ".join(k) for k in casual),
        casual_only=frozenset(data["casual_only"]),
        cut=PhraseSet(data["purpose"] + data["sequence"] + data["condition"] + data["means"] + _companions(data)),
        before_verb=frozenset(data["purpose_before_verb"]),
        output_verbs=frozenset(data["output_verbs"]),
        openers=frozenset(frequency["openers"]),
        periods=phrase_set("rewrite/register", "frequency", "periods"),
        once=frozenset(frequency["once"]),
        se_periods=frozenset(frequency["se_periods"]),
        after_event=frozenset(frequency["after_event"]),
        times=frozenset(frequency["times"]),
        named=PhraseSet(frequency["named"]["periods"] + knowledge.data("numbers")["quarter_words"]),
        ordinal_words=frozenset(frequency["named"]["ordinal_words"]),
        ordinal_max=frequency["named"]["ordinal_max"],
        period_links=frozenset(frequency["named"]["links"]),
        period_before=frozenset(frequency["named"]["before"]),
        target_markers=tuple(sorted((tuple(tokens(m)) for m in data["target"]["markers"]), key=len, reverse=True)),
        target_units=frozenset(" ".join(tokens(u)) for u in data["target"]["units"]),
        fillers=phrase_set("rewrite/register", "fillers"),
        symbols=dict(data["symbols"]),
        topic=dict(data["topic"]["words"]),
        topic_after=frozenset(tuple(tokens(w)) for w in [*knowledge.data("rules/lexicon")["entities"],
                                                                 *data["topic"]["after"]]),
        titles=frozenset(data["people"]["titles"]),
        titles_before_name=frozenset(data["people"]["titles_before_name"]),
        person_links=frozenset(data["people"]["links"]),
    )


def _companions(data: dict) -> list[str]:
    """Who the work is done with: «bareng …» always, «sama/dengan …» before a partner («sama pihak ketiga»)."""
    found = data["companions"]
    return found["always"] + [f"{link} {partner}" for link in found["before_partner"] for partner in found["partners"]]


def formal(text: str) -> str:
    """The draft in formal words, without its purpose, sequel, condition, frequency, target at the end or fillers:
    "bikin dashboard BMN biar gampang dimonitor" → "membuat dashboard BMN"."""
    reg = _register()
    for symbol, word in reg.symbols.items():  # «cairan & diet»: «cairan dan diet», never «cairan diet»
        text = re.sub(rf"(?<=\w)\s+{re.escape(symbol)}\s+(?=\w)", f" {word} ", text)
    raw = _WORD.findall(_REDUPLICATED.sub(r"\1", text))
    keys = [w.lower() for w in raw]
    out: list[str] = []
    i = 0
    while i < len(keys):
        if keys[i] in (",", ";") and out:
            break
        person = out and _person_at(raw, keys, i, reg)
        if person:
            while out and out[-1].lower() in reg.person_links:
                out.pop()  # «rekap absensi buat bu Rina»: «buat» went with her
        if person or (out and (reg.cut.match_at(keys, i) or (keys[i] in reg.before_verb and _verb_at(keys, i + 1, reg)))):
            while i < len(keys) and keys[i] not in (",", ";"):
                i += 1
            continue
        span = _frequency(keys, i, reg) or _named_period(keys, i, reg)
        if span:
            while out and span and out[-1].lower() in reg.period_before and _named_period(keys, i, reg):
                out.pop()  # «inventarisasi BMN pada semester I»: «pada» went with the period
            i += span
            continue
        filler = reg.fillers.match_at(keys, i)
        if filler:
            i += len(filler)
            continue
        if keys[i] in reg.topic and _reaches(out, reg):
            out.append(reg.topic[keys[i]])  # «edukasi pasien soal cairan»: «tentang»
            i += 1
            continue
        phrase = reg.casual_set.match_at(keys, i)
        if phrase:
            out.extend(reg.casual[phrase].split())
            i += len(phrase)
            continue
        out.append(raw[i])
        i += 1
    return _tidy(_without_target(out, reg))


def purpose_output(text: str) -> str:
    """The output a purpose clause names, in formal words: «pemeriksaan sanitasi kapal utk nerbitin SSCEC/SSCC» →
    «menerbitkan SSCEC/SSCC»; "" when the text has no such clause."""
    reg = _register()
    raw = _WORD.findall(_REDUPLICATED.sub(r"\1", text))
    keys = [w.lower() for w in raw]
    for i in range(1, len(keys) - 1):
        verb = reg.casual.get((keys[i + 1],), keys[i + 1])
        if keys[i] in reg.before_verb and verb in reg.output_verbs:
            end = next((j for j in range(i + 2, len(keys)) if keys[j] in (",", ";")), len(keys))
            return formal(" ".join(raw[i + 1:end]))
    return ""


def casual_words(text: str) -> list[str]:
    """The casual words a text still holds: a key of the casual table, a word with no formal form, or a spoken
    verb form ("ngecek", "nyusun")."""
    reg = _register()
    words = tokens(text)
    found, i = [], 0
    while i < len(words):  # left to right, so a word inside a formal phrase («serah terima») is not read alone
        p = reg.casual_set.match_at(words, i)
        if p and reg.casual[p] != " ".join(p):
            found.append(" ".join(p))
        i += len(p) if p else 1
    found += [w for w in words if w in reg.casual_only or (w.isalpha() and casual_root(w))]
    found += _REDUPLICATED.findall(text)
    return found


def _reaches(out: list[str], reg: _Register) -> bool:
    """Whether the words so far end with a person or a place the work reaches («edukasi pasien», «konseling ibu
    hamil»): a topic word after them is the preposition, not a noun («menyusun soal ujian»)."""
    said = tuple(w.lower() for w in out[-3:])
    return any(said[-n:] in reg.topic_after for n in range(1, len(said) + 1))


def _verb_at(keys: list[str], i: int, reg: _Register) -> bool:
    """A verb at i: a prefixed one («menerbitkan», «meningkatkan», «berobat») or a casual one («bayar»)."""
    if i >= len(keys):
        return False
    word = keys[i]
    casual = reg.casual.get((word,), "")
    return (word.isalpha() and len(word) > 4 and word.startswith(("me", "ber"))) or casual.startswith("me")


def _person_at(raw: list[str], keys: list[str], i: int, reg: _Register) -> bool:
    """A person named at i: a title before a word («pak Budi», «bu kabag»), or a title that is also a common word
    before a capitalised name («dr. Sari», «ibu Rina»; not «ibu hamil»). A title written in capitals is an acronym
    («rekomendasi BPK»: the audit board)."""
    if i + 1 >= len(keys) or not keys[i + 1].isalpha() or (len(raw[i]) > 1 and raw[i].isupper()):
        return False
    return keys[i] in reg.titles or (keys[i] in reg.titles_before_name and raw[i + 1][:1].isupper())


def _frequency(keys: list[str], i: int, reg: _Register) -> int:
    """How many words at i say how often: "tiap hari", "setiap minggu", "tiap 6 bulan", "seminggu sekali", "3x
    seminggu"."""
    word = keys[i]
    if word in reg.openers and (period := reg.periods.match_at(keys, i + 1)):
        return 1 + len(period)
    if word in reg.openers and i + 2 < len(keys) and _NUMBER.fullmatch(keys[i + 1]) \
            and (period := reg.periods.match_at(keys, i + 2)):  # «tiap 6 bulan (sekali)»: never «… alat tiap»
        end = i + 2 + len(period)
        return end - i + (1 if end < len(keys) and keys[end] in reg.once else 0)
    if word in reg.openers and i + 2 < len(keys) and keys[i + 1] in reg.after_event and keys[i + 2].isalnum():
        return 3  # «tiap abis posyandu», «setiap akhir bulan», «tiap tanggal 5»
    if re.fullmatch(r"\d+\s*x", word) and i + 1 < len(keys) and keys[i + 1] in reg.se_periods:
        return 2
    if word in reg.se_periods:
        return 2 if i + 1 < len(keys) and keys[i + 1] in reg.once else 1
    if _NUMBER.fullmatch(word) and i + 1 < len(keys) and keys[i + 1] in reg.times:
        return 2  # «2 kali», «12 x»; a following «setahun» or «per tahun» goes as a frequency of its own
    if re.fullmatch(r"\d+x", word) and not (i + 1 < len(keys) and keys[i + 1][:1].isdigit()):
        return 1  # «12x» (not «1x24 jam», one word here, nor «2x 24 jam»)
    return 0


_COMPACT = re.compile(r"([a-z]+)-?(\d{1,2}|[ivx]{1,4})")  # «TW2», «smt-1», «Q3»


def _named_period(keys: list[str], i: int, reg: _Register) -> int:
    """How many words at i name a period by its number: «semester I dan II», «TW I-IV», «triwulan 3», «tahun 2026»,
    «TW2»; 0 when the period word is not followed by one («semester berikutnya», «tahun anggaran» alone)."""
    compact = _COMPACT.fullmatch(keys[i])
    if compact and reg.named.match_at([compact[1]], 0) and _ordinal(compact[2], reg):
        return 1 + _more_ordinals(keys, i + 1, reg)
    period = reg.named.match_at(keys, i)
    if not period or i + len(period) >= len(keys) or not _ordinal(keys[i + len(period)], reg):
        return 0
    return len(period) + 1 + _more_ordinals(keys, i + len(period) + 1, reg)


def _more_ordinals(keys: list[str], j: int, reg: _Register) -> int:
    """How many words at j add more numbers to a named period («dan II», «s.d. IV»; «I IV» where a dash between
    Roman numbers was no word)."""
    taken = 0
    while j + taken < len(keys):
        at = j + taken
        link = next((n for n in (2, 1) if " ".join(keys[at:at + n]) in reg.period_links), 0)
        if not link and keys[at] in ROMAN and keys[at - 1] in ROMAN:
            taken += 1
        elif link and at + link < len(keys) and _ordinal(keys[at + link], reg):
            taken += link + 1
        else:
            break
    return taken


def _ordinal(word: str, reg: _Register) -> bool:
    """A period's number: Roman or Arabic up to the policy's count, a number said in words, a year; «I-IV» too."""
    parts = re.split(r"[-/]", word)
    return all(p in ROMAN[:reg.ordinal_max] or (p.isdecimal() and (0 < int(p) <= reg.ordinal_max or
                                                                     (len(p) == 4 and p[:2] in ("19", "20"))))
               or p in reg.ordinal_words for p in parts) and bool(word)


def _without_target(words: list[str], reg: _Register) -> list[str]:
    """The words without a target written at their end: «… laboratorium 2 kali» → «… laboratorium», «… 100
    persen», «… dokumen SOP … 12 dokumen», «… sebanyak 1.500 sampel» after «sampel». The number goes only with a
    unit of the list or a word already said, or bare after an ordinary word (not «ISO 17025»)."""
    keys = [w.lower() for w in words]
    for at in range(len(keys) - 1, max(len(keys) - 4, 0), -1):
        if not _NUMBER.fullmatch(keys[at]):
            continue
        unit = keys[at + 1:]
        if unit:
            said = set(keys[:at])
            if not (" ".join(unit) in reg.target_units or all(w in said for w in unit)):
                return words  # «sampel 4 kapal»: what the number counts is the work's own
        elif words[at - 1][:1].isupper() or any(c.isdigit() for c in keys[at - 1]):
            return words  # «ISO 17025», «PMK 6»: the number is part of a name
        kept = keys[:at]
        marker = next((m for m in reg.target_markers if tuple(kept[len(kept) - len(m):]) == m and len(kept) > len(m)),
                      ())
        rest = words[:at - len(marker)]
        # «maks 7 hari kerja, target 80»: a limit and a target with no work left are no draft at all
        return [] if all(w.lower() in _marker_words(reg) or w in (",", ";") for w in rest) else rest
    return words


def _marker_words(reg: _Register) -> frozenset[str]:
    return frozenset(w for marker in reg.target_markers for w in marker)


def _tidy(words: list[str]) -> str:
    while words and words[0].lower() in ("yang", ",", ";"):  # "gw yg pegang …" once "gw" is gone
        words = words[1:]
    return " ".join(w for w in words if w not in (",", ";"))
