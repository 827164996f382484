"""/ikk reads following up what an audit found as following up its recommendations, whoever audits (tester48 P3-8:
«tindak lanjut hasil pengawasan» found nothing beside IKM 33.4); the words stay whole phrases, so an auditor's own
work the shipped catalog lacks («audit kinerja itjen») and unrelated words still find nothing."""

from tests.talk import said


def test_following_up_audit_results_finds_the_recommendations_row(engine):
    for query in ("tindak lanjut hasil pengawasan", "tindak lanjut hasil audit"):
        text = said(engine.handle("ik1", f"/ikk {query}"))
        assert "IKM 33.4 Persentase Rekomendasi Hasil Pemeriksaan BPK" in text, query


def test_work_the_catalog_lacks_still_finds_nothing(engine):
    for query in ("audit kinerja itjen", "labkesmas", "kualitas air minum", "sanitasi"):
        assert "Tidak ada indikator Renstra yang cukup cocok" in said(engine.handle("ik2", f"/ikk {query}")), query
