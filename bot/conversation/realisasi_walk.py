"""«Isi realisasi TW I» walked one IKI at a time (issue 18): the IKI, its target, what the logbook already says, and
buttons («Sesuai catatan», «Lewati», «Selesai»); the walk ends with the quarter's summary. Typed answers naming
several IKI keep working: the walk then goes on with the first IKI still waiting."""

from datetime import date

from bot.conversation.iki_fields import short
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState, YearAsk
from bot.lang.text import phrase_set, tokens
from bot.rules.measures import Trend
from bot.year import capaian as capaians
from bot.year.measure import measure_trend
from bot.year.periods import quarter_label


def walking(state: UserState) -> YearAsk | None:
    """The open walk, or None."""
    ask = state.year_ask
    return ask if ask is not None and ask.kind == "realisasi" and ask.walk and ask.quarter else None


def start(state: UserState, quarter: int, today: date | None) -> list[Reply]:
    """The walk's first question, or the summary when every IKI of the quarter has its realisasi."""
    state.year_ask = YearAsk(kind="realisasi", quarter=quarter, asked_on=today, walk=1)
    lead = (f"Tulis realisasi {quarter_label(quarter)} per IKI: saya tanyakan satu per satu. Beberapa IKI sekaligus "
            "juga bisa, misalnya «IKI 1: 612 dari 680, IKI 3: 95%».")
    return step(state, today or date.today(), first=1, lead=lead)


def step(state: UserState, today: date, first: int, lead: str = "") -> list[Reply]:
    """The question for the first IKI from `first` on still waiting for the quarter's figure; the summary (and the
    walk closed) when none is left."""
    ask = walking(state)
    if ask is None:
        return []
    pending = [n for n in capaians.pending_quarter(state.skp, state.year, ask.quarter, today) if n >= first]
    if not pending:
        state.year_ask = ask.model_copy(update={"walk": None})  # a bare figure still answers the quarter
        return [summary(state, ask.quarter, today, lead)]
    n = pending[0]
    state.year_ask = ask.model_copy(update={"walk": n})
    return [question(state, n, ask.quarter, today, len(pending), lead)]


def question(state: UserState, n: int, quarter: int, today: date, left: int, lead: str = "") -> Reply:
    iki = state.skp.iki[n - 1]
    found = capaians.capaian_of(iki, n, state.year, today)
    unit = capaians.unit_of(iki)
    planned = found.quarters[quarter - 1].planned
    target = f"Target tahunan: {iki.target or '-'}" + (f"; target {quarter_label(quarter)}: {planned}"
                                                        if planned else "")
    logged = capaians.logbook_value(state.year, iki, quarter, state.year.performance_year(today))
    unread = capaians.unread_entries(state.year, iki, quarter, state.year.performance_year(today))
    if logged is not None:
        said = f"Menurut catatan harian: {capaians.value_text(logged, unit)}"
        if unread:
            said += f" (catatan {', '.join(e.id for e in unread)} belum terbaca angkanya, belum ikut dihitung)"
    else:
        said = "Catatan harian belum berisi angka untuk IKI ini."
    example = "«12 dari 14» atau «87,5%»" if unit == "%" else f"«12 {unit}»".replace(" »", "»")
    lines = ([lead] if lead else []) + [
        f"Realisasi {quarter_label(quarter)}, IKI {n} ("
        + ("IKI terakhir yang belum diisi" if left == 1 else f"{left} IKI belum diisi, termasuk yang ini") + "):",
        f"«{short(iki.indikator, 120)}»", target, said,
        f"Tulis angkanya, misalnya {example}, atau pilih di bawah."]
    buttons = ([Button("Sesuai catatan", f"year:realisasi:log-{n}")] if logged is not None else []) + [
        Button("Lewati", f"year:realisasi:skip-{n}"), Button("Selesai", "year:realisasi:stop")]
    return Reply("\n".join(lines), buttons)


def summary(state: UserState, quarter: int, today: date, lead: str = "") -> Reply:
    """The quarter's figure of every IKI, the ones still empty named with how to fill them later."""
    lines = ([lead] if lead else []) + [f"Realisasi {quarter_label(quarter)}:"]
    empty = []
    for n, iki in enumerate(state.skp.iki, start=1):
        kept = capaians.typed(state.year, iki.indikator, quarter)
        if kept is not None:
            lines.append(f"• IKI {n}: {capaians.value_text(kept.value, capaians.unit_of(iki))}")
        elif measure_trend(iki) is Trend.yearly and quarter < 4:
            lines.append(f"• IKI {n}: nilai tahunan, diisi di TW IV")
        else:
            lines.append(f"• IKI {n}: belum diisi")
            empty.append(n)
    if empty:
        lines.append(f"Yang belum diisi bisa ditulis kapan saja, misalnya «IKI {empty[0]} {quarter_label(quarter)}: "
                     "…» dengan angkanya. Lihat capaiannya dengan /capaian.")
    else:
        lines.append("Semua IKI sudah ada realisasinya. Lihat capaiannya dengan /capaian.")
    return Reply("\n".join(lines))


def skips(text: str) -> bool:
    """«lewati», «skip dulu», «nanti aja»: the IKI asked is passed over (capaian.yaml walk_skip)."""
    words = tokens(text)
    found = phrase_set("capaian", "walk_skip").find(words)
    return bool(words) and len(words) <= 3 and found is not None and found[0] == 0


def onward(text: str) -> bool:
    """«trs?», «lanjut dong», «next»: what comes next asked under the walk's question, nothing else said (capaian.yaml
    walk_onward, past intent.yaml filler)."""
    words = tokens(text)
    rest = [w for w in words if w not in phrase_set("intent", "filler")]
    onward_words, at = phrase_set("capaian", "walk_onward"), 0
    while at < len(rest) and (found := onward_words.match_at(rest, at)):
        at += len(found)
    return bool(rest) and at == len(rest) and not any(ch.isdigit() for ch in text)


def from_logbook(text: str) -> bool:
    """«sesuai catatan», «pakai catatan aja» typed under the walk's question (capaian.yaml from_logbook)."""
    words = tokens(text)
    return bool(words) and len(words) <= 4 and phrase_set("capaian", "from_logbook").find(words) is not None


def unfinished(text: str) -> bool:
    """«masih proses, modulnya blm jadi», «blm ada» typed under the walk's question, no figure in it: the IKI asked has
    no realisasi yet (capaian.yaml not_yet, in_progress), never a logbook entry of today (tester58 F15)."""
    words = tokens(text)
    said = phrase_set("capaian", "not_yet").find(words) or phrase_set("capaian", "in_progress").find(words)
    return bool(words) and said is not None and "?" not in text and not any(ch.isdigit() for ch in text)
