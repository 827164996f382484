"""Buttons typed instead of tapped: the choice-only buttons of the last reply are kept for the next message, and a
typed «ya», «gak», «2» or a label's words press one of them (a terminal user, or a Telegram user who types)."""

from bot import knowledge
from bot.conversation.answers import accepts_wording
from bot.conversation.choices import typed_choice
from bot.conversation.iki_fields import is_yes
from bot.conversation.replies import Button, Reply
from bot.lang.text import PhraseSet, phrase_set, tokens

OTHER_READING = "route:"  # the scope of buttons that read the typed text another way («Periksa sebagai IKI»)


def offered(replies: list[Reply]) -> list[tuple[str, str]]:
    """(label, data) of the last reply that asks to choose among its buttons only, even with the open question's
    reminder after it («Tetapkan SKP ini? [Ya, tetapkan | Batal]» then «(Masih terbuka: jenis …)», choice-only
    too): a reminder's buttons only when no question above it asks; [] when none."""
    asking = [reply for reply in replies if reply.buttons and reply.choice_only]
    last = next((reply for reply in reversed(asking) if not reply.reminder), asking[-1] if asking else None)
    return [(b.label, b.data) for b in last.buttons] if last is not None else []


def shown(replies: list[Reply]) -> list[tuple[str, str]]:
    """(label, data) of every button the turn's replies show, whatever they ask: a label typed presses one
    (exact_press, verb_press). Not only the last reply's: /rencana's «Terima» sat above the open data awal
    question's reminder, and «Terima» typed was refused as a data awal."""
    return [(b.label, b.data) for reply in replies for b in reply.buttons]


def screen(replies: list[Reply]) -> list[tuple[str, int]]:
    """(gist, how many buttons) of each reply showing buttons, in the order of `shown`: the gist is the message's
    first line, and its last line too when that one asks («…? Pilih …»)."""
    return [(_gist(reply.text), len(reply.buttons)) for reply in replies if reply.buttons]


def _gist(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) <= 2:
        return "\n".join(lines)
    asks = next((line for line in reversed(lines[1:]) if "?" in line), "")
    return "\n".join([lines[0], "…"] + ([asks] if asks else []))


def on_screen(shown: list[tuple[str, str]], screen: list[tuple[str, int]]) -> list[Reply]:
    """The messages whose buttons are still shown, each as its gist with its buttons; [] when the two disagree (a
    state kept before the gists were): buttons are never shown without the words they answer."""
    if not screen or sum(count for _, count in screen) != len(shown):
        return []
    replies, at = [], 0
    for gist, count in screen:
        replies.append(Reply(gist, [Button(label, data) for label, data in shown[at:at + count]]))
        at += count
    return replies


def single_action(replies: list[Reply]) -> str:
    """The data of the one button of the last reply with buttons, when that reply asks («Simpan ke draf SKP? …
    [Simpan ke draf]») and the button is no «Batal»: a plain yes to a one-action question presses it; "" otherwise."""
    last = next((reply for reply in reversed(replies) if reply.buttons), None)
    if last is None or "?" not in last.text:
        return ""
    # «Ini catatan untuk pegawai? [Kembalikan IKI 2 dengan catatan ini | Periksa sebagai IKI]»: one action, the other
    # buttons only read the text another way (tester16b #1: «ya» was «Siap.» and the return was lost)
    actions = [b for b in last.buttons if not b.data.startswith(OTHER_READING)] if len(last.buttons) > 1 \
        else last.buttons
    if len(actions) != 1:
        return ""
    _, no, _ = _config()
    button = actions[0]
    # a yes never presses «Urungkan»: after /buang, «ya» confirms the removal (tester20a #7: it undid it)
    undo = knowledge.data("conversation")["typed_press"]["undo_label"]
    return "" if tokens(button.label)[:1] and tokens(button.label)[0] in no | {undo} else button.data


def yes_press(single: str, text: str) -> str | None:
    """The one action offered (single_action) when the text is a plain yes («ya», «oke», «iya betul»); None else."""
    return single if single and is_yes(text) else None


