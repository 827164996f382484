"""Linking round 42 (evals/year_linking42.jsonl dev42): a row the user adds below a pasted chat message is dated by
the user, not by the message's stamp; a question asking a claim confirmed, telling no work, is linked to no IKI."""

from datetime import date

import pytest

from bot.models import IkiDraft, SkpDraft
from bot.year.entry_dates import read_date
from bot.year.line import line
from bot.year.linking import Decision
from bot.year.logbook import entry_link

GIZI = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah balita gizi buruk yang mendapat PMT pemulihan", target="120", satuan="balita", rhk="r"),
    IkiDraft(indikator="Persentase puskesmas yang melapor e-PPGBM tepat waktu", target="90", satuan="persen", rhk="r"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80", satuan="nilai", rhk="r"),
])


def _link(text: str):
    ln = line(text)
    day, w = read_date(ln, date(2026, 6, 4))
    return entry_link(ln, w, day, GIZI, None, [], [])


@pytest.mark.parametrize("text, day", [
    ("[07.30, 2/6/2026] Bu Kasubag: tolong kirim rekap absensi ya\nsdh sy kirim td pagi", date(2026, 6, 4)),
    ("Diteruskan\n[10.05, 1/6/2026] Kabag: mohon dicek draf SK\nkemarin sdh sy cek", date(2026, 6, 3)),
    ("[16.20, 29/5/2026] Pak Anton: bisa bantu rekap SPJ?\n→ beres", date(2026, 6, 4)),
])
def test_a_row_below_a_pasted_message_is_dated_from_today_not_from_the_stamp(text, day):
    assert read_date(line(text), date(2026, 6, 4))[0] == day


def test_a_pasted_message_with_no_row_below_keeps_its_stamps_day():
    assert read_date(line("Fwd:\n[07.30, 2/6/2026] Bu Kasubag: tolong kirim rekap absensi hari ini"),
                     date(2026, 6, 4))[0] == date(2026, 6, 2)


@pytest.mark.parametrize("text", [
    "PMT pemulihan paling lama 90 hari kan?",
    "bukannya laporan e-PPGBM itu wajib dari semua puskesmas?",
    "webinar tanpa sertifikat ga dihitung IP ASN kan ya?",
    "pemantauan balita gizi buruk ini outcome kah?",
])
def test_a_question_asking_a_claim_confirmed_links_to_no_iki(text):
    assert _link(text).decision is Decision.outside


@pytest.mark.parametrize("text, iki", [
    ("td sy bagi PMT pemulihan ke 6 balita gizi buruk, masuk IKI 1 kan?", 1),
    ("sudah cek laporan e-PPGBM puskesmas tepat waktu, itu IKI 2 kan?", 2),
])
def test_work_told_before_a_tag_question_still_links(text, iki):
    found = _link(text)
    assert found.decision is not Decision.outside and found.candidates[0].number == iki
