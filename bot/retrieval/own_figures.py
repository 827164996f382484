"""Sums asked of the asker's own figures, worked out before the guidance's answer: a capaian as a share of the target
(«target sy 200 sampel setahun, sampe TW2 baru 90. brp persen capaiannya?» → 90 ÷ 200 × 100% = 45%), the IKI left
after some are taken out («IKI sy 12, sy buang 3 yg proses. sisa brp?» → 12 − 3 = 9, held against the 5–10 range), the
IKI still to add («iki sy baru 3, minimal brp lagi» → 5 − 3 = 2) and the jenis weights told summed against the total
checked («CL 50 TUSI 35 MI 10. udh pas 100 kan?» → 95, «Tidak.»)."""

import re

from bot import knowledge
from bot.lang.text import phrase_set
from bot.retrieval.normalize import search_config
from bot.rules.measures import Trend, capaian_percent, lower_is_better

# a number as typed («12,5», «90%»), or a word; «TW2» is one word, no number
_WORD = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])%?|[^\W_]+")


def _config() -> dict:
    return search_config()["answers"]["own_figures"]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _number(word: str) -> float | None:
    plain = word.rstrip("%").replace(",", ".")
    return float(plain) if re.fullmatch(r"\d+(?:\.\d+)?", plain) else None


