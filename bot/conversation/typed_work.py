"""Work typed in a message: an IKI sentence (whether a message reads as one, and the sentence itself among talk, an
example marker or a sentence of context) or a description of other work, told where a field's answer was expected."""

import re

from bot import knowledge
from bot.conversation.answers import (
    fields_in,
    names_weight,
    read_answer,
    skips_field,
    typed_target,
    without_lead_in,
)
from bot.conversation.iki_fields import NUMBER_FIELDS
from bot.conversation.intent import Intent, Route, classify, says_own_work
from bot.lang.dates import read_quarter
from bot.lang.text import tokens


def is_new_iki(text: str, intent: Intent | None = None) -> bool:
    """An IKI sentence (a measure word and some work, no number for the field asked), not an answer to the field."""
    return reads_as_iki(text, intent) and not read_answer(text).numbers


def reads_as_iki(text: str, intent: Intent | None = None) -> bool:
    """A measure word first and some known work: an IKI sentence (numbers in it or not)."""
    from bot.rules.lexicon import lexicon

    intent = intent or classify(text)
    words = tokens(intent.reading.text) if intent.reading else []
    return bool(intent.route is Route.iki and intent.work_object and words and lexicon().measures.match_at(words, 0))


def new_iki_in(text: str) -> str | None:
    """An IKI sentence typed while a field is asked, perhaps with its target and after a sentence of context
    («ini data pasien, kalo bocor bahaya. Persentase permintaan data yg diproses sesuai protokol, 100»): that
    sentence, else None (an answer to the field)."""
    from bot.rules.lexicon import lexicon

    last = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
    parts = (text.strip(), last, without_lead_in(last), _from_measure(last))  # «ok also add: Persentase …, 50»
    for part in dict.fromkeys(p for p in parts if p):
        intent = classify(part)
        words = tokens(intent.reading.text) if intent.reading else []
        if intent.route is Route.iki and intent.work_object and _names_its_target(part):
            # «yg hasil TB dilaporkan sesuai TAT, target 85»: work with «target N» is an IKI, no answer; «ok Jumlah
            # sertifikat …, target 12»: from its measure word, the «ok» before it no part of the IKI
            return part if words and lexicon().measures.match_at(words, 0) else _from_measure(part) or part
        if not (intent.route is Route.iki and intent.work_object and words and lexicon().measures.match_at(words, 0)):
            continue
        numbers = read_answer(part).numbers
        if not numbers or intent.reading.target:  # its target read off the sentence, or none
            return part
        typed = fields_in(part)  # «Persentase hasil uji yg diverifikasi penyelia sebelum dirilis 100»
        if typed.target is not None and typed.indikator != part and reads_as_iki(typed.indikator):
            return part
        head, comma, tail = part.partition(",")
        guess = typed_target(tail) if comma and reads_as_iki(head) else None
        if guess is not None:  # «Persentase pengadu yg puas …, gatau berapa, mungkin 70an»: the IKI and its guess
            return f"{head.strip()}, {guess.text}"
        if len(tokens(part[: numbers[0].start])) > MIN_WORK_WORDS + 1:  # «Persentase sampel yg ditolak … dibawah 5%»:
            return part  # a number deep inside a measured sentence is part of the IKI, never the field's answer
        if len(tokens(part[numbers[-1].end:])) > MIN_WORK_WORDS + 1:  # «Persentase data dari 38 provinsi yang valid
            return part  # dan …»: the sentence goes on past its last number, which is its own word (tester21b #1)
    return None


def after_example(text: str) -> str | None:
    """«PME itu kegiatan. ganti jd hasilnya, mis. persentase parameter PME yg hasilnya memuaskan. target 100%»: the IKI
    an example marker opens (conversation.yaml `example_markers`) when a measure word follows it, with a target
    sentence after it joined by a comma; the talk before the marker is no part of it (tester19 #5: «itu kegiatan
    ganti jd hasilnya» became IKI text). None when no marker opens an IKI."""
    from bot.rules.lexicon import lexicon

    for match in reversed(list(_example_markers().finditer(text))):
        rest = text[match.end():].strip()
        if not lexicon().measures.match_at(tokens(rest), 0):
            continue
        first, *after = re.split(r"(?<=[.!?])\s+", rest)
        tail = " ".join(after).strip().rstrip(".")
        iki = first.rstrip(".") + (f", {tail}" if tail and "target" in read_answer(tail).named else "")
        return iki[0].upper() + iki[1:]
    return None


@knowledge.cached
def _example_markers() -> re.Pattern:
    markers = sorted(knowledge.data("conversation")["example_markers"], key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[\s,;.:(]))(?:" + "|".join(re.escape(m) for m in markers) + r")(?=[\s:,])[\s:,]*",
                      re.IGNORECASE)


MIN_WORK_WORDS = 3  # «hasil TB dilaporkan …»: enough words before «target N» to be work, not «yg ini target 85»
MAX_LEAD_WORDS = 4  # «oh gitu, pake yg persentase …»: a few words of talk before the measure word


