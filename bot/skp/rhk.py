"""Drafts an RHK (hasil + qualifier) the way the seed deck pairs them: from an output IKI, from the output an
activity serves, or, for a leader's RHK, from the part a member delivers. Data: knowledge/rhk_qualifiers.yaml."""

import re
from dataclasses import dataclass

from bot import knowledge
from bot.lang.text import PhraseSet, clean, sentence, tokens
from bot.models import MAX_TEXT_CHARS, IkiDraft, IkiResult, Kind
from bot.rules.draft_reading import read
from bot.rules.lexicon import condition_words, lexicon

_LEADER_SHAPE = re.compile(r"^(?:me|ter|ber|ke)\w+nya$")


@dataclass(frozen=True)
class RhkPlan:
    """What /rhk does with a text: draft from it, draft from its output-based rewrite, or ask the member's part."""

    drafts: list[str]
    verdict: IkiResult | None = None  # the rules' verdict when the text was an activity
    based_on: str = ""  # the output-based IKI the drafts were built from, when it was not the text itself
    leader: bool = False  # a leader's RHK: ask which part the member delivers (drafts is empty)


@knowledge.cached
def _config() -> dict:
    data = dict(knowledge.data("rhk_qualifiers"))  # the cached file stays as read
    data["kind_sets"] = [(PhraseSet(k["words"]), k) for k in data["kinds"]]
    data["present_set"] = PhraseSet(data["present"])
    return data


def member_parts() -> dict[str, dict]:
    return _config()["member_parts"]


def qualifier_present(text: str) -> bool:
    return bool(_config()["present_set"].find(tokens(text)))


def is_leader_rhk(text: str) -> bool:
    """"Meningkatnya cakupan …", "Terwujudnya …": an outcome, not an activity ("terlaksananya …")."""
    words = tokens(read(text).text)
    if len(words) < 2 or lexicon().done_phrases.match_at(words, 0):
        return False
    return words[0] in _config()["leader_heads"] or bool(_LEADER_SHAPE.match(words[0]))


def plan_rhk(text: str, n: int = 3) -> RhkPlan:
    """The rules run first: an activity or a count of meetings or reports gets its verdict, and the RHK is built
    from the result it serves (the first output-based rewrite)."""
    from bot.rewrite import rewrite
    from bot.rules import check_iki

    if not tokens(text):
        return RhkPlan([])
    if is_leader_rhk(text):
        return RhkPlan([], leader=True)
    verdict = check_iki(IkiDraft(indikator=clean(text)[:MAX_TEXT_CHARS]))
    if verdict.kind is Kind.activity and lexicon().measures.match_at(tokens(read(text).text), 0) is None \
            and qualifier_present(text) and not _starts_with_activity(text):
        return RhkPlan([sentence(read(text).text)])  # already an RHK with a qualifier ("Layanan … sesuai standar")
    if verdict.kind is Kind.activity:
        candidates = rewrite(IkiDraft(indikator=text)).candidates
        if candidates:
            based_on = candidates[0].indikator
            return RhkPlan(draft_rhk(based_on, n), verdict=verdict, based_on=based_on)
        return RhkPlan([], verdict=verdict)
    return RhkPlan(draft_rhk(text, n))


def draft_rhk(text: str, n: int = 3) -> list[str]:
    """RHK wordings for an output IKI (or an RHK that already has its qualifier, returned tidied)."""
    reading = read(text)
    words = tokens(reading.text)
    if not words:
        return []
    lex = lexicon()
    measure = lex.measures.match_at(words, 0)
    if not measure and qualifier_present(reading.text):
        return [sentence(reading.text)]
    result = _without_measure(reading.text, measure)
    if measure and lex.measure_class.get(measure) == "score":
        return [sentence(f"{reading.text} {_config()['score_qualifier']}")]
    subject, predicate = _split_relative(result)
    if predicate:
        drafts = [f"{subject} {predicate}" if qualifier_present(predicate)
                  else f"{subject} {predicate} {_config()['predicate_qualifier']}"]
    elif (split := _split_condition(result)) and qualifier_present(split[1]):
        subject, condition = split
        drafts = [f"{subject} {_qualifier(subject).split()[0]} {condition}"]
    else:
        drafts = [f"{result} {_qualifier(result)}"]
    return [sentence(d) for d in drafts][:n]


