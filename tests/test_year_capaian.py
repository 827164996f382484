"""Capaian per IKI by the kind of measure (a count sums, a rate takes the quarter's figure, lower-is-better turns
around, a yearly score waits for TW IV), the trajectory of the dialog pack, a flag when behind, the checks on a
realisasi, and realisasi as users type them."""

from datetime import date, datetime

import pytest

from bot.clock import WIB
from bot.lang.numbers import format_number
from bot.models import IkiDraft, SkpDraft
from bot.rules.measures import Trend
from bot.skp.dialog_pack import trajectory
from bot.year.agenda import agenda, agenda_text
from bot.year.capaian import (
    behind_said,
    capaian_all,
    capaian_of,
    capaian_text,
    check_realisasi,
    is_percent,
    pending_quarter,
    quarter_note,
    record,
)
from bot.year.logbook import add_entry, attach, choose, read_entry
from bot.year.models import EntryStatus, Evidence, EvidenceKind, RealisasiSource, YearError, YearState
from bot.year.realisasi_reading import read_realisasi
from bot.year.rencana import propose

COUNT = IkiDraft(indikator="Jumlah sampel pemeriksaan TB (TCM) yang dilaporkan", target="3000", satuan="sampel")
RATE = IkiDraft(indikator="Persentase sampel yang diperiksa sesuai TAT", target="90%", baseline="80%")  # a rate moves from its baseline
LOWER = IkiDraft(indikator="Rata-rata waktu input hasil pemeriksaan ke SITB", target="24", satuan="jam")
YEARLY = IkiDraft(indikator="Nilai IP ASN", target="80", satuan="nilai")
SKP = SkpDraft(iki=[RATE, COUNT, LOWER, YEARLY])
NOW = datetime(2026, 7, 1, 8, 0, tzinfo=WIB)
TODAY = NOW.date()


def _with_entries() -> YearState:
    year = YearState()
    for day, text in ((date(2026, 4, 2), "periksa 42 sampel TCM hr ini"), (date(2026, 5, 20), "44 sampel TCM"),
                      (date(2026, 6, 22), "44 sampel TCM")):
        year, _ = add_entry(year, read_entry(text, day, SKP), datetime.combine(day, datetime.min.time(), WIB))
    return year


def test_a_count_sums_the_quarters_linked_quantities():
    c = capaian_of(COUNT, 2, _with_entries(), TODAY)
    assert c.trend is Trend.cumulative and c.quarters[1].value == 130 and c.quarters[1].source is RealisasiSource.logbook
    assert c.realisasi == 130 and c.capaian == pytest.approx(130 / 3000 * 100)


def test_a_typed_quarter_replaces_the_logbook_sum_and_the_total_runs_on():
    year = record(_with_entries(), COUNT, 1, TODAY, NOW, value=690)
    c = capaian_of(COUNT, 2, year, TODAY)
    assert [f.value for f in c.quarters[:2]] == [690, 130]
    assert [f.cumulative for f in c.quarters[:2]] == [690, 820]
    assert c.quarters[0].capaian == pytest.approx(690 / 750 * 100)  # against the TW I trajectory (750 cumulative)
    assert c.quarters[0].planned == trajectory(COUNT)[0]


def test_a_rate_takes_the_figure_of_its_quarter():
    year = record(YearState(), RATE, 1, TODAY, NOW, numerator=612, denominator=680)
    c = capaian_of(RATE, 1, year, TODAY)
    assert c.quarters[0].value == 90.0 and c.realisasi == 90.0 and c.capaian == pytest.approx(100)
    year = record(year, RATE, 2, TODAY, NOW, numerator=1745, denominator=1850)
    assert capaian_of(RATE, 1, year, TODAY).realisasi == 94.3  # the latest quarter, not a sum


def test_lower_is_better_turns_capaian_around():
    year = record(YearState(), LOWER, 1, TODAY, NOW, value=10)
    c = capaian_of(LOWER, 3, year, TODAY)
    assert c.trend is Trend.lower and c.capaian == pytest.approx((2 - 10 / 24) * 100)
    assert not c.behind
    slow = capaian_of(LOWER, 3, record(YearState(), LOWER, 1, TODAY, NOW, value=30), TODAY)
    assert slow.capaian == pytest.approx(75) and slow.behind and "TW I" in slow.status


def test_a_yearly_score_is_monitored_until_tw_iv():
    c = capaian_of(YEARLY, 4, YearState(), TODAY)
    assert c.trend is Trend.yearly and c.capaian is None and c.status.startswith("dipantau") and not c.behind
    assert pending_quarter(SKP, YearState(), 2, TODAY) == [1, 2, 3]  # not the yearly score before TW IV
    year = record(YearState(year=2026), YEARLY, 4, date(2027, 1, 4), NOW, value=82.5)  # TW IV, filled in January
    assert capaian_of(YEARLY, 4, year, date(2027, 1, 4)).capaian == pytest.approx(82.5 / 80 * 100)


def test_behind_the_trajectory_is_flagged_once_the_quarter_ended():
    year = record(YearState(), RATE, 1, TODAY, NOW, value=70)
    assert capaian_of(RATE, 1, year, date(2026, 3, 15)).behind is False  # TW I not over yet
    behind = capaian_of(RATE, 1, year, date(2026, 4, 2))
    assert behind.behind and behind.status == "di bawah trajektori TW I"


@pytest.mark.parametrize("kwargs, message", [
    ({"value": 105}, "tidak bisa lebih dari 100%"),
    ({"numerator": 3, "denominator": 2}, "Pembilang (3) tidak bisa lebih besar dari penyebut (2)"),
    ({"numerator": 3, "denominator": 0}, "Penyebut harus lebih dari 0"),
    ({"value": -2}, "tidak bisa negatif"),
])
def test_impossible_figures_are_refused_in_indonesian(kwargs, message):
    assert any(message in p for p in check_realisasi(RATE, 2, TODAY, **kwargs))
    with pytest.raises(YearError, match=message.split("(")[0]):
        record(YearState(), RATE, 2, TODAY, NOW, **kwargs)


