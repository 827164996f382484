"""Which of the user's IKI lack a record, from the records themselves: no realisasi yet (or an ended triwulan left
empty), or no logbook entry linked in a period («IKI mana yang belum ada realisasinya?», «iki apa aja yg blm ada
catatan bulan ini?»)."""

from datetime import date

from bot.lang.dates import long_date
from bot.models import SkpDraft
from bot.rules.measures import Trend
from bot.year.capaian import capaian_all, unfilled_quarter
from bot.year.models import EntryStatus, YearState
from bot.year.periods import quarter_label

_SHORT = 60  # an IKI's words shown in a list line


def _named(number: int, indikator: str) -> str:
    words = indikator if len(indikator) <= _SHORT else indikator[:_SHORT].rsplit(" ", 1)[0] + "…"
    return f"IKI {number} «{words}»"


def without_realisasi(skp: SkpDraft, year: YearState, today: date) -> str:
    """Each IKI with no realisasi at all, and each whose last ended triwulan is still empty, with how to fill it; a
    yearly score (IP ASN) before TW IV is said to wait for TW IV, never chased."""
    found = capaian_all(skp, year, today)
    none_yet, gaps, later = [], [], []
    for c in found:
        empty = all(f.value is None for f in c.quarters)
        quarter = unfilled_quarter(c)
        if empty and c.trend is Trend.yearly and not any(f.ended and f.quarter == 4 for f in c.quarters):
            later.append(c)
        elif empty:
            none_yet.append((c, quarter))
        elif quarter:
            gaps.append((c, quarter))
    if not none_yet and not gaps:
        said = f" ({', '.join(f'IKI {c.number}' for c in later)} nilai tahunan, diisi di TW IV)" if later else ""
        return (f"Semua IKI Anda sudah ada realisasinya sampai {long_date(today)}{said}. Rinciannya: /capaian.")
    lines = [f"IKI yang belum ada realisasinya (sampai {long_date(today)}):"]
    lines += [f"- {_named(c.number, c.iki)}: belum ada" + (f"; realisasi {quarter_label(q)} belum diisi" if q else "")
              for c, q in none_yet]
    lines += [f"- {_named(c.number, c.iki)}: realisasi {quarter_label(q)} belum diisi" for c, q in gaps]
    lines += [f"- {_named(c.number, c.iki)}: nilai tahunan, diisi di TW IV" for c in later]
    done = [c.number for c in found if c not in later and all(c is not n for n, _ in none_yet + gaps)]
    if done:
        lines.append("Sudah ada realisasinya: IKI " + ", ".join(map(str, done)) + ".")
    first = (none_yet + gaps)[0]
    quarter = first[1] or next((f.quarter for f in first[0].quarters if not f.ended), 4)
    lines.append(f"Isi dengan /capaian, atau tulis misalnya «IKI {first[0].number} {quarter_label(quarter)}: …» "
                 "dengan angkanya.")
    return "\n".join(lines)


def without_entries(skp: SkpDraft, year: YearState, start: date, end: date, period: str) -> str:
    """Each IKI with no logbook entry linked to it from `start` to `end` (`period`: how the days are said), the IKI
    that have some with their count, and entries of the period still waiting for their IKI."""
    inside = [e for e in year.entries if start <= e.day <= end]
    counts = {iki.indikator: 0 for iki in skp.iki}
    for e in inside:
        if e.status is EntryStatus.linked and e.iki in counts:
            counts[e.iki] += 1
    empty = [n for n, iki in enumerate(skp.iki, start=1) if not counts[iki.indikator]]
    if not empty:
        lines = [f"Semua IKI Anda sudah ada catatan hariannya {period}."]
    else:
        lines = [f"IKI yang belum ada catatan hariannya {period}:"]
        lines += [f"- {_named(n, skp.iki[n - 1].indikator)}" for n in empty]
    some = [f"IKI {n} ({counts[iki.indikator]})" for n, iki in enumerate(skp.iki, start=1) if counts[iki.indikator]]
    if some:
        lines.append("Sudah ada catatannya: " + ", ".join(some) + ".")
    unsure = [e.id for e in inside if e.status is EntryStatus.unsure]
    if unsure:
        lines.append(f"{len(unsure)} catatan {period} belum dihubungkan ke IKI ({', '.join(unsure[:5])}): pilih IKI-nya "
                     "lewat /catatan, misalnya «" + unsure[0] + " ke IKI 2».")
    if empty:
        lines.append("Catat pekerjaannya dalam satu baris, misalnya «hari ini …»; pekerjaan hari lain dengan harinya, "
                     "«senin lalu …».")
    return "\n".join(lines)
