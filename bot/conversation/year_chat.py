"""The year in the chat (issue 18), its entry: a plain line the intent reader gave to the year routed by its kind to
the year_* module whose job it is (year_logbook, year_logbook_fix, year_realisasi, year_rencana, year_pengingat;
/tetapkan and perubahan in year_perubahan, bukti dukung in year_evidence), and the year's question waiting."""

from datetime import date, datetime

from bot.conversation import realisasi_offer, team_change
from bot.conversation.iki_fields import short
from bot.conversation.intent import Intent, Route
from bot.conversation.replies import Button, Reply
from bot.conversation.starred import as_correction, read_starred
from bot.conversation.state import UserState
from bot.conversation.typed_work import new_iki_in, reads_as_iki
from bot.conversation.year_logbook import NO_SKP, catat, catatan, no_skp
from bot.conversation.year_logbook_fix import ID_FIRST, correction, entry_change, fix_last
from bot.conversation.year_pengingat import reminder_change, reminder_label
from bot.conversation.year_perubahan import reason_question, same_question, transfer_path
from bot.conversation.year_realisasi import (
    asked_quarter,
    capaian,
    kept_before_skp,
    names_figure,
    period_quarter,
    realisasi,
    running_buttons,
    split_buttons,
    split_question,
)
from bot.conversation.year_records import bukti_said, catatan_said, counted_said, unlogged_said
from bot.conversation.year_rencana import rencana_change, rencana_command
from bot.lang.dates import short_date
from bot.lang.text import phrase_set, tokens
from bot.year import logbook
from bot.year.entry_kind import FORWARDED, EntryKind, kind_of
from bot.year.entry_plans import TRIP, WAITING
from bot.year.entry_records import (
    BUKTI,
    COUNTED,
    KEPT,
    MISSING_CATATAN,
    MISSING_REALISASI,
    UNLOGGED,
    iki_number_in,
    records_asked,
    records_said,
)
from bot.year.left_out import kept_text
from bot.year.missing import without_entries, without_realisasi
from bot.year.periods import quarter_label
from bot.year.realisasi_reading import figure_spelled, figures_pasted, read_realisasi, said_as_planned
from bot.year.reminders import realisasi_label

SKP_INSTRUCTION = ("Itu perintah untuk SKP Anda, jadi tidak saya catat sebagai pekerjaan. Ubah IKI dengan /ubah N (misalnya "
                   "/ubah 2 target 90), buang dengan /buang N, ajukan ke atasan dengan /ajukan, atau tetapkan dengan "
                   "/tetapkan; tombol yang masih tampil juga bisa dipakai.")


def logging(state: UserState) -> bool:
    """Whether the user keeps a logbook: an SKP agreed, or entries already kept."""
    return bool(state.skp.iki) and (state.year.agreed or bool(state.year.entries))


def stages_typed(state: UserState, text: str) -> Intent | None:
    """A change to the rencana aksi («IKI 2 tahapnya pakai punya saya: 1) …») from a user who has one but keeps no
    logbook yet, whose lines are otherwise read as drafts first: the year's, as it would be once the SKP is agreed."""
    if not state.year.rencana:
        return None
    reading = kind_of(text)
    return Intent(Route.year, text, entry=reading) if reading.kind is EntryKind.rencana else None


def about_records(intent: Intent) -> bool:
    """A line about the year's records or reminders («tahap 2 IKI 1 geser ke april», «bulan ini saya harus ngapain
    aja?», «jam setengah 4 sore», «IKI 1: 612 dari 680»): the year's to answer even before an SKP is saved, where it
    says what is missing (and keeps a quarter's figure for later)."""
    if intent.entry is not None and intent.entry.kind is EntryKind.progress:
        return names_figure(intent.text)  # «IKI 1: Persentase … 70%» is a draft labelled with its number
    return intent.entry is not None and intent.entry.kind in (EntryKind.rencana, EntryKind.records,
                                                              EntryKind.reminder)


