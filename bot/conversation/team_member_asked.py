"""A leader's request about one member of the team, never read as about the leader's own SKP (tester51 P2-4): «/skp
versi» with members and no versions of one's own, «/skp versi andi», «liat versi skp andi dong» show that member's
versions; «ubah target iki 4 andi jadi 90%» with nothing of theirs waiting says how a change is made (the member
proposes it with /ubah and /ajukan, the leader approves it in /tim)."""

import re

from bot.conversation.commands import Turn
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.conversation.team_desk import SCOPE, TeamDesk, known_as
from bot.lang.text import phrase_set, tokens
from bot.storage.team import Pair
from bot.team.record import Status
from bot.year import versions
from bot.year.models import YearError


class TeamMemberAsked(TeamDesk):
    """A member named in a leader's words: their versions, or how their SKP is changed."""

    def versions_asked(self, turn: Turn, rest: str) -> list[Reply]:
        """/skp versi [NAMA] [N] from a leader: the named member's versions (or version N); with no member named and
        no versions of the leader's own, whose versions there are and how to open them. [] otherwise (own versions)."""
        pairs = self.store.members_of(turn.user_id)
        if not pairs:
            return []
        named = self._named(pairs, rest)
        if named is not None:
            return [self._versions_of(*named, rest)]
        if turn.state.year.versions:
            return []
        lines = [f"- {_called(state, n)}: " + (f"{len(state.year.versions)} versi" if state.year.versions
                                                else "SKP belum ditetapkan")
                 for n, (_, state) in enumerate(self._members(pairs), start=1)]
        first = next((_first(state) for _, state in self._members(pairs) if _first(state)), "NAMA")
        return [Reply("SKP Anda sendiri belum ditetapkan, jadi belum ada versinya. Versi SKP anggota tim Anda:\n"
                      + "\n".join(lines) + f"\nLihat versi seorang anggota: /skp versi {first} (atau /tim, lalu pilih "
                      "anggotanya).")]

    def member_asked(self, turn: Turn, message: str) -> list[Reply]:
        """A plain message naming one member: asking their versions shows them; asking to change their IKI, with
        nothing of theirs waiting for a decision, says who proposes and who approves. [] when no member is named."""
        words = tokens(message)
        versions_asked = bool(phrase_set("team", "member_asked", "versions").find(words))
        change_asked = bool(phrase_set("team", "member_asked", "change").find(words)
                            and phrase_set("team", "member_asked", "iki").find(words))
        if not (versions_asked or change_asked) or "\n" in message.strip():
            return []  # asked first: the members' records are loaded only for a request about one of them
        pairs = self.store.members_of(turn.user_id)
        named = self._named(pairs, message) if pairs else None
        if named is None:
            return []
        if versions_asked:
            return [self._versions_of(*named, "")]
        pair, state = named
        if state.team.review.status in (Status.diajukan, Status.perubahan_diajukan):
            return []  # a decision on what waits is the review's (team_decisions)
        name = _called(state, 1)
        force = state.team.review.in_force
        if force is None:
            how = (f"SKP {name} belum ditetapkan, dan drafnya disusun oleh {name} sendiri: sampaikan arahan Anda "
                   "lewat /umpanbalik, lalu setujui atau ubah targetnya saat ia mengajukannya (/tim).")
        else:
            how = (f"SKP {name} sudah ditetapkan (versi {force.number}), dan perubahannya diajukan oleh {name} "
                   f"sendiri: ia mengetik /ubah (misalnya /ubah NOMOR target NILAI), lalu /ajukan beserta alasannya. "
                   "Perubahan itu sampai kepada Anda untuk disetujui atau dikembalikan di /tim.")
        return [Reply(f"{how} Sampaikan arahan Anda kepadanya lewat /umpanbalik. SKP Anda sendiri tidak diubah.",
                      [Button(f"Lihat SKP {name}", f"{SCOPE}:lihat:{pair.member}")])]

    def _members(self, pairs: list[Pair]) -> list[tuple[Pair, UserState]]:
        return [(pair, self.load(pair.member)) for pair in pairs]

    def _named(self, pairs: list[Pair], text: str) -> tuple[Pair, UserState] | None:
        """The one member a word of whose /profil name (three letters or more) the text holds; None for none or two."""
        said = set(tokens(text))
        named = [(pair, state) for pair, state in self._members(pairs)
                 if said & {w for w in tokens(state.skp.pegawai.nama or "") if len(w) > 2}]
        return named[0] if len(named) == 1 else None

    def _versions_of(self, pair: Pair, state: UserState, rest: str) -> Reply:
        name, first = _called(state, 1), _first(state)
        number = re.search(r"\d+", rest)
        if not state.year.versions:
            return Reply(f"SKP {name} belum ditetapkan, jadi belum ada versinya. Drafnya: /tim, lalu pilih {name}.",
                         [Button(f"Lihat SKP {name}", f"{SCOPE}:lihat:{pair.member}")])
        try:
            text = versions.version_text(state.year, int(number.group())) if number \
                else versions.versions_text(state.year)
        except YearError as missing:
            text = f"{missing}\n{versions.versions_text(state.year)}".replace("SKP Anda", f"SKP {name}")
        return Reply(f"Versi SKP {name}:\n" + text.replace("/skp versi", f"/skp versi {first}"),
                     [Button(f"Lihat SKP {name}", f"{SCOPE}:lihat:{pair.member}")])


def _called(state: UserState, number: int) -> str:
    return known_as(state) or f"Anggota {number}"


def _first(state: UserState) -> str:
    words = [w for w in tokens(state.skp.pegawai.nama or "") if len(w) > 2]
    return words[0] if words else ""
