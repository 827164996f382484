"""Whether a chat line reports work that was done (a logbook entry) or is something else: a plan, a figure for the
realisasi, an IKI draft, a question, small talk, or unclear. The intent reader calls `kind_of` once; words are data
(knowledge/catatan_harian.yaml, knowledge/intent.yaml, the rules' lexicon)."""

import re
from dataclasses import dataclass
from enum import StrEnum

from bot import knowledge
from bot.lang.dates import quarter_pattern
from bot.lang.refs import iki_refs, joined_iki_refs
from bot.lang.text import PhraseSet, clean, list_marked, phrase_set, tokens
from bot.lang.words import is_indonesian_word, spoken_active, spoken_bare_nasal, stem
from bot.rules.analysis import is_activity_verb
from bot.rules.draft_reading import iki_after_colon, read
from bot.rules.lexicon import lexicon
from bot.year.entry_chat import (
    CHATTER,
    _about_bot,
    _asks,
    _asks_beyond_smalltalk,
    _feeling_only,
    _greets,
    _has_smalltalk,
    _joke,
    _joke_asked,
    _only_names,
    _opens_chatting,
    _question_announced,
    _refs_as_topic,
    _rencana_as_topic,
    _thanks_for,
    command_word,
    file_names_only,
)
from bot.year.entry_content import (
    _chat,
    _connectives,
    _content,
    _content_in,
    _covered,
    _done_said,
    _has_verb,
    _iki_or_quarter,
    _is_emoji,
    _opens_with_measure,
    _part_text,
    _parts,
    _passive,
    _shorthand,
    _times_only,
    content_at,
)
from bot.year.entry_dates import When, when
from bot.year.entry_drafts import (
    FIELDS_GIVEN,
    _fields_given,
    _measure_then_judged,
    _measure_with_target,
    _reads_like_draft,
    _result_noun,
    _told_as_own,
    iki_quoted,
    rhk_pasted,
)
from bot.year.entry_numbers import counts as count_numbers
from bot.year.entry_numbers import duration_spans, hours_told
from bot.year.entry_records import _FIGURE, records_asked, transfer_told, unlogged_told
from bot.year.leave_reading import names_leave
from bot.year.line import CLAUSE_MARKS, Line, line
from bot.year.vocabulary import config, time_zone, vocabulary

_ENGLISH_PAST = re.compile(r"^[a-z]{3,}ed$")  # "reviewed", "migrated": an English report of done work


class EntryKind(StrEnum):
    report = "report"  # done work: a logbook entry
    plan = "plan"  # work still to come, or that did not happen: never logged as done
    progress = "progress"  # a figure for a period ("capaian TW1 saya 85%", "IKI 1: 612 dari 680"): the realisasi
    reminder = "reminder"  # a reminder setting ("ingatkan logbook tiap jumat jam 3 sore", "jam tenang …")
    rencana = "rencana"  # a change to the rencana aksi ("tahap 2 IKI 1 selesai")
    correction = "correction"  # about an entry already kept ("hapus catatan yang terakhir", "itu dobel")
    remark = "remark"  # no work done or logged ("kemaren ga sempet catat, minggu lalu cuti"): never an entry
    records = "records"  # asks to see the user's own records ("capaian saya sudah berapa?"): see records_asked
    transfer = "transfer"  # the user's own mutasi told («sy kena mutasi per 1 sept ke Biro Hukum»): see transfer_told
    instruction = "instruction"  # acts on the SKP ("IKI 2 biarin, ajukan aja", "IKI 3 targetnya 50"): no work done
    draft = "draft"  # a new IKI
    question = "question"
    smalltalk = "smalltalk"
    unclear = "unclear"


ASKS_NOTHING = "tanya tanpa pokok"  # KindReading.why of a question about nothing named («ok tapi yg tadi gmn»)
QUESTION_ANNOUNCED = "tanya diumumkan"  # KindReading.why of «mau nanya»: a question said to follow, none asked yet


@dataclass(frozen=True)
class KindReading:
    kind: EntryKind
    line: Line
    when: When
    why: str  # the signal that decided, for tests and the eval's misses


def kind_of(text: str | Line, logging: bool = False) -> KindReading:
    """logging: the user keeps a logbook (an agreed SKP): a plain line about work ("verif 13 berkas KP", "rapat
    evaluasi ketepatan TMT dgn katim") is then an entry; without it such a line may be a new IKI or a topic."""
    ln = text if isinstance(text, Line) else line(text)
    w = when(ln)
    kind, why = _decide(ln, w, logging)
    return KindReading(kind, ln, w, why)


