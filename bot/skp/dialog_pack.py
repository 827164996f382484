"""The dialog kinerja pack: agenda for the leader–employee dialogue and a rencana aksi per RHK, as text and DOCX."""

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from io import BytesIO

from pydantic import BaseModel, Field

from bot import knowledge, render
from bot.lang.dates import quarter_mark, quarter_pattern
from bot.lang.numbers import format_number, parse_target
from bot.models import IkiDraft, Pegawai, SkpDraft
from bot.render import target_text
from bot.rules.measures import Trend, looser_than_baseline, trend_of
from bot.skp import skp_form
from bot.skp.rhk import draft_rhk, result_parts

QUARTERS = tuple(quarter_mark(quarter) for quarter in range(1, 5))


class Step(BaseModel):
    quarter: str
    action: str
    target: str


class ActionPlan(BaseModel):
    rhk: str
    indikator: str
    steps: list[Step]


class RecordSection(BaseModel):
    """One part of what happened in the period (bot.year.dialog_record): a table, or `empty` said when it has no
    rows."""

    title: str
    headers: list[str]
    rows: list[list[str]] = Field(default_factory=list)
    empty: str = ""
    note: str = ""  # said under the table («… dan 12 catatan lain: /ekspor»)


class DialogPack(BaseModel):
    results: list[tuple[str, str, str]]  # (RHK, IKI, target)
    berakhlak: list[tuple[str, list[str]]]
    support: list[str]
    reporting: list[str]
    consequences: tuple[str, str]
    questions: list[str]
    plans: list[ActionPlan]
    pegawai: Pegawai = Field(default_factory=Pegawai)  # /profil: the identity block and the signatures
    period: str = ""  # the period the record covers («1 Januari–27 Maret 2026»); empty before any record
    record: list[RecordSection] = Field(default_factory=list)  # what happened in it, from the year's records
    plans_agreed: bool = False  # the plans are the stages accepted in /rencana, not the generic quarters


@knowledge.cached
def _content() -> dict:
    return knowledge.data("dialog_pack")


def default_questions() -> tuple[str, ...]:
    return tuple(_content()["pertanyaan"])


IN_PROGRESS = "dalam proses"  # a deliverable's quarter before it is due: none of it delivered yet


@dataclass(frozen=True)
class Quarter:
    """One quarter's target: a number (with the target's bound and a note), or words when there is no number yet."""

    value: float | None
    note: str = ""  # "kumulatif", "selesai"; the words themselves when value is None ("dipantau", "dalam proses")
    bound: str = ""  # "≤" / "≥" shown before the number


def quarters(iki: IkiDraft, first: int = 1, start: float | None = None) -> list[Quarter]:
    """The target per quarter of an SKP that covers the year from quarter `first` (agreed mid-year: the quarters
    before it are «-», and what the year asks is spread over the quarters left, tester19 #1). start: where the plan
    stood at the end of the quarter before `first` (a perubahan SKP: the quarters that ended under the earlier version
    keep its plan, bot.year.quarter_plan), the new target spread over the quarters left from there, not from 0 or
    the baseline."""
    planned = _quarters(iki)
    if first <= 1 or first > 4 or iki.target_triwulan:
        return planned
    target = parse_target(iki.target)
    spread = len(QUARTERS) + 1 - first
    before = [Quarter(None, "-")] * (first - 1)
    trend = trend_of(iki)
    baseline = parse_target(iki.baseline)
    if target is None or iki.triwulan_selesai:
        return before + planned[first - 1:]
    if trend is Trend.cumulative:
        done = start or 0.0
        return before + [Quarter(math.ceil(done + (target.value - done) * q / spread), "kumulatif")
                         for q in range(1, spread + 1)]
    origin = start if start is not None else baseline.value if baseline is not None else None
    if origin is not None and trend in (Trend.rate, Trend.lower) and not (trend is Trend.lower and target.value == 0) \
            and not looser_than_baseline(iki):  # moving from the baseline (or the kept plan): over the quarters left
        return before + [Quarter(origin + (target.value - origin) * q / spread) for q in range(1, spread + 1)]
    return before + planned[first - 1:]


