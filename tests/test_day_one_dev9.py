"""Day-one set 9 (an Itjen auditor, a dosen, a SIMRS programmer, a Ketua Tim at a Labkesmas, …): what the first days
of dev9 lost."""

from tests.talk import press, said


def test_a_role_and_no_direct_cascade_told_while_a_field_is_asked_is_kept_never_a_split_among_members(engine):
    """d9-auditor01: «saya anggota tim, tidak ada cascade langsung» at a field question opened /mpph: «cascade» and
    «anggota» read as a request to split an indicator among members, and every message after it was read as the
    leader's indicator. The user's own role, said first, with the cascade said is kept on the draft, the weights the
    guidance gives then said, and the field asked again; a request naming members further on still opens /mpph."""
    replies = engine.handle("u", "Persentase rekomendasi hasil audit yang ditindaklanjuti auditi")
    press(engine, "u", replies, "Simpan")
    reply = said(engine.handle("u", "saya anggota tim, tidak ada cascade langsung"))
    state = engine.state("u")
    assert state.mpph is None
    assert (state.skp.peran.value, state.skp.cascading_langsung) == ("anggota", False)
    assert "90%" in reply and "Target" in reply
    engine.handle("u", "Selesai dulu")
    assert "MPPH" in said(engine.handle("u", "mau bagi iki ke 3 anggota tim"))


AUDIT_ACTIVITIES = ("1. Melaksanakan audit kinerja satker\n2. Reviu laporan keuangan\n3. Evaluasi SAKIP unit\n"
                    "4. Pemantauan tindak lanjut hasil pemeriksaan BPK")


def test_a_numbered_list_of_activities_is_a_list_each_line_checked_and_a_line_asked_for_an_example(engine):
    """d9-auditor01: four numbered activities («Reviu laporan keuangan», «Evaluasi SAKIP unit» …) were read as one
    IKI of all their words: only the first line read as an IKI, and a list needs two. An activity written as an IKI
    is a line of the list to check; «contoh yang bagus buat nomor 4 dong» then asks line 4's suggestions, and
    «simpan semua» saves each line as typed (play40 F2: never by a suggestion the user did not pick)."""
    reply = said(engine.handle("u", AUDIT_ACTIVITIES))
    assert "daftar 4 IKI" in reply
    detail = said(engine.handle("u", "contoh yang bagus buat nomor 4 dong"))
    assert "Pemantauan tindak lanjut hasil pemeriksaan BPK" in detail and "Usulan" in detail
    engine.handle("u", "simpan semua")
    drafted = [iki.indikator for iki in engine.state("u").skp.iki]
    assert len(drafted) == 4 and not any(text.startswith("Persentase") for text in drafted)


def test_weights_in_order_after_one_jenis_with_commas_go_to_that_jenis_at_its_question(engine):
    """d9-auditor01: «bobot TUSI 20, 20, 20, 15, 15, IP ASN 10» at the jenis question gave the asked IKI TUSI 20 and
    left the rest: the weights split by commas were clauses of their own. Weights alone after a jenis go on its
    clause, and several weights after a jenis are the draft's at any field question; as many weights as IKI of that
    jenis set each, a count that differs is said, never one IKI's target."""
    lines = ("Persentase rekomendasi audit yang ditindaklanjuti auditi\nPersentase temuan BPK yang dinyatakan selesai\n"
             "Persentase LHA yang selesai tepat waktu sesuai PKPT\nJumlah rekomendasi perbaikan SPIP yang disepakati "
             "auditi\nPersentase auditi yang puas terhadap layanan audit\nNilai Indeks Profesionalitas ASN")
    engine.handle("u", lines)
    engine.handle("u", "simpan semua")
    wrong = said(engine.handle("u", "bobot TUSI 20, 20, 20, 15, IP ASN 10"))
    skp = engine.state("u").skp
    assert "belum saya pasang" in wrong and skp.iki[0].target is None
    engine.handle("u", "90")
    assert "Jenis IKI ini" in said(engine.handle("u", "Belum ada data awal"))
    said(engine.handle("u", "bobot TUSI 20, 20, 20, 15, 15, IP ASN 10"))
    skp = engine.state("u").skp
    assert [iki.bobot for iki in skp.iki] == [20, 20, 20, 15, 15, 10]


