"""Day-one losses of the fourth round (issue 16): the English note said once per flow, a question asked mid-step,
fields typed without separators («… kontrak 80 TUSI 20»), a list line naming the mandatory IKI, and a user who goes
on answering (a correction, a jenis, a data awal) while suggestions wait for a pick."""

import pytest

from bot.conversation import Engine
from bot.conversation.answers import answers_a_field, fields_in, without_lead_in
from bot.conversation.engine import IN_INDONESIAN
from bot.conversation.iki_list import read_list
from bot.models import Jenis
from tests.talk import said


def at_role_step(engine, user: str) -> None:
    engine.handle(user, "/prima")
    engine.press(user, "prima:skip")
    engine.press(user, "prima:skip")


def at_step_m(engine, user: str, direct: str = "0") -> None:
    at_role_step(engine, user)
    engine.press(user, "prima:role:anggota")
    engine.press(user, f"prima:direct:{direct}")


def test_the_english_note_is_said_once_per_flow(engine):
    user = "u-english"
    first = said(engine.handle(user, "hi, can I write my IKI in English?"))
    again = said(engine.handle(user, "what is IKK? I think faster in English"))
    # the answer to «can I write … in English?» is itself said in both languages: the note is not said again beside it
    assert first.count(" / ") == 1 and "written in Indonesian" in first and IN_INDONESIAN not in first
    assert IN_INDONESIAN not in again and "written in Indonesian" not in again
    engine.handle(user, "/prima")
    in_prima = said(engine.handle(user, "what's IKK? maksudnya?"))
    later = said(engine.handle(user, "health policy analysis for the minister"))
    assert IN_INDONESIAN in in_prima and IN_INDONESIAN not in later


def test_a_question_mid_message_at_the_role_step_is_answered_and_the_step_kept(engine):
    user = "u-role-question"
    at_role_step(engine, user)
    replies = engine.handle(user, "ketua tim = team lead? I'm just a member")
    text = said(replies)
    assert "Pilih salah satu tombol" not in text
    assert "ketua tim" in text.lower() and "Apa peran Anda di tim kerja?" in replies[-1].text
    assert engine.state(user).prima.step == "I"


@pytest.mark.parametrize("text, indikator, target, jenis, bobot", [
    ("Persentase nakes penugasan khusus yg bertahan sampai akhir kontrak 80 TUSI 20",
     "Persentase nakes penugasan khusus yg bertahan sampai akhir kontrak", 80, Jenis.core_tusi, 20),
    ("Persentase NSPK SBBL tersusun tepat waktu 100% CL 15", "Persentase NSPK SBBL tersusun tepat waktu", 100,
     Jenis.core_cl, 15),
    ("Persentase usulan penempatan yg diverifikasi maks 7 hari 90 TUSI", "Persentase usulan penempatan yg "
     "diverifikasi maks 7 hari", 90, Jenis.core_tusi, None),
])
def test_target_jenis_and_weight_typed_without_separators(text, indikator, target, jenis, bobot):
    typed = fields_in(text)
    assert typed.indikator == indikator and typed.target.value == target and typed.jenis is jenis
    assert (typed.bobot.value if typed.bobot else None) == bobot


def test_a_closing_word_that_looks_like_a_jenis_is_kept_without_a_number():
    assert fields_in("Persentase UMKM olahan mi").indikator == "Persentase UMKM olahan mi"


def test_a_list_line_keeps_its_jenis_and_weight_and_names_the_mandatory_iki():
    pasted = read_list("Persentase nakes penugasan khusus yg bertahan sampai akhir kontrak 80 TUSI 20, Persentase "
                       "usulan penempatan yg diverifikasi maks 7 hari 90 TUSI 20, IP ASN 85")
    first, second, mandatory = (line.listed for line in pasted.lines)
    assert (first.target, first.jenis, first.bobot) == ("80", Jenis.core_tusi, 20)
    assert second.jenis is Jenis.core_tusi and second.bobot == 20
    assert mandatory.text == "Nilai Indeks Profesionalitas ASN" and mandatory.target == "85"
    assert mandatory.jenis is Jenis.core_mi and not any(line.verdict.has_error for line in pasted.lines)


def test_a_list_in_prima_saves_each_line_with_its_jenis_and_weight(engine):
    user = "u-list-fields"
    at_step_m(engine, user, direct="1")
    engine.handle(user, "Persentase NSPK SBBL tersusun tepat waktu 100% CL 15, Persentase lokus target yg "
                        "menindaklanjuti rekomendasi advokasi 80% CL 15")
    for _ in range(4):  # the data awal of each, nothing else asked
        engine.press(user, "prima:nobaseline")
    iki = engine.state(user).skp.iki
    assert [(i.jenis, i.bobot) for i in iki] == [(Jenis.core_cl, 15), (Jenis.core_cl, 15)]


