"""Guideline passages: knowledge/guidelines/*.md, one "## " section per passage, each ending in "Sumber: …".

A passage also carries the short answers it supports, one per "Jawaban: …" line: each states one fact whole (the
number, the date, the names), in our own words, so the bot's one short answer is a sentence written to be read
alone, not the nearest sentence cut out of a passage. A "Langkah: …" line is a short answer giving the steps of a
task in order, which is what a how-to question gets; an "Alasan: …" line gives the reason the guidance gives for a
rule, which is what a why-question gets («kenapa IKI harus output?» wants the reason, not the rule again). A "Tanya: … | …" line just above a Jawaban lists ways users
ask for it: a question is matched against questions far better than against answers. A "Di sini: …" line says
where the passage's task is done in this assistant (the command to type), shown under an answer from the passage.
"""

import re
from pathlib import Path

from pydantic import BaseModel

_SOURCE = re.compile(r"^\s*Sumber\s*:\s*(.+?)\s*$", re.IGNORECASE)
_ANSWER = re.compile(r"^\s*(Jawaban|Langkah|Alasan)\s*:\s*(.+?)\s*$", re.IGNORECASE)
_ASKED = re.compile(r"^\s*Tanya\s*:\s*(.+?)\s*$", re.IGNORECASE)
_HERE = re.compile(r"^\s*Di sini\s*:\s*(.+?)\s*$", re.IGNORECASE)


class ShortAnswer(BaseModel):
    text: str
    questions: list[str] = []
    steps: bool = False  # written as "Langkah:": the steps of a task, in order
    reason: bool = False  # written as "Alasan:": why a rule holds, as the guidance says



class Passage(BaseModel):
    id: str
    title: str
    text: str
    source: str
    answers: list[ShortAnswer] = []
    here: str = ""  # where its task is done in this assistant («Di Asisten IKI: …»), from a "Di sini:" line


def parse_passages(markdown: str, file_id: str) -> list[Passage]:
    passages = []
    for number, section in enumerate(re.split(r"(?m)^## ", markdown)[1:], start=1):
        title, _, body = section.partition("\n")
        lines, answers, source, asked, here = [], [], "", [], ""
        for line in body.splitlines():
            if match := _SOURCE.match(line):
                source = match.group(1)
            elif match := _HERE.match(line):
                here = match.group(1)
            elif match := _ASKED.match(line):
                asked = [q.strip() for q in match.group(1).split("|") if q.strip()]
            elif match := _ANSWER.match(line):
                answers.append(ShortAnswer(text=match.group(2), questions=asked,
                                           steps=match.group(1).lower() == "langkah",
                                           reason=match.group(1).lower() == "alasan"))
                asked = []
            else:
                lines.append(line)
        text = "\n".join(lines).strip()
        if text:
            passages.append(Passage(id=f"{file_id}#{number}", title=title.strip(), text=text, source=source,
                                    answers=answers, here=here))
    return passages


def load_passages(directory: Path) -> list[Passage]:
    passages: list[Passage] = []
    for path in sorted(directory.glob("*.md")):
        passages.extend(parse_passages(path.read_text(encoding="utf-8"), path.stem))
    return passages
