"""«Simpan ke draf»: an IKI checked by /cek, picked from its suggestions, drafted by /rhk or passed in a pasted list
is saved to the SKP draft, then asked for what it lacks (target, satuan, data awal, jenis, bobot) with the same
questions as PRIMA step M (iki_fields.py). A suggestion picked, or an IKI given its target (in the same message
or right after the verdict), is saved at once; otherwise the button saves it. A spelling fix is saved only when the
user picks it."""

import re
from dataclasses import replace

from bot import knowledge, render
from bot.conversation import draft_weights, fill_at_once, list_summary, named_targets, save_undo
from bot.conversation.answers import (
    MAX_VALUE_WORDS,
    corrections,
    fields_in,
    one_share,
    picks_by_number,
    read_answer,
    typed_target,
    unlikely_value,
)
from bot.conversation.choices import typed_choice
from bot.conversation.iki_fields import NUMBER_FIELDS, Fields, short, target_fitted
from bot.conversation.prima import suggest_jenis
from bot.conversation.replies import Button, Reply, use_buttons
from bot.conversation.spelling import spelling_fixes, without_fixes
from bot.conversation.state import Drafting, FillState, UserState
from bot.conversation.target_unit import is_unit
from bot.conversation.targets_ahead import without_closing_words
from bot.knowledge import policy
from bot.lang.numbers import format_number, parse_target
from bot.lang.text import PhraseSet, phrase_set, save_approvals, tokens
from bot.lang.values import Number, numbers_in
from bot.lang.words import stem
from bot.models import Candidate, Finding, IkiDraft, IkiResult, Jenis
from bot.rules import check_iki
from bot.rules.analysis import implied_satuan
from bot.rules.draft_reading import count_inside, read
from bot.rules.measures import aspek_of
from bot.rules.skp_rules import is_mandatory, mandatory_iki
from bot.rules.target_fit import score_read_note, target_misfit
from bot.rules.weights import overshoot
from bot.skp.readiness import missing_fields
from bot.skp.rhk import draft_rhk

SAVE = Button("Simpan ke draf", "fill:save")
_QUOTED = re.compile(r"«([^«»]+)»")
FIELD_NAMES = {"target": "target", "satuan": "satuan", "baseline": "data awal", "jenis": "jenis", "bobot": "bobot",
               "triwulan_selesai": "triwulan selesai"}
CANCEL = Button("Selesai dulu", "fill:cancel")


def _holder(state: UserState) -> Drafting | None:
    fill = state.fill
    if fill is not None and fill.index is not None and fill.index < len(state.skp.iki):
        fill.current = state.skp.iki[fill.index]  # the saved IKI itself: every answer lands in the draft
    return fill


def _extra(state: UserState) -> list[Button]:
    return ([SAVE] if state.fill.index is None else []) + [CANCEL]


def is_open(state: UserState) -> bool:
    """Waiting for a typed value (not while only the «Simpan ke draf» button answers)."""
    fill = state.fill
    return bool(fill and fill.field and (fill.current is not None or fill.index is not None))


def offer(state: UserState, draft: IkiDraft, verdict: IkiResult | None = None) -> tuple[list[Button], str]:
    """Keep `draft` until «Simpan ke draf». A reading that fixed the spelling offers both texts. Returns the buttons
    and a note on an earlier IKI left incomplete."""
    note = _left_behind(state)
    typed = ""
    if verdict is not None and verdict.read_as:
        fixes = spelling_fixes(draft.indikator, verdict.read_as)
        tidy = without_fixes(verdict.read_as, fixes)
        typed = tidy if fixes else ""
        draft = draft.model_copy(update={"indikator": verdict.read_as, "target": draft.target or verdict.target_read})
    bare = numbers_in(draft.target or "")
    if len(bare) == 1 and bare[0].unit is None:  # «…, target 90» for a Persentase is 90%, as when answered
        FIELDS._set(draft, "target", bare[0])
    # a target typed with the IKI is the last number the user gave: «eh salah, 20 aja» next puts it right
    state.fill = FillState(current=draft, typed=typed, offered_at=len(state.skp.iki),
                           last_number="target" if draft.target else "")
    return offer_buttons(state), note


def offer_buttons(state: UserState) -> list[Button]:
    """The buttons of the IKI waiting for «Simpan ke draf»: both texts when the reading fixed its spelling."""
    if state.fill is not None and state.fill.typed:
        return [Button("Simpan ke draf (ejaan baku)", "fill:save"), Button("Simpan seperti ditulis", "fill:typed")]
    return [SAVE]


def offered(state: UserState) -> bool:
    """An IKI waits for «Simpan ke draf» (not saved yet, no field asked)."""
    fill = state.fill
    return bool(fill and not fill.field and fill.index is None and fill.current is not None)


def offer_reminder(state: UserState) -> list[Reply]:
    """After a question answered while an IKI waits for «Simpan ke draf»: the offer named again with its buttons (the
    question was no target); [] when nothing waits."""
    if not offered(state):
        return []
    buttons = [Button("Simpan ke draf (ejaan baku)", "fill:save"), Button("Simpan seperti ditulis", "fill:typed")] \
        if state.fill.typed else [SAVE]
    return [Reply(f"(Masih menunggu: «{short(state.fill.current.indikator, 60)}». Tulis targetnya, misalnya 90%, "
                  "atau jawab «ya simpan» (boleh dengan jenisnya, misalnya «tusi aja»), atau pilih «Simpan ke draf».)", buttons)]


def takes_offer(state: UserState, text: str) -> bool:
    """«simpan ke draf» typed while an IKI waits for «Simpan ke draf»; or, with no suggestion on offer, «Pakai usulan 1»
    (a button guessed, or an old one's label) or «pake yg kakak aja»: this IKI is the one to save (the «1» no target)."""
    if not offered(state):
        return False
    if typed_save(text):
        return True
    short_take = read_answer(text).takes_suggestion and len(tokens(text)) <= MAX_VALUE_WORDS
    return not state.candidates and not _stale(state) and (picks_by_number(text) or short_take)


def said_yes(text: str) -> bool:
    """«ok simpan», «tusi aja», «iya simpan, jenisnya tusi»: a yes to «Simpan ke draf?» in words (conversation.yaml
    offer_yes_words); a number, a question, a refusal or any other word is none (then read as what it is)."""
    words = tokens(text)
    if not words or len(words) > MAX_VALUE_WORDS or "?" in text or any(ch.isdigit() for ch in text) \
            or declines(text):
        return False
    found = _yes_words()
    return all(w in found["any"] for w in words) and (
        any(w in found["yes"] for w in words) or read_answer(text).jenis is not None)


def take_offer(state: UserState, text: str) -> list[Reply]:
    """The waiting IKI saved as «Simpan ke draf» does, with the jenis the message names («tusi aja»: Core TUSI, over
    the one the flow guessed)."""
    jenis = read_answer(text).jenis
    if jenis is not None:
        state.fill.current.jenis = jenis
    return on_button(state, "save", "")


@knowledge.cached
def _yes_words() -> dict[str, frozenset]:
    data = knowledge.data("conversation")
    yes = frozenset(save_approvals() + data["list_add"])
    jenis = {w for phrases in data["jenis"].values() for p in phrases for w in tokens(p)}
    return {"yes": yes, "any": yes | jenis | frozenset(data["pick_all_between"] + data["offer_yes_words"])}


def _stale(state: UserState) -> bool:
    """Another IKI was saved since this one was offered: a guessed «Pakai usulan 1» no longer points at it."""
    at = state.fill.offered_at
    return at is not None and len(state.skp.iki) != at


def finding_candidates(verdict: IkiResult) -> list[Candidate]:
    """The IKI a warning's suggestion spells out («Misalnya «Persentase SPM yang diterbitkan sesuai standar waktu
    layanan» …»), each re-checked by the rules, so they can be picked («Pakai usulan N») like the rewriter's."""
    quoted = [q for f in verdict.findings if f.suggestion for q in _QUOTED.findall(f.suggestion)]
    return [Candidate(indikator=q, satuan=implied_satuan(IkiDraft(indikator=q)) or "", alasan="saran pemeriksaan di atas")
            for q in dict.fromkeys(quoted) if not check_iki(IkiDraft(indikator=q)).has_error]


def typed_save(text: str) -> bool:
    """«simpan ke draf» typed (the terminal, or a user who types) instead of tapped; a number is an answer."""
    return not any(ch.isdigit() for ch in text) and typed_choice(text, [SAVE.label]) == 0


def set_target(draft: IkiDraft, number: Number) -> None:
    FIELDS._set(draft, "target", number)


