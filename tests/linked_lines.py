"""Logbook lines read as the chat reads them (bot.year.logbook, each earlier line kept as the chat keeps it), for the
linking tests of one set's shapes: an immunisation surveillance officer's SKP and a Wednesday to read them on."""

from datetime import date, datetime, timedelta

from bot.models import IkiDraft, SkpDraft
from bot.year.logbook import add_entry, read_entry
from bot.year.models import YearState

SURVEI = SkpDraft(iki=[
    IkiDraft(indikator="Jumlah rapat koordinasi lintas program yang difasilitasi", target="12", satuan="rapat"),
    IkiDraft(indikator="Jumlah laporan evaluasi imunisasi kejar yang disusun", target="4", satuan="laporan"),
    IkiDraft(indikator="Jumlah puskesmas yang disupervisi pencatatan imunisasi", target="30", satuan="puskesmas"),
    IkiDraft(indikator="Persentase desa UCI", target="90%"),
    IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80")])
TODAY = date(2026, 3, 18)  # a Wednesday


def read_lines(*lines: str, skp: SkpDraft = SURVEI):
    """Each line read on TODAY and kept as the chat keeps it (a question answered with its first offer); the
    reading of the last."""
    year, reading = YearState(), None
    for k, text in enumerate(lines):
        reading = read_entry(text, TODAY, skp, earlier=year.entries)
        year, _ = add_entry(year, reading, datetime(2026, 3, 18, 9, 0) + timedelta(minutes=k))
    return reading
