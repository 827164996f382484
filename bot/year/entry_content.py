"""The words of a chat line that carry what it says: the chat words of knowledge/intent.yaml, a line's parts, and what
is left past small talk, filler and its dates (`content_at`)."""

import re

from bot import knowledge
from bot.lang.dates import quarter_pattern
from bot.lang.english import english_measure
from bot.lang.refs import iki_ref_source
from bot.lang.text import PhraseSet, phrase_set, smalltalk_phrases, tokens
from bot.lang.words import bare_verb, is_indonesian_word, spoken_active, spoken_bare_nasal, stem
from bot.rules.analysis import is_activity_verb
from bot.rules.draft_reading import iki_after_colon, read
from bot.rules.lexicon import lexicon
from bot.year.entry_dates import When
from bot.year.line import CLAUSE_MARKS, Line
from bot.year.vocabulary import config, vocabulary

# "IKI 1: 612 dari 680", "TW1: …", "Q2 numbers": a figure for an IKI or a quarter belongs to the realisasi
_TIME_WORDS = frozenset({"jam", "pukul", "pkl", "setengah", "aja", "saja", "ya"})


@knowledge.cached
def _iki_or_quarter() -> re.Pattern:
    """«IKI 2» or a quarter («TW I», «triwulan 3», «Q1»): what a realisasi names."""
    return re.compile(iki_ref_source() + "|" + quarter_pattern().pattern, re.IGNORECASE)


@knowledge.cached
def _all_quarters() -> re.Pattern:
    """«Q1-Q4», «TW I sampai IV», «triwulan 1 s.d. triwulan 4»: the first quarter to the fourth joined as a range
    (catatan_harian.yaml date_range joiners): the whole year, no one quarter's figure."""
    quarter = quarter_pattern().pattern
    joiners = "|".join(map(re.escape, sorted(config()["date_range"]["joiners"], key=len, reverse=True)))
    words = quarter.split(r"\s*[-.]?\s*(")[0]  # «\b(?:triwulan|…|q)»: the quarter's word, without its mark
    return re.compile(rf"{words}\s*[-.]?\s*(?:i|1)\s*(?:{joiners})\s*(?:{words[2:]}\s*[-.]?\s*)?(?:iv|4)\b",
                      re.IGNORECASE)


def without_all_quarters(text: str) -> str:
    """The text with every whole-year range of quarters («Q1-Q4») blanked: a target for the year, no quarter named."""
    return _all_quarters().sub(lambda m: " " * len(m.group()), text)


@knowledge.cached
def _chat() -> dict:
    """Small talk, filler and question words of knowledge/intent.yaml; a plea for help ("tolong bantu") is not small
    talk here: the bot answers it with a way to start."""
    data = knowledge.data("intent")
    kinds = [k for k in data["smalltalk"] if k != "confused"]
    filler = frozenset(data["filler"])
    return {
        "smalltalk": PhraseSet([p for k in kinds for p in smalltalk_phrases(k)]),
        # «saya mau tanya …», «izin bertanya, …»: the call phrases that say a question follows (not «min», «kak»)
        "asking": PhraseSet([p for p in data["smalltalk"]["call"]["phrases"] if p not in filler]),
        "address": frozenset(p for p in data["smalltalk"]["call"]["phrases"] if p in filler),
        # «sy bingung isi realisasi IKI 3»: a line opening by saying the user is lost asks for help with what follows
        "lost": phrase_set("intent", "smalltalk", "confused", "phrases"),
        "thanks": phrase_set("intent", "smalltalk", "thanks", "phrases"),
        "thanks_for": frozenset(data["smalltalk"]["thanks"]["for"]),
        "thanks_closing": frozenset(data["smalltalk"]["thanks"]["closing"]),
        "feeling": phrase_set("intent", "smalltalk", "feeling", "phrases"),
        "filler": filler,
        "question_open": PhraseSet(data["value_questions"] + data["question_words"]),
        # "… on track ga": a yes/no tag at the end ("ya" ends reports and thanks too often to ask).
        "question_tags": frozenset(data["question_tags"]) - frozenset(data["filler"]),
    }


_PART_MARKS = frozenset(".?!") | CLAUSE_MARKS  # what ends a part of a line: a sentence or a clause


def _parts(ln: Line) -> list[tuple[int, int]]:
    """Token ranges between clause and sentence marks («…melati. ini masuk IKI yg mana ya?» has two)."""
    return ln.between(_PART_MARKS)


def _part_text(ln: Line, parts: list[tuple[int, int]]) -> str:
    """The parts' own text, joined by commas (the tokens when the line was not cut from a text)."""
    if len(ln.spans) == len(ln.toks):
        return ", ".join(ln.text[ln.spans[a][0]:ln.spans[b - 1][1]] for a, b in parts)
    return ", ".join(" ".join(ln.toks[a:b]) for a, b in parts)


def _times_only(ln: Line) -> bool:
    """"jam setengah 4 sore", "jam 8 malam aja": a time of day and nothing else (an answer about a reminder)."""
    from bot.year.reminders import read_clocks

    said = frozenset(knowledge.data("pengingat")["day_parts"]) | _TIME_WORDS | _chat()["filler"]
    return bool(read_clocks(ln.text)) and all(w in said for w in ln.words)


