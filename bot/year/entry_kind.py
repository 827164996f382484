"""Whether a chat line reports work that was done (a logbook entry) or is something else: a plan, a figure for the
realisasi, an IKI draft, a question, small talk, or unclear. The intent reader calls `kind_of` once; words are data
(knowledge/catatan_harian.yaml, knowledge/intent.yaml, the rules' lexicon)."""

import re
from dataclasses import dataclass
from enum import StrEnum

from bot import knowledge
from bot.lang.dates import quarter_pattern
from bot.lang.refs import iki_refs
from bot.lang.slash import typed_command, typo_mended
from bot.lang.text import PhraseSet, clean, from_cells, list_marked, phrase_set, tokens
from bot.lang.words import is_indonesian_word
from bot.rules.draft_reading import iki_after_colon, iki_labelled, read
from bot.rules.lexicon import lexicon
from bot.year.entry_chat import (
    CHATTER,
    _about_bot,
    _asks,
    _asks_beyond_smalltalk,
    _complaint_only,
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
    _stage_of_work,
    _thanks_for,
    called_only,
    command_word,
    feels,
    file_names_only,
    greets_long_since,
    long_since_at,
)
from bot.year.entry_content import (
    _chat,
    _content,
    _content_in,
    _done_said,
    _has_verb,
    _iki_or_quarter,
    _is_emoji,
    _opens_with_measure,
    _part_text,
    _parts,
    _times_only,
    content_at,
    without_all_quarters,
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
    activity_row_pasted,
    iki_quoted,
    own_iki_judged,
    rhk_pasted,
)
from bot.year.entry_numbers import counts as count_numbers
from bot.year.entry_numbers import hours_told
from bot.year.entry_plans import (
    TRIP,
    WAITING,
    _absence_only,
    _blocked_day,
    _broken_told,
    _done_beside_plan,
    _family_told,
    _inside_iki,
    _not_in_yet,
    _part_held_over,
    _plan_hits,
    _planned,
    _rest_put_off,
    _told_before_plan,
    _transfer_supposed,
    _trip_only,
    _waits,
    carried_on,
)
from bot.year.entry_records import record_change_asked, records_asked, transfer_told, unlogged_told
from bot.year.entry_reports import (
    _ENGLISH_PAST,
    _acts_on_skp,
    _bounded_number,
    _clock_at,
    _done_label,
    _fraction,
    _has_percent,
    _quality_named,
    _quarter_worked,
    _realisasi_alone,
    _realisasi_fixed,
    _realisasi_words,
    _result_described,
    _result_told,
    _status_done,
    _took_told,
    _work_for_named_iki,
    _work_opens,
    _wrong_said,
    _zone_said,
    change_unnamed,
    completion_told,
    forwarded_from_other,
    percent_in_words,
    since_earlier,
)
from bot.year.leave_reading import names_leave
from bot.year.line import Line, line
from bot.year.vocabulary import config, vocabulary


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
    ln = text if isinstance(text, Line) else line(_puzzled_asked(_KEYCAP_ROW.sub(r"\1\2.", after_quote(text))))
    w = when(ln)
    kind, why = _decide(ln, w, logging)
    return KindReading(kind, ln, w, why)


_PUZZLED_TERM_WORDS = 2  # words beside a wondering emoji read as «?»: a bare term («OSS 🤔», «TW 2 🤔»)


def _puzzled_asked(text: str) -> str:
    """«OSS 🤔»: each emoji that wonders (catatan_harian.yaml puzzled_marks) written as the «?» it stands for, beside
    a bare term; alone («🤔», small talk: tests/test_emoji_only.py) or after a longer line («td rapat 2 jam 🤔») it
    stays an emoji, read as before."""
    marks = config()["puzzled_marks"]
    if not any(mark in text for mark in marks):
        return text
    asked = text
    for mark in marks:
        asked = asked.replace(mark + "\ufe0f", "?").replace(mark, "?")
    return asked if 1 <= len(tokens(asked)) <= _PUZZLED_TERM_WORDS else text


def after_quote(text: str) -> str:
    """«> Catatan tersimpan.\nyg ini bukan»: the lines a reply quotes first («> …», the bot's or anyone's line) are
    context the user answers, never what the user says; the message is what follows them (route set 13; linking37).
    A message of quoted lines only is kept as it is."""
    lines = text.split("\n")
    at = 0
    while at < len(lines) and lines[at].lstrip().startswith(">"):
        at += 1
    rest = "\n".join(lines[at:]).strip()
    return rest if at and rest else text


def _iki_text_typed(ln: Line) -> bool:
    """A command checking an IKI's text (intent.yaml `iki_text_commands`), its slash typed right or wrong, followed by
    text read as an IKI draft; «/cek capaian triwulan sy» is read on as the words it is."""
    typed = typed_command(ln.text)
    if typed is None or typed[0].lstrip("/") not in _iki_text_commands() or not typed[1].strip() \
            or records_asked(ln):  # «\cek capaian triwulan sy»: one's own records to see
        return False
    rest = line(typed[1].strip())
    return _decide(rest, when(rest), False)[0] is EntryKind.draft  # the command asks a check, logbook kept or not


_CHECK_LEAD_WORDS = 3  # «tlg cek:», «mohon dicek dong:»: a short plea to check before the colon, never talk


def _check_asked(ln: Line) -> bool:
    """«tlg cek: Terlaksananya simulasi …», «mohon cek ya: …»: a lead-in of a few words before the first colon holding
    a command checking an IKI's text (intent.yaml `iki_text_commands`, as a word: «cek», «dicek»), and after it words
    that read as a draft on their own: that IKI to check (route set 16), as «Cek: …» is."""
    head, colon, rest = ln.text.partition(":")
    said = tokens(head)
    if not colon or not rest.strip() or not said or len(said) > _CHECK_LEAD_WORDS:
        return False
    if not any(t.removeprefix("di") in _iki_text_commands() for t in said) or line(head).has(vocabulary().plan):
        return False  # «besok mau cek: Jumlah dokumen»: a check still to come, a plan
    told = line(rest.strip())
    return _decide(told, when(told), False)[0] is EntryKind.draft


