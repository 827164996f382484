"""Whether a question lies outside the guidance: a topic it does not cover, staff who are not ASN, another employer,
someone's own record or score, a figure or a year the guidance does not hold, words it never uses (search.yaml
`answers.outside_topics`, `not_asn`, `own_record`, `score_gaming`, `scope`).
"""

import difflib
import re

from bot import knowledge
from bot.lang.english import function_words, indonesian_word
from bot.lang.text import PhraseSet, phrase_set, possessed, question_sentences, token_spans, tokens
from bot.lang.words import stem
from bot.retrieval.glossary import skipped_words, terms_in
from bot.retrieval.normalize import keyword_words, search_config
from bot.retrieval.question_parts import asking_sentence, quoted, wanted_kinds


def names_outside_topic(question: str) -> bool:
    """Pay, leave, rank, retirement …: subjects the guidance does not cover (search.yaml `answers.outside_topics`),
    another employer's rules, or who holds an office now («siapa ketua tim … sekarang», `answers.current_person`)."""
    words = tokens(question)
    outside = phrase_set("search", "answers", "outside_topics")
    # each sentence asking counts: «brp kenaikan pangkat reguler …? SKP sy harus baik 2 thn?» asks of rank first;
    # who to contact about something is asked of all the message tells («SIMRS error …. siapa yg hrs dihubungi?»)
    contact = phrase_set("search", "answers", "contact_asks").find(tokens(asking_sentence(question)))
    topic = (outside.find(words) and not asks_effect_of_a_move(question) and not asks_jenis_of_term(question)
             and not drafts_topic(question)
             and any(_names_topic(outside, text)
                     for text in (question if contact else asking_sentence(question), *_asking_sentences(question),
                                  *effect_subjects(question))))
    return (bool(topic) or games_score(words) or asks_a_record(question) or _other_employer(words)
            or asks_clinical_standard(question)
            or bool(phrase_set("search", "answers", "current_person", "asks").find(words)
                    and phrase_set("search", "answers", "current_person", "now").find(words)))


def drafts_topic(question: str) -> bool:
    """«sy mau nanya\ncara nentuin target IKI\nyg uptime server SIMRS»: a how-to naming an IKI and, a few words after
    it, an outside topic drafts an IKI measuring that work (search.yaml `answers.topic_drafted`); «gmn ngisi IKI kalo
    server e-Kinerja down» names the topic after a break: the trouble is asked."""
    config = search_config()["answers"]["topic_drafted"]
    sentence = asking_sentence(" ".join(question.split()))
    if "howto" not in wanted_kinds(sentence):
        return False
    words, outside = tokens(sentence), phrase_set("search", "answers", "outside_topics")
    names, breaks = set(config["names"]), set(config["breaks"])
    for i, w in enumerate(words):
        if w not in names:
            continue
        for j in range(i + 1, min(i + 1 + config["within"], len(words))):
            if words[j] in breaks:
                break
            if outside.match_at(words, j):
                return True
    return False


def asks_clinical_standard(question: str) -> bool:
    """«standar waktu layanan HD berapa jam?»: a clinical service's own standard asked for, a sentence naming a
    standard, a clinical service and a unit of time (search.yaml `answers.clinical_standard`); the guidance sets no
    clinical standard. A message naming an SKP word («IKI nya gmn nulisnya?») asks about drafting: not outside."""
    config = search_config()["answers"]["clinical_standard"]
    if phrase_set("search", "answers", "clinical_standard", "drafting").find(tokens(question)):
        return False
    groups = [phrase_set("search", "answers", "clinical_standard", group) for group in ("standard", "care", "time")]
    return config is not None and any(all(group.find(tokens(sentence)) for group in groups)
                                      for sentence in re.split(r"[.?!\n]+", question))  # any mark, spaced or not


def asks_jenis_of_term(question: str) -> bool:
    """«pelatihan 20 JPL sy itu masuk IKI core ya, bukan beyond?»: the jenis (search.yaml `answers.jenis_terms`) asked
    of work whose every outside topic the glossary names as a term of its own (JPL, an example of Core MI): the jenis
    rule answers it, though the topic asked alone («JPL minimal brp per tahun?») is outside. «tukin masuk core?»
    names a topic the glossary does not hold: still outside."""
    sentence = asking_sentence(question)
    jenis = set(search_config()["answers"]["jenis_terms"])
    if not any(term.name in jenis for term in terms_in(sentence)):
        return False
    words, outside = tokens(question), phrase_set("search", "answers", "outside_topics")
    named = [outside.match_at(words, i) for i in range(len(words))]
    return all(terms_in(" ".join(phrase)) for phrase in named if phrase)


