"""One field of an IKI named and its typed value read, as /ubah sets it: the words naming a field, the question asking
it, and the value parsed and checked (a target that fits the IKI's measure, a weight the guidance allows)."""

import re

from bot import knowledge, render
from bot.conversation import quarter_split
from bot.conversation.answers import leading_value, one_share, typed_target
from bot.conversation.intent import has_work_object
from bot.conversation.prima_step_m import NEEDS_OBJECT
from bot.conversation.target_unit import is_unit
from bot.lang.dates import read_quarter
from bot.lang.numbers import format_number, parse_target
from bot.lang.values import share_in
from bot.models import Aspek, IkiDraft, SkpDraft
from bot.retrieval.codes import codes_in
from bot.rules import check_iki
from bot.rules.analysis import implied_satuan
from bot.rules.lexicon import satuan_problem
from bot.rules.target_fit import target_misfit
from bot.rules.weights import overshoot, parse_weight, wants_to_keep, weight_hint
from bot.skp.dialog_pack import read_quarter_targets
from bot.skp.rhk import draft_rhk

# What users type after /ubah N, mapped to the draft's field.
FIELD_WORDS = {"teks": "indikator", "indikator": "indikator", "iki": "indikator", "kalimat": "indikator",
               "target": "target", "satuan": "satuan", "jenis": "jenis", "bobot": "bobot", "rhk": "rhk",
               "aspek": "aspek", "baseline": "baseline", "awal": "baseline",
               "triwulan": "target_triwulan", "tw": "target_triwulan", "selesai": "triwulan_selesai",
               "tenggat": "triwulan_selesai", "induk": "parent", "kode": "parent", "atasan": "rhk_atasan"}
LABELS = render.FIELD_LABELS
ASK = {"indikator": "Tulis kalimat IKI yang baru.", "target": "Tulis target satu tahun, misalnya 95% atau 4.",
       "satuan": "Tulis satuannya, misalnya %, Dokumen, Orang.", "jenis": "Pilih jenis IKI.",
       "bobot": "Tulis bobotnya, misalnya 20, 20% atau 20,5.", "rhk": "Tulis RHK yang baru (hasil + qualifier).",
       "aspek": "Pilih aspeknya.", "baseline": "Tulis capaian terakhir (data awal), misalnya 80%.",
       "target_triwulan": "Tulis empat target, TW I sampai TW IV, misalnya «0 0 40% 80%» untuk kegiatan musiman "
                          "(«-» untuk triwulan tanpa target; «kosongkan» untuk kembali ke usulan otomatis).",
       "triwulan_selesai": "Triwulan berapa hasil ini selesai? Tulis TW I, TW II, TW III atau TW IV.",
       "parent": "Tulis kode indikator induk (IKK/IKP) yang diintervensi, misalnya IKK 5.1.1.",
       "rhk_atasan": "Tulis RHK (atau indikator) atasan yang diintervensi IKI ini."}
# Fields a user may empty again ("kosongkan"): the ones that are optional in the e-Kinerja form.
_CLEARABLE = {"target_triwulan", "triwulan_selesai", "parent", "rhk_atasan", "baseline"}


def unit_mismatched(iki: IkiDraft) -> bool:
    return any(f.category == "UNIT_MISMATCH" and f.severity == "error" for f in check_iki(iki).findings)


def _unit_follows(iki: IkiDraft, update: dict, unit: str) -> bool:
    """The unit typed with a new target becomes the satuan when there is none, or when the typed one fits the IKI's
    measure: it replaces the one kept («/ubah 3 target 40 alat» kept «apus», tester48 X-2; «80%» for an IKI /ubah teks
    made a Persentase: its «SK» goes, tester21b #2)."""
    if not iki.satuan:
        return True
    return not unit_mismatched(iki.model_copy(update={**update, "satuan": unit}))


def _old_unit(iki: IkiDraft) -> str | None:
    """The unit the IKI's target was written with («150 SK»), but a percentage's (a bare number is read as one)."""
    old = parse_target(iki.target)
    return old.unit if old is not None and old.unit and not old.is_percent else None


