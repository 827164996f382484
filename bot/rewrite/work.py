"""Suggestions from a description of one's work: the description split into its tasks (who the user is and where
they work left out), and each task rewritten on its own. Words: knowledge/rewrite/work.yaml."""

import re
from dataclasses import dataclass, field

from bot import knowledge
from bot.lang.english import tells_own_work, work_tasks
from bot.lang.text import PhraseSet, clean, tokens
from bot.lang.words import is_indonesian_word, stem
from bot.models import Candidate
from bot.rewrite import names_work, rewrite
from bot.rewrite.parse import passive, place_at
from bot.rewrite.patterns import patterns
from bot.rewrite.register import casual_words, formal, purpose_output
from bot.rules.analysis import is_activity_verb
from bot.rules.draft_reading import read
from bot.rules.language import casual_root, is_english
from bot.rules.lexicon import lexicon

# A new line, ";", "!", a "," that is not a decimal comma, a "." that ends a sentence: each piece is read apart.
_PIECES = re.compile(r"\n|[;:!?]|,(?!\d)|\.(?=\s|$)|\s[-•]\s")
_IN_BRACKETS = re.compile(r"\([^()]*[\s,][^()]*\)")  # «(servis, BBM)», «(reject analysis)»: examples, how; «(WGS)» stays
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_ABOUT = re.compile(r"^\d+-?an$")  # «300an», «70-an»: about so many, said of a volume, never of a task
_NOMINAL = re.compile(r"^pe[a-z]{4,}an$")  # «pengendalian», «perencanaan»: a peN-…-an noun of work
_ABBREVIATED = re.compile(r"\b([A-Z][a-z]{1,3})\.(?=\s)")  # «Dit. Surveilans», «Dr. Sardjito»: no sentence ends there


@dataclass(frozen=True)
class Task:
    text: str  # the task in formal words, as the rewriter reads it: "menyusun dokumen pengadaan"
    candidates: list[Candidate]  # its suggestions, each passing every rule (empty: none could be formed)
    left_out: bool = False  # past max_tasks: named, not drafted, to be sent again
    also: list[str] = field(default_factory=list)  # later tasks whose suggestions are these same ones
    rhk: bool = False  # the text is an RHK the leader gave: its suggestions are IKI under it, several may be taken


@dataclass(frozen=True)
class _Words:
    breaks: PhraseSet
    joins: frozenset[str]
    join_forms: dict[str, str]
    join_kept_after: frozenset[str]
    inside_forms: dict[str, str]
    introductions: PhraseSet
    lead_ins: PhraseSet
    asking: frozenset[str]
    per_task: int
    single_task: int
    most: int
    max_tasks: int
    chat_joins: dict[str, str]
    not_tasks: frozenset[str]
    remarks: frozenset[str]
    conditions: PhraseSet
    actors: frozenset[str]
    handled_as: str
    work_bodies: PhraseSet
    named_work_verb: str
    self_introductions: PhraseSet


@knowledge.cached
def _words() -> _Words:
    data = knowledge.data("rewrite/work")
    return _Words(PhraseSet(data["task_breaks"]), frozenset(data["task_joins"]), data["join_forms"],
                  frozenset(data["join_kept_after"]), data["inside_forms"], PhraseSet(data["introductions"]), PhraseSet(data["lead_ins"]),
                  frozenset(data["asking"]), data["per_task"],
                  data["single_task"], data["most"], data["max_tasks"], data["chat_joins"],
                  frozenset(data["not_tasks"]), frozenset(data["remarks"]), PhraseSet(data["on_event"]["conditions"]),
                  frozenset(data["on_event"]["actors"]), data["on_event"]["handled_as"], PhraseSet(data["work_bodies"]),
                  data["named_work_verb"], PhraseSet(data["self_introductions"]))


