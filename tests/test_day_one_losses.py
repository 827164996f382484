"""Day-one IKI lost on the way to the draft (issue 16, fifth round): a line typed while another IKI's field is asked
is the next IKI, never the number asked («oh kurang 1. Persentase …, 90%», «need 5? ugh. Persentase …, 90»), also
after a few words of talk («oh gitu, pake yg persentase …») or with a number inside it («… dibawah 5%»)."""

import pytest

from bot.conversation import Engine
from bot.conversation.answers import picks_by_number, read_answer
from bot.conversation.typed_work import new_iki_in
from tests.talk import prima_at_step_m, typed


def at_field(engine, user: str, field: str) -> None:
    """One IKI saved from /cek with its target, its questions open at `field`."""
    engine.handle(user, "/cek Persentase laporan keuangan yang disusun sesuai SAP")
    engine.press(user, "fill:save")
    engine.handle(user, "90")
    state = engine.state(user)
    assert state.fill.field == "baseline"
    if field == "bobot":
        engine.handle(user, "Core TUSI")
        assert engine.state(user).fill.field == "bobot"


@pytest.mark.parametrize("field, text, saved", [
    ("baseline", "oh kurang 1. Persentase puskesmas dampingan yg input data mutu di aplikasi tiap bulan, 90%",
     "Persentase puskesmas dampingan yang input data mutu di aplikasi tiap bulan"),
    ("bobot", "need 5? ugh. Persentase permintaan vaksin dr provinsi yg dipenuhi maks 7 hari, 90",
     "Persentase permintaan vaksin dari provinsi yang dipenuhi maks 7 hari"),
])
def test_an_iki_after_a_short_sentence_with_a_number_is_the_next_iki(engine, field, text, saved):
    user = f"u-lead-{field}"
    at_field(engine, user, field)
    before = engine.state(user).skp.iki[0]
    engine.handle(user, text)
    state = engine.state(user)
    assert [i.indikator for i in state.skp.iki][1:] == [saved]
    assert before.baseline in (None, "") and before.bobot is None  # the open field took nothing from the line


@pytest.mark.parametrize("text, found", [
    ("oh gitu, pake yg persentase rekomendasi monev diselesaikan, 80%", "Persentase rekomendasi monev diselesaikan, 80%"),
    ("Persentase sampel yg ditolak krn tidak memenuhi syarat dibawah 5%",
     "Persentase sampel yg ditolak krn tidak memenuhi syarat dibawah 5%"),
    ("Persentase pengadu yg puas dgn penanganan, gatau berapa, mungkin 70an",
     "Persentase pengadu yg puas dgn penanganan, 70"),  # the guess, not the whole line
    ("iya 100, ini duit negara", None),
    ("eh itu 90 aja ya kak", None),
])
def test_an_iki_is_found_after_talk_and_with_a_number_inside(text, found):
    assert new_iki_in(text) == found


def test_an_iki_typed_at_the_role_question_is_in_the_draft_and_completed_in_step_m(engine):
    user = "u-role"
    for step in ("/prima", "prima:skip", "prima:skip"):
        engine.handle(user, step) if step.startswith("/") else engine.press(user, step)
    assert engine.state(user).prima.step == "I"
    said = "\n".join(r.text for r in engine.handle(user, "oh gitu, pake yg persentase rekomendasi monev diselesaikan, 80%"))
    state = engine.state(user)
    assert [(i.indikator, i.target) for i in state.skp.iki] == [("Persentase rekomendasi monev diselesaikan", "80%")]
    assert "Apa peran Anda" in said  # the question is asked again
    engine.press(user, "prima:role:anggota")
    replies = engine.press(user, "prima:direct:0")
    state = engine.state(user)
    assert (state.prima.step, state.prima.index) == ("M", 0)  # its own questions now, in place
    assert "IKI ke-1" in "\n".join(r.text for r in replies) and len(state.skp.iki) == 1


def mpph_without_roles(engine, user: str) -> None:
    engine.handle(user, "/mpph Persentase layanan ketatausahaan yang diselesaikan sesuai SOP, target 95%")
    engine.press(user, "mpph:method:layanan")
    engine.handle(user, "persuratan & arsip - Wati")  # not read as a role: none recorded
    assert engine.state(user).mpph.step == "roles" and not engine.state(user).mpph.current.peran


