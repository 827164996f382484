"""Day one's loose ends on the draft side (issue 16): what is saved «seperti ditulis» is written in the document's
register, and a target picked with a suggestion at PRIMA step 4 is held to the target-fit rule like any other."""

from bot.conversation import Engine
from tests.talk import prima_at_step_m, said, typed

LIST = "Persentase dokumen yg diverivikasi tepat waktu 90%\nJumlah laporan keuangan yg disusun dgn tepat waktu 4 laporan"


def test_lines_saved_as_typed_keep_their_spelling_but_not_the_chat_register():
    engine = Engine()
    engine.handle("u", LIST)
    engine.press("u", "list:save:all")  # «Simpan semua seperti ditulis»
    assert [i.indikator for i in engine.state("u").skp.iki] == [
        "Persentase dokumen yang diverivikasi tepat waktu", "Jumlah laporan keuangan yang disusun dengan tepat waktu"]


def test_lines_insisted_on_as_typed_are_written_in_the_register_too():
    engine = Engine()
    typed(engine, "u", LIST, "simpan semua apa adanya")
    assert all(" yg " not in i.indikator and " dgn " not in i.indikator for i in engine.state("u").skp.iki)
    assert len(engine.state("u").skp.iki) == 2


def _at_step_4(engine: Engine) -> None:
    prima_at_step_m(engine, "u", "menyusun laporan keuangan satker, verifikasi SPJ perjalanan dinas, rekonsiliasi BMN")


def test_a_count_suggestion_picked_with_a_percent_target_is_taken_and_its_target_asked_back():
    engine = Engine()
    _at_step_4(engine)
    replies = engine.handle("u", "uji coba aplikasi keuangan")  # an activity: suggestions, the first a Jumlah
    assert engine.state("u").candidates[0].indikator.startswith("Jumlah")
    replies = engine.handle("u", "pakai usulan 1, 80%")
    current = engine.state("u").prima.current
    assert current.indikator.startswith("Jumlah") and current.target is None
    assert "tidak bisa 80%" in said(replies) and "belum bisa disimpan" not in said(replies)
    engine.handle("u", "12")
    assert engine.state("u").prima.current.target in ("12", "12 Sertifikat") or any(
        i.target and i.target.startswith("12") for i in engine.state("u").skp.iki)


def test_suggestions_picked_together_with_a_target_past_their_measure_are_saved_without_it():
    engine = Engine()
    _at_step_4(engine)
    replies = engine.handle("u", "pakai usulan 1 sampai 2, target 150%, 90%")
    kept = engine.state("u").skp.iki
    assert [i.target for i in kept] == [None, "90%"]
    assert "tidak bisa 150%" in said(replies)


def test_a_suggestion_said_in_the_users_words_with_its_target_is_one_iki_not_two():
    """«pake yg persentase rekomendasi monev diselesaikan, 80%» under suggestions noted with a count target: the user's
    wording of one suggestion, never the first suggestion taken as well (a day-one script ended with one IKI too many)."""
    engine = Engine()
    _at_step_4(engine)
    engine.handle("u", "Jumlah monev SBBL di 14 regional, 4 kali")  # an activity: suggestions, «4 kali» noted
    assert engine.state("u").candidates
    engine.handle("u", "oh gitu, pake yg persentase rekomendasi monev diselesaikan, 80%")
    state = engine.state("u")
    drafted = [i.indikator for i in state.skp.iki] + ([state.prima.current.indikator] if state.prima.current else [])
    assert len(drafted) <= 1


def _saved_from_cek(engine: Engine, text: str) -> None:
    """`/cek text`, saved to the draft, and the fields asked next left for later."""
    engine.handle("u", f"/cek {text}")
    engine.press("u", "fill:save")
    engine.press("u", "fill:cancel")


def test_rhk_with_a_number_drafts_the_rhk_of_that_iki_of_the_draft():
    """«/rhk 2» checked «2» as an RHK's text; it is the draft's IKI 2."""
    engine = Engine()
    for text in ("Persentase dokumen usulan kenaikan pangkat yang diverifikasi tepat waktu 90%",
                 "Persentase SPJ perjalanan dinas yang lengkap dan sah 95%"):
        _saved_from_cek(engine, text)
    replies = engine.handle("u", "/rhk 2")
    assert "IKI 2: «Persentase SPJ perjalanan dinas" in said(replies) and "SPJ perjalanan dinas" in said(replies)
    assert "rhk:apply:2:1" in [b.data for r in replies for b in r.buttons]
    assert "Tidak ada IKI nomor 5" in said(engine.handle("u", "/rhk 5"))


def test_a_drafted_rhk_is_put_on_the_iki_its_button_names():
    engine = Engine()
    _saved_from_cek(engine, "Persentase SPJ perjalanan dinas yang lengkap dan sah 95%")
    typed(engine, "u", "/ubah 1 rhk Laporan perjalanan dinas", "/rhk 1")
    replies = engine.press("u", "rhk:apply:1:1")
    assert "RHK IKI 1 kini" in said(replies)
    assert engine.state("u").skp.iki[0].rhk.startswith("SPJ perjalanan dinas")


def test_two_iki_counting_the_same_births_served_to_a_norm_are_flagged_in_the_draft():
    """tester17 #12: «… ibu bersalin normal … sesuai standar» and «… persalinan normal … sesuai SOP APN» passed."""
    engine = Engine()
    typed(engine, "u",
          "Persentase ibu bersalin normal yg mendapat asuhan kebidanan sesuai standar 95%\n"
          "Persentase persalinan normal yg ditangani sesuai SOP APN 100%",
          "simpan yang lolos")
    assert len(engine.state("u").skp.iki) == 2
    assert "IKI nomor 1 dan 2 tampaknya menghitung hasil yang sama" in said(engine.handle("u", "/skp"))


def test_iki_served_to_a_norm_counting_different_things_are_not_flagged():
    engine = Engine()
    typed(engine, "u",
          "Persentase persalinan normal yg ditangani sesuai SOP APN 100%\n"
          "Persentase pasien nifas yg mendapat edukasi ASI sesuai standar 90%",
          "simpan yang lolos")
    assert len(engine.state("u").skp.iki) == 2
    assert "hasil yang sama" not in said(engine.handle("u", "/skp"))
