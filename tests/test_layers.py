"""The house keeps its plan: arrows point down. Every module under bot/ belongs to one group below; a module may
import its own group or any group listed after it, never one listed before (lazy imports inside functions count)."""

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"

# Top-down. Doors translate and never decide; the engine is the conversation; features are what the product does;
# ground is what everything stands on. Within a layer, a group may use the groups after it (retrieval answers a
# quoted IKI with a rewrite, so it sits above rewrite).
LAYERS = {
    "doors": ["bot.__main__", "bot.cli", "bot.chat", "bot.telegram", "bot.service"],
    "engine": ["bot.conversation"],
    "features": ["bot.llm", "bot.audit", "bot.team", "bot.year", "bot.skp", "bot.retrieval", "bot.rewrite", "bot.rules",
                 "bot.render"],
    "ground": ["bot.sheets", "bot.outputs", "bot.inputs", "bot.storage", "bot.models", "bot.lang", "bot.knowledge",
               "bot.clock", "bot.settings", "bot.logs", "bot.metrics"],
}
ORDER = [group for groups in LAYERS.values() for group in groups]


def module_name(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def group_of(module: str) -> str | None:
    return next((g for g in ORDER if module == g or module.startswith(g + ".")), None)


def imported(path: Path) -> set[str]:
    """Every bot module this file imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from bot import render" imports the module bot.render; "from bot.rules import check_iki" bot.rules.
            found |= {f"{node.module}.{a.name}" for a in node.names} if node.module == "bot" else {node.module}
    return {name for name in found if name.startswith("bot.")}


MODULES = sorted(p for p in BOT.rglob("*.py") if module_name(p) != "bot")


def test_every_module_has_a_place_on_the_map():
    assert [module_name(p) for p in MODULES if group_of(module_name(p)) is None] == []


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_no_import_points_up(path):
    here = ORDER.index(group_of(module_name(path)))
    upward = sorted(name for name in imported(path) if (group := group_of(name)) and ORDER.index(group) < here)
    assert upward == [], f"{module_name(path)} imports a layer above it"


def test_the_check_sees_a_lazy_import_pointing_up(tmp_path):
    """The test itself can fail: a ground module reaching into the engine inside a function is caught."""
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from bot.conversation.state import UserState\n    return UserState\n")
    assert imported(sample) == {"bot.conversation.state"}
    assert ORDER.index(group_of("bot.conversation.state")) < ORDER.index(group_of("bot.storage.base"))
