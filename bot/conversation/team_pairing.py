"""Pairing a member and a leader: /atasan and its code, /start <kode> confirmed, a Ketua Tim's invites from the
MPPH, a leader changed in words, who signs a paired member's files, and the team part of /hapus."""

from datetime import datetime

from bot.conversation.commands import Turn
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.conversation.team_desk import BUSY, SCOPE, TeamDesk
from bot.lang.dates import long_date
from bot.models import Pegawai
from bot.storage.base import LockBusy
from bot.team import pairing
from bot.team.guidance import guidance
from bot.team.record import Status
from bot.team.review import member_status

LEADER_NOTE = ("Yang bisa Anda lakukan sebagai atasan: /tim untuk melihat anggota dan SKP-nya, tombol Setujui / "
               "Kembalikan / Ubah target saat SKP diajukan, /umpanbalik untuk umpan balik, /dialog untuk mencatat "
               "dialog kinerja, /riwayat untuk jejak keputusan.")
# A member with no name in /profil shows to the leader as «Anggota N» (tester17 #10: two members told apart by nothing)
UNNAMED_MEMBER = ("Nama Anda belum terisi, jadi atasan melihat Anda sebagai «Anggota N». Isi nama Anda dengan /profil "
                  "(cukup nama dulu; sisanya bisa dilewati).")


