"""An even share worked out on the asker's own numbers: a total divided over the count they tell («tim 3 org, target
120 sampel, dibagi rata brp per org?» → 40), the total being the weight of a jenis when they tell none («IKI CL sy ada
2 … bobotnya disamain, masing masing berapa persen?» → CL 50% over 2 IKI, 25%): the guidance's pattern for the
cascading they tell («ga ada CL»: without, TUSI 90%), else the answer's."""

import re

from bot import knowledge
from bot.lang.text import phrase_set, tokens
from bot.retrieval.normalize import search_config

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _config() -> dict:
    return search_config()["answers"]["even_share"]


def _number(word: str) -> float | None:
    return float(word.replace(",", ".")) if _NUMBER.fullmatch(word) else None


def _divisor(words: list[str]) -> tuple[str, float] | None:
    """The noun each one gets a share of («per org», «per IKI», `even_share.per`) and the count the asker gives of
    it: the number right before it («3 org») or after it past filler words («IKI core sy 6»)."""
    config = _config()
    nouns = {w: kind for kind, listed in config["nouns"].items() for w in listed}
    per = next((words[i + 1] for i in range(len(words) - 1) if words[i] in config["per"] and words[i + 1] in nouns),
               None)
    if per is None:
        # «IKI CL sy ada 2 … bobotnya disamain, masing masing brp?»: a weight shared is shared per IKI
        weighed = set(config["weight_words"]) & set(words) and next((w for w in words if nouns.get(w) == "iki"), None)
        return _divided_onto(words, nouns) or (_counted(words, weighed) if weighed else None)
    return _counted(words, per)


def _counted(words: list[str], per: str) -> tuple[str, float] | None:
    """The count the asker gives of the noun `per` is of: the number right before a noun of its kind («3 org») or after
    it past filler words («IKI core sy 6», «IKI TUSI sy 3»)."""
    config = _config()
    nouns = {w: kind for kind, listed in config["nouns"].items() for w in listed}
    kind, fillers = nouns[per], set(config["fillers"]) | {j.lower() for j in config["jenis"]}  # «IKI TUSI sy 3»
    for i, word in enumerate(words[:-1]):
        if nouns.get(word) != kind or i and words[i - 1] in config["per"]:
            continue
        count = _number(words[i - 1]) if i else None
        j = i + 1
        while count is None and j < len(words) and (words[j] in fillers or _number(words[j]) is not None):
            count = _number(words[j])
            j += 1
        if count:
            return per, count
    return None


def _divided_onto(words: list[str], nouns: dict[str, str]) -> tuple[str, float] | None:
    """«bagi target 60 rata ke 3 tim»: the count right after an `onto` word and the noun it counts."""
    onto = set(_config()["onto"])
    return next(((words[i + 2], _number(words[i + 1])) for i in range(len(words) - 2)
                 if words[i] in onto and _number(words[i + 1]) and words[i + 2] in nouns), None)


def _told_total(words: list[str], count: float) -> tuple[float, str] | None:
    """The asker's own total: a number followed by the thing it counts («120 sampel»), not the count divided by; else
    a number right after a word for a total («target 60»), counting nothing named."""
    things, totals = set(_config()["things"]), set(_config()["totals"])
    return next(((_number(w), words[i + 1]) for i, w in enumerate(words[:-1])
                 if _number(w) and _number(w) != count and words[i + 1] in things), None) or next(
        ((_number(w), "") for i, w in enumerate(words) if i and words[i - 1] in totals and _number(w)
         and _number(w) != count), None)


def _without_cascade(words: list[str]) -> bool:
    """Whether the asker says they have no direct cascading («ga ada CL», «tanpa cascading langsung»): a denial
    within `even_share.denial_reach` words before a word of it."""
    config = _config()
    reach, denials, cascade = config["denial_reach"], set(config["denials"]), set(config["cascade_words"])
    return any(w in cascade and denials & set(words[max(0, i - reach):i]) for i, w in enumerate(words))


def _weight_total(words: list[str], answer: str) -> tuple[float, str] | None:
    """The weight of the jenis the question names with a weight word («bobot TUSI»): the guidance's split for the
    cascading the asker tells (policy.yaml `weights.split`: CL only with direct cascading; TUSI 90% without it), else
    the weight the answer gives it («Core TUSI 90%»)."""
    config = _config()
    if not set(config["weight_words"]) & set(words):
        return None
    split, without = knowledge.policy().weights.split, _without_cascade(words)
    for jenis in config["jenis"]:
        key = config["policy_keys"].get(jenis)
        if not key or jenis.lower() not in words:
            continue
        direct, indirect = split["direct"].get(key, 0), split["indirect"].get(key, 0)
        # without a cascading told, the direct pattern only where it is the one holding the jenis or both agree
        value = indirect if without else direct if direct == indirect or not indirect else None
        if value:
            return float(value), f"bobot {jenis}%"
    for jenis in config["jenis"]:
        found = jenis.lower() in words and re.search(rf"\b{re.escape(jenis)}\s+(\d+(?:[.,]\d+)?)\s*%", answer,
                                                     re.IGNORECASE)
        if found:
            return float(found.group(1).replace(",", ".")), f"bobot {jenis}%"
    return None


def _said(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}".replace(".", ",")


def even_share(question: str, answer: str) -> str:
    """«Dibagi rata: 120 ÷ 3 = 40 sampel per orang.» for a question asking an even share (`even_share.asks`) of
    numbers it tells, the total from the answer when the question names a jenis's weight; "" when it asks none."""
    words = tokens(question)
    if not phrase_set("search", "answers", "even_share", "asks").find(words):
        return ""
    divisor = _divisor(words)
    if divisor is None:
        return ""
    per, count = divisor
    total = _weight_total(words, answer) or _told_total(words, count)
    if total is None:
        return ""
    value, thing = total
    named = _config()["said_per"].get(per, per)
    if thing.endswith("%"):
        jenis = thing[:-1]
        return (f"Dibagi rata: {jenis} {_said(value)}% ÷ {_said(count)} {named} = {_said(value / count)}% per "
                f"{named}.")
    share = f"{_said(value / count)} {thing}".rstrip()  # «target 60» counts nothing named
    return f"Dibagi rata: {_said(value)} ÷ {_said(count)} = {share} per {named}."