def late_correction(state: UserState, text: str) -> list[Reply]:
    """«eh salah, 90 aja» with no question open (the target question let go after other commands): the value goes to
    the one IKI of the draft still without a target, said back; with none or several, where to write it instead. []
    when the message corrects no single value, or a question is open (it takes the correction)."""
    number = typed_target(text)
    if number is None or not read_answer(text).correction or is_open(state) or offered(state) or not state.skp.iki:
        return []
    done = _completed_correction(state, number)
    if done:
        return done
    missing = [n for n, iki in enumerate(state.skp.iki) if not iki.target]
    if len(missing) != 1:
        return [Reply(f"«{short(text, 40)}»: nilai mana yang diganti? Tidak ada pertanyaan yang sedang terbuka. Tulis "
                      f"/ubah NOMOR target {number.text}, atau /ubah NOMOR bobot ANGKA (nomornya ada di /skp).")]
    iki = state.skp.iki[missing[0]]
    if misfit := target_fitted(iki, number):
        return [Reply(f"IKI {missing[0] + 1} «{short(iki.indikator, 60)}»: {misfit} Tulis /ubah {missing[0] + 1} "
                      "target ANGKA.")]
    return [Reply(f"Target IKI {missing[0] + 1} «{short(iki.indikator, 60)}»: {render.target_text(iki)} (satu-satunya "
                  f"IKI yang belum bertarget). Bila maksud Anda yang lain, ubah dengan /ubah NOMOR target ANGKA.")]


def _completed_correction(state: UserState, number: Number) -> list[Reply]:
    """«eh salah, 20 aja» right after the field questions completed an IKI (its bobot 30 typed last): that value put
    right as its question would have, said back with how to change another; [] when no IKI was completed or its
    last number field is unknown. A weight past the guidance is refused as the question refuses it."""
    at, field = state.completed, state.completed_field
    if at is None or at >= len(state.skp.iki) or field not in NUMBER_FIELDS:
        return []
    iki = state.skp.iki[at]
    if field == "bobot":
        reason = overshoot(state.skp, iki.jenis, number.value, skip=at) if iki.jenis else None
        if reason:
            return [Reply(f"{reason} Ubah dengan /ubah {at + 1} bobot ANGKA.")]
        iki.bobot = number.value
    elif field == "target" and (misfit := target_misfit(iki, number.text)):
        return [Reply(f"IKI {at + 1} «{short(iki.indikator, 60)}»: {misfit} Tulis /ubah {at + 1} target ANGKA.")]
    else:
        FIELDS._set(iki, field, number)
    shown = f"{format_number(iki.bobot)}%" if field == "bobot" else getattr(iki, field)
    return [Reply(f"IKI {at + 1} «{short(iki.indikator, 60)}»: {FIELD_NAMES[field]} diganti jadi {shown}. Bila maksud "
                  f"Anda nilai lain, ubah dengan /ubah NOMOR target/bobot ANGKA.")]


def offer_target(state: UserState, text: str) -> list[Reply]:
    """A target typed while the offer waits («98%», «target seratus persen», «ga jadi deh 90 aja»): it is this IKI's
    target, kept for the save; [] when the message holds no single number (then it is read as what it is). A
    sentence that names the target with its number («targetnya harus 0 dong masa boleh mati», d4-spesialis01: checked
    as an IKI, the offer lost) gives it too, unless it asks."""
    number = typed_target(text) or (read_answer(text).named.get("target") if "?" not in text else None)
    current = state.fill.current
    if number is None or number.unit not in (None, "%") and not is_unit(number.unit, current.indikator):
        return []  # «no 5 apus aja»: no target «5 apus», read as what it is (tester48 X-1)
    if _another_iki(text, current):  # «Persentase kultur …, target 70%» is an IKI of its own (d23-dev03); the one
        return []  # offered is never saved unasked: it may be a question misread as an IKI (day-one kt09)
    if unlikely_value(current, "target", number) and not state.fill.typed:  # «12» for a rising Persentase: asked
        saved = _save(state)
        if state.fill.current is not current or state.fill.field != "target":
            return saved
        return saved[:1] + FIELDS.ask_back(state, number, text)
    if misfit := target_misfit(current, number.text):  # «160 SK» on a Persentase: saved without it, asked back
        saved = _save(state)
        if state.fill.current is not current or state.fill.field != "target":
            return [Reply(misfit)] + saved
        return saved[:1] + [Reply(misfit)] + FIELDS.prompt(state)
    FIELDS._set(current, "target", number)
    said = f"Target {render.target_text(current)} dicatat untuk «{short(current.indikator, 80)}»."
    jenis = read_answer(text).jenis
    if jenis is not None and current.jenis is None:  # «ok tusi. target 90»: the jenis typed with it, never lost
        current.jenis = jenis
        said += f" Jenis: {jenis.label}."
    if state.fill.typed:  # two spellings on offer: the user picks which one is saved
        buttons = [Button("Simpan ke draf (ejaan baku)", "fill:save"), Button("Simpan seperti ditulis", "fill:typed")]
        return [Reply(f"{said} Simpan ke draf SKP? Jenis dan bobotnya saya tanyakan sesudahnya.", buttons)]
    return [Reply(said)] + _save(state)  # the user answered the verdict: the IKI goes into the draft now


def _another_iki(text: str, current: IkiDraft) -> bool:
    """A whole IKI sentence with its target, typed while another IKI's «Simpan ke draf» waits: most of its words are
    not the offered IKI's (the offered IKI typed again with its target is its target)."""
    from bot.conversation.typed_work import new_iki_in

    typed = new_iki_in(text)
    if typed is None:
        return False
    words = {w for w in tokens(typed) if not any(ch.isdigit() for ch in w)}
    shared = words & set(tokens(current.indikator))
    # only one the rules pass is taken as its own: a failing one would be left unsaved where its target was kept
    return len(words) >= 4 and len(shared) < len(words) / 2 \
        and not check_iki(IkiDraft(indikator=fields_in(typed).indikator or typed)).has_error


def save_offered(state: UserState, asked: bool = False) -> list[Reply]:
    """An IKI that passed the rules with its target in the same message, or asked to be added (`asked`: «tambah
    Persentase …», d8-elektromedis01), is saved at once, then asked what it lacks (no «Simpan ke draf» to find
    first); [] when it waits for a choice (no target yet, or two spellings)."""
    if not offered(state) or (state.fill.current.target is None and not asked) or state.fill.typed:
        return []
    return _save(state)


def save_now(state: UserState, draft: IkiDraft, line: int = 0) -> list[Reply]:
    """A suggestion picked («Pakai usulan N»): saved to the draft now, then asked its target and the other fields.
    line: the pasted list's line it took the place of, so «7 itu 95%» can name it later."""
    note = _left_behind(state)
    state.fill = FillState(current=draft)
    replies = _save(state)
    at = next((i for i, iki in enumerate(state.skp.iki) if iki.indikator == draft.indikator), None)
    if line and state.fill is not None and at is not None:
        state.fill.lines[str(line)] = at
    return ([Reply(note)] if note else []) + replies


def mandatory_target(state: UserState, draft: IkiDraft) -> Reply | None:
    """«IP ASN 85» when the draft already holds the mandatory IKI (a pasted «Indeks Profesionalitas ASN»): the
    number is its target, not a second copy; None when the draft has none (then it is added)."""
    saved = next((n for n, iki in enumerate(state.skp.iki) if is_mandatory(iki)), None)
    if saved is None:
        return None
    iki = state.skp.iki[saved]
    if draft.target:
        iki.target, iki.satuan = draft.target, iki.satuan or draft.satuan
    iki.jenis = iki.jenis or draft.jenis
    iki.bobot = draft.bobot if draft.bobot is not None else iki.bobot
    return Reply(f"IKI wajib sudah ada di draf sebagai IKI ke-{saved + 1} («{short(iki.indikator, 60)}»)"
                 + (f"; targetnya kini {render.target_text(iki)}." if draft.target else "; tidak saya tambah lagi."))


