"""Day-one IKI lost on the way to the draft (issue 16, sixth round): work typed at an open step that no suggestion
can be formed from is kept in the user's words; a saved IKI's target is said back; /ubah finds an IKI by its words;
an IKI typed ahead in PRIMA is in the draft at once, target or not."""

import pytest

from bot.conversation import Engine
from bot.conversation.kept_work import own_wording
from tests.talk import said, typed
from tests.test_day_one_losses import prima_at_step_m


def at_field(engine, user: str, field: str) -> None:
    """One IKI saved from /cek, its questions open at `field` (target, baseline or bobot)."""
    engine.handle(user, "/cek Persentase laporan keuangan yang disusun sesuai SAP")
    engine.press(user, "fill:save")
    if field != "target":
        engine.handle(user, "90")
    if field == "bobot":
        engine.handle(user, "Core TUSI")
    assert engine.state(user).fill.field == field


@pytest.mark.parametrize("text, wording", [
    ("satu lagi, sy lg nyusun inventaris digital alat pake QR code", "Menyusun inventaris digital alat"),
    ("oke. terus sy lg bikin dashboard TAT, jadinya TW III", "Membuat dashboard TAT"),
    ("Ketua Tim Virologi, dr. Ahmad Fauzi", None),  # a role and a name: no work being done
    ("satu lagi", None),
])
def test_the_users_own_wording_keeps_the_work_and_drops_the_talk(text, wording):
    assert own_wording(text) == wording


@pytest.mark.parametrize("field", ["target", "baseline", "bobot"])
def test_work_with_no_suggestion_typed_at_an_open_field_is_kept_in_the_draft(field, monkeypatch):
    engine, user = Engine(), f"u-keep-{field}"
    at_field(engine, user, field)
    import bot.rewrite.work

    rewrite = bot.rewrite.work.rewrite

    def none_formed(*args, **kwargs):  # «serah terima barang» now has suggestions: none formed, as for work the
        return rewrite(*args, **kwargs).model_copy(update={"candidates": []})  # rewriter has no wording for

    monkeypatch.setattr(bot.rewrite.work, "rewrite", none_formed)
    replies = engine.handle(user, "oke. terus sy lg ngerjain serah terima barang gudang, jadinya TW III")
    state = engine.state(user)
    assert [i.indikator for i in state.skp.iki] == ["Persentase laporan keuangan yang disusun sesuai SAP",
                                                   "Mengerjakan serah terima barang gudang"]
    assert state.skp.iki[1].triwulan_selesai == 3
    assert "/ubah 2" in said(replies) and "Target satu tahun untuk «Mengerjakan serah terima barang gudang»" in said(replies)
    engine.handle(user, "12 dokumen")
    assert engine.state(user).skp.iki[1].target == "12 dokumen"


def test_a_saved_iki_says_back_the_target_it_was_given():
    engine, user = Engine(), "u-echo"
    at_field(engine, user, "baseline")
    replies = engine.handle(user, "Persentase permintaan ATK yg dipenuhi maks 2 hari kerja, 90")
    assert "IKI ke-2" in said(replies) and "(target 90%)" in said(replies)
    replies = engine.handle(user, "IP ASN tambahin, 82")
    assert "(target 82" in said(replies) and len(engine.state(user).skp.iki) == 3


@pytest.mark.parametrize("command, index, target", [
    ("/ubah yg LPJ bendahara target jd 98", 0, "98"),
    ("/ubah yg keluhan pelanggan targetnya 92", 1, "92"),
    ("/ubah yg keluhan, target 95 aja, 100 ketinggian", 1, "95"),
])
def test_ubah_finds_the_iki_by_its_words(command, index, target):
    engine, user = Engine(), "u-named"
    engine.handle(user, "/cek Persentase LPJ bendahara yang diverifikasi tepat waktu")
    engine.press(user, "fill:save")
    typed(engine, user, "90", "/cek Persentase keluhan pelanggan yang ditindaklanjuti maks 2 hari")
    engine.press(user, "fill:save")
    replies = engine.handle(user, command)
    assert f"IKI {index + 1} diubah (Target)" in said(replies)
    assert str(engine.state(user).skp.iki[index].target).startswith(target)


def test_ubah_asks_which_when_the_words_are_in_several_iki():
    engine, user = Engine(), "u-which"
    for text in ("Persentase LPJ bendahara yang diverifikasi tepat waktu", "Persentase SPJ yang lengkap dan sah"):
        engine.handle(user, f"/cek {text}")
        engine.press(user, "fill:save")
    replies = engine.handle(user, "/ubah yg persentase target 90")
    assert "beberapa IKI" in said(replies) and "/ubah 1 target 90" in said(replies)
    assert [i.target for i in engine.state(user).skp.iki] == [None, None]


