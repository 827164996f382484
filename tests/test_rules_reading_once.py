"""perf29: the rules read a text once however many rules and SKP ask for it, and skip the searches that cannot
match; what they give is what a fresh reading gives."""

from bot import knowledge
from bot.models import IkiDraft, Jenis, SkpDraft
from bot.rules import draft_reading, skp_rules
from bot.rules.draft_reading import read


def _counting(monkeypatch, module, name: str) -> list[str]:
    calls: list[str] = []
    original = getattr(module, name)

    def counted(text, *args):
        calls.append(text)
        return original(text, *args)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_text_read_twice_is_read_once_and_each_reading_has_notes_of_its_own(monkeypatch):
    knowledge.clear()
    spelled = _counting(monkeypatch, draft_reading, "_spelling")
    first = read("IKI 1: Prosentase dokumen yg di proses tepat wkatu")
    second = read("IKI 1: Prosentase dokumen yg di proses tepat wkatu")
    assert len(spelled) == 1
    assert first == second and first.notes and first.notes is not second.notes
    first.notes.append("changed by a caller")
    assert "changed by a caller" not in read("IKI 1: Prosentase dokumen yg di proses tepat wkatu").notes


def test_the_ceiling_tail_is_searched_only_where_a_marker_stands(monkeypatch):
    knowledge.clear()
    searched = []
    tail = draft_reading._ceiling_tail()

    class Spy:
        def search(self, text):
            searched.append(text)
            return tail.search(text)

    monkeypatch.setattr(draft_reading, "_ceiling_tail", lambda: Spy())
    assert read("Persentase dokumen di unit kerja yang diselesaikan 2 hari").target is None
    assert searched == []  # «di» stands, but no marker («di bawah») does
    reading = read("Persentase pengulangan foto rontgen di bawah 5%")
    assert reading.target == "di bawah 5%" and len(searched) == 1
    # every marker of the lexicon still reaches the search, in any case
    for marker in draft_reading._config()["ceiling_markers"]:
        assert draft_reading._may_hold_ceiling(f"Persentase sampel ditolak {marker.upper()} 5%"), marker


def test_the_objects_of_an_skp_are_read_only_for_iki_that_can_make_a_served_pair(monkeypatch):
    knowledge.clear()
    objects = _counting(monkeypatch, skp_rules, "_object_roots")
    plain = SkpDraft(peran="anggota", iki=[
        IkiDraft(indikator="Persentase dokumen keuangan yang diverifikasi", jenis=Jenis.core_tusi, bobot=50),
        IkiDraft(indikator="Jumlah laporan kegiatan yang disusun", jenis=Jenis.core_tusi, bobot=50)])
    assert skp_rules.duplicates(plain) is None and objects == []
    served = SkpDraft(peran="anggota", iki=[
        IkiDraft(indikator="Persentase ibu bersalin normal yang mendapat asuhan kebidanan sesuai standar",
                 jenis=Jenis.core_tusi, bobot=50),
        IkiDraft(indikator="Persentase persalinan normal yang ditangani sesuai SOP APN", jenis=Jenis.core_tusi,
                 bobot=50)])
    assert skp_rules.duplicates(served)["case"] == "served" and len(objects) == 2


def test_an_acronym_defined_in_brackets_is_read_once_per_text(monkeypatch):
    knowledge.clear()
    found = []
    pattern = skp_rules._DEFINED

    class Spy:
        def finditer(self, text):
            found.append(text)
            return pattern.finditer(text)

    monkeypatch.setattr(skp_rules, "_DEFINED", Spy())
    skp = SkpDraft(peran="anggota", iki=[
        IkiDraft(indikator="Persentase bayi yang mendapat imunisasi dasar lengkap (IDL)", jenis=Jenis.core_tusi,
                 bobot=50),
        IkiDraft(indikator="Cakupan IDL di wilayah kerja", jenis=Jenis.core_tusi, bobot=50)])
    assert skp_rules._defined_acronyms(skp)["idl"] >= {"imunisasi", "dasar", "lengkap"}
    assert skp_rules._defined_acronyms(skp).keys() == {"idl"}
    assert found == ["Persentase bayi yang mendapat imunisasi dasar lengkap (IDL)"]  # once; the other has no bracket


def test_an_iki_without_foreign_words_is_never_searched_for_indonesian_ones(monkeypatch):
    from bot.rules import language

    knowledge.clear()
    asked = _counting(monkeypatch, language, "_indonesian")
    assert language.english_words("Persentase dokumen keuangan yang diverifikasi tepat waktu") == []
    assert asked == []
    assert language.english_words("Persentase complaint handled on time") != []
