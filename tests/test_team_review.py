"""The SKP's review as a state machine: submit, per-IKI decisions, approve-all, penetapan with its date, returned
IKI fixed and resubmitted, perubahan after penetapan with a reason from the guidance, and versions."""

from datetime import date, datetime, timedelta

import pytest

from bot.clock import WIB
from bot.models import IkiDraft, SkpDraft
from bot.team.guidance import guidance
from bot.team.record import MemberRecord, Status, Verdict
from bot.team.results import Applied, Refused, address
from bot.team.review import (
    approve_all,
    approve_change,
    changes,
    decide,
    edit_refusal,
    fingerprint,
    fixed_returns,
    iki_state,
    return_change,
    returned_comment,
    status_text,
    submit,
    withdraw,
)
from bot.team.review_items import review_items

NOW = datetime(2026, 1, 20, 9, 0, tzinfo=WIB)


def skp_of(*targets: str) -> SkpDraft:
    return SkpDraft(iki=[IkiDraft(indikator=f"Persentase dokumen {n + 1} yang diselesaikan tepat waktu",
                                  rhk=f"Terselesaikannya dokumen {n + 1}", target=t, jenis="core_tusi", bobot=20)
                         for n, t in enumerate(targets)])


def submitted(skp: SkpDraft) -> MemberRecord:
    return submit(MemberRecord(), skp, owner="m", now=NOW).record


def verdict(record: MemberRecord, skp: SkpDraft, index: int, kind: Verdict, **words) -> Applied:
    return decide(record, skp, actor="l", owner="m", index=index, verdict=kind, round=record.review.round,
                  fingerprint_seen=fingerprint(skp.iki[index]), now=NOW + timedelta(days=1), **words)


def test_a_submission_waits_for_the_leader_and_tells_them():
    skp = skp_of("90%", "80%")
    applied = submit(MemberRecord(), skp, owner="m", now=NOW)
    review = applied.record.review
    assert (review.status, review.round, review.submitted_at) == (Status.diajukan, 1, NOW)
    assert [(e.action, e.actor_role, e.ref) for e in applied.entries] == [("ajukan", "anggota", "ajukan:1")]
    assert applied.notices[0].to == "atasan" and "2 IKI" in applied.notices[0].text
    assert "diajukan pada 20 Januari 2026; 0 dari 2" in status_text(review, skp)
    with pytest.raises(Refused, match="Tunggu keputusan atasan"):
        submit(applied.record, skp, owner="m", now=NOW)
    with pytest.raises(Refused, match="belum berisi IKI"):
        submit(MemberRecord(), SkpDraft(), owner="m", now=NOW)


def test_every_iki_approved_sets_the_skp_with_the_date():
    skp = skp_of("90%", "80%")
    record = submitted(skp)
    first = verdict(record, skp, 0, Verdict.setujui)
    assert first.record.review.status is Status.diajukan and iki_state(first.record.review, skp, 0) == "disetujui"
    assert "Atasan menyetujui IKI nomor 1" in first.notices[0].text
    last = verdict(first.record, skp, 1, Verdict.setujui)
    review = last.record.review
    assert review.status is Status.ditetapkan and review.in_force.number == 1
    assert review.in_force.on == date(2026, 1, 21) and review.in_force.skp == skp
    assert [e.action for e in last.entries] == ["setujui", "ditetapkan"]
    assert "ditetapkan atasan pada 21 Januari 2026 (versi 1)" in last.notices[-1].text
    assert status_text(review, skp) == "Status SKP: ditetapkan pada 21 Januari 2026 (versi 1)."