def about_plan(state: UserState, intent: Intent) -> bool:
    """A change of the rencana aksi, a question about the user's own records or a reminder asked for («tahap 2 IKI 1
    geser ke april-mei», «tambah tahap utk IKI 2: evaluasi …», «bulan ini saya harus ngapain aja?», «ingetin isi
    logbook tiap hari kerja jam 4 sore») from a user with IKI saved: the year's to answer even while PRIMA waits for
    the next IKI or one of its fields; never an IKI sentence that names stages or reminders («Persentase tahapan
    akreditasi yang selesai tepat waktu»), which is PRIMA's."""
    return bool(state.skp.iki) and intent.entry is not None \
        and intent.entry.kind in (EntryKind.rencana, EntryKind.records, EntryKind.reminder) \
        and not reads_as_iki(intent.text) and not new_iki_in(intent.text)


def on_line(state: UserState, intent: Intent, now: datetime) -> list[Reply]:
    """A plain message the intent reader gave to the year (Route.year), by its kind."""
    kind, text = intent.entry.kind, intent.text
    if kind is not EntryKind.correction:  # the day's work, a figure, a plan: another task than the IKI completed last
        state.completed = None
    if not state.skp.iki and kind is EntryKind.progress:  # «IKI 1: 612 dari 680» before any IKI: kept for later
        return kept_before_skp(state, text, now, iki_number_in(text))
    moved = team_change.told(state, text, now.date()) if kind is not EntryKind.correction else None
    if moved is not None:  # «anggota sy, Andi, mutasi per 1 juli …»: the team's MPPH, never a logbook entry
        return moved
    if not state.skp.iki and kind in (EntryKind.rencana, EntryKind.records):
        how = "Selesaikan dulu PRIMA yang masih terbuka sampai IKI-nya tersimpan, atau tempel daftar IKI Anda." \
            if state.prima and not state.prima.paused else NO_SKP.split(". ", 1)[1]
        return [Reply(f"«{short(text, 60)}»: belum ada IKI di SKP Anda, jadi rencana aksi dan catatannya belum ada. "
                      f"{how}")]
    labelled = reminder_label(state, text, now)
    if labelled is not None:  # «isi realisasi TW I» typed was kept as an entry «di luar SKP» (tester14 #1)
        return labelled
    named = entry_change(state, text, now, hint=False) if ID_FIRST.match(text) else None
    if named is not None:  # «hapus catatan c2», «c1 jumlahnya 15 bukan 14»: that entry, never the last one kept
        return named
    starred = read_starred(text)  # «*3 rekomendasi» after «… kasih 5 rekomendasi»: that entry put right (play41)
    fixed = fix_last(state, as_correction(text) if starred and not starred.adds else text, now) \
        if state.year.entries else None
    if fixed is not None:
        return fixed
    if kind is EntryKind.report and not figure_spelled(text, state.skp):  # «IKI 6: ninety percent» is a realisasi
        return catat(state, text, now, intent.entry)
    if kind is EntryKind.report:
        return realisasi(state, text, now)
    if kind is EntryKind.progress:
        if read_realisasi(text, state.skp):
            return realisasi(state, text, now)
        if logbook.running_period(text):  # «Jumlah pasien TKR jalan mandiri minggu ini: tujuh»: the week's work
            return catat(state, text, now, intent.entry)
        offered = realisasi_offer.offer(state, text, asked_quarter(state, now.date()), now.date())
        if offered is not None:  # «rekomendasi supervisi TW1 … 41 dari 46»: one IKI's words, offered as its (play41)
            return offered
        return [Reply("Itu angka capaian. Untuk menyimpannya sebagai realisasi, tulis IKI-nya, misalnya «IKI 2: 120 dari "
                      "125» atau «IKI 1 sesuai catatan»; lihat semuanya dengan /capaian.")]
    if kind is EntryKind.reminder:
        return reminder_change(state, text, now)
    if kind is EntryKind.rencana:
        return rencana_change(state, text, now.date())
    if kind is EntryKind.correction:
        return correction(state, text, now)
    if kind is EntryKind.transfer:  # «sy kena mutasi per 1 sept ke Biro Hukum»: the perubahan SKP path
        return transfer_path(state)
    if kind is EntryKind.instruction and (figures_pasted(text, state.skp) or said_as_planned(text, state.skp)):
        # «IKI 1: 160 / IKI 3 sesuai target», «IKI 3 sesuai target»: the figures kept, the one said in words asked
        return realisasi(state, text, now)
    if kind is EntryKind.instruction:  # «IKI 2 biarin, ajukan aja»: not work done, and not an IKI to check
        return [Reply(SKP_INSTRUCTION)]
    if kind is EntryKind.remark:  # «kemaren ga sempet catat, minggu lalu cuti»: no work to keep
        # «sy cuti melahirkan mulai 1 Juli»: leave still to come, whose dates pause the reminders
        ahead = " Bila pengingat perlu berhenti selama cuti, tulis tanggalnya, misalnya «cuti 1 juli - 30 september»." \
            if not intent.entry.when.kind and phrase_set("pengingat", "words", "leave").find(tokens(text)) else ""
        if intent.entry.why == FORWARDED:  # «[10/11 09:14] Bu Sari Keuangan: Laporan … sudah dikirim»: theirs
            return [Reply("Itu pesan orang lain yang diteruskan, jadi tidak saya catat sebagai pekerjaan Anda. Bila Anda "
                          "ikut mengerjakannya, tulis bagian Anda sendiri, misalnya «tadi saya verifikasi 20 berkas …».")]
        if intent.entry.why == TRIP:  # «DL ke Jayapura sampe Kamis»: the work done there is still to be told
            return [Reply("Baik, perjalanan dinasnya tidak saya catat sebagai pekerjaan. Pekerjaan selama dinas luar "
                          "kirim dengan harinya, misalnya «kamis rapat koordinasi di Dinkes …».")]
        return [Reply("Baik, itu tidak saya catat sebagai pekerjaan. Hari cuti, sakit, atau libur tidak perlu dicatat. "
                      "Pekerjaan yang belum sempat dicatat bisa dikirim kapan saja dengan harinya, misalnya «senin lalu "
                      "rapat koordinasi …»." + ahead)]
    if kind is EntryKind.records:  # «capaian saya sudah berapa?»: from the user's own records
        asked = records_asked(intent.entry.line)
        if asked == KEPT:  # «realisasi lama sy ilang ga?»: what is kept, from the records
            return [Reply(kept_text(state.year, state.skp))]
        if asked in (MISSING_REALISASI, MISSING_CATATAN):  # «IKI mana yang belum ada realisasinya?»
            return missing_asked(state, asked, text, now)
        if asked == UNLOGGED:  # «lupa nyatet kemarin»: how to send the work, never an entry
            return unlogged_said(state, text, now)
        if asked == COUNTED:  # «minggu ini udah brp berkas?»: the period's quantities, never a guideline passage
            return counted_said(state, text, now)
        if asked == BUKTI:  # «IKI yg ketiga udh ada buktinya blm»: which entries have their bukti dukung
            return bukti_said(state, text, now)
        if asked == "catatan" and records_said(intent.entry.line):  # «udh nyatet blm hari ini?»: yes or no first
            return catatan_said(state, text, now)
        if asked == "capaian":
            return capaian(state, now, iki_number_in(text), period_quarter(text))
        named = iki_number_in(text)  # «lihat rencana aksi IKI 2», «tampilkan catatan IKI 3»: that IKI's only
        if asked == "rencana":  # «bulan ini saya harus ngapain aja?»: the month's stages, not the whole year
            month = state.year.rencana and logbook.read_period(text, now.date())
            return rencana_command(state, f"{named}" if named else text if month else "", now)  # (none yet: proposed)
        if named:
            return catatan(state, f"IKI {named}", now)
        return catatan(state, text if logbook.read_period(text, now.date()) else "", now)
    if intent.entry.why == WAITING:  # «lg nunggu ttd kabag»: the work waits on someone else
        return [Reply("Itu masih menunggu, jadi belum saya catat sebagai pekerjaan yang selesai. Kirim lagi setelah "
                      "selesai, misalnya «SK sudah ditandatangani kabag, dikirim ke biro».")]
    return [Reply("Itu rencana, jadi belum saya catat sebagai pekerjaan yang selesai. Kirim lagi setelah dikerjakan, "
                  "misalnya «hari ini rapat koordinasi …».")]