def _decide(ln: Line, w: When, logging: bool) -> tuple[EntryKind, str]:
    vocab = vocabulary()
    words = ln.words
    if not words:
        return (EntryKind.smalltalk, "emoji") if any(_is_emoji(t) for t in ln.toks) else (EntryKind.unclear, "kosong")
    if command_word(ln.text):  # «skp saya», «ekspor»: that view asked for, which the chat's command stage shows
        return EntryKind.question, "perintah tanpa garis miring"
    if file_names_only(ln.text):  # «IMG_20260514_0932.jpg»: a file named, no work told with it
        return EntryKind.unclear, "nama berkas"
    if ln.find(vocab.excuse_openers) and ln.find(vocab.excuse_openers)[0] == 0:
        return EntryKind.smalltalk, "alasan"
    content = _content(ln, w)
    if _wrong_said(ln):  # «eh yg barusan bukan itu», «yg tadi hapus aja»: an entry pointed at, neither work nor asked
        return EntryKind.correction, "koreksi catatan"
    if _question_announced(ln, w):  # «mau nanya», «izin bertanya pak»: the question is still to come
        return EntryKind.unclear, QUESTION_ANNOUNCED
    if names_leave(ln.text):  # «sy cuti lebaran 16 - 27 maret»: the reminders' leave, not a day's work
        return EntryKind.reminder, "cuti"
    if unlogged_told(ln):  # «lupa nyatet kemarin»: how to send the work, before it reads as an absence
        return EntryKind.records, "catatan belum diisi"
    if _absence_only(ln, w) or _blocked_day(ln):
        return EntryKind.remark, "tidak bekerja atau tidak mencatat"
    if _family_told(ln, w):  # «anak sy masuk RS td malam»: the user's life, no work
        return EntryKind.remark, "kabar keluarga"
    if _feeling_only(ln, w):
        return EntryKind.smalltalk, "perasaan"
    if transfer_told(ln) and not _transfer_supposed(ln, w):  # before records: «SKP nya hrs diubah ya? …» asks no rencana
        return EntryKind.transfer, "mutasi"
    if _placement_asked(ln):  # «tadi selesai skrining 55 lansia … . ini masuk IKI yg mana ya?»: the entry first
        return EntryKind.report, PLACEMENT_ASKED
    if _agreement_tagged(ln):  # «… udh sy presentasikan kemarin di depan komite kan»: work told, agreement sought
        return EntryKind.report, "selesai + kan"
    asked = records_asked(ln)
    if asked:
        return EntryKind.records, f"{asked} sendiri"
    if _measure_then_judged(ln):  # «persentase hoaks … maks 1x24 jam, bener gk ini?»: the IKI to check
        return EntryKind.draft, "IKI + minta dicek"
    after = _after_question(ln)
    if after is not None:  # «… leres teu? Persentase ambulans …»; «… wajib semua pegawai? sy fungsional»
        return after
    # «gmn kalau IKI nya: Persentase …», «boleh ga kalau IKI nya 'Jumlah …'?»: an IKI typed after a lead-in and a colon,
    # or quoted last («… 'Persentase …' gmn menurutmu»), is drafted, whatever the lead-in asks
    if _asks(ln, w) and not ln.has(vocab.draft_markers) and iki_after_colon(ln.text) is None \
            and iki_quoted(ln.text) is None:
        # «halo, apa kabar» greets; «gimana ya», «ok tapi yg tadi gmn» ask about nothing named
        if _only_names(ln, w) and _greets(ln, w) and not _asks_beyond_smalltalk(ln):
            return EntryKind.smalltalk, "obrolan"
        if _joke_asked(ln, w):  # «bot bisa dibeliin kopi gak 😂»: a joke to the bot
            return EntryKind.smalltalk, CHATTER
        return (EntryKind.question, "tanya") if content else (EntryKind.unclear, ASKS_NOTHING)
    if _only_names(ln, w) and _has_smalltalk(ln, w) or _thanks_for(ln, w):  # «makasih pak Budi», «pagi bu Rina»
        return EntryKind.smalltalk, "obrolan"
    if ln.has(vocab.draft_markers) or _measure_with_target(ln):
        return EntryKind.draft, "penanda IKI"
    if iki_quoted(ln.text):
        return EntryKind.draft, "IKI dikutip"
    if rhk_pasted(ln.text):
        return EntryKind.draft, "RHK ditempel"
    if ln.has(vocab.rencana) and not _rencana_as_topic(ln) \
            and not _inside_iki(ln, w, [i for i in range(len(ln.toks)) if vocab.rencana.match_at(ln.toks, i)]):
        return EntryKind.rencana, "tahapan"
    if ln.has(vocab.reminder) or _times_only(ln) or _zone_said(ln):
        return EntryKind.reminder, "pengingat"
    if ln.has(vocab.correction) or _wrong_said(ln):
        if _realisasi_fixed(ln):  # «realisasi TW I IKI 4 harusnya 80 persen»: the figure, not a logbook entry
            return EntryKind.progress, "realisasi dibetulkan"
        return EntryKind.correction, "koreksi catatan"
    if _fields_given(ln):  # «tusi bagi rata 15 15 15 15 15 15, MI 5 5»: the draft's jenis and weights, no work
        return EntryKind.instruction, FIELDS_GIVEN
    dated = w.kind in ("today", "yesterday", "days_back", "weekday", "day", "day_month")
    if _acts_on_skp(ln) and not dated and iki_after_colon(ln.text) is None:  # «cek IKI ini: Persentase …» is one
        return EntryKind.instruction, "perintah untuk IKI"  # «IKI 2 biarin, ajukan aja»: about the SKP
    figures = line(_iki_or_quarter().sub(" ", ln.text))  # «IKI 1: 612 dari 680», «IKI 2: 120/125»
    figure = any(k == "num" and not _clock_at(figures, i) or _fraction(t, k)
                 for i, (t, k) in enumerate(zip(figures.toks, figures.kinds)))
    if _iki_or_quarter().search(ln.text) and (figure or ln.has(_realisasi_words())) and not _work_for_named_iki(ln, dated) \
            and not _refs_as_topic(ln, w):
        return EntryKind.progress, "angka per IKI"  # "sdh kirim laporan TW 1" has no figure besides the TW
    if quarter_pattern().search(ln.text) and _realisasi_alone(figures):
        return EntryKind.progress, "realisasi triwulan"  # «realisasi TW I»: that quarter's realisasi, to fill
    if _planned(ln, w) and not _part_held_over(ln) and not _part_done_after(ln, w) and not _done_before_plan(ln, w) \
            and not _told_before_plan(ln, w) and not _inside_iki(ln, w, _plan_hits(ln, w)):
        return EntryKind.plan, "rencana"
    if _instruction_received(ln):  # «Pak Dirut minta semua katim siapkan bahan paparan»: still to be done
        return EntryKind.plan, "instruksi diterima"
    if _waits(ln, w):  # «lg nunggu ttd kabag»: nothing done yet
        return EntryKind.plan, WAITING
    if _hearsay_only(ln):  # «si Bambang … katanya udh beresin 200 berkas»: someone else's work, heard
        return EntryKind.unclear, HEARSAY
    percent = _has_percent(ln)
    measure = _opens_with_measure(ln)
    # "capaian TW1 saya 85%", "Persentase … bulan ini sudah 92%": a value reached; "… minimal 95%" is a target.
    if percent and not dated and (ln.has(vocab.progress) or (measure and _done_said(ln))) and not _work_opens(ln, w):
        return EntryKind.progress, "angka capaian"
    if not measure and not dated and _quality_named(ln, w):  # «ketepatan waktu penyampaian buletin surveilans …»
        return EntryKind.draft, "ukuran mutu"
    if not measure and not dated and _result_described(ln, w):  # «SOP pelayanan farmasi yang ditetapkan»
        return EntryKind.draft, "hasil + kualifier"
    if measure:
        if dated:
            return EntryKind.report, "ukuran + waktu"
        if _done_label(ln, w):  # «👍 beres semua: nilai ukom 62 mahasiswa … udah diupload»
            return EntryKind.report, "label selesai"
        # "nilai SAKIP 2026 keluar: 81,4" tells a figure ("rata2 waktu verif 4,2 hari, laporan ke katim" also work
        # done); without a figure it is a new IKI
        # a number after a bound or a date word is the IKI's own («… paling lambat 14 hari kerja», «… sebelum tanggal 5»)
        figured = any(k == "num" and not _bounded_number(ln, i) for i, k in enumerate(ln.kinds))
        if logging and figured:
            worked = any(_content_in(ln, w, *clause) for clause in ln.clauses()[1:])
            return (EntryKind.report, "ukuran + kegiatan") if worked else (EntryKind.progress, "angka ukuran")
        return EntryKind.draft, "ukuran"
    reading_words = tokens(read(ln.text).text)
    if reading_words and (lexicon().done_phrases.match_at(reading_words, 0) or _result_noun(reading_words[0])) \
            and not dated:
        return EntryKind.draft, "terlaksananya"
    if not content or _about_bot(ln, w) or _broken_told(ln, w):  # «bot nya lemot bgt hari ini»: no work, any day
        return EntryKind.unclear, "tanpa pokok"
    if _trip_only(ln, w):  # «DL ke Jayapura sampe Kamis»: where the user is, no work told
        return EntryKind.remark, TRIP
    if dated:
        return EntryKind.report, "waktu"
    if hours_told(ln) or _took_told(ln):  # «07.30-12.00 periksa 56 sampel TCM», «Sesi coaching …, 2 jam»: the time
        return EntryKind.report, "jam kerja"  # the work took (a plan or reminder was told above)
    if ln.has(vocab.done) or any(_ENGLISH_PAST.match(t) and not is_indonesian_word(t) or t in config()["english_past"]
                                 for t in words) or _status_done(ln) or _result_told(ln) \
            or any(t in config()["done_marks"] for t in ln.toks) and not set(words) & vocab.skp_actions:
        return EntryKind.report, "selesai"
    if ln.has(vocab.outside) or ln.has(vocab.outside_activities):
        return EntryKind.report, "di luar SKP"
    counts = [n.at for n in count_numbers(ln, w)]
    if logging and _joke(ln, counts):  # «mantul 🔥 bot nya lebih rajin dr sy soal capaian 😂»: no work to keep
        return EntryKind.smalltalk, CHATTER
    if logging and (counts or len(content) >= 3):
        return EntryKind.report, "sedang mencatat"
    if counts and (ln.has(vocab.ongoing) or len(ln.clauses()) > 1 or _has_verb(ln)):
        return EntryKind.report, "jumlah"
    if _work_list(ln):  # «1. verifikasi 18 berkas izin edar …\n2. balas 5 email pemohon\n3. rapat internal …»
        return EntryKind.report, "daftar kegiatan"
    if _reads_like_draft(ln, counts):
        if _told_as_own(ln):  # «Mengikuti rapat … bersama Biro Keuangan», «rapat koordinasi dgn …, sy notulen»
            return EntryKind.report, "kegiatan sendiri"
        return EntryKind.draft, "kalimat kegiatan"
    if _opens_chatting(ln) or any(_is_emoji(t) for t in ln.toks):
        # «wkwkwk laporan lagi laporan lagi», «pagi min! semangat buat yg ada rapat pagi2»: no work told, no date,
        # count or act, and small talk opening the line or an emoji beside its topic words: a joke or a wish, never
        # unclear («jaga malam» names a shift)
        return EntryKind.smalltalk, CHATTER
    return EntryKind.unclear, "topik"


