"""Work told that is not done: a plan, work waiting on someone else, a day blocked, a trip or family matter, leave or
absence; and the done work told before or after a plan in one line."""

from bot import knowledge
from bot.lang.text import PhraseSet, phrase_set
from bot.lang.words import is_indonesian_word, spoken_active, spoken_bare_nasal, stem
from bot.rules.analysis import is_activity_verb
from bot.rules.draft_reading import iki_after_colon
from bot.rules.lexicon import lexicon
from bot.year.entry_chat import _asks
from bot.year.entry_content import (
    _chat,
    _connectives,
    _covered,
    _has_verb,
    _opens_with_measure,
    _part_text,
    _parts,
    _passive,
    _shorthand,
    content_at,
)
from bot.year.entry_dates import When, when
from bot.year.entry_numbers import counts as count_numbers
from bot.year.line import CLAUSE_MARKS, Line, line
from bot.year.vocabulary import config, vocabulary

WAITING = "menunggu"  # KindReading.why of a line telling work that waits on someone else («lg nunggu ttd kabag»)


def _waits(ln: Line, w: When) -> bool:
    """«lg nunggu ttd kabag», «masih menunggu hasil lab»: one clause whose first content word past the ongoing words is
    a wait (catatan_harian.yaml waiting_opens): the work waits, nothing is done yet."""
    vocab = vocabulary()
    at = [i for i in content_at(ln, w) if not vocab.ongoing.match_at(ln.toks, i)]
    return bool(at) and len(ln.clauses()) == 1 and ln.toks[at[0]] in config()["waiting_opens"]


def _not_in_yet(ln: Line, w: When) -> bool:
    """«data dari 4 puskesmas blm masuk semua, masih ditagih», «berkas 5 pegawai blm lengkap, lagi dikejar»: the first
    clause names things, then a negation of what became of them, no act, condition, done word nor «yang» before it,
    and every later clause opens with a word of still (catatan_harian.yaml ongoing_words): nothing came in yet, the work
    waits on others. «monev … di 3 RSUD, 1 RS belum aktif» tells work first."""
    vocab, clauses = vocabulary(), ln.clauses()
    if ln.has(vocab.done) or not clauses or _broken_told(ln, w):  # «e-kinerja ga bisa dibuka»: a failure, none awaited
        return False
    a, b = clauses[0]
    denied = next((i for i in range(a, b) if ln.toks[i] in vocab.negations), None)
    named = [i for i in content_at(ln, w) if a <= i < (denied or a)]
    spelled = _shorthand()  # «telpon 8 dinkes yg blm lapor»: the negation after «yang» says which were called
    # «kalo ga salah td verif 20 …»: a condition hedged (catatan_harian.yaml hedges), no things awaited
    supposed = phrase_set("conversation", "count_asks", "hypothetical")
    if denied is None or not named or denied + 1 >= b or ln.kinds[denied + 1] != "word" \
            or phrase_set("catatan_harian", "hedges").match_at(ln.toks, denied) \
            or any(supposed.match_at(ln.toks, i) for i in named) \
            or _has_verb(line(" ".join(ln.toks[a:denied]))) or any(_names_act(ln.toks[i]) for i in named) \
            or ln.toks[named[0]] in config()["first_person"] \
            or any(spelled.get(t, t) == "yang" for t in ln.toks[a:denied]):
        return False
    return all(vocab.ongoing.match_at(ln.toks, start) for start, _ in clauses[1:])


def _planned(ln: Line, w: When) -> bool:
    """A plan or not-done word outside the words that date the line: «kemarin lusa» (two days ago) holds «lusa» (the
    day after tomorrow), yet the work was done."""
    return bool(_plan_hits(ln, w))


def _plan_hits(ln: Line, w: When) -> list[int]:
    """Where a plan or not-done word stands, outside the words that date the line and the names «rencana aksi»,
    «rencana kebutuhan» (documents, no plan: catatan_harian.yaml plan_nouns)."""
    vocab = vocabulary()
    start, end = w.span if w.kind else (0, 0)
    named = _covered(ln, [vocab.rencana, phrase_set("catatan_harian", "plan_nouns")])
    return [i for i in range(len(ln.toks)) if (vocab.plan.match_at(ln.toks, i) or vocab.not_done.match_at(ln.toks, i)
                                               or _starts_ahead(ln, i) or _day_ahead(ln, i) or _plan_label(ln, w, i))
            and not start <= i < end and i not in named and not _describes_thing(ln, i) and not _report_announced(ln, w, i)]


