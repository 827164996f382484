"""Day-one answers (issue 16, fourteenth round): an IKI the user asks to add is saved as read; a count named as the
target of a percentage switches the measure, as the target's help advised."""
from bot.conversation import Engine
from tests.talk import said
from tests.test_day_one_round6 import at_field


def test_an_iki_the_user_asks_to_add_is_saved_as_read_with_its_spelling_fixed():
    engine, user = Engine(), "u-r14-add"
    at_field(engine, user, "target")
    replies = engine.handle(user, "tambahin iki baru: presentase hsil pemeriksaan yg di verivikasi sblm dikirim 95%")
    iki = engine.state(user).skp.iki
    assert [(i.indikator, i.target) for i in iki[1:]] == [
        ("Persentase hasil pemeriksaan yang diverifikasi sebelum dikirim", "95%")]
    assert "hsil pemeriksaan" not in said(replies).split("Catatan pembacaan")[0]


def test_an_iki_typed_with_typos_and_no_word_asking_to_add_still_offers_both_spellings():
    engine, user = Engine(), "u-r14-offer"
    at_field(engine, user, "target")
    replies = engine.handle(user, "presentase hsil pemeriksaan yg di verivikasi sblm dikirim 95%")
    assert len(engine.state(user).skp.iki) == 1
    assert "Simpan seperti ditulis" in [b.label for r in replies for b in r.buttons]


def test_the_other_tasks_suggestions_come_back_under_their_numbers_once_the_picked_iki_is_complete():
    engine, user = Engine(), "u-r14-later"
    engine.handle(user, "sy ngurus penyusunan laporan keuangan, rekonsiliasi kas, sm pembayaran tagihan vendor")
    shown = engine.state(user).candidates
    tasks = engine.state(user).task_of
    assert len(set(tasks.values())) > 1
    engine.press(user, "use:1")
    for answer in ("95", "blm ada", "Core TUSI", "30"):
        replies = engine.handle(user, answer)
    others = [n for n, c in enumerate(shown, 1) if tasks[c.indikator] != tasks[shown[0].indikator]]
    assert [b.label for r in replies for b in r.buttons] == [f"Pakai usulan {n}" for n in others]
    engine.handle(user, f"Pakai usulan {others[-1]}")
    assert engine.state(user).skp.iki[-1].indikator == shown[others[-1] - 1].indikator


def test_member_rows_pasted_before_the_leaders_indicator_are_kept_for_the_roles_step_never_taken_as_it():
    engine, user = Engine(), "u-r14-mpph-rows"
    engine.handle(user, "/mpph")
    replies = engine.handle(user, "Rudi (Jawa Timur, Bali) 90%\nWati (Aceh) 90%")
    assert engine.state(user).mpph.current is None and "indikatornya dulu" in said(replies)
    engine.handle(user, "per wilayah")
    engine.handle(user, "Persentase puskesmas yang melaksanakan SBBL sesuai standar; 90%")
    flow = engine.state(user).mpph
    assert flow.current.indikator.startswith("Persentase puskesmas") and flow.current.metode == "wilayah"
    assert [role.pegawai for role in flow.current.peran] == ["Rudi", "Wati"]


def test_at_the_mpph_method_question_a_role_line_is_kept_and_the_mandatory_iki_is_saved():
    engine, user = Engine(), "u-r14-mpph-method"
    engine.handle(user, "/mpph")
    engine.handle(user, "Persentase puskesmas yang melaksanakan SBBL sesuai standar; 90%")
    replies = engine.handle(user, "Rudi pegang Papua dan Maluku")  # the regions name the method (dayone35b)
    assert "pembagian wilayah" in said(replies) and engine.state(user).mpph.step == "roles"
    replies = engine.handle(user, "IP ASN 85")  # the leader's own, never the end of the roles
    assert [(i.indikator, i.target) for i in engine.state(user).skp.iki] == [("Nilai Indeks Profesionalitas ASN", "85")]
    assert engine.state(user).mpph.step == "roles"
    assert [role.pegawai for role in engine.state(user).mpph.current.peran] == ["Rudi"]


def test_an_iki_the_rules_fail_is_saved_as_written_when_the_user_insists_never_swapped_for_a_suggestion():
    engine, user = Engine(), "u-r14-insist"
    engine.handle(user, "Jumlah bimtek yang dilaksanakan 6 kali")
    assert engine.state(user).candidates
    replies = engine.handle(user, "ya udah simpan aja apa adanya")
    assert [(i.indikator, i.target) for i in engine.state(user).skp.iki] == [
        ("Jumlah bimtek yang dilaksanakan", "6 kali")]
    assert "seperti yang Anda tulis" in said(replies) and "usulan 1" not in said(replies)


def test_taking_back_the_iki_just_saved_removes_it_while_its_fields_are_asked():
    engine, user = Engine(), "u-r14-unsave"
    at_field(engine, user, "target")
    engine.handle(user, "Jumlah bimtek yang dilaksanakan 6 kali")
    engine.handle(user, "tetep mau itu")
    assert len(engine.state(user).skp.iki) == 2
    replies = engine.handle(user, "eh ga jadi deh, buang aja")
    assert [i.indikator for i in engine.state(user).skp.iki] == ["Persentase laporan keuangan yang disusun sesuai SAP"]
    assert "tidak jadi disimpan" in said(replies) and engine.state(user).fill is None


def test_mpph_lines_kept_ahead_are_all_replayed_and_the_last_method_named_wins():
    engine, user = Engine(), "u-r14-mpph-replay"
    engine.handle(user, "/mpph")
    for text in ("1", "aspek", "Rudi (Jawa Timur) 90%", "Wati pegang Aceh", "eh per wilayah aja"):
        engine.handle(user, text)
    engine.handle(user, "Persentase puskesmas yang melaksanakan SBBL sesuai standar; 90%")
    flow = engine.state(user).mpph
    assert flow.current.metode == "wilayah" and [r.pegawai for r in flow.current.peran] == ["Rudi", "Wati"]


def test_asking_why_while_a_failed_iki_kept_as_written_is_completed_explains_its_findings():
    engine, user = Engine(), "u-r14-why"
    engine.handle(user, "Jumlah bimtek yang dilaksanakan 6 kali")
    engine.handle(user, "tetep mau itu")
    replies = engine.handle(user, "kenapa ga boleh sih? dari dulu jg gitu")
    assert "IKI 1 Anda «Jumlah bimtek yang dilaksanakan» mendapat temuan" in said(replies)
    assert "di luar pedoman" not in said(replies)
