"""The year's sheets in the /ekspor workbook, after the SKP and in the order e-Kinerja asks: Rencana Aksi (RHK, IKI,
tahapan, bulan), Catatan Harian (tanggal, uraian, RHK, IKI, kuantitas, bukti), Realisasi per TW (target, realisasi,
capaian, catatan)."""

from datetime import date
from io import BytesIO

from openpyxl import load_workbook
from openpyxl.styles import Font

from bot.models import IkiDraft, SkpDraft
from bot.render import target_text
from bot.skp.dialog_pack import IN_PROGRESS, QUARTERS, Step, proposed_steps, rhk_of
from bot.skp.export import cell_number
from bot.skp.readiness import satuan_of
from bot.year import quarter_plan
from bot.year.capaian import QuarterFigure, capaian_all, quarter_note
from bot.year.logbook import described, figure_text
from bot.year.models import EntryStatus, YearState
from bot.year.periods import months_text, quarter_end, quarter_label, quarter_months
from bot.year.rencana import follow_targets, quarter_actions
from bot.year.versions import agreed_on, began, iki_first_quarter, reasons

SHEETS = ("Rencana Aksi", "Catatan Harian", "Realisasi per TW")
# Said in the «Keterangan» column of a proposed stage, never in «Selesai»: that column holds the date a stage was
# done, the one thing a reviewer reads there (files35 #2).
PROPOSED = "usulan dari trajektori target, belum disepakati: sepakati di dialog kinerja"
AGREED = "tahapan yang disepakati"
VERSIONS = "Versi SKP"


def quarters_before(year: YearState, key: str) -> set[str]:
    """The quarters that ended before a perubahan brought the IKI in, or before the SKP was agreed («TW I», «TW II»):
    no stage is proposed there."""
    start = began(year, key) or agreed_on(year)
    return {quarter_label(q) for q in range(1, 5) if start is not None and quarter_end(start.year, q) < start}


def proposed_rows(year: YearState, iki: IkiDraft, today: date) -> list[tuple[Step, str, str]]:
    """The proposed stages of an IKI with none agreed, as its own: only the quarters it is under, each with its months
    (the first from the month the IKI or the SKP began: «Jul–Sep», «Agu–Sep») and its target from the year's one
    trajectory (quarter_plan: a quarter that ended under an earlier SKP version with the plan agreed then, tester53
    P1-13, P1-14, tester54 F6)."""
    first = iki_first_quarter(year, iki.indikator)
    start = began(year, iki.indikator) or agreed_on(year)
    measured = year.performance_year(today)
    before = quarters_before(year, iki.indikator)
    rows = []
    for step in proposed_steps(iki, first, quarter_plan.texts(year, iki), quarter_actions(iki, first)):
        if step.quarter in before:
            continue
        q = QUARTERS.index(step.quarter) + 1
        months = [m for m in quarter_months(q) if start is None or start.year != measured or m >= start.month]
        rows.append((step, months_text(months or quarter_months(q)), step.target))
    return rows


def version_rows(year: YearState) -> list[list]:
    """«Versi SKP»: every version's IKI with its date and reason, so an IKI replaced or dropped by a perubahan stays
    readable beside the one that took its place (tester17 #4)."""
    labels = reasons()
    head = [["Versi", "Tanggal", "Alasan", "Penjelasan", "No", "IKI", "Target", "Jenis", "Bobot (%)", "Keterangan"]]
    rows = []
    for k, v in enumerate(year.versions):
        later = {i.indikator for i in year.versions[k + 1].skp.iki} if k + 1 < len(year.versions) else None
        earlier = {i.indikator for i in year.versions[k - 1].skp.iki} if k else None
        for n, iki in enumerate(v.skp.iki, start=1):
            note = "baru pada versi ini" if earlier is not None and iki.indikator not in earlier else ""
            if later is not None and iki.indikator not in later:
                note = (note + "; " if note else "") + f"tidak ada lagi sejak versi {v.number + 1}"
            rows.append([v.number, v.on.isoformat(), labels.get(v.reason, "penetapan") if v.reason else "penetapan",
                         v.note, n, iki.indikator, target_text(iki) if iki.target is not None else "",  # «200 kapal»
                         iki.jenis.label if iki.jenis else "",
                         iki.bobot if iki.bobot is not None else "", note])
    return head + rows


def _target_cell(f: QuarterFigure) -> float | int | str:
    """The quarter's target as a number in the IKI's satuan: a deliverable not due yet («dalam proses») is 0 of it,
    as the row's Realisasi 0 is (play41 #8: Target and Satuan were blank beside «1 pedoman» the other rows show);
    a plan with no number («dipantau») leaves it empty."""
    if f.planned_value is not None:
        return cell_number(f.planned_value)
    return 0 if f.planned == IN_PROGRESS else ""


