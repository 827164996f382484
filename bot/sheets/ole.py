"""What an OLE compound file holds (an old .xls, an .xlsx saved with a password, a Word .doc …), from its directory,
read with every count bounded by the file's own size: a sector chain that loops, is shared or leaves the file makes it
"damaged" at once, where a reader following it would grow without end."""

import struct
import sys
from array import array
from pathlib import Path

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END, _FREE = 0xFFFFFFFE, 0xFFFFFFFF
ENCRYPTED = ("EncryptionInfo", "EncryptedPackage")  # MS-OFFCRYPTO: an OOXML workbook wrapped with a password
WORKBOOK = ("Workbook", "Book")  # BIFF8 and BIFF5 .xls
_MINI = 64  # bytes per mini sector (the only size MS-CFB allows)


class Damaged(Exception):
    """The compound file's structure is not whole (truncated, or a chain that loops, is shared or leaves the file)."""


def _u32(data: bytes) -> array:
    values = array("I", data)
    if sys.byteorder == "big":
        values.byteswap()
    return values


class _File:
    def __init__(self, handle, size: int, sector: int):
        self.handle, self.sector = handle, sector
        self.count = max(size // sector - 1, 0)  # sectors after the header (which fills sector -1)

    def read(self, sid: int) -> bytes:
        if sid >= self.count:
            raise Damaged("a sector outside the file")
        self.handle.seek((sid + 1) * self.sector)
        data = self.handle.read(self.sector)
        if len(data) < self.sector:
            raise Damaged("truncated")
        return data


def _chain(table: array, start: int, limit: int, taken: set[int]) -> list[int]:
    """The sectors of one chain; Damaged when it loops, leaves the table or uses a sector another chain uses."""
    chain = []
    sid = start
    while sid != _END:
        if sid >= limit or sid >= len(table) or sid in taken:
            raise Damaged("a chain loops, is shared or leaves the file")
        taken.add(sid)
        chain.append(sid)
        sid = table[sid]
    return chain


def streams(path: Path, names: set[str] | None = None) -> set[str]:
    """The names in the file's directory; Damaged when its structure is not whole (`names` then holds those read before
    the damage was found). Reads the header, the FAT, the directory and the mini FAT, and walks every stream's chain:
    each sector at most once, nothing kept but the tables."""
    names = set() if names is None else names
    with path.open("rb") as handle:
        header = handle.read(512)
        if len(header) < 512 or not header.startswith(SIGNATURE):
            raise Damaged("header")
        shift = struct.unpack_from("<H", header, 30)[0]
        if shift not in (9, 12):
            raise Damaged("sector size")
        file = _File(handle, path.stat().st_size, 1 << shift)
        fat_sectors, dir_start = struct.unpack_from("<II", header, 44)
        cutoff, minifat_start, minifat_sectors, difat_start = struct.unpack_from("<IIII", header, 56)
        if fat_sectors > file.count or minifat_sectors > file.count:
            raise Damaged("tables larger than the file")
        difat = list(_u32(header[76:512]))
        seen: set[int] = set()
        sid = difat_start
        while sid not in (_END, _FREE) and len(difat) < fat_sectors:
            if sid in seen:
                raise Damaged("the DIFAT loops")
            seen.add(sid)
            entries = _u32(file.read(sid))
            difat += entries[:-1]
            sid = entries[-1]
        fat = array("I")
        for sid in difat[:fat_sectors]:
            fat += _u32(file.read(sid))
        taken: set[int] = set()
        entries = []
        sid = dir_start
        while sid != _END:  # the directory's own chain, walked as it is read: names found before a loop are kept
            if sid >= file.count or sid >= len(fat) or sid in taken:
                raise Damaged("the directory's chain loops or leaves the file")
            taken.add(sid)
            entries += _entries(file.read(sid))
            names.update(name for name, *_ in entries)
            sid = fat[sid]
        if not entries or entries[0][1] != 5:
            raise Damaged("no root entry")
        minifat = array("I")
        for sid in _chain(fat, minifat_start, file.count, taken) if minifat_sectors else []:
            minifat += _u32(file.read(sid))
        root_sectors = _chain(fat, entries[0][2], file.count, taken) if entries[0][3] else []
        mini_count = len(root_sectors) * file.sector // _MINI
        mini_taken: set[int] = set()
        for _, kind, start, size in entries[1:]:
            if kind != 2 or not size:
                continue
            if size < cutoff:
                chain = _chain(minifat, start, mini_count, mini_taken)
                unit = _MINI
            else:
                chain = _chain(fat, start, file.count, taken)
                unit = file.sector
            if len(chain) * unit < size:
                raise Damaged("a stream longer than its chain")
    return names


def _entries(data: bytes) -> list[tuple[str, int, int, int]]:
    """(name, kind, first sector, size) of each used entry in one directory sector: kind 1 storage, 2 stream, 5 root."""
    found = []
    for offset in range(0, len(data), 128):
        length, kind = struct.unpack_from("<HB", data, offset + 64)
        if kind in (1, 2, 5) and 2 <= length <= 64:
            start, size = struct.unpack_from("<IQ", data, offset + 116)
            name = data[offset: offset + length - 2].decode("utf-16-le", "replace")
            found.append((name, kind, start, size & 0xFFFFFFFF if len(data) == 512 else size))
    return found
