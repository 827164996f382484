"""Suggestions for a user's own task keep to its field (tester56 F13): a conveyance watched for health risks at a
port («alat angkut») is never equipment kept ready, and an issued certificate keeps «sertifikat» in what is counted."""

from bot.rewrite.work import suggest


def texts(description: str) -> list[str]:
    return [c.indikator for task in suggest(description) for c in task.candidates]


def test_a_conveyance_under_quarantine_is_not_equipment_kept_ready():
    shown = texts("kerja saya pengawasan alat angkut pesawat udara di bandara")
    assert shown and not any("siap digunakan" in t or "dipelihara" in t for t in shown)
    # equipment still is
    assert any("siap digunakan" in t for t in texts("pemeliharaan alat laboratorium"))


def test_an_issued_certificate_is_counted_as_the_certificate():
    shown = texts("tugas saya penerbitan sertifikat vaksinasi internasional bagi pelaku perjalanan")
    assert any(t.startswith("Persentase sertifikat vaksinasi internasional") for t in shown)