def save_many(state: UserState, drafts: list[IkiDraft], lines: list[int] | None = None,
              last: frozenset[int] = frozenset(), ask: bool = True) -> list[Reply]:
    """Several IKI at once (a pasted list): all saved now, then completed one after another. lines: the list line
    each came from, so «7 itu 95%» can name them later. Suggestions shown before (a line's «Rincian») are no longer the
    question on screen: a target typed next is for these IKI, not for a suggestion to pick. last: the list lines
    saved as typed though the rules refuse them, asked after the others (their words are to change first). ask: False
    saves and says so only, the fields asked later (`ask_fields`: the other lines of a «simpan semua» decided first)."""
    state.candidates, state.candidate_target, state.candidate_work = [], "", ""
    as_before = [iki.model_copy(deep=True) for iki in state.skp.iki]  # for «undo» (save_undo)
    left = state.skp.iki[state.fill.index] if state.fill and state.fill.index is not None \
        and state.fill.index < len(state.skp.iki) else None  # named once the list's order is kept: its number then
    drafts, lines, merged = _once_each(drafts, lines)
    twins = [(n, draft) for n, draft in enumerate(drafts) if _twin(state, draft) is not None]
    for _, draft in twins:  # a line picked again: the saved IKI takes its target, no copy is made
        _merge_twin(state, _twin(state, draft), draft)
    held = [state.skp.iki[_twin(state, draft)] for _, draft in twins]
    if twins:
        named = {str(lines[n]): _place(state, iki) for (n, _), iki in zip(twins, held) if lines and n < len(lines)}
        kept = [n for n in range(len(drafts)) if n not in {t for t, _ in twins}]
        drafts = [drafts[n] for n in kept]
        lines = [lines[n] for n in kept if n < len(lines)] if lines else lines
        if not drafts:
            lacking = [_place(state, iki) for iki in held if iki.target is None]
            if lacking and not is_open(state):  # every line saved before (the list completed itself, d6-apoteker01):
                said = f"Sudah ada di draf (tidak disimpan dua kali): IKI {', '.join(str(i + 1) for i in lacking)}."
                state.fill = FillState(index=lacking[0], queue=lacking[1:], lines=named)  # asked in turn, as a save
                return [Reply(said)] + _next(state, start=True)  # of them would («100, 95, 2, …» their targets)
            return [Reply(_saved_note(state, left, held))] + (prompt(state) if is_open(state) else [])
    misfits = []
    for draft in drafts:
        draft.rhk = draft.rhk or next(iter(draft_rhk(draft.indikator)), None)
        if draft.target and (misfit := target_misfit(draft, draft.target)):  # «160 SK» on a Persentase: asked back
            misfits.append((draft, misfit))
            unit = parse_target(str(draft.target)).unit
            draft.target, draft.satuan = None, None if draft.satuan == unit else draft.satuan  # «SK» went with it
        if is_mandatory(draft):  # «Nilai IP ASN 85» from a list: its jenis and satuan are known
            known = mandatory_iki()
            draft.jenis, draft.satuan = draft.jenis or known.jenis, draft.satuan or known.satuan
        state.skp.iki.append(draft)
    before = {id(iki): n for n, iki in enumerate(state.skp.iki[:len(state.skp.iki) - len(drafts)])}
    from_list = _in_list_order(state, drafts, lines)
    moved = [(before[id(iki)], n, iki) for n, iki in enumerate(state.skp.iki)
             if id(iki) in before and before[id(iki)] != n]
    indices = [_place(state, draft) for draft in drafts]
    # every IKI of the draft saved before and still without a target is asked in its turn, in the draft's order,
    # never left behind (the same list's lines; play40 F8: an IKI saved alone before the paste, its question let go,
    # was skipped and still «belum punya target» in /ekspor)
    # (one IKI saved alone is asked first, as before: the earlier ones wait for their own turn)
    earlier = [i for i, iki in enumerate(state.skp.iki) if i not in indices and iki.target is None
               and (len(drafts) > 1 or id(iki) in from_list)]
    before_list = [i for i in earlier if id(state.skp.iki[i]) not in from_list]  # said, so its question is no surprise
    asked = sorted(indices + earlier)
    if last and lines:  # a line kept as typed for want of a suggestion: asked after those that pass
        kept_last = {index for line, index in zip(lines, indices) if line in last}
        asked = [i for i in asked if i not in kept_last] + [i for i in asked if i in kept_last]
    if left is not None and _place(state, left) in earlier:
        left = None
    note = " ".join(filter(None, [_saved_note(state, left, held), _merged_note(merged, bool(lines))]))
    said = [f"{len(drafts)} IKI tersimpan ke draf; draf Anda kini {len(state.skp.iki)} IKI." + (f" {note}" if note else "")
            + _over_the_range(state, len(drafts))]
    said += [f"{index + 1}. {state.skp.iki[index].indikator}{_given(state.skp.iki[index])}" for index in indices]
    said += [f"IKI {_place(state, draft) + 1}: {misfit}" for draft, misfit in misfits]
    if moved:  # an IKI the user knows by its number never changes it unsaid
        said.append("Urutan draf mengikuti daftar Anda, jadi nomornya bergeser: " + "; ".join(
            f"«{short(iki.indikator, 50)}» kini IKI {new + 1} (sebelumnya {old + 1})" for old, new, iki in moved) + ".")
    if before_list:
        said.append(f"IKI {_joined_numbers([i + 1 for i in before_list])} yang tersimpan sebelumnya juga belum punya "
                    "target, jadi ikut saya tanyakan sesuai urutan draf.")
    if not ask:
        save_undo.remember(state, as_before)
        return [Reply("\n".join(said))]
    if at_once := fill_at_once.hint([state.skp.iki[index] for index in asked]):  # the fast path, said once
        said.append(at_once)
    named = {str(line): index for line, index in zip(lines or [], indices)}
    named |= {str(repeat): named[str(first)] for repeat, first in merged if str(first) in named}  # «8 itu 95%» too
    state.fill = FillState(index=asked[0], queue=asked[1:], lines=named)
    save_undo.remember(state, as_before)
    return [Reply("\n".join(said))] + _next(state, start=True)


def ask_fields(state: UserState, named: dict[str, int]) -> list[Reply]:
    """The IKI saved from a list's lines (line → its place in the draft) asked their fields in the draft's order, as
    a save of them would; [] when none is there."""
    asked = sorted({index for index in named.values() if index < len(state.skp.iki)})
    if not asked:
        return []
    hint = fill_at_once.hint([state.skp.iki[index] for index in asked])
    state.fill = FillState(index=asked[0], queue=asked[1:], lines=named)
    return ([Reply(hint)] if hint else []) + _next(state, start=True)


def ask_added(state: UserState, before: int) -> list[Reply]:
    """The IKI a message added to the draft past its first `before` («…, tambah IP ASN MI 5») asked what they lack:
    at once when nothing is asked, after the IKI being completed otherwise; [] when none was added."""
    added = list(range(before, len(state.skp.iki)))
    if not added:
        return []
    if is_open(state) and state.fill.index is not None:
        state.fill.queue += [i for i in added if i not in state.fill.queue]
        return []
    state.fill = FillState(index=added[0], queue=added[1:])
    return _next(state, start=True)


def ask_these(state: UserState, indices: list[int]) -> list[Reply]:
    """These IKI of the draft (0-based) asked what they lack: at once when nothing is asked, after the IKI being
    completed otherwise; [] when none is there."""
    indices = sorted({i for i in indices if i < len(state.skp.iki)})
    if not indices:
        return []
    if is_open(state) and state.fill.index is not None:
        state.fill.queue += [i for i in indices if i not in state.fill.queue and i != state.fill.index]
        return []
    state.fill = FillState(index=indices[0], queue=indices[1:])
    return _next(state, start=True)


def _over_the_range(state: UserState, saved: int) -> str:
    """« Itu lebih dari 10 …» when a save of several takes the draft past the guidance's maximum (tester20a #17: 12
    and 30 IKI were saved without a word); "" otherwise."""
    count = policy().iki_count
    if saved < 2 or len(state.skp.iki) <= count.max or state.skp.peran.value not in count.roles:
        return ""
    return (f" Itu lebih dari {count.max} IKI, batas panduan untuk pegawai non pimpinan ({count.min}–{count.max}): "
            "pertahankan yang berbasis output, gabungkan yang mirip, pindahkan kegiatan ke rencana aksi, lalu buang "
            "sisanya dengan /buang NOMOR (bisa beberapa sekaligus, misalnya /buang 3 7 9).")


def add_mandatory(state: UserState, draft: IkiDraft) -> list[Reply]:
    """«IP ASN 85»: its target when the draft holds the mandatory IKI; else saved, after the IKI being completed
    when one is asked about, now otherwise."""
    known = mandatory_target(state, draft)
    asking = is_open(state) and state.fill.index is not None
    if known:
        return [known] + (prompt(state) if asking else [])
    shared = _mandatory_weighted(state, draft)
    added = add_later(state, draft) if asking else save_many(state, [draft])
    return added[:1] + shared + added[1:]


def _mandatory_weighted(state: UserState, draft: IkiDraft) -> list[Reply]:
    """The mandatory IKI added to a draft whose other IKI all have weights («tusi semua, bagi rata» came first):
    given the Core MI share left (`draft_weights.mandatory_share_left`), said so; [] otherwise (its weight asked)."""
    share = draft_weights.mandatory_share_left(state.skp) if draft.bobot is None else None
    if share is None:
        return []
    draft.bobot = share
    return [Reply(f"Bobotnya Core MI {format_number(share)}%, bagian Core yang disisakan untuknya.")]


def declines(text: str) -> bool:  # not cached: keyed by every message, a cache would grow for as long as the bot runs
    """«yaudh gajadi», «ga jadi deh» alone: a short message taking back what was just offered (conversation.yaml
    unsave), pointing at nothing else (no number, no unsave_pointers)."""
    words = tokens(text)
    pointers = set(knowledge.data("conversation")["unsave_pointers"])
    return len(words) <= MAX_VALUE_WORDS and not any(ch.isdigit() for ch in text) and not pointers & set(words) \
        and _unsave().find(words) is not None


def asks_why(state: UserState, text: str) -> bool:
    """«kenapa ga boleh sih?» while a saved IKI is asked its fields, naming no other IKI (conversation.yaml
    asks_why): a question about that IKI's findings."""
    words = tokens(text)
    return state.fill is not None and state.fill.index is not None and not any(ch.isdigit() for ch in text) \
        and bool(phrase_set("conversation", "asks_why").find(words))


@knowledge.cached
def _unsave() -> PhraseSet:
    """conversation.yaml unsave, with taking_back `not_after_all`."""
    return PhraseSet(knowledge.taking_back("not_after_all") + knowledge.data("conversation")["unsave"])


