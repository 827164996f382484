"""Small things a blind tester found (tester48): each through the real engine, as a user meets it."""

import re
from io import BytesIO

from openpyxl import load_workbook

from bot.conversation import Engine
from tests.talk import said, typed


def _form_row(engine: Engine, user: str, indikator: str) -> list[str]:
    """The row of the /ekspor workbook's SKP sheet that holds `indikator`, as its cells' text."""
    data = next(r.file.data for r in engine.handle(user, "/ekspor") if r.file)
    sheet = load_workbook(BytesIO(data)).worksheets[0]
    return next([str(c) for c in row if c is not None] for row in sheet.iter_rows(values_only=True)
                if indikator in row)


def test_a_score_target_is_said_without_its_measure_word_and_the_form_keeps_its_satuan():
    # P1-3: «Nilai Indeks Profesionalitas ASN target 80» was «(target 80 Nilai)» in the reply and «Target 80 Nilai» in
    # /skp: the measure word is no unit in a sentence; the e-Kinerja form's Satuan column still names it
    engine = Engine()
    text = said(engine.handle("u", "Nilai Indeks Profesionalitas ASN target 80"))
    assert "(target 80)" in text and "80 Nilai" not in text, text
    engine.handle("u", "10")
    skp = said(engine.handle("u", "/skp"))
    assert "Target 80 ·" in skp and "80 Nilai" not in skp, skp
    row = _form_row(engine, "u", "Nilai Indeks Profesionalitas ASN")
    assert row[row.index("80") + 1] == "Nilai", row


def test_an_index_is_not_asked_its_satuan():
    # «Satuan targetnya?» under «Indeks kepuasan …» led a user to answer «indeks»: a score's satuan is its measure word
    engine = Engine()
    text = said(typed(engine, "u", "Indeks kepuasan pasien rawat jalan target 85"))
    assert "Satuan targetnya?" not in text and "(target 85)" in text, text
    assert engine.state("u").skp.iki[0].satuan is None


def test_an_older_relink_button_says_what_it_moved_and_offers_batal(tmp_path, at):
    # P1-11: after «Jumlahnya berapa?» was answered, the entry's «Salah IKI?» buttons still relinked it: a habitual «#1»
    # moved it to another IKI and dropped its count, with no word of what was lost and no undo offered
    from bot.storage.sqlite import SqliteStore
    from tests.agreed_year import agreed
    from tests.talk import labels, press

    at("2026-03-10T15:00")
    engine = Engine(SqliteStore(tmp_path / "s.sqlite3"))
    agreed(engine)
    asked = engine.handle("u1", "hari ini verifikasi berkas usulan kenaikan pangkat, sudah diusulkan ke BKN")
    assert "Jumlahnya berapa?" in said(asked) and "IKI 2" in labels(asked)
    assert "12, dihitung untuk IKI 1" in said(engine.handle("u1", "12"))
    moved = press(engine, "u1", asked, "IKI 2")
    assert "dihubungkan ke IKI 2 (sebelumnya IKI 1, jumlah 12)" in said(moved), said(moved)
    assert labels(moved) == ["Batal: tetap IKI 1"]
    assert "kembali ke IKI 1" in said(press(engine, "u1", moved, "Batal"))
    entry = engine.state("u1").year.entries[0]
    assert entry.quantity == 12 and entry.iki.startswith("Jumlah berkas"), entry
    # the same by typing «batal» under it; a second «Batal» finds nothing left to take back
    moved = press(engine, "u1", asked, "di luar SKP")
    assert "dicatat di luar SKP (sebelumnya IKI 1, jumlah 12)" in said(moved), said(moved)
    assert "kembali ke IKI 1" in said(engine.handle("u1", "batal"))
    assert engine.state("u1").year.entries[0].quantity == 12
    assert "kembali" not in said(press(engine, "u1", moved, "Batal"))


def _mpph_done(engine: Engine, user: str):
    from tests.talk import mpph_divided

    engine.handle(user, "/mpph")
    mpph_divided(engine, user, "Jumlah sertifikat hasil kalibrasi alat kesehatan; 100 Sertifikat", "kuantitatif",
                 "Ani; wilayah barat; 60\nBudi; wilayah timur; 40")
    engine.press(user, "mpph:roles")
    return engine.press(user, "mpph:done")


def _leader_row(data: bytes) -> list[str]:
    sheet = load_workbook(BytesIO(data)).worksheets[0]
    return [str(c) for c in next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))[:2]]


