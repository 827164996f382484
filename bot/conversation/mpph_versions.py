"""The team's MPPH once the leader's SKP is agreed (tester55 F8): the matrix as it stood then is its version 1 (its
roles are the members' SKP), and a role changed later (a member moved, a region handed over, a role dropped, the
indicator's target following the leader's own) is a perubahan as /ubah's is: its reason (perubahan_skp.yaml reasons)
and the day it holds from are asked, and the matrix is kept as a new version, earlier ones readable with /mpph versi.
A reason already given needs no question: told with the team's change («andi mutasi per 1 juli …»), or the reason of
the SKP's own perubahan recorded that day; a later change the same day joins that day's version."""

import re
from datetime import date, datetime

from bot.conversation.mpph_matrix import show_matrix
from bot.conversation.replies import Button, Reply
from bot.conversation.state import MpphState, MpphVersion, UserState
from bot.lang.dates import long_date
from bot.lang.text import phrase_set, tokens
from bot.skp.mpph import LeaderIndicator
from bot.year import versions
from bot.year.vocabulary import vocabulary

UNDO = Button("Batalkan perubahan", "mpph:undo")
_SLASHED = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\b")


def matrix(state: UserState) -> MpphState | None:
    """The leader's matrix: the one open, else the one kept for /mpph."""
    return next((flow for flow in (state.mpph, state.mpph_last) if flow is not None and flow.indicators), None)


def baseline(state: UserState) -> None:
    """At a turn's start: an agreed SKP's matrix with no version yet is kept as version 1, dated as the SKP's
    agreement, so a change this turn is measured against it."""
    flow = matrix(state)
    if flow is not None and not flow.versions and state.year.agreed:
        flow.versions = [MpphVersion(number=1, on=state.year.versions[0].on, indicators=_copy(flow.indicators))]


def set_with(state: UserState) -> str:
    """The sentence a penetapan's notice to a Ketua carries about their MPPH (mpph38 leftover: it never said): its
    version now in force, kept as version 1 when it had none; "" with no matrix."""
    flow = matrix(state)
    if flow is None or not state.year.agreed:
        return ""
    baseline(state)
    last = flow.versions[-1]
    return (f" MPPH tim Anda berlaku sebagai versi {last.number} (sejak {long_date(last.since or last.on)}); perubahan "
            "peran anggota sesudah ini dicatat sebagai versi baru MPPH dengan alasannya (lihat /mpph versi).")


def told(state: UserState, flow: MpphState, text: str, today: date | None) -> str:
    """The team's change told in chat on an agreed SKP: the reason it names and the day it holds from are kept for
    the role changes that follow it (recorded then with no question); the sentence saying so, or ""."""
    if not state.year.agreed or today is None:
        return ""
    flow.change_reason = versions.read_reason(text) or ""
    flow.change_note, flow.change_on = " ".join(text.split())[:300], today
    flow.change_since = effective_day(text, today)
    if not flow.change_reason:
        return "SKP Anda sudah ditetapkan, jadi perubahan peran ini dicatat sebagai versi baru MPPH; alasannya saya " \
            "tanyakan sesudah perubahannya."
    when = f", berlaku {long_date(flow.change_since)}" if flow.change_since else ""
    return "SKP Anda sudah ditetapkan, jadi perubahan peran ini dicatat sebagai versi baru MPPH (" \
        f"{versions.reasons()[flow.change_reason]}{when})."


def changed(state: UserState, now: datetime, waiting: bool) -> list[Reply]:
    """At a turn's end: the roles (or an indicator's target) of an agreed matrix differ from its last version. Joined
    to today's version, recorded with a reason already given, or (nothing else asked: `waiting`) its reason asked."""
    flow = matrix(state)
    if flow is None or not flow.versions or flow.step != "done":
        return []
    today, last = now.date(), flow.versions[-1]
    before, after = _held(last.indicators), _held(flow.indicators)
    if all(after.get(key) == held for key, held in before.items()):
        if before != after:  # an indicator split afresh: part of the matrix as it stands, no change of a role
            flow.versions[-1] = last.model_copy(update={"indicators": _copy(flow.indicators)})
        return []
    if last.reason and last.on == today:  # a later change the same day joins that perubahan (as /ubah's do)
        flow.versions[-1] = last.model_copy(update={"indicators": _copy(flow.indicators)})
        return []
    if flow.change_on != today:  # a reason told another day is no reason for this change
        _forget(flow)
    skp_change = versions.open_change(state.year, today)
    if not flow.change_reason and skp_change is not None:  # the SKP's own perubahan today: the same reason
        flow.change_reason, flow.change_note = skp_change.reason, skp_change.note
    if flow.change_reason:
        return [_record(flow, today)]
    if waiting or state.year_ask is not None:
        return []
    state.mpph, flow.step, flow.change_on = flow, "reason", today  # (a day told with the team's change kept)
    return prompt(state)


def prompt(state: UserState) -> list[Reply]:
    flow = state.mpph
    if flow.step == "since":
        return [Reply(f"Alasan: {versions.reasons()[flow.change_reason]}. Berlaku mulai tanggal berapa? Tulis "
                      "tanggalnya, misalnya «1 Juli», atau pilih «Hari ini».",
                      [Button("Hari ini", "mpph:since:today"), UNDO])]
    agreed = flow.versions[0].on
    buttons = [Button(label, f"mpph:reason:{key}") for key, label in versions.reason_buttons().items()]
    return [Reply(f"SKP Anda sudah ditetapkan ({long_date(agreed)}) dan MPPH ini bagiannya, jadi perubahan peran "
                  f"dicatat sebagai MPPH versi {flow.versions[-1].number + 1}. Apa alasannya?", buttons + [UNDO],
                  choice_only=True)]