def test_saving_an_mpph_indicator_with_no_role_keeps_it_whole_as_the_leaders_iki(engine):
    user = "u-mpph-save"
    mpph_without_roles(engine, user)
    replies = engine.press(user, "mpph:save")
    text = "\n".join(r.text for r in replies)
    assert "tidak berlaku" not in text and "sebagai IKI 1" in text
    own = engine.state(user).skp.iki
    assert [(i.indikator, i.target) for i in own] == [
        ("Persentase layanan ketatausahaan yang diselesaikan sesuai SOP", "95%")]
    assert engine.state(user).mpph.step == "roles"  # roles may still be written
    assert "sudah ada di draf" in "\n".join(r.text for r in engine.press(user, "mpph:save"))
    assert len(engine.state(user).skp.iki) == 1


def test_leaving_an_mpph_with_no_role_for_an_own_iki_keeps_the_indicator(engine):
    user = "u-mpph-leave"
    mpph_without_roles(engine, user)
    engine.handle(user, "Persentase usulan kenaikan pangkat pegawai yg diproses sebelum batas waktu BKN, 100%")
    state = engine.state(user)
    assert state.mpph is None
    assert state.skp.iki[0].indikator == "Persentase layanan ketatausahaan yang diselesaikan sesuai SOP"
    assert any(i.indikator.startswith("Persentase usulan kenaikan pangkat") for i in state.skp.iki[1:])


@pytest.mark.parametrize("text, picks", [("Pakai usulan 1", True), ("usulan 2 aja", True), ("Pakai saran 22,5%", False),
                                         ("1", False), ("Persentase usulan 1 yang diproses", False)])
def test_a_suggestion_picked_by_number_is_never_a_value(text, picks):
    assert picks_by_number(text) is picks
    assert (read_answer(text).numbers == []) is picks


def test_pakai_usulan_with_no_suggestion_saves_the_checked_iki_without_taking_its_number(engine):
    user = "u-usulan"
    typed(engine, user, "/cek Jumlah konten media sosial",
          "Pakai usulan 1")  # a guessed button: no suggestion was offered
    state = engine.state(user)
    assert [(i.indikator, i.target) for i in state.skp.iki] == [("Jumlah konten media sosial", None)]
    assert state.fill.field == "target"  # asked now, not read off «usulan 1»


def test_pakai_usulan_after_a_cek_inside_prima_saves_that_iki_not_a_weight(engine):
    user = "u-usulan-prima"
    prima_at_step_m(engine, user)
    typed(engine, user, "Persentase alat lab yg dikalibrasi sesuai jadwal, 95%", "Belum ada data awal", "Core TUSI")
    assert engine.state(user).prima.field == "bobot"
    typed(engine, user, "/cek Persentase hasil uji yg dikoreksi krn salah input", "Pakai usulan 1")
    state = engine.state(user)
    assert state.skp.iki[0].bobot is None and state.prima.field == "bobot"
    assert [i.indikator for i in state.skp.iki] == ["Persentase alat lab yang dikalibrasi sesuai jadwal",
                                                    "Persentase hasil uji yang dikoreksi karena salah input"]


def test_a_sentence_of_work_at_the_unit_question_is_never_the_unit(engine):
    user = "u-satuan"
    engine.handle(user, "/cek Jumlah sampel serotipe dengue yg dikirim ke lab rujukan")
    engine.press(user, "fill:save")
    engine.handle(user, "80 mungkin")
    assert engine.state(user).fill.field == "satuan"
    engine.handle(user, "yg penting jg hasil positif dilaporkan ke dinkes dlm 1x24 jam")
    assert engine.state(user).skp.iki[0].satuan != "yg penting jg hasil positif dilaporkan ke dinkes dlm 1x24 jam"
    engine.handle(user, "/cek Jumlah sertifikat kalibrasi alat")
    engine.press(user, "fill:save")
    engine.handle(user, "12")
    if engine.state(user).fill.field == "satuan":
        engine.handle(user, "sertifikat")
        assert engine.state(user).skp.iki[-1].satuan.lower() == "sertifikat"  # typed, or its button


