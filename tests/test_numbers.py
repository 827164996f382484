import pytest

from bot.lang.numbers import parse_number, parse_target


@pytest.mark.parametrize(
    "text, value",
    [
        ("82,23", 82.23), ("1.575.000", 1575000), ("99,70", 99.7), ("4,00", 4.0), ("0,87", 0.87),
        ("1.575", 1575), ("0.87", 0.87), ("63.5", 63.5), ("1,575,000", 1575000), ("1.575,5", 1575.5),
        ("1,575.5", 1575.5), ("380", 380), ("67,5", 67.5),
    ],
)
def test_indonesian_and_english_numbers(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "tinggi", "-", "1,", ",5", "1.2.3,4,5", "abc1"])
def test_not_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "raw, value, unit",
    [
        ("60%", 60, "%"), ("100 %", 100, "%"), ("82 Nilai", 82, "Nilai"), ("2 NSPK", 2, "NSPK"),
        ("1.575.000 Orang", 1575000, "Orang"), ("≥ 80", 80, None), ("minimal 80%", 80, "%"),
        (4, 4, None), (82.23, 82.23, None), ("4,00 (Nilai)", 4.0, "(Nilai)"), ("96 persen", 96, "%"),
    ],
)
def test_targets(raw, value, unit):
    target = parse_target(raw)
    assert target is not None and target.value == pytest.approx(value) and target.unit == unit


@pytest.mark.parametrize("raw", [None, "", "tinggi", "tercapai", True])
def test_targets_without_numbers(raw):
    assert parse_target(raw) is None


@pytest.mark.parametrize("text", ["1.1.1", "3.12.2026", "1,1,1"])
def test_a_dotted_code_or_date_is_no_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("typed, kept", [
    # a strict «<», «>» typed is kept so (d11-kkp05: «HI < 1%» among targets in order was shown as «≤ 1%»)
    ("<5%", "< 5%"), ("HI < 1 %", "< 1%"), ("maks 5 persen", "≤ 5%"), ("kurang dari 3 hari", "≤ 3 hari"),
    ("<= 4", "≤ 4"), ("minimal 80%", "≥ 80%"), (">90%", "> 90%"), ("kurang lebih 70", "70"), ("95", "95"),
])
def test_a_typed_value_keeps_the_direction_written_before_it(typed, kept):
    from bot.lang.values import numbers_in

    (number,) = numbers_in(typed)
    bound = {"<": "≤", ">": "≥", "≤": "≤", "≥": "≥"}.get(kept[0])
    assert number.text == kept and parse_target(number.text).bound == bound
    assert parse_target(number.text).strict == (kept[0] in "<>")


@pytest.mark.parametrize("written, shown", [("< 1%", "< 1%"), ("<1%", "< 1%"), ("≤ 1%", "≤ 1%"), ("maks 5%", "≤ 5%"),
                                            ("> 80", "> 80"), (">= 80", "≥ 80")])
def test_a_strict_bound_is_shown_as_written(written, shown):
    # tester19 #21: «Indeks house index … < 1%» was read back as «≤ 1%»
    from bot.models import IkiDraft
    from bot.render import target_text

    assert target_text(IkiDraft(indikator="Indeks house index aedes", target=written)) == shown


def test_prsn_written_short_is_percent():
    # d21: «95,5 prsn», «90 prsn» kept «prsn» as the unit of a count
    from bot.lang.values import numbers_in

    assert [(n.value, n.unit) for n in numbers_in("cakupan 82,5 prsn aja, yg lain 70 prsn")] == [(82.5, "%"), (70, "%")]
    assert parse_target("92 prsn").unit == "%"
