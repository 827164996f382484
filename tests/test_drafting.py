"""Suggestions written the way the ministry writes (issue 16): rewrites in formal words built on the work object,
nothing for text that names no work, IKI in Bahasa Indonesia, typos and acronyms read as meant, a count of work
handled nudged to its quality or time, and RHK drafts that pass the grammar checklist."""

import re

import pytest

from bot.conversation import Engine
from bot.lang.text import tokens
from bot.models import Aspek, IkiDraft, Kind
from bot.rewrite import names_work, rewrite
from bot.rewrite.register import casual_words, formal
from bot.rules import check_iki, iki_verdict
from bot.rules.draft_reading import read
from bot.rules.language import casual_root, english_words, is_english
from bot.rules.measures import Trend, aspek_of, trend_of
from bot.skp.rhk import draft_rhk, member_rhk
from evals.common import load
from evals.drafting_evals import _checklist, rhk_problems


def candidates(text: str) -> list[str]:
    return [c.indikator for c in rewrite(text).candidates]


def has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE) is not None


# Rewrites in the ministry's register --------------------------------------------------------------------------------
@pytest.mark.parametrize("draft, keep, casual", [
    ("bikin dashboard bmn biar gampang dimonitor", ["dashboard", "BMN"], ["bikin", "biar", "gampang"]),
    ("periksa sampel lab tiap hari", ["sampel"], ["tiap hari"]),
    ("nyusun draft SOP layanan lab", ["SOP"], ["nyusun"]),
    ("bantuin katim ngerekap data CKG per kecamatan", ["CKG"], ["bantuin", "katim", "ngerekap"]),
    ("ngurus surat2 masuk keluar biar ga numpuk", ["surat"], ["ngurus", "surat2", "biar", "numpuk"]),
    ("upload konten medsos kemenkes tiap hari", ["konten"], ["upload", "medsos", "tiap hari"]),
])
def test_casual_drafts_get_formal_candidates_that_keep_the_object(draft, keep, casual):
    found = candidates(draft)
    assert found
    for text in found:
        assert all(has_word(text, k) for k in keep), text
        assert [k for k in keep if k.isupper() and k not in text] == [], text  # "BMN", not "bmn"
        assert [w for w in casual if has_word(text, w)] == [] and casual_words(text) == [], text


def test_the_register_is_put_right_before_the_object_is_read():
    assert formal("bikin dashboard BMN biar gampang dimonitor") == "membuat dashboard BMN"
    assert formal("ngecek kelengkapan laporan SKDR dari puskesmas tiap minggu") == \
        "memeriksa kelengkapan laporan SKDR dari puskesmas"
    assert formal("sharing ilmu ke temen2 setim sebulan sekali, pokoknya rutin") == "sharing ilmu ke rekan satu tim"
    assert casual_root("ngumpulin") == "kumpul"
    assert casual_root("mengumpulkan") is None


def test_a_starting_point_from_step_two_keeps_no_chat_preposition_or_symbol():
    # tester16 #11: «edukasi pasien soal cairan & diet» became «… edukasi pasien soal cairan diet yang memahami materi»
    assert formal("edukasi pasien soal cairan & diet") == "edukasi pasien tentang cairan dan diet"
    assert formal("konseling keluarga pasien soal perawatan luka") == "konseling keluarga pasien tentang perawatan luka"
    assert formal("menyusun soal ujian kompetensi") == "menyusun soal ujian kompetensi"  # the noun stays
    engine = Engine()
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.handle("u", "pantau pasien selama HD, edukasi pasien soal cairan & diet")
    engine.press("u", "prima:role:anggota")
    shown = said_text(engine.press("u", "prima:direct:0"))
    assert "edukasi pasien tentang cairan dan diet" in shown and " soal " not in shown


def said_text(replies) -> str:
    return "\n".join(r.text for r in replies)


def test_no_candidate_is_the_off_topic_recommendation():
    for draft in ("periksa sampel lab tiap hari", "Jumlah pasien yang dilayani", "ngecek suhu cold chain vaksin"):
        assert not any("rekomendasi terkait" in t for t in candidates(draft))


@pytest.mark.parametrize("draft", ["resep rendang padang", "main futsal tiap jumat", "nonton drakor sampe tamat",
                                   "mengikuti senam pagi di kantor", "asdfgh", "wkwk ga tau mau nulis apa"])
