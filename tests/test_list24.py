"""Edits typed on a first day (list24): targets set by the IKI's number in English, «set 1 to 95», as «1 jadi 95» is."""

from bot.conversation import Engine
from tests.talk import list_saved, said

FIVE = ("Persentase laporan keuangan yang disampaikan tepat waktu\nPersentase tiket gangguan SIMRS yang selesai 1x24 jam\n"
        "Persentase user baru yang lulus uji kompetensi SIMRS\nPersentase modul pelayanan yang terkirim ke SATUSEHAT\n"
        "Persentase backup database yang berhasil dipulihkan")


def test_targets_set_by_number_in_english():
    """«set 1 to 95» was answered with the «works in Indonesian» note and nothing kept: each IKI named by its number
    takes its target, «change IKI 2 target to 90%» too; «remove IKI 4 and 5» still removes both."""
    engine = Engine()
    list_saved(engine, "u", FIVE)
    reply = said(engine.handle("u", "set 1 to 95"))
    assert engine.state("u").skp.iki[0].target == "95%", reply
    engine.handle("u", "set targets 3 to 80, 4 to 85")
    assert [i.target for i in engine.state("u").skp.iki][2:4] == ["80%", "85%"]
    engine.handle("u", "remove IKI 4 and 5")
    assert len(engine.state("u").skp.iki) == 3
