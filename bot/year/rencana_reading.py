"""A change to the rencana aksi as typed — "/rencana 2 tambah pembahasan draf mei-juni", "/rencana 2 ubah 1 april-mei",
"tahap 3 IKI 2 diundur jadi juli-november", "iya tahap 2 IKI 2 selesai", "IKI 2 tahapnya pakai punya saya: 1) … jan-feb
2) …" — read once into a RencanaEdit the engine applies with bot.year.rencana. Words: knowledge/rencana_aksi.yaml."""

import re
from dataclasses import dataclass, field

from bot import knowledge
from bot.lang.numbers import parse_number
from bot.lang.refs import iki_refs, joined_numbers, joined_stage_refs, stage_refs
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.year.models import YearError
from bot.year.periods import read_months
from bot.year.rencana import read_stage, read_stage_list

_LEADING = re.compile(r"^\s*(\d{1,2})\b\s*(.*)$", re.DOTALL)  # "/rencana 2 tambah …": the rest after the command
_SHARE = re.compile(r"\b(?:bagian|porsi|target|share)\s*:?\s*(\d[\d.,]*)", re.IGNORECASE)


@dataclass
class RencanaEdit:
    action: str  # add | edit | remove | done | replace
    iki: int | None = None  # 1-based; None when the text does not say (the engine asks or uses the one shown)
    stage: int | None = None  # 1-based; None with all_stages or for add/replace
    all_stages: bool = False
    name: str | None = None
    months: list[int] | None = None
    share: float | None = None
    stages: list[tuple[str, list[int]]] = field(default_factory=list)
    done: list[int] = field(default_factory=list)  # «tahap 1 sm 2 … selesai»: every stage named done, `stage` the first


@knowledge.cached
def _words() -> dict[str, PhraseSet]:
    return {key: phrase_set("rencana_aksi", "edit_words", key) for key in knowledge.data("rencana_aksi")["edit_words"]}


def asks_change(text: str) -> bool:
    """Whether the text asks to change the plan though it names a month («/rencana 2 tambah sosialisasi feb»: a stage
    added, not February's stages shown): an IKI number opening it with an edit word, or a word adding, removing or
    replacing stages."""
    said, leading = _words(), _LEADING.match(text)
    if leading and any(said[a].find(tokens(leading.group(2))) for a in ("replace", "done", "add", "remove", "edit")):
        return True
    return any(said[a].find(tokens(text)) for a in ("replace", "add", "remove"))


def read_edit(text: str) -> RencanaEdit:
    """YearError (Indonesian, with an example) when the text asks for no change it can read."""
    iki_match, stage_match = iki_refs().search(text), stage_refs().search(text)
    iki = int(iki_match.group(1)) if iki_match else None
    stage = int(stage_match.group(1)) if stage_match else None
    rest = text
    leading = _LEADING.match(text) if not iki_match else None
    if leading:  # "/rencana 2 ubah 1 april-mei"
        iki, rest = int(leading.group(1)), leading.group(2)
    words, said = tokens(rest), _words()
    action = next((a for a in ("replace", "done", "add", "remove", "edit") if said[a].find(words)), None)
    if action is None:
        raise YearError("Perubahan rencana aksi belum terbaca. Contoh: «/rencana 2 tambah pembahasan draf mei-juni», "
                        "«/rencana 2 ubah 1 april-mei», «/rencana 2 hapus 3», «tahap 2 IKI 1 selesai».")
    found = said[action].find(words)
    after = _after(rest, found[1]) if found else rest
    if stage is None and action in ("edit", "remove", "done"):
        number = re.match(r"\s*(?:tahap\s*)?(\d{1,2})\b", after)
        if number:
            stage, after = int(number.group(1)), after[number.end():]
    edit = RencanaEdit(action, iki, stage, all_stages=bool(said["all"].find(tokens(text))))
    joined = joined_stage_refs().search(text)
    if action == "done" and joined and len(joined_numbers(joined.group(1))) > 1:  # «tahap 1 sm 2 IKI 4 udh selesai»
        edit.done = joined_numbers(joined.group(1))  # every stage named, never the first alone (tester59 F23)
    share = _SHARE.search(after)
    if share:
        edit.share = parse_number(share.group(1))
        after = after[:share.start()] + after[share.end():]
    after = iki_refs().sub(" ", stage_refs().sub(" ", after)).strip(" :,.-")
    if action == "replace":
        edit.stages = read_stage_list(after.split(":", 1)[-1])
    elif action == "add":
        name, edit.months = read_stage(_trimmed(after))
        edit.name = _trimmed(name)
    elif action == "remove" and stage is None and after:  # «hapus tahap rapat persiapan di IKI 2»: named, not numbered
        edit.name = _trimmed(after) or None
    elif action == "done" and stage is None and not edit.all_stages:  # «tahap evaluasi IKI 2 sudah selesai»
        before = _before(rest, found[1]) if found else ""
        edit.name = _trimmed(_without_filler(iki_refs().sub(" ", before))) or None
    elif action == "edit" and after:
        target = _without_filler(_renamed(after.split(",")[0]).strip())
        months = read_months(target)
        if months and all(read_months(w) for w in re.split(r"[\s\-–]+|s\.d\.|sampai|dan", target) if w.strip()):
            edit.months = months
        elif target:
            try:
                edit.name, edit.months = read_stage(target)
            except YearError:
                edit.name = target[:1].upper() + target[1:]
    return edit