def is_waiting(state: UserState) -> bool:
    return state.year_ask is not None and state.year_ask.kind in ("recap", "alasan", "sama", "note", "percent",
                                                                      "running", "split", "refused")


def moved_on(state: UserState) -> None:
    """A command or a button after a perubahan: its explanation is no longer awaited (the next line may be work);
    after the reminder settings: a time typed next is no longer theirs."""
    state.reminders_shown = False
    if state.year_ask is not None and state.year_ask.kind == "note":
        state.year_ask = None


def prompt(state: UserState) -> list[Reply]:
    ask = state.year_ask
    if ask and ask.kind == "alasan":
        return [reason_question()]
    if ask and ask.kind == "sama":
        return [same_question(state)]
    if ask and ask.kind == "percent":
        return [Reply(f"Realisasi {ask.line.split()[0]} {ask.line.split()[1]}: maksudnya {ask.line.split()[2]}?",
                      [Button("Ya", "year:percent:yes"), Button("Tetap seperti ditulis", "year:percent:as_typed")],
                      choice_only=True)]
    if ask and ask.kind == "running":
        number, value = ask.line.split()
        return [Reply(f"IKI {number}: {value} itu angka {quarter_label(ask.quarter or 1)} saja, atau total sejak "
                      "Januari?", running_buttons(ask.quarter or 1))]
    if ask and ask.kind == "split":
        return [Reply(split_question(state, ask), split_buttons(ask.quarter or 2))]
    if ask and ask.kind == "recap":
        return [Reply(f"«{ask.line}»: hanya rekap, atau pekerjaan baru?",
                      [Button("Hanya rekap, jangan dicatat", "year:recap:skip"),
                       Button("Catat sebagai pekerjaan baru", "year:recap:add")], choice_only=True)]
    return []


