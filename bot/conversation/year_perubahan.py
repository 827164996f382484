"""The SKP agreed and its changes in the chat: /tetapkan, a perubahan asked for its reason, the versions
(/skp versi), and the explanation kept on a version."""

import re
from dataclasses import replace
from datetime import datetime

from bot import knowledge
from bot.conversation import draft_save, field_edit, mpph_versions
from bot.conversation.iki_fields import short
from bot.conversation.intent import Route, classify
from bot.conversation.mpph_own_part import follow_own_target
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState, YearAsk
from bot.conversation.typed_work import reads_as_iki
from bot.conversation.year_logbook import catat, no_skp
from bot.conversation.year_logbook_fix import ID_FIRST
from bot.lang.dates import long_date
from bot.lang.text import phrase_set, tokens
from bot.lang.values import numbers_in
from bot.render import serious_findings
from bot.rules import check_skp
from bot.team.record import Status
from bot.year import quarter_plan, rencana, versions
from bot.year.entry_kind import reports_work
from bot.year.models import YearError


def tetapkan(state: UserState) -> list[Reply]:
    if not state.skp.iki:
        return no_skp(state, "/tetapkan")
    if state.year.agreed:
        return [Reply(f"SKP sudah ditetapkan ({long_date(state.year.versions[0].on)}). Perubahan setelahnya dicatat "
                      "sebagai perubahan SKP dengan alasannya; lihat /skp versi.")]
    errors = serious_findings(check_skp(state.skp))
    found = (f"Ada {len(errors)} temuan yang sebaiknya diperbaiki dulu:\n" + "\n".join(errors) + "\nPerbaiki dengan "
             "/ubah NOMOR sebelum ditetapkan, atau tetapkan apa adanya bila memang sudah disepakati; temuannya tetap "
             "tercatat di SKP yang ditetapkan.\n") if errors else ""
    # the button says what it agrees to: an SKP with its findings still open (tester59 F21)
    yes = f"Ya, tetapkan dgn {len(errors)} temuan" if errors else "Ya, tetapkan"
    return [Reply(f"{found}Tetapkan SKP ini ({len(state.skp.iki)} IKI) sebagai yang sudah disepakati dengan pimpinan? "
                  "Sesudah itu setiap /ubah atau /buang dicatat sebagai perubahan SKP dengan alasannya.",
                  [Button(yes, "year:tetapkan:ya"), Button("Batal, perbaiki dulu" if errors else "Batal",
                                                           "year:tetapkan:batal")],
                  choice_only=True)]


def _still_open(state: UserState) -> str:
    """The findings an SKP was agreed with, named, so the agreement never reads as a clean bill (tester59 F21)."""
    errors = serious_findings(check_skp(state.skp))
    if not errors:
        return ""
    return (f"\nDitetapkan dengan {len(errors)} temuan yang masih terbuka:\n" + "\n".join(errors)
            + "\nBahas di dialog kinerja; perbaikannya dengan /ubah NOMOR dicatat sebagai perubahan SKP.")


PRIMA_PAUSED = ("PRIMA saya jeda; isiannya tersimpan. Lanjutkan dengan /prima bila masih ada IKI yang ingin "
                "dilengkapi: perubahannya dicatat sebagai perubahan SKP.")


def tetapkan_button(state: UserState, choice: str, now: datetime) -> list[Reply]:
    if choice != "ya":
        return [Reply("SKP belum ditetapkan; draf tetap tersimpan.")]
    if not state.skp.iki:
        return no_skp(state, "/tetapkan")
    if state.year.agreed:
        return [Reply("SKP sudah ditetapkan sebelumnya.")]
    still_open = _still_open(state)
    state.year = versions.agree(state.year, state.skp, now.date())
    note = draft_save.release(state) if draft_save.is_open(state) else ""  # the fields left are /ubah's now
    if state.prima and not state.prima.paused:
        # PRIMA left open would take every later line (a day's work, «capaian saya?») as the answer it waits for
        state.prima.paused, state.prima.strays = True, 0
        note = (f"{note}\n" if note else "") + PRIMA_PAUSED
    matrix = ""
    if mpph_versions.matrix(state) is not None:
        # the matrix is agreed with the SKP: its buttons no longer wait at every chat opening (tester55 F14; «ubah N
        # …» still reaches it), and a role changed from now on is a perubahan of the MPPH, kept as a version
        if state.mpph is not None:
            state.mpph.reminded = True
        matrix = "\nMatriks MPPH Anda ikut tersimpan sebagai versi 1; lihat dengan /mpph. Perubahan peran sesudahnya " \
            "dicatat sebagai versi baru MPPH dengan alasannya."
    mpph_versions.baseline(state)
    return [Reply((f"{note}\n" if note else "") + f"SKP ditetapkan (versi 1, {long_date(now)}). Selanjutnya: "
                  "/rencana untuk tahapan kerja, catat pekerjaan harian dengan satu baris, dan /pengingat untuk "
                  "pengingat." + still_open + matrix)]