def suggest(description: str) -> list[Task]:
    """Each task the description names (at most max_tasks), with its suggestions: three for a single task, two each
    for several, at most `most` in all, none shown twice."""
    words = _words()
    found = tasks(description)
    # a task named with no suggestion («membantu dokter SC») takes no share of the others'
    formed = {task: rewrite(task, n=words.single_task).candidates for task in found[:words.max_tasks]}
    n = words.single_task if sum(bool(c) for c in formed.values()) == 1 else words.per_task
    seen: set[str] = set()
    drafted: list[Task] = []
    left = words.most
    for task in found[:words.max_tasks]:
        if not left:  # the suggestions shown are as many as a reply holds: this task is sent again
            drafted.append(Task(task, [], left_out=True))
            continue
        fresh = [c for c in formed[task] if c.indikator.lower() not in seen][:min(n, left)]
        seen.update(c.indikator.lower() for c in fresh)
        left -= len(fresh)
        shared = None if fresh else next((d for d in drafted if formed[task] and d.candidates
                                          and formed[task][0] in d.candidates), None)
        if shared is not None:  # «menerima sampel», «memeriksa sampel»: one work, its suggestions shown once
            shared.also.append(task)
        else:
            drafted.append(Task(task, fresh))
    return drafted + [Task(task, [], left_out=True) for task in found[words.max_tasks:]]


NONE_FORMED = ("Dari pesan itu saya belum bisa menyusun usulan IKI: belum terbaca hasil kerja yang bisa diukur{named}. "
               "Tuliskan apa yang dihasilkan pekerjaan Anda, satu tugas per baris (misalnya «menyusun laporan "
               "realisasi anggaran», «memeriksa sampel TB»), atau ketik /prima untuk menyusun IKI langkah demi langkah.")


def text(drafted: list[Task]) -> str:
    """The reply: each task with its numbered suggestions (numbers run on, one button each), then the tasks with
    none and what to do about them. With no suggestion at all it says so, and promises nothing."""
    shown = [task for task in drafted if task.candidates]
    missed = [f"«{task.text}»" for task in drafted if not task.candidates and not task.left_out]
    left_out = [f"«{task.text}»" for task in drafted if task.left_out]
    if not shown:
        return NONE_FORMED.format(named=f" dari {', '.join(missed)}" if missed else "")
    under_rhk = len(shown) == 1 and shown[0].rhk
    lines = ["Saya susun usulan IKI berbasis output untuk "
             + ("pekerjaan Anda:" if len(shown) > 1
                else f"RHK dari pimpinan Anda {_named(shown[0])}; tiap usulan mengukur hasil itu dari satu aspek:"
                if under_rhk else f"pekerjaan {_named(shown[0])}:")]
    number = 1
    for task in shown:
        if len(shown) > 1:
            lines += ["", f"Untuk {_named(task)}:"]
        for candidate in task.candidates:
            lines.append(f"{number}. {candidate.indikator} (satuan: {candidate.satuan})")
            lines.append(f"   Alasan: {candidate.alasan}")
            number += 1
    if missed:
        lines += ["", f"Untuk {', '.join(missed)} belum ada usulan: tuliskan apa hasilnya (dokumen, layanan, data "
                      "yang dihasilkan), atau susun dengan /prima."]
    if left_out:
        lines += ["", f"Tugas lain ({', '.join(left_out)}) kirim lagi sesudah ini, agar usulannya tidak terlalu banyak."]
    pick = "Pilih yang Anda pegang (misalnya «ambil 1 dan 2»)" if under_rhk else "Pilih usulan yang sesuai"
    lines += ["", f"{pick}; target, jenis dan bobotnya saya tanyakan sesudahnya."
              + (" Usulan untuk tugas lain saya tawarkan lagi sesudah IKI yang Anda pilih lengkap." if len(shown) > 1
                 else "")]
    return "\n".join(lines)


def _named(task: Task) -> str:
    return " dan ".join(f"«{text}»" for text in [task.text, *task.also])


