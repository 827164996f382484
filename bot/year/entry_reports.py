"""Reports of done work: a result, a duration, a quality or a done label said beside the work, a count beside a bound;
and a figure for the realisasi, a change acting on the SKP, or someone else's report pasted from another chat, that
is no work of the user's done."""

import re

from bot import knowledge
from bot.lang.dates import quarter_pattern
from bot.lang.refs import iki_refs, joined_iki_refs
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.lang.words import is_indonesian_word, stem
from bot.rules.analysis import is_activity_verb
from bot.rules.lexicon import lexicon
from bot.year.entry_content import (
    _chat,
    _connectives,
    _covered,
    _done_said,
    _has_verb,
    _iki_or_quarter,
    _is_emoji,
    _shorthand,
    content_at,
)
from bot.year.entry_dates import When, when
from bot.year.entry_numbers import counts as count_numbers
from bot.year.entry_numbers import duration_spans
from bot.year.entry_records import _FIGURE
from bot.year.line import Line, line
from bot.year.vocabulary import config, time_zone, vocabulary

_ENGLISH_PAST = re.compile(r"^[a-z]{3,}ed$")  # "reviewed", "migrated": an English report of done work


def _work_opens(ln: Line, w: When) -> bool:
    """«kerjain dashboard capaian imunisasi di Looker, udh 70%»: the line's first content word is an act of work (an
    activity verb, a word of handling anything: catatan_harian.yaml link.handling_acts), or «renovasi ruang isolasi: sy
    cek progres fisik kontraktor, 68%»: a clause before its first percentage opens with the user as the doer
    (first_person) and what they did, so its percentage is how far that work has got or what it found, no figure of a
    period."""
    at, words = content_at(ln, w), list(ln.toks)
    if at and (words[at[0]] in vocabulary().link["handling_acts"] or is_activity_verb(words, at[0], lexicon())):
        return True
    percent = next((i for i, k in enumerate(ln.kinds) if k == "num" and i + 1 < len(words)
                    and words[i + 1] in ("%", "persen")), len(words))
    own = frozenset(config()["first_person"])
    doing = [next((i for i in at if start < i < end), None) for start, end in ln.clauses()
             if start < percent and words[start] in own]
    # «sy capaian bulan ini 92%»: the user's figure, no work
    return any(i is not None and not vocabulary().progress.match_at(words, i) for i in doing)


def _result_described(ln: Line, w: When) -> bool:
    """«SOP pelayanan farmasi yang ditetapkan», «laporan kinerja triwulan yang disampaikan tepat waktu»: a thing named
    from the line's first word, then «yang» and a di- or ter- verb saying what became of it (catatan_harian.yaml
    result_noun_prefixes), with no verb of doing before «yang», no user, count, done word or question: a result and its
    qualifier, an IKI without «Persentase/Jumlah»."""
    spelled = _shorthand()
    at = next((i for i, t in enumerate(ln.toks) if spelled.get(t, t) == "yang"), None)
    if not at or at + 1 >= len(ln.toks) or any(k not in ("word", "num") for k in ln.kinds[:at + 2]):
        return False
    after = ln.toks[at + 1]
    # «ditindaklanjuti»: a di- verb the dictionary lacks is one still
    result = after.startswith(("di", "ter")) and len(after) > 5 and (stem(after) != after or not is_indonesian_word(after))
    before = line(ln.text[:ln.spans[at - 1][1]])
    own = frozenset(config()["first_person"])
    return result and not _has_verb(before) and not set(ln.toks) & own and not _done_said(ln) \
        and not count_numbers(ln, w) and not _is_emoji(ln.toks[0]) and not _edits_draft(ln)


def _edits_draft(ln: Line) -> bool:
    """«simpan semua yang diusulkan», «trus persentase kapal … yg ditindaklanjuti», «kepatuhan visite kalimatnya
    betulin ya jd persentase»: an act on the SKP (catatan_harian.yaml skp_actions), a share's or count's measure word,
    or a joining word
    opening the line: said to the draft being made, never an IKI wording of its own."""
    words = set(ln.words)
    return bool(words & vocabulary().skp_actions) or ln.toks[0] in _connectives() \
        or phrase_set("catatan_harian", "story_joiners").match_at(ln.toks, 0) is not None \
        or bool(words & _share_or_count_words())


