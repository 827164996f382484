"""Rencana aksi: the stages of the work behind each IKI, proposed from the kind of result (knowledge/rencana_aksi.yaml),
each with its months; a count IKI's delivering stages carry their share of the target. Accept, edit, add, remove,
replace and mark done are pure functions: each returns a new RencanaAksi and leaves the one it was given alone."""

import math
import re
from datetime import date

from bot import knowledge, render
from bot.lang.numbers import format_number, parse_target
from bot.lang.text import PhraseSet, possessed, tokens
from bot.lang.words import is_indonesian_word, stem
from bot.models import IkiDraft, SkpDraft
from bot.rules.analysis import is_activity_verb
from bot.rules.lexicon import lexicon
from bot.rules.measures import Trend, lower_is_better
from bot.skp.rhk import nominal_verbs, result_kind, result_parts, result_phrase
from bot.year.measure import measure_trend
from bot.year.models import RencanaAksi, Stage, YearError
from bot.year.periods import is_month_word, month_name, months_text, quarter_label, read_months


@knowledge.cached
def _config() -> dict:
    data = dict(knowledge.data("rencana_aksi"))
    data["word_sets"] = [(kind, PhraseSet(words)) for kind, words in data["words"].items()]
    return data


def _months(spec: object) -> list[int]:
    """[1, 3] or "1-3" as written in the patterns."""
    if isinstance(spec, str):
        start, _, end = spec.partition("-")
        return list(range(int(start), int(end or start) + 1))
    return [int(m) for m in spec]  # type: ignore[union-attr]


def pattern_for(iki: IkiDraft) -> str:
    """The kind of result the stages follow: nilai for a yearly score, then event or system words in the result
    (its head word first), then the RHK kind; a count of services or certificates, or of many documents, is
    hitungan."""
    config = _config()
    trend = measure_trend(iki)
    if trend is Trend.yearly:
        return "nilai"
    words = tokens(result_phrase(iki.indikator) or iki.indikator)
    for kind, phrases in config["word_sets"]:
        if phrases.match_at(words, 0):
            return kind
    for kind, phrases in config["word_sets"]:
        if phrases.find(words):
            return kind
    if trend is not Trend.cumulative:
        return "layanan"  # "Persentase usulan … yang ditetapkan tepat waktu": many items through a service
    kind = config["by_rhk_kind"].get(result_kind(iki.indikator), "layanan")
    target = parse_target(iki.target)
    if kind == "dokumen" and not iki.triwulan_selesai and target is not None and \
            target.value >= config["recurring_documents"]:
        return "hitungan"  # «12 laporan»: made every month or quarter, not drafted once (unless due by a quarter)
    return "hitungan" if kind in config["counted_kinds"] else kind


