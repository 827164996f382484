"""Issue 17: the audit checks each distinct IKI once and reads each text once; what it reuses must be what a check
of that IKI on its own gives."""

import json

from bot.audit import checking
from bot.audit.checking import Verdict, audit
from bot.audit.sheet_reading import read_export
from bot.lang.text import clean, tokens
from bot.models import IkiDraft, Severity
from bot.rules import check_iki
from evals.common import HERE
from evals.unit_export import Repeats, write_export


def _alone(draft: IkiDraft) -> Verdict:
    result = check_iki(draft)
    # the audit names a finding its Satuan alone brings as the unit's (tester51 P3-3), from check_iki's findings
    kind, fired = checking._unit_caused(draft, result.kind, [(f.category, f.severity) for f in result.findings])
    errors = [category.value for category, severity in fired if severity is Severity.error]
    warnings = [category.value for category, severity in fired if severity is not Severity.error]
    return Verdict(kind.value == "activity", ", ".join(errors), ", ".join(warnings))


def test_every_reused_verdict_is_the_one_its_iki_gets_alone(tmp_path):
    source = write_export(tmp_path / "ekspor.xlsx", employees=150, iki_per_employee=8)
    employees, report = read_export(source)
    result = audit(employees, report)
    assert result.cache["hits"] > 0  # colleagues share IKI: some verdicts were reused
    for employee in result.employees:
        drafts, _ = checking._drafts(employee.source.rows)
        assert employee.iki == [_alone(d) for d in drafts], employee.employee


def test_no_iki_rule_reads_the_weight():
    """The verdict cache leaves the weight out of its key: only the SKP rules may read it."""
    cases = [json.loads(line) for line in (HERE / "rules_cases.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()][:60]
    for case in cases:
        fields = {k: case[k] for k in ("indikator", "target", "satuan") if case.get(k) is not None}
        light, heavy = check_iki(IkiDraft(**fields, bobot=5)), check_iki(IkiDraft(**fields, bobot=60))
        assert light.findings == heavy.findings and light.kind == heavy.kind, case["indikator"]


def test_colleagues_sharing_an_iki_with_other_weights_are_checked_once():
    checking._VERDICTS.clear()
    before = dict(checking.CACHE)
    text = "Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti di Provinsi Bali"
    verdicts = [checking._verdict(IkiDraft(indikator=text, target="80%", bobot=b)) for b in (10, 22.5, 40)]
    assert len(set(verdicts)) == 1
    assert checking.CACHE["misses"] - before["misses"] == 1 and checking.CACHE["hits"] - before["hits"] == 2


def test_the_benchmark_export_repeats_about_forty_percent_of_its_text(tmp_path):
    repeats = Repeats()
    write_export(tmp_path / "ekspor.csv", employees=2_000, repeats=repeats)
    assert 0.35 <= repeats.share <= 0.45


def test_plain_ascii_is_cleaned_and_split_as_before():
    import unicodedata

    def slow_clean(text: str) -> str:  # clean() without its fast path for printable ASCII
        text = unicodedata.normalize("NFKC", text)
        return "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)

    for text in ("1. Persentase  laporan\ttepat\nwaktu", "Ｊｕｍｌａｈ laporan", "a\x00b", "  - IKI: Jumlah SOP  ",
                 "Persentase fasilitas ber-SATUSEHAT"):
        expected = " ".join(slow_clean(text).split())
        assert clean(text, numbering=False) == expected
        assert tokens(text) == tokens(unicodedata.normalize("NFKC", text).lower())