class TeamPairing(TeamDesk):
    """Pairing: codes, invites, their confirmation, and what a pairing changes for the member."""

    def atasan(self, turn: Turn, rest: str) -> list[Reply]:
        """/atasan: a one-time code (and link) for the member's leader; when paired, who it is and how to change."""
        current = self.store.reviewer_of(turn.user_id)
        if current is not None and rest.strip().lower() != "ganti":
            since = long_date(datetime.fromtimestamp(current.started_at, self.clock().tzinfo).date())
            name = self._name(current.reviewer) or "Atasan Anda"
            status = member_status(turn.state.team.review, turn.state.skp, paired=True)
            return [Reply(f"{name} sudah menjadi atasan Anda di Asisten IKI sejak {since}. {status}\n"
                          "Bila atasan Anda berganti, buat kode baru untuk atasan yang baru; atasan lama kehilangan "
                          "akses setelah yang baru mengonfirmasi.", [Button("Ganti atasan", f"{SCOPE}:ganti")])]
        return self._new_code(turn)

    def leader_changed(self, turn: Turn, message: str) -> list[Reply]:
        """A member saying in plain words that their leader changed («atasan saya ganti, katim baru bu Fitri»): a new
        code for the new leader; the current pairing ends only when the new one confirms. [] for anything else."""
        if not pairing.says_leader_changed(message):
            return []
        current = self.store.reviewer_of(turn.user_id)
        if current is None:
            return [Reply("Untuk menghubungkan atasan Anda di Asisten IKI:")] + self._new_code(turn)
        name = self._name(current.reviewer) or "Atasan Anda sekarang"
        return [Reply(f"Atasan Anda berganti: teruskan kode di bawah kepada atasan yang baru. {name} tetap terhubung "
                      "sampai atasan baru mengonfirmasi; setelah itu ia tidak lagi dapat melihat atau meninjau SKP "
                      "Anda, dan keputusan yang sudah ia ambil tetap tercatat.")] + self._new_code(turn)

    def reviews(self, user: str) -> bool:
        """Whether a leader sets this user's SKP (then penetapan and perubahan go through the leader, not /tetapkan
        and the year's own reason question)."""
        return self.store.reviewer_of(user) is not None

    def tetapkan(self, turn: Turn) -> list[Reply] | None:
        """/tetapkan from a paired member: the leader sets the SKP (None: no leader, the member sets it)."""
        if not self.reviews(turn.user_id):
            return None
        review = turn.state.team.review
        status = member_status(review, turn.state.skp, paired=True)
        if review.status is Status.ditetapkan:
            return [Reply(f"{status} Perubahan sesudahnya diajukan kepada atasan dengan /ubah lalu /ajukan; lihat versinya "
                          "dengan /skp versi.")]
        return [Reply(f"SKP Anda ditetapkan oleh atasan Anda di Asisten IKI, setelah ia menyetujui setiap IKI. {status} "
                      "Ajukan dengan /ajukan.")]

    def _new_code(self, turn: Turn) -> list[Reply]:
        replaced = pairing.has_open_code(self.store, turn.user_id, self.clock())
        code = pairing.new_member_code(self.store, turn.user_id, self.clock())
        link = pairing.deep_link(self.bot_username, code) if self.bot_username else None
        unnamed = "" if turn.state.skp.pegawai.nama else f"\n\n{UNNAMED_MEMBER}"
        return [Reply(pairing.code_text(code, link, replaced) + unnamed)]

    def start_code(self, turn: Turn, code: str) -> list[Reply]:
        """/start <kode>: what the code would do, asked before anything is linked."""
        checked = pairing.check(self.store, code.strip(), turn.user_id, self.clock())
        start = pairing.invite_start(checked) if checked.status == "already" else None
        if start and start.parts:  # paired by /atasan first, then invited: the part the leader split is still theirs
            return [Reply("Anda sudah anggota tim Ketua Tim ini; tidak ada yang berubah pada pasangan Anda. PRIMA Anda "
                          "dimulai dari indikator dan bagian yang sudah ia bagi.")] + self.start_prima(turn.state, start)
        refusal = pairing.refusal_text(checked)
        if refusal:
            return [Reply(refusal)]
        turn.state.code = code.strip()
        name = self._name(checked.member) if not checked.code.invite else ""
        who = f"{name} meminta Anda menjadi atasannya. " if name else ""
        replaces = " Pegawai ini sudah punya atasan; bila Anda menerima, Anda menggantikannya." \
            if not checked.code.invite and self.store.reviewer_of(checked.member) else ""
        leader = self._name(checked.reviewer) if checked.code.invite else ""
        return [Reply(who + pairing.confirm_text(checked, leader) + replaces,
                      [Button("Ya, terima", f"{SCOPE}:ya"), Button("Bukan saya", f"{SCOPE}:bukan")], choice_only=True)]

    def _confirm_code(self, turn: Turn) -> list[Reply]:
        code, turn.state.code = turn.state.code, ""
        if not code:
            return [Reply("Tidak ada kode yang menunggu konfirmasi Anda, jadi tidak ada yang dihubungkan. Bila Anda "
                          "diminta menjadi atasan, buka tautan atau kirim /start dengan kode yang diteruskan kepada Anda.")]
        try:
            redeemed = pairing.redeem(self.store, code, turn.user_id, self.clock())
        except LockBusy:
            turn.state.code = code
            return [Reply(BUSY)]
        refusal = pairing.refusal_text(redeemed)
        if refusal:
            return [Reply(refusal)]
        force = self.load(redeemed.member).team.review.in_force if not redeemed.code.invite else None
        for letter in pairing.paired_letters(redeemed, self.clock(), force.number if force else None):
            turn.letters.append((letter.user, letter.key, [Reply(letter.text)]))
        member = turn.state if redeemed.code.invite else self.load(redeemed.member)
        resigned = _resigned_note(member, self.load(redeemed.reviewer).skp.pegawai, redeemed.pair.started_at)
        if resigned and not redeemed.code.invite:
            turn.letters.append((redeemed.member, f"penilai:{redeemed.pair.id}:anggota", [Reply(resigned)]))
        if redeemed.code.invite:
            if not turn.state.skp.pegawai.nama:  # the leader knows them by the name typed in the MPPH (/profil changes it)
                turn.state.skp.pegawai.nama = redeemed.code.label
            start = self._part_now(redeemed.reviewer, pairing.invite_start(redeemed))
            leader = self._name(redeemed.reviewer) or "Ketua Tim yang mengundang Anda"
            return [Reply(f"Anda kini anggota tim {leader}; ia meninjau SKP Anda. PRIMA Anda dimulai dari indikator dan "
                          "bagian yang sudah ia bagi." + (f" {resigned}" if resigned else ""))] \
                + (self.start_prima(turn.state, start) if start and start.parts else [])
        name = self._name(redeemed.member) or "Pegawai itu"
        return [Reply(f"Terhubung: {name} kini anggota tim Anda di Asisten IKI.\n{LEADER_NOTE}")]

    def _part_now(self, leader: str, start: pairing.InviteStart | None) -> pairing.InviteStart | None:
        """The invited member's part as the leader's matrix holds it now (a target changed after the code was made),
        else as the code carried it."""
        from bot.conversation.mpph_flow import latest_draft
        from bot.skp.mpph import check_mpph

        draft = latest_draft(self.load(leader)) if start is not None else None
        if draft is None:
            return start
        now = next((i for i in pairing.invites_from_mpph(draft, check_mpph(draft)) if i.nama == start.nama), None)
        return now if now is not None and now.parts else start

    def invite(self, turn: Turn) -> list[Reply]:
        """After /mpph: one code per member the matrix names, each to forward to that member; whoever accepts one
        becomes the Ketua Tim's member and starts PRIMA from their part."""
        from bot.conversation.mpph_flow import current_draft
        from bot.skp.mpph import check_mpph, remarks_of, with_remark

        if turn.state.mpph is None:
            return [Reply("Undangan dibuat dari matriks MPPH yang sedang Anda susun. Mulai dengan /mpph.")]
        draft = current_draft(turn.state)
        invites = pairing.invites_from_mpph(draft, check_mpph(draft))
        if not invites:
            return [Reply("Belum ada anggota dengan IKI di matriks ini, jadi belum ada yang bisa diundang.")]
        codes = pairing.new_invites(self.store, turn.user_id, invites, self.clock())
        days = guidance().pairing.valid_days
        remarks = remarks_of(draft)
        lines = [f"Undangan untuk anggota tim (satu kode per orang, berlaku {days} hari, sekali pakai). Teruskan "
                 "kepada masing-masing:"]
        for name, code in codes.items():
            link = pairing.deep_link(self.bot_username, code) if self.bot_username else f"/start {code}"
            lines.append(f"- {with_remark(name, remarks.get(name))}: {link}")  # named as the matrix names them
        members = {pair.member: self._name(pair.member) for pair in self.store.members_of(turn.user_id)}
        told = []
        for member, invite in pairing.already_paired(invites, members).items():
            code = codes[invite.nama]
            link = pairing.deep_link(self.bot_username, code) if self.bot_username else None
            letter = pairing.split_letter(member, turn.state.skp.pegawai.nama, invite, code, link)
            turn.letters.append((letter.user, letter.key, [Reply(letter.text)]))
            told.append(invite.nama)
        if told:
            lines.append(f"{', '.join(told)} sudah terhubung dengan Anda; bagiannya juga saya sampaikan langsung saat "
                         "ia membuka chat berikutnya.")
        return [Reply("\n".join(lines))]

    def with_status(self, turn: Turn, replies: list[Reply]) -> list[Reply]:
        """/skp: the SKP's state between the member and their leader, above the draft, once it is more than a draft
        or a leader is there to see it."""
        review = turn.state.team.review
        paired = self.store.reviewer_of(turn.user_id) is not None
        if review.status is Status.draf and not paired:
            return replies
        return [Reply(member_status(review, turn.state.skp, paired=paired))] + replies

    def signed_own(self, turn: Turn) -> UserState:
        """The user's state for their own files (/ekspor, /dialog's pack): signed by the paired leader's /profil when
        they named no atasan."""
        pair = self.store.reviewer_of(turn.user_id)
        return signed_by(turn.state, self.load(pair.reviewer).skp.pegawai, pair.started_at) if pair else turn.state

    def hapus_note(self, user: str) -> str:
        """What /hapus's confirmation adds for someone on the team side."""
        if self.store.reviewer_of(user) is None and not self.store.members_of(user):
            return ""
        return " " + pairing.HAPUS_NOTE

    def forget(self, turn: Turn) -> None:
        """/hapus confirmed: pairings end, codes go, the key that links entries to this user is deleted; the
        reviewer and the members are told."""
        forgotten = self.store.forget_team(turn.user_id, self.clock().timestamp())
        for letter in pairing.forgotten_letters(forgotten, turn.user_id):
            turn.letters.append((letter.user, letter.key, [Reply(letter.text)]))


