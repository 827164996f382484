"""The SKP's review between a member and their leader, as pure steps: submit, per-IKI decisions (Setujui,
Kembalikan with a comment, Ubah target with a reason), approve-all, penetapan with its date once every IKI is
approved, and afterwards a perubahan SKP the leader approves with a reason from the guidance. Each step takes the
member's record and SKP and returns the new ones with their audit entries and notices, or raises Refused."""

import hashlib
import re
from datetime import datetime

from bot.lang.dates import long_date
from bot.lang.numbers import format_number, parse_target
from bot.lang.text import short
from bot.models import IkiDraft, Severity, SkpDraft
from bot.render import FIELD_LABELS, skp_status, target_text
from bot.rules import check_skp
from bot.skp.readiness import incomplete
from bot.storage.team import AuditEntry
from bot.team.guidance import guidance
from bot.team.history import NAME_CHARS
from bot.team.record import Change, Decision, MemberRecord, Review, Status, Verdict, Version, member_called
from bot.team.results import Applied, Notice, Refused
from bot.year.models import SkpVersion, YearState

EMPTY = "SKP Anda belum berisi IKI, jadi belum ada yang bisa diajukan. Tambahkan IKI dengan /prima atau /cek dulu."
NOTHING_CHANGED = ("SKP Anda sama dengan versi {number} yang sudah ditetapkan, jadi tidak ada perubahan untuk "
                   "diajukan. Ubah dulu IKI-nya dengan /ubah.")
STALE_ROUND = ("Tombol ini dari pengajuan SKP sebelumnya, jadi tidak ada yang dijalankan. Pakai pesan pengajuan "
               "terbaru, atau buka /tim.")
CHANGED = ("IKI nomor {n} sudah diubah pegawai sejak tombol ini dikirim, jadi keputusan ini tidak dicatat. Buka /tim "
           "untuk melihat isinya sekarang.")


def fingerprint(iki: IkiDraft) -> str:
    """A short hash of everything an IKI says: a decision holds for the IKI as it was when decided."""
    return hashlib.sha256(iki.model_dump_json().encode()).hexdigest()[:8]


def reasons_text() -> str:
    return "; ".join(f"{r.label} ({r.id})" for r in guidance().reasons)


# The member's steps -----------------------------------------------------------------------------------------
def submit(record: MemberRecord, skp: SkpDraft, *, owner: str, now: datetime, reason: str = "",
           note: str = "") -> Applied:
    """/ajukan: send the SKP for review; once it is set, send a perubahan instead (with a reason from the guidance).
    Approvals of IKI left unchanged since an earlier round carry over: the leader decides only what is new."""
    review = record.review
    if not skp.iki:
        raise Refused(EMPTY)
    fixed = fixed_returns(review, skp)
    if review.status is Status.perubahan_diajukan or (review.status is Status.diajukan and not fixed):
        raise Refused(waiting_text(review, skp))
    if review.status is Status.ditetapkan:
        return _propose_change(record, skp, owner=owner, now=now, reason=reason, note=note)
    carried = _carried(review, skp)
    number = review.round + 1
    new = review.model_copy(update={"status": Status.diajukan, "round": number, "submitted_at": now,
                                    "decisions": carried, "sent": skp.model_copy(deep=True),
                                    "sent_before": review.sent})
    entry = _entry(owner, owner, "anggota", "ajukan", {"status": review.status.value},
                   {"status": new.status.value, "putaran": number, "iki": len(skp.iki), "sudah_disetujui": len(carried)},
                   now, f"ajukan:{number}")
    kept = f", {len(carried)} di antaranya sudah Anda setujui sebelumnya dan tidak berubah" if carried else ""
    again = (f" IKI yang Anda kembalikan diajukan ulang: {resent_text(review, skp, fixed)}. Tombol keputusan yang lama "
             "tidak berlaku lagi.") if review.status is Status.diajukan else ""
    since = iki_changes(review.sent, skp) if review.sent is not None else {}
    told = (" Yang berubah sejak pengajuan sebelumnya: " + "; ".join(f"IKI {n + 1}: {what}" for n, what in
                                                                    sorted(since.items())) + ".") if since else ""
    notice = Notice("atasan", _key(owner, f"ajukan:{number}"),
                    f"{member_called(skp)} mengajukan SKP untuk ditinjau: {len(skp.iki)} IKI{kept}.{again}{told} Buka "
                    "/tim untuk memutuskan tiap IKI.")
    return Applied(record.model_copy(update={"review": new}), skp, [entry], [notice])