def let_in_by_jenis(question: str) -> bool:
    """Whether the question names an outside topic and is answered only because it asks the topic's jenis
    (`asks_jenis_of_term`): no lead but the jenis rule's may be given it."""
    return bool(phrase_set("search", "answers", "outside_topics").find(tokens(question))) \
        and asks_jenis_of_term(question)


def _names_topic(topics: PhraseSet, text: str) -> bool:
    """Whether the text names a topic, a noun with -nya as the noun too («sy pensiun Agustus …? terus pensiunnya
    dihitung dr TMT kapan?»: the question names it plainly, its asking sentence with -nya)."""
    words = tokens(text)
    return bool(topics.find(words) or topics.find([possessed(w) or w for w in words]))


def about_non_asn(question: str) -> bool:
    """Asked by or about staff who are not ASN («sy honorer», «tenaga kontrak», search.yaml `answers.not_asn`), in the
    question and in its asking sentence, or in any sentence of it that asks («skp utk tenaga honorer gmn? mereka pake
    e-kinerja jg ga?»: the second asks of them too; «… apa mereka jg nyusun IKI?» asks of them by `not_asn_referents`),
    both: the guidance (PermenPANRB 6/2022) covers ASN only."""
    words = phrase_set("search", "answers", "not_asn")
    iki = quoted(question)
    question = question.replace(iki, " ") if iki else question  # an IKI about outsourced work asks about the IKI
    asking = _asking_sentences(question)
    referents = set(search_config()["answers"]["not_asn_referents"])
    return bool(words.find(tokens(question)) and (words.find(tokens(asking_sentence(question)))
                                                   or any(words.find(tokens(s)) or referents & set(tokens(s))
                                                          for s in asking)))


def _asking_sentences(question: str) -> list[str]:
    """The message's sentences that end in «?»."""
    return [s for s in question_sentences(question) if s.endswith("?")]


def _other_employer(words: list[str]) -> bool:
    """Names another ministry, service or company as the subject («SKP guru di kemendikdasmen»), not as where the
    user comes from («baru pindah dr pemda»); a maker of the rules only as a workplace («di BKN IKI pegawainya …»,
    not «menurut BKN»; search.yaml `answers.other_employers`)."""
    config = search_config()["answers"]["other_employers"]
    names, origin = phrase_set("search", "answers", "other_employers", "names"), set(config["origin"])
    rule_makers, workplace = phrase_set("search", "answers", "other_employers", "rule_makers"), set(config["workplace"])
    before = set(config["origin_before"])  # «dulu di pemda»: a past word and a place word before it tell an origin
    return any((names.match_at(words, i) or _named_office(words, i, config)) and (i == 0 or words[i - 1] not in origin)
               and not (i > 1 and words[i - 2] in before and words[i - 1] in workplace)
               or rule_makers.match_at(words, i) and i > 0 and words[i - 1] in workplace for i in range(len(words)))


def _named_office(words: list[str], i: int, config: dict) -> bool:
    """«Kementerian Pertanian», «kementerian PU»: an office word then a name that is neither a function word («dari
    tingkat kementerian sampai pegawai») nor the ministry's own («Kementerian Kesehatan»)."""
    return (words[i] in config["offices"] and i + 1 < len(words) and words[i + 1].isalpha()
            and words[i + 1] not in config["own"] and words[i + 1] not in skipped_words())


def effect_subjects(question: str) -> list[str]:
    """The clauses an effect is asked of: a clause or sentence opening with an `answers.effect_openers` word, with no
    subject of its own («LHKPN sy blm lapor, ngaruh ke SKP?», «brp AK per tahun? pengaruh ke SKP gak?»), asks what
    the one before it does."""
    return [subject for subject, _ in _effect_pairs(question)]


def asks_effect_of_a_move(question: str) -> bool:
    """An effect asked of a move of one's post («sy pindah tugas ke Biro Hukum bulan juli. ngaruh ke SKP?»), the effect
    clause naming no outside subject of its own (not «…, ngaruh ke tukin?»): the guidance answers it, a mutasi jabatan
    or a change of structure being a reason to change the SKP (perubahan_skp.yaml `reasons.struktur.words`), though
    the move itself (its terms, its papers) is outside."""
    moves, outside = phrase_set("perubahan_skp", "reasons", "struktur", "words"), phrase_set("search", "answers",
                                                                                             "outside_topics")
    pairs = _effect_pairs(question)
    return bool(pairs) and all(moves.find(tokens(subject)) and not _names_topic(outside, effect)
                               for subject, effect in pairs)


def _effect_pairs(question: str) -> list[tuple[str, str]]:
    """Each clause opening with an `answers.effect_openers` word with the clause before it, its subject."""
    openers = phrase_set("search", "answers", "effect_openers")
    fillers = set(search_config()["answers"]["effect_fillers"])
    clauses = [c for c in re.split(r"(?<=[.?!])\s+|\n+|[,;]\s*", question.strip()) if c.strip()]
    return [(clauses[i - 1], clauses[i]) for i in range(1, len(clauses))
            if openers.match_at([w for w in tokens(clauses[i]) if w not in fillers], 0)]


