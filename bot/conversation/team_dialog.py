"""Dialog kinerja in the chat: /dialog records a dialog's catatan for a member (read from the leader's words into
the guidance's categories), sent for the member to confirm reading; /dialog jadwal sets the cadence."""

import json
import re
from collections.abc import Callable
from datetime import date

from bot import knowledge
from bot.conversation.commands import Turn
from bot.conversation.replies import Button, Reply
from bot.conversation.state import TeamAsk, UserState
from bot.conversation.team_desk import SCOPE, STALE, TeamDesk, known_as
from bot.lang.dates import long_date
from bot.lang.text import phrase_set, tokens
from bot.storage.team import Pair
from bot.team.access import leader_refusal
from bot.team.dialogs import catatan_help, catatan_text, confirm_dialog, read_cadence, record_dialog
from bot.team.guidance import guidance
from bot.team.record import Catatan, Dialog
from bot.team.results import Applied, Refused
from bot.team.view import year_text


class TeamDialog(TeamDesk):
    """Dialog kinerja: the catatan written, previewed, sent and confirmed; the cadence."""

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
        named = [p for p in pairs if _names(rest, self._input(p).name)]
        if len(named) == 1:  # «dialog kinerja dgn rina hari ini»: Rina's dialog, no «dengan siapa?» (team29)
            return self._ask_catatan(turn, named[0].member)
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
        about = f"Bahan dialog dengan {known_as(held) or 'anggota ini'}:\n"
        return [Reply(about + year_text(held.skp, held.year, self.clock().date())),
                Reply("Tulis catatan/rekomendasi dialog kinerja hari ini. " + catatan_help()
                      + " Ringkasan capaian dan hambatan boleh ditulis di depan. (/batal: tidak jadi)")]

    def _preview(self, turn: Turn, member: str, text: str) -> list[Reply]:
        name = known_as(self.load(member))
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

    def _dialog_acknowledged(self, turn: Turn, message: str) -> list[Reply]:
        """«siap bu, sudah sy baca. sy setuju» typed by a member after the leader's dialog catatan came: the reading of
        the latest one not yet confirmed, as «/dialog baca d1», never a catatan harian (team29's year walk: it was
        kept as c2 «di luar SKP»). An acknowledgment opening (team.yaml feedback_reply), or a short «sudah saya baca»
        (dialog_read done), and a reading word (dialog_read); [] for anything else."""
        said = knowledge.data("team")
        words = tokens(message)
        unread = [d for d in turn.state.team.dialogs
                  if d.read_at is None and (self.clock() - d.recorded_at).days <= said["dialog_read"]["days"]]
        done = words[:1] and words[0] in said["dialog_read"]["done"] \
            and len(words) <= said["dialog_read"]["done_max_words"] and not any(ch.isdigit() for ch in message)
        if not unread or not words or len(words) > said["feedback_reply"]["max_words"] or "\n" in message.strip() \
                or not (done or phrase_set("team", "feedback_reply", "openers").match_at(words, 0)) \
                or not phrase_set("team", "dialog_read", "words").find(words) \
                or self.store.reviewer_of(turn.user_id) is None:
            return []
        latest = max(unread, key=lambda d: d.recorded_at)
        return self._read(turn, latest.id) + [Reply(f"(Dibaca sebagai konfirmasi catatan dialog kinerja {latest.id} "
                                                    f"{long_date(latest.held_on)}. Bila itu catatan pekerjaan, kirim "
                                                    "lagi dengan /catat di depannya.)")]

    def _read(self, turn: Turn, dialog_id: str) -> list[Reply]:
        state = turn.state
        return self._own(turn, lambda: confirm_dialog(state.team, state.skp, owner=turn.user_id, dialog_id=dialog_id,
                                                      now=self.clock()),
                         "Terima kasih; atasan diberi tahu bahwa Anda sudah membaca catatan dialog kinerja.")

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
        lead = (part[:cuts[0].start()] if cuts else part).strip(" .,")
        if lead:  # the words before the first category come first, as typed (team31's month: they came last)
            head, _, tail = lead.rpartition(":")
            named = _starts_with_category(tail.strip())
            if named and head.strip():
                found.append(Catatan(category="ringkasan", text=head.strip(" .,")))
            found.append(Catatan(category=named or "ringkasan", text=(tail if named else lead).strip(" .,")))
        for n, cut in enumerate(cuts):
            body = part[cut.end():cuts[n + 1].start() if n + 1 < len(cuts) else len(part)].strip(" .,")
            category = _category(cut[1])
            if body and guidance().category(category).general:  # «rekomendasi: diklat biosafety»: Kebutuhan diklat
                category = _starts_with_category(body) or category
            if body and category == "ringkasan" and cut[1].lower() not in ("ringkasan", "ringkasan dialog"):
                body = f"{cut[1].lower()}: {body}"  # «hambatan: data telat» keeps what it is
            if body:
                found.append(Catatan(category=category, text=body))
    if not found:  # a note in plain words is kept whole as the ringkasan; only nothing at all is refused
        raise Refused("Belum ada isi catatan yang terbaca: tulis apa yang dibahas dan disepakati. " + catatan_help())
    return _one_ringkasan(found)


def _one_ringkasan(found: list[Catatan]) -> list[Catatan]:
    """The ringkasan pieces («capaian baik», «hambatan: data telat») as one catatan, in the order typed, where the
    first stood: one «Ringkasan dialog» line, never two."""
    pieces = [c.text for c in found if c.category == "ringkasan"]
    if len(pieces) < 2:
        return found
    first = next(n for n, c in enumerate(found) if c.category == "ringkasan")
    rest = [c for c in found if c.category != "ringkasan"]
    return rest[:first] + [Catatan(category="ringkasan", text="; ".join(pieces))] + rest[first:]


def _category(word: str) -> str:
    word = word.lower()
    return next(c.id for c in guidance().catatan if word in (c.label.lower(), c.id.replace("_", " "), *c.words))


def _starts_with_category(text: str) -> str | None:
    lowered = text.lower()
    return next((c.id for c in guidance().catatan if c.id != "ringkasan" and not c.general
                 for w in c.words if lowered.startswith(w + " ") or lowered == w), None)


def _names(text: str, name: str) -> bool:
    """The text names the member: the first word of their name among its words («dgn rina hari ini», «Rina Wati»)."""
    first = tokens(name)[:1]
    return bool(first) and first[0] in tokens(text)