def test_text_that_names_no_work_is_never_rewritten(draft):
    assert rewrite(draft).candidates == [] and not names_work(formal(read(draft).text))


def test_a_draft_that_names_work_is_rewritten():
    assert names_work("rapat koordinasi lintas program stunting") and names_work("memeriksa sampel lab")
    assert names_work("Persentase rekomendasi BPK") and not names_work("Persentase asdkjh")


def test_domain_hints_say_how_lab_and_bmn_work_is_judged():
    lab = " ".join(candidates("memeriksa spesimen TB"))
    assert "turn around time (TAT)" in lab and "PME/EQAS" in lab
    bmn = " ".join(candidates("Melakukan inventarisasi BMN"))
    assert "inventarisasi" in bmn and "rekonsiliasi" in bmn


def test_the_object_ends_at_its_own_predicate_and_a_helper_verb_is_skipped():
    assert all("dikirim" not in t for t in candidates("pastiin laporan keuangan dikirim ke pusat tepat waktu"))
    assert all("ketua tim" not in t for t in candidates("bantuin katim ngerekap data CKG"))
    assert candidates("bantuin desa yg mau jadi desa siaga") == []  # who is helped is not the work


# IKI in Bahasa Indonesia ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Percentage of lab samples processed on time", "Number of trainings conducted",
                                  "Persentase of puskesmas with complete reports", "Employee engagement score",
                                  "Jumlah training yang conducted by the team", "Persentase layanan yang delivered"])
def test_an_english_iki_is_flagged(text):
    assert "LANGUAGE" in {f.category.value for f in check_iki(IkiDraft(indikator=text)).findings}


@pytest.mark.parametrize("text", [
    "Persentase dashboard SATUSEHAT yang diperbarui setiap bulan",
    "Persentase server aplikasi dengan uptime minimal 99%",
    "Persentase Labkesmas regional yang mampu melakukan pemeriksaan Whole Genome Sequencing (WGS)",
    "Persentase pasien tuberkulosis yang putus berobat (loss to follow up)", "Nilai SAKIP Unit Kerja",
    "Case Fatality Rate (CFR) Demam Berdarah Dengue", "Persentase Belanja Kesehatan Out of Pocket",
    "Nilai penerapan sistem merit aspek perencanaan sub aspek ketersediaan data yang lengkap dan up to date",
    "kerja sama teknis dengan WHO untuk penguatan surveilans", "ngecek suhu cold chain vaksin di gudang farmasi",
])
def test_indonesian_with_loanwords_names_and_acronyms_is_not_flagged(text):
    assert english_words(text) == []


def test_an_english_message_gets_one_line_in_both_languages():
    engine = Engine(rate_limit=10**6)
    replies = engine.handle("u-en", "Percentage of lab samples processed on time")
    text = "\n".join(r.text for r in replies)
    # one line in both languages (with the Indonesian wording proposed, not a second notice above it)
    assert sum(" / " in line and "Indonesian" in line for line in text.splitlines()) == 1
    assert "bahasa Inggris" in text and "Persentase sampel laboratorium yang diperiksa tepat waktu" in text
    replies = engine.handle("u-en2", "can you help me write my KPIs?")  # no IKI to word: the notice itself
    assert "Bahasa Indonesia" in replies[0].text and "works in Indonesian" in replies[0].text
    indonesian = engine.handle("u-id", "Persentase server aplikasi dengan uptime minimal 99%")
    assert not any("works in Indonesian" in r.text for r in indonesian)
    assert is_english("what is IKI in SKP?") and not is_english("IKI tuh apa sih kak")


def test_an_english_line_inside_an_open_flow_gets_the_same_line():
    engine = Engine(rate_limit=10**6)
    engine.handle("u", "/prima")
    replies = engine.handle("u", "sorry, what does this step mean?")
    assert "works in Indonesian" in replies[0].text and len(replies) > 1  # the step's own reply still follows
    assert not any("works in Indonesian" in r.text for r in engine.handle("u", "maksudnya gimana kak?"))


# Drafts read as meant -----------------------------------------------------------------------------------------------
def test_a_typo_is_read_corrected_and_said():
    reading = read("Persentase pegawai yg menyusun SKP tepat wkatu")
    assert reading.text == "Persentase pegawai yang menyusun SKP tepat waktu"
    assert any("wkatu → waktu" in n for n in reading.notes)
    result = check_iki(IkiDraft(indikator="Prosentase pembayaran tagihan yg di proses tepat wkatu"))
    assert result.read_as == "Persentase pembayaran tagihan yang diproses tepat waktu"


