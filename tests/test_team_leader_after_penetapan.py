"""A leader's side after penetapan, through the real engine on two replicas (tester51 persona 2): the member's IKI as
approved in a perubahan, the leader's requests about a member, what a resubmission changed."""

from tests.test_team_chat import LEADER, MEMBER, _perubahan_open


def _text(replies) -> str:
    return "\n".join(r.text for r in replies)


def test_an_iki_approved_in_a_perubahan_reads_ditetapkan_in_the_leaders_view(pair):
    # P2-3: after «ok setujui perubahan» → versi 2, /tim → member said «Status: diubah, belum diajukan ulang»
    _perubahan_open(pair, "arah kebijakan berubah")
    assert "versi 2" in _text(pair.say(LEADER, "ok setujui perubahan", replica=1))
    pair.say(LEADER, "/tim", replica=1)
    shown = _text(pair.press(LEADER, f"pasang:lihat:{MEMBER}", replica=1))
    assert "belum diajukan ulang" not in shown and "Target: 95%" in shown
    assert "Status: disetujui, ditetapkan (versi 2)" in shown and shown.count("Status: disetujui") == 5
