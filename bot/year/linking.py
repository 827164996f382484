"""Which of the user's own IKI a logbook line is about: a match of its terms over each IKI's indikator, satuan, RHK
and rencana aksi stages, weighted by how distinctive each term is within this SKP. The decision favours precision:
link only a clear winner, ask when two are close or the match is weak, and file as di luar SKP what matches none
or is said to be outside."""

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from bot import knowledge
from bot.lang.numbers import parse_number
from bot.lang.refs import row_label
from bot.lang.text import phrase_set
from bot.models import SkpDraft
from bot.rules.lexicon import region_words
from bot.skp.rhk import result_parts
from bot.year.capaian import is_percent
from bot.year.entry_dates import When, corrected_day, corrected_weekday, earlier_work_day, read_date
from bot.year.entry_numbers import (
    correction_numbers,
    count_and_thing,
    counts,
    day_corrected,
    durations,
    names_thing,
    opens_correction,
    pasted_lines,
    quantity,
    reported_time,
    restated_number,
    settled_number,
    time_bound,
    time_unit,
)
from bot.year.entry_records import iki_number_in
from bot.year.iki_profile import origins, own_texts, profile, skp_terms, with_covers
from bot.year.line import Line, line
from bot.year.line_terms import line_terms, spelled_out
from bot.year.link_apart import set_apart
from bot.year.link_counts import (
    counted_heads,
    counting_owner,
    counts_only_where,
    named_as_other,
    procedure_owner,
    unless_other_partners,
)
from bot.year.link_measured import measured_elsewhere
from bot.year.link_rivals import (
    counted_only_rivals,
    generic_apart,
    handled_only,
    is_specific,
    names_of_others,
    other_claimants,
    other_head_first,
    other_thing_named,
    other_work_led,
    outnamed,
    outweighs,
    part_unnamed,
    quality_of_other,
    result_alone,
    unit_apart,
)
from bot.year.link_scores import named_terms, scores
from bot.year.link_sides import (
    all_aside,
    only_its_side,
    only_where_done,
    parties_matched,
    side_only,
    topic_covered,
    without_place,
)
from bot.year.link_threshold import bounds_echoed
from bot.year.link_words import (
    day_part_words,
    generic_words,
    handling_acts,
    joins_work,
    result_kind_words,
    side_marker_words,
    term_parts,
    weak_terms,
)
from bot.year.models import EntryStatus, LinkChoice, LogEntry, RencanaAksi
from bot.year.outside_skp import office_life
from bot.year.own_correction import corrects_itself
from bot.year.respell import respelled, unvowelled_read
from bot.year.taking_part import (
    credit_earner,
    credit_hinted,
    credit_taught,
    earns_credit,
    sat_in,
    takes_part,
    told_bare,
)
from bot.year.terms import capitals, text_terms
from bot.year.vocabulary import config, vocabulary

# the entry to linking: what callers read of a line's link, wherever its module computes it
__all__ = ["Candidate", "Decision", "Link", "by_head", "by_kind", "continued", "corrected", "first_piece", "line_terms", "link", "origins",
           "pieces_apart", "profile", "scores", "spelled_out", "taught", "with_covers"]


class Decision(StrEnum):
    link = "link"
    ask = "ask"  # offer the candidates as buttons, with «di luar SKP»
    outside = "outside"  # di luar SKP (the reply offers to link it)


@dataclass(frozen=True)
class Candidate:
    iki: str  # the IKI's key (its indikator text)
    number: int  # 1-based, as /skp numbers it
    score: float
    stage: int | None = None  # 0-based stage of its rencana aksi the line is about, if one stands out
    stage_terms: int = 0  # how many of that stage's own words the line names (one may be incidental: «lapor»)


@dataclass(frozen=True)
class Link:
    decision: Decision
    candidates: list[Candidate]  # best first: the one to link, or those to offer
    confidence: float  # 0–1: how clearly the best IKI leads
    why: str  # what decided, for the eval's misses and tests
    unnamed: str = ""  # what the user did, as written, when no offered IKI names it (the question says so)
    taught: str = ""  # the entry whose re-link by the user decided this link («pilihan Anda»), said in the reply
    continues: str = ""  # the earlier entry the line says it goes on with («lanjutan … yg kmrn»), said in the reply
    second: str = ""  # the line's second piece of work, as written, when the link is its first piece's (first_work)
    second_at: int = 0  # the token where that second piece starts: the first's count is read before it


NAMED = "IKI disebut"  # the user named the IKI by its number: their word is the link
HEAD_FIRST = "yang dihitung lain dulu"  # another IKI's counted thing named before any word of the best


def link(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None = None) -> Link:
    """The IKI the line is about, or the ones to ask between (ordered with the kind of result its act makes), or di
    luar SKP. An IKI the user names by its number («iki 2: packing & kirim panel EQAS», «… (IKI 3)») is the link,
    whatever its words match."""
    named = _named(ln, w, skp)
    if named is not None:
        return named
    found = by_figure(by_head(by_kind(_decided(ln, w, skp, rencana), ln, w, skp), ln, w, skp, rencana), ln, w, skp)
    found = by_first_row(found, ln, w, skp, rencana)
    found = by_place(by_first_work(found, ln, w, skp, rencana), ln, w, skp, rencana)
    found = _target_told(ln, skp, _count_only(ln, w, skp, found) or found)
    found = first_work(found, ln, w, skp, rencana)
    if found.decision is Decision.link and unvowelled_read(ln, own_texts(skp, rencana)):
        # «rkp nl praktkm smstr gnp»: words read from their consonants alone are a guess, the IKI offered, never
        # linked silently (linking36)
        return replace(found, decision=Decision.ask, why="tanpa huruf hidup")
    return found


def first_work(found: Link, ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None = None) -> Link:
    """«verif 12 berkas KP + rapat pensiun» asked between two pieces of work («dua pekerjaan»): when the first piece,
    read alone, links to the IKI the question offers first, naming its thing (_names_object), and the whole line's
    words link there too, the line is that IKI's (a logbook line names its work first), and the second piece is kept
    aside (`second`) for the reply to offer as an entry of its own: asking every such line cost a tap a day. A first
    piece not clear alone («isi bbm» beside receipts of BBM) is still asked. A question between close IKI («dua dekat»,
    link.first_work_close) offering that IKI first is decided so too, the first piece naming the IKI's thing in what
    the user did (before a side phrase): the whole line's words lean there already, without a link of their own."""
    settings = vocabulary().link
    close = found.why in settings["first_work_close"]["asks"]
    if found.decision is not Decision.ask or not (found.why == "dua pekerjaan" or close) or not found.candidates:
        return found
    # «H+1»: a «+» before a number joins no second piece of work (link_rivals.part_unnamed reads it so too)
    cuts = [i for i in _work_cuts(ln, w) if not (ln.kinds[i] == "mark" and i + 1 < len(ln.toks) and
                                                  ln.kinds[i + 1] == "num")]
    if not cuts or cuts[0] == 0 or cuts[0] + 1 >= len(ln.toks) or len(ln.spans) != len(ln.toks):
        return found
    second = ln.text[ln.spans[cuts[0] + 1][0]:].strip()
    if found.why == "dua pekerjaan" and len(found.candidates) == 1 and \
            quantity(ln, w, skp.iki[found.candidates[0].number - 1]) is not None:
        # «konseling obat pulang 23 pasien sekalian edukasi insulin pen»: the other piece names no IKI's work (the
        # question offers the best alone) and the line's count is the best's thing: done beside the counted work
        return Link(Decision.link, found.candidates, found.confidence, "pekerjaan pertama", second=second,
                    second_at=cuts[0])
    first = _parts_read(ln, w, skp, rencana, cuts[:1])[0][1]
    if first.decision is not Decision.link or first.candidates[0].number != found.candidates[0].number or \
            first.confidence < settings["first_work_close" if close else "first_work"]["lead"] or \
            not _names_object(*_piece(ln, w, 0, cuts[0]), skp, rencana, first.candidates[0].number - 1, close):
        return found
    if not close:
        whole = _link(ln, w, skp, rencana)  # the whole line's words point there too: the second piece alone asked
        if whole.decision is not Decision.link or whole.candidates[0].number != first.candidates[0].number:
            return found
    return Link(Decision.link, found.candidates[:3], found.confidence, "pekerjaan pertama", second=second,
                second_at=cuts[0])


def _names_object(part: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None, index: int,
                  done: bool = False) -> bool:
    """The piece of work names the thing the IKI counts or measures (its kepala, iki_profile.origins): «SO depo ranap»
    of an IKI of stock opname is its own work; «isi bbm» beside one of BMM receipts only shares a word with it. With
    `done`, named in what the user did, before any side phrase (_done_terms): «nyusun leaflet edukasi utk pasien baru»
    names whom the leaflet is for, never the patients an IKI counts."""
    part = respelled(part, own_texts(skp, rencana))
    found_in, profiles = skp_terms(skp, rencana, takes_part(part, w))
    heads = {t for t, place in found_in[index].items() if place == "kepala"}
    words = _done_terms(part, w, skp, profiles) if done else \
        spelled_out(line_terms(part, w), skp, profiles, capitals(part.text))
    return bool(heads) and heads <= named_terms(words, profiles[index])