def _quarters(iki: IkiDraft) -> list[Quarter]:
    """The target per quarter. Targets the user agreed per quarter (target_triwulan) are kept as they are; else by
    the kind of measure (bot.rules.measures.Trend): a running count grows to the annual target; a one-off deliverable
    is in progress until the quarter it is due; a rate moves from a stated baseline, and without one is monitored
    ("dipantau") until the year's end measures it; a lower-is-better measure holds at its ceiling, or falls from a
    stated baseline; a target looser than its baseline (IKI-BASELINE) is planned as if none were stated, never
    backwards; a yearly score is monitored until the last quarter measures it."""
    target = parse_target(iki.target)
    if iki.target_triwulan:
        return [_agreed(value) for value in iki.target_triwulan]
    if target is None:
        return [Quarter(None, "sepakati")] * 4
    trend = trend_of(iki)
    baseline = parse_target(iki.baseline)
    if trend is Trend.once:
        return _until_due(target.value, iki.triwulan_selesai)
    if trend is Trend.cumulative:
        if iki.triwulan_selesai:  # a few deliverables, all handed over by the quarter agreed
            return _until_due(target.value, iki.triwulan_selesai)
        return [Quarter(math.ceil(target.value * q / 4), "kumulatif") for q in range(1, 5)]
    if trend is Trend.lower and target.value == 0:  # zero incidents: none planned in any quarter, whatever last year's
        return [Quarter(0.0)] * 4
    if baseline is not None and trend in (Trend.rate, Trend.lower) and not looser_than_baseline(iki):
        return [Quarter(baseline.value + (target.value - baseline.value) * q / 4) for q in range(1, 5)]
    if trend is Trend.lower:
        return [Quarter(target.value, bound="≤")] * 4
    # A score, or a rate with no baseline to move from: measured, not planned, until the year's end.
    return [Quarter(None, "dipantau")] * 3 + [Quarter(target.value, bound=target.bound or "")]


def trajectory(iki: IkiDraft, first: int = 1) -> list[str]:
    """quarters() as the dialog pack writes them: "30 Sertifikat (kumulatif)", "≤ 3 Hari", "dipantau"."""
    return [quarter_text(iki, q) for q in quarters(iki, first)]


def quarter_text(iki: IkiDraft, quarter: Quarter) -> str:
    """One quarter's target in the IKI's unit, as the dialog pack writes it."""
    return _text(quarter, _unit(iki))


def _text(quarter: Quarter, unit: str) -> str:
    if quarter.value is None:
        return quarter.note
    bound = f"{quarter.bound} " if quarter.bound else ""
    return f"{bound}{format_number(quarter.value)}{unit}" + (f" ({quarter.note})" if quarter.note else "")


def _unit(iki: IkiDraft) -> str:
    unit = render.target_unit(iki)  # the satuan first, as /skp and /capaian say it
    return unit if unit in ("", "%") else f" {unit}"


def _agreed(value) -> Quarter:
    parsed = parse_target(value)
    if parsed is None:
        return Quarter(None, str(value).strip() if value not in (None, "") else "-")
    return Quarter(parsed.value, bound=parsed.bound or "")


def _until_due(value: float, due: int | None) -> list[Quarter]:
    """A deliverable: in progress before its quarter, done from it on; a few of them are finished one by one."""
    if due is None:
        return [Quarter(None, IN_PROGRESS)] * 3 + [Quarter(value, "kapan selesai belum disepakati")]
    steps = []
    for q in range(1, 5):
        done = value if q >= due else math.floor(value * q / due)
        note = "selesai" if q == due else "" if q > due else "kumulatif"
        steps.append(Quarter(done, note) if done else Quarter(None, IN_PROGRESS))
    return steps


def read_quarter_targets(text: str) -> list[str | None] | None:
    """Four targets, TW I to TW IV: "0 0 40% 80%", "0; 0; 40; 80", "TW1 0 TW2 0 TW3 40% TW4 80%" ("-" for a quarter
    with no target); None unless there are four readable values."""
    unlabelled = re.sub(quarter_pattern().pattern + r"\s*[:=]?", " ", text, flags=re.IGNORECASE)
    values = [v for v in re.split(r"\s*[;|]\s*|,\s+|\s+", unlabelled.strip()) if v]
    if len(values) != 4 or any(v != "-" and parse_target(v) is None for v in values):
        return None
    return [None if v == "-" else v for v in values]


def rhk_of(iki: IkiDraft) -> str:
    return iki.rhk or next(iter(draft_rhk(iki.indikator)), iki.indikator)


