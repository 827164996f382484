"""A command as typed: its slash right («/cek …»), or wrong («/ cek …», «\\cek …», «／cek», «//cek», «/Cek»), or
its name before a colon for a few commands («Cek: Persentase …», intent.yaml `colon_commands`). The chat runs it as
the command; the logbook's router reads it so too. Command names: knowledge/commands.yaml."""

import re

from bot import knowledge


@knowledge.cached
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    names = "|".join(map(re.escape, sorted(knowledge.data("commands")["commands"], key=len, reverse=True)))
    colon = "|".join(map(re.escape, knowledge.data("intent")["colon_commands"]))
    # a slash, a space after it, two of them, the backslash beside it on the keyboard, a full-width one
    slashed = re.compile(rf"^\s*(?:/+\s*|\\+\s*|／\s*)({names})(?![\w-])", re.IGNORECASE)
    coloned = re.compile(rf"^\s*({colon})\s*:\s*(?=\S)", re.IGNORECASE)
    return slashed, coloned


def typed_command(text: str) -> tuple[str, str] | None:
    """(«/name», what follows it as typed) when the message opens with a known command, its slash typed right or
    wrong; None otherwise («/cekk» is no command here: the chat's typo reading names it)."""
    slashed, coloned = _patterns()
    found = slashed.match(text)
    if found:
        return f"/{found.group(1).lower()}", text[found.end():]
    found = coloned.match(text)
    return (f"/{found.group(1).lower()}", " " + text[found.end():]) if found else None


def mended(text: str) -> str:
    """The message with a mistyped command's slash put right («/ cek X» → «/cek X»); any other message as it is."""
    typed = typed_command(text)
    return typed[0] + typed[1] if typed else text