def parse(skp: SkpDraft, index: int, field: str, text: str) -> tuple[str | None, dict]:
    iki = skp.iki[index]
    if not text:
        return f"Isi {LABELS[field]} masih kosong. {ASK[field]}", {}
    if field in _CLEARABLE and text.lower().strip() in knowledge.data("conversation")["field_asked"]["clear"]:
        return None, {field: None}
    if field == "target_triwulan":
        values = read_quarter_targets(text)
        if values is None and (total := parse_target(iki.target)) is not None and not total.is_percent:
            # «satu di TW II satu lg TW IV» for «2 kajian»: counts per quarter, kept cumulative (tester56 F19)
            values = quarter_split.split(text, total.value)
        if values is None:
            return f"Target per triwulan belum terbaca. {ASK[field]}", {}
        return None, {field: values}
    if field == "triwulan_selesai":
        quarter = read_quarter(text)
        if quarter is None:
            return f"Triwulan «{text}» belum terbaca. {ASK[field]}", {}
        return None, {field: quarter}
    if field == "parent":
        codes = codes_in(text)
        return None, {field: codes[0] if codes else text}
    if field == "indikator":
        if not has_work_object(text):
            return NEEDS_OBJECT, {}
        indikator = check_iki(IkiDraft(indikator=text)).read_as or text
        update = {"indikator": indikator}
        if iki.rhk == next(iter(draft_rhk(iki.indikator)), None):  # an RHK the bot drafted follows the new text
            update["rhk"] = next(iter(draft_rhk(indikator)), None)
        return None, update
    if field in ("target", "baseline"):
        if one_share(text, iki.indikator):  # «12 dari 15 desa» for a Persentase: 80% (tester57 F5)
            text = share_in(text).text
        # «95 aja, 100 ketinggian», «eh salah, 90»: the value, not its remark nor the correction's words
        said = leading_value(text) or typed_target(text)
        text = _value_only(said.text if said is not None else text)  # «160 SK, ada mutasi pegawai»: not its reason
        target = parse_target(text)
        if target is None:
            return absolute_target(iki, text) or f"{LABELS[field]} harus berupa angka, misalnya 95%, 4, atau 82,5.", {}
        if target.unit and not target.is_percent and not is_unit(target.unit, iki.indikator):
            text = f"{target.bound or ''}{format_number(target.value)}"  # «40 apus»: a chat word is no unit
            target = parse_target(text)
        kept = iki.satuan if iki.satuan and not unit_mismatched(iki) else None  # an «SK» left by /ubah teks: none
        if target.unit is None and target.value <= 100 and (kept or implied_satuan(iki)) == "%":
            value = round(target.value * 100, 1) if 0 < target.value < 1 and not target.bound else target.value  # «0,92»: 92%
            text = f"{target.bound or ''}{format_number(value)}%"  # a Persentase's bare «92» is 92%
            target = parse_target(text)
        if field == "target" and (misfit := target_misfit(iki, text)):  # «160 SK» on a Persentase: asked back
            return misfit, {}
        update = {field: text}
        if field == "target" and target.unit and _unit_follows(iki, update, target.unit):
            update["satuan"] = target.unit
        elif field == "target" and not target.unit and not iki.satuan and _old_unit(iki):
            update["satuan"] = _old_unit(iki)  # «/ubah 3 target 120» of «150 SK»: 120 SK, never a bare 120
        return None, update
    if field == "jenis":
        try:
            jenis = IkiDraft.model_validate({"indikator": "x", "jenis": text}).jenis
        except ValueError:
            jenis = None
        if jenis is None:
            return f"Jenis «{text}» tidak dikenal. Pilih CL, TUSI, MI, atau Beyond.", {}
        return None, {"jenis": jenis}
    if field == "aspek":
        key = text.strip().lower()
        if key not in Aspek.__members__:
            return f"Aspek «{text}» tidak dikenal. Pilih kuantitas, kualitas, waktu, atau biaya.", {}
        return None, {"aspek": Aspek(key)}
    if field == "bobot":
        bobot = parse_weight(text)
        if bobot is None:
            return weight_hint(), {}
        reason = overshoot(skp, iki.jenis, bobot, skip=index) if iki.jenis else None
        if reason and not wants_to_keep(text):
            return (f"{reason} Tulis bobot lain, atau ketik «tetap simpan» untuk tetap menyimpan "
                    f"{format_number(bobot)}%."), {"_pending": format_number(bobot)}
        return None, {"bobot": bobot}
    if field == "satuan" and (refused := satuan_problem(text)):
        return refused, {}
    return None, {field: text}  # satuan, rhk: as written


def absolute_target(iki: IkiDraft, text: str) -> str:
    """«semua rekomendasi tuntas» typed as a target: said to be an absolute target (the rule's own message, for the
    absolute word the typed target brings), and a number asked; "" when the words hold no absolute word."""
    had = {f.message for f in check_iki(iki).findings if f.category == "ABSOLUTE"}
    brought = [f.message for f in check_iki(iki.model_copy(update={"target": text})).findings
               if f.category == "ABSOLUTE" and f.message not in had]
    if not brought:
        return ""
    return (f"«{text}» adalah target mutlak: {brought[0]} Tulis targetnya sebagai angka, misalnya 90% atau 95%; "
            "bila memang harus 100%, tulis 100 beserta alasannya.")


def _value_only(text: str) -> str:
    """«160 SK, ada mutasi pegawai» → «160 SK», «90 krn direktif pimpinan» → «90»: the value without the reason
    typed after it (from a comma, or from an explanation word: perubahan_skp.yaml explanation_words)."""
    head = re.split(r"\s*(?:;|,(?!(?<=\d,)\d))\s*", text.strip(), maxsplit=1)[0]  # «82,5»: a decimal comma stays
    words = head.split()
    explained = frozenset(knowledge.data("perubahan_skp")["explanation_words"])
    cut = next((i for i, w in enumerate(words) if i and w.lower() in explained), len(words))
    return " ".join(words[:cut]) if parse_target(" ".join(words[:cut])) is not None else text.strip()
