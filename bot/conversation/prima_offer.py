"""The IKI PRIMA proposes together from the work a user told it (the unit's goals searched at step 1, their own work):
one per activity, each with the target told for it (matched by its words, else in the order typed), shown as one
list that «Simpan semua usulan ke draf» saves. A value naming other work is an IKI of its own words; one nothing
can take is said back, never dropped."""

import re

from bot import knowledge, render
from bot.conversation.activities import activities, drafted_each
from bot.conversation.answers import read_answer, without_lead_in
from bot.conversation.iki_fields import Fields
from bot.conversation.replies import Button
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.lang.values import Number, numbers_in
from bot.models import Candidate, IkiDraft
from bot.rules import check_iki
from bot.rules.skp_rules import is_mandatory, mandatory_iki
from bot.rules.target_fit import target_misfit

SAVE = Button("Simpan semua usulan ke draf", "prima:offer:save")
FORMED = "dibentuk dari target yang Anda tulis"  # the reason a proposal formed from a value's own words carries


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("conversation")["prima_offer"]
    lost_words = knowledge.data("intent")["smalltalk"]["confused"]["phrases"]
    times = {name for names in knowledge.data("capaian")["time_unit_names"].values() for name in names}
    return {"save": PhraseSet(data["save"]), "accept": PhraseSet(data["accept"]), "accept_words": data["accept_words"],
            "not_content": frozenset(data["not_content"]), "lost": PhraseSet(lost_words), "time_units": frozenset(times),
            "time_measure": data["time_measure"], "count_measure": data["count_measure"],
            "frequency": frozenset(data["frequency"]), "unit_indicator": frozenset(data["unit_indicator"])}


def drafted(unit: str, work: str, assistant, limit: int) -> tuple[list[Candidate], dict[str, str], list[str]]:
    """The proposals from the unit's words searched at step 1 (their goals, first) and the user's own work, at most
    `limit`, each output-based and passing the rules; the targets those words give them, by their text; and the
    activities of the work no proposal could be drafted for, to be named (the unit's words that name none are only
    searched words)."""
    proposals, targets, missed = [], {}, []
    for text in (unit_goals(unit), work):
        if not text:
            continue
        found, unnamed = drafted_each(text, assistant, limit - len(proposals), kept="ditulis dalam pesan Anda")
        if text is work and unnamed and unit:  # «ikut PT» after the unit's «mutu lewat uji profisiensi»
            again = [spelled for activity in unnamed if (spelled := spelled_out(activity, unit)) != activity]
            more, _ = drafted_each("\n".join(again), assistant, limit - len(proposals) - len(found),
                                   kept="ditulis dalam pesan Anda") if again else ([], [])
            found += more
            unnamed = [a for a in unnamed if not _content(spelled_out(a, unit)) & {w for c in more
                                                                               for w in _content(c.indikator)}]
        fresh = [c for c in found if all(tokens(c.indikator) != tokens(p.indikator) for p in proposals)]
        missed += unnamed if text is work else []
        told = [IkiDraft(indikator=c.indikator, satuan=c.satuan or None) for c in fresh]
        applied(told, text, only_named=True)  # «layanan lab sesuai TAT 90%»: the unit's target for its IKI
        targets |= targets_of(told)
        proposals += fresh
    return proposals, targets, missed


_CLAUSE_END = re.compile(r"([,;\n]|\.(?!\d))")  # «5.1.1», «95.5%» are no end of a clause


def unit_goals(unit: str) -> str:
    """The words searched at step 1 without the unit's indicator they tell («indikator balai kami persentase sinyal
    kewaspadaan dini yang direspons»: from an indicator word to the end of its clause, prima_offer `unit_indicator`):
    that indicator is what the user's IKI cascade from, never one of them, nor glued into one («Persentase indikator
    balai persentase …»); the unit's goals and work beside it stay to be drafted («… layanan lab sesuai TAT 90%»)."""
    names = _words()["unit_indicator"]
    kept = []
    for clause in _CLAUSE_END.split(unit):  # the marks kept between clauses (a new line still ends one)
        words = clause.split(" ")
        at = next((n for n, word in enumerate(words) if set(tokens(word)) & names), None)
        kept.append(clause if at is None else " ".join(words[:at]))
    return "".join(kept).strip(" ,;.\n")


