"""Which IKI of the draft an /ubah or /buang argument names: its number («2», «#2», «dua») or words of its text
(«yg LPJ bendahara»), and what is said when it names none."""

import re

from bot import knowledge
from bot.conversation.answers import value_leads
from bot.conversation.field_value import FIELD_WORDS
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.lang.text import tokens
from bot.lang.values import numbers_in

USAGE = ("Tulis nomor IKI-nya, misalnya /ubah 2 (lalu pilih bagiannya), /ubah 2 bobot 30, /ubah 2 target 90, "
         "/ubah 2 jenis tusi, atau /ubah 2 teks Persentase …. Nomornya ada di /skp.")


_FIELD_WORD = re.compile(r"^(?P<word>[a-z]+?)(?:nya)?$")  # «targetnya» is «target»


@knowledge.cached
def _value_lead() -> re.Pattern:
    return re.compile(rf"^(?:(?:{value_leads()})\s+)+", re.IGNORECASE)


def named(state: UserState, rest: str) -> str | list[Reply] | None:
    """«yg LPJ bendahara target jd 98» → «3 target 98»: the IKI named by words of its text (every word typed before
    the field word found in it, in one IKI only), as /ubah N would be typed; replies asking which when several IKI
    hold those words; None when the words name none (then the number is asked for)."""
    raw = rest.split()
    at = next((i for i, w in enumerate(raw) if (m := _FIELD_WORD.match(w.lower().strip(":,")))
               and m["word"] in FIELD_WORDS and i > 0), None)
    name_words = raw[:at] if at is not None else raw
    pick = set(knowledge.data("conversation")["pick_words"]) | {"iki"}
    wanted = [w for w in tokens(" ".join(name_words)) if w not in pick]
    if not wanted:
        return None
    holding = [n for n, iki in enumerate(state.skp.iki)
               if all(any(t.startswith(w) for t in tokens(iki.indikator)) for w in wanted)]
    if not holding:
        return None
    if len(holding) > 1:
        listed = "; ".join(f"{n + 1}. {state.skp.iki[n].indikator}" for n in holding)
        return [Reply(f"«{' '.join(name_words)}» ada di beberapa IKI: {listed}. Tulis nomornya, misalnya "
                      f"/ubah {holding[0] + 1}{' ' + ' '.join(raw[at:]) if at is not None else ''}.")]
    if at is None:
        return str(holding[0] + 1)
    field = _FIELD_WORD.match(raw[at].lower().strip(":,"))["word"]
    value = _value_lead().sub("", " ".join(raw[at + 1:])).split(",")[0].strip()
    return " ".join(filter(None, [str(holding[0] + 1), field, value]))


def _number(typed: str) -> int | None:
    """"2", "#2", "dua": the IKI number typed, or None."""
    typed = typed.strip().lstrip("#")
    if typed.isdigit():
        return int(typed)
    found = numbers_in(typed)
    whole = len(found) == 1 and found[0].start == 0 and found[0].end == len(typed) and found[0].value.is_integer()
    return int(found[0].value) if whole else None


def index(state: UserState, number: str) -> int | None:
    value = _number(number)
    if value is None:
        return None
    index = value - 1
    return index if 0 <= index < len(state.skp.iki) else None


def bad_number(state: UserState, typed: str, usage: str = USAGE, verb: str = "diubah") -> str:
    count = len(state.skp.iki)
    if not count:
        return f"Draf SKP Anda masih kosong, jadi belum ada IKI yang bisa {verb}. Mulai dengan /prima atau /cek."
    if typed and _number(typed) is None:
        return f"«{typed}» bukan nomor IKI. Tulis angkanya; draf Anda punya IKI 1–{count} (lihat /skp). {usage}"
    if typed:
        return f"Tidak ada IKI nomor «{typed}»; draf Anda punya IKI 1–{count} (lihat /skp). {usage}"
    return usage
