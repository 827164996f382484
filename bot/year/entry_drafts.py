"""Whether a chat line is an IKI draft: an IKI's wording typed, its fields typed as answers (jenis, bobot, target), an
IKI quoted or judged, an RHK pasted."""

import re

from bot import knowledge
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.lang.words import is_indonesian_word, stem
from bot.rules.analysis import is_activity_verb
from bot.rules.draft_reading import opens_with_measure, read
from bot.rules.lexicon import lexicon
from bot.year.entry_content import _chat, _covered, _done_said, _opens_with_measure, _parts
from bot.year.entry_dates import when
from bot.year.line import Line, line
from bot.year.vocabulary import config, vocabulary

FIELDS_GIVEN = "jenis, bobot atau target"  # KindReading.why of the IKI's jenis, weights or targets given


@knowledge.cached
def _field_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words a message giving the draft's jenis, weights or targets is made of (conversation.yaml draft_weights,
    draft_targets; catatan_harian.yaml skp_fields) and, among them, those naming a field or a jenis."""
    weights, targets = knowledge.data("conversation")["draft_weights"], knowledge.data("conversation")["draft_targets"]
    named = {t for p in weights["jenis_words"] + weights["weight_named"] + targets["leads"] + config()["skp_fields"]
             for t in tokens(p)}
    lists = [weights[k] for k in ("all", "even", "sequence_words", "weight_words", "not_names", "labels", "rest")] \
        + [weights["by_number"]["words"], targets["words"]]
    return frozenset(named | {t for phrases in lists for p in phrases for t in tokens(str(p))}), frozenset(named)


@knowledge.cached
def _mandatory_named() -> PhraseSet:
    return PhraseSet(knowledge.policy().mandatory_iki.phrases)


def _fields_given(ln: Line) -> bool:
    """«tusi bagi rata 15 15 15 15 15 15, MI 5 5», «CL 50 tusi 40 mi 10», «target 90 95 100»: numbers and a jenis or a
    field of the IKI, every word one such a message is made of or the mandatory IKI's name: an answer about the SKP, never work done (day-one
    dev16: logged as a catatan harian di luar SKP)."""
    allowed, named = _field_words()
    mandatory = _covered(ln, [_mandatory_named()])  # «…, ip asn 10»: the mandatory IKI named by its own words
    words = [t for i, t in enumerate(ln.toks) if ln.kinds[i] in ("word", "alnum") and i not in mandatory
             and t not in _chat()["filler"]]
    return any(k == "num" for k in ln.kinds) and bool(set(words) & named) and all(t in allowed for t in words)


def _measure_then_judged(ln: Line) -> bool:
    """«persentase hoaks kesehatan yg diklarifikasi maks 1x24 jam, bener gk ini?», «Jumlah kader yang dilatih, udah
    oke blm?», «rata-rata waktu respon aduan maks 2 hari bener gk?»: a measure opens the line and its last part, or
    the words ending it, only ask what the bot thinks of it (catatan_harian.yaml quoted_iki_after, tags, filler, a
    pointer; ending it unmarked, one of them a word of judging), at least MIN_QUOTED_IKI_WORDS words before: the IKI
    to check, as one quoted is."""
    if not _opens_with_measure(ln):
        return False
    chat = _chat()
    weak = chat["question_tags"] | chat["filler"] | set(config()["quoted_iki_pointers"])
    judged = set(config()["quoted_iki_after"]) | weak
    parts = _parts(ln)
    a, b = parts[-1]
    words = [i for i in range(a, b) if ln.kinds[i] == "word"]
    if len(parts) > 1 and words and all(ln.toks[i] in judged for i in words):
        start = parts[-2][1]
    else:  # unmarked: the judged words ending the line, one that judges («bener», «ok», «menurutmu»)
        start = _judged_from(ln, b)
        if start is None:
            return False
    head = line(ln.text[:ln.spans[start][0]] if len(ln.spans) == len(ln.toks) and start < len(ln.toks)
                else " ".join(ln.toks[:start]))
    if len(head.words) < MIN_QUOTED_IKI_WORDS:
        return False
    # «jumlah sampel td 40, bener ga?»: a figure of a day, done or reached
    return not (when(head).kind or _done_said(head) or head.has(vocabulary().progress))


def _judged_from(ln: Line, end: int) -> int | None:
    """Where the words ending the line at `end` begin that only ask what the bot thinks of what comes before
    (catatan_harian.yaml quoted_iki_after, tags, filler, a pointer), one of them a word of judging («bener», «ok»,
    «menurutmu»); None when none judges."""
    chat = _chat()
    weak = chat["question_tags"] | chat["filler"] | set(config()["quoted_iki_pointers"])
    judged = set(config()["quoted_iki_after"]) | weak
    start = end
    while start > 0 and (ln.kinds[start - 1] != "word" or ln.toks[start - 1] in judged):
        start -= 1
    said = [t for t in ln.toks[start:end] if t in judged]
    return start if any(t not in weak and t not in vocabulary().done for t in said) else None


_SENTENCE_ENDS = frozenset(".?!")
_OWN_IKI_REACH = 6  # words from a label naming an IKI to the measure opening it («iki yg mau sy ajuin eh persentase …»)


def own_iki_judged(ln: Line) -> bool:
    """«nah ini iki yg mau sy ajuin eh persentase penderita hipertensi … terus yang kedua persentase … gimana udah
    bener belum», «IKI sy ada dua, pertama persentase …, kedua jumlah …, gmn?»: a label naming an IKI
    (rules/lexicon.yaml reading labels) and no number right after it, then within _OWN_IKI_REACH tokens and no
    sentence's end between the user (catatan_harian.yaml first_person) and a measure word, and the words ending the
    line only asking what the bot thinks of it (_judged_from), at least MIN_QUOTED_IKI_WORDS words of the IKI before
    them: the user's IKI spoken, to check, as one quoted is."""
    labels, measures = phrase_set("rules/lexicon", "reading", "labels"), lexicon().measures
    own = frozenset(config()["first_person"])
    toks, kinds = ln.toks, ln.kinds
    for i in range(len(toks)):
        label = labels.match_at(toks, i)
        if not label:
            continue
        reach = range(i + len(label), min(len(toks), i + len(label) + _OWN_IKI_REACH + 1))
        # «IKI sy ada dua, pertama persentase …»: a clause mark may stand between, a sentence's end may not, nor a
        # number right after the label («IKI 3 sy persentase …» names one of the SKP's)
        at = next((j for j in reach if toks[j] in _SENTENCE_ENDS or measures.match_at(toks, j)), None)
        if at is None or toks[at] in _SENTENCE_ENDS or kinds[reach[0]] == "num" or not own & set(toks[i:at]):
            continue
        start = _judged_from(ln, len(toks))
        return start is not None and len([t for t, k in zip(toks[at:start], kinds[at:start]) if k == "word"]) \
            >= MIN_QUOTED_IKI_WORDS
    return False


