"""Feedback from the leader to a member (apresiasi, perlu perbaikan, arahan; on one IKI or general) and the
member's reply, both kept on the member's record for the dialog pack and the agenda."""

import re
from datetime import datetime

from bot.models import MAX_TEXT_CHARS, SkpDraft
from bot.storage.team import AuditEntry
from bot.team.guidance import guidance
from bot.team.record import Feedback, MemberRecord, member_called
from bot.team.results import Applied, Notice, Refused


def kinds_text() -> str:
    return ", ".join(k.label.lower() for k in guidance().feedback)


def read_feedback(text: str, skp: SkpDraft) -> tuple[str, int | None, str]:
    """"apresiasi 2 laporan tepat waktu" → (kind, IKI index or None, message): the kind first (its id or label),
    then an optional IKI number, then the words for the member. Refused says how to write it."""
    words = text.strip()
    lowered = words.lower()
    found = next(((k, name) for k in guidance().feedback
                  for name in (k.label.lower(), k.id.replace("_", " "), k.id)
                  if lowered == name or lowered.startswith(name + " ")), None)
    if found is None:
        raise Refused(f"Mulai dengan jenis umpan balik ({kinds_text()}), lalu nomor IKI bila untuk satu IKI, lalu "
                      "pesannya. Contoh: /umpanbalik apresiasi 2 Laporan bulan ini lengkap dan tepat waktu.")
    kind, name = found
    rest = words[len(name):].strip()
    number = re.match(r"^(?:iki\s*)?(\d{1,3})\b\s*[:.\-]?\s*", rest, re.IGNORECASE)
    index = None
    if number and int(number[1]) >= 1:
        index = int(number[1]) - 1
        if index >= len(skp.iki):
            raise Refused(f"IKI nomor {index + 1} tidak ada; SKP ini berisi {len(skp.iki)} IKI.")
        rest = rest[number.end():].strip()
    return kind.id, index, rest


def give_feedback(record: MemberRecord, skp: SkpDraft, *, actor: str, owner: str, pair: str, kind: str, text: str,
                  iki: int | None, now: datetime) -> Applied:
    """/umpanbalik: the leader's feedback, on IKI `iki` (0-based) or general; the member is told at once."""
    chosen = guidance().feedback_kind(kind)
    if chosen is None:
        raise Refused(f"Jenis umpan balik ada tiga: {kinds_text()}.")
    text = text.strip()
    if not text:
        raise Refused("Tulis isi umpan baliknya, misalnya: Laporan bulan ini lengkap dan tepat waktu.")
    if len(text) > MAX_TEXT_CHARS:
        raise Refused(f"Umpan balik terlalu panjang ({len(text)} karakter); singkat menjadi paling banyak "
                      f"{MAX_TEXT_CHARS} karakter.")
    if iki is not None and not 0 <= iki < len(skp.iki):
        raise Refused(f"IKI nomor {iki + 1} tidak ada; SKP ini berisi {len(skp.iki)} IKI.")
    given = Feedback(id=f"u{len(record.feedback) + 1}", kind=chosen.id, text=text, iki=iki,
                     iki_text=skp.iki[iki].indikator if iki is not None else "", pair=pair, at=now)
    entry = AuditEntry(owner, actor, "atasan", "umpan_balik", {},
                       {"id": given.id, "jenis": chosen.id, "iki": None if iki is None else iki + 1}, now.timestamp(),
                       f"umpan_balik:{given.id}")
    notice = Notice("anggota", f"tim:{owner}:umpan_balik:{given.id}",
                    f"{chosen.label} dari atasan{_about(given)}: {text}\nBalas dengan /umpanbalik balas {given.id} "
                    "<pesan Anda>.")
    return Applied(record.model_copy(update={"feedback": [*record.feedback, given]}), skp, [entry], [notice])


def reply_feedback(record: MemberRecord, skp: SkpDraft, *, owner: str, feedback_id: str, text: str,
                   now: datetime) -> Applied:
    """The member's reply to one feedback (once); the leader is told."""
    found = next((f for f in record.feedback if f.id == feedback_id), None)
    if found is None:
        raise Refused(f"Umpan balik {feedback_id} tidak ada. Lihat daftar umpan balik dengan /umpanbalik.")
    if found.reply:
        raise Refused(f"Umpan balik {feedback_id} sudah Anda balas: {found.reply}")
    text = text.strip()
    if not text or len(text) > MAX_TEXT_CHARS:
        raise Refused(f"Tulis balasan Anda (paling banyak {MAX_TEXT_CHARS} karakter).")
    replied = found.model_copy(update={"reply": text, "replied_at": now})
    entry = AuditEntry(owner, owner, "anggota", "balas_umpan_balik", {"id": found.id}, {"id": found.id},
                       now.timestamp(), f"balas:{found.id}")
    label = guidance().feedback_kind(found.kind).label.lower()
    notice = Notice("atasan", f"tim:{owner}:balas:{found.id}",
                    f"{member_called(skp)} membalas umpan balik ({label}{_about(found)}): {text}")
    feedback = [replied if f.id == found.id else f for f in record.feedback]
    return Applied(record.model_copy(update={"feedback": feedback}), skp, [entry], [notice])


def feedback_since(record: MemberRecord, since: datetime | None) -> list[Feedback]:
    return [f for f in record.feedback if since is None or f.at >= since]


def feedback_line(given: Feedback) -> str:
    """One feedback and its reply, as the agenda and the dialog pack list them."""
    kind = guidance().feedback_kind(given.kind)
    line = f"{kind.label if kind else given.kind}{_about(given)}: {given.text}"
    return line + (f" — balasan: {given.reply}" if given.reply else " — belum dibalas")


def _about(given: Feedback) -> str:
    return f" untuk IKI {given.iki + 1} «{given.iki_text}»" if given.iki is not None else ""
