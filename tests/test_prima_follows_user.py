"""PRIMA follows a user who is further on than the step it asks (issue 16's day-one conversations): leaving the
guided flow, going straight to the IKI, asking for example IKI, an IKI or a target typed before step 4. Nothing
typed is lost and the user is never held at a step they have moved past."""

import dataclasses

import pytest

from bot.conversation import Engine
from bot.models import Jenis, Peran
from tests.talk import labels, prima_at_step_m, said


def at(step: str) -> Engine:
    """A new user in PRIMA at step P, R («Lewati» once) or I («Lewati» twice)."""
    engine = Engine()
    engine.handle("u", "/prima")
    for _ in range("PRI".index(step)):
        engine.press("u", "prima:skip")
    assert engine.state("u").prima.step == step
    return engine


def test_declining_the_guided_flow_pauses_it_and_a_list_then_is_read_as_a_list():
    engine = at("P")
    replies = engine.handle("u", "ga usah pake prima deh, mau tempel daftar IKI lama aja")
    state = engine.state("u")
    assert state.prima.paused and "PRIMA saya jeda" in said(replies) and "Tempel IKI Anda" in said(replies)
    pasted = engine.handle("u", "1. Persentase usulan mutasi yang diverifikasi tepat waktu 90%\n"
                                "2. Jumlah rapat koordinasi 12 kali")
    assert "daftar 2 IKI" in said(pasted)  # read as a list, not searched as keywords of step 1


def test_going_straight_to_the_iki_takes_the_usual_role_and_opens_step_4():
    for step in ("P", "R", "I"):
        engine = at(step)
        replies = engine.handle("u", "skip aja, langsung ke IKI")
        state = engine.state("u")
        assert state.prima.step == "M" and state.prima.field == "indikator", step
        assert state.skp.peran is Peran.anggota and state.skp.cascading_langsung is False
        assert "Saya anggap Anda anggota tim" in said(replies) and "Langkah 4 dari 5" in said(replies)


def test_going_straight_to_the_iki_asked_as_a_question_is_granted_and_the_skipped_steps_named():
    """«skip aja lgsg ke nulis iki bisa?» at steps 1–3 (d13-tek05: answered with the guidance on writing IKI, step 1
    asked again): step 4 opens, the empty answers of steps 1–2 named as skipped in one line, «Kembali» to fill them."""
    for step in ("P", "R", "I"):
        for asked in ("skip aja lgsg ke nulis iki bisa?", "boleh langsung ke iki aja?", "lompat ke bikin iki"):
            engine = at(step)
            replies = engine.handle("u", asked)
            state = engine.state("u")
            assert (state.prima.step, state.prima.field) == ("M", "indikator"), (step, asked)
            skipped = next(line for line in said(replies).splitlines() if "saya lewati" in line)
            assert "indikator unit dan strategi unit" in skipped and "«Kembali»" in skipped
    engine = at("P")
    engine.handle("u", "boleh langsung ke iki aja?")
    engine.press("u", "prima:back")
    assert engine.state("u").prima.step == "I"  # the way back the line names


def test_strategies_given_are_not_named_as_skipped_when_going_straight_to_the_iki():
    engine = at("P")
    engine.press("u", "prima:skip")
    engine.handle("u", "Pendampingan puskesmas dalam pelaporan skrining bayi baru lahir")
    assert engine.state("u").prima.step == "I"
    replies = engine.handle("u", "bisa langsung ke iki?")
    assert engine.state("u").prima.step == "M"
    assert "indikator unit saya lewati" in said(replies) and "strategi unit" not in said(replies)


def test_a_question_about_the_steps_or_why_not_straight_to_the_iki_stays_a_question():
    for asked in ("langkah 2 itu buat apa?", "kenapa ga bisa langsung ke iki?", "apakah IKI boleh langsung disepakati?"):
        engine = at("P")
        replies = engine.handle("u", asked)
        assert engine.state("u").prima.step == "P" and "saya lewati" not in said(replies), asked


