"""The draft is the user's (issue 10): edit any IKI, live weight guidance, steps that forgive, a dialog pack and MPPH
that make sense. The real engine with the real SQLite store; no stubs."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from bot.conversation import Engine
from bot.conversation.replies import split_text
from bot.models import Aspek, IkiDraft
from bot.rules import check_iki
from bot.rules.measures import aspek_of
from bot.rules.weights import parse_weight
from bot.skp.dialog_pack import trajectory
from bot.storage.sqlite import SqliteStore
from tests.talk import said


def buttons(replies) -> list[str]:
    return [b.data for r in replies for b in r.buttons]


def prima_to_m(engine: Engine, user: str = "u") -> None:
    engine.handle(user, "/prima")
    for data in ("prima:skip", "prima:skip", "prima:role:anggota", "prima:direct:0"):
        engine.press(user, data)


def save_iki(engine: Engine, text: str, target: str, jenis: str, bobot: str, user: str = "u") -> str:
    engine.handle(user, text)
    replies = engine.handle(user, target)
    if "prima:nobaseline" in buttons(replies):
        engine.press(user, "prima:nobaseline")
    engine.press(user, f"prima:jenis:{jenis}")
    return said(engine.handle(user, bobot))


@pytest.fixture
def engine(tmp_path):
    return Engine(SqliteStore(tmp_path / "state.sqlite3"), rate_limit=10**6)


@pytest.fixture
def two_iki(engine):
    prima_to_m(engine)
    save_iki(engine, "Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti", "95%", "core_tusi", "50")
    save_iki(engine, "Rata-rata waktu verifikasi usulan kenaikan pangkat", "3 Hari", "core_tusi", "40")
    return engine


# Edit without starting over ---------------------------------------------------------------------------------------
def test_skp_numbers_each_iki_with_edit_and_remove_buttons(two_iki):
    replies = two_iki.handle("u", "/skp")
    assert "1. Persentase rekomendasi" in said(replies) and "2. Rata-rata waktu" in said(replies)
    assert {"skp:edit:1", "skp:drop:1", "skp:edit:2", "skp:drop:2"} <= set(buttons(replies))


@pytest.mark.parametrize("command, field, value", [
    ("/ubah 1 bobot 40", "bobot", 40.0), ("/ubah 1 target 90", "target", "90%"), ("/ubah 1 jenis mi", "jenis", "core_mi"),
    ("/ubah 2 satuan Hari kerja", "satuan", "Hari kerja"), ("/ubah 1 aspek kualitas", "aspek", "kualitas"),
    ("/ubah 1 rhk Rekomendasi monev SBBL ditindaklanjuti sesuai ketentuan", "rhk",
     "Rekomendasi monev SBBL ditindaklanjuti sesuai ketentuan"),
    ("/ubah 2 teks Rata-rata waktu verifikasi usulan pensiun", "indikator", "Rata-rata waktu verifikasi usulan pensiun"),
])
def test_typed_edits_change_one_field_and_report_the_findings(two_iki, command, field, value):
    reply = said(two_iki.handle("u", command))
    assert "diubah" in reply and ("Temuan" in reply or "Beres" in reply or "Berubah" in reply)
    number = int(command.split()[1])
    stored = getattr(two_iki.state("u").skp.iki[number - 1], field)
    assert (stored.value if hasattr(stored, "value") else stored) == value


def test_a_bare_target_typed_for_a_percentage_is_a_percentage(two_iki):
    # «/ubah yg … targetnya 92» on a Persentase IKI: 92%, never a bare 92; a Rata-rata waktu's «2» stays 2 (Hari)
    reply = said(two_iki.handle("u", "/ubah yg monev SBBL targetnya 92"))
    assert "target 92%" in reply and two_iki.state("u").skp.iki[0].target == "92%"
    two_iki.handle("u", "/ubah 2 target 2")
    assert two_iki.state("u").skp.iki[1].target == "2"


@pytest.mark.parametrize("typed, kept", [("82,5", "82,5%"), ("82.5%", "82,5%"), ("95.5 persen", "95,5%"),
                                          ("82,5, krn direktif pimpinan", "82,5%")])
def test_a_decimal_target_keeps_its_decimals(two_iki, typed, kept):
    # tester26 #6: «/ubah 1 target 82,5» kept 82%: the reason after a comma was cut at the decimal comma
    reply = said(two_iki.handle("u", f"/ubah 1 target {typed}"))
    assert f"target {kept}" in reply and two_iki.state("u").skp.iki[0].target == kept
    two_iki.handle("u", "/ubah 1 target")
    two_iki.handle("u", typed)
    assert two_iki.state("u").skp.iki[0].target == kept


def test_ubah_without_a_field_asks_which_and_buttons_finish_it(two_iki):
    assert "skp:field:2:aspek" in buttons(two_iki.handle("u", "/ubah 2"))
    assert "skp:set:2:aspek:biaya" in buttons(two_iki.press("u", "skp:field:2:aspek"))
    two_iki.press("u", "skp:set:2:aspek:biaya")
    assert two_iki.state("u").skp.iki[1].aspek is Aspek.biaya


def test_buang_removes_at_once_and_urungkan_puts_it_back_in_its_place(two_iki):
    """Issue 16: «Buang IKI N?» left unanswered made what followed go wrong; the removal is done at once and undone."""
    first = two_iki.state("u").skp.iki[0]
    replies = two_iki.handle("u", "/buang 1")
    assert "IKI 1 dibuang" in said(replies) and "skp:undo:1" in buttons(replies)
    assert [i.indikator for i in two_iki.state("u").skp.iki] == ["Rata-rata waktu verifikasi usulan kenaikan pangkat"]
    assert "dikembalikan" in said(two_iki.press("u", "skp:undo:1"))
    assert two_iki.state("u").skp.iki[0] == first  # back first, with its target, jenis and weight
    assert "Tidak ada IKI yang baru dibuang" in said(two_iki.press("u", "skp:undo:1"))  # once only
    assert len(two_iki.state("u").skp.iki) == 2


@pytest.mark.parametrize("typed", ["urungkan", "eh ga jadi", "batal deh"])
def test_undo_words_under_a_removal_put_the_iki_back(two_iki, typed):
    two_iki.press("u", "prima:cancel")
    two_iki.press("u", "prima:discard")  # PRIMA closed: «hapus IKI 2» is no answer of its own
    two_iki.handle("u", "hapus IKI 2")
    assert len(two_iki.state("u").skp.iki) == 1
    assert "IKI 2 dikembalikan" in said(two_iki.handle("u", typed))
    assert len(two_iki.state("u").skp.iki) == 2


def test_urungkan_typed_later_puts_the_iki_back(two_iki):
    two_iki.press("u", "prima:cancel")
    two_iki.press("u", "prima:discard")
    two_iki.handle("u", "/buang 2")
    two_iki.handle("u", "/skp")  # the «Urungkan» button is no longer on screen
    assert "IKI 2 dikembalikan" in said(two_iki.handle("u", "balikin yg dibuang dong"))
    assert two_iki.state("u").skp.iki[1].indikator == "Rata-rata waktu verifikasi usulan kenaikan pangkat"


def test_a_number_in_words_is_asked_first(two_iki):
    assert "skp:dropyes:2" in buttons(two_iki.handle("u", "/buang dua"))
    two_iki.press("u", "skp:cancel")
    assert len(two_iki.state("u").skp.iki) == 2
    two_iki.handle("u", "/buang dua")
    assert "dibuang" in said(two_iki.press("u", "skp:dropyes:2"))
    assert [i.indikator for i in two_iki.state("u").skp.iki] == ["Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti"]


def test_hapus_still_deletes_everything(two_iki):
    two_iki.handle("u", "/hapus")
    two_iki.press("u", "confirm:hapus")
    assert two_iki.state("u").skp.iki == []


# Live weight guidance -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, value", [("20", 20.0), ("20%", 20.0), ("20 persen", 20.0), ("20,5", 20.5)])
def test_weights_are_read_as_people_write_them(typed, value):
    assert parse_weight(typed) == value


def test_an_overshooting_weight_is_refused_with_the_reason_unless_kept_on_purpose(engine):
    prima_to_m(engine)
    engine.handle("u", "Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti")
    engine.handle("u", "95%")
    engine.press("u", "prima:nobaseline")
    asked = said(engine.press("u", "prima:jenis:core_tusi"))
    assert "Sisa bobot menurut panduan: Core TUSI 90%" in asked
    refused = said(engine.handle("u", "100"))
    # the IKI is in the draft since its target (saved early), its weight is not
    assert "panduannya 90%" in refused and "tetap simpan" in refused and engine.state("u").skp.iki[0].bobot is None
    assert "Tersimpan IKI ke-1" in said(engine.handle("u", "tetap simpan"))
    assert engine.state("u").skp.iki[0].bobot == 100


def test_export_with_errors_lists_them_first_and_marks_the_file(two_iki):
    replies = two_iki.handle("u", "/ekspor")
    assert "harus diperbaiki" in replies[0].text and replies[0].file is None
    exported = next(r.file for r in replies if r.file)
    assert exported.name.startswith("tanpa-nama-") and exported.name.endswith("-draf-skp-BELUM-SIAP.xlsx")
    book = load_workbook(BytesIO(exported.data))
    assert "Temuan" in book.sheetnames and book.worksheets[0].title.startswith("SKP (DRAF")
    assert book.worksheets[0]["B9"].value == "Aspek"  # the table below the employee's identity block, after «No»
    assert book.worksheets[0]["B11"].value == "Waktu"  # aspek follows the measure: "Rata-rata waktu …"


@pytest.mark.parametrize("text, aspek", [
    ("Rata-rata waktu verifikasi klaim", Aspek.waktu), ("Persentase laporan yang disampaikan tepat waktu", Aspek.waktu),
    ("Persentase realisasi anggaran unit kerja", Aspek.biaya),
    ("Persentase layanan laboratorium yang sesuai standar", Aspek.kualitas),
    ("Jumlah sertifikat hasil kalibrasi alat kesehatan", Aspek.kuantitas)])
def test_aspek_follows_the_measure(text, aspek):
    assert aspek_of(IkiDraft(indikator=text)) is aspek


# Steps that forgive --------------------------------------------------------------------------------------------------
def test_batal_keeps_progress_on_request_and_prima_offers_to_continue(engine):
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.handle("u", "strategi: percepat verifikasi")
    assert "prima:pause" in buttons(engine.handle("u", "/batal"))
    engine.press("u", "prima:pause")
    assert "prima:continue" in buttons(engine.handle("u", "/prima"))
    resumed = said(engine.press("u", "prima:continue"))
    state = engine.state("u")
    assert "Langkah 3 dari 5" in resumed and state.prima.strategies == "strategi: percepat verifikasi"


def test_back_at_the_jenis_question_keeps_what_was_typed(engine):
    prima_to_m(engine)
    engine.handle("u", "Jumlah NSPK SBBL yang ditetapkan")
    assert "Triwulan berapa" in said(engine.handle("u", "1 NSPK"))  # a deliverable: the quarter it is due (issue 16)
    assert "Jenis IKI" in said(engine.press("u", "prima:due:3"))
    assert "Triwulan berapa" in said(engine.press("u", "prima:back"))
    back = said(engine.press("u", "prima:back"))
    current = engine.state("u").prima.current
    assert current.indikator == "Jumlah NSPK SBBL yang ditetapkan" and current.target == "1 NSPK"
    assert current.triwulan_selesai == 3
    assert "Target satu tahun" in back or "Satuan" in back


def test_another_command_mid_flow_ends_with_where_the_user_was(engine):
    prima_to_m(engine)
    replies = engine.handle("u", "/cek Jumlah rapat koordinasi")
    assert "PRIMA masih terbuka: Langkah 4 dari 5" in replies[-1].text and replies[-1].buttons


def test_after_a_restart_an_old_button_asks_the_open_question_again(tmp_path):
    first = Engine(SqliteStore(tmp_path / "state.sqlite3"))
    prima_to_m(first)
    first.handle("u", "Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti")
    restarted = Engine(SqliteStore(tmp_path / "state.sqlite3"))
    assert "Target satu tahun" in said(restarted.pending("u"))
    stale = said(restarted.press("u", "use:3"))
    assert "sudah tidak berlaku" in stale and "Target satu tahun" in stale


@pytest.mark.parametrize("garbage", ["asdkjh qwe zzz", "#2", "123", "!!!", "Persentase asdkjh qwe"])
def test_text_with_no_work_object_never_becomes_an_iki(engine, garbage):
    prima_to_m(engine)
    reply = said(engine.handle("u", garbage))
    assert "Usulan IKI" not in reply and engine.state("u").prima.current is None
    assert "Persentase" not in said(engine.handle("u2", f"/cek {garbage}")).split("misalnya")[0]


def test_a_frequency_is_not_an_absolute_target_and_rewrites_keep_the_object():
    result = check_iki(IkiDraft(indikator="Persentase dinas kesehatan provinsi yang melaporkan capaian imunisasi setiap triwulan"))
    assert "ABSOLUTE" not in {f.category.value for f in result.findings}


# A dialog pack and MPPH that make sense -------------------------------------------------------------------------------
@pytest.mark.parametrize("draft, quarters", [
    (dict(indikator="Jumlah NSPK SBBL yang ditetapkan", target="4", satuan="NSPK"),
     ["1 NSPK (kumulatif)", "2 NSPK (kumulatif)", "3 NSPK (kumulatif)", "4 NSPK (kumulatif)"]),
    (dict(indikator="Persentase usulan yang diselesaikan tepat waktu", target="95%"), ["dipantau"] * 3 + ["95%"]),
    (dict(indikator="Persentase usulan yang diselesaikan tepat waktu", target="95%", baseline="75%"),
     ["80%", "85%", "90%", "95%"]),
    (dict(indikator="Rata-rata waktu verifikasi usulan", target="3", satuan="Hari"), ["≤ 3 Hari"] * 4),
    (dict(indikator="Rata-rata waktu verifikasi usulan", target="3", satuan="Hari", baseline="7"),
     ["6 Hari", "5 Hari", "4 Hari", "3 Hari"]),
    (dict(indikator="Nilai Indeks Profesionalitas ASN", target="85", satuan="Nilai"), ["dipantau"] * 3 + ["85"]),  # P1-3
])
def test_quarterly_targets_follow_the_kind_of_measure(draft, quarters):
    assert trajectory(IkiDraft(**draft)) == quarters


def test_long_replies_are_cut_between_lines_not_inside_a_phrase():
    text = "\n".join(f"• Nilai Indeks Profesionalitas ASN dicapai sesuai ketentuan nomor {i}" for i in range(200))
    pieces = split_text(text)
    assert len(pieces) > 1 and all(len(p) <= 4096 for p in pieces)
    assert all(line.startswith("• Nilai") and line.rsplit(" ", 1)[-1].isdigit() for p in pieces for line in p.splitlines())


def mpph(engine: Engine, indicator: str, method: str, roles: str, user: str = "m") -> str:
    engine.handle(user, "/mpph")
    engine.handle(user, indicator)
    engine.press(user, f"mpph:method:{method}")
    engine.handle(user, roles)
    return said(engine.handle(user, "selesai"))


def test_mpph_reads_other_separators_and_never_sums_percentages(engine):
    matrix = mpph(engine, "Persentase puskesmas yang menerapkan SBBL sesuai standar target 80%", "wilayah",
                  "Ani: Provinsi Jawa Barat, 80%\nBudi - Provinsi Jawa Timur - 75%")
    assert "Persentase puskesmas di Provinsi Jawa Barat yang menerapkan SBBL sesuai standar (target 80%)" in matrix
    assert "MPPH Ketua Tim" in matrix and "(Anggota)" in matrix and "dari 80" not in matrix
    assert "Budi (75%)" in matrix  # below the leader's percentage: said, not summed


def test_mpph_refuses_a_target_it_cannot_read(engine):
    engine.handle("m", "/mpph")
    assert "Berapa target" in said(engine.handle("m", "Persentase puskesmas yang menerapkan SBBL"))
    assert "belum terbaca sebagai angka" in said(engine.handle("m", "banyak"))
    engine.handle("m", "Jumlah sertifikat kalibrasi alat kesehatan; 100 Sertifikat")
    engine.press("m", "mpph:method:kuantitatif")
    assert "belum terbaca" in said(engine.handle("m", "Ani; separuh; banyak"))


def test_mpph_workbook_shows_units_once(engine):
    mpph(engine, "Persentase puskesmas yang menerapkan SBBL sesuai standar; 60%", "aspek", "Ani; aspek SDM; 60%")
    workbook = next(r.file for r in engine.press("m", "mpph:done") if r.file)
    values = " | ".join(str(c.value) for s in load_workbook(BytesIO(workbook.data)).worksheets for row in s.iter_rows() for c in row)
    assert "Target: 60%" in values and "60% %" not in values


def test_a_drop_left_unanswered_is_said_once_with_how_to_do_it(two_iki):
    two_iki.handle("u", "/buang dua")
    moved_on = said(two_iki.handle("u", "/profil"))
    assert "IKI 2 belum dibuang" in moved_on and "/buang 2" in moved_on
    assert "Nama lengkap" in moved_on  # the command the user moved on to still runs
    assert len(two_iki.state("u").skp.iki) == 2
    assert "belum dibuang" not in said(two_iki.handle("u", "Lewati"))  # once only


def test_a_drop_answered_jangan_is_not_named_again(two_iki):
    two_iki.handle("u", "/buang dua")
    two_iki.press("u", "skp:cancel")
    assert "belum dibuang" not in said(two_iki.handle("u", "/skp"))


def test_a_new_text_the_target_no_longer_fits_asks_the_target_so_a_typed_value_is_taken(engine):
    # tester11 #17: after «/ubah 2 teks Persentase …» flagged «12 kali» as no percentage, «90%» was not read
    state = engine.state("u")
    state.skp.iki = [IkiDraft(indikator="Jumlah rapat koordinasi imunisasi", target="12 kali", satuan="kali")]
    engine._store.save("u", state.model_dump_json())
    told = said(engine.handle("u", "/ubah 1 teks Persentase rekomendasi rapat koordinasi imunisasi yang "
                                   "ditindaklanjuti"))
    assert "Tulis target baru IKI 1" in told
    engine.handle("u", "90%")
    assert engine.state("u").skp.iki[0].target == "90%" and engine.state("u").edit is None
    # the target typed with the text: nothing asked
    told = said(engine.handle("u", "/ubah 1 teks Jumlah rekomendasi rapat koordinasi yang ditindaklanjuti, target 12"))
    assert "Tulis target baru" not in told and engine.state("u").edit is None



def _pause_prima(engine: Engine) -> None:
    engine.handle("u", "/batal")
    engine.press("u", "prima:pause")
    assert engine._open_flow(engine.state("u")) is None


@pytest.mark.parametrize("typed, changed", [
    ("Core TUSI 25", {"jenis": "core_tusi", "bobot": 25.0}), ("target 95", {"target": "95"}),  # IKI 2 counts days: a bare 95
    ("bobot 20", {"bobot": 20.0}), ("jenis beyond", {"jenis": "beyond"}), ("satuan persen", {"satuan": "persen"}),
])
def test_a_field_typed_under_the_field_menu_changes_that_iki_as_ubah_would(two_iki, typed, changed):
    _pause_prima(two_iki)  # no flow open: only the menu is on screen
    two_iki.handle("u", "/ubah 2")
    reply = said(two_iki.handle("u", typed))
    assert "IKI 2 diubah" in reply and "maksudnya apa" not in reply, reply
    iki = two_iki.state("u").skp.iki[1]
    assert {f: getattr(getattr(iki, f), "value", getattr(iki, f)) for f in changed} == changed


def test_anything_else_under_the_field_menu_asks_it_again_with_what_can_be_typed(two_iki):
    _pause_prima(two_iki)
    two_iki.handle("u", "/ubah 1")
    before = two_iki.state("u").skp.iki[0]
    replies = two_iki.handle("u", "hmm bingung")
    assert "«target 95»" in said(replies) and "skp:field:1:bobot" in buttons(replies)
    assert two_iki.state("u").skp.iki[0] == before


def test_a_jenis_or_a_weight_typed_with_no_question_open_names_the_iki_still_lacking_it(engine):
    from bot.conversation.missing_values import fills_missing
    from tests.talk import labels

    engine.handle("u", "1. Persentase BMN yang tercatat dalam SIMAK BMN sesuai hasil inventarisasi 100%\n"
                       "2. Persentase usulan penghapusan BMN yang diproses tepat waktu 90%")
    engine.handle("u", "simpan yg lolos")
    engine.handle("u", "/batal")
    state = engine.state("u")
    assert len(state.skp.iki) == 2 and all(iki.jenis is None and iki.bobot is None for iki in state.skp.iki)
    for typed in ("Core TUSI", "TUSI 25", "bobot 20"):
        replies = fills_missing(state, typed)
        assert replies and labels(replies)[:2] == ["IKI 1: Persentase BMN yang tercatat dalam…",
                                                   "IKI 2: Persentase usulan penghapusan BMN yang…"], typed
    for other in ("Core TUSI itu apa?", "target 90", "Persentase BMN yang tercatat", "20 dan 30", "150", "1", "20"):
        assert fills_missing(state, other) is None, other
    button = next(b for b in fills_missing(state, "Core TUSI 25")[0].buttons if b.label.startswith("IKI 2"))
    assert "IKI 2 diubah" in said(engine.press("u", button.data))
    second = engine.state("u").skp.iki[1]
    assert second.jenis.value == "core_tusi" and second.bobot == 25.0
    assert [b.label for b in fills_missing(engine.state("u"), "Beyond")[0].buttons][:1] == \
        ["IKI 1: Persentase BMN yang tercatat dalam…"]  # IKI 2 has its jenis now: not offered again
    typed = engine.handle("u", "Core TUSI")  # through the chat: the stage on the plain-text walk, never «maksudnya apa?»
    assert labels(typed)[:1] == ["IKI 1: Persentase BMN yang tercatat dalam…"] and "maksudnya apa" not in said(typed)


def _two_unweighed_iki():
    from bot.conversation.state import UserState

    state = UserState()
    state.skp.iki = [IkiDraft(indikator="Persentase dokumen SPM yang disusun tepat waktu", target="100%"),
                     IkiDraft(indikator="Persentase BMN yang tercatat dalam SIMAK BMN", target="100%")]
    return state


def test_a_value_with_no_question_open_is_at_most_the_words_conversation_yaml_allows():
    from bot import knowledge
    from bot.conversation.missing_values import fills_missing

    most = knowledge.data("conversation")["missing_values"]["max_words"]
    typed = " ".join(["bobot", "20"] + ["aja"] * (most - 2))
    assert fills_missing(_two_unweighed_iki(), typed), typed
    assert fills_missing(_two_unweighed_iki(), typed + " aja") is None  # a word more: a sentence, not a value


@pytest.mark.parametrize("typed", ["bobot yg SPM 40, yg BMN 50", "bobotnya yg SPM 40, yg BMN 50",
                                   "weight SPM 40 persen, BMN 50 %", "bobot ikinya SPM 40, BMN 50"])
def test_weights_named_by_the_words_of_each_iki_are_set_when_a_weight_word_is_said(typed):
    from bot.conversation.named_weights import weights_named

    state = _two_unweighed_iki()
    assert weights_named(state, typed), typed
    assert [iki.bobot for iki in state.skp.iki] == [40.0, 50.0]


def test_values_named_by_the_words_of_each_iki_are_no_weights_when_none_is_said_or_kept():
    from bot.conversation.named_weights import weights_named

    state = _two_unweighed_iki()
    assert weights_named(state, "yg SPM 40, yg BMN 50") is None
    assert [iki.bobot for iki in state.skp.iki] == [None, None]


def test_a_jenis_refused_names_no_jenis_and_a_jenis_after_a_refusal_of_something_else_does(engine):
    # d4-humas01: «ok ga usah beyond. semuanya TUSI aja» was read as «jenis Beyond» for the IKI still lacking one
    from bot.conversation.answers import read_answer

    for refused in ("ok ga usah beyond", "tanpa beyond", "ga usah pake beyond", "jgn MI", "bukan Core CL"):
        assert read_answer(refused).jenis is None, refused
    for named, jenis in (("ga usah ganti, tusi aja", "core_tusi"), ("bukan MI, TUSI", "core_tusi"),
                         ("beyond aja", "beyond"), ("no 5 beyond 10%", "beyond")):
        assert getattr(read_answer(named).jenis, "value", None) == jenis, named
    engine.handle("u", "1. Persentase BMN yang tercatat dalam SIMAK BMN sesuai hasil inventarisasi 100%\n"
                       "2. Persentase usulan penghapusan BMN yang diproses tepat waktu 90%")
    engine.handle("u", "simpan yg lolos")
    engine.handle("u", "/batal")
    assert "sebagai jenis Beyond" not in said(engine.handle("u", "ok ga usah beyond"))


@pytest.mark.parametrize("command", ["/ubah 1 target 160 SK", "/ubah 1 target 150"])
def test_ubah_target_that_cannot_fit_a_persentase_is_asked_back_never_stored(two_iki, command):
    # «/ubah 3 target 160 SK» on a Persentase was stored as typed, the rules only flagging it afterwards
    reply = said(two_iki.handle("u", command))
    assert "Persentase tidak bisa" in reply and "sebagai Jumlah" in reply, reply
    assert two_iki.state("u").skp.iki[0].target == "95%"
    said(two_iki.handle("u", "90"))  # the question asked back: the next value typed is the target
    assert two_iki.state("u").skp.iki[0].target == "90%"


@pytest.mark.parametrize("indikator, typed, said_back", [
    ("Persentase dokumen SK kenaikan pangkat yang diterbitkan tepat waktu", "160 SK", "Persentase tidak bisa 160 SK"),
    ("Persentase dokumen SK kenaikan pangkat yang diterbitkan tepat waktu", "120 dokumen", "Persentase tidak bisa 120"),
])
def test_prima_target_that_cannot_fit_its_measure_is_asked_back_with_what_fits(engine, indikator, typed, said_back):
    # «160 SK» at PRIMA step 4 was refused as «satuannya «SK»», naming neither the Jumlah it could be nor a percentage
    prima_to_m(engine)
    engine.handle("u", indikator)
    reply = said(engine.handle("u", typed))
    assert said_back in reply and "Maksudnya" in reply, reply
    assert engine.state("u").prima.current.target is None


def test_the_same_removal_asked_again_never_removes_the_iki_that_moved_into_its_place(two_iki):
    """«/buang 1» sent twice (unsure it went through): IKI 1 is gone already; the IKI now numbered 1 is asked about,
    never removed unasked."""
    two_iki.handle("u", "/buang 1")
    replies = two_iki.handle("u", "/buang 1")
    assert "sudah dibuang tadi" in said(replies) and "skp:dropyes:1" in buttons(replies)
    assert [i.indikator for i in two_iki.state("u").skp.iki] == ["Rata-rata waktu verifikasi usulan kenaikan pangkat"]


def test_an_iki_reworded_after_a_sentence_asking_for_it_takes_the_new_text_and_its_target():
    """tester22a #16: «bu ketua minta ganti iki 2, sy ganti jd: Persentase …, target 90%» set only the target (90%
    refused for a Jumlah) and kept the old text."""
    engine = Engine()
    state = engine.state("m")
    state.skp.iki = [IkiDraft(indikator="Persentase laporan SKDR yang lengkap", target="90%"),
                     IkiDraft(indikator="Jumlah spesimen suspek campak yang diperiksa", target="2000 spesimen",
                              satuan="spesimen")]
    engine._store.save("m", state.model_dump_json())
    engine.handle("m", "bu ketua minta ganti iki 2, sy ganti jd: Persentase spesimen suspek campak yg diperiksa lab "
                       "rujukan < 7 hari sejak diterima, target 90%")
    iki = engine.state("m").skp.iki[1]
    assert iki.indikator.startswith("Persentase spesimen suspek campak yang diperiksa") and iki.target == "90%"


def test_a_bare_target_keeps_the_unit_the_old_target_was_written_with(engine):
    # year38, found playing: «/ubah 3 target 120» of a pasted «150 SK» left «Target 120» and «realisasi 12 dari
    # target 120» in the dialog pack
    from tests.agreed_year import SKP, tap
    tap(engine, "u", engine.handle("u", f"ini SKP saya:\n{SKP}"), "Simpan semua")
    assert engine.state("u").skp.iki[2].satuan is None
    reply = said(engine.handle("u", "/ubah 3 target 120"))
    iki = engine.state("u").skp.iki[2]
    assert "target 120 SK" in reply and (iki.target, iki.satuan) == ("120", "SK")
    engine.handle("u", "/ubah 2 target 90")  # a percentage's bare number stays its percentage
    assert engine.state("u").skp.iki[1].target == "90%"


@pytest.mark.parametrize("line", ["verif 18 berkas KP td pagi", "hari ini terbit 4 SK pensiun BUP"])
def test_a_days_work_typed_under_the_field_menu_of_an_agreed_skp_is_kept_never_lost(tmp_path, at, line):
    # year38, found playing: under «Ubah bagian mana dari IKI 1?» a logbook line got the menu again and was never kept
    from tests.agreed_year import agreed
    at("2026-04-06T15:00")
    engine = Engine(SqliteStore(tmp_path / "s.sqlite3"))
    agreed(engine)
    engine.handle("u1", "/skp")
    assert "Ubah bagian mana dari IKI 1?" in said(engine.press("u1", "skp:edit:1"))  # /skp's «Ubah» button
    before = engine.state("u1").skp.iki[0]
    reply = said(engine.handle("u1", line))
    assert "Dicatat (c1)" in reply and "«target 95»" not in reply, reply
    assert [e.text for e in engine.state("u1").year.entries] == [line]
    assert engine.state("u1").skp.iki[0] == before


def _under_menu_of_agreed(tmp_path, at, number: int) -> Engine:
    """An agreed SKP keeping a logbook, /ubah N's reason chosen and its «Ubah bagian mana dari IKI N?» on screen."""
    from tests.agreed_year import agreed, tap
    at("2026-07-06T15:00")
    engine = Engine(SqliteStore(tmp_path / "s.sqlite3"))
    agreed(engine)
    engine.handle("u1", "verif 18 berkas KP td pagi")
    menu = tap(engine, "u1", engine.handle("u1", f"/ubah {number}"), "struktur")
    assert f"Ubah bagian mana dari IKI {number}?" in said(menu)
    return engine


