"""Progress between two exports: employees matched by NIP (however written), the five figures per unit and for the
whole ministry, who joined or left, and which IKI were rewritten from activity-based to output-based."""

import html
from dataclasses import dataclass, field

from bot.audit.charts import paired_bars, pct, points
from bot.audit.checking import Audit, EmployeeAudit, Figures
from bot.audit.sheet_reading import NO_UNIT
from bot.rules.skp_rules import meaning_words
from bot.sheets.tables import unit_key

EXAMPLES_PER_UNIT = 3
_SAME = 0.0005  # changes smaller than 0.05 points are no change


@dataclass
class Rewrite:
    unit: str
    nip: str
    nama: str
    before: str
    after: str


@dataclass
class UnitChange:
    unit: str
    old: Figures | None  # None: the unit is not in that export
    new: Figures | None
    rewritten: list[Rewrite] = field(default_factory=list)


@dataclass
class Comparison:
    old_name: str
    new_name: str
    old: Figures
    new: Figures
    units: list[UnitChange]
    joined: list[EmployeeAudit]  # in the new export only
    left: list[EmployeeAudit]  # in the old export only
    matched: int
    unchanged: int  # matched employees whose IKI are word for word the same
    rewritten: list[Rewrite]
    matched_by_name: int  # NIPs that lost digits, matched by their first 15 digits and the name
    matched_without_nip: int = 0  # a blank NIP in one export («…» in an /ekspor whose /profil lacked it), by name

    @property
    def whole(self) -> str:
        """What both exports together are: one unit's export is that unit, not the ministry (tester19 #10)."""
        if len(self.units) != 1:
            return "kementerian"
        unit = self.units[0].unit
        return "unit ini" if unit == NO_UNIT else f"unit «{unit}»"

    def sentence(self) -> str:
        changes = [(name, getattr(self.new, name) - getattr(self.old, name)) for name in Figures.labels()]
        better = [n for n, d in changes if d < -_SAME]
        worse = [n for n, d in changes if d > _SAME]
        lead = f"{Figures.labels()['activity']} {pct(self.old.activity)} → {pct(self.new.activity)}"
        if better and not worse:
            verdict = f"bergerak mendekati pedoman: {len(better)} dari 5 angka membaik dan tidak ada yang memburuk"
        elif len(better) > len(worse):
            verdict = f"secara umum bergerak mendekati pedoman: {len(better)} angka membaik, {len(worse)} memburuk"
        elif len(worse) > len(better):
            verdict = f"menjauh dari pedoman: {len(worse)} angka memburuk, {len(better)} membaik"
        else:
            verdict = (f"belum bergerak: {len(better)} angka membaik dan {len(worse)} memburuk" if better
                       else "belum bergerak: kelima angka tidak berubah")
        return f"Dibanding {self.old_name}, {self.whole} {verdict} ({lead})."

    def lines(self) -> list[str]:
        lines = [f"Perbandingan dengan {self.old_name}: {_n(self.matched)} pegawai cocok (NIP), {_n(len(self.joined))} masuk, "
                 f"{_n(len(self.left))} keluar; {_n(self.unchanged)} tanpa perubahan IKI; "
                 f"{_n(len(self.rewritten))} IKI ditulis ulang dari kegiatan ke output."]
        if self.matched_by_name:
            lines.append(f"  {_n(self.matched_by_name)} pegawai dengan NIP rusak dicocokkan lewat 15 digit pertama + nama.")
        if self.matched_without_nip:
            lines.append(f"  {_n(self.matched_without_nip)} pegawai tanpa NIP di salah satu ekspor dicocokkan lewat "
                         "nama.")
        for name, label in Figures.labels().items():
            old, new = getattr(self.old, name), getattr(self.new, name)
            lines.append(f"  {label}: {pct(old)} → {pct(new)} ({points(new - old)})")
        lines.append(self.sentence())
        return lines

    def write_sheets(self, sheets) -> None:
        labels = Figures.labels()
        header = ["Unit"] + [f"{label} ({when})" for label in labels.values() for when in ("lama", "baru", "selisih")]
        header.append("IKI ditulis ulang")

        def row(name: str, old: Figures | None, new: Figures | None, rewritten: int) -> list:
            cells = [name]
            for key in labels:
                a = getattr(old, key) if old else ""
                b = getattr(new, key) if new else ""
                cells += [a, b, (b - a) if old and new else ""]
            return cells + [rewritten]

        rows = [row(u.unit, u.old, u.new, len(u.rewritten)) for u in self.units]
        rows.append(row(f"Seluruh {self.whole}" if len(self.units) > 1 else self.whole[:1].upper() + self.whole[1:],
                        self.old, self.new, len(self.rewritten)))
        sheets.table("Perbandingan unit", header, rows, (), (34,) + (11,) * 15 + (12,))
        sheets.table("Pegawai masuk-keluar", ["Status", "NIP/ID", "Nama", "Unit", "Jumlah IKI"],
                     [["masuk", e.nip, e.nama, e.unit, e.count] for e in self.joined]
                     + [["keluar", e.nip, e.nama, e.unit, e.count] for e in self.left], (), (10, 22, 26, 30, 10))
        sheets.table("IKI ditulis ulang", ["Unit", "NIP/ID", "Nama", "Sebelum (kegiatan)", "Sesudah (output)"],
                     ([r.unit, r.nip, r.nama, r.before, r.after] for r in self.rewritten), (), (28, 22, 24, 60, 60))

    def html(self, limit: int = 30) -> str:
        whole = "".join(f"<tr><td>{label}</td><td>{pct(getattr(self.old, k))}</td><td>{pct(getattr(self.new, k))}</td>"
                        f"<td>{points(getattr(self.new, k) - getattr(self.old, k))}</td></tr>" for k, label in Figures.labels().items())
        both = [u for u in self.units if u.old and u.new]
        moved = sorted(both, key=lambda u: -abs(u.new.activity - u.old.activity))[:limit]
        chart = paired_bars([(u.unit, u.old.activity, u.new.activity) for u in moved], label="IKI kegiatan per unit")
        examples = "".join(
            f"<h3>{html.escape(u.unit)} ({len(u.rewritten)} IKI)</h3><ul>" + "".join(
                f"<li><s>{html.escape(r.before)}</s><br>→ {html.escape(r.after)} <span class='muted'>({html.escape(r.nama)})</span></li>"
                for r in u.rewritten[:EXAMPLES_PER_UNIT]) + "</ul>"
            for u in sorted(self.units, key=lambda u: -len(u.rewritten))[:10] if u.rewritten)
        people = "".join(f"<p><b>{title} ({_n(len(group))}):</b> {html.escape(', '.join(e.nama or e.nip for e in group[:20]))}"
                         f"{' …' if len(group) > 20 else ''}</p>" for title, group in (("Masuk", self.joined), ("Keluar", self.left)))
        return (f"<section><h2>Perbandingan dengan {html.escape(self.old_name)}</h2><p class='lead'>{html.escape(self.sentence())}</p>"
                f"<table><tr><th>Angka</th><th>Lama</th><th>Baru</th><th>Perubahan</th></tr>{whole}</table>"
                f"<p>{_n(self.matched)} pegawai cocok lewat NIP, {_n(self.unchanged)} tanpa perubahan IKI. Daftar lengkap di audit.xlsx "
                f"(«Perbandingan unit», «Pegawai masuk-keluar», «IKI ditulis ulang»).</p>{people}</section>"
                f"<section><h2>{Figures.labels()['activity']} per unit: lama dan baru ({len(moved)} unit dengan perubahan terbesar)</h2>{chart}</section>"
                + (f"<section><h2>IKI yang ditulis ulang dari kegiatan ke output (contoh per unit)</h2>{examples}</section>" if examples else ""))


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _name(e: EmployeeAudit) -> str:
    return " ".join(e.nama.lower().split())


