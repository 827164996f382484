"""Every button label a phone shows whole (tester26 #22: «Simpan semua 3 IKI seperti ditulis (bila SKP sudah
disepakati)», 62 characters, was cut): the labels written in the code, walked in its source, and those read from
knowledge/, each at most MAX_LABEL characters with a two-digit number in its place holders."""

import ast
import importlib
from pathlib import Path

import pytest

MAX_LABEL = 30  # what Telegram shows of a full-width button on a phone
SAMPLE = "12"  # a count or an IKI number in a label's place holder
ROOT = Path(__file__).resolve().parent.parent


def _module(path: Path):
    return importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))


def _constant(path: Path, node: ast.expr) -> str | None:
    """A label named by a constant of its module («WHOLE_LABEL») or of a module it names («reminders.AGENDA_LABEL»)."""
    try:
        if isinstance(node, ast.Name):
            value = getattr(_module(path), node.id, None)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            value = getattr(getattr(_module(path), node.value.id, None), node.attr, None)
        else:
            return None
    except ImportError:
        return None
    return value if isinstance(value, str) else None


def _code_labels() -> list[tuple[str, str]]:
    """(where, label) of each Button(...) whose label the source spells: a string, an f-string (its place holders
    filled with SAMPLE) or a module constant."""
    found = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args
                    and getattr(node.func, "id", getattr(node.func, "attr", None)) == "Button"):
                continue
            first, where = node.args[0], f"{path.relative_to(ROOT)}:{node.lineno}"
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((where, first.value))
            elif isinstance(first, ast.JoinedStr):
                found.append((where, "".join(part.value if isinstance(part, ast.Constant) else SAMPLE
                                             for part in first.values)))
            elif (named := _constant(path, first)) is not None:
                found.append((where, named))
    return found


def _knowledge_labels() -> list[tuple[str, str]]:
    """(where, label) of the buttons whose labels come from knowledge/ and the domain's fixed vocabularies."""
    from bot.conversation.rhk_flow import WHOLE_LABEL
    from bot.models import Aspek, Jenis
    from bot.skp.dialog_pack import QUARTERS
    from bot.skp.mpph import METHOD_LABELS, method_button
    from bot.skp.rhk import member_parts
    from bot.team.guidance import guidance
    from bot.year import versions
    from bot.year.reminders import AGENDA_LABEL, CATAT_LABEL, realisasi_label

    team = guidance()
    found = [("perubahan_skp.yaml reasons", label) for label in versions.reason_buttons().values()]
    found += [(f"team.yaml {kind}", choice.button_label)
              for kind, choices in (("feedback", team.feedback), ("catatan", team.catatan),
                                    ("cadences", team.cadences), ("reasons", team.reasons))
              for choice in choices]
    found += [("rhk member_parts", part["label"]) for part in member_parts().values()] + [("rhk", WHOLE_LABEL)]
    found += [("Jenis", jenis.label) for jenis in Jenis] + [("Aspek", aspek.value.capitalize()) for aspek in Aspek]
    found += [("mpph method", method_button(key)) for key in METHOD_LABELS] + [("quarter", q) for q in QUARTERS]
    found += [("reminders", label) for label in (AGENDA_LABEL, CATAT_LABEL, realisasi_label(4))]
    return found


def test_the_walk_finds_the_labels_it_should():
    # a walk that found nothing would pass: the known labels of both kinds are among those walked
    code, known = [label for _, label in _code_labels()], [label for _, label in _knowledge_labels()]
    assert "Simpan semua seperti ditulis" in code and "Lihat agenda dialog" in code and len(code) > 100
    assert "Perubahan struktur/mutasi" in known and "Output antara (milestone)" in known


@pytest.mark.parametrize("where, label", _code_labels() + _knowledge_labels())
def test_no_button_label_is_longer_than_a_phone_shows(where, label):
    assert len(label) <= MAX_LABEL, f"{where}: «{label}» ({len(label)} karakter)"