def test_a_target_named_by_its_old_value_is_changed_never_read_as_the_field_asked(engine):
    """d9-auditor01: «yg 100 ganti 95 deh» after «90, 100, 85, 75» was read as a data awal of 100%. The one IKI whose
    target holds the old value (no IKI number) gets the new value, and the field asked waits."""
    engine.handle("u", "Persentase rekomendasi audit yang ditindaklanjuti auditi\n"
                       "Persentase temuan BPK yang dinyatakan selesai\nPersentase LHA yang selesai tepat waktu")
    engine.handle("u", "simpan semua")
    engine.handle("u", "90, 100, 85")
    reply = said(engine.handle("u", "yg 100 ganti 95 deh"))
    skp = engine.state("u").skp
    assert [iki.target for iki in skp.iki] == ["90%", "95%", "85%"] and skp.iki[0].baseline is None
    assert "Data awal" in reply or "data awal" in reply


def test_asking_to_see_the_draft_before_the_export_shows_it(engine):
    """d9-auditor01: «liat dulu sebelum ekspor» was «itu maksudnya apa?»: it asks for the draft (/skp)."""
    engine.handle("u", "Persentase rekomendasi audit yang ditindaklanjuti auditi")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "Selesai dulu")
    assert "Draf SKP Anda" in said(engine.handle("u", "liat dulu sebelum ekspor"))


def test_iki_written_out_in_a_list_at_prima_step_two_are_a_list_never_its_strategies(engine):
    """d9-dosen01: four numbered lines, each opening with «Persentase»/«Jumlah», typed at step 2 (Rumuskan) were
    taken as its strategies and the role asked; the IKI were lost. Lines that all open with a measure word are IKI:
    read as a pasted list, saved with «simpan semua»; step 2 still takes lines of activities."""
    from tests.talk import typed

    typed(engine, "u", "/prima", "Lewati")
    assert engine.state("u").prima.step == "R"
    reply = said(engine.handle("u", "1. Persentase mahasiswa bimbingan yang lulus uji kompetensi\n"
                                    "2. Jumlah mahasiswa bimbingan tugas akhir yang lulus tepat waktu\n"
                                    "3. Jumlah karya ilmiah yang terbit di jurnal terakreditasi SINTA"))
    assert "daftar 3 IKI" in reply
    engine.handle("u", "simpan semua")
    assert len(engine.state("u").skp.iki) == 3
    typed(engine, "v", "/prima", "Lewati")
    engine.handle("v", "- pendampingan penyusunan rencana kontinjensi\n- pelatihan tim PSC\n- monev kesiapsiagaan")
    assert engine.state("v").prima.step == "I"


LAB_LINES = ("• Persentase pemeriksaan spesimen yang selesai sesuai TAT\n• Persentase parameter lab yang lulus PME/EQAS\n"
             "• Persentase keluhan pelanggan layanan lab yang ditindaklanjuti kurang dari 3 hari\n"
             "• Jumlah metode pemeriksaan baru yang terverifikasi dan siap digunakan\n• Persentase realisasi anggaran tim")


def test_targets_each_with_its_jenis_in_order_set_both(engine):
    """d9-labkes01: «90 CL, 95 CL, 90 TUSI, 2 TUSI, 95 TUSI» at the first target question refused four targets as
    «90 CL» in percent and kept «2 TUSI» with TUSI as its unit. A value then a jenis word in every clause is a target
    and a jenis each, in order."""
    engine.handle("u", LAB_LINES)
    engine.handle("u", "simpan semua")
    reply = said(engine.handle("u", "90 CL, 95 CL, 90 TUSI, 2 TUSI, 95 TUSI"))
    skp = engine.state("u").skp
    assert [iki.target for iki in skp.iki] == ["90%", "95%", "90%", "2", "95%"]
    assert [iki.jenis.value for iki in skp.iki] == ["core_cl", "core_cl", "core_tusi", "core_tusi", "core_tusi"]
    assert "Core CL" in reply


