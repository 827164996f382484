"""The leader's decisions on a member's SKP: the review's buttons (scope "tim", checked again by bot.team.access on
every press), a decision typed instead («acc semua», «kembalikan iki 2», «ubah target iki 1 jd 95%»), a note typed
under the review offered as a return note, and the findings of a reviewed IKI explained."""

import re
from dataclasses import replace

from bot import knowledge
from bot.conversation import pasted_skp
from bot.conversation.commands import Turn
from bot.conversation.intent import Route, classify
from bot.conversation.replies import Button, Reply
from bot.conversation.state import TeamAsk, UserState
from bot.conversation.team_desk import SCOPE, STALE, TeamDesk, known_as
from bot.lang.refs import iki_refs, joined_iki_refs
from bot.lang.text import alternation, phrase_set, tokens
from bot.rules import check_iki
from bot.skp.readiness import incomplete
from bot.team.access import UNKNOWN, Act, apply_press, leader_refusal, parse, press_refusal
from bot.team.record import Status, Verdict
from bot.team.results import Applied
from bot.team.review import awaits_decision, skp_gaps
from bot.team.review_items import review_items

CONFIRM_ALL = "Ya, setujui semua"  # a typed «setujui semua» on an SKP with gaps: asked once (tester16b #5)


class TeamDecisions(TeamDesk):
    """The leader's decisions: presses checked and applied, typed approvals and returns, notes under the review."""

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
        gaps = skp_gaps(member.skp, about=member.skp.pegawai.nama or "pegawai ini") if sets else []
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

    def findings_asked(self, turn: Turn, question: str) -> list[Reply]:
        """«kenapa IKI 2 ga boleh?» asked under the leader's review (the member's SKP), or by a member of their own
        draft: what each finding of that IKI means and what to do, from the rules catalog (rules.yaml
        `categories`); nothing when the question names no IKI of it with a finding."""
        from bot.retrieval.glossary import meaning, term_named

        owner = _reviewed_owner(turn)
        reason = self._change_reason_asked(turn, owner, question) if owner else []
        if reason:
            return reason
        named = iki_refs().search(question)
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

    def _change_reason_asked(self, turn: Turn, owner: str, question: str) -> list[Reply]:
        """«kenapa rina turunin target iki 3?» under a member's perubahan: the member's own reason and words, what
        changed, and how to decide, never a guidance passage on targets (team29's year walk); [] when no perubahan
        waits or the question asks no why (team.yaml returned_asked why)."""
        member = self.load(owner)
        current = self.store.reviewer_of(owner)
        if member.team.review.status is not Status.perubahan_diajukan or current is None \
                or not set(tokens(question)) & set(knowledge.data("team")["returned_asked"]["why"]):
            return []
        item = review_items(member.team, member.skp, owner=owner, pair=current.id, name=known_as(member))[0]
        told = item.text.split("\n", 1)[1] if "\n" in item.text else item.text
        return [Reply(f"Yang ditulis {known_as(member) or 'anggota'} saat mengajukan perubahan ini:\n{told}\n"
                      "Setujui bila alasannya sesuai, atau kembalikan dengan catatan («kembalikan, <catatan>»): versi "
                      "yang berlaku tetap dipakai sampai Anda menyetujuinya.",
                      [Button(label, data) for label, data in item.buttons])]

    def note_offered(self, turn: Turn, message: str) -> list[Reply]:
        """Text typed under the leader's review that asks nothing («Jml laporan bukan hasil kerja, ganti jd persentase
        … ya»): a note for the member, never the leader's own IKI to check. Offered as the return note of the IKI it
        names (else of each IKI shown with «Kembalikan»), or checked as an IKI if the leader says so; with a return word
        and a reason («no 2 balikin ya, satuannya salah») that IKI is returned at once with it; nothing when no review
        is on screen."""
        approved = self.approved_except(turn, message) or self.typed_approval(turn, message) \
            or self.typed_decision(turn, message)
        if approved:
            return approved
        owner = _reviewed_owner(turn) or self._waiting_named(turn, message)
        if owner is None:
            return self.whose_decision(turn, message) or self.named_note(turn, message)
        route = classify(message).route if owner else None
        # «IKI 2 tepat waktunya brp hari? tolong diperjelas»: a question for the member about an IKI of the review
        # (one whose findings are asked about is explained by findings_asked instead)
        to_member = route is Route.question and iki_refs().search(message) is not None \
            and not self.findings_asked(turn, message)
        asks = route not in (Route.iki, Route.unclear) and not to_member if owner else True
        asks = asks and _whole_returned(message) is None  # «balikin semuanya ya»: a decision, never a question
        current = self.store.reviewer_of(owner) if not asks and "\n" not in message.strip() else None
        if current is None or leader_refusal(turn.user_id, owner, current):
            # «rina, catatan harian juni masih sedikit, tolong dilengkapi ya» with her review still on screen: no
            # note on the review, yet a note to her all the same (team29's year walk: it got a guidance passage)
            return self.named_note(turn, message)
        member = self.load(owner)
        # Every IKI of the review that can still be returned, not only the last one's buttons on screen.
        returns = [(p, data) for item in review_items(member.team, member.skp, owner=owner, pair=current.id)
                   for _, data in item.buttons if (p := parse(data)) and p.act is Act.kembalikan]
        if not returns:
            return []
        number = _one_named(message)
        if number is None:  # «Dilatih itu kegiatan, ganti: …»: the one IKI left to return whose own words it says
            number = _named_by_words(message, member.skp.iki, {p.index for p, _ in returns})
        named = number is not None
        exact = [d for p, d in returns if p.index + 1 == number]
        note = _note_of(message)
        if len(exact) == 1 and not to_member and _return_said(message) and note.strip() != message.strip() \
                and _says_something(note):
            # «kembalikan iki 2, targetnya kerendahan», «no 2 balikin ya, satuannya salah»: the leader's own decision
            # with its reason, taken as typed (no second tap), the note kept and sent to the member as written; one
            # whose decision words are not set apart from the note («IKI 2 jangan dikembalikan, …») is only offered
            return self._returned_with(turn, exact[0], note)
        whole_note = _whole_returned(message) if len(returns) > 1 and not named and not to_member else None
        if whole_note:  # «kembalikan semua ya, bobot blm 100%»: the SKP returned as said, with its reason
            return self._return_all(turn, owner, whole_note)
        if whole_note == "":
            # «kembalikan semua» with no reason: the reason asked, the member reads it with every IKI returned
            turn.state.tim = TeamAsk(kind="catatansemua", data=owner)
            return [Reply(f"Tulis catatan untuk pegawai: apa yang perlu diperbaiki. Semua {len(returns)} IKI yang "
                          "masih menunggu dikembalikan dengan catatan itu. (/batal: tidak jadi)")]
        picked = [(p, d) for p, d in returns if p.index + 1 == number] or returns
        turn.state.pending = _note_of(message)
        other = "tanyakan ke pedoman" if to_member else "periksa tulisan ini sebagai IKI"
        # «kembalikan semua ya, bobot blm 100%»: a note on the whole SKP returns every IKI still waiting with it
        whole = [Button(f"Kembalikan semua {len(returns)} IKI", f"{SCOPE}:catatsemua:{owner}")] \
            if len(returns) > 1 and not named and set(tokens(message)) & set(knowledge.data("team")["review_typed"]["rest"]) \
            else []
        return [Reply("Ini catatan untuk pegawai? Pilih IKI yang dikembalikan dengan catatan ini (pegawai menerimanya "
                      f"apa adanya), atau {other}.",
                      whole + [Button(f"Kembalikan IKI {p.index + 1}", f"{SCOPE}:catat:{d}")
                               for p, d in picked] + [Button("Tanya pedoman", "route:tanya") if to_member
                                                      else Button("Periksa sebagai IKI", "route:cek")])]

    def _returned_with(self, turn: Turn, data: str, note: str) -> list[Reply]:
        """One IKI returned by the leader's typed words with their note, the note said back as the member reads it."""
        replies = self._decide(turn, data, comment=note)
        seen = parse(data)
        said = f"IKI {seen.index + 1} dikembalikan dengan catatan Anda."
        if replies and replies[0].text.startswith(said):
            told = said[:-1] + f": «{note}»." + replies[0].text[len(said):]
            return [replace(replies[0], text=told)] + replies[1:]
        return replies

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

    def typed_approval(self, turn: Turn, message: str, owner: str | None = None) -> list[Reply]:
        """«setujui yg lain», «acc semua», «IKI 1 dan 3 disetujui» typed by a leader: the presses of «Setujui semua» or
        of each IKI's «Setujui», for the review on screen (or `owner`'s, the member picked after it), else the one
        member whose SKP waits for a decision (a decision just taken left no buttons on screen); with no review on
        screen and several waiting (or a bare «acc»), asked whose (`whose_decision`), and with none waiting said so;
        nothing when the message is not such an approval."""
        words = knowledge.data("team")["review_typed"]
        said = tokens(message)
        if not _approves(message):
            return []
        numbers = [int(n) for n in re.findall(r"\d+", message)]
        bare = not numbers and not set(said) & set(words["rest"])
        owner = owner or _reviewed_owner(turn) or (None if bare else self._only_waiting(turn))
        if owner is None:
            return self.whose_decision(turn, message) or self._none_waiting(turn) if _approval_only(message) else []
        current = self.store.reviewer_of(owner) if owner else None
        if current is None or leader_refusal(turn.user_id, owner, current):
            return []
        member = self.load(owner)
        items = review_items(member.team, member.skp, owner=owner, pair=current.id)
        held = _offered_returns(turn.state.shown)
        if bare:  # «acc» under the review: the one IKI still waiting, else asked which (never all at a guess)
            waiting = [n for n, item in enumerate(items[1:], start=1) if any(l == "Setujui" for l, _ in item.buttons)]
            change = any((p := parse(data)) and p.act is Act.setujui_perubahan for _, data in items[0].buttons)
            if len(waiting) > 1:
                return [Reply(f"{len(waiting)} IKI masih menunggu keputusan. Ketik «acc semua», atau nomornya: «acc "
                              f"{waiting[0]} {waiting[-1]}»; yang perlu diperbaiki: «kembalikan iki {waiting[0]}, "
                              "<catatan>».", [Button(label, data) for label, data in items[0].buttons])]
            if not waiting and not change:  # this review is decided: another member's, asked whose, or none
                return self.whose_decision(turn, message, decided=owner) or self._none_waiting(turn) \
                    if _approval_only(message) else []
            numbers = waiting  # one IKI waiting; a perubahan's «Setujui perubahan» below
        if numbers:
            if not all(1 <= n < len(items) for n in numbers):
                return []
            presses = [data for n in numbers for label, data in items[n].buttons if label == "Setujui"]
        elif len(held) > 1:  # a note offered to several IKI: which one it returns is still open, so is «the rest»
            return [Reply("Catatan Anda belum terkirim dan belum jelas untuk IKI mana. Pilih dulu IKI yang "
                          "dikembalikan dengan catatan itu, lalu ketik «setujui yg lain».",
                          [Button(label, data) for label, data in turn.state.shown
                           if data.startswith(f"{SCOPE}:catat:")])]
        elif held:  # «acc yg lain» under «Kembalikan IKI 2 dengan catatan ini?»: the rest is every IKI but that one
            presses = [data for n, item in enumerate(items[1:]) if n not in held
                       for label, data in item.buttons if label == "Setujui"]
        else:
            # «Setujui semua» (or «Setujui perubahan»), never «Kembalikan perubahan» beside it
            presses = [data for _, data in items[0].buttons
                       if (p := parse(data)) and p.act in (Act.setujui_semua, Act.setujui_perubahan)]
        if not presses:
            return [Reply("Tidak ada IKI yang masih menunggu persetujuan itu; lihat /tim.")]
        offered = [(label, data) for label, data in turn.state.shown if data.startswith(f"{SCOPE}:catat")]
        replies = [reply for data in presses for reply in self.press(turn, data, typed=True)]
        if held and offered and turn.state.pending.strip():  # the note typed before «acc yg lain» still unsent: asked
            replies.append(Reply(f"Catatan Anda belum terkirim: «{turn.state.pending.strip()}». Kembalikan dengan "
                                 "catatan itu?", [Button(label, data) for label, data in offered]))
        return replies

    def approved_except(self, turn: Turn, message: str, owner: str | None = None) -> list[Reply]:
        """«semua kecuali no 3», «acc semua kecuali iki 2 dan 4, targetnya kerendahan» typed under the review (or for
        `owner`, the member picked after it): each IKI still waiting but those named approved, as their «Setujui»
        would; the ones named stay waiting, their buttons shown again, and a note typed after them offered as their
        return note. «iki 1 sama 2 oke, iki 3 balikin, target
        kerendahan» alike: those named approved, those named for return returned with the note. Nothing when the message is no such decision (`_excepted`, `_mixed`)."""
        read = _excepted(message) or _mixed(message)
        owner = owner or _reviewed_owner(turn) or (self._only_waiting(turn) if read else None)
        if read is None or owner is None:
            return []
        current = self.store.reviewer_of(owner)
        if current is None or leader_refusal(turn.user_id, owner, current):
            return []
        approved, kept, note = read
        member = self.load(owner)
        items = review_items(member.team, member.skp, owner=owner, pair=current.id)
        waiting = {n: item for n, item in enumerate(items[1:], start=1) if any(l == "Setujui" for l, _ in item.buttons)}
        if not waiting:
            return []
        beyond = [n for n in kept + (approved or []) if not 1 <= n <= len(member.skp.iki)]
        if beyond:  # never approve the rest on a number the leader mistyped
            return [Reply(f"SKP ini berisi {len(member.skp.iki)} IKI; IKI {', '.join(map(str, beyond))} tidak ada, jadi "
                          "belum ada yang saya setujui. Tulis lagi nomornya, misalnya «acc semua kecuali no 2».")]
        done = [n for n in waiting if n not in kept and (approved is None or n in approved)]
        presses = [data for n in done for label, data in waiting[n].buttons if label == "Setujui"]
        # each approval said once in the line below, a refusal (a stale button) as it came
        replies = [reply for data in presses for reply in self.press(turn, data, typed=True)
                   if not re.fullmatch(r"IKI \d+ disetujui\. Pegawai diberi tahu\.", reply.text)]
        said = f"IKI {', '.join(map(str, done))} disetujui (pegawai diberi tahu)" if done \
            else "Tidak ada IKI lain yang menunggu persetujuan"
        held = [n for n in kept if n in waiting]
        if not held:
            return replies + [Reply(f"{said}; IKI {', '.join(map(str, kept))} sudah diputuskan sebelumnya.")]
        returns = [(n, data) for n in held for _, data in waiting[n].buttons
                   if (p := parse(data)) and p.act is Act.kembalikan]
        if note and _says_something(note) and approved is not None:
            # «iki 3 balikin, target kerendahan»: returned as the leader said, with the note (no second tap)
            returned = [r for _, data in returns for r in self._returned_with(turn, data, note)]
            return replies + [Reply(f"{said}.")] + returned
        if note:  # «…, targetnya kerendahan»: offered as the return note of the IKI left out
            turn.state.pending = note
            return replies + [Reply(f"{said}. Kembalikan IKI {', '.join(map(str, held))} dengan catatan «{note}»?",
                                    [Button(f"Kembalikan IKI {n}", f"{SCOPE}:catat:{data}") for n, data in returns])]
        return replies + [Reply(f"{said}. IKI {', '.join(map(str, held))} masih menunggu keputusan Anda: kembalikan "
                                f"dengan catatan («kembalikan iki {held[0]}, <catatan>»), ubah targetnya, atau setujui.")] \
            + [Reply(waiting[n].text, [Button(label, data) for label, data in waiting[n].buttons]) for n in held]

    def typed_decision(self, turn: Turn, message: str, owner: str | None = None) -> list[Reply]:
        """«kembalikan iki 2», «ubah target iki 2 jd 1500, sesuai MPPH» typed under the review (or for `owner`, the
        member picked after it): that IKI's «Kembalikan» (its note asked) or «Ubah target» pressed, the new target and
        its reason typed after it taken as the answers; nothing when the message names no one IKI with such a word, or
        is a note with its return word (offered)."""
        words = knowledge.data("team")["review_typed"]
        said = tokens(message)
        target = phrase_set("team", "review_typed", "target").find(said)
        returns = not target and set(said) & set(words["return"])
        named = list(iki_refs().finditer(message))
        owner = owner or _reviewed_owner(turn) or self._waiting_named(turn, message)
        if returns and not named and owner is not None:
            return self._change_returned(turn, owner, message)
        if returns and owner is None:
            return self._nothing_to_return(turn, message)
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
            return []  # «IKI 2 kembalikan, targetnya kerendahan»: returned with its note by note_offered
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

    def _change_returned(self, turn: Turn, owner: str, message: str) -> list[Reply]:
        """«kembalikan, coba dulu sampai TW III» under a member's perubahan: «Kembalikan perubahan» pressed, the words
        after the return word its note (asked for when none); [] when no perubahan waits or the return word does not
        open the message (a note that only mentions one is offered as a note)."""
        member = self.load(owner)
        current = self.store.reviewer_of(owner)
        words = knowledge.data("team")["review_typed"]["return"]
        lead = re.match(r"\s*(\w+)[\s,.:;-]*(.*)$", message, re.DOTALL)
        if member.team.review.status is not Status.perubahan_diajukan or current is None or lead is None \
                or lead.group(1).lower() not in words:
            return []
        data = next((d for item in review_items(member.team, member.skp, owner=owner, pair=current.id)
                     for _, d in item.buttons if (p := parse(d)) and p.act is Act.kembalikan_perubahan), None)
        if data is None:
            return []
        replies = self.press(turn, data, typed=True)
        note = lead.group(2).strip()
        return self.on_text(turn, note) if note and turn.state.tim else replies

    def _nothing_to_return(self, turn: Turn, message: str) -> list[Reply]:
        """«kembalikan, coba dulu sampai TW III» opening with a return word when no member's SKP or perubahan waits
        for the leader: said so, with what to do (team31's month: «… itu maksudnya apa? [Periksa sebagai IKI]»); []
        when something waits (a note, offered) or the user leads no one."""
        # the return word alone before a comma or the end («kembalikan, coba dulu …», «kembalikan aja»): a decision,
        # never a logbook line that opens with it («kembalikan 3 berkas ke TU»)
        lead = re.match(r"\s*(\w+)(?:\s+(?:ya|aja|saja|dong|deh|semua|semuanya))?\s*(?:[,:;.-]|$)", message)
        if lead is None or lead.group(1).lower() not in knowledge.data("team")["review_typed"]["return"]:
            return []
        members = [self.load(pair.member) for pair in self.store.members_of(turn.user_id)]
        if not members or any(_waits(m) for m in members):
            return []
        unsent = [known_as(m) or "anggota" for m in members
                  if (force := m.team.review.in_force) is not None and force.skp != m.skp]
        said = f" Perubahan SKP {', '.join(unsent)} belum diajukan; setelah diajukan dengan alasannya, Anda bisa " \
            "menyetujui atau mengembalikannya." if unsent else ""
        return [Reply("Tidak ada SKP atau perubahan anggota yang sedang menunggu keputusan Anda, jadi tidak ada yang "
                      f"dikembalikan.{said} Untuk menyampaikan catatan sekarang, kirim /umpanbalik.")]

    def _waiting_named(self, turn: Turn, message: str) -> str | None:
        """With no review on screen (/tim's list came after it), «kembalikan iki 2, targetnya kerendahan» or «ubah
        target iki 1 jd 95%» is still a decision on the one member whose SKP waits: a return or target word and one
        IKI named. None otherwise, so other text a leader types is never taken as a note for a member."""
        if _decides(message):
            return self._only_waiting(turn)
        owner = self._only_waiting(turn) if _judges(message) else None
        if owner is None:
            return None
        # «Dilatih itu kegiatan, ganti: Persentase …, target 80%» after /skp: a verdict on the one IKI still waiting
        # whose own words it says, never the leader's own IKI to save (tester52 P2-3)
        member = self.load(owner)
        waiting = {n for n in range(len(member.skp.iki)) if member.team.review.decision(n) is None}
        return owner if _named_by_words(message, member.skp.iki, waiting) else None

    def _none_waiting(self, turn: Turn) -> list[Reply]:
        """«acc» typed by a leader when no member's SKP waits for a decision: said so, never read as an IKI
        (team31's month: «Saya belum bisa membaca pesan itu sebagai IKI»); [] for a user with no members."""
        members = [self.load(pair.member) for pair in self.store.members_of(turn.user_id)]
        if not members or any(_waits(m) for m in members):
            return []
        return [Reply("Tidak ada SKP anggota yang sedang menunggu persetujuan Anda, jadi tidak ada yang disetujui. "
                      "Lihat /tim untuk status tiap anggota.")]

    def whose_decision(self, turn: Turn, message: str, decided: str | None = None) -> list[Reply]:
        """«kembalikan iki 2, …» with no review on screen and several members waiting: asked whose, each member a
        button (`decided`: the member whose review on screen is decided already, left out); the words wait with the
        question (UserState.pending) and are the decision on the member picked (`decided_for`), never typed again
        (team31: the reason was lost after the tap); [] otherwise."""
        approves = _approves(message) and _approval_only(message) or _excepted(message) is not None \
            or _mixed(message) is not None  # «semua kecuali no 3»: whose list it is, asked too
        if (decided is None and _reviewed_owner(turn)) or not (_decides(message) or approves):
            return []
        waiting = [pair for pair in self.store.members_of(turn.user_id) if pair.member != decided
                   and _waits(self.load(pair.member))]
        if len(waiting) < (1 if approves else 2):  # a bare «acc» with one waiting: whose is asked too
            return []
        turn.state.pending = message.strip()
        done = f"SKP {known_as(self.load(decided)) or 'anggota ini'} sudah diputuskan semua. " if decided else ""
        return [Reply(f"{done}{len(waiting)} anggota menunggu keputusan Anda; untuk SKP siapa? Pilih anggotanya: "
                      f"«{message.strip()}» saya jalankan pada SKP-nya, tidak perlu diketik lagi.",
                      [Button(self._input(p).name or f"Anggota {n}", f"{SCOPE}:siapa:{p.member}")
                       for n, p in enumerate(waiting, start=1)])]

    def decided_for(self, turn: Turn, member: str, message: str) -> list[Reply]:
        """The decision typed before its member was picked (`whose_decision`), taken on that member's SKP: a target
        and its reason, or a return with the words after it as the note the member receives (its note asked when
        none was typed); the member's SKP shown with what still waits. Nothing is taken when the IKI named no longer
        waits: said, with the SKP to decide from."""
        view = self._member_view(turn, member)
        current = self.store.reviewer_of(member)
        if current is None or leader_refusal(turn.user_id, member, current) \
                or not (_decides(message) or _approves(message) and _approval_only(message)
                        or _excepted(message) is not None or _mixed(message) is not None):
            return view  # a message kept since for another question is no decision
        decided = self.approved_except(turn, message, owner=member) \
            or self.typed_approval(turn, message, owner=member) or self.typed_decision(turn, message, owner=member) \
            or self._return_noted(turn, member, message)
        if not decided:
            return view + [Reply(f"«{message}» tidak bisa dijalankan: IKI itu tidak sedang menunggu keputusan pada "
                                 "SKP ini. Pilih tombol di bawah IKI yang dimaksud.")]
        # «semua kecuali no 3»: the IKI left waiting shown again as cards; the SKP as it is now shows them after it
        decided = [r for r in decided if not (r.buttons and all(parse(b.data) for b in r.buttons))] or decided
        if turn.state.tim or any(r.buttons for r in decided):  # a question asked: the SKP above it, the question last
            return view + decided
        whose = known_as(self.load(member))  # several were waiting: whose SKP it was taken on, said
        told = [replace(decided[0], text=f"SKP {whose}: {decided[0].text}")] + decided[1:] if whose else decided
        return told + self._member_view(turn, member)

    def _return_noted(self, turn: Turn, owner: str, message: str) -> list[Reply]:
        """«kembalikan, IKI 3 masih proses» for `owner`: that IKI's «Kembalikan» pressed with the words as its note
        (`_note_of`); [] when the message returns no one IKI still waiting."""
        named = list(iki_refs().finditer(message))
        if len(named) != 1 or not set(tokens(message)) & set(knowledge.data("team")["review_typed"]["return"]):
            return []
        member = self.load(owner)
        current = self.store.reviewer_of(owner)
        number = int(named[0].group(1))
        data = next((d for item in review_items(member.team, member.skp, owner=owner, pair=current.id)
                     for _, d in item.buttons if (p := parse(d)) and p.act is Act.kembalikan and p.index + 1 == number),
                    None)
        return self._decide(turn, data, comment=_note_of(message)) if data else []

    def _only_waiting(self, turn: Turn) -> str | None:
        """The one member whose submitted SKP still has IKI without a decision; None when none or several."""
        waiting = [pair.member for pair in self.store.members_of(turn.user_id)
                   if awaits_decision((member := self.load(pair.member)).team.review, member.skp)]
        return waiting[0] if len(waiting) == 1 else None


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


