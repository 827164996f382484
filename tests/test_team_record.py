"""The shared record around the SKP: feedback and replies, dialog kinerja cadence, agenda and catatan the member
confirms, the leader's team view, the weekly digest and the history as people read it."""

import json
from datetime import date, datetime, timedelta

import pytest

from bot.clock import WIB
from bot.lang.dates import add_months, long_date
from bot.models import IkiDraft, SkpDraft
from bot.storage.team import AuditRecord
from bot.team.dialogs import (
    agenda,
    agenda_day,
    cadence_of,
    confirm_dialog,
    next_dialog,
    read_cadence,
    read_catatan,
    record_dialog,
    set_cadence,
)
from bot.team.digest import digest_time, wants_digest, weekly_digest
from bot.team.feedback import give_feedback, read_feedback, reply_feedback
from bot.team.guidance import guidance
from bot.team.history import history_rows, history_text
from bot.team.record import Catatan, LeaderSettings, MemberRecord, Review, Status
from bot.team.results import Refused
from bot.team.review import approve_all, submit
from bot.team.view import MemberInput, team_rows, team_text, unsubmitted_text, weight_issues

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=WIB)  # a Tuesday
SKP = SkpDraft(iki=[IkiDraft(indikator="Persentase laporan monev yang disampaikan tepat waktu", target="90%",
                             jenis="core_tusi", bobot=90),
                    IkiDraft(indikator="Indeks Profesionalitas ASN", target="80", jenis="core_mi", bobot=10)])


def test_the_vocabularies_come_from_knowledge_with_their_sources():
    g = guidance()
    assert [k.id for k in g.feedback] == ["apresiasi", "perlu_perbaikan", "arahan"]
    assert [c.id for c in g.catatan] == ["kebutuhan_diklat", "pengembangan_kompetensi", "penghargaan", "sanksi",
                                         "rekomendasi", "tindak_lanjut", "ringkasan"]  # the last: what was discussed, kept too
    assert [c.months for c in g.cadences] == [1, 2, 3] and g.cadence(g.default_cadence)
    assert [r.id for r in g.reasons] == ["strategi", "struktur", "direktif"]
    assert "HK.02.02/A.3370/2024" in g.reasons_source and g.pairing.valid_days == 7


def test_feedback_on_an_iki_and_the_members_reply_reach_the_other_side():
    kind, index, text = read_feedback("perlu perbaikan 1: lampirkan bukti dukung", SKP)
    given = give_feedback(MemberRecord(), SKP, actor="l", owner="m", pair="p1", kind=kind, text=text, iki=index, now=NOW)
    feedback = given.record.feedback[0]
    assert (feedback.id, feedback.kind, feedback.iki) == ("u1", "perlu_perbaikan", 0)
    assert feedback.iki_text == SKP.iki[0].indikator and given.entries[0].after["iki"] == 1
    assert given.notices[0].to == "anggota" and "Perlu perbaikan dari atasan untuk IKI 1" in given.notices[0].text
    replied = reply_feedback(given.record, SKP, owner="m", feedback_id="u1", text="Siap, saya lengkapi", now=NOW)
    assert replied.record.feedback[0].reply == "Siap, saya lengkapi" and replied.notices[0].to == "atasan"
    assert replied.entries[0].actor_role == "anggota"
    with pytest.raises(Refused, match="sudah Anda balas"):
        reply_feedback(replied.record, SKP, owner="m", feedback_id="u1", text="lagi", now=NOW)
    with pytest.raises(Refused, match="tidak ada"):
        reply_feedback(replied.record, SKP, owner="m", feedback_id="u9", text="x", now=NOW)
    general = give_feedback(replied.record, SKP, actor="l", owner="m", pair="p1", kind="arahan", text="Fokus TW II",
                            iki=None, now=NOW)
    assert general.record.feedback[1].id == "u2" and general.record.feedback[1].iki is None