def first_piece(ln: Line, w: When, found: Link) -> tuple[Line, When]:
    """The line up to its second piece of work, when the link is its first piece's (first_work), with its date's
    words where they stand in it: the count and figure of the link are read there, never from the second piece."""
    if not found.second_at:
        return ln, w
    return _piece(ln, w, 0, found.second_at)


def _target_told(ln: Line, skp: SkpDraft, found: Link) -> Link:
    """«… dpt 86 kantong. target 3000 setahun, baru 1.140»: a target told beside the count that is one offered IKI's
    own target, and no other IKI's of the SKP, says which of those asked between the line is about (the words chose
    it among them already). Only a question is decided, never a link moved."""
    if found.decision is not Decision.ask:
        return found
    words = {w for w, field in config()["skp_number_fields"].items() if field == "target"}
    told = {parse_number(ln.toks[i + 1]) for i in range(len(ln.toks) - 1)
            if ln.toks[i] in words and ln.kinds[i + 1] == "num"} - {None}
    targets = [parse_number(str(iki.target or "").split()[0]) if str(iki.target or "").split() else None
               for iki in skp.iki]
    held = [i for i, t in enumerate(targets) if t is not None and t in told]
    if len(held) != 1 or targets.count(targets[held[0]]) > 1:
        return found
    chosen = next((c for c in found.candidates if c.number == held[0] + 1), None)
    if chosen is None:
        return found
    return Link(Decision.link, [chosen] + [c for c in found.candidates if c is not chosen][:2], found.confidence,
                "target IKI")


def by_place(found: Link, ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None = None) -> Link:
    """A question about a meeting named by where it was held («kemarin rapat di posko krisis provinsi bahas renkon …»)
    offers first the IKI the line links to or asks about first without that place (link_sides.without_place): the
    room or the body met names no work. It orders a question, never decides a link."""
    if found.decision is not Decision.ask or not found.candidates:
        return found
    bare = without_place(ln, w, skp, found.candidates[0].number - 1)
    alone = link(*bare, skp, rencana) if bare else None  # read whole: its pieces of work in their order too
    if alone is None or alone.decision is Decision.outside or not alone.candidates or \
            alone.candidates[0].number == found.candidates[0].number:
        return found
    lead = next((c for c in found.candidates if c.number == alone.candidates[0].number), alone.candidates[0])
    return replace(found, candidates=[lead] + [c for c in found.candidates if c.number != lead.number][:2])


def _named(ln: Line, w: When, skp: SkpDraft) -> Link | None:
    """The IKI the user named in the line by its number, one of theirs, unless the line says it is outside the SKP:
    «… (IKI 2)», or the row's number labelling the line past its date («no 3: rapat sm bed manager …»)."""
    n = iki_number_in(ln.text)
    if n is None:
        n = _labelled_row(ln, w)
    if n is None:
        n = _autocorrected_ref(ln)
    if n is None or not 1 <= n <= len(skp.iki) or ln.has(vocabulary().outside):
        return None
    return Link(Decision.link, [Candidate(skp.iki[n - 1].indikator, n, 1.0)], 1.0, NAMED)


def _autocorrected_ref(ln: Line) -> int | None:
    """«… Tolong dicatat ke ikut 3 ya»: an IKI's number after «IKI» as autocorrect writes it (conversation.yaml iki_refs
    autocorrected), right after a word putting the work into it and with nothing named after the number."""
    words = knowledge.data("conversation")["iki_refs"]["autocorrected"]
    for i in range(1, len(ln.toks) - 1):
        if ln.toks[i] in words["nouns"] and ln.toks[i - 1] in words["after"] and ln.kinds[i + 1] == "num" and \
                ln.toks[i + 1].isdigit() and all(k == "mark" or t in words["then"]
                                                 for t, k in zip(ln.toks[i + 2:], ln.kinds[i + 2:])):
            return int(ln.toks[i + 1])
    return None


def _labelled_row(ln: Line, w: When) -> int | None:
    """The row's number opening the line, past the date's words that open it («kemarin no 1 → pendampingan …»)."""
    start = w.span[1] if w.span[0] == 0 and w.span[1] else 0
    if start >= len(ln.toks) or len(ln.spans) != len(ln.toks):
        return None
    label = row_label().match(ln.text[ln.spans[start][0]:])
    return int(label.group(1)) if label else None


def _count_only(ln: Line, w: When, skp: SkpDraft, found: Link) -> Link | None:
    """«3 permohonan», «40 SEP», «8 psn»: a line that is, past its date, only a count and the thing counted is about
    the IKI that counts that thing or takes a share of it (entry_numbers.names_thing): linked when one does, asked
    between them (in the order the words ranked them) when several do and the words link none of them; never di
    luar SKP while one does. None for any other line."""
    if not count_and_thing(ln, w):
        return None
    rest = [i for i in range(len(ln.toks)) if not w.span[0] <= i < w.span[1]]
    named = [i for i, iki in enumerate(skp.iki) if names_thing([ln.toks[i] for i in rest[1:]], iki)]
    ranked = [c.number - 1 for c in found.candidates]
    if not named or (len(named) > 1 and found.decision is Decision.link and ranked[0] in named):
        return None
    named.sort(key=lambda i: ranked.index(i) if i in ranked else len(ranked) + i)
    offered = [Candidate(skp.iki[i].indikator, i + 1, 1.0) for i in named]
    return Link(Decision.link, offered, 1.0, "hitungan saja") if len(offered) == 1 else \
        Link(Decision.ask, offered[:3], 0.5, "hitungan beberapa IKI")


def _decided(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None = None) -> Link:
    found = _link(ln, w, skp, rencana)
    if found.decision is not Decision.link:
        return found
    best = found.candidates[0].number
    if _not_done(ln, w):
        # «fogging perimeter ditunda, nunggu insektisida»: the work the line names did not happen; a silent link would
        # count it as done toward the IKI
        return Link(Decision.ask, found.candidates[:3], found.confidence, "tidak jadi")
    plain = _link(ln, w, skp, rencana, lend=False)
    if plain.decision is not Decision.link or plain.candidates[0].number != best:
        # «input nilai praktikum ke siakad»: what a tool lends (work_objects) orders the buttons, never decides a link
        others = [c for c in plain.candidates if c.number != best][:2]
        return Link(Decision.ask, found.candidates[:1] + others, found.confidence, "alat kerja")
    if sat_in(ln, w, skp, rencana, best - 1):
        # «ikut bimtek penulisan berita»: the user sat in a learning event, and the best IKI neither is one of
        # competence nor runs such events or counts their hours: the event's topic names its thing, never its work
        return Link(Decision.ask, found.candidates[:1] + [c for c in plain.candidates if c.number != best][:2],
                    found.confidence, "belajar saja")
    rows = _rows_read(ln, w, skp, rencana)
    if any(c.number != best for c in rows):
        # «17/4<TAB>fisioterapi rajal<TAB>14 pasien⏎17/4<TAB>edukasi home program<TAB>5 pasien»: rows pasted together,
        # another row's work another IKI's: one link would file that row under the first's IKI silently; asked, the
        # first row's IKI first, as a line names its first work first (linking36)
        offered = rows + [c for c in found.candidates[:1] if c.number not in {r.number for r in rows}]
        return Link(Decision.ask, offered[:3], found.confidence, "dua pekerjaan")
    others, first = _works_apart(ln, w, skp, rencana, found.candidates[0].number)
    if others:
        # «isi bbm + cek tekanan ban»: two pieces of work joined, each read alone names another IKI; one link would
        # leave one of them with the wrong IKI silently. A line names its first piece of work first: the IKI of
        # the first part goes first when it is another one (by_head's reading), unless the line's number counts what
        # the whole line's best counts («cek layanan kestrad + latih 12 kader toga»)
        # («kunjungan nifas 5 rumah, sama ANC 2 bumil»: the first piece has a number of its own, so the later
        # piece's count is no sign the line is the best's: the first piece's IKI first, dev37)
        first = first and (quantity(ln, w, skp.iki[best - 1]) is None or _own_number_first(ln, w))
        offered = [others[0], found.candidates[0]] + others[1:] if first else found.candidates[:1] + others
        return Link(Decision.ask, offered[:3], found.confidence, "dua pekerjaan")
    apart = part_unnamed(ln, w, skp, rencana, best - 1)
    if apart is not None:
        # «telaah resep + PIO»: the part after «+» names work the best IKI never names, or only what other IKI name as
        # much («terapi + ajarin ortu»): a second piece of work the link would file under the first one's IKI silently
        return Link(Decision.ask, found.candidates[:1] + [Candidate(skp.iki[j].indikator, j + 1, 0.0)
                                                          for j in apart[:2]], found.confidence, "dua pekerjaan")
    if found.why == "belajar":
        return found  # «nonton kelas copywriting di LMS 4 JPL»: the event's topic and place never name competence
    if all_aside(ln, w):
        # «ke bangsal anak & NICU sama DPJP»: where and with whom, and no work named: any IKI's work may be done there
        return Link(Decision.ask, found.candidates[:1] + [c for c in plain.candidates if c.number != best][:2],
                    found.confidence, "kata samping")
    # «TOT KAP utk 28 kader di Puskesmas Sikur»: a count of what the best IKI counts names its work, wherever it was done
    unnamed = side_only(ln, w, skp, rencana, best - 1) if quantity(ln, w, skp.iki[best - 1]) is None else ""
    if unnamed:
        # «update sitrep harian di grup WA krisis»: the IKI matched only where or with whom the work was done, never
        # the work: linking it would file sitrep work under krisis silently
        return Link(Decision.ask, found.candidates[:3], found.confidence, "kata samping", unnamed)
    if topic_covered(ln, w, skp, rencana, best - 1):
        # «zoom sm WHO soal EMT»: a meeting whose topic the best IKI only covers (EMT under krisis response): talking
        # about it is no work the IKI counts
        return Link(Decision.ask, found.candidates[:3], found.confidence, "topik rapat")
    timed = _timed_others(ln, w, skp, rencana, best - 1)
    if timed:
        # «prepared instrument sets buat OK cito, all delivered < 30 min»: a bound of time met is the other IKI's, held
        # to a time, and never the best's: the best's words alone never decide against it
        return Link(Decision.ask, found.candidates[:1] + [Candidate(skp.iki[j].indikator, j + 1, 0.0)
                                                          for j in timed[:2]], found.confidence, "waktu IKI lain")
    bare = without_place(ln, w, skp, best - 1)
    alone = _link(*bare, skp, rencana) if bare else None
    if alone is not None and (alone.decision is not Decision.link or alone.candidates[0].number != best):
        # «kmrn rapat di komite rekam medis»: a meeting's room or the body met named like an IKI; without it the line
        # links elsewhere or not at all: where it was held never decides its link
        return Link(Decision.ask, found.candidates[:1] + [c for c in alone.candidates if c.number != best][:2],
                    found.confidence, "tempat rapat")
    return found


