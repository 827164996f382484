"""Changing the SKP after /tetapkan (issue 18, tester17): a new IKI typed or pasted is checked and offered to add,
never read as a figure."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from tests.agreed_year import SKP, agreed, agreed_then, sqlite_engine, tap
from tests.talk import labels, said

NEW = "Persentase usulan kerja sama luar negeri yang ditindaklanjuti menjadi nota kesepahaman"


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


def test_a_new_iki_typed_with_its_target_after_tetapkan_is_checked_not_a_figure(engine, at):
    replies = agreed_then(engine, at, "2026-07-14T09:00", f"{NEW} 70%")
    assert "angka capaian" not in said(replies) and "IKI ini sudah memenuhi aturan" in said(replies)
    assert engine.state("u1").skp.iki[-1].indikator == NEW and engine.state("u1").skp.iki[-1].target == "70%"


def test_a_figure_for_an_iki_of_the_skp_stays_a_figure(engine, at):
    replies = agreed_then(engine, at, "2026-07-14T09:00",
                          "Persentase usulan kenaikan pangkat yang ditetapkan tepat TMT 96%")
    # offered as that IKI's realisasi of the quarter just ended (p41year), nothing saved before the tap
    assert "simpan sebagai realisasi TW II IKI 2" in said(replies) and len(engine.state("u1").skp.iki) == 3
    assert not engine.state("u1").year.realisasi


def test_a_pasted_list_of_new_iki_after_tetapkan_is_a_list_not_a_week_of_work(engine, at):
    agreed(engine)
    at("2026-07-14T09:00")
    replies = engine.handle("u1", f"{NEW} 70%\nPersentase laporan hasil perjalanan dinas luar negeri yang diunggah "
                                  "paling lama 14 hari setelah kepulangan 90%")
    assert "daftar 2 IKI" in said(replies) and any("Simpan 2 IKI" in label for label in labels(replies))
    assert not engine.state("u1").year.entries


def test_wanting_to_add_an_iki_says_how(engine, at):
    replies = agreed_then(engine, at, "2026-07-14T09:00", "mau nambah IKI baru utk unit baru sy")
    assert "Tulis IKI barunya beserta targetnya" in said(replies) and "maksudnya apa" not in said(replies)


def test_an_iki_added_after_tetapkan_asks_the_reason_first_alone_then_its_fields(engine, at):
    replies = agreed_then(engine, at, "2026-07-14T09:00", f"{NEW} 70%")
    assert "Apa alasannya?" in said(replies) and "Capaian terakhir (data awal)" not in said(replies)
    replies = engine.handle("u1", "dibahas dgn Kabag tgl 10 juli, krn sy pindah unit")
    assert "versi 2" in said(replies) and "Tulis penjelasan" not in said(replies)
    assert "Capaian terakhir (data awal)" in said(replies)  # the fields after the reason, one question at a time
    engine.handle("u1", "belum ada")
    replies = engine.handle("u1", "core tusi")
    assert "Apa alasannya?" not in said(replies)
    engine.handle("u1", "25")
    state = engine.state("u1")
    assert [v.reason for v in state.year.versions] == ["", "struktur"] and state.skp.iki[-1].bobot == 25
    assert state.skp.iki[-1].target == "70%" and state.year.versions[-1].skp.iki[-1].bobot == 25


def test_later_changes_the_same_day_join_the_open_perubahan_once_its_reason_is_confirmed(engine, at):
    replies = agreed_then(engine, at, "2026-07-14T09:00", "/ubah 1 target 500 berkas", "mutasi")
    assert "versi 2" in said(replies)
    replies = engine.handle("u1", "/ubah 2 target 90%")
    assert "Apa alasannya?" not in said(replies) and "sama (Perubahan struktur/mutasi)?" in said(replies)
    assert engine.state("u1").skp.iki[1].target == "95%"  # not made before the reason is confirmed
    replies = tap(engine, "u1", replies, "Sama")
    assert "perubahan SKP yang sama: versi 2" in said(replies)
    versions = engine.state("u1").year.versions
    assert len(versions) == 2 and versions[-1].skp.iki[1].target == "90%"
    assert "sama (Perubahan struktur/mutasi)?" in said(engine.handle("u1", "/ubah 3 target 160 SK"))
    assert "perubahan SKP yang sama: versi 2" in said(engine.handle("u1", "sama"))  # typed, as the button
    assert len(engine.state("u1").year.versions) == 2 and engine.state("u1").skp.iki[2].target == "160 SK"
    at("2026-07-20T09:00")  # another day: another perubahan, its reason asked
    assert "Apa alasannya?" in said(engine.handle("u1", "/ubah 3 target 170 SK"))


@pytest.mark.parametrize("answer", ["struktur", "Alasan lain"])
def test_a_change_the_same_day_for_another_reason_keeps_its_own_reason_in_a_new_version(engine, at, answer):
    # tester48 P2-2: /buang after a direktif's /ubah was kept under the direktif unasked, and «struktur» not understood
    replies = agreed_then(engine, at, "2026-07-06T09:00", "/ubah 2 target 80%", "arahan pak direktur minggu lalu")
    assert [v.reason for v in engine.state("u1").year.versions] == ["", "direktif"]
    replies = engine.handle("u1", "/buang 3")
    assert "sama (Penugasan direktif pimpinan)?" in said(replies) and "yang sama: versi 2" not in said(replies)
    assert len(engine.state("u1").skp.iki) == 3
    if answer == "struktur":
        replies = engine.handle("u1", answer)
    else:
        assert "Apa alasannya?" in said(tap(engine, "u1", replies, answer))
        replies = engine.handle("u1", "struktur")
    assert "versi 3" in said(replies) and "maksudnya apa" not in said(replies)
    state = engine.state("u1")
    assert [v.reason for v in state.year.versions] == ["", "direktif", "struktur"] and len(state.skp.iki) == 2
    assert [len(v.skp.iki) for v in state.year.versions] == [3, 3, 2]


def test_a_reason_tapped_before_the_field_menu_is_kept_for_the_change_made_from_it(engine, at):
    # tester48 P2-2: «/ubah 3», its reason tapped, «Ubah bagian mana?», Target, «120»: the reason was asked again
    replies = tap(engine, "u1", agreed_then(engine, at, "2026-07-06T09:00", "/ubah 3"), "direktif")
    assert "Ubah bagian mana dari IKI 3?" in said(replies)
    assert "Target sekarang" in said(tap(engine, "u1", replies, "Target"))
    replies = engine.handle("u1", "120")
    assert "Apa alasannya?" not in said(replies) and "versi 2 (Penugasan baru" in said(replies)
    state = engine.state("u1")
    assert [v.reason for v in state.year.versions] == ["", "direktif"] and state.skp.iki[2].target == "120"


def test_a_reason_typed_before_the_field_menu_goes_with_a_field_typed_under_it(engine, at):
    replies = agreed_then(engine, at, "2026-07-06T09:00", "/ubah 3", "arahan pak direktur, ada tugas baru dari biro")
    assert "Ubah bagian mana dari IKI 3?" in said(replies)
    replies = engine.handle("u1", "target 120")
    assert "Apa alasannya?" not in said(replies) and "Penjelasan Anda disimpan" in said(replies)
    last = engine.state("u1").year.versions[-1]
    assert last.reason == "direktif" and last.note.startswith("arahan pak direktur") and last.skp.iki[2].target == "120"


def test_a_reason_left_with_the_field_menu_passes_no_later_change(engine, at):
    replies = tap(engine, "u1", agreed_then(engine, at, "2026-07-06T09:00", "/ubah 3"), "direktif")
    engine.handle("u1", "hari ini verifikasi 12 berkas usulan kenaikan pangkat")  # the menu left for the day's work
    replies = engine.handle("u1", "/ubah 2 target 90%")
    assert "Apa alasannya?" in said(replies) and engine.state("u1").skp.iki[1].target == "95%"
    assert len(engine.state("u1").year.versions) == 1


PASTED = ("Persentase usulan kerja sama luar negeri yg ditindaklanjuti jadi MoU 70%\nPersentase laporan hasil "
          "perjalanan dinas luar negeri yang diunggah paling lama 14 hari setelah kepulangan 90%")


@pytest.mark.parametrize("answer", ["Sama", "struktur, ada reorganisasi direktorat"])
def test_a_list_saved_the_day_of_a_perubahan_asks_once_whether_its_reason_is_the_same(engine, at, answer):
    # tester48 P2-2: a pasted list saved after the morning's direktif joined its version unasked
    agreed_then(engine, at, "2026-07-06T09:00", "/ubah 2 target 80%", "arahan pak direktur minggu lalu")
    replies = engine.handle("u1", "simpan semua") if "daftar 2 IKI" in said(engine.handle("u1", PASTED)) else []
    assert "sama (Penugasan direktif pimpinan)?" in said(replies) and "perubahan SKP yang sama" not in said(replies)
    assert "Capaian terakhir (data awal)" not in said(replies)  # its fields wait for the answer
    assert "masuk perubahan SKP; SKP Anda kini 5 IKI" in said(replies)  # no version named before the answer
    replies = tap(engine, "u1", replies, answer) if answer == "Sama" else engine.handle("u1", answer)
    assert "Capaian terakhir (data awal)" in said(replies) and "Apa alasannya?" not in said(replies)
    versions = engine.state("u1").year.versions
    if answer == "Sama":
        assert "perubahan SKP yang sama: versi 2" in said(replies)
        assert [v.reason for v in versions] == ["", "direktif"] and [len(v.skp.iki) for v in versions] == [3, 5]
    else:
        assert [v.reason for v in versions] == ["", "direktif", "struktur"]
        assert [len(v.skp.iki) for v in versions] == [3, 3, 5] and versions[-1].note.startswith("struktur, ada")
    replies = engine.handle("u1", "belum ada")  # the fields of the IKI saved join its version unasked
    assert "sama (" not in said(replies) and "Apa alasannya?" not in said(replies)
    assert len(engine.state("u1").year.versions) == len(versions)


def test_a_list_saved_the_day_of_a_perubahan_given_up_at_its_reason_is_not_kept(engine, at):
    agreed_then(engine, at, "2026-07-06T09:00", "/ubah 2 target 80%", "arahan pak direktur minggu lalu")
    engine.handle("u1", PASTED)
    replies = tap(engine, "u1", engine.handle("u1", "simpan semua"), "Batal")
    assert "SKP kembali seperti versi terakhir" in said(replies)
    state = engine.state("u1")
    assert len(state.skp.iki) == 3 and state.fill is None and len(state.year.versions) == 2


def test_a_buang_after_its_reason_is_done_at_once_and_not_asked_again(engine, at):
    agreed(engine)
    at("2026-07-14T09:00")
    replies = tap(engine, "u1", engine.handle("u1", "/buang 2"), "mutasi")
    assert "IKI 2 dibuang" in said(replies)
    assert "Apa alasannya?" not in said(replies) and "versi 2" in said(replies)
    assert [v.reason for v in engine.state("u1").year.versions] == ["", "struktur"]


def test_an_iki_paste_at_the_explanation_question_is_a_list_not_the_note(engine, at):
    agreed(engine)
    at("2026-07-14T09:00")
    replies = tap(engine, "u1", engine.handle("u1", "/buang 2"), "mutasi")
    assert "Tulis penjelasan" in said(replies)
    replies = engine.handle("u1", "Persentase usulan kerja sama luar negeri yg ditindaklanjuti jadi MoU 70%\n"
                                  "Persentase laporan hasil perjalanan dinas luar negeri yang diunggah paling lama 14 "
                                  "hari setelah kepulangan 90%")
    assert "Penjelasan disimpan" not in said(replies) and "daftar 2 IKI" in said(replies)
    assert "Persentase" not in engine.state("u1").year.versions[-1].note


def test_an_iki_replaced_mid_year_starts_new_and_the_old_one_stays_readable(engine, at):
    from io import BytesIO

    from openpyxl import load_workbook

    tap(engine, "u1", engine.handle("u1", f"ini SKP saya:\n{SKP}"), "Simpan semua")
    engine.handle("u1", "/ubah 2 baseline 85%")
    tap(engine, "u1", engine.handle("u1", "/tetapkan"), "Ya")
    at("2026-04-03T09:00")
    engine.handle("u1", "IKI 2: 90%")
    at("2026-07-14T09:00")
    new = "Persentase naskah perjanjian kerja sama luar negeri yang direviu paling lama 7 hari kerja"
    engine.handle("u1", f"/ubah 2 teks {new}")
    replies = engine.handle("u1", "mutasi")
    assert "IKI 2 kini IKI baru" in said(replies)
    state = engine.state("u1")
    assert state.skp.iki[1].indikator == new and state.skp.iki[1].baseline is None
    assert all(r.iki != new for r in state.year.realisasi)  # TW I's 90% stays the old IKI's
    shown = said(engine.handle("u1", "/capaian")).split("\n2. ")[1].split("\n3. ")[0]
    assert "belum diisi" not in shown and "TW II: belum ada di SKP" in shown
    book = load_workbook(BytesIO(next(r.file for r in engine.handle("u1", "/ekspor") if r.file).data))
    kept = [row for row in book["Versi SKP"].iter_rows(values_only=True) if row[0] == 1 and row[4] == 2]
    assert kept[0][5].startswith("Persentase usulan kenaikan pangkat") and "tidak ada lagi sejak versi 2" in kept[0][9]
    plan = [row for row in book["Rencana Aksi"].iter_rows(min_row=2, values_only=True) if row[2].startswith("IKI 2:")]
    assert [(row[0], row[4]) for row in plan] == [(1, "Jul–Sep"), (2, "Okt–Des")]  # its own stages, from July


def test_a_reworded_iki_keeps_its_records(engine, at):
    replies = agreed_then(
        engine, at, "2026-04-03T09:00", "IKI 2: 90%",
        "/ubah 2 teks Persentase usulan kenaikan pangkat yang ditetapkan tepat waktu pada periode TMT",
        "direktif pimpinan")
    assert "kini IKI baru" not in said(replies)
    state = engine.state("u1")
    assert [r.iki for r in state.year.realisasi] == [state.skp.iki[1].indikator]


def test_wanting_to_add_another_iki_while_a_field_is_asked_says_how_and_asks_the_field_again(engine, at):
    replies = agreed_then(engine, at, "2026-07-14T09:00", f"{NEW} 70%", "mutasi", "mau nambah IKI baru")
    assert "kirim IKI barunya beserta targetnya" in said(replies) and "harus berupa angka" not in said(replies)
    assert "Capaian terakhir (data awal)" in said(replies)


def test_a_reason_typed_beside_an_added_iki_is_recorded_and_can_be_changed(engine, at):
    replies = agreed_then(engine, at, "2026-08-10T10:00",
                          f"tambah IKI baru: {NEW}, 70%. ini perintah karo krn banyak usulan masuk")
    assert "versi 2" in said(replies) and "Apa alasannya?" not in said(replies)
    assert engine.state("u1").year.versions[-1].note == "ini perintah karo krn banyak usulan masuk"
    replies = tap(engine, "u1", replies, "mutasi")
    assert [v.reason for v in engine.state("u1").year.versions] == ["", "struktur"]
    assert "Capaian terakhir (data awal)" in said(replies)  # the field asked again


def test_a_new_units_iki_sharing_only_the_units_name_with_an_old_one_is_new_not_a_figure(engine, at):
    # tester56 F6: after a mutasi, «Persentase BMN Biro Keuangan yang diinventarisasi … 90%» shared «Biro Keuangan dan
    # BMN» with IKI 1 (renamed to the new unit) and got «Itu angka capaian»
    agreed(engine, skp=SKP.replace("Persentase usulan kenaikan pangkat yang ditetapkan tepat pada periode TMT",
                                   "Persentase usulan mutasi pegawai Biro Umum dan Hubungan Masyarakat yang diproses tepat waktu"))
    at("2026-08-10T09:00")
    new = "Persentase arsip inaktif Biro Umum dan Hubungan Masyarakat yang dipindahkan tepat waktu"
    replies = engine.handle("u1", f"{new} 80%")
    assert "angka capaian" not in said(replies), said(replies)
    assert engine.state("u1").skp.iki[-1].indikator == new and engine.state("u1").skp.iki[-1].target == "80%"
    # the old IKI named with its unit is still its figure
    told = said(engine.handle("u1", "Persentase usulan mutasi pegawai Biro Umum yang diproses tepat waktu 97%"))
    assert len(engine.state("u1").skp.iki) == 4 and "IKI ini sudah memenuhi" not in told, told


def test_a_perubahan_with_no_catatan_yet_exports_the_versi_skp_sheet_it_promises(engine, at):
    # tester56 F11: after a mutasi, with no logbook or realisasi yet, /ekspor had only «SKP» and «Temuan»: the dropped
    # IKI were nowhere, though the mutasi answer promised them in «Versi SKP»
    agreed(engine)
    at("2026-09-01T09:00")
    steps = said(engine.handle("u1", "sy dipindah ke Biro Hukum per 1 september, SKP nya gmn?"))
    assert "/profil unit" in steps and "/profil atasan" in steps, steps  # the file's unit and atasan change too
    engine.handle("u1", "/buang 3")
    engine.handle("u1", "mutasi")
    assert not engine.state("u1").year.entries and not engine.state("u1").year.realisasi
    replies = engine.handle("u1", "/ekspor")
    book = load_workbook(BytesIO(next(r.file for r in replies if r.file).data))
    assert "Versi SKP" in book.sheetnames and "Catatan Harian" not in book.sheetnames
    gone = [row for row in book["Versi SKP"].iter_rows(values_only=True) if row[0] == 1 and row[4] == 3]
    assert gone[0][5].startswith("Jumlah SK pensiun") and "tidak ada lagi sejak versi 2" in gone[0][9]
    assert "«Versi SKP»" in said(replies)
