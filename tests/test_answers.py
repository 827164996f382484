"""Issue 16: the questions everyone asks get the fact asked for (a term's meaning, a difference, a number), a
question outside the guidance is declined plainly without a borrowed passage, and a question typed inside an open
step gets that step's help and the step again. Real retriever (packaged model) and real engine."""

import pytest

from bot import knowledge, render
from bot.conversation import Engine
from bot.conversation.field_value import LABELS
from bot.conversation.iki_fields import FIELDS
from bot.lang.text import tokens
from bot.models import Jenis
from bot.retrieval.answer import NOT_FOUND, Told, claimed_same, fits, from_glossary, shows
from bot.retrieval.claims import claim, contradicted, contrast, denial, exceeds_only, restated, verdict_lead, words_held
from bot.retrieval.glossary import narrower, nya_apart, terms_in
from bot.retrieval.limits import count_lead, counted, limits_stated, only_lead, value_lead
from bot.retrieval.outside_guidance import games_score, mostly_unknown, names_outside_topic, unknown_words, years_asked
from bot.retrieval.passages import parse_passages
from bot.retrieval.polarity import denies, polarity_clash
from bot.retrieval.question_parts import (
    asked_parts,
    example_terms,
    how_objects,
    lists_of,
    rewrite_asked,
    task_match,
    wanted_kinds,
)
from bot.retrieval.respell import respelled
from bot.retrieval.yes_no import negated_lead, negated_predicate, tag_closed, yes_no_lead, yes_no_predicate
from evals.question_evals import contains, wrong_lead
from tests.talk import labels, said, typed


# Meanings and differences ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("question, spelled_out", [
    ("apa itu IKI?", "Indikator Kinerja Individu"), ("rhk itu apa", "Rencana Hasil Kerja"),
    ("singkatan IKP", "Indikator Kinerja Program"), ("IPASN kepanjangannya?", "Indeks Profesionalitas ASN"),
    ("smart c singkatan dr apa aja ya", "Continuously"), ("what does MPPH stand for", "Matriks Pembagian Peran"),
    ("IKI Beyond tuh apa sih", "nilai tambah"), ("RHK pimpinan yg diintervensi itu apa", "atasan"),
])
def test_a_definition_answers_with_the_term_spelled_out(shared_retriever, question, spelled_out):
    answer = shared_retriever.ask(question)
    assert spelled_out.lower() in answer.answer.lower() and "(Sumber:" in answer.answer


def test_rhk_is_not_answered_with_the_rencana_aksi_line(shared_retriever):
    assert shared_retriever.ask("rhk itu apa").answer.startswith("RHK (Rencana Hasil Kerja)")


def test_apa_itu_iki_suggests_prima_and_lists_no_reading_about_something_else(shared_retriever):
    shown = render.answer(shared_retriever.ask("apa itu IKI?"))
    assert "/prima" in shown and "Indikator Kinerja Individu" in shown
    reading = shown.partition("Bacaan lain:")[2]
    assert all("IKI" in line for line in reading.splitlines() if line.startswith("- "))


def test_a_comparison_gives_both_meanings(shared_retriever):
    answer = shared_retriever.ask("beda RHK sama IKI apa").answer
    assert "Rencana Hasil Kerja" in answer and "Indikator Kinerja Individu" in answer
    both = shared_retriever.ask("core vs beyond bedanya apa").answer
    assert "utama" in both and "nilai tambah" in both


def test_a_comparison_naming_one_term_takes_the_conversation_topic_as_the_other():
    told = from_glossary("bedanya sama RHK apa?", topic="IKI")
    assert told is not None and "Rencana Hasil Kerja" in told.text and "Indikator Kinerja Individu" in told.text
    assert from_glossary("bedanya sama RHK apa?") is None


def test_short_abbreviations_count_only_in_capitals():
    assert [t.name for t in terms_in("IT di renstra maksudnya apa?")][:1] == ["IT"]
    assert "IT" not in [t.name for t in terms_in("what is it")]
    assert [t.name for t in terms_in("MI dlm jenis iki itu apa")][:1] == ["Core MI"]


def test_a_question_for_a_figure_is_not_answered_as_a_definition():
    assert from_glossary("maksudnya bobot CL berapa?") is None


@pytest.mark.parametrize("question, wanted", [("IKI saya harus berapa sih?", ["5", "10"]),
                                              ("wajib ga sih bikin IKI? atau cuma yg pejabat aja", ["setiap pegawai"]),
                                              ("apakah IKI beyond wajib?", ["20"]),
                                              ("jenis IKI apa aja", ["CL", "TUSI", "MI", "Beyond"]),
                                              ("cara hitung capaian IKI", ["realisasi", "target"])])
def test_the_commonest_questions_get_the_fact(shared_retriever, question, wanted):
    answer = shared_retriever.ask(question).answer
    assert all(contains(answer, w) for w in wanted), answer
    assert "tujuh isian wajib" not in answer


# Outside the guidance --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("question", ["siapa menteri kesehatan sekarang?", "gaji PNS golongan 3a brp",
                                      "cara bikin paspor gimana", "berapa angka kredit per tahun utk JF ahli pertama",
                                      "jadwal cuti bersama 2026 kapan aja"])
def test_a_question_outside_the_guidance_is_declined_without_a_borrowed_passage(shared_retriever, engine, question):
    answer = shared_retriever.ask(question)
    assert answer.answer == NOT_FOUND and answer.passages == []
    assert "di luar pedoman yang saya punya" in NOT_FOUND and "kepegawaian" in NOT_FOUND
    shown = said(engine.handle("u-outside", f"/tanya {question}"))
    assert "Sumber:" not in shown and "Bacaan" not in shown


def test_the_passage_just_answered_is_not_listed_as_more_reading(shared_retriever):
    answer = shared_retriever.ask("IKI saya harus berapa sih?")
    assert "paling banyak 10" in answer.answer
    titles = [p.title for p in answer.passages]
    assert "Berapa jumlah IKI yang boleh dimiliki pegawai non pimpinan?" not in titles
    shown = render.answer(answer)
    assert "Bacaan terkait" not in shown and ("Bacaan lain:" in shown) == bool(titles)


# Help for the open step ------------------------------------------------------------------------------------------
def _to_cascading_question(engine, user):
    engine.handle(user, "/prima")
    for data in ("prima:skip", "prima:skip", "prima:role:anggota"):
        engine.press(user, data)


def _to_first_iki(engine, user, direct: str = "0"):
    _to_cascading_question(engine, user)
    engine.press(user, f"prima:direct:{direct}")


def test_a_question_at_the_cascading_step_gets_its_help_and_the_question_again(engine):
    user = "u-cascade"
    _to_cascading_question(engine, user)
    before = engine.state(user).prima
    replies = engine.handle(user, "maksudnya gmn kak?")
    text = said(replies)
    assert "Bantuan untuk langkah ini" in text and "Renstra" in text and "TUSI" in text
    assert "tidak ditemukan" not in text and "di luar pedoman" not in text
    assert "berkontribusi langsung" in replies[-1].text
    assert [b.data for b in replies[-1].buttons][:2] == ["prima:direct:1", "prima:direct:0"]
    assert engine.state(user).prima == before


def test_keywords_ending_in_a_question_mark_still_search_at_the_indicator_step(engine):
    text = said(typed(engine, "u-keywords", "/prima", "cek kesehatan gratis bayi baru lahir?"))
    assert "IKK 5.1.1" in text and "Bantuan untuk langkah ini" not in text
    assert "Perjanjian Kinerja" in said(engine.handle("u-keywords", "sy ga tau kode ikk nya, liat dmn?"))


def test_a_question_at_the_strategy_step_is_not_taken_as_the_strategies(engine):
    user = "u-strategy"
    engine.handle(user, "/prima")
    engine.press(user, "prima:skip")
    text = said(engine.handle(user, "contohnya?"))
    state = engine.state(user).prima
    assert state.step == "R" and state.strategies == "" and "Strategi 1" in text


def test_the_jenis_question_says_what_each_choice_means(engine):
    user = "u-jenis"
    _to_first_iki(engine, user, direct="1")
    typed(engine, user, "Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti", "95%")
    asked = said(engine.press(user, "prima:nobaseline"))
    step = knowledge.data("step_help")["steps"]["jenis"]
    options = step["options"] | step["options_direct"]  # a direct cascade's TUSI said at its 40% (roles35)
    assert all(options[j.value] in asked for j in Jenis)


def test_the_ip_asn_target_has_a_hint_and_its_help_gives_the_materi_numbers(engine):
    user = "u-ipasn"
    _to_first_iki(engine, user)
    asked = said(engine.press(user, "prima:mandatory"))
    assert "85" in asked and "82" in asked
    before = engine.state(user).prima
    text = said(engine.handle(user, "biasanya targetnya berapa kak?"))
    assert "82" in text and "non pimpinan" in text and "kurang dari 5" not in text
    assert engine.state(user).prima == before


def test_a_question_at_an_edited_field_is_answered_and_the_field_kept(engine):
    user = "u-edit"
    _to_first_iki(engine, user)
    typed(engine, user, "Jumlah sertifikat hasil kalibrasi alat kesehatan", "4", "Sertifikat")
    engine.press(user, "prima:jenis:core_tusi")
    text = said(typed(engine, user, "40", "/ubah 1 satuan", "persen atau dokumen?"))
    assert "Persentase" in text and "Satuan sekarang" in text
    assert engine.state(user).skp.iki[0].satuan == "Sertifikat" and engine.state(user).edit.field == "satuan"


def test_step_help_needs_no_search(tmp_path):
    """When search cannot start, a question inside a step still gets the step's help (nothing else is needed)."""
    from bot.retrieval.embeddings import RetrievalUnavailable

    def unavailable():
        raise RetrievalUnavailable("model tidak ada")

    engine = Engine(retriever=unavailable, rate_limit=10**6)
    engine.handle("u-offline", "/prima")
    engine.press("u-offline", "prima:skip")
    engine.press("u-offline", "prima:skip")
    text = said(engine.handle("u-offline", "yg mana ya?"))
    assert "Ketua tim" in text and "Apa peran Anda" in text


def test_every_field_a_flow_asks_has_help_with_a_source():
    steps = knowledge.data("step_help")["steps"]
    asked = set(FIELDS) | {"indikator"} | set(LABELS) | {"prima.P", "prima.R", "prima.I.role", "prima.I.direct",
                                                  "target_mandatory"}
    assert asked <= set(steps)
    for name, step in steps.items():
        assert step["text"].strip() and step["source"].strip() and step["words"], name
    for entry in knowledge.data("glossary")["terms"]:
        assert entry["says"].strip() and entry["source"].strip() and entry["aliases"], entry["term"]


def test_letters_the_stemmer_drops_are_no_crash(shared_retriever):
    """Sastrawi drops letters outside a-z ("ÀÀÀÀ" stems to ""); an empty search word crashed BM25 (found by the
    property test of tests/test_persistence.py)."""
    assert shared_retriever.ask("ÀÀÀÀ?").answer == NOT_FOUND
    assert shared_retriever.find("ÀÀÀÀ").results == []


# What the question asks, and what it quotes --------------------------------------------------------------------
def test_a_how_question_gets_the_steps_not_another_fact_about_the_subject(shared_retriever):
    answer = shared_retriever.ask("gmn cara bikin MPPH").answer
    assert "langkah" in answer and "Tujuan MPPH" not in answer


def test_a_regulation_year_alone_is_no_date():
    assert not fits("Menurut PermenPANRB 6/2022, SKP memuat RHK dan IKI.", "date")
    assert fits("SKP 2026 ditetapkan paling lambat 8 Februari 2026.", "date")
    assert fits("Dialog dilakukan rutin, misalnya sebulan sekali atau dua bulan sekali.", "date")  # how often is when


def test_an_answer_defines_with_every_word_that_says_it_defines():
    # one list of defining words (search.yaml answers.defined_by) for an answer's shape and for an acronym defined
    assert fits("MPPH ialah matriks peran dan hasil pegawai.", "definition")
    assert fits("MPPH kependekan dari matriks peran dan hasil.", "definition")
    assert not fits("MPPH disusun oleh ketua tim bersama anggota.", "definition")


def test_the_steps_a_how_to_gets_are_the_guidance_s_langkah_lines():
    """A how-to question wants the steps of its task: the short answers written as "Langkah:", not any answer that
    happens to say «lalu»."""
    passage = parse_passages("## Judul\n\nTeks.\n\nTanya: Cara menulis IKI\nLangkah: Tulis hasilnya, lalu ukur.\n"
                             "Tanya: IKI itu apa\nJawaban: IKI adalah ukuran hasil, lalu disepakati.\nSumber: seed", "f")[0]
    steps, fact = (Told(a.text, passage.source, steps=a.steps) for a in passage.answers)
    assert [a.questions for a in passage.answers] == [["Cara menulis IKI"], ["IKI itu apa"]]
    assert shows(steps, "howto") and not shows(fact, "howto") and shows(fact, "definition")


@pytest.mark.parametrize("question", ["gmn nulis RHK yg bener", "how do I write a good IKI",
                                      "langkah nyusun MPPH apa aja", "step by step isi logbook"])
def test_how_with_a_verb_or_a_cue_typed_in_english_asks_how(question):
    assert "howto" in wanted_kinds(respelled(question))


def test_how_without_a_task_or_with_a_state_is_no_how_to():
    assert "howto" not in wanted_kinds(respelled("IKI CL nya gmn?"))
    assert "howto" not in wanted_kinds(respelled("masih 13 IKI, harus gmn nih, dihapus aja?"))


@pytest.mark.parametrize(("question", "wanted"), [
    ("cara isi rencana aksi gmn?", "tahapan"),
    ("gmn cara ngisi logbook yg bener kak?", "bukti dukung"),
    ("cara nurunin IKK atasan jadi IKI sy gmn kak", "strategi"),
    ("gmn cara ngubah SKP di tengah tahun", "dialog kinerja"),
])
def test_a_how_to_gets_the_steps_of_its_task_not_its_definition(shared_retriever, question, wanted):
    answer = shared_retriever.ask(question).answer
    assert wanted in answer and " adalah " not in answer.split("(Sumber:")[0]


def test_a_quoted_iki_asked_to_be_changed_gets_a_rewrite_and_cek(shared_retriever):
    answer = shared_retriever.ask("IKI saya «jumlah laporan monev» kata atasan masih kegiatan, sebaiknya diganti apa?")
    assert "«Persentase" in answer.answer and "(Sumber:" in answer.answer and not answer.passages
    assert "/cek jumlah laporan monev" in answer.hint and "/cek" not in answer.answer


def test_a_quote_without_asking_for_a_change_is_a_question():
    assert rewrite_asked("apa arti 'jumlah laporan' di contoh materi?") is None
    assert rewrite_asked("IKI 'jumlah rapat' harus diganti gmn") == "jumlah rapat"


def test_a_figure_of_another_year_is_not_answered_with_this_years_figure(shared_retriever):
    """The guidance holds the SKP 2026's targets and rules, not what a unit achieved last year."""
    assert shared_retriever.ask("realisasi anggaran direktorat kami tahun lalu berapa persen?").answer == NOT_FOUND
    assert shared_retriever.ask("nilai SAKIP unit kerja 2024 brp").answer == NOT_FOUND
    assert "120" in shared_retriever.ask("total bobot SKP 2026 berapa?").answer


def test_mostly_unknown_reads_content_words_of_the_question_and_its_asking_sentence():
    """The decline reads content words: a foreign context around a guidance question declines nothing, and the
    ministry's name or an address («min») spelled out as several words is no content."""
    context = "What did the 2025 SKP evaluation find? Our boss keeps citing it but I never saw the numbers myself"
    assert not mostly_unknown(context, ["find", "boss", "keeps", "citing", "never", "saw", "numbers", "myself"])
    lunch = "btw minimal, rekomendasi tempat makan siang deket kantor kemenkes kuningan dong"
    assert mostly_unknown(lunch, ["makan", "siang", "deket", "kantor", "kuningan"])
    lodging = "ada rekomendasi kos murah dekat kantor kementerian kesehatan di kuningan?"
    assert mostly_unknown(lodging, ["kos", "murah", "kantor", "kuningan"])
    told = "Tim sy ngurus rencana aksi, logbook, dialog kinerja, MPPH dan SKP. IKI lomba lari maraton sabtu pagi?"
    assert not mostly_unknown(told, ["lomba", "lari", "maraton", "sabtu", "pagi"])