_QUOTED = re.compile(r"[\"'«“‘]([^\"'«»“”‘’]+)[\"'»”’]([^\"'«»“”‘’]*)$")
MIN_QUOTED_IKI_WORDS = 3  # «'jumlah laporan'» quotes a kind of IKI asked about; an IKI names what it measures and more


def iki_quoted(text: str) -> str | None:
    """«boleh ga kalau IKI nya 'Jumlah rapat koordinasi lintas sektor kesiapsiagaan krisis'?», «mau bikin IKI
    'persentase hoaks … dlm 1x24 jam' gmn menurutmu»: an IKI quoted last in the message, with after it only marks or
    words asking what the bot thinks of it (catatan_harian.yaml quoted_iki_after), opening with a measure word and at
    least MIN_QUOTED_IKI_WORDS words long: the IKI to check, whatever the words before it ask; None otherwise («IKI yg
    'jumlah laporan' knp gak boleh» asks why after the quote)."""
    found = _QUOTED.search(text)
    if not found or not set(tokens(found.group(2))) <= set(config()["quoted_iki_after"]):
        return None
    quoted = found.group(1).strip()
    return quoted if len(tokens(quoted)) >= MIN_QUOTED_IKI_WORDS \
        and (opens_with_measure(quoted) or _named_iki_before(text[:found.start()])) else None


def _named_iki_before(text: str) -> bool:
    """«kalau IKI nya 'Semua pasien operasi dilakukan skrining PPI' gmn?», «IKI sy '…'»: the word right before the quote
    (past «nya» and the user, catatan_harian.yaml first_person) names it an IKI (conversation.yaml draft_iki_names), so the quote is one whatever its first word (route set 15)."""
    words = [t for t in tokens(text) if t != "nya" and t not in config()["first_person"]]
    return bool(words) and words[-1] in knowledge.data("conversation")["draft_iki_names"]


