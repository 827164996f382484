"""The dialog kinerja pack: agenda for the leader–employee dialogue and a rencana aksi per RHK, as text and DOCX."""

import math
from io import BytesIO

from pydantic import BaseModel

from bot import knowledge
from bot.lang.numbers import format_number, parse_target
from bot.models import IkiDraft, SkpDraft
from bot.render import target_text
from bot.rules.measures import Trend, trend_of
from bot.skp.rhk import draft_rhk, result_phrase

QUARTERS = ("TW I", "TW II", "TW III", "TW IV")


class Step(BaseModel):
    quarter: str
    action: str
    target: str


class ActionPlan(BaseModel):
    rhk: str
    indikator: str
    steps: list[Step]


class DialogPack(BaseModel):
    results: list[tuple[str, str, str]]  # (RHK, IKI, target)
    berakhlak: list[tuple[str, list[str]]]
    support: list[str]
    reporting: list[str]
    consequences: tuple[str, str]
    questions: list[str]
    plans: list[ActionPlan]


@knowledge.cached
def _content() -> dict:
    return knowledge.data("dialog_pack")


def default_questions() -> tuple[str, ...]:
    return tuple(_content()["pertanyaan"])


def trajectory(iki: IkiDraft) -> list[str]:
    """The target per quarter, by the kind of measure (bot.rules.measures.Trend):
    a running count grows to the annual target; a rate holds at its level, or moves from a stated baseline;
    a lower-is-better measure holds at its ceiling, or falls from a stated baseline; a yearly score is
    monitored until the last quarter measures it."""
    target = parse_target(iki.target)
    if target is None:
        return ["sepakati"] * 4
    unit = "%" if target.is_percent or iki.satuan == "%" else f" {iki.satuan}" if iki.satuan else ""
    trend = trend_of(iki)
    baseline = parse_target(iki.baseline)
    if trend is Trend.cumulative:
        return [f"{format_number(math.ceil(target.value * q / 4))}{unit} (kumulatif)" for q in range(1, 5)]
    if trend is Trend.yearly:
        return ["dipantau"] * 3 + [f"{format_number(target.value)}{unit}"]
    if baseline is not None:
        return [f"{format_number(baseline.value + (target.value - baseline.value) * q / 4)}{unit}" for q in range(1, 5)]
    bound = "≤ " if trend is Trend.lower else ""
    return [f"{bound}{format_number(target.value)}{unit}"] * 4


def build_pack(skp: SkpDraft, questions: list[str] | None = None) -> DialogPack:
    content = _content()
    plans, results = [], []
    for iki in skp.iki:
        rhk = iki.rhk or next(iter(draft_rhk(iki.indikator)), iki.indikator)
        results.append((rhk, iki.indikator, target_text(iki)))
        hasil = result_phrase(iki.indikator) or iki.indikator
        steps = [Step(quarter=q, action=action.format(hasil=hasil), target=t)
                 for (q, action), t in zip(content["rencana_aksi"], trajectory(iki))]
        plans.append(ActionPlan(rhk=rhk, indikator=iki.indikator, steps=steps))
    return DialogPack(
        results=results,
        berakhlak=[(v["nilai"], v["panduan"]) for v in content["berakhlak"]],
        support=content["dukungan_sumber_daya"],
        reporting=content["skema_pertanggungjawaban"],
        consequences=(content["konsekuensi"]["positif"], content["konsekuensi"]["negatif"]),
        questions=questions or default_questions(),
        plans=plans,
    )


def pack_text(pack: DialogPack) -> str:
    lines = ["Bahan dialog kinerja", "", "1. Hasil kerja yang diharapkan:"]
    lines += [f"   - {iki} — target {target}" for _, iki, target in pack.results]
    lines += ["", "2. Perilaku kerja (BerAKHLAK) — isi ekspektasi khusus pimpinan bila ada:"]
    lines += [f"   - {nilai}" for nilai, _ in pack.berakhlak]
    lines += ["", "3. Dukungan sumber daya yang dibutuhkan:"] + [f"   - {s}" for s in pack.support]
    lines += ["", "4. Skema pertanggungjawaban:"] + [f"   - {s}" for s in pack.reporting]
    lines += ["", "5. Konsekuensi:", f"   + {pack.consequences[0]}", f"   - {pack.consequences[1]}"]
    lines += ["", "6. Pertanyaan untuk klarifikasi ekspektasi:"] + [f"   - {q}" for q in pack.questions]
    lines += ["", "7. Rencana aksi per RHK (trajektori usulan, sepakati di dialog):"]
    for plan in pack.plans:
        lines.append(f"   • {plan.rhk}")
        lines += [f"     {s.quarter}: {s.action} — {s.target}" for s in plan.steps]
    return "\n".join(lines)


def pack_docx(pack: DialogPack, title: str = "Bahan Dialog Kinerja") -> bytes:
    from docx import Document

    document = Document()
    document.add_heading(title, level=0)
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
    for plan in pack.plans:
        document.add_paragraph(plan.rhk, style="Heading 3")
        steps = document.add_table(rows=1, cols=3)
        steps.style = "Light Grid Accent 1"
        for cell, text in zip(steps.rows[0].cells, ("Triwulan", "Tahapan", "Target")):
            cell.text = text
        for step in plan.steps:
            for cell, text in zip(steps.add_row().cells, (step.quarter, step.action, step.target)):
                cell.text = text
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()