# A hashtag opening the message, then what follows it
_HASHTAG = re.compile(r"^\s*#(\w+)(.*)$", re.DOTALL)


def _hashtag_read(ln: Line, logging: bool) -> tuple[EntryKind, str] | None:
    """«#logbook migrasi data rekam medis …», «#catatanharian rapat …»: a hashtag opening the message labels it and
    the message is read as what follows; a tag alone («#logbook») says nothing yet. «#cekIKI Rata-rata waktu …»: a tag
    gluing an IKI-checking command to what it checks (intent.yaml hashtag_command_objects) is that command. None
    when no hashtag opens the message."""
    found = _HASHTAG.match(ln.text)
    if found is None:
        return None
    tag, rest = found.group(1).lower(), found.group(2).strip()
    if not rest:
        return EntryKind.unclear, TAG_ONLY
    glued = knowledge.data("intent")["hashtag_command_objects"]
    named = next((name for name in _iki_text_commands()
                  if tag.startswith(name) and (tag == name or tag.removeprefix(name) in glued)), None)
    if named is not None:
        return (EntryKind.draft, "perintah + IKI") if _iki_text_typed(line(f"/{named} {rest}")) else None
    told = line(rest)
    return _decide(told, when(told), logging)


@knowledge.cached
def _iki_text_commands() -> frozenset[str]:
    return frozenset(knowledge.data("intent")["iki_text_commands"])


# A keycap number opening a row («1️⃣ Persentase …», a phone's emoji keyboard): read as the row's «1.» (route set 11)
_KEYCAP_ROW = re.compile(r"^([ \t]*)(\d)\ufe0f?\u20e3", re.MULTILINE)


