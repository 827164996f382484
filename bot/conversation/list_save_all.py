"""«simpan semua» typed under a pasted list some line of which the rules fail: the list's «Simpan semua seperti
ditulis» (play40 F2). Every distinct line is saved as the user wrote it, a failing one with its findings kept for /skp
and the «Temuan» sheet; no suggestion the user did not pick replaces a line (one changed what is counted), and none is
dropped. An English line is written in Indonesian word for word (its meaning kept), or kept as typed with the words
that could not be put in Indonesian named. Suggestions stay a «Rincian N» away, or are asked for in words («simpan
semua pake versi perbaikan»: line_acts, conversation.yaml list_fixed)."""

from bot.conversation import draft_save, iki_list, list_drafts, list_picks, list_summary
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.lang.english import translate
from bot.models import IkiDraft, Severity
from bot.rules import check_iki
from bot.rules.draft_reading import read

LANGUAGE = "LANGUAGE"  # the rules' category of an IKI not written in Indonesian
MAX_DETAIL_BUTTONS = 5  # «Rincian N» buttons under the note


def failing_lines(state: UserState) -> list[int]:
    """The distinct lines of the last list (1-based) the rules fail as typed."""
    checked = iki_list.lines_checked(state.listed)
    return [n for n in iki_list.distinct(state.listed) if checked[n - 1].verdict.has_error]


def save_as_written(state: UserState) -> list[Reply]:
    """Every distinct line saved, a passing one as «Simpan N IKI lolos» saves it, a failing one as typed (an English
    one in Indonesian); the failing ones named by their number in the list and in the draft."""
    lines = iki_list.distinct(state.listed)
    checked = iki_list.lines_checked(state.listed)
    failing = failing_lines(state)
    chosen, _ = list_drafts.picked_drafts(state.listed, list_picks.Picked([n for n in lines if n not in failing]))
    drafts: dict[int, IkiDraft] = dict(chosen)
    notes = []
    for n in failing:
        draft = list_drafts.written(state.listed, [n])[0]
        if any(f.category.value == LANGUAGE and f.severity is Severity.error for f in checked[n - 1].verdict.findings):
            english = translate(draft.indikator)
            english = english if english.text else translate(read(draft.indikator).text)
            if english.text:
                draft = draft.model_copy(update={"indikator": english.text,
                                                 "satuan": draft.satuan or english.satuan or None})
                notes.append(f"Baris {n} saya tulis dalam Bahasa Indonesia: «{english.text}».")
            elif english.unknown:
                words = ", ".join(f"«{w}»" for w in english.unknown)
                notes.append(f"Baris {n} tetap seperti ditulis: kata {words} belum bisa saya tulis dalam Bahasa "
                             "Indonesia; ganti dengan /ubah NOMOR teks.")
        drafts[n] = draft
    order = sorted(drafts)
    saved = draft_save.save_many(state, [drafts[n] for n in order], order)
    drafted = [iki.indikator for iki in state.skp.iki]
    still = [n for n in failing if check_iki(drafts[n]).has_error]  # (a line put in Indonesian may pass now)
    at = {n: drafted.index(drafts[n].indikator) + 1 for n in still if drafts[n].indikator in drafted}
    places = _joined([f"baris {n}" + (f" (IKI {at[n]} di draf)" if at.get(n, n) != n else "") for n in still])
    if still and all(at.get(n) == n for n in still):
        places += " (nomornya sama di draf)"
    note = Reply(" ".join([
        "Semua baris saya simpan seperti yang Anda tulis, masing-masing sekali; tidak ada yang saya ganti dengan "
        "usulan." + (f" Belum lolos aturan: {places}; temuannya tetap tercatat di /skp dan lembar «Temuan» berkas "
                     "/ekspor." if still else ""),
        *notes,
        "Mau memakai usulan hasilnya? Tombol «Rincian N» membuka baris N daftar Anda; atau ubah IKI di draf dengan "
        "/ubah NOMOR teks. Semua yang baru tersimpan batal dengan «batalin simpan tadi»."]),
        [list_summary.named_detail_button(n, checked[n - 1].listed.text) for n in still[:MAX_DETAIL_BUTTONS]])
    return [note] + saved


def _joined(parts: list[str]) -> str:
    """«a», «a dan b», «a, b dan c»."""
    return "" if not parts else parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} dan {parts[-1]}"
