"""«Core TUSI» or «bobot 20» typed with no question open while IKI of the draft still lack a jenis or a weight: the IKI
lacking it offered as buttons «IKI N: …» that set it (pressed in skp_buttons)."""

from bot import knowledge
from bot.conversation.answers import read_answer
from bot.conversation.field_edit import CANCEL
from bot.conversation.field_value import LABELS
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.lang.numbers import format_number
from bot.lang.text import short, tokens


def fills_missing(state: UserState, text: str) -> list[Reply] | None:
    """«Core TUSI» or «bobot 20» typed with no question open while IKI of the draft still lack a jenis or a weight: which
    IKI lack it, each a button «IKI N: …» that sets it («Core TUSI 25»: both); None when the message is no such value
    or no IKI lacks it."""
    words = tokens(text)
    if not words or len(words) > knowledge.data("conversation")["missing_values"]["max_words"] or "?" in text:
        return None
    answer = read_answer(text)
    weight = answer.named.get("bobot") or (answer.numbers[0] if len(answer.numbers) == 1 else None)
    if len(answer.numbers) > 1 or (answer.jenis is None and "bobot" not in answer.named):
        return None  # «bobot 20», a jenis with or without its weight; never a bare «20» (a pick, a count, a figure)
    if set(answer.named) - {"bobot"} or (weight is not None and not 0 < weight.value <= 100):
        return None
    values = ([("jenis", answer.jenis.value)] if answer.jenis is not None else []) \
        + ([("bobot", format_number(weight.value))] if weight is not None else [])
    lacking = [n for n, iki in enumerate(state.skp.iki, start=1)
               if any(getattr(iki, field) is None for field, _ in values)]
    if not lacking:
        return None
    said = " dan ".join(f"jenis {answer.jenis.label}" if field == "jenis" else f"bobot {value}%"
                        for field, value in values)
    missing = " atau ".join(LABELS[field].lower() for field, _ in values)
    data = ",".join(f"{field}={value}" for field, value in values)
    buttons = [Button(f"IKI {n}: {short(state.skp.iki[n - 1].indikator, 40, at_word=True)}", f"skp:fill:{n}:{data}")
               for n in lacking]
    return [Reply(f"«{text.strip()}» saya baca sebagai {said}. IKI yang belum punya {missing}: "
                  f"{', '.join(f'IKI {n}' for n in lacking)}. Pilih IKI-nya, atau ketik /ubah NOMOR.",
                  buttons + [CANCEL], choice_only=True)]
