"""The dialog kinerja pack: agenda, BerAKHLAK, lampiran, questions and a rencana aksi per RHK, as text and DOCX, with
the employee's identity and the signatures; quarterly targets that fit one-off deliverables and seasonal work."""

import json
from io import BytesIO

from docx import Document

from bot.conversation import Engine
from bot.lang.dates import read_quarter
from bot.models import IkiDraft, Pegawai, SkpDraft
from bot.rules import check_iki
from bot.skp.dialog_pack import build_pack, pack_docx, pack_text, read_quarter_targets, trajectory

SKP = SkpDraft.model_validate({"iki": [
    {"indikator": "Jumlah sertifikat hasil kalibrasi alat kesehatan", "target": "120", "satuan": "Sertifikat"},
    {"indikator": "Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti", "target": "80%"},
    {"indikator": "Nilai Indeks Profesionalitas ASN", "target": "82", "satuan": "Nilai"},
]})


def test_trajectories_follow_the_kind_of_measure():
    assert trajectory(SKP.iki[0])[-1] == "120 Sertifikat (kumulatif)" and trajectory(SKP.iki[0])[0] == "30 Sertifikat (kumulatif)"
    # A percentage is not a running count (issue 10), and without a baseline it is not at 100% from TW I (issue 16).
    assert trajectory(SKP.iki[1]) == ["dipantau", "dipantau", "dipantau", "80%"]
    assert trajectory(SKP.iki[1].model_copy(update={"baseline": "60%"})) == ["65%", "70%", "75%", "80%"]
    assert trajectory(SKP.iki[2]) == ["dipantau", "dipantau", "dipantau", "82"]  # a measure word is no unit after the number (tester48 P1-3)
    assert trajectory(IkiDraft(indikator="Nilai SAKIP", target="tinggi")) == ["sepakati"] * 4


def test_a_one_off_is_in_progress_until_the_quarter_it_is_due():
    dashboard = IkiDraft(indikator="Dashboard cakupan BIAS per kab/kota", target="1 dashboard")
    assert trajectory(dashboard) == ["dalam proses"] * 3 + ["1 dashboard (kapan selesai belum disepakati)"]
    due = dashboard.model_copy(update={"triwulan_selesai": 3, "satuan": "Dashboard"})
    assert trajectory(due) == ["dalam proses", "dalam proses", "1 Dashboard (selesai)", "1 Dashboard"]
    modules = IkiDraft(indikator="Jumlah modul pelatihan SBBL yang disahkan", target="3", satuan="Modul", triwulan_selesai=3)
    assert trajectory(modules) == ["1 Modul (kumulatif)", "2 Modul (kumulatif)", "3 Modul (selesai)", "3 Modul"]


def test_a_target_looser_than_its_baseline_is_never_planned_backwards():
    # tester18 #5: a reject rate «≤5%» from a baseline of 2% was planned 2,75 → 3,5 → 4,25 → 5% with no finding.
    reject = IkiDraft(indikator="Persentase pengulangan foto rontgen", target="≤5%", baseline="2%")
    assert trajectory(reject) == ["≤ 5%"] * 4
    assert "IKI-BASELINE" in [f.rule for f in check_iki(reject).findings]
    assert trajectory(reject.model_copy(update={"baseline": "7%"})) == ["6,5%", "6%", "5,5%", "5%"]
    rate = IkiDraft(indikator="Persentase resep yang dilayani tepat waktu", target="80%", baseline="90%")
    assert trajectory(rate) == ["dipantau", "dipantau", "dipantau", "80%"]
    assert "IKI-BASELINE" in [f.rule for f in check_iki(rate).findings]


def test_quarterly_targets_the_user_agreed_are_kept():
    bias = IkiDraft(indikator="Persentase kab/kota dengan cakupan BIAS campak-rubela minimal 95%", target="80%",
                    target_triwulan=["0", "0", "40%", "80%"])
    assert trajectory(bias) == ["0%", "0%", "40%", "80%"]
    assert read_quarter_targets("TW I: 0, TW II: 0, TW III: 40%, TW IV: 80%") == ["0", "0", "40%", "80%"]
    assert read_quarter_targets("- - 40 80") == [None, None, "40", "80"] and read_quarter_targets("0 40 80") is None
    assert [read_quarter(t) for t in ("TW III", "tw3", "triwulan 3", "IV", "2", "Agustus")] == [3, 3, 3, 4, 2, None]


def test_the_pack_covers_the_dialog_agenda():
    pack = build_pack(SKP)
    text = pack_text(pack)
    for part in ("Hasil kerja yang diharapkan", "BerAKHLAK", "Dukungan sumber daya", "Skema pertanggungjawaban",
                 "Konsekuensi", "klarifikasi ekspektasi", "Rencana aksi"):
        assert part in text
    assert [v for v, _ in pack.berakhlak][:2] == ["Berorientasi Pelayanan", "Akuntabel"] and len(pack.berakhlak) == 7
    assert pack.plans[0].rhk.startswith("Sertifikat hasil kalibrasi alat kesehatan")


def test_docx_opens_with_tables_per_rhk():
    document = Document(BytesIO(pack_docx(build_pack(SKP))))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "1. Hasil kerja yang diharapkan" in headings and "7. Rencana aksi per RHK" in headings
    assert len(document.tables) == 1 + 1 + len(SKP.iki) + 1  # identity, results, one plan per RHK, signatures
    assert document.tables[1].rows[1].cells[1].text == SKP.iki[0].indikator


def test_docx_carries_the_profile_and_a_signature_for_each_party():
    skp = SKP.model_copy(update={"pegawai": Pegawai(nama="Ratna Dewi Anggraeni", nip="198304112009122002",
                                                     jabatan="Epidemiolog Kesehatan Ahli Muda", unit="Direktorat Imunisasi",
                                                     atasan="Direktur Imunisasi", nip_atasan="197501012000031001")})
    document = Document(BytesIO(pack_docx(build_pack(skp))))
    identity = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert identity["NIP"] == "198304112009122002" and identity["Unit kerja"] == "Direktorat Imunisasi"
    assert "Periode penilaian" in identity
    signatures = [cell.text for cell in document.tables[-1].rows[0].cells]
    assert "Ratna Dewi Anggraeni" in signatures[0] and "NIP 198304112009122002" in signatures[0]
    assert "Direktur Imunisasi" in signatures[1] and "NIP 197501012000031001" in signatures[1]  # the leader's NIP too
    assert "NIP: 198304112009122002" in pack_text(build_pack(skp))
    blank = Document(BytesIO(pack_docx(build_pack(SKP))))  # no profile: blanks to write in, never a guess
    assert {row.cells[0].text: row.cells[1].text for row in blank.tables[0].rows}["Nama"] == "…"


def test_chat_and_cli_give_the_pack(run_iki, tmp_path):
    engine = Engine()
    assert "Belum ada IKI" in engine.handle("u", "/dialog")[0].text
    path = tmp_path / "skp.json"
    path.write_text(json.dumps(SKP.model_dump(mode="json")), encoding="utf-8")
    done = run_iki("dialog", str(path))
    assert done.returncode == 0 and "Rencana aksi per RHK" in done.stdout
    assert (tmp_path / "skp.docx").exists()
