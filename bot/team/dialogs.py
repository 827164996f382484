"""Dialog kinerja as a shared record: the cadence the leader sets (per member or for the team), the next dialog's
date, the agenda both sides get before it, and the catatan/rekomendasi the leader records afterwards in the
guidance's categories, which the member confirms having read."""

import re
from datetime import date, datetime, timedelta

from bot.lang.dates import add_months, long_date
from bot.models import MAX_TEXT_CHARS, SkpDraft
from bot.storage.team import AuditEntry
from bot.team.feedback import feedback_line, feedback_since
from bot.team.guidance import Cadence, guidance
from bot.team.record import Catatan, Dialog, LeaderSettings, MemberRecord, Status, Verdict, member_called
from bot.team.results import Applied, Notice, Refused
from bot.year.capaian import behind_said


def cadences_text() -> str:
    return ", ".join(f"{c.label.lower()} ({c.id})" for c in guidance().cadences)


def cadence_of(record: MemberRecord, settings: LeaderSettings) -> Cadence:
    """The member's own cadence, else the leader's for the team, else the guidance's default."""
    g = guidance()
    return g.cadence(record.cadence) or g.cadence(settings.cadence) or g.cadence(g.default_cadence)


def read_cadence(text: str) -> Cadence:
    words = text.strip().lower().replace("-", " ")
    found = next((c for c in guidance().cadences
                  if words in (c.id, c.id.replace("_", " "), c.label.lower())), None)
    if found is None:
        raise Refused(f"Pilih jadwal dialog kinerja: {cadences_text()}.")
    return found


def set_cadence(record: MemberRecord, skp: SkpDraft, *, actor: str, owner: str, cadence: str,
                now: datetime) -> Applied:
    """The leader sets this member's cadence (an empty cadence goes back to the team's)."""
    chosen = guidance().cadence(cadence) if cadence else None
    if cadence and chosen is None:
        raise Refused(f"Pilih jadwal dialog kinerja: {cadences_text()}.")
    entry = AuditEntry(owner, actor, "atasan", "jadwal_dialog", {"jadwal": record.cadence},
                       {"jadwal": chosen.id if chosen else ""}, now.timestamp(), None)
    label = chosen.label.lower() if chosen else "mengikuti jadwal tim"
    notice = Notice("anggota", f"tim:{owner}:jadwal:{int(now.timestamp())}",
                    f"Atasan mengatur jadwal dialog kinerja Anda: {label}.")
    return Applied(record.model_copy(update={"cadence": chosen.id if chosen else ""}), skp, [entry], [notice])


def next_dialog(record: MemberRecord, settings: LeaderSettings, started: date) -> date:
    """The next dialog: one cadence after the last dialog held, or after the SKP was set, or after pairing."""
    review = record.review
    last = max((d.held_on for d in record.dialogs), default=None)
    base = last or (review.versions[0].on if review.versions else started)
    return add_months(base, cadence_of(record, settings).months)


def agenda_day(dialog_on: date) -> date:
    """When both sides get the agenda."""
    return dialog_on - timedelta(days=guidance().agenda_days_before)


def agenda_key(owner: str, dialog_on: date, to: str) -> str:
    return f"agenda:{owner}:{dialog_on.isoformat()}:{to}"


def agenda(record: MemberRecord, skp: SkpDraft, *, dialog_on: date, done: list[str] | None = None,
           behind: list[int] | None = None, said: str = "") -> str:
    """The agenda before a dialog: what was done, what is behind, feedback since the last dialog, open questions.
    `done` (logbook lines) and `behind` (IKI behind the quarterly trajectory, 0-based; `said`: how, as /capaian says
    it) come from the year's record when it exists; without them the agenda says so."""
    last = max(record.dialogs, key=lambda d: d.held_on, default=None)
    since = datetime.combine(last.held_on, datetime.min.time(), tzinfo=last.recorded_at.tzinfo) if last else None
    lines = [f"Agenda dialog kinerja {long_date(dialog_on)}"
             + (f" (dialog sebelumnya {long_date(last.held_on)})" if last else "") + ":", "", "1. Yang sudah dikerjakan:"]
    lines += [f"   - {line}" for line in done] if done else ["   - belum ada catatan harian yang terhubung"]
    lines.append("2. Yang tertinggal:")
    if behind is None:
        lines.append("   - capaian per triwulan belum dihitung")
    else:
        said = said or behind_said([])
        lines += [f"   - IKI {i + 1} «{skp.iki[i].indikator}» {said}" for i in behind if i < len(skp.iki)] or \
                 [f"   - tidak ada IKI {behind_said([])}"]
    lines.append("3. Umpan balik sejak dialog terakhir:")
    lines += [f"   - {feedback_line(f)}" for f in feedback_since(record, since)] or ["   - belum ada"]
    lines.append("4. Pertanyaan terbuka:")
    lines += [f"   - {q}" for q in open_questions(record, skp)] or ["   - tidak ada"]
    return "\n".join(lines)


