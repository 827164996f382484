"""/ubah typed: «/ubah N», «/ubah N bobot 40», the IKI named by its words instead («/ubah yg LPJ bendahara target jd
98»), «IKI 1 ganti jadi …» (its new text and the fields after it), and a field with its value typed under /ubah's menu;
each change made as field_edit makes it."""

import re

from bot import knowledge
from bot.conversation import field_edit, iki_named
from bot.conversation.answers import MAX_FIELD_WORDS, fields_in, read_answer
from bot.conversation.field_edit import apply
from bot.conversation.field_value import FIELD_WORDS
from bot.conversation.intent import classify, has_work_object
from bot.conversation.replies import Reply
from bot.conversation.skp_typed import FieldEdit, numbered
from bot.conversation.state import UserState
from bot.conversation.typed_work import reads_as_iki
from bot.lang.text import alternation, tokens
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


MENU_TYPED = ("Di menu ini, ketik bagian dan nilainya, misalnya «target 95», «bobot 20», «jenis Beyond» atau «Core TUSI "
              "25» (jenis dan bobot sekaligus), «hapus» untuk membuang IKI ini, atau pilih salah satu tombol di bawah.")


@knowledge.cached
def _remove_words() -> frozenset[str]:
    """catatan_harian.yaml skp_remove: the words that ask to remove an IKI («hapus», «buang», «apus» …)."""
    return frozenset(knowledge.data("catatan_harian")["skp_remove"])


def _field_word(word: str) -> str | None:
    """The field a word under the menu names, «targetnya» as «target»; None for no field (nor «iki», the IKI itself)."""
    word = word.lower()
    field = FIELD_WORDS.get(word) or (FIELD_WORDS.get(word[:-3]) if word.endswith("nya") else None)
    return field if word != "iki" else None


def under_menu(state: UserState, text: str) -> list[Reply] | None:
    """Text typed under «Ubah bagian mana dari IKI N?»: «target 95», «bobot 20», «jenis beyond», «Core TUSI 25» (a
    jenis and its weight) change IKI N as /ubah N would; a field word with its value («rhk …», «satuan dokumen»,
    «targetnya jadi 85 aja») too; a remove word («hapus aja, diambil alih pusdatin») asks «Buang IKI N?», its reason
    kept when one is read (tester48 P2-1: both were kept as logbook entries). Anything else asks the menu again with
    what can be typed, unless a logbook keeper reports the day's work; None when the menu is not on screen, or the
    message asks to shorten the IKI, states an IKI or asks a question (each answered elsewhere)."""
    from bot.conversation.intent import Route
    from bot.conversation.shorten import asks_shorter, menu_index
    from bot.conversation.skp_drop import confirm_drop
    from bot.conversation.typed_work import reads_as_iki
    from bot.conversation.year_chat import logging
    from bot.conversation.year_perubahan import command_text, reason_given

    index = menu_index(state)
    if index is None or asks_shorter(text):
        return None
    words = tokens(text)
    if not words or reads_as_iki(text) or classify(text).route is Route.question:
        return None
    if _remove_words() & set(words):  # the menu's «Buang IKI N» typed: asked first, the work it names never logged
        reason_given(state, text)
        return confirm_drop(state, index)
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
    if _field_word(words[0]) and len(text.split()) > 1:  # «rhk Data BMN …», «satuannya jadi dokumen»
        return ubah(state, command_text("ubah", f"{index + 1} {text.strip()}"))
    if logging(state) and kind_of(text, logging=True).kind is EntryKind.report:
        return None  # «verif 18 berkas KP td pagi» from a logbook keeper: the day's work, kept (it was lost here)
    return [Reply(MENU_TYPED)] + field_edit.field_menu(state, index)