def test_a_role_answered_before_going_to_the_iki_is_kept():
    engine = at("I")
    engine.press("u", "prima:role:ketua_tim")
    engine.handle("u", "langsung ke iki aja")
    assert engine.state("u").skp.peran is Peran.ketua_tim and engine.state("u").prima.step == "M"


def test_asking_for_examples_about_some_work_offers_iki_drafted_from_it():
    engine = at("R")
    replies = engine.handle("u", "bingung, kasih beberapa contoh untuk verifikasi berkas usulan kenaikan pangkat")
    state = engine.state("u")
    assert state.prima.step == "M" and state.prima.proposals
    assert "Pakai usulan 1" in labels(replies)
    engine.handle("u", "Pakai usulan 1")
    replies = engine.handle("u", "90")
    assert "90" in said(replies) and engine.state("u").prima.current.target is not None


def test_asking_for_examples_with_no_work_known_gets_the_steps_help():
    engine = at("R")
    replies = engine.handle("u", "ga ngerti, kasih contoh dong")
    assert engine.state("u").prima.step == "R" and "Bantuan untuk langkah ini" in said(replies)


def test_an_iki_typed_with_its_target_at_step_1_is_saved_and_step_1_asked_again():
    engine = at("P")
    replies = engine.handle("u", "Persentase usulan kenaikan pangkat yg diverifikasi tepat waktu, 90%")
    state = engine.state("u")
    assert len(state.skp.iki) == 1 and state.skp.iki[0].target == "90%"
    assert state.prima.step == "P" and "Langkah 1 dari 5" in said(replies) and "Indikator Renstra" not in said(replies)


def test_an_iki_named_in_a_question_at_step_1_is_not_saved():
    engine = at("P")
    engine.handle("u", "Nilai IP ASN itu wajib? dasarnya apa")
    assert not engine.state("u").skp.iki


def test_a_target_typed_at_the_role_question_goes_to_the_iki_typed_ahead_without_one():
    engine = at("I")
    engine.handle("u", "Persentase berkas cuti pegawai yang diproses maksimal 3 hari kerja")
    state = engine.state("u")
    assert len(state.skp.iki) == 1 and state.skp.iki[0].target is None
    replies = engine.handle("u", "85 persen")
    state = engine.state("u")
    assert state.skp.iki[0].target == "85%" and "85%" in said(replies) and "Pilih salah satu tombol" not in said(replies)
    assert state.prima.step == "I" and "Apa peran Anda" in said(replies)


def test_a_target_at_the_role_question_with_no_iki_says_where_it_goes():
    engine = at("I")
    replies = engine.handle("u", "target 90%")
    assert "belum bisa saya pasangkan" in said(replies) and not engine.state("u").skp.iki
    assert "Pilih salah satu tombol" in said(engine.handle("u", "4"))  # a bare number is the choice's, refused


def test_a_target_or_jenis_named_at_the_unit_or_strategy_question_is_never_its_answer():
    for step in ("P", "R"):
        engine = at(step)
        replies = engine.handle("u", "target 90")
        state = engine.state("u")
        assert "belum bisa saya pasangkan" in said(replies) and state.prima.step == step, step
        assert not state.prima.strategies and not state.prima.typed, step
        replies = engine.handle("u", "core tusi 40")
        assert "dipilih untuk tiap IKI di langkah 4" in said(replies) and engine.state("u").prima.step == step, step
    engine = at("R")
    engine.handle("u", "percepatan verifikasi berkas, target 90% berkas selesai 3 hari")  # a strategy with a number
    assert engine.state("u").prima.step == "I"


def at_step_m() -> Engine:
    """A user at step 4 (roles taken by going straight to the IKI)."""
    engine = at("P")
    engine.handle("u", "langsung ke iki aja")
    assert engine.state("u").prima.step == "M"
    return engine


def answering_data_awal() -> Engine:
    """Step 4 with one IKI saved with its target, its data awal asked."""
    engine = at_step_m()
    engine.handle("u", "Persentase usulan kenaikan pangkat yang diverifikasi maksimal 5 hari kerja, 90%")
    assert engine.state("u").prima.field == "baseline"
    return engine