def spelled_out(activity: str, said: str) -> str:
    """«ikut PT» told after the unit's «mutu lewat uji profisiensi»: a shorthand the user's own words spell out (the
    logbook's shorthand, catatan_harian.yaml synonyms: «pt» is uji profisiensi) written as that longer form, only when
    `said` holds it, so a «PT» no earlier words explain stays as typed; the activity as typed when none."""
    from bot.year.vocabulary import vocabulary

    terms = vocabulary().terms
    heard = {unit for unit in terms.canonical_units(tokens(said)) if len(unit) > 1}
    out = []
    for word in activity.split():
        key = tuple(tokens(word))
        head = terms.canonical.get(key)
        out.append(" ".join(head) if len(key) == 1 and head and head != key and head in heard else word)
    return " ".join(out)


def own_work_listed(text: str) -> bool:
    """«kegiatan sy: ANC terpadu, pertolongan persalinan, kunjungan nifas»: a label naming one's own work before a
    colon (conversation.yaml prima_offer `work_nouns`, `own`), then several tasks: work told, to propose IKI from."""
    data = knowledge.data("conversation")["prima_offer"]
    head, colon, rest = text.partition(":")
    words = tokens(head)
    return bool(colon) and 2 <= len(words) <= 4 and bool(set(words) & set(data["work_nouns"])) \
        and bool(set(words) & set(data["own"])) and len([p for p in re.split(r"[,;\n]", rest) if tokens(p)]) >= 2


def lost(text: str) -> bool:
    """«sy ga ngerti strategi balai kak, …»: the user says they are lost; the steps guide them, one at a time."""
    return _words()["lost"].find(tokens(text)) is not None


def drafts(proposals: list[Candidate], targets: dict[str, str], mandatory: bool) -> list[IkiDraft]:
    """The proposals as IKI with the targets told for them; the mandatory IKI last when the draft still needs it."""
    found = [IkiDraft(indikator=p.indikator, satuan=p.satuan or None, target=targets.get(p.indikator))
             for p in proposals]
    if mandatory:
        iki = mandatory_iki()
        found.append(iki.model_copy(update={"target": targets.get(iki.indikator, iki.target)}))
    return found


def targets_of(found: list[IkiDraft]) -> dict[str, str]:
    """The targets set, by the IKI's text (as PrimaState.offer_targets keeps them)."""
    return {d.indikator: d.target for d in found if d.target is not None}


def lists_values(text: str) -> bool:
    """«target TCM 3000 sampel setahun, input SITB max 24 jam, metode baru 2»: targets for several IKI, every part
    but one a value («sisanya ok» beside them), so no answer to a step before the IKI are proposed."""
    parts = [p for p in (p.strip() for p in _PARTS.split(text)) if p and _content(p)]
    return len(_values(text)) >= 2 and len(_values(text)) >= len(parts) - 1


def one_value_told(text: str) -> bool:
    """«100% lah itu nyawa pasien», «QA linac dlm toleransi gatau sih 95an mungkin»: one target told before any IKI is
    proposed, a share or a guess with its reason or its work around it (held as lists_values's are); never a
    question, nor a count of things («2 orang»)."""
    values = _values(text)
    if "?" in text or len(values) != 1 or len(read_answer(text).numbers) != 1:
        return False
    number = values[0][1]
    return number.unit == "%" or number.approximate


def accepts(text: str) -> bool:
    """«sisanya ok», «udah sesuai semua», «ok»: the list as shown is accepted (a short message only)."""
    words = tokens(text)
    return len(words) <= _words()["accept_words"] and _words()["accept"].find(words) is not None


def saves(text: str) -> bool:
    """«simpan», «ok simpan semua», «udah, simpan aja»: the list as shown, saved."""
    return _words()["save"].find(tokens(text)) is not None


