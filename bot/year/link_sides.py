"""Where and with whom a logbook line's work was done (kata samping): a line that matches an IKI only there names
none of its work, and is asked, never linked."""

from collections.abc import Collection
from dataclasses import replace

from bot import knowledge
from bot.lang.text import PhraseSet, tokens
from bot.lang.words import stem
from bot.models import IkiDraft, SkpDraft
from bot.rules.analysis import is_activity_verb
from bot.rules.lexicon import lexicon, region_words
from bot.skp.rhk import result_parts
from bot.year.entry_dates import When
from bot.year.iki_profile import own_texts, skp_terms
from bot.year.line import Line
from bot.year.line_terms import line_terms, spelled_out
from bot.year.link_scores import is_name, named_terms, nearness, scores
from bot.year.link_words import generic_words, plain_acts, side_marker_words, weak_terms
from bot.year.models import RencanaAksi
from bot.year.respell import respelled
from bot.year.taking_part import takes_part
from bot.year.terms import capitals, text_terms
from bot.year.vocabulary import config, vocabulary


def side_only(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None, best: int) -> str:
    """What the user did, as written before the line's first side phrase (catatan_harian.yaml link.side_markers:
    «di», «ke», «dgn», «via», «utk», «soal» …), when it names a thing (no weak word nor plain act) and the IKI
    matched names none of it: then the match rests on where, with whom, by what means or for what the work was
    done. Empty when the line has no side phrase, its head names no thing of its own or the IKI names some of it."""
    ln = respelled(ln, own_texts(skp, rencana))
    cut = next((i for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if i and k == "word" and t in side_marker_words()
                and not _in_fraction(ln, i)), None)
    if cut is None:
        return ""
    said = (_date_led(ln, w.span[0]), min(w.span[1], cut)) if w.span[0] < cut else (0, 0)
    _, profiles = skp_terms(skp, rencana, takes_part(ln, w))
    if (named_terms(spelled_out(line_terms(ln, w), skp, profiles, capitals(ln.text)), profiles[best]) &
            _side_terms(skp.iki[best])) - region_words():
        # «input 40 sampel ke SILACAK» beside «… yang terinput di SILACAK»: the IKI's own side phrase; never a place
        # («rekap kohort dr 5 prov» beside «Obat kusta tersedia di provinsi»: where, not its way of working)
        return ""
    words, things = _head_things(ln, w, skp, profiles, cut)
    shown = [t for i, t in enumerate(ln.toks[:cut]) if not said[0] <= i < said[1] and ln.kinds[i] == "word"]
    if not things or named_terms(words, profiles[best]) or _shares_stem(shown, skp.iki[best]) or \
            _names_whole_subject(line_terms(ln, w), skp.iki[best]):
        return ""
    return " ".join(shown)


def _in_fraction(ln: Line, i: int) -> bool:
    """«24 dr 30»: a «dari» between two numbers joins a fraction, it names no side of the work (tester54 F11)."""
    return 0 < i < len(ln.toks) - 1 and ln.kinds[i - 1] == "num" and ln.kinds[i + 1] == "num"


def _date_led(ln: Line, start: int) -> int:
    """Where the words leading up to the date begin («per hr ini»: at «per»; catatan_harian.yaml date_lead_words): they
    are the date's, never what the user did."""
    leads = {p.lower() for p in knowledge.data("catatan_harian")["date_lead_words"] if " " not in p}
    while start > 0 and ln.kinds[start - 1] == "word" and ln.toks[start - 1] in leads:
        start -= 1
    return start


def _head_things(ln: Line, w: When, skp: SkpDraft, profiles: list[dict[str, float]],
                 cut: int) -> tuple[list[str], list[str]]:
    """The terms of the line's head (before token `cut`, past its date) and those of them naming a thing: no weak
    word, no plain act (a cut one too: «koord», «telp»), no name in title case past the first word («telp kapus
    Bojongsari»: who or where, not what)."""
    head = Line(" ".join(ln.toks[:cut]), ln.toks[:cut], ln.kinds[:cut])
    said = (_date_led(ln, w.span[0]), min(w.span[1], cut)) if w.span[0] < cut else (0, 0)
    words = spelled_out(line_terms(head, replace(w, span=said)), skp, profiles, capitals(head.text))
    plain = weak_terms() | plain_acts()
    things = [t for t in words if not any(t == p or nearness(t, p, vocabulary().link) for p in plain)]
    titled = {w.strip(".,;:()").lower() for w in ln.text.split()[1:] if w[:1].isupper() and w[1:2].islower()}
    return words, [t for t in things if t not in titled]