def proposed_steps(iki: IkiDraft, first: int = 1, targets: list[str] | None = None,
                   stage_actions: list[str] | None = None) -> list[Step]:
    """The generic rencana aksi of an IKI with no stages agreed: one step per quarter toward its trajectory, as the
    dialog pack prints it and the «Rencana Aksi» sheet writes it. An IKI whose year starts at quarter `first` (agreed
    or brought in mid-year) has its own stages over the quarters left, from preparation to completion, never the
    year's later stages alone (tester53 P1-14: «3 Pelaksanaan lanjutan … TW III» for an IKI that began in July).
    `stage_actions`: what the IKI's own proposed stages do in each quarter (bot.year.rencana.quarter_actions), used where
    given in place of the template."""
    hasil = stage_object(iki.indikator)
    stages = _content()["rencana_aksi"]
    skipped = min(max(first, 1), len(stages)) - 1
    actions = [action for _, action in stages]
    own = actions if not skipped else actions[:len(stages) - skipped - 1] + actions[-1:]
    targets = targets or trajectory(iki, first)  # the year's one trajectory when given (bot.year.quarter_plan)
    own = [action.format(hasil=hasil) for action in own]
    if stage_actions:
        own = [mine or template for mine, template in zip(stage_actions[skipped:], own)]
    return [Step(quarter=q, action=action, target=t) for (q, _), action, t in zip(stages[skipped:], own, targets[skipped:])]


def stage_object(indikator: str) -> str:
    """What a generic stage works on: the IKI's result; a result of one word is who it is about, so what must happen
    to them goes with it («satker yang menyampaikan LK tepat waktu», never «koordinasi untuk satker»: tester54 F11)."""
    subject, predicate = result_parts(indikator)
    if not subject:
        return indikator
    return f"{subject} yang {predicate}" if predicate and len(subject.split()) == 1 else subject


def build_pack(skp: SkpDraft, questions: list[str] | None = None, plans: dict[str, list[Step]] | None = None,
               record: list[RecordSection] | None = None, period: str = "", first: int = 1,
               starts: Mapping[str, int] | None = None, planned: Mapping[str, list[str]] | None = None,
               actions: Mapping[str, list[str]] | None = None) -> DialogPack:
    """The pack for the SKP; `plans` (IKI → its accepted rencana aksi stages) replaces the generic quarters for the
    IKI it holds, `record` is what happened in `period`; `starts`: the first triwulan of an IKI a perubahan brought in
    later than `first`, by its text; `planned`: each IKI's quarterly targets through the year's versions, by its text
    (bot.year.quarter_plan: the workbook's and /capaian's one trajectory); `actions`: what each IKI's own proposed
    stages do in each quarter, by its text (bot.year.rencana.quarter_actions), else the template."""
    content = _content()
    agreed_plans, results = [], []
    for iki in skp.iki:
        rhk = rhk_of(iki)
        results.append((rhk, iki.indikator, target_text(iki)))
        steps = (plans or {}).get(iki.indikator) or proposed_steps(iki, (starts or {}).get(iki.indikator, first),
                                                                   (planned or {}).get(iki.indikator),
                                                                   (actions or {}).get(iki.indikator))
        agreed_plans.append(ActionPlan(rhk=rhk, indikator=iki.indikator, steps=steps))
    return DialogPack(
        results=results,
        berakhlak=[(v["nilai"], v["panduan"]) for v in content["berakhlak"]],
        support=content["dukungan_sumber_daya"],
        reporting=content["skema_pertanggungjawaban"],
        consequences=(content["konsekuensi"]["positif"], content["konsekuensi"]["negatif"]),
        questions=questions or default_questions(),
        plans=agreed_plans,
        pegawai=skp.pegawai,
        period=period,
        record=record or [],
        plans_agreed=bool(plans),
    )