def _squeeze(months: list[int], start: int, end: int = 12) -> list[int]:
    """A month of the full-year pattern placed in the months from `start` (an SKP agreed mid-year) to `end` (the
    last month of the quarter a deliverable is due)."""
    return sorted({start + (m - 1) * (end + 1 - start) // 12 for m in months})


def _placed(stage: dict, start: int, end: int) -> list[int]:
    """A pattern stage's months in a plan starting at `start`: a calendar stage (a triwulan, its report) keeps its own
    months from `start` on (none left: the stage is dropped), any other is squeezed into the months left."""
    months = _months(stage["months"])
    if stage.get("calendar"):
        return [m for m in months if m >= start]
    return _squeeze(months, start, end)


def counted_target(iki: IkiDraft) -> float | None:
    """The target a count IKI's stages share; None for other measures."""
    target = parse_target(iki.target)
    return target.value if target and measure_trend(iki) is Trend.cumulative else None


def _known_processes() -> dict[str, str]:
    return _config()["processes"] | {verb: noun.capitalize() for noun, verb in nominal_verbs().items()}


def derived_process(verb: str) -> str | None:
    """«dicegah» → «Pencegahan», «ditangani» → «Penanganan», «diverifikasi» → «Verifikasi»: the process noun of a
    passive verb of the language (rencana_aksi.yaml derived_process); None for any other word."""
    word = verb.lower().strip(",.;:")
    if not word.startswith("di") or not word.isalpha() or not is_indonesian_word(word, min_root=4):
        return None
    root = stem(word)
    if root == word or root.startswith("di"):
        return None
    return _process_noun(root)


def _process_noun(root: str) -> str | None:
    """The noun peN-…-an of a root («lapor» → «Pelaporan», «kelola» → «Pengelolaan»)."""
    rules = _config()["derived_process"]
    if root.endswith(tuple(rules["as_is"])) or root.startswith(tuple(rules["loan_onsets"])):
        return root.capitalize()  # «diverifikasi» → «Verifikasi»; a loanword, «ditransfer» → «Transfer»
    prefix = rules["prefix"].get(root[0])
    if prefix is None:
        return None
    rest = root[1:] if root[0] in rules["drop"] and len(root) > 1 and root[1] in "aeiou" else root
    return f"{prefix}{rest}an".capitalize()


def _leading_activity(indikator: str) -> tuple[str, str] | None:
    """«Menyusun pedoman teknis imunisasi kejar» → («Penyusunan», «pedoman teknis imunisasi kejar»): an IKI written as
    an activity (IKI-ACT-VERB) names its work by its verb and its object by the rest, so no stage repeats the verb
    («Persiapan penyusunan Menyusun …», play41 #4); «Melaksanakan supervisi …» carries its work in its object
    (rencana_aksi.yaml acted carry). None when the IKI does not open with a verb of doing."""
    words = indikator.split()
    if len(words) < 2 or not is_activity_verb(tokens(words[0])[:1], 0, lexicon()):
        return None
    verb, rest = words[0].lower().strip(",.;:"), " ".join(words[1:]).strip(" .")
    if verb in _config()["acted"]["carry"]:
        return _config()["general_process"], rest
    root = stem(verb)
    return _active_noun(verb, root) or _config()["general_process"], rest


def _active_noun(verb: str, root: str) -> str | None:
    """The process noun of an active verb: the one its passive names in rencana_aksi.yaml processes («menganalisis»
    → «dianalisis» → «Analisis», «mengkaji» → «Pengkajian», «menginput» → «Penginputan», never «Penganalisan»,
    «Pengajian», «Pelaksanaan»), else peN-…-an of its root; None when neither is known."""
    known = _known_processes()
    passive = next((p for p in _passives(verb) if p in known), None)
    if passive:
        return known[passive]
    return _process_noun(root) if root != verb else None


_NASAL = (("menge", ("",)), ("meny", ("s",)), ("meng", ("", "k")), ("mem", ("", "p", "m")), ("men", ("", "t", "n")),
          ("me", ("",)))  # the active prefix meN- and the letter it took the place of, longest first


def _passives(verb: str) -> list[str]:
    """The di- forms an active meN- verb may be the active of («memantau» → «dipantau», «dimantau», «diantau»),
    the stemmer not needed: a loanword it cannot read («menginput», «mengupdate») has its passive too."""
    for prefix, letters in _NASAL:
        if verb.startswith(prefix) and len(verb) > len(prefix) + 2:
            rest = verb[len(prefix):]
            return [f"di{letter}{rest}" for letter in letters]
    return []


def _acted(hasil: str, predicate: list[str]) -> tuple[str, str] | None:
    """«kab/kota yang melaporkan LPLPO tepat waktu» → («Pembinaan», «pelaporan LPLPO tepat waktu pada kab/kota»): the
    units or people counted do the work themselves, so the user's work is guiding theirs, named by the noun of their
    verb (rencana_aksi.yaml acted); «melakukan pemeriksaan K6» names its work in its object; None for a state
    («menjadi») or a subject that is no unit or person (knowledge/rules/lexicon.yaml entities)."""
    rules = _config()["acted"]
    if len(predicate) < 2 or not lexicon().entities.match_at(tokens(hasil), 0):
        return None
    verb = predicate[0].lower().strip(",.;:")
    if verb in rules["states"] or not verb.startswith("me") or not (
            is_indonesian_word(verb, min_root=4) or is_activity_verb([verb], 0, lexicon())):
        return None
    rest = " ".join(predicate[1:])
    if verb in rules["carry"]:
        work = rest
    elif verb in rules["nouns"]:
        work = f"{rules['nouns'][verb]} {rest}"
    else:
        noun = _active_noun(verb, stem(verb))
        if noun is None:  # no noun for the verb: the units are guided to do it, object kept (play41 #4)
            return rules["process"], f"{hasil} {rules['purpose']} {' '.join(predicate)}"
        work = f"{noun.lower()} {rest}"
    return rules["process"], f"{work} {rules['link']} {hasil}"


def _received(hasil: str, predicate: list[str]) -> tuple[str, str] | None:
    """«pasien rawat inap yang mendapat konseling obat saat pulang» → («Pemberian konseling obat», «kepada pasien
    rawat inap»): the people counted receive the work (rencana_aksi.yaml received); None otherwise."""
    rules = _config()["received"]
    if not predicate or predicate[0].lower().strip(",.;:") not in rules["verbs"]:
        return None
    obj = []
    for word in predicate[1:]:
        if word.lower().strip(",.;:") in rules["until"] or not word.strip(",.;:"):
            break
        obj.append(word.strip(",.;:"))
    if not obj:
        return None
    return f"{rules['process']} {' '.join(obj)}", f"{rules['link']} {hasil}"


def _avoided(hasil: str, predicate: list[str]) -> tuple[str, str] | None:
    """«pasien HD» + «tidak mengalami komplikasi intradialisis» → («Pencegahan komplikasi intradialisis», «pada
    pasien HD»); «tindakan HD tanpa komplikasi» → («Pencegahan komplikasi», «pada tindakan HD»): the IKI counts the
    absence of something, so the work is preventing it (rencana_aksi.yaml avoided); None otherwise."""
    rules, until = _config()["avoided"], _config()["received"]["until"]
    words = hasil.split()
    if predicate and predicate[0].lower() in rules["negations"]:
        subject, rest = hasil, predicate[1:]
    else:
        at = next((i for i, w in enumerate(words) if i and w.lower() in rules["negations"]), None)
        if at is None:
            return None
        subject, rest = " ".join(words[:at]), words[at + 1:] + predicate
    while rest and rest[0].lower() in rules["verbs"]:
        rest = rest[1:]
    event = []
    for word in rest:
        if word.lower().strip(",.;:") in until:
            break
        event.append(word.strip(",.;:"))
    if not event:
        return None
    return f"{rules['process']} {' '.join(event)}", f"{rules['link']} {subject}"


def _served(hasil: str, predicate: list[str]) -> tuple[str, str] | None:
    """People counted by a state they are in: the act the IKI names for them («lulus evaluasi edukasi pembatasan
    cairan» → («Evaluasi edukasi pembatasan cairan», «pada pasien HD»)), else the service given to them («Pelayanan»,
    «ibu hamil»): never «Pelaksanaan pasien HD» (rencana_aksi.yaml served); None when the IKI counts no people."""
    rules, until = _config()["served"], _config()["received"]["until"]
    if not PhraseSet(rules["people"]).match_at(tokens(hasil), 0):
        return None
    words = hasil.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in rules["condition"]), len(words))
    subject, rest = " ".join(words[:cut]), words[cut:] + predicate
    acts = set(rules["acts"]) | {noun.lower() for noun in _known_processes().values()}
    at = next((i for i, w in enumerate(rest) if w.lower().strip(",.;:") in acts), None)
    if at is None:
        return rules["process"], subject
    act = []
    for word in rest[at:]:
        if word.lower().strip(",.;:") in until:
            break
        act.append(word.strip(",.;:"))
    return act[0].capitalize() + "".join(f" {w}" for w in act[1:]), f"{rules['link']} {subject}"