def review_owner(shown: list[tuple[str, str]], user: str) -> str | None:
    """The member whose SKP the leader's review on screen shows (its buttons name another owner); None when none."""
    return next((p.owner for _, data in shown if (p := parse(data)) and p.owner != user), None)


def _decides(message: str) -> bool:
    """A return or a target word and one IKI named: «kembalikan iki 2, …», «ubah target iki 1 jd 95%»."""
    said = tokens(message)
    decides = set(said) & set(knowledge.data("team")["review_typed"]["return"]) \
        or phrase_set("team", "review_typed", "target").find(said)
    return bool(decides) and len(list(iki_refs().finditer(message))) == 1


def _judges(message: str) -> bool:
    """«… itu kegiatan, ganti: …», «… bukan hasil kerja»: a verdict on an IKI or a change asked (team.yaml
    review_typed `verdict`), as a leader writes to the member whose SKP waits."""
    return bool(phrase_set("team", "review_typed", "verdict").find(tokens(message)))


def _return_said(message: str) -> bool:
    """A return word of team.yaml review_typed among the message's words: the leader decided, not only remarked."""
    return bool(set(tokens(message)) & set(knowledge.data("team")["review_typed"]["return"]))


def _whole_returned(message: str) -> str | None:
    """The note of «kembalikan semua ya, bobot blm 100% …»: the words after the first comma or colon when those before
    it are a return word, a word for all and filler only (team.yaml review_typed); "" for such words with no reason
    after them («kembalikan semua»); None when the message is no return of the whole SKP."""
    words = knowledge.data("team")["review_typed"]
    head, note = (re.split(r"[,:]", message, maxsplit=1) + [""])[:2]
    said = set(tokens(head))
    allowed = set(words["return"]) | set(words["rest"]) | set(words["approval_filler"]) | {"skp", "nya", "skpnya"}
    if not said <= allowed or not said & set(words["return"]) or not said & set(words["rest"]):
        return None
    return note.strip() if _says_something(note) else ""