def _trimmed(name: str) -> str:
    """«utk : evaluasi pelaksanaan BIAS di bulan» → «Evaluasi pelaksanaan BIAS»: the words around a stage's name
    that are no part of it, before it and before its months (rencana_aksi.yaml edit_words name_lead, month_lead)."""
    said = knowledge.data("rencana_aksi")["edit_words"]
    lead = frozenset(said["name_lead"])
    trail = sorted((tuple(p.split()) for p in said["month_lead"]), key=len, reverse=True)
    words = name.replace(":", " : ").split()
    while words and (words[0].lower() in lead or words[0] == ":"):
        words.pop(0)
    while words and (words[-1].lower() in lead or words[-1] == ":"):
        words.pop()
    cut = True
    while cut:
        cut = next((p for p in trail if len(words) > len(p) and tuple(w.lower() for w in words[-len(p):]) == p), None)
        if cut:
            del words[-len(cut):]
    text = " ".join(words).replace(" :", ":").strip(" :,.-")
    return text[:1].upper() + text[1:]


def _before(text: str, phrase: tuple[str, ...]) -> str:
    """The text before the first occurrence of the phrase's words."""
    pattern = r"\s+".join(re.escape(w) for w in phrase)
    match = re.search(rf"\b{pattern}\b", text, re.IGNORECASE)
    return text[:match.start()] if match else ""


def _after(text: str, phrase: tuple[str, ...]) -> str:
    """The text after the first occurrence of the phrase's words."""
    pattern = r"\s+".join(re.escape(w) for w in phrase)
    match = re.search(rf"\b{pattern}\b", text, re.IGNORECASE)
    return text[match.end():] if match else text


def _renamed(text: str) -> str:
    """The new name or months after the words leading them: «ke juli», «judulnya jd Pemberian askep …» (tester20b #23:
    «Judulnya jd» was kept as the stage's name)."""
    leads = sorted(knowledge.data("rencana_aksi")["edit_words"]["rename_lead"], key=len, reverse=True)
    found = re.match(rf"^\s*(?:{'|'.join(re.escape(w) for w in leads)})\s*:?\s+", text, re.IGNORECASE)
    return text[found.end():] if found else text


def _without_filler(text: str) -> str:
    """"april-mei ya" → "april-mei": chat filler at the end (knowledge/intent.yaml) is no part of a stage."""
    filler = frozenset(knowledge.data("intent")["filler"])
    words = text.split()
    while words and words[-1].lower().strip(".,!") in filler:
        words.pop()
    return " ".join(words)
