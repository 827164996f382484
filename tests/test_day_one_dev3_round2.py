"""Day-one dev3, round two (evals/day_one/day_one_dev3.yaml): a pasted list acted on line by line, targets typed
for the whole draft at once."""

from bot.conversation import Engine
from bot.models import IkiDraft
from bot.rules import check_iki
from tests.talk import said, typed

LIST = ("ini skp taun lalu sy, tolong dicek ya\n• Jumlah resep yang dilayani\n• Melakukan telaah resep rawat jalan\n"
        "• Persentase kesesuaian peresepan dgn formularium nasional\n• Jumlah JPL pengembangan kompetensi farmasi klinis")


def _list_acted_on(engine) -> str:
    """LIST pasted, line 1 replaced by the suggestion picked in its detail (saved at once and asked its target), line
    2 dropped and the rest saved (lines 3 and 4, the first of them asked): what the pick said."""
    typed(engine, "u", LIST, "detail no 1")
    picked = said(engine.press("u", "use:1"))
    typed(engine, "u", "no 2 buang aja", "simpan")
    return picked


def test_a_suggestion_picked_from_a_lines_detail_takes_that_lines_place():
    """«Rincian 1», «Pakai usulan 1», then «simpan»: line 1 as typed was saved again beside its suggestion."""
    engine = Engine()
    assert "Baris 1 daftar Anda diganti" in _list_acted_on(engine)
    texts = [iki.indikator for iki in engine.state("u").skp.iki]
    assert "Jumlah resep yang dilayani" not in texts and len(texts) == 3


def test_as_many_targets_as_the_draft_has_iki_without_one_go_to_those_in_order():
    """«target: 95, 90, 20 jpl» for the whole draft: only the IKI asked took one, the others were lost; a number
    with a unit an IKI names goes to that IKI."""
    engine = Engine()
    _list_acted_on(engine)
    reply = said(engine.handle("u", "target: 95, 20 jpl, 90"))
    assert "Dicatat, berurutan" in reply
    assert [iki.target for iki in engine.state("u").skp.iki] == ["95%", "90%", "20 jpl"]


def test_a_share_of_times_within_a_bound_keeps_its_bound():
    """«Persentase waktu tunggu obat jadi ≤ 30 menit» read «≤ 30 menit» as its target, then refused the minutes."""
    verdict = check_iki(IkiDraft(indikator="Persentase waktu tunggu obat jadi ≤ 30 menit"))
    assert not verdict.has_error and verdict.target_read is None
    assert check_iki(IkiDraft(indikator="Waktu tunggu obat jadi ≤ 30 menit")).target_read == "≤ 30 menit"


TREASURY = ("- Persentase SPM yg diterbitkan ≤ 2 hari kerja sejak SPP lengkap\n"
            "- Persentase LPJ bendahara disampaikan ke KPPN tepat waktu\n- Rekon dgn KPPN tanpa selisih\n"
            "- Persentase pajak yg disetor tepat waktu\n- Persentase realisasi anggaran")


def _treasury_saved(engine):
    typed(engine, "u", TREASURY, "no 3 pake usulan 1, no 5 yaudah buang")  # line 3's suggestion saved at once
    return said(engine.handle("u", "simpan"))


def test_lines_of_one_list_saved_apart_keep_the_lists_order_and_are_all_asked():
    """Line 3 acted on first was IKI 1 and left «tanpa target»; the rest followed it out of the list's order."""
    engine = Engine()
    _treasury_saved(engine)
    iki = engine.state("u").skp.iki
    assert [i.indikator.split()[1] for i in iki] == ["SPM", "LPJ", "data", "pajak"]
    assert engine.state("u").fill.queue == [1, 2, 3]


def test_several_numbers_at_the_data_awal_are_the_targets_of_the_iki_waiting():
    """«90, 100, 95» at the first IKI's data awal was kept as its data awal 90%."""
    engine = Engine()
    _treasury_saved(engine)
    reply = said(typed(engine, "u", "95", "90, 100, 95"))
    iki = engine.state("u").skp.iki
    assert [i.target for i in iki] == ["95%", "90%", "100%", "95%"] and iki[0].baseline is None
    assert "Capaian terakhir" in reply


def test_lines_acted_on_inside_prima_are_acted_on_as_outside_it():
    """«no 3 pake usulan 1, no 5 buang» under a list pasted at PRIMA's role question became step 2's activities."""
    engine = Engine()
    reply = said(typed(engine, "u", "/prima", "Lewati", "verifikasi SPP, nerbitin SPM", TREASURY,
                       "no 3 pake usulan 1, no 5 yaudah buang"))
    assert "Baris 5" in reply and engine.state("u").listed[4].dropped
    engine.handle("u", "simpan")
    assert len(engine.state("u").skp.iki) == 4