def _said(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def _after(words: list[str], cues: set[str], taken: set[int] = frozenset()) -> int | None:
    """Where the first number stands within `within` words after a cue word («target sy 200», «baru 90»), one
    already taken aside; None when none does."""
    within = _config()["within"]
    for i, word in enumerate(words):
        if word not in cues:
            continue
        at = next((j for j in range(i + 1, min(i + 1 + within, len(words)))
                   if _number(words[j]) is not None and j not in taken), None)
        if at is not None:
            return at
    return None


def _capaian(words: list[str]) -> str:
    """«Capaian: realisasi 90 ÷ target 200 × 100% = 45%.» when a percentage or the capaian is asked of a target and a
    realisasi the asker tells; "" otherwise."""
    config = _config()
    if not (phrase_set("search", "answers", "own_figures", "percent_asks").find(words)
            or set(words) & set(config["capaian_words"]) and set(words) & set(config["how_much"])):
        return ""
    target = _after(words, set(config["target_words"]))
    if target is None:
        return ""
    done = _after(words, set(config["realisasi_words"]), {target})
    if done is None or not _number(words[target]):
        return ""
    value, goal = _number(words[done]), _number(words[target])
    sign = "%" if words[target].endswith("%") else ""
    # the words between the target's cue and its number name the measure («target angka kematian 5»): one that is
    # better lower turns capaian around, as /capaian does (polaritas negatif, knowledge/capaian.yaml)
    cue = max(i for i in range(target) if words[i] in set(config["target_words"]))
    if lower_is_better(words[cue + 1:target]):
        share = capaian_percent(value, goal, Trend.lower)
        return "" if share is None else (
            f"Hitungan capaian dari angka Anda (makin kecil makin baik): (2 − realisasi {_said(value)}{sign} ÷ target "
            f"{_said(goal)}{sign}) × 100% = {_said(round(share, 1))}%.")
    return (f"Hitungan capaian dari angka Anda: realisasi {_said(value)}{sign} ÷ target {_said(goal)}{sign} × 100% = "
            f"{_said(round(capaian_percent(value, goal, Trend.rate), 1))}%.")


def _counted(words: list[str]) -> int | None:
    """Where the count of IKI the asker tells stands: right after the word past fillers («IKI sy 12», «IKI sy ada
    12») or right before it («12 IKI»)."""
    config = _config()
    counted, fillers = set(config["counted"]), set(config["fillers"])
    for i, word in enumerate(words):
        if word not in counted:
            continue
        if i and _number(words[i - 1]) is not None:
            return i - 1
        j = i + 1
        while j < len(words) and words[j] in fillers:
            j += 1
        if j < len(words) and _number(words[j]) is not None:
            return j
    return None


def _left(words: list[str]) -> str:
    """«Sisa IKI Anda: 12 − 3 = 9, dalam rentang 5–10 …» when the IKI left are asked after the asker takes some out;
    "" otherwise."""
    config = _config()
    if not set(words) & set(config["left_asks"]):
        return ""
    total = _counted(words)
    if total is None:
        return ""
    removed = _after(words, set(config["removed"]), {total})
    if removed is None:
        return ""
    before, out = _number(words[total]), _number(words[removed])
    if out > before:
        return ""
    left, count = before - out, knowledge.policy().iki_count
    where = config["said"]["within" if count.min <= left <= count.max else "over" if left > count.max else "under"]
    return (f"Sisa IKI Anda: {_said(before)} − {_said(out)} = {_said(left)}, "
            f"{where.format(least=count.min, most=count.max)}")


def _to_add(words: list[str]) -> str:
    """«IKI Anda 3; paling sedikit 5, jadi kurang 5 − 3 = 2 IKI lagi.» when how many more IKI are asked (a word for more
    with a word asking a count) of the count the asker tells, against policy.yaml `iki_count` (the most when the
    question names it, else the least while below it, else the most); "" otherwise."""
    config = _config()
    more = config["more"]
    if not set(words) & set(more["asks"]) or not set(words) & set(config["how_much"]) or set(words) & set(
            config["removed"]):
        return ""
    at = _counted(words)
    if at is None:
        return ""
    have, count = _number(words[at]), knowledge.policy().iki_count
    most = bool(set(words) & set(more["most"])) or not set(words) & set(more["least"]) and have >= count.min
    bound = count.max if most else count.min
    if have >= bound:
        return more["said"]["enough"].format(have=_said(have), bound=bound, least=count.min, most=count.max)
    return more["said"]["most" if most else "least"].format(have=_said(have), bound=bound, left=_said(bound - have))


def _jenis_weights(words: list[str]) -> list[tuple[str, float, float]]:
    """The Core jenis weights the asker tells, in order: (jenis, count of IKI, weight each) — «CL 50» (one value),
    «TUSI sy 4 IKI masing2 20%» (4 IKI at 20% each)."""
    config = _config()["weights_summed"]
    jenis, per, counted = set(config["jenis"]), set(config["each"]), set(_config()["counted"])
    claims = set(config["claims"]) | set(config["asks"])
    told, i = [], 0
    while i < len(words):
        if words[i] not in jenis:
            i += 1
            continue
        ahead = words[i + 1:i + 1 + config["within"]]
        at = next((j for j, w in enumerate(ahead) if _number(w) is not None), None)
        # «beyond jd 120»: a total claimed after the jenis is no weight of it
        if at is None or any(w in jenis or w in claims for w in ahead[:at]):
            i += 1
            continue
        at += i + 1
        # «4 IKI masing2 20%», «4 IKI masing-masing 20%»: a count of IKI, then words for each, then the weight of one
        each = at + 2
        while each < len(words) and words[each] in per:
            each += 1
        if at + 1 < len(words) and words[at + 1] in counted and each > at + 2 and each < len(words) \
                and _number(words[each]) is not None:
            told.append((words[i], _number(words[at]), _number(words[each])))
            i = each + 1
        elif at + 1 < len(words) and words[at + 1] in counted:
            return []  # «CL sy 2 IKI @25»: a count of IKI with no weight read beside it, so no weight is read at all
        else:
            told.append((words[i], 1.0, _number(words[at])))
            i = at + 1
    return told


def _weights_summed(words: list[str]) -> tuple[str, str]:
    """(lead, «Jumlah bobot Core Anda: 50 + 35 + 10 = 95%, bukan 100%.») when a total is checked (`weights_summed.asks`)
    of two or more jenis weights the asker tells; Beyond's counted in when told («… beyond 20. totalnya 120 kan?»).
    The total is held against the one claimed («pas 100»), else policy.yaml `weights` (Core, or Core and Beyond); the
    lead «Tidak.» when they differ, none when they agree (the pattern may still be wrong: the guidance's answer says);
    ("", "") when no total is checked."""
    config = _config()["weights_summed"]
    if not set(words) & set(config["asks"]):
        return "", ""
    if not set(words) & set(config["weight_words"]) and not any(w.endswith("%") for w in words):
        return "", ""  # «CL 2, TUSI 3, MI 1, jumlahnya pas?» counts IKI, not weights
    told = _jenis_weights(words)
    named = [j for j, _, _ in told]
    if len(set(named)) < 2 or len(set(named)) < len(named):  # a jenis told twice: two patterns compared, no one SKP
        return "", ""
    weights, beyond = knowledge.policy().weights, any(j in config["beyond"] for j, _, _ in told)
    total = sum(n * w for _, n, w in told)
    core = sum(n * w for j, n, w in told if j not in config["beyond"])
    claims = [_number(words[i + 1]) for i, w in enumerate(words[:-1])
              if w in set(config["claims"]) and _number(words[i + 1]) is not None]
    if beyond and core in claims:  # «Core 100, with Beyond 120»: the Core total checked is the one claimed
        total, beyond = core, False
    # «TUSI 90 MI 10, ditambah beyond jd 120»: a claim of Core and Beyond's total with no Beyond weight told is
    # no claim of the Core weights told
    claims = [c for c in claims if beyond or c != weights.ceiling]
    expected = claims[0] if claims else weights.ceiling if beyond else weights.core_total
    if total != expected and total in claims:  # one of the totals claimed holds
        expected = total
    parts = " + ".join(f"{_said(n)} × {_said(w)}" if n != 1 else _said(w) for _, n, w in told)
    said = config["said"]["all" if beyond else "core"].format(parts=parts, total=_said(total)) + \
        config["said"]["same" if total == expected else "other"].format(expected=_said(expected))
    return ("" if total == expected else "Tidak."), said


def weights_checked(question: str) -> tuple[str, str]:
    """The lead and the sum when a total of the asker's own jenis weights is checked, ("", "") otherwise."""
    return _weights_summed(_words(question))


def own_figures(question: str) -> str:
    """The sum worked out of the asker's own figures (a capaian's percentage, the IKI left or still to add), "" when
    none is asked."""
    words = _words(question)
    return _capaian(words) or _left(words) or _to_add(words)
