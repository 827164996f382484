"""The set-up contract: the README opens with the two commands, and CI runs the test one."""

from tests.conftest import ROOT


def test_readme_opens_with_the_two_commands():
    head = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:6]
    assert any(line.startswith("make chat") for line in head)
    assert any(line.startswith("make test") for line in head)


def test_ci_runs_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in script


def test_torch_is_pinned_to_the_local_cpu_build():
    assert "torch==2.13.0" in (ROOT / "constraints.txt").read_text(encoding="utf-8")
    assert "-c constraints.txt" in (ROOT / "Makefile").read_text(encoding="utf-8")