def test_how_to_ask_someone_to_do_a_task_is_a_how_to():
    """«gmn sy minta dia revisi»: an ordering word after the how word (`how.orders`) names a task, as a verb does;
    «IKI CL nya gmn?» still names none."""
    assert "howto" in wanted_kinds("gmn sy minta anggota perbaiki IKI nya?")
    assert "howto" in wanted_kinds("gimana nyuruh staf ganti IKI kegiatan?")
    assert "howto" not in wanted_kinds("IKI CL nya gmn?")


def test_a_figure_asked_of_a_thing_few_answers_name_is_its_own_figure(shared_retriever):
    """«berapa IKK BKPK»: the answer naming the unit (a word few answers hold, `scope.named_by`) gives its figure,
    before the Renstra's total that names no unit; a total asked for is still the total."""
    assert "Itjen 10" in shared_retriever.ask("berapa jumlah IKK yang dipegang Itjen dalam Renstra Kemenkes?").answer
    assert "BKPK 21" in shared_retriever.ask("BKPK pegang berapa IKK di renstra?").answer
    assert "Ditjen Farmalkes 5 ISS/13 IKP" in shared_retriever.ask("berapa IKP Ditjen Farmalkes?").answer
    assert "315 Indikator Kinerja Kegiatan" in shared_retriever.ask("berapa total IKK di renstra?").answer
    # «staf» is a word of the language, no name: the limits asked stay the answer
    assert shared_retriever.ask("brp sih jumlah IKI yg dibolehin buat staf non pimpinan? minimal maksimalnya"
                                ).answer.startswith("Pegawai non pimpinan memiliki paling sedikit 5")


def test_the_renstras_own_period_is_no_other_year(shared_retriever):
    """«… di renstra 2025-2029» names the plan the guidance cascades from (`guidance_periods`), not a figure of
    another year: the count of one unit is still answered, as without the period."""
    assert years_asked("IKK Ditjen SDMK di renstra 2025-2029 ada berapa?") == set()
    assert years_asked("IKK renstra 2020-2024 berapa?") == {"2020-2024"}
    answer = shared_retriever.ask("Ditjen SDMK pegang berapa IKK di renstra 2025-2029?").answer
    assert "Ditjen SDMK 25" in answer, answer


# Answer shapes (i16-answers2): the term asked about, yes-no, dates, outside -------------------------------------
@pytest.mark.parametrize("question, starts", [
    ("di PK atasan ada kode IKM 33.4, IKM itu apa ya", "IKM (Indikator Kinerja Mandatory)"),
    ("skema pertanggungjawaban di lampiran SKP itu maksudnya apa", "Skema pertanggungjawaban"),
    ("pendekatan layanan dalam cascading itu apa", "Pendekatan layanan"),
    ("metode cascading pengertiannya apa", "Cascading adalah"),
])
def test_a_definition_is_about_the_term_its_cue_names(question, starts):
    told = from_glossary(question)
    assert told is not None and told.text.startswith(starts), (question, told)


def test_a_comparison_word_in_another_sentence_compares_nothing():
    assert from_glossary("anggota tim kami beda kabupaten. gmn nulis IKI di MPPH?") is None
    assert from_glossary("RHK sama IKI bedanya apa?") is not None


def test_a_comparison_word_that_tells_is_not_the_one_asked():
    # «beda» in a sentence that tells (different echelons) asks no difference; the asking sentence names one term
    assert from_glossary("sy katim, mau menurunkan IKI ke anggota yg pegang eselon 1 beda. caranya bagaimana? "
                         "IKI anggota hrs beda semua?") is None
    assert from_glossary("sy baru di tim. RHK sama IKI bedanya apa?") is not None


def test_a_question_asking_whether_only_that_holds_is_answered_ya_or_tidak():
    assert yes_no_predicate("dialog kinerja cuma pas menyusun SKP aja kan?") == "hanya"
    assert yes_no_predicate("IKI cuma 3 boleh?") == "boleh"  # a modal named says what is asked
    assert yes_no_lead("hanya", "Dialog dilakukan tidak hanya saat menyusun SKP, tetapi rutin.") == "Tidak."
    assert yes_no_lead("hanya", "Dialog kinerja tidak cukup sekali.") == "Tidak."


def test_an_answer_advising_against_it_says_no():
    assert yes_no_lead("boleh", "Menurut PermenPANRB 8/2021, target sebaiknya tidak dirumuskan secara mutlak.") == "Tidak."


def test_a_yes_no_frame_is_not_undone_by_a_subject_word():
    # «bobot» is a number cue, but here it names what is asked about
    assert yes_no_predicate("boleh ga sy pakai bobot CL kayak katim?") == "boleh"
    assert yes_no_predicate("bobot CL boleh berapa persen?") is None  # asks a figure


def test_a_question_naming_no_term_is_about_the_clause_before_it_that_names_one():
    # «telat masuk» (attendance) tells where the user was; the question asks about PRIMA's steps
    assert not names_outside_topic("kemarin ikut sosialisasi tp telat masuk, cuma denger katanya IKI disusun pakai "
                                   "kerangka PRIMA. urutan langkahnya bagaimana ya?")
    assert names_outside_topic("e-kinerja error pas sy simpan bobot, katanya total bobot tidak valid. ini bug ya?")


def test_the_limits_an_answer_states_are_read_on_both_sides():
    assert limits_stated("Pegawai memiliki paling sedikit 5 dan paling banyak 10 IKI.") == [("most", 10), ("least", 5)]
    assert limits_stated("Bila IKI kurang dari 5, cek MPPH.") == [("least", 5)]
    assert limits_stated("IKI Beyond bersifat sukarela.") == []


def test_steps_asked_with_ones_own_work_add_the_guidance_example_of_it(shared_retriever):
    told = shared_retriever.ask("gmn nulis RHK yg ada qualifier nya? kerjaan sy kalibrasi alkes").answer
    assert told.startswith("Menulis RHK") and contains(told, "sertifikat hasil kalibrasi")
    # no work told, or a work the guidance shows no example of: the steps alone
    assert not contains(shared_retriever.ask("gmn nulis RHK yg ada qualifier nya?").answer, "kalibrasi")
    assert not contains(shared_retriever.ask("gmn nulis RHK yg ada qualifier nya? kerjaan sy ngurus arsip surat").answer,
                        "kalibrasi")


def test_a_yes_no_question_is_answered_ya_or_tidak_when_the_guidance_says_so(shared_retriever):
    assert shared_retriever.ask("apakah rencana aksi wajib diisi?").answer.startswith("Ya. ")
    assert shared_retriever.ask("IKI boleh berupa jumlah dokumen ga?").answer.startswith("Tidak. ")


def test_a_yes_no_lead_needs_a_plain_statement():
    assert yes_no_lead("wajib", "Seluruh ASN wajib mengisi rencana aksi.") == "Ya."
    assert yes_no_lead("boleh", "IKI tidak boleh berupa jumlah laporan.") == "Tidak."
    assert yes_no_lead("boleh", "Menyalin butir kegiatan lama dilarang.") == "Tidak."
    assert yes_no_lead("wajib", "Materi tidak menyebut IKI Beyond wajib seperti IKI Core.") == ""
    assert yes_no_lead("wajib", "Bobot Beyond 20%.") == ""
    assert yes_no_lead("boleh", "Target absolut hanya boleh dipakai untuk pekerjaan berisiko nyawa.") == ""


def test_a_yes_no_question_is_told_apart_from_other_questions():
    assert yes_no_predicate("logbook wajib ga?") == "wajib"
    assert yes_no_predicate("apakah SKP bisa diubah di tengah tahun") == "boleh"
    assert yes_no_predicate("apa saja yang wajib diisi di form IKI") is None  # a list
    assert yes_no_predicate("IKI tidak boleh jumlah laporan kan?") is None  # negated: «Ya» would be ambiguous
    assert yes_no_predicate("rencana aksi wajib diisi semua ASN?") == "wajib"  # a statement with «?»
    assert yes_no_predicate("kolom yang wajib diisi di form IKI apa?") is None  # asks what
    # the sentence holding the predicate asks, whatever follows it or names its subject («bobot» is a number cue)
    assert yes_no_predicate("jumlah laporan boleh dijadiin IKI ga? misal 'jumlah laporan bulanan'") == "boleh"
    assert yes_no_predicate("bobot beyond boleh lebih dr 20% ga? IKI inovasi sy gede bgt soalnya") == "boleh"
    assert yes_no_predicate("bobot brp yg boleh ya?") is None  # asks how much


def test_a_yes_no_question_ends_in_any_question_tag_the_chat_knows():
    # one list of question tags (intent.yaml question_tags) for the chat and the answers: «… belum», «… bukan» too
    assert yes_no_predicate("IKI boleh diubah belum") == "boleh"
    assert yes_no_predicate("SKP wajib diisi sendiri bukan") == "wajib"


def test_a_question_denying_its_predicate_is_answered_by_the_predicate_turned():
    # search.yaml predicates: the question's own «ga boleh» / «ga bisa» is what it asks to confirm
    assert negated_predicate("iki proses udah ga boleh ya?") == "boleh"
    assert negated_predicate("SKP udah ga bisa diubah sampe desember kan?") == "boleh"
    assert negated_predicate("logbook wajib ga?") is None  # not denied
    assert negated_predicate("IKI yg ga boleh apa aja?") is None  # a relative clause, and asks what
    assert negated_predicate("kalo ga bisa diubah, boleh ditambah ga?") is None  # two predicates: no one denied
    assert negated_predicate("IKI ga boleh proses") is None  # no tag asks: the negation is none
    assert negated_lead("iki proses udah ga boleh ya?", "IKI tidak boleh berupa hitungan proses.") == "Ya."
    assert negated_lead("SKP udah ga bisa diubah kan?", "Rencana hasil kerja boleh diubah pada tahun berjalan.") \
        == "Tidak."
    assert negated_lead("SKP udah ga bisa diubah kan?", "SKP disusun di awal tahun.") == ""
    # advising against denies «boleh» (search.yaml advised_against), when no predicate is named
    assert negated_predicate("udah tidak dianjurkan ya, IKI yg isinya proses?") == "boleh"
    assert negated_predicate("yg tidak dianjurkan apa aja?") is None  # asks what
    assert negated_lead("udah tidak dianjurkan ya, IKI yg isinya proses?", "IKI tidak boleh berupa proses.") == "Ya."


def test_a_denied_predicate_leads_the_answer(shared_retriever):
    assert shared_retriever.ask("IKI berupa proses udah ga boleh ya?").answer.startswith("Ya. ")
    assert shared_retriever.ask("SKP sy udh ditetapkan januari, jd udah ga bisa diubah sampe akhir tahun kan?") \
        .answer.startswith("Tidak. ")


def test_a_tag_standing_mid_sentence_closes_the_claim():
    # search.yaml closing_tags: after a predicate, «kan» ends what is asked; what follows is context
    assert tag_closed("ip asn cuma buat pejabat kan staf ga usah") == "ip asn cuma buat pejabat kan? staf ga usah"
    assert tag_closed("beyond bisa 30% kan kalo gede") == "beyond bisa 30% kan? kalo gede"
    assert tag_closed("evaluasi 2025 kan IKI nya 1 sampe 92") == "evaluasi 2025 kan IKI nya 1 sampe 92"  # a particle
    assert tag_closed("logbook wajib diisi kan") == "logbook wajib diisi kan"  # at the end: nothing follows
    # still the claim, asked at its end as if typed with «?» (no «?» anywhere in the message)
    assert tag_closed("logbook wajib diisi kan tiap hari") == "logbook wajib diisi kan tiap hari?"
    assert tag_closed("nilai hrs pake ekspektasi kan bukan feeling") == "nilai hrs pake ekspektasi kan? bukan feeling"
    assert tag_closed("logbook cukup diisi akhir triwulan aja kan kak, dirapel?") \
        == "logbook cukup diisi akhir triwulan aja kan kak, dirapel?"  # the sentence's own «?» asks
    assert yes_no_predicate(tag_closed("bobot beyond bisa sampe 30% kan kalo inisiatifnya gede")) == "boleh"


def test_a_claim_closed_mid_sentence_is_held_against_the_answer(shared_retriever):
    assert shared_retriever.ask("bobot beyond bisa sampe 30% kan kalo kerjaannya banyak").answer.startswith("Tidak. ")
    assert shared_retriever.ask("ip asn cuma buat pejabat kan staf ga usah").answer.startswith("Tidak. ")


def test_an_english_case_told_with_don_t_have_picks_the_answer_of_that_case(shared_retriever):
    # english.yaml questions.phrases: «don't have any» tells the case as «have no» does
    answer = shared_retriever.ask("As a ketua tim I don't have any direct cascade to the Renstra. Is it true my "
                                  "weights then follow TUSI 90% and MI 10%?").answer
    assert answer.startswith("Ya. ") and contains(answer, "tanpa cascading langsung")


def test_two_terms_claimed_one_thing_get_their_difference_led_tidak(shared_retriever):
    # search.yaml answers.same: two glossary terms side by side, «sama aja» right after them
    assert [t.name for t in claimed_same("rencana aksi sm logbook tu sama aja kan")] == ["rencana aksi", "logbook"]
    assert claimed_same("logbook sama catatan harian sama aja kan?") == []  # one term, two names
    assert claimed_same("catatan harian sama rencana aksi diisi di tempat yg sama aja kan?") == []  # sameness of another
    answer = shared_retriever.ask("rencana aksi sm logbook tu sama aja kan").answer
    assert answer.startswith("Tidak. ") and contains(answer, "tahapan")


def test_sameness_said_between_two_terms_is_denied_too(shared_retriever):
    # search.yaml answers.same alike / joined_by: «X itu sama dengan Y» claims sameness between the terms
    assert [t.name for t in claimed_same("logbook tu sama persis kyk rencana aksi ya")] == ["logbook", "rencana aksi"]
    assert claimed_same("logbook itu sama dengan catatan harian kan?") == []  # one term, two names
    assert claimed_same("rencana aksi sama RHK harus sama?") == []  # «sama» joining them, no claim between
    answer = shared_retriever.ask("bukannya logbook itu sama dengan rencana aksi?").answer
    assert answer.startswith("Tidak. ") and contains(answer, "tahapan")


def test_a_permission_denied_of_not_doing_is_a_duty(shared_retriever):
    # search.yaml answers.yesno.double_negation: «tidak boleh tidak …» is «wajib …»; «Ya.» agrees with the duty
    assert respelled("logbook itu ga boleh ngga diisi ya") == "logbook itu wajib diisi ya"
    assert "wajib" not in respelled("ga harus ga ada beyond kan?")  # not required not to: no duty
    answer = shared_retriever.ask("logbook itu ga boleh ngga diisi ya, sy staf pelaksana?").answer
    assert answer.startswith("Ya. ") and contains(answer, "wajib")


def test_a_term_named_by_the_predicate_asked_is_no_subject_of_the_claim(shared_retriever):
    # «IKI wajib» is Core MI's name; in «IKI wajib ngukur aktivitas» its «wajib» is asked of IKI, and a near answer
    # saying what an IKI must measure leads the claim
    from bot.retrieval.answer_choice import _terms_asked
    assert "Core MI" not in _terms_asked("IKI wajib ngukur aktivitas ya?")
    assert "Core MI" in _terms_asked("IKI wajib itu contohnya apa?")
    assert shared_retriever.ask("IKI wajib ngukur aktivitas ya?").answer.startswith("Tidak. ")


def test_a_pasted_message_pointed_at_by_its_speaker_s_name_is_the_claim(shared_retriever):
    # search.yaml claim.pasted_said, the header's name: «yg ditulis bu wati td» asks nothing of its own
    from bot.retrieval.question_parts import without_pasted_chat
    pasted = "[07.30, 9/3/2026] Bu Wati: bobot MI itu 20% lho\n \nyg ditulis bu wati td bener ga kak?"
    assert without_pasted_chat(pasted) == "bobot MI itu 20% lho, bener ga?"
    assert without_pasted_chat(pasted.replace("bu wati", "pak budi")) == "yg ditulis pak budi td bener ga kak?"
    answer = shared_retriever.ask(pasted).answer
    assert answer.startswith("Tidak. ") and contains(answer, "10%")


def test_a_term_typed_alone_asks_its_meaning(shared_retriever):
    # answer._bare_term: one glossary term and chat words only
    assert from_glossary("kak, mpph??").terms == ("MPPH",)
    assert from_glossary("beyond 20%?") is None  # a figure of it is asked
    assert contains(shared_retriever.ask("min, beyond?").answer, "nilai tambah")