def test_asked_to_add_the_mandatory_iki_its_target_is_asked_alone_and_a_bare_number_is_it():
    """«iya tambahin ip asn, target brp biasanya?» then «80»: the 80 went to the open field (a weight of 80%)."""
    engine = Engine()
    _treasury_saved(engine)
    asked = said(engine.handle("u", "iya tambahin ip asn, target brp biasanya?"))
    assert "Berapa targetnya" in asked and "Target satu tahun" not in asked.split("Berapa targetnya")[1]
    engine.handle("u", "80")
    iki = engine.state("u").skp.iki
    assert iki[-1].indikator == "Nilai Indeks Profesionalitas ASN" and iki[-1].target.startswith("80")
    assert iki[0].target is None  # the field that was open is asked again, untouched


WARD = ("1. Jumlah pasien yg diberi askep\n2. Persentase pasien restrain sesuai SOP\n"
        "3. Persentase dokumentasi askep lengkap di RME\n4. Tidak ada pasien lari")


def test_new_words_right_under_a_lines_detail_replace_that_line():
    """«no 4 knp ga boleh?» then «ganti aja jd Angka kejadian …» was saved as one more IKI beside line 4."""
    engine = Engine()
    reply = said(typed(engine, "u", WARD, "no 4 knp ga boleh? pasien lari kan bahaya",
                       "ganti aja jd Angka kejadian pasien lari di ruang rawat"))
    assert "Baris 4 diganti" in reply
    assert engine.state("u").listed[3].text == "Angka kejadian pasien lari di ruang rawat"


def test_save_all_under_a_list_pasted_before_step_m_saves_its_lines():
    """«simpan semua» under a list pasted at PRIMA's role question was refused as no answer to the role."""
    engine = Engine()
    typed(engine, "u", "/prima", "Lewati", "askep pasien gaduh gelisah, edukasi keluarga", WARD,
          "simpan semua")
    drafted = [iki.indikator for iki in engine.state("u").skp.iki]
    # the three lines that pass (line 1 with a note), and line 4, with no suggestion, as typed (day35: nothing lost)
    assert len(drafted) == 4 and "Tidak ada pasien lari" in drafted


def test_targets_in_order_then_a_correction_naming_one_of_them():
    """«95, 80, 80 — eh salah yg kepuasan 85 aja»: only 95 was kept, for the first IKI."""
    engine = Engine()
    reply = said(typed(engine, "u",
                       "Persentase data mahasiswa di PDDikti yg valid & mutakhir\nPersentase pengguna SIAKAD yg puas\n"
                       "Indeks Profesionalitas ASN",
                       "simpan semua", "95, 80, 80 — eh salah yg kepuasan 85 aja"))
    assert [iki.target for iki in engine.state("u").skp.iki] == ["95%", "85%", "80"]
    assert "Dikoreksi" in reply


def test_the_summarys_check_mark_typed_back_saves_the_lines_passed_with_nothing_to_say():
    """«yaudah simpan yg ✓ aja dulu» was not understood; «Jumlah SK yang diterbitkan» (a decree count) passed clean."""
    engine = Engine()
    typed(engine, "u",
          "SKP 2025:\n1. Jumlah usulan pensiun yang diproses\n2. Persentase data SIASN yang mutakhir\n"
          "3. Jumlah SK yg diterbitkan\n4. Persentase pegawai yang SKP-nya dinilai tepat waktu\n5. Nilai IP ASN",
          "yaudah simpan yg ✓ aja dulu")
    assert [iki.indikator.split()[-1] for iki in engine.state("u").skp.iki] == ["mutakhir", "waktu", "ASN"]


def test_jenis_and_weights_for_the_whole_draft_in_one_message():
    """«tusi semua 15 kecuali yg jpl MI 10» and «yaudh ip asn target 80 bobot 5, jpl jd 5» at a data awal question
    were kept as data awal 15% and 5%."""
    engine = Engine()
    typed(engine, "u",
          "Persentase resep yang dilayani sesuai standar waktu layanan\n"
          "Persentase kesesuaian peresepan dgn formularium nasional\n"
          "Jumlah JPL pengembangan kompetensi farmasi klinis",
          "simpan semua", "95, 90, 20")
    said(engine.handle("u", "tusi semua 45 kecuali yg jpl MI 10"))
    iki = engine.state("u").skp.iki
    assert [(i.jenis.label, i.bobot) for i in iki] == [("Core TUSI", 45), ("Core TUSI", 45), ("Core MI", 10)]
    assert iki[0].baseline is None
    reply = said(engine.handle("u", "yaudh ip asn target 80 bobot 5, jpl jd 5"))
    iki = engine.state("u").skp.iki
    assert iki[-1].indikator == "Nilai Indeks Profesionalitas ASN" and (iki[-1].target, iki[-1].bobot) == ("80", 5)
    assert iki[2].bobot == 5 and "80" in reply


def test_a_jenis_for_all_shared_evenly():
    engine = Engine()
    reply = said(typed(engine, "u",
                       "Persentase SPM yg diterbitkan tepat waktu\nPersentase LPJ bendahara disampaikan tepat waktu\n"
                       "Persentase pajak yg disetor tepat waktu\nPersentase rekonsiliasi KPPN tanpa selisih",
                       "simpan semua", "95, 90, 100, 95", "tusi semua ya, bagi rata aja"))
    assert [i.bobot for i in engine.state("u").skp.iki] == [22.5] * 4 and "IP ASN" in reply