def test_a_quarter_that_has_not_ended_is_refused_with_its_end():
    problems = check_realisasi(COUNT, 3, TODAY, value=800)
    assert problems == [("TW III belum berakhir (berakhir 30 September 2026); realisasinya diisi setelah itu. "
                         "Saya akan mengingatkan.")]
    assert check_realisasi(COUNT, 2, date(2026, 6, 30), value=800) == []  # its last day is fine


def test_a_percentage_of_change_may_pass_100():
    growth = IkiDraft(indikator="Persentase pertumbuhan pengikut akun Instagram Kemenkes", target="10%")
    assert not is_percent(growth) and check_realisasi(growth, 1, TODAY, value=120) == []
    assert is_percent(IkiDraft(indikator="Persentase usulan kenaikan pangkat yang ditetapkan tepat waktu",
                               target="95%"))


def test_the_logbook_sum_on_request_and_its_absence_said():
    year = record(_with_entries(), COUNT, 2, TODAY, NOW, source=RealisasiSource.logbook)
    assert year.realisasi[-1].value == 130 and year.realisasi[-1].source is RealisasiSource.logbook
    with pytest.raises(YearError, match="Belum ada catatan dengan jumlah"):
        record(YearState(), COUNT, 1, TODAY, NOW, source=RealisasiSource.logbook)


def test_a_second_figure_for_the_same_quarter_replaces_the_first():
    year = record(record(YearState(), LOWER, 1, TODAY, NOW, value=10), LOWER, 1, TODAY, NOW, value=12)
    assert [(r.quarter, r.value) for r in year.realisasi] == [(1, 12)]


def test_the_capaian_text_shows_target_realisasi_and_trajectory():
    text = capaian_text(capaian_all(SKP, record(_with_entries(), RATE, 2, TODAY, NOW, value=94.3), TODAY)[1])
    assert text.startswith(f"2. {SKP.iki[1].indikator[:40]}") and "\n   Target 3.000 sampel · realisasi 130 sampel" in text
    assert "TW II: rencana 1.500 sampel (kumulatif) · realisasi 130 sampel (kumulatif 130)" in text


def test_a_quarter_that_ended_under_an_earlier_version_keeps_the_plan_agreed_then():
    from bot.year.capaian import quarter_note
    from bot.year.versions import agree, reasons, record_change

    year = agree(YearState(), SKP, date(2026, 1, 10))
    lowered = SkpDraft(iki=[RATE, COUNT.model_copy(update={"target": "2000"}), LOWER, YEARLY])
    year = record_change(year, lowered, next(iter(reasons())), date(2026, 7, 15))
    c = capaian_of(lowered.iki[1], 2, year, date(2026, 12, 31))
    # TW I–II ended under version 1 (3.000 a year); the change applies from TW III, the quarter of its date, the new
    # target spread over TW III–IV from where TW II's plan stood (tester54 F6)
    assert [q.planned.split()[0] for q in c.quarters] == ["750", "1.500", "1.750", "2.000"]
    assert "versi" not in quarter_note(c.trend, c.quarters[0])


def test_a_quarter_that_ended_without_realisasi_is_not_on_track():
    from bot.year.capaian import quarter_note

    year = record(YearState(), RATE, 1, TODAY, NOW, value=95)  # TW I filled, TW II (ended 30 June) not
    c = capaian_of(RATE, 1, year, TODAY)
    assert c.status == "realisasi TW II belum diisi"
    assert [quarter_note(c.trend, f) for f in c.quarters] == [
        "sesuai trajektori", "belum diisi", "belum berakhir", "belum berakhir"]
    behind = capaian_of(COUNT, 2, record(YearState(), COUNT, 1, TODAY, NOW, value=100), TODAY)
    assert behind.status == "di bawah trajektori TW I; realisasi TW II belum diisi"


def test_realisasi_for_several_iki_in_one_message():
    skp = SkpDraft(iki=[RATE, COUNT, LOWER, IkiDraft(indikator="Persentase PT memuaskan", target="100%"),
                        IkiDraft(indikator="Jumlah metode uji baru yang terverifikasi", target="2"), YEARLY])
    answers = read_realisasi("IKI 4: 1 dari 1 PT memuaskan. IKI 5 belum ada. IKI 6 nanti akhir tahun", skp)
    assert [(a.number, a.numerator, a.denominator, a.not_yet, a.yearly_later) for a in answers] == [
        (4, 1, 1, False, False), (5, None, None, True, False), (6, None, None, False, True)]
    answers = read_realisasi("IKI 5 = 1 metode. sekalian isi TW 3 IKI 2 = 800 ya biar ga lupa", skp)
    assert [(a.number, a.quarter, a.value) for a in answers] == [(5, None, 1), (2, 3, 800)]
    answers = read_realisasi("Q2 numbers: IKI 1 99.7%, IKI 2 use my log, IKI 3 3.2 hours, IP ASN 81", skp)
    assert [(a.number, a.quarter, a.value, a.from_logbook) for a in answers] == [
        (1, 2, 99.7, False), (2, 2, None, True), (3, 2, 3.2, False), (6, 2, 81, False)]
    corrected = read_realisasi("IKI 1 31 dari 34 prov... eh kab/kota maksudnya 460 dari 514", skp)[0]
    assert (corrected.numerator, corrected.denominator) == (460, 514)
    # two IKI joined to one answer; a figure ending a sentence ("IP ASN 83.") is still read
    answers = read_realisasi("IKI 2 sama IKI 5 pakai catatan. IKI 1 24 dari 30, IP ASN 83. SAKIP blm keluar", skp)
    assert [(a.number, a.from_logbook, a.value, a.numerator) for a in answers] == [
        (2, True, None, None), (5, True, None, None), (1, False, None, 24), (6, False, 83, None)]


