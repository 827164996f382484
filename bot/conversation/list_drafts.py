"""Lines of the last pasted list as drafts to save: every distinct line as typed («Simpan semua seperti ditulis»), the
lines the rules pass (spelling fixed or as typed), the lines a message picked with their targets; and the list kept in
step with the draft, a saved line given new words or thrown out (/ubah, /buang, «Urungkan»)."""

from bot import knowledge
from bot.conversation.answers import fields_in
from bot.conversation.iki_fields import Fields
from bot.conversation.iki_list import distinct, lines_checked
from bot.conversation.list_picks import Picked
from bot.conversation.list_summary import draft_forms
from bot.conversation.spelling import spelling_fixes, without_fixes
from bot.conversation.state import ListedIki
from bot.lang.text import tokens
from bot.lang.values import Number, numbers_in
from bot.models import Category, IkiDraft, Severity
from bot.rules import check_iki
from bot.rules.draft_reading import as_typed, count_inside
from bot.rules.skp_rules import is_mandatory, mandatory_iki


def reworded(listed: list[ListedIki], before: str, after: str) -> None:
    """A saved IKI given new words (/ubah N teks, a suggestion put in its place): the list line it was saved from
    takes them, so the list never offers that line again as not in the draft (d4-humas01)."""
    for n, line in enumerate(lines_checked(listed)):
        if before.lower() in draft_forms(line):
            listed[n] = line.listed.model_copy(update={"text": after})


def thrown_out(listed: list[ListedIki], text: str, out: bool = True) -> None:
    """A saved IKI removed from the draft (/buang) marks the list line it came from dropped, so a list button still on
    screen («Simpan semua») never saves it again (d5-rekammedis01); put back («Urungkan»), the mark goes (out=False)."""
    for n, line in enumerate(lines_checked(listed)):
        if text.lower() in draft_forms(line):
            listed[n] = line.listed.model_copy(update={"dropped": out})


def as_written(listed: list[ListedIki]) -> list[IkiDraft]:
    """Every distinct line as typed, findings and all («Simpan semua N IKI seperti ditulis»): a line repeated in the
    paste is saved once; emoji and decorations are left out."""
    return written(listed, distinct(listed))


def written(listed: list[ListedIki], numbers: list[int]) -> list[IkiDraft]:
    """The lines numbered, as typed (without emoji and decorations, «yg» written «yang»), with their fields; a line
    with no target that holds its count («Verifikasi 600 berkas usulan KP») has the count as its target, out of its
    words (draft_reading.count_inside)."""
    drafts = []
    for item in (listed[n - 1] for n in numbers):
        text, target = as_typed(item.text), item.target
        if target is None and (counted := count_inside(text)):
            text, target = counted
        drafts.append(IkiDraft(indikator=text, target=target, jenis=item.jenis, bobot=item.bobot, rhk=item.rhk))
    return drafts


def passing_drafts(listed: list[ListedIki], fixed: bool | None = True) -> list[IkiDraft]:
    """The lines the rules pass, as drafts: tidied as the rules read them, spelling fixed only when `fixed`; as typed
    when `fixed` is None (PRIMA reads each one again as it drafts it)."""
    return [draft for _, draft in passing_lines(listed, fixed)]


def waiting_lines(listed: list[ListedIki], drafted: list[IkiDraft]) -> list[tuple[int, IkiDraft]]:
    """passing_lines when one of them at least is not in the draft yet (by its words): the list still waits; [] when
    every passing line is drafted (or there is no list)."""
    passing = passing_lines(listed) if listed else []
    saved = {tuple(tokens(iki.indikator.lower())) for iki in drafted}
    return passing if any(tuple(tokens(d.indikator.lower())) not in saved for _, d in passing) else []


def passing_lines(listed: list[ListedIki], fixed: bool | None = True) -> list[tuple[int, IkiDraft]]:
    """passing_drafts with each draft's line number in the list (1-based), so «no 3 target 90» can name it later."""
    drafts = []
    for n in distinct(listed):
        item = listed[n - 1]
        verdict = check_iki(IkiDraft(indikator=item.text, target=item.target))
        if verdict.has_error:
            continue
        if fixed is None:
            drafts.append((n, _known_unit(IkiDraft(indikator=item.text, target=item.target, jenis=item.jenis,
                                                   bobot=item.bobot, rhk=item.rhk))))
            continue
        text = verdict.read_as or item.text
        if verdict.read_as and not fixed:
            text = without_fixes(verdict.read_as, spelling_fixes(item.text, verdict.read_as))
        drafts.append((n, _known_unit(IkiDraft(indikator=text, target=item.target or verdict.target_read,
                                               jenis=item.jenis, bobot=item.bobot, rhk=item.rhk))))
    return drafts