def has_records(year: YearState) -> bool:
    return bool(year.rencana or year.entries or year.realisasi)


def added(year: YearState) -> tuple[str, ...]:
    """The year's sheets the export carries: the three with the year's records, «Versi SKP» once a perubahan made a
    second version, with records or without (tester56 F11: a mutasi with no catatan yet exported no «Versi SKP», which
    the mutasi answer had promised, and the dropped IKI were nowhere)."""
    return (SHEETS if has_records(year) else ()) + ((VERSIONS,) if len(year.versions) > 1 else ())


def add_year_sheets(workbook: bytes, skp: SkpDraft, year: YearState, today: date) -> bytes:
    """The workbook with the year's sheets (added) inserted right after its first (the SKP)."""
    book = load_workbook(BytesIO(workbook))
    numbers = {iki.indikator: i + 1 for i, iki in enumerate(skp.iki)}
    rhk = {iki.indikator: iki.rhk or "" for iki in skp.iki}
    satuan = {iki.indikator: satuan_of(iki) for iki in skp.iki}
    plans = follow_targets(year.rencana, skp)
    planned = {plan.iki for plan in plans}

    def label(key: str | None) -> str:
        return f"IKI {numbers[key]}: {key}" if key in numbers else (f"{key} (tidak lagi di SKP)" if key else "")

    rows = {
        "Rencana Aksi": [["No", "RHK", "IKI", "Tahapan", "Bulan", "Bagian target", "Selesai", "Keterangan"]] + [
            [n, rhk.get(plan.iki, ""), label(plan.iki), stage.name, months_text(stage.months),
             stage.share if stage.share is not None else "", stage.done.isoformat() if stage.done else "", AGREED]
            for plan in plans for n, stage in enumerate(plan.stages, start=1)] + [
            # an IKI with no stages agreed: the proposal /dialog prints, not done, marked as one to agree on
            [n, rhk_of(iki), label(iki.indikator), step.action, months, target, "", PROPOSED]
            for iki in skp.iki if iki.indikator not in planned
            for n, (step, months, target) in enumerate(proposed_rows(year, iki, today), start=1)],
        "Catatan Harian": [["Tanggal", "Uraian", "RHK", "IKI", "Kuantitas", "Durasi (menit)", "Bukti"]] + [
            [e.day.isoformat(), described(e), rhk.get(e.iki or "", ""),
             label(e.iki) if e.status is EntryStatus.linked else
             "di luar SKP" if e.status is EntryStatus.outside else "belum dipilih",
             e.quantity if e.quantity is not None else figure_text(e), e.minutes or "",
             "; ".join(item.name or item.file_id or item.path for item in e.evidence)]
            for e in sorted(year.entries, key=lambda e: (e.day, int(e.id[1:])))],
        # a count's capaian is its running total against the cumulative target: the running total has its own column,
        # so «realisasi 2 · capaian 66,7%» of «6 (kumulatif)» adds up (4 of 6; tester18 #3)
        # the quarter's target a number with its Satuan, as the SKP sheet writes targets, the plan as the chat says it
        # beside them («≤ 30 menit», «300 berkas (kumulatif)»); a plan with no number («dalam proses», «dipantau»)
        # leaves Target empty
        "Realisasi per TW": [["IKI", "Triwulan", "Target", "Satuan", "Rencana", "Realisasi TW", "Realisasi kumulatif",
                              "Capaian thd target TW (%)", "Catatan"]] + [
            [label(c.iki), quarter_label(f.quarter), _target_cell(f),
             satuan[c.iki] if _target_cell(f) != "" else "", f.planned, f.value if f.value is not None else "",
             f.cumulative if f.cumulative is not None else "",
             round(f.capaian, 1) if f.capaian is not None else "", quarter_note(c.trend, f)]
            for c in capaian_all(skp, year, today) for f in c.quarters],
    }
    gone = [r for r in year.realisasi if r.iki not in numbers]  # an IKI replaced or dropped: its figures, as history
    rows["Realisasi per TW"] += [[label(r.iki), quarter_label(r.quarter), "", "", "",
                                  r.value if r.value is not None else "", "", "",
                                  "IKI lama (lihat lembar «Versi SKP»)"] for r in gone]
    names = added(year)
    rows[VERSIONS] = version_rows(year)
    for offset, name in enumerate(names, start=1):
        sheet = book.create_sheet(name, offset)
        for row in rows[name]:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    out = BytesIO()
    book.save(out)
    return out.getvalue()