PLACEMENT_ASKED = "kerja + tanya tempatnya"  # KindReading.why of done work told beside asking which IKI it goes to
HEARSAY = "kabar kerja orang lain"  # KindReading.why of work someone else did, heard or told of («katanya udh …»)


def _told_apart(ln: Line, apart: list[tuple[int, int]]) -> Line | None:
    """The line without the parts set apart, when that rest reads as done work on its own (no logbook kept)."""
    rest = [p for p in _parts(ln) if p not in apart]
    if not rest:
        return None
    reading = kind_of(_part_text(ln, rest))
    return reading.line if reading.kind is EntryKind.report else None


def _placement_asked(ln: Line) -> bool:
    """«tadi selesai skrining 55 lansia CKG di posyandu melati. ini masuk IKI yg mana ya?», «boleh gak sih dicatat,
    tadi sy gantiin temen jaga loket PPID 3 jam?»: a part asking where the work goes (catatan_harian.yaml
    placement_asked) beside parts telling done work that name enough of it: the entry, whose IKI logging asks.
    «td udh submit 3 laporan, perlu dicatat ga?» names too little; «rapat td itu masuk IKI mana ya» has no part
    telling work apart from the asking one."""
    data, chat = config()["placement_asked"], _chat()
    asking = set(data["places"]) | set(config()["asking_modals"]) | chat["question_tags"] | chat["filler"] \
        | set(config()["question_ends"])
    places = phrase_set("catatan_harian", "placement_asked", "places")
    apart = []
    for a, b in _parts(ln):
        toks = [t for t, k in zip(ln.toks[a:b], ln.kinds[a:b]) if k == "word"]
        at, left = 0, []
        while at < len(toks):  # «catatan harian», «di mana»: phrases of places read whole
            found = places.match_at(toks, at)
            at, left = (at + len(found), left) if found else (at + 1, left + [toks[at]])
        if set(toks) & set(data["verbs"]) and all(t in asking or t in data["verbs"] for t in left) \
                and _asks(line(" ".join(ln.toks[a:b]))):
            apart.append((a, b))
    told = _told_apart(ln, apart) if apart else None
    if told is None:
        return False
    named = [t for t in _content(told, when(told)) if t not in data["not_told"]]
    return len(named) >= data["told_min_words"]


