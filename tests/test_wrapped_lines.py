"""A list pasted from Word or a PDF wraps long lines onto the next one without a bullet: the wrapped part finishes
its bullet's line, so the count of IKI is the count of bullets (tester56 F2: 11 bullets read as 12 IKI, a fragment
checked as an IKI of its own, the saved text cut mid-phrase)."""

from bot.lang.text import unwrapped

WRAPPED = "\n".join([
    "daftar IKI sy:",
    "- Persentase balita di wilayah kerja puskesmas yang ditimbang setiap bulan di",
    "posyandu",
    "- Jumlah kader posyandu yang dilatih pemantauan pertumbuhan (antropometri",
    "terstandar)",
    "- Persentase ibu hamil KEK yang mendapat makanan tambahan",
    "  sesuai standar",
    "- Melaksanakan penyuluhan gizi seimbang kepada masyarakat desa binaan dan",
    "kelompok sasaran",
])


def test_a_line_without_its_bullet_finishes_the_line_above():
    lines = unwrapped(WRAPPED).splitlines()
    assert lines == [
        "daftar IKI sy:",
        "- Persentase balita di wilayah kerja puskesmas yang ditimbang setiap bulan di posyandu",
        "- Jumlah kader posyandu yang dilatih pemantauan pertumbuhan (antropometri terstandar)",
        "- Persentase ibu hamil KEK yang mendapat makanan tambahan sesuai standar",
        "- Melaksanakan penyuluhan gizi seimbang kepada masyarakat desa binaan dan kelompok sasaran",
    ]


def test_a_lower_case_line_between_bullets_is_wrapped_even_after_a_finished_word():
    said = "1. Jumlah laporan surveilans gizi yang dikirim\ntepat waktu ke dinas\n2. Persentase posyandu aktif"
    assert unwrapped(said).splitlines() == ["1. Jumlah laporan surveilans gizi yang dikirim tepat waktu ke dinas",
                                           "2. Persentase posyandu aktif"]


def test_a_note_or_question_under_the_list_and_a_heading_stay_lines_of_their_own():
    said = "1. Persentase posyandu aktif\n2. Jumlah kader terlatih\nmohon dicek ya"
    assert unwrapped(said) == said
    asked = "1. Persentase posyandu aktif\n2. Jumlah kader terlatih\nudah output based blm?"
    assert unwrapped(asked) == asked
    headed = "RHK: Meningkatnya gizi\n- Persentase posyandu aktif\n\nnanti sy tambah lagi"
    assert unwrapped(headed) == headed
    targets = "- Persentase posyandu aktif\n90%\n- Jumlah kader terlatih\n40 orang"
    assert unwrapped(targets) == targets


def test_the_pasted_list_counts_its_bullets_and_keeps_each_line_whole(engine):
    said = "\n".join(r.text for r in engine.handle("u", WRAPPED))
    listed = engine.state("u").listed
    assert len(listed) == 4, said
    assert listed[0].text.endswith("di posyandu")
    assert listed[1].text.endswith("(antropometri terstandar)")
    assert not any(item.text.startswith(("posyandu", "terstandar", "sesuai", "kelompok")) for item in listed)
