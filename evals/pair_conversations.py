"""Two-person conversations written blind (evals/pairs/*.yaml, issue 19): a member and their leader (and sometimes a
third user) on one store, each through its own replica of the real engine, from pairing to a settled SKP. Every
conversation ends with a checked state and audit trail (`end.expect`). Prints the pass rate, dev and holdout apart
(`iki eval pairs`).

Runner conventions (the set's README): `who` names the user of each step; `at` moves the clock (both replicas then
tick the outbox, as the Telegram job queue would); `"<code>"` is the latest pairing code shown to anyone,
`"<code#1>"` the first. A `tap` picks a button by label (exact, else every word of the tap in the label) in the
newest batch of that user's messages that has one, the earliest message not yet tapped; when all were tapped it
presses the last one again (an old button); a label the user never saw is the newest other user's button replayed
as this user (forged). A tap naming a persona picks the /tim button for that user. Messages for another user are
fetched after every step, as the terminal chat shows them. `python -m evals pairs --show ID` prints one transcript."""

import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml

from evals.common import HERE, show_end

FOLDER = HERE / "pairs"
ROLES = ("member", "leader", "third")
REPLICA = {"member": 0, "leader": 1, "third": 0}
_CODE = re.compile(r"/start ([A-Za-z0-9_-]{20,64})")
# What the set's status words are in the product's Status.
STATUS = {"draft": "draf", "draf": "draf", "diajukan": "diajukan", "dikembalikan": "dikembalikan",
          "ditetapkan": "ditetapkan", "perubahan diajukan": "perubahan_diajukan"}


def load_pairs() -> list[dict]:
    conversations = []
    for path in sorted(FOLDER.glob("pair_conversations_*.yaml")):
        conversations += yaml.safe_load(path.read_text(encoding="utf-8"))
    return conversations


@dataclass
class Message:
    text: str
    buttons: list[tuple[str, str]]
    tapped: bool = False


@dataclass
class Inbox:
    batches: list[list[Message]] = field(default_factory=list)
    keys: Counter = field(default_factory=Counter)  # outbox keys received
    # Outbox texts received, by day: the same text twice in a day is a duplicate (a weekly nudge is not).
    texts: Counter = field(default_factory=Counter)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


