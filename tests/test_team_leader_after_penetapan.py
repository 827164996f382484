"""A leader's side after penetapan, through the real engine on two replicas (tester51 persona 2): the member's IKI as
approved in a perubahan, the leader's requests about a member, what a resubmission changed."""

from bot.models import IkiDraft, Jenis, Pegawai
from bot.team.record import Status
from tests.talk import said
from tests.test_team_chat import LEADER, MEMBER, _five_submitted, _passing_saved_then_ajukan, _perubahan_open


def test_an_iki_approved_in_a_perubahan_reads_ditetapkan_in_the_leaders_view(pair):
    # P2-3: after «ok setujui perubahan» → versi 2, /tim → member said «Status: diubah, belum diajukan ulang»
    _perubahan_open(pair, "arah kebijakan berubah")
    assert "versi 2" in said(pair.say(LEADER, "ok setujui perubahan", replica=1))
    pair.say(LEADER, "/tim", replica=1)
    shown = said(pair.press(LEADER, f"pasang:lihat:{MEMBER}", replica=1))
    assert "belum diajukan ulang" not in shown and "Target: 95%" in shown
    assert "Status: disetujui, ditetapkan (versi 2)" in shown and shown.count("Status: disetujui") == 5


def _andi_agreed_in_two_versions(pair) -> None:
    """Andi's SKP of five IKI set, then his perubahan of IKI 1 approved: versions 1 and 2; the leader has no SKP."""
    _perubahan_open(pair, "arah kebijakan berubah")
    state = pair.state(MEMBER)
    state.skp.pegawai = Pegawai(nama="Andi Saputra, S.Kep")
    pair.store.save(MEMBER, state.model_dump_json())
    pair.say(LEADER, "ok setujui perubahan", replica=1)


def test_skp_versi_from_a_leader_without_an_skp_names_the_members_versions(pair):
    # P2-4: «/skp versi» answered «SKP belum ditetapkan … Ketik /tetapkan» about the leader's own empty SKP
    _andi_agreed_in_two_versions(pair)
    text = said(pair.say(LEADER, "/skp versi", replica=1))
    assert "Andi Saputra, S.Kep: 2 versi" in text and "/skp versi andi" in text and "/tetapkan" not in text
    shown = said(pair.say(LEADER, "/skp versi andi 2", replica=1))
    assert shown.startswith("Versi SKP Andi Saputra") and "SKP versi 2" in shown and "95%" in shown


def test_a_leader_asking_a_members_versions_in_words_gets_them(pair):
    _andi_agreed_in_two_versions(pair)
    text = said(pair.say(LEADER, "liat versi skp andi dong", replica=1))
    assert "Versi 1" in text and "Versi 2" in text and "/skp versi andi 1" in text
    assert "tempel daftar IKI" not in text


def test_a_leader_changing_a_members_target_is_told_the_member_proposes_it(pair):
    _andi_agreed_in_two_versions(pair)
    before = pair.state(LEADER).skp
    text = said(pair.say(LEADER, "sy mau ubah target iki 4 andi jadi 90% krn ada SE direktur", replica=1))
    assert "diajukan oleh Andi Saputra, S.Kep sendiri" in text and "/ubah NOMOR target" in text
    assert "/ajukan" in text and "/tim" in text
    assert pair.state(LEADER).skp == before and pair.state(MEMBER).skp.iki[3].target == "90%"  # nothing changed


def test_ajukan_then_1_submits_the_clean_draft_never_the_line_the_rules_rejected(pair):
    # P2-2: «/ajukan» then «1» picked «Ajukan 6 IKI sesuai daftar», a rejected unweighted line among them
    asked = _passing_saved_then_ajukan(pair, "1. Jumlah jadwal perkuliahan yang disusun - 2 dokumen\n2. Persentase "
                                              "usulan kenaikan pangkat yang ditetapkan tepat waktu - 90%\n"
                                              "3. Nilai IP ASN - 80")
    assert asked.buttons[0].label == "Kirim 2 IKI di draf saja"
    pair.say(MEMBER, "1")
    state = pair.state(MEMBER)
    assert state.team.review.status is Status.diajukan and len(state.skp.iki) == 2
    assert not any(i.indikator.startswith("Jumlah jadwal") for i in state.skp.iki)


def test_a_resubmission_tells_the_leader_what_changed_in_each_iki_with_a_decimal_comma(pair):
    # P2-6: every IKI came again as «menunggu keputusan», no «bobot 22,5% → 18%» nor «teks diubah»; «Bobot: 22.5%»
    _five_submitted(pair)
    buttons = pair.leader_buttons()
    for n in (2, 3):
        pair.decide(buttons["Kembalikan"][n])
        pair.say(LEADER, "perlu diperbaiki dulu ya", replica=1)
    for n in (0, 1, 4):
        pair.decide(buttons["Setujui"][n])
    assert pair.state(MEMBER).team.review.status is Status.dikembalikan
    pair.say(MEMBER, "/ubah 3 teks Persentase dokumen kurikulum tahap 3 yang selesai tepat waktu")
    pair.say(MEMBER, "/ubah 4 bobot 18")
    pair.press(MEMBER, pair.say(MEMBER, "/ajukan")[0].buttons[0].data)
    latest = [d for d in pair.inbox[LEADER] if ":ajukan:" in d.key][-1]
    told = latest.replies[0].text
    assert "Yang berubah sejak pengajuan sebelumnya: IKI 3: teks diubah; IKI 4: bobot 22,5% → 18%." in told
    cards = [r.text for r in latest.replies]
    assert "Sejak pengajuan sebelumnya: bobot 22,5% → 18%" in cards[4] and "Bobot: 18%" in cards[4]
    assert "Bobot: 22,5%" in cards[2] and "22.5" not in "\n".join(cards)
    assert "Sejak pengajuan" not in cards[1]  # an IKI as it was carries no mark


def test_the_leaders_tim_names_an_earlier_empty_quarter_with_the_last_one(pair):
    # P2-7: on 10 July /tim said only «realisasi TW II belum diisi», though TW I was empty too
    pair.pair_up()
    pair.draft(MEMBER, *[IkiDraft(indikator=f"Persentase dokumen tahap {n} yang selesai tepat waktu", target="90%",
                                  rhk=f"Dokumen tahap {n} selesai", jenis=Jenis.core_tusi, bobot=30) for n in (1, 2)],
               IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="80", jenis=Jenis.core_mi, bobot=40))
    pair.press(MEMBER, pair.say(MEMBER, "/ajukan")[0].buttons[0].data)
    pair.decide(pair.leader_buttons()["Setujui semua"][0])
    pair.now = pair.now.replace(month=7, day=10)
    text = said(pair.say(LEADER, "/tim", replica=1))
    assert "realisasi TW I belum diisi: IKI 1, 2; realisasi TW II belum diisi: IKI 1, 2" in text
