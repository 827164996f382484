"""Answers users read (q20): dev misses by cause, each class checked with phrasings of its own (each test failed
before its fix)."""

import pytest

from evals.question_evals import contains, declined


@pytest.mark.parametrize("question, lead", [
    ("apakah cascading di Kemenkes skrg dimulai dari eselon II?", "Ya."),
    ("apakah rencana aksi diisi di aplikasi e-Kinerja?", "Ya."),
    ("apakah logbook diisi seminggu sekali?", "Tidak."),
])
def test_a_claim_asked_with_apakah_is_led(shared_retriever, question, lead):
    """«apakah …?» with no other question word asks yes or no: the answer restating it was given with no lead."""
    assert shared_retriever.ask(question).answer.startswith(lead)


@pytest.mark.parametrize("question, lead", [
    ("kak sy staf analis lab di BBTKLPP Surabaya, IKI sy tahun ini cuma 3 krn kerjaan sy emg itu2 aja (uji sampel "
     "air, udara, limbah). boleh gak sih cuma 3?", "Tidak."),
    ("sy perawat di RSUD, IKI sy cuma 4 krn tugas sy sedikit. boleh ga?", "Tidak."),
    ("bu sy pranata humas, IKI sy skrg ada 8. aman kan?", "Ya."),
    ("IKI saya tahun ini udah 13 biji, gpp kan?", "Tidak."),
])
def test_the_askers_own_count_is_held_against_the_limits(shared_retriever, question, lead):
    """The user's count of their IKI, told among their work («uji sampel air, udara, limbah»), was answered with the
    guidance's lab example led «Ya.»: the count is asked against the 5–10 limits whatever work is told around it."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith(lead) and "paling sedikit 5 dan paling banyak 10" in answer


def test_a_count_of_its_own_thing_is_not_the_terms_count(shared_retriever):
    """«MPPH … 2 tingkat»: the count is of tingkat, not of MPPH; it is no question about the limits on a count."""
    assert "2 tingkat" in shared_retriever.ask("MPPH bs dibikin 2 tingkat ga sih? pimpinan ke katim, trus katim ke anggota").answer


@pytest.mark.parametrize("question", [
    "foto kegiatan sm notulen bs dilampirin sbg bukti dukung di catatan harian ga?",
    "penugasan dari pimpinan yg menantang boleh dijadiin IKI beyond ga?",
    "boleh ga IKI beyond diambil dari tugas tantangan yg dikasih atasan?",
])
def test_a_thing_the_answer_tells_as_done_is_permitted(shared_retriever, question):
    """«bs dilampirin sbg bukti dukung?» got the logbook's steps («unggah bukti dukung … notulen, foto») with no lead:
    an answer telling the thing asked «boleh/bisa» as done, in most of its words, permits it."""
    assert shared_retriever.ask(question).answer.startswith("Ya. ")


def test_a_thing_forbidden_is_still_denied(shared_retriever):
    assert shared_retriever.ask("IKI sy boleh ga isinya jumlah rapat yg sy hadiri?").answer.startswith("Tidak. ")


@pytest.mark.parametrize("question", [
    "kak tukin sy bulan ini kok turun ya, apa krn SKP sy blm disetujui atasan? potongannya brp persen?",
    "tukin sy turun terus. potongannya dihitung dr mana sih?",
])
def test_a_pay_cut_asked_of_the_pay_told_before_is_outside(shared_retriever, question):
    """«potongannya brp persen?» asks of the tukin told before it: pay, outside the guidance, not SKP's penetapan."""
    assert declined(shared_retriever.ask(question))


def test_a_claim_denying_a_part_is_denied_by_an_answer_stating_it(shared_retriever):
    """«… ga masuk SKP kan?» denies nothing the yes-no reading knew («masuk» was no denied word): no lead."""
    assert shared_retriever.ask("perilaku kerja ga masuk SKP kan?").answer.startswith("Tidak. ")


def test_a_negation_inside_a_terms_name_is_not_the_claims_denial():
    """«cascading tidak langsung» names Core TUSI; the claim's own «ga ikut dihitung» is what it denies."""
    from bot.retrieval.claims import denial
    assert denial("IKI TUSI yg cascading tidak langsung itu tidak ikut dihitung pas penilaian kan?") == \
        ["dihitung", "penilaian"]


@pytest.mark.parametrize("question", ["cara melakukan dialog kinerja gmn?",
                                      "dialog kinerja sepanjang tahun dijalankan bagaimana?"])
def test_the_routine_dialogs_steps_name_what_the_leader_does_in_it(shared_retriever, question):
    """The routine dialog's steps said only «memantau rencana aksi dan memberi umpan balik»; the seeds (Labkesmas
    Makassar, 21 Agt 2024) say the leader gives apresiasi and looks for a way past hambatan together."""
    answer = shared_retriever.ask(question).answer
    assert contains(answer, "apresiasi") and contains(answer, "hambatan")


def test_what_a_dialog_kinerja_clarifies_when_drafting_is_still_said(shared_retriever):
    answer = shared_retriever.ask("what gets clarified in a dialog kinerja? apa aja yg dibahas sm atasan").answer
    assert all(contains(answer, w) for w in ("hasil kerja", "perilaku kerja", "target"))


@pytest.mark.parametrize("question", ["2025 kmrn jumlah IKI per pegawai udah seragam kan?",
                                      "evaluasi SKP 2025, jumlah IKI tiap pegawai sama semua ya?",
                                      "bener ga jumlah IKI per pegawai di 2025 udah seragam?"])
def test_a_claim_of_sameness_is_denied_by_a_noun_naming_its_spread(shared_retriever, question):
    """«ketimpangan jumlah IKI per pegawai» says the counts differ: what a noun of a side says it of follows it."""
    assert shared_retriever.ask(question).answer.startswith("Tidak. ")


def test_a_word_describing_a_thing_is_no_permission(shared_retriever):
    # «IKI kegiatan boleh?» was led «Ya.» by «… dirumuskan ulang sebagai hasil yang dapat diukur»: «yang dapat»
    # tells what the result is like, not that activities are allowed
    for question in ("IKI kegiatan boleh?", "bisa ga IKI sy tanpa target?"):  # «… agar dapat dipertanggungjawabkan»
        answer = shared_retriever.ask(question).answer
        assert not answer.startswith("Ya."), answer
    assert shared_retriever.ask("boleh ga target diubah tengah tahun?").answer.startswith("Ya. ")
