"""Answers users read (q52): a clinical service's own standard asked for is outside the guidance, never a borrowed
passage; a practice told and then asked of by a pointer («emang boleh gitu?») is led only by a clause saying the
predicate of that practice; each failing before its fix."""

from bot.retrieval.outside_guidance import asks_clinical_standard
from bot.retrieval.yes_no import pointed_claim, tag_closed, yes_no_lead

_DECLINED = "di luar pedoman yang saya punya"
_RETURNED = ("Sebelum menetapkan SKP, atasan dapat mengembalikannya dan meminta perbaikan; isi SKP disepakati bersama "
             "lewat dialog kinerja, dan ukurannya ekspektasi yang disepakati, bukan selera pribadi atasan.")


def test_a_clinical_standard_asked_for_its_value_is_read_as_outside():
    for asked in ("standar waktu layanan HD berapa jam?", "waktu tunggu rawat jalan standarnya brp menit?",
                  "lama pemeriksaan lab idealnya brp jam sih?", "standar respon time IGD brp menit kak?",
                  "kalo operasi sc normalnya berapa jam ya persiapannya?"):
        assert asks_clinical_standard(asked), asked
    # drafting an IKI about the service, or a standard with no clinical service nor time, is the guidance's
    for asked in ("IKI persentase pasien HD sesuai standar waktu 4 jam, gmn nulisnya?",
                  "target waktu tunggu rawat jalan di IKI sy brp menit bagusnya?",
                  "standar SKP Kemenkes itu apa aja?", "dialog kinerja idealnya brp jam?"):
        assert not asks_clinical_standard(asked), asked


def test_clinical_standards_get_the_outside_reply_not_a_passage(shared_retriever):
    """tester51 P1-2: both got the passage on «Tim pendukung … pendekatan layanan … target 96%»."""
    for asked in ("standar waktu layanan HD berapa jam?", "waktu tunggu pasien rawat jalan standarnya brp menit?",
                  "standar waktu layanan HD itu apa ya, 4-5 jam per sesi?", "transfusi darah standarnya brp jam sih?"):
        answer = shared_retriever.ask(asked)
        assert _DECLINED in answer.answer and not answer.passages, asked


def test_a_pointer_asks_of_the_practice_told_before_it():
    asked = "atasan sy nilai kinerja pake perasaan aja, yg dekat dapat bagus. emang boleh gitu?"
    assert {"nilai", "asa", "dekat"} <= pointed_claim(asked, "boleh")
    # a predicate said of a claim of its own points at nothing
    assert pointed_claim("IKI boleh lebih dari 10 ga?", "boleh") == set()
    # «atasan dapat mengembalikannya» says «dapat» of returning the SKP, not of the practice told
    assert yes_no_lead("boleh", _RETURNED, asked) == ""
    assert yes_no_lead("boleh", _RETURNED, "atasan boleh mengembalikan SKP sy ga?") == "Ya."


def test_a_practice_told_then_asked_with_a_pointer_is_never_confirmed_by_a_how_to(shared_retriever):
    """dev32: «… pake feeling aja … emang boleh gitu??» got «Ya.» from «atasan dapat mengembalikannya»."""
    for asked in ("bah, atasan awak ini nilai kinerja pake feeling aja, yg dekat ya dapat bagus 😤 emang boleh gitu??",
                  "kapus kami kasih nilai SKP pakai suka ga suka aja, yg rajin lapor dpt bagus. boleh gitu?",
                  "katim sy nentuin predikat anggota sesuai kedekatan, emang boleh begitu?"):
        assert not shared_retriever.ask(asked).answer.startswith("Ya."), asked


def test_core_weights_past_100_are_answered_with_the_core_total(shared_retriever):
    """tester51 P3-4: «Core 98% … kan totalnya 108?» should say Core must total 100%."""
    assert "100%" in shared_retriever.ask("bobot salah: Core 98% maksudnya gmn, kan totalnya 108?").answer


def test_an_aside_after_a_comma_ends_the_claim_typed_with_no_question_mark():
    assert tag_closed("Rencana aksi itu bebas aja kan ga harus nyambung ke RHK, yg penting ada isinya") \
        == "Rencana aksi itu bebas aja kan ga harus nyambung ke RHK?, yg penting ada isinya"
    # a comma clause that is no aside, or a message with its own «?», is left as typed
    assert "?" not in tag_closed("logbook diisi tiap hari, terus diunggah ke e-kinerja")
    assert tag_closed("IKI harus output ya? yg penting ada angkanya") == "IKI harus output ya? yg penting ada angkanya"


def test_a_denied_duty_typed_with_an_aside_and_no_question_mark_is_led(shared_retriever):
    """dev32: «Rencana aksi itu bebas aja kan ga harus nyambung ke RHK, yg penting ada isinya» got no lead."""
    for asked in ("Rencana aksi itu bebas aja kan ga harus nyambung ke RHK, yg penting ada isinya",
                  "logbook ga wajib diisi tiap hari kan, yang penting akhir bulan lengkap",
                  "rencana aksi ga wajib diisi di e-kinerja kan, pokoknya logbook jalan"):
        assert shared_retriever.ask(asked).answer.startswith("Tidak."), asked