def unsaves(state: UserState, text: str) -> bool:
    """«oke ga jadi, buang» while the IKI just saved is asked its fields (conversation.yaml unsave), with no number
    in it (a value, or another IKI named by its number, is something else)."""
    fill = state.fill
    words = tokens(text)
    found = _unsave().find(words)
    if fill is None or fill.index is None or not fill.field or any(ch.isdigit() for ch in text) or not found \
            or fill.waited:  # only the first message at the question: later, «ga jadi» is about what came between
        return False
    start, phrase = found
    pointers = set(knowledge.data("conversation")["unsave_pointers"])
    outside = words[:start] + words[start + len(phrase):]
    return not pointers & set(outside)


def replaced_by(state: UserState, text: str) -> bool:
    """«eh salah, sy mau tulis sendiri aja: Persentase …» while the IKI just saved (a suggestion picked) is asked its
    first field: a change of mind, so the new IKI replaces it (only when nothing of it was answered yet and no other
    saved IKI waits behind it)."""
    fill = state.fill
    if fill is None or fill.index is None or not fill.field or fill.queue or fill.index >= len(state.skp.iki):
        return False
    iki = state.skp.iki[fill.index]
    untouched = iki.target is None and iki.jenis is None and iki.bobot is None
    return untouched and read_answer(text).correction


def unsave(state: UserState) -> list[Reply]:
    """The IKI being completed taken out of the draft (the save undone); the ones queued after it follow."""
    fill = state.fill
    dropped = state.skp.iki.pop(fill.index)
    queue = [i - 1 if i > fill.index else i for i in fill.queue if i != fill.index]
    said = Reply(f"Baik, «{short(dropped.indikator, 60)}» tidak jadi disimpan: sudah saya keluarkan dari draf. Draf Anda "
                 f"kini {len(state.skp.iki)} IKI.")
    state.fill, state.completed = None, None
    if queue:
        state.fill = FillState(index=queue[0], queue=queue[1:])
        return [said, Reply(f"Berikutnya IKI ke-{queue[0] + 1}:")] + _next(state, start=True)
    return [said]


def keep_beside(state: UserState, draft: IkiDraft) -> Reply:
    """«IP ASN 85», «Beyond: Jumlah …, 1 program, 20%» while another flow asks (the MPPH's method): saved (or the
    mandatory IKI's target set) with no question of its own, so the open question stays the one answered next."""
    known = mandatory_target(state, draft) if is_mandatory(draft) else None
    if known:
        return known
    draft.indikator = check_iki(draft).read_as or draft.indikator
    draft.rhk = draft.rhk or next(iter(draft_rhk(draft.indikator)), None)
    state.skp.iki.append(draft)
    count = len(state.skp.iki)
    # a Beyond IKI's share is the table's one place above Core (policy.yaml beyond_total): named, so the user knows
    # the number to write (d21-dev01, d22-dev03: «Beyond: …» saved with no word of its weight)
    beyond = f" (Beyond menurut panduan {policy().weights.beyond_total}%, di atas Core 100%)" \
        if draft.jenis is Jenis.beyond else ""
    weight = f", bobot {format_number(draft.bobot)}%." if draft.bobot is not None \
        else f". Bobotnya lengkapi nanti dengan /ubah {count} bobot{beyond}."
    return Reply(f"Tersimpan ke draf sebagai IKI ke-{count}: «{draft.indikator}»{_with_target(draft)}, "
                 f"{draft.jenis.label if draft.jenis else 'Core MI'}{weight}")


def ends_asking(replies: list[Reply], state: UserState) -> bool:
    """The replies already end with the open field's question (so it is not asked twice)."""
    return bool(replies) and is_open(state) and replies[-1].text == prompt(state)[-1].text


def _given(iki: IkiDraft) -> str:
    """« (target 80%, Core TUSI, bobot 25%)» after an IKI just saved: its target and, when a weight was given, the
    weight with its jenis, so the user sees each was taken (d15-xxx05: «tusi 25» kept unsaid)."""
    typed = [f"target {render.target_text(iki)}"] if iki.target else []
    if typed and iki.bobot is not None:
        typed += [iki.jenis.label] if iki.jenis is not None else []
        typed += [f"bobot {format_number(iki.bobot)}%"]
    return f" ({', '.join(typed)})" if typed else ""


def add_later(state: UserState, draft: IkiDraft) -> list[Reply]:
    """Another IKI named while this one is asked about: saved now, completed after this one."""
    draft.rhk = draft.rhk or next(iter(draft_rhk(draft.indikator)), None)
    state.skp.iki.append(draft)
    state.fill.queue.append(len(state.skp.iki) - 1)
    count = len(state.skp.iki)  # the count said last is the draft's: «Draf Anda kini 5 IKI» above it is out of date
    typed = [f"target {render.target_text(draft)}"] if draft.target not in (None, "") else []
    typed += [f"bobot {format_number(draft.bobot)}%"] if draft.bobot is not None else []  # «IP ASN 85 sama bobot 10»
    given = f" ({', '.join(typed)})" if typed else ""
    return [Reply(f"«{short(draft.indikator)}»{given} tersimpan sebagai IKI ke-{count}; bagian "
                  f"yang kurang saya tanyakan sesudah IKI ini. Draf Anda kini {count} IKI.")] + FIELDS.prompt(state)


def add_asked(state: UserState, typed: str) -> list[Reply] | None:
    """«tambah persentase pemeliharaan preventif sesuai jadwal» while a field of an IKI in the draft is asked: asked to
    be added, one that passes the rules with no target typed is saved now as read and completed after this one
    (`add_later`), the question asked again; never the IKI asked let go for a «Simpan ke draf?» offer (d12-tem04).
    None when it fails the rules, comes with a target (saved and asked at once, as before), or the draft holds it."""
    fill = state.fill
    if fill is None or fill.index is None or fill.field == "satuan" or numbers_in(typed):
        return None
    verdict = check_iki(IkiDraft(indikator=typed))
    read_as = verdict.read_as or typed
    read_as = read_as[:1].upper() + read_as[1:]  # «persentase …» typed mid-sentence starts the IKI
    if verdict.has_error or held_at(state, read_as) is not None or twin_as_read(state, typed) is not None:
        return None
    return add_later(state, IkiDraft(indikator=read_as))


def keep_untargeted(state: UserState, draft: IkiDraft) -> Reply:
    """An IKI the user asked to add, its target asked and another message typed instead: saved without a target (after
    the IKI being completed when one is asked about), said so with how to give it one."""
    draft.rhk = draft.rhk or next(iter(draft_rhk(draft.indikator)), None)
    if is_mandatory(draft) and draft.bobot is None:
        draft.bobot = draft_weights.mandatory_share_left(state.skp)
    state.skp.iki.append(draft)
    count = len(state.skp.iki)
    if is_open(state) and state.fill.index is not None:
        state.fill.queue.append(count - 1)
        return Reply(UNTARGETED_QUEUED.format(name=short(draft.indikator), n=count))
    return Reply(UNTARGETED.format(name=short(draft.indikator), n=count))


UNTARGETED = ("«{name}» saya simpan ke draf sebagai IKI ke-{n}, targetnya belum ada: isi dengan /ubah {n} target ANGKA, "
              "misalnya /ubah {n} target 85.")
UNTARGETED_QUEUED = ("«{name}» saya simpan ke draf sebagai IKI ke-{n}, targetnya belum ada: saya tanyakan sesudah IKI "
                     "yang sedang diisi, atau isi dengan /ubah {n} target ANGKA.")


def _with_target(draft: IkiDraft) -> str:
    """« (target 95%)» after a saved IKI's name when the message gave its target, so the user sees it was taken."""
    return f" (target {render.target_text(draft)})" if draft.target not in (None, "") else ""