def tasks(description: str) -> list[str]:
    """The tasks a description names, in formal words and in order: «sy staf pengadaan, kerjaan sy nyusun dokumen
    pengadaan dan proses tender paket2 di biro umum» → ["menyusun dokumen pengadaan", "proses tender paket"]."""
    found: list[str] = []
    # Written in English: each clause's task put in Indonesian first (bot.lang.english), then read as one typed
    in_english = work_tasks(description) if is_english(description) else []
    for piece in in_english or [_on_event(p) for p in _pieces(description)]:
        keys = {_key(w) for w in piece.split()}
        if _words().self_introductions.match_at([_key(w) for w in piece.split()], 0):
            continue  # «perkenalkan sy Rahmat Hidayat»: who writes, never a task
        if (_words().asking | _words().remarks) & keys or any(_ABOUT.match(k) for k in keys):
            continue  # «bikin IKI nya gmn kak»: a question to the assistant; «TAT nya sering molor», «tiket masuk
            # 300an»: a remark on how the work goes or how much of it comes
        reading = _inside_forms(read(_chat_joins(piece)).text).replace("&", " dan ").replace(" + ", " dan ")
        # «pemeriksaan sanitasi kapal utk nerbitin SSCEC»: the output its purpose names is a task of its own
        output = purpose_output(reading)
        introduced = bool(_words().introductions.match_at([_key(w) for w in piece.split()], 0))
        for n, part in enumerate(_joined(_without_lead_in(verbs_read(formal(reading)))) + ([output] if output else [])):
            task = _without_place(_without_lead_in(part))
            if task and passive(_key(task.split()[0])):
                continue  # «…, yg ditindaklanjuti»: how the task before it should turn out, not a task of its own
            task = task if task and names_work(task) else _verb_led(task, reading) or (
                _named_as_work(task) if introduced and not n else "")
            if task and task.lower() not in (t.lower() for t in found):
                found.append(task)
    return found


def _on_event(piece: str) -> str:
    """«kalo alat rusak sy yg panggil teknisi» → «menangani alat rusak»: work done when something happens handles
    that event (work.yaml `on_event`); any other piece as it is."""
    words = _words()
    raw = piece.split()
    keys = [_key(w) for w in raw]
    condition = words.conditions.match_at(keys, 0)
    if not condition:
        return piece
    actor = next((i for i in range(len(condition) + 1, len(keys) - 1) if keys[i] in words.actors), None)
    task = f"{words.handled_as} {' '.join(raw[len(condition):actor])}" if actor else ""
    return task if task and names_work(task) else piece  # «kalo sempat sy bantu» names no event


def _verb_led(task: str, reading: str) -> str:
    """A piece opened by a work verb or a process word whose words after it name no work the rewriter knows
    («membantu dokter SC», «pengendalian vektor»), or taking part in a work body («ikut tim PPI»): still a task,
    named in the reply with no suggestion, so nothing the user typed is lost; "" for a verb of taking part in
    anything else or leisure («mengikuti senam pagi»), a verb alone, or casual words left in it."""
    if len(task.split()) < 2:  # the register cut who was helped («bantu dokter SC» → «membantu»): as typed
        task = _without_place(_without_lead_in(verbs_read(reading)))
    keys = [_key(w) for w in task.split()]
    words = _words()
    duty = len(keys) > 1 and keys[0] in words.not_tasks and words.work_bodies.match_at(keys, 1)
    if len(keys) < 2 or (keys[0] in words.not_tasks and not duty) or keys[1] in patterns().dangling \
            or not (duty or is_activity_verb(keys, 0, lexicon()) or _process_word(keys, 0) or _nominal(keys[0])):
        return ""  # «kirim ke provinsi»: where the task before it goes, not a task of its own
    return "" if casual_words(task) else task


def _named_as_work(task: str) -> str:
    """«kerjaan sy foto rontgen pasien rawat jalan»: a thing named right after the words that introduce one's work is
    the work done (work.yaml `named_work_verb` before it), when the rewriter then reads work in it (tester18 #8: it
    got «belum terbaca hasil kerja»); "" for a word alone, a verb the reading left out, or casual words."""
    keys = [_key(w) for w in task.split()]
    if len(keys) < 2 or _process_word(keys, 0) or keys[0] in _words().not_tasks or casual_root(keys[0]) \
            or casual_words(task):
        return ""
    named = f"{_words().named_work_verb} {task}"
    return named if names_work(named) else ""


def _nominal(key: str) -> bool:
    """A peN-…-an noun made from a word («pengendalian» from «kendali», «perencanaan»): the name of a piece of
    work, though no family of the rewriter knows it."""
    root = stem(key)
    return bool(_NOMINAL.match(key)) and root != key and len(root) > 3 and is_indonesian_word(root)


