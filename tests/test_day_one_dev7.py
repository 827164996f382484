"""Day-one set 7 (a dosen, an Itjen auditor, a kepala ruangan, …): what the first days of dev7 lost."""

from bot.conversation import Engine
from tests.talk import list_saved, said


def test_a_target_checked_with_an_iki_the_draft_holds_without_one_is_taken_and_said():
    """d7-dosen-poltekkes01: «/cek Nilai Indeks Profesionalitas ASN target 82» while the draft held that IKI without
    a target: the 82 went in silently. It is said to be taken; a different target already saved is kept and the way
    to change it said, so the number typed is never lost."""
    engine = Engine()
    list_saved(engine, "u", "Persentase mahasiswa bimbingan yang lulus tepat waktu\nJumlah artikel ilmiah yang terbit "
                            "di jurnal nasional terakreditasi\nNilai Indeks Profesionalitas ASN")
    reply = said(engine.handle("u", "/cek Nilai Indeks Profesionalitas ASN target 82"))
    iki = engine.state("u").skp.iki
    assert len(iki) == 3 and iki[2].target.startswith("82")
    assert "Target 82" in reply and "IKI ke-3" in reply
    reply = said(engine.handle("u", "/cek Nilai Indeks Profesionalitas ASN target 85"))
    assert engine.state("u").skp.iki[2].target.startswith("82")
    assert "/ubah 3 target 85" in reply


def test_roles_after_a_method_head_with_lettered_teams_and_a_closing_remark_keep_every_member():
    """d7-kepala-ruangan01: «dibagi per shift/tim: Rina tim A, Dewi tim B, Agus tim C, Tono tim D. masing2 pasien
    timnya» before the method was kept as one role named «dibagi per shift/tim» (Tono lost in «T…»). The head names
    no one, «tim A» is a lettered part, the closing remark is no one's part: four roles, said back by name."""
    engine = Engine()
    engine.handle("u", "/mpph")
    engine.handle("u", "Persentase pasien rawat inap yang mendapat asuhan keperawatan sesuai standar, target 90%")
    reply = said(engine.handle("u", "dibagi per shift/tim: Rina tim A, Dewi tim B, Agus tim C, Tono tim D. masing2 "
                                    "pasien timnya"))
    assert "Rina, Dewi, Agus, Tono" in reply
    engine.press("u", "mpph:method:aspek")
    roles = engine.state("u").mpph.current.peran
    assert [(r.pegawai, r.bagian) for r in roles] == [("Rina", "tim A"), ("Dewi", "tim B"), ("Agus", "tim C"),
                                                      ("Tono", "tim D")]


def test_a_first_line_opening_with_a_chat_verb_is_a_line_of_the_list_not_its_header():
    """d7-pengelola-bmn01: «• bikin laporan BMN semesteran dan tahunan» above four IKI was taken as the list's header
    and dropped (4 IKI read of 5): «bikin» is the chat's «membuat», an activity the list checks and flags."""
    from bot.conversation.iki_list import read_list

    pasted = read_list("• bikin laporan BMN semesteran dan tahunan\n• Jumlah inventarisasi BMN yg dilakukan\n"
                       "• rekonsiliasi BMN sm keuangan tiap bulan\n• Persentase usulan penghapusan BMN yang diproses\n"
                       "• Nilai IP ASN")
    assert len(pasted.lines) == 5 and "laporan BMN" in pasted.lines[0].listed.text
    assert pasted.lines[0].verdict.has_error
    assert len(read_list("ini IKI sy tahun lalu\nPersentase usulan penghapusan BMN yang diproses\n"
                         "Persentase BMN yang ditetapkan status penggunaannya\nNilai IP ASN").lines) == 3


def test_ga_jadi_after_other_messages_at_the_question_takes_no_saved_iki_out():
    """d7-nutrisionis-rs01: a table saved with its targets, its first IKI asked its data awal; questions came between
    (the deadline, «kalau mau nambah beyond boleh?»), then «ga jadi deh tahun depan aja» about Beyond took the
    table's first IKI out of the draft. Only the first message at the question undoes a save."""
    engine = Engine()
    engine.handle("u", "No\tIndikator\tTarget\n1\tPersentase pasien rawat inap yang dilakukan skrining gizi dalam "
                       "1x24 jam\t95%\n2\tPersentase sisa makanan pasien rawat inap\t80%\n3\tPersentase pasien "
                       "risiko malnutrisi yang mendapat asuhan gizi terstandar\t85%")
    engine.handle("u", "simpan semua")
    assert len(engine.state("u").skp.iki) == 3 and engine.state("u").fill.field == "baseline"
    engine.handle("u", "deadline skp kapan sih kak?")
    engine.handle("u", "kalau mau nambah beyond boleh?")
    engine.handle("u", "ga jadi deh tahun depan aja")
    assert len(engine.state("u").skp.iki) == 3
    other = Engine()
    other.handle("v", "/cek Persentase sisa makanan pasien rawat inap")
    other.press("v", "fill:save")
    assert "tidak jadi disimpan" in said(other.handle("v", "oke ga jadi, buang"))
    assert not other.state("v").skp.iki


def test_accepting_prima_proposals_plus_the_mandatory_iki_saves_them_all():
    """d7-auditor-itjen01: «ok ambil semua usulannya, plus IP ASN» under step 4's five proposals took only the
    mandatory IKI (the five were never saved). The list is saved as shown, the mandatory IKI with it, its target
    when typed («…, sama IP ASN 85»)."""
    from tests.talk import typed

    for message, target in (("ok ambil semua usulannya, plus IP ASN", None),
                            ("ambil semua usulannya, sama IP ASN 85", "85")):
        engine = Engine()
        typed(engine, "u", "/prima", "tim saya ngurus audit kinerja satker, indikatornya persentase rekomendasi hasil "
                                     "pengawasan yang ditindaklanjuti",
              "audit kinerja 6 RS vertikal, reviu laporan keuangan, evaluasi SAKIP, pemantauan tindak lanjut, sama "
              "pendampingan manajemen risiko", "saya anggota tim, ketuanya pak dodi")
        assert len(engine.state("u").prima.proposals) >= 5
        engine.handle("u", message)
        iki = engine.state("u").skp.iki
        assert len(iki) == 6 and "Profesionalitas" in iki[-1].indikator
        assert (iki[-1].target or "").startswith(target) if target else iki[-1].target is None


def test_a_save_typed_after_prima_saved_the_proposals_is_said_and_the_field_asked_again():
    """d7-epidemiolog-bbtklpp01: «oke lanjut» saved step 4's six proposals and asked IKI 1's target; «simpan semua yang
    diusulkan» next was read as work (an IKI «… simpan …» refused), and «90%» then asked for an IKI sentence. The save
    is said done, the target asked again, and «90%» is its answer."""
    from tests.talk import typed

    engine = Engine()
    typed(engine, "u", "/prima", "saya epidemiolog di BBTKLPP, indikator balai kami persentase sinyal kewaspadaan dini "
                                 "yang direspon",
          "kegiatannya verifikasi sinyal SKDR, penyelidikan epidemiologi KLB, kajian epidemiologi, sama bimtek ke dinkes",
          "saya anggota tim", "oke lanjut")
    saved = len(engine.state("u").skp.iki)
    assert saved >= 4 and engine.state("u").prima.index is not None
    reply = said(engine.handle("u", "simpan semua yang diusulkan"))
    assert "Sudah tersimpan" in reply and "Target satu tahun" in reply
    engine.handle("u", "90%")
    iki = engine.state("u").skp.iki
    assert len(iki) == saved and iki[0].target == "90%"
