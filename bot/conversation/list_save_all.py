"""«simpan semua» under a pasted list some line of which the rules fail, typed or tapped as the list's «Simpan semua
seperti ditulis». Every distinct line is saved at once, so nothing typed is lost (a failing one as written, never by a
suggestion the user did not pick: play40 F2); then:

- typed «simpan semua» (no «seperti ditulis», «apa adanya»: nothing says the SKP is agreed, draft42) asks each failing
  line in turn: its suggestion in its place, as written, or skip (out of the draft, still in the list);
- «Simpan semua seperti ditulis», tapped or its words typed (the summary says: only for an SKP agreed with the leader),
  keeps the failing lines as written with their findings for /skp and the «Temuan» sheet;
- an English line is asked in both, never put in Indonesian unasked: its translation, new words, or skip.

The fields of the saved IKI are asked once every line is decided, so two questions are never open at once."""

from bot.conversation import draft_save, iki_list, list_drafts, list_picks, list_summary
from bot.conversation.answers import typed_target
from bot.conversation.replies import Button, Reply
from bot.conversation.state import ListedIki, UserState
from bot.lang.english import translate
from bot.lang.text import short
from bot.models import IkiDraft, Severity
from bot.rewrite import rewrite
from bot.rules import check_iki
from bot.rules.draft_reading import read
from bot.skp.rhk import draft_rhk

LANGUAGE = "LANGUAGE"  # the rules' category of an IKI not written in Indonesian
USE, KEEP, SKIP, REWRITE = "use", "keep", "skip", "rewrite"  # the decisions on one failing line (button data)
SCOPE = "list:each"  # the buttons' data: «list:each:use:3»


def failing_lines(state: UserState) -> list[int]:
    """The distinct lines of the last list (1-based) the rules fail as typed."""
    checked = iki_list.lines_checked(state.listed)
    return [n for n in iki_list.distinct(state.listed) if checked[n - 1].verdict.has_error]


def _english(state: UserState, line: int) -> bool:
    verdict = iki_list.lines_checked(state.listed)[line - 1].verdict
    return any(f.category.value == LANGUAGE and f.severity is Severity.error for f in verdict.findings)


def save_all(state: UserState, as_written: bool) -> list[Reply]:
    """Every distinct line saved (a passing one as read, or as written when as_written: the button or its words), its
    fields asked later; the failing ones asked one at a time unless as_written; an English line asked either way."""
    lines = iki_list.distinct(state.listed)
    failing = failing_lines(state)
    asked = [n for n in failing if not as_written or _english(state, n)]
    state.refused, state.walk = [], []
    state.keep_asked, state.keep_decided = asked, {}
    passing = [n for n in lines if n not in failing]
    chosen = [(n, _written(state, n)) for n in passing] if as_written \
        else list_drafts.picked_drafts(state.listed, list_picks.Picked(passing))[0]  # (its spelling «baku» then)
    saved = _save(state, dict(chosen) | {n: _written(state, n) for n in failing})
    kept = [n for n in failing if n not in asked]
    said = []
    if kept:
        said.append(f"Baris {_joined(kept)} saya simpan seperti yang Anda tulis; temuannya tetap tercatat di /skp dan "
                    "lembar «Temuan» berkas /ekspor.")
    if asked:
        said.append(f"Semua baris saya simpan, masing-masing sekali, supaya tidak ada yang hilang. Baris {_joined(asked)} "
                    "belum lolos aturan: saya tanyakan satu per satu, pakai usulannya, tetap seperti ditulis, atau "
                    "lewati (keluar dari draf, tetap di daftar Anda). Isian IKI-nya saya tanyakan sesudahnya.")
    return ([Reply(" ".join(said))] if said else []) + saved + ask_next(state)


def _written(state: UserState, line: int) -> IkiDraft:
    return list_drafts.written(state.listed, [line])[0]


def _save(state: UserState, drafts: dict[int, IkiDraft]) -> list[Reply]:
    """These lines saved in the list's order, no field asked yet (`ask_next` asks them once all are decided)."""
    order = sorted(drafts)
    if not order:
        return []
    return draft_save.save_many(state, [drafts[n] for n in order], order, ask=False)