def test_the_standard_weights_asked_spread_each_jenis_share_adding_up_to_its_total(engine):
    """d9-labkes01: «bobotnya standar katim» was read as a data awal («harus berupa angka»). A weight word with a word
    of the guidance's pattern spreads each jenis's share as «bagi rata» does, and a share that does not divide evenly
    leaves the rounding to the last IKI (40 over three: 13,33, 13,33, 13,34; Core 100%, never 99,99%)."""
    engine.handle("u", LAB_LINES)
    engine.handle("u", "simpan semua")
    engine.handle("u", "90 CL, 95 CL, 90 TUSI, 2 TUSI, 95 TUSI")
    engine.handle("u", "IP ASN 80")
    reply = said(engine.handle("u", "bobotnya standar katim"))
    weights = [iki.bobot for iki in engine.state("u").skp.iki]
    assert weights[:2] == [25, 25] and sum(weights[2:5]) == 40 and weights[5] == 10
    assert "Core 100%" in reply


def test_weights_alone_in_the_draft_order_set_each_iki_and_its_suggested_jenis(engine):
    """d9-simrs01: «bobot: 15,15,15,15,15,15,10» at the jenis question got «Pilih salah satu tombol»: weights naming no
    jenis, as many as the draft's IKI, are one each in its order, an IKI without a jenis given the one suggested (the
    mandatory IKI Core MI); a count that differs is said and the question stays."""
    engine.handle("u", "Persentase rekomendasi audit yang ditindaklanjuti auditi\nPersentase temuan BPK yang "
                       "dinyatakan selesai\nPersentase LHA yang selesai tepat waktu\nNilai Indeks Profesionalitas ASN")
    engine.handle("u", "simpan semua")
    engine.handle("u", "90")
    engine.handle("u", "Belum ada data awal")
    wrong = said(engine.handle("u", "bobot: 30,30,30"))
    assert "belum saya pasang" in wrong and "Jenis IKI ini" in wrong
    reply = said(engine.handle("u", "bobot: 30,30,30,10"))
    skp = engine.state("u").skp
    assert [(iki.jenis.value, iki.bobot) for iki in skp.iki] == [("core_tusi", 30), ("core_tusi", 30),
                                                                  ("core_tusi", 30), ("core_mi", 10)]
    assert "Core 100%" in reply


def test_a_command_one_letter_off_one_that_only_shows_or_checks_runs_as_it(engine):
    """d9-simrs01: «/cke Persentase user SIMRS yang dilatih» was only named («Maksud Anda /cek?»), and the «Simpan»
    tapped next found nothing to save. A command one letter off the only one near it, which only shows or checks, is
    run as it, said so; one that changes the draft is still only named."""
    reply = said(engine.handle("u", "/cke Persentase user SIMRS yang dilatih dan lulus uji kompetensi"))
    assert "saya baca sebagai /cek" in reply and "Simpan ke draf" in reply
    engine.handle("u", "Simpan ke draf")
    assert len(engine.state("u").skp.iki) == 1
    assert "Maksud Anda /buang" in said(engine.handle("u", "/bunag 1")) and len(engine.state("u").skp.iki) == 1


def test_one_iki_named_with_its_jenis_and_weight_and_the_rest_with_weights_in_order(engine):
    """Left by the last session: «CL yg regional 50. sisanya tusi 15 15 10, ip asn 10» at the target question set a
    target of 50% and gave IP ASN a target of 15. An IKI named by its words with a jenis and a weight, the rest clause
    with one weight each in the draft's order, and the mandatory IKI's weight by its name are the draft's jenis and
    weights, the target still asked."""
    engine.handle("u", "Persentase kab/kota regional 1 yang melaksanakan SBBL sesuai standar\nPersentase laporan monev "
                       "yang ditindaklanjuti\nJumlah NSPK yang ditetapkan\nPersentase usulan yang diproses tepat waktu\n"
                       "Nilai Indeks Profesionalitas ASN")
    engine.handle("u", "simpan semua")
    reply = said(engine.handle("u", "CL yg regional 50. sisanya tusi 15 15 10, ip asn 10"))
    skp = engine.state("u").skp
    assert [(iki.jenis.value, iki.bobot) for iki in skp.iki] == [
        ("core_cl", 50), ("core_tusi", 15), ("core_tusi", 15), ("core_tusi", 10), ("core_mi", 10)]
    assert skp.iki[0].target is None and skp.iki[4].target is None
    assert "Core 100%" in reply and "Target satu tahun" in reply