@pytest.mark.parametrize("text", ["eh salah, 90 aja", "Core TUSI", "TUSI jg, bobot 45",
                                  "baseline? ga tau jg kak, blm pernah diitung"])
def test_field_answers(text):
    assert answers_a_field(text)


@pytest.mark.parametrize("text", ["Persentase sampel yang diperiksa sesuai TAT", "kenapa harus pakai persentase?"])
def test_not_field_answers(text):
    assert not answers_a_field(text)


def test_a_lead_in_with_an_ordinal_is_not_part_of_the_work():
    assert without_lead_in("yg kedua: sampel yg diterima sesuai syarat penerimaan") == \
        "sampel yg diterima sesuai syarat penerimaan"
    assert without_lead_in("BMN: inventarisasi barang") == "BMN: inventarisasi barang"


def described_in_prima(engine, user: str) -> None:
    at_step_m(engine, user)
    replies = engine.handle(user, "bikin IKI soal sampel yg hasilnya keluar tepat waktu")
    assert engine.state(user).candidates, said(replies)


def test_going_on_after_the_suggestions_takes_the_first_one_in_prima(engine):
    user = "u-goes-on"
    described_in_prima(engine, user)
    engine.handle(user, "gatau, mungkin 70an")  # the target noted for the suggestion picked
    first = engine.state(user).candidates[0].indikator
    replies = engine.handle(user, "eh salah, 90 aja")  # a corrected target: which suggestion gets it is asked again
    assert "Target 90% saya catat. Usulan mana" in said(replies) and not engine.state(user).skp.iki
    replies = engine.handle(user, "Core TUSI")  # going on without a pick takes the first, with the corrected target
    assert "usulan 1" in said(replies)
    iki = engine.state(user).skp.iki[0]
    assert iki.indikator == first and iki.target == "90%" and iki.jenis is Jenis.core_tusi


def test_a_target_typed_with_a_description_waits_for_the_suggestion(engine):
    user = "u-described-target"
    at_step_m(engine, user)
    engine.handle(user, "Persentase hasil pemeriksaan sampel yang dilaporkan sesuai TAT, 90, TUSI, bobot 40")
    replies = engine.handle(user, "yg kedua: sampel yg diterima sesuai syarat penerimaan, seratus persen")
    assert "100" in said(replies) and engine.state(user).candidate_target
    engine.handle(user, "TUSI jg, bobot 45. trus IP ASN 85")
    iki = engine.state(user).skp.iki
    assert len(iki) == 3 and iki[1].jenis is Jenis.core_tusi and iki[1].bobot == 45
    assert iki[2].indikator == "Nilai Indeks Profesionalitas ASN"


def test_going_on_after_cek_suggestions_takes_the_first_one(engine):
    user = "u-goes-on-cek"
    engine.handle(user, "/cek Jumlah rapat rekonsiliasi dengan KPPN")
    assert engine.state(user).candidates
    engine.handle(user, "target 100%")
    replies = engine.handle(user, "ga jadi deh 90 aja")
    assert "Target 90% saya catat. Usulan mana" in said(replies) and not engine.state(user).skp.iki
    replies = engine.handle(user, "ya")  # going on without a pick takes the first, with the corrected target
    state = engine.state(user)
    assert "usulan 1" in said(replies) and len(state.skp.iki) == 1 and state.skp.iki[0].target == "90%"


def test_a_jenis_typed_with_no_iki_in_step_m_is_never_checked_as_an_iki(engine):
    user = "u-jenis-alone"
    at_step_m(engine, user)
    text = said(engine.handle(user, "Core TUSI"))
    assert "jenis IKI" in text and "kata ukuran" not in text and not engine.state(user).skp.iki


def test_a_jenis_typed_after_an_iki_was_saved_is_that_iki_s(engine):
    user = "u-jenis-saved"
    at_step_m(engine, user)
    engine.handle(user, "Persentase sampel yang diperiksa sesuai TAT, 80, TUSI, bobot 30")
    assert engine.state(user).skp.iki[0].bobot == 30
    text = said(engine.handle(user, "beyond 20"))
    iki = engine.state(user).skp.iki[0]
    assert "IKI ke-1" in text and iki.jenis is Jenis.beyond and iki.bobot == 20