def saves_every_one(text: str) -> bool:
    """«ok semua bagus, simpan», «simpan semuanya»: a save with no name, number or question beside it
    (conversation.yaml prima_offer `save_beside`), so every IKI shown is meant (step 4's starting points too)."""
    if "?" in text or numbers_in(text) or not (saves(text) or saves_all(text)):
        return False
    data = knowledge.data("conversation")["prima_offer"]
    beside = {w for key in ("save", "save_all", "save_beside") for phrase in data[key] for w in tokens(phrase)}
    return not (_content(text) - beside)


def saves_all(text: str) -> bool:
    """«simpan semua yang diusulkan», «ambil semua»: the whole list shown, saved (conversation.yaml save_all)."""
    return PhraseSet(knowledge.data("conversation")["prima_offer"]["save_all"]).find(tokens(text)) is not None


def added_on_accepting(text: str) -> str:
    """«pakai semua, tambah satu: kepatuhan cuci tangan 5 moment»: the list accepted (or saved), then one more IKI or
    work after an adding lead: that addition; "" otherwise."""
    head, comma, tail = text.partition(",")
    added = without_lead_in(tail.strip()) if comma else ""
    if not added or added == tail.strip() or not (accepts(head) or saves(head)):
        return ""
    return added


def saves_shown(offer: list[IkiDraft], text: str) -> bool:
    """«simpan yg tiga itu»: a save whose one value counts the proposals shown (with the mandatory IKI or without)
    and names no work: the list saved as shown, never a target nor an IKI «Jumlah simpan tiga» formed from it."""
    numbers = numbers_in(text)
    if not saves(text) or len(numbers) != 1 or numbers[0].unit or numbers[0].value not in \
            (len(offer), len([d for d in offer if not is_mandatory(d)])):
        return False
    said = text[:numbers[0].start] + " " + text[numbers[0].end:]
    saving = {w for phrase in knowledge.data("conversation")["prima_offer"]["save"] for w in tokens(phrase)}
    return not (_content(said) - saving)


_NAMES_SPLIT = re.compile(r",|;|&|\+|\b(?:sama|dan|serta|and)\b", re.IGNORECASE)


def saved_by_name(offer: list[IkiDraft], text: str) -> tuple[list[int], list[str]] | None:
    """«simpan yg SSCEC, HI, TTU, sama air bersih»: a save naming some proposals by their words and no value: the
    proposals named (by place in the offer; each name holds words of one proposal only) and the names that name
    none; None unless one is named."""
    if not saves(text) or numbers_in(text):
        return None
    saving = {w for phrase in knowledge.data("conversation")["prima_offer"]["save"] for w in tokens(phrase)}
    parts = [part for part in _NAMES_SPLIT.split(text) if _content(part) - saving]
    named = [_holding_all(offer, _content(part) - saving) for part in parts]
    if not any(at is not None for at in named):
        return None
    places = list(dict.fromkeys(at for at in named if at is not None))
    filler = saving | set(knowledge.data("conversation")["typed_press"]["label_filler"]) | {"yg", "yang"}
    return places, [_trimmed(part, filler) for part, at in zip(parts, named) if at is None]


def _trimmed(part: str, filler: set[str]) -> str:
    """«simpan yg TAT» → «TAT», «sampel ditolak aja» → «sampel ditolak»: the name without the save and filler words
    around it."""
    words = part.split()
    while words and set(tokens(words[0])) <= filler:
        words.pop(0)
    while words and set(tokens(words[-1])) <= filler:
        words.pop()
    return " ".join(words) or part.strip()


def _holding_all(offer: list[IkiDraft], words: set[str]) -> int | None:
    """The one proposal holding every word named (the mandatory IKI by its name; a word shortened as chat does):
    «sampel ditolak» names no «… sampel dari puskesmas …», «TAT» none of two TAT proposals."""
    if is_mandatory(IkiDraft(indikator=" ".join(sorted(words)))):
        return next((i for i, d in enumerate(offer) if is_mandatory(d)), None)
    def names(word: str, theirs: set[str]) -> bool:
        return word in theirs or len(word) >= MIN_ABBREVIATION_CHARS and any(w.startswith(word) for w in theirs)

    holding = [i for i, d in enumerate(offer) if all(names(w, set(tokens(d.indikator))) for w in words)]
    return holding[0] if len(holding) == 1 else None


