"""Lines of a pasted list acted on by number in one message (issue 16, day-one dev3): «no 2 sama 5 gmn», «2 pakai usulan
1, 5 pakai usulan 2», «no 4 buang aja, no 8 jg», «no 7 ganti Persentase …», «no 8 jd MI aja: Jumlah JPL …»."""

import pytest

from bot.conversation import line_acts
from bot.conversation.line_acts import DETAIL, DROP, REPLACE, USE
from bot.models import Jenis
from tests.talk import labels, said

LIST = """ini skp taun lalu sy, tolong dicek ya
• Jumlah resep yang dilayani
• Melakukan telaah resep rawat jalan
• Persentase waktu tunggu obat jadi ≤ 30 menit
• Jumlah laporan stok opname bulanan
• Pelayanan informasi obat (PIO) ke pasien
• Persentase kesesuaian peresepan dgn formularium nasional
• Jumlah kegiatan konseling
• mengikuti pelatihan farmasi klinis"""


def kinds(text: str) -> list[tuple[int, str]] | None:
    acts = line_acts.read(text, 8)
    return [(a.line, a.kind) for a in acts] if acts else None


def test_each_clause_acts_on_its_lines_in_order():
    assert kinds("no 2 sama 5 gmn") == [(2, DETAIL), (5, DETAIL)]
    assert kinds("2 pakai usulan 1, 5 pakai usulan 2") == [(2, USE), (5, USE)]
    assert [a.pick for a in line_acts.read("2 pakai usulan 1, 5 pakai usulan 2", 8)] == [1, 2]
    assert kinds("no 4 buang aja, no 8 jg, itu mah bukan iki") == [(4, DROP), (8, DROP)]
    assert kinds("1-3 hapus") == [(1, DROP), (2, DROP), (3, DROP)]


def test_new_words_replace_a_line_with_the_jenis_said_before_them():
    act, = line_acts.read("oh gitu, yaudh no 8 jd MI aja: Jumlah JPL pengembangan kompetensi farmasi klinis", 8)
    assert (act.line, act.kind, act.text, act.jenis) == (8, REPLACE, "Jumlah JPL pengembangan kompetensi farmasi klinis",
                                                         Jenis.core_mi)


@pytest.mark.parametrize("text", [
    "target: 95, 90, 85, 90, 92, 80, 20 jpl",  # targets in order, not lines
    "no 3 sama 5 masukin, 98% sama 95",  # lines saved with their targets: list_picks.picked's
    "no 2 gmn?",  # one line asked about: asks_about_line's
    "no 2 diganti apa?",  # a question, no new words
    "nomor 1 itu jd apa ya",  # a question word opening the «new words»
    "no 12 buang",  # a line the list lacks
    "jenis: 1 CL, 2 CL, 3 TUSI",  # the draft's IKI, not the list's lines
])
def test_what_is_no_act_on_the_list_is_left_to_the_other_readers(text):
    assert line_acts.read(text, 8) is None


def test_a_dropped_line_is_never_saved_and_a_replaced_one_is(engine):
    engine.handle("u", LIST)
    replies = engine.handle("u", "no 4 buang aja, no 8 jg, itu mah bukan iki")
    reply = said(replies)
    assert "Baris 4" in reply and "dibuang" in reply and "belum lolos aturan, jadi" not in reply
    # what is left of the list, to save with one tap («simpan»): never the dropped lines
    assert "Simpan 3 IKI lolos ke draf" in labels(replies) and "Rincian 4" not in labels(replies)
    assert engine.state("u").skp.iki == []
    reply = said(engine.handle("u", "no 7 ganti Persentase pasien penyakit kronis yg mendapat konseling obat"))
    assert "Baris 7 diganti" in reply
    assert [i.indikator for i in engine.state("u").skp.iki] == [
        "Persentase pasien penyakit kronis yang mendapat konseling obat"]
    engine.press("u", "fill:cancel")
    engine.press("u", "list:save:fixed")  # the lines that pass: 4 stays out, dropped
    texts = [i.indikator for i in engine.state("u").skp.iki]
    assert not any("laporan stok" in t for t in texts) and len(texts) == 4