def test_a_kind_pointed_at_a_quote_is_asked_of_it(shared_retriever):
    # claims._kind_pointed: «ini output kah: «…»» names no «IKI», the kind asked of the quote still is the question
    assert verdict_lead("'Persentase rekomendasi monev yang ditindaklanjuti' ini proses bukan?") == "Tidak."
    assert verdict_lead("ini hasil: 'Jumlah rapat koordinasi'") == ""  # shown, nothing asked
    assert shared_retriever.ask("ini output kah: «Melaksanakan pelatihan kader posyandu»").answer \
        .startswith("Tidak. ")


def test_chat_s_gpp_asks_whether_it_is_allowed():
    # search.yaml predicates.boleh: «gpp» is «tidak apa-apa», allowed
    assert yes_no_predicate("target absolut gitu gpp kan, biar keliatan serius?") == "boleh"


def test_pejabat_alone_names_the_structural_side():
    # only.scope.sides: «pejabat» is the structural posts, «pejabat fungsional» the other side
    answer = "Indeks Profesionalitas ASN wajib menjadi IKI bagi seluruh ASN non pimpinan."
    assert contradicted("ip asn cuma buat pejabat aja kan?", answer) == "Tidak."
    assert contradicted("ip asn wajib buat pejabat fungsional ya?", answer) == ""
    # only for a part of the non-pimpinan side (JF, not pelaksana) is denied by «bagi seluruh ASN non pimpinan» (q49)
    assert contradicted("ip asn cuma buat pejabat fungsional aja kan?", answer) == "Tidak."


def test_a_date_question_gets_the_date_or_period(shared_retriever):
    assert contains(shared_retriever.ask("SKP 2026 berlaku dari tanggal berapa sampai tanggal berapa?").answer,
                    "31 desember")
    assert contains(shared_retriever.ask("SKP ditandatangani lalu ditetapkan atasan bulan apa").answer, "januari")
    assert "2025–2029" in shared_retriever.ask("renstra acuan cascading sekarang periode tahun berapa").answer
    assert fits("Renstra periode 2025–2029 memuat 315 IKK.", "date")


@pytest.mark.parametrize("question", [
    "rekomendasi warung makan siang murah dekat kantor kemenkes kuningan",
    "siapa kepala biro OSDM sekarang?",
    "boleh minta nomor hp pengelola kinerja di biro?",
    "berapa nilai SAKIP direktorat kami tahun 2025 menurut PMK",
])
def test_more_questions_outside_the_guidance_are_declined(shared_retriever, question):
    answer = shared_retriever.ask(question)
    assert answer.answer == NOT_FOUND and not answer.passages, (question, answer.answer)


# Fourth answers round: readings that generalise past the dev sets -------------------------------------------------
def test_a_trick_to_raise_ones_own_score_is_declined(shared_retriever):
    for question in ("cara naikin nilai IP ASN sy", "ada trik ga biar nilai SKP sy tinggi padahal kerjanya dikit?"):
        assert shared_retriever.ask(question).answer == NOT_FOUND
    # a figure of the work is no score, and «nilai tambah» raises nothing
    assert not games_score(tokens("nilai target lebih tinggi dr tahun lalu boleh?"))
    assert not games_score(tokens("apa itu nilai tambah IKI beyond"))


def test_a_yes_no_count_is_led_by_the_limits_the_answer_states(shared_retriever):
    limits = "Pegawai non pimpinan memiliki paling sedikit 5 dan paling banyak 10 IKI."
    assert count_lead("boleh ga IKI sy 13?", limits) == "Tidak."
    assert count_lead("IKI sy cuma 3 boleh?", limits) == "Tidak."
    assert count_lead("boleh ga IKI sy 8?", limits) == "Ya."
    assert count_lead("bobot 30% boleh?", "Bobot paling banyak 20%.") == ""  # a percentage is no count
    assert count_lead("IKI 2026 boleh 8?", "Tanpa batas.") == ""
    assert shared_retriever.ask("kerjaan sy banyak bgt, boleh ga IKI sy 13?").answer.startswith("Tidak. ")


def test_beyond_is_not_mandatory_and_says_so_first(shared_retriever):
    assert shared_retriever.ask("IKI beyond wajib ga?").answer.startswith("Tidak. ")


def test_a_word_denied_does_not_match_an_answer_that_says_it(shared_retriever):
    with_cl = "Bobot IKI bagi pegawai yang punya cascading langsung ke Renstra adalah CL 50%."
    without_cl = "Bobot IKI bagi pegawai tanpa cascading langsung ke Renstra adalah TUSI 90%."
    assert polarity_clash("sy ga ada cascading langsung, bobot brp?", with_cl) == 1
    assert polarity_clash("sy ga ada cascading langsung, bobot brp?", without_cl) == 0
    assert polarity_clash("sy punya IKI cascading langsung, bobot brp?", without_cl) == 1
    assert polarity_clash("IKI aktivitas itu apa", "IKI berbasis output, bukan aktivitas.") == 0  # a contrast
    assert "90" in shared_retriever.ask("klo sy anggota tim dan ga ada cascading langsung ke renstra, bobot TUSI sy "
                                        "brp persen?").answer
    assert "50" in shared_retriever.ask("sy anggota tp ada IKI yg cascading langsung renstra, bobotnya gmn?").answer


def test_a_case_told_in_chat_words_is_read_as_the_guidance_term_it_synonyms():
    # search.yaml claim.synonyms: «nyambung langsung» is «cascading langsung», in the case a question tells too
    with_cl = "Anggota yang memegang IKI cascading langsung memakai pola bobot TUSI 40% dan CL 50%."
    without_cl = "Ketua tim tanpa IKI cascading langsung memakai pola bobot TUSI 90%."
    told = "kerjaan sy ga nyambung langsung ke renstra, bobot brp?"
    assert polarity_clash(told, with_cl) == 1 and polarity_clash(told, without_cl) == 0
    assert polarity_clash("IKI sy nyambung langsung ke renstra, bobot brp?", without_cl) == 1
    # a value given only of the other case is no value of the question's: the one left leads
    both = f"{without_cl[:-1]}, sedangkan {with_cl[0].lower()}{with_cl[1:]}"
    assert value_lead("kerjaan sy tidak nyambung langsung ke renstra, jd bobot TUSI sy 90% kan?", both) == "Ya."
    assert value_lead("IKI sy nyambung langsung ke renstra, jd bobot TUSI sy 90% kan?", both) == "Tidak."


def test_two_terms_joined_are_both_defined():
    told = from_glossary("sy liat di PK ada kode IKM sm IKD, itu artinya apa ya?")
    assert told is not None and "Mandatory" in told.text and "Direktif" in told.text


def test_revising_the_skp_is_changing_it(shared_retriever):
    assert "strategi organisasi" in shared_retriever.ask("kapan SKP bisa direvisi?").answer


@pytest.mark.parametrize("question", ["RHK sy udh disetujui atasan. trs abis itu ngapain? logbook diisi gmn?",
                                      "logbook tu ngisinya gmn kak?", "I have 14 IKI, what should I do?"])
def test_a_how_to_is_known_by_its_shape(question):
    assert "howto" in wanted_kinds(respelled(question))


def test_the_object_of_a_how_to_picks_the_task():
    assert how_objects("RHK sy udh disetujui. trs abis itu ngapain? logbook diisi gmn?") == ["logbook"]
    assert how_objects("atasan nyaranin sy ambil IKI beyond. trs nyusunnya gimana?") == ["Beyond"]
    assert task_match("Menulis RHK dilakukan berurutan: tulis hasilnya", ["RHK"]) == (True, 1)
    assert task_match("Menulis IKI dimulai dari RHK yang sudah berupa hasil: pilih kata ukur", ["RHK"]) == (False, 1)


@pytest.mark.parametrize("question, wanted", [
    ("RHK sy udh disetujui atasan, skrg tinggal nulis IKI nya. langkah nulis IKI gimana biar ga ditolak?", "kata ukur"),
    ("sy diminta nyusun RHK tp contoh taun lalu isinya melaksanakan kegiatan semua. nulis RHK yg bener gimana "
     "langkahnya?", "qualifier"),
    ("RHK sy udh disetujui atasan. trs abis itu ngapain? logbook diisi gmn?", "bukti dukung"),
    ("tim sy tim umum, kerjaannya ga ada di DIPA. gmn nyusun IKI nya?", "pendekatan layanan"),
    ("How do I write an RHK?", "qualifier"),
])
def test_a_how_to_with_its_context_first_gets_the_steps_of_the_task_it_names(shared_retriever, question, wanted):
    assert contains(shared_retriever.ask(question).answer, wanted)


@pytest.mark.parametrize("question", ["nilai SAKIP unit sy tahun ini brp?", "SKP nya bu Rina di tim sy isinya apa aja?",
                                      "capaian SKP pak Andi tahun lalu berapa?"])
def test_someones_own_record_is_declined(shared_retriever, question):
    assert shared_retriever.ask(question).answer == NOT_FOUND


@pytest.mark.parametrize("question", ["berapa jumlah wisatawan di bali tahun ini? buat data IKI sy",
                                      "berapa angka kredit minimal setahun buat pranata komputer ahli pertama?",
                                      "aplikasi e-kinerja error terus pas buka. pdhl deadline SKP besok. hrs gmn?"])
def test_a_figure_the_guidance_never_gives_or_a_fault_beside_an_aside_is_declined(shared_retriever, question):
    assert shared_retriever.ask(question).answer == NOT_FOUND


@pytest.mark.parametrize("question", ["cara nyusun IKI dr RHK 'Kalibrasi alat kesehatan dilakukan sesuai jadwal'?",
                                      "IKI dr Renstra isinya apa aja?", "capaian dr BBTKLPP dihitung gmn?"])
def test_dr_before_a_guidance_term_or_an_acronym_names_no_person(shared_retriever, question):
    assert shared_retriever.ask(question).answer != NOT_FOUND


@pytest.mark.parametrize("question", ["pak, SKP itu apa?", "nilai target IKI sy brp?",
                                      "klo sy anggota tim dan ga ada cascading langsung, bobot TUSI sy brp persen?"])
def test_a_question_about_the_guidance_said_to_someone_is_answered(shared_retriever, question):
    assert shared_retriever.ask(question).answer != NOT_FOUND


def test_an_answer_that_only_permits_says_not_required(shared_retriever):
    assert yes_no_lead("wajib", "Logbook boleh dilengkapi bukti dukung.") == "Tidak."
    assert yes_no_lead("wajib", "Seluruh ASN wajib mengisi logbook, dan boleh mengunggah foto.") == "Ya."
    assert shared_retriever.ask("perlu bukti dukung ga di logbook?").answer.startswith("Tidak. ")
    assert shared_retriever.ask("Can I change my SKP in the middle of the year?").answer.startswith("Ya. ")


def test_two_terms_offered_as_a_choice_are_not_the_task():
    # nor is e-Kinerja, named as where the tagging is done (answers.how.places)
    assert how_objects("gmn caranya nge-tag iki core atau beyond di e-kinerja") == []
    assert how_objects("gmn caranya nge-tag iki core atau beyond") == []


@pytest.mark.parametrize("question, wanted", [
    ("gmn cara nentuin bobot tiap IKI?", "90%"), ("cara milih jenis IKI core atau beyond gmn?", "Core MI"),
    ("gmn cara bikin IKI pake pendekatan output antara?", "milestone"),
])
def test_tasks_the_guidance_answers_have_their_steps(shared_retriever, question, wanted):
    assert contains(shared_retriever.ask(question).answer, wanted)


def test_a_list_question_giving_an_item_gets_the_list_holding_it(shared_retriever):
    assert example_terms("cara bagi peran di MPPH ada apa aja pilihannya? pembagian aspek, trs apa lg?") == [
        "pembagian aspek"]
    answer = shared_retriever.ask("cara bagi peran di MPPH ada apa aja pilihannya? pembagian aspek, trs apa lg?").answer
    assert contains(answer, "pembagian wilayah") and contains(answer, "beban kuantitatif")


# Fifth answers round: readings that generalise past the sentences the answers were tuned on.

def test_a_question_about_what_is_not_allowed_gets_the_answer_that_says_so(shared_retriever):
    assert denies("IKI apa aja yg ngga boleh dipakai") and not denies("IKI boleh berapa banyak")
    assert denies("dilarang berupa jumlah laporan") and not denies("Pegawai boleh menambah IKI")
    answer = shared_retriever.ask("IKI model apa sih yg tdk boleh dipake?").answer
    assert contains(answer, "laporan") and contains(answer, "dokumen")


def test_a_count_said_to_go_past_a_limit_is_past_it():
    limit = "Pegawai non pimpinan memiliki paling sedikit 5 dan paling banyak 10 IKI."
    assert count_lead("boleh punya lebih dari 10 IKI?", limit) == "Tidak."
    assert count_lead("boleh punya 10 IKI?", limit) == "Ya."
    assert count_lead("IKI kurang dr 5 boleh?", limit) == "Tidak."


def test_two_questions_in_one_message_are_split_and_one_is_not():
    assert asked_parts("target IKI sy brp? trs tenggatnya kapan") == ["target IKI sy brp?", "tenggatnya kapan"]
    assert asked_parts("RHK udh ada, IKI nya apa ya trs bobotnya brp") == ["RHK udh ada, IKI nya apa ya",
                                                                          "bobotnya brp"]
    assert asked_parts("apa itu MPPH?") == []


def test_a_message_asking_two_things_gets_both_answers(shared_retriever):
    answer = shared_retriever.ask("SKP 2026 dinilai dari tanggal brp smp tanggal brp? trs paling lambat disusun kapan").answer
    assert contains(answer, "31 desember") and contains(answer, "8 februari")


def test_echelons_in_digits_and_roman_numerals_are_one_word():
    from bot.retrieval.normalize import keyword_tokens

    assert keyword_tokens("unit eselon 2") == keyword_tokens("unit Eselon II")
    assert keyword_tokens("eselon 1") != keyword_tokens("eselon 2")


def test_an_outside_word_only_in_the_context_does_not_decline_a_question_about_an_iki():
    assert not names_outside_topic("tugas sy rekap presensi pegawai tiap bulan. IKI nya apa ya?")
    assert names_outside_topic("sy mau ambil cuti bulan depan. prosedurnya gmn?")
    assert names_outside_topic("berapa sisa cuti tahunan sy?")


def test_a_figure_to_date_or_an_own_score_of_a_year_is_declined(shared_retriever):
    for question in ("serapan anggaran direktorat sy skrg udh brp persen?", "nilai SKP saya tahun 2024 apa?"):
        assert shared_retriever.ask(question).answer == NOT_FOUND


def test_it_apa_aja_asks_for_a_list_or_steps_not_a_meaning():
    assert "definition" not in wanted_kinds(respelled("tahapan PRIMA itu apa aja?"))
    assert from_glossary(respelled("tahapan PRIMA itu apa aja?")) is None
    assert "definition" in wanted_kinds(respelled("PRIMA itu apa?"))


def test_how_then_a_question_word_is_no_yes_no():
    assert yes_no_predicate(respelled("anggota hrs gmn biar ga tumpang tindih?")) is None
    assert yes_no_predicate(respelled("anggota hrs punya IKI CL ga?")) == "wajib"


# Seventh answers round (i16-defs8): the term qualified, the condition, the yes-no lead past a value ----------------
@pytest.mark.parametrize("question, term", [
    ("IKI jenis TUSI maksudnya apa sih?", "Core TUSI"), ("tipe beyond itu apa", "Beyond"),
    ("apa itu cascading non direct?", "non-direct cascading"), ("IKI core CL itu apa", "Core CL"),
    ("cascading yg non direct itu apa", "non-direct cascading"),
    ("bukti dukung IKI itu apa", "bukti dukung"),  # IKI is no kind of bukti dukung: the head stays
    ("TUSInya itu maksudnya apa?", "Core TUSI"), ("IKI yg jenisnya MI itu apa", "Core MI"),
    ("IKI tipenya beyond itu apa", "Beyond"), ("beda CLnya sama TUSInya apa", None),
    ("metode cascading pengertiannya apa", "cascading"),
])
def test_a_definition_asks_about_the_narrowest_term_of_its_phrase(question, term):
    told = from_glossary(respelled(question))
    assert told is not None and told.terms == ((term,) if term else ("Core CL", "Core TUSI")), (question, told)


def test_a_terms_word_with_nya_attached_is_written_apart_only_for_a_term():
    assert nya_apart("TUSInya itu apa, kerjaannya apa") == "TUSI nya itu apa, kerjaannya apa"
    # «IT» is a stopword in lower case («it»): the abbreviation, written in capitals, is still a term's word
    assert nya_apart("ITnya itu apa") == "IT nya itu apa"


