"""Day-one set 4 (an Itjen auditor, a humas officer): targets and jenis given per IKI number, an absolute target typed
in words, a tag question with its reason after the «?»."""

from bot.conversation import Engine
from bot.conversation.intent import Route, classify
from tests.talk import at_role, list_saved, said

SIX = ("Jumlah LHA yang diterbitkan\nPersentase rekomendasi hasil audit yang ditindaklanjuti auditi\n"
       "Persentase rekomendasi hasil reviu laporan keuangan satker yang ditindaklanjuti\n"
       "Persentase peserta diklat JFA yang lulus post-test\nPersentase LHA yang terbit tepat waktu\n"
       "Persentase laporan probity audit yang diterbitkan tepat waktu")


def test_targets_per_number_written_with_a_mark():
    """«2 = 90, 5 = 90, 6 = 100» was «belum bisa membaca»: each IKI named by its number takes its target, and the
    100% is said to be an absolute target."""
    engine = Engine()
    list_saved(engine, "u", SIX)
    reply = said(engine.handle("u", "2 = 90, 5 = 90, 6 = 100"))
    iki = engine.state("u").skp.iki
    assert [i.target for i in iki] == [None, "90%", None, None, "90%", "100%"]
    assert "target mutlak" in reply
    said(engine.handle("u", "no 3: 80"))
    said(engine.handle("u", "4) 70"))
    assert [i.target for i in engine.state("u").skp.iki][2:4] == ["80%", "70%"]


def test_targets_per_number_put_right_with_jadi():
    """d4-humas01: «yaudah 1 jadi 95, 7 jadi 95» after the targets were set was «belum bisa membaca»: each IKI named
    takes its new target; a number past the draft is said, never dropped."""
    engine = Engine()
    list_saved(engine, "u", SIX)
    engine.handle("u", "2 = 90, 5 = 90, 6 = 100")
    reply = said(engine.handle("u", "yaudah 2 jadi 95, 7 jadi 95"))
    assert [i.target for i in engine.state("u").skp.iki][1] == "95%", reply
    assert "IKI 7 belum ada di draf" in reply


def test_targets_per_number_past_the_draft_are_said_not_dropped():
    engine = Engine()
    list_saved(engine, "u", SIX)
    engine.handle("u", "/buang 5 6")
    reply = said(engine.handle("u", "2 = 90, 5 = 90, 6 = 100"))
    assert engine.state("u").skp.iki[1].target == "90%"
    assert "IKI 5, 6 belum ada di draf (draf berisi 4 IKI)" in reply


def test_ranges_joined_by_dan_and_the_mandatory_added_with_its_jenis_and_weight():
    """«1-3 dan 5-6 TUSI 18 semua, no 4 MI 5, tambah IP ASN MI 5» was read as work to draft: five TUSI 18, IKI 4 MI
    5, the mandatory IKI added as MI 5 and its target asked; «82» next is that target."""
    engine = Engine()
    list_saved(engine, "u", SIX)
    reply = said(engine.handle("u", "1-3 dan 5-6 TUSI 18 semua, no 4 MI 5, tambah IP ASN MI 5"))
    iki = engine.state("u").skp.iki
    assert [(i.jenis.label, i.bobot) for i in iki] == [("Core TUSI", 18)] * 3 + [("Core MI", 5)] + [
        ("Core TUSI", 18)] * 2 + [("Core MI", 5)]
    assert "Indeks Profesionalitas ASN" in iki[6].indikator and "Target satu tahun" in reply
    engine.handle("u", "82")
    assert str(engine.state("u").skp.iki[6].target).startswith("82")


def test_the_same_while_a_saved_iki_is_asked_its_target():
    """Typed while «Simpan ke draf» asks the first IKI's target, the weights were taken as that target («1»)."""
    engine = Engine()
    engine.handle("u", SIX)
    engine.handle("u", "simpan semua")
    engine.handle("u", "1-3 dan 5-6 TUSI 18 semua, no 4 MI 5, tambah IP ASN MI 5")
    iki = engine.state("u").skp.iki
    assert iki[0].target is None and [i.bobot for i in iki] == [18, 18, 18, 5, 18, 18, 5]


def test_an_absolute_target_in_words_is_named_and_a_number_asked():
    """«/ubah 3 target semua rekomendasi tuntas» got only «Target harus berupa angka»."""
    engine = Engine()
    list_saved(engine, "u", SIX)
    reply = said(engine.handle("u", "/ubah 3 target semua rekomendasi tuntas"))
    assert "target mutlak" in reply and "«semua»" in reply and "angka" in reply
    engine.handle("u", "yaudah 85")
    assert engine.state("u").skp.iki[2].target == "85%"


