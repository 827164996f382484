"""The leader's side in the chat, its entry: the team's buttons (scope "pasang") and the open team question routed
to the team_* module whose job it is (team_pairing, team_submit, team_decisions, team_feedback, team_dialog,
team_files, team_overview, on the record steps of team_desk), /batal of a team question, and its prompt."""

import re

from bot import knowledge
from bot.conversation.commands import Turn
from bot.conversation.replies import Button, Reply
from bot.conversation.state import TeamAsk, UserState
from bot.conversation.team_decisions import TeamDecisions
from bot.conversation.team_desk import SCOPE, STALE, as_buttons, known_as
from bot.conversation.team_dialog import TeamDialog
from bot.conversation.team_feedback import TeamFeedback
from bot.conversation.team_files import TeamFiles
from bot.conversation.team_member_asked import TeamMemberAsked
from bot.conversation.team_overview import TeamOverview
from bot.conversation.team_pairing import TeamPairing
from bot.conversation.team_submit import TeamSubmit
from bot.lang.numbers import parse_target
from bot.lang.text import alternation, tokens
from bot.rules.target_fit import target_misfit
from bot.team import pairing
from bot.team.access import leader_refusal, parse
from bot.team.dialogs import catatan_help
from bot.team.guidance import guidance
from bot.team.review import withdraw
from bot.team.review_items import review_items

MEMBER_RECORDS = ("Catatan harian, realisasi dan capaian anggota tim hanya bisa diubah atau dihapus oleh anggota itu "
                  "sendiri, jadi tidak ada yang diubah. Anda bisa melihatnya di /tim (pilih anggotanya); bila ada yang "
                  "perlu diperbaiki, sampaikan lewat /umpanbalik.")

FEEDBACK_ASKED = ("Arahan atau umpan balik untuk anggota tim dikirim lewat /umpanbalik: pilih anggotanya dan jenisnya, "
                  "lalu tulis pesannya; anggota langsung menerimanya. Pesan ini tidak saya catat sebagai pekerjaan Anda.")


class TeamChat(TeamPairing, TeamSubmit, TeamDecisions, TeamFeedback, TeamDialog, TeamFiles, TeamOverview,
               TeamMemberAsked):
    """The team commands and buttons, for one engine (its store, clock and outbox): each job's part put together, routed.
    One object: a part calls another's methods through self (/dialog's pack signed by team_pairing's signed_own)."""

    def on_plain(self, turn: Turn, message: str, logging: bool) -> list[Reply]:
        """A plain message the team side answers whatever else is open: a member saying their leader changed, or a
        leader (keeping no logbook of their own) asking to change a member's records. [] for anything else."""
        if not logging and pairing.asks_to_edit_records(message) and self.store.members_of(turn.user_id):
            return [Reply(MEMBER_RECORDS)]
        if pairing.asks_to_send_feedback(message) and self.store.members_of(turn.user_id):
            # «tolong kasih arahan ke andi: …»: offered to send to the member named, else how; never the leader's plan
            return self.named_note(turn, message) or [Reply(FEEDBACK_ASKED)]
        return self._feedback_answered(turn, message) or self._dialog_acknowledged(turn, message) \
            or self.leader_changed(turn, message)

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
        items = review_items(member.team, member.skp, owner=seen.owner, pair=current.id, name=known_as(member))
        waiting = [item for item in items[1:] if item.buttons] if len(items) > 1 else items
        if not any(item.buttons for item in waiting):
            return replies
        return replies + [Reply(("Yang masih menunggu keputusan Anda:\n" if n == 0 else "") + item.text,
                                as_buttons(item.buttons)) for n, item in enumerate(waiting) if item.buttons]

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
        if action == "ingatkan":
            return self.remind_unreported(turn)
        if action == "lihat":
            return self._member_view(turn, arg)
        if action == "siapa":  # the member whose SKP a decision typed before was meant for: taken on it
            typed, state.pending = state.pending, ""
            return self.decided_for(turn, arg, typed) if typed.strip() else self._member_view(turn, arg)
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
        if ask.kind == "catatansemua":  # «kembalikan semua» asked its reason: every IKI still waiting returned with it
            if not text.strip():
                turn.state.tim = ask
                return prompt(turn.state)
            return self._return_all(turn, ask.data, text.strip())
        if ask.kind == "target":
            typed, reason = _target_and_reason(text)
            typed = re.sub(r"\s*persen$", "%", typed, flags=re.IGNORECASE)  # «95 persen» is 95%, never «95 persen%»
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
            if reason:  # «95% sesuai PK tim»: the reason typed with it, never refused as a unit nor asked again
                return self._decide(turn, ask.data, comment=reason, target=typed)
            turn.state.tim = TeamAsk(kind="alasan", data=ask.data, value=typed)
            return [Reply(f"Alasan mengubah target menjadi {typed}? Pegawai menerimanya bersama target baru.")]
        if ask.kind == "alasan":
            return self._decide(turn, ask.data, comment=text, target=ask.value)
        if ask.kind == "umpanbalik":
            kind = _kind_named(text)
            if kind:  # «apresiasi» typed after its button: the kind said (or changed), never the feedback's whole
                # text, and the words that follow are the feedback (tester52 P2-5: they became a logbook line)
                turn.state.tim = ask.model_copy(update={"value": kind.id})
                return [Reply(f"Jenisnya {kind.label.lower()}. Sekarang tulis isi umpan baliknya; pesan Anda "
                              "berikutnya saya kirim kepada anggota. (/batal: tidak jadi)")]
            labelled = next((k for k in guidance().feedback if text.strip().lower().startswith(k.label.lower() + ":")),
                            None)  # «apresiasi: Mas Andi, …»: the label before the text is no part of it
            body = text.strip()[len(labelled.label) + 1:].strip() if labelled else text
            return self._give(turn, ask.data, ask.value, body)
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


