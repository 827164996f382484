"""Two-person conversations through the real engine (a leader and members on two replicas over one store), written
for issue 18's leader side and the member's questions about their year: each a short exchange from both sides."""

from datetime import datetime

from bot.clock import WIB
from bot.models import IkiDraft, Jenis, Pegawai
from bot.team.record import Status
from tests.test_team_chat import LEADER, MEMBER, STRANGER, agreed_with_one_figure

SECOND = STRANGER  # a second member of the same leader


def _named(pair, user: str, name: str) -> None:
    state = pair.state(user)
    state.skp.pegawai = Pegawai(nama=name)
    pair.store.save(user, state.model_dump_json())


def _paired_second(pair) -> None:
    code = pair.say(SECOND, "/atasan")[0].text.split()[4]
    pair.press(LEADER, pair.say(LEADER, f"/start {code}", replica=1)[0].buttons[0].data, replica=1)


def _text(replies) -> str:
    return "\n".join(r.text for r in replies)


def _skp(prefix: str) -> list[IkiDraft]:
    return [IkiDraft(indikator=f"Persentase {prefix} tahap {n} yang selesai tepat waktu", target="90%",
                     rhk=f"{prefix.capitalize()} tahap {n} selesai", jenis=Jenis.core_tusi, bobot=30) for n in (1, 2, 3)]


def test_the_leader_sees_who_waited_longest_and_settles_that_skp_all_but_one(pair):
    """Rina submits on 20 January, Budi on 3 February: /tim names Rina first as waiting longest; the leader approves
    «semua kecuali no 2» on Rina's SKP, then returns IKI 2 with a note; Rina reads why."""
    pair.pair_up()
    _paired_second(pair)
    pair.draft(MEMBER, *_skp("dokumen"))
    pair.draft(SECOND, *_skp("laporan"))
    _named(pair, MEMBER, "Rina Wati")
    _named(pair, SECOND, "Budi Santoso")
    pair.now = datetime(2026, 1, 20, 9, 0, tzinfo=WIB)
    pair.press(MEMBER, pair.say(MEMBER, "/ajukan")[0].buttons[0].data)
    pair.now = datetime(2026, 2, 3, 9, 0, tzinfo=WIB)
    pair.press(SECOND, pair.say(SECOND, "/ajukan")[0].buttons[0].data)
    pair.now = datetime(2026, 2, 5, 9, 0, tzinfo=WIB)
    team = pair.say(LEADER, "/tim", replica=1)
    assert team[0].text.startswith("Tim Anda: 2 anggota, 2 menunggu keputusan Anda. Yang terlama menunggu lebih dulu: "
                                   "Rina Wati (sejak 20 Jan), Budi Santoso (sejak 3 Feb).")
    pair.press(LEADER, f"pasang:lihat:{MEMBER}", replica=1)
    pair.say(LEADER, "semua kecuali no 2", replica=1)
    returned = pair.say(LEADER, "kembalikan iki 2, targetnya samakan dgn PK tim 95%", replica=1)
    assert "«targetnya samakan dgn PK tim 95%»" in returned[0].text  # taken as typed, no second tap
    review = pair.state(MEMBER).team.review
    assert review.status is Status.dikembalikan and review.decision(0).verdict.value == "setujui"
    assert pair.state(SECOND).team.review.decisions == []  # Budi's SKP untouched
    why = _text(pair.say(MEMBER, "knp dikembalikan ya?"))
    assert "targetnya samakan dgn PK tim 95%" in why and "Sumber" not in why


def test_the_leader_asks_who_has_not_submitted_nudges_that_member_and_asks_again(pair):
    """Budi has not submitted: «siapa yg blm ngajuin?» names him; the leader's note by name reaches him as umpan balik;
    once he submits, nobody is left."""
    pair.pair_up()
    _paired_second(pair)
    pair.submit()
    pair.draft(SECOND, *_skp("laporan"))
    _named(pair, MEMBER, "Rina Wati")
    _named(pair, SECOND, "Budi Santoso")
    told = _text(pair.say(LEADER, "siapa yg blm ngajuin?", replica=1))
    assert "- Budi Santoso: belum pernah diajukan (3 IKI di draf)" in told and "Rina Wati (sejak 12 Jan)" in told
    offered = pair.say(LEADER, "Budi, tolong ajukan SKP-nya minggu ini ya", replica=1)
    pair.press(LEADER, next(b for r in offered for b in r.buttons if b.label == "Arahan").data, replica=1)
    assert any("tolong ajukan SKP-nya minggu ini" in d.replies[0].text for d in pair.inbox[SECOND])
    pair.press(SECOND, pair.say(SECOND, "/ajukan")[0].buttons[0].data)
    assert _text(pair.say(LEADER, "siapa aja yang belum mengajukan SKP", replica=1)).startswith(
        "Semua 2 anggota sudah mengajukan SKP-nya.")


def test_the_member_and_the_leader_read_the_same_missing_realisasi(pair):
    """The SKP set by the leader; in April the member asks which IKI lack a realisasi and the leader asks who has not
    reported: both name IKI 2, from the same record, and IKI 3 (IP ASN, a yearly score) is never chased before TW IV."""
    agreed_with_one_figure(pair)
    own = _text(pair.say(MEMBER, "iki mana aja yg blm ada realisasinya?"))
    assert "- IKI 2 «Persentase laporan keuangan" in own and "realisasi TW I belum diisi" in own
    assert "- IKI 3 «Nilai Indeks Profesionalitas ASN»: nilai tahunan, diisi di TW IV" in own
    assert "- IKI 1" not in own and "Sumber" not in own
    leader = pair.say(LEADER, "siapa yg belum isi realisasi?", replica=1)[0].text
    assert "realisasi TW I belum diisi untuk IKI 2\n" in leader
