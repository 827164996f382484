"""Whether another IKI has as good a claim on a logbook line as the best one (it names more of the line, counts
the same thing, covers it, or a second piece of work names it): the checks that ask instead of linking."""

from dataclasses import replace

from bot.lang.text import tokens
from bot.lang.words import is_indonesian_word
from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import When
from bot.year.iki_profile import covered_kinds, is_share, own_act, own_texts, skp_terms
from bot.year.line import Line
from bot.year.line_terms import line_terms, spelled_out
from bot.year.link_scores import is_name, named_terms, nearness, scores
from bot.year.link_words import (
    generic_words,
    handling_acts,
    joins_work,
    plain_acts,
    qualities,
    quality_nouns,
    weak_terms,
)
from bot.year.models import RencanaAksi
from bot.year.respell import respelled
from bot.year.taking_part import takes_part
from bot.year.terms import capitals, text_terms
from bot.year.vocabulary import vocabulary


def part_unnamed(ln: Line, w: When, skp: SkpDraft, rencana: list[RencanaAksi] | None,
                  best: int) -> list[int] | None:
    """A part of the line between the marks or words that join a second piece of work (catatan_harian.yaml
    link.second_work_joiners: «+», «sekalian», «trus»; no «+» before a number: «H+1»; «sm» before a word naming
    no one: link_words.joins_work) names a thing (no weak word nor
    plain act) and nothing the best IKI names, or nothing another IKI does not name as much: the other IKI the part
    points to (0-based, best first; [] when it names none), None when every part names the best's own work."""
    ln = respelled(ln, own_texts(skp, rencana))
    joiners = vocabulary().link["second_work_joiners"]
    either = set(vocabulary().link["partner_or_joiner"])
    cuts = [i for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if (k in ("mark", "word") and t in joiners and
            not (k == "mark" and i + 1 < len(ln.toks) and ln.kinds[i + 1] == "num")) or
            (k == "word" and t in either and i and joins_work(ln, i + 1))]
    if not cuts:
        return None
    _, profiles = skp_terms(skp, rencana, takes_part(ln, w))
    plain, names = weak_terms() | plain_acts(), capitals(ln.text)
    for start, end in zip([0] + [c + 1 for c in cuts], cuts + [len(ln.toks)]):
        part = Line(" ".join(ln.toks[start:end]), ln.toks[start:end], ln.kinds[start:end])
        said = (max(w.span[0], start) - start, max(min(w.span[1], end) - start, 0)) if w.span[1] > start else (0, 0)
        words = spelled_out(line_terms(part, replace(w, span=said if said[0] < said[1] else (0, 0))), skp, profiles,
                            names)
        things = [t for t in words if t not in plain]
        if not things:
            continue
        alone = scores(things, profiles, lend=False)
        mine = named_terms(things, profiles[best])
        close = (1 - vocabulary().link["link_lead"]) * alone[best]
        # «rekap istitaah 3.200 jemaah + follow up kab yg blm input siskohatkes»: a part the best wins only just, while
        # another IKI close to it names all the part names of the best (jemaah) and a thing the best never names
        # (istitaah), is that IKI's work as likely
        others = sorted((j for j, s in enumerate(alone) if j != best and s > 0 and
                         (s >= alone[best] or (s >= close and _names_more(things, profiles[j], mine)))),
                        key=lambda j: -alone[j])
        if not named_terms(words, profiles[best]) or others:
            # «terapi + ajarin ortu latihan di rmh»: a part naming only what other IKI name as much (terapi) may be
            # their work; only the other part set the best apart
            return others
    return None


def _names_more(words: list[str], prof: dict[str, float], named: set[str]) -> bool:
    """The IKI names every term of `named` the words name and a thing besides, no people any work serves."""
    theirs = named_terms(words, prof)
    # «jemaah» named of one IKI is named of another by its «jemaah haji»
    held = all(t in theirs or any(t in p.split() or p in t.split() for p in theirs) for t in named)
    return held and bool(theirs - named - generic_words())