def test_a_returned_iki_carries_its_comment_to_ubah_and_a_resubmission_keeps_other_approvals():
    skp = skp_of("90%", "80%", "70%")
    record = submitted(skp)
    returned = verdict(record, skp, 1, Verdict.kembalikan, comment="Tambahkan batas waktu")
    assert "dengan catatan: Tambahkan batas waktu" in returned.notices[0].text and "/ubah 2" in returned.notices[0].text
    assert returned_comment(returned.record.review, 1) == "Tambahkan batas waktu"
    with pytest.raises(Refused, match="catatan"):
        verdict(record, skp, 1, Verdict.kembalikan, comment="  ")
    done = approve_all(returned.record, skp, actor="l", owner="m", round=1, now=NOW)
    review = done.record.review
    assert review.status is Status.dikembalikan  # approve-all does not overturn a return
    assert [e.action for e in done.entries] == ["setujui", "setujui", "dikembalikan"]
    assert "IKI nomor 2 dikembalikan" in done.notices[-1].text and "IKI nomor 2" in status_text(review, skp)
    # The member fixes IKI 2 (and may edit freely while dikembalikan), then resubmits.
    assert edit_refusal(review, 1) is None and edit_refusal(review, None) is None
    fixed = skp.model_copy(update={"iki": [skp.iki[0], skp.iki[1].model_copy(update={"indikator": "Persentase dokumen 2 "
                                                                                    "yang diselesaikan paling lambat H+5"}),
                                            skp.iki[2]]})
    assert iki_state(review, fixed, 1) == "diubah, belum diajukan ulang"
    again = submit(done.record, fixed, owner="m", now=NOW + timedelta(days=2))
    review = again.record.review
    assert review.round == 2 and [d.index for d in review.decisions] == [0, 2]  # unchanged approvals carried
    assert "2 di antaranya sudah Anda setujui" in again.notices[0].text
    final = verdict(again.record, fixed, 1, Verdict.setujui)
    assert final.record.review.status is Status.ditetapkan


def test_ubah_target_sets_the_new_value_with_a_reason_and_approves():
    skp = skp_of("90%")
    record = submitted(skp)
    with pytest.raises(Refused, match="tidak terbaca"):
        verdict(record, skp, 0, Verdict.ubah_target, comment="PK", target="banyak")
    with pytest.raises(Refused, match="alasan"):
        verdict(record, skp, 0, Verdict.ubah_target, target="95%")
    applied = verdict(record, skp, 0, Verdict.ubah_target, comment="Sesuai PK unit", target="95%")
    assert applied.skp.iki[0].target == "95%" and skp.iki[0].target == "90%"
    assert applied.record.review.status is Status.ditetapkan and applied.record.review.in_force.skp == applied.skp
    assert "dari 90% menjadi 95%" in applied.notices[0].text and "Sesuai PK unit" in applied.notices[0].text
    assert applied.entries[0].before["target"] == "90%" and applied.entries[0].after["target"] == "95%"


def test_a_decision_is_taken_once_and_only_on_the_iki_the_leader_saw():
    skp = skp_of("90%", "80%")
    record = submitted(skp)
    once = verdict(record, skp, 0, Verdict.setujui)
    with pytest.raises(Refused, match="sudah diputuskan"):
        verdict(once.record, skp, 0, Verdict.kembalikan, comment="x")  # a replay or a second press
    with pytest.raises(Refused, match="sudah diubah"):
        decide(once.record, skp, actor="l", owner="m", index=1, verdict=Verdict.setujui, round=1,
               fingerprint_seen=fingerprint(skp.iki[0]), now=NOW)
    with pytest.raises(Refused, match="pengajuan SKP sebelumnya"):
        decide(once.record, skp, actor="l", owner="m", index=1, verdict=Verdict.setujui, round=0,
               fingerprint_seen=fingerprint(skp.iki[1]), now=NOW)
    with pytest.raises(Refused, match="tidak ada"):
        decide(once.record, skp, actor="l", owner="m", index=5, verdict=Verdict.setujui, round=1,
               fingerprint_seen="00000000", now=NOW)
    with pytest.raises(Refused, match="tidak sedang menunggu"):
        verdict(MemberRecord(), skp, 0, Verdict.setujui)


def test_while_the_leader_reviews_the_member_may_fix_only_a_returned_iki_or_withdraw():
    skp = skp_of("90%", "80%")
    record = verdict(submitted(skp), skp, 1, Verdict.kembalikan, comment="Perjelas").record
    assert "sedang ditinjau" in edit_refusal(record.review, 0) and "sedang ditinjau" in edit_refusal(record.review)
    assert edit_refusal(record.review, 1) is None
    with pytest.raises(Refused, match="perbaiki dengan /ubah 2, lalu ajukan ulang dengan /ajukan"):
        submit(record, skp, owner="m", now=NOW)  # returned but not fixed yet: nothing to send again
    fixed = skp.model_copy(update={"iki": [skp.iki[0], skp.iki[1].model_copy(update={"target": "95%"})]})
    assert fixed_returns(record.review, fixed) == [1] and fixed_returns(record.review, skp) == []
    again = submit(record, fixed, owner="m", now=NOW)  # the fixed IKI goes back without withdrawing the rest
    assert (again.record.review.status, again.record.review.round, again.record.review.decisions) == (
        Status.diajukan, 2, [])
    assert "IKI yang Anda kembalikan diajukan ulang: nomor 2 (diubah: target; teks IKI belum diubah)" in again.notices[0].text
    back = withdraw(record, skp, owner="m", now=NOW)
    assert back.record.review.status is Status.draf and back.notices[0].to == "atasan"
    assert edit_refusal(back.record.review, 0) is None
    with pytest.raises(Refused, match="Tidak ada pengajuan"):
        withdraw(back.record, skp, owner="m", now=NOW)
    # The withdrawn round's buttons are dead: a new submission is round 2.
    again = submit(back.record, skp, owner="m", now=NOW)
    with pytest.raises(Refused, match="sebelumnya"):
        decide(again.record, skp, actor="l", owner="m", index=0, verdict=Verdict.setujui, round=1,
               fingerprint_seen=fingerprint(skp.iki[0]), now=NOW)


