"""The terminal door to the conversation engine: stdin in, replies out; buttons become numbered choices."""

import sys
from pathlib import Path
from typing import TextIO

from bot.conversation import Engine, Reply
from bot.conversation.store import StateStore
from bot.settings import get_settings

TERMINAL_USER = "terminal"


def _show(replies: list[Reply], out: TextIO, files_dir: Path) -> list[str]:
    """Print replies and save files; return the button data in the order the numbers were shown."""
    choices: list[str] = []
    for reply in replies:
        print(reply.text, file=out)
        if reply.file:
            files_dir.mkdir(parents=True, exist_ok=True)
            path = files_dir / reply.file.name
            path.write_bytes(reply.file.data)
            print(f"Berkas tersimpan: {path}", file=out)
        for button in reply.buttons:
            choices.append(button.data)
            print(f"  [{len(choices)}] {button.label}", file=out)
        print(file=out)
    return choices


def run(engine: Engine | None = None, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout) -> int:
    settings = get_settings()
    engine = engine or Engine(StateStore(settings.state_db), rate_limit=settings.rate_limit_per_minute)
    interactive = stdin.isatty()
    if interactive:
        print("Asisten IKI (terminal). Ketik /bantuan untuk bantuan, Ctrl-D untuk keluar.\n", file=out)
    choices: list[str] = []
    while True:
        if interactive:
            print("> ", end="", file=out, flush=True)
        line = stdin.readline()
        if not line:
            return 0
        text = line.strip()
        # A bare number picks one of the buttons shown last.
        if text.isdigit() and 1 <= int(text) <= len(choices):
            replies = engine.press(TERMINAL_USER, choices[int(text) - 1])
        else:
            replies = engine.handle(TERMINAL_USER, text)
        choices = _show(replies, out, settings.data_dir / "ekspor")
        out.flush()
