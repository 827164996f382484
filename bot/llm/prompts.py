"""Prompt templates kept as files in prompts/: a system part and a user part, variables written $name."""

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Template

from bot.settings import get_settings

_PARTS = re.compile(r"^## (system|user)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    system: Template
    user: Template

    @property
    def variables(self) -> set[str]:
        return set(self.system.get_identifiers()) | set(self.user.get_identifiers())

    def render(self, **values: str) -> tuple[str, str]:
        """(system, user); a missing variable is a programming error and raises KeyError."""
        return self.system.substitute(values), self.user.substitute(values)


def prompts_dir() -> Path:
    return get_settings().knowledge_dir.parent / "prompts"


@lru_cache(maxsize=16)
def load_prompt(name: str) -> Prompt:
    text = (prompts_dir() / f"{name}.md").read_text(encoding="utf-8")
    version = re.search(r"^version:\s*(\S+)", text, re.MULTILINE)
    pieces = _PARTS.split(text)
    parts = {pieces[i]: pieces[i + 1].strip() for i in range(1, len(pieces) - 1, 2)}
    return Prompt(name, version.group(1) if version else "0", Template(parts["system"]), Template(parts["user"]))


def data_block(tag: str, text: str) -> str:
    """User text as data inside a delimited block; it cannot close the block from inside."""
    safe = text.replace(f"</{tag}>", "").replace(f"<{tag}>", "")
    return f"<{tag}>\n{safe}\n</{tag}>"