def handled_only(ln: Line, words: list[str], prof: dict[str, float]) -> bool:
    """The line's act is one of handling anything (link.handling_acts: «ngurusin staf», «beresin berkas») and it
    names of the IKI at most one term besides that act: which things, never which work on them."""
    acts = [t for t in ln.toks if t in handling_acts()]
    if not acts:
        return False
    own = {t for act in acts for t in text_terms(act)}
    return len(named_terms(words, prof) - own) <= 1


def quality_of_other(ln: Line, words: list[str], prof: dict[str, float], origin: dict[str, str]) -> bool:
    """The line names, as its noun, a quality the IKI measures (rhk_qualifiers pemenuhan: kepatuhan, kelengkapan,
    ketepatan; no «sesuai komentar») of a thing right after it the IKI never names, and besides that quality at most
    one other word of the IKI, none the thing it counts: «audit kepatuhan APD» is no «kepatuhan kebersihan tangan …
    hasil audit»."""
    plain = weak_terms() | plain_acts() | generic_words() | qualities()
    written = {t for tok in ln.toks for t in quality_nouns().get(tok, ())}
    for at, term in enumerate(words[:-1]):
        following = words[at + 1]
        if term in written and term in prof and following not in plain and not named_terms([following], prof):
            rest = named_terms(words, prof) - {term} - weak_terms()
            return len(rest) <= 1 and not any(origin.get(t) == "kepala" for t in rest)
    return False


def counted_only_rivals(words: list[str], profiles: list[dict[str, float]], found_in: list[dict[str, str]],
                  counted: list[bool], found: list[float], skp: SkpDraft, index: int) -> list[int]:
    """The other IKI measuring as a share (persentase, proporsi, cakupan) what the best one counts, whose own text
    names every term of the line the best one names (no weak word), when the line's count is what sets the best
    apart: «packing 35 set bedah umum» beside «Jumlah set instrumen …» and «Persentase set instrumen yang diberi
    label barcode»; a share's numerator counts the same things one by one, so the number is no answer between them.
    Best first."""
    if not counted[index]:
        return []
    named, weak = named_terms(words, profiles[index]), weak_terms()
    # the thing the best counts, named, is one even when a weak word («12 tindakan HD»): a share that never names it
    # counts other things
    mine = {t for t in named if t not in weak or found_in[index].get(t) == "kepala"}
    own_text = vocabulary().link["own_text_places"]
    return sorted((j for j in range(len(profiles)) if j != index and not counted[j] and mine and
                   is_share(skp.iki[j]) and all(found_in[j].get(t) in own_text for t in mine)), key=lambda j: -found[j])


def unit_apart(words: list[str], profiles: list[dict[str, float]], found_in: list[dict[str, str]],
               index: int) -> list[int]:
    """The other IKI naming, in their own text, the thing the best one counts, when all that sets the best apart is
    its satuan written beside that thing («812 NUP dicek» of BMN beside «Jumlah BMN yang ditetapkan status
    penggunaannya | NUP» and «Persentase BMN yang tercatat …»): the unit any count of that thing is written in, no
    work of its own. Best first."""
    named, origin = named_terms(words, profiles[index]) - weak_terms(), found_in[index]
    heads = {t for t in named if origin.get(t) == "kepala"}
    others = [j for j in range(len(profiles)) if j != index]
    apart = {t for t in named if not any(t in profiles[j] for j in others)}
    if not heads or not apart or any(origin.get(t) != "satuan" for t in apart):
        return []
    own_text = vocabulary().link["own_text_places"]
    return [j for j in others if all(found_in[j].get(t) in own_text for t in heads)]


