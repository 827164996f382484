"""The audit as a terminal summary, an XLSX workbook and a self-contained HTML report with SVG charts."""

import html
from collections import Counter
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

from bot.audit.analysis import Audit, EmployeeAudit
from bot.models import Category, Severity

_FLAG_FILL = PatternFill("solid", fgColor="FDE2E1")


def _pct(value: float) -> str:
    return f"{value * 100:.1f}%".replace(".", ",")


def _issues(e: EmployeeAudit) -> list[str]:
    found = []
    if e.count_flag:
        found.append(f"jumlah IKI {e.count} ({e.count_flag} dari 5–10)")
    for category, label in ((Category.WEIGHT_TOTAL, "bobot"), (Category.MANDATORY_MISSING, "IKI wajib IP ASN belum ada"),
                            (Category.UNTAGGED, "IKI tanpa jenis"), (Category.DUPLICATE, "IKI ganda")):
        if e.has(category):
            found.append(label)
    if e.activity:
        found.append(f"{e.activity} IKI berbasis kegiatan")
    return found


def summary(result: Audit) -> str:
    whole = result.all
    d = whole.distribution
    lines = [
        f"Audit SKP: {len(result.employees)} pegawai, {whole.iki} IKI, {len(result.units)} unit.",
        f"IKI per pegawai: min {d.minimum}, median {d.median:g}, maks {d.maximum}; pencilan: {len(d.outliers)} pegawai.",
        f"IKI berbasis kegiatan (proses): {_pct(whole.activity_share)}.",
        f"Pegawai di luar 5–10 IKI: {_pct(result.share(lambda e: bool(e.count_flag)))}; "
        f"bobot salah: {_pct(result.share(lambda e: e.has(Category.WEIGHT_TOTAL)))}; "
        f"tanpa IP ASN: {_pct(result.share(lambda e: e.has(Category.MANDATORY_MISSING)))}; "
        f"IKI tanpa jenis: {_pct(result.share(lambda e: e.has(Category.UNTAGGED)))}; "
        f"IKI ganda: {_pct(result.share(lambda e: e.has(Category.DUPLICATE)))}.",
    ]
    if result.sheet.rejected:
        lines.append(f"Baris tidak terbaca: {len(result.sheet.rejected)} (lihat lembar «Baris ditolak»).")
    if result.sheet.dropped_values:
        lines.append(f"Baris dengan nilai yang diabaikan: {len(result.sheet.dropped_values)}.")
    return "\n".join(lines)


def write_xlsx(result: Audit, path: Path) -> None:
    book = Workbook(write_only=True)
    overview = book.create_sheet("Ringkasan")
    overview.append(["Unit", "Pegawai", "IKI", "Min IKI", "Median IKI", "Maks IKI", "Pencilan", "Porsi IKI kegiatan"])
    for unit in result.units + [result.all]:
        d = unit.distribution
        overview.append([unit.unit, len(unit.employees), unit.iki, d.minimum, d.median, d.maximum, len(d.outliers),
                         round(unit.activity_share, 4)])
    people = book.create_sheet("Pegawai")
    people.append(["NIP/ID", "Nama", "Jabatan", "Unit", "Peran", "Jumlah IKI", "IKI kegiatan", "Porsi kegiatan",
                   "Di luar 5–10", "Bobot salah", "Tanpa IP ASN", "Tanpa jenis", "IKI ganda", "Catatan"])
    for e in result.employees:
        people.append([e.employee, e.nama, e.jabatan, e.unit, e.peran, e.count, e.activity, round(e.activity_share, 4),
                       e.count_flag or "", _yes(e.has(Category.WEIGHT_TOTAL)), _yes(e.has(Category.MANDATORY_MISSING)),
                       _yes(e.has(Category.UNTAGGED)), _yes(e.has(Category.DUPLICATE)), "; ".join(_issues(e))])
    rows = book.create_sheet("IKI")
    rows.append(["Baris", "NIP/ID", "Indikator", "Sifat", "Temuan"])
    for e in result.employees:
        for number, iki in zip(e.rows, e.result.iki):
            errors = [f.category.value for f in iki.findings if f.severity is Severity.error]
            rows.append([number, e.employee, iki.indikator, iki.kind.value, ", ".join(errors)])
    rejected = book.create_sheet("Baris ditolak")
    rejected.append(["Baris", "Alasan", "Tindakan"])
    for r in result.sheet.rejected:
        rejected.append([r.row, r.why, "tidak diaudit"])
    for r in result.sheet.dropped_values:
        rejected.append([r.row, r.why, "IKI diaudit tanpa nilai itu"])
    book.save(path)