def applied(offer: list[IkiDraft], text: str, only_named: bool = False) -> tuple[list[str], list[str], list[IkiDraft]]:
    """The values a message lists («target TCM 3000 sampel setahun, input SITB max 24 jam, metode baru 2»), each set
    on the proposal whose words its part names, the mandatory IKI's on it («IP ASN 80»); a value whose part names
    work no proposal names becomes an IKI of its own words (`formed`); the bare rest go in the order typed to the
    proposals still without one («target 80%, 10 provinsi, 70%»), the mandatory IKI among them when there is one
    value for each row still without a target («targetnya: 85%, 70%, 90%, 80» under four rows, IP ASN the fourth). Returns the parts set (as «IKI text: target»),
    the parts nothing could take (a value no measure here can hold, or none left) and the IKI formed.
    only_named: the values whose part names no proposal are left alone (a text told for something else)."""
    done, unplaced, free, made = [], [], [], []
    for part, number in _values(text):
        if _weight_only(part) or _baseline_only(part):
            continue
        at = _named_in(offer, part)
        own = None if only_named else formed(part, number)
        if at is not None and _set(offer[at], number):
            done.append(f"{offer[at].indikator}: {render.target_text(offer[at])}")
        elif own is not None:  # «input SITB max 24 jam»: a time no proposal measures, its own IKI
            made.append(own)
            done.append(f"{own.indikator}: {render.target_text(own)}")
        elif at is not None:
            unplaced.append(part)
        else:
            free.append((part, number))
    if only_named:
        return done, unplaced, made
    open_ = [d for d in offer if d.target is None and not is_mandatory(d)]
    waiting = [d for d in offer if d.target is None and is_mandatory(d)]
    if len(free) == len(open_) + len(waiting) and waiting:  # «85%, 70%, 90%, 80»: one for each row shown, in order
        open_ = [d for d in offer if d.target is None]
    for (part, number), draft in zip(free, open_):
        if _set(draft, number):
            done.append(f"{draft.indikator}: {render.target_text(draft)}")
        else:
            unplaced.append(part)
    unplaced += [part for part, _ in free[len(open_):]]
    return done, unplaced, made


def formed(part: str, number: Number) -> IkiDraft | None:
    """The IKI a value's part names by its own words, measured as its value is: a time («input SITB max 24 jam») as
    the average time of that work, a count («TCM 3000 sampel», «metode baru 2») as the number of that thing; None
    for a percentage (a Persentase needs the condition the words do not give), for a part naming nothing besides
    its unit («10 provinsi») and for a wording the rules refuse."""
    if number.unit == "%":
        return None
    from bot.retrieval.normalize import stopwords

    unit = tokens(number.unit or "")
    skip = stopwords() | _words()["not_content"] | set(unit)
    words = [w for w in part.replace(number.text, " ").split()
             if (key := tokens(w)) and not key[0].isdigit() and key[0] not in skip]
    if not words:
        return None
    time = bool(unit) and unit[0] in _words()["time_units"]
    head = _words()["time_measure"] if time else " ".join([_words()["count_measure"], *([number.unit] if unit else [])])
    draft = IkiDraft(indikator=f"{head} {' '.join(words)}")
    if check_iki(draft).has_error or not _set(draft, number):
        return None
    return draft


_PARTS = re.compile(r"(?<!\d),|,(?!\d)|[;\n]|\.(?:\s|$)")  # «95,5 prsn» is one value, never two parts


def _values(text: str) -> list[tuple[str, Number]]:
    """The parts of a message between commas that hold one value, each with it, in the order typed («layanan lab
    sesuai TAT 90%», «input SITB max 24 jam», «IP ASN 80»)."""
    found = []
    for part in filter(None, (p.strip() for p in _PARTS.split(_without_count(text)))):
        numbers = [n for n in read_answer(part).numbers if not _how_often(part, n)]
        if len(numbers) == 1:
            found.append((part, numbers[0]))
    return found