def _says_something(note: str) -> bool:
    """A note with words of its own past the decision, the IKI named and filler («iki 2», «ya» are no reason)."""
    words = knowledge.data("team")["review_typed"]
    empty = set(words["return"]) | set(words["approval_filler"]) | {"iki", "no", "nomor", "yg", "yang"}
    return any(w not in empty and not w.isdigit() for w in tokens(note))


def _waits(member: UserState) -> bool:
    """The member's SKP has IKI without the leader's decision, or a perubahan waits for it."""
    review = member.team.review
    return awaits_decision(review, member.skp) or review.status is Status.perubahan_diajukan


def _approves(message: str) -> bool:
    """«acc semua», «setujui 1 dan 3», «acc»: an approval word, no exception word, short (team.yaml review_typed)."""
    words = knowledge.data("team")["review_typed"]
    said = tokens(message)
    return bool(set(said) & set(words["approve"])) and not set(said) & set(words["except"]) \
        and len(said) <= words["max_words"]


def _one_named(message: str) -> int | None:
    """The IKI a note under the review names: the first «IKI 2 …», else the one of «no 2 balikin ya, satuannya salah»
    or «yg 3 kembalikan, …» (the review numbers its IKI, so «no 2» is IKI 2); None when it names none (or several only
    so)."""
    first = iki_refs().search(message)
    if first:
        return int(first.group(1))
    named = {int(n) for m in [*joined_iki_refs().finditer(message), *_POINTED.finditer(message)]
             for n in re.findall(r"\d+", m.group(1))}
    return named.pop() if len(named) == 1 else None


