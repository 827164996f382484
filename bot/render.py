"""Turns results into short Indonesian text, the same for the CLI and every chat."""

from bot.models import Finding, IkiResult, Kind, RewriteResult, Severity, SkpResult
from bot.numbers import format_number

_MARK = {Severity.error: "✗", Severity.warning: "!", Severity.info: "i"}
_KIND = {
    Kind.output: "berbasis output ✓",
    Kind.activity: "berbasis kegiatan (aktivitas), perlu diubah",
}


def finding_lines(finding: Finding, indent: str = "  ") -> list[str]:
    lines = [f"{indent}{_MARK[finding.severity]} {finding.message}"]
    if finding.suggestion:
        lines.append(f"{indent}  Saran: {finding.suggestion}")
    return lines


def iki_result(result: IkiResult, number: int | None = None) -> str:
    prefix = f"{number}. " if number is not None else ""
    lines = [f"{prefix}«{result.indikator}»", f"  Sifat: {_KIND[result.kind]}"]
    for finding in result.findings:
        lines.extend(finding_lines(finding))
    if not result.findings:
        lines.append("  Tidak ada temuan. IKI ini sudah memenuhi aturan.")
    return "\n".join(lines)


def candidates(result: RewriteResult) -> str:
    if not result.candidates:
        return "Tidak ada usulan: IKI ini tidak perlu ditulis ulang, atau kalimatnya terlalu pendek untuk diolah."
    lines = ["Usulan IKI berbasis output:"]
    for i, c in enumerate(result.candidates, start=1):
        lines.append(f"{i}. {c.indikator} (satuan: {c.satuan})")
        lines.append(f"   Alasan: {c.alasan}")
    return "\n".join(lines)


def skp_result(result: SkpResult) -> str:
    lines = ["Temuan tingkat SKP:"]
    for finding in result.findings:
        lines.extend(finding_lines(finding))
    if not result.findings:
        lines.append("  Tidak ada temuan.")
    lines.append("")
    lines.append("Per IKI:")
    lines.extend(iki_result(r, i) for i, r in enumerate(result.iki, start=1))
    activity = sum(r.kind is Kind.activity for r in result.iki)
    lines.append("")
    lines.append(f"Ringkasan: {len(result.iki)} IKI, {activity} berbasis kegiatan.")
    return "\n".join(lines)


def indicator_hits(query: str, hits: list) -> str:
    if not hits:
        return f"Tidak ada indikator Renstra yang cocok dengan «{query}». Coba kata lain atau sebut unit Anda."
    lines = [f"Indikator Renstra untuk «{query}»:"]
    for i, hit in enumerate(hits, start=1):
        target = f" — target 2026: {format_number(hit.target_2026)} {hit.unit or ''}".rstrip() if hit.target_2026 is not None else ""
        lines.append(f"{i}. {hit.code} {hit.name or '(nama belum tercatat)'}{target}")
        lines.append(f"   Jalur: {' › '.join(hit.path)}")
        if hit.pic:
            lines.append(f"   PIC: {hit.pic}")
    return "\n".join(lines)


def answer(result) -> str:
    lines = [result.answer]
    if result.passages:
        lines.append("")
        lines.append("Bacaan terkait:")
        lines.extend(f"- {p.title} ({p.source})" if p.source else f"- {p.title}" for p in result.passages)
    return "\n".join(lines)


def target_text(iki) -> str:
    """"95%" with satuan "%" reads "95%", not "95% %"."""
    raw = iki.target
    target = "-" if raw is None else format_number(raw) if isinstance(raw, (int, float)) else str(raw).strip()
    if iki.satuan and not target.lower().endswith(iki.satuan.lower()):
        return f"{target} {iki.satuan}"
    return target


def mpph_result(draft, result) -> str:
    """The MPPH per person and the checks, short enough for a chat."""
    lines = [f"MPPH {draft.pimpinan.nama}:"]
    for leader in draft.indikator:
        lines.append(f"• {leader.id} {leader.indikator} — target {target_text(leader)}")
    for name, ikis in result.member_iki.items():
        lines.append(f"\n{name}:")
        lines.extend(f"  - {iki.indikator} (target {target_text(iki)})" for iki in ikis)
    lines.append("\nPemeriksaan:" if result.findings else "\nPemeriksaan: semua indikator sudah diintervensi dan IKI anggota lolos aturan.")
    for finding in result.findings:
        lines.extend(finding_lines(finding))
    return "\n".join(lines)