def test_lewati_typed_at_step_one_skips_rather_than_searching(engine):
    user = "u-lewati"
    engine.handle(user, "/prima")
    engine.handle(user, "Lewati")
    assert engine.state(user).prima.step == "R" and engine.state(user).prima.indicator is None


def test_a_correction_at_the_weight_after_the_jenis_replaces_the_target(engine):
    user = "u-correct-at-weight"
    at_step_m(engine, user)
    engine.handle(user, "Persentase sampel yang diperiksa sesuai TAT, 80")
    engine.press(user, "prima:nobaseline")
    engine.press(user, "prima:jenis:core_tusi")
    text = said(engine.handle(user, "eh salah, 85 aja"))
    iki = engine.state(user).skp.iki[0]
    assert "Jawaban mana" not in text and iki.target == "85%" and iki.bobot is None


def test_iki_typed_ahead_with_targets_are_in_the_draft_before_the_first_is_done(engine):
    user = "u-saved-ahead"
    at_step_m(engine, user)
    engine.handle(user, "Persentase nakes penugasan khusus yg bertahan sampai akhir kontrak 80 TUSI 20, Persentase "
                        "usulan penempatan yg diverifikasi maks 7 hari 90 TUSI 20, IP ASN 85")
    iki = engine.state(user).skp.iki  # the user leaves at the first data awal question: nothing is lost
    assert [i.target for i in iki] == ["80%", "90%", "85"] and iki[2].jenis is Jenis.core_mi
    engine.press(user, "prima:nobaseline")  # the first is complete; the second is asked in place, not saved twice
    replies = engine.press(user, "prima:nobaseline")
    assert len(engine.state(user).skp.iki) == 3 and "IKI ke-3" in said(replies)


def test_the_mandatory_iki_beside_targets_for_a_list_is_no_list():
    assert read_list("7 itu 95%, 12 itu 80%, 18 targetnya 67,5 nilai, IP ASN 85") is None
    assert read_list("Persentase ketersediaan usulan BMHP pendukung SBBL 100% TUSI 40, IP ASN 85 MI 10") is not None


def test_a_deliverable_due_in_a_quarter_is_a_one_off_iki_without_a_jenis():
    from bot.conversation.one_off import named_iki

    _, draft = named_iki("integrasi data ILI-SARI ke dashboard SKDR, 1 dashboard selesai TW IV")
    assert draft.target == "1 dashboard" and draft.triwulan_selesai == 4 and draft.jenis is None
    assert "ILI-SARI" in draft.indikator
    assert named_iki("laporan TW III sudah 3 dokumen") is None  # work done, for the logbook
    assert named_iki("hari ini review 12 berkas usulan TW I") is None


@pytest.mark.parametrize("text, field, work", [
    ("sy jg PIC akreditasi ISO 17025, surveilans KAN bulan Oktober", "jenis",
     "PIC akreditasi ISO 17025, surveilans KAN bulan Oktober"),
    ("sama keluhan pelanggan lab, yg ditindaklanjuti", "jenis", "keluhan pelanggan lab, yg ditindaklanjuti"),
    ("bentar kak ada sampel masuk", "baseline", None),
    ("iya harus 100 kalo ga akreditasinya lepas", "jenis", None),
    ("Core TUSI", "jenis", None),
    ("udah kak, td sampe mana ya", "target", None),
])
def test_other_work_typed_while_a_field_is_asked(text, field, work):
    from bot.conversation.typed_work import new_work

    assert new_work(text, field) == work


def test_work_described_at_the_jenis_question_is_drafted_from(engine):
    user = "u-work-at-jenis"
    engine.handle(user, "/cek Persentase temuan asesmen KAN yg ditutup sebelum batas waktu, 100")
    engine.press(user, "fill:nobaseline")
    replies = engine.handle(user, "sama keluhan pelanggan lab, yg ditindaklanjuti")
    assert "Pilih salah satu tombol" not in said(replies) and engine.state(user).candidates
    engine.handle(user, "90")  # noted for the suggestions
    engine.handle(user, "IP ASN 85")  # on to the next IKI: the first suggestion is kept with its target
    iki = engine.state(user).skp.iki
    assert len(iki) == 3 and iki[1].target == "90%" and "keluhan pelanggan" in iki[1].indikator.lower()


def test_work_described_inside_prima_while_a_field_is_asked_is_drafted_from(engine):
    user = "u-work-in-prima"
    at_step_m(engine, user)
    engine.handle(user, "Persentase temuan asesmen KAN yg ditutup sebelum batas waktu, 100")
    replies = engine.handle(user, "sama keluhan pelanggan lab, yg ditindaklanjuti")
    state = engine.state(user)
    assert "IKI ke-1 tetap di draf" in said(replies) and state.candidates and state.prima.field == "indikator"
    assert len(state.skp.iki) == 1