def unexplained_change(state: UserState, waiting: bool, now: datetime) -> list[Reply]:
    """At the end of a turn: the IKI of an agreed SKP changed some other way than /ubah or /buang (an IKI added
    with «Simpan ke draf», say) and nothing else is asked: the reason is asked now (waiting: a flow is open), before
    the fields of an IKI just saved (the engine holds their question back: never two questions at once, tester17
    #2). A perubahan recorded today takes it in."""
    ask = state.year_ask
    if ask is not None and ask.kind == "go" and ask.note and state.edit is None and state.year.agreed \
            and state.skp.iki != state.year.versions[-1].skp.iki:  # its reason typed with it: recorded, no question
        recorded = _versioned(state, now)
        return [Reply(recorded[0].text + "\nAlasan lain? Pilih di bawah ini.",
                      [Button(label, f"year:ganti:{key}") for key, label in versions.reason_buttons().items()])] \
            if recorded else []
    if state.year.agreed and versions.taken_back(state.year, state.skp, now.date()):
        return [_taken_back(state)]
    if waiting or (state.year_ask is not None and state.year_ask.kind != "tahap") or not state.year.agreed:
        return []
    if state.skp.iki == state.year.versions[-1].skp.iki:
        return []
    if draft_save.is_open(state) and versions.completes(state.year.versions[-1].skp, state.skp):
        return []  # an IKI's fields asked one by one: said once they are all in (tester22b #19: said at each answer)
    completed = completed_agreed(state, now)
    if completed:  # its empty jenis or bobot filled in: no perubahan, no reason asked (tester19 #7)
        return [Reply(completed)]
    if versions.within_change(state.year, state.skp, now.date()):  # the fields of an IKI today's perubahan added
        return _joined(state, now) or []
    open_change = versions.open_change(state.year, now.date())
    if open_change is not None:  # an IKI saved or pasted the day of a perubahan: its reason confirmed (tester48 P2-2)
        state.year_ask = YearAsk(kind="sama", reason=open_change.reason)
        return [same_question(state)]
    state.year_ask = YearAsk(kind="alasan")
    return [reason_question()]


def _taken_back(state: UserState) -> Reply:
    """Today's perubahan undone whole («Urungkan» right after /buang recorded it): its version goes, and with it
    the explanation asked for it; never a new perubahan asking the reason of the undo (rhk51: «Alasan perubahan ini
    sama?» after «Urungkan», and «Sama» kept a version 2 holding version 1's IKI)."""
    gone = state.year.versions[-1]
    state.year = versions.drop_last(state.year)
    if state.year_ask is not None and state.year_ask.kind in ("note", "sama", "alasan") and not state.year_ask.line:
        state.year_ask = None
    return Reply(f"Perubahan SKP versi {gone.number} dibatalkan: SKP kembali seperti versi "
                 f"{state.year.versions[-1].number}.")


@knowledge.cached
def _agreed_wording() -> tuple[dict[str, str], re.Pattern]:
    wording = knowledge.data("perubahan_skp")["agreed_wording"]
    return wording, re.compile("|".join(re.escape(said) for said in sorted(wording, key=len, reverse=True)))