def _not_done(ln: Line, w: When) -> bool:
    """A word saying the work did not happen (catatan_harian.yaml not_done_words: «ditunda», «batal») in the line's
    first clause, past its date, and no count of work done anywhere: «…, 1 px ditunda krn Hb rendah» after the work
    done, or «ralat: … batal, jd 1», tells of work that happened."""
    first = next(((a, b) for a, b in ln.clauses() if any(not w.span[0] <= i < w.span[1] for i in range(a, b))), None)
    held = vocabulary().not_done
    return first is not None and not counts(ln, w) and \
        any(held.match_at(ln.toks, i) for i in range(*first) if not w.span[0] <= i < w.span[1])


def _timed_others(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None, best: int) -> list[int]:
    """The IKI the line matches, other than the best, whose text holds their result to a time (link.time_held), when
    the line says its work met a bound of time (entry_numbers.time_bound) and the best's text holds none; best first
    by score."""
    if not time_bound(ln):
        return []
    timed = [_held_to_time(iki.indikator) for iki in skp.iki]
    if timed[best] or not any(timed):
        return []
    ln = respelled(ln, own_texts(skp, rencana))
    _, profiles = skp_terms(skp, rencana, takes_part(ln, w))
    found = scores(spelled_out(line_terms(ln, w), skp, profiles, capitals(ln.text)), profiles)
    return sorted((i for i, s in enumerate(found) if s > 0 and i != best and timed[i]), key=lambda i: -found[i])


def _held_to_time(text: str) -> bool:
    """«… dipenuhi tepat waktu», «… dalam 48 jam», «… 1x24 jam», «Rata-rata waktu …»: an IKI's text holding its result
    to a time (link.time_held, or a number before a unit of time)."""
    ln, units = line(text), vocabulary().duration_units.keys() | {"hari"}
    return phrase_set("catatan_harian", "link", "time_held").find(list(ln.toks)) is not None or \
        any(t in units and i and any(c.isdigit() for c in ln.toks[i - 1]) for i, t in enumerate(ln.toks))


def by_kind(found: Link, ln: Line, w: When, skp: SkpDraft) -> Link:
    """A question's buttons ordered with the kind of result the line's act makes (catatan_harian.yaml
    link.result_kinds: «susun», «revisi naskah» make a dokumen) toward the IKI whose counted thing is of that kind
    (laporan, naskah, artikel …), at link.kind_weight beside each IKI's score; an IKI of that kind the line shares
    no word with is offered too. Weak evidence: it orders a question, never decides a link."""
    if found.decision is not Decision.ask or found.why in ("belajar atau kerja", HEAD_FIRST):
        return found  # competence first, the thing named first: the question's own order
    words = set(line_terms(ln, w))
    kinds = [results for acts, results in result_kind_words() if any(act <= words for act in acts)]
    made = {i for i, iki in enumerate(skp.iki) for head in text_terms(result_parts(iki.indikator)[0])[:1]
            if any(term_parts(head) & results for results in kinds)}
    if not made:
        return found
    offered = {c.number: c for c in found.candidates}
    for i in made:
        offered.setdefault(i + 1, Candidate(skp.iki[i].indikator, i + 1, 0.0))
    bonus = vocabulary().link["kind_weight"]
    ordered = sorted(offered.values(), key=lambda c: -(c.score + (bonus if c.number - 1 in made else 0.0)))
    return replace(found, candidates=ordered[:max(3, len(found.candidates))])


def by_figure(found: Link, ln: Line, w: When, skp: SkpDraft) -> Link:
    """«SLA s.d. Juli: min. 96%» asked between «Jumlah permohonan …» and «Persentase permohonan selesai sesuai SLA»,
    whose words it matches alike: a line whose only numbers (past its date) are percentages reports a percentage,
    which no count IKI takes: the percentage IKI (capaian.is_percent) scoring near the first (link.figure_share)
    goes first. It orders a question, never decides a link."""
    if found.decision is not Decision.ask or len(found.candidates) < 2 or \
            is_percent(skp.iki[found.candidates[0].number - 1]):
        return found
    percent = set(knowledge.data("numbers")["percent"])
    numbers = [i for i, k in enumerate(ln.kinds) if k == "num" and not w.span[0] <= i < w.span[1]]
    if not numbers or any(i + 1 >= len(ln.toks) or ln.toks[i + 1] not in percent for i in numbers):
        return found
    share = vocabulary().link["figure_share"] * found.candidates[0].score
    lead = next((c for c in found.candidates[1:] if c.score >= share and is_percent(skp.iki[c.number - 1])), None)
    if lead is None:
        return found
    return replace(found, candidates=[lead] + [c for c in found.candidates if c is not lead])


def by_first_row(found: Link, ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None = None) -> Link:
    """«audiometri 12 pasien⏎OAE 4 bayi NICU» asked between the IKI of its rows: a message names its first work first,
    so the IKI its first row links to, read alone, goes first (as «dua pekerjaan» orders rows: _decided). It orders a
    question, never decides a link (linking42)."""
    if found.decision is not Decision.ask or len(found.candidates) < 2 or len(pasted_lines(ln)) < 2:
        return found
    rows = _rows_read(ln, w, skp, rencana)
    first = next((c for c in found.candidates if rows and c.number == rows[0].number), None)
    if len(rows) < 2 or first is None or first is found.candidates[0]:
        return found
    return replace(found, candidates=[first] + [c for c in found.candidates if c is not first])


def by_head(found: Link, ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None = None) -> Link:
    """Of the IKI a line matches close («dua dekat») or names two pieces of work for («dua pekerjaan»: «MoU komitmen dg
    4 agen + inspeksi P3K kapal»), the one its first words name offered first: a logbook line names
    its work first and what it was about, with whom or for what after («cek kelengkapan rekam medis ranap, bahas
    kepatuhan cuci tangan»: the rekam medis, though the words of cuci tangan weigh more). Each term's match toward an IKI counts less for each term before
    it (catatan_harian.yaml link.head.decay); another offered IKI scoring near the first (head.score_share) goes
    first when its head match leads the first's by head.margin. It orders a question, never decides a link."""
    if found.decision is not Decision.ask or found.why not in ("dua dekat", "dua pekerjaan") or \
            len(found.candidates) < 2:
        return found
    settings = vocabulary().link["head"]
    ln = respelled(ln, own_texts(skp, rencana))
    if takes_part(ln, w):
        return found  # «ikut kelas copywriting … 4 jp»: its first words name the event taken part in, not the work
    head = _head_match(ln, w, skp, rencana)
    first = found.candidates[0]
    # the line's number counting what the first counts is a sign of its own («terbit 14 sertifikat kalibrasi …»), as
    # is its bound of time echoed («… 11 selesai <5 hr»)
    kept = quantity(ln, w, skp.iki[first.number - 1]) is not None or bounds_echoed(ln, w, skp.iki[first.number - 1])
    ahead = [c for c in found.candidates[1:] if c.score >= settings["score_share"] * first.score and
             head[c.number - 1] - head[first.number - 1] > settings["margin"] * head[first.number - 1] and
             (not kept or quantity(ln, w, skp.iki[c.number - 1]) is not None)]
    if not ahead:
        return found
    lead = max(ahead, key=lambda c: head[c.number - 1])
    return replace(found, candidates=[lead] + [c for c in found.candidates if c is not lead])


