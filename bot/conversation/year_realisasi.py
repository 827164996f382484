"""Capaian and realisasi in the chat: /capaian, a quarter's figure typed or asked, a percent or running figure
confirmed, and figures typed before the SKP had IKI kept and offered later."""

import re
from datetime import date, datetime

from bot import knowledge
from bot.conversation import realisasi_fix, realisasi_offer, realisasi_walk, year_logbook_fix
from bot.conversation.iki_fields import is_yes, short
from bot.conversation.replies import Button, Reply
from bot.conversation.starred import read_starred
from bot.conversation.state import UserState, YearAsk
from bot.conversation.year_logbook import catat, no_skp, pick_buttons, waiting_note
from bot.lang.dates import quarter_number, quarter_pattern, short_date
from bot.lang.numbers import format_number, parse_number
from bot.lang.refs import iki_refs
from bot.lang.text import PhraseSet, phrase_set, token_spans, tokens
from bot.lang.values import numbers_in
from bot.rules.draft_reading import read
from bot.rules.lexicon import lexicon
from bot.year import capaian as capaians
from bot.year import linking
from bot.year.entry_dates import when
from bot.year.entry_kind import EntryKind, kind_of
from bot.year.entry_records import iki_number_in
from bot.year.left_out import left_lines
from bot.year.line import line
from bot.year.models import EntryStatus, Unplaced
from bot.year.periods import quarter_end, quarter_label, quarter_of
from bot.year.realisasi_reading import RealisasiAnswer, figure_only, read_realisasi, record_answers
from bot.year.vocabulary import vocabulary

WAITING_NAMED = 8  # entries still waiting for their IKI named in one sentence before «…»


def period_quarter(text: str) -> int | None:
    """The quarter a question about the capaian names: «capaian Q1 sy brp?» 1, «progres sy s.d. Juni» 2 (the quarter
    a month closes or falls in); None when it names none."""
    named = quarter_pattern().search(text)
    if named:
        return quarter_number(named.group(1))
    months = vocabulary().months
    month = next((months[t] for t in tokens(text.lower()) if t in months), None)
    return (month - 1) // 3 + 1 if month else None


def capaian(state: UserState, now: datetime, only: int | None = None, quarter: int | None = None) -> list[Reply]:
    """/capaian, or one IKI's when a question names it («IKI 3 berapa sih capaiannya sekarang?»: only=3); a quarter
    named («capaian TW II saya») shows that quarter's row of each IKI."""
    if not state.skp.iki:
        return no_skp(state, "/capaian")
    found = capaians.capaian_all(state.skp, state.year, now.date())
    if only is not None and 1 <= only <= len(found):
        found = [found[only - 1]]
    head = "Capaian per IKI" if only is None or len(found) > 1 else "Capaian"
    head = f"{head}, {quarter_label(quarter)}:" if quarter else f"{head}:"
    lines = [head] + [capaians.capaian_text(c, quarter) for c in found]
    behind = [c for c in found if c.behind]
    # a rate «dipantau» (no quarterly target) below its annual target is said as what it is, never flagged for the
    # dialog as a trajectory missed (tester54 F11: «rencana dipantau» beside «Bahas di dialog kinerja»)
    missed = [c for c in behind if capaians.behind_flag(c) != capaians.behind_flag_annual()]
    monitored = [c for c in behind if c not in missed]
    if missed:
        said = capaians.behind_said(missed)
        lines.append(f"{said[:1].upper()}{said[1:]}: IKI " + ", ".join(str(c.number) for c in missed)
                     + ". Bahas di dialog kinerja.")
    for c in monitored:
        lines.append(f"IKI {c.number} dipantau tanpa target per triwulan; realisasinya masih di bawah target tahunan "
                     f"{capaians.value_text(c.target, c.unit)}, yang diukur pada TW IV. Bila ingin target per "
                     f"triwulan, sepakati di dialog kinerja lalu tulis /ubah {c.number} triwulan diikuti empat target.")
    unsure = [e for e in state.year.entries if e.status is EntryStatus.unsure]
    buttons = []
    if unsure:  # their counts are in no capaian above until an IKI is picked (tester48 P1-7: 217 of ~2,300 samples)
        e = unsure[-1]
        if len(unsure) > 1:
            named = ", ".join(u.id for u in unsure[:WAITING_NAMED]) + (", …" if len(unsure) > WAITING_NAMED else "")
            lines.append(f"{len(unsure)} catatan belum dipilih IKI-nya, jadi belum dihitung di atas ({named}); pilih "
                         f"IKI-nya satu per satu: di bawah, atau ketik «{unsure[0].id} ke IKI 1».")
        lines.append(f"Catatan {e.id} ({short_date(e.day)}: {short(e.text, 60)}) belum dipilih IKI-nya:")
        buttons = pick_buttons(state.skp, e)
    if only is None:  # an IKI a perubahan took out keeps its realisasi: said, never left to the export (tester22b #6)
        lines += left_lines(state.year, state.skp)
    return [Reply("\n".join(lines), buttons)]