def _content_in(ln: Line, w: When, start: int, end: int) -> bool:
    covered = set(range(start, end))
    return any(t for t in _content(ln, w) if t in ln.toks[start:end]) and bool(covered)


def _is_emoji(token: str) -> bool:
    import unicodedata

    return any(unicodedata.category(ch) in ("So", "Sk") for ch in token)


def _covered(ln: Line, sets: list[PhraseSet]) -> set[int]:
    """Token positions inside any phrase of the sets."""
    covered: set[int] = set()
    for i in range(len(ln.toks)):
        for phrases in sets:
            phrase = phrases.match_at(ln.toks, i)
            if phrase:
                covered.update(range(i, i + len(phrase)))
    return covered


def _timed(ln: Line, w: When) -> set[int]:
    """The token positions of the words that date the line («tadi pagi», «tgl 3»), a part of the day right after
    one of them too («kemarin sore»: pengingat.yaml day_parts)."""
    vocab, parts = vocabulary(), knowledge.data("pengingat")["day_parts"]
    timed = _covered(ln, [vocab.today, vocab.yesterday, vocab.last_week]) | (set(range(*w.span)) if w.kind else set())
    return timed | {i for i in range(1, len(ln.toks)) if i - 1 in timed and ln.toks[i] in parts}


def _content(ln: Line, w: When) -> list[str]:
    """The words that name something besides chat, time and done-words: what the work is about."""
    return [ln.toks[i] for i in content_at(ln, w)]


def content_at(ln: Line, w: When) -> list[int]:
    """The token positions of the line's content words (see _content)."""
    vocab, chat = vocabulary(), _chat()
    covered = _covered(ln, [chat["smalltalk"], vocab.smalltalk, vocab.today, vocab.yesterday, vocab.done,
                            vocab.question_anywhere, chat["question_open"], chat["lost"], vocab.last_week,
                            vocab.past_markers])
    covered.update(range(*w.span))
    skip = chat["filler"] | vocab.smalltalk_filler | lexicon().stopwords | _connectives()
    spelled = _shorthand()
    return [i for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if k == "word" and i not in covered
            and t not in skip and spelled.get(t, t) not in skip and t not in vocab.weekdays and len(t) > 1]


@knowledge.cached
def _connectives() -> frozenset[str]:
    """«tapi», «soalnya»: words that join clauses (catatan_harian.yaml connectives) name nothing."""
    return frozenset(config()["connectives"])


@knowledge.cached
def _shorthand() -> dict[str, str]:
    """The rules' shorthand ("yg" → yang) for single words."""
    table = knowledge.data("rules/lexicon")["reading"]["shorthand"]
    return {k.lower(): v for k, v in table.items() if k.isalpha()}


def _done_said(ln: Line) -> bool:
    """A done word that says the work is done ("… bulan ini sudah 92%"), not one inside the measure's own clause
    ("Persentase tiket yg selesai maks 3 hari kerja, 90%": what is counted)."""
    spelled = _shorthand()
    done = vocabulary().done
    # «Persentase izin PBF terbit sesuai SLA, 85%»: a done verb in the first clause of a line a measure opens is what
    # is counted too; an auxiliary there («… bulan ini sudah 92%») still says the figure was reached (route set 16)
    first = ln.clauses()[0][1] if ln.clauses() and _opens_with_measure(ln) else 0
    verbs = phrase_set("catatan_harian", "done_verbs")
    return any(done.match_at(ln.toks, i) and not (i > 0 and spelled.get(ln.toks[i - 1], ln.toks[i - 1]) == "yang")
               and not (i < first and verbs.match_at(ln.toks, i)) for i in range(len(ln.toks)))


def _opens_with_measure(ln: Line) -> bool:
    """"Persentase …", "jml …", "Percentage of …": a measure word opens the line (labels like "IKI 3:" dropped), or
    the IKI after a lead-in and a colon ("tolong rapikan: jumlah laporan …")."""
    words = tokens(read(ln.text).text)
    return bool(words) and (lexicon().measures.match_at(words, 0) is not None
                            or english_measure(words) is not None) or iki_after_colon(ln.text) is not None


def _has_verb(ln: Line) -> bool:
    """A verb of doing anywhere: "Melaksanakan verifikasi 25 dokumen", "120 item diberi label", or said as chat says
    it, with a bare nasal prefix: «ngajar praktikum 2 kelas», «nyusun telaahan staf», «nulis 3 artikel», or bare with
    its suffix, «perbaiki mapping akun … utk 6 transaksi», unless asked of someone right before it («tolong siapkan
    …»: catatan_harian.yaml instruction_received asks, relayed_asks)."""
    words = ln.words
    lex = lexicon()
    asked = _asking_words()
    return any(is_activity_verb(words, i, lex) or _passive(w) or spoken_active(w) or spoken_bare_nasal(w)
               or bare_verb(w) and not (i and words[i - 1] in asked) for i, w in enumerate(words))


@knowledge.cached
def _asking_words() -> frozenset[str]:
    data = config()["instruction_received"]
    return frozenset(t for name in ("asks", "relayed_asks") for t in data[name] if " " not in t)


def _passive(word: str) -> bool:
    """A di- verb: Sastrawi takes the prefix off ("diberi" → beri); "dinkes" stays as it is."""
    return word.startswith("di") and len(word) > 4 and is_indonesian_word(word) and stem(word) != word
