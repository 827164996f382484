"""A suggestion on screen put in place of an IKI the draft holds, in one message (d4-humas01): «oke yg pertama simpan
ke draf gantiin yg no 2» after /cek of that IKI."""

from bot.conversation import suggestion_swap
from tests.talk import said

LIST = """• Jumlah press release yang dibuat
• Jumlah konten media sosial yang diunggah
• Persentase pengaduan masyarakat yang ditindaklanjuti maksimal 3 hari kerja"""


def test_the_words_before_the_swap_word_and_the_iki_after_it():
    assert suggestion_swap.read("oke yg pertama simpan ke draf gantiin yg no 2", 3) == ("yg pertama", 2)
    assert suggestion_swap.read("pakai usulan 2 buat ganti IKI 3", 3) == ("usulan 2", 3)
    assert suggestion_swap.read("usulan 2 buat ganti IKI 4", 3) is None  # the draft has no IKI 4
    assert suggestion_swap.read("no 7 ganti Persentase kepatuhan", 9) is None  # new words for a list line
    assert suggestion_swap.read("yg pertama ganti 90%", 3) is None


def test_a_suggestion_picked_replaces_the_iki_named(engine):
    engine.handle("u", LIST)
    engine.handle("u", "simpan semua")
    engine.handle("u", "Selesai dulu")
    engine.handle("u", "/cek Jumlah konten media sosial yang diunggah")
    state = engine.state("u")
    assert len(state.skp.iki) == 3 and state.candidates
    first = state.candidates[0].indikator
    reply = said(engine.handle("u", "oke yg pertama simpan ke draf gantiin yg no 2"))
    drafted = [iki.indikator for iki in engine.state("u").skp.iki]
    assert len(drafted) == 3 and drafted[1] == first, reply
    assert "IKI 2" in reply and first in reply
    assert drafted[0] == "Jumlah press release yang dibuat"
    assert engine.state("u").listed[1].text == first  # the list's line 2 is in the draft, never offered as left out


def test_a_line_thrown_out_of_the_draft_is_not_saved_again_by_the_list_button(engine):
    # d5-rekammedis01: «/buang 4», then «Simpan semua» of the paste still on screen put IKI 4 back
    engine.handle("u", LIST + "\n• Melaksanakan kegiatan media gathering")
    engine.handle("u", "simpan semua seperti ditulis")  # (a bare «simpan semua» asks the failing line first: draft42)
    engine.handle("u", "Selesai dulu")
    engine.handle("u", "/buang 1")
    assert len(engine.state("u").skp.iki) == 3  # (since save27 «simpan semua» saved the activity by its suggestion)
    engine.press("u", "list:save:all")
    drafted = [iki.indikator for iki in engine.state("u").skp.iki]
    assert "Jumlah press release yang dibuat" not in drafted and len(drafted) == 3, drafted
    engine.handle("u", "/buang 1")
    assert [line.dropped for line in engine.state("u").listed[:2]] == [True, True]
    engine.handle("u", "urungkan")  # put back: its line is the list's again
    assert [line.dropped for line in engine.state("u").listed[:2]] == [True, False]