def signed_by(state: UserState, leader: Pegawai, paired_at: float) -> UserState:
    """The member's state for their files, the pejabat penilai filled from the paired leader's /profil when the member
    named none (tester22a #23: «Pejabat penilai kinerja …» though the leader's profile was filled), or named one
    before this leader confirmed the pairing (tester24 #4: «atasan saya ganti», the old Ketua Tim still signed), or
    before /profil recorded when (atasan_at 0: the lead's decision, the confirming leader signs and the typed atasan
    stays in /profil as a note). An atasan typed after the pairing is the member's word and signs."""
    own = state.skp.pegawai
    stale = bool(own.atasan) and own.atasan_at < paired_at
    if (own.atasan and not stale) or not leader.nama:
        return state
    nip = leader.nip if stale else own.nip_atasan or leader.nip  # a stale atasan's NIP is theirs, not the leader's
    signed = own.model_copy(update={"atasan": leader.nama, "nip_atasan": nip})
    return state.model_copy(update={"skp": state.skp.model_copy(update={"pegawai": signed})})


def _resigned_note(state: UserState, leader: Pegawai, paired_at: float) -> str:
    """Said to the member when the leader just paired now signs their files instead of the atasan they typed in
    /profil before (signed_by), so the change is never silent and the typed one is shown back; "" otherwise."""
    typed = state.skp.pegawai.atasan
    signed = signed_by(state, leader, paired_at).skp.pegawai.atasan
    if not typed or signed == typed:
        return ""
    return (f"Berkas /ekspor dan /dialog Anda kini mencantumkan {signed} sebagai pejabat penilai kinerja, bukan atasan "
            f"yang Anda tulis di /profil sebelumnya («{typed}»). Bila pejabat penilai Anda orang lain, tulis lagi "
            "dengan /profil atasan NAMA.")