def test_a_narrower_term_holds_the_broader_ones_words():
    [cascading, non_direct] = terms_in("cascading non-direct cascading")
    assert narrower(non_direct, cascading) and not narrower(cascading, non_direct)


def test_a_percentage_asked_past_the_value_the_answer_gives_its_term_is_answered_no():
    fixed = "Total bobot IKI Core selalu 100% dan bobot Beyond 20%."
    assert value_lead("bobot beyond boleh lebih dari 20% ga?", fixed) == "Tidak."
    assert value_lead("bobot beyond boleh 25% ga?", fixed) == "Tidak."
    assert value_lead("bobot beyond boleh 20% kan?", fixed) == "Ya."
    assert value_lead("bobot beyond boleh lebih dari 10% ga?", fixed) == ""  # 20% is more than 10%
    assert value_lead("bobot core boleh 90% ga?", "Bobot Beyond 20%.") == ""  # no value for Core
    assert value_lead("bobot Beyond boleh 15%?", "Bobot Beyond paling banyak 20%.") == "Ya."
    assert value_lead("bobot Beyond boleh 30%?", "Bobot Beyond paling banyak 20%.") == "Tidak."
    assert value_lead("bobot TUSI boleh 50%?", "TUSI 40% bila punya CL, TUSI 90% bila tidak.") == ""  # two values


def test_a_yes_no_count_is_matched_as_a_count_not_as_a_number(shared_retriever):
    assert counted("IKI 4 cukup, boleh ga?") == "IKI berapa jumlah boleh"  # asked of the term alone (q20)
    assert counted("eselon 2 boleh pegang IKI CL?") == "eselon 2 boleh pegang IKI CL?"  # no term beside it
    assert counted("IKI sy 4, apa artinya?") == "IKI sy 4, apa artinya?"  # no yes-no question
    for question in ("kerjaan sy dikit, IKI 4 aja boleh ga?", "boleh ga IKI sy ada 11?"):
        answer = shared_retriever.ask(question).answer
        assert answer.startswith("Tidak. ") and "paling banyak 10" in answer, question


def test_a_count_asked_with_aman_is_held_against_the_limits(shared_retriever):
    # «masih aman kan?» asks whether it is still allowed: the count is held against the limits
    for question in ("sy pranata komputer, IKI sy 13 masih aman kan?", "IKI saya udah 4 aman ga?"):
        answer = shared_retriever.ask(question).answer
        assert answer.startswith("Tidak. ") and "paling banyak 10" in answer, question
    # a count the clause after it does not ask about is context, not what is asked
    told = "IKI sy ada 7 ; tapi isinya jumlah laporan semua. aman kan?"
    assert counted(told) == told
    assert count_lead(told, "Pegawai non pimpinan memiliki paling sedikit 5 dan paling banyak 10 IKI.") == ""


def test_a_count_closing_its_clause_is_the_count_asked_of_the_term_beside_it(shared_retriever):
    # a full stop after the count ends its clause, it is no decimal; after a comma a list may go on («IKI sy 8, 3
    # diantaranya …»): no count is read there (a wrong «Ya.» on a blind set; read again in q20, again one), unless
    # the predicate asking follows the comma at once, fillers aside (answers36: «IKI sy ada 14, gpp kan?»; q36: «IKI
    # sy cuma lima, itu udh boleh kan?» was led «Tidak.»)
    assert counted("IKI sy ada 12. msh aman kan?") == "IKI berapa jumlah boleh"
    assert counted("IKI sy ada 12, boleh kan?") == "IKI berapa jumlah boleh"
    assert counted("IKI sy 8, 3 diantaranya laporan. boleh kan?") == "IKI sy 8, 3 diantaranya laporan. boleh kan?"
    assert counted("IKI sy 8, 3 diantaranya laporan, boleh kan?") == "IKI sy 8, 3 diantaranya laporan, boleh kan?"
    assert counted("IKI sy ada 7, tapi isinya laporan semua, aman kan?") == \
        "IKI sy ada 7, tapi isinya laporan semua, aman kan?"
    assert counted("bobot CL 12.5 boleh?") == "bobot CL 12.5 boleh?"  # a decimal, no count
    answer = shared_retriever.ask("sy nutrisionis di RSUP, IKI sy ada 12. msh aman kan?").answer
    assert answer.startswith("Tidak. ") and "paling banyak 10" in answer
    assert shared_retriever.ask("IKI sy ada 7. boleh kan?").answer.startswith("Ya. ")
    # a count of another term than the one the limit counts is held against no limit
    limit = "Pegawai non pimpinan memiliki paling sedikit 5 dan paling banyak 10 IKI."
    assert count_lead("IKI Beyond sy 1. aman kan?", limit) == ""
    assert count_lead("katim sy 3. boleh ga?", limit) == ""
    assert count_lead("IKI sy 3. boleh ga?", limit) == "Tidak."
    # «perlu … ga?» asks whether something is needed, not whether the count is allowed
    assert count_lead("IKI sy 11. perlu adjustment ga?", limit) == ""


def test_the_kinds_a_question_names_are_read_with_patterns_built_once():
    from bot.retrieval.question_parts import _kinds_listing, kinds_listed

    question = "sebutin jenis pembagian peran di MPPH"
    assert kinds_listed(question, "Caranya ada tiga, yaitu pembagian aspek, pembagian wilayah, dan pembagian beban.")
    assert not kinds_listed(question, "Tujuan MPPH ada empat, yaitu cascading, peran, hasil, dan dialog.")
    assert _kinds_listing() is _kinds_listing()  # cached with the knowledge files, not rebuilt per candidate


def test_a_claim_asked_with_a_predicate_the_chosen_answer_says_nothing_of_is_held_against_the_near_answers(
        shared_retriever):
    # «aman ga?» asks «boleh»; the answer chosen for it («Logbook … wajib diisi seluruh ASN») neither permits nor
    # forbids a weekly logbook, the near answer saying it is filled every day denies it
    answer = shared_retriever.ask("sy isi logbook seminggu sekali, aman ga?").answer
    assert answer.startswith("Tidak. ") and "setiap hari" in answer


def test_a_question_confirming_only_one_case_is_answered_no_when_the_answer_says_not_only():
    not_only = "Dialog kinerja dilakukan tidak hanya saat menyusun SKP, tetapi rutin sebulan sekali."
    assert only_lead("dialog kinerja cuma sekali setahun kan?", not_only) == "Tidak."
    assert only_lead("dialog kinerja tuh pas awal tahun doang ya?", not_only) == "Tidak."
    assert only_lead("dialog kinerja dilakukan saat menyusun SKP kan?", not_only) == ""  # no «only» asked
    assert only_lead("dialog kinerja cuma pas nyusun SKP kan?", "Dialog kinerja dilakukan saat menyusun SKP.") == ""
    assert only_lead("kapan aja dialog kinerja?", not_only) == ""  # asks when, not whether
    # the question denies the «only» itself: the answer saying «tidak hanya» confirms it
    assert only_lead(respelled("bukannya dialog kinerja tuh ga cuma pas nyusun SKP aja?"), not_only) == "Ya."
    # «not only» said of another case than the answer's («awal tahun» / «menyusun SKP»): no lead (answers17)
    assert only_lead("dialog kinerja bukan cuma awal tahun kan?", not_only) == ""


def test_a_question_confirming_not_only_is_answered_yes_when_the_answer_says_not_only_of_the_same(shared_retriever):
    not_only = "Dialog kinerja dilakukan tidak hanya saat menyusun SKP, tetapi rutin sebulan sekali."
    assert only_lead("bukannya dialog kinerja tidak cuma pas menyusun SKP aja?", not_only) == "Ya."
    assert only_lead("dialog kinerja bukan cuma waktu penyusunan SKP kan?", not_only) == "Ya."
    # «not only» said of another thing than the answer's: nothing to confirm
    assert only_lead("dialog kinerja tidak cuma buat pimpinan kan?", not_only) == ""
    once = "Dialog kinerja ditekankan tidak hanya sekali saat penyusunan SKP, tetapi rutin."
    assert only_lead("bukannya dialog kinerja tidak cuma pas menyusun SKP?", once) == "Ya."
    assert only_lead("bukannya SKP tidak cuma ditetapkan sekali setahun?", once) == ""  # «sekali» alone
    answer = shared_retriever.ask("bukannya dialog kinerja itu ga cuma pas menyusun SKP?").answer
    assert answer.startswith("Ya. ") and "tidak hanya" in answer


def test_a_denied_condition_picks_the_answer_worded_alike_with_its_sense(shared_retriever):
    answer = shared_retriever.ask("sy ga ada IKI cascading langsung renstra, bobot TUSI nya brp persen?").answer
    assert "90" in answer and "tanpa cascading langsung" in answer


@pytest.mark.parametrize("question", ["SKP dosen di kemenag formatnya sama kyk kemenkes ga?",
                                      "How many days of annual leave does a PNS get?",
                                      "What is the salary of a JF ahli pertama?"])
def test_another_ministrys_rules_or_an_outside_subject_in_english_are_declined(shared_retriever, question):
    assert shared_retriever.ask(question).answer == NOT_FOUND


@pytest.mark.parametrize("question", ["Who is the head of Biro OSDM now?",
                                      "halo kak, ada rekomendasi kos murah dekat kantor kementerian kesehatan?",
                                      "can you recommend a good place for lunch near the kemenkes office?"])
def test_an_outside_question_is_judged_by_its_own_content_words(shared_retriever, question):
    """«who is … now» asks «siapa … sekarang» (english.yaml sentence_openers); the ministry's own name says nothing of
    the subject (`scope.own_names`), nor do greetings or English function words: what is left is foreign to the
    guidance, so it is declined rather than answered with a passage sharing one word."""
    answer = shared_retriever.ask(question)
    assert answer.answer == NOT_FOUND and not answer.passages, answer.answer


def test_english_content_words_are_read_through_the_english_lexicon(shared_retriever):
    """«evaluation» is «evaluasi», «meetings» «rapat» (english.yaml `words`): an English question about the guidance
    is neither declined as foreign nor ranked by its untranslated words; what the sentences after the asking one
    tell is context, not what decides whether it is outside."""
    assert respelled("the evaluation of the meetings") == "the evaluasi of the rapat"
    # an IKI quoted is the user's own words: the rewriter gets them as typed
    assert respelled("IKI sy 'Jumlah monitoring pelaksanaan SBBL', evaluation") == (
        "IKI sy 'Jumlah monitoring pelaksanaan SBBL', evaluasi")
    assert unknown_words("evaluation meetings", frozenset({"evaluasi", "rapat"})) == []
    answer = shared_retriever.ask("What did the evaluation of the 2025 SKP find? My director keeps citing it at "
                                  "every briefing but nobody ever showed me the figures").answer
    assert "92" in answer and "proses" in answer, answer


def test_a_yes_no_question_is_answered_about_the_term_it_names(shared_retriever):
    """«wajib» is shared by many answers: the one about the term asked wins over one about another subject."""
    for question in ("Is filling in the logbook mandatory for every ASN?", "logbook wajib diisi tiap ASN ga?"):
        answer = shared_retriever.ask(question).answer
        assert answer.startswith("Ya. ") and "logbook" in answer.lower(), question


def test_an_answer_advising_against_something_answers_may_i_with_no(shared_retriever):
    assert yes_no_lead("boleh", "Target sebaiknya tidak dirumuskan secara mutlak.") == "Tidak."
    assert yes_no_lead("boleh", "Target boleh diubah; kata mutlak sebaiknya tidak dipakai.") == "Ya."  # said first
    answer = shared_retriever.ask("target 'semua berkas selalu diverifikasi tepat waktu' boleh ga?").answer
    assert answer.startswith("Tidak. ") and "absolut" in answer


def test_another_employer_is_declined_unless_it_is_where_the_user_comes_from(shared_retriever):
    assert names_outside_topic("SKP pegawai BUMN gmn nyusunnya?")
    assert names_outside_topic("IKI perawat di RS swasta gmn?")
    assert not names_outside_topic("sy baru pindah dr pemda, gmn nyusun IKI?")
    assert shared_retriever.ask("sy baru pindah dr kemenag, gmn nyusun IKI?").answer != NOT_FOUND


def test_a_percentage_whose_value_depends_on_a_condition_is_not_led(shared_retriever):
    """TUSI is 40% with cascading langsung and 90% without: «Ya.» or «Tidak.» would be a guess."""
    for question in ("bobot TUSI boleh 90% ga?", "bobot TUSI sy 40% boleh kan?"):
        answer = shared_retriever.ask(question).answer
        assert not answer.startswith(("Ya. ", "Tidak. ")), question
    assert shared_retriever.ask("boleh ga bobot core lebih dari 100%?").answer.startswith("Tidak. ")


def test_a_tag_right_after_the_predicate_asks_yes_or_no():
    assert yes_no_predicate(respelled("boleh ga bobot core lebih dari 100%?")) == "boleh"
    assert yes_no_predicate(respelled("wajib ga bobot MI 10%?")) == "wajib"


def _saved_from_cek(engine, user, indikator):
    """/cek an IKI without a target, then «Simpan ke draf»: the target is asked."""
    engine.handle(user, f"/cek {indikator}")
    engine.press(user, "fill:save")
    assert engine.state(user).fill.field == "target"


@pytest.mark.parametrize("question", ["biasanya brp? tahun lalu realisasinya 80an", "umumnya berapa ya kak?"])
def test_a_question_at_a_saved_iki_s_target_gets_its_help_and_keeps_the_data_awal_said(engine, question):
    user = "u-fill-help"
    _saved_from_cek(engine, user, "Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti")
    replies = engine.handle(user, question)
    text = said(replies)
    assert "Bantuan untuk langkah ini" in text and "data awal" in text and "di luar pedoman" not in text
    assert "Target satu tahun" in replies[-1].text and engine.state(user).fill.field == "target"
    kept = engine.state(user).skp.iki[0].baseline
    assert kept == ("80%" if "80" in question else None)  # what was said with the question is not lost


def test_a_count_said_with_a_question_for_a_percentage_is_said_not_kept(engine):
    user = "u-fill-count"
    _saved_from_cek(engine, user, "Persentase hasil pemeriksaan sampel yang dilaporkan tepat waktu")
    text = said(engine.handle(user, "biasanya brp? tahun lalu realisasinya 2800an"))
    assert "Bantuan untuk langkah ini" in text and "bukan persentase" in text and "Jumlah" in text
    assert engine.state(user).skp.iki[0].baseline is None


def test_a_question_naming_its_subject_under_the_suggestions_is_asked_to_the_guidance(engine):
    """«IKI saya harus berapa?» under a line's suggestions asks how many IKI one holds (the help has no number);
    «biasanya berapa?» names nothing, so it stays the suggestions' help."""
    user = "u-how-many"
    typed(engine, user,
          "1. Jumlah laporan BMN semesteran\n2. Jumlah dokumen usulan penghapusan BMN\n"
          "3. Persentase BMN yg sudah di label",
          "no 2 kenapa salah? kan dokumen")
    assert engine.state(user).candidates
    text = said(engine.handle(user, "IKI saya harus berapa sih?"))
    assert "10" in text and "Bantuan untuk langkah ini" not in text
    assert "Bantuan untuk langkah ini" in said(engine.handle(user, "biasanya berapa?"))


def test_a_meaning_asked_after_an_introduction_is_answered_and_the_work_drafted(engine):
    text = said(engine.handle("u-nurse", "sy perawat di RSUP (RS vertikal), disuruh kepala ruangan bikin IKI. "
                                         "IKI itu apa ya kak?"))
    assert "Indikator Kinerja Individu" in text and "belum bisa menyusun" not in text
    replies = engine.handle("u-nurse2", "sy perawat di RSUP, tugas sy merawat pasien rawat inap. IKI itu apa ya kak?")
    assert "Indikator Kinerja Individu" in said(replies) and "Pakai usulan 1" in labels(replies)


def test_a_comparison_of_the_mpph_methods_on_screen_gets_their_difference_then_the_choice(engine):
    user = "u-mpph-method"
    replies = typed(engine, user, "/mpph",
                    "Persentase kabupaten/kota dengan kinerja surveilans PD3I sesuai standar; 90%",
                    "bedanya wilayah sama beban kuantitatif apa ya")
    text = said(replies)
    assert "wilayah pelaksanaan tugas" in text and "beban target dibagi" in text
    assert engine.state(user).mpph.step == "method" and "mpph:method:wilayah" in [b.data for b in replies[-1].buttons]
    engine.handle(user, "wilayah aja ya?")
    assert engine.state(user).mpph.step == "roles"


