"""A «%» written on a part: a share of the work or the part's own target (play40 F3). On a Jumlah indicator it can only
be a share of the total, turned into that many units and said so; on a Persentase indicator a part's percent below
the leader's is either, so the leader is asked once (buttons) before anything is saved."""

from bot import knowledge, render
from bot.conversation.answers import measure_class
from bot.conversation.replies import Button, Reply
from bot.conversation.state import MpphState
from bot.lang.numbers import format_number, parse_target
from bot.lang.text import tokens
from bot.skp.mpph import SHARE_SLACK, LeaderIndicator, Role, makes_whole
from bot.skp.regions import coverage

SHARE, TARGET = "porsi", "target"
BUTTONS = [Button("Porsi beban kerja", f"mpph:share:{SHARE}"), Button("Target capaian bagiannya", f"mpph:share:{TARGET}")]


def _percent(role: Role) -> float | None:
    target = parse_target(role.target) if role.target is not None else None
    return target.value if target is not None and target.is_percent else None


def count_shares(leader: LeaderIndicator) -> str:
    """«Andi; regional barat; 40%» under «Jumlah …; 200 fasyankes»: 40% of the total, 80 fasyankes, written as the
    part's target; the sentence saying so, or ""."""
    whole = parse_target(leader.target)
    if measure_class(leader.indikator) != "count" or whole is None or whole.is_percent:
        return ""
    turned = []
    for role in leader.peran:
        share = _percent(role)
        if share is None:
            continue
        role.porsi = f"{format_number(share)}%"
        role.target, role.satuan = format_number(round(whole.value * share / 100, 2)), None
        turned.append(f"{role.pegawai} {role.porsi} = {render.target_text(role.model_copy(update={'satuan': leader.satuan}))}")
    if not turned:
        return ""
    return (f"{leader.id} berupa jumlah, jadi «%» pada bagian saya baca sebagai porsi dari target "
            f"{render.target_text(leader)}: " + ", ".join(turned) + "." + whole_said(leader))


def whole_said(leader: LeaderIndicator) -> str:
    """Shares of a wilayah split making the whole work while regions are left over: the scope is closed by them, and
    how to widen it said (the regions themselves are named once, in the matrix's note); "" otherwise."""
    if leader.metode != "wilayah" or leader.wilayah or leader.sisa_wilayah or leader.abroad or not leader.shares_whole \
            or coverage(leader.parts).complete:
        return ""
    return (f" Porsinya berjumlah 100%, jadi wilayah yang dibagi saya catat sebagai seluruh cakupan {leader.id}; bila "
            "wilayah lain juga termasuk, tambahkan ke bagian seorang anggota dengan «Ubah peran N».")


def unclear(leader: LeaderIndicator) -> list[Role]:
    """The parts of a Persentase indicator whose percent is below the leader's when the parts' percents could be
    shares, adding up to 100 at most: a share of the work or the part's own target (40% beside members at 20% each,
    under a 90% target). Percents adding up past 100 (60, 55, 70) are targets: shares never do; nor is one percent
    beside parts counted in their own units (tester58 F3: «4 dokumen» beside «70%»)."""
    whole = parse_target(leader.target)
    if whole is None or not whole.is_percent or measure_class(leader.indikator) not in ("percent", None):
        return []
    typed = [share for role in leader.peran if (share := _percent(role)) is not None]
    if len(typed) < 2 or len(typed) < len(leader.peran) or sum(typed) > 100 + SHARE_SLACK:
        return []  # shares split the whole work: every part has one; a part in its own unit («4 dokumen») says targets
    return [role for role in leader.peran if (share := _percent(role)) is not None and share < whole.value]


def question(leader: LeaderIndicator, roles: list[Role]) -> Reply:
    typed = ", ".join(f"{role.pegawai} {role.target}" for role in roles)
    total = sum(_percent(role) for role in roles)
    summed = f" (jumlahnya {format_number(total)}%)" if makes_whole([total]) else ""
    return Reply(f"{leader.id} sendiri berupa persentase dengan target {render.target_text(leader)}. Angka "
                 f"{typed}{summed} itu maksudnya porsi beban kerja tiap orang, atau target capaian bagiannya? Porsi "
                 f"beban: setiap bagian memegang target {render.target_text(leader)} dan porsinya dicatat di matriks. "
                 "Target capaian: angkanya dipakai sebagai target bagian itu.", BUTTONS + [Button("Batal", "mpph:cancel")],
                 choice_only=True)


def answer_in(text: str) -> str | None:
    """«porsi», «itu beban kerjanya», «target»: which of the two a typed answer names; None for neither or both."""
    words, data = set(tokens(text)), knowledge.data("mpph")
    share, target = bool(words & set(data["porsi_kata"])), bool(words & set(data["target_kata"]))
    return SHARE if share and not target else TARGET if target and not share else None


def settle(flow: MpphState, leader: LeaderIndicator, answer: str) -> str:
    """The answer applied: shares kept as porsi with the leader's target on each part, or the percents kept as the
    parts' targets (never asked again for this indicator); the sentence saying so."""
    roles = unclear(leader)
    flow.shares_kept.append(leader.id)
    if answer == TARGET:
        return "Dicatat: angka itu target capaian bagiannya."
    for role in roles:
        role.porsi, role.target, role.satuan = str(role.target), leader.target, None
    named = ", ".join(f"{role.pegawai} {role.porsi}" for role in roles)
    return (f"Dicatat sebagai porsi beban kerja ({named}); setiap bagian memegang target "
            f"{render.target_text(leader)}." + whole_said(leader))
