"""The leader's side in the chat: pairing (/atasan, /start <kode>), submitting (/ajukan), the leader's buttons (scope
"tim", checked again by bot.team.access on every press), /tim, /umpanbalik, dialog catatan, /riwayat and the team
part of /hapus. A step on a member's record runs under the member's lock and is committed with its audit entries;
what the other side must hear goes through the outbox (Engine.post) under a key, so it arrives once."""

import json
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from bot import knowledge
from bot.conversation import draft_save, pasted_skp
from bot.conversation.choices import typed_choice
from bot.conversation.commands import Turn
from bot.conversation.iki_fields import short
from bot.conversation.intent import Route, classify
from bot.conversation.replies import Button, Reply, ReplyFile
from bot.conversation.state import TeamAsk, UserState, YearAsk
from bot.lang.dates import long_date
from bot.lang.numbers import parse_target
from bot.lang.refs import iki_refs
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.models import Pegawai
from bot.render import serious_findings
from bot.rules import check_iki, check_skp
from bot.rules.target_fit import target_misfit
from bot.skp.readiness import incomplete, missing_fields
from bot.storage import Store
from bot.storage.base import LockBusy
from bot.storage.team import DuplicateEntry, Pair
from bot.team import pairing
from bot.team.access import MEMBER_LOCK_WAIT_S, UNKNOWN, Act, apply_press, leader_refusal, parse, press_refusal
from bot.team.dialogs import (
    agenda,
    agenda_day,
    agenda_key,
    catatan_help,
    catatan_text,
    confirm_dialog,
    next_dialog,
    read_cadence,
    record_dialog,
)
from bot.team.digest import digest_time, wants_digest, week_start, weekly_digest
from bot.team.feedback import give_feedback, reply_feedback
from bot.team.guidance import guidance
from bot.team.history import COLUMNS as HISTORY_COLUMNS
from bot.team.history import history_rows, history_text
from bot.team.record import Catatan, Dialog, Status, Verdict
from bot.team.results import Applied, Refused, address
from bot.team.review import (
    awaits_decision,
    edit_refusal,
    fixed_returns,
    member_status,
    resent_text,
    returned_comment,
    skp_gaps,
    submit,
    waiting_text,
    withdraw,
    year_versions,
)
from bot.team.review_items import review_items
from bot.team.view import MemberInput, team_rows, team_text, year_figures, year_text
from bot.year.rencana import follow_targets
from bot.year.versions import complete, completes, completing, explanation, follow_rename, reason_answer

CONFIRM_ALL = "Ya, setujui semua"  # a typed «setujui semua» on an SKP with gaps: asked once (tester16b #5)
SCOPE = "pasang"  # the team's other buttons (pairing, submitting, feedback, dialog); the leader's decisions are "tim"
BUSY = ("SKP anggota ini sedang diperbarui (pegawai atau atasan lain sedang menyimpan). Tidak ada yang dicatat; "
        "tekan tombolnya lagi sebentar lagi.")
NO_MEMBERS = ("Anda belum punya anggota tim di Asisten IKI. Anggota tim mengirim /atasan, lalu meneruskan kodenya "
              "kepada Anda; setelah Anda mengonfirmasi, ia muncul di /tim.")
NOT_PAIRED = ("Anda belum terhubung dengan atasan. Kirim /atasan, teruskan kode atau tautannya kepada atasan Anda, "
              "lalu ajukan SKP setelah ia mengonfirmasi.")
LEADER_NOTE = ("Yang bisa Anda lakukan sebagai atasan: /tim untuk melihat anggota dan SKP-nya, tombol Setujui / "
               "Kembalikan / Ubah target saat SKP diajukan, /umpanbalik untuk umpan balik, /dialog untuk mencatat "
               "dialog kinerja, /riwayat untuk jejak keputusan.")
STALE = "Tombol ini sudah tidak berlaku, jadi tidak ada yang dijalankan."
MEMBER_RECORDS = ("Catatan harian, realisasi dan capaian anggota tim hanya bisa diubah atau dihapus oleh anggota itu "
                  "sendiri, jadi tidak ada yang diubah. Anda bisa melihatnya di /tim (pilih anggotanya); bila ada yang "
                  "perlu diperbaiki, sampaikan lewat /umpanbalik.")
RECORDED = "Keputusan ini sudah tercatat; tidak dicatat dua kali."  # the store refused a second record of it
_IKI_WORD = re.compile(r"^\s*iki\s+(?=\d)", re.IGNORECASE)
_IKI_NUMBER = re.compile(r"^\s*(?:iki\s*)?(\d{1,3})\s*[:.\-]?\s+", re.IGNORECASE)