# «yg 3 kembalikan, …» under the review: the IKI numbered 3 there
_POINTED = re.compile(r"\b(?:yg|yang)\s+(\d{1,2})\b(?!\s*(?:%|persen))", re.IGNORECASE)


def _excepted(message: str) -> tuple[None, list[int], str] | None:
    """«semua kecuali no 3», «acc semua kecuali iki 2 dan 4, targetnya kerendahan»: the IKI numbers left out and the
    note typed after them ("" when none); None unless the words before the exception word are approval words, rest
    words and filler only, with an approval or a rest word among them (team.yaml review_typed), and numbers follow
    it (a note «targetnya naikkan semua kecuali IKI 2 ya» is no approval)."""
    words = knowledge.data("team")["review_typed"]
    found = re.match(rf"^\s*(?P<head>.*?)\b(?:{alternation(words['except'])})\b[\s:]*(?P<refs>{_EXCEPT_REFS})"
                     r"\s*(?P<note>.*)$", message, re.IGNORECASE | re.DOTALL)
    if found is None:
        return None
    head = tokens(found["head"])
    allowed = set(words["approve"]) | set(words["rest"]) | set(words["approval_filler"])
    if not head or not set(head) <= allowed or not set(head) & (set(words["approve"]) | set(words["rest"])):
        return None
    numbers = list(dict.fromkeys(int(n) for n in re.findall(r"\d+", found["refs"])))
    note = re.sub(r"^(?:(?:itu|yg itu|yang itu|ya|aja|saja)\b[\s,]*)+", "", found["note"].strip(" ,.;:-"),
                  flags=re.IGNORECASE).strip(" ,.;:-")
    return None, numbers, note


