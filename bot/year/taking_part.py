"""A logbook line of taking part in a learning event (pelatihan, webinar …) and the credit it earns (JPL, SKP
kredit): read for the IKI of the user's own competence."""

from bot.lang.text import phrase_set, tokens
from bot.models import SkpDraft
from bot.year.entry_dates import When
from bot.year.entry_numbers import counts
from bot.year.iki_profile import own_texts, skp_terms
from bot.year.line import Line, line
from bot.year.link_words import credit_terms, event_terms, term_parts
from bot.year.models import RencanaAksi
from bot.year.respell import respelled
from bot.year.terms import terms
from bot.year.vocabulary import config, vocabulary


def sat_in(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None, best: int) -> bool:
    """The user takes part in a learning event and the best IKI is not about learning events: no competence IKI
    (hinted, link.weights petunjuk) and no term of it names an event, taking part or its credit (learning_events,
    participation_words, learning_credits: «petugas … yang dilatih», «peserta pelatihan», «JPL yang diikuti»)."""
    ln = respelled(ln, own_texts(skp, rencana))
    if not takes_part(ln, w):
        return False
    found_in, profiles = skp_terms(skp, rencana, True)
    return not any(place == "petunjuk" for place in found_in[best].values()) and \
        not event_terms() & profiles[best].keys()


def takes_part(ln: Line, w: When) -> bool:
    """The user takes part in a learning event: says so («ikut webinar»), opens the line with the event's kind
    («diklat analis kebijakan hari 3», «e-learning IHR di plataran sehat») or counts the credit it earns («8 JPL»,
    «3 SKP kemkes»); not when the user teaches or runs it («narasumber», «ngajar», «pembukaan pelatihan»), gives it to
    others («utk 18 petugas») or a number counts who or what else took part («120 peserta hadir», «2 RS hadir»)
    (catatan_harian.yaml learning_events, learning_credits and their acronyms, teaching_words, audience_markers)."""
    vocab = vocabulary()
    if ln.has(vocab.teaching):
        return False
    if set(ln.toks) & vocab.audience:
        # «pelatihan CBT dasar utk perawat 30 JPL»: opened with the event and counting the credit a participant earns,
        # the user may as well have sat in it; «utk 18 petugas» with no credit gives it to others
        return _opens_with_event(ln, w) and any(_credit_at(ln, n.at + 1) for n in counts(ln, w))
    if ln.has(vocab.participation):
        # «120 peserta», «25 apotek hadir», «2 kru kita ikut ujian …»: others took part («2 jam buat jp»: how long)
        people, date = frozenset(config()["participant_nouns"]), range(*w.span)
        times = vocab.duration_units.keys() | set(config()["days_back"]["units"])
        return not any(k == "num" and i not in date and i + 1 < len(ln.toks) and ln.toks[i + 1] not in times and
                       (ln.toks[i + 1] in people or any(vocab.participation.match_at(ln.toks, j) and
                                                        all(ln.kinds[m] == "word" for m in range(i + 1, j))
                                                        for j in (i + 2, i + 3)))
                       for i, k in enumerate(ln.kinds))
    if _given_to_trainees(ln, w):
        return False  # «bimtek kader pengrajin batik soal P3K»: the kader sat in it; the user gave it
    numbers = [n.at for n in counts(ln, w)]
    opens = _opens_with_event(ln, w)
    acronyms = frozenset(config()["learning_credit_acronyms"]) if opens else frozenset()
    credited = [at for at in numbers if _credit_at(ln, at + 1) or
                (at + 1 < len(ln.toks) and ln.toks[at + 1] in acronyms)]  # «webinar … dpt 3 SKP»
    # a number of something else, not a name's («BSL-2», «ICD-11») nor a time («2 jam», «diklat … 3 hari»)
    times = vocab.duration_units.keys() | set(config()["days_back"]["units"])  # «2 jam», «3 hari»: how long
    others = [at for at in numbers if at not in credited and not (at and ln.kinds[at - 1] == "mark")
              and at + 1 < len(ln.toks) and ln.kinds[at + 1] == "word" and ln.toks[at + 1] not in times]
    # opened with the event and earning its credit, another number names part of its topic («webinar BKKBN 1000 HPK
    # 2 jpl»): the user sat in it all the same
    return (opens and bool(credited)) or (not others and (bool(credited) or opens))


