"""Day-one set 8 (a Ketua Tim imunisasi, a widyaiswara, a psikolog, a sanitarian, …): what the first days of dev8
lost."""

from tests.talk import list_saved, said


def test_a_question_naming_only_a_kind_of_fact_mid_step_gets_the_guidance_answer(engine):
    """d8-sanitarian01: «deadline nya kapan sih?» at the IP ASN target question got the step's help: «deadline» asks
    a date and is the question's only subject, and the guidance's answer («paling lambat 8 Februari 2026») shares no
    word with it. An answer giving the kind asked for answers it; the target is asked again after it."""
    list_saved(engine, "u", "Persentase kapal yang diperiksa sanitasinya dan mendapat SSCEC/SSCC tepat waktu\n"
                            "Nilai Indeks Profesionalitas ASN")
    engine.handle("u", "/ubah 2 target")
    reply = said(engine.handle("u", "deadline nya kapan sih?"))
    assert "8 Februari" in reply and "Bantuan untuk langkah ini" not in reply
    assert "Target" in reply or "target" in reply


def test_fields_after_an_iki_are_read_in_the_order_typed():
    """d8-psikolog01: «Persentase …, target 60%, tusi, 30» at step 4 was saved with target 30%: the fields were read
    from the end, the bare 30 taken as the target before the named one was met. A bare number after the target is
    its weight: target 60%, Core TUSI, weight 30; «…, 80, tusi, 30» the same way."""
    from bot.conversation import Engine
    from bot.conversation.answers import fields_in
    from tests.talk import prima_at_step_m

    typed = fields_in("persentase keluarga pasien yg dikonseling yg paham rencana perawatan, 80, tusi, 30")
    assert (typed.target.value, typed.bobot.value) == (80, 30)
    engine = Engine()
    prima_at_step_m(engine, "u")
    reply = said(engine.handle("u", "Persentase pasien psikoterapi yang mengalami penurunan skor gejala setelah 8 "
                                    "sesi, target 60%, tusi, 30"))
    iki = engine.state("u").skp.iki[0]
    assert (iki.target, iki.jenis.value, iki.bobot) == ("60%", "core_tusi", 30)
    assert "60%" in reply


def test_targets_in_order_typed_after_the_rest_while_another_field_is_asked_go_to_the_iki_without_one():
    """d8-widyaiswara01: «sisanya target: delapan puluh lima persen, satu modul, tujuh puluh persen, 82» while the
    quarter of IKI 5 was asked was read as work to draft: the word for targets after «sisanya» opened nothing. The
    draft's IKI without a target take them in order, the field asked is asked again."""
    from bot.conversation import Engine

    engine = Engine()
    for iki in ("Jumlah modul pelatihan yang disusun",
                "Persentase alumni pelatihan yang menerapkan RTL di tempat kerja 3 bulan setelah pelatihan",
                "Nilai Indeks Profesionalitas ASN"):
        engine.handle("u", f"/cek {iki}")
        engine.handle("u", "Simpan ke draf")
        engine.handle("u", "Selesai dulu")
    engine.handle("u", "/cek Jumlah inovasi metode pembelajaran blended yang diadopsi bapelkes lain")
    engine.handle("u", "Simpan ke draf")
    engine.handle("u", "target 1 inovasi")
    assert engine.state("u").fill.field == "triwulan_selesai"
    reply = said(engine.handle("u", "sisanya target: satu modul, tujuh puluh persen, 82"))
    targets = [iki.target for iki in engine.state("u").skp.iki]
    assert targets == ["1 modul", "70%", "82", "1 inovasi"]
    assert "Triwulan berapa" in reply


def test_members_typed_with_the_method_at_the_target_question_and_the_leaders_own_part_are_kept():
    """d8-katim01: at the MPPH's target question «bagi per regional, ada 5 staf: Andi reg 1, …» kept the method and
    lost the five members («reg» is short for «regional»); «regional 6 sama 7 saya pegang sendiri» became a member
    named «regional 6 sama 7 saya»; «targetnya nasional 90%, tiap regional samain aja» was no target. The members
    are kept and named, the leader holds regions 6 and 7, and the target is 90% with every role said."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "/mpph")
    engine.handle("u", "persentase kabupaten/kota yang mencapai cakupan imunisasi dasar lengkap")
    reply = said(engine.handle("u", "bagi per regional, ada 5 staf: Andi reg 1, Budi reg 2, Citra reg 3, Dina reg 4, "
                                    "Eko reg 5"))
    assert "Andi" in reply and "Eko" in reply
    engine.handle("u", "regional 6 sama 7 saya pegang sendiri")
    reply = said(engine.handle("u", "targetnya nasional 90%, tiap regional samain aja"))
    leader = engine.state("u").mpph.current
    assert leader.target == "90%"
    parts = {role.pegawai: role.bagian for role in leader.peran}
    assert parts["Andi"] == "regional 1" and parts["Eko"] == "regional 5"
    assert [role.bagian for role in leader.peran if role.sendiri] == ["regional 6 sama 7"]
    assert "Citra; regional 3" in reply


def test_a_list_of_iki_pasted_under_the_scope_question_is_read_as_a_list_never_the_holder_of_the_rest():
    """d8-katim01: under «Apakah semua cakupan indikator sudah dibagi?» the leader pasted «tambahan iki saya:» and
    four IKI; «anggota tim» in one line named a team, and the whole list was recorded as who holds the rest. The
    list is read as pasted, the matrix kept with no holder set."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "/mpph")
    engine.handle("u", "persentase kabupaten/kota yang mencapai cakupan imunisasi dasar lengkap; 90%")
    engine.press("u", "mpph:method:wilayah")
    engine.handle("u", "Andi regional 1, Budi regional 2")
    engine.handle("u", "selesai")
    assert engine.state("u").mpph.step == "scope"
    reply = said(engine.handle("u", "tambahan iki saya:\n- Persentase rekomendasi hasil monev imunisasi yang "
                                    "ditindaklanjuti dinkes provinsi\n- Persentase anggota tim dengan IKI yang "
                                    "ditetapkan sebelum 8 Februari 2026\n- Nilai Indeks Profesionalitas ASN"))
    assert "daftar 3 IKI" in reply
    flow = engine.state("u").mpph or engine.state("u").mpph_last
    assert not flow.indicators[0].pemegang_lain


