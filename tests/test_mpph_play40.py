"""play40 and mpph39 leftovers in /mpph: an indicator named inside step 1's message without its target (F5)."""

from bot.conversation import Engine
from tests.talk import said


def test_an_indicator_named_inside_a_longer_first_message_is_echoed_and_only_its_target_asked():
    engine = Engine()
    engine.handle("f5", "/mpph")
    reply = said(engine.handle("f5", "mau dibagi: Persentase bayi yang mendapat imunisasi dasar lengkap, per provinsi "
                                     "ke tim"))
    flow = engine.state("f5").mpph
    assert flow.step == "target" and flow.current.indikator == "Persentase bayi yang mendapat imunisasi dasar lengkap"
    assert "«Persentase bayi yang mendapat imunisasi dasar lengkap»" in reply and "belum terbaca" not in reply
    # member lines before the target: kept, and the target asked, never step 1's refusal again
    reply = said(engine.handle("f5", "Rina; Jawa Barat\nDoni; Banten"))
    assert "belum terbaca sebagai indikator" not in reply and "target" in reply
    reply = said(engine.handle("f5", "95"))
    flow = engine.state("f5").mpph
    assert flow.current.target == "95%" and flow.current.metode == "wilayah" and len(flow.current.peran) == 2


def _roles_with_percents(engine, user, leader, method, roles):
    for message in ("/mpph", leader, method, roles):
        engine.handle(user, message)


def test_a_part_percent_below_a_percentage_indicators_target_is_asked_before_the_own_part_is_saved():
    engine = Engine()
    _roles_with_percents(engine, "f3", "Persentase ibu hamil yang mendapat TTD; 85%", "wilayah",
                         "sy sendiri; Bali; 30%\nRina; Jawa; 40%\nDoni; Sumatera; 30%")
    reply = said(engine.press("f3", "mpph:save"))
    assert engine.state("f3").mpph.step == "share" and "porsi beban" in reply.lower()
    assert not engine.state("f3").skp.iki  # nothing saved with 30% as its target while the question is open
    reply = said(engine.handle("f3", "itu porsi kerjanya"))
    roles = engine.state("f3").mpph.indicators[0].peran
    assert [str(r.target) for r in roles] == ["85%"] * 3 and [r.porsi for r in roles] == ["30%", "40%", "30%"]
    assert [str(iki.target) for iki in engine.state("f3").skp.iki] == ["85%"] and "porsi beban 40%" in reply


def test_a_part_percent_kept_as_its_target_is_not_asked_again():
    engine = Engine()
    _roles_with_percents(engine, "t", "Persentase ibu hamil yang mendapat TTD; 85%", "wilayah",
                         "Rina; Papua; 30%\nDoni; Sumatera; 50%")
    assert "porsi beban kerja tiap orang" in said(engine.handle("t", "selesai"))
    engine.press("t", "mpph:share:target")
    assert [str(r.target) for r in engine.state("t").mpph.indicators[0].peran] == ["30%", "50%"]
    engine.press("t", "mpph:add")
    reply = said(engine.handle("t", "selesai"))
    assert engine.state("t").mpph.step != "share" and "porsi beban kerja tiap orang" not in reply


def test_part_percents_adding_up_past_a_hundred_are_targets_never_asked_as_shares():
    engine = Engine()
    _roles_with_percents(engine, "s", "Persentase ibu hamil yang mendapat TTD; 85%", "wilayah",
                         "Rina; Papua; 75%\nDoni; Sumatera; 80%")
    reply = said(engine.handle("s", "selesai"))
    assert engine.state("s").mpph.step != "share" and "porsi beban kerja tiap orang" not in reply


def test_a_part_percent_of_a_count_indicator_is_its_share_of_the_total_and_said_so():
    engine = Engine()
    _roles_with_percents(engine, "c", "Jumlah kader posyandu yang dilatih; 300 orang", "kuantitatif",
                         "Rina; Jawa; 50%\nDoni; Sumatera; 50%")
    reply = said(engine.handle("c", "selesai"))
    roles = engine.state("c").mpph.indicators[0].peran
    assert [str(r.target) for r in roles] == ["150", "150"] and "porsi dari target 300 orang" in reply
    assert "satuannya persen" not in reply


