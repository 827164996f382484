"""The documents a user is sent: the dialog kinerja pack (/dialog, DOCX) and the SKP as an e-Kinerja workbook
(/ekspor, XLSX), each with the year's records when there are any."""

from collections.abc import Callable
from datetime import datetime

from bot import render
from bot.conversation import mpph_flow, profil_flow, skp_view
from bot.conversation.replies import Reply, ReplyFile
from bot.conversation.state import UserState
from bot.llm.assistant import NO_AI, Assistant
from bot.rules import check_skp
from bot.skp import readiness
from bot.skp.dialog_pack import build_pack, default_questions, pack_docx, pack_text
from bot.skp.export import Agreement, owned_name, skp_workbook
from bot.skp.export import file_name as export_file_name
from bot.year import dialog_record, quarter_plan
from bot.year import sheets as year_sheets
from bot.year.rencana import quarter_actions
from bot.year.versions import first_quarter, first_quarters, iki_first_quarter


def dialog_pack(state: UserState, assistant: Assistant, clock: Callable[[], datetime]) -> list[Reply]:
    if not state.skp.iki:
        return [Reply("Belum ada IKI untuk didialogkan. Susun dulu dengan /prima.")]
    questions = assistant.dialog_questions(state.skp, default_questions())
    today = clock().date()
    actions = {iki.indikator: quarter_actions(iki, iki_first_quarter(state.year, iki.indikator)) for iki in state.skp.iki}
    if year_sheets.has_records(state.year) or state.year.rencana:  # the pack is built from what happened
        pack = build_pack(state.skp, questions.value, dialog_record.accepted_plans(state.skp, state.year, today),
                          dialog_record.record(state.skp, state.year, today),
                          dialog_record.period_text(*dialog_record.period(state.year, today)),
                          first_quarter(state.year), first_quarters(state.year), _planned_texts(state), actions)
    else:
        pack = build_pack(state.skp, questions.value, first=first_quarter(state.year), starts=first_quarters(state.year),
                          planned=_planned_texts(state), actions=actions)
    for plan in pack.plans:  # an IKI a perubahan brought in mid-year: no stage before it, as the workbook's sheet
        before = year_sheets.quarters_before(state.year, plan.indikator)  # (tester21b #14)
        plan.steps = [step for step in plan.steps if step.quarter not in before] or plan.steps
    note = f"\n{NO_AI}" if questions.fell_back else ""
    caption = " ".join(filter(None, ["Bahan dialog kinerja dalam format Word.", profil_flow.missing_note(state.skp.pegawai)]))
    return [Reply(pack_text(pack) + note)] + \
        [Reply(caption, file=ReplyFile(owned_name(state.skp.pegawai.nama, DIALOG_NAME), pack_docx(pack)))]


DIALOG_NAME = "bahan-dialog-kinerja.docx"


def _planned_texts(state: UserState) -> dict[str, list[str]]:
    """Each IKI's quarterly targets through the year's versions (quarter_plan), as the pack writes them."""
    return {key: [p.text for p in found] for key, found in quarter_plan.all_planned(state.skp, state.year).items()}


def agreement(state: UserState) -> Agreement | None:
    """The SKP as its latest agreed version holds it (/tetapkan, or a perubahan recorded): exported as agreed. None
    for a draft, and while a change waits for its reason (the SKP is then not the agreed one)."""
    versions = state.year.versions if state.year else []
    if not versions or state.skp.iki != versions[-1].skp.iki:
        return None
    latest, first = versions[-1], versions[0]
    return Agreement(latest.number, latest.on, first.on)


