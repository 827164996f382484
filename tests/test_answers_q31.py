"""Answers users read (q31): dev25's misses by cause — a claim asked after the case it holds for, a claim pasted from
someone else, a claim typed with no «?», a quoted IKI asked whether it is output, sums of the asker's own figures
(each test failed before its fix)."""

import pytest

from evals.question_evals import contains


def _lead(answer) -> str:
    return answer.answer.split(" ", 1)[0]


@pytest.mark.parametrize(("question", "lead"), [
    # the case told in the sentence before the claim (dev25: it was «Ya.», the other case's CL 50 restated)
    ("sy katim di Ditjen Kesmas tp tim sy ga ada cascade langsung ke renstra. bobot sy ttp CL 50 TUSI 40 MI 10 kan?",
     "Tidak."),
    ("aku ketua tim, IKI ku ga ada yg nyambung langsung ke renstra. jadi bobotku tetap CL 50 TUSI 40 MI 10 kan?",
     "Tidak."),
    # a day of the month the answer gives another day of (dev25: «28 Februari» against «8 Februari» led nothing)
    ('dr grup WA kantor: "batas penyusunan SKP 2026 tgl 28 Februari, santai aja gaes" — bener gak?', "Tidak."),
    ("katanya deadline SKP 2026 tanggal 15 februari, bener ga?", "Tidak."),
    ("batas SKP 2026 tgl 8 februari kan?", "Ya."),
    ("grup WA: \"tenggat SKP 2026 tgl 14 Februari\" bener gak?", "Tidak."),
    # English «included inside» is the kind claimed (dev25: no lead)
    ("Is the Beyond IKI weight included inside the 100 of core? my friend say total still 100 only", "Tidak."),
    ("is beyond weight included in core 100?", "Tidak."),
    # a claim spoken with no «?» at all, its «kan» mid-sentence (dev25: no lead)
    ("dialog kinerja cukup sekali setahun aja kan pas nyusun SKP januari", "Tidak."),
])
def test_a_claim_is_led_as_the_answer_says(shared_retriever, question, lead):
    assert _lead(shared_retriever.ask(question)) == lead


@pytest.mark.parametrize("question", [
    "IP ASN cuma buat pejabat kan staf biasa ga usah",
    "evaluasi 2025 kan IKI nya 1 sampe 92",
])
def test_a_mid_sentence_tag_before_a_denial_or_with_no_predicate_keeps_its_reading(shared_retriever, question):
    assert _lead(shared_retriever.ask(question)) != "Ya."


@pytest.mark.parametrize("question", [
    "SKP 2026 bisa dikumpulin tgl 5 februari kan?",  # within the deadline
])
def test_a_day_within_the_deadline_is_not_denied(shared_retriever, question):
    assert _lead(shared_retriever.ask(question)) != "Tidak."



@pytest.mark.parametrize(("question", "lead"), [
    ("kalau IKI 'Jumlah rapat koordinasi dengan dinkes provinsi' itu output bukan ya? sy ragu", "Tidak."),
    ("IKI 'Jumlah rapat koordinasi dengan dinkes provinsi' itu proses ya?", "Ya."),
])
def test_a_quoted_iki_asked_whether_it_is_output_is_led_by_the_rules(shared_retriever, question, lead):
    assert _lead(shared_retriever.ask(question)) == lead


@pytest.mark.parametrize(("question", "figure"), [
    ("target sy 200 sampel setahun, sampe TW2 baru 90. brp persen capaiannya?", "45%"),
    ("target IKI sy 90%, realisasi TW1 72%. capaian sy brp?", "80%"),
    ("my target is 40 reports, I have done 30, what percent is that?", "75%"),
    ("IKI sy 12, sy buang 3 yg proses. sisa brp dan udh masuk batas?", "= 9"),
    ("IKI sy ada 14, mau sy hapus 2. sisanya brp, aman ga?", "= 12"),
])
def test_a_sum_of_the_askers_own_figures_is_worked_out(shared_retriever, question, figure):
    """dev25: «target 200 … baru 90. brp persen?» got the steps of setting a target with no figure; «IKI sy 12, sy
    buang 3 … sisa brp» the reason for the 5–10 range with no count."""
    assert contains(shared_retriever.ask(question).answer, figure)


def test_a_plain_restatement_of_the_behaviour_values_is_confirmed(shared_retriever):
    """dev25: «pakai nilai BerAKHLAK» against «memuat tujuh core value ASN BerAKHLAK» held too few of its words; the
    answer says «nilai BerAKHLAK» as the deck does (slide «Perilaku Kerja»)."""
    assert _lead(shared_retriever.ask("perilaku kerja di SKP pakai nilai BerAKHLAK ya?")) == "Ya."


def test_a_capaian_asked_of_a_lower_is_better_measure_is_turned_around_as_capaian_does():
    """Review: «target angka kematian 5, realisasi 4» was worked out as 4 ÷ 5 = 80%, below target, where /capaian (one
    formula, `measures.capaian_percent`) says 120%: fewer deaths than the ceiling is over-achieved."""
    from bot.retrieval.own_figures import own_figures

    assert own_figures("target angka kematian 5, realisasi 4, capaian brp persen?").endswith("= 120%.")
    assert own_figures("target sy 200 sampel setahun, sampe TW2 baru 90. brp persen capaiannya?").endswith("= 45%.")