def targets_in_order(state: UserState, text: str) -> list[Reply]:
    """«95 90 85» while the first of several IKI saved together is asked its target: one target each, in order;
    [] when the count of numbers is not the count of IKI waiting (then it is an answer to the question); as many
    numbers as the draft has IKI without a target («target: 95, 90, …» for all of them) go to those in order. Fewer
    numbers alone («95 90 85» for 4 IKI) go to the first ones in order: none is lost, the rest are asked in turn."""
    fill = state.fill
    if fill.current is not None and one_share(text, fill.current.indikator):
        return []  # «3/4» at a Persentase's question: its one value, 75% (tester57 F5)
    waiting = [fill.index] + list(fill.queue) if fill.index is not None else []
    corrected = _correction_split(text)
    if corrected:  # «95, 80, 80 — eh salah yg kepuasan 85 aja»: the targets in order, then the one named put right
        open_before = [i for i in dict.fromkeys(waiting + [i for i, iki in enumerate(state.skp.iki) if not iki.target])]
        replies = targets_in_order(state, corrected[0])
        fixed = _named_fix(state, open_before, corrected[1]) if replies else ""
        if fixed:
            return [replace(replies[0], text=f"{replies[0].text.rstrip()}\n{fixed}")] + replies[1:]
        return replies
    jenis_each = _jenis_each(text)
    if jenis_each:  # «90 CL, 95 CL, 90 TUSI, 2 TUSI, 95 TUSI»: a target and a jenis each, in order
        return _targets_with_jenis(state, *jenis_each)
    then = _then_weights(text)
    if then is not None:  # «target 95, 12, 80, 85. tusi semua, bagi rata»: the jenis and weights read as for all,
        many = draft_weights.typed_for_many(state, then[1]) or draft_weights.evenly(state, then[1])
        if not many:  # (never «85 tusi» as the last target)
            return []
        replies = targets_in_order(state, then[0])
        if not replies:  # the weights kept and said; the targets asked again
            return [Reply(many)] + FIELDS.advance(state, after="")
        return [replies[0], Reply(many)] + replies[1:]
    text = without_closing_words(text)  # «95%, 80%, 85 urut ya»: «urut» is no unit of the last target
    numbers = numbers_in(text)
    words = tokens(_without_numbers(text, numbers))
    untargeted = [i for i, iki in enumerate(state.skp.iki) if iki.target in (None, "")]
    ahead = [i for i in fill.queue if i in untargeted]
    joined = not set(words) - set(knowledge.data("conversation")["number_joins"])  # «80 persen sama 12 daftar»
    if fill.field != "target" and len(numbers) == len(ahead) >= 2 and joined:
        # «90, 100, 95» while the IKI whose target was just given is asked its data awal: no one field takes several
        # numbers; they are the targets of the IKI saved with it, still waiting, in order
        done = [_target_said(state, index, number) for index, number in _paired(state, ahead, numbers)]
        return [Reply("Dicatat, berurutan:\n" + "\n".join(done) + "\nKembali ke IKI ini:")] + prompt(state)
    if len(numbers) > len(waiting) and len(numbers) == len(untargeted) and set(waiting) <= set(untargeted):
        waiting = untargeted  # one number for each IKI of the draft still without a target, in the draft's order
    if fill.field == "target" and len(numbers) > len(waiting) >= 2 and not words:
        # «95, 80, 85, 90» for three IKI waiting: which value is whose cannot be told; none set, and why (never the
        # first value taken for the IKI asked and the rest dropped unsaid)
        asked = ", ".join(str(i + 1) for i in waiting)
        return [Reply(f"Nilai yang Anda tulis ada {len(numbers)}, sedangkan IKI yang menunggu target ada "
                      f"{len(waiting)} (IKI ke-{asked}), jadi belum ada target yang saya pasang: saya tidak bisa "
                      "memastikan nilai mana untuk IKI mana. Tulis satu target untuk setiap IKI itu, berurutan.")] \
            + prompt(state)
    fewer = len(numbers) < len(waiting) and not words
    if fill.field != "target" or len(numbers) < 2 or (len(numbers) != len(waiting) and not fewer) \
            or len(words) > len(numbers):
        return []
    pairs = _paired(state, waiting, numbers)
    done = [_target_said(state, index, number) for index, number in pairs]
    rest = [str(index + 1) for index in waiting[len(numbers):]]
    later = f" IKI ke-{', '.join(rest)} belum bertarget; saya tanyakan gilirannya nanti." if rest else ""
    absolute = _absolute_note(state, [index for index, _ in pairs]).strip()  # «100, 95, …»: a 100% is absolute
    notes = "\n".join(note for note in (later.strip(), absolute) if note)
    return [Reply("Dicatat, berurutan:\n" + "\n".join(done) + "\n" + notes)] + FIELDS.advance(state, after="")


def _jenis_each(text: str) -> tuple[str, list] | None:
    """(the targets alone, the jenis of each) of «90 CL, 95 CL, 90 TUSI, 2 TUSI» (d9-labkes01: «90 CL» refused as a
    percent and «2 TUSI» kept with TUSI as its unit): every clause one value and then a jenis word; None otherwise."""
    clauses = [c.strip() for c in re.split(r"[,;]|,(?!\d)", text) if c.strip()]
    if len(clauses) < 2:
        return None
    targets, kinds = [], []
    for clause in clauses:
        at, answer = draft_weights.jenis_at(clause), read_answer(clause)
        numbers = numbers_in(clause[:at]) if at is not None else []
        if at is None or answer.jenis is None or len(numbers) != 1 or len(tokens(clause[at:])) > 2:
            return None
        targets.append(numbers[0].text)
        kinds.append(answer.jenis)
    return ", ".join(targets), kinds


def _targets_with_jenis(state: UserState, targets: str, kinds: list) -> list[Reply]:
    """The targets in order, each IKI given the jenis typed beside its target first (so its jenis is not asked)."""
    fill = state.fill
    waiting = [fill.index] + list(fill.queue) if fill.index is not None else []
    untargeted = [i for i, iki in enumerate(state.skp.iki) if iki.target in (None, "")]
    if len(kinds) > len(waiting) and len(kinds) == len(untargeted) and set(waiting) <= set(untargeted):
        waiting = untargeted
    if len(kinds) != len(waiting):
        return []
    before = [state.skp.iki[i].jenis for i in waiting]
    for index, kind in zip(waiting, kinds):
        state.skp.iki[index].jenis = kind
    replies = targets_in_order(state, targets)
    if not replies:  # not taken as targets: the jenis put back as they were
        for index, kind in zip(waiting, before):
            state.skp.iki[index].jenis = kind
        return []
    said = "; ".join(f"IKI ke-{i + 1}: {kind.label}" for i, kind in zip(waiting, kinds))
    return [replace(replies[0], text=f"{replies[0].text.rstrip()}\nJenis dicatat: {said}.")] + replies[1:]


def _then_weights(text: str) -> tuple[str, str] | None:
    """(the targets, the jenis and weights) of a message giving both, a sentence each («target 95, 12, 80, 85. tusi
    semua, bagi rata»); None when the sentence after the numbers names no jenis."""
    found = re.search(r"[.;\n]\s*(?=[^\d\s.;])", text)
    if found is None or len(numbers_in(text[: found.start()])) < 2:
        return None
    tail = text[found.end():].strip()
    return (text[: found.start()], tail) if tail and read_answer(tail).jenis is not None else None


def targets_for_draft(state: UserState, text: str) -> str:
    """«target 75 80 100 85 70» with no question of the IKI open: one target each for the draft's IKI still without
    one, in the draft's order (or for every IKI, as many numbers as it has); each IKI's unit follows its measure. ""
    when the message holds more than the word for targets and the numbers, or their count fits neither."""
    text = without_closing_words(text)  # «target 95, 80, 85 urut ya»: no «85 urut»
    numbers = numbers_in(text)
    words = tokens(_without_numbers(text, numbers))
    allowed = knowledge.data("conversation")["draft_targets"]
    # (the word for targets opens it, after words for the rest too: «sisanya target: 85%, 1 modul, 70%, 82»;
    # conversation.yaml list_rest)
    rest = {w for phrase in knowledge.data("conversation")["list_rest"] for w in tokens(phrase)}
    opening = next((w for w in words if w not in rest), None)
    if len(numbers) < 2 or opening not in allowed["leads"] \
            or any(w not in allowed["leads"] + allowed["words"] for w in words):
        return ""
    untargeted = [i for i, iki in enumerate(state.skp.iki) if iki.target in (None, "")]
    every = list(range(len(state.skp.iki)))
    waiting = untargeted if len(numbers) == len(untargeted) else every if len(numbers) == len(every) else None
    if waiting is None:
        return ""
    pairs = _paired(state, waiting, numbers)
    done = [_target_said(state, index, number) for index, number in pairs]
    return "Target dicatat, berurutan:\n" + "\n".join(done) + _absolute_note(state, [index for index, _ in pairs])


@knowledge.cached
def _target_pairs() -> re.Pattern:
    """One target given by the IKI's number: «2 = 90», «no 2: 90», «2) 90», «IKI 5 target 90%», «1 jadi 95»."""
    words = knowledge.data("conversation")["draft_targets"]
    lead = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words["by_number"], key=len, reverse=True))
    aim = "|".join(map(re.escape, words["leads"]))
    becomes = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words["becomes"], key=len, reverse=True))
    mark = rf"[=:)]|\b(?:{aim})\b(?:\s*(?:{becomes})(?!\w))?|(?<!\w)(?:{becomes})(?!\w)"
    return re.compile(rf"(?:\b(?P<lead>{lead})\s*\.?\s*)?(?<![\d.,])(?P<place>\d{{1,2}})(?![\d.,])"
                      rf"\s*(?P<mark>{mark})?\s*(?P<value>\d{{1,4}}(?:[.,]\d+)?\s*%?)", re.IGNORECASE)


UNIT_RULES = ("IKI-UNIT-PERCENT", "IKI-UNIT-COUNT")  # the rules that judge a target against the IKI's measure


def unit_finding(number: Number, indikator: str, satuan: str | None = None) -> Finding | None:
    """What the rules say of a target typed for a line, put on the suggestion picked or the line's new words: «4
    dokumen» is no target of a Persentase, «95%» none of a Jumlah, «150%» none at all; None when it fits."""
    verdict = check_iki(IkiDraft(indikator=indikator, target=number.text, satuan=satuan or None))
    return next((f for f in verdict.findings if f.rule in UNIT_RULES), None)


def _spelled_in_digits(text: str) -> str:
    """The numbers written in words alone («delapan puluh lima persen», «tujuh puluh»), with no unit but «%», put in
    digits, so a pair reads the same whichever way its value was typed; every other character as typed."""
    for number in reversed(numbers_in(text)):
        written = text[number.start:number.end]
        if not any(ch.isdigit() for ch in written) and number.unit in (None, "%"):
            text = f"{text[:number.start]}{format_number(number.value)}{'%' if number.unit else ''}{text[number.end:]}"
    return text