def _decide(ln: Line, w: When, logging: bool) -> tuple[EntryKind, str]:
    vocab = vocabulary()
    words = ln.words
    if not words:  # «👍»: an emoji answers in kind; «➡️ 0,85»: a bare number beside one says what it is for no more
        emoji = any(_is_emoji(t) for t in ln.toks) and "num" not in ln.kinds
        return (EntryKind.smalltalk, "emoji") if emoji else (EntryKind.unclear, "kosong")
    if _money_only(ln):  # «Rp1,5 jt», «2 jt»: an amount alone, what it is for not said, as a bare number
        return EntryKind.unclear, MONEY_ONLY
    tagged = _hashtag_read(ln, logging)
    if tagged is not None:  # «#logbook migrasi data …», «#cekIKI Persentase …»: the tag labels what follows
        return tagged
    mended = typo_mended(ln.text)
    if mended is not None:  # «/capaain», «/ prma»: the one command near what was typed, as the chat runs it
        return _decide(line(mended), w, logging)
    if command_word(ln.text):  # «skp saya», «ekspor»: that view asked for, which the chat's command stage shows
        return EntryKind.question, "perintah tanpa garis miring"
    if _iki_text_typed(ln) or _check_asked(ln):  # «/ cek Jumlah kabupaten yg …», «tlg cek: Terlaksananya …»
        return EntryKind.draft, "perintah + IKI"
    if file_names_only(ln.text):  # «IMG_20260514_0932.jpg»: a file named, no work told with it
        return EntryKind.unclear, "nama berkas"
    table = _table_kind(ln.text)
    if table is not None:  # «Tanggal<TAB>Kegiatan<TAB>Volume\n2/3/2026<TAB>…»: a spreadsheet pasted, read by its rows
        return table, TABLE
    if ln.find(vocab.excuse_openers) and ln.find(vocab.excuse_openers)[0] == 0:
        return EntryKind.smalltalk, "alasan"
    content = _content(ln, w)
    if _figures_put_right(ln, content):  # «typo td, 12 bkn 21»: which entry's figure is not said
        return EntryKind.correction, "koreksi catatan"
    if content and all(t in _likening() for t in content) and not any(k == "num" for k in ln.kinds):
        return EntryKind.unclear, LIKENED  # «sama kayak kemarin»: what is alike, no work named
    if _wrong_said(ln):  # «eh yg barusan bukan itu», «yg tadi hapus aja»: an entry pointed at, neither work nor asked
        return EntryKind.correction, "koreksi catatan"
    # «ubah catatan senin jadi 20 sampel ya bukan 12»: an entry kept, never a new one («… bisa dihapus tidak ya» asks)
    if record_change_asked(ln) and not _asks(ln, w):
        return EntryKind.correction, RECORD_CHANGE
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
    if _feeling_only(ln, w) or _waited_feeling(ln, w):
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
    if own_iki_judged(ln):  # «ini iki yg mau sy ajuin eh persentase … gimana udah bener belum»: spoken, to check
        return EntryKind.draft, "IKI diucapkan + minta dicek"
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
        if _complaint_only(ln, w):  # «kok salah mulu sih»: a complaint, nothing asked
            return EntryKind.unclear, COMPLAINT
        if _term_asked(ln):  # «SATUSEHAT?»: a bare term with a «?», what about it is not said
            return EntryKind.unclear, TERM_ASKED
        return (EntryKind.question, "tanya") if content else (EntryKind.unclear, ASKS_NOTHING)
    if _pointed_only(ln, content):  # «yg no 3 td», «IKI 2 kmrn»: a line or an IKI pointed at, nothing said of it
        return EntryKind.unclear, POINTED_ONLY
    if called_only(ln):  # «min», «kak bot»: a call, nothing said yet
        return EntryKind.unclear, CALLED
    # «makasih pak Budi», «pagi bu Rina», «halo min, udah lama gak mampir»
    if _only_names(ln, w) and _has_smalltalk(ln, w) or _thanks_for(ln, w) or greets_long_since(ln, w):
        return EntryKind.smalltalk, "obrolan"
    if ln.has(vocab.draft_markers) or _measure_with_target(ln):
        return EntryKind.draft, "penanda IKI"
    if _labelled_draft(ln):  # «iki beyond sy: Inovasi dashboard pemantauan …»: named the user's IKI, then typed
        return EntryKind.draft, LABELLED_DRAFT
    if _iki_after_said(ln):  # «atasan minta sy cekin IKI staf …: Jumlah …», «…, ini IKI sy ditolak lagi: Jumlah …»
        return EntryKind.draft, IKI_AFTER_SAID
    if iki_quoted(ln.text):
        return EntryKind.draft, "IKI dikutip"
    if activity_row_pasted(ln.text):  # «RHK: … | Uraian: rapat koordinasi … | Realisasi: 1»: a logbook row
        return EntryKind.report, "baris logbook ditempel"
    if rhk_pasted(ln.text):
        return EntryKind.draft, "RHK ditempel"
    if ln.has(vocab.rencana) and not _rencana_as_topic(ln) and not _stage_of_work(ln, w) \
            and not _inside_iki(ln, w, [i for i in range(len(ln.toks)) if vocab.rencana.match_at(ln.toks, i)]):
        return EntryKind.rencana, "tahapan"
    if ln.has(vocab.reminder) or _times_only(ln) or _zone_said(ln):
        return EntryKind.reminder, "pengingat"
    if ln.has(vocab.correction) or _wrong_said(ln):
        if _realisasi_fixed(ln):  # «realisasi TW I IKI 4 harusnya 80 persen»: the figure, not a logbook entry
            return EntryKind.progress, "realisasi dibetulkan"
        return EntryKind.correction, "koreksi catatan"
    if change_unnamed(ln):  # «ganti jd 12»: a value changed, what it is for not named
        return EntryKind.unclear, CHANGE_UNNAMED
    if _fields_given(ln):  # «tusi bagi rata 15 15 15 15 15 15, MI 5 5»: the draft's jenis and weights, no work
        return EntryKind.instruction, FIELDS_GIVEN
    dated = w.kind in ("today", "yesterday", "days_back", "weekday", "day", "day_month")
    if _acts_on_skp(ln) and not dated and iki_after_colon(ln.text) is None:  # «cek IKI ini: Persentase …» is one
        return EntryKind.instruction, "perintah untuk IKI"  # «IKI 2 biarin, ajukan aja»: about the SKP
    if _work_list(ln):  # «1) input data produksi BBO TW II\n2) konfirmasi ke 2 industri …»: rows of work, no figures
        return EntryKind.report, WORK_LIST
    figures = line(_iki_or_quarter().sub(" ", ln.text))  # «IKI 1: 612 dari 680», «IKI 2: 120/125»
    figure = any(k == "num" and not _clock_at(figures, i) or _fraction(t, k)
                 for i, (t, k) in enumerate(zip(figures.toks, figures.kinds)))
    # «IKI 6: ninety percent»: a figure told in words is still the IKI's figure, never a logbook entry
    figure = figure or percent_in_words(figures)
    # «… sesuai permintaan Q1-Q4 95%»: the whole year's quarters name no quarter, the figure is the IKI's target
    if _iki_or_quarter().search(without_all_quarters(ln.text)) and (figure or ln.has(_realisasi_words())) \
            and not _work_for_named_iki(ln, dated) \
            and not _refs_as_topic(ln, w) and not _quarter_worked(ln, w) and not completion_told(ln) \
            and not _quarter_labels_own_work(ln):
        return EntryKind.progress, "angka per IKI"  # "sdh kirim laporan TW 1" has no figure besides the TW
    if quarter_pattern().search(ln.text) and _realisasi_alone(figures):
        return EntryKind.progress, "realisasi triwulan"  # «realisasi TW I»: that quarter's realisasi, to fill
    if _planned(ln, w) and not _part_held_over(ln) and not _rest_put_off(ln, w) and not carried_on(ln, w) \
            and not _done_beside_plan(ln, w, after=True) \
            and not _done_beside_plan(ln, w, after=False) \
            and not _told_before_plan(ln, w) and not _inside_iki(ln, w, _plan_hits(ln, w)):
        return EntryKind.plan, "rencana"
    if _instruction_received(ln):  # «Pak Dirut minta semua katim siapkan bahan paparan»: still to be done
        return EntryKind.plan, INSTRUCTION_RECEIVED
    if _waits(ln, w) or _not_in_yet(ln, w):  # «lg nunggu ttd kabag», «data dari 4 pkm blm masuk»: nothing done yet
        return EntryKind.plan, WAITING
    if _hearsay_only(ln):  # «si Bambang … katanya udh beresin 200 berkas»: someone else's work, heard
        return EntryKind.unclear, HEARSAY
    if forwarded_from_other(ln):  # «[10/11 09:14] Bu Sari Keuangan: Laporan … sudah dikirim»: their report, pasted
        return EntryKind.remark, FORWARDED
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
        if _measure_only(ln):  # «Persentase», «jumlah aja»: a measure of nothing named, a fragment
            return EntryKind.unclear, MEASURE_ONLY
        if dated:
            return EntryKind.report, "ukuran + waktu"
        if _done_label(ln, w):  # «👍 beres semua: nilai ukom 62 mahasiswa … udah diupload»
            return EntryKind.report, "label selesai"
        # "nilai SAKIP 2026 keluar: 81,4" tells a figure ("rata2 waktu verif 4,2 hari, laporan ke katim" also work
        # done); without a figure it is a new IKI
        # a number after a bound or a date word is the IKI's own («… paling lambat 14 hari kerja», «… sebelum tanggal 5»)
        figured = any(k == "num" and not _bounded_number(ln, i) and not _row_number(ln, i) for i, k in enumerate(ln.kinds))
        if logging and figured:
            worked = any(_content_in(ln, w, *clause) for clause in ln.clauses()[1:])
            return (EntryKind.report, "ukuran + kegiatan") if worked else (EntryKind.progress, "angka ukuran")
        return EntryKind.draft, "ukuran"
    reading_words = tokens(read(ln.text).text)
    if reading_words and (lexicon().done_phrases.match_at(reading_words, 0) or _result_noun(reading_words[0])) \
            and not dated:
        return EntryKind.draft, "terlaksananya"
    if not content or _about_bot(ln, w) or _broken_told(ln, w):  # «bot nya lemot bgt hari ini»: no work, any day
        # «aduh sinyal di pulau jelek bgt», «kesel deh, e-Kinerja lemot mulu», «botnya lemot bgt sih»: a sigh, a
        # feeling or a remark on the assistant itself, asking nothing: small talk (route sets 12, 14, 15)
        if content and (_exclaims(ln) or feels(ln) or _about_bot(ln, w)):
            return EntryKind.smalltalk, SIGHED
        return EntryKind.unclear, "tanpa pokok"
    if _trip_only(ln, w):  # «DL ke Jayapura sampe Kamis»: where the user is, no work told
        return EntryKind.remark, TRIP
    if since_earlier(ln, w):  # «dr tadi rapat mulu»: going on since earlier today, nothing said done
        return EntryKind.unclear, STILL_GOING
    if dated:
        return EntryKind.report, "waktu"
    if hours_told(ln) or _took_told(ln):  # «07.30-12.00 periksa 56 sampel TCM», «Sesi coaching …, 2 jam»: the time
        return EntryKind.report, "jam kerja"  # the work took (a plan or reminder was told above)
    if _done_told(ln) or any(_ENGLISH_PAST.match(t) and not is_indonesian_word(t) or t in config()["english_past"]
                                 for t in words) or _status_done(ln) or _result_told(ln) \
            or any(t in config()["done_marks"] for t in ln.toks) and not set(words) & vocab.skp_actions \
            or _relief_after_work(ln):
        return EntryKind.report, "selesai"
    if ln.has(vocab.outside) or ln.has(vocab.outside_activities):
        return EntryKind.report, "di luar SKP"
    counts = [n.at for n in count_numbers(ln, w)]
    # «hmm ribet jg ya isi logbook tiap hari»: a feeling about keeping the logbook itself, nothing counted: small talk
    # for a logbook keeper too, never an entry
    if feels(ln) and not counts and ln.has(phrase_set("catatan_harian", "own_records_shown", "records", "catatan")):
        return EntryKind.smalltalk, "perasaan"
    if logging and _joke(ln, counts):  # «mantul 🔥 bot nya lebih rajin dr sy soal capaian 😂»: no work to keep
        return EntryKind.smalltalk, CHATTER
    if logging and (counts or len(content) >= 3):
        return EntryKind.report, "sedang mencatat"
    if counts and (ln.has(vocab.ongoing) or len(ln.clauses()) > 1 or _has_verb(ln)):
        return EntryKind.report, COUNTED
    # «lagi nyusun laporan insiden …, baru 60% ya»: how far work opening the line got, in a clause of its own
    if percent and _work_got(ln, w):
        return EntryKind.report, WORK_GOT
    if _reads_like_draft(ln, counts):
        if _told_as_own(ln):  # «Mengikuti rapat … bersama Biro Keuangan», «rapat koordinasi dgn …, sy notulen»
            return EntryKind.report, "kegiatan sendiri"
        return EntryKind.draft, "kalimat kegiatan"
    if _opens_chatting(ln) or feels(ln) or any(_is_emoji(t) for t in ln.toks):
        # «wkwkwk laporan lagi laporan lagi», «pagi min! semangat buat yg ada rapat pagi2»: no work told, no date,
        # count or act, and small talk opening the line or an emoji beside its topic words: a joke or a wish, never
        # unclear («jaga malam» names a shift); a feeling said of it («hmm ribet jg ya isi logbook tiap hari») too
        return EntryKind.smalltalk, CHATTER
    return EntryKind.unclear, "topik"


