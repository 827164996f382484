"""The terminal door to the conversation engine: stdin in, replies out; buttons become numbered choices.

What one message is, as Telegram would receive it: on a terminal, lines that arrive together (within PASTE_GAP of
each other: a paste) are one message, and a line typed by hand is one. A pipe is read one line per message, so
`printf '/cek …\n#1\n' | iki chat` and scripts that feed answers line by line work as before; lines inside a
bracketed paste (ESC[200~ … ESC[201~, what terminals send around pasted text) are one message there too."""

import codecs
import logging
import os
import select
import sys
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import TextIO

from bot.conversation import Engine, Reply
from bot.conversation.choices import iki_out_of_place
from bot.conversation.evidence_path import evidence_described, evidence_in_line, evidence_path
from bot.conversation.replies import APOLOGY
from bot.conversation.state import UserState
from bot.outputs import write_file
from bot.settings import ensure_data_dir, get_settings
from bot.skp.export import name_slug, retagged

log = logging.getLogger("asisten_iki.chat")

TERMINAL_USER = "terminal"
PASTE_GAP = 0.05  # seconds: a person typing needs longer than this between two Enters; a paste does not
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"


def messages(stdin: TextIO, interactive: bool) -> Iterator[str]:
    """The messages on stdin, each without its final line break (see the module's docstring)."""
    if interactive:
        yield from _terminal_messages(stdin.fileno())
        return
    while True:
        line = stdin.readline()
        if not line:
            return
        if PASTE_START not in line:
            yield line.rstrip("\n")
            continue
        block = line.replace(PASTE_START, "")
        while PASTE_END not in block:  # a bracketed paste: every line up to its end mark is one message
            more = stdin.readline()
            if not more:
                break
            block += more
        yield block.replace(PASTE_END, "").rstrip("\n")


