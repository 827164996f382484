"""The leader's own part of each MPPH indicator saved to their own SKP draft, once: an IKI already there is
completed from the MPPH, never added again."""

from bot import clock, render
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.lang.numbers import parse_target
from bot.lang.text import tokens
from bot.models import IkiDraft
from bot.rules.measures import is_one_off
from bot.skp.mpph import own_iki, own_scope
from bot.skp.regions import coverage, regions_text


def save_own(state: UserState, asked: bool = False) -> list[Reply]:
    """The leader's own part of each indicator into their own SKP draft, once (an IKI already there is not added).
    asked: what each new IKI lacks is asked next, so no /ubah hint is given."""
    flow, skp = state.mpph, state.skp
    lines = []
    for leader in flow.indicators:
        iki = own_iki(leader)
        same = next((n for n, saved in enumerate(skp.iki, start=1) if _same(saved.indikator, iki.indikator)), None)
        if same:
            lines.append(f"«{iki.indikator}» sudah ada di draf Anda sebagai IKI {same}; tidak ditambah lagi"
                         f"{_completed(skp.iki[same - 1], iki)}.")
            continue
        skp.iki.append(iki)
        number = len(skp.iki)
        lines.append(f"Tersimpan ke draf SKP Anda sebagai IKI {number}: «{iki.indikator}» — target "
                     f"{render.target_text(iki)}, {iki.jenis.label}. " + (
                         f"Bila bukan turunan langsung, /ubah {number} jenis tusi." if asked else
                         f"Beri bobotnya dengan /ubah {number} bobot …; bila bukan turunan langsung, /ubah {number} "
                         f"jenis tusi.{due_asked(iki, number)}"))
        if leader.own_parts and own_scope(leader) is None:  # (a part held as a scope is the IKI itself)
            lines.append(f"Termasuk bagian yang Anda pegang sendiri: {'; '.join(leader.own_parts)}.")
        if leader.sisa_wilayah == "pimpinan" and not leader.abroad:
            missing = coverage(leader.parts).missing
            if missing:
                lines.append(f"Termasuk wilayah yang Anda pegang langsung: {regions_text(missing)}.")
    return [Reply("\n".join(lines) + "\nLihat draf dengan /skp.")]


def skp_numbers(state: UserState, flow) -> dict[str, int]:
    """Each indicator's number in the leader's own SKP draft, where their IKI of it is saved: the parent its members'
    IKI point to in the workbook when the indicator has no Renstra code (tester59 F8: «-» on every row)."""
    numbers = {}
    for leader in flow.indicators:
        own = own_iki(leader).indikator
        found = next((n for n, saved in enumerate(state.skp.iki, start=1) if _same(saved.indikator, own)), None)
        if found:
            numbers[leader.id] = found
    return numbers


def due_asked(iki: IkiDraft, number: int) -> str:
    """A deliverable saved with no quarter it is due (1 pedoman): asked, as PRIMA asks it, else its plan says «dalam
    proses» until TW IV (tester54 F17: the MPPH path never asked it)."""
    if iki.triwulan_selesai or not is_one_off(iki):
        return ""
    return (f" IKI {number} menghasilkan sesuatu yang diserahkan (target {render.target_text(iki)}): triwulan berapa "
            f"selesainya? Tulis /ubah {number} selesai TW II (atau TW I, TW III, TW IV); sebelum itu rencana aksinya "
            "«dalam proses».")


def _completed(saved: IkiDraft, own: IkiDraft) -> str:
    """The empty fields of an IKI already in the draft filled from the MPPH's own one (tester16 #9: IKI 3 stayed without
    satuan and jenis though MPPH knew «kab/kota» and Core CL); what was typed is never replaced. Returns the clause
    that names what was filled, or ""."""
    filled = []
    if saved.target in (None, "") and own.target not in (None, ""):
        saved.target = own.target
        filled.append(f"target {render.target_text(own)}")
    if not saved.satuan and own.satuan and _same_number(saved.target, own.target):
        saved.satuan = own.satuan
        filled.append(f"satuan {own.satuan}")
    if saved.jenis is None and own.jenis is not None:
        saved.jenis = own.jenis
        filled.append(f"jenis {own.jenis.label}")
    if not saved.parent and own.parent:
        saved.parent = own.parent
        filled.append(f"indikator induk {own.parent}")
    if not saved.rhk_atasan and own.rhk_atasan:  # the leader's RHK from /rhk: its parent, for /ekspor
        saved.rhk_atasan = own.rhk_atasan
    saved.bagian = saved.bagian or own.bagian  # the part held, for /ekspor
    return f", tetapi isian yang kosong saya lengkapi dari MPPH: {', '.join(filled)}" if filled else ""


