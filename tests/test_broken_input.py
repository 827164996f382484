"""Whatever a user or operator types or hands the CLI gets an Indonesian message, exit code 2, never a traceback
(issue 9, "Broken files and outputs"). Runs `iki` in this process; stdin's raw bytes go through a real process."""

import pytest

from tests.conftest import ROOT


def refused(done, *words: str) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


def test_deeply_nested_json_is_refused_politely(run_iki, tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000)
    refused(run_iki("check", "--skp", str(deep)), "bertingkat terlalu dalam")
    refused(run_iki("dialog", str(deep)), "bertingkat terlalu dalam")


def test_text_arguments_are_bounded_and_must_be_utf8(run_iki):
    refused(run_iki("rewrite", "Melakukan monev " * 200), "terlalu panjang", "2000")
    refused(run_iki("rewrite", "\udcff\udcfe monev"), "bukan teks UTF-8")


def test_latin1_on_stdin_names_the_line(tmp_path):
    import subprocess
    import sys

    # A subprocess: the process's own stdin as raw bytes, in a bare environment (no LANG: the C locale).
    for command in ("search", "ask"):
        done = subprocess.run([sys.executable, "-m", "bot.cli", command, "-"], input="stunting\ncaf\xe9\n".encode("latin-1"),
                              capture_output=True, cwd=ROOT, env={"IKI_DATA_DIR": str(tmp_path), "PATH": "/usr/bin"})
        assert done.returncode == 2 and "baris 2" in done.stderr.decode() and "UTF-8" in done.stderr.decode()


@pytest.mark.parametrize("args, words", [
    (("rewrite", "--n", "0", "Melakukan monev SBBL"), ("--n", "1–10")),
    (("search", "--k", "-3", "stunting"), ("--k", "1–50")),
])
def test_numbers_out_of_range_are_refused_not_obeyed(run_iki, args, words):
    refused(run_iki(*args), *words)


def test_field_errors_are_indonesian(run_iki):
    done = run_iki("check", stdin='{"indikator": "Persentase x", "bobot": [1]}\n')
    refused(done, "bobot harus berupa angka")
    assert "Input should" not in done.stderr


def test_mpph_files_that_are_not_yaml_get_the_line_or_the_reason(run_iki, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("pimpinan: {nama: a\n  b: [\n")
    refused(run_iki("mpph", str(bad)), "baris 2", "bukan YAML/JSON yang valid")
    binary = tmp_path / "tim.yaml"
    binary.write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    refused(run_iki("mpph", str(binary)), "bukan berkas teks")
    empty = tmp_path / "kosong.json"
    empty.write_text("")
    refused(run_iki("dialog", str(empty)), "kosong")


def test_a_yaml_alias_bomb_is_refused_before_it_expands(run_iki, tmp_path):
    bomb = tmp_path / "bomb.yaml"
    lines = ['a: &a ["' + "x" * 1000 + '"]'] + [f"b{i}: &b{i} [*a, *a]" for i in range(300)]
    bomb.write_text("\n".join(lines))
    refused(run_iki("mpph", str(bomb)), "alias")


def test_an_input_file_beyond_the_limit_is_refused(run_iki, tmp_path):
    big = tmp_path / "besar.yaml"
    big.write_text("x: " + "a" * 6_000_000)
    refused(run_iki("mpph", str(big)), "terlalu besar", "MB")


def test_out_is_checked_before_the_input_and_never_overwrites_it(run_iki, tmp_path):
    example = ROOT / "knowledge" / "examples" / "mpph_sbbl.yaml"
    copy = tmp_path / "mpph.yaml"
    copy.write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    refused(run_iki("mpph", str(copy), "--out", str(copy)), "input")
    assert copy.read_text(encoding="utf-8") == example.read_text(encoding="utf-8")
    # The input does not even exist: the unwritable --out is what is reported, at once.
    refused(run_iki("dialog", str(tmp_path / "tidak-ada.json"), "--out", "/proc/tidak/boleh.docx"), "tidak bisa dibuat")
