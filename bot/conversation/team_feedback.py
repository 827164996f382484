"""Umpan balik between a leader and a member: /umpanbalik (one line naming the member and the kind too), a note
naming a member first offered as one, and the member's reply, typed with /umpanbalik balas or in plain words."""

import re

from bot import knowledge
from bot.conversation.commands import Turn
from bot.conversation.iki_fields import short
from bot.conversation.replies import Button, Reply
from bot.conversation.state import TeamAsk, UserState
from bot.conversation.team_desk import NO_MEMBERS, SCOPE, TeamDesk
from bot.lang.text import phrase_set, tokens
from bot.storage.team import Pair
from bot.team.access import leader_refusal
from bot.team.feedback import give_feedback, reply_feedback
from bot.team.guidance import guidance
from bot.team.results import Applied, Refused
from bot.team.review import returned_comment

_IKI_NUMBER = re.compile(r"^\s*(?:iki\s*)?(\d{1,3})\s*[:.\-]?\s+", re.IGNORECASE)


class TeamFeedback(TeamDesk):
    """Feedback: given by the leader, answered by the member, and what the leader wrote read back."""

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
            if len(pairs) == 1:  # «/umpanbalik apresiasi: …» to a team of one: no name needed
                return self._typed_feedback(turn, pairs[0].member, rest)
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
        return self._typed_feedback(turn, member, after[0])

    def _typed_feedback(self, turn: Turn, member: str, body: str) -> list[Reply]:
        """The kind by its label, then the text after «:» (or what follows the kind): given at once; a text with no
        kind is kept and its kind asked (team29's year walk: «/umpanbalik apresiasi: …» to a team of one, or a text
        with no kind, asked the kind and lost the words); nothing typed asks the kind."""
        body = body.lstrip(" ,:")
        kind = next((k for k in guidance().feedback if body.lower().startswith(k.label.lower())), None)
        if kind is None and body.strip():
            turn.state.pending = body.strip()
            return [Reply("Jenis umpan balik untuk pesan ini?", [Button(k.label, f"{SCOPE}:fbt:{k.id}:{member}")
                                                                  for k in guidance().feedback], choice_only=True)]
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
