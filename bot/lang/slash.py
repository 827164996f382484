"""A command as typed: its slash right («/cek …»), or wrong («/ cek …», «\\cek …», «／cek», «//cek», «/Cek»), or
its name before a colon for a few commands («Cek: Persentase …», intent.yaml `colon_commands`). The chat runs it as
the command; the logbook's router reads it so too. Command names: knowledge/commands.yaml."""

import re
from collections.abc import Iterable

from bot import knowledge
from bot.lang.words import edit_distance


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
    wrong; None otherwise («/cekk» is no command here: `meant` names the commands it may stand for)."""
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


def meant(name: str, known: Iterable[str] | None = None) -> list[str]:
    """The commands a mistyped one may stand for («/capain» → /capaian; «/catatn» → /catat, /catatan): those
    nearest among known (by default every command of knowledge/commands.yaml), within two letters (one for a short
    name); none for a name too short to tell («/ek»). Limits: conversation.yaml command_typos. The one typo reader of
    the chat's command stage and of the logbook's router."""
    limits = knowledge.data("conversation")["command_typos"]
    if len(name) < limits["shortest"]:
        return []
    known = [f"/{c}" for c in knowledge.data("commands")["commands"]] if known is None else list(known)
    most = 1 if len(name) <= limits["one_letter_up_to"] else limits["most_letters"]
    near = [(edit_distance(name, k, most), k) for k in known]
    best = min((d for d, _ in near), default=most + 1)
    return [k for d, k in near if d == best <= most][:limits["most_named"]]


# A slash typed right or wrong, then a word that names no command
_SLASHED_WORD = re.compile(r"^\s*(?:/+\s*|\\+\s*|／\s*)([a-z]+)(?![\w-])", re.IGNORECASE)


def typo_mended(text: str) -> str | None:
    """«/capaain», «/ prma», «/ekpor ke excel»: a message opening with a slash and a word no command is named, which
    only one command is near (`meant`): the message as that command typed («/capaian», «/prima», «/ekspor ke excel»),
    as the chat's command stage tells it back; None when a command is typed, none is near or two are («/catatn»)."""
    if typed_command(text) is not None:
        return None
    found = _SLASHED_WORD.match(text)
    close = meant(f"/{found.group(1).lower()}") if found else []
    return close[0] + text[found.end():] if len(close) == 1 else None
