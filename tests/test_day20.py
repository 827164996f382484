"""Day-one leftovers (day20): jenis and weights given per number in one message, an English profile and «translate
all», completing an agreed SKP, and /profil's question answered by a plain message."""

import pytest

from bot.conversation import Engine
from tests.talk import list_saved, press, said

FIVE = ("Persentase provinsi yg menerapkan NSPK SBBL\nPersentase rekomendasi hasil monev SBBL yg ditindaklanjuti\n"
        "Persentase fasyankes dgn BMHP SBBL tersedia sesuai usulan\n"
        "Persentase nakes peserta peningkatan kapasitas SBBL yg lulus post-test\n"
        "Persentase labkesda yg menerapkan inovasi pelaporan SBBL")


def test_jenis_and_weights_per_number_in_one_message():
    """«1-3 core TUSI 20%, 4 MI 10 persen, no 5 beyond 10%» was checked as an IKI; each IKI named gets its own."""
    engine = Engine()
    list_saved(engine, "u", FIVE)
    reply = said(engine.handle("u", "1-3 core TUSI 20%, 4 MI 10 persen, no 5 beyond 10%"))
    iki = engine.state("u").skp.iki
    assert [(i.jenis.label, i.bobot) for i in iki] == [("Core TUSI", 20)] * 3 + [("Core MI", 10), ("Beyond", 10)]
    assert "IKI 1, 2, 3: Core TUSI bobot 20%" in reply and "Indeks Profesionalitas ASN" in reply


def test_jenis_per_number_then_a_list_of_weights_asks_only_what_is_missing():
    engine = Engine()
    list_saved(engine, "u", FIVE)
    reply = said(engine.handle("u", "jenis: 1 CL, 2 CL, 3 TUSI, 4 TUSI. bobot 15 15 20 20"))
    iki = engine.state("u").skp.iki
    assert [(i.jenis and i.jenis.label, i.bobot) for i in iki] == [
        ("Core CL", 15), ("Core CL", 15), ("Core TUSI", 20), ("Core TUSI", 20), (None, None)]
    assert "Yang masih kosong: jenis IKI 5; bobot IKI 5" in reply


def test_jenis_per_number_typed_while_the_mpph_asks_goes_to_the_leaders_draft():
    """Typed at the MPPH's «Bagaimana peran dibagi?», it was kept as a member's role line."""
    engine = Engine()
    list_saved(engine, "u", FIVE)
    engine.handle("u", "/mpph")
    engine.handle("u", "Persentase kab/kota dgn cakupan SBBL minimal 70%; 70%")
    reply = said(engine.handle("u", "jenis: 1 CL, 2 CL, 3 TUSI, 4 TUSI, 5 CL. bobot 15 15 20 20 20"))
    assert [i.bobot for i in engine.state("u").skp.iki] == [15, 15, 20, 20, 20]
    assert "Jenis dan bobot dicatat" in reply and "peran" in reply.lower()


def test_a_message_that_is_something_else_leaves_the_profile_asked_again_once():
    """tester19 #4: an IKI typed while /profil asked the NIP let the profile go at once; it is kept and the NIP asked
    again, the next answer fills it, and a second stray message lets the question go."""
    engine = Engine()
    engine.handle("u", "/profil")
    engine.handle("u", "Andi Pratama")
    replies = engine.handle("u", "Persentase alat lab yg terkalibrasi 100%")
    reply, state = said(replies), engine.state("u")
    assert len(state.skp.iki) == 1 and state.profil is not None and "NIP Anda" in reply.splitlines()[-1]
    press(engine, "u", replies, "Belum ada data awal")  # the IKI's question, tapped: the profile still waits
    engine.handle("u", "1982 1105 2008 01 2 004")
    assert engine.state("u").skp.pegawai.nip == "198211052008012004"
    engine.handle("u", "Persentase kalibrasi alat lab yg tepat waktu 90%")
    reply = said(engine.handle("u", "Persentase sampel yg diuji sesuai SLA 95%"))
    assert engine.state("u").profil is None and "/profil" in reply


def test_a_unit_typed_under_the_unit_question_is_its_answer_though_it_presses_a_button():
    """A value that fits the field asked (a unit opening with a unit's word) is read as the answer first."""
    from bot.conversation import profil_flow
    from bot.conversation.state import ProfilState, UserState

    state = UserState()
    state.profil = ProfilState(field="unit")
    assert profil_flow.fits(state, "Tim Kerja Imunisasi") and not profil_flow.fits(state, "udh sy baca pak")
    state.profil.field = "nama"
    assert profil_flow.fits(state, "dr. Maya Kusuma, M.Epid") and not profil_flow.fits(state, "ajukan")