@pytest.mark.parametrize("typed, meant", [
    # a word of aspect makes «di X» a passive verb, listed or not (issue 16: «yg sudah di label» from a pasted list)
    ("Persentase BMN yg sudah di label", "Persentase BMN yang sudah dilabel"),
    ("Persentase surat masuk yang belum di tempel barcode", "Persentase surat masuk yang belum ditempel barcode"),
    # a place after it stays a place
    ("Persentase pasien yang sudah di puskesmas", "Persentase pasien yang sudah di puskesmas"),
    # with no such word «di» may open a place: only the listed verbs are joined
    ("Persentase BMN di gudang", "Persentase BMN di gudang"),
])
def test_a_passive_written_apart_after_a_word_of_aspect_is_read_as_one_word(typed, meant):
    assert read(typed).text == meant


def test_a_word_typed_with_its_vowels_dropped_is_read_in_full():
    # «hsil» is too short for a one-letter fix: its vowels are put back, as «prsentase»'s, the spellings the reader
    # spells out alike («presentase», «prosentase», «persentase») counting as one word
    reading = read("presentase hsil uji yg di verivikasi supervisor sblm dikirim")
    assert reading.text == "Persentase hasil uji yang diverifikasi supervisor sebelum dikirim"
    assert read("Prsentase dokmen yang dikirim").text == "Persentase dokumen yang dikirim"
    assert read("Jumlah SDMK terlatih").notes == []  # an acronym is no word with dropped vowels


def test_casual_words_and_known_words_are_not_corrected():
    assert read("Jumlah sampel yang diperiksa sampe tamat").text == "Jumlah sampel yang diperiksa sampe tamat"
    assert read("Persentase posyandu aktif").notes == []
    assert read("Persentase usulan Kapus yang ditindaklanjuti").notes == []  # a title, not «kasus» misspelt


def test_a_lowercase_acronym_is_read_in_capitals():
    reading = read("Persentase bmn yang tercatat sesuai kondisi fisik")
    assert reading.text == "Persentase BMN yang tercatat sesuai kondisi fisik"
    assert "bmn → BMN" in " ".join(reading.notes)
    assert read("Jumlah mou dengan rs daerah").text == "Jumlah MoU dengan RS daerah"


@pytest.mark.parametrize("text, aspek", [
    ("Persentase pegawai yg menyusun SKP tepat wkatu", Aspek.waktu),
    ("Persentase drop out imunisasi DPT1-DPT3", Aspek.kualitas),
    ("Persentase sampel yang ditolak", Aspek.kualitas),
    ("Jumlah sampel yang diperiksa", Aspek.kuantitas),
    # a time bound and the lab's turnaround time are the time a result takes
    ("Persentase resep rawat jalan yang dilayani dalam waktu ≤ 30 menit", Aspek.waktu),
    ("Rata-rata TAT pemeriksaan PCR", Aspek.waktu),
    ("Persentase sampel yang diperiksa sesuai TAT", Aspek.waktu),
    # a harm that did not happen is the quality of the care (tester16 #2)
    ("Persentase pasien HD yang tidak mengalami komplikasi intradialisis", Aspek.kualitas),
    ("Persentase pasien operasi bebas infeksi luka operasi", Aspek.kualitas),
    # a standard of time and a limit on the clock are the time the work takes, as «tepat waktu» (tester16 #12)
    ("Persentase permintaan perbaikan alat yang diselesaikan sesuai standar waktu", Aspek.waktu),
    ("Persentase pasien HD baru yang dikaji sesuai standar dalam 24 jam", Aspek.waktu),
    ("Persentase keluhan pelanggan yang direspons maks 2 hari kerja", Aspek.waktu),
    ("Persentase balita yang diimunisasi lengkap dalam 1 tahun", Aspek.kuantitas),  # a year's coverage, no limit
])
def test_aspek_follows_the_measure_as_read(text, aspek):
    assert aspek_of(IkiDraft(indikator=text)) is aspek