def _match(old: list[EmployeeAudit], new: list[EmployeeAudit]) -> tuple[list[tuple[EmployeeAudit, EmployeeAudit]], int]:
    """Pairs by key (normalised NIP); a NIP that lost digits pairs with the one person sharing its first 15 digits
    and name in the other export, or stays unmatched and listed."""
    by_key = {e.employee: e for e in old}
    pairs, rest_new = [], []
    for e in new:
        twin = by_key.pop(e.employee, None)
        (pairs.append((twin, e)) if twin else rest_new.append(e))
    by_name: dict[tuple[str, str], list[EmployeeAudit]] = {}
    for e in by_key.values():
        by_name.setdefault((e.nip[:15], _name(e)), []).append(e)
    by_name_matched = 0
    for e in rest_new:
        damaged = e.source.damaged_nip
        candidates = by_name.get((e.nip[:15], _name(e)), [])
        usable = [c for c in candidates if damaged or c.source.damaged_nip]
        if len(usable) == 1 and len(e.nip) >= 15:
            twin = usable[0]
            candidates.remove(twin)
            by_key.pop(twin.employee)
            pairs.append((twin, e))
            by_name_matched += 1
    return pairs, by_name_matched


def _match_without_nip(old: list[EmployeeAudit], new: list[EmployeeAudit]) -> list[tuple[EmployeeAudit, EmployeeAudit]]:
    """Pairs among the people left unmatched where one side has no NIP (tester24 #21c: every /ekspor whose /profil
    lacked the NIP says «…»): the one person of that name on each side; a name two people share stays unmatched."""
    def by_name(people: list[EmployeeAudit]) -> dict[str, list[EmployeeAudit]]:
        named: dict[str, list[EmployeeAudit]] = {}
        for e in people:
            if _name(e):
                named.setdefault(_name(e), []).append(e)
        return named

    olds, news = by_name(old), by_name(new)
    return [(olds[name][0], group[0]) for name, group in news.items()
            if len(group) == 1 and len(olds.get(name, [])) == 1 and not (group[0].nip and olds[name][0].nip)]


