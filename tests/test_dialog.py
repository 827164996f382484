"""The dialog kinerja pack: agenda, BerAKHLAK, lampiran, questions and a rencana aksi per RHK, as text and DOCX."""

import json
from io import BytesIO

from docx import Document

from bot.conversation import Engine
from bot.models import IkiDraft, SkpDraft
from bot.skp.dialog_pack import build_pack, pack_docx, pack_text, trajectory

SKP = SkpDraft.model_validate({"iki": [
    {"indikator": "Jumlah sertifikat hasil kalibrasi alat kesehatan", "target": "120", "satuan": "Sertifikat"},
    {"indikator": "Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti", "target": "80%"},
    {"indikator": "Nilai Indeks Profesionalitas ASN", "target": "82", "satuan": "Nilai"},
]})


def test_trajectories_follow_the_kind_of_measure():
    assert trajectory(SKP.iki[0])[-1] == "120 Sertifikat (kumulatif)" and trajectory(SKP.iki[0])[0] == "30 Sertifikat (kumulatif)"
    assert trajectory(SKP.iki[1]) == ["80%"] * 4  # a percentage holds its level (issue 10), it is not a running count
    assert trajectory(SKP.iki[2]) == ["dipantau", "dipantau", "dipantau", "82 Nilai"]
    assert trajectory(IkiDraft(indikator="Nilai SAKIP", target="tinggi")) == ["sepakati"] * 4


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
    assert len(document.tables) == 1 + len(SKP.iki)
    assert document.tables[0].rows[1].cells[1].text == SKP.iki[0].indikator


def test_chat_and_cli_give_the_pack(run_iki, tmp_path):
    engine = Engine()
    assert "Belum ada IKI" in engine.handle("u", "/dialog")[0].text
    path = tmp_path / "skp.json"
    path.write_text(json.dumps(SKP.model_dump(mode="json")), encoding="utf-8")
    done = run_iki("dialog", str(path))
    assert done.returncode == 0 and "Rencana aksi per RHK" in done.stdout
    assert (tmp_path / "skp.docx").exists()