def _same_number(typed, other) -> bool:
    """Whether two targets are the same number («300» and «300 kab/kota»): only then is the MPPH's unit the saved one's."""
    a, b = parse_target(typed) if typed not in (None, "") else None, parse_target(other) if other not in (None, "") else None
    return a is not None and b is not None and a.value == b.value and not a.unit


def save_whole(state: UserState) -> str:
    """The indicator whose roles are still unwritten, saved whole as the leader's own IKI (once): what they typed is
    never lost when they stop before sharing it. Returns the sentence that says so."""
    iki, skp = own_iki(state.mpph.current), state.skp
    same = next((n for n, saved in enumerate(skp.iki, start=1) if _same(saved.indikator, iki.indikator)), None)
    if same:
        return f" «{iki.indikator}» sudah ada di draf Anda sebagai IKI {same}{_completed(skp.iki[same - 1], iki)}."
    skp.iki.append(iki)
    number = len(skp.iki)
    return (f" Indikatornya Anda pegang utuh: tersimpan ke draf SKP Anda sebagai IKI {number}: «{iki.indikator}» — "
            f"target {render.target_text(iki)}, {iki.jenis.label} (bila bukan turunan langsung, /ubah {number} jenis "
            f"tusi; bila bukan milik Anda, /buang {number}).{due_asked(iki, number)}")


def _same(a: str, b: str) -> bool:
    return tokens(a) == tokens(b)


def follow_own_target(state: UserState) -> list[Reply]:
    """The leader's own IKI whose target was changed (/ubah N target, a perubahan SKP) moves what it stands for in the
    MPPH with it (tester55 F8: SKP v2 said 85% while the MPPH still checked members against 90%): when they hold the
    indicator whole, its target; when they hold one part of it («apt. Hendra (ketua); usulan program nasional; 150»),
    that part's target only, never the team's indicator (tester58 F2: 1.200 became 150). An edit that leaves the
    target as the MPPH has it (a weight, a jenis) moves nothing."""
    said = []
    for flow in filter(None, (state.mpph, state.mpph_last if state.mpph_last is not state.mpph else None)):
        for leader in flow.indicators:
            own = own_iki(leader)
            saved = next((iki for iki in state.skp.iki if _same(iki.indikator, own.indikator)), None)
            if saved is None or saved.target in (None, "") or _same_target(saved.target, own.target):
                continue
            if (held := own_scope(leader)) is not None:
                said += _follow_own_part(leader, held, str(saved.target))
                continue
            was, leader.target = leader.target, str(saved.target)
            for role in leader.peran:  # a part that kept the indicator's target follows it (as team_submit's letters)
                if role.target is not None and _same_target(role.target, was):
                    role.target = leader.target
            said.append(f"Target {leader.id} di MPPH ikut berubah: {was} → {render.target_text(leader)}. Periksa "
                        "target peran anggotanya dengan /mpph.")
    return [Reply("\n".join(said))] if said else []


def _follow_own_part(leader, held, target: str) -> list[str]:
    """The leader's one own row takes their IKI's new target; the indicator's target stays. Two own rows (two shares
    summed in one IKI) cannot be told apart, so the leader is told to set them in the matrix."""
    mine = [role for role in leader.peran if role.sendiri]
    if len(mine) != 1:
        return [f"Target IKI Anda berbeda dari jumlah bagian Anda di {leader.id} MPPH ({held.target}). Sesuaikan "
                "baris Anda dengan /mpph, «ubah N target …»."]
    was, mine[0].target = mine[0].target, target
    return [f"Bagian Anda di {leader.id} MPPH ikut berubah: {was} → {target}; target indikator tim tetap "
            f"{render.target_text(leader)}. Periksa pembagiannya dengan /mpph."]


