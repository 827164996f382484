"""A pasted list's refused lines gone through one at a time: «satu per satu» under the list opens the first one, the
details of several lines shown together («no 3 sama 4 merah?») put the first one's suggestions on screen, and once a
line is settled (a suggestion taken, new words, dropped) the next one's are offered. Words in conversation.yaml
`list_walk`."""

from collections.abc import Callable

from bot import knowledge
from bot.conversation import iki_list, list_summary
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.lang.text import phrase_set, short, tokens

Detail = Callable[[UserState, str], list[Reply]]
# what a line's details set for its suggestions to be picked; kept across a save, which clears them
OFFER = ("candidates", "candidates_line", "detail_line", "candidate_rhk", "candidate_rhk_for", "checked")


def waiting(state: UserState) -> list[int]:
    """The last list's lines the rules refuse that are neither dropped nor in the draft, 1-based."""
    drafted = {iki.indikator.lower() for iki in state.skp.iki}
    lines = iki_list.lines_checked(state.listed)
    return [n for n, line in enumerate(lines, 1) if line.mark == "✗" and not line.listed.dropped
            and not list_summary.draft_forms(line) & drafted]


def asks_walk(message: str) -> bool:
    """«satu per satu aja», «one by one»: a walk word and filler only."""
    said = tokens(message)
    words = phrase_set("conversation", "list_walk", "words")
    found = words.find(said)
    if not found:
        return False
    start, phrase = found
    rest = said[:start] + said[start + len(phrase):]
    filler = {w for phrase in knowledge.data("conversation")["list_walk"]["filler"] for w in tokens(str(phrase))}
    return all(w in filler for w in rest)


def start(state: UserState, detail: Detail) -> list[Reply] | None:
    """«satu per satu» under a list with refused lines: the first one's details, the others queued; None without."""
    lines = waiting(state) if state.listed else []
    if not lines:
        return None
    state.walk = lines[1:]
    later = f" Sesudah itu baris {_named(lines[1:])}." if lines[1:] else ""
    return [Reply(f"Baik, satu per satu. Mulai dari baris {lines[0]}.{later}")] + detail(state, str(lines[0]))


def first_of(state: UserState, shown: list[tuple[int, list[Reply], list]], detail: Detail) -> list[Reply]:
    """Several lines' details shown in one message (line, its replies, its suggestions): the first line with
    suggestions keeps its picks on screen, the others' buttons are held back and those lines queued, so «Pakai
    usulan 1» next is the first line's (d13-gzi02: line 4's was taken for line 3)."""
    offered = [line for line, _, candidates in shown if candidates]
    replies = [reply for _, part, _ in shown for reply in part]
    if len(offered) < 2:
        return replies
    first, later = offered[0], offered[1:]
    picks = [b for line, part, _ in shown if line == first for r in part for b in r.buttons if b.data.startswith("use:")]
    kept = [Reply(r.text, [b for b in r.buttons if not b.data.startswith("use:")]) for _, part, _ in shown
            for r in part]  # (the picks go under the last message, the one saying whose they are)
    detail(state, str(first))  # its suggestions on screen again (the later lines' replaced them)
    state.walk = later
    return kept + [Reply(f"Usulan untuk baris {first} dulu: pilih «Pakai usulan N», tulis rumusan Anda, atau buang "
                         f"barisnya. Sesudah itu usulan baris {_named(later)}.", picks)]


def onward(state: UserState, detail: Detail) -> tuple[list[Reply], dict]:
    """After a line was settled: the next queued line still refused, its suggestions offered, and what they set (to
    be put back by `restore` after a save clears it); ([], {}) when the walk is over."""
    still = waiting(state) if state.listed else []
    while state.walk and state.walk[0] not in still:
        state.walk.pop(0)
    if not state.walk:
        return [], {}
    line = state.walk.pop(0)
    shown = detail(state, str(line))
    picks = [r for r in shown if r.buttons]
    text = short(state.listed[line - 1].text, 60)
    lead = (f"Berikutnya baris {line} «{text}»: pilih usulannya, tulis rumusan Anda («no {line} ganti …»), atau "
            f"«no {line} buang».")
    replies = [Reply(lead + "\n" + picks[-1].text, picks[-1].buttons)] if picks else [Reply(lead)] + shown
    return replies, {name: getattr(state, name) for name in OFFER}


def restore(state: UserState, kept: dict) -> None:
    """The next line's suggestions on screen again after a save cleared them."""
    for name, value in kept.items():
        setattr(state, name, value)


def _named(lines: list[int]) -> str:
    words = [str(n) for n in lines]
    return ", ".join(words[:-1]) + " dan " + words[-1] if len(words) > 1 else words[0]