def asks_a_record(question: str) -> bool:
    """Asks for someone's own figures or a named person's record («nilai SAKIP unit sy brp?», «SKP nya bu Rina isinya
    apa»): data the guidance does not hold (search.yaml `answers.own_record`)."""
    config = search_config()["answers"]["own_record"]
    score = search_config()["answers"]["score_gaming"]
    words = tokens(question)
    # «nilai SAKIP unit sy brp?», «predikat kinerja sy tahun 2025 apa?»: a figure or a year asked of one's own score
    own_score = ((any(w in config["asks"] for w in words) or bool(years_asked(question)))
                 and any(w in config["own"] for w in words)
                 and any(w in score["score"] and words[i + 1:i + 2] not in ([n] for n in score["not_score"])
                         for i, w in enumerate(words)))
    titles, record = "|".join(map(re.escape, config["titles"])), "|".join(map(re.escape, config["record"]))
    named = re.search(rf"\b(?:{record})(?:\s*-?nya)?\s+(?:{titles})\.?\s+(\w+)", question, re.IGNORECASE)
    so_far = (any(w in config["asks"] for w in words) and any(w in config["progress"] for w in words)
              and bool(phrase_set("search", "answers", "own_record", "so_far").find(words)))
    # «bu Rina», not «bu kalau»; «IKI dr RHK …», «IKI dr Renstra», «SKP dr BPFK»: «dr» is «dari» before a guidance
    # term or an acronym, no title of a person's name
    name = named.group(1) if named else ""
    return own_score or so_far or bool(name[:1].isupper() and not name.isupper() and not terms_in(name))


def games_score(words: list[str]) -> bool:
    """Asks how to push one's own score up («trik biar nilai SKP tinggi», «naikin nilai IP ASN»): not something the
    guidance answers (search.yaml `answers.score_gaming`)."""
    config = search_config()["answers"]["score_gaming"]
    if any(w in config["tricks"] for w in words):
        return True
    within = config["within"]
    return any(w in config["score"] and words[i + 1:i + 2] not in ([n] for n in config["not_score"])
               and any(v in config["raise"] for v in words[max(i - within, 0):i] + words[i + 1:i + 1 + within])
               for i, w in enumerate(words))


def figure_of_foreign(question: str, vocabulary: frozenset[str]) -> bool:
    """«berapa jumlah jemaah haji 2026 …», «berapa angka kredit minimal per tahun …»: the thing whose figure is asked,
    right after the figure word (`answers.scope.figure_of` fillers aside), is one the guidance names but gives no
    figure of (`figure_of.no_figures`), or a thing a measure word counts («jumlah», «banyaknya») that the guidance never
    uses: no figure of the guidance answers it, whichever figure an answer holds. «tgl brp ya kak? takut telat» counts
    nothing."""
    config = search_config()["answers"]["scope"]["figure_of"]
    words = tokens(question)
    asks = phrase_set("search", "answers", "scope", "asks_figure")
    at = next((i + len(found) for i in range(len(words)) if (found := asks.match_at(words, i))), None)
    after = [w for w in words[at:] if w not in config["fillers"]] if at is not None else []
    no_figures = phrase_set("search", "answers", "scope", "figure_of", "no_figures")
    if no_figures.match_at(after, 0):
        return True
    # «predikat 'sangat baik' itu syaratnya nilai brp?»: a figure word closing its sentence asks it of what stands
    # before it in that sentence
    tags = set(search_config()["answers"]["yesno"]["tags"]) | skipped_words()
    spans = token_spans(question)
    if at is not None and all(w in tags for w in after) and len(spans) == len(words):
        start = max((m.end() for m in re.finditer(r"[.?!\n]", question[:spans[at - 1][0]])), default=0)
        return bool(no_figures.find(tokens(question[start:])))
    if len(after) < 2 or after[0] not in config["measures"]:
        return False
    thing = after[1]
    return (thing.isalpha() and thing not in skipped_words() | function_words()
            and not terms_in(thing) and not _known(thing, vocabulary))


def asks_figure(question: str) -> bool:
    """"berapa …", "cara hitung …": the answer must hold a number."""
    return bool(phrase_set("search", "answers", "scope", "asks_figure").find(tokens(question)))


_FIGURE = re.compile(r"(?<![\d.,/])(?!(?:19|20)\d\d\b)(\d+)(?!\d|[.,/]\d)")  # a whole figure, not a year


