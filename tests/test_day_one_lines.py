"""Day-one lines that lost an IKI (issue 16, second round): a duration read as Sunday, an IKI or a field's answer
logged as work, «gatau berapa, mungkin 70an» taken as a question, «beyond: …, 1 aplikasi, TW II» not read."""

import pytest

from bot.conversation import Engine
from bot.conversation.answers import fields_in, leads_with_value
from bot.conversation.intent import Route, classify
from bot.conversation.one_off import named_iki
from bot.models import Jenis
from bot.year.entry_dates import when
from bot.year.entry_kind import EntryKind, kind_of
from bot.year.line import line
from tests.talk import said, typed

BIAS = "Persentase kab/kota yg lapor hasil BIAS lengkap maks 2 minggu setelah pelaksanaan, 90%"


def drafted(engine, user: str, logbook: bool = False) -> None:
    """One IKI saved and its questions closed; with a logbook line kept when `logbook`."""
    engine.handle(user, "Persentase kab/kota dengan cakupan BIAS minimal 95%, target 80%")
    engine.press(user, "fill:cancel")
    if logbook:
        engine.handle(user, "/catat hari ini rapat koordinasi BIAS dengan dinkes provinsi")


@pytest.mark.parametrize("text", [BIAS, "terinput lengkap di sistem tiap minggu", "selesai dalam dua minggu"])
def test_a_length_of_weeks_is_never_a_date(text):
    assert when(line(text)).kind == ""


@pytest.mark.parametrize("text", ["minggu rapat koordinasi imunisasi", "rapat evaluasi hari minggu"])
def test_minggu_alone_is_still_sunday(text):
    assert when(line(text)).weekday == 6


def test_an_iki_with_a_duration_and_a_done_word_in_its_clause_is_a_draft():
    assert kind_of(BIAS, logging=False).kind is EntryKind.draft
    # «yg selesai» says what is counted, not that the work is done
    assert kind_of("Persentase tiket helpdesk yg selesai maks 3 hari kerja, 90%, TUSI").kind is not EntryKind.progress
    assert kind_of("Persentase tiket helpdesk bulan ini sudah 92%").kind is EntryKind.progress


def test_an_iki_typed_beside_a_draft_is_checked_not_logged(engine):
    user = "u-duration"
    drafted(engine, user)
    replies = engine.handle(user, BIAS)
    assert "Dicatat" not in replies[0].text
    state = engine.state(user)
    assert not state.year.entries and len(state.skp.iki) == 2


@pytest.mark.parametrize("text, jenis, target", [
    ("IP ASN 85", Jenis.core_mi, "85"),
    ("beyond nya: 1 dashboard cakupan BIAS per kab/kota, jadi TW III", Jenis.beyond, "1 dashboard"),
])
def test_a_new_iki_from_a_logbook_keeper_is_saved_not_logged(engine, text, jenis, target):
    user = "u-logger"
    drafted(engine, user, logbook=True)
    entries = len(engine.state(user).year.entries)
    engine.handle(user, text)
    state = engine.state(user)
    assert len(state.year.entries) == entries
    assert (state.skp.iki[-1].jenis, state.skp.iki[-1].target) == (jenis, target)


@pytest.mark.parametrize("text, answers", [("iya 100, ini duit negara", True), ("100, kita selalu lulus", True),
                                           ("rapat 3 jam, bahas 100 berkas", False),
                                           ("Persentase sampel yg diperiksa, 90", False)])
def test_a_number_first_then_a_reason_answers_the_field(text, answers):
    assert leads_with_value(text) is answers


def test_a_target_with_its_reason_is_taken_while_a_logbook_is_kept(engine):
    user = "u-reason"
    drafted(engine, user, logbook=True)
    engine.handle(user, "/cek Persentase laporan keuangan yang disusun sesuai SAP")
    engine.press(user, "fill:save")
    entries = len(engine.state(user).year.entries)
    engine.handle(user, "iya 100, ini duit negara")
    state = engine.state(user)
    assert len(state.year.entries) == entries
    assert state.skp.iki[-1].target == "100%"