class PairRun:
    """One conversation: two engines (replicas) over one SQLite store in a temporary folder."""

    def __init__(self, conversation: dict, folder: Path, retriever=None):
        from bot.clock import WIB
        from bot.conversation import Engine
        from bot.storage.sqlite import SqliteStore

        self.conversation, self.wib = conversation, WIB
        self.now = datetime(2026, 1, 5, 9, 0, tzinfo=WIB)
        self.store = SqliteStore(folder / "state.sqlite3")
        self.engines = tuple(Engine(self.store, retriever=retriever, rate_limit=10**6, clock=lambda: self.now)
                             for _ in range(2))
        self.users = {role: f"{conversation['id'].lower()}-{role}" for role in ROLES}
        self.inbox = {role: Inbox() for role in ROLES}
        self.codes: list[str] = []
        self.problems: list[str] = []

    # Steps ------------------------------------------------------------------------------------------------
    def step(self, number: int, step: dict) -> None:
        if "at" in step:
            self.now = datetime.fromisoformat(step["at"]).replace(tzinfo=self.wib)
            for engine in self.engines:  # the job queue on every replica
                for due in engine.tick(self.now):
                    self._received(due)
                    engine.delivered(due)
        role = step["who"]
        engine, user = self.engines[REPLICA[role]], self.users[role]
        where = f"langkah {number} ({role}: {step.get('say') or step.get('tap') or 'lihat'!r})"
        try:
            if "say" in step:
                self._batch(role, engine.handle(user, self._text(step["say"])))
            elif "tap" in step:
                data = self._find(role, str(step["tap"]))
                if data is None:
                    self.problems.append(f"{where}: tidak ada tombol «{step['tap']}» di mana pun")
                else:
                    self._batch(role, engine.press(user, data))
        except Exception as exc:  # noqa: BLE001 - a crash is a finding, the conversation goes on
            self.problems.append(f"{where}: {type(exc).__name__}: {exc}")
        for other in ROLES:  # what each user has received meanwhile, as the terminal shows it
            engine = self.engines[REPLICA[other]]
            for due in engine.due(self.users[other], self.now):
                self._received(due)
                engine.delivered(due)

    def _text(self, text: str) -> str:
        text = text.replace("<code>", self.codes[-1] if self.codes else "KODE-BELUM-ADA")
        return re.sub(r"<code#(\d+)>", lambda m: self.codes[int(m[1]) - 1] if len(self.codes) >= int(m[1]) else "X",
                      text)

    def _batch(self, role: str, replies) -> list[Message]:
        batch = [Message(r.text, [(b.label, b.data) for b in r.buttons]) for r in replies]
        self.inbox[role].batches.append(batch)
        for message in batch:
            self.codes += [c for c in _CODE.findall(message.text) if not self.codes or c != self.codes[-1]]
        return batch

    def _received(self, due) -> None:
        role = next(r for r, u in self.users.items() if u == due.user_id)
        self.inbox[role].keys[due.key] += 1
        for reply in due.replies:
            self.inbox[role].texts[(self.now.date(), reply.text)] += 1
        self._batch(role, due.replies)

    # Taps -------------------------------------------------------------------------------------------------
    def _find(self, role: str, label: str) -> str | None:
        person = self._persona(label)
        if person:
            for batch in reversed(self.inbox[role].batches):
                for message in batch:
                    for _, data in message.buttons:
                        if data.endswith(":" + self.users[person]):
                            message.tapped = True
                            return data
        found = self._in_batches(self.inbox[role].batches, label, tap=True)
        if found:
            return found
        others = [b for r in ROLES if r != role for b in self.inbox[r].batches]
        return self._in_batches(others, label, tap=False)

    def _persona(self, label: str) -> str | None:
        first = label.strip().lower()
        for role in ("member", "third"):
            persona = str(self.conversation.get(role, ""))
            if persona and persona.split(",")[0].split()[0].lower() == first:
                return role
        return None

    @staticmethod
    def _in_batches(batches: list[list[Message]], label: str, tap: bool) -> str | None:
        wanted, words = label.strip().lower(), _words(label)
        exact = lambda text: text.lower() == wanted  # noqa: E731
        loose = lambda text: words <= _words(text)  # noqa: E731
        for batch in reversed(batches):
            for fits in (exact, loose):
                matching = [(m, data) for m in batch for text, data in m.buttons if fits(text)]
                if not matching:
                    continue
                active = [(m, data) for m, data in matching if not m.tapped]
                message, data = active[0] if active else matching[-1]
                if tap:
                    message.tapped = True
                return data
        return None

    # The end ----------------------------------------------------------------------------------------------
    def check_end(self, expect: dict) -> None:
        for key, wanted in (expect or {}).items():
            got = self._value(key, wanted)
            if got is _UNCHECKED:
                self.problems.append(f"akhir: {key} belum bisa diperiksa di cabang ini")
            elif got != wanted:
                self.problems.append(f"akhir: {key} = {got!r}, diharapkan {wanted!r}")
        self._check_trail()

    def _value(self, key: str, wanted):
        member, leader, third = (self.users[r] for r in ROLES)
        state = self.engines[0].state(member)
        review = state.team.review
        counts = Counter(record.action for record in self.store.audit_trail(member))
        values = {
            "paired": lambda: (p := self.store.reviewer_of(member)) is not None and p.reviewer == leader,
            "team_size": lambda: len(self.store.members_of(leader)),
            "old_leader_team_size": lambda: len(self.store.members_of(leader)),
            "skp_status": lambda: _status(wanted, review.status.value),
            "member_skp_status": lambda: _status(wanted, review.status.value),
            "third_skp_status": lambda: _status(wanted, self.engines[0].state(third).team.review.status.value),
            "third_paired": lambda: bool(self.store.members_of(third)) or self.store.reviewer_of(third) is not None,
            "current_leader": lambda: next((r for r in ROLES if (p := self.store.reviewer_of(member))
                                            and p.reviewer == self.users[r]), None),
            "approved": lambda: counts["setujui"] + counts["ubah_target"],
            "returned": lambda: counts["kembalikan"],
            "leader_target_changes": lambda: counts["ubah_target"],
            "perubahan_approved": lambda: counts["setujui_perubahan"],
            "perubahan_returned": lambda: counts["kembalikan_perubahan"],
            "feedback": lambda: counts["umpan_balik"],
            "member_replies": lambda: counts["balas_umpan_balik"],
            "dialog_records": lambda: counts["catatan_dialog"],
            "dialog_confirmed": lambda: counts["catatan_dibaca"],
            "feedback_kinds": lambda: [f.kind.replace("_", " ") for f in state.team.feedback],
            "skp_versions": lambda: len(review.versions),
            "target_now": lambda: {str(n): _number(state.skp.iki[int(n) - 1].target)
                                   if int(n) <= len(state.skp.iki) else None for n in wanted},
            "approved_by": lambda: "leader" if counts["setujui"] + counts["ubah_target"] and all(
                r.actor_key == self.store.pseudonym(leader) for r in self.store.audit_trail(member)
                if r.action in ("setujui", "ubah_target")) else "someone else",
            "member_data": lambda: "deleted" if self.store.load(member) is None
            and self.store.reviewer_of(member) is None else "kept",
            "penetapan_messages_to_member": lambda: sum(n for k, n in self.inbox["member"].keys.items()
                                                        if ":versi:" in k),
            "pairing_messages_to_member": lambda: sum(n for k, n in self.inbox["member"].keys.items()
                                                      if k.startswith("pasangan:")),
            "duplicate_proactive_messages": lambda: sum(n - 1 for inbox in self.inbox.values()
                                                        for counts in (inbox.keys, inbox.texts)
                                                        for n in counts.values() if n > 1),
        }
        numbers = {iki.indikator: n for n, iki in enumerate(state.skp.iki, start=1)}  # the year keys records by text
        values["entries"] = lambda: len(state.year.entries)
        for quarter in range(1, 5):
            values[f"realisasi_TW{quarter}"] = lambda q=quarter: {
                str(numbers.get(r.iki, "?")): _number(r.value) for r in state.year.realisasi if r.quarter == q}
        if key.startswith("iki_") and key[4:].isdigit():
            n = int(key[4:])
            return state.skp.iki[n - 1].indikator if n <= len(state.skp.iki) else None
        return values[key]() if key in values else _UNCHECKED

    def _check_trail(self) -> None:
        """The audit trail agrees with the state: one «ditetapkan» entry per version, and every decision of the
        current submission has its entry."""
        member = self.users["member"]
        state = self.engines[0].state(member)
        if state == type(state)():
            return
        trail = self.store.audit_trail(member)
        review = state.team.review
        versions = sum(1 for r in trail if r.action == "ditetapkan")
        if versions != len(review.versions):
            self.problems.append(f"akhir: {versions} catatan «ditetapkan» di riwayat, {len(review.versions)} versi")
        refs = {r.ref for r in trail}
        missing = [d for d in review.decisions if f"{d.round}:{d.index}" not in refs]
        if missing and not any(d.index != i for i, d in enumerate(review.decisions)):
            self.problems.append(f"akhir: {len(missing)} keputusan tanpa catatan di riwayat")