def _agreement_tagged(ln: Line) -> bool:
    """«hasil kajian HTA … udh sy presentasikan kemarin di depan komite kan»: a tag asking agreement
    (catatan_harian.yaml agreement_tags) is the line's last token, no «?», and the line before it reads as done work
    naming no record nor its place («udh dicatat kan» asks the records): told, the user only seeks a nod."""
    last = len(ln.toks) - 1
    if last < 1 or ln.kinds[last] != "word" or ln.toks[last] not in config()["agreement_tags"] or "?" in ln.toks:
        return False
    if set(ln.toks) & set(config()["placement_asked"]["verbs"]):
        return False
    before = _part_text(ln, [(0, last)])
    return kind_of(before).kind is EntryKind.report


def _work_list(ln: Line) -> bool:
    """«1. verifikasi 18 berkas izin edar alkes kelas B\n2. balas 5 email pemohon\n3. rapat internal subdit»: a list,
    each row marked, each read as work by a logbook keeper, none a measure nor a span of time or a target
    (catatan_harian.yaml week_span_before: «per tahun», «tiap bulan» make a duty or an IKI), and half or more of them
    counting what was done: the day's work listed."""
    rows = [r for r in ln.text.splitlines() if r.strip()]
    if len(rows) < 2 or not all(list_marked(r) for r in rows):
        return False
    spans = frozenset(t for p in config()["week_span_before"] for t in tokens(p)) | {"target", "targetnya"}
    readings = [kind_of(clean(r), logging=True) for r in rows]
    if any(r.kind is not EntryKind.report or _opens_with_measure(r.line) or set(r.line.toks) & spans
           for r in readings):
        return False
    return sum(bool(count_numbers(r.line, r.when)) for r in readings) * 2 >= len(rows)