def _report_announced(ln: Line, w: When, i: int) -> bool:
    """«eh min sy mau lapor aja tadi tuh kita skrining …»: the plan word at i is followed by a word of telling
    (catatan_harian.yaml report_announced), then past filler and marks by the day gone or today the line is dated
    with: what is to come is the telling, the work after it was done that day. «besok mau lapor ke kabid» stays a
    plan."""
    if w.kind not in _PAST_OR_TODAY or not vocabulary().plan.match_at(ln.toks, i):
        return False
    at = i + 1
    if at >= len(ln.toks) or ln.toks[at] not in config()["report_announced"]:
        return False
    at += 1
    while at < len(ln.toks) and (ln.toks[at] in _chat()["filler"] or ln.kinds[at] == "mark") and at != w.span[0]:
        at += 1  # «mau lapor min: td pagi …», «mau laporan ya, kemarin …»
    return at == w.span[0]


_DESCRIBED_REACH = 4  # words from «yang» to a plan word still describing the thing before «yang»


def _describes_thing(ln: Line, i: int) -> bool:
    """«… ada 17 item yang ED bulan depan jadi sudah dibuatkan berita acara»: the plan word at i stands at most
    _DESCRIBED_REACH words after a «yang» that follows a thing named (a word or number, no mark between): it tells
    when that thing is due, no plan of the user's, when work is said done outside it. «yg mau sy kerjain besok: …»
    opens with «yg», so it plans."""
    spelled, vocab = _shorthand(), vocabulary()
    hit = vocab.plan.match_at(ln.toks, i) or vocab.not_done.match_at(ln.toks, i) or (ln.toks[i],)
    for j in range(max(1, i - _DESCRIBED_REACH), i):
        if spelled.get(ln.toks[j], ln.toks[j]) == "yang" and ln.kinds[j - 1] in ("word", "num") \
                and all(ln.kinds[k] != "mark" for k in range(j, i)) \
                and not vocab.plan.match_at(ln.toks, j - 1) and ln.toks[j - 1] not in config()["first_person"]:
            # work said done outside what «yang» describes: «laporan yang akan dikirim besok» tells none
            return any(vocab.done.match_at(ln.toks, k) for k in [*range(j - 1), *range(i + len(hit), len(ln.toks))])
    return False


def _starts_ahead(ln: Line, i: int) -> bool:
    """«… 3 hari mulai senin»: a start word (catatan_harian.yaml plan_starts) at i before a weekday with no past marker
    in the three words after it: something still to start."""
    vocab, toks = vocabulary(), ln.toks
    return toks[i] in config()["plan_starts"] and i + 1 < len(toks) and toks[i + 1] in vocab.weekdays \
        and not any(vocab.past_markers.match_at(toks, j) for j in range(i + 2, min(i + 5, len(toks))))


def _plan_label(ln: Line, w: When, i: int) -> bool:
    """«agenda hari ini: rapat koordinasi jam 10, …», «to do: rekap data, kirim laporan»: a label of work to do
    (catatan_harian.yaml plan_labels) opening the line at i, then a colon or the day it is for: a plan."""
    if any(k == "word" for k in ln.kinds[:i]):
        return False
    found = phrase_set("catatan_harian", "plan_labels").match_at(ln.toks, i)
    after = i + len(found or ())
    if not found or after >= len(ln.toks):
        return False
    return ln.toks[after] == ":" or bool(w.kind) and w.span[0] == after


def _day_ahead(ln: Line, i: int) -> bool:
    """«Senin depan monev ke 3 kab»: a word of the next one (catatan_harian.yaml day_ahead) at i right after a
    weekday: that day is still to come; so is a time from now («2 hari lagi visitasi», «seminggu lagi akreditasi»:
    time_ahead)."""
    if i > 0 and ln.toks[i] in config()["day_ahead"] and ln.toks[i - 1] in vocabulary().weekdays:
        return True
    ahead = config()["time_ahead"]
    return i > 0 and ln.toks[i] in ahead["words"] and (ln.toks[i - 1] in ahead["single"] or (
        i > 1 and ln.toks[i - 1] in ahead["units"] and ln.kinds[i - 2] == "num"))