def as_perubahan(state: UserState, replies: list[Reply], now: datetime) -> list[Reply]:
    """At the end of a turn on an agreed SKP: a saver's «Tersimpan ke draf …», «Draf Anda kini N IKI» said as what
    happened, the IKI in a perubahan SKP with its version (perubahan_skp.yaml agreed_wording): the version recorded
    (or joined) this turn, else the one its reason, asked next, records; no number while «Alasannya sama?» decides
    whether it joins today's. An offer («Simpan ke draf SKP?») names the version its save would record: the next one,
    or none while today's perubahan is open (or another change waits), since «Sama» joins it and «Alasan lain» starts
    the next (rhk51: it named today's version, and «Alasan lain» recorded the one after)."""
    if not state.year.agreed or not state.year.versions or state.team.review.status is not Status.draf:
        return replies  # (a leader's member proposes a perubahan with /ajukan: nothing is recorded yet)
    last = state.year.versions[-1]
    changed = state.skp.iki != last.skp.iki
    version = last.number + 1 if changed else last.number
    undecided = state.year_ask is not None and state.year_ask.kind == "sama"
    offer_undecided = changed or versions.open_change(state.year, now.date()) is not None
    named = {"perubahan": "perubahan SKP" if undecided else f"perubahan SKP versi {version}",
             "next_perubahan": "perubahan SKP" if offer_undecided else f"perubahan SKP versi {last.number + 1}"}
    wording, pattern = _agreed_wording()

    def said(found: re.Match) -> str:
        words = wording[found.group(0)]
        if version == 1 and "{perubahan}" in words:
            return found.group(0)  # the SKP as agreed, unchanged: nothing done is a perubahan (a save as it was agreed)
        return words.format(**named)

    return [replace(r, text=pattern.sub(said, r.text)) if pattern.search(r.text) else r for r in replies]


def _joined(state: UserState, now: datetime, answered: bool = False) -> list[Reply] | None:
    """A change made while today's perubahan is open (versions.open_change): kept in that version, said once (None:
    no perubahan open); said as the answer to its reason's question (answered), else after an IKI's fields."""
    open_change = versions.open_change(state.year, now.date())
    if open_change is None:
        return None
    state.year = versions.amend_change(state.year, state.skp)
    if draft_save.is_open(state) and not answered:  # an IKI's fields, one by one: said once they are done
        return []
    label = versions.reasons()[open_change.reason]
    return [Reply(f"Dicatat pada perubahan SKP yang sama: versi {open_change.number} ({label}, {long_date(now)}).")]


def undo_change(state: UserState) -> str:
    """A perubahan given up: the SKP goes back to its last version."""
    state.year_ask = None
    if state.year.versions and state.skp.iki != state.year.versions[-1].skp.iki:
        state.skp = state.skp.model_copy(update={"iki": [i.model_copy() for i in state.year.versions[-1].skp.iki]})
        state.fill = None  # the fields asked of an IKI saved by the change went with it
        return "Perubahan dibatalkan; SKP kembali seperti versi terakhir."
    return "Perubahan dibatalkan; SKP tetap seperti yang ditetapkan."


_ADD_IKI = re.compile(r"^(?:\W*\w+\W+){0,2}?(?:tambah(?:in|kan)?|masuk(?:in|kan))\b[^:]{0,25}:\s*(.+)$",
                      re.IGNORECASE | re.DOTALL)


def added_iki(text: str) -> str | None:
    """«tambah IKI baru: Persentase …, 90%. ini perintah karo»: the IKI to add (its first sentence), else None."""
    found = _ADD_IKI.match(text.strip())
    return re.split(r"\.\s+", found.group(1).strip(), maxsplit=1)[0].strip() if found else None


def completed_agreed(state: UserState, now: datetime) -> str:
    """The agreed SKP's empty jenis or bobot filled in and nothing else changed (versions.completes): kept in its
    last version, number kept, and said; "" when the SKP changed otherwise (a perubahan)."""
    if not state.year.agreed:
        return ""
    filled = versions.completes(state.year.versions[-1].skp, state.skp)
    if not filled:
        return ""
    state.year = versions.complete(state.year, state.skp, now.date())
    return versions.completing()["said"].format(versi=state.year.versions[-1].number, fields=" dan ".join(filled))


