"""A wilayah split by parts outside Indonesia is taken as named (tester57 F6: a KSLN Ketua's «kawasan Asia
Tenggara» was «tidak cocok dengan wilayah Indonesia», and the Ketua's own IKI got «Sumatera, Jawa, …»); a question
typed under «siapa yang memegangnya?» is answered, never taken as a button."""

from bot.conversation import Engine
from bot.skp.mpph import LeaderIndicator, MpphDraft, Person, Role, check_mpph, own_iki, remainder_note
from bot.skp.regions import abroad
from tests.talk import mpph_divided, said


def _leader(parts: list[tuple[str, str, bool]]) -> LeaderIndicator:
    return LeaderIndicator(id="Indikator 1", indikator="Jumlah perjanjian hibah internasional yang disepakati",
                           target="6", satuan="perjanjian", metode="wilayah",
                           peran=[Role(pegawai=name, bagian=part, target="2", sendiri=own) for name, part, own in parts])


def test_parts_named_by_continents_leave_no_region_of_indonesia_unheld():
    leader = _leader([("Dewi", "Eropa", False), ("Joko", "negara Afrika", False), ("Saya", "donor bilateral", True)])
    draft = MpphDraft(pimpinan=Person(nama="Ketua", peran="ketua"), indikator=[leader],
                      tim=[Person(nama="Dewi"), Person(nama="Joko")])
    assert leader.abroad
    assert not [f for f in check_mpph(draft).findings if f.rule_id == "MPPH-SCOPE"]
    assert remainder_note(leader.model_copy(update={"sisa_wilayah": "pimpinan"})) == ""
    assert "dengan donor bilateral" in own_iki(leader).indikator and own_iki(leader).target == "2"  # theirs, not all 6


def test_a_split_naming_a_province_is_still_checked_against_indonesia():
    assert not abroad("Jumlah kerja sama luar negeri yang ditandatangani", ["Jawa Barat", "kawasan Asia"])
    assert not abroad("Persentase puskesmas yang melapor", ["regional 1", "regional 2"])


def test_a_split_by_continents_in_the_chat_asks_no_scope_and_notes_no_island():
    engine = Engine()
    replies = mpph_divided(engine, "x", "/mpph Jumlah naskah kerja sama internasional yang disepakati; 5 naskah",
                           "wilayah", "Fajar; Asia Selatan; 2\nGita; Amerika Latin; 2\nSaya; forum ASEAN; 1", "selesai")
    text = said(replies)
    assert "Siapa yang memegangnya?" not in text and "wilayah Indonesia" not in text
    assert "Sumatera" not in text and engine.state("x").mpph.step == "done"


def test_a_question_under_the_scope_buttons_is_answered_and_the_question_stays():
    engine = Engine()
    mpph_divided(engine, "q", "/mpph Persentase desa dengan posyandu aktif; 80%", "wilayah",
                 "Hadi; Sulawesi; 80%\nSaya sendiri; Maluku; 80%", "selesai")
    reply = engine.handle("q", "bagian sy sbg ketua masuk ke mana ya?")
    text = said(reply)
    assert "baris 2" in text and "Maluku" in text and "IKI Anda sendiri" in text
    assert engine.state("q").mpph.step == "scope" and engine.state("q").mpph.indicators[0].sisa_wilayah is None
    assert any(b.label == "Saya pegang sendiri" for r in reply for b in r.buttons)


def test_asked_under_the_finished_matrix_where_the_leaders_part_is_the_rows_are_named():
    engine = Engine()
    mpph_divided(engine, "m", "/mpph Jumlah dokumen kerja sama bilateral yang ditandatangani; 4 dokumen", "wilayah",
                 "Lia; Eropa; 2\nKatim; Timur Tengah; 2", "selesai")
    reply = engine.handle("m", "bagian ketua sendiri ada di baris mana?")
    text = said(reply)
    assert "baris 2" in text and "Timur Tengah" in text
    assert any(b.label == "Simpan ke draf" for r in reply for b in r.buttons)