def _suggestion(state: UserState, line: int) -> IkiDraft | None:
    """The line's one suggestion: an English line in Indonesian (its meaning kept), else the rewriter's first that the
    rules pass, one whose result is not guessed from the kind of work before one that is; None without."""
    item = state.listed[line - 1]
    if _english(state, line):
        english = translate(item.text)
        english = english if english.text else translate(read(item.text).text)
        if not english.text:
            return None
        draft = IkiDraft(indikator=english.text, satuan=english.satuan or None)
        return draft if not check_iki(draft).has_error else None
    found = [c for c in rewrite(IkiDraft(indikator=item.text), n=3).candidates
             if not check_iki(IkiDraft(indikator=c.indikator, satuan=c.satuan)).has_error]
    found.sort(key=lambda c: c.guessed)
    return IkiDraft(indikator=found[0].indikator, satuan=found[0].satuan or None) if found else None


def ask_next(state: UserState) -> list[Reply]:
    """The next failing line asked, or, every line decided, what was decided said and the fields asked."""
    # a line settled meanwhile (a suggestion picked under «Rincian 2», /ubah, /buang) is not asked
    while state.keep_asked and _drafted_at(state, state.keep_asked[0]) is None:
        state.keep_asked.pop(0)
    if not state.keep_asked:
        return _finish(state)
    line = state.keep_asked[0]
    item = state.listed[line - 1]
    suggestion = _suggestion(state, line)
    text = f"«{short(item.text, 90)}»"
    if _english(state, line):
        lead = f"Baris {line} {text} ditulis dalam Bahasa Inggris."
        unknown = ", ".join(f"«{w}»" for w in (translate(item.text).unknown or translate(read(item.text).text).unknown))
        offer = (f" Terjemahannya: «{suggestion.indikator}». Pakai terjemahan ini, tulis ulang dalam Bahasa "
                 "Indonesia, atau lewati (keluar dari draf)?") if suggestion else (
            (f" Kata {unknown} belum bisa saya tulis dalam Bahasa Indonesia." if unknown else "")
            + " Tulis ulang dalam Bahasa Indonesia, atau lewati (keluar dari draf)?")
        buttons = ([Button("Pakai terjemahan", f"{SCOPE}:{USE}:{line}")] if suggestion else []) \
            + [Button("Tulis ulang", f"{SCOPE}:{REWRITE}:{line}"), Button("Lewati", f"{SCOPE}:{SKIP}:{line}")]
    else:
        verdict = iki_list.lines_checked(state.listed)[line - 1].verdict
        reason = next((f.message for f in verdict.findings if f.severity is Severity.error), "")
        lead = f"Baris {line} {text} belum lolos aturan: {reason}"
        offer = (f"\nUsulan: «{suggestion.indikator}». Pakai usulan ini, tetap seperti ditulis, atau lewati (keluar dari draf)?"
                 if suggestion else "\nTetap seperti ditulis, atau lewati (keluar dari draf)? (Usulan lain: «Rincian "
                 f"{line}».)")
        buttons = ([Button("Pakai usulan", f"{SCOPE}:{USE}:{line}")] if suggestion else []) \
            + [Button("Tetap seperti ditulis", f"{SCOPE}:{KEEP}:{line}"), Button("Lewati", f"{SCOPE}:{SKIP}:{line}")]
    return [Reply(lead + offer, buttons, choice_only=True)]