def _texts(e: EmployeeAudit) -> list[tuple[str, bool]]:
    return [(row.indikator, v.activity) for row, v in zip(e.source.rows, e.iki)]


def _rewrites(old: EmployeeAudit, new: EmployeeAudit) -> list[Rewrite]:
    old_texts = {" ".join(t.lower().split()) for t, _ in _texts(old)}
    new_texts = {" ".join(t.lower().split()) for t, _ in _texts(new)}
    before = [t for t, activity in _texts(old) if activity and " ".join(t.lower().split()) not in new_texts]
    after = [t for t, activity in _texts(new) if not activity and " ".join(t.lower().split()) not in old_texts]
    found = []
    words_after = [(t, meaning_words(t)) for t in after]
    for text in before:
        words = meaning_words(text)
        best = max(words_after, key=lambda a: len(words & a[1]) / (len(words | a[1]) or 1), default=None)
        if best and words & best[1]:  # the same object of work, now measured by its result
            found.append(Rewrite(new.unit, new.nip, new.nama, text, best[0]))
            words_after.remove(best)
    return found


def compare(old: Audit, new: Audit, old_name: str, new_name: str) -> Comparison:
    pairs, by_name = _match(old.employees, new.employees)
    paired_old = {id(a) for a, _ in pairs}
    paired_new = {id(b) for _, b in pairs}
    blank = _match_without_nip([e for e in old.employees if id(e) not in paired_old],
                               [e for e in new.employees if id(e) not in paired_new])
    pairs += blank
    paired_old |= {id(a) for a, _ in blank}
    paired_new |= {id(b) for _, b in blank}
    rewritten, unchanged = [], 0
    for a, b in pairs:
        if sorted(t for t, _ in _texts(a)) == sorted(t for t, _ in _texts(b)):
            unchanged += 1
        else:
            rewritten += _rewrites(a, b)
    # one unit however either export spells it («… & BMN» last year, «… dan BMN» now), named as the newer does
    old_units = {unit_key(u.unit): u for u in old.units}
    new_units = {unit_key(u.unit): u for u in new.units}
    per_unit: dict[str, list[Rewrite]] = {}
    for r in rewritten:
        per_unit.setdefault(unit_key(r.unit), []).append(r)
    names = {key: u.unit for key, u in (old_units | new_units).items()}
    units = [UnitChange(names[key], old_units[key].figures if key in old_units else None,
                        new_units[key].figures if key in new_units else None, per_unit.get(key, []))
             for key in sorted(names, key=names.get)]
    return Comparison(old_name, new_name, Figures.of(old.employees), Figures.of(new.employees), units,
                      [e for e in new.employees if id(e) not in paired_new], [e for e in old.employees if id(e) not in paired_old],
                      len(pairs), unchanged, rewritten, by_name, len(blank))
