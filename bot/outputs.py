"""Where a command writes its results, checked before any input is read: a folder that cannot be made or written,
or an output that would overwrite an input, fails at once with a message that says what to do."""

import tempfile
from pathlib import Path

from bot.inputs import OutputError, os_reason


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def check_out_dir(folder: Path, writes: tuple[str, ...], inputs: list[Path]) -> Path:
    """Make the report folder and prove it is writable; refuse when it, or a file it will hold, is an input."""
    for source in inputs:
        if _same(folder, source) or any(_same(folder / name, source) for name in writes):
            raise OutputError(f"--out {folder} akan menimpa berkas input {source.name}; pilih folder lain, "
                             f"misalnya --out {source.with_name('audit-' + source.stem)}")
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"--out {folder} adalah berkas, bukan folder; beri nama folder untuk laporan")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise OutputError(f"folder laporan {folder} tidak bisa dibuat atau ditulisi ({os_reason(exc)}); "
                         "pilih folder lain dengan --out, atau periksa izin tulisnya") from None
    return folder


def check_out_file(path: Path, inputs: list[Path]) -> Path:
    """An output file: not one of the inputs, and its folder can be made and written."""
    for source in inputs:
        if _same(path, source):
            raise OutputError(f"--out {path} sama dengan berkas input; pilih nama lain agar input tidak tertimpa")
    if path.is_dir():
        raise OutputError(f"--out {path} adalah folder; beri nama berkas, misalnya {path / 'hasil.xlsx'}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path.parent):
            pass
    except OSError as exc:
        raise OutputError(f"folder {path.parent} tidak bisa dibuat atau ditulisi ({os_reason(exc)}); "
                         "pilih tempat lain dengan --out") from None
    return path
