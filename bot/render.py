"""Turns results into short Indonesian text, the same for the CLI and every chat."""

from bot import knowledge
from bot.lang.dates import quarter_mark
from bot.lang.numbers import format_number, parse_target
from bot.lang.text import phrase_set, tokens
from bot.models import Finding, IkiResult, Kind, RewriteResult, Severity, SkpResult

_MARK = {Severity.error: "✗", Severity.warning: "!", Severity.info: "i"}
# An IKI's parts by the names the user reads (/ubah's menu, what changed in a returned IKI sent again).
FIELD_LABELS = {"indikator": "Teks", "target": "Target", "satuan": "Satuan", "jenis": "Jenis", "bobot": "Bobot",
                "rhk": "RHK", "aspek": "Aspek", "baseline": "Data awal", "target_triwulan": "Target per triwulan",
                "triwulan_selesai": "Triwulan selesai", "parent": "Kode induk", "rhk_atasan": "RHK atasan"}
_KIND = {
    Kind.output: "berbasis output ✓",
    Kind.activity: "berbasis kegiatan (aktivitas), perlu diubah",
}


def severity_mark(severity: Severity) -> str:
    """The mark a finding of this severity is shown with everywhere («✗» error, «!» warning)."""
    return _MARK[severity]


def skp_status(words: str) -> str:
    """An SKP's status as a tag, «Status SKP: ditetapkan (versi 1, …)», wherever the chat shows one, in one wording
    (the lead's trial L3)."""
    return f"Status SKP: {words}"


def finding_lines(finding: Finding, indent: str = "  ") -> list[str]:
    lines = [f"{indent}{_MARK[finding.severity]} {finding.message}"]
    if finding.suggestion:
        lines.append(f"{indent}  Saran: {finding.suggestion}")
    return lines


def iki_result(result: IkiResult, number: int | None = None, as_read: bool = False) -> str:
    """as_read: the IKI was saved as read (the user asked to add it), so it is named as read, not as typed."""
    prefix = f"{number}. " if number is not None else ""
    # An English IKI's reading half-translates it («Persentase of lab results …»): its finding says what to do instead
    english = any(f.category.value == "LANGUAGE" for f in result.findings)
    as_read = as_read and bool(result.read_as) and not english
    lines = [f"{prefix}«{result.read_as if as_read else result.indikator}»"]
    if result.read_as and not english and not as_read:
        lines.append(f"  Dibaca sebagai: «{result.read_as}»" + (f" (target {result.target_read})" if result.target_read else ""))
    if result.read_as and not english:
        lines.append(f"  Catatan pembacaan: {'; '.join(result.reading_notes)}.")
    if not english:
        lines.append(f"  Sifat: {_KIND[result.kind]}")
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
        lines.append(f"{i}. {c.indikator}" + (f" (satuan: {c.satuan})" if c.satuan else ""))  # never «(satuan: )»
        lines.append(f"   Alasan: {c.alasan}")
    return "\n".join(lines)


def serious_findings(result: SkpResult) -> list[str]:
    """The findings of severity error, SKP-wide first then per IKI, as «- …» lines: what /ajukan and /tetapkan show
    before asking, so nothing with errors is sent or agreed unseen."""
    lines = [f"- {f.message}" for f in result.findings if f.severity is Severity.error]
    return lines + [f"- IKI {n}: {f.message}" for n, r in enumerate(result.iki, start=1) for f in r.findings
                    if f.severity is Severity.error]


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


NOTHING_MATCHES = ("Tidak ada indikator Renstra yang cukup cocok dengan «{query}». Katalog yang saya miliki mungkin "
                   "belum memuat bidang kerja Anda. Bila pekerjaan ini tugas dan fungsi unit Anda, tulis IKI-nya "
                   "sebagai Core TUSI dengan kata-kata Anda sendiri (di /prima pilih «Pakai tulisan saya»). Bisa juga "
                   "coba kata lain (nama program, sasaran, atau kode seperti IKK 5.1.1), tanyakan pedoman dengan "
                   "/tanya, atau tanyakan indikator unit Anda ke perencana atau pengelola kinerja di unit Anda.")
UNKNOWN_CODE = ("Tanyakan kode yang benar ke perencana unit Anda (kodenya ada di Perjanjian Kinerja unit). Bila kodenya "
                "memang benar, katalog di sini belum lengkap: minta pengelola aplikasi memuat katalog Renstra "
                "lengkap.")
CHILDREN_SHOWN = 10  # rows listed under a code; the rest are counted


def hit_target(hit) -> str:
    """The 2026 target as the catalog writes it: «WTP» as text, 1.575.000 Orang, 60%; "" when none."""
    if hit.target_text:  # the target itself («WTP»), its unit only the kind of it: «WTP opini» read backwards
        return hit.target_text
    return with_unit(hit.target_2026, hit.unit) if hit.target_2026 is not None else ""


