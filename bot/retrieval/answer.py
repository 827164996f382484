"""The one short answer: the glossary line that answers a meaning or a difference, the finding a quoted IKI is
judged with, a quoted IKI rewritten, an acronym the guidance never defines, and whether an answer's text gives the
kind of fact asked (a number, a date, a list, a meaning). What a question asks is read in question_parts.py; the
kinds and their words are in knowledge/search.yaml (`answers`).
"""

import re
import unicodedata
from dataclasses import dataclass, replace

from bot import knowledge
from bot.lang.dates import MONTHS
from bot.lang.text import PhraseSet, phrase_set, question_sentences, token_spans, tokens
from bot.lang.words import is_indonesian_word
from bot.retrieval.glossary import (
    Term,
    meaning,
    named_always,
    named_by,
    narrower,
    nya_apart,
    placed_terms,
    skipped_words,
    term_named,
    terms_in,
)
from bot.retrieval.normalize import search_config
from bot.retrieval.passages import Passage, load_passages
from bot.retrieval.question_parts import (
    _QUOTED,
    CLAUSE_END,
    _kinds,
    _overlaps,
    cue_words,
    quoted,
    wanted_kind,
    wanted_kinds,
)

# One message for every question the guidance does not answer: said plainly, with what to do instead, and never
# with a passage borrowed from another topic.
NOT_FOUND = ("Pertanyaan itu di luar pedoman yang saya punya (pedoman penyusunan SKP dan IKI Kemenkes), jadi saya "
             "tidak menjawabnya. Bila pertanyaannya tentang SKP atau IKI, coba tulis dengan kata lain; untuk urusan "
             "kepegawaian lainnya, tanyakan ke bagian kepegawaian atau pengelola kinerja di unit Anda.")

# For a question by or about staff who are not ASN: the guidance is for ASN only, said plainly, with where to ask.
NOT_ASN = ("Pedoman yang saya punya (pedoman penyusunan SKP dan IKI Kemenkes) hanya mengatur pegawai ASN, yaitu PNS "
           "dan PPPK; aturan kinerja pegawai non-ASN seperti honorer atau tenaga kontrak di luar pedoman yang saya punya, "
           "jadi saya tidak menjawabnya. Tanyakan aturan untuk pegawai non-ASN ke bagian kepegawaian di unit Anda.")

MONTH_WORDS = frozenset(month.lower() for month in MONTHS)  # as tokens() writes them
# Number words count as numbers ("tujuh nilai", "Eselon II"); years do not ("SKP 2026" holds no count).
_NUMBER_WORDS = r"\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|\w+ puluh|\w+ belas)\b"
_WHEN = (r"\b(tanggal|paling lambat|selambat|akhir (bulan|tahun|triwulan|semester)|awal (bulan|tahun)|"
         r"setiap (bulan|triwulan|semester|tahun)|berkala|periodik|(triwulan|semester) (i|ii|iii|iv|\d)|minggu|"
         r"hari kerja|"
         r"(se|\w+ )(bulan|minggu|tahun|triwulan) sekali|tahun berjalan)\b")
_SHOWS = {
    "number": lambda text: bool(re.search(r"(?<![\d.,/])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?(?![\d/])", text)
                                or re.search(_NUMBER_WORDS, text.lower()) or re.search(r"\b(?:II|III|IV)\b", text)),
    # A month, a day or a period named as a time ("paling lambat", "akhir tahun", "setiap triwulan", "sebulan
    # sekali", "pada tahun berjalan"), or how often ("berkala"); a year alone
    # is not a date: nearly every answer cites a regulation's year ("PermenPANRB 6/2022").
    # A period of years ("2025–2029") is a date too.
    "date": lambda text: (any(m in text.lower() for m in MONTH_WORDS) or bool(re.search(_WHEN, text.lower()))
                          or bool(re.search(r"\b20\d\d\s*[–—-]\s*20\d\d\b", text))),
    "list": lambda text: text.count(",") >= 2 or ("," in text and " dan " in text),
    # "X adalah …", "… berarti …" (search.yaml answers.defined_by), or a term spelled out beside its abbreviation:
    # "Indikator Tujuan (IT)".
    "definition": lambda text: bool(_defines().search(text)),
    # «… adalah pimpinan …», «… ditetapkan atasan»: who does it is said (search.yaml scope.who_said_by/who_names)
    "who": lambda text: bool(_names_who().search(text)),
    # «… diisi di e-Kinerja»: the application asked for is named (search.yaml scope.app_names)
    "app": lambda text: any(name.lower() in text.lower() for name in search_config()["answers"]["scope"]["app_names"]),
}


