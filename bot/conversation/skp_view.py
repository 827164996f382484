"""/skp: the draft shown with its findings and status, and an empty draft told where to start (/ekspor tells it
alike)."""

from bot import render
from bot.conversation import year_rencana
from bot.conversation.prima_step_m import skp_table
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.knowledge import policy
from bot.lang.dates import long_date
from bot.lang.text import short
from bot.models import Pegawai
from bot.rules import check_skp
from bot.rules.weights import given_text, remaining_text


def agreed_label(state: UserState) -> str:
    """«ditetapkan, versi 2, 01/07/2026» for an SKP set with /tetapkan (its latest version), "" for a draft: /skp and
    /ekspor show it alike as its status (tester12 #10: /skp still opened with «Draf SKP Anda» after /tetapkan)."""
    versions = state.year.versions if state.year else []
    latest = max(versions, key=lambda v: v.number) if versions else None
    return f"ditetapkan, versi {latest.number}, {long_date(latest.on)}" if latest else ""


def empty_draft(state: UserState, said: str) -> list[Reply]:
    """An empty draft told (empty_draft_text), with the last pasted list when it still waits to be saved: /skp right
    after a paste showed «masih kosong» and nothing of the list the user thought was in."""
    from bot.conversation import list_summary  # (iki_list reads prima_step_m's tables, as this module does)

    waiting = list_summary.still_waiting(state.listed, set(), in_prima=False)
    return [Reply(empty_draft_text(state, said, start=waiting is None))] + ([waiting] if waiting else [])


def empty_draft_text(state: UserState, said: str, start: bool = True) -> str:
    """What an empty draft is told: that it is empty and where to start, and the IKI typed during PRIMA that wait for
    step 4 («Jumlah arsip inaktif …» typed at step 3 was never mentioned: «Draf SKP Anda masih kosong»)."""
    waiting = [draft.indikator for draft in state.prima.queue] if state.prima else []
    if not waiting:
        return f"{said} {_where_to_start(state)}" if start else said
    return (f"{said} IKI yang Anda tulis selama PRIMA masih menunggu disusun di langkah 4: "
            + "; ".join(f"«{text}»" for text in waiting) + ". Lanjutkan dengan menjawab pertanyaan PRIMA.")


def _where_to_start(state: UserState) -> str:
    """Where an empty draft goes on from (tester26 #12: «Mulai dengan /prima» while PRIMA was open, or right under an
    IKI that passed with its «Simpan ke draf»)."""
    fill = state.fill
    if fill is not None and fill.index is None and fill.current is not None:
        return (f"IKI yang baru Anda periksa («{short(fill.current.indikator, 60)}») belum disimpan: ketik «simpan» "
                "untuk menyimpannya ke draf.")
    if state.prima is not None and not state.prima.paused:
        return "PRIMA sedang berjalan: IKI masuk draf di langkah 4 (Mulai jabarkan IKI); jawab dulu pertanyaannya."
    if state.prima is not None:
        return "PRIMA Anda sedang dijeda: lanjutkan dengan /prima."
    return "Mulai dengan /prima."


def view(state: UserState) -> list[Reply]:
    skp = state.skp
    if not skp.iki:
        return empty_draft(state, "Draf SKP Anda masih kosong.")
    result = check_skp(skp)
    agreed = agreed_label(state)
    lines = [f"SKP Anda ({render.skp_status(agreed)}):" if agreed else "Draf SKP Anda:", *_whose(skp.pegawai),
             skp_table(skp), *year_rencana.plan_section(state), "", *filter(None, [given_text(skp)]),
             remaining_text(skp), ""]
    lines.append("Temuan:" if result.findings or result.has_error else "Tidak ada temuan tingkat SKP.")
    for finding in result.findings:
        lines.extend(render.finding_lines(finding))
    for number, iki_result in enumerate(result.iki, start=1):
        for finding in iki_result.findings:
            lines.extend(render.finding_lines(finding.model_copy(update={"message": f"IKI {number}: {finding.message}"})))
    buttons = [b for n in range(1, len(skp.iki) + 1) for b in (Button(f"Ubah {n}", f"skp:edit:{n}"),
                                                              Button(f"Buang {n}", f"skp:drop:{n}"))]
    return [Reply("\n".join(lines), buttons + [Button("Ekspor XLSX", "cmd:ekspor")])] + _list_left(state)


def _whose(pegawai: Pegawai) -> list[str]:
    """Whose SKP it is and who rates it, as /profil keeps them (the SKP form's header): an atasan changed with /profil
    is seen here before the export (d18-dev06: /skp never showed the new atasan)."""
    if not pegawai.filled:
        return []
    own = ", ".join(part for part in (pegawai.nama, pegawai.jabatan, pegawai.unit) if part)
    return [line for line in (f"Pegawai: {own}" if own else "", f"Atasan: {pegawai.atasan}" if pegawai.atasan else "")
            if line]


def _list_left(state: UserState) -> list[Reply]:
    """The last pasted list again below a draft still short of the IKI count, with its buttons: once one line's
    suggestion was saved, the other lines of an 8-line paste were never offered again (tester13 #10)."""
    from bot.conversation import list_summary

    if not state.listed or (state.year and state.year.agreed) or len(state.skp.iki) >= policy().iki_count.min:
        return []
    left = list_summary.left_out(state.listed, [iki.indikator.lower() for iki in state.skp.iki])
    return [left] if left else []
