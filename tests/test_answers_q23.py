"""Answers users read (q23): by cause, each class checked with phrasings of its own (each test failed before its
fix)."""

import pytest

from bot.retrieval.respell import respelled
from bot.retrieval.yes_no import yes_no_predicate


@pytest.mark.parametrize("question, predicate", [
    ("selamat pagi kak, sy katim di Dinkes. apakah boleh sy tentuin aja IKI anggota dulu? nanti mereka tinggal klik",
     "boleh"),
    ("sy staf keuangan di Poltekkes, apakah wajib sy isi logbook tiap hari? soalnya sering dinas luar", "wajib"),
    ("sy baru pindah tim bulan lalu, apa bisa SKP sy diubah sekarang? atasan sy yg baru blm tau", "boleh"),
])
def test_a_yes_no_opener_right_before_the_predicate_asks_mid_message(question, predicate):
    """«…, apakah boleh sy tetapkan … dulu? cukup sy kirim …»: the asking clause opens after a greeting and is
    followed by context, so neither the message's first word nor the sentence's tags asked, and «apakah» itself
    counted as asking what."""
    assert yes_no_predicate(question) == predicate


def test_an_opener_after_the_predicate_still_asks_what():
    assert yes_no_predicate("boleh tau apa saja isi lampiran SKP?") is None


@pytest.mark.parametrize("question, lead, said", [
    ("bolehkah pimpinan menetapkan IKI pegawai secara sepihak tanpa dialog kinerja?", "Tidak.", "dialog kinerja"),
    ("Can my boss just set my IKI without any dialog kinerja with me?", "Tidak.", "dialog kinerja"),
    ("target dr katim ketinggian buat sy. boleh ga sy nego pas dialog kinerja sambil minta dukungan sumber daya?",
     "Ya.", "dukungan sumber daya"),
])
def test_iki_set_without_dialog_and_a_target_negotiated(shared_retriever, question, lead, said):
    """SKP is born of the dialog kinerja (Materi Seri 1 Biro OSDM, «Klarifikasi Ekspektasi Pimpinan»; PRIMA step A),
    where the employee may negotiate and ask for resource support («Ruang Negosiasi»): no answer said either."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith(lead) and said in answer


def test_a_region_split_asked_in_english_is_not_denied(shared_retriever):
    """«Can a team leader's IKI be split among members by region …?» got «Tidak.» from the answer on duplicated
    IKI; pembagian wilayah is one of direct cascading's ways (Materi Seri 1)."""
    answer = shared_retriever.ask("Can a team leader's IKI be split among members by region, each member handling "
                                  "different provinces?").answer
    assert not answer.startswith("Tidak.") and "wilayah" in answer


@pytest.mark.parametrize("question, lead, said", [
    ("sy analis di Ditjen Farmalkes, targetnya berat krn laptop sy lemot. bolehkah sy menawar target di dialog kinerja "
     "dan minta dukungan sumber daya?", "Ya.", "dukungan sumber daya"),
    ("bisakah SKP diubah di tengah tahun kalau sy mutasi jabatan?", "Ya.", "mutasi"),
])
def test_a_predicate_with_kah_asks_as_apakah_does(shared_retriever, question, lead, said):
    """«bolehkah …?» named no predicate word («bolehkah» is none) and searched with a word no answer holds: it is
    «apakah boleh»."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith(lead) and said in answer


def test_blh_is_chat_for_boleh():
    assert yes_no_predicate(respelled("blh ga IKI sy cuma 4 aja?")) == "boleh"


@pytest.mark.parametrize("question", [
    "atasan sy bilang IKI 'Jumlah pelatihan yg diikuti' bisa diterima. sy di Balai Kekarantinaan. itu boleh dijadikan IKI?",
    "'Jumlah rapat koordinasi yg dihadiri' boleh dijadikan IKI sy?",
    "katim bilang 'Jumlah rapat evaluasi program yg diikuti' bisa diterima sbg IKI sy. bener ga?",
])
def test_a_quoted_activity_asked_to_be_taken_as_an_iki_is_denied(shared_retriever, question):
    """«'Jumlah rapat …' boleh dijadikan IKI?», «bisa diterima» approve the quoted IKI as «dipakai» does; the rules
    read it as counting an activity, so «Tidak.» (Surat Sekjen: IKI bukan jumlah aktivitas/proses)."""
    answer = shared_retriever.ask(question).answer
    assert answer.startswith("Tidak.") and "aktivitas" in answer