def fixed_returns(review: Review, skp: SkpDraft) -> list[int]:
    """The IKI (0-based) the leader returned in the submission still under review that the member has changed since:
    /ajukan sends them again (a new round, approvals carried) without waiting for the rest of the decisions."""
    if review.status is not Status.diajukan:
        return []
    return sorted(d.index for d in review.decisions if d.verdict is Verdict.kembalikan and d.index < len(skp.iki)
                  and fingerprint(skp.iki[d.index]) != d.fingerprint)


def resent_text(review: Review, skp: SkpDraft, fixed: list[int]) -> str:
    """What changed in each returned IKI sent again, against the IKI as the leader returned it: «nomor 1 (diubah:
    target; teks IKI belum diubah)», so an IKI whose text was left as it was is never announced as fixed (tester17b
    #6); «nomor 1 (diubah)» for a decision recorded before the returned IKI was kept."""
    said = []
    for index in fixed:
        returned = next((d.returned for d in reversed(review.decisions)
                         if d.index == index and d.verdict is Verdict.kembalikan), None)
        parts = changed_parts(returned, skp.iki[index]) if returned else []
        what = f"diubah: {', '.join(part.lower() for part in parts)}" if parts else "diubah"
        if returned and "Teks" not in parts:
            what += "; teks IKI belum diubah"
        said.append(f"nomor {index + 1} ({what})")
    return "; ".join(said)


def changed_parts(before: IkiDraft, after: IkiDraft) -> list[str]:
    """The parts of an IKI that differ between two versions, by the names the user reads («Teks», «Target»)."""
    return [label for name, label in FIELD_LABELS.items() if getattr(before, name) != getattr(after, name)]


def member_status(review: Review, skp: SkpDraft, paired: bool = False) -> str:
    """The SKP's state as the member reads it: `status_text`, and while a submission waits with returned IKI, what to
    do about them (fix with /ubah, send again with /ajukan)."""
    text = status_text(review, skp, paired=paired)
    fixed = fixed_returns(review, skp)
    if fixed:
        return (f"{text} IKI nomor {_numbers(fixed)} sudah Anda perbaiki tetapi belum diajukan ulang; ajukan dengan "
                "/ajukan.")
    returned = sorted(d.index for d in review.decisions if d.verdict is Verdict.kembalikan)
    if review.status is Status.diajukan and returned:
        return (f"{text} IKI nomor {_numbers(returned)} dikembalikan atasan: perbaiki dengan /ubah {returned[0] + 1}, "
                "lalu ajukan ulang dengan /ajukan.")
    return text


def awaits_decision(review: Review, skp: SkpDraft) -> bool:
    """A submission with at least one IKI the leader has not decided yet."""
    return review.status is Status.diajukan and any(review.decision(i) is None for i in range(len(skp.iki)))


def waiting_text(review: Review, skp: SkpDraft) -> str:
    """Why /ajukan sends nothing while a submission waits, and what the member can do."""
    text = member_status(review, skp)
    if review.status is Status.diajukan and any(d.verdict is Verdict.kembalikan for d in review.decisions):
        return f"{text} Yang lain tetap menunggu keputusan atasan; pengajuan seluruhnya bisa ditarik dengan /ajukan batal."
    return f"{text} Tunggu keputusan atasan, atau tarik pengajuan dengan /ajukan batal bila ingin mengubahnya dulu."


def _carried(review: Review, skp: SkpDraft) -> list:
    """Approvals of IKI still as they were approved, moved to where those IKI are now (each IKI takes one)."""
    free = {i: fingerprint(iki) for i, iki in enumerate(skp.iki)}
    carried = []
    for decided in sorted(review.decisions, key=lambda d: d.index):
        at = next((i for i, fp in free.items() if fp == decided.fingerprint), None)
        if decided.verdict.approves and at is not None:
            del free[at]
            carried.append(decided.model_copy(update={"index": at}))
    return carried


