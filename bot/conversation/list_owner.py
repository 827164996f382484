"""Whose a pasted list is, and which of the last two lists a pick names (tester58 F1). A list introduced as someone
else's («temen sy PPPK … jg minta dicek:») is checked but never offered for saving into the user's draft; the list
pasted before it stays, and a pick naming it («dr daftar sy yg 12 baris td no 4, 6», «yg pertama») takes its lines.
Words: `conversation.yaml` `others_list`."""

import re

from bot.conversation import list_picks
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.lang.text import phrase_set, tokens


def _words(key: str):
    return phrase_set("conversation", "others_list", key)


def owner_named(header: str | None) -> str:
    """The other person a list's header says it belongs to («temen sy», «punya atasan»), as typed; "" for one's own."""
    words = tokens(header or "")
    people, mine, owning = _words("people"), _words("mine_after"), _words("owning_before")
    for i in range(len(words)):
        person = people.match_at(words, i)
        if not person:
            continue
        end = i + len(person)
        if mine.match_at(words, end):
            return " ".join(words[i:end + len(mine.match_at(words, end))])
        if i and owning.match_at(words, i - 1):
            return " ".join(words[i - 1:end])
    return ""


def replacing(state: UserState, header: str | None) -> None:
    """A new list is shown: the one before it kept with whose it was, the new one's owner read from its header."""
    if state.listed:
        state.listed_before, state.listed_before_owner = list(state.listed), state.listed_owner
    state.listed_owner = owner_named(header)


def unsaved_buttons(buttons: list[Button]) -> list[Button]:
    """Another's list keeps its «Rincian N» (their suggestions), never a save into the user's draft."""
    return [b for b in buttons if not b.data.startswith("list:save")]


def note(state: UserState) -> str:
    """Said once, under another's list: checked only; the user's own list before it still picked from."""
    said = (f"Daftar ini milik {state.listed_owner}, jadi hanya saya periksa: barisnya tidak saya tawarkan untuk "
            "disimpan ke draf Anda.")
    if state.listed_before and not state.listed_before_owner:
        said += (f" Daftar Anda sendiri ({len(state.listed_before)} baris) tetap saya pegang: tulis misalnya «dari "
                 "daftar saya no 4, 6 masukin» untuk menyimpan barisnya.")
    return said


_COUNT = re.compile(r"\b(\d{1,2})\s*(?:baris|butir|poin|item)\b", re.IGNORECASE)


def names_earlier(state: UserState, message: str) -> bool:
    """Whether the message picks from the list before the last: it names that list by its count of lines («yg 12
    baris») or as one's own («daftar sy», «yg pertama») while the last list is another's."""
    if not state.listed_before:
        return False
    counted = [int(n) for n in _COUNT.findall(message)]
    if counted and len(state.listed_before) in counted and len(state.listed) not in counted:
        return True
    if not state.listed_owner or state.listed_before_owner:
        return False
    # under another's list, a pick to add lines («no 4, 6 masukin») is of one's own list: the other's is never saved
    words = tokens(message)
    return bool(_words("own_list").find(words)) or (list_picks.names_lines(message) and bool(
        phrase_set("conversation", "list_add").find(words)))


def swap(state: UserState) -> None:
    state.listed, state.listed_before = state.listed_before, state.listed
    state.listed_owner, state.listed_before_owner = state.listed_before_owner, state.listed_owner
    state.refused, state.detail_line, state.candidates_line = [], 0, 0


def taken_from_earlier(state: UserState, message: str) -> str:
    """The pick's list put in place when the message names the earlier one; the line saying so, or ""."""
    if not names_earlier(state, message):
        return ""
    swap(state)
    return f"(Saya pakai daftar {'Anda sendiri' if not state.listed_owner else 'sebelumnya'} yang " \
           f"{len(state.listed)} baris.)"


def not_for_draft(state: UserState) -> list[Reply] | None:
    """A save from another's list: the user's own list before it is taken instead when there is one (None: go on,
    swapped); else refused, said why and what to do."""
    if not state.listed_owner:
        return None
    if state.listed_before and not state.listed_before_owner:
        swap(state)
        return None
    return refused(state)


def refused(state: UserState) -> list[Reply]:
    return [Reply(f"Daftar terakhir milik {state.listed_owner}, jadi tidak saya simpan ke draf Anda. Bila baris itu "
                  "memang IKI Anda sendiri, tempel ulang sebagai daftar Anda (tanpa keterangan milik orang lain).")]