def test_the_dialog_agenda_comes_from_what_happened():
    year = _with_entries()
    year = record(year, RATE, 1, TODAY, NOW, value=70)
    plan = propose(IkiDraft(indikator="Jumlah SOP pengelolaan BMN yang ditetapkan", target="3", satuan="SOP"))
    skp = SkpDraft(iki=SKP.iki + [IkiDraft(indikator=plan.iki, target="3", satuan="SOP")])
    year = year.model_copy(update={"rencana": [plan]})
    year, _ = add_entry(year, read_entry("bantu panitia buka puasa", date(2026, 4, 9), skp), NOW)
    items = agenda(skp, year, date(2026, 4, 20))
    kinds = {(i.kind, i.iki) for i in items}
    assert ("behind", 1) in kinds and ("overdue", 5) in kinds and ("no_evidence", 2) in kinds
    assert any(i.kind == "outside" and "buka puasa" in i.text for i in items)
    proof = Evidence(kind=EvidenceKind.photo, file_id="AgAD1")
    year = attach(year, year.entries[0].id, proof)
    assert ("no_evidence", 2) not in {(i.kind, i.iki) for i in agenda(skp, year, date(2026, 4, 20))}
    assert agenda_text(items).startswith("Agenda dialog kinerja:")


def test_several_answers_kept_one_refused_without_stopping_the_others():
    from bot.year.realisasi_reading import record_answers

    skp = SkpDraft(iki=[RATE, COUNT, LOWER, YEARLY])
    answers = read_realisasi("IKI 1 105%, IKI 2 sesuai catatan, IKI 3 rata2 14 jam, IKI 4 nanti akhir tahun", skp)
    year, outcomes = record_answers(_with_entries(), skp, answers, 2, TODAY, NOW)
    assert [(o.number, o.kept) for o in outcomes] == [(1, False), (2, True), (3, True), (4, False)]
    assert "tidak bisa lebih dari 100%" in outcomes[0].message
    assert outcomes[1].message == "IKI 2 TW II: 130 sampel" and outcomes[2].message == "IKI 3 TW II: 14 jam"
    assert {(r.iki, r.quarter) for r in year.realisasi} == {(COUNT.indikator, 2), (LOWER.indikator, 2)}


def test_a_time_given_to_an_iki_not_measured_in_time_is_asked_again_not_kept():
    # «IKI 4 rata2 4,2 hari» toward «Nilai IP ASN» was kept as «4,2 Nilai»: the user meant the time IKI
    from bot.year.realisasi_reading import record_answers

    answers = read_realisasi("IKI 4 rata2 4,2 hari, IKI 3 rata2 14 jam, IKI 1 90%", SKP)
    year, outcomes = record_answers(_with_entries(), SKP, answers, 2, TODAY, NOW)
    assert [(o.number, o.kept) for o in outcomes] == [(4, False), (3, True), (1, True)]
    assert "IKI 4 diukur dalam nilai, bukan hari" in outcomes[0].message and "IKI 3" in outcomes[0].message
    assert YEARLY.indikator not in {r.iki for r in year.realisasi}


def test_a_dash_is_no_figure_for_that_iki_not_the_next_ones():
    skp = SkpDraft(iki=[IkiDraft(indikator=f"Jumlah satker yang direviu {i}", target="10 satker") for i in range(4)])
    answers = read_realisasi("TW1: IKI 1 0, IKI 2 -, IKI 3 7 satker, IKI 4 –", skp)
    assert [(a.number, a.value, a.dash) for a in answers] == [(1, 0.0, False), (2, None, True), (3, 7.0, False),
                                                               (4, None, True)]
    # « - » between the IKI and its figure separates them, as in a pasted list; «-1» is a negative figure
    assert [a.value for a in read_realisasi("IKI 1 - 90%, IKI 2 - 700 sampel, IKI 3 -1", skp)] == [90.0, 700.0, -1.0]
    # «IKI 2 sama IKI 4 pakai catatan» still joins two IKI to one answer
    assert all(a.from_logbook for a in read_realisasi("IKI 2 sama IKI 4 pakai catatan", skp))


def test_an_iki_written_in_english_still_counts_its_logbook_quantities():
    # «Number of …» is a count (the rules flag the language); a number of something else is no quantity toward it
    from bot.year.entry_dates import when
    from bot.year.entry_numbers import quantity
    from bot.year.line import line

    iki = IkiDraft(indikator="Number of applications migrated to Pusat Data Nasional", target="12 apps")
    got = {text: quantity(line(text), when(line(text)), iki) for text in (
        "today: migrated 2 apps (SIRS & SISDMK) to PDN, no downtime", "migrated 1 more app: e-Monev",
        "migrated 3 databases to the new server")}
    assert list(got.values()) == [2.0, 1.0, None]
    assert propose(iki).stages[0].share is not None  # its rencana aksi shares the count out


def test_a_target_written_as_a_ceiling_is_lower_is_better_whatever_its_words():
    """«Indeks House Index (HI) … <5%»: an index, yet its target is a ceiling — asked each quarter, capaian turned
    around, shown as «≤ 5%» (it was a yearly score «dipantau» until TW IV, with a «Target 5%»)."""
    hi = IkiDraft(indikator="Indeks House Index (HI) jentik di buffer area pelabuhan", target="≤ 5%")
    skp = SkpDraft(iki=[hi])
    assert pending_quarter(skp, YearState(), 1, TODAY) == [1]
    year = record(YearState(), hi, 1, TODAY, NOW, value=3)
    c = capaian_of(hi, 1, year, TODAY)
    assert c.trend is Trend.lower and c.capaian == pytest.approx((2 - 3 / 5) * 100) and not c.behind
    assert capaian_text(c).startswith("1. Indeks House Index (HI) jentik di buffer area pelabuhan\n   Target ≤ 5% · realisasi 3%")