COUNTED = "jumlah"  # KindReading.why of a count told with a verb or beside another clause, no day nor done word
RECORD_CHANGE = "ubah catatan yang disebut"  # KindReading.why of a change asked to a record named («edit catatan kamis»)
COMPLAINT = "keluhan tanpa permintaan"  # KindReading.why of a bare complaint about the bot («kok salah mulu sih»)
PLACEMENT_ASKED = "kerja + tanya tempatnya"  # KindReading.why of done work told beside asking which IKI it goes to
HEARSAY = "kabar kerja orang lain"  # KindReading.why of work someone else did, heard or told of («katanya udh …»)
STILL_GOING = "masih berlangsung"  # KindReading.why of work going on since earlier today («dr tadi rapat mulu»)
MEASURE_ONLY = "ukuran tanpa isi"  # KindReading.why of a measure word with nothing it measures («Persentase»)
INSTRUCTION_RECEIVED = "instruksi diterima"  # KindReading.why of work a leader asks, relayed («Kainst: tolong …»)
LABELLED_DRAFT = "IKI berlabel"  # KindReading.why of an IKI typed after «IKI sy:» whatever its first word
TERM_ASKED = "istilah + tanda tanya"  # KindReading.why of one bare term asked with «?» alone («SATUSEHAT?»)
CHANGE_UNNAMED = "ubah tanpa pokok"  # KindReading.why of «ganti jd 12»: a change whose thing is not named
SIGHED = "keluhan diawali seruan"  # KindReading.why of a fault sighed over («aduh sinyal jelek bgt»): no request
CALLED = "panggilan saja"  # KindReading.why of a word of address alone («min», «kak bot»): nothing said yet
TAG_ONLY = "tagar saja"  # KindReading.why of a hashtag alone («#logbook»): nothing said with it yet
TABLE = "tabel ditempel"  # KindReading.why of a spreadsheet's rows pasted, read row by row
FORWARDED = "pesan orang lain diteruskan"  # KindReading.why of someone else's report pasted with its sender's name