@knowledge.cached
def _names_who() -> re.Pattern:
    scope = search_config()["answers"]["scope"]
    said = "|".join(re.escape(w) for w in scope["who_said_by"])
    names = "|".join(re.escape(w) for w in sorted(scope["who_names"], key=len, reverse=True))
    # «… adalah pimpinan», «… oleh atasan», or a passive verb's agent just after it («ditetapkan pimpinan»)
    return re.compile(rf"\b(?:{said}|di[a-z]{{3,}}(?:kan|i))\s+(?:{names})\b", re.IGNORECASE)


def _definers() -> str:
    """The words that say a passage defines what stands before them (search.yaml answers.defined_by), as a pattern."""
    return "|".join(re.escape(w) for w in search_config()["answers"]["defined_by"])


@knowledge.cached
def _defines() -> re.Pattern:
    return re.compile(rf"\b(?:{_definers()})\b|\w+ \w+ \([A-Z][A-Za-z-]{{1,8}}\)")


@dataclass(frozen=True)
class Told:
    """A short answer with its source and, optionally, what to do next in the chat."""

    text: str
    source: str
    hint: str = ""
    terms: tuple[str, ...] = ()  # the glossary terms it explains: further reading must be about them
    lead: str = ""  # «Ya.» or «Tidak.» before a yes-no question's answer
    steps: bool = False  # the steps of a task (a "Langkah:" line of the guidance): what a how-to question wants
    reason: bool = False  # why a rule holds (an "Alasan:" line of the guidance): what a why-question wants

    @property
    def said(self) -> str:
        return f"{self.lead} {self.text}" if self.lead else self.text


def fits(answer: str, kind: str | None) -> bool:
    """Whether an answer's text gives the kind of fact asked for (a number, a date, a list, a meaning)."""
    return kind is not None and kind in _SHOWS and _SHOWS[kind](answer)


def shows(told: Told, kind: str | None) -> bool:
    """fits(), where the steps a how-to asks for are the answers the guidance writes as steps."""
    return told.steps if kind == "howto" else fits(told.text, kind)


def rewritten(quoted: str) -> Told | None:
    """The quoted IKI written as a result by the rewriter (re-checked by the rules), with /cek for the rest; None
    when the rewriter has nothing to propose (the text already measures a result, or names no work)."""
    from bot.rewrite import rewrite

    candidates = rewrite(quoted).candidates
    if not candidates:
        return None
    config = search_config()["answers"]["rewrite_answer"]
    text = config["text"].format(quoted=quoted, rewrite=candidates[0].indikator)
    return Told(text, config["source"], hint=config["hint"].format(quoted=quoted))


def iki_of_rhk(rhk: str) -> Told | None:
    """The IKI measuring a quoted RHK's result: the rewriter's first proposal for the RHK's words (re-checked by the
    rules), with /cek for it (search.yaml `answers.rhk_iki`); None when the rewriter proposes nothing."""
    from bot.rewrite import rewrite

    candidates = rewrite(rhk).candidates
    if not candidates:
        return None
    config = search_config()["answers"]["rhk_iki"]
    proposed = candidates[0].indikator
    return Told(config["text"].format(quoted=rhk, rewrite=proposed), config["source"],
                hint=config["hint"].format(rewrite=proposed))


_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{1,5}(?![\w-])")
NOT_DEFINED = ("Pedoman yang saya punya menyebut «{term}», tetapi tidak menjelaskan artinya, jadi saya tidak "
               "menebaknya. Tanyakan artinya ke atasan atau pengelola kinerja unit Anda.")