def test_not_knowing_then_guessing_is_an_answer_not_a_question():
    assert classify("Persentase pengadu yg puas dgn penanganan, gatau berapa, mungkin 70an").route is Route.iki
    assert classify("targetnya berapa ya?").route is Route.question


@pytest.mark.parametrize("text, indikator, target, quarter", [
    ("beyond: 1 aplikasi lapor asap rokok, TW IV", "Jumlah aplikasi lapor asap rokok", "1 aplikasi", 4),
    ("beyond: bikin sistem antrian sampel online, 1 sistem TW III", "Jumlah sistem antrian sampel online",
     "1 sistem", 3),
    ("beyond nya: 1 dashboard cakupan BIAS per kab/kota, jadi TW III", "Jumlah dashboard cakupan BIAS per kab/kota",
     "1 dashboard", 3),
    # tester19 #14: a measured IKI with its count written at the end, as a list line's («… 240 kapal»)
    ("mau nambah iki beyond: Jumlah inovasi layanan e-SSCEC yg diterapkan 1 inovasi",
     "Jumlah inovasi layanan e-SSCEC yg diterapkan", "1 inovasi", None),
])
def test_a_beyond_one_off_is_read_with_its_count_and_quarter(text, indikator, target, quarter):
    _, draft = named_iki(text)
    assert (draft.indikator, draft.target, draft.jenis, draft.triwulan_selesai) == \
        (indikator, target, Jenis.beyond, quarter)


@pytest.mark.parametrize("text", ["bobot beyond: 20", "apa itu beyond?", "beyond itu wajib ga"])
def test_a_jenis_word_without_an_iki_after_it_names_none(text):
    assert named_iki(text) is None


def test_ip_asn_and_a_beyond_in_one_message_are_both_saved(engine):
    user = "u-beyond"
    drafted(engine, user)
    engine.handle(user, "IP ASN 85, trus beyond: 1 aplikasi monitoring pendampingan online, TW III")
    iki = engine.state(user).skp.iki
    assert [i.jenis for i in iki[1:]] == [Jenis.core_mi, Jenis.beyond]
    assert iki[1].target == "85" and iki[2].target == "1 aplikasi" and iki[2].triwulan_selesai == 3


def test_mpph_roles_written_part_first_are_read_with_the_name_on_the_right():
    from bot.conversation.mpph_flow import read_roles
    from bot.skp.mpph import LeaderIndicator

    leader = LeaderIndicator(id="Indikator 1", indikator="Persentase layanan ketatausahaan yang diselesaikan sesuai SOP",
                             target="95%", metode="layanan")
    roles, problems = read_roles("persuratan & arsip - Wati, 95%\nkepegawaian - Doni, 95%\nBMN & rumah tangga - Gilang, 90%",
                                 leader)
    assert not problems
    assert [(r.pegawai, r.bagian) for r in roles] == [("Wati", "persuratan & arsip"), ("Doni", "kepegawaian"),
                                                      ("Gilang", "BMN & rumah tangga")]
    regions = LeaderIndicator(id="Indikator 1", indikator="Persentase kab/kota dengan cakupan BIAS", target="80%",
                              metode="wilayah")
    roles, _ = read_roles("Dimas - Sumatera\nYuni - Jawa Bali", regions)
    assert [(r.pegawai, r.bagian) for r in roles] == [("Dimas", "Sumatera"), ("Yuni", "Jawa Bali")]


def test_an_open_field_is_named_once_after_a_command_then_let_go(engine):
    user = "u-remind"
    engine.handle(user, "Persentase kab/kota dengan cakupan BIAS minimal 95%, target 80%")
    assert engine.state(user).fill.field == "baseline"
    assert "Masih terbuka" in said(engine.handle(user, "/skp"))
    assert "Masih terbuka" not in said(engine.handle(user, "/skp"))
    state = engine.state(user)
    assert state.fill is None and len(state.skp.iki) == 1  # let go quietly, the IKI stays saved
    assert "Masih terbuka" not in said(engine.handle(user, "/bantuan"))


