"""A member's IKI cascaded from the leader's with /mpph: the leader's indicator it works under is its parent, in the
chat and in `iki audit` reading the team's workbook alike (IKI-PARENT)."""

from bot.audit.checking import audit
from bot.audit.sheet_reading import read_export
from bot.models import IkiDraft, Jenis, Pegawai, SkpDraft
from bot.rules import check_iki
from bot.skp.export import team_workbook
from tests.test_team_chat import MEMBER, _split_and_invite

CASCADED = "Jumlah sertifikat hasil kalibrasi alat kesehatan di wilayah barat"
LEADERS = "Jumlah sertifikat hasil kalibrasi alat kesehatan"


def _categories(draft: IkiDraft) -> set[str]:
    return {f.category.value for f in check_iki(draft).findings}


def test_a_core_cl_naming_the_leaders_indicator_has_its_parent():
    with_leader = IkiDraft(indikator=CASCADED, target="60", satuan="Sertifikat", jenis=Jenis.core_cl,
                           rhk_atasan=LEADERS)
    assert "PARENT_MISSING" not in _categories(with_leader)
    assert "PARENT_MISSING" in _categories(with_leader.model_copy(update={"rhk_atasan": None}))


def test_an_invited_members_core_cl_is_never_told_it_lacks_a_parent(pair):
    """The leader's indicator has no IKK code; the member's part of it is a direct cascade all the same."""
    codes = _split_and_invite(pair)
    asked = pair.say(MEMBER, f"/start {codes['Ani']}")
    started = "\n".join(r.text for r in pair.press(MEMBER, asked[0].buttons[0].data))
    iki = pair.state(MEMBER).skp.iki[0]
    assert iki.jenis is Jenis.core_cl and not iki.parent and iki.rhk_atasan == LEADERS
    assert "belum menyebut indikator induknya" not in started, started


def test_the_audit_reads_the_leaders_indicator_from_the_team_workbook_as_the_parent(tmp_path):
    cascaded = IkiDraft(indikator=CASCADED, target="60", satuan="Sertifikat", jenis=Jenis.core_cl, bobot=50,
                        rhk_atasan=LEADERS)
    orphan = IkiDraft(indikator="Jumlah sertifikat hasil kalibrasi alat kesehatan di wilayah timur", target="40",
                      satuan="Sertifikat", jenis=Jenis.core_cl, bobot=50)
    people = [(Pegawai(nama="Ani", nip="199001012015012001", unit="Tim Kalibrasi"), "Anggota", "Budi",
               SkpDraft(iki=[cascaded])),
              (Pegawai(nama="Dewi", nip="199202022016022002", unit="Tim Kalibrasi"), "Anggota", "Budi",
               SkpDraft(iki=[orphan]))]
    path = tmp_path / "tim.xlsx"
    path.write_bytes(team_workbook(people))
    employees, report = read_export(path)
    warned = {e.nama: e.iki[0].warnings for e in audit(employees, report).employees}
    assert "PARENT_MISSING" not in warned["Ani"]
    assert "PARENT_MISSING" in warned["Dewi"]


def test_an_invited_member_is_told_the_fields_their_part_still_lacks_in_the_order_asked(pair):
    """The part comes with its target and jenis, yet «target, jenis, lalu bobot» from «daftar Anda» was said; a count
    is asked only its weight (no data awal is asked of a count, invited or not), a share its data awal first."""
    codes = _split_and_invite(pair)
    asked = pair.say(MEMBER, f"/start {codes['Ani']}")
    started = pair.press(MEMBER, asked[0].buttons[0].data)
    text = "\n".join(r.text for r in started)
    assert "dari bagian Anda di MPPH" in text and "yang belum terisi saya tanyakan: bobot." in text, text
    assert "Bobot IKI ini" in started[-1].text
    assert "target, jenis" not in text and "daftar Anda" not in text