def test_the_profile_name_leads_the_mpph_and_dialog_files_and_its_absence_is_said():
    # P2-6: the MPPH workbook's leader was «Ketua Tim | Ketua Tim» with nothing said of the missing profile, and
    # /dialog's file was «bahan-dialog-kinerja.docx» with /profil's name set (README: it leads every file's name)
    engine = Engine()
    sent = _mpph_done(engine, "u")
    made = next(r for r in sent if r.file)
    assert made.file.name == "mpph.xlsx" and "isi dengan /profil" in made.text, made.text
    assert _leader_row(made.file.data) == ["(nama belum diisi)", "Ketua Tim"]

    engine.handle("u", "/profil Ani Lestari, 198304112009122002, Ketua Tim Kualitas Air, Dit Kesling, Direktur")
    made = next(r for r in _mpph_done(engine, "u") if r.file)
    assert made.file.name == "ani-lestari-mpph.xlsx" and "/profil" not in made.text, made.text
    assert _leader_row(made.file.data) == ["Ani Lestari", "Ketua Tim Kualitas Air"]

    engine.handle("u", "Nilai Indeks Profesionalitas ASN target 80")
    pack = next(r for r in engine.handle("u", "/dialog") if r.file)
    assert pack.file.name == "ani-lestari-bahan-dialog-kinerja.docx", pack.file.name


def test_a_reopened_chat_numbers_its_buttons_without_a_gap_and_prints_them_as_they_are_pressed(tmp_path, monkeypatch):
    # P2-9: the stored MPPH matrix (/mpph: its «Mulai MPPH baru» #8) came back on reopening as «#1 … #7, #9» (the open
    # matrix has no «Mulai MPPH baru»); P1-2: a question over an earlier screen's eleven buttons came back as «[12] Core
    # CL … [17] Selesai dulu», printed bare though only «#12» pressed it
    import io

    from bot import chat
    from bot.conversation.replies import Button, Reply
    from bot.storage.sqlite import SqliteStore

    monkeypatch.setenv("IKI_DATA_DIR", str(tmp_path))
    engine = Engine(SqliteStore(tmp_path / "s.sqlite3"))
    engine.handle("terminal", "/mpph Jumlah sertifikat hasil kalibrasi alat kesehatan; 100 Sertifikat")
    engine.press("terminal", "mpph:method:kuantitatif")
    engine.handle("terminal", "Ani; wilayah barat; 60\nBudi; wilayah timur; 40")
    chat.run(engine, io.StringIO("selesai\n/mpph\n"), io.StringIO())
    out = io.StringIO()
    chat.run(engine, io.StringIO(""), out)
    numbers = [int(n) for n in re.findall(r"\[#(\d+)\]", out.getvalue())]
    assert numbers == list(range(1, len(numbers) + 1)) and "[#8] Mulai MPPH baru" in out.getvalue(), out.getvalue()

    shown = io.StringIO()
    asked = [Reply("Jenis IKI ini?", [Button("Core CL", "fill:jenis:core_cl"), Button("Selesai dulu", "fill:done")],
                   choice_only=True)]
    choices, bare = chat._show(asked, shown, tmp_path, kept=tuple(f"skp:edit:{n}" for n in range(1, 12)))
    assert "[#1] Core CL" in shown.getvalue() and "[#2] Selesai dulu" in shown.getvalue() and bare
    assert choices == ["fill:jenis:core_cl", "fill:done"]


def test_simpan_semua_saves_each_iki_text_once_after_its_lines_are_rewritten():
    # «simpan semua» under a pasted list saved «Persentase metode uji yang diselesaikan sesuai standar waktu layanan»
    # five times: the lines differed as typed («… metode uji 2», «… 8») and became one text once rewritten
    engine = Engine()
    engine.handle("u", "1. Persentase hasil uji parameter 1 yang terbit tepat waktu 90%\n2. Melakukan verifikasi metode "
                       "uji 2\n3. Jumlah sampel 3 yang diperiksa\n4. Melakukan verifikasi metode uji 8")
    # play40 F2: «simpan semua» saves the lines as typed, so lines 2 and 4 stay two IKI, never one text twice
    said(engine.handle("u", "simpan semua"))
    texts = [iki.indikator.lower() for iki in engine.state("u").skp.iki]
    assert len(texts) == len(set(texts)) == 4, texts
    engine.handle("u", "batalin simpan tadi")
    text = said(engine.handle("u", "simpan semua pake versi perbaikan"))  # the suggestions asked for: one text once
    texts = [iki.indikator.lower() for iki in engine.state("u").skp.iki]
    assert len(texts) == len(set(texts)) == 3, texts
    assert "1 baris digabung karena rumusan IKI-nya sama (baris 4 sama dengan baris 2)" in text, text


def test_a_question_bounding_how_many_iki_under_one_suggestion_saves_nothing(engine):
    # found in review: «IKI maksimal 12 kan» under the one English-rewrite suggestion picked it and saved it with
    # «target ≤ 12%»; the bound counts the IKI themselves, so it is the guidance's question, answered «Tidak.» (5–10)
    engine.handle("u-count", "Percentage of lab samples processed on time")
    text = said(engine.handle("u-count", "IKI maksimal 12 kan"))
    assert engine.state("u-count").skp.iki == [] and text.startswith("Tidak.") and "10" in text
