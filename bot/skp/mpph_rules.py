"""MPPH checks. Each reads one Place of a draft (the draft, a leader indicator, or one of its roles) and returns the
words for its message in knowledge/rules/rules.yaml (section mpph), or None."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from bot.lang.dates import long_date
from bot.lang.numbers import format_number, parse_target
from bot.rules.registry import mpph_rule
from bot.skp.regions import coverage, provinces_in, regions_text

if TYPE_CHECKING:  # for annotations only: bot.skp.mpph runs these checks, so importing it here would be circular
    from bot.skp.mpph import LeaderIndicator, MpphDraft, Role


@dataclass(frozen=True)
class Place:
    """Where a check looks: the draft alone, one of its leader indicators, or one role of that indicator."""

    draft: MpphDraft
    leader: LeaderIndicator | None = None
    role: Role | None = None

    @property
    def per(self) -> str:
        """The checks that read this place are registered with this per=."""
        return "role" if self.role else "indicator" if self.leader else "draft"

    @property
    def team(self) -> set[str]:
        return {p.nama for p in self.draft.tim}

    @property
    def level_one(self) -> set[str]:
        """The people reporting straight to the leader: their roles split the leader's own target."""
        return {p.nama for p in self.draft.tim if not p.atasan}


@mpph_rule("MPPH-UNINTERVENED", per="indicator")
def unintervened(at: Place):
    return None if at.leader.peran else {"id": at.leader.id, "indikator": at.leader.indikator}


@mpph_rule("MPPH-SOURCE-DROPPED", per="indicator")
def source_dropped(at: Place):
    """The leader dropped their own IKI of this indicator (/buang) while the matrix still shares it out."""
    if not at.leader.dibuang:
        return None
    return {"id": at.leader.id, "indikator": at.leader.indikator, "tanggal": long_date(date.fromisoformat(at.leader.dibuang))}


@mpph_rule("MPPH-UNKNOWN-MEMBER", per="role")
def unknown_member(at: Place):
    return None if at.role.pegawai in at.team else {"pegawai": at.role.pegawai, "id": at.leader.id}


@mpph_rule("MPPH-REGION", per="indicator")
def regions_not_covered_once(at: Place):
    if at.leader.metode != "wilayah":
        return None
    counted = Counter(role.bagian.strip().lower() for role in at.leader.peran)
    regions = [w.strip().lower() for w in at.leader.wilayah] or list(counted)
    missing = [w for w in regions if counted[w] == 0]
    twice = [w for w, n in counted.items() if n > 1]
    if not (missing or twice):
        return None
    detail = "; ".join(filter(None, [f"belum ada: {', '.join(missing)}" if missing else "",
                                    f"lebih dari sekali: {', '.join(twice)}" if twice else ""]))
    return {"id": at.leader.id, "detail": detail}


@mpph_rule("MPPH-SCOPE", per="indicator")
def scope_unheld(at: Place):
    """A wilayah split with no list of regions to cover: the parts are read as Indonesia's regions, and what no part
    holds must be held by someone the leader names (themself, another team), or said to be outside the indicator."""
    leader = at.leader
    if leader.metode != "wilayah" or leader.wilayah or not leader.peran or leader.abroad:
        return None  # (parts outside Indonesia, «kawasan Asia Tenggara»: the team's own, taken as named)
    found = coverage(leader.parts)
    said = []
    if found.twice:  # «Jawa dan Bali» and «NTB dan Bali»: whoever answers for Bali, it is counted twice
        holders = [role.pegawai for role in leader.peran if provinces_in(role.bagian)[0] & _provinces(found.twice)]
        said.append({"case": "held_twice", "id": leader.id, "regions": regions_text(found.twice),
                     "holders": regions_text(list(dict.fromkeys(holders)))})
    if leader.sisa_wilayah or leader.shares_whole:  # said, or members' shares making the whole close it (play41 #6)
        return said
    if found.unread:
        said.append({"case": "unconfirmed", "id": leader.id, "parts": ", ".join(found.unread)})
    elif found.missing:
        said.append({"case": "rest_unheld", "id": leader.id, "held": regions_text(found.named),
                     "missing": regions_text(found.missing)})
    return said


def _provinces(names: list[str]) -> frozenset[str]:
    return frozenset().union(*(provinces_in(name)[0] for name in names))


# A sum that differs, by split method: aspects may overlap, a quantity must add up, regions should.
_SUM_CASES = {"aspek": "aspects_overlap", "kuantitatif": "quantity_differs", "wilayah": "regions_differ"}


@mpph_rule("MPPH-SPLIT-SUM", per="indicator")
def split_off(at: Place):
    """A split of the leader's own target, by the roles of people reporting straight to the leader. A percentage
    split by aspect or region is not summed: each part is held against the leader's own percentage."""
    leader = at.leader
    if leader.metode not in _SUM_CASES:
        return None
    whole = parse_target(leader.target)
    roles = [r for r in leader.peran if r.pegawai in at.level_one or r.sendiri]  # the leader's own share counts
    parts = [parse_target(r.target) for r in roles]
    if whole is None or not parts or any(p is None for p in parts):
        return {"case": "unreadable", "id": leader.id}
    if whole.is_percent and leader.metode != "kuantitatif":
        below = [f"{r.pegawai} ({format_number(p.value)}%)" for r, p in zip(roles, parts) if p.value < whole.value]
        if not below:
            return None
        return {"case": "part_below_leader", "id": leader.id, "target": format_number(whole.value),
                "below": ", ".join(below)}
    total = sum(p.value for p in parts)
    if abs(total - whole.value) < 0.01:
        return None
    return {"case": _SUM_CASES[leader.metode], "id": leader.id, "total": format_number(total),
            "target": format_number(whole.value)}


@mpph_rule("MPPH-NO-ROLE", per="draft")
def no_role(at: Place):
    placed = {role.pegawai for leader in at.draft.indikator for role in leader.peran}
    return [{"nama": person.nama} for person in at.draft.tim if person.nama not in placed]
