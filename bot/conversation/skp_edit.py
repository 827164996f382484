"""/skp, /ubah and /buang: any IKI of the draft can be changed or removed at any time (a removal undone by
«Urungkan»). Every change re-runs the IKI rules and the SKP checks and says which findings it added or cleared; a
weight past the guidance is refused with the reason, or kept after an explicit "tetap simpan"."""

import re

from bot import knowledge
from bot.conversation import field_edit, iki_named, renumbering, skp_changes
from bot.conversation.answers import MAX_FIELD_WORDS, fields_in, read_answer
from bot.conversation.field_edit import CANCEL, apply, prompt
from bot.conversation.field_value import FIELD_WORDS, LABELS
from bot.conversation.intent import classify, has_work_object
from bot.conversation.prima_step_m import skp_table
from bot.conversation.replies import Button, Reply
from bot.conversation.skp_changes import fingerprint
from bot.conversation.skp_typed import FieldEdit, numbered
from bot.conversation.skp_view import view
from bot.conversation.state import DroppedIki, UserState
from bot.conversation.typed_work import reads_as_iki
from bot.lang.numbers import format_number
from bot.lang.text import alternation, short, tokens
from bot.lang.values import numbers_in
from bot.models import IkiDraft
from bot.year.entry_kind import EntryKind, kind_of


def ubah(state: UserState, rest: str) -> list[Reply]:
    """"/ubah N", "/ubah N bobot", "/ubah N bobot 40"; the IKI may be named by its words instead of its number
    («/ubah yg LPJ bendahara target jd 98»)."""
    words = rest.split(maxsplit=2)
    index = iki_named.index(state, words[0] if words else "")
    if index is None and words:
        named = iki_named.named(state, rest)
        if isinstance(named, list):
            return named
        if named is not None:
            return ubah(state, named)
    if index is None:
        return [Reply(iki_named.bad_number(state, words[0] if words else ""))]
    if len(words) == 1:
        return field_edit.field_menu(state, index)
    field = FIELD_WORDS.get(words[1].lower().strip(":"))
    if field == "rhk" and len(words) == 3 and words[2].lower().split(maxsplit=1)[0] == "atasan":  # "rhk atasan …"
        field, rest_words = "rhk_atasan", words[2].split(maxsplit=1)[1:]
        words = words[:2] + rest_words
    typed = rest.split(maxsplit=1)[1] if field is None else ""
    if typed and reads_as_iki(typed):  # «/ubah 1 Persentase sekolah yg menerapkan PHBS»: its new text (tester17b #6)
        return _new_text(state, index, typed)
    if field is None:
        return [Reply(f"Bagian «{words[1]}» tidak dikenal. Pilih: teks, target, satuan, jenis, bobot, rhk, aspek, "
                      "baseline, triwulan, selesai, induk, atau atasan.")] + field_edit.field_menu(state, index)
    if len(words) == 2:
        return field_edit.ask(state, index, field)
    if field == "indikator":  # "/ubah 2 teks Persentase …, target 70%": the target too
        return _new_text(state, index, words[2])
    return apply(state, index, field, words[2])


def value_edited(rest: str, count: int) -> str:
    """«2 bobot 10» typed with /ubah: «2 bobot», the number and field a correction typed next («eh bentar, 15 aja»,
    «eh salah, CL» after «2 jenis TUSI») puts right; "" when the value was not typed with it, is no number or jenis,
    or the draft has no IKI N (of `count`)."""
    words = rest.split(maxsplit=2)
    if len(words) < 3 or not words[0].isdigit() or not 1 <= int(words[0]) <= count:
        return ""
    field = FIELD_WORDS.get(words[1].lower().strip(":"))
    return FieldEdit(int(words[0]), field, words[2]).correctable if field else ""