def _figure_of_running_quarter(state: UserState, answers: list, today: date) -> bool:
    """«HI bulan ini 3%, masukin ke iki 4» while no quarter waits for its realisasi: a figure reported for a
    percentage or a ceiling, kept as a logbook entry of that IKI (its latest figure is the quarter's, offered when the
    quarter ends) instead of a realisasi refused for a quarter not ended, which dropped the number."""
    quarter = asked_quarter(state, today)
    if quarter_end(state.year.performance_year(today), quarter) <= today or len(answers) != 1:
        return False
    a = answers[0]
    return a.quarter is None and not (a.from_logbook or a.not_yet or a.pending or a.dash or a.yearly_later) \
        and 1 <= a.number <= len(state.skp.iki) and capaians.takes_latest(state.skp.iki[a.number - 1])


def asked_quarter(state: UserState, today: date) -> int:
    """The triwulan a realisasi answer is for: the one asked about, else the last one that ended. The question holds
    only in the triwulan it was asked in (tester22b #1: «isi realisasi tw 2» typed in July sent October's figures to
    TW II, over its values)."""
    ask = state.year_ask
    if ask and ask.kind == "realisasi" and ask.quarter and not _outlived(ask, today):
        return ask.quarter
    return quarter_of(today) - 1 or 4


def _outlived(ask: YearAsk, today: date) -> bool:
    """A quarter's question asked before another triwulan ended."""
    return ask.asked_on is not None and (ask.asked_on.year, quarter_of(ask.asked_on)) != (today.year, quarter_of(today))


def realisasi(state: UserState, text: str, now: datetime) -> list[Reply]:
    """"IKI 1 sesuai catatan aja", "IKI 2: 120 dari 125": the realisasi of the quarter, each figure checked; under
    «Isi realisasi TW I» asked one IKI at a time, the next IKI still waiting is asked after it (issue 18)."""
    walk = realisasi_walk.walking(state)
    replies = _realisasi(state, text, now)
    if walk is not None and state.year_ask == walk:  # no question of its own opened (a refusal, «… saja?»)
        if _outlived(walk, now.date()):  # a walk begun in an earlier triwulan: the user has moved on (tester22b #1)
            state.year_ask = None
            return replies
        return replies + realisasi_walk.step(state, now.date(), walk.walk)
    return replies


def _walk_kept(ask: YearAsk | None) -> dict:
    """The walk a question about one figure interrupts («maksudnya 90%?» under «Isi realisasi TW I»): carried on
    that question so its answer lets the walk go on (`resumed`)."""
    return {"asked_on": ask.asked_on, "walk": ask.walk} if ask is not None and ask.kind == "realisasi" and ask.walk \
        else {}


def resumed(state: UserState, ask: YearAsk | None, replies: list[Reply] | None, now: datetime) -> list[Reply] | None:
    """A question about one figure answered (typed, tapped or put right: «eh salah, 88%») while «Isi realisasi TW I»
    walked the IKI: the walk goes on with the next IKI still waiting, never left silent (tester59 F5)."""
    if not replies or ask is None or not ask.walk or not ask.quarter or state.year_ask is not None:
        return replies
    state.year_ask = YearAsk(kind="realisasi", quarter=ask.quarter, asked_on=ask.asked_on, walk=ask.walk)
    return replies + realisasi_walk.step(state, now.date(), ask.walk)


