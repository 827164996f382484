"""tester17b #5: a pasted list stays offered after one line's «Rincian» suggestion is taken, and a question about
its other lines is answered about the list."""

from bot.conversation import Engine
from bot.conversation.state import UserState
from bot.models import IkiDraft, SkpDraft
from bot.storage.sqlite import SqliteStore
from tests.talk import labels, press, prima_at_step_m, said

PASTE = ("1)\tPersentase puskesmas yg melaksanakan skrining hipotiroid kongenital pd bayi baru lahir 85%\n"  # no standard: fails
         "2)\tPersentase kab/kota yg melaporkan hasil skrining PJB kritis tepat waktu 80%\n"
         "3)\tJuknis CKG bayi baru lahir yg ditetapkan 1 dokumen\n"
         "4)\tPersentase rekomendasi hasil supervisi ke dinkes prov yg ditindaklanjuti 75%\n"
         "5)\tJumlah inovasi dashboard pemantauan CKG BBL yg dimanfaatkan daerah 1 inovasi")


def _suggestion_saved(engine, user: str) -> list:
    """The list pasted at step M, line 1's «Rincian» opened, its first suggestion taken and saved whole."""
    prima_at_step_m(engine, user)
    replies = engine.handle(user, PASTE)
    assert "Susun 3 IKI yang lolos" in labels(replies)
    replies = press(engine, user, replies, "Rincian 1")
    replies = press(engine, user, replies, "Pakai usulan 1")  # the line's own target goes with it (tester54 F2)
    assert engine.state(user).skp.iki[0].target == "85%", [r.text for r in replies]
    replies = press(engine, user, replies, "Belum ada data awal")
    replies = press(engine, user, replies, "Core TUSI")
    replies = press(engine, user, replies, "Pakai saran")
    assert len(engine.state(user).skp.iki) == 1 and engine.state(user).prima.field == "indikator", said(replies)
    return replies


def test_the_list_is_offered_again_once_a_rincian_suggestion_is_saved(engine):
    replies = _suggestion_saved(engine, "r5a")
    assert "Susun 3 IKI yang lolos" in labels(replies), said(replies)
    assert "masih tersimpan" in said(replies)
    replies = press(engine, "r5a", replies, "Susun 3 IKI yang lolos")
    assert "Persentase kab/kota" in said(replies)


def test_a_question_about_the_other_lines_is_answered_about_the_list(engine):
    _suggestion_saved(engine, "r5b")
    replies = engine.handle("r5b", "lho yg 4 lainnya td mana? sy kan paste 5")
    assert "nomor 2, 4, 5" in said(replies), said(replies)
    assert "Susun 3 IKI yang lolos" in labels(replies)


# tester17b #6: «/ubah 1 <new text>» with no field word is the IKI's new text.
def _one_iki(tmp_path, iki: IkiDraft) -> Engine:
    store = SqliteStore(tmp_path / "state.sqlite3")
    store.save("u", UserState(skp=SkpDraft(iki=[iki])).model_dump_json())
    return Engine(store, retriever=lambda: None)


def test_ubah_with_an_iki_sentence_and_no_field_word_changes_the_text(tmp_path):
    engine = _one_iki(tmp_path, IkiDraft(indikator="melaksanakan sosialisasi PHBS ke sekolah 12 kali"))
    replies = engine.handle("u", "/ubah 1 Persentase sekolah sasaran yg menerapkan PHBS setelah sosialisasi")
    assert "tidak dikenal" not in said(replies)
    assert "sekolah sasaran" in engine.state("u").skp.iki[0].indikator.lower(), said(replies)


def test_ubah_with_an_unknown_field_word_still_names_the_parts(tmp_path):
    engine = _one_iki(tmp_path, IkiDraft(indikator="Persentase sekolah yang menerapkan PHBS", target="70%"))
    replies = engine.handle("u", "/ubah 1 warna merah")
    assert "tidak dikenal" in said(replies)
    assert engine.state("u").skp.iki[0].indikator == "Persentase sekolah yang menerapkan PHBS"


def test_what_changed_in_a_returned_iki_is_named_against_the_iki_returned():
    from datetime import datetime

    from bot.team.record import Decision, Review, Status, Verdict
    from bot.team.review import fingerprint, resent_text

    returned = IkiDraft(indikator="melaksanakan sosialisasi PHBS ke sekolah 12 kali")
    review = Review(status=Status.diajukan, round=1, decisions=[
        Decision(index=0, verdict=Verdict.kembalikan, fingerprint=fingerprint(returned), comment="ganti jd persentase",
                 round=1, at=datetime(2026, 1, 12), returned=returned)])
    retyped = SkpDraft(iki=[IkiDraft(indikator="Persentase sekolah yang menerapkan PHBS", target="70%")])
    assert resent_text(review, retyped, [0]) == "nomor 1 (diubah: teks, target)"
    target_only = SkpDraft(iki=[returned.model_copy(update={"target": "70%"})])
    assert resent_text(review, target_only, [0]) == "nomor 1 (diubah: target; teks IKI belum diubah)"


# tester17b #8: the list check reads the satuan the export checks, so both give one verdict.
def test_a_pasted_line_counted_in_dokumen_gets_the_exports_verdict():
    from bot.conversation.iki_list import read_list
    from bot.rules import check_skp

    pasted = read_list("Persentase kab/kota yg melaporkan hasil skrining PJB kritis tepat waktu 80%\n"
                       "Jumlah juknis CKG bayi baru lahir yg ditetapkan 1 dokumen")
    line = pasted.lines[1]
    assert line.listed.target == "1 dokumen" and "dokumen" not in line.listed.text  # the target is not left in the text
    saved = IkiDraft(indikator=line.listed.text, target=1, satuan="Dokumen")  # as the draft holds it
    exported = check_skp(SkpDraft(iki=[saved])).iki[0]
    assert line.verdict.has_error == exported.has_error
    assert {f.rule for f in line.verdict.findings if f.severity.value == "error"} \
        == {f.rule for f in exported.findings if f.severity.value == "error"}


def test_a_satuan_the_export_would_refuse_is_refused_when_typed(engine):
    prima_at_step_m(engine, "r8")
    engine.handle("r8", "Jumlah juknis CKG bayi baru lahir yang ditetapkan")
    engine.handle("r8", "1")
    replies = engine.handle("r8", "dokumen")
    assert "✗ Satuan «dokumen»" in said(replies) and "Juknis" in labels(replies)
    assert (engine.state("r8").skp.iki[0].satuan or "").lower() != "dokumen"