@knowledge.cached
def _share_or_count_words() -> frozenset[str]:
    """«persentase», «jumlah»: the measure words of a share or a count (lexicon.yaml measures percent, count), which
    name the wording asked for; «waktu», «tingkat» also name what an IKI measures."""
    measures = knowledge.data("rules/lexicon")["measures"]
    return frozenset(w for group in ("percent", "count") for w in measures[group])


def _quality_named(ln: Line, w: When) -> bool:
    """«ketepatan waktu penyampaian buletin surveilans mingguan»: a quality an indicator measures opens the line
    (catatan_harian.yaml quality_named) with at least quality_named_words content words after it, and no count or done
    word (a number only after a bound: «… maks 10 hari kerja»): an IKI without «Persentase/Jumlah»."""
    found = phrase_set("catatan_harian", "quality_named").match_at(ln.toks, 0)
    if not found or _done_said(ln) or _edits_draft(ln) or _has_verb(ln) or any(not _bounded_number(ln, n.at) for n in count_numbers(ln, w)) \
            or any(k == "num" and not _bounded_number(ln, i) for i, k in enumerate(ln.kinds)):
        return False
    return sum(i >= len(found) for i in content_at(ln, w)) >= config()["quality_named_words"]


def _done_label(ln: Line, w: When) -> bool:
    """«👍 beres semua: nilai ukom 62 mahasiswa D3 … udah diupload»: before the first colon only done words, filler and
    emoji, and after it a count or a done word of its own (not inside what «yang» describes): the work done, listed
    under a label saying so. «selesai: Persentase dokumen yang diverifikasi» counts nothing and says nothing done."""
    if ":" not in ln.toks:
        return False
    colon = ln.toks.index(":")
    head = [(t, k) for t, k in zip(ln.toks[:colon], ln.kinds[:colon]) if k == "word"]
    done, filler = vocabulary().done, _chat()["filler"]
    if not head or not any(done.match_at((t,), 0) for t, _ in head) \
            or not all(done.match_at((t,), 0) or t in filler for t, _ in head):
        return False
    rest = line(ln.text[ln.spans[colon][1]:])
    return _done_said(rest) or bool(count_numbers(rest, when(rest)))


def _status_done(ln: Line) -> bool:
    """«rekap absensi: ok», «stok opname gudang farmasi: clear»: the line ends (past filler) with a status that says
    the work went through (catatan_harian.yaml done_status) right after a colon or an arrow, with words before it."""
    toks = [t for t in ln.toks if t not in _chat()["filler"] or t in config()["done_status"]]
    return len(toks) > 2 and toks[-1] in config()["done_status"] and toks[-2] in (":", "→", ">", "-", "=", "➡")


def _result_told(ln: Line) -> bool:
    """«Uji fungsi ventilator ICU, hasil baik»: a clause after the first opens with a result word and says how it came
    out (catatan_harian.yaml result_told): the work was done."""
    told = config()["result_told"]
    states = phrase_set("catatan_harian", "result_told", "states")
    return any(ln.toks[start] in told["heads"] and start + 1 < end and states.match_at(ln.toks, start + 1)
               for start, end in ln.clauses()[1:])


def _wrong_said(ln: Line) -> bool:
    """«yg td itu salah», «catatan tadi keliru»: words pointing at an entry kept (catatan_harian.yaml correction_frame)
    and filler, and one saying it is wrong or to go (correction_said), nothing else: a correction of that entry."""
    if any(k == "num" for k in ln.kinds):  # «eh salah, 90 aja»: a number put right (year_logbook_fix, the flows)
        return False
    if _only_wrong_said(ln):
        return True
    # «eh yg tadi salah, balik. maksud sy TUSI bukan CL»: a first sentence undoing the last answer, what was meant after
    first = _SENTENCE_END.split(ln.text, maxsplit=1)[0]
    back = _going_back()
    return first != ln.text and _only_wrong_said(line(first)) and bool(back & set(tokens(first)))


_SENTENCE_END = re.compile(r"[.!;]\s+")


@knowledge.cached
def _going_back() -> frozenset[str]:
    """Going back (an undo): conversation.yaml taking_back `going_back`, `put_back` and `calling_off`, and
    catatan_harian.yaml back_to_before («kembali ke semula»)."""
    return frozenset(knowledge.taking_back("going_back", "put_back", "calling_off") + config()["back_to_before"])