def test_a_tag_question_with_its_reason_after_it_asks():
    """«tim saya langsung ke IKK itjen ga sih? kita kan audit kinerja satker» got «maksudnya apa?»."""
    assert classify("tim saya langsung ke IKK itjen ga sih? kita kan audit kinerja satker").route is Route.question


FIVE = ("• Jumlah press release yang dibuat\n• Jumlah konten media sosial yang diunggah\n"
        "• Persentase pengaduan masyarakat yang ditindaklanjuti maksimal 3 hari kerja\n"
        "• Jumlah liputan media tentang layanan unggulan RS\n"
        "• Nilai survei kepuasan masyarakat terhadap informasi publik RS")


def test_checking_an_iki_the_draft_holds_offers_nothing_that_waits():
    """/cek of a saved line opened «Simpan ke draf», whose pending target then swallowed «semuanya TUSI aja …»
    («Tulis lagi … sesudah IKI ini disimpan»): the twin is said at once, with /ubah N to complete it."""
    engine = Engine()
    engine.handle("u", FIVE)
    engine.handle("u", "simpan semua")
    reply = engine.handle("u", "/cek Jumlah konten media sosial yang diunggah")
    assert "sudah ada di draf sebagai IKI ke-2" in said(reply) and "/ubah 2" in said(reply)
    assert "Simpan ke draf" not in [b.label for r in reply for b in r.buttons]
    assert engine.state("u").fill is None
    typed_save = said(engine.handle("u", "Simpan ke draf"))  # typed after it: said again, no line of the list saved
    assert "sudah ada di draf sebagai IKI ke-2" in typed_save and len(engine.state("u").skp.iki) == 5
    engine.handle("u", "ok ga usah beyond. semuanya TUSI aja, kecuali tambahin IP ASN")
    iki = engine.state("u").skp.iki
    assert len(iki) == 6 and [i.jenis.label for i in iki] == ["Core TUSI"] * 5 + ["Core MI"]


def test_a_jenis_for_all_with_nothing_open_is_applied():
    """«tusi semua 18» with no question open got «Pilih IKI-nya»."""
    engine = Engine()
    engine.handle("u", FIVE)
    engine.handle("u", "simpan semua")
    engine.handle("u", "Selesai dulu")
    reply = said(engine.handle("u", "semuanya TUSI aja, kecuali tambahin IP ASN"))
    iki = engine.state("u").skp.iki
    assert [i.jenis.label for i in iki] == ["Core TUSI"] * 5 + ["Core MI"]
    assert "Target satu tahun untuk «Nilai Indeks Profesionalitas ASN»" in reply


def test_mpph_takes_the_leaders_own_iki_named_by_its_words():
    """«yg kab/kota PKG BBL, bagi per regional ke 3 anggota» at /mpph's first step was «belum terbaca sebagai
    indikator»: the leader's draft IKI those words name is the indicator, with its target."""
    engine = Engine()
    for message in ("Persentase penduduk penerima pemeriksaan kesehatan gratis bayi baru lahir, 70%", "Simpan ke draf",
                    "Selesai dulu", "Persentase kab/kota dengan cakupan PKG BBL minimal 80%, 60%", "Simpan ke draf",
                    "Selesai dulu", "/mpph"):
        engine.handle("u", message)
    reply = said(engine.handle("u", "yg kab/kota PKG BBL, bagi per regional ke 3 anggota"))
    leader = engine.state("u").mpph.current
    assert leader.indikator == "Persentase kab/kota dengan cakupan PKG BBL minimal 80%" and leader.target == "60%"
    assert "IKI 2 draf Anda" in reply
    assert engine.state("u").mpph.step == "roles" and leader.metode == "wilayah"  # «bagi per regional»: by region


def test_a_number_the_draft_iki_cannot_take_names_another_indicator():
    """«yg hasil pemeriksaan bagi per beban: target sampel 10000 …» under a Persentase is not that IKI (d2-kt03)."""
    engine = Engine()
    for message in ("Persentase hasil pemeriksaan lab yang selesai sesuai standar waktu layanan, 92%",
                    "Simpan ke draf", "Selesai dulu", "/mpph"):
        engine.handle("u", message)
    engine.handle("u", "yg hasil pemeriksaan bagi per beban: target sampel 10000 dibagi rata ke 5 anggota")
    assert engine.state("u").mpph.current is None