def undefined_acronym(question: str, answer: str) -> str | None:
    """«apa itu PME»: the acronym a definition question asks about alone, when no glossary term names it and the
    answer found does not define it either (it is not followed by «adalah», «(», … nor spelled out before it in
    brackets); None otherwise. Such a term is said to be undefined, not answered with a neighbouring passage."""
    if wanted_kind(question) != "definition" or terms_in(question):
        return None
    acronyms = list(dict.fromkeys(_ACRONYM.findall(unicodedata.normalize("NFKC", question))))
    if len(acronyms) != 1:
        return None
    term = acronyms[0]
    cues = {w for phrase in search_config()["answers"]["kinds"]["definition"] for w in tokens(phrase)}
    asks = set(search_config()["answers"]["yesno"]["other_questions"])
    rest = [w for w in cue_words(question) if w != term.lower() and w not in cues | asks | skipped_words()]
    if rest:
        return None
    defines = re.compile(rf"\b{term}\b\s*(?:\(|{_definers()})"
                         rf"|\([^)]*\b{term}\b[^)]*\)")
    return None if defines.search(answer) else term


UNKNOWN_TERM = ("«{term}» di luar pedoman yang saya punya (pedoman penyusunan SKP dan IKI Kemenkes): pedoman itu tidak "
                "memuat istilah ini, jadi saya tidak menebak artinya dan tidak menjawabnya dengan arti istilah lain. "
                "Bila itu istilah di unit Anda, tanyakan artinya ke atasan atau pengelola kinerja unit Anda.")
# A run of capitals as typed, parts joined by «/» («HI/CI»): one term asked.
_ACRONYM_RUN = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{1,5}(?:/[A-Z][A-Z0-9]{1,5})*(?![\w-])")
_WORD_AT = re.compile(r"\w+(?:/\w+)*")  # «REPORT_COUNT» one word, a code, never two acronyms


def words_of(passages: list[Passage]) -> frozenset[str]:
    """Every word the guidance writes (passages, their titles, sources, short answers and ways of asking), lower case."""
    return frozenset(w.lower() for p in passages
                     for text in [p.title, p.text, p.source, *(a.text for a in p.answers),
                                  *(q for a in p.answers for q in a.questions)]
                     for w in re.findall(r"[^\W_]+", text))


@knowledge.cached
def guidance_words() -> frozenset[str]:
    """words_of the shipped guidance (the settings' knowledge folder): for a glossary line asked outside a retriever."""
    from bot.settings import get_settings

    return words_of(load_passages(get_settings().knowledge_dir / "guidelines"))


def unknown_acronym(question: str, known: frozenset[str] | None = None) -> str | None:
    """«IKI HI/CI itu apa», «apa itu IKI CI», «di SKP ada HI/CI, itu apa ya?»: a definition question naming a glossary
    term and an acronym, typed in capitals first or next to a glossary term or to the asking words, that the guidance
    never writes (`known`: the passages' words, lower case) nor the glossary names: the term asked, said to be outside
    the guidance, never answered with the glossary term's meaning (files35 #4). None otherwise."""
    if wanted_kind(question) != "definition":
        return None
    known = guidance_words() if known is None else known
    text = unicodedata.normalize("NFKC", question)
    cues = {w for phrase in search_config()["answers"]["kinds"]["definition"] for w in tokens(phrase)}
    for sentence in question_sentences(text):
        if not dict(_kinds())["definition"].find(cue_words(sentence)) or not terms_in(sentence):
            continue  # an acronym asked alone is left to undefined_acronym and the search
        words = [(m.group(), m.start()) for m in _WORD_AT.finditer(sentence)]
        for i, (word, _) in enumerate(words):
            if not _ACRONYM_RUN.fullmatch(word):
                continue
            if all(part.lower() in known or part.lower() in cues or part.lower() in skipped_words() or terms_in(part)
                   or is_indonesian_word(part.lower()) for part in word.split("/")):  # «RA»: a term in capitals
                continue
            beside = [words[j][0] for j in (i - 1, i + 1) if 0 <= j < len(words)]
            if i == 0 or any(w.lower() in cues or terms_in(w) for w in beside):  # the subject, or what a term is
                return word
    return None


def with_source(answer: str, source: str) -> str:
    return f"{answer} (Sumber: {source})" if source else answer


def _without_clarification(question: str) -> str:
    """The question without a last sentence saying what the asker meant after a question («…? maksudnya dr direktur
    ke katim trs ke anggota»: search.yaml `answers.clarifies`, no «?» of its own)."""
    asked, mark, rest = question.rpartition("?")
    if not mark or "?" in rest or not phrase_set("search", "answers", "clarifies").match_at(tokens(rest), 0):
        return question
    return asked + mark


