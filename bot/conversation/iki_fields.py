"""The questions one IKI is completed with, field by field (target, satuan, data awal, jenis, bobot), shared by PRIMA
step M and «Simpan ke draf» (after /cek, /rhk or a pasted list). Answers are read as people type them (answers.py):
a guess («70an») is confirmed before it is kept, «eh salah, 20 aja» replaces the last answer, «Kembali» shows the
value kept, and a weight past the guidance offers the jenis that still has room."""

from collections.abc import Callable
from dataclasses import replace

from bot import knowledge, render
from bot.conversation.answers import (
    MAX_VALUE_WORDS,
    Answer,
    as_percentage,
    leaves_choice,
    measure_class,
    read_answer,
    restated_value,
    says_no_baseline,
    skips_field,
    unlikely_value,
    value_range,
)
from bot.conversation.choices import typed_choice
from bot.conversation.intent import Route, classify
from bot.conversation.replies import Button, Reply
from bot.conversation.state import Drafting, UserState
from bot.conversation.step_help import jenis_lines, jenis_offered, target_hint
from bot.conversation.target_unit import is_unit
from bot.conversation.unit_named import iki_of_unit
from bot.conversation.weighing import weigh, weights_so_far
from bot.knowledge import policy
from bot.lang.dates import read_quarter
from bot.lang.numbers import format_number, parse_target
from bot.lang.text import PhraseSet, short, tokens
from bot.lang.values import Number, numbers_in, widened
from bot.models import IkiDraft, Jenis, SkpDraft
from bot.rules import check_iki
from bot.rules.analysis import counted_noun, implied_satuan, measure_satuan
from bot.rules.draft_reading import as_typed, count_inside, read
from bot.rules.lexicon import is_text_target, satuan_problem
from bot.rules.measures import holds_baseline, is_one_off, needs_baseline
from bot.rules.skp_rules import is_mandatory, mandatory_iki
from bot.rules.target_fit import target_misfit
from bot.rules.weights import (
    caps,
    overshoot,
    parse_weight,
    past_share,
    remaining_text,
    used,
    wants_to_keep,
    weight_hint,
)
from bot.skp.dialog_pack import QUARTERS

FIELDS = ("target", "satuan", "baseline", "triwulan_selesai", "jenis", "bobot")
LABELS = {"target": "Target", "satuan": "Satuan", "baseline": "Data awal", "triwulan_selesai": "Triwulan selesai",
          "jenis": "Jenis", "bobot": "Bobot"}
MAX_SKIP_WORDS = 4  # «Core TUSI», «tusi bobot 20» pass over the data awal; «beyond: …, 1 aplikasi, TW II» is an IKI
# A field question's own button for no value («Belum ada data awal», «Belum tahu»): what a message passing over the
# field presses (IkiFields.skip).
NONE_BUTTONS = {"baseline": "nobaseline", "triwulan_selesai": "nodue"}

UNSURE_TARGET = ("Tidak apa-apa. Target biasanya ditetapkan dari capaian tahun lalu, arahan pimpinan, atau ketentuan, "
                 "lalu disepakati di dialog kinerja. Tulis perkiraan Anda dulu (bisa diubah nanti dengan /ubah).")

# The target handed to the assistant («kamu aja yg tentuin targetnya»): never made up; what it comes from, and the one
# number only the user knows asked, the question kept open.
CHOSEN_TARGET = ("Target tidak saya tentukan sendiri: target disepakati dengan pimpinan di dialog kinerja, dari capaian "
                 "tahun lalu, arahan pimpinan, atau ketentuan. Berapa capaian tahun lalu untuk IKI ini? Tulis angkanya "
                 "(misalnya «tahun lalu 92»), lalu targetnya setidaknya setinggi itu; atau tulis perkiraan Anda, bisa "
                 "diubah nanti dengan /ubah.")

Holder = Callable[[UserState], Drafting]
Done = Callable[[UserState], list[Reply]]
Extra = Callable[[UserState], list[Button]]


LEFT_FOR_WEIGHT = frozenset({"satuan", "baseline", "triwulan_selesai", "jenis"})  # «bobotnya brp?» skips them
MAX_WEIGHT_QUESTION_WORDS = 6  # «bobotnya brp ya kak?»: a short question about the weight, not a sentence
NUMBER_FIELDS = frozenset({"target", "baseline", "bobot"})  # the questions answered with a number


def is_yes(text: str) -> bool:
    """"ya", "yoi", "oke", "betul": a yes to the value the bot proposed."""
    intent = classify(text)
    return intent.smalltalk == "ack"


MAX_JENIS_WEIGHT_WORDS = 3  # «tusi 20», «core tusi 20%»: a jenis and its weight, nothing else


def _bare_weight(text: str, answer: Answer) -> Number | None:
    """«tusi 20» at the jenis question: the one number after the jenis is its weight (as fields_in reads «TUSI 25»)."""
    numbers = answer.numbers
    if len(numbers) != 1 or numbers[0].unit not in (None, "%") or len(tokens(text)) > MAX_JENIS_WEIGHT_WORDS:
        return None
    return numbers[0] if not text.strip()[0].isdigit() else None


@knowledge.cached
def _doubt_words() -> frozenset[str]:
    return frozenset(knowledge.data("conversation")["field_asked"]["doubt_words"])


def asks_instead(text: str) -> bool:
    """A question or a doubt typed at a number question («lho kok sisa 0? tadi sy ikut saran bobotnya», «kok
    sisanya 0 sih»): it answers nothing, whatever number it holds. A value after the last «?» answers («berapa ya? 20
    aja»), and so does a number asked back alone («20?»)."""
    before, mark, after = text.rpartition("?")
    if mark and numbers_in(after):
        return False
    if mark and parse_weight(before.strip()) is not None:
        return False
    return bool(mark) or classify(text).route is Route.question or bool(_doubt_words() & set(tokens(text)))


def baseline_held(iki: IkiDraft) -> str:
    """« Target 80% sama dengan data awal 80%: …» when the target does not move from the baseline (measures.holds_baseline),
    else ""."""
    if not holds_baseline(iki):
        return ""
    target = render.target_text(iki)
    return (f" Target {target} sama dengan data awal {iki.baseline}: targetnya tidak bergerak dari data awal, jadi "
            f"rencana per triwulan tetap {target} sepanjang tahun. Bila pimpinan mengharapkan peningkatan, naikkan "
            "targetnya (/ubah … target …).")