def _realisasi(state: UserState, text: str, now: datetime) -> list[Reply]:
    was = state.year_ask
    answers = read_realisasi(text, state.skp)
    if not answers:
        return [Reply("Realisasi IKI mana? Tulis misalnya «IKI 1: 612 dari 680», «IKI 3 sesuai catatan» atau "
                      "«IKI 4 rata-rata 4,2 hari».")]
    today = now.date()
    if _figure_of_running_quarter(state, answers, today):
        return catat(state, text, now)
    # "IKI 3 = 0,87" for a percentage: 0,87% or 87%? asked before anything is kept for that IKI
    doubtful = [a for a in answers if a.value is not None and 0 < a.value < 1 and a.numerator is None
                and not re.search(r"%|persen", a.text, re.IGNORECASE)  # «0,8%» typed with its sign is meant
                and 1 <= a.number <= len(state.skp.iki) and capaians.is_percent(state.skp.iki[a.number - 1])]
    answers = [a for a in answers if a not in doubtful]
    quarter = asked_quarter(state, today)
    state.year, outcomes = record_answers(state.year, state.skp, answers, quarter, today, now)
    notes, buttons = [], []
    for a in answers:  # «sesuai catatan»: the entries of that quarter still waiting for their IKI are not in the sum
        if a.from_logbook and 1 <= a.number <= len(state.skp.iki) and not buttons:
            notes, buttons = waiting_note(state, a.number, a.quarter or quarter, state.year.performance_year(today))
    running = next((o for o in outcomes if o.running), None)
    asked = None
    if running and not buttons and not doubtful:  # «IKI 2 = 230» after TW I's 210: the quarter's alone, said, asked
        kept = capaians.typed(state.year, state.skp.iki[running.number - 1].indikator, quarter)
        if kept is not None:  # kept as typed, «belum pasti» until the answer decides (tester17b #1, year18 #1)
            asked = running
            _mark_asked(state, kept, True)
            state.year_ask = YearAsk(kind="running", line=f"{running.number} {format_number(kept.value)}",
                                     quarter=quarter, **_walk_kept(was))
            notes.append(f"IKI {running.number}: {format_number(kept.value)} itu angka {quarter_label(quarter)} saja, "
                         "atau total sejak Januari? Sampai Anda jawab, angkanya tercatat sebagai angka "
                         f"{quarter_label(quarter)} saja, ditandai «belum pasti».")
            buttons = running_buttons(quarter)
    unsplit = next((o for o in outcomes if o.unsplit), None)
    if unsplit and not asked and not buttons and not doubtful:  # «total smp juni 5.850» with TW I empty (tester22b #20)
        kept = capaians.typed(state.year, state.skp.iki[unsplit.number - 1].indikator, quarter)
        if kept is not None:
            asked = unsplit
            _mark_asked(state, kept, True)
            state.year_ask = YearAsk(kind="split", line=f"{unsplit.number} {format_number(kept.value)}",
                                     quarter=quarter, **_walk_kept(was))
            notes.append(split_question(state, state.year_ask))
            buttons = split_buttons(quarter)
    replies = [Reply("\n".join([("Belum pasti: " if o is asked else "Disimpan: " if o.kept else "") + o.message
                                for o in outcomes] + notes), buttons)] if outcomes else []
    refused = [o for o in outcomes if o.refused] or [o for o in outcomes if o.unread]  # «IKI 3: berapa …?»: «12»
    if len(refused) == 1 and not asked and not buttons and not doubtful:  # «IKI 4: 3 dari 2» refused: «2 dari 2» next
        was = state.year_ask  # is that figure put right (`restated`); the quarter's own question kept for after it
        state.year_ask = YearAsk(kind="refused", line=str(refused[0].number), quarter=next(
            (a.quarter for a in answers if a.number == refused[0].number and a.quarter), quarter),
            asked_on=was.asked_on if was is not None and was.kind == "realisasi" else None,
            walk=was.walk if was is not None and was.kind == "realisasi" else None)  # the walk goes on after it
    if doubtful:
        a = doubtful[0]
        state.year_ask = YearAsk(kind="percent", line=f"IKI {a.number} {format_number(a.value * 100)}%",
                                 quarter=a.quarter or asked_quarter(state, today), **_walk_kept(was))
        replies.append(Reply(f"IKI {a.number}: maksudnya {format_number(a.value * 100)}% (bukan "
                             f"{format_number(a.value)}%)?", [Button(f"Ya, {format_number(a.value * 100)}%",
                                                                     "year:percent:yes"),
                                                              Button(f"Tetap {format_number(a.value)}%",
                                                                     "year:percent:as_typed")], choice_only=True))
    return replies


def _mark_asked(state: UserState, kept, asked: bool) -> None:
    """The figure a «… saja, atau total sejak Januari?» question is about marked as waiting for it, or as settled."""
    state.year = state.year.model_copy(update={"realisasi": [r.model_copy(update={"asked": asked}) if r == kept else r
                                                             for r in state.year.realisasi]})


def _asked_figure(state: UserState, ask: YearAsk):
    """The kept figure the open «… saja, atau total?» question is about, or None."""
    number = int(ask.line.split()[0])
    if not 1 <= number <= len(state.skp.iki):
        return None
    return capaians.typed(state.year, state.skp.iki[number - 1].indikator, ask.quarter or 1)


def _left_unanswered(state: UserState) -> tuple[str, str, str, int | None] | None:
    """The figure a year question asked about, kept as typed once the next message is something else: its IKI number,
    value, unit and quarter; None when it is gone."""
    ask, state.year_ask = state.year_ask, None
    kept = _asked_figure(state, ask)
    if kept is None:
        return None
    _mark_asked(state, kept, False)
    number, value = ask.line.split()
    return number, value, capaians.unit_of(state.skp.iki[int(number) - 1]), ask.quarter