def from_glossary(question: str, topic: str | None = None) -> Told | None:
    """"apa itu X", "X itu apa", "singkatan X": X's line; "beda X dan Y": both lines. None when the question asks
    something else, or names no term. topic: the term a conversation is about (the open step's), the other side of
    a comparison that names one term ("bedanya sama RHK apa?" while writing an IKI)."""
    words = cue_words(question)
    same = claimed_same(question)
    if same:
        return replace(_told(same), lead=search_config()["answers"]["yesno"]["lead"]["tidak"])
    compares = bool(phrase_set("search", "answers", "compare").find(words))
    defines = bool(dict(_kinds())["definition"].find(cue_words(_without_clarification(question)))) \
        and not phrase_set("search", "answers", "figure_words").find(words) \
        and not _overlaps(dict(_kinds())["definition"].find(words), dict(_kinds())["list"], words)
    closing = _closing_meaning(question)
    defines = defines or closing is not None
    bare = _bare_term(question) if not (compares or defines) else None
    if bare is not None:  # «beyond??», «TUSI?»: a term typed alone asks what it is
        return _told([bare])
    if not (compares or defines):
        # A finding's name from /cek or the audit («REPORT_COUNT», «porsi IKI kegiatan», «NIP yg ???») is answered
        # by what it means whatever the question asks of it, and so is its label asked why it was given («kenapa
        # dianggap absolut?», search.yaml `answers.finding_cues`).
        cue = phrase_set("search", "answers", "finding_cues").find(words)
        asked = named_always(question) or ([t for t in terms_in(question) if t.finding] if cue else [])
        if asked:
            return _told(asked[:1])
        return judged(question) if cue else None
    question = nya_apart(question)  # «TUSInya maksudnya apa» asks about TUSI
    words = cue_words(question)
    named = terms_in(question)
    if compares:
        # The terms compared are in the cue's sentence: «… tiap anggota beda provinsi. gmn … di MPPH?» compares none;
        # of several sentences, one that asks («… pegang eselon 1 beda. … IKI anggota hrs beda semua?»).
        cue = _asking_cue(question, words, phrase_set("search", "answers", "compare"))
        around = _around(question, words, cue, _SENTENCE_END)
        sentence = cue_words(question if around is None else unicodedata.normalize("NFKC", question)[around[0]:around[1]])
        if phrase_set("search", "answers", "figure_words").find(sentence) \
                and not phrase_set("search", "answers", "which_one").find(sentence):
            # «kapan SKP katim selesai disusun, beda ga sama pimpinan unit?»: whether a date or a figure differs, not
            # what the terms mean; «X vs Y, kapan pake yg mana?» asks which of them fits, a comparison still
            return None
        named = list(dict.fromkeys(t for t, span in placed_terms(question)
                                   if around is None or around[0] <= span[0] and span[1] <= around[1]))
    if compares and len(named) == 1 and topic:
        about = term_named(topic)
        named = [about, *named] if about and about not in named else named
    if compares and len(named) >= 2:
        return _told(named[:2])
    if defines and named and not _asks_how_of_it(question, words):
        unknown = unknown_acronym(question)
        if unknown:  # «IKI HI/CI itu apa» at a step: never the IKI's line (files35 #4)
            return Told(UNKNOWN_TERM.format(term=unknown), "")
        cue = dict(_kinds())["definition"].find(words) or closing
        return _told(_with_joined(question, _defined(question, words, cue),
                                  _around(question, words, cue, _SENTENCE_END)))
    return None


def _bare_term(question: str) -> Term | None:
    """The one glossary term a message is made of, with only calls and chat words around it (search.yaml
    `answers.bare_term_words`: «min», «sih») and marks; None for anything more («beyond 20%?», «gmn cara bikin MPPH»,
    «MPPH cuma 1 tingkat doang?»)."""
    rest = unicodedata.normalize("NFKC", question)  # where placed_terms places them
    placed = placed_terms(rest)
    if len({t.name for t, _ in placed}) != 1:
        return None
    for start, end in sorted((span for _, span in placed), reverse=True):
        rest = rest[:start] + " " + rest[end:]
    return None if set(tokens(rest)) - set(search_config()["answers"]["bare_term_words"]) else placed[0][0]


