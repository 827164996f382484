"""Answers users read (qfix38): a deadline claimed as a part of a month, a count said to meet a limit, fields pasted
from the e-Kinerja form; each failing before its fix."""

from bot.retrieval.claims import contradicted


def test_a_part_of_a_month_claimed_past_the_deadline_is_denied():
    """dev38: «deadline penyusunan SKP 2026 tuh akhir Februari kan?» was led «Ya.» (the month alone matched)."""
    answer = "Surat Sekjen Kemenkes menetapkan penyusunan SKP tahun 2026 paling lambat 8 Februari 2026."
    assert contradicted("batas akhir SKP 2026 itu pertengahan februari ya?", answer) == "Tidak."
    # a part of the month that may lie before the deadline claims nothing past it
    assert contradicted("batas akhir SKP 2026 itu awal februari ya?", answer) == ""


def test_a_deadline_claimed_at_a_months_end_gets_no_yes(shared_retriever):
    answer = shared_retriever.ask("SKP taun 2026 tenggatnya akhir februari kan kak?", k=3).answer
    assert not answer.startswith("Ya."), answer


def test_the_indicator_of_a_pasted_form_is_the_iki_asked_about():
    from bot.retrieval.form_fields import form_quoted
    pasted = "RHK: Dokumen kajian tersusun tepat waktu | Indikator: Persentase rekomendasi kajian yang diterima | " \
             "Target: 80 %\nudh bukan aktivitas kan ini?"
    assert form_quoted(pasted) == "IKI 'Persentase rekomendasi kajian yang diterima'. udh bukan aktivitas kan ini?"
    # what is asked names another field pasted («targetnya»), no indicator pasted, or nothing asked: unchanged
    for kept in ("Indikator: Persentase rekomendasi kajian yang diterima\nTarget: 80 %\ntargetnya kerendahan ga?",
                 "Rencana Hasil Kerja: Dokumen kajian tersusun tepat waktu\nini udh output kan?",
                 "Indikator: Persentase rekomendasi kajian yang diterima\nTarget: 80 %"):
        assert form_quoted(kept) == kept, kept


def test_a_pasted_forms_indicator_is_judged_by_the_rules(shared_retriever):
    """dev38: «Rencana Hasil Kerja: …\\nIndikator: Persentase alat … laik pakai\\nTarget: 90 %\\nini udh berbasis output
    kan?» got the example of dividing roles, no lead."""
    answer = shared_retriever.ask("Indikator: Jumlah rapat koordinasi lintas program\nSatuan: kali\nini udh output "
                                  "kan kak?", k=3).answer
    assert answer.startswith("Tidak."), answer
    answer = shared_retriever.ask("Indikator: Persentase sampel air yang diperiksa sesuai standar\nTarget: 95 %\n"
                                  "ini udh output kan kak?", k=3).answer
    assert answer.startswith("Ya."), answer


def test_a_count_said_to_meet_a_limit_asks_whether_it_is_allowed():
    from bot.retrieval.limits import meets_limit
    assert meets_limit("IKI sy 6, udah memenuhi batas minimal kan?")
    assert meets_limit("jumlah IKI aku 11 masih masuk maksimal ga?")
    # a limit with its own number is claimed, not met; «memenuhi» of something else asks no limit
    assert not meets_limit("IKI sy 6 memenuhi minimal 5 kan?")
    assert not meets_limit("IKI sy udh memenuhi SMART-C kan?")


def test_a_count_meeting_a_limit_is_led_by_where_it_lies(shared_retriever):
    """dev38: «… IKI sy pas 5. itu udh memenuhi minimal kan?» got «bila kurang dari 5 …» with no «Ya.»."""
    answer = shared_retriever.ask("jumlah IKI aku 6. udah memenuhi batas minimal kan kak?", k=3).answer
    assert answer.startswith("Ya."), answer
    answer = shared_retriever.ask("IKI aku 13, masuk batas maksimal ga?", k=3).answer
    assert answer.startswith("Tidak."), answer


def test_an_outside_topic_named_as_the_work_an_iki_measures_is_drafting():
    from bot.retrieval.outside_guidance import drafts_topic, names_outside_topic
    asked = "mau tanya\ngmn cara nyusun IKI\nutk maintenance jaringan, sy pranata komputer"
    assert drafts_topic(asked) and not names_outside_topic(asked)
    # the topic after a break, or no IKI drafted: the topic is what is asked
    assert not drafts_topic("gmn cara isi IKI kalo server e-kinerja lagi error?")
    assert names_outside_topic("gmn cara reset password e-kinerja?")


def test_a_target_of_work_on_servers_is_answered_by_the_steps(shared_retriever):
    """dev38: «sy mau nanya\\ncara nentuin target IKI\\nyg uptime server SIMRS» was declined: «server» is an outage."""
    answer = shared_retriever.ask("cara netapin target IKI ketersediaan server aplikasi gmn ya?", k=3).answer
    assert "di luar pedoman" not in answer, answer


