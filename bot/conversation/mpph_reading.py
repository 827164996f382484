"""What a Ketua Tim types in /mpph, read: mpph.yaml's phrase lists, the method named, step 1's indicator line,
the turn to the own draft and a request to save the own part."""

import re

from bot import knowledge
from bot.conversation.answers import fields_in, measure_class
from bot.conversation.choices import typed_choice
from bot.conversation.state import MpphState
from bot.lang.numbers import parse_target
from bot.lang.text import PhraseSet, tokens
from bot.rules.draft_reading import read
from bot.skp.mpph import METHOD_LABELS

MAX_LABEL_WORDS = 4  # «Indikator atasan saya:» names what follows; a longer head is a sentence of its own
_SENTENCE_END = re.compile(r"\.\s+(?=[^\W\d_])")  # «90%. ini …», never «3.5» nor «82,5»
_LEADER_TARGET = re.compile(r"^(?P<name>.+?)[,;]?\s+target(?:\s+(?:nasional|tahun|th\.?|\d{4}))*\s*[:=]?\s*(?P<target>[^,;]+?)\s*$",
                            re.IGNORECASE)


@knowledge.cached
def mpph_phrases() -> dict:
    data = knowledge.data("mpph")
    words = {key: PhraseSet(data[key]) for key in ("sisa_saya", "sisa_lain", "sisa_tidak_ada", "sisa_ada", "daftar_nama",
                                                   "selesai", "iki_sendiri")}
    return words | {"diri_sendiri": PhraseSet(data["sisa_saya"] + data["diri_sendiri"])}  # «saya» is the leader too


def is_self(name: str) -> bool:
    """«saya sendiri», «sy», «Ketua Tim»: the whole name is the leader."""
    words = tokens(name)
    found = mpph_phrases()["diri_sendiri"].match_at(words, 0)
    return bool(found) and len(found) == len(words)