def _inside_iki(ln: Line, w: When, hits: list[int]) -> bool:
    """«coba cek ini: Jumlah dokumen rencana kebutuhan SDMK …», «Persentase rencana aksi yg terlaksana»: an undated
    line opening with a measure, or an IKI after a lead-in and a colon, whose every plan or stage word (at `hits`)
    stands inside that IKI: a noun of what it measures, no plan of the user's nor a change to the stages."""
    if w.kind or not _opens_with_measure(ln):
        return False
    lead = ln.toks.index(":") + 1 if iki_after_colon(ln.text) is not None and ":" in ln.toks else 0
    return all(i >= lead for i in hits)


def _part_held_over(ln: Line) -> bool:
    """«periksa 4 kapal, SSCEC 3 terbit, 1 SSCEC-nya ditunda»: every plan or not-done word stands in a clause opened by
    a count (a part of the work told), and another clause counts work or says it done: finished work with one part
    held over, never a plan as a whole (tester19 #3)."""
    vocab = vocabulary()
    clauses = ln.clauses()
    hits = [i for i in range(len(ln.toks)) if vocab.plan.match_at(ln.toks, i) or vocab.not_done.match_at(ln.toks, i)]
    held = {c for c in clauses for i in hits if c[0] <= i < c[1]}
    if not hits or len(clauses) < 2 or any(not any(c[0] <= i < c[1] for c in held) for i in hits) \
            or any(ln.kinds[c[0]] != "num" for c in held):
        return False
    return any(ln.kinds[i] == "num" or vocab.done.match_at(ln.toks, i)
               for c in clauses if c not in held for i in range(*c))


_REST_REACH = 3  # words from a word of what is left to the plan word («sisanya bsk», «sisa 12 besok», «sisa 2 pkm besok»)


def _rest_put_off(ln: Line, w: When) -> bool:
    """«install ulang 30 unit, baru selesai 18 unit sisanya bsk»: every plan word stands at most _REST_REACH words after
    a word of what is left (catatan_harian.yaml counting remaining_before), and before the first such word a done word
    or a count tells the work: what was done is told, only its rest put off («sisanya besok» alone tells nothing)."""
    hits, rest = _plan_hits(ln, w), frozenset(config()["counting"]["remaining_before"])
    if not hits or not all(any(ln.toks[j] in rest for j in range(max(0, i - _REST_REACH), i)) for i in hits):
        return False
    first = min(j for j in range(len(ln.toks)) if ln.toks[j] in rest)
    return any(ln.kinds[i] == "num" or vocabulary().done.match_at(ln.toks, i) for i in range(first))


_PAST_OR_TODAY = ("today", "yesterday", "days_back", "weekday", "day", "day_month")
_CARRIED_REACH = 2  # words from a word of carrying on to the plan word («lanjut besok», «dilanjut lagi besok»)


def carried_on(ln: Line, w: When) -> bool:
    """«kemarin & hari ini pendampingan 2 industri …, lanjut besok»: a line dated today or a day gone whose every plan
    word stands at most _CARRIED_REACH words after a word of carrying on (catatan_harian.yaml day_not_date
    carrying_on, «dilanjut» too), with work named before the first of them: the work was done that day and goes on
    (route set 16); «lanjut besok» alone tells nothing done."""
    hits = _plan_hits(ln, w)
    if w.kind not in _PAST_OR_TODAY or not hits:
        return False
    carrying = frozenset(config()["day_not_date"]["carrying_on"])
    on = [j for j in range(len(ln.toks)) if ln.toks[j].removeprefix("di") in carrying or ln.toks[j] in carrying]
    if not on or not all(any(i - _CARRIED_REACH <= j < i for j in on) for i in hits):
        return False
    return any(i < on[0] for i in content_at(ln, w))


