"""files35: the audit's reading report names every sheet and every target written in words; the dialog pack's status
column holds a status; sources dated after «now» are not current guidance; definitions of terms the guidance lacks;
a catalog area it does not hold said plainly."""

import openpyxl

from bot.audit.sheet_reading import read_export

HEADER = ["NIP", "Nama", "Unit", "Indikator Kinerja Individu", "Target", "Satuan", "Bobot"]
NIP = "199001012015011001"


def _book(path, targets, extra_sheets=(), template_first=False):
    book = openpyxl.Workbook()
    if template_first:
        book.active.title = "Templat"
        book.active.append(HEADER)
        sheet = book.create_sheet("SKP")
    else:
        sheet = book.active
        sheet.title = "SKP"
    sheet.append(HEADER)
    for i, target in enumerate(targets):
        sheet.append([NIP, "Ani", "Tim A", f"Persentase usulan tahap {i + 1} yang ditindaklanjuti", target, "persen", 20])
    for name, rows in extra_sheets:
        extra = book.create_sheet(name)
        for row in rows:
            extra.append(row)
    book.save(path)
    return path


def test_every_sheet_is_named_in_the_reading_report(tmp_path):
    path = _book(tmp_path / "a.xlsx", [90], [("Rekap", []), ("Catatan", [["catatan bebas"], ["apa saja"]])])
    _, report = read_export(path)
    notes = report.notes
    assert "lembar «Rekap»: kosong, dilewati" in notes
    assert any(n.startswith("lembar «Catatan»: tidak memuat judul kolom yang dikenali") for n in notes)
    assert any("«Rekap»" in line for line in report.lines())


def test_a_header_without_rows_gives_way_to_the_sheet_with_data(tmp_path):
    path = _book(tmp_path / "b.xlsx", [90, 80], template_first=True)
    employees, report = read_export(path)
    assert report.rows_read == 2 and "«SKP»" in report.where
    assert "lembar «Templat»: judul kolom tanpa baris data, dilewati" in report.notes


def test_targets_in_words_are_read_and_said(tmp_path):
    path = _book(tmp_path / "c.xlsx", ["sembilan puluh", "seratus persen", "dua puluh lima dokumen", "tinggi", "WTP"])
    employees, report = read_export(path)
    said = " ".join(report.notes)
    assert "baris 2 («sembilan puluh» → 90)" in said
    assert "baris 3 («seratus persen» → 100%)" in said
    assert "baris 4 («dua puluh lima dokumen» → 25 dokumen)" in said
    assert "baris 5 («tinggi»)" in said and "target bukan angka" in said
    assert "WTP" not in said  # a named grade is its rule's, not unreadable


def test_the_export_done_column_holds_a_date_and_the_advice_a_note(tmp_path):
    from datetime import date
    from io import BytesIO

    from bot.models import IkiDraft, SkpDraft
    from bot.skp.export import skp_workbook
    from bot.year.models import YearState
    from bot.year.rencana import propose
    from bot.year.sheets import add_year_sheets

    agreed = IkiDraft(indikator="Persentase usulan kenaikan pangkat yang ditetapkan tepat waktu", target="90%")
    open_ = IkiDraft(indikator="Persentase pasien nifas yang mendapat edukasi KB", target="80%")
    skp = SkpDraft(iki=[agreed, open_])
    year = YearState(rencana=[propose(agreed)])
    book = openpyxl.load_workbook(BytesIO(add_year_sheets(skp_workbook(skp), skp, year, date(2026, 4, 6))))
    rows = list(book["Rencana Aksi"].iter_rows(values_only=True))
    head = rows[0]
    done, note = head.index("Selesai"), head.index("Keterangan")
    proposed = [r for r in rows[1:] if r[2].startswith("IKI 2:")]
    assert proposed and all(r[done] in (None, "") for r in proposed)
    assert all("sepakati di dialog kinerja" in r[note] for r in proposed)
    assert all("sepakati" not in str(r[done]) for r in rows[1:])