def test_asking_whether_the_catalog_holds_a_units_indicator_at_prima_p_searches_the_catalog(engine):
    """«kkp ada ga ikk nya?» after a remark is a catalog search (as /ikk), not the guidance's ISS/IKP counts."""
    from bot.conversation.intent import request_in

    asked = request_in("ga cocok itu mah farmalkes. kkp ada ga ikk nya? kekarantinaan kesehatan")
    assert asked is not None and asked.command == "ikk" and "farmalkes" not in asked.text and "kkp" in asked.text
    assert request_in("ikk tuh apa sih") is None  # what IKK means: the guidance's, never a search for «tuh»
    user = "u-kkp"
    text = said(typed(engine, user, "/prima",
                      "ga cocok itu mah farmalkes. kkp ada ga ikk nya? kekarantinaan kesehatan"))
    assert "«kkp kekarantinaan kesehatan»" in text and "ISS/" not in text and "Bantuan untuk langkah" not in text
    assert engine.state(user).prima.step == "P"


def test_a_catalog_search_asked_at_the_mpph_indicator_searches_then_asks_the_step_again(engine):
    # tester48 P2-8: «IKK apa yg cocok utk tim kualitas air minum?» at /mpph's step 1 got only the step's help
    user = "u-mpph-ikk"
    engine.handle(user, "/mpph")
    text = said(engine.handle(user, "IKK apa yg cocok utk tim surveilans?"))
    assert "Indikator Renstra untuk «tim surveilans»" in text and "Bantuan untuk langkah" not in text
    assert text.rstrip().endswith("380 Nilai") and engine.state(user).mpph.step == "indicator"
    text = said(engine.handle(user, "IKK apa yg cocok utk tim kualitas air minum?"))  # none found: said so
    assert "«tim kualitas air minum»" in text and "mungkin belum memuat" in text and "Langkah 1 dari 3" in text
    assert "Bantuan untuk langkah ini" in said(engine.handle(user, "maksudnya?"))  # the step's own help stays


def test_a_catalog_search_asked_at_primas_role_question_searches_then_asks_it_again(engine):
    user = "u-prima-i-ikk"
    engine.handle(user, "/prima")
    engine.press(user, "prima:skip")
    engine.press(user, "prima:skip")
    replies = engine.handle(user, "IKK apa yg cocok utk tim surveilans?")
    assert "Indikator Renstra untuk «tim surveilans»" in said(replies) and "Pembagian wilayah" not in said(replies)
    assert "Apa peran Anda di tim kerja?" in said(replies) and "Anggota tim" in labels(replies)
    assert engine.state(user).prima.step == "I" and engine.state(user).prima.strays == 0


# Claims confirmed with no «boleh»/«wajib» ------------------------------------------------------------------------
def test_a_confirmation_is_a_claim_unless_it_asks_something_else_or_denies_itself():
    assert claim("bener ga bobot beyond 20%?") == ["bobot", "beyond", "20"]
    assert claim("apa iya logbook diisi tiap hari?") == ["logbook", "diisi", "tiap", "hari"]
    assert claim("bobot beyond brp ya?") is None  # asks a figure
    assert claim("rencana aksi ga perlu nyambung ke RHK kan?") is None  # a denied claim is not read safely


def test_a_claim_holding_the_opposite_word_of_the_answer_is_denied():
    answer = "Target kinerja adalah batas bawah, yaitu standar minimal yang dipenuhi."
    assert contradicted("target itu standar maksimal ya?", answer) == "Tidak."
    assert contradicted("target itu standar minimal ya?", answer) == ""
    # «tidak langsung» is not «langsung»; an answer holding both sides contradicts nothing clearly
    assert contradicted("pendekatan layanan itu cascading langsung kan?", "Ini cara cascading tidak langsung.") == "Tidak."
    assert contradicted("indikatornya sama tiap wilayah kan?", "Indikatornya sama, wilayahnya berbeda.") == ""


def test_a_claim_saying_the_other_of_two_bound_opposites_of_the_same_thing_is_denied():
    answer = "Semua pegawai memegang indikator yang sama, tetapi wilayah pelaksanaan tugasnya berbeda."
    assert contradicted("pembagian wilayah di MPPH itu indikatornya beda2 ya?", answer) == "Tidak."
    # said of the regions, which do differ, or of the indicators the same way: no lead
    assert contradicted("di pembagian wilayah itu wilayah tugasnya beda2 ya?", answer) == ""
    assert contradicted("di pembagian wilayah itu indikatornya sama ya?", answer) == ""


def test_approving_a_quoted_iki_the_rules_read_as_an_activity_is_denied():
    answer = "IKI harus mengukur output yang sederhana dan terukur."
    assert contradicted("IKI 'jumlah rapat koordinasi yg dilaksanakan' udah bagus ya? kan terukur", answer) == "Tidak."
    # an IKI the rules read as an output, or a quote not approved: no lead from the rules
    assert contradicted("IKI 'persentase rekomendasi monev yang ditindaklanjuti' udah bagus ya?", answer) == ""
    assert contradicted("IKI 'jumlah rapat koordinasi yg dilaksanakan' itu output ya?", answer) == ""
    # approving as «good enough» or «still in use» approves it too
    assert contradicted("IKI sy 'jumlah dokumen yang disusun' udah cukup kan?", answer) == "Tidak."
    assert contradicted("IKI 'terlaksananya sosialisasi' masih dipakai kan tahun ini?", answer) == "Tidak."


def test_a_claim_naming_another_month_or_more_than_only_its_number_is_denied():
    answer = "Rencana aksi disusun paling lambat 15 Maret 2026."
    assert contradicted("rencana aksi bisa disusun sampe akhir april 2026 ya?", answer) == "Tidak."
    assert contradicted("rencana aksi paling lambat 15 Maret 2026 kan?", answer) == "Ya."
    # a day past the deadline is another deadline; one before it is within it (q31: claims._other_day)
    assert contradicted("rencana aksi paling lambat 16 Maret 2026 kan?", answer) == "Tidak."
    assert contradicted("rencana aksi paling lambat 5 Maret 2026 kan?", answer) == ""
    values = "Perilaku kerja memuat tujuh nilai dasar ASN BerAKHLAK."
    assert contradicted("nilai dasar BerAKHLAK cuma 5 doang?", values) == "Tidak."
    assert contradicted("nilai dasar BerAKHLAK cuma 9 doang?", values) == ""
    assert contradicted("total bobot di SKP 100% doang?", "Total bobot seluruh IKI dalam SKP 120%.") == "Tidak."


def test_a_claim_with_the_value_the_answer_gives_its_subject_is_confirmed():
    answer = "Pegawai tanpa cascading langsung memakai bobot Core TUSI 90% dan Core MI 10%."
    assert contradicted("bener ga bobot TUSI 90%?", answer) == "Ya."
    assert contradicted("bener ga bobot TUSI 80%?", answer) == "Tidak."


def test_a_value_given_under_a_condition_the_question_denies_is_not_its_value():
    answer = ("Ketua tim tanpa IKI cascading langsung memakai pola bobot TUSI 90% dan MI 10%, sedangkan anggota yang "
              "memegang IKI cascading langsung memakai pola CL 50%, TUSI 40%, dan MI 10%.")
    # not «Ya.» from the members' CL 50; the katim's own whole pattern (TUSI 90, MI 10) gives CL none (q50)
    assert contradicted("katim tanpa cascading langsung pake CL 50% ya?", answer) == "Tidak."
    assert contradicted("anggota yg punya cascading langsung pake CL 50% ya?", answer) == "Ya."


def test_a_claim_naming_a_holder_is_held_against_the_holder_the_answer_gives_its_term():
    answer = ("IT dan ISS dipegang Menteri bersama Eselon I, IKP dipegang Eselon I, IKK dan IKM dipegang pimpinan unit "
              "kerja.")
    assert contradicted("ISS itu dipegangnya eselon II ya?", answer) == "Tidak."
    assert contradicted("IKP itu dipegang unit eselon II ya?", answer) == "Tidak."
    assert contradicted("IKP dipegang eselon I kan?", answer) == "Ya."
    assert contradicted("IKK itu dipegang pimpinan unit kerja kan?", answer) == "Ya."
    assert contradicted("RHK itu dipegang eselon II ya?", answer) == ""  # the answer names no holder of it


def test_a_claim_naming_how_often_is_held_against_how_often_the_answer_says_of_its_term():
    answer = "Catatan harian (logbook) adalah rekaman kegiatan yang dikerjakan pegawai setiap hari di e-Kinerja."
    assert contradicted("catatan harian itu cukup diisi akhir tahun ya?", answer) == "Tidak."  # «harian» is its name
    assert contradicted("logbook diisi tiap hari ya?", answer) == "Ya."
    assert contradicted("rencana aksi diisi tiap bulan ya?", answer) == ""  # said of another term


def test_a_claim_counting_a_thing_is_held_against_the_count_the_answer_gives_it():
    answer = "SKP pimpinan memakai empat perspektif, yaitu Penerima Layanan, Penguatan Internal, Proses Bisnis, dan Anggaran."
    assert contradicted("perspektif SKP pimpinan itu ada 3 ya?", answer) == "Tidak."
    assert contradicted("perspektif SKP pimpinan ada 4 kan?", answer) == "Ya."
    values = "Perilaku kerja dalam SKP memuat tujuh core value ASN BerAKHLAK, yaitu Berorientasi Pelayanan, Akuntabel."
    assert contradicted("perilaku kerja di SKP itu 7 nilai BerAKHLAK kan?", values) == "Ya."
    themes = "IKI Beyond harus selaras dengan salah satu dari tiga tema budaya kerja Kemenkes."
    assert contradicted("IKI Beyond cukup sesuai 1 tema budaya kerja kan?", themes) == ""  # «salah satu» counts none


def test_a_claim_giving_a_listed_name_its_figure_is_held_against_the_figure_listed():
    answer = ("Jumlah unit Eselon II di bawah tiap unit Eselon I adalah Ditjen P2 6, Ditjen Farmalkes 6, Setjen 13, "
              "Ditjen SDMK 7.")
    assert contradicted("Setjen punya 13 unit eselon II ya?", answer) == "Ya."
    assert contradicted("Ditjen SDMK punya 9 unit eselon II kan?", answer) == "Tidak."
    assert contradicted("Setjen pegang 13 IKK ya?", answer) == ""  # the list counts something else


def test_a_claim_that_something_is_not_required_is_denied_by_an_answer_stating_it():
    answer = "Setiap rencana aksi wajib berinduk pada RHK yang tercantum di SKP."
    assert denial("rencana aksi ga harus nyambung ke RHK kan?") == ["nyambung", "rhk"]
    assert contradicted("rencana aksi ga wajib nyambung ke RHK ya?", answer) == "Tidak."


def test_who_asks_told_in_a_first_clause_is_no_part_of_the_claim():
    answer = "Logbook diisi setiap hari oleh pegawai di aplikasi e-Kinerja, beserta bukti dukung."
    question = "sy perawat di RSUD Kota, logbook diisi setiap hari di e-Kinerja kan?"
    assert claim(question) == claim("logbook diisi setiap hari di e-Kinerja kan?")
    assert restated(question, answer) == "Ya."
    assert claim("sy ketua tim kan?") == ["sy", "ketua", "tim"]  # nothing after it: the clause is the claim


def test_a_figure_claimed_of_a_part_is_held_against_the_clause_of_the_questions_case():
    answer = ("Pegawai tanpa IKI cascading langsung memakai pola TUSI 90% dan MI 10%, sedangkan pegawai yang memegang "
              "IKI cascading langsung memakai pola CL 50%, TUSI 40%, dan MI 10%.")
    assert contradicted("pegawai yg ga punya cascading langsung pake TUSI 40 ya?", answer) == "Tidak."
    assert contradicted("pegawai yg punya cascading langsung pake CL 50 TUSI 40 kan?", answer) == "Ya."
    assert contradicted("bobot CL buat katim 40% ya?", answer) == "Tidak."  # CL has one figure in every case
    # «yg punya cascading langsung» qualifies katim: the 50% is TUSI's, in the case with cascading langsung
    assert contradicted("bobot TUSI buat katim yg punya cascading langsung itu 50% kan?", answer) == "Tidak."
    assert contradicted("bobot TUSI 40% kan?", answer) == ""  # the case is not said: 90% or 40%
    assert contradicted("bobot TUSI boleh lebih dari 40% kan?", answer) == ""  # a limit, not the part's figure
    # shares written as one ratio, no part named: held against the percentages of each clause of the case in turn
    assert contradicted("pegawai yg ga punya cascading langsung ikut pola 90/10 ya?", answer) == "Ya."
    assert contradicted("pegawai yg punya cascading langsung pola bobotnya 90/10 kan?", answer) == "Tidak."
    assert contradicted("pola bobot 50/40/10 ya?", answer) == ""  # one case's pattern, the case not said
    beyond = "Total bobot IKI Core selalu 100% dan bobot Beyond 20%, sehingga total bobot seluruh IKI 120%."
    assert contradicted("bobot beyond 20 ya?", beyond) == "Ya."
    assert contradicted("IKI beyond sy 2 ya?", beyond) == ""  # a bare number with words between counts, no share


def test_a_claim_of_membership_is_held_against_the_members_the_answer_lists():
    answer = "IKI Core terbagi tiga, yaitu CL (cascading langsung dari Renstra), TUSI (dari tugas dan fungsi), dan MI."
    assert contradicted("bener ga Core IKI itu terdiri dari CL, TUSI sama MI?", answer) == "Ya."
    assert contradicted("MI termasuk IKI Core kan?", answer) == "Ya."
    assert contradicted("Beyond itu bagian dari IKI Core kan?", answer) == "Tidak."
    assert contradicted("MI itu bagian dari IKI Beyond kan?", answer) == ""  # the answer lists no Beyond
    kinds = "Jenis IKI ada empat, yaitu Core CL (dari Renstra), Core TUSI, Core MI (Mandatory IKI), dan Beyond."
    assert contradicted("MI itu bagian dari IKI Beyond kan?", kinds) == "Tidak."  # listed side by side: siblings
    assert contradicted("MI termasuk jenis IKI kan?", kinds) == "Ya."
    # the words naming the relation say nothing of the subject: a near answer listing the siblings holds as much
    question = "MI itu bagian dari IKI Beyond kan?"
    assert words_held(question, kinds) == words_held(question, "IKI Core MI bagian dari Beyond")


def test_a_claim_putting_a_term_in_a_kind_is_held_against_the_kind_the_answer_gives_it():
    kind = "IKI Nilai IP ASN termasuk jenis Core MI (Mandatory) dan berbobot 10%."
    marked = "Indeks Profesionalitas ASN wajib bagi seluruh ASN non pimpinan, dan ditandai Core MI (Mandatory)."
    for answer in (kind, marked):
        assert contradicted("Indeks Profesionalitas ASN itu masuknya ke IKI beyond kan?", answer) == "Tidak."
        assert contradicted("IP ASN masuk Core TUSI ya?", answer) == "Tidak."  # a sibling kind within Core
        assert contradicted("IP ASN itu masuk Core MI kan?", answer) == "Ya."
        assert contradicted("IP ASN termasuk IKI Core kan?", answer) == "Ya."  # Core MI is within Core
    # a broader kind given says nothing of the narrower one claimed; a kind given another term says nothing of this one
    assert contradicted("IP ASN masuk Core TUSI ya?", "IKI Nilai IP ASN termasuk IKI Core.") == ""
    assert contradicted("JPL masuk Beyond ya?", kind) == ""
    # a kind the answer denies the term is none it gives it
    assert contradicted("IP ASN itu masuk Core MI kan?", "Nilai IP ASN tidak termasuk Core TUSI.") == ""


def test_a_claim_that_something_is_only_for_one_side_is_denied_by_an_answer_giving_it_all_of_the_other():
    answer = ("Indeks Profesionalitas ASN wajib menjadi IKI bagi seluruh ASN non pimpinan di unit Eselon I, dan "
              "ditandai Core MI (Mandatory).")
    assert contradicted("IP ASN cuma wajib buat pimpinan, staf ga perlu kan?", answer) == "Tidak."
    assert contradicted("IP ASN tuh cuma buat pejabat struktural aja kan, staf biasa ga usah?", answer) == "Tidak."
    assert contradicted("IP ASN cuma buat staf aja kan?", answer) == ""  # the side the answer gives it: no denial
    assert contradicted("JPL cuma buat pimpinan kan?", answer) == ""  # said of another term
    assert contradicted("IP ASN cuma buat pimpinan kan?", answer.replace("bagi seluruh", "tidak bagi seluruh")) == ""