def export(state: UserState, clock: Callable[[], datetime], member: bool = False, owner: str = "") -> list[Reply]:
    """/ekspor's workbook and what to say with it; member: a leader's «/ekspor tim» about a member's SKP, said of the
    member («SKP-nya …; minta ia mengisi /profil»), never «SKP Anda» (tester24 #12); owner: the file's name's tag
    without a /profil name (bot.skp.export.file_owner)."""
    if not state.skp.iki:
        return skp_view.empty_draft(state, "Belum ada IKI untuk diekspor.")
    result = check_skp(state.skp)
    agreed = agreement(state)
    # an SKP agreed mid-year covers TW III onward, an IKI a perubahan brought in the quarters from it (tester22b #12)
    planned = quarter_plan.all_planned(state.skp, state.year)  # the one trajectory the year's sheets read (F6)
    data = skp_workbook(state.skp, result, first_quarter(state.year), agreed, first_quarters(state.year),
                        {key: [p.quarter for p in found] for key, found in planned.items()},
                        quarter_plan.kept_notes(state.skp, state.year))
    status = skp_view.agreed_label(state)
    name = export_file_name(state.skp, result, agreed, owner)
    whose = "SKP-nya" if member else "SKP Anda"
    what = f"{whose} ({render.skp_status(status)})" if status else "Draf SKP"
    if status and agreed is None:  # changed since: the file is the change, never the agreed SKP (tester24 #14)
        what = (f"Perubahan {whose} ({render.skp_status(status)}; perubahan ini belum disepakati, jadi tanggal "
                "«Disepakati» di berkas masih kosong)")
    caption = f"{what}: {len(state.skp.iki)} IKI, urutan kolom sesuai formulir e-Kinerja; temuan ada di lembar «Temuan»."
    sheets = year_sheets.added(state.year)  # Rencana Aksi, Catatan Harian, Realisasi per TW (issue 18), Versi SKP
    if sheets:
        data = year_sheets.add_year_sheets(data, state.skp, state.year, clock().date())
        caption += " Lembar " + ", ".join(f"«{s}»" for s in sheets) + " berisi catatan tahun berjalan."
    errors = [f for f in result.findings if f.severity == "error"]
    errors += [f.model_copy(update={"message": f"IKI {n}: {f.message}"})
               for n, iki in enumerate(result.iki, start=1) for f in iki.findings if f.severity == "error"]
    gaps = readiness.gaps(state.skp)
    if agreed is not None:  # agreed as it is: sent as the agreed SKP, what the rules still find said once (tester22b #13)
        left = [f"{len(errors)} temuan aturan Asisten IKI (lembar «Temuan»)"] if errors else []
        left += ["isian yang masih kosong: " + "; ".join(gaps)] if gaps else []
        if left:
            how = "ia mencatatnya dengan /ubah NOMOR" if member else "/ubah NOMOR mencatatnya"
            caption += (" Berkas ini SKP yang sudah disepakati; masih ada " + " dan ".join(left) + ". Bahas di dialog "
                        f"kinerja; bila SKP perlu diubah, {how} sebagai perubahan SKP.")
    data, matrix_said = mpph_flow.with_matrix(state, data)  # a Ketua's MPPH in the same file (tester57 F16)
    caption = " ".join(filter(None, [caption, matrix_said, profil_flow.missing_note(state.skp.pegawai, member)]))
    if agreed is not None:
        return [Reply(caption, file=ReplyFile(name, data, caption))]
    if readiness.ready(state.skp, result):
        return [Reply(caption, file=ReplyFile(name, data, caption))]
    lines = [f"Draf ini masih punya {len(errors)} temuan yang harus diperbaiki sebelum diisikan ke e-Kinerja:"] \
        if errors else []
    for finding in errors:
        lines.extend(render.finding_lines(finding))
    if gaps:
        lines.append("Isian yang masih kosong (formulir e-Kinerja memintanya): " + "; ".join(gaps) + ".")
    lines.append("\nPerbaiki dengan /ubah NOMOR atau /buang NOMOR (lihat /skp). Berkasnya tetap saya kirim, ditandai DRAF.")
    return [Reply("\n".join(lines)), Reply("DRAF — " + caption, file=ReplyFile(name, data, "DRAF — " + caption))]