def meaning_and_figure(question: str) -> tuple[str, str] | None:
    """«iki itu apa sih, trus hrs brp?», «what is an IKI and how many do I need»: a message asking in one clause what
    something means and in another clause a figure or a date (`figure_words`), the clauses parted by a comma, a
    question mark or `clause_joins`: (the clause asking the meaning, the one asking the figure); None otherwise
    («maksudnya bobot CL berapa?» asks the figure only)."""
    config = search_config()["answers"]
    joins = "|".join(re.escape(w) for w in sorted(config["clause_joins"], key=len, reverse=True))
    clauses = [c.strip() for c in re.split(rf"[,;?]+|\b(?:{joins})\b", question, flags=re.IGNORECASE) if c.strip()]
    figure, definition = phrase_set("search", "answers", "figure_words"), dict(_kinds())["definition"]
    figures = [c for c in clauses if figure.find(tokens(c))]
    meanings = [c for c in clauses if definition.find(cue_words(c)) and not figure.find(tokens(c))]
    return (meanings[0], figures[0]) if len(figures) == 1 and len(meanings) == 1 else None


def claimed_same(question: str) -> list[Term]:
    """The two glossary terms a question claims are one thing («catatan harian sm rencana aksi tu sama aja kan»:
    search.yaml `answers.same`): two terms side by side, the claim right after them; [] when none is claimed so."""
    config = search_config()["answers"]["same"]
    claims = phrase_set("search", "answers", "same", "claims")
    for sentence in question_sentences(question):
        placed = placed_terms(sentence)
        for (first, (_, joined)), (second, (start, end)) in zip(placed, placed[1:]):
            after = tokens(sentence[end:])
            skip = next((i for i, w in enumerate(after) if w not in config["between"]), len(after))
            if first != second and len(tokens(sentence[joined:start])) <= config["joined"] \
                    and claims.match_at(after, skip):
                return [first, second]
            if first != second and _same_between(tokens(sentence[joined:start])):
                return [first, second]
    return []


def _same_between(between: list[str]) -> bool:
    """«rencana aksi itu sama aja dgn catatan harian kan?»: the claim said between the two terms, «sama» (`same.
    between` words before it, chat words after it) then a word joining it to the second term (`same.joined_by`)."""
    config = search_config()["answers"]["same"]
    words = [w for w in between if w not in config["between"]]
    return len(words) >= 2 and words[0] in config["alike"] and words[-1] in config["joined_by"] \
        and all(w in config["alike_fillers"] for w in words[1:-1])


def judged(question: str) -> Told | None:
    """«kenapa Persentase kabupaten/kota yang melaksanakan BIAS … dianggap kegiatan? itu kan persentase»: the IKI a
    question asks a finding of (quoted, or from the first word an IKI opens with, a measure or an activity verb, up
    to the finding cue) checked by the rules, and their first error said with its category's name; None when the
    question holds no IKI or the rules find nothing wrong with it."""
    from bot.models import IkiDraft, Severity
    from bot.rules import check_iki

    iki = quoted(question)
    if iki is not None:  # the cue asks about the quote only when it stands outside it («'surat masuk …' oke?»)
        found = _QUOTED.search(question)
        around = cue_words(question[:found.start()] + " " + question[found.end():])
        if not phrase_set("search", "answers", "finding_cues").find(around):
            return None
    else:
        iki = _before_finding_cue(question)
    if not iki:
        return None
    found = [f for f in check_iki(IkiDraft(indikator=iki)).findings if f.severity is Severity.error]
    if not found:
        return None
    first = found[0]
    category = knowledge.data("rules/rules")["categories"][first.category.value]
    config = search_config()["answers"]["judged_answer"]
    text = config["text"].format(iki=iki, code=first.category.value, label=category["label"], message=first.message)
    return Told(text, category["source"], config["hint"].format(iki=iki), (first.category.value,))


