"""A question about a field of the user's own IKI, typed with or without a flow open: «yg ruptur perineum itu
aspeknya kok kuantitas? harusnya kualitas ga sih» is answered with that IKI's aspek and how to change it, «bobotnya
brp ya? td udh 100 semua» with the weights of their own SKP and what is wrong with them; never a line of an old list
checked again, nor the generic rule alone. Words: knowledge/conversation.yaml `field_asked`."""

from bot import knowledge
from bot.conversation.intent import Route, classify
from bot.conversation.line_questions import draft_iki_asked
from bot.conversation.replies import Reply
from bot.conversation.weighing import weights_so_far
from bot.lang.text import tokens
from bot.models import Aspek, IkiDraft, SkpDraft
from bot.retrieval.normalize import stopwords
from bot.rules.measures import aspek_of


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("conversation")["field_asked"]
    return {"fields": {field: frozenset(words) for field, words in data["fields"].items()},
            "meanings": data["aspek_meanings"]}


def answer(skp: SkpDraft, message: str) -> list[Reply] | None:
    """The answer about the field a question names, from the user's draft; None when the message asks no such
    question, or names an aspek of no one IKI of the draft."""
    words = tokens(message)
    field = next((f for f, names in _words()["fields"].items() if names.intersection(words)), None)
    if field is None or not skp.iki or not ("?" in message or classify(message).route is Route.question):
        return None
    if field == "bobot":
        # «bukannya bobot MI itu 10?» names a jenis and no one's own: the guidance's figure, answered by the guidance
        return None if _of_guidance(words) else [Reply(weights_so_far(skp))]
    number = draft_iki_asked(message, skp.iki) or _named_by_words(skp.iki, words)
    return [Reply(_aspek(skp.iki[number - 1], number, words))] if number else None


def _named_by_words(drafted: list[IkiDraft], words: list[str]) -> int | None:
    """The one IKI of the draft the question's own words name («yg ruptur perineum itu»): the most of them, two at
    least, or the only IKI holding any."""
    skip = set(stopwords()) | {a.value for a in Aspek} | set().union(*_words()["fields"].values())
    asked = {w for w in words if w not in skip and len(w) > 2 and not w.isdigit()}
    shared = [len(asked & set(tokens(iki.indikator))) for iki in drafted]
    best = max(shared)
    if not best or shared.count(best) > 1 or (best < 2 and sum(1 for n in shared if n) > 1):
        return None
    return shared.index(best) + 1


def _aspek(iki: IkiDraft, number: int, words: list[str]) -> str:
    meanings = _words()["meanings"]
    now = aspek_of(iki)
    how = "Anda yang menetapkannya" if iki.aspek else "dibaca dari kata ukur dan isi indikatornya"
    lines = [f"IKI {number} «{iki.indikator}» beraspek {now.value.capitalize()} ({how}): "
             f"{now.value} berarti {meanings[now.value]}."]
    named = [Aspek(w) for w in words if w in {a.value for a in Aspek}]
    wanted = named[-1] if named else None  # «kok kuantitas? harusnya kualitas»: the last one named is the wish
    if wanted is now:
        lines.append(f"Jadi aspeknya sudah {now.value.capitalize()}, seperti maksud Anda; tidak perlu diubah.")
    elif wanted is not None:
        lines.append(f"Bila yang diukur adalah {meanings[wanted.value]}, aspeknya {wanted.value.capitalize()}: "
                     f"ganti dengan /ubah {number} aspek {wanted.value}.")
    else:
        others = ", ".join(a.value for a in Aspek if a is not now)
        lines.append(f"Bila menurut Anda lain ({others}), ganti dengan /ubah {number} aspek NAMA_ASPEK, misalnya "
                     f"/ubah {number} aspek {next(a.value for a in Aspek if a is not now)}.")
    return "\n".join(lines)


def _of_guidance(words: list[str]) -> bool:
    """A weight question naming a jenis (`draft_weights` `jenis_words`) and no asker of their own («sy», «saya»:
    `intent.yaml` `requests` `introduce_leader` `self`): about the guidance's shares, not the user's draft."""
    data = knowledge.data("conversation")["draft_weights"]["jenis_words"]
    jenis = {w for phrase in data for w in tokens(phrase)}
    own = set(knowledge.data("intent")["requests"]["introduce_leader"]["self"])
    return bool(jenis & set(words)) and not own & set(words)