@pytest.mark.parametrize("text, trend", [
    ("Persentase sampel yang ditolak", Trend.lower), ("Angka drop out imunisasi", Trend.lower),
    ("Persentase temuan BPK yang ditindaklanjuti", Trend.rate), ("Jumlah temuan audit", Trend.lower),
    ("Rata-rata waktu verifikasi usulan yang masuk", Trend.lower), ("Rata-rata TAT pemeriksaan PCR", Trend.lower),
    ("Persentase temuan yang belum ditindaklanjuti", Trend.lower), ("Persentase pasien yang tidak kontrol", Trend.lower),
    # a harm that did not happen is a good result counted: higher is better (tester16 #2)
    ("Persentase pasien HD yang tidak mengalami komplikasi intradialisis", Trend.rate),
    ("Persentase pasien rawat inap yang tidak jatuh", Trend.rate),
    ("Persentase laporan yang tidak terlambat", Trend.rate),
])
def test_what_went_wrong_is_lower_is_better_and_a_followed_up_finding_is_not(text, trend):
    assert trend_of(IkiDraft(indikator=text)) is trend


# A count of work handled ---------------------------------------------------------------------------------------------
def test_a_count_of_work_handled_is_nudged_to_its_quality_or_time():
    result = check_iki(IkiDraft(indikator="Jumlah sampel yang diperiksa"))
    assert [f.category.value for f in result.findings] == ["WORK_VOLUME"] and result.kind is Kind.output
    assert "Persentase sampel yang diperiksa sesuai standar waktu layanan" in result.findings[0].suggestion
    first = candidates("Jumlah pasien yang dilayani")[0]
    assert first == "Persentase pasien yang dilayani sesuai standar waktu layanan"
    for text in ("Jumlah sampel yang diperiksa sesuai standar", "Jumlah sertifikat hasil kalibrasi alat kesehatan",
                 "Jumlah email terkirim tepat waktu", "Jumlah layanan kesehatan berbasis kecerdasan artifisial yang diuji coba"):
        assert "WORK_VOLUME" not in {f.category.value for f in check_iki(IkiDraft(indikator=text)).findings}


@pytest.mark.parametrize("text, item", [
    ("Jumlah kapal yang diperiksa sanitasinya", "kapal yang diperiksa sanitasinya"),
    ("Jumlah pasien yang dirawat", "pasien yang dirawat"),
    ("Jumlah pasien rawat jalan yang dilayani", "pasien rawat jalan yang dilayani"),
])
def test_any_thing_handled_as_it_arrives_is_workload(text, item):
    """tester8: these passed with «Tidak ada temuan»; the thing counted need not be on the routine list when the verb
    handles what arrives, and the thing the verb names («sanitasinya») stays in the nudge."""
    result = check_iki(IkiDraft(indikator=text, target=1200))
    assert [f.category.value for f in result.findings] == ["WORK_VOLUME"], text
    assert item in result.findings[0].message


@pytest.mark.parametrize("text", ["Jumlah sertifikat yang diterbitkan", "Jumlah balita yang diperiksa",
                                  "Jumlah karya ilmiah yang dipublikasikan", "Jumlah pegawai yang dilatih",
                                  "Jumlah kapal yang diperiksa sesuai standar",
                                  "Jumlah sampel serotipe dengue yang dikirim ke lab rujukan"])
def test_what_a_person_produces_or_reaches_is_no_workload(text):
    assert "WORK_VOLUME" not in {f.category.value for f in check_iki(IkiDraft(indikator=text, target=10)).findings}


@pytest.mark.parametrize("text, given", [
    ("Jumlah pasien nifas yang diberikan edukasi ASI eksklusif", "pasien nifas yang diberikan edukasi ASI eksklusif"),
    ("Jumlah pelanggan yang mendapat layanan informasi", "pelanggan yang mendapat layanan informasi"),
])
def test_a_service_given_to_routine_items_is_workload_for_chat_and_audit_alike(text, given):
    """tester17 #12: a count of patients given a service passed the chat while the audit flags such counts: one
    rule, the same verdict for both (check_iki for the chat, iki_verdict for the audit), and the nudge keeps what is
    given; who is reached (balita, kader) and a count with its standard stay outputs."""
    result = check_iki(IkiDraft(indikator=text, target=300))
    assert [f.category.value for f in result.findings] == ["WORK_VOLUME"] and given in result.findings[0].message
    assert [c.value for c, _ in iki_verdict(IkiDraft(indikator=text, target=300))[1]] == ["WORK_VOLUME"]
    assert candidates(text)[0] == f"Persentase {given} sesuai standar waktu layanan"
    for other in ("Jumlah balita yang diberikan vitamin A", "Jumlah kader yang mendapat pelatihan",
                  "Jumlah pasien yang diberikan edukasi sesuai standar"):
        assert "WORK_VOLUME" not in {f.category.value for f in check_iki(IkiDraft(indikator=other)).findings}