def ditetapkan(skp: SkpDraft) -> MemberRecord:
    return approve_all(submitted(skp), skp, actor="l", owner="m", round=1, now=NOW).record


def test_a_perubahan_after_penetapan_needs_a_guidance_reason_and_becomes_the_next_version():
    skp = skp_of("90%", "80%")
    record = ditetapkan(skp)
    with pytest.raises(Refused, match="sama dengan versi 1"):
        submit(record, skp, owner="m", now=NOW)
    changed = skp.model_copy(update={"iki": [skp.iki[0].model_copy(update={"target": "95%"}), skp.iki[1],
                                            IkiDraft(indikator="Persentase tugas direktif yang selesai tepat waktu")]})
    assert "belum diajukan" in status_text(record.review, changed)
    with pytest.raises(Refused, match="alasan dari panduan") as refused:
        submit(record, changed, owner="m", now=NOW, reason="target terlalu berat")
    assert all(r.label in refused.value.message for r in guidance().reasons)
    proposed = submit(record, changed, owner="m", now=NOW + timedelta(days=40), reason="direktif", note="Tugas Menteri")
    review = proposed.record.review
    assert review.status is Status.perubahan_diajukan and review.change.reason == "direktif"
    assert proposed.entries[0].after["perubahan"] == ["IKI 1 «Persentase dokumen 1 yang diselesaikan tepat waktu» diubah: "
                                                      "target 90% → 95%",
                                                      "IKI 3 baru: Persentase tugas direktif yang selesai tepat waktu"]
    assert "sedang menunggu persetujuan" in edit_refusal(review, 0)
    assert "yang berlaku masih versi 1" in status_text(review, changed)
    items = review_items(proposed.record, changed, owner="m", pair="0123abcd")
    assert "Tugas Menteri" in items[0].text and [b[0] for b in items[0].buttons] == ["Setujui perubahan",
                                                                                        "Kembalikan perubahan"]
    approved = approve_change(proposed.record, changed, actor="l", owner="m", round=2, now=NOW + timedelta(days=41),
                              reason="strategi")  # the leader names the reason the dialog settled on
    review = approved.record.review
    assert review.status is Status.ditetapkan and [v.number for v in review.versions] == [1, 2]
    assert review.versions[0].skp == skp and review.in_force.skp == changed and review.in_force.reason == "strategi"
    assert [e.action for e in approved.entries] == ["setujui_perubahan", "ditetapkan"]
    assert "(versi 2) karena perubahan strategi organisasi" in approved.notices[-1].text


def test_a_returned_perubahan_keeps_the_version_in_force_and_the_skp_is_that_version_again():
    skp = skp_of("90%")
    record = ditetapkan(skp)
    changed = skp_of("99%")
    proposed = submit(record, changed, owner="m", now=NOW, reason="struktur")
    with pytest.raises(Refused, match="catatan"):
        return_change(proposed.record, changed, actor="l", owner="m", round=2, now=NOW, comment="")
    with pytest.raises(Refused, match="sebelumnya"):
        approve_change(proposed.record, changed, actor="l", owner="m", round=1, now=NOW)
    back = return_change(proposed.record, changed, actor="l", owner="m", round=2, now=NOW, comment="Bahas di dialog")
    review = back.record.review
    assert review.status is Status.ditetapkan and review.in_force.skp == skp and back.skp == skp
    assert "Bahas di dialog" in status_text(review, back.skp) and "tetap versi 1" in back.notices[0].text
    assert "Yang diajukan: IKI 1 «Persentase dokumen 1 yang diselesaikan tepat waktu» diubah: target 90% → 99%" \
        in back.notices[0].text  # what was asked is not lost
    with pytest.raises(Refused, match="Tidak ada perubahan"):
        approve_change(back.record, changed, actor="l", owner="m", round=2, now=NOW)
    withdrawn = withdraw(submit(back.record, changed, owner="m", now=NOW, reason="struktur").record, changed, owner="m",
                         now=NOW)
    assert withdrawn.record.review.status is Status.ditetapkan and withdrawn.record.review.change is None


