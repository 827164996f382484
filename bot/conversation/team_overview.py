"""What a leader sees of the team: /tim and «/tim capaian», one member's SKP with the decisions waiting, «/ikk tim
ini» from the members' IKI, and what falls due by itself (the weekly digest, the agenda before each dialog)."""

from collections.abc import Callable
from datetime import datetime

from bot import knowledge
from bot.conversation.commands import Turn
from bot.conversation.replies import Button, Reply
from bot.conversation.team_desk import NO_MEMBERS, SCOPE, TeamDesk, known_as
from bot.lang.text import phrase_set, tokens
from bot.storage.team import Pair
from bot.team.access import leader_refusal
from bot.team.dialogs import agenda, agenda_day, agenda_key, next_dialog
from bot.team.digest import digest_time, wants_digest, week_start, weekly_digest
from bot.team.record import Status
from bot.team.review_items import review_items
from bot.team.view import MemberRow, team_capaian_head, team_rows, team_text, unsubmitted_text, year_text
from bot.year.periods import quarter_label
from bot.year.reminders import realisasi_label

REMIND_LABEL = "Ingatkan isi realisasi"  # the digest's button when a finished triwulan is not reported


class TeamOverview(TeamDesk):
    """The team at a glance: /tim, a member's view, the team's indicators, the digest and agendas."""

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
        drafts = [(f"{known_as(held) or f'Anggota {n}'} IKI", held.skp.iki) for n, held in enumerate(members, 1)]
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
                          "Katalog mungkin belum memuat bidang kerja tim. Bila pekerjaan itu tugas dan fungsi unit, "
                          "IKI-nya Core TUSI dengan kata-kata sendiri (di /prima pilih «Pakai tulisan saya»); tanyakan "
                          "IKK unit ke perencana, atau cari dengan kata kunci lain (/ikk …).")]
        ranked = sorted(rows.values(), key=lambda row: -len(row[1]))
        lines = [f"Indikator Renstra yang paling dekat dengan {whose} (dicari dari {searched} IKI itu):"]
        lines += [f"{i}. {hit.code} {hit.name}\n   dari: {', '.join(found)}" for i, (hit, found) in enumerate(ranked, 1)]
        lines.append("Pastikan dengan perencana unit: katalog saya belum memuat semua indikator unit.")
        return [Reply("\n".join(lines))]

    def tim(self, turn: Turn, rest: str) -> list[Reply]:
        pairs = self.store.members_of(turn.user_id)
        if not pairs:
            return [Reply(NO_MEMBERS)]
        inputs = [self._input(pair) for pair in pairs]
        rows = team_rows(inputs, turn.state.leader, self.clock().date())
        if phrase_set("team", "team_scope", "remind").find(tokens(rest)):  # «ingatkan budi isi realisasi TW 1»
            # a member named: sent at once; none named: the list first, sent on the tap (a line of the leader's own
            # work, «ingatkan staf input realisasi anggaran», never messages the whole team)
            named = any((first := tokens(row.name)[:1]) and first[0] in tokens(rest) for row in rows)
            return self.remind_unreported(turn, rest) if named else _unreported(rows)
        if phrase_set("team", "team_scope", "unsubmitted").find(tokens(rest)):  # «siapa yang belum ngajuin?»
            return [Reply(unsubmitted_text(inputs, rows),
                          [Button(row.name, f"{SCOPE}:lihat:{row.member}") for row in rows
                           if row.status in (Status.draf, Status.dikembalikan)], choice_only=True)]
        if phrase_set("team", "team_scope", "unreported").find(tokens(rest)):  # «/tim belum», «siapa yg belum isi …?»
            return _unreported(rows)
        if phrase_set("team", "team_scope", "capaian").find(tokens(rest)):  # «/tim capaian»: every member's capaian, one after another
            return self._team_capaian(pairs)
        unnamed = "\nAnggota yang belum mengisi nama di /profil tampil sebagai «Anggota N»; minta ia mengisinya." \
            if any(not i.name for i in inputs) else ""
        return [Reply(team_text(rows) + unnamed + "\nPilih anggota untuk melihat SKP dan keputusan yang menunggu.",
                      [Button(row.name, f"{SCOPE}:lihat:{row.member}") for row in rows],
                      choice_only=True)]  # only a member is picked here: «1» typed in the terminal picks the first

    def _team_capaian(self, pairs: list[Pair]) -> list[Reply]:
        """The capaian of every member, under their name (read only: each logbook is the member's own)."""
        today = self.clock().date()
        parts, held = [], []
        for number, pair in enumerate(pairs, start=1):
            state = self.load(pair.member)
            name = known_as(state) or f"Anggota {number}"
            parts.append(f"{number}. {name}\n" + year_text(state.skp, state.year, today, last=1))
            held.append((name, state.skp, state.year))
        head = team_capaian_head(held, today)
        return [Reply(f"Capaian tim Anda ({len(pairs)} anggota):" + (f"\n{head}" if head else "") + "\n\n"
                      + "\n\n".join(parts)
                      + "\n\nRincian dan catatan harian tiap anggota: /tim, lalu pilih anggotanya.")]

    def _member_view(self, turn: Turn, member: str) -> list[Reply]:
        current = self.store.reviewer_of(member)
        refusal = leader_refusal(turn.user_id, member, current)
        if refusal:
            return [Reply(refusal)]
        state = self.load(member)
        items = review_items(state.team, state.skp, owner=member, pair=current.id, name=known_as(state))
        if not state.skp.iki:
            return [Reply(items[0].text + "\nSKP-nya belum berisi IKI.")]
        return [Reply(item.text, [Button(label, data) for label, data in item.buttons]) for item in items] \
            + [Reply(year_text(state.skp, state.year, self.clock().date()))]

    def remind_unreported(self, turn: Turn, text: str = "") -> list[Reply]:
        """«Ingatkan isi realisasi» under the digest (or typed, «ingatkan budi isi realisasi»: `text`, the members its
        words name, else all): each member who has not reported a finished triwulan's realisasi (as the members are
        now, not as the digest was) gets a message naming the quarter and the IKI, with the quarter's «Isi realisasi
        TW …» button; once a day each. The leader is told who got it."""
        pairs = self.store.members_of(turn.user_id)
        if not pairs:
            return [Reply(NO_MEMBERS)]
        said = set(tokens(text))
        named = [p for p in pairs if (first := tokens(self._input(p).name)[:1]) and first[0] in said]
        if named and not any(self._input(p).unfilled for p in named):
            names = ", ".join(self._input(p).name for p in named)
            return [Reply(f"{names} sudah mengisi realisasi triwulan yang sudah berakhir (atau SKP-nya belum "
                          "ditetapkan), jadi tidak ada yang diingatkan. Yang belum: «siapa yg belum isi realisasi?».")]
        pairs = named or pairs
        today = self.clock().date()
        leader = known_as(turn.state) or "Atasan Anda"
        sent, again = [], []
        for number, pair in enumerate(pairs, start=1):
            member = self._input(pair)
            if not member.unfilled:
                continue
            quarter, missing = member.unfilled
            name = member.name or f"Anggota {number}"
            text = (f"Pengingat dari {leader}: realisasi {quarter_label(quarter)} belum diisi untuk IKI "
                    + ", ".join(str(i + 1) for i in missing) + ". Isi sekarang dengan tombol di bawah, atau tulis "
                    "misalnya «IKI 1: 612 dari 680».")
            posted = self.post(pair.member, f"ingatkan_realisasi:{pair.member}:{quarter}:{today.isoformat()}",
                               [Reply(text, [Button(realisasi_label(quarter), f"year:realisasi:{quarter}")])], None)
            (sent if posted else again).append(f"{name} ({quarter_label(quarter)}, {len(missing)} IKI)")
        if not sent and not again:
            return [Reply("Semua anggota sudah mengisi realisasi triwulan yang sudah berakhir; tidak ada yang perlu "
                          "diingatkan. Lihat /tim capaian untuk capaiannya.")]
        lines = ["Pengingat isi realisasi terkirim ke: " + ", ".join(sent) + "."] if sent else []
        if again:
            lines.append("Sudah diingatkan hari ini, tidak dikirim dua kali: " + ", ".join(again) + ".")
        return [Reply("\n".join(lines + ["Angkanya tampil di /tim capaian setelah mereka mengisinya."]))]

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
                # a finished triwulan not reported by some: reminding them is the next step, one tap
                remind = [Button(REMIND_LABEL, f"{SCOPE}:ingatkan")] if any(r.unfilled for r in rows) else []
                self.post(reviewer, made.key, [Reply(made.text, remind)], made.due)
            for member in inputs:
                on = next_dialog(member.record, settings, member.started)
                if not agenda_day(on) <= now.date() <= on:
                    continue
                text = agenda(member.record, member.skp, dialog_on=on)
                name = member.name or "anggota tim Anda"
                self.post(member.member, agenda_key(member.member, on, "anggota"), [Reply(text)], None)
                self.post(reviewer, agenda_key(member.member, on, "atasan"), [Reply(f"Dengan {name}. {text}")], None)