@knowledge.cached
def _typed_edit() -> re.Pattern:
    """«IKI 1 ganti jadi …»; also after a sentence of why and with a few words naming it before the verb («sy mutasi
    …, jadi IKI 3 soal SK pensiun diganti "Persentase …" target 80%», tester21b #9: it was checked as an IKI draft);
    edit_iki `named_within` words at most between the IKI and its verb, a sentence before it ended by punctuation or
    `lead_in_ends`."""
    words = knowledge.data("conversation")["edit_iki"]
    # a sentence of why, ended; or one asking for the change («bu ketua minta ganti iki 2, sy ganti jd: …», tester22a
    # #16), the IKI's number then followed by a comma
    lead_in = rf"(?:.*?(?:[,.;:]\s*|\b(?:{alternation([*words['lead_in_ends'], *words['verbs']])})\s+))?"
    return re.compile(rf"^{lead_in}{numbered('names')}[:,]?(?:\s+[^\s\d]+){{0,{words['named_within']}}}?\s*[:,]?\s*"
                      rf"(?:{alternation(words['verbs'])})\s+(?:(?:{alternation(words['to'])})\s*:?\s+)?(?P<text>\S.*)$",
                      re.IGNORECASE | re.DOTALL)


_QUOTES = re.compile(r"[\"“”«»]")  # the new text typed in quotes: the quotes are no part of it


def is_typed_edit(text: str) -> bool:
    """Whether the message is written as «IKI N ganti jadi …» (whatever IKI N turns out to be)."""
    return bool(_typed_edit().match(text))


def typed_edit(state: UserState, text: str) -> list[Reply] | None:
    """«IKI 1 ganti jadi Persentase …, target 70%»: IKI N's new text (and the fields after it), re-checked by the
    rules; None when the message is not such an edit or names no IKI of the draft."""
    found = _typed_edit().match(text)
    if not found:
        return None
    index = iki_named.index(state, found["n"])
    if index is None:
        return None
    if found["text"].strip(" :").lower() in knowledge.data("conversation")["edit_iki"]["to"]:  # «IKI 1 ganti jadi»
        return field_edit.ask(state, index, "indikator")
    return _new_text(state, index, _QUOTES.sub("", found["text"]).strip())


def _new_text(state: UserState, index: int, text: str) -> list[Reply]:
    """The IKI's new text; a target, weight, jenis or data awal written after it is changed as well."""
    typed = fields_in(text)
    if not typed.has_fields or not has_work_object(typed.indikator):
        return apply(state, index, "indikator", text)
    replies = apply(state, index, "indikator", typed.indikator, ask_target=typed.target is None)
    if state.edit is not None:  # the text was refused: its fields wait with it
        return replies
    for field, value in (("target", typed.target), ("baseline", typed.baseline), ("bobot", typed.bobot)):
        if value is not None:
            replies += apply(state, index, field, value.text)
    if typed.jenis is not None:
        replies += apply(state, index, "jenis", typed.jenis.value)
    return replies


@knowledge.cached
def _several_joins() -> re.Pattern:
    """A space or a word joining numbers typed together (conversation.yaml number_joins: «3, 5 sama 8»)."""
    joins = knowledge.data("conversation")["number_joins"]
    words = alternation(j for j in joins if j.isalpha())
    marks = alternation(j for j in joins if not j.isalpha())
    return re.compile(rf"\s*(?:\b(?:{words})\b|{marks})\s*|\s+", re.IGNORECASE)


def _several(rest: str) -> list[str]:
    """«/buang 8 10», «/buang 3, 5 sama 8»: the numbers, when the whole argument is two or more of them."""
    parts = [p.lstrip("#") for p in _several_joins().split(rest.strip()) if p and p.strip()]
    return parts if len(parts) > 1 and all(p.isdigit() for p in parts) else []


def buang(state: UserState, rest: str) -> list[Reply]:
    several = _several(rest)
    if several:
        indices = [iki_named.index(state, n) for n in several]
        if None in indices:
            bad = next(n for n, i in zip(several, indices) if i is None)
            return [Reply(iki_named.bad_number(state, bad, "Tulis nomor IKI yang dibuang, misalnya /buang 2 5; nomornya ada "
                                      "di /skp.", verb="dibuang"))]
        return _drop_many(state, sorted(set(indices)))
    index = iki_named.index(state, rest.strip())
    named = iki_named.named(state, rest) if index is None and rest.strip() else None  # «/buang yg EWARS»
    if isinstance(named, list):
        return named
    if named is not None:
        index = iki_named.index(state, named.split()[0])
    if index is None:
        usage = "Tulis nomor IKI yang dibuang, misalnya /buang 2; nomornya ada di /skp."
        return [Reply(iki_named.bad_number(state, rest.strip(), usage, verb="dibuang"))]
    if named is None and not rest.strip().lstrip("#").isdigit():
        return _confirm_drop(state, index)  # a number spelled in words («/buang dua»): read back and asked first
    if _just_dropped(state, index):  # «/buang 2» again, «Ya, buang IKI 2» typed: never the next IKI unasked
        said = f"IKI {index + 1} «{state.dropped.iki.indikator}» sudah dibuang tadi."
        return _confirm_drop(state, index, f"{said} Yang sekarang bernomor {index + 1} adalah IKI lain. Buang juga?")
    return _drop(state, index)  # «/buang 2», «hapus IKI 2», «/buang yg EWARS»: done at once, «Urungkan» puts it back