def test_a_claim_saying_what_a_term_is_is_denied_by_an_answer_saying_it_of_another_term():
    answer = ("Dalam Perjanjian Kinerja (PK), IKM adalah Indikator Kinerja Mandatory, yaitu indikator wajib dari Program "
              "Dukungan Manajemen.")
    assert contradicted("IKD itu indikator wajib program dukungan manajemen kan?", answer) == "Tidak."
    assert contradicted("IKM itu indikator wajib program dukungan manajemen kan?", answer) == "Ya."
    target = "Target IKI dalam SKP adalah standar minimal capaian yang harus dipenuhi selama satu tahun."
    assert contradicted("target IKI itu standar minimal utk setahun kan?", target) == "Ya."  # SKP only qualifies it


def test_a_negation_inside_a_terms_name_denies_nothing_of_the_claim():
    answer = ("IKI hasil cascading langsung dari Renstra ditandai Core CL, sedangkan IKI hasil cascading tidak langsung "
              "dari tugas dan fungsi ditandai Core TUSI.")
    assert claim("TUSI itu yg cascading tidak langsung ya?") is not None
    assert contradicted("TUSI itu yg cascading tidak langsung ya?", answer) == "Ya."
    assert contradicted("CL itu yg cascading tidak langsung ya?", answer) == "Tidak."
    assert claim("logbook ga perlu diisi ya?") is None


def test_english_months_and_words_are_read_as_their_indonesian_ones():
    answer = "Surat Sekjen menetapkan penyusunan SKP tahun 2026 paling lambat 8 Februari 2026."
    assert contradicted(respelled("Is the SKP 2026 drafting deadline the end of March?"), answer) == "Tidak."
    assert contradicted(respelled("Is the SKP 2026 drafting deadline February 8?"), answer) == ""
    target = "Target IKI dalam SKP adalah standar minimal capaian yang harus dipenuhi selama satu tahun."
    assert restated(respelled("Is the target of an IKI a minimum standard for one year?"), target) == "Ya."


def test_a_claim_the_answer_restates_is_confirmed_unless_it_says_only():
    answer = "Lampiran SKP memuat dukungan sumber daya, skema pertanggungjawaban, dan konsekuensi."
    assert restated("lampiran SKP isinya dukungan sumber daya, skema pertanggungjawaban, sama konsekuensi ya?",
                    answer) == "Ya."
    assert restated("lampiran SKP isinya dukungan sumber daya ya?", "Lampiran SKP memuat konsekuensi.") == ""
    assert restated("lampiran SKP cuma isinya dukungan sumber daya ya?", answer) == ""
    assert restated("lampiran SKP isinya dukungan sumber daya ya?", "Lampiran SKP tidak memuat dukungan sumber daya.") == ""
    # the case told before the sentence asking is no part of the claim: the answer's own condition for it clashes
    # with nothing claimed
    upt = ("Tidak semua UPT memiliki IKK sendiri di Renstra; untuk UPT seperti itu, unit Eselon I wajib menurunkan "
           "indikatornya ke UPT tersebut.")
    assert restated("balai sy ga punya IKK di renstra. jadi eselon I yg menurunkan indikatornya ke UPT ya?",
                    upt) == "Ya."
    assert restated("jadi eselon I yg tidak menurunkan indikatornya ke UPT ya?", upt) == ""


def test_a_claim_contradicted_is_not_confirmed_by_its_predicate(shared_retriever):
    # «hrs» is stated by the answer («yang harus dipenuhi»), but of the minimal standard, not the maximal one
    assert shared_retriever.ask("target IKI tuh standar maksimal yg hrs dicapai ya?").answer.startswith("Tidak. ")


def test_the_runner_counts_an_answer_led_by_the_opposite():
    case = {"kind": "yesno", "must": ["tidak", "minimal"]}
    assert wrong_lead(case, "Ya. Target adalah standar minimal.")
    assert not wrong_lead(case, "Target adalah standar minimal.")
    assert not wrong_lead(case, "Tidak. Target adalah standar minimal.")


def test_a_claim_spelling_an_abbreviation_out_is_held_against_the_answers_spelling():
    answer = "RHK (Rencana Hasil Kerja) adalah hasil kerja yang diharapkan dari pegawai."
    assert contradicted("RHK itu singkatan Rencana Harian Kegiatan ya?", answer) == "Tidak."
    assert contradicted("bener ga RHK kepanjangannya Rencana Hasil Kerja?", answer) == "Ya."
    # with no link word the Capitalised Words name something else («IKI Indeks Profesionalitas ASN»)
    assert contradicted("IKI Indeks Profesionalitas ASN masuk Beyond kan?", "Indikator Kinerja Individu (IKI) adalah ukuran.") == ""


def test_a_meaning_claimed_wrong_is_denied_by_the_glossary_line(shared_retriever):
    assert shared_retriever.ask("RHK itu singkatan Rencana Harian Kegiatan ya?").answer.startswith("Tidak. ")
    assert shared_retriever.ask("RHK itu singkatan Rencana Hasil Kerja kan?").answer.startswith("Ya. ")


def test_an_only_claim_the_chosen_answer_says_nothing_of_is_held_against_the_near_answers(shared_retriever):
    # «cuma … ya?» asks no predicate of its own: the chosen logbook answer gives no frequency, a near one does
    answer = shared_retriever.ask("logbook cuma diisi seminggu sekali ya?").answer
    assert answer.startswith("Tidak. ") and "setiap hari" in answer


def test_of_near_answers_one_giving_more_than_the_only_claimed_answers_it(shared_retriever):
    assert exceeds_only("MPPH itu cuma 1 tingkat aja kan?", "MPPH ada dua bentuk, MPPH 1 tingkat dan MPPH 2 tingkat.")
    assert not exceeds_only("MPPH itu cuma 1 tingkat aja kan?", "Pada MPPH 1 tingkat, pimpinan membagi langsung.")
    answer = shared_retriever.ask("MPPH itu cuma 1 tingkat aja kan?").answer
    assert answer.startswith("Tidak. ") and "2 tingkat" in answer


def test_a_claim_of_what_a_letter_of_an_acronym_stands_for_is_held_against_the_glossary_letters():
    # the answer says nothing of the letter: the glossary's `letters` decide
    answer = "Kaidah ini dipakai saat menyusun IKI bersama pimpinan."
    assert contradicted("SMART-C, huruf C nya itu Collaborative ya?", answer) == "Tidak."
    assert contradicted("huruf T di SMART-C itu Time bounded kan?", answer) == "Ya."
    assert contradicted("di PRIMA, huruf A itu Ajak dialog kinerja ya?", answer) == "Ya."
    assert contradicted("huruf M di PRIMA itu Measurable kan?", answer) == "Tidak."
    # one letter said with its «-nya» apart is the letter asked, «huruf» or not
    assert contradicted("SMART-C, A nya itu agreeable kan?", answer) == "Ya."
    assert contradicted("SMART-C, T nya itu tepat sasaran kan?", answer) == "Tidak."
    # partly its words, or a letter the acronym has not: no lead
    assert contradicted("huruf A di PRIMA itu Ajak rapat ya?", answer) == ""
    assert contradicted("huruf Z di PRIMA itu Zona kan?", answer) == ""


def test_a_claim_denying_what_the_answer_states_is_denied():
    assert denial("SKP cuma isi hasil kerja doang, ga ada perilaku kerja?") == ["perilaku", "kerja"]
    answer = "Target tahunan IKI disertai trajectory bulanan atau triwulanan agar kemajuannya bisa dipantau."
    assert contradicted("target cukup angka akhir tahun doang, ga perlu trajectory bulanan/triwulan?", answer) == "Tidak."
    # the answer denies it too, or names only one word of it in passing: no lead
    assert contradicted("ga perlu trajectory bulanan kan?", "Target tahunan tanpa trajectory bulanan boleh.") == ""
    assert contradicted("ga perlu trajectory bulanan kan?", "Trajectory disusun bersama pimpinan.") == ""
    # «bukan» contrasts, and a second negation makes it unclear
    assert denial("cascading skrg top down, bukan bottom up lg?") == []
    assert denial("kalo ga ada atasan, ga perlu dialog kinerja?") == []


def test_an_opener_said_last_closes_the_claim_as_it_opens_it():
    # «…, bener ga?» asks as «bener ga …?» does: its «bener» is no word of the claim
    assert claim("rencana aksi itu turunan RHK, bener ga?") == claim("bener ga rencana aksi itu turunan RHK?")
    assert claim("rencana aksi itu turunan RHK, benar tidak kan?") == ["rencana", "aksi", "itu", "turunan", "rhk"]
    assert restated("rencana aksi itu turunan RHK, bener ga?", "Rencana aksi adalah penjabaran RHK di SKP.") == "Ya."
    assert claim("bener ga?") is None


def test_a_claim_and_an_answer_saying_it_with_synonyms_are_held_alike_both_ways():
    # search.yaml claim.synonyms: «atasan» and «pimpinan» name the same person, whichever side says which
    beyond = "IKI Beyond berupa inisiatif pegawai sendiri atau penugasan menantang dari pimpinan."
    assert contradicted("Beyond cuma dr inisiatif pegawai sendiri, ga bisa dari penugasan atasan?", beyond) == "Tidak."
    assert contradicted("Beyond ga bisa dari penugasan pimpinan?", beyond.replace("pimpinan", "atasan")) == "Tidak."
    assert contradicted("rencana aksi bebas aja kan, ga perlu nyambung ke RHK?",
                        "Setiap rencana aksi wajib berinduk pada RHK.") == "Tidak."
    assert contradicted("Beyond ga bisa dari penugasan atasan?", "IKI Beyond berupa inisiatif pegawai sendiri.") == ""
    assert restated("rencana aksi itu turunan RHK ya?", "Rencana aksi adalah penjabaran RHK di SKP.") == "Ya."
    # chat's «diutak atik» is the guidance's «diubah» (KBBI mengutak-atik «mengubah-ubah»), prefixed or hyphenated
    dynamic = "SKP bersifat dinamis: rencana hasil kerja boleh diubah atau ditambah pada tahun berjalan."
    assert contradicted("SKP yg udah ditetapkan kaku ya, udah ga bisa diutak atik?", dynamic) == "Tidak."
    assert contradicted("SKP ga bisa diotak atik lg kan?", dynamic) == "Tidak."
    assert contradicted("SKP ga bisa diutak atik kan?", "SKP tidak boleh diubah sepihak.") == ""


def test_a_claim_saying_what_the_answer_denies_is_denied():
    answer = "Perubahan SKP tidak dilakukan sepihak: bahas perubahannya dalam dialog kinerja dengan atasan."
    assert contradicted("perubahan SKP cukup sy ubah sendiri di aplikasi tanpa ngobrol sama atasan?", answer) == "Tidak."
    # a negation denies the word it stands before, not the rest of its clause; one in a condition denies nothing
    assert contradicted("pendekatan layanan itu buat tim kerja kan?", "Ini cascading tidak langsung bagi tim kerja.") == ""
    assert contradicted("IKK itu buat pegawai UPT kan?", "Pegawai UPT yang tidak punya IKK bertanya dulu.") == ""
    # a word denied of another subject says nothing of the one asked about
    assert contradicted("logbook diisi sendiri oleh pegawai kan?", "SKP tidak lagi diisi sendiri oleh pegawai.") == ""
    assert contradicted("SKP diisi sendiri oleh pegawai kan?", "SKP tidak lagi diisi sendiri oleh pegawai.") == "Tidak."


def test_a_negation_making_a_condition_leaves_the_claim_readable():
    question = "pendekatan layanan itu dipake buat tim supporting atau kinerja yg ga ada di DIPA kan?"
    assert claim(question) is not None and denial(question) == []
    answer = ("Pendekatan layanan adalah cara cascading tidak langsung bagi tim kerja yang menjalankan fungsi pendukung "
              "(supporting) atau yang kinerjanya tidak tercantum di DIPA; tim itu memakai pendekatan layanan.")
    assert restated(question, answer) == "Ya." and contradicted(question, answer) == ""


def test_a_negation_in_a_condition_clause_or_a_relative_clause_leaves_the_claim_readable():
    # «kalo …, itu …»: the clause the comma closes is the case, its «ga» denies nothing of what follows
    question = "kalo tim sy kerjaannya supporting & ga ada di DIPA, itu masuknya direct cascading ya?"
    assert claim(question) is not None
    answer = ("Pendekatan layanan adalah cara cascading tidak langsung bagi tim kerja yang menjalankan fungsi pendukung "
              "(supporting) atau yang kinerjanya tidak tercantum di DIPA.")
    assert contradicted(question, answer) == "Tidak."
    # «yg kinerjanya ga …»: a relative clause a word or two before its negation
    assert claim("pendekatan layanan dipake buat tim yg kinerjanya ga ada di DIPA kan?") is not None
    # a condition never closed by a comma, or a second negation outside the clause, still denies
    assert claim("kalo gitu SKP sy ga bisa diubah ya?") is None
    assert claim("SKP yg ga ada CL itu ga bisa diubah ya?") is None


def test_a_claims_checkable_parts_are_held_against_a_sentence_holding_the_rest_of_it():
    answer = ("Pendekatan layanan adalah cara cascading tidak langsung bagi tim kerja yang menjalankan fungsi pendukung "
              "(supporting) atau yang kinerjanya tidak tercantum di DIPA.")
    # another member of the family the claim names, in a sentence holding the rest of the claim
    assert contradicted("pendekatan output antara itu dipake buat tim supporting yg kinerjanya ga ada di DIPA kan?",
                        answer) == "Tidak."
    # the claim's own member: no «Tidak.» (and no «Ya.» from the parts alone)
    assert contradicted("pendekatan layanan dipake buat tim supporting yg kinerjanya ada di DIPA kan?", answer) == ""
    # a sentence about something else names another member in passing: it answers nothing
    assert contradicted("pendekatan output antara dipake buat tim supporting kan?",
                        "Rapat koordinasi memakai pendekatan layanan.") == ""
    # more members than a claim saying «only»
    listed = ("Aspek indikator menunjukkan sisi hasil kerja yang diukur sebuah IKI dan terdiri atas empat pilihan, "
              "yaitu kuantitas, kualitas, waktu, dan biaya.")
    assert contradicted("aspek indikator itu kuantitas sama kualitas doang?", listed) == "Tidak."
    assert contradicted("aspek indikator itu kuantitas sama kualitas ya?", listed) == ""


def test_a_claimed_date_of_a_year_is_held_against_the_clause_naming_that_year():
    answer = ("Menurut PermenPANRB 6/2022, SKP ditandatangani pegawai dan ditetapkan pimpinan paling lambat akhir Januari "
              "tahun berjalan, sedangkan untuk 2026 Surat Sekjen Kemenkes memberi batas penyusunan SKP sampai 8 Februari "
              "2026.")
    assert contradicted("sy staf biasa. deadline nyusun SKP 2026 itu akhir januari 2026 kan?", answer) == "Tidak."
    assert contradicted("deadline SKP itu akhir januari kan?", answer) == ""  # no year: both dates stand
    assert contradicted("rapat tim 2026 mulai januari kan?", answer) == ""  # the year's clause is about another thing


def test_a_claim_denying_one_word_is_held_with_the_term_it_denies_it_of():
    question = "SKP itu kaku ya, dr awal sampe akhir tahun ga bisa diubah2?"
    assert denial(question) == ["skp", "diubah2"]
    assert contradicted(question, "SKP boleh diubah pada tahun berjalan bila strategi berubah.") == "Tidak."
    assert contradicted(question, "Rencana hasil kerja boleh diubah pada tahun berjalan.") == ""
    assert contradicted(question, "SKP tidak boleh diubah sembarangan.") == ""


def test_a_claim_the_chosen_answer_holds_no_evidence_on_is_led_by_a_near_answer_that_agrees():
    from bot.retrieval.answer import Told
    from bot.retrieval.answer_choice import _led_near
    from bot.retrieval.claims import claim_lead

    question = "SKP itu kaku ya, dr awal sampe akhir tahun ga bisa diubah2?"
    chosen = Told("Pengelolaan kinerja terdiri atas empat tahap sampai akhir tahun.", "s")
    changed = Told("SKP boleh diubah pada tahun berjalan bila strategi berubah.", "s")
    scored = [(2.0, "a@1", chosen), (1.8, "b@1", changed)]
    near = _led_near(question, scored, chosen, lambda text: claim_lead(question, text))
    assert near.text == changed.text and near.lead == "Tidak."
    # too far below the best, or a near answer leading the other way: the chosen answer, with no lead
    assert _led_near(question, [(2.0, "a@1", chosen), (1.0, "b@1", changed)], chosen,
                     lambda text: claim_lead(question, text)) == chosen
    leads = {changed.text: "Tidak.", "SKP tetap sampai akhir tahun.": "Ya."}
    both = [*scored, (1.9, "c@1", Told("SKP tetap sampai akhir tahun.", "s"))]
    assert _led_near(question, both, chosen, lambda text: leads.get(text, "")) == chosen
    # a sentence after the one asking tells the asker's case: the terms it names are no terms of the claim
    told = "bobot Beyond 20% ya? atasan sy bilang ketua tim wajib Beyond 50%"
    example = Told("Dalam contoh SKP ketua tim SBBL, satu IKI Beyond berbobot 20%.", "s")
    total = Told("Total bobot IKI Core 100% dan bobot Beyond 20%.", "s")
    near = _led_near(told, [(2.0, "a@1", example), (1.8, "b@1", total)], example, lambda text: "Ya." if text == total.text else "")
    assert near.text == total.text and near.lead == "Ya."


