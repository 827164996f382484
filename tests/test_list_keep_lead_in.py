"""Lines of a pasted list picked after a lead-in that counts them, a suggestion taken with none named, lines put back
(tester59 F1, F25): «ok sy keep 7 aja ya: no 2,3,… simpan, no 1 sm 5 pake usulan, sisanya buang» saved one line and
dropped the lines kept; «balikin dong» dropped them again; after «urungkan» the list showed ✓ on lines «Lolos» left
out."""

import pytest

from bot.conversation.line_acts import DROP, RESTORE, SAVE, USE
from tests.talk import said
from tests.test_line_acts import LIST, kinds

# test_line_acts' pharmacist list: 2, 4, 5, 7, 8 fail the rules; 3 and 6 pass, 1 with a note (and suggestions)


@pytest.mark.parametrize("typed", [
    "oke aku ambil 3 saja ya: nomor 3,6 simpan, nomor 1 pakai usulan, yang lainnya hapus",
    "3 aja deh: no 3, 6 masukin, no 1 pake usulan, sisanya coret",
])
def test_a_count_before_the_colon_is_no_line_and_the_lines_after_it_are_all_read(typed):
    assert kinds(typed) == [(3, SAVE), (6, SAVE), (1, USE), (2, DROP), (4, DROP), (5, DROP), (7, DROP), (8, DROP)]


def test_the_lead_ins_act_goes_to_lines_named_after_it_with_none_of_their_own():
    assert kinds("mau masukin 2 aja: nomor 3 sama 6, yg lain buang") == [
        (3, SAVE), (6, SAVE), (1, DROP), (2, DROP), (4, DROP), (5, DROP), (7, DROP), (8, DROP)]
    # the words before the colon naming a line are the line's own: «no 8 jd MI aja: …» keeps its new words
    assert kinds("no 8 jd MI aja: Jumlah JPL pengembangan kompetensi farmasi klinis") == [(8, "replace")]


def test_a_suggestion_taken_with_none_named_takes_the_first(engine):
    engine.handle("u", LIST)
    replies = engine.handle("u", "oke aku ambil 3 saja ya: nomor 3,6 simpan, nomor 1 pakai usulan, yang lainnya hapus")
    text = said(replies)
    assert "belum lolos aturan, jadi tidak saya simpan" not in text
    state = engine.state("u")
    assert not state.listed[0].dropped and state.listed[6].dropped
    texts = [iki.indikator for iki in state.skp.iki]
    assert len(texts) == 3 and any("waktu tunggu" in t for t in texts) and any("formularium" in t for t in texts)
    # line 1 went in as its first suggestion, never as typed
    assert "Jumlah resep yang dilayani" not in texts, texts


@pytest.mark.parametrize("typed", ["lho kok nomor 4 dihapus?? kembalikan dong", "kembalikan no 4"])
def test_a_put_back_word_beside_lines_dropped_puts_them_back(engine, typed):
    engine.handle("u", LIST)
    engine.handle("u", "no 4 sm 7 buang")
    text = said(engine.handle("u", typed))
    assert "Baris 4" in text and "tidak jadi dibuang" in text and "dibuang: tidak masuk draf" not in text
    listed = engine.state("u").listed
    assert not listed[3].dropped and listed[6].dropped


def test_undoing_a_save_takes_back_the_lines_its_message_threw_out_and_the_marks_agree(engine):
    engine.handle("u", LIST)
    engine.handle("u", "no 3 simpan, no 1 sm 2 buang")
    text = said(engine.handle("u", "urungkan"))
    assert not any(item.dropped for item in engine.state("u").listed)
    assert "Lolos: 3 dari 8 (nomor 1, 3, 6)" in text and "✓ 6." in text and "– " not in text


def test_a_line_thrown_out_shows_no_pass_mark_in_the_list():
    from bot.conversation import iki_list, list_summary
    from bot.conversation.state import ListedIki

    listed = [ListedIki(text="Persentase waktu tunggu obat jadi ≤ 30 menit"),
              ListedIki(text="Persentase kesesuaian peresepan dengan formularium nasional", dropped=True)]
    text = list_summary.summary(iki_list.PastedList(iki_list.lines_checked(listed), []))
    assert "✓ 2." not in text and "– 2." in text and "Lolos: 1 dari 2 (nomor 1)" in text


def test_a_complaint_naming_lines_dropped_with_a_put_back_word_restores_them():
    assert kinds("lho kok no 4 sm 7 dihapus, balikin dong") == [(4, RESTORE), (7, RESTORE)]
    assert kinds("no 2 buang, no 4 kok dihapus, balikin") == [(2, DROP), (4, RESTORE)]
