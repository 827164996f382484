"""A part handed over to a member who already holds another part of the same indicator gives that member one row,
the parts joined (tester55 F8: «ubah 3 Budi; …» left Budi with two rows on Indikator 1); roles that carry an IKI of
their own stay apart."""

from bot.conversation import Engine
from tests.talk import said, typed


def _roles(engine: Engine, user: str):
    flow = engine.state(user).mpph or engine.state(user).mpph_last
    return [role for leader in flow.indicators for role in leader.peran]


def test_a_region_handed_to_a_member_holding_another_joins_their_row_at_the_lower_percentage():
    engine = Engine()
    typed(engine, "h1", "/mpph Persentase desa yang melaksanakan STBM; 80%")
    engine.press("h1", "mpph:method:wilayah")
    typed(engine, "h1", "Wati; Sumatera, Jawa; 85%\nYusuf; Kalimantan, Sulawesi; 80%\n"
          "Dedi; Bali, Nusa Tenggara, Maluku, Papua; 80%", "selesai")
    text = said(engine.handle("h1", "ganti 2 Wati; Kalimantan, Sulawesi; 80%"))
    rows = [role for role in _roles(engine, "h1") if role.pegawai == "Wati"]
    assert len(rows) == 1, text
    assert rows[0].bagian == "Sumatera, Jawa, Kalimantan, Sulawesi"
    assert rows[0].target == "80%" and "satu peran (peran 1)" in text
    assert [role.pegawai for role in _roles(engine, "h1")] == ["Wati", "Dedi"]


def test_a_share_of_a_count_handed_over_adds_to_the_members_share():
    engine = Engine()
    typed(engine, "h2", "/mpph Jumlah sampel air minum yang diperiksa; 1200 sampel")
    engine.press("h2", "mpph:method:kuantitatif")
    typed(engine, "h2", "Rani; 400\nBayu; 400\nCitra; 400", "selesai")
    engine.press("h2", "mpph:edit:3")
    engine.handle("h2", "Bayu; 400")
    (bayu,) = [role for role in _roles(engine, "h2") if role.pegawai == "Bayu"]
    assert str(bayu.target).startswith("800")


def test_roles_with_an_iki_of_their_own_stay_two_rows():
    engine = Engine()
    typed(engine, "h3", "/mpph Persentase modul aplikasi yang selesai dikembangkan; 100%")
    engine.press("h3", "mpph:method:milestone")
    typed(engine, "h3", "Rina; desain; 100%; Persentase dokumen desain yang disetujui tepat waktu\n"
          "Joko; uji coba; 100%; Persentase modul yang lulus uji fungsional", "selesai")
    engine.handle("h3", "ubah 2 Rina; uji coba; 100%; Persentase modul yang lulus uji fungsional")
    assert [role.pegawai for role in _roles(engine, "h3")] == ["Rina", "Rina"]


def test_a_role_number_past_the_last_after_the_rows_joined_is_refused_never_read_as_a_new_role():
    engine = Engine()
    typed(engine, "h4", "/mpph Persentase desa yang melaksanakan STBM; 80%")
    engine.press("h4", "mpph:method:wilayah")
    typed(engine, "h4", "Wati; Sumatera, Jawa; 80%\nYusuf; Kalimantan, Sulawesi; 80%\n"
          "Dedi; Bali, Nusa Tenggara, Maluku, Papua; 80%", "selesai")
    engine.handle("h4", "ubah 2 Wati; Kalimantan, Sulawesi; 80%")
    text = said(engine.handle("h4", "ubah 3 Yusuf; Bali, Nusa Tenggara; 80%"))
    assert "Tidak ada peran 3: matriks kini bernomor 1–2" in text
    assert [role.pegawai for role in _roles(engine, "h4")] == ["Wati", "Dedi"]