def targets_by_number(state: UserState, text: str, several: bool = False) -> str:
    """«2 = 90, 5 = 90, 6 = 100», «no 2: 90», «2) 90 3) 85»: each target given to the IKI its number names, in the
    draft's numbers. "" when a pair is written with no mark between the number and its target (a lead word, «=»,
    «:», «)»), a number names no IKI of the draft, or anything but the pairs, their joins and the words for targets
    is typed; and with `several` (one IKI's target question), when one pair is typed without a word naming an IKI's
    number before it («no1 90, no2 95», «no 2 90», «nomor 3: 85» there; never «2) 90» alone)."""
    text = _spelled_in_digits(text)  # «yg 1 delapan puluh lima persen» is «yg 1 85%» (d13-pkm06)
    found = list(_target_pairs().finditer(text))
    if not found or any(not (m["lead"] or m["mark"]) for m in found) \
            or several and len(found) < 2 and not found[0]["lead"]:
        return ""
    words = knowledge.data("conversation")["draft_targets"]
    # each value with the unit word typed after it («no2 12 dok»: the rules judge it against the IKI's measure)
    values = [numbers_in(text[m.start("value"): nxt.start() if nxt else len(text)])[0]
              for m, nxt in zip(found, [*found[1:], None])]
    spans = [(m.start(), m.start("value") + value.end) for m, value in zip(found, values)]
    left = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(text))
    # «…, sisanya 100» (d12-ent06): one value for every other IKI still without a target
    clauses = [c for c in re.split(r"[,;]|\.\s", left) if c.strip()]
    rest_number = None
    if several and clauses and (rest_number := named_targets.rest_value(clauses[-1])) is not None:
        left = " ".join(clauses[:-1])
    rest = tokens(left)
    # «eh salah, no 3 20 aja»: a correction's opener (conversation.yaml `restates`) is no other content
    said = words["leads"] + words["words"] + [w for phrase in knowledge.data("conversation")["restates"]
                                              for w in phrase.split()]
    if any(w not in said for w in rest if any(ch.isalnum() for ch in w)):
        return ""
    places = [int(m["place"]) for m in found]
    count = len(state.skp.iki)
    held = [(place, m) for place, m in zip(places, found) if 1 <= place <= count]
    if len(set(places)) != len(places) or not held:
        return ""
    value_of = dict(zip(places, values))
    done = [_target_said(state, place - 1, value_of[place]) for place, _ in held]
    others = [i for i, iki in enumerate(state.skp.iki) if i + 1 not in places and iki.target is None
              and not is_mandatory(iki)] if rest_number is not None else []
    done += [_target_said(state, i, rest_number) for i in others]
    held += [(i + 1, None) for i in others]
    absent = [str(place) for place in places if not 1 <= place <= count]
    if absent:  # «6 = 100» when the draft holds 4 IKI: said, with how to get there, never dropped unsaid
        done.append(f"IKI {', '.join(absent)} belum ada di draf (draf berisi {count} IKI): simpan dulu IKI-nya "
                    "(lihat /skp), lalu tulis lagi targetnya, misalnya «6 = 100».")
    return "Target dicatat:\n" + "\n".join(done) + _absolute_note(state, [place - 1 for place, _ in held])


def _absolute_note(state: UserState, indices: list[int]) -> str:
    """A Persentase given 100% is an absolute target: said, with how to keep it (its reason) or lower it."""
    full = [i for i in indices if render.target_text(state.skp.iki[i]) == "100%"]
    if not full:
        return ""
    named = ", ".join(str(i + 1) for i in full)
    if state.fill:
        state.fill.absolute_noted = [i + 1 for i in full]  # «kok gitu?» next asks about this note (fill_text)
    allowed = knowledge.data("rules/rules")["categories"]["ABSOLUTE"]["allowed_for"]  # the guidance's, said once
    return (f"\nTarget 100% pada IKI {named} adalah target mutlak. {allowed} (PermenPANRB 8/2021). Bila memang harus "
            f"100% (misalnya ditetapkan pimpinan), biarkan dan sepakati di dialog kinerja; bila tidak, tulis misalnya "
            f"«{full[0] + 1} = 95».")