def _work(indikator: str, pattern: str) -> tuple[str, str]:
    """The stage's noun for the work and the result it is done to: the IKI's own verb first (with the thing it
    names, «diperiksa sanitasinya» → «Pemeriksaan sanitasi»), then a ratio that names the result («Pemenuhan rasio
    dokter per pasien»), then what should fall («Pengendalian kejadian pasien jatuh»), then a result named as a
    process or its outcome («hasil pemeriksaan sanitasi kapal» → «Pemeriksaan», «sanitasi kapal»), then the work its
    kind of result takes (knowledge/rencana_aksi.yaml default_processes), then the pattern's own."""
    config, known = _config(), _known_processes()
    activity = _leading_activity(indikator)
    if activity:
        return activity
    hasil = result_phrase(indikator) or indikator
    predicate = result_parts(indikator)[1].split()
    received = _received(hasil, predicate) or _avoided(hasil, predicate)
    if received:
        return received
    for at, word in enumerate(predicate[:2]):
        noun = known.get(word.lower().strip(",.;:")) or (derived_process(word) if at == 0 else None)
        if noun:
            owned = possessed(predicate[at + 1].lower().strip(",.;:")) if at + 1 < len(predicate) else ""
            if owned:  # «diperiksa sanitasinya»: the work's own object
                noun = f"{noun} {owned}"
            return noun, hasil
    acted = _acted(hasil, predicate)
    if acted:
        return acted
    opening = tokens(indikator)[:1]
    if opening and opening[0] in config["named_measures"]:  # «Rasio dokter per pasien»: the ratio is what is met
        text = indikator.strip(" .")
        return config["named_measures"][opening[0]], text[:1].lower() + text[1:]
    whole = f"{hasil} yang {' '.join(predicate)}" if predicate else hasil
    if lower_is_better(tokens(whole)):  # «kejadian pasien jatuh …», «sampel yang ditolak»: held down
        return config["lower_process"], whole
    served = _served(hasil, predicate)  # people counted by their state: the act for them, or the service
    if served:
        return served
    words = hasil.split()
    nouns = {n.lower(): n for n in known.values()}
    at = 1 if words and words[0].lower() in config["result_of"] else 0
    if len(words) > at + 1 and words[at].lower() in nouns:  # «(hasil) penyelesaian klaim»: the process is the work
        return nouns[words[at].lower()], " ".join(words[at + 1:])
    conforms = config["conforms"]
    if predicate and predicate[0].lower().strip(",.;:") in conforms["verbs"]:  # «TTU … yang memenuhi syarat»: inspected
        return conforms["process"], hasil
    default = config["default_processes"].get(result_kind(indikator))
    return default or config["patterns"][pattern].get("process", config["general_process"]), hasil