def _chat_joins(piece: str) -> str:
    """«sm» as the chat means it in a description, «sama» (and/with), read before the rules' reading makes it
    «dengan»: «periksa TB sm malaria» is TB and malaria, «…, sm dokumentasi askep» a task of its own."""
    forms = _words().chat_joins
    return " ".join(forms.get(w.lower(), w) for w in piece.split())


@knowledge.cached
def _verb_of_root() -> dict[str, str]:
    """Each root → the formal meN- verb the rewrite vocabulary writes for it («tulis» → «menulis», «pantau» →
    «memantau»): every meN- verb of knowledge/rewrite/* and the rules' activity verbs, plus work.yaml `verbs`."""
    found: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            found.extend(w for w in value.lower().split() if w.startswith("me") and w.isalpha() and len(w) > 4)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for name in ("rewrite/english", "rewrite/register", "rewrite/patterns", "rewrite/work", "rules/lexicon"):
        walk(knowledge.data(name))
    verbs: dict[str, str] = {}
    for verb in sorted(set(found) - lexicon().not_verbs, key=lambda w: (len(w), w)):  # the plainest form wins
        root = stem(verb)
        if root != verb and is_indonesian_word(root):
            verbs.setdefault(root, verb)
    return verbs


_COMMAND_SUFFIX = "kan"


def verbs_read(text: str) -> str:
    """A task opened by a bare or spoken root verb in its formal form: «cegah VAP» → «mencegah VAP», «nulis notulen»
    → «menulis notulen», «terbitkan SSCEC» → «menerbitkan SSCEC», «inputkan RBA» → «input RBA», also after a lead-in
    or a joining word («kerjaan saya hitung stok obat»)."""
    raw = text.split()
    words, verbs = _words(), _verb_of_root()
    for i, word in enumerate(raw):
        key = _key(word)
        opens = i == 0 or _key(raw[i - 1]) in words.joins or words.lead_ins.match_at([_key(raw[i - 1])], 0)
        if not (opens and i + 1 < len(raw) and key.isalpha()) or key.startswith("me") or key in words.joins \
                or words.lead_ins.match_at([key], 0):
            continue
        root = key if key in verbs else casual_root(key) or ""
        verb = verbs.get(root, "")
        # the command form of a meN-…-kan verb («terbitkan SSCEC» → «menerbitkan SSCEC»)
        commanded = key.endswith(_COMMAND_SUFFIX) and verbs.get(key[: -len(_COMMAND_SUFFIX)], "").endswith(key[1:])
        verb = verbs[key[: -len(_COMMAND_SUFFIX)]] if commanded else verb
        bare = key[: -len(_COMMAND_SUFFIX)] if key.endswith(_COMMAND_SUFFIX) and not commanded else ""
        if bare and _process_word([bare], 0) and not _process_word([key], 0):
            raw[i] = word[: -len(_COMMAND_SUFFIX)]  # «inputkan RBA», «verifikasikan SPJ»: a process word made a command
            continue
        # only a plain meN- form of the root («hasil» is no «menghasilkan»); a borrowed noun («kalibrasi», «proses»)
        # names the work already, as a process word does
        if verb and (commanded or verb.endswith(root[1:])) and not root.endswith("si") \
                and not _process_word([key], 0) and key not in patterns().skip_before_process:
            raw[i] = verb
    return " ".join(raw)


def introduces_work(text: str) -> bool:
    """Whether the message says it describes the user's work («tugas saya: …», «kerjaan aku tiap hari …»)."""
    # split as the phrases are («i'm» is «i m»); in English, «I prepare …» says it as well
    return _words().introductions.find(tokens(text)) is not None or (is_english(text) and tells_own_work(text))


def _pieces(text: str) -> list[str]:
    """The description cut at punctuation, new lines and words of sequence («…, lalu …»)."""
    pieces: list[str] = []
    breaks = _words().breaks
    for piece in _PIECES.split(_IN_BRACKETS.sub(" ", _ABBREVIATED.sub(r"\1", text))):
        raw = clean(piece).split()
        keys = [_key(w) for w in raw]
        start = 0
        i = 0
        while i < len(keys):
            found = breaks.match_at(keys, i)
            if found and i > start:
                pieces.append(" ".join(raw[start:i]))
                start = i + len(found)
                i = start
            elif found:
                start = i = i + len(found)
            else:
                i += 1
        if start < len(raw):
            pieces.append(" ".join(raw[start:]))
    return [p for p in pieces if p.strip()]