def yes_asking_next(text: str) -> bool:
    """Whether the message opens with a yes and then asks what comes next («ok mksh, trus sy hrs ngapain?», «iya,
    terus apa?»), with no number in it."""
    words = tokens(text)
    if len(words) < 2 or any(ch.isdigit() for ch in text):
        return False
    asks = phrase_set("conversation", "typed_press", "asks_next")
    return any(is_yes(" ".join(words[:k])) and any(asks.match_at(words, i) for i in range(k, len(words)))
               for k in range(1, len(words)))


def exact_press(buttons: list[tuple[str, str]], text: str) -> str | None:
    """The data of the one button whose whole label the text is («Selesai dulu», «belum ada data awal», «core tusi»),
    maybe with filler around it («terima semua»), typed under a question that also takes free text; None when the
    text says anything more or less."""
    words = tokens(text)
    done = phrase_set("conversation", "typed_press", "done")
    if words and done.match_at(words, 0) and len(done.match_at(words, 0)) == len(words):
        return _starting_data(buttons, knowledge.data("conversation")["typed_press"]["done_label"])  # «udah»
    filler = _filler()
    found = [data for label, data in buttons
             if words and (tokens(label) == words or _bare(tokens(label), filler) == _bare(words, filler) != [])]
    return found[0] if len(set(found)) == 1 else None


def earlier_press(earlier: list[list[tuple[str, str]]], text: str) -> str | None:
    """The data of a button of an earlier reply, still on screen, whose whole label the text is, word for word
    («Simpan semua seperti ditulis» typed after a question answered in between);
    the most recent such button. None when no label of typed_press.earlier_min_words words or more is the text."""
    words = tokens(text)
    least = knowledge.data("conversation")["typed_press"]["earlier_min_words"]
    if len(words) < least:
        return None
    return next((data for buttons in earlier for label, data in buttons if tokens(label) == words), None)