def _unreported(rows: list[MemberRow]) -> list[Reply]:
    """«siapa yg belum isi realisasi?»: each member without a finished triwulan's realisasi, which TW and which IKI,
    with «Ingatkan isi realisasi»; said so when everyone has reported."""
    missing = [(r.name, *r.unfilled) for r in rows if r.unfilled]
    if not missing:
        return [Reply("Semua anggota sudah mengisi realisasi triwulan yang sudah berakhir (atau SKP-nya belum "
                      "ditetapkan, jadi belum ada yang ditagih). Capaian tiap anggota: /tim capaian.")]
    lines = [f"- {name}: realisasi {quarter_label(quarter)} belum diisi untuk IKI " + ", ".join(str(i + 1) for i in numbers)
             for name, quarter, numbers in missing]
    return [Reply(f"Belum melaporkan realisasi triwulan yang sudah berakhir ({len(missing)} anggota):\n"
                  + "\n".join(lines) + "\nIngatkan mereka sekarang? Masing-masing menerima tombol untuk mengisinya.",
                  [Button(REMIND_LABEL, f"{SCOPE}:ingatkan")])]


def _work_of(indikator: str) -> str:
    """The IKI without its leading measure («Persentase», «Jumlah» …): searched whole, the measure word alone finds
    every row measured the same way («Persentase surat masuk …» found «Persentase Masyarakat memiliki Asuransi …»)."""
    from bot.rules.lexicon import lexicon

    words = tokens(indikator)
    measure = lexicon().measures.match_at(words, 0) if words else None
    return " ".join(words[len(measure):]) if measure else indikator