def on_button(state: UserState, action: str, arg: str) -> list[Reply]:
    """One failing line decided («list:each:keep:3»); a button of a line no longer asked says which one is."""
    if state.keep_asked and _drafted_at(state, state.keep_asked[0]) is None:
        return ask_next(state)  # (the line on screen was settled another way)
    if not arg.isdigit() or not state.keep_asked or int(arg) != state.keep_asked[0]:
        return [Reply("Tombol itu untuk baris yang sudah diputuskan.")] + ask_next(state) if state.keep_asked else \
            [Reply("Tombol itu sudah tidak berlaku: semua baris daftar sudah diputuskan.")]
    line = state.keep_asked.pop(0)
    at = _drafted_at(state, line)
    said = []
    if action == USE and at is not None and (suggestion := _suggestion(state, line)) is not None:
        item = state.listed[line - 1]
        state.listed[line - 1] = ListedIki(text=suggestion.indikator, target=item.target, jenis=item.jenis,
                                           bobot=item.bobot, rhk=item.rhk, as_written=item)
        old = state.skp.iki[at]
        number = typed_target(old.target) if old.target else None
        fits = number is not None and draft_save.unit_finding(number, suggestion.indikator, suggestion.satuan) is None
        state.skp.iki[at] = old.model_copy(update={
            "indikator": suggestion.indikator, "satuan": suggestion.satuan, "target": old.target if fits else None,
            "rhk": item.rhk or next(iter(draft_rhk(suggestion.indikator)), None)})
        state.keep_decided[str(line)] = USE
        said.append(f"IKI {at + 1} (baris {line}) kini: «{suggestion.indikator}».")
    elif action in (SKIP, REWRITE) and at is not None:
        state.skp.iki.pop(at)
        state.keep_decided[str(line)] = SKIP
        if action == REWRITE:
            said.append(f"Baris {line} saya keluarkan dulu dari draf. Tulis kalimat barunya kapan saja dengan «no {line} "
                        "ganti …», misalnya «no 3 ganti Persentase …».")
    else:
        state.keep_decided[str(line)] = KEEP
    return ([Reply(" ".join(said))] if said else []) + ask_next(state)


def _drafted_at(state: UserState, line: int) -> int | None:
    """Where list line `line`, saved as written, is in the draft (0-based); None once it is gone."""
    text = _written(state, line).indikator.lower()
    return next((i for i, iki in enumerate(state.skp.iki) if iki.indikator.lower() == text), None)


def _finish(state: UserState) -> list[Reply]:
    """Every failing line decided: those taken saved, what became of each said, then every saved line's fields asked."""
    decided = {int(n): how for n, how in state.keep_decided.items()}
    state.keep_decided = {}
    if not decided:
        return _fields(state)
    said = []
    for how, words in ((USE, "memakai usulannya"), (KEEP, "tetap seperti ditulis (temuannya tercatat di /skp dan "
                                                         "lembar «Temuan»)"), (SKIP, "dilewati, tidak di draf")):
        lines = sorted(n for n, h in decided.items() if h == how)
        if lines:
            said.append(f"baris {_joined(lines)} {words}")
    skipped = sorted(n for n, h in decided.items() if h == SKIP)
    later = " Yang dilewati tetap di daftar Anda: buka «Rincian N» bila mau menyimpannya nanti." if skipped else ""
    note = Reply(f"Selesai: {'; '.join(said)}.{later}",
                 [list_summary.detail_button(n) for n in skipped[:MAX_DETAIL_BUTTONS]])
    return [note] + _fields(state)


MAX_DETAIL_BUTTONS = 5  # «Rincian N» buttons under the lines skipped


def _fields(state: UserState) -> list[Reply]:
    """The fields of every IKI the list's lines are in the draft as, asked in the draft's order."""
    drafted = {iki.indikator.lower(): i for i, iki in enumerate(state.skp.iki)}
    checked = iki_list.lines_checked(state.listed)
    named = {}
    for n in iki_list.distinct(state.listed):
        forms = list_summary.draft_forms(checked[n - 1]) | {state.listed[n - 1].text.lower()}
        at = next((drafted[f] for f in forms if f in drafted), None)
        if at is not None:
            named[str(n)] = at
    return draft_save.ask_fields(state, named)


def _joined(numbers: list[int]) -> str:
    """«1», «1 dan 3», «1, 3 dan 4»."""
    words = [str(n) for n in numbers]
    return "" if not words else words[0] if len(words) == 1 else f"{', '.join(words[:-1])} dan {words[-1]}"
