"""A pasted list of IKI (numbered, bulleted or plain lines; Telegram delivers a paste as one message): each line gets
the rules' verdict and a one-screen summary comes first (✓/!/✗ per line, the count against the guidance), with a
line's details and suggestions on request («Rincian N», /cek N). A line may carry its target («…: 95%», «… ; 80%»,
«… target 90%»). A message of several lines that is not a list of IKI (a question, a header alone) is not one."""

from dataclasses import dataclass

from bot import knowledge
from bot.conversation.answers import fields_in
from bot.conversation.iki_fields import short
from bot.conversation.intent import Route, classify, has_work_object
from bot.conversation.replies import MAX_REPLY_CHARS, Button
from bot.conversation.spelling import spelling_fixes, without_fixes
from bot.conversation.state import ListedIki
from bot.knowledge import policy
from bot.models import IkiDraft, IkiResult, Severity
from bot.rules import check_iki

MIN_LINES = 2  # two IKI lines make a list; one is an IKI with a header


@dataclass(frozen=True)
class Line:
    listed: ListedIki
    verdict: IkiResult

    @property
    def mark(self) -> str:
        if self.verdict.has_error:
            return "✗"
        return "!" if any(f.severity is Severity.warning for f in self.verdict.findings) else "✓"


@dataclass(frozen=True)
class PastedList:
    lines: list[Line]
    skipped: list[str]  # lines that are not IKI (a header, a note, a question), not checked

    @property
    def passing(self) -> list[int]:
        """0-based places of the lines the rules pass (no error)."""
        return [i for i, line in enumerate(self.lines) if not line.verdict.has_error]


@knowledge.cached
def _reasons() -> dict[str, str]:
    return knowledge.data("conversation")["list_reasons"]


def read_list(message: str) -> PastedList | None:
    """The message as a list of IKI, or None when it is not one (fewer than two lines read as IKI)."""
    raw = [line.strip() for line in message.splitlines() if line.strip()]
    if len(raw) < MIN_LINES:
        return None
    kept, skipped, drafts = [], [], 0
    for n, line in enumerate(raw):
        typed = fields_in(line)
        text = typed.indikator or line
        intent = classify(text)
        is_iki = intent.route is Route.iki  # a measure word, a work verb with its object, or a target
        # A first line that is no IKI is the header ("ini IKI sy tahun lalu:"); a question or small talk is a note.
        if not is_iki and (n == 0 or intent.route in (Route.question, Route.smalltalk) or not has_work_object(text)):
            if n:  # the first line is the header ("ini IKI sy tahun lalu:"): nothing to report
                skipped.append(line)
            continue
        drafts += is_iki
        kept.append((ListedIki(text=text, target=typed.target.text if typed.target else None), intent))
    if drafts < MIN_LINES:
        return None
    lines = [Line(listed, check_iki(IkiDraft(indikator=listed.text, target=listed.target), intent.reading))
             for listed, intent in kept]
    return PastedList(lines, skipped)


def summary(pasted: PastedList, in_prima: bool = False) -> str:
    """One screen: a line per IKI with its mark and, when it fails, why in a few words; then the counts."""
    lines = pasted.lines
    count, passing = len(lines), pasted.passing
    head = [f"Saya baca pesan ini sebagai daftar {count} IKI dan memeriksa setiap barisnya "
            "(✓ lolos aturan, ! lolos dengan catatan, ✗ perlu diubah):"]
    rules = policy().iki_count
    tail = [f"Lolos: {len(passing)} dari {count}" + (f" (nomor {', '.join(str(i + 1) for i in passing)})." if passing
                                                     else ".")]
    if count > rules.max:
        tail.append(f"{count} baris jauh di atas jumlah IKI yang disarankan ({rules.range_text} per pegawai non "
                    "pimpinan): pertahankan yang berbasis output, gabungkan yang mirip, dan pindahkan kegiatan rutin ke "
                    "rencana aksi atau logbook.")
    fixes = [i for i in passing if _fixes(lines[i])]
    if fixes:
        tail.append("Ejaan yang mungkin salah: " + "; ".join(
            f"{i + 1}: " + ", ".join(f"«{a}» → «{b}»" for a, b in _fixes(lines[i])) for i in fixes) + ".")
    if pasted.skipped:
        tail.append(f"Tidak diperiksa (bukan IKI): {'; '.join('«' + short(s, 40) + '»' for s in pasted.skipped[:3])}"
                    + (" …" if len(pasted.skipped) > 3 else "") + ".")
    tail.append("Rincian dan usulan per baris: tombol «Rincian N» atau ketik /cek N."
                + (" Yang lolos bisa langsung saya susun satu per satu." if in_prima and passing else
                   " Yang lolos bisa langsung disimpan ke draf." if passing else ""))
    budget = MAX_REPLY_CHARS - len("\n".join(head + tail)) - 2 * count - 20
    width = max(30, min(100, budget // max(count, 1) - 40))
    body = [_line_text(i, line, width) for i, line in enumerate(lines)]
    return "\n".join(head + body + [""] + tail)


def _line_text(i: int, line: Line, width: int) -> str:
    text = f"{line.mark} {i + 1}. {short(line.verdict.read_as or line.listed.text, width)}"
    if line.listed.target:
        text += f" (target {line.listed.target})"
    if line.mark != "✓":
        severity = Severity.error if line.mark == "✗" else Severity.warning
        finding = next(f for f in line.verdict.findings if f.severity is severity)
        text += f" — {_reasons().get(finding.category.value, short(finding.message, 40))}"
    return text


def buttons(pasted: PastedList, in_prima: bool = False) -> list[Button]:
    passing = pasted.passing
    found: list[Button] = []
    if passing:
        verb = "Susun" if in_prima else "Simpan"
        where = "" if in_prima else " ke draf"
        if any(_fixes(pasted.lines[i]) for i in passing) and not in_prima:
            found += [Button(f"{verb} {len(passing)} IKI yang lolos{where} (ejaan dibetulkan)", "list:save:fixed"),
                      Button(f"{verb} {len(passing)} IKI yang lolos seperti ditulis", "list:save:typed")]
        else:
            found.append(Button(f"{verb} {len(passing)} IKI yang lolos{where}", "list:save:fixed"))
    details = [i for i, line in enumerate(pasted.lines) if line.mark != "✓"] or list(range(len(pasted.lines)))
    return found + [Button(f"Rincian {i + 1}", f"list:detail:{i + 1}") for i in details]


def passing_drafts(listed: list[ListedIki], fixed: bool | None = True) -> list[IkiDraft]:
    """The lines the rules pass, as drafts: tidied as the rules read them, spelling fixed only when `fixed`; as typed
    when `fixed` is None (PRIMA reads each one again as it drafts it)."""
    drafts = []
    for item in listed:
        verdict = check_iki(IkiDraft(indikator=item.text, target=item.target))
        if verdict.has_error:
            continue
        if fixed is None:
            drafts.append(IkiDraft(indikator=item.text, target=item.target))
            continue
        text = verdict.read_as or item.text
        if verdict.read_as and not fixed:
            text = without_fixes(verdict.read_as, spelling_fixes(item.text, verdict.read_as))
        drafts.append(IkiDraft(indikator=text, target=item.target or verdict.target_read))
    return drafts


def _fixes(line: Line) -> list[tuple[str, str]]:
    return spelling_fixes(line.listed.text, line.verdict.read_as) if line.verdict.read_as else []
