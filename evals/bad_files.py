"""Hostile and mistaken files, made here in milliseconds (issue 17): OLE containers (a password-protected workbook,
one whose sector chains loop, an old .xls gone bad, a Word file), workbooks that unpack to far more than they weigh
or lie about it, a sheet claiming billions of cells, and the non-spreadsheets people attach by mistake."""

import os
import random
import struct
import zipfile
import zlib
from pathlib import Path

_END, _FREE, _FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
_SECTOR = 512
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def cfb(streams: dict[str, bytes], loop_directory: bool = False, loop_stream: str | None = None) -> bytes:
    """A compound file (MS-CFB v3, 512-byte sectors) holding `streams`, each padded to 4096 bytes so it lives in
    regular sectors. loop_directory: the directory's chain points back at itself (a reader that follows it grows for
    ever); loop_stream: that stream's chain does."""
    names = list(streams)
    datas = [streams[n].ljust(4096, b"\0") for n in names]
    dir_sectors = (len(names) + 1 + 3) // 4
    data_sectors = [(len(d) + _SECTOR - 1) // _SECTOR for d in datas]
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + dir_sectors + sum(data_sectors):
        fat_sectors += 1
    fat = [_FATSECT] * fat_sectors
    dir_start = len(fat)
    fat += [s + 1 for s in range(dir_start, dir_start + dir_sectors - 1)] + [_END]
    if loop_directory:
        fat[dir_start + dir_sectors - 1] = dir_start
    starts = []
    for name, count in zip(names, data_sectors):
        start = len(fat)
        starts.append(start)
        fat += [s + 1 for s in range(start, start + count - 1)] + [_END]
        if name == loop_stream:
            fat[-1] = start
    fat += [_FREE] * (fat_sectors * 128 - len(fat))

    def entry(name: str, kind: int, start: int, size: int, child: int = _FREE, right: int = _FREE) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1) + struct.pack("<III", _FREE, right, child)
                + b"\0" * 36 + struct.pack("<IQ", start, size))

    entries = [entry("Root Entry", 5, _END, 0, child=1 if names else _FREE)]
    entries += [entry(n, 2, s, len(d), right=i + 2 if i + 1 < len(names) else _FREE)
                for i, (n, s, d) in enumerate(zip(names, starts, datas))]
    directory = b"".join(entries).ljust(dir_sectors * _SECTOR, b"\0")
    difat = list(range(fat_sectors)) + [_FREE] * (109 - fat_sectors)
    header = (_OLE + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, fat_sectors, dir_start, 0, 4096, _END, 0, _END, 0)
              + struct.pack("<109I", *difat))
    body = struct.pack(f"<{len(fat)}I", *fat) + directory
    return header + body + b"".join(d.ljust(n * _SECTOR, b"\0") for d, n in zip(datas, data_sectors))


def encrypted_workbook(path: Path, malformed: bool = True) -> Path:
    """What Excel writes for an .xlsx saved with a password (EncryptionInfo + EncryptedPackage in an OLE container);
    malformed: its directory chain loops, as in the 8 KB file that grew `iki audit` to 21 GB."""
    rng = random.Random(17)
    streams = {"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00" + rng.randbytes(300),
               "EncryptedPackage": struct.pack("<Q", 4000) + rng.randbytes(3000)}
    path.write_bytes(cfb(streams, loop_directory=malformed))
    return path


def damaged_xls(path: Path) -> Path:
    """An old .xls whose workbook stream's chain loops back on itself."""
    path.write_bytes(cfb({"Workbook": b"\x09\x08\x10\x00" + b"\0" * 6000}, loop_stream="Workbook"))
    return path


def word_document(path: Path) -> Path:
    """A Word 97 .doc (an OLE container without a workbook), named like a spreadsheet."""
    path.write_bytes(cfb({"WordDocument": b"\xec\xa5" + b"\0" * 5000, "1Table": b"\0" * 4096}))
    return path


_CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                  'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                  'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
                  'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+'
                  'xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
         'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_BOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
              '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
_NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _row(number: int, values: list[str]) -> bytes:
    cells = "".join(f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'.encode()


def _book_xml(sheet: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS}><sheets><sheet name="{sheet}" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>')


def _workbook(path: Path, sheet: str, rows_xml) -> Path:
    """A minimal .xlsx whose one sheet is the XML chunks `rows_xml` yields (streamed: nothing held whole)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _RELS)
        book.writestr("xl/workbook.xml", _book_xml(sheet))
        book.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><sheetData>'.encode())
            for chunk in rows_xml:
                part.write(chunk)
            part.write(b"</sheetData></worksheet>")
    return path


HEADER = ["NIP", "Nama", "Unit", "IKI", "Target", "Jenis", "Bobot"]
ROW = ["199001012020121001", "Ani", "Tim Kerja SBBL", "Persentase rekomendasi monev yang ditindaklanjuti", "80%",
       "TUSI", "20"]


def zip_bomb(path: Path, unpacked_mb: int, sheet: str = "SKP") -> Path:
    """An .xlsx that weighs a few hundredths of what it unpacks to: a header and `unpacked_mb` MB of identical rows,
    sizes stated honestly (1 GB of sheet XML in ~5 MB; the issue's 1 MB file cost the audit 1.1 GB). Made in about a
    second: one MB is compressed once, with a full flush, and its bytes repeated."""
    row = _row(2, ROW)
    block = row * ((1 << 20) // len(row))
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><sheetData>'.encode() + _row(1, HEADER)
    tail = b"</sheetData></worksheet>"
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = deflate.compress(head) + deflate.flush(zlib.Z_FULL_FLUSH)
    packed_block = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)  # the state is reset: repeatable
    crc = zlib.crc32(head)
    for _ in range(unpacked_mb):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    packed += packed_block * unpacked_mb + deflate.compress(tail) + deflate.flush()
    size = len(head) + len(block) * unpacked_mb + len(tail)
    name = b"xl/worksheets/sheet1.xml"
    stamp = struct.pack("<HHIII", 0, 0x21, crc, len(packed), size)  # time, date (1980-01-01), crc, sizes
    local = b"PK\x03\x04" + struct.pack("<HHH", 20, 0, 8) + stamp + struct.pack("<HH", len(name), 0) + name
    central = (b"PK\x01\x02" + struct.pack("<HHHH", 20, 20, 0, 8) + stamp
               + struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, 0, 0) + name)
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 1, 1, len(central), len(local) + len(packed), 0)
    path.write_bytes(local + packed + central + end)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _RELS)
        book.writestr("xl/workbook.xml", _book_xml(sheet))
        book.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
    return path


def lying_workbook(path: Path, sheet: str = "SKP", rows: int = 20_000) -> Path:
    """A workbook whose sheet states a size of 1 KB and unpacks to several MB (the zip directory lies)."""
    _workbook(path, sheet, (_row(n + 1, HEADER if n == 0 else ROW) for n in range(rows)))
    data = bytearray(path.read_bytes())
    member = b"xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as book:
        info = book.getinfo(member.decode())
    stated = 1024
    local = info.header_offset
    extra_len = struct.unpack_from("<H", data, local + 28)[0]
    struct.pack_into("<I", data, local + 22, stated)
    _shrink_zip64(data, local + 30 + len(member), extra_len, stated)
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_len, extra_len = struct.unpack_from("<HH", data, at + 28)
        if bytes(data[at + 46: at + 46 + name_len]) == member:
            struct.pack_into("<I", data, at + 24, stated)
            _shrink_zip64(data, at + 46 + name_len, extra_len, stated)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    return path


def _shrink_zip64(data: bytearray, start: int, length: int, stated: int) -> None:
    """Where a zip64 extra field carries the sizes, state the small one there too."""
    end = start + length
    while start + 4 <= end:
        tag, size = struct.unpack_from("<HH", data, start)
        if tag == 1 and size >= 8:
            struct.pack_into("<Q", data, start + 4, stated)
        start += 4 + size


def sparse_sheet(path: Path, sheet: str = "SKP") -> Path:
    """5 KB claiming 1,048,576 × 16,384 cells: a header in row 1 and one cell in XFD1048576."""
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return _workbook(path, sheet, iter([_row(1, HEADER), far]))


def png_named(path: Path) -> Path:
    """A screenshot saved under a spreadsheet's name."""
    raw = b"".join(b"\0" + bytes([200, 30, 30]) * 16 for _ in range(16))
    chunk = lambda kind, body: (struct.pack(">I", len(body)) + kind + body  # noqa: E731
                                + struct.pack(">I", zlib.crc32(kind + body)))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


def random_bytes(path: Path, size: int = 8192) -> Path:
    path.write_bytes(random.Random(size).randbytes(size))
    return path


def utf16_text(path: Path, text: str, bom: bool = True) -> Path:
    """Text as Windows Notepad saves "Unicode": UTF-16 LE, with its BOM unless bom=False."""
    path.write_bytes(text.encode("utf-16" if bom else "utf-16-le"))
    return path


def hard_link(source: Path, link: Path) -> Path:
    os.link(source, link)
    return link