def _same_target(a, b) -> bool:
    x, y = parse_target(a) if a not in (None, "") else None, parse_target(b) if b not in (None, "") else None
    return (x.value if x else str(a)) == (y.value if y else str(b))


def source_dropped(state: UserState, removed: list[IkiDraft], out: bool = True) -> list[str]:
    """The MPPH indicators whose leader's own IKI was dropped (/buang) marked with the day, or unmarked when it is put
    back (urungkan): the matrix and its workbook say the source is gone (rule MPPH-SOURCE-DROPPED, tester58 F20)
    rather than still sharing it out unnoted. The sentences for /buang's reply: when members still hold parts of
    them, one question whether to drop them all at once or keep them (SOURCE_BUTTONS), never role by role only."""
    said, shared, day = [], [], clock.now().date().isoformat()
    for flow in _flows(state):
        for leader in flow.indicators:
            if not any(_same(iki.indikator, own_iki(leader).indikator) for iki in removed):
                continue
            leader.dibuang = day if out else ""
            if out and (members := [r for r in leader.peran if not r.sendiri]):
                said.append(f"{leader.id} di MPPH tim Anda bersumber dari IKI ini dan masih dibagi ke {len(members)} "
                            "peran anggota; MPPH mencatat bahwa IKI sumbernya sudah dibuang.")
                shared.append(leader.id)
    if shared:
        said.append(f"Hapus {' dan '.join(shared)} beserta semua perannya dari MPPH sekaligus, atau biarkan perannya "
                    "(bisa dihapus satu per satu nanti di /mpph, «hapus N»)? Pilih tombol di bawah.")
    return said


SOURCE_BUTTONS = [Button("Hapus semua perannya dari MPPH", "skp:srcdrop"), Button("Biarkan perannya", "skp:srckeep")]


def _flows(state: UserState) -> list:
    return list(filter(None, (state.mpph, state.mpph_last if state.mpph_last is not state.mpph else None)))


def source_answered(state: UserState, drop: bool) -> list[Reply]:
    """The question of source_dropped answered: every indicator whose source IKI is dropped taken out of the MPPH
    with all its roles at once, or kept as it is; said, and what the MPPH holds now."""
    found = [(flow, leader) for flow in _flows(state) for leader in flow.indicators if leader.dibuang and leader.peran]
    if not found:
        return [Reply("Tombol itu sudah tidak berlaku: tidak ada lagi indikator MPPH yang IKI sumbernya dibuang.")]
    named = " dan ".join(f"{leader.id} ({len(leader.peran)} peran)" for _, leader in found)
    if not drop:
        return [Reply(f"Baik, {named} tetap di MPPH dengan catatan bahwa IKI sumbernya sudah dibuang. Hapus perannya "
                      "kapan saja di /mpph («hapus N»).")]
    if state.mpph is not None and state.mpph.step != "done" and any(flow is state.mpph for flow, _ in found):
        return [Reply("MPPH Anda sedang di tengah satu langkah; selesaikan dulu langkah itu, lalu hapus perannya di "
                      "/mpph («hapus N»). Belum ada yang dihapus.")]
    for flow, leader in found:
        flow.indicators.remove(leader)
    left = sum(len(flow.indicators) for flow in _flows(state))
    for flow in {id(flow): flow for flow, _ in found}.values():
        if not flow.indicators:
            state.mpph = None if state.mpph is flow else state.mpph
            state.mpph_last = None if state.mpph_last is flow else state.mpph_last
    now = f"MPPH kini memuat {left} indikator; lihat dengan /mpph." if left else "MPPH Anda kini kosong."
    return [Reply(f"Dihapus dari MPPH: {named}. {now} «Urungkan» pada /buang tadi hanya mengembalikan IKI-nya; "
                  "perannya ditulis lagi di /mpph bila perlu.")]