def test_a_jenis_and_weight_typed_beside_the_target_are_kept_too(engine):
    """Left by the last session: «target 1 inovasi, beyond, bobot 10» at the target question kept the target only,
    and the jenis and weight were asked again. The jenis and the weight named beside it are kept, and said."""
    engine.handle("u", "Jumlah inovasi layanan laboratorium yang diterapkan")
    engine.handle("u", "Simpan ke draf")
    reply = said(engine.handle("u", "target 1 inovasi, beyond, bobot 10"))
    iki = engine.state("u").skp.iki[0]
    assert (iki.target, iki.jenis.value, iki.bobot) == ("1 inovasi", "beyond", 10)
    assert "Beyond" in reply and "bobot 10%" in reply


def test_members_listed_after_a_staff_head_with_their_parts_are_roles_kept_for_their_step(engine):
    """d9-labkes01: «stafnya: Andi mikro, Budi kimia, Citra biomol, Dewi penerimaan sampel» before the MPPH's target
    was kept as one role named «stafnya». A head naming the staff (mpph.yaml daftar_nama) lists the members, each a
    capitalised name then the part it holds, kept for the roles step."""
    from bot.conversation.mpph_roles import line_roles
    from bot.skp.mpph import LeaderIndicator

    engine.handle("u", "/mpph")
    engine.handle("u", "Persentase pemeriksaan spesimen yang selesai sesuai TAT")
    engine.handle("u", "per layanan: mikrobiologi, kimia kesehatan, biologi molekuler, sama penerimaan sampel")
    reply = said(engine.handle("u", "stafnya: Andi mikro, Budi kimia, Citra biomol, Dewi penerimaan sampel"))
    assert "Andi" in reply and "Dewi" in reply and "4 peran" in reply
    leader = LeaderIndicator(id="1", indikator="Persentase wilayah yang melaksanakan SBBL", target="90%", metode="wilayah")
    roles = line_roles("anggota: Andi Sumatera, Budi Jawa", leader)
    assert [(role.pegawai, role.bagian) for role in roles] == [("Andi", "Sumatera"), ("Budi", "Jawa")]


def test_one_value_whose_unit_names_a_waiting_iki_only_is_its_target_at_a_data_awal_question(engine):
    """d9-dosen01: «8 mahasiswa» at the data awal question of «Persentase mahasiswa bimbingan …» was asked back as a
    data awal of 8%: the unit word is no percent, and only the waiting «Jumlah mahasiswa bimbingan tugas akhir …»
    counts students. That IKI's target, the data awal asked again; a percent value stays this IKI's data awal."""
    engine.handle("u", "1. Persentase mahasiswa bimbingan yang lulus uji kompetensi\n2. Jumlah mahasiswa bimbingan "
                       "tugas akhir yang lulus tepat waktu\n3. Jumlah karya ilmiah yang terbit di jurnal terakreditasi")
    engine.handle("u", "simpan semua")
    engine.handle("u", "80")
    reply = said(engine.handle("u", "8 mahasiswa"))
    skp = engine.state("u").skp
    assert skp.iki[1].target == "8 mahasiswa" and skp.iki[0].baseline is None and "data awal" in reply
    engine.handle("u", "70")
    assert skp.iki[0].baseline is None or engine.state("u").skp.iki[0].baseline == "70%"


def test_a_target_named_by_its_iki_number_at_a_data_awal_question_is_that_iki_target(engine):
    """Review (make chat): «no 2 jadi 90» and «eh salah, yg nomor 2 85 aja» typed while a data awal was asked were read
    as a data awal of 2%. A target named by its IKI's number is that IKI's (draft_save.targets_by_number), a
    correction's opener no other content; the data awal asked waits."""
    engine.handle("u", "1. Persentase klaim yang diverifikasi dalam 7 hari\n2. Persentase laporan bulanan yang valid "
                       "dan disampaikan tepat waktu\n3. Nilai Indeks Profesionalitas ASN")
    engine.handle("u", "simpan semua")
    engine.handle("u", "target 95, 12, 80")
    assert "target 90%" in said(engine.handle("u", "no 2 jadi 90"))
    assert "target 85%" in said(engine.handle("u", "eh salah, yg nomor 2 85 aja"))
    skp = engine.state("u").skp
    assert [iki.target for iki in skp.iki][:2] == ["95%", "85%"] and skp.iki[0].baseline is None
    assert engine.state("u").fill.field == "baseline"
