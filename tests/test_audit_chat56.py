"""The chat's pointer to the whole-unit audit names the folder of per-employee files and what happens to a broken
one, and «salah satu …» (one of several) is never read as putting the last answer right (tester56 F25)."""

from bot.conversation.answers import is_correction, nothing_open, read_answer
from bot.conversation.engine import Engine


def said(replies) -> str:
    return "\n".join(r.text for r in replies)


def test_a_unit_of_one_file_per_employee_is_pointed_to_the_folder_audit():
    shown = said(Engine().handle("u", "gimana audit SKP seluruh pegawai kalau tiap orang kirim file excel sendiri?"))
    assert "iki audit nama-folder" in shown and "dilewati" in shown


def test_one_of_several_is_no_correction():
    assert not read_answer("kalau salah satu lampirannya 2 halaman gimana").correction
    assert nothing_open("klo salah seorang pegawai 3 filenya?") is None
    assert is_correction("eh salah, 2 lampiran")  # the word alone still puts the last answer right