def missing_asked(state: UserState, asked: str, text: str, now: datetime) -> list[Reply]:
    """«IKI mana yang belum ada realisasinya?», «iki apa aja yg blm ada catatan bulan ini?»: the user's own IKI that
    lack it, listed from the records (the period the question names, else the year so far), never a guideline
    passage (issue 18)."""
    if not state.skp.iki:
        return no_skp(state, "/capaian" if asked == MISSING_REALISASI else "/catatan")
    today = now.date()
    if asked == MISSING_CATATAN:
        period = logbook.read_period(text, today)
        start, end = period or (date(today.year, 1, 1), today)
        said = f"({short_date(start)}–{short_date(end)})" if period else f"sejak awal tahun (sampai {short_date(end)})"
        return [Reply(without_entries(state.skp, state.year, start, end, said))]
    if not state.year.agreed:
        return [Reply("SKP Anda belum ditetapkan, jadi belum ada realisasi yang dihitung untuk IKI mana pun. Setelah "
                      "disepakati dengan atasan, ketik /tetapkan; sesudah itu /capaian menunjukkan realisasi tiap IKI "
                      "per triwulan.")]
    missing = without_realisasi(state.skp, state.year, today)
    fill = [Button(realisasi_label(missing.quarter), f"year:realisasi:{missing.quarter}")] if missing.quarter else []
    return [Reply(missing.text, fill)]