def test_completing_an_agreed_skp_asks_no_perubahan_reason(at):
    """tester19 #7: jenis and bobot filled in after /tetapkan asked a reason from the guidance's list (none fits
    «melengkapi»); it is recorded on the agreed version, its number kept; any other change still asks the reason."""
    at("2026-01-12T09:00")
    engine = Engine()
    engine.handle("u", "Persentase laporan hasil uji yg terbit sesuai SLA 95%\nNilai IP ASN 80")
    engine.handle("u", "simpan yang lolos")
    engine.handle("u", "Selesai dulu")
    engine.handle("u", "/tetapkan")
    engine.handle("u", "ya")
    reply = said(engine.handle("u", "/ubah 1 bobot 90"))
    year = engine.state("u").year
    assert "Apa alasannya" not in reply and "bukan perubahan SKP" in reply
    assert len(year.versions) == 1 and year.versions[0].skp.iki[0].bobot == 90 and year.versions[0].completed_on
    assert "melengkapi" in said(engine.handle("u", "/skp versi"))
    assert "Apa alasannya" in said(engine.handle("u", "/ubah 1 target 97%"))


def test_completing_a_skp_the_leader_set_needs_no_new_approval(pair):
    from tests.test_team_chat import LEADER, MEMBER

    pair.pair_up()
    pair.submit()
    pair.press(LEADER, pair.leader_buttons()["Setujui semua"][0], replica=1)
    assert pair.state(MEMBER).team.review.status.value == "ditetapkan"
    reply = said(pair.say(MEMBER, "/ubah 1 jenis TUSI"))
    review = pair.state(MEMBER).team.review
    assert "Apa alasannya" not in reply and "bukan perubahan SKP" in reply
    assert review.status.value == "ditetapkan" and len(review.versions) == 1
    assert review.in_force.skp.iki[0].jenis.value == "core_tusi"


def test_an_english_profile_is_read_by_its_labels():
    """«Name: Kevin Hartono, …, supervisor: Dr. Lina …» kept «Name:» in the name and «supervisor:» in the atasan."""
    engine = Engine()
    engine.handle("u", "/profil")
    engine.handle("u", "Name: Kevin Hartono, NIP 199110232019021001, Analis Kebijakan Ahli Pertama, Pusat Kebijakan "
                       "Sistem Ketahanan Kesehatan BKPK, supervisor: Dr. Lina Marpaung (Ketua Tim)")
    pegawai = engine.state("u").skp.pegawai
    assert (pegawai.nama, pegawai.atasan) == ("Kevin Hartono", "Dr. Lina Marpaung (Ketua Tim)")
    engine.handle("v", "/profil")
    engine.handle("v", "Name: Kevin Hartono\nNIP: 199110232019021001\nPosition: Analis Kebijakan Ahli Pertama\n"
                       "Unit: Pusat Kebijakan BKPK\nSupervisor: Dr. Lina Marpaung")
    pegawai = engine.state("v").skp.pegawai
    assert (pegawai.jabatan, pegawai.unit, pegawai.atasan) == (
        "Analis Kebijakan Ahli Pertama", "Pusat Kebijakan BKPK", "Dr. Lina Marpaung")


def test_translate_all_puts_the_lists_english_lines_in_indonesian_and_offers_them():
    """«translate all to bahasa pls, and fix» was «belum terbaca hasil kerja»: each English (or mixed) line is put in
    Indonesian, checked by the rules and offered to save; the Indonesian line stays as typed."""
    engine = Engine()
    engine.handle("u", "- Number of policy briefs published\n- Persentase kajian kebijakan yg selesai on time\n"
                       "- Indeks kepuasan pengguna hasil kajian\n- Percentage of stakeholder recommendations followed up")
    replies = engine.handle("u", "tolong terjemahkan semua")
    reply = said(replies)
    assert "«Persentase kajian kebijakan yang selesai tepat waktu»; lolos aturan" in reply
    assert "«Persentase rekomendasi pemangku kepentingan yang ditindaklanjuti»; lolos aturan" in reply
    assert "Jumlah ringkasan kebijakan yang dipublikasikan" in reply  # the literal one, a document count, named
    press(engine, "u", replies, "Simpan 4 IKI")
    saved = [iki.indikator for iki in engine.state("u").skp.iki]
    assert len(saved) == 4 and "Indeks kepuasan pengguna hasil kajian" in saved
    assert not any(word in " ".join(saved) for word in ("Number", "Percentage", "on time"))


def test_the_mandatory_iki_typed_with_its_weight_while_the_mpph_asks_keeps_the_weight():
    """«ip asn tambahin, 85, MI 10» at the MPPH's method question was saved without its weight."""
    engine = Engine()
    engine.handle("u", "/mpph")
    engine.handle("u", "Persentase kab/kota dgn cakupan SBBL minimal 70%; 70%")
    reply = said(engine.handle("u", "ip asn tambahin, 85, MI 10"))
    iki = engine.state("u").skp.iki[-1]
    assert (iki.target, iki.jenis.value, iki.bobot) == ("85", "core_mi", 10) and "bobot 10%" in reply


