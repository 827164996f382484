"""A pasted list shown: the one-screen summary (✓/!/✗ per line, the count against the guidance), its buttons («Simpan N
IKI lolos ke draf», «Rincian N», «Simpan semua seperti ditulis»), and the list named again with them when it still
waits (a reaction to it, an empty draft shown, «simpan» alone, the lines the draft left out)."""

from bot import knowledge, render
from bot.conversation import role_told
from bot.conversation.iki_fields import is_yes, short
from bot.conversation.iki_list import Line, PastedList, distinct, lines_checked
from bot.conversation.list_picks import _refs, waiting_named_targets
from bot.conversation.replies import MAX_REPLY_CHARS, Button, Reply
from bot.conversation.spelling import spelling_fixes, without_fixes
from bot.conversation.state import ListedIki
from bot.knowledge import policy
from bot.lang.numbers import format_number
from bot.lang.text import tokens
from bot.models import IkiDraft, Peran, Severity
from bot.rules.draft_reading import count_inside

DETAIL_LABEL = "Rincian"  # the label of a list line's button: «Rincian 3»
# Every line saved as typed, findings and all: for an SKP already agreed with the leader, said under the list
# (`keep_all_note`), the label short enough for a phone's button (tester26 #22: 62 characters were cut)
KEEP_ALL_LABEL = "Simpan semua seperti ditulis"


@knowledge.cached
def _reasons() -> dict[str, str]:
    return knowledge.data("conversation")["list_reasons"]


SAVE_PASSING = " Yang lolos bisa langsung disimpan ke draf."  # left out under another's list (list_owner)