def _terminal_messages(fd: int) -> Iterator[str]:
    """Lines from a terminal: after a complete line, whatever else arrives within PASTE_GAP joins the message."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    pending = ""
    while True:
        while "\n" not in pending:
            chunk = os.read(fd, 65536)
            if not chunk:
                if pending.strip():
                    yield pending
                return
            pending += decoder.decode(chunk)
        while select.select([fd], [], [], PASTE_GAP)[0]:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            pending += decoder.decode(chunk)
        message, _, pending = pending.rpartition("\n")
        yield message.replace(PASTE_START, "").replace(PASTE_END, "")


def _show(replies: list[Reply], out: TextIO, files_dir: Path, kept: tuple[str, ...] = (),
          named: Callable[[str], str] = lambda name: name) -> tuple[list[str], bool]:
    """Print replies and save files; return the button data by number (1-based), and whether a bare
    number picks one (only when the question is answered by a button, never when it asks for a number).
    kept: the buttons of the last screen by their numbers (a reopened chat): a button among them keeps its number,
    a new one takes the next past them, and the others still press what they pressed, as old messages in Telegram;
    unless the numbers shown would then skip one or not start at 1 («#1 … #9, #11», «[12] … [17]»): numbered afresh
    (tester48 P2-9). Every button is printed one way, «[#1]» (tester55 F18: «[1]» beside «[#1]» in one conversation
    read as two kinds of button); a bare «1» presses it too only where a button is the one answer (`bare`).
    named: the name a file is saved under here (`_file_named`)."""
    numbered, choices = _numbered(replies, kept)
    if kept and numbered != list(range(1, len(numbered) + 1)):
        numbered, choices = _numbered(replies, ())
    # «[1] IKI 3 [2] IKI 5 [3] IKI 1»: a bare «3» names IKI 3 (the engine reads it so), so these are picked by «#N»
    # a bare «1» is a typed answer unless the numbers run 1, 2, … over the buttons shown
    bare = all(r.choice_only for r in replies if r.buttons) \
        and not iki_out_of_place([b.label for r in replies for b in r.buttons]) \
        and numbered == list(range(1, len(choices) + 1))
    numbers = iter(numbered)
    for reply in replies:
        print(reply.text, file=out)
        if reply.file:
            files_dir.mkdir(parents=True, exist_ok=True)
            path = files_dir / named(reply.file.name)
            write_file(path, reply.file.data)  # whole or not at all
            print(f"Berkas tersimpan: {path}", file=out)
        for button in reply.buttons:
            print(f"  [#{next(numbers)}] {button.label}", file=out)
        print(file=out)
    return choices, bare


def _file_named(user: str, today: Callable[[], date], name: str) -> str:
    """A file's name in the terminal's folder: the engine tags a file of a user without a /profil name with a hash of
    their id (on Telegram the id is a stranger's number), which says nothing here, where the id is the name the
    person chose (`--user Ani`): their id and the day instead («ani-2026-01-12-draf-skp.xlsx»), so the file is theirs
    at a glance and a later day's export does not overwrite it (play38). A /profil name leads it as before."""
    return retagged(name, user, f"{name_slug(user) or TERMINAL_USER}-{today().isoformat()}")


def _numbered(replies: list[Reply], kept: tuple[str, ...]) -> tuple[list[int], list[str]]:
    """Each button's number in order, and the button data by number: a button of `kept` keeps its place there, a new
    one takes the next number past them."""
    choices: list[str] = list(kept)
    numbered: list[int] = []
    for button in (b for r in replies for b in r.buttons):
        number = next((n for n, data in enumerate(kept, start=1) if data == button.data and n not in numbered), 0)
        if not number:
            choices.append(button.data)
            number = len(choices)
        numbered.append(number)
    return numbered, choices


def _seen_as(kept: tuple[str, ...], choices: list[str]) -> dict[int, str]:
    """The number each button shown now had on the last screen, where it differs and names no button shown now."""
    return {n: data for n, data in enumerate(kept, start=1)
            if data in choices and n > len(choices) and choices.index(data) + 1 != n}


def _opened(engine: Engine, user: str, last_screen: list[tuple[str, str]]) -> list[Reply]:
    """What a reopened chat shows: the question left open, else the last message's buttons; the whole last screen when
    the open question was only part of it (its buttons among others: the data awal question above /profil's), so
    every number the user saw on it still reads the same and none is skipped (tester24 #20, tester48 P2-9)."""
    asked = engine.pending(user)
    shown = {data for _, data in last_screen}
    buttons = [b.data for r in asked for b in r.buttons]
    if asked and buttons and set(buttons) < shown:
        whole = engine.on_screen(user)
        if [(b.label, b.data) for r in whole for b in r.buttons] == last_screen:
            return whole
    return asked or engine.on_screen(user)


def run(engine: Engine | None = None, stdin: TextIO | None = None, out: TextIO | None = None,
        user: str = TERMINAL_USER) -> int:
    """user: whose chat this is (`iki chat --user NAME`: several people on one data dir, e.g. a member and a leader)."""
    stdin, out = stdin or sys.stdin, out or sys.stdout  # read at call time: a test may have replaced them
    settings = get_settings()
    if engine is None:
        from bot.llm.assistant import Assistant
        from bot.storage import open_store

        ensure_data_dir(settings)
        engine = Engine(open_store(settings), rate_limit=settings.rate_limit_per_minute,
                        assistant=Assistant.from_settings(settings))
    user = one_user(engine, user)
    interactive = stdin.isatty()
    if interactive:
        print("Asisten IKI (terminal). Ketik /bantuan untuk bantuan, Ctrl-D untuk keluar.\n", file=out)
    # A flow left open (the last session was closed or killed mid-question): ask its question again.
    # With none, the last message's buttons: «#N» typed first still presses them.
    # The last screen's numbers hold while the user can still see them above (tester24 #20: the profile question
    # re-shown as [#1] after a list whose [#1] was another button)
    last_screen = engine.state(user).shown
    opened = with_due(engine, user, _opened(engine, user, last_screen))
    # (news with buttons posted meanwhile were numbered with these afresh and kept so by engine.seen: numbered so)
    kept = tuple(data for _, data in last_screen) if engine.state(user).shown == last_screen else ()
    named = partial(_file_named, user, lambda: engine.clock().date())
    choices, bare = _show(opened, out, settings.data_dir / "ekspor", kept, named) if opened else ([], False)
    # A button renumbered afresh on reopening ([10]–[13] shown again as [1]–[4], alone or under news posted
    # meanwhile) is still pressed by the number the user saw it under before, where that number names no button now
    # (tester52 P1-14: «#12» was «tidak ada»)
    seen_as = _seen_as(tuple(data for _, data in last_screen), choices)
    hinted = _hint(choices, bare, out, False)
    labels = {data: label for label, data in last_screen} | {b.data: b.label for r in opened for b in r.buttons}
    out.flush()
    incoming = messages(stdin, interactive)
    while True:
        if interactive:
            print("> ", end="", file=out, flush=True)
        message = next(incoming, None)
        if message is None:
            return 0
        text = message.strip()
        # "#2" always picks the second of the buttons shown last; a bare "2" does when no typed answer is expected.
        number = "" if "\n" in text else text[1:] if text.startswith("#") else text if bare else ""
        if number.isdigit() and int(number) in seen_as and not 1 <= int(number) <= len(choices):
            number = str(choices.index(seen_as[int(number)]) + 1)
        if number.isdigit() and choices and not 1 <= int(number) <= len(choices):
            # Out of range: say so and show the same options again; never pass "4" on as an answer.
            print(f"Pilihan {number} tidak ada; pilih nomor 1–{len(choices)}.", file=out)
            for i, data in enumerate(choices, start=1):
                print(f"  [#{i}] {labels[data]}", file=out)
            print(file=out)
            out.flush()
            continue
        try:
            replies = with_due(engine, user, _turn(engine, user, text, number, choices))
        except Exception:  # a bug of ours in one turn: said as the Telegram door says it, and the chat goes on
            log.exception("turn failed")
            replies = [Reply(APOLOGY)]
        shown, shown_bare = _show(replies, out, settings.data_dir / "ekspor", named=named)
        if shown or not choices:
            choices, bare, seen_as = shown, shown_bare, {}
            hinted = _hint(choices, bare, out, hinted)
            labels = {b.data: b.label for r in replies for b in r.buttons}
        else:
            # A reply with no buttons (an answer to a question asked under the leader's review) leaves the buttons
            # above it pressable by «#N», as they stay in Telegram; a bare number is then a typed answer again.
            bare = False
        out.flush()


def _turn(engine: Engine, user: str, text: str, number: str, choices: list[str]) -> list[Reply]:
    """One message typed in the terminal: a button by its number, a file by its path, or text for the engine."""
    if number.isdigit() and 1 <= int(number) <= len(choices):
        return engine.press(user, choices[int(number) - 1])
    if (named := evidence_path(text)) is not None:  # bukti dukung by its path («bukti: /home/…/cita.jpg»)
        return _attached(engine, user, named)
    if (with_file := evidence_in_line(text)) is not None:  # «11/2 ANC 12 bumil, bukti: /home/…/anc.jpg»
        work, named = with_file
        before = {e.id for e in engine.state(user).year.entries}
        replies = engine.handle(user, work)
        kept = sorted((e for e in engine.state(user).year.entries if e.id not in before),
                      key=lambda e: int(e.id[1:]))  # the entries this line kept: the file is the first's
        return replies + _attached(engine, user, named, entry_id=kept[0].id if kept else "")
    if (described := evidence_described(text)) is not None:
        # described («foto uji cita rasa /home/…/cita.jpg», «ini bukti yg SK … kmrn /…/sk.pdf», «bukti c4: /…»)
        caption, named = described
        return _attached(engine, user, named, caption=caption)
    return engine.handle(user, text)


BUTTON_HINT = ("(Di terminal, tombol [#N] dipilih dengan mengetik #N, misalnya #1. Angka tanpa # dibaca sebagai jawaban, "
               "kecuali bila pertanyaannya hanya dijawab dengan tombol.)")


def _hint(choices: list[str], bare: bool, out: TextIO, hinted: bool) -> bool:
    """Once a session, under the first buttons: how to press one, and when a bare «1» is a typed answer. Returns
    whether it was said."""
    if hinted or not choices:
        return hinted
    print(BUTTON_HINT + "\n", file=out)
    return True


def one_user(engine: Engine, name: str) -> str:
    """`--user Ani` and `--user ani` are one person (tester26 #11: ani's draft looked lost): the name in lower case,
    unless only the name as typed holds a chat, kept before names were folded."""
    folded = " ".join(name.split()).casefold()
    if folded != name and engine.state(folded) == UserState() and engine.state(name) != UserState():
        return name
    return folded


def _attached(engine: Engine, user: str, path: Path, entry_id: str = "", caption: str = "") -> list[Reply]:
    """The file at `path` attached as bukti dukung (to `entry_id`, or the entry the engine picks), or why not: a path
    that is no file on this computer is said, with what to send, and a catatan typed with it stays kept."""
    if path.is_file():
        return engine.evidence(user, _path_evidence(path), entry_id=entry_id, caption=caption)
    kept = "; catatannya tetap disimpan" if entry_id else ""
    if path.is_dir():  # tester26 #17: a folder was said «tidak ditemukan» though it exists
        return [Reply(f"«{path}» adalah folder, bukan berkas, jadi belum dilampirkan{kept}. Kirim satu berkas di "
                      f"dalamnya, di baris sendiri, misalnya «bukti: {path / 'notulen.pdf'}».")]
    return [Reply(f"Berkas «{path}» tidak ditemukan di komputer ini, jadi belum dilampirkan{kept}. Periksa jalurnya lalu "
                  "kirim lagi di baris sendiri, misalnya «bukti: /home/nama/foto/kegiatan.jpg».")]


def _path_evidence(path: Path):
    from bot.conversation.year_evidence import evidence_item

    return evidence_item("path", name=path.name, size=path.stat().st_size, path=str(path.resolve()))


def with_due(engine: Engine, user: str, replies: list[Reply]) -> list[Reply]:
    """The turn's replies, then what fell due for this user meanwhile (reminders, news from another user)."""
    due = engine.due(user)
    for message in due:
        engine.delivered(message)  # the terminal prints them at once: nothing can fail in between
    posted = [reply for message in due for reply in message.replies]
    if any(reply.buttons for reply in posted):  # numbered with the turn's: the same numbers after a reopen
        engine.seen(user, replies + posted)
    return replies + posted