def on_button(state: UserState, action: str, arg: str) -> list[Reply]:
    """skp:edit:N, skp:field:N:FIELD, skp:set:N:FIELD:VALUE, skp:fill:N:FIELD=VALUE,…, skp:drop:N, skp:dropyes:N,
    skp:undo:N, skp:cancel."""
    number, _, field = arg.partition(":")
    if action == "undo":  # IKI N may be past the draft's end now (the last one was removed)
        return undo_drop(state, number)
    index = iki_named.index(state, number)
    if action == "cancel":
        state.edit = None
        if state.confirm.startswith("buang:"):  # «Jangan»: the question is answered, nothing left waiting
            state.confirm = ""
        return [Reply("Tidak ada yang diubah.")]
    if index is None:
        return [Reply("Tombol itu sudah tidak berlaku: nomor IKI-nya sudah berubah.")] + reopen(state)
    if action == "edit":
        return field_edit.field_menu(state, index)
    if action == "field" and field in LABELS:
        return field_edit.ask(state, index, field)
    value_field, _, value = field.partition(":")
    if action == "set" and state.edit and state.edit.index == index and state.edit.field == value_field:
        return apply(state, index, value_field, value)
    if action == "fill":  # «IKI 2: …» under «Core TUSI» typed with no question open (fills_missing)
        return _fill(state, index, field)
    if action == "drop":  # «Buang N» under /skp or the /ubah menu names its IKI exactly: done at once
        return _drop(state, index)
    if action == "dropyes" and state.confirm == f"buang:{index}":
        return _drop(state, index)
    return [Reply("Tombol itu sudah tidak berlaku.")] + reopen(state)


MAX_MISSING_WORDS = 4  # «Core TUSI», «20», «TUSI 25», «bobot 20 aja»: a field's value, not a sentence


def fills_missing(state: UserState, text: str) -> list[Reply] | None:
    """«Core TUSI» or «bobot 20» typed with no question open while IKI of the draft still lack a jenis or a weight: which
    IKI lack it, each a button «IKI N: …» that sets it («Core TUSI 25»: both); None when the message is no such value
    or no IKI lacks it."""
    words = tokens(text)
    if not words or len(words) > MAX_MISSING_WORDS or "?" in text:
        return None
    answer = read_answer(text)
    weight = answer.named.get("bobot") or (answer.numbers[0] if len(answer.numbers) == 1 else None)
    if len(answer.numbers) > 1 or (answer.jenis is None and "bobot" not in answer.named):
        return None  # «bobot 20», a jenis with or without its weight; never a bare «20» (a pick, a count, a figure)
    if set(answer.named) - {"bobot"} or (weight is not None and not 0 < weight.value <= 100):
        return None
    values = ([("jenis", answer.jenis.value)] if answer.jenis is not None else []) \
        + ([("bobot", format_number(weight.value))] if weight is not None else [])
    lacking = [n for n, iki in enumerate(state.skp.iki, start=1)
               if any(getattr(iki, field) is None for field, _ in values)]
    if not lacking:
        return None
    said = " dan ".join(f"jenis {answer.jenis.label}" if field == "jenis" else f"bobot {value}%"
                        for field, value in values)
    missing = " atau ".join(LABELS[field].lower() for field, _ in values)
    data = ",".join(f"{field}={value}" for field, value in values)
    buttons = [Button(f"IKI {n}: {short(state.skp.iki[n - 1].indikator, 40, at_word=True)}", f"skp:fill:{n}:{data}")
               for n in lacking]
    return [Reply(f"«{text.strip()}» saya baca sebagai {said}. IKI yang belum punya {missing}: "
                  f"{', '.join(f'IKI {n}' for n in lacking)}. Pilih IKI-nya, atau ketik /ubah NOMOR.",
                  buttons + [CANCEL], choice_only=True)]