def _only_wrong_said(ln: Line) -> bool:
    """Correction_frame or going_back words and filler, and one saying it is wrong (correction_said), nothing else."""
    said = _covered(ln, [phrase_set("catatan_harian", "correction_said")])
    frame = frozenset(config()["correction_frame"]) | _going_back() | _chat()["filler"] \
        | vocabulary().smalltalk_filler
    return bool(said) and all(t in frame or i in said for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if k == "word")


def _day_spanned(ln: Line) -> bool:
    """«dr pagi sampe sore ngerjain rekonsiliasi …»: a part of the day after a word opening a range (catatan_harian.yaml
    date_range openers), a joiner, then another part of the day (clock_hours morning, afternoon): the hours the work
    took, from one to the other, as «dr jam 8 sampe 12» tells them."""
    ranges, parts = config()["date_range"], set(config()["clock_hours"]["morning"] + config()["clock_hours"]["afternoon"])
    joiners = phrase_set("catatan_harian", "date_range", "joiners")
    toks = ln.toks
    for i in range(len(toks) - 3):
        joined = joiners.match_at(toks, i + 2) if toks[i] in ranges["openers"] and toks[i + 1] in parts else None
        if joined and i + 2 + len(joined) < len(toks) and toks[i + 2 + len(joined)] in parts:
            return True
    return False


def since_earlier(ln: Line, w: When) -> bool:
    """«dr tadi rapat mulu», «sejak td pagi nunggu»: the words dating the line to today follow a word opening a range
    (catatan_harian.yaml date_range openers) and no joiner closes it, no done word nor count of work beside: work
    going on since then, still under way (route set 11: unclear, as work in progress is)."""
    start, end = w.span if w.kind == "today" else (0, 0)
    if not start or ln.toks[start - 1] not in config()["date_range"]["openers"]:
        return False
    joiners = phrase_set("catatan_harian", "date_range", "joiners")
    return not any(joiners.match_at(ln.toks, i) for i in range(end, len(ln.toks))) \
        and not ln.has(vocabulary().done) and not count_numbers(ln, w)


def _took_told(ln: Line) -> bool:
    """«Sesi coaching dgn 3 CPNS baru soal penyusunan SKP, 2 jam»: a clause after the first that is a duration and
    nothing else (catatan_harian.yaml duration_lead_words before it allowed: «, sekitar 3 jam»), beside a clause
    naming the work, or one opening the line before the work: how long that work took. A bound's duration («… maks 10
    hari kerja», «< 24 jam») is none."""
    if _day_spanned(ln):
        return True
    leads = phrase_set("catatan_harian", "duration_lead_words")
    spans = duration_spans(ln)
    clauses = ln.clauses()
    for start, end in clauses[1:]:
        lead = leads.match_at(ln.toks, start)
        begin = start + len(lead or ())
        if any(first == begin and stop == end for _, first, stop, _ in spans):
            return True
    # «2 jam zoom dgn WHO soal surveilans AMR»: the duration opens the line and the work follows it («2 hari lagi
    # visitasi» is when, still to come: an ongoing word right after it)
    first_end = clauses[0][1] if clauses else 0
    if any(first == 0 and stop < first_end and ln.kinds[stop] == "word"
           and not vocabulary().ongoing.match_at(ln.toks, stop) for _, first, stop, _ in spans):
        return True
    # «rapat koordinasi … dgn Itjen 2,5 jam»: a duration shorter than a day ends the line's one clause after the work's
    # words, no word naming a span of time it is the length of before it («waktu tunggu 60 menit» measures a wait)
    measured = set(config()["duration_measured"])
    return len(clauses) == 1 and any(
        stop == clauses[0][1] and first >= _TOOK_AFTER_WORDS and minutes < _A_DAY
        and not measured & set(ln.toks[max(0, first - 2):first])
        and all(k == "word" for k in ln.kinds[first - _TOOK_AFTER_WORDS:first]) for _, first, stop, minutes in spans)


_TOOK_AFTER_WORDS = 1  # words of the work before a duration ending the line
_A_DAY = 24 * 60  # minutes; a duration of days ending an undated line is more often an IKI's bound («… 14 hari»)


def _zone_said(ln: Line) -> bool:
    """«sy di KKP Makassar, pake WITA ya»: a time zone named with no clock time is about the bot's settings, never
    work done («rapat jam 10 WITA» is work, at a time; tester19 #12)."""
    return time_zone(list(ln.toks)) is not None and not any(k == "num" for k in ln.kinds)


