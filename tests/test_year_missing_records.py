"""A member asking which of their IKI lack a record (issue 18): «IKI mana yang belum ada realisasinya?», «iki apa aja
yg blm ada catatan bulan ini?» are answered with their own IKI from the records, never a guideline passage; «capaian
saya sudah berapa?» phrased loosely is /capaian."""

from datetime import date

import pytest

from bot.team.view import year_figures
from bot.year.entry_records import MISSING_CATATAN, MISSING_REALISASI, records_asked
from bot.year.line import line
from tests.agreed_year import SKP, agreed_then, sqlite_engine, tap
from tests.talk import said


@pytest.fixture
def engine(tmp_path, at):
    yield from sqlite_engine(tmp_path, at)


def _april(engine, at, *asked: str):
    """The agreed SKP, IKI 1 given a logbook entry in February, then in April (TW I over) the question asked."""
    return agreed_then(engine, at, "2026-02-10T09:00", "hari ini verifikasi 30 berkas usulan kenaikan pangkat",
                       "2026-04-10T09:00", *asked)


@pytest.mark.parametrize("asked", ["IKI mana yang belum ada realisasinya?", "iki yg blm ada realisasi apa aja",
                                   "ada iki yg masih kosong realisasinya ga?", "IKI apa saja yang belum diisi?"])
def test_which_iki_lack_a_realisasi_is_answered_from_the_records(engine, at, asked):
    text = said(_april(engine, at, asked))
    assert text.startswith("IKI yang belum ada realisasinya (sampai 10 April 2026):")
    assert "- IKI 2 «Persentase usulan" in text and "- IKI 3 «Jumlah SK pensiun" in text
    assert "realisasi TW I belum diisi" in text and "Sumber" not in text
    # IKI 1's TW I is only the logbook's sum: said as computed from it, never as filled
    assert "Dihitung dari catatan harian" in text and "- IKI 1 «Jumlah berkas" in text and "TW I 30 berkas" in text
    assert "Sudah ada realisasinya" not in text


def test_which_iki_lack_a_logbook_entry_reads_the_period_asked(engine, at):
    month = said(_april(engine, at, "iki apa aja yg blm ada catatan bulan ini?"))
    assert month.startswith("IKI yang belum ada catatan hariannya (1 Apr–10 Apr):")
    assert all(f"- IKI {n} «" in month for n in (1, 2, 3)) and "Sumber" not in month
    year = said(engine.handle("u1", "IKI mana yang belum ada catatannya?"))
    assert "sejak awal tahun" in year and "- IKI 1" not in year and "- IKI 2" in year and "- IKI 3" in year
    assert "Sudah ada catatannya: IKI 1 (1)." in year


def test_a_line_telling_an_iki_has_no_realisasi_yet_is_no_question():
    for told in ("IKI 2 belum ada realisasi krn datanya telat", "gimana cara isi realisasi iki yg belum ada?"):
        assert records_asked(line(told)) not in (MISSING_REALISASI, MISSING_CATATAN)
    assert records_asked(line("IKI mana yang belum ada catatannya?")) == MISSING_CATATAN


def test_which_iki_lack_a_realisasi_before_the_skp_is_agreed_says_so(engine):
    tap(engine, "u1", engine.handle("u1", f"ini SKP saya:\n{SKP}"), "Simpan semua")
    text = said(engine.handle("u1", "IKI mana yang belum ada realisasinya?"))
    assert "SKP Anda belum ditetapkan, jadi belum ada realisasi" in text and len(engine.state("u1").skp.iki) == 3


@pytest.mark.parametrize("asked", ["capaian gw udh sampe mana", "progress ku berapa", "udah nyampe mana capaian aku?",
                                   "realisasi gw brp persen", "gmn progress iki sy?", "capaian sy aman ga?",
                                   "capaian ku tw 1?", "realisasi sy sdh sesuai target blm?"])
def test_the_own_capaian_asked_loosely_is_shown(engine, at, asked):
    assert "Capaian per IKI" in said(_april(engine, at, asked))


def test_a_question_mark_asks_for_the_records_only_with_no_figure_and_no_rule_asked():
    assert records_asked(line("capaian ku tw 1?")) == "capaian"
    for other in ("capaian saya 85%?", "boleh realisasinya melebihi target?", "kalau capaian saya di bawah target?",
                  "capaian saya sesuai target 85%"):
        assert records_asked(line(other)) is None, other


