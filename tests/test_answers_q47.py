"""Answers users read (q47): the assistant's own commands asked in plain words, from the one list of commands
(knowledge/commands.yaml, read by /bantuan too), and numbers the asker must work out (a jenis's weight split evenly,
the IKI still to add, the Core weights told summed)."""

import pytest

from bot import knowledge
from bot.conversation.commands import BY_NAME, COMMANDS
from bot.retrieval.own_commands import asked_command
from bot.retrieval.own_figures import own_figures, weights_checked
from bot.retrieval.shares import even_share
from evals.question_evals import contains


@pytest.mark.parametrize("question, command", [
    ("gimana cara lihat skp saya", "/skp"),
    ("mau hapus iki nomor 2 bisa?", "/buang 2"),
    ("gmn cara ganti target iki no 4", "/ubah 4"),
    ("how do i turn off the reminders?", "/pengingat"),
    ("bisa unduh draf saya ke excel ga", "/ekspor"),
    ("mau catat kerjaan harian di sini gmn", "/catat"),
    ("ada fitur buat nyiapin bahan dialog kinerja sama atasan?", "/dialog"),
    ("cara liat capaian per triwulan di bot ini", "/capaian"),
    ("mau dituntun nyusun skp dari awal di sini", "/prima"),
    ("cara ganti nama sama NIP yg muncul di file", "/profil"),
    ("mau liat catatan harian sy minggu lalu", "/catatan"),
    ("cara tandai skp sy udh disepakati atasan", "/tetapkan"),
])
def test_a_question_about_the_assistant_gets_the_command_that_does_it(question, command):
    """Each got «di luar pedoman» or a guidance passage sharing a word before (cara liat draf sy: outside)."""
    said = asked_command(question)
    name = command.split()[0]
    assert f"ketik {command}" in said and BY_NAME[name].help.replace("nomor N", f"nomor {command[-1]}") in said


@pytest.mark.parametrize("question", [
    "cara menyusun SKP gmn?",  # the guidance's steps, no own thing of the assistant named
    "cara isi logbook di e-kinerja gmn",  # another system's
    "bisa ubah target IKI setelah SKP ditetapkan?",  # the guidance's perubahan SKP
    "bobot TUSI brp?",
    "gmn cara ubah IKI sy biar jd output bukan kegiatan?",  # the IKI's own words, not the command: the guidance
    "cara nyusun rencana aksi dr rhk sy gmn?",
    "IKI sy ada 14, mau sy hapus 2. sisanya brp?",  # a figure asked: the sum is worked out instead
    "langkah menyusun SKP langkah demi langkah gmn?",
    "cara menetapkan SKP gmn?",
    "kalo jabatan sy ganti krn mutasi, SKP gmn?",
])
def test_a_question_for_the_guidance_is_no_command(question):
    assert asked_command(question) == ""


def test_whether_the_assistant_can_do_it_is_led_yes():
    assert asked_command("bisa ga sy catat kegiatan harian lewat bot ini?").startswith("Ya. Di Asisten IKI: ketik /catat")
    assert asked_command("cara catat kegiatan harian lewat bot ini?").startswith("Di Asisten IKI")


def test_every_command_in_bantuan_can_be_asked_for_in_plain_words():
    """One list: /bantuan's lines and the words a question asks for each are the same knowledge entry."""
    entries = knowledge.data("commands")["commands"]
    for command in COMMANDS:
        if command.help:
            asked = entries[command.name].get("asked", {})
            assert asked.get("doing") and asked.get("about"), command.name


def test_a_jenis_weight_split_evenly_follows_the_cascading_told():
    """Without direct cascading TUSI holds 90% (the answer naming TUSI 40% first does not decide); CL is 50%."""
    answer = "Pola bobot: CL 50%, TUSI 40%, dan MI 10%; tanpa cascading langsung TUSI 90% dan MI 10%."
    assert "90% ÷ 3 IKI = 30%" in even_share("sy ga ada CL. IKI TUSI sy 3, bobotnya disamain aja, masing2 brp?",
                                            answer)
    assert "50% ÷ 2 IKI = 25%" in even_share("IKI CL sy ada 2, bobotnya disamakan, masing masing berapa persen?", "")


def test_the_iki_still_to_add_are_worked_out_against_the_range():
    assert "5 − 4 = 1" in own_figures("IKI saya baru 4, minimal berapa lagi?")
    assert "10 − 7 = 3" in own_figures("iki sy 7, maksimal brp lagi bisa ditambah?")
    assert own_figures("IKI sy 12, sy buang 3. sisa brp?").startswith("Sisa IKI Anda: 12 − 3 = 9")


def test_core_weights_told_are_summed_and_a_wrong_total_denied():
    lead, said = weights_checked("bobot CL 40 TUSI 40 MI 10, totalnya udah pas kan?")
    assert lead == "Tidak." and contains(said, "90%")
    lead, said = weights_checked("TUSI 3 IKI masing-masing 30%, MI 10%. totalnya udh 100 kan?")
    assert lead == "" and "3 × 30 + 10 = 100%" in said
    assert weights_checked("bobot TUSI sy 90 ya?") == ("", "")  # one jenis: no total checked
    assert weights_checked("IKI sy CL 2 TUSI 3 MI 1, jumlahnya udah pas blm?") == ("", "")  # counts, not weights
    # Core and Beyond's 120 claimed with no Beyond weight told: Core's 100 held, no «Tidak.»
    assert weights_checked("bobot TUSI 90 MI 10. ditambah beyond jd 120 total ya?") == (
        "", "Jumlah bobot Core Anda: 90 + 10 = 100%, pas 100%.")
    # Beyond told: the total checked is Core and Beyond's
    assert weights_checked("bobot sy tusi 90 mi 10 beyond 20, totalnya 120 kan?")[0] == ""


def test_the_answer_says_the_sum_and_the_command(shared_retriever):
    answer = shared_retriever.ask("bobot sy CL 50, TUSI 30, MI 10. totalnya udah pas 100 kan?")
    assert answer.answer.startswith("Tidak. ") and contains(answer.answer, "90%")
    answer = shared_retriever.ask("gimana cara lihat skp saya?")
    assert "/skp" in answer.answer and "di luar pedoman" not in answer.answer and not answer.passages


@pytest.mark.parametrize("message, command", [
    ("bisa hapus iki ga yg no 3, salah input td", "/buang 3"),
    ("mau matiin notif pengingat logbook tiap sore, ganggu bgt", "/pengingat"),
])
def test_the_chat_answers_a_plain_message_about_the_assistant_with_its_command(message, command):
    """Both were drafted from as work: «Dari pesan itu saya belum bisa menyusun usulan IKI …»."""
    from bot.conversation import Engine

    replies = " ".join(r.text for r in Engine().handle("u", message))
    assert f"ketik {command}" in replies and "usulan IKI" not in replies


@pytest.mark.parametrize("question, command", [
    ("how do I download my SKP as excel?", "/ekspor"),
    ("is there a feature to prepare material for my performance dialogue?", "/dialog"),
    ("how do I record daily activities in this bot?", "/catat"),
])
def test_the_same_asked_in_english_gets_the_same_command(question, command):
    assert f"ketik {command}" in asked_command(question)