def test_a_percentage_reported_in_a_logbook_line_is_the_quarters_figure_its_latest_taken_not_summed():
    """«survei jentik di buffer area, HI 3%» linked to the HI IKI: the 3% was never read."""
    from bot.year.capaian import logbook_value

    hi = IkiDraft(indikator="Indeks House Index (HI) jentik di buffer area pelabuhan", target="≤ 5%")
    skp = SkpDraft(iki=[hi, COUNT])
    year = YearState()
    for day, text in ((date(2026, 1, 13), "survei jentik di buffer area, HI 3%"),
                      (date(2026, 2, 13), "survei jentik buffer area, HI 4%")):
        year, entry = add_entry(year, read_entry(text, day, skp), datetime.combine(day, datetime.min.time(), WIB))
        assert entry.iki == hi.indikator and entry.quantity is None  # a figure, never a count
    assert [e.figure for e in year.entries] == [3, 4]
    assert logbook_value(year, hi, 1, 2026) == 4  # the latest, not 7
    c = capaian_of(hi, 1, year, date(2026, 2, 20))
    assert c.quarters[0].value == 4 and c.quarters[0].source is RealisasiSource.logbook
    kept = record(year, hi, 1, date(2026, 4, 1), NOW, source=RealisasiSource.logbook)
    assert [(r.value, r.note) for r in kept.realisasi] == [(4, "sesuai catatan")]


def test_a_rate_in_a_logbook_line_is_its_numerator_over_its_denominator_for_the_quarter():
    """«audit cuci tangan 20 perawat, 17 patuh» linked to a percentage IKI gave no value (tester10 #8): read as
    17 of 20, 85% for the quarter; «17 dari 20» and «17/20» too. Not a part that is not what the IKI measures."""
    from bot.year.capaian import logbook_value

    hand = IkiDraft(indikator="Persentase kepatuhan perawat melakukan cuci tangan 5 momen", target="90%", satuan="%")
    larva = IkiDraft(indikator="Persentase rumah bebas jentik di wilayah kerja", target="95%", satuan="%")
    skp = SkpDraft(iki=[hand, larva, COUNT])
    day = date(2026, 2, 9)
    got = {}
    for text in ("audit cuci tangan 20 perawat, 17 patuh", "audit cuci tangan perawat 17 dari 20 patuh",
                 "audit cuci tangan perawat 17/20 patuh", "survei jentik 20 rumah, 3 positif jentik"):
        reading = read_entry(text, day, skp)
        got[text] = (reading.rate, reading.figure)
    # «3 positif jentik» toward «… rumah bebas jentik»: the complement of what it measures, 17 of 20 free (fix54a)
    assert list(got.values()) == [((17, 20), 85), ((17, 20), 85), ((17, 20), 85), ((17, 20), 85)]
    year, entry = add_entry(YearState(), read_entry("audit cuci tangan 20 perawat, 17 patuh", day, skp),
                            datetime.combine(day, datetime.min.time(), WIB))
    assert entry.iki == hand.indikator and entry.rate == (17, 20)
    assert logbook_value(year, hand, 1, 2026) == 85


SHIPS = IkiDraft(indikator="Persentase kapal yang diperiksa sanitasinya dan diterbitkan sertifikat sanitasi tepat waktu",
                 target="100%")


def test_a_rate_from_the_logbook_combines_every_line_of_the_quarter_and_an_undone_item_counts():
    skp = SkpDraft(iki=[SHIPS, LOWER])
    year = YearState()
    for day, text in ((date(2026, 3, 9), "periksa sanitasi 5 kapal asing, 5 diterbitkan sertifikat"),
                      (date(2026, 3, 20), "td pagi periksa 2 kapal, sertifikat blm terbit krn ada temuan vektor")):
        reading = read_entry(text, day, skp)
        assert reading.iki == SHIPS.indikator
        year, _ = add_entry(year, reading, datetime.combine(day, datetime.min.time(), WIB))
    assert [e.rate for e in year.entries] == [(5, 5), (0, 2)]  # two ships checked, none certified
    c = capaian_of(SHIPS, 1, year, date(2026, 4, 1))
    assert c.quarters[0].value == pytest.approx(71.4)  # 5 of 7, not the first day's 100% nor the last one's 0%


def test_a_line_linked_to_a_count_iki_still_counts_as_a_rate_toward_the_percentage_iki_offered_beside_it():
    count = IkiDraft(indikator="Jumlah sertifikat sanitasi kapal (SSCEC/SSCC) yang diterbitkan", target="600",
                     satuan="sertifikat")
    skp = SkpDraft(iki=[SHIPS, count])
    year = YearState()
    for day, text in ((date(2026, 3, 9), "senin periksa sanitasi 5 kapal asing, terbit 5 sertifikat SSCEC"),
                      (date(2026, 3, 20), "td pagi periksa 2 kapal, sertifikat blm terbit krn ada temuan vektor")):
        year, entry = add_entry(year, read_entry(text, day, skp), datetime.combine(day, datetime.min.time(), WIB))
    assert year.entries[0].status is EntryStatus.unsure  # two near IKI: the user picks the count
    year = choose(year, year.entries[0].id, skp, count.indikator)
    first = year.entries[0]
    assert first.iki == count.indikator and first.quantity == 5 and first.also == {SHIPS.indikator: (5, 5)}
    assert capaian_of(SHIPS, 1, year, date(2026, 4, 1)).quarters[0].value == pytest.approx(71.4)  # 5 of 7
    assert capaian_of(count, 1, year, date(2026, 4, 1)).quarters[0].value == 5