def test_feedback_that_cannot_be_read_says_how_to_write_it():
    with pytest.raises(Refused, match="apresiasi, perlu perbaikan, arahan"):
        read_feedback("bagus sekali", SKP)
    with pytest.raises(Refused, match="IKI nomor 7 tidak ada"):
        read_feedback("apresiasi 7 mantap", SKP)
    with pytest.raises(Refused, match="isi umpan baliknya"):
        give_feedback(MemberRecord(), SKP, actor="l", owner="m", pair="p", kind="arahan", text=" ", iki=None, now=NOW)
    with pytest.raises(Refused, match="tiga"):
        give_feedback(MemberRecord(), SKP, actor="l", owner="m", pair="p", kind="teguran", text="x", iki=None, now=NOW)


def test_cadence_per_member_overrides_the_team_and_sets_the_next_dialog():
    record = MemberRecord()
    team = LeaderSettings(cadence="bulanan")
    assert cadence_of(record, LeaderSettings()).id == guidance().default_cadence
    assert cadence_of(record, team).id == "bulanan"
    assert next_dialog(record, team, date(2026, 1, 31)) == date(2026, 2, 28)
    set_ = set_cadence(record, SKP, actor="l", owner="m", cadence="triwulan", now=NOW)
    assert cadence_of(set_.record, team).id == "triwulan" and "per triwulan" in set_.notices[0].text
    held = record_dialog(set_.record, SKP, actor="l", owner="m", pair="p", held_on=date(2026, 3, 2),
                         catatan=[Catatan(category="tindak_lanjut", text="Lengkapi data")], now=NOW).record
    assert next_dialog(held, team, date(2026, 1, 5)) == date(2026, 6, 2)
    assert agenda_day(date(2026, 6, 2)) == date(2026, 5, 31)
    assert read_cadence("Dua bulan sekali").id == "dua_bulanan" and read_cadence("bulanan").id == "bulanan"
    with pytest.raises(Refused, match="sebulan sekali"):
        read_cadence("mingguan")
    with pytest.raises(Refused):
        set_cadence(record, SKP, actor="l", owner="m", cadence="harian", now=NOW)


def test_the_first_dialog_counts_from_penetapan():
    record = approve_all(submit(MemberRecord(), SKP, owner="m", now=NOW).record, SKP, actor="l", owner="m", round=1,
                         now=NOW).record
    assert next_dialog(record, LeaderSettings(cadence="bulanan"), date(2026, 1, 1)) == date(2026, 4, 10)


def test_catatan_in_the_guidance_categories_are_recorded_and_confirmed_once():
    catatan = read_catatan("Diklat: pelatihan analisis data\nPenghargaan: pegawai teladan TW I; tindak lanjut: "
                           "laporan TW II dilengkapi")
    assert [c.category for c in catatan] == ["kebutuhan_diklat", "penghargaan", "tindak_lanjut"]
    with pytest.raises(Refused, match="kebutuhan diklat, pengembangan kompetensi, penghargaan, sanksi, rekomendasi, tindak lanjut"):
        read_catatan("rapat berjalan baik")
    with pytest.raises(Refused, match="belum lewat"):
        record_dialog(MemberRecord(), SKP, actor="l", owner="m", pair="p", held_on=NOW.date() + timedelta(days=1),
                      catatan=catatan, now=NOW)
    recorded = record_dialog(MemberRecord(), SKP, actor="l", owner="m", pair="p", held_on=date(2026, 3, 9),
                             catatan=catatan, now=NOW)
    dialog = recorded.record.dialogs[0]
    assert dialog.id == "d1" and dialog.read_at is None
    assert "- Kebutuhan diklat: pelatihan analisis data" in recorded.notices[0].text
    assert recorded.entries[0].after["catatan"][1] == {"kategori": "penghargaan", "isi": "pegawai teladan TW I"}
    read = confirm_dialog(recorded.record, SKP, owner="m", dialog_id="d1", now=NOW)
    assert read.record.dialogs[0].read_at == NOW and read.notices[0].to == "atasan"
    with pytest.raises(Refused, match="sudah Anda konfirmasi"):
        confirm_dialog(read.record, SKP, owner="m", dialog_id="d1", now=NOW)