def test_details_of_several_lines_and_a_suggestion_taken_per_line(engine):
    engine.handle("u", LIST)
    reply = said(engine.handle("u", "no 2 sama 5 gmn"))
    assert "2. «Melakukan telaah resep" in reply and "5. «Pelayanan informasi obat" in reply
    reply = said(engine.handle("u", "5 pakai usulan 1"))  # PIO keeps one suggestion since t57draft's acronym reading
    assert "Baris 5 memakai usulan 1" in reply
    assert len(engine.state("u").skp.iki) == 1 and "informasi obat" in engine.state("u").skp.iki[0].indikator


@pytest.mark.parametrize("typed, pick", [("ok, simpan semua pake versi perbaikan", 1),
                                         ("masukin semua, yg salah pake usulan 2", 2),
                                         ("save all with the fixes", 1)])
def test_every_line_saved_with_a_failing_one_by_its_suggestion(engine, typed, pick):
    # d4-itjen01: «ok, simpan semua pake versi perbaikan» saved the 2 passing lines of 6 and left 4 out
    engine.handle("u", LIST)
    failing = [n for n, line in enumerate(line_acts.iki_list.lines_checked(engine.state("u").listed), 1)
               if line.verdict.has_error]
    assert failing and len(failing) < 8
    reply = said(engine.handle("u", typed))
    assert all(f"Baris {n} memakai usulan {pick}" in reply or f"Baris {n}: " in reply for n in failing), reply
    drafted = engine.state("u").skp.iki
    short = reply.count("usulannya hanya")  # a line with fewer suggestions than picked is named and left out
    assert len(drafted) >= 8 - 1 - short and all(not check(iki) for iki in drafted)  # each saved one passes the rules


def check(iki) -> bool:
    """Whether the rules fail the IKI."""
    from bot.rules import check_iki

    return check_iki(iki).has_error


def test_lines_named_by_number_saved_with_a_failing_one_by_its_suggestion(engine):
    # d5-rekammedis01: «simpan no 1-4 aja (yg sudah dibenerin)» showed each line's details and saved none
    engine.handle("u", LIST)
    checked = line_acts.iki_list.lines_checked(engine.state("u").listed)
    assert any(checked[n].verdict.has_error for n in range(4))
    reply = said(engine.handle("u", "simpan no 1-4 aja (yg sudah dibenerin), sisanya ga usah"))
    assert all(f"Baris {n}" in reply for n in range(1, 5) if checked[n - 1].verdict.has_error), reply
    drafted = engine.state("u").skp.iki
    assert 3 <= len(drafted) <= 4 and all(not check(iki) for iki in drafted)
    assert "Baris 5" not in reply


def test_a_line_dropped_by_number_before_the_rest_taken_by_their_suggestions_stays_out(engine):
    # d15-xxx01: «yg nomor 4 buang aja, gk penting. sisanya ok pake versi usulan» took line 4's suggestion, saved it
    # alone, and the five other lines never reached the draft
    engine.handle("u", LIST)
    checked = line_acts.iki_list.lines_checked(engine.state("u").listed)
    reply = said(engine.handle("u", "yg nomor 4 buang aja, gk penting. sisanya ok pake versi usulan"))
    assert "Baris 4 memakai" not in reply and "Baris 4 «" in reply and "dibuang" in reply, reply
    assert all(f"Baris {n}" in reply for n in range(1, 9) if n != 4 and checked[n - 1].verdict.has_error), reply
    drafted = engine.state("u").skp.iki
    assert len(drafted) >= 8 - 2 and all(not check(iki) for iki in drafted)
    assert not any("stok opname" in iki.indikator.lower() for iki in drafted)


def test_a_plain_save_all_still_saves_what_passes_only(engine):
    engine.handle("u", LIST)
    assert line_acts._fixed_all("simpan semua", engine.state("u").listed) is None
    assert line_acts._fixed_all("simpan semua pake usulan 1 sama 2", engine.state("u").listed) is None


@pytest.mark.parametrize("typed, kept", [
    ("no 7 ganti Persentase pasien penyakit kronis yg mendapat konseling obat aja",
     "Persentase pasien penyakit kronis yang mendapat konseling obat"),
    ("yg konseling ganti jd persentase pasien yg mendapat konseling obat sesuai standar aja deh, 90%",
     "Persentase pasien yang mendapat konseling obat sesuai standar"),
    ("no 7 jadi persentase pasien yang dikonseling tepat waktu itu aja ya",
     "Persentase pasien yang dikonseling tepat waktu"),
])
def test_the_talk_closing_a_lines_new_words_is_no_part_of_the_iki(engine, typed, kept):
    # d11-rad01, d11-hms07: «yg rontgen ganti jd waktu tunggu hasil aja, ≤ 3 jam» saved «Waktu tunggu hasil aja»
    engine.handle("u", LIST)
    reply = said(engine.handle("u", typed))
    assert f"«{kept}»" in reply and "aja" not in reply.split("\n")[0]