def _fill(state: UserState, index: int, data: str) -> list[Reply]:
    """The values of a «IKI N: …» button under fills_missing («jenis=core_tusi,bobot=25»), set on IKI index."""
    replies: list[Reply] = []
    for pair in data.split(","):
        field, _, value = pair.partition("=")
        if field not in ("jenis", "bobot"):
            return [Reply("Tombol itu sudah tidak berlaku.")] + reopen(state)
        replies += apply(state, index, field, value)
        if state.edit is not None:  # refused: its question is open, the rest waits
            break
    return replies


def reopen(state: UserState) -> list[Reply]:
    """After a stale button: the edit question still open, else the draft."""
    return prompt(state) if state.edit and state.edit.index < len(state.skp.iki) else view(state)


MENU_TYPED = ("Di menu ini, ketik bagian dan nilainya, misalnya «target 95», «bobot 20», «jenis Beyond» atau «Core TUSI "
              "25» (jenis dan bobot sekaligus), atau pilih salah satu tombol di bawah.")


def under_menu(state: UserState, text: str) -> list[Reply] | None:
    """Text typed under «Ubah bagian mana dari IKI N?»: «target 95», «bobot 20», «jenis beyond», «Core TUSI 25» (a
    jenis and its weight) change IKI N as /ubah N would; a field word with its value («rhk …», «satuan dokumen») too.
    Anything else asks the menu again with what can be typed; None when the menu is not on screen, or the message
    asks to shorten the IKI, states an IKI or asks a question (each answered elsewhere)."""
    from bot.conversation.intent import Route
    from bot.conversation.shorten import asks_shorter, menu_index
    from bot.conversation.typed_work import reads_as_iki
    from bot.conversation.year_chat import logging

    index = menu_index(state)
    if index is None or asks_shorter(text):
        return None
    words = tokens(text)
    if not words or reads_as_iki(text) or classify(text).route is Route.question:
        return None
    answer = read_answer(text)
    if len(words) <= MAX_FIELD_WORDS and (answer.jenis is not None or answer.named):
        edits = [("jenis", answer.jenis.value)] if answer.jenis is not None else []
        edits += [(name, number.text) for name, number in answer.named.items()]
        unnamed = [n for n in answer.numbers if all(n is not v for v in answer.named.values())]
        if answer.jenis is not None and unnamed and "bobot" not in answer.named:
            edits.append(("bobot", unnamed[0].text))  # «Core TUSI 25»: a jenis followed by its weight
        replies: list[Reply] = []
        for field, value in edits:
            replies += apply(state, index, field, value)
            if state.edit is not None:  # refused: its question is open, the rest waits
                break
        return replies
    if FIELD_WORDS.get(words[0]) and words[0] != "iki" and len(text.split()) > 1:  # «rhk Data BMN …», «satuan dokumen»
        return ubah(state, f"{index + 1} {text.strip()}")
    if logging(state) and kind_of(text, logging=True).kind is EntryKind.report:
        return None  # «verif 18 berkas KP td pagi» from a logbook keeper: the day's work, kept (it was lost here)
    return [Reply(MENU_TYPED)] + field_edit.field_menu(state, index)


def _just_dropped(state: UserState, index: int) -> bool:
    """IKI `index` was removed by the last answer (its «Urungkan» still on screen): a removal of the same number now
    is that one asked again, not the IKI that moved into its place."""
    return state.dropped is not None and state.dropped.index == index \
        and (UNDO_LABEL, f"skp:undo:{index + 1}") in state.shown


def _confirm_drop(state: UserState, index: int, said: str = "") -> list[Reply]:
    state.confirm = f"buang:{index}"
    return [Reply(f"{said or f'Buang IKI {index + 1}?'}\n{skp_changes.summary_line(state.skp.iki[index])}",
                  [Button(f"Ya, buang IKI {index + 1}", f"skp:dropyes:{index + 1}"), Button("Jangan", "skp:cancel")],
                  choice_only=True)]