@pytest.mark.parametrize("line", ["hapus aja SK pensiunnya, diambil alih pusdatin", "apus aja", "ga usah dipake, buang"])
def test_a_remove_word_under_the_field_menu_asks_to_drop_that_iki_and_logs_nothing(tmp_path, at, line):
    # tester48 P2-1: under /ubah 5's menu «hapus aja dashboardnya, diambil alih pusdatin» was logged as done work
    engine = _under_menu_of_agreed(tmp_path, at, 3)
    replies = engine.handle("u1", line)
    assert "Buang IKI 3?" in said(replies) and "skp:dropyes:3" in buttons(replies), said(replies)
    assert [e.text for e in engine.state("u1").year.entries] == ["verif 18 berkas KP td pagi"]
    assert len(engine.state("u1").skp.iki) == 3
    engine.press("u1", "skp:dropyes:3")
    assert len(engine.state("u1").skp.iki) == 2


def test_a_reason_typed_with_the_remove_word_under_the_menu_goes_with_the_drop(tmp_path, at):
    engine = _under_menu_of_agreed(tmp_path, at, 3)
    engine.handle("u1", "hapus aja, ada mutasi pegawai")
    reply = said(engine.press("u1", "skp:dropyes:3"))
    assert "Perubahan SKP dicatat" in reply and "Apa alasannya?" not in reply, reply
    assert engine.state("u1").year.versions[-1].reason == "struktur"


@pytest.mark.parametrize("line, field, value", [("targetnya jadi 85 aja", "target", "85%"),
                                                ("satuannya jadi dokumen", "satuan", "dokumen")])
def test_a_field_and_its_value_typed_under_the_field_menu_change_that_iki(tmp_path, at, line, field, value):
    # tester48 P2-1: «targetnya jadi 85 aja» after /ubah 3 was logged «di luar SKP», the target unchanged
    engine = _under_menu_of_agreed(tmp_path, at, 2)
    reply = said(engine.handle("u1", line))
    assert "IKI 2 diubah" in reply, reply
    assert getattr(engine.state("u1").skp.iki[1], field) == value
    assert len(engine.state("u1").year.entries) == 1


def test_other_words_under_the_field_menu_get_the_menu_again_with_how_to_answer(tmp_path, at):
    engine = _under_menu_of_agreed(tmp_path, at, 2)
    reply = said(engine.handle("u1", "terserah deh"))
    assert "«hapus» untuk membuang IKI ini" in reply and "Ubah bagian mana dari IKI 2?" in reply, reply
    assert len(engine.state("u1").year.entries) == 1