def test_a_target_named_for_the_iki_typed_ahead_is_not_the_data_awal():
    engine = answering_data_awal()
    engine.handle("u", "Persentase berkas pensiun yang diproses tepat waktu")  # typed ahead, no target
    replies = engine.handle("u", "core tusi semua. target yg barusan 80")
    state = engine.state("u")
    assert state.skp.iki[1].target == "80%" and state.prima.current.baseline is None
    assert all(iki.jenis is not None and iki.jenis.name == "core_tusi" for iki in state.skp.iki)
    assert "80%" in said(replies) and state.prima.field == "baseline"


def test_a_correction_right_after_an_iki_typed_ahead_changes_that_iki():
    engine = answering_data_awal()
    engine.handle("u", "ok Jumlah SK pensiun yang diterbitkan tepat waktu, target 40")
    replies = engine.handle("u", "eh salah, 45 aja")
    state = engine.state("u")
    assert state.skp.iki[1].target == "45" and state.prima.current.baseline is None
    assert "diganti: 45 (sebelumnya 40)" in said(replies)


def test_a_target_named_by_its_old_value_is_replaced():
    engine = answering_data_awal()
    engine.handle("u", "Persentase berkas pensiun yang diproses tepat waktu, 95%")
    engine.handle("u", "Belum ada data awal")
    replies = engine.handle("u", "95 ketinggian, 85 aja")
    state = engine.state("u")
    assert state.skp.iki[1].target == "85%" and state.skp.iki[0].target == "90%"
    assert "sebelumnya 95%" in said(replies)


def test_an_iki_sentence_with_two_numbers_is_never_a_correction():
    engine = answering_data_awal()
    engine.handle("u", "Belum ada data awal")
    engine.handle("u", "Persentase berkas cuti yang diproses maksimal 3 hari kerja 90%")
    assert engine.state("u").skp.iki[0].target == "90%" and len(engine.state("u").skp.iki) == 2


def test_talk_then_an_iki_with_its_number_at_the_data_awal_question_is_an_iki():
    engine = answering_data_awal()
    engine.handle("u", "oh iya sy jg arsipkan SK tiap bulan. Jumlah SK pensiun yang diarsipkan digital 200 SK")
    state = engine.state("u")
    assert state.prima.current.baseline is None and state.prima.field == "baseline"
    assert any("diarsipkan" in iki.indikator for iki in state.skp.iki + state.prima.queue)


def test_replacing_the_iki_typed_ahead_keeps_one_row():
    engine = answering_data_awal()
    engine.handle("u", "Jumlah rekap cuti pegawai 12 rekap")
    count = len(engine.state("u").skp.iki)
    replies = engine.handle("u", "yaudah ganti jadi: Persentase rekap cuti pegawai yang valid dan tepat waktu, 90%")
    state = engine.state("u")
    assert len(state.skp.iki) == count and state.skp.iki[-1].indikator.startswith("Persentase rekap cuti")
    assert "diganti" in said(replies)


def test_a_suggestion_number_typed_with_none_on_screen_is_never_checked_as_an_iki():
    engine = at_step_m()
    replies = engine.handle("u", "Pakai usulan 2")
    assert "Usulan nomor 2 tidak ada" in said(replies) and "Pakai usulan 2»" not in said(replies)
    assert engine.state("u").prima.current is None


def test_the_mandatory_iki_taken_from_the_offer_inside_prima_is_drafted_there():
    engine = at("P")
    engine.handle("u", "IP ASN itu wajib? dasarnya apa")
    replies = engine.handle("u", "ok masukin, target 85")
    state = engine.state("u")
    assert len(state.skp.iki) == 1 and state.skp.iki[0].target is not None and "85" in said(replies)
    assert state.prima.step == "P" and not state.fill  # PRIMA asks the rest in step 4, no second flow on top


