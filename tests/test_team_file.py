"""A Kepala Balai's whole unit in one workbook (tester24 #2): asked in words, every level under her (her Ketua Tim
and their members) one row per IKI with who it belongs to, and `iki audit` reads it as it comes."""

from io import BytesIO

from openpyxl import load_workbook

from bot.audit.sheet_reading import read_export
from bot.models import IkiDraft, Jenis, Pegawai, SkpDraft
from tests.test_team_chat import LEADER, MEMBER, STRANGER


def _with_profile(pair, user: str, pegawai: Pegawai, iki: list[IkiDraft]) -> None:
    state = pair.state(user)
    state.skp = SkpDraft(iki=iki, pegawai=pegawai)
    pair.store.save(user, state.model_dump_json())


def _iki(text: str, bobot: int = 90) -> list[IkiDraft]:
    return [IkiDraft(indikator=text, target="95%", jenis=Jenis.core_tusi, bobot=bobot),
            IkiDraft(indikator="Nilai Indeks Profesionalitas ASN", target="85", jenis=Jenis.core_mi, bobot=10)]


def test_the_whole_unit_in_one_file_asked_in_words_and_read_by_the_audit(pair, tmp_path):
    pair.pair_up()  # MEMBER's leader is LEADER (the Kepala Balai); STRANGER is MEMBER's member (a Ketua Tim's)
    code = pair.say(STRANGER, "/atasan")[0].text.split()[4]
    asked = pair.say(MEMBER, f"/start {code}")
    pair.press(MEMBER, asked[0].buttons[0].data)
    assert pair.store.reviewer_of(STRANGER).reviewer == MEMBER
    _with_profile(pair, LEADER, Pegawai(nama="dr. Siti Aminah", jabatan="Kepala Balai Labkesmas"),
                  _iki("Persentase hasil uji laboratorium yang terbit tepat waktu"))
    _with_profile(pair, MEMBER, Pegawai(nama="dr. Hendra Wijaya", nip="198001012006041001"),
                  _iki("Persentase sampel rujukan yang diperiksa sesuai standar waktu"))
    _with_profile(pair, STRANGER, Pegawai(nama="Dewi Lestari"),
                  _iki("Persentase sampel mikrobiologi yang diperiksa sesuai standar waktu"))
    for words in ("sy mau semua SKP unit sy dlm satu file buat dikirim ke Biro OSDM", "rekap skp seluruh balai",
                  "ekspor semua skp tim dlm 1 file"):
        replies = pair.say(LEADER, words)
        files = [r.file for r in replies if r.file and r.file.name.startswith("skp-tim")]
        assert len(files) == 1, (words, [r.text for r in replies])
    sheet = load_workbook(BytesIO(files[0].data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("NIP", "Nama", "Jabatan", "Unit kerja", "Peran", "Atasan")
    assert [(r[1], r[4], r[5]) for r in rows[1::2]] == [("dr. Siti Aminah", "Pimpinan Unit", None),
                                                         ("dr. Hendra Wijaya", "Ketua Tim", "dr. Siti Aminah"),
                                                         ("Dewi Lestari", "Anggota", "dr. Hendra Wijaya")]
    path = tmp_path / files[0].name
    path.write_bytes(files[0].data)
    employees, report = read_export(path)
    assert report.adds_up and [(e.nama, len(e.rows)) for e in employees] == [
        ("dr. Siti Aminah", 2), ("dr. Hendra Wijaya", 2), ("Dewi Lestari", 2)]
    assert not pair.state(LEADER).year.entries  # never kept as the leader's catatan harian


def test_a_kepala_balai_splitting_among_her_ketua_tim_opens_the_mpph(pair):
    replies = pair.say(LEADER, "mau bagi iki ke 2 ketua tim")
    assert "Matriks Pembagian Peran dan Hasil" in replies[0].text


def test_a_members_dialog_pack_is_signed_by_the_paired_leader_as_the_ekspor_is(pair):
    """tester24 #4: /ekspor named the paired leader as pejabat penilai, the /dialog DOCX «…» the same minute."""
    from docx import Document

    pair.pair_up()
    _with_profile(pair, LEADER, Pegawai(nama="dr. Hendra Wijaya", nip="198001012006041001"), [])
    _with_profile(pair, MEMBER, Pegawai(nama="Kevin Pratama"),
                  _iki("Persentase sampel kimia klinik yang diperiksa sesuai standar waktu"))
    replies = pair.say(MEMBER, "/dialog")
    packs = [r for r in replies if r.file and r.file.name.endswith(".docx")]
    text = "\n".join(cell.text for table in Document(BytesIO(packs[0].file.data)).tables
                     for row in table.rows for cell in row.cells)
    assert "dr. Hendra Wijaya" in text and "198001012006041001" in text
    assert "atasan" not in packs[0].text.split("Profil belum lengkap")[-1]  # nor said missing


def _workbook_text(replies) -> str:
    files = [r.file for r in replies if r.file and r.file.name.endswith(".xlsx")]
    sheet = load_workbook(BytesIO(files[-1].data)).worksheets[0]
    return "\n".join(str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell)


def test_an_atasan_typed_before_the_new_leader_confirmed_no_longer_signs(pair):
    """tester24 #4: Dewi typed «Ketua Tim Lab Rujukan» in /profil, then «atasan saya ganti»; Rahmat confirmed and his
    /profil has his name, yet /ekspor still named the old Ketua Tim. An atasan typed after the pairing still signs."""
    from datetime import timedelta

    pair.pair_up()
    _with_profile(pair, MEMBER, Pegawai(nama="Dewi Lestari"),
                  _iki("Persentase sampel mikrobiologi yang diperiksa sesuai standar waktu"))
    _with_profile(pair, STRANGER, Pegawai(nama="Rahmat Hidayat, S.KM", nip="198502022010011002"), [])
    pair.say(MEMBER, "/profil atasan Ketua Tim Lab Rujukan")
    assert pair.state(MEMBER).skp.pegawai.atasan == "Ketua Tim Lab Rujukan"
    assert "Ketua Tim Lab Rujukan" in _workbook_text(pair.say(MEMBER, "/ekspor"))  # typed after pairing: it signs
    pair.now += timedelta(days=30)
    said = pair.say(MEMBER, "atasan saya ganti, katim baru pak Rahmat")  # led by a welcome back: 30 days on a draft
    code = next(r.text for r in said if r.text.startswith("Kode untuk atasan Anda:")).split()[4]
    pair.press(STRANGER, pair.say(STRANGER, f"/start {code}")[0].buttons[0].data)
    told = "\n".join(d.replies[0].text for d in pair.inbox[MEMBER] if d.key.startswith("penilai:"))
    assert "Rahmat Hidayat, S.KM sebagai pejabat penilai" in told and "«Ketua Tim Lab Rujukan»" in told, told
    pair.now += timedelta(days=1)
    signed = _workbook_text(pair.say(MEMBER, "/ekspor"))
    assert "Rahmat Hidayat, S.KM" in signed and "198502022010011002" in signed
    assert "Ketua Tim Lab Rujukan" not in signed
    pair.say(MEMBER, "/profil atasan dr. Siti Aminah")  # typed after the new pairing: the member's word signs
    assert "dr. Siti Aminah" in _workbook_text(pair.say(MEMBER, "/ekspor"))


def test_the_team_export_speaks_of_the_members_skp_to_the_leader(pair):
    """tester24 #12: «Rahmat Hidayat, S.KM: DRAF — SKP Anda (…) Profil belum lengkap (…): isi dengan /profil» was said
    to the Kepala Balai about her Ketua Tim's file."""
    pair.submitted()
    pair.decide(pair.leader_buttons()["Setujui semua"][0])  # ditetapkan: the file says whose SKP it is
    replies = pair.say(LEADER, "/ekspor tim")
    member = [r.text for r in replies
              if r.file and r.file.name.endswith(".xlsx") and not r.file.name.startswith("skp-tim")]
    assert member and "SKP-nya" in member[0] and "minta ia mengisi /profil" in member[0], member
    assert "Anda" not in member[0] and "isi dengan /profil" not in member[0]
    own = pair.say(MEMBER, "/ekspor")  # the member's own file still speaks to them
    assert any("SKP Anda" in r.text for r in own if r.file)


def test_an_atasan_kept_from_before_its_time_was_recorded_gives_way_to_the_leader_who_confirms(pair):
    """tester24 #4, the lead's decision: when a paired leader confirms, the paired leader signs; the typed atasan is
    kept only as a note, said once. A profile saved before /profil recorded when the atasan was typed (atasan_at 0,
    every profile of an earlier release) still signed with the old Ketua Tim after the new leader confirmed."""
    _with_profile(pair, MEMBER, Pegawai(nama="Dewi Lestari", atasan="Ketua Tim Lab Rujukan"),
                  _iki("Persentase sampel mikrobiologi yang diperiksa sesuai standar waktu"))
    _with_profile(pair, LEADER, Pegawai(nama="Rahmat Hidayat, S.KM", nip="198502022010011002"), [])
    pair.pair_up()
    told = [d.replies[0].text for d in pair.inbox[MEMBER] if d.key.startswith("penilai:")]
    assert len(told) == 1 and "«Ketua Tim Lab Rujukan»" in told[0], told
    signed = _workbook_text(pair.say(MEMBER, "/ekspor"))
    assert "Rahmat Hidayat, S.KM" in signed and "198502022010011002" in signed
    assert "Ketua Tim Lab Rujukan" not in signed
    assert pair.state(MEMBER).skp.pegawai.atasan == "Ketua Tim Lab Rujukan"  # kept, as the member's note


def test_a_change_not_yet_agreed_is_exported_as_the_change_never_as_the_agreed_skp(pair):
    """tester24 #14: «SKP Anda (Status SKP: ditetapkan, versi 2, …)» said of a file whose «Disepakati, tanggal ____»
    was blank: the SKP had changed since it was agreed, and the caption said nothing of it."""
    pair.decide(pair.submitted()["Setujui semua"][0])
    asked = pair.say(MEMBER, "/ubah 1 target 95%")
    pair.press(MEMBER, asked[-1].buttons[0].data)
    pair.say(MEMBER, "arah kebijakan berubah")  # waits for the leader
    replies = pair.say(MEMBER, "/ekspor")
    caption = [r.text for r in replies if r.file][-1]
    assert "Perubahan SKP Anda (Status SKP: ditetapkan, versi 1" in caption, caption
    assert "perubahan ini belum disepakati" in caption, caption
    assert "Disepakati, tanggal ____" in _workbook_text(replies)


def test_profil_says_the_typed_atasan_is_a_note_when_the_paired_leader_signs(pair):
    """tester24 #4, the lead's decision: /profil showed «Atasan: Ketua Tim Lab Rujukan» while the files named the
    leader who confirmed; it now says who the files name and that the typed atasan is only a note."""
    _with_profile(pair, MEMBER, Pegawai(nama="Dewi Lestari", atasan="Ketua Tim Lab Rujukan"), [])
    _with_profile(pair, LEADER, Pegawai(nama="Rahmat Hidayat, S.KM"), [])
    pair.pair_up()
    shown = pair.say(MEMBER, "/profil")[0].text
    assert "Atasan: Ketua Tim Lab Rujukan" in shown, shown
    assert "mencantumkan Rahmat Hidayat, S.KM sebagai pejabat penilai" in shown, shown
    assert "«Ketua Tim Lab Rujukan» di atas hanya catatan" in shown, shown
    pair.say(MEMBER, "/batal")
    pair.say(MEMBER, "/profil atasan dr. Siti Aminah")  # typed after the pairing: the member's word signs
    assert "hanya catatan" not in pair.say(MEMBER, "/profil")[0].text


def test_a_leader_without_a_profile_gets_a_plain_team_file_name(pair):
    """tester51 P2-9: an empty /profil named the team file «skp-tim-tim.xlsx»; a named leader's keeps their name."""
    pair.submitted()
    names = [r.file.name for r in pair.say(LEADER, "/ekspor tim") if r.file and r.file.name.startswith("skp-tim")]
    assert names == ["skp-tim.xlsx"]
    _with_profile(pair, LEADER, Pegawai(nama="dr. Siti Aminah"), _iki("Persentase hasil uji yang terbit tepat waktu"))
    names = [r.file.name for r in pair.say(LEADER, "/ekspor tim") if r.file and r.file.name.startswith("skp-tim")]
    assert names == ["skp-tim-dr-siti-aminah.xlsx"]