def _target_and_reason(text: str) -> tuple[str, str]:
    """«95% sesuai PK tim», «12 dokumen, krn anggaran dipotong» at «Target baru …?»: the value, and the reason typed
    after it (after a comma or a word of team.yaml review_typed reason_leads); the text whole and "" when no reason
    follows a value."""
    typed = text.strip()
    found = re.match(r"^(?P<value>\d[\d.,]*\s*(?:%|persen)?(?:\s+[^\W\d][\w/]*)?)\s*[,;:]\s*(?P<reason>\S.*)$", typed) \
        or re.match(rf"^(?P<value>\d[\d.,]*\s*(?:%|persen)?)\s+(?P<reason>(?:{alternation(_reason_leads())})\b.*)$", typed,
                    re.IGNORECASE)
    if found is None or parse_target(found["value"]) is None:
        return typed, ""
    return found["value"].strip(), found["reason"].strip()


def _reason_leads() -> list[str]:
    return knowledge.data("team")["review_typed"]["reason_leads"]


def prompt(state: UserState) -> list[Reply]:
    """The open team question, asked again."""
    ask = state.tim
    asks = {"catatan": "Tulis catatan untuk pegawai (apa yang perlu diperbaiki), atau /batal.",
            "catatansemua": "Tulis catatan untuk pegawai (apa yang perlu diperbaiki), atau /batal.",
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
               "perubahan": [Button(r.button_label, f"{SCOPE}:alasan:{r.id}") for r in guidance().reasons],
               "tarik": [Button("Ya, ubah dan ajukan ulang", f"{SCOPE}:tarik"), Button("Tidak", f"{SCOPE}:tidak")]}
    # asked again as first asked: the same buttons, a bare «1» picking one (tester20b #15: «[1] Kirim» came back as
    # «[#1] Kirim» and «1» was refused)
    return [Reply(asks.get(ask.kind, "Jawab pertanyaan terakhir, atau /batal."), buttons.get(ask.kind, []),
                  choice_only=ask.kind in buttons)]


def _kind_named(text: str):
    """The feedback kind a message names and nothing more («apresiasi», «Arahan aja»: filler aside); None otherwise."""
    filler = set(knowledge.data("intent")["filler"])
    said = " ".join(w for w in tokens(text) if w not in filler)
    return next((k for k in guidance().feedback if said and said == " ".join(tokens(k.label))), None)