def _hit_lines(number: int | None, hit) -> list[str]:
    target = f" — target 2026: {hit_target(hit)}" if hit_target(hit) else ""
    prefix = f"{number}. " if number is not None else "• "
    code = hit.code or f"{hit.level} (tanpa kode)"  # a row the catalog keeps by its name alone
    path = [step for step in hit.path if step]
    lines = [f"{prefix}{code} {hit.name or '(nama belum tercatat di katalog)'}{target}"]
    lines += [f"   Jalur: {' › '.join(path)}"] if path else []
    if hit.pic:
        lines.append(f"   PIC: {hit.pic}")
    return lines


def _same_code_note(hits: list, number: int) -> list[str]:
    """Under a row whose code an earlier row has: why two (tester59 F24, IKM 33.4 of Setjen and of Farmalkes): one
    indicator, each unit's PK writing it for itself; the rows keep their numbers, which PRIMA picks by."""
    hit = hits[number - 1]
    first = next((i for i, other in enumerate(hits[:number - 1], start=1) if hit.code and other.code == hit.code), None)
    if first is None:
        return []
    units = " dan ".join(dict.fromkeys(h.pic for h in (hits[first - 1], hit) if h.pic)) or "unit lain"
    return [f"   Kode sama dengan nomor {first}: indikator yang sama tercatat di Perjanjian Kinerja tiap unit "
            f"({units}). Pakai baris unit Anda."]


def _upt_hint(query: str) -> str:
    """For a search naming a UPT that found nothing: the guidance on a UPT without IKK of its own (intent.yaml
    catalog_upt), its short answer and how to read it; "" when the query names no UPT or the guidance lacks it."""
    upt = knowledge.data("intent")["catalog_upt"]
    if not phrase_set("intent", "catalog_upt", "words").find(tokens(query)):
        return ""
    answer = _guidance_answer(upt["guidance"])
    return f"{answer} Selengkapnya: /tanya {upt['guidance']}" if answer else ""