def _told_apart(ln: Line, apart: list[tuple[int, int]], parts: list[tuple[int, int]] | None = None) -> Line | None:
    """The line without the parts set apart (of parts, the line's own by default), when that rest reads as done work
    on its own (no logbook kept)."""
    rest = [p for p in (parts or _parts(ln)) if p not in apart]
    if not rest:
        return None
    reading = kind_of(_part_text(ln, rest))
    return reading.line if reading.kind is EntryKind.report else None


def _done_told(ln: Line) -> bool:
    """A done word that says work was done: never one opening how long since something was last done («udah lama gak
    update logbook»: long_since_at)."""
    done = vocabulary().done
    return any(done.match_at(ln.toks, i) and not long_since_at(ln, i) for i in range(len(ln.toks)))


def _exclaims(ln: Line) -> bool:
    """The line opens with an exclamation of dismay (intent.yaml smalltalk reaction: «aduh», «waduh», «duh»)."""
    first = next((i for i, k in enumerate(ln.kinds) if k == "word"), None)
    return first is not None and phrase_set("intent", "smalltalk", "reaction", "phrases").match_at(ln.toks, first) \
        is not None


def _term_asked(ln: Line) -> bool:
    """«SATUSEHAT?», «IVA??», «TW 2?»: one word (and a number after it) and only «?» after, no question word: a term
    with nothing said of what about it is asked, never an entry nor a question of its own («apa itu SATUSEHAT?»,
    «SATUSEHAT wajib?» say it)."""
    words = [i for i, k in enumerate(ln.kinds) if k != "mark"]
    asked = [i for i, t in enumerate(ln.toks) if t == "?"]
    # «TW 2?», «IKI 3?»: a term pointing with its number is as bare
    return 1 <= len(words) <= 2 and words == list(range(len(words))) and ln.kinds[0] == "word" \
        and all(ln.kinds[i] == "num" for i in words[1:]) and asked == list(range(len(words), len(ln.toks))) \
        and not ln.has(_chat()["question_open"]) and not ln.has(vocabulary().question_anywhere)


def _table_kind(text: str) -> EntryKind | None:
    """A block copied from a spreadsheet (every row's cells split by tabs, two rows or more): each row read as it would
    be typed (from_cells), past a first row of column names (one read as neither work nor a draft: «IKI<TAB>Target»,
    «Tanggal<TAB>Kegiatan»); the kind they all share when it is work done (dated rows) or a draft (IKI rows), else
    None (the block is read whole as before). Cells between bars («| no | IKI | target |») are cells as tabs are; one
    row alone is an IKI row when its IKI cell reads as a draft (`_iki_row`)."""
    rows = _table_rows(text)
    if rows is None:
        return EntryKind.draft if _iki_row(text) else None
    kinds = [kind_of(clean(from_cells(r))).kind for r in rows]
    if kinds[0] not in (EntryKind.report, EntryKind.draft):
        kinds = kinds[1:]
    shared = set(kinds)
    return kinds[0] if len(shared) == 1 and shared <= {EntryKind.report, EntryKind.draft} else None


def _iki_row(text: str) -> bool:
    """«IKI PBF<TAB>Persentase izin PBF terbit sesuai SLA<TAB>85pct»: one spreadsheet row whose cell opening with a
    measure word reads as a draft with the cells after it (its target, unit, jenis): an IKI row, whatever a cell
    before it names (route set 16). A row of work done («21/7<TAB>pemeriksaan audiometri<TAB>8 pasien») is read whole."""
    if "\n" in text.strip() or "\t" not in text.strip():
        return False
    cells = [c.strip() for c in text.strip().split("\t") if c.strip()]
    at = next((i for i, c in enumerate(cells) if lexicon().measures.match_at(tokens(read(c).text), 0)), None)
    return at is not None and kind_of(clean(", ".join(cells[at:]))).kind is EntryKind.draft


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")  # «| 1 | Jumlah … | 5 |»: a table row as a chat or Markdown writes it
_RULE_ROW = re.compile(r"^[\s|:\-–—=+]*$")  # «|---|:--:|»: the rule under a Markdown table's header


def _table_rows(text: str) -> list[str] | None:
    """The rows of a table pasted into the chat, two or more, their cells split by tabs (a spreadsheet's copy) or
    between bars («| no | IKI | target |», route set 16), a rule row under the header left out: each row's cells
    joined by tabs, as from_cells reads them. None when the text is no such table."""
    rows = [r for r in text.splitlines() if r.strip()]
    if len(rows) < 2:
        return None
    if all("\t" in r.strip() for r in rows):
        return rows
    if not all(_PIPE_ROW.match(r) for r in rows):
        return None
    cells = ["\t".join(c.strip() for c in r.strip().strip("|").split("|")) for r in rows if not _RULE_ROW.match(r)]
    return cells if len(cells) >= 2 else None


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
    apart, parts = [], []
    for a, b in _parts(ln):
        opening = _asking_opens(ln, a, b, asking)  # «sdh dicatat blm ya td sy ngisi 20 form …»: the asking run first
        if opening:
            apart.append((a, opening))
            parts += [(a, opening), (opening, b)]
            continue
        parts.append((a, b))
        toks = [t for t, k in zip(ln.toks[a:b], ln.kinds[a:b]) if k == "word"]
        at, left = 0, []
        while at < len(toks):  # «catatan harian», «di mana»: phrases of places read whole
            found = places.match_at(toks, at)
            at, left = (at + len(found), left) if found else (at + 1, left + [toks[at]])
        # «udh kecatat blm ya?»: a done word asks whether the logging is done, as in _asking_opens
        if set(toks) & set(data["verbs"]) and all(t in asking or t in data["verbs"] or vocabulary().done.match_at([t], 0)
                                                  for t in left) \
                and _asks(line(" ".join(ln.toks[a:b]))):
            apart.append((a, b))
    told = _told_apart(ln, apart, parts) if apart else None
    if told is None:
        return False
    named = [t for t in _content(told, when(told)) if t not in data["not_told"]]
    return len(named) >= data["told_min_words"]