def _without_count(text: str) -> str:
    """The text without a lead that counts the items listed after its colon («mau 5 aja: TPM laik higiene, index
    jentik, …» with five items): that number says how many, never a target (d11-kkp05 read it as 5%)."""
    lead, colon, listed = text.partition(":")
    if not colon:
        return text
    numbers = read_answer(lead).numbers
    items = [p for p in (p.strip() for p in _PARTS.split(listed)) if p]
    if len(numbers) == 1 and numbers[0].unit != "%" and not numbers[0].bound and numbers[0].value == len(items):
        return listed
    return text


def how_often_only(text: str) -> bool:
    """«kalibrasi alat tiap 6 bulan, supervisi tiap 3 bulan»: every value typed says how often work is done, so the
    message holds work, never targets."""
    numbers = read_answer(text).numbers
    return bool(numbers) and all(_how_often(text, n) for n in numbers)


def _how_often(part: str, number: Number) -> bool:
    """«tiap 6 bulan», «setiap 3 hari»: the number says how often the work is done (prima_offer frequency)."""
    before = tokens(part[:number.start])
    return bool(before) and before[-1] in _words()["frequency"]


def _weight_only(part: str) -> bool:
    """«CL bobot 30», «tusi 20»: a jenis or a weight typed beside a target, never a target nor work of its own."""
    answer = read_answer(part)
    return answer.jenis is not None or "bobot" in answer.named


def _baseline_only(part: str) -> bool:
    """«krn thn lalu 93», «baseline 80»: last year's figure (the data awal step 4 asks of each IKI), never a target
    nor an IKI of its own words (d21-dev02 formed «Jumlah krn thn lalu» with target 93)."""
    named = read_answer(part).named
    return "baseline" in named and "target" not in named


def _named_in(offer: list[IkiDraft], part: str) -> int | None:
    """The proposal the part names: the mandatory IKI by its name, else the one sharing most content words (none
    when no word is shared, or two share as many)."""
    if is_mandatory(IkiDraft(indikator=part)):
        return next((i for i, d in enumerate(offer) if is_mandatory(d)), None)
    words = _content(part)
    shared = sorted(((len(words & set(tokens(d.indikator))), i) for i, d in enumerate(offer) if not is_mandatory(d)),
                    reverse=True)
    if not shared or shared[0][0] == 0 or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return shared[0][1]


def dropped_by_name(offer: list[IkiDraft], text: str) -> tuple[list[int], bool] | None:
    """«ok skip yg rapat. 3 sisanya simpan», «buang yg bahan rapat, sisanya ok»: proposals a drop word names by their
    words (conversation.yaml line_acts `drop`), each sentence or clause naming one; and whether the rest is saved in
    the same message (d12-adm07: «skip yg rapat» was read as a target, every proposal saved). None when no part
    drops one by name, or a part with a drop word names none."""
    drop = phrase_set("conversation", "line_acts", "drop")
    dropped: list[int] = []
    saved = False
    for part in filter(None, (p.strip() for p in re.split(r"[.;,\n]", text))):
        words = tokens(part)
        if drop.find(words):
            named = _named_in(offer, part)
            if named is None:
                return None
            dropped.append(named)
        elif saves(part) or accepts(part):
            saved = True
        elif _content(part) - set(_words()["not_content"]):
            return None  # a part that is neither: not this reading
    return (list(dict.fromkeys(dropped)), saved) if dropped else None


MIN_ABBREVIATION_CHARS = 4  # «rekon» names «rekonsiliasi», «lapkeu» nothing; «ip» is too short to name by its start


def proposal_named(texts: list[str], part: str) -> int | None:
    """The proposal (by its text) the part's content words name, a word shortened as chat shortens it («yg rekon» →
    «… hasil rekonsiliasi …»); none when no word names one, or two are named as well."""
    def names(word: str, theirs: set[str]) -> bool:
        return word in theirs or len(word) >= MIN_ABBREVIATION_CHARS and any(w.startswith(word) for w in theirs)

    words = _content(part)
    shared = sorted(((sum(names(w, set(tokens(t))) for w in words), i) for i, t in enumerate(texts)), reverse=True)
    if not shared or shared[0][0] == 0 or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return shared[0][1]


