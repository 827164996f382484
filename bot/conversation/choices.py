"""An option typed instead of tapped: its number («2», «no 2», «#2»), its place in words («yg paling atas», «the
first one», «nomer 2»), or its label («anggota tim», «wilayah»). Words: knowledge/conversation.yaml."""

from bot import knowledge
from bot.conversation.starred import read_starred
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.lang.values import numbers_in


@knowledge.cached
def _config() -> tuple[dict[tuple[str, ...], int], PhraseSet, frozenset[str]]:
    data = knowledge.data("conversation")
    ordinals = {tuple(tokens(k)): v for k, v in data["ordinals"].items()}
    return ordinals, phrase_set("conversation", "ordinals"), frozenset(data["pick_words"])


@knowledge.cached
def _label_words() -> dict[tuple[str, ...], str]:
    data = knowledge.data("conversation")
    return {tuple(tokens(typed)): label for label, said in data["label_words"].items() for typed in said}


def _plain_words(words: list[str]) -> list[str]:
    """Chat words put as labels say them: a negation («ga», «gak», «tdk») is «tidak», a hedge («kyknya») dropped
    (conversation.yaml typed_press `negations`, `hedges`)."""
    data = knowledge.data("conversation")["typed_press"]
    negations, hedges = frozenset(data["negations"]), frozenset(data["hedges"])
    return ["tidak" if w in negations else w for w in words if w not in hedges]


def label_word(text: str) -> str:
    """«skip» → «lewati», «lanjutin» → «lanjutkan»: the label word a whole message stands for (conversation.yaml
    label_words, filler aside); the text itself otherwise."""
    filler = frozenset(knowledge.data("conversation")["typed_press"]["label_filler"])
    words = tuple(w for w in tokens(text) if w not in filler) or tuple(tokens(text))
    return _label_words().get(words, text)


def typed_choice(text: str, labels: list[str], by_label: bool = True) -> int | None:
    """The 0-based option the text picks among `labels`, or None when it picks none (or more than one)."""
    ordinals, ordinal_set, pick = _config()
    if _yes_to_first(text, labels):
        return 0
    text = label_word(text)
    words = _plain_words([w for w in tokens(text.replace("#", " ")) if w not in pick])
    if not words or len(words) > 4 or percent(text):
        return None
    if len(words) == 1 and words[0].isdigit():
        number = int(words[0])
        named = named_iki_place(labels, number)
        if named is not None:  # «3» under «IKI 3 | IKI 5 | IKI 1»: IKI 3, never the third button (tester14 #9)
            return named
        return number - 1 if 1 <= number <= len(labels) else None
    found = ordinal_set.find(words)
    # «usulan pertama», «saran kedua»: a noun for the options beside the ordinal (conversation.yaml ordinal_nouns)
    nouns = frozenset(knowledge.data("conversation")["ordinal_nouns"])
    if found and len([w for w in words if w not in nouns]) == len(found[1]):
        place = ordinals[found[1]]
        index = len(labels) - 1 if place < 0 else place - 1
        return index if 0 <= index < len(labels) else None
    if not by_label:
        return None
    typed = " ".join(words)
    matches = [i for i, label in enumerate(labels) if typed in " ".join(tokens(label))]
    return matches[0] if len(matches) == 1 else None


def _yes_to_first(text: str, labels: list[str]) -> bool:
    """A bare yes («ya», «iya dong») under two options whose first opens with «Ya» («Ya, langsung | Tidak
    langsung»): the first (conversation.yaml typed_press `yes_answers`)."""
    data = knowledge.data("conversation")["typed_press"]
    words = tokens(text)
    said = [w for w in words if w in data["yes_answers"] or w not in data["label_filler"]]
    return len(labels) == 2 and tokens(labels[0])[:1] in (["ya"], ["iya"]) and bool(said) \
        and all(w in data["yes_answers"] for w in said)  # (the filler's own «ya» counts as the yes)


