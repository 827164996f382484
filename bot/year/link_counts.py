"""The counted quantity of a logbook line toward an IKI: when a number counts the IKI's thing, and when it counts
only where the work was done or another's partners."""

from bot.models import SkpDraft
from bot.skp.rhk import result_parts
from bot.year.entry_dates import When
from bot.year.entry_numbers import counted as counted_things
from bot.year.entry_numbers import counts, other_partners, quantity
from bot.year.iki_profile import is_share
from bot.year.line import Line
from bot.year.link_scores import named_terms
from bot.year.link_words import generic_words, side_marker_words
from bot.year.terms import terms, text_terms
from bot.year.vocabulary import config as vocabulary_config
from bot.year.vocabulary import vocabulary


def counts_only_where(ln: Line, w: When) -> bool:
    """Every count of the line stands right after a place marker (place_markers: «ke 12 prov», «di 3 RS»): it
    counts where the work went or was done, no result of it; a count is no sign of the IKI counting those places."""
    found = counts(ln, w)
    return bool(found) and all(n.at and ln.toks[n.at - 1] in vocabulary().place_markers for n in found)


def unless_other_partners(ln: Line, w: When, skp: SkpDraft, found: list[float], counted: list[bool]) -> list[bool]:
    """No IKI takes the count as a sign when the line counts a thing another matching IKI counts too, with partners
    that IKI names otherwise: «ttd 2 PKS dgn RS swasta» beside an IKI of naskah kerja sama luar negeri and one of PKS
    dengan pemda atau BUMN is no count of either's, only of their kind of thing: which one, the number cannot say."""
    refused = [counted_things(iki).things for s, iki in zip(found, skp.iki) if s and other_partners(ln, w, iki)]
    if not refused:
        return counted
    return [c and not any(counted_things(iki).things & things for things in refused)
            for c, iki in zip(counted, skp.iki)]


def counted_heads(ln: Line, w: When) -> set[str]:
    """The terms of the words the line's numbers count before its first side phrase («balas 4 permohonan»:
    permohonan; not «minta akun SISKOP2MI utk 3 klinik», whose klinik are whom the work is for)."""
    cut = next((i for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if i and k == "word" and t in side_marker_words()),
               len(ln.toks))
    return {t for n in counts(ln, w) if n.at + 1 < cut for t in terms(ln.toks[n.at + 1:n.at + 2])}


def named_as_other(ln: Line, w: When, index: int, skp: SkpDraft) -> bool:
    """The words after the counted number name what another IKI measures and this one does not ("5 berkas usulan
    pensiun" next to an IKI of SK pensiun); never what this IKI's own text says is done to its thing («15 berkas KP
    diverifikasi» toward «Jumlah berkas … yang diverifikasi», beside «Rata-rata waktu verifikasi berkas …»), nor when
    another number of the line counts this IKI's thing alone («periksa 3 kapal, terbit 3 SSCEC» toward «Jumlah
    sertifikat sanitasi kapal (SSCEC/SSCC) …»: the kapal are another IKI's, the SSCEC this one's; «…, 64 alat,
    sertifikat terbit 60»: a number closing its clause counts what the clause named before it)."""
    subjects = [set(text_terms(result_parts(iki.indikator)[0])) for iki in skp.iki]
    others = set().union(*(s for i, s in enumerate(subjects) if i != index)) - \
        set(text_terms(skp.iki[index].indikator))
    target = counted_things(skp.iki[index])
    own = (target.things | target.written) if target else frozenset()
    named_other = counts_own = False
    places = vocabulary().place_markers
    for n in counts(ln, w):
        after = [t for t, k in zip(ln.toks[n.at + 1:n.clause[1]], ln.kinds[n.at + 1:n.clause[1]]) if k == "word"]
        # «3 puskesmas di Kab Kupang»: what follows a place marker says where the things are, not what they are
        after = after[:next((i for i, t in enumerate(after) if t in places), len(after))]
        said = set(terms(after[:4]))
        if not after:
            # «…, sertifikat terbit 60»: a number closing its clause counts what the clause named before it
            before = [t for t, k in zip(ln.toks[n.clause[0]:n.at], ln.kinds[n.clause[0]:n.at]) if k == "word"][-3:]
            if (set(terms(before)) | set(before)) & own:
                counts_own = True
        elif said & others:
            named_other = True
        elif (said | {t.lower() for t in after[:4]}) & own:
            counts_own = True
    return named_other and not counts_own