def on_text(state: UserState, text: str) -> list[Reply]:
    """The reason typed («andi mutasi ke biro lain per 1 juli»: the day with it), or the day."""
    flow = state.mpph
    today = flow.change_on or flow.versions[-1].on
    if flow.step == "reason":
        reason = versions.read_reason(text)
        if reason is None:
            return [Reply("Alasannya belum terbaca. Pilih salah satu alasan yang diatur pedoman di bawah, atau "
                          "«Batalkan perubahan» bila peran tadi tidak jadi diubah.")] + prompt(state)
        flow.change_reason, flow.change_note = reason, versions.explanation(text)
        flow.change_since = effective_day(text, today) or flow.change_since
        if flow.change_since is None:
            flow.step = "since"
            return prompt(state)
        return [_record(flow, today)] + show_matrix(state)
    day = effective_day(text, today)
    if day is None:
        return [Reply(f"Tanggal «{text.strip()[:40]}» belum terbaca.")] + prompt(state)
    flow.change_since = day
    return [_record(flow, today)] + show_matrix(state)


def on_button(state: UserState, action: str, arg: str) -> list[Reply]:
    flow = state.mpph
    if action in ("undo", "cancel") and flow.step in ("reason", "since"):
        flow.indicators, flow.step = _copy(flow.versions[-1].indicators), "done"
        _forget(flow)
        return [Reply(f"Perubahan peran dibatalkan; MPPH kembali seperti versi {flow.versions[-1].number}.")] \
            + show_matrix(state)
    if action == "reason" and flow.step == "reason" and arg in versions.reasons():
        flow.change_reason, flow.step = arg, "since"
        if flow.change_since is not None:  # the day told with the team's change («pensiun per 31 juli»)
            return [_record(flow, flow.change_on or flow.versions[-1].on)] + show_matrix(state)
        return prompt(state)
    if action == "since" and flow.step == "since":
        flow.change_since = flow.change_on
        return [_record(flow, flow.change_on or flow.versions[-1].on)] + show_matrix(state)
    return [Reply("Tombol itu sudah tidak berlaku.")] + prompt(state)


def listing(state: UserState) -> list[Reply]:
    """/mpph versi: each version of the matrix, its reason and the day it holds from."""
    flow = matrix(state)
    if flow is None or not flow.versions:
        return [Reply("MPPH Anda belum punya versi: versi 1 dicatat begitu SKP Anda ditetapkan (/tetapkan), dan "
                      "setiap perubahan peran sesudahnya menjadi versi baru.")]
    lines = []
    for version in flow.versions:
        roles = sum(len(leader.peran) for leader in version.indicators)
        what = "saat SKP ditetapkan" if not version.reason else versions.reasons()[version.reason]
        since = f", berlaku {long_date(version.since)}" if version.since else ""
        note = f" — {version.note}" if version.note else ""
        lines.append(f"Versi {version.number} · {long_date(version.on)} · {what}{since}{note} · {roles} peran")
    return [Reply("\n".join(lines))]


def sheet_rows(state: UserState) -> list[tuple]:
    """The versions as the workbook's «Versi MPPH» sheet lists them (mpph_sheets.VERSION_COLUMNS): the file's own
    version marked, the last one, or none while a change waits for its reason."""
    flow = matrix(state)
    if flow is None or not flow.versions:
        return []
    pending = _held(flow.versions[-1].indicators) != _held(flow.indicators)
    rows = []
    for version in flow.versions:
        what = "saat SKP ditetapkan" if not version.reason else versions.reasons()[version.reason]
        here = "ya" if version is flow.versions[-1] and not pending else ""
        rows.append((version.number, long_date(version.on), what, long_date(version.since or version.on),
                     version.note, sum(len(leader.peran) for leader in version.indicators), here))
    if pending:
        rows.append((flow.versions[-1].number + 1, "", "perubahan belum dicatat (alasannya belum diisi)", "", "",
                     sum(len(leader.peran) for leader in flow.indicators), "ya"))
    return rows


def effective_day(text: str, today: date) -> date | None:
    """The day a change holds from: «per 1 juli», «mulai 15 agustus», «1/7», «hari ini»; None when none is said."""
    words = tokens(text.lower())
    months = vocabulary().months
    for at, word in enumerate(words[:-1]):
        if word.isdigit() and words[at + 1] in months:
            return _day(today.year, months[words[at + 1]], int(word))
    if found := _SLASHED.search(text):
        return _day(today.year, int(found[2]), int(found[1]))
    if phrase_set("mpph", "team_change", "today").find(words):
        return today
    return None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _record(flow: MpphState, today: date) -> Reply:
    number = flow.versions[-1].number + 1
    since = flow.change_since or today
    flow.versions.append(MpphVersion(number=number, on=today, since=since, reason=flow.change_reason,
                                     note=flow.change_note, indicators=_copy(flow.indicators)))
    reason = versions.reasons()[flow.change_reason]
    _forget(flow)
    flow.step = "done"
    return Reply(f"Perubahan MPPH dicatat: versi {number} ({reason}, berlaku {long_date(since)}). Versi sebelumnya "
                 "tetap bisa dilihat dengan /mpph versi.")


def _forget(flow: MpphState) -> None:
    flow.change_reason, flow.change_note, flow.change_since, flow.change_on = "", "", None, None


def _held(indicators: list[LeaderIndicator]) -> dict[str, list]:
    """What a version holds, per indicator: its target and every role as written."""
    return {leader.id: [str(leader.target)] + [role.model_dump() for role in leader.peran] for leader in indicators}


def _copy(indicators: list[LeaderIndicator]) -> list[LeaderIndicator]:
    return [leader.model_copy(deep=True) for leader in indicators]