def topic_covered(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None, best: int) -> bool:
    """«zoom sm WHO soal EMT»: a line whose head, before its first side phrase, names no thing (a meeting or a call,
    the people met) and whose words reach the best IKI only in that side phrase (up to the next mark) and only through
    what that IKI covers (catatan_harian.yaml covers, weighed as cakupan), never through its own text: what was
    talked about is no work of the IKI's."""
    ln = respelled(ln, own_texts(skp, rencana))
    cut = next((i for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if i and k == "word" and t in side_marker_words()
                and not w.span[0] <= i < w.span[1]), None)
    if cut is None:
        return False
    found_in, profiles = skp_terms(skp, rencana, takes_part(ln, w))
    head, things = _head_things(ln, w, skp, profiles, cut)
    if not head or things:
        return False
    named = named_terms(spelled_out(line_terms(ln, w), skp, profiles, capitals(ln.text)), profiles[best]) - weak_terms()
    # the topic is the side phrase up to the next mark: «…, atur VIP room» after it is work of its own
    end = next((i for i in range(cut + 1, len(ln.toks)) if ln.kinds[i] == "mark"), len(ln.toks))
    topic = Line(" ".join(ln.toks[cut + 1:end]), ln.toks[cut + 1:end], ln.kinds[cut + 1:end])
    said = set(spelled_out(line_terms(topic, replace(w, span=(0, 0))), skp, profiles, capitals(topic.text)))
    return bool(named) and named <= said and all(found_in[best].get(t) == "cakupan" for t in named)


def without_place(ln: Line, w: When, skp: SkpDraft, best: int) -> tuple[Line, When] | None:
    """«kmrn rapat di komite rekam medis», «rapat di ruang evaluasi bahas jadwal diklat»: a line whose head (past its
    date, before its first side phrase) is only plain acts, weak words and people (a meeting, a call) read without
    where it was held: the words after that first side marker, when it is a place marker (place_markers: «di», «ke»;
    not a partner marker, «dgn»), up to the next side marker, act («bahas», «susun»: a weak word, a plain act, an activity verb), mark or
    work joiner, name the room or the body met, never the work. None when the line has no such place phrase, its
    head names a thing, or the place is the best IKI's own side phrase («input ke SATUSEHAT»)."""
    vocab = vocabulary()
    cut = next((i for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if i and k == "word" and t in side_marker_words()
                and not w.span[0] <= i < w.span[1]), None)
    # «dgn», «dengan» say with whom (partner_markers): the body met there may be the work's own partner («koordinasi
    # dgn IFK soal vaksin»), never only where it was held
    if cut is None or ln.toks[cut] not in vocab.place_markers - vocab.partner_markers:
        return None
    said = (w.span[0], min(w.span[1], cut)) if w.span[0] < cut else (0, 0)
    head = line_terms(Line(" ".join(ln.toks[:cut]), ln.toks[:cut], ln.kinds[:cut]), replace(w, span=said))
    plain = weak_terms() | plain_acts()
    if not head or any(t not in plain for t in head):
        return None
    joiners, words = set(vocab.link["work_joiners"]) | set(vocab.link["then_joiners"]), list(ln.toks)
    # the place ends where an act begins («… bahas renkon», «… susun laporan»), as at a mark or a side marker
    end = next((i for i in range(cut + 1, len(ln.toks)) if ln.kinds[i] == "mark" or ln.toks[i] in joiners or
                ln.toks[i] in side_marker_words() or is_activity_verb(words, i, lexicon()) or
                any(t in plain for t in text_terms(ln.toks[i]))), len(ln.toks))
    place = Line(" ".join(ln.toks[cut + 1:end]), ln.toks[cut + 1:end], ln.kinds[cut + 1:end])
    if end == cut + 1 or set(line_terms(place, replace(w, span=(0, 0)))) & _side_terms(skp.iki[best]):
        return None
    toks, kinds = ln.toks[:cut] + ln.toks[end:], ln.kinds[:cut] + ln.kinds[end:]
    span = w.span if w.span[1] <= cut else (0, 0) if w.span[0] < end else (w.span[0] - (end - cut),
                                                                               w.span[1] - (end - cut))
    return Line(" ".join(toks), toks, kinds), replace(w, span=span)


