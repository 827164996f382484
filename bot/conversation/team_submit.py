"""The member submitting an SKP to the leader: /ajukan (a pasted list's lines the draft left out included on
request), a perubahan's reason asked or typed, /ubah and /buang while the leader reviews, and a leader's own IKI split
in the MPPH followed by the matrix and its holders."""

import re
from collections.abc import Callable

from bot.conversation import draft_save, pasted_skp
from bot.conversation.choices import typed_choice
from bot.conversation.commands import Turn
from bot.conversation.iki_fields import short
from bot.conversation.replies import Button, Reply
from bot.conversation.state import TeamAsk, UserState, YearAsk
from bot.conversation.team_desk import NOT_PAIRED, SCOPE, TeamDesk
from bot.lang.text import tokens
from bot.render import serious_findings
from bot.rules import check_skp
from bot.skp.readiness import missing_fields
from bot.team.guidance import guidance
from bot.team.record import Status
from bot.team.review import edit_refusal, fixed_returns, resent_text, returned_comment, submit, waiting_text, withdraw
from bot.year.versions import complete, completes, completing, explanation, reason_answer

_IKI_WORD = re.compile(r"^\s*iki\s+(?=\d)", re.IGNORECASE)


class TeamSubmit(TeamDesk):
    """Submitting: /ajukan, the perubahan's reason, and edits while the leader reviews."""

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
                     f"{lines}\nKirim yang sudah di draf saja (lolos pemeriksaan), atau ajukan semuanya sesuai urutan "
                     "daftar (temuannya ikut terlihat oleh atasan).")
            # the draft, which passed the checks, first: the habitual first choice («1») never submits a line the
            # rules rejected, unweighted (tester51 P2-2); «Ajukan» names the whole list, as the member pasted it
            buttons = [Button(f"Kirim {len(state.skp.iki)} IKI di draf saja", f"{SCOPE}:ajukan"),
                       Button(f"Ajukan {len(state.listed)} IKI sesuai daftar", f"{SCOPE}:ajukan:daftar"),
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
                      [Button(f"Kirim {len(state.skp.iki)} IKI di draf saja", f"{SCOPE}:ajukan"),
                       Button(f"Tetap ajukan semua {len(whole)} IKI", f"{SCOPE}:ajukan:daftar-ya"),
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
        return Reply(text, [Button(r.button_label, f"{SCOPE}:alasan:{r.id}") for r in guidance().reasons],
                     choice_only=True)

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
        changed = {name.lower(): (old, iki.target) for (name, old), iki in zip(before, state.skp.iki)
                   if name == iki.indikator and old != iki.target and iki.target is not None}
        if not pairs or not changed:
            return []
        names = {pair.member: self._name(pair.member) for pair in pairs}
        said = []
        for leader in matrix.indicators:
            old, new = changed.get(leader.indikator.lower(), (None, None))
            if new is None:
                continue
            # (the matrix may already follow: mpph_own_part.follow_own_target, after every change of the SKP)
            leader.target = str(new)
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


def _words(name: str) -> set[str]:
    return {w for w in tokens(name.lower()) if w.isalpha()}


def _year_reason(state: UserState) -> YearAsk | None:
    """The perubahan reason the year took from the words that asked for this change («go»), if any."""
    ask = state.year_ask
    return ask if ask is not None and ask.kind == "go" else None


def _kept_year_ask(state: UserState) -> YearAsk | None:
    """The year's question left waiting once a reason given for the leader is taken off it."""
    return None if _year_reason(state) is not None else state.year_ask
