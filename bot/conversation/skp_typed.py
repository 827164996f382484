"""An SKP change typed in plain words, as the command it stands for: «hapus IKI 4 aja» → /buang 4, «IKI 3 targetnya
naikin jadi 160 SK» → /ubah 3 target 160 SK. The command does the rest (after /tetapkan: a perubahan SKP with its
reason asked). Words: knowledge/catatan_harian.yaml skp_remove, skp_number_fields."""

import re
from dataclasses import dataclass

from bot import knowledge
from bot.conversation.answers import read_answer
from bot.lang.refs import iki_refs, joined_iki_refs
from bot.lang.text import alternation, phrase_set, tokens

MAX_OTHER_WORDS = 1  # «tolong hapus IKI 4 aja»: besides the remove word and fillers, a word at most
# The fields whose value a correction typed right after the edit puts right («eh bentar, 15 aja» after «bobot 10»).
VALUE_FIELDS = ("target", "baseline", "bobot", "jenis")


@dataclass(frozen=True)
class FieldEdit:
    """One field of the draft's IKI `number` changed by a typed message; its value "" when it is asked next."""

    number: int
    field: str
    value: str = ""

    @property
    def command(self) -> str:
        """What /ubah is given: «1 target 90%», «1 target» (its value asked)."""
        return f"{self.number} {self.field} {self.value}".rstrip()

    @property
    def correctable(self) -> str:
        """«1 target» (UserState.edited_field) when a correction typed next puts this value right, else ""."""
        return f"{self.number} {self.field}" if self.value and self.field in VALUE_FIELDS else ""

    @staticmethod
    def corrected(edited: str, value: str) -> "FieldEdit":
        """The field `edited` names («1 target», from correctable) given the corrected value."""
        number, field = edited.split()
        return FieldEdit(int(number), field, value)


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("catatan_harian")
    return {"remove": frozenset(data["skp_remove"]), "settle": frozenset(data["skp_settle"]),
            "fields": dict(data["skp_number_fields"]),
            "filler": frozenset(knowledge.data("intent")["filler"]), "pointing": frozenset(data["skp_remove_pointing"])}


def as_command(text: str, iki_count: int) -> str | None:
    """The command a plain instruction about one of the user's IKI stands for; None when it names no single IKI of
    the SKP or says nothing this reads (it is then explained, as before)."""
    removed = _removed_by_number(text, iki_count)  # «buang IKI 4 sm 5» (tester22b #1b), «hapus no 2»
    if removed:
        return removed
    named = {int(m.group(1)) for m in iki_refs().finditer(text)}
    if not named and settles(text):  # «tetapin aja skp nya»: it asks first
        return "/tetapkan"
    if len(named) != 1:
        return None
    number = named.pop()
    if not 1 <= number <= iki_count:
        return None
    words, said = tokens(iki_refs().sub(" ", text)), _words()
    field = next((said["fields"][w] for w in words if w in said["fields"]), None)
    if field is not None:
        after = re.split(rf"\b{re.escape(next(w for w in words if w in said['fields']))}\b", text, 1,
                         flags=re.IGNORECASE)[-1]
        numbers = read_answer(iki_refs().sub(" ", after)).numbers
        return f"/ubah {number} {field} {numbers[0].text}" if len(numbers) == 1 else None
    removing = [w for w in words if w in said["remove"]]
    others = [w for w in words if w not in said["remove"] and w not in said["filler"]]
    return f"/buang {number}" if removing and len(others) <= MAX_OTHER_WORDS else None


def settles(text: str) -> bool:
    """«tetapin aja skp nya», «udh disetujui kepala balai kmrn, tetapkan ya» (tester56 F10): a settle word with «SKP»,
    or one closing the message with nothing after it but filler («ya», «aja», «dong») — a request to run /tetapkan
    (which asks first), never work done; «tetapkan jadwal piket» names what is set, so it is work."""
    if iki_refs().search(text):
        return False
    words, said = tokens(text), _words()
    at = [i for i, w in enumerate(words) if w in said["settle"]]
    if not at:
        return False
    return "skp" in words or all(w in said["filler"] for w in words[at[-1] + 1:])