def test_a_line_just_dropped_is_taken_back_by_its_first_suggestion_when_asked(engine):
    # d11-bdn04: «ehh jangan dihapus, ganti aja pake usulannya» under «no 4 hapus aja deh» read no act at all
    engine.handle("u", LIST)
    engine.handle("u", "no 4 hapus aja deh")
    reply = said(engine.handle("u", "ehh jangan dihapus, ganti aja pake usulannya"))
    assert "Baris 4" in reply and "usulan 1" in reply
    texts = [i.indikator for i in engine.state("u").skp.iki]
    assert len(texts) == 1 and "stok opname" in texts[0] and not texts[0].startswith("Jumlah laporan")


@pytest.mark.parametrize("undo", ["eh jgn dihapus deh", "ga jadi dibuang yg itu", "balikin aja"])
def test_a_line_just_dropped_is_back_in_the_list_and_saved_with_the_rest(engine, undo):
    engine.handle("u", LIST)
    engine.handle("u", "no 6 buang")
    reply = said(engine.handle("u", undo))
    assert "Baris 6" in reply and "tidak jadi dibuang" in reply
    assert not engine.state("u").listed[5].dropped
    engine.press("u", "list:save:fixed")  # the lines that pass: 6 among them again
    assert any("formularium" in i.indikator for i in engine.state("u").skp.iki)


@pytest.mark.parametrize("typed, kept", [
    ("yg stok opname ganti jd waktu penyelesaian aja", "Waktu penyelesaian stok opname"),
    ("formularium mau jadi persentase kesesuaian aja, 90%", "Persentase kesesuaian formularium"),
])
def test_a_measure_too_short_to_name_its_object_takes_the_words_naming_the_line(engine, typed, kept):
    # d11-rad01: «yg rontgen ganti jd waktu tunggu hasil aja, ≤ 3 jam» saved «Waktu tunggu hasil», rontgen lost
    engine.handle("u", LIST)
    assert f"«{kept}»" in said(engine.handle("u", typed))


@pytest.mark.parametrize("typed, lines", [
    ("hapus no 4 sm 7", [4, 7]),  # d12-nut02: read as an IKI to check
    ("buang no 2 dan 5", [2, 5]),
    ("tolong coret nomor 8", [8]),
    ("hps no 1-3", [1, 2, 3]),
])
def test_a_drop_word_before_the_numbers_drops_those_lines(typed, lines):
    assert kinds(typed) == [(n, DROP) for n in lines]


@pytest.mark.parametrize("typed", [
    "no 2 buang. sisanya simpan. tambah IP ASN",  # d12-pkm05: only line 2 was dropped; nothing saved
    "no 2 hapus, yg lain masukin aja, tambahin IP ASN jg",
    "buang no 2; sisanya simpan; tambah ip asn",
])
def test_the_rest_of_the_list_saved_and_the_mandatory_iki_added_in_one_message(engine, typed):
    engine.handle("u", LIST)
    passing = [n for n, line in enumerate(line_acts.iki_list.lines_checked(engine.state("u").listed), 1)
               if not line.verdict.has_error and n != 2]
    assert 2 <= len(passing) < 7
    reply = said(engine.handle("u", typed))
    assert "Baris 2" in reply and "dibuang" in reply
    drafted = engine.state("u").skp.iki
    assert len(drafted) == len(passing) + 1, [i.indikator for i in drafted]
    assert drafted[-1].indikator == "Nilai Indeks Profesionalitas ASN" and drafted[-1].jenis == Jenis.core_mi
    assert not any("telaah" in i.indikator for i in drafted)  # the dropped line never saved


