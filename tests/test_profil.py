"""/profil (issue 16): asked once, pasted or one by one; a NIP must be 18 digits (spaces allowed) and a wrong one
loses nothing else typed; /profil again shows the fields to change one; the state survives a restart."""

import pytest

from bot.conversation import Engine
from bot.conversation.profil_flow import check_nip, read_profile
from bot.storage.sqlite import SqliteStore
from tests.talk import said


@pytest.fixture
def engine(tmp_path):
    return Engine(SqliteStore(tmp_path / "state.sqlite3"), rate_limit=10**6)


@pytest.mark.parametrize("text, wanted", [
    ("Ratna Dewi Anggraeni\n198304112009122002\nEpidemiolog Kesehatan Ahli Muda (Ketua Tim Imunisasi Anak Sekolah)\n"
     "Direktorat Imunisasi\natasan: Direktur Imunisasi",
     {"nama": "Ratna Dewi Anggraeni", "nip": "198304112009122002", "unit": "Direktorat Imunisasi",
      "jabatan": "Epidemiolog Kesehatan Ahli Muda (Ketua Tim Imunisasi Anak Sekolah)", "atasan": "Direktur Imunisasi"}),
    ("dr. Bayu Prasetyo, M.Epid, 1985 0722 2010 01 1 005, Epidemiolog Kesehatan Ahli Madya, Direktorat Surveilans, "
     "atasan Direktur Surveilans",
     {"nama": "dr. Bayu Prasetyo, M.Epid", "nip": "1985 0722 2010 01 1 005", "jabatan": "Epidemiolog Kesehatan Ahli Madya",
      "unit": "Direktorat Surveilans", "atasan": "Direktur Surveilans"}),
    ("Nama: Ani; NIP: 198304112009122002; Jabatan: Analis SDM; Unit: Biro OSDM; Atasan: Kepala Biro OSDM",
     {"nama": "Ani", "nip": "198304112009122002", "jabatan": "Analis SDM", "unit": "Biro OSDM", "atasan": "Kepala Biro OSDM"}),
    ("Ratna, S.KM", {"nama": "Ratna, S.KM"}),  # one answer to the field asked: a title after a comma stays
    # dictated in one line, no mark between the fields, each opened by its label (day-one dev14); a label word inside
    # a later value («Kepala Unit TI») is none
    ("nama saya Hj. Nurhayati Lubis NIP 197208151998032003 jabatan Widyaiswara Ahli Madya unit Bapelkes Batam atasan "
     "Kepala Bapelkes Batam",
     {"nama": "Hj. Nurhayati Lubis", "nip": "197208151998032003", "jabatan": "Widyaiswara Ahli Madya",
      "unit": "Bapelkes Batam", "atasan": "Kepala Bapelkes Batam"}),
    ("Nama Andi NIP 198304112009122002 jabatan Analis SDM atasan Kepala Unit TI",
     {"nama": "Andi", "nip": "198304112009122002", "jabatan": "Analis SDM", "atasan": "Kepala Unit TI"}),
])
def test_a_profile_is_read_pasted_or_labelled(text, wanted):
    assert read_profile(text, "nama") == wanted


def test_nip_is_eighteen_digits_with_spaces_allowed():
    assert check_nip("1983 0411 2009 12 2 002") == ("198304112009122002", "")
    assert "yang terbaca 17 angka" in check_nip("1983 0411 2009 12 2 00")[1]
    assert "hanya berisi angka" in check_nip("19830411200912200A")[1]


