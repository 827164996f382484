"""Which of the user's IKI lack a record, from the records themselves: no realisasi yet (or an ended triwulan with
no reported figure: one the logbook computes is said apart), or no logbook entry linked in a period («IKI mana yang belum ada realisasinya?», «iki apa aja yg blm ada
catatan bulan ini?»)."""

from datetime import date
from typing import NamedTuple

from bot.lang.dates import long_date
from bot.models import SkpDraft
from bot.rules.measures import Trend
from bot.year.capaian import capaian_all, unfilled_quarter, value_text
from bot.year.models import EntryStatus, YearState
from bot.year.periods import quarter_label

_SHORT = 60  # an IKI's words shown in a list line


def _named(number: int, indikator: str) -> str:
    words = indikator if len(indikator) <= _SHORT else indikator[:_SHORT].rsplit(" ", 1)[0] + "…"
    return f"IKI {number} «{words}»"


class Missing(NamedTuple):
    text: str
    quarter: int | None  # the ended triwulan of the first IKI still to fill: its «Isi realisasi» button


def without_realisasi(skp: SkpDraft, year: YearState, today: date) -> Missing:
    """Each IKI whose last ended triwulan has no reported realisasi (rates, scores, a count with no logbook figure),
    each whose figure is only computed from the logbook (a count's sum, to keep «sesuai catatan»), and each with no
    realisasi at all, with how to fill the first; a yearly score (IP ASN) before TW IV is said to wait for TW IV,
    never chased."""
    found = capaian_all(skp, year, today)
    none_yet, report, computed, later = [], [], [], []
    for c in found:
        empty = all(f.value is None for f in c.quarters)
        quarter = unfilled_quarter(c)
        if empty and c.trend is Trend.yearly and not any(f.ended and f.quarter == 4 for f in c.quarters):
            later.append(c)
        elif quarter and c.trend is Trend.cumulative and c.quarters[quarter - 1].value is not None:
            computed.append((c, quarter))
        elif quarter:
            report.append((c, quarter))
        elif empty:
            none_yet.append(c)
    if not none_yet and not report and not computed:
        said = f" ({', '.join(f'IKI {c.number}' for c in later)} nilai tahunan, diisi di TW IV)" if later else ""
        return Missing(f"Semua IKI Anda sudah ada realisasinya sampai {long_date(today)}{said}. Rinciannya: "
                       "/capaian.", None)
    lines = [f"IKI yang belum ada realisasinya (sampai {long_date(today)}):"]
    lines += [f"- {_named(c.number, c.iki)}: belum ada" for c in none_yet]
    for c, q in report:
        logged = c.quarters[q - 1].value
        hint = f" (menurut catatan harian: {value_text(logged, c.unit)}; angka resminya perlu dilaporkan)" \
            if logged is not None else ""
        lines.append(f"- {_named(c.number, c.iki)}: realisasi {quarter_label(q)} belum diisi{hint}")
    if computed:
        lines.append("Dihitung dari catatan harian, belum disimpan sebagai realisasi:")
        lines += [f"- {_named(c.number, c.iki)}: {quarter_label(q)} "
                  f"{value_text(c.quarters[q - 1].value, c.unit)}; simpan dengan «IKI {c.number} sesuai catatan» "
                  "atau tulis angka resminya" for c, q in computed]
    lines += [f"- {_named(c.number, c.iki)}: nilai tahunan, diisi di TW IV" for c in later]
    waiting = [c for c in none_yet] + [c for c, _ in report + computed]
    done = [c.number for c in found if c not in later and c not in waiting]
    if done:
        lines.append("Sudah ada realisasinya: IKI " + ", ".join(map(str, done)) + ".")
    first = (report + computed)[0] if report or computed else None
    if first is None:  # no triwulan over yet: the running one is filled when it ends
        c = none_yet[0]
        quarter = next((f.quarter for f in c.quarters if not f.ended), 4)
        lines.append(f"Isi dengan /capaian setelah {quarter_label(quarter)} berakhir, misalnya «IKI {c.number} "
                     f"{quarter_label(quarter)}: …» dengan angkanya.")
        return Missing("\n".join(lines), None)
    c, quarter = first
    lines.append(f"Isi dengan tombol di bawah, atau tulis misalnya «IKI {c.number} {quarter_label(quarter)}: …» "
                 "dengan angkanya.")
    return Missing("\n".join(lines), quarter)


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
