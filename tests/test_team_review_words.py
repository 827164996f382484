"""A leader's words during a member's review (tester52 P2-2 … P2-4): a verdict naming an IKI by its own words goes to
that IKI's return note, never into the leader's own draft, even with the review off screen; «setujui yg lain» then
approves the others; «tolong kasih arahan ke andi: …» is umpan balik offered to Andi."""

from bot.models import IkiDraft, Pegawai, SkpDraft
from tests.test_team_chat import LEADER, MEMBER

NOTE = "Dilatih itu kegiatan, ganti: Persentase petugas puskesmas yang lulus post-test pelatihan PANDU PTM, target 80%"


def _waiting(pair) -> None:
    pair.pair_up()
    pair.draft(LEADER, IkiDraft(indikator="Persentase kabupaten/kota yang menerapkan PANDU PTM di puskesmas",
                                target="70%"))
    pair.draft(MEMBER, IkiDraft(indikator="Persentase puskesmas yang melaksanakan skrining hipertensi sesuai standar",
                                target="80%"),
               IkiDraft(indikator="Jumlah petugas puskesmas yang dilatih PANDU PTM", target="200"),
               IkiDraft(indikator="Persentase kabupaten/kota yang melaporkan data PTM tepat waktu", target="90%"))
    pair.review_opened()


def test_a_verdict_naming_an_iki_by_its_words_is_offered_for_that_iki_and_the_rest_approved(pair):
    _waiting(pair)
    offered = pair.say(LEADER, NOTE)
    assert [b.label for r in offered for b in r.buttons] == ["Kembalikan IKI 2", "Periksa sebagai IKI"]
    pair.say(LEADER, "setujui yg lain")
    review = pair.state(MEMBER).team.review
    assert [review.decision(i) and review.decision(i).verdict.value for i in range(3)] == ["setujui", None, "setujui"]
    assert len(pair.state(LEADER).skp.iki) == 1


def test_a_verdict_typed_with_the_review_off_screen_never_lands_in_the_leaders_draft(pair):
    _waiting(pair)
    pair.say(LEADER, "/skp")
    offered = pair.say(LEADER, NOTE)
    assert "Kembalikan IKI 2" in [b.label for r in offered for b in r.buttons]
    assert [i.indikator for i in pair.state(LEADER).skp.iki] == [
        "Persentase kabupaten/kota yang menerapkan PANDU PTM di puskesmas"]


def test_an_arahan_asked_for_a_member_by_name_is_offered_as_feedback(pair):
    pair.pair_up()
    state = pair.state(MEMBER)
    state.skp = SkpDraft(pegawai=Pegawai(nama="Andi Pratama"))
    pair.store.save(MEMBER, state.model_dump_json())
    offered = pair.say(LEADER, "tolong kasih arahan ke andi: IKI 2 dikejar di TW II ya, koordinasi dgn dinkes prov",
                       replica=1)[0]
    assert offered.text.startswith("Kirim pesan ini kepada Andi Pratama sebagai umpan balik?")
    assert "Arahan" in [b.label for b in offered.buttons]


def test_the_kind_typed_again_in_umpanbalik_is_confirmed_and_the_next_text_is_the_feedback(pair):
    pair.pair_up()
    state = pair.state(MEMBER)
    state.skp = SkpDraft(pegawai=Pegawai(nama="Andi Pratama"))
    pair.store.save(MEMBER, state.model_dump_json())
    kinds = pair.say(LEADER, "/umpanbalik", replica=1)[0]
    pair.press(LEADER, next(b.data for b in kinds.buttons if b.label == "Apresiasi"), replica=1)
    said = pair.say(LEADER, "apresiasi", replica=1)[0].text
    assert said.startswith("Jenisnya apresiasi.") and not any("Apresiasi dari atasan" in d.replies[0].text
                                                                for d in pair.inbox[MEMBER])
    text = "Mas Andi, SKP-nya sudah rapi, terima kasih"
    assert "Umpan balik terkirim" in pair.say(LEADER, text, replica=1)[0].text
    assert any(f"Apresiasi dari atasan: {text}" in d.replies[0].text for d in pair.inbox[MEMBER])
    assert pair.state(LEADER).year.entries == []  # never the leader's own logbook line