def _event_for_people(full: str, pattern: str) -> str:
    """«peserta pelatihan dengan nilai post-test baik» → «pelatihan»: an event or system counted by the people in it
    is planned by its own name (never «Pelaksanaan peserta pelatihan …»), up to where their condition begins; any
    other result as it is."""
    served, words = _config()["served"], full.split()
    if not PhraseSet(served["people"]).match_at(tokens(full), 0):
        return full
    phrases = dict(_config()["word_sets"]).get(pattern)
    found = phrases.find(tokens(full)) if phrases else None
    if not found:
        return full
    start = next((i for i, w in enumerate(words) if w.lower().strip(",.;:()") == found[1][0]), 0)
    end = next((i for i, w in enumerate(words) if i > start and w.lower() in served["condition"]), len(words))
    return " ".join(words[start:end])


def propose(iki: IkiDraft, start_month: int = 1) -> RencanaAksi:
    """Stages for the IKI from its kind of result, in the months from `start_month` to December."""
    if not 1 <= start_month <= 12:
        raise YearError("bulan mulai harus antara 1 (Januari) dan 12 (Desember)")
    pattern = pattern_for(iki)
    counted = counted_target(iki) is not None
    proses, hasil = _work(iki.indikator, pattern)
    kerja = f"{proses[:1].lower()}{proses[1:]} {hasil}"
    activity = _leading_activity(iki.indikator)
    full = activity[1] if activity else _event_for_people(result_phrase(iki.indikator) or iki.indikator, pattern)
    # a deliverable due in a quarter («Triwulan berapa selesainya?» TW II) is handed over by that quarter's end, as its
    # trajectory says (tester18 #12: «4 kajian» due TW II were planned for Okt–Des)
    chain = _config()["patterns"][pattern]["stages"]
    due = iki.triwulan_selesai if measure_trend(iki) in (Trend.once, Trend.cumulative) \
        and sum(1 for s in chain if s.get("delivers")) == 1 else None  # never the per-quarter stages of a service
    end = max(3 * due, start_month) if due else 12
    stages = [Stage(name=s["name"].format(hasil=full, proses=proses, kerja=kerja, Kerja=f"{proses} {hasil}"),
                    months=months, share=0.0 if counted and s.get("delivers") else None)
              for s in chain for months in [_placed(s, start_month, end)] if months]
    return balance(RencanaAksi(iki=iki.indikator, pattern=pattern, stages=stages), iki)