def test_answering_the_field_lets_it_be_named_again(engine):
    user = "u-remind-again"
    typed(engine, user, "Persentase kab/kota dengan cakupan BIAS minimal 95%, target 80%", "/skp",
          "72")  # data awal answered: the next field is asked
    assert engine.state(user).fill is not None
    assert "Masih terbuka" in said(engine.handle(user, "/skp"))


def test_a_typed_edit_changes_the_iki_and_its_target_not_the_open_field(engine):
    user = "u-edit"
    typed(engine, user, "Persentase kab/kota dengan cakupan BIAS minimal 95%, target 80%",
          "/cek Persentase laporan keuangan yang disusun sesuai SAP")
    engine.press(user, "fill:save")
    assert engine.state(user).fill.field == "target"
    replies = engine.handle(user, "IKI 1 ganti jadi Persentase kab/kota dengan cakupan BIAS-MR minimal 95%, target 70%")
    state = engine.state(user)
    assert state.skp.iki[0].indikator == "Persentase kab/kota dengan cakupan BIAS-MR minimal 95%"
    assert state.skp.iki[0].target == "70%" and state.skp.iki[1].target is None
    assert "IKI 1 diubah" in said(replies) and state.fill.field == "target"  # the open question is asked again


def test_ubah_teks_with_a_target_changes_both(engine):
    user = "u-ubah"
    drafted(engine, user)
    engine.handle(user, "/ubah 1 teks Persentase kab/kota dengan cakupan BIAS-MR minimal 95%, target 70%")
    iki = engine.state(user).skp.iki[0]
    assert (iki.indikator, iki.target) == ("Persentase kab/kota dengan cakupan BIAS-MR minimal 95%", "70%")


def test_an_edit_without_the_new_text_asks_for_it(engine):
    from bot.conversation.skp_edit import typed_edit

    user = "u-edit-ask"
    engine.handle(user, "Persentase kab/kota dengan cakupan BIAS minimal 95%, target 80%")
    state = engine.state(user)
    assert "Tulis kalimat IKI yang baru" in said(typed_edit(state, "IKI 1 ganti jadi"))
    assert state.edit.field == "indikator"


@pytest.mark.parametrize("text", ["IKI 9 ganti jadi Persentase sampel yang diperiksa, target 90%",
                                  "Persentase IKI yang diganti jadi tepat waktu"])
def test_what_is_not_an_edit_of_a_draft_iki_is_left_to_the_rest(engine, text):
    from bot.conversation.skp_edit import typed_edit

    user = "u-not-edit"
    engine.handle(user, "Persentase kab/kota dengan cakupan BIAS minimal 95%, target 80%")
    assert typed_edit(engine.state(user), text) is None


def test_a_question_about_ip_asn_offers_it_and_ok_tambahin_adds_it_with_its_target(engine):
    user = "u-ipasn"
    engine.handle(user, "Persentase SPM yang diterbitkan tepat waktu, 98%")
    assert engine.state(user).fill.field == "baseline"
    asked = said(engine.handle(user, "oh iya IP ASN itu wajib ya?"))
    assert "Mau saya tambahkan" in asked
    engine.handle(user, "ok tambahin, target 85")
    state = engine.state(user)
    assert [(i.jenis, i.target) for i in state.skp.iki[1:]] == [(Jenis.core_mi, "85")]
    assert state.skp.iki[0].baseline is None  # the open data awal did not take the 85


def test_ya_tambahin_after_the_offer_asks_its_target_and_the_next_number_is_it(engine):
    # d5-gizi01: «ya tambahin» with no number was read as the open target's answer («Target harus berupa angka»)
    user = "u-ya-tambahin"
    typed(engine, user, "Persentase SPM yang diterbitkan tepat waktu, 98%", "oh iya IP ASN itu wajib ya?")
    asked = said(engine.handle(user, "ya tambahin"))
    assert "Berapa targetnya" in asked and "harus berupa angka" not in asked
    engine.handle(user, "biasanya targetnya berapa kak?")  # a question about it answered, its target still asked
    engine.handle(user, "80 aja")
    state = engine.state(user)
    assert [(i.jenis, i.target) for i in state.skp.iki[1:]] == [(Jenis.core_mi, "80")]
    assert state.skp.iki[0].baseline is None  # the open data awal did not take the 80