def _hearsay_only(ln: Line) -> bool:
    """«si Bambang di subbag sebelah katanya udh beresin 200 berkas mutasi seminggu, gila sih»: a part saying what was
    heard of others' work (catatan_harian.yaml hearsay_words; what stands before the word there tells no work) and no
    other part telling work the user did («td konseling 5 pasien, katanya obatnya habis» tells some)."""
    heard = phrase_set("catatan_harian", "hearsay_words")
    apart = []
    for a, b in _parts(ln):
        at = next((i for i in range(a, b) if heard.match_at(ln.toks, i)), None)
        if at is not None and (at == a or kind_of(_part_text(ln, [(a, at)])).kind is not EntryKind.report) \
                or _others_doing(ln, a, b):
            apart.append((a, b))
    return bool(apart) and (len(apart) == len(_parts(ln)) or _told_apart(ln, apart) is None)


def _others_doing(ln: Line, a: int, b: int) -> bool:
    """«si Andi udh beres rekap 50 berkas», «temen sebelah udh kelar input data stunting»: before the part's first
    done word, someone plainly outside the user's team (catatan_harian.yaml others_doing) and no first person."""
    data, toks = config()["others_doing"], ln.toks
    done = next((i for i in range(a, b) if vocabulary().done.match_at(toks, i)), None)
    if done is None or done == a or set(toks[a:done]) & set(config()["first_person"]):
        return False
    if toks[a] in data["openers"] and done > a + 1 and ln.kinds[a + 1] == "word":
        return True
    return any(toks[i] in data["people"] and any(t in data["apart"] for t in toks[i + 1:min(done, i + 1 + data["apart_reach"])])
               for i in range(a, done))


WAITING = "menunggu"  # KindReading.why of a line telling work that waits on someone else («lg nunggu ttd kabag»)


def _waits(ln: Line, w: When) -> bool:
    """«lg nunggu ttd kabag», «masih menunggu hasil lab»: one clause whose first content word past the ongoing words is
    a wait (catatan_harian.yaml waiting_opens): the work waits, nothing is done yet."""
    vocab = vocabulary()
    at = [i for i in content_at(ln, w) if not vocab.ongoing.match_at(ln.toks, i)]
    return bool(at) and len(ln.clauses()) == 1 and ln.toks[at[0]] in config()["waiting_opens"]


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
            and not start <= i < end and i not in named and not _describes_thing(ln, i)]


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


_ADDRESSED_REACH = 3  # words after the asking word that may name whom it asks («diinformasikan kepada seluruh pegawai»)


