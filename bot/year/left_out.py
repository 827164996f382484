"""The records of IKI a perubahan took out of the SKP: kept under their old text, shown at the end of /capaian and
told when the user asks whether their old realisasi is lost (tester22b #6)."""

from dataclasses import dataclass
from datetime import date

from bot.lang.dates import long_date
from bot.models import SkpDraft
from bot.year.capaian import unit_of, value_text
from bot.year.models import YearState
from bot.year.periods import quarter_label


@dataclass(frozen=True)
class LeftIki:
    indikator: str
    version: int  # the first version without it
    on: date
    figures: str  # «TW I 1 daftar, TW II 4 daftar»


def left_out(year: YearState, skp: SkpDraft) -> list[LeftIki]:
    """Each IKI of an earlier version that the SKP no longer holds and that has realisasi kept, in the order it left."""
    now = {iki.indikator for iki in skp.iki}
    found: dict[str, LeftIki] = {}
    for before, after in zip(year.versions, year.versions[1:]):
        kept = {iki.indikator for iki in after.skp.iki}
        for iki in before.skp.iki:
            if iki.indikator in kept or iki.indikator in now or iki.indikator in found:
                continue
            held = sorted((r for r in year.realisasi if r.iki == iki.indikator), key=lambda r: r.quarter)
            if not held:
                continue
            unit = unit_of(iki)  # on every figure: «TW I 100, TW II 100%» read as two kinds (tester53 P1-14)
            figures = ", ".join(f"{quarter_label(r.quarter)} {value_text(r.value, unit)}" for r in held)
            found[iki.indikator] = LeftIki(iki.indikator, after.number, after.on, figures)
    return list(found.values())


def left_lines(year: YearState, skp: SkpDraft) -> list[str]:
    """The lines /capaian ends with: what the IKI taken out keep; [] when none keeps a realisasi."""
    left = left_out(year, skp)
    if not left:
        return []
    return ["IKI yang keluar dari SKP (realisasinya tetap tersimpan dan ikut /ekspor):"] + [
        f"• {item.indikator} (keluar pada versi {item.version}, {long_date(item.on)}): {item.figures}"
        for item in left]


def kept_text(year: YearState, skp: SkpDraft) -> str:
    """«realisasi lama sy ilang ga?»: nothing is lost; the realisasi of the IKI taken out, when there are any."""
    left = left_out(year, skp)
    if not left:
        return (f"Tidak hilang: {len(year.realisasi)} realisasi dan {len(year.entries)} catatan Anda tetap tersimpan. "
                "Lihat /capaian dan /catatan; semuanya ikut berkas /ekspor.")
    items = "; ".join(f"«{item.indikator}» (keluar pada versi {item.version}, {long_date(item.on)}): {item.figures}"
                      for item in left)
    return (f"Tidak hilang: realisasi IKI yang keluar dari SKP tetap tersimpan — {items}. Semuanya ikut berkas /ekspor "
            "(lembar «Realisasi per TW» dan «Versi SKP»); versi lama bisa dilihat dengan /skp versi. Capaian IKI yang "
            "sekarang: /capaian.")