def test_a_done_state_counts_work_handled_as_a_passive_does():
    """«email terkirim» says what «email yang dikirim» says: the workload, whatever the form of the verb."""
    for text in ("Jumlah email terkirim", "Jumlah pasien yang terlayani"):
        result = check_iki(IkiDraft(indikator=text, target=3000))
        assert [f.category.value for f in result.findings] == ["WORK_VOLUME"], text


# RHK grammar --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("iki, rhk", [
    ("Angka drop out imunisasi DPT1-DPT3", "Angka drop out imunisasi DPT1-DPT3 ditekan sesuai target yang ditetapkan"),
    ("Rata-rata waktu penyampaian umpan balik hasil reviu SKP",
     "Umpan balik hasil reviu SKP disampaikan sesuai standar waktu yang ditetapkan"),
    ("Persentase kabupaten/kota di Regional 1 dengan cakupan imunisasi minimal 90%",
     "Kabupaten/kota di Regional 1 mencapai cakupan imunisasi minimal 90%"),
    # what went wrong is held down as its event, never the thing (tester48 P1-4: «Sampel ditolak ditekan …»)
    ("Persentase sampel yang ditolak laboratorium",
     "Penolakan sampel laboratorium ditekan sesuai target yang ditetapkan"),
    ("Persentase sampel ditolak < 2%", "Penolakan sampel ditekan sesuai target yang ditetapkan"),
    ("Persentase klaim ditolak BPJS Kesehatan", "Penolakan klaim BPJS Kesehatan ditekan sesuai target yang ditetapkan"),
    ("Persentase temuan yang belum ditindaklanjuti",
     "Temuan yang belum ditindaklanjuti ditekan sesuai target yang ditetapkan"),
    ("Rata-rata waktu verifikasi usulan kenaikan pangkat",
     "Verifikasi usulan kenaikan pangkat diselesaikan sesuai standar waktu layanan"),    # tester8: a ratio is met, an adverse event and a larvae index are held down; none is «diselesaikan»
    ("Rasio dokter per pasien", "Rasio dokter per pasien terpenuhi sesuai standar dan target yang ditetapkan"),
    ("Persentase kejadian pasien jatuh di ruang rawat inap",
     "Kejadian pasien jatuh di ruang rawat inap ditekan sesuai target yang ditetapkan"),
    ("Indeks House Index (HI) jentik di buffer area pelabuhan",
     "House Index (HI) jentik di buffer area pelabuhan ditekan sesuai target yang ditetapkan"),
    # only the leading measure phrase goes: a measure word after it names the measured thing
    ("Persentase nilai kritis laboratorium yang dilaporkan kurang dari 30 menit",
     "Nilai kritis laboratorium dilaporkan kurang dari 30 menit"),
    ("Persentase nilai belanja yang terealisasi", "Nilai belanja terealisasi sesuai ketentuan"),
    # a harm spared is a result reached, never held down (tester16 #2); a state is its own standard, no «sesuai
    # ketentuan» (tester51 P1-11)
    ("Persentase pasien HD yang tidak mengalami komplikasi intradialisis",
     "Pasien HD tidak mengalami komplikasi intradialisis"),
])
def test_an_rhk_is_built_from_the_head_noun_and_its_kind(iki, rhk):
    assert draft_rhk(iki) == [rhk]


def test_a_national_part_is_a_scope_not_a_place():
    drafted = member_rhk("Meningkatnya cakupan imunisasi dasar lengkap", "wilayah", "nasional, 38 provinsi")
    assert drafted == ("Cakupan imunisasi dasar lengkap secara nasional di 38 provinsi meningkat sesuai target yang "
                       "ditetapkan")


def test_every_rhk_pattern_passes_the_grammar_checklist():
    from evals.drafting_evals import _grammar_cases

    checklist = _checklist()
    failing = [(label, rhk, rhk_problems(rhk, iki, checklist)) for _, _, rhk, iki, label in _grammar_cases()
               if rhk_problems(rhk, iki, checklist)]
    assert failing == []