def walked_away(state: UserState, asked: str, replies: list[Reply]) -> list[Reply]:
    """A «Buang IKI N?» the user left unanswered by sending something else: the IKI stays, said once with how to
    remove it, so the intent is not dropped in silence. `asked`: the confirmation waiting before this turn."""
    if not asked.startswith("buang:") or state.confirm != asked:
        return []  # nothing was waiting, or it was answered (removed, «Jangan»)
    if any(b.data.startswith("skp:dropyes:") for r in replies for b in r.buttons):
        return []  # asked again just now (/buang N once more)
    state.confirm = ""
    index = int(asked.partition(":")[2])
    if index >= len(state.skp.iki):
        return []
    number = index + 1
    return [Reply(f"IKI {number} belum dibuang: «{state.skp.iki[index].indikator}» masih ada di draf, karena "
                  f"pertanyaan «Buang IKI {number}?» tadi belum dijawab. Untuk membuangnya, ketik /buang {number} "
                  f"lalu pilih «Ya, buang IKI {number}».")]


UNDO_LABEL = "Urungkan"


def _thrown_out(state: UserState, removed: list[IkiDraft], out: bool = True) -> None:
    """The last list's lines of the IKI removed (or put back) marked so (list_drafts.thrown_out)."""
    from bot.conversation import list_drafts  # (lazily, as _list_left: iki_list reaches back here)

    for iki in removed:
        list_drafts.thrown_out(state.listed, iki.indikator, out)


def drop(state: UserState, index: int) -> list[Reply]:
    """IKI `index` removed as /buang removes it (named by its words elsewhere: `named_rewording.dropped`)."""
    return _drop(state, index)


def drop_many(state: UserState, indices: list[int]) -> list[Reply]:
    """Several IKI removed as «/buang 3 7» removes them (named as lines of the last list: `line_acts`)."""
    return _drop_many(state, sorted(set(indices)))


def _drop(state: UserState, index: int) -> list[Reply]:
    """IKI `index` removed at once and kept aside: «Urungkan» (a button, or the word typed) puts it back, so a removal
    never waits on a «Buang IKI N?» the user may not answer (issue 16: what came next went wrong)."""
    before = skp_changes.finding_texts(state.skp)
    removed = state.skp.iki.pop(index)
    _thrown_out(state, [removed])
    state.confirm, state.edit = "", None
    renumbering.renumber(state, index)
    state.dropped = DroppedIki(index=index, iki=removed, after=fingerprint(state.skp))
    undo = [Button(UNDO_LABEL, f"skp:undo:{index + 1}")]
    lines = [f"IKI {index + 1} dibuang: {removed.indikator}"]
    told = f"Salah buang? Ketuk «{UNDO_LABEL}» atau ketik «{UNDO_LABEL.lower()}»: IKI itu kembali dengan semua isiannya."
    if not state.skp.iki:  # nothing left to have findings: none of the old ones is "fixed"
        return [Reply("\n".join(lines + ["Draf SKP Anda kini kosong. Tambahkan IKI dengan /cek atau /prima.", told]),
                      undo)]
    lines.append(f"Sisa {len(state.skp.iki)} IKI; nomor IKI sesudahnya bergeser.")
    gone = {k for k in before if k.startswith(f"{removed.indikator}|")}  # its own findings left with it
    lines += skp_changes.changes({k: v for k, v in before.items() if k not in gone}, skp_changes.finding_texts(state.skp))
    lines.append(f"Draf sekarang:\n{skp_table(state.skp)}")
    return [Reply("\n".join(lines + [told]), undo)]


