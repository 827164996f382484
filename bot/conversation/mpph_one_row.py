"""One row per member on each indicator of the MPPH: two parts of the same member, however they came (typed on two
lines, added later, handed over, renamed by an edit), joined into one role (tester55 F8, mpph42 #3)."""

from bot.conversation.mpph_leader_row import same_name
from bot.conversation.mpph_roles import role_line
from bot.conversation.state import MpphState
from bot.lang.numbers import format_number, parse_target
from bot.skp.mpph import LeaderIndicator, Role, own_iki_split


def _same_member(a: Role, b: Role) -> bool:
    return a.pegawai.strip().lower() == b.pegawai.strip().lower() or same_name(a.pegawai, b.pegawai)


def _joinable(role: Role) -> bool:
    """A member's part that may share a row: not the leader's own, not one carrying an IKI of its own."""
    return not role.sendiri and not role.iki


def one_row_each(flow: MpphState, leader: LeaderIndicator, handed: Role) -> str:
    """A part given to a member who already holds another part of the same indicator («ubah 3 Budi; Sulawesi, …»
    while Budi holds role 2): one row for that member, the parts joined, never two rows of theirs on one indicator
    (tester55 F8). Roles carrying an IKI of their own (layanan, milestone) stay apart. What was joined, or ""."""
    if not _joinable(handed) or own_iki_split(leader):
        return ""
    held = next((role for role in leader.peran if role is not handed and _joinable(role) and _same_member(role, handed)),
                None)
    return _join(flow, leader, held, handed) if held is not None else ""


def join_rows(flow: MpphState, leader: LeaderIndicator) -> list[str]:
    """Every member named on two rows of this indicator given one, the later row joined to the first; what was
    joined, one sentence each."""
    if own_iki_split(leader):
        return []
    said = []
    for later in list(leader.peran):
        if later not in leader.peran or not _joinable(later):
            continue
        first = next(role for role in leader.peran if _joinable(role) and _same_member(role, later))
        if first is not later:
            said.append(_join(flow, leader, first, later))
    return said


def _join(flow: MpphState, leader: LeaderIndicator, held: Role, handed: Role) -> str:
    """`handed` joined to `held`, `held` keeping its place. The target: the same kept; a percentage the lower of the
    two (every region or aspect must reach it); counts of one unit summed (each part a share of the total); else the
    row's own, said. Shares of the work (porsi) summed; the remark kept."""
    was, given = parse_target(held.target), parse_target(handed.target)
    alike = was is not None and given is not None and was.unit == given.unit and not (was.bound or given.bound)
    note = ""
    if alike and (not was.is_percent or leader.metode == "kuantitatif"):
        held.target = format_number(was.value + given.value) + (f" {was.unit}" if was.unit else "")
        note = " (target kedua bagian dijumlahkan)"
    elif str(held.target) != str(handed.target) and alike and was.is_percent:
        note = f" (target terendah dari {held.target} dan {handed.target})"
        held.target = held.target if was.value <= given.value else handed.target
    elif str(held.target) != str(handed.target):
        note = f" (target bagian yang diambil alih, {handed.target}, tidak saya pakai)"
    held.porsi = _shares_summed(held.porsi, handed.porsi)
    held.keterangan = held.keterangan or handed.keterangan
    parts = [part for part in (held.bagian.strip(" ,"), handed.bagian.strip(" ,")) if part]
    held.bagian = ", ".join(dict.fromkeys(parts))  # «beban» twice is one share's word, said once
    leader.peran.remove(handed)
    roles = (role for each in [*flow.indicators, flow.current] if each is not None for role in each.peran)
    number = next((n for n, role in enumerate(roles, start=1) if role is held), None)
    where = f" (peran {number})" if number and leader in flow.indicators else ""
    change = f" Ubah bila perlu dengan «ubah {number} …»." if where else ""
    return (f"{held.pegawai} sudah memegang bagian lain di {leader.id}, jadi keduanya saya gabung menjadi satu peran"
            f"{where}: {role_line(held)}{note}.{change}")


def _shares_summed(a: str | None, b: str | None) -> str | None:
    """Two shares of the work («40%», «30%») as one: summed when both are read, else the one told."""
    x, y = parse_target(a) if a else None, parse_target(b) if b else None
    if x is not None and y is not None and x.is_percent and y.is_percent:
        return f"{format_number(x.value + y.value)}%"
    return a or b