def test_one_by_one_a_wrong_nip_keeps_the_rest_and_profil_again_changes_a_field(engine, tmp_path):
    assert "Nama lengkap" in said(engine.handle("u", "/profil"))
    engine.handle("u", "Ratna Dewi Anggraeni")
    refused = said(engine.handle("u", "1983 0411 2009"))
    assert "18 angka" in refused and engine.state("u").skp.pegawai.nama == "Ratna Dewi Anggraeni"
    assert "Jabatan" in said(engine.handle("u", "198304112009122002"))
    engine.handle("u", "Epidemiolog Kesehatan Ahli Muda\nDirektorat Imunisasi")  # two lines: jabatan, then unit
    assert "Profil Anda" in said(engine.press("u", "profil:skip"))  # atasan left for later
    pegawai = engine.state("u").skp.pegawai
    assert (pegawai.unit, pegawai.atasan, engine.state("u").profil) == ("Direktorat Imunisasi", "", None)

    restarted = Engine(SqliteStore(tmp_path / "state.sqlite3"))
    shown = restarted.handle("u", "/profil")
    assert "Atasan" in said(shown) and "profil:skip" in [b.data for r in shown for b in r.buttons]
    restarted.handle("u", "Direktur Imunisasi")
    again = restarted.handle("u", "/profil")
    assert "Ubah bagian mana" in said(again) and restarted.state("u").profil is None
    assert "Jabatan sekarang" in said(restarted.press("u", "profil:field:jabatan"))
    restarted.handle("u", "Epidemiolog Kesehatan Ahli Madya")
    assert restarted.state("u").skp.pegawai.jabatan == "Epidemiolog Kesehatan Ahli Madya"
    assert restarted.state("u").skp.pegawai.atasan == "Direktur Imunisasi"


def test_the_leaders_nip_is_asked_once_the_five_are_in_and_a_message_that_is_no_nip_moves_on(engine):
    # the export's leader block had a name and no NIP: /profil never asked it
    asked = said(engine.handle("u", "/profil Ani, 198304112009122002, Analis SDM, Biro OSDM, Kepala Biro OSDM"))
    assert "Profil Anda" in asked and "NIP atasan Anda" in asked
    assert "NIP atasan" in said(engine.handle("u", "1975 0101 2000 03 1 001"))
    assert engine.state("u").skp.pegawai.nip_atasan == "197501012000031001" and engine.state("u").profil is None

    engine.handle("u", "/profil")
    engine.press("u", "profil:field:atasan")
    engine.handle("u", "Kepala Biro Umum")  # one field changed: nothing else asked
    assert engine.state("u").profil is None and engine.state("u").skp.pegawai.nip_atasan == "197501012000031001"


def test_a_message_under_the_leaders_nip_that_is_no_nip_goes_where_it_would_have_gone(engine):
    engine.handle("u", "/profil Ani, 198304112009122002, Analis SDM, Biro OSDM, Kepala Biro OSDM")
    reply = said(engine.handle("u", "Persentase rekomendasi hasil monev yang ditindaklanjuti"))
    assert "NIP" not in reply.split("\n")[0] and engine.state("u").profil is None
    assert engine.state("u").skp.pegawai.nip_atasan == ""
    assert read_profile("Ani\n198304112009122002\nAnalis SDM\nBiro OSDM\nKepala Biro OSDM\n197501012000031001",
                        "nama")["nip_atasan"] == "197501012000031001"
    assert read_profile("nip atasan 197501012000031001", "nama") == {"nip_atasan": "197501012000031001"}


def test_batal_closes_it_and_a_question_is_not_taken_as_a_name(engine):
    engine.handle("u", "/profil")
    assert "hanya untuk identitas" in said(engine.handle("u", "buat apa sih?"))
    assert engine.state("u").skp.pegawai.nama == ""
    assert "dihentikan" in said(engine.handle("u", "/batal")) and engine.state("u").profil is None


def test_mid_prima_the_open_step_is_named_again_when_the_profile_is_done(engine):
    engine.handle("u", "/prima")
    engine.handle("u", "/profil")
    done = said(engine.handle("u", "Ani, 198304112009122002, Analis SDM, Biro OSDM, Kepala Biro OSDM"))
    assert "Profil Anda" in done and "PRIMA" in done