def test_a_member_named_while_roles_are_written_is_given_the_new_target_and_the_remark_said():
    """d8-katim01: «yang Citra ganti jadi 85, regional 3 baselinenya rendah» while roles were written was «belum
    terbaca». The one role its member's name points to takes 85% (a Persentase indicator), the remark said back."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "/mpph")
    engine.handle("u", "persentase kabupaten/kota yang mencapai cakupan imunisasi dasar lengkap; 90%")
    engine.press("u", "mpph:method:wilayah")
    engine.handle("u", "Andi regional 1, Budi regional 2, Citra regional 3")
    reply = said(engine.handle("u", "yang Citra ganti jadi 85, regional 3 baselinenya rendah"))
    targets = {role.pegawai: role.target for role in engine.state("u").mpph.current.peran}
    assert targets == {"Andi": None, "Budi": None, "Citra": "85%"}
    assert "85%" in reply and "baselinenya rendah" in reply


def test_an_iki_typed_after_a_word_asking_to_add_it_is_saved_without_its_target():
    """d8-elektromedis01: «tambah Persentase permintaan kalibrasi …» after a /buang was only checked and offered; the
    targets typed next found no such IKI and the draft ended with 4 IKI. Asked to be added, an IKI that passes is
    saved at once and its target asked."""
    from bot.conversation import Engine

    engine = Engine()
    list_saved(engine, "u", "Persentase alat kesehatan life support yang lulus uji kesesuaian\n"
                            "Nilai Indeks Profesionalitas ASN")
    reply = said(engine.handle("u", "tambah Persentase permintaan kalibrasi rumah sakit yang diselesaikan dalam 14 "
                                    "hari kerja"))
    assert len(engine.state("u").skp.iki) == 3 and "IKI ke-3" in reply
    assert "Target satu tahun" in reply


def test_weights_listed_alone_one_for_each_iki_go_to_the_draft_in_order():
    """d8-elektromedis01: «bobot 25 25 20 10 20» after «jenis tusi semua kecuali ipasn» was «maksudnya apa?»: a list
    of weights with no jenis was read only beside IKI numbers. One weight for each IKI of the draft goes to them in
    order, each keeping its jenis."""
    from bot.conversation import Engine

    engine = Engine()
    list_saved(engine, "u", "Persentase alat kesehatan life support yang lulus uji kesesuaian\n"
                            "Persentase permintaan kalibrasi rumah sakit yang diselesaikan dalam 14 hari kerja\n"
                            "Nilai Indeks Profesionalitas ASN")
    engine.handle("u", "jenis tusi semua kecuali ipasn")
    reply = said(engine.handle("u", "bobot 50 40 10"))
    assert [iki.bobot for iki in engine.state("u").skp.iki] == [50, 40, 10]
    assert "Core MI bobot 10%" in reply


def test_an_iki_of_the_draft_named_by_a_word_and_thrown_out_while_a_field_is_asked_leaves_and_the_rest_is_read():
    """d8-sanitarian01: «yang diklat itu hapus aja deh, ganti IP ASN» while IKI 1's target was asked was drafted as
    work «Diklat itu hapus», and the draft ended with 6 IKI. The one IKI whose words hold «diklat» is thrown out as
    /buang does (words no IKI holds, «yang», «itu», name none), the mandatory IKI after it added, the target asked
    again."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "Persentase hasil pemeriksaan sanitasi kapal yang memenuhi standar\nPersentase kapal yang "
                       "diperiksa sanitasinya dan mendapat SSCEC/SSCC tepat waktu\nNilai hasil belajar diklat sanitasi")
    engine.handle("u", "simpan semua")
    assert engine.state("u").fill.field == "target"
    reply = said(engine.handle("u", "yang diklat itu hapus aja deh, ganti IP ASN"))
    texts = [iki.indikator for iki in engine.state("u").skp.iki]
    assert len(texts) == 3 and "Nilai hasil belajar diklat sanitasi" not in texts
    assert texts[-1] == "Nilai Indeks Profesionalitas ASN"
    assert "IKI 3 dibuang" in reply and "Target satu tahun" in reply