def _done_beside_plan(ln: Line, w: When, after: bool) -> bool:
    """A line dated today or a day gone whose clause beside its plan or not-done words says work done (a done word,
    no plan, not-done or negation word of its own): the work was done. After the last of them (a clause after a mark
    or a connective): «td rencananya visitasi ke 2 RS tp cuma jadi 1, yg RS Bhayangkara udh beres», the plan went
    partly, the part done is a report. Before the first (a clause between marks): «Hari ini rekonsiliasi data BMN dgn
    KPKNL, selesai jam 3 sore, ada selisih 2 aset yg harus ditelusuri lagi minggu depan», the plan is what follows
    it. «td rencananya visitasi tp batal» and «besok mau rapat» stay plans."""
    if w.kind not in _PAST_OR_TODAY:
        return False
    toks, hits = ln.toks, _plan_hits(ln, w)
    if not hits:
        return False
    marks = [i for i, (t, k) in enumerate(zip(toks, ln.kinds)) if k == "mark" and t in CLAUSE_MARKS]
    if after:
        cuts = sorted({i for i in marks if i > max(hits)}
                      | {i for i, t in enumerate(toks) if i > max(hits) and t in _connectives()} | {len(toks)})
    else:
        cuts = [-1] + [i for i in marks if i < min(hits)]
    return any(_says_done(ln, range(begin + 1, stop), hits) for begin, stop in zip(cuts, cuts[1:]))


def _told_before_plan(ln: Line, w: When) -> bool:
    """«oke jadi pagi ini saya rapat sama tim PPI bahas hasil audit … terus nanti siang mau lanjut visitasi ruangan»: a
    day gone or today said before the first plan word, and before a story joiner (catatan_harian.yaml story_joiners)
    or a mark ahead of it, after that day, a verb of doing or the user as the doer, with no not-done or negation
    word: that work was done on
    the day told, the plan comes after it. «td rencananya visitasi tp batal» and «besok mau rapat» stay plans."""
    hits = _plan_hits(ln, w)
    if w.kind not in _PAST_OR_TODAY or not hits or w.span[1] > min(hits):
        return False
    joiners, vocab = phrase_set("catatan_harian", "story_joiners"), vocabulary()
    for cut in range(w.span[1] + 1, min(hits)):
        if not (joiners.match_at(ln.toks, cut) or ln.kinds[cut] == "mark" and ln.toks[cut] in CLAUSE_MARKS):
            continue
        told = ln.toks[w.span[1]:cut]
        if any(t in vocab.negations for t in told) or any(vocab.not_done.match_at(told, i) for i in range(len(told))):
            return False
        part = line(ln.text[ln.spans[w.span[1]][0]:ln.spans[cut - 1][1]])
        # «saya rapat sama tim PPI …»: the user opening it as the doer (past filler: «tadi tuh sy dateng ke rs …»)
        # tells their own work as a verb does
        own = config()["first_person"]
        doer = next((t for t in part.toks if t in own or t not in _chat()["filler"]), None)
        if _has_verb(part) or doer in own and len(part.words) > 2:
            return True
    return False


def _says_done(ln: Line, part: range, hits: list[int]) -> bool:
    """A clause (the tokens in part) saying work done: a done word, and no plan, not-done or negation word of its own."""
    vocab, toks = vocabulary(), ln.toks
    return any(vocab.done.match_at(toks, i) for i in part) \
        and not any(i in hits or toks[i] in vocab.negations for i in part)


def _broken_told(ln: Line, w: When) -> bool:
    """«sistemnya down lagi hari ini», «e-kinerja ga bisa dibuka hari ini»: a tool, the network or the power failing
    (catatan_harian.yaml broken_states) and besides it at most broken_named_most words naming what failed, none a verb
    of doing or an act of work (lexicon process_nouns, link.handling_acts, weak_words), no user doing, count or done
    word: no work told. «hp sy ilang kemarin jd foto2 kegiatan ga ada»: a thing of the user's lost, and what it led to
    denied after a word of consequence (catatan_harian.yaml broken_then), tells none either."""
    broken = _covered(ln, [phrase_set("catatan_harian", "broken_states")])
    vocab, toks, then = vocabulary(), ln.toks, frozenset(config()["broken_then"])
    # «…, sy lapor ke IPSRS», «iya krn cegah medication error»; «hp sy ilang» says whose it is, no doer
    if not broken or ln.has(vocab.done) or count_numbers(ln, w) or any(_doer(ln, i, broken) for i in range(len(toks))) \
            or set(toks) & (_connectives() - then):
        return False
    # «… jd foto2 kegiatan ga ada»: what the failure led to, denied, names no work of its own
    cut = next((i for i in range(min(broken) + 1, len(toks)) if toks[i] in then), len(toks))
    led = set(range(cut, len(toks))) if any(t in vocab.negations for t in toks[cut:]) else set()
    rest = [toks[i] for i in content_at(ln, w) if i not in broken and i not in led]
    return len(rest) <= config()["broken_named_most"] and not any(_names_act(t) for t in rest)