def test_a_rate_monitored_without_a_baseline_is_measured_against_its_annual_target():
    """tester12 #4: a rate with no baseline has no TW I value («dipantau»); its 66,7% from «2 dari 3» against a 90%
    target was «sesuai trajektori» and left the dialog's «yang tertinggal» empty."""
    rate = IkiDraft(indikator="Persentase ibu hamil risiko tinggi yang terdeteksi dan dirujuk tepat waktu", target="90%")
    skp = SkpDraft(iki=[rate, IkiDraft(indikator="Persentase pasien nifas yang mendapat edukasi KB", target="80%")])
    assert trajectory(rate)[0] == "dipantau"
    day, april = date(2026, 2, 3), date(2026, 4, 6)
    year, _ = add_entry(YearState(), read_entry("deteksi risti 3 bumil, 2 dirujuk ke RSUP tepat waktu", day, skp),
                        datetime.combine(day, datetime.min.time(), WIB))
    year = record(year, rate, 1, april, NOW, source=RealisasiSource.logbook)
    c = capaian_of(rate, 1, year, april)
    assert c.quarters[0].value == pytest.approx(66.7)
    # behind its annual target, said so (never «di bawah trajektori»: a «dipantau» quarter has none, tester13 #15)
    assert c.behind and c.status.startswith("di bawah target tahunan (TW I)")
    assert quarter_note(c.trend, c.quarters[0]) == "di bawah target tahunan"
    assert c.quarters[0].capaian == pytest.approx(66.7 / 90 * 100)
    assert [item.text for item in agenda(skp, year, april) if item.kind == "behind"] == [
        "IKI 1 di bawah target tahunan (TW I): realisasi 66,7% dari target 90%"]  # Indonesian decimals
    on_track = capaian_of(rate, 1, record(YearState(), rate, 1, april, NOW, value=92), april)
    assert not on_track.behind and on_track.status.startswith("sesuai target tahunan")
    # the leader's /tim, weekly digest and dialog agenda say it as /capaian does, never «di bawah trajektori»
    from bot.team.dialogs import agenda as team_agenda
    from bot.team.digest import weekly_digest
    from bot.team.record import LeaderSettings, MemberRecord
    from bot.team.view import MemberInput, team_rows, team_text
    behind, said = [0], behind_said([c, capaian_of(skp.iki[1], 2, year, april)])
    assert said == "di bawah target tahunan"
    rows = team_rows([MemberInput(member="ani", name="Ani", skp=skp, record=MemberRecord(), started=date(2026, 1, 5),
                                  behind=behind, behind_said=said)], LeaderSettings(), april)
    assert "IKI di bawah target tahunan: 1" in team_text(rows)
    assert "Ada IKI di bawah target tahunan: Ani." in weekly_digest("atasan", rows, {}, datetime(2026, 4, 6, 8, tzinfo=WIB)).text
    assert "» di bawah target tahunan" in team_agenda(MemberRecord(), skp, dialog_on=april, behind=behind, said=said)


def test_the_year_sheets_carry_the_figures_and_plans_the_chat_shows():
    """tester12 #10: «Catatan Harian» dropped the «2 dari 3» /catatan showed; «Rencana Aksi» was empty while /dialog
    printed a plan per RHK; «Capaian (%)» was empty for a rate monitored without a baseline."""
    from io import BytesIO

    from openpyxl import load_workbook

    from bot.skp.dialog_pack import build_pack
    from bot.skp.export import skp_workbook
    from bot.year.logbook import entry_text
    from bot.year.sheets import add_year_sheets

    rate = IkiDraft(indikator="Persentase ibu hamil risiko tinggi yang terdeteksi dan dirujuk tepat waktu", target="90%")
    skp = SkpDraft(iki=[rate, IkiDraft(indikator="Persentase pasien nifas yang mendapat edukasi KB", target="80%")])
    day, april = date(2026, 2, 3), date(2026, 4, 6)
    year, _ = add_entry(YearState(), read_entry("deteksi risti 3 bumil, 2 dirujuk ke RSUP tepat waktu", day, skp),
                        datetime.combine(day, datetime.min.time(), WIB))
    year = record(year, rate, 1, april, NOW, source=RealisasiSource.logbook)
    book = load_workbook(BytesIO(add_year_sheets(skp_workbook(skp), skp, year, april)), read_only=True)
    rows = list(book["Catatan Harian"].iter_rows(min_row=2, values_only=True))
    assert rows[0][4] == "66,7% (2 dari 3)" and rows[0][4] in entry_text(year.entries[0], 1)
    plans = list(book["Rencana Aksi"].iter_rows(min_row=2, values_only=True))
    from bot.year.rencana import quarter_actions

    printed = build_pack(skp, actions={i.indikator: quarter_actions(i) for i in skp.iki}).plans  # as /dialog builds it
    assert [(r[3], r[5]) for r in plans] == [(s.action, s.target) for p in printed for s in p.steps]
    assert [r[4] for r in plans[:4]] == ["Jan–Mar", "Apr–Jun", "Jul–Sep", "Okt–Des"]  # «Bulan»: the quarter's months
    tw = [r for r in book["Realisasi per TW"].iter_rows(min_row=2, values_only=True) if r[0].startswith("IKI 1:")]
    assert tw[0][7] == pytest.approx(74.1)


@pytest.mark.parametrize("text, rate", [("kemarin 3 permintaan cito, semua selesai kurang dr 2 jam", (3, 3)),
                                        ("3 permintaan cito, seluruhnya selesai dalam 2 jam", (3, 3)),
                                        ("3 permintaan cito masuk, 2 permintaan selesai dalam 2 jam", (2, 3))])
def test_a_time_bound_is_no_numerator_and_all_of_them_is_the_whole(text, rate):
    # tester13 #5: «3 permintaan cito, semua selesai kurang dr 2 jam» was read 2 of 3 (the 2 of «2 jam»)
    cito = IkiDraft(indikator="Persentase permintaan sterilisasi cito yang selesai dalam 2 jam", target="95%", satuan="%")
    reading = read_entry(text, date(2026, 3, 27), SkpDraft(iki=[cito, COUNT]))
    assert reading.iki == cito.indikator and reading.rate == rate