def test_a_description_of_several_tasks_gets_a_suggestion_drafted_from_its_tasks(engine):
    user = "u-tasks"
    engine.handle(user, "tiap hari terima sampel dr puskesmas, periksa TB sama malaria, input hasil ke SILK")
    assert engine.state(user).candidates  # the rewriter has none for the whole description


def test_a_target_read_off_a_failing_iki_waits_for_the_suggestion_and_moving_on_keeps_it(engine):
    user = "u-target-read"
    engine.handle(user, "/cek yg hasil TB dilaporkan sesuai TAT, target 85")
    assert engine.state(user).candidate_target == "85"
    engine.handle(user, "sama yg input SILK, yg datanya lengkap gitu")  # other work: the first suggestion is kept
    iki = engine.state(user).skp.iki
    assert len(iki) == 1 and iki[0].target == "85%"


@pytest.mark.parametrize("text, command", [
    ("yaudah. /cek Jumlah rapat koordinasi yang difasilitasi", "/cek Jumlah rapat koordinasi yang difasilitasi"),
    ("whatever. /ikk vaccine cold chain", "/ikk vaccine cold chain"),
    ("eh iya double. /skp", "/skp"),
    ("tolong cek ini ya kak soalnya penting banget. /cek X", None),  # a sentence, not a lead-in
    ("ok /foo bar", None),  # no such command
    ("Persentase a/b yang dicek", None),
])
def test_a_command_after_a_few_words_of_lead_in_is_the_command(text, command):
    from bot.conversation.engine import _command_after_lead

    assert _command_after_lead(text) == command


def test_an_english_iki_with_no_indonesian_work_is_flagged_by_the_language_rule(engine):
    user = "u-english-iki"
    text = said(engine.handle(user, "/cek Number of temperature logs checked"))
    assert "Bahasa Indonesia" in text and "belum bisa membaca" not in text
    at_step_m(engine, "u-english-prima")
    text = said(engine.handle("u-english-prima", "Number of policy briefs produced, 12"))
    assert "bahasa Inggris" in text and "Saya perlu kalimat IKI" not in text


@pytest.mark.parametrize("text, route", [
    ("kok no 3 dibilang aktivitas? kan ada persentasenya", "question"),
    ("berapa ya targetnya? 80 aja", "question"),  # ends as it began: the question words still ask
])
def test_a_question_mark_mid_message_before_a_short_remark_asks(text, route):
    from bot.conversation.intent import classify

    assert classify(text).route == route


def test_a_value_after_a_question_mark_is_no_question_by_the_mark_alone():
    from bot.conversation.intent import _asks_then_adds

    assert not _asks_then_adds("gimana ya? 80 aja") and _asks_then_adds("kok gitu? kan udah bener")


def test_a_correction_right_after_the_last_answer_of_one_iki_corrects_that_iki_not_the_next():
    engine = Engine()
    engine.handle("u", "1. Persentase usulan kenaikan pangkat yang diproses tepat waktu, 95%\n2. Nilai IP ASN 85")
    engine.handle("u", "simpan semua")
    for answer in ("80", "tusi", "20"):  # data awal, jenis, bobot of IKI 1; the next question is IKI 2's bobot
        engine.handle("u", answer)
    said = " ".join(r.text for r in engine.handle("u", "eh salah, 25 aja"))
    first, second = engine.state("u").skp.iki
    assert first.bobot == 25 and second.target == "85" and "Bobot «Persentase usulan" in said



def test_an_english_request_that_is_no_iki_says_what_to_send_instead_of_asking_what_it_means():
    replies = Engine().handle("u-en", "hi, can you help me write my KPIs? I work in the lab doing TB sample testing")
    text = said(replies)
    assert "itu maksudnya apa" not in text
    assert "Ceritakan pekerjaan Anda" in text and "Describe your work" in text


@pytest.mark.parametrize("message", [
    "periksa air minum depot isi ulang di wilayah Kec. Cempaka Putih sama bu Lina",
    "nyusun materi penyuluhan stunting utk kader posyandu di Kab. Garut",
])
def test_work_the_rewriter_can_read_gets_suggestions_not_a_question_back(message):
    """A work description the intent reader left unclear got «… itu maksudnya apa?» though the rewriter had clean
    suggestions for it."""
    text = said(Engine().handle("u-work", message))
    assert "itu maksudnya apa" not in text and "Saya susun usulan IKI" in text
