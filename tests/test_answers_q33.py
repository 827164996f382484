"""Answers users read (q33): a confirmation closing with a contrast («…, bukan Y?») (each test failed before its fix)."""

import pytest

from bot.retrieval.claims import claim, contrasted_aside, restated

RENCANA_AKSI = ("Rencana aksi adalah penjabaran RHK yang sudah disetujui pimpinan dan tercantum di SKP menjadi "
                "tahapan-tahapan pelaksanaan, sehingga setiap rencana aksi disusun berdasarkan RHK.")
BEYOND = ("IKI Beyond adalah sasaran kinerja yang memberi nilai tambah di atas IKI Core, berupa inisiatif pegawai "
          "sendiri atau penugasan menantang (challenging assignment) dari pimpinan.")


@pytest.mark.parametrize("question", [
    "rencana aksi itu diturunin dr RHK ya, bukan dr tupoksi umum?",
    "rencana aksi disusun berdasarkan RHK kan, bukan tupoksi?",
    "rencana aksi itu penjabaran RHK ya bukan dari tupoksi?",
])
def test_a_contrast_closing_a_claim_is_no_part_of_it(question):
    """The alternative the asker sets aside is not claimed: the claim before it is restated by the answer."""
    assert "tupoksi" not in claim(question)
    assert restated(question, RENCANA_AKSI) == "Ya."


@pytest.mark.parametrize("question", [
    "beyond bisa berupa tugas menantang dr pimpinan? bukan cuma inisiatif sendiri?",
    "beyond boleh berupa penugasan dari pimpinan, bukan hanya inisiatif sendiri?",
])
def test_not_only_sets_nothing_aside(question):
    """«bukan cuma Y»: both hold, so an answer naming Y too still restates the claim, asked in one sentence or two."""
    assert contrasted_aside(question) == []
    assert restated(question, BEYOND) == "Ya."


@pytest.mark.parametrize("question", [
    "IKI beyond itu inisiatif pegawai sendiri ya, bukan penugasan dari pimpinan?",
    "rencana aksi itu penjabaran SKP ya, bukan RHK?",
])
def test_an_answer_naming_the_alternative_set_aside_restates_nothing(question):
    """The answer says the alternative holds too (or instead): no «Ya.» on the words before the contrast alone."""
    assert restated(question, BEYOND if "beyond" in question else RENCANA_AKSI) == ""


@pytest.mark.parametrize(("question", "lead"), [
    ("beyond bisa berupa tugas menantang dr pimpinan? bukan cuma inisiatif sendiri?", "Ya."),
    ("rencana aksi itu diturunin dr RHK ya, bukan dr tupoksi umum?", "Ya."),
])
def test_the_lead_a_user_reads(shared_retriever, question, lead):
    assert shared_retriever.ask(question).answer.startswith(lead)


