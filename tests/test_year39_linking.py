"""Linking (year39, dev39's misses as classes): a case asked, or work told after asking one, asks its IKI; a word of
being lost followed by a particle of feeling is a sigh, and the work told after it is read as work."""

from datetime import date

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.entry_kind import EntryKind, kind_of
from bot.year.line import line
from bot.year.linking import Decision
from bot.year.logbook import entry_link

DAY = date(2026, 10, 14)
SKP = SkpDraft(iki=[IkiDraft(indikator="Jumlah pasien yang mendapat konseling menyusui", target="200", satuan="pasien"),
                    IkiDraft(indikator="Jumlah kelas ibu hamil yang diselenggarakan", target="24", satuan="kelas")])


def _link(text: str):
    ln = line(text)
    day, w = read_date(ln, DAY)
    return entry_link(ln, w, day, SKP, None, [], [])


def test_a_case_asked_is_never_linked_silently():
    # someone else asking whether their work counts, and a supposed case, name the IKI's words but report nothing
    for text in ("rekan sy bidan nanya, konseling menyusui yg dia lakukan bisa masuk IKI sy ga?",
                 "seandainya kelas ibu hamil digabung posyandu, tetap dihitung kelas kan?"):
        found = _link(text)
        assert found.decision is not Decision.link, text
    # the same work told plainly links as before
    assert _link("konseling menyusui 6 pasien di poli KIA").decision is Decision.link


def test_work_told_after_asking_its_case_asks_the_iki():
    found = _link("klo konseling menyusui lewat telepon dihitung juga? barusan 3 pasien via telp")
    assert found.decision is Decision.ask and found.candidates[0].number == 1


def test_neither_a_typo_put_right_nor_what_is_left_asks_a_case():
    # «??» at a count typed wrong, then put right, asks nothing; nor does «sisanya blm», the rest not yet done
    assert _link("konseling menyusui 1.200 pasien?? eh salah, 12 pasien").decision is Decision.link
    assert kind_of("kelas ibu hamil 2 kelas, 14 bumil hadir, sisanya blm").kind is EntryKind.report
    assert kind_of("kelas ibu hamil udh dicatat blm").kind is not EntryKind.report


def test_a_sigh_before_work_is_no_plea_for_help():
    told = "pusing bgt, kelas ibu hamil pesertanya telat semua, tp td tetap jalan 1 kelas"
    assert kind_of(told).kind is EntryKind.report
    assert _link(told).decision is Decision.link
    # lost, with what follows the thing asked about, still asks
    assert kind_of("bingung isi kelas ibu hamil di e-kinerja").kind is EntryKind.question


def test_a_day_without_work_in_regional_words_is_outside():
    # Betawi, Javanese and Sundanese denials of work, told as the Indonesian one is
    for text in ("kagak ada konseling menyusui hr ini, listrik padam",
                 "mboten wonten kelas ibu hamil dinten niki",
                 "teu aya kelas ibu hamil poe ieu"):
        assert _link(text).decision is Decision.outside, text
    assert _link("ga ada konseling menyusui hr ini, listrik padam").decision is Decision.outside


def _qty(text: str, indikator: str, satuan: str) -> float | None:
    from bot.year.entry_numbers import quantity

    ln = line(text)
    return quantity(ln, read_date(ln, DAY)[1], IkiDraft(indikator=indikator, target="100", satuan=satuan))


def test_groups_times_what_each_holds_is_the_count():
    iki = ("Jumlah kader yang dilatih pemantauan tumbuh kembang", "orang")
    assert _qty("latih kader tumbuh kembang 3 kelompok @15 org", *iki) == 45
    assert _qty("latih kader tumbuh kembang 4 angkatan masing-masing 12 org", *iki) == 48
    assert _qty("latih kader tumbuh kembang 15 org", *iki) == 15


def test_a_sum_written_after_an_equals_sign_is_the_count():
    assert _qty("konseling pranikah catin 12 pasang = 24 org", "Jumlah catin yang mendapat konseling pranikah",
                "catin") == 24


def test_a_number_naming_a_thing_before_the_count_is_no_count():
    iki = ("Jumlah warga yang diskrining hipertensi", "orang")
    assert _qty("skrining hipertensi di RW 5, 41 warga", *iki) == 41
    assert _qty("skrining hipertensi posbindu Melati 2 27 warga", *iki) == 27


def _link_in(text: str, skp: SkpDraft):
    ln = line(text)
    day, w = read_date(ln, DAY)
    return entry_link(ln, w, day, skp, None, [], [])


def test_a_cessation_clinics_quit_rate_is_its_persentase_berhenti_merokok():
    skp = SkpDraft(iki=[IkiDraft(indikator="Jumlah klien klinik UBM yang dikonseling"),
                        IkiDraft(indikator="Persentase klien yang berhenti merokok 6 bulan"),
                        IkiDraft(indikator="Indeks kepuasan klien layanan konseling")])
    found = _link_in("quit rate klien bulan Maret 29%", skp)
    assert found.decision is Decision.link and found.candidates[0].number == 2


def test_an_economic_evaluation_is_work_on_the_hta_study():
    skp = SkpDraft(iki=[IkiDraft(indikator="Jumlah kajian HTA yang selesai direkomendasikan"),
                        IkiDraft(indikator="Persentase rekomendasi HTA yang ditindaklanjuti"),
                        IkiDraft(indikator="Jumlah peneliti daerah yang dibimbing HTA")])
    found = _link_in("running ulang analisis ICER obat hipertensi", skp)
    assert found.decision is Decision.link and found.candidates[0].number == 1


def test_ktr_settings_are_tatanan_and_add_up_when_joined():
    iki = ("Jumlah tatanan KTR yang dipantau", "tatanan")
    assert _qty("pantau KTR 2 madrasah sm 2 terminal", *iki) == 4
    assert _qty("pantau KTR di 5 masjid", *iki) == 5