@pytest.mark.parametrize("rhk, iki", [
    ("Drop out imunisasi campak diselesaikan sesuai ketentuan", "Angka drop out imunisasi campak"),
    ("Cakupan imunisasi di nasional, 38 provinsi meningkat sesuai target", None),
    ("Kabupaten/kota di Regional 1 diselesaikan dengan cakupan imunisasi minimal 90%", None),
    ("Penyampaian umpan balik reviu tersusun sesuai ketentuan dan siap direviu",
     "Rata-rata waktu penyampaian umpan balik reviu"),
    ("Rekomendasi BPK ditindaklanjuti ditindaklanjuti", None),
    ("Persentase rekomendasi BPK ditindaklanjuti", None),
    ("Dokter per pasien diselesaikan sesuai ketentuan dan target waktu yang ditetapkan", "Rasio dokter per pasien"),
    ("Kejadian pasien jatuh di ruang rawat inap diselesaikan sesuai ketentuan",
     "Persentase kejadian pasien jatuh di ruang rawat inap"),
])
def test_the_checklist_catches_the_drafts_the_issue_quotes(rhk, iki):
    assert rhk_problems(rhk, iki, _checklist())


# The eval sets -------------------------------------------------------------------------------------------------------
def test_issue16_drafting_sets_are_well_formed():
    for case in load("casual_rewrites.jsonl"):
        assert case["split"] in ("dev", "holdout") and all(w.lower() in case["draft"].lower() for w in case["object"])
    assert {c["english"] for c in load("language.jsonl")} == {True, False}
    for case in load("rhk_grammar.jsonl"):
        assert case["split"] in ("dev", "holdout") and (case.get("text") or case.get("part"))
    assert all(tokens(w) for w in _checklist()["predicates"])


def test_issue16_drafting_figures_hold():
    """A regression guard on the figures issue 16 set (iki eval drafting prints them beside base16)."""
    from evals.drafting_evals import eval_casual, eval_language, eval_rhk_grammar

    casual, language = eval_casual()["figures"], eval_language()["figures"]
    for split in ("dev", "holdout"):
        assert casual[split]["casual_rewrites"] == 0 and casual[split]["no_work_rewritten"] == 0
        assert language[split]["english_flagged"] == 1.0 and language[split]["false_flags"] == 0
    assert casual["dev"]["object_kept"] >= 0.95 and casual["dev"]["work_with_candidates"] >= 0.9
    assert eval_rhk_grammar()["figures"]["dev"]["rhk_grammar"] == 1.0


@pytest.mark.parametrize("typed, read_as", [
    ("Persentase permintaan perbaikan SIMRS yang selesai dalam 2x24 jam 🔥🔥", "Persentase permintaan perbaikan SIMRS "
                                                                            "yang selesai dalam 2x24 jam"),
    ("✅ Persentase resep yang dilayani tepat waktu ⭐️", "Persentase resep yang dilayani tepat waktu"),
    ("**Nilai kepuasan pasien rawat jalan** 👍🏽", "Nilai kepuasan pasien rawat jalan"),
    ("Persentase vaksin disimpan pada suhu 2-8 °C", "Persentase vaksin disimpan pada suhu 2-8 °C"),
])
def test_emoji_and_decorations_are_no_words_of_an_iki(typed, read_as):
    """tester10 #11: «… 2x24 jam 🔥🔥 target 95%» was saved with its emoji, and its RHK too."""
    assert read(typed).text == read_as


def test_an_iki_typed_with_emoji_is_saved_and_exported_without_them_and_the_reply_shows_both():
    from io import BytesIO

    from openpyxl import load_workbook

    from bot.skp.export import skp_workbook

    engine = Engine()
    shown = "\n".join(r.text for r in engine.handle("u", "Persentase permintaan perbaikan SIMRS yang selesai dalam "
                                                         "2x24 jam 🔥🔥 target 95%"))
    assert "2x24 jam 🔥🔥»" in shown and "Dibaca sebagai: «Persentase permintaan perbaikan SIMRS yang selesai dalam 2x24 " \
                                        "jam»" in shown
    iki = engine.state("u").skp.iki[0]
    assert "🔥" not in iki.indikator and "🔥" not in (iki.rhk or "")
    iki.rhk, iki.indikator = "Permintaan perbaikan selesai 😊", iki.indikator + " 🔥"  # saved before this round
    rows = load_workbook(BytesIO(skp_workbook(engine.state("u").skp))).worksheets[0].iter_rows(values_only=True)
    assert not any("🔥" in str(cell) or "😊" in str(cell) for row in rows for cell in row)