@knowledge.cached
def _guidance_answer(heading: str) -> str:
    """The first short answer («Jawaban: …») under a guidance passage's heading, "" when no passage has it."""
    for path in sorted((knowledge.knowledge_dir() / "guidelines").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        at = text.find(f"## {heading}\n")
        if at < 0:
            continue
        passage = text[at:].split("\n## ", 1)[0]
        return next((ln.removeprefix("Jawaban:").strip() for ln in passage.splitlines()
                     if ln.startswith("Jawaban:")), "")
    return ""


def search_result(result) -> str:
    """A SearchResult as the chat and the CLI show it: the hits (and the rows under a code asked for), or why
    there are none and what to do."""
    if result.missing_code and result.same_number:  # «IKK 33.4» when IKM 33.4 exists: the one probably meant
        codes = list(dict.fromkeys(hit.code for hit in result.same_number))
        lines = [f"{result.missing_code} tidak ada di katalog indikator yang saya miliki. Maksud Anda "
                 f"{' atau '.join(codes)}? Angkanya sama:"]
        for i, hit in enumerate(result.same_number, start=1):
            lines.extend(_hit_lines(i, hit))
        lines.append(f"Bila yang Anda maksud memang {result.missing_code}, cek kodenya di dokumen Renstra atau "
                     "Perjanjian Kinerja unit Anda.")
        return "\n".join(lines)
    if result.missing_code:
        lines = [f"{result.missing_code} belum ada di katalog indikator yang saya miliki, jadi saya tidak menebak "
                 "indikator lain sebagai gantinya."]
        if result.related:
            lines.append("Yang terdekat di katalog (induk dan indikator sejenis):")
            for hit in result.related:
                lines.extend(_hit_lines(None, hit))
        lines.append(UNKNOWN_CODE)
        return "\n".join(lines)
    if not result.results:
        return "\n\n".join(filter(None, [NOTHING_MATCHES.format(query=result.query), _upt_hint(result.query)]))
    lines = [f"Indikator Renstra untuk «{result.query}»:"]
    for i, hit in enumerate(result.results, start=1):
        lines.extend(_hit_lines(i, hit))
        lines += _same_code_note(result.results, i)
    if result.children:
        lines.append(f"Di bawahnya ({len(result.children)} indikator):")
        lines += [f"• {h.code} {h.name or '(nama belum tercatat di katalog)'}" for h in result.children[:CHILDREN_SHOWN]]
        if len(result.children) > CHILDREN_SHOWN:
            lines.append(f"… dan {len(result.children) - CHILDREN_SHOWN} lainnya; tulis kodenya untuk melihat rinciannya.")
    return "\n".join(lines)


def answer(result) -> str:
    """The short answer with its source, what to do next, and other passages worth reading: never the one the
    answer came from, and nothing when there is nothing else (an answer outside the guidance has none)."""
    lines = [result.answer]
    if getattr(result, "hint", ""):
        lines.append(result.hint)
    if result.passages:
        lines.append("")
        lines.append("Bacaan lain:")
        lines.extend(f"- {p.title} ({p.source})" if p.source else f"- {p.title}" for p in result.passages)
    return "\n".join(lines)


def with_unit(value: float, unit: str | None) -> str:
    """82,23 Nilai · 60% (a percent sign sits on the number)."""
    unit = (unit or "").strip()
    return f"{format_number(value)}{'' if unit == '%' else ' '}{unit}".rstrip()


def target_text(iki) -> str:
    """The target with its unit once: "95%" (not "95% %"), "3 Hari kerja" after the satuan changed (not
    "3 Hari Hari kerja"), "96%" for a bare 96 with satuan %."""
    raw = iki.target
    if raw is None:
        return "-"
    parsed = parse_target(raw)
    if parsed is None:
        unit = unit_said(iki.satuan or "")
        return f"{raw} {unit}".rstrip() if unit and unit.lower() not in str(raw).lower() else str(raw)
    unit = target_unit(iki)
    return (f"{parsed.shown_bound} " if parsed.bound else "") + with_unit(parsed.value, unit)  # "≤ 5%", "< 1%" as written


def target_unit(iki) -> str:
    """The unit the IKI's numbers are written in: its satuan, else the target's own unit ("%" for any way of
    writing percent); "" when neither says."""
    parsed = parse_target(iki.target) if iki.target is not None else None
    unit = (iki.satuan or (parsed.unit if parsed else "") or "").strip()
    return "%" if unit.lower() in ("%", "persen", "persentase", "percent") else unit_said(unit)


def unit_said(unit: str) -> str:
    """The unit as a sentence says it after a number: "" for a measure word stored as one («80 Nilai», «85 Indeks»,
    «12 Jumlah»: lexicon `measures`), which the form's Satuan column may name but no sentence does (tester48 P1-3)."""
    words = tokens(unit)
    measured = words and any(phrase_set("rules/lexicon", "measures", kind).match_at(words, 0) == tuple(words)
                             for kind in ("count", "score", "other"))
    return "" if measured else unit


def _own_name(typed: str) -> str:
    """The leader's own row said as theirs: «Anda sendiri», with the name they wrote it in when they wrote one
    («dr. Sari — Anda sendiri»: mpph38 #1, shown as a member «Anggota» before)."""
    data = knowledge.data("mpph")
    said = " ".join(tokens(typed))
    selves = {" ".join(tokens(p)) for p in data["diri_sendiri"] + data["sisa_saya"]}
    return "Anda sendiri" if said in selves or not said else f"{typed} — Anda sendiri"


def mpph_result(draft, result, pending: str = "") -> str:
    """The MPPH per indicator, every role numbered (the chat edits a role by its number), and the checks; pending:
    what a question after it still asks, said instead of «all checks pass» when nothing else is found."""
    lines = [f"MPPH {draft.pimpinan.nama}:"]
    roles = {p.nama: ("Ketua Tim" if p.peran == "ketua" else "Anggota") for p in draft.tim}
    number = 0
    for leader in draft.indikator:
        lines.append(f"\n• {leader.id}: {leader.indikator} — target {target_text(leader)}")
        for role in leader.peran:
            iki = result.role_iki[number] if number < len(result.role_iki) else None
            number += 1
            due = f", selesai {quarter_mark(role.triwulan)}" if role.triwulan else ""  # a milestone's quarter
            due += f", porsi beban {role.porsi}" if role.porsi else ""
            if role.sendiri:  # the leader's own part, in their own IKI (a milestone's in its own unit, never «%»)
                unit = role.satuan or (None if leader.metode == "milestone" else leader.satuan)
                target = target_text(role.model_copy(update={"satuan": unit}))
                lines.append(f"  {number}. {_own_name(role.pegawai)} (Ketua Tim): {role.bagian} (target {target}{due}; "
                             "bagian dari IKI Anda sendiri, bukan IKI anggota)")
                continue
            label = roles.get(role.pegawai, "Anggota")  # the name with its remark as everywhere else (play41 #5)
            who = f"{role.named}, {label}" if role.keterangan else f"{role.pegawai} ({label})"
            lines.append(f"  {number}. {who}: {iki.indikator} (target {target_text(iki)}{due})" if iki
                         else f"  {number}. {who}: {role.bagian} (bukan anggota tim)")
        if result.notes.get(leader.id):
            lines.append(f"  {result.notes[leader.id]}")
    lines.append("\nPemeriksaan:" if result.findings else f"\nPemeriksaan: IKI anggota lolos aturan; {pending}." if pending
                 else "\nPemeriksaan: semua indikator sudah diintervensi dan IKI anggota lolos aturan.")
    for finding in result.findings:
        lines.extend(finding_lines(finding))
    return "\n".join(lines)
