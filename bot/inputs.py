"""Reads what users give the CLI (drafts as JSON Lines or one JSON document, MPPH files as YAML, text on stdin or
in arguments), bounded in size, with Indonesian errors that name the line and the field."""

import codecs
import errno
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError

from bot.models import MAX_TEXT_CHARS, IkiDraft, Jenis, SkpDraft

MAX_INPUT_BYTES = 5_000_000  # an SKP, an MPPH file or a list of drafts is a few KB; 5 MB is far beyond any real one
MAX_YAML_ALIASES = 100  # YAML anchors are fine; a document built from thousands of aliases is an expansion bomb

_PYDANTIC_WORDS = {
    "missing": "wajib diisi",
    "string_too_short": "tidak boleh kosong",
    "string_too_long": "terlalu panjang",
    "enum": "nilainya tidak dikenal",
    "string_type": "harus berupa teks",
    "bool_parsing": "harus true atau false",
    "bool_type": "harus true atau false",
    "list_type": "harus berupa daftar",
    "model_type": "harus berupa objek JSON",
    "dict_type": "harus berupa objek JSON",
    "float_parsing": "harus berupa angka",
    "greater_than_equal": "tidak boleh negatif",
    "less_than_equal": "terlalu besar",
    "float_type": "harus berupa angka",
    "int_parsing": "harus berupa bilangan bulat",
    "int_type": "harus berupa bilangan bulat",
    "string_unicode": "bukan teks UTF-8",
    "literal_error": "nilainya tidak dikenal",
    "union_tag_invalid": "jenisnya tidak dikenal",
    "extra_forbidden": "tidak dikenal",
    "too_long": "terlalu panjang",
    "too_short": "terlalu sedikit",
    "json_invalid": "bukan JSON yang valid",
}


class InputError(Exception):
    """Input that cannot be read; str() is an Indonesian sentence that says where and why."""


class OutputError(InputError):
    """An output that cannot be written where asked; str() says why and what to do."""


_OS_REASONS = {errno.ENOENT: "tidak ada", errno.EACCES: "tidak ada izin", errno.EPERM: "tidak ada izin",
               errno.EROFS: "hanya bisa dibaca", errno.ENOSPC: "disk penuh", errno.ENOTDIR: "bagian jalurnya bukan folder",
               errno.EISDIR: "itu sebuah folder", errno.ENAMETOOLONG: "namanya terlalu panjang",
               errno.EFBIG: "melebihi batas ukuran berkas", errno.EDQUOT: "kuota disk habis"}


def os_reason(exc: OSError) -> str:
    """An operating-system error in Indonesian words (strerror is English)."""
    return _OS_REASONS.get(exc.errno, f"galat sistem {exc.errno}" if exc.errno else "galat sistem")


@dataclass(frozen=True)
class LineError:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"baris {self.line}: {self.reason}"


def _where(loc: tuple) -> str:
    """("iki", 0, "bobot") → "IKI ke-1: bobot"; people count from one."""
    if len(loc) >= 2 and loc[0] == "iki" and isinstance(loc[1], int):
        rest = ".".join(str(p) for p in loc[2:])
        return f"IKI ke-{loc[1] + 1}" + (f": {rest}" if rest else "")
    return ".".join(str(p) for p in loc) or "data"


def _choices(expected: str) -> str:
    """pydantic's «'core_cl', 'core_tusi' or 'beyond'» as users write them: «Core CL, Core TUSI atau Beyond» (an
    enum's label, else its id with spaces), never code ids (tester17 #5)."""
    ids = re.findall(r"'([^']*)'", expected)
    if not ids:
        return expected.replace(" or ", " atau ")
    said = [_LABELS.get(i, i.replace("_", " ")) for i in ids]
    return f"{', '.join(said[:-1])} atau {said[-1]}" if len(said) > 1 else said[0]


_LABELS = {member.value: member.label for member in Jenis}


def describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = _where(item["loc"])
        words = _PYDANTIC_WORDS.get(item["type"])
        if item["type"] == "enum":  # pydantic lists the choices' ids in English («'a', 'b' or 'c'»)
            words = f"{words}; pilihan: {_choices(item['ctx'].get('expected', ''))}"
        if item["type"] in ("value_error", "assertion_error"):
            words = str(item["ctx"]["error"])
        if item["type"] == "literal_error":
            words = f"{words}; pilihan: {item['ctx'].get('expected', '')}"
        # pydantic's own English is never shown: an unknown error type still says which field and that it is wrong.
        words = words or "isinya tidak sesuai format"
        field = str(item["loc"][-1]) if item["loc"] else ""
        if field and where.endswith(field) and words.startswith(f"{field} "):  # «bobot «empat puluh» bukan angka»
            where = where[:-len(field)].rstrip()  # names its field itself: said once, not «bobot bobot …»
        parts.append(f"{where} {words}" if where else words)
    return "; ".join(parts)


def _json(text: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"bukan JSON yang valid ({exc.msg}, kolom {exc.colno})") from None
    except RecursionError:
        raise InputError("JSON bertingkat terlalu dalam; kirim satu objek datar seperti {\"indikator\": \"…\"}") from None


def _parse(model: type[BaseModel], text: str) -> BaseModel:
    data = _json(text)
    if not isinstance(data, dict):
        raise InputError("harus berupa objek JSON, misalnya {\"indikator\": \"…\"}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InputError(describe(exc)) from None


def read_iki_lines(lines: Iterable[str]) -> tuple[list[IkiDraft], list[LineError]]:
    """Drafts from JSON Lines (blank lines skipped) and every line that could not be read."""
    drafts, errors = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            drafts.append(_parse(IkiDraft, line))
        except InputError as exc:
            errors.append(LineError(number, str(exc)))
    return drafts, errors


def read_iki_or_text_lines(lines: Iterable[str]) -> tuple[list[IkiDraft], list[LineError]]:
    """Drafts from lines that are each a JSON object or an IKI in plain words («Melakukan monev SBBL»), as `iki
    rewrite -` reads stdin (tester26 #24: plain text was «bukan JSON»)."""
    drafts, errors = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("{"):
            found, wrong = read_iki_lines([line])
            drafts += found
            errors += [LineError(number, error.reason) for error in wrong]
        elif len(line) > MAX_TEXT_CHARS:
            errors.append(LineError(number, f"terlalu panjang ({len(line)} karakter); paling banyak {MAX_TEXT_CHARS}"))
        else:
            drafts.append(IkiDraft(indikator=" ".join(line.split())))
    return drafts, errors


def read_skp(text: str) -> SkpDraft:
    if not text.strip():
        raise InputError("input kosong; kirim satu dokumen JSON SKP, misalnya {\"peran\": \"anggota\", \"iki\": [...]}")
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"baris {exc.lineno}: bukan JSON yang valid ({exc.msg}, kolom {exc.colno})") from None
    except RecursionError:
        pass  # _parse says it in words
    return _parse(SkpDraft, text)