class TeamChat:
    """The team commands and buttons, for one engine (its store, clock and outbox)."""

    def __init__(self, store: Store, clock: Callable[[], datetime], load: Callable[[str], UserState],
                 post: Callable[[str, str, list[Reply], datetime | None], bool],
                 start_prima: Callable[[UserState, pairing.InviteStart], list[Reply]]):
        self.store, self.clock, self.load, self.post = store, clock, load, post
        self.start_prima = start_prima  # a member who accepted a Ketua Tim's invite: PRIMA from their part
        self.bot_username = ""  # a door that knows it (Telegram) sets it, so /atasan gives a t.me link
        self._produced: tuple | None = None  # the hour the digests and agendas were last posted from this replica

    # The team's indicators -----------------------------------------------------------------------------------
    def team_indicators(self, turn: Turn, text: str, find: Callable[[str], list]) -> list[Reply]:
        """«/ikk tim ini», «IKK apa yg cocok utk tim ini?»: the catalog rows each member's own IKI finds first (`find`:
        a text's relevant rows, best first), with whose IKI found them; with no members yet, the asker's own IKI stand
        for the team's work, and with none either the word «tim» is no work to search (it found nothing and said the
        catalog lacked it: tester18 #7). [] when the text names something else."""
        words = tokens(text)
        if not words or not set(words) <= set(knowledge.data("team")["own_team"]):
            return []
        pairs = self.store.members_of(turn.user_id)
        members = [self.load(pair.member) for pair in pairs]
        drafts = [(f"{_known_as(held) or f'Anggota {n}'} IKI", held.skp.iki) for n, held in enumerate(members, 1)]
        drafts = drafts or [("IKI Anda", turn.state.skp.iki)]
        whose = "IKI anggota tim Anda" if pairs else "IKI Anda sendiri"
        if not pairs and not turn.state.skp.iki:
            return [Reply("Sebutkan pekerjaan tim Anda agar bisa saya cocokkan dengan katalog Renstra, misalnya "
                          "«/ikk surveilans sinyal kewaspadaan dini» atau «/ikk imunisasi kejar». Setelah anggota tim "
                          "menyusun IKI-nya, «/ikk tim ini» mencarinya dari IKI mereka.")]
        rows: dict[str, tuple[object, list[str]]] = {}
        searched = 0
        for who, held_iki in drafts:
            for number, iki in enumerate(held_iki, start=1):
                searched += 1
                hits = find(_work_of(iki.indikator))
                if hits:
                    rows.setdefault(hits[0].code, (hits[0], []))[1].append(f"{who} {number}")
        if not searched:
            return [Reply("Anggota tim Anda belum punya IKI di draf, jadi belum ada yang bisa dicocokkan. Cari dengan "
                          "kata kunci pekerjaan tim, misalnya /ikk surveilans, atau minta anggota menyusun IKI-nya.")]
        if not rows:
            return [Reply(f"Tidak ada indikator Renstra di katalog saya yang cocok dengan {searched} {whose}. "
                          "Katalog mungkin belum memuat bidang kerja tim; tanyakan IKK unit ke perencana, atau "
                          "cari dengan kata kunci lain (/ikk …).")]
        ranked = sorted(rows.values(), key=lambda row: -len(row[1]))
        lines = [f"Indikator Renstra yang paling dekat dengan {whose} (dicari dari {searched} IKI itu):"]
        lines += [f"{i}. {hit.code} {hit.name}\n   dari: {', '.join(found)}" for i, (hit, found) in enumerate(ranked, 1)]
        lines.append("Pastikan dengan perencana unit: katalog saya belum memuat semua indikator unit.")
        return [Reply("\n".join(lines))]

    # Pairing ----------------------------------------------------------------------------------------------
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

    def on_plain(self, turn: Turn, message: str, logging: bool) -> list[Reply]:
        """A plain message the team side answers whatever else is open: a member saying their leader changed, or a
        leader (keeping no logbook of their own) asking to change a member's records. [] for anything else."""
        if not logging and pairing.asks_to_edit_records(message) and self.store.members_of(turn.user_id):
            return [Reply(MEMBER_RECORDS)]
        return self._feedback_answered(turn, message) or self.leader_changed(turn, message)

    def _feedback_answered(self, turn: Turn, message: str) -> list[Reply]:
        """«siap bu, sdh koordinasi dgn dinkes prov» typed after the leader's umpan balik: the reply to the latest one
        not yet answered, sent, never a catatan harian or an IKI draft (tester20b #8b); [] for anything else."""
        said = knowledge.data("team")["feedback_reply"]
        words = tokens(message)
        waiting = [f for f in turn.state.team.feedback
                   if not f.reply and (self.clock() - f.at).days <= said["days"]]
        if not waiting or not words or len(words) > said["max_words"] or "\n" in message.strip() \
                or not phrase_set("team", "feedback_reply", "openers").match_at(words, 0) \
                or self.store.reviewer_of(turn.user_id) is None:
            return []
        latest = max(waiting, key=lambda f: f.at)
        return self._reply(turn, latest.id, message.strip()) + \
            [Reply(f"(Dikirim sebagai balasan untuk umpan balik {latest.id}. Bila itu catatan pekerjaan, kirim lagi "
                   "dengan /catat di depannya.)")]

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
        from bot.skp.mpph import check_mpph

        if turn.state.mpph is None:
            return [Reply("Undangan dibuat dari matriks MPPH yang sedang Anda susun. Mulai dengan /mpph.")]
        draft = current_draft(turn.state)
        invites = pairing.invites_from_mpph(draft, check_mpph(draft))
        if not invites:
            return [Reply("Belum ada anggota dengan IKI di matriks ini, jadi belum ada yang bisa diundang.")]
        codes = pairing.new_invites(self.store, turn.user_id, invites, self.clock())
        days = guidance().pairing.valid_days
        lines = [f"Undangan untuk anggota tim (satu kode per orang, berlaku {days} hari, sekali pakai). Teruskan "
                 "kepada masing-masing:"]
        for name, code in codes.items():
            link = pairing.deep_link(self.bot_username, code) if self.bot_username else f"/start {code}"
            lines.append(f"- {name}: {link}")
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

    # Submitting and perubahan --------------------------------------------------------------------------
    def ajukan(self, turn: Turn, rest: str) -> list[Reply]:
        """/ajukan: the SKP to the leader, after showing the findings of severity error and asking; /ajukan batal
        takes a submission back."""
        state = turn.state
        if rest.strip().lower() == "batal":
            return self._own(turn, lambda: withdraw(state.team, state.skp, owner=turn.user_id, now=self.clock()),
                             "Pengajuan ditarik. Ubah SKP Anda, lalu ajukan lagi dengan /ajukan.")
        if self.store.reviewer_of(turn.user_id) is None:
            return [Reply(NOT_PAIRED)]
        review = state.team.review
        fixed = fixed_returns(review, state.skp)
        if fixed:  # returned IKI fixed while the rest still waits: sent again as they are, the leader decides them
            return self._own(turn, lambda: submit(state.team, state.skp, owner=turn.user_id, now=self.clock()),
                             f"IKI yang dikembalikan diajukan ulang kepada atasan: {resent_text(review, state.skp, fixed)}; "
                             "bersama IKI lain yang belum diputuskan. Anda diberi tahu setiap keputusannya.")
        if review.status in (Status.diajukan, Status.perubahan_diajukan):
            return [Reply(waiting_text(review, state.skp))]
        if review.status is Status.ditetapkan:
            return self._ask_reason(state)
        if not state.skp.iki:
            return [Reply("SKP Anda belum berisi IKI. Susun dulu dengan /prima, atau tempel daftar IKI Anda.")]
        errors = serious_findings(check_skp(state.skp))
        head = f"SKP Anda berisi {len(state.skp.iki)} IKI."
        if errors:
            text = (f"{head} Sebelum diajukan, ada {len(errors)} temuan yang sebaiknya diperbaiki:\n" + "\n".join(errors)
                    + "\nPerbaiki dengan /ubah NOMOR, atau ajukan apa adanya; atasan melihat temuannya.")
        else:
            text = f"{head} Tidak ada temuan berat. Ajukan kepada atasan sekarang?"
        buttons = [Button("Ajukan", f"{SCOPE}:ajukan"), Button("Nanti dulu", f"{SCOPE}:tidak")]
        left = pasted_skp.left_out(state) if review.status is Status.draf else []
        state.listed_offer = bool(left)
        if left:  # the member pasted more than the draft kept: the leader should see the SKP as pasted
            whole = pasted_skp.whole(state)
            lines = "\n".join(f"- baris {i + 1}: «{short(state.listed[i].text, 70)}»"
                               + (f" ({what})" if (what := pasted_skp.lacks(whole[i])) else "") for i in left)
            text += (f"\nDari daftar yang Anda tempel, {len(left)} baris belum masuk draf karena masih perlu diubah:\n"
                     f"{lines}\nAjukan semuanya sesuai urutan daftar (temuannya ikut terlihat oleh atasan), atau "
                     "hanya yang sudah di draf.")
            buttons = [Button(f"Ajukan semua {len(state.listed)} IKI sesuai daftar", f"{SCOPE}:ajukan:daftar"),
                       Button(f"Ajukan {len(state.skp.iki)} IKI di draf saja", f"{SCOPE}:ajukan"),
                       Button("Nanti dulu", f"{SCOPE}:tidak")]
        return [Reply(text, buttons, choice_only=True)]

    @staticmethod
    def as_listed(state: UserState) -> list[Reply]:
        """The draft put in the order of the member's pasted list, the lines it left out included (they are submitted
        with their findings), when it holds only part of that list; no field is asked meanwhile. Used by «Ajukan
        semua sesuai daftar», and before an «IKI N» edit typed after /ajukan numbered the list: the member's N is
        then the list's line N, not the draft's IKI N (which would overwrite another IKI)."""
        state.listed_offer = False
        if state.team.review.status is not Status.draf or not pasted_skp.left_out(state):
            return []
        note = draft_save.release(state)
        state.skp.iki = pasted_skp.whole(state)
        return ([Reply(note)] if note else []) + [Reply(f"Draf Anda kini memuat {len(state.skp.iki)} IKI dalam urutan "
                                                        "daftar yang Anda tempel.")]

    @staticmethod
    def _listed_asked(turn: Turn) -> list[Reply]:
        """«Ajukan semua sesuai daftar» when a line the draft left out would go in with no target (an activity with no
        target, jenis or bobot): each named with what it lacks, and asked once, never pulled into the submitted SKP
        silently (tester17 #6). The list's numbering holds for an /ubah meanwhile. [] when every line has a target."""
        state = turn.state
        left = pasted_skp.left_out(state) if state.team.review.status is Status.draf else []
        whole = pasted_skp.whole(state) if left else []
        # a line with no target has nothing to be measured by (the year would ask its realisasi); jenis and bobot
        # missing is how a pasted list's lines usually go in, and the leader's card names them
        lacking = [(i, pasted_skp.lacks(whole[i])) for i in left if "target" in missing_fields(whole[i])]
        if not lacking:
            return []
        lines = "\n".join(f"- IKI {i + 1} «{short(whole[i].indikator, 70)}»: {what}" for i, what in lacking)
        return [Reply(f"Jika diajukan sesuai daftar, {len(lacking)} IKI ikut masuk SKP padahal belum lengkap untuk "
                      f"e-Kinerja:\n{lines}\nAtasan bisa menetapkannya apa adanya. Lengkapi dulu dengan /ubah NOMOR "
                      f"(misalnya «/ubah {lacking[0][0] + 1} target 100%»), lalu /ajukan lagi; atau ajukan hanya yang "
                      "sudah di draf.",
                      [Button(f"Tetap ajukan semua {len(whole)} IKI", f"{SCOPE}:ajukan:daftar-ya"),
                       Button(f"Ajukan {len(state.skp.iki)} IKI di draf saja", f"{SCOPE}:ajukan"),
                       Button("Nanti dulu", f"{SCOPE}:tidak")], choice_only=True)]

    def _submit(self, turn: Turn, reason: str = "", note: str = "") -> list[Reply]:
        state = turn.state
        if self.store.reviewer_of(turn.user_id) is None:
            return [Reply(NOT_PAIRED)]
        return self._own(turn, lambda: submit(state.team, state.skp, owner=turn.user_id, now=self.clock(),
                                               reason=reason, note=note),
                         "SKP Anda diajukan kepada atasan. Anda diberi tahu setiap keputusannya, beserta catatannya.")

    def _ask_reason(self, state: UserState) -> list[Reply]:
        force = state.team.review.in_force
        if force is not None and force.skp == state.skp:
            return [Reply(f"SKP Anda sama dengan versi {force.number} yang ditetapkan; tidak ada perubahan untuk "
                          "diajukan. Ubah dulu IKI-nya dengan /ubah.")]
        state.tim = TeamAsk(kind="perubahan")  # a reason typed in words is read, never taken as a logbook line
        return [self._reason_question("SKP Anda sudah ditetapkan, jadi perubahan ini diajukan sebagai perubahan SKP "
                                      "dan perlu persetujuan atasan. Apa alasannya?")]

    @staticmethod
    def _reason_question(text: str) -> Reply:
        return Reply(text, [Button(r.label, f"{SCOPE}:alasan:{r.id}") for r in guidance().reasons], choice_only=True)

    def _typed_reason(self, turn: Turn, ask: TeamAsk, text: str) -> list[Reply]:
        """A perubahan's reason typed in words («ada arahan dr direktur, umpan balik harus lebih cepat»): the guidance's
        reason it names, with the line as the note for the leader when it says more; a line naming none is kept as
        the note and the reason asked again with its buttons (nothing typed is lost). An option's number or place
        («3», «yg ketiga») picks that reason, as its button does, whenever the question is open (tester19 #13: «3»
        after reopening the chat became the note)."""
        reasons = guidance().reasons
        picked = typed_choice(text, [r.label for r in reasons], by_label=False)
        if picked is not None:
            turn.state.tim = ask  # a note typed before stays the note, as under the button
            return self.on_button(turn, f"alasan:{reasons[picked].id}")
        reason = reason_answer(text)
        note = " ".join(filter(None, (ask.value, explanation(text) if reason else "")))
        if reason and note:
            return self._submit(turn, reason=reason, note=note)
        if reason:
            turn.state.tim = TeamAsk(kind="keterangan", value=reason)
            label = guidance().reason(reason).label
            return [Reply(f"Alasan: {label}. Tulis keterangan singkat untuk atasan: apa yang berubah dan mengapa.")]
        kept = " ".join(filter(None, (ask.value, " ".join(text.split())[:500])))
        turn.state.tim = TeamAsk(kind="perubahan", value=kept)
        return [self._reason_question(f"Keterangan untuk atasan saya simpan: «{short(kept, 120)}». Alasan mana dari "
                                      "panduan yang sesuai?")]

    def after_edit(self, turn: Turn, given: YearAsk | None = None) -> list[Reply]:
        """After /ubah changed an SKP already ditetapkan, with a leader to approve: ask the perubahan's reason, unless
        the change only filled in its empty jenis or bobot (perubahan_skp.yaml completing). A reason typed with the
        change («ada direktif, target iki 2 jadi 97%»: `given`) is this perubahan's, only its keterangan asked."""
        state = turn.state
        review, force = state.team.review, state.team.review.in_force
        if state.edit or review.status is not Status.ditetapkan or force is None or force.skp == state.skp:
            return []
        if self.store.reviewer_of(turn.user_id) is None:
            return []
        filled = completes(force.skp, state.skp)
        if filled:  # its empty jenis or bobot filled in: the set version completed, no reason nor approval (tester19 #7)
            review.versions[-1] = force.model_copy(update={"skp": state.skp.model_copy(deep=True)})
            if state.year.versions:
                state.year = complete(state.year, state.skp, self.clock().date())
            return [Reply(completing()["said"].format(versi=force.number, fields=" dan ".join(filled)))]
        if given is not None and given.reason:
            if given.note:
                return self._submit(turn, reason=given.reason, note=given.note)
            state.tim = TeamAsk(kind="keterangan", value=given.reason)
            return [Reply(f"SKP Anda sudah ditetapkan, jadi perubahan ini diajukan kepada atasan sebagai perubahan SKP "
                          f"(alasan: {guidance().reason(given.reason).label}). Tulis keterangan singkat untuk atasan: "
                          "apa yang berubah dan mengapa.")]
        return self._ask_reason(state)

    def guard_edit(self, turn: Turn, rest: str, edit: Callable[[str], list[Reply]]) -> list[Reply]:
        """/ubah and /buang while the leader reviews: only a returned IKI may change (its comment shown); otherwise
        the member may take the submission back first. After a change to a set SKP, the perubahan is asked."""
        rest = _IKI_WORD.sub("", rest)
        review = turn.state.team.review
        number = re.match(r"^\s*#?(\d{1,3})\b", rest)
        index = int(number[1]) - 1 if number else None
        refusal = edit_refusal(review, index)
        if refusal:
            if review.status is Status.diajukan:
                # «/ubah 1 bobot 30», then «/ubah 3 bobot 30» before answering: each change kept, made together
                waiting = turn.state.tim.changes if turn.state.tim and turn.state.tim.kind == "tarik" else []
                changes = [change for change in waiting if change.strip()] + [rest]
                turn.state.tim = TeamAsk(kind="tarik", changes=changes)
                kept = f" ({len(changes)} perubahan menunggu jawaban ini; tidak ada yang hilang.)" if len(changes) > 1 else ""
                return [Reply(refusal + " Ubah sekarang? Pengajuan ditarik, diubah, lalu diajukan ulang; atasan "
                              "memutuskan isi yang baru." + kept,
                              [Button("Ya, ubah dan ajukan ulang", f"{SCOPE}:tarik"), Button("Tidak", f"{SCOPE}:tidak")],
                              choice_only=True)]
            return [Reply(refusal)]
        comment = returned_comment(review, index) if index is not None else None
        replies = [Reply(f"Catatan atasan untuk IKI {index + 1}: {comment}")] if comment else []
        if turn.state.listed_offer and index is not None:  # /ajukan numbered the pasted list: N is its line N
            replies = self.as_listed(turn.state) + replies
        # a reason typed with the change is the perubahan's the leader decides: the year never versions it itself
        given = None
        if self.reviews(turn.user_id):
            given, turn.state.year_ask = _year_reason(turn.state), _kept_year_ask(turn.state)
        before = [(iki.indikator, iki.target) for iki in turn.state.skp.iki]
        return replies + edit(rest) + self.after_edit(turn, given) + self._split_follows(turn, before)

    def _split_follows(self, turn: Turn, before: list[tuple[str, str | float | None]]) -> list[Reply]:
        """A leader's own IKI whose target changed (a direktif for the whole team) that the MPPH split among the team:
        the matrix takes the new target (and each part that kept the old one), and every paired member holding a part
        is told, to propose their own perubahan (tester22a #10: only the leader's SKP changed)."""
        state = turn.state
        matrix = state.mpph if state.mpph and state.mpph.indicators else state.mpph_last
        pairs = self.store.members_of(turn.user_id) if matrix else []
        changed = {name.lower(): iki.target for (name, old), iki in zip(before, state.skp.iki)
                   if name == iki.indikator and old != iki.target and iki.target is not None}
        if not pairs or not changed:
            return []
        names = {pair.member: self._name(pair.member) for pair in pairs}
        said = []
        for leader in matrix.indicators:
            new = changed.get(leader.indikator.lower())
            if new is None or str(new) == str(leader.target):
                continue
            old, leader.target = leader.target, str(new)
            for role in leader.peran:
                if role.target is None or str(role.target) == str(old):
                    role.target = str(new)
            holders = {role.pegawai for role in leader.peran if not role.sendiri}
            told = [member for member, name in names.items()
                    if any(_words(holder) and _words(holder) <= _words(name) for holder in holders)]
            text = (f"{state.skp.pegawai.nama or 'Ketua Tim Anda'} mengubah target «{short(leader.indikator, 80)}» "
                    f"dari {old} menjadi {new}. Bila bagian Anda di IKI itu ikut berubah, ubah IKI Anda dengan /ubah "
                    "(alasannya dipilih); perubahannya disetujui atasan.")
            for member in told:
                turn.letters.append((member, f"mpph-target:{leader.id}:{new}:{member}", [Reply(text)]))
            who = ", ".join(names[m] or "anggota" for m in told) or "belum ada anggota terhubung yang memegangnya"
            said.append(Reply(f"«{short(leader.indikator, 60)}» juga Anda bagi ke tim lewat MPPH ({leader.id}): "
                              f"target di matriks ikut menjadi {new}. Diberi tahu: {who}."))
        return said

    # The leader's decisions ------------------------------------------------------------------------------
    def stale(self, user: str, data: str) -> bool:
        """Whether a leader's decision button would now be refused (the review decided, resubmitted, ended): not
        shown again as «still valid» when the chat opens (tester21a #11)."""
        seen = parse(data)
        if seen is None:
            return True
        member = self.load(seen.owner)
        return press_refusal(user, seen, self.store.reviewer_of(seen.owner), member.team.review, member.skp) is not None

    def press(self, turn: Turn, data: str, typed: bool = False) -> list[Reply]:
        """A leader's button (typed: its words typed instead): checked against the pairing and the SKP as they are
        now; a decision that needs words (a comment, a new target) asks for them first, and is checked again when they
        come."""
        seen = parse(data)
        if seen is None:
            return [Reply(UNKNOWN)]
        member = self.load(seen.owner)
        refusal = press_refusal(turn.user_id, seen, self.store.reviewer_of(seen.owner), member.team.review, member.skp)
        if refusal:
            return [Reply(refusal)]
        if seen.act.asks == "catatan":
            turn.state.tim = TeamAsk(kind="catatan", data=data)
            what = "perubahan ini" if seen.act.on_change else f"IKI {seen.index + 1}"
            return [Reply(f"Tulis catatan untuk pegawai: apa yang perlu diperbaiki pada {what}. (/batal: tidak jadi)")]
        if seen.act.asks == "target":
            turn.state.tim = TeamAsk(kind="target", data=data)
            iki = member.skp.iki[seen.index]
            return [Reply(f"Target baru untuk IKI {seen.index + 1} «{iki.indikator}» (sekarang {iki.target or '-'})? "
                          "Tulis angkanya, misalnya 90% atau 12. (/batal: tidak jadi)")]
        return self._gaps_asked(turn, member, data, typed) or self._decide(turn, data)

    @staticmethod
    def _gaps_asked(turn: Turn, member: UserState, data: str, typed: bool) -> list[Reply]:
        """«Setujui semua» on an SKP the rules find incomplete for e-Kinerja: asked once, naming what is missing,
        before it sets the SKP (tester16b #5). Typed, any gap asks; tapped beside the card that lists the gaps, an activity
        with no target asks (no result and nothing to measure it by, yet the year would ask its realisasi: tester17
        #6). [] when nothing
        is missing, when the approval sets nothing (an IKI returned) or when the question was just asked (its button,
        or a second «setujui semua», sets it)."""
        seen = parse(data)
        if seen is None or seen.act not in (Act.setujui_semua, Act.setujui_perubahan):
            return []
        review = member.team.review
        sets = all((d := review.decision(i)) is None or d.verdict is not Verdict.kembalikan
                   for i in range(len(member.skp.iki)))
        gaps = skp_gaps(member.skp) if sets else []
        unmeasured = any("target" in missing and pasted_skp.reads_as_activity(member.skp.iki[number - 1].indikator)
                         for number, missing in incomplete(member.skp))
        if not gaps or not (typed or unmeasured) or (CONFIRM_ALL, data) in turn.state.shown:
            return []
        return [Reply("SKP ini belum lengkap untuk e-Kinerja:\n" + "\n".join(f"- {line}" for line in gaps)
                      + "\nTetap setujui semua IKI dan tetapkan SKP ini, atau kembalikan IKI yang perlu diperbaiki?",
                      [Button(CONFIRM_ALL, data), Button("Batal", f"{SCOPE}:tidak")], choice_only=True)]

    def _decide(self, turn: Turn, data: str, comment: str = "", target: str = "") -> list[Reply]:
        seen = parse(data)
        if seen is None:
            return [Reply(UNKNOWN)]
        done = self._on_member(turn, seen.owner, lambda st, current: apply_press(
            seen, st.team, st.skp, actor=turn.user_id, current=current, now=self.clock(), comment=comment,
            target=target))
        if isinstance(done, str):
            return [Reply(done)]
        return [Reply(_told(done))]

    # /tim -------------------------------------------------------------------------------------------------
    def tim(self, turn: Turn, rest: str) -> list[Reply]:
        pairs = self.store.members_of(turn.user_id)
        if not pairs:
            return [Reply(NO_MEMBERS)]
        if _team_scope()["capaian"].find(tokens(rest)):  # «/tim capaian»: every member's capaian, one after another
            return self._team_capaian(pairs)
        inputs = [self._input(pair) for pair in pairs]
        rows = team_rows(inputs, turn.state.leader, self.clock().date())
        unnamed = "\nAnggota yang belum mengisi nama di /profil tampil sebagai «Anggota N»; minta ia mengisinya." \
            if any(not i.name for i in inputs) else ""
        return [Reply(team_text(rows) + unnamed + "\nPilih anggota untuk melihat SKP dan keputusan yang menunggu.",
                      [Button(row.name, f"{SCOPE}:lihat:{row.member}") for row in rows],
                      choice_only=True)]  # only a member is picked here: «1» typed in the terminal picks the first

    def _team_capaian(self, pairs: list[Pair]) -> list[Reply]:
        """The capaian of every member, under their name (read only: each logbook is the member's own)."""
        today = self.clock().date()
        parts = []
        for number, pair in enumerate(pairs, start=1):
            state = self.load(pair.member)
            parts.append(f"{number}. {_known_as(state) or f'Anggota {number}'}\n"
                         + year_text(state.skp, state.year, today, last=1))
        return [Reply(f"Capaian tim Anda ({len(pairs)} anggota):\n\n" + "\n\n".join(parts)
                      + "\n\nRincian dan catatan harian tiap anggota: /tim, lalu pilih anggotanya.")]

    def ekspor(self, turn: Turn, rest: str, export: Callable[..., list[Reply]]) -> list[Reply]:
        """/ekspor: the user's own workbook with its audit trail; «/ekspor tim» from a leader: each member's."""
        team = self.export_team(turn, export) if names_team(rest) else None
        if team is not None:
            return team
        return self.with_history(turn, export(self.signed_own(turn)))

    def signed_own(self, turn: Turn) -> UserState:
        """The user's state for their own files (/ekspor, /dialog's pack): signed by the paired leader's /profil when
        they named no atasan."""
        pair = self.store.reviewer_of(turn.user_id)
        return _signed_by(turn.state, self.load(pair.reviewer).skp.pegawai, pair.started_at) if pair else turn.state

    def export_team(self, turn: Turn, export: Callable[..., list[Reply]]) -> list[Reply] | None:
        """«/ekspor tim»: each member's SKP workbook, named by the member (None: no members, the leader's own)."""
        from bot.skp.export import name_slug

        pairs = self.store.members_of(turn.user_id)
        if not pairs:
            return None
        files, told = [], []
        for number, pair in enumerate(pairs, start=1):
            state = self.load(pair.member)
            name = _known_as(state) or f"Anggota {number}"
            signed = _signed_by(state, turn.state.skp.pegawai, pair.started_at)
            made = [r for r in export(signed, member=True) if r.file is not None] if state.skp.iki else []
            if not made:
                told.append(f"{name}: SKP-nya belum berisi IKI")
                continue
            file = made[-1].file
            slug = name_slug(name) or f"anggota-{number}"
            named = file.name if file.name.startswith(slug) else f"{slug}-{file.name}"  # /profil's name leads it already
            files.append(Reply(f"{name}: {made[-1].text}", file=ReplyFile(named, file.data, f"{name}: {file.caption}")))
        head = f"Berkas SKP tim Anda: {len(files)} dari {len(pairs)} anggota."
        return [Reply(head + ("" if not told else " Belum ada berkas: " + "; ".join(told) + "."))] \
            + [self._team_file(turn)] + files

    def _team_file(self, turn: Turn) -> Reply:
        """The whole team in one workbook: the leader, the members and the members' own members (a Kepala Balai's
        Ketua Tim and their teams), one row per IKI with who it belongs to, as the Biro OSDM audits it (tester24 #2)."""
        from bot.skp.export import name_slug, team_workbook

        people, seen, queue = [], {turn.user_id}, [(turn.user_id, turn.state, "")]
        while queue:
            user, state, atasan = queue.pop(0)
            below = [p for p in self.store.members_of(user) if p.member not in seen]
            pegawai = state.skp.pegawai
            people.append((pegawai, _peran_label(pegawai.jabatan, bool(below)), atasan, state.skp))
            for pair in below:
                seen.add(pair.member)
                queue.append((pair.member, self.load(pair.member), pegawai.nama or pegawai.jabatan))
        people = [p for p in people if p[3].iki or p is not people[0]]  # the leader's own row only with IKI
        name = _known_as(turn.state) or "tim"
        slug = name_slug(name) or "tim"
        count = sum(len(p[3].iki) for p in people)
        caption = (f"SKP seluruh tim dalam satu berkas: {len(people)} orang, {count} IKI, satu baris per IKI dengan NIP, "
                   "nama, jabatan, unit, peran dan atasannya. Berkas ini bisa langsung diperiksa Biro OSDM dengan "
                   "«iki audit».")
        return Reply(caption, file=ReplyFile(f"skp-tim-{slug}.xlsx", team_workbook(people), caption))

    def _input(self, pair: Pair) -> MemberInput:
        state = self.load(pair.member)
        started = datetime.fromtimestamp(pair.started_at, self.clock().tzinfo).date()
        days, behind, said = year_figures(state.skp, state.year, self.clock().date())
        return MemberInput(member=pair.member, name=_known_as(state), skp=state.skp, record=state.team,
                           started=started, days_since_logbook=days, behind=behind, behind_said=said)

    def _member_view(self, turn: Turn, member: str) -> list[Reply]:
        current = self.store.reviewer_of(member)
        refusal = leader_refusal(turn.user_id, member, current)
        if refusal:
            return [Reply(refusal)]
        state = self.load(member)
        items = review_items(state.team, state.skp, owner=member, pair=current.id, name=_known_as(state))
        if not state.skp.iki:
            return [Reply(items[0].text + "\nSKP-nya belum berisi IKI.")]
        return [Reply(item.text, [Button(label, data) for label, data in item.buttons]) for item in items] \
            + [Reply(year_text(state.skp, state.year, self.clock().date()))]

    def findings_asked(self, turn: Turn, question: str) -> list[Reply]:
        """«kenapa IKI 2 ga boleh?» asked under the leader's review (the member's SKP), or by a member of their own
        draft: what each finding of that IKI means and what to do, from the rules catalog (rules.yaml
        `categories`); nothing when the question names no IKI of it with a finding."""
        from bot.retrieval.glossary import meaning, term_named

        named = iki_refs().search(question)
        owner = _reviewed_owner(turn)
        skp = self.load(owner).skp if owner else turn.state.skp
        if not named or not 1 <= int(named.group(1)) <= len(skp.iki):
            return []
        number = int(named.group(1))
        iki = skp.iki[number - 1]
        terms = list(dict.fromkeys(t for f in check_iki(iki).findings if (t := term_named(f.category.value))))
        if not terms:
            return []
        text, source = meaning(terms)
        whose = "pegawai" if owner else "Anda"
        lines = [f"IKI {number} {whose} «{iki.indikator}» mendapat temuan berikut. {text} (Sumber: {source})"]
        if owner:
            lines.append("Untuk mengembalikannya dengan catatan, pilih «Kembalikan» di bawah IKI itu (tombolnya masih "
                         "berlaku); untuk menyetujuinya apa adanya, pilih «Setujui».")
        else:
            lines.append(f"Perbaiki dengan /ubah {number} teks IKI yang baru, atau periksa rumusan baru dengan /cek.")
        return [Reply("\n".join(lines))]

    def note_offered(self, turn: Turn, message: str) -> list[Reply]:
        """Text typed under the leader's review that asks nothing («Jml laporan bukan hasil kerja, ganti jd persentase
        … ya»): a note for the member, never the leader's own IKI to check. Offered as the return note of the IKI it
        names (else of each IKI shown with «Kembalikan»), or checked as an IKI if the leader says so; nothing when no
        review is on screen."""
        approved = self.typed_approval(turn, message) or self.typed_decision(turn, message)
        if approved:
            return approved
        owner = _reviewed_owner(turn)
        if owner is None:
            return self.named_note(turn, message)
        route = classify(message).route if owner else None
        # «IKI 2 tepat waktunya brp hari? tolong diperjelas»: a question for the member about an IKI of the review
        # (one whose findings are asked about is explained by findings_asked instead)
        to_member = route is Route.question and iki_refs().search(message) is not None \
            and not self.findings_asked(turn, message)
        asks = route not in (Route.iki, Route.unclear) and not to_member if owner else True
        current = self.store.reviewer_of(owner) if not asks and "\n" not in message.strip() else None
        if current is None or leader_refusal(turn.user_id, owner, current):
            return []
        member = self.load(owner)
        # Every IKI of the review that can still be returned, not only the last one's buttons on screen.
        returns = [(p, data) for item in review_items(member.team, member.skp, owner=owner, pair=current.id)
                   for _, data in item.buttons if (p := parse(data)) and p.act is Act.kembalikan]
        if not returns:
            return []
        named = iki_refs().search(message)
        picked = [(p, d) for p, d in returns if named and p.index + 1 == int(named.group(1))] or returns
        turn.state.pending = message
        other = "tanyakan ke pedoman" if to_member else "periksa tulisan ini sebagai IKI"
        # «kembalikan semua ya, bobot blm 100%»: a note on the whole SKP returns every IKI still waiting with it
        whole = [Button(f"Kembalikan semua {len(returns)} IKI dengan catatan ini", f"{SCOPE}:catatsemua:{owner}")] \
            if len(returns) > 1 and not named and set(tokens(message)) & set(knowledge.data("team")["review_typed"]["rest"]) \
            else []
        return [Reply("Ini catatan untuk pegawai? Pilih IKI yang dikembalikan dengan catatan ini (pegawai menerimanya "
                      f"apa adanya), atau {other}.",
                      whole + [Button(f"Kembalikan IKI {p.index + 1} dengan catatan ini", f"{SCOPE}:catat:{d}")
                               for p, d in picked] + [Button("Tanya pedoman", "route:tanya") if to_member
                                                      else Button("Periksa sebagai IKI", "route:cek")])]

    def named_note(self, turn: Turn, message: str) -> list[Reply]:
        """A message naming one member of the leader's team first (team.yaml `named_note`): offered as umpan balik to
        that member, its kind by button; [] when it names none, or asks (ends with «?»)."""
        text = message.strip()
        pairs = self.store.members_of(turn.user_id) if text and not text.endswith("?") and "\n" not in text else []
        if not pairs:
            return []
        words = tokens(text)
        opener = phrase_set("team", "named_note", "openers").match_at(words, 0)
        first = words[len(opener)] if opener and len(words) > len(opener) else (words[0] if words else "")
        # the /profil name only (a jabatan's words are no one's name), and a word of three letters or more
        named = [(p, name) for p in pairs if len(first) > 2 and (name := self.load(p.member).skp.pegawai.nama)
                 and first in tokens(name)]
        if len(named) != 1 or len(words) < 3:
            return []
        (pair, name), = named
        turn.state.pending = text
        return [Reply(f"Kirim pesan ini kepada {name} sebagai umpan balik? Pilih jenisnya, atau tanyakan ke pedoman.",
                      [Button(k.label, f"{SCOPE}:fbt:{k.id}:{pair.member}") for k in guidance().feedback]
                      + [Button("Tanya pedoman", "route:tanya")])]

    def _return_all(self, turn: Turn, owner: str, note: str) -> list[Reply]:
        """Every IKI of the member's review that can still be returned, returned with one note, as its buttons would."""
        current = self.store.reviewer_of(owner)
        refusal = leader_refusal(turn.user_id, owner, current)
        if refusal:
            return [Reply(refusal)]
        member = self.load(owner)
        presses = [data for item in review_items(member.team, member.skp, owner=owner, pair=current.id)
                   for _, data in item.buttons if (p := parse(data)) and p.act is Act.kembalikan]
        replies: list[Reply] = []
        for data in presses:
            replies = self._decide(turn, data, comment=note)
        if len(presses) > 1:
            numbers = ", ".join(str(parse(d).index + 1) for d in presses)
            replies = [Reply(f"IKI nomor {numbers} dikembalikan dengan catatan yang sama.")] + replies
        return replies or [Reply(STALE)]

    def typed_approval(self, turn: Turn, message: str) -> list[Reply]:
        """«setujui yg lain», «acc semua», «IKI 1 dan 3 disetujui» typed by a leader: the presses of «Setujui semua» or
        of each IKI's «Setujui», for the review on screen, else the one member whose SKP waits for a decision (a
        decision just taken left no buttons on screen); nothing when the message is not such an approval."""
        words = knowledge.data("team")["review_typed"]
        said = tokens(message)
        if not set(said) & set(words["approve"]) or set(said) & set(words["except"]) or len(said) > words["max_words"]:
            return []
        numbers = [int(n) for n in re.findall(r"\d+", message)]
        if not numbers and not set(said) & set(words["rest"]):
            return []
        owner = _reviewed_owner(turn) or self._only_waiting(turn)
        current = self.store.reviewer_of(owner) if owner else None
        if current is None or leader_refusal(turn.user_id, owner, current):
            return []
        member = self.load(owner)
        items = review_items(member.team, member.skp, owner=owner, pair=current.id)
        held = _offered_returns(turn.state.shown)
        if numbers:
            if not all(1 <= n < len(items) for n in numbers):
                return []
            presses = [data for n in numbers for label, data in items[n].buttons if label == "Setujui"]
        elif held:  # «acc yg lain» under «Kembalikan IKI 2 dengan catatan ini?»: the rest is every IKI but that one
            presses = [data for n, item in enumerate(items[1:]) if n not in held
                       for label, data in item.buttons if label == "Setujui"]
        else:
            # «Setujui semua» (or «Setujui perubahan»), never «Kembalikan perubahan» beside it
            presses = [data for _, data in items[0].buttons
                       if (p := parse(data)) and p.act in (Act.setujui_semua, Act.setujui_perubahan)]
        if not presses:
            return [Reply("Tidak ada IKI yang masih menunggu persetujuan itu; lihat /tim.")]
        return [reply for data in presses for reply in self.press(turn, data, typed=True)]

    def typed_decision(self, turn: Turn, message: str) -> list[Reply]:
        """«kembalikan iki 2», «ubah target iki 2 jd 1500, sesuai MPPH» typed under the review: that IKI's «Kembalikan»
        (its note asked) or «Ubah target» pressed, the new target and its reason typed after it taken as the answers;
        nothing when the message names no one IKI with such a word, or is a note with its return word (offered)."""
        words = knowledge.data("team")["review_typed"]
        said = tokens(message)
        target = PhraseSet(words["target"]).find(said)
        returns = not target and set(said) & set(words["return"])
        named = list(iki_refs().finditer(message))
        owner = _reviewed_owner(turn)
        if not (target or returns) or len(named) != 1 or owner is None or "\n" in message.strip():
            return []
        current = self.store.reviewer_of(owner)
        if current is None or leader_refusal(turn.user_id, owner, current):
            return []
        member = self.load(owner)
        act = Act.ubah_target if target else Act.kembalikan
        number = int(named[0].group(1))
        data = next((d for item in review_items(member.team, member.skp, owner=owner, pair=current.id)
                     for _, d in item.buttons if (p := parse(d)) and p.act is act and p.index + 1 == number), None)
        if data is None:
            return []
        rest = message[named[0].end():].strip(" ,.;:-")
        if returns and len([w for w in said if w not in words["return"]]) > 3:
            return []  # «IKI 2 kembalikan, targetnya kerendahan»: a note, offered as one (note_offered)
        replies = self.press(turn, data, typed=True)
        if target:
            value = re.match(r"^(?:\S+\s+)?(\d[\d.,]*\s*%?[^\W\d]*)\s*[,;.]?\s*(.*)$", rest)
            lead = rest.split(maxsplit=1)[0].lower() if rest else ""
            if value is None or (lead not in words["target_to"] and not rest[:1].isdigit()):
                return replies
            replies = self.on_text(turn, value.group(1).strip())
            reason = value.group(2).strip()
            return self.on_text(turn, reason) if reason and turn.state.tim else replies
        return replies

    def _only_waiting(self, turn: Turn) -> str | None:
        """The one member whose submitted SKP still has IKI without a decision; None when none or several."""
        waiting = [pair.member for pair in self.store.members_of(turn.user_id)
                   if awaits_decision((member := self.load(pair.member)).team.review, member.skp)]
        return waiting[0] if len(waiting) == 1 else None

    def cancel(self, turn: Turn) -> list[Reply] | None:
        """/batal while a team question is open (a leader's comment or new target, a pairing to confirm): nothing is
        recorded; a leader who cancelled a decision gets the member's IKI still waiting back, with their buttons, so
        the decision can be taken another way. None when no team question is open."""
        state = turn.state
        if not (state.tim or state.code):
            return None
        ask, state.tim, state.code = state.tim, None, ""
        force = state.team.review.in_force
        if ask and ask.kind in ("perubahan", "keterangan") and force is not None and force.skp != state.skp:
            # the change asked about is called off with its question: the draft as the leader set it (tester20b #24)
            state.skp = force.skp.model_copy(deep=True)
            return [Reply(f"Dibatalkan; perubahannya tidak diajukan dan draf kembali seperti SKP versi {force.number} "
                          "yang ditetapkan atasan. Ubah lagi dengan /ubah bila perlu.")]
        replies = [Reply("Dibatalkan; tidak ada yang dicatat atau dikirim.")]
        seen = parse(ask.data) if ask and ask.kind in ("catatan", "target", "alasan") else None
        if seen is None:
            return replies
        current = self.store.reviewer_of(seen.owner)
        if leader_refusal(turn.user_id, seen.owner, current) is not None:
            return replies
        member = self.load(seen.owner)
        items = review_items(member.team, member.skp, owner=seen.owner, pair=current.id, name=_known_as(member))
        waiting = [item for item in items[1:] if item.buttons] if len(items) > 1 else items
        if not any(item.buttons for item in waiting):
            return replies
        return replies + [Reply(("Yang masih menunggu keputusan Anda:\n" if n == 0 else "") + item.text,
                                _buttons(item.buttons)) for n, item in enumerate(waiting) if item.buttons]

    # Feedback ---------------------------------------------------------------------------------------------
    def umpanbalik(self, turn: Turn, rest: str) -> list[Reply]:
        """/umpanbalik: the leader picks the member (when several) and the kind, then writes; /umpanbalik balas u1
        … is the member's reply."""
        words = rest.split(maxsplit=2)
        if words and words[0].lower() == "balas":
            if len(words) < 3:
                return [Reply("Tulis: /umpanbalik balas NOMOR pesan Anda, misalnya /umpanbalik balas u1 Terima kasih.")]
            return self._reply(turn, words[1], words[2])
        pairs = self.store.members_of(turn.user_id)
        if not pairs:
            notes = self.leader_notes(turn.state)
            if notes:
                return [Reply(notes)]
            if self.store.reviewer_of(turn.user_id) is not None:
                return [Reply("Belum ada catatan atau umpan balik dari atasan Anda untuk SKP ini.")]
            return [Reply(NO_MEMBERS)]
        if rest.strip():  # «/umpanbalik andi arahan: laporan PME dikirim sblm tgl 5» in one line (tester21a #15)
            named = self._named_feedback(turn, pairs, rest)
            if named:
                return named
        if len(pairs) > 1:
            return [Reply("Umpan balik untuk siapa?", [Button(self._input(p).name or f"Anggota {n}",
                                                               f"{SCOPE}:fbm:{p.member}")
                                                        for n, p in enumerate(pairs, start=1)], choice_only=True)]
        return self._kinds(pairs[0].member)

    @staticmethod
    def leader_notes(state: UserState) -> str:
        """What the member's leader wrote to them: the notes of the IKI returned in the current review, a perubahan
        not approved, and the feedback given; "" when there is none."""
        review, parts = state.team.review, []
        returned = [(i, returned_comment(review, i)) for i in range(len(state.skp.iki))]
        lines = [f"IKI {i + 1} «{short(state.skp.iki[i].indikator, 60)}»: {note}. Perbaiki dengan /ubah {i + 1}, lalu "
                 "ajukan ulang dengan /ajukan." for i, note in returned if note]
        if lines:
            parts.append("Catatan atasan pada IKI yang dikembalikan:\n" + "\n".join(lines))
        if review.returned:
            parts.append(f"Perubahan SKP terakhir belum disetujui atasan: {review.returned}.")
        own = state.team.feedback
        if own:
            parts.append("Umpan balik dari atasan Anda:\n" + "\n".join(
                f"{f.id}: {f.kind.replace('_', ' ')} — {f.text}" + (f" (dibalas: {f.reply})" if f.reply else "")
                for f in own))
        return "\n\n".join(parts)

    def _named_feedback(self, turn: Turn, pairs: list[Pair], rest: str) -> list[Reply]:
        """The member named by a word of their name first, then the kind by its label, then the text after «:» (or
        what follows the kind): given at once; the member alone asks the kind; [] when no member is named first."""
        words = tokens(rest)
        named = [p for p in pairs if words and words[0] in tokens(self._input(p).name or "")]
        if len(named) != 1:
            return []
        member, after = named[0].member, rest.strip().split(maxsplit=1)[1:] or [""]
        body = after[0].lstrip(" ,:")
        kind = next((k for k in guidance().feedback if body.lower().startswith(k.label.lower())), None)
        if kind is None:
            return self._kinds(member)
        text = body[len(kind.label):].lstrip(" ,:-")
        if not text:
            turn.state.tim = TeamAsk(kind="umpanbalik", data=member, value=kind.id)
            return [Reply(f"Tulis {kind.label.lower()} Anda. (/batal: tidak jadi)")]
        return self._give(turn, member, kind.id, text)

    def _kinds(self, member: str) -> list[Reply]:
        return [Reply("Jenis umpan baliknya?", [Button(k.label, f"{SCOPE}:fb:{k.id}:{member}")
                                                for k in guidance().feedback], choice_only=True)]

    def _give(self, turn: Turn, member: str, kind: str, text: str) -> list[Reply]:
        found = _IKI_NUMBER.match(text)
        index = int(found[1]) - 1 if found and re.match(r"^\s*iki", text, re.IGNORECASE) else None
        body = text[found.end():] if index is not None else text

        def step(st: UserState, current: Pair | None) -> Applied:
            refusal = leader_refusal(turn.user_id, member, current)
            if refusal:
                raise Refused(refusal)
            return give_feedback(st.team, st.skp, actor=turn.user_id, owner=member, pair=current.id, kind=kind,
                                 text=body, iki=index, now=self.clock())

        done = self._on_member(turn, member, step)
        return [Reply(done if isinstance(done, str) else "Umpan balik terkirim; balasan anggota akan diteruskan "
                      "kepada Anda.")]

    def _reply(self, turn: Turn, feedback_id: str, text: str) -> list[Reply]:
        state = turn.state
        return self._own(turn, lambda: reply_feedback(state.team, state.skp, owner=turn.user_id,
                                                      feedback_id=feedback_id, text=text, now=self.clock()),
                         "Balasan Anda terkirim kepada atasan.")

    # Dialog kinerja --------------------------------------------------------------------------------------
    def dialog(self, turn: Turn, rest: str, pack: Callable[[UserState], list[Reply]]) -> list[Reply]:
        """/dialog: a leader records a dialog's catatan for a member; /dialog baca d1 confirms reading one; anyone
        else (or /dialog bahan) gets the dialog pack."""
        words = rest.split()
        if words[:1] == ["baca"] and len(words) == 2:
            return self._read(turn, words[1])
        if words[:1] == ["jadwal"]:
            return self.jadwal(turn, " ".join(words[1:]))
        pairs = self.store.members_of(turn.user_id) if words[:1] != ["bahan"] else []
        if not pairs:  # the pack carries the same identity and signatures as /ekspor (tester24 #4)
            return pack(self.signed_own(turn))
        if len(pairs) > 1:
            return [Reply("Catat dialog kinerja dengan siapa? (Bahan dialog untuk SKP Anda sendiri: /dialog bahan)",
                          [Button(self._input(p).name or f"Anggota {n}", f"{SCOPE}:dlg:{p.member}")
                           for n, p in enumerate(pairs, start=1)], choice_only=True)]
        return self._ask_catatan(turn, pairs[0].member)

    def _ask_catatan(self, turn: Turn, member: str) -> list[Reply]:
        refusal = leader_refusal(turn.user_id, member, self.store.reviewer_of(member))
        if refusal:
            return [Reply(refusal)]
        turn.state.tim = TeamAsk(kind="dialog", data=member)
        held = self.load(member)  # the dialog starts from what happened (issue 18): the member's capaian and entries
        about = f"Bahan dialog dengan {_known_as(held) or 'anggota ini'}:\n"
        return [Reply(about + year_text(held.skp, held.year, self.clock().date())),
                Reply("Tulis catatan/rekomendasi dialog kinerja hari ini. " + catatan_help()
                      + " Ringkasan capaian dan hambatan boleh ditulis di depan. (/batal: tidak jadi)")]

    def _preview(self, turn: Turn, member: str, text: str) -> list[Reply]:
        name = _known_as(self.load(member))
        if tokens(text) and set(tokens(text)) <= set(tokens(name)):  # «Rina» typed at a «dengan siapa» skipped
            turn.state.tim = TeamAsk(kind="dialog", data=member)  # (one member): who it is with, never the note
            return [Reply(f"Catatan dialog kinerja dengan {name}. Tulis catatannya: apa yang dibahas, lalu "
                          "rekomendasi atau tindak lanjutnya. " + catatan_help())]
        try:
            catatan = read_dialog(text)
        except Refused as refused:
            turn.state.tim = TeamAsk(kind="dialog", data=member)
            return [Reply(refused.message)]
        held = self.clock().date()
        turn.state.tim = TeamAsk(kind="kirim", data=member,
                                 value=json.dumps({"on": held.isoformat(), "catatan": [c.model_dump() for c in catatan]}))
        shown = Dialog(id="-", held_on=held, catatan=catatan, pair="-", recorded_at=self.clock())
        return [Reply(f"Catatan dialog kinerja {long_date(held)}:\n{catatan_text(shown)}\nKirim kepada anggota untuk "
                      "dikonfirmasi?", [Button("Kirim", f"{SCOPE}:kirim"), Button("Batal", f"{SCOPE}:tidak")],
                      choice_only=True)]

    def _send_dialog(self, turn: Turn) -> list[Reply]:
        ask, turn.state.tim = turn.state.tim, None
        if ask is None or ask.kind != "kirim":
            return [Reply(STALE)]
        saved = json.loads(ask.value)
        catatan = [Catatan(**c) for c in saved["catatan"]]

        def step(st: UserState, current: Pair | None) -> Applied:
            refusal = leader_refusal(turn.user_id, ask.data, current)
            if refusal:
                raise Refused(refusal)
            return record_dialog(st.team, st.skp, actor=turn.user_id, owner=ask.data, pair=current.id,
                                 held_on=date.fromisoformat(saved["on"]), catatan=catatan, now=self.clock())

        done = self._on_member(turn, ask.data, step)
        return [Reply(done if isinstance(done, str) else "Catatan dialog terkirim; Anda diberi tahu setelah anggota "
                      "mengonfirmasi membacanya.")]

    def _read(self, turn: Turn, dialog_id: str) -> list[Reply]:
        state = turn.state
        return self._own(turn, lambda: confirm_dialog(state.team, state.skp, owner=turn.user_id, dialog_id=dialog_id,
                                                      now=self.clock()),
                         "Terima kasih; atasan diberi tahu bahwa Anda sudah membaca catatan dialog kinerja.")

    # /riwayat and /hapus ----------------------------------------------------------------------------------
    def riwayat(self, turn: Turn, rest: str) -> list[Reply]:
        viewer = self.store.pseudonym(turn.user_id)
        own = self.store.audit_trail(turn.user_id)
        replies = [Reply(history_text(own, viewer))] if own or not self.store.members_of(turn.user_id) else []
        decided = [r for r in self.store.audit_by(turn.user_id) if r.owner_key != viewer]
        # per member, named as /tim names them (tester17b #10: a leader of three could not tell whose SKP a line was)
        names = {self.store.pseudonym(p.member): _known_as(self.load(p.member)) or f"Anggota {n}"
                 for n, p in enumerate(self.store.members_of(turn.user_id), start=1)}
        for owner in dict.fromkeys(r.owner_key for r in decided):
            about = names.get(owner, "anggota tim (tidak lagi di tim Anda)")
            text = history_text([r for r in decided if r.owner_key == owner], viewer)
            replies.append(Reply(text.replace("Riwayat SKP", f"Keputusan Anda atas SKP {about}", 1)))
        return replies or [Reply("Belum ada riwayat keputusan.")]

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

    # What falls due by itself: the weekly digest, the dialog agenda -------------------------------------------
    def produce(self, now: datetime) -> None:
        """Once an hour per replica (the outbox keys make each message once across replicas): a leader's weekly
        digest when it is due, and the agenda for both sides before each dialog kinerja."""
        hour = (now.date(), now.hour)
        if self._produced == hour:
            return
        self._produced = hour
        for reviewer, count in self.store.reviewers().items():
            settings = self.load(reviewer).leader
            pairs = self.store.members_of(reviewer)
            inputs = [self._input(pair) for pair in pairs]
            if wants_digest(settings, count) and now >= digest_time(now):
                since = datetime.combine(week_start(now), datetime.min.time(), tzinfo=now.tzinfo).timestamp()
                rows = team_rows(inputs, settings, now.date())
                events = {m.member: self.store.audit_trail(m.member, since=since) for m in inputs}
                made = weekly_digest(reviewer, rows, events, now)
                self.post(reviewer, made.key, [Reply(made.text)], made.due)
            for member in inputs:
                on = next_dialog(member.record, settings, member.started)
                if not agenda_day(on) <= now.date() <= on:
                    continue
                text = agenda(member.record, member.skp, dialog_on=on)
                name = member.name or "anggota tim Anda"
                self.post(member.member, agenda_key(member.member, on, "anggota"), [Reply(text)], None)
                self.post(reviewer, agenda_key(member.member, on, "atasan"), [Reply(f"Dengan {name}. {text}")], None)

    def jadwal(self, turn: Turn, rest: str) -> list[Reply]:
        """/dialog jadwal [bulanan|dua_bulanan|triwulan]: the team's dialog kinerja cadence (both sides get the
        agenda before each dialog)."""
        if not rest.strip():
            return [Reply("Seberapa sering dialog kinerja dengan anggota tim?",
                          [Button(c.label, f"{SCOPE}:jadwal:{c.id}") for c in guidance().cadences], choice_only=True)]
        try:
            chosen = read_cadence(rest)
        except Refused as refused:
            return [Reply(refused.message)]
        turn.state.leader.cadence = chosen.id
        return [Reply(f"Dialog kinerja dengan anggota tim: {chosen.label.lower()}. Anda dan anggota menerima agenda "
                      f"{guidance().agenda_days_before} hari sebelum tiap dialog.")]

    def with_history(self, turn: Turn, replies: list[Reply]) -> list[Reply]:
        """/ekspor: the workbook gets the audit trail of the user's SKP as a sheet «Riwayat»."""
        records = self.store.audit_trail(turn.user_id)
        if not records:
            return replies
        from io import BytesIO

        from openpyxl import load_workbook

        rows = history_rows(records, self.store.pseudonym(turn.user_id))
        done = []
        for reply in replies:
            if reply.file is None or not reply.file.name.endswith(".xlsx"):
                done.append(reply)
                continue
            book = load_workbook(BytesIO(reply.file.data))
            sheet = book.create_sheet("Riwayat")
            sheet.append(list(HISTORY_COLUMNS))
            for row in rows:
                sheet.append(list(row))
            out = BytesIO()
            book.save(out)
            done.append(replace(reply, file=replace(reply.file, data=out.getvalue())))
        return done

    # The flow and the buttons -----------------------------------------------------------------------------
    def on_button(self, turn: Turn, rest: str) -> list[Reply]:
        action, _, arg = rest.partition(":")
        state = turn.state
        if action == "ya":
            return self._confirm_code(turn)
        if action == "bukan":
            state.code = ""
            return [Reply("Baik, tidak ada yang dihubungkan.")]
        if action == "ganti":
            return self._new_code(turn)
        if action == "catat":  # the note typed under the review, as the return note of the IKI picked
            note, state.pending = state.pending, ""
            return self._decide(turn, arg, comment=note) if note.strip() else [Reply(STALE)]
        if action == "fbt":  # a note typed to a member by name, sent as the kind picked (tester21a #9)
            kind, _, member = arg.partition(":")
            note, state.pending = state.pending, ""
            refusal = leader_refusal(turn.user_id, member, self.store.reviewer_of(member))
            if refusal or guidance().feedback_kind(kind) is None or not note.strip():
                return [Reply(refusal or STALE)]
            return self._give(turn, member, kind, note)
        if action == "catatsemua":  # the note on every IKI still waiting, each returned with it (tester21a #13)
            note, state.pending = state.pending, ""
            return self._return_all(turn, arg, note) if note.strip() else [Reply(STALE)]
        if action == "undang":
            return self.invite(turn)
        if action == "ajukan":
            if arg == "daftar":
                return self._listed_asked(turn) or self.as_listed(state) + self._submit(turn)
            state.listed_offer = False
            if arg == "daftar-ya":
                return self.as_listed(state) + self._submit(turn)
            return self._submit(turn)
        if action == "tidak":
            state.tim, state.listed_offer = None, False
            return [Reply("Baik, tidak ada yang diajukan atau dikirim.")]
        if action == "alasan" and guidance().reason(arg):
            typed = state.tim.value if state.tim and state.tim.kind == "perubahan" else ""
            if typed:  # the explanation was typed before the reason was picked
                state.tim = None
                return self._submit(turn, reason=arg, note=typed)
            state.tim = TeamAsk(kind="keterangan", value=arg)
            return [Reply("Tulis keterangan singkat untuk atasan: apa yang berubah dan mengapa.")]
        if action == "tarik" and state.tim and state.tim.kind == "tarik":
            typed, state.tim = state.tim.changes, None
            from bot.conversation import skp_edit

            before = state.skp.model_copy(deep=True)
            withdrawn = self._own(turn, lambda: withdraw(state.team, state.skp, owner=turn.user_id, now=self.clock()),
                                  "Pengajuan ditarik untuk diubah.")
            edited = [reply for change in typed if change.strip() for reply in skp_edit.ubah(state, change)]
            if state.edit is not None or state.skp == before:  # the change still waits for its value
                return withdrawn + edited + [Reply("Setelah selesai mengubah, ajukan lagi dengan /ajukan.")]
            # Changed at once: submitted again, so the leader decides on what the member has now (approvals of IKI
            # left unchanged carry over).
            return withdrawn + edited + self._submit(turn)
        if action == "jadwal":
            return self.jadwal(turn, arg)
        if action == "lihat":
            return self._member_view(turn, arg)
        if action == "fbm":
            refusal = leader_refusal(turn.user_id, arg, self.store.reviewer_of(arg))
            return [Reply(refusal)] if refusal else self._kinds(arg)
        if action == "fb":
            kind, _, member = arg.partition(":")
            refusal = leader_refusal(turn.user_id, member, self.store.reviewer_of(member))
            if refusal or guidance().feedback_kind(kind) is None:
                return [Reply(refusal or STALE)]
            state.tim = TeamAsk(kind="umpanbalik", data=member, value=kind)
            return [Reply(f"Tulis {guidance().feedback_kind(kind).label.lower()} Anda. Bila untuk satu IKI, awali "
                          "dengan nomornya, misalnya «IKI 2 …». (/batal: tidak jadi)")]
        if action == "balas":
            if not any(f.id == arg for f in state.team.feedback):
                return [Reply("Umpan balik itu tidak ada di catatan Anda, jadi tidak ada yang dibalas.")]
            state.tim = TeamAsk(kind="balas", data=arg)
            return [Reply("Tulis balasan Anda untuk atasan.")]
        if action == "dlg":
            return self._ask_catatan(turn, arg)
        if action == "kirim":
            return self._send_dialog(turn)
        if action == "baca":
            return self._read(turn, arg)
        return [Reply(STALE)]

    def on_text(self, turn: Turn, text: str) -> list[Reply]:
        """The answer to the team question that is open."""
        ask = turn.state.tim
        turn.state.tim = None
        if ask.kind == "catatan":
            if not text.strip():
                turn.state.tim = ask
                return prompt(turn.state)
            return self._decide(turn, ask.data, comment=text)
        if ask.kind == "target":
            typed = text.strip()
            parsed = parse_target(typed)
            if parsed is None or not any(ch.isdigit() for ch in typed):
                turn.state.tim = ask
                return [Reply("Target baru tidak terbaca. Tulis angkanya, misalnya 90% atau 12.")]
            seen = parse(ask.data)
            iki = self.load(seen.owner).skp.iki[seen.index] if seen else None
            percent = "%" in typed or (iki is not None and "%" in f"{iki.target or ''}{iki.satuan or ''}")
            misfit = target_misfit(iki, typed) if iki is not None else None  # the rule every target path asks
            if misfit:  # («120%» on a Persentase, «90%» on a Jumlah)
                turn.state.tim = ask
                return [Reply(misfit)]
            if percent and "%" not in typed:
                typed += "%"
            turn.state.tim = TeamAsk(kind="alasan", data=ask.data, value=typed)
            return [Reply(f"Alasan mengubah target menjadi {typed}? Pegawai menerimanya bersama target baru.")]
        if ask.kind == "alasan":
            return self._decide(turn, ask.data, comment=text, target=ask.value)
        if ask.kind == "umpanbalik":
            return self._give(turn, ask.data, ask.value, text)
        if ask.kind == "balas":
            return self._reply(turn, ask.data, text)
        if ask.kind == "dialog":
            return self._preview(turn, ask.data, text)
        if ask.kind == "keterangan":
            return self._submit(turn, reason=ask.value, note=text)
        if ask.kind == "perubahan":
            return self._typed_reason(turn, ask, text)
        turn.state.tim = ask  # "kirim", "tarik": only a button answers
        asked = prompt(turn.state)
        number = int(text.strip().lstrip("#")) if text.strip().lstrip("#").isdigit() else 0
        if 1 <= number <= len(asked[0].buttons):  # «1» under «[1] Kirim [2] Batal», also once asked again as «[#1]»
            return self.on_button(turn, asked[0].buttons[number - 1].data.removeprefix(f"{SCOPE}:"))
        return asked

    # Steps on records -------------------------------------------------------------------------------------
    def _own(self, turn: Turn, step: Callable[[], Applied], done: str) -> list[Reply]:
        """A step on the user's own record, in their own turn: committed with the turn's state."""
        try:
            applied = step()
        except Refused as refused:
            return [Reply(refused.message)]
        turn.state.team, turn.state.skp = applied.record, applied.skp
        turn.audit.extend(applied.entries)
        current = self.store.reviewer_of(turn.user_id)
        turn.letters.extend(self._letters(applied, turn.user_id, current))
        return [Reply(done)]

    def _on_member(self, turn: Turn, member: str, step: Callable[[UserState, Pair | None], Applied]) -> Applied | str:
        """A leader's step on a member's record: the member's lock (bounded wait), the pairing read under it, the
        step, and the member's state committed with the step's audit entries; the refusal's message otherwise."""
        try:
            with self.store.user_lock(member, wait=MEMBER_LOCK_WAIT_S):
                state = self.load(member)
                current = self.store.reviewer_of(member)
                applied = step(state, current)
                before = [iki.indikator for iki in state.skp.iki]
                state.team, state.skp = applied.record, applied.skp
                state.year = year_versions(state.year, state.team.review)  # a penetapan is the year's version too
                if len(before) == len(state.skp.iki):  # a returned perubahan: the records follow the IKI back
                    for old, new in zip(before, (iki.indikator for iki in state.skp.iki)):
                        state.year = follow_rename(state.year, old, new)
                state.year = state.year.model_copy(update={"rencana": follow_targets(state.year.rencana, state.skp)})
                if state.tim and state.tim.kind == "tarik" and state.team.review.status is not Status.diajukan:
                    state.tim = None  # «Ubah sekarang? Pengajuan ditarik …» is moot once the leader has decided
                if state.team.review.status is Status.ditetapkan and state.prima and not state.prima.paused:
                    # the SKP is agreed: PRIMA's open question stops following every reply (/prima takes it up)
                    state.prima = state.prima.model_copy(update={"paused": True})
                self.store.commit_turn(member, state.model_dump_json(), audit=applied.entries)
        except Refused as refused:
            return refused.message
        except LockBusy:
            return BUSY
        except DuplicateEntry:
            return RECORDED
        turn.letters.extend(self._letters(applied, member, current))
        return applied

    def _letters(self, applied: Applied, owner: str, current: Pair | None) -> list[tuple[str, str, list[Reply]]]:
        """Notices as messages: a submission comes with each IKI and the leader's buttons; feedback with «Balas»;
        a dialog's catatan with «Konfirmasi sudah dibaca»."""
        letters = []
        quiet = current is not None and wants_digest(self.load(current.reviewer).leader,
                                                     len(self.store.members_of(current.reviewer)))
        for letter in address(applied.notices, owner, current.reviewer if current else None):
            if quiet and letter.user == current.reviewer:
                continue  # this leader reads the week in one digest (and /tim), not a message per event
            replies = [Reply(letter.text)]
            parts = letter.key.split(":")
            if ":ajukan:" in letter.key and current is not None and letter.user == current.reviewer:
                items = review_items(applied.record, applied.skp, owner=owner, pair=current.id,
                                     name=applied.skp.pegawai.nama or applied.skp.pegawai.jabatan)
                replies = [Reply(f"{letter.text}\n{items[0].text}", _buttons(items[0].buttons))]
                replies += [Reply(item.text, _buttons(item.buttons)) for item in items[1:]]
            elif ":umpan_balik:" in letter.key:
                replies = [Reply(letter.text, [Button("Balas", f"{SCOPE}:balas:{parts[-2]}")])]
            elif ":dialog:" in letter.key:
                replies = [Reply(letter.text, [Button("Konfirmasi sudah dibaca", f"{SCOPE}:baca:{parts[-2]}")])]
            letters.append((letter.user, letter.key, replies))
        return letters

    def _name(self, user: str | None) -> str:
        return self.load(user).skp.pegawai.nama if user else ""