def _joined(text: str) -> list[str]:
    """A piece cut where a joining word («dan», «serta») stands between two pieces of work, each with its own object:
    «menyusun dokumen pengadaan dan proses tender» is two; «TB dan malaria», «monitoring dan evaluasi SBBL» one."""
    raw = text.split()
    keys = [_key(w) for w in raw]
    joins = _words().joins
    parts, start = [], 0
    for i, key in enumerate(keys):
        if key not in joins or not _opens_work(keys, i + 1):
            continue
        end = next((j for j in range(i + 1, len(keys)) if keys[j] in joins), len(keys))
        if _has_object(keys, start, i) and _has_object(keys, i + 1, end):
            parts.append(" ".join(raw[start:i]))
            start = i + 1
    parts.append(" ".join(raw[start:]))
    return [_formal_joins(p) for p in parts if p]


def _inside_forms(text: str) -> str:
    """«rekap absensi buat remun» → «rekap absensi untuk remun»: a word's meaning past the start of a piece."""
    forms = _words().inside_forms
    raw = text.split()
    return " ".join(forms.get(w.lower(), w) if i else w for i, w in enumerate(raw))


def _formal_joins(text: str) -> str:
    """«TB sama malaria» → «TB dan malaria»; «kerja sama» stays."""
    words = _words()
    raw = text.split()
    return " ".join(words.join_forms.get(w.lower(), w) if i and raw[i - 1].lower() not in words.join_kept_after else w
                    for i, w in enumerate(raw))


def _has_object(keys: list[str], start: int, end: int) -> bool:
    """Whether keys[start:end] hold a word besides work and process words: what the work is done to."""
    joins = _words().joins
    return any(keys[j] not in joins and not _process_word(keys, j) for j in range(start, end))


def _process_word(keys: list[str], i: int) -> bool:
    """A work verb or a process word at i (menyusun, monitoring, pengadaan, analisis, pendayagunaan)."""
    pat, lex = patterns(), lexicon()
    return is_activity_verb(keys, i, lex) or bool(pat.family_of(keys, i) or lex.process_nouns.match_at(keys, i)) \
        or (i < len(keys) and keys[i] in pat.passives)


def opens_work(text: str) -> bool:
    """Whether the text opens with work of its own («inspeksi TTU», «rekap data»), not with what work is done to
    («TPM di area pelabuhan»)."""
    return _opens_work([_key(w) for w in text.split()], 0)


def _opens_work(keys: list[str], i: int) -> bool:
    """Whether work of its own opens at i: a work verb, a process word, or «proses»/«kegiatan» before one."""
    if i >= len(keys):
        return False
    if _process_word(keys, i):
        return True
    return keys[i] in patterns().skip_before_process and i + 1 < len(keys) and bool(patterns().family_of(keys, i + 1))


def _without_lead_in(text: str) -> str:
    """«tugas asuhan keperawatan …» → «asuhan keperawatan …»: the words that only introduce the work."""
    raw = text.split()
    keys = [_key(w) for w in raw]
    words = _words()
    i = 0
    while i < len(keys) and ((found := words.lead_ins.match_at(keys, i)) or keys[i] in words.joins):
        end = i + (len(found) if found else 1)
        if found and found[-1] in words.join_kept_after and end < len(keys) and keys[end] in words.joins:
            break  # «kerja sama teknis …»: the lead-in word is part of the work's name
        i = end  # «…, sama dokumentasi askep»: the joining word opened the piece
    return " ".join(raw[i:])


def _without_place(text: str) -> str:
    """«proses tender paket di biro umum» → «proses tender paket»: where the user works says nothing of the result."""
    raw = text.split()
    at = place_at([_key(w) for w in raw], raw)
    return " ".join(raw[:at] if at is not None else raw).strip(" ,;:")


def _key(word: str) -> str:
    return _EDGE.sub("", word.lower())


__all__ = ["Task", "introduces_work", "suggest", "tasks", "text"]
