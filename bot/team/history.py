"""The audit trail as people read it: /riwayat lines and the rows of the /ekspor sheet (who, what, when,
before and after), naming the reader "Anda" and others by their role only."""

from datetime import datetime

from bot.clock import WIB
from bot.storage.team import AuditRecord

ACTIONS = {
    "pasangan_mulai": "pasangan dimulai", "pasangan_berakhir": "pasangan berakhir", "ajukan": "SKP diajukan",
    "ajukan_perubahan": "perubahan SKP diajukan", "tarik": "pengajuan ditarik", "setujui": "IKI disetujui",
    "kembalikan": "IKI dikembalikan", "ubah_target": "target IKI diubah", "dikembalikan": "SKP dikembalikan",
    "ditetapkan": "SKP ditetapkan", "setujui_perubahan": "perubahan SKP disetujui",
    "kembalikan_perubahan": "perubahan SKP dikembalikan", "umpan_balik": "umpan balik", "balas_umpan_balik":
    "balasan umpan balik", "jadwal_dialog": "jadwal dialog kinerja", "catatan_dialog": "catatan dialog kinerja",
    "catatan_dibaca": "catatan dialog dibaca",
}
COLUMNS = ("Waktu (WIB)", "Oleh", "Tindakan", "Sebelum", "Sesudah")


def who(record: AuditRecord, viewer_key: str | None) -> str:
    return "Anda" if viewer_key and record.actor_key == viewer_key else record.actor_role


def values(data: dict) -> str:
    """{"iki": 2, "target": "80%"} → "iki 2; target 80%" (lists and nested values as plain text)."""
    parts = []
    for key, value in data.items():
        if value in ("", None, [], {}):
            continue
        if isinstance(value, list):
            value = ", ".join(v if isinstance(v, str) else "; ".join(f"{k} {x}" for k, x in v.items())
                              if isinstance(v, dict) else str(v) for v in value)
        parts.append(f"{key.replace('_', ' ')} {value}")
    return "; ".join(parts) or "-"


def history_rows(records: list[AuditRecord], viewer_key: str | None) -> list[tuple[str, str, str, str, str]]:
    """The /ekspor sheet's rows, in COLUMNS order."""
    return [(datetime.fromtimestamp(r.at, WIB).strftime("%Y-%m-%d %H:%M"), who(r, viewer_key),
             ACTIONS.get(r.action, r.action), values(r.before), values(r.after)) for r in records]


def history_text(records: list[AuditRecord], viewer_key: str | None, last: int = 20) -> str:
    """/riwayat: the last entries, one line each."""
    if not records:
        return "Belum ada riwayat keputusan untuk SKP ini."
    shown = history_rows(records[-last:], viewer_key)
    head = f"Riwayat SKP ({len(records)} catatan" + (f", {len(shown)} terakhir" if len(records) > len(shown) else "") + "):"
    return "\n".join([head, *(f"{t} · {by} · {what}: {after}" for t, by, what, _before, after in shown)])