def _instruction_received(ln: Line) -> bool:
    """«Pak Dirut minta semua katim siapkan bahan paparan», «dari grup: mohon segera kirim data vaksinasi …»: a word
    asking or announcing (catatan_harian.yaml instruction_received `asks`) with the people asked right after it
    (`addressed`, within _ADDRESSED_REACH words), or after a label before a colon naming where the message came from
    (`relayed`), no done word and not asked by the user («sy minta semua kader …»): an instruction received, work
    still to come."""
    words, toks = config()["instruction_received"], ln.toks
    asks = [i for i in range(len(toks)) if phrase_set("catatan_harian", "instruction_received", "asks").match_at(toks, i)]
    own = frozenset(config()["first_person"])
    if ln.has(vocabulary().done) or not asks or any(t in own for t in toks[:asks[0]]):  # «sy minta …» gives it
        return _leader_relayed(ln)
    addressed = phrase_set("catatan_harian", "instruction_received", "addressed")
    if any(addressed.match_at(toks, j) for i in asks for j in range(i + 1, min(len(toks), i + 1 + _ADDRESSED_REACH))):
        return True
    colon = toks.index(":") if ":" in toks else None
    if colon is not None and bool(set(toks[:colon]) & set(words["relayed"])):
        return True
    return _leader_relayed(ln)


_LEADER_OPENS = 2  # words before a leader's name in its part («kata pak kabid», «bu kasubbag bilang»)


def _leader_relayed(ln: Line) -> bool:
    """«Kata kabid semua laporan hrs masuk sebelum tgl 10», «[10:15] Katim: tmn2 jgn lupa isi logbook ya», «pesan dari
    pak kabag: tolong data SDM dikirim hari ini»: a leader named (catatan_harian.yaml instruction_received `leaders`)
    or a label of relaying before a colon (`relayed`), then a word asking (`asks`, `relayed_asks`), with no done
    word and no first person before it: what a leader asked, relayed, work still to come."""
    words, toks = config()["instruction_received"], ln.toks
    asking = [i for i in range(len(toks)) for name in ("asks", "relayed_asks")
              if phrase_set("catatan_harian", "instruction_received", name).match_at(toks, i)]
    leaders = phrase_set("catatan_harian", "instruction_received", "leaders")
    colon = toks.index(":") if ":" in toks else None
    relayed = colon is not None and bool(set(toks[:colon]) & set(words["relayed"]))
    source = colon if relayed else next((i for i in range(len(toks)) if leaders.match_at(toks, i)), None)
    own = frozenset(config()["first_person"])
    if source is None or any(t in own for t in toks[:source + 1]) or not asking:
        return False
    opening = next(a for a, b in _parts(ln) if a <= source < b or a > source)
    # the leader opens the line or a part after no work told («td rapat dgn kabid, beliau minta data» told a meeting)
    if not relayed and (source - opening > _LEADER_OPENS or opening and kind_of(
            _part_text(ln, [p for p in _parts(ln) if p[1] <= opening])).kind is EntryKind.report):
        return False
    # «Instruksi Dirut: seluruh instalasi lapor …»: the label itself says it asks; «tolong data SDM dikirim»: a done
    # word after the asking word in its part is what is asked; one elsewhere («…, sdh sy kirim rekap») work done
    asked = asking[0] if relayed else next((i for i in asking if i > source), None)
    if asked is None:
        return False
    part = next(range(a, b) for a, b in _parts(ln) if a <= asked < b) if not relayed else range(colon + 1, len(toks))
    return not any(vocabulary().done.match_at(toks, i) and not (asked < i and i in part) for i in range(len(toks)))


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


_PAST_OR_TODAY = ("today", "yesterday", "days_back", "weekday", "day", "day_month")


def _part_done_after(ln: Line, w: When) -> bool:
    """«td rencananya visitasi ke 2 RS tp cuma jadi 1, yg RS Bhayangkara udh beres»: a plan told for a day gone or today,
    and after its last plan or not-done word a clause (after a mark or a connective) saying work done, with no plan,
    not-done or negation word of its own: the plan went partly, the part done is a report. «td rencananya visitasi tp
    batal» and «besok mau rapat» stay plans."""
    if w.kind not in _PAST_OR_TODAY:
        return False
    toks, hits = ln.toks, _plan_hits(ln, w)
    if not hits:
        return False
    last = max(hits)
    cuts = sorted({i for i, (t, k) in enumerate(zip(toks, ln.kinds)) if i > last
                   and (k == "mark" and t in CLAUSE_MARKS or t in _connectives())} | {len(toks)})
    return any(_says_done(ln, range(begin + 1, stop), hits) for begin, stop in zip(cuts, cuts[1:]))


def _done_before_plan(ln: Line, w: When) -> bool:
    """«Hari ini rekonsiliasi data BMN dgn KPKNL, selesai jam 3 sore, ada selisih 2 aset yg harus ditelusuri lagi
    minggu depan»: a line dated today or a day gone whose clause before its first plan or not-done word says work
    done (a done word, no plan, not-done or negation word of its own): the work was done, the plan is what follows
    it. «td rencananya visitasi tp batal» and «besok mau rapat» stay plans."""
    if w.kind not in _PAST_OR_TODAY:
        return False
    toks, hits = ln.toks, _plan_hits(ln, w)
    if not hits:
        return False
    first = min(hits)
    cuts = [-1] + [i for i, (t, k) in enumerate(zip(toks, ln.kinds)) if i < first and k == "mark"
                   and t in CLAUSE_MARKS]
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
        # «saya rapat sama tim PPI …»: the user opening it as the doer tells their own work as a verb does
        if _has_verb(part) or part.toks and part.toks[0] in config()["first_person"] and len(part.words) > 2:
            return True
    return False