def _clock_at(ln: Line, i: int) -> bool:
    """«… ke katim jam 10 tadi»: the number at i is the hour the work was done (after a catatan_harian.yaml
    clock_words word), no figure of a realisasi."""
    return i > 0 and ln.toks[i - 1] in config()["clock_words"]


@knowledge.cached
def _bound_phrases() -> tuple[tuple[str, ...], ...]:
    """The words that bound a number (numbers.yaml bounds: «maksimal», «paling lambat», «≥»), as token tuples."""
    return tuple(tuple(tokens(b)) or (b,) for words in knowledge.data("numbers")["bounds"].values() for b in words)


def _bounded_number(ln: Line, i: int) -> bool:
    """The number at i stands right after a bound (numbers.yaml bounds) or a date word (catatan_harian.yaml
    date_words), or one word after one («sebelum tanggal 5»): what an IKI's wording bounds or when it is due, no
    figure reached."""
    dates = vocabulary().date_words
    return any(j > 0 and (ln.phrase_start_before(j, _bound_phrases()) is not None or dates.match_at(ln.toks, j - 1))
               for j in (i, i - 1))


def _fraction(tok: str, kind: str) -> bool:
    """«120/125»: a numerator over a denominator, which no day/month can be (a month over 12 or a day over 31)."""
    if kind != "slash":
        return False
    parts = tok.split("/")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return False
    return int(parts[0]) > 31 or int(parts[1]) > 12


def _work_for_named_iki(ln: Line, dated: bool) -> bool:
    """«hari ini cek 12 berkas IKI 1», «IKI 3: terbit 4 SK pensiun»: work done (a time word or a done word) labelled
    with its IKI, not a quarter's figure («IKI 1: 612 dari 680», «IKI 2 90%» have no such word or state a rate)."""
    return bool(iki_refs().search(ln.text)) and (dated or ln.has(vocabulary().done)) \
        and not _FIGURE.search(ln.text) and not ln.has(_realisasi_words()) and not quarter_pattern().search(ln.text)


def _quarter_worked(ln: Line, w: When) -> bool:
    """«review LK satker triwulan I, 14 satker done», «rekap laporan TW 2 sdh 20 puskesmas»: a quarter named after
    words of the work that are no realisasi's (catatan_harian.yaml progress_words), no IKI named, a done word, and a
    count of things with no rate (no «%», no «dari»): work done on that quarter's documents, no figure of its
    realisasi («capaian TW1 sdh 14 satker», «TW 2 udh 45 dari 50» are figures)."""
    if iki_refs().search(ln.text) or ln.has(_realisasi_words()) or ln.has(vocabulary().progress) \
            or _FIGURE.search(ln.text) or not ln.has(vocabulary().done):
        return False
    found = quarter_pattern().search(ln.text)
    at = next((i for i, (a, b) in enumerate(ln.spans) if a <= found.start() < b), None) if found else None
    return at is not None and any(k == "word" for k in ln.kinds[:at]) and bool(count_numbers(ln, w))


def _acts_on_skp(ln: Line) -> bool:
    """«IKI 3 targetnya 50 aja»: one of the user's IKI named by its number with one of its fields; «IKI 2 biarin,
    ajukan aja», «tolong bikinin 3 IKI»: an IKI (or the IKI themselves) with a word that acts on the SKP and no count
    of work («cek 12 berkas utk IKI 1», «cek SKP 30 pegawai» are work). Never a figure for the realisasi («IKI 1
    sesuai catatan»). Words: knowledge/catatan_harian.yaml skp_fields, skp_actions."""
    vocab, words = vocabulary(), set(ln.words)
    if ln.has(_realisasi_words()):
        return False
    named = bool(iki_refs().search(ln.text))
    if named and words & vocab.skp_fields:
        return True
    if not words & vocab.skp_actions:
        return False
    joined = joined_iki_refs().search(ln.text)  # «buang no 3, 4 sama 5»
    if not (named or joined or {"iki", "skp"} & words):
        return False
    bare = line(joined_iki_refs().sub(" ", ln.text)) if joined else ln  # «buang IKI 4 sm 5»: no count of work
    return not count_numbers(bare, when(bare))