def test_member_targets_given_by_their_names():
    """«target dewi 72, bayu 75, sari 60» under the roles written was «Baris ini belum terbaca»."""
    engine = Engine()
    for message in ("Persentase kab/kota dengan cakupan PKG BBL minimal 80%, 60%", "Simpan ke draf", "Selesai dulu",
                    "/mpph", "yg kab/kota PKG BBL, bagi per regional ke 3 anggota",
                    "Dewi Anggraini: Regional 1 (Sumatera, Kepri, Babel)\nBayu Pratama: Regional 2 (Jawa, Bali)\n"
                    "Sari Wulandari: Regional 3 (Kalimantan, Sulawesi)"):
        engine.handle("u", message)
    reply = said(engine.handle("u", "target dewi 72, bayu 75, sari 60"))
    assert [r.target for r in engine.state("u").mpph.current.peran] == ["72%", "75%", "60%"]
    assert "Dewi Anggraini: target 72%" in reply


def test_a_self_introduction_at_the_role_question_answers_it():
    """d4-katimkesga01: «saya ketua tim, anggota 3 orang» at PRIMA's role question got «Salam kenal!» and the
    question again; the role a self-introduction names first is the answer (one naming no role is greeted, round13)."""
    from bot.models import Peran

    for typed, role in (("saya ketua tim, anggota 3 orang", Peran.ketua_tim), ("sy anggota tim gizi", Peran.anggota),
                        # a kepala instalasi leads a team inside the unit: a Ketua Tim, not its head (roles35)
                        ("saya kepala instalasi farmasi", Peran.ketua_tim), ("saya kepala balai", Peran.pimpinan_unit)):
        engine = at_role()
        reply = said(engine.handle("u", typed))
        assert engine.state("u").skp.peran is role and "Salam kenal" not in reply, (typed, reply)
        assert engine.state("u").prima.field == "direct"  # on to the cascade question


def test_a_number_pair_of_a_logbook_keeper_is_no_target_change(tmp_path, at):
    """Y14: «IKI 2 = 90» typed by a user whose SKP is agreed was read as a new target (a perubahan SKP asked for); in
    the year such a pair is a realisasi or a question, and a target changes only through /ubah."""
    from tests.agreed_year import agreed_then, sqlite_engine

    engine = next(sqlite_engine(tmp_path, at))
    reply = said(agreed_then(engine, at, "2026-04-02T09:00", "IKI 2 = 90"))
    assert engine.state("u1").skp.iki[1].target == "95%" and "Perubahan SKP" not in reply, reply


def test_the_role_put_right_under_the_iki_proposed_together():
    """d4-spesialis01: PRIMA proposed IKI from the work told and said it took the usual role; «anggota KSM, ga ada
    cascade langsung» then was checked as an IKI («belum bisa disimpan»). A short message naming the role (and the
    cascade) puts them right and shows the proposals again."""
    from bot.models import Peran

    for typed, role, cascade in (("anggota KSM, ga ada cascade langsung", Peran.anggota, False),
                                 ("sy ketua tim kok, langsung ke IKK", Peran.ketua_tim, True)):
        engine = Engine()
        engine.handle("u", "/prima")
        engine.press("u", "prima:skip")
        engine.handle("u", "verifikasi berkas usulan kenaikan pangkat dan penerbitan SK pensiun")
        engine.handle("u", "saya juga pegang rekap cuti pegawai, input data SIASN, dan arsip SK")
        state = engine.state("u")
        assert state.prima.step == "M" and state.prima.together
        reply = said(engine.handle("u", typed))
        state = engine.state("u")
        assert state.skp.peran is role and state.skp.cascading_langsung is cascade, (typed, reply)
        assert "Dicatat: peran Anda" in reply and "belum bisa disimpan" not in reply and "Langkah 4 dari 5" in reply


def test_a_sentence_naming_the_target_under_the_save_offer_gives_it():
    """d4-spesialis01: «targetnya harus 0 dong masa boleh mati» under «Simpan ke draf» was checked as an IKI and the
    offer lost; a sentence naming the target with its one number gives that target (a question does not)."""
    engine = Engine()
    engine.handle("u", "/cek Angka kematian neonatus di NICU tidak ada")
    reply = said(engine.handle("u", "targetnya harus 0 dong masa boleh mati"))
    iki = engine.state("u").skp.iki
    assert "Target 0 dicatat" in reply and len(iki) == 1 and iki[0].target == "0", reply
    asked = Engine()
    asked.handle("u", "/cek Angka kematian neonatus di NICU tidak ada")
    asked.handle("u", "targetnya harus 0 ya?")
    assert not asked.state("u").skp.iki