@knowledge.cached
def holder_after() -> re.Pattern:
    """What names the holder of the rest: «dipegang oleh …», «… pegang»."""
    verbs = sorted(knowledge.data("mpph")["kata_pegang"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b\s*(?P<holder>.*)$", re.IGNORECASE)


def says(key: str, text: str) -> bool:
    return bool(mpph_phrases()[key].find(tokens(text)))


def turns_to_own_draft(text: str) -> bool:
    """«sekarang iki saya sendiri», «lanjut skp sy sendiri ya»: the leader moves on to their own draft (mpph.yaml
    iki_sendiri), in a short message that is no indicator."""
    words = tokens(text)
    return 0 < len(words) <= 10 and ";" not in text and not names_indicator(text) \
        and mpph_phrases()["iki_sendiri"].find(words) is not None


MIN_OWN_WORDS = 3  # «IKI sy sendiri: persentase …»: words enough after the phrase to hold an IKI of one's own


@knowledge.cached
def _own_said() -> re.Pattern:
    phrases = sorted(knowledge.data("mpph")["iki_sendiri"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b",
                      re.IGNORECASE)


def own_iki_after(text: str) -> str | None:
    """«ok. IKI sy sendiri: integrasi (CL), persentase tiket …, IP ASN» while /mpph asks: the leader's own IKI told
    after the words for them (mpph.yaml iki_sendiri), longer than a turn to the own draft; the words after them, to
    be read as the leader's own (d20-dev06, dev02: taken as the MPPH's indicator, then lost). None else."""
    found = _own_said().search(text)
    if found is None or turns_to_own_draft(text):
        return None
    rest = text[found.end():].lstrip(" :-–—,.")
    return rest if len(tokens(rest)) >= MIN_OWN_WORDS else None


def asks_save_own(text: str, flow: MpphState | None = None) -> bool:
    """«simpan», «simpan ke draf», «yg bagian sy simpan ke draf sy jg»: the leader's own part to their draft (a verb
    and a place of mpph.yaml simpan_sendiri), never a question, an indicator typed, nor a member's part («masukin
    bagian Andi ke skp dia»)."""
    if text.strip().lower() in ("simpan", "simpan ke draf"):
        return True
    words, said = set(tokens(text)), knowledge.data("mpph")["simpan_sendiri"]
    members = {w for leader in (flow.indicators if flow else []) for role in leader.peran if not role.sendiri
               for w in tokens(role.pegawai)}
    return "?" not in text and "\n" not in text.strip() and not names_indicator(text) and not words & members \
        and bool(words & set(said["verbs"])) and bool(words & set(said["where"]))


def asks_save_mpph(text: str) -> bool:
    """«oke simpan mpph nya», «simpan matriksnya»: the MPPH itself to be saved (a verb of mpph.yaml simpan_sendiri
    and a word of simpan_mpph), never a question."""
    words = set(tokens(text))
    data = knowledge.data("mpph")
    return "?" not in text and bool(words & set(data["simpan_sendiri"]["verbs"])) and bool(words & set(data["simpan_mpph"]))


def leader_line(text: str) -> tuple[str, str]:
    """"Nama; 80%", "…, target nasional 80%", "… target 2026 = 80%", or a target read from the sentence; a label
    before it is none of its name («Indikator atasan: Persentase …», d17-dev02: the indicator went unread)."""
    text = _unlabelled(text)
    if ";" in text:
        name, _, target = (part.strip() for part in text.partition(";"))
        return name, target
    found = _LEADER_TARGET.match(text.strip())
    # «…, target 90%. ini ada di IKK kok»: the sentence after the target is a remark, none of it (d18-dev07)
    target = _SENTENCE_END.split(found["target"], maxsplit=1)[0] if found else ""
    if found and parse_target(target) is not None:
        name = found["name"].strip(" ,")
        reading = read(name)  # "yg", "dgn" spelled out, as for any draft
        return (name if reading.target else reading.text), target
    reading = read(text)
    if reading.target:
        return reading.text, reading.target
    typed = fields_in(text)  # «Persentase kab/kota yang mencapai IDL 95%»: the target typed after it, as in the chat
    return (typed.indikator, typed.target.text) if typed.target is not None else (text.strip(), "")


def typed_with_target(text: str) -> bool:
    """«indikator rs: Persentase insiden … sesuai waktu, target 90%. ini ada di IKK kok»: an indicator named with its
    target, the step's answer, never a catalog search for the IKK it mentions."""
    name, target = leader_line(text)
    return names_indicator(name) and parse_target(target) is not None


def _unlabelled(text: str) -> str:
    """The indicator after a short label naming it («Indikator atasan: Persentase …», «IKI pimpinan: Jumlah …»); the
    text as typed when the words before the colon are more than a label or what follows names no indicator."""
    head, colon, rest = text.partition(":")
    words = tokens(head)
    if not colon or not words or len(words) > MAX_LABEL_WORDS or any(w.isdigit() for w in words):
        return text
    return rest.strip() if names_indicator(rest.strip()) else text


def indicator_line(text: str) -> bool:
    """«Persentase kab/kota …; 90%»: one line in step 1's form, naming an indicator and its target."""
    if "\n" in text.strip() or ";" not in text:
        return False
    name, target = leader_line(text)
    return names_indicator(name) and parse_target(target) is not None


def is_done_word(text: str) -> bool:
    return mpph_phrases()["selesai"].match_at(tokens(text), 0) is not None and len(tokens(text)) <= 2


def names_indicator(text: str) -> bool:
    """«Persentase puskesmas yang menerapkan SBBL»: a measure and what it measures, not «banyak» alone."""
    return bool(measure_class(text)) and len(text.split()) >= 3


def own_iki_lines(text: str) -> bool:
    """«Persentase …; 90%» on each line: every line opens with an indicator, where a role line opens with a person
    («Rina; Sumatera; 85%»), so a role's change waiting is not what it answers (tester55 F14)."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return bool(lines) and all(names_indicator(re.split(r"[;\t]", line, maxsplit=1)[0]) for line in lines)


def method_in(text: str) -> str | None:
    """The method a typed answer names («wilayah», «per wilayah», «2»), by its label."""
    keys = list(METHOD_LABELS)
    fillers = set(knowledge.data("mpph")["kata_cara"])
    named = " ".join(w for w in tokens(text) if w not in fillers) or text
    picked = typed_choice(named, [METHOD_LABELS[key] for key in keys])
    if picked is not None:
        return keys[picked]
    # «bagi per regional ke 3 anggota»: a word naming one method only (mpph.yaml method_words), after «bagi/per»
    words = tokens(text)
    found = {key for key, named_by in knowledge.data("mpph")["method_words"].items() if set(named_by) & set(words)}
    if fillers & set(words) and len(found) == 1:
        return found.pop()
    first, stop, _ = text.partition(". ")  # «dibagi per wilayah aja. Rizal: Sumatera, …»: its first sentence names it
    if stop and first.strip() and (method := method_in(first)) is not None:
        return method
    head, colon, _ = text.partition(":")  # «bagi per wilayah: Andi Sumatera, Budi Jawa»: the head names it
    return method_in(head) if colon and head.strip() else None


MAX_LEAD_WORDS = 4  # «Pembagian IKI», «mau bagi indikator»: a lead-in before the indicator, never a sentence of its own


def indicator_inside(text: str) -> tuple[str, str] | None:
    """«Pembagian IKI Persentase fasyankes yang melapor tepat waktu per regional ke 3 anggota»: the indicator a step-1
    message names after a short lead-in or before the words saying how it is split, and those words (kept for the
    method); None when the message opens with nothing but the indicator or holds none (play40 F5: the indicator went
    unread, every later message refused the same way)."""
    if "\n" in text.strip() or ";" in text:
        return None
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    start = next((at for at, (begin, _) in enumerate(spans[:MAX_LEAD_WORDS + 1])
                  if names_indicator(text[begin:])), None)
    if start is None:
        return None
    heads = set(knowledge.data("mpph")["method_head"])
    cut = next((begin for begin, end in spans[start + 2:] if text[begin:end].lower() in heads
                and method_in(text[begin:]) is not None), len(text))
    name, rest = text[spans[start][0]:cut].strip(" ,.-"), text[cut:].strip()
    if (not start and not rest) or not names_indicator(name):
        return None
    return name, rest