def test_an_iki_named_by_its_jenis_while_the_mpph_asks_the_method_is_the_leaders_own():
    """«Beyond: Jumlah inisiatif …, 1 program, 20%» at «Bagaimana peran dibagi?» was kept as a member's role line."""
    engine = Engine()
    engine.handle("u", "/mpph")
    engine.handle("u", "Persentase kab/kota dgn cakupan SBBL minimal 70%; 70%")
    reply = said(engine.handle("u", "Beyond: Jumlah inisiatif reward & sharing session labkesda terbaik SBBL, "
                                    "1 program, 20%"))
    iki = engine.state("u").skp.iki[-1]
    assert (iki.jenis.value, iki.target, iki.bobot) == ("beyond", "1 program", 20)
    assert engine.state("u").mpph.step == "method" and "Bagaimana peran dibagi" in reply


@pytest.mark.parametrize("message, wanted", [
    ("ip asn tambahin, 85, MI 10", ("core_mi", "85", 10)),
    ("Beyond: Jumlah inisiatif reward & sharing session labkesda terbaik SBBL, 1 program, 20%", ("beyond", "1 program", 20)),
])
def test_an_iki_typed_with_its_jenis_and_weight_with_no_flow_open_keeps_the_weight(message, wanted):
    """d3-katim01: once the MPPH was done, «ip asn tambahin, 85, MI 10» and «Beyond: …, 1 program, 20%» were saved
    without their weights (kept only while /mpph asked), so /skp never reached Core 100% + Beyond 20% = 120%."""
    engine = Engine()
    engine.handle("u", message)
    iki = engine.state("u").skp.iki[-1]
    assert (iki.jenis.value, iki.target, iki.bobot) == wanted


def test_skp_says_the_weights_given_and_their_sum_beyond_included():
    """/skp said only what was left («Sisa bobot …»), never the 120% a complete SKP adds up to."""
    engine = Engine()
    list_saved(engine, "u", FIVE)
    engine.handle("u", "1-2 CL 25%, 3-4 TUSI 20%, 5 Beyond 20%")
    engine.handle("u", "IP ASN 85")
    engine.handle("u", "Selesai dulu")
    engine.handle("u", "/ubah 6 bobot 10")
    assert "Bobot kini: Core CL 50%, Core TUSI 40%, Core MI 10%, Beyond 20% (Core 100% + Beyond 20% = 120%)." \
        in said(engine.handle("u", "/skp"))


def test_targets_for_the_draft_in_order_with_no_question_open_and_beside_the_mpph():
    """«target 75 80 100 85 70» was «itu maksudnya apa?» with no question open, and a role line beside /mpph."""
    engine = Engine()
    list_saved(engine, "u", FIVE)
    reply = said(engine.handle("u", "target 75 80 100 85 70"))
    assert [i.target for i in engine.state("u").skp.iki] == ["75%", "80%", "100%", "85%", "70%"]
    assert "Target dicatat, berurutan" in reply
    engine.handle("v", FIVE)
    engine.handle("v", "simpan semua")
    engine.handle("v", "/mpph")
    engine.handle("v", "Persentase kab/kota dgn cakupan SBBL minimal 70%; 70%")
    reply = said(engine.handle("v", "targetnya 90 90 95 100 80"))
    assert [i.target for i in engine.state("v").skp.iki] == ["90%", "90%", "95%", "100%", "80%"]
    assert "Bagaimana peran dibagi" in reply


def test_jenis_and_weights_per_number_in_the_ways_people_write_them():
    from bot.conversation.draft_weights import by_number
    from bot.conversation.state import UserState
    from bot.models import IkiDraft

    for typed in ("no 1 sampai 3 TUSI masing2 20%, no 4 MI 10%, no 5 Beyond 20%", "1-3: TUSI 20, 4: MI 10, 5: Beyond 20",
                  "IKI 1-3 TUSI @20%, IKI 4 MI 10%, IKI 5 beyond 20%", "1,2,3 = TUSI (20% each), 4 = MI 10%, 5 = Beyond 20%"):
        state = UserState()
        state.skp.iki = [IkiDraft(indikator=f"Persentase dokumen tahap {k} yang selesai tepat waktu") for k in range(5)]
        assert by_number(state, typed), typed
        assert [(i.jenis.value, i.bobot) for i in state.skp.iki] == [("core_tusi", 20)] * 3 + [
            ("core_mi", 10), ("beyond", 20)], typed
