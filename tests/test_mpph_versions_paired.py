"""The MPPH's versions for a Ketua whose own atasan sets their SKP, and in the workbook (mpph38 #6): a paired
Ketua's role change after penetapan was never versioned, and the XLSX never said which version it is."""

from io import BytesIO

from openpyxl import load_workbook

from bot.skp.mpph_sheets import VERSION_SHEET
from tests.talk import said
from tests.test_team_chat import MEMBER


def _ketua_agreed_by_atasan(pair) -> None:
    pair.pair_up()
    pair.say(MEMBER, "/mpph Persentase balita yang ditimbang setiap bulan; 85%")
    pair.press(MEMBER, "mpph:method:aspek")
    pair.say(MEMBER, "Sekar; penimbangan di posyandu; 85%\nBima; penimbangan di PAUD; 85%\nWulan; pelaporan; 85%")
    pair.say(MEMBER, "selesai")
    pair.press(MEMBER, "mpph:save")
    pair.press(MEMBER, pair.say(MEMBER, "/ajukan")[0].buttons[0].data)
    pair.decide(pair.leader_buttons()["Setujui semua"][0])
    assert pair.state(MEMBER).year.agreed


def _versions(pair):
    state = pair.state(MEMBER)
    return (state.mpph or state.mpph_last).versions


def test_a_paired_ketuas_role_dropped_after_the_atasans_penetapan_becomes_version_2(pair):
    _ketua_agreed_by_atasan(pair)
    asked = said(pair.say(MEMBER, "buang 2"))
    assert "MPPH versi 2" in asked and "alasannya" in asked.lower()
    pair.press(MEMBER, "mpph:reason:direktif")
    pair.say(MEMBER, "per 1 maret")
    assert [len(v.indicators[0].peran) for v in _versions(pair)] == [3, 2]


def test_the_workbook_names_its_version_and_lists_the_earlier_ones(pair):
    _ketua_agreed_by_atasan(pair)
    pair.say(MEMBER, "buang 3")
    pair.press(MEMBER, "mpph:reason:direktif")
    pair.say(MEMBER, "per 1 maret")
    pair.say(MEMBER, "/mpph")
    replies = pair.press(MEMBER, "mpph:done")
    assert "MPPH versi 2" in said(replies)
    book = load_workbook(BytesIO(next(r.file for r in replies if r.file).data))
    rows = list(book[VERSION_SHEET].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[-1]) for r in rows] == [(1, None), (2, "ya")] and rows[1][3] == "1 Maret 2026"


def test_the_atasans_penetapan_notice_to_a_ketua_names_the_mpph_version_in_force(pair):
    pair.pair_up()
    pair.say(MEMBER, "/mpph Jumlah kader posyandu yang dilatih; 60 kader")
    pair.press(MEMBER, "mpph:method:kuantitatif")
    pair.say(MEMBER, "Laras; 30\nTegar; 30")
    pair.say(MEMBER, "selesai")
    pair.press(MEMBER, "mpph:save")
    pair.press(MEMBER, pair.say(MEMBER, "/ajukan")[0].buttons[0].data)
    pair.decide(pair.leader_buttons()["Setujui semua"][0])
    told = " ".join(r.text for due in pair.inbox[MEMBER] if ":versi:" in due.key for r in due.replies)
    assert "ditetapkan atasan" in told and "MPPH tim Anda berlaku sebagai versi 1" in told
    assert [v.number for v in _versions(pair)] == [1]