def test_after_tw_ii_a_figure_computed_from_the_logbook_is_not_a_reported_realisasi(engine, at):
    """Right after the TW II reminder «IKI mana yang belum ada realisasinya?» was «semua sudah ada» because the
    logbook's figures counted as filled (year39 #1): a rate still needs its reported figure, a count's logbook sum is
    said as computed from the logbook, a typed figure is filled, and the button fills the first."""
    replies = agreed_then(engine, at, "2026-01-20T09:00", "IKI 1: 150 dari 600", "2026-04-08T09:00",
                          "IKI 1: 150", "IKI 2: 90%", "IKI 3: 40", "2026-05-12T09:00",
                          "hari ini verifikasi 30 berkas usulan kenaikan pangkat",
                          "2026-05-20T09:00", "hari ini 9 dari 10 usulan kenaikan pangkat ditetapkan tepat pada periode TMT",
                          "c2 ke IKI 2",
                          "2026-06-10T09:00", "hari ini terbit 12 SK pensiun BUP sebelum TMT",
                          "2026-07-01T16:00", "IKI 3 TW II: 45", "IKI mana yang belum ada realisasinya?")
    text = said(replies)
    assert not text.startswith("Semua IKI"), text
    assert "- IKI 2 «Persentase usulan" in text and "realisasi TW II belum diisi (menurut catatan harian: 90%" in text
    assert "Dihitung dari catatan harian" in text and "- IKI 1 «Jumlah berkas" in text and "TW II 30 berkas" in text
    assert "«IKI 1 sesuai catatan»" in text and "Sudah ada realisasinya: IKI 3." in text
    assert [b.data for r in replies for b in r.buttons] == ["year:realisasi:2"]
    engine.handle("u1", "IKI 1 sesuai catatan")  # the logbook's sum kept: reported now
    text = said(engine.handle("u1", "IKI mana yang belum ada realisasinya?"))
    assert "Dihitung dari catatan harian" not in text and "Sudah ada realisasinya: IKI 1, 3." in text


def test_the_leader_reads_the_members_rule_for_a_quarter_left_unreported(engine, at):
    """year40 #1: the leader's /tim counted a count's TW II computed from the logbook as filled while the member was
    told it was not yet kept: both read one rule (bot.year.capaian.unfilled_quarter)."""
    agreed_then(engine, at, "2026-04-08T09:00", "IKI 3: 40", "2026-05-12T09:00",
                "hari ini verifikasi 30 berkas usulan kenaikan pangkat", "2026-07-01T16:00", "IKI 3 TW II: 45")
    state, today = engine.state("u1"), date(2026, 7, 1)
    member = said(engine.handle("u1", "IKI mana yang belum ada realisasinya?"))
    assert "- IKI 1 «Jumlah berkas" in member and "- IKI 2 «Persentase" in member
    assert "Sudah ada realisasinya: IKI 3." in member
    assert year_figures(state.skp, state.year, today)[3] == (2, [0, 1])  # IKI 1's only sum and IKI 2: unfilled
    engine.handle("u1", "IKI 1 sesuai catatan")
    state = engine.state("u1")
    assert year_figures(state.skp, state.year, today)[3] == (2, [1])
    assert "Sudah ada realisasinya: IKI 1, 3." in said(engine.handle("u1", "IKI mana yang belum ada realisasinya?"))


def test_the_quarters_question_names_sesuai_catatan_only_for_a_count_the_logbook_sums(engine, at):
    """year40 #2: «Isi realisasi TW II» suggested «IKI 2 sesuai catatan» where IKI 2 is a percentage (reported, never
    taken from the logbook): the example names a count the logbook has a sum for in that quarter, else none."""
    replies = agreed_then(engine, at, "2026-05-12T09:00",
                          "hari ini 9 dari 10 usulan kenaikan pangkat ditetapkan tepat pada periode TMT", "c1 ke IKI 2",
                          "2026-07-01T16:00", "Isi realisasi TW II")
    assert "Tulis realisasi TW II per IKI" in said(replies) and "sesuai catatan" not in said(replies)
    at("2026-08-12T09:00")
    engine.handle("u1", "hari ini terbit 12 SK pensiun BUP sebelum TMT")
    at("2026-10-01T16:00")
    asked = engine.handle("u1", "Isi realisasi TW III")  # one IKI at a time: «Sesuai catatan» only where it sums
    labels = [[b.label for r in replies for b in r.buttons] for replies in (
        asked, engine.press("u1", "year:realisasi:skip-1"), engine.press("u1", "year:realisasi:skip-2"))]
    assert labels == [["Lewati", "Selesai"], ["Lewati", "Selesai"], ["Sesuai catatan", "Lewati", "Selesai"]], labels
    assert "IKI 3 TW III: 12" in said(engine.press("u1", "year:realisasi:log-3"))


@pytest.mark.parametrize("asked", ["triwulan 1 kemarin sudah diisi belum ya", "tw I sy udh lengkap?"])
def test_whether_a_past_quarter_is_in_is_answered_from_the_records(engine, at, asked):
    # tester56 F7: «TW 1 kmrn udh masuk blm?» got the number of Renstra indicators per tujuan
    replies = _april(engine, at, asked)
    text = said(replies)
    assert text.startswith("IKI yang belum ada realisasinya (sampai 10 April 2026):"), text
    assert "Renstra" not in text and not [e for e in engine.state("u1").year.entries if e.text == asked]
    assert any(b.data == "year:realisasi:1" for r in replies for b in r.buttons)


def test_a_quarters_report_told_is_no_question_about_the_records():
    for told in ("laporan TW 1 udh masuk ke dinas", "laporan tw 2 blm masuk", "TW 1 udh masuk ya"):
        assert records_asked(line(told)) != MISSING_REALISASI, told