def _says_done(ln: Line, part: range, hits: list[int]) -> bool:
    """A clause (the tokens in part) saying work done: a done word, and no plan, not-done or negation word of its own."""
    vocab, toks = vocabulary(), ln.toks
    return any(vocab.done.match_at(toks, i) for i in part) \
        and not any(i in hits or toks[i] in vocab.negations for i in part)


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


def _broken_told(ln: Line, w: When) -> bool:
    """«sistemnya down lagi hari ini», «e-kinerja ga bisa dibuka hari ini»: a tool, the network or the power failing
    (catatan_harian.yaml broken_states) and besides it at most broken_named_most words naming what failed, none a verb
    of doing or an act of work (lexicon process_nouns, link.handling_acts, weak_words), no user, count or done word:
    no work told."""
    broken = _covered(ln, [phrase_set("catatan_harian", "broken_states")])
    own = frozenset(config()["first_person"])
    if not broken or ln.has(vocabulary().done) or count_numbers(ln, w) or own & set(ln.toks) \
            or set(ln.toks) & _connectives():  # «…, sy lapor ke IPSRS», «iya krn cegah medication error»
        return False
    rest = [ln.toks[i] for i in content_at(ln, w) if i not in broken]
    acts = frozenset(vocabulary().link["handling_acts"]) | frozenset(config()["weak_words"])  # «cek», «kirim»
    lex = lexicon()
    return len(rest) <= config()["broken_named_most"] and not any(
        t in acts or lex.process_nouns.match_at((t,), 0) or is_activity_verb([t], 0, lex) or _passive(t)
        or spoken_active(t) or spoken_bare_nasal(t) or _act_noun(t) for t in rest)


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
    wrong = phrase_set("catatan_harian", "correction_said")
    said = _covered(ln, [wrong])
    frame = frozenset(config()["correction_frame"]) | _chat()["filler"] | vocabulary().smalltalk_filler
    if any(k == "num" for k in ln.kinds):  # «eh salah, 90 aja»: a number put right (year_logbook_fix, the flows)
        return False
    return bool(said) and all(t in frame or i in said for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if k == "word")


def _took_told(ln: Line) -> bool:
    """«Sesi coaching dgn 3 CPNS baru soal penyusunan SKP, 2 jam»: a clause after the first that is a duration and
    nothing else (catatan_harian.yaml duration_lead_words before it allowed: «, sekitar 3 jam»), beside a clause
    naming the work, or one opening the line before the work: how long that work took. A bound's duration («… maks 10
    hari kerja», «< 24 jam») is none."""
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
    return any(first == 0 and stop < first_end and ln.kinds[stop] == "word"
               and not vocabulary().ongoing.match_at(ln.toks, stop) for _, first, stop, _ in spans)


def _zone_said(ln: Line) -> bool:
    """«sy di KKP Makassar, pake WITA ya»: a time zone named with no clock time is about the bot's settings, never
    work done («rapat jam 10 WITA» is work, at a time; tester19 #12)."""
    return time_zone(list(ln.toks)) is not None and not any(k == "num" for k in ln.kinds)


def _absence_only(ln: Line, w: When) -> bool:
    """«kemaren ga sempet catat, minggu lalu cuti», «kemarin sakit»: an absence or a logbook not kept, and besides its
    time words nothing but the words that go with it (catatan_harian.yaml absence_words, absence_filler); «proses
    usulan cuti 5 pegawai» names work."""
    vocab = vocabulary()
    if _asks(ln, w):  # «kok catatan kemarin ga ada», «kemarin cuti, catatannya gimana?»: asked, not told
        return False
    # «blm ada kerjaan hari ini»: a negation before a word of existence (negated_existence) denies any work was there
    denied = {j for i in range(1, len(ln.toks)) if ln.toks[i - 1] in vocab.negations
              and ln.toks[i] in config()["negated_existence"] for j in (i - 1, i)}
    if not ln.has(vocab.absence) and not denied:
        return False
    covered, content = _covered(ln, [vocab.absence]) | denied, content_at(ln, w)
    # a bare «ga ada» answers something else: the denial counts only beside the work it denies («kerjaan»)
    return (ln.has(vocab.absence) or any(i not in covered for i in content)) and \
        all(i in covered or ln.toks[i] in vocab.absence_filler or ln.toks[i] in vocab.months for i in content)