def test_an_english_question_with_an_iki_in_step_4_is_answered_and_the_iki_offered_in_indonesian():
    engine = at_step_m()
    replies = engine.handle("u", "Is English ok here? My IKI: number of temperature logs checked")
    text = said(replies)
    assert "This assistant works in Indonesian" in text
    assert "Is English ok" not in text.split("Usulan IKI")[0].split("\n")[1]  # the IKI checked is the IKI part
    # a count of logs checked is workload (IKI-VOLUME): the Indonesian offered measures how well they are checked
    assert any("catatan suhu yang diperiksa" in c.indikator for c in engine.state("u").candidates)


def test_an_english_iki_without_known_work_words_still_gets_its_translation_offered():
    engine = at_step_m()
    engine.handle("u", "Number of temperature logs checked")
    assert engine.state("u").candidates  # it was only told to write in Indonesian


def test_an_english_question_in_step_4_is_answered_not_checked_as_an_iki():
    engine = at_step_m()
    replies = engine.handle("u", "why? this is what I produce")
    # «why?» at the open step asks about the step: its help, which says why an IKI measures output (issue 16: a
    # question inside a flow gets that step's help)
    assert "Bantuan untuk langkah ini" in said(replies) and "output" in said(replies)
    assert engine.state("u").prima.current is None
    assert "Sifat:" not in said(replies)


def test_work_no_suggestion_is_formed_from_in_step_4_is_kept_in_the_users_words(monkeypatch):
    engine = at_step_m()
    rewrite = engine.assistant.rewrite

    def none_formed(*args, **kwargs):  # «serah terima barang» now has suggestions: none formed, as for work the
        found = rewrite(*args, **kwargs)  # rewriter has no wording for
        return dataclasses.replace(found, value=found.value.model_copy(update={"candidates": []}))

    monkeypatch.setattr(engine.assistant, "rewrite", none_formed)
    replies = engine.handle("u", "sy lg ngurus serah terima barang")
    state = engine.state("u")
    assert len(state.skp.iki) == 1 and "serah terima barang" in state.skp.iki[0].indikator
    assert "supaya tidak hilang" in said(replies) and "Target satu tahun" in said(replies)
    engine.handle("u", "24 dokumen")
    assert engine.state("u").skp.iki[0].target == "24 dokumen"  # its fields asked of the IKI kept


def test_a_logbook_line_with_a_count_at_the_role_question_is_no_target():
    engine = at("I")
    engine.handle("u", "Persentase berkas cuti pegawai yang diproses maksimal 3 hari kerja")
    replies = engine.handle("u", "hari ini verif 42 berkas cuti")
    assert engine.state("u").skp.iki[0].target is None and "Target «" not in said(replies)


def test_taking_the_proposals_with_their_targets_listed_saves_them_in_order():
    # «pakai usulanmu. target 80%, 70%, IP ASN 80» at step 2, with the work known: went to the role question as the
    # unit's strategy, and the targets were lost
    engine = at("R")
    engine.handle("u", "verifikasi berkas usulan kenaikan pangkat, monev penyelesaian SK pensiun")
    engine.press("u", "prima:back")
    assert engine.state("u").prima.step == "R" and engine.state("u").prima.strategies
    replies = engine.handle("u", "pakai usulanmu aja. target 80%, 70%, IP ASN 80")
    state = engine.state("u")
    assert state.prima.step == "M" and "Tersimpan ke draf" in said(replies)
    assert [iki.target for iki in state.skp.iki] == ["80%", "70%", "80"], [iki.indikator for iki in state.skp.iki]
    assert "Indeks Profesionalitas ASN" in state.skp.iki[-1].indikator
    assert all("IP ASN" not in iki.indikator for iki in state.skp.iki[:2])