# A member with no name in /profil shows to the leader as «Anggota N» (tester17 #10: two members told apart by nothing)
UNNAMED_MEMBER = ("Nama Anda belum terisi, jadi atasan melihat Anda sebagai «Anggota N». Isi nama Anda dengan /profil "
                  "(cukup nama dulu; sisanya bisa dilewati).")


def prompt(state: UserState) -> list[Reply]:
    """The open team question, asked again."""
    ask = state.tim
    asks = {"catatan": "Tulis catatan untuk pegawai (apa yang perlu diperbaiki), atau /batal.",
            "target": "Tulis target barunya, misalnya 90% atau 12, atau /batal.",
            "alasan": "Tulis alasan perubahan target, atau /batal.",
            "umpanbalik": "Tulis isi umpan baliknya, atau /batal.",
            "balas": "Tulis balasan Anda untuk atasan, atau /batal.",
            "dialog": "Tulis catatan/rekomendasi dialog kinerja, atau /batal. " + catatan_help(),
            "keterangan": "Tulis keterangan perubahan SKP untuk atasan, atau /batal.",
            "perubahan": "Perubahan SKP Anda menunggu alasannya: pilih salah satu, tulis dengan kata-kata Anda, atau "
                         "/batal.",
            "kirim": "Catatan dialog menunggu: kirim kepada anggota, atau /batal.",
            "tarik": "Pengajuan SKP Anda masih di atasan: ubah dan ajukan ulang, atau /batal."}
    buttons = {"kirim": [Button("Kirim", f"{SCOPE}:kirim"), Button("Batal", f"{SCOPE}:tidak")],
               "perubahan": [Button(r.label, f"{SCOPE}:alasan:{r.id}") for r in guidance().reasons],
               "tarik": [Button("Ya, ubah dan ajukan ulang", f"{SCOPE}:tarik"), Button("Tidak", f"{SCOPE}:tidak")]}
    # asked again as first asked: the same buttons, a bare «1» picking one (tester20b #15: «[1] Kirim» came back as
    # «[#1] Kirim» and «1» was refused)
    return [Reply(asks.get(ask.kind, "Jawab pertanyaan terakhir, atau /batal."), buttons.get(ask.kind, []),
                  choice_only=ask.kind in buttons)]