def _asking_opens(ln: Line, a: int, b: int, asking: set[str]) -> int | None:
    """«sdh dicatat blm ya td sy ngisi 20 form …»: where a run opening the part ends that asks whether the work is
    logged (its words done, asking or placement ones, catatan_harian.yaml placement_asked, a placement verb among them
    and a yes/no tag ending it) with more words after it in the part; None when no such run opens it."""
    data, done, tags = config()["placement_asked"], vocabulary().done, _chat()["question_tags"]
    words = set(data["verbs"]) | set(data["places"]) | asking
    end = a
    while end < b and ln.kinds[end] == "word" and (ln.toks[end] in words or done.match_at(ln.toks, end)):
        end += 1
    if end >= b or end - a < 2 or not set(ln.toks[a:end]) & set(data["verbs"]):
        return None
    last = end - 1
    while last > a and ln.toks[last] in _chat()["filler"] and ln.toks[last] not in tags:
        last -= 1
    return end if ln.toks[last] in tags else None


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


def _relief_after_work(ln: Line) -> bool:
    """«home visit pasien pasca rawat di kec. Cibeunying, alhamdulillah keluarga kooperatif pisan»: a clause after the
    first opens with relief or «finally» (catatan_harian.yaml result_told relief) and says what came of it, and the
    words before it read as work to a logbook keeper: how the work went, so it was done («anak demam, alhamdulillah
    skrg mendingan» tells no work)."""
    relief = phrase_set("catatan_harian", "result_told", "relief")
    for start, end in ln.clauses()[1:]:
        found = relief.match_at(ln.toks, start)
        if found and start + len(found) < end:
            before = [p for p in _parts(ln) if p[1] <= start]
            return bool(before) and kind_of(_part_text(ln, before), logging=True).kind is EntryKind.report
    return False


IKI_AFTER_SAID = "IKI setelah cerita"  # KindReading.why of an IKI typed after a colon closing talk that names it


def _iki_after_said(ln: Line) -> bool:
    """«atasan minta sy cekin IKI staf sandiman: Jumlah pengamanan sinyal …», «capek bgt revisi mulu, ini IKI sy
    ditolak lagi: Jumlah rapat …»: talk of any length naming an IKI (conversation.yaml draft_iki_names), three words or more, before
    the first colon, and after it words that read as a new IKI on their own: that IKI, to check, whoever it is for
    and whatever the talk complains of («IKI 3: Persentase …» names one of the SKP's, read as before)."""
    head, colon, rest = ln.text.partition(":")
    said = tokens(head)
    if not colon or not rest.strip() or len(said) < _SAID_MIN_WORDS \
            or not set(said) & set(knowledge.data("conversation")["draft_iki_names"]):
        return False
    # «td rapat bahas IKI tim: jumlah peserta 40 org»: work told; «tambah tahap utk IKI 2: …»: one of the SKP's named
    if kind_of(head).kind is EntryKind.report or iki_refs().search(head):
        return False
    return kind_of(rest.strip()).kind is EntryKind.draft


_SAID_MIN_WORDS = 3  # words before the colon: «IKI 3:», «IKI sy:» label, more than that is talk


MONEY_ONLY = "jumlah uang saja"  # KindReading.why of an amount of money and nothing else («Rp1,5 jt»)


def _money_only(ln: Line) -> bool:
    """«Rp1,5 jt», «Rp87.450.000», «300 rb», «Rp 1,2 T»: one number, a currency before it or a word of money after it
    (catatan_harian.yaml counting money_before, money_after; a scale of numbers.yaml digit_scales; after a currency, a
    scale's one letter), nothing else but marks."""
    money = config()["counting"]
    toks = [(t, k) for t, k in zip(ln.toks, ln.kinds) if k != "mark"]
    nums = [i for i, (_, k) in enumerate(toks) if k == "num"]
    if len(nums) != 1:
        return False
    before, after = [t for t, _ in toks[:nums[0]]], [t for t, _ in toks[nums[0] + 1:]]
    if before not in ([], *([c] for c in money["money_before"])) or len(after) > 2:
        return False
    scales = set(money["money_after"]) | set(knowledge.data("numbers")["digit_scales"])
    said = all(t in scales or before and len(t) == 1 for t in after)
    return said and bool(before or set(after) & set(money["money_after"]))


WORK_GOT = "sejauh mana kerja"  # KindReading.why of work told with how far it got («…, baru 60%»)
def _work_got(ln: Line, w: When) -> bool:
    """«lagi nyusun laporan insiden keselamatan pasien bulan ini, baru 60% ya»: the first clause tells work (opening
    with an act: `_work_opens`, or a verb of doing, spoken forms too: «nyusun»), no measure opening it, and a later
    clause holds the line's percentage: how far that work got («lg ngerjain rekap klaim pending» tells none: unclear)."""
    clauses = ln.clauses()
    if len(clauses) < 2 or _opens_with_measure(ln):
        return False
    first = line(" ".join(ln.toks[clauses[0][0]:clauses[0][1]]))
    later = [i for a, b in clauses[1:] for i in range(a, b) if ln.kinds[i] == "num"
             and i + 1 < len(ln.toks) and ln.toks[i + 1] in ("%", "persen")]
    return bool(later) and (_work_opens(ln, w) or _has_verb(first))


LIKENED = "sama seperti sebelumnya"  # KindReading.why of a line only likening to an earlier day («sama kayak kemarin»)


@knowledge.cached
def _likening() -> frozenset[str]:
    return frozenset(t for p in config()["likening"] for t in tokens(p))