def generic_apart(words: list[str], profiles: list[dict[str, float]], ranked: list[tuple[float, int]]) -> bool:
    """Another IKI matches the line too, and the terms of the line only the best names are all things any work of
    the ministry counts or serves (catatan_harian.yaml link.generic: pasien, kasus, peserta …): they cannot tell the
    two apart («cek ulang kode … kasus pneumonia» beside an IKI of koding and one of kasus rawat inap)."""
    if len(ranked) < 2 or ranked[1][0] <= 0:
        return False
    weak = weak_terms()
    apart = (named_terms(words, profiles[ranked[0][1]]) - weak) - named_terms(words, profiles[ranked[1][1]])
    return bool(apart) and apart <= generic_words()


def is_specific(words: list[str], profiles: list[dict[str, float]], found_in: list[dict[str, str]],
              index: int, contested: bool = True) -> bool:
    """Whether the line names something only this IKI of the SKP names, not a word of any work: a term of the IKI's
    own text (link.specific_weight: the thing it counts, its indikator, satuan), a term of its RHK, stages or
    covered kinds beside another term it shares, two terms only it has, or two terms of its own text no other IKI
    has together; never words a vocabulary group lends it alone (link.groups). A single word of what is done to
    the thing (its predicate) or a competence hint (link.needs_company) names the IKI only beside another word of
    the line it shares: «pengawas ujian CPNS» is no «lulus ujian» of bimbingan KTI, but «probity audit» is named.
    A score alone may come from words many results share ("ujian", "kelas"); without such a term the bot asks,
    offering the best IKI first. A typo or a cut word names the term it is near."""
    settings = vocabulary().link
    prof, origin = profiles[index], found_in[index]
    named = named_terms(words, prof)
    others = set().union(*(p for j, p in enumerate(profiles) if j != index))
    # a word another IKI holds inside a joined term is named there too: «kapal» of «Persentase kapal …» beside
    # «sertifikat sanitasi kapal» tells neither apart
    others |= {w for t in others if " " in t for w in t.split()}
    weak = weak_terms()
    unique = {t for t in named if t not in others}
    own = {t for t in unique if t not in weak}
    if all(origin[t] in settings["groups"] for t in named):
        # only words a vocabulary group lends the IKI («reposisi» to a dekubitus one): ask when another IKI
        # matches the line too («px» of an askep IKI); alone, the group is the only reading there is
        return not contested
    company = len(named - weak) >= 2
    # a name (no word of the language: «SKILAS», «tele-USG», «post-test») is specific wherever the IKI has it
    alone = {t for t in own if " " in t or origin[t] not in settings["needs_company"] or not is_indonesian_word(t)}
    if any(prof[t] >= settings["specific_weight"] and (company or t in alone) for t in own) or \
            (own and len(named) >= 2) or len(unique) >= 2:
        return True  # "rata-rata" + "waktu": words of any work, but only this IKI's measure has them both
    # "supervisi" + "puskesmas" of "Jumlah puskesmas yang disupervisi", beside "rekomendasi hasil supervisi" and
    # "puskesmas binaan"
    strong = {t for t in named if t not in weak and prof[t] >= settings["specific_weight"]}
    return len(strong) >= 2 and not any(strong <= p.keys() for j, p in enumerate(profiles) if j != index)


def other_claimants(words: list[str], prof: dict[str, float], origin: dict[str, str], skp: SkpDraft,
               index: int) -> list[int]:
    """The other IKI that cover every term of the line naming this IKI (no weak word), when each such term is a plain
    word of the language in this IKI's text and not the thing it counts (catatan_harian.yaml covers: a kind of work
    the other IKI's result takes, left to this one because this one names it): «nilai praktikum» beside an IKI of
    «modul praktikum» and one of perkuliahan, which covers praktikum, reads both ways. A name, a joined term or the
    counted thing names its IKI as written («buffer stock», «PME»)."""
    named = named_terms(words, prof) - weak_terms()
    if not named or any(" " in t or is_name(t) or origin[t] == "kepala" for t in named):
        return []
    covering = [j for j, iki in enumerate(skp.iki) if j != index and named & set(covered_kinds(iki))]
    covered = set().union(*(set(covered_kinds(skp.iki[j])) for j in covering))
    return covering if named <= covered else []