@pytest.mark.parametrize("typed", [
    "telaah resep buang. simpan sisanya ke draf",  # day-one dev14: the line named dropped, the rest never saved
    "no 2 buang, simpan sisanya",
])
def test_the_rest_saved_when_the_save_word_comes_before_it(engine, typed):
    engine.handle("u", LIST)
    passing = [n for n, line in enumerate(line_acts.iki_list.lines_checked(engine.state("u").listed), 1)
               if not line.verdict.has_error and n != 2]
    reply = said(engine.handle("u", typed))
    assert "Baris 2" in reply and "dibuang" in reply
    drafted = engine.state("u").skp.iki
    assert len(drafted) == len(passing) and not any("telaah" in i.indikator for i in drafted)


@pytest.mark.parametrize("typed", [
    "no 8 ganti ip asn",  # d12-tem04: saved nothing, the line read «Ip ASN»
    "no 8 jd IP ASN aja",
    "yg no 8 itu bukan kerjaan sy sih, itu kepala instalasi. ganti IP ASN aja",  # d12-nut02: IP ASN added as a 13th
])
def test_a_line_replaced_by_the_mandatory_iki_is_it_as_the_guidance_writes_it(engine, typed):
    engine.handle("u", LIST)
    reply = said(engine.handle("u", typed))
    assert "Baris 8 diganti: «Nilai Indeks Profesionalitas ASN»" in reply
    drafted = engine.state("u").skp.iki
    assert [(i.indikator, i.jenis) for i in drafted] == [("Nilai Indeks Profesionalitas ASN", Jenis.core_mi)]


@pytest.mark.parametrize("typed", [
    "yg no 3 itu bukan kerjaan sy sih, itu kepala instalasi. ganti IP ASN aja",  # d12-nut02: a 13th IKI was added
    "no 3 ganti ip asn",
])
def test_a_saved_line_replaced_by_the_mandatory_iki_takes_its_place_in_the_draft(engine, typed):
    engine.handle("u", LIST)
    engine.press("u", "list:save:fixed")  # the lines that pass, then their target asked
    before = [i.indikator for i in engine.state("u").skp.iki]
    assert any("waktu tunggu" in t for t in before) and engine.state("u").fill
    engine.handle("u", typed)
    after = [i.indikator for i in engine.state("u").skp.iki]
    assert len(after) == len(before) and "Nilai Indeks Profesionalitas ASN" in after
    assert not any("waktu tunggu" in t for t in after)


@pytest.mark.parametrize("typed, acts", [
    # d12-epi01: the whole message was line 2's, and its «hapus» dropped line 2
    ("no 2 ganti jd persentase laporan stok yg masuk tepat waktu dgn analisis, no 4 hapus aja",
     [(2, REPLACE, "persentase laporan stok yg masuk tepat waktu dgn analisis"), (4, DROP, "")]),
    ("no 7 ganti Persentase pasien yang dikonseling, 90%, no 3 buang",
     [(7, REPLACE, "Persentase pasien yang dikonseling, 90%"), (3, DROP, "")]),
    ("no 7 ganti Persentase pasien yang dikonseling, target 90",  # the new words run on to the end
     [(7, REPLACE, "Persentase pasien yang dikonseling, target 90")]),
])
def test_a_lines_new_words_run_up_to_the_next_line_named(typed, acts):
    assert [(a.line, a.kind, a.text) for a in line_acts.read(typed, 8)] == acts


def test_lines_saved_before_are_dropped_from_the_draft_and_replaced_in_place(engine):
    # d12-epi01: after «Simpan semua», «no 2 ganti jd …, no 4 hapus aja» left both in the draft
    engine.handle("u", LIST)
    engine.handle("u", "Simpan semua seperti ditulis")
    before = [i.indikator for i in engine.state("u").skp.iki]
    assert len(before) == 8, before
    engine.handle("u", "no 2 ganti jd persentase resep rawat jalan yg ditelaah sesuai standar, no 4 hapus aja")
    after = [i.indikator for i in engine.state("u").skp.iki]
    assert len(after) == 7 and not any("stok opname" in t or "telaah resep" in t for t in after), after
    assert after[1] == "Persentase resep rawat jalan yang ditelaah sesuai standar"


SHORT_LIST = """1. Persentase sinyal SKDR yang diverifikasi dalam 24 jam
2. Jumlah laporan hasil pemeriksaan sampel
3. Persentase KLB yang ditanggulangi dalam 24 jam
4. rapat koordinasi lintas sektor
5. Persentase rekomendasi kajian epidemiologi yang ditindaklanjuti"""


