"""A request for more or fewer suggestions or IKI («kok cuma 3? sy minta 10», «kebanyakan, 3 aja») while suggestions
are on screen or a draft is begun: answered with how many there are, the range of IKI an SKP holds and how to get
more, never read as an IKI or left as «maksudnya apa?». Words in knowledge/conversation.yaml `count_asks`."""

from dataclasses import dataclass

from bot import knowledge
from bot.conversation.intent import is_work_description
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.lang.text import PhraseSet, phrase_set, tokens
from bot.lang.values import numbers_in
from bot.rules.lexicon import lexicon

MAX_WORDS = 12  # a request for a count is short; a longer message describes work or asks something else


@dataclass(frozen=True)
class CountAsk:
    more: bool  # more wanted (False: fewer)
    wanted: int | None  # the number asked for, when one is («sy minta 10»)


@knowledge.cached
def _words() -> tuple[PhraseSet, PhraseSet, PhraseSet, PhraseSet, PhraseSet]:
    data = knowledge.data("conversation")
    asks, fields = data["count_asks"], data["fields"]
    return (PhraseSet(asks["more"]), PhraseSet(asks["fewer"]), PhraseSet(asks["ask"]), PhraseSet(asks["nouns"]),
            PhraseSet(word for words in fields.values() for word in words))


def _is_value(number) -> bool:
    """«80%», «80 persen»: a percentage is a value (a target), never a count of suggestions."""
    return number.unit is not None and number.unit in lexicon().percent_units


def _gives_other(words: list[str], asked: list[int], nouns: PhraseSet) -> bool:
    """Whether the number after the asking word counts something other than suggestions or IKI: the word after it
    is neither one of `nouns` nor a word beside a request (conversation.yaml count_asks `after_number`)."""
    beside = set(knowledge.data("conversation")["count_asks"]["after_number"])
    for i in asked:
        if i + 1 < len(words) and words[i].isdigit():
            following = words[i + 1]
            return not nouns.match_at(words, i + 1) and following not in beside and not following.isdigit()
    return False


def count_asked(message: str, shown: int) -> CountAsk | None:
    """«kok cuma 3? sy minta 10» → more, 10; «usulannya kurang banyak» → more; «kebanyakan, 3 aja» → fewer;
    None for anything else («minta IKI buat pengadaan» names work; «cuma 80%» is a value; «sy mau 2» under
    three suggestions is a pick). shown: the suggestions on screen."""
    words = tokens(message)
    if not words or len(words) > MAX_WORDS or is_work_description(message) \
            or phrase_set("conversation", "count_asks", "hypothetical").match_at(words, 0):
        return None  # «kalau cuma 1 IKI gmn?» asks about a case, not for suggestions
    more, fewer, ask, nouns, fields = _words()
    if fields.find(words) or any(_is_value(n) or not float(n.value).is_integer() for n in numbers_in(message)):
        return None  # «cuma 80% targetnya», «cuma 2,5»: a value of a field, not a count of suggestions
    asked = [i + len(phrase) for i, _ in enumerate(words) for phrase in [ask.match_at(words, i)] if phrase]
    numbers = [w for w in words if w.isdigit()]
    wanted = next((int(words[i]) for i in asked if i < len(words) and words[i].isdigit()), None)
    if wanted is not None and _gives_other(words, asked, nouns):
        return None  # «kasih 5 rekomendasi»: work told, what was given counted, not suggestions asked
    if wanted is not None and (wanted > shown or more.find(words) or fewer.find(words)):
        return CountAsk(more=not fewer.find(words), wanted=wanted)
    if not (numbers or nouns.find(words)):
        return None
    if fewer.find(words):
        return CountAsk(more=False, wanted=int(numbers[-1]) if numbers else None)
    if more.find(words):
        return CountAsk(more=True, wanted=None)
    return None


def answer(state: UserState, asked: CountAsk) -> list[Reply]:
    """How many suggestions are shown and why, the range of IKI an SKP holds, and what to do for more or fewer."""
    limits = knowledge.policy().iki_count
    shown, saved = len(state.candidates), len(state.skp.iki)
    lines = []
    if asked.wanted is not None and asked.wanted > limits.max:
        lines.append(f"{asked.wanted} IKI melebihi batas: SKP pegawai non-pimpinan memuat {limits.min}–{limits.max} "
                     f"IKI (lebih dari {limits.max} perlu penyesuaian bersama Unit Eselon 1).")
    else:
        lines.append(f"SKP pegawai non-pimpinan memuat {limits.min}–{limits.max} IKI; yang dinilai mutunya, bukan "
                     "banyaknya.")
    where = f"Draf Anda kini {saved} IKI." if saved else "Draf Anda belum berisi IKI."
    if not asked.more:
        lines.append(f"{where} Tidak perlu memakai semua usulan: pilih yang paling sesuai dengan «Pakai usulan N»; "
                     "IKI yang tidak perlu dibuang dengan /buang NOMOR." if shown else
                     f"{where} IKI yang tidak perlu dibuang dengan /buang NOMOR (nomornya ada di /skp).")
        return [Reply("\n".join(lines))]
    if shown:
        lines.append(f"Usulan di atas ada {shown}: dua atau tiga untuk tiap tugas yang Anda ceritakan, karena tiap "
                     "IKI sebaiknya mengukur hasil kerja yang berbeda; kalimat lain untuk pekerjaan yang sama tidak "
                     "menambah IKI yang bermakna.")
    lines.append(f"{where} Untuk menambah: " + ("pilih usulan yang sesuai, lalu " if shown else "")
                 + "ceritakan tugas Anda yang lain dalam satu pesan (misalnya «sy juga ngurus arsip "
                   "kepegawaian»), dan saya usulkan IKI untuk tiap tugasnya.")
    return [Reply("\n".join(lines))]
