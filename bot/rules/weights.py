"""Weights as they are typed: what remains per jenis against the guidance (Core 100%, split CL/TUSI/MI by whether
the employee cascades directly; Beyond 20%), and whether a new weight overshoots it. Numbers: policy.yaml."""

import re

from bot.knowledge import policy
from bot.lang.numbers import format_number, parse_number
from bot.models import Jenis, SkpDraft

_PERCENT_WORDS = re.compile(r"\s*(?:%|persen|prosen|percent)\s*$", re.IGNORECASE)


_KEEP = re.compile(r"\btetap\s+simpan\b", re.IGNORECASE)


def wants_to_keep(text: str) -> bool:
    """"tetap simpan" (alone or after the number): keep a weight past the guidance, knowingly."""
    return bool(_KEEP.search(text))


WEIGHT_SLACK = 0.01  # weights summed from decimals typed by hand («33,33») may miss a total by rounding


def parse_weight(text: str) -> float | None:
    """"20", "20%", "20 persen" and "20,5" all read; anything else, or past the SKP's whole weight, is None."""
    value = parse_number(_PERCENT_WORDS.sub("", _KEEP.sub("", text).strip()))
    return value if value is not None and 0 <= value <= policy().weights.ceiling else None


def weight_hint() -> str:
    """What a weight looks like, for a refused one."""
    return f"Bobot harus angka 0–{policy().weights.ceiling} (persen), misalnya 20, 20% atau 20,5."


def cascades_directly(skp: SkpDraft) -> bool:
    """Whether the direct-cascade split applies: said so (PRIMA), or the SKP holds a Core CL IKI, which only a direct
    cascade has (a Ketua Tim's own indicator saved from /mpph)."""
    return skp.cascading_langsung or any(iki.jenis is Jenis.core_cl for iki in skp.iki)


def caps(skp: SkpDraft) -> dict[Jenis, float]:
    """The guidance per jenis for this SKP: CL/TUSI/MI as the split says, Beyond its own total."""
    weights = policy().weights
    split = weights.split["direct" if cascades_directly(skp) else "indirect"]
    return {Jenis(j): float(v) for j, v in split.items()} | {Jenis.beyond: float(weights.beyond_total)}


def used(skp: SkpDraft, skip: int | None = None) -> dict[Jenis, float]:
    """Weight given per jenis, leaving out IKI number `skip` (0-based), the one being changed."""
    totals = {jenis: 0.0 for jenis in Jenis}
    for i, iki in enumerate(skp.iki):
        if i != skip and iki.jenis and iki.bobot is not None:
            totals[iki.jenis] += iki.bobot
    return totals


def remaining_text(skp: SkpDraft, skip: int | None = None) -> str:
    """"Sisa bobot menurut panduan: Core TUSI 50%, Core MI 10%, Beyond 20% (Core 100%, Beyond 20%)."; "" for a unit
    leader, whose SKP the table does not hold (policy.yaml weights.roles: tester53 P2-1)."""
    if skp.peran not in policy().weights.roles:
        return ""
    limit, given = caps(skp), used(skp, skip)
    # shares to two decimals add up to a hair past their total (8,18 × 10 + 8,2): that is no excess (tester53 P2-9)
    parts = [f"{j.label} {format_number(max(limit[j] - given[j], 0))}%" if limit[j] >= given[j] - WEIGHT_SLACK
             else f"{j.label} lebih {format_number(given[j] - limit[j])}%" for j in Jenis if limit[j] or given[j]]
    core = policy().weights.core_total
    return f"Sisa bobot menurut panduan: {', '.join(parts)} (Core {core}%, Beyond {policy().weights.beyond_total}%)."


def given_text(skp: SkpDraft) -> str:
    """«Bobot kini: Core CL 50%, Core TUSI 40%, Core MI 10%, Beyond 20% (Core 100% + Beyond 20% = 120%).»: the
    weights given so far per jenis and their sum; "" before any."""
    given = used(skp)
    parts = [f"{jenis.label} {format_number(total)}%" for jenis, total in given.items() if total]
    if not parts:
        return ""
    core = sum(total for jenis, total in given.items() if jenis.is_core)
    beyond = given.get(Jenis.beyond, 0)
    sums = f"Core {format_number(core)}% + Beyond {format_number(beyond)}% = {format_number(core + beyond)}%" \
        if beyond else f"Core {format_number(core)}%"
    return f"Bobot kini: {', '.join(parts)} ({sums})."


def past_share(skp: SkpDraft, jenis: Jenis, bobot: float) -> str | None:
    """Why one IKI's weight is past its jenis's whole share under the guidance (Core CL 50, TUSI 40 or 90, MI 10,
    Beyond 20): no IKI alone outweighs its jenis, so the number may be meant as something else; None when it fits."""
    share = caps(skp)[jenis]
    if bobot <= share + WEIGHT_SLACK:
        return None
    return (f"Bobot {format_number(bobot)}% melebihi seluruh bagian {jenis.label} menurut panduan "
            f"({format_number(share)}%), jadi tidak saya simpan.")


def overshoot(skp: SkpDraft, jenis: Jenis, bobot: float, skip: int | None = None) -> str | None:
    """Why a weight for this jenis goes past the guidance, or None when it fits."""
    limit, given = caps(skp), used(skp, skip)
    total = given[jenis] + bobot
    if total > limit[jenis] + WEIGHT_SLACK:
        left = max(limit[jenis] - given[jenis], 0)
        return (f"Bobot {format_number(bobot)}% membuat total {jenis.label} {format_number(total)}%, padahal panduannya "
                f"{format_number(limit[jenis])}%. Sisa untuk {jenis.label}: {format_number(left)}%.")
    if jenis.is_core:
        core = sum(v for j, v in given.items() if j.is_core) + bobot
        if core > policy().weights.core_total + WEIGHT_SLACK:
            return (f"Bobot {format_number(bobot)}% membuat total Core {format_number(core)}%, padahal totalnya "
                    f"{policy().weights.core_total}%.")
    return None


def as_fractions(weights: list[float]) -> float | None:
    """Weights written as fractions of one (0.4, 0.3 …: a spreadsheet's 40% typed as its value): every weight given
    is above 0 and at most 1 and together they are no more than the guidance's Core and Beyond totals as fractions.
    Returns one of them to show («0,4 = 40%»), or None."""
    given = [w for w in weights if w]
    ceiling = (policy().weights.core_total + policy().weights.beyond_total) / 100
    if len(given) < 2 or not all(0 < w <= 1 for w in given) or sum(given) > ceiling + 0.001:
        return None
    return max(given)


def fraction_note(weight: float) -> str:
    """«tertulis sebagai pecahan? 0,4 = 40%»"""
    return f"tertulis sebagai pecahan? {format_number(weight)} = {format_number(round(weight * 100, 2))}%"


def split_text(pattern: str, labels: str = "full") -> str:
    """The guidance's Core split as one line, «Core CL 50%, Core TUSI 40%, Core MI 10%» (labels "short": «CL 50%, …»),
    for the pattern «direct» (a direct cascade) or «indirect»; a jenis with no share left out."""
    return ", ".join(f"{Jenis(j).label if labels == 'full' else Jenis(j).label.removeprefix('Core ')} "
                     f"{format_number(v)}%" for j, v in policy().weights.split[pattern].items() if v)