def _head_match(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None) -> list[float]:
    """Each IKI's match of the (respelled) line's terms, each term weighed less the later it comes (link.head.decay)."""
    decay = vocabulary().link["head"]["decay"]
    _, profiles = skp_terms(skp, rencana, takes_part(ln, w))
    words = spelled_out(line_terms(ln, w), skp, profiles, capitals(ln.text))
    out = [0.0] * len(profiles)
    for k, word in enumerate(words):
        for i, s in enumerate(scores([word], profiles)):
            out[i] += s * decay ** k
    return out


def _works_apart(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None,
                 best: int) -> tuple[list[Candidate], bool]:
    """The best IKI of each part of the line between the marks or words that join two pieces of work
    (catatan_harian.yaml link.work_joiners: «&», «+», «sekalian»; then_joiners: «lalu»), where one is not the whole
    line's best and the part matches it as well as a line that may link (link_score): «semua lengkap & sdh
    diusulkan» is a word of how it went, no second piece of work. With them, whether the first of them is the first
    part's (the line's first piece of work names another IKI than the whole line's best)."""
    settings = vocabulary().link
    out: list[Candidate] = []
    first = False
    for start, found in _parts_read(ln, w, skp, rencana):
        top = found.candidates[0] if found.candidates and found.decision is not Decision.outside else None
        if top and top.number != best and top.score >= settings["link_score"] and \
                top.number not in {c.number for c in out}:
            out.append(top)
            first = first or (start == 0 and (found.decision is Decision.link or
                                              best not in {c.number for c in found.candidates}))
    return out, first


def _own_number_first(ln: Line, w: When) -> bool:
    """The line's first piece of work (up to its first _work_cuts) holds a number beside its date's words."""
    cuts = _work_cuts(ln, w)
    return bool(cuts) and any(k == "num" and not w.span[0] <= i < w.span[1] for i, k in enumerate(ln.kinds[:cuts[0]]))


def _rows_read(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None) -> list[Candidate]:
    """The IKI the rows of a message pasted over several lines link to, in row order, each row read alone and
    matching as well as a line that may link (link_score); [] for a line of one row."""
    out: list[Candidate] = []
    for start, end in pasted_lines(ln):
        found = _link(*_piece(ln, w, start, end), skp, rencana)
        top = found.candidates[0] if found.candidates and found.decision is not Decision.outside else None
        if top and top.score >= vocabulary().link["link_score"] and \
                top.number not in {c.number for c in out}:
            out.append(top)
    return out


def _work_cuts(ln: Line, w: When) -> list[int]:
    """Where the line joins a second piece of work: link.work_joiners, then_joiners (unless «lalu» says how long
    ago), a part of the day or a weekday after a mark, «sm» before a word naming no one (partner_or_joiner)."""
    settings = vocabulary().link
    joiners, day_parts, weekdays = settings["work_joiners"], day_part_words(), vocabulary().weekdays.keys()
    then, period = set(settings["then_joiners"]), set(settings["then_after_period"])
    either = set(settings["partner_or_joiner"])
    # «pagi cek validasi istithaah …, siang zoom monev pemeriksaan …», «…, sorenya benerin bridging»: a part of the
    # day after a mark opens the day's next piece of work, as a weekday does the next day's («sabtu-minggu pelatihan
    # BHD …, senin nya audit SBAR …»); «… lalu susun rundown» too, unless «lalu» says how long ago
    return [i for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if (k in ("mark", "word") and t in joiners) or
            (k == "word" and t in then and i and ln.toks[i - 1] not in period and not w.span[0] <= i < w.span[1]) or
            (k == "word" and t.removesuffix("nya") in day_parts and i and ln.kinds[i - 1] == "mark") or
            (k == "word" and t.removesuffix("nya") in weekdays and i and ln.kinds[i - 1] == "mark" and
             not w.span[0] <= i < w.span[1]) or
            (k == "word" and t in either and i and joins_work(ln, i + 1))]


def pieces_apart(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None = None) -> int | None:
    """«hari ini selesai reviu LK 3 satker, sama nyusun draft LHA audit kinerja RSUP»: a line joining two pieces of
    work (_work_cuts, a «;», else a «dan» between runs of two words or more: link.pieces_joiners; never «&», which
    lists things, nor «+» before a number) whose pieces, read alone, each match an IKI and offer different ones
    first: the first token so joining them; None otherwise. It decides no link. A question about it
    offers to keep each piece as an entry of its own, each asked or linked to its own IKI (tester54 F7)."""
    if len(ln.spans) != len(ln.toks):
        return None
    joiners, words = set(vocabulary().link["pieces_joiners"]), [k == "word" for k in ln.kinds]
    joined = [i for i, t in enumerate(ln.toks) if t in joiners and sum(words[:i]) >= 2 and sum(words[i + 1:]) >= 2]
    # a mark («;») or a word adding work cuts before a plain «dan», which joins the words of one thing as often
    for cut in sorted([i for i in _work_cuts(ln, w) if ln.toks[i] != "&" and not (
            ln.kinds[i] == "mark" and i + 1 < len(ln.toks) and ln.kinds[i + 1] == "num")] +
            [i for i in joined if ln.kinds[i] == "mark"]) + [i for i in joined if ln.kinds[i] != "mark"]:
        if cut == 0 or cut + 1 >= len(ln.toks):
            continue
        tops = [found.candidates[0].number if found.candidates and found.decision is not Decision.outside else None
                for _, found in _parts_read(ln, w, skp, rencana, [cut])]
        if None not in tops and tops[0] != tops[1]:
            return cut
    return None


def _parts_read(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None,
                cuts: list[int] | None = None) -> list[tuple[int, Link]]:
    """Each piece of work of a line joining several (_work_cuts), read alone, with where it starts; [] for a line
    of one."""
    cuts = _work_cuts(ln, w) if cuts is None else cuts
    out = []
    for start, end in zip([0] + [c + 1 for c in cuts], cuts + [len(ln.toks)]) if cuts else ():
        out.append((start, _link(*_piece(ln, w, start, end), skp, rencana)))
    return out


def _piece(ln: Line, w: When, start: int, end: int) -> tuple[Line, When]:
    """Tokens start:end of the line as a line of their own, with the date's words where they stand in it."""
    part = Line(" ".join(ln.toks[start:end]), ln.toks[start:end], ln.kinds[start:end])
    said = (max(w.span[0], start) - start, max(min(w.span[1], end) - start, 0)) if w.span[1] > start else (0, 0)
    return part, replace(w, span=said if said[0] < said[1] else (0, 0))


def by_first_work(found: Link, ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None = None) -> Link:
    """A question about a line joining several pieces of work (_work_cuts) offers first the IKI its first piece,
    read alone, links to: a logbook line names its first work first («revisi pedoman diet DM sm konseling 5 pasien
    pulang»: the pedoman, though the count is the konseling's). It orders a question, never decides a link."""
    if found.decision is not Decision.ask or found.why in ("belajar atau kerja", "dua pekerjaan"):
        return found
    # «cek ambulans & alkes»: «&» lists things too often (link.second_work_joiners leaves it out)
    cuts = [i for i in _work_cuts(ln, w) if ln.toks[i] != "&"]
    if not cuts:
        return found
    first = _parts_read(ln, w, skp, rencana, cuts[:1])[0][1]
    if first.decision is not Decision.link or first.candidates[0].number == found.candidates[0].number:
        return found
    lead = next((c for c in found.candidates if c.number == first.candidates[0].number), first.candidates[0])
    return replace(found, candidates=[lead] + [c for c in found.candidates if c is not lead][:2])


