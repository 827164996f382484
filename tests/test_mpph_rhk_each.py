"""A Ketua holding /rhk's RHK whole, then splitting two indicators in /mpph: only the indicator measuring that RHK
carries it; the other keeps an RHK of its own (mpph38 #5)."""

from bot.conversation import Engine
from tests.talk import typed

RHK = "Meningkatnya kualitas layanan laboratorium kesehatan masyarakat"


def test_only_the_indicator_measuring_the_rhk_held_whole_carries_it():
    engine = Engine()
    typed(engine, "kt", f"/rhk {RHK}", "sy pegang semuanya")
    engine.handle("kt", "/mpph")
    engine.handle("kt", "Persentase spesimen yang diperiksa sesuai standar waktu; 90%")
    engine.press("kt", "mpph:method:aspek")
    typed(engine, "kt", "Lina; pemeriksaan mikrobiologi; 90%\nJoko; pemeriksaan kimia; 90%", "selesai")
    engine.press("kt", "mpph:more")
    engine.handle("kt", "Jumlah laboratorium kab/kota yang dibina sesuai standar; 40 laboratorium")
    engine.press("kt", "mpph:method:kuantitatif")
    typed(engine, "kt", "Lina; 20\nJoko; 20", "selesai")
    first, second = engine.state("kt").mpph.indicators
    assert first.rhk == RHK and second.rhk != RHK
    engine.press("kt", "mpph:save")
    own = engine.state("kt").skp.iki
    assert [i.rhk == RHK for i in own] == [True, False] and own[1].rhk