def read_dialog(text: str) -> list[Catatan]:
    """A dialog as leaders write it: «… capaian, hambatan. rekomendasi: diklat biosafety; penghargaan: …; tindak
    lanjut: …» → catatan in the guidance's categories; words before the first category are the ringkasan."""
    categories = guidance().catatan
    labels = sorted({w for c in categories for w in (c.label.lower(), c.id.replace("_", " "), *c.words)}, key=len,
                    reverse=True)
    marker = re.compile(r"(?<![\w])(" + "|".join(re.escape(w) for w in labels) + r")\s*:", re.IGNORECASE)
    found: list[Catatan] = []
    for part in (p.strip() for p in re.split(r"[;\n]", text) if p.strip()):
        cuts = list(marker.finditer(part))
        lead = part[:cuts[0].start()] if cuts else part
        for n, cut in enumerate(cuts):
            body = part[cut.end():cuts[n + 1].start() if n + 1 < len(cuts) else len(part)].strip(" .,")
            category = _category(cut[1])
            if body and guidance().category(category).general:  # «rekomendasi: diklat biosafety»: Kebutuhan diklat
                category = _starts_with_category(body) or category
            if body:
                found.append(Catatan(category=category, text=body))
        lead = lead.strip(" .,")
        if lead:
            head, _, tail = lead.rpartition(":")
            named = _starts_with_category(tail.strip())
            if named and head.strip():
                found.append(Catatan(category="ringkasan", text=head.strip(" .,")))
            found.append(Catatan(category=named or "ringkasan", text=(tail if named else lead).strip(" .,")))
    if not found:  # a note in plain words is kept whole as the ringkasan; only nothing at all is refused
        raise Refused("Belum ada isi catatan yang terbaca: tulis apa yang dibahas dan disepakati. " + catatan_help())
    return found


