"""The rencana aksi in the chat: /rencana, its stages changed in words, a stage's button, the plan accepted."""

from datetime import date, datetime

from bot.conversation.iki_fields import short
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState, YearAsk
from bot.conversation.year_logbook import no_skp
from bot.models import IkiDraft
from bot.year import agenda as agendas
from bot.year import capaian as capaians
from bot.year import logbook, rencana
from bot.year.models import YearError
from bot.year.periods import month_name
from bot.year.rencana_reading import asks_change, read_edit


def _plan_lines(state: UserState, number: int) -> list[str]:
    iki = state.skp.iki[number - 1]
    plan = next((r for r in state.year.rencana if r.iki == iki.indikator), None)
    if plan is None:
        return []
    unit = capaians.unit_of(iki)
    mark = "" if plan.accepted else " (usulan)"
    lines = [f"IKI {number}{mark}: {short(iki.indikator, 80)}"]
    lines += [f"  {i}. {rencana.stage_text(s, '' if unit == '%' else unit)}" for i, s in enumerate(plan.stages, 1)]
    note = rencana.share_check(plan, iki)
    return lines + ([f"  {note}"] if note else [])


def plan_start(state: UserState, today: date) -> int:
    """The month a proposed rencana aksi starts: the month the SKP was agreed this year (January when agreed before
    it), so an SKP agreed in January and planned in April keeps its TW I stages, shown as past; a draft not agreed
    yet, this month."""
    agreed = state.year.versions[0].on if state.year.versions else None
    if agreed is not None:
        return agreed.month if agreed.year == today.year else 1
    return today.month


def plan_section(state: UserState) -> list[str]:
    """The rencana aksi of every IKI that has one, for /skp (issue 18: it shows under each IKI)."""
    lines = [ln for n in range(1, len(state.skp.iki) + 1) for ln in _plan_lines(state, n)]
    return ["", "Rencana aksi (ubah lewat /rencana):"] + lines if lines else []


def rencana_command(state: UserState, rest: str, now: datetime) -> list[Reply]:
    """/rencana: proposals for the IKI without one, the rencana aksi shown, or a typed change (/rencana 2 tambah …)."""
    skp, today = state.skp, now.date()
    if not skp.iki:
        return no_skp(state, "/rencana")
    words = rest.lower().split()
    only = None
    if len(words) == 2 and words[0] == "iki" and words[1].isdigit():
        only = int(words[1])
    elif len(words) == 1 and words[0].isdigit():
        only = int(words[0])
    elif rest and logbook.read_period(rest, today) and not asks_change(rest):  # «/rencana bulan ini»
        month = logbook.read_period(rest, today)[0].month
        lines = _month_lines(state, month, today)
        return [Reply("\n".join(lines) if lines else f"Tidak ada tahapan di bulan {month_name(month)}.")]
    elif rest:
        return rencana_change(state, rest, today)
    if only is not None and not 1 <= only <= len(skp.iki):
        return [Reply(f"IKI {only} tidak ada; SKP Anda punya {len(skp.iki)} IKI.")]
    start = plan_start(state, today)
    new = rencana.propose_missing(skp, state.year.rencana, start)
    if only is not None:
        new = [r for r in new if r.iki == skp.iki[only - 1].indikator]
    state.year = state.year.model_copy(update={"rencana": state.year.rencana + new})
    numbers = [only] if only else list(range(1, len(skp.iki) + 1))
    lines = ["Rencana aksi (tahapan dan bulannya):"] if not new else \
        ["Usulan rencana aksi dari jenis hasil tiap IKI (tahapan dan bulannya):"]
    for n in numbers:
        lines += _plan_lines(state, n)
    if not new and only is None:  # the agreed plan: what falls in this month and what is late, after the whole year
        lines += _month_lines(state, today.month, today)
    if new and start < today.month:  # planned from the month the SKP was agreed: the months gone are said to be past
        lines.append(f"Tahapan sebelum {month_name(today.month)} sudah lewat; tandai yang sudah dikerjakan, misalnya "
                     f"«tahap 1 IKI {only or 1} selesai».")
    lines.append("Ubah dengan «/rencana 2 tambah pembahasan draf mei-juni», «/rencana 2 ubah 1 april-mei», "
                 "«/rencana 2 hapus 3», «tahap 2 IKI 1 selesai».")
    pending = any(r.accepted is None for r in state.year.rencana)
    buttons = [Button("Terima", "year:rencana:accept")] if pending else []
    return [Reply("\n".join(lines), buttons)]


def _month_lines(state: UserState, month: int, today: date) -> list[str]:
    """The stages scheduled in the month, per IKI, and (for this month) the ones late; [] when there are none."""
    numbers = {iki.indikator: i + 1 for i, iki in enumerate(state.skp.iki)}
    def ordered(found: list) -> list:  # by IKI, then stage (the plans are kept in the order they were changed)
        return sorted(found, key=lambda t: (numbers.get(t[0], len(numbers) + 1), t[1]))

    due = ordered(rencana.stages_in_month(state.year.rencana, month))
    lines = [f"Tahapan bulan {month_name(month)}:"] + [
        f"  IKI {numbers.get(key, '?')} tahap {n}: {rencana.stage_text(s)}" for key, n, s in due] if due else []
    late = ordered(agendas.late_stages(state.skp, state.year, today)) if month == today.month else []
    return lines + (["Terlambat:"] + [f"  IKI {numbers.get(k, '?')} tahap {n}: {s.name}" for k, n, s in late]
                    if late else [])