def _names_act(word: str) -> bool:
    """A verb of doing or an act of work («cek», «kirim»: link.handling_acts, weak_words; lexicon process_nouns; a
    pe-…-an noun of an act)."""
    acts = frozenset(vocabulary().link["handling_acts"]) | frozenset(config()["weak_words"])
    lex = lexicon()
    return word in acts or lex.process_nouns.match_at((word,), 0) is not None or is_activity_verb([word], 0, lex) \
        or _passive(word) or bool(spoken_active(word)) or bool(spoken_bare_nasal(word)) or _act_noun(word)


def _doer(ln: Line, i: int, broken: set[int]) -> bool:
    """The user at i as the one doing: a first person word, unless between a thing and its failure (at `broken`), which
    it says is theirs («hp sy ilang»; «td sy perbaiki» does)."""
    own = config()["first_person"]
    return ln.toks[i] in own and not (i and ln.kinds[i - 1] == "word" and ln.toks[i - 1] not in own
                                      and ln.toks[i - 1] not in _chat()["filler"] and i + 1 in broken)


def _act_noun(word: str) -> bool:
    """«perbaikan», «pengecekan»: a pe-…-an noun of an act (the dictionary's stem differs from the word)."""
    return word.startswith("pe") and word.endswith("an") and is_indonesian_word(word) and stem(word) != word


TRIP = "perjalanan dinas"  # KindReading.why of a trip told with only its place and days: no work done told


def _trip_only(ln: Line, w: When) -> bool:
    """«DL ke Jayapura sampe Kamis», «perjadin ke Kupang 3 hari»: a trip named (catatan_harian.yaml trip_told) and
    besides it only the place it goes to (capitalised words, or words no dictionary holds, right after a place
    marker), how long or until when (`span`), the day, the first person: where the user is, no work told. With no
    trip word, a day it lasts until («sy lagi di Makassar sampai Jumat», `until`) says so."""
    covered = _covered(ln, [phrase_set("catatan_harian", "trip_told", "trips")])
    if not covered and not set(ln.toks) & set(config()["trip_told"]["until"]):
        return False
    places, span, own = _places(ln), frozenset(config()["trip_told"]["span"]), frozenset(config()["first_person"])
    return bool(places) and all(i in covered or i in places or ln.toks[i] in span or ln.toks[i] in own
                                or ln.toks[i] in vocabulary().months for i in content_at(ln, w))


def _places(ln: Line) -> set[int]:
    """The token positions of the places named after a place marker (catatan_harian.yaml place_markers): the
    capitalised words right after it, a dot between them too («ke Kab. Sumba Barat»), or one word no dictionary holds
    («ke jayapura»)."""
    places: set[int] = set()
    for i in range(1, len(ln.toks)):
        if ln.toks[i - 1] not in vocabulary().place_markers or ln.kinds[i] != "word":
            continue
        if not ln.text[ln.spans[i][0]].isupper():
            places |= set() if is_indonesian_word(ln.toks[i]) else {i}
            continue
        j = i
        while j < len(ln.toks) and (ln.kinds[j] == "word" and ln.text[ln.spans[j][0]].isupper() or ln.toks[j] == "."):
            places.add(j)
            j += 1
    return places