def completes_field(state: UserState, name: str, rest: str) -> bool:
    """«/ubah 2 bobot 30» on an agreed SKP whose IKI 2 has no bobot yet: it completes the SKP, no perubahan."""
    found = re.match(r"^(\d{1,2})\s+(\w+)\b", command_text(name, rest)) if name == "ubah" else None
    if found is None or found[2].lower() not in versions.completing()["fields"]:
        return False
    number = int(found[1])
    return 1 <= number <= len(state.skp.iki) and getattr(state.skp.iki[number - 1], found[2].lower()) is None


def needs_reason(state: UserState, name: str, rest: str, now: datetime) -> list[Reply] | None:
    """/ubah or /buang on an agreed SKP: the reason first (given in the text, else asked with buttons; today's
    perubahan still open gives its own); None when the command may go ahead (one completing the SKP needs none)."""
    if not state.year.agreed or (state.year_ask and state.year_ask.kind == "go"):
        return None
    if completes_field(state, name, rest) and versions.read_reason(rest) is None:
        return None
    open_change = versions.open_change(state.year, now.date())
    reason = versions.read_reason(rest)
    if reason:
        state.year_ask = YearAsk(kind="go", reason=reason)
        return None
    if open_change is not None:  # today's perubahan is joined only when its reason is confirmed (tester48 P2-2)
        state.year_ask = YearAsk(kind="sama", reason=open_change.reason, line=f"/{name} {rest}".strip())
        return [same_question(state)]
    state.year_ask = YearAsk(kind="alasan", line=f"/{name} {rest}".strip())
    return [reason_question()]


def same_question(state: UserState, note: str = "") -> Reply:
    """«Alasannya sama …?» under a /ubah or /buang made the day a perubahan was recorded: «Sama» joins its version,
    «Alasan lain» asks the reason (a new version keeps it)."""
    last = state.year.versions[-1]
    label = versions.reason_buttons().get(last.reason, last.reason)
    return Reply((note + "\n" if note else "") + f"Hari ini sudah ada perubahan SKP versi {last.number}. Alasan "
                 f"perubahan ini sama ({label})?",
                 [Button("Sama", "year:sama:ya"), Button("Alasan lain", "year:sama:lain"),
                  Button("Batal", "year:sama:batal")], choice_only=True)


def same_answer(text: str) -> str | None:
    """A whole message under «Alasannya sama?» saying «sama» ("ya") or «alasan lain» ("lain"); None else
    (perubahan_skp.yaml same_reason)."""
    words = tokens(text)
    for arg, key in (("ya", "same"), ("lain", "other")):
        found = phrase_set("perubahan_skp", "same_reason", key).match_at(words, 0) if words else None
        if found and len(found) == len(words):
            return arg
    return None


def reason_beside(state: UserState, rest: str) -> None:
    """The words typed beside a new IKI on an agreed SKP («ini perintah karo krn banyak isu KLB»): the reason and its
    explanation, recorded as the turn ends with no question (never read from the IKI's own words)."""
    reason = versions.read_reason(rest) if state.year.agreed else None
    if reason:
        state.year_ask = YearAsk(kind="go", reason=reason, note=rest.strip(" .,;"))


def target_beside(text: str) -> str | None:
    """«ini arahan kapus, targetnya 95%» typed as a perubahan's reason: the target a word for targets names right
    before its number (conversation.yaml draft_targets leads), as it is kept; None when none or several are."""
    leads = "|".join(map(re.escape, knowledge.data("conversation")["draft_targets"]["leads"]))
    named = [n for n in numbers_in(text)
             if re.search(rf"\b(?:{leads})\s*[:=]?\s*$", text[:n.start], re.IGNORECASE) and not n.approximate]
    return named[0].text if len(named) == 1 else None


def reason_and_target(state: UserState, text: str, recorded: list[Reply]) -> list[Reply]:
    """The replies to a reason typed for an IKI just saved, its target typed beside the reason («…, targetnya 95%»)
    taken as the answer to the target question that comes next, never asked again (rhk51: it was kept only in the
    explanation, and the target asked)."""
    target = target_beside(text)
    if target is None or not draft_save.is_open(state) or state.fill.field != "target":
        return recorded
    asked = [r for r in recorded if r.buttons and all(b.data.startswith("fill:") for b in r.buttons)]
    return [r for r in recorded if r not in asked] + draft_save.on_text(state, target)


