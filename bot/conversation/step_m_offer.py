"""The IKI PRIMA proposes together (prima_offer.py's list) at step M: the values a message lists set on them, the list
saved whole, by name, by count, with the mandatory IKI or one more IKI added; StepM takes these methods from here."""

from bot.conversation import draft_weights, offer_onward, prima_offer
from bot.conversation.answers import MAX_VALUE_WORDS, picks_by_number
from bot.conversation.iki_fields import short
from bot.conversation.mandatory_typed import mandatory_draft, names_mandatory
from bot.conversation.replies import Reply
from bot.conversation.several_picks import weights_told
from bot.conversation.state import UserState
from bot.conversation.step_m_reading import typed_ahead
from bot.conversation.typed_work import new_iki_in, reads_as_iki
from bot.knowledge import policy
from bot.lang.text import tokens
from bot.models import Candidate, IkiDraft
from bot.rules import check_iki
from bot.rules.skp_rules import is_mandatory


class StepMOffer:
    """StepM's part for the list proposed together; it calls StepM's later, next_waiting, prompt,
    named_fields and _offer_buttons."""

    def _offer(self, state: UserState) -> list[IkiDraft]:
        """The IKI proposed together, with the targets told (the mandatory IKI last while the draft needs it)."""
        prima, skp = state.prima, state.skp
        needed = skp.peran.value in policy().mandatory_iki.roles and not any(is_mandatory(i) for i in skp.iki)
        return prima_offer.drafts(prima.proposals, prima.offer_targets, needed)

    def _offer_text(self, state: UserState, text: str) -> list[Reply] | None:
        """A message under the IKI proposed together: the values it lists set on them («target TCM 3000 sampel
        setahun, input SITB max 24 jam, metode baru 2. sisanya ok»), the list shown again to save; «simpan» (or a bare
        «ok») saves it. None when the message is neither (an IKI typed, a pick, a question: read as at any time)."""
        prima = state.prima
        added = prima_offer.added_on_accepting(text) if "?" not in text else ""
        if added:  # «pakai semua, tambah satu: kepatuhan cuci tangan 5 moment»: the list saved, then that one
            saved = self.save_offer(state)
            noted = self.later(state, [self._added_draft(added)], when="sesudah yang tersimpan")
            return saved[:1] + [Reply(noted)] + saved[1:]
        head, comma, tail = text.partition(",")
        if comma and "?" not in text and (prima_offer.accepts(head) or prima_offer.saves(head)) \
                and names_mandatory(tail.strip()):  # «ok ambil semua usulannya, plus IP ASN (85)»: saved with it
            return self._saved_with_mandatory(state, tail.strip())  # (d7-auditor-itjen01: only IP ASN was taken)
        if draft_weights.asks_evenly(text):  # «bobot sama rata aja» before the list is saved: saved, then spread
            saved = self.save_offer(state)
            return saved[:1] + [Reply(draft_weights.evenly(state, text))] + saved[1:]
        if "?" not in text and not reads_as_iki(text) and draft_weights.jenis_at(text) is not None \
                and (draft_weights.names_all(text) or draft_weights.names_several_jenis(text)):
            saved = self.save_offer(state)  # «jenisnya semua TUSI, kecuali SPO beyond» before the list is saved:
            given = draft_weights.typed_for_many(state, text)  # saved, then each given its jenis (d17-dev03: unread)
            return saved[:1] + ([Reply(given)] if given else []) + saved[1:]
        if draft_weights.weights_led(text) and not reads_as_iki(text):  # «bobotnya dulu ya: triase 30, resus 25, …»:
            saved = self.save_offer(state)  # weights for the list, never its targets (d11-igd03)
            weights = draft_weights.typed_for_many(state, text) or "Bobot itu belum bisa saya pasangkan ke IKI " \
                "yang tersimpan; bobotnya saya tanyakan per IKI."
            return saved[:1] + [Reply(weights)] + saved[1:]
        if "?" in text or new_iki_in(text) or reads_as_iki(text) or picks_by_number(text):
            return None
        if prima_offer.saves_shown(self._offer(state), text):  # «simpan yg tiga itu»: the three shown, no value
            return self.save_offer(state)
        dropped = prima_offer.dropped_by_name(self._offer(state), text)
        if dropped:  # «ok skip yg rapat. 3 sisanya simpan»: those proposals left out, the rest saved when asked
            return self._drop_named(state, *dropped)
        by_name = prima_offer.saved_by_name(self._offer(state), text)
        if by_name:  # «simpan yg SSCEC, TTU, sama air bersih»: those proposals only (the mandatory IKI kept)
            return self._save_named(state, *by_name)
        done, unplaced = self._values_told(state, text)
        offer = self._offer(state)
        said = f"Target diisi: {'; '.join(done)}." if done else ""
        if prima_offer.saves(text) or (not done and not unplaced and (prima_offer.accepts(text)
                                                                       or offer_onward.goes_on(text, bool(prima.offer_targets)))):
            return ([Reply(said)] if said else []) + self.save_offer(state)
        if not done and not unplaced:
            return None
        shown = prima_offer.shown(offer, prima.unproposed, unplaced)
        prima.unproposed += [part for part in unplaced if part not in prima.unproposed]  # named until written
        return [Reply(f"{said}\n\n{shown}".strip(), self._offer_buttons(state))]

    def _drop_named(self, state: UserState, dropped: list[int], save: bool) -> list[Reply]:
        """The proposals named dropped (said), then the rest saved when the message asked it, else shown again."""
        prima, offer = state.prima, self._offer(state)
        names = [offer[i].indikator for i in dropped]
        prima.proposals = [p for p in prima.proposals if p.indikator not in names]
        if any(is_mandatory(offer[i]) for i in dropped):  # «IP ASN ga usah»: the mandatory IKI is not offered again
            prima.offer_targets = {k: v for k, v in prima.offer_targets.items() if not is_mandatory(IkiDraft(indikator=k))}
        said = Reply("Tidak saya simpan: " + "; ".join(f"«{short(n, 60)}»" for n in names) + ".")
        if save:
            return [said] + self.save_offer(state)
        shown = prima_offer.shown(self._offer(state), prima.unproposed, [])
        return [said, Reply(shown, self._offer_buttons(state))]

    @staticmethod
    def _saves_again(text: str) -> bool:
        """«simpan semua yang diusulkan» typed while a saved IKI is asked its fields (the proposals saved already by
        «oke lanjut»): no value and no IKI, never work to draft IKI from (d7-epidemiolog-bbtklpp01: it was read as
        work, its IKI «Jumlah simpan …» refused, and the next targets «90%», «100%» asked for an IKI sentence)."""
        return prima_offer.saves_all(text) and not any(ch.isdigit() for ch in text) and not reads_as_iki(text) \
            and len(tokens(text)) <= MAX_VALUE_WORDS

    def _saved_with_mandatory(self, state: UserState, said: str) -> list[Reply]:
        """The list saved as shown, the mandatory IKI named beside the acceptance with it (its target, when typed);
        a draft that holds the mandatory IKI already keeps it, given the target it lacked."""
        typed = mandatory_draft(said)[0]
        if not any(is_mandatory(p) for p in state.prima.proposals) \
                and not any(is_mandatory(i) for i in state.skp.iki):
            state.prima.proposals.append(typed)
        saved = self.save_offer(state)
        held = next((i for i in state.skp.iki if is_mandatory(i)), None)
        if held is not None and held.target is None and typed.target is not None:
            held.target, held.satuan = typed.target, held.satuan or typed.satuan
        return saved

    def _added_draft(self, added: str) -> IkiDraft:
        """The IKI added on accepting the list: as typed when the rules pass it, else its first output-based
        rewrite («kepatuhan cuci tangan 5 moment» → «Persentase kepatuhan …»), saved with the list rather than left
        waiting for a turn the user may never reach; as typed when none can be drafted (it waits, said so)."""
        from bot.conversation.activities import drafted_from
        from bot.rewrite import share_as_written

        draft = typed_ahead(added, new_iki_in(added) or added)
        if not check_iki(draft).has_error:
            return draft
        share = share_as_written(added)  # «kepatuhan cuci tangan 5 moment»: the share as written
        drafted = [share] if share else drafted_from(added, self._assistant, 1, kept="ditulis dalam pesan Anda")
        return IkiDraft(indikator=drafted[0].indikator, satuan=drafted[0].satuan or None, target=draft.target) \
            if drafted else draft

    def _values_told(self, state: UserState, text: str) -> tuple[list[str], list[str]]:
        """The values a message lists set on the IKI proposed together (an IKI of their own formed for those naming
        other work); the parts set and those nothing could take."""
        prima = state.prima
        offer = self._offer(state)
        done, unplaced, made = prima_offer.applied(offer, text)
        prima.offer_targets = prima_offer.targets_of(offer + made)
        for proposal, draft in zip(prima.proposals, offer):  # «3000 sampel»: the unit a target brought
            proposal.satuan = draft.satuan or proposal.satuan
        unit = prima.typed if prima.typed and not (prima.indicator and prima.indicator.code) else ""
        for draft in made:  # each beside the work it names, in the order the work was told
            at = prima_offer.placed([c.indikator for c in prima.proposals], draft.indikator, prima.strategies, unit)
            prima.proposals.insert(at, Candidate(indikator=draft.indikator, satuan=draft.satuan or "",
                                                 alasan=prima_offer.FORMED))
        prima.unproposed = prima_offer.still_missed(prima.unproposed, made)
        return done, unplaced

    def take_told(self, state: UserState) -> str:
        """The values told before step 4 (held), set on the proposals now drafted, shown together: the line that
        says which were set and which nothing could take (named until written)."""
        prima = state.prima
        held, prima.told_targets = prima.told_targets, []
        if not held or not prima.proposals:
            prima.told_targets = held if not prima.proposals else []
            return ""
        named = [self.named_fields(state, text, when="satu per satu") if weights_told(text) else None
                 for text in held]  # «cakupan 70, CL bobot 30»: with the jenis and weight the list cannot show
        held = [text for text, said in zip(held, named) if said is None]
        if not held or not prima.proposals:
            return " ".join(said for said in named if said)
        prima.together = True
        done, unplaced = [], []
        for text in held:
            set_, left = self._values_told(state, text)
            done, unplaced = done + set_, unplaced + left
        prima.unproposed += [part for part in unplaced if part not in prima.unproposed]
        said = [f"Target yang Anda tulis sebelumnya: {'; '.join(done)}." if done else ""]
        return " ".join(part for part in said + named if part)

    def _save_named(self, state: UserState, places: list[int], unnamed: list[str]) -> list[Reply]:
        """The proposals a save named saved (the mandatory IKI too, when the draft needs it); the others left out and
        the names that named none said back, with what to do."""
        prima = state.prima
        left = [p.indikator for i, p in enumerate(prima.proposals) if i not in places and not is_mandatory(p)]
        prima.proposals = [p for i, p in enumerate(prima.proposals) if i in places or is_mandatory(p)]
        said = [f"Tidak saya simpan (tidak Anda sebut): {'; '.join(f'«{short(t, 60)}»' for t in left)}." if left else ""]
        said += [f"«{name}» tidak cocok dengan usulan mana pun: bila itu hasil kerja Anda, tulis IKI-nya sendiri "
                 "(ukuran + hasil kerja + syaratnya) beserta targetnya." for name in unnamed]
        saved = self.save_offer(state)
        return [Reply(" ".join(part for part in said if part))] + saved if any(said) else saved

    @staticmethod
    def _starting(state: UserState) -> list[IkiDraft]:
        return [IkiDraft(indikator=p.indikator, satuan=p.satuan or None) for p in state.prima.proposals]

    def _save_starting(self, state: UserState, places: list[int], unnamed: list[str]) -> list[Reply]:
        """Step 4's starting points a save named, saved to the draft (their fields asked in turn), the others still
        offered; the names that named none said back, with what to do."""
        prima = state.prima
        chosen = [self._starting(state)[i] for i in places]
        prima.proposals = [p for i, p in enumerate(prima.proposals) if i not in places]
        said = [self.later(state, chosen, when="satu per satu sesudah ini")]
        said += [f"«{name}» tidak cocok dengan satu titik awal: bila itu hasil kerja Anda, tulis IKI-nya sendiri "
                 "(ukuran + hasil kerja + syaratnya) beserta targetnya." for name in unnamed]
        following = self.next_waiting(state)
        return [Reply(" ".join(part for part in said if part))] + (following if following is not None else self.prompt(state))

    def save_offer(self, state: UserState) -> list[Reply]:
        """The IKI proposed together saved to the draft with their targets, their other fields asked one by one."""
        prima = state.prima
        drafts = self._offer(state)
        prima.proposals, prima.offer_targets, prima.together = [], {}, False
        said = self.later(state, drafts, when="satu per satu sesudah ini")
        following = self.next_waiting(state)
        return [Reply(said)] + (following if following is not None else self.prompt(state))
