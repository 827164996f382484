"""«jd skrg brp IKI sy?», «IKI saya udah ada berapa?»: the user's own count of IKI asked (`intent.yaml` `own_count`),
answered from the draft and the pasted list still waiting beside it, never the guidance's passage on the range
(d19-dev08: «paling sedikit 5 dan paling banyak 10 …» and no count)."""

from bot import knowledge
from bot.conversation import list_summary
from bot.conversation.iki_fields import short
from bot.conversation.iki_list import distinct, lines_checked
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.knowledge import policy
from bot.lang.text import phrase_set, tokens
from bot.lang.values import numbers_in

NEAR = 2  # «brp IKI sy», «IKI sy skrg brp»: the asking word this many words at most from the own IKI named


def asked(message: str) -> bool:
    """A question asking how many IKI the user has now: an asking word near «IKI sy», no number told and no bound or
    duty beside it («IKI sy maksimal brp?», «harus brp IKI?» ask the guidance)."""
    words = tokens(message)
    if not words or numbers_in(message) or phrase_set("intent", "own_count", "unless").find(words):
        return False
    own = phrase_set("intent", "own_count", "own").find(words)
    asks = [i for i, w in enumerate(words) if phrase_set("intent", "own_count", "asks").match_at(words, i)]
    if own is None or not asks:
        return False
    start, end = own[0], own[0] + len(own[1])
    return any(start - NEAR - 1 <= i <= end + NEAR for i in asks)


def answer(state: UserState) -> Reply:
    """The draft's count with its IKI, the pasted list's lines not in it (passing and not), and the guidance's range
    held against what the draft would hold with them."""
    have = state.skp.iki
    said = [f"Draf Anda kini {len(have)} IKI" + (":" if have else ".")]
    said += [f"{n}. {short(iki.indikator)}" for n, iki in enumerate(have, 1)]
    drafted = {i.indikator.lower() for i in have}
    waiting = list_summary.waiting_lines(state.listed, drafted) if state.listed else []
    checked = lines_checked(state.listed) if state.listed else []
    failing = [n for n in distinct(state.listed) if checked[n - 1].verdict.has_error
               and not list_summary.draft_forms(checked[n - 1]) & drafted] if state.listed else []
    if waiting or failing:
        parts = ([f"{len(waiting)} lolos aturan (nomor {_numbers(waiting)})"] if waiting else []) \
            + ([f"{len(failing)} belum lolos (nomor {_numbers(failing)})"] if failing else [])
        said.append(f"Dari daftar yang Anda tempel masih ada {len(waiting) + len(failing)} baris di luar draf: "
                    f"{' dan '.join(parts)}. Bila semuanya masuk, SKP Anda {len(have) + len(waiting) + len(failing)} "
                    "IKI.")
    counted = policy().iki_count
    if state.skp.peran.value in counted.roles:
        total = len(have) + len(waiting) + len(failing)
        fits = counted.min <= total <= counted.max
        said.append(knowledge.data("intent")["own_count"]["said"]["within" if fits else "outside"].format(
            range=counted.range_text))
    return Reply("\n".join(said))


def _numbers(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers))
