"""The year's sheets in the /ekspor workbook, after the SKP and in the order e-Kinerja asks: Rencana Aksi (RHK, IKI,
tahapan, bulan), Catatan Harian (tanggal, uraian, RHK, IKI, kuantitas, bukti), Realisasi per TW (target, realisasi,
capaian, catatan)."""

from datetime import date
from io import BytesIO

from openpyxl import load_workbook
from openpyxl.styles import Font

from bot.models import SkpDraft
from bot.skp.dialog_pack import proposed_steps, rhk_of
from bot.year.capaian import capaian_all, quarter_note
from bot.year.logbook import described, figure_text
from bot.year.models import EntryStatus, YearState
from bot.year.periods import months_text, quarter_label
from bot.year.rencana import follow_targets

SHEETS = ("Rencana Aksi", "Catatan Harian", "Realisasi per TW")
PROPOSED = "usulan, sepakati di dialog"


def has_records(year: YearState) -> bool:
    return bool(year.rencana or year.entries or year.realisasi)


def add_year_sheets(workbook: bytes, skp: SkpDraft, year: YearState, today: date) -> bytes:
    """The workbook with the three sheets inserted right after its first (the SKP)."""
    book = load_workbook(BytesIO(workbook))
    numbers = {iki.indikator: i + 1 for i, iki in enumerate(skp.iki)}
    rhk = {iki.indikator: iki.rhk or "" for iki in skp.iki}
    plans = follow_targets(year.rencana, skp)
    planned = {plan.iki for plan in plans}

    def label(key: str | None) -> str:
        return f"IKI {numbers[key]}: {key}" if key in numbers else (f"{key} (tidak lagi di SKP)" if key else "")

    rows = {
        "Rencana Aksi": [["No", "RHK", "IKI", "Tahapan", "Bulan", "Bagian target", "Selesai"]] + [
            [n, rhk.get(plan.iki, ""), label(plan.iki), stage.name, months_text(stage.months),
             stage.share if stage.share is not None else "", stage.done.isoformat() if stage.done else ""]
            for plan in plans for n, stage in enumerate(plan.stages, start=1)] + [
            # an IKI with no stages agreed: the proposal /dialog prints, marked as one to agree on
            [n, rhk_of(iki), label(iki.indikator), step.action, step.quarter, step.target, PROPOSED]
            for iki in skp.iki if iki.indikator not in planned
            for n, step in enumerate(proposed_steps(iki), start=1)],
        "Catatan Harian": [["Tanggal", "Uraian", "RHK", "IKI", "Kuantitas", "Durasi (menit)", "Bukti"]] + [
            [e.day.isoformat(), described(e), rhk.get(e.iki or "", ""),
             label(e.iki) if e.status is EntryStatus.linked else
             "di luar SKP" if e.status is EntryStatus.outside else "belum dipilih",
             e.quantity if e.quantity is not None else figure_text(e), e.minutes or "",
             "; ".join(item.name or item.file_id or item.path for item in e.evidence)]
            for e in sorted(year.entries, key=lambda e: (e.day, int(e.id[1:])))],
        "Realisasi per TW": [["IKI", "Triwulan", "Target", "Realisasi", "Capaian thd target TW (%)", "Catatan"]] + [
            [label(c.iki), quarter_label(f.quarter), f.planned, f.value if f.value is not None else "",
             round(f.capaian, 1) if f.capaian is not None else "", quarter_note(c.trend, f)]
            for c in capaian_all(skp, year, today) for f in c.quarters],
    }
    for offset, name in enumerate(SHEETS, start=1):
        sheet = book.create_sheet(name, offset)
        for row in rows[name]:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    out = BytesIO()
    book.save(out)
    return out.getvalue()
