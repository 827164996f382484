"""Reads drafts from JSON Lines or one JSON document, with Indonesian errors that name the line and field."""

import json
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from bot.models import IkiDraft, SkpDraft

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
}


class InputError(Exception):
    """Input that cannot be read; str() is an Indonesian sentence that says where and why."""


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


def describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = _where(item["loc"])
        words = _PYDANTIC_WORDS.get(item["type"])
        if item["type"] == "enum":
            words = f"{words}; pilihan: {item['ctx'].get('expected', '')}"
        if item["type"] == "value_error":
            words = str(item["ctx"]["error"])
        parts.append(f"{where} {words or item['msg']}")
    return "; ".join(parts)


def _parse(model: type[BaseModel], text: str) -> BaseModel:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"bukan JSON yang valid ({exc.msg}, kolom {exc.colno})") from None
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


def read_skp(text: str) -> SkpDraft:
    if not text.strip():
        raise InputError("input kosong; kirim satu dokumen JSON SKP, misalnya {\"peran\": \"anggota\", \"iki\": [...]}")
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"baris {exc.lineno}: bukan JSON yang valid ({exc.msg}, kolom {exc.colno})") from None
    return _parse(SkpDraft, text)
