"""A finding cleared by a change is said as done (tester59 F22: «✓ Beres (temuan lama …): IKI nomor 6 belum diberi
bobot» still read as a problem): what was found quoted as past, its advice left out."""

from bot.conversation.skp_changes import changes


def test_a_cleared_finding_reads_as_done_without_its_advice():
    before = {"skp|IKI-WEIGHT": "✗ IKI nomor 3 belum diberi jenis. Tandai setiap IKI sebagai Core CL atau Beyond."}
    line, = changes(before, {})
    assert line.startswith("✓ Beres, sudah teratasi") and "tadinya «IKI nomor 3 belum diberi jenis»" in line
    assert "Tandai" not in line