def change_unnamed(ln: Line) -> bool:
    """«ganti jd 12», «ubah jadi 15 aja»: a word acting on the SKP (catatan_harian.yaml skp_actions), then a word of
    becoming (conversation.yaml draft_targets becomes) and only numbers after it, past filler: a change to a value
    whose thing is not named, nothing open to apply it to."""
    filler, becomes = _chat()["filler"], phrase_set("conversation", "draft_targets", "becomes")
    toks = [t for t, k in zip(ln.toks, ln.kinds) if k != "mark" and t not in filler]
    if len(toks) < 3 or toks[0] not in vocabulary().skp_actions:
        return False
    found = becomes.match_at(toks, 1)
    rest = line(" ".join(toks[1 + len(found or ()):]))
    return bool(found) and bool(rest.toks) and all(k == "num" for k in rest.kinds)


def _realisasi_fixed(ln: Line) -> bool:
    """A correction that names a realisasi, not a logbook entry: an IKI or a triwulan with a figure of its own, and a
    word for the realisasi (knowledge/catatan_harian.yaml progress_words) or both an IKI and a triwulan («realisasi
    TW I IKI 4 harusnya 80 persen», «IKI 2 TW I harusnya 80%»)."""
    named = [m.group(0).lower() for m in _iki_or_quarter().finditer(ln.text)]
    figures = line(_iki_or_quarter().sub(" ", ln.text))
    if not named or not any(k == "num" or _fraction(t, k) for t, k in zip(figures.toks, figures.kinds)):
        return False
    iki = any(n.startswith("iki") for n in named)
    return ln.has(vocabulary().progress) or (iki and not all(n.startswith("iki") for n in named))


def _realisasi_alone(rest: Line) -> bool:
    """«realisasi», «realisasinya dong» (a quarter taken out): the word with none but pengingat.yaml realisasi `alone`
    beside it."""
    words, data = set(rest.words), knowledge.data("pengingat")["realisasi"]
    return bool(words & set(data["words"])) and words <= set(data["alone"]) and not any(k == "num" for k in rest.kinds)


def _realisasi_words() -> PhraseSet:
    """"IKI 2 sesuai catatan", "IKI 5 belum ada", "… akhir tahun" (knowledge/capaian.yaml)."""
    data = knowledge.data("capaian")
    return PhraseSet(data["from_logbook"] + data["not_yet"] + data["zero"] + data["pending"] + data["yearly_later"])


def percent_in_words(ln: Line) -> bool:
    """«IKI 6: ninety percent»: a percent unit (numbers.yaml percent) right after a word that is not Indonesian (the
    line reads Indonesian number words as numbers), the figure told in other words; «IKI 3 rapat bahas persen» is
    work."""
    units = frozenset(knowledge.data("numbers")["percent"])
    return any(t in units and i and ln.kinds[i - 1] == "word" and not is_indonesian_word(ln.toks[i - 1])
               for i, t in enumerate(ln.toks))


def completion_told(ln: Line) -> bool:
    """«… triwulan I telah selesai 100 %»: every number of the line is a percent said right beside a word of
    completion (catatan_harian.yaml completion_before_percent), before or after it, a word naming the work, and no IKI
    nor realisasi word: how far the work got, not the quarter's figure."""
    words = frozenset(config()["completion_before_percent"])
    if iki_refs().search(ln.text) or ln.has(_realisasi_words()) or ln.has(vocabulary().progress):
        return False
    ln = line(quarter_pattern().sub(" ", ln.text))  # «TW 2»: the quarter's number is no figure
    nums = [i for i, k in enumerate(ln.kinds) if k == "num"]
    # «TW 2 selesai 100%» names no work, only the quarter: its figure
    named = any(k == "word" and t not in words and not vocabulary().done.match_at(ln.toks, i)
                for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)))
    return bool(nums) and named and all(i + 1 < len(ln.toks) and ln.toks[i + 1] in ("%", "persen")
               and (i and ln.toks[i - 1] in words or i + 2 < len(ln.toks) and ln.toks[i + 2] in words) for i in nums)


def _has_percent(ln: Line) -> bool:
    return any(k == "num" and i + 1 < len(ln.toks) and ln.toks[i + 1] in ("%", "persen")
               for i, k in enumerate(ln.kinds))