def _mixed(message: str) -> tuple[list[int], list[int], str] | None:
    """«iki 1 sama 2 oke, iki 3 balikin, target kerendahan»: clauses each naming IKI by number with an approval word
    (team.yaml review_typed approve, approve_in_mix) or a return word and nothing else but filler, at least one of
    each; the other clauses are the note on those returned. The IKI approved, those returned and the note; None
    otherwise (a return alone with its note is taken by note_offered)."""
    words = knowledge.data("team")["review_typed"]
    approve, back = set(words["approve"]) | set(words["approve_in_mix"]), set(words["return"])
    filler = set(words["approval_filler"]) | {"iki", "no", "nomor", "yg", "yang", "dan", "sama", "sm", "serta"}
    approved, returned, note = [], [], []
    for clause in re.split(r"[,;.\n]+", message):
        said = tokens(clause)
        numbers = [int(n) for n in re.findall(r"\b\d{1,2}\b", clause)]
        kinds = {w for w in said if w in approve} and "approve", {w for w in said if w in back} and "return"
        verdicts = [k for k in kinds if k]
        if numbers and len(verdicts) == 1 and all(w.isdigit() or w in approve | back | filler for w in said):
            (approved if verdicts[0] == "approve" else returned).extend(numbers)
        elif said:
            note.append(clause.strip())
    if not approved or not returned or set(approved) & set(returned):
        return None
    return approved, returned, ", ".join(note)