def iki_judged(text: str) -> str | None:
    """«mau bikin IKI 'persentase hoaks … dlm 1x24 jam' gmn menurutmu»: an IKI quoted last with words after it asking
    what the bot thinks of it (see iki_quoted): that IKI, which the chat checks; None otherwise, and for a quote with
    only «?» after it («boleh ga kalau IKI nya '…'?» asks the guidance)."""
    found = _QUOTED.search(text)
    return iki_quoted(text) if found and tokens(found.group(2)) else None


@knowledge.cached
def _rhk_label() -> re.Pattern:
    """«RHK:», «Rencana Hasil Kerja:»: the names a form gives the RHK (knowledge/columns.yaml skp_export rhk), as a
    label before a colon."""
    names = sorted(knowledge.data("columns")["skp_export"]["rhk"], key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in names) + r")\s*:\s*",
                      re.IGNORECASE)


def rhk_pasted(text: str) -> str | None:
    """«RHK: Layanan arsip dinamis terkelola sesuai ketentuan»: an RHK pasted from a form with its label: the RHK
    (at least MIN_RHK_WORDS words after the label), else None."""
    found = _rhk_label().match(text)
    rest = text[found.end():].strip() if found else ""
    return rest if len(tokens(rest)) >= MIN_RHK_WORDS else None


MIN_RHK_WORDS = 3


@knowledge.cached
def _activity_label() -> re.Pattern:
    names = sorted(config()["activity_row_labels"], key=len, reverse=True)
    return re.compile(r"(?:^|[|/;\t\n])\s*(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
                      + r")\s*:\s*\w", re.IGNORECASE)


def activity_row_pasted(text: str) -> bool:
    """«Rencana Hasil Kerja: … | Uraian: rapat koordinasi MoU dengan Kemenlu | Realisasi: 1 | Satuan: kegiatan»: an RHK
    pasted with a field labelled as the activity done (catatan_harian.yaml activity_row_labels): a logbook row from
    the form, the work done under that RHK."""
    return rhk_pasted(text) is not None and bool(_activity_label().search(text))


_TARGET = re.compile(r"\btarget(?:nya)?\s*:?\s*\d", re.IGNORECASE)


def _measure_with_target(ln: Line) -> bool:
    """"iya tambahin: Persentase kab/kota … , target 80%": a measure word and a target figure name a new IKI."""
    if not _TARGET.search(ln.text):
        return False
    words = tokens(read(ln.text).text)
    return any(lexicon().measures.match_at(words, i) for i in range(len(words)))


def _told_as_own(ln: Line) -> bool:
    """An activity sentence that is the user's own day, never an IKI: it opens by taking part in or teaching an event
    («Mengikuti rapat …», «ngajar praktikum …»: catatan_harian.yaml participation_words, teaching_words), or the user
    opens one of its clauses as the doer («…, sy notulen»: first_person)."""
    vocab, words = vocabulary(), tokens(read(ln.text).text)
    if words and (vocab.participation.match_at(words, 0) or vocab.teaching.match_at(words, 0)):
        return True
    own = frozenset(config()["first_person"])
    return any(ln.toks[start] in own for start, _ in ln.clauses())


def _result_noun(word: str) -> bool:
    """«tersusunnya», «meningkatnya»: a verb of a result prefix (catatan_harian.yaml result_noun_prefixes) made a noun
    by «-nya»; «selanjutnya», «adanya» are no such verb."""
    base = word.removesuffix("nya")
    return base != word and base.startswith(tuple(config()["result_noun_prefixes"])) and is_indonesian_word(base) \
        and stem(base) != base


def _reads_like_draft(ln: Line, counts: list[int]) -> bool:
    """An activity sentence without time or count ("Menyusun draf SOP pengelolaan BMN"), a process noun with its
    object ("Penyusunan laporan keuangan semester I"), or a result with a target ("Rekonsiliasi BMN 12 satker")."""
    lex = lexicon()
    words = tokens(read(ln.text).text)
    if len(words) >= 3 and is_activity_verb(words, 0, lex):
        return True
    if len(words) >= 4 and lex.process_nouns.match_at(words, 0):
        return True
    return len(words) >= 3 and bool(counts)