def _blocked_day(ln: Line) -> bool:
    """«listrik mati seharian, ga bisa kerja», «laptop rusak, ga bisa ngapa2in hari ini»: one part an absence or a day
    with no work, each other part a failure told with no work (_broken_told): no work done, whatever day is named."""
    parts = _parts(ln)
    if len(parts) < 2 or not ln.has(vocabulary().absence):
        return False
    kinds = []
    for a, b in parts:
        part = line(_part_text(ln, [(a, b)]))
        kinds.append("absent" if _absence_only(part, when(part)) else "broken" if _broken_told(part, when(part))
                     else "")
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


def reports_work(text: str) -> bool:
    """A line of done work whatever the chat is waiting for: it says so on its own (a time word, a quantity,
    sdh/sudah/telah), or it is an activity a logbook keeper types («verif 13 berkas KP») that would otherwise be drafted."""
    plain = kind_of(text).kind
    return plain is EntryKind.report or (plain is EntryKind.draft and kind_of(text, logging=True).kind is EntryKind.report)


def _work_for_named_iki(ln: Line, dated: bool) -> bool:
    """«hari ini cek 12 berkas IKI 1», «IKI 3: terbit 4 SK pensiun»: work done (a time word or a done word) labelled
    with its IKI, not a quarter's figure («IKI 1: 612 dari 680», «IKI 2 90%» have no such word or state a rate)."""
    return bool(iki_refs().search(ln.text)) and (dated or ln.has(vocabulary().done)) \
        and not _FIGURE.search(ln.text) and not ln.has(_realisasi_words()) and not quarter_pattern().search(ln.text)


def asks_about_reminders(reading: KindReading) -> bool:
    """«pengingat bisa dimatiin ga soalnya ganggu», «kalo libur nasional pengingatnya tetep bunyi?»: a question about
    the reminders themselves (catatan_harian.yaml reminder_words), which their settings answer."""
    bare = [t.removesuffix("nya") for t in reading.line.toks]  # «pengingatnya»
    return reading.kind is EntryKind.question and vocabulary().reminder.find(bare) is not None


def _transfer_supposed(ln: Line, w: When) -> bool:
    """«sy pindah unit bulan depan trus SKP nya gmn», «kalau pindah tim SKP nya gimana»: a mutasi still to come (a plan
    word) or supposed (a condition: conversation.yaml count_asks hypothetical), asked about: a question on the rules,
    answered from the guidance; «sy kena mutasi per 1 sept ke Biro Hukum» tells one that came."""
    supposed = phrase_set("conversation", "count_asks", "hypothetical")
    return _asks(ln, w) and (_planned(ln, w) or ln.has(supposed))


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


def opens_with(reading: KindReading, phrases: PhraseSet, skip: frozenset[str] = frozenset()) -> bool:
    """Whether the line's first content word (after its time, done and filler words, and the words in skip) starts
    one of the phrases: «kemarin dimutasi ke tim surveilans» opens with «dimutasi», «tadi rapat penugasan baru …»
    with «rapat»."""
    at = [i for i in content_at(reading.line, reading.when) if reading.line.toks[i] not in skip]
    return bool(at) and phrases.match_at(reading.line.toks, at[0]) is not None


def _after_question(ln: Line) -> tuple[EntryKind, str] | None:
    """A «?» inside the line with words after it: an IKI wording opening what follows is the one asked about («ieu IKI
    abdi, leres teu? Persentase ambulans siap operasional setiap hari»: drafted); what follows telling no work done
    only says who asks («Indeks Profesionalitas ASN itu wajib semua pegawai? sy fungsional»: a question). None when
    no «?» stands inside or work done follows («gimana ya? td sy rapat 2 jam»: read whole as before)."""
    marks = [i for i, t in enumerate(ln.toks) if t == "?" and any(k == "word" for k in ln.kinds[i + 1:])]
    if not marks:
        return None
    tail = [p for p in _parts(ln) if p[0] > marks[0]]
    text = _part_text(ln, tail)
    if _opens_with_measure(line(text)):
        return EntryKind.draft, "IKI setelah tanya"
    told = kind_of(text).kind
    # only a tail telling nothing of its own (who asks, small talk) leaves the question; a plan, a figure, a correction
    # … after the «?» is read with the whole line as before
    return (EntryKind.question, "tanya + keterangan") if told in (EntryKind.unclear, EntryKind.smalltalk) else None


def _has_percent(ln: Line) -> bool:
    return any(k == "num" and i + 1 < len(ln.toks) and ln.toks[i + 1] in ("%", "persen")
               for i, k in enumerate(ln.kinds))