def test_an_open_profile_question_never_takes_a_message_that_is_something_else(engine):
    """tester19 #4: under /profil's NIP or jabatan question, an IKI was refused as a NIP, «1» under «[1] Ajukan» was
    «NIP «1» belum bisa dipakai» and «udh sy baca pak» was kept as the jabatan: each is handled as what it is, and
    the profile's question is asked again after it, once (day20: it was let go at once), and let go at a second."""
    engine.handle("u", "/profil nama Andi Pratama")
    checked = said(engine.handle("u", "Persentase alat lab yg terkalibrasi 100%"))
    assert "NIP «" not in checked and "Tersimpan ke draf" in checked
    assert checked.endswith("NIP Anda (18 angka, spasi boleh)? Pegawai PPPK: tulis «NI PPPK» lalu nomornya.")
    assert engine.state("u").profil.field == "nip" and engine.state("u").skp.pegawai.nip == ""
    checked = said(engine.handle("u", "Persentase sampel yg diuji sesuai SLA 95%"))
    assert "/profil" in checked and engine.state("u").profil is None and engine.state("u").skp.pegawai.nip == ""

    engine.handle("v", "/profil nama Budi")
    assert "NIP «1»" not in said(engine.handle("v", "1")) and engine.state("v").skp.pegawai.nip == ""

    engine.handle("w", "/profil nama Sinta, 198304112009122002")
    assert "Jabatan" in said(engine.pending("w"))
    engine.handle("w", "udh sy baca pak")
    assert engine.state("w").skp.pegawai.jabatan == "" and engine.state("w").profil.field == "jabatan"

    engine.handle("x", "/profil nama Dewi")  # a NIP mistyped is still the NIP's answer, refused with its reason
    assert "18 angka" in said(engine.handle("x", "1983 0411")) and engine.state("x").profil.field == "nip"
    engine.handle("x", "198304112009122002")  # …and a jabatan typed under the jabatan question is the jabatan
    engine.handle("x", "Epidemiolog Kesehatan Ahli Muda")
    assert engine.state("x").skp.pegawai.jabatan == "Epidemiolog Kesehatan Ahli Muda"


def test_an_open_profile_question_is_asked_again_after_one_command_then_let_go(engine):
    """As step M's questions: the question waits through one other command and is let go at the second, so it is
    not re-asked at every open for months (tester19 #4)."""
    engine.handle("u", "/profil nama Andi Pratama")
    engine.handle("u", "/bantuan")
    assert "NIP Anda" in said(engine.pending("u"))
    engine.handle("u", "/skp")
    assert engine.state("u").profil is None and engine.pending("u") == []


def test_the_five_pasted_in_one_line_with_chat_words_are_still_the_profiles(engine):
    """A line holding a NIP (or a labelled part) is the profile's however chatty («atasan sy Pak Hendra …»)."""
    engine.handle("u", "/profil")
    engine.handle("u", "Rina Wulandari, NIP 199103122019032008, Pengelola BMN, Bagian Rumah Tangga Biro Umum, atasan sy "
                       "Pak Hendra ketua tim pengelolaan BMN")
    pegawai = engine.state("u").skp.pegawai
    assert (pegawai.nama, pegawai.nip, pegawai.atasan) == ("Rina Wulandari", "199103122019032008",
                                                          "Pak Hendra ketua tim pengelolaan BMN")
@pytest.mark.parametrize("text, current, wanted", [
    # one line parted by slashes; the atasan's person after a comma stays the atasan's
    ("Dewi Anggraini / 199001012014022003 / Analis SDM Aparatur Ahli Muda / Bagian Umum Setditjen P2 / atasan Kabag "
     "Umum, Bpk. Ahmad Fauzi", "nama",
     {"nama": "Dewi Anggraini", "nip": "199001012014022003", "jabatan": "Analis SDM Aparatur Ahli Muda",
      "unit": "Bagian Umum Setditjen P2", "atasan": "Kabag Umum, Bpk. Ahmad Fauzi"}),
    # the field asked, then a labelled one after a comma
    ("Bagian Keuangan RSUP Persahabatan, atasan Kabag Keuangan bu Ratna", "unit",
     {"unit": "Bagian Keuangan RSUP Persahabatan", "atasan": "Kabag Keuangan bu Ratna"}),
    ("Ani, 198304112009122002, Analis SDM, Biro OSDM, atasan Kabag Umum, Bpk. Ahmad", "nama",
     {"nama": "Ani", "nip": "198304112009122002", "jabatan": "Analis SDM", "unit": "Biro OSDM",
      "atasan": "Kabag Umum, Bpk. Ahmad"}),
    ("bendahara pengeluaran / pengelola keuangan", "jabatan", {"jabatan": "bendahara pengeluaran / pengelola keuangan"}),
])
def test_one_line_parted_by_slashes_or_by_a_label_after_a_comma(text, current, wanted):
    assert read_profile(text, current) == wanted