def member_rhk(leader: str, part_kind: str, part: str) -> str:
    """A member's RHK for their part of a leader's RHK (aspect, region, output antara or service)."""
    words = read(leader).text.split()
    head, rest = words[0], " ".join(words[1:])
    verb = head.lower()[: -len("nya")] if head.lower().endswith("nya") else "tercapai"
    part = clean(part).strip(" .")
    values = {"object": rest[:1].upper() + rest[1:], "verb": verb, "part": part,
              "leader": leader[:1].lower() + leader[1:], "part_result": f"{part} {_qualifier(part)}"}
    return sentence(member_parts()[part_kind]["template"].format(**values))


def _without_measure(text: str, measure: tuple[str, ...] | None) -> str:
    """The text after its measure words: "Rata-rata waktu verifikasi klaim" → "verifikasi klaim"."""
    words = text.split()
    while measure:
        words = words[len(measure):]
        measure = lexicon().measures.match_at(tokens(" ".join(words)), 0) if words else None
    return " ".join(words)


def _split_relative(result: str) -> tuple[str, str]:
    """"Rekomendasi hasil monev yang ditindaklanjuti" → ("Rekomendasi hasil monev", "ditindaklanjuti")."""
    words = result.split()
    lowered = [w.lower() for w in words]
    if "yang" in lowered[1:]:
        at = lowered.index("yang", 1)
        if at + 1 < len(words):
            return " ".join(words[:at]), " ".join(words[at + 1 :])
    return result, ""


def _split_condition(result: str) -> tuple[str, str] | None:
    """"Layanan lab dengan waktu tunggu < 2 jam" → ("Layanan lab", "dengan waktu tunggu < 2 jam")."""
    words = result.split()
    at = next((i for i, w in enumerate(words[1:], start=1) if w.lower() in condition_words()), None)
    return (" ".join(words[:at]), " ".join(words[at:])) if at else None


def _qualifier(result: str) -> str:
    return _kind(result)["qualifier"]


def _kind(result: str) -> dict:
    """The result's kind: its head noun decides first ("Verifikasi usulan …" is a service, not a document), then
    any kind word in it; the last kind (no words) takes the rest."""
    words = tokens(result)
    kinds = [(phrases, kind) for phrases, kind in _config()["kind_sets"] if phrases]
    for phrases, kind in kinds:
        if phrases.match_at(words, 0):
            return kind
    for phrases, kind in kinds:
        if phrases.find(words):
            return kind
    return _config()["kinds"][-1]


def _starts_with_activity(text: str) -> bool:
    from bot.rules.analysis import is_activity_verb

    words = tokens(read(text).text)
    return bool(words) and (is_activity_verb(words, 0, lexicon()) or bool(lexicon().done_phrases.match_at(words, 0)))


def result_phrase(text: str) -> str:
    """The result an IKI names, without its measure word, for the rencana aksi ("Menyusun {hasil}")."""
    return result_parts(text)[0]


def result_parts(text: str) -> tuple[str, str]:
    """What an IKI measures and what must happen to it: "Jumlah SK pensiun BUP yang terbit sebelum TMT pensiun" →
    ("SK pensiun BUP", "terbit sebelum TMT pensiun"); the second is empty when the IKI names no predicate."""
    reading = read(text)
    words = tokens(reading.text)
    measure = lexicon().measures.match_at(words, 0) if words else None
    subject, predicate = _split_relative(_without_measure(reading.text, measure))
    return subject.strip(" .,;:"), predicate.strip(" .,;:")


def result_kind(text: str) -> str:
    """The kind of result an IKI names (knowledge/rhk_qualifiers.yaml: publikasi, dokumen, layanan …)."""
    return _kind(result_phrase(text) or text)["name"]
