"""A count a logbook line puts right itself, as it is typed: «12 berkas eh salah, 21 berkas», «keluarga 5, eh 6
dink», «1.120 orang?? eh bukan, 112 org», «3 satker: …, eh Poltekkesnya blm, jd 2», «PTO 9 pasien, eh bukan 9 tp
11». The line is new work with its right count, never a correction of an earlier entry (catatan_harian.yaml
counting self_correction; linking35)."""

from dataclasses import replace

from bot.lang.numbers import parse_number
from bot.lang.text import phrase_set
from bot.year.entry_dates import When
from bot.year.line import Line
from bot.year.vocabulary import config, vocabulary


def _settings() -> dict:
    return config()["counting"]["self_correction"]


def _old_count(ln: Line, w: When, before: int) -> int | None:
    """The last number before token `before` past the date, no percentage nor label of a day: the count put right."""
    skip = set(range(*w.span))
    for i in range(before - 1, -1, -1):
        if ln.kinds[i] == "num" and i not in skip and not (i + 1 < len(ln.toks) and ln.toks[i + 1] == "%") and \
                ln.word_before(i) not in vocabulary().not_count_before:
            return i
    return None


def _right_count(ln: Line, at: int) -> int | None:
    """The number an interjection at `at` puts in place: reached over marks and words of mistake (self_correction
    skip, at most `reach` tokens), or right after a word settling it (link.correction settled: «…, jd 2») within
    `settle_reach` tokens; never one more of the thing («eh 2 lagi») nor the old number said after «bukan» («eh
    bukan 9 tp 11»: link.correction instead, read by entry_numbers.correction_numbers)."""
    settings = _settings()
    skip, instead = set(settings["skip"]), set(vocabulary().link["correction"]["instead"])
    j = at + 1
    while j < len(ln.toks) and j - at <= settings["reach"] and (ln.kinds[j] == "mark" or ln.toks[j] in skip):
        j += 1
    found = None
    if j < len(ln.toks) and j - at <= settings["reach"] and ln.kinds[j] == "num" and ln.toks[j - 1] not in instead:
        found = j
    if found is None:
        settled = phrase_set("catatan_harian", "link", "correction", "settled")
        for i in range(at + 1, min(len(ln.toks), at + 1 + settings["settle_reach"])):
            said = settled.match_at(ln.toks, i)
            if said and i + len(said) < len(ln.toks) and ln.kinds[i + len(said)] == "num":
                found = i + len(said)
                break
    if found is None or (found + 1 < len(ln.toks) and ln.toks[found + 1] in settings["more"]):
        return None
    return found


def put_right(ln: Line, w: When) -> tuple[Line, When]:
    """The line as if its count were written right the first time: the old count given the right number's value,
    the words putting it right («eh salah, 21») left out, the date's tokens moved with them; the line as it is when
    it puts nothing right in itself. An interjection opening the line (past its date) speaks of an earlier entry."""
    interjections = set(_settings()["interjections"]) | set(_settings()["star"])
    for at, tok in enumerate(ln.toks):
        if tok not in interjections or w.span[0] <= at < w.span[1]:
            continue
        old = _old_count(ln, w, at)
        new = _right_count(ln, at) if old is not None else None
        if new is None or w.span[0] <= new < w.span[1]:
            continue
        keep = [i for i in range(len(ln.toks)) if not at <= i <= new]
        toks = tuple(ln.toks[new] if i == old else ln.toks[i] for i in keep)
        spans = tuple(ln.spans[i] for i in keep) if ln.spans else ()
        fixed = Line(ln.text, toks, tuple(ln.kinds[i] for i in keep), spans)
        if w.span[0] > new:
            cut = new - at + 1
            w = replace(w, span=(w.span[0] - cut, w.span[1] - cut))
        return put_right(fixed, w)
    return ln, w


def corrects_itself(ln: Line, old: float) -> bool:
    """«PTO 9 pasien ICU, eh bukan 9 tp 11»: the old number a correction sets right (the one after «bukan») is
    written earlier in the same line, with no word of writing before it («td sy tulis 112, eh salah bukan 112 tp
    121» speaks of the entry written), and the line opens with no word of mistake nor interjection: the line puts
    its own count right."""
    settings, instead = _settings(), set(vocabulary().link["correction"]["instead"])
    at = next((i for i in range(len(ln.toks) - 1) if ln.toks[i] in instead and ln.kinds[i + 1] == "num"), None)
    first = next((i for i in range(at or 0) if ln.kinds[i] == "num" and parse_number(ln.toks[i]) == old), None)
    if first is None:
        return False
    opener = set(settings["interjections"]) | set(vocabulary().link["correction"]["marks"])
    return ln.toks[0] not in opener and not set(ln.toks[:first]) & set(settings["written"])