def open_questions(record: MemberRecord, skp: SkpDraft) -> list[str]:
    """What is still open between the two: unanswered feedback, returned IKI, a perubahan waiting, catatan unread."""
    review = record.review
    found = [f"umpan balik {f.id} ({f.text[:80]}) belum dibalas" for f in record.feedback if not f.reply]
    if review.status in (Status.diajukan, Status.dikembalikan):
        found += [f"IKI {d.index + 1} dikembalikan: {d.comment}" for d in review.decisions
                  if d.verdict is Verdict.kembalikan]
    if review.status is Status.perubahan_diajukan:
        found.append("perubahan SKP menunggu persetujuan atasan")
    found += [f"catatan dialog {long_date(d.held_on)} belum dikonfirmasi dibaca" for d in record.dialogs if d.read_at is None]
    return found


def read_catatan(text: str) -> list[Catatan]:
    """"diklat: pelatihan analisis data; tindak lanjut: …" (one per line or separated by ";") → catatan in the
    guidance's categories. Refused names the categories when a part has none."""
    parts = [p.strip() for p in re.split(r"[;\n]", text) if p.strip()]
    if not parts:
        raise Refused(catatan_help())
    found = []
    for part in parts:
        head, sep, body = part.partition(":")
        category = _category(head) if sep else None
        if category is None or not body.strip():
            raise Refused(f"«{part[:60]}» belum punya kategori. {catatan_help()}")
        found.append(Catatan(category=category, text=body.strip()))
    return found


def record_dialog(record: MemberRecord, skp: SkpDraft, *, actor: str, owner: str, pair: str, held_on: date,
                  catatan: list[Catatan], now: datetime) -> Applied:
    """After a dialog the leader records its catatan/rekomendasi; the member is asked to confirm reading them."""
    if held_on > now.date():
        raise Refused(f"Tanggal dialog {long_date(held_on)} belum lewat; catat setelah dialognya berlangsung.")
    if not catatan:
        raise Refused(catatan_help())
    for item in catatan:
        if guidance().category(item.category) is None:
            raise Refused(catatan_help())
        if not item.text.strip() or len(item.text) > MAX_TEXT_CHARS:
            raise Refused(f"Isi catatan kosong atau lebih dari {MAX_TEXT_CHARS} karakter.")
    dialog = Dialog(id=f"d{len(record.dialogs) + 1}", held_on=held_on, catatan=catatan, pair=pair, recorded_at=now)
    entry = AuditEntry(owner, actor, "atasan", "catatan_dialog", {},
                       {"id": dialog.id, "tanggal": held_on.isoformat(),
                        "catatan": [{"kategori": c.category, "isi": c.text} for c in catatan]}, now.timestamp(),
                       f"dialog:{dialog.id}")
    notice = Notice("anggota", f"tim:{owner}:dialog:{dialog.id}",
                    f"Catatan dialog kinerja {long_date(held_on)} dari atasan:\n{catatan_text(dialog)}\nKonfirmasi "
                    f"bahwa Anda sudah membacanya dengan /dialog baca {dialog.id}.")
    return Applied(record.model_copy(update={"dialogs": [*record.dialogs, dialog]}), skp, [entry], [notice])


def confirm_dialog(record: MemberRecord, skp: SkpDraft, *, owner: str, dialog_id: str, now: datetime) -> Applied:
    """The member confirms having read a dialog's catatan (once); the leader is told."""
    found = next((d for d in record.dialogs if d.id == dialog_id), None)
    if found is None:
        raise Refused(f"Dialog {dialog_id} tidak ada. Lihat daftar dialog dengan /dialog.")
    if found.read_at is not None:
        raise Refused(f"Catatan dialog {long_date(found.held_on)} sudah Anda konfirmasi pada "
                      f"{long_date(found.read_at.date())}.")
    read = found.model_copy(update={"read_at": now})
    entry = AuditEntry(owner, owner, "anggota", "catatan_dibaca", {"id": found.id}, {"id": found.id},
                       now.timestamp(), f"dibaca:{found.id}")
    notice = Notice("atasan", f"tim:{owner}:dibaca:{found.id}",
                    f"{member_called(skp)} sudah membaca catatan dialog kinerja {long_date(found.held_on)}.")
    dialogs = [read if d.id == found.id else d for d in record.dialogs]
    return Applied(record.model_copy(update={"dialogs": dialogs}), skp, [entry], [notice])


def catatan_text(dialog: Dialog) -> str:
    return "\n".join(f"- {guidance().category(c.category).label}: {c.text}" for c in dialog.catatan)


def _category(head: str) -> str | None:
    words = " ".join(head.lower().replace("_", " ").split())
    return next((c.id for c in guidance().catatan
                 if words in (c.id.replace("_", " "), c.label.lower(), *c.words)), None)


def catatan_help() -> str:
    return ("Tulis catatan per kategori, satu per baris atau dipisah titik koma, misalnya «diklat: pelatihan analisis "
            "data; tindak lanjut: laporan TW II dilengkapi». Kategori: "
            + ", ".join(c.label.lower() for c in guidance().catatan) + ".")