# the IKI left out after «kecuali»: «no 3», «iki 2 dan 4», «nomor 2, 3», «3»
_MARK = r"(?:(?:iki|no|nomor|yg|yang)\.?\s*)*"
_EXCEPT_REFS = rf"{_MARK}\d{{1,2}}(?:\s*(?:,|&|\+|dan|sama|sm|serta)\s*{_MARK}\d{{1,2}}\b)*\b"


def _approval_only(message: str) -> bool:
    """«acc semua ya bu», «setujui 1 dan 3»: approval words, numbers and team.yaml review_typed approval_filler only."""
    words = knowledge.data("team")["review_typed"]
    allowed = set(words["approve"]) | set(words["rest"]) | set(words["approval_filler"])
    return all(w in allowed or w.isdigit() for w in tokens(message))


def _note_of(message: str) -> str:
    """The note in «kembalikan iki 2, targetnya kerendahan …» or «IKI 2 dikembalikan: …»: what the member needs to
    read, without the decision said to the bot (team.yaml review_typed return); the message whole when that is all."""
    # «no 2 balikin ya, …», «yg 3 kembalikan, …» too
    named = iki_refs().search(message) or joined_iki_refs().search(message) or _POINTED.search(message)
    if named is None:
        return message
    said_before = tokens(message[:named.start()])
    if said_before and set(said_before) <= set(knowledge.data("team")["review_typed"]["return"]) \
            and not re.match(r"\s*[,:]", message[named.end():]):
        return message[named.start():].strip()  # «kembalikan, IKI 3 masih proses»: «IKI 3 masih proses»
    head = tokens(message[:named.start()] + " " + message[named.end():].split(",")[0].split(":")[0])
    if not head or not set(head) <= set(knowledge.data("team")["review_typed"]["return"]) | {"yg", "yang", "ya"}:
        return message
    rest = message[named.end():]
    rest = rest[rest.find(",") + 1:] if "," in rest.split(":")[0] else rest.split(":", 1)[-1] if ":" in rest else ""
    return rest.strip(" ,.;:-") or message


