"""A rate of what did NOT happen («Persentase pasien HD yang tidak mengalami komplikasi», «… tanpa infeksi») and a
rate of work done as planned («… sesuai jadwal»): the words of their complement, which a user counts instead
(knowledge/capaian.yaml complement). Read by the realisasi typed and by the logbook line's rate."""

from bot import knowledge
from bot.lang.text import phrase_set, tokens


def event_of(indikator: str) -> list[str]:
    """The event an IKI counts the absence of: the words after its negation, past the `verbs` of having it, up to
    an `ends` word or three words («komplikasi intradialisis»); [] when the IKI negates nothing."""
    rules = knowledge.data("capaian")["complement"]
    negations, verbs, ends = set(rules["negations"]), set(rules["verbs"]), set(rules["ends"])
    words = tokens(indikator)
    at = next((i for i, w in enumerate(words) if w in negations), None)
    if at is None:
        return []
    rest = words[at + 1:]
    while rest and rest[0] in verbs:
        rest = rest[1:]
    event = []
    for word in rest[:3]:
        if word in ends:
            break
        event.append(word)
    return event


def named_at(said: list[str], event: list[str]) -> int | None:
    """Where the words said name the event (its first word, or another of its words: «hipotensi intradialisis» of
    «komplikasi intradialisis»), with no negation in the two words before it («tanpa komplikasi» is the IKI's own
    count); None otherwise."""
    negations = set(knowledge.data("capaian")["complement"]["negations"])
    for i, word in enumerate(said):
        if word in event and not any(w in negations for w in said[max(0, i - 2):i]):
            return i
    return None


def kept_as_planned(indikator: str) -> bool:
    """The IKI measures work done as planned («… sesuai jadwal», «… tepat waktu»: complement.planned): work said
    not done (catatan_harian.yaml not_done_words: «2 ditunda») is its complement."""
    return phrase_set("capaian", "complement", "planned").find(tokens(indikator)) is not None


def not_done_at(said: list[str]) -> int | None:
    """Where the words said tell work not done («ditunda», «batal»: catatan_harian.yaml not_done_words) or done late
    («1 telat»: capaian.yaml complement.late, read only beside a kept_as_planned IKI); None."""
    found = phrase_set("catatan_harian", "not_done_words").find(said) or phrase_set("capaian", "complement",
                                                                                     "late").find(said)
    return found[0] if found else None