def test_a_near_answer_about_the_claims_subject_is_read_whatever_words_it_holds():
    from bot.retrieval.answer import Told
    from bot.retrieval.answer_choice import _led_near
    from bot.retrieval.claims import claim_lead, claim_subject

    question = "sy staf, catatan harian itu cukup diisi pas mau akhir triwulan aja kan kak?"
    assert claim_subject(question) == "logbook"
    chosen = Told("Realisasi IKI dilaporkan berurutan: catat realisasi tiap IKI per triwulan sesuai trajectory targetnya, "
                  "dengan catatan harian dan bukti dukung sebagai dasarnya.", "s")
    about = Told("Catatan harian (logbook) adalah rekaman uraian kegiatan yang dikerjakan pegawai setiap hari.", "s")
    assert words_held(question, about.text) < words_held(question, chosen.text)
    near = _led_near(question, [(2.0, "a@1", chosen), (1.7, "b@1", about)], chosen,
                     lambda text: claim_lead(question, text))
    assert near.text == about.text and near.lead == "Tidak."  # «akhir triwulan» is quarterly, not daily
    # the chosen answer about the subject already, or the near one naming it after another term: not read
    other = Told("Catatan harian diisi di e-Kinerja; rekap realisasi tiap triwulan dilaporkan ke atasan.", "s")
    assert _led_near(question, [(2.0, "a@1", other), (1.7, "b@1", about)], other,
                     lambda text: "Tidak." if text == about.text else "") == other
    aside = Told("Dialog kinerja membahas rencana aksi dan catatan harian setiap hari.", "s")
    assert _led_near(question, [(2.0, "a@1", chosen), (1.7, "b@1", aside)], chosen,
                     lambda text: "Tidak." if text == aside.text else "") == chosen


def test_a_meaning_claimed_is_led_by_the_glossary_line_that_restates_it(shared_retriever):
    answer = shared_retriever.ask("MPPH itu artinya tabel pembagian peran hasil pegawai ya?").answer
    assert answer.startswith("Ya. ") and "Matriks Pembagian Peran dan Hasil" in answer
    # renkin is rencana kinerja (search.yaml claim.synonyms)
    assert shared_retriever.ask("direct cascading artinya renkin tim berkontribusi langsung ke renkin atasan?"
                                ).answer.startswith("Ya. ")


def test_a_claim_denying_itself_gets_its_lead_through_the_retriever(shared_retriever):
    answer = shared_retriever.ask("target di SKP cukup angka akhir tahun doang, ga perlu trajectory bulanan?").answer
    assert answer.startswith("Tidak. ") and "trajectory" in answer.lower()


def test_a_claim_contrasting_two_opposites_is_held_against_the_change_the_answer_tells():
    answer = "Sekjen meminta penyusunan indikator beralih dari pola bottom-up (disusun dari bawah) ke top-down, yaitu dari atas."
    assert contradicted("emang skrg cascading kinerja top down, bukan bottom up lg?", answer) == "Ya."
    assert contradicted("cascading skrg bottom up kan, bukan top down?", answer) == "Tidak."
    # no change told, or «bukan» contrasting no pair of opposites: no lead
    assert contradicted("cascading skrg top down, bukan bottom up?", "Cascading memakai pola top-down dan bottom-up.") == ""
    assert contrast("IKI itu output, bukan laporan kan?") is None


def test_a_claim_naming_one_side_of_a_pair_is_held_against_the_change_the_answer_tells():
    answer = "Sekjen meminta penyusunan indikator beralih dari pola bottom-up (disusun dari bawah) ke top-down."
    assert contradicted("cascading di kemenkes sekarang top down ya?", answer) == "Ya."
    assert contradicted("cascading di kemenkes sekarang bottom up ya?", answer) == "Tidak."
    assert contradicted("cascading sekarang top down ya?", "Cascading memakai pola top-down dan bottom-up.") == ""


def test_a_claim_approving_what_the_answer_forbids_is_denied():
    answer = "IKI tidak boleh berupa jumlah laporan, jumlah dokumen, atau hitungan aktivitas. IKI harus berbasis output."
    assert contradicted("bener ga IKI yg isinya jumlah laporan / jumlah dokumen itu udah sesuai arahan?", answer) == "Tidak."
    # approving nothing, or only the forbidding sentence's subject and a word after it: no lead
    assert contradicted("bener ga IKI yg isinya jumlah laporan / jumlah dokumen?", answer) == ""
    assert contradicted("IKI berbasis output udah sesuai kan?", answer) == ""


# dev11: a definition cue in chat spelling, a PK mark named in words, lodging and PPPK recruitment, the cascade from an
# organisation's IKK to one's IKI, and the target read as a minimum --------------------------------------------------
@pytest.mark.parametrize("question, term", [("apa yg dimaksud IKD?", "IKD"), ("yg dimaksud dgn MI apa", "Core MI")])
def test_a_definition_cue_in_chat_spelling_answers_with_the_meaning(question, term):
    told = from_glossary(question)
    assert told is not None and told.terms == (term,)


def test_a_pk_mark_named_in_words_is_the_contributor_or_collaborator_term():
    assert [t.name for t in terms_in("maksudnya indikator yg ada tanda bintang dua di PK itu apa?")][0] \
        == "kontributor dan kolaborator"


@pytest.mark.parametrize("question", ["Can you recommend a good hotel near the Kemenkes office for our workshop?",
                                      "kapan pengumuman seleksi PPPK tahap 2 tahun ini?"])
def test_lodging_and_pppk_recruitment_are_outside_the_guidance(question):
    assert names_outside_topic(question)


def test_turning_the_unit_ikk_into_ones_iki_gets_the_prima_steps(shared_retriever):
    answer = shared_retriever.ask("mulai dr mana ya nurunin IKK unit sy ke IKI pegawai?").answer
    assert "Pahami" in answer and "SMART-C" in answer


def test_a_target_asked_as_a_minimum_or_maximum_gets_the_target_meaning_not_the_iki_count(shared_retriever):
    assert "standar minimal" in shared_retriever.ask("target IKI itu standar minimal kan, bukan maksimal?").answer


def test_a_claim_contrasting_two_opposites_is_held_against_the_one_side_an_answer_states():
    answer = "Target IKI dalam SKP adalah standar minimal capaian yang harus dipenuhi selama satu tahun."
    assert contradicted("target IKI itu standar minimal kan, bukan maksimal?", answer) == "Ya."
    assert contradicted("target SKP itu standar maksimal, bukan minimal kan?", answer) == "Tidak."
    # an answer stating both sides says neither
    assert contradicted("target IKI standar minimal, bukan maksimal?", "Paling sedikit 5 dan paling banyak 10 IKI.") == ""


@pytest.mark.parametrize("question", ["MPPH itu artinya tabel yang memetakan peran hasil setiap pegawai ya?",
                                      "logbook itu maksudnya catatan harian kegiatan pegawai kan?"])
def test_a_meaning_restated_to_be_confirmed_is_led_yes(shared_retriever, question):
    assert shared_retriever.ask(question).answer.startswith("Ya. ")


# Which passage a list, how-to or yes-no question gets (dev9) ----------------------------------------------------
def test_a_word_doubled_by_a_2_is_read_as_the_word():
    assert respelled("cara2 bagi peran di MPPH apa aja?").startswith("cara bagi")
    assert respelled("langkah2nya gmn").startswith("langkahnya")
    assert "howto" in wanted_kinds(respelled("cara2 bagi peran di MPPH apa aja?"))
    assert respelled("P2 dan IKK2026") == "P2 dan IKK2026"  # codes keep their digits


def test_a_meaning_cue_pointing_back_at_a_how_to_is_no_glossary_question():
    assert from_glossary("how do I fill in the rencana aksi? what is it based on?") is None
    assert from_glossary("what is rencana aksi?") is not None  # a meaning cue naming its term still is


def test_a_list_of_a_term_is_told_from_one_naming_it_among_items():
    assert lists_of("Perilaku kerja memuat tujuh core value ASN BerAKHLAK, yaitu Berorientasi Pelayanan, Akuntabel",
                    {"BerAKHLAK"})
    assert not lists_of("Perilaku kerja pada SKP pimpinan memuat sikap kerja, nilai BerAKHLAK, serta ekspektasi",
                        {"BerAKHLAK"})


def test_a_list_question_gets_the_list_of_the_term_it_names_not_one_naming_it_among_items():
    from bot.retrieval.answer_choice import _list_of_asked

    among = (2.8, "a", Told("Perilaku kerja pada SKP pimpinan memuat sikap yang seharusnya, nilai BerAKHLAK, serta "
                            "ekspektasi khusus pimpinan.", ""))
    of = (2.7, "b", Told("Perilaku kerja dalam SKP memuat tujuh core value ASN BerAKHLAK, yaitu Berorientasi "
                         "Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, dan Kolaboratif.", ""))
    assert _list_of_asked("sebutin dong nilai BerAKHLAK di perilaku kerja", [among, of])[0] is of
    # the best is about the term itself (its first clause names it): nothing moves
    about = (2.8, "c", Told("Dukungan sumber daya di lampiran SKP berisi kebutuhan pegawai, yaitu SDM, anggaran", ""))
    whole = (2.5, "d", Told("Lampiran SKP memuat tiga bagian, yaitu dukungan sumber daya, skema "
                            "pertanggungjawaban, dan konsekuensi.", ""))
    assert _list_of_asked("lampiran SKP bagian dukungan sumber daya diisi apa aja", [about, whole])[0] is about


def test_a_yes_no_question_is_about_the_terms_of_its_asking_sentence_not_the_context_after_it():
    from bot.retrieval.answer_choice import _naming_first

    all_staff = (2.1, "a", Told("Indeks Profesionalitas ASN wajib menjadi IKI bagi seluruh ASN non pimpinan.", ""))
    example = (1.8, "b", Told("IKI Nilai IP ASN berbobot 10%; di contoh SKP ketua tim SBBL pun Nilai IP ASN "
                              "berbobot 10%.", ""))
    question = "emang IP ASN hrs masuk ke SKP semua staf non pimpinan? sy kira cuma buat katim"
    assert _naming_first(question, [all_staff, example])[0] is all_staff
    assert _naming_first("IP ASN ketua tim wajib ga?", [all_staff, example])[0] is example


@pytest.mark.parametrize("question, wanted", [
    ("gmn cara nentuin target IKI?", ["baseline", "arahan pimpinan"]),  # the steps name PermenPANRB 8/2021's bases
    ("sy dimutasi, prosedur ubah SKP gmn?", ["dialog kinerja", "pemutakhiran"]),
])
def test_the_steps_name_what_their_passage_names(shared_retriever, question, wanted):
    answer = shared_retriever.ask(question).answer
    assert all(contains(answer, w) for w in wanted), answer


def test_who_asks_for_a_task_is_not_what_the_how_to_is_about():
    assert how_objects("katim sy nyuruh sy bikin draft MPPH utk tim, langkahnya gmn?") == ["MPPH"]
    assert how_objects("gmn cara ketua tim bikin MPPH?") == ["ketua tim", "MPPH"]  # the one doing it stays
    assert how_objects("katim nyuruh, gmn caranya?") == ["ketua tim"]  # nothing else named: kept


def test_an_answer_for_both_cases_gives_way_to_one_for_the_case_asked():
    from bot.retrieval.answer_choice import _one_way_first

    both = (2.5, "a", Told("Ketua tim tanpa IKI cascading langsung memakai pola TUSI 90% dan MI 10%, sedangkan "
                           "anggota yang memegang IKI cascading langsung memakai pola CL 50%.", ""))
    one = (2.35, "b", Told("Bobot IKI bagi pegawai tanpa cascading langsung ke Renstra adalah Core TUSI 90% dan "
                           "Core MI 10%.", ""))
    other = (2.4, "c", Told("Bobot IKI Beyond 20% di atas 100%.", ""))  # denies nothing the question denies
    question = "katim sy ga punya cascading langsung ke renstra, bobot IKI nya gmn?"
    assert _one_way_first(question, [both, other, one])[0] is one
    assert _one_way_first("bobot IKI katim gmn?", [both, other, one])[0] is both  # no case denied: nothing moves


def test_an_active_verb_a_few_words_before_how_asks_for_the_way():
    assert "howto" in wanted_kinds(respelled("mau sy bagi ke 2 sub tim per wilayah, nulis IKI nya gmn?"))
    assert "howto" not in wanted_kinds(respelled("IKI CL nya gmn?"))


def test_a_claim_said_with_a_spoken_in_verb_is_read_as_its_written_verb():
    from bot.lang.words import spoken_root

    assert (spoken_root("nurunin"), spoken_root("nyepakatin"), spoken_root("kemarin")) == ("turun", "pakat", None)
    answer = "Dalam dialog kinerja, pimpinan dan pegawai menyepakati IKI beserta targetnya."
    assert restated("di dialog kinerja pimpinan sama pegawai nyepakatin IKI kan?", answer) == "Ya."


def test_a_restatement_is_held_in_one_sentence_and_not_by_a_function_word():
    scattered = "Total bobot IKI Core 100% dan bobot Beyond 20%; bobot tiap kelompok lalu dibagi ke masing-masing IKI."
    assert restated("Beyond IKI itu bagian dari Core IKI kan?", scattered) == ""
    preposition = "IKI Beyond memberi nilai tambah di atas IKI Core, berupa inisiatif yang berarti bagi kinerja organisasi."
    assert restated("Beyond IKI itu bagian dari Core IKI kan?", preposition) == ""
    assert restated("Beyond IKI itu bagian dari Core IKI kan?", "IKI Beyond adalah bagian dari IKI Core.") == "Ya."


def test_a_value_after_a_relative_clause_closed_by_itu_is_not_the_clause_terms():
    answer = ("Ketua tim tanpa IKI cascading langsung memakai pola bobot TUSI 90% dan MI 10%, sedangkan anggota yang "
              "memegang IKI cascading langsung memakai pola CL 50%, TUSI 40%, dan MI 10%.")
    assert value_lead("bobot TUSI buat katim yg punya cascading langsung itu 50% kan?", answer) == ""
    assert value_lead("anggota yg punya cascading langsung pake CL 50% ya?", answer) == "Ya."


def test_a_predicate_claimed_to_hold_only_so_is_not_confirmed_by_stating_it(shared_retriever):
    from bot.retrieval.yes_no import only_predicate

    assert only_predicate("IP ASN cuma wajib buat pimpinan, staf ga perlu kan?", "wajib")
    assert not only_predicate("IP ASN wajib buat staf kan?", "wajib")
    assert not shared_retriever.ask("IP ASN cuma wajib buat pimpinan, staf ga perlu kan?").answer.startswith("Ya.")


def test_a_claimed_count_of_a_term_is_held_against_the_count_the_answer_writes_before_it():
    answer = ("Renstra Kemenkes 2025–2029 memuat 6 Indikator Tujuan (IT), 33 Indikator Sasaran Strategis (ISS) dan "
              "315 Indikator Kinerja Kegiatan (IKK).")
    assert contradicted("renstra kemenkes 2025-2029 punya 10 IT ya?", answer) == "Tidak."
    assert contradicted("renstra kemenkes 2025-2029 isinya 315 IKK ya?", answer) == "Ya."
    # a count after a limit is the limit, not the count of what the user holds
    assert contradicted("tim sy punya 12 IKI ya?", "Pegawai memiliki paling banyak 10 IKI.") == ""


def test_a_bare_bener_ga_after_a_sentence_asks_to_confirm_that_sentence():
    answer = "SKP pimpinan memakai empat perspektif, yaitu Penerima Layanan, Penguatan Internal, Proses Bisnis, dan Anggaran."
    question = "SKP pimpinan pakai empat perspektif: penerima layanan, penguatan internal, proses bisnis, anggaran. bener ga?"
    assert claim(question) is not None
    assert restated(question, answer) == "Ya."