CHANGE_COMMANDS = ("ubah", "buang")  # the commands changing an agreed SKP, whose reason comes first (needs_reason)


def lead_of_change(state: UserState, lead: str, command: str) -> bool:
    """«direktif pimpinan: target IPAK naik jd 3,8. /ubah 3 target 3,8»: the sentence before a command changing the
    agreed SKP is about that change, never a logbook entry (tester59 F9): a reason of the guidance's list it names is
    the change's reason, not asked again, the sentence kept as its explanation. False for any other command or SKP."""
    name = command.split(None, 1)[0].lstrip("/").split("@", 1)[0].lower()
    if name not in CHANGE_COMMANDS or not state.year.agreed:
        return False
    reason = versions.read_reason(lead)
    if reason:
        state.year_ask = YearAsk(kind="go", reason=reason, note=lead.strip(" .,;"))
    return True


def lead_kept(state: UserState, lead: str) -> None:
    """The sentence before the change, its reason still asked: kept as the explanation that goes with the reason."""
    ask = state.year_ask
    if ask is not None and ask.kind in ("alasan", "sama") and not ask.note:
        state.year_ask = ask.model_copy(update={"note": lead.strip(" .,;")})


def reason_given(state: UserState, text: str) -> None:
    """A change typed in plain words with its reason («IKI 3 targetnya jadi 160 SK, ada mutasi pegawai»): on an agreed
    SKP the reason goes with the command run for it, as when typed after /ubah, so it is not asked again."""
    reason = versions.read_reason(text) if state.year.agreed else None
    if reason:
        state.year_ask = YearAsk(kind="go", reason=reason)


def command_text(name: str, rest: str) -> str:
    """/ubah and /buang as people type them: "IKI 3 target jadi 250 unit" → "3 target 250 unit", "IKI 4 jadi: …" →
    "4 teks …", "/buang IKI 2, alasannya sama: mutasi" → "2"."""
    rest = re.sub(r"^\s*(?:iki|no\.?|nomor)\s*(?=\d)", "", rest.strip(), flags=re.IGNORECASE)
    if name == "buang":
        # «/buang 3, 5 sama 8»: every number named (tester20a #6), the reason after them left out
        number = re.match(r"\d{1,2}\b(?:(?:\s*[,&+]\s*|\s+(?:dan|sama|sm|serta|and)\s+|\s+)\d{1,2}\b)*", rest,
                          re.IGNORECASE)
        return number.group(0) if number else rest
    rest = re.sub(r"^(\d{1,2})\s+(?:jadi|menjadi)\s*:?\s*", r"\1 teks ", rest, flags=re.IGNORECASE)
    rest = re.sub(r"^(\d{1,2})\s+(\w+?)(?:nya)?\s+(?:jadi|menjadi|=|:)\s*", r"\1 \2 ", rest, flags=re.IGNORECASE)
    return re.sub(r"^(\d{1,2})\s+(\w+?)nya\b", r"\1 \2", rest, flags=re.IGNORECASE)


def work_while_asked(state: UserState, text: str, now: datetime) -> list[Reply]:
    """A line of done work typed while a perubahan waits for its reason: kept as an entry, and the reason is asked
    again (unless the entry raised its own question, which is answered first). [] when the line reports no work."""
    if not reports_work(text):
        return []
    ask = state.year_ask
    state.year_ask = None
    kept = catat(state, text, now)
    own = state.year_ask
    if own is not None:  # the entry's own question (a recap) comes first: the change is said to be not made
        undone = undo_change(state) if not ask.line else f"Perubahan «{ask.line}» belum dijalankan."
        state.year_ask = own
        return kept + [Reply(f"{undone} Kirim lagi perubahannya sesudah menjawab pertanyaan di atas.")]
    state.year_ask = ask
    waiting = "Perubahan SKP Anda masih menunggu alasannya."
    return kept + [same_question(state, waiting) if ask.kind == "sama" else reason_question(waiting)]


def names_entry(text: str) -> bool:
    """«hapus c8», «c6 ke IKI 4»: a change of a logbook entry named by its id, run as that wherever it is typed (never
    a perubahan's reason or its explanation: tester52 P1-11)."""
    return bool(ID_FIRST.match(text)) and "\n" not in text.strip()


