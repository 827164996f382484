"""The audit as a terminal summary and a self-contained HTML report of a few hundred KB at most: figures, SVG
charts, units ranked and the employees most in need of help; the row-level detail lives in the workbook."""

import html
from pathlib import Path

from bot.audit.charts import bars, histogram
from bot.audit.charts import pct as _pct
from bot.audit.checking import Audit, UnitAudit, employees_with, other_errors_line
from bot.audit.xlsx_report import heading, issues, need_of
from bot.knowledge import category_label, policy
from bot.lang.numbers import format_number
from bot.models import Category

UNITS_SHOWN = 100  # ranked units in the page; every unit is in the workbook
PEOPLE_SHOWN = 25
# SKP findings whose share of employees the summary gives, in its order.
_PER_EMPLOYEE = (Category.WEIGHT_TOTAL, Category.MANDATORY_MISSING, Category.UNTAGGED, Category.DUPLICATE)


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def summary(result: Audit) -> str:
    whole = result.all
    d = whole.distribution
    span = policy().iki_count.range_text
    lines = result.reading.lines() + [
        f"Audit SKP: {len(result.employees)} pegawai, {whole.iki} IKI, {len(result.units)} unit.",
        f"IKI per pegawai: min {d.minimum}, median {format_number(d.median)}, maks {d.maximum}; pencilan: {len(d.outliers)} pegawai.",
        f"{category_label(Category.ACTIVITY)} (proses): {_pct(whole.activity_share)}.",
        f"Pegawai di luar {span} IKI: {_pct(result.share(lambda e: bool(e.count_flag)))}; "
        + "; ".join(f"{employees_with(c)}: {_pct(result.share(lambda e, c=c: e.has(c)))}" for c in _PER_EMPLOYEE) + ".",
        other_errors_line(result.employees) + ".",
    ]
    if result.dropped:
        lines.append(f"Baris dengan nilai yang diabaikan: {_n(len(result.dropped))} (lihat lembar «Baris ditolak»).")
    return "\n".join(lines)


def _need(unit: UnitAudit) -> float:
    f = unit.figures
    return f.activity + f.outside_range + f.wrong_weight + f.mandatory_missing + f.duplicates




def write_html(result: Audit, path: Path, source_name: str, comparison=None) -> None:
    whole = result.all
    d = whole.distribution
    count, weights = policy().iki_count, policy().weights
    span = count.range_text
    cards = [
        ("Pegawai", _n(len(result.employees))), ("IKI", _n(whole.iki)),
        ("IKI per pegawai", f"{d.minimum}–{d.maximum} (median {format_number(d.median)})"),
        (category_label(Category.ACTIVITY), _pct(whole.activity_share)),
        (f"Di luar {span} IKI", _pct(result.share(lambda e: bool(e.count_flag)))),
        ("P" + employees_with(Category.WEIGHT_TOTAL)[1:], _pct(result.share(lambda e: e.has(Category.WEIGHT_TOTAL)))),
        ("Pegawai dengan galat lain (target, satuan, bahasa …)", _pct(result.share(lambda e: bool(e.other_errors)))),
    ]
    worst = sorted(result.employees, key=need_of)[:PEOPLE_SHOWN]
    top_activity = sorted(result.units, key=lambda u: -u.activity_share)[:20]
    ranked = sorted(result.units, key=lambda u: -_need(u))
    unit_rows = "".join(
        f"<tr><td>{i}</td><td>{html.escape(u.unit)}</td><td>{len(u.employees)}</td><td>{u.iki}</td>"
        f"<td>{(ud := u.distribution).minimum}–{ud.maximum}</td><td>{format_number(ud.median)}</td>"
        f"<td>{_pct((f := u.figures).activity)}</td><td>{_pct(f.outside_range)}</td><td>{_pct(f.wrong_weight)}</td>"
        f"<td>{_pct(f.mandatory_missing)}</td><td>{_pct(f.duplicates)}</td></tr>" for i, u in enumerate(ranked[:UNITS_SHOWN], 1))
    more = (f"<p class='muted'>{_n(len(ranked) - UNITS_SHOWN)} unit lain ada di lembar «Ringkasan» pada audit.xlsx.</p>"
            if len(ranked) > UNITS_SHOWN else "")
    people_rows = "".join(
        f"<tr><td>{html.escape(e.nama or e.nip)}</td><td>{html.escape(e.unit)}</td><td>{e.count}</td>"
        f"<td>{_pct(e.activity_share)}</td><td>{html.escape('; '.join(issues(e)) or '-')}</td></tr>" for e in worst)
    reading = "".join(f"<li>{html.escape(line.strip())}</li>" for line in result.reading.lines())
    compared = comparison.html() if comparison is not None else ""
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
th {{ background: #f0f3f6; }} .lead {{ font-size: 17px; font-weight: 600; }} h3 {{ font-size: 15px; margin: 14px 0 4px; }}
.reading {{ font-size: 13px; color: #3b4652; }} li {{ margin-bottom: 4px; }}
</style></head><body>
<header><h1>Audit SKP</h1><p>Berkas {html.escape(source_name)} · {_n(len(result.units))} unit · sesuai aturan Asisten IKI ({span} IKI, berbasis output, bobot Core {weights.core_total}% + Beyond {weights.beyond_total}%, IP ASN wajib)</p></header>
<main>
<div class="cards">{"".join(f'<div class="card"><span>{k}</span><b>{v}</b></div>' for k, v in cards)}</div>
<p>{html.escape(other_errors_line(result.employees))}.</p>
<section><h2>Pembacaan berkas</h2><ul class="reading">{reading}</ul></section>
{compared}
<section><h2>Sebaran jumlah IKI per pegawai</h2>{histogram([e.count for e in result.employees], (count.min, count.max), f"rentang {span}")}
<p class="muted">Hijau: dalam rentang {span} IKI. Merah: perlu disesuaikan (di atas {count.max} perlu penyesuaian bersama Unit Eselon I).</p></section>
<section><h2>Porsi {category_label(Category.ACTIVITY)} per unit (20 tertinggi)</h2>{bars([(u.unit, u.activity_share) for u in top_activity])}</section>
<section><h2>Unit, dari yang paling perlu dibenahi ({min(len(ranked), UNITS_SHOWN)} teratas)</h2><table><tr><th>#</th><th>Unit</th><th>Pegawai</th><th>IKI</th><th>Rentang IKI</th><th>Median</th><th>IKI kegiatan</th><th>Di luar {span}</th><th>{heading(Category.WEIGHT_TOTAL)}</th><th>Tanpa IP ASN</th><th>{heading(Category.DUPLICATE)}</th></tr>{unit_rows}</table><p class='muted'>«IKI kegiatan»: porsi IKI unit itu. Kolom sesudahnya: porsi pegawai unit itu.</p>{more}</section>
<section><h2>Pegawai yang paling perlu didampingi ({PEOPLE_SHOWN} teratas)</h2><p class='muted'>Diurutkan menurut porsi IKI berbasis kegiatan, lalu banyaknya temuan lain.</p><table><tr><th>Pegawai</th><th>Unit</th><th>IKI</th><th>Kegiatan</th><th>Temuan</th></tr>{people_rows}</table></section>
</main></body></html>"""
    path.write_text(page, encoding="utf-8")