def test_an_iki_typed_ahead_in_prima_without_a_target_is_in_the_draft_at_once():
    engine, user = Engine(), "u-ahead"
    prima_at_step_m(engine, user)
    replies = typed(engine, user, "Persentase SPM yang diterbitkan tepat waktu, 95%",
                    "Beyond: Jumlah inovasi dashboard kinerja pegawai berbasis e-kinerja")
    assert "Tersimpan ke draf" in said(replies)
    assert "Jumlah inovasi dashboard kinerja pegawai berbasis e-kinerja" in [i.indikator for i in engine.state(user).skp.iki]


def test_a_list_number_is_never_a_target_while_suggestions_are_open():
    engine, user = Engine(), "u-listno"
    engine.handle(user, "/cek Jumlah laporan monitoring")
    assert engine.state(user).candidates
    replies = engine.handle(user, "4. Nilai IP ASN 85")
    assert "Target 4" not in said(replies)
    assert [(i.indikator, i.target) for i in engine.state(user).skp.iki] == [("Nilai Indeks Profesionalitas ASN", "85")]


def test_the_data_awal_label_typed_at_another_question_is_never_a_bare_refusal():
    engine, user = Engine(), "u-label"
    at_field(engine, user, "target")
    replies = engine.handle(user, "Belum ada data awal")
    assert "data awal" in said(replies) and "sesudah target" in said(replies) and "Coba lagi" not in said(replies)
    typed(engine, user, "90", "Core TUSI")  # the data awal passed over
    assert engine.state(user).fill.field == "bobot"
    replies = engine.handle(user, "Belum ada data awal")
    assert "Bobot harus" not in said(replies) and "untuk data awal" in said(replies)
    assert engine.state(user).fill.field == "bobot"


def test_ok_your_wording_under_a_checked_list_saves_its_lines():
    engine, user = Engine(), "u-wording"
    typed(engine, user,
          "Persentase distribusi vaksin ke provinsi yg tiba dgn VVM baik 98, Persentase stok vaksin "
          "kedaluwarsa di gudang pusat di bawah 1%",
          "ok your wording")
    assert len(engine.state(user).skp.iki) == 2


def test_an_iki_typed_at_prima_target_question_is_the_next_iki_not_this_ones_target():
    engine, user = Engine(), "u-prima-target"
    prima_at_step_m(engine, user)
    typed(engine, user, "Persentase laporan keuangan yang disusun sesuai SAP",
          "Persentase SPJ yang lengkap dan sah, 80%")
    state = engine.state(user)
    assert [(i.indikator, i.target) for i in state.skp.iki] == [("Persentase SPJ yang lengkap dan sah", "80%")]
    assert state.prima.field == "target" and state.prima.current.target is None
    engine.handle(user, "Persentase laporan keuangan yang disusun sesuai SAP, 90%")  # its own sentence: its target
    assert engine.state(user).skp.iki[-1].indikator == "Persentase laporan keuangan yang disusun sesuai SAP"


def test_lines_picked_with_sm_are_each_saved_with_their_own_target():
    engine, user = Engine(), "u-sm"
    typed(engine, user,
          "ini skp sy tahun lalu kak:\n1. Jumlah laporan inventarisasi BMN 12 laporan\n2. Persentase "
          "keluhan sarpras yg ditindaklanjuti maks 1x24 jam 95%\n3. Melaksanakan pengecekan kendaraan "
          "dinas\n4. Jumlah rapat koordinasi BMN 4 kali\n5. Nilai IP ASN 82",
          "yg no 2 sm 5 simpan aja")
    assert [str(i.target) for i in engine.state(user).skp.iki] == ["95%", "82"]


def test_the_offered_mandatory_iki_is_taken_by_a_yes_with_its_target():
    engine, user = Engine(), "u-offer"
    at_field(engine, user, "baseline")
    replies = typed(engine, user, "tambahin IP ASN jg ga?", "iya tambah, target 85")
    assert "(target 85" in said(replies) and "harus berupa angka" not in said(replies)
    assert [i.indikator for i in engine.state(user).skp.iki][-1] == "Nilai Indeks Profesionalitas ASN"


def test_a_target_named_at_the_data_awal_question_changes_the_target_and_the_data_awal_is_asked_again():
    engine, user = Engine(), "u-named-target"
    at_field(engine, user, "baseline")
    replies = engine.handle(user, "target 85 aja")
    assert "(sebelumnya 90%)" in said(replies) and "Coba lagi" not in said(replies)
    state = engine.state(user)
    assert state.skp.iki[0].target == "85%" and state.fill.field == "baseline"


def test_buang_finds_the_iki_by_its_words_and_removes_it_with_an_undo():
    engine, user = Engine(), "u-buang"
    engine.handle(user, "/cek Persentase sinyal kewaspadaan dini EWARS yg diverifikasi maks 24 jam")
    engine.press(user, "fill:save")
    replies = engine.handle(user, "/buang yg EWARS")
    assert "IKI 1 dibuang" in said(replies) and not engine.state(user).skp.iki
    assert "skp:undo:1" in [b.data for r in replies for b in r.buttons]