def test_a_rate_the_chosen_iki_takes_is_never_another_ikis_realisasi():
    # tester13 #7: «38 dari 40 set lolos uji …», asked between two percentage IKI and linked to IKI 3, also gave
    # IKI 2 its TW I realisasi 95% through the rate kept «beside» it
    from bot.year.capaian import logbook_value

    dist = IkiDraft(indikator="Persentase set instrumen steril yang didistribusikan tepat waktu ke unit pengguna",
                    target="98%")
    cycle = IkiDraft(indikator="Persentase siklus autoklaf dengan hasil indikator biologi negatif", target="100%",
                     satuan="%")
    skp = SkpDraft(iki=[dist, cycle, COUNT])
    day = date(2026, 2, 20)
    year, entry = add_entry(YearState(), read_entry("38 dari 40 set lolos uji indikator kimia eksternal", day, skp),
                            datetime.combine(day, datetime.min.time(), WIB))
    for key in (cycle.indikator, dist.indikator):  # whichever the user picks, the other gets nothing from it
        picked = choose(year, entry.id, skp, key)
        assert picked.entries[0].rate == (38, 40) and picked.entries[0].also == {}
        other = dist if key == cycle.indikator else cycle
        assert logbook_value(picked, other, 1, 2026) is None


def test_a_stage_with_work_logged_in_its_months_or_its_quarter_on_trajectory_is_not_late():
    # tester13 #8: every TW I stage and every «Persiapan …» stage was «terlambat» on 1 April although entries were
    # linked to them and TW I realisasi was on trajectory; only a stage truly behind is named
    from bot.year.agenda import late_stages
    from bot.year.dialog_record import accepted_plans

    dist = IkiDraft(indikator="Persentase set instrumen steril yang didistribusikan tepat waktu ke unit pengguna",
                    target="98%", satuan="%")
    cito = IkiDraft(indikator="Persentase permintaan sterilisasi cito yang selesai dalam 2 jam", target="95%", satuan="%")
    idle = IkiDraft(indikator="Jumlah SOP pengelolaan BMN yang ditetapkan", target="3", satuan="SOP")
    skp = SkpDraft(iki=[dist, cito, idle])
    plans = [propose(i).model_copy(update={"accepted": date(2026, 1, 10)}) for i in skp.iki]
    year = YearState(rencana=plans)
    day = date(2026, 1, 13)
    year, entry = add_entry(year, read_entry("distribusi 45 set steril ke IBS, smua tepat waktu", day, skp),
                            datetime.combine(day, datetime.min.time(), WIB))
    year = choose(year, entry.id, skp, dist.indikator)
    year = record(year, cito, 1, date(2026, 4, 1), NOW, value=96)  # TW I on trajectory, nothing logged
    april = date(2026, 4, 1)
    late = {(skp.iki.index(next(i for i in skp.iki if i.indikator == key)) + 1, n) for key, n, _ in
            late_stages(skp, year, april)}
    assert late and all(number == 3 for number, _ in late)  # only the IKI with no work and no figure
    items = [i for i in agenda(skp, year, april) if i.kind == "overdue"]
    assert {i.iki for i in items} == {3}
    states = {key: [s.target for s in steps] for key, steps in accepted_plans(skp, year, april).items()}
    assert not any("terlambat" in s for s in states[dist.indikator] + states[cito.indikator])
    assert any("terlambat" in s for s in states[idle.indikator])


def test_a_stage_whose_quarter_has_a_realisasi_under_its_trajectory_is_not_late_the_iki_is_behind():
    # tester52 P1-13: «Pemberian kateterisasi … TW I — terlambat» beside a TW I realisasi of 76,9%: the work happened;
    # the figure under trajectory is the IKI behind, not its stages late
    from bot.year.agenda import late_stages

    pci = IkiDraft(indikator="Persentase pasien STEMI yang mendapat PCI primer sesuai standar", target="90%",
                   satuan="%")
    idle = IkiDraft(indikator="Jumlah SOP pelayanan kateterisasi yang ditetapkan", target="3", satuan="SOP")
    skp = SkpDraft(iki=[pci, idle])
    year = YearState(rencana=[propose(i).model_copy(update={"accepted": date(2026, 1, 10)}) for i in skp.iki])
    april = date(2026, 4, 1)
    year = record(year, pci, 1, april, NOW, value=76.9)
    late = {key for key, _, _ in late_stages(skp, year, april)}
    assert late == {idle.indikator}
    items = agenda(skp, year, april)
    assert {i.iki for i in items if i.kind == "behind"} == {1}
    assert {i.iki for i in items if i.kind == "overdue"} == {2}


def test_capaian_in_the_chat_and_the_sheet_is_one_figure_on_the_tw_target_and_dipantau_is_never_behind_trajectory():
    # tester13 #15: /capaian said 16% (of the year's 3.000) where «Realisasi per TW» said 64 (of TW I's 750), neither
    # saying its base; a rate whose TW I plan is «dipantau» was «di bawah trajektori TW I» in both
    from bot.year.capaian import capaian_text

    count = IkiDraft(indikator="Jumlah set bedah yang disterilkan sesuai standar", target="3000", satuan="set")
    cito = IkiDraft(indikator="Persentase permintaan sterilisasi cito yang selesai dalam 2 jam", target="95%")
    april = date(2026, 4, 1)
    year = record(YearState(), count, 1, april, NOW, value=480)
    year = record(year, cito, 1, april, NOW, value=93.3)
    c = capaian_of(count, 1, year, april)
    sheet_figure = round(c.quarters[0].capaian, 1)
    assert f"capaian TW I {format_number(sheet_figure)}% (thd target TW I)" in capaian_text(c)
    monitored = capaian_of(cito, 2, year, april)
    assert trajectory(cito)[0] == "dipantau"
    assert "trajektori" not in monitored.status and "trajektori" not in quarter_note(monitored.trend,
                                                                                     monitored.quarters[0])
    assert monitored.status.startswith("di bawah target tahunan (TW I)")