def test_taking_the_bots_word_saves_the_iki_on_offer(engine):
    user = "u-kakak"
    typed(engine, user, "/cek Persentase sampel yg ditolak krn tidak memenuhi syarat dibawah 5%", "pake yg kakak aja")
    assert [i.indikator for i in engine.state(user).skp.iki] == [
        "Persentase sampel yang ditolak karena tidak memenuhi syarat dibawah 5%"]


def test_a_question_with_a_number_at_the_weight_is_no_weight(engine):
    user = "u-kurang"
    engine.handle(user, "IP ASN 85")
    assert engine.state(user).fill.field == "bobot"
    engine.handle(user, "sy masih kurang 1 ga?")
    state = engine.state(user)
    assert state.skp.iki[0].bobot is None and state.fill.field == "bobot"


def test_a_check_with_nothing_to_offer_leaves_the_suggestions_on_screen_usable(engine):
    user = "u-stale"
    first = engine.handle(user, "/cek Jumlah rapat koordinasi yang difasilitasi")
    offered = engine.state(user).candidates[0].indikator
    assert any(b.data == "use:1" for r in first for b in r.buttons)
    engine.handle(user, "tp atasan sy dulu setuju2 aja")  # read as an IKI, failing, with no suggestion of its own
    picked = "\n".join(r.text for r in engine.press(user, "use:1"))
    assert "tidak berlaku" not in picked
    assert [i.indikator for i in engine.state(user).skp.iki] == [offered]


def test_a_sentence_of_work_at_primas_unit_question_is_read_as_the_next_iki(engine):
    user = "u-satuan-prima"
    prima_at_step_m(engine, user)
    typed(engine, user, "Jumlah sampel serotipe dengue yg dikirim ke lab rujukan", "80")
    assert engine.state(user).prima.field == "satuan"
    said = "\n".join(r.text for r in engine.handle(user, "yg penting jg hasil positif dilaporkan ke dinkes dlm 1x24 jam"))
    state = engine.state(user)
    assert all(i.satuan != "yg penting jg hasil positif dilaporkan ke dinkes dlm 1x24 jam" for i in state.skp.iki)
    assert "hasil positif" in said


def test_the_weight_suggested_spreads_a_jenis_over_all_its_iki_in_a_pasted_list():
    engine = Engine()
    works = ["berkas usulan kenaikan pangkat", "laporan keuangan satker", "dokumen pengadaan barang", "surat keluar unit",
             "data kepegawaian pegawai", "usulan mutasi pegawai"]
    pasted = "\n".join(f"{n}. Persentase {w} yang diselesaikan tepat waktu, target 90%, Core TUSI"
                       for n, w in enumerate(works, start=1))
    typed(engine, "u", pasted, "simpan semua")
    for _ in works:  # each IKI: no data awal yet, then the weight suggested
        typed(engine, "u", "Belum ada data awal", "ok")
    assert [iki.bobot for iki in engine.state("u").skp.iki] == [15] * 6  # TUSI 90% over six, none left with 0


def test_a_correction_after_a_refused_weight_is_the_new_weight_and_a_code_is_no_weight():
    engine = Engine()
    refused = typed(engine, "u", "Nilai IP ASN 85", "25")
    assert "Tetap simpan 25%" in [b.label for r in refused for b in r.buttons]
    engine.handle("u", "IKK 1.1.1")  # a catalog code, not a weight of 111
    assert engine.state("u").skp.iki[0].bobot is None
    said = "\n".join(r.text for r in engine.handle("u", "eh salah, 10 aja"))
    iki = engine.state("u").skp.iki[0]
    assert iki.bobot == 10 and iki.target == "85", said


def test_one_numbered_iki_sent_alone_is_saved_without_its_list_number():
    engine = Engine()
    engine.handle("u", "2. Persentase berkas usulan kenaikan pangkat yang diproses tepat waktu target 90%")
    assert engine.state("u").skp.iki[0].indikator.startswith("Persentase berkas")