def forwarded_from_other(ln: Line) -> bool:
    """«[10/11 09:14] Bu Sari Keuangan: Laporan realisasi … sudah dikirim ke Biro Keuangan ya rekan2», «[Forwarded] Pak
    Hendra: td sy sudah selesai pemeriksaan 30 sampel»: a message pasted from another chat, its header opening the line
    (a bracket, or a forward label: catatan_harian.yaml forwarded `labels`) and then its sender and a colon, the sender
    someone else (a forward said, a word of address or a leader's title opening the name, or more words than a name
    takes), on one row, and neither the team's work (`team`) nor a report to the user (`reported`): their work told,
    none of the user's. «[Grup Tim SDMK, 09.15] Andi: td sy sdh upload …» may be the user's own."""
    data, toks = config()["forwarded"], ln.toks
    labels = phrase_set("catatan_harian", "forwarded", "labels")
    if not toks or "\n" in ln.text.strip():
        return False
    if toks[0] == "[":
        close = toks.index("]") if "]" in toks else None
        if close is None:
            return False
        said = any(labels.match_at(toks, i) for i in range(1, close))
        start = close + 1
    else:
        label = labels.match_at(toks, 0)
        source = None if label else phrase_set("catatan_harian", "forwarded", "from_words").match_at(toks, 0)
        if not label and not source:
            return False
        # «dari bu Rina: hari ini sudah …»: a «from» opening says no forward by itself; the sender below must
        said = bool(label)
        start = len(label) + (len(toks) > len(label) and toks[len(label)] == ":") if label else len(source)
    colon = next((i for i in range(start, len(toks)) if toks[i] == ":"), None)
    if colon is None and said:  # «Fwd: Laporan harian Sdr. Andi - PE malaria …, 2 kasus»: the subject names whose
        return _subject_of_other(ln, start)
    name = [t for t, k in zip(toks[start:colon], ln.kinds[start:colon]) if k == "word"] if colon else []
    if not name or len(name) > data["sender_words_most"] or any(k not in ("word", "mark") for k in ln.kinds[start:colon]) \
            or not any(k == "word" for k in ln.kinds[colon + 1:]):
        return False
    leaders = phrase_set("catatan_harian", "instruction_received", "leaders")
    addressed = name[0] in _chat()["address"] or leaders.match_at(name, 0) is not None \
        or name[0] in data["sender_titles"] and len(name) > 1
    # a name is written with a capital («Dewi Lab Mikro»); «[09.14] cek kelengkapan laporan TW1: 31 dari 38 …» is work
    if not addressed and not ln.text[ln.spans[start][0]].isupper():
        return False
    other = said or addressed or len(name) > data["name_words_most"]
    words = [t for t, k in zip(toks[start:], ln.kinds[start:]) if k == "word"]
    team = phrase_set("catatan_harian", "forwarded", "team")  # «Bima TIM INTEGRASI: …» is on a team too
    return other and not any(team.match_at(words, i) for i in range(len(words))) \
        and not phrase_set("catatan_harian", "forwarded", "reported").match_at(words, len(name))


def _subject_of_other(ln: Line, start: int) -> bool:
    """«Fwd: Laporan harian Sdr. Andi - PE malaria desa Golo, 2 kasus»: after a forward label, the forwarded message's
    subject (up to its first mark but a name's dot) names someone: a word of address or a leader's title
    (catatan_harian.yaml forwarded `titles`, intent.yaml call phrases that are filler, instruction_received `leaders`)
    before a name written with a capital, and no first person: their report, none of the user's, unless the team's."""
    data, toks = config()["forwarded"], ln.toks
    titles = set(data["titles"]) | _chat()["address"]
    leaders = phrase_set("catatan_harian", "instruction_received", "leaders")
    own = frozenset(config()["first_person"])
    end = next((i for i in range(start, len(toks)) if ln.kinds[i] == "mark" and toks[i] != "."), len(toks))
    subject = [(i, t) for i in range(start, end) if ln.kinds[i] == "word" for t in [toks[i]]]
    if any(t in own for _, t in subject) \
            or any(phrase_set("catatan_harian", "forwarded", "team").match_at(toks, i) for i, _ in subject):
        return False
    names = [i for i, _ in subject if i > start and ln.text[ln.spans[i][0]].isupper()]
    return any(toks[j] in titles or leaders.match_at(toks, j) for i in names
               for j in [max(k for k, _ in subject if k < i)])
