"""What the leader receives for a submission: each IKI with its RHK, target, weight and findings, and the buttons
Setujui, Kembalikan, Ubah target (for an IKI not decided yet), then Setujui semua; for a perubahan, what changed and
its reason with Setujui perubahan / Kembalikan perubahan. Buttons are (label, data); the data is a Press."""

from dataclasses import dataclass, field

from bot.lang.numbers import format_number
from bot.models import SkpDraft
from bot.render import target_text
from bot.rules import check_iki
from bot.team.access import Act, Press
from bot.team.guidance import guidance
from bot.team.record import MemberRecord, Status
from bot.team.review import awaits_decision, changes, fingerprint, iki_changes, iki_state, skp_gaps, status_text

FINDINGS_SHOWN = 2  # per IKI; the rest are counted


@dataclass(frozen=True)
class Item:
    text: str
    buttons: list[tuple[str, str]] = field(default_factory=list)


def review_items(record: MemberRecord, skp: SkpDraft, *, owner: str, pair: str, name: str = "") -> list[Item]:
    """One item for the head (with Setujui semua while IKI wait), one per IKI, or one for a perubahan."""
    review = record.review
    who = name or "Anggota tim Anda"
    head = f"{who}. {status_text(review, skp, paired=True)}"  # the leader's view: the member is linked
    if review.status is Status.perubahan_diajukan:
        force = review.in_force
        reason = guidance().reason(review.change.reason)
        lines = changes(force.skp if force else SkpDraft(), skp)
        note = f"\nKeterangan pegawai: {review.change.note}" if review.change.note else ""
        text = (f"{head}\nAlasan: {reason.label if reason else review.change.reason}{note}\nPerubahan:\n"
                + "\n".join(f"- {line}" for line in lines))
        return [Item(text, [("Setujui perubahan", Press(Act.setujui_perubahan, owner, pair, review.round).data()),
                            ("Kembalikan perubahan", Press(Act.kembalikan_perubahan, owner, pair, review.round).data())])]
    items = []
    pending = awaits_decision(review, skp)
    gaps = skp_gaps(skp, about=name or "pegawai ini") if pending else []
    if gaps:  # what the member saw at /ajukan, before the leader sets the SKP with one «Setujui semua» (tester16b #5)
        head += "\nSKP ini belum lengkap untuk e-Kinerja:\n" + "\n".join(f"- {line}" for line in gaps)
    items.append(Item(head, [("Setujui semua", Press(Act.setujui_semua, owner, pair, review.round).data())]
                      if pending else []))
    # a resubmission: each IKI marked with what changed since the leader last saw it (tester51 P2-6)
    since = iki_changes(review.sent_before, skp) if pending and review.sent_before is not None else {}
    for i, iki in enumerate(skp.iki):
        findings = check_iki(iki).findings
        shown = [f"- {f.message}" for f in findings[:FINDINGS_SHOWN]]
        if len(findings) > FINDINGS_SHOWN:
            shown.append(f"- dan {len(findings) - FINDINGS_SHOWN} temuan lain")
        weight = f"{format_number(iki.bobot)}%" if iki.bobot is not None else "-"
        jenis = f" ({iki.jenis.label})" if iki.jenis else ""
        text = "\n".join([f"IKI {i + 1}: {iki.indikator}", f"RHK: {iki.rhk or '-'}",
                          f"Target: {target_text(iki)} · Bobot: {weight}{jenis}",
                          *([f"Sejak pengajuan sebelumnya: {since[i]}"] if i in since else []),
                          "Temuan:" if shown else "Temuan: tidak ada", *shown,
                          f"Status: {iki_state(review, skp, i)}"])
        buttons = []
        if review.status is Status.diajukan and review.decision(i) is None:
            seen = fingerprint(iki)
            buttons = [(label, Press(act, owner, pair, review.round, i, seen).data())
                       for label, act in (("Setujui", Act.setujui), ("Kembalikan", Act.kembalikan),
                                          ("Ubah target", Act.ubah_target))]
        items.append(Item(text, buttons))
    return items
