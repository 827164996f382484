"""play38: a Core sum past 100% shown in the chat while one IKI's weight was still empty was missing from the export's
«Temuan» sheet (the rule waited for every weight). Every finding /skp shows is in the sheet: one source."""

from datetime import datetime
from io import BytesIO

from openpyxl import load_workbook

from bot.conversation import documents, skp_view
from bot.conversation.state import UserState
from bot.models import IkiDraft, Jenis, SkpDraft
from bot.rules import check_skp


def _skp(weights) -> SkpDraft:
    names = ["resep yang dikaji", "obat yang diserahkan dengan PIO", "keluhan pasien yang ditindaklanjuti",
             "stok obat yang tercatat", "laporan mutu yang diterima"]
    return SkpDraft(iki=[IkiDraft(indikator=f"Persentase {n} tepat waktu", target="90%", jenis=j, bobot=b)
                         for n, (j, b) in zip(names, weights)])


def test_a_core_sum_already_past_its_total_is_found_while_a_weight_is_missing():
    over = _skp([(Jenis.core_tusi, 45), (Jenis.core_tusi, 40), (Jenis.core_tusi, 25), (Jenis.core_tusi, None)])
    assert {"SKP-WEIGHT-MISSING", "SKP-WEIGHT-CORE"} <= {f.rule for f in check_skp(over).findings}
    short = _skp([(Jenis.core_tusi, 30), (Jenis.core_tusi, 20), (Jenis.core_tusi, None)])
    assert "SKP-WEIGHT-CORE" not in {f.rule for f in check_skp(short).findings}  # the missing weight says it
    beyond = _skp([(Jenis.core_tusi, 50), (Jenis.beyond, 25), (Jenis.core_tusi, None)])
    assert "SKP-WEIGHT-BEYOND" in {f.rule for f in check_skp(beyond).findings}


def test_every_finding_the_chat_shows_is_in_the_export_sheet():
    state = UserState(skp=_skp([(Jenis.core_tusi, 60), (Jenis.core_tusi, 50), (Jenis.core_mi, 10),
                                (Jenis.core_tusi, None)]))
    shown = skp_view.view(state)[0].text.split("Temuan:", 1)[1]
    sent = next(r.file for r in documents.export(state, lambda: datetime(2026, 1, 12, 9)) if r.file)
    sheet = load_workbook(BytesIO(sent.data))["Temuan"]
    listed = [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)]
    said = [line.split(" ", 1)[1].split(": ", 1)[-1] if line.strip().startswith("IKI ") else line.split(" ", 1)[1]
            for line in (ln.strip() for ln in shown.splitlines()) if line and line[0] in "✗!i"]
    assert said and "Bobot IKI Core berjumlah 120%" in shown
    for message in said:
        assert any(message in row for row in listed), message
