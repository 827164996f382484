"""One IKI's weight weighed against the guidance's caps before it is kept, and the SKP's weights so far said: each
IKI's jenis and bobot, what the rules find wrong with them, and what is left per jenis."""

from bot import knowledge
from bot.knowledge import policy
from bot.lang.numbers import format_number
from bot.models import Category, IkiDraft, Jenis, SkpDraft
from bot.rules import check_skp
from bot.rules.weights import caps, overshoot, remaining_text, used


def weigh(skp: SkpDraft, iki: IkiDraft, bobot: float, skip: int | None = None) -> str:
    """The weight given to the IKI when its jenis has room for it under the caps (""), else why not: the IKI keeps its
    own. `skip`: the IKI's place in the SKP when it is saved already (its old weight does not count)."""
    reason = overshoot(skp, iki.jenis, bobot, skip=skip)
    if not reason:
        iki.bobot = bobot
    return reason or ""


_WEIGHT_CATEGORIES = (Category.WEIGHT_TOTAL, Category.WEIGHT_SPLIT)


def weights_so_far(skp: SkpDraft, jenis: Jenis | None = None, skip: int | None = None) -> str:
    """Each IKI's jenis and bobot, what the rules find wrong with them, and what is left per jenis; with `jenis` (the
    one whose weight is asked), why that much is left: the weight its other IKI hold already."""
    lines = ["Bobot di SKP Anda sekarang:"]
    for number, iki in enumerate(skp.iki, 1):
        kind = iki.jenis.label if iki.jenis else "jenis belum diisi"
        bobot = f"{format_number(iki.bobot)}%" if iki.bobot is not None else "bobot belum diisi"
        lines.append(f"{number}. {iki.indikator} — {kind} · {bobot}")
    wrong = [f.message for f in check_skp(skp).findings if f.category in _WEIGHT_CATEGORIES]
    lines += [f"✗ {message}" for message in wrong] or ["✓ Pembagian bobotnya sudah sesuai panduan."]
    if skp.peran not in policy().weights.roles:  # a unit leader: the members' table leaves them nothing «left»
        lines.append(" ".join(knowledge.data("step_help")["steps"]["jenis"]["leader_note"].split()))
    elif jenis is not None:
        limit, given = caps(skp)[jenis], used(skp, skip)[jenis]
        lines.append(f"Sisa {jenis.label} {format_number(max(limit - given, 0))}% karena IKI {jenis.label} lain sudah "
                     f"memakai {format_number(given)}% dari {format_number(limit)}% menurut panduan.")
    lines += [left] if (left := remaining_text(skp, skip)) else []  # "" for a unit leader
    lines.append("Ubah bobot satu IKI dengan /ubah NOMOR bobot ANGKA, misalnya /ubah 1 bobot 40.")
    return "\n".join(lines)