def _category(word: str) -> str:
    word = word.lower()
    return next(c.id for c in guidance().catatan if word in (c.label.lower(), c.id.replace("_", " "), *c.words))


def _starts_with_category(text: str) -> str | None:
    lowered = text.lower()
    return next((c.id for c in guidance().catatan if c.id != "ringkasan" and not c.general
                 for w in c.words if lowered.startswith(w + " ") or lowered == w), None)


def _told(applied: Applied) -> str:
    """What the leader reads after a decision."""
    actions = [e.action for e in applied.entries]
    done = {"setujui": "disetujui", "kembalikan": "dikembalikan dengan catatan Anda", "ubah_target":
            "disetujui dengan target baru"}
    lines = []
    per_iki = [e for e in applied.entries if e.action in done]
    if len(per_iki) > 1:
        lines.append(f"{len(per_iki)} IKI disetujui sekaligus.")
    elif per_iki:
        lines.append(f"IKI {per_iki[0].before.get('iki')} {done[per_iki[0].action]}.")
    if "setujui_perubahan" in actions:
        lines.append("Perubahan SKP disetujui.")
    if "kembalikan_perubahan" in actions:
        lines.append("Perubahan SKP dikembalikan dengan catatan Anda; versi yang berlaku tidak berubah.")
    if "ditetapkan" in actions:
        version = next(e.after.get("versi") for e in applied.entries if e.action == "ditetapkan")
        lines.append(f"Semua IKI disetujui: SKP ditetapkan (versi {version}).")
        gaps = skp_gaps(applied.skp)  # one tap sets it as it stands; what e-Kinerja still lacks is said (tester18 #4)
        if gaps:
            lines.append(f"Catatan: SKP ini masih belum lengkap untuk e-Kinerja ({len(gaps)} hal, seperti di kartu SKP-nya); "
                         "pegawai diminta melengkapinya lewat perubahan SKP.")
    if "dikembalikan" in actions:
        lines.append("Peninjauan selesai: SKP dikembalikan kepada pegawai untuk diperbaiki.")
    return " ".join(lines) + " Pegawai diberi tahu." if lines else "Tercatat; pegawai diberi tahu."