def test_leave_to_do_without_what_the_work_rests_on_is_denied():
    from bot.retrieval.basis_denied import basis_lead
    answer = "Rencana aksi adalah penjabaran RHK, sehingga setiap rencana aksi disusun berdasarkan RHK."
    assert basis_lead("bikin rencana aksi boleh ga tanpa lihat RHK dulu?", answer) == "Tidak."
    assert basis_lead("rencana aksi gak usah ngacu ke RHK kan?", answer) == "Tidak."
    # a permission denied by the question itself agrees with the rule; a thing the answer rests nothing on says nothing
    assert basis_lead("rencana aksi ga bisa disusun tanpa RHK kan?", answer) == ""
    assert basis_lead("rencana aksi boleh tanpa tanda tangan atasan?", answer) == ""


def test_leave_to_draft_a_plan_without_its_rhk_is_led_no(shared_retriever):
    """dev38: «Apakah rencana aksi boleh disusun bebas tanpa mengacu pada RHK …?» got the rule with no lead."""
    answer = shared_retriever.ask("mohon izin, rencana aksi boleh kami buat sendiri tanpa acuan RHK yg disetujui "
                                  "atasan?", k=3).answer
    assert answer.startswith("Tidak."), answer


def test_travel_timetables_are_outside_the_guidance(shared_retriever):
    answer = shared_retriever.ask("tiket kereta api ke Surabaya buat dinas minggu depan masih ada ga ya?", k=3).answer
    assert "di luar pedoman" in answer, answer


def test_the_target_of_a_renstra_code_is_the_catalogs(shared_retriever):
    """dev38: «… ISS 15 persentase fasyankes … targetnya brp?» got the count of ISS per Eselon I, no target."""
    answer = shared_retriever.ask("mau tanya dong, ISS 2 angka kematian balita targetnya brp ya tahun ini?", k=3).answer
    assert "13,8" in answer or "13.8" in answer, answer
    assert answer.startswith("Target ISS 2"), answer
    # no code, no target asked, another year's target or a realisasi beside it: not the catalog's 2026 target
    for asked in ("target IKI sy sebaiknya brp?", "ISS 2 itu indikator apa?", "ISS 2 targetnya th 2029 brp?",
                  "realisasi ISS 2 brp? targetnya kan 13,8"):
        assert "tahun 2026 adalah" not in shared_retriever.ask(asked, k=3).answer, asked


def test_slang_elongations_and_emoji_at_the_ends_are_read_as_plain_words():
    from bot.retrieval.question_parts import emoji_closed
    from bot.retrieval.respell import respelled
    assert respelled("kakkk tolonggg bantuin") == respelled("kak tolong bantuin")
    assert "bestie" not in respelled("bestie, logbook wajib ga?") and "santuy" not in respelled("wajib ga? santuy")
    assert emoji_closed("✨ logbook wajib ga? 🙏") == "logbook wajib ga? 🙏"
    # a name in capitals or a Roman numeral is never a word typed long
    assert "PPPK" in respelled("PPPK jg pake SKP?") and "III" in respelled("mulai TW III")
    # an emoji between two words still closes the sentence before it
    assert emoji_closed("sy auditor 🙋 jd bobot brp?") == "sy auditor. jd bobot brp?"


def test_a_plan_asked_in_slang_gets_the_plans_steps(shared_retriever):
    """dev38: «gaskeun 🔥 bikinin rencana aksi buat RHK '…' dong bestie, gmn caranya?» got the steps of writing an RHK."""
    answer = shared_retriever.ask("✨ susunin rencana aksi utk RHK 'laporan keuangan BLU tersusun tepat waktu' dong "
                                  "bestie, gmn caranyaaa?", k=3).answer
    assert answer.startswith("Rencana aksi"), answer


def test_mentions_and_hashtags_are_left_out():
    from bot.retrieval.question_parts import without_tags
    assert without_tags("@asisten_iki_bot logbook wajib ga? #tanya #kinerja") == "logbook wajib ga?"
    # an IKI's number, an e-mail address: kept
    for kept in ("IKI #2 udh bener?", "kirim ke admin@kemkes.go.id ya"):
        assert without_tags(kept) == kept, kept


def test_a_mention_of_the_bot_asks_the_guidance_not_the_bot(shared_retriever):
    """dev38: «@asisteniki_bot gmn nyiapin dialog kinerja sm kapus? … apa aja yg perlu diklarifikasi» got /dialog."""
    answer = shared_retriever.ask("@asisten_iki_bot gimana persiapan dialog kinerja sm atasan? apa aja yg perlu "
                                  "diklarifikasi ya", k=3).answer
    assert "/dialog" not in answer and "perilaku" in answer, answer