def test_the_leader_sees_each_iki_with_rhk_target_weight_findings_and_buttons_only_where_undecided():
    skp = SkpDraft(iki=[IkiDraft(indikator="Melaksanakan rapat koordinasi", target="12 kali", jenis="core_tusi", bobot=50),
                        IkiDraft(indikator="Persentase laporan monev yang disampaikan tepat waktu", rhk="Monev",
                                 target="90%", jenis="core_tusi", bobot=50)])
    record = verdict(submitted(skp), skp, 1, Verdict.setujui).record
    head, first, second = review_items(record, skp, owner="m", pair="0123abcd", name="Budi")
    assert head.text.startswith("Budi. Status SKP: diajukan") and [b[0] for b in head.buttons] == ["Setujui semua"]
    assert "RHK: -" in first.text and "Target: 12 kali · Bobot: 50% (Core TUSI)" in first.text
    assert "Temuan:\n- " in first.text  # an activity, not an output: the rules say so to the leader
    assert [b[0] for b in first.buttons] == ["Setujui", "Kembalikan", "Ubah target"]
    assert second.buttons == [] and "Status: disetujui" in second.text


def test_notices_are_addressed_to_the_member_or_the_current_reviewer_once_per_key():
    skp = skp_of("90%")
    applied = verdict(submitted(skp), skp, 0, Verdict.setujui)
    letters = address(applied.notices, "m", "l")
    assert [a.user for a in letters] == ["m", "m"] and len({a.key for a in letters}) == 2
    assert address(submit(MemberRecord(), skp, owner="m", now=NOW).notices, "m", None) == []  # no reviewer yet


def test_changes_lists_edits_new_and_removed_iki():
    before = skp_of("90%", "80%")
    after = SkpDraft(iki=[before.iki[1], before.iki[0].model_copy(update={"bobot": 30})])
    # each IKI named by its number and short name (year18 #3: «IKI dihapus» said no number)
    assert changes(before, after) == ["IKI 2 «Persentase dokumen 1 yang diselesaikan tepat waktu» diubah: bobot 20 → 30"]
    assert changes(before, SkpDraft(iki=[before.iki[0]])) == [f"IKI 2 dihapus: {before.iki[1].indikator}"]
    assert changes(before, before) == ["tidak ada perbedaan isi"]
    # /ubah 2 teks: the same IKI reworded in place, never «IKI 2 baru» plus «IKI dihapus»
    reworded = SkpDraft(iki=[before.iki[0], before.iki[1].model_copy(update={"indikator": "Persentase arsip tertata"})])
    assert changes(before, reworded) == [f"IKI 2 diubah: indikator {before.iki[1].indikator} → Persentase arsip tertata"]
    added = SkpDraft(iki=[*before.iki, before.iki[0].model_copy(update={"indikator": "Jumlah arsip"})])
    assert changes(before, added) == ["IKI 3 baru: Jumlah arsip"]


def test_a_satuan_filled_in_from_the_new_target_is_no_change_of_its_own():
    """team29's year walk: «/ubah 3 target 85%» on an agreed SKP sent the leader «target 90% → 85%, satuan - → %»:
    the satuan the target says was only written down."""
    before = skp_of("90%", "80%")
    after = SkpDraft(iki=[before.iki[0], before.iki[1].model_copy(update={"target": "75%", "satuan": "%"})])
    assert changes(before, after) == ["IKI 2 «Persentase dokumen 2 yang diselesaikan tepat waktu» diubah: target 80% → 75%"]
    counted = before.iki[1].model_copy(update={"target": "12", "satuan": None})
    recounted = SkpDraft(iki=[before.iki[0], counted.model_copy(update={"satuan": "dokumen"})])
    assert changes(SkpDraft(iki=[before.iki[0], counted]), recounted)[0].endswith("satuan - → dokumen")