def quarter_actions(iki: IkiDraft, first: int = 1) -> list[str]:
    """What the IKI's own proposed stages do in each triwulan (TW I to TW IV, from `first` on; "" before it): the
    dialog pack's and the workbook's rencana aksi for an IKI with no plan accepted, instead of one template with the
    result pasted in (tester55 F10: «Penyelesaian, evaluasi, dan tindak lanjut pasien stroke»)."""
    first = min(max(first, 1), 4)
    stages = propose(iki, 3 * (first - 1) + 1).stages
    return ["" if q < first else "; ".join(s.name.removesuffix(f" {quarter_label(q)}") for s in stages
                                           if set(s.months) & {3 * q - 2, 3 * q - 1, 3 * q})  # the row's own TW
            for q in range(1, 5)]


def propose_missing(skp: SkpDraft, rencana: list[RencanaAksi], start_month: int = 1) -> list[RencanaAksi]:
    """Proposals for the SKP's IKI that have no rencana aksi yet (a new IKI added mid-year starts at start_month)."""
    have = {r.iki for r in rencana}
    return [propose(iki, start_month) for iki in skp.iki if iki.indikator not in have]


def balance(plan: RencanaAksi, iki: IkiDraft) -> RencanaAksi:
    """A count target split among the delivering stages by their months; shares the user typed are kept. Whole
    numbers stay whole, rounded as the SKP sheet's cumulative trajectory rounds (each stage's running total is the
    exact one rounded up: 150 over four quarters is 38, 37, 38, 37 → 38, 75, 113, 150, never 38, 38 → 76 beside the
    SKP sheet's 75: tester48 P1-10), and the shares add up to the target."""
    target = counted_target(iki)
    if target is None:
        return plan.model_copy(update={"stages": [s.model_copy(update={"share": None, "share_set": False})
                                                  for s in plan.stages]})
    stages = [s.model_copy() for s in plan.stages]
    free = [i for i, s in enumerate(stages) if s.share is not None and not s.share_set]
    fixed = sum(s.share or 0.0 for s in stages if s.share_set)
    remaining = max(target - fixed, 0.0)
    weights = [len(stages[i].months) for i in free]
    if free:
        if float(remaining).is_integer():
            running = [math.ceil(remaining * sum(weights[: k + 1]) / sum(weights) - 1e-9) for k in range(len(free))]
            parts = [float(now - before) for now, before in zip(running, [0, *running[:-1]])]
        else:
            parts = [round(remaining * w / sum(weights), 2) for w in weights]
        for i, part in zip(free, parts):
            stages[i].share = part
    return plan.model_copy(update={"stages": stages})


def follow_targets(rencana: list[RencanaAksi], skp: SkpDraft) -> list[RencanaAksi]:
    """After a change of the SKP («/ubah 2 target 1000»): each plan's shares split the IKI's target as it now stands,
    so the Rencana Aksi sheet agrees with the SKP sheet; a plan whose IKI left the SKP is kept as it was."""
    current = {iki.indikator: iki for iki in skp.iki}
    return [balance(plan, current[plan.iki]) if plan.iki in current else plan for plan in rencana]


