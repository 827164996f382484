"""PRIMA step 4: several starting points picked in one message with their targets listed in order are each saved
with their own target, never read as one IKI to check (a played quarter: an instalasi gizi nutritionist)."""

from bot.conversation.several_picks import picked_numbers, several_picked
from tests.talk import prima_at_step_m, said


def _at_proposals(engine, user):
    prima_at_step_m(engine, user, "skrining gizi pasien baru rawat inap, asuhan gizi pasien diet khusus, "
                                  "konseling gizi pasien pulang")
    proposals = engine.state(user).prima.proposals
    assert len(proposals) == 3
    return [p.indikator for p in proposals]


def test_a_range_of_proposals_with_targets_in_order_saves_each(engine):
    shown = _at_proposals(engine, "u")
    replies = engine.handle("u", "pakai usulan 1 sampai 3, targetnya 90%, 85%, 80%")
    saved = engine.state("u").skp.iki
    assert [i.indikator for i in saved] == shown
    assert [i.target for i in saved] == ["90%", "85%", "80%"]
    assert "pakai usulan" not in said(replies).lower()  # never checked as an IKI of its own


def test_picks_name_a_range_all_or_several_numbers_and_nothing_else():
    assert picked_numbers("pakai usulan 1-3", 4) == [0, 1, 2]
    assert picked_numbers("ambil 1, 2 dan 4", 4) == [0, 1, 3]
    assert picked_numbers("pakai semua", 3) == [0, 1, 2]
    assert picked_numbers("pakai usulan 2", 3) is None  # one pick: the usual «pakai usulan N»
    assert picked_numbers("pakai usulan 1 sampai 5", 3) is None  # more than shown
    assert picked_numbers("rapat 1 sampai 3 kali", 3) is None  # no word pointing at the suggestions
    never = lambda part: False  # noqa: E731
    assert several_picked("pakai 1-3, target 90%, 85%", 3, never) is None  # two values for three picks
    assert several_picked("pakai 1-2 target 90%, 10 dokumen", 3, never)[0] == [0, 1]


def test_a_pick_from_a_list_while_the_weight_is_asked_is_a_pick_and_the_weight_asked_again(engine):
    """The lead's trial: under a list shown with its verdicts, «no 3 masukin» at the weight question was taken as
    the weight (3). Lines named by number with a word adding them are saved, and the weight is asked again."""
    from tests.talk import prima_at_step_m

    prima_at_step_m(engine, "u")
    for message in ("Persentase dokumen perencanaan yang selesai tepat waktu, 95%", "80", "TUSI",
                    "Persentase laporan keuangan yang disusun tepat waktu 100%\nJumlah rapat koordinasi 12 kali\n"
                    "Persentase usulan anggaran yang disetujui 90%\nPersentase rekomendasi BPK yang ditindaklanjuti 95%"):
        engine.handle("u", message)
    assert engine.state("u").prima.field == "bobot"
    replies = engine.handle("u", "no 3 masukin")
    state = engine.state("u")
    assert state.skp.iki[0].bobot is None and state.prima.field == "bobot" and "Bobot IKI ini" in said(replies)
    assert state.skp.iki[1].indikator == "Persentase usulan anggaran yang disetujui" and state.skp.iki[1].target == "90%"
    replies = engine.handle("u", "yg no 2 sama 4 jg")  # 2 fails the rules: named, never saved; 4 saved
    state = engine.state("u")
    assert [i.indikator for i in state.skp.iki][2:] == ["Persentase rekomendasi BPK yang ditindaklanjuti"]
    assert state.skp.iki[0].bobot is None and "Baris 2 belum lolos" in said(replies) and "Bobot IKI ini" in said(replies)
    engine.handle("u", "25")  # the weight question still takes its answer
    assert engine.state("u").skp.iki[0].bobot == 25
