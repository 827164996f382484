"""A Ketua's team changing during the year, told in chat («anggota tim sy, Andi, mutasi per 1 juli ke biro lain;
wilayahnya dipegang Budi skrg»): a change of the team, never a day's work kept in the logbook (tester55 F8). The MPPH
roles of the member who left are shown with a button each to change them, with the line that hands them over, and the
perubahan SKP path when the Ketua's own targets change with it (an agreed SKP keeps a version with its reason)."""

from datetime import date

from bot.conversation import mpph_versions
from bot.conversation.mpph_leader_row import name_words
from bot.conversation.mpph_matrix import show_matrix
from bot.conversation.mpph_one_row import one_row_each
from bot.conversation.mpph_roles import role_line
from bot.conversation.replies import Button, Reply
from bot.conversation.state import MpphState, UserState
from bot.lang.text import phrase_set, tokens
from bot.skp.mpph import Role
from bot.year import versions

NEAR = 2  # words from the member's name to the leaving word: «Andi mutasi», «Andi sudah mutasi», «Andi kena mutasi»


def told(state: UserState, text: str, today: date | None = None) -> list[Reply] | None:
    """The roles of a member named as gone (mutasi, pindah, pensiun …) offered to change; None when the message names
    no member of the leader's MPPH, or no leaving."""
    flow = _matrix(state)
    if flow is None:
        return None
    words = tokens(text)
    gone_at = _leaving_at(words)
    if gone_at is None:
        return None
    numbered = [(n, role) for n, role in enumerate((r for leader in flow.indicators for r in leader.peran), start=1)
                if not role.sendiri]
    named = {n: _name_at(role, words) for n, role in numbered}
    # the member who left is named right before the leaving word («andi, mutasi», «bu lina sudah pensiun»), never a
    # name further off («rapat dengan Rina membahas usulan mutasi», «berkas mutasi bersama Rina» are work); one named
    # after a handover word takes the part over
    handover = phrase_set("mpph", "team_change", "handover").find(words)
    gone = [(n, role) for n, role in numbered if named[n] is not None and 0 < gone_at - named[n] <= NEAR]
    if not gone:
        return None
    takers = list(dict.fromkeys(role.pegawai for n, role in numbered if named[n] is not None and handover is not None
                                and named[n] > handover[0] and role.pegawai != gone[0][1].pegawai))
    taker = takers[0] if takers else ""
    state.mpph, flow.step, flow.editing = flow, "done", None  # its «Ubah peran N» buttons answer now
    if len(takers) == 1:  # «…, bagiannya dipegang dewi»: the handover done as told, never only offered (tester58 F6)
        return _handed_over(state, flow, gone, taker, text, today)
    who = gone[0][1].pegawai
    lines = [f"Ini perubahan tim, jadi tidak saya catat sebagai pekerjaan harian. {who} memegang "
             f"{'peran ' + ' dan '.join(str(n) for n, _ in gone)} dalam MPPH Anda:"]
    lines += [f"  {n}. {role_line(role)}" for n, role in gone]
    first, role = gone[0]
    handed = "; ".join(str(v) for v in (taker or "Nama baru", role.bagian, role.target) if v not in (None, ""))
    lines.append(f"Pindahkan perannya: pilih «Ubah peran N», atau tulis «ubah {first} {handed}»; peran yang tidak "
                 "dilanjutkan: «hapus N».")
    if versioned := mpph_versions.told(state, flow, text, today):  # the reason and day kept for the change to come
        lines.append(versioned)
    reason = versions.reasons()["struktur"]
    lines.append("Bila target atau IKI di SKP Anda sendiri ikut berubah, ubah dengan /ubah NOMOR"
                 + (f": SKP Anda sudah ditetapkan, jadi perubahannya disimpan sebagai versi baru dengan alasan «{reason}» "
                    "(jawab «mutasi» saat ditanya)." if state.year.versions else "."))
    return [Reply("\n".join(lines), [Button(f"Ubah peran {n}", f"mpph:edit:{n}") for n, _ in gone])]


def _handed_over(state: UserState, flow: MpphState, gone: list[tuple[int, Role]], taker: str, text: str,
                 today: date | None) -> list[Reply]:
    """Each role of the member who left handed to the member named as taking it over (joined to a row they already
    hold of the same indicator); on an agreed SKP the reason and day told are kept, so the turn's end records the
    new MPPH version without a question."""
    who = gone[0][1].pegawai
    lines = [f"Ini perubahan tim, jadi tidak saya catat sebagai pekerjaan harian. Peran {who} saya pindahkan ke "
             f"{taker}:"]
    for n, role in gone:
        leader = next(each for each in flow.indicators if any(r is role for r in each.peran))
        handed = role.model_copy(update={"pegawai": taker, "keterangan": None})
        leader.peran[next(i for i, r in enumerate(leader.peran) if r is role)] = handed
        lines.append(f"  {n}. {role_line(handed)}")
        if joined := one_row_each(flow, leader, handed):
            lines.append(joined)
    if versioned := mpph_versions.told(state, flow, text, today):
        lines.append(versioned)
    lines.append("Salah pindah? Ubah dengan «ubah N …».")
    return [Reply("\n".join(lines))] + show_matrix(state)


def _matrix(state: UserState) -> MpphState | None:
    """The leader's MPPH with roles: the one open, else the one kept for /mpph."""
    for flow in (state.mpph, state.mpph_last):
        if flow is not None and any(leader.peran for leader in flow.indicators):
            return flow
    return None


def _leaving_at(words: list[str]) -> int | None:
    """Where the message says someone left: a mutasi word of the perubahan reasons (struktur), or a leaving of the
    team's own (pensiun, resign …)."""
    found = [hit[0] for hit in (phrase_set("perubahan_skp", "reasons", "struktur", "words").find(words),
                                phrase_set("mpph", "team_change", "left").find(words)) if hit is not None]
    return min(found) if found else None


def _name_at(role: Role, words: list[str]) -> int | None:
    """Where the member's first name stands in the message («Andi», «andi»), or None."""
    # a title is no name: «apt. Rizky Pratama» is «rizky» (tester58 F6: «apt» was looked for)
    name = next((w for w in name_words(role.pegawai) if len(w) >= 3 and w.isalpha()), None)
    return words.index(name) if name in words else None