def _before_finding_cue(question: str) -> str | None:
    """The words an IKI opens with (rules lexicon: a measure word or an activity verb) up to the finding cue after
    them, in the cue's sentence: «kenapa Persentase … sesuai jadwal dianggap kegiatan?» → «Persentase … jadwal»."""
    from bot.rules.analysis import is_activity_verb
    from bot.rules.lexicon import lexicon

    text = unicodedata.normalize("NFKC", question)
    words, spans = tokens(text), token_spans(text)
    cue = phrase_set("search", "answers", "finding_cues").find(words)
    if cue is None or len(words) != len(spans):
        return None
    at = cue[0]
    start = at
    while start > 0 and not _SENTENCE_END.search(text[spans[start - 1][1]:spans[start][0]]):
        start -= 1
    lex = lexicon()
    asking = set(search_config()["answers"]["judged_answer"]["asking"])
    opens = start
    while opens < at and words[opens] in asking:
        opens += 1
    while at > opens and words[at - 1] in asking:
        at -= 1
    # Only an IKI opens the sentence (after words that ask): «… mau ngisi logbook ga bisa masuk» is no IKI.
    if at - opens < _JUDGED_MIN_WORDS or not (lex.measures.match_at(words, opens) or is_activity_verb(words, opens, lex)):
        return None
    return text[spans[opens][0]:spans[at - 1][1]]


_JUDGED_MIN_WORDS = 3  # «Jumlah rapat koordinasi»: fewer words than an IKI are a word asked about, not an IKI


def _asks_how_of_it(question: str, words: list[str]) -> bool:
    """«how do I fill in the rencana aksi in e-Kinerja? what is it supposed to be based on?»: a meaning cue whose
    clause names no term asks about the task the how-to names, not for the meaning of a term elsewhere."""
    if "howto" not in wanted_kinds(question):
        return False
    clause = _around(question, words, dict(_kinds())["definition"].find(words), CLAUSE_END)
    return clause is not None and not any(clause[0] <= span[0] and span[1] <= clause[1]
                                          for _, span in placed_terms(question))


def _asking_cue(question: str, words: list[str], cues: PhraseSet) -> tuple[int, tuple[str, ...]] | None:
    """The first cue standing in a sentence that asks (a question mark or a question word), or the first cue when
    the message is one sentence or none asks: «beda» in a sentence that tells («… eselon 1 beda.») says different,
    it does not ask for a difference."""
    found = [(i, phrase) for i in range(len(words)) if (phrase := cues.match_at(words, i))]
    config = search_config()["answers"]["yesno"]
    asks = set(config["other_questions"]) | set(config["tags"])
    text = unicodedata.normalize("NFKC", question)
    for cue in found:
        around = _around(question, words, cue, _SENTENCE_END)
        if around is None or (around[0], around[1]) == (0, len(text)):
            return cue
        sentence = text[around[0]:around[1] + 1]
        if "?" in sentence or set(tokens(sentence)) & asks:
            return cue
    return found[0] if found else None


def _with_joined(question: str, term: Term, sentence: tuple[int, int] | None = None) -> list[Term]:
    """The term asked about, with the one beside it when only a joining word stands between them («IKM sm IKD itu
    artinya apa» asks for both, in the order written; search.yaml `answers.joining_words`), within the sentence that
    asks when known («… ada REPORT_COUNT, NO_MEASURE. REPORT_COUNT itu apa?» asks for one)."""
    placed = [(t, span) for t, span in placed_terms(question)
              if sentence is None or sentence[0] <= span[0] and span[1] <= sentence[1]]
    text = unicodedata.normalize("NFKC", question)
    joining = set(search_config()["answers"]["joining_words"])
    for (first, (_, end)), (second, (start, _)) in zip(placed, placed[1:]):
        between = text[end:start]
        joined = set(tokens(between)) <= joining if tokens(between) else between.strip() in ("&", "/", ",")
        if term in (first, second) and first != second and joined and not re.search(r"[.?!;:]", between):
            return [first, second]
    return [term]


_SENTENCE_END = re.compile(r"[;?!]|\.(?!\d)")


def _around(question: str, words: list[str], cue: tuple[int, tuple[str, ...]] | None, ends: re.Pattern
            ) -> tuple[int, int] | None:
    """(start, end) of the clause or sentence (by `ends`) holding the cue, in the NFKC question; None when unsure."""
    spans = token_spans(question)
    if cue is None or len(spans) != len(words):
        return None
    start, end = spans[cue[0]][0], spans[cue[0] + len(cue[1]) - 1][1]
    text = unicodedata.normalize("NFKC", question)
    return (max((m.end() for m in ends.finditer(text, 0, start)), default=0),
            next((m.start() for m in ends.finditer(text, end)), len(text)))