def test_a_pasted_list_or_a_question_under_the_nip_leaves_the_profile_for_later(engine):
    engine.handle("u", "/profil")
    engine.handle("u", "Dewi Anggraini")
    reply = said(engine.handle("u", "SKP 2025:\n1. Jumlah usulan pensiun yang diproses\n"
                                    "2. Persentase data SIASN yang mutakhir\n3. Nilai IP ASN"))
    state = engine.state("u")
    assert state.skp.pegawai.jabatan == "" and state.skp.pegawai.nama == "Dewi Anggraini"
    assert "daftar 3 IKI" in reply  # the list, then asked again
    assert reply.endswith("NIP Anda (18 angka, spasi boleh)? Pegawai PPPK: tulis «NI PPPK» lalu nomornya.")
    engine.handle("u", "/skp")  # let go at a second other thing
    assert engine.state("u").profil is None
    assert "NIP Anda" in said(engine.handle("u", "/profil"))  # /profil again asks what is still empty


def test_another_command_leaves_the_profile_for_later_and_says_so(engine):
    engine.handle("u", "/prima")
    engine.handle("u", "/profil")
    engine.handle("u", "Sri Wahyuni")
    engine.handle("u", "/skp")  # asked again once after another command (README), let go at the second
    assert engine.state("u").profil is not None
    reply = said(engine.handle("u", "/prima"))
    assert engine.state("u").profil is None and "/profil" in reply and "masih kosong" in reply
    assert engine.state("u").skp.pegawai.atasan == ""
    engine.handle("u", "iki ku ga nyambung ke renstra, sy ngurus SPM SP2D")
    assert engine.state("u").skp.pegawai.atasan == "" and engine.state("u").skp.pegawai.jabatan == ""


@pytest.mark.parametrize(("jabatan", "peran"), [("Kepala Balai Besar Laboratorium Kesehatan Masyarakat", "pimpinan_unit"),
                                                ("Ketua Tim Kerja Mutu Laboratorium", "ketua_tim"),
                                                ("Pranata Laboratorium Kesehatan Ahli Muda", "anggota")])
def test_a_jabatan_naming_a_leader_makes_the_skp_a_leaders(engine, jabatan, peran):
    # tester21a #12: a Kepala Balai's own SKP of 3 IKI was told «pegawai non pimpinan perlu minimal 5 IKI» after her
    # /profil jabatan said «Kepala Balai …».
    user = f"u-{peran}"
    engine.handle(user, "1. Persentase labkesda binaan yang memenuhi standar mutu 80%\n"
                        "2. Indeks kepuasan pelanggan layanan pengujian 3,5\n3. Nilai IKPA satker 95")
    engine.handle(user, "simpan semua")
    engine.handle(user, f"/profil jabatan {jabatan}")
    assert engine.state(user).skp.peran == peran
    shown = "\n".join(r.text for r in engine.handle(user, "/skp"))
    assert ("pegawai non pimpinan perlu minimal 5 IKI" in shown) is (peran != "pimpinan_unit")


def test_a_long_question_about_something_else_is_not_swallowed_by_the_profile(engine):
    # tester21a #14: «mau dialog kinerja sm sari hari ini, bahannya apa aja ya?» typed while /profil asked a field got
    # only «Profil ini hanya untuk identitas …» and the field again: the question was neither answered nor kept.
    engine.handle("u", "/profil")
    engine.handle("u", "Fitri Sari")
    elsewhere = said(engine.handle("u", "mau dialog kinerja sm sari hari ini, bahannya apa aja ya?"))
    assert "Profil ini hanya untuk identitas" not in elsewhere and "NIP Anda" in elsewhere
    assert "Profil ini hanya untuk identitas" in said(engine.handle("u", "buat apa?"))
    assert "Profil ini hanya untuk identitas" in said(engine.handle("u", "NIP saya dipakai buat apa aja sih?"))


@pytest.mark.parametrize("typed", ["/profil unit kerja Balai Labkesmas Makassar", "/profil unit Balai Labkesmas Makassar",
                                   "/profil unit kerja: Balai Labkesmas Makassar"])
def test_profil_names_the_unit_after_the_command_as_it_names_the_nip(engine, typed):
    """tester24 #8: «/profil unit kerja Balai …» was refused as a NIP («NIP hanya berisi angka»)."""
    engine.handle("u", "/profil nama dr. Hendra Wijaya")
    reply = said(engine.handle("u", typed))
    assert engine.state("u").skp.pegawai.unit == "Balai Labkesmas Makassar", reply
    assert "belum bisa dipakai" not in reply