def test_the_agenda_lists_done_behind_feedback_since_the_last_dialog_and_open_questions():
    record = give_feedback(MemberRecord(), SKP, actor="l", owner="m", pair="p", kind="apresiasi", text="Lama",
                           iki=None, now=NOW - timedelta(days=40)).record
    record = record_dialog(record, SKP, actor="l", owner="m", pair="p", held_on=date(2026, 2, 1),
                           catatan=[Catatan(category="sanksi", text="Teguran lisan")], now=NOW - timedelta(days=37)).record
    record = give_feedback(record, SKP, actor="l", owner="m", pair="p", kind="arahan", text="Percepat input data",
                           iki=0, now=NOW).record
    text = agenda(record, SKP, dialog_on=date(2026, 4, 1), done=["12 Mar: input 40 sampel"], behind=[1])
    assert text.startswith("Agenda dialog kinerja 1 April 2026 (dialog sebelumnya 1 Februari 2026):")
    assert "12 Mar: input 40 sampel" in text and "IKI 2 «Indeks Profesionalitas ASN» di bawah trajektori" in text
    assert "Percepat input data" in text and "Lama" not in text.split("3. ")[1].split("4. ")[0]
    assert "umpan balik u2" in text and "catatan dialog 1 Februari 2026 belum dikonfirmasi" in text
    plain = agenda(MemberRecord(), SKP, dialog_on=date(2026, 4, 1))
    assert "belum ada catatan harian" in plain and "belum dihitung" in plain and "   - tidak ada" in plain


def member(name: str, skp: SkpDraft, record: MemberRecord, **extra) -> MemberInput:
    return MemberInput(member=name.lower(), name=name, skp=skp, record=record, started=date(2026, 1, 5), **extra)


def test_the_team_view_keeps_the_pairing_order_says_what_waits_and_flags_weights():
    off = SKP.model_copy(update={"iki": [SKP.iki[0].model_copy(update={"bobot": 70}), SKP.iki[1]]})
    waiting = submit(MemberRecord(), SKP, owner="budi", now=NOW).record
    members = [member("Ani", off, MemberRecord(), days_since_logbook=9, behind=[0], behind_said="di bawah trajektori"),
               member("Budi", SKP, waiting), member("Citra", SKP, MemberRecord(cadence="bulanan"))]
    rows = team_rows(members, LeaderSettings(cadence="triwulan"), date(2026, 3, 10))
    assert [r.name for r in rows] == ["Ani", "Budi", "Citra"]  # pairing order: a member keeps their number
    ani, budi, citra = rows
    assert budi.waiting and budi.status is Status.diajukan and budi.weights == []
    assert citra.dialog_late and citra.next_dialog == date(2026, 2, 5)
    assert ani.weights and "Core berjumlah 80%" in ani.weights[0] and weight_issues(SKP) == []
    text = team_text(rows)
    assert text.startswith("Tim Anda: 3 anggota, 1 menunggu keputusan Anda.")
    assert "2. Budi: diajukan, menunggu keputusan Anda" in text
    assert "Ani: draf; bobot belum sesuai;" in text and "catatan harian terakhir 9 hari lalu" in text
    assert "IKI di bawah trajektori: 1" in text and "dialog kinerja terlambat, jadwalnya 5 Februari 2026" in text
    assert "Belum ada anggota tim" in team_text([])


def test_the_team_view_says_since_when_each_member_waits_and_names_the_longest_waiting_first():
    """/tim: «menunggu keputusan Anda sejak 3 Feb» from the review's own dates; the head names those waiting, the
    longest waiting first, while the rows keep the pairing order (a member keeps their number)."""
    late = submit(MemberRecord(), SKP, owner="budi", now=datetime(2026, 2, 3, 8, 0, tzinfo=WIB)).record
    early = approve_all(submit(MemberRecord(), SKP, owner="citra", now=datetime(2026, 1, 6, 8, 0, tzinfo=WIB)).record,
                        SKP, actor="l", owner="citra", round=1, now=datetime(2026, 1, 7, 8, 0, tzinfo=WIB)).record
    changed = SKP.model_copy(update={"iki": [SKP.iki[0].model_copy(update={"target": "85%"}), SKP.iki[1]]})
    early = submit(early, changed, owner="citra", now=datetime(2026, 1, 20, 9, 0, tzinfo=WIB), reason="direktif",
                   note="Tugas baru").record
    rows = team_rows([member("Ani", SKP, MemberRecord()), member("Budi", SKP, late), member("Citra", changed, early)],
                     LeaderSettings(), date(2026, 2, 10))
    assert [r.name for r in rows] == ["Ani", "Budi", "Citra"]
    assert [r.waiting_since for r in rows] == [None, date(2026, 2, 3), date(2026, 1, 20)]
    text = team_text(rows)
    assert text.splitlines()[0] == ("Tim Anda: 3 anggota, 2 menunggu keputusan Anda. Yang terlama menunggu lebih dulu: "
                                    "Citra (perubahan, sejak 20 Jan), Budi (sejak 3 Feb).")
    assert "2. Budi: diajukan, menunggu keputusan Anda sejak 3 Feb;" in text
    assert "3. Citra: perubahan diajukan, menunggu keputusan Anda sejak 20 Jan;" in text
    assert "sejak" not in text.splitlines()[1]  # Ani waits for nothing


