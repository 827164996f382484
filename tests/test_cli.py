"""The `iki` command contract: in this process (run_iki), and as a real subprocess where the shell's view of the
exit code is the point (run_iki_process)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.llm.chat_models import LlmMisconfigured
from bot.retrieval.embeddings import RetrievalUnavailable
from bot.settings import SettingsError
from bot.storage import StoreDamaged, StoreUnavailable
from tests.test_skp_rules import SBBL_KATIM

DRAFTS = [
    {"indikator": "Melakukan monitoring dan evaluasi pelaksanaan SBBL"},
    {"indikator": "Jumlah sertifikat hasil kalibrasi alat kesehatan", "target": "120", "satuan": "Sertifikat"},
    {"indikator": "Persentase rekomendasi hasil advokasi SBBL yang ditindaklanjuti", "target": "100%"},
]


def jsonl(items) -> str:
    return "\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n"


def test_check_json_one_object_per_line_in_order(run_iki_process):
    # A subprocess: exit code 1 (findings) as the shell sees it, through `python -m bot.cli`'s sys.exit.
    done = run_iki_process("check", "--json", "-", stdin=jsonl(DRAFTS))
    assert done.returncode == 1, done.stderr  # the first draft has an error finding
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["indikator"] for r in rows] == [d["indikator"] for d in DRAFTS]
    assert [r["kind"] for r in rows] == ["activity", "output", "output"]
    assert {"rule", "category", "severity", "message"} <= set(rows[0]["findings"][0])


def test_check_exit_zero_without_errors(run_iki, tmp_path):
    path = tmp_path / "ok.jsonl"
    path.write_text(jsonl(DRAFTS[1:]), encoding="utf-8")
    done = run_iki("check", str(path))
    assert done.returncode == 0
    assert "berbasis output" in done.stdout


def test_unreadable_input_names_the_line_and_never_shows_a_traceback(run_iki):
    stdin = jsonl(DRAFTS[:1]) + "bukan json\n" + '{"target": "100%"}\n'
    done = run_iki("check", "--json", stdin=stdin)
    assert done.returncode == 2
    assert "baris 2" in done.stderr and "baris 3" in done.stderr and "indikator wajib diisi" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_missing_file_is_a_clear_error(run_iki):
    done = run_iki("check", "tidak-ada.jsonl")
    assert done.returncode == 2 and "tidak ditemukan" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("refused", ["input", "out"])
def test_a_file_or_folder_the_system_refuses_is_named_never_a_traceback(run_iki, tmp_path, monkeypatch, refused):
    # tester26 #3: `iki audit` on a file without read rights, or --out where one may not write, showed a traceback
    table = tmp_path / "skp.csv"
    table.write_text("NIP;Nama;Indikator;Target\n198304112009122002;Ratna;Persentase SPM yang tepat waktu;95\n")
    out = tmp_path / "laporan"
    denied = table if refused == "input" else out
    real_open, real_stat = Path.open, Path.stat

    def deny(method):
        def call(self, *args, **kwargs):
            if Path(self) == denied:
                raise PermissionError(13, "Permission denied", str(self))
            return method(self, *args, **kwargs)
        return call

    monkeypatch.setattr(Path, "open", deny(real_open))
    monkeypatch.setattr(Path, "stat", deny(real_stat))
    done = run_iki("audit", str(table), "--out", str(out))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert f"{denied} tidak bisa dibuka atau ditulisi (tidak ada izin)" in done.stderr


def test_check_skp(run_iki):
    done = run_iki("check", "--skp", "--json", "-", stdin=json.dumps(SBBL_KATIM))
    assert done.returncode == 1  # the deck's table holds activity-based IKI
    result = json.loads(done.stdout)
    assert [f["category"] for f in result["findings"]] == ["WEIGHT_SPLIT"]
    assert len(result["iki"]) == len(SBBL_KATIM["iki"])


def test_check_skp_unreadable(run_iki):
    done = run_iki("check", "--skp", stdin='{"peran": "anggota",\n "iki": [}')
    assert done.returncode == 2 and "baris 2" in done.stderr
    done = run_iki("check", "--skp", stdin='{"peran": "direktur", "iki": []}')
    assert done.returncode == 2 and "peran" in done.stderr


def test_rewrite_text_and_stdin(run_iki):
    done = run_iki("rewrite", "--json", "Melakukan monev SBBL")
    result = json.loads(done.stdout)
    assert done.returncode == 0 and result["input"] == "Melakukan monev SBBL" and len(result["candidates"]) == 3
    assert set(result["candidates"][0]) == {"indikator", "satuan", "alasan"}

    done = run_iki("rewrite", "--json", "--n", "2", "-", stdin=jsonl(DRAFTS))
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [len(r["candidates"]) for r in rows] == [2, 0, 0]


def test_rewrite_reads_plain_text_on_stdin_and_says_when_there_is_none(run_iki):
    # tester26 #24: nothing on stdin printed nothing (exit 0); «Melakukan monev SBBL» was «baris 1: bukan JSON»
    done = run_iki("rewrite", "--json", "-", stdin="Melakukan monev SBBL\n" + jsonl(DRAFTS[:1]))
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 0 and rows[0]["input"] == "Melakukan monev SBBL" and len(rows) == 2
    done = run_iki("rewrite", "-", stdin="")
    assert done.returncode == 2 and "teks IKI kosong" in done.stderr


def test_rewrite_readable_text(run_iki):
    done = run_iki("rewrite", "Jumlah", "rapat", "koordinasi", "imunisasi")
    assert done.returncode == 0 and "Usulan IKI berbasis output" in done.stdout and "imunisasi" in done.stdout


def test_wrong_command_is_explained_in_indonesian(run_iki_process):
    # A subprocess: argparse ends the process itself (SystemExit), and the shell must see exit code 2.
    done = run_iki_process("chek")
    assert done.returncode == 2 and "perintah tidak lengkap atau keliru" in done.stderr and "iki --help" in done.stderr


def test_skp_field_errors_count_iki_from_one(run_iki):
    done = run_iki("check", "--skp", stdin='{"iki": [{"indikator": "Nilai IP ASN"}, {"indikator": ""}]}')
    assert done.returncode == 2 and "IKI ke-2: indikator tidak boleh kosong" in done.stderr


def test_python_dash_m_bot_is_the_iki_command():
    # tester19 #22: «python -m bot chat» answered «No module named bot.__main__»
    done = subprocess.run([sys.executable, "-m", "bot", "check", "-"], input=jsonl(DRAFTS[:1]), text=True,
                          capture_output=True, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 1 and "kegiatan" in done.stdout.lower()


@pytest.mark.parametrize("failure, told", [
    (SettingsError("IKI_X tidak dikenal"), "iki: IKI_X tidak dikenal\n"),
    # a damaged store is named before its base kind, an unreachable store
    (StoreDamaged("berkas rusak", "jalankan iki doctor"), "iki: berkas rusak\njalankan iki doctor\n"),
    (StoreUnavailable("terkunci"), "iki: penyimpanan tidak dapat dihubungi (terkunci). Periksa berkas "),
    (RetrievalUnavailable("model tidak ada"), "iki: pencarian tidak tersedia: model tidak ada\n"),
    (LlmMisconfigured("IKI_LLM_MODEL kosong"), "iki: pengaturan LLM belum lengkap: IKI_LLM_MODEL kosong\n"),
])
def test_a_failure_of_settings_or_a_part_is_one_line_of_what_failed_with_exit_2(run_iki, monkeypatch, failure, told):
    from bot import cli

    def failing(args):
        raise failure

    monkeypatch.setattr(cli, "cmd_check", failing)
    done = run_iki("check", "-", stdin="")
    assert done.returncode == 2 and done.stderr.startswith(told) and "Traceback" not in done.stderr, done.stderr


def test_cek_is_check_in_indonesian(run_iki):
    # tester26 #15: `iki cek …` (the chat's own /cek) was «pilihan tidak dikenal: 'cek'»
    done = run_iki("cek", "--json", stdin='{"indikator": "Persentase SPM yang diterbitkan tepat waktu", "target": "95%"}\n')
    assert done.returncode == 0 and json.loads(done.stdout.splitlines()[0])["kind"] == "output"