def test_an_iki_sentence_is_a_new_iki_while_the_skp_is_a_draft_even_after_a_logbook_line():
    engine, user = Engine(), "u-after-line"
    at_field(engine, user, "baseline")
    engine.press(user, "fill:cancel")
    engine.handle(user, "hari ini sudah verifikasi 12 laporan keuangan satker")  # kept as a logbook line
    assert engine.state(user).year.entries and not engine.state(user).year.agreed
    replies = engine.handle(user, "Persentase KLB yg direspon kurang dari 24 jam 100%")
    assert "angka capaian" not in said(replies)
    assert [i.indikator for i in engine.state(user).skp.iki][-1] == "Persentase KLB yang direspons kurang dari 24 jam"


def test_a_header_without_the_lists_numbering_is_no_line_of_the_list():
    from bot.conversation.iki_list import header_marked

    text = ("SKP 2025 Lilis, Pranata Lab Kes Ahli Muda\n1. Persentase hasil uji yg dikirim tepat waktu 90%\n"
            "2. Jumlah media yg dibuat 200 batch\n3. Persentase keluhan pelanggan yg ditindaklanjuti 90%")
    assert header_marked(text).splitlines()[0] == "SKP 2025 Lilis, Pranata Lab Kes Ahli Muda:"
    assert header_marked("1. Persentase A\n2. Persentase B\n3. Persentase C") == "1. Persentase A\n2. Persentase B\n3. Persentase C"
    engine, user = Engine(), "u-header"
    engine.handle(user, text)
    assert [line.text for line in engine.state(user).listed][0].startswith("Persentase hasil uji")
    engine.handle(user, "simpan no 1 sama 3")
    assert [str(i.target) for i in engine.state(user).skp.iki] == ["90%", "90%"]


def test_an_iki_after_an_ok_keeps_no_ok():
    from bot.conversation.typed_work import new_iki_in

    assert new_iki_in("ok Jumlah sertifikat hasil kalibrasi alat lab, target 12") == \
        "Jumlah sertifikat hasil kalibrasi alat lab, target 12"


def test_a_named_target_that_does_not_fit_the_measure_changes_nothing():
    engine, user = Engine(), "u-misfit"
    at_field(engine, user, "baseline")
    replies = engine.handle(user, "target 3000 aja")
    assert "tidak cocok" in said(replies) and engine.state(user).skp.iki[0].target == "90%"


def test_a_numbered_line_after_the_header_keeps_its_place_in_the_list():
    engine, user = Engine(), "u-rhk-line"
    engine.handle(user, "SKP 2025 Lilis, Pranata Lab\n1. RHK: Pemeriksaan sampel mikrobiologi dilaksanakan sesuai "
                        "standar\n2. Jumlah sampel yg diperiksa 3000 sampel\n3. Persentase hasil uji yg dikirim tepat "
                        "waktu 90%\n4. Persentase keluhan pelanggan yg ditindaklanjuti maks 3 hari kerja 90%")
    assert [line.text for line in engine.state(user).listed][3].startswith("Persentase keluhan pelanggan")
    engine.handle(user, "simpan no 3, 4")
    assert [str(i.target) for i in engine.state(user).skp.iki] == ["90%", "90%"]


def test_other_work_with_its_own_target_never_changes_the_target_of_the_iki_asked():
    engine, user = Engine(), "u-other-work"
    at_field(engine, user, "baseline")
    replies = engine.handle(user, "oh iya sy jg ngurus survei kepuasan layanan informasi publik, targetnya indeks 3,5")
    state = engine.state(user)
    assert state.skp.iki[0].target == "90%"
    assert state.candidates or len(state.skp.iki) == 2, said(replies)  # offered as suggestions, or kept


def test_an_iki_removed_by_its_words_comes_back_named_by_them_with_its_target():
    """«EWARS tadi balikin lg deh, 90» after «/buang yg EWARS»: the IKI put back once, never a logbook line."""
    engine, user = Engine(), "u-balikin"
    engine.handle(user, "/cek Persentase laporan surveilans mingguan yg lengkap dan tepat waktu 85%")
    engine.press(user, "fill:save")
    engine.press(user, "fill:cancel")
    engine.handle(user, "/cek Persentase sinyal kewaspadaan dini EWARS yg diverifikasi maks 24 jam 80%")
    engine.press(user, "fill:save")
    replies = typed(engine, user, "/buang yg EWARS", "/skp", "EWARS tadi balikin lg deh, 90")
    kept = engine.state(user).skp.iki
    assert "dikembalikan" in said(replies) and len(kept) == 2
    assert kept[1].indikator.startswith("Persentase sinyal kewaspadaan dini EWARS") and kept[1].target == "90%"
    assert not engine.state(user).year.entries
