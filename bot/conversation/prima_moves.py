"""How a message at PRIMA steps 1–3 shows the user is further on than the step asked: leaving the guided flow,
going straight to the IKI, or asking for example IKI (the words as data: conversation.yaml prima_moves)."""

import re

from bot import knowledge
from bot.conversation.answers import typed_target
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.lang.values import Number

MAX_GAP = 2  # «kasih 3 contoh», «kasih beberapa usulan dong»: the noun a word or two after the verb


@knowledge.cached
def _moves() -> dict:
    data = knowledge.data("conversation")
    moves = data["prima_moves"]
    names = ("leave", "away", "strategies_said", "to_iki", "iki_words", "to_iki_leave", "to_iki_why", "ask_verbs",
             "ask_nouns", "about", "back", "cancel", "restart_verbs", "from_start", "restart_whole", "back_undone")
    roles = {"back": knowledge.taking_back("going_back", "not_after_all"), "cancel": knowledge.taking_back("calling_off"),
             "back_undone": knowledge.taking_back("put_back", "not_after_all")}
    moves = moves | {"back_undone": []}
    sets = {name: PhraseSet(roles.get(name, []) + moves[name]) for name in names}
    sets |= {"back_filler": frozenset(moves["back_filler"])}
    sets |= {"unsure": phrase_set("conversation", "unsure"),
             "unsure_filler": frozenset(moves["back_filler"]) | frozenset(moves["unsure_filler"])}
    return sets | {"flow_word": moves["flow_word"], "not_now": phrase_set("conversation", "not_now"),
                   "skipped_answers": moves["skipped_answers"]}


def leaves_flow(text: str) -> bool:
    """«gausah prima2an lah, sy paste aja», «keluar dari prima»: the flow itself named and declined."""
    moves, words = _moves(), tokens(text)
    named = any(word.startswith(moves["flow_word"]) for word in words)
    return named and bool(moves["not_now"].find(words) or moves["leave"].find(words))


MAX_RESTART_WORDS = 20  # a short request; a strategy «… dimulai dari awal tahun …» runs longer


def restarts(text: str) -> bool:
    """«urang mimitian deui wae ti awal PRIMA», «ulang dari awal aja»: PRIMA started over (prima_moves `restart_verbs`
    with `from_start`, or `restart_whole`); a question about it («mulai dari awal gmn?») is none."""
    moves, words = _moves(), tokens(text)
    if "?" in text or not words or len(words) > MAX_RESTART_WORDS:
        return False
    return bool(moves["restart_whole"].find(words)
                or moves["restart_verbs"].find(words) and moves["from_start"].find(words))


MAX_AWAY_WORDS = 8  # «bentar ya aku rapat dulu»: a short aside, never a sentence of work or an IKI


def steps_away(text: str) -> bool:
    """«bentar ya aku rapat dulu», «ntar lanjut ya», «brb»: the user leaves for now (prima_moves `away`), a short
    message with no number and no question."""
    words = tokens(text)
    return 0 < len(words) <= MAX_AWAY_WORDS and "?" not in text and not any(w.isdigit() for w in words) \
        and bool(_moves()["away"].find(words))


def goes_back(text: str) -> bool:
    """«eh ga jadi», «balik», «mundur dulu»: the whole message undoes the last step (back words and filler only)."""
    return _whole(text, "back")


def undoes_back(text: str) -> bool:
    """«undo», «eh ga jadi» right after a step back: the whole message takes that step back back (taking_back
    `put_back` and `not_after_all`, with back_filler), to where the user was (tester53 P3-5: it went back again)."""
    return _whole(text, "back_undone")


def cancels(text: str) -> bool:
    """«batal deh», «cancel aja», «ga usah»: the whole message calls off what is open (cancel words and filler)."""
    return _whole(text, "cancel")


def knows_not(text: str) -> bool:
    """«ga tau», «blm tau kak», «saya juga gatau»: the whole message says the user does not know (conversation.yaml
    `unsure` and filler), never words to search or an answer."""
    return _whole(text, "unsure", "unsure_filler")


def _whole(text: str, kind: str, filler: str = "back_filler") -> bool:
    moves, words = _moves(), tokens(text)
    i, backed = 0, False
    while i < len(words):
        phrase = moves[kind].match_at(words, i)
        if phrase:
            i, backed = i + len(phrase), True
        elif words[i] in moves[filler]:
            i += 1
        else:
            return False
    return backed


def has_words(text: str) -> bool:
    """Whether the message holds any word or number at all («🙂🙂», «...» hold none: no answer to a step)."""
    return bool(tokens(text))


