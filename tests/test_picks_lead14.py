"""Session 11 (the lead playing /prima as a Poltekkes lecturer): a suggestion picked by its number alone, and several
tasks typed at step 4 drafted one IKI each (each failed before its fix)."""

from bot.conversation import Engine
from tests.talk import prima_at_step_m, said


def test_a_bare_number_under_the_suggestions_picks_that_one_outside_prima():
    """«1» under «/cek Melaksanakan monitoring …»'s suggestions got «Saya belum bisa membaca pesan itu …»."""
    engine = Engine()
    engine.handle("u", "/cek Melaksanakan monitoring distribusi obat ke puskesmas")
    shown = engine.state("u").candidates
    replies = engine.handle("u", "1")
    assert "Usulan 1 dipilih" in said(replies)
    assert engine.state("u").skp.iki[0].indikator == shown[0].indikator


def test_a_bare_number_under_the_suggestions_picks_that_one_in_prima():
    """«1» at step 4 under the suggestions got «Saya perlu kalimat IKI …» and the suggestions were gone."""
    engine = Engine()
    prima_at_step_m(engine, "u")
    engine.handle("u", "Melaksanakan monitoring distribusi obat ke puskesmas")
    shown = engine.state("u").candidates
    assert len(shown) >= 2
    replies = engine.handle("u", "2")
    assert "Saya perlu kalimat IKI" not in said(replies)
    assert engine.state("u").prima.current.indikator == shown[1].indikator


def test_several_tasks_typed_at_step_4_are_drafted_one_iki_each():
    """«mengajar mata kuliah …, membimbing skripsi mahasiswa, penelitian» got suggestions for the first task only."""
    engine = Engine()
    prima_at_step_m(engine, "u")
    engine.handle("u", "mengajar mata kuliah asuhan kebidanan, membimbing skripsi mahasiswa, penelitian")
    drafted = [c.indikator for c in engine.state("u").candidates]
    assert any("mata kuliah" in text for text in drafted)
    assert any("skripsi" in text for text in drafted)


def test_a_bare_number_under_iki_buttons_out_of_place_names_the_iki():
    """tester14 #9: under the linker's «[1] IKI 3 [2] IKI 5 [3] IKI 1» a typed «3» linked the entry to IKI 1 (the
    third button); the number names IKI 3, and the terminal numbers such buttons «#N» so a bare number is no place."""
    import io
    from pathlib import Path

    from bot.chat import _show
    from bot.conversation.choices import iki_out_of_place, typed_choice
    from bot.conversation.replies import Button, Reply

    picker = ["IKI 3", "IKI 5", "IKI 1", "IKI 2", "IKI 4", "di luar SKP"]
    assert typed_choice("3", picker) == 0 and typed_choice("1", picker) == 2
    assert iki_out_of_place(picker) and not iki_out_of_place(["IKI 1", "IKI 2", "di luar SKP"])
    shown = [Reply("IKI mana yang dimaksud?", [Button(label, f"x:{i}") for i, label in enumerate(picker)],
                   choice_only=True)]
    out = io.StringIO()
    _, bare = _show(shown, out, Path("/nonexistent"))
    assert not bare and "[#1] IKI 3" in out.getvalue()