def _buttons(pairs: list[tuple[str, str]]) -> list[Button]:
    return [Button(label, data) for label, data in pairs]


def _work_of(indikator: str) -> str:
    """The IKI without its leading measure («Persentase», «Jumlah» …): searched whole, the measure word alone finds
    every row measured the same way («Persentase surat masuk …» found «Persentase Masyarakat memiliki Asuransi …»)."""
    from bot.rules.lexicon import lexicon

    words = tokens(indikator)
    measure = lexicon().measures.match_at(words, 0) if words else None
    return " ".join(words[len(measure):]) if measure else indikator


def _words(name: str) -> set[str]:
    return {w for w in tokens(name.lower()) if w.isalpha()}


def _signed_by(state: UserState, leader: Pegawai, paired_at: float) -> UserState:
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
    /profil before (_signed_by), so the change is never silent and the typed one is shown back; "" otherwise."""
    typed = state.skp.pegawai.atasan
    signed = _signed_by(state, leader, paired_at).skp.pegawai.atasan
    if not typed or signed == typed:
        return ""
    return (f"Berkas /ekspor dan /dialog Anda kini mencantumkan {signed} sebagai pejabat penilai kinerja, bukan atasan "
            f"yang Anda tulis di /profil sebelumnya («{typed}»). Bila pejabat penilai Anda orang lain, tulis lagi "
            "dengan /profil atasan NAMA.")


@knowledge.cached
def _team_scope() -> dict[str, PhraseSet]:
    return {key: PhraseSet(words) for key, words in knowledge.data("team")["team_scope"].items()}


def names_team(text: str) -> bool:
    """Whether the words after /ekspor or /tim name the leader's team («tim», «semua anggota»)."""
    return _team_scope()["team"].find(tokens(text)) is not None