WORK_LIST = "daftar kegiatan"  # KindReading.why of rows of work listed («1. verifikasi 18 berkas …\n2. balas …»)
POINTED_ONLY = "merujuk tanpa isi"  # KindReading.why of a line only pointing at a numbered thing («yg no 3 td»)


def _pointed_only(ln: Line, content: list[str]) -> bool:
    """«yg no 3 td», «nomor 2 yg kemarin», «IKI 4 tadi»: the line's only content words are words numbering a line or an
    IKI (conversation.yaml list_refs, iki_refs nouns) each right before its number, no done word, act on the SKP
    («lanjut ke IKI 3») nor other number: something named earlier pointed at, what of it not said (route set 16)."""
    data = knowledge.data("conversation")
    nouns = frozenset(data["list_refs"]) | frozenset(data["iki_refs"]["nouns"])
    at = [i for i, t in enumerate(ln.toks) if t in nouns]
    numbered = [next((j for j in range(i + 1, len(ln.toks)) if ln.toks[j] != "."), None) for i in at]
    nums = [i for i, k in enumerate(ln.kinds) if k in ("num", "slash", "alnum")]  # «IKI 2: 120/125» has a figure
    return bool(content) and set(content) <= nouns and None not in numbered \
        and all(ln.kinds[j] == "num" for j in numbered) and sorted(numbered) == nums and not ln.has(vocabulary().done) \
        and not set(ln.words) & vocabulary().skp_actions  # «lanjut ke IKI 3»: an act on the SKP


def _figures_put_right(ln: Line, content: list[str]) -> bool:
    """«typo td, 12 bkn 21», «ralat, 5 bukan 50»: a correction's opener (catatan_harian.yaml correction_openers) opening
    the line, then only bare numbers, the wrong one and the right one, and the words refusing one for the other (self_correction.yaml instead, but, tags)
    past the words dating it: a figure put right with nothing counted named, which entry it is for unsaid; «eh salah,
    tadi bukan 14 berkas tp 16» names its thing and is read as before."""
    first = next((i for i, k in enumerate(ln.kinds) if k != "mark"), None)
    opener = phrase_set("catatan_harian", "correction_openers").match_at(ln.toks, first) if first is not None else None
    if not opener or sum(k == "num" for k in ln.kinds) < 2:  # «eh salah, 90 aja»: the last count put right, as before
        return False
    said = knowledge.data("self_correction")
    refusing = {t for key in ("instead", "but", "tags") for p in said[key] for t in tokens(p)} | set(opener)
    return all(t in refusing for t in content)


def _waited_feeling(ln: Line, w: When) -> bool:
    """«aduh capek bgt hari ini, seharian nungguin kapal ga dateng2»: a feeling about the day (intent.yaml smalltalk
    `feeling`) beside parts that only wait (read as WAITING alone), no done word nor count: the day went on waiting,
    no work to keep."""
    if not feels(ln) or ln.has(vocabulary().done) or count_numbers(ln, w) or len(_parts(ln)) < 2:
        return False
    readings = [kind_of(_part_text(ln, [part])) for part in _parts(ln)]
    return any(r.why == WAITING for r in readings) \
        and all(r.why == WAITING or r.kind is EntryKind.smalltalk for r in readings)


def _row_number(ln: Line, i: int) -> bool:
    """The number at i numbers a row of a list («1. Persentase …», «2️⃣ Jumlah …»): its row opens with it, marked."""
    if not ln.spans:
        return False
    start = ln.text.rfind("\n", 0, ln.spans[i][0]) + 1
    return not ln.text[start:ln.spans[i][0]].strip() and list_marked(ln.text[start:].split("\n", 1)[0])


def _measure_only(ln: Line) -> bool:
    """«Persentase», «Jumlah aja»: the line, as read, is a measure word and at most filler: it names nothing measured."""
    words = tokens(read(ln.text).text)
    found = lexicon().measures.match_at(words, 0)
    return found is not None and all(t in _chat()["filler"] for t in words[len(found):])


def _labelled_draft(ln: Line) -> bool:
    """«IKI sy: Inovasi dashboard pemantauan tindak lanjut temuan», «iki beyond sy: …»: after a label naming them the
    user's IKI (draft_reading.iki_labelled), words that on their own read as a draft or as a bare topic, no work
    done, plan, figure nor question: the IKI typed, whatever its first word («lanjut» inside it acts on no SKP)."""
    typed = iki_labelled(ln.text)
    if typed is None:
        return False
    reading = kind_of(typed)
    # «…, 2 modul»: a count with no day nor done word is the labelled IKI's target, never work done (route set 16)
    return reading.kind is EntryKind.draft or reading.why in ("topik", COUNTED)


def _work_list(ln: Line) -> bool:
    """«1. verifikasi 18 berkas izin edar alkes kelas B\n2. balas 5 email pemohon\n3. rapat internal subdit»: a list,
    each row marked, each read as work by a logbook keeper (or a bare topic of a few words, «c. rapat internal»), none
    a measure nor a span of time or a target (catatan_harian.yaml week_span_before: «per tahun», «tiap bulan» make a
    duty or an IKI), and one of them or more counting what was done: the day's work listed (route sets 8, 16)."""
    rows = [r for r in ln.text.splitlines() if r.strip()]
    if len(rows) < 2 or not all(list_marked(r) for r in rows):
        return False
    spans = frozenset(t for p in config()["week_span_before"] for t in tokens(p)) | {"target", "targetnya"}
    readings = [kind_of(clean(r), logging=True) for r in rows]
    if any(r.kind is not EntryKind.report and r.why != "topik" or _opens_with_measure(r.line)
           or set(r.line.toks) & spans for r in readings):
        return False
    return any(count_numbers(r.line, r.when) for r in readings)


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
    if source is None or any(t in own for t in toks[:source + 1]) or not asking or _own_done_row(ln):
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