def _absence_only(ln: Line, w: When) -> bool:
    """«kemaren ga sempet catat, minggu lalu cuti», «kemarin sakit»: an absence or a logbook not kept, and besides its
    time words nothing but the words that go with it (catatan_harian.yaml absence_words, absence_filler); «proses
    usulan cuti 5 pegawai» names work."""
    vocab = vocabulary()
    if _asks(ln, w):  # «kok catatan kemarin ga ada», «kemarin cuti, catatannya gimana?»: asked, not told
        return False
    # «blm ada kerjaan hari ini»: a negation before a word of existence (negated_existence) denies any work was there;
    # «ga bisa nyatet dulu» before a word of being able (negated_ability) that the user could work or log
    denying = frozenset(config()["negated_existence"]) | frozenset(config()["negated_ability"])
    denied = {j for i in range(1, len(ln.toks)) if ln.toks[i - 1] in vocab.negations
              and ln.toks[i] in denying for j in (i - 1, i)}
    if not ln.has(vocab.absence) and not denied:
        return False
    covered, content = _covered(ln, [vocab.absence]) | denied, content_at(ln, w)
    # a bare «ga ada» answers something else: the denial counts only beside the work it denies («kerjaan»)
    return (ln.has(vocab.absence) or any(i not in covered for i in content)) and \
        all(i in covered or ln.toks[i] in vocab.absence_filler or ln.toks[i] in vocab.months for i in content)


def _blocked_day(ln: Line) -> bool:
    """«listrik mati seharian, ga bisa kerja», «laptop rusak, ga bisa ngapa2in hari ini», «dinas luar ke jakarta 3
    hari, ga bisa nyatet dulu»: one part an absence or a day with no work, each other part a failure told with no work
    (_broken_told) or a trip with its place and days (_trip_only): no work done, whatever day or days are named."""
    parts, vocab = _parts(ln), vocabulary()
    if len(parts) < 2 or not ln.has(vocab.absence) and not set(ln.toks) & vocab.negations:
        return False
    kinds = []
    for a, b in parts:
        part = line(_part_text(ln, [(a, b)]))
        kinds.append("absent" if _absence_only(part, when(part)) else "broken" if _broken_told(part, when(part))
                     else "trip" if _trip_only(part, when(part)) else "")
    return all(kinds) and "absent" in kinds


@knowledge.cached
def _family() -> tuple[PhraseSet, frozenset[str]]:
    told = config()["family_told"]
    return PhraseSet(told["family"]), frozenset(told["own"])


def _family_told(ln: Line, w: When) -> bool:
    """«anak sy masuk RS td malam», «istri saya lahiran td pagi»: the line opens (past its time and filler words) with
    a family word made the user's own, and its other clauses hold only absence words and their filler: the user's
    life, no work (catatan_harian.yaml family_told)."""
    vocab, (family, own) = vocabulary(), _family()
    start, end = w.span if w.kind else (0, 0)
    skip = _chat()["filler"] | vocab.smalltalk_filler | _connectives()
    first = next((i for i, k in enumerate(ln.kinds) if k == "word" and not start <= i < end
                  and (ln.toks[i] not in skip or family.match_at(ln.toks, i))), None)
    if first is None:
        return False
    found = family.match_at(ln.toks, first)
    if found is None:
        bare = ln.toks[first].removesuffix("ku")  # «anakku»
        if bare == ln.toks[first] or not family.match_at((bare,), 0):
            return False
        after = first + 1
    else:
        after = first + len(found)
        if after >= len(ln.toks) or ln.toks[after] not in own:
            return False
    opened = next(c for c in ln.clauses() if c[0] <= first < c[1])
    absence = _covered(ln, [vocab.absence])
    return all(i in absence or ln.toks[i] in vocab.absence_filler or ln.toks[i] in vocab.months
               for i in content_at(ln, w) if not opened[0] <= i < opened[1])


def _transfer_supposed(ln: Line, w: When) -> bool:
    """«sy pindah unit bulan depan trus SKP nya gmn», «kalau pindah tim SKP nya gimana»: a mutasi still to come (a plan
    word) or supposed (a condition: conversation.yaml count_asks hypothetical), asked about: a question on the rules,
    answered from the guidance; «sy kena mutasi per 1 sept ke Biro Hukum» tells one that came."""
    supposed = phrase_set("conversation", "count_asks", "hypothetical")
    return _asks(ln, w) and (_planned(ln, w) or ln.has(supposed))
