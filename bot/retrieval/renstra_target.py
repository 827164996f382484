"""«di PK Dirjen Farmalkes, ISS 15 … targetnya brp?»: the 2026 target of a Renstra indicator named by its code, said
from the catalog row (its own source), not from a guidance passage that merely counts indicators."""

import re

from bot.lang.numbers import format_number
from bot.lang.text import tokens
from bot.lang.values import is_year
from bot.retrieval.catalog import Indicator, IndicatorCatalog
from bot.retrieval.codes import codes_in
from bot.retrieval.normalize import search_config
from bot.retrieval.question_parts import wanted_kinds


def target_row(question: str, catalog: IndicatorCatalog) -> Indicator | None:
    """The one catalog row whose target a question asks (a `renstra_target.asks` word, a number wanted, one code the
    catalog holds with a target; several units holding the code: the one whose PIC the question names); None else."""
    config = search_config()["answers"]["renstra_target"]
    words = tokens(question)
    year = str(search_config()["answers"]["scope"]["guidance_year"])
    # a realisasi asked beside the target, or another year's target, is no row's 2026 target
    if not set(words) & set(config["asks"]) or "number" not in wanted_kinds(question) \
            or set(words) & set(config["not_asked"]) or any(is_year(w) and w != year for w in words):
        return None
    codes = list(dict.fromkeys(codes_in(question)))
    rows = [r for r in catalog.rows(codes[0]) if r.target_2026 is not None or r.target_text] if len(codes) == 1 else []
    if len(rows) > 1:
        said = set(words)
        rows = [r for r in rows if set(tokens(r.pic)) - set(config["pic_generic"]) <= said]
    return rows[0] if len(rows) == 1 else None


def target_said(row: Indicator) -> tuple[str, str]:
    """The answer's text and its source: the catalog, with the document the row was read from when it names one."""
    config = search_config()["answers"]["renstra_target"]
    value = row.target_text or format_number(row.target_2026)
    unit = "" if not row.unit else row.unit if row.unit == "%" else f" {row.unit}"
    text = config["text"].format(code=row.code, name=row.name, target=f"{value}{unit}", pic=row.pic)
    document = re.search(r"\(([^()]+)\)", row.source)  # where the row was read: «PK Dirjen Farmalkes Tahun 2026»
    return text, f"{config['source']} ({document.group(1)})" if document else config["source"]