def summary(pasted: PastedList, in_prima: bool = False, peran: Peran = Peran.anggota) -> str:
    """One screen: a line per IKI with its mark and, when it fails, why in a few words; then the counts (against the
    guidance's range for the roles it holds; a leader is told what holds their SKP instead)."""
    lines = pasted.lines
    count, passing = len(lines), pasted.passing
    thrown = ", – dibuang" if any(line.listed.dropped for line in lines) else ""
    head = [(f"Saya baca pesan ini sebagai daftar {count} IKI dan memeriksa setiap barisnya "
             f"(✓ lolos aturan, ! lolos dengan catatan, ✗ perlu diubah{thrown}):")]
    rules = policy().iki_count
    tail = [f"Lolos: {len(passing)} dari {count}" + (f" (nomor {', '.join(str(i + 1) for i in passing)})." if passing
                                                     else ".")]
    if count > rules.max and peran.value not in rules.roles:
        tail.append(role_told.leader_rules())
    elif count > rules.max:
        tail.append(f"{count} baris jauh di atas jumlah IKI yang disarankan ({rules.range_text} per pegawai non "
                    "pimpinan): pertahankan yang berbasis output, gabungkan yang mirip, dan pindahkan kegiatan rutin ke "
                    "rencana aksi atau logbook.")
    fixes = [i for i in passing if _fixes(lines[i])]
    if fixes:
        tail.append("Ejaan yang mungkin salah: " + "; ".join(
            f"{i + 1}: " + ", ".join(f"«{a}» → «{b}»" for a, b in _fixes(lines[i])) for i in fixes) + ".")
    if pasted.headings:
        tail.append(f"Baris RHK Anda ({'; '.join('«' + short(h, 50) + '»' for h in pasted.headings[:3])}) bukan IKI: "
                    "saya simpan sebagai RHK setiap IKI di bawahnya; ubah dengan /ubah N rhk ….")
    elif any(line.listed.rhk for line in lines):
        tail.append("Kolom RHK Anda saya simpan sebagai RHK setiap IKI (bukan RHK usulan saya); ubah dengan "
                    "/ubah N rhk ….")
    note = header_note(pasted)
    if note:
        tail.append(note)
    if pasted.skipped:
        tail.append(f"Tidak diperiksa (bukan IKI): {'; '.join('«' + short(s, 40) + '»' for s in pasted.skipped[:3])}"
                    + (" …" if len(pasted.skipped) > 3 else "") + ".")
    tail.append("Rincian dan usulan per baris: tombol «Rincian N» atau ketik /cek N."
                + (" Yang lolos bisa langsung saya susun satu per satu." if in_prima and passing else
                   SAVE_PASSING if passing else ""))
    budget = MAX_REPLY_CHARS - len("\n".join(head + tail)) - 2 * count - 20
    width = max(30, min(100, budget // max(count, 1) - 40))
    body = [_line_text(i, line, width) for i, line in enumerate(lines)]
    return "\n".join(head + body + [""] + tail)


def header_note(pasted: PastedList) -> str | None:
    """The first line read as the list's header, said when it may be an IKI: unless it opens with a word an intro is
    said with (conversation.yaml `list_intro_words`: «IKI saya tahun lalu:», «Berikut draf IKI:» go unsaid;
    «pengembalian berkas usulan KP ke unit pengusul» is said), so nothing typed is left out unseen."""
    header = (pasted.header or "").strip()
    if not header or tokens(header)[:1] and tokens(header)[0] in knowledge.data("conversation")["list_intro_words"]:
        return None
    data = knowledge.data("conversation")
    columns = {w for words in data["table_columns"].values() for w in words} | set(data["line_names"])
    if set(tokens(header)) <= columns:  # «no IKI target»: a table's header row naming its columns, no IKI
        return None
    return f"Baris “{short(header.rstrip(' :'), 60)}” saya anggap judul; bila itu IKI, kirim ulang barisnya."


def _line_text(i: int, line: Line, width: int) -> str:
    # an English line is shown as typed: its reading half-translates it («Persentase of lab results …»)
    english = any(f.category.value == "LANGUAGE" for f in line.verdict.findings)
    shown = line.listed.text if english else line.verdict.read_as or line.listed.text
    if line.listed.dropped:  # thrown out («no 4 buang»): no mark, so the marks agree with «Lolos» (tester59 F25)
        return f"– {i + 1}. {short(shown, width)} — dibuang"
    text = f"{line.mark} {i + 1}. {short(shown, width)}"
    # a target the rules read in the sentence («… maks 1%») is the line's target too, as saving it keeps it
    target = line.listed.target or (render.target_text(IkiDraft(indikator=shown, target=line.verdict.target_read))
                                    if line.verdict.target_read else "")
    typed = [f"target {target}"] if target else []
    typed += [line.listed.jenis.label] if line.listed.jenis else []
    typed += [f"bobot {format_number(line.listed.bobot)}%"] if line.listed.bobot is not None else []
    if typed:
        text += f" ({', '.join(typed)})"
    if line.mark != "✓":
        severity = Severity.error if line.mark == "✗" else Severity.warning
        finding = next(f for f in line.verdict.findings if f.severity is severity)
        # a target written as a grade («WTP», «BB») is there: the reason says what it is, not that it is missing
        reason = "TEXT_TARGET" if finding.category.value == "MISSING_TARGET" and target else finding.category.value
        text += f" — {_reasons().get(reason, short(finding.message, 40))}"
    return text


def buttons(pasted: PastedList, in_prima: bool = False, drafted: set[str] | None = None) -> list[Button]:
    """The list's buttons; drafted (the draft's IKI, lower-cased): its passing lines already there are not counted
    in «Simpan N IKI yang lolos» (tester20a #13: «Simpan 5» saved 4, a line's rewrite being in the draft already)."""
    passing = [i for i in pasted.passing if not drafted or not _in_draft(pasted.lines[i], drafted)]
    found: list[Button] = []
    if passing:
        verb = "Susun" if in_prima else "Simpan"
        if any(_fixes(pasted.lines[i]) for i in passing) and not in_prima:
            found += [Button(f"{verb} {len(passing)} ke draf (ejaan baku)", "list:save:fixed"),
                      Button(f"{verb} {len(passing)} seperti ditulis", "list:save:typed")]
        else:  # (short enough for a phone's button: «Simpan 12 IKI lolos ke draf», tester26 #22)
            found.append(Button(f"Susun {len(passing)} IKI yang lolos" if in_prima
                                else f"Simpan {len(passing)} IKI lolos ke draf", "list:save:fixed"))
    # a line thrown out («no 4 buang aja») has no details to open any more
    live = [i for i, line in enumerate(pasted.lines) if not line.listed.dropped]
    details = [i for i in live if pasted.lines[i].mark != "✓"] or live
    # An SKP already agreed with the leader (a user starting mid-year) is kept as it is: the lines marked ✗ stay
    # marked in /skp and /ekspor. The label says so, so a first draft is not saved activity-based by one tap.
    count = len(distinct([line.listed for line in pasted.lines]))
    # (a condition, not a status: «(SKP sudah disepakati)» read as a statement, the lead's trial L3)
    # Offered when every line passes too, for a list long enough to be a whole SKP (tester22b #21: someone whose SKP
    # was agreed had no quick path), unless «… seperti ditulis» is on screen already.
    whole = len(pasted.passing) < len(live) or (
        count >= knowledge.data("conversation")["fill_at_once"]["least"]
        and not any(button.data == "list:save:typed" for button in found))
    keep_all = [Button(KEEP_ALL_LABEL, "list:save:all")] if whole and not in_prima else []
    return found + [detail_button(i + 1) for i in details] + keep_all


def keep_all_note(buttons: list[Button]) -> str:
    """Said under a list whose «Simpan semua seperti ditulis» is offered: when to use it (a condition, not a status:
    «(SKP sudah disepakati)» was read as a statement, the lead's trial L3)."""
    shown = any(button.data == "list:save:all" for button in buttons)
    return f"«{KEEP_ALL_LABEL}» hanya bila SKP Anda sudah disepakati dengan atasan." if shown else ""


def next_step(listed: list[ListedIki], said: str) -> Reply:
    """After a reaction to the last list («waduh banyak bgt yg merah ya»): what to do with it next, with its
    buttons again (save what passed, the details of the lines marked)."""
    pasted = PastedList(lines_checked(listed), [])
    passing, count = len(pasted.passing), len(pasted.lines)
    steps = ["Tanda ✗ menunjukkan apa yang perlu diubah. Langkah berikutnya: buka «Rincian N» untuk baris bertanda ✗ "
             "(temuan dan usulan IKI hasilnya)"]
    if passing:
        steps.append(f"simpan {passing} IKI yang lolos ke draf sekarang dan ubah yang lain satu per satu")
    if count > policy().iki_count.max:
        steps.append(f"pilih yang paling penting saja: SKP memuat {policy().iki_count.range_text} IKI")
    return Reply(f"{said} {'; '.join(steps)}.", buttons(pasted))


def still_waiting(listed: list[ListedIki], drafted: set[str], in_prima: bool = True) -> Reply | None:
    """The last pasted list while none of the lines the rules pass is in the draft yet (drafted: the draft's IKI,
    lower-cased): named again with its buttons when the step that takes it is asked again (the chat reopened the next
    day), or an empty draft is shown (/skp, /ekspor), so a paste is never lost. None when the list is gone, fails
    whole, or was taken."""
    kept = [line for line in listed if not line.dropped]  # a line thrown out («no 4 buang aja») is no longer waiting
    if not kept:
        return None
    pasted = PastedList(lines_checked(listed), [])
    passing = [pasted.lines[i] for i in pasted.passing]
    if not passing and not in_prima and not drafted:  # every line refused: their details still wait, never lost
        proposed = [i + 1 for i, line in enumerate(pasted.lines) if not line.listed.dropped and has_proposal(line)]
        every = len(proposed) == len(kept)
        offered = ("untuk usulan IKI berbasis output tiap baris" if every else
                   f"untuk alasannya; usulan IKI berbasis output ada untuk nomor {', '.join(map(str, proposed))}"
                   if proposed else "untuk alasannya; belum ada usulan otomatis, tulis hasil dari tiap kegiatan")
        return Reply(f"Daftar {len(kept)} IKI yang Anda tempel masih tersimpan; belum ada barisnya yang lolos "
                     f"aturan. Buka «Rincian N» {offered}:", buttons(pasted))
    if not passing or any(_in_draft(line, drafted) for line in passing):
        return None
    verb = "Susun" if in_prima else "Simpan"
    return Reply(f"Daftar {len(kept)} IKI yang Anda tempel masih tersimpan ({len(passing)} lolos aturan) dan "
                 f"belum masuk draf. {verb} dari daftar itu, atau tulis IKI lain:", buttons(pasted, in_prima=in_prima))


def waiting_lines(listed: list[ListedIki], drafted: set[str]) -> list[int]:
    """The 1-based numbers of the last list's lines the rules pass that are not in the draft (drafted: its IKI,
    lower-cased): those «Simpan N IKI lolos ke draf» would save."""
    pasted = PastedList(lines_checked(listed), [])
    return [i + 1 for i in pasted.passing if not _in_draft(pasted.lines[i], drafted)]


def all_in_draft(listed: list[ListedIki], drafted: set[str]) -> bool:
    """Whether every line of the last list kept (not thrown out) stands in the draft (drafted: its IKI, lower-cased),
    as typed, as read, or as the suggestion picked in its place: the list is taken, its numbers no longer the ones
    the user goes by."""
    lines = [line for line in lines_checked(listed) if not line.listed.dropped]
    return all(_in_draft(line, drafted) for line in lines)


def waiting_named(state, message: str):
    """Lines of the last list not in the draft yet, each named by its words with a target, and the clauses naming
    none (`list_picks.waiting_named_targets`); None when none is named or the message asks."""
    if not state.listed or "?" in message:
        return None
    waiting = set(waiting_lines(state.listed, {i.indikator.lower() for i in state.skp.iki}))
    return waiting_named_targets(message, state.listed, waiting) if waiting else None


def left_out(listed: list[ListedIki], drafted: set[str] | list[str], kept_said: bool = True) -> Reply | None:
    """Below a draft still short of the IKI count: the last pasted list's lines not in the draft (drafted: its IKI,
    lower-cased, in the draft's order when a list) — a passing line not saved yet, a refused line whose suggestion may
    still be wanted — with their buttons; None when every line is in the draft (tester14 #12: /skp kept offering a
    paste already saved). kept_said: open with «the list is still kept» (not under a reply about that list's own
    lines). Lines are named «baris N» of the list, with their number in the draft where it differs, and each button
    names its line's words (play40 F7: «nomor 1» and «Rincian 1» read as the draft's IKI 1)."""
    order = list(drafted) if isinstance(drafted, list) else []
    drafted = set(drafted)
    pasted = PastedList(lines_checked(listed), [])
    waiting = [i for i in pasted.passing if not _in_draft(pasted.lines[i], drafted)]
    refused = [i for i, line in enumerate(pasted.lines) if line.mark == "✗" and not line.listed.dropped]
    if not waiting and not refused:
        return None

    def named(numbers: list[int]) -> str:
        return _joined([f"baris {i + 1}" + (f" (IKI {at} di draf)" if (at := _draft_number(pasted.lines[i], order))
                                            and at != i + 1 else "") for i in numbers])

    said = ["Daftar yang Anda tempel masih tersimpan."] if kept_said else []
    found: list[Button] = []
    if waiting:
        said.append(f"Lolos aturan tapi belum di draf: {named(waiting)} daftar Anda.")
        found.append(Button(f"Simpan {len(waiting)} IKI lolos ke draf", "list:save:fixed"))
    proposed = [i for i in refused if has_proposal(pasted.lines[i])]
    unproposed = [i for i in refused if i not in proposed]  # never a Rincian promised that holds none
    if proposed:
        said.append(f"Belum lolos aturan: {named(proposed)} daftar Anda; usulan IKI hasilnya ada di tombol "
                    "«Rincian» baris itu.")
    if unproposed:
        said.append(f"{named(unproposed).capitalize()} belum lolos aturan dan belum ada usulan otomatisnya: "
                    "tulis hasil dari kegiatan itu (misalnya «Persentase … yang …»), atau catat kegiatannya di "
                    "rencana aksi.")
    found += [named_detail_button(i + 1, pasted.lines[i].listed.text) for i in refused]  # its findings still say why
    return Reply(" ".join(said), found)


def _draft_number(line: Line, order: list[str]) -> int | None:
    """The line's number in the draft (order: the draft's IKI, lower-cased), None when it is not there."""
    forms = draft_forms(line)
    return next((n for n, text in enumerate(order, 1) if text in forms), None)


def _joined(parts: list[str]) -> str:
    return "" if not parts else parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} dan {parts[-1]}"


def has_proposal(line: Line) -> bool:
    """Whether the line's «Rincian» holds an output-based rewrite (the deterministic one every chat has)."""
    from bot.rewrite import rewrite

    return bool(rewrite(IkiDraft(indikator=line.listed.text, target=line.listed.target)).candidates)


def _in_draft(line: Line, drafted: set[str]) -> bool:
    """Whether a list line is in the draft (drafted: its IKI, lower-cased)."""
    return bool(draft_forms(line) & drafted)


def draft_forms(line: Line) -> set[str]:
    """How a list line may stand in the draft once saved, lower-cased: as typed, as the rules read it, or read with the
    typed spelling kept (the forms as_saved writes)."""
    read_as = line.verdict.read_as
    forms = {line.listed.text} | ({read_as, without_fixes(read_as, _fixes(line))} if read_as else set())
    if line.listed.target is None and (counted := count_inside(line.listed.text)):
        forms.add(counted[0])  # saved as written with the count it holds as its target (list_drafts.written)
    return {form.lower() for form in forms}


def save_which(text: str, listed: list[ListedIki], suggestions: list[str]) -> Reply | None:
    """«simpan» alone while the last list waits and its save button has scrolled away (a line's details and their
    suggestions were shown after it): which to save, with the list's buttons and the suggestions' picks; None when
    the message says more than a word that adds (list_add, with filler), or no list waits."""
    data = knowledge.data("conversation")
    add = _refs()[1]
    filler = (set(data["list_all_only"]) | set(knowledge.data("intent")["filler"])) - set(data["list_all"])
    # «ok simpen yg bener aja» with no line passing: picked found none to save, so which is asked here too
    said_good = {w for phrase in data["list_good"] + data["list_passing"] for w in tokens(phrase)}  # «yg», «yang» too
    words = tokens(text)
    while words and (words[0] in filler or is_yes(words[0])) and not add.match_at(words, 0):
        words = words[1:]
    found = add.match_at(words, 0) if words and listed else None
    if not found or any(w not in filler | said_good for w in words[len(found):]) or any(ch.isdigit() for ch in text):
        return None
    pasted = PastedList(lines_checked(listed), [])
    picks = [Button(label, f"use:{i}") for i, label in enumerate(suggestions, 1)]
    said = (f"Simpan yang mana? {len(pasted.passing)} IKI dari daftar Anda lolos aturan" if pasted.passing
            else "Belum ada baris daftar Anda yang lolos aturan; buka «Rincian N» untuk usulannya")
    said += ("; usulan untuk baris yang dibuka tadi dipakai dengan «Pakai usulan N»." if picks else ".")
    return Reply(said, buttons(pasted) + picks)


def detail_button(number: int) -> Button:
    """«Rincian N»: line N of the last list, its findings and suggestions."""
    return Button(f"{DETAIL_LABEL} {number}", f"list:detail:{number}")


MAX_LABEL = 30  # a phone shows a button's label whole up to this (tests/test_button_labels.py)


def named_detail_button(number: int, text: str) -> Button:
    """«Rincian 2: Menghadiri pelat…»: line N's details, the button naming the line by its first words, so it is never
    taken for the draft's IKI N once the list and the draft number differently (play40 F7)."""
    head = f"{DETAIL_LABEL} {number}: "
    return Button(f"{head}{short(text, MAX_LABEL - len(head))}", f"list:detail:{number}")


def detail_typed(text: str, listed: list[ListedIki]) -> int | None:
    """«Rincian 3» typed (or sent again from an old message) while the last list holds a line 3: that line's number;
    None otherwise."""
    words = tokens(text.lower())
    if len(words) == 2 and words[0] == DETAIL_LABEL.lower() and words[1].isdigit() and 1 <= int(words[1]) <= len(listed):
        return int(words[1])
    return None


def _fixes(line: Line) -> list[tuple[str, str]]:
    return spelling_fixes(line.listed.text, line.verdict.read_as) if line.verdict.read_as else []
