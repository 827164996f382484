"""Guideline passages: knowledge/guidelines/*.md, one "## " section per passage, each ending in "Sumber: …"."""

import re
from pathlib import Path

from pydantic import BaseModel

_SOURCE = re.compile(r"^\s*Sumber\s*:\s*(.+?)\s*$", re.IGNORECASE)


class Passage(BaseModel):
    id: str
    title: str
    text: str
    source: str


def parse_passages(markdown: str, file_id: str) -> list[Passage]:
    passages = []
    for number, section in enumerate(re.split(r"(?m)^## ", markdown)[1:], start=1):
        title, _, body = section.partition("\n")
        lines, source = [], ""
        for line in body.splitlines():
            match = _SOURCE.match(line)
            if match:
                source = match.group(1)
            else:
                lines.append(line)
        text = "\n".join(lines).strip()
        if text:
            passages.append(Passage(id=f"{file_id}#{number}", title=title.strip(), text=text, source=source))
    return passages


def load_passages(directory: Path) -> list[Passage]:
    passages: list[Passage] = []
    for path in sorted(directory.glob("*.md")):
        passages.extend(parse_passages(path.read_text(encoding="utf-8"), path.stem))
    return passages
