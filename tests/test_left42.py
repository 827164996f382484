"""Leftovers of round 42: a line's number written before a target is a place, never the target's value."""

from bot.conversation.answers import read_answer
from tests.talk import said, typed


def _asked_target(engine, user="u"):
    replies = typed(engine, user, "/cek Persentase arsip vital yang terlindungi sesuai ketentuan")
    return typed(engine, user, "Simpan ke draf") if "Target satu tahun" not in said(replies) else replies


def test_a_row_number_after_nomor_is_not_read_as_a_value():
    answer = read_answer("targetnya nomor 3 = 0,9 aja", "Persentase arsip vital yang terlindungi")
    assert [n.text for n in answer.numbers] == ["90%"]  # a proportion for a Persentase, as its percentage
    assert answer.named["target"].text == "90%"


def test_a_target_typed_after_the_line_number_keeps_the_value_not_the_number(engine):
    assert "Target satu tahun" in said(_asked_target(engine))
    engine.handle("u", "target no 1 = 0,92")
    iki = engine.state("u").skp.iki[0] if engine.state("u").skp.iki else engine.state("u").fill.current
    assert iki.target == "92%"



def test_weights_asked_in_prima_follow_the_cascade_answer(engine):
    """«bobotnya gmn?» after «Tidak langsung» at step 3: TUSI 90 / MI 10 only, never the direct-cascade CL 50 split."""
    from tests.talk import prima_at_step_m

    prima_at_step_m(engine, "u")
    text = said(engine.handle("u", "bobotnya gmn kak?"))
    assert "TUSI 90%" in text and "MI 10%" in text
    assert "CL 50%" not in text and "TUSI 40%" not in text


def test_weights_asked_after_a_direct_cascade_give_its_split(engine):
    engine.handle("d", "/prima")
    engine.press("d", "prima:skip")
    engine.press("d", "prima:skip")
    engine.press("d", "prima:role:anggota")
    engine.press("d", "prima:direct:1")
    text = said(engine.handle("d", "bobot?"))
    assert "CL 50%" in text and "TUSI 90%" not in text


def test_a_number_given_in_work_told_is_not_a_request_for_suggestions():
    from bot.conversation.count_asked import count_asked

    assert count_asked("visitasi pustu sukamaju kasih 3 catatan perbaikan", 3) is None
    assert count_asked("kasih 7 dong", 3).wanted == 7  # addressed to the bot: still a request
    assert count_asked("minta 6 usulan", 3).wanted == 6


SUPERVISI = """1. Persentase rekomendasi hasil supervisi puskesmas yang ditindaklanjuti - 80%
2. Jumlah puskesmas yang disupervisi sesuai standar - 12 puskesmas
3. Nilai IP ASN - 85
4. Persentase laporan supervisi yang tepat waktu - 90%
5. Persentase data SDMK puskesmas yang valid - 90%"""


def test_work_told_with_kasih_and_a_count_is_logged_without_a_date_word(tmp_path, at):
    from tests.agreed_year import agreed_over

    for engine in agreed_over(tmp_path, at, skp=SUPERVISI):
        text = said(engine.handle("u1", "supervisi pustu sukamaju kasih 3 rekomendasi"))
        assert "Dicatat" in text and "5–10 IKI" not in text


def test_weights_typed_by_name_under_a_jenis_are_never_saved_as_targets(engine):
    from tests.talk import list_saved

    list_saved(engine, "u", "Persentase surat masuk yang didisposisi tepat waktu\n"
                            "Persentase arsip surat keluar yang tertata sesuai klasifikasi")
    before = [i.target for i in engine.state("u").skp.iki]
    text = said(engine.handle("u", "TUSI: surat masuk 45, arsip surat keluar 45"))
    assert [i.target for i in engine.state("u").skp.iki] == before
    assert [i.bobot for i in engine.state("u").skp.iki] == [45, 45]  # the weights of the IKI named
    assert "target 45%" not in text


def test_says_weights_reads_a_jenis_head_or_the_weight_word():
    from bot.conversation.named_targets import says_weights

    assert says_weights("CL: kepatuhan 30, ketepatan 20")
    assert says_weights("bobot kepatuhan 30, ketepatan 20")
    assert not says_weights("target kepatuhan 90, ketepatan 85")
    assert not says_weights("kepatuhan 90, ketepatan 85")


def test_weights_by_name_for_an_iki_not_in_the_draft_are_said_back(engine):
    from tests.talk import list_saved

    list_saved(engine, "u", "Persentase surat masuk yang didisposisi tepat waktu\n"
                            "Persentase arsip surat keluar yang tertata sesuai klasifikasi")
    text = said(engine.handle("u", "bobot surat masuk 40, arsip surat keluar 30, helpdesk layanan 20"))
    assert [i.bobot for i in engine.state("u").skp.iki] == [40, 30]
    assert "«helpdesk layanan 20» belum saya pasangkan" in text


def test_a_name_with_its_target_then_its_weight_is_no_weights_by_name():
    """«ip asn 80 bobot 10»: one IKI's target, then its weight (the weight word after the first value), never a list
    of weights that fits no IKI; «bobot: gaji induk 25, rekon 25» still is."""
    from bot.conversation.named_targets import says_weights

    assert not says_weights("ip asn 80 bobot 10")
    assert not says_weights("IP ASN target 85, bobotnya 10")
    assert says_weights("bobot: gaji induk 25, rekon 25")