def test_an_open_mpph_question_is_named_again_under_another_command_and_still_answers():
    engine = Engine()
    _roles_with_percents(engine, "f9", "Persentase desa ODF di kabupaten binaan; 75%", "wilayah",
                         "Rina; Klaster Utara; 50%\nDoni; Klaster Selatan; 30%")  # (short of the whole: the scope
    engine.handle("f9", "selesai")                                    # is asked after the porsi question)
    replies = engine.handle("f9", "/skp")  # a look at the draft while the porsi question waits
    assert "MPPH masih menunggu" in said(replies) and "mpph:share:porsi" in [b.data for r in replies for b in r.buttons]
    engine.handle("f9", "porsi")
    replies = engine.handle("f9", "/bantuan")  # the scope question opened next survives another command too
    assert engine.state("f9").mpph.step == "scope" and "MPPH masih menunggu" in said(replies)
    assert "Dicatat" in said(engine.press("f9", "mpph:rest:tidak_ada"))
    assert engine.state("f9").mpph.indicators[0].peran[0].porsi == "50%"


def test_a_question_under_ubah_peran_is_answered_and_the_role_kept():
    engine = Engine()
    for message in ("/mpph", "Persentase balita ditimbang di posyandu; 85%", "wilayah",
                    "sy sendiri; Maluku\nTono; Papua\nUli; Sulawesi", "selesai"):
        engine.handle("q", message)
    engine.press("q", "mpph:rest:tidak_ada")
    engine.press("q", "mpph:edit:3")
    reply = said(engine.handle("q", "sy sbg katim iki sy yg mana ya?"))
    flow = engine.state("q").mpph
    assert "Maluku" in reply and flow.step == "edit" and flow.indicators[0].peran[2].bagian == "Sulawesi"
    engine.handle("q", "bagian itu boleh beda target ga?")
    assert flow.indicators[0].peran[2].bagian == "Sulawesi" and engine.state("q").mpph.step == "edit"
    engine.handle("q", "Sulawesi dan Gorontalo")
    assert engine.state("q").mpph.indicators[0].peran[2].bagian == "Sulawesi dan Gorontalo"


def test_a_starred_value_puts_the_value_just_typed_right_never_a_button_number():
    engine = Engine()
    for message in ("/mpph", "Jumlah kader posyandu yang dilatih; 40 orang", "kuantitatif", "Rina; kecamatan A; 15"):
        engine.handle("s", message)
    reply = said(engine.handle("s", "*25 aja kak"))  # right after the role line: its target
    assert engine.state("s").mpph.current.peran[0].target == "25" and "di luar pedoman" not in reply
    engine.handle("s", "Doni; kecamatan B; 15")
    engine.handle("s", "selesai")
    reply = said(engine.handle("s", "*30 ya"))  # under the matrix's buttons, no role just changed: never button 30
    assert "nomor 30 tidak ada" not in reply and "ubah N target 30" in reply
    assert [str(r.target) for r in engine.state("s").mpph.indicators[0].peran] == ["25", "15"]
    engine.press("s", "mpph:edit:2")
    engine.handle("s", "*eh 12 ding")  # under «Ubah peran 2»: its target, never a part named «*eh 12 ding»
    role = engine.state("s").mpph.indicators[0].peran[1]
    assert role.bagian == "kecamatan B" and str(role.target) == "12"


def test_member_tags_follow_the_cascade_of_every_method_and_the_non_direct_ones_say_why():
    from bot.models import Jenis
    from bot.skp.mpph import LeaderIndicator, Role, member_iki, notes_of

    roles = [Role(pegawai="Sari", bagian="Kalimantan", target="80%"), Role(pegawai="Saya", bagian="koordinasi",
                                                                          target="80%", sendiri=True)]
    jenis = {}
    for method in ("aspek", "wilayah", "kuantitatif", "layanan", "milestone"):
        leader = LeaderIndicator(id="K1", indikator="Persentase kabupaten yang melapor kasus tepat waktu",
                                 target="80%", metode=method, peran=roles)
        jenis[method] = (member_iki(leader, roles[0]).jenis, "Core TUSI" in notes_of(leader))
    assert jenis == {"aspek": (Jenis.core_cl, False), "wilayah": (Jenis.core_cl, False),
                     "kuantitatif": (Jenis.core_cl, False), "layanan": (Jenis.core_tusi, True),
                     "milestone": (Jenis.core_tusi, True)}


def test_a_porsi_told_is_written_in_the_members_cell_of_the_workbook():
    from bot.skp.mpph import LeaderIndicator, MpphDraft, Role, check_mpph

    leader = LeaderIndicator(id="K1", indikator="Persentase puskesmas yang melapor tepat waktu", target="90%",
                             metode="wilayah", peran=[Role(pegawai="Sari", bagian="Kalimantan", target="90%",
                                                           porsi="35%")])
    draft = MpphDraft.model_validate({"pimpinan": {"nama": "Ketua"}, "indikator": [leader.model_dump()],
                                      "tim": [{"nama": "Sari"}]})
    assert check_mpph(draft).cells["Sari"]["K1"][0].target == "90% (porsi beban 35%)"
