"""The team's files and history: /ekspor with its audit sheet «Riwayat», «/ekspor tim» (each member's workbook and
the whole team in one), and /riwayat."""

from collections.abc import Callable
from dataclasses import replace

from bot.conversation.commands import Turn
from bot.conversation.replies import Reply, ReplyFile
from bot.conversation.team_desk import TeamDesk, known_as
from bot.conversation.team_pairing import signed_by
from bot.lang.text import phrase_set, tokens
from bot.team.history import COLUMNS as HISTORY_COLUMNS
from bot.team.history import history_rows, history_text


class TeamFiles(TeamDesk):
    """Files: the workbooks for the user and the team, and the history of decisions."""

    def ekspor(self, turn: Turn, rest: str, export: Callable[..., list[Reply]]) -> list[Reply]:
        """/ekspor: the user's own workbook with its audit trail; «/ekspor tim» from a leader: each member's."""
        team = self.export_team(turn, export) if names_team(rest) else None
        if team is not None:
            return team
        from bot.skp.export import file_owner

        return self.with_history(turn, export(self.signed_own(turn), owner=file_owner(turn.user_id)))

    def export_team(self, turn: Turn, export: Callable[..., list[Reply]]) -> list[Reply] | None:
        """«/ekspor tim»: each member's SKP workbook, named by the member (None: no members, the leader's own)."""
        from bot.skp.export import name_slug

        pairs = self.store.members_of(turn.user_id)
        if not pairs:
            return None
        files, told = [], []
        for number, pair in enumerate(pairs, start=1):
            state = self.load(pair.member)
            name = known_as(state) or f"Anggota {number}"
            signed = signed_by(state, turn.state.skp.pegawai, pair.started_at)
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
        Ketua Tim and their teams), one row per IKI with who it belongs to, as the Biro OSDM audits it (tester24 #2).
        A person who never filled /profil is written by a stable placeholder name (_unfilled_name), so the audit keeps
        their IKI under them (it keys a row without NIP by its name) and the caption says who must fill /profil
        (tester53 P2-11: 15 of 18 rows were dropped as no one's)."""
        from bot.skp.export import name_slug, team_workbook

        people, unfilled, seen = [], [], {turn.user_id}
        queue = [(turn.user_id, turn.state, "", "")]
        while queue:
            user, state, atasan, label = queue.pop(0)
            below = [p for p in self.store.members_of(user) if p.member not in seen]
            pegawai, peran = state.skp.pegawai, _peran_label(state, bool(below))
            if not pegawai.nama and (state.skp.iki or user != turn.user_id):
                pegawai = pegawai.model_copy(update={"nama": self._unfilled_name(user, label or peran)})
                unfilled.append(pegawai.nama)
            people.append((pegawai, peran, atasan, state.skp))
            for number, pair in enumerate(below, start=1):
                seen.add(pair.member)
                held = self.load(pair.member)
                queue.append((pair.member, held, pegawai.nama or pegawai.jabatan, known_as(held) or f"Anggota {number}"))
        people = [p for p in people if p[3].iki or p is not people[0]]  # the leader's own row only with IKI
        slug = name_slug(known_as(turn.state))
        count = sum(len(p[3].iki) for p in people)
        caption = (f"SKP seluruh tim dalam satu berkas: {len(people)} orang, {count} IKI, satu baris per IKI dengan NIP, "
                   "nama, jabatan, unit, peran dan atasannya. Berkas ini bisa langsung diperiksa Biro OSDM dengan "
                   "«iki audit».")
        if unfilled:
            caption += (f" {len(unfilled)} orang belum mengisi /profil, jadi tanpa NIP dan ditulis dengan nama sementara "
                        f"({'; '.join('«' + name + '»' for name in unfilled[:3])}{' …' if len(unfilled) > 3 else ''}) "
                        "agar IKI-nya tetap terbaca di audit; minta mereka mengisi /profil (NIP dan nama) sebelum berkas "
                        "diserahkan.")
        return Reply(caption, file=ReplyFile(f"skp-tim-{slug}.xlsx" if slug else "skp-tim.xlsx", team_workbook(people), caption))

    def _unfilled_name(self, user: str, label: str) -> str:
        """«Anggota 2 (belum isi /profil, ID 3f9a1c)»: how /tim names the person, with the start of their pseudonym so
        the name stays the same in every export and differs from another team's «Anggota 2» in one audit."""
        pseudonym = self.store.pseudonym(user)
        return f"{label} (belum isi /profil" + (f", ID {pseudonym[:6]})" if pseudonym else ")")

    def riwayat(self, turn: Turn, rest: str) -> list[Reply]:
        viewer = self.store.pseudonym(turn.user_id)
        own = self.store.audit_trail(turn.user_id)
        replies = [Reply(history_text(own, viewer))] if own or not self.store.members_of(turn.user_id) else []
        decided = [r for r in self.store.audit_by(turn.user_id) if r.owner_key != viewer]
        # per member, named as /tim names them (tester17b #10: a leader of three could not tell whose SKP a line was)
        names = {self.store.pseudonym(p.member): known_as(self.load(p.member)) or f"Anggota {n}"
                 for n, p in enumerate(self.store.members_of(turn.user_id), start=1)}
        for owner in dict.fromkeys(r.owner_key for r in decided):
            about = names.get(owner, "anggota tim (tidak lagi di tim Anda)")
            text = history_text([r for r in decided if r.owner_key == owner], viewer)
            replies.append(Reply(text.replace("Riwayat SKP", f"Keputusan Anda atas SKP {about}", 1)))
        return replies or [Reply("Belum ada riwayat keputusan.")]

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


def names_team(text: str) -> bool:
    """Whether the words after /ekspor or /tim name the leader's team («tim», «semua anggota»)."""
    return phrase_set("team", "team_scope", "team").find(tokens(text)) is not None


def _peran_label(state, leads: bool) -> str:
    """The role a team file writes: the one the draft holds when not the default (told in the chat, or read from the
    jabatan at /profil), else the one the jabatan names («Kepala Balai», «Ketua Tim …»), else a Ketua Tim when the
    person has members of their own, else Anggota (the words `iki audit` reads back: columns.yaml role_words)."""
    from bot.models import Peran
    from bot.sheets.tables import role_in

    held = state.skp.peran if state.skp.peran is not Peran.anggota else None
    peran = held or role_in(state.skp.pegawai.jabatan) or (Peran.ketua_tim if leads else Peran.anggota)
    return peran.value.replace("_", " ").title()