def _propose_change(record: MemberRecord, skp: SkpDraft, *, owner: str, now: datetime, reason: str,
                    note: str) -> Applied:
    review = record.review
    force = review.in_force
    if force is not None and force.skp == skp:
        raise Refused(NOTHING_CHANGED.format(number=force.number))
    chosen = guidance().reason(reason.strip())
    if chosen is None:
        raise Refused("Perubahan SKP setelah ditetapkan perlu alasan dari panduan: " + reasons_text() + ". Pilih "
                      "salah satu, lalu ajukan lagi.")
    number = review.round + 1
    new = review.model_copy(update={"status": Status.perubahan_diajukan, "round": number, "submitted_at": now,
                                    "change": Change(reason=chosen.id, note=note.strip(), round=number, at=now),
                                    "returned": ""})
    what = changes(force.skp if force else SkpDraft(), skp)
    entry = _entry(owner, owner, "anggota", "ajukan_perubahan", {"status": review.status.value,
                                                                 "versi": force.number if force else 0},
                   {"status": new.status.value, "putaran": number, "alasan": chosen.id, "perubahan": what}, now,
                   f"ajukan:{number}")
    notice = Notice("atasan", _key(owner, f"ajukan:{number}"),
                    f"{member_called(skp)} mengajukan perubahan SKP ({chosen.label}): " + "; ".join(what) +
                    ". Buka /tim untuk menyetujui atau mengembalikannya.")
    return Applied(record.model_copy(update={"review": new}), skp, [entry], [notice])


def withdraw(record: MemberRecord, skp: SkpDraft, *, owner: str, now: datetime) -> Applied:
    """/ajukan batal: take a submission back to edit it (approvals already given still carry over)."""
    review = record.review
    if review.status is Status.diajukan:
        back = Status.draf
    elif review.status is Status.perubahan_diajukan:
        back = Status.ditetapkan
    else:
        raise Refused(f"Tidak ada pengajuan yang bisa ditarik; status SKP Anda: {review.status.label}.")
    new = review.model_copy(update={"status": back, "change": None})
    entry = _entry(owner, owner, "anggota", "tarik", {"status": review.status.value}, {"status": back.value}, now,
                   f"tarik:{review.round}")
    notice = Notice("atasan", _key(owner, f"tarik:{review.round}"),
                    f"{member_called(skp)} menarik pengajuan SKP-nya untuk diubah dulu; tombol keputusan yang lama tidak "
                    "berlaku lagi.")
    return Applied(record.model_copy(update={"review": new}), skp, [entry], [notice])


def edit_refusal(review: Review, index: int | None = None) -> str | None:
    """Why the member may not change the SKP now (None: they may). `index`: the IKI changed (0-based); None for
    adding or removing one. While the leader reviews, only an IKI the leader returned can be fixed."""
    if review.status is Status.diajukan:
        decided = review.decision(index) if index is not None else None
        if decided is not None and decided.verdict is Verdict.kembalikan:
            return None
        return (f"SKP Anda sedang ditinjau atasan (diajukan {_on(review.submitted_at)}). Tunggu keputusannya, atau "
                "tarik pengajuan dengan /ajukan batal lalu ubah.")
    if review.status is Status.perubahan_diajukan:
        return ("Perubahan SKP Anda sedang menunggu persetujuan atasan. Tunggu keputusannya, atau tarik pengajuan "
                "dengan /ajukan batal lalu ubah.")
    return None


# The leader's steps -----------------------------------------------------------------------------------------
def submission_refusal(review: Review, *, round: int) -> str | None:
    """Why nothing can be decided on the submission the leader saw (round): none is waiting, or a newer one is."""
    if review.status is not Status.diajukan:
        return f"SKP ini tidak sedang menunggu keputusan (status: {review.status.label}), jadi tidak ada yang dicatat."
    return STALE_ROUND if round != review.round else None


