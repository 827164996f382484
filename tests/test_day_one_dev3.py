"""Day-one dev3 misses other than lines acted on by number (issue 16): an English list's first line taken for a
header, an English IKI left untranslated for two words, «/cari» for /ikk, «ok save all» under a list."""

from bot.conversation import iki_list
from bot.rewrite import rewrite
from tests.talk import press, said

ENGLISH = """- Number of policy briefs published
- Persentase kajian kebijakan yg selesai on time
- Indeks kepuasan pengguna hasil kajian
- Percentage of stakeholder recommendations followed up"""


def test_an_english_iki_opening_a_list_is_a_line_of_it_not_its_header():
    assert [line.listed.text for line in iki_list.read_list(ENGLISH).lines][0] == "Number of policy briefs published"
    headed = iki_list.read_list("IKI sy:\nNumber of policy briefs published\nPercentage of briefs used")
    assert [line.listed.text for line in headed.lines] == ["Number of policy briefs published", "Percentage of briefs used"]


def test_decision_makers_are_put_in_indonesian():
    shown = [c.indikator for c in rewrite("Percentage of policy briefs used by decision makers").candidates]
    assert shown == ["Persentase ringkasan kebijakan yang dimanfaatkan oleh pengambil keputusan"]


def test_cari_is_the_catalog_search(engine):
    reply = said(engine.handle("u", "/cari cek kesehatan gratis bayi baru lahir"))
    assert "belum dikenal" not in reply and "5.1.1" in reply


def test_save_all_in_english_saves_every_line_in_indonesian_never_by_a_suggestion(engine):
    """«ok save all» is «simpan semua»: every line as the user wrote it, an English one offered in Indonesian word for
    word and put so when the user takes it (play40 F2: «Number of policy briefs published» was saved as «Persentase
    rekomendasi … ditindaklanjuti pimpinan», a suggestion changing what is counted; draft42: never unasked)."""
    engine.handle("u", ENGLISH)
    replies = engine.handle("u", "ok save all")
    reply = said(replies)
    assert "Baris 1 «Number of policy briefs published» ditulis dalam Bahasa Inggris" in reply
    while any(b.label == "Pakai terjemahan" for r in replies for b in r.buttons):
        replies = press(engine, "u", replies, "Pakai terjemahan")
    assert [i.indikator for i in engine.state("u").skp.iki] == [
        "Jumlah ringkasan kebijakan yang dipublikasikan",  # «policy briefs» read (dev10)
        "Persentase kajian kebijakan yang selesai tepat waktu",
        "Indeks kepuasan pengguna hasil kajian", "Persentase rekomendasi pemangku kepentingan yang ditindaklanjuti"]
    assert "memakai usulannya" in said(replies)