def running_left(state: UserState) -> list[Reply]:
    """«… saja, atau total sejak Januari?» left unanswered (the next message is something else): the figure stays
    the quarter's own, as typed, and the reply says so with how to say it was a total (nothing typed is lost)."""
    left = _left_unanswered(state)
    if left is None:
        return []
    number, value, unit, quarter = left
    tw = quarter_label(quarter or 1)
    return [Reply(f"IKI {number}: {value} {unit} tetap tersimpan sebagai angka {tw} saja. Bila itu total sejak "
                  f"Januari, tulis «IKI {number} total sejak januari {value}».")]


def running_buttons(quarter: int) -> list[Button]:
    return [Button(f"{quarter_label(quarter)} saja", "year:running:quarter"),
            Button("Total sejak Januari", "year:running:since")]


def running_answer(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """The answer to «… itu angka TW II saja, atau total sejak Januari?»: typed («itu TW 2 aja», «kumulatif») or
    tapped ("quarter", "since"); None when the text answers neither (it is then read as what it is)."""
    ask = state.year_ask
    if ask is None or ask.kind != "running":
        return None
    tapped = text in ("since", "quarter")
    number, value = ask.line.split()
    again = [] if tapped else [a for a in read_realisasi(text, state.skp) if a.number == int(number)]
    if again and not (len(again) == 1 and _same_figure(again[0], value, ask.quarter)):
        return _typed_again(state, ask, text, now)
    bare = re.sub(rf"(?<![\d.,]){re.escape(value)}(?![.,]?\d)", " ", text)  # «yg 160 itu total»: the figure asked
    if not tapped and not again and (re.search(r"\d", quarter_pattern().sub(" ", bare))
                                     or read_realisasi(text, state.skp)
                                     or kind_of(bare, logging=True).kind is EntryKind.report):
        return None  # another figure, another IKI's realisasi or a line of work: not this answer
    words = tokens(bare)
    said = knowledge.data("capaian")
    since = text == "since" or PhraseSet(said["since_start"] + said["since_answer"]).find(words) is not None
    only = text == "quarter" or phrase_set("capaian", "quarter_only").find(words) is not None \
        or quarter_pattern().search(text)
    if not since and not only:
        return None
    state.year_ask = None
    if since:
        return realisasi_for(state, f"IKI {number} kumulatif {value}", ask.quarter, now)
    kept = _asked_figure(state, ask)
    if kept is not None:
        _mark_asked(state, kept, False)
    iki = state.skp.iki[int(number) - 1]
    total = capaians.capaian_of(iki, int(number), state.year, now.date()).quarters[(ask.quarter or 1) - 1].cumulative
    unit = capaians.unit_of(iki)
    return [Reply(f"Baik, IKI {number}: {value} {unit} untuk {quarter_label(ask.quarter or 1)} saja"
                  + (f"; kumulatif sejak Januari {format_number(total)} {unit}." if total is not None else "."))]


def _same_figure(a: RealisasiAnswer, value: str, quarter: int | None) -> bool:
    """«IKI 3 TW II: 45» under «IKI 3: 45 itu angka TW II saja, atau total …?»: the figure asked about, restated with
    its quarter named, answers «TW II saja»."""
    return a.quarter is not None and a.quarter == quarter and a.value == parse_number(value) and a.numerator is None \
        and not (a.since_start or a.from_logbook or a.not_yet or a.pending or a.dash or a.yearly_later)


def _typed_again(state: UserState, ask: YearAsk, text: str, now: datetime) -> list[Reply]:
    """Another figure for the IKI asked about («IKI 3 TW II: 50», «IKI 3 total 90»): the question is over and the
    message is read as the realisasi it is; the reply says only what it did, never that the figure asked about
    «tetap tersimpan» while this one replaces it."""
    state.year_ask = None
    kept = _asked_figure(state, ask)
    if kept is not None:
        _mark_asked(state, kept, False)
    return realisasi(state, text, now)


def restated(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """«maksudnya 2 dari 2», «eh salah, 87%» right under a question about the figure just kept for IKI N («… saja,
    atau total sejak Januari?», «maksudnya 87%?», «berapa yang di TW I?»): the figure typed again, read as IKI N's
    for the same quarter in place of the one asked about; None when the message does not open with a restating word
    (`conversation.yaml` `restates`), holds no figure, or names another IKI or a line of work."""
    ask = state.year_ask
    if ask is None or ask.kind not in ("running", "split", "percent", "refused") or not ask.line:
        return None
    number = ask.line.removeprefix("IKI ").split()[0]
    words = tokens(text)
    lead = phrase_set("conversation", "restates").find(words)
    if ask.kind == "refused" and lead is None and figure_only(text):
        lead = (0, [])  # «2 dari 2» right under «Pembilang (3) tidak bisa lebih besar …»: the figure again
    if lead is None or lead[0] != 0 or not number.isdigit() or not 1 <= int(number) <= len(state.skp.iki) \
            or any(a.number != int(number) for a in read_realisasi(text, state.skp)):
        return None
    figure = (text[token_spans(text)[len(lead[1]) - 1][1]:] if lead[1] else text).strip(" ,.:;-")
    iki = state.skp.iki[int(number) - 1]
    own = set(tokens(f"{iki.indikator} {iki.satuan} {iki.target}")) | set(knowledge.data("capaian")["fraction_words"])
    if not figure_only(figure) or any(not w[0].isdigit() and w not in own for w in tokens(figure)) \
            and kind_of(figure, logging=True).kind is EntryKind.report:  # «eh salah, verif 12 berkas»: work
        return None
    kept = _asked_figure(state, ask) if ask.kind not in ("percent", "refused") else None
    if kept is not None:  # the figure asked about gives way to the one typed again
        state.year = state.year.model_copy(update={"realisasi": [r for r in state.year.realisasi if r != kept]})
    state.year_ask = YearAsk(kind="realisasi", quarter=ask.quarter, asked_on=now.date() if ask.kind != "refused"
                             else ask.asked_on, walk=ask.walk)  # that quarter's figure
    replies = realisasi(state, f"IKI {number}: {figure}", now)
    if state.year_ask is not None and state.year_ask.kind == "realisasi" and not state.year_ask.line \
            and not state.year_ask.walk:
        state.year_ask = None  # no question of its own: nothing stays open
    return replies


def split_question(state: UserState, ask: YearAsk) -> str:
    """«total sejak Januari» kept whole for a quarter while the quarters before it are empty: how much was theirs?"""
    number, value = ask.line.split()
    unit = capaians.unit_of(state.skp.iki[int(number) - 1])
    tw, before = quarter_label(ask.quarter), _quarters_before(ask.quarter)
    example = "«TW I 2.900»" if ask.quarter == 2 else "«TW I 2.900, TW II 3.000»"
    return (f"IKI {number}: {value} {unit} itu total sejak Januari, tetapi {before} belum berisi realisasi. Berapa "
            f"yang dikerjakan di {before}? Tulis angkanya, misalnya {example}; sisanya untuk {tw}. Atau pilih "
            f"«Semua di {tw}» ({before} tetap kosong). Sampai Anda jawab, semuanya tercatat di {tw}, ditandai "
            "«belum pasti».")


def _quarters_before(quarter: int) -> str:
    return " dan ".join(quarter_label(q) for q in range(1, quarter))


def split_buttons(quarter: int) -> list[Button]:
    return [Button(f"Semua di {quarter_label(quarter)}", "year:split:all")]


def split_answer(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """The answer to «Berapa yang dikerjakan di TW I?»: «Semua di TW II» (tapped "all", or typed), or the earlier
    quarters' figures («TW I 2.900», a bare «2900» when one quarter is before): those kept, the rest for the asked
    quarter. None when the text answers neither (it is then read as what it is)."""
    ask = state.year_ask
    if ask is None or ask.kind != "split":
        return None
    number, value = ask.line.split()
    total, quarter = parse_number(value) or 0.0, ask.quarter or 2
    iki = state.skp.iki[int(number) - 1]
    words = tokens(quarter_pattern().sub(" ", text))
    if text == "all" or (not any(w[0].isdigit() for w in words)
                         and (phrase_set("capaian", "split_whole").find(words)
                              or phrase_set("capaian", "quarter_only").find(words))):
        state.year_ask = None
        kept = _asked_figure(state, ask)
        if kept is not None:
            _mark_asked(state, kept, False)
        return [Reply(f"Baik, IKI {number}: {value} {capaians.unit_of(iki)} semuanya untuk {quarter_label(quarter)}; "
                      f"{_quarters_before(quarter)} tetap kosong.")]
    figures = _split_figures(text, quarter)
    if figures is None or kind_of(text, logging=True).kind is EntryKind.report:
        return None
    if sum(figures.values()) > total:
        return [Reply(f"Jumlah {_quarters_before(quarter)} ({format_number(sum(figures.values()))}) lebih besar dari "
                      f"totalnya ({value}). Tulis lagi angkanya, atau pilih «Semua di {quarter_label(quarter)}».",
                      split_buttons(quarter))]
    state.year_ask = None
    today = now.date()
    lines = []
    for q, figure in sorted(figures.items()) + [(quarter, total - sum(figures.values()))]:
        state.year, outcomes = record_answers(state.year, state.skp, [RealisasiAnswer(int(number), q, value=figure)],
                                              q, today, now)
        lines += [("Disimpan: " if o.kept else "") + o.message for o in outcomes]
    return [Reply("\n".join(lines))]


def _split_figures(text: str, quarter: int) -> dict[int, float] | None:
    """«TW I 2.900, TW II 3.000» → {1: 2900, 2: 3000}; a bare «2900» is the one quarter before TW II; None when the
    text holds no such figures (or names the asked quarter or a later one)."""
    figures = {}
    marks = list(quarter_pattern().finditer(text))
    for k, mark in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        found = re.search(r"\d[\d.,]*", text[mark.end():stop])
        q = quarter_number(mark.group(1))
        if found is None or q is None or q >= quarter:
            return None
        figures[q] = parse_number(found.group(0).rstrip(".,"))
    if not marks:
        numbers = re.findall(r"\d[\d.,]*", text)
        if quarter != 2 or len(numbers) != 1:
            return None
        figures[1] = parse_number(numbers[0].rstrip(".,"))
    return figures if figures and None not in figures.values() else None


def split_left(state: UserState) -> list[Reply]:
    """«Berapa yang dikerjakan di TW I?» left unanswered: the total stays whole in its quarter, said with how to
    split it later (nothing typed is lost)."""
    left = _left_unanswered(state)
    if left is None:
        return []
    number, value, unit, quarter = left
    return [Reply(f"IKI {number}: {value} {unit} tetap tercatat semuanya di {quarter_label(quarter or 2)}; "
                  f"{_quarters_before(quarter or 2)} kosong. Bila sebagian dikerjakan lebih awal, tulis misalnya "
                  f"«IKI {number} TW 1 2.900».")]


def percent_answer(state: UserState, text: str, now: datetime) -> list[Reply]:
    """The answer to «maksudnya 87%?»: yes (or the figure again), or the value as typed ("as_typed")."""
    ask, state.year_ask = state.year_ask, None
    number = ask.line.split()[1]
    if text == "as_typed":
        value = format_number(float(ask.line.split()[2].rstrip("%").replace(",", ".")) / 100)
        return realisasi_for(state, f"IKI {number} {value}", ask.quarter, now)
    typed = re.search(r"\d[\d.,]*\s*%?", text) if text != "yes" else None
    figure = typed.group(0) if typed else ask.line.split()[2]
    return realisasi_for(state, f"IKI {number} {figure if '%' in figure else figure + '%'}", ask.quarter, now)


def percent_typed(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """A typed answer to «maksudnya 87%?»: yes, or the figure again («iya 87%»); None for anything else — a line of
    work or another IKI's realisasi holds a number too («hari ini verif 12 berkas» is no «12%»)."""
    figure = any(ch.isdigit() for ch in text)
    if figure and (kind_of(text, logging=True).kind is EntryKind.report
                   or any(a.number != int(state.year_ask.line.split()[1]) for a in read_realisasi(text, state.skp))):
        return None
    if figure or is_yes(text):
        return percent_answer(state, text if figure else "yes", now)
    return None


def percent_left(state: UserState) -> list[Reply]:
    """«IKI 2: maksudnya 87% (bukan 0,87%)?» left unanswered: neither reading is kept for it, so the reply says the
    figure is not saved and how to type either (a figure typed is never dropped silently, year18 #1)."""
    ask, state.year_ask = state.year_ask, None
    _, number, meant = ask.line.split()
    typed = format_number(float(meant.rstrip("%").replace(",", ".")) / 100)
    return [Reply(f"Realisasi IKI {number} {quarter_label(ask.quarter or 1)} belum saya simpan (pertanyaan tadi belum "
                  f"dijawab). Tulis «IKI {number} {meant}» atau «IKI {number} {typed}%».")]


def realisasi_for(state: UserState, text: str, quarter: int | None, now: datetime) -> list[Reply]:
    today = now.date()
    state.year, outcomes = record_answers(state.year, state.skp, read_realisasi(text, state.skp),
                                          quarter or asked_quarter(state, today), today, now)
    return [Reply("\n".join(("Disimpan: " if o.kept else "") + o.message for o in outcomes))]


def ask_realisasi(state: UserState, quarter: int, today: date | None = None) -> list[Reply]:
    """«Isi realisasi TW I» (the reminder's button, or its label typed): the quarter's figures asked one IKI at a
    time (realisasi_walk), each with what the logbook says."""
    return realisasi_walk.start(state, quarter, today)


def _filling(state: UserState, now: datetime) -> bool:
    """The user is filling the quarter's realisasi right now: one was kept today after the last logbook entry (or the
    IKI of a figure was just asked, `YearAsk.line`, or the walk is open). Else a
    lone figure is asked about, never kept silently as the realisasi of the one IKI left (play41: after the walk's
    summary, an IKI passed over with «Lewati», «12» a day later became «IKI 4 TW I: 12%»)."""
    kept = [r.recorded for r in state.year.realisasi if r.recorded is not None]
    if not kept or max(kept).date() != now.date():
        return False
    logged = [e.created for e in state.year.entries if e.created is not None]
    return not logged or max(logged) < max(kept)


def prompted_figure(state: UserState, text: str, now: datetime) -> list[Reply] | None:
    """A figure naming no IKI typed under «Tulis realisasi TW I per IKI» («87 dr 92 sinyal», «95%», «4 dari 4 KLB»)
    while that quarter still waits for a realisasi: the quarter's realisasi (never a logbook entry of today's quarter,
    tester18 #3) of the IKI its words name, else of the one IKI still waiting, else asked with the IKI as buttons.
    None for any other message, or once the quarter has every realisasi."""
    ask, today = state.year_ask, now.date()
    walk = realisasi_walk.walking(state)
    if walk is not None and realisasi_walk.onward(text):  # «trs?»: the IKI waiting asked again, never a passage
        return realisasi_walk.step(state, today, walk.walk)
    if walk is not None and "\n" not in text.strip() and realisasi_walk.skips(text):  # «lewati dulu»
        return realisasi_walk.step(state, today, walk.walk + 1)
    if walk is not None and "\n" not in text.strip() and realisasi_walk.from_logbook(text):  # «sesuai catatan aja»
        return realisasi(state, f"IKI {walk.walk} sesuai catatan", now)
    if walk is not None and "\n" not in text.strip() and realisasi_walk.unfinished(text):
        # «masih proses, modulnya blm jadi»: no realisasi yet for the IKI asked, its words kept; the next IKI asked.
        # Words naming another IKI still waiting («modulnya» under the training IKI's question) are that one's, and
        # the IKI asked is asked again
        ln = line(text)
        found = linking.link(ln, when(ln), state.skp, state.year.rencana)
        pending = capaians.pending_quarter(state.skp, state.year, walk.quarter, today)
        other = found.candidates[0].number if found.decision is linking.Decision.link and found.candidates else None
        number = other if other in pending and other != walk.walk else walk.walk
        replies = _realisasi(state, f"IKI {number}: {text.strip()}", now)
        after = walk.walk + (number == walk.walk)
        return replies + (realisasi_walk.step(state, today, after) if state.year_ask == walk else [])
    if walk is None and read_starred(text) is not None and year_logbook_fix.fresh(state.year.entries, now):
        return None  # «*3» right after an entry puts that entry right (year_chat: fix_last), never a realisasi (play41)
    if ask is None or ask.kind != "realisasi" or not ask.quarter or ask.asked_on is None or "\n" in text.strip() \
            or (today - ask.asked_on).days > knowledge.data("pengingat")["realisasi"]["answer_days"]:
        return None  # weeks later «2 kajian» is the day's work again
    fixed = realisasi_fix.corrected(state, text, ask.quarter, now)
    if isinstance(fixed, str):  # «bukan 97 tp 96» and no realisasi just typed holds 97: asked, nothing changed
        return [Reply(fixed)]
    if fixed is not None and fixed[0]:  # «eh maaf bukan 98 tp 96,5%»: the realisasi just given, never a logbook entry
        return realisasi(state, f"IKI {fixed[0]} {quarter_label(ask.quarter)}: {fixed[1]}", now)
    if not figure_only(text):
        return None
    pending = capaians.pending_quarter(state.skp, state.year, ask.quarter, today)
    if not pending:
        return None
    ln = line(text)
    found = linking.link(ln, when(ln), state.skp, state.year.rencana)
    named = [c.number for c in found.candidates if c.score > 0]
    if not named and len(pending) > 1:  # «88» under «Isi realisasi TW I»: the one IKI waiting it can be
        values = numbers_in(text)
        if len(values) == 1:
            fitting = [n for n in pending if capaians.could_be_quarter_figure(
                state.skp.iki[n - 1], values[0].value, values[0].unit == "%")]
            pending = fitting or pending
    asked = walk.walk if walk is not None and walk.walk in pending and (not named or walk.walk in named) else None
    chosen = asked if asked is not None else \
        named[0] if named and (found.decision is linking.Decision.link or len(named) == 1) else \
        pending[0] if not named and len(pending) == 1 and (walk is not None or bool(ask.line) or _filling(state, now)) else None
    if chosen is not None:
        return realisasi(state, f"IKI {chosen}: {text}", now)
    state.year_ask = ask.model_copy(update={"line": text.strip()})
    offered = named or pending
    return [Reply(f"«{short(text, 60)}»: realisasi {quarter_label(ask.quarter)} untuk IKI mana?\n"
                  + "\n".join(f"• IKI {n}: {short(state.skp.iki[n - 1].indikator, 60)}" for n in offered),
                  [Button(f"IKI {n}", f"year:realisasi:iki-{n}") for n in offered])]


def realisasi_button(state: UserState, arg: str, now: datetime) -> list[Reply] | None:
    """«Isi realisasi TW I» (the quarter), or «IKI N» under «realisasi TW I untuk IKI mana?» (the figure typed, kept as
    that IKI's); None when the question is gone."""
    if arg.isdigit():
        return ask_realisasi(state, int(arg), now.date())
    walk = realisasi_walk.walking(state)
    place = arg.split("-")[-1]
    if arg.startswith(("log-", "skip-")) and (walk is None or not place.isdigit() or int(place) != walk.walk):
        return None  # a question the walk has left
    if arg.startswith("log-"):
        return realisasi(state, f"IKI {place} sesuai catatan", now)
    if arg.startswith("skip-"):
        return realisasi_walk.step(state, now.date(), walk.walk + 1)
    if arg == realisasi_offer.OTHER:  # «IKI lain» under «Simpan sebagai realisasi … IKI 5?»
        return realisasi_offer.other(state)
    if arg == realisasi_offer.NOT:  # «Bukan realisasi»: the text kept as the day's work, never dropped
        typed = realisasi_offer.waiting_text(state)
        return catat(state, typed, now) if typed is not None else None
    if arg == "stop":
        if walk is None:
            return None
        state.year_ask = walk.model_copy(update={"walk": None})
        return [realisasi_walk.summary(state, walk.quarter, now.date())]
    ask = state.year_ask
    number = arg.removeprefix("iki-")
    if not number.isdigit() or ask is None or ask.kind != "realisasi" or not ask.line \
            or not 1 <= int(number) <= len(state.skp.iki):
        return None
    figure, state.year_ask = ask.line, ask.model_copy(update={"line": ""})
    return realisasi(state, f"IKI {number}: {realisasi_offer.quarter_first(figure)}", now)


_UNPLACED_KEPT = 20  # figures typed before the SKP had IKI, kept to offer later; older ones give way


def figure_before_skp(state: UserState, text: str, now: datetime | None = None) -> list[Reply]:
    """«IKI 1: 612 dari 680 sampel», «IKI 3 rata2 10 jam» from a user with no IKI saved: a quarter's figure for an
    IKI the bot does not have, said so with the way to save the SKP first ([] for anything else: an IKI labelled with
    its number, «IKI 1: Persentase …», is a draft)."""
    if state.skp.iki or kind_of(text).kind is not EntryKind.progress or not names_figure(text):
        return []
    return kept_before_skp(state, text, now, iki_number_in(text))


def kept_before_skp(state: UserState, text: str, now: datetime | None, number: int | None) -> list[Reply]:
    """A quarter's figure typed before any IKI is saved: said so, and kept to offer once the SKP has its IKI."""
    if now is not None:
        kept = Unplaced(text=text.strip()[:500], quarter=asked_quarter(state, now.date()), typed=now)
        state.year = state.year.model_copy(update={"unplaced": (state.year.unplaced + [kept])[-_UNPLACED_KEPT:]})
    named = f" IKI {number}" if number else ""
    return [Reply(f"«{text}» terbaca sebagai realisasi{named}, tetapi SKP Anda di sini belum berisi IKI, jadi "
                  "angkanya belum bisa saya simpan sebagai realisasi. Tulisan Anda saya simpan: setelah IKI Anda "
                  "tersimpan (tempel daftarnya, satu IKI per baris, atau susun dengan /prima), saya tawarkan untuk "
                  "menyimpannya sebagai realisasi.")]


def unplaced_offer(state: UserState) -> list[Reply]:
    """At the end of a turn: the SKP has IKI now and figures typed before wait: offered once, each as typed."""
    year = state.year
    if not year.unplaced or not state.skp.iki or state.unplaced_offered:
        return []
    state.unplaced_offered = True
    lines = [f"  {quarter_label(u.quarter)}: «{short(u.text, 80)}»" for u in year.unplaced]
    return [Reply("Sebelum SKP Anda berisi IKI, Anda mengirim angka realisasi ini:\n" + "\n".join(lines)
                  + "\nSimpan sebagai realisasi untuk IKI dengan nomor itu di SKP Anda sekarang?",
                  [Button("Simpan realisasinya", "year:unplaced:keep"), Button("Abaikan", "year:unplaced:drop")])]


def unplaced_button(state: UserState, choice: str, now: datetime) -> list[Reply]:
    kept, state.unplaced_offered = state.year.unplaced, False
    state.year = state.year.model_copy(update={"unplaced": []})
    if not kept:
        return [Reply("Tidak ada angka yang menunggu.")]
    if choice != "keep" or not state.skp.iki:
        return [Reply("Baik, angka itu tidak disimpan. Isi realisasi kapan saja, misalnya «IKI 1: 612 dari 680».")]
    return [r for u in kept for r in realisasi_for(state, u.text, u.quarter, now)]


def names_figure(text: str) -> bool:
    """A quarter's figure for an IKI named by its number («IKI 1: 612 dari 680», «IKI 4: 1 dari 1 …, IKI 5 belum
    ada»), not an IKI draft labelled with its number or one that opens with its measure («Persentase … 70%»)."""
    words = tokens(read(text).text)
    return bool(iki_refs().search(text)) and not (words and lexicon().measures.match_at(words, 0))
