"""The line under a save of several IKI saying their fields can be typed at once (targets in order, the jenis and
weights of all, no data awal for any), with an example made from the IKI saved: never about twenty questions one at a
time unsaid."""

from bot import knowledge
from bot.models import IkiDraft
from bot.rules.analysis import analyse
from bot.rules.measures import needs_baseline


def hint(saved: list[IkiDraft]) -> str:
    """"" when fewer than `least` IKI were saved, or when no two of them lack a target or a jenis and weight."""
    words = knowledge.data("conversation")["fill_at_once"]
    if len(saved) < words["least"]:
        return ""
    untargeted = [iki for iki in saved if iki.target is None]
    unweighted = [iki for iki in saved if iki.jenis is None or iki.bobot is None]
    examples = []
    if len(untargeted) >= 2:
        targets = words["example_targets"]
        values = [targets.get(analyse(iki).measure_class or "other", targets["other"]) for iki in untargeted]
        examples.append(f"targetnya berurutan, misalnya «target {', '.join(values)}»")
    if len(unweighted) >= 2:
        examples.append(f"jenis dan bobot semuanya, misalnya «{words['weights']}»")
    if sum(iki.baseline is None and needs_baseline(iki) for iki in saved) >= 2:
        examples.append(f"«{words['no_baseline']}» bila data awalnya belum diukur")
    if not examples:
        return ""
    return ("Isian semua IKI ini bisa ditulis sekaligus, tidak perlu satu per satu: " + ", lalu ".join(examples)
            + ". Yang masih kosong sesudahnya saya tanyakan.")