def decision_refusal(review: Review, skp: SkpDraft, *, round: int, index: int, fingerprint_seen: str) -> str | None:
    """Why a decision on IKI `index` (as the leader saw it: round and fingerprint) cannot be taken now."""
    refusal = submission_refusal(review, round=round)
    if refusal:
        return refusal
    if not 0 <= index < len(skp.iki):
        return f"IKI nomor {index + 1} tidak ada di SKP ini, jadi tidak ada yang dicatat. Buka /tim."
    if fingerprint(skp.iki[index]) != fingerprint_seen:
        return CHANGED.format(n=index + 1)
    decided = review.decision(index)
    if decided is not None:
        return (f"IKI nomor {index + 1} sudah diputuskan ({decided.verdict.label}); keputusan tidak dicatat dua "
                "kali.")
    return None


def decide(record: MemberRecord, skp: SkpDraft, *, actor: str, owner: str, index: int, verdict: Verdict, round: int,
           fingerprint_seen: str, now: datetime, comment: str = "", target: str = "") -> Applied:
    """One IKI: Setujui; Kembalikan (a comment saying what to fix); Ubah target (the new value and why). When no IKI
    is left undecided, the SKP is ditetapkan (all approved) or dikembalikan."""
    review = record.review
    refusal = decision_refusal(review, skp, round=round, index=index, fingerprint_seen=fingerprint_seen)
    if refusal:
        raise Refused(refusal)
    comment, old = comment.strip(), skp.iki[index]
    if verdict is Verdict.kembalikan and not comment:
        raise Refused("Tulis catatan untuk pegawai: apa yang perlu diperbaiki pada IKI ini.")
    iki = old
    if verdict is Verdict.ubah_target:
        if parse_target(target) is None:
            raise Refused("Target baru tidak terbaca. Tulis angkanya, misalnya 90% atau 12 dokumen.")
        if not comment:
            raise Refused("Tulis alasan perubahan target; pegawai menerimanya bersama target baru.")
        # quarterly targets agreed for the old target plan it no longer: the plan follows the new one (year18 #2)
        iki = old.model_copy(update={"target": target.strip(), "target_triwulan": None
                                     if target.strip() != old.target else old.target_triwulan})
        skp = skp.model_copy(update={"iki": [*skp.iki[:index], iki, *skp.iki[index + 1:]]})
    changed = verdict is Verdict.ubah_target
    made = Decision(index=index, verdict=verdict, fingerprint=fingerprint(iki), comment=comment,
                    target_before=target_text(old) if changed else None,
                    target_after=target_text(iki) if changed else None, round=round, at=now,
                    returned=iki if verdict is Verdict.kembalikan else None)
    entry = _entry(owner, actor, "atasan", verdict.value,
                   {"iki": index + 1, "indikator": old.indikator[:200], "target": target_text(old)},
                   {"keputusan": verdict.value, "catatan": comment, "target": target_text(iki)}, now, f"{round}:{index}")
    notice = Notice("anggota", _key(owner, f"{round}:{index}"), _decision_text(made, iki))
    review = review.model_copy(update={"decisions": [*review.decisions, made]})
    applied = Applied(record.model_copy(update={"review": review}), skp, [entry], [notice])
    return _settle(applied, actor=actor, owner=owner, now=now)


def approve_all(record: MemberRecord, skp: SkpDraft, *, actor: str, owner: str, round: int, now: datetime) -> Applied:
    """Setujui semua: approve every IKI not decided yet in this submission (a returned one stays returned)."""
    review = record.review
    refusal = submission_refusal(review, round=round)
    if refusal:
        raise Refused(refusal)
    pending = [i for i in range(len(skp.iki)) if review.decision(i) is None]
    made = [Decision(index=i, verdict=Verdict.setujui, fingerprint=fingerprint(skp.iki[i]), round=round, at=now)
            for i in pending]
    entries = [_entry(owner, actor, "atasan", Verdict.setujui.value,
                      {"iki": i + 1, "indikator": skp.iki[i].indikator[:200], "target": target_text(skp.iki[i])},
                      {"keputusan": Verdict.setujui.value, "catatan": "", "target": target_text(skp.iki[i]),
                       "sekaligus": True}, now, f"{round}:{i}") for i in pending]
    notices = [Notice("anggota", _key(owner, f"{round}:semua"),
                      f"Atasan menyetujui IKI nomor {_numbers(pending)} sekaligus.")] if pending else []
    review = review.model_copy(update={"decisions": [*review.decisions, *made]})
    applied = Applied(record.model_copy(update={"review": review}), skp, entries, notices)
    return _settle(applied, actor=actor, owner=owner, now=now)


