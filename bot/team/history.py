"""The audit trail as people read it: /riwayat lines and the rows of the /ekspor sheet (who, what, when,
before and after), naming the reader "Anda" and others by their role only."""

import re
from datetime import date, datetime

from bot import knowledge
from bot.clock import WIB
from bot.lang.dates import long_date
from bot.lang.text import short
from bot.storage.team import AuditRecord
from bot.team.guidance import guidance

ACTIONS = {
    "pasangan_mulai": "pasangan dimulai", "pasangan_berakhir": "pasangan berakhir", "ajukan": "SKP diajukan",
    "ajukan_perubahan": "perubahan SKP diajukan", "tarik": "pengajuan ditarik", "setujui": "IKI disetujui",
    "kembalikan": "IKI dikembalikan", "ubah_target": "target IKI diubah", "dikembalikan": "SKP dikembalikan",
    "ditetapkan": "SKP ditetapkan", "setujui_perubahan": "perubahan SKP disetujui",
    "kembalikan_perubahan": "perubahan SKP dikembalikan", "umpan_balik": "umpan balik", "balas_umpan_balik":
    "balasan umpan balik", "jadwal_dialog": "jadwal dialog kinerja", "catatan_dialog": "catatan dialog kinerja",
    "catatan_dibaca": "catatan dialog dibaca",
}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
NAME_CHARS = 50  # an IKI's short name in a history line
COLUMNS = ("Waktu (WIB)", "Oleh", "Tindakan", "Sebelum", "Sesudah")


def who(record: AuditRecord, viewer_key: str | None) -> str:
    return "Anda" if viewer_key and record.actor_key == viewer_key else record.actor_role


def values(data: dict, action: str = "") -> str:
    """{"iki": 2, "target": "80%"} → "IKI nomor 2; target 80%": each key said as knowledge/team.yaml `history`
    words it (a flag only when true, a reason by its label, a date as written), lists and nested values as text."""
    words = knowledge.data("team")["history"]
    say = {**words["say"], **words.get("by_action", {}).get(action, {})}
    parts = []
    for key, value in data.items():
        if value in ("", None, [], {}) or value is False or key in words["hide"]:
            continue
        if key in words["reasons"] and guidance().reason(str(value)):
            value = guidance().reason(str(value)).label
        if key in words["parts"] and isinstance(value, list):
            value = " · ".join(_part(words["parts"][key], v) for v in value)
        parts.append(say[key].format(v=_said(value)) if key in say else f"{key.replace('_', ' ')} {_said(value)}")
    return "; ".join(parts) or "-"


def _part(say: str, part) -> str:
    """One part of a listed value as team.yaml `history.parts` says it, a dialog catatan's kategori by its label."""
    if not isinstance(part, dict):
        return _said(part)
    category = guidance().category(str(part.get("kategori", "")))
    fields = {key: _said(value) for key, value in part.items()}
    if category is not None:
        fields["kategori"] = category.label
    try:
        return say.format(**fields)
    except KeyError:  # a part kept before its words were: said as it is
        return _said([part])


def _said(value) -> str:
    if isinstance(value, list):
        return ", ".join(": ".join(str(x) for x in v.values()) if isinstance(v, dict) else _said(v) for v in value)
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return long_date(date.fromisoformat(value))
    return value.replace("_", " ") if isinstance(value, str) and " " not in value else str(value)


def action(record: AuditRecord) -> str:
    """What was done, its IKI named by number and short name when the decision is about one IKI («IKI 2 «Persentase
    dokumen …» dikembalikan», not «IKI dikembalikan»: a reader of /riwayat could not tell which)."""
    said = ACTIONS.get(record.action, record.action)
    number = record.before.get("iki")
    if not isinstance(number, int) or isinstance(number, bool) or "IKI" not in said.split():
        return said
    name = record.before.get("indikator")
    named = f"IKI {number}" + (f" «{short(str(name), NAME_CHARS, at_word=True)}»" if name else "")
    return " ".join(named if word == "IKI" else word for word in said.split())


def history_rows(records: list[AuditRecord], viewer_key: str | None) -> list[tuple[str, str, str, str, str]]:
    """The /ekspor sheet's rows, in COLUMNS order."""
    return [(datetime.fromtimestamp(r.at, WIB).strftime("%Y-%m-%d %H:%M"), who(r, viewer_key),
             action(r), values(r.before, r.action), values(r.after, r.action)) for r in records]


def history_text(records: list[AuditRecord], viewer_key: str | None, last: int = 20) -> str:
    """/riwayat: the last entries, one line each."""
    if not records:
        return "Belum ada riwayat keputusan untuk SKP ini."
    shown = history_rows(records[-last:], viewer_key)
    head = f"Riwayat SKP ({len(records)} catatan" + (f", {len(shown)} terakhir" if len(records) > len(shown) else "") + "):"
    return "\n".join([head, *(f"{t} · {by} · {what}: {after}" if after != "-" else f"{t} · {what} oleh {by}"
                              for t, by, what, _before, after in shown)])