def _names_whole_subject(words: list[str], iki: IkiDraft) -> bool:
    """The IKI scores a level (lexicon measure class score: nilai, indeks, skor) and the line names all of what it
    scores, no single plain word: «upload ijazah S2 ke SIASN biar IP ASN naik» is done for «Nilai Indeks
    Profesionalitas ASN», whatever its head names. A thing made («buat bahan rekomendasi kebijakan») is no level:
    other work feeds it."""
    measure = lexicon().measures.match_at(tokens(iki.indikator), 0)
    if not measure or lexicon().measure_class.get(measure) != "score":
        return False
    subject = [t for t in text_terms(result_parts(iki.indikator)[0]) if t not in weak_terms() | generic_words()]
    return bool(subject) and (len(subject) > 1 or " " in subject[0]) and set(subject) <= set(words)


def all_aside(ln: Line, w: When) -> bool:
    """The line, past its date, opens with a place marker (catatan_harian.yaml place_markers: «ke», «di», «dgn») and
    no mark opens a part after it: it says only where or with whom, never what was done there («ke bangsal anak &
    NICU sama DPJP»; not «ke PKM Grogol, latih kader», nor «buat 9 surat aktif kuliah»)."""
    date_end = w.span[1]
    while date_end > w.span[0] and date_end < len(ln.toks) and vocabulary().past_markers.match_at(ln.toks, date_end):
        date_end += len(vocabulary().past_markers.match_at(ln.toks, date_end))  # «jumat kemarin»: its date too
    first = next((i for i, k in enumerate(ln.kinds) if not w.span[0] <= i < date_end and k == "word"), None)
    return first is not None and ln.toks[first] in vocabulary().place_markers and \
        not any(k == "mark" and t not in vocabulary().link["work_joiners"] for t, k in zip(ln.toks[first:],
                                                                                         ln.kinds[first:]))


def _shares_stem(words: list[str], iki: IkiDraft) -> bool:
    """A word of the line with the stem of a word of the IKI's text, though no term holds it («pemberkasan arsip
    keuangan» beside «boks arsip inaktif»: the terms read «arsip keuangan» otherwise)."""
    own = {stem(t) for t in tokens(f"{iki.indikator} {iki.rhk or ''}") if len(t) > 3} - {""}
    return any(len(t) > 3 and t not in side_marker_words() and stem(t) in own for t in words)


def _side_terms(iki: IkiDraft) -> set[str]:
    """The terms the IKI's own text names in a side phrase («… diunggah ke JDIH», «… melalui katalog elektronik»):
    a line naming them there names the IKI's own way of working."""
    out: set[str] = set()
    for text in (iki.indikator, iki.rhk or ""):
        words = tokens(text)
        cut = next((i for i, t in enumerate(words) if i and t in side_marker_words()), None)
        if cut is not None:
            out |= set(text_terms(" ".join(words[cut + 1:])))
    return out


def only_its_side(words: list[str], prof: dict[str, float], iki: IkiDraft) -> bool:
    """Every term of the IKI the line names (no weak word) stands only where the IKI says whom its work goes to
    («… diajukan ke BPJS Kesehatan») or who acts on its result («… yang ditindaklanjuti dinkes»), none is a name:
    other work meets the same body."""
    named = named_terms(words, prof) - weak_terms()
    # a name there («… terunggah ke SIASN», «… di JDIH») is the IKI's own way of working: a line naming it names it
    return bool(named) and named <= _sent_to(iki) | _acted_on_by(iki) and not any(map(is_name, named))