def _link(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None = None, lend: bool = True) -> Link:
    vocab = vocabulary()
    settings = vocab.link
    if not skp.iki:
        return Link(Decision.outside, [], 1.0, "belum ada SKP")
    ln = respelled(ln, own_texts(skp, rencana))
    if ln.has(vocab.outside):
        return Link(Decision.outside, [], 1.0, "kata pengguna")
    plans, learning = {r.iki: r for r in rencana or []}, takes_part(ln, w)
    found_in, profiles = skp_terms(skp, rencana, learning)
    words = spelled_out(line_terms(ln, w), skp, profiles, capitals(ln.text))
    found = scores(words, profiles, lend)
    # "31 berkas" toward the IKI that counts berkas: counting the same thing is a strong sign, unless the counted
    # things are named as another IKI's ("5 berkas usulan pensiun" is not the KP berkas of another IKI)
    counted = [bool(s) and quantity(ln, w, iki) is not None and not named_as_other(ln, w, i, skp)
               for i, (s, iki) in enumerate(zip(found, skp.iki))]
    counted = unless_other_partners(ln, w, skp, found, counted)
    # «… semua keluar <1 jam» beside «… terpenuhi kurang dari 1 jam»: the IKI's own bound of time, reported against
    counted = [c or (bool(s) and bounds_echoed(ln, w, iki)) for c, s, iki in zip(counted, found, skp.iki)]
    if counts_only_where(ln, w):
        counted = [False] * len(counted)
    found = [s + settings["count_bonus"] if c else s for s, c in zip(found, counted)]
    # on a tie, the IKI whose counted thing the line names goes first («backup server SIMPEG»: the backup IKI)
    heads = [any(o.get(t) == "kepala" for t in words) for o in found_in]
    ranked = sorted(((s, i) for i, s in enumerate(found)), key=lambda p: (-round(p[0], 6), not heads[p[1]], p[1]))
    candidates = [Candidate(skp.iki[i].indikator, i + 1, round(s, 3), *_stage(words, plans.get(skp.iki[i].indikator)))
                  for s, i in ranked if s > 0]
    best = ranked[0][0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    lead = (best - second) / best if best else 0.0
    confidence = round(min(1.0, best / settings["link_score"]) * lead, 3)
    outside_cue = office_life(ln, found_in, w.span) or (set(ln.words) & vocab.helping)
    counts_named = [c for c in candidates if any(found_in[c.number - 1].get(t) == "kepala" for t in words)]
    if best < settings["ask_score"] and counts_named and not outside_cue:
        # the thing an IKI counts, named, though every IKI names it («pelatihan» in a Bapelkes SKP): ask
        return Link(Decision.ask, counts_named[:3], confidence, "yang dihitung")
    # an outside activity («liputan upacara HUT RI») needs the line's own words to reach an IKI, not a tool's lending
    cued = max(scores(words, profiles, False)) if outside_cue and lend else best
    if best < settings["ask_score"] and not outside_cue and all_aside(ln, w):
        # «senin di Dinkes Prov NTB», «tgl 2 ke Lapas Salemba»: where the user was, never what was done there; the
        # work may be any IKI's, so it is no sign of work outside the SKP: ask, with what matched at all first
        return Link(Decision.ask, candidates[:3], confidence, "hanya tempat")
    met = parties_matched(ln, w, skp, profiles) if best < settings["ask_score"] and not outside_cue else []
    if met and max(met) >= settings["ask_score"]:
        # «rapat pembahasan temuan dgn auditi RSUD …»: the line's own words fall short of any IKI, but with the party
        # met (the auditi of an audit) they reach one: work of that IKI's kind may be meant, so it asks, never files
        # di luar SKP silently (tester54 F8)
        ranked_met = sorted((i for i, s in enumerate(met) if s > 0), key=lambda i: (-round(met[i], 6), i))
        return Link(Decision.ask, [Candidate(skp.iki[i].indikator, i + 1, round(met[i], 3)) for i in ranked_met[:3]],
                    confidence, "mitra bidang IKI")
    if best < settings["ask_score"] or (outside_cue and cued < settings["outside_cue_score"]):
        return Link(Decision.outside, candidates[:2], confidence, "tidak cocok" if not outside_cue else "kegiatan umum")
    # taking part in a learning event about another IKI's work («ikut training admin SATUSEHAT»): competence (first:
    # the user took part) or that work, the user says which; unless the event is the best IKI's work («pelatihan»
    # it organises)
    # a part of a joined term another IKI holds whole is that IKI's thing, no event («ikut uji profisiensi»: not the
    # «uji» of «uji kompetensi»)
    events = {p for t in words for p in term_parts(t) for o in found_in if o.get(p) == "petunjuk" and
              (p == t or not any(o2.get(t) not in (None, "petunjuk") for o2 in found_in))} \
        if learning and candidates else set()
    learnt = [Candidate(skp.iki[i].indikator, i + 1, round(found[i], 3)) for i in range(len(skp.iki))
              if any(found_in[i].get(t) == "petunjuk" for t in events)]
    top = candidates[0] if candidates else None
    earner = credit_earner(ln, w, skp, found_in, words) if learning and not outside_cue else None
    if earner is None and learning and not outside_cue and top and credit_taught(skp, top.number - 1) and \
            earns_credit(ln, w):
        # «ikut webinar kediklatan 3 JP» beside «Jumlah JPL mengajar …»: credit earned sitting in an event is never
        # the credit the user teaches; which IKI it goes to (competence, or one running such events) the user says
        hinted = [Candidate(skp.iki[i].indikator, i + 1, round(found[i], 3)) for i in credit_hinted(found_in)]
        return Link(Decision.ask, (hinted + [c for c in candidates if c.number not in {h.number for h in hinted}])[:3],
                    confidence, "belajar atau kerja")
    if earner is not None:
        # «pelatihan daring pengelolaan limbah B3 KLHK 8 JPL»: the credit earned says the user sat in it for their
        # own competence, whatever its topic: the one IKI that counts such credit, or the one it counts toward
        chosen = next((c for c in candidates if c.number == earner + 1),
                      Candidate(skp.iki[earner].indikator, earner + 1, round(found[earner], 3)))
        return Link(Decision.link, [chosen], confidence, "belajar")
    if learnt and top and top.number not in {c.number for c in learnt} and \
            not events & profiles[top.number - 1].keys():
        # the line's number counts what the best IKI counts («did gait training for 5 stroke patients»): its work is
        # named first, competence (the IP ASN) after it (tester53 P1-3)
        offered = [top] + learnt[:2] if counted[top.number - 1] else learnt[:2] + [top]
        return Link(Decision.ask, offered, confidence, "belajar atau kerja")
    if learnt and len(candidates) == 1 and top.number == learnt[0].number and not outside_cue:
        # the event's kind alone, and no other IKI the line names: the kind of activity decides («pelatihan
        # biosafety BSL-2 hari 2», «workshop legal drafting hari pertama»); told by its kind and topic alone («ikut
        # pelatihan public speaking»), it may be an event noted for the record: ask, competence first
        if told_bare(ln, w):
            return Link(Decision.ask, candidates[:1], confidence, "belajar tanpa keterangan")
        return Link(Decision.link, candidates[:1], confidence, "belajar")
    owner = _count_owner(words, profiles, counted, skp, ranked) if best >= settings["link_score"] and \
        not outside_cue else None
    if owner is None and best >= settings["link_score"] and not outside_cue:
        owner = procedure_owner(ln, w, words, counted, skp)
    if owner is not None:
        # «periksa 42 sampel TCM» beside «Jumlah sampel TCM» and a Persentase of those samples reported on time: the
        # number is the count IKI's, whose realisasi sums the logbook; the share's is the quarter's ratio
        chosen = next(c for c in candidates if c.number == owner + 1)
        return Link(Decision.link, [chosen] + [c for c in candidates if c is not chosen][:2], confidence,
                    "hitungan IKI jumlah")
    if best >= settings["link_score"] and lead >= settings["link_lead"] and not outside_cue:
        top = ranked[0][1]
        if outnamed(words, profiles, top):
            # «pembahasan capaian skrining 20 kab lokus»: what the line names of the best, another IKI names too, and
            # more; only where the words sit in each (or the number) set the best first
            return Link(Decision.ask, candidates[:3], confidence, "yang lain lebih lengkap")
        if not counted[top] and other_thing_named(words, profiles, found_in, top):
            return Link(Decision.ask, candidates[:3], confidence, "dua yang dihitung")
        named_apart = names_of_others(words, profiles, top)
        if counted[top] and named_apart:
            # «orientasi SITB utk 18 petugas puskesmas»: the number counts what the best counts (petugas), the
            # line names what only another IKI names (SITB): one number is no answer between the two
            return Link(Decision.ask, candidates[:1] + [Candidate(skp.iki[j].indikator, j + 1, round(found[j], 3))
                                                        for j in named_apart[:2]], confidence, "hitungan atau nama")
        claimants = other_claimants(words, profiles[top], found_in[top], skp, top)
        if claimants:
            # «nilai praktikum» beside an IKI of «modul praktikum» and one of perkuliahan, which covers praktikum
            return Link(Decision.ask, candidates[:1] + [Candidate(skp.iki[j].indikator, j + 1, round(found[j], 3))
                                                        for j in claimants[:2]], confidence, "dua bacaan")
        counted_only = counted_only_rivals(words, profiles, found_in, counted, found, skp, top)
        if counted_only:
            # «packing 35 set bedah umum»: «set» is what one IKI counts and another measures as a share; only the
            # count sets the first apart, and a share counts the same things one by one
            return _result_named(Link(Decision.ask, candidates[:1] + [Candidate(skp.iki[j].indikator, j + 1,
                                                                                round(found[j], 3))
                                                                      for j in counted_only[:2]], confidence,
                                      "hanya hitungan"), candidates, ln, w, words, profiles, found_in, skp)
        apart_by_unit = [] if counted[top] else unit_apart(words, profiles, found_in, top)
        if apart_by_unit:
            # «812 NUP dicek» beside «Jumlah BMN … | NUP» and «Persentase BMN yang tercatat …»: the unit any count of
            # BMN is written in sets the first apart, no work of its own
            return Link(Decision.ask, candidates[:1] + [Candidate(skp.iki[j].indikator, j + 1, round(found[j], 3))
                                                        for j in apart_by_unit[:2]], confidence, "hanya satuan")
        if generic_apart(words, profiles, ranked):
            # «MRI 11 px shift pagi»: what sets the best apart from the next is only a thing any work counts (px)
            return Link(Decision.ask, candidates[:3], confidence, "kata umum")
        if not counted[top] and lead < settings["thin_lead"] and best < settings["thin_score"]:
            # a best IKI that neither scores high, nor leads far, nor counts the line's number («rapat prodi persiapan
            # akreditasi LAM-PTKes» toward an IKI of artikel in jurnal terakreditasi): too thin a margin to stake a
            # silent link on; ask, the best first
            return _result_named(Link(Decision.ask, candidates[:3], confidence, "selisih tipis"), candidates, ln, w,
                                 words, profiles, found_in, skp)
        if not counted[top] and quality_of_other(ln, words, profiles[top], found_in[top]):
            # «audit kepatuhan APD di IGD» beside «Persentase kepatuhan kebersihan tangan … hasil audit»: the
            # compliance of another thing than the one the IKI measures
            return Link(Decision.ask, candidates[:3], confidence, "mutu hal lain")
        if not counted[top] and only_its_side(words, profiles[top], skp.iki[top]):
            # «rapat sm verifikator BPJS bahas kasus sectio» beside «… klaim … yang diajukan ke BPJS Kesehatan …»: the
            # line names only whom or where the IKI's work goes to, none of the work
            return Link(Decision.ask, candidates[:3], confidence, "hanya mitra IKI")
        if not counted[top] and only_where_done(words, profiles[top], skp.iki[top]):
            # «TAK sosialisasi 9 px bangsal Arimbi» beside «Jumlah insiden pasien lari … di bangsal»: the line names
            # only the ward the IKI's work is done in and whom any work serves: other work is done there too
            return Link(Decision.ask, candidates[:3], confidence, "hanya tempat IKI")
        if not counted[top] and handled_only(ln, words, profiles[top]):
            # «ngurusin staf», «beresin berkas»: a word of handling anything and one thing the IKI names say which
            # things, not which work on them: other work handles them too
            return Link(Decision.ask, candidates[:3], confidence, "urus saja")
        first = None if counted[top] else other_head_first(words, found_in, skp, top)
        if first is not None:
            # «draft SOP telemonitoring pasien»: the SOP another IKI counts is the work, named before the best's words
            return Link(Decision.ask, [Candidate(skp.iki[first].indikator, first + 1, round(found[first], 3))] +
                        [c for c in candidates if c.number != first + 1][:2], confidence, HEAD_FIRST)
        if not counted[top] and other_work_led(words, profiles, found_in, top, any(
                k == "num" and not w.span[0] <= i < w.span[1] for i, k in enumerate(ln.kinds))):
            # «jaga IGD mata malam»: the work named first matches no IKI; one later word of its field is no link
            return Link(Decision.ask, candidates[:3], confidence, "kerja lain di depan")
        if counted[top] and _people_only(words, profiles[top]):
            # «telpon 3 keluarga yg mangkir kontrol» beside «Jumlah keluarga … yang mendapat edukasi …»: the number
            # counts the people the IKI counts, but nothing of its work is said; any service counts them
            return Link(Decision.ask, candidates[:3], confidence, "hanya orang yang dihitung")
        if not counted[top] and len(candidates) > 1 and time_unit(skp.iki[top]) is not None and \
                not durations(ln) and reported_time(ln, w, skp.iki[top]) is None and _part_of_whole_told(ln, w):
            # «telekonsul ECG 3/4 kasus sdh dijawab» beside «Rata-rata waktu jawab telekonsultasi» and a count of
            # them: a part of a whole told, and no time, reports nothing to a time's average; the work may be the
            # other IKI's
            return Link(Decision.ask, candidates[:3], confidence, "waktu tanpa angka")
        rival = None if counted[top] else measured_elsewhere(ln, w, skp, words, found, top)
        if rival is not None:
            # «…, 46 observasi, patuh 41» beside an IKI of rekomendasi hasil audit kepatuhan and one of kepatuhan: the
            # figure is the other's, the words both's
            return Link(Decision.ask, [Candidate(skp.iki[rival].indikator, rival + 1, round(found[rival], 3))] +
                        [c for c in candidates if c.number != rival + 1][:2], confidence, "hal yang diukur")
        if counted[top] or is_specific(words, profiles, found_in, top, len(candidates) > 1):
            return Link(Decision.link, candidates[:1], confidence, "jelas")
        return Link(Decision.ask, candidates[:3], confidence, "tanpa istilah khas")
    offered = [c for c in candidates if c.score >= best * (1 - settings["link_lead"]) or c is candidates[0]]
    rival = None if counted[ranked[0][1]] or len(offered) < 2 else \
        measured_elsewhere(ln, w, skp, words, found, ranked[0][1])
    if rival is not None:  # as above: the figure is the other's, the words both's
        return Link(Decision.ask, [Candidate(skp.iki[rival].indikator, rival + 1, round(found[rival], 3))] +
                    [c for c in offered if c.number != rival + 1][:2], confidence, "hal yang diukur")
    if best >= settings["link_score"] and not outside_cue and len(offered) > 1 and \
            outweighs(words, profiles, found_in, [c.number - 1 for c in offered], counted_heads(ln, w)) and \
            is_specific(words, profiles, found_in, ranked[0][1]) and not generic_apart(words, profiles, ranked) and \
            outweighs(_before_reason(ln, w, words), profiles, found_in, [c.number - 1 for c in offered],
                      counted_heads(ln, w)):
        # what the user did (up to a side phrase) covers the others too: «telpon RS perujuk krn pasien datang tanpa
        # rujukan» names the rujukan only in its reason, no more of the rujuk balik IKI than of the perujuk one
        return Link(Decision.link, candidates[:1], confidence, "mencakup yang lain")
    apart = set_apart(words, _done_terms(ln, w, skp, profiles), skp, [c.number - 1 for c in offered], found_in) \
        if best >= settings["link_score"] and not outside_cue else None
    if apart is not None:
        # «survei jentik aedes …» beside «… disurvei vektor malaria» and «… disurvei vektor DBD»: the shared words
        # match both alike (aedes is any vektor's); the word that tells them apart (DBD's own vector) names one
        chosen = next(c for c in offered if c.number == apart + 1)
        return Link(Decision.link, [chosen] + [c for c in offered if c is not chosen][:2], confidence, "kata pembeda")
    if len(offered) > 1:
        return _result_named(Link(Decision.ask, offered[:3], confidence, "dua dekat"), candidates, ln, w, words,
                             profiles, found_in, skp)
    # a weak match alone is no answer to offer alone: the next IKI that match at all are buttons too
    return _result_named(Link(Decision.ask, candidates[:3], confidence, "lemah"), candidates, ln, w, words, profiles,
                         found_in, skp)


def _before_reason(ln: Line, w: When, words: list[str]) -> list[str]:
    """The line's terms before a word giving a reason (link.reason_markers: «krn», «karena»): what was done, not why;
    all of them when no reason is given."""
    reasons = set(vocabulary().link["reason_markers"])
    at = next((i for i, t in enumerate(ln.toks) if t in reasons and i > 0), None)
    if at is None:
        return words
    return [t for t in line_terms(Line(" ".join(ln.toks[:at]), ln.toks[:at], ln.kinds[:at]), w) if t in words]


def _part_of_whole_told(ln: Line, w: When) -> bool:
    """«3/4 kasus», «12 dari 15 berkas»: a part of a whole, outside the line's date (catatan_harian.yaml rate_of)."""
    of = set(config()["rate_of"])
    for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)):
        if w.span[0] <= i < w.span[1]:
            continue
        parts = t.split("/") if k == "slash" else []
        if len(parts) == 2 and all(p.isdigit() for p in parts) and 0 < int(parts[0]) <= int(parts[1]):
            return True
        if k == "num" and i + 2 < len(ln.toks) and ln.toks[i + 1] in of and ln.kinds[i + 2] == "num":
            return True
    return False