def _own_done_row(ln: Line) -> bool:
    """«Fwd: undangan rapat …\n-- sy udh hadir td & bikin notulen»: a row after the first where the user, as the doer
    (catatan_harian.yaml first_person), comes before a done word: the user's own work told under what was relayed
    (route set 16)."""
    if "\n" not in ln.text.strip() or not ln.spans:
        return False
    own, done = frozenset(config()["first_person"]), vocabulary().done
    rows = [ln.text.count("\n", 0, a) for a, _ in ln.spans]  # the text row each token stands on
    later = [i for i in range(len(ln.toks)) if rows[i] > rows[0]]
    return any(done.match_at(ln.toks, i) and any(ln.toks[j] in own and rows[j] == rows[i] for j in later if j < i)
               for i in later)


_QUARTER_LABEL_WORDS = 4  # «Q3 minggu 1:», «TW II bulan ke-2:»: a label of the period, never a sentence


def _quarter_labels_own_work(ln: Line) -> bool:
    """«Q3 minggu 1: sy udh treatment 96 fraksi total, hari ini 18»: a quarter in a short label before the first colon,
    and after it the user as the doer (catatan_harian.yaml first_person) telling work read as done on its own, no
    realisasi nor progress word: the period the work falls in, no figure of that quarter (route set 16); «TW 2: sy
    capaian 85%» is the figure."""
    head, colon, rest = ln.text.partition(":")
    if not colon or not quarter_pattern().search(head) or len(tokens(head)) > _QUARTER_LABEL_WORDS:
        return False
    told = line(rest.strip())
    if not set(told.toks) & set(config()["first_person"]) or told.has(_realisasi_words()) \
            or told.has(vocabulary().progress) or _has_percent(told):
        return False
    return kind_of(told).kind is EntryKind.report


def reports_work(text: str) -> bool:
    """A line of done work whatever the chat is waiting for: it says so on its own (a time word, a quantity,
    sdh/sudah/telah), or it is an activity a logbook keeper types («verif 13 berkas KP») that would otherwise be drafted."""
    plain = kind_of(text).kind
    return plain is EntryKind.report or (plain is EntryKind.draft and kind_of(text, logging=True).kind is EntryKind.report)


def asks_about_reminders(reading: KindReading) -> bool:
    """«pengingat bisa dimatiin ga soalnya ganggu», «kalo libur nasional pengingatnya tetep bunyi?»: a question about
    the reminders themselves (catatan_harian.yaml reminder_words), which their settings answer."""
    bare = [t.removesuffix("nya") for t in reading.line.toks]  # «pengingatnya»
    return reading.kind is EntryKind.question and vocabulary().reminder.find(bare) is not None


def opens_with(reading: KindReading, phrases: PhraseSet, skip: frozenset[str] = frozenset()) -> bool:
    """Whether the line's first content word (after its time, done and filler words, and the words in skip) starts
    one of the phrases: «kemarin dimutasi ke tim surveilans» opens with «dimutasi», «tadi rapat penugasan baru …»
    with «rapat»."""
    at = [i for i in content_at(reading.line, reading.when) if reading.line.toks[i] not in skip]
    return bool(at) and phrases.match_at(reading.line.toks, at[0]) is not None


def case_asked(ln: Line, reading: KindReading) -> bool:
    """«temen sy nanya bisa pakai IKI sy gak», «kalau konseling KB pasca salin itu kespro kan? 4 org», «kalau audit
    bundle VAP dihitung gak? td 1 audit VAP»: a question (or work told after one) that supposes a case or relays
    someone's asking (catatan_harian.yaml case_relayed): whether and where it counts is the user's doubt."""
    if reading.kind is not EntryKind.question and not asked_before_told(ln):
        return False
    return ln.has(phrase_set("conversation", "count_asks", "hypothetical")) or \
        bool(set(ln.toks) & set(config()["case_relayed"]))


def asks_only(ln: Line, reading: KindReading, dated: bool) -> bool:
    """«perizinan max 3 hari kan ya?», «bukannya brachy jg masuk IKI 1?»: a question (with its «?») asking a claim
    confirmed (catatan_harian.yaml claim_asks) and telling no work of the user's: no day said (`dated`), no done word or mark, no first person, no case
    supposed (case_asked asks those). Nothing to file under an IKI: the chat answers it (linking42)."""
    if reading.kind is not EntryKind.question or "?" not in ln.toks or dated or case_asked(ln, reading) or \
            not ln.has(phrase_set("catatan_harian", "claim_asks")):
        return False
    told = phrase_set("catatan_harian", "done_words")
    return not ln.has(told) and not set(ln.toks) & (set(config()["first_person"]) | set(config()["done_marks"]))


def asked_before_told(ln: Line) -> bool:
    """«kalau audit bundle VAP itu dihitung audit HH gak? td 1 audit VAP di ICU»: the line first asks a case of its own
    (the part before its first «?», read alone, is a question) and tells work only after it: the user doubts where the
    work goes, so its IKI is asked, never linked silently (linking39)."""
    marks = [i for i, t in enumerate(ln.toks) if t == "?" and any(k == "word" for k in ln.kinds[i + 1:])]
    if not marks:
        return False
    after = next(i for i in range(marks[0], len(ln.toks)) if ln.kinds[i] != "mark")
    if ln.toks[after] in config()["counting"]["self_correction"]["interjections"]:
        return False  # «latih TCK 1.120 orang?? eh bukan, 112 org»: surprise at a typo, put right, nothing asked
    head = ln.text[:ln.spans[marks[0]][1]] if ln.spans else ""
    return kind_of(head).kind is EntryKind.question


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
    # only a tail telling nothing of its own (who asks, small talk, a day with no work: «… bisa diisi mundur teu? minggu
    # kamari poho») leaves the question; a plan, a figure, a correction … after the «?» is read with the whole line
    return (EntryKind.question, "tanya + keterangan") \
        if told in (EntryKind.unclear, EntryKind.smalltalk, EntryKind.remark) else None