def test_whose_skp_is_not_submitted_names_drafts_and_returns_never_those_waiting_or_set():
    waiting = submit(MemberRecord(), SKP, owner="budi", now=datetime(2026, 2, 3, 8, 0, tzinfo=WIB)).record
    returned = MemberRecord(review=Review(status=Status.dikembalikan, round=1))
    members = [member("Ani Lestari", SkpDraft(), MemberRecord()), member("Budi", SKP, waiting),
               member("Citra", SKP, returned), member("Dodi", SKP, MemberRecord(review=Review(status=Status.ditetapkan)))]
    text = unsubmitted_text(members, team_rows(members, LeaderSettings(), date(2026, 2, 10)))
    assert text.splitlines()[:3] == ["Belum mengajukan SKP (2 dari 4 anggota):",
                                     "- Ani Lestari: belum pernah diajukan (draf masih kosong)",
                                     "- Citra: dikembalikan, belum diajukan ulang (2 IKI di draf)"]
    assert "Menunggu keputusan Anda: Budi (sejak 3 Feb)." in text and "Sudah ditetapkan: Dodi." in text
    assert "«Ani, tolong ajukan SKP-nya" in text
    done = [member("Budi", SKP, waiting)]
    assert unsubmitted_text(done, team_rows(done, LeaderSettings(), date(2026, 2, 10))).startswith(
        "Semua 1 anggota sudah mengajukan SKP-nya.")


def test_a_leader_with_many_members_gets_one_weekly_digest():
    many = guidance().digest.members_from
    assert wants_digest(LeaderSettings(), many) and not wants_digest(LeaderSettings(), many - 1)
    assert wants_digest(LeaderSettings(digest="ya"), 1) and not wants_digest(LeaderSettings(digest="tidak"), 50)
    due = digest_time(NOW)
    assert (due.weekday(), due.hour, due.date()) == (guidance().digest.weekday, guidance().digest.hour, date(2026, 3, 9))
    waiting = submit(MemberRecord(), SKP, owner="budi", now=NOW).record
    rows = team_rows([member("Budi", SKP, waiting), member("Ani", SKP, MemberRecord(), days_since_logbook=10)],
                     LeaderSettings(), date(2026, 3, 10))

    def record(action: str) -> AuditRecord:
        return AuditRecord("k", 1, "a", "anggota", action, {}, {}, NOW.timestamp(), None)

    digest = weekly_digest("l1", rows, {"budi": [record("ajukan"), record("balas_umpan_balik")], "ani": []}, NOW)
    assert digest.key == "ringkasan:l1:2026-W11" and digest.due == due
    assert "2 anggota" in digest.text and "Menunggu keputusan Anda, yang terlama lebih dulu: Budi (sejak 10 Mar)." \
        in digest.text
    assert "1 SKP diajukan, 1 balasan umpan balik" in digest.text and "Tanpa catatan harian sepekan" in digest.text
    assert weekly_digest("l1", rows, {}, NOW + timedelta(days=3)).key == digest.key  # once per week
    assert len(digest.text.splitlines()) <= 10


