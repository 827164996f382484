"""MPPH member rows as a Ketua Tim types them: the name on either side, commas inside the part, a target at the end
(issue 16: «MPPH lines with commas in the part fail to parse»)."""

import pytest

from bot.team.member_rows import MemberRow, read_row


@pytest.mark.parametrize(("line", "row"), [
    ("Doni - kepegawaian", MemberRow("Doni", "kepegawaian")),
    ("kepegawaian - Doni", MemberRow("Doni", "kepegawaian")),
    ("kenaikan pangkat, pensiun - Doni", MemberRow("Doni", "kenaikan pangkat, pensiun")),
    ("Kenaikan Pangkat - Doni", MemberRow("Doni", "Kenaikan Pangkat")),  # a part in Title Case is still work
    ("Jawa Barat, Banten - Siti Rahma", MemberRow("Siti Rahma", "Jawa Barat, Banten")),
    ("Doni: kenaikan pangkat, pensiun", MemberRow("Doni", "kenaikan pangkat, pensiun")),
    ("Sumatera: Hendra", MemberRow("Hendra", "Sumatera")),
    ("Doni (kenaikan pangkat, pensiun)", MemberRow("Doni", "kenaikan pangkat, pensiun")),
    ("kenaikan pangkat (Doni)", MemberRow("Doni", "kenaikan pangkat")),
    ("Budi Santoso (Sumatera, Kalimantan), 90%", MemberRow("Budi Santoso", "Sumatera, Kalimantan", "90%")),
    ("Siti Rahma: Jawa Barat, Banten 80%", MemberRow("Siti Rahma", "Jawa Barat, Banten", "80%")),
    ("Jawa-Bali - Rina 85%", MemberRow("Rina", "Jawa-Bali", "85%")),
    ("aspek SDM, sarpras - dr. Budi", MemberRow("dr. Budi", "aspek SDM, sarpras")),
    ("Doni, kenaikan pangkat, pensiun", MemberRow("Doni", "kenaikan pangkat, pensiun")),
    ("layanan e-Kinerja - Rina", MemberRow("Rina", "layanan e-Kinerja")),  # the hyphen of e-Kinerja is no separator
    ("Regional 1 - Andi", MemberRow("Andi", "Regional 1")),  # a numbered part: «1» names it, it is no target
    ("Regional 3, Regional 4 - Citra", MemberRow("Citra", "Regional 3, Regional 4")),
    ("Andi - Regional 1 85%", MemberRow("Andi", "Regional 1", "85%")),
    ("Doni - Jawa Barat 80", MemberRow("Doni", "Jawa Barat", "80")),
    # The dash form the prompt advertises, a bracket with a comma inside the part (tester8 #18: refused)
    ("Rina Marlina - Regional 2 (Jawa, Bali) - 90", MemberRow("Rina Marlina", "Regional 2 (Jawa, Bali)", "90")),
    ("Regional 2 (Jawa, Bali) - Rina Marlina - 90", MemberRow("Rina Marlina", "Regional 2 (Jawa, Bali)", "90")),
    ("Rina - Regional 2 (Jawa, Bali)", MemberRow("Rina", "Regional 2 (Jawa, Bali)")),
    ("Doni (Jawa, Bali) - 90", MemberRow("Doni", "Jawa, Bali", "90")),
])
def test_a_row_is_read_whichever_side_the_name_stands(line, row):
    assert read_row(line) == row


@pytest.mark.parametrize("line", ["halo semua", "Doni (Jawa) dan Rina (Bali)", "Rina - 30", ""])
def test_a_line_without_one_name_and_its_part_is_not_guessed(line):
    assert read_row(line) is None