class Fields:
    """scope: the button prefix ("prima", "fill"); holder: where the IKI being completed lives in the state;
    suggest_jenis(state, draft); done(state): every field is answered (PRIMA saves the IKI, «Simpan ke draf» closes);
    extra(state): buttons every question carries besides «Kembali» (e.g. «Simpan ke draf», «Batal»)."""

    def __init__(self, scope: str, holder: Holder, suggest_jenis: Callable, done: Done, extra: Extra,
                 back_at_first: bool = False):
        self.scope, self._holder, self._suggest_jenis = scope, holder, suggest_jenis
        self._done, self._extra, self._back_at_first = done, extra, back_at_first

    def _button(self, label: str, action: str) -> Button:
        return Button(label, f"{self.scope}:{action}")

    # Questions --------------------------------------------------------------------------------------------
    def prompt(self, state: UserState) -> list[Reply]:
        d = self._holder(state)
        current, field = d.current, d.field
        back = [self._button("« Kembali", "back")] if self._back_at_first or self._earlier(d) else []
        extra = self._extra(state)
        if d.proposed:
            # a data awal asked back may be the target put right («eh salah, 20 aja»): that reading is a button too
            retarget = [self._button(f"Target {d.proposed}", "retarget")] if field == "baseline" else []
            also = f", «Target {d.proposed}» bila itu targetnya" if retarget else ""
            if d.other:  # «0,85» read as 85%, «80-90%» as 80%: the other reading one tap away too
                retarget = [self._button(d.other_label, "other")]
                also = f", «{d.other_label}» bila memang {d.other}"
            return [Reply(f"{LABELS[field]} untuk «{short(current.indikator)}»: {d.proposed}? Pilih «Ya»{also}, atau "
                          "tulis angka lain.", [self._button(f"Ya, {d.proposed}", "yes")] + retarget + back + extra)]
        keep = self._keep_button(d)
        if field == "target":
            hint = target_hint(current)
            return [Reply(f"Target satu tahun untuk «{current.indikator}»?{self._kept(d)} Tulis angkanya, misalnya "
                          "100%, 4, atau 82." + (f"\n{hint}" if hint else ""), keep + back + extra)]
        if field == "satuan":
            counted = counted_noun(current)  # «Jumlah rekomendasi …»: «Rekomendasi», one tap
            offer = [self._button(counted, f"unit:{counted}")] if counted else []
            # never «Dokumen» as an example: the rules refuse it as a count's satuan (IKI-REPORT-UNIT; tester54 F3)
            return [Reply(f"Satuan targetnya?{self._kept(d)} Misalnya %, Orang, Sertifikat, Unit.",
                          offer + keep + back + extra)]
        if field == "baseline":
            unit = render.target_unit(current)  # «30 menit»: the data awal in minutes too, never «80%»
            example = ", misalnya 80%" if unit in ("", "%") else f" dalam {unit}, satuan targetnya"
            return [Reply(f"Capaian terakhir (data awal) untuk «{current.indikator}»?{self._kept(d)} Target ditetapkan "
                          "dari data awal (PermenPANRB 8/2021) dan rencana aksi bergerak dari angka itu. Tulis angkanya"
                          f"{example}.", [self._button("Belum ada data awal", NONE_BUTTONS[field])] + keep + back + extra)]
        if field == "triwulan_selesai":
            due = [self._button(q, f"due:{n}") for n, q in enumerate(QUARTERS, start=1)] + \
                [self._button("Belum tahu", NONE_BUTTONS[field])]
            return [Reply(f"«{short(current.indikator)}» menghasilkan sesuatu yang diserahkan (target "
                          f"{render.target_text(current)}). Triwulan berapa selesainya?{self._kept(d)} Sebelum itu "
                          f"rencana aksinya «dalam proses», bukan sudah tercapai sejak TW I.",
                          due + keep + back + extra)]
        if field == "jenis":  # the jenis the guidance leaves this role (a unit leader: no Core MI, no shares)
            skp = self._weighed(state)[0]
            offered = jenis_offered(skp)
            options = [self._button(j.label, f"jenis:{j.value}") for j in offered]
            suggested = self._suggest_jenis(state, current)
            advice = f" Saran: {suggested.label}." if suggested in offered else ""
            return [Reply(f"IKI: «{short(current.indikator)}»\nJenis IKI ini?{advice}{self._kept(d)}\n"
                          f"{jenis_lines(skp)}", options + keep + back + extra, choice_only=True)]
        advice = self.suggested_weight(state)
        take = [self._button(f"Pakai saran {format_number(advice)}%", f"weight:{format_number(advice)}")] \
            if advice and not keep else []
        hint = f" Saran: {format_number(advice)}%." if advice else ""
        left = remaining_text(*self._weighed(state))  # "" for a leader, whom the weight table does not hold
        return [Reply(f"IKI: «{short(current.indikator)}» ({current.jenis.label if current.jenis else 'jenis belum diisi'})"
                      f"\nBobot IKI ini (%)?{self._kept(d)}{hint} {left + ' ' if left else ''}"
                      "Tulis misalnya 20, 20% atau 20,5.", take + keep + back + extra)]

    def suggested_weight(self, state: UserState) -> float | None:
        """What is left of this IKI's jenis, spread over the IKI of that jenis still expected (the guidance's
        minimum count, one of them MI, or the IKI of that jenis in the draft when more): TUSI 90 over four IKI → 22,5, over
        six → 15; MI and Beyond take what is left."""
        d = self._holder(state)
        jenis = d.current.jenis
        if jenis is None or state.skp.peran not in policy().weights.roles:  # a unit leader: no table to share out
            return None
        skp, skip = self._weighed(state)
        limit, given = caps(skp), used(skp, skip=skip)
        left = limit[jenis] - given[jenis]
        if left <= 0.01:
            return None
        if jenis in (Jenis.core_mi, Jenis.beyond):
            return left
        core = {j: limit[j] for j in (Jenis.core_cl, Jenis.core_tusi) if limit[j]}
        planned = max(1, round((policy().iki_count.min - 1) * limit[jenis] / sum(core.values())))
        # The draft (a pasted list, an IKI queued) may hold more IKI of this jenis than the guidance's minimum, some
        # with their jenis not asked yet: spread over all of them, so the last ones are not left with nothing
        others = self._expected(state, jenis)
        planned = max(planned, 1 + len(others))
        have = sum(1 for iki in others if iki.bobot is not None)
        return round(left / max(1, planned - have) * 2) / 2

    def _expected(self, state: UserState, jenis: Jenis) -> list[IkiDraft]:
        """The other IKI of the draft, of the queue and of the pasted list's lines still waiting that are of this
        jenis, or will be as suggested (their jenis not asked yet)."""
        d, skip = self._holder(state), self._skip(state)
        queued = [iki for iki in getattr(d, "queue", []) if isinstance(iki, IkiDraft)]
        drafted = [iki for i, iki in enumerate(state.skp.iki) if i != skip]
        # the list's waiting lines count while this IKI is one of that list's; an IKI typed on its own months later
        # is not kept short for an old list's lines (tester53 P1-12: «Saran: 11%» where 22,5% closes Core 100%)
        waiting = _pending(state, queued) if queued or _listed(state, d.current) else []
        # a refused line waits for its rewrite only up to the guidance's minimum count: the draft and the queue
        # holding that many already, the rest of a long list is not drafted one by one (tester56 F20: 6 refused
        # lines of a 12-line list kept Core TUSI's 40% down to «Saran: 4,5%» for the 3 IKI still to come)
        kept = [iki for iki in drafted + queued if iki is not d.current]
        waiting = waiting[:max(0, policy().iki_count.min - len(kept) - 1)]
        return [iki for iki in kept + waiting
                if iki.jenis is jenis or (iki.jenis is None and self._suggest_jenis(state, iki) is jenis)]

    def _kept(self, d: Drafting) -> str:
        value = self._value_text(d.current, d.field)
        return f" Yang tersimpan sekarang: {value}." if value else ""

    def _keep_button(self, d: Drafting) -> list[Button]:
        value = self._value_text(d.current, d.field)
        return [self._button(f"Tetap {short(value, 30)}", "keep")] if value else []

    @staticmethod
    def _value_text(current: IkiDraft, field: str) -> str:
        value = getattr(current, field)
        if value is None or value == "":
            return ""
        if field == "target":
            return render.target_text(current)
        if field == "jenis":
            return value.label
        if field == "triwulan_selesai":
            return QUARTERS[value - 1]
        if field == "bobot":
            return f"{format_number(value)}%"
        return str(value)

    def _number_text(self, state: UserState) -> str:
        """The IKI's number for a command to type later («/ubah 2 baseline»), «NOMOR» while it is not saved yet
        (tester21b #12: «/ubah NOMOR baseline» was said of an IKI already saved as IKI 2)."""
        at = self._skip(state)
        return str(at + 1) if at is not None else "NOMOR"

    def _weighed(self, state: UserState) -> tuple[SkpDraft, int | None]:
        """The SKP as the weights count it, the IKI asked in it even before it is saved, and that IKI's place (its
        own weight never counts against it): a Core CL IKI not saved yet already makes the split the direct
        cascade's (tester24 #21b: a member's invited Core CL IKI was asked its weight with «Core TUSI 90%, Core MI
        10%» left, and no suggestion)."""
        skip, current = self._skip(state), self._holder(state).current
        if skip is not None or current is None or any(iki is current for iki in state.skp.iki):
            return state.skp, skip
        return state.skp.model_copy(update={"iki": [*state.skp.iki, current]}), len(state.skp.iki)

    def _skip(self, state: UserState) -> int | None:
        """The IKI's own place in the SKP when it is saved already: its old weight does not count against it."""
        d = self._holder(state)
        index = getattr(d, "index", None)
        return index if index is not None and index < len(state.skp.iki) and state.skp.iki[index] is d.current else None

    # Answers ----------------------------------------------------------------------------------------------
    def on_text(self, state: UserState, text: str) -> list[Reply]:
        d = self._holder(state)
        answer = read_answer(text, d.current.indikator if d.current is not None else "")
        told, d.absolute_told = d.absolute_told, ""
        if self._lowers_absolute(d, text, answer):  # «yaudah 95» right after a 100% was said to be absolute
            return self._lower_target(state, answer.numbers[0])
        elsewhere = self._told_absolute(state, told)
        if elsewhere is not None and self._concedes(d, text, answer):  # that 100% typed at the jenis question
            return self._lower_target(state, answer.numbers[0], elsewhere)
        if d.proposed and (is_yes(text) and not answer.numbers):
            return self._confirm(state)
        # a correction puts right a number the user gave in this flow (or the IKI just completed); one read from a
        # pasted list is no answer here, so «eh salah, 20 aja» then answers the question that is open
        # («eh maksudnya 85%», «bukan, 85 persen mksdnya» with no value asked back put it right too: tester59 F3)
        if (answer.correction or not d.proposed and restated_value(text)) and answer.numbers and d.answered != d.field \
                and (d.answered or d.last_number or d.previous is not None):
            return self.correct(state, answer, text)
        if d.proposed and (answer.jenis is not None or "bobot" in answer.named) and len(tokens(text)) <= MAX_SKIP_WORDS \
                and d.field not in answer.named:
            return self._estimate_kept(state, text)  # «gatau, mungkin 70an» → «70?», then «tusi»: the 70 is kept
        if d.proposed and len(answer.numbers) == 1 and not answer.named \
                and answer.numbers[0].value == numbers_in(d.proposed, d.current.indikator)[0].value:
            return self._confirm(state)  # the value asked back typed again: it stands
        if d.proposed and d.other and len(answer.numbers) == 1 and not answer.named \
                and answer.numbers[0].value == numbers_in(d.other, d.current.indikator)[0].value:
            d.proposed = d.other  # «0,85» typed again under «85% (bukan 0,85%)?»: as typed, never asked a third time
            return self._confirm(state)
        d.proposed = d.other = ""
        field = d.field
        skipped = self.skip(state) if skips_field(text) else None
        if skipped is not None:  # «ugh whatever, skip aja bagian ini» at the data awal: «Belum ada data awal»
            return skipped
        if field != "baseline" and says_no_baseline(text):  # «Belum ada data awal» typed at the weight question
            return self._no_baseline_elsewhere(state, text)
        if field in ("baseline", "triwulan_selesai") and field not in answer.named and read_quarter(text) is None \
                and (answer.jenis or "bobot" in answer.named) and len(tokens(text)) <= MAX_SKIP_WORDS:
            return self._later_fields_kept(state, text)  # «Core TUSI», «bobot 20»: a later field answered
        if field in ("target", "baseline"):
            return self._take_number(state, field, answer, text)
        if field == "triwulan_selesai":
            quarter = read_quarter(text)
            if quarter is None:
                return [Reply("Tulis triwulannya: TW I, TW II, TW III atau TW IV, atau pilih «Belum tahu».")] \
                    + self.prompt(state)
            d.current.triwulan_selesai, d.answered = quarter, "triwulan_selesai"
            return self.advance(state)
        if field == "satuan":
            if answer.jenis is not None and len(tokens(text)) <= MAX_SKIP_WORDS:  # «tusi» typed ahead (tester22b #14)
                return [Reply(f"«{short(text, 40)}» itu jenis IKI, bukan satuan; jenisnya saya tanyakan sesudah ini. "
                              "Tulis dulu satuan targetnya.")] + self.prompt(state)
            refused = satuan_problem(text)
            if refused:  # «92»: never stored as the unit; what a unit is said, and asked again
                return [Reply(refused)] + self.prompt(state)
            others = [name for name in answer.named if name != "satuan"]
            if others:  # «simpan, target 0»: another field named with its number, never the unit
                return self._named_at_satuan(state, text, others)
            added = self._refused_by(d.current, text.strip())
            if added:  # «dokumen» for «Jumlah juknis …»: the export's verdict said now, another satuan asked
                return [Reply("\n".join(f"✗ {f.message}" for f in added) + "\nTulis satuan lain.")] + self.prompt(state)
            d.current.satuan = text.strip()
            d.answered = "satuan"
            return self._check_units(state) or self.advance(state)
        if field == "jenis":
            if answer.jenis is None and answer.takes_suggestion:
                d.current.jenis = self._suggest_jenis(state, d.current)
                d.answered = "jenis"
                return self.advance(state)
            offered = jenis_offered(self._weighed(state)[0])  # numbered as the buttons shown
            picked = typed_choice(text, [j.label for j in offered]) if answer.jenis is None else None
            if picked is not None:  # "2", "yg kedua"
                answer = Answer(answer.numbers, answer.named, offered[picked])
            waiting = self._number_at_jenis(state, answer.numbers[0], text) \
                if answer.jenis is None and len(answer.numbers) == 1 and not answer.named else None
            if waiting:  # «delapan puluh lima»: the target still waiting (d6-sanitarian01)
                return waiting
            if answer.jenis is None:
                return [Reply("Pilih salah satu tombol di bawah ini, atau tulis CL, TUSI, MI, atau Beyond.")] \
                    + self.prompt(state)
            d.current.jenis = answer.jenis
            d.answered = "jenis"
            weight = answer.named.get("bobot") or _bare_weight(text, answer)
            if weight is not None:  # "TUSI, bobot 45", «tusi 20»: both at once
                d.field = "bobot"
                return self._take_weight(state, weight.value, keep=wants_to_keep(text))
            return self.advance(state)
        if field == "bobot":
            if asks_instead(text):  # «lho kok sisa 0? …»: answered with the weights so far; never a weight
                skp, skip = self._weighed(state)
                return [Reply(weights_so_far(skp, d.current.jenis, skip))] + self.prompt(state)
            keep = wants_to_keep(text)
            others = {name: n for name, n in answer.named.items() if name != "bobot"}
            weights = [n for n in answer.numbers if n.unit in (None, "%")  # "1 dashboard" is no weight, nor is
                       and all(n is not other for other in others.values())]  # «baseline thn lalu 82»
            several = [format_number(n.value) for n in answer.numbers]  # (before any jenis named is taken:
            # «target tusi: 100, 90, …» at a Core CL IKI's weight made it Core TUSI, d3-perencana01)
            if len(set(several)) > 1 and "bobot" not in answer.named:  # "SPM 30 tagihan 30 SPJ 15 realisasi 15"
                return [Reply(f"Pesan itu memuat beberapa angka ({', '.join(several)}); bobot IKI "
                              f"«{short(d.current.indikator, 60)}» yang mana? Tulis satu angka. Bobot IKI lain diubah "
                              "dengan /ubah NOMOR bobot ANGKA.")] + self.prompt(state)
            if answer.jenis is not None and answer.jenis is not d.current.jenis and _keeps_mandatory(d.current, text):
                return [Reply(f"«{short(d.current.indikator, 60)}» adalah IKI wajib dan tetap "
                              f"{d.current.jenis.label}; jenis {answer.jenis.label} itu untuk IKI lain? Tulis nama "
                              "IKI-nya bersama jenisnya, atau ubah nanti dengan /ubah NOMOR jenis.")] + self.prompt(state)
            if answer.jenis is not None and answer.jenis is not d.current.jenis:
                if not weights:  # «eh salah jenisnya beyond»: the jenis put right, its weight asked again
                    return self._rejenis(state, answer.jenis)
                d.current.jenis = answer.jenis  # «Beyond, 20»: both at once
            elif answer.jenis is not None and not weights:  # «mi» for a Core MI IKI: nothing to change, the weight asked
                return [Reply(f"Jenisnya sudah {answer.jenis.label}; kini bobotnya.")] + self.prompt(state)
            if others and not weights and "bobot" not in answer.named:  # the data awal or target, kept; never a weight
                kept = self.named_aside(state, text)
                named = " dan ".join(LABELS[name].lower() for name in others)
                return kept + [Reply(f"Angka di pesan itu adalah {named}, bukan bobot. Tulis bobot IKI ini dalam "
                                     "persen, misalnya 20.")] + self.prompt(state)
            number = answer.named.get("bobot") or (weights[0] if weights else None)
            value = number.value if number is not None else (d.pending_bobot if keep else None)
            if value is None and (answer.takes_suggestion or answer.takes_rest):  # «sisanya aja» (tester19 #16)
                value = self.suggested_weight(state)
            if value is None or parse_weight(format_number(value)) is None:
                return [Reply(f"{weight_hint()} Coba lagi.")] + self.prompt(state)
            return self._take_weight(state, value, keep)
        return [Reply("Pilih salah satu tombol di bawah ini.")] + self.prompt(state)

    def _number_at_jenis(self, state: UserState, number: Number, text: str) -> list[Reply] | None:
        """One number typed where the jenis is asked: no jenis, so the target still waiting, this IKI's or else the
        next one's in the draft (or the queue), said back with how to move it; None when every IKI has its target
        (then the options are asked again)."""
        d = self._holder(state)
        queued = [iki for iki in getattr(d, "queue", []) if isinstance(iki, IkiDraft)]
        waiting = [iki for iki in [d.current, *state.skp.iki, *queued] if iki.target in (None, "")]
        if not waiting:  # «5» with every target given: a button's number out of range, the options asked again
            return None
        iki = waiting[0]
        if misfit := target_fitted(iki, number):
            return [Reply(f"«{short(text, 40)}» bukan jenis IKI; sebagai target «{short(iki.indikator, 60)}» pun tidak "
                          f"cocok: {misfit}")] + self.prompt(state)
        place = next((i for i, saved in enumerate(state.skp.iki) if saved is iki), None)
        named = f"IKI ke-{place + 1} «{short(iki.indikator, 60)}»" if place is not None else f"«{short(iki.indikator, 60)}»"
        absolute = ""
        if is_absolute(iki):  # «100» for a Persentase: absolute, said so, and «yaudah 95» next lowers it
            d.absolute_told, absolute = iki.indikator, f" {absolute_warning()}"
        if iki is d.current:
            d.last_number = "target"
            return [Reply(f"Target {render.target_text(iki)} tercatat untuk {named}.{absolute}")] + self.prompt(state)
        move = f"/ubah {place + 1} target ANGKA" if place is not None else "/ubah NOMOR target ANGKA"
        return [Reply(f"«{short(text, 40)}» bukan jenis IKI, jadi saya catat sebagai target IKI berikutnya yang belum "
                      f"bertarget: {named}, target {render.target_text(iki)}. Bila untuk IKI lain, ubah dengan {move}."
                      f"{absolute} Jenis IKI ini masih saya tanyakan:")] + self.prompt(state)

    @staticmethod
    def _lowers_absolute(d: Drafting, text: str, answer: Answer) -> bool:
        """One number below 100, conceded («yaudah 95», «ok deh 95»), typed at the question after a 100% target was
        just said to be absolute: the target lowered, never the data awal (d6-arsiparis01)."""
        if d.current is None or d.answered != "target" or d.field == "target" or not is_absolute(d.current):
            return False
        return Fields._concedes(d, text, answer)

    @staticmethod
    def _concedes(d: Drafting, text: str, answer: Answer) -> bool:
        """One number below 100 given way to («yaudah 95»), never a correction («ga jadi deh 90 aja» corrects as any
        answer is corrected) nor a named field."""
        if d.current is None or answer.correction:
            return False
        if len(answer.numbers) != 1 or answer.named or answer.numbers[0].unit not in (None, "%"):
            return False
        words = tokens(text)
        return answer.numbers[0].value < 100 and bool(_concessions().find(words)) \
            and len(words) <= MAX_VALUE_WORDS + 2

    def _told_absolute(self, state: UserState, told: str) -> IkiDraft | None:
        """The IKI whose 100% target was just said to be absolute at another IKI's question, while still 100%."""
        if not told:
            return None
        d = self._holder(state)
        queued = [iki for iki in getattr(d, "queue", []) if isinstance(iki, IkiDraft)]
        return next((iki for iki in [d.current, *state.skp.iki, *queued]
                     if iki is not None and iki.indikator == told and is_absolute(iki)), None)

    def _lower_target(self, state: UserState, number: Number, iki: IkiDraft | None = None) -> list[Reply]:
        iki = iki or self._holder(state).current
        self._set(iki, "target", number)
        said = Reply(f"Target «{short(iki.indikator, 60)}» diganti: {self._value_text(iki, 'target')} "
                     "(sebelumnya 100%).")
        return [said] + self.prompt(state)

    def _rejenis(self, state: UserState, jenis: Jenis) -> list[Reply]:
        """The jenis named again at the weight question: changed, and the weight asked again for the new jenis (a
        weight refused for the old one is weighed again for the new)."""
        d = self._holder(state)
        was, d.current.jenis = d.current.jenis, jenis
        said = Reply(f"Jenis «{short(d.current.indikator, 60)}» saya ganti: {was.label if was else '-'} → {jenis.label}.")
        if d.pending_bobot is not None:
            return [said] + self._take_weight(state, d.pending_bobot, keep=False)
        return [said] + self.prompt(state)

    def _no_baseline_elsewhere(self, state: UserState, text: str) -> list[Reply]:
        """The data awal's answer typed at another question: taken for the data awal (left empty, as its button
        does), and the question asked again, saying which one it is."""
        d = self._holder(state)
        asking = LABELS[d.field].lower()
        if FIELDS.index(d.field) < FIELDS.index("baseline"):  # its question comes later: said, and asked then
            return [Reply(f"«{short(text, 40)}» menjawab pertanyaan data awal, yang saya tanyakan sesudah {asking}; "
                          f"pilih tombolnya nanti. Yang saya tanyakan sekarang: {asking}.")] + self.prompt(state)
        d.current.baseline = None
        return [Reply(f"«{short(text, 40)}» saya catat untuk data awal «{short(d.current.indikator, 60)}»: dikosongkan "
                      f"(isi nanti dengan /ubah bila sudah diukur). Yang saya tanyakan sekarang: {asking}.")] \
            + self.prompt(state)

    def _estimate_kept(self, state: UserState, text: str) -> list[Reply]:
        """The user's own estimate («mungkin 70an», asked back as «70?») passed over by answering the next field: kept
        as the value (said back, changed with /ubah), and the answer given to the field it names."""
        d = self._holder(state)
        number = numbers_in(d.proposed, d.current.indikator)[0]
        field, d.proposed = d.field, ""
        self._set(d.current, field, number)
        d.answered = d.last_number = field
        units = self._check_units(state) if field == "target" else None
        if units:
            return units
        said = [Reply(f"{LABELS[field]} «{short(d.current.indikator, 60)}»: {self._value_text(d.current, field)} "
                      f"(perkiraan Anda; ubah dengan /ubah bila sudah diukur).")]
        following = self.advance(state)
        if d.current is not None and d.field in ("jenis", "bobot") and d.answered == field:
            return said + self.on_text(state, text)
        return said + following

    @staticmethod
    def asks_weight(text: str) -> bool:
        """«bobotnya brp?»: a short question about the weight; «bobotnya» alone too, at a question it cannot answer
        (d10-hkm08: «Data awal harus berupa angka»). Words: conversation.yaml field_asked `fields` `bobot`."""
        words = tokens(text)
        asked = knowledge.data("conversation")["field_asked"]
        weight = set(asked["fields"]["bobot"])
        intent = knowledge.data("intent")
        chat = weight | set(asked["weight_question"]) | set(intent["value_questions"]) | set(intent["filler"])
        bare = set(words) <= weight | set(intent["filler"])  # the weight named and nothing else
        return len(words) <= MAX_WEIGHT_QUESTION_WORDS and bool(weight & set(words)) and set(words) <= chat \
            and (bare or asks_instead(text)) and not numbers_in(text)

    def weight_asked(self, state: UserState, text: str) -> list[Reply] | None:
        """«bobotnya brp?» while an earlier field of an IKI with its target is asked (d13-rm03: the guidance's table
        was said, then «20 jg» read as a data awal of 20%): this IKI's weight asked now, with its suggestion and what
        is left; the jenis the suggested one when none is set, a data awal left open said so. None for any other
        message or question. Words: conversation.yaml field_asked `fields` `bobot`."""
        d = self._holder(state)
        if d.current is None or d.current.target is None or d.field not in LEFT_FOR_WEIGHT \
                or not self.asks_weight(text):
            return None
        number = self._number_text(state)
        said = []
        if self.asked(d.current, "baseline") and d.current.baseline is None and d.field != "jenis":
            said.append(f"Data awal IKI ini saya biarkan kosong dulu; isi nanti dengan /ubah {number} baseline ANGKA.")
        if d.current.jenis is None:
            d.current.jenis = self._suggest_jenis(state, d.current)
            said.append(f"Jenisnya saya isi {d.current.jenis.label} (saran); ganti dengan /ubah {number} jenis ….")
        d.field, d.proposed = "bobot", ""  # a data awal asked back («12%?») is no weight (d12-keu08: «Bobot: 12%?»)
        return ([Reply(" ".join(said))] if said else []) + self.prompt(state)

    def _later_fields_kept(self, state: UserState, text: str) -> list[Reply]:
        """A jenis or weight typed at the data awal (or the quarter due) question: given to the field it names, and
        the field asked left open, said so (never recorded as «belum ada data awal», which the user did not say)."""
        d = self._holder(state)
        current = d.current
        asked, left, how = ("data awal (capaian terakhir)", "Data awalnya", "baseline ANGKA") \
            if d.field == "baseline" else ("triwulan selesainya", "Triwulan selesainya", "selesai TRIWULAN")
        said = [Reply(f"«{short(text, 40)}» menjawab pertanyaan berikutnya, bukan {asked} «"
                      f"{short(d.current.indikator, 60)}». {left} masih kosong: isi dengan "
                      f"/ubah {self._number_text(state)} {how} bila sudah ada.")]
        following = self.advance(state)
        if d.current is current and d.field in ("jenis", "bobot"):
            return said + self.on_text(state, text)
        return said + following

    def accept(self, state: UserState) -> list[Reply] | None:
        """«ok», «sip» to a question that shows a suggestion (the weight, the jenis): the suggestion is taken; None
        when the open question has none (then it is small talk)."""
        d = self._holder(state)
        if d is None or d.current is None or d.proposed:
            return None
        if d.field == "bobot" and self.suggested_weight(state) is not None:
            return self._take_weight(state, self.suggested_weight(state), keep=False)
        if d.field == "jenis":
            d.current.jenis, d.answered = self._suggest_jenis(state, d.current), "jenis"
            return self.advance(state)
        return None

    def _take_number(self, state: UserState, field: str, answer: Answer, text: str) -> list[Reply]:
        d = self._holder(state)
        ends = value_range(text)
        if ends:  # «80-90%»: one value is kept, the user picks which (tester59 F12: 80% kept, 90% dropped unsaid)
            low, high = (self._with_implied_unit(d.current, end) for end in ends)
            d.proposed, d.other, d.other_label = low, high, high
            what = "Target" if field == "target" else "Data awal"
            return [Reply(f"«{short(text, 40)}» adalah rentang, sedangkan {what.lower()} diisi satu angka. Saya pakai "
                          f"batas bawahnya, {low}, atau {high}?")] + self.prompt(state)
        number = answer.value_for(field)
        if number is None:
            if field == "baseline" and answer.unsure:
                return self._baseline_left(state)
            if field == "target" and answer.unsure:
                return [Reply(UNSURE_TARGET)] + self.prompt(state)
            if field == "target" and leaves_choice(text):  # «kamu aja yg tentuin targetnya»
                return [Reply(CHOSEN_TARGET)] + self.prompt(state)
            if field == "target" and is_text_target(text):  # «WTP»: a grade a Renstra states as the target
                d.current.target, d.answered = text.strip(" .!"), "target"
                return self._noted(d.current, field, self.advance(state))
            other = "baseline" if field == "target" else "target"
            # «target 85 aja», no sentence; a fraction's words are its value's («target 9 dr 10 ya kak»)
            value_words = sum(len(tokens(n.share_of)) if n.share_of else 1 for n in answer.numbers)
            short_value = len(tokens(text)) <= MAX_VALUE_WORDS + value_words
            if other in answer.named and short_value:  # «target 85» at the data awal question: that field's value
                before = self._value_text(d.current, other)
                kept = d.current.target, d.current.satuan, d.current.baseline
                self._set(d.current, other, answer.named[other])
                problems = [f for f in check_iki(d.current).findings
                            if f.severity == "error" and f.category == "UNIT_MISMATCH"]
                if problems:  # «target 3000» for a Persentase: not this IKI's target, nothing changed
                    d.current.target, d.current.satuan, d.current.baseline = kept
                    return [Reply(f"«{short(text, 40)}» tidak cocok sebagai {LABELS[other].lower()} «"
                                  f"{short(d.current.indikator, 60)}»: {problems[0].message} Bila untuk IKI lain, ubah "
                                  f"dengan /ubah NOMOR {other} ANGKA. Yang saya tanyakan sekarang: "
                                  f"{LABELS[field].lower()}.")] + self.prompt(state)
                was = f" (sebelumnya {before})" if before else ""
                return [Reply(f"{LABELS[other]} «{short(d.current.indikator, 60)}»: "
                              f"{self._value_text(d.current, other)}{was}. Yang saya tanyakan sekarang: "
                              f"{LABELS[field].lower()}.")] + self.prompt(state)
            what = "Target" if field == "target" else "Data awal"
            return [Reply(f"{what} harus berupa angka, misalnya 100%, 4, atau 82,5. Coba lagi.")] + self.prompt(state)
        other = "baseline" if field == "target" else "target"
        if other in answer.named and getattr(d.current, other) is None:  # "target 80, baseline thn lalu 72"
            self._set(d.current, other, answer.named[other])
        counted = self._as_count(d.current, number) if field == "target" else None
        if counted and field in answer.named:  # «target 3000 aja»: the target named past 100 counts, as advised
            at = self._skip(state)
            edit = f"/ubah {at + 1} teks" if at is not None else "/ubah NOMOR teks (nomornya di /skp)"
            return [Reply(f"{number.text} lebih dari 100, jadi bukan persentase: ukurannya saya ganti menjadi "
                          f"«{counted}». Bila tetap persentase, tulis kalimatnya lagi dengan {edit}.")] \
                + self._counted(state, counted, number)
        if counted:  # a bare «3000» for a Persentase: the user may count; offered, never refused
            return [Reply(f"«{short(text, 40)}»: {number.text} lebih dari 100, jadi bukan persentase. Bila yang Anda "
                          f"hitung jumlahnya, ukurannya saya ganti: «{counted}», target {number.text}.",
                          [self._button(f"Ganti jadi Jumlah, target {number.text}", f"count:{number.text}")])] \
                + self.prompt(state)
        proposed = self._proposal(d.current, field, number) if number.approximate else None
        if proposed:  # «idk, 80an maybe»: asked back as it would be kept, «80%?»
            d.proposed, d.other = proposed, ""
            return [Reply(f"Saya baca «{short(text, 60)}» sebagai perkiraan.")] + self.prompt(state)
        if why := unlikely_value(d.current, field, number):  # «12» after «12 kali» was refused: asked, never stored
            return self.ask_back(state, number, text, why)
        self._set(d.current, field, number)
        d.answered = d.last_number = field
        # «target 1 inovasi, beyond, bobot 10»: the jenis and weight typed beside it kept too, and said
        beside = self._beside_target(d.current, answer) if field == "target" else ""
        replies = (self._check_units(state) if field == "target" else None) or self._noted(
            d.current, field, self.advance(state), number.share_of)
        if not beside or not replies:
            return replies
        first, _, rest = replies[0].text.partition("\n")  # after «Target … tercatat»
        return [replace(replies[0], text=f"{first} {beside}" + (f"\n{rest}" if rest else ""))] + replies[1:]

    @staticmethod
    def _beside_target(current: IkiDraft, answer) -> str:
        """The jenis and the weight (named «bobot») typed with a target, kept where the IKI has none (only the target
        was kept, and both were asked again)."""
        kept = []
        if answer.jenis is not None and current.jenis is None:
            current.jenis = answer.jenis
            kept.append(f"jenis {answer.jenis.label}")
        weight = answer.named.get("bobot")
        if weight is not None and current.bobot is None and current.jenis is not None and 0 < weight.value <= 100:
            current.bobot = weight.value
            kept.append(f"bobot {format_number(weight.value)}%")
        return f"Dari pesan yang sama saya catat juga {' dan '.join(kept)}." if kept else ""

    def ask_back(self, state: UserState, number: Number, text: str, why: str = "low") -> list[Reply]:
        """A number the measure would hardly take (answers.unlikely_value says why) for the field asked: proposed
        back with a «Ya» button, stored once confirmed or typed again."""
        d = self._holder(state)
        d.proposed = self._with_implied_unit(d.current, replace(number, unit=None) if why == "unit" else number)
        d.other = ""
        if why == "low" and number.unit is None and 0 < number.value < 1:
            # «0,85» for a Persentase: a share written as a fraction, 85%, as the realisasi asks «maksudnya 90%?»
            # (tester59 F13: only «Ya, 0,85%» was offered)
            d.other, d.proposed = d.proposed, f"{format_number(round(number.value * 100, 2))}%"
            d.other_label = f"Tetap {d.other}"
            return [Reply(f"«{short(text, 40)}» saya baca {d.proposed} (bukan {d.other}) sebagai "
                          f"{'targetnya' if d.field == 'target' else 'data awalnya'}. Betul?")] + self.prompt(state)
        read_as = f"«{short(text, 40)}» saya baca {d.proposed} sebagai"
        if why == "unit":
            said = (f"{read_as} data awalnya, padahal «{number.unit}» bukan persen: IKI ini diukur dalam persen. "
                    f"Betul {d.proposed}? Bila yang Anda punya jumlahnya, tulis persentasenya (jumlah yang memenuhi "
                    "dibagi seluruhnya, kali 100).")
        elif why == "above":
            said = (f"{read_as} data awalnya, padahal targetnya {d.current.target}: data awal sudah melampaui target "
                    "yang diharapkan naik. Betul? Bila betul, targetnya sebaiknya dinaikkan di atas data awal.")
        else:
            of = "targetnya" if d.field == "target" else f"data awalnya, padahal targetnya {d.current.target}"
            said = f"{read_as} {of}: rendah untuk persentase yang diharapkan naik. Betul?"
        return [Reply(said)] + self.prompt(state)

    def named_aside(self, state: UserState, text: str) -> list[Reply]:
        """The data awal or target a question names besides the field asked («biasanya brp? tahun lalu realisasinya
        2800an»): kept when the IKI lacks it and it fits the measure, and said back, so nothing typed with a question
        is lost; a number past 100 for a Persentase is said, never kept (it counts: the target can say so)."""
        d = self._holder(state)
        answer = read_answer(text, d.current.indikator)
        lines = []
        for name, number in answer.named.items():
            if name not in ("target", "baseline") or name == d.field or getattr(d.current, name) is not None:
                continue
            if number.unit is None and number.value > 100 and measure_class(d.current.indikator) == "percent":
                lines.append(f"{number.text} dari pesan Anda lebih dari 100, jadi bukan persentase. Bila yang Anda ukur "
                             f"jumlahnya, tulis targetnya (misalnya «target {number.text}») dan ukurannya saya ganti "
                             "menjadi Jumlah; angka itu jadi dasar targetnya.")
                continue
            self._set(d.current, name, number)
            basis = ": target ditetapkan dari angka itu" if name == "baseline" else ""
            lines.append(f"{LABELS[name]} {self._value_text(d.current, name)} dari pesan Anda saya catat untuk "
                         f"«{short(d.current.indikator, 60)}»{basis}.")
        return [Reply("\n".join(lines))] if lines else []

    def _named_at_satuan(self, state: UserState, text: str, named: list[str]) -> list[Reply]:
        """A message naming other fields with their numbers at the satuan question («simpan, target 0»): a value the
        IKI lacks kept (named_aside), one it holds said back, and the satuan asked again; never stored as the unit."""
        d = self._holder(state)
        kept = self.named_aside(state, text)
        held = [f"{LABELS[name].lower()} {self._value_text(d.current, name)}" for name in named
                if name in ("target", "baseline") and getattr(d.current, name) is not None]
        noted = f" ({', '.join(held)} sudah tercatat)" if held and not kept else ""
        said = f"«{short(text, 40)}» menyebut {' dan '.join(LABELS.get(n, n).lower() for n in named)}, bukan satuan{noted}."
        return kept + [Reply(said)] + self.prompt(state)

    def _noted(self, current: IkiDraft, field: str, replies: list[Reply], share_of: str = "") -> list[Reply]:
        """The value just taken said back before the next question («seratus persen» → «Target 100% tercatat»), so
        the user sees what was read, not only that the flow moved on; a Persentase's 100% is said to be absolute, a
        percentage read from a fraction said with it (`share_of`: «Target 80% (dibaca dari «12 dari 15»)»)."""
        read_from = f" (dibaca dari «{share_of}»)" if share_of else ""
        said = (f"{LABELS[field]} {self._value_text(current, field)}{read_from} tercatat untuk "
                f"«{short(current.indikator, 60)}».")
        if field == "target" and is_absolute(current):
            said += f" {absolute_warning()}"
        if field in ("target", "baseline"):
            said += baseline_held(current)
        if not replies:
            return [Reply(said)]
        return [replace(replies[0], text=f"{said}\n{replies[0].text}")] + replies[1:]

    def _counted(self, state: UserState, counted: str, number: Number) -> list[Reply]:
        """The IKI re-worded as the count `counted` with `number` as its target, then the next question."""
        d = self._holder(state)
        d.current.indikator, d.current.satuan = counted, None
        self._set(d.current, "target", number)
        d.answered = d.last_number = "target"
        return self._noted(d.current, "target", self.advance(state))

    @staticmethod
    def _as_count(current: IkiDraft, number: Number) -> str | None:
        """The IKI measured as a count («Jumlah hasil pemeriksaan …») when a bare number past 100 is typed as the
        target of a percentage; None otherwise."""
        from bot.rules.lexicon import lexicon

        if number.unit is not None or number.value <= 100 or measure_class(current.indikator) != "percent":
            return None
        words = tokens(current.indikator)
        measure = lexicon().measures.match_at(words, 0)
        count = next(" ".join(p) for p, kind in lexicon().measure_class.items() if kind == "count")
        rest = current.indikator.split()[len(measure):]
        return f"{count.capitalize()} {' '.join(rest)}" if rest else None

    @classmethod
    def _proposal(cls, current: IkiDraft, field: str, number: Number) -> str | None:
        """The value a guess is asked back as, as it would be kept (a Persentase's «80an» is «80%»; a unit its measure
        refuses left off), so the «Ya, …» button offered is always taken (tester53 P3-3: «80 maybe?» was offered,
        then refused); None when no value of it fits the measure (then refused as any misfit)."""
        if field != "target":
            return number.text
        shown = ([number.text] if number.unit else []) + [cls._with_implied_unit(current, replace(number, unit=None))]
        return next((value for value in shown if not target_misfit(current, value)), None)

    @staticmethod
    def _with_implied_unit(current: IkiDraft, number: Number) -> str:
        return f"{format_number(number.value)}%" if (current.satuan or implied_satuan(current)) == "%" else number.text

    @staticmethod
    def _set(current: IkiDraft, field: str, number: Number) -> None:
        if field == "bobot":  # a weight is a number, never text («12%» once crashed a later reply)
            current.bobot = number.value
            return
        number = widened(number, current.indikator)  # «12 berita acara» for «Jumlah berita acara …», not «12 berita»
        if number.unit not in (None, "%") and not is_unit(number.unit, current.indikator):
            number = replace(number, unit=None)  # «5 apus»: a chat word is never a target's unit (tester48 X-1)
        percent = number.unit is None and (current.satuan or implied_satuan(current)) == "%"
        # "70%", "2 NSPK", "85": the number as read, with its unit (a Persentase's bare "75" is 75%)
        setattr(current, field, replace(number, unit="%").text if percent else number.text)
        if field == "target":
            unit = number.unit if number.unit and number.unit != "%" else None
            # the satuan kept stays («12 kali» of an activity carried to «Jumlah sertifikat …» is 12 Sertifikat,
            # tester20a #16); /ubah's target replaces it when the typed unit fits (field_value._unit_follows, X-2)
            current.satuan = current.satuan or ("%" if number.unit == "%" else unit) or implied_satuan(current)

    def _confirm(self, state: UserState) -> list[Reply]:
        d = self._holder(state)
        number = numbers_in(d.proposed, d.current.indikator)[0]
        field, d.proposed, d.other = d.field, "", ""
        self._set(d.current, field, number)
        d.answered = d.last_number = field
        return (self._check_units(state) if field == "target" else None) or self._noted(d.current, field,
                                                                                          self.advance(state))

    def _retarget(self, state: UserState) -> list[Reply]:
        """The number asked back as the data awal taken as the target instead, said with the value it replaces; the
        data awal asked again."""
        d = self._holder(state)
        number, d.proposed = numbers_in(d.proposed, d.current.indikator)[0], ""
        before = self._value_text(d.current, "target") or "-"
        self._set(d.current, "target", number)
        d.answered = d.last_number = "target"
        return [Reply(f"Target «{short(d.current.indikator, 60)}» diganti: {self._value_text(d.current, 'target')} "
                      f"(sebelumnya {before}).")] + (self._check_units(state) or self.prompt(state))

    def correct(self, state: UserState, answer: Answer, text: str = "") -> list[Reply]:
        """«eh salah, 20 aja»: the number replaces the last answer (of this IKI, or of the one just saved); a value
        with a count's unit («eh salah, yg kader 175 kader») goes to the IKI counted in that unit (unit_named), and
        is refused for a Persentase."""
        d = self._holder(state)
        pending = answer.value_for("bobot") if d.current is not None and d.field == "bobot" else None
        if pending is not None and d.pending_bobot is not None:  # «25» refused as too much, then «eh salah, 20 aja»
            return self._take_weight(state, pending.value, keep=False)
        # After a jenis or a quarter (no number), the last number given replaces: the one answered, else the target
        # typed with the IKI itself («…, 80» then «Core TUSI» then «eh salah, 85 aja» at the weight).
        field = d.answered if d.answered in NUMBER_FIELDS else d.last_number
        at = d.saved if d.current is None or d.saved is not None else self._skip(state)
        if d.previous is not None and not d.answered:  # nothing answered on this IKI yet: the one just completed
            at, field = d.previous, d.previous_field
        iki = d.current if at is None else state.skp.iki[at] if at < len(state.skp.iki) else None
        if field not in NUMBER_FIELDS and iki is not None and iki.target is not None:
            field = "target"
        counted = answer.numbers[0] if len(answer.numbers) == 1 and not answer.named else None
        named = iki_of_unit(state.skp.iki, counted, text)
        if named is not None and state.skp.iki[named] is not iki:  # the value names another IKI by its unit
            return self._corrected(state, named, "target", counted, d)
        if counted is not None and counted.unit not in (None, "%") and iki is not None and field in ("target", "baseline") \
                and (iki.satuan or implied_satuan(iki)) == "%":
            return [Reply(f"«{counted.text}» bukan persen, padahal «{short(iki.indikator, 60)}» diukur dalam persen, "
                          f"jadi {LABELS[field].lower()}nya tetap {self._value_text(iki, field) or '-'}. Bila angka itu "
                          f"untuk IKI lain, tulis «/ubah NOMOR target {counted.text}» (nomornya di /skp).")] \
                + (self.prompt(state) if d.current is not None and d.field in FIELDS else [])
        number = answer.value_for(field) if field in NUMBER_FIELDS else None
        if iki is None or number is None:
            return [Reply("Jawaban mana yang diganti? Tulis nilai barunya saat pertanyaannya muncul, atau pakai "
                          "/ubah NOMOR (lihat /skp).")] + (self.prompt(state) if d.current is not None else [])
        before = self._value_text(iki, field) or "-"
        if field == "bobot":
            reason = overshoot(state.skp, iki.jenis, number.value, skip=at) if iki.jenis else None
            if reason:
                return [Reply(f"{reason} Bobot tetap {before}.")] + (self.prompt(state) if d.current is not None else [])
            iki.bobot = number.value
        else:
            self._set(iki, field, number)
        said = [Reply(f"{LABELS[field]} «{short(iki.indikator, 60)}» diganti: {self._value_text(iki, field)} "
                      f"(sebelumnya {before}).")]
        return said + (self.prompt(state) if d.current is not None and d.field in FIELDS else [])

    def _corrected(self, state: UserState, at: int, field: str, number: Number, d: Drafting) -> list[Reply]:
        """IKI `at`'s value put right, the reply naming that IKI by its number; the open question asked again."""
        iki = state.skp.iki[at]
        before = self._value_text(iki, field) or "-"
        self._set(iki, field, number)
        said = [Reply(f"{LABELS[field]} IKI {at + 1} «{short(iki.indikator, 60)}» diganti: {self._value_text(iki, field)} "
                      f"(sebelumnya {before}).")]
        return said + (self.prompt(state) if d.current is not None and d.field in FIELDS else [])

    def skip(self, state: UserState) -> list[Reply] | None:
        """The field question's none button («Belum ada data awal», «Belum tahu») pressed by a message passing over the
        field («skip aja bagian ini», answers.skips_field), the data awal left said as for «belum tau»; None when the
        question has no such button."""
        d = self._holder(state)
        action = NONE_BUTTONS.get(d.field) if d is not None and d.current is not None and not d.proposed else None
        if action == NONE_BUTTONS["baseline"]:
            return self._baseline_left(state)
        return self.on_button(state, action, "") if action else None

    def _baseline_left(self, state: UserState) -> list[Reply]:
        self._holder(state).answered = "baseline"
        return [Reply("Data awal saya kosongkan. Sebaiknya diukur di awal tahun, lalu isi dengan "
                      f"/ubah {self._number_text(state)} baseline.")] + self.advance(state)

    def on_button(self, state: UserState, action: str, arg: str) -> list[Reply] | None:
        """The field questions' own buttons; None when the button is not one of them (a stale one)."""
        d = self._holder(state)
        if d is None or d.current is None or d.field not in FIELDS:
            return None
        d.absolute_told = ""
        if action == "nobaseline" and d.field == "baseline":
            d.answered = "baseline"
            return self.advance(state)
        if action in ("due", "nodue") and d.field == "triwulan_selesai":
            d.current.triwulan_selesai = read_quarter(arg) if action == "due" else None
            d.answered = "triwulan_selesai"
            return self.advance(state)
        if action == "jenis" and d.field == "jenis" and arg in Jenis.__members__:
            d.current.jenis = Jenis(arg)
            d.answered = "jenis"
            return self.advance(state)
        if action == "unit" and d.field == "satuan" and arg:
            d.current.satuan, d.answered = arg, "satuan"
            return self.advance(state)
        if action == "keep" and getattr(d.current, d.field) not in (None, ""):
            d.proposed = ""
            return self.advance(state)
        if action == "yes" and d.proposed:
            return self._confirm(state)
        if action == "retarget" and d.proposed and d.field == "baseline":
            return self._retarget(state)
        if action == "other" and d.proposed and d.other:  # «Tetap 0,85%», «90%»: the other reading offered
            d.proposed = d.other
            return self._confirm(state)
        if action == "share" and d.field == "target" and numbers_in(arg):  # «12 dr 15 … brp persen?»: «Pakai 80%»
            return self.on_text(state, f"{arg}%")
        if action == "count" and d.field == "target" and numbers_in(arg):  # «Ganti jadi Jumlah, target 3000»
            counted = self._as_count(d.current, numbers_in(arg)[0])
            return self._counted(state, counted, numbers_in(arg)[0]) if counted else None
        if action == "rejenis" and d.field == "bobot" and arg in Jenis.__members__ and d.pending_bobot is not None:
            d.current.jenis = Jenis(arg)
            return self._take_weight(state, d.pending_bobot, keep=False)
        if action == "weight" and d.field == "bobot":
            value = parse_weight(arg)
            return self._take_weight(state, value, keep=False) if value is not None else None
        if action == "astarget" and d.field == "bobot":
            return self._as_waiting_target(state, arg)
        if action == "keepweight" and d.field == "bobot" and d.pending_bobot is not None:
            return self._take_weight(state, d.pending_bobot, keep=True)
        return None

    def back(self, state: UserState) -> list[Reply] | None:
        """One field back, keeping every value typed; None at the first field (the caller decides what is before)."""
        d = self._holder(state)
        d.proposed = ""
        earlier = self._earlier(d)
        if not earlier:
            return None
        d.field = earlier[0]
        return self.prompt(state)

    def _earlier(self, d: Drafting) -> list[str]:
        """The fields asked before this one, nearest first."""
        if d.field not in FIELDS:
            return []
        return [f for f in reversed(FIELDS[: FIELDS.index(d.field)]) if self.asked(d.current, f)]

    # Moving on --------------------------------------------------------------------------------------------
    @staticmethod
    def asked(current: IkiDraft, field: str) -> bool:
        """Whether this IKI is asked the field (a Persentase or a Nilai needs no satuan; a count no baseline)."""
        if field == "satuan":
            return implied_satuan(current) is None and measure_satuan(current) is None
        if field == "baseline":
            return needs_baseline(current)
        if field == "triwulan_selesai":
            return is_one_off(current)  # "1 dashboard": due in one quarter, not spread over the year
        return True

    def advance(self, state: UserState, after: str | None = None) -> list[Reply]:
        """To the next field this IKI still lacks, after the current one (or after `after`; "" = from the first);
        done() when it lacks none."""
        d = self._holder(state)
        if d.current.target is not None and not d.current.satuan:  # a target that came with the IKI («…: 95%»)
            parsed = parse_target(d.current.target)
            d.current.satuan = (parsed.unit if parsed and parsed.unit else None) or implied_satuan(d.current)
        field = d.field if after is None else after
        begin = FIELDS.index(field) + 1 if field in FIELDS else 0
        missing = [f for f in FIELDS[begin:] if self.asked(d.current, f) and getattr(d.current, f) is None
                   and not (f in ("baseline", "triwulan_selesai") and d.answered == f)
                   and not (f == "baseline" and (getattr(d, "no_baseline", False) or state.no_baseline_all))]
        if not missing:
            return self._done(state)
        d.field = missing[0]
        return self.prompt(state)

    @staticmethod
    def _refused_by(current: IkiDraft, satuan: str) -> list:
        """The rules' errors a satuan would add to the IKI (a unit that counts activities or documents), besides a
        unit that disagrees with the measure word (_check_units asks the target again for that): the chat refuses
        what the export would refuse (tester17b #8)."""
        def errors(draft: IkiDraft) -> list:
            return [f for f in check_iki(draft).findings if f.severity == "error" and f.category != "UNIT_MISMATCH"]

        before = {f.rule for f in errors(current.model_copy(update={"satuan": None}))}
        return [f for f in errors(current.model_copy(update={"satuan": satuan})) if f.rule not in before]

    def _check_units(self, state: UserState) -> list[Reply] | None:
        """Target and satuan must agree with the measure word (UNIT_MISMATCH) before the IKI moves on."""
        d = self._holder(state)
        misfit = d.current.target is not None and target_misfit(d.current, str(d.current.target))
        problems = [f for f in check_iki(d.current).findings if f.severity == "error" and f.category == "UNIT_MISMATCH"]
        if not problems and not misfit:
            return self._unit_refused(state)
        d.current.target, d.current.satuan = None, None
        d.field = "target"
        said = misfit or "\n".join(f"✗ {f.message}" for f in problems) + "\nTulis targetnya lagi."
        return [Reply(said)] + self.prompt(state)

    def _unit_refused(self, state: UserState) -> list[Reply] | None:
        """A target typed with a unit the rules refuse as a satuan («1 dokumen» for «Jumlah pedoman …»): its number
        kept, the satuan asked as when «dokumen» is typed at the satuan question, so the IKI never moves on with a
        verdict the list and the export give otherwise (tester54 F3); None when the unit is refused by nothing."""
        d = self._holder(state)
        parsed = parse_target(d.current.target) if d.current.target is not None else None
        unit = parsed.unit if parsed is not None and not parsed.is_percent else None
        bare = d.current.model_copy(update={"target": format_number(parsed.value), "satuan": None}) if unit else None
        # only an IKI the rules pass without the unit: one kept failing in the user's words keeps its fields as typed
        added = self._refused_by(bare, unit) if bare is not None and not check_iki(bare).has_error else []
        if not added:
            return None
        d.current.target, d.current.satuan = format_number(parsed.value), None
        counted = counted_noun(bare)  # «Jumlah pedoman …»: what it counts is its satuan, said, and the IKI moves on
        if counted and not self._refused_by(bare, counted):
            d.current.satuan = counted
            return [Reply("\n".join(f"! {f.message}" for f in added) + f"\nTarget {format_number(parsed.value)} "
                          f"{counted} saya catat (satuan «{counted}», yang dihitung IKI ini); ganti satuannya nanti "
                          "dengan /ubah bila perlu.")] + self.advance(state)
        d.field = "satuan"
        return [Reply("\n".join(f"✗ {f.message}" for f in added) + f"\nTarget {format_number(parsed.value)} saya "
                      "catat; tulis satuan lain.")] + self.prompt(state)

    def _take_weight(self, state: UserState, bobot: float, keep: bool) -> list[Reply]:
        d = self._holder(state)
        current = d.current
        if current.jenis is None:  # weight typed before the jenis: keep it, ask the jenis first
            d.pending_bobot, d.field = bobot, "jenis"
            return self.prompt(state)
        skp, skip = self._weighed(state)
        reason = "" if keep else weigh(skp, current, bobot, skip=skip)
        if reason:
            d.pending_bobot = bobot  # past the jenis's whole share, maybe the target still waiting («delapan puluh lima»)
            reason += self._beyond_share(state, bobot)
            return [Reply(f"{reason} Tulis bobot lain, atau ketik «tetap simpan» untuk menyimpan {format_number(bobot)}%.",
                          self._weight_options(state, bobot) + [self._button("« Kembali", "back")] + self._extra(state))]
        d.pending_bobot = None
        current.bobot = bobot  # weighed above, or kept past the caps («tetap simpan»)
        d.answered = d.last_number = "bobot"
        return self.advance(state)

    def _beyond_share(self, state: UserState, bobot: float) -> str:
        """A weight past its jenis's whole share under the guidance (policy.yaml weights: Core CL 50, TUSI 40 or 90,
        MI 10, Beyond 20), refused: the IKI still waiting for its target it may be meant for, said (its button is in
        _weight_options); "" when the weight fits the share or no target waits."""
        d = self._holder(state)
        skp, _ = self._weighed(state)
        if not past_share(skp, d.current.jenis, bobot):
            return ""
        iki = self._target_waiting(state)
        if iki is None or target_misfit(iki, format_number(bobot)):
            return ""
        return (f" Bila {format_number(bobot)} itu target «{short(iki.indikator, 60)}» (belum bertarget), tekan "
                "tombolnya di bawah.")

    def _target_waiting(self, state: UserState) -> IkiDraft | None:
        """The first IKI still without its target: this one, else the draft's, else the queue's."""
        d = self._holder(state)
        queued = [iki for iki in getattr(d, "queue", []) if isinstance(iki, IkiDraft)]
        return next((iki for iki in [d.current, *state.skp.iki, *queued] if iki.target in (None, "")), None)

    def _as_waiting_target(self, state: UserState, arg: str) -> list[Reply] | None:
        """«Jadikan target …» under a weight refused as past its jenis's share: the number is the target of the IKI
        still waiting for one; this IKI's weight is asked again."""
        iki, numbers = self._target_waiting(state), numbers_in(arg)
        if iki is None or not numbers or target_fitted(iki, numbers[0]):
            return None
        return [Reply(f"Target {render.target_text(iki)} tercatat untuk «{short(iki.indikator, 60)}».")] \
            + self.prompt(state)

    def _weight_options(self, state: UserState, bobot: float) -> list[Button]:
        """After a refusal: the jenis that still has room for this weight, what is left of this one, or keep it."""
        d = self._holder(state)
        skp, skip = self._weighed(state)
        limit, given = caps(skp), used(skp, skip=skip)
        options = []
        for jenis in Jenis:
            room = limit[jenis] - given[jenis]
            if jenis is not d.current.jenis and room >= bobot - 0.01 and jenis is not Jenis.core_mi \
                    and not overshoot(skp, jenis, bobot, skip=skip):
                options.append(self._button(f"Jadikan {jenis.label} (sisa {format_number(room)}%)", f"rejenis:{jenis.value}"))
        left = limit[d.current.jenis] - given[d.current.jenis]
        if left > 0.01 and not overshoot(skp, d.current.jenis, left, skip=skip):
            options.append(self._button(f"Pakai sisa {format_number(left)}%", f"weight:{format_number(left)}"))
        if bobot > limit[d.current.jenis] + 0.01:  # past the jenis's whole share: maybe the target still waiting
            waiting = self._target_waiting(state)
            if waiting is not None and not target_misfit(waiting, format_number(bobot)):
                options.append(self._button(f"Jadikan target «{short(waiting.indikator, 30)}»: {format_number(bobot)}",
                                            f"astarget:{format_number(bobot)}"))
        return options + [self._button(f"Tetap simpan {format_number(bobot)}%", "keepweight")]