@knowledge.cached
def _correction_at() -> re.Pattern:
    """Where a message puts right what it said before («…, 80 — eh salah …»): a correction word after the values."""
    words = sorted(corrections(), key=len, reverse=True)
    interjections = "|".join(map(re.escape, knowledge.data("self_correction")["interjections"]))  # «eh», «ehh»
    return re.compile(rf"[\s,;—–-]+(?:(?:{interjections})\s+)?(?:"
                      + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b[\s,]*", re.IGNORECASE)


def _correction_split(text: str) -> tuple[str, str] | None:
    """(the values, the correction after them) when several values come before a correction holding one value."""
    match = _correction_at().search(text)
    if not match:
        return None
    head, tail = text[: match.start()], text[match.end():]
    return (head, tail) if len(numbers_in(head)) >= 2 and len(numbers_in(tail)) == 1 else None


def _named_fix(state: UserState, among: list[int], tail: str) -> str:
    """«yg kepuasan 85 aja»: the one IKI among those just given a target whose words the correction names (by their
    root: «kepuasan» names «… yang puas») takes its number; "" when none or several are named."""
    number = numbers_in(tail)[0]
    said = {stem(w) for w in tokens(_without_numbers(tail, [number])) if len(w) > 3 and w.isalpha()}
    named = [i for i in among if i < len(state.skp.iki) and said & {stem(w) for w in tokens(state.skp.iki[i].indikator)}]
    if len(named) != 1:
        return ""
    iki = state.skp.iki[named[0]]
    before = render.target_text(iki)
    FIELDS._set(iki, "target", number)
    return f"Dikoreksi: IKI ke-{named[0] + 1} «{short(iki.indikator)}»: target {render.target_text(iki)} (bukan {before})."


def _target_said(state: UserState, index: int, number: Number) -> str:
    iki = state.skp.iki[index]
    if misfit := target_fitted(iki, number):  # «4 laporan» for a Persentase: said and left, never set silently
        return f"IKI ke-{index + 1} «{short(iki.indikator)}»: target «{number.text}» tidak saya pasang: {misfit}"
    return f"IKI ke-{index + 1} «{short(iki.indikator)}»: target {render.target_text(iki)}" \
        + score_read_note(iki, number.text)


def _paired(state: UserState, waiting: list[int], numbers: list[Number]) -> list[tuple[int, Number]]:
    """Each number with the IKI it is for: one whose unit only one waiting IKI names goes to it («20 jpl» to «Jumlah
    JPL …»), the others in order."""
    iki = state.skp.iki
    if len(numbers) == len(waiting) and not any(target_misfit(iki[i], n.text) for i, n in zip(waiting, numbers)):
        return list(zip(waiting, numbers))  # «targetnya 100, 90, 12 dokumen, 4 laporan»: each fits its IKI in order
    named: dict[int, int] = {}  # number's place → IKI
    for at, number in enumerate(numbers):
        unit = (number.unit or "").lower()
        if unit and unit != "%" and len(numbers) <= len(waiting):  # only an IKI whose measure holds it («4 laporan»
            # is no target of «Persentase laporan keuangan …»)
            naming = [i for i in waiting
                      if unit in tokens(iki[i].indikator.lower()) and not target_misfit(iki[i], number.text)]
            if len(naming) == 1 and naming[0] not in named.values():
                named[at] = naming[0]
    rest = iter(i for i in waiting if i not in named.values())
    pairs = [(named[at], number) if at in named else (next(rest, None), number) for at, number in enumerate(numbers)]
    return sorted(((i, n) for i, n in pairs if i is not None), key=lambda pair: waiting.index(pair[0]))


def _without_numbers(text: str, numbers: list[Number]) -> str:
    """The text without its numbers: the words around them."""
    kept, start = [], 0
    for number in numbers:
        kept.append(text[start:number.start])
        start = number.end
    return " ".join(kept + [text[start:]])


def numbering_note(state: UserState, numbers: list[int]) -> str:
    """Right after lines of a pasted list were saved, the draft's numbers are not the list's («simpan yg lolos» kept
    lines 2, 4, 5 as IKI 1–3): an edit naming «no N» says it was taken as draft IKI N and what line N of the list
    became, so neither reading happens silently; empty when both readings are the same IKI."""
    lines = state.fill.lines if state.fill else {}
    if not lines:
        return ""
    line_of = {index: int(line) for line, index in lines.items()}
    said = []
    for n in dict.fromkeys(numbers):
        if line_of.get(n - 1) == n or not 1 <= n <= len(state.skp.iki):
            continue
        own = line_of.get(n - 1)
        taken = f"nomor {n} saya baca sebagai IKI {n} di draf" + (f" (baris {own} daftar yang Anda tempel)" if own else "")
        index = lines.get(str(n))
        other = f"baris {n} daftar itu kini IKI {index + 1} di draf: tulis «IKI {index + 1} …» bila itu yang dimaksud" \
            if index is not None and index < len(state.skp.iki) else f"baris {n} daftar itu tidak tersimpan di draf"
        said.append(f"{taken}; {other}.")
    return " ".join(s[:1].upper() + s[1:] for s in said)


def set_targets(state: UserState, targets: dict) -> list[Reply]:
    """«7 itu 95%, 12 itu 80%»: targets for IKI saved from list lines, then the question still open. A target that
    cannot fit its IKI's measure («3 itu 160 SK» on a Persentase) is asked back, never set."""
    fill = state.fill
    done, asked = [], []
    for line, number in targets.items():
        index = fill.lines.get(str(line))
        if index is not None and index < len(state.skp.iki):
            iki = state.skp.iki[index]
            if misfit := target_fitted(iki, number):
                asked.append(f"IKI ke-{index + 1} (baris {line}): {misfit}")
                continue
            done.append(f"IKI ke-{index + 1} (baris {line}): target {render.target_text(iki)}")
        else:  # «no 1 90%» for a line not saved: said, never dropped unsaid
            asked.append(f"Baris {line} belum ada di draf, jadi target {number.text} belum saya pasang: simpan dulu "
                         f"barisnya (atau tulis IKI-nya dengan target {number.text}).")
    if not done and not asked:
        return []
    said = (["Dicatat: " + "; ".join(done) + "."] if done else []) + asked
    return [Reply("\n".join(said))] + FIELDS.advance(state, after="")


def on_button(state: UserState, action: str, arg: str) -> list[Reply]:
    fill = state.fill
    if fill is None or fill.current is None and fill.index is None:
        return [Reply("Tombol itu sudah tidak berlaku: IKI-nya sudah disimpan atau diganti. Periksa IKI lain dengan "
                      "/cek, atau lihat draf dengan /skp.")]
    # a button of the question is the user back at it, as a typed answer is (fill_text): the next field asked may be
    # named again after a side command (/ikk in the bobot step), never let go for a reminder said before (tester55 F13)
    fill.reminded = 0
    if action in ("save", "typed"):
        if fill.index is not None:
            return [Reply(f"IKI ini sudah tersimpan sebagai IKI ke-{fill.index + 1}. Draf Anda kini "
                          f"{len(state.skp.iki)} IKI.")] + FIELDS.prompt(state)
        if action == "typed" and fill.typed:
            fill.current.indikator = fill.typed
        return _save(state)
    if action == "cancel":
        return _close(state)
    if action == "back" and is_open(state):
        return FIELDS.back(state) or FIELDS.prompt(state)
    handled = FIELDS.on_button(state, action, arg) if is_open(state) else None
    if handled is not None:
        return handled
    return [Reply("Tombol itu sudah tidak berlaku.")] + (prompt(state) or [
        Reply(f"IKI «{short(fill.current.indikator, 60)}» belum disimpan: pilih «Simpan ke draf» di bawah.", [SAVE])])


def on_text(state: UserState, text: str) -> list[Reply]:
    return FIELDS.on_text(state, text)


def prompt(state: UserState) -> list[Reply]:
    return FIELDS.prompt(state) if is_open(state) else []


def reminder(state: UserState) -> Reply:
    """After another command: which IKI still waits for which field, with that question's buttons."""
    question = FIELDS.prompt(state)[-1]
    fill = _holder(state)
    return Reply(f"(Masih terbuka: {FIELD_NAMES.get(fill.field, fill.field)} untuk «{short(fill.current.indikator, 60)}». "
                 "Jawab, atau pilih «Selesai dulu».)", question.buttons, choice_only=question.choice_only,
                 reminder=True)


MAX_REMINDERS = 1  # an open field named again after one other command, then let go (the IKI stays saved)


def remind(state: UserState, counted: bool = True) -> list[Reply]:
    """After another command: the open field named once; at the next command an IKI already saved is let go
    quietly (/skp shows what it lacks), so a question does not follow the user for months. A look-up beside the
    field (counted False: /ikk, /tanya) is no move to other work: the field is named after it, the count unchanged."""
    fill = state.fill
    if not counted:
        return [reminder(state)]
    if fill.index is not None and fill.reminded >= MAX_REMINDERS:
        state.fill = None
        return []
    fill.reminded += 1
    return [reminder(state)]


def _once_each(drafts: list[IkiDraft], lines: list[int] | None) -> tuple[list[IkiDraft], list[int] | None,
                                                                          list[tuple[int, int]]]:
    """The drafts of one save with each IKI text once (case and spacing aside), as they will be saved: two lines a
    suggestion made one («Melakukan verifikasi metode uji 2» and «… 8» both «Persentase metode uji yang diselesaikan
    …»: tester48 X-4) are one IKI, the first taking what it lacks from the repeat (its target). Returns the drafts, their
    list lines, and each merged line with the line it joined (list lines; 0-based places without them)."""
    kept: dict[tuple[str, ...], int] = {}
    out: list[IkiDraft] = []
    places: list[int] = []  # each kept draft's place among `drafts`
    merged: list[tuple[int, int]] = []
    line = (lambda n: lines[n] if n < len(lines) else n) if lines else (lambda n: n)  # (an IKI added beside: none)
    for n, draft in enumerate(drafts):
        at = kept.get(words := tuple(tokens(draft.indikator)))
        if at is None:
            kept[words] = len(out)
            out.append(draft)
            places.append(n)
            continue
        first = out[at]
        for field in ("target", "satuan", "jenis", "bobot", "rhk", "baseline"):
            if getattr(first, field) is None and getattr(draft, field) is not None:
                setattr(first, field, getattr(draft, field))
        merged.append((line(n), line(places[at])))
    return out, ([lines[n] for n in places if n < len(lines)] if lines else lines), merged


def _merged_note(merged: list[tuple[int, int]], lined: bool) -> str:
    """«2 baris digabung karena rumusan IKI-nya sama (baris 8, 14 sama dengan baris 2): …» for the lines a save made
    one (lined: by their list lines, else counted only); "" when none."""
    if not merged:
        return ""
    if not lined:
        return f"{len(merged)} IKI yang rumusannya sama dengan IKI lain di sini digabung: tiap IKI tersimpan sekali."
    firsts: dict[int, list[int]] = {}
    for repeat, first in merged:
        firsts.setdefault(first, []).append(repeat)
    parts = [f"baris {', '.join(map(str, repeats))} sama dengan baris {first}" for first, repeats in firsts.items()]
    return (f"{len(merged)} baris digabung karena rumusan IKI-nya sama ({'; '.join(parts)}): tiap IKI tersimpan "
            "sekali.")


def _twin(state: UserState, draft: IkiDraft) -> int | None:
    """The place of an IKI in the draft written as this one (case and spacing aside): saving it again would only
    make a copy («Simpan ke draf» after /cek of an IKI already saved, a list line picked twice)."""
    words = tokens(draft.indikator)
    return next((n for n, iki in enumerate(state.skp.iki) if tokens(iki.indikator) == words), None)


def held_at(state: UserState, indikator: str) -> int | None:
    """The place of the draft's IKI written as `indikator` (the text «Simpan ke draf» would save); None when none."""
    return _twin(state, IkiDraft(indikator=indikator))


def twin_as_read(state: UserState, text: str) -> int | None:
    """The place of a draft IKI that reads as this text once tidied («yg» as «yang»), or as it without the count it
    holds, as a list line saved as written is kept («Melaksanakan rapat koordinasi 12 kali» saved as «Melaksanakan
    rapat koordinasi», target 12 kali: list_drafts.written; its «Rincian» pick then replaced nothing and added a
    twin, tester55 F3); None when none does."""
    counted = count_inside(text)
    for form in (text, counted[0]) if counted else (text,):
        words = tokens(read(form).text)
        found = next((n for n, iki in enumerate(state.skp.iki) if tokens(read(iki.indikator).text) == words), None)
        if found is not None:
            return found
    return None


def _merge_twin(state: UserState, at: int, draft: IkiDraft) -> tuple[IkiDraft, str]:
    """The saved IKI, given what the new copy brings and it lacks (a target typed with it), and what is said of that
    target: taken, or kept out with the way to change it, so a target typed with the IKI is never silently lost
    («/cek Nilai Indeks Profesionalitas ASN target 82» while the draft holds it without one, d7-dosen-poltekkes01)."""
    iki = state.skp.iki[at]
    if draft.target in (None, ""):
        return iki, ""
    if iki.target is None:  # a target it lacked; a saved one is changed with /ubah
        iki.target, iki.satuan = draft.target, iki.satuan or draft.satuan
        return iki, f" Target {render.target_text(iki)} dari pesan Anda dicatat untuk IKI ke-{at + 1}."
    if render.target_text(draft) != render.target_text(iki):
        return iki, (f" Targetnya tetap {render.target_text(iki)}; untuk memakai {render.target_text(draft)}, tulis "
                     f"/ubah {at + 1} target {draft.target}.")
    return iki, ""


def _save(state: UserState) -> list[Reply]:
    fill = state.fill
    current = fill.current
    twin = _twin(state, current)
    if twin is not None:  # never a second copy: the saved one is completed instead
        fill.current, taken = _merge_twin(state, twin, current)
        fill.index, fill.typed = twin, ""
        said = Reply(f"IKI ini sudah ada di draf sebagai IKI ke-{twin + 1}; tidak saya simpan dua kali. Draf Anda tetap "
                     f"{len(state.skp.iki)} IKI." + taken)
        return [said] + _next(state, start=True)
    current.rhk = current.rhk or next(iter(draft_rhk(current.indikator)), None)
    state.skp.iki.append(current)
    fill.index, fill.typed = len(state.skp.iki) - 1, ""
    count = len(state.skp.iki)
    said = Reply(f"Tersimpan ke draf sebagai IKI ke-{count}: «{current.indikator}»{_with_target(current)}. Draf Anda kini "
                 f"{count} IKI."
                 + (f"\nRHK: {current.rhk}" if current.rhk else ""))
    return [said] + _next(state, start=True)


def advance(state: UserState) -> list[Reply]:
    """The field asked was filled by other means (a weight for every IKI): on to what this IKI still lacks."""
    return _next(state, start=False)


def _next(state: UserState, start: bool) -> list[Reply]:
    """Ask what this IKI still lacks (from its first field when `start`), else say it is complete."""
    _holder(state)
    return FIELDS.advance(state, after="" if start else None)


def _done(state: UserState) -> list[Reply]:
    """Every field answered: an IKI not yet saved is saved now; then the next one of a list, or the flow closes."""
    fill = state.fill
    if fill.index is None:
        return _save(state)
    iki, number = state.skp.iki[fill.index], fill.index + 1
    # a field let go with «Lewati» stays empty: the IKI is kept without it and the reply says how to fill it later
    missing = _missing_fields(iki)
    shown = ([f"target {render.target_text(iki)}"] if iki.target is not None else []) \
        + ([iki.jenis.label] if iki.jenis is not None else []) \
        + ([f"bobot {format_number(iki.bobot)}%"] if iki.bobot is not None else []) \
        + [f"aspek {aspek_of(iki).value.capitalize()}"]
    said = [Reply(f"IKI ke-{number} lengkap: «{short(iki.indikator)}» — {' · '.join(shown)}." if not missing else
                  f"IKI ke-{number} tersimpan: «{short(iki.indikator)}» — {' · '.join(shown)}; belum diisi: "
                  f"{', '.join(missing)} (lengkapi dengan /ubah {number}).")]
    while fill.queue:
        index = fill.queue.pop(0)
        if index < len(state.skp.iki):
            last = fill.answered if fill.answered in NUMBER_FIELDS else fill.last_number
            state.fill = FillState(index=index, queue=fill.queue, lines=fill.lines, previous=fill.index, previous_field=last,
                                   no_baseline=fill.no_baseline)
            return said + [Reply(f"Berikutnya IKI ke-{index + 1}:")] + _next(state, start=True)
    state.completed = fill.index
    state.completed_field = fill.answered if fill.answered in NUMBER_FIELDS else fill.last_number
    state.fill = None
    # the pasted list's lines still waiting (passing but not saved, or refused) named with their buttons, so the
    # list is not lost once one of its IKI is complete (tester20a #14)
    waiting = list_summary.left_out(state.listed, [i.indikator.lower() for i in state.skp.iki]) \
        if state.listed else None
    if waiting is not None and waiting.text == state.listed_left_said:
        waiting = None  # named after the last IKI completed, unchanged since: once (its «Rincian N» stay at /skp)
    elif waiting is not None:
        state.listed_left_said = waiting.text
    return said + (later_offer(state) or ([waiting] if waiting else [
        Reply("Lihat draf dengan /skp, periksa IKI lain dengan /cek, atau /ekspor bila sudah siap.")]))


def later_offer(state: UserState) -> list[Reply]:
    """The suggestions for the other tasks of a work description, kept when one was picked, on screen again once
    that IKI is complete (nothing the user was shown is lost); [] when none are kept or others are on screen."""
    if not state.later or state.candidates:
        return []
    numbers = [n for n in state.later_numbers if n <= len(state.later)]
    state.candidates, state.later, state.later_numbers, state.candidate_target = state.later, [], [], ""
    state.shown_numbers = numbers
    lines = ["Usulan untuk tugas Anda yang lain, masih bisa dipilih (nomornya tetap):"]
    lines += [f"{n}. {state.candidates[n - 1].indikator} (satuan: {state.candidates[n - 1].satuan})" for n in numbers]
    lines.append("Pilih yang sesuai, atau lihat draf dengan /skp dan /ekspor bila sudah siap.")
    buttons = use_buttons(len(state.candidates), "use")
    return [Reply("\n".join(lines), [buttons[n - 1] for n in numbers])]


def asked_iki(state: UserState) -> IkiDraft | None:
    """The saved IKI whose field is asked now, if one."""
    fill = state.fill
    return state.skp.iki[fill.index] if fill and fill.index is not None and fill.index < len(state.skp.iki) else None


def left_note(state: UserState, iki: IkiDraft | None) -> str:
    """Where an IKI let go stands now, unless it is asked again in its turn (or gone)."""
    at = next((i for i, other in enumerate(state.skp.iki) if other is iki), None)
    fill = state.fill
    if at is None or fill is not None and (fill.index == at or at in fill.queue):
        return ""
    return _left_behind(state.model_copy(update={"fill": FillState(index=at)}))


def release(state: UserState) -> str:
    """Something new replaces the IKI offered or being completed: drop it, and say where an incomplete saved one is."""
    note = _left_behind(state)
    state.fill, state.completed = None, None
    return note


def cancel(state: UserState) -> list[Reply]:
    """/batal while a field is asked."""
    return _close(state)


def _close(state: UserState) -> list[Reply]:
    fill = state.fill
    state.fill = None
    if fill.index is None:
        return [Reply("IKI itu tidak disimpan. Periksa IKI lain dengan /cek, atau lihat draf dengan /skp.")]
    waiting = [fill.index] + fill.queue
    numbers = ", ".join(str(i + 1) for i in waiting if i < len(state.skp.iki))
    return [Reply(f"Baik. IKI {numbers} sudah ada di draf; lengkapi bagian yang kosong nanti dengan /ubah NOMOR "
                  "(lihat /skp).")] + later_offer(state)


def _place(state: UserState, draft: IkiDraft) -> int:
    """Where this very IKI stands in the draft (0-based)."""
    return next(i for i, iki in enumerate(state.skp.iki) if iki is draft)


def _saved_note(state: UserState, left: IkiDraft | None, held: list[IkiDraft]) -> str:
    """After several IKI were saved: the one asked before, left incomplete, and the lines the draft already held, by
    their places now."""
    said = []
    if left is not None and state.fill is not None:
        state.fill.index = _place(state, left)
        said.append(_left_behind(state))
    if held:
        places = ", ".join(f"{_place(state, iki) + 1}{_with_target(iki)}" for iki in held)
        said.append(f"Sudah ada di draf (tidak disimpan dua kali): IKI {places}.")
    return " ".join(s for s in said if s)


def _joined_numbers(numbers: list[int]) -> str:
    """«1», «1 dan 3», «1, 2 dan 4»."""
    shown = [str(n) for n in numbers]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} dan {shown[-1]}"