def test_a_correction_naming_its_field_changes_that_field_whatever_is_asked(engine):
    """«eh NIP nya salah ketik, yg bener …» under the NIP atasan's question is the member's own NIP (day-one dev14)."""
    engine.handle("u", "/profil")
    engine.handle("u", "Retno Wulandari, 199103122019032008, Fisikawan Medis Ahli Pertama, Instalasi Radioterapi, "
                       "atasan dr. Hendro")
    shown = said(engine.handle("u", "eh NIP nya salah ketik, yg bener 199103122019032007"))
    pegawai = engine.state("u").skp.pegawai
    assert (pegawai.nip, pegawai.nip_atasan, pegawai.nama) == ("199103122019032007", "", "Retno Wulandari")
    assert "199103122019032008" not in shown
    engine.handle("u", "/profil")
    engine.press("u", "profil:field:jabatan")
    engine.handle("u", "unitnya salah, seharusnya Instalasi Radioterapi RS Kanker Dharmais")
    pegawai = engine.state("u").skp.pegawai
    assert (pegawai.unit, pegawai.jabatan) == ("Instalasi Radioterapi RS Kanker Dharmais", "Fisikawan Medis Ahli Pertama")


def test_a_profile_in_one_unmarked_line_is_cut_at_three_labels_and_the_count_is_data(tmp_path, monkeypatch):
    """conversation.yaml `profil_unmarked_labels`: three labels in the form's order cut a line with no marks, two are
    one answer (a value's own words); the count is read from the knowledge file, not code."""
    import shutil
    from pathlib import Path

    from bot import knowledge
    from bot.settings import get_settings

    three, two = "nama Andi NIP 198304112009122002 jabatan Analis SDM", "nama Andi jabatan Analis SDM"
    assert read_profile(three, "nama") == {"nama": "Andi", "nip": "198304112009122002", "jabatan": "Analis SDM"}
    assert read_profile(two, "nama") == {"nama": "Andi jabatan Analis SDM"}
    folder = tmp_path / "knowledge"
    shutil.copytree(Path(__file__).resolve().parents[1] / "knowledge", folder)
    conversation = folder / "conversation.yaml"
    text = conversation.read_text(encoding="utf-8")
    assert "\nprofil_unmarked_labels: 3\n" in text
    conversation.write_text(text.replace("\nprofil_unmarked_labels: 3\n", "\nprofil_unmarked_labels: 2\n"),
                            encoding="utf-8")
    monkeypatch.setenv("IKI_KNOWLEDGE_DIR", str(folder))
    get_settings.cache_clear()
    knowledge.clear()
    try:
        assert read_profile(two, "nama") == {"nama": "Andi", "jabatan": "Analis SDM"}
    finally:
        monkeypatch.delenv("IKI_KNOWLEDGE_DIR")
        get_settings.cache_clear()
        knowledge.clear()


@pytest.mark.parametrize("typed", [
    "eh salah ketik td, 199207142018012003",  # a slip owned up to before the number
    "maaf ketinggalan satu angka: 199207142018012003",
    "nomornya ini ya 199207142018012003",  # no capitalised word: a remark, never a name
])
def test_a_remark_before_the_nip_asked_is_no_name_and_the_name_kept(engine, typed):
    """Answering the NIP question, the words before the number are a remark about it: the name typed earlier stays
    (tester55 F1: «oh iya kurang 1, 1988…» became the name on the export and its file name)."""
    engine.handle("u", "/profil")
    engine.handle("u", "Sinta Maharani, S.Ft\n1992 0714 2018 01 200\nFisioterapis Ahli Pertama\nInstalasi Rehabilitasi"
                       " Medik RSUD Cibinong\nKepala Instalasi Rehabilitasi Medik")
    assert engine.state("u").profil.field == "nip"  # 17 digits refused, the rest kept
    engine.handle("u", typed)
    pegawai = engine.state("u").skp.pegawai
    assert (pegawai.nama, pegawai.nip) == ("Sinta Maharani, S.Ft", "199207142018012003")


def test_a_name_still_opens_a_pasted_line_with_the_nip():
    assert read_profile("Bambang Sutrisno, 198304112009122002", "nip") == {"nama": "Bambang Sutrisno",
                                                                           "nip": "198304112009122002"}