def test_taking_the_proposals_without_values_shows_them_and_a_number_picks_one():
    engine = at("R")
    engine.handle("u", "verifikasi berkas usulan kenaikan pangkat, monev penyelesaian SK pensiun")
    engine.press("u", "prima:back")
    replies = engine.handle("u", "pake saran kamu aja")
    assert engine.state("u").prima.step == "M" and "Pakai usulan 1" in labels(replies)
    assert engine.state("u").skp.iki == []
    engine = at("R")
    engine.handle("u", "verifikasi berkas usulan kenaikan pangkat, monev penyelesaian SK pensiun")
    engine.press("u", "prima:back")
    replies = engine.handle("u", "ga ngerti, kasih 2 contoh aja")  # a count of examples, no target
    assert engine.state("u").skp.iki == [] and "2 contoh" not in said(replies) and "Pakai usulan 2" in labels(replies)
    engine = at("R")
    replies = engine.handle("u", "pakai usulan 2")  # none on screen: a pick, never a request nor the strategy
    assert "Belum ada usulan IKI" in said(replies) and engine.state("u").prima.step == "R"


def _to_role_question(engine, user):
    engine.handle(user, "/prima")
    engine.press(user, "prima:skip")
    engine.handle(user, "pemeriksaan sanitasi kapal utk terbitkan SSCEC/SSCC\n"
                        "inspeksi kesehatan lingkungan TTU di wilayah pelabuhan")
    assert engine.state(user).prima.step == "I"


def test_back_under_a_refused_iki_returns_to_the_iki_question_not_a_step_back(engine):
    user = "u-back-refused"
    _to_role_question(engine, user)
    engine.press(user, "prima:role:anggota")
    engine.press(user, "prima:direct:0")
    replies = engine.handle(user, "ngecek kapal tiap hari")  # refused: its suggestions, with «« Kembali»
    back = next(b for r in replies for b in r.buttons if "Kembali" in b.label)
    text = said(engine.press(user, back.data))
    assert engine.state(user).prima.step == "M" and "Langkah 4 dari 5" in text and "SSCEC" in text


def test_the_mandatory_iki_asked_for_at_the_role_question_is_kept_once_and_the_role_asked_again(engine):
    user = "u-mandatory-at-role"
    _to_role_question(engine, user)
    text = said(engine.handle(user, "tambah iki wajib ip asn dong"))
    assert "Pilih salah satu tombol" not in text and "Apa peran Anda" in text
    assert [i.indikator for i in engine.state(user).skp.iki] == ["Nilai Indeks Profesionalitas ASN"]
    assert "sudah ada di draf" in said(engine.handle(user, "tambah iki wajib ip asn dong"))
    assert len(engine.state(user).skp.iki) == 1 and not engine.state(user).prima.paused


def test_work_done_sent_at_the_role_question_pauses_prima_and_is_offered_as_a_logbook_line(engine):
    # Y02 (year eval): weeks after PRIMA stopped at the role question, «periksa 42 sampel TCM hr ini» was answered
    # «Pilih salah satu tombol» and lost
    engine.handle("w", "/prima")
    engine.press("w", "prima:skip")
    engine.press("w", "prima:skip")
    assert engine.state("w").prima.step == "I"
    replies = engine.handle("w", "periksa 42 sampel TCM hr ini")
    text = "\n".join(r.text for r in replies)
    assert engine.state("w").prima.paused and "Pilih salah satu tombol" not in text
    assert "Catat sebagai catatan harian" in [b.label for r in replies for b in r.buttons]
    assert engine.state("w").pending == "periksa 42 sampel TCM hr ini"  # kept until the user picks


def test_following_the_suggestion_takes_the_usual_answers_or_the_first_suggestion_never_pauses():
    engine = at("I")
    replies = engine.handle("u", "ikut saran aja")
    state = engine.state("u")
    assert not state.prima.paused and state.prima.step == "M" and state.skp.peran is Peran.anggota
    assert "Saya anggap Anda anggota tim" in said(replies)
    replies = engine.handle("u", "ikut saran aja")  # nothing suggested yet: said, never checked as an IKI
    assert "Belum ada usulan" in said(replies) and "kata kerja kegiatan" not in said(replies)
    engine.handle("u", "Melaksanakan monev SBBL ke puskesmas")
    replies = engine.handle("u", "ikut saran aja")
    assert engine.state("u").prima.current.indikator.startswith("Persentase") and "IKI diterima" in said(replies)