def explained_in_words(state: UserState, text: str) -> list[Reply]:
    """A why typed at «Apa alasannya?» naming none of the guidance's reasons («cathlab rusak 6 minggu jadi target …
    diturunkan, sudah disetujui kepala instalasi»): kept as the version's explanation, the reason asked by its
    buttons (never a logbook entry: tester52 P1-11); [] when the line explains nothing or does not speak of the
    change (perubahan_skp.yaml change_words)."""
    if not explains(text) or "\n" in text.strip() or reads_as_iki(text) \
            or not phrase_set("perubahan_skp", "change_words").find(tokens(text)):
        return []  # (work with a why in it, «tadi rapat …, 3 berkas KP dibahas», is an entry)
    state.year_ask = state.year_ask.model_copy(update={"note": text.strip()[:500]})
    return [reason_question(f"Penjelasan Anda saya simpan untuk perubahan ini: «{short(text, 120)}». Alasannya "
                            "menurut pedoman yang mana?")]


def reason_question(note: str = "") -> Reply:
    buttons = [Button(label, f"year:alasan:{key}") for key, label in versions.reason_buttons().items()]
    return Reply((note + "\n" if note else "") + "SKP Anda sudah ditetapkan, jadi perubahan ini dicatat sebagai "
                 "perubahan SKP. Apa alasannya?", buttons + [Button("Batal", "year:alasan:batal")], choice_only=True)


def after_change(state: UserState, before: list[str], now: datetime) -> list[Reply]:
    """After /ubah or /buang: records follow a reworded IKI, and on an agreed SKP the change becomes a version."""
    after = [iki.indikator for iki in state.skp.iki]
    replaced = []
    if len(after) == len(before):
        for k, (old, new) in enumerate(zip(before, after)):
            if old != new and state.year.agreed and versions.replaces(old, new):
                replaced.append(_as_new(state, k))
                continue
            state.year = versions.follow_rename(state.year, old, new)
    state.year = state.year.model_copy(update={"rencana": rencana.follow_targets(state.year.rencana, state.skp)})
    return replaced + _quarters_follow(state, now) + follow_own_target(state) + _versioned(state, now)


def _quarters_follow(state: UserState, now: datetime) -> list[Reply]:
    """An IKI whose target or unit changed while its quarterly targets stayed as agreed for the old one («0 0 0 0»
    for «0 kejadian», then target 2 kejadian): those quarters no longer plan this target, so they are dropped and
    the plan follows the IKI as it now stands (its measure's trajectory), said with how to agree others (year18 #2)."""
    if not state.year.versions:
        return []
    agreed = {iki.indikator: iki for iki in state.year.versions[-1].skp.iki}
    said = []
    for n, iki in enumerate(state.skp.iki):
        was = agreed.get(iki.indikator)
        if was is None or not iki.target_triwulan or iki.target_triwulan != was.target_triwulan \
                or (iki.target, iki.satuan) == (was.target, was.satuan):
            continue
        state.skp.iki[n] = iki.model_copy(update={"target_triwulan": None})
        said.append(Reply(f"IKI {n + 1}: target per triwulan {' · '.join(str(v) for v in was.target_triwulan)} "
                          f"disepakati untuk target {was.target}, jadi tidak dipakai lagi. Rencana per triwulan kini "
                          f"mengikuti target {iki.target}: {' · '.join(quarter_plan.texts(quarter_plan.as_recorded(state.year, state.skp, now.date()), state.skp.iki[n]))}. Bila disepakati "
                          f"lain, tulis /ubah {n + 1} triwulan diikuti empat target."))
    return said


def _as_new(state: UserState, index: int) -> Reply:
    """IKI N's text now names another IKI: it starts without the old one's data awal and quarterly targets (its
    rencana, entries and realisasi stay the old IKI's history, /skp versi)."""
    iki = state.skp.iki[index]
    state.skp.iki[index] = iki.model_copy(update={"baseline": None, "target_triwulan": None})
    return Reply(f"IKI {index + 1} kini IKI baru, bukan kalimat lama yang diperbaiki: data awal, target per triwulan, "
                 "tahapan dan realisasi IKI lama tidak ikut pindah (tetap tersimpan sebagai riwayat di /skp versi dan "
                 f"/ekspor). Realisasinya ditanyakan mulai triwulan berjalan; isi data awalnya dengan /ubah {index + 1} "
                 "baseline.")


