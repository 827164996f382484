"""What a change to the draft did, said after /ubah, /buang and their undo: the IKI changed in one line, the findings
it added, changed or cleared, and the draft's fingerprint an undo holds to."""

import hashlib
import re

from bot import render
from bot.lang.numbers import format_number
from bot.models import IkiDraft, SkpDraft
from bot.rules import check_skp
from bot.rules.measures import aspek_of


def fingerprint(skp: SkpDraft) -> str:
    """The draft's IKI with every field, as one short key: an undo holds only while the draft is still this."""
    return hashlib.sha1(skp.model_dump_json(include={"iki"}).encode()).hexdigest()[:16]


def summary_line(iki: IkiDraft) -> str:
    jenis = iki.jenis.label if iki.jenis else "jenis belum diisi"
    bobot = f"{format_number(iki.bobot)}%" if iki.bobot is not None else "bobot belum diisi"
    line = f"«{iki.indikator}» — target {render.target_text(iki)} · {jenis} · {bobot} · aspek {aspek_of(iki).value.capitalize()}"
    return line + (f"\nRHK: {iki.rhk}" if iki.rhk else "")


def finding_texts(skp: SkpDraft) -> dict[str, str]:
    """Every finding of the draft as text, keyed by rule (and IKI), so a finding whose numbers moved is the same
    finding, changed; each text opens with its severity's mark («✗», «!»), so a new warning is never said with an
    error's mark (tester54 F3: «✗ Temuan baru» on what the export's Temuan sheet calls «Perlu dicek»)."""
    result = check_skp(skp)
    found = {f"skp|{f.rule}": f"{render.severity_mark(f.severity)} {f.message}" for f in result.findings}
    for iki, iki_result in zip(skp.iki, result.iki):
        found |= {f"{iki.indikator}|{f.rule}": f"{render.severity_mark(f.severity)} «{iki.indikator}»: {f.message}"
                  for f in iki_result.findings}
    return found


def changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    # a finding that stays when only its IKI's wording changed is neither new nor cleared (tester21b #21: the Core CL
    # finding was listed as both after /ubah teks)
    stays = {_same_finding(k, after[k]) for k in after if k not in before} \
        & {_same_finding(k, before[k]) for k in before if k not in after}
    added = [after[k] for k in after if k not in before and _same_finding(k, after[k]) not in stays]
    changed = [after[k] for k in after if k in before and before[k] != after[k]]
    cleared = [before[k] for k in before if k not in after and _same_finding(k, before[k]) not in stays]
    if not (added or changed or cleared):
        return [f"Temuan tidak berubah ({len(after)} temuan; lihat /skp)."]
    return ([f"{_mark(text)} Temuan baru: {_said(text)}" for text in added]
            + [f"! Berubah: {_said(text)}" for text in changed]
            + [f"✓ Beres, sudah teratasi: {_resolved(text)}" for text in cleared])


def _resolved(text: str) -> str:
    """A cleared finding said as done, never read as a problem still open: its first sentence quoted as what was
    found before, its advice left out («✓ Beres, sudah teratasi: tadinya «IKI nomor 6 belum diberi bobot».»;
    tester59 F22)."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z«])", _said(text), maxsplit=1)[0].rstrip(".")
    return f"tadinya «{first}»." if "«" not in first else f"tadinya: {first}."


def _mark(text: str) -> str:
    return text.partition(" ")[0]


def _said(text: str) -> str:
    """A finding's text without the severity mark finding_texts put before it."""
    return text.partition(" ")[2]


def _same_finding(key: str, text: str) -> tuple[str, str]:
    """A finding as its rule and message, without the IKI text it is said of (««…»: message»)."""
    return key.rpartition("|")[2], text.partition("»: ")[2] or text