def counting_owner(words: list[str], profiles: list[dict[str, float]], counted: list[bool], skp: SkpDraft,
                   index: int) -> int | None:
    """The IKI that counts the line's number when the best one is a share of the same things: «periksa 42 sampel
    TCM» beside «Jumlah sampel TCM» and «Persentase hasil pemeriksaan sampel TB TCM yang dilaporkan sesuai standar
    TAT». A count naming no predicate («Jumlah X», not «Jumlah X yang diverifikasi») sums every X the logbook
    counts; the share's figure is the quarter's ratio, never a count of the day. So the count, its whole thing named
    by the line, wins unless the line names of the share, past what the count names, more than its thing and the
    state it ends in («dilaporkan»): its condition («3 sampel lewat TAT») is the share's work. None when no one such count IKI takes the number."""
    if counted[index] or not is_share(skp.iki[index]):
        return None
    # the whole thing it counts named («sampel TCM»), not one word of it («42 px» of «Jumlah pasien terskrining
    # qSOFA di triase»): a count of any patients is no count of those; unless the share measures the same things
    # («46 sampel» beside «Jumlah sampel TCM» and «Persentase … sampel TB TCM …»): its head named is then theirs
    subject, predicate = result_parts(skp.iki[index].indikator)
    shared = set(text_terms(subject))

    def whole(j: int) -> bool:
        thing, named = text_terms(result_parts(skp.iki[j].indikator)[0]), named_terms(words, profiles[j])
        return set(thing) <= named or (bool(thing) and thing[0] in named and set(thing) <= shared)

    owners = [j for j, iki in enumerate(skp.iki) if counted[j] and j != index and not is_share(iki) and
              not result_parts(iki.indikator)[1] and whole(j)]
    if len(owners) != 1:
        return None
    thing = set(text_terms(subject)) | set(text_terms(" ".join(predicate.split()[:1])))
    beyond = named_terms(words, profiles[index]) - set(profiles[owners[0]])
    return owners[0] if beyond <= thing else None


def procedure_owner(ln: Line, w: When, words: list[str], counted: list[bool], skp: SkpDraft) -> int | None:
    """«HD 8 pasien», «cuci darah 7 pasien» beside «Jumlah tindakan hemodialisis …» and «Jumlah pasien HD dengan
    pemantauan akses vaskular …»: a procedure given to patients is done once for each (catatan_harian.yaml counting
    procedure_heads), so the one count IKI of that procedure the line names takes the number, when the line counts
    people any work serves (link.generic) and each other IKI counting them counts more of them than the line names.
    None otherwise."""
    heads = {t for word in vocabulary_config()["counting"]["procedure_heads"] for t in text_terms(word)}
    persons, named = generic_words(), set(words)
    if not counted_heads(ln, w) & persons:
        return None
    owners = []
    for j, iki in enumerate(skp.iki):
        thing = text_terms(result_parts(iki.indikator)[0])
        # «operasi katarak» may be one term of the thesaurus: its head word and the rest named apart or as one
        parts = thing[0].split() if thing else []
        if parts and parts[0] in heads and ((len(thing) > 1 and thing[1] in named) or
                                            (len(parts) > 1 and (thing[0] in named or set(parts[1:]) <= named))):
            # the patients after the number are no thing of its own here (named_as_other): its quantity decides
            if quantity(ln, w, iki) is not None:
                owners.append(j)
        elif not counted[j]:
            continue
        elif not thing[:1] or thing[0] not in persons or set(thing) <= named:
            return None  # another count of what the line names, the number cannot tell which
    return owners[0] if len(owners) == 1 else None