def test_stepping_away_in_prima_pauses_it_and_lanjut_resumes():
    """d4-blu01: «bentar ya aku rapat dulu» at step 4 was checked as an IKI («belum bisa disimpan»); it pauses PRIMA
    with the answers kept, and «lanjut» resumes it. A sentence with a number or a question is no stepping away."""
    from bot.conversation.prima_moves import steps_away
    from tests.talk import prima_at_step_m

    engine = Engine()
    prima_at_step_m(engine, "u", "rekonsiliasi pendapatan BLU dengan KPPN, penyusunan laporan keuangan BLU")
    reply = said(engine.handle("u", "bentar ya aku rapat dulu"))
    assert engine.state("u").prima.paused and "isian Anda tersimpan" in reply and "Sifat" not in reply
    assert "Langkah 4 dari 5" in said(engine.handle("u", "lanjut")) and not engine.state("u").prima.paused
    for other in ("eh bentar, 85 aja", "bentar, rapat dulu itu masuk IKI ga?", "Jumlah rapat koordinasi BLU"):
        assert not steps_away(other), other
    engine.handle("u", "bntr ya, dipanggil atasan")
    assert engine.state("u").prima.paused
    engine.handle("u", "/prima")  # «Lanjutkan | Mulai dari awal»
    assert "Langkah 4 dari 5" in said(engine.handle("u", "ok")) and not engine.state("u").prima.paused


def test_bagi_rata_at_a_target_question_shares_the_weights_and_asks_the_target_again():
    """d4-humas01: «bagi rata aja» while the added IP ASN's target was asked got «Target harus berupa angka»."""
    engine = Engine()
    list_saved(engine, "u", SIX)
    engine.handle("u", "semuanya TUSI aja, kecuali tambahin IP ASN")
    assert engine.state("u").fill is not None and engine.state("u").fill.field == "target"
    reply = said(engine.handle("u", "bagi rata aja"))
    assert "Bobot dibagi rata" in reply and "Target harus berupa angka" not in reply, reply
    assert [iki.bobot for iki in engine.state("u").skp.iki] == [15.0] * 6 + [10.0]
    assert "Target satu tahun" in reply


def test_a_role_with_its_cascade_said_at_the_role_question_answers_both():
    """d4-sanitarian01: «saya anggota, ga langsung ke renstra kayaknya» set the role and asked the cascade again."""
    engine = at_role()
    reply = said(engine.handle("u", "saya anggota, ga langsung ke renstra kayaknya"))
    state = engine.state("u")
    assert state.skp.cascading_langsung is False and state.prima.step == "M", reply


def test_a_bare_lanjut_at_the_cascade_question_moves_on_with_its_usual_answer():
    """d4-kainstfarmasi01: «lanjut» at «Apakah hasil kerja Anda berkontribusi langsung …?» was «Siap.» and the
    question again; the user moves on, so the usual answer (no direct cascade) is taken and said."""
    engine = at_role()
    engine.press("u", "prima:role:ketua_tim")
    reply = said(engine.handle("u", "lanjut"))
    state = engine.state("u")
    assert state.prima.step == "M" and state.skp.cascading_langsung is False, reply
    assert "Saya anggap hasil kerja Anda tidak langsung" in reply and "Siap." not in reply, reply


def test_lanjut_at_the_cascade_question_after_a_renstra_indicator_takes_it_as_direct(engine):
    """d4-katimkesga01: a Ketua Tim who picked IKK 5.1.1 at step 1 and typed «lanjut» at «… langsung pada IKK 5.1.1?»
    means the indicator picked: direct, so «cakupan 70, CL bobot 30» next is no Core CL over its 0%."""
    from tests.talk import typed

    reply = said(typed(engine, "u", "/prima", "pemeriksaan kesehatan gratis bayi baru lahir", "ya itu", "Lewati",
                       "Ketua tim", "lanjut"))
    state = engine.state("u")
    assert state.prima.step == "M" and state.skp.cascading_langsung is True, reply
    assert "langsung ber-cascading dari IKK" in reply, reply
