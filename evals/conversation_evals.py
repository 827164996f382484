"""Scripted conversations through the real engine (evals/conversations.yaml), each ending with a checked state: the
SKP draft, the step left open, the exported workbook, the dialog trajectory, the MPPH workbook. Prints the pass
rate (`iki eval conversations`).

A conversation is a list of steps and an `end`. A step is one of
  say: TEXT            a typed message          press: DATA      a button (its callback data)
  tap: LABEL           the button shown last whose label contains LABEL (case-insensitive), as a user taps it
  restart: true        a new engine on the same state store (a deploy, a crash)
  resume: true         what the chat shows when it opens again (Engine.pending)
with optional checks on that step's replies: `expect` (substrings that must appear), `expect_not` (that must not),
`buttons` (button data that must be offered). `end` may check:
  iki_count: N
  iki: [{n: 1, indikator: …, target: …, satuan: …, jenis: core_tusi, bobot: 40, aspek: waktu, baseline: …,
         rhk_contains: …}]          (fields compared as written; n counts from 1)
  open: prima | edit | mpph | rhk | profil | none   which flow waits for an answer
  pegawai: {nama: …, nip: …}                  the /profil fields kept
  prima: {step: M, field: bobot, paused: false}
  export: {file: NAME, sheets: [..], cells: {"SKP!B10": "Waktu"}, findings_contain: [..]}
  dialog_trajectory: {1: ["≤ 3 Hari", …]}       the dialog pack's quarterly targets of IKI 1
  mpph_export: {sheets: [..], contains: [..]}     the workbook the MPPH flow sends
  exported: true                                  an /ekspor workbook (draf-skp*.xlsx) was sent
"""

import tempfile
from io import BytesIO
from pathlib import Path

import yaml

from evals.common import HERE


def load_conversations() -> list[dict]:
    return yaml.safe_load((HERE / "conversations.yaml").read_text(encoding="utf-8"))