def figures_told(question: str) -> set[str]:
    """The figures a question states in the sentences that tell before the one asking («setjen kan ada 13 unit
    eselon II. IKK setjen di renstra totalnya brp?»): what the user already knows, never the figure asked."""
    sentences = question_sentences(question)
    telling = [s for s in sentences[:-1] if not s.rstrip().endswith("?") and not wanted_kinds(s)]
    return {m.group(1) for s in telling for m in _FIGURE.finditer(s)}


def restates(answer: str, figures: set[str]) -> bool:
    """Whether an answer holds every figure given (as a whole number)."""
    held = {m.group(1) for m in _FIGURE.finditer(answer)}
    return bool(figures) and figures <= held


_YEARS = re.compile(r"(?<!\d)(20\d\d)(?:\s*[–—-]\s*(20\d\d))?(?!\d)")


# A regulation's year ("PMK 12/2025", "PMK No. 12 Tahun 2025") dates the rule, not the figure.
_CITED = re.compile(r"(?:/|\bno(?:mor)?\.?\s*\d+\s+tahun\s+)20\d\d\b", re.IGNORECASE)


def _years(text: str) -> set[str]:
    """The years a text names, a period as one ("2025-2029")."""
    return {f"{a}-{b}" if b else a for a, b in _YEARS.findall(_CITED.sub(" ", text))}


def years_asked(question: str) -> set[str]:
    """The years a question asks about besides the guidance's own (search.yaml `answers.scope.guidance_year` and
    the Renstra's period, `guidance_periods`): written ("2024", "2019-2024") or said ("tahun lalu")."""
    scope = search_config()["answers"]["scope"]
    asked = _years(question)
    if phrase_set("search", "answers", "scope", "last_year").find(tokens(question)):
        asked.add(str(scope["guidance_year"] - 1))
    return asked - {str(scope["guidance_year"])} - set(scope["guidance_periods"])


def about_years(answer: str, years: set[str]) -> bool:
    """Whether an answer names every year asked: a figure of another year is not the figure asked for."""
    return years <= _years(answer)


def unknown_words(question: str, vocabulary: frozenset[str]) -> list[str]:
    """The question's words the guidance never uses (stems outside `vocabulary`; chat words, English function words,
    numbers and codes aside; a near spelling of a known word counts as known, and so does an English word whose
    Indonesian the guidance uses: «evaluation» is «evaluasi»): a sign its subject is something else."""
    unknown = []
    for word in keyword_words(question, skipped_words() | function_words()):
        if not word.replace("-", "").isalpha() or _known(word, vocabulary):
            continue
        unknown.append(word)
    return unknown


def _known(word: str, vocabulary: frozenset[str]) -> bool:
    said = indonesian_word(word)
    return (stem(word) in vocabulary or _near(word, vocabulary)
            or bool(said) and all(stem(w) in vocabulary for w in keyword_words(said)))


def mostly_unknown(question: str, unknown: list[str]) -> bool:
    """Most of what the question says, and of what its asking sentence says, is foreign to the guidance (search.yaml
    `answers.scope`): a context sentence of foreign words around a question about the guidance declines nothing."""
    return all(_mostly_unknown_in(text, unknown) for text in dict.fromkeys((question, asking_sentence(question))))


def _mostly_unknown_in(text: str, unknown: list[str]) -> bool:
    """The text's content words, each written word once («kemenkes» is one word, not «kementerian kesehatan»),
    leaving out chat and English function words and the ministry's own name (`scope.own_names`: every passage is
    the ministry's, so naming it says nothing of the subject), are mostly unknown."""
    scope = search_config()["answers"]["scope"]
    words, own = tokens(text), phrase_set("search", "answers", "scope", "own_names")
    named = {i + j for i in range(len(words)) for j in range(len(own.match_at(words, i) or ()))}
    words = [w for i, w in enumerate(words) if i not in named]
    skipped = skipped_words() | function_words()
    said = [w for w in words if keyword_words(w, skipped)]
    unknown = [w for w in said if any(u in keyword_words(w, skipped) for u in unknown)]
    return len(unknown) >= scope["min_unknown"] and len(unknown) >= scope["max_unknown_share"] * len(said)


def _near(word: str, vocabulary: frozenset[str]) -> bool:
    """A typo of a known word ("evalusi"): as search reads typos, only for words of five letters or more."""
    return len(word) >= 5 and bool(difflib.get_close_matches(stem(word), vocabulary, n=1, cutoff=0.85))


@knowledge.cached
def _contacts() -> list[tuple[PhraseSet, str]]:
    return [(PhraseSet(entry["names"]), entry["say"]) for entry in search_config()["answers"]["outside_contacts"]]


def outside_contact(question: str) -> str:
    """Who keeps the outside subject a question names, «lupa password SAKTI» → the satker's admin SAKTI (search.yaml
    `answers.outside_contacts`), said under the «di luar pedoman» answer; "" when none is named."""
    words = tokens(question)
    return next((say for names, say in _contacts() if names.find(words)), "")
