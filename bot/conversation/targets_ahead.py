"""Several values in order while one IKI's later field is asked (its data awal): no one field takes several
numbers, so they are the targets of the IKI saved with it that still wait, in order («80, 4 kajian, 75, 85»). Fewer
values than IKI waiting go to the first run of waiting IKI where each value fits its IKI's measure, a value with a
unit word only to an IKI naming it («4 kajian» to «Jumlah karya ilmiah hasil kajian …»); none is lost."""

from bot import knowledge, render
from bot.conversation.answers import one_share
from bot.conversation.iki_fields import short, target_fitted
from bot.conversation.state import UserState
from bot.lang.text import tokens
from bot.lang.values import Number, numbers_in
from bot.models import IkiDraft
from bot.rules.target_fit import target_misfit


def targets_ahead(state: UserState, text: str, field: str | None, queue: list[int], asked: int | None = None) -> str:
    """The targets set for the draft's IKI in `queue` (those after the one asked), said one per line (those not
    reached said too); "" unless `field`, the one asked, is not the target, the message holds two values or more and
    only their unit words and joins, and a run of the queue's IKI still without a target takes every value. One value
    whose unit word the IKI `asked` cannot hold and one waiting IKI only names («8 mahasiswa» at the data awal of a
    Persentase, «Jumlah mahasiswa bimbingan …» waiting: d9-dosen01) is that IKI's target."""
    if field in (None, "target"):
        return ""
    if asked is not None and 0 <= asked < len(state.skp.iki) and one_share(text, state.skp.iki[asked].indikator):
        return ""  # «3/4» at a Persentase's data awal: its one value, 75% (tester57 F5)
    text = without_closing_words(text)
    numbers = numbers_in(text)
    if len(numbers) == 1 and _only_values(text, numbers) and asked is not None and 0 <= asked < len(state.skp.iki):
        return _one_named_ahead(state, numbers[0], queue, state.skp.iki[asked])
    if len(numbers) < 2 or not _only_values(text, numbers):
        return ""
    waiting = [i for i in dict.fromkeys(queue) if 0 <= i < len(state.skp.iki) and state.skp.iki[i].target in (None, "")]
    start = next((at for at in range(len(waiting) - len(numbers) + 1)
                  if all(_fits(state.skp.iki[i], n) for i, n in zip(waiting[at:], numbers))), None)
    if start is None:
        return ""
    run = waiting[start:start + len(numbers)]
    done = []
    for index, number in zip(run, numbers):
        iki = state.skp.iki[index]
        target_fitted(iki, number)
        done.append(f"IKI ke-{index + 1} «{short(iki.indikator)}»: target {render.target_text(iki)}")
    rest = [str(i + 1) for i in waiting if i not in run]
    later = f"\nIKI ke-{', '.join(rest)} belum bertarget; saya tanyakan gilirannya nanti." if rest else ""
    return "Dicatat sebagai target, berurutan:\n" + "\n".join(done) + later


def values_in_order(text: str) -> bool:
    """«85, 80, 75 urut ya»: two values or more and only the words of values in order, no «?»: values answered,
    never a question for its closing «ya»."""
    if "?" in text:
        return False
    text = without_closing_words(text)
    numbers = numbers_in(text)
    return len(numbers) >= 2 and _only_values(text, numbers)


@knowledge.cached
def _in_order_words() -> frozenset[str]:
    data = knowledge.data("conversation")
    return frozenset({*data["number_joins"], *(w for p in data["draft_targets"]["words"] for w in tokens(p))})


def without_closing_words(text: str) -> str:
    """«85, 80, 75 urut ya» without «urut ya»: words saying the values go in order, never the last value's unit."""
    words = text.rstrip(" .!").split()
    while words and all(w in _in_order_words() for w in tokens(words[-1])) and tokens(words[-1]):
        words.pop()
    return " ".join(words)


def _only_values(text: str, numbers: list[Number]) -> bool:
    """Nothing but the values, each with its own unit word, the words joining them («80, 4 kajian, 75») and the words
    `draft_targets` allows beside targets in order («85, 80, 75 urut ya»: d10-hkm08)."""
    kept, start = [], 0
    for number in numbers:
        kept.append(text[start:number.start])
        start = number.end
    kept.append(text[start:])
    allowed = _in_order_words()
    return all(w in allowed for w in tokens(" ".join(kept)) if any(ch.isalnum() for ch in w))


def _fits(iki: IkiDraft, number: Number) -> bool:
    """The value can be this IKI's target; one with a unit word only for an IKI whose words name it."""
    unit = (number.unit or "").lower()
    if unit and unit != "%" and unit not in tokens(iki.indikator.lower()):
        return False
    return target_misfit(iki, number.text) is None


def _one_named_ahead(state: UserState, number: Number, queue: list[int], asked: IkiDraft) -> str:
    """The one waiting IKI without a target whose words name the value's unit word, that IKI's target; "" when the
    value has no unit word (or «%»), the IKI asked could hold it, or not exactly one waiting IKI takes it."""
    unit = (number.unit or "").lower()
    if not unit or unit == "%" or target_misfit(asked, number.text) is None:  # a value the IKI asked can hold
        return ""
    waiting = [i for i in dict.fromkeys(queue) if 0 <= i < len(state.skp.iki) and state.skp.iki[i].target in (None, "")]
    named = [i for i in waiting if _fits(state.skp.iki[i], number)]
    if len(named) != 1 or unit not in tokens(state.skp.iki[named[0]].indikator.lower()):
        return ""
    iki = state.skp.iki[named[0]]
    target_fitted(iki, number)
    return f"Dicatat sebagai target IKI ke-{named[0] + 1} «{short(iki.indikator)}»: {render.target_text(iki)}."