def is_absolute(iki: IkiDraft) -> bool:
    """A Persentase given 100%: an absolute target, which the guidance keeps for a few kinds of work."""
    return render.target_text(iki) == "100%"


def absolute_warning() -> str:
    """Why a 100% target needs a reason (the guidance's words, said once in rules.yaml), and how to lower it."""
    allowed = knowledge.data("rules/rules")["categories"]["ABSOLUTE"]["allowed_for"]
    return (f"Target 100% adalah target mutlak. {allowed} (PermenPANRB 8/2021). Bila memang harus 100% (misalnya "
            "ditetapkan pimpinan), biarkan dan sepakati di dialog kinerja; bila tidak, tulis target lain sekarang, "
            "misalnya «target 95».")


@knowledge.cached
def _concessions() -> PhraseSet:
    return PhraseSet(knowledge.data("conversation")["field_asked"]["absolute_lowered"])


def target_fitted(iki: IkiDraft, number: Number) -> str | None:
    """Set a typed target where the IKI's measure can hold it; None once set, else why not («160 SK» on a Persentase)
    for the caller to ask back."""
    if measure_class(iki.indikator) == "percent":  # «no 2 = 0,85»: 85%
        number = as_percentage(number)
    if misfit := target_misfit(iki, number.text):
        return misfit
    Fields._set(iki, "target", number)
    return None