def change_refusal(review: Review, *, round: int) -> str | None:
    """Why a decision on a proposed perubahan (as the leader saw it) cannot be taken now."""
    if review.status is not Status.perubahan_diajukan:
        return (f"Tidak ada perubahan SKP yang menunggu keputusan (status: {review.status.label}), jadi tidak ada "
                "yang dicatat.")
    return STALE_ROUND if round != review.round else None


def approve_change(record: MemberRecord, skp: SkpDraft, *, actor: str, owner: str, round: int, now: datetime,
                   reason: str = "") -> Applied:
    """Setujui perubahan: the changed SKP becomes the next version, with the member's reason or the one the leader
    names (one of the guidance's three)."""
    review = record.review
    refusal = change_refusal(review, round=round)
    if refusal:
        raise Refused(refusal)
    chosen = guidance().reason(reason.strip() or review.change.reason)
    if chosen is None:
        raise Refused("Perubahan SKP disetujui dengan alasan dari panduan: " + reasons_text() + ".")
    entry = _entry(owner, actor, "atasan", "setujui_perubahan", {"alasan_diajukan": review.change.reason},
                   {"alasan": chosen.id}, now, f"{round}:perubahan")
    applied = Applied(record, skp, [entry])
    return _set(applied, actor=actor, owner=owner, now=now, reason=chosen.id, note=review.change.note)


def return_change(record: MemberRecord, skp: SkpDraft, *, actor: str, owner: str, round: int, now: datetime,
                  comment: str) -> Applied:
    """Kembalikan perubahan: the version in force stays, and the member's SKP is that version again (the logbook,
    capaian and the next perubahan read the SKP in force, not a change the leader did not approve); what was
    proposed stays in the notice and in the audit trail's «perubahan SKP diajukan»."""
    review = record.review
    refusal = change_refusal(review, round=round)
    if refusal:
        raise Refused(refusal)
    if not comment.strip():
        raise Refused("Tulis catatan untuk pegawai: mengapa perubahan ini belum disetujui.")
    new = review.model_copy(update={"status": Status.ditetapkan, "change": None, "returned": comment.strip()})
    entry = _entry(owner, actor, "atasan", "kembalikan_perubahan", {"alasan_diajukan": review.change.reason},
                   {"catatan": comment.strip()}, now, f"{round}:perubahan")
    force = review.in_force
    proposed = changes(force.skp, skp) if force else []
    what = f" Yang diajukan: {'; '.join(proposed)}." if proposed else ""
    notice = Notice("anggota", _key(owner, f"{round}:perubahan"),
                    f"Atasan belum menyetujui perubahan SKP Anda: {comment.strip()}. SKP yang berlaku tetap versi "
                    f"{force.number if force else 1}, dan SKP Anda kembali seperti versi itu.{what} Ubah lagi bila "
                    "perlu, lalu ajukan dengan /ajukan.")
    kept = force.skp.model_copy(deep=True) if force else skp
    return Applied(record.model_copy(update={"review": new}), kept, [entry], [notice])


# Settling a round -------------------------------------------------------------------------------------------
def _settle(applied: Applied, *, actor: str, owner: str, now: datetime) -> Applied:
    """No IKI left undecided: all approved → ditetapkan; any returned → dikembalikan."""
    review, skp = applied.record.review, applied.skp
    if any(review.decision(i) is None for i in range(len(skp.iki))):
        return applied
    returned = [d.index for d in review.decisions if not d.verdict.approves]
    if not returned:
        return _set(applied, actor=actor, owner=owner, now=now)
    new = review.model_copy(update={"status": Status.dikembalikan})
    applied.entries.append(_entry(owner, actor, "atasan", "dikembalikan", {"status": review.status.value},
                                  {"status": new.status.value, "iki": [i + 1 for i in sorted(returned)]}, now,
                                  f"{review.round}:selesai"))
    applied.notices.append(Notice("anggota", _key(owner, f"{review.round}:selesai"),
                                  f"Atasan selesai meninjau SKP Anda: IKI nomor {_numbers(sorted(returned))} "
                                  "dikembalikan. Perbaiki dengan /ubah (catatan atasan ditampilkan di sana), lalu "
                                  "ajukan lagi dengan /ajukan."))
    return Applied(applied.record.model_copy(update={"review": new}), skp, applied.entries, applied.notices)