def _people_only(words: list[str], profile: dict[str, float]) -> bool:
    """Every term the line shares with the IKI names people any service counts or serves (link.generic,
    participant_nouns, link.served_people: «keluarga»)."""
    shared = set(words) & profile.keys()
    # a fasyankes is where a service is done, no one served: «4 RSUD» toward «Jumlah faskes …» names the IKI's thing
    people = (set(vocabulary().link["generic"]) - {"fasyankes"}) | set(config()["participant_nouns"]) | \
        set(vocabulary().link["served_people"])
    return bool(shared) and shared <= {t for p in people for t in text_terms(p)} | people


def _result_named(found: Link, candidates: list[Candidate], ln: Line, w: When, words: list[str],
                  profiles: list[dict[str, float]], found_in: list[dict[str, str]], skp: SkpDraft) -> Link:
    """A question asked on thin evidence (catatan_harian.yaml link.result_named.asks: only the count to tell a share
    apart from the count of the same things, a thin lead, a weak best) links the best IKI when the line names its
    result whole among what the
    user did (no side phrase: «rapat soal pelaporan nilai kritis» reports none), and of every other IKI
    only what the best's words name too (link_rivals.result_alone): «periksa 45 sampel PCR TB» beside «Jumlah sampel
    yang diperiksa …» and «Persentase hasil pemeriksaan sampel yang dikirim tepat waktu» is the count's."""
    if found.why not in vocabulary().link["result_named"]["asks"] or not candidates:
        return found
    if not result_alone(words, profiles, found_in, skp, candidates[0].number - 1, _done_terms(ln, w, skp, profiles)):
        return found
    return Link(Decision.link, candidates[:1], found.confidence, "hasil disebut")


