"""Taking part in trainings written with a slash between the events («Mengikuti workshop/webinar …») still gets the
participant's rewrites, one of them the training hours the guidance names as a Core MI of pengembangan kompetensi
(JPL), suggested Core MI (tester55 F9: «Mengikuti pelatihan/seminar fisioterapi 20 jam» got no suggestion at all)."""

from bot.conversation.prima import suggest_jenis
from bot.conversation.state import UserState
from bot.models import IkiDraft, Jenis
from bot.rewrite import rewrite


def test_events_joined_by_a_slash_get_the_participants_rewrites_with_the_hours():
    found = rewrite(IkiDraft(indikator="Menghadiri workshop/webinar manajemen nyeri"), n=3).candidates
    texts = [c.indikator for c in found]
    assert any(t.startswith("Nilai hasil belajar workshop manajemen nyeri") for t in texts)
    hours = next(c for c in found if c.satuan == "JP")
    assert "manajemen nyeri" in hours.indikator and "Core MI" in hours.alasan


def test_training_hours_are_suggested_core_mi():
    draft = IkiDraft(indikator="Jumlah jam pelatihan pengembangan kompetensi manajemen nyeri")
    assert suggest_jenis(UserState(), draft) is Jenis.core_mi
