"""A question about the assistant's own features in plain words («cara liat draf sy», «bisa hapus iki ga yg no 3»,
«mau matiin notif pengingat»): answered with the command that does it and its /bantuan line, from the one list of
commands (knowledge/commands.yaml), never a guidance passage that happens to share its words; one about where the
user's data goes («data sy dikirim kemana?») with the assistant's own facts (intent.yaml `requests.privacy`)."""

from bot import knowledge
from bot.lang.text import PhraseSet, phrase_set, tokens


def _spans(phrases: list[str], words: list[str]) -> list[tuple[int, int]]:
    """Where each of the phrases stands in the words, (start, end), the longest at a place, none overlapping."""
    found, listed, i = [], PhraseSet(str(p) for p in phrases), 0
    while i < len(words):
        phrase = listed.match_at(words, i)
        if phrase:
            found.append((i, i + len(phrase)))
            i += len(phrase)
        else:
            i += 1
    return found


def _told_number(words: list[str]) -> str:
    """The number typed after a word naming one («yg no 3», «IKI 3»), "" when none is."""
    after = set(knowledge.data("commands")["asked_of_assistant"]["number_after"])
    return next((w for i, w in enumerate(words) if w.isdigit() and i and words[i - 1] in after), "")


def _pointed(words: list[str]) -> bool:
    """Whether a word points at the assistant («di sini», «bot ini», «fitur»)."""
    return bool(phrase_set("commands", "asked_of_assistant", "pointers").find(words))


def _own_beside(words: list[str], about: list[tuple[int, int]]) -> bool:
    """Whether an own word stands right beside the thing asked of («draf sy», «my draft»)."""
    own = set(knowledge.data("commands")["asked_of_assistant"]["own"])
    return any((start and words[start - 1] in own) or (end < len(words) and words[end] in own)
               for start, end in about)


def asked_command(question: str) -> str:
    """«Di Asisten IKI: ketik /skp, lihat draf SKP …» when the question asks how to do with the assistant what one
    command does (commands.yaml `asked_of_assistant`), the command holding most of its words; "" otherwise."""
    words = tokens(question)
    config = knowledge.data("commands")
    asked = config["asked_of_assistant"]
    if not phrase_set("commands", "asked_of_assistant", "how").find(words) or \
            phrase_set("commands", "asked_of_assistant", "unless").find(words):
        return ""
    number, best, most, first = _told_number(words), "", 0, len(words)
    for name, entry in config["commands"].items():
        listed = entry.get("asked")
        if not listed or _spans(listed.get("unless", []), words):
            continue
        doing, about = _spans(listed["doing"], words), _spans(listed["about"], words)
        about = [span for span in about if span not in doing]  # one word is never both what is done and to what
        if not doing or not about:
            continue
        # about the assistant, not the guidance: a word pointing at it, the number of an IKI for a command taking one,
        # an own word beside the thing for a command showing one's own records («draf sy»), or nothing for its own
        own = listed.get("own", "pointer")
        if own and not (entry.get("args") == "N" and number) and not _pointed(words) \
                and not (own == "beside" and _own_beside(words, about)):
            continue
        # on a tie the doing said first is the one asked for: «nyalain pengingat isi logbook» turns a reminder on,
        # «isi logbook» only says which one
        if len(doing) + len(about) > most or (len(doing) + len(about) == most and doing[0][0] < first):
            best, most, first = name, len(doing) + len(about), doing[0][0]
    if not best:
        return ""
    entry = config["commands"][best]
    args = entry.get("args", "")
    shown = f"/{best} {number}" if args == "N" and number else f"/{best}{' ' + args if args else ''}"
    line = entry["help"].replace("nomor N", f"nomor {number}") if number else entry["help"]
    # «bisa hapus iki ga …?», «bisa ga sy catat … lewat bot ini?»: whether it can be done, with no how word, is a yes
    can = phrase_set("commands", "asked_of_assistant", "can").find(words) and \
        not phrase_set("commands", "asked_of_assistant", "how_words").find(words)
    return ("Ya. " if can else "") + asked["said"].format(command=shown, help=line)


def asked_starts_off(question: str) -> str:
    """«Tidak. … ketik /pengingat, …» when the question asks whether a thing of the assistant that starts off (a
    command whose `asked` says `starts_off`) runs by itself («pengingat … otomatis nyala tiap hari ya?»): one of its
    `about` words, a word pointing at the assistant and an `on_its_own` word; "" otherwise."""
    words = tokens(question)
    config = knowledge.data("commands")
    asked = config["asked_of_assistant"]
    if not phrase_set("commands", "asked_of_assistant", "on_its_own").find(words) or not _pointed(words):
        return ""
    for name, entry in config["commands"].items():
        listed = entry.get("asked") or {}
        if listed.get("starts_off") and _spans(listed["about"], words):
            return asked["starts_off"].format(command=f"/{name}", help=entry["help"])
    return ""


def asked_privacy(question: str) -> str:
    """The assistant's privacy facts (intent.yaml `requests.privacy` `reply`, as the chat answers a plain message) when
    the question asks where the user's data goes or who sees it: a word of its `about` and of its `asking`, none of
    its `unless` (the IKI's data, «data awal», is the guidance's); "" otherwise."""
    words = tokens(question)
    asked = knowledge.data("intent")["requests"]["privacy"]
    groups = ("intent", "requests", "privacy")
    if phrase_set(*groups, "about").find(words) and phrase_set(*groups, "asking").find(words) \
            and not phrase_set(*groups, "unless").find(words):
        return asked["reply"]
    return ""