def share_check(plan: RencanaAksi, iki: IkiDraft) -> str | None:
    """An Indonesian note when a count IKI's stage shares do not add up to its target."""
    target = counted_target(iki)
    if target is None:
        return None
    total = sum(s.share or 0.0 for s in plan.stages)
    if abs(total - target) < 1e-9:
        return None
    unit = render.unit_said(iki.satuan or "")
    unit = f" {unit}" if unit else ""
    return (f"Jumlah bagian target per tahap {format_number(total)}{unit}, sedangkan target IKI "
            f"{format_number(target)}{unit}. Ubah bagian salah satu tahap agar jumlahnya sama dengan target.")


def stages_named(plan: RencanaAksi, name: str) -> list[int]:
    """1-based numbers of the stages whose name holds every word of `name` («rapat persiapan»)."""
    wanted = set(tokens(name))
    return [i for i, stage in enumerate(plan.stages, 1) if wanted and wanted <= set(tokens(stage.name))]


def _stage_at(plan: RencanaAksi, number: int) -> int:
    if not 1 <= number <= len(plan.stages):
        raise YearError(f"Tahap {number} tidak ada; rencana aksi IKI ini punya {len(plan.stages)} tahap.")
    return number - 1


def accept(plan: RencanaAksi, today: date) -> RencanaAksi:
    return plan.model_copy(update={"accepted": plan.accepted or today})


def edit_stage(plan: RencanaAksi, iki: IkiDraft, number: int, *, name: str | None = None,
               months: list[int] | None = None, share: float | None = None) -> RencanaAksi:
    """Tahap `number` (1-based) with a new name, months or share of the target."""
    at = _stage_at(plan, number)
    stage = plan.stages[at]
    update: dict = {}
    if name is not None:
        if not name.strip():
            raise YearError("Nama tahap tidak boleh kosong.")
        update["name"] = name.strip()
    if months is not None:
        update["months"] = _checked_months(months)
    if share is not None:
        update.update(_checked_share(iki, share))
    stages = list(plan.stages)
    stages[at] = stage.model_copy(update=update)
    return balance(plan.model_copy(update={"stages": stages}), iki)


def add_stage(plan: RencanaAksi, iki: IkiDraft, name: str, months: list[int], share: float | None = None,
              at: int | None = None) -> RencanaAksi:
    """A new stage, last or before tahap `at`; a count IKI's new stage delivers `share` (or none)."""
    if not name.strip():
        raise YearError("Tulis nama tahapnya, misalnya «Pembahasan draf dengan biro hukum, Mei–Juni».")
    stage = Stage(name=name.strip(), months=_checked_months(months))
    if share is not None:
        stage = stage.model_copy(update=_checked_share(iki, share))
    stages = list(plan.stages)
    stages.insert(len(stages) if at is None else _stage_at(plan, at), stage)
    return balance(plan.model_copy(update={"stages": stages}), iki)


def remove_stage(plan: RencanaAksi, iki: IkiDraft, number: int) -> RencanaAksi:
    at = _stage_at(plan, number)
    if len(plan.stages) == 1:
        raise YearError("Ini tahap terakhir; rencana aksi perlu paling sedikit satu tahap. Ubah tahapnya saja.")
    stages = plan.stages[:at] + plan.stages[at + 1:]
    return balance(plan.model_copy(update={"stages": stages}), iki)


def replace_stages(plan: RencanaAksi, iki: IkiDraft, stages: list[tuple[str, list[int]]]) -> RencanaAksi:
    """The user's own stages instead of the proposal; for a count IKI the target is split over them by months."""
    if not stages:
        raise YearError("Tulis tahapannya, misalnya «1) analisis kebutuhan jan-feb 2) pelaksanaan mar-okt».")
    counted = counted_target(iki) is not None
    new = [Stage(name=name, months=_checked_months(months), share=0.0 if counted else None) for name, months in stages]
    return balance(plan.model_copy(update={"stages": new, "pattern": "sendiri"}), iki)