def test_a_jenis_typed_while_step_m_waits_goes_to_the_iki_being_drafted_or_just_saved_within_the_caps():
    """«Beyond bobot 15» with an IKI shown as being drafted: its jenis and weight, then its target asked; «beyond bobot
    80» after one was saved: the jenis changed, the weight past the Beyond cap refused (the old one kept, /ubah named)."""
    engine = at("P")
    engine.handle("u", "skip aja, langsung ke IKI")
    engine.handle("u", "Persentase laporan monev SBBL yang ditindaklanjuti")
    engine.press("u", "prima:back")
    replies = engine.handle("u", "Beyond bobot 15")
    current = engine.state("u").prima.current
    assert (current.jenis.value, current.bobot) == ("beyond", 15) and "Bobotnya 15%" in said(replies)
    assert engine.state("u").prima.field == "target"
    engine = at("P")
    engine.handle("u", "skip aja, langsung ke IKI")
    for answer in ("Persentase usulan mutasi yang diverifikasi tepat waktu", "90", "tidak ada", "Core TUSI", "30"):
        engine.handle("u", answer)
    replies = engine.handle("u", "beyond bobot 80")
    iki = engine.state("u").skp.iki[0]
    assert (iki.jenis.value, iki.bobot) == ("beyond", 30) and "Bobot tetap 30%; ubah dengan /ubah 1 bobot" in said(replies)
    replies = engine.handle("u", "Core TUSI bobot 25")
    iki = engine.state("u").skp.iki[0]
    assert (iki.jenis.value, iki.bobot) == ("core_tusi", 25) and "(sebelumnya Beyond). Bobotnya 25%." in said(replies)


def test_step_4_named_by_its_letter_or_asked_in_javanese_goes_straight_to_the_iki():
    """«lewat aja P R I nya … langsung M» (d15-xxx07: searched the catalog for it, then «iki pertama: …» was kept as the
    unit's indicator), «langsung ke nyusun IKI iso ra?» (d15-xxx02: answered with the weights, step 1 asked again)."""
    for typed in ("lewat aja P R I nya bah sy udah ikut sosialisasi. langsung M",
                  "aku langsung wae yo mas, dereng ngerti pahami2an. langsung ke nyusun IKI iso ra?"):
        engine = at("P")
        replies = engine.handle("u", typed)
        assert (engine.state("u").prima.step, engine.state("u").prima.field) == ("M", "indikator"), typed
        assert "Langkah 4 dari 5" in said(replies), typed
    engine = at("R")
    engine.handle("u", "pemeriksaan jarak 5 m langsung di lokasi")
    assert engine.state("u").prima.step != "M"  # a unit after a number is no step's name


def test_prima_started_over_in_words_keeps_the_profile_and_the_draft_and_lets_the_round_go():
    """«urang mimitian deui wae ti awal PRIMA, tapi profil ulah dihapus» at the role question under a pasted list
    (d15-xxx05: «Pilih salah satu tombol», step 3 asked again): step 1 again, the list let go, the profile said kept."""
    engine = Engine()
    engine.handle("u", "/profil")
    engine.handle("u", "Euis Komalasari")
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.press("u", "prima:skip")
    engine.handle("u", "1. Jumlah jam mengajar (JPL)\n2. modul pelatihan tersusun\n3. Nilai evaluasi widyaiswara oleh "
                       "peserta\n4. laporan evaluasi pasca pelatihan")
    assert engine.state("u").listed
    replies = engine.handle("u", "wah meni loba nu salah 🙈 urang mimitian deui wae ti awal PRIMA, tapi profil ulah "
                                 "dihapus")
    state = engine.state("u")
    assert state.prima.step == "P" and not state.listed
    assert "Euis Komalasari" in said(replies) and "Langkah 1 dari 5" in said(replies)
    assert state.skp.pegawai.nama == "Euis Komalasari"
    for asked in ("mulai dari awal gmn?", "pelatihan dimulai dari awal tahun"):
        engine.press("u", "prima:skip")
        engine.handle("u", asked)
        assert engine.state("u").prima.step != "P" or "?" in asked, asked