def test_an_iki_of_its_own_typed_after_the_offer_is_that_iki_not_the_offered_one_with_its_number(engine):
    # d21-dev01: «ok add Beyond ya: Jumlah dashboard …, target 1» under the offer saved IP ASN with target 1
    user = "u-offer-then-iki"
    engine.handle(user, "Persentase SPM yang diterbitkan tepat waktu, 98%")
    assert "Mau saya tambahkan" in said(engine.handle(user, "oh iya IP ASN itu wajib ya?"))
    reply = said(engine.handle(user, "oke tambahkan juga ya: Persentase berkas usulan mutasi yg diverifikasi "
                                     "maks 3 hari, 90%"))
    assert "mutasi" in reply
    assert not any("Profesionalitas" in i.indikator for i in engine.state(user).skp.iki)


def test_ok_tambahin_without_the_offer_is_not_the_mandatory_iki(engine):
    user = "u-no-offer"
    typed(engine, user, "Persentase SPM yang diterbitkan tepat waktu, 98%", "ok tambahin, target 85")
    assert len(engine.state(user).skp.iki) == 1


@pytest.mark.parametrize("draft, keep", [("RKA K/L sama revisi anggaran", "RKA K/L"),
                                         ("ikut EQAS WHO", "EQAS WHO")])
def test_work_named_by_a_domain_acronym_gets_suggestions(draft, keep):
    from bot.rewrite import rewrite

    candidates = [c.indikator for c in rewrite(draft).candidates]
    assert candidates and all(keep in c for c in candidates)


@pytest.mark.parametrize("draft", ["ikut HUT RI", "arisan ibu2 komplek bulan ini", "mengikuti senam pagi"])
def test_no_work_still_gets_no_suggestion(draft):
    from bot.rewrite import rewrite

    assert rewrite(draft).candidates == []



def test_an_iki_with_a_guessed_target_typed_while_a_field_is_open_is_saved_with_it(engine):
    user = "u-guess"
    engine.handle(user, "Persentase SPM yang diterbitkan tepat waktu, 98%")
    assert engine.state(user).fill.field == "baseline"
    engine.handle(user, "Persentase pengadu yg puas dgn penanganan, gatau berapa, mungkin 70an")
    state = engine.state(user)
    assert state.skp.iki[0].baseline is None  # the guess is not the first IKI's data awal
    assert [(i.indikator, i.target) for i in state.skp.iki[1:]] == [("Persentase pengadu yang puas dengan penanganan",
                                                                     "70%")]


def test_an_iki_named_by_its_jenis_while_mpph_asks_is_saved_with_it_and_its_findings_said(engine):
    user = "u-mpph-cl"
    engine.handle(user, "/mpph Persentase kab/kota yang melaksanakan surveilans sentinel sesuai standar, target 80%")
    engine.press(user, "mpph:method:wilayah")
    replies = typed(engine, user, "Hendra - Sumatera",
                    "satu lagi CL: Persentase kab/kota yg melaksanakan imunisasi kejar, target 70%")
    iki = engine.state(user).skp.iki[-1]
    assert (iki.indikator, iki.target, iki.jenis) == ("Persentase kab/kota yang melaksanakan imunisasi kejar", "70%",
                                                      Jenis.core_cl)
    assert "yang melaksanakan" in said(replies) and "/ubah" in said(replies)  # the rules' finding is said