def credit_earner(ln: Line, w: When, skp: SkpDraft, found_in: list[dict[str, str]], words: list[str]) -> int | None:
    """The one IKI (0-based) a learning event's credit the line earns («8 JPL», «dpt 3 SKP» after an event) goes to:
    the one whose own text counts such credit taken part in («Jumlah jam pelatihan (JPL) yang diikuti»), or else the
    one competence hints point it to (the IP ASN, topic_hints); None when the line earns none, several IKI claim it,
    or another IKI counts those taking part in its kind of event («ikut pembekalan pelatih 8 JP» beside «peserta …
    yang mengikuti pembekalan»: the user may sit in the events that IKI runs). An IKI whose text says its credit is taught («JPL …
    yang diampu») counts no credit earned."""
    if not earns_credit(ln, w):
        return None
    own = vocabulary().link["own_text_places"]
    owners = [i for i, o in enumerate(found_in) if any(o.get(t) in own for t in credit_terms()) and
              not credit_taught(skp, i)]
    hinted = credit_hinted(found_in)
    chosen = owners or hinted
    if len(chosen) != 1:
        return None
    events = {p for t in words for p in term_parts(t)} & event_terms() - credit_terms()
    # an IKI counting those who take part in such events («Jumlah peserta … yang mengikuti pembekalan»): the credit
    # may be of an event it runs
    runs = [j for j, o in enumerate(found_in) if j != chosen[0] and any(o.get(p) in own for p in events) and
            line(skp.iki[j].indikator).has(vocabulary().participation)]
    return None if runs else chosen[0]


def earns_credit(ln: Line, w: When) -> bool:
    """The line counts a learning event's credit («8 JPL»; «3 SKP» only after an event opening the line)."""
    acronyms = frozenset(config()["learning_credit_acronyms"]) if _opens_with_event(ln, w) else frozenset()
    return any(_credit_at(ln, n.at + 1) or (n.at + 1 < len(ln.toks) and ln.toks[n.at + 1] in acronyms)
               for n in counts(ln, w))


def credit_taught(skp: SkpDraft, i: int) -> bool:
    """The IKI (0-based) says its credit is taught («Jumlah JPL mengajar …», «… yang diampu»): no credit earned."""
    return line(f"{skp.iki[i].indikator} {skp.iki[i].rhk or ''}").has(vocabulary().teaching)


def credit_hinted(found_in: list[dict[str, str]]) -> list[int]:
    """The IKI (0-based) competence hints point a learning event's credit to (the IP ASN, topic_hints)."""
    return [i for i, o in enumerate(found_in) if any(o.get(t) == "petunjuk" for t in credit_terms())]


def _credit_at(ln: Line, at: int) -> bool:
    """The line's first term from `at` is a learning event's credit («8 JPL»)."""
    found = terms(ln.toks[at:at + 3])
    return bool(found) and found[0] in credit_terms()


def _given_to_trainees(ln: Line, w: When) -> bool:
    """The line opens with a learning event named with whom it is given to right after it (catatan_harian.yaml
    trainee_groups: «bimtek kader», «orientasi petugas puskesmas»), or whither, after its topic in the same clause
    (link.destination_markers: «bimtek PMI ke labkesda kab jember», «sosialisasi RME ke perawat bangsal»): the user
    took it there. Where it was held («di Bapelkes») says not who gave it."""
    for i in range(w.span[1] if w.span[0] == 0 else 0, len(ln.toks)):
        if ln.kinds[i] == "word" and terms(ln.toks[i:i + 1]):
            event = vocabulary().learning_events.match_at(ln.toks, i)
            if not event:
                return False
            after = i + len(event)
            if phrase_set("catatan_harian", "trainee_groups").match_at(ln.toks, after) is not None:
                return True
            whither = set(vocabulary().link["destination_markers"])
            topic = next((j for j in range(after, len(ln.toks)) if ln.kinds[j] != "word" or ln.toks[j] in whither),
                         None)
            # «hr ke-2», «angkatan ke 3»: an ordinal, no whither
            return topic is not None and topic > after and ln.toks[topic] in whither and \
                topic + 1 < len(ln.toks) and ln.kinds[topic + 1] == "word"
    return False


def _opens_with_event(ln: Line, w: When) -> bool:
    """The line's first word that names anything (past its date, «sore», «td») is a learning event's kind."""
    for i in range(w.span[1] if w.span[0] == 0 else 0, len(ln.toks)):
        if ln.kinds[i] == "word" and terms(ln.toks[i:i + 1]):
            return vocabulary().learning_events.match_at(ln.toks, i) is not None
    return False


def told_bare(ln: Line, w: When) -> bool:
    """«ikut pelatihan public speaking»: a training (training_kinds) told by its kind and topic alone — no day of it
    or how long (a date, «hari 2», «3 hari»), no number of any kind (its credit, «BSL-2»), no second word of learning
    (the platform: «e-learning … plataran sehat»). Whether the user sat in it for their own competence, the line
    does not say: an event noted for the record counts toward no IKI by itself."""
    if w.span[0] < w.span[1] or any(k != "word" and k != "mark" for k in ln.kinds):
        return False
    days = frozenset(config()["days_back"]["units"])
    if days & set(ln.toks):
        return False
    events = vocabulary().learning_events
    found = [m for i in range(len(ln.toks)) if (m := events.match_at(ln.toks, i))]
    # a test or a course of its own name («ikut uji kompetensi analis», «BTCLS») is a record of competence itself
    return len(found) == 1 and found[0] in {tuple(tokens(k)) for k in config()["training_kinds"]}
