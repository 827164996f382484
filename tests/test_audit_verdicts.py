"""Issue 17: the audit's speed-ups may not change a finding. Every IKI rule's findings on several hundred varied
drafts (the rule and holdout cases, messy and English drafts, rows of the benchmark's export, and the same drafts
in ALL CAPS, lower case, numbered, with shorthand and a target in the sentence), and the audit's verdicts on a
generated export, are compared with what the rules gave before the speed-ups (tests/audit_verdicts.jsonl).
After a deliberate rule change, regenerate it: `python -m tests.test_audit_verdicts`."""

import json
import random
from pathlib import Path

from bot.audit.checking import audit
from bot.audit.sheet_reading import read_export
from bot.models import IkiDraft, SkpDraft
from bot.rules import check_iki, check_skp
from evals.common import load
from evals.unit_export import rows, write_export

GOLDEN = Path(__file__).with_name("audit_verdicts.jsonl")
_VARIANTS = (str.upper, str.lower, lambda s: "1. " + s, lambda s: "IKI: " + s, lambda s: s + ", 4 kali",
             lambda s: s.replace("yang", "yg").replace("dan", "dgn"), lambda s: s.replace("di", "di ", 1),
             lambda s: s.replace("Persentase", "Persentasi").replace("Jumlah", "Jumlaah"))


def _drafts() -> list[dict]:
    cases = [{k: c.get(k) for k in ("indikator", "target", "satuan")}
             for name in ("rules_cases.jsonl", "holdout_cases.jsonl", "messy_cases.jsonl") for c in load(name)]
    cases += [{"indikator": c["draft"], "target": None, "satuan": None} for c in load("language.jsonl")]
    rng = random.Random(17)
    varied = [{**c, "indikator": rng.choice(_VARIANTS)(c["indikator"])} for c in rng.sample(cases, 200)]
    exported = [{"indikator": r[6][0], "target": r[7][0] if isinstance(r[7][0], str) else f"{r[7][0]:g}",
                 "satuan": r[8][0], "jenis": r[9][0]} for r in rows(40, 9, seed=3)]
    return cases + varied + exported


def _findings(result) -> list:
    return [[f.rule, f.severity.value, f.message, f.suggestion] for f in result.findings]


def _iki(draft: dict) -> dict:
    result = check_iki(IkiDraft.model_validate({k: v for k, v in draft.items() if v is not None}))
    return {"draft": draft, "kind": result.kind.value, "findings": _findings(result), "read_as": result.read_as,
            "notes": result.reading_notes, "target_read": result.target_read}


def _audited(tmp: Path, workers: int, pool=None) -> list[dict]:
    employees, report = read_export(write_export(tmp / "ekspor.xlsx", employees=60, seed=11))
    result = audit(employees, report, workers=workers, pool=pool)
    assert result.workers == workers
    return [{"employee": e.employee, "categories": sorted(e.categories), "iki": [list(v) for v in e.iki]}
            for e in result.employees]


def _skp() -> list[list]:
    drafts = _drafts()
    skps = [SkpDraft(peran=peran, iki=[IkiDraft.model_validate({k: v for k, v in d.items() if v is not None})
                                       for d in drafts[start:start + size] + drafts[start:start + size // 4]])
            for start, peran, size in zip(range(0, len(drafts), 37), ("anggota", "ketua_tim") * 20, (1, 4, 7, 12, 3) * 8)]
    return [_findings(check_skp(s)) for s in skps]


def _records(tmp: Path) -> list[dict]:
    return ([{"iki": _iki(d)} for d in _drafts()] + [{"skp": f} for f in _skp()]
            + [{"audit": e} for e in _audited(tmp, workers=1)])


def test_no_finding_changed_since_before_the_speed_ups(tmp_path):
    expected = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    got = json.loads(json.dumps(_records(tmp_path)))  # tuples as lists, as stored
    assert len(got) == len(expected)
    for now, then in zip(got, expected):
        assert now == then


def test_workers_give_the_verdicts_one_process_gives(tmp_path, monkeypatch):
    from bot.audit.checking import checkers

    alone = _audited(tmp_path, workers=1)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    monkeypatch.setattr("bot.audit.checking.CHUNK_ROWS", 100)  # several chunks of IKI from a small export
    assert _audited(tmp_path, workers=2) == alone  # workers forked by audit()
    with checkers(2) as pool:  # workers started before the export is read, as run_audit does
        assert pool is not None
        assert _audited(tmp_path, workers=2, pool=pool) == alone


def test_workers_where_there_are_cores_and_more_than_one_chunk(monkeypatch):
    from bot.audit import checking

    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert checking.workers_for(95_000) == 2  # the default: two processes where there are two cores
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert checking.workers_for(95_000) == 1  # never more than the cores
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert checking.workers_for(95_000, requested=2) == 2
    assert checking.workers_for(3_000, requested=2) == 1  # one chunk: nothing to share out
    assert checking.workers_for(95_000, requested=8) == 2  # never more than the cores


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        records = _records(Path(folder))
    GOLDEN.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"{len(records)} records written to {GOLDEN}")