@pytest.mark.parametrize("text, split", [
    ("Persentase data surveilans yg terinput lengkap 85%, TUSI 25. IP ASN 85",
     ("Persentase data surveilans yg terinput lengkap 85%, TUSI 25", "IP ASN 85")),
    ("IP ASN 85", ("IP ASN 85", "")),
    ("Persentase spesimen yang diperiksa. Targetnya 90", ("Persentase spesimen yang diperiksa. Targetnya 90", "")),
])
def test_a_last_sentence_naming_ip_asn_is_split_off_an_iki(text, split):
    from bot.conversation.prima_step_m import split_mandatory

    assert split_mandatory(text) == split


def test_an_iki_then_ip_asn_in_one_message_saves_both(engine):
    user = "u-both"
    engine.handle(user, "Persentase parameter PME dgn hasil memuaskan 90%, TUSI. IP ASN 85")
    iki = engine.state(user).skp.iki
    assert [(i.indikator, i.target) for i in iki] == [("Persentase parameter PME dengan hasil memuaskan", "90%"),
                                                      ("Nilai Indeks Profesionalitas ASN", "85")]
    assert engine.state(user).fill.index == 0  # the first IKI's questions come first


@pytest.mark.parametrize("text, target", [("Indeks kepuasan pelanggan lab, targetnya indeks 3,5", "3,5"),
                                          ("Indeks kepuasan layanan, 3,5", "3,5"), ("Indeks kepuasan 3,5", None)])
def test_a_decimal_comma_is_one_number_never_a_separator(text, target):
    from bot.conversation.answers import fields_in
    from bot.rules.draft_reading import read

    assert read(text).target == target and "3" not in read(text).text.replace("3,5", "")
    assert fields_in(text).target is None or fields_in(text).target.value == 3.5



@pytest.mark.parametrize("typed, indikator, target", [
    ("Jumlah pegawai yang lulus pelatihan 150 orang", "Jumlah pegawai yang lulus pelatihan", (150, "orang")),
    ("Jumlah sertifikat kalibrasi yang terbit 120 sertifikat", "Jumlah sertifikat kalibrasi yang terbit",
     (120, "sertifikat")),
    ("Jumlah pegawai yang lulus pelatihan kompetensi 20 jam", "Jumlah pegawai yang lulus pelatihan kompetensi 20 jam",
     None),
    ("Jumlah puskesmas yang melaksanakan skrining di 10 kabupaten",
     "Jumlah puskesmas yang melaksanakan skrining di 10 kabupaten", None),
    ("Nilai IKPA satker 95", "Nilai IKPA satker", (95, None)),
    ("Nilai SAKIP unit kerja 2025", "Nilai SAKIP unit kerja 2025", None),
    ("Indeks Kepuasan Masyarakat minimal 80", "Indeks Kepuasan Masyarakat minimal 80", None),
    # a slashed unit in another spelling of the thesaurus (the lead's play: the target stayed in the IKI, target «-»)
    ("Jumlah kabupaten/kota yang menerapkan kawasan tanpa rokok 12 kab/kota",
     "Jumlah kabupaten/kota yang menerapkan kawasan tanpa rokok", (12, "kab/kota")),
    ("Jumlah kab/kota yang menerapkan KTR 12 kabupaten/kota", "Jumlah kab/kota yang menerapkan KTR",
     (12, "kabupaten/kota")),
])
def test_a_count_iki_keeps_its_trailing_target_apart_but_never_a_condition(typed, indikator, target):
    """(and a score's: «Nilai IKPA satker 95» kept «95» in the IKI saved from a pasted list)"""
    read = fields_in(typed)
    assert read.indikator == indikator
    assert (read.target.value, read.target.unit) == target if target else read.target is None


