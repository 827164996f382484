"""A correction typed under /profil's «Ubah bagian mana?» menu changes the field it names (tester56 F8: «eh jabatan sy
salah, harusnya …» got «Salam kenal!» and nothing changed)."""

from tests.talk import said

PROFILE = "Nama: Sari Wulandari\nNIP: 199001012015032001\nJabatan: Epidemiolog Ahli Pertama\n" \
          "Unit kerja: Dinas Kesehatan Kota Bogor\nAtasan: dr. Budi Santoso"


def test_a_field_put_right_at_the_profile_menu_is_changed(engine):
    engine.handle("u", "/profil " + PROFILE)
    engine.handle("u", "lewati")
    menu = engine.handle("u", "/profil")
    assert any(b.data.startswith("profil:field:") for r in menu for b in r.buttons)
    told = said(engine.handle("u", "unit kerja sy keliru td, yang benar Puskesmas Bogor Timur"))
    pegawai = engine.state("u").skp.pegawai
    assert pegawai.unit == "Puskesmas Bogor Timur", told
    assert pegawai.jabatan == "Epidemiolog Ahli Pertama"


def test_other_words_at_the_menu_change_nothing(engine):
    engine.handle("u", "/profil " + PROFILE)
    engine.handle("u", "lewati")
    engine.handle("u", "/profil")
    engine.handle("u", "makasih ya")
    assert engine.state("u").skp.pegawai.unit == "Dinas Kesehatan Kota Bogor"