def _closing_meaning(question: str) -> tuple[int, tuple[str, ...]] | None:
    """The `answers.meaning_closers` phrase closing a sentence of the question («MPPH milestone tu gmn», only
    `fillers` after it) with its position among cue_words(question), as `PhraseSet.find` gives a cue; None when no
    sentence closes so (a verb after «itu gimana» asks how)."""
    config = search_config()["answers"]["meaning_closers"]
    closers = sorted({tuple(tokens(p)) for p in config["phrases"]}, key=len, reverse=True)
    fillers, start = set(config["fillers"]), 0
    for end in [m.end() for m in _SENTENCE_END.finditer(question)] + [len(question)]:
        sentence = question[start:end]
        words = cue_words(sentence)
        while words and words[-1] in fillers:
            words.pop()
        phrase = next((p for p in closers if len(words) > len(p) and tuple(words[-len(p):]) == p), None)
        # only terms stand before it («MPPH milestone tu gmn»): «penilaian 360 … di SKP itu gimana?» asks how a
        # thing of its own works, not what SKP means; «itu gimana?» alone asks nothing of a term
        spans = [span for _, span in placed_terms(sentence)]
        rest = [w for i, (w, (a, b)) in enumerate(zip(cue_words(sentence), token_spans(sentence)))
                if i < len(words) - len(phrase or ()) and not any(s <= a and b <= e for s, e in spans)]
        if phrase and spans and not set(rest) - fillers - skipped_words():
            return len(cue_words(question[:start])) + len(words) - len(phrase), phrase
        start = end
    return None


def _defined(question: str, words: list[str], cue: tuple[int, tuple[str, ...]] | None = None) -> Term:
    """Of the terms a definition question names, the one it asks about: in the cue's clause («…, IKM tu apaan»),
    the first one not placed by a preposition («skema pertanggungjawaban di lampiran SKP itu apa» asks about the
    skema, «pendekatan layanan dlm cascading» about the pendekatan); else the one nearest the cue."""
    placed = placed_terms(question)
    cue = cue or dict(_kinds())["definition"].find(words)
    clause = _around(question, words, cue, CLAUSE_END)
    if clause is None:
        return placed[0][0]
    text = unicodedata.normalize("NFKC", question)
    in_clause = [(term, span) for term, span in placed if clause[0] <= span[0] and span[1] <= clause[1]]
    placed_by = phrase_set("search", "answers", "placing_words")
    heads = [i for i, (_, span) in enumerate(in_clause) if not placed_by.find(tokens(text[:span[0]])[-1:])]
    if heads or in_clause:
        return _most_specific(text, in_clause, (heads or [0])[0])
    return min(placed, key=lambda p: min(abs(clause[0] - p[1][1]), abs(p[1][0] - clause[1])))[0]


def _most_specific(text: str, placed: list[tuple[Term, tuple[int, int]]], at: int) -> Term:
    """The term asked about, from the head at `at`: the term written right after it instead when it is narrower
    («cascading non direct», «IKI Core CL») or a word for a kind is the head or stands between («jenis TUSI», «IKI
    tipe Beyond»), and so on along the phrase («IKI jenis TUSI» asks about TUSI). Only `qualifier.links` and kind
    words may stand between (search.yaml). A term written right after a frame more glossary lines name («MPPH
    milestone») is the one asked too (`glossary.named_by`)."""
    config = search_config()["answers"]["qualifier"]
    term, span = placed[at]
    for following, next_span in placed[at + 1:]:
        between, kinds = tokens(text[span[1]:next_span[0]]), set(config["kind_words"])
        if not text[span[1]:next_span[0]].strip() and named_by().get(term.name, 0) > named_by().get(following.name, 0):
            # «MPPH milestone tu gmn»: two terms side by side, the first a frame more lines are written in, ask
            # about the narrower notion within it
            term, span = following, next_span
            continue
        kind_word = bool(set(between) & kinds) or tokens(text[span[0]:span[1]]) in ([w] for w in kinds)
        if re.search(r"[.,;:?!]", text[span[1]:next_span[0]]) or not set(between) <= set(config["links"]) | kinds \
                or not (kind_word or narrower(following, term)):
            break
        term, span = following, next_span
    return term


def _told(terms: list[Term]) -> Told:
    text, source = meaning(terms)
    return Told(text, source, terms[0].hint if len(terms) == 1 else "", tuple(t.name for t in terms))
