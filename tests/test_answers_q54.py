"""Answers users read (q54): no «Ya.» guessed from a passage about something else than the claim: a count past the
one side an answer states, a permission stated of another thing than the practice pointed at, a frequency claimed of
another doing than the answer's; each failing before its fix."""

from bot.retrieval.answer import Told
from bot.retrieval.answer_choice import _shaped
from bot.retrieval.claim_slots import slot_lead
from bot.retrieval.claims import _read, _slot_claim, _told_before, claim
from bot.retrieval.limits import count_lead

_BELOW_FIVE = ("Bila IKI pegawai non pimpinan kurang dari 5, biasanya ada peran hasil dari MPPH yang belum tertuang, "
               "sehingga perlu dicek kembali bersama atasan dalam dialog kinerja.")
_FIVE_TO_TEN = ("Pegawai non pimpinan memiliki paling sedikit 5 dan paling banyak 10 IKI menurut Surat Sekjen untuk "
                "SKP 2026.")
_NEGOTIATE = ("Pegawai boleh menegosiasikan target dalam dialog kinerja: ia dapat menyampaikan kondisi lapangan dan "
              "kesanggupannya, serta syarat yang ia perlukan, lalu kebutuhan itu dicatat sebagai dukungan sumber daya "
              "di lampiran SKP.")
_LOGBOOK = ("Catatan harian (logbook) diisi setiap hari di e-Kinerja: tulis uraian kegiatan yang benar-benar "
            "dikerjakan, kaitkan dengan rencana aksi dan RHK-nya, lalu unggah bukti dukung bila ada.")


def test_a_count_past_the_one_side_stated_is_not_confirmed():
    """dev33: «IKI sy jadinya 13 … cukup minta acc atasan aja kan?» was led «Ya.» by «bila kurang dari 5»."""
    for asked in ("IKI sy 14 boleh ga?", "sy analis kesehatan, IKI sy ada 12 boleh ga?",
                  "kalo IKI sy 11 gpp kan kak?"):
        assert count_lead(asked, _BELOW_FIVE) == "", asked
        assert count_lead(asked, _FIVE_TO_TEN) == "Tidak.", asked
    # a count short of the side stated is still denied, and one inside both sides stated still confirmed
    assert count_lead("IKI sy 3 boleh ga?", _BELOW_FIVE) == "Tidak."
    assert count_lead("IKI sy 7 boleh ga?", _FIVE_TO_TEN) == "Ya."


def test_a_permission_of_another_thing_leads_no_pointed_practice():
    """dev33: «target IKI sy: 'setiap … selalu selesai dalam 3 hari kerja'. aman kan begitu?» was led «Ya.» by
    «Pegawai boleh menegosiasikan target …»."""
    def lead(asked: str) -> str:
        return _shaped(asked, [(1.0, "nego", Told(text=_NEGOTIATE, source="s"))]).lead
    for asked in ("target IKI sy: 'semua surat masuk selalu dibalas di hari yang sama'. aman kan begitu?",
                  "target sy 'seluruh sampel selalu diuji dalam 2 hari'. aman kan kayak gitu?",
                  "IKI sy 'tiap permohonan izin selalu diproses dalam 5 hari'. aman kan gitu?"):
        assert lead(asked) != "Ya.", asked
    # the practice the answer permits, pointed at, is still permitted
    assert lead("target sy: nego target sama atasan pas dialog kinerja. boleh gitu kan?") == "Ya."


def test_a_frequency_claimed_of_another_doing_is_not_the_logbooks():
    """dev33: «pengingat isi logbook dr bot ini otomatis nyala tiap hari ya?» was led «Ya.» by «logbook diisi setiap
    hari»."""
    def lead(asked: str) -> str:
        return slot_lead(_slot_claim(asked), claim(asked), _LOGBOOK, _read, _told_before(asked))
    for asked in ("notif isi logbook dr bot ini bunyi tiap hari ya?", "alarm isi logbook di hp sy nyala tiap hari kan?",
                  "pengingat ngisi logbook muncul tiap hari kan?"):
        assert lead(asked) != "ya", asked
    # the logbook's own doing, or the term alone, is still confirmed
    for asked in ("logbook diisi tiap hari kan?", "logbook tiap hari ya?", "catatan harian wajib diisi setiap hari kan?"):
        assert lead(asked) == "ya", asked


def test_rhk_with_its_letters_swapped_is_defined_as_rhk(shared_retriever):
    """dev33: «di form ada tulisan RKH, itu apa sih?» got the language rule; RKH is RHK typed with two letters swapped."""
    for asked in ("RKH itu apa", "di form ada tulisan RKH, itu apa sih?", "apa bedanya RKH sama IKI"):
        assert "RHK (Rencana Hasil Kerja)" in shared_retriever.ask(asked).answer, asked