def remembered(earlier: list[list[tuple[str, str]]], before: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """The earlier turns' buttons once a new turn replaces `before` (the buttons the last turn showed; a leader's
    decisions left out, typed_press.earlier_not_scopes): a turn that showed none leaves them as they were."""
    said = knowledge.data("conversation")["typed_press"]
    kept = [(label, data) for label, data in before if data.partition(":")[0] not in said["earlier_not_scopes"]]
    if not kept:
        return earlier
    return [kept, *earlier][:said["earlier_turns"]]


def undo_press(buttons: list[tuple[str, str]], text: str, cancel_keeps: bool = False) -> str | None:
    """The button a whole message of undo words presses outside PRIMA: going back («eh ga jadi», «balik», «undo»)
    the question's «« Kembali», else its «Batal» only when cancelling loses nothing (cancel_keeps: a change not yet
    made); calling off («batal deh», «ga usah») its «Batal», else «Selesai …»; either, under an IKI just removed, its
    «Urungkan». None when the message says more, or no such button is shown."""
    from bot.conversation.prima_moves import cancels, goes_back  # (prima_moves reads answers, which read offered)

    back, cancel = goes_back(text), cancels(text)
    if not (back or cancel) or not buttons:
        return None
    said = knowledge.data("conversation")["typed_press"]
    labels = {"back": [data for label, data in buttons if label.lstrip().startswith("«")],
              "cancel": [data for label, data in buttons if tokens(label)[:1] == ["batal"]],
              "done": [data for label, data in buttons if tokens(label)[:1] == [said["done_label"]]],
              "undo": [data for label, data in buttons if tokens(label)[:1] == [said["undo_label"]]]}
    # «Urungkan» under an IKI just removed: going back or calling off both mean «put it back»
    order = (("back", "cancel", "undo") if cancel_keeps else ("back", "undo")) if back else ("cancel", "undo", "done")
    return next((labels[kind][0] for kind in order if len(labels[kind]) == 1), None)


def undo_words(text: str) -> bool:
    """Whether the whole message is undo words («batal deh», «eh ga jadi», «undo»)."""
    from bot.conversation.prima_moves import cancels, goes_back

    return goes_back(text) or cancels(text)


def verb_press(buttons: list[tuple[str, str]], text: str) -> str | None:
    """«Simpan» typed under «Simpan 3 IKI yang lolos ke draf | Rincian 1 | …»: one word, no number, that opens exactly
    one shown label (its verb) presses it (it was asked «itu maksudnya apa?» as a new IKI or a question); a yes or a
    no is left to the questions that read them, and a word opening several labels («Rincian») presses none."""
    words = tokens(text)
    if len(words) > 1:
        return _verb_with_count(buttons, words)
    if len(words) != 1 or any(ch.isdigit() for ch in words[0]) or yes_or_no(text):
        return None
    found = [data for label, data in buttons if tokens(label)[:1] == words and len(tokens(label)) > 1]
    return found[0] if len(found) == 1 and sum(tokens(label)[:1] == words for label, _ in buttons) == 1 else None


MAX_VERB_WORDS = 6  # «susun yg 4 tadi dong»: the verb, the label's count and a few pointing words


def _verb_with_count(buttons: list[tuple[str, str]], words: list[str]) -> str | None:
    """«susun yg 4 tadi dong» under «Susun 4 IKI yang lolos»: a label's verb (opening that label only) with the count
    it shows, and nothing else but pointing and filler words, presses it."""
    data = knowledge.data("conversation")["typed_press"]
    filler = frozenset(data["label_filler"]) | frozenset(data["pointing"])
    opening = [(label, found) for label, found in buttons if tokens(label)[:1] == words[:1]]
    if len(words) > MAX_VERB_WORDS or len(opening) != 1 or not any(w.isdigit() for w in words):
        return None
    label, found = opening[0]
    shown = set(tokens(label))
    return found if all(w in shown or (w in filler and not w.isdigit()) for w in words[1:]) \
        and all(w in shown for w in words if w.isdigit()) else None


def yes_or_no(text: str) -> bool:
    """Whether the whole message is a yes («ya», «iya») or a no («tidak», «ga», «nggak»): an answer, never a question."""
    words = tokens(text)
    found = _config()[2].match_at(words, 0) if words else None
    return bool(words) and (is_yes(text) or (bool(found) and len(found) == len(words)))


def done_typed(text: str) -> bool:
    """Whether the whole message says the user is done («selesai», «udah itu aja»)."""
    words = tokens(text)
    found = phrase_set("conversation", "typed_press", "done").match_at(words, 0) if words else None
    return bool(found) and len(found) == len(words)


def done_going_on(text: str) -> bool:
    """Whether the message says the user is done and goes on: a done word first («selesai», «udah cukup», «done»),
    maybe after a nod («ok done, next pls»), then only going-on words and filler («lanjut», «next step pls»); no
    number."""
    words = tokens(text)
    said = knowledge.data("conversation")["typed_press"]
    done = phrase_set("conversation", "typed_press", "done")
    beside = set(said["done_going"]) | set(said["label_filler"])
    first = next((i for i, word in enumerate(words) if word not in said["label_filler"]), len(words))
    if not words or not done.match_at(words, first):
        return False
    at = 0
    while at < len(words):
        found = done.match_at(words, at)
        if not found and words[at] not in beside:
            return False
        at += len(found) if found else 1
    return True


def _starting_data(buttons: list[tuple[str, str]], word: str) -> str | None:
    found = [data for label, data in buttons if tokens(label)[:1] == [word]]
    return found[0] if len(found) == 1 else None


def _bare(words: list[str], filler: frozenset[str]) -> list[str]:
    return [w for w in words if w not in filler]


def typed_press(buttons: list[tuple[str, str]], text: str) -> str | None:
    """The data of the button the text presses: a yes to the «Ya, …» button, a no to «Batal»/«Jangan»/«Tidak», or one
    named by its number, place or label words; None when it presses none."""
    if not buttons:
        return None
    labels = [label for label, _ in buttons]
    words = tokens(text)
    yes, no, declines = _config()
    if yes_asking_next(text):  # «ok mksh, trus sy hrs ngapain?»: the yes, whose reply says what comes next
        index = _starting(labels, yes)
    elif not words or len(words) > 4:
        return None
    elif is_yes(text) or accepts_wording(text):  # «ya», «oke», «betul», «ok your wording»
        index = _starting(labels, yes)
        if index is None:  # «[Ajukan | Nanti dulu]»: a yes to a yes/no question is its one button that is no «no»
            index = _only_not(labels, no)
    elif _yes_removing(words, labels, yes):  # «Ya, hapus», «iya buang aja» under «Ya, buang IKI 2 | Jangan»
        index = _starting(labels, yes)
    elif declines.match_at(words, 0) and len(declines.match_at(words, 0)) == len(words):
        index = _starting(labels, no)
    else:
        index = typed_choice(text, labels)
    return buttons[index][1] if index is not None else None


def _yes_removing(words: list[str], labels: list[str], yes: frozenset[str]) -> bool:
    """A yes followed only by a remove word (catatan_harian.yaml skp_remove: «hapus» as well as «buang») and filler,
    under a question whose yes button removes something: that yes, whichever remove word the user chose."""
    remove = _remove_words()
    rest = _bare(words[1:], _filler())
    index = _starting(labels, yes)
    return bool(rest) and (words[0] in yes or is_yes(words[0])) and all(w in remove for w in rest) \
        and index is not None and any(w in remove for w in tokens(labels[index]))


@knowledge.cached
def _remove_words() -> frozenset[str]:
    return frozenset(knowledge.data("catatan_harian")["skp_remove"])


def _only_not(labels: list[str], no: frozenset[str]) -> int | None:
    """The one label not starting with a no word, when every other one does («Ajukan» beside «Nanti dulu»)."""
    found = [i for i, label in enumerate(labels) if not (tokens(label)[:1] and tokens(label)[0] in no)]
    return found[0] if len(found) == 1 and len(labels) > 1 else None


def _starting(labels: list[str], starts: frozenset[str]) -> int | None:
    found = [i for i, label in enumerate(labels) if tokens(label)[:1] and tokens(label)[0] in starts]
    return found[0] if len(found) == 1 else None


@knowledge.cached
def _filler() -> frozenset[str]:
    return frozenset(knowledge.data("conversation")["typed_press"]["label_filler"])


@knowledge.cached
def _config() -> tuple[frozenset[str], frozenset[str], PhraseSet]:
    data = knowledge.data("conversation")["typed_press"]
    declines = PhraseSet(knowledge.taking_back("calling_off", "not_after_all", "refusing") + data["declines"])
    no = frozenset(knowledge.taking_back("refusing") + data["no_labels"])
    return frozenset(data["yes_labels"]), no, declines


def beyond_offered(buttons: list[tuple[str, str]], text: str) -> Reply | None:
    """«yang kedua deh» under «Pakai usulan 1» alone: a place in words past the numbered options shown (their labels
    one series numbered 1..N) is said, with the options shown again and what else to write; None when the text names
    no place, names one shown, or the buttons are no such series (a bare number stays an answer of its own)."""
    from bot.conversation.choices import place_named

    place = place_named(text) if not text.strip().lstrip("#").isdigit() else None
    series = [(label, data) for label, data in buttons if tokens(label)[-1:] and tokens(label)[-1].isdigit()]
    heads = {tuple(tokens(label)[:-1]) for label, _ in series}
    if place is None or len(heads) != 1 or [int(tokens(label)[-1]) for label, _ in series] != \
            list(range(1, len(series) + 1)) or place <= len(series):
        return None
    shown = ", ".join(f"«{label}»" for label, _ in series)
    return Reply(f"Pilihan yang ada hanya {len(series)}: {shown}; nomor {place} tidak ada. Ketuk pilihannya, atau "
                 "tulis sendiri yang Anda maksud (misalnya rumusan IKI Anda: ukuran + hasil kerja + syaratnya), nanti "
                 "saya periksa.", [Button(label, data) for label, data in series])