def mark_done(plan: RencanaAksi, numbers: list[int] | None, day: date) -> RencanaAksi:
    """Tahap `numbers` (all when None) done on `day`; a stage already done keeps its date."""
    chosen = range(len(plan.stages)) if numbers is None else [_stage_at(plan, n) for n in numbers]
    stages = list(plan.stages)
    for i in chosen:
        stages[i] = stages[i].model_copy(update={"done": stages[i].done or day})
    return plan.model_copy(update={"stages": stages})


def _checked_months(months: list[int]) -> list[int]:
    kept = sorted({m for m in months if 1 <= m <= 12})
    if not kept:
        raise YearError("Bulan tahap harus antara Januari dan Desember, misalnya «april-mei».")
    return kept


def _checked_share(iki: IkiDraft, share: float) -> dict:
    target = counted_target(iki)
    if target is None:
        raise YearError("IKI ini bukan hitungan jumlah, jadi tahapnya tidak membawa bagian target.")
    if share < 0 or share > target:
        raise YearError(f"Bagian target satu tahap harus antara 0 dan {format_number(target)}.")
    return {"share": float(share), "share_set": True}


def read_stage_list(text: str) -> list[tuple[str, list[int]]]:
    """"1) analisis kebutuhan jan-feb 2) akreditasi mar-apr" → [("Analisis kebutuhan", [1, 2]), …]: each stage's
    months are the month words at its end."""
    parts = [p.strip(" ;,\n") for p in re.split(r"(?:^|\s|;)\(?\d{1,2}[.)]\s+", " " + text) if p.strip(" ;,\n")]
    out = []
    for part in parts:
        name, months = read_stage(part)
        out.append((name, months))
    return out


def read_stage(text: str) -> tuple[str, list[int]]:
    """"laporan evaluasi ke karo, desember" → ("Laporan evaluasi ke karo", [12]): the months written at the end, in
    brackets too («… (Jan-Feb)»); YearError when it ends in none."""
    text = text.strip().rstrip(".")
    bracket = re.search(r"\(([^()]*)\)$", text)
    if bracket and bracket.group(1).split() and all(is_month_word(w) for w in bracket.group(1).split()):
        text = f"{text[:bracket.start()]} {bracket.group(1)}"  # «sosialisasi ke kader (Jan-Feb)»: its months
    words = text.replace(",", " , ").split()
    cut = len(words)
    while cut > 0 and is_month_word(words[cut - 1]):
        cut -= 1
    months = read_months(" ".join(w for w in words[cut:] if w != ",")) if cut < len(words) else None
    name = " ".join(words[:cut]).replace(" ,", ",").strip(" ,:-–")
    if not months or not name:
        raise YearError(f"Bulan untuk tahap «{text.strip()}» belum ada. Tulis nama tahap lalu bulannya, "
                        "misalnya «pembahasan draf april-mei».")
    return name[:1].upper() + name[1:], months


def stages_in_month(rencana: list[RencanaAksi], month: int) -> list[tuple[str, int, Stage]]:
    """(IKI key, 1-based stage number, stage) of every stage scheduled in the month."""
    return [(r.iki, i + 1, s) for r in rencana for i, s in enumerate(r.stages) if month in s.months]


def overdue(rencana: list[RencanaAksi], today: date) -> list[tuple[str, int, Stage]]:
    """Stages whose last month has passed and that are not marked done."""
    return [(r.iki, i + 1, s) for r in rencana for i, s in enumerate(r.stages)
            if s.done is None and max(s.months) < today.month]


def stage_text(stage: Stage, unit: str = "") -> str:
    """"Pembahasan draf SOP (Apr–Jun) · 1 SOP · selesai 10 Mar"."""
    parts = [f"{stage.name} ({months_text(stage.months)})"]
    if stage.share is not None:
        parts.append(f"{format_number(stage.share)}{' ' + unit if unit else ''}")
    if stage.done:
        parts.append(f"selesai {stage.done.day} {month_name(stage.done.month)}")
    return " · ".join(parts)
