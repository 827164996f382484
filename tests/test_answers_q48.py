"""Answers users read (q48): a belief stated, then a contrast setting an alternative aside («…, bukan …?»), confirmed
by an answer that names the shared subject of both sides or denies the alternative itself (each failed before its
fix)."""

from bot.retrieval.claims import restated

_TARGET = ("Target IKI dalam SKP adalah standar minimal capaian yang harus dipenuhi selama satu tahun periode "
           "penilaian, yaitu batas bawah ekspektasi pimpinan.")
_DIALOG = ("Materi Biro OSDM menyebut klarifikasi ekspektasi sebagai inti sistem kerja baru ASN, sehingga SKP tidak "
           "lagi diisi sendiri oleh pegawai melainkan lahir dari dialog kinerja.")


def test_a_word_both_sides_name_is_no_part_of_the_alternative():
    """«target» is in the claim and in «bukan target maksimal»: the answer naming it restated the claim all the same."""
    assert restated("target IKI itu standar minimal kan, bukan target maksimal?", _TARGET) == "Ya."


def test_the_alternative_named_only_in_the_answer_still_withholds_the_lead():
    """An answer stating the alternative itself («… adalah standar maksimal») restates nothing."""
    assert restated("target IKI itu standar minimal kan, bukan standar maksimal?",
                    "Target IKI adalah standar maksimal capaian selama satu tahun.") == ""


def test_an_alternative_the_answer_denies_past_a_bridge_is_set_aside_there_too():
    """«tidak lagi diisi sendiri» denies «diisi sendiri» past the bridge «lagi»: it no longer withholds the «Ya.»."""
    assert restated("SKP skrg lahir dr dialog kinerja ya, bukan diisi sendiri?", _DIALOG) == "Ya."


def test_an_alternative_the_answer_states_plainly_withholds_the_lead():
    assert restated("SKP skrg lahir dr dialog kinerja ya, bukan diisi sendiri?",
                    "SKP lahir dari dialog kinerja dan diisi sendiri oleh pegawai sesudahnya.") == ""


def test_a_contrasted_claim_is_led_ya_end_to_end(shared_retriever):
    answer = shared_retriever.ask("target IKI tuh standar minimal kan, bukan target maksimal?").answer
    assert answer.startswith("Ya.") and "minimal" in answer