@pytest.mark.parametrize("fix_two, fix_four", [
    ("no 2 jadi Persentase sampel yang diperiksa sesuai standar aja", "no 4 buang aja"),
    ("2 ganti Persentase sampel yang diperiksa sesuai standar", "yg 4 hapus"),
    ("no 4 buang", "nomor 2 diganti Persentase sampel yang diperiksa sesuai standar"),
])
def test_the_list_worked_through_sends_its_passing_lines_to_the_draft(engine, fix_two, fix_four):
    """Once the last line the rules refused is settled (new words, dropped), the passing lines go to the draft with
    the fixed one: the user worked the list through as their SKP (d13-epi01 lost lines 1, 3 and 5)."""
    engine.handle("u", SHORT_LIST)
    engine.handle("u", fix_two)
    assert len(engine.state("u").skp.iki) <= 1  # one refused line still left: nothing saved on the user's behalf
    reply = said(engine.handle("u", fix_four))
    texts = [i.indikator for i in engine.state("u").skp.iki]
    assert len(texts) == 4 and "Tidak ada lagi baris yang perlu diubah" in reply
    assert not any("rapat" in t.lower() or "laporan" in t.lower() for t in texts)
    assert any("sinyal SKDR" in t for t in texts) and any("rekomendasi kajian" in t for t in texts)


def test_a_list_with_a_refused_line_left_keeps_its_passing_lines_waiting(engine):
    engine.handle("u", SHORT_LIST)
    reply = said(engine.handle("u", "no 4 buang aja"))
    assert engine.state("u").skp.iki == [] and "Tidak ada lagi baris" not in reply


@pytest.mark.parametrize("save", ["simpan semua", "Simpan semua", "list:save:fixed"])
def test_saving_lines_the_draft_already_holds_asks_what_they_lack_in_turn(engine, save):
    """After the list completed itself, «simpan semua» names them held and asks their targets in order, so
    «100, 95, 2, 90» next is read as those targets (d6-apoteker01), never a stray."""
    engine.handle("u", SHORT_LIST)
    engine.handle("u", "no 2 jadi Persentase sampel yang diperiksa sesuai standar")
    engine.handle("u", "no 4 buang aja")
    engine.press("u", "fill:cancel")
    replies = engine.press("u", save) if ":" in save else engine.handle("u", save)
    reply = said(replies)
    assert "Sudah ada di draf" in reply and "Target satu tahun" in reply
    reply = said(engine.handle("u", "90, 95, 85, 80"))
    assert [i.target for i in engine.state("u").skp.iki][:2] != [None, None] and "90" in reply


def test_in_prima_step_4_the_list_lines_wait_for_its_own_drafting(engine):
    """At PRIMA's step 4 the list's passing lines are drafted one by one as the user saves them (d12-keu08): the last
    refused line settled saves that line only."""
    from tests.talk import prima_at_step_m

    prima_at_step_m(engine, "u")
    engine.handle("u", SHORT_LIST)
    engine.handle("u", "no 4 buang aja")
    reply = said(engine.handle("u", "no 2 jadi Persentase sampel yang diperiksa sesuai standar"))
    assert "Tidak ada lagi baris" not in reply and len(engine.state("u").skp.iki) == 1


@pytest.mark.parametrize("typed", ["yg telaah resep, stok opname sm seminar pelatihan buang aja",
                                   "buang yg telaah resep, stok opname sama pelatihan farmasi klinis"])
def test_several_lines_named_by_their_words_are_dropped_together(engine, typed):
    # d15-xxx06: «yg rapat koordinasi, surat tugas sm reviu RKA buang aja» drafted IKI from the three names (one
    # «reviu RKA buang»), and a later «simpan semua» saved the three lines by their suggestions
    engine.handle("u", LIST)
    reply = said(engine.handle("u", typed))
    listed = engine.state("u").listed
    assert [n for n, item in enumerate(listed, 1) if item.dropped] == [2, 4, 8], reply
    assert "buang" not in " ".join(c.indikator for c in engine.state("u").candidates)
    engine.handle("u", "simpan semua")
    drafted = " ".join(iki.indikator.lower() for iki in engine.state("u").skp.iki)
    assert "telaah" not in drafted and "stok opname" not in drafted and "pelatihan farmasi" not in drafted