def only_where_done(words: list[str], prof: dict[str, float], iki: IkiDraft) -> bool:
    """Every term of the IKI the line names, past the people any work serves (link.generic) and weak words, stands
    only where the IKI says where its work is done (location_markers: «… cedera di bangsal»), and none is a name; or
    is a care unit (link.care_units) beside a word of the line's own this IKI never names."""
    named = named_terms(words, prof) - weak_terms() - generic_words()
    if named and named <= set(text_terms(" ".join(vocabulary().link["care_units"]))):
        # «install ulang 25 PC poli» beside «… kunjungan rawat jalan …»: the unit the line's thing belongs to, while
        # the line's own work (install, PC) is nothing of the IKI: any work is done in a poli
        plain = weak_terms() | plain_acts()
        if any(t not in prof and t not in plain and not t.isdigit() for t in words):
            return True
    return bool(named) and named <= _done_at(iki) and not any(map(is_name, named))


def _done_at(iki: IkiDraft) -> set[str]:
    """The terms the IKI's own text names only after a word saying where its work is done (location_markers: «di»)."""
    return _named_after(iki, vocabulary().location_markers)


def _sent_to(iki: IkiDraft) -> set[str]:
    """The terms the IKI's own text names only after a word saying whom its work goes to (link.destination_markers:
    «… diajukan ke BPJS Kesehatan»)."""
    return _named_after(iki, frozenset(vocabulary().link["destination_markers"]))


def _acted_on_by(iki: IkiDraft) -> set[str]:
    """The party the IKI's indikator ends with after a passive verb of its condition, «oleh» left out («… yang
    ditindaklanjuti dinkes», «… yang digunakan pimpinan»): a body or a person (lexicon organisations,
    link.side_people) who acts on the IKI's result, not the user's work. «… yang dilatih konseling PMBA» ends with
    work, no party."""
    words, passive = tokens(iki.indikator), tuple(config()["passive_prefixes"])
    for i in range(len(words) - 2, 0, -1):
        if words[i - 1] == "yang" and words[i].startswith(passive):
            j, parties = i + 1, _parties()
            while j < len(words) and (found := parties.match_at(words, j)):
                j += len(found)
            rest = set(text_terms(" ".join(words[i + 1:])))
            # every word past the verb a party («dinkes provinsi»), none named before it
            return rest if j == len(words) and not set(text_terms(" ".join(words[:i]))) & rest else set()
    return set()


@knowledge.cached
def _parties() -> PhraseSet:
    """The bodies and people a piece of work meets (lexicon organisations, link.side_people)."""
    bodies = knowledge.data("rules/lexicon")["relative_activity_verbs"]["organisations"]
    return PhraseSet([*bodies, *vocabulary().link["side_people"]])


def _named_after(iki: IkiDraft, markers: Collection[str]) -> set[str]:
    """The terms the IKI's indikator or RHK names after its first marker word (never its first word), none of them
    named before one."""
    after: set[str] = set()
    before: set[str] = set()
    for text in (iki.indikator, iki.rhk or ""):
        words = tokens(text)
        cut = next((i for i, t in enumerate(words) if i and t in markers), len(words))
        before |= set(text_terms(" ".join(words[:cut])))
        after |= set(text_terms(" ".join(words[cut + 1:])))
    return after - before



def parties_matched(ln: Line, w: When, skp: SkpDraft, profiles: list[dict[str, float]]) -> list[float]:
    """Each IKI's score of the line read with the party it met too, when that party is called after the work done to
    it, a word whose stem is another word an IKI names («rapat pembahasan temuan dgn auditi …»: the auditi is the one
    audited). A party is no work, so this never links: a line whose own words match no IKI, met with a party only an
    IKI's work has, is asked about, never filed di luar SKP. A party named as it is («tim», «UNICEF») adds nothing."""
    partners = vocabulary().partner_markers
    met = [t for i, t in enumerate(ln.toks[1:], 1) if ln.kinds[i] == "word" and ln.toks[i - 1] in partners]
    # a stem of its own, never a shorthand spelled out («dgn kab»: kabupaten names no work done to it)
    derived = [root for t in met if (root := stem(t)) != t and any(root in p for p in profiles)]
    if not derived:
        return [0.0] * len(profiles)
    words = spelled_out(line_terms(ln, w), skp, profiles, capitals(ln.text))
    return scores(words + [t for t in derived if t not in words], profiles, False)