def test_a_rate_quarter_without_baseline_is_dipantau_against_the_annual_target_until_tw_iv():
    # a % IKI with no baseline plans TW I–III «dipantau»; once a figure is reported for a quarter, /capaian, the sheet
    # and the dialog showed that quarter «rencana dipantau» beside its realisasi and capaian: it is measured against
    # the annual target, and says so; a quarter with no figure stays «dipantau»
    from bot.year.capaian import capaian_text

    rate = IkiDraft(indikator="Persentase permintaan sterilisasi cito yang selesai dalam 2 jam", target="95%")
    july = date(2026, 7, 2)
    year = record(record(YearState(), rate, 1, july, NOW, value=96), rate, 2, july, NOW, value=90)
    c = capaian_of(rate, 1, year, july)
    # tester51 P1-9: and every quarter before TW IV says it alike, «dipantau» until TW IV as the README says
    monitored = "dipantau (target tahunan 95%)"
    assert [f.planned for f in c.quarters] == [monitored, monitored, monitored, "95%"]
    shown = capaian_text(c)
    assert f"TW I: rencana {monitored} · realisasi 96%" in shown and f"TW III: rencana {monitored}" in shown
    assert "dipantau" not in c.status and "dipantau" not in shown.splitlines()[1]
    assert [quarter_note(c.trend, f) for f in c.quarters[:2]] == ["sesuai target tahunan", "di bawah target tahunan"]


def test_a_zero_incident_target_plans_none_and_an_incident_is_a_miss():
    # tester17b #3: «0 kejadian» against last year's 3 planned 2,25 · 1,5 · 0,75 falls, one fall scored 155,6%, and a
    # later «0» erased it from the year's realisasi
    falls = IkiDraft(indikator="Jumlah kejadian pasien jatuh di ruang rawat inap", target="0 kejadian",
                     satuan="kejadian", baseline="3 kejadian")
    assert trajectory(falls) == ["0 kejadian"] * 4
    year = record(YearState(), falls, 1, TODAY, NOW, value=1)
    c = capaian_of(falls, 1, year, TODAY)
    assert c.trend is Trend.lower and c.quarters[0].capaian == 0 and c.behind
    c = capaian_of(falls, 1, record(year, falls, 2, TODAY, NOW, value=0), TODAY)
    assert c.quarters[1].capaian == 100 and c.realisasi == 1 and c.capaian == 0
    assert capaian_of(falls, 1, record(YearState(), falls, 1, TODAY, NOW, value=0), TODAY).capaian == 100


def test_a_fraction_written_with_dr_is_a_numerator_and_its_denominator():
    """«IKI 1: 87 dr 92» read 92 alone (tester18 #3): «dr» is «dari» as chats write it (capaian.yaml fraction_words)."""
    answer = read_realisasi("IKI 1: 87 dr 92 sinyal", SKP)[0]
    assert (answer.numerator, answer.denominator) == (87, 92)


def test_a_counts_row_in_the_sheet_shows_the_running_total_its_capaian_is_on():
    """tester18 #3: «Realisasi per TW» showed a count's TW II realisasi 2 beside «capaian 66,7%» of a cumulative 6:
    the 66,7% is the running 4 of 6, so the running total has its own column."""
    from io import BytesIO

    from openpyxl import load_workbook

    from bot.skp.export import skp_workbook
    from bot.year.sheets import add_year_sheets

    skp = SkpDraft(iki=[COUNT])
    year = record(YearState(), COUNT, 1, date(2026, 4, 6), NOW, value=700)
    year = record(year, COUNT, 2, TODAY, NOW, value=800)
    book = load_workbook(BytesIO(add_year_sheets(skp_workbook(skp), skp, year, TODAY)), read_only=True)
    head, *rows = list(book["Realisasi per TW"].iter_rows(values_only=True))
    at = {name: head.index(name) for name in ("Realisasi TW", "Realisasi kumulatif", "Capaian thd target TW (%)")}
    tw2 = rows[1]
    assert (tw2[at["Realisasi TW"]], tw2[at["Realisasi kumulatif"]]) == (800, 1500)
    cumulative_target = capaian_of(COUNT, 1, year, TODAY).quarters[1].planned
    assert tw2[at["Capaian thd target TW (%)"]] == pytest.approx(1500 / float(cumulative_target.split()[0].replace(
        ".", "")) * 100, abs=0.1)


@pytest.mark.parametrize("text, answer", [
    ("87 dr 92 sinyal", True), ("95%", True), ("4 dari 4 KLB, semua < 24 jam", True),  # the IKI's own bound beside it
    ("tim turun 18 jam stlh laporan", False), ("hari ini verif 12 berkas KP", False), ("IKI 1: 90%", False)])
def test_a_figure_alone_is_the_shape_of_an_answer_to_the_quarters_prompt(text, answer):
    """tester18 #3: what «Tulis realisasi TW I per IKI» may get back with no IKI named; a line of work is not one."""
    from bot.year.realisasi_reading import figure_only

    assert figure_only(text) is answer


def test_a_counts_accepted_plan_is_the_trajectory_capaian_reads():
    """tester18 #12: «4 kajian» due TW II were planned for Okt–Des by /rencana while /capaian measured TW I against
    «2 kajian (kumulatif)» and called it behind; the dialog pack then asked about a lag its own plan did not have."""
    from bot.year.rencana import accept

    kajian = IkiDraft(indikator="Jumlah kajian epidemiologi penyakit menular yang dimanfaatkan pimpinan",
                      target="4 kajian", satuan="kajian", triwulan_selesai=2)
    plan = accept(propose(kajian), date(2026, 1, 10))
    assert max(m for s in plan.stages if s.share for m in s.months) <= 6  # handed over by the quarter agreed
    year = record(YearState(rencana=[plan]), kajian, 1, date(2026, 4, 6), NOW, value=1)
    c = capaian_of(kajian, 1, year, date(2026, 4, 6))
    assert [f.planned for f in c.quarters] == ["dalam proses", "4 kajian (selesai)", "4 kajian", "4 kajian"]
    assert not c.behind and c.quarters[0].capaian is None
    unplanned = capaian_of(kajian, 1, year.model_copy(update={"rencana": []}), date(2026, 4, 6))
    assert unplanned.quarters[0].planned.startswith("2 kajian")  # no plan: the pack's own trajectory, as before