def place_named(text: str) -> int | None:
    """The place (1-based) an ordinal pick names whatever options are shown («yang kedua deh»: 2, «no 3»: 3); None
    for any other text and for «the last one» (which names a place only among options)."""
    if read_starred(text) is not None:  # «*20 ya» puts the value just given right, never button 20 (mpph39)
        return None
    ordinals, ordinal_set, pick = _config()
    words = _plain_words([w for w in tokens(label_word(text).replace("#", " ")) if w not in pick])
    if len(words) == 1 and words[0].isdigit():
        return None if percent(text) else int(words[0]) or None
    found = ordinal_set.find(words) if words and len(words) <= 4 else None
    return ordinals[found[1]] if found and len(words) == len(found[1]) and ordinals[found[1]] > 0 else None


def percent(text: str) -> bool:
    """«92%», «92 persen»: a figure, never a place among options (numbers.yaml `percent`)."""
    return any(n.unit == "%" for n in numbers_in(text))


def bare_place(text: str, count: int) -> int | None:
    """«2» alone while `count` numbered options are shown: its place (1-based); None for any other text or number."""
    typed = text.strip().lstrip("#")
    return int(typed) if typed.isdigit() and 1 <= int(typed) <= count else None


def named_iki_place(labels: list[str], number: int) -> int | None:
    """The place (0-based) of the one label that is «IKI <number>» itself; None when no label is."""
    found = [i for i, label in enumerate(labels) if tokens(label) == ["iki", str(number)]]
    return found[0] if len(found) == 1 else None


def iki_out_of_place(labels: list[str]) -> bool:
    """Whether a label «IKI N» stands at another place than N (the linker's picker: «IKI 3 | IKI 5 | IKI 1»): a bare
    number then names the IKI, so a door numbering buttons by place must not read it as a place."""
    for place, label in enumerate(labels, start=1):
        words = tokens(label)
        if len(words) == 2 and words[0] == "iki" and words[1].isdigit() and int(words[1]) != place:
            return True
    return False


def selecting(text: str) -> bool:
    """Whether the text starts by pointing at an option ("yg …", "pilih …") or only names one by its number ("nomer 2",
    "2") rather than saying something new."""
    words, data = tokens(text), knowledge.data("conversation")
    return bool(words) and (words[0] in data["selecting"]
                            or all(w.isdigit() or w in data["list_refs"] for w in words))


def resumes_prima(text: str) -> bool:
    """A whole message asking to go on with a paused PRIMA: a resume verb with nothing but words beside it that point
    back («lanjut», «lanjutin yg kemarin aja», «ok balik lg ke yg td»; conversation.yaml typed_press `resume_prima`)."""
    data = knowledge.data("conversation")["typed_press"]["resume_prima"]
    words, verbs = set(tokens(text)), set(data["verbs"])
    return bool(words & verbs) and words <= verbs | set(data["beside"]) or goes_back_to(text)


def resumes_where_left(text: str) -> bool:
    """A resume that points back at where the user left («lanjut yg kemarin», «terusin yg tadi»): resumes_prima with a
    word of `back_pointing`; a bare «lanjut» is not (at a step it moves on)."""
    pointing = set(knowledge.data("conversation")["typed_press"]["resume_prima"]["back_pointing"])
    return resumes_prima(text) and bool(set(tokens(text)) & pointing)


def asks_where_was(text: str) -> bool:
    """A whole message asking where the user had got to («kemarin sampe mana ya?», «where was i?»): one of
    typed_press `where_was_i` asks, nothing else but its `beside` words and resume_prima's."""
    data = knowledge.data("conversation")["typed_press"]
    asks = phrase_set("conversation", "typed_press", "where_was_i", "asks")
    words = tokens(text)
    found = asks.find(words)
    if not found:
        return False
    at, phrase = found
    rest = set(words[:at] + words[at + len(phrase):])
    return rest <= set(data["where_was_i"]["beside"]) | set(data["resume_prima"]["beside"])


def goes_back_to(text: str) -> bool:
    """A whole message going back to where the user was after a detour («ok balik lg ke yg td» after a /tanya): a
    going-back verb with a word pointing at it, nothing else but resume_prima's `beside` words; a bare «balik» is
    not (it is the step back)."""
    data = knowledge.data("conversation")["typed_press"]["resume_prima"]
    words, back = set(tokens(text)), set(knowledge.taking_back("going_back"))
    return bool(words & back and words & set(data["back_pointing"])) and words <= back | set(data["beside"])