def test_a_source_dated_after_today_says_so(shared_retriever):
    from datetime import date

    before = shared_retriever.ask("Apa arti target dalam SKP?", today=date(2025, 12, 1))
    assert "sesudah hari ini (1 Desember 2025)" in before.answer and "4 Februari 2026" in before.answer
    assert all("2026" not in p.source for p in before.passages)  # further reading dated later is left out
    after = shared_retriever.ask("Apa arti target dalam SKP?", today=date(2026, 12, 7))
    assert "sesudah hari ini" not in after.answer


def test_the_chat_dates_sources_by_its_clock(engine, at):
    from tests.talk import said

    at("2025-11-03T09:00")
    assert "sesudah hari ini (3 November 2025)" in said(engine.handle("u1", "/tanya apa arti target dalam SKP?"))
    at("2026-03-03T09:00")
    assert "sesudah hari ini" not in said(engine.handle("u1", "/tanya apa arti target dalam SKP?"))


def test_source_dates_read_as_written():
    from datetime import date

    from bot.retrieval.source_dates import source_date

    assert source_date("Berita Balai Labkesmas Makassar (21 Agt 2024)")[0] == date(2024, 8, 21)
    assert source_date("Materi Seri 1 (4 Feb 2026); berita (24 Nov 2025); PMK No. 12 Tahun 2025")[0] == date(2026, 2, 4)
    assert source_date("PermenPANRB 6/2022")[0] == date(2022, 1, 1)
    assert source_date("deck") is None


def test_a_definition_of_a_term_the_guidance_lacks_never_borrows_another(shared_retriever):
    for question, term in [("IKI HI/CI itu apa", "HI/CI"), ("apa itu IKI CI", "CI"),
                           ("di SKP ada HI/CI, itu apa ya?", "HI/CI"), ("HI/CI di IKI itu apa", "HI/CI")]:
        answer = shared_retriever.ask(question)
        assert f"«{term}» di luar pedoman yang saya punya" in answer.answer, question
        assert "Indikator Kinerja Individu" not in answer.answer and "Sasaran Kinerja Pegawai" not in answer.answer
        assert not answer.passages
    # terms the guidance holds keep their meaning
    assert "Core TUSI" in shared_retriever.ask("apa itu IKI TUSI").answer
    assert "Indikator Kinerja Individu" in shared_retriever.ask("apa itu IKI di RSUD").answer
    assert "tidak menjelaskan artinya" in shared_retriever.ask("apa itu PME").answer


def test_a_catalog_search_asked_in_words_is_searched():
    from bot.conversation.intent import request_in

    for text, topic in [("cari indikator kekarantinaan kesehatan", "kekarantinaan kesehatan"),
                        ("ada indikator renstra utk kekarantinaan ga?", "kekarantinaan"),
                        ("ada IKK utk KKP ga ya", "kkp"), ("kkp ada ga ikk nya?", "kkp")]:
        found = request_in(text)
        assert found is not None and found.command == "ikk" and found.text == topic, text
    assert request_in("IKK itu apa?") is None


def test_an_area_the_catalog_lacks_is_said_plainly_with_own_words_offered(engine):
    from tests.talk import said

    for text in ("/ikk kekarantinaan", "cari indikator kekarantinaan kesehatan", "ada IKK utk KKP ga ya"):
        reply = said(engine.handle("u1", text))
        assert "Katalog yang saya miliki mungkin belum memuat bidang kerja Anda" in reply, text
        assert "Pakai tulisan saya" in reply and "Indikator Renstra untuk" not in reply


def test_an_unknown_acronym_asked_inside_a_step_is_not_the_steps_term(engine):
    from tests.talk import said

    engine.handle("u1", "/prima")
    reply = said(engine.handle("u1", "IKI HI/CI itu apa?"))
    assert "«HI/CI» di luar pedoman yang saya punya" in reply and "Indikator Kinerja Individu) adalah" not in reply