@pytest.mark.parametrize("pasted, wanted", [
    ("RHK | Indikator | Target\nTerlaksananya layanan protokol | Jumlah kegiatan protokol yg dilaksanakan | 150 kegiatan\n"
     " | Persentase permintaan ruang rapat pimpinan yg terpenuhi | 95%",
     [("Jumlah kegiatan protokol yg dilaksanakan", "150 kegiatan"),
      ("Persentase permintaan ruang rapat pimpinan yg terpenuhi", "95%")]),
    ("Persentase usulan KP yang diproses tepat waktu\t100%\tCore TUSI\t40\nNilai IP ASN\t85\tCore MI\t10",
     [("Persentase usulan KP yang diproses tepat waktu", "100%"), ("Nilai IP ASN", "85")]),
])
def test_a_table_pasted_from_a_spreadsheet_is_read_by_its_columns(pasted, wanted):
    """A «RHK | Indikator | Target» table was read as one IKI per row with the RHK glued to its front."""
    from bot.conversation.iki_list import read_list

    lines = read_list(pasted).lines
    assert [(line.listed.text, line.listed.target) for line in lines] == wanted


def test_lines_picked_by_their_measure_word_are_saved():
    """«ambil yg persentase aja, ada 3 kan» under a pasted list got «di luar pedoman»."""

    engine = Engine()
    typed(engine, "u",
          "1. Jumlah laporan inventarisasi BMN 12 laporan\n2. Persentase keluhan sarpras yg ditindaklanjuti "
          "maks 1x24 jam 95%\n3. Persentase usulan KP yg diproses tepat waktu 98%\n4. Nilai IP ASN 82",
          "ambil yg persentase aja, ada 2 kan")
    assert [i.indikator.split()[0] for i in engine.state("u").skp.iki] == ["Persentase", "Persentase"]


def test_one_more_iki_after_a_colon_is_no_pick_of_a_list_line():
    """«tambah 1 lg: Persentase …, 85» after a pasted list was read as «line 1» and refused."""

    engine = Engine()
    typed(engine, "u",
          "1. Jumlah laporan inventarisasi BMN 12 laporan\n2. Persentase usulan KP yg diproses tepat waktu 98%",
          "tambah 1 lg: Persentase alat kesehatan fasyankes yg dinyatakan laik pakai setelah kalibrasi, 85")
    assert any(i.indikator.startswith("Persentase alat kesehatan") and i.target == "85%"
               for i in engine.state("u").skp.iki)


@pytest.mark.parametrize("question", ["kalau IKI cuma 4 boleh ga?", "kalau IKI cuma 4 boleh ga",
                                      "IP ASN targetnya 85 wajib kan"])
def test_a_question_after_the_mandatory_offer_is_answered_not_added(engine, question):
    user = "u-ask-after-offer"
    engine.handle(user, "Persentase SPM yang diterbitkan tepat waktu, 98%")
    assert "Mau saya tambahkan" in said(engine.handle(user, "oh iya IP ASN itu wajib ya?"))
    replies = said(engine.handle(user, question))
    assert len(engine.state(user).skp.iki) == 1  # nothing saved from a question (tester10 #2)
    assert "Tersimpan" not in replies


@pytest.mark.parametrize("accept", ["tambahin 85 ya", "oke masukin, 85 ya?"])
def test_a_request_ending_in_ya_after_the_mandatory_offer_adds_it(engine, accept):
    user = "u-add-ya"
    typed(engine, user, "Persentase SPM yang diterbitkan tepat waktu, 98%", "oh iya IP ASN itu wajib ya?", accept)
    assert [i.target for i in engine.state(user).skp.iki[1:]] == ["85"]


@pytest.mark.parametrize("line, indikator, value, unit", [
    # a Labkesmas SKP pasted with its targets in words, no comma before «target»: the words stayed in the IKI (and in
    # its RHK, «… target seratus persen diterbitkan …») with no target read
    ("Persentase hasil uji PME dengan nilai memuaskan target seratus persen",
     "Persentase hasil uji PME dengan nilai memuaskan", 100, "%"),
    ("Jumlah metode uji yang diverifikasi target dua metode", "Jumlah metode uji yang diverifikasi", 2, "metode"),
    ("Persentase keluhan pelanggan yang ditindaklanjuti maks 3 hari kerja target delapan puluh lima persen",
     "Persentase keluhan pelanggan yang ditindaklanjuti maks 3 hari kerja", 85, "%"),
])
def test_a_target_written_in_words_after_the_word_target_is_taken_off_the_iki(line, indikator, value, unit):
    typed = fields_in(line)
    assert (typed.indikator, typed.target.value, typed.target.unit) == (indikator, value, unit)