def pack_text(pack: DialogPack) -> str:
    lines = ["Bahan dialog kinerja"]
    if pack.pegawai.filled:
        lines += [f"{label}: {value}" for label, value in skp_form.identity(pack.pegawai)]
    lines += ["", "1. Hasil kerja yang diharapkan:"]
    lines += [f"   - {iki} — target {target}" for _, iki, target in pack.results]
    lines += ["", "2. Perilaku kerja (BerAKHLAK) — isi ekspektasi khusus pimpinan bila ada:"]
    lines += [f"   - {nilai}" for nilai, _ in pack.berakhlak]
    lines += ["", "3. Dukungan sumber daya yang dibutuhkan:"] + [f"   - {s}" for s in pack.support]
    lines += ["", "4. Skema pertanggungjawaban:"] + [f"   - {s}" for s in pack.reporting]
    lines += ["", "5. Konsekuensi:", f"   + {pack.consequences[0]}", f"   - {pack.consequences[1]}"]
    lines += ["", "6. Pertanyaan untuk klarifikasi ekspektasi:"] + [f"   - {q}" for q in pack.questions]
    lines += ["", f"7. {_plans_title(pack)}:"]
    for plan in pack.plans:
        lines.append(f"   • {plan.rhk}")
        lines += [f"     {s.quarter}: {s.action} — {s.target}" for s in plan.steps]
    if pack.record:
        lines += ["", f"8. Catatan kinerja periode {pack.period}:"]
        shown, more = _content()["catatan_periode"]["chat_rows"], _content()["catatan_periode"]["chat_more"]
        for section in pack.record:
            lines.append(f"   {section.title}:")
            lines += [f"     - {' · '.join(c for c in row if c)}" for row in section.rows[:shown]] \
                or [f"     {section.empty}"]
            lines += [f"     {more.format(n=len(section.rows) - shown)}"] if len(section.rows) > shown else []
            lines += [f"     {section.note}"] if section.note else []
    return "\n".join(lines)


def _plans_title(pack: DialogPack) -> str:
    return "Rencana aksi per RHK (tahapan yang disepakati di /rencana)" if pack.plans_agreed \
        else "Rencana aksi per RHK (trajektori usulan, sepakati di dialog)"


def pack_docx(pack: DialogPack, title: str = "Bahan Dialog Kinerja") -> bytes:
    from docx import Document

    document = Document()
    document.add_heading(title, level=0)
    _two_columns(document, skp_form.identity(pack.pegawai))
    document.add_heading("1. Hasil kerja yang diharapkan", level=1)
    table = document.add_table(rows=1, cols=3)
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, ("Rencana Hasil Kerja", "Indikator Kinerja Individu", "Target")):
        cell.text = text
    for row in pack.results:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    document.add_heading("2. Perilaku kerja (BerAKHLAK)", level=1)
    for nilai, panduan in pack.berakhlak:
        document.add_paragraph(nilai, style="List Number")
        for guide in panduan:
            document.add_paragraph(guide, style="List Bullet 2")
        document.add_paragraph("Ekspektasi khusus pimpinan: ______________________________")
    for heading, items in (("3. Dukungan sumber daya", pack.support), ("4. Skema pertanggungjawaban", pack.reporting),
                           ("5. Konsekuensi", list(pack.consequences)),
                           ("6. Pertanyaan untuk klarifikasi ekspektasi", pack.questions)):
        document.add_heading(heading, level=1)
        for item in items:
            document.add_paragraph(item, style="List Bullet")
    document.add_heading("7. Rencana aksi per RHK", level=1)
    document.add_paragraph(_plans_title(pack).removeprefix("Rencana aksi per RHK ").strip("()").capitalize() + ".")
    for plan in pack.plans:
        document.add_paragraph(plan.rhk, style="Heading 3")
        headers = ("Bulan", "Tahapan", "Target / status") if pack.plans_agreed else ("Triwulan", "Tahapan", "Target")
        _table(document, headers, [[step.quarter, step.action, step.target] for step in plan.steps])
    if pack.record:
        document.add_heading(f"8. Catatan kinerja periode {pack.period}", level=1)
        for section in pack.record:
            document.add_heading(section.title, level=2)
            if section.rows:
                _table(document, section.headers, section.rows)
            else:
                document.add_paragraph(section.empty)
            if section.note:
                document.add_paragraph(section.note)
    _signatures(document, pack.pegawai)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _table(document, headers, rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, headers):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text


def _two_columns(document, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value


def _signatures(document, pegawai: Pegawai) -> None:
    """Both parties sign what they agreed: the employee on the left, the leader who rates them on the right."""
    document.add_paragraph("")
    document.add_paragraph("Disepakati dalam dialog kinerja, tanggal ____________________")
    table = document.add_table(rows=1, cols=2)
    for cell, (who, jabatan, name, nip) in zip(table.rows[0].cells, skp_form.signatures(pegawai)):
        cell.text = f"{who}\n{jabatan}\n\n\n{name}\n{nip}"