def _set(applied: Applied, *, actor: str, owner: str, now: datetime, reason: str = "", note: str = "") -> Applied:
    """Penetapan: the SKP as it stands becomes a version, dated today."""
    review, skp = applied.record.review, applied.skp
    version = Version(number=len(review.versions) + 1, on=now.date(), skp=skp, reason=reason, note=note)
    new = review.model_copy(update={"status": Status.ditetapkan, "versions": [*review.versions, version],
                                    "change": None, "returned": ""})
    day = long_date(version.on)
    applied.entries.append(_entry(owner, actor, "atasan", "ditetapkan", {"status": review.status.value},
                                  {"status": new.status.value, "versi": version.number, "tanggal": version.on.isoformat(),
                                   "alasan": reason}, now, f"versi:{version.number}"))
    why = f" karena {guidance().reason(reason).label.lower()}" if reason else ""
    gaps = skp_gaps(skp)  # set by the leader as it stands: the member is told what e-Kinerja still lacks (tester18 #4)
    lacking = ("\nMasih belum lengkap untuk e-Kinerja:\n" + "\n".join(f"- {line}" for line in gaps)
               + "\nLengkapi dengan /ubah, lalu ajukan perubahannya dengan /ajukan.") if gaps else ""
    applied.notices.append(Notice("anggota", _key(owner, f"versi:{version.number}"),
                                  f"SKP Anda ditetapkan atasan pada {day} (versi {version.number}){why}. Perubahan "
                                  "berikutnya diajukan dengan /ajukan dan perlu persetujuan atasan." + lacking))
    return Applied(applied.record.model_copy(update={"review": new}), skp, applied.entries, applied.notices)


def year_versions(year: YearState, review: Review) -> YearState:
    """The leader's penetapan as the year's SKP version, so the logbook, capaian, reminders and /skp versi read one
    record of what is agreed: the team review decides, the year keeps what was decided (with its date and reason)."""
    force = review.in_force
    if force is None or (year.versions and year.versions[-1].skp == force.skp):
        return year
    number = year.versions[-1].number + 1 if year.versions else 1
    made = SkpVersion(number=number, on=force.on, skp=force.skp.model_copy(deep=True), reason=force.reason,
                      note=force.note)
    return year.model_copy(update={"versions": [*year.versions, made], "year": year.year or force.on.year})


# What each side reads ---------------------------------------------------------------------------------------
def status_text(review: Review, skp: SkpDraft, paired: bool = False) -> str:
    """The SKP's state in one or two sentences, the same for the member and the leader (paired: a leader is linked,
    so a draft is not told to link one first)."""
    force = review.in_force
    if review.status is Status.diajukan:
        done = sum(1 for i in range(len(skp.iki)) if review.decision(i) is not None)
        return skp_status(f"diajukan pada {_on(review.submitted_at)}; {done} dari {len(skp.iki)} IKI sudah "
                          "diputuskan atasan.")
    if review.status is Status.dikembalikan:
        returned = [d.index for d in review.decisions if not d.verdict.approves]
        return skp_status(f"dikembalikan; IKI nomor {_numbers(sorted(returned))} perlu diperbaiki (/ubah), lalu "
                          "ajukan lagi dengan /ajukan.")
    if review.status is Status.perubahan_diajukan:
        reason = guidance().reason(review.change.reason)
        return skp_status(f"perubahan diajukan pada {_on(review.submitted_at)} ({reason.label if reason else '-'}); "
                          f"yang berlaku masih versi {force.number if force else 1}.")
    if review.status is Status.ditetapkan:
        text = skp_status(f"ditetapkan pada {long_date(force.on)} (versi {force.number}).")
        if review.returned:
            text += f" Perubahan terakhir belum disetujui atasan: {review.returned}."
        if force.skp != skp:
            text += " Ada perubahan yang belum diajukan; ajukan dengan /ajukan beserta alasannya."
        return text
    if paired:
        return skp_status("draf, belum diajukan; ajukan ke atasan dengan /ajukan.")
    return skp_status("draf; ajukan ke atasan dengan /ajukan setelah terhubung lewat /atasan.")


