"""Lists of IKI pasted before PRIMA's step 4 (day-one set 22): a list whose lines mostly open with a measure word is a
list at step 2 too, one activity among them flagged, never joined into one IKI; PRIMA pauses so the list's own
follow-ups are the list's; a list marked by letters keeps its letters («b. Persentase …» no note «b») and a marked
line between IKI lines («c. Maintenance server») is a line of it, so «c diganti …» and «target d 150, b 90%» name the
right lines; «Simpan» typed while a saved IKI's field is asked saves the list's passing lines still waiting."""

from bot.conversation import iki_list
from tests.talk import said


def _at_strategy_step(engine):
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    assert engine.state("u").prima.step == "R"


def test_a_list_with_one_activity_at_the_strategy_step_is_a_list_and_prima_pauses(engine):
    _at_strategy_step(engine)
    reply = said(engine.handle("u", "- Persentase resep rawat jalan yang dilayani ≤ 30 menit\n"
                                    "- ngecek suhu gudang obat tiap pagi\n"
                                    "- Persentase pasien rawat inap yang mendapat konseling obat"))
    state = engine.state("u")
    assert len(state.listed) == 3 and state.skp.iki == [] and not state.prima.strategies
    assert state.prima.paused and "3." in reply


def test_strategies_with_one_measured_line_stay_the_strategy(engine):
    _at_strategy_step(engine)
    engine.handle("u", "- sweeping imunisasi di desa terpencil\n- pelatihan kader posyandu\n"
                       "- Persentase desa yang dikunjungi")
    state = engine.state("u")
    assert state.prima.step == "I" and "sweeping" in state.prima.strategies and not state.listed


def test_lettered_lines_keep_their_letters_and_a_marked_activity_is_a_line():
    pasted = iki_list.read_list("Persentase alat kalibrasi tepat waktu\nPersentase tiket selesai 1x24 jam\n"
                                "Backup database\nJumlah puskesmas terhubung SATUSEHAT", listed_first=True)
    assert [line.listed.text for line in pasted.lines][2] == "Backup database" and not pasted.skipped
    raw = iki_list.read_list("a. Persentase alat kalibrasi tepat waktu\nb. Persentase tiket selesai 1x24 jam\n"
                             "c. Jumlah puskesmas terhubung SATUSEHAT")
    assert len(raw.lines) == 3 and not raw.skipped


def test_lines_named_by_letter_are_replaced_and_given_targets(engine):
    engine.handle("u", "/cek")
    engine.handle("u", "a) Persentase permintaan perbaikan alat yang selesai ≤ 2 hari kerja\n"
                       "b) Persentase alat yang lolos uji fungsi\nc) Backup database\n"
                       "d) Jumlah ruangan yang memakai sistem antrean elektronik")
    assert len(engine.state("u").listed) == 4
    reply = said(engine.handle("u", "c diganti Persentase data pasien yang tercadangkan tiap hari"))
    assert "Baris 3" in reply
    engine.handle("u", "target d 12 ruangan, b 85%")
    iki = {i.indikator: i.target for i in engine.state("u").skp.iki}
    assert iki.get("Persentase alat yang lolos uji fungsi") == "85%"
    assert any(text.startswith("Jumlah ruangan") and target and "12" in target for text, target in iki.items())


def test_simpan_typed_at_a_saved_iki_field_saves_the_lines_still_waiting(engine):
    engine.handle("u", "/cek")
    engine.handle("u", "1. Persentase resep yang dilayani tepat waktu\n2. rapat koordinasi farmasi\n"
                       "3. Persentase pasien yang mendapat konseling obat\n4. bikin laporan stok bulanan")
    engine.handle("u", "yg no 2 kenapa ga boleh?")
    engine.handle("u", "oke gas ganti jd Persentase rekomendasi rapat farmasi yang ditindaklanjuti")  # a slang go-ahead
    assert len(engine.state("u").skp.iki) == 1  # line 4 still refused: the others wait
    engine.handle("u", "target 80")
    engine.handle("u", "Simpan")
    texts = [i.indikator for i in engine.state("u").skp.iki]
    assert len(texts) == 3 and "Persentase resep yang dilayani tepat waktu" in texts


def test_sub_numbered_lines_are_marks_and_name_their_line(engine):
    from bot.lang.text import clean

    assert clean("2.1 Jumlah kajian") == "Jumlah kajian" and clean("2.5 jam") == "2.5 jam"  # a value keeps its number
    engine.handle("u", "/cek")
    engine.handle("u", "2.1 Persentase sampel air yang diperiksa sesuai baku mutu\n2.2 Menyusun jadwal sampling\n"
                       "2.3 Persentase hasil uji yang dilaporkan ≤ 5 hari kerja")
    state = engine.state("u")
    assert state.listed_marks == ["2.1", "2.2", "2.3"] and state.listed[0].text.startswith("Persentase sampel")
    reply = said(engine.handle("u", "2.2 jd Persentase titik sampling yang diambil sesuai jadwal"))
    assert "Baris 2" in reply
    assert engine.state("u").listed[0].text.startswith("Persentase sampel")  # line 1 kept its words


def test_one_line_of_iki_after_an_add_lead_keeps_the_first(engine):
    pasted = iki_list.read_list("tambahin: Persentase pasien yang puas 90 %; Jumlah modul edukasi 3 modul; "
                                "Persentase keluhan yang ditangani 1x24 jam")
    assert pasted is not None and len(pasted.lines) == 3 and pasted.lines[0].listed.text.startswith("Persentase pasien")


def test_a_nod_at_step_four_offers_the_missing_mandatory_iki(engine):
    # «Setuju semua» with nothing left to answer was «Siap.» alone (d10-apk02); the mandatory IKI is the open matter
    engine.handle("u", "/cek Persentase resep yang dilayani tepat waktu")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "95")
    engine.handle("u", "/prima")
    engine.handle("u", "langsung aja ke iki nya")
    assert engine.state("u").prima.step == "M"
    reply = said(engine.handle("u", "oke setuju"))
    assert "Indeks Profesionalitas ASN" in reply and engine.state("u").mandatory_offered
    engine.handle("u", "tambahkan, target 85")
    assert any("Profesionalitas" in i.indikator for i in engine.state("u").skp.iki)


def test_ekinerja_rows_pasted_field_by_field_are_one_iki_each():
    from bot.conversation import labelled_rows

    # as the engine reads a message: labelled rows are written as a table's rows first (labelled_rows, tester57 F1)
    pasted = iki_list.read_list(labelled_rows.rows(
        "Rencana Hasil Kerja: Sampel air minum diperiksa sesuai standar\n"
        "Indikator: Persentase sampel air minum yang diperiksa sesuai SNI\nTarget: 90 %\n\n"
        "Rencana Hasil Kerja: Hasil uji dilaporkan tepat waktu\n"
        "Indikator: Persentase hasil uji yang dilaporkan ≤ 5 hari kerja\nTarget: 80 %"))
    assert [(line.listed.text[:28], line.listed.target) for line in pasted.lines] == [
        ("Persentase sampel air minum ", "90%"), ("Persentase hasil uji yang di", "80%")]
    assert pasted.lines[1].listed.rhk == "Hasil uji dilaporkan tepat waktu"


def test_a_jenis_before_its_colon_keeps_with_a_chat_particle():
    from bot.conversation.one_off import named_iki
    from bot.models import Jenis

    found = named_iki("oke tambah beyond dong: Jumlah video edukasi pasien pasca operasi, 2 video")
    assert found is not None and found[1].jenis is Jenis.beyond and found[1].target == "2 video"
