"""One trajectory per IKI through the year: the quarterly targets /capaian, the SKP sheet, the Rencana Aksi and
Realisasi per TW sheets and the dialog pack all read (tester54 F6: after «/ubah 3 target 10» the SKP sheet said TW II
5 LHA, the other sheets and /capaian 6).

A perubahan SKP updates the SKP «pada periode berjalan» (knowledge/perubahan_skp.yaml procedure): a quarter that
ended under an earlier version keeps the plan agreed then, and the new target is spread over the quarters left from
where that plan stood (12 LHA → 10 LHA on 1 July: 3, 6 kept, then 8, 10), never a fresh trajectory that rewrites the
quarters already over."""

from dataclasses import dataclass
from datetime import date

from bot.lang.numbers import parse_target
from bot.models import IkiDraft, SkpDraft
from bot.render import target_text
from bot.rules.measures import Trend
from bot.skp.dialog_pack import IN_PROGRESS, Quarter, quarter_text, quarters
from bot.year.measure import measure_trend
from bot.year.models import RencanaAksi, SkpVersion, YearState
from bot.year.periods import quarter_end, quarter_label
from bot.year.versions import iki_first_quarter


@dataclass(frozen=True)
class Planned:
    """One quarter's target and the IKI as the version it was planned under holds it; `version` is that version's
    number when an earlier one than the SKP's latest (the quarter ended before the change), else None."""

    quarter: Quarter
    under: IkiDraft
    version: int | None = None

    @property
    def text(self) -> str:
        return quarter_text(self.under, self.quarter)


def planned(year: YearState, iki: IkiDraft, plan: RencanaAksi | None = None) -> list[Planned]:
    """The IKI's four quarters: those that ended under an earlier SKP version with another plan keep it (as that
    version planned it, itself after any change before it), the rest spread the IKI's target as it stands from where
    the kept plan stood (dialog_pack.quarters' `start`); an accepted rencana aksi with shares (`plan`) gives the
    quarters left as its stages deliver them, never re-spread."""
    first = iki_first_quarter(year, iki.indikator)
    delivered = _delivered(iki, plan)
    out = [Planned(q, iki) for q in delivered or quarters(iki, first)]
    out[:first - 1] = [Planned(Quarter(None, "-"), iki)] * (first - 1)  # before the SKP or the IKI: none planned
    was, was_quarters = None, []
    for q, version in enumerate(_versions_then(year), start=1):
        then = next((i for i in version.skp.iki if i.indikator == iki.indikator), None) if version else None
        if then is None or not _plans_differ(then, iki, first):
            continue
        if then is not was:  # the plan that version agreed, as it stood then
            earlier = year.model_copy(update={"versions": [v for v in year.versions if v.number <= version.number]})
            was, was_quarters = then, [p.quarter for p in planned(earlier, then)]
        out[q - 1] = Planned(was_quarters[q - 1], then, version.number)
    kept = max((q for q, p in enumerate(out, start=1) if p.version is not None), default=0)
    if 0 < kept < 4 and not iki.target_triwulan and delivered is None:
        last = out[kept - 1].quarter  # a ceiling held («≤ 30 menit») is no point to move from
        start = last.value if last.value is not None and not last.bound else None
        out[kept:] = [Planned(q, iki) for q in quarters(iki, kept + 1, start)[kept:]]
    return out


def texts(year: YearState, iki: IkiDraft, plan: RencanaAksi | None = None) -> list[str]:
    """planned() as the dialog pack writes it: «6 LHA (kumulatif)», «dipantau»."""
    return [p.text for p in planned(year, iki, plan)]


def as_recorded(year: YearState, skp: SkpDraft, day: date) -> YearState:
    """The year as it reads once `skp`, changed on an agreed SKP, is recorded as that day's version: what a change
    about to be versioned shows as its quarterly targets («Rencana per triwulan kini …»)."""
    if not year.versions or year.versions[-1].skp.iki == skp.iki:
        return year
    last = year.versions[-1]
    if last.on == day:  # today's perubahan, still open: the change joins it
        return year.model_copy(update={"versions": year.versions[:-1] + [last.model_copy(update={"skp": skp})]})
    return year.model_copy(update={"versions": year.versions + [SkpVersion(number=last.number + 1, on=day, skp=skp)]})


def _plans_differ(then: IkiDraft, now: IkiDraft, first: int) -> bool:
    return (then.target, then.target_triwulan, then.triwulan_selesai, then.baseline) != \
        (now.target, now.target_triwulan, now.triwulan_selesai, now.baseline) \
        and quarters(then, first) != quarters(now, first)


def _versions_then(year: YearState) -> list[SkpVersion | None]:
    """Per quarter, the earlier SKP version in force when it ended (None: none yet, or the latest version, which is
    the SKP as it stands)."""
    if not year.versions or year.year is None:
        return [None] * 4
    latest = year.versions[-1]
    out = []
    for q in range(1, 5):
        kept = [v for v in year.versions if v.on <= quarter_end(year.year, q)]
        then = max(kept, key=lambda v: v.number) if kept else None
        out.append(then if then is not None and then is not latest else None)
    return out


def _delivered(iki: IkiDraft, plan: RencanaAksi | None) -> list[Quarter] | None:
    """A count's trajectory as its accepted rencana aksi delivers it: by each quarter's end, the shares of the stages
    ended by then («dalam proses» while none has). /rencana, /capaian, the sheets and the dialog pack then read one
    trajectory (tester18 #12: the plan put 4 kajian in Okt–Des while /capaian called TW I behind «2 kajian»). None
    when there is no accepted plan with shares, or the user agreed targets per quarter."""
    target = parse_target(iki.target)
    if plan is None or plan.accepted is None or iki.target_triwulan or target is None \
            or measure_trend(iki) is not Trend.cumulative:
        return None
    shares = [(max(stage.months), stage.share) for stage in plan.stages if stage.share and stage.months]
    if not shares:
        return None
    out, before = [], 0.0
    for q in range(1, 5):
        done = sum(share for month, share in shares if month <= 3 * q)
        note = "" if not done else "selesai" if done >= target.value > before else \
            "" if done >= target.value else "kumulatif"
        out.append(Quarter(done, note) if done else Quarter(None, IN_PROGRESS))
        before = done
    return out


def all_planned(skp: SkpDraft, year: YearState) -> dict[str, list[Planned]]:
    """planned() of every IKI of the SKP, by its text, each with its accepted plan."""
    plans = {p.iki: p for p in year.rencana}
    return {iki.indikator: planned(year, iki, plans.get(iki.indikator)) for iki in skp.iki}


def kept_notes(skp: SkpDraft, year: YearState) -> list[str]:
    """One sentence per IKI whose ended quarters keep an earlier version's plan, said under the SKP sheet's table: which
    quarters, from which version, and over which quarters its target as it stands is spread."""
    notes = []
    for n, (iki, found) in enumerate(zip(skp.iki, all_planned(skp, year).values()), start=1):
        kept = [q for q, p in enumerate(found, start=1) if p.version is not None]
        if not kept:
            continue
        rest = [quarter_label(q) for q in range(kept[-1] + 1, 5)]
        spread = f"; target {target_text(iki)} dibagi pada {' dan '.join(rest)}" if rest else ""
        notes.append(f"IKI {n}: target {' dan '.join(quarter_label(q) for q in kept)} tetap menurut SKP versi "
                     f"{found[kept[-1] - 1].version} (triwulan itu berakhir sebelum perubahan){spread}.")
    return notes