def strategies_from(text: str) -> str | None:
    """«strategi: pendampingan …, pelatihan …», «nah terus strateginya eh skrining …»: a message opening with the word
    for step 2's answer (after a few of chat's openers, conversation.yaml `strategies_lead`), words after it; the
    message from that word on, None else."""
    moves, words = _moves(), tokens(text)
    lead = knowledge.data("conversation")["prima_moves"]
    at = 0
    while at < min(len(words), lead["strategies_lead_most"]) and words[at] in lead["strategies_lead"] \
            and not moves["strategies_said"].match_at(words, at):
        at += 1
    found = moves["strategies_said"].match_at(words, at) if words else None
    if not found or len(words) <= at + len(found):
        return None
    if at == 0:
        return text
    word = re.search(rf"\b{re.escape(words[at])}\b", text, re.IGNORECASE)
    return text[word.start():] if word else text


MAX_TO_IKI_GAP = 3  # «skip aja lgsg ke nulis iki bisa?»: the going word a few words before the «iki» it goes to


def goes_to_iki(text: str) -> bool:
    """«ribet amat, langsung aja ke iki nya», «skip ke IKI»: straight to writing the IKI. Asked as a question
    («skip aja lgsg ke nulis iki bisa?», «boleh langsung ke iki aja?») it is a request only when it asks leave, goes
    to the «iki» named a few words later, and asks no why or what for («kenapa ga bisa langsung ke iki?» and
    «langkah 2 itu buat apa?» stay questions)."""
    moves, words = _moves(), tokens(text)
    if not (_names_iki(words) and moves["to_iki"].find(words)):
        return False
    if "?" not in text:
        return True
    return bool(moves["to_iki_leave"].find(words)) and not moves["to_iki_why"].find(words) and _goes_before_iki(words)


def _names_iki(words: list[str]) -> bool:
    """An `iki_words` phrase among the words; step 4's letter «M» right after a number is a unit («5 m»), never it."""
    iki_words = _moves()["iki_words"]
    return any(iki_words.match_at(words, i) and not (words[i] == "m" and i and words[i - 1][:1].isdigit())
               for i in range(len(words)))


def _goes_before_iki(words: list[str]) -> bool:
    moves = _moves()
    for i in range(len(words)):
        going = moves["to_iki"].match_at(words, i)
        if going:
            after = i + len(going)
            if any(moves["iki_words"].match_at(words, j) for j in range(after, min(after + MAX_TO_IKI_GAP + 1, len(words)))):
                return True
    return False


def skipped_answers(steps: list[str]) -> list[str]:
    """What steps 1 and 2 ask, for those of `steps` let go («indikator unit», «strategi unit»; conversation.yaml)."""
    said = _moves()["skipped_answers"]
    return [said[step] for step in steps if step in said]


def asked_examples(text: str) -> str | None:
    """«kasih 3 contoh aja» → "", «kasih usulan buat yg menyusun laporan keuangan semesteran» → «yg menyusun laporan
    keuangan semesteran»: a request for example IKI, with the work it is about (the words after an about word) when
    named; None when the message asks for none."""
    moves, words = _moves(), tokens(text)
    for i in range(len(words)):
        verb = moves["ask_verbs"].match_at(words, i)
        if not verb:
            continue
        after = i + len(verb)
        for j in range(after, min(after + MAX_GAP + 1, len(words))):
            noun = moves["ask_nouns"].match_at(words, j)
            if not noun:
                continue
            rest = words[j + len(noun):]
            if rest and rest[0].isdigit():  # «pakai usulan 2»: one suggestion picked by its number, not a request
                return None
            about = moves["about"].match_at(rest, 0) if rest else None
            return " ".join(rest[len(about):]) if about else ""
    return None


_PARTS = re.compile(r"[,;]|\.(?:\s|$)|\s(?:dan|sama|terus|trs)\s")


def values_listed(text: str) -> list[tuple[str, Number]]:
    """«pakai usulanmu. target 80%, 10 provinsi, 70%, IP ASN 80»: the values listed with a request, in the order typed,
    each with the part of the message it stands in (between commas: one value with a few words around it, the
    name of an IKI such as «IP ASN» among them); parts without one are skipped, and so is the count of the request
    itself («kasih 3 contoh aja»: a number of examples, no target)."""
    parts = [part.strip() for part in _PARTS.split(text) if part and part.strip()]
    nouns = _moves()["ask_nouns"]
    return [(part, number) for part in parts if (number := typed_target(part)) is not None
            and not (number.unit and nouns.find(tokens(number.unit)))]
