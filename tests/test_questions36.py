"""Answers users read (q36, issue 16): a count closed by a comma, «min» calling the admin, a forwarded chat message
asked about by the asker's «bener ga?», a denial asked with a closing «…, bener ga?»; each failing before its fix."""

from bot.retrieval.claims import denial
from bot.retrieval.limits import counted
from bot.retrieval.question_parts import without_pasted_chat
from bot.retrieval.respell import respelled


def test_a_count_closed_by_a_comma_is_the_count_asked_about(shared_retriever):
    """dev36: «IKI sy cuma lima, …boleh kan?» was led «Tidak.»: the comma after the count hid it, and «min» opening
    the message was read «minimal». The asking must follow the comma at once: with words between («…, itu udh boleh
    kan?») it is not read so (that led a blind yes-no the wrong way)."""
    assert counted("IKI saya baru 6, aman kan?") != "IKI saya baru 6, aman kan?"
    # a comma before another figure is a list going on, no count of its own
    assert counted("IKI nomor 3, 5 sama 7 boleh?") == "IKI nomor 3, 5 sama 7 boleh?"
    said = shared_retriever.ask("kak, IKI saya baru enam, boleh kan?").answer
    assert said.startswith("Ya.") and "10" in said, said
    said = shared_retriever.ask("min IKI sy cuma 4, cukup kan?").answer
    assert said.startswith("Tidak."), said


def test_a_word_calling_the_admin_is_no_minimum():
    assert respelled("min sy bidan, IKI boleh 12?").startswith("min sy")
    assert respelled("bobot MI brp ya min?").endswith("min?")
    assert respelled("@min, mau tanya").startswith("@min")
    # before a figure or «brp» it is still the minimum
    assert "minimal 5" in respelled("IKI min 5 ya?")
    assert "minimal berapa" in respelled("IKI non pimpinan min brp")


def test_a_forwarded_message_asked_about_is_the_claim():
    """dev36: «Forwarded\\n[09.12, 3/2/2026] Bu Sari: … \\n\\nbener gt kak bot?» was read as «bener gt kak bot?» alone:
    outside the guidance."""
    pasted = "[14.05, 7/2/2026] Pak Dedi Katim: bobot beyond itu maksimal 20 persen ya rekan2\n\n"
    assert without_pasted_chat("Diteruskan\n" + pasted + "betul begitu min?") == \
        "bobot beyond itu maksimal 20 persen ya rekan2, bener ga?"
    # the message may run on a second line before the blank line
    assert without_pasted_chat("[14.05] Bu Wati: logbook wajib diisi\ntiap hari ya\n\nbener ga tuh?") == \
        "logbook wajib diisi tiap hari ya, bener ga?"
    # the asker's own question with its own subject is still what is asked
    assert without_pasted_chat(pasted + "bot, bobot MI brp?") == "bot, bobot MI brp?"


def test_a_forwarded_message_is_answered_with_its_lead(shared_retriever):
    said = shared_retriever.ask("Forwarded\n[08.30, 10/2/2026] Bu Lina Kasubbag: SKP boleh diubah tengah tahun kalau "
                                "ada penugasan mendesak dari pimpinan\n\nemang iya gitu kak?").answer
    assert said.startswith("Ya."), said


def test_a_denial_asked_with_a_closing_bener_ga_is_read():
    """dev36: «…, ga perlu di aplikasi, bener ga?»: the closing opener's «ga» was read as a second negation."""
    assert denial("rencana aksi cukup di kertas, tidak perlu diunggah ke e-Kinerja, benar tidak?") == \
        ["diunggah", "e-kinerja"]
    assert denial("logbook cukup di buku, ga perlu di aplikasi, bener ga?") == ["logbook", "aplikasi"]


def test_a_question_announced_after_a_long_polite_opening_is_what_is_asked(shared_retriever):
    """dev36: «Selamat pagi kak, mohon maaf …. Sy analis …. Atasan bilang …. Pertanyaan sy: apakah IKI sy cukup tiga
    saja?» was answered from its context (SKP changes)."""
    from bot.retrieval.question_parts import announced_question

    polite = ("Assalamualaikum Bapak/Ibu, mohon maaf mengganggu waktunya. Saya perawat di RSUP, baru pindah dari Dinkes. "
              "Kepala ruangan minta IKI kami fokus ke mutu. Yang ingin saya tanyakan: bobot MI itu berapa persen?")
    assert announced_question(polite) == "bobot MI itu berapa persen?"
    assert announced_question("IKI sy ada 12: boleh?") == "IKI sy ada 12: boleh?"  # no marker, nothing changed
    said = shared_retriever.ask(polite).answer
    assert "10%" in said, said


def test_a_claim_reported_then_asked_apakah_benar_demikian_is_the_claim(shared_retriever):
    """dev36: «… Rekan sy bilang SKP itu tidak bisa diubah sampai akhir tahun. Apakah benar demikian?» was answered
    with the steps of a change, no lead."""
    from bot.retrieval.claims import reported_claim

    told = ("Selamat siang admin. Perkenalkan sy bidan di RS vertikal. Teman sy bilang bobot beyond boleh sampai 40 "
            "persen. Apakah benar demikian?")
    assert reported_claim(told) == "bobot beyond boleh sampai 40 persen, bener ga?"
    assert reported_claim("katim sy bilang IKI maksimal 10. apa iya?") == "IKI maksimal 10, bener ga?"
    said = shared_retriever.ask(told).answer
    assert said.startswith("Tidak.") and "20%" in said, said


def test_an_iki_quoted_after_its_autocorrected_name_is_judged_by_the_rules():
    """dev36: «ikut sy '…' itu udh output kan?» (a phone's «ikut» for «iki») was answered with no lead."""
    from bot.retrieval.claims import verdict_lead

    assert verdict_lead("ikut saya 'melakukan sosialisasi germas ke sekolah' itu sudah output ya?") == "Tidak."
    # «ikut» taking part in something is no IKI named
    assert verdict_lead("ikut rapat 'melakukan sosialisasi germas ke sekolah' itu output kan?") == ""


def test_a_permission_denied_of_a_quoted_iki_is_confirmed_by_the_rules():
    """dev36: «IKI sy bkn jumlah laporan kan, jd ga boleh pake 'jumlah lpran QC …' ya?» was answered with no lead."""
    from bot.retrieval.claims import verdict_lead

    assert verdict_lead("jadi IKI sy tidak boleh pakai 'jumlah rapat monev gizi' ya?") == "Ya."
    assert verdict_lead("jadi IKI sy tidak boleh pakai 'Persentase balita gizi buruk yang mendapat perawatan' ya?") \
        == "Tidak."


def test_a_permission_told_by_how_it_is_done_ignores_the_permission_word_and_a_not_only():
    """dev36: «dialog kinerja sm katim kami itu boleh ga sih dilakuin sebulan sekali?» was answered with no lead: the
    answer's «tidak hanya saat menyusun SKP, tetapi rutin» was read as denying, and «boleh» as a word to restate."""
    from bot.retrieval.claims import _denies_something, restated

    told = ("Dialog kinerja dilakukan tidak hanya saat menyusun SKP, tetapi rutin, misalnya sebulan sekali atau dua "
            "bulan sekali sesuai kebutuhan.")
    assert not _denies_something(told)
    assert _denies_something("Butir kegiatan tidak disalin begitu saja menjadi IKI.")
    assert restated("dialog kinerja bareng atasan kami boleh ga dilakukan dua bulan sekali?", told,
                    "permitted_share") == "Ya."