def iki_state(review: Review, skp: SkpDraft, index: int) -> str:
    """One IKI's place in the review: "menunggu", "disetujui", "dikembalikan: …", "disetujui, target diubah"."""
    if review.status is Status.draf or review.round == 0:
        return "draf"
    decided = review.decision(index)
    agreed = _in_force_state(review, skp, index)
    if agreed and (decided is None or decided.fingerprint != fingerprint(skp.iki[index])):
        return agreed
    if decided is None:
        return "menunggu keputusan" if review.status is Status.diajukan else "belum diajukan"
    if decided.fingerprint != fingerprint(skp.iki[index]):
        return "diubah, belum diajukan ulang"
    if decided.verdict is Verdict.kembalikan:
        return f"dikembalikan: {decided.comment}"
    if decided.verdict is Verdict.ubah_target:
        return f"disetujui, target diubah {decided.target_before} → {decided.target_after} ({decided.comment})"
    return "disetujui"


def _in_force_state(review: Review, skp: SkpDraft, index: int) -> str:
    """After penetapan the version in force, not the first round's decisions, says where an IKI stands: an IKI as
    approved in a perubahan is «ditetapkan», never «diubah, belum diajukan ulang» (tester51 P2-3); "" before any."""
    force = review.in_force
    if force is None or review.status not in (Status.ditetapkan, Status.perubahan_diajukan):
        return ""
    if index < len(force.skp.iki) and force.skp.iki[index] == skp.iki[index]:
        return f"disetujui, ditetapkan (versi {force.number})"
    if review.status is Status.perubahan_diajukan:
        return "perubahan menunggu keputusan"
    return f"diubah setelah versi {force.number}, belum diajukan sebagai perubahan"


def returned_comment(review: Review, index: int) -> str | None:
    """The leader's comment on a returned IKI, for /ubah to show while the member fixes it."""
    decided = review.decision(index)
    if decided is None or decided.verdict is not Verdict.kembalikan:
        return None
    return decided.comment if review.status in (Status.diajukan, Status.dikembalikan) else None


def changes(before: SkpDraft, after: SkpDraft) -> list[str]:
    """What a perubahan changes, IKI by IKI, in short Indonesian lines: an IKI with the same indicator is "diubah"
    (its changed fields listed), one found nowhere before is "baru", one gone is "dihapus"."""
    same, kept, unmatched = _matched(before, after)
    lines = []
    for n, iki in enumerate(after.iki):
        if n in same:
            continue
        was = kept[n]
        if was is None:
            lines.append(f"IKI {n + 1} baru: {iki.indikator}")
            continue
        fields = [f"{name} {_value(getattr(was, name))} → {_value(getattr(iki, name))}"
                  for name in ("indikator", "rhk", "target", "satuan", "jenis", "bobot", "aspek", "parent", "baseline")
                  if getattr(was, name) != getattr(iki, name) and (name != "satuan" or _unit(was) != _unit(iki))]
        if not fields:
            continue
        # named by its short name too, unless its text is what changed (then the fields say both)
        named = "" if was.indikator != iki.indikator else f" «{short(iki.indikator, NAME_CHARS, at_word=True)}»"
        lines.append(f"IKI {n + 1}{named} diubah: " + ", ".join(fields))
    lines += [f"IKI {k + 1} dihapus: {iki.indikator}" for k, iki in unmatched.items()]
    return lines or ["tidak ada perbedaan isi"]


