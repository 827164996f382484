"""Answers users read (q49): ranks and roles written the user's way, the chat's «dulu», questions about the
assistant itself (where the data goes, a request for help writing IKI in English), each failing before its fix."""

from bot.retrieval.answer import from_glossary
from bot.retrieval.claims import contradicted, restated
from bot.retrieval.own_commands import asked_command, asked_privacy
from bot.retrieval.respell import respelled
from bot.retrieval.yes_no import tag_closed, yes_no_lead, yes_no_predicate

_CASCADE = ("Cascading indikator kinerja Kemenkes dimulai dari pimpinan Eselon II, karena mereka memegang target "
            "Indikator Kinerja Kegiatan (IKK) dan menerjemahkan visi organisasi ke tingkat pelaksanaan.")
_IP_ASN = ("Indeks Profesionalitas ASN wajib menjadi IKI bagi seluruh ASN non pimpinan di unit Eselon I dan unit "
           "kerja Kemenkes sebagai bagian dari Capability Development, dan ditandai Core MI (Mandatory).")


def test_a_grade_typed_in_digits_is_the_roman_numeral_the_guidance_writes():
    assert respelled("CASCADING DIMULAI DARI ESELON 2 DULU YA?") == "CASCADING DIMULAI DARI ESELON II DULU YA?"
    assert respelled("es 3 itu siapa") == "es III itu siapa"
    # «eselon 1» stays: its «I» reads as the English chat word, and the claim would lose its grade
    assert respelled("eselon 1 dan eselon 12") == "eselon 1 dan eselon 12"


def test_a_claim_naming_eselon_2_and_the_particle_dulu_is_restated_by_eselon_ii():
    assert restated(respelled("cascading dimulai dari eselon 2 dulu ya?"), _CASCADE) == "Ya."
    assert restated(respelled("cascading dimulai dari eselon 1 ya?"), _CASCADE) == ""


def test_only_for_a_part_of_a_side_is_denied_by_an_answer_for_all_of_it():
    """«JF ahli» is a part of the non-pimpinan side: «cuma … buat JF ahli» is denied by «bagi seluruh ASN non
    pimpinan», while a duty asked of it without «only» is not denied."""
    assert contradicted("IP ASN itu cuma wajib buat JF ahli aja kan? sy kan pelaksana di balai", _IP_ASN) == "Tidak."
    assert contradicted("IP ASN cuma wajib buat pelaksana kan?", _IP_ASN) == "Tidak."
    assert contradicted("IP ASN wajib buat JF ahli ya?", _IP_ASN) == ""
    assert contradicted("IP ASN cuma wajib buat staf aja ya?", _IP_ASN) == ""  # the whole side: no «only» broken
    assert contradicted("IP ASN wajib ga buat kepala UPT?", _IP_ASN) == "Tidak."  # a balai's head, by its UPT


def test_where_ones_data_goes_is_answered_with_the_assistants_own_facts(shared_retriever):
    assert asked_privacy("data sy dikirim kemana?").startswith("Draf, catatan harian dan profil")
    assert asked_privacy("data awal IKI sy diambil dari mana?") == ""  # the IKI's data: the guidance's
    assert asked_privacy("data realisasi dikirim kemana?") == ""
    assert asked_privacy("data surveilans sudah dikirim ke dinkes") == ""  # work done, nothing asked
    assert shared_retriever.ask("data sy dikirim kemana?").answer.startswith("Draf, catatan harian dan profil")


def test_an_english_request_for_help_writing_iki_opens_prima(shared_retriever):
    """tester48 P3-7: it got «Ekspektasi khusus pimpinan yang baik …», unrelated to the ask."""
    assert "/prima" in asked_command("Can you help me write my performance indicators?")
    assert "/prima" in shared_retriever.ask("can you help me write my KPIs?").answer
    assert asked_command("Can you help me translate my CV into English for a scholarship application?") == ""
    # work told beside it is drafted from: the chat says what to send (test_english_iki)
    assert asked_command("hi, can you help me write my KPIs? I work in the lab doing TB sample testing") == ""


_BEYOND = ("IKI Beyond tidak diwajibkan dalam materi Biro OSDM, baik bagi ketua tim maupun anggota, berbeda dari IKI "
           "Core yang bobotnya wajib genap 100%.")
_JUDGED = ("Pimpinan dilarang menilai pegawai berdasarkan subjektivitas pribadi; penilaian harus berdasarkan ekspektasi "
           "yang sudah disepakati bersama di awal kontrak kinerja.")


def test_toh_closes_a_claim_as_kan_does():
    assert yes_no_predicate("SKP boleh diubah di tengah tahun toh") == "boleh"
    assert yes_no_predicate("SKP boleh diubah di tengah tahun") is None


def test_a_tag_before_a_comma_closes_the_claim_when_an_aside_follows():
    """No «?» at all: «… kan, gue mah pasrah aje …» is an aside after the claim; a question after the comma is not."""
    asked = "penilaian kinerja kan terserah penilaian pribadi atasan kan, gue mah pasrah aje mau dia suka ato kagak"
    assert tag_closed(asked).startswith("penilaian kinerja kan terserah penilaian pribadi atasan kan?,")
    assert tag_closed("bobot beyond 20% kan, trus MI brp") == "bobot beyond 20% kan, trus MI brp"
    # a conclusion, a figure or a guidance term after the comma is the claim itself, and a case told of the asker none
    for kept in ("sy katim kan, jadi bobot CL 50 dong", "beyond kan, pokoknya 30 aja", "iki sy kan, MPPH nya blm ada",
                 "sy kan pelaksana, ga usah repot"):
        assert tag_closed(kept) == kept
    # «terserah» claims it allowed, which the answer forbids
    assert contradicted(tag_closed(asked), _JUDGED) == "Tidak."


def test_a_duty_to_have_a_thing_is_the_duty_of_the_thing_and_who_asks_is_no_subject():
    assert yes_no_lead("wajib", _BEYOND, "wajib punya IKI beyond ga?") == "Tidak."
    assert yes_no_lead("wajib", _BEYOND, "sy pelaksana, wajib punya IKI beyond ga?") == "Tidak."
    assert yes_no_lead("wajib", _BEYOND, "rencana aksi wajib ga?") == ""  # another subject: nothing said of it


def test_chats_megang_is_memegang(shared_retriever):
    assert respelled("eselon 2 itu megang IKK ya?") == "eselon II itu memegang IKK ya?"
    assert shared_retriever.ask("eselon 2 itu megang IKK ya?").answer.startswith("Ya.")


def test_a_sentence_saying_what_the_asker_meant_asks_no_terms_meaning(shared_retriever):
    """«maksudnya …» after a question got the glossary line of «ketua tim» instead of the answer on MPPH 2 tingkat."""
    asked = "MPPH itu bisa sampe ke anggota tim ga sih? maksudnya dr direktur ke ketua tim trs ke anggota"
    assert from_glossary(asked) is None
    assert from_glossary("ketua tim maksudnya apa?") is not None
    assert shared_retriever.ask(asked).answer.startswith("Ya. MPPH bisa sampai ke anggota tim")