def rencana_change(state: UserState, text: str, today: date, number: int | None = None) -> list[Reply]:
    """A change to the rencana aksi as typed; number: the IKI picked with a button when the text named none."""
    try:
        change = read_edit(text)
    except YearError as refused:
        return [Reply(str(refused))]
    skp = state.skp
    number = number or change.iki or (1 if len(skp.iki) == 1 else None)
    if number is None and skp.iki:  # «tahap 1 juga sudah selesai»: kept until its IKI is picked
        state.year_ask = YearAsk(kind="tahap", line=text)
        return [Reply(f"Tahapan IKI mana yang dimaksud «{short(text)}»? Pilih IKI-nya; tulisan Anda saya simpan "
                      "sampai dipilih.", [Button(f"IKI {i}", f"year:tahap:{i}") for i in range(1, len(skp.iki) + 1)],
                      choice_only=True)]
    if number is None or not 1 <= number <= len(skp.iki):
        return [Reply("Rencana aksi IKI nomor berapa? Contoh: «/rencana 2 tambah pembahasan draf mei-juni».")]
    iki = skp.iki[number - 1]
    plans = state.year.rencana
    plan = next((r for r in plans if r.iki == iki.indikator), None) or rencana.propose(iki, plan_start(state, today))
    if change.action in ("remove", "done") and change.stage is None and change.name:  # named: found, never guessed
        found = rencana.stages_named(plan, change.name)
        if len(found) != 1:
            return [Reply(_not_one_stage(change.name, found, number, plan, iki))]
        change.stage = found[0]
    if change.action in ("edit", "remove", "done") and change.stage is None and not change.all_stages:
        return [Reply("\n".join([f"Tahap mana dari rencana aksi IKI {number}? Tahapnya:"] + _stage_lines(plan, iki)
                                 + [f"Sebut nomornya, misalnya «tahap 2 IKI {number} selesai» atau «/rencana {number} "
                                    "ubah 2 april-mei»."]))]
    try:
        if change.action == "add":
            plan = rencana.add_stage(plan, iki, change.name or "", change.months or [today.month], change.share)
        elif change.action == "edit":
            plan = rencana.edit_stage(plan, iki, change.stage or 0, name=change.name, months=change.months,
                                      share=change.share)
        elif change.action == "remove":
            plan = rencana.remove_stage(plan, iki, change.stage or 0)
        elif change.action == "done":
            plan = rencana.mark_done(plan, None if change.all_stages else change.done or [change.stage or 0], today)
        else:
            plan = rencana.replace_stages(plan, iki, change.stages)
    except (YearError, ValueError) as refused:
        return [Reply(str(refused))]
    state.year = state.year.model_copy(update={"rencana": [r for r in plans if r.iki != iki.indikator] + [plan]})
    return [Reply("Rencana aksi diubah.\n" + "\n".join(_plan_lines(state, number)),
                  [Button("Terima", "year:rencana:accept")] if plan.accepted is None else [])]


def _stage_lines(plan, iki: IkiDraft) -> list[str]:
    unit = capaians.unit_of(iki)
    return [f"  {i}. {rencana.stage_text(s, '' if unit == '%' else unit)}" for i, s in enumerate(plan.stages, 1)]


def _not_one_stage(name: str, found: list[int], number: int, plan, iki) -> str:
    """No stage of this IKI's rencana, or several, holds every word of the name typed: said, with its stages."""
    stages = _stage_lines(plan, iki)
    said = (f"Tahap «{name}» ada di beberapa tahap IKI {number} (nomor {', '.join(map(str, found))})" if found
            else f"Tahap «{name}» tidak ada di rencana aksi IKI {number}")
    return "\n".join([f"{said}; tidak ada yang saya ubah. Tahapnya:"] + stages
                     + [f"Sebut nomornya, misalnya «/rencana {number} hapus {found[0] if found else 1}» atau «tahap "
                        f"{found[0] if found else 1} IKI {number} selesai»."])


def tahap_button(state: UserState, arg: str, now: datetime) -> list[Reply] | None:
    """The IKI picked for a rencana change that named none; None when no such change waits (an old button)."""
    ask = state.year_ask
    if ask is None or ask.kind != "tahap" or not arg.isdigit():
        return None
    state.year_ask = None
    return rencana_change(state, ask.line, now.date(), number=int(arg))


def rencana_accept(state: UserState, now: datetime) -> list[Reply]:
    if not state.year.rencana:
        return [Reply("Belum ada usulan rencana aksi. Ketik /rencana.")]
    state.year = state.year.model_copy(update={"rencana": [rencana.accept(r, now.date()) for r in state.year.rencana]})
    return [Reply(f"Rencana aksi {len(state.year.rencana)} IKI disimpan. Catat pekerjaan harian dengan satu baris, "
                  "misalnya «hari ini review 12 berkas»; lihat kemajuan dengan /capaian.")]