def _removed_by_number(text: str, iki_count: int) -> str | None:
    """«buang no 3, 5 sama 8», «hapus no 2», «yg no 1 buang aja», «hapus iki 4 dan 5»: /buang with those numbers
    (tester20a #6: they were checked as an IKI); None unless a remove word and numbers of the draft's IKI are all it
    says."""
    found = list(joined_iki_refs().finditer(text))
    if len(found) != 1:
        return None
    numbers = [int(n) for n in re.findall(r"\d{1,2}", found[0].group(1))]
    if not numbers or not all(1 <= n <= iki_count for n in numbers):
        return None
    said = _words()
    words = tokens(text[:found[0].start()] + " " + text[found[0].end():])
    removing = [w for w in words if w in said["remove"]]
    others = [w for w in words if w not in said["remove"] and w not in said["filler"] and w not in said["pointing"]]
    return f"/buang {' '.join(map(str, dict.fromkeys(numbers)))}" if removing and len(others) <= MAX_OTHER_WORDS \
        else None


@knowledge.cached
def numbered(*leads: str) -> str:
    """«IKI no 1», «yg no 1», «no. 2», «IKI ke-3»: one IKI of the draft named by its number (group «n») after a lead
    of the lists conversation.yaml edit_iki gives under `leads` («names», «refers»), as a regular expression; the
    number is never a value («no 1,5»)."""
    words = knowledge.data("conversation")["edit_iki"]
    either = alternation(lead for key in leads for lead in words[key])
    return rf"(?:{either})\s*\.?\s*-?\s*(?P<n>\d{{1,2}})(?:\s*-?nya)?\b(?!\s*[%.,]\d)"


@knowledge.cached
def _reference() -> re.Pattern:
    return re.compile(rf"\b{numbered('names', 'refers')}", re.IGNORECASE)


@knowledge.cached
def _field_words() -> tuple[re.Pattern, dict[str, str]]:
    fields = dict(knowledge.data("conversation")["edit_iki"]["fields"])
    return re.compile(rf"\b(?:{alternation(fields)})\b", re.IGNORECASE), fields


def field_edits(text: str, iki_count: int) -> list[FieldEdit] | None:
    """Each field the message changes: «eh yg no 1 targetnya ganti jadi 90% deh» → 1 target 90%, «yg no 1 jenisnya
    core cl aja, bobotnya 50» → 1 jenis core_cl and 1 bobot 50, «maksud sy IKI no 1 targetnya diganti» → 1 target
    (its value asked): the fields of one IKI of the draft named by its number; the number names the IKI, never a value.
    None when the message names no single IKI of the draft with a field, or a field's value cannot be read."""
    named = {int(m["n"]) for m in _reference().finditer(text)}
    if len(named) != 1 or not 1 <= (number := named.pop()) <= iki_count:
        return None
    rest = _reference().sub(" ", text)
    pattern, fields = _field_words()
    found = list(pattern.finditer(rest))
    if not found:
        return None
    verbs = phrase_set("conversation", "edit_iki", "verbs")
    edits = []
    for at, match in enumerate(found):
        field = fields[" ".join(match.group(0).lower().split())]
        segment = rest[match.end(): found[at + 1].start() if at + 1 < len(found) else len(rest)]
        answer = read_answer(segment)
        if field == "jenis" and answer.jenis is not None:
            edits.append(FieldEdit(number, "jenis", answer.jenis.value))
        elif field != "jenis" and len(answer.numbers) == 1:
            edits.append(FieldEdit(number, field, answer.numbers[0].text))
        elif not answer.numbers and answer.jenis is None and verbs.find(tokens(segment)) and len(found) == 1:
            edits.append(FieldEdit(number, field))  # «targetnya diganti»: its new value asked
        else:
            return None
    return edits
