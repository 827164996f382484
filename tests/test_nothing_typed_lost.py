"""«simpan semua» under a list keeps every line the user typed (day35, d7-dosen-poltekkes01, d3-arsiparis01): a line
the rules refuse with no suggestion is saved as typed and said, with how to reword it; a line the user threw out in
words beside the save («retensi ga usah») stays out."""

import pytest

from tests.talk import press, said, typed


@pytest.mark.parametrize("lines, kept", [
    ("1. Jumlah SKS mengajar yang dilaksanakan\n2. Persentase mahasiswa bimbingan yang lulus tepat waktu\n"
     "3. Jumlah artikel ilmiah yang terbit di jurnal nasional terakreditasi", "Jumlah SKS mengajar yang dilaksanakan"),
    ("a) Persentase arsip inaktif yg tertata sesuai standar di record center\nb) digitalisasi arsip tiap hari\n"
     "c) Persentase usulan pemusnahan arsip yg disetujui ANRI", "digitalisasi arsip tiap hari"),
])
def test_a_refused_line_with_no_suggestion_is_saved_as_typed_and_said(engine, lines, kept):
    typed(engine, "u", lines)
    replies = typed(engine, "u", "simpan semua")
    drafted = [iki.indikator for iki in engine.state("u").skp.iki]
    assert len(drafted) == 3 and kept in drafted
    assert "tetap seperti ditulis" in said(replies).lower()  # asked, its findings said (draft42)


@pytest.mark.parametrize("drop", ["retensi ga usah", "yg retensi buang aja"])
def test_a_line_thrown_out_beside_the_save_stays_out_of_a_later_save(engine, drop):
    typed(engine, "u", "- Persentase klaim BPJS pending karena koding\n- pengembalian berkas RM rawat inap tepat waktu\n"
                       "- Melakukan retensi berkas rekam medis inaktif")
    replies = typed(engine, "u", f"simpan no 1-2 aja (yg sudah dibenerin), {drop}")
    assert "Baris 3" in said(replies) and "dibuang" in said(replies)
    typed(engine, "u", "Selesai dulu", "simpan semua")
    drafted = [iki.indikator for iki in engine.state("u").skp.iki]
    assert len(drafted) == 2 and not any("retensi" in text for text in drafted)


def test_the_line_kept_as_typed_is_asked_in_the_drafts_order(engine):
    """play40 F8: every IKI without a target is asked in the draft's order, the one kept as typed too (it was asked
    after the lines that pass, out of the order «target 90, 80, …» is typed in)."""
    typed(engine, "u", "1. Jumlah SKS mengajar yang dilaksanakan\n2. Persentase mahasiswa bimbingan yang lulus tepat "
                       "waktu\n3. Jumlah artikel ilmiah yang terbit di jurnal nasional terakreditasi")
    replies = press(engine, "u", typed(engine, "u", "simpan semua"), "Tetap seperti ditulis")  # (draft42: asked first)
    assert said(replies).splitlines()[-1].startswith("Target satu tahun untuk «Jumlah SKS mengajar")
    assert engine.state("u").skp.iki[0].indikator == "Jumlah SKS mengajar yang dilaksanakan"  # the list's order kept