@pytest.mark.parametrize("nod", ["yowes 82", "yaudah 82 aja"])
def test_a_nod_and_a_value_after_the_mandatory_offer_at_step_2_is_its_target(nod):
    """«ip asn wajib …?» answered with the offer at the strategy question, then «yowes 82» (d15-xxx02: taken as the
    unit's strategy, the role asked next, IP ASN never added)."""
    engine = at("R")
    assert "Mau saya tambahkan" in said(engine.handle("u", "ip asn wajib ga? aku kan fungsional"))
    engine.handle("u", nod)
    state = engine.state("u")
    assert [(i.jenis, i.target) for i in state.skp.iki] == [(Jenis.core_mi, "82")] and not state.prima.strategies


def test_a_list_under_the_request_to_go_straight_to_step_4_is_read_there():
    """«skip to M pls. here's my list:» with the IKI under it (d15-xxx03: step 4 opened and the lines were lost)."""
    engine = at("P")
    replies = engine.handle("u", "skip to M pls. here's my list:\n- Persentase MoU yang ditindaklanjuti tepat waktu\n"
                                 "- Jumlah laporan perjalanan dinas\n- Persentase database mitra kerja sama yang "
                                 "diperbarui tiap triwulan")
    state = engine.state("u")
    assert state.prima.step == "M" and len(state.listed) == 3, said(replies)
    assert "Langkah 4 dari 5" not in said(replies) and "Saya anggap Anda anggota tim" in said(replies)


UNMEASURED = ("skip to M pls. here's my list:\n- policy brief rekomendasi posisi Indonesia di WHA\n"
              "- MoU yg ditandatangani ditindaklanjuti\n- laporan perjalanan dinas\n"
              "- database mitra kerja sama terupdate\n- koordinasi dgn unit teknis")


def test_lines_with_no_measure_word_under_the_request_to_go_to_step_4_are_each_a_line():
    """d15-xxx03: bulleted work with no measure word under «skip to M pls. here's my list:» was read as one IKI (its
    lines glued, nothing listed): the request called them IKI, so each line naming work is one to check."""
    engine = at("P")
    replies = engine.handle("u", UNMEASURED)
    state = engine.state("u")
    assert state.prima.step == "M" and [item.text for item in state.listed][2] == "laporan perjalanan dinas", said(replies)
    assert len(state.listed) == 5


def test_lines_dropped_by_their_words_then_the_rest_kept():
    """d15-xxx03: «drop the travel report one and the coordination one. keep the other 4» was checked as an IKI in
    English: the sentence keeping the rest no longer hides the lines dropped by their words before it."""
    engine = at("P")
    engine.handle("u", UNMEASURED)
    replies = engine.handle("u", "drop the travel report one and the coordination one. keep the other 3")
    state = engine.state("u")
    assert [n + 1 for n, item in enumerate(state.listed) if item.dropped] == [3, 5], said(replies)
    assert not state.skp.iki and "dibuang" in said(replies)


def test_an_iki_with_its_target_then_the_mandatory_iki_joined_after_it_are_two():
    """d14-xxx04: «tambah: persentase spesimen … sampai spesies 85, sama IP ASN 80» at step 4 was saved as one IKI
    «… spesies 85, sama IP ASN» with target 80: the mandatory IKI joined after it is its own, each with its target."""
    engine = Engine()
    prima_at_step_m(engine, "u")
    engine.handle("u", "tambah: persentase spesimen nyamuk yg teridentifikasi sampai spesies 85, sama IP ASN 80")
    drafts = {iki.indikator: iki.target for iki in engine.state("u").skp.iki}
    assert drafts == {"Nilai Indeks Profesionalitas ASN": "80",
                      "Persentase spesimen nyamuk yang teridentifikasi sampai spesies": "85%"}
