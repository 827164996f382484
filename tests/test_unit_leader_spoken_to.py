"""A unit leader (Pimpinan unit) is spoken to as one (tester55 F15/F16): PRIMA never sends them to ask their strategy
of a ketua tim, gives the members' 5–10 range, weight table or «tanpa cascading» split as theirs, and an indicator of
their PK in their own words with a direct cascade said is suggested Core CL; a leader reading a member's SKP card is
told what the member lacks in the member's name, never «peran Anda»."""

from bot.conversation import step_help
from bot.conversation.prima import own_weights, suggest_jenis
from bot.conversation.state import ChosenIndicator, PrimaState, UserState
from bot.models import IkiDraft, Jenis, Peran, SkpDraft
from bot.team.review import skp_gaps


def _leader(direct: bool = True) -> UserState:
    state = UserState()
    state.skp = SkpDraft(peran=Peran.pimpinan_unit, cascading_langsung=direct)
    state.prima = PrimaState(indicator=ChosenIndicator(code="", name="Cakupan kunjungan ibu hamil K6"))
    return state


def test_a_unit_leaders_own_words_indicator_with_a_direct_cascade_is_suggested_core_cl():
    state = _leader()
    iki = IkiDraft(indikator="Persentase ibu hamil yang mendapat kunjungan K6 sesuai standar")
    assert suggest_jenis(state, iki) is Jenis.core_cl
    member = _leader()
    member.skp.peran = Peran.anggota  # a member's own words name no Renstra indicator: TUSI as before
    assert suggest_jenis(member, iki) is Jenis.core_tusi


def test_the_members_weights_and_strategy_advice_are_never_a_unit_leaders():
    leader = _leader(direct=False).skp
    assert "90%" not in own_weights(leader) and "pimpinan" in own_weights(leader)
    assert "90%" in own_weights(SkpDraft(peran=Peran.anggota))
    strategy = step_help.help_text("prima.R", skp=leader)
    assert "Sebagai staf" not in strategy and "pimpinan unit" in strategy
    assert "Sebagai staf" in step_help.help_text("prima.R", skp=SkpDraft(peran=Peran.ketua_tim))
    assert "mengikuti PK" in step_help.help_text("bobot", skp=leader)
    assert "mengikuti PK" not in step_help.help_text("bobot", skp=SkpDraft(peran=Peran.anggota))


def test_a_members_gaps_read_by_the_leader_name_the_member():
    skp = SkpDraft(peran=Peran.anggota, iki=[IkiDraft(indikator="Persentase bayi yang mendapat imunisasi dasar lengkap",
                                                       target="90%")])
    own = " ".join(skp_gaps(skp))
    read = " ".join(skp_gaps(skp, about="Sari"))
    assert "peran Anda" in own and "Anda" not in read and "peran Sari" in read


def test_step_m_gives_the_range_to_members_only():
    from bot.conversation import Engine
    engine, state = Engine(), _leader()
    state.prima.step, state.prima.field = "M", "indikator"
    assert "disarankan 5–10" not in engine.prima._iki.prompt(state)[0].text
    state.skp.peran = Peran.ketua_tim
    assert "disarankan 5–10" in engine.prima._iki.prompt(state)[0].text