def _in_list_order(state: UserState, drafts: list[IkiDraft], lines: list[int] | None) -> dict[int, int]:
    """IKI saved from one pasted list keep the list's order in the draft, though some of its lines were acted on (a
    suggestion picked, words replaced) and saved before the rest: «target: 95, 90, …» is typed in the list's order.
    Only the places those IKI hold are reordered; IKI from elsewhere stay where they are. Returns the list line of
    each IKI that came from it (by the IKI's id)."""
    if not state.listed:
        return {}
    line_of = {id(draft): n for draft, n in zip(drafts, lines or [])}
    for n, item in enumerate(state.listed, 1):
        texts = {item.text.lower(), read(item.text).text.lower()}
        for iki in state.skp.iki:
            if id(iki) not in line_of and not item.dropped and iki.indikator.lower() in texts:
                line_of[id(iki)] = n
    if not any(id(draft) in line_of for draft in drafts):  # a save from elsewhere («tambah iki wajib ip asn») moves none
        return line_of
    places = [i for i, iki in enumerate(state.skp.iki) if id(iki) in line_of]
    for i, iki in zip(places, sorted((state.skp.iki[i] for i in places), key=lambda iki: line_of[id(iki)])):
        state.skp.iki[i] = iki
    return line_of


def let_go(state: UserState) -> list[Reply]:
    """/prima while a saved IKI is asked its fields: the question let go (PRIMA's steps take the next messages, never
    that IKI's data awal), the IKI kept in the draft and where to complete it said."""
    if not is_open(state) or state.fill.index is None:
        return []
    note = _left_behind(state)
    state.fill = None
    return [Reply(note)] if note else []


def _left_behind(state: UserState) -> str:
    """When a new IKI replaces one saved but still incomplete: say where it is, so nothing seems lost."""
    fill = state.fill
    if fill is None or fill.index is None or fill.index >= len(state.skp.iki):
        return ""
    missing = _missing_fields(state.skp.iki[fill.index])
    return f"(IKI ke-{fill.index + 1} tetap di draf tanpa {', '.join(missing)}; lengkapi dengan /ubah {fill.index + 1}.)" \
        if missing else ""


def _missing_fields(iki: IkiDraft) -> list[str]:
    """The fields an IKI in the draft still lacks, named as the user fills them: the form's (`readiness`), so a satuan
    let go with «Lewati» is named too and the IKI is never said «lengkap» without it."""
    return missing_fields(iki)


FIELDS = Fields("fill", _holder, suggest_jenis, _done, _extra)
