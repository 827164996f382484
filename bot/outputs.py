"""Where a command writes its results: checked before any input is read (a folder that cannot be made or written, or an
output that is an input under another name, fails at once), and written whole or not at all (`replacing`)."""

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.inputs import OutputError, os_reason


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: by identity (device and inode), so a hard link or a symlink to an input is
    that input; by resolved path when either does not exist yet."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        try:
            return a.resolve() == b.resolve()
        except (OSError, RuntimeError):
            return False


def _writable(folder: Path) -> None:
    """Prove a new file can be made in `folder` (made first when missing), or raise OutputError saying why not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        if exc.errno == errno.ENOENT and folder.is_dir():
            # /proc, /sys and the like exist but take no new files: "tidak ada" would be false.
            reason = "folder sistem yang tidak menerima berkas baru"
        else:
            reason = os_reason(exc)
        raise OutputError(f"folder {folder} tidak bisa dibuat atau ditulisi ({reason}); pilih tempat lain dengan --out, "
                          "misalnya folder di bawah folder rumah Anda") from None


def check_out_dir(folder: Path, writes: tuple[str, ...], inputs: list[Path]) -> Path:
    """Make the report folder and prove it is writable; refuse when it, or a file it will hold, is an input."""
    for source in inputs:
        if same_file(folder, source) or any(same_file(folder / name, source) for name in writes):
            raise OutputError(f"--out {folder} akan menimpa berkas input {source.name}; pilih folder lain, "
                              f"misalnya --out {source.with_name('audit-' + source.stem)}")
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"--out {folder} adalah berkas, bukan folder; beri nama folder untuk laporan")
    _writable(folder)
    return folder


@contextmanager
def out_dir(folder: Path, writes: tuple[str, ...], inputs: list[Path]) -> Iterator[Path]:
    """check_out_dir for a run in the block: the folders it made are removed again when the run fails with them still
    empty, so a failed run leaves nothing behind (tester54 F21: an empty «lap-…/» per failed audit)."""
    made = [f for f in (folder, *folder.parents) if not f.exists()]  # deepest first
    check_out_dir(folder, writes, inputs)
    try:
        yield folder
    except BaseException:
        for path in made:
            try:
                path.rmdir()  # only while empty: what the run or anyone else put there stays
            except OSError:
                break
        raise


def check_out_file(path: Path, inputs: list[Path]) -> Path:
    """An output file: not one of the inputs (by identity), a regular file or a device/pipe to stream into, and its
    folder can be made and written."""
    for source in inputs:
        if same_file(path, source):
            raise OutputError(f"--out {path} adalah berkas input itu sendiri (nama lain, tautan, atau hard link); "
                              "pilih nama lain agar input tidak tertimpa")
    if path.is_dir():
        raise OutputError(f"--out {path} adalah folder; beri nama berkas, misalnya {path / 'hasil.xlsx'}")
    if path.exists() and not path.is_file():
        if not os.access(path, os.W_OK):
            raise OutputError(f"--out {path} tidak boleh ditulisi; pilih nama berkas lain")
        return path  # a device or a pipe (/dev/null, a FIFO): streamed into, never replaced
    _writable(path.parent)
    return path


def _mode_for(path: Path) -> int:
    """The mode a new file gets here (the umask's), or the replaced file's own mode."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` for the caller to write; moved onto `path` (flushed to disk first) only when the
    block ends without error, removed otherwise. An interrupted run never leaves half a file under the real name, and
    a hard link to the old file keeps the old content. A device or a pipe is written directly. An OSError while
    writing becomes an OutputError that says the old file is unchanged."""
    try:
        if path.exists() and not path.is_file():
            yield path
            return
        real = path.resolve() if path.is_symlink() else path  # through a symlink, to the file it names
        handle, name = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".partial")
        os.close(handle)
        temporary = Path(name)
        try:
            yield temporary
            os.chmod(temporary, _mode_for(real))
            with temporary.open("rb+") as written:
                os.fsync(written.fileno())
            os.replace(temporary, real)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as exc:
        raise OutputError(f"{path} tidak bisa ditulis ({os_reason(exc)}); berkas lama (bila ada) tidak berubah. "
                          "Kosongkan ruang disk atau pilih tempat lain dengan --out") from None


def write_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (see `replacing`)."""
    with replacing(path) as temporary:
        temporary.write_bytes(data)