def _listed(state: UserState, iki: IkiDraft | None) -> bool:
    """Whether the IKI is a line of the last pasted list (as typed, as read, or saved in a line's place)."""
    if iki is None:
        return False
    text = iki.indikator.lower()
    return any(text in {item.text.lower(), read(item.text).text.lower(), as_typed(item.text).lower()}
               for item in state.listed)


def _pending(state: UserState, queued: list[IkiDraft]) -> list[IkiDraft]:
    """The last pasted list's lines not in the draft nor queued yet (a line refused, waiting for its rewrite), each
    once, as drafts with the jenis typed on them: a weight suggested now leaves them room (tester20a #15: the 7th
    TUSI IKI was offered 1%)."""
    taken = {iki.indikator.lower() for iki in [*state.skp.iki, *queued]}
    found, seen = [], set()
    for item in state.listed:
        counted = count_inside(as_typed(item.text))  # saved as written, its count out of its words
        forms = {item.text.lower(), read(item.text).text.lower(), as_typed(item.text).lower()} \
            | ({counted[0].lower()} if counted else set())
        if item.dropped or forms & (taken | seen):
            continue
        seen |= forms
        found.append(IkiDraft(indikator=item.text, jenis=item.jenis, bobot=item.bobot))
    return found


def _keeps_mandatory(iki: IkiDraft, text: str) -> bool:
    """Whether the mandatory IKI (IP ASN), still of its own jenis, keeps it against a jenis typed at its question:
    only words naming it («IP ASN tusi aja») re-tag it (tester52 P3-2: «tusi» meant for an IKI typed meanwhile made
    the mandatory IKI Core TUSI, and the SKP checks stopped asking for it)."""
    return is_mandatory(iki) and iki.jenis is mandatory_iki().jenis and not is_mandatory(IkiDraft(indikator=text))
