"""The deterministic rewriter: keeps the object of the work, and every candidate passes every rule."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.lang.text import tokens
from bot.models import IkiDraft
from bot.rewrite import passes_rules, rewrite
from bot.rules import check_iki


# The deck's before/after pairs, and the word of the object each rewrite must keep.
@pytest.mark.parametrize(
    "draft, keep",
    [
        ("Melakukan monitoring dan evaluasi pelaksanaan SBBL", "SBBL"),
        ("Jumlah Pelaksanaan Advokasi dan Koordinasi LP/LS Skrining Bayi Baru Lahir", "skrining"),
        ("Jumlah NSPK Skrining Bayi Baru Lahir tersusun tepat waktu", "NSPK"),
        ("Persentase peserta yang mengikuti peningkatan kapasitas (Webinar) SBBL", "SBBL"),
        ("Melakukan kalibrasi alat kesehatan di RS vertikal", "kalibrasi"),
        ("Menyusun rekapitulasi data kehadiran pegawai", "kehadiran"),
        ("Melakukan penelitian tentang stunting di Jawa Barat", "stunting"),
        ("Persentase pelaksanaan monev indeks kualitas SDM di Unit Eselon 1 sesuai jadwal", "SDM"),
        ("Persentase layanan administrasi kepegawaian", "kepegawaian"),
    ],
)
def test_deck_pairs_get_output_candidates_that_keep_the_object(draft, keep):
    result = rewrite(draft)
    assert 1 <= len(result.candidates) <= 3
    for candidate in result.candidates:
        assert check_iki(IkiDraft(indikator=candidate.indikator)).kind == "output"
        assert keep.lower() in tokens(candidate.indikator)
        assert candidate.satuan and candidate.alasan


def test_monev_rewrite_matches_the_issue_example():
    first = rewrite("Melakukan monitoring dan evaluasi pelaksanaan SBBL").candidates[0]
    assert first.indikator == "Persentase rekomendasi hasil monitoring dan evaluasi pelaksanaan SBBL yang ditindaklanjuti"
    assert first.satuan == "%"


def test_calibration_follows_the_deck_certificate_pattern():
    first = rewrite("Melakukan kalibrasi alat kesehatan").candidates[0]
    assert first.indikator == "Jumlah sertifikat hasil kalibrasi alat kesehatan" and first.satuan == "Sertifikat"


def test_absolute_and_vague_words_do_not_come_back():
    for c in rewrite("Semua pemrosesan klaim selalu dilakukan dengan waktu cepat dan optimal").candidates:
        assert not {"semua", "selalu", "optimal", "cepat"} & set(tokens(c.indikator))


def test_clean_output_needs_no_rewrite():
    assert rewrite("Jumlah sertifikat hasil kalibrasi alat kesehatan").candidates == []


def test_n_limits_the_candidates():
    assert len(rewrite("Melakukan monev SBBL", n=1).candidates) == 1
    assert rewrite("Melakukan monev SBBL", n=0).candidates == []


_words = st.sampled_from(
    ["Melakukan", "Jumlah", "Persentase", "pelaksanaan", "monev", "laporan", "rapat", "semua", "yang", "mengikuti",
     "SBBL", "imunisasi", "dan", "optimal", "kali", "layanan", "penyusunan", "NSPK", "di", "14", "regional", "(", ")",
     "🙂", "ё", "\u200b", "terlaksananya", "peserta", "kab/kota"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_words, min_size=1, max_size=14).map(" ".join) | st.text(min_size=1, max_size=200))
def test_any_text_gives_only_candidates_that_pass(text):
    if not text.strip():
        return
    for candidate in rewrite(text).candidates:
        assert passes_rules(candidate)