def test_a_denial_asked_with_bener_ga_and_held_until_a_time_is_read_by_what_it_denies():
    # the opener's «ga» asks; «sampe akhir tahun» is how long, not what is denied
    question = "bener ga SKP yg udh ditetapkan ga bisa diubah lg sampe akhir tahun?"
    assert denial(question) == ["skp", "diubah"]
    assert contradicted(question, "SKP boleh diubah pada tahun berjalan bila strategi organisasi berubah.") == "Tidak."


def test_bs_is_read_as_bisa():
    assert yes_no_predicate(respelled("MPPH bs dibikin 2 tingkat ga sih?")) == "boleh"


def test_a_list_claimed_to_be_all_is_denied_by_a_larger_count_spelled_out():
    answer = "SKP pimpinan memakai empat perspektif, yaitu Penerima Layanan, Penguatan Internal, Proses Bisnis, dan Anggaran."
    assert contradicted("perspektif SKP pimpinan cuma pengguna layanan sama anggaran aja?", answer) == "Tidak."
    assert contradicted("perspektif SKP pimpinan cuma pengguna layanan sama anggaran aja?",
                        "Perspektif SKP pimpinan: bobot anggaran 10%.") == ""


@pytest.mark.parametrize("question, told, not_told", [
    ("ngomong2 gaji pppk naik ga?", "di luar pedoman", "Bantuan untuk langkah ini"),  # tester10 #10, s5.txt:22
    ("boleh ga baseline dikosongin?", "Tentang baseline: Data awal (baseline)", "Bantuan untuk langkah ini"),  # s1:15
])
def test_a_question_about_another_topic_inside_a_step_never_gets_this_step_s_help(engine, question, told, not_told):
    """tester10 #10: at the cascading question «boleh ga baseline dikosongin?» got the cascading help, and «gaji
    pppk naik ga?» the role help: a question naming another step's topic gets that help, one outside the guidance
    is told so; the open question is asked again after it."""
    user = "u-other-" + question[:6]
    _to_cascading_question(engine, user)
    replies = engine.handle(user, question)
    assert told in said(replies) and not_told not in said(replies)
    assert "berkontribusi langsung" in replies[-1].text


@pytest.mark.parametrize("question", ["lho kok gitu, aturan darimana itu iki harus output?",
                                      "iki harus output, aturannya dari mana?"])
def test_where_a_rule_comes_from_is_answered_with_its_source_never_led_yes_or_no(question, shared_retriever):
    """tester16b #7: a skeptic's «aturan darimana itu iki harus output?» was led «Tidak.» with the output-antara steps."""
    answer = shared_retriever.ask(question).answer
    assert "Surat Sekretaris Jenderal" in answer and not answer.startswith(("Ya.", "Tidak."))


@pytest.mark.parametrize("question", ["apakah bobot harus pas 100?", "bobot hrs pas 100 ga?"])
def test_a_chat_word_no_passage_holds_never_turns_a_guidance_question_away(question, shared_retriever):
    """tester16b #6: «apakah bobot harus pas 100?» was declined as outside the guidance: «pas», held by no passage,
    lowered the share of the question's words the answers hold."""
    answer = shared_retriever.ask(question).answer
    assert "di luar pedoman" not in answer and "120%" in answer


@pytest.mark.parametrize("question", ["IKI sy harus berapa sih?", "iki sy hrs brp", "IKI saya idealnya berapa?",
                                      "harus berapa biji iki nya kak", "berapa iki yg hrs sy buat"])
def test_how_many_iki_however_it_is_spelled_gets_the_count(question, shared_retriever):
    """Issue 16's own blocker example, still failing with the chat's «sy» (tester11 #3): «berapa» a few filler words
    after a term asks how many of it (search.yaml answers.count_asked)."""
    answer = shared_retriever.ask(question).answer
    assert "paling sedikit 5" in answer and "isian wajib" not in answer


def test_a_term_measured_by_a_noun_between_is_not_a_count():
    from bot.retrieval.limits import count_asked

    assert count_asked("bobot IKI berapa?") == "bobot IKI berapa?"
    # the modal beside the count says nothing of what is counted (q58: «wajib» drew «tujuh isian wajib»)
    assert count_asked("IKI sy harus berapa sih?") == "jumlah IKI sy berapa sih?"
    assert count_asked("harus berapa biji iki nya?") == "berapa biji jumlah iki nya?"  # tester16 #1


def test_a_maker_of_the_rules_is_another_employer_only_as_a_workplace():
    assert names_outside_topic("pegawai BKN IKI nya ada berapa?")
    assert names_outside_topic("di KemenPAN-RB SKP nya pake e-kinerja jg?")
    assert not names_outside_topic("menurut BKN IKI dibatasi berapa?")
    assert not names_outside_topic("aturan KemenPAN RB soal SKP apa?")


@pytest.mark.parametrize("question", ["jadwal ukom JF perawat kapan ya?", "mau beli laptop, spek yg cocok apa?"])
def test_a_career_exam_or_ones_own_equipment_is_outside_the_guidance(question):
    assert names_outside_topic(question)


def test_a_chat_verb_with_a_bare_nasal_prefix_is_an_active_verb():
    from bot.lang.words import spoken_active

    assert (spoken_active("ngebahasnya"), spoken_active("nyusun"), spoken_active("nyata")) == ("bahas", "susun", None)
    assert spoken_active("nggak") is None
    assert "howto" in wanted_kinds(respelled("capaian sy tertinggal, gmn ngebahasnya?"))


def test_a_how_to_object_written_with_nya_attached_is_still_its_task():
    assert how_objects("RHK sy udh ada. gmn cara nyusun rencana aksinya?") == ["rencana aksi"]


def test_a_frequency_is_a_named_time():
    assert fits("Progres kinerja dilaporkan secara berkala.", "date")
    assert not fits("Progres kinerja dilaporkan kepada atasan.", "date")


def test_steps_asked_about_a_quoted_case_add_the_guidance_example_holding_it(shared_retriever):
    answer = shared_retriever.ask("atasan sy cuma minta 'laporan bulanan tepat waktu'. gmn cara klarifikasi ekspektasi nya?")
    assert answer.answer.startswith("Klarifikasi ekspektasi") and contains(answer.answer, "tanggal 5")
    assert not contains(shared_retriever.ask("gmn cara klarifikasi ekspektasi nya?").answer, "tanggal 5")


def test_who_asks_is_left_out_of_what_is_asked_but_not_what_the_guidance_answers_apart():
    from bot.retrieval.question_parts import without_introduction, without_persona

    assert without_persona("sy bidan di RS daerah, cara nyusun rencana aksi gmn?") == "sy bidan, cara nyusun rencana aksi gmn?"
    assert without_persona("sy anggota timker di dit. gizi, IKI sy ada 12") == "sy anggota timker, IKI sy ada 12"
    kept = ["sy staf di UPT, unit sy ga punya IKK", "sy anggota tim tp IKI sy nyambung langsung ke IKK renstra",
            "sy staf biasa bukan pimpinan, IKI sy 7", "sy staf yg ngurus logbook tim, gmn ngisinya?"]
    assert [without_persona(q) for q in kept] == kept
    assert without_introduction("sy ketua tim, beda core sama beyond apa?") == ", beda core sama beyond apa?"


def test_a_persona_neither_sways_the_answer_nor_is_compared(shared_retriever):
    listed = shared_retriever.ask("sy bidan di RS daerah, cara bagi peran waktu cascading ada apa aja? yg pembagian2 itu loh")
    assert all(contains(listed.answer, w) for w in ("aspek", "wilayah", "beban kuantitatif"))
    compared = shared_retriever.ask("sy ketua tim, beda core sama beyond apa?").answer
    assert compared.startswith("IKI Core") and contains(compared, "beyond")


def test_a_figure_told_before_asking_is_not_the_figure_asked(shared_retriever):
    from bot.retrieval.outside_guidance import figures_told

    assert figures_told("setjen kan ada 13 unit eselon II. IKK setjen di renstra totalnya brp?") == {"13"}
    assert figures_told("IKK setjen ada 38, eselon II nya brp?") == set()  # told in the asking sentence itself
    answer = shared_retriever.ask("setjen kan ada 13 unit eselon II. IKK setjen di renstra totalnya brp?").answer
    assert answer.startswith("Menurut PMK 12/2025, jumlah IKK per unit") and contains(answer, "38")


def test_a_chat_filler_is_no_subject_of_a_short_question(shared_retriever):
    assert shared_retriever.ask("PRIMA tuh langkahnya apa aja?").answer.startswith("Lima tahap PRIMA")


def test_a_claim_to_confirm_is_read_with_who_asks(shared_retriever):
    question = ("sy pranata lab di BBLK Surabaya, IKI sy jd 12 krn jenis pemeriksaannya bnyk. yg lebih dr 10 gitu hrs "
                "adjustment dulu sm eselon 1 ya?")
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Ya.") and contains(answer, "eselon")


@pytest.mark.parametrize(("question", "lead", "must"), [
    ("do I have to put IP ASN in my IKI as non-leader staff?", "Ya. ", "non pimpinan"),
    ("is dialog kinerja only held at the start, when we draft the SKP?", "Tidak. ", "tidak hanya"),
    ("what's the latest date to draft the SKP 2026?", "", "8 Februari"),
    ("what's the difference between a 1 level and a 2 level MPPH?", "", "2 tingkat"),
    # «direct cascading» to the Renstra is Core CL's «cascading langsung», and «with no» denies it: never «Ya.»
    ("do team members with no direct cascading to the Renstra have to use the 50/40/10 weights?", "Tidak. ", "90%"),
])
def test_an_english_question_is_answered_as_its_indonesian_twin(shared_retriever, question, lead, must):
    answer = shared_retriever.ask(question).answer
    assert answer.startswith(lead) and must in answer


@pytest.mark.parametrize("question", [
    "ketua tim nih, IKI sy 'persentase rekomendasi monev SBBL yg ditindaklanjuti' targetnya 85%, anggota 3 org. cara "
    "bagi ke mereka gmn?",
    "IKI tim kami 'persentase rekomendasi hasil monev SBBL yang ditindaklanjuti' target 75%, anggotanya 5 orang. gimana "
    "cara membagi ke mereka?",
])
def test_a_how_to_quoting_its_case_gets_the_steps_not_the_example_holding_the_quote(shared_retriever, question):
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Ketua tim menurunkan IKI-nya ke anggota") and "Contoh perbaikan" not in answer


def test_another_ministry_named_in_full_is_another_employer():
    assert names_outside_topic("pegawai Kementerian Perhubungan IKI nya ada berapa?")
    assert names_outside_topic("di kementerian PU bobot core brp?")
    assert not names_outside_topic("penjenjangan kinerja dari tingkat kementerian sampai pegawai gmn?")
    assert not names_outside_topic("IKI pegawai Kementerian Kesehatan ada berapa jenis?")
    assert not names_outside_topic("sy pindahan dr kementerian agama, SKP nya beda ga?")


def test_roles_one_after_another_are_one_role_of_the_asker():
    from bot.retrieval.question_parts import without_persona

    assert without_persona("sy JF analis di dit. gizi, cara nyusun IKI gmn?") == "sy JF analis, cara nyusun IKI gmn?"


def test_a_chat_verb_of_counting_asks_how(shared_retriever):
    assert "howto" in wanted_kinds(respelled("realisasi IKI ngitungnya gmn?"))
    answer = shared_retriever.ask("sy JF perawat di poli gigi RSUD, capaian IKI ngitungnya gmn?").answer
    assert contains(answer, "dibagi target")


def test_a_question_for_the_kinds_of_a_thing_gets_the_list_of_those_kinds(shared_retriever):
    from bot.retrieval.question_parts import kinds_listed

    ways = "Cascading dibagi dengan tiga cara, yaitu pembagian aspek, pembagian wilayah, dan pembagian beban kuantitatif."
    assert kinds_listed("jenis pembagian peran apa aja?", ways)
    assert not kinds_listed("jenis pembagian peran apa aja?", "Tujuan MPPH ada empat, yaitu kejelasan peran, akuntabilitas.")
    assert not kinds_listed("pembagian peran apa aja?", ways)  # no kind asked for
    answer = shared_retriever.ask("sebutkan jenis-jenis pembagian peran dalam MPPH").answer
    assert all(contains(answer, w) for w in ("aspek", "wilayah", "beban kuantitatif"))


def test_what_is_clarified_in_a_dialog_with_ones_leader_is_its_three_things(shared_retriever):
    answer = shared_retriever.ask("mau dialog kinerja sm atasan, apa aja yg diklarifikasi?").answer
    assert answer.startswith("Dalam klarifikasi ekspektasi, pimpinan memperjelas tiga hal")


@pytest.mark.parametrize("question, lead", [
    ("sy anggota, ga punya IKI cascading langsung ke renstra. bobot TUSI sy 40% kan?", "Tidak."),
    ("pegawai yg tdk ada cascading langsung, core TUSI nya 40% ya?", "Tidak."),
])
def test_a_value_given_under_the_condition_the_question_denies_is_not_its_value(shared_retriever, question, lead):
    assert shared_retriever.ask(question).answer.startswith(f"{lead} ")


@pytest.mark.parametrize("question, lead, wanted", [
    ("MPPH bisa dibuat 2 tingkat ga? dr kepala balai ke katim trus ke anggota", "Ya.", "2 tingkat"),
])
def test_the_guidance_answers_these_yes_no_questions_in_words_that_lead(shared_retriever, question, lead, wanted):
    answer = shared_retriever.ask(question).answer
    assert answer.startswith(f"{lead} ") and contains(answer, wanted)


def test_an_answer_denying_the_claims_predicate_restates_nothing():
    from bot.retrieval.claims import restated
    question = "sy katim, deadline mepet. boleh sy tentuin IKI anggota sendiri tanpa dialog kinerja?"
    assert restated(question, "IKI anggota tidak boleh ditentukan sendiri tanpa dialog kinerja.") == ""


def test_a_share_claimed_for_each_one_is_not_confirmed_by_the_jenis_whole():
    from bot.retrieval.claims import contradicted
    question = "beyond sy ada 3, tiap IKI beyond bobotnya 20% kan?"
    whole = "Total bobot IKI Core selalu 100% dan bobot Beyond 20%, sehingga total bobot seluruh IKI dalam SKP 120%."
    assert contradicted(question, whole) != "Ya."


@pytest.mark.parametrize("question, wanted", [
    ("beda kaskade langsung sm tidak langsung apa kak", ["cascading langsung", "cascading tidak langsung"]),
])
def test_the_two_cascadings_are_compared_in_the_users_spelling(shared_retriever, question, wanted):
    answer = shared_retriever.ask(question).answer
    assert all(contains(answer, w) for w in wanted)


@pytest.mark.parametrize("question, wanted", [
    ("tolong sebutkan 5 tahap di PRIMA", ["pahami", "rumuskan", "identifikasi"]),
])
def test_a_list_asked_with_its_count_in_digits_is_the_whole_list(shared_retriever, question, wanted):
    answer = shared_retriever.ask(question).answer
    assert all(contains(answer, w) for w in wanted)


def test_a_count_in_digits_stays_a_figure_outside_a_list_question():
    assert respelled("sebutkan 5 tahap PRIMA") == "sebutkan lima tahap PRIMA"
    assert "5" in respelled("PRIMA itu 5 tahap kan?")


def test_what_the_asker_meant_opens_a_compare_that_answers_both_sides(shared_retriever):
    answer = shared_retriever.ask("bukan yg tadi, maksud saya beda cascading langsung dan cascading tidak langsung").answer
    assert contains(answer, "non-direct cascading") and contains(answer, "direct cascading (cascading langsung)")
    assert wanted_kinds("maksud sy beda CL dan TUSI") == [] and wanted_kinds("MI maksudnya apa") == ["definition"]


@pytest.mark.parametrize("typed", ["sebutin dong 5 tahap PRIMA", "tolong sebutkan tahapan PRIMA"])
def test_a_request_to_name_the_parts_is_asked_in_the_chat_never_checked_as_an_iki(engine, typed):
    """Review of round 42: «sebutin dong 5 tahap PRIMA» typed in the chat (not under /tanya) was checked as an IKI
    («tidak diawali kata ukuran»); «sebutkan/sebutin» ask, as «jelaskan» does (intent.yaml question_words)."""
    text = said(engine.handle("u", typed))
    assert "Pahami" in text and "Identifikasi" in text, text
    assert "kata ukuran" not in text and not engine.state("u").skp.iki