def _done_terms(ln: Line, w: When, skp: SkpDraft, profiles: list[dict[str, float]]) -> list[str]:
    """The terms of what the user did: each clause of the line up to its first side phrase (link.side_markers: «di»,
    «ke», «utk», «soal» …), where, whither, with whom and about what left out."""
    sides = side_marker_words()
    kept = [i for a, b in ln.clauses()
            for i in range(a, next((j for j in range(a + 1, b) if ln.kinds[j] == "word" and ln.toks[j] in sides), b))]
    said = [i for i in kept if w.span[0] <= i < w.span[1]]
    part = Line(" ".join(ln.toks[i] for i in kept), tuple(ln.toks[i] for i in kept), tuple(ln.kinds[i] for i in kept))
    span = (kept.index(said[0]), kept.index(said[-1]) + 1) if said else (0, 0)
    return spelled_out(line_terms(part, replace(w, span=span)), skp, profiles, capitals(ln.text))


def _count_owner(words: list[str], profiles: list[dict[str, float]], counted: list[bool], skp: SkpDraft,
                 ranked: list[tuple[float, int]]) -> int | None:
    """The count IKI the line's number belongs to (link_counts.counting_owner) when the best or the next one is a
    share of the same things the line names no more of than its thing and the state it ends in."""
    top = ranked[0][1]
    owner = counting_owner(words, profiles, counted, skp, top)
    if owner is not None or len(ranked) < 2 or ranked[1][0] <= 0:
        return owner
    return top if counting_owner(words, profiles, counted, skp, ranked[1][1]) == top else None


def _stage(words: list[str], rencana: RencanaAksi | None) -> tuple[int | None, int]:
    """The stage whose own words the line names most ("pembahasan draf" → the Pembahasan stage), if one does, and how
    many of its words it names."""
    if not rencana or not rencana.stages:
        return None, 0
    named = [set(text_terms(s.name)) for s in rencana.stages]
    shared = set.intersection(*named) if len(named) > 1 else set()  # the result's own words name every stage
    profiles = [{t: 1.0 for t in terms_ - shared} for terms_ in named]
    found = scores(words, profiles)
    best = max(found)
    if best <= 0 or found.count(best) > 1:
        return None, 0
    at = found.index(best)
    return at, sum(scores([word], [profiles[at]], False)[0] > 0 for word in words)


def taught(found: Link, ln: Line, w: When, skp: SkpDraft, choices: list[LinkChoice]) -> Link:
    """The user's own re-link before decides a line holding every term of the re-linked one («c1 ke IKI 2», then
    «terbit 5 sertifikat SSCEC» goes to IKI 2 as well), latest first; the link says which entry taught it. A line
    whose own words link it to another IKI is asked instead, the pick first: no pick moves it silently."""
    if found.why == NAMED:
        return found  # the user's own number for this line outranks what an earlier line taught
    words = set(line_terms(ln, w))
    least = vocabulary().link["taught_min_terms"]
    keys = [iki.indikator for iki in skp.iki]
    for choice in reversed(choices):
        if choice.iki not in keys or len(set(choice.terms)) < least or not set(choice.terms) <= words:
            continue
        if found.decision is Decision.link and found.candidates[0].iki == choice.iki:
            return found
        number = keys.index(choice.iki) + 1
        chosen = next((c for c in found.candidates if c.iki == choice.iki), Candidate(choice.iki, number, 0.0))
        others = [c for c in found.candidates if c.iki != choice.iki]
        if found.decision is Decision.link and found.why not in ("koreksi", "lanjutan"):
            # «tadi HD cito 3 px dari ICU» after «HD cito 2 px dari IGD» was put in an IKI of edukasi: the line's own
            # words link it to another IKI, so the pick made for other work never moves it silently; asked, the pick
            # first (tester51 P1-15)
            return Link(Decision.ask, [chosen] + others[:2], found.confidence, "pilihan Anda atau kata baris")
        return Link(Decision.link, [chosen] + others[:2], found.confidence, "pilihan Anda", taught=choice.entry)
    return _answered_before(found, words, skp, choices)


def _answered_before(found: Link, words: set[str], skp: SkpDraft, choices: list[LinkChoice]) -> Link:
    """«rapat tim soal 2 usulan KP yg ditolak BKN krn TMT lewat» after the user picked IKI 2 for «td rapat koordinasi
    jadwal usulan KP dgn BKN regional»: a question among IKI, one of which the user chose before for a line of the
    same kind of work (a term no IKI names: «rapat») about the same things (every term of it some IKI names, at
    least taught_min_terms, all in this line), is the question answered then; latest first. Only a question is
    decided, toward an IKI it offers."""
    if found.decision is not Decision.ask:
        return found
    named = set().union(*skp_terms(skp, None, False)[0])
    least = vocabulary().link["taught_min_terms"]
    offered = {c.iki: c for c in found.candidates}
    for choice in reversed(choices):
        things = set(choice.terms) & named
        kind = set(choice.terms) - named - generic_words()  # the act too, weak as it is for a link: «rapat»
        if choice.iki not in offered or len(things) < least or not things <= words or not kind & words:
            continue
        chosen = offered[choice.iki]
        others = [c for c in found.candidates if c is not chosen]
        return Link(Decision.link, [chosen] + others[:2], found.confidence, "pilihan Anda", taught=choice.entry)
    return found


def continued(found: Link, ln: Line, w: When, day: date, skp: SkpDraft, earlier: list[LogEntry]) -> Link:
    """A line that says it goes on with earlier work — opening with «lanjut», «lanjutan» past its date, or pointing
    back at it («uji petik resep yg kmrn»; catatan_harian.yaml link.continuation) — goes to the IKI of the linked
    entry of the days before (continuation.days) that shares most of its terms, at least continuation.min_terms (no
    weak word, no people any work serves: link.generic), the latest of equals of one IKI: that entry's IKI was read or chosen then, and the words the
    line leaves out («lanjutan WO suction») are that entry's. The link says which entry it continues."""
    if found.why == NAMED:
        return found
    # the reading placed the line outside for an office-life cue («ngurus SPPD yg kemaren»): its pointing back at a
    # day says which trip or event, not that the day's work goes on
    office = found.decision is Decision.outside and found.why == "kegiatan umum"
    # the IKI the correction's own words link to without asking («… infografisnya cm 1 jd total 5»: materi KIE)
    own = found.candidates[0].iki if found.decision is Decision.link and found.candidates else None
    fixed = corrected(ln, earlier, own)
    if fixed is not None and fixed.status is EntryStatus.outside:
        return Link(Decision.outside, found.candidates[:2], found.confidence, "koreksi", continues=fixed.id)
    if fixed is not None and fixed.iki in {iki.indikator for iki in skp.iki}:
        # said a correction even when the line's own words link it to the same IKI: its day is the entry's
        # (logbook.corrected_day)
        return replace(_to_entry(found, fixed, skp, "koreksi"), why="koreksi")
    back_day = earlier_work_day(ln, day)
    # «hasil lab difteri blm keluar»: a line saying only that its work waits, whose words link it to no IKI
    waits = not _continues(ln, w) and back_day is None and found.decision is not Decision.link and \
        ln.has(phrase_set("catatan_harian", "link", "continuation", "waiting"))
    if office or (not _continues(ln, w) and back_day is None and not waits):
        return found
    settings = vocabulary().link["continuation"]
    cue = {t for phrase in settings["openers"] + settings["back"] for t in text_terms(phrase)}
    # «lanjut kerjain yg kemarin»: a word of handling anything (link.handling_acts) names no work to hold against
    # an entry's
    cue |= {t for act in handling_acts() for t in text_terms(act)}
    words = set(line_terms(ln, w)) - weak_terms() - generic_words() - cue
    keys = [iki.indikator for iki in skp.iki]
    best, shared, tied, common_best, placed = None, 0, set(), set(), set()
    for entry in earlier:
        if entry.status is not EntryStatus.linked or entry.iki not in keys or \
                not 0 <= (day - entry.day).days <= settings["days"]:
            continue
        before = line(entry.text)
        together = words & set(line_terms(before, read_date(before, entry.day)[1]))
        # «lanjut yg kemaren merauke» after «… triple eliminasi kab. Merauke»: the region the entry named by its name
        where = together & _regions_named(before)
        common = len(together)
        if common and common > shared:
            best, shared, tied, common_best, placed = entry, common, {entry.iki}, together, where
        elif common and common == shared:
            best, tied, common_best, placed = entry, tied | {entry.iki}, together, where
    # «lanjut audit»: a line that is all going on, its one term the entry's and no IKI's own (so the IKI's words cannot
    # tell, and the entry can), names that entry by the one word it has; «lanjut update data» names any IKI's data
    named_by_iki = set().union(*skp_terms(skp, None, False)[0])
    alone = len(words) == 1 and not words & named_by_iki
    if _continues(ln, w) and placed - named_by_iki:
        # a region no IKI holds, named by one entry alone, says which work goes on
        alone = True
    if waits:
        # «hasil lab difteri blm keluar» after «PE suspek difteri …»: the thing waited on, named by no IKI, is that
        # entry's work; words any IKI names («berkas klaim … nunggu ttd») say not whose
        alone, shared = True, shared if common_best - named_by_iki else 0
    if best is None or len(tied) > 1 or shared < (1 if alone else settings["min_terms"]):
        # «lanjut update data» after a data entry of one IKI and an update of another: which, it says not; but «revisi
        # BA nego yg senin» names the day: the work of that day, when it was one IKI's and the line's words match no
        # IKI, match one only weakly, or offer that day's IKI among the close ones (never against words pointing
        # elsewhere: an ask between other IKI stays one)
        best = _of_the_day(back_day, words, earlier, keys, found.decision is Decision.outside) \
            if back_day and found.decision is not Decision.link else None
        if best is None or not (found.decision is Decision.outside or found.why == "lemah" or
                                best.iki in {c.iki for c in found.candidates}):
            return found
        if not words:
            # «lanjut yg kmrn»: nothing but going on and the day, no word of the work to hold against that day's: its
            # IKI is offered first, never linked silently (link58)
            return replace(_to_entry(found, best, skp, "lanjutan"), decision=Decision.ask)
    return _to_entry(found, best, skp, "lanjutan")


