"""A pasted list's refused lines gone through one at a time (day-one dev13, d13-gzi02 and d13-epi01): the details of
several lines shown together put the first one's picks on screen and offer the next one's once it is settled;
«satu per satu» opens the first refused line; an IKI of the draft named by its words in a question, then «ya udh ganti
…», gets the new words."""

from tests.talk import labels, press, said

LIST = ("Jumlah pasien yang mendapat asuhan gizi\t1200\tpasien\t30\n"
        "Persentase pasien rawat inap yang dilakukan skrining gizi dalam 1x24 jam\t95\tpersen\t25\n"
        "Jumlah laporan kegiatan gizi bulanan\t12\tdokumen\t15\n"
        "Penyuluhan gizi di poli\t24\tkali\t10\n"
        "Persentase sisa makanan pasien < 20%\t80\tpersen\t10\n"
        "Indeks Profesionalitas ASN\t80\tnilai\t10")


def test_two_lines_looked_at_together_are_settled_first_line_first(engine):
    engine.handle("u", LIST)
    replies = engine.handle("u", "kok no 3 sama 4 merah?")
    assert labels(replies).count("Pakai usulan 1") == 1  # one line's picks on screen, never two alike
    assert "baris 3 dulu" in said(replies)
    replies = press(engine, "u", replies, "Pakai usulan 1")
    assert "Baris 3 daftar Anda diganti" in said(replies) and "Berikutnya baris 4" in said(replies)
    assert "laporan kegiatan gizi" in engine.state("u").skp.iki[0].indikator  # line 3's suggestion, not line 4's
    assert "Pakai usulan 1" in labels(replies)  # line 4's picks offered now
    replies = engine.handle("u", "yg penyuluhan buang aja, gabung ke yg asuhan gizi")
    assert "Baris 4" in said(replies) and "dibuang" in said(replies)
    assert len(engine.state("u").skp.iki) == 5  # the lines that pass go with it, line 4 never


def test_a_question_naming_a_drafted_iki_by_its_words_then_new_words_for_it(engine):
    engine.handle("u", LIST)
    engine.handle("u", "no 3 pakai usulan 1, no 4 buang")
    assert len(engine.state("u").skp.iki) == 5
    reply = said(engine.handle("u", "jumlah pasien asuhan gizi itu ok ga sih?"))
    assert "IKI 1 di draf Anda" in reply and "volume pekerjaan" in reply
    engine.handle("u", "ya udh ganti Persentase pasien risiko malnutrisi yang mendapat asuhan gizi sesuai standar")
    drafted = engine.state("u").skp.iki
    assert len(drafted) == 5 and drafted[0].indikator.startswith("Persentase pasien risiko malnutrisi")


def test_new_words_typed_without_a_question_before_are_no_rewording(engine):
    engine.handle("u", LIST)
    engine.handle("u", "no 3 pakai usulan 1, no 4 buang")
    engine.handle("u", "ya udh ganti Persentase pasien risiko malnutrisi yang mendapat asuhan gizi sesuai standar")
    assert engine.state("u").skp.iki[0].indikator == "Jumlah pasien yang mendapat asuhan gizi"


def test_one_by_one_opens_the_first_refused_line(engine):
    engine.handle("u", LIST)
    reply = said(engine.handle("u", "satu per satu aja"))
    assert "Mulai dari baris 3" in reply and "Sesudah itu baris 4" in reply
    assert engine.state("u").candidates_line == 3


def test_targets_by_number_and_by_name_in_one_message(engine):
    engine.handle("u", "1. Persentase sinyal SKDR yg diverifikasi < 24 jam\n2. Persentase PE KLB yang selesai dalam "
                       "2x24 jam\n3. Persentase KLB yg ditanggulangi kurang dari 24 jam\n4. Persentase rekomendasi "
                       "kajian epidemiologi yg ditindaklanjuti")
    engine.handle("u", "simpan semua")
    engine.handle("u", "targetnya: 1) 90%, 3) 85%, PE 95%, rekomendasi 80%")
    drafted = engine.state("u").skp.iki
    assert [render_target(iki) for iki in drafted] == ["90", "95", "85", "80"]


def render_target(iki) -> str:
    return str(iki.target).split(" ")[0].rstrip("%")
