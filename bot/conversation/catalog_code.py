"""A bare Renstra code where an IKI or an indicator's name is expected («/cek IKK 5.1.1», «/mpph IKK 5.1.1; 80%»):
the catalog row it names, read cheaply (no search model), so the code is shown or used as its indicator and never
checked as if it were an IKI sentence."""

from bot import render
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.models import Candidate
from bot.retrieval.catalog import Indicator, catalog_rows, number_text
from bot.retrieval.codes import codes_in, without_codes


def bare_code(text: str) -> str | None:
    """The one code a message holds when it holds nothing else («IKK 5.1.1», «ikk5.1.1?»), else None."""
    codes = codes_in(text)
    return codes[0] if len(codes) == 1 and not any(ch.isalnum() for ch in without_codes(text)) else None


def named_row(code: str) -> Indicator | None:
    """The code's first catalog row with a name (a nameless row names nothing), None when the catalog has none."""
    return next((row for row in catalog_rows(code) if row.name), None)


def row_target(row: Indicator) -> str:
    """The row's 2026 target as written: «WTP», «70%», «1.575.000 Orang»; "" when it has none."""
    if row.target_text:
        return row.target_text
    if row.target_2026 is None:
        return ""
    unit = row.unit or ""
    return number_text(row.target_2026) + (unit if unit == "%" else f" {unit}" if unit else "")


def code_reply(state: UserState, code: str) -> list[Reply]:
    """«/cek IKK 5.1.1»: the row, and an offer to draft an IKI from it («Pakai sebagai IKI saya»: use:1)."""
    row = named_row(code)
    state.candidate_target = ""
    if row is None:
        state.candidates = []
        return [Reply(f"{code} adalah kode indikator Renstra, bukan kalimat IKI, dan belum ada di katalog indikator "
                      "yang saya miliki. Untuk memeriksa IKI, tulis kalimatnya setelah /cek, misalnya /cek Persentase "
                      f"rekomendasi hasil monev yang ditindaklanjuti.\n{render.UNKNOWN_CODE}")]
    state.candidates = [Candidate(indikator=row.name, satuan=row.unit or "", alasan=f"indikator Renstra {code}")]
    target = row_target(row)
    return [Reply(f"{code} adalah kode indikator Renstra, bukan kalimat IKI:\n{code} {row.name}"
                  + (f" (target 2026: {target})" if target else "") + (f"\nPenanggung jawab: {row.pic}" if row.pic else "")
                  + "\n\nBila hasil kerja Anda langsung menyumbang indikator ini (cascading langsung, Core CL), IKI Anda "
                  "bisa memakai rumusan yang sama dengan target bagian Anda: pilih «Pakai sebagai IKI saya». Atau tulis "
                  "IKI Anda sendiri setelah /cek.", [Button("Pakai sebagai IKI saya", "use:1")])]