def outnamed(words: list[str], profiles: list[dict[str, float]], index: int) -> bool:
    """Another IKI names every term of the line this one names, and more: then nothing the line says sets this one
    apart, only where the words sit in each IKI or the number it counts (a kab/kota, a dokumen any IKI may count)."""
    weak = weak_terms()
    mine = named_terms(words, profiles[index]) - weak
    return bool(mine) and any(mine < named_terms(words, p) - weak for j, p in enumerate(profiles) if j != index)


def outweighs(words: list[str], profiles: list[dict[str, float]], found_in: list[dict[str, str]],
              close: list[int], counted: set[str] = frozenset()) -> bool:
    """Whether the first of IKI that score close is still what the line is about: it names the thing the first
    counts (its kepala) and of each other only what is done (its predicate) — «rapat SOP penghapusan» is about
    the SOP IKI, not the one of BMN dihapuskan — or each other's named terms are some of the first's, which names
    more: «rapat evaluasi ketepatan laporan ASIK» beside an IKI of «laporan … ASIK»."""
    # a weak word, or one word of a joined term («rapat» of «rapat pimpinan»), names nothing here
    settings, weak = vocabulary().link, weak_terms()
    if not all(named_terms(words, profiles[j]) for j in close[1:]):
        # one close only by what a tool lends it («… plus the monthly kitchen swab»: a swab's sampel) names nothing
        # the first could outweigh: the tool points there as much
        return False
    # a weak word that is the thing an IKI counts names that IKI («nulis laporan psikologis utk 3 anak» beside
    # «Persentase laporan pemeriksaan psikologis …»: the laporan are its work) (link59)
    counts = [{t for t, at in found_in[j].items() if at == "kepala"} for j in close]
    named = [{p for p in named_terms(words, profiles[j]) - (weak - own)
              if p in words or (" " not in p and any(nearness(t, p, settings) for t in words))}
             for j, own in zip(close, counts)]
    # a name («SISDMK») the other names as what is done names it as much, unless the line counts the first's thing
    # («balas 4 permohonan lewat e-PPID»: the permohonan are the work, the system only its way)
    heads = {t for t in named[0] if found_in[close[0]][t] == "kepala"}
    if heads and all({found_in[j][t] for t in terms_} <= {"predikat"} and
                     (heads & counted or not any(is_name(t) for t in terms_))
                     for j, terms_ in zip(close[1:], named[1:])):
        return True
    return all(terms_ < named[0] for terms_ in named[1:])


def other_thing_named(words: list[str], profiles: list[dict[str, float]], found_in: list[dict[str, str]],
                       index: int) -> bool:
    """The best IKI is named by one word only, and the line also names the thing another IKI counts (its kepala),
    or, when that one word is a plain word of the language and the only one, weak words too, any term of another
    IKI the best does not have: «input nomor agenda surat keluar» names «agenda» of an IKI of agenda pimpinan and
    «surat» of one of surat masuk, «dampingi delegasi JICA» names «delegasi» of one IKI and JICA of others; one
    word is no answer between two readings. A name («SKILAS») is answer enough. A term every IKI of the SKP holds
    («pelatihan» in a Bapelkes SKP) is no word of the best's: it names them all."""
    named = {t for t in named_terms(words, profiles[index]) if not all(t in p for p in profiles)}
    if len(named - weak_terms()) != 1:
        return False
    plain = len(named) == 1 and all(is_indonesian_word(t) and " " not in t for t in named)
    return any(t in o and (o[t] == "kepala" or (plain and t not in weak_terms())) and t not in found_in[index]
               for j, o in enumerate(found_in) if j != index for t in words)