def _to_entry(found: Link, entry: LogEntry, skp: SkpDraft, why: str) -> Link:
    """The line linked to the IKI of the earlier entry it goes on with or puts right, said in the reply."""
    if found.decision is Decision.link and found.candidates[0].iki == entry.iki:
        return replace(found, continues=entry.id)
    number = [iki.indikator for iki in skp.iki].index(entry.iki) + 1
    chosen = next((c for c in found.candidates if c.iki == entry.iki), Candidate(entry.iki, number, 0.0))
    others = [c for c in found.candidates if c.iki != entry.iki]
    return Link(Decision.link, [chosen] + others[:2], found.confidence, why, continues=entry.id)


def corrected(ln: Line, earlier: list[LogEntry], own: str | None = None) -> LogEntry | None:
    """«eh td salah bukan 7 tp 9 perawat», «acaranya 6 bukan 5»: a line saying it was wrong and setting a number
    against the one written before puts an earlier entry right, no new work (catatan_harian.yaml link.correction):
    the latest of the last entries whose text or count holds the old number (the one after «bukan»), else the latest
    one; so does a weekday set against another («migrasi mulai jumat bukan kamis»: the entry naming kamis), and a
    date against another («eh itu kemarin bukan hari ini»: entry_dates.corrected_day, the latest), and a line opening
    with a word of mistake and a number («ralat, AMB-05 belum dicek, jd total 3»: entry_numbers.opens_correction, the
    latest sharing a word with it). Among those (the entries holding the old number, else the last ones), the entries
    of own, the IKI the line's own words link to, go first: «ralat yg kemaren bukan 6 materi ya, …» fixes the materi
    entry, not the latest visit to a desa. None when the line is no such correction or that entry still waits for its IKI."""
    fixed = correction_numbers(ln) if earlier else None
    if fixed is not None and corrects_itself(ln, fixed[0]):
        fixed = None  # «PTO 9 pasien ICU, eh bukan 9 tp 11»: the line's own count put right, new work
    day = corrected_weekday(ln) if earlier and fixed is None else None
    restated = restated_number(ln) if earlier and fixed is None and day is None else None
    redated = earlier and fixed is None and day is None and restated is None and corrected_day(ln)
    recounted = earlier and fixed is None and day is None and restated is None and not redated and \
        opens_correction(ln)
    recent = earlier[-vocabulary().link["correction"]["recent"]:]
    # «…: 86 itu salah ketik, yg bener 68 org»: a word of mistake, the right number settled, and the old one held by
    # an earlier entry: that entry is put right (link58)
    resettled = _resettled(ln, recent) if earlier and fixed is None and day is None and restated is None and \
        not redated and not recounted else None
    if resettled is not None:
        return None if resettled.status is EntryStatus.unsure else resettled
    if fixed is None and day is None and restated is None and not redated and not recounted:
        return None
    if redated:
        # «eh itu kemarin bukan hari ini»: only the date put right, of the latest entry
        return None if recent[-1].status is EntryStatus.unsure else recent[-1]
    if recounted:
        # «koreksi yg lulus 81, …»: the entry sharing most words with the line (its count's thing), the latest of
        # equals, else the latest
        said = set(text_terms(ln.text)) - weak_terms() - _mark_terms()
        shared = [len(said & set(text_terms(e.text))) for e in recent]
        entry = recent[max(range(len(recent)), key=lambda k: (own is not None and recent[k].iki == own, shared[k], k))]
        return None if entry.status is EntryStatus.unsure else entry
    if restated is not None:
        # «eh yg vaksin tadi 112 aja»: the latest entry whose words name the work pointed back at
        # (a word's longer form names it too: «vaksinasi» the «vaksin» written before)
        named = set(text_terms(" ".join(restated[1])))
        holding = [e for e in recent if any(a == b or (min(len(a), len(b)) > 3 and (a.startswith(b) or b.startswith(a)))
                                            for a in named for b in text_terms(e.text))]
        return holding[-1] if holding and holding[-1].status is not EntryStatus.unsure else None
    if fixed is None:
        # «migrasi mulai jumat bukan kamis»: the entry whose words name the old weekday
        days = vocabulary().weekdays
        holding = [e for e in recent if any(k == "word" and days.get(t) == day for t, k in zip(*_toks(e.text)))]
    else:
        # «… mulai tgl 6 bukan 5»: a day put right is found among the entries' dates too
        dated = fixed[1] is not None and day_corrected(ln, fixed[1])
        holding = [e for e in recent if e.quantity == fixed[0] or fixed[0] in _counts_held(e, dated)]
        # «bukan 3 lokasi tp 2»: of those, the entries counting the same thing («ke posbindu tiga lokasi», not «3 JPL»)
        holding = [e for e in holding if _counts_thing(e, fixed[0], _thing_after(ln, fixed[0]))] or holding
    pool = holding or recent
    entry = ([e for e in pool if own and e.iki == own] or pool)[-1]
    return None if entry.status is EntryStatus.unsure else entry


def _resettled(ln: Line, recent: list[LogEntry]) -> LogEntry | None:
    """The latest of the recent entries whose count or text holds a number the line names beside the right one it
    settles (entry_numbers.settled_number), in a line with a word of mistake (link.correction marks); None otherwise."""
    right = settled_number(ln)
    if right is None or not ln.has(phrase_set("catatan_harian", "link", "correction", "marks")):
        return None
    old = {v for t, k in zip(ln.toks, ln.kinds) if k == "num" and (v := parse_number(t)) is not None} - {right}
    holding = [e for e in recent if old and (e.quantity in old or old & _counts_held(e))]
    return holding[-1] if holding else None


def _mark_terms() -> set[str]:
    """The terms of the words of mistake (link.correction marks): no word of the work put right."""
    return {t for mark in vocabulary().link["correction"]["marks"] for t in text_terms(mark)}


def _counts_held(entry: LogEntry, dates: bool = False) -> set[float]:
    """The numbers an entry's text holds, its date's left out (dates: kept): «ikut pelatihan … tgl 2 sd 6» holds no 2 a
    later «bukan 2 kelas tp 3» puts right."""
    ln = line(entry.text)
    w = read_date(ln, entry.day)[1] if not dates else When()
    return {v for i, (t, k) in enumerate(zip(ln.toks, ln.kinds))
            if k == "num" and not w.span[0] <= i < w.span[1] and (v := parse_number(t)) is not None}


def _thing_after(ln: Line, value: float) -> str:
    """The word right after the first number of `value` in the line, "" when none follows it."""
    return next((ln.toks[i + 1] for i in range(len(ln.toks) - 1) if ln.kinds[i] == "num" and
                 parse_number(ln.toks[i]) == value and ln.kinds[i + 1] == "word"), "")


def _counts_thing(entry: LogEntry, value: float, thing: str) -> bool:
    """The entry's text has `value` right before the word `thing`."""
    return bool(thing) and _thing_after(line(entry.text), value) == thing


def _toks(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    ln = line(text)
    return ln.toks, ln.kinds


def _of_the_day(day: date, words: set[str], earlier: list[LogEntry], keys: list[str],
                unmatched: bool) -> LogEntry | None:
    """The latest linked entry of the day a line goes back to («… yg senin») sharing a term with the line, or any of
    that day's when the line's words match no IKI at all («lanjutan yg senin, bab 3 kelar»), when they are all one
    IKI's; None when that day's work was several IKI's or none, or the line's words point elsewhere and share none."""
    entries = [e for e in earlier if e.status is EntryStatus.linked and e.iki in keys and e.day == day]
    sharing = [e for e in entries if words & set(line_terms(line(e.text), read_date(line(e.text), e.day)[1]))]
    entries = sharing or (entries if unmatched else [])
    return entries[-1] if entries and len({e.iki for e in entries}) == 1 else None


def _regions_named(ln: Line) -> set[str]:
    """The names the line gives right after a region word («kab. Merauke», «kota Bogor»): where its work was."""
    regions = region_words()
    words = [t for t, k in zip(ln.toks, ln.kinds) if k == "word"]
    return {b for a, b in zip(words, words[1:]) if a in regions and b not in regions}


def _continues(ln: Line, w: When) -> bool:
    """The line opens with a word of going on (past its date) or points back at earlier work («… yg kmrn»)."""
    openers, back = (phrase_set("catatan_harian", "link", "continuation", side) for side in ("openers", "back"))
    first = next((i for i, k in enumerate(ln.kinds) if not w.span[0] <= i < w.span[1] and k == "word"), None)
    return (first is not None and openers.match_at(ln.toks, first) is not None) or ln.has(back)