def names_work(part: str) -> bool:
    """Whether the part holds a content word (work named), beside reference words and targets."""
    return bool(_content(part))


def placed(proposals: list[str], made: str, work: str, unit: str = "") -> int:
    """Where an IKI formed from a value goes among the proposals: after those of the work told before the activity it
    names (the list follows the order the user told their work: «pegang TCM sama input SITB, ikut PT, …» lists the
    TCM and SITB IKI before the PT one); last when it names no activity told. A proposal naming no activity (the
    unit's goals) stays ahead."""
    told = [_content(spelled_out(activity, unit)) for activity in activities(work)] if work else []

    def at(text: str, none: int) -> int:
        words = _content(text)
        return next((i for i, activity in enumerate(told) if activity & words), none)

    mine = at(made, len(told))
    return next((i for i, text in enumerate(proposals) if at(text, -1) > mine), len(proposals))


def still_missed(missed: list[str], made: list[IkiDraft]) -> list[str]:
    """The activities named as having no proposal, less those an IKI formed from a value now names («pegang TCM»
    once «Jumlah sampel TCM» is proposed)."""
    named = {w for d in made for w in _content(d.indikator)}
    return [activity for activity in missed if not _content(activity) & named]


def not_written(missed: list[str], saved: list[IkiDraft]) -> list[str]:
    """The activities named as having no proposal, less those an IKI the user wrote herself names: more than half of
    the activity's content words in one saved IKI («tindakan HD tiap hari» once «Persentase tindakan HD tanpa
    komplikasi» is saved; tester51 P1-11: named again after she wrote it). One shared word («HD») is no such IKI."""
    def written(activity: str) -> bool:
        words = _content(activity)
        return bool(words) and any(len(words & _content(iki.indikator)) * 2 > len(words) for iki in saved)

    return [activity for activity in missed if not written(activity)]


def _content(text: str) -> set[str]:
    from bot.retrieval.normalize import stopwords

    skip = stopwords() | _words()["not_content"]
    return {w for w in tokens(text) if not w.isdigit() and w not in skip and len(w) > 1}


def _set(draft: IkiDraft, number: Number) -> bool:
    """The number as the proposal's target when its measure can hold it («3000 sampel» is no Persentase)."""
    trial = draft.model_copy()
    Fields._set(trial, "target", number)
    if target_misfit(trial, str(trial.target)):
        return False
    draft.target, draft.satuan = trial.target, trial.satuan
    return True


def shown(offer: list[IkiDraft], missed: list[str], unplaced: list[str]) -> str:
    """The proposals with their targets, what could not be drafted or placed, and what to do next."""
    lines = ["Usulan IKI dari pekerjaan yang Anda tulis (berbasis output, sudah diperiksa aturan):"]
    for number, draft in enumerate(offer, start=1):
        target = render.target_text(draft) if draft.target is not None else "belum diisi"
        lines.append(f"{number}. {draft.indikator} — target {target}")
    if missed:
        lines.append(f"Belum ada usulan untuk {', '.join(f'«{a}»' for a in missed)}: bila itu hasil kerja Anda, tulis "
                     "IKI-nya sendiri (ukuran + hasil kerja + syaratnya) sesudah menyimpan.")
    if unplaced:
        lines.append(f"Belum bisa saya pasangkan: {', '.join(f'«{p}»' for p in unplaced)} (tidak ada usulan yang "
                     "ukurannya cocok). Tulis IKI-nya beserta targetnya sesudah menyimpan, misalnya «Jumlah … yang …, "
                     "3000».")
    lines.append("Periksa targetnya: tulis yang berbeda atau yang belum diisi dengan kata dari IKI-nya (misalnya "
                 "«TAT 95%») atau berurutan («90%, 3000, 24 jam»). Bila sudah sesuai, pilih «Simpan semua usulan ke "
                 "draf» atau ketik «simpan»; jenis dan bobotnya saya tanyakan sesudahnya.")
    return "\n".join(lines)
