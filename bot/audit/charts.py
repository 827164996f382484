"""Small self-contained SVG charts for the audit report: no script, no library, readable when printed."""

import html
from collections import Counter


def pct(value: float) -> str:
    return f"{value * 100:.1f}%".replace(".", ",")


def points(change: float) -> str:
    """A change of shares in percentage points, signed: −6,8 poin."""
    value = f"{abs(change) * 100:.1f}".replace(".", ",")
    return f"{'−' if change < 0 else '+'}{value} poin"


def histogram(counts: list[int], band: tuple[int, int], band_label: str, width: int = 640, height: int = 240) -> str:
    """Employees per IKI count; bars inside `band` (the guidance's range, inclusive) green, the rest red."""
    if not counts:
        return ""
    low, high = band
    tally = Counter(min(c, 30) for c in counts)  # 30+ in one bar keeps the long tail readable
    top = max(tally.values())
    bar_w = (width - 60) / 31
    bars = []
    for n in range(1, 31):
        h = (height - 50) * tally.get(n, 0) / top
        x, y = 40 + (n - 1) * bar_w, height - 30 - h
        ok = low <= n <= high
        label = f"{n}{'+' if n == 30 else ''} IKI: {tally.get(n, 0)} pegawai"
        bars.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" '
                    f'fill="{"#2e7d5b" if ok else "#c0392b"}"><title>{label}</title></rect>')
        if tally.get(n):  # small bars stay readable next to a tall one
            bars.append(f'<text x="{x + bar_w / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" class="count">{tally[n]}</text>')
        if n == 1 or n % 5 == 0 or n in band:  # every fifth count, and the band's ends
            bars.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - 12}" text-anchor="middle">{n}{"+" if n == 30 else ""}</text>')
    # The label sits half a bar left of the band's middle, as it always has.
    shade = (f'<rect x="{40 + (low - 1) * bar_w:.1f}" y="10" width="{(high - low + 1) * bar_w:.1f}" '
             f'height="{height - 40}" fill="#e8f5ee"/><text x="{40 + ((low + high) / 2 - 1) * bar_w:.1f}" '
             f'y="{height - 40}" text-anchor="middle" class="muted">{html.escape(band_label)}</text>')
    return (f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="Histogram IKI per pegawai">{shade}{"".join(bars)}'
            f'<text x="12" y="{height / 2}" transform="rotate(-90 12 {height / 2})" text-anchor="middle" class="muted">pegawai</text></svg>')


def _color(share: float) -> str:
    return "#c0392b" if share > 0.5 else "#e0a800" if share > 0.25 else "#2e7d5b"


def bars(items: list[tuple[str, float]], width: int = 640, label: str = "Porsi IKI kegiatan per unit") -> str:
    row_h = 26
    height = row_h * len(items) + 10
    parts = []
    for i, (name, share) in enumerate(items):
        y = 5 + i * row_h
        w = (width - 260) * share
        parts.append(f'<text x="0" y="{y + 17}">{html.escape(name[:32])}</text>'
                     f'<rect x="230" y="{y + 4}" width="{width - 260}" height="16" fill="#eef1f4"/>'
                     f'<rect x="230" y="{y + 4}" width="{w:.1f}" height="16" fill="{_color(share)}"/>'
                     f'<text x="{236 + w:.1f}" y="{y + 17}">{pct(share)}</text>')
    return f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(label)}">{"".join(parts)}</svg>'


def paired_bars(items: list[tuple[str, float, float]], width: int = 640, label: str = "Sebelum dan sesudah per unit") -> str:
    """Two bars per unit: the old export (grey) above the new one (coloured), with the change in points."""
    row_h = 38
    height = row_h * len(items) + 30
    parts = ['<rect x="230" y="4" width="12" height="10" fill="#9aa5b1"/><text x="246" y="13">ekspor lama</text>'
             '<rect x="340" y="4" width="12" height="10" fill="#2e7d5b"/><text x="356" y="13">ekspor baru</text>']
    for i, (name, old, new) in enumerate(items):
        y = 24 + i * row_h
        full = width - 300
        change = points(new - old)
        parts.append(f'<text x="0" y="{y + 20}">{html.escape(name[:32])}</text>'
                     f'<rect x="230" y="{y + 3}" width="{full * old:.1f}" height="13" fill="#9aa5b1"><title>lama {pct(old)}</title></rect>'
                     f'<rect x="230" y="{y + 18}" width="{full * new:.1f}" height="13" fill="{_color(new)}"><title>baru {pct(new)}</title></rect>'
                     f'<text x="{236 + full * max(old, new):.1f}" y="{y + 22}">{pct(new)} ({change})</text>')
    return f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(label)}">{"".join(parts)}</svg>'
