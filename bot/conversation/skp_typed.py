"""An SKP change typed in plain words, as the command it stands for: «hapus IKI 4 aja» → /buang 4, «IKI 3 targetnya
naikin jadi 160 SK» → /ubah 3 target 160 SK. The command does the rest (after /tetapkan: a perubahan SKP with its
reason asked). Words: knowledge/catatan_harian.yaml skp_remove, skp_number_fields."""

import re

from bot import knowledge
from bot.conversation.answers import read_answer
from bot.lang.text import tokens
from bot.year.entry_kind import NAMES_IKI

MAX_OTHER_WORDS = 1  # «tolong hapus IKI 4 aja»: besides the remove word and fillers, a word at most


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("catatan_harian")
    return {"remove": frozenset(data["skp_remove"]), "fields": dict(data["skp_number_fields"]),
            "filler": frozenset(knowledge.data("intent")["filler"])}


def as_command(text: str, iki_count: int) -> str | None:
    """The command a plain instruction about one of the user's IKI stands for; None when it names no single IKI of
    the SKP or says nothing this reads (it is then explained, as before)."""
    named = {int(m.group(1)) for m in NAMES_IKI.finditer(text)}
    if len(named) != 1:
        return None
    number = named.pop()
    if not 1 <= number <= iki_count:
        return None
    words, said = tokens(NAMES_IKI.sub(" ", text)), _words()
    field = next((said["fields"][w] for w in words if w in said["fields"]), None)
    if field is not None:
        after = re.split(rf"\b{re.escape(next(w for w in words if w in said['fields']))}\b", text, 1,
                         flags=re.IGNORECASE)[-1]
        numbers = read_answer(NAMES_IKI.sub(" ", after)).numbers
        return f"/ubah {number} {field} {numbers[0].text}" if len(numbers) == 1 else None
    removing = [w for w in words if w in said["remove"]]
    others = [w for w in words if w not in said["remove"] and w not in said["filler"]]
    return f"/buang {number}" if removing and len(others) <= MAX_OTHER_WORDS else None