def _drop_many(state: UserState, indices: list[int]) -> list[Reply]:
    """Several IKI removed at once (tester20a #6: «/buang 8 10» removed 8 only, silently); one «Urungkan» puts them
    all back in their places."""
    if len(indices) == 1:
        return _drop(state, indices[0])
    before = skp_changes.finding_texts(state.skp)
    removed = []
    for index in sorted(indices, reverse=True):  # from the last, so the numbers typed still name the same IKI
        removed.append(DroppedIki(index=index, iki=state.skp.iki.pop(index)))
        renumbering.renumber(state, index)
    _thrown_out(state, [d.iki for d in removed])
    state.confirm, state.edit = "", None
    first, *others = sorted(removed, key=lambda d: d.index)
    state.dropped = DroppedIki(index=first.index, iki=first.iki, also=others, after=fingerprint(state.skp))
    undo = [Button(UNDO_LABEL, f"skp:undo:{first.index + 1}")]
    lines = [f"IKI {d.index + 1} dibuang: {d.iki.indikator}" for d in [first, *others]]
    told = f"Salah buang? Ketuk «{UNDO_LABEL}» atau ketik «{UNDO_LABEL.lower()}»: semuanya kembali dengan isiannya."
    if not state.skp.iki:
        return [Reply("\n".join(lines + ["Draf SKP Anda kini kosong. Tambahkan IKI dengan /cek atau /prima.", told]),
                      undo)]
    lines.append(f"Sisa {len(state.skp.iki)} IKI; nomor IKI sesudahnya bergeser.")
    gone = {k for k in before for d in removed if k.startswith(f"{d.iki.indikator}|")}
    lines += skp_changes.changes({k: v for k, v in before.items() if k not in gone}, skp_changes.finding_texts(state.skp))
    lines.append(f"Draf sekarang:\n{skp_table(state.skp)}")
    return [Reply("\n".join(lines + [told]), undo)]


def undo_drop(state: UserState, number: str = "") -> list[Reply]:
    """The IKI removed last put back in its place with all its fields (`number`: the one a «Urungkan» button names;
    "" for the word typed). Nothing kept, another removal since, or the same IKI back in the draft: said so."""
    dropped = state.dropped
    if dropped is None or (number and number != str(dropped.index + 1)):
        return [Reply("Tidak ada IKI yang baru dibuang untuk dikembalikan; lihat draf Anda dengan /skp.")]
    state.dropped = None
    if any(iki.indikator == dropped.iki.indikator for iki in state.skp.iki):
        return [Reply(f"«{dropped.iki.indikator}» sudah ada lagi di draf; tidak ada yang saya ubah (lihat /skp).")]
    before = skp_changes.finding_texts(state.skp)
    lines = []
    for back in sorted([dropped, *dropped.also], key=lambda d: d.index):  # from the first, each in its old place
        index = min(back.index, len(state.skp.iki))
        state.skp.iki.insert(index, back.iki)
        renumbering.renumber(state, index, inserted=True)
        _thrown_out(state, [back.iki], out=False)
        lines.append(f"IKI {index + 1} dikembalikan: {back.iki.indikator}")
    lines.append(f"Draf kembali berisi {len(state.skp.iki)} IKI.")
    lines += skp_changes.changes(before, skp_changes.finding_texts(state.skp))
    lines.append(f"Draf sekarang:\n{skp_table(state.skp)}")
    return [Reply("\n".join(lines))]


def asks_undo(state: UserState, text: str) -> bool:
    """Whether the message asks for the IKI removed last back, while one is kept: «urungkan», «balikin yg dibuang»,
    or a put-back verb with words of that IKI's own text and maybe its target («EWARS tadi balikin lg deh, 90»);
    words in conversation.yaml drop_undo."""
    if state.dropped is None or (state.dropped.after and state.dropped.after != fingerprint(state.skp)):
        return False  # the draft changed since: «balikin yg tadi» is about that later change (tester20a #5)
    said = knowledge.data("conversation")
    words = [w for w in tokens(text) if not any(ch.isdigit() for ch in w)]
    joined = " ".join(words)
    undo = said["drop_undo"]
    if joined in {" ".join(tokens(phrase)) for phrase in undo["whole"]}:
        return True
    filler = {t for phrase in said["typed_press"]["label_filler"] + said["typed_press"]["pointing"] + undo["filler"]
              for t in tokens(phrase)}
    verbs = {t for phrase in undo["verbs"] for t in tokens(phrase)}
    own = set(tokens(state.dropped.iki.indikator))
    return any(w in verbs for w in words) and all(w in verbs or w in filler or w in own for w in words)