_UNCHECKED = object()


def _status(wanted, got: str):
    return wanted if STATUS.get(str(wanted), wanted) == got else got


def _number(target) -> float | None:
    found = re.search(r"\d+(?:[.,]\d+)?", str(target or ""))
    if not found:
        return None
    value = float(found[0].replace(",", "."))
    return int(value) if value.is_integer() else value


def run_one(conversation: dict, retriever=None) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        run = PairRun(conversation, Path(folder), retriever)
        for number, step in enumerate(conversation["steps"], start=1):
            run.step(number, step)
        run.check_end(conversation.get("end", {}).get("expect", {}))
        run.store.close()
    return run.problems


def show(conversation_id: str, retriever=None) -> None:
    """Print one conversation's transcript: each step, what every user received, and the problems it raised."""
    conversation = next((c for c in load_pairs() if c["id"] == conversation_id), None)
    if conversation is None:
        print(f"tidak ada percakapan {conversation_id}")
        return
    with tempfile.TemporaryDirectory() as folder:
        run = PairRun(conversation, Path(folder), retriever)
        for number, step in enumerate(conversation["steps"], start=1):
            before = {role: len(run.inbox[role].batches) for role in ROLES}
            problems = len(run.problems)
            run.step(number, step)
            said = step.get("say") or (f"[tap] {step['tap']}" if "tap" in step else "(lihat)")
            print(f"\n── {number}. {step['who'].upper()}: {said}\n   want: {step.get('want', '')}")
            for role in ROLES:
                for batch in run.inbox[role].batches[before[role]:]:
                    for message in batch:
                        print(f"   → {role}: " + message.text.replace("\n", "\n        "))
                        if message.buttons:
                            print(f"     BUTTONS: {[label for label, _ in message.buttons]}")
            for problem in run.problems[problems:]:
                print(f"   !! {problem}")
        show_end(run, conversation)
        run.store.close()


def eval_pairs(retriever=None) -> dict:
    conversations = load_pairs()
    passed, counts, failures = defaultdict(int), defaultdict(int), []
    for conversation in conversations:
        problems = run_one(conversation, retriever)
        split = conversation["split"]
        counts[split] += 1
        passed[split] += not problems
        if problems:
            failures.append((conversation["id"], split, problems))
    figures = {f"pairs_pass_{s}": passed[s] / counts[s] if counts[s] else 0.0 for s in ("dev", "holdout")}
    print(f"Percakapan dua orang (evals/pairs, {len(conversations)} ditulis buta; anggota dan atasan di satu store, "
          "dua replika)   sebelum | sekarang | target")
    for split in ("dev", "holdout"):
        print(f"  {split:<8} percakapan lolos   {'0%':>7} | {passed[split]:>2}/{counts[split]:<2} "
              f"({figures[f'pairs_pass_{split}']:.0%}) | 100%")
    print("  sebelum: base16 belum punya sisi atasan (/atasan, /ajukan, /tim tidak dikenal), jadi tidak ada yang lolos.")
    for name, split, problems in failures:
        print(f"  {name} ({split}): " + "; ".join(problems[:4]) + (f" (+{len(problems) - 4})" if len(problems) > 4 else ""))
    return figures