def test_the_history_names_the_reader_and_roles_only():
    records = [AuditRecord("k", 1, "me", "atasan", "kembalikan", {"iki": 2, "target": "80%"},
                           {"keputusan": "kembalikan", "catatan": "Perjelas"}, NOW.timestamp(), "1:1"),
               AuditRecord("k", 2, "other", "anggota", "ajukan", {"status": "dikembalikan"}, {"status": "diajukan"},
                           NOW.timestamp() + 60, "ajukan:2")]
    rows = history_rows(records, "me")
    assert rows[0] == ("2026-03-10 10:00", "Anda", "IKI 2 dikembalikan", "IKI nomor 2; target 80%",
                       "catatan: Perjelas")
    assert rows[1][1] == "anggota"
    text = history_text(records, None, last=1)
    assert text.startswith("Riwayat SKP (2 catatan, 1 terakhir):") and "SKP diajukan" in text
    assert history_text([], None) == "Belum ada riwayat keputusan untuk SKP ini."
    # Said in Indonesian, never a Python flag or a raw key (tester11 #18)
    said = history_rows([AuditRecord("k", 3, "other", "atasan", "setujui", {"iki": 1},
                                     {"keputusan": "setujui", "target": "80%", "sekaligus": True}, NOW.timestamp(), "1:0"),
                         AuditRecord("k", 4, "other", "anggota", "ajukan", {"status": "draf"},
                                     {"status": "perubahan_diajukan", "putaran": 1, "iki": 5, "alasan": "direktif"},
                                     NOW.timestamp(), "ajukan:1")], None)
    assert said[0][4] == "target 80%; lewat «Setujui semua»"
    assert said[1][4] == ("status perubahan diajukan; putaran ke-1; 5 IKI; alasan: Penugasan baru yang mendesak "
                          "(direktif pimpinan)")


def test_dates_read_as_indonesians_write_them():
    assert long_date(date(2026, 2, 8)) == "8 Februari 2026"
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28) and add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_a_ketua_tims_mpph_gives_each_member_an_invite_with_their_parts_and_iki():
    from bot.skp.mpph import check_mpph
    from bot.team.pairing import code_text, confirm_text, deep_link, invites_from_mpph
    from tests.test_mpph import example

    draft = example("mpph_sbbl")
    result = check_mpph(draft)
    invites = invites_from_mpph(draft, result)
    assert invites and {i.nama for i in invites} <= {p.nama for p in draft.tim}
    for invite in invites:
        assert [p.iki for p in invite.parts] == result.member_iki[invite.nama]
        assert all(p.indikator in {i.indikator for i in draft.indikator} for p in invite.parts)
    link = deep_link("@asisten_iki_bot", "kode123")
    assert link == "https://t.me/asisten_iki_bot?start=kode123"
    assert link in code_text("kode123", link) and "7 hari" in code_text("kode123", None)
    from bot.storage.team import CodeInfo, Redemption

    invite = Redemption("ok", CodeInfo("ketua", None, "Budi", "{}", 0.0))
    assert "undangan Ketua Tim untuk Budi" in confirm_text(invite)
    assert "menjadi atasannya" in confirm_text(Redemption("ok", CodeInfo("m", "m", "", "", 0.0)))


def test_the_history_shows_a_dialog_note_under_its_labels_and_who_read_it():
    # tester19 #19: «catatan: …: ringkasan, …: kebutuhan_diklat» and «catatan dialog dibaca: -».
    catatan = [Catatan(category="ringkasan", text="TW I blm ada catatan harian"),
               Catatan(category="kebutuhan_diklat", text="pelatihan biosafety lab BSL-2")]
    held = record_dialog(MemberRecord(), SKP, actor="l", owner="m", pair="p", held_on=date(2026, 3, 2),
                         catatan=catatan, now=NOW)
    read = confirm_dialog(held.record, SKP, owner="m", dialog_id="d1", now=NOW + timedelta(hours=1))
    kept = lambda data: json.loads(json.dumps(data, sort_keys=True))  # noqa: E731 - as the store keeps it
    records = [AuditRecord("k", i, e.actor, e.actor_role, e.action, kept(e.before), kept(e.after), e.at, e.ref)
               for i, e in enumerate(held.entries + read.entries)]
    text = history_text(records, "m")
    label = guidance().category("ringkasan").label
    assert (f"catatan dialog kinerja: {label}: TW I blm ada catatan harian · "
            "Kebutuhan diklat: pelatihan biosafety lab BSL-2; tanggal 2 Maret 2026") in text
    assert "kebutuhan_diklat" not in text and "catatan dialog dibaca oleh Anda" in text