@pytest.mark.parametrize("question", [
    "SKP boleh diubah tengah tahun ga kalo sy mutasi ke instalasi rehab medik bulan juli?",
    "kalau saya dimutasi di bulan juli, SKP bisa diubah?",
    "boleh ga SKP diganti pas pindah jabatan di tengah tahun?",
])
def test_a_near_answer_stating_the_predicate_leads_when_the_chosen_one_never_uses_it(shared_retriever, question):
    """The chosen answer tells how a change is made («Perubahan SKP tidak dilakukan sepihak …»), a near one says «SKP
    boleh diubah … bila … dimutasi» (Materi Seri 1 Biro OSDM, perubahan SKP): that one leads."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Ya.") and "dialog kinerja" in answer


def test_what_follows_tiap_says_when_not_what_is_required():
    from bot.retrieval.yes_no import claim_sides

    assert claim_sides("foto kegiatan wajib diunggah tiap isi logbook?", "wajib")[1] == {"unggah"}
    assert claim_sides("logbook wajib diisi tiap hari?", "wajib")[1] == {"isi"}


HOWTO_LOGBOOK = ("Catatan harian (logbook) diisi setiap hari di e-Kinerja: tulis uraian kegiatan yang benar-benar "
                 "dikerjakan, kaitkan dengan rencana aksi dan RHK-nya, lalu unggah bukti dukung bila ada, misalnya "
                 "notulen, foto, atau tangkapan layar hasil kerja.")


@pytest.mark.parametrize("question", [
    "foto kegiatan wajib diunggah tiap isi logbook?",
    "notulen harus diunggah tiap isi logbook?",
    "foto kegiatan perlu diunggah tiap isi logbook kan?",
])
def test_a_thing_done_when_there_is_one_is_no_duty(question):
    assert restated(question, HOWTO_LOGBOOK) == ""


@pytest.mark.parametrize("question", [
    "foto kegiatan wajib diupload tiap isi logbook?",
    "screenshot wajib diupload tiap isi logbook?",
    "foto wajib dilampirkan setiap kali isi catatan harian?",
])
def test_no_yes_for_a_proof_the_guidance_leaves_optional(shared_retriever, question):
    """News 2024 (Balai Labkesmas Makassar): the catatan harian «dapat disertai dengan bukti dukung»; «Ya.» misleads."""
    assert not shared_retriever.ask(question).answer.startswith("Ya.")


def test_a_count_claimed_gets_the_near_answer_stating_most_limits():
    """«IKI minimal 15 ya?» (Surat Sekjen 2026: paling sedikit 5, paling banyak 10): the answer stating both limits is
    read, not one about fewer than 5 alone, whichever scores a little higher."""
    from bot.retrieval.answer import Told
    from bot.retrieval.retriever import Retriever

    fewer = Told("Bila IKI pegawai non pimpinan kurang dari 5, biasanya ada peran hasil dari MPPH yang belum tertuang.",
                 "s")
    both = Told("Pegawai non pimpinan memiliki paling sedikit 5 dan paling banyak 10 IKI menurut Surat Sekjen.", "s")
    for question in ("katanya IKI minimal 15 ya? temen sy bilang gitu", "IKI paling sedikit 3 kan?",
                     "iki minimal 7 kan?"):
        told = Retriever._shaped(question, [(1.9, "a@1", fewer), (1.85, "b@1", both)])
        assert told.text == both.text and told.lead == "Tidak.", question


def test_a_near_answer_stating_the_predicate_of_the_claim_leads():
    from bot.retrieval.answer import Told
    from bot.retrieval.retriever import Retriever

    how = Told("Perubahan SKP tidak dilakukan sepihak: pastikan ada pemicunya (mutasi jabatan), bahas perubahannya "
               "dalam dialog kinerja.", "s")
    allowed = Told("SKP boleh diubah pada tahun berjalan bila pegawai dimutasi ke jabatan lain; perubahannya dibahas "
                   "dalam dialog kinerja.", "s")
    told = Retriever._shaped("SKP boleh diubah tengah tahun ga kalo sy mutasi?", [(2.0, "a@1", how), (1.8, "b@1", allowed)])
    assert told.text == allowed.text and told.lead == "Ya."


def test_a_claim_naming_only_a_generic_term_is_not_led_by_a_near_answer():
    """«wajib ga sih bikin IKI?»: «Form IKI … punya tujuh isian wajib» says «wajib» of the form's fields; the words IKI
    spells out are no evidence, so no near answer leads it."""
    from bot.retrieval.answer import Told
    from bot.retrieval.retriever import Retriever
    from bot.retrieval.yes_no import claims_beyond_generic

    assert not claims_beyond_generic("wajib tidak sih membuat IKI? atau cuma yg pejabat aja", "wajib")
    assert claims_beyond_generic("kalau saya dimutasi di bulan juli, SKP bisa diubah?", "boleh")
    who = Told("Setiap pegawai menyusun SKP berisi RHK dan IKI.", "s")
    form = Told("Form IKI pada SKP 2026 di e-Kinerja punya tujuh isian wajib, yaitu Aspek, Rencana Kinerja, Indikator, "
                "Target, Satuan, Jenis IKI, dan Bobot.", "s")
    told = Retriever._shaped("wajib tidak sih membuat IKI? atau cuma yg pejabat aja", [(2.0, "a@1", who), (1.8, "b@1", form)])
    assert told.text == who.text and told.lead == ""


def test_a_near_answers_contrary_word_does_not_lead():
    """«perlu ga nyantumin dukungan sumber daya?»: a near «Pegawai boleh menegosiasikan target …» says nothing of a
    need; only a near answer using the predicate's own word leads."""
    from bot.retrieval.answer import Told
    from bot.retrieval.retriever import Retriever

    lampiran = Told("Dukungan sumber daya di lampiran SKP berisi kebutuhan pegawai, yaitu SDM, anggaran, dan sarana.",
                    "s")
    negotiate = Told("Pegawai boleh menegosiasikan target dalam dialog kinerja, serta dukungan sumber daya yang "
                     "dibutuhkan.", "s")
    told = Retriever._shaped("sy ketua tim, perlu ga nyantumin dukungan sumber daya di skp anggota?",
                             [(2.0, "a@1", lampiran), (1.8, "b@1", negotiate)])
    assert told.text == lampiran.text and told.lead == ""
