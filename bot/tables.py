"""Spreadsheets people give us (XLSX or CSV): rows streamed, headers matched to our fields via knowledge/columns.yaml."""

import csv
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import yaml

from bot.inputs import InputError
from bot.settings import get_settings
from bot.text import tokens


@lru_cache(maxsize=1)
def _columns() -> dict:
    with (get_settings().knowledge_dir / "columns.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _key(header: str) -> str:
    return " ".join(tokens(header))


def field_names(header: list[str], table: str) -> list[str | None]:
    """Our field name for each header cell of a table kind ("renstra", "skp_export"); None when unknown."""
    aliases = {_key(alias): name for name, names in _columns()[table].items() for alias in names}
    return [aliases.get(_key(h)) for h in header]


def role_words() -> dict[str, str]:
    """Word in a Peran column → our role value."""
    return {word: role for role, words in _columns()["role_words"].items() for word in words}


def iter_rows(path: Path) -> Iterator[list[str]]:
    """Every row as strings, header included, streamed (an export may hold 100,000 rows)."""
    if not path.is_file():
        raise InputError(f"berkas {path} tidak ditemukan")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            for values in book.active.iter_rows(values_only=True):
                yield ["" if v is None else str(v) for v in values]
        finally:
            book.close()
    elif suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            sample = handle.read(4096)
            handle.seek(0)
            try:
                dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel  # one column, or nothing to go by
            yield from csv.reader(handle, dialect)
    else:
        raise InputError(f"{path.name}: format berkas harus .xlsx atau .csv")