def test_the_word_target_inside_an_iki_before_a_non_number_stays():
    assert fields_in("Persentase target satu data yang dipenuhi").target is None


def test_a_pasted_list_with_targets_in_words_keeps_each_target_off_its_iki():
    # played: a Labkesmas SKP pasted with «target tujuh hari kerja», «target kurang dari lima persen» and «Nilai IP
    # ASN delapan puluh»: each kept its words in the IKI (and the RHK) and had no target
    engine, user = Engine(), "u-words-targets"
    typed(engine, user,
          "SKP sy:\n1. Rata-rata waktu penerbitan LHU target tujuh hari kerja\n"
          "2. Persentase sampel ditolak karena tidak memenuhi syarat target kurang dari lima persen\n"
          "3. Nilai IP ASN delapan puluh",
          "simpan semua")
    got = [(i.indikator, i.target) for i in engine.state(user).skp.iki]
    assert got == [("Rata-rata waktu penerbitan LHU", "7 hari kerja"),
                   ("Persentase sampel ditolak karena tidak memenuhi syarat", "≤ 5%"),
                   ("Nilai Indeks Profesionalitas ASN", "80")]


def test_a_suggestion_picked_with_a_save_clause_is_that_suggestion_not_the_older_list_line(engine):
    # d5-gizi01: «pakai yang pertama, simpan ke draf» under /cek's suggestions took line 1 of the list pasted before
    user = "u-pick-save"
    typed(engine, user, "1. Melakukan pengkajian gizi pasien rawat inap\n2. Jumlah laporan asuhan gizi bulanan\n"
          "3. Persentase pasien risiko malnutrisi yang mendapat intervensi gizi sesuai standar",
          "/cek Melakukan konseling gizi pasien rawat jalan")
    first = engine.state(user).candidates[0].indikator
    engine.handle(user, "pakai yang pertama, simpan ke draf")
    assert [i.indikator for i in engine.state(user).skp.iki] == [first]


def test_a_question_about_having_too_few_iki_offers_the_mandatory_one_and_tambah_adds_it(engine):
    # d5-keuangan01: «IKI saya baru 4, kurang ga?» was answered without the offer, so «tambah, target 85» was lost
    user = "u-too-few"
    typed(engine, user, "Persentase SPM yang diterbitkan tepat waktu, 98%")
    assert "Mau saya tambahkan" in said(engine.handle(user, "IKI saya baru 4, kurang ga?"))
    engine.handle(user, "tambah, target 85")
    assert [(i.jenis, i.target) for i in engine.state(user).skp.iki[1:]] == [(Jenis.core_mi, "85")]


def test_a_question_asking_leave_to_use_a_list_line_saves_nothing(engine):
    # d5-keuangan01: «yg realisasi anggaran itu kan IKI pimpinan, saya boleh pake?» saved that line
    user = "u-boleh-pake"
    typed(engine, user, "Penyusunan RKA-K/L Setjen\t1 dokumen\nRevisi anggaran yang diproses\t100%\n"
          "Persentase realisasi anggaran Setjen\t96%\nJumlah rapat koordinasi penganggaran\t12 kali")
    engine.handle(user, "yg realisasi anggaran itu kan IKI pimpinan, saya boleh pake?")
    assert engine.state(user).skp.iki == []



@pytest.mark.parametrize("text, target", [("Persentase arsip vital yg dialihmediakan, taarget 75%", "75%"),
                                          ("Jumlah modul pelatihan yg disahkan, targett 3 modul", "3 modul")])
def test_a_field_word_typed_with_a_letter_doubled_is_that_field(text, target):
    # d21-dev01: «…, targeet 1 dashboard» kept «targeet» in the IKI and asked which spelling to save
    typed = fields_in(text)
    assert "arge" not in typed.indikator and typed.target is not None and typed.target.text == target