def _from_measure(text: str) -> str | None:
    """«oh gitu, pake yg persentase rekomendasi monev diselesaikan, 80%»: the sentence from a measure word that
    follows a few words of talk; None when there is no such word (or the talk is a question)."""
    from bot.rules.lexicon import lexicon

    words = text.split()
    for lead in range(1, min(MAX_LEAD_WORDS, len(words) - 2) + 1):
        if "?" in " ".join(words[:lead]):
            return None
        rest = " ".join(words[lead:])
        if lexicon().measures.match_at(tokens(rest), 0):
            if lead > 1 and says_own_work(" ".join(words[:lead - 1])):
                return None  # «sy jg ngurus data capaian kinerja …»: the measure word inside the work's object
            return rest[0].upper() + rest[1:]  # «persentase …» mid-sentence starts the IKI
    return None
_RELATIVE = re.compile(r"\S\s+(?:yg|yang)\s+\w+", re.IGNORECASE)  # «keluhan …, yg ditindaklanjuti», «yg datanya lengkap»


def new_work(text: str, field: str) -> str | None:
    """A description of other work typed while a field is asked («sy jg PIC akreditasi ISO 17025, surveilans KAN
    bulan Oktober», «sama keluhan pelanggan lab, yg ditindaklanjuti»), to draft IKI from: the work, lead words off;
    None when the message answers the field (a number, a jenis, a quarter, not knowing) or is a question, small
    talk or an aside («bentar kak ada sampel masuk»)."""
    from bot.conversation.activities import without_lead
    from bot.conversation.intent import has_work_object, work_introduced

    answer = read_answer(text)
    if "?" in text or field == "satuan" or answer.correction or answer.unsure or answer.takes_suggestion \
            or skips_field(text):
        return None
    told = work_introduced(text)  # «sy jg ngurus survei …, targetnya indeks 3,5»: other work, its number with it
    # a jenis named at any field asked puts the jenis of the IKI asked («eh ini hrsnya Beyond, inovasi sy sendiri»)
    if (field in NUMBER_FIELDS and answer.numbers and not told) or (field and answer.jenis is not None and not told) \
            or (field == "triwulan_selesai" and read_quarter(text) is not None):
        return None
    if classify(text).route in (Route.question, Route.smalltalk) or (names_weight(text) and not told):
        return None  # «bobotnya kebanyakan, bagi rata aja semua» is about weights, no work (tester20a #4)
    work = work_introduced(text) or without_lead(text)
    if len(tokens(work)) < MIN_WORK_WORDS or not has_work_object(work):
        return None
    clauses = [part for part in re.split(r"[,;]", work) if len(tokens(part)) >= 2]
    return work if len(clauses) >= 2 or _RELATIVE.search(work) or work_introduced(text) else None


MAX_UNIT_WORDS = 3  # «%», «orang», «hari kerja», «sertifikat kalibrasi»: a unit is a word or two


def not_a_unit(text: str, intent: Intent | None = None) -> bool:
    """«yg penting jg hasil positif dilaporkan ke dinkes dlm 1x24 jam» typed at «Satuan targetnya?»: a sentence of
    work, to be read as what it is, never kept as the unit."""
    intent = intent or classify(text)
    return len(tokens(text)) > MAX_UNIT_WORDS and intent.route is Route.iki and bool(intent.work_object)


def _names_its_target(text: str) -> bool:
    """Some work, then its target named by word («…, target 85»; not «target 90% yg selesai dlm 5 hari», nor a list
    led by it, «targetnya: 85%, HI < 1%, kepadatan tikus ≤ 1, 90%»: d11-kkp05 checked that as an IKI)."""
    if "target" not in read_answer(text).named:
        return False
    words = tokens(text)
    if words and words[0] in knowledge.data("conversation")["named_targets"]["target"]:
        return False
    typed = fields_in(text)
    return typed.target is not None and len(tokens(typed.indikator)) >= MIN_WORK_WORDS


def planned_addition(text: str) -> str | None:
    """«sy jg mau tambah inovasi bikin video edukasi latihan … pasca stroke»: the work a plan asks to add to the draft,
    after its add word (conversation.yaml `add_lead`) and the words naming the kind of work («inovasi», «ide baru»:
    `planned_work_openers`); None without an add word or with less than two words of work after it (tester55 F2)."""
    from bot.conversation.intent import has_work_object

    data = knowledge.data("conversation")
    adds = "|".join(re.escape(w) for w in sorted(data["add_lead"], key=len, reverse=True))
    found = re.search(rf"(?<!\w)(?:{adds})(?!\w)", text, re.IGNORECASE)
    if not found:
        return None
    work = text[found.end():].strip(" :,.-")
    openers = sorted(data["planned_work_openers"], key=len, reverse=True)
    while (opener := next((o for o in openers if re.match(rf"{re.escape(o)}(?!\w)", work, re.IGNORECASE)), None)):
        work = work[len(opener):].strip(" :,.-")
    return work if len(tokens(work)) >= 2 and has_work_object(work) else None


def beyond_said(text: str) -> bool:
    """The message calls its work an innovation or Beyond (conversation.yaml `beyond_cues`, `jenis` `beyond`)."""
    from bot.lang.text import phrase_set

    words = tokens(text)
    return bool(phrase_set("conversation", "beyond_cues").find(words)
                or set(knowledge.data("conversation")["jenis"]["beyond"]) & set(words))