def _peran_label(jabatan: str, leads: bool) -> str:
    """The role a team file writes: the one the jabatan names («Kepala Balai», «Ketua Tim …»), else a Ketua Tim when
    the person has members of their own, else Anggota (the words `iki audit` reads back: columns.yaml role_words)."""
    from bot.models import Peran
    from bot.sheets.tables import role_in

    peran = role_in(jabatan) or (Peran.ketua_tim if leads else Peran.anggota)
    return peran.value.replace("_", " ").title()


def _known_as(state: UserState) -> str:
    """How the leader knows a member: their /profil name, else their jabatan; "" when neither is known."""
    return state.skp.pegawai.nama or state.skp.pegawai.jabatan or ""


def review_owner(shown: list[tuple[str, str]], user: str) -> str | None:
    """The member whose SKP the leader's review on screen shows (its buttons name another owner); None when none."""
    return next((p.owner for _, data in shown if (p := parse(data)) and p.owner != user), None)


def _reviewed_owner(turn: Turn) -> str | None:
    return review_owner(turn.state.shown, turn.user_id)


def _offered_returns(shown: list[tuple[str, str]]) -> set[int]:
    """The IKI (0-based) a note typed under the review is offered to return, its «Kembalikan IKI N dengan catatan ini»
    still on screen: a leader who named them for return does not approve them with «the rest»."""
    prefix = f"{SCOPE}:catat:"
    return {p.index for _, data in shown if data.startswith(prefix) and (p := parse(data[len(prefix):]))
            and p.index is not None}


def _year_reason(state: UserState) -> YearAsk | None:
    """The perubahan reason the year took from the words that asked for this change («go»), if any."""
    ask = state.year_ask
    return ask if ask is not None and ask.kind == "go" else None


def _kept_year_ask(state: UserState) -> YearAsk | None:
    """The year's question left waiting once a reason given for the leader is taken off it."""
    return None if _year_reason(state) is not None else state.year_ask