# What a file's first bytes say it is, whatever its name says.
_SIGNATURES = ((b"PK\x03\x04", "zip"), (b"PK\x05\x06", "zip"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
               (b"%PDF", "pdf"), (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"), (b"GIF8", "gif"),
               (b"\x1f\x8b", "gzip"), (b"Rar!", "rar"), (b"7z\xbc\xaf", "7z"))
CONTENT_NAMES = {"zip": "arsip ZIP (XLSX, DOCX atau ODS)", "ole": "berkas Office lama (.xls/.doc) atau berkas berkata sandi",
                 "pdf": "PDF", "png": "gambar PNG", "jpeg": "gambar JPEG", "gif": "gambar GIF", "gzip": "arsip GZIP",
                 "rar": "arsip RAR", "7z": "arsip 7-Zip", "html": "halaman web (HTML/XML)", "utf16": "teks UTF-16",
                 "binary": "data biner (bukan teks, bukan dokumen yang dikenal; mungkin rusak)", "text": "teks biasa"}
_CONTROL = bytes(c for c in range(32) if c not in b"\t\n\r\f\x1b")


def content_kind(head: bytes) -> str:
    """What the first bytes (a few KB) hold: a key of CONTENT_NAMES."""
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_order(head):
        return "utf16"
    if b"\x00" in head or sum(head.count(c) for c in _CONTROL) > len(head) // 20:
        return "binary"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")):
        return "html"
    return "text"


def _utf16_order(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" for UTF-16 text without a BOM (mostly Latin letters: every other byte is zero)."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even, odd = head[0:2 * pairs:2].count(0), head[1:2 * pairs:2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd <= pairs * 0.02:
        return "utf-16-be"
    return None


def read_bytes(path: str, what: str) -> tuple[bytes, str]:
    """A whole file (or stdin for "-") and the name to show, refused beyond MAX_INPUT_BYTES, never cut silently."""
    limit = f"{what} paling besar {MAX_INPUT_BYTES // 1_000_000} MB"
    if path == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(f"input lebih dari {MAX_INPUT_BYTES // 1_000_000} MB; {limit}. Bagi menjadi beberapa "
                             "bagian lalu kirim satu per satu")
        return data, "input"
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path} adalah folder, bukan berkas; beri nama berkas {what} di dalamnya")
    if not file.exists():
        raise InputError(f"berkas {path} tidak ditemukan; periksa nama dan foldernya")
    try:
        if file.is_file() and file.stat().st_size > MAX_INPUT_BYTES:
            raise InputError(f"{file.name} terlalu besar ({file.stat().st_size / 1_000_000:.0f} MB); {limit}. Bagi "
                             "menjadi beberapa berkas")
        with file.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise InputError(f"berkas {path} tidak bisa dibuka ({os_reason(exc)})") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{file.name} lebih dari {MAX_INPUT_BYTES // 1_000_000} MB; {limit}")
    return data, file.name


def read_text_file(path: str, what: str) -> str:
    """A whole text file (or stdin for "-"): UTF-8, or UTF-16 as Windows saves "Unicode" text; refused when it is
    too large, a folder, or not text at all, with what it is instead."""
    data, name = read_bytes(path, what)
    kind = content_kind(data[:4096])
    if kind == "utf16":
        order = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else _utf16_order(data[:4096])
        try:
            return data.decode(order)
        except UnicodeDecodeError:
            raise InputError(f"{name} tampak seperti teks UTF-16 tetapi tidak utuh; simpan ulang sebagai UTF-8") from None
    if kind not in ("text", "html"):
        raise InputError(f"{name} bukan berkas teks: isinya {CONTENT_NAMES[kind]}; {what} harus berupa teks "
                         "YAML/JSON (UTF-8)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{name} baris {line} bukan teks UTF-8; simpan ulang sebagai UTF-8") from None


def load_yaml(text: str, name: str):
    """YAML (which also reads JSON), with line numbers in errors and a bound on aliases."""
    import yaml

    class _Bounded(yaml.SafeLoader):
        aliases = 0

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                self.aliases += 1
                if self.aliases > MAX_YAML_ALIASES:
                    raise InputError(f"{name} memakai lebih dari {MAX_YAML_ALIASES} alias YAML (*…); tulis isinya "
                                     "langsung tanpa alias")
            return super().compose_node(parent, index)

    try:
        return yaml.load(text, Loader=_Bounded)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"baris {mark.line + 1}, kolom {mark.column + 1}: " if mark else ""
        raise InputError(f"{name} {where}bukan YAML/JSON yang valid; periksa titik dua, tanda kutip, kurung, dan "
                         "indentasi (spasi, bukan tab) di sekitar baris itu") from None
    except yaml.YAMLError:
        raise InputError(f"{name} bukan YAML/JSON yang valid; periksa titik dua, tanda kutip, kurung, dan indentasi") from None
    except RecursionError:
        raise InputError(f"{name} bertingkat terlalu dalam") from None


def text_argument(text: str, what: str, limit: int = MAX_TEXT_CHARS) -> str:
    """A text typed on the command line: UTF-8 and at most `limit` characters."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(f"{what} bukan teks UTF-8; ketik ulang atau simpan sebagai UTF-8") from None
    if len(text) > limit:
        raise InputError(f"{what} terlalu panjang ({len(text)} karakter); paling banyak {limit} karakter")
    return text


def stdin_lines(what: str) -> list[str]:
    """Non-empty lines from stdin (at most MAX_INPUT_BYTES), each UTF-8; an undecodable line is named."""
    lines = []
    data, _ = read_bytes("-", f"{what} dari input")
    for number, raw in enumerate(data.splitlines(), start=1):
        try:
            line = raw.decode("utf-8-sig").strip()
        except UnicodeDecodeError:
            raise InputError(f"baris {number} dari input bukan teks UTF-8; simpan ulang sebagai UTF-8") from None
        if line:
            lines.append(text_argument(line, f"{what} baris {number}"))
    return lines