def undo_typed(state: UserState, text: str) -> list[Reply]:
    """The IKI removed last put back as asks_undo read it; a target typed with it («…, 90») set when it differs."""
    dropped = state.dropped
    replies = undo_drop(state)
    back = next((n for n, iki in enumerate(state.skp.iki) if dropped and iki is dropped.iki), None)
    numbers = [n for n in numbers_in(text) if not n.approximate]
    if len(numbers) == 1 and back is not None:
        now = numbers_in(state.skp.iki[back].target or "")
        if not now or now[0].value != numbers[0].value:
            replies += apply(state, back, "target", numbers[0].text)
    return replies


def asks_edit_undo(state: UserState, text: str) -> bool:
    """«undo», «balikin yg tadi», «batal, balikin teks lama» right after /ubah changed an IKI (nothing changed since):
    the old value back. Words in conversation.yaml edit_undo (the put-back verbs of drop_undo too)."""
    edited = state.edited
    if edited is None or edited.after != fingerprint(state.skp) or edited.index >= len(state.skp.iki):
        return False
    said = knowledge.data("conversation")
    undo = said["edit_undo"]
    words = tokens(text)
    if " ".join(words) in {" ".join(tokens(phrase)) for phrase in undo["whole"]}:
        return True
    verbs = {t for phrase in undo["verbs"] + said["drop_undo"]["verbs"] for t in tokens(phrase)}
    filler = {t for phrase in undo["filler"] + said["typed_press"]["label_filler"] + said["typed_press"]["pointing"]
              for t in tokens(phrase)}
    return any(w in verbs for w in words) and all(w in verbs or w in filler for w in words)


def undo_edit(state: UserState) -> list[Reply]:
    """The IKI /ubah changed last put back as it was, every field."""
    edited, skp = state.edited, state.skp
    state.edited = None
    before = skp_changes.finding_texts(skp)
    skp.iki[edited.index] = edited.before
    lines = [f"Perubahan terakhir dibatalkan; IKI {edited.index + 1} kembali seperti sebelumnya:",
             skp_changes.summary_line(edited.before)]
    lines += skp_changes.changes(before, skp_changes.finding_texts(skp))
    return [Reply("\n".join(lines))]


def weights_named(state: UserState, text: str) -> list[Reply] | None:
    """«kak salah, yg SPM itu harusnya 40 aja, yg BMN 50»: a correction giving each IKI named by words of its text one
    number — their weights when «bobot» is said or every IKI named already has one (a weight put right); None when the
    text names no IKI that way. A word found in several IKI asks which, changing nothing."""
    if not state.skp.iki:
        return None
    data = knowledge.data("catatan_harian")
    skip = set(knowledge.data("conversation")["pick_words"]) | set(data["correction_frame"]) | {"iki", "bobot",
                                                                                               "bobotnya"}
    skip |= {t for phrase in data["correction_openers"] for t in tokens(phrase)}
    named: list[tuple[int, str]] = []
    for clause in re.split(r"[,;\n]|\bdan\b", text):
        found = numbers_in(clause)
        if len(found) != 1 or set(tokens(clause[found[0].end:])) - skip - {"%", "persen"}:
            continue  # «yg tadi 16 berkas»: a count, not a weight
        words = [w for w in tokens(clause) if w not in skip and not any(ch.isdigit() for ch in w) and len(w) > 1]
        hits = [found_in for w in words
                if (found_in := {n for n, iki in enumerate(state.skp.iki) if w in tokens(iki.indikator)})]
        holding = set.intersection(*hits) if hits else set()  # the IKI holding every word that names one
        holding = holding or (set.union(*hits) if hits else set())
        if len(holding) > 1:
            listed = "; ".join(f"{n + 1}. {state.skp.iki[n].indikator}" for n in sorted(holding))
            return [Reply(f"«{clause.strip()}» cocok dengan beberapa IKI: {listed}. Tidak ada yang saya ubah; tulis "
                          f"nomornya, misalnya /ubah {min(holding) + 1} bobot {format_number(found[0].value)}.")]
        if holding:
            named.append((holding.pop(), format_number(found[0].value)))
    weighted = "bobot" in tokens(text) or all(state.skp.iki[n].bobot is not None for n, _ in named)
    if not named or not weighted or len({n for n, _ in named}) != len(named):
        return None
    return [reply for n, value in named for reply in apply(state, n, "bobot", value)]