def _versioned(state: UserState, now: datetime) -> list[Reply]:
    """The change made a version of the agreed SKP when its reason was given («go»)."""
    ask = state.year_ask
    if ask and ask.kind == "go" and state.edit is None:
        unchanged = state.year.versions and state.skp == state.year.versions[-1].skp
        if unchanged:
            return []  # nothing changed yet: the reason waits for the change while it is asked for (reason_held)
        state.year_ask = None
        open_change = versions.open_change(state.year, now.date())
        if not unchanged and open_change is not None and open_change.reason == ask.reason and not ask.note:
            return _joined(state, now, answered=True) or []
        if not unchanged:
            # the command run for it (ask.line, «/ubah 3 target 160») explains nothing: never kept as its note
            state.year = versions.record_change(state.year, state.skp, ask.reason, now.date(), ask.note)
            label = versions.reasons()[ask.reason]
            said = (f"Perubahan SKP dicatat: versi {state.year.versions[-1].number} ({label}, {long_date(now)}). Versi "
                    "sebelumnya tetap bisa dilihat dengan /skp versi.")
            fields = draft_save.prompt(state) if draft_save.is_open(state) else []  # an IKI's fields come next
            if ask.note:  # explained already with the reason: kept, not asked again
                return [Reply(f"{said}\nPenjelasan Anda disimpan pada versi ini: «{short(ask.note, 120)}».")] + fields
            if fields:  # no explanation asked beside them
                return [Reply(said)] + fields
            state.year_ask = YearAsk(kind="note")
            return [Reply(f"{said}\nTulis penjelasan singkatnya (misalnya kapan dibahas dengan pimpinan), atau lewati.",
                          [Button("Lewati", "year:note:skip")])]
    return []


def reason_held(state: UserState, replies: list[Reply]) -> None:
    """At the end of a turn, a reason given for a change not made yet («go»): kept while the change waits for its
    answer (a field's value, «Buang IKI N?», /ubah's «Ubah bagian mana?» menu: tester48 P2-2, the reason chosen
    before the menu was asked again after it, tester17 #3 under «Buang IKI N?»), let go otherwise, so it never lets
    a later change through unasked."""
    ask = state.year_ask
    if ask is None or ask.kind != "go" or not state.year.versions or state.skp != state.year.versions[-1].skp:
        return  # (a change made with its reason is recorded by unexplained_change)
    if state.edit is None and not state.confirm.startswith("buang:") and not field_edit.menu_in(replies):
        state.year_ask = None


def versi(state: UserState, rest: str = "") -> list[Reply]:
    """/skp versi: the versions listed; /skp versi 1: that version's IKI."""
    number = re.search(r"\d+", rest)
    if number is None or not state.year.versions:
        return [Reply(versions.versions_text(state.year))]
    try:
        return [Reply(versions.version_text(state.year, int(number.group())))]
    except YearError as missing:
        return [Reply(f"{missing}\n{versions.versions_text(state.year)}")]


def explains(text: str) -> bool:
    """Whether a line after a perubahan explains it (knowledge/perubahan_skp.yaml explanation_words)."""
    return bool(phrase_set("perubahan_skp", "explanation_words").find(tokens(text)))


def reason_changed(state: UserState, key: str) -> list[Reply]:
    """«Alasan lain?» under a perubahan whose reason was read from the user's words: the last version's reason set."""
    last = state.year.versions[-1] if state.year.versions else None
    if last is None or not last.reason or key not in versions.reasons():
        return [Reply("Tidak ada perubahan SKP yang alasannya bisa diganti.")]
    label = versions.reasons()[key]
    if key == last.reason:
        return [Reply(f"Baik, alasan versi {last.number} tetap: {label}.")]
    changed = last.model_copy(update={"reason": key})
    state.year = state.year.model_copy(update={"versions": state.year.versions[:-1] + [changed]})
    return [Reply(f"Alasan versi {last.number} diganti: {label}.")]


