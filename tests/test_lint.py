"""The tree passes pyflakes' checks (ruff's F rules) and keeps its imports sorted: an undefined or shadowed name
fails here even on a path no behaviour test walks."""

import subprocess
import sys

from tests.conftest import ROOT


def test_no_pyflakes_findings_and_sorted_imports():
    found = subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "F,I", "--no-cache", "bot", "tests",
                            "evals"], cwd=ROOT, capture_output=True, text=True)
    assert found.returncode == 0, found.stdout + found.stderr
