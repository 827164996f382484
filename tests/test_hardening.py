"""Issue 17's cases (evals/hardening_evals.py CASES) as `iki eval hardening` replays them, each in a process of its
own: every one holds, and nothing it printed or logged holds a traceback."""

import sys

import pytest

from evals.hardening_evals import CASES, run_case, run_process


@pytest.mark.slow  # about a minute for the whole table, two cases wait out the server's real timeouts
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_the_case_holds_without_a_traceback(case):
    outcome = run_case(case)
    assert outcome.failure is None, f"{case.does}; must: {case.must}; seen: {outcome.failure}"
    assert outcome.tracebacks == 0 and outcome.rss_mb > 0


def test_the_runner_sees_a_crash_and_counts_its_traceback():
    outcome = run_process([sys.executable, "-c", "print('halo'); raise ValueError('rusak')"])
    assert outcome.failure.startswith("the case process ended with 1") and "ValueError" in outcome.failure
    assert outcome.tracebacks == 1 and outcome.rss_mb is None


def test_a_case_is_one_entry_with_a_name_of_its_own():
    assert len({case.name for case in CASES}) == len(CASES)
    assert all(case.does and case.must and callable(case.run) for case in CASES)
