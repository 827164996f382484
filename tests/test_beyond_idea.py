"""An idea asked about as Beyond («saya ada ide dashboard …, bisa masuk beyond?») is answered with what Beyond is and
how to write it, and the answer after it («boleh, target 1 dashboard dipakai …, bobot 20») is saved as that Beyond
IKI, in PRIMA while a data awal is asked too (d7-epidemiolog-bbtklpp01); a «beyond: …, 1 inovasi» typed while PRIMA
asks a data awal is a new IKI, never that data awal (d4-kainstfarmasi01)."""

from tests.talk import said, typed, typed_ahead_in_prima

IDEA = "saya ada ide dashboard early warning otomatis dari data SKDR, bisa masuk beyond?"


def test_the_idea_is_answered_and_the_answer_after_it_is_its_beyond_iki(engine):
    replies = typed(engine, "u", IDEA)
    assert "Pelayanan Unggul" in said(replies) and "dashboard early warning" in said(replies)
    typed(engine, "u", "boleh, target 1 dashboard dipakai dinkes se-jatim, bobot 20")
    iki = engine.state("u").skp.iki[-1]
    assert iki.indikator == "Jumlah dashboard early warning otomatis dari data SKDR yang dipakai dinkes se-jatim"
    assert (iki.jenis.label, iki.bobot, iki.target) == ("Beyond", 20, "1 dashboard")


def test_in_prima_while_a_data_awal_is_asked(engine):
    typed_ahead_in_prima(engine)
    count = len(engine.state("u").skp.iki)
    typed(engine, "u", IDEA, "boleh, target 1 dashboard dipakai dinkes se-jatim, bobot 20")
    skp = engine.state("u").skp
    assert len(skp.iki) == count + 1 and skp.iki[-1].jenis.label == "Beyond"
    assert skp.iki[0].baseline is None


def test_a_beyond_iki_typed_while_prima_asks_a_data_awal_is_saved(engine):
    typed_ahead_in_prima(engine)
    count = len(engine.state("u").skp.iki)
    typed(engine, "u", "beyond: layanan antar obat pulang ke rumah pasien lansia, 1 inovasi")
    skp = engine.state("u").skp
    assert len(skp.iki) == count + 1 and skp.iki[-1].target == "1 inovasi"
    assert skp.iki[0].baseline is None


def test_a_question_whether_beyond_is_required_is_no_idea(engine):
    typed(engine, "u", "beyond wajib ga?")
    assert engine.state("u").beyond_idea == ""


def test_the_idea_is_the_thing_made_not_the_making(engine):
    typed(engine, "u", "sy mau bikin aplikasi antrean online, bisa jadi beyond?")
    assert engine.state("u").beyond_idea == "aplikasi antrean online"
    typed(engine, "u", "ok target 1 aplikasi dipakai di poli rawat jalan, bobot 10")
    iki = engine.state("u").skp.iki[-1]
    assert iki.indikator == "Jumlah aplikasi antrean online yang dipakai di poli rawat jalan" and iki.bobot == 10
