"""A correction whose value carries a count's unit («eh salah, yg kader 175 kader») names the IKI it is for by that
unit: the one IKI of the draft counted in it (its satuan, or its target's unit), never a Persentase (tester56 F3:
«yg kapal HQC 1.250 kapal» for the «Jumlah kapal … (HQC)» IKI was saved as the data awal of a % IKI)."""

from bot.lang.text import tokens
from bot.lang.values import Number, numbers_in
from bot.models import IkiDraft
from bot.rules.analysis import implied_satuan


def counted_in(iki: IkiDraft, unit: str) -> bool:
    """The IKI is counted in `unit`: its satuan or its target's unit opens with the same word; a % IKI never."""
    if (iki.satuan or implied_satuan(iki)) == "%":
        return False
    word = tokens(unit)[:1]
    own = [tokens(iki.satuan or "")[:1]] + [tokens(n.unit or "")[:1] for n in numbers_in(iki.target or "", iki.indikator)]
    return bool(word) and word in own


def iki_of_unit(iki: list[IkiDraft], number: Number | None, text: str) -> int | None:
    """0-based place of the one IKI `number`'s unit counts (several: the one sharing most other words with the
    message, «kapal HQC»); None when the number has no count unit or no single IKI fits."""
    if number is None or not number.unit or number.unit == "%":
        return None
    fits = [i for i, item in enumerate(iki) if counted_in(item, number.unit)]
    if len(fits) > 1:
        said = set(tokens(text)) - set(tokens(number.unit))
        shared = {i: len(said & set(tokens(iki[i].indikator))) for i in fits}
        best = max(shared.values())
        fits = [i for i in fits if shared[i] == best]
    return fits[0] if len(fits) == 1 else None
