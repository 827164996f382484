"""perf31: the audit does each piece of work once where the answer cannot change (a row's place, a text's reading for
SKP-DUPLICATE and SKP-MANDATORY), and skips searches that cannot match; what it gives is what the full work gives."""

import re
from collections import Counter

from bot import knowledge
from bot.audit import checking
from bot.audit.sheet_reading import IkiRow
from bot.lang import decorations
from bot.models import IkiDraft, Jenis, Peran, SkpDraft
from bot.rules import draft_reading, measures, skp_rules


def _counting(monkeypatch, module, name: str) -> list:
    calls: list = []
    original = getattr(module, name)

    def counted(*args):
        calls.append(args)
        return original(*args)

    monkeypatch.setattr(module, name, counted)
    return calls


def _skp(*texts: str) -> SkpDraft:
    return SkpDraft(peran="anggota", iki=[IkiDraft(indikator=t, jenis=Jenis.core_tusi, bobot=100 / len(texts))
                                          for t in texts])


def test_each_text_is_read_once_for_the_served_pair_and_the_mandatory_iki(monkeypatch):
    knowledge.clear()
    norms = _counting(monkeypatch, skp_rules, "conforms_to_norm")
    shared = ("Persentase dokumen keuangan yang diverifikasi sesuai standar", "Jumlah laporan kegiatan yang disusun")
    colleagues = [_skp(*shared, f"Persentase usulan unit {n} yang ditindaklanjuti sesuai SOP") for n in range(5)]
    for skp in colleagues:
        skp_rules.duplicates(skp)
        skp_rules.mandatory_missing(skp)
    assert len(norms) == 2 + 5  # the shared texts once, each own text once
    assert skp_rules.is_mandatory(IkiDraft(indikator="Indeks Profesionalitas ASN (IP ASN)"))
    assert not skp_rules.is_mandatory(IkiDraft(indikator=shared[0]))


def test_a_row_is_keyed_once_and_colleagues_sharing_an_iki_share_its_place(monkeypatch):
    class Pool:
        def apply_async(self, fn, args):
            raise AssertionError("nothing is sent before the batch is full")

    sender = checking.Sender(Pool())
    keys = _counting(monkeypatch, sender, "key")
    text = "Persentase dokumen keuangan yang diverifikasi"
    rows = [IkiRow(n, text, "", "80%", "%", "", "TUSI", "", "", 10 + n) for n in range(3)]
    rows.append(IkiRow(4, text, "", "80%", "%", "", "Core TUSI", "", "", 5))
    rows.append(IkiRow(5, "Jumlah laporan yang disusun", "", 4, "Laporan", "", "TUSI", "", "", 5))
    assert [sender.add(row) for row in rows] == [0, 0, 0, 0, 1]  # other weights, «TUSI» or «Core TUSI»: one IKI
    assert len(keys) == len(rows)


def test_a_draft_without_a_baseline_never_has_its_target_read_for_it(monkeypatch):
    parsed = _counting(monkeypatch, measures, "parse_target")
    assert not measures.looser_than_baseline(IkiDraft(indikator="Persentase sampel yang diperiksa", target="80%"))
    assert parsed == [(None,)]
    assert measures.looser_than_baseline(IkiDraft(indikator="Persentase sampel yang diperiksa", target="80%",
                                                  baseline="90%"))


_TEXTS = ["Persentase dokumen yang sudah di label", "persentase dokumen yg SUDAH DI proses", "belum di\tverifikasi x",
          "Persentase sampel di puskesmas", "sudah di", "di sudah di label", "Dokumen sudah  di  cek ulang",
          "**Persentase laporan**", "Persentase laporan !!", "Persentase laporan!!", "Persentase laporan\n", " x",
          "~ Jumlah SOP ~", "_Jumlah_", "Jumlah laporan tepat waktu", "", "!", "Jumlah laporan 2x24 jam",
          "Sudah di Label", "sdh di label dan blm di cek", "2sudah di label", "sudah2 di label",
          "Persentase sampel ditolak tidak lebih dari 5%", "Persentase sampel ditolak tidak lebih 5%",
          "Waktu tunggu kurang  dari 3 jam", "Persentase foto ulang di bawah 5%", "Jumlah laporan, target: 12 laporan",
          "Jumlah laporan dengan target 12 laporan", "Jumlah laporan sebanyak 12 laporan", "Jumlah TARGETNYA 4",
          "Persentase dokumen yang di proses", "Di Tindak  Lanjuti", "dokumen di-proses", "di proses",
          "laporan di tindaklanjuti di puskesmas", "Persentase imunisasi dasar lengkap (IDL)", "Cakupan imunisasi dasar lengkap ( IDL )", "Indeks (IP ASN)"]


