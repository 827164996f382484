"""Answers users read (q38): guidance facts and readings the older dev splits found missing, each checked with
phrasings of its own (each test failed before its fix)."""

import pytest


@pytest.mark.parametrize("question, lead", [
    ("boleh ga IKI pakai bahasa inggris?", "Tidak."),
    ("IKI harus bahasa indonesia ya?", "Ya."),
    ("IKI wajib pakai bahasa indonesia?", "Ya."),
    ("IKI bahasa inggris ga boleh ya?", "Ya."),
    ("can I write my IKI in English?", ""),
    ("iki sy campur inggris gpp kan?", ""),
])
def test_an_iki_is_written_in_bahasa_indonesia(shared_retriever, question, lead):
    """Issue 16: an IKI is written in Bahasa Indonesia (rules.yaml IKI-LANGUAGE); the guidance passages never said so,
    so a question about the language got the nearest answer about IKI in general."""
    answer = shared_retriever.ask(question).answer
    assert "Bahasa Indonesia" in answer
    assert answer.startswith(lead) and not answer.startswith("Ya." if lead != "Ya." else "Tidak.")