MIN_OWN_WORD = 4  # «dilatih», «rapat»: a word long enough to be the IKI's own, never «yg», «itu»


def _named_by_words(message: str, iki: list, among: set[int]) -> int | None:
    """The IKI (1-based) of `among` (0-based) a note names by words only it holds among them («Dilatih itu
    kegiatan, ganti: Persentase petugas … lulus post-test …» under «Jumlah petugas … yang dilatih …»; tester52 P2-3);
    None when its words point at none or at several."""
    from bot.retrieval.normalize import stopwords

    common = set(stopwords())
    held = {n: set(tokens(iki[n].indikator)) for n in among if n < len(iki)}
    said = {w for w in tokens(message) if len(w) >= MIN_OWN_WORD and w.isalpha() and w not in common}
    hits = {n for w in said for n, words in held.items() if w in words and sum(w in o for o in held.values()) == 1}
    return hits.pop() + 1 if len(hits) == 1 else None


def _reviewed_owner(turn: Turn) -> str | None:
    return review_owner(turn.state.shown, turn.user_id)


def _offered_returns(shown: list[tuple[str, str]]) -> set[int]:
    """The IKI (0-based) a note typed under the review is offered to return, its «Kembalikan IKI N dengan catatan ini»
    still on screen: a leader who named them for return does not approve them with «the rest»."""
    prefix = f"{SCOPE}:catat:"
    return {p.index for _, data in shown if data.startswith(prefix) and (p := parse(data[len(prefix):]))
            and p.index is not None}