def iki_changes(before: SkpDraft, after: SkpDraft) -> dict[int, str]:
    """What changed in each IKI of `after` since `before` (the SKP as last submitted), by its place now: «baru»,
    «teks diubah, bobot 22,5% → 18%»; an IKI as it was is left out (tester51 P2-6: a resubmission showed every IKI
    again as «menunggu keputusan» with no mark of what changed)."""
    _, kept, _ = _matched(before, after)
    said = {}
    for n, was in kept.items():
        iki = after.iki[n]
        if was is None:
            said[n] = "baru"
            continue
        parts = ["teks diubah"] if was.indikator != iki.indikator else []
        if was.target != iki.target:
            parts.append(f"target {_value(was.target)} → {_value(iki.target)}")
        if was.bobot != iki.bobot:
            parts.append(f"bobot {_percent(was.bobot)} → {_percent(iki.bobot)}")
        parts += [f"{label.lower()} diubah" for name, label in FIELD_LABELS.items()
                  if name not in ("indikator", "target", "bobot") and getattr(was, name) != getattr(iki, name)
                  and (name != "satuan" or _unit(was) != _unit(iki))]
        if parts:
            said[n] = ", ".join(parts)
    return said


def _matched(before: SkpDraft, after: SkpDraft) -> tuple[list[int], dict[int, IkiDraft | None], dict[int, IkiDraft]]:
    """Each IKI of `after` matched to `before`: those unchanged (`same`), the others to the IKI with the same
    indicator or, reworded in place (/ubah N teks), at the same place (`kept`, None: new); `before`'s left over."""
    unmatched = dict(enumerate(before.iki))
    same = [n for n, iki in enumerate(after.iki) if _take(unmatched, lambda old, iki=iki: old == iki)]
    kept = {n: _take(unmatched, lambda old, iki=iki: old.indikator == iki.indikator)
            for n, iki in enumerate(after.iki) if n not in same}
    kept = {n: was if was is not None else unmatched.pop(n, None) for n, was in kept.items()}
    return same, kept, unmatched


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{format_number(value)}%"


def _unit(iki: IkiDraft) -> str:
    """The IKI's unit as read: its satuan, else the one its target says («85%» → %): a satuan filled in from the
    target by /ubah is no change the leader must weigh (team29's year walk: «satuan - → %» beside «target 90% →
    85%»)."""
    target = parse_target(iki.target) if iki.target is not None else None
    return (iki.satuan or (target.unit if target else None) or "").strip().lower()


def _take(unmatched: dict[int, IkiDraft], fits) -> IkiDraft | None:
    """The first IKI left that fits, taken out of `unmatched`."""
    found = next((n for n, old in unmatched.items() if fits(old)), None)
    return None if found is None else unmatched.pop(found)


def _decision_text(made: Decision, iki: IkiDraft) -> str:
    name = f"IKI nomor {made.index + 1} «{iki.indikator}»"
    if made.verdict is Verdict.setujui:
        return f"Atasan menyetujui {name}."
    if made.verdict is Verdict.kembalikan:
        return (f"Atasan mengembalikan {name} dengan catatan: {made.comment}. Perbaiki dengan /ubah {made.index + 1}, "
                "lalu ajukan ulang dengan /ajukan.")
    return (f"Atasan mengubah target {name} dari {made.target_before} menjadi {made.target_after} dan menyetujuinya. "
            f"Alasan: {made.comment}.")


def _entry(owner: str, actor: str, role: str, action: str, before: dict, after: dict, now: datetime,
           ref: str) -> AuditEntry:
    return AuditEntry(owner, actor, role, action, before, after, now.timestamp(), ref)


def _key(owner: str, ref: str) -> str:
    return f"tim:{owner}:{ref}"


def _on(moment: datetime | None) -> str:
    return long_date(moment.date()) if moment else "-"


def _numbers(indices: list[int]) -> str:
    return ", ".join(str(i + 1) for i in indices)


def _value(value) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value)
    return "-" if value is None else str(value.value if hasattr(value, "value") else value)


def skp_gaps(skp: SkpDraft, about: str = "") -> list[str]:
    """What keeps this SKP from e-Kinerja as a whole: the SKP-wide findings that must be fixed (IP ASN missing, jenis
    or bobot not given, too few IKI) and each IKI without a target; [] when none. about: the member the leader reads
    them about: the rules speak to the SKP's owner («peran Anda»), so «Anda» names the member (tester55 F16)."""
    lines = [f.message for f in check_skp(skp).findings if f.severity is Severity.error]
    no_target = [str(number) for number, missing in incomplete(skp) if "target" in missing]
    if no_target:
        lines.append(f"IKI nomor {', '.join(no_target)} belum punya target.")
    return [re.sub(r"\bAnda\b", about, line) for line in lines] if about else lines