def _yes(flag: bool) -> str:
    return "ya" if flag else ""


def _histogram_svg(counts: list[int], width: int = 640, height: int = 240) -> str:
    if not counts:
        return ""
    tally = Counter(min(c, 30) for c in counts)  # 30+ in one bar keeps the long tail readable
    top = max(tally.values())
    bar_w = (width - 60) / 31
    bars = []
    for n in range(1, 31):
        h = (height - 50) * tally.get(n, 0) / top
        x, y = 40 + (n - 1) * bar_w, height - 30 - h
        ok = 5 <= n <= 10
        label = f"{n}{'+' if n == 30 else ''} IKI: {tally.get(n, 0)} pegawai"
        bars.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" '
                    f'fill="{"#2e7d5b" if ok else "#c0392b"}"><title>{label}</title></rect>')
        if tally.get(n):  # small bars stay readable next to a tall one
            bars.append(f'<text x="{x + bar_w / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" class="count">{tally[n]}</text>')
        if n in (1, 5, 10, 15, 20, 25, 30):
            bars.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - 12}" text-anchor="middle">{n}{"+" if n == 30 else ""}</text>')
    band = (f'<rect x="{40 + 4 * bar_w:.1f}" y="10" width="{6 * bar_w:.1f}" height="{height - 40}" fill="#e8f5ee"/>'
            f'<text x="{40 + 6.5 * bar_w:.1f}" y="{height - 40}" text-anchor="middle" class="muted">rentang 5–10</text>')
    return (f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="Histogram IKI per pegawai">{band}{"".join(bars)}'
            f'<text x="12" y="{height / 2}" transform="rotate(-90 12 {height / 2})" text-anchor="middle" class="muted">pegawai</text></svg>')


def _bars_svg(items: list[tuple[str, float]], width: int = 640) -> str:
    row_h = 26
    height = row_h * len(items) + 10
    parts = []
    for i, (label, share) in enumerate(items):
        y = 5 + i * row_h
        w = (width - 260) * share
        color = "#c0392b" if share > 0.5 else "#e0a800" if share > 0.25 else "#2e7d5b"
        parts.append(f'<text x="0" y="{y + 17}">{html.escape(label[:32])}</text>'
                     f'<rect x="230" y="{y + 4}" width="{width - 260}" height="16" fill="#eef1f4"/>'
                     f'<rect x="230" y="{y + 4}" width="{w:.1f}" height="16" fill="{color}"/>'
                     f'<text x="{236 + w:.1f}" y="{y + 17}">{_pct(share)}</text>')
    return f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="Porsi IKI kegiatan per unit">{"".join(parts)}</svg>'