def test_the_dialog_record_lists_quarters_ended_with_no_realisasi_as_behind_never_nothing_behind():
    from bot.year.dialog_record import record as period_record

    sections = {s.title: s for s in period_record(SKP, YearState(year=2026), date(2026, 7, 6))}
    behind = [row[0] for row in sections["Yang tertinggal"].rows]
    assert "Realisasi TW I belum diisi untuk IKI 1, 2, 3: capaiannya belum bisa dinilai." in behind
    assert any(row[0].startswith("Realisasi TW II belum diisi untuk IKI 1, 2, 3") for row in sections["Yang tertinggal"].rows)
    asked = [row[0] for row in sections["Pertanyaan untuk pimpinan"].rows]
    assert "Realisasi TW I, TW II belum dilaporkan: kapan diisi, dan apa kendalanya?" in asked
    reported = record(record(record(YearState(year=2026), RATE, 1, TODAY, NOW, value=82), COUNT, 1, TODAY, NOW,
                             value=700), LOWER, 1, TODAY, NOW, value=12)
    behind = [row[0] for row in {s.title: s for s in period_record(SKP, reported, date(2026, 7, 6))}["Yang tertinggal"].rows]
    assert not any(text.startswith("Realisasi TW I ") for text in behind)


def test_capaian_of_a_rate_without_baseline_says_dipantau_every_quarter_before_tw_iv(tmp_path, at):
    """tester51 P1-9: a % IKI with no baseline showed «TW I: rencana 98% (target tahunan)» once TW I was filled,
    beside TW II–III «dipantau» and TW IV 98%: every quarter before TW IV is «dipantau» alike, naming the annual target
    a figure is measured against."""
    from tests.agreed_year import agreed_then, sqlite_engine
    from tests.talk import said

    engine = next(sqlite_engine(tmp_path, at))
    agreed_then(engine, at, "2026-04-02T09:00", "realisasi iki 2 tw1 96%")
    shown = said(engine.handle("u1", "/capaian"))
    for quarter in ("I", "II", "III"):
        assert f"TW {quarter}: rencana dipantau (target tahunan 95%)" in shown, shown
    assert "TW IV: rencana 95%" in shown and "rencana 95% (target tahunan)" not in shown


def test_the_dialog_record_says_an_iki_lacks_bukti_only_when_none_of_its_entries_in_the_period_has_one():
    # tester56 F22: «Bukti dukung» listed IKI 3's entry with its file, and the next line said IKI 3 had no bukti (the
    # note read the agenda's month, the list the period since the last dialog)
    from bot.year.dialog_record import record as period_record
    from bot.year.models import LogEntry

    proof = Evidence(kind=EvidenceKind.path, name="rekap_sampel_mei.pdf", path="/tmp/rekap_sampel_mei.pdf")
    year = YearState(year=2026, entries=[
        LogEntry(id="c1", day=date(2026, 5, 20), text="lapor 40 sampel TCM", status=EntryStatus.linked,
                 iki=COUNT.indikator, quantity=40, evidence=[proof]),
        LogEntry(id="c2", day=date(2026, 7, 1), text="lapor 12 sampel TCM", status=EntryStatus.linked,
                 iki=COUNT.indikator, quantity=12),
        LogEntry(id="c3", day=date(2026, 7, 1), text="input hasil ke SITB rata2 20 jam", status=EntryStatus.linked,
                 iki=LOWER.indikator)])
    sections = {s.title: s for s in period_record(SKP, year, TODAY)}
    notes = sections["Bukti dukung"].note
    assert "IKI 2 punya catatan" not in notes and "IKI 3 punya catatan tetapi belum ada bukti" in notes, notes
    asked = " ".join(row[0] for row in sections["Pertanyaan untuk pimpinan"].rows)
    assert "untuk IKI 3?" in asked and "IKI 2, 3" not in asked, asked


def test_a_score_whose_target_was_typed_with_a_percent_sign_keeps_its_satuan():
    # «85 %» typed at the target of «Nilai IP ASN» (satuan Nilai): /skp says «target 85», so /capaian must too
    score = IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85 %", satuan="Nilai")
    text = capaian_text(capaian_of(score, 1, YearState(), TODAY))
    assert "Target 85 ·" in text and "85%" not in text
    rate = IkiDraft(indikator="Persentase petugas yang dilatih", target="90 %")
    assert "Target 90% ·" in capaian_text(capaian_of(rate, 1, YearState(), TODAY))


def test_a_deliverable_reported_under_way_shows_its_unit_and_the_users_words_in_the_sheet():
    """play41 #8: a one-off answered «masih proses» at the TW I prompt had Target and Satuan blank beside Realisasi 0,
    and Catatan «terisi»: the row shows 0 of its satuan due by then and what the user said."""
    from io import BytesIO

    from openpyxl import load_workbook

    from bot.skp.export import skp_workbook
    from bot.year.sheets import add_year_sheets

    kajian = IkiDraft(indikator="Jumlah kajian kebijakan pembiayaan kesehatan yang ditetapkan", target="1 kajian",
                      satuan="kajian", triwulan_selesai=4)
    skp = SkpDraft(iki=[kajian])
    year = record(YearState(), kajian, 1, date(2026, 4, 6), NOW, value=0,
                  note="dalam proses: «draf bab 2 lagi direviu»")
    book = load_workbook(BytesIO(add_year_sheets(skp_workbook(skp), skp, year, date(2026, 4, 6))), read_only=True)
    head, *rows = list(book["Realisasi per TW"].iter_rows(values_only=True))
    tw1 = dict(zip(head, rows[0]))
    assert (tw1["Target"], tw1["Rencana"], tw1["Realisasi TW"]) == (0, "dalam proses", 0)
    assert tw1["Satuan"] and tw1["Satuan"].lower() == "kajian"
    assert "draf bab 2 lagi direviu" in tw1["Catatan"]
    assert dict(zip(head, rows[3]))["Target"] == 1