def names_of_others(words: list[str], profiles: list[dict[str, float]], index: int) -> list[int]:
    """The other IKI each named by a name of the line (no word of the language: «SITB», «SIAKPEL») that only it
    of the SKP holds, and this one does not."""
    out = []
    for t in words:
        holders = [j for j, p in enumerate(profiles) if t in p]
        if is_name(t) and len(holders) == 1 and holders[0] != index and holders[0] not in out:
            out.append(holders[0])
    return out


def names_result(words: list[str], prof: dict[str, float], origin: dict[str, str], iki: IkiDraft,
                 acts: list[str] | None = None) -> bool:
    """The line names the IKI's result whole: every term of the thing it counts (its kepala) and what its text says
    is done to it (iki_profile.own_act), among `acts` when given (what the user did, no side phrase's words):
    «periksa 45 sampel PCR TB» of «Jumlah sampel yang diperiksa …»."""
    heads = {t for t, place in origin.items() if place == "kepala"}
    act = own_act(iki)
    done = named_terms(words if acts is None else acts, prof)
    return bool(heads) and act is not None and heads <= done and act in done


def result_alone(words: list[str], profiles: list[dict[str, float]], found_in: list[dict[str, str]], skp: SkpDraft,
                 index: int, acts: list[str]) -> bool:
    """The line names this IKI's result whole among `acts` (names_result), and of every other IKI only terms
    this one's are named by too, never another result whole: «periksa 45 sampel PCR TB» beside «Jumlah sampel yang
    diperiksa …» and «Persentase hasil pemeriksaan sampel yang dikirim tepat waktu» names the count's result and of
    the share only its base, nothing sent on time. What the line says is the first IKI's own work; the others only
    share its things."""
    if not names_result(words, profiles[index], found_in[index], skp.iki[index], acts):
        return False
    weak = weak_terms()
    mine = named_terms(words, profiles[index]) - weak
    return all(named_terms(words, profiles[j]) - weak <= mine and
               not names_result(words, profiles[j], found_in[j], skp.iki[j])
               for j in range(len(profiles)) if j != index)


def other_head_first(words: list[str], found_in: list[dict[str, str]], skp: SkpDraft, index: int) -> int | None:
    """«draft SOP telemonitoring pasien …» beside an IKI of SOP and one of pasien telemonitoring: a line names its
    work first and what it is about after, so the thing another IKI counts (its kepala, written there as here: no
    act's noun, «penyusunan» of «susun»), named in the line's first two terms before any word of the best, is a
    claim as good: that IKI, else None."""
    for word in words[:2]:  # the line's act and the thing it is done to
        if word in found_in[index]:
            return None
        if word in generic_words():
            continue  # «review kasus …»: the people or cases any work serves name no work of their own
        owners = [j for j, o in enumerate(found_in) if j != index and o.get(word) == "kepala" and
                  word in tokens(skp.iki[j].indikator)]
        if owners:
            return owners[0] if len(owners) == 1 else None
    return None


def other_work_led(words: list[str], profiles: list[dict[str, float]], found_in: list[dict[str, str]], index: int,
                   counts: bool) -> bool:
    """«jaga IGD mata malam» beside «Jumlah peserta bakti sosial skrining mata»: the line's work («jaga», «IGD»), the
    two terms or more it opens with, names nothing any IKI names, and one word after them is all it shares with the
    best: a word of the field the work is in, not that IKI's work (dev37). Only for a line counting nothing, the word
    standing in the IKI's text where a field is named (link.field_word_places), never its counted thing."""
    named = named_terms(words, profiles[index])
    # a name («EQAS», «Bappenas») or a joined term («uji kompetensi») is the IKI's own thing wherever it stands
    term = next(iter(named), "")
    if counts or len(named) != 1 or " " in term or not is_indonesian_word(term) or \
            found_in[index].get(term) not in vocabulary().link["field_word_places"]:
        return False
    at = next(i for i, t in enumerate(words) if named_terms([t], profiles[index]))
    lead = words[:at]
    return len(lead) >= 2 and not any(named_terms([t], p) for t in lead for p in profiles)