def write_html(result: Audit, path: Path, source_name: str) -> None:
    whole = result.all
    d = whole.distribution
    cards = [
        ("Pegawai", f"{len(result.employees):,}".replace(",", ".")), ("IKI", f"{whole.iki:,}".replace(",", ".")),
        ("IKI per pegawai", f"{d.minimum}–{d.maximum} (median {d.median:g})"),
        ("IKI berbasis kegiatan", _pct(whole.activity_share)),
        ("Di luar 5–10 IKI", _pct(result.share(lambda e: bool(e.count_flag)))),
        ("Bobot salah", _pct(result.share(lambda e: e.has(Category.WEIGHT_TOTAL)))),
    ]
    worst = sorted(result.employees, key=lambda e: (-len(_issues(e)), -e.activity_share))[:25]
    units = sorted(result.units, key=lambda u: -u.activity_share)[:20]
    unit_rows = "".join(
        f"<tr><td>{html.escape(u.unit)}</td><td>{len(u.employees)}</td><td>{u.iki}</td>"
        f"<td>{u.distribution.minimum}–{u.distribution.maximum}</td><td>{u.distribution.median:g}</td>"
        f"<td>{len(u.distribution.outliers)}</td><td>{_pct(u.activity_share)}</td></tr>" for u in result.units)
    people_rows = "".join(
        f"<tr><td>{html.escape(e.nama or e.employee)}</td><td>{html.escape(e.unit)}</td><td>{e.count}</td>"
        f"<td>{_pct(e.activity_share)}</td><td>{html.escape('; '.join(_issues(e)) or '-')}</td></tr>" for e in worst)
    rejected = (f"<p class='warn'>{len(result.sheet.rejected)} baris tidak terbaca dan tidak diaudit; "
                f"rinciannya di lembar «Baris ditolak» pada berkas XLSX.</p>") if result.sheet.rejected else ""
    page = f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Audit SKP — {html.escape(source_name)}</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1d2733; background: #f6f8fa; }}
header {{ background: #0b5d3b; color: #fff; padding: 24px 40px; }}
header h1 {{ margin: 0 0 4px; font-size: 24px; }} header p {{ margin: 0; opacity: .85; }}
main {{ padding: 24px 40px; max-width: 1100px; }}
.cards {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; margin-bottom: 24px; }}
.card {{ background: #fff; border-radius: 10px; padding: 16px 20px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }}
.card b {{ display: block; font-size: 26px; margin-top: 6px; }} .card span {{ color: #5b6773; font-size: 14px; }}
section {{ background: #fff; border-radius: 10px; padding: 20px; margin-bottom: 24px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }}
h2 {{ font-size: 18px; margin: 0 0 12px; }} .count {{ font-size: 10px; fill: #1d2733; }} svg {{ width: 100%; height: auto; font-size: 12px; }} .muted {{ fill: #5b6773; color: #5b6773; }}
table {{ border-collapse: collapse; width: 100%; font-size: 14px; }} th, td {{ text-align: left; padding: 6px 8px; border-bottom: 1px solid #e5e9ee; }}
th {{ background: #f0f3f6; }} .warn {{ color: #a33; }}
</style></head><body>
<header><h1>Audit SKP unit</h1><p>Berkas {html.escape(source_name)} · {len(result.units)} unit · sesuai aturan Asisten IKI (5–10 IKI, berbasis output, bobot Core 100% + Beyond 20%, IP ASN wajib)</p></header>
<main>
<div class="cards">{"".join(f'<div class="card"><span>{k}</span><b>{v}</b></div>' for k, v in cards)}</div>
{rejected}
<section><h2>Sebaran jumlah IKI per pegawai</h2>{_histogram_svg([e.count for e in result.employees])}
<p class="muted">Hijau: dalam rentang 5–10 IKI. Merah: perlu disesuaikan (di atas 10 perlu penyesuaian bersama Unit Eselon I).</p></section>
<section><h2>Porsi IKI berbasis kegiatan per unit (20 tertinggi)</h2>{_bars_svg([(u.unit, u.activity_share) for u in units])}</section>
<section><h2>Per unit</h2><table><tr><th>Unit</th><th>Pegawai</th><th>IKI</th><th>Rentang IKI</th><th>Median</th><th>Pencilan</th><th>IKI kegiatan</th></tr>{unit_rows}</table></section>
<section><h2>Pegawai yang paling perlu didampingi (25 teratas)</h2><table><tr><th>Pegawai</th><th>Unit</th><th>IKI</th><th>Kegiatan</th><th>Temuan</th></tr>{people_rows}</table></section>
</main></body></html>"""
    path.write_text(page, encoding="utf-8")