def version_note(state: UserState, text: str) -> list[Reply]:
    """The explanation of the perubahan just recorded, kept on its version."""
    state.year_ask = None
    if not state.year.versions or text == "":
        return [Reply(f"Baik, versi {state.year.versions[-1].number} dicatat {versions.NO_NOTE}." if state.year.versions
                      else "Baik, tanpa penjelasan.")]
    last = state.year.versions[-1].model_copy(update={"note": text.strip()[:500]})
    state.year = state.year.model_copy(update={"versions": state.year.versions[:-1] + [last]})
    return [Reply(f"Penjelasan disimpan pada versi {last.number}.")]


def note_answer(state: UserState, text: str) -> tuple[list[Reply], bool]:
    """A line typed under «Tulis penjelasan singkatnya … atau lewati»: (replies, whether the line is answered). An
    explanation is kept on the version; a bare «ok» / «lanjut» is none, and the version is said to be recorded
    without one (never the command or the acknowledgement kept as its note); any other line (work, a question) leaves
    the question said so and is read as what it is (False)."""
    if names_entry(text):  # «hapus c8»: run as the command, never kept as the explanation (tester52 P1-11)
        return version_note(state, ""), False
    if explains(text) and not any(reads_as_iki(line) for line in text.splitlines()):
        return version_note(state, text), True
    reading = classify(text)
    if reading.smalltalk == "ack":
        return version_note(state, ""), True
    if reading.route is Route.unclear and "\n" not in text and not reports_work(text):
        # «ada tambahan formasi dari biro»: no work of its own, no question, right under the question: the why (it was
        # kept as a catatan di luar SKP and the version «tanpa keterangan»; found playing)
        return version_note(state, text), True
    return version_note(state, ""), False


def cancels(text: str) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & {"batal", "gajadi", "cancel"}) or "ga jadi" in text.lower() or "gak jadi" in text.lower() \
        or "tidak jadi" in text.lower() or "nggak jadi" in text.lower()


def transfer_path(state: UserState) -> list[Reply]:
    """A mutasi told in words («sy kena mutasi per 1 sept ke Biro Hukum», «SKP nya hrs diubah ya?»): what changes and
    how, the reason asked once, the old IKI's records kept; on a draft not yet agreed, the draft is simply edited
    (tester22b #7: it was kept as a catatan, or answered with a /rencana proposal)."""
    if not state.year.versions:
        return [Reply("SKP Anda belum ditetapkan, jadi mutasi cukup diikuti dengan mengubah drafnya, tanpa alasan: "
                      "/buang NOMOR untuk IKI unit lama, /ubah NOMOR untuk yang berubah, dan tempel IKI dari unit baru "
                      "(satu per baris); lihat nomornya di /skp. Setelah disepakati dengan atasan di unit baru, ketik "
                      "/tetapkan.")]
    reason = versions.reasons()["struktur"]
    current = "\n".join(f"  {n}. {short(iki.indikator, 70)}" for n, iki in enumerate(state.skp.iki, start=1))
    return [Reply(f"Mutasi atau pindah unit termasuk alasan perubahan SKP: «{reason}». "
                  f"{knowledge.data('perubahan_skp')['procedure']} Di sini langkahnya:\n"
                  "1. IKI unit lama yang tidak dikerjakan lagi: /buang NOMOR (misalnya /buang 4 5).\n"
                  "2. IKI yang tetap tetapi berubah: /ubah NOMOR (target, teks, bobot).\n"
                  "3. IKI dari unit baru: tempel kalimat IKI-nya dengan targetnya, satu per baris.\n"
                  "4. Unit kerja dan atasan di berkas: /profil unit NAMA UNIT BARU dan /profil atasan NAMA ATASAN "
                  "BARU.\n"
                  "Alasannya saya tanyakan pada perubahan pertama (jawab «mutasi»); untuk perubahan lain di hari yang "
                  "sama cukup jawab «Sama», maka masuk versi yang sama. Realisasi dan catatan IKI lama tetap tersimpan dan ikut /ekspor (lembar "
                  f"«Versi SKP»).\nIKI Anda sekarang:\n{current}")]