class _Run:
    """One conversation against a real engine and a real SQLite store in a temporary folder."""

    fold_case = False  # `expect` snippets match as written: our own sets check case where it matters («Ya.», «CL»)

    def __init__(self, folder: Path, retriever):
        self.folder, self.retriever = folder, retriever
        self.engine = self._engine()
        self.files: dict[str, bytes] = {}
        self.problems: list[str] = []
        self.shown: list = []  # the buttons of the last replies, which a `tap` step picks from by label
        self.texts: list[str] = []  # every step's replies, for a report

    def _engine(self):
        from bot.conversation import Engine
        from bot.storage.sqlite import SqliteStore

        self.store = SqliteStore(self.folder / "state.sqlite3")
        return Engine(self.store, retriever=lambda: self.retriever, rate_limit=10**6)

    def step(self, number: int, step: dict) -> None:
        user = "eval"
        if step.get("restart"):
            self.engine = self._engine()
            return
        where = f"langkah {number} ({step.get('say') or step.get('press') or step.get('tap') or 'resume'!r})"
        if step.get("resume"):
            replies = self.engine.pending(user)
        elif "press" in step:
            replies = self.engine.press(user, str(step["press"]))
        elif "tap" in step:
            button = self.button_for(str(step["tap"]))
            if button is None:
                self.problems.append(f"{where}: tidak ada tombol «{step['tap']}» di antara yang terakhir ditampilkan: "
                                     f"{[b.label for b in self.shown]}")
                return
            replies = self.engine.press(user, button.data)
        else:
            replies = self.engine.handle(user, str(step["say"]))
        buttons = [b for r in replies for b in r.buttons]
        if buttons:  # a reply without buttons leaves the last ones on screen, just above it
            self.shown = buttons
        self.texts.append("\n".join(r.text for r in replies))
        for reply in replies:
            if reply.file:
                self.files[reply.file.name] = reply.file.data
        text = "\n".join(r.text for r in replies)
        data = [b.data for r in replies for b in r.buttons]
        for wanted in step.get("expect", []):
            if not (_holds(text.lower(), wanted.lower()) if self.fold_case else _holds(text, wanted)):
                self.problems.append(f"{where}: tidak ada «{wanted}» dalam balasan: {text[:300]!r}")
        for unwanted in step.get("expect_not", []):
            if (unwanted.lower() in text.lower()) if self.fold_case else unwanted in text:
                self.problems.append(f"{where}: ada «{unwanted}» yang tidak boleh muncul")
        for button in step.get("buttons", []):
            if button not in data:
                self.problems.append(f"{where}: tombol {button} tidak ditawarkan (ada: {data})")

    def button_for(self, label: str):
        """The shown button whose label holds the tapped words, None when none does."""
        return next((b for b in self.shown if label.lower() in b.label.lower()), None)

    def check_end(self, end: dict) -> None:
        from bot.rules.measures import aspek_of

        state = self.engine.state("eval")
        iki = state.skp.iki
        if "iki_count" in end and len(iki) != end["iki_count"]:
            self.problems.append(f"akhir: {len(iki)} IKI, seharusnya {end['iki_count']}")
        for wanted in end.get("iki", []):
            n = wanted["n"]
            if n > len(iki):
                self.problems.append(f"akhir: tidak ada IKI {n}")
                continue
            got = iki[n - 1]
            for field, value in wanted.items():
                if field == "n":
                    continue
                if field == "rhk_contains":
                    if value not in (got.rhk or ""):
                        self.problems.append(f"akhir: RHK IKI {n} «{got.rhk}» tidak memuat «{value}»")
                    continue
                actual = aspek_of(got) if field == "aspek" else getattr(got, field)  # aspek follows the measure
                actual = actual.value if hasattr(actual, "value") else actual
                if str(actual) != str(value) and not (isinstance(actual, float) and float(value) == actual):
                    self.problems.append(f"akhir: IKI {n} {field} = {actual!r}, seharusnya {value!r}")
        if "open" in end:
            self._check_open(state, end["open"])
        for field, value in (end.get("pegawai") or {}).items():
            if getattr(state.skp.pegawai, field) != str(value):
                self.problems.append(f"akhir: profil {field} = {getattr(state.skp.pegawai, field)!r}, seharusnya {value!r}")
        for field, value in (end.get("prima") or {}).items():
            actual = getattr(state.prima, field, None) if state.prima else None
            if actual != value:
                self.problems.append(f"akhir: PRIMA {field} = {actual!r}, seharusnya {value!r}")
        if "export" in end:
            self._check_export(end["export"])
        if "dialog_trajectory" in end:
            self._check_trajectory(state, end["dialog_trajectory"])
        if "mpph_export" in end:
            self._check_mpph(end["mpph_export"])
        # the /profil name may lead the name: «rina-wulandari-draf-skp-BELUM-SIAP.xlsx» (tester24 #9)
        if end.get("exported") and not any(name.startswith("draf-skp") or "-draf-skp" in name for name in self.files):
            self.problems.append(f"akhir: tidak ada berkas /ekspor yang dikirim (ada: {list(self.files)})")

    def _check_open(self, state, wanted: str) -> None:
        from bot.conversation.prima import is_open

        flows = {"edit": bool(state.edit), "mpph": bool(state.mpph), "rhk": bool(state.rhk), "profil": bool(state.profil),
                 "prima": is_open(state)}
        open_now = [name for name, on in flows.items() if on] or ["none"]
        if wanted not in open_now:
            self.problems.append(f"akhir: yang terbuka {open_now}, seharusnya {wanted}")

    def _workbook(self, name: str):
        from openpyxl import load_workbook

        # the /profil name leads an export's name («dr-bayu-…-draf-skp.xlsx», tester24 #9): the kind is what is checked
        sent = name if name in self.files else next((f for f in self.files if f.endswith("-" + name)), None)
        if sent is None:
            self.problems.append(f"akhir: berkas {name} tidak dikirim (ada: {list(self.files)})")
            return None
        return load_workbook(BytesIO(self.files[sent]))

    def _check_export(self, wanted: dict) -> None:
        book = self._workbook(wanted.get("file", "draf-skp.xlsx"))
        if book is None:
            return
        for sheet in wanted.get("sheets", []):
            if sheet not in book.sheetnames:
                self.problems.append(f"akhir: lembar «{sheet}» tidak ada ({book.sheetnames})")
        for ref, value in wanted.get("cells", {}).items():
            sheet, _, cell = ref.rpartition("!")
            sheet = sheet or book.sheetnames[0]
            actual = book[sheet][cell].value if sheet in book.sheetnames else None
            if str(actual) != str(value):
                self.problems.append(f"akhir: sel {ref} = {actual!r}, seharusnya {value!r}")
        findings = " ".join(str(c.value) for row in book["Temuan"].iter_rows() for c in row) if "Temuan" in book.sheetnames else ""
        for wanted_text in wanted.get("findings_contain", []):
            if wanted_text not in findings:
                self.problems.append(f"akhir: lembar Temuan tidak memuat «{wanted_text}»")

    def _check_trajectory(self, state, wanted: dict) -> None:
        from bot.skp.dialog_pack import trajectory

        for n, quarters in wanted.items():
            got = trajectory(state.skp.iki[int(n) - 1]) if int(n) <= len(state.skp.iki) else None
            if got != quarters:
                self.problems.append(f"akhir: trajektori IKI {n} = {got}, seharusnya {quarters}")

    def _check_mpph(self, wanted: dict) -> None:
        book = self._workbook("mpph.xlsx")
        if book is None:
            return
        for sheet in wanted.get("sheets", []):
            if sheet not in book.sheetnames:
                self.problems.append(f"akhir: lembar MPPH «{sheet}» tidak ada ({book.sheetnames})")
        cells = " ".join(str(c.value) for s in book.worksheets for row in s.iter_rows() for c in row if c.value)
        for text in wanted.get("contains", []):
            if text not in cells:
                self.problems.append(f"akhir: MPPH tidak memuat «{text}»")
        for text in wanted.get("not_contains", []):
            if text in cells:
                self.problems.append(f"akhir: MPPH memuat «{text}» yang tidak boleh ada")


def eval_conversations(retriever=None) -> dict:
    from bot.retrieval.retriever import Retriever

    retriever = retriever or Retriever()
    conversations = load_conversations()
    failed = []
    for conversation in conversations:
        with tempfile.TemporaryDirectory() as folder:
            run = _Run(Path(folder), retriever)
            for number, step in enumerate(conversation["steps"], start=1):
                run.step(number, step)
            run.check_end(conversation.get("end", {}))
            run.store.close()
        if run.problems:
            failed.append((conversation["id"], conversation.get("about", ""), run.problems))
    passed = len(conversations) - len(failed)
    print(f"Percakapan: {passed}/{len(conversations)} lolos = {passed / len(conversations):.3f} (evals/conversations.yaml)")
    for cid, about, problems in failed:
        print(f"  {cid} ({about}):")
        print("\n".join(f"    - {p}" for p in problems[:6]))
    return {"conversation_pass_rate": passed / len(conversations)}


def _holds(text: str, wanted: str) -> bool:
    """`wanted` in the replies; a number written without grouping («3000») also as Indonesian writes it («3.000»)."""
    if wanted in text:
        return True
    return wanted.isdigit() and len(wanted) > 3 and f"{int(wanted):,}".replace(",", ".") in text
