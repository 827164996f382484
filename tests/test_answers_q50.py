"""Answers users read (q50): a claim closed by «…, bener ga sih» with no «?», a claim drawn with «tetep» after the
case told before it, a part claimed a share no whole pattern of the asker's case gives it; each failing before its
fix."""

from bot.retrieval.claims import claim, contradicted
from bot.retrieval.question_parts import without_pasted_chat
from bot.retrieval.respell import respelled
from bot.retrieval.yes_no import tag_closed

_LIMITS = ("Pegawai non pimpinan memiliki paling sedikit 5 dan paling banyak 10 IKI menurut Surat Sekjen untuk SKP "
           "2026; bila lebih dari 10, jumlahnya harus disesuaikan (adjustment) bersama unit Eselon I terkait.")
_WEIGHTS = ("Ketua tim tanpa IKI cascading langsung memakai pola bobot TUSI 90% dan MI 10%, sedangkan anggota yang "
            "memegang IKI cascading langsung memakai pola CL 50%, TUSI 40%, dan MI 10%.")


def test_an_opener_after_a_comma_closes_the_claim_with_no_question_mark():
    assert tag_closed("katanya IKI maksimal 12 ya, bener ga sih") == "katanya IKI maksimal 12 ya, bener ga sih?"
    assert tag_closed("bobot beyond 20, bener ga ya") == "bobot beyond 20, bener ga ya?"
    assert contradicted(tag_closed("katanya IKI maksimal 12 ya, bener ga sih"), _LIMITS) == "Tidak."
    # an opener alone, or one opening a longer clause, closes nothing
    assert tag_closed("bener ga sih") == "bener ga sih"
    assert tag_closed("IKI maks 10, bener ga kalo sy punya 12") == "IKI maks 10, bener ga kalo sy punya 12"


def test_tetep_after_the_case_told_opens_the_claim():
    asked = "Katim tp timnya ga ada cascading langsung ke renstra, tetep pake bobot CL 50 gitu ya?"
    assert claim(asked) == ["tetep", "pake", "bobot", "cl", "50", "gitu"]
    assert claim(asked.rstrip("?")) == ["tetep", "pake", "bobot", "cl", "50", "gitu"]


def test_a_part_no_whole_pattern_of_the_case_gives_is_denied_its_share():
    """The katim with no direct cascading has TUSI 90 and MI 10, a whole 100: CL 50 is no share of theirs."""
    asked = "Katim tp timnya ga ada cascading langsung ke renstra, tetep pake bobot CL 50 gitu ya"
    assert contradicted(asked, _WEIGHTS) == "Tidak."
    assert contradicted("sy katim tp tim sy ga ada cascade langsung ke renstra. bobot sy ttp CL 50 kan?",
                        _WEIGHTS) == "Tidak."
    # the member holding direct cascading has CL 50: confirmed; an answer with no whole pattern denies nothing
    assert contradicted("sy anggota, IKI sy cascading langsung. bobot CL 50 kan?", _WEIGHTS) == "Ya."
    assert contradicted("Katim tp timnya ga ada cascading langsung, tetep pake bobot CL 50 gitu ya",
                        "Ketua tim tanpa IKI cascading langsung memakai bobot MI 10%.") == ""
    # Beyond, on top of Core's 100 where the answer names it, is no part a whole pattern leaves out
    beyond = _WEIGHTS.rstrip(".") + ", ditambah Beyond 20%."
    assert contradicted("Katim tp timnya ga ada cascading langsung, tetep pake bobot beyond 20 gitu ya", beyond) == ""
    assert contradicted("Katim tp timnya ga ada cascading langsung, tetep pake bobot CL 50 gitu ya", beyond) == "Tidak."


def test_a_pasted_chat_before_the_question_is_left_out():
    pasted = ("[09.14, 3/2/2026] Bu Rina Katim: Tolong IKI kalian udh masuk sebelum deadline ya\n"
              "[09.15, 3/2/2026] Sy: siap bu\n\nbot, cara bagi peran tim yg beda provinsi gmn")
    assert without_pasted_chat(pasted) == "bot, cara bagi peran tim yg beda provinsi gmn"
    assert without_pasted_chat("[3/2/26 09.14.22] Katim: IKI sy gmn\ncara bagi peran?") == "cara bagi peran?"
    # nothing of the asker's own after it, or no stamp: unchanged
    assert without_pasted_chat("[09.14, 3/2/2026] Katim: cara bagi peran?") == "[09.14, 3/2/2026] Katim: cara bagi peran?"
    assert without_pasted_chat("[catatan] sy: cara bagi peran?") == "[catatan] sy: cara bagi peran?"


def test_a_pasted_chat_does_not_sway_the_answer_to_the_question_after_it(shared_retriever):
    """dev31: the chat pasted before it («Tolong IKI kalian udh masuk sebelum deadline») drew a definition of the
    team leader instead of the split by region."""
    asked = ("[09.14, 3/2/2026] Bu Rina Katim: Tolong IKI kalian udh masuk sebelum deadline ya\n"
             "[09.15, 3/2/2026] Sy: siap bu\n\n"
             "cara pembagian peran kalau tim sy 4 org megang 1 indikator yg sama tp beda provinsi binaan gmn")
    assert "wilayah" in shared_retriever.ask(asked).answer


def test_javanese_function_words_and_po_read_as_indonesian():
    asked = "rencana aksi kuwi kudu diturunke seko RHK sing wis disetujui atasan po piye?"
    assert respelled(asked) == "rencana aksi itu harus diturunkan dari RHK yang sudah disetujui atasan atau bagaimana?"


def test_a_javanese_yes_no_question_closed_by_po_piye_is_led(shared_retriever):
    """dev31: «… po piye?» read as «how» drew the steps of filling a rencana aksi, with no «Ya.»."""
    answer = shared_retriever.ask("mas, rencana aksi kuwi kudu diturunke seko RHK sing wis disetujui atasan po piye?")
    assert answer.answer.startswith("Ya.") and "RHK" in answer.answer


def test_a_term_word_with_nya_attached_ranks_as_the_term(shared_retriever):
    """dev31: «direktifnya», which no stemmer splits, left «labkesmas» to draw a laboratory example."""
    answer = shared_retriever.ask("kepala balai labkesmas itu IKI direktifnya apa aja").answer
    assert all(w in answer for w in ("Anggaran", "SAKIP", "Mutasi"))