def test_the_prefilters_never_skip_text_their_pattern_matches():
    knowledge.clear()
    edges = re.compile(decorations._EDGE_MARKS.pattern)
    for text in _TEXTS:
        if draft_reading._marked_passive().search(text):
            assert draft_reading._may_mark_passive(text), text
        if edges.search(text):
            assert decorations._at_edges(text), text
        if draft_reading._split_passive().search(text):
            assert draft_reading._may_split_passive(text), text
        if skp_rules._DEFINED.search(text):
            assert skp_rules._BRACKETED_ACRONYM.search(text), text
        if draft_reading._ceiling_tail().search(text):
            assert draft_reading._may_hold_ceiling(text), text
        if draft_reading._target_tail().search(text):
            assert draft_reading._target_words().search(text.lower()), text
    assert not draft_reading._may_mark_passive("Persentase sampel di puskesmas yang diperiksa")
    assert not draft_reading._may_split_passive("Persentase sampel di puskesmas yang diperiksa")
    assert not draft_reading._may_hold_ceiling("Persentase sampel ditolak tidak lebih 5%")
    assert skp_rules._acronyms_defined_in("Indeks (IP ASN) unit") == ()
    assert draft_reading._join_marked("Persentase dokumen yang sudah di label", []) == \
        "Persentase dokumen yang sudah dilabel"
    assert decorations.undecorated("**Persentase laporan**") == "Persentase laporan"


def test_the_export_is_frozen_from_its_reading_to_the_written_report_and_unfrozen_after(tmp_path):
    import gc
    from contextlib import contextmanager

    from bot.audit import run_audit
    from evals.unit_export import write_export

    frozen: dict[str, int] = {}

    @contextmanager
    def progress(label: str, unit: str, total: int | None = None):
        frozen[label] = gc.get_freeze_count()  # as the phase starts

        class Meter:
            def update(self, n: int = 1) -> None:
                pass

        yield Meter()

    source = write_export(tmp_path / "ekspor.xlsx", employees=30, iki_per_employee=5)
    run_audit(source, tmp_path, progress, workers=1)
    assert frozen["membaca"] == 0 and frozen["memeriksa"] > 0 and frozen["menulis"] > 0
    assert gc.get_freeze_count() == 0


def test_checking_makes_no_reference_cycles_so_the_collector_can_wait(tmp_path):
    """A refused value's error holds its validator's traceback and with it the caller's frame: kept in a local it
    made a cycle holding the whole check's data until a full collection. The check pauses the collector."""
    import gc

    from bot.audit.checking import audit
    from bot.audit.sheet_reading import EmployeeRows, ReadingReport

    rows = [IkiRow(2, "Jumlah laporan yang disusun", "", 4, "Laporan", "bukan aspek", "TUSI", "", "", 90),
            IkiRow(3, "Persentase dokumen yang diverifikasi", "", "80%", "%", "", "TUSI", "", "", "sepuluh")]
    employee = EmployeeRows("nip:1", "1", "Ani", "Analis", "Unit A", False, Counter([Peran.anggota]), rows)
    paused = []
    gc.collect()
    gc.disable()
    try:
        result = audit([employee], ReadingReport("x.xlsx"), on_rows=lambda n: paused.append(gc.isenabled()),
                       workers=1)
        assert [r.row for r in result.employees[0].dropped] == [2, 3]
        assert gc.collect() == 0
    finally:
        gc.enable()
    checking._VERDICTS.clear()
    audit([employee], ReadingReport("x.xlsx"), on_rows=lambda n: paused.append(gc.isenabled()), workers=1)
    assert paused and not any(paused) and gc.isenabled()