def _known_unit(draft: IkiDraft) -> IkiDraft:
    """The mandatory IKI with the satuan the guidance gives it («Nilai») when its line gave none (tester20b #18: «Nilai
    IP ASN 80» in a list asked «Satuan targetnya?», typed alone it was saved «80 Nilai»)."""
    if not draft.satuan and is_mandatory(draft):
        return draft.model_copy(update={"satuan": mandatory_iki().satuan})
    return draft


def measured_by_target(text: str, target: Number | None) -> str | None:
    """A line the rules refuse for its missing measure word alone, given a target whose unit says how it is measured
    («80%»: a share, «3 dokumen»: a count): the line opened with that measure (`conversation.yaml`
    `measure_by_target`); None otherwise (a bare number says neither)."""
    if target is None or target.unit is None:
        return None
    errors = {f.category for f in check_iki(IkiDraft(indikator=text)).findings if f.severity is Severity.error}
    if errors != {Category.NO_MEASURE}:
        return None
    measure = knowledge.data("conversation")["measure_by_target"]["percent" if target.unit == "%" else "counted"]
    return f"{measure} {text[:1].lower()}{text[1:]}"


def picked_drafts(listed: list[ListedIki], pick: Picked) -> tuple[list[tuple[int, IkiDraft]], list[int]]:
    """The named lines the rules pass, as drafts with their targets (read as the rules read them), and the lines
    that do not pass (they are not saved: their details say why)."""
    drafts, failing = [], []
    for line in pick.lines:
        item = listed[line - 1]
        if line in pick.rewritten:  # the user's new words for the line, with the target they carry
            typed = fields_in(pick.rewritten[line])
            item = ListedIki(text=typed.indikator, target=typed.target.text if typed.target else None, jenis=typed.jenis,
                             rhk=item.rhk)
        target = pick.targets[line].text if line in pick.targets else item.target
        verdict = check_iki(IkiDraft(indikator=item.text, target=target))
        measured = measured_by_target(item.text, pick.targets.get(line)) \
            if verdict.has_error and line in pick.measured else None
        if measured is not None and not (again := check_iki(IkiDraft(indikator=measured, target=target))).has_error:
            item, verdict = item.model_copy(update={"text": measured}), again
        if verdict.has_error:
            failing.append(line)
            continue
        weight = pick.weights.get(line)
        draft = _known_unit(IkiDraft(indikator=verdict.read_as or item.text, target=target or verdict.target_read,
                                     jenis=pick.jenis.get(line) or item.jenis,
                                     bobot=weight.value if weight is not None else item.bobot, rhk=item.rhk))
        bare = numbers_in(draft.target or "")
        number = pick.targets.get(line) or (bare[0] if len(bare) == 1 and bare[0].unit is None else None)
        if number is not None:  # a bare «90» for a Persentase is 90%, as when it is answered to the question
            Fields._set(draft, "target", number)
        drafts.append((line, draft))
    return drafts, failing


def rewritten_kept(state, chosen: list[tuple[int, IkiDraft]], pick: Picked) -> None:
    """A line saved in the user's new words («yg ketiga ganti jd Persentase …») stands in the list as those words, the
    typed line kept behind it (`ListedIki.as_written`), so the list counts it as in the draft and never asks again
    for the line it replaced (d20-dev07: the values typed next for every line were refused)."""
    for line, draft in chosen:
        if line in pick.rewritten:
            item = state.listed[line - 1]
            state.listed[line - 1] = item.model_copy(update={"text": draft.indikator, "target": draft.target,
                                                             "as_written": item.as_written or item})


def placed_targets(state, pick: Picked) -> str:
    """The values typed by place for lines not saved now (`Picked.placed`): a line already in the draft takes its
    value as the target, a line the rules fail keeps it for when it is saved; what was done said, "" when nothing."""
    done, kept = [], []
    checked = lines_checked(state.listed)
    for line, number in pick.placed.items():
        forms = draft_forms(checked[line - 1])
        index = next((i for i, iki in enumerate(state.skp.iki) if iki.indikator.lower() in forms), None)
        if index is not None:
            Fields._set(state.skp.iki[index], "target", number)
            done.append(f"baris {line} (IKI ke-{index + 1}) target {state.skp.iki[index].target}")
        else:
            state.listed[line - 1] = state.listed[line - 1].model_copy(update={"target": number.text})
            kept.append(f"baris {line} ({number.text})")
    said = [f"Sesuai urutan daftar: {', '.join(done)}."] if done else []
    if kept:
        said.append(f"Target {', '.join(kept)} saya catat pada barisnya; baris itu belum lolos aturan, jadi masuk draf "
                    "bersama targetnya sesudah diperbaiki (lihat «Rincian N»).")
    return " ".join(said)
